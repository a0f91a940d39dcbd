/*
 * Balances: "项目预算 50 万元，实际支出 45 万元，结余 5 万元，结余率 10%". What
 * is left is the budget less what was spent, and its rate is that over the
 * budget. The budget and the spending are a frame's, stated before the
 * balance in the same sentence.
 *
 * Payment rates the other way round: "资金支付 18501.096 万元，未支 703 万元，
 * 支付率 95%" pays a share of what was paid and what was not.
 */
#include <string.h>

#include "check/check_int.h"

static bool names_balance(const char *s)
{
    static const char *const names[] = {"结余", "结余资金", "资金结余", "结余额", "节余",
                                        "节余资金", "结余金额"};
    for (size_t k = 0; k < sizeof names / sizeof names[0]; k++)
        if (!strcmp(s, names[k]))
            return true;
    return false;
}

/* The budget and the final figure of the frame before f in its sentence. */
static bool spent_of(const zp_checker *c, size_t f, zp_val *budget, zp_val *spent)
{
    for (size_t g = f; g-- > 0;) {
        const zp_frame *q = &c->p.frames[g];
        /* "…实际完成 15.39 亿元，加上上级补助收入…、上年结余 0.67 亿元": an
         * item of an account, not what the budget left */
        if (q->sentence != c->p.frames[f].sentence || zp_ck_adds(q->subject))
            return false;
        const zp_item *a = zp_ck_frame_item(c, q, ZR_ACTUAL);
        if (!a)
            a = zp_ck_frame_item(c, q, ZR_AMOUNT);
        const zp_item *b = zp_ck_frame_item(c, q, ZR_BUDGET);
        if (!a || !b)
            continue;
        zp_ck_val_from_item(b, 0, budget);
        zp_ck_val_from_item(a, 0, spent);
        return budget->ok && spent->ok && a->num.family == ZF_MONEY &&
               b->num.family == ZF_MONEY;
    }
    return false;
}

void zp_ck_report_value(zp_checker *c, const zp_item *stated, zp_interval want, zp_rat point,
                        const char *check, const char *gloss, const char *msg, const char *note)
{
    int places = zp_ck_places_for(stated->num.value);
    zp_finding *g = zp_ck_report(c, ZP_ERROR, "arithmetic", check, stated->num.start,
                                 stated->num.end, gloss, "%s", msg);
    zp_ck_finding_stated(g, stated->num.value, stated->num.unit);
    zp_ck_finding_computed_as(g, point, &want, places, places, &stated->num);
    zp_ck_finding_note(g, "%s", note);
}

static bool starts_with_any(const char *s, const char *const *words, size_t n)
{
    for (size_t k = 0; k < n; k++)
        if (zp_str_starts(s, words[k]))
            return true;
    return false;
}

/* The sentence's paid and unpaid sums before the payment rate f, with no
 * budget beside them (then the rate is the rule's, against the budget). */
static void check_payment_rate(zp_checker *c, size_t f)
{
    static const char *const unpaid[] = {"未支付", "未支", "未拨付", "未使用", "未执行"};
    const zp_frame *fr = &c->p.frames[f];
    const zp_item *rate = zp_ck_frame_item(c, fr, ZR_INDICATOR);
    if (!rate)
        rate = zp_ck_frame_item(c, fr, ZR_RATE);
    if (!rate || rate->num.family != ZF_PCT || !zp_str_ends(fr->subject, "支付率"))
        return;
    const zp_item *paid = NULL, *left = NULL;
    for (size_t g = f; g-- > 0 && c->p.frames[g].sentence == fr->sentence;) {
        const zp_frame *q = &c->p.frames[g];
        if (q->slot[ZR_BUDGET] >= 0)
            return;
        const zp_item *a = zp_ck_frame_item(c, q, ZR_AMOUNT);
        if (!a)
            a = zp_ck_frame_item(c, q, ZR_ACTUAL);
        if (!a || a->num.family != ZF_MONEY)
            continue;
        if (!left && starts_with_any(q->subject, unpaid, sizeof unpaid / sizeof unpaid[0]))
            left = a;
        else if (left && !paid)
            paid = a;
    }
    zp_val p, l, x;
    zp_interval whole, want;
    zp_rat w, point;
    if (!paid || !left)
        return;
    zp_ck_val_from_item(paid, 0, &p);
    zp_ck_val_from_item(left, 0, &l);
    zp_ck_val_from_item(rate, 0, &x);
    if (!p.ok || !l.ok || !x.ok || !zp_interval_add(p.iv, l.iv, &whole) ||
        !zp_rat_add(p.r, l.r, &w) || !zp_ck_f_ratio(p.iv, whole, &want) ||
        !zp_rat_percent(p.r, w, &point))
        return;
    /* p ÷ (p + l) is smallest with p low and l high: the corners of the
     * sum's box overstate its range, which only widens what is allowed. */
    if (!zp_interval_overlaps(x.iv, want))
        zp_ck_report_value(c, rate, want, point, "rate",
                           "the payment rate is not paid over paid and unpaid",
                           "支付率与已支付、未支付金额不符",
                           "支付率 = 已支付 ÷ (已支付 + 未支付) × 100%");
}

