/*
 * A rate's change said in percentage points: "执行率由上年的 92.1% 提高到
 * 95.2%，提高 3.1 个百分点", "占比为 35.2%，比上年的 38.1% 下降 2.9 个百分点",
 * "2022 年执行率 92.1%，2023 年为 95.2%，提高 3.1 个百分点". The change is
 * the new rate less the old. Its two rates are the two percentages right
 * before it in its sentence, with no other figure among them, when the words
 * say which is the old one: 由 … 到/至 (the first), 比/较 上年 (the one said
 * after it), or last year (上年, 2022 年) said before one of them only.
 *
 * The same difference said in per cent ("由 92.1% 提高到 95.2%，提高 3.1%")
 * has two readings: a relative change, (95.2 − 92.1) ÷ 92.1 = 3.37%, or
 * points written loosely as per cent. It is an error only when it is
 * neither; points written as per cent are a warning, since a reader takes
 * them for the relative change.
 */
#include <stdio.h>
#include <string.h>

#include "check/check_int.h"

static bool is_rate(const zp_num *n)
{
    return n->family == ZF_PCT && zp_ck_num_is_quantity(n) && !(n->flags & (ZN_APPROX | ZN_BOUND));
}

/* Is there a mark that ends a clause (clause false: a sentence) in s[a..b)? */
static bool has_mark(const char *s, size_t a, size_t b, bool clause)
{
    for (size_t i = a + 1; i <= b; i++)
        if (zp_ck_mark_ends_at(s, i, clause) && i - (s[i - 1] & 0x80 ? 3 : 1) >= a)
            return true;
    return false;
}

/* "由 92.1% 提高到 95.2%": 由 or 从 in the first rate's words, and between
 * the two only a verb with 到, 至 or 为, in one clause. */
static bool from_to(const char *s, size_t a1, const zp_num *r1, const zp_num *r2)
{
    size_t gap = r2->start - r1->end;
    if (gap > 36)
        return false;
    if (has_mark(s, r1->end, r2->start, true))
        return false;
    const char *by = zp_ck_find(s + a1, r1->start - a1, "由");
    bool from = (by && !zp_ck_at(s, r1->start, (size_t)(by - s) + 3, "于")) ||
                zp_ck_has(s + a1, r1->start - a1, "从");
    return from && (zp_ck_has(s + r1->end, gap, "到") || zp_ck_has(s + r1->end, gap, "至") ||
                    zp_ck_has(s + r1->end, gap, "为"));
}

/* "95.2%，比上年的 92.1%": the second rate's words compare with last year. */
static bool compared_with(const char *s, size_t a, size_t b, int last_year)
{
    while (a < b && (s[a] == ' ' || s[a] == '(' || s[a] == ':' || s[a] == ',' ||
                     zp_ck_at(s, b, a, "，")))
        a += (unsigned char)s[a] >= 0x80 ? 3 : 1;
    return (zp_ck_at(s, b, a, "比") || zp_ck_at(s, b, a, "较") || zp_ck_at(s, b, a, "同比") ||
            zp_ck_at(s, b, a, "与")) &&
           zp_ck_says_last_year(s + a, b - a, last_year);
}

/* Is the rate x (its words from a) a change itself ("比上年增长 5%",
 * "增幅 10.6%")? Such a rate and a level are no pair. */
static bool is_change(const char *s, size_t a, const zp_num *x)
{
    static const char *const words[] = {"增幅", "增速", "降幅", "涨幅", "增长率", "下降率"};
    size_t w;
    if (zp_ck_direction_before(s, x->start, &w))
        return true;
    for (size_t k = 0; k < sizeof words / sizeof words[0]; k++)
        if (zp_ck_has(s + a, x->start - a, words[k]))
            return true;
    return false;
}

/* Between the second rate and the change's direction word, only words
 * that compare ("，比上年", "，增幅同比"): any other word may name another
 * subject ("…提高到 95%，满意度提高 3 个百分点"). */
static bool nothing_between(const char *s, size_t a, size_t b)
{
    static const char *const words[] = {"与上年度相比", "与上年相比", "比上年度", "较上年度",
                                        "比上年", "较上年", "比去年", "较去年", "同比", "相比",
                                        "增幅", "增速", "降幅", "幅度", "共", "累计", "，", ",",
                                        " ", "(", ")", "了", "的"};
    while (a < b) {
        size_t m = 0;
        for (size_t k = 0; k < sizeof words / sizeof words[0] && !m; k++)
            if (zp_ck_at(s, b, a, words[k]))
                m = strlen(words[k]);
        if (!m)
            return false;
        a += m;
    }
    return true;
}

