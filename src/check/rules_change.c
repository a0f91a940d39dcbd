/*
 * A change on last year inside one frame: "本年 X，比上年增加 D，增长 E%"
 * against last year's figure (the base of a change rate is last year's
 * value), growth from nothing, and direction words that contradict the
 * figures. Each is an error only when no values inside the stated
 * figures' rounding intervals make it true.
 */
#include <stdio.h>
#include <string.h>

#include "check/check_int.h"
#include "check/rules.h"

/* Does later name what earlier named: the same words, or them without a
 * last generic word ("一般公共预算财政拨款支出 … 一般公共预算财政拨款增加")? */
static bool names_again(const char *earlier, const char *later)
{
    static const char *const tails[] = {"支出", "收入", "资金", "经费"};
    size_t n = strlen(later);
    if (strncmp(earlier, later, n))
        return false;
    if (!earlier[n])
        return true;
    for (size_t k = 0; k < sizeof tails / sizeof tails[0]; k++)
        if (!strcmp(earlier + n, tails[k]))
            return n >= 12;
    return false;
}

/* This year's value of a frame: its own, or one stated for the same
 * category earlier in the paragraph. */
static const zp_item *this_year(const zp_checker *c, const zp_frame *f)
{
    static const int roles[] = {ZR_AMOUNT, ZR_ACTUAL, ZR_BUDGET, ZR_COUNT};
    /* "2024 年执行数 A，2025 年预算数 B，较上年预算数减少 D": B's change */
    if (f->change_of_budget && f->slot[ZR_BUDGET] >= 0)
        return zp_ck_frame_item(c, f, ZR_BUDGET);
    for (size_t k = 0; k < sizeof roles / sizeof roles[0]; k++)
        if (f->slot[roles[k]] >= 0)
            return zp_ck_frame_item(c, f, roles[k]);
    if (f->cat < 0) {
        /* "…财政拨款支出 1150.36 万元…。与上年相比，…财政拨款支出增加 80
         * 万元": the same words earlier in the paragraph. */
        for (const zp_frame *g = f; f->subject[0] && g-- > c->p.frames;)
            if (names_again(g->subject, f->subject))
                for (size_t k = 0; k < 2; k++)
                    if (g->slot[roles[k]] >= 0)
                        return zp_ck_frame_item(c, g, roles[k]);
        return NULL;
    }
    for (size_t k = 0; k < sizeof roles / sizeof roles[0]; k++) {
        int g = zp_ck_cat_frame(c, f->cat, roles[k]);
        if (g >= 0 && &c->p.frames[g] != f)
            return zp_ck_frame_item(c, &c->p.frames[g], roles[k]);
    }
    /* Stated in an earlier paragraph under the same heading. */
    const zp_entry *e = zp_ck_ledger_find(c, zp_ck_categories[f->cat].name, ZR_AMOUNT, c->project);
    if (!e)
        return NULL;
    zp_checker *m = (zp_checker *)c; /* scratch item: the claim's own figures stay in place */
    memset(&m->ext_item, 0, sizeof m->ext_item);
    m->ext_item.num.value = e->value;
    m->ext_item.num.exp10 = e->exp10;
    m->ext_item.num.family = ZF_MONEY;
    m->ext_item.num.start = m->ext_item.num.end = m->ext_item.num.num_end = (size_t)-1;
    zp_str_copy(m->ext_item.num.unit, sizeof m->ext_item.num.unit, e->unit);
    return &m->ext_item;
}

/* Do the words of frame f's last-year figure name a final figure (上年决算
 * 数, 上年实际, 上年执行数)? */
static bool said_final(const zp_checker *c, const zp_frame *f)
{
    const zp_item *l = zp_ck_frame_item(c, f, ZR_LAST);
    size_t from = f->start < l->num.start ? f->start : l->num.start;
    const char *s = c->p.text + from;
    size_t n = l->num.start - from;
    return zp_ck_has(s, n, "决算") || zp_ck_has(s, n, "实际") || zp_ck_has(s, n, "执行") ||
           zp_ck_has(s, n, "支出");
}

