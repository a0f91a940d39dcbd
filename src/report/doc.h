/*
 * Building the report's document tree (internal to report/): blocks,
 * paragraphs made of spans, tables and charts, all in the report's arena.
 * The section builders (sec_*.c) use only these and the derived figures.
 */
#ifndef ZP_REPORT_DOC_H
#define ZP_REPORT_DOC_H

#include "base/mem.h"
#include "ziping/report.h"

/* A paragraph, a heading or a cell being written. */
typedef struct zp_para {
    zp_report *r;
    zp_doc_span *items;
    size_t count, cap;
} zp_para;

void zp_para_init(zp_para *p, zp_report *r);
/* Words of ziping's own (no figures in them). */
void zp_para_text(zp_para *p, const char *s);
void zp_para_textf(zp_para *p, const char *fmt, ...) ZP_PRINTF(2, 3);
/* The unit's own words, as written. */
void zp_para_verbatim(zp_para *p, const char *s);
/* The number of an item in a list ("1．"). */
void zp_para_number(zp_para *p, const char *text);
/* A figure: its text as shown and where it comes from. */
void zp_para_figure(zp_para *p, const char *text, const char *source);
/* A derived figure by key, as shown (an amount without its unit, a rate
 * with its "%"); false, adding nothing, when it is absent or undefined. */
bool zp_para_derived(zp_para *p, const char *key);
/* The same, with the amount unit after an amount ("320.61万元"). */
bool zp_para_amount(zp_para *p, const char *key);
/* The spans written so far, moved into the arena; p is empty again. */
zp_doc_spans zp_para_take(zp_para *p);
bool zp_para_empty(const zp_para *p);

/* Blocks appended to the report. */
void zp_doc_heading(zp_report *r, int level, const char *text);
/* "二、title" (level 1) after n such headings; returns n + 1. */
int zp_doc_section(zp_report *r, int n, const char *title);
/* "（三）title" (level 2), the *k-th under its section; *k is counted up. */
void zp_doc_subheading(zp_report *r, int *k, const char *title);
/* "1．" and a name of the unit's: a heading of an item (a project). */
void zp_doc_heading_item(zp_report *r, int level, int number, const char *name);
/* Adds p as a paragraph (p is emptied); nothing when p is empty. */
void zp_doc_paragraph(zp_report *r, zp_para *p);
/* A paragraph of the unit's own words. */
void zp_doc_verbatim(zp_report *r, const char *text);

/* The unit's items, a paragraph each, numbered 1．2．… when there are
 * several that carry no numbers of their own. */
void zp_doc_list(zp_report *r, const char *const *items, size_t n);
/* The unit's text, a paragraph per line (as zp_doc_list). */
void zp_doc_lines(zp_report *r, const char *text);

/* A table being built: rows are added one at a time. */
typedef struct zp_table_builder {
    zp_report *r;
    zp_doc_table *t;
    size_t cap_rows;
    size_t row, col;     /* the next cell */
    size_t *cover_until; /* per column: the rows above it that span down cover it until this row */
} zp_table_builder;

void zp_tb_begin(zp_table_builder *b, zp_report *r, zp_doc_table_role role, size_t n_cols,
                 const char *caption, const char *unit_note);
void zp_tb_widths(zp_table_builder *b, const int *widths);
/* Start a row; header rows come first. */
void zp_tb_row(zp_table_builder *b, bool header);
/* Cells of the current row, left to right. */
zp_doc_cell *zp_tb_text(zp_table_builder *b, const char *text);
zp_doc_cell *zp_tb_verbatim(zp_table_builder *b, const char *text);
zp_doc_cell *zp_tb_figure(zp_table_builder *b, const char *text, const char *source);
/* A derived figure; an empty cell when it is absent or undefined. */
zp_doc_cell *zp_tb_derived(zp_table_builder *b, const char *key);
zp_doc_cell *zp_tb_para(zp_table_builder *b, zp_para *p);
/* Make the last cell span cols columns / rows rows (covered cells are
 * added, or marked when the rows below are written). */
void zp_tb_span(zp_table_builder *b, zp_doc_cell *c, int cols, int rows);
/* Bold every cell of the current row. */
void zp_tb_bold_row(zp_table_builder *b);
void zp_tb_note(zp_table_builder *b, const char *note);
/* Append the table to the report. */
void zp_tb_end(zp_table_builder *b);

/* A chart of n_categories categories and n_series series, to fill in. */
zp_doc_chart *zp_doc_chart_new(zp_report *r, zp_doc_chart_kind kind, const char *caption,
                               const char *unit, size_t n_categories, size_t n_series);
/* Set series s's value for category c from a derived figure; false when
 * it is absent (the value is then 0 and its text empty). */
bool zp_chart_set(zp_report *r, zp_doc_chart *ch, size_t s, size_t c, const char *key);
void zp_chart_set_value(zp_report *r, zp_doc_chart *ch, size_t s, size_t c, zp_rat v, int places,
                        const char *source);
/* Work out the axis maximum and append the chart to the report. */
void zp_doc_chart_add(zp_report *r, zp_doc_chart *ch);


/* A derived figure as the report shows it: an amount with thousands
 * separators ("1,106.25"), a rate with "%"; magnitude drops the sign (a
 * change is written 减少 109.60). */
const char *zp_doc_figure_text(zp_report *r, const zp_figure *f, bool magnitude);

/* The key a line's derived figures start with (zp_derive_line_key), in the
 * report's arena: split is the split's key, or NULL for a part of account. */
const char *zp_doc_line_key(zp_report *r, const char *account, const char *split,
                            const zp_line *l, size_t i);

/* The derived figure key, or NULL when absent or undefined. */
const zp_figure *zp_doc_fig(const zp_report *r, const char *key);

#endif
