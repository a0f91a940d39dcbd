/*
 * One unit, one year: everything a 部门整体支出绩效自评报告 states, held as
 * data. Amounts are integer 分; text is carried as the unit wrote it. Figures
 * that the report derives (rates, shares, changes) are not held here: they
 * are computed by zp_derive. What a published report states for such a
 * figure may be recorded as a zp_value `stated_*` so that validation can
 * compare it with the computed one.
 */
#ifndef ZIPING_UNIT_H
#define ZIPING_UNIT_H

#include <stdbool.h>
#include <stdint.h>

#include "ziping/diag.h"
#include "ziping/numbers.h"

/* An amount of money. Written in 元 or 万元 (or 亿元) with some number of
 * decimals, it stands for every value that rounds to it: the interval
 * [fen - width/2, fen + width/2]. "299.8" 万元 has width 1000 分; "12.34" 元
 * has width 1 分 (exact to the 分); a bare 0 is exactly zero (width 0). */
/* The largest amount a file may hold: 100 万亿元, far above any budget (and
 * above the whole national budget), so that sums of amounts stay exact. */
#define ZP_AMOUNT_MAX_FEN 10000000000000000LL /* 10^16 分 = 10^14 元 */

typedef struct zp_amount {
    bool present;
    int64_t fen;
    int64_t width;
    zp_mark at;
} zp_amount;

/* A whole count: people, events, vehicles. */
typedef struct zp_count {
    bool present;
    int64_t value;
    zp_mark at;
} zp_count;

/* A decimal as written in the file: a weight, a score, a stated rate. */
typedef struct zp_value {
    bool present;
    zp_dec dec;
    zp_mark at;
} zp_value;

/* A line of an account: income or expenditure, or one part of a split.
 * Parts (e.g. 基本支出 = 人员经费 + 公用经费) must add up to the line. */
typedef struct zp_line zp_line;
struct zp_line {
    bool present;
    const char *key;  /* fixed key ("basic", "personnel"), or NULL */
    const char *code; /* classification code ("201", "30201"), or NULL */
    const char *name; /* Chinese name */
    zp_mark at;
    zp_amount budget_initial; /* 年初预算数 */
    zp_amount budget;         /* 全年预算数 (调整预算数) */
    zp_amount final;          /* 决算数 / 执行数 */
    zp_amount last_year;      /* 上年决算数 */
    zp_amount change;         /* 比上年增减, as the report states it */
    zp_value stated_rate;        /* stated 完成率 (%) */
    zp_value stated_change_rate; /* stated 增减率 (%), negative for a fall */
    zp_value stated_share;       /* stated 占比 (%) of the account's total */
    const char *note;            /* the unit's explanation, as written */
    zp_line *parts;
    size_t n_parts;
};

/* One way of splitting an account's total: by nature, by function class,
 * by economic class, by source. Every split of one account adds up to the
 * same total, this year and last year. */
typedef struct zp_split {
    const char *key;  /* "nature", "function", "economic", "source" */
    const char *name; /* 按支出性质 */
    zp_mark at;
    zp_line *lines;
    size_t n_lines;
} zp_split;

typedef struct zp_account {
    bool present;
    zp_line total;
    zp_split *splits;
    size_t n_splits;
} zp_account;

typedef struct zp_headcount_part {
    const char *name;
    zp_count count;
} zp_headcount_part;

typedef struct zp_headcount {
    bool present;
    zp_count total;
    zp_headcount_part *parts;
    size_t n_parts;
    zp_mark at;
} zp_headcount;

typedef struct zp_staffing {
    bool present;
    zp_headcount authorized; /* 编制数 */
    zp_headcount in_post;    /* 在编在岗 / 实有人数 */
    zp_count retired;        /* 离退休人员 */
    const char *note;
} zp_staffing;

typedef struct zp_subunit {
    const char *name;
    const char *note;
    zp_count authorized; /* its 编制, if stated */
    zp_mark at;
} zp_subunit;

typedef struct zp_unit_info {
    const char *name;       /* 单位全称 */
    const char *short_name; /* 简称, used in sentences ("市科协") */
    const char *region;     /* 广东省韶关市 */
    const char *level;      /* 省级, 市级, 县级 … */
    int year;
    zp_mark year_at;
    const char *functions; /* 部门职能, as written */
    zp_count internal_body_count;
    const char **internal_bodies; /* 内设机构 */
    size_t n_internal_bodies;
    zp_subunit *subunits; /* 二级机构 / 下属单位 */
    size_t n_subunits;
} zp_unit_info;

typedef struct zp_work {
    const char *overview;    /* 年度总体工作 */
    const char **key_tasks;  /* 重点工作任务 */
    size_t n_key_tasks;
    const char **goals;      /* 部门整体支出绩效目标 (text) */
    size_t n_goals;
} zp_work;

/* 三公经费: total.parts are outbound (因公出国（境）费), vehicles (公务用车
 * 购置及运行维护费, parts purchase and operation) and reception (公务接待费). */
