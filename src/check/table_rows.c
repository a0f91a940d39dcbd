/*
 * Which rows of a table are parts of which (table.c reads the rows;
 * table_money.c and table_score.c sum them). Indents say it where a table
 * has them. Without them: a row followed by a "其中" row is that row's
 * whole; rows numbered alike (1、 2、 3、) or naming classes of one split
 * (基本支出, 项目支出) are siblings; else a row whose figure the rows right
 * after it make is their whole. Rows that count things (车辆数(辆), 接待
 * 批次(批)) are no money at all.
 */
#include <string.h>

#include "check/check_int.h"

bool zp_ck_row_of_which(const zp_trow *r)
{
    const char *s = r->name;
    while (*s == ' ')
        s++;
    return !strncmp(s, "其中", strlen("其中"));
}

/* The level of the marker the row's name starts with (1 一、 … 5 ①), 0. */
static int level_of(const zp_trow *r)
{
    size_t marker;
    return zp_ck_heading_level(r->name, strlen(r->name), &marker);
}

static int row_category(const zp_trow *r)
{
    return zp_ck_category_of(r->name, strlen(r->name));
}

/* Two rows that are parts of one whole, neither of the other. */
static bool siblings(const zp_trow *a, const zp_trow *b)
{
    int la = level_of(a), lb = level_of(b);
    if (la > 0 && la == lb)
        return true;
    return zp_ck_same_split(row_category(a), row_category(b));
}

bool zp_ck_row_counts(const zp_trow *r)
{
    static const char *const units[] = {"(辆)", "(批)", "(人)", "(人次)", "(次)", "(个)",
                                        "(台)", "(批次)", "(天)"};
    for (size_t k = 0; k < sizeof units / sizeof units[0]; k++)
        if (strstr(r->name, units[k]))
            return true;
    return false;
}

bool zp_ck_cell_interval(int col, zp_dec d, zp_interval *iv)
{
    zp_rat r;
    return col == ZT_WEIGHT ? zp_ck_weight_interval(d, iv) : zp_ck_cell_value(d, iv, &r);
}

/* A part's row's name past 其中 ("其中:(1)公务用车运行维护费"); the level
 * of its marker in *level, and the name past it. */
static const char *part_name(const zp_trow *r, int *level)
{
    const char *q = r->name;
    while (*q == ' ')
        q++;
    if (!strncmp(q, "其中", strlen("其中")))
        q += strlen("其中");
    while (*q == ':' || *q == ' ')
        q++;
    size_t marker;
    *level = zp_ck_heading_level(q, strlen(q), &marker);
    return *level > 0 ? q + marker : q;
}

static int part_level(const zp_trow *r)
{
    int level;
    part_name(r, &level);
    return level;
}

static int part_category(const zp_trow *r)
{
    int level;
    const char *q = part_name(r, &level);
    return zp_ck_category_of(q, strlen(q));
}

size_t zp_ck_of_which_end(const zp_table *t, size_t pi, bool *whole)
{
    const zp_trow *p = &t->rows[pi];
    int level = level_of(p);
    size_t end = pi + 2;
    /* Unnumbered, they are no more than the whole, in its first figure. */
    static const int money[] = {ZT_ACTUAL, ZT_BUDGET, ZT_THIS, ZT_LAST, ZT_BUDGET_INIT};
    int col = -1;
    for (size_t k = 0; k < sizeof money / sizeof money[0] && col < 0; k++)
        if (p->has[money[k]])
            col = money[k];
    zp_interval want, sum = zp_interval_point(zp_rat_of_int(0)), x;
    bool bounded = col >= 0 && zp_ck_cell_interval(col, p->col[col], &want);
    const zp_trow *first_part = &t->rows[pi + 1];
    /* "3.公务用车费 | 其中:(1)… | (2)…": all numbered below the whole */
    bool deeper = level > 0 && part_level(first_part) > level;
    if (bounded && (!first_part->has[col] || !zp_ck_cell_interval(col, first_part->col[col], &x) ||
                    !zp_interval_add(sum, x, &sum)))
        bounded = false;
    for (; end < t->nrows; end++) {
        const zp_trow *r = &t->rows[end];
        int own = level_of(r);
        if (r->total || r->subtotal || r->group || zp_ck_row_counts(r) ||
            (end + 1 < t->nrows && zp_ck_row_of_which(&t->rows[end + 1])))
            break;
        /* numbered below a numbered whole: its parts, up to its next
         * sibling; else, not numbered, while they are no sibling of the
         * whole's and do not make more than it */
        if (own > 0 && !(level > 0 && own > level))
            break;
        deeper = deeper && own > 0;
        if (own == 0 && siblings(p, r))
            break;
        if (bounded && r->has[col] && zp_ck_cell_interval(col, r->col[col], &x) &&
            (!zp_interval_add(sum, x, &sum) || zp_rat_cmp(sum.lo, want.hi) > 0))
            break;
    }
    /* Unnumbered rows may be any of the whole's parts: they make it only
     * when they are all of one split of it (运行维护费 and 购置费). */
    int cat = row_category(p), n = 0, first = -1;
    bool split = cat >= 0;
    for (size_t i = pi + 1; i < end && split; i++) {
        int k = part_category(&t->rows[i]);
        split = k >= 0 && zp_ck_categories[k].parent == cat &&
                (first < 0 || zp_ck_categories[k].split == zp_ck_categories[first].split);
        if (first < 0)
            first = k;
        n++;
    }
    split = split && n >= zp_ck_split_members(cat, zp_ck_categories[first].split);
    *whole = deeper || split;
    return end;
}

