/*
 * The checker's insides, shared by the files of src/check/:
 *
 *   normalize.c   one line's spelling made one (utf8proc)
 *   para.c        lines -> paragraphs (hard wraps undone)
 *   scan.c        paragraph -> figures with units
 *   lexicon.c     words before a figure -> its role and subject
 *   categories.c  subjects -> the national classifications
 *   respectively.c "A、B 分别为 x、y": which subject each figure of a list is
 *   frames.c      figures -> frames (one subject with its budget, final
 *                 accounts, rate, change …) and the paragraph's category table
 *   formula.c     the genre's formulas over intervals
 *   rules.c       checks inside one frame (rates, changes, scores, words)
 *   splits.c      classifications' parts against totals, and their changes
 *   shares.c      shares of a whole
 *   parts.c       其中 lists
 *   expr.c        arithmetic written out (285.6/300×100%=95.2%)
 *   balance.c     结余 = 预算 − 支出
 *   points.c      a rate's change in percentage points
 *   growth.c      average yearly changes (年均增长) between two years
 *   list_total.c  a list closed by its total (…、…，共计 X)
 *   listing.c     a count against the things listed
 *   carryover.c   a 决算's two totals against the year's figures and balances
 *   cells.c       a table's cells one per line ("…|") put back into rows
 *   table.c       tables: score tables
 *   table_money.c tables: budget and year-on-year tables
 *   ledger.c      the same quantity stated twice
 *   words.c       grades, impossible years and dates, facts
 *   finding.c     findings: where, what was stated, what the numbers give
 *   json_out.c    findings as JSON
 *   checker.c     the driver
 */
#ifndef ZP_CHECK_INT_H
#define ZP_CHECK_INT_H

#include <stdarg.h>
#include <stdio.h>

#include "base/mem.h"
#include "check/lexicon.h"
#include "check/para.h"
#include "check/scan.h"
#include "ziping/check.h"

/* ---- formulas over intervals (formula.c) ------------------------------- */

bool zp_ck_f_ratio(zp_interval a, zp_interval b, zp_interval *out); /* a ÷ b × 100 */
bool zp_ck_f_pct_from_change(zp_interval v, zp_interval d, zp_interval *out);
bool zp_ck_f_pct_from_last(zp_interval v, zp_interval l, zp_interval *out);
bool zp_ck_f_pct_from_last_change(zp_interval l, zp_interval d, zp_interval *out);
char *zp_ck_fmt_rat(zp_rat r, int places, char *buf, size_t size);
char *zp_ck_fmt_interval(zp_interval iv, int places, const char *unit, char *buf, size_t size);
zp_rat zp_ck_interval_mid(zp_interval iv);

/* ---- frames (frames.c) ------------------------------------------------- */

/* A figure of the paragraph that takes part in claims: a scanned number,
 * or a zero said in words ("无支出" is 0, "持平" is a change of 0). */
typedef struct zp_item {
    zp_num num;
    int forced; /* a zp_role the words fix, or ZR_NONE */
    /* Its value and interval, worked out once (many checks ask). */
    signed char cached; /* 0 not yet, 1 ok, -1 cannot be had */
    /* In a respectively-list ("A、B 分别为 x、y"): 1 + the place of its
     * subject in group's list, else 0; head_at..head_end is the list's
     * label, which the later figures of the list share. */
    signed char resp;
    short group;
    size_t head_at, head_end;
    zp_interval iv;
    zp_rat r;
} zp_item;

