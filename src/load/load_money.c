/*
 * Money in a unit-year file: amounts (in the file's unit or with their own
 * suffix), lines with their parts, the income and expenditure accounts and
 * their splits, and 三公经费.
 */
#include <string.h>

#include "load/load.h"

static const struct {
    const char *suffix;
    int exp; /* power of ten of one unit in 元 */
} amount_units[] = {{"亿元", 8}, {"万元", 4}, {"元", 0}};

static const int64_t pow10[] = {1,          10,          100,         1000,
                                10000,      100000,      1000000,     10000000,
                                100000000,  1000000000,  10000000000, 100000000000};

bool zp_load_amount(zp_loader *L, struct fy_node *n, const char *path, bool allow_negative,
                    zp_amount *out)
{
    zp_yr *y = &L->y;
    zp_mark at = zp_yr_mark(y, n, (zp_mark){y->file, 0, 0});
    const char *s = zp_yr_scalar(y, n, path, at);
    if (!s)
        return false;
    size_t len = strlen(s);
    while (len && s[len - 1] == ' ')
        len--;
    while (len && *s == ' ') {
        s++;
        len--;
    }
    int exp = L->u->amount_exp;
    for (size_t i = 0; i < sizeof amount_units / sizeof amount_units[0]; i++) {
        size_t sl = strlen(amount_units[i].suffix);
        if (len >= sl && memcmp(s + len - sl, amount_units[i].suffix, sl) == 0) {
            exp = amount_units[i].exp;
            len -= sl;
            while (len && s[len - 1] == ' ')
                len--;
            break;
        }
    }
    zp_dec d;
    zp_dec_error e = zp_dec_parse(s, len, &d);
    if (e != ZP_DEC_OK) {
        zp_yr_fatal(y, at, e == ZP_DEC_OVERFLOW ? "amount-overflow" : "bad-amount",
                    "expected an amount such as 12.34 or \"1,234.56元\"",
                    "%s 应为金额（如 12.34 或 \"1,234.56元\"），这里是“%.*s”：%s", path, (int)len,
                    s, zp_dec_error_message(e));
        return false;
    }
    int k = 2 + exp - d.scale; /* 分 per unit of the last written digit = 10^k */
    if (k < 0) {
        zp_yr_fatal(y, at, "amount-too-precise", "amounts are exact to the fen (0.01 yuan)",
                    "%s 的金额“%.*s”精确到了分以下；金额最多精确到分（0.01 元）", path, (int)len,
                    s);
        return false;
    }
    int64_t fen;
    if (__builtin_mul_overflow(d.units, pow10[k], &fen) || fen > ZP_AMOUNT_MAX_FEN ||
        fen < -ZP_AMOUNT_MAX_FEN) {
        zp_yr_fatal(y, at, "amount-overflow", "amount too large",
                    "%s 的金额“%.*s”过大，超过 100 万亿元，请检查单位（元、万元）与小数点", path,
                    (int)len, s);
        return false;
    }
    if (fen < 0 && !allow_negative) {
        zp_yr_fatal(y, at, "negative-amount", "this amount cannot be negative",
                    "%s 不能为负数（这里是 %.*s）；增减请写在 change 中", path, (int)len, s);
        return false;
    }
    out->present = true;
    out->fen = fen;
    /* A bare 0 means "none": exactly zero, not "somewhere below 0.5 万元". */
    out->width = (d.units == 0 && d.scale == 0) ? 0 : pow10[k];
    out->at = at;
    return true;
}

static void load_percent(zp_loader *L, struct fy_node *map, const char *key, const char *path,
                         zp_value *out)
{
    struct fy_node *n = zp_yr_get(&L->y, map, key);
    if (!n)
        return;
    char *p = zp_arena_printf(L->y.arena, "%s.%s", path, key);
    if (zp_yr_decimal(&L->y, n, p, "%", &out->dec, NULL)) {
        out->present = true;
        out->at = zp_yr_mark(&L->y, n, (zp_mark){L->y.file, 0, 0});
    }
}