/* Is point within half a unit of want's rounding of it? Integer rows may
 * make an integer whole by their intervals alone ("个人所得税 36" over
 * 25 + 1 + 5 + 3 = 34, four intervals of ±0.5): their stated figures must
 * come nearer. */
static bool near(zp_rat point, zp_interval want)
{
    zp_rat w, half, lo, hi;
    return zp_rat_sub(want.hi, want.lo, &w) && zp_rat_div(w, zp_rat_of_int(2), &half) &&
           zp_rat_sub(want.lo, half, &lo) && zp_rat_add(want.hi, half, &hi) &&
           zp_rat_cmp(point, lo) >= 0 && zp_rat_cmp(point, hi) <= 0;
}

void zp_ck_table_parents(const zp_table *t, int col, bool *parent)
{
    /* Where rows are indented, a row's children are the rows indented
     * deeper right after it; sums alone can mislead (26.95 = 22.91 + 4.04
     * by chance). */
    bool indents = false;
    for (size_t i = 0; i < t->nrows; i++)
        indents |= t->rows[i].indent > 0;
    for (size_t i = 0; i < t->nrows; i++) {
        parent[i] = false;
        const zp_trow *r = &t->rows[i];
        if (indents) {
            /* the rows indented deeper right after it are its parts,
             * whether or not they add up (that is checked on its own) */
            const zp_trow *q = i + 1 < t->nrows ? &t->rows[i + 1] : NULL;
            parent[i] = !r->group && !r->total && q && !q->total && !q->subtotal && !q->group &&
                        q->indent > r->indent;
            continue;
        }
        /* The row before a 其中 row is its whole, whether or not the rows
         * add up ("公务用车购置及运行维护费 15 | 其中:运行维护费 15 | 购置费"). */
        if (!r->group && !r->total && i + 1 < t->nrows && zp_ck_row_of_which(&t->rows[i + 1])) {
            parent[i] = true;
            continue;
        }
        zp_interval want, sum = zp_interval_point(zp_rat_of_int(0));
        zp_rat point = zp_rat_of_int(0);
        if (r->group || r->total || !r->has[col] || zp_ck_row_counts(r) ||
            !zp_ck_cell_interval(col, r->col[col], &want))
            continue;
        int kids = 0;
        for (size_t j = i + 1; j < t->nrows; j++) {
            const zp_trow *q = &t->rows[j];
            zp_interval x;
            zp_rat xr;
            if (q->subtotal)
                break; /* a 小计 opens a group of its own */
            if (siblings(r, q))
                break; /* "1.公务接待费 8 | 2.… 5 | 3.… 3": none holds the others */
            if (zp_ck_row_of_which(q))
                continue; /* some of the row before, which is counted */
            if (q->empty)
                continue; /* "资源税 | | |": a kind listed with nothing in it */
            if (q->group || q->total || !q->has[col] || zp_ck_row_counts(q) ||
                !zp_ck_cell_interval(col, q->col[col], &x) || !zp_interval_add(sum, x, &sum) ||
                !zp_ck_cell_value(q->col[col], &x, &xr) || !zp_rat_add(point, xr, &point))
                break;
            kids++;
            if (kids >= 2 && zp_interval_overlaps(sum, want) && near(point, want)) {
                parent[i] = true;
                break;
            }
            if (zp_rat_cmp(sum.lo, want.hi) > 0)
                break;
        }
    }
}
