/*
 * A list closed by its total, without 其中: "培训费 5 万元、会议费 3 万元、差旅费
 * 2 万元，共计 10 万元", "开展培训 12 场、讲座 8 场、展览 5 场，合计 25 场". The
 * total is a figure whose clause says only 合计, 共计 or 总计; the parts are
 * the figures of its kind right before it, each in a clause of its own after
 * 、，or ；, back to the one that opens the list (after a colon, or the
 * sentence's start). Changes and shares said between the parts are passed
 * over. Lists that open with 其中 or 包括 are parts.c's.
 */
#include <stdio.h>
#include <string.h>

#include "check/check_int.h"
#include "check/frame_walk.h"

/* Is s[a..b) only marks between the clauses of a list (、，, ; and spaces)? */
static bool list_marks(const char *s, size_t a, size_t b)
{
    while (a < b) {
        if (s[a] == ' ' || s[a] == ',' || s[a] == ';')
            a++;
        else if (zp_ck_at(s, b, a, "、") || zp_ck_at(s, b, a, "，"))
            a += 3;
        else
            return false;
    }
    return true;
}

/* Is a figure inside brackets, by the brackets open before it since from? */
static bool in_brackets(const char *s, size_t from, size_t at)
{
    int depth = 0;
    for (size_t i = from; i < at; i++)
        depth += s[i] == '(' ? 1 : s[i] == ')' ? -1 : 0;
    return depth > 0;
}

static void check_total(zp_checker *c, size_t it)
{
    const char *s = c->p.text;
    const zp_num *t = &c->nums.items[it];
    static const char *const totals[] = {"合计", "共计", "总计"};
    if (!zp_ck_said_before(s, t->start, 15, totals, sizeof totals / sizeof totals[0]))
        return;
    size_t sent = zp_ck_sentence_start(s, t->start);
    size_t la = zp_ck_clause_start(s, sent, t->start, true);
    if (la == sent || !zp_ck_total_label(s, la, t->start))
        return;
    /* the parts, back from the total */
    zp_interval sum = zp_interval_point(zp_rat_of_int(0));
    zp_rat point = zp_rat_of_int(0);
    int parts = 0;
    size_t next = la, first = t->start;
    bool opened = false;
    for (size_t k = it; k-- > 0 && !opened;) {
        const zp_num *x = &c->nums.items[k];
        if (x->start < sent)
            break;
        if (!zp_ck_num_is_quantity(x))
            continue;
        size_t a = zp_ck_clause_start(s, sent, x->start, true), w;
        /* a change or a share said of the part before: passed over */
        if (x->family == ZF_PCT || x->family == ZF_POINTS || zp_ck_direction_before(s, x->start, &w)) {
            next = a;
            continue;
        }
        if (!list_marks(s, x->end, next) || !zp_ck_nums_alike(x, t) || (x->flags & (ZN_APPROX | ZN_BOUND)) ||
            in_brackets(s, sent, x->start) || a == x->start)
            return;
        const char *words = s + a;
        size_t n = x->start - a;
        if (zp_ck_has(words, n, "其中") || zp_ck_has(words, n, "包括") || zp_ck_has(words, n, "合计") ||
            zp_ck_has(words, n, "共计") || zp_ck_has(words, n, "总计") || zp_ck_has(words, n, "总额") ||
            zp_ck_has(words, n, "累计") || zp_ck_has(words, n, "分别"))
            return;
        zp_interval iv;
        zp_rat r;
        if (!zp_ck_num_interval(x, &iv) || !zp_ck_num_rat(x, &r) || !zp_interval_add(sum, iv, &sum) ||
            !zp_rat_add(point, r, &point))
            return;
        parts++;
        first = x->start;
        next = a;
        /* the list opens after a colon, or at the sentence's start; one
         * after "其中:" or "包括:" is parts.c's */
        opened = a == sent || (a > 0 && s[a - 1] == ':');
        if (a > 0 && s[a - 1] == ':') {
            size_t cb = zp_ck_clause_start(s, sent, a - 1, true);
            if (zp_ck_has(s + cb, a - 1 - cb, "其中") || zp_ck_has(s + cb, a - 1 - cb, "包括"))
                return;
        }
    }
    zp_interval total;
    if (parts < 2 || !zp_ck_num_interval(t, &total) || zp_interval_overlaps(sum, total))
        return;
    zp_finding *g = zp_ck_report(c, ZP_ERROR, "arithmetic", "sum", first, t->end,
                                 "the figures listed do not add up to their total",
                                 "所列各项之和与合计数不符");
    zp_ck_finding_stated(g, t->value, t->unit);
    int places = t->value.scale;
    zp_ck_finding_computed_as(g, point, &sum, places, places, t);
    zp_ck_finding_note(g, "%d 项相加", parts);
}

void zp_ck_list_total_check(zp_checker *c)
{
    for (size_t k = 0; k < c->nums.count; k++) {
        const zp_num *t = &c->nums.items[k];
        if (zp_ck_num_is_quantity(t) && t->family != ZF_PCT && t->family != ZF_POINTS &&
            !(t->flags & (ZN_APPROX | ZN_BOUND)))
            check_total(c, k);
    }
}
