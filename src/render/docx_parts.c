/*
 * The DOCX parts that do not depend on the report's body: the styles that
 * carry the layout of an official document (GB/T 9704-2012), the fonts and
 * what stands in for them, settings, the page-number footers, the document
 * properties, the relationships and the content types.
 *
 * The layout is in named styles (Title, heading 1-3 with outline levels for
 * Word's navigation pane, Normal, the table and caption styles, the
 * footers), so document.xml names a style and carries almost no direct
 * formatting, and a user who changes a style changes every paragraph of it.
 */
#define _POSIX_C_SOURCE 200809L /* gmtime_r */
#include <stdio.h>
#include <string.h>
#include <time.h>

#include "render/docx.h"

/* The fonts GB/T 9704 names, as Windows knows them. */
#define F_FANGSONG "仿宋_GB2312"
#define F_XBS "方正小标宋简体"
#define F_HEI "黑体"
#define F_KAI "楷体_GB2312"
#define F_SONG "宋体"
#define F_LATIN "Times New Roman"

/* <name w:val="v"/> */
static void wval(zp_xw *x, const char *name, const char *v)
{
    zp_xw_empty(x, name, "w:val", v, NULL);
}

static void fonts(zp_xw *x, const char *latin, const char *east)
{
    zp_xw_empty(x, "w:rFonts", "w:ascii", latin, "w:hAnsi", latin, "w:eastAsia", east, "w:cs", latin,
                NULL);
}

/* Half-points: 32 is 3号 (16 pt). */
static void size(zp_xw *x, const char *half_points)
{
    wval(x, "w:sz", half_points);
    wval(x, "w:szCs", half_points);
}

static void spacing(zp_xw *x, const char *before, const char *after, int line, bool exact)
{
    char l[16];
    snprintf(l, sizeof l, "%d", line);
    zp_xw_empty(x, "w:spacing", "w:before", before, "w:after", after, "w:line", l, "w:lineRule",
                exact ? "exact" : "auto", NULL);
}

static void no_indent(zp_xw *x)
{
    zp_xw_empty(x, "w:ind", "w:firstLine", "0", "w:firstLineChars", "0", NULL);
}

/* <w:style> up to its properties; the caller writes w:pPr / w:rPr and ends it. */
static void style_start(zp_xw *x, const char *type, const char *id, const char *name,
                        const char *based_on, const char *next)
{
    zp_xw_start(x, "w:style");
    zp_xw_attr(x, "w:type", type);
    zp_xw_attr(x, "w:styleId", id);
    if (!strcmp(id, "Normal") || !strcmp(id, "TableNormal"))
        zp_xw_attr(x, "w:default", "1");
    wval(x, "w:name", name);
    if (based_on)
        wval(x, "w:basedOn", based_on);
    if (next)
        wval(x, "w:next", next);
    zp_xw_empty(x, "w:qFormat", NULL);
}

static void border(zp_xw *x, const char *side)
{
    zp_xw_empty(x, side, "w:val", "single", "w:sz", "4", "w:space", "0", "w:color", "000000", NULL);
}

