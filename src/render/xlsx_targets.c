/*
 * 绩效目标 (绩效目标完成情况表): the unit's performance targets and each
 * project's, a row each, with what was achieved. A target the score sheet
 * scored links to its 分值 and 自评得分 there, so the two sheets never
 * disagree; others show the weight and score the data file gives, if any.
 *
 *   row 0   title
 *   row 1   一级指标 | 二级指标 | 三级指标 | 年度指标值 | 实际完成值 | 分值 | 得分 | 偏差原因
 *   then    a group row per project (and 部门整体绩效目标 when there are
 *           projects too), its targets below; equal 一级 and 二级指标 in
 *           consecutive rows are merged
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "base/mem.h"
#include "render/xlsx_int.h"

enum { C_L1, C_L2, C_NAME, C_TARGET, C_ACTUAL, C_WEIGHT, C_SCORE, C_DEVIATION, N_COLS };

bool zp_xlsx_has_targets(const zp_report *r)
{
    const zp_unit *u = r->unit;
    if (!u)
        return false;
    if (u->n_targets)
        return true;
    for (size_t i = 0; i < u->n_projects; i++) {
        if (u->projects[i].n_targets)
            return true;
    }
    return false;
}

static const zp_xlsx_tref *find_tref(const zp_xlsx *x, const zp_target *t)
{
    for (size_t i = 0; i < x->n_trefs; i++) {
        if (x->trefs[i].target == t)
            return &x->trefs[i];
    }
    return NULL;
}

static bool same(const char *a, const char *b)
{
    return a && b && *a && !strcmp(a, b);
}

/* The rows [r0, r1] of a column holding one value: merged. */
static void run_cell(zp_xlsx *x, lxw_worksheet *ws, lxw_row_t r0, lxw_row_t r1, lxw_col_t c,
                     const char *s)
{
    zp_xlsx_merge(x, ws, r0, c, r1, c, s, x->center[0]);
}

/* 分值 and 得分 of one target. */
static void score_cells(zp_xlsx *x, lxw_worksheet *ws, lxw_row_t row, const zp_target *t,
                        bool *linked)
{
    const zp_xlsx_tref *ref = x->have_score_sheet ? find_tref(x, t) : NULL;
    if (!ref) {
        if (t->weight.present)
            zp_xlsx_num_dec(x, ws, row, C_WEIGHT, t->weight.dec, x->num[0]);
        else
            zp_xlsx_blank(x, ws, row, C_WEIGHT, x->num[0]);
        if (t->score.present)
            zp_xlsx_num_dec(x, ws, row, C_SCORE, t->score.dec, x->num[0]);
        else
            zp_xlsx_blank(x, ws, row, C_SCORE, x->num[0]);
        return;
    }
    *linked = true;
    const zp_scored *n = ref->node;
    char w[LXW_MAX_CELL_NAME_LENGTH], s[LXW_MAX_CELL_NAME_LENGTH], f[160];
    zp_xlsx_ref(w, ref->row, x->weight_col);
    zp_xlsx_ref(s, ref->row, x->score_col);
    const char *sheet = "'" ZP_XLSX_SCORE_SHEET "'!";
    snprintf(f, sizeof f, "=IF(%s%s=\"\",\"\",%s%s)", sheet, w, sheet, w);
    if (n->status != ZP_NOT_APPLICABLE)
        zp_xlsx_formula_rat(x, ws, row, C_WEIGHT, f, n->weight, x->num[0]);
    else
        zp_xlsx_formula_str(x, ws, row, C_WEIGHT, f, "", x->num[0]);
    snprintf(f, sizeof f, "=IF(%s%s=\"\",\"\",%s%s)", sheet, s, sheet, s);
    if (n->status == ZP_SCORED)
        zp_xlsx_formula_rat(x, ws, row, C_SCORE, f, n->score, x->num[0]);
    else
        zp_xlsx_formula_str(x, ws, row, C_SCORE, f, "", x->num[0]);
}

