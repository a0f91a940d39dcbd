/*
 * Joining hard-wrapped lines into paragraphs (see para.h for the rule).
 */
#include <string.h>

#include "check/lexicon.h"
#include "check/normalize.h"
#include "check/para.h"

static bool is_space(unsigned char c)
{
    return c == ' ' || c == '\t';
}

static bool starts(const char *s, size_t len, const char *prefix, size_t *n)
{
    size_t m = strlen(prefix);
    if (len < m || s[0] != prefix[0] || (m > 1 && s[1] != prefix[1]) || memcmp(s, prefix, m))
        return false;
    *n = m;
    return true;
}

/* A Chinese numeral character used in headings: 一…十, 〇, 零, 两. */
/* 一 二 三 四 五 六 七 八 九 十 〇 零 两 at s (each three bytes). */
static bool cn_numeral(const char *s, size_t len, size_t *n)
{
    if (len < 3 || ((unsigned char)s[0] & 0xF0) != 0xE0)
        return false;
    switch (zp_ck_cp3(s, 0)) {
    case 0x4E00: case 0x4E8C: case 0x4E09: case 0x56DB: case 0x4E94: case 0x516D: case 0x4E03:
    case 0x516B: case 0x4E5D: case 0x5341: case 0x3007: case 0x96F6: case 0x4E24:
        *n = 3;
        return true;
    default:
        return false;
    }
}

int zp_ck_heading_level(const char *s, size_t len, size_t *marker_len)
{
    size_t i = 0, n;
    while (i < len && is_space((unsigned char)s[i]))
        i++;
    const char *p = s + i;
    size_t left = len - i;
    int level = 0;
    size_t k = 0;
    if (starts(p, left, "第", &n)) {
        k = n;
        size_t digits = 0;
        while (cn_numeral(p + k, left - k, &n) || (k < left && p[k] >= '0' && p[k] <= '9')) {
            k += cn_numeral(p + k, left - k, &n) ? n : 1;
            digits++;
        }
        if (digits && (starts(p + k, left - k, "章", &n) || starts(p + k, left - k, "节", &n) ||
                       starts(p + k, left - k, "部分", &n)))
            level = 1, k += n;
    } else if (cn_numeral(p, left, &n)) {
        k = 0;
        int count = 0;
        while (count < 3 && cn_numeral(p + k, left - k, &n))
            k += n, count++;
        if (starts(p + k, left - k, "、", &n))
            level = 1, k += n;
    } else if (p[0] == '(' && left > 1) {
        k = 1;
        if (cn_numeral(p + k, left - k, &n)) {
            int count = 0;
            while (count < 3 && cn_numeral(p + k, left - k, &n))
                k += n, count++;
            if (k < left && p[k] == ')')
                level = 2, k++;
        } else if (p[k] >= '0' && p[k] <= '9') {
            while (k < left && k < 4 && p[k] >= '0' && p[k] <= '9')
                k++;
            if (k < left && p[k] == ')')
                level = 4, k++;
        } else if (p[k] >= 'a' && p[k] <= 'z' && k + 1 < left && p[k + 1] == ')') {
            level = 5, k += 2;
        }
    } else if (p[0] >= '0' && p[0] <= '9') {
        k = 0;
        while (k < left && k < 2 && p[k] >= '0' && p[k] <= '9')
            k++;
        if (starts(p + k, left - k, "、", &n)) {
            level = 3, k += n;
        } else if (k < left && p[k] == '.' && !(k + 1 < left && p[k + 1] >= '0' && p[k + 1] <= '9')) {
            level = 3, k++;
        }
    } else if (left >= 3) {
        int cp;
        size_t m = zp_ck_utf8_decode(p, left, &cp);
        if (cp >= 0x2460 && cp <= 0x2473) /* ① … ⑳ */
            level = 5, k = m;
    }
    if (!level)
        return 0;
    *marker_len = i + k;
    return level;
}

