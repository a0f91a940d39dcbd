/*
 * The report's charts as native DrawingML charts (word/charts/chartN.xml),
 * inline in the text.
 *
 * Why native charts and not pictures: they stay vector in print, a user
 * can restyle them or correct a figure in Word, LibreOffice draws them,
 * and they cost nothing to make — a chart is a few kilobytes of XML,
 * where drawing a bitmap per chart would cost milliseconds per document
 * against a budget of about one millisecond for the whole report.
 *
 * The data are literal (c:strLit, c:numLit): there is no embedded workbook
 * to keep in step. Values are written from their exact decimals
 * (zp_dec_format), never through a double, with a number format of the
 * places each value was rounded to, so the labels show the figures as the
 * report states them.
 *
 *   ZP_CHART_BARS    clustered vertical bars, a colour per series, legend
 *   ZP_CHART_HBARS   horizontal bars of one series, first category on top
 *   ZP_CHART_SHARES  a pie, a colour per part, legend at the right
 */
#include <stdio.h>
#include <string.h>

#include "render/docx.h"

#define AXIS_CAT "50010"
#define AXIS_VAL "50020"

/* Colours that stay apart in greyscale print. */
static const char *const palette[] = {"2F5597", "ED7D31", "7F7F7F", "FFC000",
                                      "5B9BD5", "70AD47", "264478", "9E480E"};
enum { N_PALETTE = sizeof palette / sizeof palette[0] };

static void cval(zp_xw *x, const char *name, const char *v)
{
    zp_xw_empty(x, name, "val", v, NULL);
}

static void cint(zp_xw *x, const char *name, long v)
{
    char buf[24];
    snprintf(buf, sizeof buf, "%ld", v);
    cval(x, name, buf);
}

static void fill(zp_xw *x, const char *rgb)
{
    zp_xw_start(x, "a:solidFill");
    zp_xw_empty(x, "a:srgbClr", "val", rgb, NULL);
    zp_xw_end(x);
}

#define NO_FILL_NO_LINE "<c:spPr><a:noFill/><a:ln><a:noFill/></a:ln></c:spPr>"

/* A thin line of one colour (a literal "RRGGBB"). */
#define LINE(rgb)                                                                                  \
    "<c:spPr><a:ln w=\"9525\"><a:solidFill><a:srgbClr val=\"" rgb "\"/></a:solidFill></a:ln>"     \
    "</c:spPr>"

/* Text properties of a size in hundredths of a point (a literal); 仿宋 for
 * Chinese, Times New Roman for figures, as in the body. */
#define TEXT_PROPS(size)                                                                           \
    "<c:txPr><a:bodyPr/><a:lstStyle/><a:p><a:pPr><a:defRPr sz=\"" size "\" b=\"0\">"              \
    "<a:solidFill><a:srgbClr val=\"000000\"/></a:solidFill><a:latin typeface=\"Times New Roman\"/>" \
    "<a:ea typeface=\"仿宋_GB2312\"/></a:defRPr></a:pPr><a:endParaRPr lang=\"zh-CN\"/></a:p>"       \
    "</c:txPr>"

static bool is_percent(const zp_doc_chart *ch)
{
    return ch->unit && !strcmp(ch->unit, "%");
}

/* A number format of `places` decimals ("0.00"), with a literal "%" after
 * it for rates (an unquoted % would multiply by 100). */
static void format_code(char *buf, size_t size, int places, bool percent)
{
    size_t o = 0;
    buf[o++] = '0';
    if (places > 0) {
        buf[o++] = '.';
        for (int i = 0; i < places && o + 5 < size; i++)
            buf[o++] = '0';
    }
    if (percent) {
        memcpy(buf + o, "\"%\"", 3);
        o += 3;
    }
    buf[o] = '\0';
}

static bool has_value(const zp_doc_series *s, size_t c)
{
    return s->texts && s->texts[c] && *s->texts[c];
}

