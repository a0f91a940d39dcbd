#!/usr/bin/env python3
"""
Mutation evaluation of `ziping check` (issue 4).

Take the three seeds and generated reports (genreport.py), change one
checkable figure at a time (its leading digit, a swapped pair of digits, a
slip of the last digit), and ask the oracle (claims.py: exact fractions and
rounding intervals, independent of the checker) whether the change breaks a
claim the figure takes part in. For every change that does, run the checker
on the changed text: it is caught when a new error is reported on the lines
of a broken claim.

Prints recall (caught / claim-breaking changes) and precision (true
findings / all findings on the unchanged texts), with a breakdown by claim
and by kind of change. Not a test: it measures.

    python3 eval/mutate.py [--ziping PATH] [--generated N] [--seed S] [-v]
"""
import argparse
import collections
import json
import os
import random
import shutil
import subprocess
import sys
import tempfile

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

from claims import interval, locate  # noqa: E402
import genreport  # noqa: E402
import seed_claims  # noqa: E402
import ziping_claims  # noqa: E402


def mutations(text):
    """(kind, new text) for a figure's text; each differs from it."""
    out = []
    digits = [i for i, ch in enumerate(text) if ch.isdigit()]
    if not digits:
        return out
    i = digits[0]
    d = int(text[i])
    lead = str(d % 9 + 1) if len(digits) > 1 or d != 0 else "1"
    if lead != text[i]:
        out.append(("digit", text[:i] + lead + text[i + 1:]))
    for a, b in zip(digits, digits[1:]):
        if text[a] != text[b]:
            t = list(text)
            t[a], t[b] = t[b], t[a]
            s = "".join(t)
            if not (s[0] == "0" and len(digits) > 1 and "." not in s[:2]):
                out.append(("swap", s))
            break
    j = digits[-1]
    for k, name in ((1, "last+1"), (5, "last+5")):
        s = text[:j] + str((int(text[j]) + k) % 10) + text[j + 1:]
        if not (s[0] == "0" and len(digits) > 1 and "." not in s[:2]):
            out.append((name, s))
    return out


def run_checker(ziping, paths):
    """Findings per path, from one invocation."""
    if not paths:
        return {}
    proc = subprocess.run([ziping, "check", "--format", "json"] + paths,
                          stdout=subprocess.PIPE, stderr=subprocess.DEVNULL)
    if proc.returncode not in (0, 1):
        raise SystemExit("ziping check failed (%d) on %s" % (proc.returncode, paths[0]))
    data = json.loads(proc.stdout.decode("utf-8"))
    if isinstance(data, dict):
        data = [data]
    return {d["file"]: d["findings"] for d in data}


def key(f):
    return (f["check"], f["line"], f.get("col"))


def overlaps(f, lo, hi):
    other = f.get("other_line") or 0
    return (f["line"] <= hi and f["end_line"] >= lo) or (lo <= other <= hi)


class Doc:
    def __init__(self, name, path, claims, expected=None):
        self.name, self.path, self.claims = name, path, claims
        self.expected = expected  # None: every finding is false
        with open(path, encoding="utf-8") as f:
            self.lines = f.read().split("\n")


