/*
 * Progress rates named by what was done: "累计到位资金 17.87 亿元，核拨资金
 * 15.99 亿元、核拨率 91.72%", "直达资金总量 75.20 亿元，支出 45.76 亿元，支付率
 * 70.8%", "共反映 1263 个问题，已整改 1153 个，整改率 91.29%". The rate's name
 * says the deed (核拨, 支付, 整改); the figure before it said with that deed
 * is what was done, and it is over the whole the sentence opens with, or the
 * figure just before what was done. An error only when it is neither.
 */
#include <stdio.h>
#include <string.h>

#include "check/check_int.h"
#include "check/lexicon.h"

/* The deed a rate's name says, 2 characters, into deed[7]: "资金支付率" and
 * "支付实现率" say 支付; "分配进度" says 分配. False when none. */
static bool deed_of(const char *s, size_t a, size_t b, char deed[7])
{
    static const char *const ends[] = {"实现率", "进度", "率"};
    static const char *const verbs[] = {"达到", "为", "达", "是"};
    for (size_t k = 0; k < sizeof verbs / sizeof verbs[0]; k++) {
        size_t m = strlen(verbs[k]);
        if (b - a > m && !memcmp(s + b - m, verbs[k], m)) {
            b -= m;
            break;
        }
    }
    bool rate = false;
    for (size_t k = 0; k < sizeof ends / sizeof ends[0] && !rate; k++) {
        size_t m = strlen(ends[k]);
        if (b - a >= m && !memcmp(s + b - m, ends[k], m)) {
            b -= m;
            rate = true;
        }
    }
    /* what the rate is not of: 执行率 and 完成率 are the budget's (rules.c),
     * 增长率 a change */
    static const char *const others[] = {"执行", "完成", "增长", "下降", "控制", "得分", "满意",
                                         "合格", "覆盖", "达标", "结余", "节约", "增减", "变动"};
    if (!rate || b - a < 6)
        return false;
    for (size_t k = 0; k < sizeof others / sizeof others[0]; k++)
        if (!memcmp(s + b - 6, others[k], 6))
            return false;
    memcpy(deed, s + b - 6, 6);
    deed[6] = '\0';
    /* "支出 45.76 亿元，支付率 70.8%": paying is spending */
    if (!strcmp(deed, "支付"))
        memcpy(deed, "支出", 6);
    return (unsigned char)deed[0] >= 0xE4;
}

/* The words of item i: back from it to the clause mark before it. */
static void label_of(const zp_checker *c, int i, size_t *a, size_t *b)
{
    const char *s = c->p.text;
    size_t from = i > 0 ? c->p.items[i - 1].num.end : 0;
    *b = c->p.items[i].num.start;
    *a = *b;
    while (*a > from && s[*a - 1] != ',' && s[*a - 1] != ';' && s[*a - 1] != ':' &&
           !(*a >= from + 3 && (!memcmp(s + *a - 3, "、", 3) || !memcmp(s + *a - 3, "，", 3) ||
                                !memcmp(s + *a - 3, "。", 3))))
        (*a)--;
    while (*b > *a && s[*b - 1] == ' ')
        (*b)--;
}

/* A frame's figure of money or a count, when it is not a percentage. */
static const zp_item *figure_of(const zp_checker *c, const zp_frame *f)
{
    static const int roles[] = {ZR_AMOUNT, ZR_ACTUAL, ZR_COUNT};
    for (size_t k = 0; k < sizeof roles / sizeof roles[0]; k++) {
        const zp_item *it = zp_ck_frame_item(c, f, roles[k]);
        if (it && (it->num.family == ZF_MONEY || it->num.family == ZF_COUNT))
            return it;
    }
    return NULL;
}

/* Is a subject said with the deed (支出 standing for 支付 too)? Not
 * "未分配": what was not done. */
