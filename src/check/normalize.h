/*
 * Normalising one line of a report so that the scanner sees one spelling of
 * each thing: full-width digits, letters and punctuation folded to ASCII
 * (utf8proc's compatibility mapping, applied only to the width variants, so
 * that ① or ² keep their meaning), every kind of space made ' ', invisible
 * characters dropped, invalid UTF-8 replaced by U+FFFD.
 *
 * The Chinese comma '，' is kept as it is: "12，345" is a list, never the
 * number 12345, while the ASCII "12,345" is one number.
 *
 * Each code point maps to at most one code point, so a column counted in
 * characters is the same before and after.
 */
#ifndef ZP_CHECK_NORMALIZE_H
#define ZP_CHECK_NORMALIZE_H

#include <stdbool.h>
#include <stddef.h>

#include "base/mem.h"

/* Append the normalised form of in[0..len) to out. */
void zp_ck_normalize_line(const char *in, size_t len, zp_buf *out);
/* True when s[0..len) is valid UTF-8 (no overlongs, no surrogates). */
bool zp_ck_utf8_valid(const char *s, size_t len);
/* Decode one code point at s (valid UTF-8 assumed, len > 0); returns its
 * length in bytes and stores it in *cp. Invalid bytes give U+FFFD, length 1. */
size_t zp_ck_utf8_decode(const char *s, size_t len, int *cp);
/* Encode cp into buf (4 bytes at least); returns the length. */
size_t zp_ck_utf8_encode(int cp, char *buf);
/* Columns: number of code points in s[0..len). */
size_t zp_ck_utf8_count(const char *s, size_t len);
/* Display width of s[0..len): 2 for wide (CJK) characters, 1 otherwise. */
size_t zp_ck_utf8_width(const char *s, size_t len);

#endif
