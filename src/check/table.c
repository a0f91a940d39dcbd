/*
 * Tables read row by row: a header (分值 / 得分 / 得分率 make a score table,
 * 预算 / 决算 / two years a money table), rows of figures, lines that name
 * a group of rows (一级指标), and 合计 rows. Checked at the table's end by
 * table_score.c and table_money.c; which rows are wholes of which is
 * decided here (zp_ck_table_parents).
 *
 * Rows come as cells apart by tabs (DOCX) or by spaces (text from a PDF);
 * figures are matched to the header's columns from the right, since the
 * name columns on the left are merged and left empty in most rows.
 */
#include <stdlib.h>
#include <string.h>

#include "check/check_int.h"

typedef struct cell {
    size_t a, b;
    int lead; /* spaces trimmed before a */
} cell;

static int split_cells(const char *s, size_t len, cell *out, int max)
{
    bool tabs = memchr(s, '\t', len) != NULL;
    int n = 0;
    size_t i = 0;
    while (i < len && n < max) {
        if (!tabs)
            while (i < len && s[i] == ' ')
                i++;
        if (i >= len)
            break;
        size_t a = i;
        while (i < len && s[i] != '\t' && (tabs || s[i] != ' '))
            i++;
        size_t b = i;
        while (b > a && s[b - 1] == ' ')
            b--;
        size_t aa = a;
        while (aa < b && s[aa] == ' ')
            aa++;
        out[n].a = aa;
        out[n].b = b;
        out[n].lead = (int)(aa - a);
        n++;
        if (i < len && (s[i] == '\t' || s[i] == ' '))
            i++;
        /* A tab at the end still closes a cell: an empty last cell. */
        if (tabs && i == len && s[len - 1] == '\t' && n < max) {
            out[n].a = out[n].b = len;
            out[n].lead = 0;
            n++;
        }
    }
    return n;
}

static bool parse_cell(const char *s, cell c, zp_dec *out)
{
    size_t a = c.a, b = c.b;
    if (b > a && s[b - 1] == '%')
        b--;
    if (a >= b)
        return false;
    return zp_dec_parse(s + a, b - a, out) == ZP_DEC_OK;
}

/* A header cell of remarks: 备注, 说明. */
static bool is_remark(const char *s, cell cl)
{
    char key[32];
    zp_ck_key_of(s + cl.a, cl.b - cl.a, key, sizeof key);
    return !strcmp(key, "备注") || !strcmp(key, "说明") || !strcmp(key, "备注说明");
}

/* What a header cell names; the order matters: 得分率 before 得分, 上年决算
 * before 决算, 年初预算 before 预算. */
