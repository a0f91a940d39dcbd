/*
 * The XLSX score sheet and target table: for each example, the workbook's
 * parts read back with libzip and libxml2 (cells, formulas and the values
 * cached with them, merged ranges, shared strings), byte-identical output,
 * SOURCE_DATE_EPOCH in docProps/core.xml and the zip entries, no temporary
 * file left behind, a fatal finding when the temporary directory is
 * unusable, and LibreOffice's reading of the file (cached values, and the
 * values it computes itself after a leaf score is edited).
 */
#include <dirent.h>
#include <libxml/parser.h>
#include <libxml/tree.h>
#include <sys/stat.h>
#include <time.h>
#include <zip.h>

#include "report_fixture.h"

#include "ziping.h"

/* ---- the examples ---- */

static zp_bytes render(const zp_report *r)
{
    zp_diags diags;
    zp_diags_init(&diags);
    zp_bytes b = {0};
    bool ok = zp_render_report_xlsx(r, &b, &diags);
    if (!ok) {
        zp_diags_print(&diags, stderr);
        fail_msg("the workbook was not written");
    }
    assert_int_equal(zp_diags_count(&diags, ZP_FATAL), 0);
    zp_diags_free(&diags);
    assert_non_null(b.data);
    assert_true(b.len > 1000);
    return b;
}

/* ---- the workbook's parts ---- */

static zip_t *open_zip(const zp_bytes *b)
{
    zip_error_t err;
    zip_error_init(&err);
    zip_source_t *src = zip_source_buffer_create(b->data, b->len, 0, &err);
    assert_non_null(src);
    zip_t *z = zip_open_from_source(src, ZIP_RDONLY | ZIP_CHECKCONS, &err);
    if (!z)
        fail_msg("not a zip archive: %s", zip_error_strerror(&err));
    return z;
}

/* A part's text; NULL when the archive has no such part. */
static char *part(zip_t *z, const char *name)
{
    zip_stat_t st;
    if (zip_stat(z, name, 0, &st) != 0)
        return NULL;
    zip_file_t *f = zip_fopen(z, name, 0);
    assert_non_null(f);
    char *s = malloc(st.size + 1);
    assert_int_equal(zip_fread(f, s, st.size), (zip_int64_t)st.size);
    s[st.size] = '\0';
    zip_fclose(f);
    return s;
}

static xmlDocPtr part_xml(zip_t *z, const char *name)
{
    char *s = part(z, name);
    if (!s)
        fail_msg("no part %s", name);
    xmlDocPtr doc = xmlReadMemory(s, (int)strlen(s), name, NULL, XML_PARSE_NONET);
    free(s);
    if (!doc)
        fail_msg("%s is not well-formed XML", name);
    return doc;
}

static bool is(xmlNodePtr n, const char *name)
{
    return n->type == XML_ELEMENT_NODE && !strcmp((const char *)n->name, name);
}

static xmlNodePtr child(xmlNodePtr n, const char *name)
{
    for (xmlNodePtr c = n ? n->children : NULL; c; c = c->next) {
        if (is(c, name))
            return c;
    }
    return NULL;
}

static char *text_of(xmlNodePtr n)
{
    xmlChar *t = n ? xmlNodeGetContent(n) : NULL;
    char *s = strdup(t ? (const char *)t : "");
    xmlFree(t);
    return s;
}

static char *attr(xmlNodePtr n, const char *name)
{
    xmlChar *v = xmlGetProp(n, (const xmlChar *)name);
    char *s = v ? strdup((const char *)v) : NULL;
    xmlFree(v);
    return s;
}

/* A sheet as a grid: each cell's text (shared strings resolved, or the
 * cached value of a formula) and formula. */
enum { ROWS = 200, COLS = 16 };

typedef struct cell {
    char *value;
    char *formula;
} cell;

typedef struct sheet {
    cell cells[ROWS][COLS];
    char *merges[64];
    size_t n_merges;
} sheet;

static void ref_of(const char *ref, int *row, int *col)
{
    *col = 0;
    while (*ref >= 'A' && *ref <= 'Z')
        *col = *col * 26 + (*ref++ - 'A' + 1);
    *col -= 1;
    *row = atoi(ref) - 1;
}

