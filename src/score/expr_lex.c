/*
 * The formula lexer. Formulas are typed by people using Chinese input
 * methods, so besides ASCII it reads × ÷ − ≤ ≥ ≠, the full-width forms of
 * the operators and parentheses, the full-width comma, and the ideographic
 * space; any other full-width form of an ASCII character is refused with a
 * message naming its half-width twin rather than silently becoming part of a
 * name. Positions count characters, not bytes, because that is what an
 * editor's column shows.
 *
 * The wording of the lexer's findings lives here too, with the helpers the
 * parser and evaluator share to quote a formula in a message.
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "base/mem.h"
#include "score/expr_internal.h"

void zp_lex_init(zp_lexer *lx, const char *src, zp_mark at)
{
    lx->src = src;
    lx->file = at.file;
    lx->pos = 0;
    lx->line = at.line;
    lx->col = at.col;
    lx->index = 1;
}

/* Decode the character at s; return its length in bytes, or 0 if the bytes
 * there are not UTF-8 (overlong forms and surrogates included). The NUL at
 * the end of the source is never a continuation byte, so this cannot read
 * past it. */
static size_t utf8_decode(const unsigned char *s, uint32_t *cp)
{
    unsigned char c = s[0];
    size_t n;
    uint32_t v, min;
    if (c < 0x80) {
        *cp = c;
        return 1;
    } else if (c >= 0xC2 && c <= 0xDF) {
        n = 2, v = c & 0x1Fu, min = 0x80;
    } else if ((c & 0xF0) == 0xE0) {
        n = 3, v = c & 0x0Fu, min = 0x800;
    } else if (c >= 0xF0 && c <= 0xF4) {
        n = 4, v = c & 0x07u, min = 0x10000;
    } else {
        return 0;
    }
    for (size_t i = 1; i < n; i++) {
        if ((s[i] & 0xC0) != 0x80)
            return 0;
        v = (v << 6) | (s[i] & 0x3Fu);
    }
    if (v < min || v > 0x10FFFF || (v >= 0xD800 && v <= 0xDFFF))
        return 0;
    *cp = v;
    return n;
}

/* What a non-ASCII character means: an operator, a space, a forbidden
 * full-width form (TOK_ERROR), or part of a name (TOK_NAME). */
enum { KIND_SPACE = -1 };

static int unicode_kind(uint32_t cp)
{
    switch (cp) {
    case 0x00A0: /* no-break space, from copying out of documents */
    case 0x3000: /* ideographic space */
        return KIND_SPACE;
    case 0x00D7: /* × */
    case 0xFF0A: /* ＊ */
        return TOK_STAR;
    case 0x00F7: /* ÷ */
    case 0xFF0F: /* ／ */
        return TOK_SLASH;
    case 0x2212: /* − */
    case 0xFF0D: /* － */
        return TOK_MINUS;
    case 0xFF0B: /* ＋ */
        return TOK_PLUS;
    case 0x2264: /* ≤ */
        return TOK_LE;
    case 0x2265: /* ≥ */
        return TOK_GE;
    case 0x2260: /* ≠ */
        return TOK_NE;
    case 0xFF1C: /* ＜ */
        return TOK_LT;
    case 0xFF1E: /* ＞ */
        return TOK_GT;
    case 0xFF1D: /* ＝ */
        return TOK_EQ;
    case 0xFF08: /* （ */
        return TOK_LPAREN;
    case 0xFF09: /* ） */
        return TOK_RPAREN;
    case 0xFF0C: /* ， */
        return TOK_COMMA;
    }
    if (cp >= 0xFF01 && cp <= 0xFF5E)
        return TOK_ERROR;
    return TOK_NAME;
}

static bool is_digit(int c)
{
    return c >= '0' && c <= '9';
}

static bool is_ascii_name_start(int c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_';
}

/* Whether the character at pos can continue a name; *n gets its length. */
static bool name_char_at(const zp_lexer *lx, size_t pos, size_t *n)
{
    const unsigned char *s = (const unsigned char *)lx->src + pos;
    if (s[0] < 0x80) {
        *n = 1;
        return is_ascii_name_start(s[0]) || is_digit(s[0]) || s[0] == '.';
    }
    uint32_t cp;
    *n = utf8_decode(s, &cp);
    return *n > 0 && unicode_kind(cp) == TOK_NAME;
}

