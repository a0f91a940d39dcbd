/*
 * Private to the formula language (expr.c, expr_lex.c): the tokens and the
 * lexer that makes them, and the one place findings are worded.
 */
#ifndef ZP_SCORE_EXPR_INTERNAL_H
#define ZP_SCORE_EXPR_INTERNAL_H

#include <stdbool.h>
#include <stddef.h>

#include "ziping/diag.h"
#include "ziping/numbers.h"

enum {
    ZP_EXPR_MAX_SOURCE = 4096, /* bytes */
    ZP_EXPR_MAX_DEPTH = 64     /* parentheses, calls and unary minus */
};

typedef enum zp_tok_kind {
    TOK_END,
    TOK_NUMBER,
    TOK_NAME,
    TOK_LPAREN,
    TOK_RPAREN,
    TOK_COMMA,
    TOK_PLUS,
    TOK_MINUS,
    TOK_STAR,
    TOK_SLASH,
    TOK_LT,
    TOK_LE,
    TOK_GT,
    TOK_GE,
    TOK_EQ,
    TOK_NE,
    TOK_ERROR /* the lexer could not read what is here; see zp_lex_error */
} zp_tok_kind;

typedef enum zp_lex_error {
    LEX_OK,
    LEX_BAD_CHAR,       /* an ASCII character the language does not use */
    LEX_FULLWIDTH,      /* a full-width form of an ASCII character */
    LEX_BAD_UTF8,
    LEX_GROUPING,       /* "1,000": a thousands separator */
    LEX_BAD_NUMBER,     /* "1.", "1.2.3", "2x" */
    LEX_LEADING_DOT,    /* ".5" */
    LEX_NUMBER_TOO_BIG, /* more than 64 bits */
    LEX_TOO_PRECISE     /* more than ZP_DEC_MAX_SCALE decimals */
} zp_lex_error;

typedef struct zp_token {
    zp_tok_kind kind;
    zp_lex_error error;
    size_t start, len; /* the bytes of src it was read from */
    int line, col;     /* where a finding about it points */
    int index;         /* 1-based character position within the formula */
    zp_rat value;      /* TOK_NUMBER */
} zp_token;

typedef struct zp_lexer {
    const char *src; /* NUL-terminated */
    const char *file;
    size_t pos;
    int line, col, index;
} zp_lexer;

void zp_lex_init(zp_lexer *lx, const char *src, zp_mark at);
zp_token zp_lex_next(zp_lexer *lx);
/* The token after the next one would be read, without moving. */
zp_token zp_lex_peek(const zp_lexer *lx);
bool zp_tok_is_comparison(zp_tok_kind k);

/* Describe t for a message: “text” (Chinese) or 'text' (English), or the end
 * of the formula; long tokens are shortened at a character boundary. */
const char *zp_tok_describe(const zp_lexer *lx, const zp_token *t, bool chinese, char *buf,
                            size_t size);
/* Copy at most max bytes of s, cut at a character boundary, adding "…" when
 * shortened. */
void zp_expr_snippet(const char *s, size_t len, size_t max, char *buf, size_t size);

/* Add a ZP_FATAL finding of kind at (line, col) of src's formula, with the
 * formula itself as the detail. Takes ownership of gloss and message. */
void zp_expr_report(zp_diags *d, const char *kind, const char *src, const char *file, int line,
                    int col, char *gloss, char *message);
/* Report the lexer's error token t. */
void zp_lex_report(const zp_lexer *lx, const zp_token *t, zp_diags *d);

#endif
