/*
 * Loading a framework file (docs/frameworks.md). A framework is refused as a
 * whole when anything in it is wrong: weights that do not add up to their
 * parent, a formula that does not parse or names something that cannot
 * exist, named values that refer to each other in a cycle. A scoring that
 * silently used a broken framework would be worse than none.
 */
#include <string.h>

#include "load/bundled.h"
#include "load/yaml_read.h"
#include "score/expr.h"
#include "ziping/derive.h"
#include "ziping/framework.h"

#define FILE_MARK(y) ((zp_mark){(y)->file, 0, 0})
enum { MAX_DEPTH = 8 };

typedef struct fw_loader {
    zp_yr y;
    zp_framework *f;
} fw_loader;

/* framework_refs.c */
void zp_framework_check_references(zp_yr *y, zp_framework *f);

/* ---- formulas ----------------------------------------------------------- */

/* The place of a formula's first character. libfyaml already marks a
 * quoted scalar at its first character, past the quote; a block scalar's
 * text starts on the next line. */
static zp_mark formula_mark(fw_loader *L, struct fy_node *n)
{
    zp_mark at = zp_yr_mark(&L->y, n, FILE_MARK(&L->y));
    switch (fy_node_get_style(n)) {
    case FYNS_LITERAL:
    case FYNS_FOLDED:
        at.line++;
        at.col = 1;
        break;
    default:
        break;
    }
    return at;
}

static struct zp_expr *load_formula(fw_loader *L, struct fy_node *n, const char *path)
{
    const char *src = zp_yr_scalar(&L->y, n, path, FILE_MARK(&L->y));
    if (!src)
        return NULL;
    zp_expr *e = zp_expr_parse(src, formula_mark(L, n), L->y.diags);
    if (!e) {
        L->y.fatal++;
        return NULL;
    }
    return e;
}

/* Parse a number ("100", "0.5") into an exact rational. */
static bool load_rat(fw_loader *L, struct fy_node *n, const char *path, zp_rat *out,
                     zp_dec *dec_out)
{
    zp_dec d;
    if (!zp_yr_decimal(&L->y, n, path, NULL, &d, NULL))
        return false;
    if (dec_out)
        *dec_out = d;
    return zp_rat_of_dec(d, out);
}

/* ---- indicators ---------------------------------------------------------- */

