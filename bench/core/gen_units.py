#!/usr/bin/env python3
"""Write N synthetic unit-year files for the core benchmark.

The files imitate examples/*.yaml: a unit (科协, 财政局, 学校 ...), its
staffing, income and expenditure in 万元 with splits that add up (by nature,
by function class, by economic class, by source), last year's values,
三公经费, 5-20 performance targets of mixed kinds, a framework (the three
bundled ones in turn) with manual scores where it needs them, and the rates
and scores a report states. Stated figures are rounded the way reports
round them (sometimes to one decimal), so the interval checks have work to
do. About 5% of files carry one deliberate inconsistency, named in a comment
at the top of the file; every other file should validate without errors.

Deterministic: the same N and seed give the same files, byte for byte.
Python 3 standard library only.

usage: gen_units.py OUT_DIR [-n N] [--seed S]
"""

import argparse
import json
import os
import random
import sys
from fractions import Fraction

FRAMEWORKS = ["guangdong-dept", "mof2013-dept", "mof2020-project"]

FUNCTION_NAMES = {
    "201": "一般公共服务支出",
    "205": "教育支出",
    "206": "科学技术支出",
    "208": "社会保障和就业支出",
    "210": "卫生健康支出",
    "212": "城乡社区支出",
    "213": "农林水支出",
    "221": "住房保障支出",
}

# Regions by framework: Guangdong's framework for Guangdong units, MoF 2013
# with Yueyang's weights for Hunan units, MoF 2020 for anyone.
REGIONS = {
    "guangdong-dept": [
        ("广东省广州市白云区", "广州市白云区", "区级"),
        ("广东省广州市", "广州市", "市级"),
        ("广东省韶关市", "韶关市", "市级"),
        ("广东省韶关市乳源瑶族自治县", "乳源瑶族自治县", "县级"),
        ("广东省佛山市南海区", "佛山市南海区", "区级"),
        ("广东省江门市", "江门市", "市级"),
        ("广东省梅州市兴宁市", "兴宁市", "县级"),
        ("广东省湛江市", "湛江市", "市级"),
    ],
    "mof2013-dept": [
        ("湖南省岳阳市", "岳阳市", "市级"),
        ("湖南省岳阳市岳阳楼区", "岳阳市岳阳楼区", "区级"),
        ("湖南省岳阳市华容县", "华容县", "县级"),
        ("湖南省岳阳市平江县", "平江县", "县级"),
        ("湖南省常德市", "常德市", "市级"),
        ("湖南省常德市桃源县", "桃源县", "县级"),
    ],
    "mof2020-project": [
        ("湖南省常德市桃源县", "桃源县", "县级"),
        ("江西省赣州市", "赣州市", "市级"),
        ("江西省赣州市于都县", "于都县", "县级"),
        ("四川省绵阳市涪城区", "绵阳市涪城区", "区级"),
        ("浙江省湖州市", "湖州市", "市级"),
        ("河南省洛阳市嵩县", "嵩县", "县级"),
        ("山东省临沂市兰陵县", "兰陵县", "县级"),
    ],
}

# (full name pattern, short name, main function class, expenditure range at
# city level in 万元, authorized staff range, business topics)
UNIT_TYPES = [
    ("科学技术协会", "科协", "206", (250, 1500), (6, 30),
     ["科普宣传", "学术交流", "科技志愿服务", "青少年科技教育", "科普基地建设", "学会管理"]),
    ("财政局", "财政局", "201", (1500, 8000), (40, 160),
     ["预算编制", "国库集中支付", "政府采购监管", "财政监督检查", "会计管理", "绩效评价"]),
    ("教育局", "教育局", "205", (8000, 60000), (30, 110),
     ["学前教育", "义务教育均衡发展", "教师培训", "学生资助", "校园安全", "教育督导"]),
    ("第{n}中学", "{n}中", "205", (1800, 9000), (80, 260),
     ["教学管理", "学生资助", "校园安全", "教师培训", "体育艺术教育", "食堂管理"]),
    ("实验小学", "实验小学", "205", (900, 4000), (50, 150),
     ["教学管理", "课后服务", "校园安全", "教师培训", "学生体质健康", "家校共育"]),
    ("职业技术学校", "职校", "205", (2000, 12000), (90, 300),
     ["实训基地建设", "技能竞赛", "校企合作", "学生资助", "教师培训", "就业指导"]),
    ("卫生健康局", "卫健局", "210", (3000, 30000), (30, 90),
     ["基本公共卫生服务", "家庭医生签约", "爱国卫生运动", "妇幼保健", "卫生监督", "健康教育"]),
    ("疾病预防控制中心", "疾控中心", "210", (1200, 8000), (40, 150),
     ["传染病防控", "免疫规划", "慢性病管理", "健康教育", "卫生检测", "突发公共卫生事件处置"]),
    ("人力资源和社会保障局", "人社局", "208", (2000, 20000), (40, 120),
     ["就业服务", "职业技能培训", "劳动保障监察", "社会保险经办", "人才引进", "创业担保贷款"]),
    ("住房和城乡建设局", "住建局", "212", (2000, 25000), (30, 100),
     ["老旧小区改造", "建筑工地安全监管", "城市燃气安全", "物业管理", "住房保障", "建筑节能"]),
    ("城市管理和综合执法局", "城管局", "212", (3000, 30000), (60, 300),
     ["市容环境整治", "生活垃圾分类", "违法建设治理", "市政设施维护", "园林绿化", "户外广告管理"]),
    ("农业农村局", "农业农村局", "213", (3000, 40000), (40, 160),
     ["高标准农田建设", "农技推广", "动物防疫", "农产品质量安全", "乡村振兴示范", "农民培训"]),
    ("水务局", "水务局", "213", (2000, 30000), (30, 120),
     ["河湖长制", "水利工程维护", "农村饮水安全", "防汛抗旱", "水土保持", "水资源管理"]),
    ("科学技术局", "科技局", "206", (800, 10000), (15, 50),
     ["高新技术企业培育", "科技成果转化", "科技特派员", "科技创新平台建设", "知识产权保护", "科技计划项目管理"]),
]

LEVEL_SCALE = {"市级": Fraction(1), "区级": Fraction(6, 10), "县级": Fraction(45, 100)}

NATURE_NOTES = ["人员调整及工资标准调整", "厉行节约，压减一般性支出", "新增专项工作任务",
                "部分项目延至下年实施", "退休人员增加", "上级专项资金增加"]