static void check_change_of(zp_checker *c, const zp_frame *f, const zp_item *this_item)
{
    zp_fig v, l, d, e;
    bool hv = zp_ck_fig_get(this_item, &v);
    bool hl = zp_ck_fig_get(zp_ck_frame_item(c, f, ZR_LAST), &l);
    bool hd = zp_ck_fig_signed(zp_ck_frame_item(c, f, ZR_CHANGE), f->sign[ZR_CHANGE], &d);
    bool he = zp_ck_fig_signed(zp_ck_frame_item(c, f, ZR_CHANGE_PCT), f->sign[ZR_CHANGE_PCT], &e);
    if (!hd && !he)
        return;
    /* "上年年初预算收入 801.4 万元，收入决算数为 991.58 万元，本年…比上年减少
     * 105.95 万元": last year's budget is no base for this year's final
     * figure, and the final figure after it may well be last year's too. */
    bool this_budget =
        hv && f->slot[ZR_BUDGET] >= 0 && this_item == &c->p.items[f->slot[ZR_BUDGET]];
    /* "预算合计 5.65 万元，较上年 8 万元减少 2.45 万元": a budget against
     * last year's figure said without its measure is against last year's
     * budget */
    bool last_unsaid = hl && !f->last_budget && this_budget && f->slot[ZR_ACTUAL] < 0 &&
                       f->slot[ZR_AMOUNT] < 0 && !said_final(c, f);
    if (hl && f->last_budget != this_budget && !last_unsaid)
        return;
    /* Figures of different kinds cannot be this year's and last year's. */
    if (hv && hl && v.it->num.family != l.it->num.family)
        return;
    if (hv && hd && v.it->num.family != d.it->num.family)
        hv = false;
    char sv[32], sl[32], sd[32];

    /* The change against the two years. */
    if (hv && hl && hd) {
        zp_interval iv;
        zp_rat point;
        if (zp_interval_sub(v.iv, l.iv, &iv) && zp_rat_sub(v.r, l.r, &point)) {
            zp_finding *g = zp_ck_fig_compare(c, &d, iv, point, zp_ck_fig_first_at(&l, &d), "yoy",
                                    "change does not match this year's and last year's figures",
                                    "增减额与本年数、上年数不符");
            if (g) {
                zp_ck_fig_fmt(&v, sv, sizeof sv);
                zp_ck_fig_fmt(&l, sl, sizeof sl);
                zp_ck_finding_note(g, "本年 %s − 上年 %s", sv, sl);
            }
        }
    }
    /* Growth from nothing has no rate. */
    bool zero_base = false;
    if (hl && zp_rat_sign(l.r) == 0 && l.it->num.value.units == 0)
        zero_base = true;
    if (!hl && hv && hd) {
        zp_rat base;
        if (zp_rat_sub(v.r, d.r, &base) && zp_rat_sign(base) == 0 && hd && zp_rat_sign(d.r) != 0)
            zero_base = true;
    }
    if (zero_base && he) {
        zp_finding *g = zp_ck_report(c, ZP_ERROR, "ill-defined", "zero-base",
                                  zp_ck_fig_first_at(hl ? &l : NULL, hd ? &d : &e), e.it->num.end,
                                  "growth from a zero base has no percentage",
                                  "上年数为零，增减百分比无意义，应写“上年无此项支出”");
        zp_ck_finding_stated(g, e.it->num.value, "%");
        return;
    }

    if (he) {
        zp_interval iv;
        zp_rat point, base;
        bool ok = false;
        const char *how = "";
        /* With the change stated and agreeing with the two years, the rate
         * is the change over last year: "8 万元，上年 12.5 万元，减少 4.35 万元，
         * 减少率 35.22%" is wrong though 8 − 12.5 could be −4.22. When the
         * change disagrees, that is its own finding, and the rate is read
         * from the two years. */
        zp_interval vl;
        bool change_agrees = hv && hl && hd && zp_interval_sub(v.iv, l.iv, &vl) &&
                             zp_interval_overlaps(vl, d.iv);
        if (change_agrees) {
            ok = zp_ck_f_pct_from_last_change(l.iv, d.iv, &iv) && zp_rat_percent(d.r, l.r, &point);
            how = "增减额 ÷ 上年";
        } else if (hv && hl) {
            ok = zp_ck_f_pct_from_last(v.iv, l.iv, &iv) && zp_rat_sub(v.r, l.r, &point) &&
                 zp_rat_percent(point, l.r, &point);
            how = "(本年 − 上年) ÷ 上年";
        } else if (hl && hd) {
            ok = zp_ck_f_pct_from_last_change(l.iv, d.iv, &iv) && zp_rat_percent(d.r, l.r, &point);
            how = "增减额 ÷ 上年";
        } else if (hv && hd) {
            ok = zp_ck_f_pct_from_change(v.iv, d.iv, &iv) && zp_rat_sub(v.r, d.r, &base) &&
                 zp_rat_percent(d.r, base, &point);
            how = "增减额 ÷ (本年 − 增减额)";
        }
        if (ok) {
            /* The claim's place: its own figures, not a value borrowed from
             * an earlier sentence. */
            size_t from = e.it->num.start;
            if (hd && d.it->num.start < from)
                from = d.it->num.start;
            if (hl && l.it->num.start < from)
                from = l.it->num.start;
            zp_finding *g = zp_ck_fig_compare(c, &e, iv, point, from, "yoy",
                                    "change rate does not match; its base is last year's value",
                                    "增减率与增减额不符（基数应为上年数）");
            if (g && change_agrees) {
                zp_ck_fig_fmt(&d, sd, sizeof sd);
                zp_ck_fig_fmt(&l, sl, sizeof sl);
                zp_ck_finding_note(g, "%s：%s ÷ %s", how, sd, sl);
            } else if (g && hv && hd) {
                zp_ck_fig_fmt(&v, sv, sizeof sv);
                zp_ck_fig_fmt(&d, sd, sizeof sd);
                zp_rat last, wrong;
                char slast[48], swrong[48];
                zp_rat_sub(v.r, d.r, &last);
                /* Shown in this year's figure's unit, as the figures it is made of. */
                zp_rat shown_last = zp_rat_abs(last);
                int last_places = 2;
                if (v.it->num.start != (size_t)-1 &&
                    zp_ck_rat_in_unit_of(&v.it->num, shown_last, &shown_last))
                    last_places = v.it->num.value.scale > d.it->num.value.scale
                                      ? v.it->num.value.scale
                                      : d.it->num.value.scale;
                else
                    shown_last = zp_rat_abs(last);
                zp_ck_fmt_rat(shown_last, last_places, slast, sizeof slast);
                zp_ck_finding_note(g, "%s：上年 = %s %s %s = %s%s，%s ÷ %s", how, sv,
                                zp_rat_sign(d.r) < 0 ? "+" : "−", sd, slast, v.it->num.unit, sd,
                                slast);
                /* The usual slip: dividing by this year's value. */
                zp_interval wiv;
                if (zp_ck_f_ratio(zp_interval_point(zp_rat_abs(d.r)), v.iv, &wiv) &&
                    zp_rat_percent(zp_rat_abs(d.r), v.r, &wrong)) {
                    zp_interval abs_e = zp_rat_sign(e.r) < 0 ? zp_interval_neg(e.iv) : e.iv;
                    if (zp_interval_overlaps(abs_e, wiv)) {
                        zp_ck_fmt_rat(wrong, 2, swrong, sizeof swrong);
                        zp_ck_finding_note(g,
                                        "%s：上年 = %s %s %s = %s%s；所写的数是 %s ÷ %s = %s%%，"
                                        "以本年数为基数算错了",
                                        how, sv, zp_rat_sign(d.r) < 0 ? "+" : "−", sd, slast,
                                        v.it->num.unit, sd, sv, swrong);
                    }
                }
            } else if (g) {
                zp_ck_finding_note(g, "%s", how);
            }
        }
    }

    /* Direction words against the figures: the word's direction, turned by
     * a figure stated negative ("增幅为 -4.5%" is a fall). */
    int wd = hd ? f->sign[ZR_CHANGE] * (d.it->num.value.units < 0 ? -1 : 1) : 0;
    int we = he ? f->sign[ZR_CHANGE_PCT] * (e.it->num.value.units < 0 ? -1 : 1) : 0;
    if (wd && we && wd != we) {
        zp_ck_report(c, ZP_ERROR, "wording", "direction", f->word_at[ZR_CHANGE],
                  f->word_at[ZR_CHANGE_PCT] + f->word_len[ZR_CHANGE_PCT],
                  "the amount and the rate of one change go in opposite directions",
                  "同一增减的金额和百分比方向相反（“%s”与“%s”）", wd > 0 ? "增加" : "减少",
                  we > 0 ? "增长" : "下降");
    } else if (hv && hl && (wd || we)) {
        zp_interval diff;
        if (zp_interval_sub(v.iv, l.iv, &diff)) {
            int actual = zp_rat_sign(diff.lo) > 0 ? 1 : zp_rat_sign(diff.hi) < 0 ? -1 : 0;
            int said = wd ? wd : we;
            size_t w = wd ? f->word_at[ZR_CHANGE] : f->word_at[ZR_CHANGE_PCT];
            size_t wl = wd ? f->word_len[ZR_CHANGE] : f->word_len[ZR_CHANGE_PCT];
            if (actual && said != actual) {
                zp_ck_fig_fmt(&v, sv, sizeof sv);
                zp_ck_fig_fmt(&l, sl, sizeof sl);
                zp_finding *g = zp_ck_report(c, ZP_ERROR, "wording", "direction", w, w + wl,
                                          "direction word contradicts the numbers",
                                          "增减用词与数字相反：本年 %s 比上年 %s %s，却写“%.*s”", sv,
                                          sl, actual > 0 ? "多" : "少", (int)wl, c->p.text + w);
                (void)g;
            }
        }
    }
}

