/*
 * 二、部门整体收支情况: income and expenditure, budget against final
 * accounts, the structure of expenditure by nature, function and economic
 * class, changes on last year; then 三公经费 and assets (sec_three.c), and
 * the tables and charts of it all (sec_money_tables.c).
 */
#include <string.h>

#include "report/phrase.h"
#include "report/sections.h"
#include "report/sections_money.h"

/* "2023年度本部门收入全年预算数…，决算数…，预算执行率…%" and its change. */
static void total_sentence(zp_report *r, const zp_account *a, const char *key, const char *what)
{
    zp_para p;
    zp_para_init(&p, r);
    zp_para_figure(&p, zp_arena_printf(r->arena, "%d", r->unit->info.year), "unit.year");
    zp_para_textf(&p, "年度本部门%s", what);
    if (!zp_ph_budget_final(&p, key))
        return;
    if (zp_doc_fig(r, zp_arena_printf(r->arena, "%s.change", key))) {
        zp_para_text(&p, "，");
        zp_ph_change(&p, key);
    }
    zp_ph_note(&p, a->total.note);
    zp_para_text(&p, "。");
    zp_doc_paragraph(r, &p);
}

/* "其中：财政拨款收入996.65万元，占本年收入的100.00%；…" */
static void source_sentence(zp_report *r, const zp_account *a, const char *account)
{
    const zp_split *sp = zp_account_split(a, "source");
    if (!sp || !sp->n_lines)
        return;
    zp_para p;
    zp_para_init(&p, r);
    zp_para_text(&p, "按收入来源分：");
    for (size_t i = 0; i < sp->n_lines; i++) {
        const char *k = zp_doc_line_key(r, account, sp->key, &sp->lines[i], i);
        if (i)
            zp_para_text(&p, "；");
        zp_para_verbatim(&p, sp->lines[i].name);
        zp_ph_budget_final(&p, k);
        zp_ph_share(&p, k, "本年收入");
    }
    zp_para_text(&p, "。");
    zp_doc_paragraph(r, &p);
}

/* One sentence over the lines of a split, "；" between them:
 *   "按支出性质分：基本支出决算数691.99万元，占本年支出的78.35%，包括人员经费
 *    561.06万元和公用经费130.93万元；项目支出…", or, with changes,
 *   "从上下年度对比看，按支出性质分：基本支出比上年增加61.62万元，增长9.78%；…".
 * Lines without the figure (决算数, or 比上年增减额) are left out. */
static void split_sentence(zp_report *r, const zp_account *a, const char *account,
                           const char *split, const char *intro, bool changes)
{
    const zp_split *sp = zp_account_split(a, split);
    if (!sp || !sp->n_lines)
        return;
    zp_para p;
    zp_para_init(&p, r);
    zp_para_text(&p, intro);
    bool any = false;
    for (size_t i = 0; i < sp->n_lines; i++) {
        const zp_line *l = &sp->lines[i];
        const char *k = zp_doc_line_key(r, account, sp->key, l, i);
        if (!zp_doc_fig(r, zp_arena_printf(r->arena, "%s.%s", k, changes ? "change" : "final")))
            continue;
        zp_para_text(&p, any ? "；" : "");
        any = true;
        zp_para_verbatim(&p, l->name);
        if (changes) {
            zp_ph_change(&p, k);
            zp_ph_note(&p, l->note);
            continue;
        }
        zp_ph_budget_final(&p, k);
        zp_ph_share(&p, k, "本年支出");
        size_t shown = 0;
        for (size_t j = 0; j < l->n_parts; j++) {
            const char *pk = zp_doc_line_key(r, account, NULL, &l->parts[j], j);
            if (!zp_doc_fig(r, zp_arena_printf(r->arena, "%s.final", pk)))
                continue;
            zp_para_text(&p, shown ? "和" : "，包括");
            zp_para_verbatim(&p, l->parts[j].name);
            zp_para_amount(&p, zp_arena_printf(r->arena, "%s.final", pk));
            shown++;
        }
    }
    zp_para_text(&p, "。");
    if (any)
        zp_doc_paragraph(r, &p);
}

static void income(zp_report *r, int *k)
{
    const zp_account *a = &r->unit->income;
    if (!a->present)
        return;
    zp_doc_subheading(r, k, "收入情况");
    total_sentence(r, a, "income", "收入");
    source_sentence(r, a, "income");
}

static void expenditure(zp_report *r, int *k)
{
    const zp_account *a = &r->unit->expenditure;
    if (!a->present)
        return;
    zp_doc_subheading(r, k, "支出情况");
    total_sentence(r, a, "expenditure", "支出");
    split_sentence(r, a, "expenditure", "nature", "按支出性质分：", false);
    split_sentence(r, a, "expenditure", "function", "按支出功能分类分：", false);
    split_sentence(r, a, "expenditure", "economic", "按支出经济分类分：", false);
    split_sentence(r, a, "expenditure", "nature", "从上下年度对比看，按支出性质分：", true);
    split_sentence(r, a, "expenditure", "function", "按支出功能分类分：", true);
    split_sentence(r, a, "expenditure", "economic", "按支出经济分类分：", true);
    zp_money_tables(r);
    zp_money_charts(r);
}

int zp_sec_money(zp_report *r, int n)
{
    const zp_unit *u = r->unit;
    if (!u->income.present && !u->expenditure.present && !u->three_public.present &&
        !u->assets.present)
        return n;
    n = zp_doc_section(r, n, "部门整体收支情况");
    int k = 0;
    income(r, &k);
    expenditure(r, &k);
    if (u->three_public.present) {
        zp_doc_subheading(r, &k, "“三公”经费情况");
        zp_three_public_section(r);
    }
    if (u->assets.present) {
        zp_doc_subheading(r, &k, "资产情况");
        zp_assets_section(r);
    }
    return n;
}
