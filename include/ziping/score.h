/*
 * Scoring a unit-year against a framework. Leaf scores are rounded once to
 * two decimals (四舍五入), the way a score table shows them; parents are the
 * exact sums of their children, so every table adds up. Indicators that do
 * not apply are left out and their siblings rescaled to the parent's weight.
 */
#ifndef ZIPING_SCORE_H
#define ZIPING_SCORE_H

#include "ziping/derive.h"
#include "ziping/framework.h"

typedef enum zp_score_status {
    ZP_SCORED,
    ZP_NOT_APPLICABLE, /* left out; siblings rescaled */
    ZP_UNSCORED        /* no score: data missing or manual score not given */
} zp_score_status;

typedef struct zp_scored zp_scored;
struct zp_scored {
    const char *name;
    const char *path;
    const zp_indicator *indicator; /* NULL for a performance target */
    const zp_target *target;       /* the target scored, for a target leaf */
    zp_rat base_weight;            /* as the framework (or the target) gives it */
    zp_rat weight;                 /* after rescaling */
    zp_score_status status;
    zp_rat score;      /* leaves rounded to 0.01; parents the sum of children */
    bool manual;       /* given by hand */
    const char *how;   /* how the score was made, or why there is none (Chinese) */
    zp_mark at;        /* where the score or the reason comes from */
    zp_scored *children;
    size_t n_children;
};

typedef struct zp_score_result {
    struct zp_arena *arena;
    const zp_unit *unit;
    const zp_framework *framework;
    zp_scored root;
    zp_rat total;
    const char *grade;
    size_t n_unscored; /* applicable leaves without a score */
} zp_score_result;

/* Score u against f. Bad references (a manual score for an indicator the
 * framework lacks) and formula errors are fatal findings; leaves that
 * cannot be scored are warnings. Returns NULL only after a fatal finding. */
zp_score_result *zp_score(const zp_unit *u, const zp_derived *d, const zp_framework *f,
                          zp_diags *diags);
void zp_score_free(zp_score_result *s);
/* The score rate of an item: score ÷ weight × 100. */
zp_rat zp_scored_rate(const zp_scored *s);
/* Grade of a total under f's bands. */
const char *zp_grade_of(const zp_framework *f, zp_rat total);
/* Compare what the report states (each indicator's rate, the total, its
 * rate, the grade) with the scoring; findings go to diags. */
void zp_score_check(const zp_score_result *s, zp_diags *diags);

char *zp_render_score_text(const zp_score_result *s);
char *zp_render_score_json(const zp_score_result *s);

#endif
