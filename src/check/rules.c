/*
 * Checks inside one frame: the execution rate against budget and final
 * accounts, a difference from the budget, the words of a change, and a
 * score against its weight (the change on last year is rules_change.c's).
 * Each is an error only when no values inside the stated figures' rounding
 * intervals make it true.
 */
#include <string.h>

#include "check/check_int.h"
#include "check/rules.h"

bool zp_ck_fig_get(const zp_item *it, zp_fig *out)
{
    if (!it || (it->num.flags & (ZN_APPROX | ZN_BOUND)))
        return false;
    out->it = it;
    out->d = it->num.value;
    return zp_ck_item_interval(it, &out->iv) && zp_ck_item_rat(it, &out->r);
}

bool zp_ck_fig_signed(const zp_item *it, int sign, zp_fig *out)
{
    if (!zp_ck_fig_get(it, out))
        return false;
    if (sign < 0 && zp_rat_sign(out->r) > 0) {
        out->r = zp_rat_neg(out->r);
        out->d.units = -out->d.units;
        out->iv = zp_interval_neg(out->iv);
    }
    return true;
}

size_t zp_ck_fig_first_at(const zp_fig *a, const zp_fig *b)
{
    size_t x = a && a->it ? a->it->num.start : (size_t)-1;
    size_t y = b && b->it ? b->it->num.start : (size_t)-1;
    return x < y ? x : y;
}

void zp_ck_fig_fmt(const zp_fig *f, char *buf, size_t size)
{
    zp_dec d = f->it->num.value;
    if (d.units < 0)
        d.units = -d.units;
    zp_dec_format(d, false, buf, size);
}

/* The budgets a frame's figures may be measured against: its own, and the
 * other budgets of the same subject in the paragraph (年初预算 and
 * 调整后预算 are often both given, and a rate or a difference may use
 * either). */
static int budgets_of(const zp_checker *c, const zp_frame *f, zp_fig *out, int max)
{
    int n = 0;
    if (zp_ck_fig_get(zp_ck_frame_item(c, f, ZR_BUDGET), &out[n]))
        n++;
    for (size_t i = 0; i < c->p.nframes && n < max; i++) {
        const zp_frame *g = &c->p.frames[i];
        if (g == f || g->slot[ZR_BUDGET] < 0)
            continue;
        bool same = (f->cat >= 0 && g->cat == f->cat) ||
                    (f->subject[0] && !strcmp(f->subject, g->subject));
        if (same && zp_ck_fig_get(zp_ck_frame_item(c, g, ZR_BUDGET), &out[n]))
            n++;
    }
    return n;
}

zp_finding *zp_ck_fig_compare(zp_checker *c, const zp_fig *stated, zp_interval computed,
                              zp_rat point, size_t from, const char *check, const char *gloss,
                              const char *msg)
{
    if (zp_interval_overlaps(stated->iv, computed))
        return NULL;
    zp_finding *g = zp_ck_report(c, ZP_ERROR, "arithmetic", check, from, stated->it->num.end, gloss,
                              "%s", msg);
    int places = zp_ck_places_for(stated->it->num.value);
    zp_ck_finding_stated(g, stated->d, stated->it->num.unit);
    zp_ck_finding_computed_as(g, point, &computed, places, places, &stated->it->num);
    return g;
}

/* stated = part ÷ whole × 100%: reported when they cannot meet, with a note
 * naming the two figures ("决算 A ÷ 预算 B × 100%"; unit after each). */
