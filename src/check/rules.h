/*
 * What the checks inside one frame share (rules.c, rules_change.c): a
 * figure ready for arithmetic, and the comparison of a stated figure with
 * the interval the others give.
 */
#ifndef ZP_CHECK_RULES_H
#define ZP_CHECK_RULES_H

#include "check/check_int.h"

/* A figure that can enter an equation: stated exactly, not "约" or "以上". */
typedef struct zp_fig {
    const zp_item *it;
    zp_interval iv;
    zp_rat r;
    zp_dec d; /* as stated, with the sign its word gives */
} zp_fig;

/* False for a missing item and for one stated as approximate or a bound. */
bool zp_ck_fig_get(const zp_item *it, zp_fig *out);
/* A change as a signed figure: the word says the direction ("减少 16.89"). */
bool zp_ck_fig_signed(const zp_item *it, int sign, zp_fig *out);
/* Where the first of two figures (either may be NULL) starts. */
size_t zp_ck_fig_first_at(const zp_fig *a, const zp_fig *b);
/* The figure as stated, without its sign. */
void zp_ck_fig_fmt(const zp_fig *f, char *buf, size_t size);
/* Stated against a computed interval: a finding when they cannot meet. */
zp_finding *zp_ck_fig_compare(zp_checker *c, const zp_fig *stated, zp_interval computed,
                              zp_rat point, size_t from, const char *check, const char *gloss,
                              const char *msg);

/* The change on last year of frame f: its amount and rate against this
 * year's and last year's figures, a zero base, the direction words. */
void zp_ck_rule_change(zp_checker *c, const zp_frame *f);

#endif
