/*
 * Budget and year-on-year tables (收支情况表, 支出决算表 …): a header naming
 * 预算 and 决算 (and 执行率), or two years (and 增减额, 增减率). Checked row
 * by row: the execution rate against the row's final accounts and budget
 * (全年 or 年初, whichever the table has), the change against the two
 * years, the change rate against last year; and the 合计 row against the
 * sum of the leaf rows, column by column. Cells are bare figures in the
 * table's unit, so each stands for its rounding interval as written.
 */
#include <stdlib.h>
#include <string.h>

#include "check/check_int.h"

bool zp_ck_cell_value(zp_dec d, zp_interval *iv, zp_rat *r)
{
    zp_num n;
    memset(&n, 0, sizeof n);
    n.value = d;
    return zp_ck_num_interval(&n, iv) && zp_rat_of_dec(d, r);
}

zp_finding *zp_ck_table_finding(zp_checker *c, const zp_trow *r, const char *check, const char *gloss,
                                const char *what, zp_dec stated, zp_interval allowed, zp_rat point,
                                const char *unit)
{
    zp_finding *g = zp_ck_report_at(c, ZP_ERROR, "arithmetic", check, r->line, r->line, 0, r->page,
                                    r->quote, gloss, "“%s”的%s", r->name, what);
    /* A rate to two places more than stated; an amount to its own places. */
    int places = !strcmp(unit, "%") ? zp_ck_places_for(stated) : stated.scale;
    zp_ck_finding_stated(g, stated, unit);
    zp_ck_finding_computed(g, point, places, unit);
    zp_ck_finding_allowed(g, allowed, places, unit);
    return g;
}

static void check_rate(zp_checker *c, const zp_table *t, const zp_trow *r)
{
    zp_interval a, q, iv;
    zp_rat ar, qr, point;
    if (!r->has[ZT_EXEC] || !r->has[ZT_ACTUAL] || !zp_ck_cell_value(r->col[ZT_ACTUAL], &a, &ar) ||
        !zp_ck_cell_value(r->col[ZT_EXEC], &q, &qr))
        return;
    /* Right against either budget the table gives. */
    static const int budgets[] = {ZT_BUDGET, ZT_BUDGET_INIT};
    bool tried = false;
    zp_interval first_iv;
    zp_rat first_point;
    for (size_t k = 0; k < 2; k++) {
        zp_interval b;
        zp_rat br;
        if (!r->has[budgets[k]] || !zp_ck_cell_value(r->col[budgets[k]], &b, &br) ||
            !zp_ck_f_ratio(a, b, &iv) || !zp_rat_percent(ar, br, &point))
            continue;
        if (zp_interval_overlaps(q, iv))
            return;
        if (!tried) {
            first_iv = iv;
            first_point = point;
        }
        tried = true;
    }
    if (tried && t->plan)
        zp_ck_table_finding(c, r, "rate", "the completion rate does not match the plan and what was done",
                            "完成率与任务数、完成数不符", r->col[ZT_EXEC], first_iv, first_point, "%");
    else if (tried)
        zp_ck_table_finding(c, r, "rate", "execution rate does not match budget and final accounts",
                   "执行率与预算数、决算数不符", r->col[ZT_EXEC], first_iv, first_point, "%");
}

static void check_change(zp_checker *c, const zp_trow *r)
{
    int now = r->has[ZT_THIS] ? ZT_THIS : r->has[ZT_ACTUAL] ? ZT_ACTUAL : -1;
    zp_interval v, l, d, e, iv;
    zp_rat vr, lr, dr, er, point;
    bool hv = now >= 0 && zp_ck_cell_value(r->col[now], &v, &vr);
    bool hl = r->has[ZT_LAST] && zp_ck_cell_value(r->col[ZT_LAST], &l, &lr);
    bool hd = r->has[ZT_CHANGE] && zp_ck_cell_value(r->col[ZT_CHANGE], &d, &dr);
    bool he = r->has[ZT_CHANGE_PCT] && zp_ck_cell_value(r->col[ZT_CHANGE_PCT], &e, &er);
    if (hv && hl && hd && zp_interval_sub(v, l, &iv) && zp_rat_sub(vr, lr, &point) &&
        !zp_interval_overlaps(d, iv)) {
        zp_ck_table_finding(c, r, "yoy", "change does not match this year's and last year's figures",
                   "增减额与本年数、上年数不符", r->col[ZT_CHANGE], iv, point, "");
        return;
    }
    if (!he || !hl || zp_rat_sign(lr) == 0)
        return;
    bool ok = false;
    if (hv)
        ok = zp_ck_f_pct_from_last(v, l, &iv) && zp_rat_sub(vr, lr, &point) &&
             zp_rat_percent(point, lr, &point);
    else if (hd)
        ok = zp_ck_f_pct_from_last_change(l, d, &iv) && zp_rat_percent(dr, lr, &point);
    if (ok && !zp_interval_overlaps(e, iv))
        zp_ck_table_finding(c, r, "yoy", "change rate does not match; its base is last year's value",
                   "增减率与本年数、上年数不符（基数应为上年数）", r->col[ZT_CHANGE_PCT], iv, point,
                   "%");
}