/* Is s[a..b) an ASCII number like 98.81, 100, -6.5? */
static bool is_number_token(const char *s, size_t a, size_t b)
{
    if (a < b && (s[a] == '-' || s[a] == '+'))
        a++;
    if (a >= b)
        return false;
    bool digit = false;
    for (size_t i = a; i < b; i++) {
        if (s[i] >= '0' && s[i] <= '9')
            digit = true;
        else if (s[i] != '.' && s[i] != '%' && s[i] != ',')
            return false;
    }
    return digit;
}

static bool contains(const char *s, size_t len, const char *word)
{
    size_t m = strlen(word);
    if (m > len)
        return false;
    for (size_t i = 0; i + m <= len; i++)
        if (!memcmp(s + i, word, m))
            return true;
    return false;
}

bool zp_ck_is_table_row(const char *s, size_t len)
{
    /* A row of figures is short; a long line ending in figures is prose
     * (or a piece of a line cut at ZP_LINE_MAX). */
    if (len > 4096)
        return false;
    if (memchr(s, '\t', len))
        return true;
    if (len > 400)
        return false;
    if (contains(s, len, "，") || contains(s, len, "。") || contains(s, len, "；"))
        return false;
    /* A comma of prose, not of a figure's thousands (1,234.56). */
    for (size_t i = 0; i < len; i++)
        if ((s[i] == ',' || s[i] == ';') &&
            !(i > 0 && i + 1 < len && s[i - 1] >= '0' && s[i - 1] <= '9' && s[i + 1] >= '0' &&
              s[i + 1] <= '9'))
            return false;
    /* Count the space-separated tokens that are plain numbers at the end. */
    size_t end = len, numbers = 0, tokens = 0;
    bool all_tail_numbers = true;
    while (end > 0) {
        while (end > 0 && is_space((unsigned char)s[end - 1]))
            end--;
        if (end == 0)
            break;
        size_t start = end;
        while (start > 0 && !is_space((unsigned char)s[start - 1]))
            start--;
        tokens++;
        if (all_tail_numbers && is_number_token(s, start, end))
            numbers++;
        else
            all_tail_numbers = false;
        end = start;
    }
    if (numbers >= 2)
        return true;
    /* A header row: several cells, two of them naming a table's columns
     * (a score table's, or a budget or year-on-year table's). */
    if (tokens >= 3) {
        static const char *const heads[] = {"分值", "得分", "权重", "指标", "预算", "决算",
                                            "执行率", "完成率", "上年", "本年", "增减", "金额"};
        int n = 0;
        for (size_t k = 0; k < sizeof heads / sizeof heads[0]; k++)
            n += contains(s, len, heads[k]);
        /* Years as column names: "2023年 2022年 增减额". */
        for (size_t i = 0; i + 7 <= len; i++)
            if ((i == 0 || s[i - 1] == ' ' || s[i - 1] == '\t') && (s[i] == '1' || s[i] == '2') &&
                s[i + 1] >= '0' && s[i + 1] <= '9' && s[i + 2] >= '0' && s[i + 2] <= '9' &&
                s[i + 3] >= '0' && s[i + 3] <= '9' && !memcmp(s + i + 4, "年", 3))
                n++;
        return n >= 2;
    }
    return false;
}

bool zp_ck_is_page_number(const char *s, size_t len)
{
    size_t i = 0, n;
    while (i < len && is_space((unsigned char)s[i]))
        i++;
    while (len > i && is_space((unsigned char)s[len - 1]))
        len--;
    if (i == len)
        return false;
    const char *p = s + i;
    size_t left = len - i;
    size_t k = 0;
    bool di = starts(p, left, "第", &n);
    if (di)
        k = n;
    while (k < left && (p[k] == '-' || is_space((unsigned char)p[k])))
        k++;
    if (starts(p + k, left - k, "—", &n) || starts(p + k, left - k, "–", &n))
        k += n;
    while (k < left && is_space((unsigned char)p[k]))
        k++;
    size_t d0 = k;
    while (k < left && p[k] >= '0' && p[k] <= '9')
        k++;
    if (k == d0 || k - d0 > 4)
        return false;
    while (k < left && is_space((unsigned char)p[k]))
        k++;
    if (di)
        return starts(p + k, left - k, "页", &n) && k + n == left;
    if (k < left && p[k] == '/') { /* 3/12 */
        k++;
        while (k < left && ((p[k] >= '0' && p[k] <= '9') || is_space((unsigned char)p[k])))
            k++;
        return k == left;
    }
    while (k < left && (p[k] == '-' || is_space((unsigned char)p[k])))
        k++;
    if (starts(p + k, left - k, "—", &n) || starts(p + k, left - k, "–", &n))
        k += n;
    return k == left;
}