typedef struct zp_frame {
    char subject[96];
    int cat;              /* category, or -1 */
    int slot[ZR__N];      /* item index per role, -1 when not stated */
    int sign[ZR__N];      /* the direction word's sign, per role */
    size_t word_at[ZR__N], word_len[ZR__N];
    char object[64];      /* SHARE: of what */
    bool vs_budget, income_word, expense_word;
    bool last_budget;     /* its last year's figure is last year's budget */
    bool change_of_budget; /* "较上年预算数减少": its change is its budget's */
    bool total_word;      /* the score is the whole report's */
    bool change_unnamed;  /* a part's change said without a subject: maybe the whole's */
    int parent;           /* 其中 / 包括: the frame it is a part of */
    bool listed;          /* a part named after its whole without 其中 (行政编制 …) */
    bool relist;          /* the first part of a second list of its whole */
    bool enumerated;      /* its words follow the figure before and 、 */
    bool counted_noun;    /* its words are what the count before it counts */
    bool list_totalled;   /* its 其中 list ends with a 合计: the list is all of it */
    int sentence;
    size_t start, end;    /* bytes of the paragraph it was read from */
} zp_frame;

enum { ZP_RESP_MAX = 8 };
typedef struct zp_resp_group {
    int n;
    char subject[ZP_RESP_MAX][96];
} zp_resp_group;

typedef struct zp_pctx {
    const zp_para *para;
    const char *text;
    size_t len;
    zp_item *items;
    size_t nitems, itemcap;
    zp_frame *frames;
    size_t nframes, framecap;
    bool declared[ZS__N]; /* 按支出功能分类 … said in this paragraph */
    int *cat_frame;       /* [category * ZR__N + role]: first frame, or -1 */
    int catcap;
    bool *touched;        /* [category]: it, or one below it, is stated here */
    zp_resp_group *groups; /* the respectively-lists' subjects */
    size_t ngroups, groupcap;
} zp_pctx;

/* ---- the ledger (ledger.c) --------------------------------------------- */

typedef struct zp_entry {
    uint64_t hash;
    char key[80];
    int role;
    int scope;
    zp_dec value;
    int exp10;
    char unit[16];
    int family;      /* zp_family: a count is no restatement of an amount */
    int line, col, page;
    int section;     /* the level-1 heading it was stated under */
    char quote[160];
    bool reported;
    bool grand;      /* a 总计, carry-overs included */
} zp_entry;

typedef struct zp_ledger {
    zp_entry *items;
    size_t count, cap;
    int *table; /* open addressing on hash, -1 empty */
    size_t tcap;
} zp_ledger;

enum { ZP_LEDGER_MAX = 4096 };
enum { ZP_INDICATOR_REACH = 40 }; /* lines an indicator's statement reaches */
enum { ZP_FINDINGS_MAX = 1000 };

/* ---- facts (words.c) ---------------------------------------------------- */

typedef struct zp_fact {
    char noun[48];
    int count; /* -1: "no such thing" */
    int line, col, page;
    char quote[160];
} zp_fact;

enum { ZP_FACTS_MAX = 512 };

/* ---- tables (table.c, table_money.c) ------------------------------------ */

/* The columns a header can name. */
enum {
    ZT_WEIGHT,      /* 分值 */
    ZT_SCORE,       /* 得分 */
    ZT_RATE,        /* 得分率 */
    ZT_BUDGET_INIT, /* 年初预算 */
    ZT_BUDGET,      /* 全年预算, 调整后预算, 预算数 */
    ZT_ACTUAL,      /* 决算, 执行数, 实际支出 */
    ZT_EXEC,        /* 执行率, 完成率 */
    ZT_THIS,        /* 本年, 2023年 */
    ZT_LAST,        /* 上年, 2022年 */
    ZT_CHANGE,      /* 增减额 */
    ZT_CHANGE_PCT,  /* 增减率 */
    ZT_SHARE,       /* 占…比重, 占比 */
    ZT_REPORTED,    /* 执行数 beside 决算数: what the year's execution report said */
    ZT__N
};

typedef struct zp_trow {
    char name[64];
    bool total;       /* 合计, 总计, 总分 */
    bool subtotal;    /* 小计: the sum of the rows under it, no leaf */
    bool group;       /* a label line with no figures: a parent's name */
    int indent;       /* spaces before its name in its cell (tables apart by tabs) */
    int name_col;     /* the cell its name is in (tables apart by tabs), else -1 */
    char label[64];   /* what the row is of: its name, or for a 小计 the group's */
    zp_dec col[ZT__N]; /* the figures, by the header's columns */
    bool has[ZT__N];
    bool empty;        /* cell by cell, every figure of it left empty: nothing spent */
    int line, page;
    char quote[160];
} zp_trow;

