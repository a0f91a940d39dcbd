/*
 * The self-evaluation report (部门整体支出绩效自评报告) as one document tree,
 * built from a unit-year, its derived figures and its scoring, and written
 * by small renderers: Markdown, HTML, DOCX and XLSX (cmark's shape: one tree,
 * many renderers).
 *
 * Every figure in the tree is a span that names where it comes from (a
 * derived figure's key, a score's path), so a test can hold each one against
 * `ziping derive` and `ziping score`; text the unit wrote is marked as such
 * and carried over as written.
 */
#ifndef ZIPING_REPORT_H
#define ZIPING_REPORT_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "ziping/derive.h"
#include "ziping/score.h"

/* Where a span's text comes from. */
typedef enum zp_doc_span_kind {
    ZP_SPAN_TEXT,    /* words ziping writes: no figures in it */
    ZP_SPAN_FIGURE,  /* a figure: `source` names it (see below) */
    ZP_SPAN_VERBATIM, /* the unit's own words, as written in the data file */
    ZP_SPAN_NUMBER    /* the number of an item in a list ("1．", "（二）") */
} zp_doc_span_kind;

/* A piece of a paragraph or of a table cell. For a figure, `source` is
 *   a derived figure's key             "income.execution_rate"
 *   "score:" and an indicator's path   "score:管理效率/预算执行"
 *     with ":weight", ":score" or ":rate" after it, or "score:total",
 *     "score:weight", "score:rate", "score:grade"
 *   "unit.year", or a count of the data ("staffing.authorized" is a derived
 *     key already; "unit.internal_bodies.count", "targets.count" …)
 * and `text` is the figure as shown ("320.61", "93.51%", "优"); the unit
 * ("万元") is a separate ZP_SPAN_TEXT span. */
typedef struct zp_doc_span {
    zp_doc_span_kind kind;
    const char *text;
    const char *source; /* for ZP_SPAN_FIGURE */
} zp_doc_span;

typedef struct zp_doc_spans {
    zp_doc_span *items;
    size_t count;
} zp_doc_spans;

typedef enum zp_doc_align {
    ZP_ALIGN_LEFT,
    ZP_ALIGN_CENTER,
    ZP_ALIGN_RIGHT /* figures */
} zp_doc_align;

typedef struct zp_doc_cell {
    zp_doc_spans content;
    int colspan; /* >= 1 */
    int rowspan; /* >= 1; the cells it covers below are `covered` */
    bool covered; /* part of a span that starts above or to the left: not drawn */
    bool bold;    /* a total row (合计) or a parent indicator */
    zp_doc_align align;
} zp_doc_cell;

/* What a table holds, for renderers that treat some tables specially (the
 * XLSX score sheet writes live formulas for the score table). */
typedef enum zp_doc_table_role {
    ZP_TABLE_PLAIN,
    ZP_TABLE_SCORE,   /* 部门整体自评情况总表 */
    ZP_TABLE_TARGETS, /* 绩效目标完成情况表 */
    ZP_TABLE_MONEY    /* 收支决算, 三公经费 */
} zp_doc_table_role;

typedef struct zp_doc_table {
    zp_doc_table_role role;
    const char *caption;   /* "表1  收支决算情况表" */
    const char *unit_note; /* "单位：万元", or NULL */
    size_t n_cols;
    size_t n_rows;
    size_t n_header_rows; /* the first rows; repeated on every page */
    zp_doc_cell *cells;       /* n_rows × n_cols, row-major */
    int *col_widths;      /* relative widths, n_cols of them */
    const char *note;     /* a line under the table, or NULL */
} zp_doc_table;

typedef enum zp_doc_chart_kind {
    ZP_CHART_BARS,  /* vertical bars: each category, one bar per series */
    ZP_CHART_HBARS, /* horizontal bars: one series, a bar per category */
    ZP_CHART_SHARES /* one series of parts of a whole, as a 100% bar or pie */
} zp_doc_chart_kind;

typedef struct zp_doc_series {
    const char *name;   /* "预算数", "决算数" */
    zp_dec *values;     /* one per category, as shown (rounded once) */
    const char **texts; /* the same values as labels ("320.61") */
    const char **sources; /* where each value comes from (as zp_doc_span.source) */
} zp_doc_series;

typedef struct zp_doc_chart {
    zp_doc_chart_kind kind;
    const char *caption;   /* "图1  收支预算与决算" */
    const char *unit;      /* "万元", "%" */
    size_t n_categories;
    const char **categories;
    size_t n_series;
    zp_doc_series *series;
    zp_dec axis_max;       /* a round value at or above every value (0: none) */
} zp_doc_chart;