static sheet *read_sheet(zip_t *z, const char *name)
{
    /* shared strings */
    char *strings[512];
    size_t n_strings = 0;
    xmlDocPtr sst = part_xml(z, "xl/sharedStrings.xml");
    for (xmlNodePtr si = xmlDocGetRootElement(sst)->children; si; si = si->next) {
        if (is(si, "si") && n_strings < 512)
            strings[n_strings++] = text_of(si);
    }
    xmlFreeDoc(sst);

    sheet *sh = calloc(1, sizeof *sh);
    xmlDocPtr doc = part_xml(z, name);
    xmlNodePtr root = xmlDocGetRootElement(doc);
    for (xmlNodePtr row = child(child(root, "sheetData"), "row"); row; row = row->next) {
        if (!is(row, "row"))
            continue;
        for (xmlNodePtr c = row->children; c; c = c->next) {
            if (!is(c, "c"))
                continue;
            char *ref = attr(c, "r"), *type = attr(c, "t");
            int r, k;
            ref_of(ref, &r, &k);
            assert_true(r >= 0 && r < ROWS && k >= 0 && k < COLS);
            xmlNodePtr f = child(c, "f"), v = child(c, "v");
            if (f)
                sh->cells[r][k].formula = text_of(f);
            if (v) {
                char *val = text_of(v);
                if (type && !strcmp(type, "s")) {
                    size_t i = (size_t)atoi(val);
                    assert_true(i < n_strings);
                    free(val);
                    val = strdup(strings[i]);
                }
                sh->cells[r][k].value = val;
            }
            free(ref);
            free(type);
        }
    }
    for (xmlNodePtr m = child(child(root, "mergeCells"), "mergeCell"); m; m = m->next) {
        if (is(m, "mergeCell") && sh->n_merges < 64)
            sh->merges[sh->n_merges++] = attr(m, "ref");
    }
    xmlFreeDoc(doc);
    for (size_t i = 0; i < n_strings; i++)
        free(strings[i]);
    return sh;
}

static void free_sheet(sheet *sh)
{
    for (int r = 0; r < ROWS; r++) {
        for (int k = 0; k < COLS; k++) {
            free(sh->cells[r][k].value);
            free(sh->cells[r][k].formula);
        }
    }
    for (size_t i = 0; i < sh->n_merges; i++)
        free(sh->merges[i]);
    free(sh);
}

static const char *val(const sheet *sh, int r, int k)
{
    const char *v = sh->cells[r][k].value;
    return v ? v : "";
}

static const char *formula(const sheet *sh, int r, int k)
{
    const char *f = sh->cells[r][k].formula;
    return f ? f : "";
}

/* The first row whose column k holds text. */
static int row_of(const sheet *sh, int k, const char *text)
{
    for (int r = 0; r < ROWS; r++) {
        if (!strcmp(val(sh, r, k), text))
            return r;
    }
    fail_msg("no row with \"%s\" in column %c", text, 'A' + k);
    return -1;
}

static bool merged(const sheet *sh, const char *ref)
{
    for (size_t i = 0; i < sh->n_merges; i++) {
        if (!strcmp(sh->merges[i], ref))
            return true;
    }
    return false;
}

/* The sheet names in order, joined with '|'. */
static char *sheet_names(zip_t *z)
{
    char buf[256] = "";
    xmlDocPtr doc = part_xml(z, "xl/workbook.xml");
    for (xmlNodePtr s = child(child(xmlDocGetRootElement(doc), "sheets"), "sheet"); s;
         s = s->next) {
        if (!is(s, "sheet"))
            continue;
        char *name = attr(s, "name");
        if (*buf)
            strcat(buf, "|");
        strncat(buf, name, sizeof buf - strlen(buf) - 1);
        free(name);
    }
    xmlFreeDoc(doc);
    return strdup(buf);
}

/* ---- tests ---- */

