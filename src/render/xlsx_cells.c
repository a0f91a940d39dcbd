/*
 * Cells of the XLSX workbook: text, exact numbers, live formulas with their
 * current values, merged ranges, and the print set-up every sheet shares.
 * Every libxlsxwriter call goes through zp_xlsx_ok, which keeps the first
 * error for the fatal finding.
 */
#include <locale.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "base/mem.h"
#include "render/table.h"
#include "render/xlsx_int.h"

bool zp_xlsx_ok(zp_xlsx *x, lxw_error e, const char *what)
{
    if (e == LXW_NO_ERROR)
        return true;
    if (x->err == LXW_NO_ERROR) {
        x->err = e;
        snprintf(x->what, sizeof x->what, "%s", what);
    }
    return false;
}

/* ---- numbers: the only place a figure becomes a double ----
 *
 * XLSX stores every number as an IEEE double, and worksheet_write_number
 * (and the cached result of worksheet_write_formula_num) takes one, so a
 * double cannot be avoided at the file format's boundary. It is made here
 * and nowhere else in ziping (the sizes libxlsxwriter takes as doubles,
 * column widths and row heights, are given as integers): the exact value (a zp_dec, or a zp_rat
 * rounded to 9 decimals, which keeps every figure ziping shows exact) is
 * written as a decimal string and read back with strtod, which gives the
 * double nearest that decimal (98.81 is stored as the double nearest 98.81,
 * which every spreadsheet shows as 98.81). No arithmetic is done on it. */

static double dec_to_double(zp_dec d)
{
    char buf[64], local[96];
    zp_dec_format(d, false, buf, sizeof buf);
    /* strtod reads the current locale's decimal point. */
    const char *point = localeconv()->decimal_point;
    if (point && strcmp(point, ".") != 0) {
        size_t n = 0;
        for (const char *p = buf; *p && n + strlen(point) < sizeof local; p++) {
            if (*p == '.') {
                memcpy(local + n, point, strlen(point));
                n += strlen(point);
            } else {
                local[n++] = *p;
            }
        }
        local[n] = '\0';
        return strtod(local, NULL);
    }
    return strtod(buf, NULL);
}

static double rat_to_double(zp_rat v)
{
    zp_dec d = {0, 0};
    for (int places = ZP_DEC_MAX_SCALE; places >= 0; places--) {
        if (zp_rat_round(v, places, &d))
            return dec_to_double(d);
    }
    return dec_to_double(d); /* beyond int64 even as an integer: not reached */
}

char *zp_xlsx_rat_text(zp_rat v, char *buf, size_t size)
{
    zp_dec d = {0, 0};
    for (int places = 0; places <= ZP_DEC_MAX_SCALE; places++) {
        zp_rat back;
        if (zp_rat_round(v, places, &d) && zp_rat_of_dec(d, &back) && zp_rat_cmp(back, v) == 0)
            return zp_dec_format(d, false, buf, size);
    }
    if (!zp_rat_round(v, ZP_DEC_MAX_SCALE, &d))
        d = (zp_dec){0, 0};
    return zp_dec_format(d, false, buf, size);
}

/* ---- row heights ---- */

/* A line of 11pt text is about 16 points high; Excel's rows are at most 409. */
enum {
    MAX_COLS = (int)(sizeof(((zp_xlsx *)0)->col_width) / sizeof(int)),
    LINE_HEIGHT = 16,
    MAX_LINES = 25
};

void zp_xlsx_col(zp_xlsx *x, lxw_col_t c0, lxw_col_t c1, int width)
{
    zp_xlsx_ok(x, worksheet_set_column(x->ws, c0, c1, width, NULL), "column width");
    for (lxw_col_t c = c0; c <= c1 && c < MAX_COLS; c++)
        x->col_width[c] = width;
}

static bool wraps(const zp_xlsx *x, const lxw_format *fmt)
{
    return fmt && (fmt == x->text[0] || fmt == x->text[1] || fmt == x->center[0] ||
                   fmt == x->center[1] || fmt == x->head || fmt == x->group || fmt == x->note);
}

