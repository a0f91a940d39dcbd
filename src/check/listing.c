/*
 * Counts against the things listed: "设 9 个内设机构，分别为：办公室、投资促进
 * 股、…、项目服务股。" names as many things as it counts. The list follows a
 * colon (or 分别为, 分别是, 包括) after the count, in the same sentence, its
 * items parted by 、. A list with figures or commas in it, or ending in 等,
 * is not a plain list and is left alone; what a bracket holds belongs to its
 * item; a last item joined by 和 or 及 may be one item or two, and the count
 * is wrong only when it fits neither. A list of what words after a comma
 * name may be of some of the things counted, and cannot be of more.
 */
#include <string.h>

#include "check/check_int.h"

static bool at(const char *s, size_t len, size_t i, const char *w)
{
    return zp_ck_at(s, len, i, w);
}

static bool sentence_end(const char *s, size_t len, size_t i)
{
    return s[i] == ';' || s[i] == '!' || s[i] == '?' || at(s, len, i, "。");
}

/* Where the list after the count at s[i..] starts, or (size_t)-1: a colon or
 * 分别为/分别是/包括 within a few words, with no figure or sentence end
 * before it. */
static size_t list_start(const char *s, size_t len, size_t i, bool *named)
{
    static const char *const intro[] = {"分别为", "分别是", "包括", "即"};
    *named = false;
    size_t comma = (size_t)-1;
    for (size_t n = 0; i < len && n < 16; n++) {
        /* "二级预算单位为 11 个，行政单位分别是：…": words after a comma
         * name what is listed, which may be some of what was counted. */
        if (s[i] == ':')
            return i + 1;
        for (size_t k = 0; k < sizeof intro / sizeof intro[0]; k++)
            if (at(s, len, i, intro[k])) {
                size_t j = i + strlen(intro[k]);
                return j < len && s[j] == ':' ? j + 1 : j;
            }
        if (s[i] == ',' || at(s, len, i, "，"))
            comma = i;
        else if (comma != (size_t)-1 && s[i] != ' ')
            *named = true;
        if ((s[i] >= '0' && s[i] <= '9') || sentence_end(s, len, i))
            return (size_t)-1;
        i += zp_ck_char_len((unsigned char)s[i]);
    }
    return (size_t)-1;
}

void zp_ck_listing_check(zp_checker *c)
{
    const char *s = c->p.text;
    size_t len = c->p.len;
    if (!zp_ck_has(s, len, "、"))
        return;
    for (size_t k = 0; k < c->nums.count; k++) {
        const zp_num *n = &c->nums.items[k];
        if (n->family != ZF_COUNT || n->value.scale != 0 || n->value.units < 1 ||
            n->value.units > 64 || (n->flags & (ZN_APPROX | ZN_BOUND)) ||
            !zp_ck_num_is_quantity(n))
            continue;
        bool named;
        size_t from = list_start(s, len, n->end, &named);
        if (from == (size_t)-1)
            continue;
        /* "设立 1 个内设机构，分别是：A、B、C": one thing is never 分别 */
        if (n->value.units == 1 && !zp_ck_has(s + n->end, from - n->end, "分别"))
            continue;
        int seps = 0, depth = 0;
        bool plain = true, joined = false;
        size_t last_item = from, i = from;
        for (; i < len && !sentence_end(s, len, i) && plain;) {
            if ((s[i] >= '0' && s[i] <= '9') || s[i] == ',' || at(s, len, i, "，"))
                plain = false;
            /* "组织宣传处(人事处、对外联络处)" is one item. */
            depth += s[i] == '(' ? 1 : s[i] == ')' && depth > 0 ? -1 : 0;
            if (at(s, len, i, "、") && depth == 0) {
                seps++;
                last_item = i + 3;
            }
            i += zp_ck_char_len((unsigned char)s[i]);
        }
        size_t end = i;
        while (end > from && s[end - 1] == ' ')
            end--;
        if (!plain || seps == 0 || (end >= 3 && at(s, len, end - 3, "等")))
            continue;
        for (size_t j = last_item; j < end; j += zp_ck_char_len((unsigned char)s[j]))
            joined |= at(s, len, j, "和") || at(s, len, j, "及") || at(s, len, j, "与");
        int listed = seps + 1;
        int64_t stated = n->value.units;
        if (stated == listed || (joined && stated == listed + 1) || (named && listed < stated))
            continue;
        zp_finding *g = zp_ck_report(c, ZP_ERROR, "arithmetic", "count", n->start, end,
                                     "the count does not match the things listed",
                                     "所写的数（%lld%s）与列举的项数（%d）不符", (long long)stated,
                                     n->unit, listed);
        zp_ck_finding_stated(g, n->value, n->unit);
        if (joined)
            zp_ck_finding_note(g, "列举了 %d 项（末项以“和”“及”相连时为 %d 项）", listed,
                               listed + 1);
        else
            zp_ck_finding_note(g, "列举了 %d 项，以“、”分隔", listed);
    }
}
