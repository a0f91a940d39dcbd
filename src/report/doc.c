/* The report's document tree: blocks, spans, tables and charts. */
#include <stdarg.h>
#include <stdio.h>
#include <string.h>

#include <utf8proc.h>

#include "report/doc.h"

static void *grow(zp_arena *a, void *items, size_t count, size_t *cap, size_t size)
{
    if (count < *cap)
        return items;
    size_t ncap = *cap ? *cap * 2 : 16;
    void *n = zp_arena_alloc(a, ncap * size);
    if (count)
        memcpy(n, items, count * size);
    *cap = ncap;
    return n;
}

/* ---- numbering: 一、二、… of headings, 表1 and 图1 of captions ---- */

static const char *cn_ordinal(zp_report *r, int n)
{
    static const char *const digits[] = {"零", "一", "二", "三", "四", "五", "六", "七", "八", "九"};
    if (n <= 0 || n >= 100)
        return zp_arena_printf(r->arena, "%d", n);
    if (n < 10)
        return digits[n];
    return zp_arena_printf(r->arena, "%s十%s", n >= 20 ? digits[n / 10] : "",
                           n % 10 ? digits[n % 10] : "");
}

static const char *next_table_caption(zp_report *r, const char *title)
{
    return zp_arena_printf(r->arena, "表%d  %s", ++r->n_tables, title);
}

static const char *next_chart_caption(zp_report *r, const char *title)
{
    return zp_arena_printf(r->arena, "图%d  %s", ++r->n_charts, title);
}

/* ---- spans ---- */

void zp_para_init(zp_para *p, zp_report *r)
{
    memset(p, 0, sizeof *p);
    p->r = r;
}

static void add_span(zp_para *p, zp_doc_span_kind kind, const char *text, const char *source)
{
    if (!text || !*text)
        return;
    /* Words of ziping's own that follow words run on in one span. */
    if (kind == ZP_SPAN_TEXT && p->count && p->items[p->count - 1].kind == ZP_SPAN_TEXT) {
        zp_doc_span *last = &p->items[p->count - 1];
        last->text = zp_arena_printf(p->r->arena, "%s%s", last->text, text);
        return;
    }
    p->items = grow(p->r->arena, p->items, p->count, &p->cap, sizeof *p->items);
    zp_doc_span *s = &p->items[p->count++];
    s->kind = kind;
    s->text = zp_arena_strdup(p->r->arena, text);
    s->source = source ? zp_arena_strdup(p->r->arena, source) : NULL;
}

void zp_para_text(zp_para *p, const char *s)
{
    add_span(p, ZP_SPAN_TEXT, s, NULL);
}

void zp_para_textf(zp_para *p, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    char *s = zp_xvasprintf(fmt, ap);
    va_end(ap);
    add_span(p, ZP_SPAN_TEXT, s, NULL);
    free(s);
}

static bool wide(utf8proc_int32_t c)
{
    return (c >= 0x2E80 && c <= 0x9FFF) || (c >= 0xF900 && c <= 0xFAFF) ||
           (c >= 0xFE30 && c <= 0xFE4F) || (c >= 0xFF00 && c <= 0xFFEF) || c == 0x201C ||
           c == 0x201D || c == 0x2014;
}

/* The code point that ends at s[end) (end > 0), or -1. */
static utf8proc_int32_t before(const char *s, size_t end)
{
    size_t start = end;
    while (start > 0 && ((unsigned char)s[start - 1] & 0xC0) == 0x80)
        start--;
    if (start > 0)
        start--;
    utf8proc_int32_t c = -1;
    utf8proc_iterate((const utf8proc_uint8_t *)s + start, (utf8proc_ssize_t)(end - start), &c);
    return c;
}

/* The unit's text as written, less the spaces and line breaks that YAML's
 * line folding (or a PDF's) leaves between two Chinese characters, where
 * Chinese has none: "指导，\n紧紧" is "指导，紧紧". */
