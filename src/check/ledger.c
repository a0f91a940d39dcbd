/*
 * The ledger: every quantity a document states that a later sentence may
 * state again (a category's amount, budget, change and rate; an indicator's
 * value; the total score), so that the same quantity stated twice with
 * different values is found. It is bounded (ZP_LEDGER_MAX entries) so that
 * a 100 MB document cannot make it grow without end.
 *
 * Scopes: a budget category is one quantity in the whole document, unless
 * it is stated inside a project's section; an indicator (满意度, 知晓度 …) is
 * one quantity inside the section of level 1 to 3 it is stated in, since
 * each project reports its own.
 */
#include <stdlib.h>
#include <string.h>

#include "check/check_int.h"

void zp_ck_ledger_init(zp_ledger *l)
{
    memset(l, 0, sizeof *l);
}

void zp_ck_ledger_free(zp_ledger *l)
{
    free(l->items);
    free(l->table);
    memset(l, 0, sizeof *l);
}

void zp_ck_ledger_clear(zp_ledger *l)
{
    l->count = 0;
    if (l->table)
        for (size_t i = 0; i < l->tcap; i++)
            l->table[i] = -1;
}

static uint64_t hash_of(const char *key, int role, int scope)
{
    uint64_t h = 1469598103934665603ULL;
    for (const unsigned char *p = (const unsigned char *)key; *p; p++)
        h = (h ^ *p) * 1099511628211ULL;
    h = (h ^ (uint64_t)(unsigned)role) * 1099511628211ULL;
    h = (h ^ (uint64_t)(unsigned)scope) * 1099511628211ULL;
    return h;
}

static void rehash(zp_ledger *l, size_t cap)
{
    free(l->table);
    l->tcap = cap;
    l->table = zp_xmalloc(cap * sizeof *l->table);
    for (size_t i = 0; i < cap; i++)
        l->table[i] = -1;
    for (size_t i = 0; i < l->count; i++) {
        size_t k = (size_t)(l->items[i].hash & (cap - 1));
        while (l->table[k] >= 0)
            k = (k + 1) & (cap - 1);
        l->table[k] = (int)i;
    }
}

/* The entry of key, role and scope that is a 总计 (grand 1) or not (0). */
static zp_entry *find(const zp_ledger *l, uint64_t h, const char *key, int role, int scope,
                      bool grand)
{
    if (!l->table)
        return NULL;
    size_t k = (size_t)(h & (l->tcap - 1));
    while (l->table[k] >= 0) {
        zp_entry *e = &l->items[l->table[k]];
        if (e->hash == h && e->role == role && e->scope == scope && e->grand == grand &&
            !strcmp(e->key, key))
            return e;
        k = (k + 1) & (l->tcap - 1);
    }
    return NULL;
}

static zp_entry *add(zp_ledger *l, uint64_t h)
{
    if (l->count >= ZP_LEDGER_MAX)
        return NULL;
    if (l->count == l->cap) {
        l->cap = l->cap ? l->cap * 2 : 64;
        l->items = zp_xrealloc(l->items, l->cap * sizeof *l->items);
    }
    if ((l->count + 1) * 2 > l->tcap)
        rehash(l, l->tcap ? l->tcap * 2 : 128);
    zp_entry *e = &l->items[l->count];
    memset(e, 0, sizeof *e);
    e->hash = h;
    size_t k = (size_t)(h & (l->tcap - 1));
    while (l->table[k] >= 0)
        k = (k + 1) & (l->tcap - 1);
    l->table[k] = (int)l->count++;
    return e;
}

/* Can one value be stated both ways? */
static bool agree(zp_interval a, zp_interval b)
{
    return zp_interval_meets_rounded(a, b);
}

static bool interval_of(zp_dec v, int exp10, zp_interval *out)
{
    zp_num n;
    memset(&n, 0, sizeof n);
    n.value = v;
    n.exp10 = exp10;
    return zp_ck_num_interval(&n, out);
}

