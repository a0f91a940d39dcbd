/*
 * 评分表 (部门整体自评情况总表): the score tree as a sheet a reviewer can
 * edit. Leaves hold their scores as numbers; every parent's 分值 and 自评得分,
 * the 合计 row, every 得分率, the 总分 and the 等级 are live formulas (with
 * the values they have now cached beside them), so a spreadsheet recomputes
 * them when a leaf score is changed.
 *
 *   row 0   title, merged across the sheet
 *   row 1   the framework, and 单位：分
 *   row 2   一级指标 | 二级指标 | … | 分值 | 自评得分 | 得分率 | 评分依据
 *   then    a parent's own row (its name merged down over its descendants'
 *           rows, 小计 beside it, SUM formulas), its children below; a leaf's
 *           name runs across the level columns it does not fill
 *   then    合计, 总分, 等级, and a note on what may be edited
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "base/mem.h"
#include "render/xlsx_int.h"

typedef struct score_sheet {
    zp_xlsx *x;
    lxw_worksheet *ws;
    lxw_col_t levels;               /* how many indicator columns */
    lxw_col_t cw, cs, cr, ch, last; /* 分值, 自评得分, 得分率, 评分依据; last column */
    lxw_row_t row;                  /* the next row */
    zp_buf blanks;                  /* "ISBLANK(D7)," of each leaf without a score yet */
    size_t n_blanks;
} score_sheet;

/* A node written on one row: a leaf, a parent scored by hand as a whole
 * (its children are not shown, as in the text table), or one that does not
 * apply. */
static bool is_leaf(const zp_scored *n)
{
    return n->n_children == 0 || n->manual || n->status == ZP_NOT_APPLICABLE;
}

static lxw_col_t depth_of(const zp_scored *n)
{
    if (is_leaf(n))
        return 1;
    lxw_col_t d = 0;
    for (size_t i = 0; i < n->n_children; i++) {
        lxw_col_t c = depth_of(&n->children[i]);
        if (c > d)
            d = c;
    }
    return d + 1;
}

static void level_name(lxw_col_t level, char *buf, size_t size)
{
    static const char *const digits[] = {"一", "二", "三", "四", "五",
                                         "六", "七", "八", "九", "十"};
    if (level < 10)
        snprintf(buf, size, "%s级指标", digits[level]);
    else
        snprintf(buf, size, "第%u级指标", (unsigned)level + 1);
}

static void add_tref(zp_xlsx *x, const zp_scored *n, lxw_row_t row)
{
    if (x->n_trefs == x->cap_trefs) {
        x->cap_trefs = x->cap_trefs ? 2 * x->cap_trefs : 16;
        x->trefs = zp_xrealloc(x->trefs, x->cap_trefs * sizeof *x->trefs);
    }
    x->trefs[x->n_trefs++] = (zp_xlsx_tref){n->target, n, row};
}

/* 得分率 = 自评得分 ÷ 分值, empty where there is no score or no weight. */
static void rate_cell(score_sheet *s, lxw_row_t r, bool scored, zp_rat weight, zp_rat score,
                      int bold)
{
    char w[LXW_MAX_CELL_NAME_LENGTH], sc[LXW_MAX_CELL_NAME_LENGTH], f[96];
    zp_xlsx_ref(w, r, s->cw);
    zp_xlsx_ref(sc, r, s->cs);
    snprintf(f, sizeof f, "=IF(OR(%s=0,%s=\"\"),\"\",%s/%s)", w, sc, sc, w);
    zp_rat rate;
    if (scored && zp_rat_sign(weight) != 0 && zp_rat_div(score, weight, &rate))
        zp_xlsx_formula_rat(s->x, s->ws, r, s->cr, f, rate, s->x->pct[bold]);
    else
        zp_xlsx_formula_str(s->x, s->ws, r, s->cr, f, "", s->x->pct[bold]);
}

