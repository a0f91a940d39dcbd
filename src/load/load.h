/* Internals shared by the unit-year loader's files. */
#ifndef ZP_LOAD_LOAD_H
#define ZP_LOAD_LOAD_H

#include "load/yaml_read.h"
#include "ziping/unit.h"

typedef struct zp_loader {
    zp_yr y;
    zp_unit *u;
} zp_loader;

/* load_money.c */
bool zp_load_amount(zp_loader *L, struct fy_node *n, const char *path, bool allow_negative,
                    zp_amount *out);
/* Read the common fields of a line (amounts, stated figures, note, name,
 * code) from map; `extra` lists further keys the caller reads itself. */
void zp_load_line_fields(zp_loader *L, struct fy_node *map, zp_line *line, const char *path,
                         const char *const *extra);
void zp_load_income(zp_loader *L, struct fy_node *n);
void zp_load_expenditure(zp_loader *L, struct fy_node *n);
void zp_load_three_public(zp_loader *L, struct fy_node *n);
/* assets, procurement, carryover, key_spending: a line with fixed parts. */
void zp_load_simple_line(zp_loader *L, struct fy_node *n, const char *path, zp_line *line,
                         const char *const *part_keys, const char *const *part_names);

/* load_target.c */
zp_target *zp_load_targets(zp_loader *L, struct fy_node *n, const char *path, size_t *count);
/* Parse a target as written ("≥10次", "90%以上", "进一步提高"). */
void zp_parse_target_text(const char *text, zp_comparator *cmp, zp_dec *value, zp_dec *high,
                          const char **unit_start);
/* Parse an actual value as written ("151次", "95%"); false if it holds no
 * single number followed by a unit. */
bool zp_parse_quantity(const char *text, zp_dec *value, const char **unit_start);

#endif