static void paragraph_styles(zp_xw *x)
{
    /* Body: 3号仿宋, fixed 28.95 pt lines (22 to a page), first line
     * indented two characters, justified. */
    style_start(x, "paragraph", "Normal", "Normal", NULL, NULL);
    zp_xw_start(x, "w:pPr");
    spacing(x, "0", "0", ZP_DOCX_LINE, true);
    zp_xw_empty(x, "w:ind", "w:firstLine", "640", "w:firstLineChars", "200", NULL);
    wval(x, "w:jc", "both");
    zp_xw_end(x);
    zp_xw_start(x, "w:rPr");
    fonts(x, F_LATIN, F_FANGSONG);
    wval(x, "w:kern", "2");
    size(x, "32");
    zp_xw_empty(x, "w:lang", "w:val", "en-US", "w:eastAsia", "zh-CN", "w:bidi", "ar-SA", NULL);
    zp_xw_end(x);
    zp_xw_end(x);

    /* Title: 2号小标宋, centred, a blank line under it. */
    style_start(x, "paragraph", "Title", "Title", "Normal", "Normal");
    zp_xw_start(x, "w:pPr");
    zp_xw_empty(x, "w:keepNext", NULL);
    spacing(x, "0", "579", 720, true);
    no_indent(x);
    wval(x, "w:jc", "center");
    zp_xw_end(x);
    zp_xw_start(x, "w:rPr");
    fonts(x, F_XBS, F_XBS);
    size(x, "44");
    zp_xw_end(x);
    zp_xw_end(x);

    /* Headings: 一、黑体; （一）楷体; 1. 仿宋加粗; all 3号, indented as the
     * body is, with outline levels for the navigation pane. */
    static const struct {
        const char *id, *name, *font, *latin;
        bool bold;
    } heads[] = {{"Heading1", "heading 1", F_HEI, F_HEI, false},
                 {"Heading2", "heading 2", F_KAI, F_KAI, false},
                 {"Heading3", "heading 3", F_FANGSONG, F_LATIN, true}};
    for (int i = 0; i < 3; i++) {
        style_start(x, "paragraph", heads[i].id, heads[i].name, "Normal", "Normal");
        zp_xw_start(x, "w:pPr");
        zp_xw_empty(x, "w:keepNext", NULL);
        zp_xw_empty(x, "w:keepLines", NULL);
        char lvl[2] = {(char)('0' + i), '\0'};
        wval(x, "w:outlineLvl", lvl);
        zp_xw_end(x);
        zp_xw_start(x, "w:rPr");
        fonts(x, heads[i].latin, heads[i].font);
        if (heads[i].bold) {
            zp_xw_empty(x, "w:b", NULL);
            zp_xw_empty(x, "w:bCs", NULL);
        }
        zp_xw_end(x);
        zp_xw_end(x);
    }

    /* Captions: centred, bold, 4号; a table's stays with its table. */
    style_start(x, "paragraph", "Caption", "caption", "Normal", "Normal");
    zp_xw_start(x, "w:pPr");
    spacing(x, "60", "290", ZP_DOCX_LINE, true);
    no_indent(x);
    wval(x, "w:jc", "center");
    zp_xw_end(x);
    zp_xw_start(x, "w:rPr");
    zp_xw_empty(x, "w:b", NULL);
    zp_xw_empty(x, "w:bCs", NULL);
    size(x, "28");
    zp_xw_end(x);
    zp_xw_end(x);

    style_start(x, "paragraph", "TableCaption", "Table Caption", "Caption", "TableUnit");
    zp_xw_start(x, "w:pPr");
    zp_xw_empty(x, "w:keepNext", NULL);
    spacing(x, "290", "0", ZP_DOCX_LINE, true);
    zp_xw_end(x);
    zp_xw_end(x);

    /* Table text: 小四, single spacing, no indent. */
    style_start(x, "paragraph", "TableText", "Table Text", "Normal", NULL);
    zp_xw_start(x, "w:pPr");
    spacing(x, "0", "0", 240, false);
    no_indent(x);
    wval(x, "w:jc", "left");
    zp_xw_end(x);
    zp_xw_start(x, "w:rPr");
    size(x, "24");
    zp_xw_end(x);
    zp_xw_end(x);

    /* A table's figures, right-aligned, and its centred cells: styles, so
     * that a cell is a paragraph of one style and nothing else. */
    style_start(x, "paragraph", "TableNumber", "Table Number", "TableText", NULL);
    zp_xw_start(x, "w:pPr");
    wval(x, "w:jc", "right");
    zp_xw_end(x);
    zp_xw_end(x);

    style_start(x, "paragraph", "TableCenter", "Table Center", "TableText", NULL);
    zp_xw_start(x, "w:pPr");
    wval(x, "w:jc", "center");
    zp_xw_end(x);
    zp_xw_end(x);

    style_start(x, "paragraph", "TableHeading", "Table Heading", "TableText", NULL);
    zp_xw_start(x, "w:pPr");
    wval(x, "w:jc", "center");
    zp_xw_end(x);
    zp_xw_start(x, "w:rPr");
    zp_xw_empty(x, "w:b", NULL);
    zp_xw_empty(x, "w:bCs", NULL);
    zp_xw_end(x);
    zp_xw_end(x);

    /* "单位：万元" over a table's right edge, and the note under it. */
    style_start(x, "paragraph", "TableUnit", "Table Unit", "TableText", NULL);
    zp_xw_start(x, "w:pPr");
    zp_xw_empty(x, "w:keepNext", NULL);
    spacing(x, "0", "60", 240, false);
    wval(x, "w:jc", "right");
    zp_xw_end(x);
    zp_xw_end(x);

    style_start(x, "paragraph", "TableNote", "Table Note", "TableText", "Normal");
    zp_xw_start(x, "w:pPr");
    spacing(x, "60", "120", 240, false);
    wval(x, "w:jc", "both");
    zp_xw_end(x);
    zp_xw_end(x);

    /* The paragraph that holds a chart: single spacing (a fixed line
     * height would crop the drawing), centred, kept with its caption. */
    style_start(x, "paragraph", "ChartFrame", "Chart Frame", "Normal", "Caption");
    zp_xw_start(x, "w:pPr");
    zp_xw_empty(x, "w:keepNext", NULL);
    spacing(x, "120", "0", 240, false);
    no_indent(x);
    wval(x, "w:jc", "center");
    zp_xw_end(x);
    zp_xw_end(x);

    /* Page numbers: 4号宋体, "— 1 —", a character in from the edge. */
    style_start(x, "paragraph", "Footer", "footer", "Normal", NULL);
    zp_xw_start(x, "w:pPr");
    spacing(x, "0", "0", 240, false);
    no_indent(x);
    zp_xw_end(x);
    zp_xw_start(x, "w:rPr");
    fonts(x, F_SONG, F_SONG);
    size(x, "28");
    zp_xw_end(x);
    zp_xw_end(x);

    style_start(x, "paragraph", "FooterOdd", "Footer Odd", "Footer", NULL);
    zp_xw_start(x, "w:pPr");
    zp_xw_empty(x, "w:ind", "w:right", "280", "w:firstLine", "0", "w:firstLineChars", "0", NULL);
    wval(x, "w:jc", "right");
    zp_xw_end(x);
    zp_xw_end(x);

    style_start(x, "paragraph", "FooterEven", "Footer Even", "Footer", NULL);
    zp_xw_start(x, "w:pPr");
    zp_xw_empty(x, "w:ind", "w:left", "280", "w:firstLine", "0", "w:firstLineChars", "0", NULL);
    wval(x, "w:jc", "left");
    zp_xw_end(x);
    zp_xw_end(x);
}