static void load_rule(fw_loader *L, struct fy_node *n, zp_indicator *ind, const char *path)
{
    zp_yr *y = &L->y;
    ind->rule_at = zp_yr_mark(y, n, ind->at);
    char *p = zp_arena_printf(y->arena, "%s.rule", path);
    if (fy_node_is_scalar(n)) {
        const char *s = zp_yr_scalar(y, n, p, ind->at);
        if (!s)
            return;
        if (!strcmp(s, "manual"))
            ind->rule = ZP_RULE_MANUAL;
        else if (!strcmp(s, "qualitative"))
            ind->rule = ZP_RULE_QUALITATIVE;
        else
            zp_yr_fatal(y, ind->rule_at, "bad-rule", "unknown rule",
                        "%s 应为 manual、qualitative，或 formula/ratio/deduct/targets 之一的映射，这里是“%s”",
                        p, s);
        return;
    }
    if (!zp_yr_is_map(y, n, p, ind->at))
        return;
    static const char *const kinds[] = {"formula", "ratio", "deduct", "targets", NULL};
    zp_yr_check_keys(y, n, kinds, p);
    if (fy_node_mapping_item_count(n) != 1) {
        zp_yr_fatal(y, ind->rule_at, "bad-rule", "a rule has exactly one kind",
                    "%s 只能有一种规则（formula、ratio、deduct 或 targets）", p);
        return;
    }
    struct fy_node *v;
    if ((v = zp_yr_get(y, n, "formula"))) {
        ind->rule = ZP_RULE_FORMULA;
        ind->formula = load_formula(L, v, zp_arena_printf(y->arena, "%s.formula", p));
    } else if ((v = zp_yr_get(y, n, "ratio"))) {
        ind->rule = ZP_RULE_RATIO;
        char *rp = zp_arena_printf(y->arena, "%s.ratio", p);
        if (!zp_yr_is_map(y, v, rp, ind->rule_at))
            return;
        static const char *const keys[] = {"actual", "target", "kind", NULL};
        zp_yr_check_keys(y, v, keys, rp);
        if (!zp_yr_require(y, v, "actual", rp, ind->rule_at) ||
            !zp_yr_require(y, v, "target", rp, ind->rule_at))
            return;
        ind->formula = load_formula(L, zp_yr_get(y, v, "actual"), rp);
        ind->target = load_formula(L, zp_yr_get(y, v, "target"), rp);
        struct fy_node *k = zp_yr_get(y, v, "kind");
        const char *kind = k ? zp_yr_scalar(y, k, rp, ind->rule_at) : ">=";
        if (kind && (!strcmp(kind, "<=") || !strcmp(kind, "≤")))
            ind->at_most = true;
        else if (kind && strcmp(kind, ">=") && strcmp(kind, "≥"))
            zp_yr_fatal(y, zp_yr_mark(y, k, ind->rule_at), "bad-rule", "kind is >= or <=",
                        "%s.kind 应为 \">=\"（越大越好）或 \"<=\"（越小越好），这里是“%s”", rp,
                        kind);
    } else if ((v = zp_yr_get(y, n, "deduct"))) {
        ind->rule = ZP_RULE_DEDUCT;
        char *dp = zp_arena_printf(y->arena, "%s.deduct", p);
        if (!zp_yr_is_map(y, v, dp, ind->rule_at))
            return;
        static const char *const keys[] = {"value", "over", "under", "per_point", NULL};
        zp_yr_check_keys(y, v, keys, dp);
        if (!zp_yr_require(y, v, "value", dp, ind->rule_at) ||
            !zp_yr_require(y, v, "per_point", dp, ind->rule_at))
            return;
        ind->formula = load_formula(L, zp_yr_get(y, v, "value"), dp);
        load_rat(L, zp_yr_get(y, v, "per_point"), dp, &ind->per_point, NULL);
        struct fy_node *over = zp_yr_get(y, v, "over"), *under = zp_yr_get(y, v, "under");
        if ((over != NULL) == (under != NULL))
            zp_yr_fatal(y, ind->rule_at, "bad-rule", "give exactly one of over/under",
                        "%s 需要 over（超过多少开始扣分）或 under（低于多少开始扣分）二者之一", dp);
        else if (over)
            load_rat(L, over, dp, &ind->limit, NULL);
        else {
            ind->at_most = true;
            load_rat(L, under, dp, &ind->limit, NULL);
        }
    } else if ((v = zp_yr_get(y, n, "targets"))) {
        ind->rule = ZP_RULE_TARGETS;
        char *tp = zp_arena_printf(y->arena, "%s.targets", p);
        if (fy_node_is_scalar(v)) {
            const char *s = zp_yr_scalar(y, v, tp, ind->rule_at);
            if (s && strcmp(s, "all"))
                zp_yr_fatal(y, zp_yr_mark(y, v, ind->rule_at), "bad-rule", "targets: all or a map",
                            "%s 应为 all，或 {level1: …, level2: …}", tp);
            return;
        }
        if (!zp_yr_is_map(y, v, tp, ind->rule_at))
            return;
        static const char *const keys[] = {"level1", "level2", NULL};
        zp_yr_check_keys(y, v, keys, tp);
        struct fy_node *l;
        if ((l = zp_yr_get(y, v, "level1")))
            ind->level1 = zp_yr_scalar(y, l, tp, ind->rule_at);
        if ((l = zp_yr_get(y, v, "level2")))
            ind->level2 = zp_yr_scalar(y, l, tp, ind->rule_at);
    }
}