/* The 合计 row a row belongs to: the one above it where totals head their
 * rows (收入合计 … 支出合计 …), else the one below; -1 if none. */
static int category_of_row(const zp_trow *r);

static long owner_total(const zp_table *t, size_t i)
{
    size_t first = 0;
    while (first < t->nrows && t->rows[first].group)
        first++;
    bool heads = first < t->nrows && t->rows[first].total;
    if (heads) {
        for (size_t k = i + 1; k-- > 0;) {
            if (!t->rows[k].total)
                continue;
            /* "一、“三公”经费合计" holds the rows up to "二、会议费" */
            size_t marker;
            const char *name = t->rows[k].name;
            int level = zp_ck_heading_level(name, strlen(name), &marker);
            for (size_t m = k + 1; level > 0 && m <= i; m++) {
                const char *other = t->rows[m].name;
                int own = zp_ck_heading_level(other, strlen(other), &marker);
                if (own > 0 && own <= level)
                    return -1;
            }
            /* "“三公”经费合计" holds its items, not the 会议费 and 培训费
             * that templates list after them */
            if (category_of_row(&t->rows[k]) == ZC_SANGONG && i != k) {
                int up = category_of_row(&t->rows[i]);
                while (up >= 0 && up != ZC_SANGONG)
                    up = zp_ck_categories[up].parent;
                if (up != ZC_SANGONG && !zp_ck_row_of_which(&t->rows[i]))
                    return -1;
            }
            return (long)k;
        }
    } else {
        for (size_t k = i; k < t->nrows; k++)
            if (t->rows[k].total)
                return (long)k;
    }
    return -1;
}

static int category_of_row(const zp_trow *r)
{
    char name[96];
    zp_str_copy(name, sizeof name, r->name);
    char *end = strstr(name, "合计");
    if (!end)
        end = strstr(name, "总计");
    if (end && end != name && !end[6])
        *end = '\0';
    return zp_ck_category_of(name, strlen(name));
}

/* A share column ("占本年支出比重"): the row's final figure over its
 * whole's, the whole being the table's 合计 or, when the header names
 * another category, that category as the report states it elsewhere. */
static void check_share(zp_checker *c, const zp_table *t, size_t i)
{
    const zp_trow *r = &t->rows[i];
    int amount = r->has[ZT_ACTUAL] ? ZT_ACTUAL : ZT_THIS;
    zp_interval x, whole, s, q;
    zp_rat xr, wr, sr, point;
    if (r->group || !r->has[ZT_SHARE] || !r->has[amount] || !zp_ck_cell_value(r->col[amount], &x, &xr) ||
        !zp_ck_cell_value(r->col[ZT_SHARE], &s, &sr))
        return;
    long ti = owner_total(t, i);
    const zp_trow *tot = ti >= 0 ? &t->rows[ti] : NULL;
    if (tot && (t->share_of < 0 || category_of_row(tot) == t->share_of) && tot->has[amount]) {
        if (!zp_ck_cell_value(tot->col[amount], &whole, &wr))
            return;
    } else if (t->share_of >= 0 && t->unit_exp != 99) {
        const zp_entry *e =
            zp_ck_ledger_find(c, zp_ck_categories[t->share_of].name, ZR_AMOUNT, c->project);
        zp_num n, m;
        memset(&n, 0, sizeof n);
        memset(&m, 0, sizeof m);
        if (!e)
            return;
        n.value = e->value;
        n.exp10 = e->exp10;
        m.value = r->col[amount];
        m.exp10 = t->unit_exp;
        if (!zp_ck_num_interval(&n, &whole) || !zp_ck_num_rat(&n, &wr) ||
            !zp_ck_num_interval(&m, &x) || !zp_ck_num_rat(&m, &xr))
            return;
    } else {
        return;
    }
    if (!zp_ck_f_ratio(x, whole, &q) || !zp_rat_percent(xr, wr, &point))
        return;
    if (!zp_interval_overlaps(s, q))
        zp_ck_table_finding(c, r, "share", "share does not match the amounts", "占比与金额不符",
                   r->col[ZT_SHARE], q, point, "%");
}

