/*
 * The formula language's parser: recursive descent into a small tree held
 * in an arena (expr_tree.h). The first error stops parsing, so a finding
 * always points at the first thing that is wrong. Evaluation is in
 * expr_eval.c.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "base/mem.h"
#include "score/expr.h"
#include "score/expr_internal.h"
#include "score/expr_tree.h"

const zp_expr_function zp_expr_functions[] = {
    [FN_IF] = {"IF", 3, 3, "IF(条件, 成立时的值, 不成立时的值)"},
    [FN_MIN] = {"MIN", 1, -1, "MIN(数值, 数值, …)"},
    [FN_MAX] = {"MAX", 1, -1, "MAX(数值, 数值, …)"},
    [FN_ROUND] = {"ROUND", 2, 2, "ROUND(数值, 小数位数)"},
    [FN_ABS] = {"ABS", 1, 1, "ABS(数值)"},
    [FN_AND] = {"AND", 1, -1, "AND(条件, 条件, …)"},
    [FN_OR] = {"OR", 1, -1, "OR(条件, 条件, …)"},
    [FN_NOT] = {"NOT", 1, 1, "NOT(条件)"},
};

/* ---- parsing ---------------------------------------------------------- */

typedef struct parser {
    zp_lexer lx;
    zp_token tok; /* the current token */
    zp_expr *e;
    node **last_name;
    zp_diags *diags;
    int depth;
    bool failed;
    char found_zh[96], found_en[96];
} parser;

static void syntax_error(parser *p, const zp_token *at, char *gloss, char *msg)
{
    if (p->failed) {
        free(gloss);
        free(msg);
        return;
    }
    p->failed = true;
    char *full_gloss = zp_xasprintf("formula syntax error: %s", gloss);
    char *full_msg = zp_xasprintf("公式语法错误：第 %d 个字符处%s", at->index, msg);
    free(gloss);
    free(msg);
    zp_expr_report(p->diags, "formula-syntax", p->e->src, p->e->file, at->line, at->col,
                   full_gloss, full_msg);
}

static bool advance(parser *p)
{
    p->tok = zp_lex_next(&p->lx);
    if (p->tok.kind != TOK_ERROR)
        return true;
    if (!p->failed)
        zp_lex_report(&p->lx, &p->tok, p->diags);
    p->failed = true;
    return false;
}

static node *new_node(parser *p, node_kind kind, const zp_token *t)
{
    node *n = ZP_ARENA_NEW(p->e->arena, node, 1);
    n->kind = kind;
    n->op = t->kind;
    n->line = t->line;
    n->col = t->col;
    n->index = t->index;
    n->start = n->tok_start = t->start;
    n->tok_len = t->len;
    n->end = t->start + t->len;
    return n;
}

/* Parentheses, calls and unary minus nest; refuse to go deeper than the
 * limit so that a hostile formula cannot exhaust the stack. */
static bool enter(parser *p, const zp_token *t)
{
    if (++p->depth <= ZP_EXPR_MAX_DEPTH)
        return true;
    syntax_error(p, t, zp_xasprintf("nesting deeper than %d levels", ZP_EXPR_MAX_DEPTH),
                 zp_xasprintf("嵌套过深：括号、函数和负号最多嵌套 %d 层，"
                              "请把公式拆成几个命名的中间公式",
                              ZP_EXPR_MAX_DEPTH));
    return false;
}

/* The current token, for the "found ..." part of a message. */
static const char *found(parser *p, bool chinese)
{
    return zp_tok_describe(&p->lx, &p->tok, chinese, chinese ? p->found_zh : p->found_en,
                           sizeof p->found_zh);
}

static node *parse_comparison(parser *p);

static bool same_name_ci(const char *s, size_t len, const char *upper)
{
    size_t i = 0;
    for (; i < len && upper[i]; i++) {
        char c = s[i];
        if (c >= 'a' && c <= 'z')
            c = (char)(c - 'a' + 'A');
        if (c != upper[i])
            return false;
    }
    return i == len && upper[i] == '\0';
}

