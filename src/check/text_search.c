/*
 * Searching UTF-8 byte strings for the genre's words (lexicon.h): labels
 * are short and searched many times each, so the searches are plain and
 * test a few bytes before they compare.
 */
#define _GNU_SOURCE /* memmem */
#include <string.h>

#include "check/lexicon.h"

const char *zp_ck_findn(const char *s, size_t len, const char *word, size_t m)
{
    if (m == 0 || m > len)
        return NULL;
    if (len > 256)
        return memmem(s, len, word, m);
    /* Labels are short: a plain scan beats memmem's setup. Words are
     * mostly Chinese, whose first byte (E4..E9) starts every third byte of
     * the text: the last byte, a continuation byte, is tested too before
     * the rest is compared. */
    if (m == 1)
        return memchr(s, word[0], len);
    const char *end = s + len - m;
    const char first = word[0], second = word[1], last = word[m - 1];
    for (const char *p = s; p <= end; p++) {
        if (p[0] != first || p[1] != second || p[m - 1] != last)
            continue;
        /* the rest, in place: a call to memcmp costs more than these few bytes */
        size_t k = 2;
        while (k + 1 < m && p[k] == word[k])
            k++;
        if (k + 1 >= m)
            return p;
    }
    return NULL;
}

const char *zp_ck_find_last(const char *s, size_t len, const char *word)
{
    size_t m = strlen(word);
    if (m == 0 || m > len)
        return NULL;
    for (size_t i = len - m + 1; i-- > 0;)
        if (s[i] == word[0] && !memcmp(s + i, word, m))
            return s + i;
    return NULL;
}

void zp_ck_key_of(const char *s, size_t len, char *out, size_t size)
{
    static const char *const drop[] = {" ", "\t", "“", "”", "\"", "'", "‘", "’", "的", "「", "」"};
    size_t o = 0, i = 0;
    while (i < len) {
        bool skip = false;
        /* Only these bytes start a word to drop: the rest are copied. */
        unsigned char c0 = (unsigned char)s[i];
        bool may_drop = c0 == ' ' || c0 == '\t' || c0 == '"' || c0 == '\'' || c0 == 0xE2 ||
                        c0 == 0xE7 || c0 == 0xE3;
        for (size_t k = 0; may_drop && k < sizeof drop / sizeof drop[0]; k++) {
            if (zp_ck_at(s, len, i, drop[k])) {
                i += strlen(drop[k]);
                skip = true;
                break;
            }
        }
        if (skip)
            continue;
        size_t n = zp_ck_char_len((unsigned char)s[i]);
        if (i + n > len)
            n = len - i;
        if (o + n + 1 > size)
            break;
        memcpy(out + o, s + i, n);
        o += n;
        i += n;
    }
    out[o] = '\0';
}

bool zp_ck_mark_ends_at(const char *s, size_t i, bool clause)
{
    if (i == 0)
        return false;
    char ch = s[i - 1];
    if (ch == ';' || ch == '!' || ch == '?' || (clause && (ch == ':' || ch == ',')))
        return true;
    return i >= 3 && (!memcmp(s + i - 3, "。", 3) || (clause && !memcmp(s + i - 3, "，", 3)));
}

size_t zp_ck_sentence_start(const char *s, size_t i)
{
    while (i > 0 && !zp_ck_mark_ends_at(s, i, false))
        i--;
    return i;
}

size_t zp_ck_clause_start(const char *s, size_t from, size_t to, bool list_comma)
{
    size_t a = to;
    while (a > from && !zp_ck_mark_ends_at(s, a, true) &&
           !(list_comma && zp_ck_ends(s + from, a - from, "、")))
        a--;
    return a;
}

bool zp_ck_said_before(const char *s, size_t at, size_t reach, const char *const *words, size_t n)
{
    size_t from = at > reach ? at - reach : 0;
    for (size_t k = 0; k < n; k++)
        if (zp_ck_has(s + from, at - from, words[k]))
            return true;
    return false;
}
