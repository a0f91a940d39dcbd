/*
 * The formulas of the genre over intervals. Where a formula uses a figure
 * twice (a change rate from this year's value and the change: d ÷ (v − d)),
 * naive interval arithmetic would widen the result; the formulas here are
 * monotone in each input on the box, so the exact range is found at the
 * box's corners. When an input's interval holds zero the corner rule does
 * not apply and the naive (wider, still sound) interval is used.
 */
#include "check/check_int.h"

static bool contains_zero(zp_interval a)
{
    return zp_rat_sign(a.lo) <= 0 && zp_rat_sign(a.hi) >= 0;
}

static zp_rat hundred(void)
{
    return zp_rat_of_int(100);
}

static bool widen(zp_interval *acc, zp_rat r, bool first)
{
    if (first) {
        acc->lo = acc->hi = r;
        return true;
    }
    if (zp_rat_cmp(r, acc->lo) < 0)
        acc->lo = r;
    if (zp_rat_cmp(r, acc->hi) > 0)
        acc->hi = r;
    return true;
}

bool zp_ck_f_ratio(zp_interval a, zp_interval b, zp_interval *out)
{
    zp_interval q;
    if (contains_zero(b) || !zp_interval_div(a, b, &q))
        return false;
    return zp_interval_scale(q, hundred(), out);
}

/* d ÷ (v − d) × 100: the change rate from this year's value and the change. */
bool zp_ck_f_pct_from_change(zp_interval v, zp_interval d, zp_interval *out)
{
    zp_interval base;
    if (!zp_interval_sub(v, d, &base) || contains_zero(base))
        return false;
    if (contains_zero(v) || contains_zero(d)) {
        zp_interval q;
        return zp_interval_div(d, base, &q) && zp_interval_scale(q, hundred(), out);
    }
    zp_rat vs[2] = {v.lo, v.hi}, ds[2] = {d.lo, d.hi};
    bool first = true;
    for (int i = 0; i < 2; i++)
        for (int j = 0; j < 2; j++) {
            zp_rat b, q, p;
            if (!zp_rat_sub(vs[i], ds[j], &b) || !zp_rat_div(ds[j], b, &q) ||
                !zp_rat_mul(q, hundred(), &p))
                return false;
            widen(out, p, first);
            first = false;
        }
    return true;
}

/* (v − l) ÷ l × 100: the change rate from this year's and last year's. */
bool zp_ck_f_pct_from_last(zp_interval v, zp_interval l, zp_interval *out)
{
    if (contains_zero(l))
        return false;
    if (contains_zero(v)) {
        zp_interval d, q;
        return zp_interval_sub(v, l, &d) && zp_interval_div(d, l, &q) &&
               zp_interval_scale(q, hundred(), out);
    }
    zp_rat vs[2] = {v.lo, v.hi}, ls[2] = {l.lo, l.hi};
    bool first = true;
    for (int i = 0; i < 2; i++)
        for (int j = 0; j < 2; j++) {
            zp_rat d, q, p;
            if (!zp_rat_sub(vs[i], ls[j], &d) || !zp_rat_div(d, ls[j], &q) ||
                !zp_rat_mul(q, hundred(), &p))
                return false;
            widen(out, p, first);
            first = false;
        }
    return true;
}

bool zp_ck_f_pct_from_last_change(zp_interval l, zp_interval d, zp_interval *out)
{
    return zp_ck_f_ratio(d, l, out);
}

/* The display of an exact value: rounded once to places. */
char *zp_ck_fmt_rat(zp_rat r, int places, char *buf, size_t size)
{
    if (places < 0)
        places = 0;
    if (places > ZP_DEC_MAX_SCALE)
        places = ZP_DEC_MAX_SCALE;
    return zp_rat_format(r, places, buf, size);
}

char *zp_ck_fmt_interval(zp_interval iv, int places, const char *unit, char *buf, size_t size)
{
    char lo[48], hi[48];
    zp_ck_fmt_rat(iv.lo, places, lo, sizeof lo);
    zp_ck_fmt_rat(iv.hi, places, hi, sizeof hi);
    snprintf(buf, size, "[%s%s, %s%s]", lo, unit, hi, unit);
    return buf;
}

/* The midpoint, for showing one computed figure. */
zp_rat zp_ck_interval_mid(zp_interval iv)
{
    zp_rat s, m;
    if (zp_rat_add(iv.lo, iv.hi, &s) && zp_rat_div(s, zp_rat_of_int(2), &m))
        return m;
    return iv.lo;
}