static char *unfold(zp_arena *a, const char *s)
{
    size_t n = strlen(s);
    char *out = zp_arena_alloc(a, n + 1);
    size_t o = 0;
    for (size_t i = 0; i < n;) {
        if (s[i] == ' ' || s[i] == '\n' || s[i] == '\r' || s[i] == '\t') {
            size_t j = i;
            while (j < n && (s[j] == ' ' || s[j] == '\n' || s[j] == '\r' || s[j] == '\t'))
                j++;
            utf8proc_int32_t next = -1;
            if (j < n)
                utf8proc_iterate((const utf8proc_uint8_t *)s + j, (utf8proc_ssize_t)(n - j), &next);
            bool drop = o > 0 && j < n && wide(before(out, o)) && wide(next);
            if (!drop && o > 0 && j < n)
                out[o++] = ' ';
            i = j;
            continue;
        }
        out[o++] = s[i++];
    }
    out[o] = '\0';
    return out;
}

void zp_para_verbatim(zp_para *p, const char *s)
{
    if (s)
        add_span(p, ZP_SPAN_VERBATIM, unfold(p->r->arena, s), NULL);
}

void zp_para_number(zp_para *p, const char *text)
{
    add_span(p, ZP_SPAN_NUMBER, text, NULL);
}

void zp_para_figure(zp_para *p, const char *text, const char *source)
{
    add_span(p, ZP_SPAN_FIGURE, text, source);
}

const char *zp_doc_line_key(zp_report *r, const char *account, const char *split,
                            const zp_line *l, size_t i)
{
    char buf[256];
    return zp_arena_strdup(r->arena, zp_derive_line_key(account, split, l, i, buf, sizeof buf));
}

const zp_figure *zp_doc_fig(const zp_report *r, const char *key)
{
    const zp_figure *f = zp_derived_get(r->derived, key);
    return f && f->defined ? f : NULL;
}

const char *zp_doc_figure_text(zp_report *r, const zp_figure *f, bool magnitude)
{
    char num[64];
    zp_dec d = f->shown;
    if (magnitude && d.units < 0)
        d.units = -d.units;
    zp_dec_format(d, f->kind == ZP_FIG_AMOUNT, num, sizeof num);
    if (f->kind == ZP_FIG_RATE)
        return zp_arena_printf(r->arena, "%s%%", num);
    return zp_arena_strdup(r->arena, num);
}

bool zp_para_derived(zp_para *p, const char *key)
{
    const zp_figure *f = zp_doc_fig(p->r, key);
    if (!f)
        return false;
    add_span(p, ZP_SPAN_FIGURE, zp_doc_figure_text(p->r, f, false), key);
    return true;
}

bool zp_para_amount(zp_para *p, const char *key)
{
    const zp_figure *f = zp_doc_fig(p->r, key);
    if (!zp_para_derived(p, key))
        return false;
    if (f->kind == ZP_FIG_AMOUNT || f->kind == ZP_FIG_COUNT)
        zp_para_text(p, f->unit);
    return true;
}

zp_doc_spans zp_para_take(zp_para *p)
{
    zp_doc_spans s = {p->items, p->count};
    p->items = NULL;
    p->count = p->cap = 0;
    return s;
}

bool zp_para_empty(const zp_para *p)
{
    return p->count == 0;
}

char *zp_doc_spans_text(const zp_doc_spans *s)
{
    zp_buf b;
    zp_buf_init(&b);
    zp_buf_puts(&b, "");
    for (size_t i = 0; i < s->count; i++)
        zp_buf_puts(&b, s->items[i].text);
    return zp_buf_take(&b);
}

/* ---- blocks ---- */

static zp_doc_block *add_block(zp_report *r, zp_doc_block_kind kind)
{
    r->blocks = grow(r->arena, r->blocks, r->n_blocks, &r->cap_blocks, sizeof *r->blocks);
    zp_doc_block *b = &r->blocks[r->n_blocks++];
    memset(b, 0, sizeof *b);
    b->kind = kind;
    return b;
}

void zp_doc_heading(zp_report *r, int level, const char *text)
{
    zp_para p;
    zp_para_init(&p, r);
    zp_para_text(&p, text);
    zp_doc_block *b = add_block(r, ZP_BLOCK_HEADING);
    b->level = level;
    b->content = zp_para_take(&p);
}

int zp_doc_section(zp_report *r, int n, const char *title)
{
    zp_doc_heading(r, 1, zp_arena_printf(r->arena, "%s、%s", cn_ordinal(r, n + 1), title));
    return n + 1;
}

void zp_doc_subheading(zp_report *r, int *k, const char *title)
{
    zp_doc_heading(r, 2, zp_arena_printf(r->arena, "（%s）%s", cn_ordinal(r, ++*k), title));
}