/* Row whole against the rows marked in rows, column by column; what
 * follows the column's name in the message. */
static void check_sum_of(zp_checker *c, const zp_table *t, const zp_trow *whole, const bool *rows,
                         bool at_most, bool empty_is_none, const char *gloss, const char *what)
{
    static const int money[] = {ZT_BUDGET_INIT, ZT_BUDGET, ZT_REPORTED, ZT_ACTUAL,
                                ZT_THIS,        ZT_LAST,   ZT_CHANGE};
    static const char *const names[ZT__N] = {
        [ZT_BUDGET_INIT] = "年初预算数", [ZT_BUDGET] = "预算数", [ZT_ACTUAL] = "决算数",
        [ZT_THIS] = "本年数",          [ZT_LAST] = "上年数",   [ZT_CHANGE] = "增减额",
        [ZT_REPORTED] = "执行数"};
    for (size_t k = 0; k < sizeof money / sizeof money[0]; k++) {
        int col = money[k];
        zp_interval want, sum = zp_interval_point(zp_rat_of_int(0));
        zp_rat wr, point = zp_rat_of_int(0);
        if (!whole->has[col] || !zp_ck_cell_value(whole->col[col], &want, &wr))
            continue;
        int n = 0, places = whole->col[col].scale;
        bool ok = true;
        for (size_t i = 0; i < t->nrows && ok; i++) {
            if (!rows[i])
                continue;
            const zp_trow *r = &t->rows[i];
            zp_interval x;
            zp_rat xr;
            if (r->empty) {
                n += empty_is_none; /* a row listed with nothing in it */
                continue;
            }
            ok = r->has[col] && zp_ck_cell_value(r->col[col], &x, &xr) &&
                 zp_interval_add(sum, x, &sum) && zp_rat_add(point, xr, &point);
            if (r->col[col].scale > places)
                places = r->col[col].scale;
            n++;
        }
        /* One row alone may be some of the whole, but not more than it
         * (a change may be: the other rows may have fallen). */
        if (!ok || ((n < 2 || at_most) && (n == 0 || col == ZT_CHANGE || zp_rat_sign(point) < 0 ||
                                           zp_rat_cmp(sum.lo, want.hi) <= 0)))
            continue;
        /* Stated figures stand for half-open intervals: a sum that only
         * touches the total cannot make it (7165.29 of five parts and
         * 7165.32). Signed columns meet as closed intervals. */
        bool signs = zp_rat_sign(point) >= 0 && zp_rat_sign(wr) >= 0;
        if (signs ? zp_interval_meets_rounded(want, sum) : zp_interval_overlaps(want, sum))
            continue;
        char message[64];
        zp_str_join(message, sizeof message, names[col], what);
        zp_finding *g =
            zp_ck_table_finding(c, whole, "sum", gloss, message, whole->col[col], sum, point, "");
        /* the sum to its parts' places: 89.974 is not "90" */
        zp_ck_finding_computed(g, point, places, "");
        zp_ck_finding_allowed(g, sum, places, "");
    }
}

/* The rows of total ti add up to it: the rows it owns (owner_total). Where
 * rows are indented, the rows at the top level (each of which is checked
 * against its own parts); else the leaves. rows is scratch of t->nrows. */