typedef struct zp_three_public {
    bool present;
    zp_line total;
    zp_count outbound_groups;   /* 因公出国（境）团组 */
    zp_count outbound_persons;  /* 人次 */
    zp_count reception_groups;  /* 接待团组 */
    zp_count reception_persons; /* 接待人次 */
    zp_count vehicles_held;     /* 公务用车保有量 (辆) */
} zp_three_public;

typedef enum zp_comparator {
    ZP_CMP_NONE = 0,    /* not given */
    ZP_CMP_GE,          /* ≥, 不少于, 以上 */
    ZP_CMP_LE,          /* ≤, 不超过, 以内 */
    ZP_CMP_EQ,          /* =, or a bare value */
    ZP_CMP_RANGE,       /* 80%-90% */
    ZP_CMP_QUALITATIVE  /* 进一步提高, 效果明显: no measurable value */
} zp_comparator;

/* How a qualitative target was met (财预〔2020〕10号's three bands). */
typedef enum zp_band {
    ZP_BAND_NONE = 0,
    ZP_BAND_ACHIEVED, /* 达成 */
    ZP_BAND_PARTIAL,  /* 部分达成 */
    ZP_BAND_MISSED    /* 未达成 */
} zp_band;

/* A performance target (绩效指标) with what was achieved. */
typedef struct zp_target {
    const char *name;   /* 三级指标 */
    const char *level1; /* 产出指标, 效益指标, 满意度指标 */
    const char *level2; /* 数量指标, 质量指标 … */
    zp_mark at;
    const char *target_text; /* as written: "≥10次", "90%以上" */
    zp_mark target_at;
    zp_comparator cmp;
    zp_dec target_value; /* for a range, its low end */
    zp_dec target_high;  /* for a range, its high end */
    const char *target_unit;
    const char *actual_text; /* as written, or NULL when the report gives none */
    zp_mark actual_at;
    bool has_actual_value;
    zp_dec actual_value;
    const char *actual_unit;
    zp_band band;          /* qualitative: how it was met */
    zp_value weight;       /* 分值, if the unit set one */
    zp_value score;        /* a score the evaluator gave by hand */
    const char *justification; /* why that score */
    const char *deviation;     /* 偏差原因 */
    const char *evidence;      /* where the actual value comes from */
} zp_target;

typedef struct zp_project {
    const char *name;
    zp_mark at;
    zp_line money; /* budget, final, last year of the project */
    const char *summary;
    zp_target *targets;
    size_t n_targets;
} zp_project;

/* A score entered by hand for an indicator of the framework. */
typedef struct zp_manual_score {
    const char *indicator; /* name, path ("资产管理/制度健全性") or id */
    zp_mark at;
    zp_value score;
    zp_value stated_rate; /* the 得分率 the report states, if any */
    const char *justification;
} zp_manual_score;

typedef struct zp_evaluation {
    bool present;
    const char *framework; /* bundled name or path to a framework file */
    zp_mark framework_at;
    zp_manual_score *scores;
    size_t n_scores;
    const char **not_applicable; /* indicators that do not apply */
    zp_mark *not_applicable_at;
    size_t n_not_applicable;
    zp_value stated_total;      /* 自评得分 as the report states it */
    zp_value stated_total_rate; /* 合计得分率 as stated */
    const char *stated_grade;   /* 优, 良, 中, 差 */
    zp_mark stated_grade_at;
    const char *conclusion; /* 自评结论, as written */
    const char *method;     /* how the evaluation was done */
} zp_evaluation;

/* An extra named number for framework formulas (facts.<name>). */
typedef struct zp_fact {
    const char *name;
    zp_rat value;
    zp_mark at;
} zp_fact;

typedef struct zp_unit {
    struct zp_arena *arena; /* owns everything below */
    const char *file;
    int amount_exp; /* the file's default unit: 0 元, 4 万元 */
    zp_unit_info info;
    zp_work work;
    zp_staffing staffing;
    zp_account income;
    zp_account expenditure;
    zp_three_public three_public;
    zp_line assets;       /* total, parts current and non_current */
    zp_line procurement;  /* 政府采购: budget, final */
    zp_line carryover;    /* 结转结余: final, last_year */
    zp_line key_spending; /* 重点项目支出 (for 重点支出安排率) */
    zp_project *projects;
    size_t n_projects;
    zp_target *targets; /* the unit's overall performance targets */
    size_t n_targets;
    zp_evaluation evaluation;
    const char **problems;
    size_t n_problems;
    const char **improvements;
    size_t n_improvements;
    zp_fact *facts;
    size_t n_facts;
} zp_unit;

/* Load a unit-year file. On bad input returns NULL with fatal findings in
 * diags (each naming file:line:column). */
zp_unit *zp_unit_load(const char *path, zp_diags *diags);
zp_unit *zp_unit_load_string(const char *name, const char *data, size_t len, zp_diags *diags);
void zp_unit_free(zp_unit *u);

/* Helpers over the model. */
const zp_line *zp_line_part(const zp_line *line, const char *key);
const zp_split *zp_account_split(const zp_account *a, const char *key);
const char *zp_comparator_symbol(zp_comparator c);
const char *zp_band_name(zp_band b);

#endif