typedef enum zp_doc_block_kind {
    ZP_BLOCK_HEADING,   /* level 1 一、, 2 （一）, 3 1. ; the number is in the text */
    ZP_BLOCK_PARAGRAPH,
    ZP_BLOCK_TABLE,
    ZP_BLOCK_CHART
} zp_doc_block_kind;

typedef struct zp_doc_block {
    zp_doc_block_kind kind;
    int level;          /* headings */
    zp_doc_spans content;   /* headings and paragraphs */
    const zp_doc_table *table;
    const zp_doc_chart *chart;
} zp_doc_block;

typedef struct zp_report {
    struct zp_arena *arena; /* owns the tree */
    const zp_unit *unit;
    const zp_derived *derived;
    const zp_score_result *score; /* NULL when the file names no framework */
    const char *title;    /* "韶关市科学技术协会2023年度部门整体支出绩效自评报告" */
    const char *author;   /* the unit's name, for the document's properties */
    zp_doc_block *blocks;
    size_t n_blocks, cap_blocks;
    int n_tables, n_charts; /* numbering of 表 and 图 */
} zp_report;

/* Build the report of u. d and s are the unit's derived figures and scoring
 * (s may be NULL); they must outlive the report. Never fails: parts of the
 * data that are missing leave their sections out. */
zp_report *zp_report_build(const zp_unit *u, const zp_derived *d, const zp_score_result *s);
void zp_report_free(zp_report *r);

/* A span's or a cell's text, all spans joined; malloc'd. */
char *zp_doc_spans_text(const zp_doc_spans *s);

typedef enum zp_report_format {
    ZP_REPORT_MD,
    ZP_REPORT_HTML,
    ZP_REPORT_DOCX,
    ZP_REPORT_XLSX,
    ZP_REPORT_FIGURES /* where each figure of the Markdown is and what it is (JSON) */
} zp_report_format;

/* "md", "html", "docx", "xlsx"; false if name is none of them. */
bool zp_report_format_parse(const char *name, zp_report_format *out);
const char *zp_report_format_ext(zp_report_format f);

/* Bytes a renderer made; free with free(). */
typedef struct zp_bytes {
    uint8_t *data;
    size_t len;
} zp_bytes;

/* How a DOCX shows the report's charts. */
typedef enum zp_docx_charts {
    /* Word charts (DrawingML, word/charts/): vector in print, editable in
     * Word and WPS, drawn by LibreOffice; cost nothing to make. The default. */
    ZP_DOCX_CHARTS_NATIVE,
    /* PNG pictures of the SVG charts (word/media/), drawn by librsvg, which
     * is loaded when first needed: the same in every reader, not editable,
     * some milliseconds a chart. */
    ZP_DOCX_CHARTS_PICTURE
} zp_docx_charts;

/* Options of a rendering; all zero is the default. */
typedef struct zp_render_options {
    zp_docx_charts docx_charts;
} zp_render_options;

/* Render r (options NULL: the defaults). The output depends on r alone (and SOURCE_DATE_EPOCH, for the
 * dates DOCX and XLSX store; without it they store none, or 1980-01-01
 * where the format needs one), so the same input gives the same bytes.
 * False, with a fatal finding, only when a library fails. */
bool zp_report_render(const zp_report *r, zp_report_format f, const zp_render_options *options,
                      zp_bytes *out, zp_diags *diags);
char *zp_render_report_md(const zp_report *r);
/* Every figure of the Markdown rendering: {"figures": [{"line", "byte",
 * "text", "source"}]}, line 1-based and byte 0-based within the line, so
 * that a reviewer (or a test) can follow each number to its derivation. */
char *zp_render_report_figures(const zp_report *r);
char *zp_render_report_html(const zp_report *r);
bool zp_render_report_docx(const zp_report *r, zp_docx_charts charts, zp_bytes *out,
                           zp_diags *diags);
bool zp_render_report_xlsx(const zp_report *r, zp_bytes *out, zp_diags *diags);

/* Write data to path so that a reader never sees half a file: into a
 * temporary file beside it, then renamed over it. On failure nothing is left
 * behind and a fatal finding names the path and the reason. */
bool zp_write_file_atomic(const char *path, const void *data, size_t len, zp_diags *diags);

/* SOURCE_DATE_EPOCH, when set to a valid time: true and *out. */
bool zp_source_date_epoch(int64_t *out);

#endif