static const char *const examples[] = {"examples/shaoguan-kx-2023.yaml",
                                       "examples/taoyuan-kx-2023.yaml",
                                       "examples/baiyun-kx-2023.yaml"};

/* Every example: a well-formed workbook whose score sheet comes first, with
 * every part libxlsxwriter writes, the same bytes every time (a second
 * apart), every 得分率 a formula. */
static void test_examples(void **state)
{
    (void)state;
    unsetenv("SOURCE_DATE_EPOCH");
    for (size_t i = 0; i < sizeof examples / sizeof examples[0]; i++) {
        loaded l = load_file(examples[i]);
        zp_bytes a = render(l.r);
        sleep(1);
        zp_bytes b = render(l.r);
        assert_int_equal(a.len, b.len);
        if (memcmp(a.data, b.data, a.len) != 0)
            fail_msg("%s: two renderings differ", examples[i]);

        zip_t *z = open_zip(&a);
        static const char *const parts[] = {"[Content_Types].xml",  "_rels/.rels",
                                            "xl/workbook.xml",      "xl/styles.xml",
                                            "xl/sharedStrings.xml", "docProps/core.xml",
                                            "docProps/app.xml",     "xl/worksheets/sheet1.xml"};
        for (size_t k = 0; k < sizeof parts / sizeof parts[0]; k++) {
            xmlDocPtr doc = part_xml(z, parts[k]);
            xmlFreeDoc(doc);
        }
        char *names = sheet_names(z);
        assert_true(!strncmp(names, "评分表|", strlen("评分表|")));
        sheet *sh = read_sheet(z, "xl/worksheets/sheet1.xml");
        /* the header row, then every row with a 分值 has a 得分率 formula */
        int head = row_of(sh, 0, "一级指标");
        int rate_col = -1;
        for (int k = 0; k < COLS; k++) {
            if (!strcmp(val(sh, head, k), "得分率"))
                rate_col = k;
        }
        assert_true(rate_col > 1);
        int total = row_of(sh, 0, "合计"), rates = 0;
        for (int r = head + 1; r <= total; r++) {
            assert_non_null(strstr(formula(sh, r, rate_col), "IF(OR("));
            rates++;
        }
        assert_true(rates >= 10);
        /* the document's properties */
        char *core = part(z, "docProps/core.xml");
        assert_contains(core, l.r->title);
        assert_contains(core, l.r->author);
        assert_contains(core, "<dcterms:created xsi:type=\"dcterms:W3CDTF\">1980-01-01T00:00:00Z");
        free(core);
        free(names);
        free_sheet(sh);
        zip_close(z);
        free(a.data);
        free(b.data);
        unload(&l);
    }
}

/* Shaoguan: 履职效能 46 sums its two children, cached 45.31; 合计 98.81;
 * the grade is a formula over the framework's bands. */