enum { ZP_TABLE_MAX = 400 };

typedef struct zp_table {
    bool open;
    bool score_table; /* the header names 分值 and 得分 */
    bool money_table; /* it names budget and final accounts, or two years */
    bool sums_only;   /* a money table of one kind of figure: only its totals are checked */
    bool rates_too;   /* a score table with budget, spending and rate (项目支出绩效自评表) */
    int map[12];      /* figure position (from the right) -> ZT_*, -1 */
    int nmap;
    int head_cells;   /* the header's cells */
    int remarks;      /* trailing cells of remarks (备注) the header had, left out */
    bool plan;        /* its budget column is a plan (下达任务, 计划): rates are completions */
    char head_line[512]; /* the header, while no row has come: a second header row may refine it */
    int ncells;       /* the header's cells, when they are apart by tabs; else 0 */
    unsigned name_cols; /* of those, the ones that name the row (一级指标, 项目): bit i */
    int unit_exp;     /* its money in 10^unit_exp 万元 (单位：元 is -4); 99 unknown */
    int share_of;     /* the category a ZT_SHARE column is a share of ("占本年支出比重"), or -1 */
    zp_trow *rows;
    size_t nrows, cap;
} zp_table;

/* What a code table's cell holds. */
enum { ZP_CELL_BLANK, ZP_CELL_NUMBER, ZP_CELL_TEXT, ZP_CELL_PERCENT };

/* A row of a table by 科目编码 (table_codes.c): its figures from the right. */
enum { ZP_CODES_COLS = 16, ZP_CODES_HEADERS = 4 };
typedef struct zp_crow {
    char code[8]; /* "201", "20101", "2010101"; "" for the 合计 row */
    bool total;
    int panel;           /* which of the panels side by side, 0 for the first or only */
    int first_col, right; /* the row's cells left and right of the panel */
    int ncells, nvals;
    zp_dec val[ZP_CODES_COLS];
    unsigned char kind[ZP_CODES_COLS];
    char name[64];
    int line, page;
    char quote[160];
} zp_crow;

typedef struct zp_codes {
    zp_crow *rows;
    size_t nrows, cap;
    bool have_header;
    int header_cells;
    char header[ZP_CODES_COLS][48]; /* names from the right */
    char signature[ZP_CODES_HEADERS][256]; /* the header rows seen, to know them again */
    int nsignatures;
    int unit_exp; /* as zp_table.unit_exp */
    int pending;  /* paragraphs read since a page break cut the table */
    /* Panels side by side: where each starts, in rows of panel_cells cells. */
    int npanels, panel_cells, panel_start[ZP_CODES_COLS];
} zp_codes;

/* Groups of a score table remembered for prose that restates them:
 * "履职效能 … 指标分值 46 分，自评得分 45.31 分". */
typedef struct zp_tgroup {
    char name[64];
    zp_interval weight, score;
    bool ok;
    int line;
} zp_tgroup;

enum { ZP_TGROUPS_MAX = 64 };

/* ---- the checker ------------------------------------------------------- */

/* An amount stated under a name that is no budget category ("全国政府采购
 * 规模 33067.0 亿元"): a whole that a later share may name (shares.c). */
enum { ZP_NAMED_MAX = 64 };
typedef struct zp_named {
    char key[96];
    zp_item item; /* the figure, its offsets meaningless outside its paragraph */
    int line;
} zp_named;

/* The shares of one whole stated so far by parts of one split (基本支出 and
 * 项目支出 of 一般公共预算支出): disjoint parts, whose shares cannot make
 * more than 100% (shares.c). */
