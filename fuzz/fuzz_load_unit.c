/*
 * Fuzz the unit-year loader, and everything downstream of a file that
 * loads: derive, validate, and scoring against the three bundled
 * frameworks. Nothing may crash, leak or hang on any input.
 */
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>

#include "ziping.h"

static zp_framework *frameworks[3];

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (!frameworks[0]) {
        const char *names[] = {"guangdong-dept", "mof2013-dept", "mof2020-project"};
        for (int i = 0; i < 3; i++) {
            zp_diags d;
            zp_diags_init(&d);
            frameworks[i] = zp_framework_load(names[i], &d);
            zp_diags_free(&d);
        }
    }
    zp_diags diags;
    zp_diags_init(&diags);
    zp_unit *u = zp_unit_load_string("fuzz.yaml", (const char *)data, size, &diags);
    if (u) {
        zp_derived *d = zp_derive(u);
        zp_validate(u, d, &diags);
        free(zp_render_derived_text(d, NULL));
        free(zp_render_derived_json(d, NULL));
        for (int i = 0; i < 3; i++) {
            if (!frameworks[i])
                continue;
            zp_score_result *s = zp_score(u, d, frameworks[i], &diags);
            if (s) {
                zp_score_check(s, &diags);
                free(zp_render_score_text(s));
                free(zp_render_score_json(s));
                free(zp_render_derived_json(d, s));
            }
            zp_score_free(s);
        }
        zp_derived_free(d);
    }
    zp_unit_free(u);
    zp_diags_free(&diags);
    return 0;
}
