/*
 * Average yearly changes between two years' figures: "从 2018 年的 100 万元
 * 增长到 2023 年的 161.05 万元，年均增长 10%" (compound: 161.05 = 100 ×
 * 1.1^5), "年均增加 12.21 万元" ((161.05 − 100) ÷ 5), and of rates, "由
 * 2020 年的 80% 提高到 2023 年的 95%，年均提高 5 个百分点". The two figures
 * are the two nearest before the average in its sentence, each with one
 * year in its words; changes stated between them are passed over, any
 * other figure ends the search.
 *
 * A compound rate is the n-th root of a ratio, which no rational holds: it
 * is found by bisection on powers computed in fixed point (10^-12), each
 * product rounded outward, so that the interval allowed is never narrower
 * than the exact one and a claim is never wrongly failed.
 */
#include <stdio.h>
#include <string.h>

#include "check/check_int.h"

typedef __int128 fx;
#define FX_ONE ((fx)1000000000000) /* 10^12 */
#define FX_CAP (FX_ONE * 1000000)  /* ratios beyond a million are not read */
/* Rates in millionths of a per cent: 1e-6 % is 10^4 in fixed point. */
#define Q_STEP ((fx)10000)
#define Q_MIN ((int64_t)-99999999)   /* −99.999999% */
#define Q_MAX ((int64_t)10000000000) /* +10000% */

static fx fx_div(fx n, fx d, bool up)
{
    fx q = n / d;
    if (n % d != 0 && (n > 0) == (d > 0) && up)
        q++;
    else if (n % d != 0 && (n > 0) != (d > 0) && !up)
        q--;
    return q;
}

static fx fx_of_rat(zp_rat r, bool up)
{
    return fx_div((fx)r.num * FX_ONE, r.den, up);
}

/* (1 + q)^n, q in millionths of a per cent, each product rounded up or
 * down; FX_CAP when it grows past it. */
static fx power(int64_t q, int n, bool up)
{
    fx base = FX_ONE + (fx)q * Q_STEP, r = FX_ONE;
    for (int i = 0; i < n; i++) {
        r = fx_div(r * base, FX_ONE, up);
        if (r >= FX_CAP)
            return FX_CAP;
    }
    return r;
}

/* The least q whose power (rounded up) reaches target: no more than the
 * exact root's rate. */
static int64_t root_low(fx target, int n)
{
    int64_t lo = Q_MIN, hi = Q_MAX;
    while (lo < hi) {
        int64_t mid = lo + (hi - lo) / 2;
        if (power(mid, n, true) >= target)
            hi = mid;
        else
            lo = mid + 1;
    }
    return lo;
}

/* The greatest q whose power (rounded down) stays within target: no less
 * than the exact root's rate. */
static int64_t root_high(fx target, int n)
{
    int64_t lo = Q_MIN, hi = Q_MAX;
    while (lo < hi) {
        int64_t mid = lo + (hi - lo + 1) / 2;
        if (power(mid, n, false) <= target)
            lo = mid;
        else
            hi = mid - 1;
    }
    return lo;
}

/* The average's words: 年均, 年平均 or 平均每年, a direction word right
 * after it, then nothing but 率, 幅度, 为, 达 (到), 了. Its sign, or 0. */
static int average_sign(const char *s, size_t a, size_t b)
{
    static const char *const marks[] = {"年均", "年平均", "平均每年", "每年平均"};
    static const char *const tails[] = {"率", "幅度", "为", "达到", "达", "了", " "};
    size_t at = b, m = 0;
    for (size_t k = 0; k < sizeof marks / sizeof marks[0]; k++) {
        const char *p = zp_ck_find_last(s + a, b - a, marks[k]);
        if (p && (size_t)(p - s) + strlen(marks[k]) <= b &&
            (at == b || (size_t)(p - s) + strlen(marks[k]) > at + m)) {
            at = (size_t)(p - s);
            m = strlen(marks[k]);
        }
    }
    if (at == b)
        return 0;
    size_t i = at + m, len = 0;
    int sign = zp_ck_change_sign_at(s, b, i, &len);
    if (!sign)
        return 0;
    for (i += len; i < b;) {
        size_t step = 0;
        for (size_t k = 0; k < sizeof tails / sizeof tails[0] && !step; k++)
            if (zp_ck_at(s, b, i, tails[k]))
                step = strlen(tails[k]);
        if (!step)
            return 0;
        i += step;
    }
    return sign;
}

