/*
 * The score tree: one node per indicator (and per performance target under
 * a "targets" indicator), weights rescaled where indicators do not apply,
 * leaves scored by their rules (rules.c), parents summed, the total graded.
 */
#include <string.h>

#include "base/mem.h"
#include "score/score_internal.h"

zp_rat zp_scored_rate(const zp_scored *s)
{
    zp_rat r = zp_rat_of_int(0);
    if (zp_rat_sign(s->weight) != 0)
        zp_rat_percent(s->score, s->weight, &r);
    return r;
}

const char *zp_grade_of(const zp_framework *f, zp_rat total)
{
    for (size_t i = 0; i < f->n_grades; i++) {
        if (zp_rat_cmp(total, f->grades[i].min) >= 0)
            return f->grades[i].name;
    }
    return f->n_grades ? f->grades[f->n_grades - 1].name : "";
}

/* ---- manual scores and not-applicable marks from the data ---------------- */

static const zp_indicator *resolve(zp_sctx *c, const char *ref, zp_mark at, const char *what)
{
    bool ambiguous = false;
    const zp_indicator *ind = zp_framework_find(c->f, ref, &ambiguous);
    if (ind)
        return ind;
    if (ambiguous)
        zp_diags_add(c->diags, ZP_FATAL, "ambiguous-indicator", at,
                     "more than one indicator has this name",
                     "%s中的“%s”在指标体系《%s》中不止一个，请写出上级指标，如“上级/%s”", what, ref,
                     c->f->name, ref);
    else
        zp_diags_add(c->diags, ZP_FATAL, "unknown-indicator", at, "no such indicator",
                     "%s中的“%s”在指标体系《%s》中不存在", what, ref, c->f->name);
    c->fatal = true;
    return NULL;
}

static void resolve_data(zp_sctx *c)
{
    const zp_evaluation *e = &c->u->evaluation;
    c->manual_for = ZP_ARENA_NEW(c->arena, const zp_indicator *, e->n_scores + 1);
    for (size_t i = 0; i < e->n_scores; i++) {
        const zp_manual_score *m = &e->scores[i];
        if (!m->indicator)
            continue;
        c->manual_for[i] = resolve(c, m->indicator, m->at, "evaluation.scores ");
        for (size_t j = 0; j < i && c->manual_for[i]; j++) {
            if (c->manual_for[j] == c->manual_for[i]) {
                zp_diags_add(c->diags, ZP_FATAL, "duplicate-score", m->at,
                             "the same indicator is scored twice",
                             "指标“%s”被评分了两次", c->manual_for[i]->path);
                c->fatal = true;
            }
        }
    }
    c->na_for = ZP_ARENA_NEW(c->arena, const zp_indicator *, e->n_not_applicable + 1);
    for (size_t i = 0; i < e->n_not_applicable; i++)
        c->na_for[i] = resolve(c, e->not_applicable[i], e->not_applicable_at[i],
                               "evaluation.not_applicable ");
}

const zp_manual_score *zp_sctx_manual(const zp_sctx *c, const zp_indicator *ind)
{
    for (size_t i = 0; i < c->u->evaluation.n_scores; i++) {
        if (c->manual_for[i] == ind)
            return &c->u->evaluation.scores[i];
    }
    return NULL;
}

static bool marked_na(const zp_sctx *c, const zp_indicator *ind)
{
    for (size_t i = 0; i < c->u->evaluation.n_not_applicable; i++) {
        if (c->na_for[i] == ind)
            return true;
    }
    return false;
}

/* ---- building the tree --------------------------------------------------- */

static void build(zp_sctx *c, zp_scored *node, const zp_indicator *ind);

/* The targets a "targets" indicator stands for. */
static bool target_matches(const zp_indicator *ind, const zp_target *t)
{
    if (ind->level1 && (!t->level1 || strcmp(ind->level1, t->level1)))
        return false;
    if (ind->level2 && (!t->level2 || strcmp(ind->level2, t->level2)))
        return false;
    return true;
}

