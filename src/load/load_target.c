/*
 * Performance targets (绩效指标) and how they were met. A target is written
 * the way units write them ("≥10次", "90%以上", "不少于26场", "80%-90%",
 * "进一步提高"); it is read into a comparator, a value and a unit here, and
 * the text is kept as written for reports.
 */
#include <string.h>

#include "load/load.h"

static bool ends_with(const char *s, size_t len, const char *suffix)
{
    size_t n = strlen(suffix);
    return len >= n && memcmp(s + len - n, suffix, n) == 0;
}

/* The longest decimal at s ("1,234.5"), as its length; 0 if none. */
static size_t number_len(const char *s)
{
    size_t i = 0;
    if (s[i] == '-' || s[i] == '+')
        i++;
    size_t digits = 0;
    while ((s[i] >= '0' && s[i] <= '9') || (s[i] == ',' && digits) || (s[i] == '.' && digits)) {
        digits += s[i] >= '0' && s[i] <= '9';
        i++;
    }
    while (i > 0 && (s[i - 1] == ',' || s[i - 1] == '.'))
        i--;
    return digits ? i : 0;
}

static bool has_digit(const char *s, size_t len)
{
    for (size_t i = 0; i < len; i++) {
        if (s[i] >= '0' && s[i] <= '9')
            return true;
    }
    return false;
}

bool zp_parse_quantity(const char *text, zp_dec *value, const char **unit_start)
{
    while (*text == ' ')
        text++;
    size_t n = number_len(text);
    if (!n || zp_dec_parse(text, n, value) != ZP_DEC_OK)
        return false;
    const char *unit = text + n;
    while (*unit == ' ')
        unit++;
    if (has_digit(unit, strlen(unit)))
        return false; /* "2023年完成3次": not a single quantity */
    *unit_start = unit;
    return true;
}

