/*
 * Tables whose cells come one per line, each line ending in "|" (a web
 * page's table copied as text):
 *
 *     项 目 |  预 算 数 |  决 算 数 |  合 计 |  3 |  1.71 |  公务接待费 |  1 | …
 *
 * The cells before the first figure are the header and the first row's
 * name, which gives the number of columns; the cells after them are put
 * back into rows of that many, and handed on as rows of cells parted by
 * tabs (as a DOCX table's rows are), each at the line of its first cell.
 * Only when every row then has a name and nothing but figures (or nothing)
 * after it: anything else is handed on as it came.
 *
 * A row copied with its cells on one line, bars between them ("合 计 |
 * 34.35 | 34.35 |"), is handed on as a row of cells parted by tabs. Bars
 * may come on lines of their own ("合 计", "|", "0.56", "|"): a short line
 * is held back until the next says whether it was a cell.
 */
#include <string.h>

#include "check/check_int.h"

static bool is_cell_line(const char *s, size_t len)
{
    while (len > 0 && (s[len - 1] == ' ' || s[len - 1] == '\t'))
        len--;
    return len > 0 && len <= ZP_CELL_MAX_LEN && s[len - 1] == '|' && !memchr(s, '|', len - 1);
}

static bool figure_cell(const char *s, size_t len)
{
    bool digit = false;
    for (size_t i = 0; i < len; i++) {
        char c = s[i];
        if (c >= '0' && c <= '9')
            digit = true;
        else if (c != '.' && c != ',' && c != '%' && c != '-' && c != ' ')
            return false;
    }
    return digit;
}

/* No figure: empty, or a dash or slash standing for none. */
static bool blank_cell(const char *s, size_t len)
{
    return len == 0 || (len == 1 && (s[0] == '/' || s[0] == '-'));
}

static void emit(zp_checker *c, const char *text, size_t len, int number, int page)
{
    zp_text_line line = {text, len, number, page};
    zp_ck_joiner_feed(&c->joiner, &line);
}

static void emit_raw(zp_checker *c)
{
    zp_cells *t = &c->cells;
    for (int k = 0; k < t->n; k++)
        emit(c, t->raw.data + t->raw_at[k], t->raw_len[k], t->number[k], t->page[k]);
}

static const char *cell(const zp_cells *t, int k, size_t *len)
{
    *len = t->len[k];
    return t->text.data + t->at[k];
}

/* Do the cols cells from a and from b make one header twice: a name of
 * rows first, then the same words? */
static bool same_header(const zp_cells *t, int a, int b, int cols)
{
    size_t n, m;
    const char *s = cell(t, a, &n);
    if (!zp_ck_header_names_rows(s, n))
        return false;
    for (int k = 1; k < cols; k++) {
        s = cell(t, a + k, &n);
        const char *q = cell(t, b + k, &m);
        if (n != m || memcmp(s, q, n))
            return false;
    }
    return true;
}

static bool rebuild(zp_checker *c)
{
    zp_cells *t = &c->cells;
    int first = -1;
    for (int k = 0; k < t->n && first < 0; k++) {
        size_t n;
        const char *s = cell(t, k, &n);
        if (figure_cell(s, n))
            first = k;
    }
    /* The cells before the first figure: the header, then the first row's
     * name; before the header, a title and a unit may have come as cells
     * too ("附件8 |", "…统计表 |", "单位:万元 |"): the header starts at its
     * cell naming the rows (项目). The last row may be short: a page drops
     * the bars of the empty cells that end it ("公务用车购置费 |" and
     * nothing after). */
    int head = 0;
    for (int k = first - 2; k > 0; k--) {
        size_t n;
        const char *s = cell(t, k, &n);
        if (zp_ck_header_names_rows(s, n)) {
            head = k;
            break;
        }
    }
    int cols = first - 1 - head;
    if (first < 3 || cols < 2)
        return false;
    /* "收入 | 执行数 | 支出 | 执行数 |": two panels side by side, the second's
     * header the same as the first's; their rows are as wide as both, with
     * a name at the second's start */
    int half = 0;
    if (head >= cols && same_header(t, head - cols, head, cols)) {
        head -= cols;
        half = cols;
        cols *= 2;
    }
    for (int r = head + cols; r < t->n; r += cols) {
        size_t n;
        const char *s = cell(t, r, &n);
        if (blank_cell(s, n) || figure_cell(s, n))
            return false;
        for (int k = 1; k < cols && r + k < t->n; k++) {
            s = cell(t, r + k, &n);
            if (!blank_cell(s, n) && !figure_cell(s, n) && k != half)
                return false;
        }
    }
    for (int k = 0; k < head; k++) /* the title's cells, as they came */
        emit(c, t->raw.data + t->raw_at[k], t->raw_len[k], t->number[k], t->page[k]);
    for (int r = head; r < t->n; r += cols) {
        t->row.len = 0;
        for (int k = 0; k < cols; k++) {
            size_t n = 0;
            const char *s = r + k < t->n ? cell(t, r + k, &n) : "";
            if (k)
                zp_buf_add(&t->row, "\t", 1);
            zp_buf_add(&t->row, s, n);
        }
        emit(c, t->row.data, t->row.len, t->number[r], t->page[r]);
    }
    return true;
}

void zp_ck_cells_flush(zp_checker *c)
{
    zp_cells *t = &c->cells;
    if (t->n > 0 && !rebuild(c))
        emit_raw(c);
    t->n = 0;
    t->text.len = 0;
    t->raw.len = 0;
}

