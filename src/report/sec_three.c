/*
 * “三公”经费 (the three public expenses) and assets: the total against
 * last year and its budget, each item with its change, counts and the
 * unit's explanations, and the table.
 */
#include <string.h>

#include "report/phrase.h"
#include "report/sections_money.h"

/* "因公出国（境）费0.00万元，与上年持平" or "…无支出，与上年持平". */
static void item_phrase(zp_para *p, const zp_line *l, const char *key)
{
    zp_report *r = p->r;
    const char *fk = zp_arena_printf(r->arena, "%s.final", key);
    const zp_figure *f = zp_doc_fig(r, fk);
    if (!f)
        return;
    zp_para_verbatim(p, l->name);
    if (zp_rat_sign(f->value) == 0 && f->shown.units == 0) {
        zp_para_text(p, "无支出");
        const zp_figure *last = zp_doc_fig(r, zp_arena_printf(r->arena, "%s.last_year", key));
        if (last && zp_rat_sign(last->value) == 0)
            zp_para_text(p, "，与上年持平");
        else if (last) {
            zp_para_text(p, "，");
            zp_ph_change(p, key);
        }
    } else {
        zp_para_amount(p, fk);
        const char *bk = zp_arena_printf(r->arena, "%s.budget", key);
        if (zp_doc_fig(r, bk)) {
            zp_para_text(p, "（预算数");
            zp_para_amount(p, bk);
            zp_para_text(p, "）");
        }
        if (zp_doc_fig(r, zp_arena_printf(r->arena, "%s.change", key))) {
            zp_para_text(p, "，");
            zp_ph_change(p, key);
        }
    }
    zp_ph_note(p, l->note);
}

/* "，因公出国（境）团组0个、0人次" and the like, after an item. */
static void counts(zp_para *p, const char *item)
{
    static const struct {
        const char *item, *what, *first, *second;
    } list[] = {{"outbound", "因公出国（境）", "three_public.outbound.groups",
                 "three_public.outbound.persons"},
                {"vehicles", "公务用车保有量", "three_public.vehicles.held", NULL},
                {"reception", "公务接待", "three_public.reception.groups",
                 "three_public.reception.persons"}};
    for (size_t i = 0; i < sizeof list / sizeof list[0]; i++) {
        if (strcmp(list[i].item, item))
            continue;
        bool first = zp_doc_fig(p->r, list[i].first) != NULL;
        bool second = list[i].second && zp_doc_fig(p->r, list[i].second);
        if (!first && !second)
            return;
        zp_para_textf(p, "，%s%s", list[i].what, first && list[i].second ? "团组" : "");
        if (first)
            zp_para_amount(p, list[i].first);
        if (first && second)
            zp_para_text(p, "、");
        if (second)
            zp_para_amount(p, list[i].second);
    }
}

static void three_public_table(zp_report *r)
{
    static const zp_money_col cols[] = {
        {"预算数", "budget"},         {"决算数", "final"},          {"控制率", "execution_rate"},
        {"上年决算数", "last_year"}, {"比上年增减额", "change"}, {"比上年增减率", "change_rate"},
        {"占“三公”经费比重", "share"}};
    const zp_line *t = &r->unit->three_public.total;
    zp_money_row rows[16];
    size_t n = 0;
    rows[n++] = (zp_money_row){"“三公”经费合计", "three_public", 0};
    for (size_t i = 0; i < t->n_parts && n < 16; i++) {
        const zp_line *l = &t->parts[i];
        const char *k = zp_doc_line_key(r, "three_public", NULL, l, i);
        rows[n++] = (zp_money_row){l->name, k, 1};
        for (size_t j = 0; j < l->n_parts && n < 16; j++)
            rows[n++] = (zp_money_row){l->parts[j].name,
                                       zp_doc_line_key(r, k, NULL, &l->parts[j], j), 2};
    }
    zp_money_table(r, "“三公”经费支出情况表", rows, n, cols, sizeof cols / sizeof cols[0]);
}

void zp_three_public_section(zp_report *r)
{
    const zp_three_public *t = &r->unit->three_public;
    zp_para p;
    zp_para_init(&p, r);
    zp_para_figure(&p, zp_arena_printf(r->arena, "%d", r->unit->info.year), "unit.year");
    zp_para_text(&p, "年度“三公”经费");
    bool any = false;
    if (zp_doc_fig(r, "three_public.budget")) {
        zp_para_text(&p, "预算数");
        zp_para_amount(&p, "three_public.budget");
        zp_para_text(&p, "，");
        any = true;
    }
    if (zp_doc_fig(r, "three_public.final")) {
        zp_para_text(&p, "支出");
        zp_para_amount(&p, "three_public.final");
        any = true;
        if (zp_doc_fig(r, "three_public.control_rate")) {
            zp_para_text(&p, "，控制率");
            zp_para_derived(&p, "three_public.control_rate");
        }
        if (zp_doc_fig(r, "three_public.change")) {
            zp_para_text(&p, "，");
            zp_ph_change(&p, "three_public");
        }
    }
    zp_ph_note(&p, t->total.note);
    if (any) {
        zp_para_text(&p, "。其中：");
        for (size_t i = 0; i < t->total.n_parts; i++) {
            const zp_line *l = &t->total.parts[i];
            const char *k = zp_doc_line_key(r, "three_public", NULL, l, i);
            if (i)
                zp_para_text(&p, "；");
            item_phrase(&p, l, k);
            /* The parts of an item that is nothing are nothing too. */
            const zp_figure *f = zp_doc_fig(r, zp_arena_printf(r->arena, "%s.final", k));
            for (size_t j = 0; j < l->n_parts && f && f->shown.units != 0; j++) {
                zp_para_text(&p, j ? "，" : "，其中");
                item_phrase(&p, &l->parts[j], zp_doc_line_key(r, k, NULL, &l->parts[j], j));
            }
            counts(&p, l->key);
        }
        zp_para_text(&p, "。");
        zp_doc_paragraph(r, &p);
    }
    three_public_table(r);
}

void zp_assets_section(zp_report *r)
{
    const zp_line *a = &r->unit->assets;
    zp_para p;
    zp_para_init(&p, r);
    if (!zp_doc_fig(r, "assets.final"))
        return;
    zp_para_figure(&p, zp_arena_printf(r->arena, "%d", r->unit->info.year), "unit.year");
    zp_para_text(&p, "年末本部门资产总额");
    zp_para_amount(&p, "assets.final");
    if (zp_doc_fig(r, "assets.change")) {
        zp_para_text(&p, "，");
        zp_ph_change(&p, "assets");
    }
    for (size_t i = 0; i < a->n_parts; i++) {
        const char *k = zp_doc_line_key(r, "assets", NULL, &a->parts[i], i);
        if (!zp_doc_fig(r, zp_arena_printf(r->arena, "%s.final", k)))
            continue;
        zp_para_text(&p, i ? "；" : "。其中：");
        zp_para_verbatim(&p, a->parts[i].name);
        zp_para_amount(&p, zp_arena_printf(r->arena, "%s.final", k));
        zp_ph_share(&p, k, "资产总额");
    }
    zp_ph_note(&p, a->note);
    zp_para_text(&p, "。");
    zp_doc_paragraph(r, &p);
}