void zp_parse_target_text(const char *text, zp_comparator *cmp, zp_dec *value, zp_dec *high,
                          const char **unit_start)
{
    static const struct {
        const char *word;
        zp_comparator cmp;
    } prefixes[] = {
        {"≥", ZP_CMP_GE},       {">=", ZP_CMP_GE},      {"≧", ZP_CMP_GE},
        {"大于等于", ZP_CMP_GE}, {"不少于", ZP_CMP_GE},   {"不低于", ZP_CMP_GE},
        {"至少", ZP_CMP_GE},     {"达到", ZP_CMP_GE},     {"大于", ZP_CMP_GE},
        {">", ZP_CMP_GE},       {"≤", ZP_CMP_LE},       {"<=", ZP_CMP_LE},
        {"≦", ZP_CMP_LE},       {"小于等于", ZP_CMP_LE}, {"不超过", ZP_CMP_LE},
        {"不高于", ZP_CMP_LE},   {"不多于", ZP_CMP_LE},   {"控制在", ZP_CMP_LE},
        {"小于", ZP_CMP_LE},     {"低于", ZP_CMP_LE},     {"<", ZP_CMP_LE},
        {"＝", ZP_CMP_EQ},       {"=", ZP_CMP_EQ},       {"等于", ZP_CMP_EQ},
    };
    static const struct {
        const char *word;
        zp_comparator cmp;
    } suffixes[] = {
        {"及以上", ZP_CMP_GE}, {"以上", ZP_CMP_GE}, {"及以下", ZP_CMP_LE},
        {"以下", ZP_CMP_LE},   {"以内", ZP_CMP_LE},
    };

    *cmp = ZP_CMP_QUALITATIVE;
    *unit_start = NULL;
    const char *s = text;
    while (*s == ' ')
        s++;
    size_t len = strlen(s);
    while (len && s[len - 1] == ' ')
        len--;

    zp_comparator c = ZP_CMP_NONE;
    for (size_t i = 0; i < sizeof prefixes / sizeof prefixes[0]; i++) {
        if (zp_str_starts(s, prefixes[i].word)) {
            c = prefixes[i].cmp;
            size_t w = strlen(prefixes[i].word);
            s += w;
            len -= w;
            break;
        }
    }
    while (len && *s == ' ') {
        s++;
        len--;
    }
    for (size_t i = 0; i < sizeof suffixes / sizeof suffixes[0]; i++) {
        if (ends_with(s, len, suffixes[i].word)) {
            if (c == ZP_CMP_NONE)
                c = suffixes[i].cmp;
            len -= strlen(suffixes[i].word);
            break;
        }
    }

    /* A number, then maybe a range end, then the unit. */
    char buf[256];
    if (len >= sizeof buf)
        return;
    memcpy(buf, s, len);
    buf[len] = '\0';
    size_t n = number_len(buf);
    if (!n || zp_dec_parse(buf, n, value) != ZP_DEC_OK)
        return; /* no number: qualitative */
    const char *rest = s + n;
    size_t rest_len = len - n;

    /* Range: "80%-90%", "80-90%", "80～90%" */
    const char *seps[] = {"-", "~", "～", "—", "至"};
    size_t unit_a_len = 0;
    while (unit_a_len < rest_len && !(rest[unit_a_len] >= '0' && rest[unit_a_len] <= '9'))
        unit_a_len++;
    if (unit_a_len < rest_len) {
        /* more digits follow: a range, or not a target we can measure */
        const char *p = rest;
        size_t pl = rest_len;
        /* skip a unit before the separator ("80%-90%") */
        if (pl && *p == '%') {
            p++;
            pl--;
        }
        for (size_t i = 0; i < sizeof seps / sizeof seps[0]; i++) {
            size_t sl = strlen(seps[i]);
            if (pl > sl && memcmp(p, seps[i], sl) == 0) {
                const char *q = p + sl;
                size_t m = number_len(q);
                if (m && zp_dec_parse(q, m, high) == ZP_DEC_OK &&
                    !has_digit(q + m, pl - sl - m)) {
                    *cmp = ZP_CMP_RANGE;
                    *unit_start = q + m;
                    return;
                }
            }
        }
        return; /* digits in odd places: qualitative */
    }
    *cmp = c == ZP_CMP_NONE ? ZP_CMP_EQ : c;
    *unit_start = rest;
}

static zp_band parse_band(const char *s)
{
    if (!strcmp(s, "达成") || !strcmp(s, "achieved"))
        return ZP_BAND_ACHIEVED;
    if (!strcmp(s, "部分达成") || !strcmp(s, "partial"))
        return ZP_BAND_PARTIAL;
    if (!strcmp(s, "未达成") || !strcmp(s, "missed"))
        return ZP_BAND_MISSED;
    return ZP_BAND_NONE;
}

/* Copy the unit text that follows a number, dropping a trailing 以上/以内. */
static const char *unit_copy(zp_arena *a, const char *start, const char *text_end)
{
    if (!start)
        return "";
    size_t len = (size_t)(text_end - start);
    while (len && start[len - 1] == ' ')
        len--;
    static const char *const drop[] = {"及以上", "以上", "及以下", "以下", "以内"};
    for (size_t i = 0; i < sizeof drop / sizeof drop[0]; i++) {
        if (ends_with(start, len, drop[i])) {
            len -= strlen(drop[i]);
            break;
        }
    }
    return zp_arena_strndup(a, start, len);
}