enum { ZP_SHARE_SUMS_MAX = 16 };
typedef struct zp_share_sum {
    char key[96]; /* the whole's words */
    int split;
    int section;  /* the level-1 heading they are stated under */
    zp_rat lo;    /* the least the shares stated so far can make */
    uint64_t cats; /* the categories counted */
    int line;     /* the first share's */
    bool reported;
} zp_share_sum;

/* A table's cells one per line, "…|", gathered to be put back into rows
 * (cells.c). */
enum { ZP_CELLS_MAX = 512, ZP_CELL_MAX_LEN = 160 };
typedef struct zp_cells {
    zp_buf text, raw, row; /* the cells' text; the lines as they came; a row */
    zp_buf closed;         /* a row of bars given its last bar ("a | b | c |") */
    size_t at[ZP_CELLS_MAX], len[ZP_CELLS_MAX];
    size_t raw_at[ZP_CELLS_MAX], raw_len[ZP_CELLS_MAX];
    int number[ZP_CELLS_MAX], page[ZP_CELLS_MAX];
    int n;
    /* A short line held back: a cell's text when a lone bar follows it
     * (a web table whose bars came on lines of their own). */
    zp_buf held;
    int held_number, held_page;
    bool holding;
} zp_cells;

/* The funds block of a self-evaluation form read from loose cells
 * (form_funds.c). */
enum { ZP_FUND_COLS = 8, ZP_FUND_CELLS = 16, ZP_FUND_ROWS = 10, ZP_FUND_TOKENS = 64 };
typedef struct zp_form_row {
    char label[64];
    int n; /* cells read: up to two rows' worth, where a flattened block lost its names */
    zp_dec val[ZP_FUND_CELLS];
    unsigned char kind[ZP_FUND_CELLS]; /* ZP_CELL_NUMBER, _PERCENT or _BLANK */
    int line, page;
    char quote[160];
} zp_form_row;

typedef struct zp_form_funds {
    int state;
    char labels[480]; /* the text cells since the last figure, joined */
    size_t nlabels;
    int tok_at[ZP_FUND_TOKENS], tok_line[ZP_FUND_TOKENS], ntok; /* where each began */
    size_t head_from, head_to, label_from; /* the header's words, the first row's name */
    int role[ZP_FUND_COLS], ncols;
    bool has_weight; /* the rate's weight said in the header ("得分(20分*执行率)") */
    zp_dec weight;
    bool loose;    /* not a row to a line: the table reader cannot read it */
    int unit_exp;  /* of the figures that say it; 99 none yet */
    bool mixed;    /* figures in 元 and in 万元 */
    zp_form_row rows[ZP_FUND_ROWS];
    int nrows;
} zp_form_funds;

/* A value made of figures: one, or a sum (splits.c). */
typedef struct zp_val {
    bool ok;
    zp_interval iv;
    zp_rat r;
    size_t from, to; /* the figures it was made of, in the paragraph */
    int n;           /* how many figures */
    bool approx;
    const zp_item *it; /* the figure, when it is one */
    const zp_entry *ext; /* or the earlier statement it comes from */
} zp_val;

/* The figures of a 决算's two totals stated under one heading (carryover.c). */
typedef struct zp_carryover {
    int section;
    bool have[8];
    zp_val value[8];
    zp_item item[8];
    int line[8];
    char quote[8][160];
    bool reported[2]; /* income side, expenditure side */
} zp_carryover;

/* A 其中 left open at a paragraph's end, its parts in the paragraphs after
 * (open_list.c). No pointer into a paragraph: they outlive it. */
enum { ZP_OPEN_PARTS = 8 };
typedef struct zp_open_list {
    bool open;
    int cat, split;       /* the whole's category, and the split its parts are of */
    zp_item item;         /* the whole's figure, copied */
    zp_val total, sum;
    int parts[ZP_OPEN_PARTS], nparts;
    int line, page, first_part_line, last_line, paras;
    char quote[160];
} zp_open_list;

/* The income and spending totals of the account under the current
 * heading (accounts.c): what 收支相抵 leaves is the one less the other. */
