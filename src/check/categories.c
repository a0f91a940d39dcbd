/*
 * The national classifications a report's subjects are matched to: 支出性质
 * (基本支出, 项目支出; 人员经费, 公用经费), 支出功能分类 (类), 支出经济分类
 * (类), 三公经费, and their common names. Data, looked up by an index on
 * the names' first bytes.
 */
#include <stdint.h>
#include <string.h>

#include "check/lexicon.h"

static bool at(const char *s, size_t len, size_t i, const char *w)
{
    return zp_ck_at(s, len, i, w);
}

/* ---- categories ------------------------------------------------------- */

const zp_category zp_ck_categories[] = {
    [ZC_EXP] = {"支出", -1, ZS_NONE, false, false},
    [ZC_INC] = {"收入", -1, ZS_NONE, true, false},
    [ZC_FISCAL_EXP] = {"财政拨款支出", -1, ZS_NONE, false, false},
    [ZC_FISCAL_INC] = {"财政拨款收入", ZC_INC, ZS_INCOME, true, false},
    [ZC_BASIC] = {"基本支出", ZC_EXP, ZS_NATURE, false, false},
    [ZC_PROJ] = {"项目支出", ZC_EXP, ZS_NATURE, false, false},
    [ZC_PERSONNEL] = {"人员经费", ZC_BASIC, ZS_BASIC, false, false},
    [ZC_PUBLIC] = {"公用经费", ZC_BASIC, ZS_BASIC, false, false},
    [ZC_SANGONG] = {"三公经费", -1, ZS_NONE, false, false},
    [ZC_ABROAD] = {"因公出国（境）费", ZC_SANGONG, ZS_SANGONG, false, false},
    [ZC_CAR] = {"公务用车购置及运行维护费", ZC_SANGONG, ZS_SANGONG, false, false},
    [ZC_CAR_BUY] = {"公务用车购置费", ZC_CAR, ZS_CAR, false, false},
    [ZC_CAR_RUN] = {"公务用车运行维护费", ZC_CAR, ZS_CAR, false, false},
    [ZC_RECEPTION] = {"公务接待费", ZC_SANGONG, ZS_SANGONG, false, false},
    /* 支出性质 beyond 基本 and 项目, in a 决算's 本年支出合计 */
    {"上缴上级支出", ZC_EXP, ZS_NATURE, false, true},
    {"经营支出", ZC_EXP, ZS_NATURE, false, true},
    {"对附属单位补助支出", ZC_EXP, ZS_NATURE, false, true},
    /* 支出功能分类 (类) */
    {"一般公共服务支出", ZC_EXP, ZS_FUNC, false, false},
    {"外交支出", ZC_EXP, ZS_FUNC, false, false},
    {"国防支出", ZC_EXP, ZS_FUNC, false, false},
    {"公共安全支出", ZC_EXP, ZS_FUNC, false, false},
    {"教育支出", ZC_EXP, ZS_FUNC, false, false},
    {"科学技术支出", ZC_EXP, ZS_FUNC, false, false},
    {"文化旅游体育与传媒支出", ZC_EXP, ZS_FUNC, false, false},
    {"社会保障和就业支出", ZC_EXP, ZS_FUNC, false, false},
    {"卫生健康支出", ZC_EXP, ZS_FUNC, false, false},
    {"节能环保支出", ZC_EXP, ZS_FUNC, false, false},
    {"城乡社区支出", ZC_EXP, ZS_FUNC, false, false},
    {"农林水支出", ZC_EXP, ZS_FUNC, false, false},
    {"交通运输支出", ZC_EXP, ZS_FUNC, false, false},
    {"资源勘探工业信息等支出", ZC_EXP, ZS_FUNC, false, false},
    {"商业服务业等支出", ZC_EXP, ZS_FUNC, false, false},
    {"金融支出", ZC_EXP, ZS_FUNC, false, false},
    {"自然资源海洋气象等支出", ZC_EXP, ZS_FUNC, false, false},
    {"住房保障支出", ZC_EXP, ZS_FUNC, false, false},
    {"粮油物资储备支出", ZC_EXP, ZS_FUNC, false, false},
    {"灾害防治及应急管理支出", ZC_EXP, ZS_FUNC, false, false},
    /* 支出经济分类 (类) */
    {"工资福利支出", ZC_EXP, ZS_ECON, false, false},
    {"商品和服务支出", ZC_EXP, ZS_ECON, false, false},
    {"对个人和家庭的补助", ZC_EXP, ZS_ECON, false, false},
    {"债务利息及费用支出", ZC_EXP, ZS_ECON, false, false},
    {"资本性支出", ZC_EXP, ZS_ECON, false, false},
    {"对企业补助", ZC_EXP, ZS_ECON, false, false},
    {"对社会保障基金补助", ZC_EXP, ZS_ECON, false, false},
};
const int zp_ck_ncategories = (int)(sizeof zp_ck_categories / sizeof zp_ck_categories[0]);

