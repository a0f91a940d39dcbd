/* The derived-figure list and the figures every line of money has. */
#include <string.h>

#include "derive/figures.h"

static uint64_t key_hash(const char *k)
{
    uint64_t h = 1469598103934665603ULL; /* FNV-1a */
    for (const unsigned char *p = (const unsigned char *)k; *p; p++)
        h = (h ^ *p) * 1099511628211ULL;
    return h;
}

static void index_put(zp_derived *d, size_t item)
{
    size_t mask = d->nslots - 1;
    size_t k = (size_t)key_hash(d->items[item]->key) & mask;
    while (d->slots[k] >= 0)
        k = (k + 1) & mask;
    d->slots[k] = (int32_t)item;
}

/* Keep the index at most half full. */
static void index_grow(zp_derived *d)
{
    if ((d->count + 1) * 2 <= d->nslots)
        return;
    size_t n = d->nslots ? d->nslots * 2 : 256;
    d->slots = ZP_ARENA_NEW(d->arena, int32_t, n);
    d->nslots = n;
    for (size_t i = 0; i < n; i++)
        d->slots[i] = -1;
    for (size_t i = 0; i < d->count; i++)
        index_put(d, i);
}

const zp_figure *zp_derived_get(const zp_derived *d, const char *key)
{
    if (!d->nslots)
        return NULL;
    size_t mask = d->nslots - 1;
    for (size_t k = (size_t)key_hash(key) & mask; d->slots[k] >= 0; k = (k + 1) & mask) {
        const zp_figure *f = d->items[d->slots[k]];
        if (!strcmp(f->key, key))
            return f;
    }
    return NULL;
}

zp_figure *zp_fig_add(zp_derived *d, zp_figure_kind kind, const char *key, const char *label,
                      const char *section)
{
    if (d->count == d->cap) {
        size_t cap = d->cap ? d->cap * 2 : 64;
        zp_figure **items = ZP_ARENA_NEW(d->arena, zp_figure *, cap);
        if (d->count)
            memcpy(items, d->items, d->count * sizeof *items);
        d->items = items;
        d->cap = cap;
    }
    zp_figure *f = ZP_ARENA_NEW(d->arena, zp_figure, 1);
    f->kind = kind;
    f->key = zp_arena_strdup(d->arena, key);
    /* The first figure of a key is the one a lookup finds. */
    bool known = zp_derived_get(d, key) != NULL;
    index_grow(d);
    d->items[d->count++] = f;
    if (!known)
        index_put(d, d->count - 1);
    f->label = zp_arena_strdup(d->arena, label);
    f->section = zp_arena_strdup(d->arena, section);
    switch (kind) {
    case ZP_FIG_AMOUNT:
        f->unit = d->amount_exp == 4 ? "万元" : "元";
        break;
    case ZP_FIG_RATE:
        f->unit = "%";
        break;
    case ZP_FIG_COUNT:
        f->unit = "人";
        break;
    }
    return f;
}

void zp_fig_set(zp_derived *d, zp_figure *f, zp_rat value)
{
    f->value = value;
    zp_rat shown = value;
    int places = d->rate_places;
    if (f->kind == ZP_FIG_AMOUNT) {
        places = d->amount_places;
        if (d->amount_exp == 4 && !zp_rat_div(value, zp_rat_of_int(10000), &shown))
            return;
    } else if (f->kind == ZP_FIG_COUNT) {
        places = 0;
    }
    f->defined = zp_rat_round(shown, places, &f->shown);
}

void zp_fig_undefined(zp_figure *f, const char *why)
{
    f->defined = false;
    f->why = why;
}

void zp_fig_range(zp_figure *f, zp_interval range)
{
    f->has_range = true;
    f->range = range;
}

zp_rat zp_amount_yuan(const zp_amount *a)
{
    zp_rat r;
    if (!zp_rat_make(a->fen, 100, &r))
        r = zp_rat_of_int(0);
    return r;
}

zp_interval zp_amount_range(const zp_amount *a)
{
    /* [fen - width/2, fen + width/2] in 元. Amounts are bounded when loaded
     * (ZP_AMOUNT_MAX_FEN) but sums of many may be large: stay checked. */
    zp_rat mid, half;
    zp_interval r;
    if (zp_rat_make(a->fen, 100, &mid) && zp_rat_make(a->width, 200, &half) &&
        zp_rat_sub(mid, half, &r.lo) && zp_rat_add(mid, half, &r.hi))
        return r;
    return zp_interval_point(zp_amount_yuan(a));
}

static bool add_amounts(zp_amount *sum, const zp_amount *a)
{
    if (__builtin_add_overflow(sum->fen, a->fen, &sum->fen) ||
        __builtin_add_overflow(sum->width, a->width, &sum->width))
        return false;
    return true;
}

