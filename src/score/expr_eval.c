/*
 * Evaluating a parsed formula over exact rationals. IF evaluates only the
 * branch it chooses, AND/OR stop early, and every failure (division by
 * zero, overflow, a bad ROUND) is a finding at the operator's place.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "score/expr_tree.h"

/* ---- evaluation ------------------------------------------------------- */

typedef struct evaluator {
    const zp_expr *e;
    zp_name_lookup lookup;
    void *ctx;
    zp_diags *diags;
    const char **missing;
} evaluator;

static zp_eval_status eval_error(const evaluator *ev, const char *kind, const node *n,
                                 char *gloss, char *msg)
{
    zp_expr_report(ev->diags, kind, ev->e->src, ev->e->file, n->line, n->col, gloss, msg);
    return ZP_EVAL_ERROR;
}

/* The source text of n, quoted for a message, if it is short enough to be
 * worth quoting; NULL otherwise. */
static const char *quote_source(const evaluator *ev, const node *n, char *buf, size_t size)
{
    const char *s = ev->e->src + n->start;
    size_t len = n->end - n->start;
    if (len > 48 || memchr(s, '\n', len))
        return NULL;
    zp_expr_snippet(s, len, 48, buf, size);
    return buf;
}

static zp_eval_status overflow(const evaluator *ev, const node *n)
{
    char op[32]; /* as written: "*", "×", "ROUND" */
    zp_expr_snippet(ev->e->src + n->tok_start, n->tok_len, 8, op, sizeof op);
    return eval_error(ev, "formula-overflow", n,
                      zp_xasprintf("formula overflow: the result of '%s' at character %d is too "
                                   "large to hold exactly",
                                   op, n->index),
                      zp_xasprintf("公式计算溢出：第 %d 个字符处“%s”的结果太大，"
                                   "超出了能精确表示的范围（64 位有理数）",
                                   n->index, op));
}

static zp_eval_status divided_by_zero(const evaluator *ev, const node *n)
{
    char op[32], divisor[64];
    zp_expr_snippet(ev->e->src + n->tok_start, n->tok_len, 8, op, sizeof op);
    if (!quote_source(ev, n->rhs, divisor, sizeof divisor))
        return eval_error(ev, "formula-div-zero", n,
                          zp_xasprintf("formula divides by zero: the divisor of '%s' at "
                                       "character %d is 0",
                                       op, n->index),
                          zp_xasprintf("公式除以零：第 %d 个字符处“%s”的除数等于 0；"
                                       "可用 IF(除数 = 0, …, …) 先排除这种情况",
                                       n->index, op));
    return eval_error(ev, "formula-div-zero", n,
                      zp_xasprintf("formula divides by zero: divisor '%s' is 0", divisor),
                      zp_xasprintf("公式除以零：第 %d 个字符处“%s”的除数“%s”等于 0；"
                                   "可用 IF(%s = 0, …, …) 先排除这种情况",
                                   n->index, op, divisor, divisor));
}

static zp_eval_status eval(const evaluator *ev, const node *n, zp_rat *out);

static bool is_true(zp_rat r)
{
    return r.num != 0;
}

static bool compare(zp_tok_kind op, zp_rat a, zp_rat b)
{
    int c = zp_rat_cmp(a, b);
    switch (op) {
    case TOK_LT: return c < 0;
    case TOK_LE: return c <= 0;
    case TOK_GT: return c > 0;
    case TOK_GE: return c >= 0;
    case TOK_EQ: return c == 0;
    default: return c != 0;
    }
}

static zp_eval_status eval_binary(const evaluator *ev, const node *n, zp_rat *out)
{
    zp_rat a, b;
    zp_eval_status st = eval(ev, n->lhs, &a);
    if (st != ZP_EVAL_OK || (st = eval(ev, n->rhs, &b)) != ZP_EVAL_OK)
        return st;
    bool ok;
    switch (n->op) {
    case TOK_PLUS: ok = zp_rat_add(a, b, out); break;
    case TOK_MINUS: ok = zp_rat_sub(a, b, out); break;
    case TOK_STAR: ok = zp_rat_mul(a, b, out); break;
    case TOK_SLASH:
        if (b.num == 0)
            return divided_by_zero(ev, n);
        ok = zp_rat_div(a, b, out);
        break;
    default:
        *out = zp_rat_of_int(compare(n->op, a, b));
        ok = true;
        break;
    }
    return ok ? ZP_EVAL_OK : overflow(ev, n);
}

/* A number for a message: exact if it has at most 9 decimals. */
static void show_number(zp_rat r, char *buf, size_t size)
{
    zp_rat_format(r, ZP_DEC_MAX_SCALE, buf, size);
    char *point = strchr(buf, '.');
    if (!point)
        return;
    size_t len = strlen(buf);
    while (len > 0 && buf[len - 1] == '0')
        buf[--len] = '\0';
    if (buf + len - 1 == point)
        *point = '\0';
}

