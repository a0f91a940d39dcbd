/*
 * Word's automatic numbering: a paragraph whose w:numPr names a list shows
 * a label ("一、", "（一）", "1.", "①") that is not in its text but in
 * word/numbering.xml. The label is what a reader sees, and what tells the
 * checker where headings and sections are, so it is put back in front of
 * the paragraph's text.
 *
 * numbering.xml is small; it is read with libxml2's streaming reader into
 * bounded tables. Style-based numbering (a heading style that numbers
 * itself in styles.xml) is not followed.
 */
#include <libxml/xmlreader.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "extract/docx_numbering.h"

static int read_member(void *ctx, char *buf, int len)
{
    zip_int64_t n = zip_fread((zip_file_t *)ctx, buf, (zip_uint64_t)len);
    return n < 0 ? -1 : (int)n;
}

static int close_member(void *ctx)
{
    (void)ctx;
    return 0;
}

static int attr_int(xmlTextReaderPtr r, const char *name, int fallback)
{
    xmlChar *v = xmlTextReaderGetAttribute(r, (const xmlChar *)name);
    if (!v) /* prefixed: w:val */
        v = xmlTextReaderGetAttributeNs(
            r, (const xmlChar *)name,
            (const xmlChar *)"http://schemas.openxmlformats.org/wordprocessingml/2006/main");
    if (!v)
        return fallback;
    long n = strtol((const char *)v, NULL, 10);
    xmlFree(v);
    return n < 0 || n > 100000 ? fallback : (int)n;
}

static char *attr_str(xmlTextReaderPtr r, const char *name)
{
    xmlChar *v = xmlTextReaderGetAttributeNs(
        r, (const xmlChar *)name,
        (const xmlChar *)"http://schemas.openxmlformats.org/wordprocessingml/2006/main");
    if (!v)
        v = xmlTextReaderGetAttribute(r, (const xmlChar *)name);
    return (char *)v;
}

static zp_numfmt fmt_of(const char *v)
{
    if (!v)
        return ZP_FMT_NONE;
    if (!strcmp(v, "decimal") || !strcmp(v, "decimalZero"))
        return ZP_FMT_DECIMAL;
    if (!strncmp(v, "chinese", 7) || !strcmp(v, "ideographDigital") ||
        !strcmp(v, "japaneseCounting") || !strcmp(v, "taiwaneseCounting"))
        return ZP_FMT_CHINESE;
    if (!strncmp(v, "decimalEnclosedCircle", 21))
        return ZP_FMT_CIRCLED;
    if (!strcmp(v, "lowerLetter"))
        return ZP_FMT_LOWER;
    if (!strcmp(v, "upperLetter"))
        return ZP_FMT_UPPER;
    if (!strcmp(v, "lowerRoman"))
        return ZP_FMT_LOWER_ROMAN;
    if (!strcmp(v, "upperRoman"))
        return ZP_FMT_UPPER_ROMAN;
    return ZP_FMT_NONE; /* bullet, none, and formats we do not spell */
}

static bool is(const xmlChar *name, const char *want)
{
    return name && !strcmp((const char *)name, want);
}

void zp_numbering_load(zp_numbering *nb, zip_t *zip)
{
    memset(nb, 0, sizeof *nb);
    zip_file_t *f = zip_fopen(zip, "word/numbering.xml", 0);
    if (!f)
        return;
    xmlTextReaderPtr r = xmlReaderForIO(read_member, close_member, f, "word/numbering.xml", NULL,
                                        XML_PARSE_NONET | XML_PARSE_NOERROR | XML_PARSE_NOWARNING);
    if (!r) {
        zip_fclose(f);
        return;
    }
    int abs = -1, lvl = -1, num = -1;
    while (xmlTextReaderRead(r) == 1) {
        if (xmlTextReaderNodeType(r) != XML_READER_TYPE_ELEMENT)
            continue;
        const xmlChar *name = xmlTextReaderConstLocalName(r);
        if (is(name, "abstractNum")) {
            abs = -1;
            if (nb->nabs < ZP_NUM_ABS_MAX) {
                abs = nb->nabs++;
                nb->abs[abs].id = attr_int(r, "abstractNumId", -1);
            }
            lvl = -1;
        } else if (is(name, "lvl") && abs >= 0) {
            lvl = attr_int(r, "ilvl", -1);
            if (lvl >= 0 && lvl < ZP_NUM_LEVELS)
                nb->abs[abs].lvl[lvl].start = 1;
            else
                lvl = -1;
        } else if (is(name, "start") && abs >= 0 && lvl >= 0) {
            nb->abs[abs].lvl[lvl].start = attr_int(r, "val", 1);
        } else if (is(name, "numFmt") && abs >= 0 && lvl >= 0) {
            char *v = attr_str(r, "val");
            nb->abs[abs].lvl[lvl].fmt = fmt_of(v);
            xmlFree(v);
        } else if (is(name, "lvlText") && abs >= 0 && lvl >= 0) {
            char *v = attr_str(r, "val");
            if (v)
                snprintf(nb->abs[abs].lvl[lvl].text, sizeof nb->abs[abs].lvl[lvl].text, "%s", v);
            xmlFree(v);
        } else if (is(name, "num")) {
            num = -1;
            if (nb->nnums < ZP_NUM_MAX) {
                num = nb->nnums++;
                nb->nums[num].id = attr_int(r, "numId", -1);
                nb->nums[num].abs = -1;
            }
        } else if (is(name, "abstractNumId") && num >= 0) {
            nb->nums[num].abs = attr_int(r, "val", -1);
        }
    }
    xmlFreeTextReader(r);
    zip_fclose(f);
}

