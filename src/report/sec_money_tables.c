/*
 * The tables and charts of 收支情况: 收支决算情况表 (budget against final,
 * with changes on last year), 支出结构表 (function and economic classes
 * with shares), and two charts: budget against final by part, and the
 * structure of expenditure.
 */
#include <string.h>

#include "report/sections_money.h"

enum { MAX_ROWS = 256, MAX_COLS = 12 };

static const char *field_key(zp_report *r, const char *line, const char *field)
{
    return zp_arena_printf(r->arena, "%s.%s", line, field);
}

void zp_money_table(zp_report *r, const char *caption, const zp_money_row *rows, size_t n_rows,
                    const zp_money_col *cols, size_t n_cols)
{
    /* Only the columns some row has a figure for. */
    size_t keep[MAX_COLS], n_keep = 0;
    for (size_t c = 0; c < n_cols && c < MAX_COLS; c++) {
        for (size_t i = 0; i < n_rows; i++) {
            if (rows[i].key && zp_doc_fig(r, field_key(r, rows[i].key, cols[c].field))) {
                keep[n_keep++] = c;
                break;
            }
        }
    }
    if (!n_keep)
        return;
    zp_table_builder b;
    const char *unit = zp_arena_printf(r->arena, "单位：%s，%%",
                                       r->derived->amount_exp == 4 ? "万元" : "元");
    zp_tb_begin(&b, r, ZP_TABLE_MONEY, n_keep + 1, caption, unit);
    int widths[MAX_COLS + 1];
    widths[0] = 5; /* the names: "公务用车购置及运行维护费" on one line where it can */
    for (size_t c = 0; c < n_keep; c++)
        widths[c + 1] = 2;
    zp_tb_widths(&b, widths);
    zp_tb_row(&b, true);
    zp_tb_text(&b, "项目");
    for (size_t c = 0; c < n_keep; c++)
        zp_tb_text(&b, cols[keep[c]].header);
    for (size_t i = 0; i < n_rows; i++) {
        const zp_money_row *row = &rows[i];
        zp_tb_row(&b, false);
        if (!row->key) {
            zp_doc_cell *cell = zp_tb_text(&b, row->label);
            zp_tb_span(&b, cell, (int)n_keep + 1, 1);
            zp_tb_bold_row(&b);
            continue;
        }
        zp_para p;
        zp_para_init(&p, r);
        /* Indentation by full-width spaces: it survives every format. */
        zp_para_text(&p, row->indent >= 2 ? "　　" : row->indent == 1 ? "　" : "");
        zp_para_verbatim(&p, row->label);
        zp_tb_para(&b, &p);
        for (size_t c = 0; c < n_keep; c++) {
            const char *k = field_key(r, row->key, cols[keep[c]].field);
            const zp_figure *f = zp_derived_get(r->derived, k);
            if (f && !f->defined && f->why && strstr(f->why, "上年"))
                zp_tb_text(&b, "—")->align = ZP_ALIGN_RIGHT; /* no percentage from nothing */
            else
                zp_tb_derived(&b, k);
        }
        if (row->indent == 0)
            zp_tb_bold_row(&b);
    }
    zp_tb_end(&b);
}

/* Rows for an account's total and the lines of one of its splits. */
static size_t split_rows(zp_report *r, const zp_account *a, const char *account,
                         const char *split, bool with_total, const char *total_label,
                         zp_money_row *rows, size_t n)
{
    if (!a->present)
        return n;
    if (with_total && n < MAX_ROWS)
        rows[n++] = (zp_money_row){total_label, account, 0};
    const zp_split *sp = zp_account_split(a, split);
    if (!sp)
        return n;
    for (size_t i = 0; i < sp->n_lines && n < MAX_ROWS; i++) {
        const zp_line *l = &sp->lines[i];
        rows[n++] = (zp_money_row){l->name, zp_doc_line_key(r, account, sp->key, l, i), 1};
        for (size_t j = 0; j < l->n_parts && n < MAX_ROWS; j++)
            rows[n++] = (zp_money_row){l->parts[j].name,
                                       zp_doc_line_key(r, account, NULL, &l->parts[j], j),
                                       2};
    }
    return n;
}

