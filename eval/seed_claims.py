"""
The checkable claims of the three seeds, written down by hand from
tests/seeds/FINDINGS.md (the "must NOT be flagged" tables) and from the
figures each report states twice. Claims already broken in the report (its
FINDINGS) are left out: a mutation cannot break them again.
"""
from claims import Claim, Fig as F

SEED_DIR = "tests/seeds"


def c(kind, *figs, extra=None, label=""):
    return Claim(kind, list(figs), extra=extra, label=label)


def claims_000():
    L = 57
    return [
        c("rate", F(L, "299.81"), F(L, "320.61", 0), F(L, "93.5", 0)),
        c("rate", F(L, "299.8"), F(L, "320.61", 1), F(L, "93.5", 1)),
        c("sum", F(L, "299.8"), F(L, "271.25"), F(L, "28.56")),
        c("sum", F(L, "320.61", 1), F(L, "287.75"), F(L, "32.86")),
        c("rate", F(L, "271.25"), F(L, "287.75"), F(L, "94.3")),
        c("rate", F(L, "28.56"), F(L, "32.86"), F(L, "86.9")),
        c("same", F(L, "93.5", 1), F(163, "93.5")),
        c("same", F(L, "94.3"), F(163, "94.3")),
        c("same", F(L, "86.9"), F(163, "86.9")),
        c("same", F(L, "86.9"), F(165, "86.9")),
    ]


def claims_002():
    rows = [  # line, weight, score, rate
        (181, ("23", 0), ("22.31", 0), ("97", 0)),
        (183, ("23", 0), ("23", 1), ("100", 0)),
        (187, ("5", 0), ("5", 1), ("100", 0)),
        (189, ("8", 0), ("8", 1), ("100", 0)),
        (191, ("4", 0), ("4", 1), ("100", 0)),
        (193, ("10", 0), ("10", 1), ("100", 0)),
        (195, ("10", 0), ("10", 1), ("100", 0)),
        (197, ("10", 0), ("9.5", 0), ("95", 0)),
        (199, ("7", 0), ("7", 1), ("100", 0)),
    ]
    out = []
    w = [F(l, *wt, exact=True) for l, wt, _, _ in rows]
    s = [F(l, *sc) for l, _, sc, _ in rows]
    for (l, wt, sc, rt) in rows:
        out.append(c("score_rate", F(l, *sc), F(l, *wt, exact=True), F(l, *rt)))
    out.append(c("sum", F(177, "100", 0, exact=True), *w))
    out.append(c("sum", F(177, "98.81"), *s))
    out += [
        c("same", F(169, "98.81"), F(177, "98.81")),
        c("same", F(461, "98.81"), F(177, "98.81")),
        c("grade_ge", F(169, "98.81"), extra=90),
        c("score_rate", F(465, "45.31"), F(465, "46", exact=True), F(467, "98.5")),
        c("sum", F(465, "46", exact=True), w[0], w[1]),
        c("sum", F(465, "45.31"), s[0], s[1]),
        c("score_rate", F(505, "53.5"), F(505, "54", exact=True), F(507, "99.07")),
        c("sum", F(505, "54", exact=True), *w[2:]),
        c("sum", F(505, "53.5"), *s[2:]),
    ]
    T = F(217, "883.2")
    func = [(219, "15.03", 221, "1.7"), (221, "658.6", 223, "74.57"), (223, "134.5", 225, "15.23"),
            (225, "15.73", 225, "1.78"), (227, "32.22", 227, "3.65"), (229, "27.12", 229, "3.07")]
    nature = [(231, "691.99", 231, "78.35"), (233, "191.21", 235, "21.65")]
    econ = [(235, "503", 237, "56.95"), (237, "287.48", 239, "32.55"), (239, "74.78", 241, "8.47"),
            (241, "17.94", 241, "2.03")]
    for group in (func, nature, econ):
        out.append(c("sum", T, *[F(l, v) for l, v, _, _ in group]))
        for l, v, ls, sh in group:
            out.append(c("share", F(l, v), [T], F(ls, sh)))
    out.append(c("sum", F(231, "691.99"), F(231, "561.06"), F(233, "130.93")))
    changes = [((231, "691.99"), (245, "61.62", 1), (247, "9.78", 1)),
               ((233, "191.21"), (247, "283.44", -1), (251, "59.72", -1)),
               ((235, "503"), (251, "95.28", 1), (253, "23.37", 1)),
               ((237, "287.48"), (253, "128.34", 1), (255, "80.64", 1)),
               ((239, "74.78"), (255, "16.9", 1), (257, "29.19", 1)),
               ((241, "17.94"), (257, "13.58", 1), (259, "311.47", 1))]
    for (vl, vt), (dl, dt, ds), (el, et, es) in changes:
        out.append(c("pct_change", F(vl, vt), F(dl, dt, 0, ds), F(el, et, 0, es)))
    out += [
        c("pct_parts", F(265, "305.33"), [F(269, "17.48", 0), F(271, "4.72"), F(275, "0.67")],
          [F(269, "0"), F(271, "5.05"), F(277, "0.59")]),
        c("diff", F(269, "17.48", 1), F(269, "17.48", 0), F(269, "0")),
        c("pct_last", F(271, "4.72"), F(271, "5.05"), F(273, "6.53", 0, -1)),
        c("diff", F(277, "0.08"), F(275, "0.67"), F(277, "0.59")),
        c("pct_last", F(275, "0.67"), F(277, "0.59"), F(277, "13.56")),
    ]
    return out


