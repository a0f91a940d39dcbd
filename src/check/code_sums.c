/*
 * The checks of a table by 科目编码 (read by table_codes.c), column by
 * column: a 类 against the sum of its 款, a 款 against its 项, the 合计 row
 * against the 类, each panel on its own; and, where the header names a
 * total column (本年支出合计, 小计) followed by its parts (基本支出, 项目支出),
 * each row's total against its parts.
 *
 * A family is checked only when it is closed within what was read: a row
 * after it that is not in it, or the end of the table.
 */
#include <stdlib.h>
#include <string.h>

#include "check/check_int.h"

/* Is column k (from the right) one of amounts, that rows and parts add? */
static bool summable(const zp_codes *t, const zp_crow *r, int k)
{
    for (size_t i = 0; i < t->nrows; i++)
        if (t->rows[i].panel == r->panel && k < t->rows[i].nvals &&
            t->rows[i].kind[k] == ZP_CELL_PERCENT)
            return false;
    if (t->have_header && k + r->right < t->header_cells) {
        const char *h = t->header[k + r->right];
        if (strstr(h, "率") || strstr(h, "比重") || strstr(h, "占比") || strstr(h, "栏次"))
            return false;
    }
    return true;
}

/* The header's name of column k, or "第 N 列". */
static void column_name(const zp_codes *t, const zp_crow *r, int k, char *out, size_t size)
{
    int h = k + r->right;
    if (t->have_header && h < t->header_cells && t->header[h][0])
        snprintf(out, size, "“%s”", t->header[h]);
    else
        snprintf(out, size, "第 %d 列", r->first_col + r->ncells - k);
}

static void report(zp_checker *c, const zp_codes *t, const zp_crow *r, const char *check,
                   const char *gloss, const char *what, zp_dec stated, zp_interval sum, zp_rat point)
{
    zp_trow at;
    memset(&at, 0, sizeof at);
    zp_str_copy(at.name, sizeof at.name, r->name);
    at.line = r->line;
    at.page = r->page;
    zp_str_copy(at.quote, sizeof at.quote, r->quote);
    const char *unit = t->unit_exp == -4 ? "元" : t->unit_exp == 0 ? "万元" : "";
    zp_ck_table_finding(c, &at, check, gloss, what, stated, sum, point, unit);
}

/* Rows i's children: the rows whose code is its code and two digits more
 * (for the 合计 row, the 类). Checked when the family is closed. */
static void check_family(zp_checker *c, const zp_codes *t, size_t i, bool closed_at_end)
{
    const zp_crow *parent = &t->rows[i];
    size_t plen = strlen(parent->code);
    if (plen >= 7)
        return;
    size_t *kids = zp_xmalloc(t->nrows * sizeof *kids);
    size_t nkids = 0, last = 0;
    bool closed = closed_at_end;
    for (size_t j = 0; j < t->nrows; j++) {
        const zp_crow *q = &t->rows[j];
        size_t qlen = strlen(q->code);
        if (j == i || q->total || q->panel != parent->panel)
            continue;
        bool inside = !memcmp(q->code, parent->code, plen) && qlen > plen;
        if (inside && qlen == (plen ? plen + 2 : 3)) {
            kids[nkids++] = j;
            last = j;
        } else if (!inside && nkids > 0 && j > last) {
            closed = true; /* a row after the family, outside it */
        }
    }
    if (parent->total && nkids > 0)
        closed = closed || (i > last); /* a 合计 below its classes */
    if (nkids == 0 || !closed) {
        free(kids);
        return;
    }
    for (int k = 0; k < parent->nvals; k++) {
        if (parent->kind[k] != ZP_CELL_NUMBER || !summable(t, parent, k))
            continue;
        zp_interval want, sum = zp_interval_point(zp_rat_of_int(0));
        zp_rat wr, point = zp_rat_of_int(0);
        bool ok = zp_ck_cell_value(parent->val[k], &want, &wr);
        for (size_t m = 0; m < nkids && ok; m++) {
            const zp_crow *q = &t->rows[kids[m]];
            zp_interval x;
            zp_rat xr;
            ok = q->ncells == parent->ncells && k < q->nvals &&
                 (q->kind[k] == ZP_CELL_NUMBER || q->kind[k] == ZP_CELL_BLANK) &&
                 zp_ck_cell_value(q->val[k], &x, &xr) && zp_interval_add(sum, x, &sum) &&
                 zp_rat_add(point, xr, &point);
        }
        if (!ok || zp_interval_overlaps(want, sum))
            continue;
        char col[64], what[160];
        column_name(t, parent, k, col, sizeof col);
        static const char *const of[] = {"各类", "所属各款", "所属各项"};
        snprintf(what, sizeof what, "%s与%s之和不符", col, of[parent->total ? 0 : plen / 2]);
        report(c, t, parent, "code-sum", "a class does not equal the sum of its subclasses", what,
               parent->val[k], sum, point);
    }
    free(kids);
}

