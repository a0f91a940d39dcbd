/*
 * Rows out of a PDF page's lines (see pdf_layout.h). Lines are grouped by
 * where they stand: a line joins the group of an earlier one of about its
 * height whose middle is at its height and which no member overlaps
 * sideways. A group's members, left to right, make its cells; members
 * closer than a character apart are one cell that MuPDF cut. A group of one
 * cell is a line as before; a group of two or more is a table row.
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "extract/pdf_layout.h"

/* Groups are looked for among the last few only: a row's cells come
 * together, and a page of a few thousand lines stays linear. */
enum { LOOK_BACK = 256 };

typedef struct cell {
    float x0, x1;
    size_t first, count; /* members, in order[], left to right */
} cell;

typedef struct group {
    size_t first;          /* its first line in MuPDF's order */
    size_t members;        /* a list through next[] */
    size_t nmembers;
    size_t cell_at, ncells; /* in the page's cells[] */
    int run;               /* the table its row belongs to, or -1 */
} group;

typedef struct layout {
    const zp_pdf_line *lines;
    const char *text;
    size_t *next;  /* next member of the same group, or SIZE_MAX */
    size_t *order; /* the members of each group, left to right, group after group */
    group *groups;
    size_t ngroups;
    cell *cells;
    size_t ncells;
} layout;

static float height(const zp_pdf_line *l)
{
    return l->y1 - l->y0;
}

/* Does line i stand in the row of group g? */
static bool beside(const layout *lo, const group *g, size_t i)
{
    const zp_pdf_line *a = &lo->lines[g->first], *b = &lo->lines[i];
    float ha = height(a), hb = height(b);
    if (ha <= 0 || hb <= 0 || ha > hb * 1.6f || hb > ha * 1.6f)
        return false;
    float min_h = ha < hb ? ha : hb;
    float da = (a->y0 + a->y1) / 2 - (b->y0 + b->y1) / 2;
    if (da > 0.35f * min_h || da < -0.35f * min_h)
        return false;
    for (size_t m = g->members; m != SIZE_MAX; m = lo->next[m]) {
        const zp_pdf_line *c = &lo->lines[m];
        if (b->x0 < c->x1 && c->x0 < b->x1)
            return false;
    }
    return true;
}

static void group_lines(layout *lo, size_t n)
{
    for (size_t i = 0; i < n; i++) {
        lo->next[i] = SIZE_MAX;
        size_t stop = lo->ngroups > LOOK_BACK ? lo->ngroups - LOOK_BACK : 0;
        group *found = NULL;
        for (size_t g = lo->ngroups; g-- > stop;)
            if (beside(lo, &lo->groups[g], i)) {
                found = &lo->groups[g];
                break;
            }
        if (!found) {
            found = &lo->groups[lo->ngroups++];
            memset(found, 0, sizeof *found);
            found->first = i;
            found->members = SIZE_MAX;
            found->run = -1;
        }
        /* Members kept in order of x0 as they come. */
        size_t *at = &found->members;
        while (*at != SIZE_MAX && lo->lines[*at].x0 <= lo->lines[i].x0)
            at = &lo->next[*at];
        lo->next[i] = *at;
        *at = i;
        found->nmembers++;
    }
}

/* Cut each group's members into cells: a gap wider than most of a
 * character's height starts a new cell. */
static void make_cells(layout *lo)
{
    size_t o = 0;
    for (size_t g = 0; g < lo->ngroups; g++) {
        group *gr = &lo->groups[g];
        gr->cell_at = lo->ncells;
        for (size_t m = gr->members; m != SIZE_MAX; m = lo->next[m]) {
            const zp_pdf_line *l = &lo->lines[m];
            cell *last = gr->ncells ? &lo->cells[lo->ncells - 1] : NULL;
            if (last && l->x0 - last->x1 < 0.8f * height(l)) {
                last->count++;
                if (l->x1 > last->x1)
                    last->x1 = l->x1;
            } else {
                lo->cells[lo->ncells++] = (cell){l->x0, l->x1, o, 1};
                gr->ncells++;
            }
            lo->order[o++] = m;
        }
    }
}

/* Number the tables: runs of consecutive groups of two cells or more. */
static void find_runs(layout *lo)
{
    int run = -1;
    for (size_t g = 0; g < lo->ngroups; g++) {
        if (lo->groups[g].ncells < 2)
            continue;
        if (g == 0 || lo->groups[g - 1].ncells < 2)
            run++;
        lo->groups[g].run = run;
    }
}

static void put_line_text(zp_buf *out, const char *s, size_t len)
{
    for (size_t i = 0; i < len; i++)
        zp_buf_putc(out, s[i] == '\t' ? ' ' : s[i]);
}

