/*
 * Text in the SVG charts: text cleaned of what XML cannot hold, its width
 * estimated from display widths, and labels wrapped to a width, with
 * breaks where Chinese typesetting allows them and "…" when cut.
 */
#include <string.h>

#include <utf8proc.h>

#include "render/svg_int.h"

static bool bad_char(utf8proc_int32_t c)
{
    return (c < 0x20 && c != '\t' && c != '\n') || (c >= 0x7f && c <= 0x9f) || c == 0xfffe ||
           c == 0xffff;
}

char *zp_svg_clean_text(const char *s)
{
    if (!s)
        return NULL;
    const utf8proc_uint8_t *p = (const utf8proc_uint8_t *)s;
    size_t len = strlen(s), i = 0;
    for (;;) {
        while (i < len && p[i] >= 0x20 && p[i] < 0x7f)
            i++;
        if (i == len)
            return NULL;
        utf8proc_int32_t c;
        utf8proc_ssize_t n = utf8proc_iterate(p + i, (utf8proc_ssize_t)(len - i), &c);
        if (n < 0 || bad_char(c))
            break;
        i += (size_t)n;
    }
    zp_buf b;
    zp_buf_init(&b);
    zp_buf_add(&b, s, i);
    while (i < len) {
        utf8proc_int32_t c;
        utf8proc_ssize_t n = utf8proc_iterate(p + i, (utf8proc_ssize_t)(len - i), &c);
        if (n < 0) {
            /* One U+FFFD for a bad byte and the continuation bytes after it
             * (a sequence cut short is one character gone, not several). */
            zp_buf_puts(&b, "\xef\xbf\xbd");
            i++;
            for (int k = 0; k < 3 && i < len && (p[i] & 0xc0) == 0x80; k++)
                i++;
            continue;
        }
        if (!bad_char(c))
            zp_buf_add(&b, s + i, (size_t)n);
        i += (size_t)n;
    }
    zp_buf_puts(&b, "");
    return zp_buf_take(&b);
}

/* A label: clean, on one line (newlines and tabs become spaces). */
char *zp_svg_label_text(const char *s)
{
    char *c = zp_svg_clean_text(s ? s : "");
    if (!c)
        c = zp_xstrdup(s ? s : "");
    for (char *q = c; *q; q++) {
        if (*q == '\n' || *q == '\t')
            *q = ' ';
    }
    return c;
}

/* Next code point of s[i..len) (s is clean), its length in *n. */
static utf8proc_int32_t next_char(const char *s, size_t i, size_t len, size_t *n)
{
    utf8proc_int32_t c;
    utf8proc_ssize_t k =
        utf8proc_iterate((const utf8proc_uint8_t *)s + i, (utf8proc_ssize_t)(len - i), &c);
    if (k <= 0) {
        *n = 1;
        return 0xfffd;
    }
    *n = (size_t)k;
    return c;
}

static int64_t char_width(utf8proc_int32_t c, int64_t fs)
{
    int w = utf8proc_charwidth(c);
    if (w >= 2)
        return fs;
    return w == 1 ? fs * 58 / 100 : 0;
}

int64_t zp_svg_text_width(const char *s, int64_t fs)
{
    int64_t w = 0;
    size_t len = strlen(s), n;
    for (size_t i = 0; i < len; i += n)
        w += char_width(next_char(s, i, len, &n), fs);
    return w;
}

/* Characters that stay together ("1,106.25", "-3.5%", "ABC"). */
static bool word_char(utf8proc_int32_t c)
{
    return (c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') ||
           c == '.' || c == ',' || c == '%' || c == '-' || c == '_';
}

static bool in_list(utf8proc_int32_t c, const utf8proc_int32_t *list)
{
    for (; *list; list++) {
        if (*list == c)
            return true;
    }
    return false;
}

/* No line starts with closing punctuation, none ends with opening. */
static const utf8proc_int32_t closing[] = {
    0xff0c, 0x3002, 0x3001, 0xff1b, 0xff1a, 0xff1f, 0xff01, 0xff09, 0x300b, 0x300d, 0x300f,
    0x3011, 0x3015, 0x201d, 0x2019, 0xff05, ')', ']', '}', ';', ':', '!', '?', 0x2026, 0};
static const utf8proc_int32_t opening[] = {0xff08, 0x300a, 0x300c, 0x300e, 0x3010, 0x3014,
                                           0x201c, 0x2018, '(', '[', '{', 0};

static bool break_ok(utf8proc_int32_t prev, utf8proc_int32_t c)
{
    if (word_char(prev) && word_char(c))
        return false;
    return !in_list(c, closing) && !in_list(prev, opening);
}
static void push_line(zp_svg_wrapped *wr, const char *s, size_t from, size_t to, int64_t w,
                      int64_t fs)
{
    while (to > from && s[to - 1] == ' ') {
        to--;
        w -= char_width(' ', fs);
    }
    if (wr->n < ZP_SVG_MAX_SCAN) {
        wr->off[wr->n] = from;
        wr->len[wr->n] = to - from;
        wr->w[wr->n] = w;
        wr->n++;
    }
}

void zp_svg_wrap(zp_svg_wrapped *wr, const char *s, int64_t fs, int64_t maxw, int max_lines)
{
    memset(wr, 0, sizeof *wr);
    size_t len = strlen(s), start = 0, brk = 0, n;
    int64_t w = 0, w_brk = 0;
    bool have_brk = false;
    utf8proc_int32_t prev = 0;
    for (size_t i = 0; i < len && wr->n <= max_lines; i += n) {
        utf8proc_int32_t c = next_char(s, i, len, &n);
        int64_t cw = char_width(c, fs);
        if (i > start && break_ok(prev, c)) {
            brk = i;
            w_brk = w;
            have_brk = true;
        }
        if (w + cw > maxw && i > start) {
            size_t cut = have_brk ? brk : i;
            int64_t wcut = have_brk ? w_brk : w;
            push_line(wr, s, start, cut, wcut, fs);
            w -= wcut;
            start = cut;
            have_brk = false;
            while (start < i && s[start] == ' ') {
                start++;
                w -= char_width(' ', fs);
            }
            if (c == ' ' && start == i) {
                start = i + n;
                prev = c;
                continue;
            }
        }
        w += cw;
        prev = c;
    }
    if (wr->n <= max_lines && start < len)
        push_line(wr, s, start, len, w, fs);
    if (wr->n > max_lines) {
        wr->n = max_lines;
        wr->cut = true;
    }
    for (int k = 0; k < wr->n; k++) {
        if (wr->w[k] > wr->width)
            wr->width = wr->w[k];
    }
    if (wr->cut)
        wr->width += fs; /* room for the "…" */
}

/* Line k of a wrapped label, malloc'd. */
char *zp_svg_line_of(const zp_svg_wrapped *wr, const char *s, int k)
{
    zp_buf b;
    zp_buf_init(&b);
    size_t len = wr->len[k];
    if (wr->cut && k == wr->n - 1) {
        /* Drop the last character to make room for the ellipsis. */
        const char *p = s + wr->off[k];
        size_t last = 0, n;
        for (size_t i = 0; i < len; i += n) {
            next_char(p, i, len, &n);
            last = i;
        }
        if (len > 1)
            len = last;
        zp_buf_add(&b, p, len);
        zp_buf_puts(&b, "…");
    } else {
        zp_buf_add(&b, s + wr->off[k], len);
    }
    zp_buf_puts(&b, "");
    return zp_buf_take(&b);
}
