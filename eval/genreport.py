"""
Generated 部门整体支出绩效自评报告 for the mutation evaluation and the
benchmark: consistent by construction (every figure derived from exact
amounts in 分 and rounded once, half away from zero), phrased in the many
ways real reports phrase the same claims, laid out either one paragraph per
line (as DOCX gives) or hard-wrapped with blank lines and page numbers (as
text pulled from a PDF is). Each report comes with its claims, over figures
located by line, for the oracle in claims.py.

Usage as a script: genreport.py OUTDIR N [SEED] writes N reports.
"""
from decimal import Decimal, getcontext
from fractions import Fraction
import random
import sys
import unicodedata

from claims import Claim, Fig

getcontext().prec = 40


class Num:
    """A figure placed in the text; resolved to a Fig after layout."""

    def __init__(self, text, sign=1, exact=False):
        self.text, self.sign, self.exact = text, sign, exact
        self.fig = None


def money(cents, drop_zeros=False):
    s = "%d.%02d" % (cents // 100, cents % 100)
    if drop_zeros:
        s = s.rstrip("0").rstrip(".")
    return s


def round_half_up(q, places):
    """q (Fraction, >= 0) to a decimal string with places decimals."""
    scale = 10 ** places
    n = (q * scale * 2 + 1) // 2  # floor(q*scale + 1/2): half away from zero for q >= 0
    s = str(n)
    if places == 0:
        return s
    s = s.rjust(places + 1, "0")
    return s[:-places] + "." + s[-places:]


def pct(part, whole, places):
    return round_half_up(Fraction(part) / Fraction(whole) * 100, places)


def width(s):
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in s)


