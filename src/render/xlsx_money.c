/*
 * 收支情况: the report's money tables (收支决算, 三公经费 …) one below the
 * other, as the report shows them: caption, unit, header rows, merged cells.
 * A cell that is one figure is written as a number, to the decimals the
 * report shows (amounts #,##0.00, rates 0.00%), so a reviewer can add them
 * up; everything else is text.
 */
#include <stdlib.h>
#include <string.h>

#include "render/xlsx_int.h"

static const zp_doc_table *money_table(const zp_doc_block *b)
{
    return b->kind == ZP_BLOCK_TABLE && b->table && b->table->role == ZP_TABLE_MONEY &&
                   b->table->n_cols > 0
               ? b->table
               : NULL;
}

bool zp_xlsx_has_money(const zp_report *r)
{
    for (size_t i = 0; i < r->n_blocks; i++) {
        if (money_table(&r->blocks[i]))
            return true;
    }
    return false;
}

/* A cell that is a single figure ("1,105.02", "93.51%"): its value, and
 * whether it is a percentage. */
static bool figure_of(const zp_doc_cell *c, zp_dec *value, bool *percent)
{
    const zp_doc_span *fig = NULL;
    for (size_t i = 0; i < c->content.count; i++) {
        const zp_doc_span *s = &c->content.items[i];
        if (!s->text || !*s->text)
            continue;
        if (s->kind != ZP_SPAN_FIGURE || fig)
            return false;
        fig = s;
    }
    if (!fig)
        return false;
    size_t len = strlen(fig->text);
    *percent = len > 1 && fig->text[len - 1] == '%';
    if (*percent)
        len--;
    zp_dec d;
    if (zp_dec_parse(fig->text, len, &d) != ZP_DEC_OK)
        return false;
    if (*percent) {
        if (d.scale + 2 > ZP_DEC_MAX_SCALE)
            return false;
        /* 93.51% is the number 0.9351 shown as a percentage */
        value->units = d.units;
        value->scale = d.scale + 2;
        return true;
    }
    *value = d;
    return true;
}

/* The format of a figure shown with `decimals` decimals. */
static lxw_format *figure_format(zp_xlsx *x, bool bold, bool percent, int decimals)
{
    lxw_format **slot = &x->fig[bold][percent][decimals];
    if (!*slot) {
        char pattern[32] = "0";
        if (!percent)
            strcpy(pattern, "#,##0");
        if (decimals > 0) {
            strcat(pattern, ".");
            for (int i = 0; i < decimals; i++)
                strcat(pattern, "0");
        }
        if (percent)
            strcat(pattern, "%");
        *slot = zp_xlsx_body_format(x, bold);
        format_set_num_format(*slot, pattern);
    }
    return *slot;
}

static lxw_format *text_format(zp_xlsx *x, const zp_doc_cell *c, bool header)
{
    if (header)
        return x->head;
    int bold = c->bold ? 1 : 0;
    return c->align == ZP_ALIGN_LEFT ? x->text[bold] : x->center[bold];
}

static lxw_row_t table_rows(zp_xlsx *x, lxw_worksheet *ws, lxw_row_t row, const zp_doc_table *t)
{
    lxw_col_t last = (lxw_col_t)(t->n_cols - 1);
    if (t->caption) {
        zp_xlsx_merge(x, ws, row, 0, row, last, t->caption, x->group);
        row++;
    }
    if (t->unit_note) {
        zp_xlsx_merge(x, ws, row, 0, row, last, t->unit_note, x->sub);
        row++;
    }
    for (size_t i = 0; i < t->n_rows; i++) {
        for (size_t j = 0; j < t->n_cols; j++) {
            const zp_doc_cell *c = &t->cells[i * t->n_cols + j];
            if (c->covered)
                continue;
            lxw_row_t r0 = row + (lxw_row_t)i,
                      r1 = r0 + (lxw_row_t)(c->rowspan > 1 ? c->rowspan - 1 : 0);
            lxw_col_t c0 = (lxw_col_t)j, c1 = c0 + (lxw_col_t)(c->colspan > 1 ? c->colspan - 1 : 0);
            if (c1 > last)
                c1 = last;
            bool header = i < t->n_header_rows;
            zp_dec v;
            bool percent;
            if (!header && figure_of(c, &v, &percent)) {
                int decimals = percent ? v.scale - 2 : v.scale;
                lxw_format *f = figure_format(x, c->bold, percent, decimals);
                if (r1 > r0 || c1 > c0)
                    zp_xlsx_merge(x, ws, r0, c0, r1, c1, NULL, f);
                zp_xlsx_num_dec(x, ws, r0, c0, v, f);
                continue;
            }
            char *text = zp_doc_spans_text(&c->content);
            zp_xlsx_merge(x, ws, r0, c0, r1, c1, text, text_format(x, c, header));
            free(text);
        }
    }
    row += (lxw_row_t)t->n_rows;
    if (t->note) {
        zp_xlsx_merge(x, ws, row, 0, row, last, t->note, x->note);
        row++;
    }
    return row + 1; /* a blank row between tables */
}

void zp_xlsx_money_sheet(zp_xlsx *x, const zp_report *r)
{
    lxw_worksheet *ws = zp_xlsx_sheet(x, ZP_XLSX_MONEY_SHEET, true);
    if (!ws)
        return;
    /* Column widths: each table's relative widths over about 100
     * characters, the widest of the tables for each column. */
    enum { MAX_COLS = 64 };
    int widths[MAX_COLS] = {0};
    size_t n_cols = 0;
    for (size_t i = 0; i < r->n_blocks; i++) {
        const zp_doc_table *t = money_table(&r->blocks[i]);
        if (!t || !t->col_widths)
            continue;
        int sum = 0;
        for (size_t j = 0; j < t->n_cols; j++)
            sum += t->col_widths[j] > 0 ? t->col_widths[j] : 0;
        for (size_t j = 0; j < t->n_cols && j < MAX_COLS && sum > 0; j++) {
            int w = 100 * (t->col_widths[j] > 0 ? t->col_widths[j] : 0) / sum;
            if (w > widths[j])
                widths[j] = w;
        }
        if (t->n_cols > n_cols)
            n_cols = t->n_cols;
    }
    for (size_t j = 0; j < n_cols && j < MAX_COLS; j++)
        zp_xlsx_col(x, (lxw_col_t)j, (lxw_col_t)j, widths[j] < 8 ? 8 : widths[j]);
    lxw_row_t row = 0;
    for (size_t i = 0; i < r->n_blocks; i++) {
        const zp_doc_table *t = money_table(&r->blocks[i]);
        if (t)
            row = table_rows(x, ws, row, t);
    }
}