/* What 评分依据 says of a leaf. */
static char *basis(const zp_scored *n)
{
    switch (n->status) {
    case ZP_NOT_APPLICABLE:
        if (n->how && strstr(n->how, "不适用"))
            return zp_xstrdup(n->how);
        return n->how ? zp_xasprintf("不适用：%s", n->how) : zp_xstrdup("不适用");
    case ZP_UNSCORED:
        return n->how ? zp_xasprintf("未评分：%s", n->how) : zp_xstrdup("未评分");
    case ZP_SCORED:
        break;
    }
    return zp_xstrdup(n->how ? n->how : "");
}

static lxw_row_t leaf_row(score_sheet *s, const zp_scored *n, lxw_col_t depth)
{
    zp_xlsx *x = s->x;
    lxw_row_t r = s->row++;
    /* Columns left of depth lie under the parents' merged names. */
    zp_xlsx_merge(x, s->ws, r, depth, r, s->levels - 1, n->name, x->text[0]);
    bool applies = n->status != ZP_NOT_APPLICABLE, scored = n->status == ZP_SCORED;
    if (applies)
        zp_xlsx_num_rat(x, s->ws, r, s->cw, n->weight, x->num[0]);
    else
        zp_xlsx_blank(x, s->ws, r, s->cw, x->num[0]);
    if (scored)
        zp_xlsx_num_rat(x, s->ws, r, s->cs, n->score, x->num[0]);
    else
        zp_xlsx_blank(x, s->ws, r, s->cs, x->num[0]);
    if (n->status == ZP_UNSCORED) {
        /* Until it has a score, the total grades nothing. OR takes at most
         * 255 arguments: groups of 200, each an OR of its own. */
        char ref[LXW_MAX_CELL_NAME_LENGTH];
        zp_xlsx_ref(ref, r, s->cs);
        if (s->n_blanks % 200 == 0)
            zp_buf_puts(&s->blanks, s->n_blanks ? "),OR(" : "OR(");
        else
            zp_buf_putc(&s->blanks, ',');
        zp_buf_printf(&s->blanks, "ISBLANK(%s)", ref);
        s->n_blanks++;
    }
    rate_cell(s, r, scored, n->weight, n->score, 0);
    char *b = basis(n);
    zp_xlsx_str(x, s->ws, r, s->ch, b, x->text[0]);
    free(b);
    if (n->target)
        add_tref(x, n, r);
    return r;
}

/* =SUM(D5:D6,D9) of column col at the given rows (in order). */
static char *sum_formula(const lxw_row_t *rows, size_t n, lxw_col_t col)
{
    zp_buf b;
    zp_buf_init(&b);
    zp_buf_puts(&b, "=SUM(");
    for (size_t i = 0; i < n;) {
        size_t j = i;
        while (j + 1 < n && rows[j + 1] == rows[j] + 1)
            j++;
        char a[LXW_MAX_CELL_NAME_LENGTH], z[LXW_MAX_CELL_NAME_LENGTH];
        zp_xlsx_ref(a, rows[i], col);
        zp_buf_printf(&b, "%s%s", i ? "," : "", a);
        if (j > i) {
            zp_xlsx_ref(z, rows[j], col);
            zp_buf_printf(&b, ":%s", z);
        }
        i = j + 1;
    }
    zp_buf_putc(&b, ')');
    return zp_buf_take(&b);
}

/* A parent's 分值 and 自评得分 as sums of its children's cells. */
static void sum_cells(score_sheet *s, lxw_row_t r, const lxw_row_t *rows, size_t n, zp_rat weight,
                      zp_rat score)
{
    char *f = sum_formula(rows, n, s->cw);
    zp_xlsx_formula_rat(s->x, s->ws, r, s->cw, f, weight, s->x->num[1]);
    free(f);
    f = sum_formula(rows, n, s->cs);
    zp_xlsx_formula_rat(s->x, s->ws, r, s->cs, f, score, s->x->num[1]);
    free(f);
    rate_cell(s, r, true, weight, score, 1);
}

