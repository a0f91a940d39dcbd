/* Numbers in messages: amounts in the display unit, rates, intervals. */
#ifndef ZP_BASE_NUMFMT_H
#define ZP_BASE_NUMFMT_H

#include <stddef.h>

#include "ziping/numbers.h"

enum { ZP_NUMFMT_SIZE = 96 };

/* yuan shown in units of 10^exp 元 (0 元, 4 万元), rounded to places, with
 * thousands separators: "1,105.02". */
const char *zp_fmt_amount(zp_rat yuan, int exp, int places, char *buf, size_t size);
/* A percentage: "-9.91%". */
const char *zp_fmt_rate(zp_rat percent, int places, char *buf, size_t size);
/* An interval, rounded outward so that it never looks narrower than it is:
 * "[1,104.96, 1,105.08]"; scale_exp as for amounts (0 for rates). */
const char *zp_fmt_interval(zp_interval iv, int scale_exp, int places, const char *unit,
                            char *buf, size_t size);

#endif