static void load_target(zp_loader *L, struct fy_node *map, zp_target *t, const char *path)
{
    static const char *const keys[] = {"name",   "level1",   "level2",        "target",
                                       "actual", "band",     "weight",        "score",
                                       "justification", "deviation", "evidence", NULL};
    zp_yr *y = &L->y;
    zp_yr_check_keys(y, map, keys, path);
    zp_yr_require(y, map, "name", path, t->at);
    char *p;
#define FIELD(key) (p = zp_arena_printf(y->arena, "%s.%s", path, key), zp_yr_get(y, map, key))
    struct fy_node *n;
    if ((n = FIELD("name")))
        t->name = zp_yr_scalar(y, n, p, t->at);
    if ((n = FIELD("level1")))
        t->level1 = zp_yr_scalar(y, n, p, t->at);
    if ((n = FIELD("level2")))
        t->level2 = zp_yr_scalar(y, n, p, t->at);
    if ((n = FIELD("target"))) {
        t->target_text = zp_yr_scalar(y, n, p, t->at);
        t->target_at = zp_yr_mark(y, n, t->at);
        if (t->target_text) {
            const char *unit = NULL;
            zp_parse_target_text(t->target_text, &t->cmp, &t->target_value, &t->target_high,
                                 &unit);
            t->target_unit = unit_copy(y->arena, unit, t->target_text + strlen(t->target_text));
        }
    }
    if ((n = FIELD("actual"))) {
        t->actual_text = zp_yr_scalar(y, n, p, t->at);
        t->actual_at = zp_yr_mark(y, n, t->at);
        const char *unit = NULL;
        if (t->actual_text && zp_parse_quantity(t->actual_text, &t->actual_value, &unit)) {
            t->has_actual_value = true;
            t->actual_unit =
                unit_copy(y->arena, unit, t->actual_text + strlen(t->actual_text));
        }
    }
    if ((n = FIELD("band"))) {
        const char *s = zp_yr_scalar(y, n, p, t->at);
        if (s) {
            t->band = parse_band(s);
            if (t->band == ZP_BAND_NONE)
                zp_yr_fatal(y, zp_yr_mark(y, n, t->at), "bad-band", "unknown band",
                            "%s 应为“达成”“部分达成”或“未达成”之一，这里是“%s”", p, s);
        }
    }
    if ((n = FIELD("weight")) && zp_yr_decimal(y, n, p, NULL, &t->weight.dec, NULL)) {
        t->weight.present = true;
        t->weight.at = zp_yr_mark(y, n, t->at);
    }
    if ((n = FIELD("score")) && zp_yr_decimal(y, n, p, NULL, &t->score.dec, NULL)) {
        t->score.present = true;
        t->score.at = zp_yr_mark(y, n, t->at);
    }
    if ((n = FIELD("justification")))
        t->justification = zp_yr_text(y, n, p, t->at);
    if ((n = FIELD("deviation")))
        t->deviation = zp_yr_text(y, n, p, t->at);
    if ((n = FIELD("evidence")))
        t->evidence = zp_yr_text(y, n, p, t->at);
#undef FIELD
    if (t->weight.present && t->weight.dec.units < 0)
        zp_yr_fatal(y, t->weight.at, "negative-weight", "a weight cannot be negative",
                    "%s.weight 不能为负数", path);
    if (t->score.present && t->score.dec.units < 0)
        zp_yr_fatal(y, t->score.at, "negative-score", "a score cannot be negative",
                    "%s.score 不能为负数", path);
}

zp_target *zp_load_targets(zp_loader *L, struct fy_node *n, const char *path, size_t *count)
{
    zp_yr *y = &L->y;
    *count = 0;
    zp_mark at = zp_yr_mark(y, n, (zp_mark){y->file, 0, 0});
    if (!zp_yr_is_seq(y, n, path, at))
        return NULL;
    int len = fy_node_sequence_item_count(n);
    zp_target *targets = ZP_ARENA_NEW(y->arena, zp_target, len > 0 ? (size_t)len : 1);
    void *it = NULL;
    struct fy_node *item;
    size_t i = 0;
    while ((item = fy_node_sequence_iterate(n, &it)) != NULL) {
        char *p = zp_arena_printf(y->arena, "%s[%zu]", path, i + 1);
        if (!zp_yr_is_map(y, item, p, at))
            continue;
        zp_target *t = &targets[i++];
        t->at = zp_yr_mark(y, item, at);
        load_target(L, item, t, p);
    }
    *count = i;
    return targets;
}