/* The places most of a series' values have: its labels' format. */
static int series_places(const zp_doc_chart *ch, const zp_doc_series *s)
{
    int counts[ZP_DEC_MAX_SCALE + 1] = {0};
    for (size_t c = 0; c < ch->n_categories; c++) {
        if (has_value(s, c) && s->values[c].scale >= 0 && s->values[c].scale <= ZP_DEC_MAX_SCALE)
            counts[s->values[c].scale]++;
    }
    int best = 0;
    for (int i = 1; i <= ZP_DEC_MAX_SCALE; i++) {
        if (counts[i] > counts[best])
            best = i;
    }
    return best;
}

static void num_fmt(zp_xw *x, int places, bool percent)
{
    char code[32];
    format_code(code, sizeof code, places, percent);
    zp_xw_empty(x, "c:numFmt", "formatCode", code, "sourceLinked", "0", NULL);
}

/* Where data labels sit: outside the bar's end, or where a pie has room. */
typedef enum label_pos { LABEL_OUT_END, LABEL_BEST_FIT } label_pos;

/* A data label's look after its number format: no box, 9 pt, the value
 * only. */
#define LABEL_LOOK(pos)                                                                            \
    NO_FILL_NO_LINE TEXT_PROPS("900") "<c:dLblPos val=\"" pos "\"/><c:showLegendKey val=\"0\"/>"   \
                                      "<c:showVal val=\"1\"/><c:showCatName val=\"0\"/>"             \
                                      "<c:showSerName val=\"0\"/><c:showPercent val=\"0\"/>"         \
                                      "<c:showBubbleSize val=\"0\"/>"

static void label_look(zp_xw *x, label_pos pos)
{
    if (pos == LABEL_OUT_END)
        ZP_XW_MARKUP(x, LABEL_LOOK("outEnd"));
    else
        ZP_XW_MARKUP(x, LABEL_LOOK("bestFit"));
}

/* Data labels: the series' format, and a label of its own for a value
 * rounded to other places, so that every label reads as the report has it. */
static void data_labels(zp_xw *x, const zp_doc_chart *ch, const zp_doc_series *s, label_pos pos)
{
    int places = series_places(ch, s);
    bool pct = is_percent(ch);
    zp_xw_start(x, "c:dLbls");
    for (size_t c = 0; c < ch->n_categories; c++) {
        if (!has_value(s, c) || s->values[c].scale == places)
            continue;
        zp_xw_start(x, "c:dLbl");
        cint(x, "c:idx", (long)c);
        num_fmt(x, s->values[c].scale, pct);
        label_look(x, pos);
        zp_xw_end(x);
    }
    num_fmt(x, places, pct);
    label_look(x, pos);
    zp_xw_end(x);
}

static void categories(zp_xw *x, const zp_doc_chart *ch)
{
    zp_xw_start(x, "c:cat");
    zp_xw_start(x, "c:strLit");
    cint(x, "c:ptCount", (long)ch->n_categories);
    for (size_t c = 0; c < ch->n_categories; c++) {
        zp_xw_start(x, "c:pt");
        zp_xw_attrf(x, "idx", "%zu", c);
        ZP_XW_MARKUP(x, "<c:v>");
        zp_xw_text(x, ch->categories[c] ? ch->categories[c] : "");
        ZP_XW_MARKUP(x, "</c:v>");
        zp_xw_end(x);
    }
    zp_xw_end(x);
    zp_xw_end(x);
}

/* The values; a category the series has no figure for is left a gap. */
static void values(zp_xw *x, const zp_doc_chart *ch, const zp_doc_series *s)
{
    zp_xw_start(x, "c:val");
    zp_xw_start(x, "c:numLit");
    zp_xw_element(x, "c:formatCode", "General");
    cint(x, "c:ptCount", (long)ch->n_categories);
    for (size_t c = 0; c < ch->n_categories; c++) {
        if (!has_value(s, c))
            continue;
        char num[48];
        zp_xw_start(x, "c:pt");
        zp_xw_attrf(x, "idx", "%zu", c);
        ZP_XW_MARKUP(x, "<c:v>");
        zp_xw_text(x, zp_dec_format(s->values[c], false, num, sizeof num));
        ZP_XW_MARKUP(x, "</c:v>");
        zp_xw_end(x);
    }
    zp_xw_end(x);
    zp_xw_end(x);
}