void zp_doc_heading_item(zp_report *r, int level, int number, const char *name)
{
    zp_para p;
    zp_para_init(&p, r);
    zp_para_number(&p, zp_arena_printf(r->arena, "%d．", number));
    zp_para_verbatim(&p, name);
    zp_doc_block *b = add_block(r, ZP_BLOCK_HEADING);
    b->level = level;
    b->content = zp_para_take(&p);
}

void zp_doc_paragraph(zp_report *r, zp_para *p)
{
    if (zp_para_empty(p))
        return;
    zp_doc_block *b = add_block(r, ZP_BLOCK_PARAGRAPH);
    b->content = zp_para_take(p);
}

void zp_doc_verbatim(zp_report *r, const char *text)
{
    zp_para p;
    zp_para_init(&p, r);
    zp_para_verbatim(&p, text);
    zp_doc_paragraph(r, &p);
}

/* ---- tables ---- */

void zp_tb_begin(zp_table_builder *b, zp_report *r, zp_doc_table_role role, size_t n_cols,
                 const char *caption, const char *unit_note)
{
    memset(b, 0, sizeof *b);
    b->r = r;
    b->t = ZP_ARENA_NEW(r->arena, zp_doc_table, 1);
    b->t->role = role;
    b->t->n_cols = n_cols;
    b->t->caption = caption ? next_table_caption(r, caption) : NULL;
    b->t->unit_note = unit_note ? zp_arena_strdup(r->arena, unit_note) : NULL;
    b->t->col_widths = ZP_ARENA_NEW(r->arena, int, n_cols);
    b->cover_until = ZP_ARENA_NEW(r->arena, size_t, n_cols);
    for (size_t i = 0; i < n_cols; i++)
        b->t->col_widths[i] = 1;
    b->row = (size_t)-1;
}

void zp_tb_widths(zp_table_builder *b, const int *widths)
{
    memcpy(b->t->col_widths, widths, b->t->n_cols * sizeof *widths);
}

static zp_doc_cell *cell_at(zp_table_builder *b, size_t row, size_t col)
{
    return &b->t->cells[row * b->t->n_cols + col];
}

/* Skip the cells of the current row that a span from above covers. */
static void skip_covered(zp_table_builder *b)
{
    while (b->col < b->t->n_cols && cell_at(b, b->row, b->col)->covered)
        b->col++;
}

void zp_tb_row(zp_table_builder *b, bool header)
{
    zp_doc_table *t = b->t;
    if (t->n_rows == b->cap_rows) {
        size_t cap = b->cap_rows ? b->cap_rows * 2 : 16;
        zp_doc_cell *cells = ZP_ARENA_NEW(b->r->arena, zp_doc_cell, cap * t->n_cols);
        if (t->n_rows)
            memcpy(cells, t->cells, t->n_rows * t->n_cols * sizeof *cells);
        t->cells = cells;
        b->cap_rows = cap;
    }
    b->row = t->n_rows++;
    b->col = 0;
    for (size_t c = 0; c < t->n_cols; c++) {
        zp_doc_cell *cell = cell_at(b, b->row, c);
        cell->colspan = cell->rowspan = 1;
        /* A cell above that spans down to here covers this one. */
        cell->covered = b->row < b->cover_until[c];
    }
    if (header)
        t->n_header_rows = t->n_rows;
    skip_covered(b);
}

static zp_doc_cell *next_cell(zp_table_builder *b, zp_para *p, zp_doc_align align)
{
    skip_covered(b);
    if (b->col >= b->t->n_cols) {
        /* More cells than columns is a builder's mistake: drop the text
         * rather than write past the row. */
        return ZP_ARENA_NEW(b->r->arena, zp_doc_cell, 1);
    }
    zp_doc_cell *c = cell_at(b, b->row, b->col++);
    c->content = zp_para_take(p);
    c->align = align;
    if (b->row < b->t->n_header_rows)
        c->align = ZP_ALIGN_CENTER;
    skip_covered(b);
    return c;
}

zp_doc_cell *zp_tb_text(zp_table_builder *b, const char *text)
{
    zp_para p;
    zp_para_init(&p, b->r);
    zp_para_text(&p, text);
    return next_cell(b, &p, ZP_ALIGN_LEFT);
}

zp_doc_cell *zp_tb_verbatim(zp_table_builder *b, const char *text)
{
    zp_para p;
    zp_para_init(&p, b->r);
    zp_para_verbatim(&p, text);
    return next_cell(b, &p, ZP_ALIGN_LEFT);
}

