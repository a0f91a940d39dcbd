/*
 * The checker's driver: lines -> paragraphs -> figures -> frames -> checks,
 * one paragraph at a time; what later paragraphs may refer back to is kept
 * in the ledger, the facts and the score-table groups, all bounded.
 */
#include <stdlib.h>
#include <string.h>

#include "check/check_int.h"
#include "check/simplify.h"
#include "check/lexicon.h"
#include "check/normalize.h"

static void on_paragraph(void *ctx, zp_para *p);

zp_checker *zp_checker_new(void)
{
    zp_checker *c = zp_xcalloc(1, sizeof *c);
    zp_ck_joiner_init(&c->joiner, on_paragraph, c);
    zp_findings_init(&c->found);
    zp_ck_ledger_init(&c->ledger);
    zp_buf_init(&c->scratch);
    c->unit_note = 99;
    c->codes.unit_exp = 99;
    c->form.unit_exp = 99;
    const char *dbg = getenv("ZIPING_CHECK_DEBUG");
    c->debug = dbg && *dbg && strcmp(dbg, "0");
    return c;
}

void zp_checker_free(zp_checker *c)
{
    if (!c)
        return;
    zp_ck_joiner_free(&c->joiner);
    zp_findings_free(&c->found);
    zp_ck_nums_free(&c->nums);
    free(c->p.items);
    free(c->p.frames);
    free(c->p.cat_frame);
    free(c->p.touched);
    free(c->p.groups);
    zp_buf_free(&c->cells.text);
    zp_buf_free(&c->cells.raw);
    zp_buf_free(&c->cells.row);
    zp_buf_free(&c->cells.held);
    zp_buf_free(&c->cells.closed);
    zp_ck_ledger_free(&c->ledger);
    free(c->table.rows);
    zp_ck_codes_free(&c->codes);
    zp_buf_free(&c->scratch);
    free(c);
}

void zp_checker_feed(zp_checker *c, const zp_text_line *line)
{
    zp_ck_form_funds_feed(c, line);
    zp_ck_cells_feed(c, line);
}

/* Does a heading carry a weight: "(8分)", "（分值10分）"? */
static bool weighted(const char *s, size_t len)
{
    for (size_t i = 1; i + 4 <= len; i++)
        if (!memcmp(s + i, "分)", 4) && s[i - 1] >= '0' && s[i - 1] <= '9')
            return true;
    return false;
}

/* A heading of level 1 to 3 opens a new scope; one that names a project
 * (1、科普活动经费项目) makes its section that project's; one that sets
 * targets (三、部门绩效目标) makes its figures targets, not results. */
