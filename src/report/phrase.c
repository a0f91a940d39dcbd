/* Phrases of the genre, from derived figures. */
#include <string.h>

#include "report/phrase.h"

int zp_ph_sign(const zp_report *r, const char *key)
{
    const zp_figure *f = zp_doc_fig(r, key);
    return f ? zp_rat_sign(f->value) : 0;
}

bool zp_ph_magnitude(zp_para *p, const char *key)
{
    const zp_figure *f = zp_doc_fig(p->r, key);
    if (!f)
        return false;
    zp_para_figure(p, zp_doc_figure_text(p->r, f, true), key);
    if (f->kind != ZP_FIG_RATE)
        zp_para_text(p, f->unit);
    return true;
}

bool zp_ph_budget_final(zp_para *p, const char *key)
{
    static const struct {
        const char *field, *label;
    } parts[] = {{"budget_initial", "年初预算数"}, {"budget", "全年预算数"}, {"final", "决算数"}};
    bool any = false;
    zp_arena *a = p->r->arena;
    for (size_t i = 0; i < 3; i++) {
        const char *k = zp_arena_printf(a, "%s.%s", key, parts[i].field);
        if (!zp_doc_fig(p->r, k))
            continue;
        zp_para_text(p, any ? "，" : "");
        zp_para_text(p, parts[i].label);
        zp_para_amount(p, k);
        any = true;
    }
    const char *rate = zp_arena_printf(a, "%s.execution_rate", key);
    if (any && zp_doc_fig(p->r, rate)) {
        zp_para_text(p, "，预算执行率");
        zp_para_derived(p, rate);
    }
    return any;
}

bool zp_ph_change(zp_para *p, const char *key)
{
    zp_arena *a = p->r->arena;
    const char *ck = zp_arena_printf(a, "%s.change", key);
    const char *rk = zp_arena_printf(a, "%s.change_rate", key);
    const zp_figure *change = zp_doc_fig(p->r, ck);
    if (!change)
        return false;
    int sign = zp_rat_sign(change->value);
    if (change->shown.units == 0) {
        zp_para_text(p, "与上年持平");
        return true;
    }
    zp_para_text(p, sign > 0 ? "比上年增加" : "比上年减少");
    zp_ph_magnitude(p, ck);
    if (zp_doc_fig(p->r, rk)) {
        zp_para_text(p, sign > 0 ? "，增长" : "，下降");
        zp_ph_magnitude(p, rk);
    } else {
        /* A change from nothing has no percentage: say why instead. */
        const zp_figure *rate = zp_derived_get(p->r->derived, rk);
        if (rate && rate->why && strstr(rate->why, "上年无此项"))
            zp_para_textf(p, "（%s）", rate->why);
    }
    return true;
}

bool zp_ph_share(zp_para *p, const char *key, const char *of)
{
    const char *k = zp_arena_printf(p->r->arena, "%s.share", key);
    if (!zp_doc_fig(p->r, k))
        return false;
    zp_para_textf(p, "，占%s的", of);
    zp_para_derived(p, k);
    return true;
}

void zp_ph_note(zp_para *p, const char *note)
{
    if (!note || !*note)
        return;
    zp_para_text(p, "，");
    /* The unit's words stand as written, less a full stop we add ourselves. */
    size_t n = strlen(note);
    if (n >= 3 && !strcmp(note + n - 3, "。"))
        zp_para_verbatim(p, zp_arena_strndup(p->r->arena, note, n - 3));
    else
        zp_para_verbatim(p, note);
}