static void test_shaoguan_score_sheet(void **state)
{
    (void)state;
    loaded l = load("shaoguan-kx-2023");
    zp_bytes b = render(l.r);
    zip_t *z = open_zip(&b);
    sheet *sh = read_sheet(z, "xl/worksheets/sheet1.xml");

    assert_string_equal(val(sh, 0, 0), "韶关市科学技术协会2023年度部门整体支出绩效自评表");
    assert_true(merged(sh, "A1:F1"));
    int head = row_of(sh, 0, "一级指标");
    assert_string_equal(val(sh, head, 1), "二级指标");
    assert_string_equal(val(sh, head, 2), "分值");
    assert_string_equal(val(sh, head, 3), "自评得分");
    assert_string_equal(val(sh, head, 4), "得分率");
    assert_string_equal(val(sh, head, 5), "评分依据");

    /* 履职效能: its own row, then 整体效能 23 (22.31) and 专项效能 23 (23) */
    int r = row_of(sh, 0, "履职效能");
    assert_string_equal(val(sh, r, 1), "小计");
    assert_string_equal(val(sh, r + 1, 1), "整体效能");
    assert_string_equal(val(sh, r + 2, 1), "专项效能");
    char want[128];
    snprintf(want, sizeof want, "SUM(C%d:C%d)", r + 2, r + 3);
    assert_string_equal(formula(sh, r, 2), want);
    assert_string_equal(val(sh, r, 2), "46");
    snprintf(want, sizeof want, "SUM(D%d:D%d)", r + 2, r + 3);
    assert_string_equal(formula(sh, r, 3), want);
    assert_string_equal(val(sh, r, 3), "45.31");
    snprintf(want, sizeof want, "IF(OR(C%d=0,D%d=\"\"),\"\",D%d/C%d)", r + 1, r + 1, r + 1, r + 1);
    assert_string_equal(formula(sh, r, 4), want);
    assert_string_equal(val(sh, r, 4), "0.985");
    snprintf(want, sizeof want, "A%d:A%d", r + 1, r + 3);
    assert_true(merged(sh, want));
    /* leaves are numbers, not formulas */
    assert_string_equal(val(sh, r + 1, 2), "23");
    assert_string_equal(val(sh, r + 1, 3), "22.31");
    assert_null(sh->cells[r + 1][3].formula);
    assert_string_equal(val(sh, r + 1, 5), "手工评分");
    assert_string_equal(val(sh, r + 1, 4), "0.97");

    int m = row_of(sh, 0, "管理效率");
    assert_string_equal(val(sh, m, 2), "54");
    assert_string_equal(val(sh, m, 3), "53.5");
    snprintf(want, sizeof want, "SUM(D%d:D%d)", m + 2, m + 8);
    assert_string_equal(formula(sh, m, 3), want);

    int t = row_of(sh, 0, "合计");
    snprintf(want, sizeof want, "SUM(D%d,D%d)", r + 1, m + 1);
    assert_string_equal(formula(sh, t, 3), want);
    assert_string_equal(val(sh, t, 3), "98.81");
    snprintf(want, sizeof want, "SUM(C%d,C%d)", r + 1, m + 1);
    assert_string_equal(formula(sh, t, 2), want);
    assert_string_equal(val(sh, t, 2), "100");
    assert_string_equal(val(sh, t, 4), "0.9881");

    int g = row_of(sh, 0, "总分");
    snprintf(want, sizeof want, "D%d", t + 1);
    assert_string_equal(formula(sh, g, 3), want);
    assert_string_equal(val(sh, g, 3), "98.81");
    int gr = row_of(sh, 0, "等级");
    snprintf(want, sizeof want, "IF(D%d>=90,\"优\",IF(D%d>=80,\"良\",IF(D%d>=60,\"中\",\"差\")))",
             t + 1, t + 1, t + 1);
    assert_string_equal(formula(sh, gr, 3), want);
    assert_string_equal(val(sh, gr, 3), "优");

    /* the money tables of the report, when it has them, come next */
    char *names = sheet_names(z);
    assert_null(strstr(names, "绩效目标")); /* Shaoguan lists no targets */
    if (strstr(names, "收支情况")) {
        sheet *money = read_sheet(z, "xl/worksheets/sheet2.xml");
        int income = row_of(money, 0, "收入合计");
        assert_true(atof(val(money, income, 1)) > 0); /* a number, not text */
        free_sheet(money);
    }
    free(names);
    free_sheet(sh);
    zip_close(z);
    free(b.data);
    unload(&l);
}

/* Taoyuan: its 14 targets with their target and actual texts; the scored
 * ones link to the score sheet; unscored leaves leave the score empty and
 * say why. */