static lxw_row_t node_rows(score_sheet *s, const zp_scored *n, lxw_col_t depth)
{
    if (is_leaf(n))
        return leaf_row(s, n, depth);
    zp_xlsx *x = s->x;
    lxw_row_t r0 = s->row++;
    lxw_row_t *rows = zp_xcalloc(n->n_children, sizeof *rows);
    for (size_t i = 0; i < n->n_children; i++)
        rows[i] = node_rows(s, &n->children[i], depth + 1);
    lxw_row_t r1 = s->row - 1;
    zp_xlsx_merge(x, s->ws, r0, depth, r1, depth, n->name, x->center[1]);
    zp_xlsx_merge(x, s->ws, r0, depth + 1, r0, s->levels - 1, "小计", x->center[1]);
    sum_cells(s, r0, rows, n->n_children, n->weight, n->score);
    zp_xlsx_str(x, s->ws, r0, s->ch, n->how, x->text[0]);
    free(rows);
    return r0;
}

/* =IF(E20>=90,"优",IF(E20>=80,"良",IF(E20>=60,"中","差"))) from the
 * framework's bands, highest first; below every band, the last band (as
 * zp_grade_of). */
static char *grade_formula(const zp_framework *f, const char *total)
{
    zp_buf b;
    zp_buf_init(&b);
    zp_buf_putc(&b, '=');
    for (size_t i = 0; i + 1 < f->n_grades; i++) {
        char min[64];
        char *name = zp_xlsx_quote(f->grades[i].name);
        zp_buf_printf(&b, "IF(%s>=%s,%s,", total,
                      zp_xlsx_rat_text(f->grades[i].min, min, sizeof min), name);
        free(name);
    }
    char *last = zp_xlsx_quote(f->grades[f->n_grades - 1].name);
    zp_buf_puts(&b, last);
    free(last);
    for (size_t i = 0; i + 1 < f->n_grades; i++)
        zp_buf_putc(&b, ')');
    return zp_buf_take(&b);
}

/* "优 ≥90，良 ≥80，中 ≥60，差 <60" */
static char *bands_text(const zp_framework *f)
{
    zp_buf b;
    zp_buf_init(&b);
    zp_buf_puts(&b, "等级：");
    for (size_t i = 0; i < f->n_grades; i++) {
        char min[64];
        const zp_grade_band *g = &f->grades[i];
        if (i)
            zp_buf_puts(&b, "，");
        if (i + 1 == f->n_grades && i > 0 && zp_rat_sign(g->min) <= 0)
            zp_buf_printf(&b, "%s <%s", g->name,
                          zp_xlsx_rat_text(f->grades[i - 1].min, min, sizeof min));
        else
            zp_buf_printf(&b, "%s ≥%s", g->name, zp_xlsx_rat_text(g->min, min, sizeof min));
    }
    return zp_buf_take(&b);
}

/* r->title without its 报告, and 自评表: "…部门整体支出绩效自评表". */
static char *sheet_title(const zp_report *r)
{
    const char *t = r->title ? r->title : "";
    size_t n = strlen(t);
    static const char report[] = "报告", self[] = "自评";
    if (n >= strlen(report) && !strcmp(t + n - strlen(report), report))
        n -= strlen(report);
    bool has_self = n >= strlen(self) && !strncmp(t + n - strlen(self), self, strlen(self));
    return zp_xasprintf("%.*s%s", (int)n, t, has_self ? "表" : "自评表");
}

