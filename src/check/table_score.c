/*
 * A score table's checks once its rows are read (table.c reads them): each
 * row's 得分率 against 得分 ÷ 分值 and no 得分 above its 分值, the 合计 and
 * 小计 rows (score_sums.c), and the groups and rows that prose elsewhere
 * may restate (the ledger; zp_ck_tgroup_check).
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "check/check_int.h"

static bool interval(zp_dec d, zp_interval *iv)
{
    zp_rat r;
    return zp_ck_cell_value(d, iv, &r);
}

static void check_row(zp_checker *c, const zp_trow *r)
{
    zp_interval w, s, q;
    if (!r->has[ZT_WEIGHT] || !r->has[ZT_SCORE] || !zp_ck_weight_interval(r->col[ZT_WEIGHT], &w) ||
        !interval(r->col[ZT_SCORE], &s))
        return;
    char sw[32], ss[32];
    zp_dec_format(r->col[ZT_WEIGHT], false, sw, sizeof sw);
    zp_dec_format(r->col[ZT_SCORE], false, ss, sizeof ss);
    if (zp_rat_cmp(s.lo, w.hi) > 0) {
        zp_finding *g = zp_ck_report_at(c, ZP_ERROR, "arithmetic", "score", r->line, r->line, 0,
                                     r->page, r->quote, "score exceeds its weight",
                                     "“%s”得分 %s 高于分值 %s", r->name, ss, sw);
        zp_ck_finding_stated(g, r->col[ZT_SCORE], "分");
    }
    if (!r->has[ZT_RATE] || !interval(r->col[ZT_RATE], &q))
        return;
    zp_interval iv;
    zp_rat sr, wr, point;
    if (!zp_ck_f_ratio(s, w, &iv) || !zp_rat_of_dec(r->col[ZT_SCORE], &sr) ||
        !zp_rat_of_dec(r->col[ZT_WEIGHT], &wr) || !zp_rat_percent(sr, wr, &point))
        return;
    if (zp_interval_overlaps(q, iv))
        return;
    zp_finding *g = zp_ck_report_at(c, ZP_ERROR, "arithmetic", "score-rate", r->line, r->line, 0,
                                 r->page, r->quote, "score rate does not match score and weight",
                                 "“%s”的得分率与得分、分值不符", r->name);
    int places = zp_ck_places_for(r->col[ZT_RATE]);
    zp_ck_finding_stated(g, r->col[ZT_RATE], "%");
    zp_ck_finding_computed(g, point, places, "%");
    zp_ck_finding_allowed(g, iv, places, "%");
    zp_ck_finding_note(g, "得分 %s ÷ 分值 %s × 100%%", ss, sw);
}

static void remember_groups(zp_checker *c, const zp_table *t, const bool *parent)
{
    for (size_t i = 0; i < t->nrows; i++) {
        const zp_trow *g = &t->rows[i];
        if (!g->group || c->ntgroups >= ZP_TGROUPS_MAX)
            continue;
        zp_tgroup *tg = &c->tgroups[c->ntgroups];
        memset(tg, 0, sizeof *tg);
        zp_ck_key_of(g->name, strlen(g->name), tg->name, sizeof tg->name);
        tg->weight = tg->score = zp_interval_point(zp_rat_of_int(0));
        tg->ok = true;
        tg->line = g->line;
        int n = 0;
        for (size_t j = i + 1; j < t->nrows && !t->rows[j].group && !t->rows[j].total; j++) {
            const zp_trow *r = &t->rows[j];
            zp_interval w, s;
            if (parent[j])
                continue;
            if (!r->has[ZT_WEIGHT] || !r->has[ZT_SCORE] || !zp_ck_weight_interval(r->col[ZT_WEIGHT], &w) ||
                !interval(r->col[ZT_SCORE], &s) || !zp_interval_add(tg->weight, w, &tg->weight) ||
                !zp_interval_add(tg->score, s, &tg->score)) {
                tg->ok = false;
                break;
            }
            n++;
        }
        if (tg->ok && n > 0 && strlen(tg->name) >= 6)
            c->ntgroups++;
    }
}

bool zp_ck_indicator_score_key(const char *name, char *out, size_t size)
{
    char key[64];
    zp_ck_key_of(name, strlen(name), key, sizeof key);
    if (strlen(key) < 6 || strstr(key, "合计") || strstr(key, "小计"))
        return false;
    /* "实际完成值≥90%，自评得分18分": a value's words, no indicator's name */
    static const char *const values[] = {"≥", "≤", ">", "<", "=", "＞", "＜"};
    for (size_t k = 0; k < sizeof values / sizeof values[0]; k++)
        if (strstr(key, values[k]))
            return false;
    if (zp_str_starts(key, "值"))
        return false;
    snprintf(out, size, "指标:%s", key);
    return true;
}

/* Each row's weight, score and rate are quantities prose may restate
 * ("履职效能（分值46分）得分45.31分"), before or after the table. A name
 * the table has twice ("管理制度健全性" under two groups) names neither. */
