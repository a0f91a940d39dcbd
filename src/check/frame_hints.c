/*
 * What the words around a figure say of its frame, beyond its label: a
 * score that is an indicator's, a 合计 that closes a list, a list of parts
 * that already makes its whole (frames.c asks, as it builds the frames).
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
