/*
 * Exact rationals on int64 with 128-bit intermediates. Every result is
 * reduced; an operation whose reduced result does not fit in 64 bits fails
 * (returns false) rather than wrapping, so callers can say "overflow" where
 * the bad number came from.
 */
#include "ziping/numbers.h"

typedef __int128 i128;
typedef unsigned __int128 u128;

/* Euclid with the machine's 64-bit division: the operands are mostly a
 * figure over a power of ten, where it takes two or three steps. */
static uint64_t gcd_u64(uint64_t a, uint64_t b)
{
    while (b != 0) {
        uint64_t t = a % b;
        a = b;
        b = t;
    }
    return a;
}

/* Euclid while a value needs more than 64 bits (a 128-bit remainder is a
 * library call, __umodti3, slow), then 64-bit: almost every operand here
 * is a few digits of money or a rate. */
static u128 gcd_u128(u128 a, u128 b)
{
    while (b != 0 && ((a >> 64) != 0 || (b >> 64) != 0)) {
        u128 t = a % b;
        a = b;
        b = t;
    }
    return b == 0 ? a : gcd_u64((uint64_t)a, (uint64_t)b);
}

static bool fits64(i128 v)
{
    return v > (i128)INT64_MIN && v <= (i128)INT64_MAX;
}

/* Reduce num/den (den != 0) and store it if it fits. */
static bool make128(i128 num, i128 den, zp_rat *out)
{
    if (den == 0)
        return false;
    if (den < 0) {
        num = -num;
        den = -den;
    }
    u128 an = num < 0 ? (u128)(-num) : (u128)num;
    u128 g = den == 1 ? 1 : gcd_u128(an, (u128)den);
    if (g > 1) {
        if (fits64(num) && fits64(den)) { /* 64-bit division, not __divti3 */
            num = (int64_t)num / (int64_t)g;
            den = (int64_t)den / (int64_t)g;
        } else {
            num /= (i128)g;
            den /= (i128)g;
        }
    }
    if (num == 0)
        den = 1;
    if (!fits64(num) || !fits64(den))
        return false;
    out->num = (int64_t)num;
    out->den = (int64_t)den;
    return true;
}

zp_rat zp_rat_of_int(int64_t v)
{
    zp_rat r = {v == INT64_MIN ? INT64_MIN + 1 : v, 1};
    return r;
}

bool zp_rat_make(int64_t num, int64_t den, zp_rat *out)
{
    return make128(num, den, out);
}

static const int64_t pow10_table[19] = {
    1LL, 10LL, 100LL, 1000LL, 10000LL, 100000LL, 1000000LL, 10000000LL,
    100000000LL, 1000000000LL, 10000000000LL, 100000000000LL,
    1000000000000LL, 10000000000000LL, 100000000000000LL,
    1000000000000000LL, 10000000000000000LL, 100000000000000000LL,
    1000000000000000000LL};

bool zp_rat_of_dec(zp_dec d, zp_rat *out)
{
    if (d.scale < 0 || d.scale > 18)
        return false;
    return make128(d.units, pow10_table[d.scale], out);
}

/* Figures of one table or sentence mostly share a denominator (a power
 * of ten): then the sum is over it, and is smaller to reduce. */
bool zp_rat_add(zp_rat a, zp_rat b, zp_rat *out)
{
    if (a.den == b.den)
        return make128((i128)a.num + b.num, a.den, out);
    return make128((i128)a.num * b.den + (i128)b.num * a.den, (i128)a.den * b.den, out);
}

bool zp_rat_sub(zp_rat a, zp_rat b, zp_rat *out)
{
    if (a.den == b.den)
        return make128((i128)a.num - b.num, a.den, out);
    return make128((i128)a.num * b.den - (i128)b.num * a.den, (i128)a.den * b.den, out);
}

