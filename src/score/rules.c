/*
 * Scoring a leaf: by its framework rule (formula, ratio to target,
 * deduction past a limit), by hand, or, for a performance target, by the
 * ratio-to-target and qualitative-band rules of 财预〔2020〕10号. Every
 * score is exact until it is rounded once, to 0.01, here.
 */
#include <string.h>

#include "base/numfmt.h"
#include "score/expr.h"
#include "score/score_internal.h"

/* ---- evaluating formulas --------------------------------------------------- */

typedef struct eval_ctx {
    zp_sctx *c;
    const zp_scored *node;
    int depth; /* named values within named values; cycles are refused at load */
    const char *data_missing; /* the data a named value lacked, for the message */
} eval_ctx;

static zp_eval_status eval(eval_ctx *e, const struct zp_expr *x, zp_rat *out,
                           const char **missing);

static zp_name_status lookup(void *ctx, const char *name, size_t len, zp_rat *value)
{
    eval_ctx *e = ctx;
    const zp_sctx *c = e->c;
    char key[256];
    if (len >= sizeof key)
        return ZP_NAME_UNKNOWN;
    memcpy(key, name, len);
    key[len] = '\0';
    if (!strcmp(key, "weight")) {
        *value = e->node->weight;
        return ZP_NAME_OK;
    }
    if (!strncmp(key, "facts.", 6)) {
        for (size_t i = 0; i < c->u->n_facts; i++) {
            if (!strcmp(c->u->facts[i].name, key + 6)) {
                *value = c->u->facts[i].value;
                return ZP_NAME_OK;
            }
        }
        return ZP_NAME_MISSING;
    }
    for (size_t i = 0; i < c->f->n_values; i++) {
        if (strcmp(c->f->values[i].name, key))
            continue;
        if (e->depth > 32)
            return ZP_NAME_UNKNOWN;
        eval_ctx inner = {e->c, e->node, e->depth + 1, NULL};
        const char *missing = NULL;
        zp_eval_status st = eval(&inner, c->f->values[i].expr, value, &missing);
        if (st == ZP_EVAL_OK)
            return ZP_NAME_OK;
        if (!e->data_missing)
            e->data_missing = inner.data_missing ? inner.data_missing
                              : missing ? zp_arena_strdup(c->arena, missing)
                                        : NULL;
        return ZP_NAME_MISSING;
    }
    const zp_figure *f = zp_derived_get(c->d, key);
    if (f && f->defined) {
        *value = f->value;
        return ZP_NAME_OK;
    }
    return zp_derive_key_known(key) ? ZP_NAME_MISSING : ZP_NAME_UNKNOWN;
}

static zp_eval_status eval(eval_ctx *e, const struct zp_expr *x, zp_rat *out,
                           const char **missing)
{
    return zp_expr_eval(x, lookup, e, out, e->c->diags, missing);
}

/* ---- helpers ------------------------------------------------------------- */

static zp_rat clamp_weight(zp_rat v, zp_rat w)
{
    if (zp_rat_sign(v) < 0)
        return zp_rat_of_int(0);
    return zp_rat_cmp(v, w) > 0 ? w : v;
}

/* Round a score once, to two decimals. */
static zp_rat round_score(zp_rat v)
{
    zp_dec d;
    zp_rat r = v;
    if (zp_rat_round(v, 2, &d))
        zp_rat_of_dec(d, &r);
    return r;
}

static void set_score(zp_scored *node, zp_rat v, const char *how)
{
    node->status = ZP_SCORED;
    node->score = round_score(v);
    node->how = how;
}

static void unscored(zp_sctx *c, zp_scored *node, const char *how)
{
    node->status = ZP_UNSCORED;
    node->how = zp_arena_strdup(c->arena, how);
}

/* ratio to target: ≥ kind actual ÷ target, ≤ kind target ÷ actual; at most 1. */
static zp_rat ratio_fraction(zp_rat actual, zp_rat target, bool at_most)
{
    zp_rat one = zp_rat_of_int(1), q = zp_rat_of_int(0);
    if (!at_most) {
        if (zp_rat_sign(target) <= 0)
            return one;
        if (zp_rat_sign(actual) <= 0)
            return q;
        zp_rat_div(actual, target, &q);
    } else {
        if (zp_rat_cmp(actual, target) <= 0)
            return one;
        if (zp_rat_sign(target) <= 0)
            return q;
        zp_rat_div(target, actual, &q);
    }
    return zp_rat_cmp(q, one) > 0 ? one : q;
}

static bool weighted(zp_rat fraction, zp_rat w, zp_rat *out)
{
    return zp_rat_mul(fraction, w, out);
}

/* ---- indicator rules ------------------------------------------------------- */

