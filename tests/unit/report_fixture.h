/*
 * The report tests' fixture: an example unit-year with everything its
 * report stands on (derived figures, the framework it names, its scoring)
 * and the report built from them.
 */
#ifndef ZP_REPORT_FIXTURE_H
#define ZP_REPORT_FIXTURE_H

#include "testutil.h"
#include "ziping.h"

typedef struct loaded {
    zp_unit *u;
    zp_derived *d;
    zp_framework *f;
    zp_score_result *s;
    zp_report *r;
} loaded;

/* The unit-year at path, scored when it names a framework. */
static inline loaded load_file(const char *path)
{
    zp_diags diags;
    zp_diags_init(&diags);
    loaded l = {0};
    l.u = zp_unit_load(path, &diags);
    if (!l.u) {
        zp_diags_print(&diags, stderr);
        fail_msg("%s did not load", path);
    }
    l.d = zp_derive(l.u);
    if (l.u->evaluation.framework) {
        l.f = zp_framework_load(l.u->evaluation.framework, &diags);
        assert_non_null(l.f);
        l.s = zp_score(l.u, l.d, l.f, &diags);
        assert_non_null(l.s);
    }
    zp_diags_free(&diags);
    l.r = zp_report_build(l.u, l.d, l.s);
    assert_non_null(l.r);
    return l;
}

/* examples/<name>.yaml */
static inline loaded load(const char *name)
{
    char path[256];
    snprintf(path, sizeof path, "examples/%s.yaml", name);
    return load_file(path);
}

static inline void unload(loaded *l)
{
    zp_report_free(l->r);
    zp_score_free(l->s);
    zp_framework_free(l->f);
    zp_derived_free(l->d);
    zp_unit_free(l->u);
}

#endif