static void on_heading(zp_checker *c, const zp_para *p)
{
    int level = p->heading;
    if (level >= 4 && level <= 5) {
        /* "(1)项目立项(2分)": no scope of its own, but an indicator's */
        for (int l = level; l <= 5; l++)
            c->heading_weighted[l] = false;
        c->heading_weighted[level] = weighted(p->text.data, p->text.len);
    }
    if (level < 1 || level > 3)
        return;
    const char *t = p->text.data + p->marker_len;
    size_t n = p->text.len - p->marker_len;
    size_t end = 0;
    /* The title: up to its first mark. "2.公务接待费支出 5.21 万元，与 2021 年
     * 度预算相比…" is a numbered item whose title ends at its comma, not a
     * section about the budget. */
    while (end < n && end < 90) {
        if ((end + 3 <= n && (!memcmp(t + end, "。", 3) || !memcmp(t + end, "：", 3) ||
                              !memcmp(t + end, "，", 3))) ||
            t[end] == ':' || t[end] == ',' || t[end] == ';')
            break;
        unsigned char ch = (unsigned char)t[end];
        end += zp_ck_char_len(ch);
    }
    if (end > n)
        end = n;
    c->scope++;
    for (int l = level; l <= 5; l++) {
        c->heading_scope[l] = 0;
        c->heading_project[l] = false;
        c->heading_target[l] = false;
        c->heading_execution[l] = false;
        c->heading_budget[l] = false;
        c->heading_weighted[l] = false;
        c->heading_whole[l][0] = '\0';
        c->heading_fund[l] = NULL;
    }
    const char *fund = zp_ck_fund_named(t, end);
    if (fund)
        c->heading_fund[level] = fund;
    /* "五、一般公共预算财政拨款支出决算情况说明": what the section is about. */
    static const char *const tails[] = {"决算情况说明", "情况说明", "决算情况", "情况", "说明"};
    size_t whole_end = end;
    for (size_t k = 0; k < sizeof tails / sizeof tails[0]; k++) {
        size_t m = strlen(tails[k]);
        if (whole_end >= m && !memcmp(t + whole_end - m, tails[k], m)) {
            whole_end -= m;
            break;
        }
    }
    zp_ck_subject_of(t, whole_end, c->heading_whole[level], sizeof c->heading_whole[level]);
    /* "一、企业职工基本养老保险基金": a section of one fund, whose 本年收入
     * and 本年支出 are its own, not the next section's */
    if (!fund && zp_str_ends(c->heading_whole[level], "基金") &&
        strlen(c->heading_whole[level]) >= 12)
        c->heading_fund[level] = c->heading_whole[level];
    c->heading_scope[level] = c->scope;
    c->heading_weighted[level] = weighted(p->text.data, p->text.len);
    c->heading_project[level] = zp_ck_has(t, end, "项目") && end <= 60;
    c->heading_target[level] = zp_ck_has(t, end, "目标") && !zp_ck_has(t, end, "实现") &&
                               !zp_ck_has(t, end, "完成") && !zp_ck_has(t, end, "情况") &&
                               !zp_ck_has(t, end, "程度");
    c->heading_execution[level] = (zp_ck_has(t, end, "预算执行") || zp_ck_has(t, end, "收支")) &&
                                  !zp_ck_has(t, end, "项目");
    c->heading_budget[level] = zp_ck_says_budget(t, end) && !zp_ck_has(t, end, "执行") &&
                               !zp_ck_has(t, end, "决算") && !zp_ck_has(t, end, "完成") &&
                               !zp_ck_has(t, end, "绩效") && !zp_ck_has(t, end, "管理") &&
                               !zp_ck_has(t, end, "使用") && !zp_ck_has(t, end, "到位") &&
                               !zp_ck_has(t, end, "支出情况") && !zp_ck_has(t, end, "收支情况");
    c->project = 0;
    c->target_section = false;
    c->execution_section = false;
    c->budget_section = false;
    for (int l = 1; l <= 3; l++) {
        if (c->heading_project[l])
            c->project = c->heading_scope[l];
        c->target_section |= c->heading_target[l];
        c->execution_section |= c->heading_execution[l];
        c->budget_section |= c->heading_budget[l];
    }
}

/* A short line between table rows names a group of them (一级指标). */
static bool table_label(const zp_para *p)
{
    if (p->text.len > 36 || p->heading)
        return false;
    for (size_t i = 0; i < p->text.len; i++) {
        unsigned char ch = (unsigned char)p->text.data[i];
        if ((ch >= '0' && ch <= '9') || ch == ',' || ch == '.')
            return false;
    }
    return !zp_ck_has(p->text.data, p->text.len, "，") && !zp_ck_has(p->text.data, p->text.len, "。");
}

/* ZIPING_CHECK_DEBUG=1 shows how each paragraph was read: for working on
 * the rules, never for users. */
static void debug_frames(const zp_checker *c)
{
    const zp_para *p = c->p.para;
    fprintf(stderr, "¶ %d-%d h%d: %.*s\n", p->first_line, p->last_line, p->heading,
            (int)(c->p.len > 120 ? 120 : c->p.len), c->p.text);
    static const char *const roles[ZR__N] = {"none",   "amount", "budget", "actual", "rate",
                                             "change", "pct",    "last",   "share",  "weight",
                                             "score",  "srate",  "ind",    "count"};
    for (size_t i = 0; i < c->p.nframes; i++) {
        const zp_frame *f = &c->p.frames[i];
        fprintf(stderr, "  [%zu] %s cat=%s parent=%d s%d:", i, f->subject,
                f->cat >= 0 ? zp_ck_categories[f->cat].name : "-", f->parent, f->sentence);
        for (int r = 1; r < ZR__N; r++) {
            const zp_item *it = zp_ck_frame_item(c, f, r);
            if (!it)
                continue;
            char buf[48];
            zp_dec_format(it->num.value, false, buf, sizeof buf);
            fprintf(stderr, " %s=%s%s%s", roles[r], f->sign[r] < 0 ? "-" : "", buf, it->num.unit);
        }
        if (f->object[0])
            fprintf(stderr, " of=%s", f->object);
        fputc('\n', stderr);
    }
}