static bool is_ascii_word(char c)
{
    return (c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
}

static void put_cell(const layout *lo, const cell *c, zp_buf *out)
{
    for (size_t k = 0; k < c->count; k++) {
        const zp_pdf_line *l = &lo->lines[lo->order[c->first + k]];
        /* A line MuPDF cut between two words of Latin script keeps a space. */
        if (k > 0 && l->len > 0 && out->len > 0 && is_ascii_word(out->data[out->len - 1]) &&
            is_ascii_word(lo->text[l->at]))
            zp_buf_putc(out, ' ');
        put_line_text(out, lo->text + l->at, l->len);
    }
}

/* The column of each cell of a short row: the column of the table's full
 * rows it overlaps most, or is nearest to; false when two cells would share
 * one or the order would change (the row is then written as it is). */
static bool place_cells(const layout *lo, const group *row, const float *col0, const float *col1,
                        size_t ncols, size_t *col_of)
{
    size_t prev = 0;
    for (size_t k = 0; k < row->ncells; k++) {
        const cell *c = &lo->cells[row->cell_at + k];
        size_t best = 0;
        float best_score = -1e30f;
        for (size_t j = 0; j < ncols; j++) {
            float lo_x = c->x0 > col0[j] ? c->x0 : col0[j];
            float hi_x = c->x1 < col1[j] ? c->x1 : col1[j];
            float overlap = hi_x - lo_x; /* negative: the distance between them */
            if (overlap > best_score) {
                best_score = overlap;
                best = j;
            }
        }
        if (k > 0 && best <= prev)
            return false;
        col_of[k] = prev = best;
    }
    return true;
}

/* Write the rows of table `run`, groups [from, to). */
static void put_table(const layout *lo, size_t from, size_t to, zp_buf *out)
{
    size_t ncols = 0;
    for (size_t g = from; g < to; g++)
        if (lo->groups[g].ncells > ncols)
            ncols = lo->groups[g].ncells;
    float *col0 = zp_xmalloc(ncols * sizeof *col0), *col1 = zp_xmalloc(ncols * sizeof *col1);
    size_t *col_of = zp_xmalloc(ncols * sizeof *col_of);
    bool any = false;
    for (size_t g = from; g < to; g++) {
        const group *row = &lo->groups[g];
        if (row->ncells != ncols)
            continue;
        for (size_t k = 0; k < ncols; k++) {
            const cell *c = &lo->cells[row->cell_at + k];
            if (!any || c->x0 < col0[k])
                col0[k] = c->x0;
            if (!any || c->x1 > col1[k])
                col1[k] = c->x1;
        }
        any = true;
    }
    for (size_t g = from; g < to; g++) {
        const group *row = &lo->groups[g];
        bool placed = row->ncells < ncols && place_cells(lo, row, col0, col1, ncols, col_of);
        size_t col = 0;
        for (size_t k = 0; k < row->ncells; k++) {
            size_t want = placed ? col_of[k] : k;
            do
                if (col++ > 0)
                    zp_buf_putc(out, '\t');
            while (col <= want);
            put_cell(lo, &lo->cells[row->cell_at + k], out);
        }
        for (; placed && col < ncols; col++)
            zp_buf_putc(out, '\t');
        zp_buf_putc(out, '\n');
    }
    free(col0);
    free(col1);
    free(col_of);
}

void zp_pdf_layout(const zp_pdf_line *lines, size_t n, const char *text, zp_buf *out)
{
    if (n == 0)
        return;
    layout lo = {.lines = lines, .text = text};
    lo.next = zp_xmalloc(n * sizeof *lo.next);
    lo.order = zp_xmalloc(n * sizeof *lo.order);
    lo.groups = zp_xmalloc(n * sizeof *lo.groups);
    lo.cells = zp_xmalloc(n * sizeof *lo.cells);
    group_lines(&lo, n);
    make_cells(&lo);
    find_runs(&lo);
    for (size_t g = 0; g < lo.ngroups;) {
        const group *gr = &lo.groups[g];
        if (g > 0 && lines[gr->first].block != lines[lo.groups[g - 1].first].block)
            zp_buf_putc(out, '\n');
        if (gr->run < 0) {
            put_cell(&lo, &lo.cells[gr->cell_at], out);
            zp_buf_putc(out, '\n');
            g++;
            continue;
        }
        size_t end = g;
        while (end < lo.ngroups && lo.groups[end].run == gr->run)
            end++;
        put_table(&lo, g, end, out);
        g = end;
    }
    free(lo.next);
    free(lo.order);
    free(lo.groups);
    free(lo.cells);
}