/* Report that n, stated at line, contradicts e; grand: one is a 总计. */
static void contradiction(zp_checker *c, zp_entry *e, const zp_num *n, const char *what, int line,
                          int col, int page, const char *quote, bool grand)
{
    /* One disagreement between two passages is one finding: the change's
     * rate that goes with its amount is not a second one. */
    if (!strcmp(c->last_contradiction, e->key) && line - c->last_contradiction_line <= 4 &&
        line >= c->last_contradiction_line)
        return;
    zp_str_copy(c->last_contradiction, sizeof c->last_contradiction, e->key);
    c->last_contradiction_line = line;
    char was[48], now[48];
    zp_dec_format(e->value, false, was, sizeof was);
    zp_dec_format(n->value, false, now, sizeof now);
    zp_finding *g = zp_ck_report_at(c, ZP_ERROR, "contradiction", "same-quantity", line, line, col,
                                    page, quote,
                                    "the same quantity is stated twice with different values",
                                    "同一数字前后不一：%s在第 %d 行为 %s%s，这里为 %s%s", what, e->line,
                                    was, e->unit, now, n->unit);
    if (g) {
        zp_ck_finding_stated(g, n->value, n->unit);
        g->other_line = e->line;
        if (grand)
            zp_ck_finding_note(g, "第 %d 行：“%s”；总计含结转结余，不会小于本年合计", e->line,
                               e->quote);
        else
            zp_ck_finding_note(g, "第 %d 行：“%s”", e->line, e->quote);
    }
    e->reported = true;
}

void zp_ck_ledger_put(zp_checker *c, const char *key, int role, int scope, const zp_num *n,
                   const char *what, int line, int col, int page, const char *quote)
{
    if (!key[0] || (n->flags & (ZN_APPROX | ZN_BOUND)))
        return;
    uint64_t h = hash_of(key, role, scope);
    zp_interval a, b;
    if (!zp_ck_num_interval(n, &b))
        return;
    /* 收入总计 and 支出总计 hold the carry-overs too: a report may state them
     * beside 本年收入合计 and 本年支出合计 with other values, but never with
     * less. Each is compared with its own kind's statements, and the two
     * kinds' amounts with each other so. Their changes, rates and budgets
     * are anything. */
    zp_entry *other = find(&c->ledger, h, key, role, scope, !c->ledger_grand);
    if (other && role == ZR_AMOUNT && !other->reported && other->line != line &&
        other->family == (int)n->family && interval_of(other->value, other->exp10, &a)) {
        zp_interval grand = other->grand ? a : b, annual = other->grand ? b : a;
        /* a stated figure stands for a half-open interval: touching is less */
        if (zp_rat_cmp(grand.hi, annual.lo) <= 0 && !agree(a, b))
            contradiction(c, other, n, what, line, col, page, quote, true);
    }
    zp_entry *e = find(&c->ledger, h, key, role, scope, c->ledger_grand);
    if (!e) {
        e = add(&c->ledger, h);
        if (!e)
            return;
        zp_str_copy(e->key, sizeof e->key, key);
        e->role = role;
        e->scope = scope;
        e->value = n->value;
        e->exp10 = n->exp10;
        zp_str_copy(e->unit, sizeof e->unit, n->unit);
        e->family = (int)n->family;
        e->line = line;
        e->col = col;
        e->page = page;
        e->section = c->heading_scope[1];
        e->grand = c->ledger_grand;
        zp_ck_copy_text(e->quote, sizeof e->quote, quote, strlen(quote));
        return;
    }
    /* "购置费较上年增加 55 万元 … 购置数较上年增加 7 辆": other quantities */
    if (e->reported || e->line == line || e->family != (int)n->family)
        return;
    /* An indicator is a local quantity: far from its last statement it may
     * be another project's, under a heading the text does not number. */
    if (role == ZR_INDICATOR && line - e->line > ZP_INDICATOR_REACH) {
        e->value = n->value;
        e->exp10 = n->exp10;
        zp_str_copy(e->unit, sizeof e->unit, n->unit);
        e->family = (int)n->family;
        e->line = line;
        e->col = col;
        e->page = page;
        zp_ck_copy_text(e->quote, sizeof e->quote, quote, strlen(quote));
        return;
    }
    if (!interval_of(e->value, e->exp10, &a) || agree(a, b))
        return;
    contradiction(c, e, n, what, line, col, page, quote, false);
}

