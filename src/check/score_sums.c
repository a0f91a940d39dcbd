/*
 * A score table's sums. Its 合计 holds every leaf row; a 小计 holds the rows
 * of its group: those after it up to the next 小计 of its level or above
 * (a 小计 in a column further left, as 一级指标's is beside 二级指标's), or,
 * in a table that closes its groups, those before it. The leaves are
 * summed, never the 小计 between them, so levels add up however deep.
 * Weights and scores are never negative: a sum of rounded ones is
 * half-open as they are, and one that only touches its total misses it.
 */
#include <string.h>

#include "check/check_int.h"


/* The leaves of rows [from, to) in column col: their sum, its point and
 * how many; false when one of them lacks the figure. */
static bool leaves_sum(const zp_table *t, size_t from, size_t to, int col, const bool *parent,
                       zp_interval *sum, zp_rat *point, int *n)
{
    *sum = zp_interval_point(zp_rat_of_int(0));
    *point = zp_rat_of_int(0);
    *n = 0;
    for (size_t i = from; i < to; i++) {
        const zp_trow *r = &t->rows[i];
        if (r->group || r->total || r->subtotal || parent[i])
            continue;
        zp_interval x;
        zp_rat xr;
        if (!r->has[col] || !zp_ck_cell_interval(col, r->col[col], &x) ||
            !zp_rat_of_dec(r->col[col], &xr) || !zp_interval_add(*sum, x, sum) ||
            !zp_rat_add(*point, xr, point))
            return false;
        (*n)++;
    }
    return true;
}

static void report(zp_checker *c, const zp_trow *total, int col, zp_interval sum, zp_rat point,
                   const char *whose)
{
    zp_finding *g = zp_ck_report_at(c, ZP_ERROR, "arithmetic", "score-sum", total->line,
                                    total->line, 0, total->page, total->quote,
                                    col == ZT_WEIGHT ? "the weights do not add up to the total"
                                                     : "the scores do not add up to the total",
                                    "%s的%s与各项之和不符", whose, col == ZT_WEIGHT ? "分值" : "得分");
    zp_ck_finding_stated(g, total->col[col], "分");
    zp_ck_finding_computed(g, point, total->col[col].scale > 2 ? total->col[col].scale : 2, "分");
    zp_ck_finding_allowed(g, sum, 3, "分");
}

/* "得分 9 | 13 | 15 | … | 总分 94": rows that make 93 as written, and their
 * total a unit or more away, hold only if each was rounded: said as info,
 * since scores are most often given as they are. */
static void note_rounded(zp_checker *c, const zp_trow *total, int col, zp_rat point)
{
    zp_rat stated, diff, unit;
    zp_dec one = {1, total->col[col].scale};
    if (!zp_rat_of_dec(total->col[col], &stated) || !zp_rat_of_dec(one, &unit) ||
        !zp_rat_sub(stated, point, &diff))
        return;
    if (zp_rat_sign(diff) < 0)
        diff = zp_rat_neg(diff);
    if (zp_rat_cmp(diff, unit) < 0)
        return;
    zp_finding *g = zp_ck_report_at(c, ZP_INFO, "arithmetic", "score-sum", total->line,
                                    total->line, 0, total->page, total->quote,
                                    "the rows make the total only if each was rounded",
                                    "%s的%s与各项所写之和不同：仅当各项是四舍五入后的数时才相符",
                                    total->name, col == ZT_WEIGHT ? "分值" : "得分");
    zp_ck_finding_stated(g, total->col[col], "分");
    zp_ck_finding_computed(g, point, total->col[col].scale, "分");
}

void zp_ck_score_total(zp_checker *c, const zp_table *t, const zp_trow *total, const bool *parent)
{
    for (int col = ZT_WEIGHT; col <= ZT_SCORE; col++) {
        zp_interval want, sum;
        zp_rat point;
        int n;
        if (!total->has[col] || !zp_ck_cell_interval(col, total->col[col], &want) ||
            !leaves_sum(t, 0, t->nrows, col, parent, &sum, &point, &n) || n < 2)
            continue;
        if (zp_interval_meets_rounded(want, sum))
            note_rounded(c, total, col, point);
        else
            report(c, total, col, sum, point, total->name);
    }
}

/* Does row q end the group of the 小计 r? */
static bool ends_group(const zp_trow *r, const zp_trow *q)
{
    if (q->total || q->group)
        return true;
    if (!q->subtotal)
        return false;
    return r->name_col < 0 || q->name_col < 0 || q->name_col <= r->name_col;
}

void zp_ck_score_subtotals(zp_checker *c, const zp_table *t, const bool *parent)
{
    for (size_t i = 0; i < t->nrows; i++) {
        const zp_trow *r = &t->rows[i];
        if (!r->subtotal || r->total)
            continue;
        size_t after = i + 1;
        while (after < t->nrows && !ends_group(r, &t->rows[after]))
            after++;
        size_t before = i;
        while (before > 0 && !ends_group(r, &t->rows[before - 1]))
            before--;
        for (int col = ZT_WEIGHT; col <= ZT_SCORE; col++) {
            zp_interval want, sum, other;
            zp_rat point, other_point;
            int n, m;
            if (!r->has[col] || !zp_ck_cell_interval(col, r->col[col], &want))
                continue;
            bool opens = leaves_sum(t, i + 1, after, col, parent, &sum, &point, &n) && n >= 1;
            bool closes = leaves_sum(t, before, i, col, parent, &other, &other_point, &m) && m >= 1;
            if ((opens && zp_interval_meets_rounded(want, sum)) ||
                (closes && zp_interval_meets_rounded(want, other)) || (!opens && !closes))
                continue;
            char whose[96];
            snprintf(whose, sizeof whose, "“%s”小计", r->label[0] ? r->label : r->name);
            report(c, r, col, opens ? sum : other, opens ? point : other_point, whose);
        }
    }
}