/* "自给率仅为 21.4%，…远低于全区财政自给率(53.2%)33.9 个百分点", "比预算目标
 * (7%)低 5.5 个百分点": the second rate, in brackets after what it is, is
 * what the first is compared with. The comparison word before it says which
 * way when no direction word follows the bracket (sign 0 in, the sign out);
 * 0 when the words are not so. */
static int compared_in_brackets(const char *s, size_t a2, const zp_num *r2, const zp_num *d,
                                int sign)
{
    static const struct {
        const char *text;
        int sign;
    } words[] = {{"高于", 1}, {"高出", 1}, {"快于", 1}, {"超过", 1},
                 {"低于", -1}, {"慢于", -1}, {"比", 0}, {"较", 0}};
    size_t b = r2->start;
    while (b > a2 && s[b - 1] == ' ')
        b--;
    size_t i = r2->end;
    while (i < d->start && s[i] == ' ')
        i++;
    if (b == a2 || s[b - 1] != '(' || i >= d->start || s[i] != ')')
        return 0;
    for (i++; i < d->start && s[i] == ' '; i++)
        ;
    bool after = i < d->start; /* a direction word after the bracket */
    if (after != (sign != 0))
        return 0;
    for (size_t k = 0; k < sizeof words / sizeof words[0]; k++)
        if (zp_ck_has(s + a2, b - a2, words[k].text))
            return after ? sign : words[k].sign;
    return 0;
}

/* The rates a change at item ip is between, old and new; false when the
 * words do not tell. *sign is the direction word's (at *w), or 0 when
 * none came right before the change: then only a rate in brackets it is
 * compared with can give it (and *w is the change's start). */
static bool rates_of(const zp_checker *c, size_t ip, int *sign, size_t *w, const zp_num **old,
                     const zp_num **now)
{
    const char *s = c->p.text;
    const zp_num *d = &c->nums.items[ip];
    /* The two nearest figures before it in its sentence (the text between
     * them is searched for a sentence's end, not the whole sentence: this
     * is asked of every percentage). */
    const zp_num *r[2] = {NULL, NULL};
    int n = 0;
    bool skipped = false;
    size_t bound = d->start, k0 = 0;
    for (size_t k = ip; k-- > 0 && n < 2;) {
        const zp_num *x = &c->nums.items[k];
        if (!zp_ck_num_is_quantity(x))
            continue;
        if (has_mark(s, x->end, bound, false))
            break;
        bound = x->start;
        /* points between are a change of their own ("虽然高于上年 2.1 个百分
         * 点，但远低于…(53.2%)"): only a rate in brackets is paired over them */
        if (x->family == ZF_POINTS && n == 1) {
            skipped = true;
            continue;
        }
        if (!is_rate(x))
            return false;
        r[1 - n++] = x;
        k0 = k;
    }
    if (n < 2)
        return false;
    /* the first rate's words start after the figure before it (a year
     * before it is of its words) */
    size_t from1 = 0;
    for (size_t k = k0; k-- > 0 && !from1;)
        if (zp_ck_num_is_quantity(&c->nums.items[k]))
            from1 = c->nums.items[k].end;
    size_t a1 = zp_ck_clause_start(s, from1, r[0]->start, false), a2 = zp_ck_clause_start(s, r[0]->end, r[1]->start, false);
    if (zp_ck_has(s + a1, d->start - a1, "分别"))
        return false;
    if (d->family == ZF_POINTS) {
        int by = compared_in_brackets(s, a2, r[1], d, *sign);
        if (by) {
            if (!*sign)
                *w = d->start;
            *sign = by;
            *old = r[1];
            *now = r[0];
            return true;
        }
    }
    if (skipped || !*sign || !nothing_between(s, r[1]->end, *w) ||
        is_change(s, a1, r[0]) != is_change(s, a2, r[1]))
        return false;
    int last_year = c->report_year ? c->report_year - 1 : 0;
    if (from_to(s, a1, r[0], r[1])) {
        *old = r[0];
        *now = r[1];
        return true;
    }
    if (compared_with(s, a2, r[1]->start, last_year)) {
        *old = r[1];
        *now = r[0];
        return true;
    }
    bool last1 = zp_ck_says_last_year(s + a1, r[0]->start - a1, last_year);
    bool last2 = zp_ck_says_last_year(s + a2, r[1]->start - a2, last_year);
    if (last1 == last2)
        return false;
    *old = last1 ? r[0] : r[1];
    *now = last1 ? r[1] : r[0];
    return true;
}