const char *zp_ck_fund_key(const zp_checker *c, const char *name, char *buf, size_t size)
{
    const char *fund = NULL;
    for (int l = 1; l <= 3; l++)
        if (c->heading_scope[l] && c->heading_fund[l])
            fund = c->heading_fund[l];
    if (!fund || !strncmp(name, fund, strlen(fund)))
        return name;
    snprintf(buf, size, "%s：%s", fund, name);
    return buf;
}

bool zp_ck_val_from_entry(const zp_entry *e, zp_val *v)
{
    memset(v, 0, sizeof *v);
    zp_num n;
    memset(&n, 0, sizeof n);
    n.value = e->value;
    n.exp10 = e->exp10;
    if (!zp_ck_num_interval(&n, &v->iv) || !zp_ck_num_rat(&n, &v->r))
        return false;
    v->ok = true;
    v->ext = e;
    v->from = v->to = (size_t)-1;
    v->n = 1;
    return true;
}

const zp_entry *zp_ck_ledger_find(const zp_checker *c, const char *key, int role, int scope)
{
    uint64_t h = hash_of(key, role, scope);
    const zp_entry *e = find(&c->ledger, h, key, role, scope, false);
    if (!e)
        e = find(&c->ledger, h, key, role, scope, true);
    return e && e->section == c->heading_scope[1] ? e : NULL;
}

/* What an indicator is, whoever states it: "公众对科普工作的满意度" and
 * "科技工作者和公众对本部门科普工作的满意度" are both 科普工作满意度. */
static void indicator_key(const char *subject, char *out, size_t size)
{
    char key[128];
    zp_ck_key_of(subject, strlen(subject), key, sizeof key);
    const char *p = zp_ck_find_last(key, strlen(key), "对");
    const char *s = p ? p + 3 : key;
    static const char *const fillers[] = {"本部门", "本单位", "我部门", "我单位", "本年", "本级"};
    for (bool again = true; again;) {
        again = false;
        for (size_t k = 0; k < sizeof fillers / sizeof fillers[0]; k++) {
            size_t m = strlen(fillers[k]);
            if (!strncmp(s, fillers[k], m) && s[m]) {
                s += m;
                again = true;
            }
        }
    }
    zp_str_copy(out, size, s);
}

static bool rate_like(const char *s)
{
    size_t n = strlen(s);
    if (n < 6)
        return false;
    return !strcmp(s + n - 3, "率") || (!strcmp(s + n - 3, "度") && strcmp(s + n - 6, "年度") &&
                                        strcmp(s + n - 6, "季度") && strcmp(s + n - 6, "进度"));
}

static void put_item(zp_checker *c, const char *key, int role, int scope, const zp_item *it,
                     const char *what)
{
    if (!it || it->forced || !key[0] || (it->num.flags & (ZN_APPROX | ZN_BOUND)))
        return;
    /* Most statements agree with what was said before: find that out
     * before placing and quoting this one. */
    zp_entry *e = find(&c->ledger, hash_of(key, role, scope), key, role, scope, c->ledger_grand);
    if (e) {
        zp_interval a, b;
        if (e->reported || !interval_of(e->value, e->exp10, &a) || !zp_ck_item_interval(it, &b))
            return;
        if (agree(a, b)) {
            /* Said again alike: an indicator's reach starts again here. */
            if (role == ZR_INDICATOR) {
                char quote[512];
                zp_ck_para_locate(c->p.para, it->num.start, &e->line, &e->col, &e->page);
                zp_ck_quote(&c->p, it->num.start, it->num.end, quote, sizeof quote);
                zp_ck_copy_text(e->quote, sizeof e->quote, quote, strlen(quote));
                e->value = it->num.value;
            }
            return;
        }
    } else if (c->ledger.count >= ZP_LEDGER_MAX) {
        return;
    }
    int line, col, page;
    zp_ck_para_locate(c->p.para, it->num.start, &line, &col, &page);
    char quote[512];
    zp_ck_quote(&c->p, it->num.start, it->num.end, quote, sizeof quote);
    zp_num n = it->num;
    zp_ck_ledger_put(c, key, role, scope, &n, what, line, col, page, quote);
}