/* "2014 年…达到 22548 元，增长 9.6%，比 2010 年增加 8405 元": the rate,
 * said first, is on the year before; the amount, compared with a year
 * further back, over four years. They are two changes, no pair. */
static bool spans_differ(const zp_checker *c, const zp_frame *f)
{
    const zp_item *d = zp_ck_frame_item(c, f, ZR_CHANGE), *e = zp_ck_frame_item(c, f, ZR_CHANGE_PCT);
    if (!d || !e || e->num.start > d->num.start)
        return false;
    int compared = 0;
    for (size_t k = 0; k < c->nums.count; k++) {
        const zp_num *y = &c->nums.items[k];
        if (y->start < e->num.end || y->start > d->num.start || !(y->flags & ZN_YEAR))
            continue;
        size_t b = y->start;
        while (b > 0 && c->p.text[b - 1] == ' ')
            b--;
        if (b >= 3 && (!memcmp(c->p.text + b - 3, "比", 3) || !memcmp(c->p.text + b - 3, "较", 3)))
            compared = (int)y->value.units;
    }
    int year = zp_ck_frame_year(c, f);
    if (!year)
        year = c->report_year;
    return compared && year && year - compared != 1;
}

void zp_ck_rule_change(zp_checker *c, const zp_frame *f)
{
    if (spans_differ(c, f))
        return;
    /* A change said after a 其中 list without a subject of its own may be
     * the whole's ("…经费 X 元，其中：基本支出 A 元，项目支出 B 元，同比增加
     * D 元，增长 E%"): it is an error only when neither reading holds. */
    if (f->change_unnamed && f->parent >= 0) {
        const zp_item *whole = this_year(c, &c->p.frames[f->parent]);
        if (whole) {
            c->trial = true;
            c->trial_errors = 0;
            check_change_of(c, f, whole);
            c->trial = false;
            if (c->trial_errors == 0)
                return;
        }
    }
    check_change_of(c, f, this_year(c, f));
}
