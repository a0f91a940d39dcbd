#include <string.h>
#include <utf8proc.h>

#include "render/table.h"

struct zp_table {
    size_t ncols;
    bool *right;
    char **cells; /* rows × ncols */
    size_t rows, cap;
};

size_t zp_display_width(const char *s)
{
    size_t width = 0;
    const utf8proc_uint8_t *p = (const utf8proc_uint8_t *)s;
    utf8proc_ssize_t left = (utf8proc_ssize_t)strlen(s);
    while (left > 0) {
        utf8proc_int32_t c;
        utf8proc_ssize_t n = utf8proc_iterate(p, left, &c);
        if (n <= 0) { /* invalid byte: count it as one column */
            n = 1;
            c = '?';
        }
        int w = utf8proc_charwidth(c);
        width += w > 0 ? (size_t)w : 0;
        p += n;
        left -= n;
    }
    return width;
}

zp_table *zp_table_new(size_t ncols)
{
    zp_table *t = zp_xcalloc(1, sizeof *t);
    t->ncols = ncols;
    t->right = zp_xcalloc(ncols, sizeof *t->right);
    return t;
}

void zp_table_free(zp_table *t)
{
    if (!t)
        return;
    for (size_t i = 0; i < t->rows * t->ncols; i++)
        free(t->cells[i]);
    free(t->cells);
    free(t->right);
    free(t);
}

void zp_table_align_right(zp_table *t, size_t col)
{
    if (col < t->ncols)
        t->right[col] = true;
}

void zp_table_row(zp_table *t, const char *const *cells)
{
    if (t->rows == t->cap) {
        t->cap = t->cap ? t->cap * 2 : 16;
        t->cells = zp_xrealloc(t->cells, t->cap * t->ncols * sizeof *t->cells);
    }
    for (size_t c = 0; c < t->ncols; c++)
        t->cells[t->rows * t->ncols + c] = zp_xstrdup(cells[c] ? cells[c] : "");
    t->rows++;
}

void zp_table_render(const zp_table *t, zp_buf *b)
{
    if (t->rows == 0)
        return;
    size_t *width = zp_xcalloc(t->ncols, sizeof *width);
    bool *used = zp_xcalloc(t->ncols, sizeof *used);
    for (size_t r = 0; r < t->rows; r++) {
        for (size_t c = 0; c < t->ncols; c++) {
            const char *s = t->cells[r * t->ncols + c];
            size_t w = zp_display_width(s);
            if (w > width[c])
                width[c] = w;
            if (r > 0 && *s)
                used[c] = true;
        }
    }
    used[0] = true;
    size_t total = 0;
    for (size_t r = 0; r < t->rows; r++) {
        bool first = true;
        zp_buf line;
        zp_buf_init(&line);
        for (size_t c = 0; c < t->ncols; c++) {
            if (!used[c])
                continue;
            const char *s = t->cells[r * t->ncols + c];
            size_t pad = width[c] - zp_display_width(s);
            if (!first)
                zp_buf_puts(&line, "  ");
            if (t->right[c])
                zp_buf_repeat(&line, " ", pad);
            zp_buf_puts(&line, s);
            if (!t->right[c])
                zp_buf_repeat(&line, " ", pad);
            first = false;
        }
        /* no trailing blanks */
        while (line.len && line.data[line.len - 1] == ' ')
            line.data[--line.len] = '\0';
        zp_buf_puts(b, line.data ? line.data : "");
        zp_buf_putc(b, '\n');
        if (r == 0) {
            total = 0;
            for (size_t c = 0; c < t->ncols; c++)
                total += used[c] ? width[c] + (total ? 2 : 0) : 0;
            zp_buf_repeat(b, "-", total);
            zp_buf_putc(b, '\n');
        }
        zp_buf_free(&line);
    }
    free(width);
    free(used);
}
