#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "base/mem.h"

static void die_oom(size_t n)
{
    fprintf(stderr, "ziping: 内存不足，无法分配 %zu 字节 (out of memory)\n", n);
    abort();
}

void *zp_xmalloc(size_t n)
{
    void *p = malloc(n ? n : 1);
    if (!p)
        die_oom(n);
    return p;
}

void *zp_xcalloc(size_t count, size_t size)
{
    void *p = calloc(count ? count : 1, size ? size : 1);
    if (!p)
        die_oom(count * size);
    return p;
}

void *zp_xrealloc(void *p, size_t n)
{
    void *q = realloc(p, n ? n : 1);
    if (!q)
        die_oom(n);
    return q;
}

char *zp_xstrdup(const char *s)
{
    size_t n = strlen(s) + 1;
    char *p = zp_xmalloc(n);
    memcpy(p, s, n);
    return p;
}

char *zp_xvasprintf(const char *fmt, va_list ap)
{
    /* Most texts fit a small buffer: formatted once, not measured first. */
    char small[512];
    va_list copy;
    va_copy(copy, ap);
    int n = vsnprintf(small, sizeof small, fmt, copy);
    va_end(copy);
    if (n < 0)
        n = 0;
    char *p = zp_xmalloc((size_t)n + 1);
    if ((size_t)n < sizeof small)
        memcpy(p, small, (size_t)n + 1);
    else
        vsnprintf(p, (size_t)n + 1, fmt, ap);
    return p;
}

char *zp_xasprintf(const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    char *p = zp_xvasprintf(fmt, ap);
    va_end(ap);
    return p;
}

/* ---- arena ---------------------------------------------------------- */

typedef struct chunk {
    struct chunk *next;
    size_t used, size;
    max_align_t data[]; /* flexible, aligned for any type */
} chunk;

struct zp_arena {
    chunk *head;
};

enum { CHUNK_BYTES = 16 * 1024 };

zp_arena *zp_arena_new(void)
{
    return zp_xcalloc(1, sizeof(zp_arena));
}

void zp_arena_free(zp_arena *a)
{
    if (!a)
        return;
    chunk *c = a->head;
    while (c) {
        chunk *next = c->next;
        free(c);
        c = next;
    }
    free(a);
}

void *zp_arena_alloc(zp_arena *a, size_t n)
{
    const size_t align = sizeof(max_align_t);
    n = (n + align - 1) / align * align;
    if (n == 0)
        n = align;
    chunk *c = a->head;
    if (!c || c->size - c->used < n) {
        size_t size = n > CHUNK_BYTES ? n : CHUNK_BYTES;
        c = zp_xmalloc(sizeof(chunk) + size);
        c->used = 0;
        c->size = size;
        c->next = a->head;
        a->head = c;
    }
    void *p = (char *)c->data + c->used;
    c->used += n;
    memset(p, 0, n);
    return p;
}

char *zp_arena_strndup(zp_arena *a, const char *s, size_t n)
{
    char *p = zp_arena_alloc(a, n + 1);
    memcpy(p, s, n);
    p[n] = '\0';
    return p;
}

char *zp_arena_strdup(zp_arena *a, const char *s)
{
    return zp_arena_strndup(a, s, strlen(s));
}

/* fmt with its arguments into out[0..size) when fmt holds only %s, %d,
 * %zu and %%, the formats that make keys and labels ("%s.%s", "%s[%zu]"):
 * the length, or -1 when fmt holds anything else or out is too small, and
 * vsnprintf does it. A key is made for every figure of every report, and
 * vsnprintf's machinery costs ten times this loop. */
static int format_simple(char *out, size_t size, const char *fmt, va_list ap)
{
    size_t n = 0;
    for (const char *f = fmt; *f; f++) {
        const char *piece = f;
        size_t len = 1;
        char digits[24];
        if (*f == '%') {
            if (f[1] == '%') {
                f++;
            } else if (f[1] == 's') {
                f++;
                piece = va_arg(ap, const char *);
                len = strlen(piece);
            } else if (f[1] == 'd' || (f[1] == 'z' && f[2] == 'u')) {
                unsigned long long u;
                bool neg = false;
                if (f[1] == 'd') {
                    int v = va_arg(ap, int);
                    neg = v < 0;
                    u = neg ? 0ULL - (unsigned long long)v : (unsigned long long)v;
                    f++;
                } else {
                    u = va_arg(ap, size_t);
                    f += 2;
                }
                char *d = digits + sizeof digits;
                do {
                    *--d = (char)('0' + u % 10);
                    u /= 10;
                } while (u);
                if (neg)
                    *--d = '-';
                piece = d;
                len = (size_t)(digits + sizeof digits - d);
            } else {
                return -1;
            }
        }
        if (n + len >= size)
            return -1;
        memcpy(out + n, piece, len);
        n += len;
    }
    out[n] = '\0';
    return (int)n;
}

