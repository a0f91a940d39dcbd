/*
 * The structure between two figures of a paragraph: sentences, 其中 lists
 * and the brackets around them, 包括 and 含, semicolons. The frame builder
 * (frames.c) walks the text between the previous figure and the next with
 * zp_ck_walk_between; the walk says where the next figure's label starts
 * and which frame a new frame is a part of.
 */
#ifndef ZP_CHECK_FRAME_WALK_H
#define ZP_CHECK_FRAME_WALK_H

#include "check/check_int.h"

typedef struct zp_walk {
    int cur;                 /* the frame figures without a subject join */
    int prev_sentence_frame; /* the last frame of the sentence before */
    int sentence;            /* sentences begun so far */
    int sentence_first, prev_sentence_first; /* their first frames */
    bool sentence_start;     /* no figure read yet in this sentence */
    size_t sentence_at;      /* where the sentence began */
    int depth;               /* brackets open */
    /* 其中: the list's whole; pending when seen and its whole not chosen
     * yet, which is among frames from qz_first on. */
    int qz_parent, qz_depth;
    bool qz_pending;
    int qz_first;
    /* "其中：人员经费 A 元，主要包括…。公用经费 B 元，…": a list whose
     * parts each have a sentence goes on with a sibling of its last part. */
    int qz_carry, qz_last_cat;
    int outer_parent, outer_depth; /* a 其中 list around one in brackets */
    int bk_parent;                 /* 包括, 含 */
    int bk_depth;                  /* the brackets 含 was in: its list ends with them */
    /* The whole of the list in brackets closed last, and where: "A 万元
     * (中央…、省级…), 其中…" lists parts of A again. */
    int closed_whole;
    size_t closed_at;
    bool relist; /* the next part starts a second list of closed_whole */
} zp_walk;

void zp_ck_walk_init(zp_walk *w);
/* Walk s[from, to), the text before item i; returns where its label
 * starts (after the last clause mark). */
size_t zp_ck_walk_between(zp_walk *w, const zp_pctx *p, size_t i, size_t from, size_t to);
/* "…上年结转结余 23,067.24 元；支出包括：教育支出 …": do the words of
 * s[a, b) before 其中 or 包括 name their own whole, other than `before`? */
bool zp_ck_names_own_whole(const char *s, size_t a, size_t b, const char *before);

/* frame_hints.c: 自评 alone in a numbered item or under a weighted heading
 * scores an indicator; the words s[a, b) are a total's alone (合计, 共计为);
 * the parts of frame w made so far reach its figure. */
bool zp_ck_indicators_score(const zp_checker *c, size_t a, size_t b);
bool zp_ck_total_label(const char *s, size_t a, size_t b);
bool zp_ck_parts_make(const zp_checker *c, int w);
/* Is word subject said short ("税收" for 税收收入)? The category whose
 * complete split the frames of a sentence are (-1 none)? The frame a
 * sentence's last frame f stands for to the next (its 其中 list's whole)?
 * Is item k the base of the rate right after it ("考核目标 61 亿元的 117%")? */
bool zp_ck_short_name_of(const char *subject, const char *word);
int zp_ck_split_whole(const zp_pctx *p, int sentence);
int zp_ck_sentence_whole(const zp_pctx *p, int f);
bool zp_ck_rate_base(const zp_pctx *p, size_t k);

#endif