/* A category stated as a part of a whole that is not above it in the
 * classifications is that whole's part, not the unit's category: "项目支出
 * …其中：工资福利支出 12000 元" is not the unit's 工资福利支出, nor is "机构
 * 运行…其中：基本支出" its 基本支出. The name it is kept under. */
static const char *part_name(const zp_checker *c, const zp_frame *f, int cat, char *buf,
                             size_t size)
{
    const char *name = zp_ck_categories[cat].name, *whole = NULL;
    int wcat = -1;
    if (f->parent >= 0) {
        const zp_frame *p = &c->p.frames[f->parent];
        wcat = p->cat;
        whole = wcat >= 0 ? zp_ck_categories[wcat].name : p->subject;
    } else if (f->slot[ZR_SHARE] >= 0 && f->object[0]) {
        /* "商品和服务支出 426000 元，占项目支出预算 90.73%" */
        wcat = zp_ck_category_of(f->object, strlen(f->object));
        whole = wcat >= 0 ? zp_ck_categories[wcat].name : NULL;
    }
    if (!whole || !whole[0] || wcat == cat)
        return name;
    for (int up = zp_ck_categories[cat].parent; up >= 0; up = zp_ck_categories[up].parent)
        if (up == wcat)
            return name;
    char head[96];
    zp_str_join(head, sizeof head, whole, "中的");
    zp_str_join(buf, size, head, name);
    return buf;
}

/* The category a frame's figures are kept under, or -1. "（三）预算执行情况
 * 全年预算数 A 万元，决算数 X 万元": a figure with no subject under such a
 * heading is the department's total. */
int zp_ck_ledger_cat(const zp_checker *c, const zp_frame *f)
{
    if (f->cat < 0 && c->execution_section && !c->project && !f->subject[0] &&
        f->slot[ZR_BUDGET] >= 0 && (f->slot[ZR_ACTUAL] >= 0 || f->slot[ZR_AMOUNT] >= 0))
        return ZC_EXP;
    return f->cat;
}

/* The fund the paragraph names before byte at, other than the budgets'
 * own ("…最大头的是企业职工基本养老保险基金。…收入 20790 亿元"): its name
 * back to the clause's start, into out; false when none. */
static bool fund_before(const zp_checker *c, size_t at, char *out, size_t size)
{
    const char *s = c->p.text;
    const char *q = zp_ck_find_last(s, at, "基金");
    if (!q)
        return false;
    size_t end = (size_t)(q - s) + strlen("基金"), a = (size_t)(q - s);
    while (a > 0 && s[a - 1] != ',' && s[a - 1] != ';' && s[a - 1] != ':' &&
           !(a >= 3 && (!memcmp(s + a - 3, "。", 3) || !memcmp(s + a - 3, "，", 3) ||
                        !memcmp(s + a - 3, "、", 3) || !memcmp(s + a - 3, "的", 3) ||
                        !memcmp(s + a - 3, "是", 3))))
        a--;
    if (end - a < 12 || zp_ck_fund_named(s + a, end - a))
        return false;
    zp_ck_copy_text(out, size, s + a, end - a);
    return true;
}

/* The sentences of the paragraph that open with a level of government
 * (全市, 市本级, 县本级 …), into c->gov_*: one walk per paragraph. */