static void load_stated(zp_loader *L, struct fy_node *n, zp_line *line, const char *path)
{
    static const char *const keys[] = {"rate", "change_rate", "share", NULL};
    char *p = zp_arena_printf(L->y.arena, "%s.stated", path);
    if (!zp_yr_is_map(&L->y, n, p, line->at))
        return;
    zp_yr_check_keys(&L->y, n, keys, p);
    load_percent(L, n, "rate", p, &line->stated_rate);
    load_percent(L, n, "change_rate", p, &line->stated_change_rate);
    load_percent(L, n, "share", p, &line->stated_share);
}

static bool in_list(const char *const *list, const char *s, size_t len)
{
    for (; list && *list; list++) {
        if (strlen(*list) == len && memcmp(*list, s, len) == 0)
            return true;
    }
    return false;
}

void zp_load_line_fields(zp_loader *L, struct fy_node *map, zp_line *line, const char *path,
                         const char *const *extra)
{
    static const char *const common[] = {"name", "code", "budget_initial", "budget", "final",
                                         "last_year", "change", "stated", "note", NULL};
    zp_yr *y = &L->y;
    /* Known keys: the common ones plus the caller's. */
    const char *allowed[40];
    size_t n = 0;
    for (const char *const *k = common; *k; k++)
        allowed[n++] = *k;
    for (const char *const *k = extra; k && *k && n < 39; k++)
        allowed[n++] = *k;
    allowed[n] = NULL;
    zp_yr_check_keys(y, map, allowed, path);

    line->present = true;
    line->at = zp_yr_mark(y, map, line->at);
    void *it = NULL;
    struct fy_node *k, *v;
    while (zp_yr_next_pair(map, &it, &k, &v)) {
        size_t klen;
        const char *key = fy_node_is_scalar(k) ? fy_node_get_scalar(k, &klen) : NULL;
        if (!key || in_list(extra, key, klen))
            continue;
        char *p = zp_arena_printf(y->arena, "%s.%.*s", path, (int)klen, key);
#define IS(name) (klen == strlen(name) && memcmp(key, name, klen) == 0)
        if (IS("name"))
            line->name = zp_yr_scalar(y, v, p, line->at);
        else if (IS("code"))
            line->code = zp_yr_scalar(y, v, p, line->at);
        else if (IS("note"))
            line->note = zp_yr_text(y, v, p, line->at);
        else if (IS("budget_initial"))
            zp_load_amount(L, v, p, false, &line->budget_initial);
        else if (IS("budget"))
            zp_load_amount(L, v, p, false, &line->budget);
        else if (IS("final"))
            zp_load_amount(L, v, p, false, &line->final);
        else if (IS("last_year"))
            zp_load_amount(L, v, p, false, &line->last_year);
        else if (IS("change"))
            zp_load_amount(L, v, p, true, &line->change);
        else if (IS("stated"))
            load_stated(L, v, line, path);
#undef IS
    }
}

/* A list of lines with code and name (function or economic classes, sources). */
static void load_line_list(zp_loader *L, struct fy_node *n, const char *path, zp_split *split)
{
    zp_yr *y = &L->y;
    if (!zp_yr_is_seq(y, n, path, split->at))
        return;
    int count = fy_node_sequence_item_count(n);
    split->lines = ZP_ARENA_NEW(y->arena, zp_line, count > 0 ? (size_t)count : 1);
    void *it = NULL;
    struct fy_node *item;
    size_t i = 0;
    while ((item = fy_node_sequence_iterate(n, &it)) != NULL) {
        char *p = zp_arena_printf(y->arena, "%s[%zu]", path, i + 1);
        if (!zp_yr_is_map(y, item, p, split->at))
            continue;
        zp_line *line = &split->lines[i++];
        line->at = zp_yr_mark(y, item, split->at);
        zp_load_line_fields(L, item, line, p, NULL);
        zp_yr_require(y, item, "name", p, line->at);
    }
    split->n_lines = i;
}

