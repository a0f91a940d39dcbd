/* Internals of scoring shared by score.c, rules.c and check.c. */
#ifndef ZP_SCORE_INTERNAL_H
#define ZP_SCORE_INTERNAL_H

#include "base/mem.h"
#include "ziping/score.h"

typedef struct zp_sctx {
    const zp_unit *u;
    const zp_derived *d;
    const zp_framework *f;
    zp_diags *diags;
    zp_arena *arena;
    const zp_indicator **manual_for; /* evaluation.scores[i] -> indicator */
    const zp_indicator **na_for;     /* evaluation.not_applicable[i] -> indicator */
    bool fatal;
} zp_sctx;

const zp_manual_score *zp_sctx_manual(const zp_sctx *c, const zp_indicator *ind);
/* Score a leaf (an indicator by its rule, a target, or a manual score). */
void zp_score_leaf(zp_sctx *c, zp_scored *node);

#endif
