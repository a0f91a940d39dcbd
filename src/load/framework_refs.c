/*
 * What a framework's formulas refer to: every name must be one that can
 * exist (a derived figure, a named value, facts.*, weight), and named values
 * must not refer to each other in a cycle. Checked when the framework is
 * loaded, so a typo is reported at its place, not scored as missing data.
 */
#include <string.h>

#include "load/yaml_read.h"
#include "score/expr.h"
#include "ziping/derive.h"
#include "ziping/framework.h"

typedef struct name_check {
    zp_yr *y;
    const zp_framework *f;
} name_check;

static bool is_value_name(const zp_framework *f, const char *name)
{
    for (size_t i = 0; i < f->n_values; i++) {
        if (!strcmp(f->values[i].name, name))
            return true;
    }
    return false;
}

static void check_name(void *ctx, const char *name, zp_mark at)
{
    name_check *nc = ctx;
    if (!strcmp(name, "weight") || !strncmp(name, "facts.", 6) ||
        is_value_name(nc->f, name) || zp_derive_key_known(name))
        return;
    char near[128];
    if (zp_derive_key_suggest(name, near, sizeof near))
        zp_yr_fatal(nc->y, at, "formula-unknown-name", "the formula names something unknown",
                    "公式中的名称“%s”不存在，是否想写“%s”？", name, near);
    else
        zp_yr_fatal(nc->y, at, "formula-unknown-name", "the formula names something unknown",
                    "公式中的名称“%s”不存在；可用派生数（见 docs/frameworks.md）、values 中定义的名称、facts.<名称> 或 weight",
                    name);
}

static void check_names_in(name_check *nc, const zp_indicator *ind)
{
    if (ind->formula)
        zp_expr_names(ind->formula, check_name, nc);
    if (ind->target)
        zp_expr_names(ind->target, check_name, nc);
    for (size_t i = 0; i < ind->n_children; i++)
        check_names_in(nc, &ind->children[i]);
}

/* Named values may use each other, but not in a cycle. */
typedef struct cycle_walk {
    zp_yr *y;
    const zp_framework *f;
    int *state; /* 0 unseen, 1 on the path, 2 done */
    size_t *path;
    size_t depth;
    bool found;
} cycle_walk;

static void visit_value(cycle_walk *w, size_t i);

static void visit_dep(void *ctx, const char *name, zp_mark at)
{
    cycle_walk *w = ctx;
    (void)at;
    const zp_framework *f = w->f;
    for (size_t j = 0; j < f->n_values && !w->found; j++) {
        if (!strcmp(f->values[j].name, name))
            visit_value(w, j);
    }
}

static void visit_value(cycle_walk *w, size_t i)
{
    const zp_framework *f = w->f;
    if (w->state[i] == 2 || w->found)
        return;
    if (w->state[i] == 1) {
        /* Name the cycle: from the first visit of i back to i. */
        zp_buf b;
        zp_buf_init(&b);
        size_t start = 0;
        while (w->path[start] != i)
            start++;
        for (size_t k = start; k < w->depth; k++)
            zp_buf_printf(&b, "%s → ", f->values[w->path[k]].name);
        zp_buf_puts(&b, f->values[i].name);
        zp_yr_fatal(w->y, f->values[i].at, "framework-cycle",
                    "named values refer to each other in a cycle",
                    "values 中的定义互相引用，形成循环：%s", b.data);
        zp_buf_free(&b);
        w->found = true;
        return;
    }
    w->state[i] = 1;
    w->path[w->depth++] = i;
    if (f->values[i].expr)
        zp_expr_names(f->values[i].expr, visit_dep, w);
    w->depth--;
    w->state[i] = 2;
}

static void check_value_cycles(zp_yr *y, const zp_framework *f)
{
    size_t n = f->n_values;
    if (!n)
        return;
    cycle_walk w = {y, f, zp_xcalloc(n, sizeof(int)), zp_xcalloc(n, sizeof(size_t)), 0, false};
    for (size_t i = 0; i < n && !w.found; i++)
        visit_value(&w, i);
    free(w.state);
    free(w.path);
}

void zp_framework_check_references(zp_yr *y, zp_framework *f)
{
    check_value_cycles(y, f);
    name_check nc = {y, f};
    check_names_in(&nc, &f->root);
    for (size_t i = 0; i < f->n_values; i++) {
        if (f->values[i].expr)
            zp_expr_names(f->values[i].expr, check_name, &nc);
    }
}
