/*
 * The structure between figures (see frame_walk.h). 其中 and 包括 make
 * the frames after them parts of the frame before them, up to the end of
 * the sentence (or the closing bracket when the 其中 is inside brackets,
 * or the semicolon for 包括).
 */
#include "check/frame_walk.h"

#include <string.h>

#include "check/para.h"

void zp_ck_walk_init(zp_walk *w)
{
    memset(w, 0, sizeof *w);
    w->cur = w->prev_sentence_frame = -1;
    w->qz_parent = w->qz_depth = -1;
    w->bk_parent = w->closed_whole = -1;
    w->qz_carry = w->qz_last_cat = -1;
    w->outer_parent = w->outer_depth = -1;
    w->sentence_start = true;
}

bool zp_ck_names_own_whole(const char *s, size_t a, size_t b, const char *before)
{
    static const char *const talk[] = {"主要", "具体", "分别", "主要是", "还", "也", "均"};
    char subject[96];
    zp_ck_subject_of(s + a, b - a, subject, sizeof subject);
    if (strlen(subject) < 6 || !strcmp(subject, before))
        return false;
    for (size_t k = 0; k < sizeof talk / sizeof talk[0]; k++)
        if (!strcmp(subject, talk[k]))
            return false;
    return true;
}

/* Has frame f only percentages (shares, rates, indicators)? */
static bool shares_only(const zp_frame *f)
{
    static const int amounts[] = {ZR_AMOUNT, ZR_BUDGET, ZR_ACTUAL, ZR_CHANGE, ZR_LAST,
                                  ZR_WEIGHT, ZR_SCORE,  ZR_COUNT};
    for (size_t k = 0; k < sizeof amounts / sizeof amounts[0]; k++)
        if (f->slot[amounts[k]] >= 0)
            return false;
    return f->slot[ZR_SHARE] >= 0;
}

/* Does an item numbered as a list's or a heading's start at s[at..)
 * ("2、", "(二)", "②")? */
static bool numbered_item(const char *s, size_t len, size_t at)
{
    size_t marker;
    return at < len && zp_ck_heading_level(s + at, len - at, &marker) > 0;
}

static void sentence_end(zp_walk *w, const zp_pctx *p, size_t next)
{
    w->sentence++;
    if (w->cur >= 0)
        w->prev_sentence_frame = w->cur;
    w->prev_sentence_first = w->sentence_first;
    w->sentence_first = (int)p->nframes;
    w->cur = -1;
    w->qz_carry = w->qz_parent >= 0 && w->qz_last_cat >= 0 ? w->qz_parent : -1;
    w->qz_parent = w->bk_parent = w->outer_parent = -1;
    w->qz_pending = false;
    w->sentence_start = true;
    w->sentence_at = next;
}

static void semicolon(zp_walk *w, const zp_pctx *p, size_t next)
{
    w->bk_parent = -1;
    /* "…涉及资金 656.93 万元，占项目总数比例 100%，占…总额比例 100%；
     * 0 个项目…": a frame of shares alone (a second share of the figure
     * before) takes no figures of the next clause. */
    if (w->cur >= 0 && shares_only(&p->frames[w->cur]))
        w->cur = -1;
    /* "1、…654.17万元,其中补助地方30万元; 2、…559.52万元": an item numbered
     * after ； is the next of a list, not a part. */
    if (numbered_item(p->text, p->len, next)) {
        w->qz_parent = w->outer_parent = -1;
        w->qz_pending = false;
        w->cur = -1;
        return;
    }
    /* "其中：…；公务用车…费 A 万元，其中购置费 B…，运行维护费 C…；公务接待费
     * D": ； ends a list inside a list's part. */
    if (w->qz_parent >= 0 && p->frames[w->qz_parent].parent >= 0 && !w->qz_pending &&
        w->depth == 0)
        w->qz_parent = p->frames[w->qz_parent].parent;
}

/* A list begins whose whole is chosen when its first part is read. */
static void list_opens(zp_walk *w, int first)
{
    /* "其中：A…，B 849 万元（其中：B1…，B2…），C…": a list in brackets
     * inside another, which resumes after them. */
    if (w->qz_parent >= 0 && w->depth > w->qz_depth) {
        w->outer_parent = w->qz_parent;
        w->outer_depth = w->qz_depth;
    }
    w->qz_pending = true;
    w->qz_parent = -1;
    w->qz_first = first;
    w->qz_depth = w->depth;
}