/* Read a line that has fixed named parts (basic = personnel + public). */
static void load_fixed_parts(zp_loader *L, struct fy_node *map, zp_line *line, const char *path,
                             const char *const *part_keys, const char *const *part_names,
                             const char *const *more_keys)
{
    const char *extra[16];
    size_t n = 0;
    for (const char *const *k = part_keys; *k; k++)
        extra[n++] = *k;
    for (const char *const *k = more_keys; k && *k; k++)
        extra[n++] = *k;
    extra[n] = NULL;
    zp_load_line_fields(L, map, line, path, extra);

    size_t count = 0;
    for (const char *const *k = part_keys; *k; k++)
        count += zp_yr_get(&L->y, map, *k) != NULL;
    if (!count)
        return;
    line->parts = ZP_ARENA_NEW(L->y.arena, zp_line, count);
    for (size_t i = 0; part_keys[i]; i++) {
        struct fy_node *pn = zp_yr_get(&L->y, map, part_keys[i]);
        if (!pn)
            continue;
        char *p = zp_arena_printf(L->y.arena, "%s.%s", path, part_keys[i]);
        zp_line *part = &line->parts[line->n_parts++];
        part->key = part_keys[i];
        part->name = part_names[i];
        part->at = zp_yr_mark(&L->y, pn, line->at);
        if (zp_yr_is_map(&L->y, pn, p, line->at))
            zp_load_line_fields(L, pn, part, p, NULL);
    }
}

void zp_load_simple_line(zp_loader *L, struct fy_node *n, const char *path, zp_line *line,
                         const char *const *part_keys, const char *const *part_names)
{
    line->at = zp_yr_mark(&L->y, n, (zp_mark){L->y.file, 0, 0});
    if (!zp_yr_is_map(&L->y, n, path, line->at))
        return;
    static const char *const none[] = {NULL};
    load_fixed_parts(L, n, line, path, part_keys ? part_keys : none, part_names, NULL);
}

static zp_split *add_split(zp_loader *L, zp_account *a, const char *key, const char *name,
                           zp_mark at)
{
    zp_split *s = &a->splits[a->n_splits++];
    s->key = key;
    s->name = name;
    s->at = at;
    (void)L;
    return s;
}

void zp_load_income(zp_loader *L, struct fy_node *n)
{
    zp_yr *y = &L->y;
    zp_account *a = &L->u->income;
    zp_mark at = zp_yr_mark(y, n, (zp_mark){y->file, 0, 0});
    if (!zp_yr_is_map(y, n, "income", at))
        return;
    static const char *const extra[] = {"by_source", NULL};
    a->present = true;
    a->total.name = "收入";
    a->total.at = at;
    zp_load_line_fields(L, n, &a->total, "income", extra);
    a->splits = ZP_ARENA_NEW(y->arena, zp_split, 1);
    struct fy_node *src = zp_yr_get(y, n, "by_source");
    if (src) {
        zp_split *s = add_split(L, a, "source", "按收入来源",
                                zp_yr_key_mark(y, n, "by_source", at));
        load_line_list(L, src, "income.by_source", s);
    }
}

void zp_load_expenditure(zp_loader *L, struct fy_node *n)
{
    zp_yr *y = &L->y;
    zp_account *a = &L->u->expenditure;
    zp_mark at = zp_yr_mark(y, n, (zp_mark){y->file, 0, 0});
    if (!zp_yr_is_map(y, n, "expenditure", at))
        return;
    static const char *const extra[] = {"by_nature", "by_function", "by_economic", NULL};
    a->present = true;
    a->total.name = "支出";
    a->total.at = at;
    zp_load_line_fields(L, n, &a->total, "expenditure", extra);
    a->splits = ZP_ARENA_NEW(y->arena, zp_split, 3);

    struct fy_node *nat = zp_yr_get(y, n, "by_nature");
    if (nat) {
        zp_mark nat_at = zp_yr_key_mark(y, n, "by_nature", at);
        zp_split *s = add_split(L, a, "nature", "按支出性质", nat_at);
        if (zp_yr_is_map(y, nat, "expenditure.by_nature", nat_at)) {
            static const char *const keys[] = {"basic", "project", NULL};
            zp_yr_check_keys(y, nat, keys, "expenditure.by_nature");
            s->lines = ZP_ARENA_NEW(y->arena, zp_line, 2);
            struct fy_node *basic = zp_yr_get(y, nat, "basic");
            struct fy_node *project = zp_yr_get(y, nat, "project");
            if (basic && zp_yr_is_map(y, basic, "expenditure.by_nature.basic", nat_at)) {
                static const char *const parts[] = {"personnel", "public", NULL};
                static const char *const names[] = {"人员经费", "公用经费", NULL};
                zp_line *l = &s->lines[s->n_lines++];
                l->key = "basic";
                l->name = "基本支出";
                l->at = zp_yr_mark(y, basic, nat_at);
                load_fixed_parts(L, basic, l, "expenditure.by_nature.basic", parts, names, NULL);
            }
            if (project && zp_yr_is_map(y, project, "expenditure.by_nature.project", nat_at)) {
                zp_line *l = &s->lines[s->n_lines++];
                l->key = "project";
                l->name = "项目支出";
                l->at = zp_yr_mark(y, project, nat_at);
                zp_load_line_fields(L, project, l, "expenditure.by_nature.project", NULL);
            }
        }
    }
    struct fy_node *fn = zp_yr_get(y, n, "by_function");
    if (fn) {
        zp_split *s = add_split(L, a, "function", "按支出功能分类",
                                zp_yr_key_mark(y, n, "by_function", at));
        load_line_list(L, fn, "expenditure.by_function", s);
    }
    struct fy_node *ec = zp_yr_get(y, n, "by_economic");
    if (ec) {
        zp_split *s = add_split(L, a, "economic", "按支出经济分类",
                                zp_yr_key_mark(y, n, "by_economic", at));
        load_line_list(L, ec, "expenditure.by_economic", s);
    }
}

