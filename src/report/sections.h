/*
 * The report's sections (internal to report/). Each appends its blocks to
 * r and returns the number of level-1 headings written so far: it is given
 * the count before it, so that a section left out leaves no gap in the
 * numbering (一、二、三…).
 */
#ifndef ZP_REPORT_SECTIONS_H
#define ZP_REPORT_SECTIONS_H

#include "ziping/report.h"

int zp_sec_basic(zp_report *r, int n);      /* 部门基本情况 */
int zp_sec_money(zp_report *r, int n);      /* 收支情况, 三公经费, 资产 */
int zp_sec_evaluation(zp_report *r, int n); /* 绩效自评情况: scores, targets, projects */
int zp_sec_closing(zp_report *r, int n);    /* 存在的问题, 改进措施, 自评工作开展情况 */

#endif
