/*
 * Fuzz the formula language: any bytes must either parse or give one
 * finding, and whatever parses must evaluate to a value, a missing name or
 * one finding, without crashing or leaking.
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "score/expr.h"

/* Short names so that random inputs hit them; "m" and "facts.缺" have no
 * value, anything else is unknown. */
static zp_name_status lookup(void *ctx, const char *name, size_t len, zp_rat *value)
{
    static const struct {
        const char *name;
        int64_t num, den;
    } known[] = {{"a", 6, 1},           {"b", 0, 1},          {"c", -7, 3},
                 {"w", 10, 1},          {"x.y", 9881, 100},   {"big", INT64_MAX, 1},
                 {"tiny", 1, INT64_MAX}, {"facts.支出", 5, 2}};
    (void)ctx;
    for (size_t i = 0; i < sizeof known / sizeof known[0]; i++)
        if (strlen(known[i].name) == len && memcmp(known[i].name, name, len) == 0)
            return zp_rat_make(known[i].num, known[i].den, value) ? ZP_NAME_OK : ZP_NAME_UNKNOWN;
    static const char *const missing[] = {"m", "facts.缺"};
    for (size_t i = 0; i < sizeof missing / sizeof missing[0]; i++)
        if (strlen(missing[i]) == len && memcmp(missing[i], name, len) == 0)
            return ZP_NAME_MISSING;
    return ZP_NAME_UNKNOWN;
}

static void count_name(void *ctx, const char *name, zp_mark at)
{
    (void)at;
    if (name[0] == '\0')
        abort(); /* names are never empty */
    ++*(size_t *)ctx;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    char *src = malloc(size + 1);
    if (!src)
        return 0;
    memcpy(src, data, size);
    src[size] = '\0';

    zp_diags diags;
    zp_diags_init(&diags);
    zp_mark at = {"fuzz.yaml", 1, 1};
    zp_expr *e = zp_expr_parse(src, at, &diags);
    if (!e) {
        if (diags.count != 1)
            abort(); /* a refused formula gives exactly one finding */
    } else {
        size_t names = 0;
        zp_expr_names(e, count_name, &names);
        zp_rat v;
        const char *missing = NULL;
        zp_eval_status st = zp_expr_eval(e, lookup, NULL, &v, &diags, &missing);
        if ((st == ZP_EVAL_MISSING) != (missing != NULL))
            abort();
        if ((st == ZP_EVAL_ERROR) != (diags.count == 1) || diags.count > 1)
            abort();
        if (st == ZP_EVAL_OK && (v.den <= 0 || v.num == INT64_MIN))
            abort();
        zp_expr_free(e);
    }
    zp_diags_free(&diags);
    free(src);
    return 0;
}