static zp_eval_status eval_round(const evaluator *ev, const node *n, zp_rat *out)
{
    zp_rat x, places;
    zp_eval_status st = eval(ev, n->args, &x);
    if (st != ZP_EVAL_OK || (st = eval(ev, n->args->next, &places)) != ZP_EVAL_OK)
        return st;
    if (places.den != 1 || places.num < 0 || places.num > ZP_DEC_MAX_SCALE) {
        char shown[48];
        show_number(places, shown, sizeof shown);
        return eval_error(ev, "formula-bad-argument", n,
                          zp_xasprintf("ROUND places must be a whole number from 0 to %d, got %s",
                                       ZP_DEC_MAX_SCALE, shown),
                          zp_xasprintf("公式参数错误：第 %d 个字符处 ROUND 的小数位数应为 0 到 %d "
                                       "的整数，实际是 %s",
                                       n->index, ZP_DEC_MAX_SCALE, shown));
    }
    zp_dec d;
    if (!zp_rat_round(x, (int)places.num, &d) || !zp_rat_of_dec(d, out))
        return overflow(ev, n);
    return ZP_EVAL_OK;
}

static zp_eval_status eval_call(const evaluator *ev, const node *n, zp_rat *out)
{
    zp_rat v;
    zp_eval_status st;
    const node *arg = n->args;
    switch (n->fn) {
    case FN_IF:
        if ((st = eval(ev, arg, &v)) != ZP_EVAL_OK)
            return st;
        /* Only the chosen branch: IF(b = 0, 0, a / b) must not divide. */
        return eval(ev, is_true(v) ? arg->next : arg->next->next, out);
    case FN_MIN:
    case FN_MAX:
        if ((st = eval(ev, arg, out)) != ZP_EVAL_OK)
            return st;
        for (arg = arg->next; arg; arg = arg->next) {
            if ((st = eval(ev, arg, &v)) != ZP_EVAL_OK)
                return st;
            int c = zp_rat_cmp(v, *out);
            if (n->fn == FN_MIN ? c < 0 : c > 0)
                *out = v;
        }
        return ZP_EVAL_OK;
    case FN_ROUND:
        return eval_round(ev, n, out);
    case FN_ABS:
        if ((st = eval(ev, arg, &v)) != ZP_EVAL_OK)
            return st;
        *out = zp_rat_abs(v);
        return ZP_EVAL_OK;
    case FN_AND:
    case FN_OR:
        /* Stop at the first argument that decides the answer. */
        for (; arg; arg = arg->next) {
            if ((st = eval(ev, arg, &v)) != ZP_EVAL_OK)
                return st;
            if (is_true(v) == (n->fn == FN_OR)) {
                *out = zp_rat_of_int(n->fn == FN_OR);
                return ZP_EVAL_OK;
            }
        }
        *out = zp_rat_of_int(n->fn == FN_AND);
        return ZP_EVAL_OK;
    case FN_NOT:
        if ((st = eval(ev, arg, &v)) != ZP_EVAL_OK)
            return st;
        *out = zp_rat_of_int(!is_true(v));
        return ZP_EVAL_OK;
    }
    return ZP_EVAL_ERROR; /* not reached: the parser made n->fn */
}

static zp_eval_status eval_name(const evaluator *ev, const node *n, zp_rat *out)
{
    zp_rat v = {0, 1};
    switch (ev->lookup(ev->ctx, n->name, n->tok_len, &v)) {
    case ZP_NAME_OK:
        *out = v;
        return ZP_EVAL_OK;
    case ZP_NAME_MISSING:
        if (ev->missing)
            *ev->missing = n->name;
        return ZP_EVAL_MISSING;
    case ZP_NAME_UNKNOWN:
    default:
        break;
    }
    char text[64];
    zp_expr_snippet(n->name, n->tok_len, 48, text, sizeof text);
    return eval_error(ev, "formula-unknown-name", n,
                      zp_xasprintf("unknown name '%s' in formula", text),
                      zp_xasprintf("公式中第 %d 个字符处的名称“%s”不存在；请检查拼写，"
                                   "或确认数据中有这一项",
                                   n->index, text));
}

static zp_eval_status eval(const evaluator *ev, const node *n, zp_rat *out)
{
    switch (n->kind) {
    case N_NUMBER:
        *out = n->value;
        return ZP_EVAL_OK;
    case N_NAME:
        return eval_name(ev, n, out);
    case N_NEG: {
        zp_eval_status st = eval(ev, n->lhs, out);
        if (st == ZP_EVAL_OK)
            *out = zp_rat_neg(*out); /* cannot overflow: num is never INT64_MIN */
        return st;
    }
    case N_BINARY:
        return eval_binary(ev, n, out);
    case N_CALL:
        return eval_call(ev, n, out);
    }
    return ZP_EVAL_ERROR;
}

zp_eval_status zp_expr_eval(const zp_expr *e, zp_name_lookup lookup, void *ctx, zp_rat *out,
                            zp_diags *diags, const char **missing)
{
    if (missing)
        *missing = NULL;
    evaluator ev = {e, lookup, ctx, diags, missing};
    zp_rat v;
    zp_eval_status st = eval(&ev, e->root, &v);
    if (st == ZP_EVAL_OK)
        *out = v;
    return st;
}