/* The level word at s[i], or NULL. */
static const char *level_at(const char *s, size_t len, size_t i)
{
    static const char *const levels[] = {"全省", "省本级", "全市", "市本级", "全州", "州本级",
                                         "全县", "县本级", "全区", "区本级", "全盟", "盟本级",
                                         "全旗", "旗本级", "乡镇级", "镇本级"};
    for (size_t k = 0; k < sizeof levels / sizeof levels[0]; k++)
        if (zp_ck_at(s, len, i, levels[k]))
            return levels[k];
    return NULL;
}

void zp_ck_ledger_levels(zp_checker *c)
{
    const char *s = c->p.text;
    size_t len = c->p.len, start = c->p.para->marker_len;
    c->ngov = 0;
    /* The paragraph's start, and right after each 。；！？: the marks are
     * found by memchr (this is asked of every paragraph), their last byte
     * each time, and what follows them kept in order. */
    static const char last_bytes[] = {'\x82', ';', '!', '?'};
    const char *name = level_at(s, len, start);
    if (name) {
        c->gov_at[0] = start;
        c->gov_name[c->ngov++] = name;
    }
    for (size_t k = 0; k < sizeof last_bytes; k++)
        for (const char *p = memchr(s + start, last_bytes[k], len - start); p && c->ngov < 16;
             p = memchr(p + 1, last_bytes[k], len - (size_t)(p + 1 - s))) {
            size_t at = (size_t)(p - s) + 1;
            if (at >= len || (k == 0 && !zp_ck_mark_ends_at(s, at, false)) ||
                !(name = level_at(s, len, at)))
                continue;
            size_t n = (size_t)c->ngov++;
            while (n > 0 && c->gov_at[n - 1] > at) {
                c->gov_at[n] = c->gov_at[n - 1];
                c->gov_name[n] = c->gov_name[n - 1];
                n--;
            }
            c->gov_at[n] = at;
            c->gov_name[n] = name;
        }
}

/* The level of government the last sentence to name one before byte at
 * names, or NULL. */
static const char *government_level(const zp_checker *c, size_t at)
{
    const char *found = NULL;
    for (int k = 0; k < c->ngov && c->gov_at[k] < at; k++)
        found = c->gov_name[k];
    return found;
}

const char *zp_ck_ledger_name(const zp_checker *c, const zp_frame *f, char *buf, size_t size)
{
    int cat = zp_ck_ledger_cat(c, f);
    if (cat < 0)
        return NULL;
    char qualified[96], titled[160];
    const char *name = part_name(c, f, cat, qualified, sizeof qualified);
    /* "（二）公务接待费。2021年预算支出 11.77 万元": a bare 支出 in a
     * paragraph that opens with its own title is the title's. */
    int level = c->p.para->heading;
    if (level >= 2 && level <= 3 && c->heading_whole[level][0] && (cat == ZC_EXP || cat == ZC_INC) &&
        !strcmp(f->subject, zp_ck_categories[cat].name)) {
        snprintf(titled, sizeof titled, "%s的%s", c->heading_whole[level], name);
        name = titled;
    }
    /* "另一个重要部分是城镇职工基本医疗保险基金。2013年收入 6873 亿元": a
     * bare 收入 after a fund named in its paragraph is that fund's */
    char fund[96], fund_key[104], of_fund[200];
    if ((cat == ZC_EXP || cat == ZC_INC) && name != titled &&
        !strcmp(f->subject, zp_ck_categories[cat].name) &&
        fund_before(c, f->start, fund, sizeof fund)) {
        zp_str_join(fund_key, sizeof fund_key, fund, "：");
        zp_str_join(of_fund, sizeof of_fund, fund_key, name);
        name = of_fund;
    }
    /* Under "2. 政府性基金预算执行情况" a 收入合计 is that fund's, not
     * the 一般公共预算's of the heading before. */
    char funded[192];
    const char *key = zp_ck_fund_key(c, name, funded, sizeof funded);
    /* "全市一般公共预算。…" and "市本级一般公共预算。…": paragraphs of two
     * levels of government, whose figures are not one another's */
    const char *gov = government_level(c, f->start);
    if (gov)
        snprintf(buf, size, "%s：%s", gov, key);
    else
        zp_str_copy(buf, size, key);
    return buf;
}