static void load_indicators(fw_loader *L, struct fy_node *n, zp_indicator *parent,
                            const char *path, int depth);

static void load_indicator(fw_loader *L, struct fy_node *n, zp_indicator *ind,
                           const zp_indicator *parent, const char *path, int depth)
{
    zp_yr *y = &L->y;
    static const char *const keys[] = {"name", "id", "weight", "assumed", "guide",
                                       "rule", "children", NULL};
    zp_yr_check_keys(y, n, keys, path);
    zp_yr_require(y, n, "name", path, ind->at);
    zp_yr_require(y, n, "weight", path, ind->at);
    struct fy_node *v;
    if ((v = zp_yr_get(y, n, "name")))
        ind->name = zp_yr_scalar(y, v, path, ind->at);
    if (!ind->name)
        ind->name = "?";
    ind->path = parent->path ? zp_arena_printf(y->arena, "%s/%s", parent->path, ind->name)
                             : ind->name;
    if ((v = zp_yr_get(y, n, "id")))
        ind->id = zp_yr_scalar(y, v, path, ind->at);
    if ((v = zp_yr_get(y, n, "weight")) &&
        load_rat(L, v, zp_arena_printf(y->arena, "%s.weight", path), &ind->weight,
                 &ind->weight_dec) &&
        zp_rat_sign(ind->weight) <= 0)
        zp_yr_fatal(y, zp_yr_mark(y, v, ind->at), "bad-weight", "a weight must be positive",
                    "%s 的分值必须大于零", ind->path);
    if ((v = zp_yr_get(y, n, "assumed"))) {
        const char *s = zp_yr_scalar(y, v, path, ind->at);
        ind->assumed = s && !strcmp(s, "true");
    }
    if ((v = zp_yr_get(y, n, "guide")))
        ind->guide = zp_yr_text(y, v, path, ind->at);

    struct fy_node *rule = zp_yr_get(y, n, "rule");
    struct fy_node *children = zp_yr_get(y, n, "children");
    if (rule && children)
        zp_yr_fatal(y, zp_yr_mark(y, rule, ind->at), "rule-and-children",
                    "an indicator with children is scored by them",
                    "指标“%s”有下级指标，其得分是下级得分之和，不能再有评分规则", ind->path);
    else if (!rule && !children)
        zp_yr_fatal(y, ind->at, "no-rule", "a leaf indicator needs a rule",
                    "末级指标“%s”需要评分规则（rule）", ind->path);
    if (rule)
        load_rule(L, rule, ind, path);
    if (children)
        load_indicators(L, children, ind, zp_arena_printf(y->arena, "%s.children", path),
                        depth + 1);
}

static void check_weights(fw_loader *L, const zp_indicator *parent, zp_rat expected,
                          zp_mark at, const char *what)
{
    zp_rat sum = zp_rat_of_int(0);
    for (size_t i = 0; i < parent->n_children; i++)
        zp_rat_add(sum, parent->children[i].weight, &sum);
    if (zp_rat_cmp(sum, expected) == 0)
        return;
    char a[48], b[48];
    zp_yr_fatal(&L->y, at, "weights-sum", "child weights do not add up to the parent's",
                "%s的下级指标分值合计 %s，与其分值 %s 不等", what, zp_rat_format(sum, 4, a, sizeof a),
                zp_rat_format(expected, 4, b, sizeof b));
}

