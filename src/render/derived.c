/* Derived figures as terminal tables and as JSON. */
#include <string.h>

#include "render/json.h"
#include "render/parts.h"
#include "render/table.h"
#include "ziping/render.h"

/* Where a figure goes in a line's row, by the last part of its key. */
static const char *const columns[] = {"budget_initial", "budget", "final",       "execution_rate",
                                      "adjustment_rate", "last_year", "change", "change_rate",
                                      "share"};
static const char *const headers[] = {"项目",     "年初预算", "全年预算", "决算",   "执行率",
                                      "调整率",   "上年决算", "增减额",   "增减率", "占比",
                                      "说明"};
enum { NCOLS = sizeof headers / sizeof headers[0] };

static int column_of(const zp_figure *f)
{
    const char *dot = strrchr(f->key, '.');
    const char *last = dot ? dot + 1 : f->key;
    for (size_t i = 0; i < sizeof columns / sizeof columns[0]; i++) {
        if (!strcmp(last, columns[i]))
            return (int)i + 1;
    }
    return -1;
}

static void shown_text(const zp_figure *f, char *buf, size_t size)
{
    if (!f->defined) {
        snprintf(buf, size, "—");
        return;
    }
    char num[48];
    zp_dec_format(f->shown, true, num, sizeof num);
    snprintf(buf, size, "%s%s", num, f->kind == ZP_FIG_RATE ? "%" : "");
}

static void flush_row(zp_table *t, char cells[NCOLS][160], bool *open)
{
    if (!*open)
        return;
    const char *row[NCOLS];
    for (int c = 0; c < NCOLS; c++)
        row[c] = cells[c];
    zp_table_row(t, row);
    memset(cells, 0, sizeof(char[NCOLS][160]));
    *open = false;
}

static zp_table *line_table(void)
{
    zp_table *t = zp_table_new(NCOLS);
    for (int c = 1; c < NCOLS - 1; c++)
        zp_table_align_right(t, (size_t)c);
    zp_table_row(t, headers);
    return t;
}

char *zp_render_derived_text(const zp_derived *d, const zp_score_result *s)
{
    zp_buf b;
    zp_buf_init(&b);
    const zp_unit *u = d->unit;
    zp_buf_printf(&b, "%s %d 年度派生数据（金额单位：%s；比率：%%）\n", u->info.name ? u->info.name : "",
                  u->info.year, d->amount_exp == 4 ? "万元" : "元");

    char cells[NCOLS][160];
    memset(cells, 0, sizeof cells);
    bool open = false;
    const zp_line *row_line = NULL;
    const char *section = NULL;
    zp_table *t = NULL;
    zp_table *other = zp_table_new(3);
    zp_table_align_right(other, 1);
    zp_table_row(other, (const char *const[]){"指标", "数值", "计算方法"});

    for (size_t i = 0; i < d->count; i++) {
        const zp_figure *f = d->items[i];
        int col = f->line ? column_of(f) : -1;
        if (col < 0) {
            char value[64];
            shown_text(f, value, sizeof value);
            const char *row[3] = {f->label, value, f->why};
            zp_table_row(other, row);
            continue;
        }
        if (!section || strcmp(section, f->section)) {
            flush_row(t, cells, &open);
            if (t) {
                zp_table_render(t, &b);
                zp_table_free(t);
            }
            zp_buf_printf(&b, "\n%s\n", f->section);
            section = f->section;
            t = line_table();
            row_line = NULL;
        }
        if (f->line != row_line) {
            flush_row(t, cells, &open);
            snprintf(cells[0], sizeof cells[0], "%*s%s", 2 * f->level, "",
                     f->line->name ? f->line->name : "");
            row_line = f->line;
            open = true;
        }
        shown_text(f, cells[col], sizeof cells[col]);
        if (!f->defined && f->why)
            snprintf(cells[NCOLS - 1], sizeof cells[NCOLS - 1], "%s", f->why);
    }
    flush_row(t, cells, &open);
    if (t) {
        zp_table_render(t, &b);
        zp_table_free(t);
    }
    zp_buf_puts(&b, "\n其他指标\n");
    zp_table_render(other, &b);
    zp_table_free(other);
    if (s) {
        zp_buf_printf(&b, "\n得分率（按《%s》）\n", s->framework->name);
        zp_score_table_text(&b, s);
    }
    return zp_buf_take(&b);
}

char *zp_render_derived_json(const zp_derived *d, const zp_score_result *s)
{
    zp_json *j = zp_json_new();
    zp_jnode *root = zp_json_object(j);
    zp_json_put(j, root, "file", zp_json_str(j, d->unit->file));
    zp_json_put(j, root, "unit", zp_json_str(j, d->unit->info.name));
    zp_json_put(j, root, "year", zp_json_int(j, d->unit->info.year));
    zp_json_put(j, root, "amount_unit", zp_json_str(j, d->amount_exp == 4 ? "万元" : "元"));
    zp_jnode *figs = zp_json_array(j);
    for (size_t i = 0; i < d->count; i++) {
        const zp_figure *f = d->items[i];
        zp_jnode *o = zp_json_object(j);
        zp_json_put(j, o, "key", zp_json_str(j, f->key));
        zp_json_put(j, o, "label", zp_json_str(j, f->label));
        zp_json_put(j, o, "section", zp_json_str(j, f->section));
        zp_json_put(j, o, "value", f->defined ? zp_json_dec(j, f->shown) : zp_json_null(j));
        zp_json_put(j, o, "unit", zp_json_str(j, f->unit));
        if (f->why)
            zp_json_put(j, o, "note", zp_json_str(j, f->why));
        zp_json_push(j, figs, o);
    }
    zp_json_put(j, root, "figures", figs);
    if (s) {
        zp_jnode *score = zp_json_object(j);
        zp_score_json_fields(j, score, s);
        zp_json_put(j, root, "score", score);
    }
    return zp_json_finish(j, root);
}

char *zp_render_diags_json(const zp_diags *diags, const char *file, bool one_line)
{
    zp_json *j = zp_json_new();
    zp_jnode *root = zp_json_object(j);
    zp_json_put(j, root, "file", zp_json_str(j, file));
    zp_jnode *arr = zp_json_array(j);
    for (size_t i = 0; i < diags->count; i++) {
        const zp_diag *g = &diags->items[i];
        zp_jnode *o = zp_json_object(j);
        zp_json_put(j, o, "severity", zp_json_str(j, zp_severity_name(g->severity)));
        zp_json_put(j, o, "kind", zp_json_str(j, g->kind));
        zp_json_put(j, o, "file", zp_json_str(j, g->file));
        zp_json_put(j, o, "line", g->line ? zp_json_int(j, g->line) : zp_json_null(j));
        zp_json_put(j, o, "column", g->col ? zp_json_int(j, g->col) : zp_json_null(j));
        zp_json_put(j, o, "message", zp_json_str(j, g->message));
        zp_json_put(j, o, "gloss", zp_json_str(j, g->gloss));
        if (g->detail)
            zp_json_put(j, o, "detail", zp_json_str(j, g->detail));
        zp_json_push(j, arr, o);
    }
    zp_json_put(j, root, "findings", arr);
    return one_line ? zp_json_finish_line(j, root) : zp_json_finish(j, root);
}