const zp_amount *zp_line_given(const zp_line *l, zp_line_field f)
{
    switch (f) {
    case ZP_BUDGET_INITIAL:
        return &l->budget_initial;
    case ZP_BUDGET:
        return &l->budget;
    case ZP_FINAL:
        return &l->final;
    case ZP_LAST_YEAR:
        break;
    }
    return &l->last_year;
}

bool zp_line_amount(const zp_line *l, zp_line_field f, zp_amount *out)
{
    const zp_amount *given = zp_line_given(l, f);
    if (given->present) {
        *out = *given;
        return true;
    }
    /* Last year follows from this year and the stated change. */
    zp_amount final;
    if (f == ZP_LAST_YEAR && l->change.present && zp_line_amount(l, ZP_FINAL, &final)) {
        zp_amount r = {true, 0, 0, l->change.at};
        if (__builtin_sub_overflow(final.fen, l->change.fen, &r.fen) ||
            __builtin_add_overflow(final.width, l->change.width, &r.width))
            return false;
        *out = r;
        return true;
    }
    /* A total follows from its parts when every part has the amount. */
    if (l->n_parts == 0)
        return false;
    zp_amount sum = {true, 0, 0, l->at};
    for (size_t i = 0; i < l->n_parts; i++) {
        zp_amount part;
        if (!zp_line_amount(&l->parts[i], f, &part) || !add_amounts(&sum, &part))
            return false;
    }
    *out = sum;
    return true;
}

const char *zp_line_field_label(zp_line_field f)
{
    switch (f) {
    case ZP_BUDGET_INITIAL:
        return "年初预算数";
    case ZP_BUDGET:
        return "全年预算数";
    case ZP_FINAL:
        return "决算数";
    case ZP_LAST_YEAR:
        return "上年决算数";
    }
    return "";
}

static const char *field_key(zp_line_field f)
{
    switch (f) {
    case ZP_BUDGET_INITIAL:
        return "budget_initial";
    case ZP_BUDGET:
        return "budget";
    case ZP_FINAL:
        return "final";
    case ZP_LAST_YEAR:
        return "last_year";
    }
    return "";
}

/* rate = a / b × 100, with the interval the inputs' rounding allows. */
static void set_ratio(zp_derived *d, zp_figure *f, zp_rat a, zp_interval ra, zp_rat b,
                      zp_interval rb)
{
    zp_rat v;
    if (!zp_rat_percent(a, b, &v))
        return;
    zp_fig_set(d, f, v);
    zp_interval q;
    if (zp_interval_div(ra, rb, &q) && zp_interval_scale(q, zp_rat_of_int(100), &q))
        zp_fig_range(f, q);
}

void zp_derive_line(zp_derived *d, const zp_line *l, const char *key, const char *label,
                    const char *section, const zp_line *total, int level)
{
    zp_amount t;
    bool has_total = total && zp_line_amount(total, ZP_FINAL, &t);
    zp_derive_line_of(d, l, NULL, key, label, section, total ? total->name : NULL,
                      has_total ? &t : NULL, level);
}

