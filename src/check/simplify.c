#include "check/simplify.h"

#include <opencc.h>
#include <string.h>

#include "check/lexicon.h"
#include "check/normalize.h"

/* Traditional characters of the genre's words that simplified text never
 * uses: one of them in a line is enough to tell. */
static const char traditional[] = "萬億預決費經財撥與為實際總計數務員編製機關運維護購車國業單項專場"
                                  "個點績評報說況較佔餘結轉兩備門體資產級區縣鄉鎮會議標額無內動發價"
                                  "辦類採規劃廳險醫療衛學職";

enum { BMP = 0x10000 };
static unsigned char marks[BMP / 8];
static bool marks_ready;

static void build_marks(void)
{
    const char *p = traditional;
    size_t len = strlen(traditional);
    while (len > 0) {
        int cp;
        size_t n = zp_ck_utf8_decode(p, len, &cp);
        if (cp < BMP)
            marks[cp >> 3] |= (unsigned char)(1u << (cp & 7));
        p += n;
        len -= n;
    }
    marks_ready = true;
}

/* 1: a traditional character; 0: Chinese, none; -1: no Chinese. */
static int has_traditional(const char *s, size_t len)
{
    if (!marks_ready)
        build_marks();
    const unsigned char *u = (const unsigned char *)s;
    int chinese = -1;
    for (size_t i = 0; i + 2 < len; i++) {
        if (u[i] < 0xE4 || u[i] > 0xE9)
            continue;
        chinese = 0;
        int cp = zp_ck_cp3(s, i);
        if (marks[cp >> 3] & (1u << (cp & 7)))
            return 1;
        i += 2;
    }
    return chinese;
}

/* Is s[i..) "(shù)": pinyin in brackets, lower-case letters with or without
 * tone marks? Its length, or 0. */
static size_t pinyin_at(const char *s, size_t len, size_t i)
{
    if (s[i] != '(')
        return 0;
    size_t j = i + 1, letters = 0;
    while (j < len && letters <= 6) {
        unsigned char c = (unsigned char)s[j];
        if (c >= 'a' && c <= 'z') {
            j++;
        } else if (c >= 0xC3 && c <= 0xC7 && j + 1 < len) {
            j += 2; /* à á ǎ ē ü …: Latin-1 Supplement and Latin Extended-A/B */
        } else {
            break;
        }
        letters++;
    }
    return letters > 0 && j < len && s[j] == ')' ? j + 1 - i : 0;
}

/* Drop the pinyin; true if there was any. */
static bool drop_pinyin(zp_buf *line)
{
    size_t o = 0, before = line->len;
    for (size_t i = 0; i < line->len;) {
        bool after_cjk = i >= 3 && (unsigned char)line->data[i - 3] >= 0xE4;
        size_t n = after_cjk ? pinyin_at(line->data, line->len, i) : 0;
        if (n) {
            i += n;
            continue;
        }
        line->data[o++] = line->data[i++];
    }
    line->len = o;
    line->data[o] = '\0';
    return o < before;
}

void zp_ck_simplifier_init(zp_simplifier *s)
{
    memset(s, 0, sizeof *s);
}

void zp_ck_simplifier_free(zp_simplifier *s)
{
    if (s->cc)
        opencc_close((opencc_t)s->cc);
    memset(s, 0, sizeof *s);
}

void zp_ck_simplify(zp_simplifier *s, zp_buf *line)
{
    enum { SETTLED = 300 };
    if (s->failed || !line->len || s->plain >= SETTLED)
        return;
    int t = has_traditional(line->data, line->len);
    if (t <= 0) {
        s->plain += t == 0;
        return;
    }
    if (!s->cc) {
        opencc_t cc = opencc_open(OPENCC_DEFAULT_CONFIG_TRAD_TO_SIMP);
        if (cc == (opencc_t)-1) {
            s->failed = true;
            return;
        }
        s->cc = cc;
    }
    bool dropped = drop_pinyin(line);
    char *out = opencc_convert_utf8((opencc_t)s->cc, line->data, line->len);
    if (!out)
        return;
    line->len = 0;
    if (dropped) {
        /* "項(xiàng) 目" was no letter-spacing while its pinyin stood between:
         * normalised again, "项 目" is "项目" as the same text without
         * pinyin reads. */
        zp_ck_normalize_line(out, strlen(out), line);
    } else {
        zp_buf_add(line, out, strlen(out));
    }
    opencc_convert_utf8_free(out);
}
