/*
 * Loading a unit-year file (docs/format.md): the top level, the unit, its
 * staffing, work, projects, evaluation and texts. Money is read by
 * load_money.c, targets by load_target.c. Loading goes on after a bad field
 * so that one run names every problem; any fatal finding makes the result
 * unusable and the file is refused as a whole.
 */
#include <string.h>

#include "load/load.h"

#define FILE_MARK(L) ((zp_mark){(L)->y.file, 0, 0})

static void load_headcount(zp_loader *L, struct fy_node *n, const char *path, zp_headcount *h)
{
    zp_yr *y = &L->y;
    h->at = zp_yr_mark(y, n, FILE_MARK(L));
    h->present = true;
    if (!fy_node_is_mapping(n)) {
        /* a bare number is the total */
        if (zp_yr_int(y, n, path, 0, 10000000, &h->total.value)) {
            h->total.present = true;
            h->total.at = h->at;
        }
        return;
    }
    static const char *const keys[] = {"total", "parts", NULL};
    zp_yr_check_keys(y, n, keys, path);
    struct fy_node *t = zp_yr_get(y, n, "total");
    char *p = zp_arena_printf(y->arena, "%s.total", path);
    if (t && zp_yr_int(y, t, p, 0, 10000000, &h->total.value)) {
        h->total.present = true;
        h->total.at = zp_yr_mark(y, t, h->at);
    }
    struct fy_node *parts = zp_yr_get(y, n, "parts");
    p = zp_arena_printf(y->arena, "%s.parts", path);
    if (!parts || !zp_yr_is_map(y, parts, p, h->at))
        return;
    int count = fy_node_mapping_item_count(parts);
    h->parts = ZP_ARENA_NEW(y->arena, zp_headcount_part, count > 0 ? (size_t)count : 1);
    void *it = NULL;
    struct fy_node *k, *v;
    while (zp_yr_next_pair(parts, &it, &k, &v)) {
        zp_headcount_part *part = &h->parts[h->n_parts];
        part->name = zp_yr_scalar(y, k, p, h->at);
        if (!part->name)
            continue;
        char *pp = zp_arena_printf(y->arena, "%s.%s", p, part->name);
        if (zp_yr_int(y, v, pp, 0, 10000000, &part->count.value)) {
            part->count.present = true;
            part->count.at = zp_yr_mark(y, v, h->at);
            h->n_parts++;
        }
    }
}

static void load_staffing(zp_loader *L, struct fy_node *n)
{
    zp_yr *y = &L->y;
    zp_staffing *s = &L->u->staffing;
    zp_mark at = zp_yr_mark(y, n, FILE_MARK(L));
    if (!zp_yr_is_map(y, n, "staffing", at))
        return;
    static const char *const keys[] = {"authorized", "in_post", "retired", "note", NULL};
    zp_yr_check_keys(y, n, keys, "staffing");
    s->present = true;
    struct fy_node *v;
    if ((v = zp_yr_get(y, n, "authorized")))
        load_headcount(L, v, "staffing.authorized", &s->authorized);
    if ((v = zp_yr_get(y, n, "in_post")))
        load_headcount(L, v, "staffing.in_post", &s->in_post);
    if ((v = zp_yr_get(y, n, "retired")) &&
        zp_yr_int(y, v, "staffing.retired", 0, 10000000, &s->retired.value)) {
        s->retired.present = true;
        s->retired.at = zp_yr_mark(y, v, at);
    }
    if ((v = zp_yr_get(y, n, "note")))
        s->note = zp_yr_text(y, v, "staffing.note", at);
}