typedef struct zp_account {
    int scope;
    bool have[2];   /* income, spending */
    zp_interval iv[2];
    zp_rat r[2];
} zp_account;

struct zp_checker {
    zp_joiner joiner;
    zp_findings found;
    zp_nums nums;
    zp_pctx p;
    zp_ledger ledger;
    zp_table table;
    zp_codes codes;
    zp_tgroup tgroups[ZP_TGROUPS_MAX];
    int ntgroups;
    zp_fact facts[ZP_FACTS_MAX];
    int nfacts;
    zp_named named[ZP_NAMED_MAX]; /* a ring: the latest ones */
    zp_share_sum share_sums[ZP_SHARE_SUMS_MAX]; /* a ring too */
    int nshare_sums;
    zp_carryover carry;
    zp_open_list open_list;
    zp_account account;
    zp_cells cells;
    zp_form_funds form;
    int nnamed;
    int report_year;  /* the first year named, 0 until one is */
    int unit_note;    /* "单位：万元" just read: the next table's unit (as zp_table.unit_exp) */
    int scope;        /* a new one at each heading of level 1 to 3 */
    int project;      /* the scope of the project heading we are in, 0 none */
    bool target_section;
    bool execution_section; /* under a heading about budget execution */
    bool budget_section;    /* under a heading about the budget alone */
    int heading_scope[6];
    bool heading_project[6];
    bool heading_target[6];
    bool heading_execution[6]; /* 预算执行情况: the whole department's */
    bool heading_budget[6];    /* 部门预算情况: bare amounts are budgets */
    bool heading_weighted[6];  /* "(一)项目立项(8分)": an indicator's section */
    const char *heading_fund[6]; /* 政府性基金预算执行情况: its figures are that fund's */
    char heading_whole[6][96]; /* what a heading is about ("一般公共预算财政拨款支出") */
    zp_buf scratch;
    bool debug;
    size_t dropped;              /* findings beyond ZP_FINDINGS_MAX */
    zp_item ext_item;            /* a figure of an earlier paragraph */
    bool trial;                  /* findings are counted, not kept */
    bool ledger_grand;           /* the frame being recorded states a 总计 */
    int trial_errors;
    /* Sentences of the paragraph that open with a level of government
     * (全市…, 市本级…): where, and which (ledger.c) */
    size_t gov_at[16];
    const char *gov_name[16];
    int ngov;
    char last_contradiction[80]; /* key of the last one reported */
    int last_contradiction_line;
};

/* ---- findings (finding.c) ---------------------------------------------- */

/* A finding about bytes [at, end) of the current paragraph. */
zp_finding *zp_ck_report(zp_checker *c, zp_severity sev, const char *kind, const char *check,
                      size_t at, size_t end, const char *gloss, const char *fmt, ...)
    ZP_PRINTF(8, 9);
/* A finding at a known line (tables, the ledger, facts). */
zp_finding *zp_ck_report_at(zp_checker *c, zp_severity sev, const char *kind, const char *check,
                         int line, int end_line, int col, int page, const char *quote,
                         const char *gloss, const char *fmt, ...) ZP_PRINTF(11, 12);
void zp_ck_finding_stated(zp_finding *f, zp_dec d, const char *unit);
void zp_ck_finding_computed(zp_finding *f, zp_rat r, int places, const char *unit);
void zp_ck_finding_allowed(zp_finding *f, zp_interval iv, int places, const char *unit);
/* What the numbers give (and, iv not NULL, the interval allowed), values
 * in the base unit, shown in the unit of the stated figure as. */
void zp_ck_finding_computed_as(zp_finding *f, zp_rat r, const zp_interval *iv, int places,
                               int iv_places, const zp_num *as);
void zp_ck_finding_note(zp_finding *f, const char *fmt, ...) ZP_PRINTF(2, 3);
/* The text of the sentence around [at, end), for quoting. */
void zp_ck_quote(const zp_pctx *p, size_t at, size_t end, char *out, size_t size);
/* Copy src[0..len) into dst (size bytes), cut on a character boundary with
 * "…" when it does not fit: quotes must stay valid UTF-8. */
