/* Staffing and bodies: parts of a headcount add up; counts agree with lists. */
#include "validate/validate_internal.h"

static void check_headcount(zp_vctx *v, const zp_headcount *h, const char *what)
{
    if (!h->present || !h->total.present || h->n_parts == 0)
        return;
    int64_t sum = 0;
    zp_buf terms;
    zp_buf_init(&terms);
    for (size_t i = 0; i < h->n_parts; i++) {
        sum += h->parts[i].count.value;
        zp_buf_printf(&terms, "%s%s %lld", i ? " + " : "", h->parts[i].name,
                      (long long)h->parts[i].count.value);
    }
    if (sum != h->total.value) {
        zp_diag *g = zp_diags_add(v->diags, ZP_ERROR, "headcount-sum", h->total.at,
                                  "the parts of a headcount do not add up",
                                  "%s %lld 人，但各部分合计 %lld 人", what,
                                  (long long)h->total.value, (long long)sum);
        zp_diag_set_detail(g, "各部分：%s = %lld", terms.data, (long long)sum);
    }
    zp_buf_free(&terms);
}

void zp_validate_people(zp_vctx *v)
{
    const zp_staffing *s = &v->u->staffing;
    check_headcount(v, &s->authorized, "编制数");
    check_headcount(v, &s->in_post, "在编在岗人数");
    if (s->authorized.total.present && s->in_post.total.present &&
        s->in_post.total.value > s->authorized.total.value)
        zp_diags_add(v->diags, ZP_WARNING, "over-staffed", s->in_post.total.at,
                     "more staff in post than authorized posts",
                     "在编在岗 %lld 人，超过编制数 %lld 人", (long long)s->in_post.total.value,
                     (long long)s->authorized.total.value);

    const zp_unit_info *info = &v->u->info;
    if (info->internal_body_count.present &&
        (size_t)info->internal_body_count.value < info->n_internal_bodies)
        zp_diags_add(v->diags, ZP_ERROR, "body-count", info->internal_body_count.at,
                     "fewer internal bodies counted than named",
                     "内设机构数为 %lld 个，但列出了 %zu 个名称",
                     (long long)info->internal_body_count.value, info->n_internal_bodies);
}