static void load_subunits(zp_loader *L, struct fy_node *n, zp_mark at)
{
    zp_yr *y = &L->y;
    zp_unit_info *info = &L->u->info;
    if (!zp_yr_is_seq(y, n, "unit.subunits", at))
        return;
    int count = fy_node_sequence_item_count(n);
    info->subunits = ZP_ARENA_NEW(y->arena, zp_subunit, count > 0 ? (size_t)count : 1);
    void *it = NULL;
    struct fy_node *item;
    while ((item = fy_node_sequence_iterate(n, &it)) != NULL) {
        char *p = zp_arena_printf(y->arena, "unit.subunits[%zu]", info->n_subunits + 1);
        zp_subunit *su = &info->subunits[info->n_subunits];
        su->at = zp_yr_mark(y, item, at);
        if (fy_node_is_scalar(item)) {
            su->name = zp_yr_scalar(y, item, p, at);
            info->n_subunits += su->name != NULL;
            continue;
        }
        if (!zp_yr_is_map(y, item, p, at))
            continue;
        static const char *const keys[] = {"name", "note", "authorized", NULL};
        zp_yr_check_keys(y, item, keys, p);
        if (!zp_yr_require(y, item, "name", p, su->at))
            continue;
        su->name = zp_yr_scalar(y, zp_yr_get(y, item, "name"), p, su->at);
        struct fy_node *v;
        if ((v = zp_yr_get(y, item, "note")))
            su->note = zp_yr_text(y, v, p, su->at);
        if ((v = zp_yr_get(y, item, "authorized")) &&
            zp_yr_int(y, v, zp_arena_printf(y->arena, "%s.authorized", p), 0, 10000000,
                      &su->authorized.value)) {
            su->authorized.present = true;
            su->authorized.at = zp_yr_mark(y, v, su->at);
        }
        info->n_subunits++;
    }
}

static void load_internal_bodies(zp_loader *L, struct fy_node *n, zp_mark at)
{
    zp_yr *y = &L->y;
    zp_unit_info *info = &L->u->info;
    if (fy_node_is_mapping(n)) {
        static const char *const keys[] = {"count", "names", NULL};
        zp_yr_check_keys(y, n, keys, "unit.internal_bodies");
        struct fy_node *c = zp_yr_get(y, n, "count");
        if (c && zp_yr_int(y, c, "unit.internal_bodies.count", 0, 100000,
                           &info->internal_body_count.value)) {
            info->internal_body_count.present = true;
            info->internal_body_count.at = zp_yr_mark(y, c, at);
        }
        n = zp_yr_get(y, n, "names");
        if (!n)
            return;
    }
    info->internal_bodies =
        zp_yr_strings(y, n, "unit.internal_bodies", at, &info->n_internal_bodies);
}

static void load_info(zp_loader *L, struct fy_node *n)
{
    zp_yr *y = &L->y;
    zp_unit_info *info = &L->u->info;
    zp_mark at = zp_yr_mark(y, n, FILE_MARK(L));
    if (!zp_yr_is_map(y, n, "unit", at))
        return;
    static const char *const keys[] = {"name",      "short_name",      "region",   "level",
                                       "year",      "functions",       "internal_bodies",
                                       "subunits",  NULL};
    zp_yr_check_keys(y, n, keys, "unit");
    zp_yr_require(y, n, "name", "unit", at);
    zp_yr_require(y, n, "year", "unit", at);
    struct fy_node *v;
    if ((v = zp_yr_get(y, n, "name")))
        info->name = zp_yr_scalar(y, v, "unit.name", at);
    if ((v = zp_yr_get(y, n, "short_name")))
        info->short_name = zp_yr_scalar(y, v, "unit.short_name", at);
    if ((v = zp_yr_get(y, n, "region")))
        info->region = zp_yr_scalar(y, v, "unit.region", at);
    if ((v = zp_yr_get(y, n, "level")))
        info->level = zp_yr_scalar(y, v, "unit.level", at);
    if ((v = zp_yr_get(y, n, "year"))) {
        int64_t year;
        if (zp_yr_int(y, v, "unit.year", 1949, 2200, &year))
            info->year = (int)year;
        info->year_at = zp_yr_mark(y, v, at);
    }
    if ((v = zp_yr_get(y, n, "functions")))
        info->functions = zp_yr_text(y, v, "unit.functions", at);
    if ((v = zp_yr_get(y, n, "internal_bodies")))
        load_internal_bodies(L, v, at);
    if ((v = zp_yr_get(y, n, "subunits")))
        load_subunits(L, v, at);
}

static void load_work(zp_loader *L, struct fy_node *n)
{
    zp_yr *y = &L->y;
    zp_work *w = &L->u->work;
    zp_mark at = zp_yr_mark(y, n, FILE_MARK(L));
    if (!zp_yr_is_map(y, n, "work", at))
        return;
    static const char *const keys[] = {"overview", "key_tasks", "goals", NULL};
    zp_yr_check_keys(y, n, keys, "work");
    struct fy_node *v;
    if ((v = zp_yr_get(y, n, "overview")))
        w->overview = zp_yr_text(y, v, "work.overview", at);
    if ((v = zp_yr_get(y, n, "key_tasks")))
        w->key_tasks = zp_yr_strings(y, v, "work.key_tasks", at, &w->n_key_tasks);
    if ((v = zp_yr_get(y, n, "goals")))
        w->goals = zp_yr_strings(y, v, "work.goals", at, &w->n_goals);
}

