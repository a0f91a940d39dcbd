/*
 * The account of a government budget's report, said in prose:
 *
 *   "县级一般公共预算收入完成 64000 万元，加上级补助收入 486923 万元、上年结转
 *    2000 万元，收入总计 552923 万元": a total is the figure before 加 and the
 *    ones added after it (less those after 减);
 *   "收入总计 105435 万元 … 支出总计 99352 万元 … 收支相抵，结余 6083 万元":
 *    what is left is the income total less the spending total, which may be
 *    stated in paragraphs before it, under the same heading.
 *
 * Only what is stated in full is summed: "加上上级补助收入、调入资金等，收入
 * 总计" names items without their figures, and a figure in brackets
 * ("安排预算稳定调节基金 28478 万元（累计 43429 万元）") is a note on the item
 * before it, not one more item.
 */
#include <string.h>

#include "check/check_int.h"
#include "check/lexicon.h"

/* 1 an income total (收入总计, 收入合计, 收入总量), 2 a spending total, 0. */
static int account_total(const char *subject)
{
    static const char *const ends[] = {"总计", "合计", "总量"};
    size_t n = strlen(subject);
    for (size_t k = 0; k < sizeof ends / sizeof ends[0]; k++) {
        if (!zp_str_ends(subject, ends[k]) || n < 12)
            continue;
        const char *side = subject + n - 12;
        if (!memcmp(side, "收入", 6))
            return 1;
        if (!memcmp(side, "支出", 6))
            return 2;
    }
    return 0;
}

/* "加上级补助收入", "加上解上级支出", "加:上年结转": an item added; not
 * "加强", "加快", "加大". */
bool zp_ck_adds(const char *subject)
{
    static const char *const verbs[] = {"加强", "加快", "加大", "加工", "加班", "加速", "加紧",
                                        "加深", "加重", "加盟", "加计", "加权", "加倍", "加油"};
    if (!zp_str_starts(subject, "加"))
        return false;
    for (size_t k = 0; k < sizeof verbs / sizeof verbs[0]; k++)
        if (zp_str_starts(subject, verbs[k]))
            return false;
    return true;
}

/* "减去上解支出", "减:调出资金": an item taken away. */
static bool takes_away(const char *subject)
{
    static const char *const verbs[] = {"减去", "减:", "减上解", "减调出", "减补充", "减安排"};
    for (size_t k = 0; k < sizeof verbs / sizeof verbs[0]; k++)
        if (zp_str_starts(subject, verbs[k]))
            return true;
    return false;
}

/* The brackets open after byte s[i], from depth (the normaliser has made
 * （ and ） ASCII). */
static int depth_after(const char *s, size_t i, int depth)
{
    return s[i] == '(' ? depth + 1 : s[i] == ')' && depth > 0 ? depth - 1 : depth;
}

/* Every item from byte from to byte to has its figure: no "等", and no
 * clause without a digit, outside brackets. */
static bool all_stated(const zp_checker *c, size_t from, size_t to)
{
    const char *s = c->p.text;
    size_t len = c->p.len;
    int depth = 0;
    bool digit = false;
    for (size_t i = from; i < to; i += zp_ck_char_len((unsigned char)s[i])) {
        depth = depth_after(s, i, depth);
        if (s[i] >= '0' && s[i] <= '9')
            digit = true;
        if (depth > 0)
            continue;
        if (zp_ck_at(s, len, i, "等"))
            return false;
        bool separator = s[i] == ',' || s[i] == ';' || zp_ck_at(s, len, i, "、") ||
                         zp_ck_at(s, len, i, "，");
        if (separator && !digit)
            return false;
        if (separator)
            digit = false;
    }
    return true;
}

/* Is byte at inside brackets opened after byte from? */
static bool in_brackets(const zp_checker *c, size_t from, size_t at)
{
    const char *s = c->p.text;
    int depth = 0;
    for (size_t i = from; i < at; i += zp_ck_char_len((unsigned char)s[i]))
        depth = depth_after(s, i, depth);
    return depth > 0;
}

/* An item's figure in a chain from byte from: the first of its amounts
 * in bytes [after, before) outside brackets (the frame of "安排预算稳定调节
 * 基金 28478 万元（累计 43429 万元）" holds both). */