void zp_derive_line_of(zp_derived *d, const zp_line *l, const zp_amount *amounts,
                       const char *key, const char *label, const char *section,
                       const char *total_name, const zp_amount *total_final, int level)
{
    size_t first = d->count;
    zp_amount a[4];
    bool has[4];
    for (int f = ZP_BUDGET_INITIAL; f <= ZP_LAST_YEAR; f++) {
        if (amounts) {
            has[f] = amounts[f].present;
            a[f] = amounts[f];
        } else {
            has[f] = zp_line_amount(l, (zp_line_field)f, &a[f]);
        }
        if (!has[f])
            continue;
        char *k = zp_arena_printf(d->arena, "%s.%s", key, field_key((zp_line_field)f));
        char *lab = zp_arena_printf(d->arena, "%s%s", label, zp_line_field_label((zp_line_field)f));
        zp_figure *fig = zp_fig_add(d, ZP_FIG_AMOUNT, k, lab, section);
        fig->line = l;
        fig->at = a[f].at;
        const zp_amount *given = zp_line_given(l, (zp_line_field)f);
        if (!given->present)
            fig->why = f == ZP_LAST_YEAR && l->change.present ? "由决算数与比上年增减额推算"
                                                               : "由分项合计";
        else if (a[f].width < given->width)
            fig->why = "由分项合计（所给合计数的精度较低，分项合计在其舍入区间内）";
        zp_fig_set(d, fig, zp_amount_yuan(&a[f]));
        zp_fig_range(fig, zp_amount_range(&a[f]));
    }
    char *k, *lab;
    /* Execution rate: against the whole-year budget when there is one. */
    int base = has[ZP_BUDGET] ? ZP_BUDGET : has[ZP_BUDGET_INITIAL] ? ZP_BUDGET_INITIAL : -1;
    if (has[ZP_FINAL] && base >= 0) {
        k = zp_arena_printf(d->arena, "%s.execution_rate", key);
        lab = zp_arena_printf(d->arena, "%s预算执行率", label);
        zp_figure *f = zp_fig_add(d, ZP_FIG_RATE, k, lab, section);
        f->line = l;
        f->at = a[ZP_FINAL].at;
        f->why = base == ZP_BUDGET ? "决算数 ÷ 全年预算数" : "决算数 ÷ 年初预算数";
        if (a[base].fen == 0)
            zp_fig_undefined(f, "预算数为零，无执行率");
        else
            set_ratio(d, f, zp_amount_yuan(&a[ZP_FINAL]), zp_amount_range(&a[ZP_FINAL]),
                      zp_amount_yuan(&a[base]), zp_amount_range(&a[base]));
    }
    /* Adjustment rate: how far the whole-year budget moved from the initial one. */
    if (has[ZP_BUDGET] && has[ZP_BUDGET_INITIAL] && a[ZP_BUDGET_INITIAL].fen != 0) {
        k = zp_arena_printf(d->arena, "%s.adjustment_rate", key);
        lab = zp_arena_printf(d->arena, "%s预算调整率", label);
        zp_figure *f = zp_fig_add(d, ZP_FIG_RATE, k, lab, section);
        f->line = l;
        f->at = a[ZP_BUDGET].at;
        zp_rat diff;
        zp_interval rdiff;
        if (zp_rat_sub(zp_amount_yuan(&a[ZP_BUDGET]), zp_amount_yuan(&a[ZP_BUDGET_INITIAL]),
                       &diff) &&
            zp_interval_sub(zp_amount_range(&a[ZP_BUDGET]),
                            zp_amount_range(&a[ZP_BUDGET_INITIAL]), &rdiff))
            set_ratio(d, f, diff, rdiff, zp_amount_yuan(&a[ZP_BUDGET_INITIAL]),
                      zp_amount_range(&a[ZP_BUDGET_INITIAL]));
    }
    /* Change on last year: as stated, or this year less last year; its rate
     * is on last year's base. */
    bool can_change = has[ZP_FINAL] && has[ZP_LAST_YEAR];
    if (can_change || l->change.present) {
        zp_rat change;
        zp_interval rchange;
        if (l->change.present) {
            change = zp_amount_yuan(&l->change);
            rchange = zp_amount_range(&l->change);
        } else if (!zp_rat_sub(zp_amount_yuan(&a[ZP_FINAL]), zp_amount_yuan(&a[ZP_LAST_YEAR]),
                               &change) ||
                   !zp_interval_sub(zp_amount_range(&a[ZP_FINAL]),
                                    zp_amount_range(&a[ZP_LAST_YEAR]), &rchange)) {
            goto share;
        }
        k = zp_arena_printf(d->arena, "%s.change", key);
        lab = zp_arena_printf(d->arena, "%s比上年增减额", label);
        zp_mark at = l->change.present ? l->change.at : a[ZP_FINAL].at;
        zp_figure *f = zp_fig_add(d, ZP_FIG_AMOUNT, k, lab, section);
        f->line = l;
        f->at = at;
        zp_fig_set(d, f, change);
        zp_fig_range(f, rchange);
        if (!can_change)
            goto share;

        zp_rat cur = zp_amount_yuan(&a[ZP_FINAL]), last = zp_amount_yuan(&a[ZP_LAST_YEAR]);
        k = zp_arena_printf(d->arena, "%s.change_rate", key);
        lab = zp_arena_printf(d->arena, "%s比上年增减率", label);
        f = zp_fig_add(d, ZP_FIG_RATE, k, lab, section);
        f->line = l;
        f->at = at;
        f->why = "增减额 ÷ 上年决算数";
        /* Growth from nothing has no percentage (domain.md, "Wording"). */
        bool income = !strcmp(section, "收入");
        if (zp_rat_sign(last) == 0 && a[ZP_LAST_YEAR].width == 0)
            zp_fig_undefined(f, zp_rat_sign(cur) == 0 ? "上年与本年均为零"
                                : income             ? "上年无此项收入"
                                                     : "上年无此项支出");
        else
            set_ratio(d, f, change, rchange, last, zp_amount_range(&a[ZP_LAST_YEAR]));
    }
share:;
    /* Share of the account's total this year. */
    if (total_final && has[ZP_FINAL] && total_final->fen != 0) {
        const zp_amount t = *total_final;
        k = zp_arena_printf(d->arena, "%s.share", key);
        lab = zp_arena_printf(d->arena, "%s占%s比重", label, total_name ? total_name : "合计");
        zp_figure *f = zp_fig_add(d, ZP_FIG_RATE, k, lab, section);
        f->line = l;
        f->at = a[ZP_FINAL].at;
        f->why = "决算数 ÷ 合计";
        set_ratio(d, f, zp_amount_yuan(&a[ZP_FINAL]), zp_amount_range(&a[ZP_FINAL]),
                  zp_amount_yuan(&t), zp_amount_range(&t));
    }
    for (size_t i = first; i < d->count; i++)
        d->items[i]->level = level;
}
