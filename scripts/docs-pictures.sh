#!/bin/sh
# The pictures in docs/: one page of each example's DOCX report, as a
# reader sees it after LibreOffice lays it out (scripts/fonts.conf for the
# fonts of an official document). Run after a build:
#   scripts/docs-pictures.sh [build/cli/ziping]
# Writes docs/img/<example>.png (and leaves the PDFs in a temporary folder).
set -eu
ziping=${1:-build/cli/ziping}
root=$(cd "$(dirname "$0")/.." && pwd)
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT INT TERM
mkdir -p "$root/docs/img"
# The page to show of each: where its figures are (收支情况 or the score table).
for spec in shaoguan-kx-2023:5 baiyun-kx-2023:4 taoyuan-kx-2023:5; do
    name=${spec%%:*}
    page=${spec##*:}
    SOURCE_DATE_EPOCH=1700000000 "$ziping" report "$root/examples/$name.yaml" -o "$tmp/$name.docx" 2>/dev/null || [ $? -eq 1 ]
    (cd "$tmp" && HOME="$tmp" FONTCONFIG_FILE="$root/scripts/fonts.conf" \
        libreoffice -env:UserInstallation="file://$tmp/profile" --headless \
        --convert-to pdf "$name.docx" > /dev/null 2>&1)
    pdftoppm -png -r 80 -f "$page" -l "$page" -singlefile "$tmp/$name.pdf" "$root/docs/img/$name"
    echo "docs/img/$name.png: page $page of $(pdfinfo "$tmp/$name.pdf" | awk '/^Pages/ { print $2 }')"
done