/* The one year said in s[a..b) (2018年), or 0 when none or several. */
static int year_in(const zp_checker *c, size_t a, size_t b)
{
    int year = 0;
    for (size_t k = 0; k < c->nums.count; k++) {
        const zp_num *y = &c->nums.items[k];
        if (y->start < a || y->end > b || !(y->flags & ZN_YEAR))
            continue;
        if (year || y->value.scale != 0 || (y->flags & ZN_RANGE))
            return 0;
        year = (int)y->value.units;
    }
    return year;
}

/* Figures of one kind: money, people, visits, or things counted in one unit. */
static bool alike(const zp_num *a, const zp_num *b)
{
    return a->family == b->family && (a->family != ZF_COUNT || !strcmp(a->unit, b->unit));
}

/* What the average at g is over: the figures of the first and the last
 * year, and the years between them. */
static bool ends_of(const zp_checker *c, size_t g, size_t sent, const zp_num **first,
                    const zp_num **last, int *years)
{
    const char *s = c->p.text;
    const zp_num *found[2] = {NULL, NULL};
    int year[2] = {0, 0}, n = 0;
    for (size_t k = g; k-- > 0 && n < 2;) {
        const zp_num *x = &c->nums.items[k];
        if (x->start < sent)
            break;
        if (!zp_ck_num_is_quantity(x))
            continue;
        if (x->flags & (ZN_APPROX | ZN_BOUND))
            return false;
        size_t from = sent, w;
        for (size_t j = k; j-- > 0 && from == sent;)
            if (zp_ck_num_is_quantity(&c->nums.items[j]) && c->nums.items[j].end > sent)
                from = c->nums.items[j].end;
        int y = year_in(c, from, x->start);
        if (n > 0 && !alike(x, found[0]))
            return false;
        if (!y) {
            /* "…增加 61.05 万元，年均增长 10%": a change between, passed over */
            if (zp_ck_direction_before(s, x->start, &w))
                continue;
            return false;
        }
        found[n] = x;
        year[n++] = y;
    }
    if (n < 2 || year[0] == year[1])
        return false;
    bool later_second = year[0] > year[1]; /* found[0] is the nearer, said last */
    *first = later_second ? found[1] : found[0];
    *last = later_second ? found[0] : found[1];
    *years = later_second ? year[0] - year[1] : year[1] - year[0];
    /* over one year an average says nothing more: 年均 is of a longer span */
    return *years >= 2 && *years <= 50;
}

/* "年均增长 10%": the compound rate from first to last. */
static void check_compound(zp_checker *c, const zp_num *g, int sign, const zp_num *first,
                           const zp_num *last, int years)
{
    zp_interval x, y, ratio, r;
    zp_rat xr, yr, mid;
    if (!zp_ck_num_interval(first, &x) || !zp_ck_num_interval(last, &y) ||
        !zp_ck_num_interval(g, &r) || !zp_ck_num_rat(first, &xr) || !zp_ck_num_rat(last, &yr) ||
        zp_rat_sign(x.lo) <= 0 || zp_rat_sign(y.lo) <= 0 || !zp_interval_div(y, x, &ratio) ||
        !zp_rat_div(yr, xr, &mid))
        return;
    if (zp_rat_cmp(ratio.hi, zp_rat_of_int(100000)) > 0)
        return;
    if (sign < 0)
        r = zp_interval_neg(r);
    int64_t lo = root_low(fx_of_rat(ratio.lo, false), years);
    int64_t hi = root_high(fx_of_rat(ratio.hi, true), years);
    zp_interval allowed;
    if (!zp_rat_make(lo, 1000000, &allowed.lo) || !zp_rat_make(hi, 1000000, &allowed.hi) ||
        zp_interval_overlaps(allowed, r))
        return;
    zp_rat point;
    if (!zp_rat_make(root_low(fx_of_rat(mid, false), years), 1000000, &point))
        return;
    int places = zp_ck_places_for(g->value);
    zp_finding *f = zp_ck_report(c, ZP_ERROR, "arithmetic", "growth", g->start, g->end,
                                 "the average yearly growth does not match the two years' figures",
                                 "年均增长率与起止两年的数不符");
    zp_ck_finding_stated(f, g->value, g->unit);
    zp_ck_finding_computed(f, sign < 0 ? zp_rat_neg(point) : point, places, "%");
    zp_ck_finding_allowed(f, sign < 0 ? zp_interval_neg(allowed) : allowed, places, "%");
    char sx[48], sy[48];
    zp_dec_format(first->value, false, sx, sizeof sx);
    zp_dec_format(last->value, false, sy, sizeof sy);
    zp_ck_finding_note(f, "年均增长率 = (%s%s ÷ %s%s)^(1/%d) − 1，%d 年间", sy, last->unit, sx,
                       first->unit, years, years);
}