static void series_start(zp_xw *x, const zp_doc_series *s, size_t i)
{
    zp_xw_start(x, "c:ser");
    cint(x, "c:idx", (long)i);
    cint(x, "c:order", (long)i);
    zp_xw_start(x, "c:tx");
    zp_xw_element(x, "c:v", s->name ? s->name : "");
    zp_xw_end(x);
}

static bool any_negative(const zp_doc_chart *ch)
{
    for (size_t s = 0; s < ch->n_series; s++) {
        for (size_t c = 0; c < ch->n_categories; c++) {
            if (has_value(&ch->series[s], c) && ch->series[s].values[c].units < 0)
                return true;
        }
    }
    return false;
}

static void bar_chart(zp_xw *x, const zp_doc_chart *ch, bool horizontal)
{
    zp_xw_start(x, "c:barChart");
    cval(x, "c:barDir", horizontal ? "bar" : "col");
    cval(x, "c:grouping", "clustered");
    cval(x, "c:varyColors", "0");
    for (size_t i = 0; i < ch->n_series; i++) {
        const zp_doc_series *s = &ch->series[i];
        series_start(x, s, i);
        zp_xw_start(x, "c:spPr");
        fill(x, palette[i % N_PALETTE]);
        zp_xw_end(x);
        cval(x, "c:invertIfNegative", "0");
        data_labels(x, ch, s, LABEL_OUT_END);
        categories(x, ch);
        values(x, ch, s);
        zp_xw_end(x);
    }
    cval(x, "c:gapWidth", horizontal ? "60" : "80");
    if (ch->n_series > 1)
        cval(x, "c:overlap", "-10");
    cval(x, "c:axId", AXIS_CAT);
    cval(x, "c:axId", AXIS_VAL);
    zp_xw_end(x);
}

/* axis_max / 5, exactly: the axis maxima are 1, 2, 2.5 or 5 × 10^k, and
 * a fifth of each is a round step. */
static zp_dec major_unit(zp_dec max)
{
    zp_dec u = {max.units * 2, max.scale + 1};
    while (u.scale > 0 && u.units % 10 == 0) {
        u.units /= 10;
        u.scale--;
    }
    return u;
}

static void axes(zp_xw *x, const zp_doc_chart *ch, bool horizontal)
{
    /* Categories: down the left for horizontal bars, first on top (the
     * value axis then crosses at the last category, at the bottom). */
    zp_xw_start(x, "c:catAx");
    cval(x, "c:axId", AXIS_CAT);
    zp_xw_start(x, "c:scaling");
    cval(x, "c:orientation", horizontal ? "maxMin" : "minMax");
    zp_xw_end(x);
    cval(x, "c:delete", "0");
    cval(x, "c:axPos", horizontal ? "l" : "b");
    zp_xw_empty(x, "c:numFmt", "formatCode", "General", "sourceLinked", "0", NULL);
    ZP_XW_MARKUP(x, "<c:majorTickMark val=\"none\"/><c:minorTickMark val=\"none\"/>"
              "<c:tickLblPos val=\"low\"/>" LINE("808080") TEXT_PROPS("1000")
              "<c:crossAx val=\"" AXIS_VAL "\"/><c:crosses val=\"autoZero\"/><c:auto val=\"1\"/>"
              "<c:lblAlgn val=\"ctr\"/><c:lblOffset val=\"100\"/><c:noMultiLvlLbl val=\"0\"/>");
    zp_xw_end(x);

    bool have_max = ch->axis_max.units > 0;
    zp_xw_start(x, "c:valAx");
    cval(x, "c:axId", AXIS_VAL);
    zp_xw_start(x, "c:scaling");
    cval(x, "c:orientation", "minMax");
    char num[48];
    if (have_max)
        cval(x, "c:max", zp_dec_format(ch->axis_max, false, num, sizeof num));
    if (!any_negative(ch))
        cval(x, "c:min", "0");
    zp_xw_end(x);
    cval(x, "c:delete", "0");
    cval(x, "c:axPos", horizontal ? "b" : "l");
    ZP_XW_MARKUP(x, "<c:majorGridlines>" LINE("D9D9D9") "</c:majorGridlines>");
    zp_dec unit = major_unit(ch->axis_max);
    if (have_max)
        num_fmt(x, unit.scale, is_percent(ch));
    else
        zp_xw_empty(x, "c:numFmt", "formatCode", "General", "sourceLinked", "0", NULL);
    ZP_XW_MARKUP(x, "<c:majorTickMark val=\"none\"/><c:minorTickMark val=\"none\"/>"
              "<c:tickLblPos val=\"nextTo\"/>" NO_FILL_NO_LINE TEXT_PROPS("900")
              "<c:crossAx val=\"" AXIS_CAT "\"/>");
    cval(x, "c:crosses", horizontal ? "max" : "autoZero");
    cval(x, "c:crossBetween", "between");
    if (have_max)
        cval(x, "c:majorUnit", zp_dec_format(unit, false, num, sizeof num));
    zp_xw_end(x);
}

