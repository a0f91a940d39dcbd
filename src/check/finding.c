/*
 * Findings: where a claim was read (line, column, page of the text as
 * given), the quoted text, and the figures that show why it cannot be right.
 */
#include <stdlib.h>
#include <string.h>

#include "check/check_int.h"
#include "check/normalize.h"

void zp_findings_init(zp_findings *f)
{
    memset(f, 0, sizeof *f);
}

static void finding_free(zp_finding *g)
{
    free(g->quote);
    free(g->message);
    free(g->stated);
    free(g->computed);
    free(g->allowed);
    free(g->note);
}

void zp_findings_free(zp_findings *f)
{
    for (size_t i = 0; i < f->count; i++)
        finding_free(&f->items[i]);
    free(f->items);
    zp_findings_init(f);
}

size_t zp_findings_count(const zp_findings *f, zp_severity sev)
{
    size_t n = 0;
    for (size_t i = 0; i < f->count; i++)
        n += f->items[i].severity == sev;
    return n;
}

static zp_finding *push(zp_findings *f)
{
    if (f->count == f->cap) {
        f->cap = f->cap ? f->cap * 2 : 16;
        f->items = zp_xrealloc(f->items, f->cap * sizeof *f->items);
    }
    zp_finding *g = &f->items[f->count++];
    memset(g, 0, sizeof *g);
    return g;
}

/* One finding per rule and place: a claim read twice is reported once. */
static bool seen(const zp_findings *f, const char *check, int line, int col)
{
    for (size_t i = f->count; i-- > 0;) {
        const zp_finding *g = &f->items[i];
        if (g->line == line && g->col == col && !strcmp(g->check, check))
            return true;
        if (f->count - i > 64)
            break;
    }
    return false;
}

static size_t utf8_back(const char *s, size_t i)
{
    while (i > 0 && ((unsigned char)s[i] & 0xC0) == 0x80)
        i--;
    return i;
}

/* 。！？ (E3 80 82, EF BC 81, EF BC 9F) or ! ? at s[i]: tested byte by
 * byte, as it is for every byte around a quote. */
static bool sentence_end_at(const char *s, size_t len, size_t i)
{
    const unsigned char *u = (const unsigned char *)s + i;
    if (u[0] == '!' || u[0] == '?')
        return true;
    if (i + 3 > len)
        return false;
    return (u[0] == 0xE3 && u[1] == 0x80 && u[2] == 0x82) ||
           (u[0] == 0xEF && u[1] == 0xBC && (u[2] == 0x81 || u[2] == 0x9F));
}

void zp_ck_quote(const zp_pctx *p, size_t at, size_t end, char *out, size_t size)
{
    const char *s = p->text;
    size_t len = p->len;
    if (at > len)
        at = len;
    if (end > len)
        end = len;
    if (end < at)
        end = at;
    /* The sentence around the claim, looked for no further than a quote
     * can show: a paragraph without full stops must not cost its length
     * for every finding. */
    const size_t reach = 400;
    size_t a = at, stop_a = at > reach ? at - reach : 0;
    while (a > stop_a && !(a >= 3 && sentence_end_at(s, len, a - 3)) &&
           !(s[a - 1] == '!' || s[a - 1] == '?'))
        a--;
    a = utf8_back(s, a);
    size_t b = end, stop_b = end + reach < len ? end + reach : len;
    while (b < stop_b && !sentence_end_at(s, len, b))
        b++;
    if (b < len && !sentence_end_at(s, len, b))
        b = utf8_back(s, b);
    if (b < len)
        b += (unsigned char)s[b] < 0x80 ? 1 : 3;
    /* At most ~200 bytes: cut around the claim. */
    const size_t room = 200;
    bool cut_left = false, cut_right = false;
    if (b - a > room) {
        if (end - at >= room) {
            a = at;
            b = utf8_back(s, at + room);
            cut_right = true;
        } else {
            size_t extra = room - (end - at);
            size_t left = extra / 2;
            if (at - a > left) {
                a = utf8_back(s, at - left);
                cut_left = true;
            }
            if (b - a > room) {
                b = utf8_back(s, a + room);
                cut_right = true;
            }
        }
    }
    while (a < b && (s[a] == ' '))
        a++;
    char tmp[1024];
    int n = snprintf(tmp, sizeof tmp, "%s%.*s%s", cut_left ? "…" : "", (int)(b - a), s + a,
                     cut_right ? "…" : "");
    zp_ck_copy_text(out, size, tmp, n < 0 ? 0 : (size_t)n < sizeof tmp ? (size_t)n : sizeof tmp - 1);
}

static zp_finding *make(zp_checker *c, zp_severity sev, const char *kind, const char *check,
                        int line, int end_line, int col, int page, const char *quote,
                        const char *gloss, const char *fmt, va_list ap)
{
    if (c->trial) {
        c->trial_errors += sev == ZP_ERROR;
        return NULL;
    }
    if (seen(&c->found, check, line, col))
        return NULL;
    /* A document with thousands of findings is not a report; keeping them
     * all would make memory grow with the file. */
    if (c->found.count >= ZP_FINDINGS_MAX) {
        c->dropped++;
        return NULL;
    }
    zp_finding *g = push(&c->found);
    g->severity = sev;
    g->kind = kind;
    g->check = check;
    g->line = line;
    g->end_line = end_line < line ? line : end_line;
    g->col = col;
    g->page = page;
    g->quote = zp_xstrdup(quote ? quote : "");
    g->gloss = gloss;
    g->message = zp_xvasprintf(fmt, ap);
    return g;
}

