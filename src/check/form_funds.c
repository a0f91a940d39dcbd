/*
 * The funds block of a self-evaluation form (项目支出绩效自评表 and 部门整体
 * 支出绩效自评表, 财预〔2020〕10号) when its table lost its rows, as web
 * pages and PDF text tools give it: flattened into one line,
 *
 *     … 年初预算数 全年预算数 全年执行数 分值 执行率 得分 年度资金总额: 0 0 0 10 0 0
 *     其中:本年财政拨款 90 89.974 89.974 上年结转资金 其他资金 年度总体目标 …
 *
 * or one cell to a line, a header cell broken over lines ("全年" | "执行数").
 * The block's shape is fixed by the template: a header naming 预算数 and
 * 执行数 (and 分值, 执行率, 得分), the year's total row, then the rows of
 * its sources (本年财政拨款, 上年结转资金, 其他资金; 中央财政资金 …).
 *
 * Lines are watched as they pass, cell by cell, whatever their breaks: the
 * text cells since the last figure are kept joined, and the header is found
 * in them at the first figure. The rows are then put into a table (zp_table)
 * and checked as a money table is: each row's rate, the total against its
 * sources, and the rate's score. A block whose rows are one to a line under
 * a header of one line is left to the table reader, which reads it cell by
 * cell.
 */
#include <stdio.h>
#include <string.h>

#include "check/check_int.h"
#include "check/lexicon.h"

enum { FORM_LOOKING, FORM_ROWS };

/* The header's words, longest first where one holds another. */
static const struct {
    const char *word;
    int role;
} head_words[] = {
    {"年初预算数", ZT_BUDGET_INIT}, {"年初预算", ZT_BUDGET_INIT}, {"全年预算数", ZT_BUDGET},
    {"(调整)预算数", ZT_BUDGET},     {"调整后预算数", ZT_BUDGET},  {"调整预算数", ZT_BUDGET},
    {"全年预算", ZT_BUDGET},         {"全年执行数", ZT_ACTUAL},    {"执行数", ZT_ACTUAL},
    {"执行率权重", ZT_WEIGHT},       {"执行率得分", ZT_SCORE},     {"执行率", ZT_EXEC},
    {"分值", ZT_WEIGHT},             {"权重", ZT_WEIGHT},          {"得分", ZT_SCORE},
    {"预算数", ZT_BUDGET},
};

/* "得分 (20分*执行率)": the rate's weight said in the header, not in a
 * column of its own (云南's 项目支出绩效自评表). */
static bool weight_in_header(const char *s, size_t n, zp_dec *w)
{
    static const char *const times[] = {"分*执行率", "分×执行率", "分x执行率", "分X执行率"};
    for (size_t k = 0; k < sizeof times / sizeof times[0]; k++) {
        const char *at = zp_ck_find(s, n, times[k]);
        if (!at)
            continue;
        size_t end = (size_t)(at - s), a = end;
        while (a > 0 && s[a - 1] >= '0' && s[a - 1] <= '9' && end - a < 3)
            a--;
        return a < end && zp_dec_parse(s + a, end - a, w) == ZP_DEC_OK;
    }
    return false;
}

static bool is_blank(const char *s, size_t n)
{
    static const char *const dashes[] = {"-", "/", "—", "——", "－", "／", "–", "--"};
    if (n > 6) /* longer than any of them: most words */
        return false;
    for (size_t k = 0; k < sizeof dashes / sizeof dashes[0]; k++)
        if (n == strlen(dashes[k]) && !memcmp(s, dashes[k], n))
            return true;
    return false;
}

/* A figure cell: "880", "89.974", "4753.66万元", "99%", "1,234.50". */
static bool figure_of(const char *s, size_t n, zp_dec *d, bool *pct, int *exp)
{
    *pct = false;
    *exp = 99;
    if (n > 6 && !memcmp(s + n - 6, "万元", 6)) {
        n -= 6;
        *exp = 0;
    } else if (n > 3 && !memcmp(s + n - 3, "元", 3)) {
        n -= 3;
        *exp = -4;
    } else if (n > 0 && s[n - 1] == '%') {
        n--;
        *pct = true;
    }
    if (n == 0 || !(s[0] >= '0' && s[0] <= '9'))
        return false;
    return zp_dec_parse(s, n, d) == ZP_DEC_OK;
}