static void pie_chart(zp_xw *x, const zp_doc_chart *ch)
{
    zp_xw_start(x, "c:pieChart");
    cval(x, "c:varyColors", "1");
    /* One series: the parts of the whole (a second one would be drawn
     * over the first, so only the first is used). */
    if (ch->n_series > 0) {
        const zp_doc_series *s = &ch->series[0];
        series_start(x, s, 0);
        for (size_t c = 0; c < ch->n_categories; c++) {
            zp_xw_start(x, "c:dPt");
            cint(x, "c:idx", (long)c);
            cval(x, "c:bubble3D", "0");
            zp_xw_start(x, "c:spPr");
            fill(x, palette[c % N_PALETTE]);
            zp_xw_start(x, "a:ln");
            zp_xw_attr(x, "w", "12700");
            fill(x, "FFFFFF");
            zp_xw_end(x);
            zp_xw_end(x);
            zp_xw_end(x);
        }
        data_labels(x, ch, s, LABEL_BEST_FIT);
        categories(x, ch);
        values(x, ch, s);
        zp_xw_end(x);
    }
    cval(x, "c:firstSliceAng", "0");
    zp_xw_end(x);
}

bool zp_docx_chart_part(const zp_doc_chart *ch, zp_bytes *out)
{
    bool horizontal = ch->kind == ZP_CHART_HBARS;
    bool pie = ch->kind == ZP_CHART_SHARES;
    zp_xw x;
    zp_xw_init(&x, true);
    zp_xw_start(&x, "c:chartSpace");
    zp_xw_attr(&x, "xmlns:c", ZP_NS_C);
    zp_xw_attr(&x, "xmlns:a", ZP_NS_A);
    zp_xw_attr(&x, "xmlns:r", ZP_NS_R);
    cval(&x, "c:date1904", "0");
    cval(&x, "c:lang", "zh-CN");
    cval(&x, "c:roundedCorners", "0");
    zp_xw_start(&x, "c:chart");
    /* The caption is a paragraph under the chart, where the report's
     * numbering of figures (图1 …) can be seen and edited. */
    cval(&x, "c:autoTitleDeleted", "1");
    zp_xw_start(&x, "c:plotArea");
    zp_xw_empty(&x, "c:layout", NULL);
    if (pie) {
        pie_chart(&x, ch);
    } else {
        bar_chart(&x, ch, horizontal);
        axes(&x, ch, horizontal);
    }
    ZP_XW_MARKUP(&x, NO_FILL_NO_LINE);
    zp_xw_end(&x);
    if (pie || ch->n_series > 1) {
        zp_xw_start(&x, "c:legend");
        cval(&x, "c:legendPos", pie ? "r" : "b");
        ZP_XW_MARKUP(&x, "<c:overlay val=\"0\"/>" TEXT_PROPS("1000"));
        zp_xw_end(&x);
    }
    ZP_XW_MARKUP(&x, "<c:plotVisOnly val=\"1\"/><c:dispBlanksAs val=\"gap\"/>");
    zp_xw_end(&x);
    ZP_XW_MARKUP(&x, NO_FILL_NO_LINE TEXT_PROPS("1000"));
    zp_xw_end(&x);
    return zp_xw_finish(&x, out);
}

