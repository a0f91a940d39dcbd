#!/bin/sh
# The main job on the bundled examples: for each unit-year in examples/,
# validate it, derive every figure and score it, printing the tables.
# Findings in the examples are expected (they are real reports, errors and
# all); only a file that cannot be read (exit 2) fails the run.
set -u
ziping=${1:-build/cli/ziping}
root=$(cd "$(dirname "$0")/.." && pwd)
status=0
for f in "$root"/examples/*.yaml; do
    rel=${f#"$root"/}
    printf '\n==================== %s ====================\n' "$rel"
    for verb in validate derive score; do
        printf '\n---- ziping %s %s\n' "$verb" "$rel"
        (cd "$root" && "$ziping" "$verb" "$rel" 2>&1)
        rc=$?
        [ "$rc" -ge 2 ] && status=1
    done
done
exit $status