zp_doc_cell *zp_tb_figure(zp_table_builder *b, const char *text, const char *source)
{
    zp_para p;
    zp_para_init(&p, b->r);
    zp_para_figure(&p, text, source);
    return next_cell(b, &p, ZP_ALIGN_RIGHT);
}

zp_doc_cell *zp_tb_derived(zp_table_builder *b, const char *key)
{
    zp_para p;
    zp_para_init(&p, b->r);
    zp_para_derived(&p, key);
    return next_cell(b, &p, ZP_ALIGN_RIGHT);
}

zp_doc_cell *zp_tb_para(zp_table_builder *b, zp_para *p)
{
    return next_cell(b, p, ZP_ALIGN_LEFT);
}

void zp_tb_span(zp_table_builder *b, zp_doc_cell *c, int cols, int rows)
{
    c->colspan = cols;
    c->rowspan = rows;
    if (c < b->t->cells || c >= b->t->cells + b->t->n_rows * b->t->n_cols)
        return; /* a cell past the row's end, dropped */
    /* The columns it spans are covered in the rows below it. */
    size_t first = (size_t)(c - b->t->cells) % b->t->n_cols;
    for (size_t k = first; k < first + (size_t)cols && k < b->t->n_cols; k++)
        if (b->row + (size_t)rows > b->cover_until[k])
            b->cover_until[k] = b->row + (size_t)rows;
    /* Cover the rest of this row now; rows below are covered when added. */
    for (int k = 1; k < cols && b->col < b->t->n_cols; k++)
        cell_at(b, b->row, b->col++)->covered = true;
    skip_covered(b);
}

void zp_tb_bold_row(zp_table_builder *b)
{
    for (size_t c = 0; c < b->t->n_cols; c++)
        cell_at(b, b->row, c)->bold = true;
}

void zp_tb_note(zp_table_builder *b, const char *note)
{
    b->t->note = zp_arena_strdup(b->r->arena, note);
}

void zp_tb_end(zp_table_builder *b)
{
    /* A span may not reach past the last row. */
    zp_doc_table *t = b->t;
    for (size_t row = 0; row < t->n_rows; row++) {
        for (size_t c = 0; c < t->n_cols; c++) {
            zp_doc_cell *cell = cell_at(b, row, c);
            if (row + (size_t)cell->rowspan > t->n_rows)
                cell->rowspan = (int)(t->n_rows - row);
        }
    }
    zp_doc_block *blk = add_block(b->r, ZP_BLOCK_TABLE);
    blk->table = t;
}

/* ---- charts ---- */

zp_doc_chart *zp_doc_chart_new(zp_report *r, zp_doc_chart_kind kind, const char *caption,
                               const char *unit, size_t n_categories, size_t n_series)
{
    zp_doc_chart *ch = ZP_ARENA_NEW(r->arena, zp_doc_chart, 1);
    ch->kind = kind;
    ch->caption = next_chart_caption(r, caption);
    ch->unit = zp_arena_strdup(r->arena, unit);
    ch->n_categories = n_categories;
    ch->categories = ZP_ARENA_NEW(r->arena, const char *, n_categories);
    ch->n_series = n_series;
    ch->series = ZP_ARENA_NEW(r->arena, zp_doc_series, n_series);
    for (size_t s = 0; s < n_series; s++) {
        ch->series[s].values = ZP_ARENA_NEW(r->arena, zp_dec, n_categories);
        ch->series[s].texts = ZP_ARENA_NEW(r->arena, const char *, n_categories);
        ch->series[s].sources = ZP_ARENA_NEW(r->arena, const char *, n_categories);
        for (size_t c = 0; c < n_categories; c++)
            ch->series[s].texts[c] = "";
    }
    return ch;
}

bool zp_chart_set(zp_report *r, zp_doc_chart *ch, size_t s, size_t c, const char *key)
{
    const zp_figure *f = zp_doc_fig(r, key);
    if (!f)
        return false;
    ch->series[s].values[c] = f->shown;
    char num[64];
    zp_dec_format(f->shown, false, num, sizeof num);
    ch->series[s].texts[c] = zp_arena_strdup(r->arena, num);
    ch->series[s].sources[c] = zp_arena_strdup(r->arena, key);
    return true;
}