static void test_taoyuan_targets(void **state)
{
    (void)state;
    loaded l = load("taoyuan-kx-2023");
    assert_int_equal(l.u->n_targets, 14);
    zp_bytes b = render(l.r);
    zip_t *z = open_zip(&b);
    char *names = sheet_names(z);
    assert_true(!strncmp(names, "评分表|绩效目标", strlen("评分表|绩效目标")));
    free(names);

    sheet *tg = read_sheet(z, "xl/worksheets/sheet2.xml");
    assert_string_equal(val(tg, 0, 0), "桃源县科学技术协会2023年度绩效目标完成情况表");
    int head = row_of(tg, 0, "一级指标");
    static const char *const heads[] = {"一级指标",   "二级指标", "三级指标", "年度指标值",
                                        "实际完成值", "分值",     "得分",     "偏差原因"};
    for (int k = 0; k < 8; k++)
        assert_string_equal(val(tg, head, k), heads[k]);
    int found = 0;
    for (size_t i = 0; i < l.u->n_targets; i++) {
        const zp_target *t = &l.u->targets[i];
        int r = row_of(tg, 2, t->name);
        assert_true(r > head);
        assert_string_equal(val(tg, r, 3), t->target_text);
        assert_string_equal(val(tg, r, 4), t->actual_text ? t->actual_text : "");
        assert_contains(formula(tg, r, 5), "'评分表'!C");
        assert_contains(formula(tg, r, 6), "'评分表'!D");
        found++;
    }
    assert_int_equal(found, 14);
    int v = row_of(tg, 2, "开展科技志愿服务活动次数");
    assert_string_equal(val(tg, v, 1), "数量指标");
    assert_string_equal(val(tg, v, 4), "151次");
    assert_string_equal(val(tg, v, 5), "4.55");
    assert_string_equal(val(tg, v, 6), "4.55");
    int p = row_of(tg, 0, "产出指标");
    char want[64];
    snprintf(want, sizeof want, "A%d:A%d", p + 1, p + 11);
    assert_true(merged(tg, want)); /* the 11 产出指标 under one 一级指标 */
    free_sheet(tg);

    /* the score sheet: a top-level leaf across both level columns; an
     * unscored leaf without a score and with its reason */
    sheet *sh = read_sheet(z, "xl/worksheets/sheet1.xml");
    int e = row_of(sh, 0, "预算执行率");
    char range[64];
    snprintf(range, sizeof range, "A%d:B%d", e + 1, e + 1);
    assert_true(merged(sh, range));
    assert_string_equal(val(sh, e, 3), "10");
    int u = row_of(sh, 1, "党建活动开展次数");
    assert_null(sh->cells[u][3].value);
    assert_string_equal(val(sh, u, 5), "未评分：未给出实际完成值");
    assert_string_equal(val(sh, u, 4), ""); /* 得分率 formula caches "" */
    assert_contains(formula(sh, u, 4), "IF(OR(");
    int t = row_of(sh, 0, "合计");
    assert_string_equal(val(sh, t, 3), "53.65");
    assert_string_equal(val(sh, t, 5), "有 9 项指标未评分，总分不完整");
    /* no grade while leaves have no score: the formula waits for them */
    int g = row_of(sh, 0, "等级");
    assert_string_equal(val(sh, g, 3), "待定");
    char blank[32];
    snprintf(blank, sizeof blank, "ISBLANK(D%d)", u + 1);
    assert_contains(formula(sh, g, 3), blank);
    assert_contains(formula(sh, g, 3), "\"优\"");
    free_sheet(sh);
    zip_close(z);
    free(b.data);
    unload(&l);
}

/* SOURCE_DATE_EPOCH: the document's dates and every zip entry's. */
static void test_source_date_epoch(void **state)
{
    (void)state;
    loaded l = load("shaoguan-kx-2023");
    setenv("TZ", "UTC", 1); /* libzip reads DOS times as local time */
    tzset();
    setenv("SOURCE_DATE_EPOCH", "1700000000", 1);
    zp_bytes b = render(l.r);
    unsetenv("SOURCE_DATE_EPOCH");
    zip_t *z = open_zip(&b);
    char *core = part(z, "docProps/core.xml");
    assert_contains(core, "<dcterms:created xsi:type=\"dcterms:W3CDTF\">2023-11-14T22:13:20Z");
    assert_contains(core, "<dcterms:modified xsi:type=\"dcterms:W3CDTF\">2023-11-14T22:13:20Z");
    free(core);
    zip_int64_t n = zip_get_num_entries(z, 0);
    assert_true(n >= 9);
    for (zip_int64_t i = 0; i < n; i++) {
        zip_stat_t st;
        assert_int_equal(zip_stat_index(z, (zip_uint64_t)i, 0, &st), 0);
        assert_true(st.valid & ZIP_STAT_MTIME);
        assert_int_equal((long long)st.mtime, 1700000000LL);
    }
    zip_close(z);

    /* and without it, 1980-01-01 everywhere */
    zp_bytes c = render(l.r);
    z = open_zip(&c);
    core = part(z, "docProps/core.xml");
    assert_contains(core, "1980-01-01T00:00:00Z");
    free(core);
    zip_stat_t st;
    assert_int_equal(zip_stat_index(z, 0, 0, &st), 0);
    assert_int_equal((long long)st.mtime, 315532800LL);
    zip_close(z);
    free(b.data);
    free(c.data);
    unload(&l);
}