static void load_indicators(fw_loader *L, struct fy_node *n, zp_indicator *parent,
                            const char *path, int depth)
{
    zp_yr *y = &L->y;
    zp_mark at = zp_yr_mark(y, n, parent->at.file ? parent->at : FILE_MARK(y));
    if (depth > MAX_DEPTH) {
        zp_yr_fatal(y, at, "too-deep", "indicator tree too deep",
                    "指标层级超过 %d 级，请检查缩进", MAX_DEPTH);
        return;
    }
    if (!zp_yr_is_seq(y, n, path, at))
        return;
    int count = fy_node_sequence_item_count(n);
    if (count <= 0) {
        zp_yr_fatal(y, at, "no-indicators", "empty list of indicators", "%s 不能为空", path);
        return;
    }
    parent->children = ZP_ARENA_NEW(y->arena, zp_indicator, (size_t)count);
    void *it = NULL;
    struct fy_node *item;
    while ((item = fy_node_sequence_iterate(n, &it)) != NULL) {
        char *p = zp_arena_printf(y->arena, "%s[%zu]", path, parent->n_children + 1);
        if (!zp_yr_is_map(y, item, p, at))
            continue;
        zp_indicator *ind = &parent->children[parent->n_children++];
        ind->at = zp_yr_mark(y, item, at);
        load_indicator(L, item, ind, parent, p, depth);
    }
    if (parent->path && !y->fatal)
        check_weights(L, parent, parent->weight, parent->at,
                      zp_arena_printf(y->arena, "指标“%s”", parent->path));
}

/* ---- the file ------------------------------------------------------------- */

static void load_grades(fw_loader *L, struct fy_node *n)
{
    zp_yr *y = &L->y;
    zp_framework *f = L->f;
    zp_mark at = zp_yr_mark(y, n, FILE_MARK(y));
    if (!zp_yr_is_seq(y, n, "grades", at))
        return;
    int count = fy_node_sequence_item_count(n);
    f->grades = ZP_ARENA_NEW(y->arena, zp_grade_band, count > 0 ? (size_t)count : 1);
    f->n_grades = 0;
    void *it = NULL;
    struct fy_node *item;
    while ((item = fy_node_sequence_iterate(n, &it)) != NULL) {
        char *p = zp_arena_printf(y->arena, "grades[%zu]", f->n_grades + 1);
        if (!zp_yr_is_map(y, item, p, at))
            continue;
        static const char *const keys[] = {"name", "min", NULL};
        zp_yr_check_keys(y, item, keys, p);
        if (!zp_yr_require(y, item, "name", p, at) || !zp_yr_require(y, item, "min", p, at))
            continue;
        zp_grade_band *g = &f->grades[f->n_grades];
        g->name = zp_yr_scalar(y, zp_yr_get(y, item, "name"), p, at);
        if (g->name && load_rat(L, zp_yr_get(y, item, "min"), p, &g->min, NULL)) {
            if (f->n_grades && zp_rat_cmp(g->min, f->grades[f->n_grades - 1].min) >= 0)
                zp_yr_fatal(y, zp_yr_mark(y, item, at), "bad-grades", "grades go from high to low",
                            "等级须按分数线从高到低排列");
            f->n_grades++;
        }
    }
}

static void load_bands(fw_loader *L, struct fy_node *n)
{
    zp_yr *y = &L->y;
    zp_mark at = zp_yr_mark(y, n, FILE_MARK(y));
    if (!zp_yr_is_map(y, n, "bands", at))
        return;
    static const char *const names[] = {"达成", "部分达成", "未达成", NULL};
    zp_yr_check_keys(y, n, names, "bands");
    for (int b = 0; names[b]; b++) {
        struct fy_node *v = zp_yr_get(y, n, names[b]);
        if (!v)
            continue;
        char *p = zp_arena_printf(y->arena, "bands.%s", names[b]);
        if (!zp_yr_is_map(y, v, p, at))
            continue;
        static const char *const keys[] = {"min", "max", "standard", NULL};
        zp_yr_check_keys(y, v, keys, p);
        zp_quality_band *qb = &L->f->bands[b + 1];
        zp_rat pct[3];
        for (int k = 0; k < 3; k++) {
            struct fy_node *x = zp_yr_get(y, v, keys[k]);
            if (!x) {
                zp_yr_require(y, v, keys[k], p, at);
                return;
            }
            if (!load_rat(L, x, p, &pct[k], NULL))
                return;
            zp_rat_div(pct[k], zp_rat_of_int(100), &pct[k]);
        }
        qb->min = pct[0];
        qb->max = pct[1];
        qb->standard = pct[2];
        if (zp_rat_cmp(qb->min, qb->standard) > 0 || zp_rat_cmp(qb->standard, qb->max) > 0)
            zp_yr_fatal(y, zp_yr_mark(y, v, at), "bad-bands", "min <= standard <= max",
                        "%s 应满足 min ≤ standard ≤ max（百分比）", p);
    }
}