static void load_projects(zp_loader *L, struct fy_node *n)
{
    zp_yr *y = &L->y;
    zp_unit *u = L->u;
    zp_mark at = zp_yr_mark(y, n, FILE_MARK(L));
    if (!zp_yr_is_seq(y, n, "projects", at))
        return;
    int count = fy_node_sequence_item_count(n);
    u->projects = ZP_ARENA_NEW(y->arena, zp_project, count > 0 ? (size_t)count : 1);
    void *it = NULL;
    struct fy_node *item;
    while ((item = fy_node_sequence_iterate(n, &it)) != NULL) {
        char *p = zp_arena_printf(y->arena, "projects[%zu]", u->n_projects + 1);
        if (!zp_yr_is_map(y, item, p, at))
            continue;
        zp_project *pr = &u->projects[u->n_projects++];
        pr->at = zp_yr_mark(y, item, at);
        pr->money.at = pr->at;
        static const char *const extra[] = {"summary", "targets", NULL};
        zp_load_line_fields(L, item, &pr->money, p, extra);
        zp_yr_require(y, item, "name", p, pr->at);
        pr->name = pr->money.name;
        struct fy_node *v;
        if ((v = zp_yr_get(y, item, "summary")))
            pr->summary = zp_yr_text(y, v, zp_arena_printf(y->arena, "%s.summary", p), pr->at);
        if ((v = zp_yr_get(y, item, "targets")))
            pr->targets = zp_load_targets(L, v, zp_arena_printf(y->arena, "%s.targets", p),
                                          &pr->n_targets);
    }
}

static void load_value(zp_loader *L, struct fy_node *map, const char *key, const char *path,
                       const char *suffix, zp_value *out)
{
    struct fy_node *v = zp_yr_get(&L->y, map, key);
    if (!v)
        return;
    char *p = zp_arena_printf(L->y.arena, "%s.%s", path, key);
    if (zp_yr_decimal(&L->y, v, p, suffix, &out->dec, NULL)) {
        out->present = true;
        out->at = zp_yr_mark(&L->y, v, FILE_MARK(L));
        if (out->dec.units < 0)
            zp_yr_fatal(&L->y, out->at, "negative-value", "cannot be negative",
                        "%s 不能为负数", p);
    }
}

static void load_scores(zp_loader *L, struct fy_node *n, zp_mark at)
{
    zp_yr *y = &L->y;
    zp_evaluation *e = &L->u->evaluation;
    if (!zp_yr_is_seq(y, n, "evaluation.scores", at))
        return;
    int count = fy_node_sequence_item_count(n);
    e->scores = ZP_ARENA_NEW(y->arena, zp_manual_score, count > 0 ? (size_t)count : 1);
    void *it = NULL;
    struct fy_node *item;
    while ((item = fy_node_sequence_iterate(n, &it)) != NULL) {
        char *p = zp_arena_printf(y->arena, "evaluation.scores[%zu]", e->n_scores + 1);
        if (!zp_yr_is_map(y, item, p, at))
            continue;
        zp_manual_score *s = &e->scores[e->n_scores++];
        s->at = zp_yr_mark(y, item, at);
        static const char *const keys[] = {"indicator", "score", "stated_rate", "justification",
                                           NULL};
        zp_yr_check_keys(y, item, keys, p);
        zp_yr_require(y, item, "indicator", p, s->at);
        zp_yr_require(y, item, "score", p, s->at);
        struct fy_node *v;
        if ((v = zp_yr_get(y, item, "indicator"))) {
            s->indicator = zp_yr_scalar(y, v, zp_arena_printf(y->arena, "%s.indicator", p), s->at);
            s->at = zp_yr_mark(y, v, s->at); /* messages point at the indicator's name */
        }
        load_value(L, item, "score", p, NULL, &s->score);
        load_value(L, item, "stated_rate", p, "%", &s->stated_rate);
        if ((v = zp_yr_get(y, item, "justification")))
            s->justification = zp_yr_text(y, v, p, s->at);
    }
}

