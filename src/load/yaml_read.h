/*
 * Reading YAML with libfyaml, keeping every node's place so that each message
 * names file:line:column. Both loaders (unit-year, framework) read through
 * this: it opens the file, turns libfyaml's own syntax errors into findings,
 * and gives typed access to mappings with clear messages for missing,
 * unknown and wrongly-typed fields.
 */
#ifndef ZP_LOAD_YAML_READ_H
#define ZP_LOAD_YAML_READ_H

#include <libfyaml.h>
#include <stdbool.h>

#include "base/mem.h"
#include "ziping/diag.h"
#include "ziping/numbers.h"

/* The largest input file accepted: a unit-year or framework is a few dozen
 * KB; anything past this is not one and is refused before parsing. */
#define ZP_YAML_MAX_BYTES (8u * 1024u * 1024u)

typedef struct zp_yr {
    const char *file; /* arena copy of the name used in messages */
    char *text;       /* the input, owned (libfyaml does not copy it) */
    struct fy_document *doc;
    struct fy_node *root;
    zp_arena *arena;
    zp_diags *diags;
    int fatal; /* number of fatal findings so far */
} zp_yr;

/* Open and parse; false (with a fatal finding) if the file cannot be read or
 * is not well-formed YAML with a mapping at its root. */
bool zp_yr_open_file(zp_yr *r, const char *path, zp_arena *a, zp_diags *d);
bool zp_yr_open_string(zp_yr *r, const char *name, const char *data, size_t len,
                       zp_arena *a, zp_diags *d);
void zp_yr_close(zp_yr *r);

/* The place of a node: a scalar's own place; a mapping's first key; for
 * anything without a place of its own, the fallback. */
zp_mark zp_yr_mark(const zp_yr *r, struct fy_node *n, zp_mark fallback);
/* The place of the key under which map holds key (or the fallback). */
zp_mark zp_yr_key_mark(const zp_yr *r, struct fy_node *map, const char *key, zp_mark fallback);

void zp_yr_fatal(zp_yr *r, zp_mark at, const char *kind, const char *gloss,
                 const char *fmt, ...) ZP_PRINTF(5, 6);

/* Field access. `path` names the mapping in messages ("expenditure.by_nature").
 * Each returns NULL/false after reporting a fatal finding when the value is
 * of the wrong kind; an absent optional field is simply NULL/false. */
struct fy_node *zp_yr_get(zp_yr *r, struct fy_node *map, const char *key);
/* Report every key of map not in allowed (NULL-terminated), suggesting the
 * nearest allowed one. */
void zp_yr_check_keys(zp_yr *r, struct fy_node *map, const char *const *allowed,
                      const char *path);
bool zp_yr_require(zp_yr *r, struct fy_node *map, const char *key, const char *path,
                   zp_mark fallback);
bool zp_yr_is_map(zp_yr *r, struct fy_node *n, const char *path, zp_mark fallback);
bool zp_yr_is_seq(zp_yr *r, struct fy_node *n, const char *path, zp_mark fallback);
/* The scalar text exactly as written (so "299.80" keeps its last zero). */
const char *zp_yr_scalar(zp_yr *r, struct fy_node *n, const char *path, zp_mark fallback);
/* A string, or a sequence of strings joined by newlines (for free text). */
const char *zp_yr_text(zp_yr *r, struct fy_node *n, const char *path, zp_mark fallback);
/* A list of strings: one string, or a sequence of strings. */
const char **zp_yr_strings(zp_yr *r, struct fy_node *n, const char *path, zp_mark fallback,
                           size_t *count);
bool zp_yr_int(zp_yr *r, struct fy_node *n, const char *path, int64_t min, int64_t max,
               int64_t *out);
/* A decimal, with an optional trailing suffix (e.g. "%") that is dropped;
 * *had_suffix tells whether it was there (may be NULL). */
bool zp_yr_decimal(zp_yr *r, struct fy_node *n, const char *path, const char *suffix,
                   zp_dec *out, bool *had_suffix);

/* Iterate a mapping's pairs: while (zp_yr_next_pair(map, &it, &key, &value)). */
bool zp_yr_next_pair(struct fy_node *map, void **iter, struct fy_node **key,
                     struct fy_node **value);

#endif