def evaluate(ziping, docs, work, verbose):
    stats = collections.Counter()
    by_claim = collections.Counter()
    by_claim_caught = collections.Counter()
    by_kind = collections.Counter()
    by_kind_caught = collections.Counter()
    misses = []
    true_findings = false_findings = 0
    false_list = []

    originals = run_checker(ziping, [d.path for d in docs])
    for d in docs:
        for f in originals.get(d.path, []):
            if f["severity"] not in ("error", "warning"):
                continue
            ok = d.expected is not None and any(
                overlaps(f, lo, hi) and f["kind"] == kind for lo, hi, kind in d.expected)
            if ok:
                true_findings += 1
            else:
                false_findings += 1
                false_list.append((d.name, f["line"], f["check"], f["message"]))

    for d in docs:
        base = {key(f) for f in originals.get(d.path, [])}
        figs = {}
        for c in d.claims:
            for f in c._all():
                figs[f.key()] = f
        jobs = []
        for fk, fig in sorted(figs.items()):
            span = locate(d.lines, fig)
            if span is None:
                stats["unlocated"] += 1
                continue
            for kind, new in mutations(fig.text):
                def value_of(g, fk=fk, new=new):
                    return interval(new if g.key() == fk else g.text, g.sign, g.exact)
                broken = [c for c in d.claims if c.uses(fk) and not c.holds(value_of)]
                if not broken:
                    stats["harmless"] += 1
                    continue
                lines = list(d.lines)
                ln = fig.line - 1
                lines[ln] = lines[ln][:span[0]] + new + lines[ln][span[1]:]
                # the same kind of file: a .md is read as Markdown
                ext = os.path.splitext(d.path)[1] or ".txt"
                path = os.path.join(work, "%s.%d%s" % (d.name, len(jobs), ext))
                with open(path, "w", encoding="utf-8") as out:
                    out.write("\n".join(lines))
                jobs.append((path, fig, kind, new, broken))
        results = {}
        for i in range(0, len(jobs), 200):
            results.update(run_checker(ziping, [j[0] for j in jobs[i:i + 200]]))
        for path, fig, kind, new, broken in jobs:
            found = [f for f in results.get(path, [])
                     if f["severity"] == "error" and key(f) not in base]
            caught = any(overlaps(f, c.lines[0], c.lines[1]) for f in found for c in broken)
            stats["breaking"] += 1
            stats["caught"] += caught
            by_kind[kind] += 1
            by_kind_caught[kind] += caught
            for c in broken:
                by_claim[c.kind] += 1
                by_claim_caught[c.kind] += caught
            if not caught:
                misses.append((d.name, fig, new, kind, [c.kind for c in broken]))
            os.unlink(path)

    recall = stats["caught"] / stats["breaking"] if stats["breaking"] else 1.0
    all_findings = true_findings + false_findings
    precision = true_findings / all_findings if all_findings else 1.0
    print("ziping check mutation evaluation")
    print("  documents: %d (%d seeds, %d generated by genreport.py, %d written by ziping report)" % (
        len(docs), sum(1 for d in docs if d.expected is not None),
        sum(1 for d in docs if d.expected is None and not d.name.startswith("zp-")),
        sum(1 for d in docs if d.name.startswith("zp-"))))
    print("  changes that break a claim: %d (harmless changes skipped: %d)" % (
        stats["breaking"], stats["harmless"]))
    print("  recall:    %.1f%% (%d of %d caught)" % (100 * recall, stats["caught"], stats["breaking"]))
    print("  precision: %.1f%% on unchanged texts (%d true, %d false findings)" % (
        100 * precision, true_findings, false_findings))
    print("  by claim:")
    for k in sorted(by_claim):
        print("    %-11s %5.1f%%  (%d/%d)" % (k, 100 * by_claim_caught[k] / by_claim[k],
                                            by_claim_caught[k], by_claim[k]))
    print("  by change:")
    for k in sorted(by_kind):
        print("    %-11s %5.1f%%  (%d/%d)" % (k, 100 * by_kind_caught[k] / by_kind[k],
                                            by_kind_caught[k], by_kind[k]))
    if verbose:
        for name, line, check, msg in false_list:
            print("  FALSE %s:%d %s %s" % (name, line, check, msg))
        for name, fig, new, kind, kinds in misses:
            print("  MISS %s:%d %s -> %s (%s; %s)" % (name, fig.line, fig.text, new, kind,
                                                       ",".join(kinds)))
    return recall, precision


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--ziping", default="build/cli/ziping")
    ap.add_argument("--generated", type=int, default=30)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--no-seeds", action="store_true")
    ap.add_argument("--ziping-reports", type=int, default=20,
                    help="synthetic unit-years (bench/core/gen_units.py, consistent ones) whose "
                         "`ziping report` joins the examples' reports")
    ap.add_argument("-v", "--verbose", action="store_true")
    args = ap.parse_args()
    root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    os.chdir(root)
    work = tempfile.mkdtemp(prefix="zp_mutate_")
    try:
        docs = []
        if not args.no_seeds:
            for name, fn in sorted(seed_claims.SEEDS.items()):
                docs.append(Doc(name[:3], os.path.join(seed_claims.SEED_DIR, name), fn(),
                                seed_claims.EXPECTED[name]))
        rng = random.Random(args.seed)
        gen_dir = os.path.join(work, "gen")
        os.makedirs(gen_dir)
        for i in range(args.generated):
            path, claims = genreport.write(gen_dir, i, rng)
            docs.append(Doc("gen%d" % i, path, claims))
        # The reports ziping writes: the examples', and consistent synthetic
        # unit-years'. They are right by construction: every finding on them
        # is false.
        units = sorted(os.path.join("examples", f) for f in os.listdir("examples")
                       if f.endswith(".yaml"))
        if args.ziping_reports:
            gu = os.path.join(work, "units")
            subprocess.run([sys.executable, os.path.join("bench", "core", "gen_units.py"), gu,
                            "-n", str(args.ziping_reports * 2), "--seed", str(args.seed)],
                           check=True, stdout=subprocess.DEVNULL)
            clean = []
            for f in sorted(os.listdir(gu)):
                if f.endswith(".yaml"):
                    with open(os.path.join(gu, f), encoding="utf-8") as fh:
                        if "Deliberate inconsistency" not in fh.read(600):
                            clean.append(os.path.join(gu, f))
            units += clean[:args.ziping_reports]
        zp_dir = os.path.join(work, "zp")
        os.makedirs(zp_dir)
        for path, claims in ziping_claims.reports(args.ziping, units, zp_dir):
            docs.append(Doc(os.path.splitext(os.path.basename(path))[0], path, claims))
        evaluate(args.ziping, docs, work, args.verbose)
    finally:
        shutil.rmtree(work)


if __name__ == "__main__":
    main()