static void load_evaluation(zp_loader *L, struct fy_node *n)
{
    zp_yr *y = &L->y;
    zp_evaluation *e = &L->u->evaluation;
    zp_mark at = zp_yr_mark(y, n, FILE_MARK(L));
    if (!zp_yr_is_map(y, n, "evaluation", at))
        return;
    static const char *const keys[] = {"framework", "scores",     "not_applicable",
                                       "stated",    "conclusion", "method",
                                       NULL};
    zp_yr_check_keys(y, n, keys, "evaluation");
    e->present = true;
    struct fy_node *v;
    if ((v = zp_yr_get(y, n, "framework"))) {
        e->framework = zp_yr_scalar(y, v, "evaluation.framework", at);
        e->framework_at = zp_yr_mark(y, v, at);
    }
    if ((v = zp_yr_get(y, n, "scores")))
        load_scores(L, v, at);
    if ((v = zp_yr_get(y, n, "not_applicable"))) {
        e->not_applicable =
            zp_yr_strings(y, v, "evaluation.not_applicable", at, &e->n_not_applicable);
        e->not_applicable_at = ZP_ARENA_NEW(y->arena, zp_mark, e->n_not_applicable + 1);
        /* the place of each item, for "no such indicator" */
        void *it = NULL;
        struct fy_node *item;
        size_t i = 0;
        if (fy_node_is_sequence(v)) {
            while ((item = fy_node_sequence_iterate(v, &it)) != NULL && i < e->n_not_applicable)
                e->not_applicable_at[i++] = zp_yr_mark(y, item, at);
        } else if (e->n_not_applicable) {
            e->not_applicable_at[0] = zp_yr_mark(y, v, at);
        }
    }
    if ((v = zp_yr_get(y, n, "stated"))) {
        static const char *const skeys[] = {"total", "rate", "grade", NULL};
        if (zp_yr_is_map(y, v, "evaluation.stated", at)) {
            zp_yr_check_keys(y, v, skeys, "evaluation.stated");
            load_value(L, v, "total", "evaluation.stated", NULL, &e->stated_total);
            load_value(L, v, "rate", "evaluation.stated", "%", &e->stated_total_rate);
            struct fy_node *g = zp_yr_get(y, v, "grade");
            if (g) {
                e->stated_grade = zp_yr_scalar(y, g, "evaluation.stated.grade", at);
                e->stated_grade_at = zp_yr_mark(y, g, at);
            }
        }
    }
    if ((v = zp_yr_get(y, n, "conclusion")))
        e->conclusion = zp_yr_text(y, v, "evaluation.conclusion", at);
    if ((v = zp_yr_get(y, n, "method")))
        e->method = zp_yr_text(y, v, "evaluation.method", at);
}

static void load_facts(zp_loader *L, struct fy_node *n)
{
    zp_yr *y = &L->y;
    zp_unit *u = L->u;
    zp_mark at = zp_yr_mark(y, n, FILE_MARK(L));
    if (!zp_yr_is_map(y, n, "facts", at))
        return;
    int count = fy_node_mapping_item_count(n);
    u->facts = ZP_ARENA_NEW(y->arena, zp_fact, count > 0 ? (size_t)count : 1);
    void *it = NULL;
    struct fy_node *k, *v;
    while (zp_yr_next_pair(n, &it, &k, &v)) {
        const char *name = zp_yr_scalar(y, k, "facts", at);
        if (!name)
            continue;
        char *p = zp_arena_printf(y->arena, "facts.%s", name);
        zp_dec d;
        if (!zp_yr_decimal(y, v, p, NULL, &d, NULL))
            continue;
        zp_fact *f = &u->facts[u->n_facts++];
        f->name = name;
        f->at = zp_yr_mark(y, v, at);
        zp_rat_of_dec(d, &f->value);
    }
}

static void load_amount_unit(zp_loader *L, struct fy_node *n)
{
    const char *s = zp_yr_scalar(&L->y, n, "amounts_in", FILE_MARK(L));
    if (!s)
        return;
    if (!strcmp(s, "元"))
        L->u->amount_exp = 0;
    else if (!strcmp(s, "万元"))
        L->u->amount_exp = 4;
    else
        zp_yr_fatal(&L->y, zp_yr_mark(&L->y, n, FILE_MARK(L)), "bad-amount-unit",
                    "amounts_in must be 元 or 万元", "amounts_in 应为“元”或“万元”，这里是“%s”",
                    s);
}

