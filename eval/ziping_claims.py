"""
Claims of the reports ziping itself writes, for the mutation evaluation.

`ziping report FILE --format figures` says, for every figure of the
Markdown, where it is (line, byte) and which derived figure it is
("expenditure.basic.execution_rate", "score:管理效率/预算执行:rate"). From
those names alone, not from the checker, the claims follow: a rate beside
its final figure and budget, a share beside its part (and its total, from
wherever the report states it), a change beside this year and last, a score
rate beside its score and weight, parts beside their total, and the same
figure stated twice. The oracle (claims.py) then judges each mutation.

Usage: reports(ziping, yaml_paths, outdir) -> [(md_path, claims)].
"""
import json
import os
import subprocess

from claims import NUMBER, Claim, Fig

# Lines whose figures add up to another's, by key: the parts of each whole.
FIXED_PARTS = {
    "expenditure.basic": ["expenditure.personnel", "expenditure.public"],
    "three_public": ["three_public.outbound", "three_public.vehicles", "three_public.reception"],
    "three_public.vehicles": ["three_public.vehicles.purchase", "three_public.vehicles.operation"],
    "expenditure": ["expenditure.basic", "expenditure.project"],
}
LISTED = {"income": ["income.source."],
          "expenditure": ["expenditure.function.", "expenditure.economic."]}
MONEY_FIELDS = ["budget_initial", "budget", "final", "last_year", "change"]


def _run(args):
    proc = subprocess.run(args, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL)
    if proc.returncode not in (0, 1):
        raise SystemExit("failed (%d): %s" % (proc.returncode, " ".join(args)))
    return proc.stdout.decode("utf-8")


def _figs(md_lines, figures, values):
    """Fig for each figure of the report, with its source; signs from the
    derived values (a change written as 减少 283.44 is -283.44)."""
    out = []
    for f in figures:
        line = md_lines[f["line"] - 1]
        col = len(line.encode("utf-8")[:f["byte"]].decode("utf-8"))
        text = f["text"].rstrip("%").lstrip("-")
        nth, found = 0, False
        for m in NUMBER.finditer(line):
            if m.start() == col or (m.start() == col + 1 and line[col] == "-"):
                found = m.group(0) == text
                break
            if m.group(0) == text:
                nth += 1
        if not found:
            continue
        v = values.get(f["source"])
        sign = -1 if (v is not None and v < 0) else 1
        out.append((f["source"], Fig(f["line"], text, nth, sign)))
    return out


