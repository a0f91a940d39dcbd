#include <stdio.h>

#include "base/numfmt.h"

static bool scale_down(zp_rat v, int exp, zp_rat *out)
{
    static const int64_t pow10[] = {1, 10, 100, 1000, 10000, 100000, 1000000, 10000000, 100000000};
    if (exp < 0 || exp > 8)
        return false;
    return zp_rat_div(v, zp_rat_of_int(pow10[exp]), out);
}

const char *zp_fmt_amount(zp_rat yuan, int exp, int places, char *buf, size_t size)
{
    zp_rat v;
    zp_dec d;
    if (!scale_down(yuan, exp, &v) || !zp_rat_round(v, places, &d) ||
        !zp_dec_format(d, true, buf, size))
        snprintf(buf, size, "(overflow)");
    return buf;
}

const char *zp_fmt_rate(zp_rat percent, int places, char *buf, size_t size)
{
    zp_dec d;
    char num[64];
    if (!zp_rat_round(percent, places, &d) || !zp_dec_format(d, true, num, sizeof num))
        snprintf(buf, size, "(overflow)");
    else
        snprintf(buf, size, "%s%%", num);
    return buf;
}

const char *zp_fmt_interval(zp_interval iv, int scale_exp, int places, const char *unit,
                            char *buf, size_t size)
{
    zp_rat lo, hi;
    zp_dec dlo, dhi;
    char a[48], b[48];
    if (!scale_down(iv.lo, scale_exp, &lo) || !scale_down(iv.hi, scale_exp, &hi) ||
        !zp_rat_floor(lo, places, &dlo) || !zp_rat_ceil(hi, places, &dhi) ||
        !zp_dec_format(dlo, true, a, sizeof a) || !zp_dec_format(dhi, true, b, sizeof b)) {
        snprintf(buf, size, "(overflow)");
        return buf;
    }
    snprintf(buf, size, "[%s%s, %s%s]", a, unit, b, unit);
    return buf;
}