typedef struct alias {
    const char *text; /* in key form: no 的, no quotes */
    int cat;          /* -2: look up by name below */
    bool exact;       /* the whole subject, not a part of it */
} alias;

static const alias aliases[] = {
    {"支出", ZC_EXP, true},
    {"支出总计", ZC_EXP, false},
    {"支出合计", ZC_EXP, false},
    {"支出总额", ZC_EXP, false},
    {"总支出", ZC_EXP, false},
    {"本年支出", ZC_EXP, false},
    {"整体支出", ZC_EXP, false},
    {"部门支出", ZC_EXP, false},
    {"决算支出", ZC_EXP, false},
    {"收、支总计", ZC_EXP, false},
    {"收支总计", ZC_EXP, false},
    {"收入", ZC_INC, true},
    {"收入总计", ZC_INC, false},
    {"收入合计", ZC_INC, false},
    {"收入总额", ZC_INC, false},
    {"总收入", ZC_INC, false},
    {"本年收入", ZC_INC, false},
    {"财政拨款支出", ZC_FISCAL_EXP, false},
    {"财政拨款收支总计", ZC_FISCAL_EXP, false},
    {"财政拨款支出总计", ZC_FISCAL_EXP, false},
    {"财政拨款收入", ZC_FISCAL_INC, false},
    {"基本支出", ZC_BASIC, false},
    {"项目支出", ZC_PROJ, false},
    {"人员经费", ZC_PERSONNEL, false},
    {"人员支出", ZC_PERSONNEL, false},
    {"公用经费", ZC_PUBLIC, false},
    {"公用支出", ZC_PUBLIC, false},
    {"三公经费", ZC_SANGONG, false},
    {"三公", ZC_SANGONG, false},
    {"因公出国（境）", ZC_ABROAD, false},
    {"因公出国(境)", ZC_ABROAD, false},
    {"因公出国", ZC_ABROAD, false},
    {"因公出国境费", ZC_ABROAD, false},
    {"因公出国境", ZC_ABROAD, false},
    {"出国境费", ZC_ABROAD, false},
    {"出国（境）费", ZC_ABROAD, false},
    {"出国(境)费", ZC_ABROAD, false},
    {"公务用车购置及运行维护费", ZC_CAR, false},
    {"公务用车购置费及运行维护费", ZC_CAR, false},
    {"公务用车购置和运行维护费", ZC_CAR, false},
    {"公务用车购置费和运行维护费", ZC_CAR, false},
    {"公务用车购置及运行费", ZC_CAR, false},
    {"公务用车费", ZC_CAR, false},
    {"公务用车购置费", ZC_CAR_BUY, false},
    {"公务用车购置", ZC_CAR_BUY, false},
    {"车辆购置费", ZC_CAR_BUY, false},
    {"公务用车运行维护费", ZC_CAR_RUN, false},
    {"公务用车运行维护", ZC_CAR_RUN, false}, /* "公务用车运行维护支出" */
    {"公务用车运行费", ZC_CAR_RUN, false},
    {"运行维护费", ZC_CAR_RUN, false},
    {"车辆运行维护费", ZC_CAR_RUN, false},
    {"车辆运行费", ZC_CAR_RUN, false},
    {"公车运行维护费", ZC_CAR_RUN, false},
    {"公车运行费", ZC_CAR_RUN, false},
    {"公车购置费", ZC_CAR_BUY, false},
    {"公务接待费", ZC_RECEPTION, false},
    {"接待费", ZC_RECEPTION, false},
    {"上缴上级支出", -2, false},
    {"经营支出", -2, false},
    {"对附属单位补助支出", -2, false},
    {"对附属单位补助", -2, false},
    {"一般公共服务", -2, false},
    {"外交", -2, true},
    {"国防", -2, true},
    {"公共安全", -2, false},
    {"教育", -2, true},
    {"科学技术", -2, false},
    {"文化旅游体育与传媒", -2, false},
    {"文化体育与传媒", -2, false},
    {"社会保障和就业", -2, false},
    {"卫生健康", -2, false},
    {"医疗卫生", -2, false},
    {"节能环保", -2, false},
    {"城乡社区", -2, false},
    {"农林水", -2, false},
    {"交通运输", -2, false},
    {"资源勘探工业信息等", -2, false},
    {"商业服务业等", -2, false},
    {"金融", -2, true},
    {"自然资源海洋气象等", -2, false},
    {"住房保障", -2, false},
    {"粮油物资储备", -2, false},
    {"灾害防治及应急管理", -2, false},
    {"工资福利", -2, false},
    {"商品和服务", -2, false},
    {"对个人和家庭补助", -2, false},
    {"对个人和家庭", -2, false},
    {"债务利息及费用", -2, false},
    {"资本性支出", -2, false},
    {"对企业补助", -2, false},
    {"对社会保障基金补助", -2, false},
};