void zp_ck_copy_text(char *dst, size_t size, const char *src, size_t len);
/* The decimal places to show a computed figure beside a stated one. */
int zp_ck_places_for(zp_dec stated);

/* ---- values made of figures (splits.c) ---------------------------------- */

typedef enum { ZP_M_AMOUNT, ZP_M_BUDGET, ZP_M_CHANGE, ZP_M_LAST, ZP_M__N } zp_measure;

/* A value, stated or made from stated figures. */

/* 其中 at a paragraph's end and its parts in the next ones (open_list.c):
 * after each paragraph's frames; closed by anything else. */
void zp_ck_open_list(zp_checker *c);
void zp_ck_open_list_close(zp_checker *c);
void zp_ck_val_from_item(const zp_item *it, int sign, zp_val *v);
/* A frame's figure: its amount, final sum, count or budget, the first stated. */
void zp_ck_frame_amount(const zp_checker *c, const zp_frame *f, zp_val *v);
bool zp_ck_val_add(zp_val *acc, const zp_val *x);
/* Figures one sum can hold: amounts, or counts in one unit. */
bool zp_ck_nums_alike(const zp_num *a, const zp_num *b);
bool zp_ck_items_alike(const zp_item *a, const zp_item *b);
/* A category's value for a measure: stated in the paragraph, or made from
 * a complete split of it (depth limits the recursion). */
void zp_ck_value(const zp_checker *c, int cat, zp_measure m, zp_val *v, int depth);
/* The same, or stated earlier under the same heading. */
void zp_ck_total_value(const zp_checker *c, int cat, zp_measure m, zp_val *v);
/* A complete split's sum, when every part is known. */
void zp_ck_split_sum(const zp_checker *c, int parent, zp_split split, zp_measure m, zp_val *v,
                     int depth);
void zp_ck_shares_check(zp_checker *c);
/* Keep the paragraph's named amounts for the shares of later ones. */
void zp_ck_named_record(zp_checker *c);
void zp_ck_qizhong_check(zp_checker *c);

/* ---- the stages ---------------------------------------------------------- */

void zp_ck_frames_build(zp_checker *c);
/* Relate the frames of a paragraph once built (frame_passes.c). */
void zp_ck_frames_relate(zp_pctx *p);
/* Mark the figures of respectively-lists with their subjects (respectively.c). */
void zp_ck_respectively_mark(zp_pctx *p);
const zp_item *zp_ck_frame_item(const zp_checker *c, const zp_frame *f, int role);
bool zp_ck_item_interval(const zp_item *it, zp_interval *out);
bool zp_ck_item_rat(const zp_item *it, zp_rat *out);
/* The paragraph's frame for a category and role, or -1. */
int zp_ck_cat_frame(const zp_checker *c, int cat, int role);

void zp_ck_rules_check(zp_checker *c);
/* Arithmetic written out: "285.6/300×100%=95.2%" (expr.c). */
void zp_ck_expr_check(zp_checker *c);
/* 结余 = 预算 − 支出, 结余率 = 结余 ÷ 预算 (balance.c). */
void zp_ck_balance_check(zp_checker *c);
/* 节约资金 = 计划数 − 实际数, 节约率 = 节约资金 ÷ 计划数 (balance.c). */
void zp_ck_savings_check(zp_checker *c);
/* An error in stated, which the figures give as want (point): with the
 * rule in note (balance.c). */
void zp_ck_report_value(zp_checker *c, const zp_item *stated, zp_interval want, zp_rat point,
                        const char *check, const char *gloss, const char *msg, const char *note);
