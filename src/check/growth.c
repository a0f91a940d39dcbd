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
    if (zp_ck_at(s, b, i, "名义")) /* "年均名义增长": the figures' own growth */
        i += 6;
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

/* Does a year at s[i] end a span ("2013至2016年", "2016年到2020年"), not
 * name a level's year ("增长到2023年的")? */
static bool span_end(const char *s, size_t i)
{
    size_t m = zp_ck_ends(s, i, "至") || zp_ck_ends(s, i, "到") || zp_ck_ends(s, i, "—") ? 3
               : i > 0 && s[i - 1] == '-'                                             ? 1
                                                                                       : 0;
    if (!m)
        return false;
    i -= m;
    return zp_ck_ends(s, i, "年") || (i > 0 && s[i - 1] >= '0' && s[i - 1] <= '9');
}

/* The one year said in the clause of s[a..b) before b (2018年), or 0 when
 * none, several, or the end of a span ("2013至2016年"). */
static int year_in(const zp_checker *c, size_t a, size_t b)
{
    const char *s = c->p.text;
    a = zp_ck_clause_start(s, a, b, false);
    int year = 0;
    for (size_t k = 0; k < c->nums.count; k++) {
        const zp_num *y = &c->nums.items[k];
        if (y->start < a || y->end > b || !(y->flags & ZN_YEAR))
            continue;
        if (year || y->value.scale != 0 || (y->flags & ZN_RANGE) || span_end(s, y->start))
            return 0;
        year = (int)y->value.units;
    }
    return year;
}

/* A span of years said in s[a..b): "2013至2016年", "2016年到2020年",
 * "2013—2017年" (the first and the last year). */
static bool span_in(const char *s, size_t a, size_t b, int *y0, int *y1)
{
    for (size_t i = a; i + 4 <= b; i++) {
        size_t j = i, k;
        int first = 0, second = 0;
        for (k = 0; k < 4 && j < b && s[j] >= '0' && s[j] <= '9'; k++, j++)
            first = first * 10 + (s[j] - '0');
        if (k != 4 || (i > a && s[i - 1] >= '0' && s[i - 1] <= '9'))
            continue;
        if (zp_ck_at(s, b, j, "年"))
            j += 3;
        if (zp_ck_at(s, b, j, "至") || zp_ck_at(s, b, j, "到") || zp_ck_at(s, b, j, "—"))
            j += 3;
        else if (j < b && (s[j] == '-' || s[j] == '~'))
            j++;
        else
            continue;
        for (k = 0; k < 4 && j < b && s[j] >= '0' && s[j] <= '9'; k++, j++)
            second = second * 10 + (s[j] - '0');
        if (k == 4 && zp_ck_at(s, b, j, "年") && second > first && first > 1900) {
            *y0 = first;
            *y1 = second;
            return true;
        }
    }
    return false;
}

/* A figure the average is from or to: stated, or made (the base of "比
 * 2012 年增加 18618 元" is the later figure less the change). */
typedef struct end_value {
    zp_interval iv;
    zp_rat r;
    const zp_num *num; /* its figure, or the later one it was made from */
    bool made;
} end_value;

static bool end_of(const zp_num *n, end_value *e)
{
    e->num = n;
    e->made = false;
    return zp_ck_num_interval(n, &e->iv) && zp_ck_num_rat(n, &e->r);
}

/* The year a change at x is against ("比 2012 年增加"): a year right after
 * 比 or 较 in its clause; 0 none. */
static int compared_year(const zp_checker *c, size_t sent, const zp_num *x)
{
    const char *s = c->p.text;
    size_t a = zp_ck_clause_start(s, sent, x->start, false);
    for (size_t k = 0; k < c->nums.count; k++) {
        const zp_num *y = &c->nums.items[k];
        if (y->start >= a && y->end <= x->start && (y->flags & ZN_YEAR) && y->value.scale == 0 &&
            (zp_ck_ends(s, y->start, "比") || zp_ck_ends(s, y->start, "较")))
            return (int)y->value.units;
    }
    return 0;
}

/* What the average at g is over: the first and the last year's figures,
 * and the years between; *span when the years were said once for both, so
 * that the first year may be the base's or the first of growth. */
