/*
 * What a scanned figure stands for (scan.h): whether it is a quantity at
 * all, its exact value, and the interval its rounding allows, in 万元 for
 * money (10^exp10 of its stated unit) and in its own unit otherwise.
 */
#include "check/scan.h"

bool zp_ck_num_is_quantity(const zp_num *n)
{
    return !(n->flags & (ZN_ORDINAL | ZN_CODE | ZN_YEAR | ZN_DATE | ZN_RANGE | ZN_ODD_YEAR)) &&
           n->family != ZF_TIME;
}

static bool scale_rat(zp_rat r, int exp10, zp_rat *out)
{
    int e = exp10 < 0 ? -exp10 : exp10;
    if (e == 0) {
        *out = r;
        return true;
    }
    if (e > 18) /* 10^19 does not fit */
        return false;
    int64_t p = 1;
    while (e-- > 0)
        p *= 10;
    zp_rat k = zp_rat_of_int(p);
    return exp10 < 0 ? zp_rat_div(r, k, out) : zp_rat_mul(r, k, out);
}

bool zp_ck_num_rat(const zp_num *n, zp_rat *out)
{
    zp_rat r;
    return zp_rat_of_dec(n->value, &r) && scale_rat(r, n->exp10, out);
}

bool zp_ck_rat_in_unit_of(const zp_num *n, zp_rat r, zp_rat *out)
{
    return scale_rat(r, -n->exp10, out);
}

bool zp_ck_interval_in_unit_of(const zp_num *n, zp_interval iv, zp_interval *out)
{
    return scale_rat(iv.lo, -n->exp10, &out->lo) && scale_rat(iv.hi, -n->exp10, &out->hi);
}

bool zp_ck_num_interval(const zp_num *n, zp_interval *out)
{
    zp_interval iv;
    /* A whole number of people or things is exact: 11 人 is not 10.5 to
     * 11.5 people. So is a stated zero. */
    bool counted = (n->family == ZF_PEOPLE || n->family == ZF_VISITS || n->family == ZF_COUNT) &&
                   n->value.scale == 0 && n->exp10 == 0;
    /* A zero share is not exact: "其他收入 1.88 万元，占 0%" rounds 0.03%. */
    if ((n->value.units == 0 && n->family != ZF_PCT) || counted) {
        zp_rat r;
        if (!zp_rat_of_dec(n->value, &r))
            return false;
        iv = zp_interval_point(r);
    } else if (!zp_interval_of_dec(n->value, &iv)) {
        return false; /* too fine to bound: checked by nothing */
    }
    return scale_rat(iv.lo, n->exp10, &out->lo) && scale_rat(iv.hi, n->exp10, &out->hi);
}