static node *parse_call(parser *p)
{
    zp_token name = p->tok;
    const char *text = p->lx.src + name.start;
    int fn = -1;
    for (int i = 0; i < FUNCTION_COUNT; i++)
        if (same_name_ci(text, name.len, zp_expr_functions[i].name))
            fn = i;
    if (fn < 0) {
        syntax_error(p, &name,
                     zp_xasprintf("unknown function %s; the functions are IF, MIN, MAX, ROUND, "
                                  "ABS, AND, OR, NOT",
                                  found(p, false)),
                     zp_xasprintf("没有函数%s；可用的函数有 IF、MIN、MAX、ROUND、ABS、AND、OR、NOT",
                                  found(p, true)));
        return NULL;
    }
    if (!enter(p, &name))
        return NULL;
    node *call = new_node(p, N_CALL, &name);
    call->fn = (fn_id)fn;
    if (!advance(p) || !advance(p)) /* the name, then the '(' */
        return NULL;
    node **tail = &call->args;
    if (p->tok.kind != TOK_RPAREN) {
        for (;;) {
            node *arg = parse_comparison(p);
            if (!arg)
                return NULL;
            *tail = arg;
            tail = &arg->next;
            call->nargs++;
            if (p->tok.kind == TOK_RPAREN)
                break;
            if (p->tok.kind != TOK_COMMA) {
                bool end = p->tok.kind == TOK_END;
                syntax_error(p, &p->tok,
                             zp_xasprintf("%s in the arguments of %s, found %s",
                                          end ? "missing ')'" : "expected ',' or ')'",
                                          zp_expr_functions[fn].name, found(p, false)),
                             zp_xasprintf("%s（函数 %s 的参数从第 %d 个字符开始），遇到的是%s",
                                          end ? "缺少右括号“)”" : "应为逗号“,”或右括号“)”",
                                          zp_expr_functions[fn].name, name.index, found(p, true)));
                return NULL;
            }
            if (!advance(p))
                return NULL;
        }
    }
    call->end = p->tok.start + p->tok.len;
    const zp_expr_function *f = &zp_expr_functions[fn];
    if (call->nargs < f->min_args || (f->max_args >= 0 && call->nargs > f->max_args)) {
        bool exact = f->min_args == f->max_args;
        syntax_error(p, &name,
                     zp_xasprintf("%s takes %s%d argument%s, got %d", f->name,
                                  exact ? "" : "at least ", f->min_args,
                                  f->min_args == 1 ? "" : "s", call->nargs),
                     zp_xasprintf("函数 %s %s %d 个参数（%s），这里给了 %d 个", f->name,
                                  exact ? "需要" : "至少需要", f->min_args, f->usage, call->nargs));
        return NULL;
    }
    p->depth--;
    return advance(p) ? call : NULL;
}

static node *parse_primary(parser *p)
{
    zp_token t = p->tok;
    switch (t.kind) {
    case TOK_NUMBER: {
        node *n = new_node(p, N_NUMBER, &t);
        n->value = t.value;
        return advance(p) ? n : NULL;
    }
    case TOK_NAME: {
        if (zp_lex_peek(&p->lx).kind == TOK_LPAREN)
            return parse_call(p);
        node *n = new_node(p, N_NAME, &t);
        n->name = zp_arena_strndup(p->e->arena, p->lx.src + t.start, t.len);
        *p->last_name = n;
        p->last_name = &n->next_name;
        return advance(p) ? n : NULL;
    }
    case TOK_LPAREN: {
        if (!enter(p, &t) || !advance(p))
            return NULL;
        node *inner = parse_comparison(p);
        if (!inner)
            return NULL;
        if (p->tok.kind != TOK_RPAREN) {
            syntax_error(p, &p->tok,
                         zp_xasprintf("missing ')' to close the '(' at character %d, found %s",
                                      t.index, found(p, false)),
                         zp_xasprintf("缺少右括号“)”（与第 %d 个字符处的“(”配对），遇到的是%s",
                                      t.index, found(p, true)));
            return NULL;
        }
        /* The parentheses are part of what a message quotes: "(a - b)". */
        inner->start = t.start;
        inner->end = p->tok.start + p->tok.len;
        p->depth--;
        return advance(p) ? inner : NULL;
    }
    default:
        syntax_error(p, &p->tok,
                     zp_xasprintf("expected a number, name, function or '(', found %s",
                                  found(p, false)),
                     zp_xasprintf("应为数字、名称、函数或“(”，但遇到了%s", found(p, true)));
        return NULL;
    }
}

static node *parse_unary(parser *p)
{
    if (p->tok.kind != TOK_MINUS)
        return parse_primary(p);
    zp_token minus = p->tok;
    if (!enter(p, &minus) || !advance(p))
        return NULL;
    node *operand = parse_unary(p);
    if (!operand)
        return NULL;
    p->depth--;
    node *n = new_node(p, N_NEG, &minus);
    n->lhs = operand;
    n->end = operand->end;
    return n;
}

static node *binary(parser *p, const zp_token *op, node *lhs, node *rhs)
{
    node *n = new_node(p, N_BINARY, op);
    n->lhs = lhs;
    n->rhs = rhs;
    n->start = lhs->start;
    n->end = rhs->end;
    return n;
}