static void item_figure(const zp_checker *c, const zp_frame *f, size_t from, size_t after,
                        size_t before, zp_val *v)
{
    static const int roles[] = {ZR_AMOUNT, ZR_ACTUAL, ZR_BUDGET};
    memset(v, 0, sizeof *v);
    for (size_t k = 0; k < sizeof roles / sizeof roles[0]; k++) {
        const zp_item *it = zp_ck_frame_item(c, f, roles[k]);
        if (!it || it->num.start < after || it->num.end > before ||
            in_brackets(c, from, it->num.start) || (v->ok && v->it->num.start < it->num.start))
            continue;
        zp_ck_val_from_item(it, 0, v);
    }
}

/* The figure a sentence opening with 加 at frame a adds to: the last
 * top-level figure of the two sentences before, followed only by its own
 * parts; base set to its frame. */
static size_t opening_base(const zp_checker *c, size_t a, zp_val *sum)
{
    int sentence = c->p.frames[a].sentence;
    for (size_t g = a; g-- > 0 && c->p.frames[g].sentence >= sentence - 2;) {
        const zp_frame *f = &c->p.frames[g];
        if (f->parent >= 0)
            continue;
        for (size_t k = g + 1; k < a; k++)
            if (c->p.frames[k].parent != (int)g)
                return a;
        zp_ck_frame_amount(c, f, sum);
        return sum->ok ? g : a;
    }
    return a;
}

/* The total t against the figure before the 加 at frame a and the items
 * after it; the parts of an item's 其中 list, which make that item, are no
 * items of their own. */
static void check_chain(zp_checker *c, size_t a, size_t t, int side)
{
    const zp_frame *fa = &c->p.frames[a], *ft = &c->p.frames[t];
    zp_val sum, x, total;
    memset(&sum, 0, sizeof sum);
    /* "实际完成 15.39 亿元，加上上级补助收入 13.36 亿元": a figure with no
     * words of its own before 加 is in the 加 frame, and is the first */
    const char *plus = zp_ck_find(c->p.text + fa->start, c->p.len - fa->start, "加");
    size_t plus_at = plus ? (size_t)(plus - c->p.text) : fa->start;
    size_t base = a;
    item_figure(c, fa, fa->start, fa->start, plus_at, &sum);
    if (sum.ok)
        base = a;
    else
        while (base-- > 0 && c->p.frames[base].sentence == fa->sentence) {
            zp_ck_frame_amount(c, &c->p.frames[base], &sum);
            if (sum.ok)
                break;
        }
    /* "…支出完成 59.69 亿元，下降 18.2%。加上上解支出…，支出总计 66.05 亿元":
     * a sentence opening with 加 adds to the figure the sentences before
     * closed with, the parts listed after it aside */
    if (!sum.ok && (a == 0 || c->p.frames[a - 1].sentence != fa->sentence))
        base = opening_base(c, a, &sum);
    /* The first figure is of the total's side, and no total itself
     * ("收入总量 3002.97 亿元；加上…支出 2406.80 亿元，支出总量"). */
    const char *own = side == 1 ? "收入" : "支出", *other = side == 1 ? "支出" : "收入";
    if (!sum.ok || sum.it->num.family != ZF_MONEY || account_total(c->p.frames[base].subject) ||
        (strstr(c->p.frames[base].subject, other) && !strstr(c->p.frames[base].subject, own)) ||
        !all_stated(c, fa->start, ft->start))
        return;
    int sign = 1, whole = -1, done = -1; /* the item whose 其中 list is open; was */
    zp_val parts, of;
    memset(&parts, 0, sizeof parts);
    memset(&of, 0, sizeof of);
    for (size_t g = a; g < t; g++) {
        const zp_frame *f = &c->p.frames[g];
        item_figure(c, f, fa->start, g == a ? plus_at : 0, c->p.len, &x);
        if (!x.ok)
            continue;
        if (x.it->num.family != ZF_MONEY)
            return;
        if (whole >= 0 && f->parent == whole) {
            if (!zp_ck_val_add(&parts, &x))
                return;
            if (zp_interval_overlaps(parts.iv, of.iv))
                done = whole, whole = -1; /* the list is done: what follows is the chain's */
            continue;
        }
        if (whole >= 0)
            return; /* a 其中 list that does not make its item: unsure */
        if (f->parent >= (int)a && f->parent < (int)g && f->parent != done) {
            /* the first part of a list under an item of the chain */
            whole = f->parent;
            zp_ck_frame_amount(c, &c->p.frames[whole], &of);
            parts = x;
            if (zp_interval_overlaps(parts.iv, of.iv))
                done = whole, whole = -1;
            continue;
        }
        if (zp_ck_adds(f->subject))
            sign = 1;
        else if (takes_away(f->subject))
            sign = -1;
        if (sign < 0) {
            x.r = zp_rat_neg(x.r);
            x.iv = zp_interval_neg(x.iv);
        }
        if (!zp_ck_val_add(&sum, &x))
            return;
    }
    zp_ck_frame_amount(c, ft, &total);
    if (whole >= 0 || !total.ok || total.it->num.family != ZF_MONEY ||
        zp_interval_meets_rounded(total.iv, sum.iv))
        return;
    zp_ck_report_value(c, total.it, sum.iv, sum.r, "sum",
                       "the total is not the sum of what is added", "总计与所加各项之和不符",
                       "总计 = 本级收入（或支出）+ “加”后所列各项 − “减”后所列各项");
}

