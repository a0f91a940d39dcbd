/*
 * Passes over a paragraph's frames once each figure has its frame: they
 * relate frames the sentence structure alone does not.
 */
#include <string.h>

#include "check/check_int.h"

/* "核定编制 11 人，行政编制 4 人，事业编制 7 人": kinds of 编制 listed
 * right after the whole, without 其中, are its parts. Only 编制 is read
 * so: it is split into kinds by statute, while 实有人数 followed by 在职
 * and 退休 may or may not count the retired. */
static bool names_staffing(const char *s, bool whole)
{
    static const char *const heads[] = {"核定", "批复", "人员", "机构", "单位", "总"};
    static const char *const tails[] = {"编制总数", "编制人数", "编制数", "编制"};
    size_t n = strlen(s), a = 0;
    for (size_t k = 0; k < sizeof heads / sizeof heads[0] && whole; k++)
        if (!strncmp(s, heads[k], strlen(heads[k]))) {
            a = strlen(heads[k]);
            break;
        }
    for (size_t k = 0; k < sizeof tails / sizeof tails[0]; k++) {
        size_t m = strlen(tails[k]);
        if (m > n - a || memcmp(s + n - m, tails[k], m))
            continue;
        if (whole)
            return n - m == a;
        /* a kind: something before 编制 that is no other count's name */
        return n - m > 0 && !strstr(s, "实有") && !strstr(s, "核定") && !strstr(s, "在编");
    }
    return false;
}

static void staffing_kinds(zp_pctx *p)
{
    for (size_t f = 0; f < p->nframes; f++) {
        const zp_frame *whole = &p->frames[f];
        if (whole->parent >= 0 || whole->slot[ZR_COUNT] < 0 ||
            !names_staffing(whole->subject, true))
            continue;
        size_t g = f + 1;
        while (g < p->nframes && p->frames[g].parent < 0 && p->frames[g].slot[ZR_COUNT] >= 0 &&
               p->frames[g].sentence == whole->sentence &&
               names_staffing(p->frames[g].subject, false))
            g++;
        if (g - f < 3)
            continue;
        for (size_t k = f + 1; k < g; k++) {
            p->frames[k].parent = (int)f;
            p->frames[k].listed = true;
        }
        f = g - 1;
    }
}

/* "全年预算数 A 万元，其中：基本支出预算…，项目支出预算…": a frame
 * without a subject whose parts are all of one category's classes is
 * that category. */
static void whole_of_classes(zp_pctx *p)
{
    for (size_t f = 0; f < p->nframes; f++) {
        zp_frame *fr = &p->frames[f];
        if (fr->cat >= 0 || fr->subject[0])
            continue;
        int whole = -1, parts = 0;
        for (size_t g = f + 1; g < p->nframes && whole != -2; g++) {
            const zp_frame *q = &p->frames[g];
            if (q->parent != (int)f)
                continue;
            int up = q->cat >= 0 ? zp_ck_categories[q->cat].parent : -2;
            whole = whole == -1 || whole == up ? up : -2;
            parts++;
        }
        if (parts >= 2 && whole >= 0)
            fr->cat = whole;
    }
}

/* "2021年三公经费 807.95 万元，其中：公务用车购置费 272.53 万元…": the
 * parts of last year's whole are last year's too, whatever their labels
 * say. A whole with a figure of this year keeps its parts this year's. */
static void last_year_parts(zp_pctx *p)
{
    for (size_t f = 0; f < p->nframes; f++) {
        zp_frame *q = &p->frames[f];
        if (q->parent < 0 || (size_t)q->parent >= f || q->slot[ZR_LAST] >= 0)
            continue;
        const zp_frame *w = &p->frames[q->parent];
        if (w->slot[ZR_LAST] < 0 || w->slot[ZR_AMOUNT] >= 0 || w->slot[ZR_ACTUAL] >= 0 ||
            w->slot[ZR_BUDGET] >= 0)
            continue;
        int role = q->slot[ZR_AMOUNT] >= 0 ? ZR_AMOUNT : q->slot[ZR_ACTUAL] >= 0 ? ZR_ACTUAL : -1;
        if (role < 0 || q->slot[ZR_CHANGE] >= 0 || q->slot[ZR_CHANGE_PCT] >= 0)
            continue;
        q->slot[ZR_LAST] = q->slot[role];
        q->last_budget = w->last_budget;
        q->sign[ZR_LAST] = 0;
        q->word_at[ZR_LAST] = q->word_at[role];
        q->word_len[ZR_LAST] = q->word_len[role];
        q->slot[role] = -1;
    }
}

/* "1月7日…经初步统计，去年全年一般公共预算收入累计完成 310682 万元，同比
 * 增加 23188 万元，增长 8.1%": news of last year's results. A figure said
 * of 去年 with a change after it, and no other figure of its year, is the
 * year reported, and the change is against the year before it. */
static void news_of_last_year(zp_pctx *p)
{
    for (size_t f = 0; f < p->nframes; f++) {
        zp_frame *q = &p->frames[f];
        int last = q->slot[ZR_LAST];
        if (last < 0 || q->slot[ZR_AMOUNT] >= 0 || q->slot[ZR_ACTUAL] >= 0 ||
            q->slot[ZR_BUDGET] >= 0 || !(q->slot[ZR_CHANGE] > last || q->slot[ZR_CHANGE_PCT] > last))
            continue;
        size_t from = q->start, to = p->items[last].num.start;
        if (from >= to || !zp_ck_has(p->text + from, to - from, "去年") ||
            zp_ck_has(p->text + from, to - from, "去年同期"))
            continue;
        q->slot[ZR_AMOUNT] = last;
        q->sign[ZR_AMOUNT] = 0;
        q->word_at[ZR_AMOUNT] = q->word_at[ZR_LAST];
        q->word_len[ZR_AMOUNT] = q->word_len[ZR_LAST];
        q->slot[ZR_LAST] = -1;
    }
}

void zp_ck_frames_relate(zp_pctx *p)
{
    staffing_kinds(p);
    whole_of_classes(p);
    news_of_last_year(p);
    last_year_parts(p);
}
