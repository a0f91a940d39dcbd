#!/bin/sh
# bench/check/run.sh BUILD_DIR: `ziping check` against grep (issue 4).
#
# Builds a corpus of about 1 GB of reports in about 16,000 files (the three
# seeds and generated reports, bench/check/make_corpus.py; cached under
# ${TMPDIR:-/tmp} until the generator changes), reads it once to warm the
# page cache, then times in one run, on the same files, each in one
# invocation, single-threaded:
#   ziping  BUILD_DIR/cli/ziping check FILES...
#   grep    grep -cE '[0-9]+(\.[0-9]+)?%' FILES...
# and prints both times, their ratio, and ziping's peak memory; then ziping
# again on a tenth of the files, to show its memory does not grow with the
# number of files.
#
# Environment: BENCH_CHECK_FILES (16000) and BENCH_CHECK_MB (1024) size the
# corpus; BENCH_CHECK_DIR puts it elsewhere.
set -eu
build=${1:-build}
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
ziping=$(cd "$build" && pwd)/cli/ziping
nfiles=${BENCH_CHECK_FILES:-16000}
mb=${BENCH_CHECK_MB:-1024}

if [ ! -x "$ziping" ]; then
    echo "check: $ziping not found; build it first (make build)" >&2
    exit 1
fi
if [ ! -x /usr/bin/time ]; then
    echo "check: GNU time (/usr/bin/time) is needed for peak memory" >&2
    exit 1
fi

# The corpus, keyed by the generators' checksum and the size asked for.
key=$(cat "$here/make_corpus.py" "$root/eval/genreport.py" "$root"/tests/seeds/*.txt |
      cksum | cut -d' ' -f1)
corpus=${BENCH_CHECK_DIR:-${TMPDIR:-/tmp}/zp_bench_check}/$key-$nfiles-$mb
if [ ! -f "$corpus/.done" ]; then
    echo "check: writing the corpus ($nfiles files, about $mb MB) to $corpus"
    rm -rf "$corpus"
    python3 "$here/make_corpus.py" "$corpus" "$nfiles" "$mb"
    touch "$corpus/.done"
fi
bytes=$(find "$corpus" -name 'r*.txt' -exec cat {} + | wc -c)
files=$(find "$corpus" -name 'r*.txt' | wc -l)

# Warm the page cache so that neither side pays for the disk.
find "$corpus" -name 'r*.txt' -exec cat {} + >/dev/null

cd "$corpus"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

# One invocation each over all files (the shell expands the list once).
/usr/bin/time -f '%e %M' -o "$tmp/grep.t" grep -cE '[0-9]+(\.[0-9]+)?%' r*.txt >"$tmp/grep.out" || true
/usr/bin/time -f '%e %M' -o "$tmp/zp.t" "$ziping" check r*.txt >"$tmp/zp.out" 2>"$tmp/zp.err" || true
n10=$((files / 10))
# shellcheck disable=SC2046
set -- $(ls r*.txt | head -n "$n10")
/usr/bin/time -f '%e %M' -o "$tmp/zp10.t" "$ziping" check "$@" >/dev/null 2>&1 || true

# GNU time puts "Command exited with non-zero status 1" first: the figures
# are on the last line (ziping exits 1 when it finds errors).
gsec=$(tail -n 1 "$tmp/grep.t" | cut -d' ' -f1)
gkb=$(tail -n 1 "$tmp/grep.t" | cut -d' ' -f2)
zsec=$(tail -n 1 "$tmp/zp.t" | cut -d' ' -f1)
zkb=$(tail -n 1 "$tmp/zp.t" | cut -d' ' -f2)
z10sec=$(tail -n 1 "$tmp/zp10.t" | cut -d' ' -f1)
z10kb=$(tail -n 1 "$tmp/zp10.t" | cut -d' ' -f2)
findings=$(grep -c ': error: ' "$tmp/zp.out" || true)

awk -v bytes="$bytes" -v files="$files" -v g="$gsec" -v z="$zsec" -v zkb="$zkb" \
    -v gkb="$gkb" -v n10="$n10" -v z10="$z10sec" -v z10kb="$z10kb" -v found="$findings" '
BEGIN {
    mbs = bytes / 1048576
    printf "corpus: %d files, %.0f MB\n", files, mbs
    printf "%-34s %10s %12s %12s\n", "", "seconds", "MB/s", "peak KB"
    printf "%-34s %10.2f %12.1f %12d\n", "grep -cE [0-9]+(\\.[0-9]+)?%", g, (g > 0 ? mbs / g : 0), gkb
    printf "%-34s %10.2f %12.1f %12d\n", "ziping check", z, (z > 0 ? mbs / z : 0), zkb
    printf "%-34s %10.2f %12s %12d\n", sprintf("ziping check, %d files", n10), z10, "", z10kb
    printf "ratio ziping/grep: %.1fx (goal: 3x)\n", (g > 0 ? z / g : 0)
    printf "errors reported: %d\n", found
}'
