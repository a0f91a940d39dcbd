/*
 * Line normalisation. Reports are large and mostly CJK, so the common cases
 * (ASCII, CJK ideographs, CJK punctuation) are handled inline; utf8proc is
 * asked only about the width variants and about rarer spaces.
 */
#include <string.h>
#include <utf8proc.h>

#include "check/normalize.h"

size_t zp_ck_utf8_decode(const char *str, size_t len, int *cp)
{
    const unsigned char *s = (const unsigned char *)str;
    unsigned c = s[0];
    if (c < 0x80) {
        *cp = (int)c;
        return 1;
    }
    size_t n;
    unsigned v, min;
    if (c >= 0xC2 && c <= 0xDF) {
        n = 2, v = c & 0x1F, min = 0x80;
    } else if (c >= 0xE0 && c <= 0xEF) {
        n = 3, v = c & 0x0F, min = 0x800;
    } else if (c >= 0xF0 && c <= 0xF4) {
        n = 4, v = c & 0x07, min = 0x10000;
    } else {
        *cp = 0xFFFD;
        return 1;
    }
    if (n > len) {
        *cp = 0xFFFD;
        return 1;
    }
    for (size_t i = 1; i < n; i++) {
        if ((s[i] & 0xC0) != 0x80) {
            *cp = 0xFFFD;
            return 1;
        }
        v = (v << 6) | (s[i] & 0x3F);
    }
    if (v < min || v > 0x10FFFF || (v >= 0xD800 && v <= 0xDFFF)) {
        *cp = 0xFFFD;
        return 1;
    }
    *cp = (int)v;
    return n;
}

size_t zp_ck_utf8_encode(int cp, char *buf)
{
    unsigned char *b = (unsigned char *)buf;
    unsigned v = (unsigned)cp;
    if (v < 0x80) {
        b[0] = (unsigned char)v;
        return 1;
    }
    if (v < 0x800) {
        b[0] = (unsigned char)(0xC0 | (v >> 6));
        b[1] = (unsigned char)(0x80 | (v & 0x3F));
        return 2;
    }
    if (v < 0x10000) {
        b[0] = (unsigned char)(0xE0 | (v >> 12));
        b[1] = (unsigned char)(0x80 | ((v >> 6) & 0x3F));
        b[2] = (unsigned char)(0x80 | (v & 0x3F));
        return 3;
    }
    b[0] = (unsigned char)(0xF0 | (v >> 18));
    b[1] = (unsigned char)(0x80 | ((v >> 12) & 0x3F));
    b[2] = (unsigned char)(0x80 | ((v >> 6) & 0x3F));
    b[3] = (unsigned char)(0x80 | (v & 0x3F));
    return 4;
}

/* Whether s[i..] starts with a CJK ideograph of the basic block, U+4E00
 * to U+9FFF (E4 B8 80 .. E9 BF BF): most of a report's characters, valid
 * and unchanged by normalisation, so both skip them without decoding. */
static inline bool cjk_at(const unsigned char *s, size_t len, size_t i)
{
    unsigned char c = s[i];
    return c >= 0xE4 && c <= 0xE9 && i + 2 < len && (s[i + 1] & 0xC0) == 0x80 &&
           (s[i + 2] & 0xC0) == 0x80 && (c != 0xE4 || s[i + 1] >= 0xB8);
}

bool zp_ck_utf8_valid(const char *s, size_t len)
{
    const unsigned char *u = (const unsigned char *)s;
    size_t i = 0;
    while (i < len) {
        if (u[i] < 0x80) {
            i++;
            continue;
        }
        if (cjk_at(u, len, i)) {
            i += 3;
            continue;
        }
        int cp;
        size_t n = zp_ck_utf8_decode(s + i, len - i, &cp);
        if (cp == 0xFFFD && n == 1)
            return false;
        i += n;
    }
    return true;
}

size_t zp_ck_utf8_count(const char *s, size_t len)
{
    size_t n = 0;
    for (size_t i = 0; i < len; i++)
        n += ((unsigned char)s[i] & 0xC0) != 0x80;
    return n;
}

