/*
 * Changes against figures stated in earlier paragraphs. "2022年三公经费
 * 1000.86 万元…2021年三公经费 807.95 万元。" and, a paragraph later,
 * "2022年三公经费相较于上年增加 275.76 万元": the change's two years were
 * stated apart from it, and the ledger holds them. Only figures of one
 * subject under one level-1 heading meet, as for restatements.
 */
#include <string.h>

#include "check/check_int.h"

/* A figure of the frame, or the one the ledger holds under its name. */
static bool year_value(const zp_checker *c, const zp_frame *f, const char *name, int role,
                       zp_val *v)
{
    const zp_item *it = zp_ck_frame_item(c, f, role);
    if (role == ZR_AMOUNT && !it)
        it = zp_ck_frame_item(c, f, ZR_ACTUAL);
    if (it) {
        zp_ck_val_from_item(it, 0, v);
        return v->ok;
    }
    const zp_entry *e = zp_ck_ledger_find(c, name, role, c->project);
    /* A 总计 holds the carry-overs; its change is not the year's. */
    return e && !e->grand && strstr(e->unit, "元") && zp_ck_val_from_entry(e, v);
}

static void value_text(const zp_val *v, const char *word, char *buf, size_t size)
{
    char num[48];
    zp_ck_fmt_rat(v->r, 2, num, sizeof num);
    if (v->ext)
        snprintf(buf, size, "%s %s%s（第 %d 行）", word, num, v->ext->unit, v->ext->line);
    else
        snprintf(buf, size, "%s %s%s", word, num, v->it ? v->it->num.unit : "");
}

/* A finding on the stated change it: what the two years give, iv. */
static zp_finding *report(zp_checker *c, const zp_item *it, const char *unit, zp_interval iv,
                          zp_rat point, const char *gloss, const char *msg)
{
    zp_finding *g = zp_ck_report(c, ZP_ERROR, "arithmetic", "yoy", it->num.start, it->num.end,
                                 gloss, "%s", msg);
    int places = zp_ck_places_for(it->num.value);
    zp_ck_finding_stated(g, it->num.value, unit);
    zp_ck_finding_computed_as(g, point, &iv, places, places, &it->num);
    return g;
}

static void check_frame(zp_checker *c, const zp_frame *f)
{
    const zp_item *di = zp_ck_frame_item(c, f, ZR_CHANGE);
    const zp_item *ei = zp_ck_frame_item(c, f, ZR_CHANGE_PCT);
    if (di && (!f->sign[ZR_CHANGE] || di->num.family != ZF_MONEY))
        di = NULL;
    if (ei && !f->sign[ZR_CHANGE_PCT])
        ei = NULL;
    if (!di && !ei)
        return;
    char buf[192];
    const char *name = zp_ck_ledger_name(c, f, buf, sizeof buf);
    if (!name)
        return;
    zp_val x, l;
    if (!year_value(c, f, name, ZR_AMOUNT, &x) || !year_value(c, f, name, ZR_LAST, &l))
        return;
    if (!x.ext && !l.ext)
        return; /* both here: the paragraph's own rules check it */
    /* One figure taken for both years is one year misread (a report's year
     * taken from a date of the next), not a change of nothing. */
    if (zp_rat_cmp(x.r, l.r) == 0)
        return;
    char sx[96], sl[96];
    value_text(&x, "本年", sx, sizeof sx);
    value_text(&l, "上年", sl, sizeof sl);
    zp_interval iv;
    zp_rat point;
    if (di) {
        zp_val d;
        zp_ck_val_from_item(di, f->sign[ZR_CHANGE], &d);
        if (d.ok && zp_interval_sub(x.iv, l.iv, &iv) && zp_rat_sub(x.r, l.r, &point) &&
            !zp_interval_overlaps(d.iv, iv)) {
            zp_finding *g = report(c, di, di->num.unit, iv, point,
                                   "change does not match this year's and last year's figures",
                                   "增减额与前文的本年数、上年数不符");
            zp_ck_finding_note(g, "%s − %s", sx, sl);
            return;
        }
    }
    if (ei) {
        zp_val e;
        zp_ck_val_from_item(ei, f->sign[ZR_CHANGE_PCT], &e);
        if (e.ok && zp_rat_sign(l.r) != 0 && zp_ck_f_pct_from_last(x.iv, l.iv, &iv) &&
            zp_rat_sub(x.r, l.r, &point) && zp_rat_percent(point, l.r, &point) &&
            !zp_interval_overlaps(e.iv, iv)) {
            zp_finding *g = report(c, ei, "%", iv, point,
                                   "change rate does not match this year's and last year's figures",
                                   "增减率与前文的本年数、上年数不符");
            zp_ck_finding_note(g, "(%s − %s) ÷ 上年", sx, sl);
        }
    }
}

void zp_ck_change_across(zp_checker *c)
{
    if (c->target_section || c->budget_section)
        return;
    for (size_t i = 0; i < c->p.nframes; i++) {
        const zp_frame *f = &c->p.frames[i];
        if (f->vs_budget || f->slot[ZR_BUDGET] >= 0 || zp_ck_ledger_cat(c, f) < 0)
            continue;
        check_frame(c, f);
    }
}
