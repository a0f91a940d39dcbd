#include <errno.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <utf8proc.h>

#include "base/similar.h"
#include "load/yaml_read.h"

void zp_yr_fatal(zp_yr *r, zp_mark at, const char *kind, const char *gloss,
                 const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    char *msg = zp_xvasprintf(fmt, ap);
    va_end(ap);
    zp_diags_add(r->diags, ZP_FATAL, kind, at, gloss, "%s", msg);
    free(msg);
    r->fatal++;
}

static zp_mark file_mark(const zp_yr *r)
{
    zp_mark m = {r->file, 0, 0};
    return m;
}

/* Turn libfyaml's collected syntax errors into our findings. */
static void report_parse_errors(zp_yr *r, struct fy_diag *diag)
{
    void *it = NULL;
    struct fy_diag_error *e;
    int n = 0;
    while ((e = fy_diag_errors_iterate(diag, &it)) != NULL) {
        zp_mark at = {r->file, e->line > 0 ? e->line : 0, e->column > 0 ? e->column : 0};
        zp_yr_fatal(r, at, "yaml-syntax", "YAML syntax error",
                    "YAML 格式错误：%s，请检查此处的缩进、冒号和括号", e->msg);
        n++;
    }
    if (n == 0)
        zp_yr_fatal(r, file_mark(r), "yaml-syntax", "YAML syntax error",
                    "YAML 格式错误，文件无法解析");
}

static bool parse_text(zp_yr *r)
{
    struct fy_diag_cfg dcfg;
    fy_diag_cfg_default(&dcfg);
    dcfg.fp = NULL;
    dcfg.colorize = false;
    struct fy_diag *diag = fy_diag_create(&dcfg);
    if (!diag) {
        zp_yr_fatal(r, file_mark(r), "yaml-syntax", NULL, "无法创建 YAML 解析器");
        return false;
    }
    fy_diag_set_collect_errors(diag, true);
    struct fy_parse_cfg cfg = {
        .flags = FYPCF_QUIET | FYPCF_DEFAULT_VERSION_1_2 | FYPCF_JSON_NONE,
        .diag = diag,
    };
    r->doc = fy_document_build_from_string(&cfg, r->text, strlen(r->text));
    bool ok = r->doc != NULL && !fy_diag_got_error(diag);
    void *it = NULL;
    bool any_error = fy_diag_errors_iterate(diag, &it) != NULL;
    if (!ok && !any_error) {
        /* no document and nothing wrong: only blanks and comments */
        fy_diag_destroy(diag);
        zp_yr_fatal(r, file_mark(r), "empty-file", "empty file", "文件为空，没有任何内容");
        return false;
    }
    if (!ok)
        report_parse_errors(r, diag);
    fy_diag_destroy(diag);
    if (!ok)
        return false;

    r->root = fy_document_root(r->doc);
    if (!r->root) {
        zp_yr_fatal(r, file_mark(r), "empty-file", "empty file", "文件为空，没有任何内容");
        return false;
    }
    if (!fy_node_is_mapping(r->root)) {
        zp_yr_fatal(r, zp_yr_mark(r, r->root, file_mark(r)), "not-a-mapping",
                    "the file must be a mapping of fields",
                    "文件顶层应为“字段: 值”的映射");
        return false;
    }
    return true;
}

bool zp_yr_open_string(zp_yr *r, const char *name, const char *data, size_t len,
                       zp_arena *a, zp_diags *d)
{
    memset(r, 0, sizeof *r);
    r->arena = a;
    r->diags = d;
    r->file = zp_arena_strdup(a, name);
    if (len > ZP_YAML_MAX_BYTES) {
        zp_yr_fatal(r, file_mark(r), "file-too-large", "file too large",
                    "文件过大（%zu 字节，上限 %u 字节），不是一个单位年度数据文件", len,
                    ZP_YAML_MAX_BYTES);
        return false;
    }
    /* YAML is UTF-8. Say so here, with the place, rather than let a parser
     * meet bytes that are not text (libfyaml 0.7.12 even loops forever on
     * "%" followed by an invalid byte). */
    size_t line = 1, col = 1;
    for (size_t i = 0; i < len;) {
        utf8proc_int32_t c;
        utf8proc_ssize_t n = utf8proc_iterate((const utf8proc_uint8_t *)data + i,
                                              (utf8proc_ssize_t)(len - i), &c);
        if (n <= 0) {
            zp_yr_fatal(r, (zp_mark){r->file, (int)line, (int)col}, "not-utf8",
                        "the file is not UTF-8 text",
                        "文件不是有效的 UTF-8 文本（此处的字节为 0x%02X）；请以 UTF-8 编码保存，"
                        "GBK/GB18030 编码的文件需先转换（如 iconv -f GB18030 -t UTF-8）",
                        (unsigned char)data[i]);
            return false;
        }
        if (c == '\n') {
            line++;
            col = 1;
        } else {
            col++;
        }
        i += (size_t)n;
    }
    if (memchr(data, '\0', len)) {
        zp_yr_fatal(r, file_mark(r), "binary-file", "binary file, not YAML text",
                    "文件含有空字符，不是 YAML 文本文件");
        return false;
    }
    r->text = zp_xmalloc(len + 1);
    memcpy(r->text, data, len);
    r->text[len] = '\0';
    return parse_text(r);
}

