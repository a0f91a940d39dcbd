/* The parts of 收支情况 in files of their own (internal to report/). */
#ifndef ZP_REPORT_SECTIONS_MONEY_H
#define ZP_REPORT_SECTIONS_MONEY_H

#include "report/doc.h"

/* A row of a money table: a label and the line key its figures have. */
typedef struct zp_money_row {
    const char *label;
    const char *key; /* NULL: a group row spanning the table */
    int indent;      /* 0 a total, 1 a line, 2 a part */
} zp_money_row;

/* A column: its header and the field of the line it shows. */
typedef struct zp_money_col {
    const char *header;
    const char *field; /* "budget", "execution_rate", "share" … */
} zp_money_col;

/* A table of rows × columns, leaving out the columns no row has a figure
 * for; nothing at all when no row has any. */
void zp_money_table(zp_report *r, const char *caption, const zp_money_row *rows, size_t n_rows,
                    const zp_money_col *cols, size_t n_cols);

void zp_money_tables(zp_report *r);        /* 收支决算情况表, 支出结构表 */
void zp_money_charts(zp_report *r);        /* budget against final, structure */
void zp_three_public_section(zp_report *r); /* “三公”经费 */
void zp_assets_section(zp_report *r);       /* 资产 */

#endif