static int entries_in(const char *dir)
{
    DIR *d = opendir(dir);
    assert_non_null(d);
    int n = 0;
    for (struct dirent *e; (e = readdir(d)) != NULL;)
        n += strcmp(e->d_name, ".") && strcmp(e->d_name, "..");
    closedir(d);
    return n;
}

/* The temporary file goes to TMPDIR and is gone afterwards; an unusable
 * TMPDIR is a fatal finding, not a crash. */
static void test_temporary_file(void **state)
{
    (void)state;
    loaded l = load("taoyuan-kx-2023");
    char dir[] = "/tmp/zp_xlsx_tmp_XXXXXX";
    assert_non_null(mkdtemp(dir));
    const char *old = getenv("TMPDIR");
    char *saved = old ? strdup(old) : NULL;
    setenv("TMPDIR", dir, 1);
    zp_bytes b = render(l.r);
    assert_int_equal(entries_in(dir), 0);
    free(b.data);

    char missing[64];
    snprintf(missing, sizeof missing, "%s/no/such/dir", dir);
    setenv("TMPDIR", missing, 1);
    zp_diags diags;
    zp_diags_init(&diags);
    zp_bytes bad = {0};
    assert_false(zp_render_report_xlsx(l.r, &bad, &diags));
    assert_null(bad.data);
    assert_int_equal(zp_diags_count(&diags, ZP_FATAL), 1);
    assert_string_equal(diags.items[0].kind, "xlsx-write");
    assert_contains(diags.items[0].message, "TMPDIR");
    assert_non_null(diags.items[0].gloss);
    zp_diags_free(&diags);

    if (saved)
        setenv("TMPDIR", saved, 1);
    else
        unsetenv("TMPDIR");
    free(saved);
    assert_int_equal(rmdir(dir), 0);
    unload(&l);
}

/* A report built by hand: no framework and nothing else gives one sheet
 * that says so; a money table gives 收支情况 with figures as numbers,
 * merged cells, and text as text. */
