/*
 * Charts as SVG. Every length is an integer number of tenths of a user unit
 * (the chart is 600 units wide: about the 156 mm type area of an A4 page);
 * values are placed with exact rational arithmetic on their decimals and
 * rounded once to a tenth. Text widths are estimated from display widths
 * (a Chinese character is 1 em, a digit or Latin letter 0.58 em), which is
 * what wrapping and label placement need.
 */
#include <inttypes.h>
#include <stdio.h>
#include <string.h>

#include <utf8proc.h>

#include "render/svg_chart.h"

enum {
    CW = 6000,       /* chart width */
    PAD = 120,       /* margin around everything */
    FS = 130,        /* category labels, legend */
    FS_VAL = 115,    /* value labels */
    FS_AXIS = 115,   /* tick labels, unit */
    FS_CAP = 150,    /* the caption of a standalone chart */
    LINE = 165,      /* line pitch of wrapped labels */
    SWATCH = 110,    /* legend colour square */
    MAX_LINES = 3,   /* of a wrapped label; more is cut with "…" */
    MAX_SCAN = 16    /* lines looked at before a label is known to be cut */
};

static const char font_stack[] =
    "'Noto Sans CJK SC', 'Source Han Sans SC', 'Microsoft YaHei', SimHei, sans-serif";

/* Fills that read apart in greyscale too (dark and light alternate), and
 * the ink that reads on each. */
static const struct {
    const char *fill, *ink;
} palette[] = {
    {"#2b4c74", "#ffffff"}, {"#a3bcd8", "#1a1a1a"}, {"#b0733a", "#ffffff"},
    {"#dcdad0", "#1a1a1a"}, {"#587a5b", "#ffffff"}, {"#e5c681", "#1a1a1a"},
    {"#666666", "#ffffff"}, {"#c9abb9", "#1a1a1a"},
};
#define N_PALETTE (sizeof palette / sizeof palette[0])

#define INK "#1a1a1a"
#define INK_SOFT "#444444"
#define GRID "#d4d4d4"
#define AXIS "#333333"

/* ---- text ---- */

static bool bad_char(utf8proc_int32_t c)
{
    return (c < 0x20 && c != '\t' && c != '\n') || (c >= 0x7f && c <= 0x9f) || c == 0xfffe ||
           c == 0xffff;
}

char *zp_svg_clean_text(const char *s)
{
    if (!s)
        return NULL;
    const utf8proc_uint8_t *p = (const utf8proc_uint8_t *)s;
    size_t len = strlen(s), i = 0;
    for (;;) {
        while (i < len && p[i] >= 0x20 && p[i] < 0x7f)
            i++;
        if (i == len)
            return NULL;
        utf8proc_int32_t c;
        utf8proc_ssize_t n = utf8proc_iterate(p + i, (utf8proc_ssize_t)(len - i), &c);
        if (n < 0 || bad_char(c))
            break;
        i += (size_t)n;
    }
    zp_buf b;
    zp_buf_init(&b);
    zp_buf_add(&b, s, i);
    while (i < len) {
        utf8proc_int32_t c;
        utf8proc_ssize_t n = utf8proc_iterate(p + i, (utf8proc_ssize_t)(len - i), &c);
        if (n < 0) {
            /* One U+FFFD for a bad byte and the continuation bytes after it
             * (a sequence cut short is one character gone, not several). */
            zp_buf_puts(&b, "\xef\xbf\xbd");
            i++;
            for (int k = 0; k < 3 && i < len && (p[i] & 0xc0) == 0x80; k++)
                i++;
            continue;
        }
        if (!bad_char(c))
            zp_buf_add(&b, s + i, (size_t)n);
        i += (size_t)n;
    }
    zp_buf_puts(&b, "");
    return zp_buf_take(&b);
}

/* A label: clean, on one line (newlines and tabs become spaces). */
static char *label_text(const char *s)
{
    char *c = zp_svg_clean_text(s ? s : "");
    if (!c)
        c = zp_xstrdup(s ? s : "");
    for (char *q = c; *q; q++) {
        if (*q == '\n' || *q == '\t')
            *q = ' ';
    }
    return c;
}

/* Next code point of s[i..len) (s is clean), its length in *n. */
static utf8proc_int32_t next_char(const char *s, size_t i, size_t len, size_t *n)
{
    utf8proc_int32_t c;
    utf8proc_ssize_t k =
        utf8proc_iterate((const utf8proc_uint8_t *)s + i, (utf8proc_ssize_t)(len - i), &c);
    if (k <= 0) {
        *n = 1;
        return 0xfffd;
    }
    *n = (size_t)k;
    return c;
}

static int64_t char_width(utf8proc_int32_t c, int64_t fs)
{
    int w = utf8proc_charwidth(c);
    if (w >= 2)
        return fs;
    return w == 1 ? fs * 58 / 100 : 0;
}

static int64_t text_width(const char *s, int64_t fs)
{
    int64_t w = 0;
    size_t len = strlen(s), n;
    for (size_t i = 0; i < len; i += n)
        w += char_width(next_char(s, i, len, &n), fs);
    return w;
}