static void table_styles(zp_xw *x)
{
    zp_xw_start(x, "w:style");
    zp_xw_attr(x, "w:type", "character");
    zp_xw_attr(x, "w:default", "1");
    zp_xw_attr(x, "w:styleId", "DefaultParagraphFont");
    wval(x, "w:name", "Default Paragraph Font");
    zp_xw_empty(x, "w:uiPriority", "w:val", "1", NULL);
    zp_xw_empty(x, "w:semiHidden", NULL);
    zp_xw_end(x);

    zp_xw_start(x, "w:style");
    zp_xw_attr(x, "w:type", "table");
    zp_xw_attr(x, "w:default", "1");
    zp_xw_attr(x, "w:styleId", "TableNormal");
    wval(x, "w:name", "Normal Table");
    zp_xw_empty(x, "w:semiHidden", NULL);
    zp_xw_start(x, "w:tblPr");
    zp_xw_empty(x, "w:tblInd", "w:w", "0", "w:type", "dxa", NULL);
    zp_xw_start(x, "w:tblCellMar");
    zp_xw_empty(x, "w:top", "w:w", "0", "w:type", "dxa", NULL);
    zp_xw_empty(x, "w:left", "w:w", "108", "w:type", "dxa", NULL);
    zp_xw_empty(x, "w:bottom", "w:w", "0", "w:type", "dxa", NULL);
    zp_xw_empty(x, "w:right", "w:w", "108", "w:type", "dxa", NULL);
    zp_xw_end(x);
    zp_xw_end(x);
    zp_xw_end(x);

    /* Full single borders; cells a little tighter than Word's default. */
    zp_xw_start(x, "w:style");
    zp_xw_attr(x, "w:type", "table");
    zp_xw_attr(x, "w:styleId", "TableGrid");
    wval(x, "w:name", "Table Grid");
    wval(x, "w:basedOn", "TableNormal");
    zp_xw_start(x, "w:pPr");
    spacing(x, "0", "0", 240, false);
    no_indent(x);
    zp_xw_end(x);
    zp_xw_start(x, "w:tblPr");
    zp_xw_start(x, "w:tblBorders");
    border(x, "w:top");
    border(x, "w:left");
    border(x, "w:bottom");
    border(x, "w:right");
    border(x, "w:insideH");
    border(x, "w:insideV");
    zp_xw_end(x);
    zp_xw_start(x, "w:tblCellMar");
    zp_xw_empty(x, "w:top", "w:w", "28", "w:type", "dxa", NULL);
    zp_xw_empty(x, "w:left", "w:w", "57", "w:type", "dxa", NULL);
    zp_xw_empty(x, "w:bottom", "w:w", "28", "w:type", "dxa", NULL);
    zp_xw_empty(x, "w:right", "w:w", "57", "w:type", "dxa", NULL);
    zp_xw_end(x);
    zp_xw_end(x);
    /* Every cell centred vertically: said once here, not in each cell. */
    zp_xw_start(x, "w:tcPr");
    zp_xw_empty(x, "w:vAlign", "w:val", "center", NULL);
    zp_xw_end(x);
    zp_xw_end(x);
}