static bool ends_of(const zp_checker *c, size_t g, size_t sent, end_value *first, end_value *last,
                    int *years, bool *span)
{
    const char *s = c->p.text;
    const zp_num *found[2] = {NULL, NULL}, *change = NULL;
    int year[2] = {0, 0}, n = 0, change_year = 0;
    *span = false;
    for (size_t k = g; k-- > 0 && n < 2;) {
        const zp_num *x = &c->nums.items[k];
        if (x->start < sent)
            break;
        if (!zp_ck_num_is_quantity(x))
            continue;
        if ((x->flags & (ZN_APPROX | ZN_BOUND)) || (n > 0 && !zp_ck_nums_alike(x, found[0])))
            return false;
        size_t w;
        /* "…增加 61.05 万元，年均增长 10%": a change between, passed over;
         * one against a year ("比 2012 年增加 18618 元") gives the base */
        if (zp_ck_direction_before(s, x->start, &w)) {
            if (n == 0 && !change) {
                change = x;
                change_year = compared_year(c, sent, x);
            }
            continue;
        }
        size_t from = sent;
        for (size_t j = k; j-- > 0 && from == sent;)
            if (zp_ck_num_is_quantity(&c->nums.items[j]) && c->nums.items[j].end > sent)
                from = c->nums.items[j].end;
        found[n] = x;
        year[n++] = year_in(c, from, x->start);
    }
    if (n == 2 && year[0] && year[1] && year[0] != year[1]) {
        int later = year[0] > year[1] ? 0 : 1; /* found[0] is the nearer, said last */
        if (!end_of(found[1 - later], first) || !end_of(found[later], last))
            return false;
        *years = year[later] - year[1 - later];
        /* over one year an average says nothing more: 年均 is of a longer span */
        return *years >= 2 && *years <= 50;
    }
    /* "2021 年…35128 元，比 2012 年增加 18618 元，年均增长 8.8%" */
    if (n >= 1 && change && change_year && zp_ck_nums_alike(change, found[0])) {
        int y = year[0] ? year[0] : c->report_year;
        zp_interval d;
        zp_rat dr;
        if (!y || y - change_year < 2 || y - change_year > 50 || !end_of(found[0], last) ||
            !zp_ck_num_interval(change, &d) || !zp_ck_num_rat(change, &dr) ||
            !zp_interval_sub(last->iv, d, &first->iv) || !zp_rat_sub(last->r, dr, &first->r))
            return false;
        size_t w;
        if (zp_ck_direction_before(s, change->start, &w) < 0)
            return false; /* a fall: the base is the later figure plus it */
        first->num = found[0];
        first->made = true;
        *years = y - change_year;
        return true;
    }
    /* "2013至2016年，…从 533.5 万人次增加至 600.38 万人次，年均增长 4.0%": the
     * span said once for both */
    int y0, y1;
    if (n < 2 || year[0] || year[1] || !span_in(s, sent, found[1]->start, &y0, &y1) ||
        !end_of(found[1], first) || !end_of(found[0], last))
        return false;
    *years = y1 - y0;
    *span = true;
    return *years >= 1 && *years <= 50;
}

/* The figures' values for a note: "161.05万元 ÷ 100万元". */
static void end_text(const end_value *e, char *buf, size_t size)
{
    char v[48];
    zp_rat shown;
    if (e->made && zp_ck_rat_in_unit_of(e->num, e->r, &shown)) {
        zp_ck_fmt_rat(shown, e->num->value.scale, v, sizeof v);
        snprintf(buf, size, "%s%s（由增加额倒推）", v, e->num->unit);
    } else {
        zp_dec_format(e->num->value, false, v, sizeof v);
        snprintf(buf, size, "%s%s", v, e->num->unit);
    }
}

