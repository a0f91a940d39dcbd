/*
 * Phrases of the genre (internal to report/): a line's budget and final
 * figures, its change on last year, its share. The words follow the
 * numbers: 增加/减少 for an amount, 增长/下降 for a percentage, 持平 for
 * no change, "上年无此项支出" for a change from nothing (domain.md,
 * "Wording").
 */
#ifndef ZP_REPORT_PHRASE_H
#define ZP_REPORT_PHRASE_H

#include "report/doc.h"

/* The magnitude of a derived figure ("109.60" for -109.60), with its unit
 * after an amount; false when absent. */
bool zp_ph_magnitude(zp_para *p, const char *key);
/* "年初预算数A万元，全年预算数B万元，决算数C万元，预算执行率R%" for the
 * figures of line key that exist; false when none does. */
bool zp_ph_budget_final(zp_para *p, const char *key);
/* "比上年增加X万元，增长Y%" / "比上年减少…，下降…" / "与上年持平" /
 * "比上年增加X万元（上年无此项支出）"; false when there is no change. */
bool zp_ph_change(zp_para *p, const char *key);
/* "，占本年支出的X%" (of what, as the caller says); false when absent. */
bool zp_ph_share(zp_para *p, const char *key, const char *of);
/* The unit's explanation, as a clause after a comma: "，主要是……". */
void zp_ph_note(zp_para *p, const char *note);
/* Sign of a derived figure: -1, 0, 1; 0 also when absent. */
int zp_ph_sign(const zp_report *r, const char *key);

#endif