/* The score an indicator's rule gives, or false with node marked unscored. */
static bool rule_score(zp_sctx *c, zp_scored *node, zp_rat *out, const char **how)
{
    const zp_indicator *ind = node->indicator;
    eval_ctx e = {c, node, 0, NULL};
    const char *missing = NULL;
    zp_rat a, t;
    zp_eval_status st = ZP_EVAL_OK;
    char buf[ZP_NUMFMT_SIZE], buf2[ZP_NUMFMT_SIZE];
    switch (ind->rule) {
    case ZP_RULE_FORMULA:
        st = eval(&e, ind->formula, &a, &missing);
        if (st != ZP_EVAL_OK)
            break;
        if (zp_rat_sign(a) < 0 || zp_rat_cmp(a, node->weight) > 0)
            zp_diags_add(c->diags, ZP_WARNING, "formula-out-of-range", ind->rule_at,
                         "a formula gave a score outside [0, weight]",
                         "指标“%s”的公式结果 %s 超出 0 到分值 %s 的范围，已按上下限计", ind->path,
                         zp_rat_format(a, 4, buf, sizeof buf),
                         zp_rat_format(node->weight, 2, buf2, sizeof buf2));
        *out = clamp_weight(a, node->weight);
        *how = "按公式计算";
        return true;
    case ZP_RULE_RATIO:
        st = eval(&e, ind->formula, &a, &missing);
        if (st == ZP_EVAL_OK)
            st = eval(&e, ind->target, &t, &missing);
        if (st != ZP_EVAL_OK)
            break;
        weighted(ratio_fraction(a, t, ind->at_most), node->weight, out);
        *how = zp_arena_printf(c->arena, "实际 %s，目标 %s%s", zp_rat_format(a, 2, buf, sizeof buf),
                               ind->at_most ? "≤" : "≥",
                               zp_rat_format(t, 2, buf2, sizeof buf2));
        return true;
    case ZP_RULE_DEDUCT: {
        st = eval(&e, ind->formula, &a, &missing);
        if (st != ZP_EVAL_OK)
            break;
        zp_rat past, deduction;
        if (ind->at_most)
            zp_rat_sub(ind->limit, a, &past);
        else
            zp_rat_sub(a, ind->limit, &past);
        if (zp_rat_sign(past) < 0)
            past = zp_rat_of_int(0);
        zp_rat_mul(past, ind->per_point, &deduction);
        zp_rat_sub(node->weight, deduction, out);
        *out = clamp_weight(*out, node->weight);
        *how = zp_arena_printf(c->arena, "数值 %s，%s %s 的部分每个百分点扣 %s 分",
                               zp_rat_format(a, 2, buf, sizeof buf), ind->at_most ? "低于" : "超过",
                               zp_rat_format(ind->limit, 2, buf2, sizeof buf2),
                               zp_rat_format(ind->per_point, 2, (char[ZP_NUMFMT_SIZE]){0},
                                             ZP_NUMFMT_SIZE));
        return true;
    }
    case ZP_RULE_MANUAL:
    case ZP_RULE_QUALITATIVE:
        unscored(c, node, ind->rule == ZP_RULE_QUALITATIVE ? "定性指标，需手工评分"
                                                           : "需手工评分");
        return false;
    case ZP_RULE_TARGETS:
    case ZP_RULE_NONE:
        unscored(c, node, "无评分规则");
        return false;
    }
    if (st == ZP_EVAL_ERROR) {
        c->fatal = true;
        return false;
    }
    if (e.data_missing && missing && strcmp(e.data_missing, missing))
        unscored(c, node, zp_arena_printf(c->arena, "缺少数据：%s（%s 需要）", e.data_missing, missing));
    else
        unscored(c, node, zp_arena_printf(c->arena, "缺少数据：%s", missing ? missing : "?"));
    return false;
}

static void check_manual(zp_sctx *c, zp_scored *node, zp_rat score, zp_mark at)
{
    char a[ZP_NUMFMT_SIZE], b[ZP_NUMFMT_SIZE];
    if (zp_rat_cmp(score, node->weight) > 0)
        zp_diags_add(c->diags, ZP_ERROR, "score-over-weight", at, "a score exceeds its weight",
                     "指标“%s”得分 %s 超过其分值 %s", node->path, zp_rat_format(score, 2, a, sizeof a),
                     zp_rat_format(node->weight, 2, b, sizeof b));
}

/* ---- performance targets -------------------------------------------------- */

