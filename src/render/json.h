/*
 * JSON output, written by libfyaml's emitter in JSON mode. We do not use
 * jansson here because it holds every number as a C double, so 98.81 cannot
 * be written exactly; libfyaml writes our decimal text verbatim as a JSON
 * number. Strings are tagged !!str so that "100" or "true" stay strings.
 */
#ifndef ZP_RENDER_JSON_H
#define ZP_RENDER_JSON_H

#include <stdbool.h>
#include <stdint.h>

#include "ziping/numbers.h"

typedef struct zp_json zp_json;
typedef struct fy_node zp_jnode;

zp_json *zp_json_new(void);
zp_jnode *zp_json_object(zp_json *j);
zp_jnode *zp_json_array(zp_json *j);
zp_jnode *zp_json_str(zp_json *j, const char *s); /* NULL gives null */
zp_jnode *zp_json_strn(zp_json *j, const char *s, size_t len);
zp_jnode *zp_json_int(zp_json *j, int64_t v);
zp_jnode *zp_json_dec(zp_json *j, zp_dec d);
zp_jnode *zp_json_rat(zp_json *j, zp_rat r, int places); /* rounded once, 四舍五入 */
zp_jnode *zp_json_bool(zp_json *j, bool b);
zp_jnode *zp_json_null(zp_json *j);
void zp_json_put(zp_json *j, zp_jnode *object, const char *key, zp_jnode *value);
void zp_json_push(zp_json *j, zp_jnode *array, zp_jnode *value);
/* Emit root (pretty-printed, UTF-8, ending in a newline) and free j.
 * Returns a malloc'd string. */
char *zp_json_finish(zp_json *j, zp_jnode *root);
/* The same on one line (for JSON Lines: one object per input file). */
char *zp_json_finish_line(zp_json *j, zp_jnode *root);

#endif