static void build_targets(zp_sctx *c, zp_scored *node, const zp_indicator *ind)
{
    size_t n = 0;
    for (size_t i = 0; i < c->u->n_targets; i++)
        n += target_matches(ind, &c->u->targets[i]);
    if (n == 0) {
        node->status = ZP_NOT_APPLICABLE;
        node->how = "无此类绩效指标，不适用";
        return;
    }
    node->children = ZP_ARENA_NEW(c->arena, zp_scored, n);
    /* Target weights: as the unit set them when every target has one, else
     * the indicator's weight shared equally. */
    bool all_weighted = true, some_weighted = false;
    zp_rat given = zp_rat_of_int(0);
    for (size_t i = 0; i < c->u->n_targets; i++) {
        const zp_target *t = &c->u->targets[i];
        if (!target_matches(ind, t))
            continue;
        zp_rat w;
        if (t->weight.present && zp_rat_of_dec(t->weight.dec, &w)) {
            some_weighted = true;
            zp_rat_add(given, w, &given);
        } else {
            all_weighted = false;
        }
    }
    char a[48], b[48];
    if (some_weighted && !all_weighted)
        zp_diags_add(c->diags, ZP_WARNING, "target-weights-partial", c->u->evaluation.framework_at,
                     "only some targets have weights",
                     "“%s”类的绩效指标只有部分给了分值，已按平均分配 %s 分计", ind->path,
                     zp_rat_format(ind->weight, 2, a, sizeof a));
    else if (all_weighted && zp_rat_cmp(given, ind->weight) != 0)
        zp_diags_add(c->diags, ZP_WARNING, "target-weights-sum", c->u->evaluation.framework_at,
                     "target weights do not add up to the indicator's",
                     "“%s”类绩效指标的分值合计 %s，与指标体系中该项分值 %s 不等，已按比例折算", ind->path,
                     zp_rat_format(given, 2, a, sizeof a), zp_rat_format(ind->weight, 2, b, sizeof b));
    for (size_t i = 0; i < c->u->n_targets; i++) {
        const zp_target *t = &c->u->targets[i];
        if (!target_matches(ind, t))
            continue;
        zp_scored *leaf = &node->children[node->n_children++];
        leaf->name = t->name;
        leaf->path = zp_arena_printf(c->arena, "%s/%s", ind->path, t->name ? t->name : "");
        leaf->target = t;
        leaf->at = t->at;
        if (all_weighted)
            zp_rat_of_dec(t->weight.dec, &leaf->base_weight);
        else
            zp_rat_make(1, 1, &leaf->base_weight); /* equal shares, rescaled below */
    }
}

static void build(zp_sctx *c, zp_scored *node, const zp_indicator *ind)
{
    node->indicator = ind;
    node->name = ind->name;
    node->path = ind->path;
    node->base_weight = ind->weight;
    node->at = ind->at;
    if (marked_na(c, ind)) {
        node->status = ZP_NOT_APPLICABLE;
        node->how = "单位标明不适用";
        return;
    }
    /* A manual score on a parent stands for its whole subtree. */
    if (ind->n_children && !zp_sctx_manual(c, ind)) {
        node->children = ZP_ARENA_NEW(c->arena, zp_scored, ind->n_children);
        node->n_children = ind->n_children;
        for (size_t i = 0; i < ind->n_children; i++)
            build(c, &node->children[i], &ind->children[i]);
    } else if (ind->rule == ZP_RULE_TARGETS) {
        build_targets(c, node, ind);
    }
}

/* ---- weights, scores, sums ----------------------------------------------- */

