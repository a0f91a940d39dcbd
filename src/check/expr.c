/*
 * Arithmetic written out in the text: "预算执行率=决算数/预算数×100%=
 * 285.6/300×100%=95.2%", "结转结余率=6.9/300×100%=2.3%", "得分=22.31+23+5
 * =50.31". The figures before = are evaluated over the intervals they stand
 * for (× and ÷ before +), and the figure after = must lie in the result.
 *
 * A percentage among the operands is its fraction (×100% is ×1), and a
 * percentage after = is compared as a fraction too, so "A/B=C%" and
 * "A/B×100%=C%" both read as meant. Figures in different units are not
 * combined, nor are approximate ones or bounds; "-" is left out, since
 * between figures it is as often a range ("10-20 万元") as a minus.
 */
#include <string.h>

#include "check/check_int.h"

enum { EXPR_MAX = 16 };

/* The operator between two figures, from the text s[a..b) between them:
 * '+', '*', '/', '=' or 0 when it is anything else. */
static char op_between(const char *s, size_t a, size_t b)
{
    char op = 0;
    for (size_t i = a; i < b;) {
        unsigned char c = (unsigned char)s[i];
        if (c == ' ') {
            i++;
            continue;
        }
        char here = 0;
        size_t n = 1;
        if (c == '+' || c == '*' || c == '/' || c == '=')
            here = (char)c;
        else if (!memcmp(s + i, "×", 2))
            here = '*', n = 2;
        else if (!memcmp(s + i, "÷", 2))
            here = '/', n = 2;
        if (!here || op)
            return 0;
        op = here;
        i += n;
    }
    return op;
}

/* A figure's interval in its own unit, a percentage as its fraction. */
static bool operand(const zp_num *n, zp_interval *iv)
{
    zp_interval base;
    if (!zp_ck_num_interval(n, &base) || !zp_ck_interval_in_unit_of(n, base, iv))
        return false;
    zp_rat hundredth;
    return n->family != ZF_PCT ||
           (zp_rat_make(1, 100, &hundredth) && zp_interval_scale(*iv, hundredth, iv));
}

static bool usable(const zp_num *n)
{
    return zp_ck_num_is_quantity(n) && !(n->flags & (ZN_APPROX | ZN_BOUND)) &&
           n->family != ZF_POINTS;
}

/* The value of terms[0] ops[0] terms[1] …: products first, then the sum. */
static bool evaluate(const zp_interval *terms, const char *ops, int n, zp_interval *out)
{
    zp_interval sum = zp_interval_point(zp_rat_of_int(0)), prod = terms[0];
    for (int k = 0; k + 1 < n; k++) {
        bool ok = true;
        if (ops[k] == '+') {
            ok = zp_interval_add(sum, prod, &sum);
            prod = terms[k + 1];
        } else if (ops[k] == '*') {
            ok = zp_interval_mul(prod, terms[k + 1], &prod);
        } else {
            ok = zp_interval_div(prod, terms[k + 1], &prod);
        }
        if (!ok)
            return false;
    }
    return zp_interval_add(sum, prod, out);
}

/* lhs = nums[first..eq] against the figure after =. any_pct: a percentage
 * among the operands; without one, "A/B×100=C%" is read with the 100. */
static void check_one(zp_checker *c, const zp_num *nums, size_t first, size_t eq, zp_interval lhs,
                      bool any_pct)
{
    const zp_num *r = &nums[eq + 1];
    zp_interval rhs, as_pct;
    zp_rat hundredth;
    if (!operand(r, &rhs) || zp_interval_overlaps(lhs, rhs))
        return;
    if (r->family == ZF_PCT && !any_pct && zp_rat_make(1, 100, &hundredth) &&
        zp_interval_scale(lhs, hundredth, &as_pct) && zp_interval_overlaps(as_pct, rhs))
        return;
    zp_finding *g = zp_ck_report(c, ZP_ERROR, "arithmetic", "formula", nums[first].start, r->end,
                                 "the arithmetic written out does not give the stated result",
                                 "算式的计算结果与所写的数不符");
    if (!g)
        return;
    bool pct = r->family == ZF_PCT;
    zp_interval shown = lhs;
    if (pct && !zp_interval_scale(lhs, zp_rat_of_int(100), &shown))
        return;
    int places = zp_ck_places_for(r->value);
    zp_ck_finding_stated(g, r->value, r->unit);
    zp_ck_finding_computed(g, zp_ck_interval_mid(shown), places, pct ? "%" : r->unit);
    zp_ck_finding_allowed(g, shown, places, pct ? "%" : r->unit);
}

void zp_ck_expr_check(zp_checker *c)
{
    const char *s = c->p.text;
    const zp_num *nums = c->nums.items;
    size_t n = c->nums.count;
    if (n < 3 || !memchr(s, '=', c->p.len))
        return;
    for (size_t i = 0; i + 2 < n;) {
        zp_interval terms[EXPR_MAX];
        char ops[EXPR_MAX];
        int k = 0;
        size_t j = i;
        const char *unit = NULL; /* the operands' unit, percentages aside */
        bool ok = usable(&nums[i]) && operand(&nums[i], &terms[0]);
        bool any_pct = nums[i].family == ZF_PCT;
        if (ok && nums[i].family != ZF_PCT)
            unit = nums[i].unit;
        /* Operands and operators up to the first =. */
        while (ok && j + 1 < n && k + 1 < EXPR_MAX) {
            char op = op_between(s, nums[j].end, nums[j + 1].start);
            if (!op || op == '=')
                break;
            const zp_num *x = &nums[j + 1];
            if (!usable(x) || !operand(x, &terms[k + 1]))
                break;
            if (x->family != ZF_PCT) {
                if (unit && strcmp(unit, x->unit) && unit[0] && x->unit[0])
                    break;
                if (!unit || !unit[0])
                    unit = x->unit;
            }
            any_pct |= x->family == ZF_PCT;
            ops[k++] = op;
            j++;
        }
        bool is_eq = ok && k > 0 && j + 1 < n &&
                     op_between(s, nums[j].end, nums[j + 1].start) == '=' && usable(&nums[j + 1]);
        if (is_eq) {
            zp_interval lhs;
            if (evaluate(terms, ops, k + 1, &lhs))
                check_one(c, nums, i, j, lhs, any_pct);
        }
        i = j + 1;
    }
}