void zp_ck_balance_check(zp_checker *c)
{
    for (size_t f = 0; f < c->p.nframes; f++)
        check_payment_rate(c, f);
    for (size_t f = 0; f < c->p.nframes; f++) {
        const zp_frame *fr = &c->p.frames[f];
        const zp_item *left = zp_ck_frame_item(c, fr, ZR_AMOUNT);
        const zp_item *rate = zp_ck_frame_item(c, fr, ZR_INDICATOR);
        bool balance = names_balance(fr->subject) && left && left->num.family == ZF_MONEY;
        bool balance_rate = !strcmp(fr->subject, "结余率") && rate && rate->num.family == ZF_PCT;
        zp_val budget, spent, x;
        if ((!balance && !balance_rate) || !spent_of(c, f, &budget, &spent))
            continue;
        zp_interval want;
        zp_rat point;
        if (!zp_interval_sub(budget.iv, spent.iv, &want) || !zp_rat_sub(budget.r, spent.r, &point))
            continue;
        if (balance) {
            zp_ck_val_from_item(left, 0, &x);
            if (x.ok && !zp_interval_overlaps(x.iv, want))
                zp_ck_report_value(c, left, want, point, "balance",
                                   "the balance is not the budget less spending",
                                   "结余与预算数、支出数不符", "结余 = 预算数 − 支出数");
        } else {
            /* (b − a) ÷ b is 100% less a ÷ b, whose range the box's corners give. */
            zp_ck_val_from_item(rate, 0, &x);
            zp_interval share, r;
            zp_rat hundred = zp_rat_of_int(100), rp;
            if (!x.ok || !zp_ck_f_ratio(spent.iv, budget.iv, &share) ||
                !zp_rat_percent(spent.r, budget.r, &rp) || !zp_rat_sub(hundred, rp, &rp) ||
                !zp_rat_sub(hundred, share.hi, &r.lo) || !zp_rat_sub(hundred, share.lo, &r.hi))
                continue;
            if (!zp_interval_overlaps(x.iv, r))
                zp_ck_report_value(c, rate, r, rp, "balance",
                                   "the balance rate is not the balance over the budget",
                                   "结余率与预算数、支出数不符",
                                   "结余率 = (预算数 − 支出数) ÷ 预算数 × 100%");
        }
    }
}

/* "采购计划金额 18187.79 万元，实际采购金额 16973.33 万元，节约资金
 * 1214.45 万元，节约率 6.6%": what was saved is the plan less what was
 * spent, and its rate is that over the plan. The plan and the spending are
 * frames of the sentence before the saving. */
void zp_ck_savings_check(zp_checker *c)
{
    for (size_t f = 0; f < c->p.nframes; f++) {
        const zp_frame *fr = &c->p.frames[f];
        int r = fr->slot[ZR_CHANGE] >= 0 ? ZR_CHANGE : ZR_CHANGE_PCT;
        if (fr->slot[r] < 0 || fr->word_len[r] != strlen("节约") ||
            memcmp(c->p.text + fr->word_at[r], "节约", strlen("节约")))
            continue;
        const zp_item *plan = NULL, *spent = NULL;
        for (size_t g = f; g-- > 0 && c->p.frames[g].sentence == fr->sentence;) {
            const zp_frame *q = &c->p.frames[g];
            const zp_item *a = zp_ck_frame_item(c, q, ZR_ACTUAL);
            const zp_item *b = zp_ck_frame_item(c, q, ZR_BUDGET);
            if (!b && strstr(q->subject, "计划"))
                b = zp_ck_frame_item(c, q, ZR_AMOUNT);
            if (!spent && a && a->num.family == ZF_MONEY)
                spent = a;
            else if (spent && !plan && b && b->num.family == ZF_MONEY)
                plan = b;
        }
        zp_val p, s, x;
        zp_interval want, rate;
        zp_rat saved, point;
        if (!plan || !spent)
            continue;
        zp_ck_val_from_item(plan, 0, &p);
        zp_ck_val_from_item(spent, 0, &s);
        if (!p.ok || !s.ok || !zp_interval_sub(p.iv, s.iv, &want) || !zp_rat_sub(p.r, s.r, &saved))
            continue;
        const zp_item *amount = zp_ck_frame_item(c, fr, ZR_CHANGE);
        zp_ck_val_from_item(amount, 0, &x);
        if (x.ok && zp_rat_sign(x.r) < 0) /* 节约 is a fall: its size */
            x.iv = zp_interval_neg(x.iv);
        if (amount && x.ok && !zp_interval_overlaps(x.iv, want))
            zp_ck_report_value(c, amount, want, saved, "balance",
                               "the saving is not the plan less spending",
                               "节约资金与计划数、实际数不符", "节约资金 = 计划数 − 实际数");
        const zp_item *pct = zp_ck_frame_item(c, fr, ZR_CHANGE_PCT);
        zp_ck_val_from_item(pct, 0, &x);
        if (!pct || !x.ok || !zp_ck_f_ratio(want, p.iv, &rate) || !zp_rat_percent(saved, p.r, &point))
            continue;
        if (zp_rat_sign(x.r) < 0)
            x.iv = zp_interval_neg(x.iv);
        if (!zp_interval_overlaps(x.iv, rate))
            zp_ck_report_value(c, pct, rate, point, "balance",
                               "the saving rate is not the saving over the plan",
                               "节约率与计划数、实际数不符",
                               "节约率 = (计划数 − 实际数) ÷ 计划数 × 100%");
    }
}