PROBLEMS = [
    "预算编制的精准性有待提高，部分项目年中调整较多。",
    "项目支出进度不均衡，下半年支出比重偏高。",
    "绩效目标设置不够细化，部分指标难以量化考核。",
    "绩效运行监控开展不够深入，偏差纠正不够及时。",
    "资产管理基础工作较薄弱，资产卡片信息更新不够及时。",
    "业务经费保障不足，制约了{topic}工作的深入开展。",
    "{topic}的宣传形式较单一，覆盖面还不够广。",
    "财务人员多为兼职，预算绩效管理专业能力有待加强。",
]

IMPROVEMENTS = [
    "加强预算编制的前期论证，提高预算编制的科学性和准确性。",
    "建立项目支出进度通报机制，加快预算执行进度。",
    "细化量化绩效目标，做到指标可衡量、可考核。",
    "加强绩效运行监控，发现偏差及时纠正，确保绩效目标如期实现。",
    "完善资产管理制度，定期开展资产清查，做到账实相符。",
    "积极争取各级资金支持，保障{topic}工作顺利开展。",
    "创新{topic}工作方式方法，扩大覆盖面和影响力。",
    "加强财务人员业务培训，提升预算绩效管理水平。",
]

CONCLUSIONS = [
    "经自评，{short}{year} 年度部门整体预算目标任务与部门职责相符，预算编制较规范，"
    "资金使用合规，各项绩效目标基本完成，取得了较好的社会效益。",
    "{short}{year} 年度严格执行预算，专款专用，资金使用规范，资金申请资料齐全，"
    "有效防止了资金的挪用、截留，整体绩效良好。",
    "{year} 年{short}围绕年度重点工作，加强预算绩效管理，资金使用效益不断提高，"
    "部门整体支出绩效目标总体实现。",
]

METHODS = [
    "按照财政部门关于开展 {next} 年度部门整体支出绩效自评工作的通知要求，成立自评工作小组，"
    "对照评价指标和评分标准逐项核实数据、查阅资料、分析评价，形成自评报告。",
    "通过核实数据、查阅资料、归纳汇总、分析评价等步骤开展自评，"
    "对照年初设定的绩效目标逐项打分。",
]


# ---- numbers -----------------------------------------------------------------

def round_half_away(x, places):
    """x (a Fraction) rounded to `places` decimals, half away from zero, as
    an integer count of 10^-places; the way reports round (四舍五入)."""
    scaled = abs(x) * 10 ** places
    q, r = divmod(scaled.numerator, scaled.denominator)
    if 2 * r >= scaled.denominator:
        q += 1
    return -q if x < 0 else q


def fmt_fixed(units, places):
    sign = "-" if units < 0 else ""
    units = abs(units)
    if places == 0:
        return f"{sign}{units}"
    whole, frac = divmod(units, 10 ** places)
    return f"{sign}{whole}.{frac:0{places}d}"


def fmt_round(x, places):
    return fmt_fixed(round_half_away(x, places), places)


def pct(num, den):
    return Fraction(num) * 100 / Fraction(den)


class Money:
    """An amount in 万元 held as integer hundredths (so 1 = 100 元), with how
    it is written: two decimals as a rule, one decimal for some totals
    (the way reports round a total), a bare 0 for nothing at all."""

    def __init__(self, c, places=2):
        self.c = c
        self.places = places

    @property
    def text(self):
        if self.c == 0:
            return "0"
        if self.places == 1:
            return fmt_fixed(round_half_away(Fraction(self.c, 10), 0), 1)
        return fmt_fixed(self.c, 2)

    @property
    def written(self):
        """The value as written, in 万元 (what the library reads)."""
        if self.c == 0:
            return Fraction(0)
        if self.places == 1:
            return Fraction(round_half_away(Fraction(self.c, 10), 0), 10)
        return Fraction(self.c, 100)