static zp_finding *ratio_claim(zp_checker *c, const zp_fig *stated, const zp_fig *part,
                               const zp_fig *whole, size_t from, const char *check,
                               const char *gloss, const char *msg, const char *part_word,
                               const char *whole_word, const char *unit)
{
    zp_interval iv;
    zp_rat point;
    /* "预算 0 万元，实际支出 2 万元，执行率 100%": over a stated zero there
     * is no rate (a zero said is exact; 0 over 0 is left alone, reports
     * write 100% or 0% for it by custom). */
    if (zp_rat_sign(whole->iv.lo) == 0 && zp_rat_sign(whole->iv.hi) == 0 &&
        zp_rat_sign(part->iv.lo) > 0) {
        zp_finding *g = zp_ck_report(c, ZP_ERROR, "ill-defined", "zero-base", from,
                                     stated->it->num.end, "a rate over a zero has no value",
                                     "%s数为零，比率无意义", whole_word);
        zp_ck_finding_stated(g, stated->d, stated->it->num.unit);
        return g;
    }
    if (!zp_ck_f_ratio(part->iv, whole->iv, &iv) || !zp_rat_percent(part->r, whole->r, &point))
        return NULL;
    zp_finding *g = zp_ck_fig_compare(c, stated, iv, point, from, check, gloss, msg);
    if (g) {
        char sp[32], sw[32];
        zp_ck_fig_fmt(part, sp, sizeof sp);
        zp_ck_fig_fmt(whole, sw, sizeof sw);
        zp_ck_finding_note(g, "%s %s%s ÷ %s %s%s × 100%%", part_word, sp, unit, whole_word, sw,
                           unit);
    }
    return g;
}



/* The frame's final figure: its own, or the same category's in the
 * paragraph ("三公经费支出 4.20 万元…。三公经费预算 5.00 万元，控制率 84%"). */
static const zp_item *final_figure(const zp_checker *c, const zp_frame *f)
{
    static const int roles[] = {ZR_ACTUAL, ZR_AMOUNT};
    for (size_t k = 0; k < 2; k++)
        if (f->slot[roles[k]] >= 0)
            return zp_ck_frame_item(c, f, roles[k]);
    for (size_t k = 0; f->cat >= 0 && k < 2; k++) {
        int g = zp_ck_cat_frame(c, f->cat, roles[k]);
        if (g >= 0 && &c->p.frames[g] != f)
            return zp_ck_frame_item(c, &c->p.frames[g], roles[k]);
    }
    return NULL;
}

/* "在职人员控制率 95.83%": 实有 (在职) people over 编制, as the paragraph
 * counts them. */
static void check_staffing(zp_checker *c, const zp_frame *f, const zp_fig *r)
{
    if (!strstr(f->subject, "人员") && !strstr(f->subject, "在职"))
        return;
    zp_fig quota, staff;
    bool hq = false, hs = false;
    for (size_t i = 0; i < c->p.nframes; i++) {
        const zp_frame *g = &c->p.frames[i];
        const zp_item *n = zp_ck_frame_item(c, g, ZR_COUNT);
        if (g->parent >= 0 || !n || n->num.family != ZF_PEOPLE || n->num.start > r->it->num.start)
            continue;
        if (!hq && strstr(g->subject, "编制") && !strstr(g->subject, "实有"))
            hq = zp_ck_fig_get(n, &quota);
        else if (!hs && (strstr(g->subject, "实有") || strstr(g->subject, "在职")))
            hs = zp_ck_fig_get(n, &staff);
    }
    if (hq && hs)
        ratio_claim(c, r, &staff, &quota, r->it->num.start, "rate",
                    "staffing control rate does not match the staff and the quota",
                    "在职人员控制率与实有人数、编制数不符", "实有", "编制", " 人");
}

/* "项目实际下达预算 2596 万元，全年度实际总支出 2595.6208 万元，项目预算执行率
 * 99%": a rate with no figures of its own, after a sentence that states one
 * budget and one final sum of money, each under its own words, is theirs. */
static bool sentence_pair(const zp_checker *c, const zp_frame *f, zp_fig *budget, zp_fig *final)
{
    const zp_item *b = NULL, *a = NULL;
    int money = 0;
    for (const zp_frame *g = f; g-- > c->p.frames && g->sentence == f->sentence;)
        for (int role = 0; role < ZR__N; role++) {
            const zp_item *it = zp_ck_frame_item(c, g, role);
            if (!it || it->num.family != ZF_MONEY)
                continue;
            money++;
            if (role == ZR_BUDGET)
                b = it;
            else if (role == ZR_ACTUAL || role == ZR_AMOUNT)
                a = it;
        }
    return money == 2 && a && b && a->num.start > b->num.start && zp_ck_fig_get(b, budget) && zp_ck_fig_get(a, final);
}