static void check_total(zp_checker *c, const zp_table *t, size_t ti, const bool *parent,
                        const size_t *list_end, bool *rows)
{
    bool levels = false;
    int top = -1;
    for (size_t i = 0; i < t->nrows; i++) {
        const zp_trow *r = &t->rows[i];
        levels |= r->indent > 0;
        rows[i] = !r->group && !r->total && !r->subtotal && owner_total(t, i) == (long)ti;
        if (rows[i] && (top < 0 || r->indent < top))
            top = r->indent;
    }
    for (size_t i = 0; i < t->nrows; i++)
        rows[i] = rows[i] && (levels ? t->rows[i].indent == top : !parent[i]);
    /* A whole with a 其中 list is counted, its list is not: 其中 may name
     * some of it only. Counts among money are no money. */
    for (size_t i = 0; !levels && i < t->nrows; i++) {
        if (!list_end[i])
            continue;
        rows[i] = owner_total(t, i) == (long)ti && !t->rows[i].subtotal;
        for (size_t k = i + 1; k < list_end[i]; k++)
            rows[k] = false;
        i = list_end[i] - 1;
    }
    for (size_t i = 0; i < t->nrows; i++)
        rows[i] = rows[i] && !zp_ck_row_counts(&t->rows[i]);
    /* "本年收入合计 | 转移性收入 | … | 收入总计": a 总计 under a 合计 holds it
     * and the rows between */
    if (strstr(t->rows[ti].name, "总计") && owner_total(t, ti) == (long)ti)
        for (size_t k = ti; k-- > 0;)
            if (t->rows[k].total) {
                rows[k] = strstr(t->rows[k].name, "合计") && !strstr(t->rows[k].name, "总计") &&
                          owner_total(t, k) == (long)k;
                break;
            }
    check_sum_of(c, t, &t->rows[ti], rows, false, true, "the rows do not add up to the total",
                 "与各行之和不符");
}

/* A row indented over the rows right after it against them: "基本支出" over
 * "　人员经费" and "　公用经费", its direct parts only. */
static void check_parts(zp_checker *c, const zp_table *t, size_t pi, bool *rows)
{
    const zp_trow *p = &t->rows[pi];
    int depth = t->rows[pi + 1].indent;
    memset(rows, 0, t->nrows * sizeof *rows);
    for (size_t i = pi + 1; i < t->nrows && t->rows[i].indent > p->indent; i++) {
        const zp_trow *r = &t->rows[i];
        if (r->total || r->subtotal || r->group)
            break;
        rows[i] = r->indent == depth; /* not a part of a part */
    }
    check_sum_of(c, t, p, rows, false, false, "the rows under it do not add up to it",
                 "与其下各行之和不符");
}

/* A row whose next row says 其中, in a table without indents, against its
 * 其中 list (zp_ck_of_which_end): they make it when numbered below it
 * ("3.公务用车费" over "其中:(1)…", "(2)…") or all of one split of it;
 * else they are some of it, no more. */
static void check_of_which(zp_checker *c, const zp_table *t, size_t pi, size_t end, bool whole,
                           bool *rows)
{
    memset(rows, 0, t->nrows * sizeof *rows);
    for (size_t i = pi + 1; i < end; i++)
        rows[i] = true;
    check_sum_of(c, t, &t->rows[pi], rows, !whole, false, "the rows under it do not add up to it",
                 "与其下各行之和不符");
}

bool zp_ck_unit_note(const char *s, size_t len, int *exp)
{
    static const char *const heads[] = {"单位:", "单位：", "金额单位:", "金额单位：", "(单位:", "（单位："};
    size_t i = 0;
    while (i < len && s[i] == ' ')
        i++;
    bool head = false;
    for (size_t k = 0; k < sizeof heads / sizeof heads[0] && !head; k++) {
        size_t n = strlen(heads[k]);
        if (len - i >= n && !memcmp(s + i, heads[k], n)) {
            head = true;
            i += n;
        }
    }
    if (!head || len - i > 40)
        return false;
    while (i < len && s[i] == ' ')
        i++;
    static const struct {
        const char *unit;
        int exp;
    } units[] = {{"万元", 0}, {"亿元", 4}, {"千元", -1}, {"元", -4}};
    for (size_t k = 0; k < sizeof units / sizeof units[0]; k++) {
        size_t n = strlen(units[k].unit);
        if (len - i >= n && !memcmp(s + i, units[k].unit, n)) {
            *exp = units[k].exp;
            return true;
        }
    }
    return false;
}

bool zp_ck_unit_note_after(const char *s, size_t len, int *exp)
{
    /* The note is short: "单位:万元", "金额单位：元", "(单位:万元)". */
    size_t from = len > 48 ? len - 48 : 0;
    const char *at = zp_ck_find_last(s + from, len - from, "单位");
    if (!at || at == s)
        return false;
    size_t i = (size_t)(at - s);
    if (i >= 6 && !memcmp(s + i - 6, "金额", 6))
        i -= 6;
    if (i >= 1 && s[i - 1] == '(')
        i--;
    else if (i >= 3 && !memcmp(s + i - 3, "（", 3))
        i -= 3;
    return zp_ck_unit_note(s + i, len - i, exp);
}

