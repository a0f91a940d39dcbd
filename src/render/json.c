#include <libfyaml.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "base/mem.h"
#include "render/json.h"

struct zp_json {
    struct fy_document *doc;
};

static void check(void *p)
{
    if (!p) {
        fprintf(stderr, "ziping: 无法生成 JSON (out of memory)\n");
        abort();
    }
}

zp_json *zp_json_new(void)
{
    zp_json *j = zp_xcalloc(1, sizeof *j);
    j->doc = fy_document_create(NULL);
    check(j->doc);
    return j;
}

zp_jnode *zp_json_object(zp_json *j)
{
    zp_jnode *n = fy_node_create_mapping(j->doc);
    check(n);
    return n;
}

zp_jnode *zp_json_array(zp_json *j)
{
    zp_jnode *n = fy_node_create_sequence(j->doc);
    check(n);
    return n;
}

/* A plain scalar: JSON mode writes its text as is (numbers, true, null). */
static zp_jnode *plain(zp_json *j, const char *text)
{
    zp_jnode *n = fy_node_create_scalar_copy(j->doc, text, FY_NT);
    check(n);
    return n;
}

zp_jnode *zp_json_strn(zp_json *j, const char *s, size_t len)
{
    zp_jnode *n = fy_node_create_scalar_copy(j->doc, s, len);
    check(n);
    fy_node_set_tag(n, "!!str", FY_NT);
    return n;
}

zp_jnode *zp_json_str(zp_json *j, const char *s)
{
    return s ? zp_json_strn(j, s, strlen(s)) : zp_json_null(j);
}

zp_jnode *zp_json_int(zp_json *j, int64_t v)
{
    char buf[32];
    snprintf(buf, sizeof buf, "%lld", (long long)v);
    return plain(j, buf);
}

zp_jnode *zp_json_dec(zp_json *j, zp_dec d)
{
    char buf[48];
    if (!zp_dec_format(d, false, buf, sizeof buf))
        return zp_json_null(j);
    return plain(j, buf);
}

zp_jnode *zp_json_rat(zp_json *j, zp_rat r, int places)
{
    zp_dec d;
    if (!zp_rat_round(r, places, &d))
        return zp_json_null(j);
    return zp_json_dec(j, d);
}

zp_jnode *zp_json_bool(zp_json *j, bool b)
{
    return plain(j, b ? "true" : "false");
}

zp_jnode *zp_json_null(zp_json *j)
{
    return plain(j, "null");
}

void zp_json_put(zp_json *j, zp_jnode *object, const char *key, zp_jnode *value)
{
    (void)j;
    zp_jnode *k = fy_node_create_scalar_copy(j->doc, key, FY_NT);
    check(k);
    if (fy_node_mapping_append(object, k, value) != 0)
        check(NULL);
}

void zp_json_push(zp_json *j, zp_jnode *array, zp_jnode *value)
{
    (void)j;
    if (fy_node_sequence_append(array, value) != 0)
        check(NULL);
}

static char *finish(zp_json *j, zp_jnode *root, enum fy_emitter_cfg_flags mode)
{
    fy_document_set_root(j->doc, root);
    char *s = fy_emit_document_to_string(j->doc, mode | FYECF_WIDTH_INF);
    check(s);
    fy_document_destroy(j->doc);
    free(j);
    /* Make sure the text ends in exactly one newline. */
    size_t n = strlen(s);
    while (n && s[n - 1] == '\n')
        s[--n] = '\0';
    char *out = zp_xasprintf("%s\n", s);
    free(s);
    return out;
}

char *zp_json_finish(zp_json *j, zp_jnode *root)
{
    return finish(j, root, FYECF_MODE_JSON);
}

char *zp_json_finish_line(zp_json *j, zp_jnode *root)
{
    return finish(j, root, FYECF_MODE_JSON_ONELINE);
}