static void load_values(fw_loader *L, struct fy_node *n)
{
    zp_yr *y = &L->y;
    zp_framework *f = L->f;
    zp_mark at = zp_yr_mark(y, n, FILE_MARK(y));
    if (!zp_yr_is_map(y, n, "values", at))
        return;
    int count = fy_node_mapping_item_count(n);
    f->values = ZP_ARENA_NEW(y->arena, zp_named_value, count > 0 ? (size_t)count : 1);
    void *it = NULL;
    struct fy_node *k, *v;
    while (zp_yr_next_pair(n, &it, &k, &v)) {
        const char *name = zp_yr_scalar(y, k, "values", at);
        if (!name)
            continue;
        zp_named_value *nv = &f->values[f->n_values++];
        nv->name = name;
        nv->at = zp_yr_mark(y, k, at);
        nv->expr = load_formula(L, v, zp_arena_printf(y->arena, "values.%s", name));
    }
}

static void set_defaults(zp_framework *f, zp_arena *a)
{
    static const struct {
        const char *name;
        int min;
    } grades[] = {{"优", 90}, {"良", 80}, {"中", 60}, {"差", 0}};
    f->grades = ZP_ARENA_NEW(a, zp_grade_band, 4);
    for (int i = 0; i < 4; i++) {
        f->grades[i].name = grades[i].name;
        f->grades[i].min = zp_rat_of_int(grades[i].min);
    }
    f->n_grades = 4;
    /* 财预〔2020〕10号: 达成 100-80%, 部分达成 80-60%, 未达成 60-0% of the weight. */
    static const int bands[4][3] = {{0, 0, 0}, {80, 100, 100}, {60, 80, 70}, {0, 60, 30}};
    for (int b = 1; b < 4; b++) {
        zp_rat_make(bands[b][0], 100, &f->bands[b].min);
        zp_rat_make(bands[b][1], 100, &f->bands[b].max);
        zp_rat_make(bands[b][2], 100, &f->bands[b].standard);
    }
    f->total = zp_rat_of_int(100);
}

static void load_root(fw_loader *L)
{
    zp_yr *y = &L->y;
    zp_framework *f = L->f;
    struct fy_node *root = y->root;
    static const char *const keys[] = {"ziping_framework", "id",     "name",   "source",
                                       "applies_to",       "total",  "grades", "bands",
                                       "values",           "indicators", NULL};
    zp_yr_check_keys(y, root, keys, "指标体系文件顶层");
    struct fy_node *v = zp_yr_get(y, root, "ziping_framework");
    int64_t version = 0;
    if (!v)
        zp_yr_fatal(y, zp_yr_mark(y, root, FILE_MARK(y)), "missing-field",
                    "not a framework file",
                    "缺少“ziping_framework: 1”，这不是一个指标体系文件");
    else if (zp_yr_int(y, v, "ziping_framework", 0, 1000, &version) && version != 1)
        zp_yr_fatal(y, zp_yr_mark(y, v, FILE_MARK(y)), "bad-version", "unsupported version",
                    "不支持的指标体系格式版本 %lld", (long long)version);
    zp_yr_require(y, root, "name", "指标体系", FILE_MARK(y));
    zp_yr_require(y, root, "indicators", "指标体系", FILE_MARK(y));
    set_defaults(f, y->arena);
    if ((v = zp_yr_get(y, root, "id")))
        f->id = zp_yr_scalar(y, v, "id", FILE_MARK(y));
    if ((v = zp_yr_get(y, root, "name")))
        f->name = zp_yr_scalar(y, v, "name", FILE_MARK(y));
    if ((v = zp_yr_get(y, root, "source")))
        f->source = zp_yr_text(y, v, "source", FILE_MARK(y));
    if ((v = zp_yr_get(y, root, "applies_to")))
        f->applies_to = zp_yr_scalar(y, v, "applies_to", FILE_MARK(y));
    if ((v = zp_yr_get(y, root, "total")))
        load_rat(L, v, "total", &f->total, NULL);
    if ((v = zp_yr_get(y, root, "grades")))
        load_grades(L, v);
    if ((v = zp_yr_get(y, root, "bands")))
        load_bands(L, v);
    if ((v = zp_yr_get(y, root, "values")))
        load_values(L, v);
    f->root.name = f->name;
    f->root.weight = f->total;
    f->root.at = zp_yr_key_mark(y, root, "indicators", FILE_MARK(y));
    if ((v = zp_yr_get(y, root, "indicators")))
        load_indicators(L, v, &f->root, "indicators", 1);
    if (y->fatal)
        return;
    check_weights(L, &f->root, f->total, f->root.at, "指标体系");
    zp_framework_check_references(&L->y, f);
}