/* Give each applicable child its share of the parent's weight. */
static void rescale(zp_sctx *c, zp_scored *node)
{
    zp_rat sum = zp_rat_of_int(0);
    bool any = false;
    for (size_t i = 0; i < node->n_children; i++) {
        if (node->children[i].status != ZP_NOT_APPLICABLE) {
            zp_rat_add(sum, node->children[i].base_weight, &sum);
            any = true;
        }
    }
    if (!any) {
        node->status = ZP_NOT_APPLICABLE;
        if (!node->how)
            node->how = "下级指标均不适用";
        return;
    }
    /* Shares are rounded to 0.01 by largest remainder, so that the weights a
     * score table shows add up exactly to the parent's and no score can be
     * rounded past its weight: 50 over 11 targets is 4.55 × 6 + 4.54 × 5. */
    int64_t *cents = zp_xcalloc(node->n_children, sizeof *cents);
    zp_rat *rest = zp_xcalloc(node->n_children, sizeof *rest);
    int64_t given = 0;
    for (size_t i = 0; i < node->n_children; i++) {
        zp_scored *ch = &node->children[i];
        zp_rat share, in_cents;
        zp_dec floor_cents;
        if (ch->status == ZP_NOT_APPLICABLE)
            continue;
        if (!zp_rat_mul(ch->base_weight, node->weight, &share) || !zp_rat_div(share, sum, &share) ||
            !zp_rat_mul(share, zp_rat_of_int(100), &in_cents) ||
            !zp_rat_floor(in_cents, 0, &floor_cents)) {
            c->fatal = true; /* cannot happen with weights of a sane size */
            break;
        }
        cents[i] = floor_cents.units;
        zp_rat_sub(in_cents, zp_rat_of_int(cents[i]), &rest[i]);
        given += cents[i];
    }
    zp_rat total_cents;
    zp_dec want;
    if (!c->fatal && zp_rat_mul(node->weight, zp_rat_of_int(100), &total_cents) &&
        zp_rat_floor(total_cents, 0, &want)) {
        for (int64_t left = want.units - given; left > 0; left--) {
            size_t best = node->n_children;
            for (size_t i = 0; i < node->n_children; i++) {
                if (node->children[i].status != ZP_NOT_APPLICABLE &&
                    (best == node->n_children || zp_rat_cmp(rest[i], rest[best]) > 0))
                    best = i;
            }
            if (best == node->n_children)
                break;
            cents[best]++;
            rest[best] = zp_rat_of_int(-1); /* one extra cent each at most */
        }
    }
    for (size_t i = 0; i < node->n_children; i++) {
        if (node->children[i].status != ZP_NOT_APPLICABLE)
            zp_rat_make(cents[i], 100, &node->children[i].weight);
    }
    free(cents);
    free(rest);
}

static void score_node(zp_sctx *c, zp_scored *node)
{
    if (node->status == ZP_NOT_APPLICABLE)
        return;
    if (node->n_children == 0 || (node->indicator && zp_sctx_manual(c, node->indicator))) {
        zp_score_leaf(c, node);
        return;
    }
    rescale(c, node);
    if (node->status == ZP_NOT_APPLICABLE)
        return;
    node->score = zp_rat_of_int(0);
    bool all = true;
    for (size_t i = 0; i < node->n_children; i++) {
        zp_scored *ch = &node->children[i];
        score_node(c, ch);
        if (ch->status == ZP_SCORED)
            zp_rat_add(node->score, ch->score, &node->score);
        else if (ch->status == ZP_UNSCORED)
            all = false;
    }
    node->status = ZP_SCORED;
    if (!all)
        node->how = "部分下级指标未评分";
}

static size_t count_unscored(const zp_scored *n)
{
    if (n->status == ZP_NOT_APPLICABLE)
        return 0;
    if (n->n_children == 0)
        return n->status == ZP_UNSCORED;
    size_t k = 0;
    for (size_t i = 0; i < n->n_children; i++)
        k += count_unscored(&n->children[i]);
    return k;
}

zp_score_result *zp_score(const zp_unit *u, const zp_derived *d, const zp_framework *f,
                          zp_diags *diags)
{
    zp_arena *a = zp_arena_new();
    zp_score_result *s = ZP_ARENA_NEW(a, zp_score_result, 1);
    s->arena = (struct zp_arena *)a;
    s->unit = u;
    s->framework = f;
    zp_sctx c = {.u = u, .d = d, .f = f, .diags = diags, .arena = a};
    resolve_data(&c);
    if (c.fatal) {
        zp_score_free(s);
        return NULL;
    }
    zp_scored *root = &s->root;
    root->name = f->name;
    root->path = "";
    root->base_weight = root->weight = f->total;
    root->children = ZP_ARENA_NEW(a, zp_scored, f->root.n_children ? f->root.n_children : 1);
    root->n_children = f->root.n_children;
    for (size_t i = 0; i < f->root.n_children; i++)
        build(&c, &root->children[i], &f->root.children[i]);
    score_node(&c, root);
    if (c.fatal) {
        zp_score_free(s);
        return NULL;
    }
    s->total = root->status == ZP_SCORED ? root->score : zp_rat_of_int(0);
    s->grade = zp_grade_of(f, s->total);
    s->n_unscored = count_unscored(root);
    return s;
}

void zp_score_free(zp_score_result *s)
{
    if (s)
        zp_arena_free(s->arena);
}
