#ifndef ZP_VALIDATE_INTERNAL_H
#define ZP_VALIDATE_INTERNAL_H

#include "base/mem.h"
#include "base/numfmt.h"
#include "ziping/validate.h"

typedef struct zp_vctx {
    const zp_unit *u;
    const zp_derived *d;
    zp_diags *diags;
    int exp;              /* display unit of amounts */
    const char *unit_name; /* "万元" */
} zp_vctx;

void zp_validate_sums(zp_vctx *v);
void zp_validate_stated(zp_vctx *v);
void zp_validate_people(zp_vctx *v);
void zp_validate_targets(zp_vctx *v);

#endif
