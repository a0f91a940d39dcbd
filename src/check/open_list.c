/*
 * A 其中 left open at a paragraph's end, its parts each opening a paragraph
 * of its own, as hard-wrapped text gives it:
 *
 *     2023 年本年一般公共预算基本支出 911000.39 元，其中：
 *     人员经费 809961.19 元，主要包括：基本工资、……、住房公积金。
 *     公用经费 71339.2 元，主要包括：办公费、……。
 *
 * The whole's category (its own, or the one its qualified name ends with,
 * 一般公共预算基本支出 being 基本支出's part one fund pays) must have a
 * complete split whose classes the paragraphs after name, one by one; the
 * parts are then its split, and must add up to it. Anything else after the
 * open 其中 (a heading, a table, another subject) closes it unchecked.
 */
#include <string.h>

#include "check/check_int.h"
#include "check/lexicon.h"

enum { MAX_PARAS = 4 };

static void close_list(zp_open_list *o)
{
    o->open = false;
}

/* The whole's category: its own, else the one its name ends with that has
 * a complete split. */
static int category_of_whole(const zp_frame *f)
{
    if (f->cat >= 0)
        return f->cat;
    size_t n = strlen(f->subject);
    int best = -1;
    size_t best_len = 0;
    for (int k = 0; k < zp_ck_ncategories; k++) {
        const char *name = zp_ck_categories[k].name;
        size_t m = strlen(name);
        if (m > best_len && m < n && !memcmp(f->subject + n - m, name, m)) {
            best = k;
            best_len = m;
        }
    }
    return best;
}

/* The split of category cat whose class k is, if it is complete. */
static int split_of_class(int cat, int k)
{
    if (k < 0 || zp_ck_categories[k].parent != cat)
        return -1;
    zp_split s = zp_ck_categories[k].split;
    return zp_ck_split_complete(s) ? (int)s : -1;
}

/* Every class of split s of cat that is not optional has been listed. */
static bool all_listed(const zp_open_list *o)
{
    for (int k = 0; k < zp_ck_ncategories; k++) {
        const zp_category *q = &zp_ck_categories[k];
        if (q->parent != o->cat || (int)q->split != o->split || q->optional)
            continue;
        bool seen = false;
        for (int i = 0; i < o->nparts && !seen; i++)
            seen = o->parts[i] == k;
        if (!seen)
            return false;
    }
    return true;
}

static void evaluate(zp_checker *c, zp_open_list *o)
{
    close_list(o);
    if (o->nparts < 2 || !all_listed(o) || zp_interval_overlaps(o->total.iv, o->sum.iv))
        return;
    /* The parts' own paragraph may have been checked against a whole
     * stated before it already. */
    for (size_t k = 0; k < c->found.count; k++)
        if (c->found.items[k].line >= o->line && c->found.items[k].line <= o->last_line &&
            !strcmp(c->found.items[k].check, "sum"))
            return;
    zp_finding *g = zp_ck_report_at(c, ZP_ERROR, "arithmetic", "sum", o->line, o->last_line, 0,
                                    o->page, o->quote,
                                    "the parts listed after 其中 do not add up to the total",
                                    "“其中”所列各项之和与总数不符");
    zp_ck_finding_stated(g, o->item.num.value, o->item.num.unit);
    zp_ck_finding_computed_as(g, o->sum.r, &o->sum.iv, 2, 3, &o->item.num);
    zp_ck_finding_note(g, "%s的各部分见第 %d 至 %d 行", zp_ck_categories[o->cat].name,
                       o->first_part_line, o->last_line);
}

/* Does the paragraph end with 其中 after its last figure ("…元，其中：")? */
static bool ends_open(const zp_checker *c)
{
    const zp_pctx *p = &c->p;
    if (p->nitems == 0)
        return false;
    size_t end = p->len, from = p->items[p->nitems - 1].num.end;
    while (end > from && (p->text[end - 1] == ' ' || p->text[end - 1] == ':'))
        end--;
    return end >= from + 6 && !memcmp(p->text + end - 6, "其中", 6);
}

static const zp_item *amount_of(const zp_checker *c, const zp_frame *f)
{
    static const int roles[] = {ZR_AMOUNT, ZR_ACTUAL, ZR_BUDGET, ZR_COUNT};
    for (size_t k = 0; k < sizeof roles / sizeof roles[0]; k++) {
        const zp_item *it = zp_ck_frame_item(c, f, roles[k]);
        if (it)
            return it;
    }
    return NULL;
}

