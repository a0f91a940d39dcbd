/*
 * 绩效目标完成情况 (the unit's targets: target against actual, weight,
 * score, deviation) and 项目支出绩效情况 (each project's money and its
 * targets), as tables (绩效目标完成情况表).
 */
#include <string.h>

#include "report/phrase.h"
#include "report/sections_eval.h"

bool zp_has_targets(const zp_report *r)
{
    const zp_unit *u = r->unit;
    if (u->n_targets)
        return true;
    for (size_t i = 0; i < u->n_projects; i++) {
        if (u->projects[i].n_targets || u->projects[i].money.present)
            return true;
    }
    return false;
}

/* The scored node of target t, if the scoring has one. */
static const zp_scored *scored_target(const zp_scored *s, const zp_target *t)
{
    if (s->target == t)
        return s;
    for (size_t i = 0; i < s->n_children; i++) {
        const zp_scored *f = scored_target(&s->children[i], t);
        if (f)
            return f;
    }
    return NULL;
}

static void dec_cell(zp_table_builder *b, const zp_value *v)
{
    char buf[64];
    if (!v->present) {
        zp_tb_text(b, "");
        return;
    }
    zp_tb_verbatim(b, zp_dec_format(v->dec, false, buf, sizeof buf))->align = ZP_ALIGN_RIGHT;
}

/* Rows in a run with the same text in column col are merged into one. */
static int run_length(const zp_target *t, size_t n, size_t i, bool level2)
{
    int len = 1;
    for (size_t j = i + 1; j < n; j++) {
        const char *a = level2 ? t[i].level2 : t[i].level1;
        const char *b = level2 ? t[j].level2 : t[j].level1;
        if (!a || !b || strcmp(a, b) || (level2 && (!t[i].level1 || !t[j].level1 ||
                                                   strcmp(t[i].level1, t[j].level1))))
            break;
        len++;
    }
    return len;
}

static void targets_table(zp_report *r, const char *caption, const zp_target *t, size_t n)
{
    if (!n)
        return;
    const zp_scored *root = r->score ? &r->score->root : NULL;
    /* Columns no target has a value for are left out. */
    bool target = false, scores = false, deviation = false;
    for (size_t i = 0; i < n; i++) {
        target |= t[i].target_text != NULL;
        scores |= t[i].weight.present || t[i].score.present || (root && scored_target(root, &t[i]));
        deviation |= t[i].deviation != NULL;
    }
    static const char *const heads[] = {"一级指标", "二级指标", "三级指标", "年度指标值",
                                        "实际完成值", "分值", "得分", "偏差原因"};
    static const int all_widths[] = {2, 2, 4, 3, 3, 2, 2, 3};
    bool keep[8] = {true, true, true, target, true, scores, scores, deviation};
    int widths[8];
    size_t cols = 0;
    for (size_t c = 0; c < 8; c++)
        if (keep[c])
            widths[cols++] = all_widths[c];
    zp_table_builder b;
    zp_tb_begin(&b, r, ZP_TABLE_TARGETS, cols, caption, NULL);
    zp_tb_widths(&b, widths);
    zp_tb_row(&b, true);
    for (size_t c = 0; c < 8; c++)
        if (keep[c])
            zp_tb_text(&b, heads[c]);
    for (size_t i = 0; i < n; i++) {
        const zp_target *x = &t[i];
        zp_tb_row(&b, false);
        /* level 1 and 2 merged down their runs */
        bool first1 = i == 0 || run_length(t, n, i - 1, false) == 1;
        bool first2 = i == 0 || run_length(t, n, i - 1, true) == 1;
        if (first1)
            zp_tb_span(&b, zp_tb_verbatim(&b, x->level1 ? x->level1 : ""), 1,
                       run_length(t, n, i, false));
        if (first2)
            zp_tb_span(&b, zp_tb_verbatim(&b, x->level2 ? x->level2 : ""), 1,
                       run_length(t, n, i, true));
        zp_tb_verbatim(&b, x->name);
        if (target)
            zp_tb_verbatim(&b, x->target_text ? x->target_text : "");
        zp_tb_verbatim(&b, x->actual_text ? x->actual_text : "未填报");
        const zp_scored *s = root ? scored_target(root, x) : NULL;
        zp_para p;
        zp_para_init(&p, r);
        if (!scores) {
        } else if (s) {
            zp_score_figure(&p, s, "weight");
            zp_tb_para(&b, &p)->align = ZP_ALIGN_RIGHT;
            if (s->status == ZP_SCORED) {
                zp_score_figure(&p, s, "score");
                zp_tb_para(&b, &p)->align = ZP_ALIGN_RIGHT;
            } else {
                zp_tb_text(&b, s->status == ZP_NOT_APPLICABLE ? "不适用" : "未评分");
            }
        } else {
            dec_cell(&b, &x->weight);
            dec_cell(&b, &x->score);
        }
        if (deviation)
            zp_tb_verbatim(&b, x->deviation ? x->deviation : "");
    }
    zp_tb_end(&b);
}

/* "…项目全年预算数A万元，决算数B万元，预算执行率R%。" and its summary. */
static void project(zp_report *r, const zp_project *pr, size_t i, int *m)
{
    zp_doc_heading_item(r, 3, ++*m, pr->name);
    zp_para p;
    zp_para_init(&p, r);
    const char *key = zp_arena_printf(r->arena, "projects.%zu", i + 1);
    zp_para_verbatim(&p, pr->name);
    if (zp_ph_budget_final(&p, key)) {
        zp_para_text(&p, "。");
        zp_doc_paragraph(r, &p);
    }
    zp_doc_lines(r, pr->summary);
    targets_table(r, zp_arena_printf(r->arena, "%s绩效目标完成情况表", pr->name), pr->targets,
                  pr->n_targets);
}

void zp_targets_section(zp_report *r, int *k)
{
    const zp_unit *u = r->unit;
    if (u->n_targets) {
        zp_doc_subheading(r, k, "绩效目标完成情况");
        zp_para p;
        zp_para_init(&p, r);
        zp_para_text(&p, "本部门年度绩效目标的完成情况见下表。");
        zp_doc_paragraph(r, &p);
        targets_table(r, "绩效目标完成情况表", u->targets, u->n_targets);
    }
    if (!u->n_projects)
        return;
    zp_doc_subheading(r, k, "项目支出绩效情况");
    int m = 0;
    for (size_t i = 0; i < u->n_projects; i++)
        project(r, &u->projects[i], i, &m);
}