/* A table's or an annex's caption starts a block of its own: 表1, 附表2,
 * 附件 3, 图 1. */
static bool caption(const char *s, size_t len)
{
    size_t n = 0;
    if (starts(s, len, "附表", &n) || starts(s, len, "附件", &n) || starts(s, len, "表", &n) ||
        starts(s, len, "图", &n)) {
        while (n < len && s[n] == ' ')
            n++;
        return n < len && s[n] >= '0' && s[n] <= '9';
    }
    return false;
}

/* The sentence is over at the end of s: 。！？ possibly inside quotes. */
static bool ends_sentence(const char *s, size_t len)
{
    while (len > 0) {
        size_t start = len - 1;
        while (start > 0 && ((unsigned char)s[start] & 0xC0) == 0x80)
            start--;
        int cp;
        zp_ck_utf8_decode(s + start, len - start, &cp);
        if (cp == 0x3002 || cp == '!' || cp == '?' || cp == 0xFF01 || cp == 0xFF1F || cp == '.')
            return true;
        if (cp == 0x201D || cp == 0x300D || cp == 0x300F || cp == ')' || cp == '"') {
            len = start; /* look through a closing quote or bracket */
            continue;
        }
        return false;
    }
    return false;
}

/* Was a sentence broken inside a clause: at a comma, before a sum, or
 * between a figure and its unit ("节能环保支出 481.21 万" | "元，占
 * 24.31%")? Whatever the widths say, the line goes on. */
static bool clause_broken(const zp_buf *prev, const char *s, size_t len)
{
    const char *t = prev->data;
    size_t n = prev->len;
    while (n > 0 && t[n - 1] == ' ')
        n--;
    bool digit_end = n > 0 && t[n - 1] >= '0' && t[n - 1] <= '9';
    bool wan_end = n > 3 && (!memcmp(t + n - 3, "万", 3) || !memcmp(t + n - 3, "亿", 3)) &&
                   ((t[n - 4] >= '0' && t[n - 4] <= '9') || t[n - 4] == ' ');
    if (wan_end && t[n - 4] == ' ')
        wan_end = n > 4 && t[n - 5] >= '0' && t[n - 5] <= '9';
    /* No paragraph opens with a comma, nor ends with one. */
    static const char *const inner[] = {"，", "、", "；", ";", ","};
    for (size_t k = 0; k < sizeof inner / sizeof inner[0]; k++) {
        size_t m = strlen(inner[k]);
        if ((len >= m && !memcmp(s, inner[k], m)) || (n >= m && !memcmp(t + n - m, inner[k], m)))
            return true;
    }
    /* Nor with a sum of money ("其中：基本支出" | "4194.71 万元，…"). The
     * first four units are of money and rates; all of them may be broken
     * off their figure. */
    static const char *const units[] = {"元", "万元", "亿元", "%", "万人次", "人次"};
    enum { MONEY_UNITS = 4 };
    size_t d = 0;
    while (d < len && ((s[d] >= '0' && s[d] <= '9') || (d > 0 && (s[d] == '.' || s[d] == ','))))
        d++;
    if (d > 0 && d < len && s[d] == ' ')
        d++;
    for (size_t k = 0; k < MONEY_UNITS && d > 0; k++)
        if (len - d >= strlen(units[k]) && !memcmp(s + d, units[k], strlen(units[k])))
            return true;
    if (!digit_end && !wan_end)
        return false;
    for (size_t k = 0; k < sizeof units / sizeof units[0]; k++) {
        size_t m = strlen(units[k]);
        if (len >= m && !memcmp(s, units[k], m))
            return wan_end ? k == 0 : true;
    }
    return false;
}