static void bracket_opens(zp_walk *w, const zp_pctx *p, size_t i, size_t j)
{
    w->depth++;
    /* "编制 68 名（行政编制 18 名，事业编制 50 名）": a bracket right after
     * a figure lists its parts. */
    if (w->cur >= 0 && i > 0 && j <= p->items[i - 1].num.end + 1 && p->items[i - 1].num.end <= j &&
        p->items[i - 1].num.family != ZF_PCT)
        list_opens(w, w->cur);
}

static void bracket_closes(zp_walk *w, size_t next)
{
    if (w->depth > 0)
        w->depth--;
    /* "26.93 亿元(含扬子洲镇)": what 含 names ends with its brackets */
    if (w->bk_parent >= 0 && w->depth < w->bk_depth)
        w->bk_parent = -1;
    w->closed_whole = -1;
    if ((w->qz_parent >= 0 || w->qz_pending) && w->depth < w->qz_depth) {
        w->closed_whole = w->qz_parent;
        w->closed_at = next;
        /* The list in brackets is done; the one outside goes on, and what
         * follows without a subject is the whole's ("849 万元（其中…），比上年
         * 增加 569 万元"). */
        if (w->qz_parent >= 0)
            w->cur = w->qz_parent;
        w->qz_parent = w->outer_parent;
        w->qz_depth = w->outer_depth;
        w->outer_parent = -1;
        w->qz_pending = false;
    }
}

size_t zp_ck_walk_between(zp_walk *w, const zp_pctx *p, size_t i, size_t from, size_t to)
{
    const char *s = p->text;
    size_t len = p->len;
    size_t label_at = from;
    /* The normaliser has made ！？；：（） ASCII; 。，其中 包括 are left. */
    for (size_t j = from; j < to;) {
        unsigned char ch = (unsigned char)s[j];
        size_t step = zp_ck_char_len(ch);
        int cp = ch < 0x80 ? ch : (step == 3 && j + 2 < len) ? zp_ck_cp3(s, j) : -1;
        switch (cp) {
        case 0x3002: /* 。 */
        case '!':
        case '?':
            sentence_end(w, p, j + step);
            label_at = j + step;
            break;
        case ';':
            label_at = j + step;
            semicolon(w, p, j + 1);
            break;
        case 0xFF0C: /* ， */
        case ',':
        case ':':
            label_at = j + step;
            break;
        case '(':
            bracket_opens(w, p, i, j);
            break;
        case ')':
            bracket_closes(w, j + 1);
            break;
        case 0x5176: /* 其中 */
            if (!zp_ck_at(s, len, j, "其中"))
                break;
            /* Its whole is in the sentence before when this one opens with
             * 其中; none is taken when the sentence opens with a whole whose
             * figure was not read ("合计为 807.95 万，其中…"). */
            list_opens(w, w->sentence_start ? w->prev_sentence_first : w->sentence_first);
            if (w->sentence_start && zp_ck_names_own_whole(s, w->sentence_at, j, ""))
                w->qz_pending = false;
            /* right after a list in brackets: that list's whole, not its
             * last part ("120947.08 万元(中央…、市级 1164.04 万元),其中:") */
            if (w->closed_whole >= 0 && w->depth == 0 && j >= w->closed_at &&
                j - w->closed_at <= 3) {
                w->qz_parent = w->closed_whole;
                w->qz_pending = false;
                w->relist = true;
            }
            break;
        case 0x53E6: /* 另有, 另外: what follows is not among the parts */
            w->qz_parent = -1;
            w->qz_pending = false;
            w->bk_parent = -1;
            break;
        case 0x6D89: /* 涉及 opening a clause: "其中…评价 3 个，涉及部门单位 7 个" */
            if (zp_ck_at(s, len, j, "涉及") && j > 0 && (s[j - 1] == ',' || s[j - 1] == ';') &&
                w->depth == 0) {
                w->qz_parent = -1;
                w->qz_pending = false;
            }
            break;
        case 0x5305: /* 包括 */
            if (zp_ck_at(s, len, j, "包括") && w->cur >= 0) {
                w->bk_parent = zp_ck_names_own_whole(s, label_at, j, p->frames[w->cur].subject)
                                   ? -1
                                   : w->cur;
                w->bk_depth = w->depth; /* "(包括…)": its list ends with the brackets */
            }
            break;
        case 0x542B: /* 含, starting a clause: "预算 4,471.22 万元，含…经费 250 万元" */
            if (w->cur >= 0 && j > 0 &&
                (s[j - 1] == ',' || s[j - 1] == '(' || s[j - 1] == ':' ||
                 (j >= 3 && !memcmp(s + j - 3, "，", 3)))) {
                w->bk_parent = w->cur;
                w->bk_depth = w->depth;
            }
            break;
        default:
            break;
        }
        j += step;
    }
    return label_at;
}
