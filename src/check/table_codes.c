/*
 * Tables by 科目编码, the statutory tables of a 决算 (收入决算表, 支出决算表,
 * 一般公共预算财政拨款支出决算表, 基本支出决算表 …): rows named by a class
 * code, 3 digits for a 类, 5 for a 款, 7 for a 项 (201, 20101, 2010101;
 * economic classes alike, 301, 30101), and a 合计 row. This file reads
 * their rows (code_sums.c checks them): the code in one cell or in the
 * template's 类, 款 and 项 columns, the header of one row or several,
 * panels side by side. An empty cell, or a dash, is a zero, as these
 * tables print it.
 *
 * A table that a PDF page break cuts goes on on the next page (the few
 * short lines and the header repeated between are skipped), so a 款 is not
 * summed over half its 项; a code seen again starts another table.
 */
#include <stdlib.h>
#include <string.h>

#include "check/check_int.h"
#include "check/lexicon.h"

/* Short paragraphs a page break may put inside a table (the page's
 * number and running title, the table's title and unit repeated). */
enum { PAGE_BREAK_LINES = 6 };

static void codes_reset(zp_codes *t)
{
    t->nrows = 0;
    t->have_header = false;
    t->nsignatures = 0;
    t->pending = 0;
    t->unit_exp = 99;
    t->npanels = 0;
}

static int cell_kind(const char *s, size_t a, size_t b, zp_dec *out)
{
    static const char *const zeros[] = {"-", "—", "——", "－", "/"};
    if (a >= b)
        return ZP_CELL_BLANK;
    for (size_t k = 0; k < sizeof zeros / sizeof zeros[0]; k++)
        if (strlen(zeros[k]) == b - a && !memcmp(s + a, zeros[k], b - a))
            return ZP_CELL_BLANK;
    if (s[b - 1] == '%')
        return ZP_CELL_PERCENT;
    return zp_dec_parse(s + a, b - a, out) == ZP_DEC_OK ? ZP_CELL_NUMBER : ZP_CELL_TEXT;
}

static bool all_digits(const char *s, size_t a, size_t b, size_t n)
{
    if (b - a != n)
        return false;
    for (size_t i = a; i < b; i++)
        if (s[i] < '0' || s[i] > '9')
            return false;
    return true;
}

/* The class code that starts the cell ("2010101 行政运行", "2010101"), or
 * the code a 决算 template writes in its 类, 款 and 项 columns, each part
 * apart ("201 03 01 行政运行" in one cell): put into code (3, 5 or 7
 * digits) with its length returned, *end set after it; 0 if none. */
static size_t cell_code(const char *s, size_t a, size_t b, char *code, size_t *end)
{
    size_t i = a, n = 0;
    while (i < b && s[i] >= '0' && s[i] <= '9')
        i++;
    n = i - a;
    if (n != 3 && n != 5 && n != 7)
        return 0;
    if (i < b && s[i] != ' ' && (unsigned char)s[i] < 0x80)
        return 0; /* 201.5: a figure */
    memcpy(code, s + a, n);
    /* 款 and 项 in the same cell, two digits each after a space. */
    while (n == 3 || n == 5) {
        size_t j = i;
        while (j < b && s[j] == ' ')
            j++;
        if (j == i || j + 2 > b || !all_digits(s, j, j + 2, 2) ||
            (j + 2 < b && s[j + 2] != ' ' && (unsigned char)s[j + 2] < 0x80))
            break;
        memcpy(code + n, s + j, 2);
        n += 2;
        i = j + 2;
    }
    code[n] = '\0';
    *end = i;
    return n;
}

typedef struct span {
    size_t a, b;
} span;

/* The row's class code, and the cell that holds the row's name (the code's
 * own cell when the name follows the code in it). A 决算 template's 类, 款
 * and 项 columns ("201 | 03 | 01 | 行政运行", a 类 row "201 | | | 一般公共服务
 * 支出") make one code when a name follows them. */