static void totals(score_sheet *s, const zp_score_result *res, const lxw_row_t *rows, size_t n)
{
    zp_xlsx *x = s->x;
    lxw_row_t r = s->row++;
    zp_xlsx_merge(x, s->ws, r, 0, r, s->levels - 1, "合计", x->center[1]);
    sum_cells(s, r, rows, n, res->root.weight, res->total);
    char *note =
        res->n_unscored ? zp_xasprintf("有 %zu 项指标未评分，总分不完整", res->n_unscored) : NULL;
    zp_xlsx_str(x, s->ws, r, s->ch, note, x->text[0]);
    free(note);

    char total[LXW_MAX_CELL_NAME_LENGTH];
    zp_xlsx_ref(total, r, s->cs);
    lxw_row_t rt = s->row++;
    zp_xlsx_merge(x, s->ws, rt, 0, rt, s->cw, "总分", x->center[1]);
    char f[64];
    snprintf(f, sizeof f, "=%s", total);
    zp_xlsx_formula_rat(x, s->ws, rt, s->cs, f, res->total, x->num[1]);
    zp_xlsx_merge(x, s->ws, rt, s->cr, rt, s->ch, NULL, x->text[0]);

    const zp_framework *fw = res->framework;
    if (fw && fw->n_grades) {
        lxw_row_t rg = s->row++;
        zp_xlsx_merge(x, s->ws, rg, 0, rg, s->cw, "等级", x->center[1]);
        char *g = grade_formula(fw, total);
        if (s->n_blanks) {
            /* =IF(OR(OR(ISBLANK(D7),…)),"待定",IF(E20>=90,…)) */
            char *w = zp_xasprintf("=IF(OR(%s)),\"待定\",%s)", s->blanks.data, g + 1);
            zp_xlsx_formula_str(x, s->ws, rg, s->cs, w, "待定", x->center[1]);
            free(w);
        } else {
            zp_xlsx_formula_str(x, s->ws, rg, s->cs, g, res->grade, x->center[1]);
        }
        free(g);
        char *bands = bands_text(fw);
        zp_xlsx_merge(x, s->ws, rg, s->cr, rg, s->ch, bands, x->text[0]);
        free(bands);
    }
    lxw_row_t rn = ++s->row; /* a blank row, then the note */
    s->row++;
    zp_xlsx_merge(
        x, s->ws, rn, 0, rn, s->last,
        "说明：末级指标的分值和自评得分可以直接修改；小计、合计、得分率、总分和等级是公式，"
        "修改后自动重算。",
        x->note);
}

void zp_xlsx_score_sheet(zp_xlsx *x, const zp_report *r)
{
    const zp_score_result *res = r->score;
    score_sheet s = {.x = x};
    s.ws = zp_xlsx_sheet(x, ZP_XLSX_SCORE_SHEET, false);
    if (!s.ws)
        return;
    zp_buf_init(&s.blanks);
    s.levels = 1;
    for (size_t i = 0; i < res->root.n_children; i++) {
        lxw_col_t d = depth_of(&res->root.children[i]);
        if (d > s.levels)
            s.levels = d;
    }
    s.cw = s.levels;
    s.cs = s.cw + 1;
    s.cr = s.cs + 1;
    s.ch = s.cr + 1;
    s.last = s.ch;
    x->have_score_sheet = true;
    x->weight_col = s.cw;
    x->score_col = s.cs;

    for (lxw_col_t c = 0; c < s.levels; c++)
        zp_xlsx_col(x, c, c, c + 1 == s.levels ? 30 : 14);
    zp_xlsx_col(x, s.cw, s.cr, 10);
    zp_xlsx_col(x, s.ch, s.ch, 44);

    char *title = sheet_title(r);
    zp_xlsx_merge(x, s.ws, 0, 0, 0, s.last, title, x->title);
    free(title);
    zp_xlsx_ok(x, worksheet_set_row(s.ws, 0, 30, NULL), "title row");
    char *sub = res->framework && res->framework->name
                    ? zp_xasprintf("指标体系：《%s》　　单位：分", res->framework->name)
                    : zp_xstrdup("单位：分");
    zp_xlsx_merge(x, s.ws, 1, 0, 1, s.last, sub, x->sub);
    free(sub);

    lxw_row_t head = 2;
    for (lxw_col_t c = 0; c < s.levels; c++) {
        char name[32];
        level_name(c, name, sizeof name);
        zp_xlsx_str(x, s.ws, head, c, name, x->head);
    }
    zp_xlsx_str(x, s.ws, head, s.cw, "分值", x->head);
    zp_xlsx_str(x, s.ws, head, s.cs, "自评得分", x->head);
    zp_xlsx_str(x, s.ws, head, s.cr, "得分率", x->head);
    zp_xlsx_str(x, s.ws, head, s.ch, "评分依据", x->head);
    zp_xlsx_print_titles(x, s.ws, head);

    s.row = head + 1;
    size_t n = res->root.n_children;
    lxw_row_t *rows = zp_xcalloc(n ? n : 1, sizeof *rows);
    for (size_t i = 0; i < n; i++)
        rows[i] = node_rows(&s, &res->root.children[i], 0);
    if (n)
        totals(&s, res, rows, n);
    free(rows);
    zp_buf_free(&s.blanks);
}
