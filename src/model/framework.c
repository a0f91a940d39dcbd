/* Looking things up in a loaded framework. */
#include <string.h>

#include "load/bundled.h"
#include "ziping/framework.h"

const char *const *zp_framework_bundled(void)
{
    static const char *names[64];
    if (!names[0]) {
        size_t n = 0;
        for (const zp_bundled_file *b = zp_bundled_frameworks; b->name && n < 63; b++)
            names[n++] = b->name;
    }
    return names;
}

static const zp_indicator *find_in(const zp_indicator *ind, const char *ref, int *matches)
{
    const zp_indicator *found = NULL;
    for (size_t i = 0; i < ind->n_children; i++) {
        const zp_indicator *c = &ind->children[i];
        size_t rl = strlen(ref), pl = strlen(c->path);
        bool path_match = pl >= rl && !strcmp(c->path + pl - rl, ref) &&
                          (pl == rl || c->path[pl - rl - 1] == '/');
        if ((c->id && !strcmp(c->id, ref)) || !strcmp(c->name, ref) || path_match) {
            (*matches)++;
            found = c;
        }
        const zp_indicator *sub = find_in(c, ref, matches);
        if (sub)
            found = sub;
    }
    return found;
}

const zp_indicator *zp_framework_find(const zp_framework *f, const char *ref, bool *ambiguous)
{
    int matches = 0;
    const zp_indicator *found = find_in(&f->root, ref, &matches);
    if (ambiguous)
        *ambiguous = matches > 1;
    return matches == 1 ? found : NULL;
}