static size_t row_code(const char *s, const span *cells, int n, char *code, int *name_cell,
                       size_t *name_at)
{
    size_t end = cells[0].a;
    size_t clen = cell_code(s, cells[0].a, cells[0].b, code, &end);
    *name_cell = 0;
    *name_at = end;
    if (!clen || end < cells[0].b)
        return clen;
    int i = 1;
    if (clen == 3) {
        size_t k = clen;
        for (; i < 3 && i < n; i++) {
            span c = cells[i];
            if (c.a == c.b)
                continue;
            if (!all_digits(s, c.a, c.b, 2) || k != 3 + 2 * (size_t)(i - 1))
                break; /* not a part, or a 项 under no 款 */
            memcpy(code + k, s + c.a, 2);
            k += 2;
        }
        /* The parts count only before a name. */
        zp_dec d;
        if (i < n && i > 1 && cells[i].a < cells[i].b &&
            cell_kind(s, cells[i].a, cells[i].b, &d) == ZP_CELL_TEXT) {
            clen = k;
        } else {
            i = 1;
        }
        code[clen] = '\0';
    }
    zp_dec d;
    if (i < n - 1 && cell_kind(s, cells[i].a, cells[i].b, &d) == ZP_CELL_TEXT) {
        *name_cell = i;
        *name_at = cells[i].a;
    }
    return clen;
}

static int split_tabs(const char *s, size_t len, span *out, int max)
{
    int n = 0;
    size_t a = 0;
    for (size_t i = 0; i <= len && n < max; i++) {
        if (i < len && s[i] != '\t')
            continue;
        size_t x = a, y = i;
        while (x < y && s[x] == ' ')
            x++;
        while (y > x && s[y - 1] == ' ')
            y--;
        out[n++] = (span){x, y};
        a = i + 1;
    }
    return n;
}

static zp_crow *new_row(zp_codes *t)
{
    if (t->nrows == t->cap) {
        t->cap = t->cap ? t->cap * 2 : 64;
        t->rows = zp_xrealloc(t->rows, t->cap * sizeof *t->rows);
    }
    zp_crow *r = &t->rows[t->nrows++];
    memset(r, 0, sizeof *r);
    return r;
}

/* A header row's names, joined: to know it again when a page repeats it. */
static void header_signature(const char *s, const span *cells, int n, char *out, size_t size)
{
    size_t o = 0;
    out[0] = '\0';
    for (int i = 0; i < n && o + 1 < size; i++) {
        char key[32];
        zp_ck_key_of(s + cells[i].a, cells[i].b - cells[i].a, key, sizeof key);
        int w = snprintf(out + o, size - o, "%s|", key);
        if (w < 0)
            break;
        o += (size_t)w;
    }
}

/* A header row: names over the figures, kept from the right. Another
 * table's header ends the one before; the same header again (a page
 * repeating it) does not. */
static void take_header(zp_checker *c, const char *s, const span *cells, int n)
{
    zp_codes *t = &c->codes;
    int named = 0;
    for (int i = 0; i < n; i++)
        named += cells[i].b > cells[i].a;
    if (named < 2)
        return;
    char sig[sizeof t->signature[0]];
    header_signature(s, cells, n, sig, sizeof sig);
    if (t->nrows > 0) {
        for (int k = 0; k < t->nsignatures; k++)
            if (!strcmp(t->signature[k], sig))
                return;
        zp_ck_codes_end(c, true);
    }
    if (t->nsignatures < ZP_CODES_HEADERS)
        zp_str_copy(t->signature[t->nsignatures++], sizeof t->signature[0], sig);
    /* "科目编码 | 科目名称 | 决算数 | 科目编码 | 科目名称 | 决算数": panels. */
    char first[32];
    zp_ck_key_of(s + cells[0].a, cells[0].b - cells[0].a, first, sizeof first);
    int np = 1, starts[ZP_CODES_COLS] = {0};
    for (int j = 2; first[0] && j < n - 1 && np < ZP_CODES_COLS; j++) {
        char key[32];
        zp_ck_key_of(s + cells[j].a, cells[j].b - cells[j].a, key, sizeof key);
        if (!strcmp(key, first) && j - starts[np - 1] >= 2)
            starts[np++] = j;
    }
    if (np > 1) {
        t->npanels = np;
        t->panel_cells = n;
        memcpy(t->panel_start, starts, sizeof starts[0] * (size_t)np);
    }
    /* A header of several rows ("科目编码 | 科目名称 | 本年支出合计 …" over
     * "类 | 款 | 项 | | …"): a column keeps the name a row above gave it. */
    bool more = t->have_header && t->nrows == 0;
    t->have_header = true;
    /* The names kept are the rightmost ZP_CODES_COLS; a wider header is
     * that many cells, so no row of the table matches it cell by cell. */
    int kept = n < ZP_CODES_COLS ? n : ZP_CODES_COLS;
    if (!more || kept > t->header_cells)
        t->header_cells = kept;
    if (c->unit_note != 99)
        t->unit_exp = c->unit_note;
    for (int k = 0; k < n && k < ZP_CODES_COLS; k++) {
        span cl = cells[n - 1 - k];
        if (!more || cl.b > cl.a)
            zp_ck_key_of(s + cl.a, cl.b - cl.a, t->header[k], sizeof t->header[k]);
    }
}