static int find_abs(const zp_numbering *nb, int num_id)
{
    for (int i = 0; i < nb->nnums; i++) {
        if (nb->nums[i].id != num_id)
            continue;
        for (int k = 0; k < nb->nabs; k++)
            if (nb->abs[k].id == nb->nums[i].abs)
                return k;
    }
    return -1;
}

static void chinese(int n, char *out, size_t size)
{
    static const char *const d[] = {"零", "一", "二", "三", "四", "五", "六", "七", "八", "九"};
    if (n <= 0 || n >= 100) {
        snprintf(out, size, "%d", n);
    } else if (n < 10) {
        snprintf(out, size, "%s", d[n]);
    } else {
        snprintf(out, size, "%s十%s", n >= 20 ? d[n / 10] : "", n % 10 ? d[n % 10] : "");
    }
}

static void roman(int n, bool upper, char *out, size_t size)
{
    static const int v[] = {1000, 900, 500, 400, 100, 90, 50, 40, 10, 9, 5, 4, 1};
    static const char *const s[] = {"m", "cm", "d", "cd", "c", "xc", "l", "xl", "x", "ix", "v", "iv", "i"};
    size_t o = 0;
    out[0] = '\0';
    for (int i = 0; i < 13 && n > 0; i++)
        while (n >= v[i] && o + 3 < size) {
            for (const char *p = s[i]; *p; p++)
                out[o++] = upper ? (char)(*p - 'a' + 'A') : *p;
            n -= v[i];
        }
    out[o] = '\0';
}

static void spell(zp_numfmt fmt, int n, char *out, size_t size)
{
    switch (fmt) {
    case ZP_FMT_DECIMAL:
        snprintf(out, size, "%d", n);
        break;
    case ZP_FMT_CHINESE:
        chinese(n, out, size);
        break;
    case ZP_FMT_CIRCLED:
        if (n >= 1 && n <= 20) { /* ① is U+2460 */
            unsigned cp = 0x2460u + (unsigned)(n - 1);
            snprintf(out, size, "%c%c%c", (char)(0xE0 | (cp >> 12)), (char)(0x80 | ((cp >> 6) & 0x3F)),
                     (char)(0x80 | (cp & 0x3F)));
        } else {
            snprintf(out, size, "%d", n);
        }
        break;
    case ZP_FMT_LOWER:
    case ZP_FMT_UPPER:
        snprintf(out, size, "%c", (char)((fmt == ZP_FMT_LOWER ? 'a' : 'A') + (n - 1) % 26));
        break;
    case ZP_FMT_LOWER_ROMAN:
    case ZP_FMT_UPPER_ROMAN:
        roman(n, fmt == ZP_FMT_UPPER_ROMAN, out, size);
        break;
    default:
        out[0] = '\0';
    }
}

bool zp_numbering_label(zp_numbering *nb, int num_id, int ilvl, char *out, size_t size)
{
    out[0] = '\0';
    if (ilvl < 0 || ilvl >= ZP_NUM_LEVELS)
        return false;
    int a = find_abs(nb, num_id);
    if (a < 0)
        return false;
    zp_numabs *abs = &nb->abs[a];
    /* Count on this level, start the deeper ones again. */
    if (abs->count[ilvl] == 0)
        abs->count[ilvl] = abs->lvl[ilvl].start;
    else
        abs->count[ilvl]++;
    for (int k = ilvl + 1; k < ZP_NUM_LEVELS; k++)
        abs->count[k] = 0;
    if (abs->lvl[ilvl].fmt == ZP_FMT_NONE)
        return false;
    /* lvlText: "%1、", "（%1）", "%1.%2" */
    size_t o = 0;
    for (const char *p = abs->lvl[ilvl].text; *p && o + 16 < size; p++) {
        if (p[0] == '%' && p[1] >= '1' && p[1] <= '9') {
            int k = p[1] - '1';
            int n = abs->count[k] ? abs->count[k] : abs->lvl[k].start;
            char part[16];
            spell(abs->lvl[k].fmt == ZP_FMT_NONE ? ZP_FMT_DECIMAL : abs->lvl[k].fmt, n, part,
                  sizeof part);
            size_t m = strlen(part);
            memcpy(out + o, part, m);
            o += m;
            p++;
        } else {
            out[o++] = *p;
        }
    }
    out[o] = '\0';
    return o > 0;
}
