/*
 * Memory: allocation that dies loudly instead of returning NULL (as git's
 * xmalloc does), an arena that owns everything one loaded file holds, and a
 * growable string buffer for renderers.
 */
#ifndef ZP_BASE_MEM_H
#define ZP_BASE_MEM_H

#include <stdarg.h>
#include <stddef.h>
#include <stdlib.h>

#include "ziping/diag.h"

void *zp_xmalloc(size_t n);
void *zp_xcalloc(size_t count, size_t size);
void *zp_xrealloc(void *p, size_t n);
char *zp_xstrdup(const char *s);
char *zp_xvasprintf(const char *fmt, va_list ap);
char *zp_xasprintf(const char *fmt, ...) ZP_PRINTF(1, 2);

typedef struct zp_arena zp_arena;
zp_arena *zp_arena_new(void);
void zp_arena_free(zp_arena *a);
void *zp_arena_alloc(zp_arena *a, size_t n); /* zeroed, aligned for any type */
char *zp_arena_strndup(zp_arena *a, const char *s, size_t n);
char *zp_arena_strdup(zp_arena *a, const char *s);
char *zp_arena_printf(zp_arena *a, const char *fmt, ...) ZP_PRINTF(2, 3);

/* a then b (NULL for none) into out[0..size), cut short to fit and
 * NUL-terminated, as snprintf(out, size, "%s%s", a, b) does, without
 * printf: the checker names every quantity it reads this way. */
void zp_str_join(char *out, size_t size, const char *a, const char *b);
#define zp_str_copy(out, size, s) zp_str_join((out), (size), (s), NULL)
/* Does s start with prefix, end with suffix? */
bool zp_str_starts(const char *s, const char *prefix);
bool zp_str_ends(const char *s, const char *suffix);
#define ZP_ARENA_NEW(a, type, count) ((type *)zp_arena_alloc((a), sizeof(type) * (count)))

typedef struct zp_buf {
    char *data; /* always NUL-terminated once anything is added */
    size_t len, cap;
} zp_buf;

void zp_buf_init(zp_buf *b);
void zp_buf_free(zp_buf *b);
void zp_buf_add(zp_buf *b, const char *s, size_t n);
void zp_buf_puts(zp_buf *b, const char *s);
void zp_buf_putc(zp_buf *b, char c);
void zp_buf_printf(zp_buf *b, const char *fmt, ...) ZP_PRINTF(2, 3);
/* Append s repeated n times. */
void zp_buf_repeat(zp_buf *b, const char *s, size_t n);
/* Take the data out; the buffer is left empty. */
char *zp_buf_take(zp_buf *b);

#endif
