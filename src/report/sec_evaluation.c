/*
 * 三、绩效自评情况: the conclusion, the total and grade, the score table
 * (部门整体自评情况总表) and a chart of score rates, each indicator's score
 * and how it was made; then the targets and projects (sec_targets.c).
 */
#include <string.h>

#include "report/doc.h"
#include "report/sections.h"
#include "report/sections_eval.h"

const char *zp_score_source(zp_report *r, const zp_scored *s, const char *field)
{
    return zp_arena_printf(r->arena, "score:%s:%s", s->path, field);
}

/* A score figure ("98.81") of node s, or of the whole when s is the root. */
static const char *score_text(zp_report *r, zp_rat v)
{
    char buf[64];
    return zp_arena_strdup(r->arena, zp_rat_format(v, 2, buf, sizeof buf));
}

static const char *rate_text(zp_report *r, zp_rat v)
{
    char buf[64];
    return zp_arena_printf(r->arena, "%s%%", zp_rat_format(v, 2, buf, sizeof buf));
}

void zp_score_figure(zp_para *p, const zp_scored *s, const char *field)
{
    zp_report *r = p->r;
    bool root = s == &r->score->root;
    const char *src = !root                    ? zp_score_source(r, s, field)
                      : !strcmp(field, "score") ? "score:total"
                                                : zp_arena_printf(r->arena, "score:%s", field);
    if (!strcmp(field, "weight"))
        zp_para_figure(p, score_text(r, s->weight), src);
    else if (!strcmp(field, "score"))
        zp_para_figure(p, score_text(r, root ? r->score->total : s->score), src);
    else
        zp_para_figure(p, rate_text(r, zp_scored_rate(s)), src);
}

/* "经自评，本部门2023年度部门整体支出绩效自评得分98.81分，等级为“优”。" */
static void total_paragraph(zp_report *r)
{
    const zp_score_result *s = r->score;
    zp_para p;
    zp_para_init(&p, r);
    /* The framework's name is its file's words, years and all. */
    zp_para_text(&p, "按照《");
    zp_para_verbatim(&p, s->framework->name);
    zp_para_text(&p, "》，");
    zp_para_text(&p, "本部门");
    zp_para_figure(&p, zp_arena_printf(r->arena, "%d", r->unit->info.year), "unit.year");
    if (s->n_unscored) {
        zp_para_text(&p, "年度尚有");
        zp_para_figure(&p, zp_arena_printf(r->arena, "%zu", s->n_unscored), "score:unscored");
        zp_para_text(&p, "项指标未评分（需手工评分或补充实际完成值），总分与等级待评分完成后确定。");
        zp_doc_paragraph(r, &p);
        return;
    }
    zp_para_text(&p, "年度部门整体支出绩效自评得分");
    zp_score_figure(&p, &s->root, "score");
    zp_para_text(&p, "分，绩效等级为“");
    zp_para_figure(&p, s->grade, "score:grade");
    zp_para_text(&p, "”。");
    /* The top-level indicators' scores and rates. */
    for (size_t i = 0; i < s->root.n_children; i++) {
        const zp_scored *c = &s->root.children[i];
        if (c->status != ZP_SCORED)
            continue;
        zp_para_text(&p, i ? "；" : "其中，");
        zp_para_verbatim(&p, c->name);
        zp_para_text(&p, "（分值");
        zp_score_figure(&p, c, "weight");
        zp_para_text(&p, "分）得分");
        zp_score_figure(&p, c, "score");
        zp_para_text(&p, "分，得分率");
        zp_score_figure(&p, c, "rate");
    }
    if (s->root.n_children)
        zp_para_text(&p, "。");
    zp_doc_paragraph(r, &p);
}

/* The levels of the tree, counting a node's children as one more. */
static int depth(const zp_scored *s)
{
    int d = 0;
    for (size_t i = 0; i < s->n_children; i++) {
        int c = depth(&s->children[i]);
        if (c > d)
            d = c;
    }
    return d + 1;
}

static int rows_of(const zp_scored *s)
{
    int n = 1;
    for (size_t i = 0; i < s->n_children; i++)
        n += rows_of(&s->children[i]);
    return n;
}