/* What a source row's name has (or the total's). */
static bool row_name(const char *s, size_t n)
{
    static const char *const words[] = {"资金", "拨款", "结转", "总额", "总金额", "其中", "合计"};
    for (size_t k = 0; k < sizeof words / sizeof words[0]; k++)
        if (zp_ck_has(s, n, words[k]))
            return true;
    return false;
}

static void block_reset(zp_form_funds *f)
{
    f->state = FORM_LOOKING;
    f->nlabels = 0;
    f->ntok = 0;
    f->nrows = 0;
    f->ncols = 0;
    f->unit_exp = 99;
    f->mixed = false;
}

/* The line the text at offset at of labels came from. */
static int line_at(const zp_form_funds *f, size_t at)
{
    int line = f->ntok > 0 ? f->tok_line[0] : 0;
    for (int k = 0; k < f->ntok && (size_t)f->tok_at[k] <= at; k++)
        line = f->tok_line[k];
    return line;
}

/* The header in the text cells before the first figure: the columns in
 * the order named, each once, 预算数 before 执行数, and nothing between
 * them that prose would have (a comma, a stop, or many words). */
static bool find_header(zp_form_funds *f)
{
    const char *s = f->labels;
    size_t n = f->nlabels, i = 0, last_end = 0;
    int roles = 0;
    bool seen[ZT__N] = {false};
    /* Every figure of the prose comes here with the words before it: what
     * has no 执行数 and no 预算 cannot hold a header (each word of either
     * column says them), and is passed over at once. */
    if (!zp_ck_has(s, n, "执行数") || !zp_ck_has(s, n, "预算"))
        return false;
    while (i < n) {
        bool hit = false;
        for (size_t k = 0; k < sizeof head_words / sizeof head_words[0] && !hit; k++) {
            size_t m = strlen(head_words[k].word);
            if (i + m > n || memcmp(s + i, head_words[k].word, m))
                continue;
            /* "执行率 执行率权重 执行率得分" (部门整体), but "执行率 得分" joined
             * is two columns */
            if (!strncmp(head_words[k].word, "执行率", strlen("执行率")) &&
                head_words[k].role != ZT_EXEC && !seen[ZT_EXEC])
                continue;
            hit = true;
            int role = head_words[k].role;
            if (roles > 0 && i - last_end > 100)
                roles = 0; /* too far from the words before: start again */
            if (roles == 0)
                memset(seen, 0, sizeof seen);
            if (seen[role] || roles == ZP_FUND_COLS)
                return false;
            seen[role] = true;
            f->role[roles++] = role;
            if (roles == 1)
                f->head_from = i;
            i += m;
            last_end = i;
        }
        if (hit)
            continue;
        /* a column's gloss in brackets names no column: "得分(20分*执行率)" */
        const char *close = s[i] == '(' ? memchr(s + i, ')', n - i < 32 ? n - i : 32) : NULL;
        i = close ? (size_t)(close - s) + 1 : i + zp_ck_char_len((unsigned char)s[i]);
    }
    if (roles < 2 || n - last_end > 45 || !seen[ZT_ACTUAL] ||
        !(seen[ZT_BUDGET] || seen[ZT_BUDGET_INIT]))
        return false;
    for (int k = 0; k < roles && f->role[k] != ZT_ACTUAL; k++)
        if (f->role[k] != ZT_BUDGET && f->role[k] != ZT_BUDGET_INIT)
            return false; /* the budgets come first */
    static const char *const prose[] = {"，", "。", "；", "为", "是"};
    for (size_t k = 0; k < sizeof prose / sizeof prose[0]; k++)
        if (zp_ck_has(s + f->head_from, last_end - f->head_from, prose[k]))
            return false;
    f->ncols = roles;
    f->head_to = last_end;
    f->has_weight = !seen[ZT_WEIGHT] && seen[ZT_EXEC] && seen[ZT_SCORE] &&
                    weight_in_header(s + f->head_from, n - f->head_from, &f->weight);
    /* a column's gloss is no row's name: "全年执行数(B)", "执行率(B/A)" */
    while (last_end < n && s[last_end] == '(') {
        const char *close = memchr(s + last_end, ')', n - last_end < 32 ? n - last_end : 32);
        if (!close)
            break;
        last_end = (size_t)(close - s) + 1;
    }
    f->label_from = last_end;
    /* What follows the last column's name is the first row's ("年度资金总额:"). */
    f->nrows = 1;
    zp_form_row *r = &f->rows[0];
    memset(r, 0, sizeof *r);
    zp_ck_copy_text(r->label, sizeof r->label, s + last_end, n - last_end);
    return true;
}

