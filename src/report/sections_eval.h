/* The parts of 绩效自评情况 in files of their own (internal to report/). */
#ifndef ZP_REPORT_SECTIONS_EVAL_H
#define ZP_REPORT_SECTIONS_EVAL_H

#include "report/doc.h"

/* "score:<path>:<field>": where a score figure comes from. */
const char *zp_score_source(zp_report *r, const zp_scored *s, const char *field);
/* A score figure of s: field "weight", "score" or "rate" (the root's are
 * the total's: "score:score", …). */
void zp_score_figure(zp_para *p, const zp_scored *s, const char *field);
/* The manual score the data give for s, if any. */
const zp_manual_score *zp_manual_of(const zp_report *r, const zp_scored *s);

/* Whether the unit or its projects have performance targets. */
bool zp_has_targets(const zp_report *r);
/* 绩效目标完成情况 and 项目支出绩效情况, as sub-sections after *k. */
void zp_targets_section(zp_report *r, int *k);

#endif