/* "预算共安排 546.23 万元，其中…；实际支付 355.16 万元，其中…，执行率 65%":
 * a final figure's budget under other words, when the sentence states one
 * budget alone before it. */
static int sentence_budget(const zp_checker *c, const zp_frame *f, zp_fig *out)
{
    const zp_item *b = NULL;
    int n = 0;
    for (const zp_frame *g = f; g-- > c->p.frames && g->sentence == f->sentence;) {
        if (g->parent >= 0 || g->slot[ZR_BUDGET] < 0 || g->slot[ZR_ACTUAL] >= 0 ||
            g->slot[ZR_AMOUNT] >= 0)
            continue;
        b = zp_ck_frame_item(c, g, ZR_BUDGET);
        n++;
    }
    return n == 1 && b->num.family == ZF_MONEY && zp_ck_fig_get(b, out);
}

static void check_rate(zp_checker *c, const zp_frame *f)
{
    zp_fig a, r, budgets[4];
    if (!zp_ck_fig_get(zp_ck_frame_item(c, f, ZR_RATE), &r))
        return;
    if (f->slot[ZR_BUDGET] < 0 && f->slot[ZR_ACTUAL] < 0 && f->slot[ZR_AMOUNT] < 0 &&
        sentence_pair(c, f, &budgets[0], &a)) {
        ratio_claim(c, &r, &a, &budgets[0], r.it->num.start, "rate",
                    "execution rate does not match budget and final accounts",
                    "完成率（执行率）与预算数、决算数不符", "决算", "预算", "");
        return;
    }
    if (!zp_ck_fig_get(final_figure(c, f), &a)) {
        check_staffing(c, f, &r);
        return;
    }
    /* Its own budget first, then the subject's other budgets in the
     * paragraph: an error only when the rate fits none of them. */
    int nb = budgets_of(c, f, budgets, 4);
    if (nb == 0 && f->parent < 0)
        nb = sentence_budget(c, f, &budgets[0]);
    if (nb == 0)
        return;
    for (int k = 1; k < nb; k++) {
        zp_interval q;
        if (zp_ck_f_ratio(a.iv, budgets[k].iv, &q) && zp_interval_overlaps(r.iv, q))
            return;
    }
    ratio_claim(c, &r, &a, &budgets[0], r.it->num.start, "rate",
                "execution rate does not match budget and final accounts",
                "完成率（执行率）与预算数、决算数不符", "决算", "预算", "");
}

/* "支出总计 1741.75 万元…完成年初预算 100%，决算数大于预算数 55.93 万元":
 * with no budget stated, the budget is the final sum less the difference,
 * and the sentence's rate must fit it. The final sum and the rate are the
 * difference's frame's, or the frame before it of the same subject. */
static void check_rate_by_difference(zp_checker *c, const zp_frame *f, const zp_fig *d)
{
    const zp_frame *g = f;
    if (!zp_ck_frame_item(c, g, ZR_RATE)) {
        g = NULL;
        for (size_t i = 0; i < c->p.nframes && &c->p.frames[i] < f; i++) {
            const zp_frame *h = &c->p.frames[i];
            /* of the same subject, or of one the difference does not name
             * ("决算数大于预算数" leaves 数) */
            if (h->sentence == f->sentence &&
                (!strcmp(h->subject, f->subject) || strlen(f->subject) <= 3) &&
                zp_ck_frame_item(c, h, ZR_RATE))
                g = h;
        }
    }
    zp_fig a, r;
    const zp_item *actual = g ? zp_ck_frame_item(c, g, ZR_ACTUAL) : NULL;
    if (g && !actual)
        actual = zp_ck_frame_item(c, g, ZR_AMOUNT);
    zp_interval budget;
    zp_fig b;
    if (!g || !zp_ck_fig_get(actual, &a) || !zp_ck_fig_get(zp_ck_frame_item(c, g, ZR_RATE), &r) ||
        !zp_interval_sub(a.iv, d->iv, &budget) || !zp_rat_sub(a.r, d->r, &b.r) ||
        zp_rat_sign(b.r) <= 0)
        return;
    b.iv = budget;
    b.it = d->it;
    b.d = d->d;
    zp_finding *gf = ratio_claim(c, &r, &a, &b, r.it->num.start, "rate",
                                 "execution rate does not match final accounts and the difference "
                                 "from the budget",
                                 "完成率（执行率）与决算数及其与预算之差不符", "决算", "预算", "");
    char sa[32], sd[32];
    zp_ck_fig_fmt(&a, sa, sizeof sa);
    zp_ck_fig_fmt(d, sd, sizeof sd);
    if (gf)
        zp_ck_finding_note(gf, "决算 %s ÷ (决算 %s − 与预算之差 %s) × 100%%", sa, sa, sd);
}

