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

/* Which term the words before a figure name, or -1 (-2: both totals): the
 * first of these words they hold, in this order. 财政拨款's own figures are
 * none of them. */
static int term_of(const char *s, size_t len)
{
    static const struct {
        const char *words;
        int term;
    } names[] = {
        {"财政拨款收", -1},           {"财政拨款支", -1},         {"财政拨款结转", -1},
        {"收、支总计", -2},           {"收支总计", -2},           {"收入总计", T_GRAND_IN},
        {"支出总计", T_GRAND_OUT},    {"使用非财政拨款结余", T_USE_BAL},
        {"年初结转和结余", T_BEGIN},  {"年末结转和结余", T_END},  {"结余分配", T_DISTR},
        {"收入合计", T_INCOME},       {"支出合计", T_SPEND},
    };
    for (size_t k = 0; k < sizeof names / sizeof names[0]; k++)
        if (zp_ck_has(s, len, names[k].words))
            return names[k].term;
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
        /* Every term says 计 (总计, 合计) or 结 (结余, 结转): most labels say
         * neither and are not looked at further. */
        const char *raw = s + fr->start;
        size_t raw_len = it->num.start - fr->start;
        if (!zp_ck_has(raw, raw_len, "计") && !zp_ck_has(raw, raw_len, "结"))
            continue;
        /* Without the spaces a hard wrap leaves ("使用非财 政拨款结余"). */
        char label[256];
        zp_ck_key_of(raw, raw_len, label, sizeof label);
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