static bool ends_with_total(const char *key)
{
    size_t n = strlen(key);
    return n >= 6 && (!memcmp(key + n - 6, "合计", 6) || !memcmp(key + n - 6, "总计", 6));
}

/* One table's row, or one panel's part of it: cells [0, n) of the row.
 * first and right are the cells of the row left and right of the panel;
 * panel is its number, 0 for a row of one panel. */
static void take_row(zp_checker *c, const zp_para *p, const span *cells, int n, int panel,
                     int first, int right)
{
    zp_codes *t = &c->codes;
    const char *s = p->text.data;
    size_t len = p->text.len;
    /* What names the row: a code, 合计, or neither (a header, 栏次). In
     * a panel, its own total ("人员经费合计") is a 合计. */
    char code[8] = "";
    int name_cell = 0;
    size_t name_at = cells[0].a;
    size_t clen = row_code(s, cells, n, code, &name_cell, &name_at);
    int first_value = clen ? name_cell + 1 : 1;
    bool total = false;
    if (!clen) {
        for (int i = 0; i < 2 && i < n - 1; i++) {
            char key[32];
            zp_ck_key_of(s + cells[i].a, cells[i].b - cells[i].a, key, sizeof key);
            if (!strcmp(key, "合计") || !strcmp(key, "总计") ||
                (panel > 0 || right > 0 ? ends_with_total(key) : false)) {
                total = true;
                first_value = i + 1;
                name_cell = i;
                name_at = cells[i].a;
            } else if (key[0]) {
                break;
            }
        }
    }
    bool any_number = false;
    zp_dec vals[ZP_CODES_COLS];
    unsigned char kinds[ZP_CODES_COLS];
    int nvals = 0;
    for (int i = n - 1; i >= first_value && nvals < ZP_CODES_COLS; i--, nvals++) {
        kinds[nvals] = (unsigned char)cell_kind(s, cells[i].a, cells[i].b, &vals[nvals]);
        if (kinds[nvals] == ZP_CELL_BLANK)
            vals[nvals] = (zp_dec){0, 0};
        any_number |= kinds[nvals] == ZP_CELL_NUMBER;
    }
    if (!clen && !total) {
        if (!any_number && first == 0 && right == 0)
            take_header(c, s, cells, n);
        return;
    }
    if (!any_number)
        return;
    if (t->nrows == 0 && t->unit_exp == 99)
        t->unit_exp = c->unit_note;
    t->pending = 0;
    if (t->nrows >= ZP_TABLE_MAX)
        return;
    /* A code seen already: another table under the same header. */
    for (size_t i = 0; clen && i < t->nrows; i++)
        if (!strcmp(t->rows[i].code, code)) {
            zp_codes keep = *t;
            zp_ck_codes_end(c, true);
            memcpy(t->header, keep.header, sizeof t->header);
            memcpy(t->signature, keep.signature, sizeof t->signature);
            t->have_header = keep.have_header;
            t->header_cells = keep.header_cells;
            t->nsignatures = keep.nsignatures;
            t->unit_exp = keep.unit_exp;
            t->npanels = keep.npanels;
            t->panel_cells = keep.panel_cells;
            memcpy(t->panel_start, keep.panel_start, sizeof t->panel_start);
            break;
        }
    zp_crow *r = new_row(t);
    memcpy(r->code, code, sizeof r->code);
    r->total = total;
    r->panel = panel;
    r->first_col = first;
    r->right = right;
    r->ncells = n;
    r->nvals = nvals;
    memcpy(r->val, vals, sizeof vals[0] * (size_t)nvals);
    memcpy(r->kind, kinds, (size_t)nvals);
    size_t na = name_at, nb = cells[name_cell].b;
    while (na < nb && s[na] == ' ')
        na++;
    zp_ck_copy_text(r->name, sizeof r->name, s + na, nb - na);
    if (!r->name[0])
        zp_str_copy(r->name, sizeof r->name, r->code);
    r->line = p->first_line;
    r->page = p->nsegs ? p->segs[0].page : 0;
    zp_ck_copy_text(r->quote, sizeof r->quote, s, len);
}


