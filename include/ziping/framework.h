/*
 * Frameworks (指标体系) are data: a tree of indicators with weights whose
 * leaves carry scoring rules (docs/frameworks.md). Provinces publish their
 * own and change them, so nothing about a framework is code.
 */
#ifndef ZIPING_FRAMEWORK_H
#define ZIPING_FRAMEWORK_H

#include "ziping/unit.h"

typedef enum zp_rule_kind {
    ZP_RULE_NONE = 0,    /* a parent: its score is the sum of its children's */
    ZP_RULE_MANUAL,      /* scored by hand (evaluation.scores) */
    ZP_RULE_FORMULA,     /* score = formula */
    ZP_RULE_RATIO,       /* ratio to target: ≥ kind actual/target × weight, ≤ kind
                            target/actual × weight, at most the weight */
    ZP_RULE_DEDUCT,      /* full marks within a limit, minus per_point for every
                            point past it, not below zero (扣完为止) */
    ZP_RULE_QUALITATIVE, /* three bands (达成/部分达成/未达成), scored by hand */
    ZP_RULE_TARGETS      /* the unit's performance targets of a kind, each scored
                            by the ratio-to-target rule or its band */
} zp_rule_kind;

struct zp_expr;

typedef struct zp_indicator zp_indicator;
struct zp_indicator {
    const char *id;   /* optional, ASCII */
    const char *name; /* Chinese name */
    const char *path; /* "资产管理/制度健全性" */
    zp_mark at;
    zp_rat weight;
    zp_dec weight_dec;
    bool assumed;      /* the weight is ziping's, not the cited source's */
    const char *guide; /* what the scorer should look at, as written */
    zp_rule_kind rule;
    zp_mark rule_at;
    struct zp_expr *formula; /* FORMULA: the score; DEDUCT: the value; RATIO: actual */
    struct zp_expr *target;  /* RATIO: the target */
    bool at_most;            /* RATIO: the ≤ kind; DEDUCT: deduct below the limit */
    zp_rat limit;            /* DEDUCT */
    zp_rat per_point;        /* DEDUCT */
    const char *level1;      /* TARGETS: which targets (NULL: all) */
    const char *level2;
    zp_indicator *children;
    size_t n_children;
};

typedef struct zp_grade_band {
    const char *name;
    zp_rat min; /* the total at or above which this grade applies */
} zp_grade_band;

/* A qualitative band as fractions of the weight. */
typedef struct zp_quality_band {
    zp_rat min, max, standard; /* score in [min, max] × weight; standard when not given */
} zp_quality_band;

typedef struct zp_named_value {
    const char *name;
    struct zp_expr *expr;
    zp_mark at;
} zp_named_value;

typedef struct zp_framework {
    struct zp_arena *arena;
    const char *file;
    const char *id;
    const char *name;
    const char *source; /* which documents and regional rules it follows */
    const char *applies_to;
    zp_rat total;
    zp_grade_band *grades; /* highest first */
    size_t n_grades;
    zp_quality_band bands[4]; /* indexed by zp_band */
    zp_named_value *values;
    size_t n_values;
    zp_indicator root; /* root.children are the top-level indicators */
} zp_framework;

/* Load a framework by bundled name ("guangdong-dept") or by path. Bad
 * input gives NULL with fatal findings naming file:line:column. */
zp_framework *zp_framework_load(const char *name_or_path, zp_diags *diags);
zp_framework *zp_framework_load_string(const char *name, const char *data, size_t len,
                                       zp_diags *diags);
void zp_framework_free(zp_framework *f);

/* Frameworks loaded once each, by the reference a file gives (a bundled
 * name or a path), for a batch of unit-years. Get returns the cached one
 * or loads it (NULL and fatal findings on failure; a failure is not kept).
 * Not for two threads at once. */
typedef struct zp_framework_cache zp_framework_cache;
zp_framework_cache *zp_framework_cache_new(void);
const zp_framework *zp_framework_cache_get(zp_framework_cache *c, const char *ref,
                                           zp_diags *diags);
/* How many loads the cache has tried (hits not counted). */
size_t zp_framework_cache_loads(const zp_framework_cache *c);
void zp_framework_cache_free(zp_framework_cache *c);
/* The bundled frameworks' names, NULL-terminated. */
const char *const *zp_framework_bundled(void);
/* Find an indicator by id, name or path (suffix of path); NULL if none.
 * *ambiguous is set when a name matches more than one. */
const zp_indicator *zp_framework_find(const zp_framework *f, const char *ref, bool *ambiguous);

#endif
