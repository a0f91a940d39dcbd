#include "validate/validate_internal.h"

void zp_validate(const zp_unit *u, const zp_derived *d, zp_diags *diags)
{
    zp_vctx v = {u, d, diags, u->amount_exp, u->amount_exp == 4 ? "万元" : "元"};
    zp_validate_sums(&v);
    zp_validate_stated(&v);
    zp_validate_people(&v);
    zp_validate_targets(&v);
}