static lxw_row_t group_rows(zp_xlsx *x, lxw_worksheet *ws, lxw_row_t row, const zp_target *ts,
                            size_t n, bool *linked)
{
    for (size_t i = 0; i < n; i++) {
        const zp_target *t = &ts[i];
        lxw_row_t r = row + (lxw_row_t)i;
        zp_xlsx_str(x, ws, r, C_NAME, t->name, x->text[0]);
        zp_xlsx_str(x, ws, r, C_TARGET, t->target_text, x->center[0]);
        zp_xlsx_str(x, ws, r, C_ACTUAL, t->actual_text, x->center[0]);
        score_cells(x, ws, r, t, linked);
        zp_xlsx_str(x, ws, r, C_DEVIATION, t->deviation, x->text[0]);
    }
    /* Runs of one 一级指标, and within them of one 二级指标. */
    for (size_t i = 0; i < n;) {
        size_t j = i;
        while (j + 1 < n && same(ts[j + 1].level1, ts[i].level1))
            j++;
        run_cell(x, ws, row + (lxw_row_t)i, row + (lxw_row_t)j, C_L1, ts[i].level1);
        for (size_t k = i; k <= j;) {
            size_t m = k;
            while (m + 1 <= j && same(ts[m + 1].level2, ts[k].level2))
                m++;
            run_cell(x, ws, row + (lxw_row_t)k, row + (lxw_row_t)m, C_L2, ts[k].level2);
            k = m + 1;
        }
        i = j + 1;
    }
    return row + (lxw_row_t)n;
}

static lxw_row_t group_row(zp_xlsx *x, lxw_worksheet *ws, lxw_row_t row, const char *text)
{
    zp_xlsx_merge(x, ws, row, 0, row, N_COLS - 1, text, x->group);
    return row + 1;
}

void zp_xlsx_targets_sheet(zp_xlsx *x, const zp_report *r)
{
    const zp_unit *u = r->unit;
    lxw_worksheet *ws = zp_xlsx_sheet(x, ZP_XLSX_TARGETS_SHEET, true);
    if (!ws)
        return;
    static const int widths[N_COLS] = {12, 12, 30, 16, 16, 9, 9, 32};
    for (lxw_col_t c = 0; c < N_COLS; c++)
        zp_xlsx_col(x, c, c, widths[c]);

    char *title =
        zp_xasprintf("%s%d年度绩效目标完成情况表", u->info.name ? u->info.name : "", u->info.year);
    zp_xlsx_merge(x, ws, 0, 0, 0, N_COLS - 1, title, x->title);
    free(title);
    zp_xlsx_ok(x, worksheet_set_row(ws, 0, 30, NULL), "title row");

    static const char *const heads[N_COLS] = {"一级指标",   "二级指标", "三级指标", "年度指标值",
                                              "实际完成值", "分值",     "得分",     "偏差原因"};
    lxw_row_t head = 1;
    for (lxw_col_t c = 0; c < N_COLS; c++)
        zp_xlsx_str(x, ws, head, c, heads[c], x->head);
    zp_xlsx_print_titles(x, ws, head);

    bool projects = false, linked = false;
    for (size_t i = 0; i < u->n_projects; i++)
        projects = projects || u->projects[i].n_targets > 0;
    lxw_row_t row = head + 1;
    if (u->n_targets) {
        if (projects)
            row = group_row(x, ws, row, "部门整体绩效目标");
        row = group_rows(x, ws, row, u->targets, u->n_targets, &linked);
    }
    for (size_t i = 0; i < u->n_projects; i++) {
        const zp_project *p = &u->projects[i];
        if (!p->n_targets)
            continue;
        char *g = zp_xasprintf("项目：%s", p->name ? p->name : "");
        row = group_row(x, ws, row, g);
        free(g);
        row = group_rows(x, ws, row, p->targets, p->n_targets, &linked);
    }
    if (linked) {
        row++;
        zp_xlsx_merge(x, ws, row, 0, row, N_COLS - 1,
                      "说明：已评分指标的分值和得分取自“" ZP_XLSX_SCORE_SHEET "”，请在该表中修改。",
                      x->note);
    }
}