static void test_hand_built(void **state)
{
    (void)state;
    zp_unit u;
    memset(&u, 0, sizeof u);
    u.info.name = "某单位";
    u.info.year = 2023;
    zp_report r;
    memset(&r, 0, sizeof r);
    r.unit = &u;
    r.title = "某单位2023年度部门整体支出绩效自评报告";
    r.author = "某单位";

    zp_bytes b = render(&r);
    zip_t *z = open_zip(&b);
    char *names = sheet_names(z);
    assert_string_equal(names, "评分表");
    free(names);
    sheet *sh = read_sheet(z, "xl/worksheets/sheet1.xml");
    assert_contains(val(sh, 0, 0), "未指定指标体系");
    free_sheet(sh);
    zip_close(z);
    free(b.data);

    /* 项目 | 决算数 | 执行率, a header cell over two columns, a total row */
    zp_doc_span spans[] = {
        {ZP_SPAN_TEXT, "项目", NULL},
        {ZP_SPAN_TEXT, "决算数与执行率", NULL},
        {ZP_SPAN_TEXT, "收入合计", NULL},
        {ZP_SPAN_FIGURE, "1,105.02", "income.final"},
        {ZP_SPAN_FIGURE, "93.51%", "income.execution_rate"},
        {ZP_SPAN_TEXT, "其中：", NULL},
        {ZP_SPAN_VERBATIM, "财政拨款", NULL},
        {ZP_SPAN_FIGURE, "—", "income.x"},
    };
    zp_doc_cell cells[9];
    memset(cells, 0, sizeof cells);
    for (int i = 0; i < 9; i++)
        cells[i].colspan = cells[i].rowspan = 1;
    cells[0].content = (zp_doc_spans){&spans[0], 1};
    cells[1].content = (zp_doc_spans){&spans[1], 1};
    cells[1].colspan = 2;
    cells[2].covered = true;
    cells[3].content = (zp_doc_spans){&spans[2], 1};
    cells[3].bold = true;
    cells[4].content = (zp_doc_spans){&spans[3], 1};
    cells[4].align = ZP_ALIGN_RIGHT;
    cells[5].content = (zp_doc_spans){&spans[4], 1};
    cells[6].content = (zp_doc_spans){&spans[5], 2};
    cells[7].content = (zp_doc_spans){&spans[7], 1};
    int widths[] = {2, 1, 1};
    zp_doc_table t = {ZP_TABLE_MONEY, "表1  收支决算情况表", "单位：万元", 3, 3, 1, cells,
                      widths,         "注：测试。"};
    zp_doc_block block;
    memset(&block, 0, sizeof block);
    block.kind = ZP_BLOCK_TABLE;
    block.table = &t;
    r.blocks = &block;
    r.n_blocks = 1;

    b = render(&r);
    z = open_zip(&b);
    names = sheet_names(z);
    assert_string_equal(names, "收支情况");
    free(names);
    sh = read_sheet(z, "xl/worksheets/sheet1.xml");
    assert_string_equal(val(sh, 0, 0), "表1  收支决算情况表");
    assert_string_equal(val(sh, 1, 0), "单位：万元");
    assert_string_equal(val(sh, 2, 1), "决算数与执行率");
    assert_true(merged(sh, "B3:C3"));
    assert_string_equal(val(sh, 3, 0), "收入合计");
    assert_string_equal(val(sh, 3, 1), "1105.02");
    assert_string_equal(val(sh, 3, 2), "0.9351");
    assert_string_equal(val(sh, 4, 0), "其中：财政拨款");
    assert_string_equal(val(sh, 4, 1), "—"); /* a figure that is no number stays text */
    assert_string_equal(val(sh, 5, 0), "注：测试。");
    free_sheet(sh);
    /* the number formats: #,##0.00 and 0.00% */
    char *styles = part(z, "xl/styles.xml");
    assert_contains(styles, "formatCode=\"#,##0.00\"");
    assert_contains(styles, "formatCode=\"0.00%\"");
    assert_contains(styles, "宋体");
    free(styles);
    zip_close(z);
    free(b.data);
}

/* ---- LibreOffice ---- */

static bool have_calc(void)
{
    return system("command -v libreoffice >/dev/null 2>&1") == 0 &&
           access("/usr/lib/libreoffice/program/libsclo.so", R_OK) == 0;
}

/* LibreOffice's CSV of the first sheet of xlsx. recalc: a profile set to
 * recompute every formula on load (otherwise it shows the cached values,
 * as it does for files that name Excel as their application). */
static char *to_csv(const char *dir, const char *xlsx, bool recalc)
{
    char profile[128], cmd[1024];
    snprintf(profile, sizeof profile, "%s/profile%s", dir, recalc ? "-recalc" : "");
    if (recalc) {
        snprintf(cmd, sizeof cmd, "mkdir -p '%s/user'", profile);
        assert_int_equal(system(cmd), 0);
        snprintf(cmd, sizeof cmd, "%s/user/registrymodifications.xcu", profile);
        FILE *f = fopen(cmd, "w");
        assert_non_null(f);
        fputs("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
              "<oor:items xmlns:oor=\"http://openoffice.org/2001/registry\" "
              "xmlns:xs=\"http://www.w3.org/2001/XMLSchema\" "
              "xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\">\n"
              "<item oor:path=\"/org.openoffice.Office.Calc/Formula/Load\">"
              "<prop oor:name=\"OOXMLRecalcMode\" oor:op=\"fuse\"><value>0</value></prop></item>\n"
              "</oor:items>\n",
              f);
        fclose(f);
    }
    snprintf(cmd, sizeof cmd,
             "cd '%s' && timeout 300 libreoffice --headless -env:UserInstallation=file://%s "
             "--convert-to 'csv:Text - txt - csv (StarCalc):44,34,76,1' --outdir out '%s' "
             ">/dev/null 2>&1",
             dir, profile, xlsx);
    assert_int_equal(system(cmd), 0);
    char csv[256];
    snprintf(csv, sizeof csv, "%s/out/%.*s.csv", dir, (int)(strlen(xlsx) - 5), xlsx);
    char *s = read_all(csv);
    if (!s)
        fail_msg("LibreOffice made no %s", csv);
    unlink(csv);
    return s;
}

