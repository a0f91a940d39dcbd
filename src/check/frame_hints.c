/*
 * What the words around a figure say of its frame, beyond its label: a
 * score that is an indicator's, a 合计 that closes a list, a list of parts
 * that already makes its whole, a figure that is the base of the rate after it,
 * the whole a sentence's parts stand for (frames.c asks, as it builds the
 * frames).
 */
#include <string.h>

#include "check/frame_walk.h"
#include "check/lexicon.h"

/* "(1)项目立项(2分) … 自评得2分", "1.…实际完成值≥90%，自评得分18分": 自评
 * alone, in a numbered item or under a heading with a weight, scores an
 * indicator, not the whole report (总分, 综合得分 do). */
bool zp_ck_indicators_score(const zp_checker *c, size_t a, size_t b)
{
    const char *s = c->p.text;
    if (zp_ck_has(s + a, b - a, "总") || zp_ck_has(s + a, b - a, "综合"))
        return false;
    if (c->p.para->heading > 0)
        return true;
    for (int l = 1; l <= 5; l++)
        if ((c->heading_scope[l] || l > 3) && c->heading_weighted[l])
            return true;
    return false;
}

/* Do the parts of frame w made so far reach its figure? */
bool zp_ck_parts_make(const zp_checker *c, int w)
{
    const zp_pctx *p = &c->p;
    zp_val whole, sum, x;
    memset(&sum, 0, sizeof sum);
    zp_ck_frame_amount(c, &p->frames[w], &whole);
    if (!whole.ok)
        return true;
    for (size_t i = (size_t)w + 1; i < p->nframes; i++) {
        if (p->frames[i].parent != w)
            continue;
        zp_ck_frame_amount(c, &p->frames[i], &x);
        if (!x.ok || !zp_ck_val_add(&sum, &x))
            return true;
    }
    return sum.ok && zp_rat_cmp(sum.iv.hi, whole.iv.lo) >= 0;
}

/* Are the words s[a, b) a total's alone ("合计", "共计为", "总计：")? */
bool zp_ck_total_label(const char *s, size_t a, size_t b)
{
    static const char *const words[] = {"合计", "共计", "总计"};
    while (a < b && s[a] == ' ')
        a++;
    while (b > a && (s[b - 1] == ' ' || s[b - 1] == ':'))
        b--;
    if (b - a >= 3 && !memcmp(s + b - 3, "为", 3))
        b -= 3;
    for (size_t k = 0; k < sizeof words / sizeof words[0]; k++)
        if (b - a == strlen(words[k]) && !memcmp(s + a, words[k], b - a))
            return true;
    return false;
}

/* Is word the subject said short, without its generic noun ("税收收入 8039
 * 万元，税收占比 92.02%")? */
bool zp_ck_short_name_of(const char *subject, const char *word)
{
    static const char *const tails[] = {"收入", "支出", "经费", "资金"};
    size_t n = strlen(word);
    if (n < 6 || strncmp(subject, word, n))
        return false;
    for (size_t k = 0; k < sizeof tails / sizeof tails[0]; k++)
        if (!strcmp(subject + n, tails[k]))
            return true;
    return false;
}

/* The category whose complete split the frames of sentence `sentence` are,
 * each with an amount and none else between them; -1 when they are not. */
int zp_ck_split_whole(const zp_pctx *p, int sentence)
{
    int parent = -1, n = 0;
    zp_split split = ZS_NONE;
    for (size_t i = 0; i < p->nframes; i++) {
        const zp_frame *f = &p->frames[i];
        if (f->sentence != sentence || f->slot[ZR_AMOUNT] < 0)
            continue;
        if (f->cat < 0)
            return -1;
        const zp_category *k = &zp_ck_categories[f->cat];
        if (n > 0 && (k->parent != parent || k->split != split))
            return -1;
        parent = k->parent;
        split = k->split;
        n++;
    }
    return parent >= 0 && zp_ck_split_complete(split) && n == zp_ck_split_members(parent, split)
               ? parent
               : -1;
}

/* The frame a sentence's last frame f stands for to the next sentence: the
 * whole of the 其中 list it ends ("…其中，…，公务接待费 9.19 亿元。比 2014 年
 * 年初预算减少 8.35 亿元" is the whole's change), or f itself. */
int zp_ck_sentence_whole(const zp_pctx *p, int f)
{
    while (p->frames[f].parent >= 0 && p->frames[p->frames[f].parent].sentence == p->frames[f].sentence)
        f = p->frames[f].parent;
    return f;
}

/* Is item k the base of the rate right after it ("完成市政府考核目标 61
 * 亿元的 117%", "占总任务 300 万亩的 104.9%")? A plan or a budget to be
 * measured against: no whole of a 其中 list, nor one of its parts. */
bool zp_ck_rate_base(const zp_pctx *p, size_t k)
{
    if (k + 1 >= p->nitems || p->items[k + 1].num.family != ZF_PCT)
        return false;
    size_t a = p->items[k].num.end, b = p->items[k + 1].num.start;
    while (a < b && p->text[a] == ' ')
        a++;
    while (b > a && p->text[b - 1] == ' ')
        b--;
    return b - a == 3 && !memcmp(p->text + a, "的", 3);
}