/* A row of a category (收入合计, 基本支出) states its figures as prose
 * does: into the ledger, where a restatement that differs is found. */
static void ledger_row(zp_checker *c, const zp_table *t, const zp_trow *r)
{
    if (t->unit_exp == 99 || r->group)
        return;
    int cat = category_of_row(r);
    if (cat < 0)
        return;
    static const struct {
        int col, role;
        const char *what;
    } cols[] = {{ZT_ACTUAL, ZR_AMOUNT, ""},           {ZT_BUDGET, ZR_BUDGET, "预算数"},
                {ZT_EXEC, ZR_RATE, "完成率"},        {ZT_CHANGE, ZR_CHANGE, "比上年增减额"},
                {ZT_CHANGE_PCT, ZR_CHANGE_PCT, "比上年增减率"}};
    const char *catname = zp_ck_categories[cat].name;
    /* 年初 beside 全年: a quantity of its own, as in prose. */
    if (r->has[ZT_BUDGET] && r->has[ZT_BUDGET_INIT]) {
        zp_num n;
        memset(&n, 0, sizeof n);
        n.value = r->col[ZT_BUDGET_INIT];
        n.family = ZF_MONEY;
        n.exp10 = t->unit_exp;
        zp_str_copy(n.unit, sizeof n.unit, t->unit_exp == -4 ? "元" : "万元");
        char key[96], what[128];
        zp_str_join(key, sizeof key, catname, "（年初）");
        zp_str_join(what, sizeof what, catname, "年初预算数");
        zp_ck_ledger_put(c, key, ZR_BUDGET, c->project, &n, what, r->line, 0, r->page, r->quote);
    }
    for (size_t k = 0; k < sizeof cols / sizeof cols[0]; k++) {
        int col = cols[k].col;
        if (col == ZT_BUDGET && !r->has[ZT_BUDGET])
            col = ZT_BUDGET_INIT;
        if (!r->has[col])
            continue;
        zp_num n;
        memset(&n, 0, sizeof n);
        n.value = r->col[col];
        bool pct = cols[k].role == ZR_RATE || cols[k].role == ZR_CHANGE_PCT;
        n.family = pct ? ZF_PCT : ZF_MONEY;
        n.exp10 = pct ? 0 : t->unit_exp;
        zp_str_copy(n.unit, sizeof n.unit, pct ? "%" : t->unit_exp == -4 ? "元" : "万元");
        char what[128];
        zp_str_join(what, sizeof what, catname, cols[k].what);
        zp_ck_ledger_put(c, catname, cols[k].role, c->project, &n, what, r->line, 0, r->page,
                         r->quote);
    }
}

/* 项目支出绩效自评表 (财预〔2020〕10号): the execution rate's score is
 * 执行率 × 分值, at most the 分值. A warning, not an error: a region may
 * score the rate by bands instead. */
bool zp_ck_rate_score(zp_interval q, zp_rat qr, zp_rat wr, zp_interval *want, zp_rat *point)
{
    zp_rat k;
    if (zp_rat_sign(wr) <= 0 || !zp_rat_div(wr, zp_rat_of_int(100), &k) ||
        !zp_interval_scale(q, k, want) || !zp_rat_mul(qr, k, point))
        return false;
    /* The 分值 is exact; the score never passes it. */
    if (zp_rat_cmp(want->lo, wr) > 0)
        want->lo = wr;
    if (zp_rat_cmp(want->hi, wr) > 0)
        want->hi = wr;
    if (zp_rat_cmp(*point, wr) > 0)
        *point = wr;
    return true;
}

