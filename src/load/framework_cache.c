/*
 * Frameworks loaded once each for a batch of unit-years (`ziping report
 * a.yaml b.yaml ...`, the benchmarks, later the server): a bundled
 * framework takes about as long to load as a report takes to write.
 * Kept by the reference the files give (a name or a path). A reference
 * that fails to load is not kept: the next file that names it gets the
 * same findings again, at its own place.
 */
#include <stdlib.h>
#include <string.h>

#include "base/mem.h"
#include "ziping/framework.h"

typedef struct cached {
    char *ref;
    zp_framework *framework;
} cached;

struct zp_framework_cache {
    cached *items;
    size_t count, cap;
    size_t loads;
};

zp_framework_cache *zp_framework_cache_new(void)
{
    return zp_xcalloc(1, sizeof(zp_framework_cache));
}

const zp_framework *zp_framework_cache_get(zp_framework_cache *c, const char *ref,
                                           zp_diags *diags)
{
    for (size_t i = 0; i < c->count; i++) {
        if (!strcmp(c->items[i].ref, ref))
            return c->items[i].framework;
    }
    c->loads++;
    zp_framework *f = zp_framework_load(ref, diags);
    if (!f)
        return NULL;
    if (c->count == c->cap) {
        c->cap = c->cap ? 2 * c->cap : 4;
        c->items = zp_xrealloc(c->items, c->cap * sizeof *c->items);
    }
    c->items[c->count++] = (cached){zp_xstrdup(ref), f};
    return f;
}

size_t zp_framework_cache_loads(const zp_framework_cache *c)
{
    return c->loads;
}

void zp_framework_cache_free(zp_framework_cache *c)
{
    if (!c)
        return;
    for (size_t i = 0; i < c->count; i++) {
        zp_framework_free(c->items[i].framework);
        free(c->items[i].ref);
    }
    free(c->items);
    free(c);
}
