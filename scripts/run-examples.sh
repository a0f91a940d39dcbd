#!/bin/sh
# The main job on the bundled examples: for each unit-year in examples/,
# validate it, derive every figure and score it, printing the tables, then
# write its report in every format (Markdown, HTML, DOCX, XLSX) into one
# output folder. Findings in the examples are expected (they are real
# reports, errors and all); only a file that cannot be read (exit 2) fails
# the run.
set -u
ziping=${1:-build/cli/ziping}
root=$(cd "$(dirname "$0")/.." && pwd)
out=${2:-$root/build/reports}
status=0
mkdir -p "$out"
for f in "$root"/examples/*.yaml; do
    rel=${f#"$root"/}
    printf '\n==================== %s ====================\n' "$rel"
    for verb in validate derive score; do
        printf '\n---- ziping %s %s\n' "$verb" "$rel"
        (cd "$root" && "$ziping" "$verb" "$rel" 2>&1)
        rc=$?
        [ "$rc" -ge 2 ] && status=1
    done
    printf '\n---- ziping report %s --format all -o %s\n' "$rel" "$out"
    # The data's findings were printed by validate above; show what was written.
    log=$(cd "$root" && "$ziping" report "$rel" --format all -o "$out" 2>&1)
    rc=$?
    printf '%s\n' "$log" | grep '已写出'
    if [ "$rc" -ge 2 ]; then
        printf '%s\n' "$log"
        status=1
    fi
done
printf '\n报告已写出到 (reports written to) %s：\n' "$out"
ls -1 "$out"
exit $status
