/*
 * Validation: is the unit-year consistent with itself? Every split adds up
 * to its total and all splits of one total agree (this year and last
 * year); parts of staffing add up; each figure the report states (a rate, a
 * share, a change) agrees with the one the data give. Stated numbers are
 * compared as the intervals their rounding allows, so rounding is never
 * reported as an error (domain.md).
 */
#ifndef ZIPING_VALIDATE_H
#define ZIPING_VALIDATE_H

#include "ziping/derive.h"

void zp_validate(const zp_unit *u, const zp_derived *d, zp_diags *diags);

/* zp_validate, and when a framework is named (framework, or else the
 * file's evaluation.framework), the scoring checks too: manual scores
 * within their weights, the stated rates, total and grade. */
void zp_validate_all(const zp_unit *u, const zp_derived *d, const char *framework,
                     zp_diags *diags);

#endif
