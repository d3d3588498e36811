#!/bin/sh
# SPDX-License-Identifier: MIT
# SPDX-FileCopyrightText: 2026 OneStreet developers
# The desktop entry, icons and AppStream metainfo as a desktop and a software centre see them:
# installs the build into a scratch folder (DESTDIR) and validates what landed there.
#   test_metadata.sh BUILD_DIR APP_ID VERSION
set -eu
build=$1
app_id=$2
version=$3

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
root=$work/root
DESTDIR=$root cmake --install "$build" --prefix /usr >/dev/null

fail() {
    echo "FAIL: $*" >&2
    exit 1
}

desktop=$root/usr/share/applications/$app_id.desktop
metainfo=$root/usr/share/metainfo/$app_id.metainfo.xml
[ -f "$desktop" ] || fail "no desktop entry at /usr/share/applications/$app_id.desktop"
[ -f "$metainfo" ] || fail "no metainfo at /usr/share/metainfo/$app_id.metainfo.xml"
grep -qx 'Name\[zh_CN\]=一街一社工项目管理' "$desktop" || fail "the desktop entry lacks Name[zh_CN]=一街一社工项目管理"
grep -q '^Categories=.*Office;' "$desktop" || fail "the desktop entry is not in the Office category"
grep -qx "Icon=$app_id" "$desktop" || fail "the desktop entry's Icon is not $app_id"
exec_line=$(sed -n 's/^Exec=//p' "$desktop")
[ -x "$root/usr/bin/${exec_line%% *}" ] || fail "the desktop entry runs '$exec_line', which is not installed in /usr/bin"
for size in 16x16 22x22 24x24 32x32 48x48 64x64 128x128 256x256 512x512; do
    icon=$root/usr/share/icons/hicolor/$size/apps/$app_id.png
    [ -f "$icon" ] || fail "no $size icon"
    # A PNG's width and height are bytes 17-24 of its IHDR chunk.
    actual=$(od -An -tu1 -j16 -N8 "$icon" | awk '{ printf "%dx%d", $3 * 256 + $4, $7 * 256 + $8 }')
    [ "$actual" = "$size" ] || fail "the $size icon is $actual pixels"
done
[ -f "$root/usr/share/icons/hicolor/scalable/apps/$app_id.svg" ] || fail "no scalable icon"
grep -q "<release version=\"$version\"" "$metainfo" ||
    fail "the metainfo has no <release> for version $version (add one to resources/desktop/onestreet.metainfo.xml.in)"

checked=""
missing=""
if command -v desktop-file-validate >/dev/null; then
    desktop-file-validate "$desktop" || fail "desktop-file-validate refuses the desktop entry"
    checked="$checked desktop-file-validate"
else
    missing="$missing desktop-file-utils"
fi
if command -v appstreamcli >/dev/null; then
    appstreamcli validate --no-net --explain "$metainfo" || fail "appstreamcli validate refuses the metainfo"
    # The component with its desktop entry and icon, as a software centre would collect it.
    appstreamcli validate-tree --no-net "$root" || fail "appstreamcli validate-tree refuses the installed tree"
    checked="$checked appstreamcli"
else
    missing="$missing appstream"
fi
[ -z "$checked" ] && { echo "SKIPPED: neither desktop-file-validate nor appstreamcli is installed (apt-get install desktop-file-utils appstream)"; exit 77; }
echo "PASSED: desktop entry, $(echo 16 22 24 32 48 64 128 256 512 | wc -w) icon sizes and metainfo; validated by$checked"
[ -z "$missing" ] || echo "NOT CHECKED: install$missing to validate the rest"