static void note_rates(zp_finding *g, const zp_num *old, const zp_num *now, const char *how)
{
    char so[48], sn[48];
    zp_dec_format(old->value, false, so, sizeof so);
    zp_dec_format(now->value, false, sn, sizeof sn);
    zp_ck_finding_note(g, "由 %s%% 到 %s%%：%s", so, sn, how);
}

static void check_change(zp_checker *c, size_t ip)
{
    const char *s = c->p.text;
    const zp_num *d = &c->nums.items[ip];
    size_t w = 0;
    int sign = zp_ck_direction_before(s, d->start, &w);
    const zp_num *old, *now;
    if ((sign && zp_ck_yearly_before(s, w)) || !rates_of(c, ip, &sign, &w, &old, &now))
        return;
    zp_interval o, n, sd, diff, rel;
    zp_rat orat, nrat, point;
    if (!zp_ck_num_interval(old, &o) || !zp_ck_num_interval(now, &n) ||
        !zp_ck_num_interval(d, &sd) || !zp_ck_num_rat(old, &orat) || !zp_ck_num_rat(now, &nrat) ||
        !zp_interval_sub(n, o, &diff) || !zp_rat_sub(nrat, orat, &point))
        return;
    if (sign < 0)
        sd = zp_interval_neg(sd);
    bool percent = d->family == ZF_PCT;
    bool has_rel = percent && zp_ck_f_pct_from_last(n, o, &rel);
    if (zp_interval_overlaps(diff, sd)) {
        if (percent && !(has_rel && zp_interval_overlaps(rel, sd))) {
            zp_finding *g = zp_ck_report(c, ZP_WARNING, "wording", "points", d->start, d->end,
                                         "a difference of two rates is in percentage points",
                                         "两个百分比之差应称“个百分点”：所写的 %.*s 是两率之差，"
                                         "不是增长率",
                                         (int)(d->end - d->start), s + d->start);
            zp_ck_finding_stated(g, d->value, d->unit);
            zp_rat r;
            if (zp_rat_percent(point, orat, &r))
                zp_ck_finding_computed(g, r, zp_ck_places_for(d->value), "%");
            note_rates(g, old, now, "增长率 = (新 − 旧) ÷ 旧 × 100%；两率之差为百分点");
        }
        return;
    }
    if (has_rel && zp_interval_overlaps(rel, sd))
        return;
    zp_interval back = zp_interval_neg(sd);
    if (zp_interval_overlaps(diff, back) || (has_rel && zp_interval_overlaps(rel, back))) {
        zp_finding *g = zp_ck_report(c, ZP_ERROR, "wording", "direction", w, d->end,
                                     "direction word contradicts the numbers",
                                     "增减用词与数字相反：由 %.*s 到 %.*s 是%s，却写“%.*s”",
                                     (int)(old->end - old->start), s + old->start,
                                     (int)(now->end - now->start), s + now->start,
                                     zp_rat_sign(point) > 0 ? "上升" : "下降", (int)(d->start - w),
                                     s + w);
        (void)g;
        return;
    }
    int places = zp_ck_places_for(d->value);
    zp_finding *g;
    if (percent) {
        g = zp_ck_report(c, ZP_ERROR, "arithmetic", "points", d->start, d->end,
                         "the change fits neither the rates' difference nor their relative change",
                         "增减幅度与前后两个比率不符（既非百分点之差，也非增长率）");
        zp_ck_finding_stated(g, d->value, d->unit);
        zp_rat r;
        if (zp_rat_percent(point, orat, &r))
            zp_ck_finding_computed(g, r, places, "%");
        if (has_rel)
            zp_ck_finding_allowed(g, rel, places, "%");
        note_rates(g, old, now, "增长率 = (新 − 旧) ÷ 旧 × 100%；两率之差为百分点");
        return;
    }
    g = zp_ck_report(c, ZP_ERROR, "arithmetic", "points", d->start, d->end,
                     "the change in points is not the difference of the two rates",
                     "百分点变化与前后两个比率之差不符");
    zp_ck_finding_stated(g, d->value, d->unit);
    zp_ck_finding_computed(g, sign < 0 ? zp_rat_neg(point) : point, places, d->unit);
    zp_ck_finding_allowed(g, sign < 0 ? zp_interval_neg(diff) : diff, places, d->unit);
    note_rates(g, old, now, "百分点 = 新比率 − 旧比率");
}

void zp_ck_points_check(zp_checker *c)
{
    for (size_t k = 0; k < c->nums.count; k++) {
        const zp_num *d = &c->nums.items[k];
        if ((d->family == ZF_POINTS || d->family == ZF_PCT) && zp_ck_num_is_quantity(d) &&
            !(d->flags & (ZN_APPROX | ZN_BOUND)))
            check_change(c, k);
    }
}
