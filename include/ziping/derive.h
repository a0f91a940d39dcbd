/*
 * Derived figures: every number a report needs that is computed from the
 * data (execution rates, shares, year-on-year changes, control rates …).
 * Each is exact, rounded once (四舍五入) at its shown precision, and carries
 * the interval that the rounding of its inputs allows, which validation uses
 * to tell true errors from rounding.
 */
#ifndef ZIPING_DERIVE_H
#define ZIPING_DERIVE_H

#include "ziping/unit.h"

typedef enum zp_figure_kind {
    ZP_FIG_AMOUNT, /* money: value in 元, shown in the file's unit */
    ZP_FIG_RATE,   /* a percentage: value in percent (93.51 means 93.51%) */
    ZP_FIG_COUNT   /* people, vehicles */
} zp_figure_kind;

typedef struct zp_figure {
    const char *key;     /* stable name, also used by framework formulas:
                            "expenditure.basic.execution_rate" */
    const char *label;   /* Chinese label: "基本支出预算执行率" */
    const char *section; /* heading it is shown under: "收入", "支出" … */
    zp_figure_kind kind;
    bool defined;        /* false when it has no value (see why) */
    const char *why;     /* why undefined ("上年无此项支出"), or how it was
                            obtained when not stated ("由分项合计") */
    zp_rat value;        /* exact */
    zp_dec shown;        /* value rounded once, in `unit` */
    const char *unit;    /* "万元", "元", "%", "人" */
    bool has_range;      /* range is known */
    zp_interval range;   /* what the inputs' rounding allows, in value's units */
    zp_mark at;          /* where the data it comes from are */
    const zp_line *line; /* the line it belongs to, if any */
    int level;           /* 0 a total, 1 a line of a split, 2 a part of a line */
} zp_figure;

typedef struct zp_derived {
    struct zp_arena *arena;
    const zp_unit *unit;
    zp_figure **items; /* in report order; each pointer stays valid */
    size_t count, cap;
    int amount_exp;    /* unit amounts are shown in: 0 元, 4 万元 */
    int amount_places; /* decimals shown for amounts */
    int rate_places;   /* decimals shown for rates */
    /* An index of items by key (open addressing; internal to derive/):
     * a report looks up hundreds of figures. */
    int32_t *slots;
    size_t nslots;
} zp_derived;

/* Derive every figure of u. Never fails: figures whose data are missing are
 * simply absent, and undefined ones say why. */
zp_derived *zp_derive(const zp_unit *u);
void zp_derived_free(zp_derived *d);
const zp_figure *zp_derived_get(const zp_derived *d, const char *key);

/* The amounts of a line as the data give them or as they follow from other
 * data (a total from its parts, last year from this year and the change). */
typedef enum zp_line_field {
    ZP_BUDGET_INITIAL,
    ZP_BUDGET,
    ZP_FINAL,
    ZP_LAST_YEAR
} zp_line_field;
bool zp_line_amount(const zp_line *l, zp_line_field f, zp_amount *out);
/* The amount of a line the data give for f (present or not). */
const zp_amount *zp_line_given(const zp_line *l, zp_line_field f);
/* "年初预算数", "全年预算数", "决算数", "上年决算数" */
const char *zp_line_field_label(zp_line_field f);

/* The key the figures of a line start with: line i of split `split` of
 * an account ("expenditure.basic" for a line with a fixed key,
 * "expenditure.function.206" by code, "income.source.1" by position), or,
 * with split NULL, a part of the line `account` ("expenditure.personnel").
 * Written into buf (truncated to size). */
const char *zp_derive_line_key(const char *account, const char *split, const zp_line *l, size_t i,
                               char *buf, size_t size);

/* Whether key names a figure derive can give (for some data). */
bool zp_derive_key_known(const char *key);
/* The known key nearest to a mistyped one, if one is near. */
bool zp_derive_key_suggest(const char *key, char *out, size_t size);

#endif