static void add_quote(zp_form_row *r, const char *s, size_t n)
{
    size_t have = strlen(r->quote);
    if (have > 0 && have + 1 < sizeof r->quote)
        r->quote[have++] = ' ';
    zp_ck_copy_text(r->quote + have, sizeof r->quote - have, s, n);
}

/* The row's cells into the header's columns. As many as the columns: one
 * to each. Fewer: a rate (the only figure with %) is 执行率's, the cells
 * before it are the columns before it from the right (年初预算数 left
 * blank), those after it the columns after it; with no rate, 执行率 is
 * blank, and cells no more than the money columns are theirs from the left
 * (a source row's 分值 and 得分 are blank). Else the row is not read. */
static bool place(const zp_form_funds *f, const zp_form_row *r, zp_trow *out)
{
    int cols = f->ncols, k = r->n, exec = -1, pct = -1, npct = 0;
    for (int i = 0; i < cols; i++)
        if (f->role[i] == ZT_EXEC)
            exec = i;
    for (int i = 0; i < k; i++)
        if (r->kind[i] == ZP_CELL_PERCENT) {
            pct = i;
            npct++;
        }
    int at[ZP_FUND_CELLS];
    if (k > cols || npct > 1) {
        return false;
    } else if (k == cols) {
        for (int i = 0; i < k; i++)
            at[i] = i;
    } else if (pct >= 0) {
        if (exec < 0 || pct > exec || k - pct > cols - exec)
            return false;
        for (int i = 0; i < k; i++)
            at[i] = exec + (i - pct);
    } else {
        int money = 0;
        while (money < cols && (f->role[money] == ZT_BUDGET_INIT || f->role[money] == ZT_BUDGET ||
                                f->role[money] == ZT_ACTUAL))
            money++;
        if (exec >= 0 && k == cols - 1) {
            for (int i = 0; i < k; i++)
                at[i] = i >= exec ? i + 1 : i;
        } else if (k <= money) {
            for (int i = 0; i < k; i++)
                at[i] = i;
        } else {
            return false;
        }
    }
    memset(out, 0, sizeof *out);
    for (int i = 0; i < k; i++) {
        int role = f->role[at[i]];
        if (r->kind[i] == ZP_CELL_BLANK)
            continue;
        if (r->kind[i] == ZP_CELL_PERCENT && role != ZT_EXEC)
            return false; /* a rate in a money column: misplaced */
        /* "执行率 0.1" for 94 ÷ 650: a fraction, rounded to its places,
         * whose interval a percentage cannot hold; left out */
        zp_rat v;
        if (role == ZT_EXEC && r->kind[i] == ZP_CELL_NUMBER && r->val[i].units > 0 &&
            zp_rat_of_dec(r->val[i], &v) && zp_rat_cmp(v, zp_rat_of_int(1)) <= 0)
            continue;
        out->col[role] = r->val[i];
        out->has[role] = true;
    }
    zp_str_copy(out->name, sizeof out->name, r->label[0] ? r->label : "年度资金总额");
    size_t n = strlen(out->name); /* "年度资金总额:" */
    if (n > 0 && out->name[n - 1] == ':')
        out->name[n - 1] = '\0';
    else if (n > 3 && !strcmp(out->name + n - 3, "："))
        out->name[n - 3] = '\0';
    out->line = r->line;
    out->page = r->page;
    zp_str_copy(out->quote, sizeof out->quote, r->quote);
    return true;
}