/* 核拨率, 支付率, 整改率: what was done over the whole (progress.c). */
void zp_ck_progress_check(zp_checker *c);
/* A rate's change in percentage points against its two rates (points.c). */
void zp_ck_points_check(zp_checker *c);
/* Average yearly changes between two years' figures (growth.c). */
void zp_ck_growth_check(zp_checker *c);
/* A list closed by its total without 其中 ("…、…，共计 10 万元") (list_total.c). */
void zp_ck_list_total_check(zp_checker *c);
/* 加…收入总计, 收支相抵…结余 (accounts.c). */
void zp_ck_accounts_check(zp_checker *c);
/* Does a subject open with 加, an item added to an account ("加上级补助收入")? */
bool zp_ck_adds(const char *subject);
/* Lines on their way to the joiner: a table's cells one per line put back
 * into rows (cells.c). */
void zp_ck_cells_feed(zp_checker *c, const zp_text_line *line);
void zp_ck_form_funds_feed(zp_checker *c, const zp_text_line *line);
void zp_ck_form_funds_end(zp_checker *c);
void zp_ck_cells_flush(zp_checker *c);
/* The document's end: the line held back, then the cells. */
void zp_ck_cells_end(zp_checker *c);
/* "设 9 个内设机构，分别为：A、B、…": the count against the list (listing.c). */
void zp_ck_listing_check(zp_checker *c);
/* 收入总计 = 本年收入合计 + 使用非财政拨款结余 + 年初结转和结余, and the
 * expenditure side (carryover.c). */
void zp_ck_carryover_check(zp_checker *c);
void zp_ck_splits_check(zp_checker *c);

void zp_ck_table_row(zp_checker *c, const zp_para *p);
void zp_ck_table_label(zp_checker *c, const zp_para *p);
void zp_ck_table_end(zp_checker *c);
/* A table's first header cell naming its rows: 项目, 科目名称, 指标, or
 * what they are of (支出). */
bool zp_ck_header_names_rows(const char *p, size_t n);
/* A score table's checks (table_score.c), and prose restating its groups. */
void zp_ck_score_table_check(zp_checker *c, const zp_table *t);
void zp_ck_tgroup_check(zp_checker *c);
/* Budget and year-on-year tables: rates, changes and totals by row. */
/* The ledger's key for an indicator's weight, score or score rate, from a
 * score table's row or a sentence's subject ("履职效能"); false if too short. */
bool zp_ck_indicator_score_key(const char *name, char *out, size_t size);
/* "单位：万元" (a table's unit note): true, with the unit as zp_table.unit_exp. */
bool zp_ck_unit_note(const char *s, size_t len, int *exp);
/* The same note at the end of a paragraph, after its table's title. */
bool zp_ck_unit_note_after(const char *s, size_t len, int *exp);
void zp_ck_money_table_check(zp_checker *c, const zp_table *t);
/* Each row's execution rate against its budget and spending. */
void zp_ck_table_rates(zp_checker *c, const zp_table *t);
void zp_ck_table_rate_scores(zp_checker *c, const zp_table *t);
/* A table cell's figure as written: its rounding interval and its value. */
bool zp_ck_cell_value(zp_dec d, zp_interval *iv, zp_rat *r);
/* The score an execution rate q (%) earns of weight w by 财预〔2020〕10号:
 * q × w, at most w; false when it cannot be had. */
bool zp_ck_rate_score(zp_interval q, zp_rat qr, zp_rat wr, zp_interval *want, zp_rat *point);
/* A weight (分值) set as a whole number by the framework is exact; one with
 * decimals was rescaled and rounded. */
bool zp_ck_weight_interval(zp_dec d, zp_interval *iv);
/* A score table's sums (score_sums.c): its 合计 row against its leaves, and
 * each 小计 against the rows it holds; parent[i] marks rows found to be
 * the sums of the rows after them. */
void zp_ck_score_total(zp_checker *c, const zp_table *t, const zp_trow *total, const bool *parent);
void zp_ck_score_subtotals(zp_checker *c, const zp_table *t, const bool *parent);
/* A finding on table row r: what (Chinese) was stated, the allowed
 * interval and its point, in unit ("" for the table's bare figures). */