void zp_chart_set_value(zp_report *r, zp_doc_chart *ch, size_t s, size_t c, zp_rat v, int places,
                        const char *source)
{
    zp_dec d;
    if (!zp_rat_round(v, places, &d))
        return;
    ch->series[s].values[c] = d;
    char num[64];
    zp_dec_format(d, false, num, sizeof num);
    ch->series[s].texts[c] = zp_arena_strdup(r->arena, num);
    ch->series[s].sources[c] = zp_arena_strdup(r->arena, source);
}

/* The axis maximum: the smallest of 1, 2, 2.5, 5 × 10^k at or above the
 * largest value, so that gridlines fall on round numbers. */
static zp_dec round_up_axis(zp_dec max)
{
    static const int64_t steps[] = {10, 20, 25, 50};
    zp_rat m;
    if (max.units <= 0 || !zp_rat_of_dec(max, &m))
        return (zp_dec){0, 0};
    for (int exp = -4; exp <= 16; exp++) {
        for (size_t i = 0; i < 4; i++) {
            /* steps[i] / 10 × 10^exp */
            int64_t num = steps[i];
            int64_t den = 10;
            int scale = 0;
            for (int e = exp; e > 0; e--)
                num *= 10;
            for (int e = exp; e < 0; e++)
                den *= 10, scale++;
            zp_rat cand;
            if (!zp_rat_make(num, den, &cand))
                continue;
            if (zp_rat_cmp(cand, m) >= 0) {
                zp_dec d;
                if (zp_rat_round(cand, scale + 1, &d))
                    return d;
            }
        }
    }
    return max;
}

void zp_doc_chart_add(zp_report *r, zp_doc_chart *ch)
{
    zp_dec max = {0, 0};
    for (size_t s = 0; s < ch->n_series; s++) {
        for (size_t c = 0; c < ch->n_categories; c++) {
            if (zp_dec_cmp(ch->series[s].values[c], max) > 0)
                max = ch->series[s].values[c];
        }
    }
    ch->axis_max = ch->kind == ZP_CHART_SHARES ? (zp_dec){100, 0} : round_up_axis(max);
    zp_doc_block *b = add_block(r, ZP_BLOCK_CHART);
    b->chart = ch;
}

/* ---- the unit's own lists ---- */

/* Whether a line of the unit's starts with a number of its own ("1、",
 * "（一）", "一是", "①"). */
static bool numbered_already(const char *s)
{
    static const char *const marks[] = {"（", "(", "一", "二", "三", "四", "五", "六", "七",
                                        "八", "九", "十", "①", "②", "③", "第"};
    if (*s >= '0' && *s <= '9')
        return true;
    for (size_t i = 0; i < sizeof marks / sizeof marks[0]; i++) {
        size_t n = strlen(marks[i]);
        if (strncmp(s, marks[i], n))
            continue;
        /* "一是", "一、": a numeral is a number only when a mark follows */
        const char *next = s + n;
        if (i < 2 || i >= 12 || !strncmp(next, "是", 3) || !strncmp(next, "、", 3) ||
            !strncmp(next, "．", 3))
            return true;
    }
    return false;
}

void zp_doc_list(zp_report *r, const char *const *items, size_t n)
{
    bool number = n > 1;
    for (size_t i = 0; i < n && number; i++)
        number = !numbered_already(items[i]);
    for (size_t i = 0; i < n; i++) {
        zp_para p;
        zp_para_init(&p, r);
        if (number)
            zp_para_number(&p, zp_arena_printf(r->arena, "%zu．", i + 1));
        zp_para_verbatim(&p, items[i]);
        zp_doc_paragraph(r, &p);
    }
}

void zp_doc_lines(zp_report *r, const char *text)
{
    if (!text)
        return;
    size_t n = 0, cap = 0;
    const char **lines = NULL;
    for (const char *s = text; *s;) {
        const char *e = strchr(s, '\n');
        size_t len = e ? (size_t)(e - s) : strlen(s);
        /* Lines of nothing but spaces are no paragraphs. */
        size_t k = 0;
        while (k < len && (s[k] == ' ' || s[k] == '\t' || s[k] == '\r'))
            k++;
        if (k < len) {
            lines = grow(r->arena, lines, n, &cap, sizeof *lines);
            lines[n++] = zp_arena_strndup(r->arena, s + k, len - k);
        }
        s += len + (e != NULL);
    }
    zp_doc_list(r, lines, n);
}
