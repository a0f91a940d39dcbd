/*
 * The parsed form of a formula, shared by the parser (expr.c) and the
 * evaluator (expr_eval.c).
 */
#ifndef ZP_SCORE_EXPR_TREE_H
#define ZP_SCORE_EXPR_TREE_H

#include "base/mem.h"
#include "score/expr.h"
#include "score/expr_internal.h"

typedef enum fn_id { FN_IF, FN_MIN, FN_MAX, FN_ROUND, FN_ABS, FN_AND, FN_OR, FN_NOT } fn_id;

typedef struct zp_expr_function {
    const char *name;
    int min_args, max_args; /* max_args -1: no limit */
    const char *usage;
} zp_expr_function;

extern const zp_expr_function zp_expr_functions[];
enum { FUNCTION_COUNT = FN_NOT + 1 };

typedef enum node_kind { N_NUMBER, N_NAME, N_NEG, N_BINARY, N_CALL } node_kind;

typedef struct node node;
struct node {
    node_kind kind;
    zp_tok_kind op;     /* N_BINARY: arithmetic or comparison */
    fn_id fn;           /* N_CALL */
    int line, col;      /* of the operator, number, name or function name */
    int index;          /* the same, as a character position in the formula */
    size_t start, end;  /* the source bytes the node was read from */
    size_t tok_start;   /* the operator's (or name's, or number's) bytes */
    size_t tok_len;
    zp_rat value;       /* N_NUMBER */
    const char *name;   /* N_NAME, NUL-terminated; tok_len bytes */
    node *lhs, *rhs;    /* N_NEG has only lhs */
    node *args;         /* N_CALL, linked by next */
    int nargs;
    node *next;         /* the next argument of a call */
    node *next_name;    /* the next N_NAME in source order */
};

struct zp_expr {
    zp_arena *arena;
    const char *src;  /* a copy, for messages */
    const char *file; /* a copy, for the marks zp_expr_names gives */
    node *root;
    node *names;      /* every N_NAME, in source order */
};

#endif