/* "由年初的 76138 万元调整为 89138 万元，调增 13000 万元", "年初预算 A，调整
 * 预算为 B，比年初预算增加 D": the adjustment is the new budget less the
 * first, which the frame before it in the sentence states. True when it
 * was such a claim (checked here). */
static bool check_adjustment(zp_checker *c, const zp_frame *f)
{
    const zp_item *bi = zp_ck_frame_item(c, f, ZR_BUDGET);
    if (!bi)
        bi = zp_ck_frame_item(c, f, ZR_AMOUNT);
    zp_fig d, a, b;
    if (!bi || f == c->p.frames || f[-1].sentence != f->sentence ||
        zp_ck_frame_item(c, f, ZR_ACTUAL) ||
        !zp_ck_fig_signed(zp_ck_frame_item(c, f, ZR_CHANGE), f->sign[ZR_CHANGE], &d))
        return false;
    /* the adjusted figure is said with 调整 ("调整为", "调整预算为") */
    size_t from = f[-1].end < bi->num.start ? f[-1].end : f->start;
    if (!zp_ck_has(c->p.text + from, bi->num.start - from, "调整"))
        return false;
    const zp_item *ai = zp_ck_frame_item(c, &f[-1], ZR_BUDGET);
    if (!ai)
        ai = zp_ck_frame_item(c, &f[-1], ZR_AMOUNT);
    if (!ai || ai->num.start > bi->num.start || !zp_ck_items_alike(ai, bi) ||
        !zp_ck_fig_get(ai, &a) || !zp_ck_fig_get(bi, &b))
        return false;
    zp_interval want;
    zp_rat point;
    if (!zp_interval_sub(b.iv, a.iv, &want) || !zp_rat_sub(b.r, a.r, &point))
        return true;
    zp_finding *g = zp_ck_fig_compare(c, &d, want, point, d.it->num.start, "yoy",
                                      "the adjustment is not the new budget less the first",
                                      "调整额与调整前后的预算数不符");
    char sa[32], sb[32];
    zp_ck_fig_fmt(&a, sa, sizeof sa);
    zp_ck_fig_fmt(&b, sb, sizeof sb);
    if (g)
        zp_ck_finding_note(g, "调整后 %s − 调整前 %s", sb, sa);
    return true;
}

