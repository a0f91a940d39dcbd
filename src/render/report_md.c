/*
 * The report as Markdown (CommonMark with GFM pipe tables): for version
 * control and review diffs. Tables lose their merged cells (a covered cell
 * is left empty) and charts become the table of their figures.
 */
#include <string.h>

#include "base/mem.h"
#include "render/json.h"
#include "ziping/report.h"

/* Where the figures go, when they are asked for. */
typedef struct figures {
    zp_json *j;
    zp_jnode *list;
    size_t scanned;    /* bytes of the output looked at for line breaks */
    size_t line;       /* 1-based line at `scanned` */
    size_t line_start; /* offset of that line */
} figures;

/* Characters that Markdown could take for markup anywhere in a line. */
static void put_escaped(zp_buf *b, const char *s, bool in_table, bool *line_start)
{
    for (; *s; s++) {
        char c = *s;
        if (c == '\n' || c == '\r') {
            /* A line break inside a paragraph would be a soft break; keep
             * the paragraph on one line. */
            if (!in_table && c == '\n' && !*line_start)
                zp_buf_putc(b, ' ');
            continue;
        }
        if (strchr("\\`*_[]<>|", c) || (*line_start && strchr("#-+=~", c)))
            zp_buf_putc(b, '\\');
        /* "1. " at the start of a line would begin a list. */
        if (*line_start && c >= '0' && c <= '9') {
            const char *p = s;
            while (*p >= '0' && *p <= '9')
                p++;
            if ((*p == '.' || *p == ')') && (p[1] == ' ' || !p[1])) {
                zp_buf_add(b, s, (size_t)(p - s));
                zp_buf_putc(b, '\\');
                s = p - 1;
                *line_start = false;
                continue;
            }
        }
        zp_buf_putc(b, c);
        if (c != ' ')
            *line_start = false;
    }
}

static void note_figure(figures *f, zp_buf *b, const zp_doc_span *s)
{
    for (; f->scanned < b->len; f->scanned++) {
        if (b->data[f->scanned] == '\n') {
            f->line++;
            f->line_start = f->scanned + 1;
        }
    }
    zp_jnode *o = zp_json_object(f->j);
    zp_json_put(f->j, o, "line", zp_json_int(f->j, (int64_t)f->line));
    zp_json_put(f->j, o, "byte", zp_json_int(f->j, (int64_t)(b->len - f->line_start)));
    zp_json_put(f->j, o, "text", zp_json_str(f->j, s->text));
    zp_json_put(f->j, o, "source", zp_json_str(f->j, s->source));
    zp_json_push(f->j, f->list, o);
}

/* fig, when not NULL, notes where each figure goes. */
static void put_spans(zp_buf *b, const zp_doc_spans *sp, bool in_table, figures *fig)
{
    bool line_start = !in_table;
    for (size_t i = 0; i < sp->count; i++) {
        if (fig && sp->items[i].kind == ZP_SPAN_FIGURE && sp->items[i].source)
            note_figure(fig, b, &sp->items[i]);
        put_escaped(b, sp->items[i].text, in_table, &line_start);
    }
}

static void put_text(zp_buf *b, const char *s, bool in_table)
{
    bool line_start = !in_table;
    put_escaped(b, s, in_table, &line_start);
}

static const zp_doc_cell *cell(const zp_doc_table *t, size_t row, size_t col)
{
    return &t->cells[row * t->n_cols + col];
}

/* The cell whose span covers (row, col), or the cell itself. */
static const zp_doc_cell *origin(const zp_doc_table *t, size_t row, size_t col)
{
    for (size_t r = 0; r <= row; r++) {
        for (size_t c = 0; c <= col; c++) {
            const zp_doc_cell *o = cell(t, r, c);
            if (!o->covered && r + (size_t)o->rowspan > row && c + (size_t)o->colspan > col)
                return o;
        }
    }
    return cell(t, row, col);
}

static void put_caption(zp_buf *b, const char *caption, const char *unit_note)
{
    if (caption) {
        zp_buf_puts(b, "**");
        put_text(b, caption, false);
        zp_buf_puts(b, "**\n\n");
    }
    if (unit_note) {
        put_text(b, unit_note, false);
        zp_buf_puts(b, "\n\n");
    }
}

