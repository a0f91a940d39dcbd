/* Building the list of derived figures (internal to derive/). */
#ifndef ZP_DERIVE_FIGURES_H
#define ZP_DERIVE_FIGURES_H

#include "base/mem.h"
#include "ziping/derive.h"

/* Append a figure; key, label, section are copied. */
zp_figure *zp_fig_add(zp_derived *d, zp_figure_kind kind, const char *key, const char *label,
                      const char *section);
/* Set the value (and shown decimal); false leaves the figure undefined. */
void zp_fig_set(zp_derived *d, zp_figure *f, zp_rat value);
void zp_fig_undefined(zp_figure *f, const char *why);
void zp_fig_range(zp_figure *f, zp_interval range);

/* An amount's value in 元 and the interval its rounding allows. */
zp_rat zp_amount_yuan(const zp_amount *a);
zp_interval zp_amount_range(const zp_amount *a);

/* Figures for one line: its amounts, execution and adjustment rates,
 * change on last year, and share of `total` (if total is not NULL). */
void zp_derive_line(zp_derived *d, const zp_line *l, const char *key, const char *label,
                    const char *section, const zp_line *total, int level);
/* The same with the line's four amounts given (budget_initial, budget,
 * final, last_year; NULL: from the line) and the total's final amount for
 * shares (NULL: no shares). */
void zp_derive_line_of(zp_derived *d, const zp_line *l, const zp_amount *amounts,
                       const char *key, const char *label, const char *section,
                       const char *total_name, const zp_amount *total_final, int level);

#endif