/* Move over n bytes that make one character. */
static void step(zp_lexer *lx, size_t n)
{
    if (lx->src[lx->pos] == '\n') {
        lx->line++;
        lx->col = 1;
    } else {
        lx->col++;
    }
    lx->index++;
    lx->pos += n;
}

/* Move over ASCII characters that are not newlines. */
static void step_ascii(zp_lexer *lx, size_t n)
{
    lx->pos += n;
    lx->col += (int)n;
    lx->index += (int)n;
}

static void skip_space(zp_lexer *lx)
{
    for (;;) {
        const unsigned char *s = (const unsigned char *)lx->src + lx->pos;
        uint32_t cp;
        if (*s == ' ' || *s == '\t' || *s == '\r' || *s == '\n') {
            step(lx, 1);
        } else if (*s >= 0x80) {
            size_t n = utf8_decode(s, &cp);
            if (n == 0 || unicode_kind(cp) != KIND_SPACE)
                return;
            step(lx, n);
        } else {
            return;
        }
    }
}

static zp_token fail(zp_token t, zp_lex_error error)
{
    t.kind = TOK_ERROR;
    t.error = error;
    return t;
}

static void skip_name_chars(zp_lexer *lx)
{
    size_t n;
    while (name_char_at(lx, lx->pos, &n))
        step(lx, n);
}

/* After "1": is ",000" next, as in "1,000" or "12,345.6"? A comma between
 * two plain numbers may be a typed thousands separator; taking it as an
 * argument separator would silently give a different number. */
static size_t grouping_length(const char *s, size_t int_digits)
{
    if (int_digits > 3 || s[-(ptrdiff_t)int_digits] == '0')
        return 0;
    size_t i = 0;
    while (s[i] == ',' && is_digit(s[i + 1]) && is_digit(s[i + 2]) && is_digit(s[i + 3]) &&
           !is_digit(s[i + 4]))
        i += 4;
    if (i > 0 && s[i] == '.' && is_digit(s[i + 1]))
        for (i++; is_digit(s[i]); i++)
            ;
    return i;
}

static zp_token lex_number(zp_lexer *lx, zp_token t)
{
    const char *s = lx->src;
    size_t int_digits = 0;
    while (is_digit(s[lx->pos])) {
        step_ascii(lx, 1);
        int_digits++;
    }
    bool has_point = s[lx->pos] == '.' && is_digit(s[lx->pos + 1]);
    if (has_point) {
        step_ascii(lx, 1);
        while (is_digit(s[lx->pos]))
            step_ascii(lx, 1);
    }
    if (!has_point) {
        size_t group = grouping_length(s + lx->pos, int_digits);
        if (group > 0) {
            t.len = lx->pos + group - t.start;
            t.col += (int)int_digits; /* point at the comma */
            t.index += (int)int_digits;
            step_ascii(lx, group);
            return fail(t, LEX_GROUPING);
        }
    }
    size_t n;
    if (name_char_at(lx, lx->pos, &n)) {
        skip_name_chars(lx);
        t.len = lx->pos - t.start;
        return fail(t, LEX_BAD_NUMBER);
    }
    t.len = lx->pos - t.start;
    zp_dec d;
    switch (zp_dec_parse(s + t.start, t.len, &d)) {
    case ZP_DEC_OK:
        break;
    case ZP_DEC_TOO_PRECISE:
        return fail(t, LEX_TOO_PRECISE);
    case ZP_DEC_OVERFLOW:
        return fail(t, LEX_NUMBER_TOO_BIG);
    default:
        return fail(t, LEX_BAD_NUMBER);
    }
    if (!zp_rat_of_dec(d, &t.value))
        return fail(t, LEX_NUMBER_TOO_BIG);
    t.kind = TOK_NUMBER;
    return t;
}