/* Characters that stay together ("1,106.25", "-3.5%", "ABC"). */
static bool word_char(utf8proc_int32_t c)
{
    return (c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') ||
           c == '.' || c == ',' || c == '%' || c == '-' || c == '_';
}

static bool in_list(utf8proc_int32_t c, const utf8proc_int32_t *list)
{
    for (; *list; list++) {
        if (*list == c)
            return true;
    }
    return false;
}

/* No line starts with closing punctuation, none ends with opening. */
static const utf8proc_int32_t closing[] = {
    0xff0c, 0x3002, 0x3001, 0xff1b, 0xff1a, 0xff1f, 0xff01, 0xff09, 0x300b, 0x300d, 0x300f,
    0x3011, 0x3015, 0x201d, 0x2019, 0xff05, ')', ']', '}', ';', ':', '!', '?', 0x2026, 0};
static const utf8proc_int32_t opening[] = {0xff08, 0x300a, 0x300c, 0x300e, 0x3010, 0x3014,
                                           0x201c, 0x2018, '(', '[', '{', 0};

static bool break_ok(utf8proc_int32_t prev, utf8proc_int32_t c)
{
    if (word_char(prev) && word_char(c))
        return false;
    return !in_list(c, closing) && !in_list(prev, opening);
}

/* A label broken into lines no wider than a width. */
typedef struct wrapped {
    int n;
    size_t off[MAX_SCAN], len[MAX_SCAN];
    int64_t w[MAX_SCAN];
    bool cut; /* more lines than shown: the last one ends in "…" */
    int64_t width; /* of the widest line shown */
} wrapped;

static void push_line(wrapped *wr, const char *s, size_t from, size_t to, int64_t w, int64_t fs)
{
    while (to > from && s[to - 1] == ' ') {
        to--;
        w -= char_width(' ', fs);
    }
    if (wr->n < MAX_SCAN) {
        wr->off[wr->n] = from;
        wr->len[wr->n] = to - from;
        wr->w[wr->n] = w;
        wr->n++;
    }
}

static void wrap(wrapped *wr, const char *s, int64_t fs, int64_t maxw, int max_lines)
{
    memset(wr, 0, sizeof *wr);
    size_t len = strlen(s), start = 0, brk = 0, n;
    int64_t w = 0, w_brk = 0;
    bool have_brk = false;
    utf8proc_int32_t prev = 0;
    for (size_t i = 0; i < len && wr->n <= max_lines; i += n) {
        utf8proc_int32_t c = next_char(s, i, len, &n);
        int64_t cw = char_width(c, fs);
        if (i > start && break_ok(prev, c)) {
            brk = i;
            w_brk = w;
            have_brk = true;
        }
        if (w + cw > maxw && i > start) {
            size_t cut = have_brk ? brk : i;
            int64_t wcut = have_brk ? w_brk : w;
            push_line(wr, s, start, cut, wcut, fs);
            w -= wcut;
            start = cut;
            have_brk = false;
            while (start < i && s[start] == ' ') {
                start++;
                w -= char_width(' ', fs);
            }
            if (c == ' ' && start == i) {
                start = i + n;
                prev = c;
                continue;
            }
        }
        w += cw;
        prev = c;
    }
    if (wr->n <= max_lines && start < len)
        push_line(wr, s, start, len, w, fs);
    if (wr->n > max_lines) {
        wr->n = max_lines;
        wr->cut = true;
    }
    for (int k = 0; k < wr->n; k++) {
        if (wr->w[k] > wr->width)
            wr->width = wr->w[k];
    }
    if (wr->cut)
        wr->width += fs; /* room for the "…" */
}

/* Line k of a wrapped label, malloc'd. */
static char *line_of(const wrapped *wr, const char *s, int k)
{
    zp_buf b;
    zp_buf_init(&b);
    size_t len = wr->len[k];
    if (wr->cut && k == wr->n - 1) {
        /* Drop the last character to make room for the ellipsis. */
        const char *p = s + wr->off[k];
        size_t last = 0, n;
        for (size_t i = 0; i < len; i += n) {
            next_char(p, i, len, &n);
            last = i;
        }
        if (len > 1)
            len = last;
        zp_buf_add(&b, p, len);
        zp_buf_puts(&b, "…");
    } else {
        zp_buf_add(&b, s + wr->off[k], len);
    }
    zp_buf_puts(&b, "");
    return zp_buf_take(&b);
}

/* ---- writing ---- */

static const char *fmt_t(char *buf, size_t size, int64_t t)
{
    uint64_t a = t < 0 ? (uint64_t)0 - (uint64_t)t : (uint64_t)t;
    const char *sign = t < 0 ? "-" : "";
    if (a % 10)
        snprintf(buf, size, "%s%" PRIu64 ".%u", sign, a / 10, (unsigned)(a % 10));
    else
        snprintf(buf, size, "%s%" PRIu64, sign, a / 10);
    return buf;
}

static void attr_t(zp_xw *x, const char *name, int64_t t)
{
    char buf[32];
    zp_xw_attr(x, name, fmt_t(buf, sizeof buf, t));
}

/* Close an element that has no content as <name/>. */
static void end_empty(zp_xw *x)
{
    if (!x->failed && xmlTextWriterEndElement(x->w) < 0)
        x->failed = true;
}

static void put_rect(zp_xw *x, const char *cls, int64_t x0, int64_t y0, int64_t w, int64_t h,
                     const char *fill, const char *title)
{
    zp_xw_start(x, "rect");
    zp_xw_attr(x, "class", cls);
    attr_t(x, "x", x0);
    attr_t(x, "y", y0);
    attr_t(x, "width", w < 0 ? 0 : w);
    attr_t(x, "height", h < 0 ? 0 : h);
    zp_xw_attr(x, "fill", fill);
    if (title) {
        zp_xw_element(x, "title", title);
        zp_xw_end(x);
    } else {
        end_empty(x);
    }
}

static void put_line(zp_xw *x, int64_t x1, int64_t y1, int64_t x2, int64_t y2, const char *stroke,
                     int64_t width)
{
    zp_xw_start(x, "line");
    attr_t(x, "x1", x1);
    attr_t(x, "y1", y1);
    attr_t(x, "x2", x2);
    attr_t(x, "y2", y2);
    zp_xw_attr(x, "stroke", stroke);
    attr_t(x, "stroke-width", width);
    end_empty(x);
}

/* <text> with its attributes written, content to follow. */
static void start_text(zp_xw *x, const char *cls, int64_t x0, int64_t y0, const char *anchor,
                       int64_t fs, const char *fill)
{
    zp_xw_start(x, "text");
    zp_xw_attr(x, "class", cls);
    attr_t(x, "x", x0);
    attr_t(x, "y", y0);
    if (anchor)
        zp_xw_attr(x, "text-anchor", anchor);
    if (fs != FS)
        attr_t(x, "font-size", fs);
    if (fill && strcmp(fill, INK))
        zp_xw_attr(x, "fill", fill);
}

static void put_text(zp_xw *x, const char *cls, int64_t x0, int64_t y0, const char *anchor,
                     int64_t fs, const char *fill, const char *text)
{
    start_text(x, cls, x0, y0, anchor, fs, fill);
    zp_xw_text(x, text);
    zp_xw_end(x);
}

/* A wrapped label, its first baseline at y0. */
static void put_wrapped(zp_xw *x, const char *cls, int64_t x0, int64_t y0, const char *anchor,
                        const wrapped *wr, const char *s)
{
    start_text(x, cls, x0, y0, anchor, FS, INK);
    if (wr->n <= 1 && !wr->cut) {
        zp_xw_text(x, s);
    } else {
        for (int k = 0; k < wr->n; k++) {
            char *l = line_of(wr, s, k);
            zp_xw_start(x, "tspan");
            attr_t(x, "x", x0);
            attr_t(x, "y", y0 + (int64_t)k * LINE);
            zp_xw_text(x, l);
            zp_xw_end(x);
            free(l);
        }
    }
    zp_xw_end(x);
}

/* The baseline that centres a line of size fs on y. */
static int64_t mid_base(int64_t y, int64_t fs)
{
    return y + fs * 35 / 100;
}

/* ---- the axis ---- */

typedef struct axis {
    zp_rat lo, hi, span, step;
    int n;      /* gridline intervals */
    int places; /* decimals of the tick labels */
} axis;

static bool has_value(const zp_doc_series *s, size_t c)
{
    return s->texts && s->texts[c] && *s->texts[c] && s->values;
}

static zp_rat value_of(const zp_doc_series *s, size_t c)
{
    zp_rat r;
    if (!has_value(s, c) || !zp_rat_of_dec(s->values[c], &r))
        return zp_rat_of_int(0);
    return r;
}

/* c/10 × 10^e for c in 10, 20, 25, 50: the round steps. */
static bool round_step(int e, int i, zp_rat *out)
{
    static const int64_t c[] = {10, 20, 25, 50};
    int64_t num = c[i], den = 10;
    for (int k = 0; k < e; k++) {
        if (num > INT64_MAX / 10)
            return false;
        num *= 10;
    }
    for (int k = 0; k > e; k--) {
        if (den > INT64_MAX / 10)
            return false;
        den *= 10;
    }
    return zp_rat_make(num, den, out);
}

/* The multiple of step at or beyond v, away from zero. */
static bool ceil_to(zp_rat v, zp_rat step, zp_rat *out)
{
    zp_rat q;
    zp_dec k;
    if (!zp_rat_div(v, step, &q) || !zp_rat_ceil(q, 0, &k))
        return false;
    return zp_rat_mul(zp_rat_of_int(k.units), step, out);
}

static int64_t iabs64(int64_t v)
{
    return v < 0 ? -v : v;
}

/* An axis from 0 (or below, for negative values) to the chart's axis_max,
 * with 3 to 8 round intervals; when axis_max is no multiple of a round
 * step, the next multiple above it. */
static axis axis_of(const zp_doc_chart *ch)
{
    zp_rat zero = zp_rat_of_int(0), max = zero, min = zero;
    for (size_t s = 0; s < ch->n_series; s++) {
        for (size_t c = 0; c < ch->n_categories; c++) {
            if (!has_value(&ch->series[s], c))
                continue;
            zp_rat v = value_of(&ch->series[s], c);
            if (zp_rat_cmp(v, max) > 0)
                max = v;
            if (zp_rat_cmp(v, min) < 0)
                min = v;
        }
    }
    zp_rat hi;
    if (!(ch->axis_max.units > 0 && zp_rat_of_dec(ch->axis_max, &hi) && zp_rat_cmp(hi, max) >= 0))
        hi = max;
    if (zp_rat_sign(hi) == 0 && zp_rat_sign(min) == 0)
        hi = zp_rat_of_int(1);
    axis best = {zero, zp_rat_of_int(1), zp_rat_of_int(1), zp_rat_of_int(1), 1, 0};
    int64_t best_score = INT64_MAX;
    for (int e = -ZP_DEC_MAX_SCALE; e <= 17; e++) {
        for (int i = 0; i < 4; i++) {
            axis a;
            if (!round_step(e, i, &a.step))
                continue;
            zp_rat nhi, nlo = zero, q;
            zp_dec k;
            if (!ceil_to(hi, a.step, &nhi))
                continue;
            if (zp_rat_sign(min) < 0) {
                if (!ceil_to(zp_rat_neg(min), a.step, &nlo))
                    continue;
                nlo = zp_rat_neg(nlo);
            }
            if (!zp_rat_sub(nhi, nlo, &a.span) || !zp_rat_div(a.span, a.step, &q) ||
                !zp_rat_round(q, 0, &k) || k.units < 2 || k.units > 8)
                continue;
            /* axis_max itself first, then about five intervals */
            int64_t score = (zp_rat_cmp(nhi, hi) ? 100 : 0) + iabs64(k.units - 5);
            if (score < best_score) {
                best_score = score;
                a.lo = nlo;
                a.hi = nhi;
                a.n = (int)k.units;
                /* decimals of the tick labels: those of the step */
                a.places = 0;
                zp_rat t = a.step;
                while (t.den != 1 && a.places < ZP_DEC_MAX_SCALE &&
                       zp_rat_mul(t, zp_rat_of_int(10), &t))
                    a.places++;
                best = a;
            }
        }
    }
    return best;
}

/* Where v falls on an axis drawn len long (0 at lo), in tenths. */
static int64_t axis_pos(const axis *a, zp_rat v, int64_t len)
{
    zp_rat t;
    zp_dec d;
    if (!zp_rat_sub(v, a->lo, &t) || !zp_rat_div(t, a->span, &t) ||
        !zp_rat_mul(t, zp_rat_of_int(len), &t) || !zp_rat_round(t, 0, &d))
        return zp_rat_sign(v) > 0 ? len : 0;
    if (d.units < 0)
        return 0;
    return d.units > len ? len : d.units;
}

static zp_rat tick_value(const axis *a, int k)
{
    zp_rat t, v;
    if (!zp_rat_mul(a->step, zp_rat_of_int(k), &t) || !zp_rat_add(a->lo, t, &v))
        return a->lo;
    return v;
}

static char *tick_label(const axis *a, int k)
{
    char buf[64];
    return zp_xstrdup(zp_rat_format(tick_value(a, k), a->places, buf, sizeof buf));
}

static int64_t widest_tick(const axis *a)
{
    int64_t w = 0;
    for (int k = 0; k <= a->n; k++) {
        char *l = tick_label(a, k);
        int64_t tw = text_width(l, FS_AXIS);
        if (tw > w)
            w = tw;
        free(l);
    }
    return w;
}

/* ---- what every chart has ---- */

typedef struct chart {
    zp_xw *x;
    const zp_doc_chart *ch;
    const char *id;
    unsigned flags;
    bool percent;   /* values are percentages: labels get a "%" */
    char **cats;    /* clean labels, one per category */
    char **names;   /* clean series names */
    char ***vals;   /* value labels [series][category], "" when none */
    char *unit_note; /* "单位：万元", or NULL */
} chart;

static void chart_init(chart *c, zp_xw *x, const zp_doc_chart *ch, const char *id, unsigned flags)
{
    c->x = x;
    c->ch = ch;
    c->id = id;
    c->flags = flags;
    c->percent = ch->unit && !strcmp(ch->unit, "%");
    c->cats = zp_xcalloc(ch->n_categories + 1, sizeof *c->cats);
    for (size_t k = 0; k < ch->n_categories; k++)
        c->cats[k] = label_text(ch->categories ? ch->categories[k] : "");
    c->names = zp_xcalloc(ch->n_series + 1, sizeof *c->names);
    c->vals = zp_xcalloc(ch->n_series + 1, sizeof *c->vals);
    for (size_t s = 0; s < ch->n_series; s++) {
        c->names[s] = label_text(ch->series[s].name);
        c->vals[s] = zp_xcalloc(ch->n_categories + 1, sizeof **c->vals);
        for (size_t k = 0; k < ch->n_categories; k++) {
            if (!has_value(&ch->series[s], k)) {
                c->vals[s][k] = zp_xstrdup("");
                continue;
            }
            char *t = label_text(ch->series[s].texts[k]);
            c->vals[s][k] = c->percent ? zp_xasprintf("%s%%", t) : zp_xstrdup(t);
            free(t);
        }
    }
    c->unit_note = NULL;
    if (ch->unit && *ch->unit) {
        char *u = label_text(ch->unit);
        c->unit_note = zp_xasprintf("单位：%s", u);
        free(u);
    }
}

static void chart_free(chart *c)
{
    for (size_t k = 0; k < c->ch->n_categories; k++)
        free(c->cats[k]);
    for (size_t s = 0; s < c->ch->n_series; s++) {
        for (size_t k = 0; k < c->ch->n_categories; k++)
            free(c->vals[s][k]);
        free(c->vals[s]);
        free(c->names[s]);
    }
    free(c->cats);
    free(c->names);
    free(c->vals);
    free(c->unit_note);
}

/* A bar's tooltip: "一般公共预算 决算数：320.61万元". */
static char *bar_title(const chart *c, size_t s, size_t k)
{
    const char *unit = c->percent || !c->ch->unit ? "" : c->ch->unit;
    char *u = label_text(unit);
    char *t;
    if (c->ch->n_series > 1 || (c->ch->kind != ZP_CHART_SHARES && *c->names[s]))
        t = zp_xasprintf("%s %s：%s%s", c->cats[k], c->names[s], c->vals[s][k], u);
    else
        t = zp_xasprintf("%s：%s%s", c->cats[k], c->vals[s][k], u);
    free(u);
    return t;
}

/* The figures in words, for readers that cannot see the chart. */
static char *chart_desc(const chart *c)
{
    zp_buf b;
    zp_buf_init(&b);
    if (c->unit_note) {
        zp_buf_puts(&b, c->unit_note);
        zp_buf_puts(&b, "。");
    }
    for (size_t s = 0; s < c->ch->n_series; s++) {
        if (*c->names[s]) {
            zp_buf_puts(&b, c->names[s]);
            zp_buf_puts(&b, "：");
        }
        bool any = false;
        for (size_t k = 0; k < c->ch->n_categories; k++) {
            if (!*c->vals[s][k])
                continue;
            if (any)
                zp_buf_puts(&b, "，");
            any = true;
            zp_buf_printf(&b, "%s %s", c->cats[k], c->vals[s][k]);
        }
        zp_buf_puts(&b, "。");
    }
    zp_buf_puts(&b, "");
    return zp_buf_take(&b);
}

static void chart_open(chart *c, int64_t height)
{
    zp_xw *x = c->x;
    const zp_doc_chart *ch = c->ch;
    bool alone = c->flags & ZP_SVG_STANDALONE;
    bool caption = alone && !(c->flags & ZP_SVG_NO_CAPTION);
    if (caption)
        height += LINE + FS_CAP;
    char *tid = zp_xasprintf("%s-title", c->id), *did = zp_xasprintf("%s-desc", c->id);
    char *both = zp_xasprintf("%s %s", tid, did);
    zp_xw_start(x, "svg");
    if (alone)
        zp_xw_attr(x, "xmlns", "http://www.w3.org/2000/svg");
    zp_xw_attr(x, "class", ch->kind == ZP_CHART_BARS    ? "zp-chart bars"
                           : ch->kind == ZP_CHART_HBARS ? "zp-chart hbars"
                                                        : "zp-chart shares");
    char w[32], h[32];
    fmt_t(w, sizeof w, CW);
    fmt_t(h, sizeof h, height);
    zp_xw_attrf(x, "viewBox", "0 0 %s %s", w, h);
    zp_xw_attr(x, "width", w);
    zp_xw_attr(x, "height", h);
    zp_xw_attr(x, "role", "img");
    zp_xw_attr(x, "aria-labelledby", both);
    zp_xw_attr(x, "font-family", font_stack);
    attr_t(x, "font-size", FS);
    zp_xw_attr(x, "fill", INK);

    char *cap = label_text(ch->caption);
    zp_xw_start(x, "title");
    zp_xw_attr(x, "id", tid);
    zp_xw_text(x, cap);
    zp_xw_end(x);
    char *desc = chart_desc(c);
    zp_xw_start(x, "desc");
    zp_xw_attr(x, "id", did);
    zp_xw_text(x, desc);
    zp_xw_end(x);
    zp_xw_raw(x, "\n");
    if (alone)
        put_rect(x, NULL, 0, 0, CW, height, "#ffffff", NULL);
    if (caption)
        put_text(x, "caption", CW / 2, height - PAD, "middle", FS_CAP, INK, cap);
    free(desc);
    free(cap);
    free(tid);
    free(did);
    free(both);
}

static void chart_close(chart *c)
{
    zp_xw_end(c->x);
}

/* Legend items laid out in rows within [x0, x0 + width), right-aligned or
 * from the left; an item wider than a row is cut with "…". */
typedef struct legend {
    size_t n;
    const char **texts;
    const char **fills;
    char **shown;   /* each item's text as drawn */
    int64_t *x, *y; /* each item's swatch, top left */
    int64_t height; /* taken by the rows */
} legend;

enum { LEGEND_GAP = 240, LEGEND_ROW = 200 };

static int64_t item_width(const char *text)
{
    return SWATCH + 60 + text_width(text, FS);
}

static void legend_layout(legend *l, int64_t x0, int64_t y0, int64_t width, bool right)
{
    l->x = zp_xcalloc(l->n + 1, sizeof *l->x);
    l->y = zp_xcalloc(l->n + 1, sizeof *l->y);
    l->shown = zp_xcalloc(l->n + 1, sizeof *l->shown);
    for (size_t i = 0; i < l->n; i++) {
        if (item_width(l->texts[i]) <= width) {
            l->shown[i] = zp_xstrdup(l->texts[i]);
            continue;
        }
        wrapped wr;
        wrap(&wr, l->texts[i], FS, width - SWATCH - 60 - FS, 1);
        if (wr.n && !wr.cut) /* it fits once its spaces are trimmed */
            wr.cut = true;
        l->shown[i] = wr.n ? line_of(&wr, l->texts[i], 0) : zp_xstrdup("…");
    }
    size_t row_start = 0;
    int64_t used = 0, y = y0;
    for (size_t i = 0; i <= l->n; i++) {
        int64_t w = i < l->n ? item_width(l->shown[i]) : 0;
        bool flush = i == l->n || (i > row_start && used + LEGEND_GAP + w > width);
        if (flush) {
            int64_t xx = right ? x0 + width - used : x0;
            for (size_t j = row_start; j < i; j++) {
                l->x[j] = xx;
                l->y[j] = y;
                xx += item_width(l->shown[j]) + LEGEND_GAP;
            }
            if (i > row_start)
                y += LEGEND_ROW;
            row_start = i;
            used = 0;
        }
        if (i < l->n)
            used += (used ? LEGEND_GAP : 0) + w;
    }
    l->height = y - y0;
}

static void legend_put(zp_xw *x, const legend *l)
{
    if (!l->n)
        return;
    zp_xw_start(x, "g");
    zp_xw_attr(x, "class", "legend");
    for (size_t i = 0; i < l->n; i++) {
        put_rect(x, "swatch", l->x[i], l->y[i], SWATCH, SWATCH, l->fills[i], NULL);
        put_text(x, NULL, l->x[i] + SWATCH + 60, mid_base(l->y[i] + SWATCH / 2, FS), NULL, FS,
                 INK, l->shown[i]);
    }
    zp_xw_end(x);
    zp_xw_raw(x, "\n");
}

static void legend_free(legend *l)
{
    for (size_t i = 0; l->shown && i < l->n; i++)
        free(l->shown[i]);
    free(l->shown);
    free(l->x);
    free(l->y);
    free(l->texts);
    free(l->fills);
}

/* The series' legend (when any series has a name), beside the unit note
 * or under it; the y below both. */
static int64_t header_layout(chart *c, legend *l, bool series_legend)
{
    const zp_doc_chart *ch = c->ch;
    memset(l, 0, sizeof *l);
    int64_t unit_w = c->unit_note ? text_width(c->unit_note, FS_AXIS) + LEGEND_GAP : 0;
    bool named = false;
    for (size_t s = 0; s < ch->n_series; s++)
        named |= *c->names[s] != '\0';
    if (series_legend && named) {
        l->n = ch->n_series;
        l->texts = zp_xcalloc(l->n, sizeof *l->texts);
        l->fills = zp_xcalloc(l->n, sizeof *l->fills);
        int64_t total = 0;
        for (size_t s = 0; s < l->n; s++) {
            l->texts[s] = c->names[s];
            l->fills[s] = palette[s % N_PALETTE].fill;
            total += (s ? LEGEND_GAP : 0) + SWATCH + 60 + text_width(c->names[s], FS);
        }
        int64_t avail = CW - 2 * PAD;
        if (total + unit_w <= avail) {
            legend_layout(l, PAD + unit_w, PAD, avail - unit_w, true);
            return PAD + (l->height > LEGEND_ROW ? l->height : LEGEND_ROW);
        }
        int64_t top = PAD + (c->unit_note ? LEGEND_ROW : 0);
        legend_layout(l, PAD, top, avail, false);
        return top + l->height;
    }
    return PAD + (c->unit_note ? LEGEND_ROW : 0);
}

static void put_unit_note(chart *c)
{
    if (c->unit_note)
        put_text(c->x, "unit", PAD, mid_base(PAD + SWATCH / 2, FS_AXIS), NULL, FS_AXIS, INK_SOFT,
                 c->unit_note);
}

/* ---- vertical bars ---- */

static void bars(chart *c)
{
    const zp_doc_chart *ch = c->ch;
    zp_xw *x = c->x;
    size_t nc = ch->n_categories, ns = ch->n_series ? ch->n_series : 1;
    axis a = axis_of(ch);
    legend leg;
    int64_t top = header_layout(c, &leg, true);

    int64_t left = PAD + widest_tick(&a) + 80, right = CW - PAD;
    int64_t band = nc ? (right - left) / (int64_t)nc : right - left;

    /* Category labels: wrapped to their band; turned when the bands are
     * too narrow for two characters, or for labels that wrapping would
     * cut short in a band narrower than six. */
    bool rotate_cats = band < FS * 22 / 10;
    wrapped *wr = zp_xcalloc(nc + 1, sizeof *wr);
    for (size_t k = 0; k < nc && !rotate_cats; k++) {
        wrap(&wr[k], c->cats[k], FS, band - 60, MAX_LINES);
        if (wr[k].cut && band < FS * 6)
            rotate_cats = true;
    }
    int64_t cat_h = 0, need_left = left;
    for (size_t k = 0; k < nc; k++) {
        if (rotate_cats) {
            wrap(&wr[k], c->cats[k], FS, FS * 12, 1);
            /* turned 45 degrees, a label takes (w + fs) / sqrt 2 down and
             * w / sqrt 2 to the left of its band's centre */
            int64_t h = (wr[k].width + FS) * 71 / 100;
            if (h > cat_h)
                cat_h = h;
            int64_t need = PAD + wr[k].width * 71 / 100 - band / 2 - (int64_t)k * band;
            if (need > need_left)
                need_left = need;
        } else {
            int64_t h = (int64_t)(wr[k].n ? wr[k].n - 1 : 0) * LINE + FS;
            if (h > cat_h)
                cat_h = h;
        }
    }
    left = need_left;
    int64_t plot_w = right - left;
    band = nc ? plot_w / (int64_t)nc : plot_w;
    int64_t slot = band * 72 / 100 / (int64_t)ns;
    if (slot > 560)
        slot = 560;
    int64_t bar_w = slot - (slot >= 160 ? 40 : slot / 4);
    if (bar_w < 10)
        bar_w = slot > 10 ? slot : 10;

    int64_t val_w = 0;
    for (size_t s = 0; s < ch->n_series; s++) {
        for (size_t k = 0; k < nc; k++) {
            int64_t w = text_width(c->vals[s][k], FS_VAL);
            if (w > val_w)
                val_w = w;
        }
    }
    bool rotate_vals = val_w > slot - 20;
    int64_t headroom = (rotate_vals ? val_w : FS_VAL) + 100;
    bool negative = zp_rat_sign(a.lo) < 0;
    int64_t plot_top = top + headroom, plot_h = 2200, plot_bottom = plot_top + plot_h;
    int64_t cats_top = plot_bottom + (negative ? FS_VAL + 120 : 0) + 100;
    int64_t height = cats_top + cat_h + PAD;

    chart_open(c, height);
    put_unit_note(c);
    legend_put(x, &leg);

    /* gridlines and their values */
    zp_xw_start(x, "g");
    zp_xw_attr(x, "class", "grid");
    for (int k = 0; k <= a.n; k++) {
        int64_t y = plot_bottom - axis_pos(&a, tick_value(&a, k), plot_h);
        put_line(x, left, y, right, y, GRID, 8);
        char *l = tick_label(&a, k);
        put_text(x, "tick", left - 60, mid_base(y, FS_AXIS), "end", FS_AXIS, INK_SOFT, l);
        free(l);
    }
    zp_xw_end(x);
    zp_xw_raw(x, "\n");

    int64_t y0 = plot_bottom - axis_pos(&a, zp_rat_of_int(0), plot_h);
    zp_xw_start(x, "g");
    zp_xw_attr(x, "class", "bars");
    for (size_t k = 0; k < nc; k++) {
        int64_t bx = left + (int64_t)k * plot_w / (int64_t)nc;
        int64_t gx = bx + (band - slot * (int64_t)ns) / 2;
        for (size_t s = 0; s < ch->n_series; s++) {
            if (!has_value(&ch->series[s], k))
                continue;
            int64_t yv = plot_bottom - axis_pos(&a, value_of(&ch->series[s], k), plot_h);
            int64_t sx = gx + (int64_t)s * slot + (slot - bar_w) / 2;
            char *t = bar_title(c, s, k);
            put_rect(x, "bar", sx, yv < y0 ? yv : y0, bar_w, iabs64(y0 - yv),
                     palette[s % N_PALETTE].fill, t);
            free(t);
        }
    }
    zp_xw_end(x);
    zp_xw_raw(x, "\n");
    put_line(x, left, y0, right, y0, AXIS, 12);

    zp_xw_start(x, "g");
    zp_xw_attr(x, "class", "values");
    for (size_t k = 0; k < nc; k++) {
        int64_t bx = left + (int64_t)k * plot_w / (int64_t)nc;
        int64_t gx = bx + (band - slot * (int64_t)ns) / 2;
        for (size_t s = 0; s < ch->n_series; s++) {
            if (!*c->vals[s][k])
                continue;
            bool neg = zp_rat_sign(value_of(&ch->series[s], k)) < 0;
            int64_t yv = plot_bottom - axis_pos(&a, value_of(&ch->series[s], k), plot_h);
            int64_t cx = gx + (int64_t)s * slot + slot / 2;
            if (rotate_vals) {
                int64_t ty = neg ? yv + 60 : yv - 60;
                int64_t tx = cx + FS_VAL * 35 / 100;
                start_text(x, "val", tx, ty, neg ? "end" : "start", FS_VAL, INK);
                char r[32], px[32], py[32];
                zp_xw_attrf(x, "transform", "rotate(%s %s %s)", fmt_t(r, sizeof r, -900),
                            fmt_t(px, sizeof px, tx), fmt_t(py, sizeof py, ty));
                zp_xw_text(x, c->vals[s][k]);
                zp_xw_end(x);
            } else {
                int64_t ty = neg ? yv + 60 + FS_VAL * 8 / 10 : yv - 60;
                put_text(x, "val", cx, ty, "middle", FS_VAL, INK, c->vals[s][k]);
            }
        }
    }
    zp_xw_end(x);
    zp_xw_raw(x, "\n");

    zp_xw_start(x, "g");
    zp_xw_attr(x, "class", "cats");
    for (size_t k = 0; k < nc; k++) {
        int64_t cx = left + (int64_t)k * plot_w / (int64_t)nc + band / 2;
        if (rotate_cats) {
            int64_t ty = cats_top + FS * 3 / 10;
            start_text(x, "cat", cx, ty, "end", FS, INK);
            char r[32], px[32], py[32];
            zp_xw_attrf(x, "transform", "rotate(%s %s %s)", fmt_t(r, sizeof r, -450),
                        fmt_t(px, sizeof px, cx), fmt_t(py, sizeof py, ty));
            char *l = wr[k].n ? line_of(&wr[k], c->cats[k], 0) : zp_xstrdup("");
            zp_xw_text(x, l);
            free(l);
            zp_xw_end(x);
        } else {
            put_wrapped(x, "cat", cx, cats_top + FS * 8 / 10, "middle", &wr[k], c->cats[k]);
        }
    }
    zp_xw_end(x);
    zp_xw_raw(x, "\n");
    free(wr);
    legend_free(&leg);
    chart_close(c);
}

/* ---- horizontal bars ---- */

static void hbars(chart *c)
{
    const zp_doc_chart *ch = c->ch;
    zp_xw *x = c->x;
    size_t nc = ch->n_categories, ns = ch->n_series ? ch->n_series : 1;
    axis a = axis_of(ch);
    legend leg;
    int64_t top = header_layout(c, &leg, ch->n_series > 1);

    int64_t label_cap = (CW - 2 * PAD) * 34 / 100, label_w = 0;
    wrapped *wr = zp_xcalloc(nc + 1, sizeof *wr);
    for (size_t k = 0; k < nc; k++) {
        wrap(&wr[k], c->cats[k], FS, label_cap, MAX_LINES);
        if (wr[k].width > label_w)
            label_w = wr[k].width;
    }
    int64_t val_w = 0;
    for (size_t s = 0; s < ch->n_series; s++) {
        for (size_t k = 0; k < nc; k++) {
            int64_t w = text_width(c->vals[s][k], FS_VAL);
            if (w > val_w)
                val_w = w;
        }
    }
    /* The last tick label is centred on the right end of the plot. */
    int64_t tick_half = widest_tick(&a) / 2;
    int64_t right_room = val_w + 80 > tick_half ? val_w + 80 : tick_half;
    int64_t left = PAD + label_w + 100, right = CW - PAD - right_room;
    int64_t plot_w = right - left;
    int64_t thick = ns == 1 ? 200 : 150;
    int64_t plot_top = top + 60;

    int64_t *row_top = zp_xcalloc(nc + 1, sizeof *row_top);
    int64_t y = plot_top;
    for (size_t k = 0; k < nc; k++) {
        int64_t h = thick * (int64_t)ns + 130;
        int64_t lh = (int64_t)(wr[k].n ? wr[k].n - 1 : 0) * LINE + FS + 90;
        row_top[k] = y;
        y += h > lh ? h : lh;
    }
    row_top[nc] = y;
    int64_t plot_bottom = y;
    int64_t height = plot_bottom + 80 + FS_AXIS + PAD;

    chart_open(c, height);
    put_unit_note(c);
    legend_put(x, &leg);

    zp_xw_start(x, "g");
    zp_xw_attr(x, "class", "grid");
    for (int k = 0; k <= a.n; k++) {
        int64_t gx = left + axis_pos(&a, tick_value(&a, k), plot_w);
        put_line(x, gx, plot_top, gx, plot_bottom, GRID, 8);
        char *l = tick_label(&a, k);
        put_text(x, "tick", gx, plot_bottom + 80 + FS_AXIS * 8 / 10, "middle", FS_AXIS, INK_SOFT,
                 l);
        free(l);
    }
    zp_xw_end(x);
    zp_xw_raw(x, "\n");

    int64_t x0 = left + axis_pos(&a, zp_rat_of_int(0), plot_w);
    zp_xw_start(x, "g");
    zp_xw_attr(x, "class", "bars");
    for (size_t k = 0; k < nc; k++) {
        int64_t mid = (row_top[k] + row_top[k + 1]) / 2;
        int64_t gy = mid - thick * (int64_t)ns / 2;
        for (size_t s = 0; s < ch->n_series; s++) {
            if (!has_value(&ch->series[s], k))
                continue;
            int64_t xv = left + axis_pos(&a, value_of(&ch->series[s], k), plot_w);
            char *t = bar_title(c, s, k);
            put_rect(x, "bar", xv < x0 ? xv : x0, gy + (int64_t)s * thick + 10, iabs64(xv - x0),
                     thick - 20, palette[s % N_PALETTE].fill, t);
            free(t);
        }
    }
    zp_xw_end(x);
    zp_xw_raw(x, "\n");
    put_line(x, x0, plot_top, x0, plot_bottom, AXIS, 12);

    zp_xw_start(x, "g");
    zp_xw_attr(x, "class", "values");
    for (size_t k = 0; k < nc; k++) {
        int64_t mid = (row_top[k] + row_top[k + 1]) / 2;
        int64_t gy = mid - thick * (int64_t)ns / 2;
        for (size_t s = 0; s < ch->n_series; s++) {
            if (!*c->vals[s][k])
                continue;
            int64_t xv = left + axis_pos(&a, value_of(&ch->series[s], k), plot_w);
            bool neg = xv < x0;
            put_text(x, "val", neg ? xv - 50 : xv + 50,
                     mid_base(gy + (int64_t)s * thick + thick / 2, FS_VAL), neg ? "end" : NULL,
                     FS_VAL, INK, c->vals[s][k]);
        }
    }
    zp_xw_end(x);
    zp_xw_raw(x, "\n");

    zp_xw_start(x, "g");
    zp_xw_attr(x, "class", "cats");
    for (size_t k = 0; k < nc; k++) {
        int64_t mid = (row_top[k] + row_top[k + 1]) / 2;
        int64_t first = mid - (int64_t)(wr[k].n ? wr[k].n - 1 : 0) * LINE / 2;
        put_wrapped(x, "cat", left - 100, mid_base(first, FS), "end", &wr[k], c->cats[k]);
    }
    zp_xw_end(x);
    zp_xw_raw(x, "\n");
    free(row_top);
    free(wr);
    legend_free(&leg);
    chart_close(c);
}

/* ---- parts of a whole: a 100% stacked bar per series ---- */

/* The right edge of each part of a 100% bar of plot_w from left: each
 * from the sum so far, so that rounding never opens a gap. A part that is
 * not positive adds nothing. */
static void share_edges(const zp_doc_series *se, size_t nc, int64_t left, int64_t plot_w,
                        int64_t *edges)
{
    zp_rat total = zp_rat_of_int(0), cum = zp_rat_of_int(0);
    for (size_t k = 0; k < nc; k++) {
        zp_rat v = value_of(se, k);
        if (zp_rat_sign(v) > 0)
            zp_rat_add(total, v, &total);
    }
    for (size_t k = 0; k < nc; k++) {
        zp_rat v = value_of(se, k), q;
        if (has_value(se, k) && zp_rat_sign(v) > 0)
            zp_rat_add(cum, v, &cum);
        zp_dec d;
        edges[k] = left;
        if (zp_rat_sign(total) > 0 && zp_rat_div(cum, total, &q) &&
            zp_rat_mul(q, zp_rat_of_int(plot_w), &q) && zp_rat_round(q, 0, &d))
            edges[k] = left + d.units;
    }
}

static void shares(chart *c)
{
    const zp_doc_chart *ch = c->ch;
    zp_xw *x = c->x;
    size_t nc = ch->n_categories, ns = ch->n_series;
    int64_t top = PAD + (c->unit_note && !c->percent ? LEGEND_ROW : 0);

    /* Series names to the left when there are several bars. */
    int64_t label_w = 0;
    wrapped *wr = zp_xcalloc(ns + 1, sizeof *wr);
    if (ns > 1) {
        for (size_t s = 0; s < ns; s++) {
            wrap(&wr[s], c->names[s], FS, (CW - 2 * PAD) * 22 / 100, 2);
            if (wr[s].width > label_w)
                label_w = wr[s].width;
        }
    }
    int64_t left = PAD + (label_w ? label_w + 100 : 0), right = CW - PAD;
    int64_t plot_w = right - left, thick = 420, gap = 180;
    int64_t bars_bottom = top + (int64_t)ns * (thick + gap) - (ns ? gap : 0);

    legend leg;
    memset(&leg, 0, sizeof leg);
    leg.n = nc;
    leg.texts = zp_xcalloc(nc + 1, sizeof *leg.texts);
    leg.fills = zp_xcalloc(nc + 1, sizeof *leg.fills);
    char **items = zp_xcalloc(nc + 1, sizeof *items);
    for (size_t k = 0; k < nc; k++) {
        const char *u = c->percent || !ch->unit ? "" : ch->unit;
        char *uc = label_text(u);
        if (ns == 1 && *c->vals[0][k])
            items[k] = zp_xasprintf("%s %s%s", c->cats[k], c->vals[0][k], uc);
        else
            items[k] = zp_xstrdup(c->cats[k]);
        free(uc);
        leg.texts[k] = items[k];
        leg.fills[k] = palette[k % N_PALETTE].fill;
    }
    legend_layout(&leg, left, bars_bottom + 200, right - left, false);
    int64_t height = bars_bottom + 200 + leg.height + PAD - (LEGEND_ROW - SWATCH);

    chart_open(c, height);
    if (!c->percent)
        put_unit_note(c);

    zp_xw_start(x, "g");
    zp_xw_attr(x, "class", "bars");
    int64_t *edges = zp_xcalloc(nc + 1, sizeof *edges);
    for (size_t s = 0; s < ns; s++) {
        const zp_doc_series *se = &ch->series[s];
        int64_t by = top + (int64_t)s * (thick + gap);
        share_edges(se, nc, left, plot_w, edges);
        int64_t at = left;
        for (size_t k = 0; k < nc; k++) {
            if (!has_value(se, k))
                continue;
            int64_t next = edges[k];
            char *t = bar_title(c, s, k);
            put_rect(x, "bar", at, by, next - at, thick, palette[k % N_PALETTE].fill, t);
            free(t);
            at = next;
        }
    }
    zp_xw_end(x);
    zp_xw_raw(x, "\n");

    /* Separators between the parts, and the labels that fit inside. */
    zp_xw_start(x, "g");
    zp_xw_attr(x, "class", "values");
    for (size_t s = 0; s < ns; s++) {
        const zp_doc_series *se = &ch->series[s];
        int64_t by = top + (int64_t)s * (thick + gap);
        share_edges(se, nc, left, plot_w, edges);
        int64_t at = left;
        for (size_t k = 0; k < nc; k++) {
            if (!has_value(se, k))
                continue;
            int64_t next = edges[k];
            if (at > left && next > at)
                put_line(x, at, by, at, by + thick, "#ffffff", 14);
            if (text_width(c->vals[s][k], FS_VAL) + 80 <= next - at)
                put_text(x, "val", (at + next) / 2, mid_base(by + thick / 2, FS_VAL), "middle",
                         FS_VAL, palette[k % N_PALETTE].ink, c->vals[s][k]);
            at = next;
        }
    }
    zp_xw_end(x);
    zp_xw_raw(x, "\n");

    if (ns > 1) {
        zp_xw_start(x, "g");
        zp_xw_attr(x, "class", "series");
        for (size_t s = 0; s < ns; s++) {
            int64_t mid = top + (int64_t)s * (thick + gap) + thick / 2;
            int64_t first = mid - (int64_t)(wr[s].n ? wr[s].n - 1 : 0) * LINE / 2;
            put_wrapped(x, "name", left - 100, mid_base(first, FS), "end", &wr[s], c->names[s]);
        }
        zp_xw_end(x);
        zp_xw_raw(x, "\n");
    }
    legend_put(x, &leg);
    for (size_t k = 0; k < nc; k++)
        free(items[k]);
    free(items);
    free(edges);
    free(wr);
    legend_free(&leg);
    chart_close(c);
}

void zp_svg_chart(zp_xw *x, const zp_doc_chart *ch, const char *id, unsigned flags)
{
    chart c;
    chart_init(&c, x, ch, id ? id : "chart", flags);
    switch (ch->kind) {
    case ZP_CHART_BARS:
        bars(&c);
        break;
    case ZP_CHART_HBARS:
        hbars(&c);
        break;
    case ZP_CHART_SHARES:
        shares(&c);
        break;
    }
    chart_free(&c);
}