def claims_004():
    return [
        c("sum", F(9, "11", exact=True), F(9, "4", 0, exact=True), F(9, "7", exact=True)),
        c("sum", F(9, "9", exact=True), F(9, "4", 1, exact=True), F(9, "5", exact=True)),
        c("pct_change", F(22, "309.39"), F(22, "16.89", 0, -1), F(22, "5.18", 0, -1)),
        c("sum", F(22, "16.89", 0, -1), F(22, "18.02", 0, -1), F(22, "1.13")),
        c("rate", F(26, "309.39"), F(26, "285.84"), F(26, "108")),
        c("same", F(22, "309.39"), F(26, "309.39")),
        c("share", F(29, "3.75"), [F(29, "3.75"), F(29, "0", 0), F(29, "0", 2)], F(29, "100")),
        c("share", F(29, "0", 0), [F(29, "3.75"), F(29, "0", 0), F(29, "0", 2)], F(29, "0", 1)),
        c("share", F(29, "0", 2), [F(29, "3.75"), F(29, "0", 0), F(29, "0", 2)], F(29, "0", 3)),
        c("same", F(29, "3.75"), F(32, "3.75")),
        c("same", F(29, "0", 0), F(30, "0", 0)),
        c("same", F(29, "0", 2), F(33, "0", 0)),
        c("sum", F(33, "0", 0), F(33, "0", 1), F(33, "0", 2)),
    ]


SEEDS = {
    "000_9c5e212a7c0e765c.txt": claims_000,
    "002_30be5d37cd81e4f9.txt": claims_002,
    "004_f5df9d0d11a50e84.txt": claims_004,
}

# What FINDINGS.md lists: (lo, hi, kind) per seed; everything else the
# checker reports on an unchanged seed is a false finding.
EXPECTED = {
    "000_9c5e212a7c0e765c.txt": [(115, 119, "contradiction")],
    "002_30be5d37cd81e4f9.txt": [(177, 177, "arithmetic"), (209, 211, "arithmetic"),
                                 (243, 245, "contradiction"), (251, 259, "arithmetic"),
                                 (269, 271, "ill-defined")],
    "004_f5df9d0d11a50e84.txt": [(33, 33, "fact"), (81, 81, "wording")],
}
