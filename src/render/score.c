/* A scoring as a score table (terminal) and as JSON. */
#include <string.h>

#include "base/numfmt.h"
#include "render/json.h"
#include "render/parts.h"
#include "render/table.h"
#include "ziping/score.h"

static const char *status_text(const zp_scored *n)
{
    switch (n->status) {
    case ZP_SCORED:
        return NULL;
    case ZP_NOT_APPLICABLE:
        return "不适用";
    case ZP_UNSCORED:
        return "未评分";
    }
    return NULL;
}

static void rows(zp_table *t, const zp_scored *n, int depth)
{
    char w[ZP_NUMFMT_SIZE] = "", s[ZP_NUMFMT_SIZE] = "", r[ZP_NUMFMT_SIZE] = "";
    char name[512];
    snprintf(name, sizeof name, "%*s%s", 2 * depth, "", n->name ? n->name : "");
    if (n->status != ZP_NOT_APPLICABLE)
        zp_rat_format(n->weight, 2, w, sizeof w);
    if (n->status == ZP_SCORED) {
        zp_rat_format(n->score, 2, s, sizeof s);
        zp_fmt_rate(zp_scored_rate(n), 2, r, sizeof r);
    } else {
        snprintf(s, sizeof s, "%s", status_text(n));
    }
    const char *cells[5] = {name, w, s, r, n->how};
    zp_table_row(t, cells);
    if (n->manual && n->n_children)
        return;
    for (size_t i = 0; i < n->n_children; i++)
        rows(t, &n->children[i], depth + 1);
}

void zp_score_table_text(zp_buf *b, const zp_score_result *s)
{
    zp_table *t = zp_table_new(5);
    zp_table_align_right(t, 1);
    zp_table_align_right(t, 2);
    zp_table_align_right(t, 3);
    zp_table_row(t, (const char *const[]){"指标", "分值", "得分", "得分率", "评分依据"});
    for (size_t i = 0; i < s->root.n_children; i++)
        rows(t, &s->root.children[i], 0);
    char w[ZP_NUMFMT_SIZE], sc[ZP_NUMFMT_SIZE], r[ZP_NUMFMT_SIZE];
    zp_table_row(t, (const char *const[]){"合计", zp_rat_format(s->root.weight, 2, w, sizeof w),
                                          zp_rat_format(s->total, 2, sc, sizeof sc),
                                          zp_fmt_rate(zp_scored_rate(&s->root), 2, r, sizeof r),
                                          NULL});
    zp_table_render(t, b);
    zp_table_free(t);
    /* A sum with parts missing is no total, and grades nothing. */
    if (s->n_unscored)
        zp_buf_printf(b, "\n已评指标得分合计 %s 分；有 %zu 项未评分，总分与等级待评分完成后确定", sc,
                      s->n_unscored);
    else
        zp_buf_printf(b, "\n总分 %s 分，等级：%s", sc, s->grade);
    zp_buf_putc(b, '\n');
}

char *zp_render_score_text(const zp_score_result *s)
{
    zp_buf b;
    zp_buf_init(&b);
    const zp_unit *u = s->unit;
    zp_buf_printf(&b, "%s %d 年度 按《%s》评分\n\n", u->info.name ? u->info.name : "", u->info.year,
                  s->framework->name);
    zp_score_table_text(&b, s);
    return zp_buf_take(&b);
}

static const char *status_key(zp_score_status st)
{
    switch (st) {
    case ZP_SCORED:
        return "scored";
    case ZP_NOT_APPLICABLE:
        return "not_applicable";
    case ZP_UNSCORED:
        return "unscored";
    }
    return "";
}

static zp_jnode *node_json(zp_json *j, const zp_scored *n)
{
    zp_jnode *o = zp_json_object(j);
    zp_json_put(j, o, "name", zp_json_str(j, n->name));
    zp_json_put(j, o, "path", zp_json_str(j, n->path));
    if (n->indicator && n->indicator->id)
        zp_json_put(j, o, "id", zp_json_str(j, n->indicator->id));
    zp_json_put(j, o, "status", zp_json_str(j, status_key(n->status)));
    bool applies = n->status != ZP_NOT_APPLICABLE;
    zp_json_put(j, o, "weight", applies ? zp_json_rat(j, n->weight, 2) : zp_json_null(j));
    bool scored = n->status == ZP_SCORED;
    zp_json_put(j, o, "score", scored ? zp_json_rat(j, n->score, 2) : zp_json_null(j));
    zp_json_put(j, o, "rate", scored ? zp_json_rat(j, zp_scored_rate(n), 2) : zp_json_null(j));
    zp_json_put(j, o, "manual", zp_json_bool(j, n->manual));
    if (n->how)
        zp_json_put(j, o, "basis", zp_json_str(j, n->how));
    zp_jnode *ch = zp_json_array(j);
    if (!(n->manual && n->n_children)) {
        for (size_t i = 0; i < n->n_children; i++)
            zp_json_push(j, ch, node_json(j, &n->children[i]));
    }
    zp_json_put(j, o, "children", ch);
    return o;
}

void zp_score_json_fields(zp_json *j, zp_jnode *o, const zp_score_result *s)
{
    zp_json_put(j, o, "framework", zp_json_str(j, s->framework->id));
    zp_json_put(j, o, "framework_name", zp_json_str(j, s->framework->name));
    zp_json_put(j, o, "total", zp_json_rat(j, s->total, 2));
    zp_json_put(j, o, "weight", zp_json_rat(j, s->root.weight, 2));
    zp_json_put(j, o, "rate", zp_json_rat(j, zp_scored_rate(&s->root), 2));
    /* null while some indicators have no score: the total is not final */
    zp_json_put(j, o, "grade", zp_json_str(j, s->n_unscored ? NULL : s->grade));
    zp_json_put(j, o, "complete", zp_json_bool(j, s->n_unscored == 0));
    zp_json_put(j, o, "unscored", zp_json_int(j, (int64_t)s->n_unscored));
    zp_jnode *arr = zp_json_array(j);
    for (size_t i = 0; i < s->root.n_children; i++)
        zp_json_push(j, arr, node_json(j, &s->root.children[i]));
    zp_json_put(j, o, "indicators", arr);
}

char *zp_render_score_json(const zp_score_result *s)
{
    zp_json *j = zp_json_new();
    zp_jnode *root = zp_json_object(j);
    zp_json_put(j, root, "file", zp_json_str(j, s->unit->file));
    zp_json_put(j, root, "unit", zp_json_str(j, s->unit->info.name));
    zp_json_put(j, root, "year", zp_json_int(j, s->unit->info.year));
    zp_score_json_fields(j, root, s);
    return zp_json_finish(j, root);
}
