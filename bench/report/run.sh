#!/bin/sh
# bench/report/run.sh BUILD_DIR: the report benchmark (issue 3).
#
# Generates 1,000 synthetic unit-years (bench/core/gen_units.py, cached in
# BUILD_DIR/bench-data), then, one after the other in this run:
#   ziping  BUILD_DIR/bench/bench_report: load, derive, score, build the
#           report and write it as DOCX, all 1,000 in one process (it also
#           writes each report's Markdown, untimed, for the peer);
#   ziping  `ziping report FILE... -o DIR --format docx`, one process for all;
#   ziping  `ziping report FILE -o FILE.docx`, one process per document;
#   pandoc  `pandoc -f markdown -t docx` on the same reports' Markdown, one
#           process per document, as it is used;
# and prints the time per document of each and the ratios.
#
# Environment: BENCH_DOCS (default 1000) documents; PYTHON as for bench/core.
set -eu
build=${1:-build}
here=$(cd "$(dirname "$0")" && pwd)
n=${BENCH_DOCS:-1000}
bench=$build/bench/bench_report
ziping=$build/cli/ziping

for tool in "$bench" "$ziping"; do
    if [ ! -x "$tool" ]; then
        echo "report: $tool not found; build it first (make bench)" >&2
        exit 1
    fi
done
if ! command -v pandoc > /dev/null 2>&1; then
    echo "report: pandoc not found (scripts/install-deps.sh installs it)" >&2
    exit 1
fi
if [ -z "${PYTHON:-}" ]; then
    if [ -x /usr/bin/python3 ]; then PYTHON=/usr/bin/python3; else PYTHON=python3; fi
fi

sum=$(cksum < "$here/../core/gen_units.py" | cut -d' ' -f1)
data=$build/bench-data/report-$n-$sum
if [ ! -f "$data/defects.txt" ]; then
    rm -rf "$build"/bench-data/report-*
    mkdir -p "$build/bench-data"
    "$PYTHON" "$here/../core/gen_units.py" "$data.tmp" -n "$n" > /dev/null
    mv "$data.tmp" "$data"
fi
find "$data" -name '*.yaml' -exec cat {} + > /dev/null

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT INT TERM
mkdir -p "$tmp/lib" "$tmp/batch" "$tmp/cli" "$tmp/pandoc"

ms_now() { echo $(( $(date +%s%N) / 1000000 )); }

# 1. in one process
"$bench" "$data" "$tmp/lib" > "$tmp/lib.out"
get() { awk -v k="$1" '$1 == k { print $2; exit }' "$tmp/lib.out"; }
docs=$(get documents)

# 2. one `ziping report` for all the documents, as a finance bureau would
#    write its units' reports
t0=$(ms_now)
"$ziping" report --format docx -o "$tmp/batch" "$data"/*.yaml 2> /dev/null || [ $? -eq 1 ]
t1=$(ms_now)
batch_ms=$((t1 - t0))

# 3. one ziping process per document
t0=$(ms_now)
for f in "$data"/*.yaml; do
    name=$(basename "$f" .yaml)
    "$ziping" report "$f" -o "$tmp/cli/$name.docx" 2> /dev/null || [ $? -eq 1 ]
done
t1=$(ms_now)
cli_ms=$((t1 - t0))

# 4. one pandoc process per document, on the same reports' Markdown
t0=$(ms_now)
for f in "$tmp"/lib/*.md; do
    name=$(basename "$f" .md)
    pandoc -f markdown -t docx -o "$tmp/pandoc/$name.docx" "$f"
done
t1=$(ms_now)
pandoc_ms=$((t1 - t0))

cpu=$(awk -F': ' '/^model name/ { print $2; exit }' /proc/cpuinfo 2>/dev/null || true)
echo "report: $docs synthetic unit-years (bench/core/gen_units.py) to DOCX, $(date +%Y-%m-%d)"
echo "        ${cpu:-unknown CPU}, $(nproc) CPUs; single-threaded; $(pandoc --version | head -1)"
echo
awk -v docs="$docs" -v lib="$(get ms_per_document)" -v batch="$batch_ms" -v cli="$cli_ms" \
    -v pd="$pandoc_ms" \
    -v kb="$(get docx_kb_per_document)" -v rss="$(get peak_rss_mb)" 'BEGIN {
    b = batch / docs; c = cli / docs; p = pd / docs;
    printf "%-52s %10s %9s\n", "", "ms/doc", "vs pandoc";
    printf "%-52s %10.3f %8.0fx\n", "ziping, library, one process for all (bench_report)", lib, p / lib;
    printf "%-52s %10.3f %8.0fx\n", "ziping report FILE... -o DIR, one process for all", b, p / b;
    printf "%-52s %10.3f %8.1fx\n", "ziping report FILE -o X.docx, a process per document", c, p / c;
    printf "%-52s %10.3f %9s\n", "pandoc -f markdown -t docx, a process per document", p, "1x";
    printf "\nziping: %.1f KB per DOCX (with charts), peak memory %.1f MB for all %d\n", kb, rss, docs;
}'
echo "ziping stages, ms per document: load $(get stage_load_ms), derive $(get stage_derive_ms)," \
    "score $(get stage_score_ms), build $(get stage_build_ms), docx $(get stage_docx_ms)," \
    "write $(get stage_write_ms)"
echo "pandoc converts Markdown that ziping wrote: it does no loading, deriving or scoring, and its" \
    "DOCX has no charts and default styles"
