#!/bin/sh
# SPDX-License-Identifier: MIT
# SPDX-FileCopyrightText: 2026 OneStreet developers
# Renders the application icon (resources/icons/onestreet.svg) into the PNG sizes the desktop
# (hicolor theme) and the window use: resources/icons/png/onestreet-<size>.png. The PNGs are
# committed, so that building needs no SVG renderer; run this after changing the SVG.
#   tools/render-icons.sh        (needs rsvg-convert: apt-get install librsvg2-bin; optipng optional)
set -eu
icons=$(dirname "$0")/../resources/icons
command -v rsvg-convert >/dev/null || { echo "rsvg-convert is missing (apt-get install librsvg2-bin)." >&2; exit 1; }
mkdir -p "$icons/png"
for size in 16 22 24 32 48 64 128 256 512; do
    rsvg-convert -w "$size" -h "$size" "$icons/onestreet.svg" -o "$icons/png/onestreet-$size.png"
    if command -v optipng >/dev/null; then optipng -quiet -o5 -strip all "$icons/png/onestreet-$size.png"; fi
done
du -ch "$icons"/png/*.png | tail -1
