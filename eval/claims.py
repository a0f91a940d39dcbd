"""
The oracle of the mutation evaluation: claims written down by hand (for the
seeds, from tests/seeds/FINDINGS.md) or by the report generator, each over
figures identified by their place in the text, and an independent judge of
whether a claim holds: exact fractions and the rounding interval of every
stated figure (domain.md, "A stated number is an interval").

A figure is (line, text, nth): the nth occurrence (0-based) of text as a
number on that 1-based line, with an optional sign for a decrease stated as
a word (减少 283.44 is -283.44).
"""
from fractions import Fraction
import re


class Fig:
    """exact: a whole count of people or things, or a framework's integer
    weight, is not a rounded figure: 11 人 is exactly 11."""

    def __init__(self, line, text, nth=0, sign=1, exact=False):
        self.line, self.text, self.nth, self.sign = line, text, nth, sign
        self.exact = exact

    def key(self):
        return (self.line, self.text, self.nth)

    def __repr__(self):
        return "%s%s@%d" % ("-" if self.sign < 0 else "", self.text, self.line)


def interval(text, sign=1, exact=False):
    """[lo, hi] that a stated decimal stands for; a stated zero is exact."""
    t = text.replace(",", "")
    v = Fraction(t)
    if v == 0 or (exact and "." not in t):
        return (v * sign, v * sign)
    places = len(t.split(".")[1]) if "." in t else 0
    h = Fraction(1, 2 * 10 ** places)
    lo, hi = v - h, v + h
    if sign < 0:
        lo, hi = -hi, -lo
    return (lo, hi)


def add(a, b):
    return (a[0] + b[0], a[1] + b[1])


def overlaps(a, b):
    return a[0] <= b[1] and b[0] <= a[1]


def agree(a, b):
    """Two statements of one value: half-open intervals, so figures whose
    intervals only touch (97 and 98) cannot both be right."""
    if a[0] == a[1] or b[0] == b[1]:
        return overlaps(a, b)
    return a[0] < b[1] and b[0] < a[1]


def corners(f, ivs):
    """Range of f over the box, for f monotone in each input."""
    vals = []
    n = len(ivs)
    for mask in range(1 << n):
        args = [ivs[i][(mask >> i) & 1] for i in range(n)]
        try:
            vals.append(f(*args))
        except ZeroDivisionError:
            return None
    return (min(vals), max(vals))


class Claim:
    """kind: rate (a, b, r): r = a/b*100; sum (t, parts...): t = sum;
    share (x, t..., s): s = x / sum(t...) * 100 (t may be several figures);
    pct_change (v, d, e): e = d/(v-d)*100; pct_last (v, l, e): e = (v-l)/l*100;
    diff (d, v, l): d = v - l; same (a, b); score_rate (s, w, r);
    grade_ge (s, bound) / grade_lt (s, bound): s >= bound / s < bound;
    pct_parts (e, [this...], [last...]): e = (sum this - sum last)/sum last;
    cagr (g, start, end) with extra = years: g = ((end/start)^(1/years) - 1)*100."""

    def __init__(self, kind, figs, lines=None, extra=None, label=""):
        self.kind, self.figs, self.extra, self.label = kind, figs, extra, label
        ls = [f.line for f in self._all()]
        self.lines = lines or (min(ls), max(ls))

    def _all(self):
        out = []
        for f in self.figs:
            out.extend(f if isinstance(f, list) else [f])
        return out

    def uses(self, key):
        return any(f.key() == key for f in self._all())

    def holds(self, value_of):
        """value_of(fig) -> interval, reflecting any mutation."""
        iv = lambda f: value_of(f)
        k = self.kind
        if k == "rate" or k == "score_rate":
            a, b, r = (iv(f) for f in self.figs)
            if k == "score_rate":
                a, b = a, b
            q = corners(lambda x, y: x / y * 100, [a, b])
            return q is None or overlaps(q, r)
        if k == "sum":
            t = iv(self.figs[0])
            s = (Fraction(0), Fraction(0))
            for f in self.figs[1:]:
                s = add(s, iv(f))
            return overlaps(t, s)
        if k == "share":
            x = iv(self.figs[0])
            tot = (Fraction(0), Fraction(0))
            for f in self.figs[1]:
                tot = add(tot, iv(f))
            s = iv(self.figs[2])
            if tot[0] <= 0 <= tot[1]:
                return True
            q = corners(lambda a, b: a / b * 100, [x, tot])
            return q is None or overlaps(q, s)
        if k == "pct_change":
            v, d, e = (iv(f) for f in self.figs)
            q = corners(lambda a, b: b / (a - b) * 100, [v, d])
            return q is None or overlaps(q, e)
        if k == "pct_last":
            v, l, e = (iv(f) for f in self.figs)
            if l[0] <= 0 <= l[1]:
                return True
            q = corners(lambda a, b: (a - b) / b * 100, [v, l])
            return q is None or overlaps(q, e)
        if k == "cagr":
            # g = ((end / start)^(1/n) - 1) * 100, n = extra years; the root is
            # taken in floats, widened by far more than their error.
            g, x, y = (iv(f) for f in self.figs)
            if x[0] <= 0 or y[0] <= 0:
                return True
            n = self.extra
            q = corners(lambda a, b: (float(b / a) ** (1.0 / n) - 1) * 100, [x, y])
            eps = 1e-9
            return q is None or (q[0] - eps <= g[1] and g[0] <= q[1] + eps)
        if k == "diff":
            d, v, l = (iv(f) for f in self.figs)
            return overlaps(d, (v[0] - l[1], v[1] - l[0]))
        if k == "same":
            return agree(iv(self.figs[0]), iv(self.figs[1]))
        if k == "grade_ge":
            return iv(self.figs[0])[1] >= self.extra
        if k == "grade_lt":
            return iv(self.figs[0])[0] < self.extra
        if k == "grade_in":
            lo, hi = self.extra
            s = iv(self.figs[0])
            return s[1] >= lo and s[0] < hi
        if k == "pct_parts":
            e = iv(self.figs[0])
            t = (Fraction(0), Fraction(0))
            for f in self.figs[1]:
                t = add(t, iv(f))
            l = (Fraction(0), Fraction(0))
            for f in self.figs[2]:
                l = add(l, iv(f))
            if l[0] <= 0 <= l[1]:
                return True
            q = corners(lambda a, b: (a - b) / b * 100, [t, l])
            return q is None or overlaps(q, e)
        raise ValueError(k)


NUMBER = re.compile(r"(?<![0-9.])[0-9][0-9,]*(?:\.[0-9]+)?")


def locate(lines, fig):
    """Character span of fig in lines (a list of str), or None."""
    line = lines[fig.line - 1]
    n = 0
    for m in NUMBER.finditer(line):
        if m.group(0) == fig.text:
            if n == fig.nth:
                return m.span()
            n += 1
    return None
