/*
 * The XLSX workbook (internal to render/): report_xlsx.c makes the workbook,
 * its formats and the file; xlsx_cells.c writes cells (and holds the only
 * doubles of the project); xlsx_score.c, xlsx_targets.c and xlsx_money.c
 * write one sheet each.
 */
#ifndef ZP_RENDER_XLSX_INT_H
#define ZP_RENDER_XLSX_INT_H

#include <stdbool.h>
#include <stddef.h>
#include <xlsxwriter.h>

#include "ziping/report.h"

/* Sheet names (the score sheet's is used in the targets sheet's links). */
#define ZP_XLSX_SCORE_SHEET "评分表"
#define ZP_XLSX_TARGETS_SHEET "绩效目标"
#define ZP_XLSX_MONEY_SHEET "收支情况"

/* Where the score sheet put a scored performance target, so that the
 * targets sheet can link to its cells. */
typedef struct zp_xlsx_tref {
    const zp_target *target;
    const zp_scored *node;
    lxw_row_t row;
} zp_xlsx_tref;

typedef struct zp_xlsx {
    lxw_workbook *wb;
    lxw_error err;  /* the first error, LXW_NO_ERROR while all is well */
    char what[160]; /* what was being written when it happened */

    lxw_format *title; /* the title row */
    lxw_format *sub;   /* a line under the title */
    lxw_format *head;  /* header cells: bold, centred, filled */
    lxw_format *group; /* a group row (a project's name) */
    lxw_format *note;  /* a note under a table: no border, wrapped */
    /* Body cells, [0] plain and [1] bold (parents, totals). */
    lxw_format *text[2];   /* left, wrapped */
    lxw_format *center[2]; /* centred, wrapped */
    lxw_format *num[2];    /* 0.00 */
    lxw_format *pct[2];    /* 0.00% */
    /* Figures of the money tables: [bold][percent][decimals]. */
    lxw_format *fig[2][2][ZP_DEC_MAX_SCALE + 1];

    /* The sheet being written: its column widths and the lines of wrapped
     * text each row needs (rows are made tall enough at the end, since not
     * every spreadsheet fits row heights to wrapped text when it opens a
     * file). */
    lxw_worksheet *ws;
    int col_width[64];
    unsigned short *row_lines;
    size_t n_row_lines;

    /* Filled in by the score sheet. */
    bool have_score_sheet;
    lxw_col_t weight_col, score_col;
    zp_xlsx_tref *trefs;
    size_t n_trefs, cap_trefs;
} zp_xlsx;

/* ---- report_xlsx.c ---- */

/* A new body cell format: 宋体 11pt, thin borders, vertically centred. */
lxw_format *zp_xlsx_body_format(zp_xlsx *x, bool bold);

/* ---- xlsx_cells.c ---- */

/* Record e (when it is an error and the first one) with what was written. */
bool zp_xlsx_ok(zp_xlsx *x, lxw_error e, const char *what);
/* A new sheet set up for printing: A4, one page wide, the header row
 * repeated on every page, a page-number footer. NULL (error recorded) on
 * failure. */
lxw_worksheet *zp_xlsx_sheet(zp_xlsx *x, const char *name, bool landscape);
void zp_xlsx_print_titles(zp_xlsx *x, lxw_worksheet *ws, lxw_row_t header_row);
/* Set the width of columns c0..c1 of the current sheet. */
void zp_xlsx_col(zp_xlsx *x, lxw_col_t c0, lxw_col_t c1, int width);
/* Give the current sheet's rows the heights their wrapped text needs; done
 * by zp_xlsx_sheet for the sheet before, and once at the end. */
void zp_xlsx_finish_sheet(zp_xlsx *x);
/* Text; NULL or "" writes a blank cell that still has fmt's borders. */
void zp_xlsx_str(zp_xlsx *x, lxw_worksheet *ws, lxw_row_t row, lxw_col_t col, const char *s,
                 lxw_format *fmt);
void zp_xlsx_blank(zp_xlsx *x, lxw_worksheet *ws, lxw_row_t row, lxw_col_t col, lxw_format *fmt);
/* Text over a range of cells (one cell: no merge). */
void zp_xlsx_merge(zp_xlsx *x, lxw_worksheet *ws, lxw_row_t r0, lxw_col_t c0, lxw_row_t r1,
                   lxw_col_t c1, const char *s, lxw_format *fmt);
/* Exact numbers as cell values. */
void zp_xlsx_num_rat(zp_xlsx *x, lxw_worksheet *ws, lxw_row_t row, lxw_col_t col, zp_rat v,
                     lxw_format *fmt);
void zp_xlsx_num_dec(zp_xlsx *x, lxw_worksheet *ws, lxw_row_t row, lxw_col_t col, zp_dec v,
                     lxw_format *fmt);
/* A live formula with the value it has now (what viewers that do not
 * recompute show). */
void zp_xlsx_formula_rat(zp_xlsx *x, lxw_worksheet *ws, lxw_row_t row, lxw_col_t col,
                         const char *formula, zp_rat cached, lxw_format *fmt);
void zp_xlsx_formula_str(zp_xlsx *x, lxw_worksheet *ws, lxw_row_t row, lxw_col_t col,
                         const char *formula, const char *cached, lxw_format *fmt);
/* "E12" */
void zp_xlsx_ref(char *buf, lxw_row_t row, lxw_col_t col);
/* A rational as the shortest exact decimal ("90", "89.5"), or rounded to 9
 * decimals when it has no exact one: for formulas. */
char *zp_xlsx_rat_text(zp_rat v, char *buf, size_t size);
/* s with '"' doubled, as an Excel string literal needs; malloc'd. */
char *zp_xlsx_quote(const char *s);

/* ---- the sheets ---- */

/* 评分表 from r->score (which must not be NULL). */
void zp_xlsx_score_sheet(zp_xlsx *x, const zp_report *r);
/* 绩效目标: the unit's and its projects' targets. */
bool zp_xlsx_has_targets(const zp_report *r);
void zp_xlsx_targets_sheet(zp_xlsx *x, const zp_report *r);
/* 收支情况: the report's money tables. */
bool zp_xlsx_has_money(const zp_report *r);
void zp_xlsx_money_sheet(zp_xlsx *x, const zp_report *r);

#endif