static int column_type(const zp_checker *c, const char *s, cell cl)
{
    const char *p = s + cl.a;
    size_t n = cl.b - cl.a;
    /* "增、减金额", "增、减幅度": read without the 、 */
    char plain[96];
    if (n < sizeof plain && zp_ck_has(p, n, "、")) {
        size_t o = 0;
        for (size_t i = 0; i < n; i++) {
            if (i + 3 <= n && !memcmp(p + i, "、", 3)) {
                i += 2;
                continue;
            }
            plain[o++] = p[i];
        }
        p = plain;
        n = o;
    }
    /* "本年预算数 | 其中:公共预算财政拨款": some of the column before it */
    if (n >= 6 && !memcmp(p, "其中", 6))
        return -1;
    if (zp_ck_has(p, n, "得分率"))
        return ZT_RATE;
    /* "占调整预算%", "比上年增长%": percentages named by what they are of */
    if (n > 1 && p[n - 1] == '%') {
        if (zp_ck_has(p, n, "增长") || zp_ck_has(p, n, "增减") || zp_ck_has(p, n, "下降"))
            return ZT_CHANGE_PCT;
        if (!memcmp(p, "占", 3) && zp_ck_has(p, n, "预算"))
            return ZT_EXEC;
        if (!memcmp(p, "占", 3))
            return ZT_SHARE;
    }
    /* "任务完成量占比(%)", "完成比例": what was done of the plan */
    if (zp_ck_has(p, n, "完成") && (zp_ck_has(p, n, "占比") || zp_ck_has(p, n, "比例") ||
                                    zp_ck_has(p, n, "进度")))
        return ZT_EXEC;
    /* 占本年支出比重 is a share, not this year's amount. */
    if (zp_ck_has(p, n, "比重") || zp_ck_has(p, n, "占比") || zp_ck_has(p, n, "构成"))
        return ZT_SHARE;
    if (zp_ck_has(p, n, "执行率") || zp_ck_has(p, n, "完成率") || zp_ck_has(p, n, "支出进度") ||
        zp_ck_has(p, n, "控制率"))
        return ZT_EXEC;
    if (zp_ck_has(p, n, "分值") || zp_ck_has(p, n, "权重") || zp_ck_has(p, n, "满分") ||
        zp_ck_has(p, n, "标准分"))
        return ZT_WEIGHT;
    if (zp_ck_has(p, n, "得分") || zp_ck_has(p, n, "评分") || zp_ck_has(p, n, "自评分"))
        return ZT_SCORE;
    if (zp_ck_has(p, n, "增减率") || zp_ck_has(p, n, "增长率") || zp_ck_has(p, n, "变动率") ||
        zp_ck_has(p, n, "增幅") || zp_ck_has(p, n, "同比") || zp_ck_has(p, n, "幅度"))
        return ZT_CHANGE_PCT;
    if (zp_ck_has(p, n, "增减") || zp_ck_has(p, n, "变动额") || zp_ck_has(p, n, "增加额") ||
        zp_ck_has(p, n, "差额"))
        return ZT_CHANGE;
    if (zp_ck_has(p, n, "上年") || zp_ck_has(p, n, "上期") || zp_ck_has(p, n, "去年"))
        return ZT_LAST;
    if (c->report_year > 0) {
        char y[16];
        snprintf(y, sizeof y, "%d", c->report_year - 1);
        if (zp_ck_has(p, n, y))
            return ZT_LAST;
    }
    if (zp_ck_has(p, n, "年初预算"))
        return ZT_BUDGET_INIT;
    if (zp_ck_has(p, n, "预算"))
        return ZT_BUDGET;
    if (zp_ck_has(p, n, "决算") || zp_ck_has(p, n, "执行数") || zp_ck_has(p, n, "实际") ||
        zp_ck_has(p, n, "支出数"))
        return ZT_ACTUAL;
    /* a plan and what was done of it ("下达任务面积(亩) | 当月完成面积(亩) |
     * 累计完成面积(亩) | 任务完成量占比(%)"): the plan is its budget, the
     * year's total so far what was done; the month's is not read */
    if (zp_ck_has(p, n, "当月") || zp_ck_has(p, n, "本月"))
        return -1;
    if (zp_ck_has(p, n, "任务") || zp_ck_has(p, n, "计划"))
        return ZT_BUDGET;
    if (zp_ck_has(p, n, "完成"))
        return ZT_ACTUAL;
    if (zp_ck_has(p, n, "本年") || zp_ck_has(p, n, "本期") || zp_ck_has(p, n, "当年"))
        return ZT_THIS;
    if (c->report_year > 0) {
        char y[16];
        snprintf(y, sizeof y, "%d", c->report_year);
        if (zp_ck_has(p, n, y))
            return ZT_THIS;
    }
    return -1;
}

/* What "占本年支出比重" is a share of: the category between 占 and 比重
 * (本年 and 的 aside), or -1 (then: the table's own 合计). */
static int share_whole(const char *p, size_t n)
{
    const char *a = zp_ck_find_last(p, n, "占");
    if (!a)
        return -1;
    a += 3;
    const char *b = p + n;
    static const char *const ends[] = {"的比重", "比重", "的比例", "比例"};
    for (size_t k = 0; k < sizeof ends / sizeof ends[0]; k++) {
        size_t m = strlen(ends[k]);
        if ((size_t)(b - a) >= m && !memcmp(b - m, ends[k], m)) {
            b -= m;
            break;
        }
    }
    if ((size_t)(b - a) >= 6 && !memcmp(a, "本年", 6))
        a += 6;
    return b > a ? zp_ck_category_of(a, (size_t)(b - a)) : -1;
}

/* A header cell of the names of rows: 一级指标, 三级指标, 项目, 指标名称 (not
 * 年度指标值, which is a target). */