static void ledger_scores(zp_checker *c, const zp_table *t)
{
    static const struct {
        int col, role;
        const char *what, *unit;
    } cols[] = {{ZT_WEIGHT, ZR_WEIGHT, "分值", "分"},
                {ZT_SCORE, ZR_SCORE, "得分", "分"},
                {ZT_RATE, ZR_SCORE_RATE, "得分率", "%"}};
    for (size_t i = 0; i < t->nrows; i++) {
        const zp_trow *r = &t->rows[i];
        char key[96];
        if (r->group || r->total || !zp_ck_indicator_score_key(r->label, key, sizeof key))
            continue;
        bool twice = false;
        for (size_t j = 0; j < t->nrows && !twice; j++)
            twice = j != i && !strcmp(t->rows[j].label, r->label);
        if (twice)
            continue;
        for (size_t k = 0; k < 3; k++) {
            if (!r->has[cols[k].col])
                continue;
            zp_num n;
            memset(&n, 0, sizeof n);
            n.value = r->col[cols[k].col];
            n.family = cols[k].role == ZR_SCORE_RATE ? ZF_PCT : ZF_SCORE;
            zp_str_copy(n.unit, sizeof n.unit, cols[k].unit);
            char what[128];
            zp_str_join(what, sizeof what, r->label, cols[k].what);
            zp_ck_ledger_put(c, key, cols[k].role, c->project, &n, what, r->line, 0, r->page,
                             r->quote);
        }
    }
}

/* A score table once its rows are read: each row, the 合计 and 小计 rows,
 * the groups prose may restate, the rows' figures into the ledger, and
 * the rates of a 项目支出绩效自评表's money rows. */
void zp_ck_score_table_check(zp_checker *c, const zp_table *t)
{
    bool *parent = zp_xcalloc(t->nrows, sizeof *parent);
    zp_ck_table_parents(t, ZT_WEIGHT, parent);
    for (size_t i = 0; i < t->nrows; i++)
        if (!t->rows[i].group)
            check_row(c, &t->rows[i]);
    for (size_t i = 0; i < t->nrows; i++) {
        const zp_trow *r = &t->rows[i];
        if (!r->total)
            continue;
        zp_ck_score_total(c, t, r, parent);
        if (r->has[ZT_SCORE]) {
            zp_num n;
            memset(&n, 0, sizeof n);
            n.value = r->col[ZT_SCORE];
            n.family = ZF_SCORE;
            snprintf(n.unit, sizeof n.unit, "分");
            zp_ck_ledger_put(c, "总得分", ZR_SCORE, c->project, &n, "自评总得分", r->line, 0,
                          r->page, r->quote);
        }
        break;
    }
    zp_ck_score_subtotals(c, t, parent);
    remember_groups(c, t, parent);
    ledger_scores(c, t);
    free(parent);
    if (t->rates_too)
        zp_ck_table_rates(c, t);
}

/* Prose restating a group of the table: "1.履职效能情况。指标分值 46 分，
 * 自评得分 45.31 分" against the rows under 履职效能. */
void zp_ck_tgroup_check(zp_checker *c)
{
    if (c->ntgroups == 0)
        return;
    const zp_para *p = c->p.para;
    size_t head = p->heading ? p->marker_len : 0;
    for (size_t i = 0; i < c->p.nframes; i++) {
        const zp_frame *f = &c->p.frames[i];
        const zp_item *wi = zp_ck_frame_item(c, f, ZR_WEIGHT);
        const zp_item *si = zp_ck_frame_item(c, f, ZR_SCORE);
        if (!wi && !si)
            continue;
        /* The group named before the figures: in the heading or the subject. */
        size_t upto = (wi ? wi->num.start : si->num.start);
        const zp_tgroup *g = NULL;
        for (int k = 0; k < c->ntgroups && !g; k++) {
            const char *q = zp_ck_find(c->p.text + head, upto - head, c->tgroups[k].name);
            if (q)
                g = &c->tgroups[k];
        }
        if (!g)
            continue;
        const zp_item *its[2] = {wi, si};
        const zp_interval *want[2] = {&g->weight, &g->score};
        for (int k = 0; k < 2; k++) {
            zp_interval iv;
            if (!its[k] || (its[k]->num.flags & (ZN_APPROX | ZN_BOUND)) ||
                !(k == 0 ? zp_ck_weight_interval(its[k]->num.value, &iv) : zp_ck_item_interval(its[k], &iv)) ||
                zp_interval_overlaps(iv, *want[k]))
                continue;
            zp_finding *fd = zp_ck_report(c, ZP_ERROR, "arithmetic", "score-sum", its[k]->num.start,
                                       its[k]->num.end, "differs from the sum of its rows in the score table",
                                       "“%s”的%s与自评表第 %d 行起各项之和不符", g->name,
                                       k == 0 ? "分值" : "得分", g->line);
            zp_ck_finding_stated(fd, its[k]->num.value, "分");
            zp_ck_finding_computed(fd, zp_ck_interval_mid(*want[k]), 2, "分");
            zp_ck_finding_allowed(fd, *want[k], 3, "分");
        }
    }
}
