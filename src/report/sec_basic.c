/*
 * 一、部门基本情况: functions, bodies and staff, the year's work, the
 * overall targets. Text the unit wrote is carried over as written; the
 * counts are derived figures.
 */
#include <string.h>

#include "report/doc.h"
#include "report/sections.h"

static bool has_bodies(const zp_unit *u)
{
    const zp_unit_info *in = &u->info;
    return in->internal_body_count.present || in->n_internal_bodies || in->n_subunits ||
           u->staffing.present;
}

/* "本部门内设机构3个：办公室、科普部、学会部。" */
static void internal_bodies(zp_report *r)
{
    const zp_unit_info *in = &r->unit->info;
    const zp_figure *count = zp_doc_fig(r, "unit.internal_bodies");
    if (!count)
        return;
    zp_para p;
    zp_para_init(&p, r);
    if (zp_rat_sign(count->value) == 0) {
        zp_para_text(&p, "本部门没有内设机构。");
        zp_doc_paragraph(r, &p);
        return;
    }
    zp_para_text(&p, "本部门内设机构");
    zp_para_amount(&p, "unit.internal_bodies");
    for (size_t i = 0; i < in->n_internal_bodies; i++) {
        zp_para_text(&p, i ? "、" : (in->n_internal_bodies < (size_t)count->value.num ? "，包括" : "："));
        zp_para_verbatim(&p, in->internal_bodies[i]);
    }
    if (in->n_internal_bodies && in->n_internal_bodies < (size_t)count->value.num)
        zp_para_text(&p, "等");
    zp_para_text(&p, "。");
    zp_doc_paragraph(r, &p);
}

/* "下属单位1个：韶关市科技馆（正科级事业单位……）。" */
static void subunits(zp_report *r)
{
    const zp_unit_info *in = &r->unit->info;
    if (!in->n_subunits)
        return;
    zp_para p;
    zp_para_init(&p, r);
    zp_para_text(&p, "本部门下属单位");
    zp_para_amount(&p, "unit.subunits");
    zp_para_text(&p, "：");
    for (size_t i = 0; i < in->n_subunits; i++) {
        const zp_subunit *s = &in->subunits[i];
        if (i)
            zp_para_text(&p, "；");
        zp_para_verbatim(&p, s->name);
        const char *key = zp_arena_printf(r->arena, "unit.subunits.%zu.authorized", i + 1);
        bool posts = zp_doc_fig(r, key) != NULL;
        if (posts || s->note) {
            zp_para_text(&p, "（");
            if (posts) {
                zp_para_text(&p, "编制");
                zp_para_amount(&p, key);
            }
            if (s->note) {
                if (posts)
                    zp_para_text(&p, "，");
                zp_para_verbatim(&p, s->note);
            }
            zp_para_text(&p, "）");
        }
    }
    zp_para_text(&p, "。");
    zp_doc_paragraph(r, &p);
}

/* "编制11人，其中局本级4人、二级机构7人" */
static void headcount(zp_report *r, zp_para *p, const char *what, const char *key,
                      const zp_headcount *h)
{
    zp_para_text(p, what);
    zp_para_amount(p, key);
    for (size_t i = 0; i < h->n_parts; i++) {
        const char *k = zp_arena_printf(r->arena, "%s.%zu", key, i + 1);
        if (!zp_doc_fig(r, k))
            continue;
        zp_para_text(p, i ? "、" : "，其中");
        zp_para_verbatim(p, h->parts[i].name);
        zp_para_amount(p, k);
    }
}

static void staffing(zp_report *r)
{
    const zp_staffing *s = &r->unit->staffing;
    if (!s->present)
        return;
    zp_para p;
    zp_para_init(&p, r);
    bool any = false;
    if (zp_doc_fig(r, "staffing.authorized")) {
        headcount(r, &p, "本部门编制", "staffing.authorized", &s->authorized);
        any = true;
    }
    if (zp_doc_fig(r, "staffing.in_post")) {
        headcount(r, &p, any ? "；在编在岗" : "本部门在编在岗", "staffing.in_post", &s->in_post);
        any = true;
    }
    if (zp_doc_fig(r, "staffing.retired")) {
        zp_para_text(&p, any ? "；离退休人员" : "本部门离退休人员");
        zp_para_amount(&p, "staffing.retired");
        any = true;
    }
    if (!any)
        return;
    zp_para_text(&p, "。");
    if (zp_doc_fig(r, "staffing.control_rate")) {
        zp_para_text(&p, "在职人员控制率为");
        zp_para_derived(&p, "staffing.control_rate");
        zp_para_text(&p, "。");
    }
    if (s->note) {
        zp_para_verbatim(&p, s->note);
        if (!strstr(s->note, "。"))
            zp_para_text(&p, "。");
    }
    zp_doc_paragraph(r, &p);
}

int zp_sec_basic(zp_report *r, int n)
{
    const zp_unit *u = r->unit;
    const zp_work *w = &u->work;
    bool work = w->overview || w->n_key_tasks;
    if (!u->info.functions && !has_bodies(u) && !work && !w->n_goals)
        return n;
    n = zp_doc_section(r, n, "部门基本情况");
    int k = 0;
    if (u->info.functions) {
        zp_doc_subheading(r, &k, "部门职能");
        zp_doc_lines(r, u->info.functions);
    }
    if (has_bodies(u)) {
        zp_doc_subheading(r, &k, "机构设置与人员情况");
        internal_bodies(r);
        subunits(r);
        staffing(r);
    }
    if (work) {
        zp_doc_subheading(r, &k, "年度总体工作和重点工作任务");
        zp_doc_lines(r, w->overview);
        if (w->n_key_tasks) {
            zp_para p;
            zp_para_init(&p, r);
            zp_para_text(&p, "重点工作任务完成情况如下：");
            zp_doc_paragraph(r, &p);
            zp_doc_list(r, w->key_tasks, w->n_key_tasks);
        }
    }
    if (w->n_goals) {
        zp_doc_subheading(r, &k, "部门整体支出绩效目标");
        zp_doc_list(r, w->goals, w->n_goals);
    }
    return n;
}