/* Lines s takes in a cell `width` characters wide (a Chinese character is
 * two), each line of s on lines of its own. */
static unsigned lines_of(const char *s, int width)
{
    int usable = width > 3 ? width - 2 : 1;
    unsigned lines = 0;
    while (s) {
        const char *nl = strchr(s, '\n');
        char *line = nl ? zp_xasprintf("%.*s", (int)(nl - s), s) : NULL;
        size_t w = zp_display_width(line ? line : s);
        free(line);
        lines += w ? (unsigned)((w + (size_t)usable - 1) / (size_t)usable) : 1;
        s = nl ? nl + 1 : NULL;
    }
    return lines;
}

/* Record that the text s in rows r0..r1, columns c0..c1 needs its lines. */
static void need_lines(zp_xlsx *x, lxw_row_t r0, lxw_row_t r1, lxw_col_t c0, lxw_col_t c1,
                       const char *s, const lxw_format *fmt)
{
    if (!s || !*s || !wraps(x, fmt))
        return;
    int width = 0;
    for (lxw_col_t c = c0; c <= c1; c++)
        width += c < MAX_COLS && x->col_width[c] ? x->col_width[c] : 9;
    unsigned rows = r1 - r0 + 1, lines = lines_of(s, width);
    unsigned each = (lines + rows - 1) / rows;
    if (each <= 1)
        return;
    if (r1 >= x->n_row_lines) {
        size_t n = 2 * (size_t)r1 + 16;
        x->row_lines = zp_xrealloc(x->row_lines, n * sizeof *x->row_lines);
        memset(x->row_lines + x->n_row_lines, 0, (n - x->n_row_lines) * sizeof *x->row_lines);
        x->n_row_lines = n;
    }
    for (lxw_row_t r = r0; r <= r1; r++) {
        if (each > x->row_lines[r])
            x->row_lines[r] = (unsigned short)(each < MAX_LINES ? each : MAX_LINES);
    }
}

void zp_xlsx_finish_sheet(zp_xlsx *x)
{
    if (x->ws) {
        for (size_t r = 0; r < x->n_row_lines; r++) {
            if (x->row_lines[r] > 1)
                zp_xlsx_ok(
                    x, worksheet_set_row(x->ws, (lxw_row_t)r, LINE_HEIGHT * x->row_lines[r], NULL),
                    "row height");
        }
    }
    x->ws = NULL;
    memset(x->col_width, 0, sizeof x->col_width);
    free(x->row_lines);
    x->row_lines = NULL;
    x->n_row_lines = 0;
}

/* ---- cells ---- */

/* Excel keeps at most 32767 characters in a cell; longer text is cut at a
 * character boundary and ends in "…" rather than failing the workbook. */
enum { CELL_MAX = 32767 };

static const char *fit(const char *s, char **owned)
{
    *owned = NULL;
    size_t n = strlen(s);
    if (n <= CELL_MAX)
        return s;
    n = CELL_MAX - 3;
    while (n > 0 && ((unsigned char)s[n] & 0xC0) == 0x80)
        n--;
    *owned = zp_xmalloc(n + 4);
    memcpy(*owned, s, n);
    memcpy(*owned + n, "\xE2\x80\xA6", 4); /* … */
    return *owned;
}

void zp_xlsx_blank(zp_xlsx *x, lxw_worksheet *ws, lxw_row_t row, lxw_col_t col, lxw_format *fmt)
{
    zp_xlsx_ok(x, worksheet_write_blank(ws, row, col, fmt), "blank cell");
}

void zp_xlsx_str(zp_xlsx *x, lxw_worksheet *ws, lxw_row_t row, lxw_col_t col, const char *s,
                 lxw_format *fmt)
{
    if (!s || !*s) {
        zp_xlsx_blank(x, ws, row, col, fmt);
        return;
    }
    char *owned;
    zp_xlsx_ok(x, worksheet_write_string(ws, row, col, fit(s, &owned), fmt), "text cell");
    free(owned);
    need_lines(x, row, row, col, col, s, fmt);
}

