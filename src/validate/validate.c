#include "validate/validate_internal.h"
#include "ziping/score.h"

void zp_validate(const zp_unit *u, const zp_derived *d, zp_diags *diags)
{
    zp_vctx v = {u, d, diags, u->amount_exp, u->amount_exp == 4 ? "万元" : "元"};
    zp_validate_sums(&v);
    zp_validate_stated(&v);
    zp_validate_people(&v);
    zp_validate_targets(&v);
}

void zp_validate_all(const zp_unit *u, const zp_derived *d, const char *framework,
                     zp_diags *diags)
{
    zp_validate(u, d, diags);
    const char *ref = framework ? framework : u->evaluation.framework;
    if (!ref)
        return;
    zp_framework *f = zp_framework_load(ref, diags);
    if (!f)
        return;
    zp_score_result *s = zp_score(u, d, f, diags);
    if (s)
        zp_score_check(s, diags);
    zp_score_free(s);
    zp_framework_free(f);
}