zp_finding *zp_ck_table_finding(zp_checker *c, const zp_trow *r, const char *check, const char *gloss,
                                const char *what, zp_dec stated, zp_interval allowed, zp_rat point,
                                const char *unit);
/* Tables by 科目编码: each tab row, every other paragraph, and the end
 * (at_end: the table surely ended, no page break cut it). */
void zp_ck_codes_row(zp_checker *c, const zp_para *p);
void zp_ck_codes_other(zp_checker *c, const zp_para *p);
void zp_ck_codes_end(zp_checker *c, bool at_end);
void zp_ck_codes_free(zp_codes *t);
/* Its checks (code_sums.c), once its rows are read. */
void zp_ck_codes_check(zp_checker *c, const zp_codes *t, bool at_end);
/* Rows whose first money column (or weight) is the sum of the rows right
 * after them are parents; parent[i] is set for those. */
void zp_ck_table_parents(const zp_table *t, int col, bool *parent);
/* "其中:公务用车运行维护费": a row said to be some of the row before it. */
bool zp_ck_row_of_which(const zp_trow *r);
/* A row of counts among money (车辆数(辆), 接待批次(批)). */
bool zp_ck_row_counts(const zp_trow *r);
/* The rows of the 其中 list after row pi (a whole followed by a 其中 row):
 * they are [pi + 1, end); *whole says whether they make it (numbered below
 * it, or all of one split of it) or are only some of it. */
size_t zp_ck_of_which_end(const zp_table *t, size_t pi, bool *whole);
/* A cell's rounding interval: a weight's (zp_ck_weight_interval) in
 * column ZT_WEIGHT, else a figure's. */
bool zp_ck_cell_interval(int col, zp_dec d, zp_interval *iv);

void zp_ck_ledger_init(zp_ledger *l);
void zp_ck_ledger_free(zp_ledger *l);
void zp_ck_ledger_clear(zp_ledger *l);
/* Record a stated quantity; report if it contradicts one stated before
 * under the same key, role and scope. what names it in the message. */
void zp_ck_ledger_put(zp_checker *c, const char *key, int role, int scope, const zp_num *n,
                   const char *what, int line, int col, int page, const char *quote);
/* Find the sentences of the paragraph that open with a level of
 * government, before its quantities are named. */
void zp_ck_ledger_levels(zp_checker *c);
/* Record the quantities of the current paragraph's frames. */
void zp_ck_ledger_paragraph(zp_checker *c);
/* A quantity stated before, under the same level-1 heading, or NULL: a
 * total stated in one paragraph and split in the next. */
const zp_entry *zp_ck_ledger_find(const zp_checker *c, const char *key, int role, int scope);
/* An earlier statement as a value (v->ext is e). */
bool zp_ck_val_from_entry(const zp_entry *e, zp_val *v);
/* The category a frame's figures are kept under (-1 none), and the key they
 * are kept under, in buf (NULL when none). */
int zp_ck_ledger_cat(const zp_checker *c, const zp_frame *f);
const char *zp_ck_ledger_name(const zp_checker *c, const zp_frame *f, char *buf, size_t size);
/* A quantity's key under a fund's heading ("2. 政府性基金预算执行情况"):
 * "政府性基金预算：收入合计", in buf; else name itself. */
const char *zp_ck_fund_key(const zp_checker *c, const char *name, char *buf, size_t size);

/* The year a frame's figures are of: the last year named before them in
 * their sentence, not one compared with (比2021年) nor a date's; 0 none
 * (ledger.c). */
int zp_ck_frame_year(const zp_checker *c, const zp_frame *f);
/* Changes against this year's and last year's figures stated before
 * (change_across.c); before the paragraph's own go into the ledger. */
void zp_ck_change_across(zp_checker *c);
void zp_ck_words_check(zp_checker *c);
void zp_ck_facts_collect(zp_checker *c);
void zp_ck_facts_end(zp_checker *c);

#endif