static bool names_rows(const char *p, size_t n)
{
    static const char *const ends[] = {"指标", "项目", "名称", "内容", "科目"};
    for (size_t k = 0; k < sizeof ends / sizeof ends[0]; k++) {
        size_t m = strlen(ends[k]);
        if (n >= m && !memcmp(p + n - m, ends[k], m))
            return true;
    }
    return false;
}

bool zp_ck_header_names_rows(const char *p, size_t n)
{
    /* "支出 | 预算数": a first header cell that says what the rows are of */
    static const char *const kinds[] = {"支出", "收入", "类别", "经费"};
    for (size_t k = 0; k < sizeof kinds / sizeof kinds[0]; k++)
        if (n == strlen(kinds[k]) && !memcmp(p, kinds[k], n))
            return true;
    return names_rows(p, n);
}

static void table_reset(zp_table *t)
{
    t->open = false;
    t->score_table = false;
    t->money_table = false;
    t->sums_only = false;
    t->rates_too = false;
    t->nmap = 0;
    t->nrows = 0;
}

static bool is_total(const char *name)
{
    char key[64];
    zp_ck_key_of(name, strlen(name), key, sizeof key);
    return strstr(key, "合计") || strstr(key, "总计") || strstr(key, "总分") || !strcmp(key, "合");
}

/* "项目 | 2019年决算数 | 2020年预算调整数 | 2020年执行数" over "金额 |
 * 占调整预算% | 比上年增长%": a second header row under the first, whose
 * last cell spans the second's. The two as one header, cells apart by
 * tabs, in out; false when the second row is no such thing. */
static bool merged_header(const zp_table *t, const char *s, const cell *cells, const int *types,
                          int n, char *out, size_t size)
{
    static const char *const amounts[] = {"金额", "数额", "金额(万元)", "金额(元)"};
    bool amount = false;
    while (n > 0 && cells[n - 1].a == cells[n - 1].b)
        n--;
    for (size_t k = 0; k < sizeof amounts / sizeof amounts[0] && n >= 2; k++)
        amount |= cells[0].b - cells[0].a == strlen(amounts[k]) &&
                  !memcmp(s + cells[0].a, amounts[k], strlen(amounts[k]));
    /* "比上年增、减情况" over "增、减金额 | 增、减幅度": every cell of the
     * second row of a kind, under the first's last cell */
    bool kinds = n >= 2;
    for (int i = 0; i < n && kinds; i++)
        kinds = types[i] >= 0;
    if (!t->open || t->nrows > 0 || !t->head_line[0] || (!amount && !kinds))
        return false;
    cell head[32];
    const char *h = t->head_line;
    int m = split_cells(h, strlen(h), head, 32);
    while (m > 0 && head[m - 1].a == head[m - 1].b)
        m--;
    if (m < 2)
        return false;
    zp_buf b;
    zp_buf_init(&b);
    int keep = amount ? m : m - 1; /* "金额" is the first row's last cell's */
    for (int i = 0; i < keep; i++)
        zp_buf_printf(&b, "%s%.*s", i ? "\t" : "", (int)(head[i].b - head[i].a), h + head[i].a);
    for (int i = amount ? 1 : 0; i < n; i++)
        zp_buf_printf(&b, "\t%.*s", (int)(cells[i].b - cells[i].a), s + cells[i].a);
    bool fits = b.len < size;
    if (fits)
        memcpy(out, b.data, b.len + 1);
    zp_buf_free(&b);
    return fits;
}

static void table_line(zp_checker *c, const zp_para *p, const char *s, size_t len);

void zp_ck_table_row(zp_checker *c, const zp_para *p)
{
    table_line(c, p, p->text.data, p->text.len);
}