void zp_ck_joiner_init(zp_joiner *j, zp_para_fn emit, void *ctx)
{
    memset(j, 0, sizeof *j);
    zp_buf_init(&j->cur.text);
    j->emit = emit;
    j->ctx = ctx;
}

void zp_ck_joiner_free(zp_joiner *j)
{
    zp_buf_free(&j->cur.text);
    free(j->cur.segs);
    memset(j, 0, sizeof *j);
}

static void flush(zp_joiner *j)
{
    if (!j->open)
        return;
    zp_para *p = &j->cur;
    p->heading = zp_ck_heading_level(p->text.data, p->text.len, &p->marker_len);
    j->emit(j->ctx, p);
    j->open = false;
}

void zp_ck_joiner_flush(zp_joiner *j)
{
    flush(j);
}

static void add_seg(zp_para *p, int line, int col0, int page)
{
    if (p->nsegs == p->segcap) {
        p->segcap = p->segcap ? p->segcap * 2 : 16;
        p->segs = zp_xrealloc(p->segs, p->segcap * sizeof *p->segs);
    }
    zp_seg *s = &p->segs[p->nsegs++];
    s->off = p->text.len;
    s->line = line;
    s->col0 = col0;
    s->page = page;
}

/* The page's width: the widest of the recent lines. But the last few
 * lines, when three of them are as wide as each other (full lines of a
 * page), say it better than a long line of text before that was not
 * wrapped at all. */
static int max_width(const zp_joiner *j)
{
    int m = 0;
    for (int i = 0; i < j->nwidths; i++)
        if (j->widths[i] > m)
            m = j->widths[i];
    enum { RECENT = 6 };
    if (j->nwidths < RECENT)
        return m;
    int local = 0;
    for (int k = 1; k <= RECENT; k++) {
        int w = j->widths[(j->wpos + ZP_WIDTH_WINDOW - k) % ZP_WIDTH_WINDOW];
        if (w > 120)
            return m;
        if (w > local)
            local = w;
    }
    int full = 0;
    for (int k = 1; k <= RECENT; k++)
        full += j->widths[(j->wpos + ZP_WIDTH_WINDOW - k) % ZP_WIDTH_WINDOW] * 10 >= local * 9;
    return full >= 3 && local >= 30 ? local : m;
}