static void score_target(zp_sctx *c, zp_scored *node)
{
    const zp_target *t = node->target;
    zp_rat w = node->weight, v;
    char a[ZP_NUMFMT_SIZE], b[ZP_NUMFMT_SIZE];
    if (t->score.present) {
        zp_rat_of_dec(t->score.dec, &v);
        check_manual(c, node, v, t->score.at);
        if (t->band != ZP_BAND_NONE) {
            const zp_quality_band *qb = &c->f->bands[t->band];
            zp_rat lo, hi;
            zp_rat_mul(qb->min, w, &lo);
            zp_rat_mul(qb->max, w, &hi);
            if (zp_rat_cmp(v, lo) < 0 || zp_rat_cmp(v, hi) > 0)
                zp_diags_add(c->diags, ZP_ERROR, "score-outside-band", t->score.at,
                             "a qualitative score outside its band",
                             "指标“%s”注明“%s”，得分应在 %s 到 %s 之间，实际给了 %s", node->name,
                             zp_band_name(t->band), zp_rat_format(lo, 2, a, sizeof a),
                             zp_rat_format(hi, 2, b, sizeof b),
                             zp_rat_format(v, 2, (char[ZP_NUMFMT_SIZE]){0}, ZP_NUMFMT_SIZE));
        }
        set_score(node, v, "手工评分");
        node->manual = true;
        node->at = t->score.at;
        return;
    }
    if (t->cmp == ZP_CMP_QUALITATIVE || t->cmp == ZP_CMP_NONE) {
        if (t->band == ZP_BAND_NONE) {
            unscored(c, node, t->actual_text ? "定性指标，未注明完成档次" : "未给出实际完成情况");
            return;
        }
        const zp_quality_band *qb = &c->f->bands[t->band];
        zp_rat pct;
        zp_rat_mul(qb->standard, zp_rat_of_int(100), &pct);
        zp_rat_mul(qb->standard, w, &v);
        set_score(node, v,
                  zp_arena_printf(c->arena, "定性指标，%s，按分值的 %s 计", zp_band_name(t->band),
                                  zp_fmt_rate(pct, 0, a, sizeof a)));
        return;
    }
    if (!t->actual_text) {
        unscored(c, node, "未给出实际完成值");
        return;
    }
    if (!t->has_actual_value) {
        unscored(c, node, "实际完成值不是数值");
        return;
    }
    if (strcmp(t->target_unit ? t->target_unit : "", t->actual_unit ? t->actual_unit : "")) {
        unscored(c, node, "目标与实际值单位不同");
        return;
    }
    zp_rat actual, target, high, frac = zp_rat_of_int(1);
    zp_rat_of_dec(t->actual_value, &actual);
    zp_rat_of_dec(t->target_value, &target);
    switch (t->cmp) {
    case ZP_CMP_GE:
        frac = ratio_fraction(actual, target, false);
        break;
    case ZP_CMP_LE:
        frac = ratio_fraction(actual, target, true);
        break;
    case ZP_CMP_EQ:
        if (zp_rat_cmp(actual, target) != 0)
            frac = zp_rat_cmp(actual, target) < 0 ? ratio_fraction(actual, target, false)
                                                  : ratio_fraction(actual, target, true);
        break;
    case ZP_CMP_RANGE:
        zp_rat_of_dec(t->target_high, &high);
        if (zp_rat_cmp(actual, target) < 0)
            frac = ratio_fraction(actual, target, false);
        else if (zp_rat_cmp(actual, high) > 0)
            frac = ratio_fraction(actual, high, true);
        break;
    default:
        break;
    }
    weighted(frac, w, &v);
    zp_rat one = zp_rat_of_int(1);
    set_score(node, v,
              zp_arena_printf(c->arena, "实际 %s，目标 %s%s", t->actual_text, t->target_text,
                              zp_rat_cmp(frac, one) == 0 ? "，完成" : "，按完成比例计分"));
}

void zp_score_leaf(zp_sctx *c, zp_scored *node)
{
    if (node->target) {
        score_target(c, node);
        return;
    }
    const zp_manual_score *m = zp_sctx_manual(c, node->indicator);
    zp_rat computed;
    const char *how = NULL;
    bool has_rule = rule_score(c, node, &computed, &how);
    if (c->fatal)
        return;
    if (!m) {
        if (has_rule)
            set_score(node, computed, how);
        return;
    }
    zp_rat v;
    zp_rat_of_dec(m->score.dec, &v);
    check_manual(c, node, v, m->score.at);
    if (has_rule && zp_rat_cmp(round_score(computed), v) != 0) {
        char a[ZP_NUMFMT_SIZE], b[ZP_NUMFMT_SIZE];
        zp_diags_add(c->diags, ZP_WARNING, "manual-differs", m->score.at,
                     "the manual score differs from the rule's",
                     "指标“%s”按规则计算为 %s 分（%s），手工评分为 %s 分", node->path,
                     zp_rat_format(computed, 2, a, sizeof a), how,
                     zp_rat_format(v, 2, b, sizeof b));
    }
    set_score(node, v, m->justification ? m->justification : "手工评分");
    node->manual = true;
    node->at = m->score.at;
}