/* Which category an alias marked -2 names: the one whose name starts with it. */
static int by_name(const char *text)
{
    size_t m = strlen(text);
    for (int i = 0; i < zp_ck_ncategories; i++) {
        char key[96];
        zp_ck_key_of(zp_ck_categories[i].name, strlen(zp_ck_categories[i].name), key, sizeof key);
        if (!strncmp(key, text, m))
            return i;
    }
    return -1;
}

/* Words that may follow a category's name in a subject without changing
 * what it names: 基本支出总额, 三公经费支出, 工资福利支出. */
static size_t generic_tail(const char *s, size_t len)
{
    /* 财政拨款 too: "三公经费财政拨款支出" is the 三公经费, all of which
     * fiscal appropriations pay. */
    static const char *const tails[] = {"支出", "费用", "经费", "资金", "总额", "总计", "合计",
                                        "金额", "数", "决算", "共计", "合计数", "费", "财政拨款",
                                        "总支出", "总"};
    size_t i = 0;
    for (;;) {
        bool more = false;
        for (size_t k = 0; k < sizeof tails / sizeof tails[0]; k++) {
            if (at(s, len, i, tails[k])) {
                i += strlen(tails[k]);
                more = true;
                break;
            }
        }
        if (!more)
            return i;
    }
}

/* Aliases by their first byte pair, so that a subject is compared only
 * with the names that could start at each of its characters. */
enum { ALIAS_BUCKETS = 256 };
static short alias_next[sizeof aliases / sizeof aliases[0]];
static signed char alias_cat[sizeof aliases / sizeof aliases[0]]; /* resolved once */
static short alias_head[ALIAS_BUCKETS];
static bool alias_ready;

static unsigned bucket_of(const char *s)
{
    return ((unsigned char)s[0] * 31u + (unsigned char)s[1] * 7u + (unsigned char)(s[1] ? s[2] : 0)) %
           ALIAS_BUCKETS;
}