/* Does header name h start a total's group (本年支出合计, 小计)? */
static bool names_total(const char *h)
{
    return (strstr(h, "合计") || strstr(h, "小计") || strstr(h, "总计")) && !strstr(h, "率");
}

/* Each row's total column against its parts, as the header groups them. */
static void check_row_totals(zp_checker *c, const zp_codes *t)
{
    if (!t->have_header)
        return;
    const zp_crow whole = {.panel = 0, .right = 0}; /* a row of the whole width */
    /* From the left: a total, then its parts up to the next total, an
     * unnamed column or a balance (年末结转和结余 is no part of 本年支出). */
    for (int k = t->header_cells - 1; k >= 0; k--) {
        if (!names_total(t->header[k]) || !summable(t, &whole, k))
            continue;
        int parts[ZP_CODES_COLS], nparts = 0;
        for (int j = k - 1; j >= 0; j--) {
            const char *h = t->header[j];
            if (!h[0] || names_total(h) || strstr(h, "结转") || strstr(h, "结余") ||
                !summable(t, &whole, j))
                break;
            parts[nparts++] = j;
        }
        if (nparts < 2)
            continue;
        for (size_t i = 0; i < t->nrows; i++) {
            const zp_crow *r = &t->rows[i];
            if (r->ncells != t->header_cells || k >= r->nvals || r->kind[k] != ZP_CELL_NUMBER)
                continue;
            zp_interval want, sum = zp_interval_point(zp_rat_of_int(0));
            zp_rat wr, point = zp_rat_of_int(0);
            bool ok = zp_ck_cell_value(r->val[k], &want, &wr), any = false;
            for (int m = 0; m < nparts && ok; m++) {
                int j = parts[m];
                zp_interval x;
                zp_rat xr;
                any |= r->kind[j] == ZP_CELL_NUMBER;
                ok = (r->kind[j] == ZP_CELL_NUMBER || r->kind[j] == ZP_CELL_BLANK) &&
                     zp_ck_cell_value(r->val[j], &x, &xr) && zp_interval_add(sum, x, &sum) &&
                     zp_rat_add(point, xr, &point);
            }
            if (!ok || !any || zp_interval_overlaps(want, sum))
                continue;
            char what[200];
            int o = snprintf(what, sizeof what, "“%s”与", t->header[k]);
            for (int m = 0; m < nparts && o > 0 && (size_t)o < sizeof what; m++)
                o += snprintf(what + o, sizeof what - (size_t)o, "%s“%s”", m ? "、" : "",
                              t->header[parts[m]]);
            if (o > 0 && (size_t)o < sizeof what)
                snprintf(what + o, sizeof what - (size_t)o, "之和不符");
            report(c, t, r, "row-sum", "the parts of a row do not add up to its total", what,
                   r->val[k], sum, point);
        }
    }
}

void zp_ck_codes_check(zp_checker *c, const zp_codes *t, bool at_end)
{
    for (size_t i = 0; i < t->nrows; i++)
        if (t->rows[i].code[0] || t->rows[i].total)
            check_family(c, t, i, at_end);
    check_row_totals(c, t);
}