/* "合 计 | 34.35 | 34.35 |": a web table's row copied with its cells on one
 * line, bars between them (and one before the first, "| a | b |"). A rule
 * of dashes ("|---|---|") is none. Returns the length without the spaces
 * after the last bar, or 0. */
static size_t bar_row(const char *s, size_t len, bool *open)
{
    while (len > 0 && (s[len - 1] == ' ' || s[len - 1] == '\t'))
        len--;
    if (len < 2)
        return 0;
    int bars = 0;
    bool rule = true;
    for (size_t i = 0; i < len; i++) {
        bars += s[i] == '|';
        rule = rule && strchr("|-: ", s[i]) != NULL;
    }
    /* "项目 | 预算数 | 决算数 | 执行率": no bar after the last cell, but bars
     * between three cells or more */
    *open = s[len - 1] != '|';
    return !rule && (*open ? bars >= 2 && s[0] != '|' : bars >= 2) ? len : 0;
}

/* The row's cells into t->row, parted by tabs. */
static void bar_cells(zp_cells *t, const char *s, size_t len)
{
    size_t a = 0;
    while (a < len && s[a] == ' ')
        a++;
    if (s[a] == '|')
        a++;
    t->row.len = 0;
    zp_buf_puts(&t->row, "");
    for (size_t i = a; i < len - 1;) {
        const char *bar = memchr(s + i, '|', len - 1 - i);
        size_t b = bar ? (size_t)(bar - s) : len - 1, e = b;
        while (i < e && s[i] == ' ')
            i++;
        while (e > i && s[e - 1] == ' ')
            e--;
        zp_buf_add(&t->row, s + i, e - i);
        if (bar)
            zp_buf_add(&t->row, "\t", 1);
        i = b + 1;
    }
}

static void add_cell(zp_cells *t, const char *s, size_t a, size_t b, const char *raw,
                     size_t raw_len, int number, int page)
{
    t->at[t->n] = t->text.len;
    t->len[t->n] = b - a;
    zp_buf_add(&t->text, s + a, b - a);
    t->raw_at[t->n] = t->raw.len;
    t->raw_len[t->n] = raw_len;
    zp_buf_add(&t->raw, raw, raw_len);
    t->number[t->n] = number;
    t->page[t->n] = page;
    t->n++;
}

static void feed_line(zp_checker *c, const zp_text_line *line)
{
    zp_cells *t = &c->cells;
    bool open = false;
    size_t bars = bar_row(line->text, line->len, &open);
    if (bars) {
        zp_ck_cells_flush(c);
        if (open) {
            /* the row as if it had its last bar */
            t->closed.len = 0;
            zp_buf_add(&t->closed, line->text, bars);
            zp_buf_add(&t->closed, " |", 2);
            bar_cells(t, t->closed.data, t->closed.len);
        } else {
            bar_cells(t, line->text, bars);
        }
        zp_text_line row = {t->row.data, t->row.len, line->number, line->page};
        zp_ck_joiner_feed(&c->joiner, &row);
        return;
    }
    if (!is_cell_line(line->text, line->len)) {
        zp_ck_cells_flush(c);
        zp_ck_joiner_feed(&c->joiner, line);
        return;
    }
    if (t->n == ZP_CELLS_MAX)
        zp_ck_cells_flush(c);
    /* The cell: without its bar and the spaces around it. */
    size_t a = 0, b = line->len;
    while (b > 0 && (line->text[b - 1] == ' ' || line->text[b - 1] == '\t'))
        b--;
    b--; /* the bar */
    while (b > a && (line->text[b - 1] == ' ' || line->text[b - 1] == '\t'))
        b--;
    while (a < b && (line->text[a] == ' ' || line->text[a] == '\t'))
        a++;
    add_cell(t, line->text, a, b, line->text, line->len, line->number, line->page);
}

static bool lone_bar(const char *s, size_t len)
{
    size_t a = 0;
    while (a < len && (s[a] == ' ' || s[a] == '\t'))
        a++;
    while (len > a && (s[len - 1] == ' ' || s[len - 1] == '\t'))
        len--;
    return len == a + 1 && s[a] == '|';
}

static void release(zp_checker *c)
{
    zp_cells *t = &c->cells;
    if (!t->holding)
        return;
    t->holding = false;
    zp_text_line held = {t->held.data ? t->held.data : "", t->held.len, t->held_number,
                         t->held_page};
    feed_line(c, &held);
}

void zp_ck_cells_feed(zp_checker *c, const zp_text_line *line)
{
    zp_cells *t = &c->cells;
    if (lone_bar(line->text, line->len)) {
        if (t->holding) {
            /* the line before was a cell's text: "合 计" then "|" */
            t->holding = false;
            if (t->n == ZP_CELLS_MAX)
                zp_ck_cells_flush(c);
            size_t a = 0, b = t->held.len;
            while (a < b && t->held.data[a] == ' ')
                a++;
            while (b > a && t->held.data[b - 1] == ' ')
                b--;
            add_cell(t, t->held.data, a, b, t->held.data, t->held.len, t->held_number,
                     t->held_page);
            return;
        }
        feed_line(c, line); /* an empty cell */
        return;
    }
    release(c);
    /* A short line without bars may be a cell whose bar comes next. */
    if (line->len <= ZP_CELL_MAX_LEN && !memchr(line->text, '|', line->len)) {
        t->held.len = 0;
        zp_buf_add(&t->held, line->text, line->len);
        t->held_number = line->number;
        t->held_page = line->page;
        t->holding = true;
        return;
    }
    feed_line(c, line);
}

void zp_ck_cells_end(zp_checker *c)
{
    release(c);
    zp_ck_cells_flush(c);
}