bool zp_docx_styles(zp_bytes *out)
{
    zp_xw x;
    zp_xw_init(&x, true);
    zp_xw_start(&x, "w:styles");
    zp_xw_attr(&x, "xmlns:w", ZP_NS_W);
    zp_xw_start(&x, "w:docDefaults");
    zp_xw_start(&x, "w:rPrDefault");
    zp_xw_start(&x, "w:rPr");
    fonts(&x, F_LATIN, F_FANGSONG);
    size(&x, "32");
    zp_xw_empty(&x, "w:lang", "w:val", "en-US", "w:eastAsia", "zh-CN", "w:bidi", "ar-SA", NULL);
    zp_xw_end(&x);
    zp_xw_end(&x);
    zp_xw_start(&x, "w:pPrDefault");
    zp_xw_start(&x, "w:pPr");
    zp_xw_empty(&x, "w:widowControl", NULL);
    zp_xw_end(&x);
    zp_xw_end(&x);
    zp_xw_end(&x);
    paragraph_styles(&x);
    table_styles(&x);
    zp_xw_end(&x);
    return zp_xw_finish(&x, out);
}

/* The fonts, each with what Word may take for it when it is missing (its
 * alternative name, family and charset: 86 is GB2312), and the fonts that
 * stand in for them on a Linux machine, so that they are named in the file:
 * Noto Serif CJK SC for 宋体 and 小标宋, Noto Sans CJK SC for 黑体, AR PL
 * KaitiM GB for 楷体. */
static const struct font_entry {
    const char *name, *alt, *panose, *charset, *family, *pitch;
} font_list[] = {
    {F_FANGSONG, "仿宋", "02010609030101010101", "86", "modern", "fixed"},
    {F_XBS, F_SONG, "02000000000000000000", "86", "script", "fixed"},
    {F_HEI, "SimHei", "02010609060101010101", "86", "modern", "fixed"},
    {F_KAI, "楷体", "02010609030101010101", "86", "modern", "fixed"},
    {F_SONG, "SimSun", "02010600030101010101", "86", "auto", "variable"},
    {"仿宋", "FangSong", "02010609060101010101", "86", "modern", "fixed"},
    {"楷体", "KaiTi", "02010609060101010101", "86", "modern", "fixed"},
    {F_LATIN, NULL, "02020603050405020304", "00", "roman", "variable"},
    {"Noto Serif CJK SC", "Source Han Serif SC", "02020400000000000000", "86", "roman", "variable"},
    {"Noto Sans CJK SC", "Source Han Sans SC", "020B0500000000000000", "86", "swiss", "variable"},
    {"AR PL KaitiM GB", "文鼎ＰＬ简中楷", "02010609010101010101", "86", "script", "fixed"},
};

bool zp_docx_font_table(zp_bytes *out)
{
    zp_xw x;
    zp_xw_init(&x, true);
    zp_xw_start(&x, "w:fonts");
    zp_xw_attr(&x, "xmlns:w", ZP_NS_W);
    for (size_t i = 0; i < sizeof font_list / sizeof font_list[0]; i++) {
        const struct font_entry *f = &font_list[i];
        zp_xw_start(&x, "w:font");
        zp_xw_attr(&x, "w:name", f->name);
        if (f->alt)
            wval(&x, "w:altName", f->alt);
        wval(&x, "w:panose1", f->panose);
        wval(&x, "w:charset", f->charset);
        wval(&x, "w:family", f->family);
        wval(&x, "w:pitch", f->pitch);
        zp_xw_end(&x);
    }
    zp_xw_end(&x);
    return zp_xw_finish(&x, out);
}