bool zp_yr_open_file(zp_yr *r, const char *path, zp_arena *a, zp_diags *d)
{
    memset(r, 0, sizeof *r);
    r->arena = a;
    r->diags = d;
    r->file = zp_arena_strdup(a, path);
    FILE *f = fopen(path, "rb");
    if (!f) {
        zp_yr_fatal(r, file_mark(r), "cannot-open", "cannot open file",
                    "无法打开文件：%s", strerror(errno));
        return false;
    }
    zp_buf b;
    zp_buf_init(&b);
    char chunk[65536];
    size_t n;
    bool too_large = false;
    while ((n = fread(chunk, 1, sizeof chunk, f)) > 0) {
        if (b.len + n > ZP_YAML_MAX_BYTES) {
            too_large = true;
            break;
        }
        zp_buf_add(&b, chunk, n);
    }
    bool read_error = ferror(f) != 0;
    fclose(f);
    if (read_error) {
        zp_buf_free(&b);
        zp_yr_fatal(r, file_mark(r), "cannot-read", "cannot read file", "读取文件出错");
        return false;
    }
    if (too_large) {
        zp_buf_free(&b);
        zp_yr_fatal(r, file_mark(r), "file-too-large", "file too large",
                    "文件过大（超过 %u 字节），不是一个单位年度数据文件", ZP_YAML_MAX_BYTES);
        return false;
    }
    bool ok = zp_yr_open_string(r, path, b.data ? b.data : "", b.len, a, d);
    zp_buf_free(&b);
    return ok;
}

void zp_yr_close(zp_yr *r)
{
    if (r->doc)
        fy_document_destroy(r->doc);
    free(r->text);
    r->doc = NULL;
    r->text = NULL;
}

static zp_mark token_mark(const zp_yr *r, struct fy_token *t, zp_mark fallback)
{
    if (!t)
        return fallback;
    const struct fy_mark *m = fy_token_start_mark(t);
    if (!m)
        return fallback;
    zp_mark out = {r->file, m->line + 1, m->column + 1};
    return out;
}

zp_mark zp_yr_mark(const zp_yr *r, struct fy_node *n, zp_mark fallback)
{
    if (!n)
        return fallback;
    if (fy_node_is_scalar(n))
        return token_mark(r, fy_node_get_scalar_token(n), fallback);
    if (fy_node_is_mapping(n)) {
        void *it = NULL;
        struct fy_node_pair *p = fy_node_mapping_iterate(n, &it);
        return p ? zp_yr_mark(r, fy_node_pair_key(p), fallback) : fallback;
    }
    if (fy_node_is_sequence(n)) {
        void *it = NULL;
        struct fy_node *first = fy_node_sequence_iterate(n, &it);
        return first ? zp_yr_mark(r, first, fallback) : fallback;
    }
    return fallback;
}

bool zp_yr_next_pair(struct fy_node *map, void **iter, struct fy_node **key,
                     struct fy_node **value)
{
    struct fy_node_pair *p = fy_node_mapping_iterate(map, iter);
    if (!p)
        return false;
    *key = fy_node_pair_key(p);
    *value = fy_node_pair_value(p);
    return true;
}

/* Keys are plain scalars; compare their text without copying. */
static bool key_is(struct fy_node *k, const char *key)
{
    if (!k || !fy_node_is_scalar(k))
        return false;
    size_t len;
    const char *s = fy_node_get_scalar(k, &len);
    return s && strlen(key) == len && memcmp(s, key, len) == 0;
}

struct fy_node *zp_yr_get(zp_yr *r, struct fy_node *map, const char *key)
{
    (void)r;
    if (!map || !fy_node_is_mapping(map))
        return NULL;
    void *it = NULL;
    struct fy_node *k, *v;
    while (zp_yr_next_pair(map, &it, &k, &v)) {
        if (key_is(k, key))
            return v;
    }
    return NULL;
}

