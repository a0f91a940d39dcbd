/*
 * What a report states about its scores against the scoring: each
 * indicator's 得分率, the total, the total's rate and the grade. Stated
 * numbers are intervals, as everywhere: 22.31 ÷ 23 = 96.999…% is a correct
 * "97".
 */
#include <string.h>

#include "base/numfmt.h"
#include "score/score_internal.h"

static const zp_scored *find_node(const zp_scored *n, const zp_indicator *ind)
{
    if (n->indicator == ind)
        return n;
    for (size_t i = 0; i < n->n_children; i++) {
        const zp_scored *f = find_node(&n->children[i], ind);
        if (f)
            return f;
    }
    return NULL;
}

static void check_rate(zp_diags *diags, const zp_value *stated, zp_rat score, zp_rat weight,
                       const char *what)
{
    zp_interval st;
    zp_rat rate;
    if (!stated->present || !zp_interval_of_dec(stated->dec, &st) ||
        !zp_rat_percent(score, weight, &rate) || zp_interval_contains(st, rate))
        return;
    char s[ZP_NUMFMT_SIZE], c[ZP_NUMFMT_SIZE], a[ZP_NUMFMT_SIZE], b[ZP_NUMFMT_SIZE],
        iv[ZP_NUMFMT_SIZE];
    zp_diag *g = zp_diags_add(diags, ZP_ERROR, "score-rate", stated->at,
                              "the stated score rate disagrees with score ÷ weight",
                              "%s得分率报告为 %s%%，按得分 %s ÷ 分值 %s 计算应为 %s", what,
                              zp_dec_format(stated->dec, false, s, sizeof s),
                              zp_rat_format(score, 2, a, sizeof a),
                              zp_rat_format(weight, 2, b, sizeof b),
                              zp_fmt_rate(rate, 2, c, sizeof c));
    zp_diag_set_detail(g, "报告：%s%%（代表 %s）\n计算：%s", s,
                       zp_fmt_interval(st, 0, 3, "%", iv, sizeof iv), c);
}

void zp_score_check(const zp_score_result *s, zp_diags *diags)
{
    const zp_evaluation *e = &s->unit->evaluation;
    const zp_framework *f = s->framework;
    char a[ZP_NUMFMT_SIZE], b[ZP_NUMFMT_SIZE];

    for (size_t i = 0; i < e->n_scores; i++) {
        const zp_manual_score *m = &e->scores[i];
        bool amb;
        const zp_indicator *ind = m->indicator ? zp_framework_find(f, m->indicator, &amb) : NULL;
        const zp_scored *n = ind ? find_node(&s->root, ind) : NULL;
        if (n && n->status == ZP_SCORED) {
            char *what = zp_xasprintf("指标“%s”", n->path);
            check_rate(diags, &m->stated_rate, n->score, n->weight, what);
            free(what);
        }
    }
    if (s->n_unscored) {
        zp_diags_add(diags, ZP_WARNING, "incomplete-score", e->framework_at,
                     "some indicators have no score",
                     "按《%s》评分，有 %zu 项指标未评分（见 ziping score 的评分依据列），总分不完整",
                     f->name, s->n_unscored);
        return; /* a partial total cannot be checked against a stated one */
    }
    zp_rat total = s->total;
    if (e->stated_total.present) {
        zp_interval st;
        if (zp_interval_of_dec(e->stated_total.dec, &st) && !zp_interval_contains(st, total))
            zp_diags_add(diags, ZP_ERROR, "stated-total", e->stated_total.at,
                         "the stated total disagrees with the indicator scores",
                         "报告的自评总分为 %s 分，各指标得分合计为 %s 分",
                         zp_dec_format(e->stated_total.dec, false, a, sizeof a),
                         zp_rat_format(total, 2, b, sizeof b));
    }
    check_rate(diags, &e->stated_total_rate, total, s->root.weight, "合计");
    if (e->stated_grade) {
        if (strcmp(e->stated_grade, s->grade))
            zp_diags_add(diags, ZP_ERROR, "stated-grade", e->stated_grade_at,
                         "the stated grade does not match the score",
                         "报告的等级为“%s”，但总分 %s 分对应的等级是“%s”", e->stated_grade,
                         zp_rat_format(total, 2, a, sizeof a), s->grade);
        zp_rat st;
        if (e->stated_total.present && zp_rat_of_dec(e->stated_total.dec, &st) &&
            strcmp(e->stated_grade, zp_grade_of(f, st)))
            zp_diags_add(diags, ZP_ERROR, "stated-grade", e->stated_grade_at,
                         "the stated grade does not match the stated total",
                         "报告的等级“%s”与其自评总分 %s 分不符（应为“%s”）", e->stated_grade,
                         zp_dec_format(e->stated_total.dec, false, a, sizeof a),
                         zp_grade_of(f, st));
    }
}