static void load_count(zp_loader *L, struct fy_node *map, const char *key, const char *path,
                       zp_count *out)
{
    struct fy_node *n = zp_yr_get(&L->y, map, key);
    if (!n)
        return;
    char *p = zp_arena_printf(L->y.arena, "%s.%s", path, key);
    if (zp_yr_int(&L->y, n, p, 0, 100000000, &out->value)) {
        out->present = true;
        out->at = zp_yr_mark(&L->y, n, (zp_mark){L->y.file, 0, 0});
    }
}

void zp_load_three_public(zp_loader *L, struct fy_node *n)
{
    zp_yr *y = &L->y;
    zp_three_public *t = &L->u->three_public;
    zp_mark at = zp_yr_mark(y, n, (zp_mark){y->file, 0, 0});
    if (!zp_yr_is_map(y, n, "three_public", at))
        return;
    t->present = true;
    zp_line *total = &t->total;
    total->name = "“三公”经费";
    total->at = at;
    static const char *const extra[] = {"outbound", "vehicles", "reception", NULL};
    zp_load_line_fields(L, n, total, "three_public", extra);
    total->parts = ZP_ARENA_NEW(y->arena, zp_line, 3);

    struct fy_node *out = zp_yr_get(y, n, "outbound");
    if (out && zp_yr_is_map(y, out, "three_public.outbound", at)) {
        static const char *const more[] = {"groups", "persons", NULL};
        zp_line *l = &total->parts[total->n_parts++];
        l->key = "outbound";
        l->name = "因公出国（境）费";
        l->at = zp_yr_mark(y, out, at);
        zp_load_line_fields(L, out, l, "three_public.outbound", more);
        load_count(L, out, "groups", "three_public.outbound", &t->outbound_groups);
        load_count(L, out, "persons", "three_public.outbound", &t->outbound_persons);
    }
    struct fy_node *veh = zp_yr_get(y, n, "vehicles");
    if (veh && zp_yr_is_map(y, veh, "three_public.vehicles", at)) {
        static const char *const parts[] = {"purchase", "operation", NULL};
        static const char *const names[] = {"公务用车购置费", "公务用车运行维护费", NULL};
        static const char *const more[] = {"held", NULL};
        zp_line *l = &total->parts[total->n_parts++];
        l->key = "vehicles";
        l->name = "公务用车购置及运行维护费";
        l->at = zp_yr_mark(y, veh, at);
        load_fixed_parts(L, veh, l, "three_public.vehicles", parts, names, more);
        load_count(L, veh, "held", "three_public.vehicles", &t->vehicles_held);
    }
    struct fy_node *rec = zp_yr_get(y, n, "reception");
    if (rec && zp_yr_is_map(y, rec, "three_public.reception", at)) {
        static const char *const more[] = {"groups", "persons", NULL};
        zp_line *l = &total->parts[total->n_parts++];
        l->key = "reception";
        l->name = "公务接待费";
        l->at = zp_yr_mark(y, rec, at);
        zp_load_line_fields(L, rec, l, "three_public.reception", more);
        load_count(L, rec, "groups", "three_public.reception", &t->reception_groups);
        load_count(L, rec, "persons", "three_public.reception", &t->reception_persons);
    }
}
