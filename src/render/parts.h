/* Pieces one renderer lends another (internal to render/). */
#ifndef ZP_RENDER_PARTS_H
#define ZP_RENDER_PARTS_H

#include "base/mem.h"
#include "render/json.h"
#include "ziping/score.h"

/* The score table, total and grade, appended to b. */
void zp_score_table_text(zp_buf *b, const zp_score_result *s);
/* Put the scoring's fields (framework, total, grade, indicators…) into o. */
void zp_score_json_fields(zp_json *j, zp_jnode *o, const zp_score_result *s);

#endif