zp_mark zp_yr_key_mark(const zp_yr *r, struct fy_node *map, const char *key, zp_mark fallback)
{
    if (!map || !fy_node_is_mapping(map))
        return fallback;
    void *it = NULL;
    struct fy_node *k, *v;
    while (zp_yr_next_pair(map, &it, &k, &v)) {
        if (key_is(k, key))
            return zp_yr_mark(r, k, fallback);
    }
    return fallback;
}

void zp_yr_check_keys(zp_yr *r, struct fy_node *map, const char *const *allowed,
                      const char *path)
{
    if (!map || !fy_node_is_mapping(map))
        return;
    void *it = NULL;
    struct fy_node *k, *v;
    while (zp_yr_next_pair(map, &it, &k, &v)) {
        zp_mark at = zp_yr_mark(r, k, zp_yr_mark(r, map, (zp_mark){r->file, 0, 0}));
        if (!fy_node_is_scalar(k)) {
            zp_yr_fatal(r, at, "bad-key", "keys must be plain names",
                        "%s 中的字段名必须是简单的名称", path);
            continue;
        }
        size_t len;
        const char *s = fy_node_get_scalar(k, &len);
        bool known = false;
        for (const char *const *a = allowed; *a && !known; a++)
            known = strlen(*a) == len && memcmp(*a, s, len) == 0;
        if (known)
            continue;
        /* Only an unknown key is worth the "did you mean" search. */
        const char *best = NULL;
        size_t best_d = 3; /* suggest only near misses */
        for (const char *const *a = allowed; *a; a++) {
            size_t d = zp_edit_distance(s, len, *a);
            if (d < best_d) {
                best_d = d;
                best = *a;
            }
        }
        zp_buf list;
        zp_buf_init(&list);
        for (const char *const *a = allowed; *a; a++) {
            if (a != allowed)
                zp_buf_puts(&list, ", ");
            zp_buf_puts(&list, *a);
        }
        if (best)
            zp_yr_fatal(r, at, "unknown-key", "unknown key",
                        "%s 中没有字段“%.*s”，是否想写“%s”？", path, (int)len, s, best);
        else
            zp_yr_fatal(r, at, "unknown-key", "unknown key",
                        "%s 中没有字段“%.*s”；可用的字段：%s", path, (int)len, s, list.data);
        zp_buf_free(&list);
    }
}

bool zp_yr_require(zp_yr *r, struct fy_node *map, const char *key, const char *path,
                   zp_mark fallback)
{
    if (zp_yr_get(r, map, key))
        return true;
    zp_yr_fatal(r, zp_yr_mark(r, map, fallback), "missing-field", "missing required field",
                "缺少必填字段 %s.%s，请补上", path, key);
    return false;
}

static bool reject_alias(zp_yr *r, struct fy_node *n, const char *path, zp_mark fallback)
{
    if (!fy_node_is_alias(n))
        return false;
    zp_yr_fatal(r, zp_yr_mark(r, n, fallback), "yaml-alias", "YAML aliases are not supported",
                "%s 使用了 YAML 别名（*名称），本格式不支持别名，请直接写出值", path);
    return true;
}

static const char *kind_name(struct fy_node *n)
{
    if (fy_node_is_mapping(n))
        return "映射（字段: 值）";
    if (fy_node_is_sequence(n))
        return "列表";
    return "单个值";
}

bool zp_yr_is_map(zp_yr *r, struct fy_node *n, const char *path, zp_mark fallback)
{
    if (fy_node_is_mapping(n))
        return true;
    if (!reject_alias(r, n, path, fallback))
        zp_yr_fatal(r, zp_yr_mark(r, n, fallback), "wrong-type", "expected a mapping",
                    "%s 应为映射（字段: 值），这里是%s", path, kind_name(n));
    return false;
}

bool zp_yr_is_seq(zp_yr *r, struct fy_node *n, const char *path, zp_mark fallback)
{
    if (fy_node_is_sequence(n))
        return true;
    if (!reject_alias(r, n, path, fallback))
        zp_yr_fatal(r, zp_yr_mark(r, n, fallback), "wrong-type", "expected a list",
                    "%s 应为列表（每项以“- ”开头），这里是%s", path, kind_name(n));
    return false;
}

const char *zp_yr_scalar(zp_yr *r, struct fy_node *n, const char *path, zp_mark fallback)
{
    if (!n)
        return NULL;
    if (reject_alias(r, n, path, fallback))
        return NULL;
    if (!fy_node_is_scalar(n)) {
        zp_yr_fatal(r, zp_yr_mark(r, n, fallback), "wrong-type", "expected a single value",
                    "%s 应为单个值，这里是%s", path, kind_name(n));
        return NULL;
    }
    size_t len;
    const char *s = fy_node_get_scalar(n, &len);
    if (!s)
        s = "";
    if (memchr(s, '\0', len)) {
        zp_yr_fatal(r, zp_yr_mark(r, n, fallback), "bad-text", "text holds a NUL character",
                    "%s 含有空字符", path);
        return NULL;
    }
    return zp_arena_strndup(r->arena, s, len);
}

