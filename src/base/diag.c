#include <stdarg.h>
#include <stdlib.h>
#include <string.h>

#include "base/mem.h"
#include "ziping/diag.h"

void zp_diags_init(zp_diags *d)
{
    memset(d, 0, sizeof *d);
}

void zp_diags_free(zp_diags *d)
{
    for (size_t i = 0; i < d->count; i++) {
        zp_diag *g = &d->items[i];
        free(g->kind);
        free(g->file);
        free(g->message);
        free(g->gloss);
        free(g->detail);
    }
    free(d->items);
    zp_diags_init(d);
}

zp_diag *zp_diags_add(zp_diags *d, zp_severity sev, const char *kind, zp_mark at,
                      const char *gloss, const char *fmt, ...)
{
    if (d->count == d->cap) {
        d->cap = d->cap ? d->cap * 2 : 16;
        d->items = zp_xrealloc(d->items, d->cap * sizeof *d->items);
    }
    zp_diag *g = &d->items[d->count++];
    memset(g, 0, sizeof *g);
    g->severity = sev;
    g->kind = zp_xstrdup(kind);
    g->file = at.file ? zp_xstrdup(at.file) : NULL;
    g->line = at.line;
    g->col = at.col;
    g->gloss = gloss ? zp_xstrdup(gloss) : NULL;
    va_list ap;
    va_start(ap, fmt);
    g->message = zp_xvasprintf(fmt, ap);
    va_end(ap);
    return g;
}

void zp_diag_set_detail(zp_diag *g, const char *fmt, ...)
{
    free(g->detail);
    va_list ap;
    va_start(ap, fmt);
    g->detail = zp_xvasprintf(fmt, ap);
    va_end(ap);
}

size_t zp_diags_count(const zp_diags *d, zp_severity sev)
{
    size_t n = 0;
    for (size_t i = 0; i < d->count; i++)
        n += d->items[i].severity == sev;
    return n;
}

int zp_diags_exit_code(const zp_diags *d)
{
    if (zp_diags_count(d, ZP_FATAL))
        return 2;
    return zp_diags_count(d, ZP_ERROR) ? 1 : 0;
}

const char *zp_severity_name(zp_severity s)
{
    switch (s) {
    case ZP_INFO:
        return "info";
    case ZP_WARNING:
        return "warning";
    case ZP_ERROR:
        return "error";
    case ZP_FATAL:
        return "fatal";
    }
    return "?";
}

static int cmp_place(const zp_diag *a, const zp_diag *b)
{
    int c = strcmp(a->file ? a->file : "", b->file ? b->file : "");
    if (c)
        return c;
    if (a->line != b->line)
        return a->line < b->line ? -1 : 1;
    if (a->col != b->col)
        return a->col < b->col ? -1 : 1;
    return 0;
}

void zp_diags_sort(zp_diags *d)
{
    /* Insertion sort: stable, and lists are short. */
    for (size_t i = 1; i < d->count; i++) {
        zp_diag g = d->items[i];
        size_t j = i;
        while (j > 0 && cmp_place(&d->items[j - 1], &g) > 0) {
            d->items[j] = d->items[j - 1];
            j--;
        }
        d->items[j] = g;
    }
}

void zp_diags_print(const zp_diags *d, FILE *out)
{
    for (size_t i = 0; i < d->count; i++) {
        const zp_diag *g = &d->items[i];
        if (g->file) {
            fputs(g->file, out);
            if (g->line > 0) {
                fprintf(out, ":%d", g->line);
                if (g->col > 0)
                    fprintf(out, ":%d", g->col);
            }
            fputs(": ", out);
        }
        fprintf(out, "%s: %s", zp_severity_name(g->severity), g->message);
        if (g->gloss)
            fprintf(out, " (%s)", g->gloss);
        fputc('\n', out);
        if (g->detail) {
            /* Indent every line of the detail under its finding. */
            const char *p = g->detail;
            while (*p) {
                const char *nl = strchr(p, '\n');
                size_t n = nl ? (size_t)(nl - p) : strlen(p);
                fprintf(out, "    %.*s\n", (int)n, p);
                p += n + (nl != NULL);
            }
        }
    }
}
