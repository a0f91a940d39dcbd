/*
 * Performance targets: each should be measurable and have what was
 * achieved. A target that cannot be measured ("进一步提高") is worth saying
 * when targets are set, not after the year; a target without an actual
 * value cannot be scored.
 */
#include <string.h>

#include "validate/validate_internal.h"

static void check_target(zp_vctx *v, const zp_target *t, const char *where)
{
    const char *name = t->name ? t->name : "";
    if (t->target_text && t->cmp == ZP_CMP_QUALITATIVE) {
        zp_diags_add(v->diags, ZP_WARNING, "unmeasurable-target", t->target_at,
                     "a qualitative target cannot be measured",
                     "%s指标“%s”的目标“%s”无法量化衡量，只能按定性分档评分；设定目标时宜给出可衡量的指标值",
                     where, name, t->target_text ? t->target_text : "");
        if (t->actual_text && t->band == ZP_BAND_NONE && !t->score.present)
            zp_diags_add(v->diags, ZP_WARNING, "no-band", t->actual_at,
                         "a qualitative target needs a band (达成/部分达成/未达成)",
                         "%s指标“%s”是定性指标，需注明完成档次（band: 达成、部分达成或未达成）",
                         where, name);
    }
    if (!t->target_text)
        zp_diags_add(v->diags, ZP_WARNING, "no-target-value", t->at, "no target value given",
                     "%s指标“%s”没有目标值，无法评价完成程度", where, name);
    if (!t->actual_text) {
        zp_diags_add(v->diags, ZP_WARNING, "no-actual", t->at, "no actual value given",
                     "%s指标“%s”（目标 %s）没有实际完成值，无法评价其完成情况", where, name,
                     t->target_text ? t->target_text : "");
        return;
    }
    if (t->target_text && t->cmp != ZP_CMP_QUALITATIVE && t->cmp != ZP_CMP_NONE) {
        if (!t->has_actual_value)
            zp_diags_add(v->diags, ZP_WARNING, "actual-not-a-number", t->actual_at,
                         "the actual value is not a number",
                         "%s指标“%s”的目标是数值（%s），实际完成值“%s”却不是一个数值", where,
                         name, t->target_text, t->actual_text);
        else if (strcmp(t->target_unit ? t->target_unit : "",
                        t->actual_unit ? t->actual_unit : ""))
            zp_diags_add(v->diags, ZP_WARNING, "unit-mismatch", t->actual_at,
                         "target and actual value have different units",
                         "%s指标“%s”的目标单位“%s”与实际值单位“%s”不同，无法直接比较", where,
                         name, t->target_unit ? t->target_unit : "",
                         t->actual_unit ? t->actual_unit : "");
    }
    if (t->score.present && t->weight.present && zp_dec_cmp(t->score.dec, t->weight.dec) > 0) {
        char s[ZP_NUMFMT_SIZE], w[ZP_NUMFMT_SIZE];
        zp_diags_add(v->diags, ZP_ERROR, "score-over-weight", t->score.at,
                     "a score cannot exceed its weight", "%s指标“%s”得分 %s 超过其分值 %s",
                     where, name, zp_dec_format(t->score.dec, false, s, sizeof s),
                     zp_dec_format(t->weight.dec, false, w, sizeof w));
    }
}

/* The same indicator stated twice in one list with values that cannot both
 * be true (one project's 满意度 95% here and 98% there). */
static void check_repeats(zp_vctx *v, const zp_target *ts, size_t n, const char *where)
{
    for (size_t i = 0; i < n; i++) {
        const zp_target *b = &ts[i];
        for (size_t j = 0; j < i; j++) {
            const zp_target *a = &ts[j];
            zp_interval ia, ib;
            if (!a->name || !b->name || strcmp(a->name, b->name) || !a->has_actual_value ||
                !b->has_actual_value ||
                strcmp(a->actual_unit ? a->actual_unit : "", b->actual_unit ? b->actual_unit : "") ||
                !zp_interval_of_dec(a->actual_value, &ia) ||
                !zp_interval_of_dec(b->actual_value, &ib) || zp_interval_overlaps(ia, ib))
                continue;
            zp_diag *g = zp_diags_add(
                v->diags, ZP_ERROR, "contradiction", b->actual_at,
                "the same quantity is stated twice with different values",
                "%s指标“%s”的实际值在此为 %s，在第 %d 行却为 %s，同一数值前后矛盾", where, b->name,
                b->actual_text, a->actual_at.line, a->actual_text);
            zp_diag_set_detail(g, "两处：第 %d 行 %s；第 %d 行 %s", a->actual_at.line,
                               a->actual_text, b->actual_at.line, b->actual_text);
            break;
        }
    }
}

void zp_validate_targets(zp_vctx *v)
{
    for (size_t i = 0; i < v->u->n_targets; i++)
        check_target(v, &v->u->targets[i], "");
    check_repeats(v, v->u->targets, v->u->n_targets, "");
    for (size_t p = 0; p < v->u->n_projects; p++) {
        const zp_project *pr = &v->u->projects[p];
        char *where = zp_xasprintf("项目“%s”的", pr->name ? pr->name : "");
        for (size_t i = 0; i < pr->n_targets; i++)
            check_target(v, &pr->targets[i], where);
        check_repeats(v, pr->targets, pr->n_targets, where);
        free(where);
    }
}