bool zp_docx_settings(zp_bytes *out)
{
    zp_xw x;
    zp_xw_init(&x, true);
    zp_xw_start(&x, "w:settings");
    zp_xw_attr(&x, "xmlns:w", ZP_NS_W);
    zp_xw_empty(&x, "w:zoom", "w:percent", "100", NULL);
    wval(&x, "w:defaultTabStop", "640");
    /* Odd and even pages have their own footers: GB/T 9704 puts the page
     * number at the right of odd pages and the left of even ones. */
    zp_xw_empty(&x, "w:evenAndOddHeaders", NULL);
    wval(&x, "w:characterSpacingControl", "compressPunctuation");
    zp_xw_start(&x, "w:compat");
    zp_xw_empty(&x, "w:compatSetting", "w:name", "compatibilityMode", "w:uri",
                "http://schemas.microsoft.com/office/word", "w:val", "15", NULL);
    zp_xw_end(&x);
    zp_xw_empty(&x, "w:themeFontLang", "w:val", "en-US", "w:eastAsia", "zh-CN", NULL);
    wval(&x, "w:decimalSymbol", ".");
    wval(&x, "w:listSeparator", ",");
    zp_xw_end(&x);
    return zp_xw_finish(&x, out);
}

static void run_text(zp_xw *x, const char *text)
{
    zp_xw_start(x, "w:r");
    zp_xw_start(x, "w:t");
    zp_xw_attr(x, "xml:space", "preserve");
    zp_xw_text(x, text);
    zp_xw_end(x);
    zp_xw_end(x);
}

static void field_char(zp_xw *x, const char *type)
{
    zp_xw_start(x, "w:r");
    zp_xw_empty(x, "w:fldChar", "w:fldCharType", type, NULL);
    zp_xw_end(x);
}

bool zp_docx_footer(bool odd, zp_bytes *out)
{
    zp_xw x;
    zp_xw_init(&x, true);
    zp_xw_start(&x, "w:ftr");
    zp_xw_attr(&x, "xmlns:w", ZP_NS_W);
    zp_xw_attr(&x, "xmlns:r", ZP_NS_R);
    zp_xw_start(&x, "w:p");
    zp_xw_start(&x, "w:pPr");
    wval(&x, "w:pStyle", odd ? "FooterOdd" : "FooterEven");
    zp_xw_end(&x);
    /* "— 1 —": the page number between em dashes (一字线). */
    run_text(&x, "— ");
    field_char(&x, "begin");
    zp_xw_start(&x, "w:r");
    zp_xw_start(&x, "w:instrText");
    zp_xw_attr(&x, "xml:space", "preserve");
    zp_xw_text(&x, " PAGE ");
    zp_xw_end(&x);
    zp_xw_end(&x);
    field_char(&x, "separate");
    run_text(&x, odd ? "1" : "2");
    field_char(&x, "end");
    run_text(&x, " —");
    zp_xw_end(&x);
    zp_xw_end(&x);
    return zp_xw_finish(&x, out);
}

bool zp_docx_core(const zp_report *r, const int64_t *epoch, zp_bytes *out)
{
    zp_xw x;
    zp_xw_init(&x, true);
    zp_xw_start(&x, "cp:coreProperties");
    zp_xw_attr(&x, "xmlns:cp", "http://schemas.openxmlformats.org/package/2006/metadata/core-properties");
    zp_xw_attr(&x, "xmlns:dc", "http://purl.org/dc/elements/1.1/");
    zp_xw_attr(&x, "xmlns:dcterms", "http://purl.org/dc/terms/");
    zp_xw_attr(&x, "xmlns:dcmitype", "http://purl.org/dc/dcmitype/");
    zp_xw_attr(&x, "xmlns:xsi", "http://www.w3.org/2001/XMLSchema-instance");
    zp_xw_element(&x, "dc:title", r->title ? r->title : "");
    zp_xw_element(&x, "dc:creator", r->author ? r->author : "");
    zp_xw_element(&x, "dc:language", "zh-CN");
    /* Dates only from SOURCE_DATE_EPOCH: the same tree gives the same file. */
    if (epoch) {
        time_t t = (time_t)*epoch;
        struct tm tm;
        char when[32];
        if (gmtime_r(&t, &tm) && strftime(when, sizeof when, "%Y-%m-%dT%H:%M:%SZ", &tm)) {
            zp_xw_start(&x, "dcterms:created");
            zp_xw_attr(&x, "xsi:type", "dcterms:W3CDTF");
            zp_xw_text(&x, when);
            zp_xw_end(&x);
            zp_xw_start(&x, "dcterms:modified");
            zp_xw_attr(&x, "xsi:type", "dcterms:W3CDTF");
            zp_xw_text(&x, when);
            zp_xw_end(&x);
        }
    }
    zp_xw_end(&x);
    return zp_xw_finish(&x, out);
}

