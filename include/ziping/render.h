/*
 * Renderers: each turns one stage's result into text for people (aligned
 * tables, Chinese) or JSON for programs (exact decimals). They return a
 * malloc'd string the caller frees.
 */
#ifndef ZIPING_RENDER_H
#define ZIPING_RENDER_H

#include "ziping/derive.h"
#include "ziping/diag.h"
#include "ziping/score.h"

/* Every derived figure; with a scoring (may be NULL), its score rates too. */
char *zp_render_derived_text(const zp_derived *d, const zp_score_result *s);
char *zp_render_derived_json(const zp_derived *d, const zp_score_result *s);
/* Findings as JSON: {"file": ..., "findings": [...]}; one_line for JSON
 * Lines output (one object per input file). */
char *zp_render_diags_json(const zp_diags *diags, const char *file, bool one_line);

#endif
