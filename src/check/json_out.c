/*
 * Findings as JSON, through the project's libfyaml emitter so that every
 * figure is written as the exact decimal it is (98.81, not 98.810000000001).
 */
#include <stdlib.h>

#include "check/check_int.h"
#include "render/json.h"

static zp_jnode *line_or_null(zp_json *j, int v)
{
    return v > 0 ? zp_json_int(j, v) : zp_json_null(j);
}

static zp_jnode *finding(zp_json *j, const zp_finding *g)
{
    zp_jnode *o = zp_json_object(j);
    zp_json_put(j, o, "severity", zp_json_str(j, zp_severity_name(g->severity)));
    zp_json_put(j, o, "kind", zp_json_str(j, g->kind));
    zp_json_put(j, o, "check", zp_json_str(j, g->check));
    zp_json_put(j, o, "line", zp_json_int(j, g->line));
    zp_json_put(j, o, "end_line", zp_json_int(j, g->end_line));
    zp_json_put(j, o, "col", line_or_null(j, g->col));
    zp_json_put(j, o, "page", line_or_null(j, g->page));
    zp_json_put(j, o, "quote", zp_json_str(j, g->quote));
    zp_json_put(j, o, "message", zp_json_str(j, g->message));
    zp_json_put(j, o, "gloss", zp_json_str(j, g->gloss));
    zp_json_put(j, o, "stated", g->has_stated ? zp_json_dec(j, g->stated_value) : zp_json_null(j));
    zp_json_put(j, o, "computed",
                g->has_computed ? zp_json_rat(j, g->computed_value, g->computed_places)
                                : zp_json_null(j));
    if (g->has_allowed) {
        zp_jnode *a = zp_json_object(j);
        int places = g->computed_places > 0 ? g->computed_places : 4;
        zp_json_put(j, a, "lo", zp_json_rat(j, g->allowed_interval.lo, places));
        zp_json_put(j, a, "hi", zp_json_rat(j, g->allowed_interval.hi, places));
        zp_json_put(j, o, "allowed", a);
    } else {
        zp_json_put(j, o, "allowed", zp_json_null(j));
    }
    zp_json_put(j, o, "unit", g->unit[0] ? zp_json_str(j, g->unit) : zp_json_null(j));
    zp_json_put(j, o, "stated_text", zp_json_str(j, g->stated));
    zp_json_put(j, o, "computed_text", zp_json_str(j, g->computed));
    zp_json_put(j, o, "allowed_text", zp_json_str(j, g->allowed));
    zp_json_put(j, o, "note", zp_json_str(j, g->note));
    zp_json_put(j, o, "other_line", line_or_null(j, g->other_line));
    return o;
}

char *zp_findings_json(const zp_findings *f, const char *file, const char *error)
{
    zp_json *j = zp_json_new();
    zp_jnode *root = zp_json_object(j);
    zp_json_put(j, root, "file", zp_json_str(j, file));
    if (error)
        zp_json_put(j, root, "error", zp_json_str(j, error));
    zp_json_put(j, root, "errors", zp_json_int(j, (int64_t)zp_findings_count(f, ZP_ERROR)));
    zp_json_put(j, root, "warnings", zp_json_int(j, (int64_t)zp_findings_count(f, ZP_WARNING)));
    zp_jnode *list = zp_json_array(j);
    for (size_t i = 0; i < f->count; i++)
        zp_json_push(j, list, finding(j, &f->items[i]));
    zp_json_put(j, root, "findings", list);
    return zp_json_finish(j, root);
}