zp_finding *zp_ck_report(zp_checker *c, zp_severity sev, const char *kind, const char *check,
                      size_t at, size_t end, const char *gloss, const char *fmt, ...)
{
    const zp_pctx *p = &c->p;
    int line, col, page, end_line, end_col, end_page;
    zp_ck_para_locate(p->para, at, &line, &col, &page);
    zp_ck_para_locate(p->para, end > at ? end - 1 : at, &end_line, &end_col, &end_page);
    char quote[512];
    zp_ck_quote(p, at, end, quote, sizeof quote);
    va_list ap;
    va_start(ap, fmt);
    zp_finding *g = make(c, sev, kind, check, line, end_line, col, page ? page : end_page, quote,
                         gloss, fmt, ap);
    va_end(ap);
    return g;
}

zp_finding *zp_ck_report_at(zp_checker *c, zp_severity sev, const char *kind, const char *check,
                         int line, int end_line, int col, int page, const char *quote,
                         const char *gloss, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    zp_finding *g = make(c, sev, kind, check, line, end_line, col, page, quote, gloss, fmt, ap);
    va_end(ap);
    return g;
}

void zp_ck_copy_text(char *dst, size_t size, const char *src, size_t len)
{
    if (size == 0)
        return;
    if (len < size) {
        memcpy(dst, src, len);
        dst[len] = '\0';
        return;
    }
    size_t n = size > 4 ? size - 4 : 0; /* room for "…" and the NUL */
    n = utf8_back(src, n);
    memcpy(dst, src, n);
    memcpy(dst + n, "…", size > 4 ? 4 : 0);
    dst[n + (size > 4 ? 3 : 0)] = '\0';
}

int zp_ck_places_for(zp_dec stated)
{
    int p = stated.scale + 2;
    return p > 4 ? 4 : p;
}

void zp_ck_finding_stated(zp_finding *f, zp_dec d, const char *unit)
{
    if (!f)
        return;
    char buf[64];
    zp_dec_format(d, false, buf, sizeof buf);
    free(f->stated);
    f->stated = zp_xasprintf("%s%s", buf, unit ? unit : "");
    f->has_stated = true;
    f->stated_value = d;
    zp_str_copy(f->unit, sizeof f->unit, unit ? unit : "");
}

void zp_ck_finding_computed(zp_finding *f, zp_rat r, int places, const char *unit)
{
    if (!f)
        return;
    char buf[64];
    zp_ck_fmt_rat(r, places, buf, sizeof buf);
    free(f->computed);
    f->computed = zp_xasprintf("%s%s", buf, unit ? unit : "");
    f->has_computed = true;
    f->computed_value = r;
    f->computed_places = places;
    if (!f->unit[0])
        zp_str_copy(f->unit, sizeof f->unit, unit ? unit : "");
}

void zp_ck_finding_computed_as(zp_finding *f, zp_rat r, const zp_interval *iv, int places,
                               int iv_places, const zp_num *as)
{
    zp_rat shown;
    zp_interval shown_iv;
    if (!f || !zp_ck_rat_in_unit_of(as, r, &shown))
        return;
    zp_ck_finding_computed(f, shown, places, as->unit);
    if (iv && zp_ck_interval_in_unit_of(as, *iv, &shown_iv))
        zp_ck_finding_allowed(f, shown_iv, iv_places, as->unit);
}

void zp_ck_finding_allowed(zp_finding *f, zp_interval iv, int places, const char *unit)
{
    if (!f)
        return;
    char buf[128];
    /* One place more than the computed figure, so that the ends of the
     * interval are not rounded onto each other. */
    zp_ck_fmt_interval(iv, places + 1 > 6 ? 6 : places + 1, unit ? unit : "", buf, sizeof buf);
    free(f->allowed);
    f->allowed = zp_xstrdup(buf);
    f->has_allowed = true;
    f->allowed_interval = iv;
}

void zp_ck_finding_note(zp_finding *f, const char *fmt, ...)
{
    if (!f)
        return;
    va_list ap;
    va_start(ap, fmt);
    free(f->note);
    f->note = zp_xvasprintf(fmt, ap);
    va_end(ap);
}

/* ---- output ------------------------------------------------------------ */

void zp_findings_to_diags(const zp_findings *f, const char *file, zp_diags *out)
{
    for (size_t i = 0; i < f->count; i++) {
        const zp_finding *g = &f->items[i];
        zp_mark at = {file, g->line, g->col};
        zp_diag *d = zp_diags_add(out, g->severity, g->check, at, g->gloss, "%s", g->message);
        zp_buf b;
        zp_buf_init(&b);
        if (g->quote && g->quote[0])
            zp_buf_printf(&b, "“%s”", g->quote);
        if (g->page > 0)
            zp_buf_printf(&b, "%s第 %d 页 (page)", b.len ? "\n" : "", g->page);
        if (g->stated)
            zp_buf_printf(&b, "%s声明 (stated): %s", b.len ? "\n" : "", g->stated);
        if (g->computed)
            zp_buf_printf(&b, "%s计算 (computed): %s", b.len ? "\n" : "", g->computed);
        if (g->allowed)
            zp_buf_printf(&b, "%s允许区间 (allowed): %s", b.len ? "\n" : "", g->allowed);
        if (g->note)
            zp_buf_printf(&b, "%s说明 (note): %s", b.len ? "\n" : "", g->note);
        if (b.len)
            zp_diag_set_detail(d, "%s", b.data);
        zp_buf_free(&b);
    }
}

void zp_findings_print(const zp_findings *f, const char *file, FILE *out)
{
    zp_diags d;
    zp_diags_init(&d);
    zp_findings_to_diags(f, file, &d);
    zp_diags_print(&d, out);
    zp_diags_free(&d);
}