size_t zp_ck_utf8_width(const char *s, size_t len)
{
    size_t w = 0;
    for (size_t i = 0; i < len; i++) {
        unsigned char c = (unsigned char)s[i];
        if (c < 0x80)
            w += 1;
        else if ((c & 0xC0) != 0x80)
            w += c >= 0xE0 ? 2 : 1; /* 3- and 4-byte sequences are wide */
    }
    return w;
}

/* What one code point becomes: -1 to drop it, else the code point. */
static int fold(int cp)
{
    if (cp == 0xFF0C) /* ，stays: a Chinese comma never groups thousands */
        return cp;
    if ((cp >= 0xFF01 && cp <= 0xFF5E) || (cp >= 0xFF61 && cp <= 0xFFEE) ||
        (cp >= 0xFE52 && cp <= 0xFE6B)) {
        /* Width and small-form variants: utf8proc's compatibility
         * decomposition gives the ordinary character when it is one. */
        utf8proc_int32_t out[4];
        utf8proc_int32_t last = 0;
        utf8proc_ssize_t n = utf8proc_decompose_char(cp, out, 4, UTF8PROC_DECOMPOSE | UTF8PROC_COMPAT, &last);
        return n == 1 ? (int)out[0] : cp;
    }
    if (cp == 0xFE50)
        return 0xFF0C;
    if (cp == 0xFE51)
        return 0x3001;
    if (cp == 0x2212)
        return '-';
    if (cp == 0xFEFF || (cp >= 0x200B && cp <= 0x200F) || cp == 0x2060 || cp == 0xAD)
        return -1;
    if (cp < 0x20)
        return cp == '\t' ? '\t' : -1;
    if (cp == 0x7F || (cp >= 0x80 && cp < 0xA0))
        return -1;
    if (cp == 0x3000 || cp == 0xA0)
        return ' ';
    if (cp >= 0x2000 && cp <= 0x200A)
        return ' ';
    if (cp == 0x202F || cp == 0x205F || cp == 0x1680)
        return ' ';
    return cp;
}

/* Is the space at u[i] letter-spacing, as PDFs of justified text give it
 * ("同 比 增 加", "经 费 总预 算 安 排")? A single space between two
 * ideographs, one of which stands alone between spaces. Spaces between
 * words ("产出指标 数量指标": table cells) are kept. */
static bool spacing_space(const unsigned char *u, size_t len, size_t i)
{
    if (u[i] != ' ' || i < 3 || i + 3 >= len || !cjk_at(u, len, i - 3) || !cjk_at(u, len, i + 1))
        return false;
    bool lone_before = i == 3 || u[i - 4] == ' ';
    bool lone_after = i + 4 == len || u[i + 4] == ' ';
    return lone_before || lone_after;
}

void zp_ck_normalize_line(const char *in, size_t len, zp_buf *out)
{
    size_t i = 0;
    while (i < len) {
        /* Copy runs of plain ASCII and CJK ideographs at once. */
        const unsigned char *u = (const unsigned char *)in;
        size_t j = i;
        while (j < len) {
            unsigned char c = u[j];
            if (c == ' ' && spacing_space(u, len, j))
                break;
            if (c >= 0x20 && c < 0x7F)
                j++;
            else if (cjk_at(u, len, j))
                j += 3;
            else
                break;
        }
        if (j > i) {
            zp_buf_add(out, in + i, j - i);
            i = j;
            continue;
        }
        if (spacing_space(u, len, i)) {
            i++;
            continue;
        }
        int cp;
        size_t n = zp_ck_utf8_decode(in + i, len - i, &cp);
        /* CJK ideographs and most punctuation pass unchanged: copy bytes. */
        if ((cp >= 0x4E00 && cp <= 0x9FFF) || (cp >= 0x3001 && cp <= 0x303F) ||
            (cp >= 0x2010 && cp <= 0x201F && cp != 0x2012)) {
            zp_buf_add(out, in + i, n);
            i += n;
            continue;
        }
        int f = fold(cp);
        if (f >= 0) {
            char enc[4];
            zp_buf_add(out, enc, zp_ck_utf8_encode(f, enc));
        }
        i += n;
    }
    if (!out->data)
        zp_buf_add(out, "", 0);
}