char *zp_arena_printf(zp_arena *a, const char *fmt, ...)
{
    /* Most results are short keys ("expenditure.basic.final"): format on
     * the stack and copy once, with no malloc. */
    char small[256];
    va_list ap;
    va_start(ap, fmt);
    int n = format_simple(small, sizeof small, fmt, ap);
    va_end(ap);
    if (n >= 0)
        return zp_arena_strndup(a, small, (size_t)n);
    va_start(ap, fmt);
    n = vsnprintf(small, sizeof small, fmt, ap);
    va_end(ap);
    if (n < 0)
        n = 0;
    if ((size_t)n < sizeof small)
        return zp_arena_strndup(a, small, (size_t)n);
    char *p = zp_arena_alloc(a, (size_t)n + 1);
    va_start(ap, fmt);
    vsnprintf(p, (size_t)n + 1, fmt, ap);
    va_end(ap);
    return p;
}

void zp_str_join(char *out, size_t size, const char *a, const char *b)
{
    if (size == 0)
        return;
    size_t n = 0;
    const char *parts[2] = {a, b};
    for (int i = 0; i < 2 && parts[i]; i++) {
        size_t len = strlen(parts[i]);
        if (len > size - 1 - n)
            len = size - 1 - n;
        memcpy(out + n, parts[i], len);
        n += len;
    }
    out[n] = '\0';
}

/* ---- buffer ----------------------------------------------------------- */

void zp_buf_init(zp_buf *b)
{
    memset(b, 0, sizeof *b);
}

void zp_buf_free(zp_buf *b)
{
    free(b->data);
    zp_buf_init(b);
}

static void grow(zp_buf *b, size_t extra)
{
    if (b->len + extra + 1 <= b->cap)
        return;
    size_t cap = b->cap ? b->cap : 256;
    while (cap < b->len + extra + 1)
        cap *= 2;
    b->data = zp_xrealloc(b->data, cap);
    b->cap = cap;
}

void zp_buf_add(zp_buf *b, const char *s, size_t n)
{
    grow(b, n);
    memcpy(b->data + b->len, s, n);
    b->len += n;
    b->data[b->len] = '\0';
}

void zp_buf_puts(zp_buf *b, const char *s)
{
    zp_buf_add(b, s, strlen(s));
}

void zp_buf_putc(zp_buf *b, char c)
{
    zp_buf_add(b, &c, 1);
}

void zp_buf_printf(zp_buf *b, const char *fmt, ...)
{
    char small[512];
    va_list ap, copy;
    va_start(ap, fmt);
    va_copy(copy, ap);
    int n = vsnprintf(small, sizeof small, fmt, copy);
    va_end(copy);
    if (n >= 0 && (size_t)n < sizeof small) {
        zp_buf_add(b, small, (size_t)n);
    } else {
        char *s = zp_xvasprintf(fmt, ap);
        zp_buf_puts(b, s);
        free(s);
    }
    va_end(ap);
}

void zp_buf_repeat(zp_buf *b, const char *s, size_t n)
{
    for (size_t i = 0; i < n; i++)
        zp_buf_puts(b, s);
}

char *zp_buf_take(zp_buf *b)
{
    char *p = b->data;
    if (!p)
        p = zp_xstrdup("");
    zp_buf_init(b);
    return p;
}

bool zp_str_starts(const char *s, const char *prefix)
{
    return strncmp(s, prefix, strlen(prefix)) == 0;
}

bool zp_str_ends(const char *s, const char *suffix)
{
    size_t n = strlen(s), m = strlen(suffix);
    return m <= n && !memcmp(s + n - m, suffix, m);
}