static void record_total(zp_checker *c, int side, const zp_val *v)
{
    zp_account *acc = &c->account;
    if (acc->scope != c->scope) {
        memset(acc, 0, sizeof *acc);
        acc->scope = c->scope;
    }
    acc->have[side - 1] = true;
    acc->iv[side - 1] = v->iv;
    acc->r[side - 1] = v->r;
}

/* "收支相抵，结余 6083 万元", "收支相抵，结转下年支出 14263 万元": the
 * first figure of what is left, after 相抵 in the sentence of frame f. */
static void check_left(zp_checker *c, size_t f)
{
    const zp_frame *fr = &c->p.frames[f];
    const zp_account *acc = &c->account;
    if (acc->scope != c->scope || !acc->have[0] || !acc->have[1])
        return;
    if (!strstr(fr->subject, "结余") && !zp_str_starts(fr->subject, "结转"))
        return;
    zp_val left;
    zp_ck_frame_amount(c, fr, &left);
    if (!left.ok || left.it->num.family != ZF_MONEY)
        return;
    /* 相抵 between the figure before it in its sentence and its own */
    size_t at = left.it->num.start, from = zp_ck_sentence_start(c->p.text, at);
    if (f > 0 && c->p.frames[f - 1].sentence == fr->sentence && c->p.frames[f - 1].end > from)
        from = c->p.frames[f - 1].end;
    if (at < from || !zp_ck_has(c->p.text + from, at - from, "相抵"))
        return;
    zp_interval want;
    zp_rat point;
    if (!zp_interval_sub(acc->iv[0], acc->iv[1], &want) ||
        !zp_rat_sub(acc->r[0], acc->r[1], &point) || zp_interval_overlaps(left.iv, want))
        return;
    zp_ck_report_value(c, left.it, want, point, "balance",
                       "what is left is not the income total less the spending total",
                       "收支相抵后的结余与收入总计、支出总计不符", "结余 = 收入总计 − 支出总计");
}

void zp_ck_accounts_check(zp_checker *c)
{
    for (size_t t = 0; t < c->p.nframes; t++) {
        const zp_frame *ft = &c->p.frames[t];
        int side = account_total(ft->subject);
        if (!side) {
            check_left(c, t);
            continue;
        }
        /* the first 加 of the sentence after any total before this one */
        size_t a = t;
        for (size_t g = t; g-- > 0 && c->p.frames[g].sentence == ft->sentence;) {
            if (account_total(c->p.frames[g].subject))
                break;
            if (zp_ck_adds(c->p.frames[g].subject))
                a = g;
        }
        if (a < t)
            check_chain(c, a, t, side);
        zp_val v;
        zp_ck_frame_amount(c, ft, &v);
        if (v.ok && v.it->num.family == ZF_MONEY)
            record_total(c, side, &v);
    }
}