def _claims(md_lines, figs, notes):
    claims = []
    by_line, by_source = {}, {}
    for src, fig in figs:
        by_line.setdefault(fig.line, {}).setdefault(src, fig)
        by_source.setdefault(src, []).append(fig)

    def block_of(line):
        """The table a line is in (its first and last line), or the line."""
        if not md_lines[line - 1].startswith("|"):
            return (line, line)
        a = b = line
        while a > 1 and md_lines[a - 2].startswith("|"):
            a -= 1
        while b < len(md_lines) and md_lines[b].startswith("|"):
            b += 1
        return (a, b)

    def in_block(src, block):
        for f in by_source.get(src, []):
            if block[0] <= f.line <= block[1]:
                return f
        return None

    def nearest_before(src, line):
        best = None
        for f in by_source.get(src, []):
            if f.line <= line and (best is None or f.line > best.line):
                best = f
        return best

    for line, here in sorted(by_line.items()):
        for src, fig in here.items():
            if src.endswith(".execution_rate"):
                k = src[: -len(".execution_rate")]
                base = "budget_initial" if "年初" in notes.get(src, "") else "budget"
                a, b = here.get(k + ".final"), here.get(k + "." + base)
                if a and b:
                    claims.append(Claim("rate", [a, b, fig], label=src))
            elif src.endswith(".share"):
                k = src[: -len(".share")]
                x = here.get(k + ".final")
                whole = k.split(".")[0]
                if k.startswith("three_public"):
                    whole = "three_public"
                t = here.get(whole + ".final") or in_block(whole + ".final", block_of(line)) \
                    or nearest_before(whole + ".final", line)
                if x and t and whole != k:
                    claims.append(Claim("share", [x, [t], fig], label=src))
            elif src.endswith(".change_rate"):
                k = src[: -len(".change_rate")]
                v, d, l = here.get(k + ".final"), here.get(k + ".change"), here.get(k + ".last_year")
                if v and l:
                    claims.append(Claim("pct_last", [v, l, fig], label=src))
                elif v and d:
                    claims.append(Claim("pct_change", [v, d, fig], label=src))
            elif src.endswith(".change"):
                k = src[: -len(".change")]
                v, l = here.get(k + ".final"), here.get(k + ".last_year")
                if v and l:
                    claims.append(Claim("diff", [fig, v, l], label=src))
            elif src.startswith("score:") and src.endswith(":rate"):
                p = src[: -len(":rate")]
                if p == "score":
                    s, w = here.get("score:total"), here.get("score:weight")
                else:
                    s, w = here.get(p + ":score"), here.get(p + ":weight")
                if s and w:
                    claims.append(Claim("score_rate", [s, w, fig], label=src))

    # Parts and their whole, within one table or one paragraph.
    keys = {src.rsplit(".", 1)[0] for src in by_source if not src.startswith("score:")}
    for whole in sorted(keys):
        groups = []
        if whole in FIXED_PARTS:
            groups.append(FIXED_PARTS[whole])
        for prefix in LISTED.get(whole, []):
            listed = sorted({k for k in keys if k.startswith(prefix) and "." not in k[len(prefix):]})
            if len(listed) >= 2:
                groups.append(listed)
        for parts in groups:
            for field in MONEY_FIELDS:
                for t in by_source.get(whole + "." + field, []):
                    block = block_of(t.line)
                    figs_ = [in_block(p + "." + field, block) for p in parts]
                    if all(figs_):
                        claims.append(Claim("sum", [t] + figs_, label=whole + "." + field))
                # Parts listed in a paragraph of their own, after their whole.
                for line, here in sorted(by_line.items()):
                    if md_lines[line - 1].startswith("|"):
                        continue
                    figs_ = [here.get(p + "." + field) for p in parts]
                    t = nearest_before(whole + "." + field, line)
                    if all(figs_) and t and t.line < line:
                        claims.append(Claim("sum", [t] + figs_, label=whole + "." + field))
    # Score tables: a parent's score and weight are its children's sums.
    paths = {src[6:].rsplit(":", 1)[0] for src in by_source
             if src.startswith("score:") and src.count(":") == 2}
    for p in sorted(paths):
        kids = sorted(q for q in paths if q.startswith(p + "/") and "/" not in q[len(p) + 1:])
        for field in ("score", "weight"):
            for t in by_source.get("score:%s:%s" % (p, field), []):
                block = block_of(t.line)
                figs_ = [in_block("score:%s:%s" % (q, field), block) for q in kids]
                if len(kids) >= 2 and all(figs_):
                    claims.append(Claim("sum", [t] + figs_, label=p))
    tops = sorted(q for q in paths if "/" not in q)
    for field, total in (("score", "score:total"), ("weight", "score:weight")):
        for t in by_source.get(total, []):
            block = block_of(t.line)
            figs_ = [in_block("score:%s:%s" % (q, field), block) for q in tops]
            if len(tops) >= 2 and all(figs_):
                claims.append(Claim("sum", [t] + figs_, label=total))
    # The same figure stated twice.
    for src, figs_ in by_source.items():
        if src == "unit.year":
            continue  # the year each sentence names is no figure of the accounts
        for other in figs_[1:]:
            if other.line != figs_[0].line:
                claims.append(Claim("same", [figs_[0], other], label=src))
    return claims


def reports(ziping, yaml_paths, outdir):
    """Write each unit-year's report as Markdown into outdir; its claims."""
    out = []
    for y in yaml_paths:
        name = os.path.splitext(os.path.basename(y))[0]
        md_path = os.path.join(outdir, "zp-%s.md" % name)
        md = _run([ziping, "report", y])
        with open(md_path, "w", encoding="utf-8") as f:
            f.write(md)
        figures = json.loads(_run([ziping, "report", y, "--format", "figures"]))["figures"]
        derived = json.loads(_run([ziping, "derive", "--format", "json", y]))
        values = {f["key"]: f["value"] for f in derived.get("figures", []) if "value" in f}
        notes = {f["key"]: f.get("note", "") for f in derived.get("figures", [])}
        lines = md.split("\n")
        out.append((md_path, _claims(lines, _figs(lines, figures, values), notes)))
    return out
