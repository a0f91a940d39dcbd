#!/usr/bin/env python3
"""
The benchmark corpus for `ziping check`: about SIZE_MB of text in NFILES
files, each a few whole reports (the three seeds and generated ones, see
eval/genreport.py) one after another, so that every file reads like a
bundle of real reports and no two files are alike.

    make_corpus.py OUTDIR [NFILES [SIZE_MB]]
"""
import os
import random
import sys

here = os.path.dirname(os.path.abspath(__file__))
root = os.path.dirname(os.path.dirname(here))
sys.path.insert(0, os.path.join(root, "eval"))
import genreport  # noqa: E402


def main():
    out = sys.argv[1]
    nfiles = int(sys.argv[2]) if len(sys.argv) > 2 else 16000
    size_mb = int(sys.argv[3]) if len(sys.argv) > 3 else 1024
    os.makedirs(out, exist_ok=True)
    rng = random.Random(2024)
    reports = []
    seeds = os.path.join(root, "tests", "seeds")
    for name in sorted(os.listdir(seeds)):
        if name.endswith(".txt"):
            with open(os.path.join(seeds, name), encoding="utf-8") as f:
                reports.append(f.read())
    tmp = os.path.join(out, ".gen")
    os.makedirs(tmp, exist_ok=True)
    for i in range(300):
        path, _ = genreport.write(tmp, i, rng)
        with open(path, encoding="utf-8") as f:
            reports.append(f.read())
        os.unlink(path)
    os.rmdir(tmp)
    encoded = [r.encode("utf-8") for r in reports]
    per_file = size_mb * 1024 * 1024 // nfiles
    for i in range(nfiles):
        parts, size = [], 0
        while size < per_file:
            # Seeds as often as generated reports: they are the real ones.
            r = encoded[rng.randrange(3)] if rng.random() < 0.3 else rng.choice(encoded)
            parts.append(r)
            size += len(r)
        with open(os.path.join(out, "r%05d.txt" % i), "wb") as f:
            f.write(b"\n".join(parts))


if __name__ == "__main__":
    main()