def split_int(total, weights):
    """Split a non-negative integer total into len(weights) integer parts
    in proportion to weights, adding up exactly (remainder to the largest)."""
    s = sum(weights)
    parts = [total * w // s for w in weights]
    parts[weights.index(max(weights))] += total - sum(parts)
    return parts


# ---- YAML writing ------------------------------------------------------------

PLAIN_UNSAFE = set(":#{}[],'\"\\")


def ys(s):
    """A YAML scalar for a string: plain when that reads back as the same
    text, double-quoted (JSON escapes are valid YAML) otherwise."""
    s = str(s)
    if (not s or any(ch in PLAIN_UNSAFE for ch in s) or s[0] in "-?~ %@`!&*|>" or s[-1] == " "
            or s.lower() in ("true", "false", "null", "yes", "no", "on", "off")
            or s.replace(".", "", 1).lstrip("-").isdigit()):
        return json.dumps(s, ensure_ascii=False)
    return s


def pct_text(units, places):
    return fmt_fixed(units, places) + "%"


class Out:
    def __init__(self):
        self.lines = []

    def add(self, indent, text):
        self.lines.append("  " * indent + text)

    def folded(self, indent, key, text, width=40):
        """A long text as a folded block scalar, as the examples write them."""
        self.add(indent, f"{key}: >-")
        for i in range(0, len(text), width):
            self.add(indent + 1, text[i:i + width])

    def text(self):
        return "\n".join(self.lines) + "\n"


def stated_map(d):
    """{rate: 93.5%, change_rate: -6.53%} in flow style."""
    return "{" + ", ".join(f"{k}: {v}" for k, v in d.items()) + "}"


# ---- one unit-year -----------------------------------------------------------

class Unit:
    def __init__(self, idx, rng):
        self.idx = idx
        self.rng = rng
        self.framework = FRAMEWORKS[idx % len(FRAMEWORKS)]
        self.defect = None  # the deliberate inconsistency, if any
        self.out = Out()

    # Stated rates: mostly two decimals, some one decimal, a few whole
    # numbers; reports round all three ways.
    def rate_places(self):
        r = self.rng.random()
        return 2 if r < 0.6 else 1 if r < 0.92 else 0

    def stated_rate(self, x):
        return pct_text(round_half_away(x, p := self.rate_places()), p)

    def build(self):
        rng = self.rng
        self.region, self.place, self.level = rng.choice(REGIONS[self.framework])
        (pattern, short, self.main_code, crange, srange,
         self.topics) = UNIT_TYPES[rng.randrange(len(UNIT_TYPES))]
        n = rng.randint(1, 12)
        self.type_name = pattern.format(n=n)
        self.name = self.place + self.type_name
        prefix = {"市级": "市", "区级": "区", "县级": "县"}[self.level]
        self.short = short.format(n=n) if "{n}" in short else prefix + short
        self.year = rng.randint(2019, 2024)
        scale = LEVEL_SCALE[self.level]
        lo, hi = crange
        self.total_c = int(rng.randint(lo * 100, hi * 100) * scale)
        self.authorized = max(3, int(rng.randint(*srange) * scale))

        # At most one deliberate inconsistency, in about 5% of files.
        if rng.random() < 0.05:
            # mof2020-project has no manual scores whose rates could be wrong
            self.defect = rng.choice([d for d in DEFECTS if not (
                d == "score-rate" and self.framework == "mof2020-project")])

        self.plan_people()
        self.plan_money()
        self.plan_targets()
        self.plan_scores()

    # -- people -----------------------------------------------------------------

    def plan_people(self):
        rng = self.rng
        auth = self.authorized
        self.in_post = auth - rng.choice([0, 0, 1, 2, 3, rng.randint(0, max(1, auth // 5))])
        if rng.random() < 0.03:
            self.in_post = auth + 1  # over-staffed: a warning, not an error
        self.in_post = max(1, self.in_post)
        self.subunit = None
        if rng.random() < 0.4:
            self.subunit = (f"{self.place}{rng.choice(self.topics)}服务中心", rng.randint(3, 15))
        if self.defect == "headcount-sum" and not (self.subunit and auth > self.subunit[1]):
            self.defect = "parts-sum"  # no headcount by body to get wrong

    # -- money ------------------------------------------------------------------

    def plan_money(self):
        rng = self.rng
        T = self.total_c
        # this year: personnel, public, project
        basic_share = rng.uniform(0.55, 0.9)
        B = int(T * basic_share)
        P = int(B * rng.uniform(0.7, 0.9))
        Q = B - P
        R = T - B
        self.P, self.Q, self.R = P, Q, R
        # growth on last year per line; the wrong-base defect needs a visible one
        def last(c):
            g = rng.uniform(-0.25, 0.3)
            if abs(g) < 0.03:
                g = 0.05
            if self.defect == "wrong-base":
                g = rng.uniform(0.15, 0.3)  # so that the wrong base shows
            return max(1, int(c / (1 + g)))
        self.P_ly, self.Q_ly, self.R_ly = last(P), last(Q), last(R)
        # budgets: final is 80-100% of the whole-year budget
        def budget(c):
            return c + int(c * rng.choice([0, 0, rng.uniform(0.0, 0.08), rng.uniform(0.05, 0.2)]))
        self.P_b, self.Q_b, self.R_b = budget(P), budget(Q), budget(R)
        Tb = self.P_b + self.Q_b + self.R_b
        self.T_b = Tb
        adj = rng.choice([0, 0, rng.uniform(-0.05, 0.05), rng.uniform(0.05, 0.35)])
        self.T_bi = max(1, int(Tb / (1 + adj))) if adj else Tb
        self.T_ly = self.P_ly + self.Q_ly + self.R_ly

        # function classes: the main one plus social security, health,
        # housing, and sometimes general public services
        codes = [self.main_code]
        weights = [rng.randint(55, 85)]
        for code, (a, b) in (("208", (6, 15)), ("210", (2, 5)), ("221", (3, 6)), ("201", (1, 4))):
            if code == self.main_code or (code == "201" and rng.random() < 0.5):
                continue
            codes.append(code)
            weights.append(rng.randint(a, b))
        self.fn_codes = codes
        self.fn_final = split_int(T, weights)
        jitter = [max(1, w + rng.randint(-2, 2)) for w in weights]
        self.fn_ly = split_int(self.T_ly, jitter)
        self.fn_budget = split_int(Tb, weights) if rng.random() < 0.5 else None

        # economic classes: 301 + 303 = personnel, 302 = public + part of
        # projects, 310 = the rest of projects
        def econ(p, q, r, w301, w302):
            e301 = int(p * w301)
            e303 = p - e301
            e302 = q + int(r * w302)
            e310 = r - int(r * w302)
            return [e301, e302, e303, e310]
        w301, w302 = rng.uniform(0.75, 0.92), rng.uniform(0.6, 0.95)
        self.ec_final = econ(P, Q, R, w301, w302)
        self.ec_ly = econ(self.P_ly, self.Q_ly, self.R_ly, w301, w302)

        # Some totals are written to one decimal, as reports often do.
        self.total_places = 1 if rng.random() < 0.15 else 2

        # income: mostly budget appropriations, sometimes other income too
        other = int(T * rng.uniform(0.01, 0.08)) if rng.random() < 0.3 else 0
        other_ly = int(self.T_ly * rng.uniform(0.01, 0.08)) if other else 0
        self.income_sources = [("财政拨款收入", T - other, Tb - other, self.T_ly - other_ly)]
        if other:
            self.income_sources.append(("其他收入", other, other, other_ly))

        # 三公经费: outbound rarely, a car purchase now and then, running
        # costs and reception nearly always
        def tp(lo, hi, p_zero):
            if rng.random() < p_zero:
                return 0
            return rng.randint(lo, hi)
        self.tp = {
            "outbound": [tp(200, 1500, 0.85), None, tp(200, 1500, 0.85)],
            "purchase": [tp(1200, 3000, 0.85), None, tp(1200, 3000, 0.85)],
            "operation": [tp(150, 2500, 0.1), None, tp(150, 2500, 0.05)],
            "reception": [tp(30, 800, 0.0), None, rng.randint(30, 800)],
        }
        for v in self.tp.values():
            fin = v[0]
            v[1] = fin + (int(fin * rng.uniform(0, 0.2)) if fin else tp(100, 500, 0.7))
        if self.defect == "zero-base":
            self.tp["purchase"] = [rng.randint(1200, 3000), 3000, 0]
            self.tp["purchase"][1] = self.tp["purchase"][0]

    # -- targets ------------------------------------------------------------------

    def plan_targets(self):
        rng = self.rng
        n = rng.randint(5, 20)
        made, names = [], set()
        # mof2020 scores targets by kind; every kind gets at least one so
        # that the score table has all four rows
        kinds = ["产出指标", "产出指标", "产出指标", "效益指标", "满意度指标"]
        while len(kinds) < n:
            kinds.append(rng.choice(["产出指标"] * 5 + ["效益指标"] * 3 + ["满意度指标"]))
        rng.shuffle(kinds)
        for level1 in kinds:
            for _ in range(20):
                t = make_target(rng, level1, rng.choice(self.topics), self)
                if t["name"] not in names:
                    break
            else:
                continue
            names.add(t["name"])
            made.append(t)
        if self.defect == "contradiction":
            for t in made:
                num, unit = split_quantity(t.get("actual", ""))
                if num.isdigit():
                    dup = dict(t)
                    dup["actual"] = f"{int(num) + rng.randint(2, 9)}{unit}"
                    dup["actual_value"] = Fraction(int(dup["actual"][:len(dup["actual"]) - len(unit)]))
                    made.append(dup)
                    break
            else:
                self.defect = "stated-total"
        # A missing actual value now and then: the target cannot be scored,
        # the total is then incomplete and not checked.
        if self.defect not in ("stated-total", "stated-grade") and rng.random() < 0.08:
            rng.choice(made).pop("actual", None)
        # Departments (guangdong-dept, mof2013-dept) often list targets under
        # their projects; mof2020-project scores the unit's own list.
        self.projects = []
        if self.framework != "mof2020-project" and rng.random() < 0.6:
            k = rng.randint(1, min(4, len(made)))
            groups = [made[i::k] for i in range(k)]
            if self.defect == "contradiction":
                groups = [made]  # the repeated pair must be in one list
            shares = split_int(self.R, [rng.randint(1, 5) for _ in groups])
            for g, share in zip(groups, shares):
                topic = rng.choice(self.topics)
                budget = share + int(share * rng.uniform(0, 0.15))
                self.projects.append({"name": f"{topic}专项经费项目", "budget": budget,
                                      "final": share, "targets": g})
            self.unit_targets = []
        else:
            self.unit_targets = made

    # -- scores -------------------------------------------------------------------

    def plan_scores(self):
        self.facts = None
        self.total = None  # the exact total when every leaf is scored
        if self.framework == "guangdong-dept":
            leaves = [("整体效能", 23), ("专项效能", 23), ("预算编制", 5), ("预算执行", 8),
                      ("信息公开", 4), ("绩效管理", 10), ("采购管理", 10), ("资产管理", 10),
                      ("运行成本", 7)]
            self.manual = [(name, w, self.manual_score(w)) for name, w in leaves]
            self.total = sum(s for _, _, s in self.manual)
        elif self.framework == "mof2013-dept":
            # Indicators named three ways (id, name, path), as files do.
            leaves = [("payment-progress", 3), ("budget-rules", 3), ("资金使用合规性", 4),
                      ("预算管理/预决算信息公开性", 4), ("基础信息完善性", 4), ("asset-rules", 3),
                      ("资产管理安全性", 4), ("经济效益", 4), ("社会效益", 5), ("生态效益", 3)]
            self.manual = [(name, w, self.manual_score(w)) for name, w in leaves]
            self.plan_mof2013_facts()
            self.total = sum(s for _, _, s in self.manual) + self.mof2013_rules()
        else:
            self.manual = []
            self.total = self.mof2020_total()

    def manual_score(self, w):
        """A hand-given score out of w: mostly near full marks, to two
        decimals or one."""
        rng = self.rng
        frac = Fraction(rng.choice([100, 100, 100, rng.randint(80, 99), rng.randint(60, 99)]), 100)
        places = rng.choice([1, 2, 2])
        return Fraction(round_half_away(frac * w, places), 10 ** places)

    def plan_mof2013_facts(self):
        rng = self.rng
        planned = rng.randint(8, 60)
        done = planned - rng.choice([0, 0, 0, 1, 2])
        fixed = rng.randint(50_00, 5000_00)
        self.facts = {
            "固定资产总额": Fraction(fixed, 100),
            "在用固定资产总额": Fraction(fixed - rng.choice([0, 0, rng.randint(0, fixed // 10)]), 100),
            "计划工作数": Fraction(planned),
            "实际完成工作数": Fraction(done),
            "及时完成工作数": Fraction(done - rng.choice([0, 0, 1])),
            "质量达标工作数": Fraction(done),
            "重点工作数": Fraction(rng.randint(3, 12)),
            "服务对象满意度": Fraction(rng.randint(850, 990), 10),
        }
        self.facts["已办结重点工作数"] = self.facts["重点工作数"] - rng.choice([0, 0, 1])
        # data the rules need: key projects, carry-over
        self.key_spending = int(self.R * rng.uniform(0.55, 1.0))
        self.carryover = (rng.choice([0, rng.randint(100, 5000)]), rng.randint(100, 5000))

    def mof2013_rules(self):
        """The rule-scored leaves of mof2013-dept, each rounded once to 0.01,
        from the values as written (what the library reads)."""
        def r2(x):
            return Fraction(round_half_away(x, 2), 100)

        def clamp(x, w):
            return max(Fraction(0), min(Fraction(w), x))

        def deduct(value, over, per_point, w):
            return r2(clamp(w - max(Fraction(0), value - over) * per_point, w))

        def ratio(a, t, w):
            q = Fraction(1) if t <= 0 else Fraction(0) if a <= 0 else min(Fraction(1), a / t)
            return r2(q * w)

        total = Fraction(0)
        total += deduct(pct(self.in_post, self.authorized), 100, Fraction(1, 2), 5)
        tp_final = sum(v[0] for v in self.tp.values())
        tp_budget = sum(v[1] for v in self.tp.values())
        tp_ly = sum(v[2] for v in self.tp.values())
        total += deduct(pct(tp_final - tp_ly, tp_ly), 0, Fraction(1, 2), 5)
        ks = pct(self.key_spending, self.R)
        total += 5 if ks >= 90 else 4 if ks >= 80 else 3 if ks >= 70 else 2 if ks >= 60 else 0
        adj = abs(pct(self.written(self.T_b) - self.written(self.T_bi), self.written(self.T_bi)))
        total += 3 if adj == 0 else 2 if adj <= 10 else 1 if adj <= 20 else Fraction(1, 2) if adj <= 30 else 0
        co_final, co_ly = self.carryover
        total += 3 if co_final == 0 else 2 if co_final <= co_ly else 0
        total += deduct(pct(tp_final, tp_budget), 100, 1, 6)
        f = self.facts
        total += ratio(f["在用固定资产总额"] / f["固定资产总额"] * 100, 100, 3)
        total += ratio(f["实际完成工作数"], f["计划工作数"], 8)
        total += ratio(f["及时完成工作数"], f["实际完成工作数"], 6)
        total += ratio(f["质量达标工作数"], f["实际完成工作数"], 6)
        total += ratio(f["已办结重点工作数"], f["重点工作数"], 5)
        total += ratio(f["服务对象满意度"], 90, 8)
        return total

    def mof2020_total(self):
        """财预〔2020〕10号 scoring of the unit's targets, as the library does
        it: 10 for the execution rate, then 50/30/10 shared equally among the
        targets of each kind (cents by largest remainder), each target by
        ratio to its value or by its band, rounded once to 0.01."""
        def r2(x):
            return Fraction(round_half_away(x, 2), 100)

        rate = self.written(self.total_c) / self.written(self.T_b)
        total = r2(min(Fraction(1), rate) * 10)
        for level1, w in (("产出指标", 50), ("效益指标", 30), ("满意度指标", 10)):
            ts = [t for t in self.unit_targets if t["level1"] == level1]
            n = len(ts)
            base, left = divmod(w * 100, n)
            for i, t in enumerate(ts):
                weight = Fraction(base + (1 if i < left else 0), 100)
                frac = target_fraction(t)
                if frac is None:
                    return None  # not scored: the total is incomplete
                total += r2(frac * weight)
        return total

    def written(self, c):
        return Money(c, self.total_places).written

    # -- writing ------------------------------------------------------------------

    def write(self):
        o, rng = self.out, self.rng
        o.add(0, f"# {self.name} {self.year} 年度部门整体支出绩效自评")
        o.add(0, f"# Synthetic unit-year {self.idx + 1} for bench/core (gen_units.py); not a real report.")
        if self.defect:
            o.add(0, f"# Deliberate inconsistency: {self.defect} ({DEFECT_NOTES[self.defect]})")
        o.add(0, "ziping: 1")
        o.add(0, "amounts_in: 万元")
        o.add(0, "")
        self.write_unit()
        self.write_staffing()
        self.write_work()
        self.write_income()
        self.write_expenditure()
        self.write_three_public()
        if self.framework == "mof2013-dept":
            self.write_mof2013_data()
        if self.unit_targets:
            o.add(0, "")
            o.add(0, "targets:")
            for t in self.unit_targets:
                write_target(o, 1, t)
        if self.projects:
            o.add(0, "")
            o.add(0, "projects:")
            for p in self.projects:
                o.add(1, f"- name: {ys(p['name'])}")
                o.add(2, f"budget: {Money(p['budget']).text}")
                o.add(2, f"final: {Money(p['final']).text}")
                o.add(2, f"stated: {{rate: {self.stated_rate(pct(p['final'], p['budget']))}}}")
                o.add(2, "targets:")
                for t in p["targets"]:
                    write_target(o, 3, t)
        self.write_evaluation()
        topic = rng.choice(self.topics)
        o.add(0, "")
        o.add(0, "problems:")
        for s in rng.sample(PROBLEMS, rng.randint(2, 4)):
            o.add(1, f"- {ys(s.format(topic=topic))}")
        o.add(0, "improvements:")
        for s in rng.sample(IMPROVEMENTS, rng.randint(2, 4)):
            o.add(1, f"- {ys(s.format(topic=topic))}")
        return o.text()

    def write_unit(self):
        o, rng = self.out, self.rng
        o.add(0, "unit:")
        o.add(1, f"name: {ys(self.name)}")
        o.add(1, f"short_name: {ys(self.short)}")
        o.add(1, f"region: {ys(self.region)}")
        o.add(1, f"level: {self.level}")
        o.add(1, f"year: {self.year}")
        topics = rng.sample(self.topics, 4)
        functions = [f"负责{t}的组织实施和监督管理。" for t in topics[:3]]
        functions.append(f"承办{self.place}党委、政府交办的其他工作任务。")
        if rng.random() < 0.5:
            o.add(1, "functions:")
            for f in functions:
                o.add(2, f"- {ys(f)}")
        else:
            o.folded(1, "functions", "".join(functions))
        bodies = rng.sample(["办公室", "财务股", "综合股", "业务股", "人事股", "法规股", "监督股"],
                            rng.randint(2, 5))
        o.add(1, "internal_bodies:")
        o.add(2, f"count: {len(bodies) + rng.choice([0, 0, 1])}")
        o.add(2, f"names: [{', '.join(bodies)}]")
        if self.subunit:
            o.add(1, "subunits:")
            o.add(2, f"- name: {ys(self.subunit[0])}")
            o.add(3, f"authorized: {self.subunit[1]}")
        o.add(0, "")

    def write_staffing(self):
        o, rng = self.out, self.rng
        auth = self.authorized
        o.add(0, "staffing:")
        if self.subunit and auth > self.subunit[1]:
            sub = self.subunit[1]
            sub_in = min(sub, max(0, self.in_post - (auth - sub)))
            o.add(1, "authorized:")
            o.add(2, f"total: {auth}")
            o.add(2, f"parts: {{机关本级: {auth - sub}, 二级机构: {sub}}}")
            o.add(1, "in_post:")
            o.add(2, f"total: {self.in_post}")
            body_in = self.in_post - sub_in
            if self.defect == "headcount-sum":
                body_in += rng.randint(1, 3)
            o.add(2, f"parts: {{机关本级: {body_in}, 二级机构: {sub_in}}}")
        else:
            o.add(1, f"authorized: {auth}")
            o.add(1, f"in_post: {self.in_post}")
        o.add(1, f"retired: {rng.randint(0, auth // 2 + 2)}")
        o.add(0, "")

    def write_work(self):
        o, rng = self.out, self.rng
        o.add(0, "work:")
        topics = rng.sample(self.topics, 3)
        overview = (f"{self.year} 年，{self.short}坚持以习近平新时代中国特色社会主义思想为指导，"
                    f"紧紧围绕{self.place}党委、政府中心工作，统筹推进{topics[0]}、{topics[1]}和{topics[2]}等各项工作，"
                    f"加强预算绩效管理，较好完成了年度目标任务。")
        o.folded(1, "overview", overview)
        o.add(1, "key_tasks:")
        for t in rng.sample(self.topics, rng.randint(3, 5)):
            n = rng.randint(2, 60)
            o.add(2, f"- {ys(f'扎实推进{t}工作，全年组织开展相关活动 {n} 次，取得良好成效。')}")
        o.add(1, "goals:")
        for t in rng.sample(self.topics, 3):
            o.add(2, f"- {ys(f'进一步提升{t}工作水平，确保年度绩效目标全面完成。')}")
        o.add(0, "")

    def line_stated(self, fin, bud=None, ly=None, total=None, change=None):
        """The stated figures of a line, sometimes none of them."""
        rng, st = self.rng, {}
        if bud and rng.random() < 0.7:
            st["rate"] = self.stated_rate(pct(fin, bud))
        if ly and rng.random() < 0.6:
            st["change_rate"] = self.stated_rate(pct(fin - ly, ly))
        if total and rng.random() < 0.5:
            st["share"] = self.stated_rate(pct(fin, total))
        return st

    def write_income(self):
        o = self.out
        T, Tb, Tly = self.total_c, self.T_b, self.T_ly
        o.add(0, "income:")
        o.add(1, f"budget: {Money(Tb, self.total_places).text}")
        o.add(1, f"final: {Money(T, self.total_places).text}")
        o.add(1, f"last_year: {Money(Tly, self.total_places).text}")
        st = self.line_stated(T, Tb, Tly)
        if self.defect == "wrong-base":
            # 增减率 on this year's amount instead of last year's
            st["change_rate"] = self.stated_rate(pct(T - Tly, T))
        if st:
            o.add(1, f"stated: {stated_map(st)}")
        o.add(1, "by_source:")
        for name, fin, bud, ly in self.income_sources:
            o.add(2, f"- name: {name}")
            o.add(3, f"budget: {Money(bud).text}")
            o.add(3, f"final: {Money(fin).text}")
            o.add(3, f"last_year: {Money(ly).text}")
        o.add(0, "")

    def write_expenditure(self):
        o, rng = self.out, self.rng
        T, Tb, Tly = self.total_c, self.T_b, self.T_ly
        o.add(0, "expenditure:                                    # 单位：万元")
        o.add(1, f"budget_initial: {Money(self.T_bi, self.total_places).text}")
        o.add(1, f"budget: {Money(Tb, self.total_places).text}")
        o.add(1, f"final: {Money(T, self.total_places).text}")
        o.add(1, f"last_year: {Money(Tly, self.total_places).text}")
        st = self.line_stated(T, Tb, Tly)
        if st:
            o.add(1, f"stated: {stated_map(st)}")
        if self.T_b > self.T_bi:
            o.add(1, f"note: {ys('年中追加' + rng.choice(self.topics) + '专项经费')}")

        # by nature
        o.add(1, "by_nature:")
        B, Bb, Bly = self.P + self.Q, self.P_b + self.Q_b, self.P_ly + self.Q_ly
        o.add(2, "basic:")
        o.add(3, f"budget: {Money(Bb).text}")
        o.add(3, f"final: {Money(B).text}")
        o.add(3, f"last_year: {Money(Bly).text}")
        st = self.line_stated(B, Bb, Bly, T)
        if st:
            o.add(3, f"stated: {stated_map(st)}")
        personnel = self.P + (rng.randint(100, 2000) if self.defect == "parts-sum" else 0)
        o.add(3, f"personnel: {{budget: {Money(self.P_b).text}, final: {Money(personnel).text}, "
                 f"last_year: {Money(self.P_ly).text}}}")
        o.add(3, f"public: {{budget: {Money(self.Q_b).text}, final: {Money(self.Q).text}, "
                 f"last_year: {Money(self.Q_ly).text}}}")
        o.add(2, "project:")
        o.add(3, f"budget: {Money(self.R_b).text}")
        o.add(3, f"final: {Money(self.R).text}")
        o.add(3, f"last_year: {Money(self.R_ly).text}")
        st = self.line_stated(self.R, self.R_b, self.R_ly, T)
        if st:
            o.add(3, f"stated: {stated_map(st)}")
        if rng.random() < 0.3:
            o.add(3, f"note: {ys(rng.choice(NATURE_NOTES))}")

        # by function class, in flow style like the examples
        o.add(1, "by_function:")
        bad = rng.randrange(len(self.fn_codes)) if self.defect == "split-sum" else -1
        for i, code in enumerate(self.fn_codes):
            fin = self.fn_final[i] + (rng.randint(100, 3000) if i == bad else 0)
            fields = [f'code: "{code}"', f"name: {FUNCTION_NAMES[code]}"]
            if self.fn_budget:
                fields.append(f"budget: {Money(self.fn_budget[i]).text}")
            fields.append(f"final: {Money(fin).text}")
            fields.append(f"last_year: {Money(self.fn_ly[i]).text}")
            st = {}
            if rng.random() < 0.5:
                st["share"] = self.stated_rate(pct(self.fn_final[i], T))
            if rng.random() < 0.3 and self.fn_ly[i]:
                st["change_rate"] = self.stated_rate(pct(self.fn_final[i] - self.fn_ly[i], self.fn_ly[i]))
            if st:
                fields.append(f"stated: {stated_map(st)}")
            o.add(2, "- {" + ", ".join(fields) + "}")

        # by economic class, with the change on last year as reports give it
        o.add(1, "by_economic:")
        names = {"301": "工资福利支出", "302": "商品和服务支出", "303": "对个人和家庭的补助",
                 "310": "资本性支出"}
        bad = rng.randrange(4) if self.defect == "stated-change" else -1
        for i, code in enumerate(["301", "302", "303", "310"]):
            fin, ly = self.ec_final[i], self.ec_ly[i]
            o.add(2, f'- code: "{code}"')
            o.add(3, f"name: {names[code]}")
            o.add(3, f"final: {Money(fin).text}")
            o.add(3, f"last_year: {Money(ly).text}")
            if rng.random() < 0.5 or i == bad:
                change = fin - ly + (rng.randint(100, 2000) if i == bad else 0)
                o.add(3, f"change: {fmt_fixed(change, 2)}")
            st = {}
            if rng.random() < 0.5:
                st["share"] = self.stated_rate(pct(fin, T))
            if ly and rng.random() < 0.4:
                st["change_rate"] = self.stated_rate(pct(fin - ly, ly))
            if st:
                o.add(3, f"stated: {stated_map(st)}")
        o.add(0, "")

    def write_three_public(self):
        o, rng = self.out, self.rng
        tp = self.tp
        fin = sum(v[0] for v in tp.values())
        bud = sum(v[1] for v in tp.values())
        ly = sum(v[2] for v in tp.values())
        o.add(0, "three_public:")
        st = {}
        if bud and rng.random() < 0.6:
            st["rate"] = self.stated_rate(pct(fin, bud))
        if ly and rng.random() < 0.7:
            st["change_rate"] = self.stated_rate(pct(fin - ly, ly))
        if st:
            o.add(1, f"stated: {stated_map(st)}")

        def part(indent, key, v, extra=()):
            f, b, l = v
            o.add(indent, f"{key}:")
            o.add(indent + 1, f"budget: {Money(b).text}")
            o.add(indent + 1, f"final: {Money(f).text}")
            o.add(indent + 1, f"last_year: {Money(l).text}")
            s = {}
            if l and rng.random() < 0.5:
                s["change_rate"] = self.stated_rate(pct(f - l, l))
            if key == "purchase" and self.defect == "zero-base":
                s["change_rate"] = "100%"  # growth from nothing has no rate
            if fin and rng.random() < 0.3:
                s["share"] = self.stated_rate(pct(f, fin))
            if s:
                o.add(indent + 1, f"stated: {stated_map(s)}")
            for line in extra:
                o.add(indent + 1, line)

        part(1, "outbound", tp["outbound"],
             [f"groups: {rng.randint(1, 3)}", f"persons: {rng.randint(2, 8)}"] if tp["outbound"][0] else [])
        o.add(1, "vehicles:")
        o.add(2, f"held: {rng.randint(0, 6)}")
        part(2, "purchase", tp["purchase"])
        part(2, "operation", tp["operation"])
        groups = rng.randint(5, 80)
        part(1, "reception", tp["reception"],
             [f"groups: {groups}", f"persons: {groups * rng.randint(3, 10)}",
              f"note: {ys('主要是上级部门来' + self.place + '调研、检查工作的接待支出')}"])
        o.add(0, "")

    def write_mof2013_data(self):
        o = self.out
        o.add(0, "key_spending:")
        o.add(1, f"final: {Money(self.key_spending).text}")
        o.add(0, "carryover:")
        o.add(1, f"final: {Money(self.carryover[0]).text}")
        o.add(1, f"last_year: {Money(self.carryover[1]).text}")
        fixed = self.facts["固定资产总额"]
        o.add(0, "assets:")
        o.add(1, f"final: {fmt_round(fixed * 10, 2)}")
        o.add(1, f"non_current: {{final: {fmt_round(fixed, 2)}}}")
        o.add(1, f"current: {{final: {fmt_round(fixed * 9, 2)}}}")
        o.add(0, "facts:")
        for k, v in self.facts.items():
            o.add(1, f"{k}: {fmt_round(v, 2) if v.denominator != 1 else v.numerator}")

    def write_evaluation(self):
        o, rng = self.out, self.rng
        o.add(0, "")
        o.add(0, "evaluation:")
        o.add(1, f"framework: {self.framework}")
        if self.manual:
            o.add(1, "scores:")
            bad = rng.randrange(len(self.manual)) if self.defect == "score-rate" else -1
            for i, (name, w, s) in enumerate(self.manual):
                fields = [f"indicator: {ys(name)}", f"score: {fmt_round(s, 2)}"]
                if i == bad:
                    s = Fraction(w) - 1  # the stated rate below says 100
                    fields[1] = f"score: {fmt_round(s, 2)}"
                    self.total -= self.manual[i][2] - s
                    fields.append("stated_rate: 100")
                elif rng.random() < 0.6:
                    fields.append(f"stated_rate: {fmt_round(pct(s, w), rng.choice([0, 1, 2]))}")
                o.add(2, "- {" + ", ".join(fields) + "}")
        o.add(1, "stated:")
        if self.total is not None:
            total = self.total
            if self.defect == "stated-total":
                total += rng.choice([-1, 1]) * Fraction(rng.randint(50, 300), 100)
            o.add(2, f"total: {fmt_round(total, 2)}")
            grade = grade_of(total)
            if self.defect == "stated-grade":
                grade = rng.choice([g for g in ("优", "良", "中", "差") if g != grade])
            if rng.random() < 0.7 or self.defect == "stated-grade":
                o.add(2, f"grade: {grade}")
        else:
            o.add(2, f"total: {rng.randint(85, 98)}")
        o.folded(1, "conclusion", rng.choice(CONCLUSIONS).format(short=self.short, year=self.year))
        o.folded(1, "method", rng.choice(METHODS).format(next=self.year))


def grade_of(total):
    return "优" if total >= 90 else "良" if total >= 80 else "中" if total >= 60 else "差"


DEFECT_NOTES = {
    "split-sum": "a function-class line does not add up to the total",
    "parts-sum": "personnel + public differs from basic expenditure",
    "wrong-base": "income change rate computed on this year's base",
    "headcount-sum": "staff in post by body do not add up",
    "stated-total": "the stated total score differs from the indicator scores",
    "score-rate": "a stated score rate says 100 for a score below the weight",
    "contradiction": "one target stated twice with different values",
    "zero-base": "a change rate stated for growth from zero",
    "stated-grade": "the stated grade does not match the total",
    "stated-change": "an economic class's change differs from this year less last year",
}
DEFECTS = sorted(DEFECT_NOTES)


# ---- targets -------------------------------------------------------------------

# (level1, level2, name pattern, kind, unit, low, high); kind is ge, le, eq,
# pct-ge, pct-le, pct-eq, range or qual.
TARGET_TEMPLATES = [
    ("产出指标", "数量指标", "开展{t}活动次数", "ge", "次", 5, 120),
    ("产出指标", "数量指标", "{t}培训人次", "ge", "人次", 100, 5000),
    ("产出指标", "数量指标", "{t}覆盖单位数", "ge", "个", 3, 60),
    ("产出指标", "数量指标", "{t}宣传资料发放数量", "ge", "份", 500, 20000),
    ("产出指标", "数量指标", "人员经费保障人数", "eq", "人", 0, 0),
    ("产出指标", "质量指标", "{t}工作合格率", "pct-ge", "%", 90, 100),
    ("产出指标", "质量指标", "资金支付准确率", "pct-eq", "%", 100, 100),
    ("产出指标", "质量指标", "{t}工作差错率", "pct-le", "%", 1, 5),
    ("产出指标", "时效指标", "{t}任务完成及时率", "pct-ge", "%", 95, 100),
    ("产出指标", "时效指标", "资金支付及时率", "pct-eq", "%", 100, 100),
    ("产出指标", "成本指标", "{t}经费控制数", "le", "万元", 10, 500),
    ("效益指标", "社会效益指标", "{t}受益人数", "ge-dec", "万人次", 1, 200),
    ("效益指标", "社会效益指标", "{t}社会影响力", "qual", "", 0, 0),
    ("效益指标", "社会效益指标", "{t}群众参与率", "range", "%", 80, 90),
    ("效益指标", "经济效益指标", "带动{t}相关产业发展", "qual", "", 0, 0),
    ("效益指标", "可持续影响指标", "{t}长效机制建设", "qual", "", 0, 0),
    ("满意度指标", "服务对象满意度指标", "{t}服务对象满意度", "pct-ge", "%", 85, 95),
    ("满意度指标", "服务对象满意度指标", "社会公众满意度", "pct-ge", "%", 85, 95),
]

GE_FORMS = ["≥{v}{u}", "{v}{u}以上", "不少于{v}{u}", "≥{v}{u}", "达到{v}{u}"]
LE_FORMS = ["≤{v}{u}", "{v}{u}以内", "不超过{v}{u}", "控制在{v}{u}以内"]
QUAL_TARGETS = ["进一步提高", "进一步提升", "有所提升", "逐步建立健全", "效果明显"]
QUAL_ACTUALS = ["较上年有明显提升，相关工作得到上级部门肯定", "工作机制逐步完善，社会反响良好",
                "成效初步显现，但与预期仍有差距", "相关工作稳步推进，群众获得感增强"]


def split_quantity(text):
    i = 0
    while i < len(text) and (text[i].isdigit() or text[i] in ".-"):
        i += 1
    return text[:i], text[i:]


def make_target(rng, level1, topic, unit):
    choices = [t for t in TARGET_TEMPLATES if t[0] == level1]
    _, level2, pattern, kind, u, lo, hi = rng.choice(choices)
    t = {"name": pattern.format(t=topic), "level1": level1, "level2": level2, "kind": kind}
    if kind == "eq":
        v = unit.authorized
        t["target"] = f"{v}{u}"
        t["actual"] = f"{unit.in_post if rng.random() < 0.3 else v}{u}"
        t["value"], t["actual_value"] = Fraction(v), Fraction(split_quantity(t["actual"])[0])
    elif kind == "ge":
        v = rng.randint(lo, hi)
        a = max(0, int(v * rng.choice([1, 1.1, 1.3, rng.uniform(0.7, 1.0)])))
        t["target"] = rng.choice(GE_FORMS).format(v=v, u=u)
        t["actual"] = f"{a}{u}"
        t["value"], t["actual_value"], t["kind"] = Fraction(v), Fraction(a), "ge"
    elif kind == "ge-dec":
        v = Fraction(rng.randint(lo, hi), 10)
        a = Fraction(round_half_away(v * Fraction(rng.randint(80, 140), 100), 1), 10)
        t["target"] = rng.choice(GE_FORMS).format(v=fmt_round(v, 1), u=u)
        t["actual"] = f"{fmt_round(a, 1)}{u}"
        t["value"], t["actual_value"], t["kind"] = v, a, "ge"
    elif kind == "le":
        v = rng.randint(lo, hi)
        a = Fraction(round_half_away(v * Fraction(rng.randint(85, 108), 100), 2), 100)
        t["target"] = rng.choice(LE_FORMS).format(v=v, u=u)
        t["actual"] = f"{fmt_round(a, 2)}{u}"
        t["value"], t["actual_value"] = Fraction(v), a
    elif kind == "pct-ge":
        v = rng.randint(lo, hi)
        a = Fraction(min(1000, rng.randint(v * 10 - 30, 1000)), 10)
        t["target"] = rng.choice(GE_FORMS).format(v=v, u="%")
        t["actual"] = f"{fmt_round(a, 1)}%"
        t["value"], t["actual_value"], t["kind"] = Fraction(v), a, "ge"
    elif kind == "pct-eq":
        t["target"] = rng.choice(["100%", "=100%", "达到100%"])
        a = Fraction(rng.choice([100, 100, 100, 98]))
        t["actual"] = f"{a}%"
        t["value"], t["actual_value"] = Fraction(100), a
        t["kind"] = "ge" if t["target"].startswith("达到") else "eq"
    elif kind == "pct-le":
        v = rng.randint(lo, hi)
        a = Fraction(rng.randint(0, v * 10 + 5), 10)
        t["target"] = rng.choice(LE_FORMS).format(v=v, u="%")
        t["actual"] = f"{fmt_round(a, 1)}%"
        t["value"], t["actual_value"], t["kind"] = Fraction(v), a, "le"
    elif kind == "range":
        t["target"] = f"{lo}%-{hi}%"
        a = Fraction(rng.randint(lo - 5, hi + 5))
        t["actual"] = f"{a}%"
        t["value"], t["high"], t["actual_value"] = Fraction(lo), Fraction(hi), a
    else:
        t["target"] = rng.choice(QUAL_TARGETS)
        t["actual"] = rng.choice(QUAL_ACTUALS)
        t["band"] = rng.choice(["达成", "达成", "达成", "部分达成"])
    if rng.random() < 0.3:
        t["evidence"] = f"见报告第{rng.randint(20, 400)}行"
    return t


def target_fraction(t):
    """The share of its weight a target scores (财预〔2020〕10号), or None
    when it cannot be scored."""
    if t["kind"] == "qual":
        return {"达成": Fraction(1), "部分达成": Fraction(7, 10), "未达成": Fraction(3, 10)}[t["band"]]
    if "actual" not in t:
        return None
    a, v = t["actual_value"], t["value"]

    def at_least(a, v):
        return Fraction(1) if v <= 0 else Fraction(0) if a <= 0 else min(Fraction(1), a / v)

    def at_most(a, v):
        return Fraction(1) if a <= v else Fraction(0) if v <= 0 else v / a

    kind = t["kind"]
    if kind == "ge":
        return at_least(a, v)
    if kind == "le":
        return at_most(a, v)
    if kind == "eq":
        return Fraction(1) if a == v else at_least(a, v) if a < v else at_most(a, v)
    if kind == "range":
        return at_least(a, v) if a < v else at_most(a, t["high"]) if a > t["high"] else Fraction(1)
    raise ValueError(kind)


def write_target(o, indent, t):
    o.add(indent, f"- name: {ys(t['name'])}")
    o.add(indent + 1, f"level1: {t['level1']}")
    o.add(indent + 1, f"level2: {t['level2']}")
    o.add(indent + 1, f"target: {ys(t['target'])}")
    if "actual" in t:
        o.add(indent + 1, f"actual: {ys(t['actual'])}")
    if "band" in t:
        o.add(indent + 1, f"band: {t['band']}")
    if "evidence" in t:
        o.add(indent + 1, f"evidence: {ys(t['evidence'])}")


# ---- main ----------------------------------------------------------------------

def main():
    ap = argparse.ArgumentParser(description="Write synthetic unit-year files for bench/core.")
    ap.add_argument("out_dir")
    ap.add_argument("-n", type=int, default=10000, help="number of files (default 10000)")
    ap.add_argument("--seed", type=int, default=20240601, help="random seed")
    args = ap.parse_args()
    os.makedirs(args.out_dir, exist_ok=True)
    defects = {}
    width = len(str(args.n))
    for i in range(args.n):
        # One generator per file, seeded from the file's number, so that a
        # file does not change when the generator's earlier files do.
        rng = random.Random(args.seed * 1_000_003 + i)
        u = Unit(i, rng)
        u.build()
        text = u.write()
        path = os.path.join(args.out_dir, f"unit-{i + 1:0{width}d}.yaml")
        with open(path, "w", encoding="utf-8") as f:
            f.write(text)
        if u.defect:
            defects[u.defect] = defects.get(u.defect, 0) + 1
    n_bad = sum(defects.values())
    with open(os.path.join(args.out_dir, "defects.txt"), "w", encoding="utf-8") as f:
        f.write(f"{n_bad}\n")
    print(f"gen_units: {args.n} files in {args.out_dir}, {n_bad} with a deliberate "
          f"inconsistency ({', '.join(f'{k} {v}' for k, v in sorted(defects.items()))})",
          file=sys.stderr)


if __name__ == "__main__":
    main()