static void table_line(zp_checker *c, const zp_para *p, const char *s, size_t len)
{
    zp_table *t = &c->table;
    cell cells[32];
    int n = split_cells(s, len, cells, 32);
    /* A row with a figure is no header: its cells' kinds are not asked. */
    zp_dec probe;
    bool any_number = false;
    for (int i = 0; i < n && !any_number; i++)
        any_number = parse_cell(s, cells[i], &probe);
    int types[32], heads = 0;
    for (int i = 0; i < n && !any_number; i++) {
        types[i] = column_type(c, s, cells[i]);
        heads += types[i] >= 0;
    }
    /* Two year columns a year apart: the later is this year's. */
    int years[32] = {0};
    for (int i = 0; i < n; i++) {
        const char *q = s + cells[i].a;
        size_t m = cells[i].b - cells[i].a;
        if (m >= 7 && q[0] >= '1' && q[0] <= '2' && q[1] >= '0' && q[1] <= '9' && q[2] >= '0' &&
            q[2] <= '9' && q[3] >= '0' && q[3] <= '9' && !memcmp(q + 4, "年", 3))
            years[i] = (q[0] - '0') * 1000 + (q[1] - '0') * 100 + (q[2] - '0') * 10 + (q[3] - '0');
    }
    for (int i = 0; i < n && !any_number; i++)
        for (int j = 0; j < n; j++)
            if (years[i] && years[j] == years[i] - 1 &&
                (((types[i] < 0 || types[i] == ZT_THIS) && (types[j] < 0 || types[j] == ZT_LAST)) ||
                 /* "2022年预算数 | 2023年预算数": one kind, two years */
                 (types[i] >= 0 && types[i] == types[j] &&
                  (types[i] == ZT_BUDGET || types[i] == ZT_ACTUAL)))) {
                heads += (types[i] < 0) + (types[j] < 0);
                types[i] = ZT_THIS;
                types[j] = ZT_LAST;
            }
    /* "项目 | 预算数": one column of figures beside the rows' names is a
     * table too, where cells are apart by tabs. */
    bool one_column = heads == 1 && n >= 2 && memchr(s, '\t', len) &&
                      zp_ck_header_names_rows(s + cells[0].a, cells[0].b - cells[0].a);
    char merged[512];
    if (!any_number && merged_header(t, s, cells, types, n, merged, sizeof merged)) {
        t->head_line[0] = '\0';
        table_line(c, p, merged, strlen(merged));
        return;
    }
    if ((heads >= 2 || one_column) && !any_number) {
        /* A header: a new table. */
        zp_ck_table_end(c);
        /* "… | 任务完成量占比(%) | 备注 |": remarks hold no figures, and
         * the rows leave them out when empty */
        t->remarks = 0;
        t->plan = false;
        for (int i = 0; i < n; i++)
            t->plan |= types[i] == ZT_BUDGET && !zp_ck_has(s + cells[i].a, cells[i].b - cells[i].a, "预算");
        while (n > 1 && is_remark(s, cells[n - 1])) {
            n--;
            t->remarks++;
        }
        if (len < sizeof t->head_line) {
            memcpy(t->head_line, s, len);
            t->head_line[len] = '\0';
        } else {
            t->head_line[0] = '\0';
        }
        t->open = true;
        t->nmap = 0;
        t->head_cells = n;
        t->ncells = memchr(s, '\t', len) && n <= 12 ? n : 0;
        t->name_cols = 0;
        for (int i = 0; i < t->ncells; i++)
            if (names_rows(s + cells[i].a, cells[i].b - cells[i].a))
                t->name_cols |= 1u << i;
        t->unit_exp = c->unit_note;
        c->unit_note = 99;
        t->share_of = -1;
        for (int i = 0; i < n; i++)
            if (types[i] == ZT_SHARE)
                t->share_of = share_whole(s + cells[i].a, cells[i].b - cells[i].a);
        bool has[ZT__N] = {false};
        for (int i = 0; i < n; i++)
            if (types[i] >= 0)
                has[types[i]] = true;
        /* "收入 | 执行数 | 决算数": the execution report's figure beside the
         * final accounts', each a column of sums */
        for (int i = 0; i < n && has[ZT_ACTUAL]; i++)
            if (types[i] == ZT_ACTUAL && zp_ck_has(s + cells[i].a, cells[i].b - cells[i].a, "执行数"))
                for (int j = 0; j < n; j++)
                    if (j != i && types[j] == ZT_ACTUAL &&
                        zp_ck_has(s + cells[j].a, cells[j].b - cells[j].a, "决算")) {
                        types[i] = ZT_REPORTED;
                        has[ZT_REPORTED] = true;
                        break;
                    }
        /* "本年预算数 | 上年预算数": this year's budget beside last year's */
        if (has[ZT_BUDGET] && has[ZT_LAST] && !has[ZT_THIS] && !has[ZT_ACTUAL] &&
            !has[ZT_BUDGET_INIT] && !has[ZT_EXEC]) {
            for (int i = 0; i < n; i++)
                if (types[i] == ZT_BUDGET)
                    types[i] = ZT_THIS;
            has[ZT_BUDGET] = false;
            has[ZT_THIS] = true;
        }
        for (int i = n - 1; i >= 0 && t->nmap < 12; i--)
            t->map[t->nmap++] = types[i];
        t->score_table = has[ZT_WEIGHT] && has[ZT_SCORE];
        /* 项目支出绩效自评表: "年初预算数 | 全年预算数 | 全年执行数 | 分值 |
         * 执行率 | 得分": a score table whose rows have rates too. */
        t->rates_too = t->score_table && (has[ZT_BUDGET] || has[ZT_BUDGET_INIT]) &&
                       has[ZT_ACTUAL] && has[ZT_EXEC];
        t->money_table = !t->score_table &&
                         (((has[ZT_BUDGET] || has[ZT_BUDGET_INIT]) && (has[ZT_ACTUAL] || has[ZT_EXEC])) ||
                          ((has[ZT_THIS] || has[ZT_ACTUAL]) && has[ZT_LAST]) ||
                          (has[ZT_CHANGE] && has[ZT_CHANGE_PCT]) ||
                          ((has[ZT_THIS] || has[ZT_ACTUAL]) && has[ZT_SHARE]));
        /* Figures of one kind alone (a budget's, a year's): their totals. */
        int kinds = 0, others = 0;
        for (int k = 0; k < ZT__N; k++) {
            bool money = k == ZT_BUDGET || k == ZT_BUDGET_INIT || k == ZT_ACTUAL || k == ZT_THIS;
            kinds += has[k] && money;
            others += has[k] && !money && k != ZT_REPORTED;
        }
        t->sums_only = !t->score_table && !t->money_table && kinds == 1 && others == 0;
        t->money_table |= t->sums_only;
        /* "收入 | 执行数 | 决算数 | 支出 | 执行数 | 决算数": two panels side by
         * side, each its rows' names and figures; read as one they are not
         * (the tables by 科目编码 read their panels apart). */
        for (int i = 1; i < n && t->money_table; i++)
            if (types[i] < 0 && zp_ck_header_names_rows(s + cells[i].a, cells[i].b - cells[i].a))
                for (int j = 0; j < i; j++)
                    for (int k = i + 1; k < n; k++)
                        if (types[j] >= 0 && types[j] == types[k])
                            t->money_table = false;
        return;
    }
    if (!t->open || !(t->score_table || t->money_table))
        return;
    if (t->nrows == t->cap) {
        if (t->cap >= ZP_TABLE_MAX)
            return;
        t->cap = t->cap ? t->cap * 2 : 32;
        t->rows = zp_xrealloc(t->rows, t->cap * sizeof *t->rows);
    }
    zp_trow *r = &t->rows[t->nrows];
    memset(r, 0, sizeof *r);
    /* the remarks the header left out, when the row has them */
    zp_dec note;
    while (t->remarks && n > t->head_cells && !parse_cell(s, cells[n - 1], &note))
        n--;
    /* Figures from the right, by the header's columns. Where cells are
     * apart by tabs (a table, not a layout of spaces) an empty cell is a
     * figure left out and keeps its column's place. */
    bool tabs = memchr(s, '\t', len) != NULL;
    /* A row with as many cells as its header (a table written by a program,
     * or a DOCX table without merged cells) is read cell by cell: words in a
     * figure's column ("未评分", "待定") leave that figure out. */
    bool aligned = tabs && t->ncells == n;
    /* More figures than the header has columns beside the rows' names (its
     * first cell, when of no kind): the
     * header is not the row's ("2016年度 2017年度 增减" over 增减值 and
     * 增减% in a second header line the text lost). */
    int figures = 0;
    for (int i = n - 1; i >= 0 && !tabs; i--) {
        zp_dec d;
        if (!parse_cell(s, cells[i], &d))
            break;
        figures++;
    }
    if (t->nmap > 0 && t->nmap == t->head_cells && figures > t->nmap - (t->map[t->nmap - 1] < 0))
        return;
    /* Fewer figures than columns of a kind, with nothing to say which are
     * left out ("880 880 880 10 10" under six columns, 执行率 blank): read
     * from the right, they would be put in the wrong columns. */
    int typed = 0;
    for (int m = 0; m < t->nmap; m++)
        typed += t->map[m] >= 0;
    if (!tabs && t->nmap == t->head_cells && figures < typed)
        return;
    int k = n - 1, used = 0, blanks = 0;
    for (int m = 0; m < t->nmap && k >= 0; m++, k--) {
        zp_dec d;
        if (tabs && cells[k].a == cells[k].b && k > 0) {
            blanks += aligned && t->map[m] >= 0;
            continue;
        }
        if (!parse_cell(s, cells[k], &d)) {
            if (aligned && t->map[m] >= 0)
                continue;
            break;
        }
        used++;
        if (t->map[m] >= 0 && t->map[m] < ZT__N) {
            r->col[t->map[m]] = d;
            r->has[t->map[m]] = true;
        }
    }
    /* "1.因公出国(境)费用 | |": read cell by cell, a row that states
     * nothing (a total counts it as none) */
    if (used == 0 && blanks == 0)
        return;
    r->empty = used == 0;
    /* Cell by cell, the name is in the last name column that has one. */
    if (aligned && t->name_cols) {
        int last = -1;
        for (int i = 0; i < n; i++)
            if ((t->name_cols >> i & 1u) && cells[i].b > cells[i].a)
                last = i;
        if (last >= 0)
            k = last;
    }
    size_t name_end = k >= 0 ? cells[k].b : 0;
    size_t name_start = 0;
    /* The row's name: its last name cell (the 二级指标 beside an empty 一级). */
    r->name_col = -1;
    for (int i = k; i >= 0; i--) {
        if (cells[i].b > cells[i].a) {
            if (tabs)
                r->name_col = i;
            name_start = cells[i].a;
            name_end = cells[i].b;
            /* "　　公务用车购置费": indented under its parent. A leading
             * space is the cell's own padding, not an indent. */
            r->indent = tabs && cells[i].lead > 1 ? cells[i].lead - 1 : 0;
            /* "投入 小计": the group's name is the cell before */
            size_t ls = name_start, le = name_end;
            if (zp_ck_find(s + ls, le - ls, "小计")) {
                for (int j = i - 1; j >= 0; j--)
                    if (cells[j].b > cells[j].a) {
                        ls = cells[j].a;
                        le = cells[j].b;
                        break;
                    }
            }
            zp_ck_copy_text(r->label, sizeof r->label, s + ls, le - ls);
            break;
        }
    }
    zp_ck_copy_text(r->name, sizeof r->name, s + name_start, name_end - name_start);
    r->total = is_total(r->name);
    r->subtotal = strstr(r->name, "小计") != NULL;
    r->line = p->first_line;
    r->page = p->nsegs ? p->segs[0].page : 0;
    zp_ck_copy_text(r->quote, sizeof r->quote, s, len);
    t->nrows++;
}