static void load_root(zp_loader *L)
{
    static const char *const keys[] = {
        "ziping",      "amounts_in",   "unit",         "staffing",   "work",
        "income",      "expenditure",  "three_public", "assets",     "procurement",
        "carryover",   "key_spending", "targets",      "projects",   "evaluation",
        "problems",    "improvements", "facts",        NULL};
    zp_yr *y = &L->y;
    zp_unit *u = L->u;
    struct fy_node *root = y->root;
    zp_yr_check_keys(y, root, keys, "文件顶层");

    struct fy_node *v = zp_yr_get(y, root, "ziping");
    int64_t version = 0;
    if (!v)
        zp_yr_fatal(y, zp_yr_mark(y, root, FILE_MARK(L)), "missing-field",
                    "missing format version",
                    "缺少格式版本字段“ziping: 1”，请在文件开头加上这一行");
    else if (zp_yr_int(y, v, "ziping", 0, 1000, &version) && version != 1)
        zp_yr_fatal(y, zp_yr_mark(y, v, FILE_MARK(L)), "bad-version", "unsupported version",
                    "不支持的格式版本 %lld，本程序读取版本 1", (long long)version);

    u->amount_exp = 4; /* 万元 unless the file says otherwise */
    if ((v = zp_yr_get(y, root, "amounts_in")))
        load_amount_unit(L, v);

    zp_yr_require(y, root, "unit", "文件顶层", FILE_MARK(L));
    if ((v = zp_yr_get(y, root, "unit")))
        load_info(L, v);
    if ((v = zp_yr_get(y, root, "staffing")))
        load_staffing(L, v);
    if ((v = zp_yr_get(y, root, "work")))
        load_work(L, v);
    if ((v = zp_yr_get(y, root, "income")))
        zp_load_income(L, v);
    if ((v = zp_yr_get(y, root, "expenditure")))
        zp_load_expenditure(L, v);
    if ((v = zp_yr_get(y, root, "three_public")))
        zp_load_three_public(L, v);
    if ((v = zp_yr_get(y, root, "assets"))) {
        static const char *const parts[] = {"current", "non_current", NULL};
        static const char *const names[] = {"流动资产", "非流动资产", NULL};
        u->assets.name = "资产总额";
        zp_load_simple_line(L, v, "assets", &u->assets, parts, names);
    }
    if ((v = zp_yr_get(y, root, "procurement"))) {
        u->procurement.name = "政府采购";
        zp_load_simple_line(L, v, "procurement", &u->procurement, NULL, NULL);
    }
    if ((v = zp_yr_get(y, root, "carryover"))) {
        u->carryover.name = "结转结余";
        zp_load_simple_line(L, v, "carryover", &u->carryover, NULL, NULL);
    }
    if ((v = zp_yr_get(y, root, "key_spending"))) {
        u->key_spending.name = "重点项目支出";
        zp_load_simple_line(L, v, "key_spending", &u->key_spending, NULL, NULL);
    }
    if ((v = zp_yr_get(y, root, "targets")))
        u->targets = zp_load_targets(L, v, "targets", &u->n_targets);
    if ((v = zp_yr_get(y, root, "projects")))
        load_projects(L, v);
    if ((v = zp_yr_get(y, root, "evaluation")))
        load_evaluation(L, v);
    if ((v = zp_yr_get(y, root, "problems")))
        u->problems = zp_yr_strings(y, v, "problems", FILE_MARK(L), &u->n_problems);
    if ((v = zp_yr_get(y, root, "improvements")))
        u->improvements = zp_yr_strings(y, v, "improvements", FILE_MARK(L), &u->n_improvements);
    if ((v = zp_yr_get(y, root, "facts")))
        load_facts(L, v);
}

static zp_unit *finish(zp_loader *L, bool opened)
{
    if (opened)
        load_root(L);
    zp_yr_close(&L->y);
    if (!opened || L->y.fatal) {
        zp_unit_free(L->u);
        return NULL;
    }
    return L->u;
}

static zp_unit *new_unit(void)
{
    zp_arena *a = zp_arena_new();
    zp_unit *u = ZP_ARENA_NEW(a, zp_unit, 1);
    u->arena = (struct zp_arena *)a;
    return u;
}

zp_unit *zp_unit_load(const char *path, zp_diags *diags)
{
    zp_loader L = {.u = new_unit()};
    bool ok = zp_yr_open_file(&L.y, path, L.u->arena, diags);
    L.u->file = L.y.file;
    return finish(&L, ok);
}

zp_unit *zp_unit_load_string(const char *name, const char *data, size_t len, zp_diags *diags)
{
    zp_loader L = {.u = new_unit()};
    bool ok = zp_yr_open_string(&L.y, name, data, len, L.u->arena, diags);
    L.u->file = L.y.file;
    return finish(&L, ok);
}

void zp_unit_free(zp_unit *u)
{
    if (u)
        zp_arena_free(u->arena);
}
