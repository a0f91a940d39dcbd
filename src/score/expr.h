/*
 * The formula language of framework files (docs/frameworks.md): exact
 * rational arithmetic over named data values.
 *
 *   numbers      12, 0.5, 1,000 is NOT allowed (write 1000)
 *   names        expenditure.execution_rate, staffing.control_rate, weight,
 *                facts.重点项目支出: ASCII letters, digits, '_', '.', and any
 *                non-ASCII UTF-8 character; not starting with a digit or '.'
 *   operators    + - * /   and   × ÷ − (U+00D7, U+00F7, U+2212)
 *                comparisons < <= > >= = == != <>  and  ≤ ≥ ≠  (give 1 or 0)
 *                unary minus; parentheses
 *   functions    IF(cond, then, else)   cond is true when not zero; only the
 *                                       chosen branch is evaluated
 *                MIN(a, b, ...)  MAX(a, b, ...)   (one or more arguments)
 *                ROUND(x, places)  half away from zero; places a whole
 *                                  number 0..9
 *                ABS(x)
 *                AND(a, b, ...)  OR(a, b, ...)  NOT(a)   (give 1 or 0)
 *                Function names are case-insensitive.
 *   precedence   comparisons < + - < * / < unary minus; left associative;
 *                comparisons do not chain (a < b < c is a syntax error)
 *
 * Everything is exact (zp_rat); overflow is an error, never a wrong number.
 */
#ifndef ZP_SCORE_EXPR_H
#define ZP_SCORE_EXPR_H

#include <stddef.h>

#include "ziping/diag.h"
#include "ziping/numbers.h"

typedef struct zp_expr zp_expr;

/* Parse src (NUL-terminated UTF-8). `at` is the place of src's first
 * character; a syntax error is reported as a ZP_FATAL finding (kind
 * "formula-syntax") at the column of the offending character (columns count
 * characters, not bytes: at.col + number of characters before it), saying in
 * Chinese what was expected, with an English gloss. Returns NULL on error.
 * Nesting deeper than 64 levels and sources longer than 4096 bytes are
 * refused with a clear message. */
zp_expr *zp_expr_parse(const char *src, zp_mark at, zp_diags *diags);
void zp_expr_free(zp_expr *e);

typedef enum zp_name_status {
    ZP_NAME_OK,      /* *value is set */
    ZP_NAME_MISSING, /* a known name whose value the data do not give */
    ZP_NAME_UNKNOWN  /* no such name */
} zp_name_status;

/* Look up a name (not NUL-terminated: len bytes at name). */
typedef zp_name_status (*zp_name_lookup)(void *ctx, const char *name, size_t len,
                                         zp_rat *value);

typedef enum zp_eval_status {
    ZP_EVAL_OK,      /* *out is set */
    ZP_EVAL_MISSING, /* a name the evaluation needed has no value; *missing names it */
    ZP_EVAL_ERROR    /* a ZP_FATAL finding was added: division by zero ("formula-div-zero"),
                        overflow ("formula-overflow"), unknown name ("formula-unknown-name"),
                        bad ROUND places ("formula-bad-argument"); each at the column of the
                        operator, name or call in the source */
} zp_eval_status;

/* Evaluate. `missing` (may be NULL) receives a pointer to a static-lifetime
 * copy of the first missing name, valid until e is freed. */
zp_eval_status zp_expr_eval(const zp_expr *e, zp_name_lookup lookup, void *ctx, zp_rat *out,
                            zp_diags *diags, const char **missing);

/* Call visit for every name the formula mentions, in source order, with its
 * place (for checking names when a framework is loaded, and for finding
 * cycles among named formulas). name is NUL-terminated. */
typedef void (*zp_name_visit)(void *ctx, const char *name, zp_mark at);
void zp_expr_names(const zp_expr *e, zp_name_visit visit, void *ctx);

#endif