/* Whether a leaf below s (or s) that applies has no score yet. */
static bool has_unscored(const zp_scored *s)
{
    if (!s->n_children)
        return s->status == ZP_UNSCORED;
    for (size_t i = 0; i < s->n_children; i++) {
        if (has_unscored(&s->children[i]))
            return true;
    }
    return false;
}

/* The figures of a row: 分值, 自评得分, 得分率. */
static void figure_cells(zp_table_builder *b, const zp_scored *s)
{
    zp_para p;
    zp_para_init(&p, b->r);
    zp_score_figure(&p, s, "weight");
    zp_tb_para(b, &p)->align = ZP_ALIGN_RIGHT;
    if (s->n_children && has_unscored(s)) {
        /* A sum with a part missing is no score. */
        zp_doc_cell *c = zp_tb_text(b, "待评分完成后确定");
        zp_tb_span(b, c, 2, 1);
        c->align = ZP_ALIGN_CENTER;
    } else if (s->status == ZP_SCORED) {
        zp_score_figure(&p, s, "score");
        zp_tb_para(b, &p)->align = ZP_ALIGN_RIGHT;
        zp_score_figure(&p, s, "rate");
        zp_tb_para(b, &p)->align = ZP_ALIGN_RIGHT;
    } else {
        zp_doc_cell *c = zp_tb_text(b, s->status == ZP_NOT_APPLICABLE ? "不适用" : "未评分");
        zp_tb_span(b, c, 2, 1);
        c->align = ZP_ALIGN_CENTER;
    }
}

/* A node's row at column col of d name columns, then its children's. */
static void score_rows(zp_table_builder *b, const zp_scored *s, int col, int d)
{
    zp_tb_row(b, false);
    zp_doc_cell *name = zp_tb_verbatim(b, s->name);
    if (s->n_children) {
        zp_tb_span(b, name, 1, rows_of(s));
        zp_doc_cell *sub = zp_tb_text(b, "小计");
        zp_tb_span(b, sub, d - col - 1, 1);
        figure_cells(b, s);
        zp_tb_bold_row(b);
        for (size_t i = 0; i < s->n_children; i++)
            score_rows(b, &s->children[i], col + 1, d);
    } else {
        zp_tb_span(b, name, d - col, 1);
        figure_cells(b, s);
    }
}

static void score_table(zp_report *r)
{
    static const char *const levels[] = {"一级指标", "二级指标", "三级指标", "四级指标"};
    const zp_score_result *s = r->score;
    int d = depth(&s->root) - 1; /* the root is no column */
    if (d < 1 || d > 4)
        return;
    zp_table_builder b;
    zp_tb_begin(&b, r, ZP_TABLE_SCORE, (size_t)d + 3, "部门整体自评情况总表", "单位：分");
    int widths[7];
    for (int i = 0; i < d; i++)
        widths[i] = i == d - 1 ? 4 : 2;
    widths[d] = widths[d + 1] = widths[d + 2] = 2;
    zp_tb_widths(&b, widths);
    zp_tb_row(&b, true);
    for (int i = 0; i < d; i++)
        zp_tb_text(&b, levels[i]);
    zp_tb_text(&b, "分值");
    zp_tb_text(&b, "自评得分");
    zp_tb_text(&b, "得分率");
    for (size_t i = 0; i < s->root.n_children; i++)
        score_rows(&b, &s->root.children[i], 0, d);
    zp_tb_row(&b, false);
    zp_tb_span(&b, zp_tb_text(&b, "合计"), d, 1);
    figure_cells(&b, &s->root);
    zp_tb_bold_row(&b);
    zp_tb_end(&b);
}

/* Score rates by indicator: the top level when it has three or more,
 * else the level below. */