/* A run of cells for more than one row, the names between them lost
 * ("65.66 65.07 10 99% 9 65.66 65.07 — 99% —"): rows as long as the rates
 * are apart, when that divides the run. Rows after the first have no name
 * and no quote of their own: they are quoted as the run. */
static int split_run(const zp_form_funds *f, const zp_form_row *r, zp_form_row *out, int room)
{
    int first = -1, period = 0, npct = 0;
    for (int i = 0; i < r->n; i++)
        if (r->kind[i] == ZP_CELL_PERCENT) {
            if (first < 0)
                first = i;
            else if (period == 0)
                period = i - first;
            else if ((i - first) % period != 0)
                return 0;
            npct++;
        }
    if (r->n <= f->ncols) {
        out[0] = *r;
        return 1;
    }
    if (npct < 2 || period == 0 || period > f->ncols || r->n % period || r->n / period > room ||
        npct != r->n / period)
        return 0;
    for (int k = 0; k < r->n / period; k++) {
        out[k] = *r;
        if (k > 0)
            out[k].label[0] = '\0';
        out[k].n = period;
        memmove(out[k].val, r->val + k * period, (size_t)period * sizeof r->val[0]);
        memmove(out[k].kind, r->kind + k * period, (size_t)period);
    }
    return r->n / period;
}

/* The block read: its rows into a table, the total first and its sources
 * under it, checked as a money table, then the rate's score. */
static void block_check(zp_checker *c)
{
    zp_form_funds *f = &c->form;
    if (c->debug && f->state == FORM_ROWS) {
        fprintf(stderr, "form: %d cols, %d rows, loose %d, mixed %d\n", f->ncols, f->nrows, f->loose,
                f->mixed);
        for (int i = 0; i < f->nrows; i++)
            fprintf(stderr, "  row %d: %s (%d cells) at %d\n", i, f->rows[i].label, f->rows[i].n,
                    f->rows[i].line);
    }
    if (f->state != FORM_ROWS || !f->loose || f->mixed)
        return;
    /* No total before the sources ("其中:…" first): not the template's order. */
    if (zp_ck_has(f->rows[0].label, strlen(f->rows[0].label), "其中"))
        return;
    zp_form_row rows[ZP_FUND_ROWS];
    int nrows = 0;
    for (int i = 0; i < f->nrows; i++) {
        if (f->rows[i].n == 0)
            continue;
        int got = split_run(f, &f->rows[i], rows + nrows, ZP_FUND_ROWS - nrows);
        if (got == 0)
            return; /* a row misread would misplace the rest */
        nrows += got;
    }
    zp_trow trows[ZP_FUND_ROWS];
    zp_table t;
    memset(&t, 0, sizeof t);
    t.money_table = true;
    t.unit_exp = 99; /* kept out of the ledger: the form's own figures */
    t.share_of = -1;
    t.rows = trows;
    for (int i = 0; i < nrows; i++) {
        const zp_form_row *r = &rows[i];
        if (!place(f, r, &trows[t.nrows]))
            return;
        size_t n = strlen(r->label);
        if (t.nrows > 0 && (zp_ck_has(r->label, n, "总额") || zp_ck_has(r->label, n, "合计")))
            break; /* a second total: another block */
        trows[t.nrows].indent = t.nrows > 0; /* the sources under the total */
        if (t.nrows == 0 && f->has_weight && trows[0].has[ZT_SCORE]) {
            trows[0].col[ZT_WEIGHT] = f->weight;
            trows[0].has[ZT_WEIGHT] = true;
        }
        t.nrows++;
    }
    t.cap = t.nrows;
    if (t.nrows == 0)
        return;
    zp_ck_money_table_check(c, &t);
    zp_ck_table_rate_scores(c, &t);
}

static void block_end(zp_checker *c)
{
    block_check(c);
    block_reset(&c->form);
}