/* Formulas are not in the arena: free them with the framework. */
static void free_exprs(zp_indicator *ind)
{
    zp_expr_free(ind->formula);
    zp_expr_free(ind->target);
    for (size_t i = 0; i < ind->n_children; i++)
        free_exprs(&ind->children[i]);
}

void zp_framework_free(zp_framework *f)
{
    if (!f)
        return;
    free_exprs(&f->root);
    for (size_t i = 0; i < f->n_values; i++)
        zp_expr_free(f->values[i].expr);
    zp_arena_free(f->arena);
}

static zp_framework *finish(fw_loader *L, bool opened)
{
    if (opened)
        load_root(L);
    zp_yr_close(&L->y);
    if (!opened || L->y.fatal) {
        zp_framework_free(L->f);
        return NULL;
    }
    return L->f;
}

static zp_framework *new_framework(void)
{
    zp_arena *a = zp_arena_new();
    zp_framework *f = ZP_ARENA_NEW(a, zp_framework, 1);
    f->arena = (struct zp_arena *)a;
    return f;
}

zp_framework *zp_framework_load_string(const char *name, const char *data, size_t len,
                                       zp_diags *diags)
{
    fw_loader L = {.f = new_framework()};
    bool ok = zp_yr_open_string(&L.y, name, data, len, L.f->arena, diags);
    L.f->file = L.y.file;
    return finish(&L, ok);
}

zp_framework *zp_framework_load(const char *ref, zp_diags *diags)
{
    bool is_path = strchr(ref, '/') || strstr(ref, ".yaml") || strstr(ref, ".yml");
    if (!is_path) {
        for (const zp_bundled_file *b = zp_bundled_frameworks; b->name; b++) {
            if (!strcmp(b->name, ref))
                return zp_framework_load_string(b->path, b->data, b->size, diags);
        }
        zp_buf list;
        zp_buf_init(&list);
        for (const zp_bundled_file *b = zp_bundled_frameworks; b->name; b++)
            zp_buf_printf(&list, "%s%s", list.len ? "、" : "", b->name);
        zp_diags_add(diags, ZP_FATAL, "unknown-framework", (zp_mark){NULL, 0, 0},
                     "unknown framework",
                     "没有名为“%s”的内置指标体系；内置的有：%s；也可以给出指标体系文件的路径", ref,
                     list.data ? list.data : "（无）");
        zp_buf_free(&list);
        return NULL;
    }
    fw_loader L = {.f = new_framework()};
    bool ok = zp_yr_open_file(&L.y, ref, L.f->arena, diags);
    L.f->file = L.y.file;
    return finish(&L, ok);
}