/* "预算 15 万元，实际支出 11.26 万元，比预算减少 3.74 万元". */
static void check_vs_budget(zp_checker *c, const zp_frame *f)
{
    if (check_adjustment(c, f))
        return;
    zp_fig b, a, d, e, others[4];
    const zp_item *actual = zp_ck_frame_item(c, f, ZR_ACTUAL);
    if (!actual)
        actual = zp_ck_frame_item(c, f, ZR_AMOUNT);
    int nb = budgets_of(c, f, others, 4);
    if (nb == 0) {
        if (!zp_ck_fig_signed(zp_ck_frame_item(c, f, ZR_CHANGE), f->sign[ZR_CHANGE], &d))
            return;
        check_rate_by_difference(c, f, &d);
        /* "三公经费 41 万元，比预算减少 4 万元，下降 2.2%": the budget is the
         * figure less its difference, and the rate is over it. Not after an
         * adjustment ("调减 16000 万元，下降 9.7%": the rate is on last year). */
        const char *word = c->p.text + f->word_at[ZR_CHANGE];
        bool adjusted = f->word_len[ZR_CHANGE] == strlen("调增") &&
                        (!memcmp(word, "调增", strlen("调增")) || !memcmp(word, "调减", strlen("调减")));
        zp_interval q;
        zp_rat base, point;
        if (!adjusted && zp_ck_fig_get(actual, &a) &&
            zp_ck_fig_signed(zp_ck_frame_item(c, f, ZR_CHANGE_PCT), f->sign[ZR_CHANGE_PCT], &e) &&
            zp_ck_f_pct_from_change(a.iv, d.iv, &q) && zp_rat_sub(a.r, d.r, &base) &&
            zp_rat_percent(d.r, base, &point)) {
            zp_finding *g = zp_ck_fig_compare(c, &e, q, point, d.it->num.start, "yoy",
                                              "the rate against the budget does not match",
                                              "与预算相比的增减率与预算数、实际数不符");
            char sa[32], sd[32];
            zp_ck_fig_fmt(&a, sa, sizeof sa);
            zp_ck_fig_fmt(&d, sd, sizeof sd);
            if (g)
                zp_ck_finding_note(g, "差额 %s ÷ 预算 (%s %s %s)", sd, sa,
                                   zp_rat_sign(d.r) < 0 ? "+" : "−", sd);
        }
        return;
    }
    if (!zp_ck_fig_get(actual, &a))
        return;
    b = others[0];
    bool hd = zp_ck_fig_signed(zp_ck_frame_item(c, f, ZR_CHANGE), f->sign[ZR_CHANGE], &d);
    bool he = zp_ck_fig_signed(zp_ck_frame_item(c, f, ZR_CHANGE_PCT), f->sign[ZR_CHANGE_PCT], &e);
    zp_interval iv;
    zp_rat point;
    /* Right against any of the subject's budgets is right. */
    for (int k = 0; k < nb; k++) {
        zp_interval q;
        if (hd && zp_interval_sub(a.iv, others[k].iv, &q) && zp_interval_overlaps(d.iv, q))
            hd = false;
        if (he && zp_ck_f_pct_from_last(a.iv, others[k].iv, &q) && zp_interval_overlaps(e.iv, q))
            he = false;
    }
    /* "年初预算 A，年中调整预算为 B，比年初预算增加 D，全年执行数 X": D is
     * the adjusted budget's change from an earlier budget of the paragraph. */
    const zp_item *own = zp_ck_frame_item(c, f, ZR_BUDGET);
    for (size_t i = 0; hd && own && i < c->p.nframes; i++) {
        const zp_item *earlier = zp_ck_frame_item(c, &c->p.frames[i], ZR_BUDGET);
        zp_fig e0;
        zp_interval q;
        if (earlier && earlier->num.start < own->num.start && zp_ck_fig_get(earlier, &e0) &&
            zp_interval_sub(b.iv, e0.iv, &q) && zp_interval_overlaps(d.iv, q))
            hd = false;
    }
    char sa[32], sb[32];
    zp_ck_fig_fmt(&a, sa, sizeof sa);
    zp_ck_fig_fmt(&b, sb, sizeof sb);
    if (hd && zp_interval_sub(a.iv, b.iv, &iv) && zp_rat_sub(a.r, b.r, &point)) {
        zp_finding *g = zp_ck_fig_compare(c, &d, iv, point, d.it->num.start, "yoy",
                                "the difference from the budget does not match",
                                "与预算相比的增减额与预算数、实际数不符");
        if (g)
            zp_ck_finding_note(g, "实际 %s − 预算 %s", sa, sb);
    }
    if (he && zp_interval_sub(a.iv, b.iv, &iv)) {
        zp_interval q;
        zp_rat diff;
        if (zp_ck_f_pct_from_last(a.iv, b.iv, &q) && zp_rat_sub(a.r, b.r, &diff) &&
            zp_rat_percent(diff, b.r, &point)) {
            zp_finding *g = zp_ck_fig_compare(c, &e, q, point, e.it->num.start, "yoy",
                                    "the rate against the budget does not match",
                                    "与预算相比的增减率与预算数、实际数不符");
            if (g)
                zp_ck_finding_note(g, "(实际 %s − 预算 %s) ÷ 预算 %s", sa, sb, sb);
        }
    }
}