void zp_ck_table_label(zp_checker *c, const zp_para *p)
{
    zp_table *t = &c->table;
    if (!t->open || t->nrows >= ZP_TABLE_MAX)
        return;
    if (t->nrows == t->cap) {
        t->cap = t->cap ? t->cap * 2 : 32;
        t->rows = zp_xrealloc(t->rows, t->cap * sizeof *t->rows);
    }
    zp_trow *r = &t->rows[t->nrows++];
    memset(r, 0, sizeof *r);
    r->group = true;
    zp_ck_copy_text(r->name, sizeof r->name, p->text.data, p->text.len);
    r->line = p->first_line;
}

static bool interval(zp_dec d, zp_interval *iv)
{
    zp_num n;
    memset(&n, 0, sizeof n);
    n.value = d;
    return zp_ck_num_interval(&n, iv);
}

bool zp_ck_weight_interval(zp_dec d, zp_interval *iv)
{
    zp_rat r;
    if (d.scale == 0 && zp_rat_of_dec(d, &r)) {
        *iv = zp_interval_point(r);
        return true;
    }
    return interval(d, iv);
}


void zp_ck_table_end(zp_checker *c)
{
    zp_table *t = &c->table;
    if (!t->open) {
        return;
    }
    if (t->score_table && t->nrows > 0) {
        zp_ck_score_table_check(c, t);
    } else if (t->money_table && t->nrows > 0) {
        zp_ck_money_table_check(c, t);
    }
    table_reset(t);
}