static bool said_with(const char *subject, const char *deed)
{
    const char *at = strstr(subject, deed);
    if (!at && !strcmp(deed, "支出"))
        at = strstr(subject, "支付");
    return at && !(at >= subject + 3 && !memcmp(at - 3, "未", 3));
}

/* Is a subject said with what was not done ("未分配", "尚未支付")? */
static bool not_done(const char *subject)
{
    return strstr(subject, "未") != NULL;
}

static void check_progress(zp_checker *c, size_t r, int role)
{
    const zp_frame *fr = &c->p.frames[r];
    int ri = fr->slot[role];
    const zp_item *rate = &c->p.items[ri];
    size_t a, b;
    char deed[7];
    label_of(c, ri, &a, &b);
    if (rate->num.family != ZF_PCT || fr->slot[ZR_BUDGET] >= 0 || !deed_of(c->p.text, a, b, deed))
        return;
    /* The clause: "…；阿克陶县到位资金 8.20 亿元，核拨资金 7.46 亿元、核拨率
     * 91.01%" is one county's, after the semicolon. */
    size_t clause = rate->num.start;
    while (clause > 0 && c->p.text[clause - 1] != ';')
        clause--;
    /* what was done: the rate's own frame's figure, or the nearest frame
     * before it in the clause said with the deed */
    const zp_item *done = NULL;
    size_t d = 0;
    for (size_t g = r + 1; g-- > 0 && c->p.frames[g].sentence == fr->sentence;) {
        const zp_frame *q = &c->p.frames[g];
        const zp_item *it = figure_of(c, q);
        if (it && it->num.start < clause)
            break;
        if (it && it->num.start < rate->num.start && said_with(q->subject, deed) &&
            q->slot[ZR_BUDGET] < 0) {
            done = it;
            d = g;
            break;
        }
    }
    if (!done)
        return;
    /* The whole: a figure of the kind before it in the clause, not of
     * what was left undone; the first of them when none fits ("送审金额
     * 23.79 亿元，审定金额 21.81 亿元，核减 1.98 亿元，核减率 8.32%" is of
     * 送审, neither the first nor the nearest in other sentences). */
    zp_val x, w, s;
    zp_ck_val_from_item(done, 0, &x);
    zp_ck_val_from_item(rate, 0, &s);
    if (!x.ok || !s.ok)
        return;
    const zp_item *first = NULL;
    zp_interval want = {0};
    zp_rat point = zp_rat_of_int(0);
    for (size_t g = d; g-- > 0 && c->p.frames[g].sentence == fr->sentence;) {
        const zp_frame *q = &c->p.frames[g];
        const zp_item *it = figure_of(c, q);
        if (it && it->num.start < clause)
            break;
        if (!it || !zp_ck_items_alike(it, done) || said_with(q->subject, deed) || not_done(q->subject))
            continue;
        zp_interval iv;
        zp_rat p;
        zp_ck_val_from_item(it, 0, &w);
        if (!w.ok || !zp_ck_f_ratio(x.iv, w.iv, &iv) || !zp_rat_percent(x.r, w.r, &p))
            return;
        if (zp_interval_overlaps(s.iv, iv))
            return;
        first = it;
        want = iv;
        point = p;
    }
    if (!first)
        return;
    char note[160];
    snprintf(note, sizeof note, "比率 = %s的数 ÷ 总数（句中最先所写的数）× 100%%", deed);
    zp_ck_report_value(c, rate, want, point, "rate", "the rate is not what was done over the whole",
                       "比率与完成数、总数不符", note);
}

void zp_ck_progress_check(zp_checker *c)
{
    for (size_t r = 0; r < c->p.nframes; r++) {
        const zp_frame *f = &c->p.frames[r];
        if (f->slot[ZR_INDICATOR] >= 0)
            check_progress(c, r, ZR_INDICATOR);
        else if (f->slot[ZR_RATE] >= 0)
            check_progress(c, r, ZR_RATE);
    }
}