/* One- and two-character ASCII operators. */
static zp_token lex_ascii_operator(zp_lexer *lx, zp_token t)
{
    char c = lx->src[lx->pos], c2 = lx->src[lx->pos + 1];
    size_t len = 1;
    switch (c) {
    case '(': t.kind = TOK_LPAREN; break;
    case ')': t.kind = TOK_RPAREN; break;
    case ',': t.kind = TOK_COMMA; break;
    case '+': t.kind = TOK_PLUS; break;
    case '-': t.kind = TOK_MINUS; break;
    case '*': t.kind = TOK_STAR; break;
    case '/': t.kind = TOK_SLASH; break;
    case '<':
        t.kind = c2 == '=' ? TOK_LE : c2 == '>' ? TOK_NE : TOK_LT;
        len = t.kind == TOK_LT ? 1 : 2;
        break;
    case '>':
        t.kind = c2 == '=' ? TOK_GE : TOK_GT;
        len = t.kind == TOK_GE ? 2 : 1;
        break;
    case '=':
        t.kind = TOK_EQ;
        len = c2 == '=' ? 2 : 1;
        break;
    case '!':
        if (c2 != '=') {
            t.len = 1;
            step_ascii(lx, 1);
            return fail(t, LEX_BAD_CHAR);
        }
        t.kind = TOK_NE;
        len = 2;
        break;
    default:
        t.len = 1;
        step_ascii(lx, 1);
        if (c == '.' && is_digit(c2)) {
            while (is_digit(lx->src[lx->pos]))
                step_ascii(lx, 1);
            t.len = lx->pos - t.start;
            return fail(t, LEX_LEADING_DOT);
        }
        return fail(t, LEX_BAD_CHAR);
    }
    t.len = len;
    step_ascii(lx, len);
    return t;
}

zp_token zp_lex_next(zp_lexer *lx)
{
    skip_space(lx);
    zp_token t = {0};
    t.start = lx->pos;
    t.line = lx->line;
    t.col = lx->col;
    t.index = lx->index;

    const unsigned char *s = (const unsigned char *)lx->src + lx->pos;
    if (*s == '\0') {
        t.kind = TOK_END;
        return t;
    }
    if (is_digit(*s))
        return lex_number(lx, t);
    if (is_ascii_name_start(*s) || *s >= 0x80) {
        uint32_t cp = 0;
        size_t n = *s < 0x80 ? 1 : utf8_decode(s, &cp);
        if (n == 0) {
            t.len = 1;
            step(lx, 1);
            return fail(t, LEX_BAD_UTF8);
        }
        int kind = *s < 0x80 ? TOK_NAME : unicode_kind(cp);
        if (kind == TOK_NAME) {
            skip_name_chars(lx);
            t.kind = TOK_NAME;
            t.len = lx->pos - t.start;
            return t;
        }
        t.len = n;
        step(lx, n);
        if (kind == TOK_ERROR)
            return fail(t, LEX_FULLWIDTH);
        t.kind = (zp_tok_kind)kind;
        return t;
    }
    return lex_ascii_operator(lx, t);
}

zp_token zp_lex_peek(const zp_lexer *lx)
{
    zp_lexer ahead = *lx;
    return zp_lex_next(&ahead);
}

bool zp_tok_is_comparison(zp_tok_kind k)
{
    return k >= TOK_LT && k <= TOK_NE;
}

void zp_expr_snippet(const char *s, size_t len, size_t max, char *buf, size_t size)
{
    static const char ellipsis[] = "…";
    size_t n = len;
    if (n > max) {
        n = max;
        while (n > 0 && ((unsigned char)s[n] & 0xC0) == 0x80)
            n--; /* do not cut a character in two */
    }
    if (n + sizeof ellipsis > size)
        n = 0; /* cannot happen with the buffers used here */
    memcpy(buf, s, n);
    if (n < len)
        memcpy(buf + n, ellipsis, sizeof ellipsis);
    else
        buf[n] = '\0';
}

const char *zp_tok_describe(const zp_lexer *lx, const zp_token *t, bool chinese, char *buf,
                            size_t size)
{
    if (t->kind == TOK_END)
        return chinese ? "公式结尾" : "end of formula";
    char text[64];
    zp_expr_snippet(lx->src + t->start, t->len, 40, text, sizeof text);
    snprintf(buf, size, chinese ? "“%s”" : "'%s'", text);
    return buf;
}

void zp_expr_report(zp_diags *d, const char *kind, const char *src, const char *file, int line,
                    int col, char *gloss, char *message)
{
    zp_mark at = {file, line, col};
    zp_diag *g = zp_diags_add(d, ZP_FATAL, kind, at, gloss, "%s", message);
    char text[256];
    size_t len = 0;
    while (len <= 200 && src[len])
        len++; /* src may be a refused, very long formula */
    zp_expr_snippet(src, len, 200, text, sizeof text);
    zp_diag_set_detail(g, "公式：%s", text);
    free(gloss);
    free(message);
}

/* Why an ASCII character is not part of the language, for the characters
 * people reach for from spreadsheets and programming languages. */
