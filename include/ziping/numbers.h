/*
 * Exact numbers. Money is integer 分; rates, shares and scores are exact
 * rationals, rounded once (四舍五入, half away from zero) where they are shown.
 * Nothing here uses float or double.
 */
#ifndef ZIPING_NUMBERS_H
#define ZIPING_NUMBERS_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

/* An exact rational num/den: den > 0, reduced, num never INT64_MIN.
 * Operations return false on overflow instead of wrapping. */
typedef struct zp_rat {
    int64_t num;
    int64_t den;
} zp_rat;

/* A decimal as written: units × 10^-scale ("98.81" is {9881, 2}). The scale
 * says how precisely it was stated, so "299.8" and "299.80" differ. */
typedef struct zp_dec {
    int64_t units;
    int scale;
} zp_dec;

#define ZP_DEC_MAX_SCALE 9

/* A closed interval of rationals: a stated figure stands for every value that
 * rounds to it, and a claim is wrong only if no values in its intervals make
 * it true (domain.md, "A stated number is an interval"). */
typedef struct zp_interval {
    zp_rat lo;
    zp_rat hi;
} zp_interval;

zp_rat zp_rat_of_int(int64_t v);
bool zp_rat_make(int64_t num, int64_t den, zp_rat *out);
bool zp_rat_of_dec(zp_dec d, zp_rat *out);
bool zp_rat_add(zp_rat a, zp_rat b, zp_rat *out);
bool zp_rat_sub(zp_rat a, zp_rat b, zp_rat *out);
bool zp_rat_mul(zp_rat a, zp_rat b, zp_rat *out);
bool zp_rat_div(zp_rat a, zp_rat b, zp_rat *out); /* false also when b == 0 */
zp_rat zp_rat_neg(zp_rat a);
zp_rat zp_rat_abs(zp_rat a);
int zp_rat_cmp(zp_rat a, zp_rat b);
int zp_rat_sign(zp_rat a);
/* part / whole × 100; false when whole is zero or on overflow. */
bool zp_rat_percent(zp_rat part, zp_rat whole, zp_rat *out);
/* Round half away from zero to `places` decimals (0..ZP_DEC_MAX_SCALE). */
bool zp_rat_round(zp_rat r, int places, zp_dec *out);
/* Round toward -infinity / +infinity (to print an interval outward). */
bool zp_rat_floor(zp_rat r, int places, zp_dec *out);
bool zp_rat_ceil(zp_rat r, int places, zp_dec *out);

typedef enum zp_dec_error {
    ZP_DEC_OK = 0,
    ZP_DEC_EMPTY,        /* nothing to read */
    ZP_DEC_BAD_CHAR,     /* a character that is not part of a number */
    ZP_DEC_BAD_GROUPING, /* thousands separators in the wrong places: "12,3.4" */
    ZP_DEC_OVERFLOW,     /* more than 64 bits */
    ZP_DEC_TOO_PRECISE   /* more than ZP_DEC_MAX_SCALE decimals */
} zp_dec_error;

/* Parse "-1,234.50", "0.5", "+3". Thousands separators (",") are accepted
 * only in groups of three before the decimal point. */
zp_dec_error zp_dec_parse(const char *s, size_t len, zp_dec *out);
const char *zp_dec_error_message(zp_dec_error e); /* Chinese, with English gloss */
/* Write d into buf (at least 32 bytes); grouped adds thousands separators. */
char *zp_dec_format(zp_dec d, bool grouped, char *buf, size_t size);
/* The same value at another scale (only to a finer or equal scale). */
bool zp_dec_rescale(zp_dec d, int scale, zp_dec *out);
int zp_dec_cmp(zp_dec a, zp_dec b);

/* Round r to places and format it: the way every shown figure is made. */
char *zp_rat_format(zp_rat r, int places, char *buf, size_t size);

zp_interval zp_interval_point(zp_rat r);
/* [−hi, −lo]: a fall stated as a size ("减少 4.35"), turned to a change. */
zp_interval zp_interval_neg(zp_interval a);
/* What a stated decimal stands for: d ± half a unit of its last place. */
bool zp_interval_of_dec(zp_dec d, zp_interval *out);
bool zp_interval_add(zp_interval a, zp_interval b, zp_interval *out);
bool zp_interval_sub(zp_interval a, zp_interval b, zp_interval *out);
bool zp_interval_mul(zp_interval a, zp_interval b, zp_interval *out);
/* false when b contains zero */
bool zp_interval_div(zp_interval a, zp_interval b, zp_interval *out);
bool zp_interval_scale(zp_interval a, zp_rat k, zp_interval *out);
bool zp_interval_overlaps(zp_interval a, zp_interval b);
/* Do a and b, each what a positive stated figure (or a sum of them) stands
 * for, meet? A rounded figure stands for a half-open interval ("98%" is
 * [97.5%, 98.5%)), so two that only touch cannot both be right: no value
 * rounds to both 97 and 98. A point (an exact figure) is closed. */
bool zp_interval_meets_rounded(zp_interval a, zp_interval b);
bool zp_interval_contains(zp_interval a, zp_rat r);

#endif