/* Does a date go on after a year's digits at s[i] ("2018-03-31")? */
static bool ascii_date(const char *s, size_t len, size_t i)
{
    if (i >= len || (s[i] != '-' && s[i] != '/' && s[i] != '.'))
        return false;
    char sep = s[i];
    size_t d = 0;
    while (i + 1 + d < len && s[i + 1 + d] >= '0' && s[i + 1 + d] <= '9')
        d++;
    return d >= 1 && d <= 2 && i + 1 + d < len && s[i + 1 + d] == sep;
}

/* The year a report is of: the year of a title ("2023年度部门整体支出绩效
 * 自评报告"), which a compilation of reports may give again; else the
 * first year the text names that is no date ("2024年3月15日" is when it
 * was published). */
static void note_report_year(zp_checker *c)
{
    static const char *const titles[] = {"报告", "说明", "自评", "决算", "绩效", "公开"};
    bool any_year = false;
    for (size_t i = 0; i < c->nums.count && !any_year; i++)
        any_year = (c->nums.items[i].flags & ZN_YEAR) != 0;
    if (!any_year)
        return; /* nothing to note, title or not */
    bool title = false;
    for (size_t k = 0; k < sizeof titles / sizeof titles[0] && c->p.len <= 150 && !title; k++)
        title = zp_ck_has(c->p.text, c->p.len, titles[k]);
    if (c->report_year && !title)
        return;
    for (size_t i = 0; i < c->nums.count; i++) {
        const zp_num *n = &c->nums.items[i];
        if (!(n->flags & ZN_YEAR))
            continue;
        const zp_num *next = i + 1 < c->nums.count ? &c->nums.items[i + 1] : NULL;
        if (next && (next->flags & ZN_DATE) && next->start <= n->end + 1)
            continue;
        if (ascii_date(c->p.text, c->p.len, n->num_end))
            continue;
        if (title && c->report_year && !strstr(n->unit, "年度"))
            return; /* a title names its year as 年度 to say it again */
        c->report_year = (int)n->value.units;
        return;
    }
}

static void on_paragraph(void *ctx, zp_para *p)
{
    zp_checker *c = ctx;
    c->p.para = p;
    c->p.text = p->text.data ? p->text.data : "";
    c->p.len = p->text.len;
    if (p->table) {
        zp_ck_open_list_close(c);
        zp_ck_codes_row(c, p);
        zp_ck_table_row(c, p);
        return;
    }
    zp_ck_codes_other(c, p);
    /* "单位：万元" above a table: the unit of its money. */
    int exp;
    if (zp_ck_unit_note(c->p.text, c->p.len, &exp)) {
        c->unit_note = exp;
        return;
    }
    /* A table's title with its note, as plain text joins them
     * ("2023 年支出决算表单位:万元"). */
    if (zp_ck_unit_note_after(c->p.text, c->p.len, &exp)) {
        c->unit_note = exp;
        if (!p->heading)
            return;
    }
    if (c->table.open) {
        if (table_label(p)) {
            zp_ck_table_label(c, p);
            return;
        }
        zp_ck_table_end(c);
    }
    if (p->heading)
        on_heading(c, p);
    c->nums.count = 0;
    zp_ck_scan_numbers(c->p.text, c->p.len, &c->nums);
    note_report_year(c);
    if (c->nums.count == 0) {
        /* Prose without figures: only what it says about what exists. */
        zp_ck_open_list_close(c);
        zp_ck_facts_collect(c);
        return;
    }
    zp_ck_frames_build(c);
    zp_ck_ledger_levels(c);
    if (c->debug)
        debug_frames(c);
    zp_ck_rules_check(c);
    zp_ck_expr_check(c);
    zp_ck_balance_check(c);
    zp_ck_savings_check(c);
    zp_ck_accounts_check(c);
    zp_ck_progress_check(c);
    zp_ck_points_check(c);
    zp_ck_growth_check(c);
    zp_ck_list_total_check(c);
    zp_ck_listing_check(c);
    zp_ck_splits_check(c);
    zp_ck_tgroup_check(c);
    zp_ck_words_check(c);
    zp_ck_change_across(c);
    zp_ck_ledger_paragraph(c);
    zp_ck_named_record(c);
    zp_ck_carryover_check(c);
    zp_ck_open_list(c);
}

