/*
 * Fuzz the framework loader (YAML, weights, rules, formulas, cycles) and,
 * when a framework loads, score the Shaoguan example against it.
 */
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>

#include "ziping.h"

static zp_unit *unit;

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (!unit) {
        zp_diags d;
        zp_diags_init(&d);
        unit = zp_unit_load(ZP_FUZZ_EXAMPLE, &d);
        zp_diags_free(&d);
    }
    zp_diags diags;
    zp_diags_init(&diags);
    zp_framework *f = zp_framework_load_string("fuzz.yaml", (const char *)data, size, &diags);
    if (f && unit) {
        zp_derived *d = zp_derive(unit);
        zp_score_result *s = zp_score(unit, d, f, &diags);
        if (s) {
            zp_score_check(s, &diags);
            free(zp_render_score_json(s));
        }
        zp_score_free(s);
        zp_derived_free(d);
    }
    zp_framework_free(f);
    zp_diags_free(&diags);
    return 0;
}