static void write_bytes(const char *path, const zp_bytes *b)
{
    FILE *f = fopen(path, "wb");
    assert_non_null(f);
    assert_int_equal(fwrite(b->data, 1, b->len, f), b->len);
    fclose(f);
}

/* The file with 整体效能's score (22.31) replaced by 2.31. */
static void edit_leaf(const char *path)
{
    int err = 0;
    zip_t *z = zip_open(path, 0, &err);
    assert_non_null(z);
    char *xml = part(z, "xl/worksheets/sheet1.xml");
    const char *old = "<v>22.31</v>";
    char *at = strstr(xml, old);
    assert_non_null(at);
    memmove(at + 3, at + 4, strlen(at + 4) + 1); /* "22.31" -> "2.31" */
    zip_source_t *src = zip_source_buffer(z, xml, strlen(xml), 1);
    assert_non_null(src);
    assert_true(zip_file_add(z, "xl/worksheets/sheet1.xml", src, ZIP_FL_OVERWRITE) >= 0);
    assert_int_equal(zip_close(z), 0);
}

static void test_libreoffice(void **state)
{
    (void)state;
    if (!have_calc()) {
        fprintf(stderr, "LibreOffice Calc (libreoffice-calc-nogui) is not installed: skipped\n");
        skip();
    }
    char dir[] = "/tmp/zp_xlsx_lo_XXXXXX";
    assert_non_null(mkdtemp(dir));
    loaded l = load("shaoguan-kx-2023");
    zp_bytes b = render(l.r);
    char path[128];
    snprintf(path, sizeof path, "%s/shaoguan.xlsx", dir);
    write_bytes(path, &b);
    snprintf(path, sizeof path, "%s/edited.xlsx", dir);
    write_bytes(path, &b);
    edit_leaf(path);

    /* what a viewer that does not recompute shows: the cached values */
    char *shown = to_csv(dir, "shaoguan.xlsx", false);
    assert_contains(shown, "\"履职效能\",\"小计\",46.00,45.31,98.50%,");
    assert_contains(shown, "\"合计\",,100.00,98.81,98.81%,");
    assert_contains(shown, "\"等级\",,,\"优\"");
    /* recomputed by LibreOffice: the same */
    char *computed = to_csv(dir, "shaoguan.xlsx", true);
    assert_string_equal(computed, shown);
    /* after the edit: 履职效能 25.31, 合计 78.81, 等级 中 */
    char *edited = to_csv(dir, "edited.xlsx", true);
    assert_contains(edited, ",\"整体效能\",23.00,2.31,10.04%,");
    assert_contains(edited, "\"履职效能\",\"小计\",46.00,25.31,55.02%,");
    assert_contains(edited, "\"合计\",,100.00,78.81,78.81%,");
    assert_contains(edited, "\"总分\",,,78.81,");
    assert_contains(edited, "\"等级\",,,\"中\"");
    free(shown);
    free(computed);
    free(edited);

    assert_int_equal(tmpdir_remove(dir), 0);
    free(b.data);
    unload(&l);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_examples),        cmocka_unit_test(test_shaoguan_score_sheet),
        cmocka_unit_test(test_taoyuan_targets), cmocka_unit_test(test_source_date_epoch),
        cmocka_unit_test(test_temporary_file),  cmocka_unit_test(test_hand_built),
        cmocka_unit_test(test_libreoffice),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