void zp_xlsx_merge(zp_xlsx *x, lxw_worksheet *ws, lxw_row_t r0, lxw_col_t c0, lxw_row_t r1,
                   lxw_col_t c1, const char *s, lxw_format *fmt)
{
    if (r0 == r1 && c0 == c1) {
        zp_xlsx_str(x, ws, r0, c0, s, fmt);
        return;
    }
    char *owned;
    zp_xlsx_ok(x, worksheet_merge_range(ws, r0, c0, r1, c1, fit(s ? s : "", &owned), fmt),
               "merged cells");
    free(owned);
    need_lines(x, r0, r1, c0, c1, s, fmt);
}

void zp_xlsx_num_dec(zp_xlsx *x, lxw_worksheet *ws, lxw_row_t row, lxw_col_t col, zp_dec v,
                     lxw_format *fmt)
{
    zp_xlsx_ok(x, worksheet_write_number(ws, row, col, dec_to_double(v), fmt), "number cell");
}

void zp_xlsx_num_rat(zp_xlsx *x, lxw_worksheet *ws, lxw_row_t row, lxw_col_t col, zp_rat v,
                     lxw_format *fmt)
{
    zp_xlsx_ok(x, worksheet_write_number(ws, row, col, rat_to_double(v), fmt), "number cell");
}

void zp_xlsx_formula_rat(zp_xlsx *x, lxw_worksheet *ws, lxw_row_t row, lxw_col_t col,
                         const char *formula, zp_rat cached, lxw_format *fmt)
{
    zp_xlsx_ok(x, worksheet_write_formula_num(ws, row, col, formula, fmt, rat_to_double(cached)),
               formula);
}

void zp_xlsx_formula_str(zp_xlsx *x, lxw_worksheet *ws, lxw_row_t row, lxw_col_t col,
                         const char *formula, const char *cached, lxw_format *fmt)
{
    zp_xlsx_ok(x, worksheet_write_formula_str(ws, row, col, formula, fmt, cached ? cached : ""),
               formula);
}

void zp_xlsx_ref(char *buf, lxw_row_t row, lxw_col_t col)
{
    lxw_rowcol_to_cell(buf, row, col);
}

char *zp_xlsx_quote(const char *s)
{
    zp_buf b;
    zp_buf_init(&b);
    zp_buf_putc(&b, '"');
    for (const char *p = s ? s : ""; *p; p++) {
        if (*p == '"')
            zp_buf_putc(&b, '"');
        zp_buf_putc(&b, *p);
    }
    zp_buf_putc(&b, '"');
    return zp_buf_take(&b);
}

/* ---- sheets ---- */

enum { PAPER_A4 = 9 };

lxw_worksheet *zp_xlsx_sheet(zp_xlsx *x, const char *name, bool landscape)
{
    zp_xlsx_finish_sheet(x);
    if (!zp_xlsx_ok(x, workbook_validate_sheet_name(x->wb, name), name))
        return NULL;
    lxw_worksheet *ws = workbook_add_worksheet(x->wb, name);
    if (!ws) {
        zp_xlsx_ok(x, LXW_ERROR_MEMORY_MALLOC_FAILED, name);
        return NULL;
    }
    x->ws = ws;
    worksheet_set_paper(ws, PAPER_A4);
    if (landscape)
        worksheet_set_landscape(ws);
    else
        worksheet_set_portrait(ws);
    worksheet_fit_to_pages(ws, 1, 0); /* one page wide, as many long as needed */
    worksheet_center_horizontally(ws);
    worksheet_set_margins(ws, 0.6, 0.6, 0.75, 0.75);
    zp_xlsx_ok(x, worksheet_set_footer(ws, "&C第 &P 页，共 &N 页"), "footer");
    return ws;
}

void zp_xlsx_print_titles(zp_xlsx *x, lxw_worksheet *ws, lxw_row_t header_row)
{
    zp_xlsx_ok(x, worksheet_repeat_rows(ws, header_row, header_row), "repeated header row");
    worksheet_freeze_panes(ws, header_row + 1, 0);
}
