/*
 * Shared by the cmocka tests: run the ziping command and capture what it
 * prints, read files. Tests run with the repository root as working dir.
 */
#ifndef ZP_TESTUTIL_H
#define ZP_TESTUTIL_H

#include <stdarg.h>
#include <stdbool.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>
#include <cmocka.h>

typedef struct cli_result {
    int status; /* exit code */
    char *out;  /* stdout */
    char *err;  /* stderr */
} cli_result;

static inline char *read_all(const char *path)
{
    FILE *f = fopen(path, "rb");
    if (!f)
        return NULL;
    size_t cap = 4096, len = 0;
    char *buf = malloc(cap);
    size_t n;
    while (buf && (n = fread(buf + len, 1, cap - len - 1, f)) > 0) {
        len += n;
        if (cap - len < 2) {
            cap *= 2;
            buf = realloc(buf, cap);
        }
    }
    fclose(f);
    if (buf)
        buf[len] = '\0';
    return buf;
}

/* Run `ziping ARGS` (ARGS is shell words, already quoted where needed). */
static inline cli_result run_cli(const char *fmt, ...)
{
    char args[2048], cmd[4096];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(args, sizeof args, fmt, ap);
    va_end(ap);
    char out_path[] = "/tmp/zp_test_out_XXXXXX", err_path[] = "/tmp/zp_test_err_XXXXXX";
    int fo = mkstemp(out_path), fe = mkstemp(err_path);
    close(fo);
    close(fe);
    snprintf(cmd, sizeof cmd, "'%s' %s >%s 2>%s", ZP_CLI, args, out_path, err_path);
    int raw = system(cmd);
    cli_result r = {WIFEXITED(raw) ? WEXITSTATUS(raw) : -1, read_all(out_path), read_all(err_path)};
    unlink(out_path);
    unlink(err_path);
    return r;
}

static inline void cli_free(cli_result *r)
{
    free(r->out);
    free(r->err);
}

/* Count occurrences of needle in hay. */
static inline int count_of(const char *hay, const char *needle)
{
    int n = 0;
    for (const char *p = hay; (p = strstr(p, needle)) != NULL; p += strlen(needle))
        n++;
    return n;
}

/* A fresh folder /tmp/<prefix>_XXXXXX for a test's files (its name into
 * dir), and its removal with all in it: 0 when done. */
static inline int tmpdir_make(char *dir, size_t size, const char *prefix)
{
    snprintf(dir, size, "/tmp/%s_XXXXXX", prefix);
    return mkdtemp(dir) ? 0 : -1;
}

static inline int tmpdir_remove(const char *dir)
{
    char cmd[512];
    snprintf(cmd, sizeof cmd, "rm -rf '%s'", dir);
    return system(cmd) == 0 ? 0 : -1;
}

/* Write data to dir/name; its path into path. */
static inline void write_in(const char *dir, const char *name, const void *data, size_t len,
                            char *path, size_t size)
{
    snprintf(path, size, "%s/%s", dir, name);
    FILE *f = fopen(path, "wb");
    assert_non_null(f);
    assert_int_equal(fwrite(data, 1, len, f), len);
    fclose(f);
}

#define assert_contains(hay, needle)                                                          \
    do {                                                                                      \
        const char *h_ = (hay), *n_ = (needle);                                               \
        if (!h_ || !strstr(h_, n_))                                                           \
            fail_msg("expected to find \"%s\" in:\n%s", n_, h_ ? h_ : "(null)");              \
    } while (0)

#define assert_not_contains(hay, needle)                                                      \
    do {                                                                                      \
        const char *h_ = (hay), *n_ = (needle);                                               \
        if (h_ && strstr(h_, n_))                                                             \
            fail_msg("did not expect \"%s\" in:\n%s", n_, h_);                                \
    } while (0)

#endif
