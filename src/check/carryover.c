/*
 * The two sides of a 决算's totals: 收入总计 = 本年收入合计 + 使用非财政拨款
 * 结余 + 年初结转和结余, and 支出总计 = 本年支出合计 + 结余分配 + 年末结转和
 * 结余 (收、支总计 when the two are one figure). A report states them over a
 * few paragraphs under one heading; each side is checked once every one of
 * its figures has been stated there. 财政拨款's own totals (财政拨款收、支总计)
 * are another identity and are left alone.
 */
#include <string.h>

#include "check/check_int.h"
#include "check/lexicon.h"

enum { T_GRAND_IN, T_GRAND_OUT, T_INCOME, T_USE_BAL, T_BEGIN, T_SPEND, T_DISTR, T_END, T__N };

static const char *const term_names[T__N] = {"收入总计", "支出总计", "本年收入合计",
                                              "使用非财政拨款结余", "年初结转和结余",
                                              "本年支出合计", "结余分配", "年末结转和结余"};

/* Which term the words before a figure name, or -1 (-2: both totals). */
static int term_of(const char *s, size_t len)
{
    if (zp_ck_has(s, len, "财政拨款收") || zp_ck_has(s, len, "财政拨款支") ||
        zp_ck_has(s, len, "财政拨款结转"))
        return -1;
    if (zp_ck_has(s, len, "收、支总计") || zp_ck_has(s, len, "收支总计"))
        return -2;
    if (zp_ck_has(s, len, "收入总计"))
        return T_GRAND_IN;
    if (zp_ck_has(s, len, "支出总计"))
        return T_GRAND_OUT;
    if (zp_ck_has(s, len, "使用非财政拨款结余"))
        return T_USE_BAL;
    if (zp_ck_has(s, len, "年初结转和结余"))
        return T_BEGIN;
    if (zp_ck_has(s, len, "年末结转和结余"))
        return T_END;
    if (zp_ck_has(s, len, "结余分配"))
        return T_DISTR;
    if (zp_ck_has(s, len, "收入合计"))
        return T_INCOME;
    if (zp_ck_has(s, len, "支出合计"))
        return T_SPEND;
    return -1;
}

static void reset(zp_carryover *t, int section)
{
    memset(t, 0, sizeof *t);
    t->section = section;
}

static void check_side(zp_checker *c, zp_carryover *t, int grand, const int *parts, int n,
                       int side)
{
    if (t->reported[side] || !t->have[grand])
        return;
    zp_val sum;
    memset(&sum, 0, sizeof sum);
    for (int k = 0; k < n; k++)
        if (!t->have[parts[k]] || !zp_ck_val_add(&sum, &t->value[parts[k]]))
            return;
    t->reported[side] = true;
    if (zp_interval_overlaps(sum.iv, t->value[grand].iv))
        return;
    const zp_item *g_item = &t->item[grand];
    zp_finding *g = zp_ck_report_at(
        c, ZP_ERROR, "arithmetic", "sum", t->line[grand], t->line[grand], 0, 0, t->quote[grand],
        "the total does not match this year's figure and the balances",
        side == 0 ? "收入总计与本年收入合计、使用非财政拨款结余、年初结转和结余之和不符"
                  : "支出总计与本年支出合计、结余分配、年末结转和结余之和不符");
    zp_ck_finding_stated(g, g_item->num.value, g_item->num.unit);
    zp_ck_finding_computed_as(g, sum.r, &sum.iv, 2, 3, &g_item->num);
    char note[256] = "";
    size_t o = 0;
    for (int k = 0; k < n && o < sizeof note; k++) {
        char num[32];
        zp_dec_format(t->item[parts[k]].num.value, false, num, sizeof num);
        int w = snprintf(note + o, sizeof note - o, "%s%s %s（第 %d 行）", k ? " + " : "",
                         term_names[parts[k]], num, t->line[parts[k]]);
        if (w < 0)
            break;
        o += (size_t)w;
    }
    zp_ck_finding_note(g, "%s", note);
}

void zp_ck_carryover_check(zp_checker *c)
{
    zp_carryover *t = &c->carry;
    if (t->section != c->heading_scope[1])
        reset(t, c->heading_scope[1]);
    const char *s = c->p.text;
    for (size_t f = 0; f < c->p.nframes; f++) {
        const zp_frame *fr = &c->p.frames[f];
        const zp_item *it = zp_ck_frame_item(c, fr, ZR_AMOUNT);
        if (!it)
            it = zp_ck_frame_item(c, fr, ZR_ACTUAL);
        if (!it || it->num.family != ZF_MONEY || it->forced || fr->start > it->num.start)
            continue;
        /* Without the spaces a hard wrap leaves ("使用非财 政拨款结余"). */
        char label[256];
        zp_ck_key_of(s + fr->start, it->num.start - fr->start, label, sizeof label);
        int term = term_of(label, strlen(label));
        /* The totals are the unit's own, not 事业收入合计's. */
        bool total = term == -2 || term == T_GRAND_IN || term == T_GRAND_OUT ||
                     term == T_INCOME || term == T_SPEND;
        if (term == -1 || (total && fr->cat != ZC_EXP && fr->cat != ZC_INC))
            continue;
        zp_val v;
        zp_ck_val_from_item(it, 0, &v);
        if (!v.ok)
            continue;
        int line, col, page;
        zp_ck_para_locate(c->p.para, it->num.start, &line, &col, &page);
        for (int k = term == -2 ? T_GRAND_IN : term; k <= (term == -2 ? T_GRAND_OUT : term); k++) {
            if (t->have[k])
                continue; /* the first statement stands; restatements are the ledger's */
            t->have[k] = true;
            t->value[k] = v;
            t->value[k].it = &t->item[k];
            t->item[k] = *it;
            t->line[k] = line;
            zp_ck_quote(&c->p, it->num.start, it->num.end, t->quote[k], sizeof t->quote[k]);
        }
    }
    static const int in_parts[] = {T_INCOME, T_USE_BAL, T_BEGIN};
    static const int out_parts[] = {T_SPEND, T_DISTR, T_END};
    check_side(c, t, T_GRAND_IN, in_parts, 3, 0);
    check_side(c, t, T_GRAND_OUT, out_parts, 3, 1);
}