/* A change of frame f (role ZR_CHANGE or ZR_CHANGE_PCT) with the sign its
 * word gives ("减少 16.89" is −16.89). */
static void put_change(zp_checker *c, const zp_frame *f, int role, const char *name, int scope,
                       const char *what_word)
{
    const zp_item *d = zp_ck_frame_item(c, f, role);
    if (!d || !f->sign[role])
        return;
    zp_item signed_d = *d;
    if (f->sign[role] < 0 && signed_d.num.value.units > 0)
        signed_d.num.value.units = -signed_d.num.value.units;
    signed_d.cached = 0;
    char what[160];
    zp_str_join(what, sizeof what, name, what_word);
    put_item(c, name, role, scope, &signed_d, what);
}

/* "2023年三公经费预算中,公务接待费 8 万元" in a report of 2022: the year
 * its sentence gives the frame's figures, before the first of them; 0 when
 * none does. A year compared with ("比2021年减少") is not theirs, nor is
 * one of a date. */
int zp_ck_frame_year(const zp_checker *c, const zp_frame *f)
{
    size_t first = (size_t)-1;
    for (int r = 0; r < ZR__N; r++)
        if (f->slot[r] >= 0 && c->p.items[f->slot[r]].num.start < first)
            first = c->p.items[f->slot[r]].num.start;
    int year = 0;
    const char *s = c->p.text;
    for (size_t k = 0; k < c->nums.count; k++) {
        const zp_num *n = &c->nums.items[k];
        if (n->start >= first)
            break;
        if (!(n->flags & ZN_YEAR))
            continue;
        const zp_num *next = k + 1 < c->nums.count ? &c->nums.items[k + 1] : NULL;
        size_t b = n->start;
        while (b > 0 && s[b - 1] == ' ')
            b--;
        bool compared = b >= 3 && (!memcmp(s + b - 3, "比", 3) || !memcmp(s + b - 3, "较", 3) ||
                                   !memcmp(s + b - 3, "与", 3) || !memcmp(s + b - 3, "同", 3));
        if ((next && (next->flags & ZN_DATE) && next->start <= n->end + 1) || compared)
            continue;
        year = (int)n->value.units;
        /* a sentence's end between it and the figures: not theirs */
        for (size_t j = n->end; year && j + 3 <= first; j++)
            if (!memcmp(s + j, "。", 3) || s[j] == '!' || s[j] == '?')
                year = 0;
    }
    return year;
}

