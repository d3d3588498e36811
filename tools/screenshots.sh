#!/bin/sh
# SPDX-License-Identifier: MIT
# SPDX-FileCopyrightText: 2026 OneStreet developers
# Screenshots of every page of the window, in Chinese and in English, on a virtual display.
#   tools/screenshots.sh DEMO.db [OUTPUT_DIR] [ONESTREET_BINARY]
# Writes OUTPUT_DIR/zh_CN/<page>.png and OUTPUT_DIR/en/<page>.png (default OUTPUT_DIR: ./screenshots).
# SCREEN=1280x720 tools/screenshots.sh … takes them on a screen of that size (default 1600x1000; the
# window is 1400×900, or smaller to fit the screen).
# Make the demo file first, e.g.: onestreet --db /tmp/demo.db demo
set -eu

if [ $# -lt 1 ]; then
    echo "Usage: $0 DEMO.db [OUTPUT_DIR] [ONESTREET_BINARY]" >&2
    exit 2
fi
database=$1
output=${2:-screenshots}
binary=${3:-$(dirname "$0")/../build/app/onestreet}

if [ ! -f "$database" ]; then
    echo "$database does not exist. Make it with: $binary --db $database demo" >&2
    exit 1
fi
if [ ! -x "$binary" ]; then
    echo "$binary is not an executable; pass the built onestreet as the third argument." >&2
    exit 1
fi
command -v xvfb-run >/dev/null || { echo "xvfb-run is missing (apt-get install xvfb)." >&2; exit 1; }

# The window only reads the file to show it, but work on a copy so the demo stays pristine.
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
for lang in zh_CN en; do
    cp "$database" "$work/onestreet.db"
    mkdir -p "$output/$lang"
    xvfb-run -a -s "-screen 0 ${SCREEN:-1600x1000}x24" \
        "$binary" --db "$work/onestreet.db" --lang "$lang" --screenshot "$output/$lang"
    echo "$output/$lang: $(ls "$output/$lang" | wc -l) pages"
done