static void check_words(zp_checker *c, const zp_frame *f)
{
    if (f->cat < 0)
        return;
    bool income = zp_ck_categories[f->cat].income;
    int r = f->slot[ZR_CHANGE] >= 0 ? ZR_CHANGE : ZR_CHANGE_PCT;
    if (f->slot[r] < 0)
        return;
    if (f->income_word && !income && f->cat != ZC_FISCAL_INC)
        zp_ck_report(c, ZP_ERROR, "wording", "expenditure-word", f->word_at[r],
                  f->word_at[r] + f->word_len[r], "减收/增收 is said of income, not of expenditure",
                  "“%.*s”用于收入，这里说的是支出（%s），应为“减支/增支”或“减少/增加”",
                  (int)f->word_len[r], c->p.text + f->word_at[r], zp_ck_categories[f->cat].name);
    else if (f->expense_word && income)
        zp_ck_report(c, ZP_ERROR, "wording", "expenditure-word", f->word_at[r],
                  f->word_at[r] + f->word_len[r], "减支/增支 is said of expenditure, not of income",
                  "“%.*s”用于支出，这里说的是收入，应为“减收/增收”", (int)f->word_len[r],
                  c->p.text + f->word_at[r]);
}

static void check_score(zp_checker *c, const zp_frame *f)
{
    zp_fig w, s, r;
    bool hw = zp_ck_fig_get(zp_ck_frame_item(c, f, ZR_WEIGHT), &w);
    /* A weight set as a whole number is exact, not rounded. */
    if (hw && w.it->num.value.scale == 0)
        w.iv = zp_interval_point(w.r);
    bool hs = zp_ck_fig_get(zp_ck_frame_item(c, f, ZR_SCORE), &s);
    bool hr = zp_ck_fig_get(zp_ck_frame_item(c, f, ZR_SCORE_RATE), &r);
    if (hw && hs && zp_rat_cmp(s.iv.lo, w.iv.hi) > 0) {
        zp_finding *g = zp_ck_report(c, ZP_ERROR, "arithmetic", "score", s.it->num.start,
                                  s.it->num.end, "score exceeds its weight", "得分高于分值");
        char sw[32];
        zp_ck_fig_fmt(&w, sw, sizeof sw);
        zp_ck_finding_stated(g, s.it->num.value, "分");
        zp_ck_finding_note(g, "分值 %s 分", sw);
    }
    if (hw && hs && hr) {
        zp_finding *g = ratio_claim(c, &r, &s, &w, zp_ck_fig_first_at(&w, &r), "score-rate",
                                    "score rate does not match score and weight",
                                    "得分率与得分、分值不符", "得分", "分值", "");
        if (g && !g->unit[0])
            snprintf(g->unit, sizeof g->unit, "%%");
    }
}

/* "预算执行率（分值 10 分）：…执行率 90%，得分 8 分": as in the tables, the
 * rate's score is the rate times the weight, at most the weight (a warning:
 * a region may score by bands). */
static void check_rate_score(zp_checker *c, const zp_frame *f)
{
    zp_fig q, w, s;
    if (!zp_ck_fig_get(zp_ck_frame_item(c, f, ZR_RATE), &q) ||
        !zp_ck_fig_get(zp_ck_frame_item(c, f, ZR_WEIGHT), &w) ||
        !zp_ck_fig_get(zp_ck_frame_item(c, f, ZR_SCORE), &s) ||
        !zp_ck_has(c->p.text, c->p.len, "执行率"))
        return;
    zp_interval want;
    zp_rat point;
    if (!zp_ck_rate_score(q.iv, q.r, w.r, &want, &point) || zp_interval_overlaps(s.iv, want))
        return;
    zp_finding *g = zp_ck_report(c, ZP_WARNING, "arithmetic", "rate-score", s.it->num.start,
                                 s.it->num.end,
                                 "the rate's score is not rate × weight (MoF 2020 rule)",
                                 "得分与执行率×分值不符（财预〔2020〕10号：预算执行率得分 = 执行率 × "
                                 "分值，最高为分值）");
    int places = s.it->num.value.scale;
    zp_ck_finding_stated(g, s.it->num.value, "分");
    zp_ck_finding_computed(g, point, places + 2, "分");
    zp_ck_finding_allowed(g, want, places + 2, "分");
}

