/*
 * Plain-text tables for the terminal, aligned by display width (a Chinese
 * character takes two columns).
 */
#ifndef ZP_RENDER_TABLE_H
#define ZP_RENDER_TABLE_H

#include <stdbool.h>
#include <stddef.h>

#include "base/mem.h"

typedef struct zp_table zp_table;

zp_table *zp_table_new(size_t ncols);
void zp_table_free(zp_table *t);
/* Right-align a column (numbers). */
void zp_table_align_right(zp_table *t, size_t col);
/* Add a row; cells are copied; a NULL cell is empty. The first row added
 * is the header. */
void zp_table_row(zp_table *t, const char *const *cells);
/* Append the table to b: header, a rule, the rows. Columns that are empty
 * in every row (header aside) are left out. */
void zp_table_render(const zp_table *t, zp_buf *b);

/* Display width of UTF-8 text. */
size_t zp_display_width(const char *s);

#endif
