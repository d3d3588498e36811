#!/bin/sh
# SPDX-License-Identifier: MIT
# SPDX-FileCopyrightText: 2026 OneStreet developers
# Screenshots of every page of the window, in Chinese and in English, on a virtual display.
#   tools/screenshots.sh DEMO.db [OUTPUT_DIR] [ONESTREET_BINARY]
#       writes OUTPUT_DIR/zh_CN/<page>.png and OUTPUT_DIR/en/<page>.png (default OUTPUT_DIR: ./screenshots)
#   tools/screenshots.sh --guide DEMO.db [ONESTREET_BINARY]
#       writes the user guide's screenshots, resources/help/images/<language>/<topic>.png: one per
#       guide page, without the status bar, scaled to 960 pixels wide and reduced to 32 colours, so that the guide stays
#       small inside the program (needs ImageMagick's convert and pngquant).
# SCREEN=1280x720 tools/screenshots.sh … takes them on a screen of that size (default 1600x1000; the
# window is 1400×900, or smaller to fit the screen).
# Make the demo file first, e.g.: onestreet --db /tmp/demo.db demo --streets 20 --years 2
set -eu

guide=no
if [ "${1:-}" = "--guide" ]; then
    guide=yes
    shift
fi
if [ $# -lt 1 ]; then
    echo "Usage: $0 DEMO.db [OUTPUT_DIR] [ONESTREET_BINARY]" >&2
    echo "       $0 --guide DEMO.db [ONESTREET_BINARY]" >&2
    exit 2
fi
here=$(dirname "$0")
database=$1
if [ "$guide" = yes ]; then
    output=$(mktemp -d)
    binary=${2:-$here/../build/app/onestreet}
else
    output=${2:-screenshots}
    binary=${3:-$here/../build/app/onestreet}
fi

if [ ! -f "$database" ]; then
    echo "$database does not exist. Make it with: $binary --db $database demo" >&2
    exit 1
fi
if [ ! -x "$binary" ]; then
    echo "$binary is not an executable; pass the built onestreet as the last argument." >&2
    exit 1
fi
command -v xvfb-run >/dev/null || { echo "xvfb-run is missing (apt-get install xvfb)." >&2; exit 1; }
if [ "$guide" = yes ]; then
    for tool in convert pngquant; do
        command -v "$tool" >/dev/null || { echo "$tool is missing (apt-get install imagemagick pngquant)." >&2; exit 1; }
    done
fi

# The window only reads the file to show it, but work on a copy so the demo stays pristine.
work=$(mktemp -d)
trap 'rm -rf "$work"; [ "$guide" = no ] || rm -rf "$output"' EXIT
shoot() { # DATABASE LANGUAGE FOLDER
    xvfb-run -a -s "-screen 0 ${SCREEN:-1600x1000}x24" "$binary" --db "$1" --lang "$2" --screenshot "$3"
}
for lang in zh_CN en; do
    cp "$database" "$work/onestreet.db"
    mkdir -p "$output/$lang"
    shoot "$work/onestreet.db" "$lang" "$output/$lang"
    # The welcome page: the window on a file that does not exist yet.
    [ "$guide" = no ] || shoot "$work/new/onestreet.db" "$lang" "$output/$lang"
    echo "$output/$lang: $(ls "$output/$lang" | wc -l) pages"
done
[ "$guide" = yes ] || exit 0

# Which page of the window each guide page shows (resources/help/<language>/<topic>.html).
images=$here/../resources/help/images
for lang in zh_CN en; do
    mkdir -p "$images/$lang"
    for pair in index:overview contracts:contracts placements:placements attendance:attendance \
        activities:activities supervision:supervision evaluations:evaluations charts:charts \
        backups:settings server:welcome; do
        topic=${pair%%:*}
        page=${pair#*:}
        target=$images/$lang/$topic.png
        # Without the status bar (it names the temporary file's backup), scaled, then 32 colours
        # without dithering: flat UI colours compress best that way.
        convert "$output/$lang/$page.png" -gravity South -chop 0x24 -filter Triangle -resize 960x "$work/scaled.png"
        pngquant --force --speed 1 --strip --nofs --output "$target" 32 "$work/scaled.png"
    done
done
echo "$images: $(du -sk "$images" | cut -f1) KiB in $(find "$images" -name '*.png' | wc -l) pictures"