void zp_money_tables(zp_report *r)
{
    static const zp_money_col budget_cols[] = {
        {"年初预算数", "budget_initial"}, {"全年预算数", "budget"},   {"决算数", "final"},
        {"预算执行率", "execution_rate"}, {"上年决算数", "last_year"}, {"比上年增减额", "change"},
        {"比上年增减率", "change_rate"}};
    static const zp_money_col class_cols[] = {{"决算数", "final"},
                                              {"占本年支出比重", "share"},
                                              {"上年决算数", "last_year"},
                                              {"比上年增减额", "change"},
                                              {"比上年增减率", "change_rate"}};
    const zp_unit *u = r->unit;
    zp_money_row rows[MAX_ROWS];
    size_t n = split_rows(r, &u->income, "income", "source", true, "收入合计", rows, 0);
    n = split_rows(r, &u->expenditure, "expenditure", "nature", true, "支出合计", rows, n);
    zp_money_table(r, "收支预算执行情况表", rows, n, budget_cols,
                   sizeof budget_cols / sizeof budget_cols[0]);

    n = 0;
    static const struct {
        const char *split, *title;
    } classes[] = {{"function", "按支出功能分类"}, {"economic", "按支出经济分类"}};
    for (size_t c = 0; c < 2; c++) {
        const zp_split *sp = zp_account_split(&u->expenditure, classes[c].split);
        if (!sp || !sp->n_lines || n >= MAX_ROWS)
            continue;
        rows[n++] = (zp_money_row){classes[c].title, NULL, 0};
        n = split_rows(r, &u->expenditure, "expenditure", classes[c].split, false, NULL, rows, n);
    }
    if (n)
        zp_money_table(r, "支出结构情况表", rows, n, class_cols,
                       sizeof class_cols / sizeof class_cols[0]);
}

/* Budget against final of the totals and the nature parts. */
static void budget_chart(zp_report *r)
{
    const char *keys[8], *labels[8];
    size_t n = 0;
    const zp_unit *u = r->unit;
    if (u->income.present) {
        keys[n] = "income";
        labels[n++] = "收入";
    }
    if (u->expenditure.present) {
        keys[n] = "expenditure";
        labels[n++] = "支出";
        const zp_split *sp = zp_account_split(&u->expenditure, "nature");
        for (size_t i = 0; sp && i < sp->n_lines && n < 8; i++) {
            keys[n] = zp_doc_line_key(r, "expenditure", sp->key, &sp->lines[i], i);
            labels[n++] = sp->lines[i].name;
        }
    }
    /* Only parts with a budget and a final figure. */
    size_t m = 0;
    const char *budget[8];
    for (size_t i = 0; i < n; i++) {
        const char *b = field_key(r, keys[i], "budget");
        if (!zp_doc_fig(r, b))
            b = field_key(r, keys[i], "budget_initial");
        if (!zp_doc_fig(r, b) || !zp_doc_fig(r, field_key(r, keys[i], "final")))
            continue;
        budget[m] = b;
        keys[m] = keys[i];
        labels[m++] = labels[i];
    }
    if (!m)
        return;
    zp_doc_chart *ch = zp_doc_chart_new(r, ZP_CHART_BARS, "收支预算与决算对比",
                                        r->derived->amount_exp == 4 ? "万元" : "元", m, 2);
    ch->series[0].name = "预算数";
    ch->series[1].name = "决算数";
    for (size_t i = 0; i < m; i++) {
        ch->categories[i] = labels[i];
        zp_chart_set(r, ch, 0, i, budget[i]);
        zp_chart_set(r, ch, 1, i, field_key(r, keys[i], "final"));
    }
    zp_doc_chart_add(r, ch);
}

/* The structure of expenditure: by function class, else economic, else nature. */
static void structure_chart(zp_report *r)
{
    static const char *const splits[] = {"function", "economic", "nature"};
    static const char *const titles[] = {"支出结构（按支出功能分类）", "支出结构（按支出经济分类）",
                                         "支出结构（按支出性质）"};
    for (size_t s = 0; s < 3; s++) {
        const zp_split *sp = zp_account_split(&r->unit->expenditure, splits[s]);
        if (!sp || sp->n_lines < 2)
            continue;
        size_t m = 0;
        for (size_t i = 0; i < sp->n_lines; i++)
            m += zp_doc_fig(r, field_key(r, zp_doc_line_key(r, "expenditure", sp->key, &sp->lines[i], i),
                                         "share")) != NULL;
        if (m != sp->n_lines)
            continue;
        zp_doc_chart *ch = zp_doc_chart_new(r, ZP_CHART_SHARES, titles[s], "%", m, 1);
        ch->series[0].name = "占本年支出比重";
        for (size_t i = 0; i < m; i++) {
            ch->categories[i] = sp->lines[i].name;
            zp_chart_set(r, ch, 0, i,
                         field_key(r, zp_doc_line_key(r, "expenditure", sp->key, &sp->lines[i], i),
                                   "share"));
        }
        zp_doc_chart_add(r, ch);
        return;
    }
}

void zp_money_charts(zp_report *r)
{
    budget_chart(r);
    structure_chart(r);
}