void zp_ck_ledger_paragraph(zp_checker *c)
{
    for (size_t i = 0; i < c->p.nframes; i++) {
        const zp_frame *f = &c->p.frames[i];
        int cat = zp_ck_ledger_cat(c, f);
        /* Another year's figures (next year's budget, an earlier year's
         * accounts) are no restatement of this year's. */
        int year = cat >= 0 && c->report_year > 0 ? zp_ck_frame_year(c, f) : 0;
        bool last_year = year && year == c->report_year - 1; /* its 上年数 alone */
        if (year && year != c->report_year && !last_year)
            cat = -1;
        c->ledger_grand = (cat == ZC_EXP || cat == ZC_INC || cat == ZC_FISCAL_EXP ||
                           cat == ZC_FISCAL_INC) &&
                          strstr(f->subject, "总计");
        if (cat >= 0) {
            char funded[192];
            const char *name = zp_ck_ledger_name(c, f, funded, sizeof funded);
            int scope = c->project;
            char what[160];
            const zp_item *amount = zp_ck_frame_item(c, f, ZR_ACTUAL);
            if (!amount)
                amount = zp_ck_frame_item(c, f, ZR_AMOUNT);
            zp_str_copy(what, sizeof what, name);
            if (last_year)
                amount = NULL;
            put_item(c, name, ZR_AMOUNT, scope, amount, what);
            zp_str_join(what, sizeof what, name, "预算数");
            /* "年初预算数 A，全年预算数 B，决算数 X": two budgets of one
             * subject, and the one beside the final figure is the one its
             * parts and rates are measured against; A is left out. */
            const zp_frame *next = i + 1 < c->p.nframes ? &c->p.frames[i + 1] : NULL;
            bool superseded = next && next->cat == f->cat && f->slot[ZR_ACTUAL] < 0 &&
                              f->slot[ZR_AMOUNT] < 0 && f->slot[ZR_RATE] < 0 &&
                              next->slot[ZR_BUDGET] >= 0;
            if (last_year) {
                /* nothing of this year's */
            } else if (!superseded) {
                put_item(c, name, ZR_BUDGET, scope, zp_ck_frame_item(c, f, ZR_BUDGET), what);
            } else {
                /* still a quantity of its own: the initial budget */
                char key[96];
                zp_str_join(key, sizeof key, name, "（年初）");
                zp_str_join(what, sizeof what, name, "年初预算数");
                put_item(c, key, ZR_BUDGET, scope, zp_ck_frame_item(c, f, ZR_BUDGET), what);
            }
            /* Last year's figure, unless it is last year's budget. */
            const zp_item *last = zp_ck_frame_item(c, f, ZR_LAST);
            if (last && !f->last_budget) {
                zp_str_join(what, sizeof what, name, "上年数");
                put_item(c, name, ZR_LAST, scope, last, what);
            }
            if (!last_year) {
                zp_str_join(what, sizeof what, name, "完成率");
                put_item(c, name, ZR_RATE, scope, zp_ck_frame_item(c, f, ZR_RATE), what);
                if (!f->vs_budget) {
                    put_change(c, f, ZR_CHANGE, name, scope, "比上年增减额");
                    put_change(c, f, ZR_CHANGE_PCT, name, scope, "比上年增减率");
                }
            }
        }
        const zp_item *ind = zp_ck_frame_item(c, f, ZR_INDICATOR);
        if (ind && !c->target_section && rate_like(f->subject)) {
            char key[96];
            indicator_key(f->subject, key, sizeof key);
            /* "市本级直达资金 45.66 亿元，未分配 0.32 亿元，分配率 99.3%": a
             * bare rate is the rate of what its sentence named first. */
            char of[200];
            const zp_frame *head = NULL;
            for (size_t j = i; j-- > 0 && strlen(key) <= 9;) {
                const zp_frame *g = &c->p.frames[j];
                if (g->sentence != f->sentence)
                    break;
                if (g->subject[0] && !rate_like(g->subject))
                    head = g;
            }
            if (head) {
                snprintf(of, sizeof of, "%s的%s", head->subject, key);
                zp_str_copy(key, sizeof key, of);
            }
            if (strlen(key) >= 6)
                put_item(c, key, ZR_INDICATOR, c->scope, ind, key);
        }
        const zp_item *score = zp_ck_frame_item(c, f, ZR_SCORE);
        /* not some project's ("…项目自评得分 90 分"), but 本项目's is the report's */
        if (score && f->slot[ZR_WEIGHT] < 0 && f->total_word &&
            (!strstr(f->subject, "项目") || zp_str_starts(f->subject, "本项目")))
            put_item(c, "总得分", ZR_SCORE, c->project, score, "自评总得分");
        /* An indicator's weight, score and rate, as a score table gives them. */
        char key[96];
        if (cat < 0 && !f->total_word && zp_ck_indicator_score_key(f->subject, key, sizeof key)) {
            static const struct {
                int role;
                const char *what;
            } roles[] = {{ZR_WEIGHT, "分值"}, {ZR_SCORE, "得分"}, {ZR_SCORE_RATE, "得分率"}};
            for (size_t k = 0; k < 3; k++) {
                char what[160];
                zp_str_join(what, sizeof what, f->subject, roles[k].what);
                put_item(c, key, roles[k].role, c->project, zp_ck_frame_item(c, f, roles[k].role),
                         what);
            }
        }
    }
    c->ledger_grand = false;
}
