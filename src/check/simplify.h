/*
 * Reports in traditional characters. Some web pages republish a mainland
 * unit's report converted to traditional characters (萬元, 預算, 決算), at
 * times with pinyin after some of them (數(shù), 結(jié)). The checker knows the
 * genre's words in simplified characters only, so such a line is converted
 * back with OpenCC (t2s) and the pinyin taken out. A line without a
 * traditional character of the genre passes untouched, and OpenCC is
 * opened only when one is first seen. A document is converted as a whole:
 * after a few hundred lines of Chinese with none, it is taken to have none.
 */
#ifndef ZP_CHECK_SIMPLIFY_H
#define ZP_CHECK_SIMPLIFY_H

#include <stdbool.h>

#include "base/mem.h"

typedef struct zp_simplifier {
    void *cc;    /* OpenCC's handle, once opened */
    bool failed; /* OpenCC could not be opened: lines pass untouched */
    int plain;   /* lines of Chinese seen so far with no traditional character */
} zp_simplifier;

void zp_ck_simplifier_init(zp_simplifier *s);
void zp_ck_simplifier_free(zp_simplifier *s);
/* Convert line (normalised, NUL-terminated in its buffer) in place when it
 * holds traditional characters of the genre. */
void zp_ck_simplify(zp_simplifier *s, zp_buf *line);

#endif