static bool says_plan(const char *subject)
{
    return strstr(subject, "计划") || strstr(subject, "目标") || strstr(subject, "任务");
}

/* "计划培训 100 人次，实际培训 90 人次，完成率 90%": a rate after what was
 * planned and what was done, counted in one unit, is the one over the
 * other. A rate of 100% may say that the plan was met when more was done. */
/* "完成计划的 105%": a rate said as what was done of the plan. */
static const zp_item *plan_share(const zp_checker *c, const zp_frame *f)
{
    const zp_item *it = zp_ck_frame_item(c, f, ZR_INDICATOR);
    if (!it || it->num.family != ZF_PCT || !says_plan(f->subject))
        return NULL;
    size_t b = it->num.start, a = b > 30 ? b - 30 : 0;
    while (b > a && c->p.text[b - 1] == ' ')
        b--;
    return zp_ck_ends(c->p.text + a, b - a, "的") && zp_ck_has(c->p.text + a, b - a, "完成") ? it
                                                                                           : NULL;
}

static void check_plan_rate(zp_checker *c, const zp_frame *f)
{
    zp_fig r, done, plan;
    const zp_item *ri = zp_ck_frame_item(c, f, ZR_RATE);
    if (!ri)
        ri = plan_share(c, f);
    if (!zp_ck_fig_get(ri, &r) || f->slot[ZR_BUDGET] >= 0 || f->slot[ZR_ACTUAL] >= 0 ||
        f->slot[ZR_AMOUNT] >= 0)
        return;
    /* what was done: in the rate's frame, or the one before it */
    const zp_frame *g = f;
    const zp_item *d = zp_ck_frame_item(c, f, ZR_COUNT);
    if (!d) {
        if (f == c->p.frames || f[-1].sentence != f->sentence || f[-1].slot[ZR_RATE] >= 0)
            return;
        g = f - 1;
        d = zp_ck_frame_item(c, g, ZR_COUNT);
    }
    if (!d)
        return;
    /* the plan: the frame before what was done, or before the parts of
     * the plan listed between them ("计划造林 8520 亩，其中…，实际完成造林
     * 8871 亩，完成计划的 105%") */
    const zp_frame *h = g;
    while (h > c->p.frames && h[-1].sentence == f->sentence && !says_plan(h[-1].subject) &&
           h[-1].parent >= 0 && h[-1].slot[ZR_RATE] < 0)
        h--;
    if (h == c->p.frames || h[-1].sentence != f->sentence || !says_plan(h[-1].subject))
        return;
    const zp_item *p = zp_ck_frame_item(c, &h[-1], ZR_COUNT);
    if (!p || p->num.family != d->num.family || strcmp(p->num.unit, d->num.unit) ||
        !zp_ck_fig_get(p, &plan) || !zp_ck_fig_get(d, &done))
        return;
    if (zp_rat_cmp(done.r, plan.r) > 0 && zp_rat_cmp(r.r, zp_rat_of_int(100)) == 0)
        return;
    char unit[24];
    zp_str_copy(unit, sizeof unit, p->num.unit);
    ratio_claim(c, &r, &done, &plan, zp_ck_fig_first_at(&plan, &r), "rate",
                "the completion rate does not match what was planned and done",
                "完成率与计划数、实际完成数不符", "完成", "计划", unit);
}

void zp_ck_rules_check(zp_checker *c)
{
    for (size_t i = 0; i < c->p.nframes; i++) {
        const zp_frame *f = &c->p.frames[i];
        check_rate(c, f);
        check_plan_rate(c, f);
        if (f->vs_budget)
            check_vs_budget(c, f);
        else
            zp_ck_rule_change(c, f);
        check_words(c, f);
        check_score(c, f);
        check_rate_score(c, f);
    }
}