bool zp_rat_mul(zp_rat a, zp_rat b, zp_rat *out)
{
    /* Cross-reduce first so that products of reduced operands stay small.
     * The operands are 64-bit, so are their gcds and quotients: 64-bit
     * division, and none at all when a gcd is 1. */
    uint64_t g1 = gcd_u64(a.num < 0 ? -(uint64_t)a.num : (uint64_t)a.num, (uint64_t)b.den);
    uint64_t g2 = gcd_u64(b.num < 0 ? -(uint64_t)b.num : (uint64_t)b.num, (uint64_t)a.den);
    int64_t an = a.num, bd = b.den, bn = b.num, ad = a.den;
    if (g1 > 1) {
        an /= (int64_t)g1;
        bd /= (int64_t)g1;
    }
    if (g2 > 1) {
        bn /= (int64_t)g2;
        ad /= (int64_t)g2;
    }
    return make128((i128)an * bn, (i128)ad * bd, out);
}

bool zp_rat_div(zp_rat a, zp_rat b, zp_rat *out)
{
    if (b.num == 0)
        return false;
    zp_rat inv = {b.den, b.num};
    if (inv.den < 0) {
        inv.num = -inv.num;
        inv.den = -inv.den;
    }
    return zp_rat_mul(a, inv, out);
}

zp_rat zp_rat_neg(zp_rat a)
{
    a.num = -a.num; /* num is never INT64_MIN */
    return a;
}

zp_rat zp_rat_abs(zp_rat a)
{
    return a.num < 0 ? zp_rat_neg(a) : a;
}

int zp_rat_cmp(zp_rat a, zp_rat b)
{
    i128 l = (i128)a.num * b.den;
    i128 r = (i128)b.num * a.den;
    return (l > r) - (l < r);
}

int zp_rat_sign(zp_rat a)
{
    return (a.num > 0) - (a.num < 0);
}

bool zp_rat_percent(zp_rat part, zp_rat whole, zp_rat *out)
{
    zp_rat q;
    if (!zp_rat_div(part, whole, &q))
        return false;
    return zp_rat_mul(q, zp_rat_of_int(100), out);
}

bool zp_rat_round(zp_rat r, int places, zp_dec *out)
{
    if (places < 0 || places > ZP_DEC_MAX_SCALE)
        return false;
    i128 n = (i128)r.num * pow10_table[places];
    i128 q = n / r.den;
    i128 rem = n % r.den;
    if (rem < 0)
        rem = -rem;
    if (2 * rem >= (i128)r.den)
        q += n < 0 ? -1 : 1; /* half away from zero */
    if (!fits64(q))
        return false;
    out->units = (int64_t)q;
    out->scale = places;
    return true;
}

static bool round_toward(zp_rat r, int places, int direction, zp_dec *out)
{
    if (places < 0 || places > ZP_DEC_MAX_SCALE)
        return false;
    i128 n = (i128)r.num * pow10_table[places];
    i128 q = n / r.den; /* truncates toward zero */
    i128 rem = n % r.den;
    if (rem != 0 && (direction > 0) == (n > 0))
        q += direction;
    if (!fits64(q))
        return false;
    out->units = (int64_t)q;
    out->scale = places;
    return true;
}

bool zp_rat_floor(zp_rat r, int places, zp_dec *out)
{
    return round_toward(r, places, -1, out);
}

bool zp_rat_ceil(zp_rat r, int places, zp_dec *out)
{
    return round_toward(r, places, 1, out);
}

char *zp_rat_format(zp_rat r, int places, char *buf, size_t size)
{
    zp_dec d;
    if (zp_rat_round(r, places, &d) && zp_dec_format(d, false, buf, size))
        return buf;
    /* Cannot happen for the magnitudes a report holds; say so visibly. */
    if (size > 0) {
        static const char overflow[] = "(overflow)";
        size_t i = 0;
        for (; overflow[i] && i + 1 < size; i++)
            buf[i] = overflow[i];
        buf[i] = '\0';
    }
    return buf;
}