const char *zp_yr_text(zp_yr *r, struct fy_node *n, const char *path, zp_mark fallback)
{
    if (!n || !fy_node_is_sequence(n))
        return zp_yr_scalar(r, n, path, fallback);
    size_t count;
    const char **items = zp_yr_strings(r, n, path, fallback, &count);
    if (!items)
        return NULL;
    zp_buf b;
    zp_buf_init(&b);
    for (size_t i = 0; i < count; i++) {
        if (i)
            zp_buf_putc(&b, '\n');
        zp_buf_puts(&b, items[i]);
    }
    const char *s = zp_arena_strdup(r->arena, b.data ? b.data : "");
    zp_buf_free(&b);
    return s;
}

const char **zp_yr_strings(zp_yr *r, struct fy_node *n, const char *path, zp_mark fallback,
                           size_t *count)
{
    *count = 0;
    if (!n)
        return NULL;
    if (!fy_node_is_sequence(n)) {
        const char *s = zp_yr_scalar(r, n, path, fallback);
        if (!s)
            return NULL;
        const char **one = ZP_ARENA_NEW(r->arena, const char *, 1);
        one[0] = s;
        *count = 1;
        return one;
    }
    int len = fy_node_sequence_item_count(n);
    const char **items = ZP_ARENA_NEW(r->arena, const char *, len > 0 ? (size_t)len : 1);
    void *it = NULL;
    struct fy_node *item;
    size_t i = 0;
    while ((item = fy_node_sequence_iterate(n, &it)) != NULL) {
        char *ipath = zp_arena_printf(r->arena, "%s[%zu]", path, i + 1);
        const char *s = zp_yr_scalar(r, item, ipath, fallback);
        if (s)
            items[i++] = s;
    }
    *count = i;
    return items;
}

bool zp_yr_int(zp_yr *r, struct fy_node *n, const char *path, int64_t min, int64_t max,
               int64_t *out)
{
    zp_mark at = zp_yr_mark(r, n, (zp_mark){r->file, 0, 0});
    const char *s = zp_yr_scalar(r, n, path, at);
    if (!s)
        return false;
    zp_dec d;
    zp_dec_error e = zp_dec_parse(s, strlen(s), &d);
    if (e == ZP_DEC_OK && d.scale != 0)
        e = ZP_DEC_BAD_CHAR;
    if (e != ZP_DEC_OK) {
        zp_yr_fatal(r, at, "bad-integer", "expected a whole number",
                    "%s 应为整数，这里是“%s”：%s", path, s, zp_dec_error_message(e));
        return false;
    }
    if (d.units < min || d.units > max) {
        zp_yr_fatal(r, at, "out-of-range", "number out of range",
                    "%s 的值 %lld 超出范围，应在 %lld 到 %lld 之间", path, (long long)d.units,
                    (long long)min, (long long)max);
        return false;
    }
    *out = d.units;
    return true;
}

/* Drop surrounding ASCII spaces. */
static void trim(const char **s, size_t *len)
{
    while (*len && (**s == ' ' || **s == '\t')) {
        (*s)++;
        (*len)--;
    }
    while (*len && ((*s)[*len - 1] == ' ' || (*s)[*len - 1] == '\t'))
        (*len)--;
}

bool zp_yr_decimal(zp_yr *r, struct fy_node *n, const char *path, const char *suffix,
                   zp_dec *out, bool *had_suffix)
{
    zp_mark at = zp_yr_mark(r, n, (zp_mark){r->file, 0, 0});
    const char *s = zp_yr_scalar(r, n, path, at);
    if (!s)
        return false;
    size_t len = strlen(s);
    trim(&s, &len);
    bool has = false;
    if (suffix) {
        size_t sl = strlen(suffix);
        if (len >= sl && memcmp(s + len - sl, suffix, sl) == 0) {
            len -= sl;
            has = true;
            trim(&s, &len);
        }
    }
    if (had_suffix)
        *had_suffix = has;
    zp_dec_error e = zp_dec_parse(s, len, out);
    if (e != ZP_DEC_OK) {
        zp_yr_fatal(r, at, "bad-number", "expected a number",
                    "%s 应为数字，这里是“%.*s”：%s", path, (int)len, s, zp_dec_error_message(e));
        return false;
    }
    return true;
}