/* "年均增加 12.21 万元", "年均提高 5 个百分点": the difference over the years. */
static void check_linear(zp_checker *c, const zp_num *g, int sign, const zp_num *first,
                         const zp_num *last, int years)
{
    zp_interval x, y, d, per, stated;
    zp_rat xr, yr, dr, point, inv;
    if (!zp_ck_num_interval(first, &x) || !zp_ck_num_interval(last, &y) ||
        !zp_ck_num_interval(g, &stated) || !zp_ck_num_rat(first, &xr) ||
        !zp_ck_num_rat(last, &yr) || !zp_interval_sub(y, x, &d) || !zp_rat_sub(yr, xr, &dr) ||
        !zp_rat_make(1, years, &inv) || !zp_interval_scale(d, inv, &per) ||
        !zp_rat_mul(dr, inv, &point))
        return;
    if (sign < 0)
        stated = zp_interval_neg(stated);
    if (zp_interval_overlaps(per, stated))
        return;
    zp_finding *f = zp_ck_report(c, ZP_ERROR, "arithmetic", "growth", g->start, g->end,
                                 "the average yearly change does not match the two years' figures",
                                 "年均增减额与起止两年的数不符");
    zp_ck_finding_stated(f, g->value, g->unit);
    zp_interval shown = sign < 0 ? zp_interval_neg(per) : per;
    zp_ck_finding_computed_as(f, sign < 0 ? zp_rat_neg(point) : point, &shown,
                              zp_ck_places_for(g->value), zp_ck_places_for(g->value), g);
    char sx[48], sy[48];
    zp_dec_format(first->value, false, sx, sizeof sx);
    zp_dec_format(last->value, false, sy, sizeof sy);
    zp_ck_finding_note(f, "年均增减 = (%s%s − %s%s) ÷ %d", sy, last->unit, sx, first->unit, years);
}

void zp_ck_growth_check(zp_checker *c)
{
    const char *s = c->p.text;
    for (size_t k = 0; k < c->nums.count; k++) {
        const zp_num *g = &c->nums.items[k];
        if (!zp_ck_num_is_quantity(g) || (g->flags & (ZN_APPROX | ZN_BOUND)))
            continue;
        size_t sent = zp_ck_sentence_start(s, g->start);
        size_t a = g->start;
        while (a > sent && !zp_ck_mark_ends_at(s, a, true))
            a--;
        int sign = average_sign(s, a, g->start);
        const zp_num *first, *last;
        int years;
        if (!sign || !ends_of(c, k, sent, &first, &last, &years))
            continue;
        bool rates = first->family == ZF_PCT || first->family == ZF_POINTS;
        if (g->family == ZF_PCT && !rates)
            check_compound(c, g, sign, first, last, years);
        else if ((g->family == ZF_POINTS && first->family == ZF_PCT) ||
                 (g->family != ZF_PCT && !rates && alike(g, first)))
            check_linear(c, g, sign, first, last, years);
    }
}