class Report:
    def __init__(self, rng):
        self.rng = rng
        self.paras = []  # list of lists of str / Num
        self.claims = []  # (kind, [Num or [Num]], extra)

    def p(self, *parts):
        self.paras.append(list(parts))

    def n(self, text, sign=1, exact=False):
        return Num(text, sign, exact)

    def claim(self, kind, *nums, extra=None):
        self.claims.append((kind, list(nums), extra))

    def layout(self, wrapped):
        """Lines of text, and every Num's Fig."""
        lines = []
        page_every = self.rng.randint(18, 30)
        for para in self.paras:
            if not wrapped:
                lines.append(list(para))
                lines.append([])
                continue
            cap = 52
            cur, w = [], 0
            tokens = []
            for part in para:
                if isinstance(part, Num):
                    tokens.append(part)
                else:
                    tokens.extend(list(part))
            for tok in tokens:
                tw = width(tok.text) if isinstance(tok, Num) else width(tok)
                if w + tw > cap and cur:
                    lines.append(cur)
                    lines.append([])
                    if len(lines) % (2 * page_every) < 2:
                        lines.append(["- %d -" % (len(lines) // (2 * page_every) + 1)])
                        lines.append([])
                    cur, w = [], 0
                cur.append(tok)
                w += tw
            if cur:
                lines.append(cur)
                lines.append([])
        text_lines = []
        for i, parts in enumerate(lines):
            s = ""
            for part in parts:
                s += part.text if isinstance(part, Num) else part
            text_lines.append(s)
        # nth must count numbers as claims.locate does: recount per line.
        from claims import NUMBER
        for i, s in enumerate(text_lines):
            spans = [(m.start(), m.group(0)) for m in NUMBER.finditer(s)]
            pos = 0
            for part in lines[i]:
                if isinstance(part, Num):
                    nth = sum(1 for st, t in spans if t == part.text and st < pos)
                    part.fig = Fig(i + 1, part.text, nth, part.sign, part.exact)
                    pos += len(part.text)
                else:
                    pos += len(part)
        return text_lines

    def resolved_claims(self):
        out = []
        for kind, nums, extra in self.claims:
            figs = [[x.fig for x in n] if isinstance(n, list) else n.fig for n in nums]
            out.append(Claim(kind, figs, extra=extra))
        return out


FUNC = ["一般公共服务", "教育", "科学技术", "文化旅游体育与传媒", "社会保障和就业", "卫生健康",
        "节能环保", "城乡社区", "农林水", "住房保障"]
ECON = ["工资福利支出", "商品和服务支出", "对个人和家庭的补助", "资本性支出"]
UNITS = ["市科学技术协会", "县财政局", "区文化广电旅游体育局", "市档案馆", "县农业农村局",
         "区卫生健康局", "市生态环境局", "县教育局", "市自然资源局", "区市场监督管理局"]
PROSE = [
    "本部门严格执行预算管理制度，强化预算约束，规范资金使用，提高资金使用效益。",
    "全面实施预算绩效管理，将绩效理念贯穿预算编制、执行、监督全过程。",
    "认真落实过紧日子要求，厉行节约，压减一般性支出，保障重点工作需要。",
    "严格按照政府采购有关规定组织采购，采购程序规范，未发现违规情况。",
    "加强国有资产管理，定期开展资产清查，做到账实相符。",
    "预决算信息按规定在政府门户网站公开，接受社会监督。",
]


def split(rng, total, k, min_share=3):
    """k positive parts (in 分) that add up to total, each at least
    min_share per cent of it, otherwise random to the 分."""
    floor = total * min_share // 100
    weights = [rng.randint(1, 1000) for _ in range(k)]
    rest = total - floor * k
    parts = [floor + rest * w // sum(weights) for w in weights]
    parts[0] += total - sum(parts)
    return parts


def choose(rng, *options):
    return rng.choice(options)


def generate(rng):
    r = Report(rng)
    year = rng.choice([2022, 2023, 2024])
    unit = rng.choice(UNITS)
    drop = rng.random() < 0.3
    M = lambda cents: r.n(money(cents, drop and cents % 100 == 0 and rng.random() < 0.5))
    P = lambda part, whole, places=2: r.n(pct(part, whole, places))

    r.p("%d年度%s部门整体支出绩效自评报告" % (year, unit))
    r.p("一、部门基本情况")
    r.p("（一）部门职能")
    r.p(rng.choice(PROSE))

    # Staffing: counts that add up.
    r.p("（二）机构和人员情况")
    a, b = rng.randint(3, 40), rng.randint(1, 30)
    N, na, nb = r.n(str(a + b), exact=True), r.n(str(a), exact=True), r.n(str(b), exact=True)
    style = rng.randint(0, 2)
    if style == 0:
        r.p("本部门核定编制", N, "人，其中行政编制", na, "人，事业编制", nb, "人。")
    elif style == 1:
        r.p("单位核定编制数为", N, "名，其中：行政编制", na, "名、事业编制", nb, "名。")
    else:
        r.p("经编委核定，本单位编制", N, "人，其中机关", na, "人，下属事业单位", nb, "人。")
    r.claim("sum", N, na, nb)
    c_, d_ = rng.randint(2, a), rng.randint(0, b)
    M2, mc, md = (r.n(str(c_ + d_), exact=True), r.n(str(c_), exact=True),
                  r.n(str(d_), exact=True))
    r.p("年末实有在职人员", M2, "人，其中机关", mc, "人，事业单位", md, "人。")
    r.claim("sum", M2, mc, md)

    # Income.
    r.p("二、部门整体收支情况")
    r.p("（一）收入情况")
    fiscal = rng.randint(50_000, 900_000)
    other = rng.randint(0, 30_000)
    T = fiscal + other
    t, f, o = M(T), M(fiscal), M(other)
    r.p("%d年度部门收入总计" % year, t, "万元，其中：财政拨款收入", f, "万元，其他收入", o, "万元。")
    r.claim("sum", t, f, o)
    T0 = T + rng.randint(-T // 4, T // 4)
    D = T - T0
    places = rng.choice([1, 2, 2])
    t2 = M(T)
    if D >= 0:
        d, e = r.n(money(D)), r.n(pct(D, T0, places))
        word = choose(rng, ("增加", "增长"), ("增加", "上升"))
    else:
        d, e = r.n(money(-D), -1), r.n(pct(-D, T0, places), -1)
        word = choose(rng, ("减少", "下降"), ("减少", "减少"))
    style = rng.randint(0, 2)
    if style == 0:
        r.p("与上年相比，收入总额", word[0], d, "万元，", word[1], e, "%，主要是项目资金变化。")
        r.claim("pct_change", t, d, e)
    elif style == 1:
        r.p("本年收入", t2, "万元，较上年", word[0], d, "万元，", word[1], e, "%。")
        r.claim("pct_change", t2, d, e)
        r.claim("same", t, t2)
    else:
        t0 = M(T0)
        r.p("上年收入", t0, "万元，本年收入比上年", word[0], d, "万元，", word[1], e, "%。")
        r.claim("diff", d, t, t0)
        r.claim("pct_last", t, t0, e)

    # Income some years before, and the average yearly growth since.
    span = rng.randint(3, 5)
    T_start = T + rng.randint(-T // 3, T // 3)
    if T_start > 0:
        growth = (Decimal(T) / Decimal(T_start)) ** (Decimal(1) / span) - 1
        g_text = round_half_up(Fraction(abs(growth) * 100), 2)
        ts_, te_ = M(T_start), M(T)
        gn = r.n(g_text, -1 if growth < 0 else 1)
        r.p("%d年部门收入总计" % (year - span), ts_, "万元，%d年收入总计" % year, te_, "万元，年均",
            "增长" if growth >= 0 else "下降", gn, "%。")
        r.claim("cagr", gn, ts_, te_, extra=span)
        r.claim("same", t, te_)

    # Expenditure and its splits.
    r.p("（二）支出情况")
    X = rng.randint(T * 3 // 4, T)
    Bc, Pc = split(rng, X, 2, 10)
    R, G = split(rng, Bc, 2, 10)
    x, bb, pp = M(X), M(Bc), M(Pc)
    sb, sp = P(Bc, X), P(Pc, X)
    if rng.random() < 0.5:
        r.p("%d年度部门支出总计" % year, x, "万元，其中：基本支出", bb, "万元，占支出总额的", sb,
            "%；项目支出", pp, "万元，占支出总额的", sp, "%。")
    else:
        r.p("本年度支出合计", x, "万元。按支出性质分，基本支出", bb, "万元，占本年支出",
            sb, "%；项目支出", pp, "万元，占本年支出", sp, "%。")
    r.claim("sum", x, bb, pp)
    r.claim("share", bb, [x], sb)
    r.claim("share", pp, [x], sp)
    bb2, rr, gg = M(Bc), M(R), M(G)
    if rng.random() < 0.5:
        r.p("基本支出", bb2, "万元，包括人员经费", rr, "万元和公用经费", gg, "万元。")
    else:
        r.p("按经费构成分，人员经费", rr, "万元、公用经费", gg, "万元，合计", bb2, "万元。")
    r.claim("sum", bb2, rr, gg)
    r.claim("same", bb, bb2)

    # By function class.
    k = rng.randint(3, 6)
    names = rng.sample(FUNC, k)
    parts = split(rng, X, k)
    segs = ["按支出功能分类，"]
    nums = []
    for i, (name, v) in enumerate(zip(names, parts)):
        vn, sn = M(v), P(v, X)
        segs += [("" if i == 0 else "；") + name + "支出", vn, "万元，占", sn, "%"]
        nums.append(vn)
        r.claim("share", vn, [x], sn)
    segs.append("。")
    r.p(*segs)
    r.claim("sum", x, *nums)

    # By economic class, with changes on last year.
    k = rng.randint(2, 4)
    names = ECON[:k]
    parts = split(rng, X, k)
    segs = ["按经济分类，"]
    nums = []
    for i, (name, v) in enumerate(zip(names, parts)):
        vn, sn = M(v), P(v, X)
        segs += [("" if i == 0 else "；") + name, vn, "万元，占", sn, "%"]
        nums.append(vn)
        r.claim("share", vn, [x], sn)
    segs.append("。")
    r.p(*segs)
    r.claim("sum", x, *nums)

    # Changes of the nature split against the total's.
    B0 = Bc + rng.randint(-Bc // 5, Bc // 5)
    P0 = Pc + rng.randint(-Pc // 3, Pc // 3)
    if B0 > 0 and P0 > 0:
        dX, dB, dP = X - (B0 + P0), Bc - B0, Pc - P0

        def change(delta, base, amount_words=("增加", "减少"), pct_words=("增长", "下降")):
            if delta >= 0:
                return amount_words[0], r.n(money(delta)), pct_words[0], r.n(pct(delta, base, 2))
            return amount_words[1], r.n(money(-delta), -1), pct_words[1], r.n(pct(-delta, base, 2), -1)

        w1, d1, w2, e1 = change(dX, B0 + P0)
        w3, d3, w4, e3 = change(dB, B0)
        w5, d5, w6, e5 = change(dP, P0)
        x3 = M(X)
        r.p("与上年相比，本年支出", x3, "万元，", w1, d1, "万元，", w2, e1, "%。其中，基本支出",
            w3, d3, "万元，", w4, e3, "%；项目支出", w5, d5, "万元，", w6, e5, "%。")
        r.claim("pct_change", x3, d1, e1)
        r.claim("pct_change", bb, d3, e3)
        r.claim("pct_change", pp, d5, e5)
        r.claim("sum", d1, d3, d5)
        r.claim("same", x, x3)

    # Budget execution.
    r.p("（三）预算执行情况")
    A = X + rng.randint(0, X // 8)
    a_, x4, rate = M(A), M(X), P(X, A, rng.choice([1, 2]))
    style = rng.randint(0, 2)
    if style == 0:
        r.p("%d年全年预算数" % year, a_, "万元，决算数", x4, "万元，预算执行率", rate, "%。")
    elif style == 1:
        r.p("年初预算", a_, "万元，实际支出", x4, "万元，完成年初预算的", rate, "%。")
    else:
        r.p("部门整体支出全年预算数为", a_, "万元，执行数为", x4, "万元，执行率为", rate, "%。")
    r.claim("rate", x4, a_, rate)
    r.claim("same", x, x4)
    # The rate against last year's, in percentage points, from the rates as
    # written (as a report computes it).
    rp = len(rate.text.split(".")[1]) if "." in rate.text else 0
    unit_p = Fraction(1, 10 ** rp)
    r0 = Fraction(rate.text) + rng.randint(-8 * 10 ** rp, 8 * 10 ** rp) * unit_p
    r0 = max(Fraction(50), min(Fraction(100), r0))
    dpts = Fraction(rate.text) - r0
    r0n, rate2 = r.n(round_half_up(r0, rp)), r.n(rate.text)
    dn = r.n(round_half_up(abs(dpts), rp), -1 if dpts < 0 else 1)
    if rng.random() < 0.5:
        r.p("本年预算执行率为", rate2, "%，比上年的", r0n, "%", "提高" if dpts >= 0 else "下降",
            dn, "个百分点。")
    else:
        r.p("预算执行率由上年的", r0n, "%", "提高到" if dpts >= 0 else "下降到", rate2, "%，",
            "提高" if dpts >= 0 else "下降", dn, "个百分点。")
    r.claim("diff", dn, rate2, r0n)
    r.claim("same", rate, rate2)

    # The three public expenses.
    r.p("（四）“三公”经费支出情况")
    J = rng.randint(50, 20_000)
    Y = rng.randint(100, 30_000)
    S = J + Y
    J0 = J + rng.randint(-J // 3, J // 3)
    Y0 = Y + rng.randint(-Y // 3, Y // 3)
    S0 = J0 + Y0
    s_, j_, y_ = M(S), M(J), M(Y)
    if S >= S0:
        ds, es, w1, w2 = r.n(money(S - S0)), r.n(pct(S - S0, S0, 2)), "增加", "增长"
    else:
        ds, es, w1, w2 = r.n(money(S0 - S), -1), r.n(pct(S0 - S, S0, 2), -1), "减少", "下降"
    r.p("%d年“三公”经费支出" % year, s_, "万元，比上年", w1, ds, "万元，", w2, es,
        "%。其中：因公出国（境）费0万元；公务接待费", j_, "万元；公务用车运行维护费", y_, "万元。")
    r.claim("pct_change", s_, ds, es)
    r.claim("sum", s_, j_, y_)
    j2, j0 = M(J), M(J0)
    if J >= J0:
        dj, ej, w = r.n(money(J - J0)), r.n(pct(J - J0, J0, 2)), ("增加", "增长")
    else:
        dj, ej, w = r.n(money(J0 - J), -1), r.n(pct(J0 - J, J0, 2), -1), ("减少", "下降")
    r.p("公务接待费", j2, "万元，比上年", j0, "万元", w[0], dj, "万元，", w[1], ej, "%。")
    r.claim("diff", dj, j2, j0)
    r.claim("pct_last", j2, j0, ej)
    r.claim("same", j_, j2)
    r.p(rng.choice(PROSE))

    # The score table and the grade.
    r.p("三、绩效自评情况")
    r.p("部门整体支出绩效自评表")
    r.p("一级指标 二级指标 分值 得分 得分率（%）")
    groups = [("产出指标", ["数量指标", "质量指标", "时效指标", "成本指标"]),
              ("效益指标", ["社会效益", "可持续影响"]),
              ("满意度指标", ["服务对象满意度"])]
    weights = [15, 15, 10, 10, 20, 10, 20]
    rows, all_w, all_s = [], [], []
    total_s = 0
    row_i = 0
    group_sums = []
    for gname, names in groups:
        gw, gs = [], []
        r.p(gname)
        for name in names:
            w = weights[row_i]
            row_i += 1
            sc = w * 100 - rng.choice([0, 0, 0, 50, 100, 150, 200])  # in hundredths
            wn = r.n(str(w), exact=True)
            sn = r.n(money(sc, True))
            rn = r.n(pct(sc, w * 100, rng.choice([0, 2])))
            r.p(name, " ", wn, " ", sn, " ", rn)
            r.claim("score_rate", sn, wn, rn)
            all_w.append(wn)
            all_s.append(sn)
            gw.append(wn)
            gs.append(sn)
            total_s += sc
        group_sums.append((gname, gw, gs, sum(weights[row_i - len(names):row_i]),
                           total_s - sum(sc_ for sc_ in []), names))
    tw, ts, tr = r.n("100", exact=True), r.n(money(total_s, True)), r.n(pct(total_s, 10000, 2))
    r.p("合计 ", tw, " ", ts, " ", tr)
    r.claim("sum", tw, *all_w)
    r.claim("sum", ts, *all_s)
    r.claim("score_rate", ts, tw, tr)
    score = r.n(money(total_s, True))
    grade = "优" if total_s >= 9000 else "良" if total_s >= 8000 else "中"
    r.p("综合自评得分", score, "分，评价等级为“%s”。" % grade)
    r.claim("same", score, ts)
    if grade == "优":
        r.claim("grade_ge", score, extra=90)
    else:
        r.claim("grade_in", score, extra=(80, 90) if grade == "良" else (60, 80))
    r.p("四、存在的问题及改进措施")
    r.p(rng.choice(PROSE))
    return r


def write(outdir, i, rng):
    r = generate(rng)
    wrapped = rng.random() < 0.5
    lines = r.layout(wrapped)
    path = "%s/gen_%04d.txt" % (outdir, i)
    with open(path, "w", encoding="utf-8") as f:
        f.write("\n".join(lines) + "\n")
    return path, r.resolved_claims()


if __name__ == "__main__":
    import os
    outdir, n = sys.argv[1], int(sys.argv[2])
    seed = int(sys.argv[3]) if len(sys.argv) > 3 else 1
    os.makedirs(outdir, exist_ok=True)
    rng = random.Random(seed)
    for i in range(n):
        write(outdir, i, rng)
