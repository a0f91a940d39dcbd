/* Loading a unit-year with what the verbs build on it: its derived
 * figures and, when a framework is named, its scoring. */
#include "cli.h"

bool zp_cli_year_load(zp_cli_year *y, const char *path, const char *framework,
                      zp_framework_cache *frameworks, zp_diags *diags)
{
    y->unit = NULL;
    y->derived = NULL;
    y->framework = NULL;
    y->score = NULL;
    y->unit = zp_unit_load(path, diags);
    if (!y->unit)
        return false;
    y->derived = zp_derive(y->unit);
    const char *ref = framework ? framework : y->unit->evaluation.framework;
    if (!ref)
        return true;
    y->framework = zp_framework_cache_get(frameworks, ref, diags);
    if (!y->framework)
        return false;
    y->score = zp_score(y->unit, y->derived, y->framework, diags);
    return y->score != NULL;
}

void zp_cli_year_free(zp_cli_year *y)
{
    zp_score_free(y->score);
    zp_derived_free(y->derived);
    zp_unit_free(y->unit);
}