bool zp_docx_app(zp_bytes *out)
{
    zp_xw x;
    zp_xw_init(&x, true);
    zp_xw_start(&x, "Properties");
    zp_xw_attr(&x, "xmlns", "http://schemas.openxmlformats.org/officeDocument/2006/extended-properties");
    zp_xw_attr(&x, "xmlns:vt", "http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes");
    zp_xw_element(&x, "Application", "ziping");
    zp_xw_element(&x, "DocSecurity", "0");
    zp_xw_end(&x);
    return zp_xw_finish(&x, out);
}

static void relationship(zp_xw *x, const char *id, const char *type, const char *target)
{
    zp_xw_empty(x, "Relationship", "Id", id, "Type", type, "Target", target, NULL);
}

bool zp_docx_package_rels(zp_bytes *out)
{
    zp_xw x;
    zp_xw_init(&x, true);
    zp_xw_start(&x, "Relationships");
    zp_xw_attr(&x, "xmlns", ZP_NS_PKG_REL);
    relationship(&x, "rId1", ZP_REL_BASE "officeDocument", "word/document.xml");
    relationship(&x, "rId2", "http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties",
                 "docProps/core.xml");
    relationship(&x, "rId3", ZP_REL_BASE "extended-properties", "docProps/app.xml");
    zp_xw_end(&x);
    return zp_xw_finish(&x, out);
}

bool zp_docx_document_rels(size_t n_charts, bool pictures, zp_bytes *out)
{
    zp_xw x;
    zp_xw_init(&x, true);
    zp_xw_start(&x, "Relationships");
    zp_xw_attr(&x, "xmlns", ZP_NS_PKG_REL);
    relationship(&x, "rId1", ZP_REL_BASE "styles", "styles.xml");
    relationship(&x, "rId2", ZP_REL_BASE "settings", "settings.xml");
    relationship(&x, "rId3", ZP_REL_BASE "fontTable", "fontTable.xml");
    relationship(&x, ZP_DOCX_RID_FOOTER_ODD, ZP_REL_BASE "footer", "footer1.xml");
    relationship(&x, ZP_DOCX_RID_FOOTER_EVEN, ZP_REL_BASE "footer", "footer2.xml");
    for (size_t i = 1; i <= n_charts; i++) {
        char id[32], target[48];
        snprintf(id, sizeof id, "rIdChart%zu", i);
        snprintf(target, sizeof target, pictures ? "media/chart%zu.png" : "charts/chart%zu.xml", i);
        relationship(&x, id, pictures ? ZP_REL_BASE "image" : ZP_REL_BASE "chart", target);
    }
    zp_xw_end(&x);
    return zp_xw_finish(&x, out);
}

bool zp_docx_content_types(const zp_docx_parts *p, zp_bytes *out)
{
    zp_xw x;
    zp_xw_init(&x, true);
    zp_xw_start(&x, "Types");
    zp_xw_attr(&x, "xmlns", "http://schemas.openxmlformats.org/package/2006/content-types");
    zp_xw_empty(&x, "Default", "Extension", "rels", "ContentType",
                "application/vnd.openxmlformats-package.relationships+xml", NULL);
    zp_xw_empty(&x, "Default", "Extension", "xml", "ContentType", "application/xml", NULL);
    for (size_t i = 0; i < p->count; i++) {
        if (!p->items[i].content_type)
            continue;
        char *name = zp_xasprintf("/%s", p->items[i].name);
        zp_xw_empty(&x, "Override", "PartName", name, "ContentType", p->items[i].content_type, NULL);
        free(name);
    }
    zp_xw_end(&x);
    return zp_xw_finish(&x, out);
}