static void put_table(zp_buf *b, const zp_doc_table *t, figures *fig)
{
    put_caption(b, t->caption, t->unit_note);
    /* One header row: the header rows' texts of each column, joined. */
    size_t nh = t->n_header_rows ? t->n_header_rows : 1;
    zp_buf_puts(b, "|");
    for (size_t c = 0; c < t->n_cols; c++) {
        zp_buf_puts(b, " ");
        const char *prev = NULL;
        bool any = false;
        for (size_t r = 0; r < nh && r < t->n_rows; r++) {
            char *s = zp_doc_spans_text(&origin(t, r, c)->content);
            if (*s && (!prev || strcmp(prev, s))) {
                if (any)
                    zp_buf_puts(b, " ");
                put_text(b, s, true);
                any = true;
            }
            free((char *)prev);
            prev = s;
        }
        free((char *)prev);
        zp_buf_puts(b, " |");
    }
    zp_buf_puts(b, "\n|");
    for (size_t c = 0; c < t->n_cols; c++) {
        /* A column is right-aligned when its body cells are. */
        bool right = false;
        for (size_t r = nh; r < t->n_rows && !right; r++)
            right = !cell(t, r, c)->covered && cell(t, r, c)->align == ZP_ALIGN_RIGHT;
        zp_buf_puts(b, right ? " ---: |" : " --- |");
    }
    zp_buf_puts(b, "\n");
    for (size_t r = nh; r < t->n_rows; r++) {
        zp_buf_puts(b, "|");
        for (size_t c = 0; c < t->n_cols; c++) {
            const zp_doc_cell *x = cell(t, r, c);
            zp_buf_puts(b, " ");
            if (!x->covered) {
                bool bold = x->bold && x->content.count;
                if (bold)
                    zp_buf_puts(b, "**");
                put_spans(b, &x->content, true, fig);
                if (bold)
                    zp_buf_puts(b, "**");
            }
            zp_buf_puts(b, " |");
        }
        zp_buf_puts(b, "\n");
    }
    zp_buf_puts(b, "\n");
    if (t->note) {
        put_text(b, t->note, false);
        zp_buf_puts(b, "\n\n");
    }
}

/* A chart's figures as a table: a row per category, a column per series. */
static void put_chart(zp_buf *b, const zp_doc_chart *ch)
{
    char *note = zp_xasprintf("单位：%s", ch->unit);
    put_caption(b, ch->caption, note);
    free(note);
    zp_buf_puts(b, "| 项目 |");
    for (size_t s = 0; s < ch->n_series; s++) {
        zp_buf_puts(b, " ");
        put_text(b, ch->series[s].name, true);
        zp_buf_puts(b, " |");
    }
    zp_buf_puts(b, "\n| --- |");
    for (size_t s = 0; s < ch->n_series; s++)
        zp_buf_puts(b, " ---: |");
    zp_buf_puts(b, "\n");
    for (size_t c = 0; c < ch->n_categories; c++) {
        zp_buf_puts(b, "| ");
        put_text(b, ch->categories[c], true);
        zp_buf_puts(b, " |");
        for (size_t s = 0; s < ch->n_series; s++) {
            zp_buf_puts(b, " ");
            put_text(b, ch->series[s].texts[c], true);
            zp_buf_puts(b, " |");
        }
        zp_buf_puts(b, "\n");
    }
    zp_buf_puts(b, "\n");
}

static char *render(const zp_report *r, figures *fig)
{
    zp_buf b;
    zp_buf_init(&b);
    zp_buf_puts(&b, "# ");
    put_text(&b, r->title, true);
    zp_buf_puts(&b, "\n\n");
    for (size_t i = 0; i < r->n_blocks; i++) {
        const zp_doc_block *blk = &r->blocks[i];
        switch (blk->kind) {
        case ZP_BLOCK_HEADING:
            zp_buf_repeat(&b, "#", (size_t)(blk->level + 1));
            zp_buf_puts(&b, " ");
            put_spans(&b, &blk->content, true, fig);
            zp_buf_puts(&b, "\n\n");
            break;
        case ZP_BLOCK_PARAGRAPH:
            put_spans(&b, &blk->content, false, fig);
            zp_buf_puts(&b, "\n\n");
            break;
        case ZP_BLOCK_TABLE:
            put_table(&b, blk->table, fig);
            break;
        case ZP_BLOCK_CHART:
            put_chart(&b, blk->chart);
            break;
        }
    }
    /* One newline at the end, not two. */
    while (b.len > 1 && b.data[b.len - 1] == '\n' && b.data[b.len - 2] == '\n')
        b.data[--b.len] = '\0';
    return zp_buf_take(&b);
}

char *zp_render_report_md(const zp_report *r)
{
    return render(r, NULL);
}

char *zp_render_report_figures(const zp_report *r)
{
    figures f = {zp_json_new(), NULL, 0, 1, 0};
    f.list = zp_json_array(f.j);
    zp_jnode *root = zp_json_object(f.j);
    zp_json_put(f.j, root, "figures", f.list);
    free(render(r, &f));
    return zp_json_finish(f.j, root);
}
