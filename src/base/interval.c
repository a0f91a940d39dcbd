/*
 * Closed intervals of exact rationals: the arithmetic behind "a stated number
 * is an interval". Every operation is exact; a claim fails only when the
 * interval it needs does not meet the interval the numbers allow.
 */
#include "ziping/numbers.h"

static zp_rat rmin(zp_rat a, zp_rat b)
{
    return zp_rat_cmp(a, b) <= 0 ? a : b;
}

static zp_rat rmax(zp_rat a, zp_rat b)
{
    return zp_rat_cmp(a, b) >= 0 ? a : b;
}

zp_interval zp_interval_point(zp_rat r)
{
    zp_interval i = {r, r};
    return i;
}

zp_interval zp_interval_neg(zp_interval a)
{
    zp_interval i = {zp_rat_neg(a.hi), zp_rat_neg(a.lo)};
    return i;
}

bool zp_interval_of_dec(zp_dec d, zp_interval *out)
{
    zp_rat v, half;
    if (!zp_rat_of_dec(d, &v))
        return false;
    zp_dec half_unit = {5, d.scale + 1};
    if (!zp_rat_of_dec(half_unit, &half))
        return false;
    return zp_rat_sub(v, half, &out->lo) && zp_rat_add(v, half, &out->hi);
}

bool zp_interval_add(zp_interval a, zp_interval b, zp_interval *out)
{
    zp_interval r;
    if (!zp_rat_add(a.lo, b.lo, &r.lo) || !zp_rat_add(a.hi, b.hi, &r.hi))
        return false;
    *out = r;
    return true;
}

bool zp_interval_sub(zp_interval a, zp_interval b, zp_interval *out)
{
    zp_interval r;
    if (!zp_rat_sub(a.lo, b.hi, &r.lo) || !zp_rat_sub(a.hi, b.lo, &r.hi))
        return false;
    *out = r;
    return true;
}

bool zp_interval_mul(zp_interval a, zp_interval b, zp_interval *out)
{
    zp_rat p[4];
    if (!zp_rat_mul(a.lo, b.lo, &p[0]) || !zp_rat_mul(a.lo, b.hi, &p[1]) ||
        !zp_rat_mul(a.hi, b.lo, &p[2]) || !zp_rat_mul(a.hi, b.hi, &p[3]))
        return false;
    out->lo = rmin(rmin(p[0], p[1]), rmin(p[2], p[3]));
    out->hi = rmax(rmax(p[0], p[1]), rmax(p[2], p[3]));
    return true;
}

bool zp_interval_div(zp_interval a, zp_interval b, zp_interval *out)
{
    if (zp_rat_sign(b.lo) <= 0 && zp_rat_sign(b.hi) >= 0)
        return false;
    zp_interval inv;
    zp_rat one = zp_rat_of_int(1);
    if (!zp_rat_div(one, b.hi, &inv.lo) || !zp_rat_div(one, b.lo, &inv.hi))
        return false;
    return zp_interval_mul(a, inv, out);
}

bool zp_interval_scale(zp_interval a, zp_rat k, zp_interval *out)
{
    return zp_interval_mul(a, zp_interval_point(k), out);
}

bool zp_interval_overlaps(zp_interval a, zp_interval b)
{
    return zp_rat_cmp(a.lo, b.hi) <= 0 && zp_rat_cmp(b.lo, a.hi) <= 0;
}

bool zp_interval_meets_rounded(zp_interval a, zp_interval b)
{
    bool pa = zp_rat_cmp(a.lo, a.hi) == 0, pb = zp_rat_cmp(b.lo, b.hi) == 0;
    if (pa || pb)
        return zp_interval_overlaps(a, b);
    return zp_rat_cmp(a.lo, b.hi) < 0 && zp_rat_cmp(b.lo, a.hi) < 0;
}

bool zp_interval_contains(zp_interval a, zp_rat r)
{
    return zp_rat_cmp(a.lo, r) <= 0 && zp_rat_cmp(r, a.hi) <= 0;
}