static void build_alias_index(void)
{
    for (int b = 0; b < ALIAS_BUCKETS; b++)
        alias_head[b] = -1;
    for (int k = (int)(sizeof aliases / sizeof aliases[0]) - 1; k >= 0; k--) {
        unsigned b = bucket_of(aliases[k].text);
        alias_next[k] = alias_head[b];
        alias_head[b] = (short)k;
        alias_cat[k] = aliases[k].cat == -2 ? by_name(aliases[k].text) : aliases[k].cat;
    }
    alias_ready = true;
}

/* "一般公共预算财政拨款收入", "政府性基金预算财政拨款支出": the part of a
 * category one fund pays, not the category; so is "财政拨款基本支出" of
 * 基本支出; "其它人员经费" is a part of 人员经费. Is such a qualifier
 * before key[where]? */
static bool narrowed(const char *key, size_t where)
{
    static const char *const qualifiers[] = {"一般公共预算", "政府性基金预算", "国有资本经营预算",
                                             "社会保险基金预算", "财政拨款"};
    for (size_t k = 0; k < sizeof qualifiers / sizeof qualifiers[0]; k++)
        if (zp_ck_findn(key, where, qualifiers[k], strlen(qualifiers[k])))
            return true;
    return where >= 6 && (!memcmp(key + where - 6, "其他", 6) || !memcmp(key + where - 6, "其它", 6));
}

/* "政府采购支出总额", "培训支出合计": words before a total's name make it
 * the total of something else, not the unit's. Only words that name the
 * unit or the year may stand there. */
static bool total_of_something(const char *key, size_t where, int cat)
{
    static const char *const own[] = {"部门", "单位", "整体", "决算", "年度", "全年", "当年",
                                      "机关", "本级"};
    if ((cat != ZC_EXP && cat != ZC_INC) || where == 0)
        return false;
    for (size_t i = 0; i < where;) {
        size_t k = 0;
        while (k < sizeof own / sizeof own[0] && !at(key, where, i, own[k]))
            k++;
        if (k == sizeof own / sizeof own[0])
            return true;
        i += strlen(own[k]);
    }
    return false;
}

static int category_of(const char *s, size_t len);

/* Subjects repeat (支出, 收入, 基本支出 …) and naming one costs a walk of
 * the alias index at every character: the latest answers are kept, by a
 * hash of the subject's bytes (per thread, for the server to come). */
enum { MEMO_SLOTS = 256, MEMO_TEXT = 48 };
typedef struct memo_slot {
    unsigned char len; /* 0: empty */
    signed char cat;
    char text[MEMO_TEXT];
} memo_slot;
static _Thread_local memo_slot memo[MEMO_SLOTS];
_Static_assert(sizeof zp_ck_categories / sizeof zp_ck_categories[0] < 128,
               "a category fits the memo's signed char");

int zp_ck_category_of(const char *s, size_t len)
{
    if (len == 0 || len > MEMO_TEXT)
        return category_of(s, len);
    uint32_t h = 2166136261u;
    for (size_t i = 0; i < len; i++)
        h = (h ^ (unsigned char)s[i]) * 16777619u;
    memo_slot *m = &memo[h % MEMO_SLOTS];
    if (m->len == len && !memcmp(m->text, s, len))
        return m->cat;
    int cat = category_of(s, len);
    m->len = (unsigned char)len;
    m->cat = (signed char)cat;
    memcpy(m->text, s, len);
    return cat;
}

/* The longest alias at key[where..) that names a category (not an exact
 * one: those name whole subjects): its category, and its length in *m. */
static int alias_at(const char *key, size_t klen, size_t where, size_t *m)
{
    int best = -1;
    *m = 0;
    for (int k = alias_head[bucket_of(key + where)]; k >= 0; k = alias_next[k]) {
        const alias *a = &aliases[k];
        size_t n = strlen(a->text);
        if (a->exact || n <= *m || where + n > klen || memcmp(key + where, a->text, n))
            continue;
        int cat = alias_cat[k];
        if (cat >= 0) {
            best = cat;
            *m = n;
        }
    }
    return best;
}