static int cmp_findings(const void *a, const void *b)
{
    const zp_finding *x = a, *y = b;
    if (x->line != y->line)
        return x->line < y->line ? -1 : 1;
    if (x->col != y->col)
        return x->col < y->col ? -1 : 1;
    int k = strcmp(x->check, y->check);
    if (k)
        return k;
    return strcmp(x->message, y->message);
}

void zp_checker_finish(zp_checker *c, zp_findings *out)
{
    zp_ck_form_funds_end(c);
    zp_ck_cells_end(c);
    zp_ck_joiner_flush(&c->joiner);
    zp_ck_open_list_close(c);
    zp_ck_table_end(c);
    zp_ck_codes_end(c, true);
    zp_ck_facts_end(c);
    size_t dropped = c->dropped;
    if (c->found.count > 1)
        qsort(c->found.items, c->found.count, sizeof *c->found.items, cmp_findings);
    for (size_t i = 0; i < c->found.count; i++) {
        if (out->count == out->cap) {
            out->cap = out->cap ? out->cap * 2 : 16;
            out->items = zp_xrealloc(out->items, out->cap * sizeof *out->items);
        }
        out->items[out->count++] = c->found.items[i];
    }
    c->found.count = 0;
    if (dropped) {
        zp_ck_report_at(c, ZP_WARNING, "limit", "limit", 0, 0, 0, 0, "",
                        "too many findings; the rest are not listed",
                        "发现的问题超过 %d 条，其余 %zu 条未列出", ZP_FINDINGS_MAX, dropped);
        out->items = zp_xrealloc(out->items, (out->count + 1) * sizeof *out->items);
        out->cap = out->count + 1;
        out->items[out->count++] = c->found.items[0];
        c->found.count = 0;
    }
    c->dropped = 0;
    /* Ready for the next document. */
    zp_ck_ledger_clear(&c->ledger);
    c->ntgroups = 0;
    c->nfacts = 0;
    c->report_year = 0;
    c->unit_note = 99;
    c->scope = 0;
    c->project = 0;
    c->target_section = false;
    memset(c->heading_scope, 0, sizeof c->heading_scope);
    memset(c->heading_project, 0, sizeof c->heading_project);
    memset(c->heading_target, 0, sizeof c->heading_target);
    memset(c->heading_execution, 0, sizeof c->heading_execution);
    memset(c->heading_budget, 0, sizeof c->heading_budget);
    c->execution_section = false;
    c->budget_section = false;
    zp_ck_joiner_free(&c->joiner);
    zp_ck_joiner_init(&c->joiner, on_paragraph, c);
}

int zp_check_file(const char *path, zp_findings *out, zp_diags *diags)
{
    zp_doc *doc = zp_doc_open(path, diags);
    if (!doc)
        return -1;
    zp_checker *c = zp_checker_new();
    zp_text_line line;
    int r;
    while ((r = zp_doc_next(doc, &line)) > 0)
        zp_checker_feed(c, &line);
    zp_doc_close(doc);
    if (r < 0) {
        zp_checker_free(c);
        return -1;
    }
    zp_checker_finish(c, out);
    zp_checker_free(c);
    return 0;
}

void zp_check_text(const char *text, size_t len, zp_findings *out)
{
    zp_checker *c = zp_checker_new();
    zp_buf norm;
    zp_buf_init(&norm);
    zp_simplifier simp;
    zp_ck_simplifier_init(&simp);
    size_t i = 0;
    int number = 0;
    while (i < len) {
        const char *nl = memchr(text + i, '\n', len - i);
        size_t n = nl ? (size_t)(nl - (text + i)) : len - i;
        norm.len = 0;
        zp_ck_normalize_line(text + i, n, &norm);
        zp_ck_simplify(&simp, &norm);
        zp_text_line line = {norm.data, norm.len, ++number, 0};
        zp_checker_feed(c, &line);
        i += n + (nl != NULL);
    }
    zp_buf_free(&norm);
    zp_ck_simplifier_free(&simp);
    zp_checker_finish(c, out);
    zp_checker_free(c);
}