/* "年均增长 10%": the compound rate from first to last. */
static void check_compound(zp_checker *c, const zp_num *g, int sign, const end_value *first,
                           const end_value *last, int years, bool span)
{
    zp_interval ratio, r;
    zp_rat mid;
    if (!zp_ck_num_interval(g, &r) || zp_rat_sign(first->iv.lo) <= 0 ||
        zp_rat_sign(last->iv.lo) <= 0 || !zp_interval_div(last->iv, first->iv, &ratio) ||
        !zp_rat_div(last->r, first->r, &mid))
        return;
    if (zp_rat_cmp(ratio.hi, zp_rat_of_int(100000)) > 0)
        return;
    if (sign < 0)
        r = zp_interval_neg(r);
    /* a span said once may count its first year or not: either reading */
    zp_interval allowed;
    for (int n = span ? years + 1 : years; n >= years; n--) {
        int64_t lo = root_low(fx_of_rat(ratio.lo, false), n);
        int64_t hi = root_high(fx_of_rat(ratio.hi, true), n);
        if (!zp_rat_make(lo, 1000000, &allowed.lo) || !zp_rat_make(hi, 1000000, &allowed.hi) ||
            zp_interval_overlaps(allowed, r))
            return;
    }
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
    char sx[96], sy[96];
    end_text(first, sx, sizeof sx);
    end_text(last, sy, sizeof sy);
    zp_ck_finding_note(f, "年均增长率 = (%s ÷ %s)^(1/%d) − 1，%d 年间", sy, sx, years, years);
}

/* "年均增加 12.21 万元", "年均提高 5 个百分点": the difference over the years. */
static void check_linear(zp_checker *c, const zp_num *g, int sign, const end_value *first,
                         const end_value *last, int years, bool span)
{
    zp_interval d, per, stated;
    zp_rat dr, point, inv;
    if (!zp_ck_num_interval(g, &stated) || !zp_interval_sub(last->iv, first->iv, &d) ||
        !zp_rat_sub(last->r, first->r, &dr) || !zp_rat_make(1, years, &inv) ||
        !zp_interval_scale(d, inv, &per) || !zp_rat_mul(dr, inv, &point))
        return;
    if (sign < 0)
        stated = zp_interval_neg(stated);
    zp_interval longer;
    zp_rat inv1;
    if (zp_interval_overlaps(per, stated) ||
        (span && zp_rat_make(1, years + 1, &inv1) && zp_interval_scale(d, inv1, &longer) &&
         zp_interval_overlaps(longer, stated)))
        return;
    zp_finding *f = zp_ck_report(c, ZP_ERROR, "arithmetic", "growth", g->start, g->end,
                                 "the average yearly change does not match the two years' figures",
                                 "年均增减额与起止两年的数不符");
    zp_ck_finding_stated(f, g->value, g->unit);
    zp_interval shown = sign < 0 ? zp_interval_neg(per) : per;
    zp_ck_finding_computed_as(f, sign < 0 ? zp_rat_neg(point) : point, &shown,
                              zp_ck_places_for(g->value), zp_ck_places_for(g->value), g);
    char sx[96], sy[96];
    end_text(first, sx, sizeof sx);
    end_text(last, sy, sizeof sy);
    zp_ck_finding_note(f, "年均增减 = (%s − %s) ÷ %d", sy, sx, years);
}

void zp_ck_growth_check(zp_checker *c)
{
    const char *s = c->p.text;
    for (size_t k = 0; k < c->nums.count; k++) {
        const zp_num *g = &c->nums.items[k];
        if (!zp_ck_num_is_quantity(g) || (g->flags & (ZN_APPROX | ZN_BOUND)))
            continue;
        /* 年均, 年平均, 每年 within the few words before it, or none of this */
        static const char *const yearly[] = {"年均", "年平均", "每年"};
        if (!zp_ck_said_before(s, g->start, 48, yearly, sizeof yearly / sizeof yearly[0]))
            continue;
        size_t sent = zp_ck_sentence_start(s, g->start);
        size_t a = zp_ck_clause_start(s, sent, g->start, false);
        int sign = average_sign(s, a, g->start);
        end_value first, last;
        int years;
        bool span;
        if (!sign || !ends_of(c, k, sent, &first, &last, &years, &span))
            continue;
        zp_family fam = first.num->family;
        bool rates = fam == ZF_PCT || fam == ZF_POINTS;
        if (g->family == ZF_PCT && !rates)
            check_compound(c, g, sign, &first, &last, years, span);
        else if ((g->family == ZF_POINTS && fam == ZF_PCT) ||
                 (g->family != ZF_PCT && !rates && zp_ck_nums_alike(g, first.num)))
            check_linear(c, g, sign, &first, &last, years, span);
    }
}