/* "因公出国(境)费、公务用车购置及运行费和公务接待费的财政拨款预算数" (the
 * 、 gone with the label's marks): classes of one split named one after
 * another are their sum, the parent, when they are all of it; some of
 * them are no one category (-1). -2 when the key is no such list. */
static int category_of_list(const char *key, size_t klen)
{
    int cats[8], n = 0;
    size_t a = 0, m;
    while (a + 1 < klen && n < 8) {
        int cat = alias_at(key, klen, a, &m);
        if (cat < 0)
            break;
        for (int k = 0; k < n; k++)
            if (cats[k] == cat)
                return -2;
        cats[n++] = cat;
        a += m;
        if (at(key, klen, a, "和") || at(key, klen, a, "、") || at(key, klen, a, "及") ||
            at(key, klen, a, "与"))
            a += 3;
    }
    if (n < 2 || generic_tail(key + a, klen - a) != klen - a)
        return -2;
    int parent = zp_ck_categories[cats[0]].parent;
    zp_split split = zp_ck_categories[cats[0]].split;
    if (parent < 0) /* "三公经费支出总额": a name and a total's word, no list */
        return -2;
    for (int k = 1; k < n; k++)
        if (zp_ck_categories[cats[k]].parent != parent || zp_ck_categories[cats[k]].split != split)
            return -2;
    return n >= zp_ck_split_members(parent, split) ? parent : -1;
}

static int category_of(const char *s, size_t len)
{
    char key[192];
    zp_ck_key_of(s, len, key, sizeof key);
    size_t klen = strlen(key);
    if (!alias_ready)
        build_alias_index();
    /* "平均每辆车运行维护费", "人均公用经费": an average, not the category */
    if (zp_ck_has(key, klen, "平均") || zp_ck_has(key, klen, "每") || zp_ck_has(key, klen, "人均") ||
        zp_ck_has(key, klen, "车均"))
        return -1;
    int whole = category_of_list(key, klen);
    if (whole != -2)
        return whole;
    /* The name that starts first wins ("三公经费支出总额" is 三公经费, not
     * 支出总额); of two that start together, the longer. */
    for (size_t where = 0; where + 1 < klen; where++) {
        if (((unsigned char)key[where] & 0xC0) == 0x80)
            continue;
        int best = -1;
        size_t best_len = 0;
        for (int k = alias_head[bucket_of(key + where)]; k >= 0; k = alias_next[k]) {
            const alias *a = &aliases[k];
            size_t m = strlen(a->text);
            if (m <= best_len || where + m > klen || memcmp(key + where, a->text, m))
                continue;
            /* An exact name ("支出", "教育") names the whole subject, or its
             * start before generic words ("教育支出"). */
            if ((a->exact && where != 0) ||
                generic_tail(key + where + m, klen - where - m) != klen - where - m)
                continue;
            int cat = alias_cat[k];
            if (cat >= 0) {
                best = cat;
                best_len = m;
            }
        }
        if (best >= 0)
            return narrowed(key, where) || total_of_something(key, where, best) ? -1 : best;
    }
    return -1;
}

bool zp_ck_same_split(int a, int b)
{
    return a >= 0 && b >= 0 && a != b && zp_ck_categories[a].parent >= 0 &&
           zp_ck_categories[a].parent == zp_ck_categories[b].parent &&
           zp_ck_categories[a].split == zp_ck_categories[b].split;
}

int zp_ck_split_members(int parent, zp_split split)
{
    int members = 0;
    for (int k = 0; k < zp_ck_ncategories; k++)
        members += zp_ck_categories[k].parent == parent && zp_ck_categories[k].split == split &&
                   !zp_ck_categories[k].optional;
    return members;
}

bool zp_ck_split_complete(zp_split s)
{
    return s == ZS_NATURE || s == ZS_BASIC || s == ZS_SANGONG || s == ZS_CAR;
}