/* The chart's size in EMU: the text block's width; the height by kind
 * (horizontal bars grow with their categories). */
static long chart_height(const zp_doc_chart *ch)
{
    switch (ch->kind) {
    case ZP_CHART_HBARS: {
        long h = 720000 + 360000 * (long)ch->n_categories; /* 2 cm + 1 cm a bar */
        return h < 1800000 ? 1800000 : h > 6480000 ? 6480000 : h;
    }
    case ZP_CHART_SHARES:
        return 2880000; /* 8 cm */
    case ZP_CHART_BARS:
    default:
        return 3240000; /* 9 cm */
    }
}

void zp_docx_chart_inline(zp_xw *x, const zp_doc_chart *ch, size_t n, long picture_cy)
{
    long cx = ZP_DOCX_TEXT_W_EMU;
    long cy = picture_cy > 0 ? picture_cy : chart_height(ch);
    zp_xw_start(x, "w:drawing");
    zp_xw_start(x, "wp:inline");
    zp_xw_attr(x, "distT", "0");
    zp_xw_attr(x, "distB", "0");
    zp_xw_attr(x, "distL", "0");
    zp_xw_attr(x, "distR", "0");
    zp_xw_start(x, "wp:extent");
    zp_xw_attrf(x, "cx", "%ld", cx);
    zp_xw_attrf(x, "cy", "%ld", cy);
    zp_xw_end(x);
    zp_xw_empty(x, "wp:effectExtent", "l", "0", "t", "0", "r", "0", "b", "0", NULL);
    zp_xw_start(x, "wp:docPr");
    zp_xw_attrf(x, "id", "%zu", n);
    zp_xw_attrf(x, "name", "图表 %zu", n);
    zp_xw_attr(x, "descr", ch->caption);
    zp_xw_end(x);
    zp_xw_empty(x, "wp:cNvGraphicFramePr", NULL);
    zp_xw_start(x, "a:graphic");
    zp_xw_attr(x, "xmlns:a", ZP_NS_A);
    zp_xw_start(x, "a:graphicData");
    if (picture_cy > 0) {
        /* A picture (--charts picture): word/media/chartN.png, stretched
         * over the frame, which has its proportions. */
        zp_xw_attr(x, "uri", ZP_NS_PIC);
        zp_xw_start(x, "pic:pic");
        zp_xw_attr(x, "xmlns:pic", ZP_NS_PIC);
        zp_xw_start(x, "pic:nvPicPr");
        zp_xw_start(x, "pic:cNvPr");
        zp_xw_attrf(x, "id", "%zu", n);
        zp_xw_attrf(x, "name", "chart%zu.png", n);
        zp_xw_end(x);
        zp_xw_empty(x, "pic:cNvPicPr", NULL);
        zp_xw_end(x);
        zp_xw_start(x, "pic:blipFill");
        zp_xw_start(x, "a:blip");
        zp_xw_attrf(x, "r:embed", "rIdChart%zu", n);
        zp_xw_end(x);
        ZP_XW_MARKUP(x, "<a:stretch><a:fillRect/></a:stretch>");
        zp_xw_end(x);
        zp_xw_start(x, "pic:spPr");
        zp_xw_start(x, "a:xfrm");
        zp_xw_empty(x, "a:off", "x", "0", "y", "0", NULL);
        zp_xw_start(x, "a:ext");
        zp_xw_attrf(x, "cx", "%ld", cx);
        zp_xw_attrf(x, "cy", "%ld", cy);
        zp_xw_end(x);
        zp_xw_end(x);
        ZP_XW_MARKUP(x, "<a:prstGeom prst=\"rect\"><a:avLst/></a:prstGeom>");
        zp_xw_end(x);
        zp_xw_end(x);
    } else {
        zp_xw_attr(x, "uri", ZP_NS_C);
        zp_xw_start(x, "c:chart");
        zp_xw_attr(x, "xmlns:c", ZP_NS_C);
        zp_xw_attrf(x, "r:id", "rIdChart%zu", n);
        zp_xw_end(x);
    }
    zp_xw_end(x);
    zp_xw_end(x);
    zp_xw_end(x);
    zp_xw_end(x);
}