/* Where a row holds panels side by side (a 基本支出决算表: 人员经费 on the
 * left, 公用经费 on the right, each "科目编码 | 科目名称 | 决算数"): cell j
 * starts a panel when, after a figure or an empty cell, it is a code
 * followed by a name, or a total's name ("公用经费合计"). */
static bool starts_panel(const char *s, const span *cells, int n, int j)
{
    zp_dec d;
    int before = cell_kind(s, cells[j - 1].a, cells[j - 1].b, &d);
    if (before != ZP_CELL_NUMBER && before != ZP_CELL_BLANK)
        return false;
    char code[8];
    size_t end;
    if (cell_code(s, cells[j].a, cells[j].b, code, &end) && end == cells[j].b)
        return j + 1 < n && cells[j + 1].a < cells[j + 1].b &&
               cell_kind(s, cells[j + 1].a, cells[j + 1].b, &d) == ZP_CELL_TEXT;
    char key[32];
    zp_ck_key_of(s + cells[j].a, cells[j].b - cells[j].a, key, sizeof key);
    return ends_with_total(key);
}

void zp_ck_codes_row(zp_checker *c, const zp_para *p)
{
    const char *s = p->text.data;
    size_t len = p->text.len;
    if (!s || !memchr(s, '\t', len))
        return;
    span cells[ZP_CODES_COLS + 4];
    int n = split_tabs(s, len, cells, ZP_CODES_COLS + 4);
    if (n < 2 || n > ZP_CODES_COLS + 2)
        return;
    zp_codes *t = &c->codes;
    int starts[ZP_CODES_COLS], npanels = 1;
    starts[0] = 0;
    for (int j = 2; j < n - 1 && npanels < ZP_CODES_COLS; j++)
        if (j - starts[npanels - 1] >= 2 && starts_panel(s, cells, n, j))
            starts[npanels++] = j;
    /* The panels a row showed hold for the table's rows of its width, a
     * row whose right panel is empty included. */
    if (npanels > 1 && (t->npanels == 0 || t->panel_cells != n)) {
        t->npanels = npanels;
        t->panel_cells = n;
        memcpy(t->panel_start, starts, sizeof starts[0] * (size_t)npanels);
    } else if (npanels == 1 && t->npanels > 1 && t->panel_cells == n) {
        npanels = t->npanels;
        memcpy(starts, t->panel_start, sizeof starts[0] * (size_t)npanels);
    }
    for (int k = 0; k < npanels; k++) {
        int a = starts[k], b = k + 1 < npanels ? starts[k + 1] : n;
        if (b - a >= 2)
            take_row(c, p, cells + a, b - a, npanels > 1 ? k : 0, a, n - b);
    }
}

void zp_ck_codes_end(zp_checker *c, bool at_end)
{
    zp_codes *t = &c->codes;
    if (t->nrows > 0)
        zp_ck_codes_check(c, t, at_end);
    codes_reset(t);
}

void zp_ck_codes_other(zp_checker *c, const zp_para *p)
{
    zp_codes *t = &c->codes;
    if (t->nrows == 0) {
        if (!t->have_header)
            return;
        codes_reset(t); /* a header with no rows under it */
        return;
    }
    /* A page break inside the table (the page's running title, its number,
     * the table's title again): the table goes on after a few short lines;
     * a heading or a paragraph of prose ends it. */
    if (!p->heading && t->pending < PAGE_BREAK_LINES && p->text.len < 120) {
        t->pending++;
        return;
    }
    zp_ck_codes_end(c, true);
}

void zp_ck_codes_free(zp_codes *t)
{
    free(t->rows);
    t->rows = NULL;
    t->cap = 0;
}
