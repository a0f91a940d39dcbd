/*
 * A PDF page's text lines, as MuPDF finds them, put back into the lines a
 * reader sees. MuPDF makes each table cell a line of its own (often a block
 * of its own), so a table of a 决算 comes out one cell per line with its
 * empty cells gone. Lines that stand side by side on the page (the same
 * height, apart) are one row: their cells are joined by tabs in the order
 * of the page, and a row short of cells gets its empty cells back from the
 * columns of the table's full rows. Everything else keeps MuPDF's order.
 */
#ifndef ZP_PDF_LAYOUT_H
#define ZP_PDF_LAYOUT_H

#include <stddef.h>

#include "base/mem.h"

typedef struct zp_pdf_line {
    float x0, y0, x1, y1; /* the line's box on the page, y growing downwards */
    size_t at, len;       /* its text in the page's text buffer */
    int block;            /* MuPDF's block, for the blank lines between them */
} zp_pdf_line;

/* Write the page's lines (text in `text`) to out, each ending in '\n', a
 * blank line between blocks but none between the rows of one table. */
void zp_pdf_layout(const zp_pdf_line *lines, size_t n, const char *text, zp_buf *out);

#endif