static void on_text(zp_checker *c, const char *s, size_t n, const zp_text_line *line)
{
    zp_form_funds *f = &c->form;
    if (f->state == FORM_ROWS) {
        zp_form_row *r = &f->rows[f->nrows - 1];
        size_t have = strlen(r->label);
        if (r->n > 0) {
            /* a row's cells are over: the next row, or the block's end */
            if (!row_name(s, n) || f->nrows == ZP_FUND_ROWS) {
                block_end(c);
                on_text(c, s, n, line);
                return;
            }
            r = &f->rows[f->nrows++];
            memset(r, 0, sizeof *r);
            have = 0;
        }
        if (have + n > 60) {
            block_end(c);
            on_text(c, s, n, line);
            return;
        }
        if (have == 0) {
            r->line = line->number;
            r->page = line->page;
        }
        memcpy(r->label + have, s, n);
        r->label[have + n] = '\0';
        add_quote(r, s, n);
        return;
    }
    if (f->nlabels + n > sizeof f->labels) {
        f->nlabels = 0; /* far too long for a header */
        f->ntok = 0;
        if (n > sizeof f->labels)
            return;
    }
    if (f->ntok < ZP_FUND_TOKENS) {
        f->tok_at[f->ntok] = (int)f->nlabels;
        f->tok_line[f->ntok++] = line->number;
    }
    memcpy(f->labels + f->nlabels, s, n);
    f->nlabels += n;
}

static void on_cell(zp_checker *c, const char *s, size_t n, int kind, zp_dec d, int exp,
                    const zp_text_line *line)
{
    zp_form_funds *f = &c->form;
    if (f->state == FORM_LOOKING) {
        bool header = kind != ZP_CELL_BLANK && f->nlabels > 0 && find_header(f);
        if (header) {
            f->state = FORM_ROWS;
            /* Loose: the header over several lines, or the rows on its line. */
            int from = line_at(f, f->head_from), to = line_at(f, f->head_to - 1);
            /* and a weight said in the header, which the table reader
             * does not read */
            f->loose = from != to || line->number == to || f->has_weight;
            /* the row at its name's line, as the table reader puts it */
            f->rows[0].line = f->rows[0].label[0] ? line_at(f, f->label_from) : line->number;
            f->rows[0].page = line->page;
            if (f->rows[0].label[0])
                add_quote(&f->rows[0], f->rows[0].label, strlen(f->rows[0].label));
        }
        f->nlabels = 0;
        f->ntok = 0;
        if (!header)
            return;
    }
    zp_form_row *r = &f->rows[f->nrows - 1];
    if (r->n == ZP_FUND_CELLS) {
        block_end(c);
        return;
    }
    if (r->n == 0 && !r->label[0]) {
        r->line = line->number;
        r->page = line->page;
    }
    if (exp != 99) {
        f->mixed |= f->unit_exp != 99 && f->unit_exp != exp;
        f->unit_exp = exp;
    }
    r->kind[r->n] = (unsigned char)kind;
    r->val[r->n] = d;
    r->n++;
    add_quote(r, s, n);
}

/* Every line's bytes pass here: a cell ends at a space, a tab or a bar. */
static bool is_sep(unsigned char ch)
{
    return ch <= ' ' ? ch == ' ' || ch == '\t' : ch == '|';
}

void zp_ck_form_funds_feed(zp_checker *c, const zp_text_line *line)
{
    const char *s = line->text;
    size_t len = line->len, i = 0;
    while (i < len) {
        while (i < len && is_sep((unsigned char)s[i]))
            i++;
        size_t a = i;
        while (i < len && !is_sep((unsigned char)s[i]))
            i++;
        if (i == a)
            break;
        const char *w = s + a;
        size_t n = i - a;
        zp_dec d = {0, 0};
        bool pct = false;
        int exp = 99;
        if (is_blank(w, n))
            on_cell(c, w, n, ZP_CELL_BLANK, d, 99, line);
        else if (figure_of(w, n, &d, &pct, &exp))
            on_cell(c, w, n, pct ? ZP_CELL_PERCENT : ZP_CELL_NUMBER, d, exp, line);
        else
            on_text(c, w, n, line);
    }
}

void zp_ck_form_funds_end(zp_checker *c)
{
    block_end(c);
}