static node *parse_term(parser *p)
{
    node *lhs = parse_unary(p);
    while (lhs && (p->tok.kind == TOK_STAR || p->tok.kind == TOK_SLASH)) {
        zp_token op = p->tok;
        if (!advance(p))
            return NULL;
        node *rhs = parse_unary(p);
        lhs = rhs ? binary(p, &op, lhs, rhs) : NULL;
    }
    return lhs;
}

static node *parse_sum(parser *p)
{
    node *lhs = parse_term(p);
    while (lhs && (p->tok.kind == TOK_PLUS || p->tok.kind == TOK_MINUS)) {
        zp_token op = p->tok;
        if (!advance(p))
            return NULL;
        node *rhs = parse_term(p);
        lhs = rhs ? binary(p, &op, lhs, rhs) : NULL;
    }
    return lhs;
}

static node *parse_comparison(parser *p)
{
    node *lhs = parse_sum(p);
    if (!lhs || !zp_tok_is_comparison(p->tok.kind))
        return lhs;
    zp_token op = p->tok;
    if (!advance(p))
        return NULL;
    node *rhs = parse_sum(p);
    if (!rhs)
        return NULL;
    if (zp_tok_is_comparison(p->tok.kind)) {
        syntax_error(p, &p->tok,
                     zp_xasprintf("comparisons do not chain (the one at character %d is "
                                  "complete); write AND(a < b, b < c)",
                                  op.index),
                     zp_xasprintf("比较不能连写（第 %d 个字符处的比较已经完整），"
                                  "请写成 AND(a < b, b < c) 的形式",
                                  op.index));
        return NULL;
    }
    return binary(p, &op, lhs, rhs);
}

/* After a whole formula: say why what follows cannot continue it. */
static void trailing_garbage(parser *p)
{
    const char *found_zh = found(p, true), *found_en = found(p, false);
    switch (p->tok.kind) {
    case TOK_RPAREN:
        syntax_error(p, &p->tok, zp_xasprintf("unmatched %s", found_en),
                     zp_xasprintf("多出一个右括号%s，前面没有与它配对的“(”", found_zh));
        break;
    case TOK_COMMA:
        syntax_error(p, &p->tok, zp_xasprintf("%s outside a function's arguments", found_en),
                     zp_xasprintf("的逗号%s不在函数的参数中；逗号只用来分隔函数的参数", found_zh));
        break;
    default:
        syntax_error(p, &p->tok,
                     zp_xasprintf("expected an operator or the end of the formula, found %s "
                                  "(multiplication needs '*')",
                                  found_en),
                     zp_xasprintf("应为运算符或公式结尾，但遇到了%s（乘法要写出“*”）", found_zh));
        break;
    }
}

zp_expr *zp_expr_parse(const char *src, zp_mark at, zp_diags *diags)
{
    size_t len = 0;
    while (len <= ZP_EXPR_MAX_SOURCE && src[len])
        len++;
    if (len > ZP_EXPR_MAX_SOURCE) {
        zp_expr_report(diags, "formula-syntax", src, at.file, at.line, at.col,
                       zp_xasprintf("formula syntax error: formula longer than %d bytes",
                                    ZP_EXPR_MAX_SOURCE),
                       zp_xasprintf("公式语法错误：公式超过 %d 字节，太长；"
                                    "请把它拆成几个命名的中间公式",
                                    ZP_EXPR_MAX_SOURCE));
        return NULL;
    }

    zp_expr *e = zp_xcalloc(1, sizeof *e);
    e->arena = zp_arena_new();
    e->src = zp_arena_strndup(e->arena, src, len);
    e->file = at.file ? zp_arena_strdup(e->arena, at.file) : NULL;
    at.file = e->file;

    parser p = {.e = e, .diags = diags, .last_name = &e->names};
    zp_lex_init(&p.lx, e->src, at);
    if (advance(&p)) {
        if (p.tok.kind == TOK_END) {
            p.failed = true;
            zp_expr_report(diags, "formula-syntax", e->src, e->file, p.tok.line, p.tok.col,
                           zp_xstrdup("formula syntax error: empty formula"),
                           zp_xstrdup("公式语法错误：公式是空的，应为数字、名称、函数或“(”"));
        } else {
            e->root = parse_comparison(&p);
            if (e->root && p.tok.kind != TOK_END)
                trailing_garbage(&p);
        }
    }
    if (p.failed) {
        zp_expr_free(e);
        return NULL;
    }
    return e;
}

void zp_expr_free(zp_expr *e)
{
    if (!e)
        return;
    zp_arena_free(e->arena);
    free(e);
}

void zp_expr_names(const zp_expr *e, zp_name_visit visit, void *ctx)
{
    for (const node *n = e->names; n; n = n->next_name) {
        zp_mark at = {e->file, n->line, n->col};
        visit(ctx, n->name, at);
    }
}