/* Frame f as the list's next part: a class of the split (the first part
 * says which), with a figure of the whole's kind. */
static bool add_part(zp_checker *c, zp_open_list *o, const zp_frame *f)
{
    const zp_item *it = amount_of(c, f);
    int split = split_of_class(o->cat, f->cat);
    if (o->split < 0)
        o->split = split;
    if (split < 0 || split != o->split || !it || it->num.family != o->item.num.family ||
        o->nparts >= ZP_OPEN_PARTS)
        return false;
    for (int i = 0; i < o->nparts; i++)
        if (o->parts[i] == f->cat)
            return false; /* named twice: not one list */
    zp_val x;
    zp_ck_val_from_item(it, 0, &x);
    if (!x.ok || !zp_ck_val_add(&o->sum, &x))
        return false;
    o->sum.it = NULL; /* the paragraph's figures do not outlive it */
    int line, col, page;
    zp_ck_para_locate(c->p.para, it->num.start, &line, &col, &page);
    if (o->nparts == 0)
        o->first_part_line = line;
    o->last_line = line;
    o->parts[o->nparts++] = f->cat;
    return true;
}

/* The parts this paragraph names, from its first frame on. */
static void take_parts(zp_checker *c, zp_open_list *o)
{
    bool took = false;
    for (size_t i = 0; i < c->p.nframes && o->open; i++) {
        const zp_frame *f = &c->p.frames[i];
        if (f->parent >= 0)
            continue; /* a part's own parts */
        if (!add_part(c, o, f)) {
            /* "公务用车购置支出 0 万元，购置车辆 0 辆。": after its part, a
             * paragraph says more of it */
            if (took)
                continue;
            close_list(o); /* this paragraph does not go on with it */
            return;
        }
        took = true;
    }
    if (o->open && ++o->paras >= MAX_PARAS)
        close_list(o);
    if (o->open && all_listed(o))
        evaluate(c, o);
}

void zp_ck_open_list(zp_checker *c)
{
    zp_open_list *o = &c->open_list;
    if (o->open) {
        if (c->p.para->heading)
            close_list(o);
        else
            take_parts(c, o);
    }
    if (c->p.nframes == 0)
        return;
    /* The whole: the figure before a 其中 that ends the paragraph, or the
     * whole of a list whose last part ends it. */
    const zp_frame *whole = NULL, *last_frame = &c->p.frames[c->p.nframes - 1];
    if (ends_open(c)) {
        for (size_t i = 0; i < c->p.nframes && !whole; i++)
            for (int r = 0; r < ZR__N && !whole; r++)
                if (c->p.frames[i].slot[r] == (int)c->p.nitems - 1)
                    whole = &c->p.frames[i];
        if (whole && amount_of(c, whole) != &c->p.items[c->p.nitems - 1])
            whole = NULL;
    } else if (last_frame->parent >= 0) {
        whole = &c->p.frames[last_frame->parent];
    }
    const zp_item *it = whole ? amount_of(c, whole) : NULL;
    int cat = whole ? category_of_whole(whole) : -1;
    if (!it || cat < 0)
        return;
    memset(o, 0, sizeof *o);
    o->open = true;
    o->cat = cat;
    o->split = -1;
    o->item = *it;
    o->item.cached = 0;
    zp_val t;
    zp_ck_val_from_item(it, 0, &t);
    if (!t.ok) {
        close_list(o);
        return;
    }
    o->total = t;
    o->total.it = NULL;
    int col;
    zp_ck_para_locate(c->p.para, it->num.start, &o->line, &col, &o->page);
    zp_ck_copy_text(o->quote, sizeof o->quote, c->p.text, c->p.len);
    /* The parts listed here already. */
    int w = (int)(whole - c->p.frames);
    for (size_t i = (size_t)w + 1; i < c->p.nframes && o->open; i++) {
        const zp_frame *f = &c->p.frames[i];
        if (f->parent != w)
            continue;
        if (!add_part(c, o, f))
            close_list(o);
    }
    /* A list complete here was checked here. */
    if (o->open && o->nparts > 0 && all_listed(o))
        close_list(o);
}

void zp_ck_open_list_close(zp_checker *c)
{
    zp_open_list *o = &c->open_list;
    if (o->open && o->nparts >= 2)
        evaluate(c, o);
    close_list(o);
}