static void rate_chart(zp_report *r)
{
    const zp_score_result *s = r->score;
    if (s->n_unscored)
        return;
    const zp_scored *nodes[64];
    size_t n = 0;
    bool top = s->root.n_children >= 3;
    for (size_t i = 0; i < s->root.n_children; i++) {
        const zp_scored *c = &s->root.children[i];
        if (top || !c->n_children) {
            if (c->status == ZP_SCORED && n < 64)
                nodes[n++] = c;
            continue;
        }
        for (size_t j = 0; j < c->n_children && n < 64; j++)
            if (c->children[j].status == ZP_SCORED)
                nodes[n++] = &c->children[j];
    }
    if (n < 2)
        return;
    zp_doc_chart *ch = zp_doc_chart_new(r, ZP_CHART_HBARS, "各项指标得分率", "%", n, 1);
    ch->series[0].name = "得分率";
    for (size_t i = 0; i < n; i++) {
        ch->categories[i] = nodes[i]->name;
        zp_chart_set_value(r, ch, 0, i, zp_scored_rate(nodes[i]), 2,
                           zp_score_source(r, nodes[i], "rate"));
    }
    zp_doc_chart_add(r, ch);
}

/* Why each leaf of the framework (not the targets) has its score. */
static void leaf_paragraphs(zp_report *r, const zp_scored *s, int *k)
{
    for (size_t i = 0; i < s->n_children; i++) {
        const zp_scored *c = &s->children[i];
        if (c->n_children) {
            leaf_paragraphs(r, c, k);
            continue;
        }
        const zp_manual_score *m = zp_manual_of(r, c);
        bool why = (m && m->justification) || (c->how && !c->manual && c->status != ZP_UNSCORED);
        if (c->target || !why)
            continue; /* targets are in their table; the rest says no more than the score table */
        zp_para p;
        zp_para_init(&p, r);
        zp_para_number(&p, zp_arena_printf(r->arena, "%d．", ++*k));
        zp_para_verbatim(&p, c->name);
        zp_para_text(&p, "：分值");
        zp_score_figure(&p, c, "weight");
        zp_para_text(&p, "分");
        if (c->status == ZP_SCORED) {
            zp_para_text(&p, "，得分");
            zp_score_figure(&p, c, "score");
            zp_para_text(&p, "分，得分率");
            zp_score_figure(&p, c, "rate");
        } else {
            zp_para_text(&p, c->status == ZP_NOT_APPLICABLE ? "，不适用" : "，未评分");
        }
        if (m && m->justification) {
            zp_para_text(&p, "。");
            zp_para_verbatim(&p, m->justification);
        } else if (c->how && !c->manual) {
            zp_para_text(&p, "（");
            zp_para_figure(&p, c->how, zp_score_source(r, c, "basis"));
            zp_para_text(&p, "）");
        }
        zp_para_text(&p, "。");
        zp_doc_paragraph(r, &p);
    }
}

const zp_manual_score *zp_manual_of(const zp_report *r, const zp_scored *s)
{
    const zp_evaluation *e = &r->unit->evaluation;
    if (!s->indicator)
        return NULL;
    for (size_t i = 0; i < e->n_scores; i++) {
        bool ambiguous;
        if (e->scores[i].indicator &&
            zp_framework_find(r->score->framework, e->scores[i].indicator, &ambiguous) ==
                s->indicator)
            return &e->scores[i];
    }
    return NULL;
}

int zp_sec_evaluation(zp_report *r, int n)
{
    const zp_unit *u = r->unit;
    const zp_evaluation *e = &u->evaluation;
    bool targets = zp_has_targets(r);
    if (!r->score && !e->conclusion && !targets)
        return n;
    n = zp_doc_section(r, n, "绩效自评情况");
    int k = 0;
    if (e->conclusion || r->score) {
        zp_doc_subheading(r, &k, "自评结论");
        zp_doc_lines(r, e->conclusion);
        if (r->score) {
            total_paragraph(r);
            score_table(r);
            rate_chart(r);
        }
    }
    if (r->score) {
        int leaves = 0;
        size_t before = r->n_blocks;
        zp_doc_subheading(r, &k, "各项指标评分情况");
        leaf_paragraphs(r, &r->score->root, &leaves);
        if (!leaves) {
            /* Only targets: their table says it all; take the heading back. */
            r->n_blocks = before;
            k--;
        }
    }
    if (targets)
        zp_targets_section(r, &k);
    return n;
}