static void check_rate_score(zp_checker *c, const zp_trow *r)
{
    zp_interval q, w, sc, want;
    zp_rat qr, wr, sr, point;
    if (!r->has[ZT_EXEC] || !r->has[ZT_WEIGHT] || !r->has[ZT_SCORE] ||
        !zp_ck_cell_value(r->col[ZT_EXEC], &q, &qr) ||
        !zp_ck_cell_value(r->col[ZT_WEIGHT], &w, &wr) ||
        !zp_ck_cell_value(r->col[ZT_SCORE], &sc, &sr) || !zp_ck_rate_score(q, qr, wr, &want, &point))
        return;
    if (zp_interval_overlaps(sc, want))
        return;
    zp_finding *g = zp_ck_report_at(c, ZP_WARNING, "arithmetic", "rate-score", r->line, r->line, 0,
                                    r->page, r->quote,
                                    "the rate's score is not rate × weight (MoF 2020 rule)",
                                    "“%s”的得分与执行率×分值不符（财预〔2020〕10号：预算执行率得分 = "
                                    "执行率 × 分值，最高为分值）",
                                    r->name);
    int places = r->col[ZT_SCORE].scale;
    zp_ck_finding_stated(g, r->col[ZT_SCORE], "");
    zp_ck_finding_computed(g, point, places + 2, "");
    zp_ck_finding_allowed(g, want, places + 2, "");
}

void zp_ck_table_rate_scores(zp_checker *c, const zp_table *t)
{
    for (size_t i = 0; i < t->nrows; i++)
        if (!t->rows[i].group)
            check_rate_score(c, &t->rows[i]);
}

void zp_ck_table_rates(zp_checker *c, const zp_table *t)
{
    for (size_t i = 0; i < t->nrows; i++)
        if (!t->rows[i].group)
            check_rate(c, t, &t->rows[i]);
    zp_ck_table_rate_scores(c, t);
}

/* A row named by a 科目编码 ("201 一般公共服务支出", "30101"): the code
 * table reader's (table_codes.c), which knows how codes nest. */
static bool coded(const zp_trow *r)
{
    for (int k = 0; k < 2; k++) {
        const char *s = k ? r->quote : r->name; /* its name, or its first cell */
        while (*s == ' ' || *s == '\t')
            s++;
        if (s[0] >= '0' && s[0] <= '9' && s[1] >= '0' && s[1] <= '9' && s[2] >= '0' && s[2] <= '9')
            return true;
    }
    return false;
}

void zp_ck_money_table_check(zp_checker *c, const zp_table *t)
{
    for (size_t i = 0; i < t->nrows && t->sums_only; i++)
        if (coded(&t->rows[i]))
            return;
    for (size_t i = 0; i < t->nrows && !t->sums_only; i++) {
        ledger_row(c, t, &t->rows[i]);
        check_share(c, t, i);
    }
    for (size_t i = 0; i < t->nrows && !t->sums_only; i++) {
        const zp_trow *r = &t->rows[i];
        if (r->group)
            continue;
        check_rate(c, t, r);
        check_change(c, r);
    }
    /* Totals, with parents found by the first money column there is. */
    static const int order[] = {ZT_ACTUAL, ZT_BUDGET, ZT_THIS, ZT_LAST, ZT_BUDGET_INIT};
    int col = -1;
    for (size_t k = 0; k < sizeof order / sizeof order[0] && col < 0; k++)
        for (size_t i = 0; i < t->nrows && col < 0; i++)
            if (t->rows[i].has[order[k]])
                col = order[k];
    if (col < 0)
        return;
    bool *parent = zp_xcalloc(t->nrows, sizeof *parent);
    bool *rows = zp_xcalloc(t->nrows, sizeof *rows);
    zp_ck_table_parents(t, col, parent);
    /* The 其中 lists, worked out once: a whole at row i has its list in
     * rows [i + 1, list_end[i]), and list_whole[i] says if they make it. */
    size_t *list_end = zp_xcalloc(t->nrows, sizeof *list_end);
    bool *list_whole = zp_xcalloc(t->nrows, sizeof *list_whole);
    for (size_t i = 0; i + 1 < t->nrows; i++)
        if (zp_ck_row_of_which(&t->rows[i + 1]) && !t->rows[i].group && !t->rows[i].total)
            list_end[i] = zp_ck_of_which_end(t, i, &list_whole[i]);
    for (size_t i = 0; i < t->nrows; i++) {
        if (parent[i] && t->rows[i].indent < t->rows[i + 1].indent)
            check_parts(c, t, i, rows);
        else if (parent[i] && list_end[i])
            check_of_which(c, t, i, list_end[i], list_whole[i], rows);
        if (t->rows[i].total)
            check_total(c, t, i, parent, list_end, rows);
    }
    free(list_whole);
    free(list_end);
    free(rows);
    free(parent);
}