void zp_ck_joiner_feed(zp_joiner *j, const zp_text_line *line)
{
    const char *s = line->text;
    size_t len = line->len;
    size_t a = 0;
    while (a < len && (s[a] == ' ' || s[a] == '\t'))
        a++;
    size_t end = len;
    while (len > a && (s[len - 1] == ' ' || s[len - 1] == '\t'))
        len--;
    if (a == len || zp_ck_is_page_number(s + a, len - a))
        return; /* blank lines and page numbers neither end nor join */
    /* A table row keeps its empty first and last cells, so that its cells
     * line up with its header's ("1.因公出国(境)费用\t", its one figure
     * left empty). */
    if (memchr(s + a, '\t', end - a)) {
        while (end > len && s[end - 1] == ' ')
            end--;
        len = end;
        a = 0; /* and the indent of its first cell */
    }
    bool table = zp_ck_is_table_row(s + a, len - a);
    size_t marker;
    bool marked = zp_ck_heading_level(s + a, len - a, &marker) > 0 || caption(s + a, len - a);
    int width = (int)zp_ck_utf8_width(s + a, len - a);
    int wmax = max_width(j);
    if (width > wmax)
        wmax = width;

    bool join = false;
    if (j->open && !table && !j->cur.table && !marked &&
        j->cur.text.len + (len - a) < ZP_PARA_MAX) {
        /* Widths are compared in tenths to stay in integers. */
        long w = (long)j->last_width * 10;
        /* A heading ends its line unless the line is as wide as the page
         * ("六、一般公共预算基本支出情况说明" then its first sentence). */
        if (j->heading_line)
            join = !j->last_ends_sentence && wmax >= 30 && w >= 9L * wmax;
        else if (!j->last_ends_sentence && w >= 6L * wmax)
            join = true;
        else if (wmax >= 30 && wmax <= 120 && w >= 8L * wmax && j->full_lines >= 2)
            join = true; /* a page's width: the text was wrapped there */
        else if (!j->last_ends_sentence && clause_broken(&j->cur.text, s + a, len - a))
            join = true;
    }
    if (!join) {
        flush(j);
        j->cur.text.len = 0;
        if (j->cur.text.data)
            j->cur.text.data[0] = '\0';
        j->cur.nsegs = 0;
        j->cur.memo_col = 0;
        j->cur.first_line = line->number;
        j->cur.table = table;
        j->cur.heading = 0;
        j->cur.marker_len = 0;
        j->open = true;
    } else if (j->cur.text.len > 0) {
        /* Words of ASCII letters or digits must not run together. */
        unsigned char last = (unsigned char)j->cur.text.data[j->cur.text.len - 1];
        unsigned char next = (unsigned char)s[a];
        bool la = (last >= '0' && last <= '9') || (last >= 'A' && last <= 'z');
        bool na = (next >= '0' && next <= '9') || (next >= 'A' && next <= 'z');
        if (la && na)
            zp_buf_putc(&j->cur.text, ' ');
    }
    /* A title, not a numbered sentence ("1. 基本支出预算 A 元，占…"). */
    j->heading_line = !join && marked && !table && !memchr(s + a, ',', len - a) &&
                      !zp_ck_findn(s + a, len - a, "，", 3);
    add_seg(&j->cur, line->number, 1 + (int)zp_ck_utf8_count(s, a), line->page);
    zp_buf_add(&j->cur.text, s + a, len - a);
    j->cur.last_line = line->number;
    j->last_width = (size_t)width;
    j->last_ends_sentence = ends_sentence(s + a, len - a);
    /* Lines as wide as the widest recent one: a page margin, not chance. */
    if (width * 10 >= wmax * 9 && width <= 120)
        j->full_lines = j->full_lines < 1000 ? j->full_lines + 1 : 1000;
    j->widths[j->wpos] = width;
    j->wpos = (j->wpos + 1) % ZP_WIDTH_WINDOW;
    if (j->nwidths < ZP_WIDTH_WINDOW)
        j->nwidths++;
}

void zp_ck_para_locate(const zp_para *p, size_t off, int *line, int *col, int *page)
{
    if (p->nsegs == 0) {
        *line = p->first_line;
        *col = 0;
        *page = 0;
        return;
    }
    size_t lo = 0, hi = p->nsegs;
    while (hi - lo > 1) {
        size_t mid = (lo + hi) / 2;
        if (p->segs[mid].off <= off)
            lo = mid;
        else
            hi = mid;
    }
    const zp_seg *s = &p->segs[lo];
    *line = s->line;
    *page = s->page;
    size_t end = off < p->text.len ? off : p->text.len;
    if (end <= s->off) {
        *col = s->col0;
        return;
    }
    /* The memo is a cache: it changes no result, only how fast it comes. */
    zp_para *m = (zp_para *)p;
    size_t from = s->off;
    int c = s->col0;
    if (m->memo_seg == lo && m->memo_off >= s->off && m->memo_off <= end && m->memo_col > 0) {
        from = m->memo_off;
        c = m->memo_col;
    }
    c += (int)zp_ck_utf8_count(p->text.data + from, end - from);
    m->memo_seg = lo;
    m->memo_off = end;
    m->memo_col = c;
    *col = c;
}