static const char *bad_char_hint(char c)
{
    switch (c) {
    case '!':
        return "；“不等于”请写 != 或 ≠";
    case '%':
        return "；比率本身已是百分数，请直接写数值，如 90 而不是 90%";
    case '&':
    case '|':
        return "；“并且”“或者”请用函数 AND(a, b)、OR(a, b)";
    case '^':
        return "；公式不支持乘方";
    case '[':
    case ']':
    case '{':
    case '}':
        return "；括号请用“(”和“)”";
    case ';':
        return "；函数的参数之间请用逗号“,”分隔";
    case '"':
    case '\'':
        return "；公式中不用引号，名称直接写";
    default:
        return "";
    }
}

void zp_lex_report(const zp_lexer *lx, const zp_token *t, zp_diags *d)
{
    const char *s = lx->src + t->start;
    char text[64];
    zp_expr_snippet(s, t->len, 40, text, sizeof text);
    char *gloss = NULL, *msg = NULL;
    switch (t->error) {
    case LEX_OK:
    case LEX_BAD_CHAR: {
        unsigned char c = (unsigned char)*s;
        char shown[16];
        if (c >= 0x21 && c < 0x7F)
            snprintf(shown, sizeof shown, "%c", c);
        else
            snprintf(shown, sizeof shown, "U+%04X", c);
        gloss = zp_xasprintf("formula syntax error: unexpected character '%s'", shown);
        msg = zp_xasprintf("公式语法错误：第 %d 个字符“%s”不能用在公式中%s", t->index, shown,
                           bad_char_hint((char)c));
        break;
    }
    case LEX_FULLWIDTH: {
        uint32_t cp = 0;
        utf8_decode((const unsigned char *)s, &cp);
        char half = (char)(cp - 0xFEE0);
        gloss = zp_xasprintf("formula syntax error: full-width character '%s'; write '%c'", text,
                             half);
        msg = zp_xasprintf("公式语法错误：第 %d 个字符“%s”是全角字符，公式中请改用半角的“%c”",
                           t->index, text, half);
        break;
    }
    case LEX_BAD_UTF8:
        gloss = zp_xasprintf("formula syntax error: byte 0x%02X is not UTF-8", (unsigned char)*s);
        msg = zp_xasprintf("公式语法错误：第 %d 个字符处的字节 0x%02X 不是有效的 UTF-8 编码，"
                           "请把文件存为 UTF-8",
                           t->index, (unsigned char)*s);
        break;
    case LEX_GROUPING: {
        char plain[64];
        size_t n = 0;
        for (size_t i = 0; i < t->len && n + 1 < sizeof plain; i++)
            if (s[i] != ',')
                plain[n++] = s[i];
        plain[n] = '\0';
        gloss = zp_xasprintf("formula syntax error: thousands separator in '%s'; write %s, or put "
                             "a space after the ',' if it separates arguments",
                             text, plain);
        msg = zp_xasprintf("公式语法错误：第 %d 个字符处的逗号使“%s”像是带千位分隔符的数字；"
                           "公式中的数字不能用千位分隔符，请写成 %s；"
                           "如果这个逗号是分隔参数的，请在逗号后加一个空格",
                           t->index, text, plain);
        break;
    }
    case LEX_BAD_NUMBER:
        gloss = zp_xasprintf("formula syntax error: '%s' is not a number", text);
        msg = zp_xasprintf("公式语法错误：第 %d 个字符处的“%s”不是有效的数字，"
                           "数字应写成 12 或 0.5 这样的形式",
                           t->index, text);
        break;
    case LEX_LEADING_DOT:
        gloss = zp_xasprintf("formula syntax error: '%s' starts with '.'; write 0%s", text, text);
        msg = zp_xasprintf("公式语法错误：第 %d 个字符处的数字“%s”以小数点开头，请写成 0%s",
                           t->index, text, text);
        break;
    case LEX_NUMBER_TOO_BIG:
        gloss = zp_xasprintf("formula syntax error: number '%s' is too large", text);
        msg = zp_xasprintf("公式语法错误：第 %d 个字符处的数字“%s”太大，超出 64 位整数的范围",
                           t->index, text);
        break;
    case LEX_TOO_PRECISE:
        gloss = zp_xasprintf("formula syntax error: '%s' has more than %d decimals", text,
                             ZP_DEC_MAX_SCALE);
        msg = zp_xasprintf("公式语法错误：第 %d 个字符处的数字“%s”小数位数太多，最多 %d 位",
                           t->index, text, ZP_DEC_MAX_SCALE);
        break;
    }
    zp_expr_report(d, "formula-syntax", lx->src, lx->file, t->line, t->col, gloss, msg);
}
