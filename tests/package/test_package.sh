#!/bin/sh
# SPDX-License-Identifier: MIT
# SPDX-FileCopyrightText: 2026 OneStreet developers
# The Debian package as a user gets it: builds onestreet_<version>_amd64.deb with CPack, installs
# it with apt-get, runs the installed program (the desktop entry's Exec line, --version, a
# headless demo and summary, Chinese output), removes it again and checks that nothing is left.
# Needs root (CI runs as root); skipped otherwise, and when a onestreet package is installed
# already (this test would remove it).
#   test_package.sh BUILD_DIR CPACK APP_ID VERSION
set -eu
build=$1
cpack=$2
app_id=$3
version=$4

if [ "$(id -u)" -ne 0 ]; then
    echo "SKIPPED: installing the package needs root; run ctest as root (CI does) to test it."
    exit 77
fi
if dpkg-query -W -f '${Status}' onestreet 2>/dev/null | grep -q 'ok installed'; then
    echo "SKIPPED: a onestreet package is installed on this machine already; remove it (apt-get remove onestreet) to run this test, which installs and removes its own."
    exit 77
fi
for tool in dpkg-shlibdeps file apt-get; do
    command -v "$tool" >/dev/null || {
        echo "FAIL: $tool is missing; cpack's shlibdeps needs it (apt-get install dpkg-dev file)" >&2
        exit 1
    }
done

work=$(mktemp -d)
installed=no
cleanup() {
    if [ "$installed" = yes ]; then
        apt-get purge -y -q -o DPkg::Lock::Timeout=300 onestreet >/dev/null 2>&1 || true
    fi
    rm -rf "$work"
}
trap cleanup EXIT
fail() {
    echo "FAIL: $*" >&2
    exit 1
}

echo "== cpack -G DEB"
"$cpack" -G DEB --config "$build/CPackConfig.cmake" -B "$work/out" >"$work/cpack.log" 2>&1 || {
    cat "$work/cpack.log" >&2
    fail "cpack could not build the package"
}
deb=$work/out/onestreet_${version}_amd64.deb
[ -f "$deb" ] || fail "cpack made $(ls "$work/out"/*.deb 2>/dev/null || echo nothing), not onestreet_${version}_amd64.deb"
echo "$(basename "$deb"): $(du -k "$deb" | cut -f1) KiB"
depends=$(dpkg-deb -f "$deb" Depends)
echo "Depends: $depends"
for dep in libqt6widgets6 libqt6sql6-sqlite libqt6charts6 libquazip1-qt6 libsqlite3-0; do
    echo "$depends" | grep -q "$dep" || fail "the package does not depend on $dep"
done
dpkg-deb -c "$deb" >"$work/contents"
for f in ./usr/bin/onestreet "./usr/share/applications/$app_id.desktop" "./usr/share/metainfo/$app_id.metainfo.xml" \
    "./usr/share/icons/hicolor/48x48/apps/$app_id.png" "./usr/share/icons/hicolor/scalable/apps/$app_id.svg" \
    ./usr/share/doc/onestreet/copyright; do
    grep -q " $f\$" "$work/contents" || fail "the package lacks $f"
done

echo "== apt-get install ./$(basename "$deb")"
cp "$deb" "$work/"
(cd "$work" && DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends \
    -o DPkg::Lock::Timeout=300 "./$(basename "$deb")") >"$work/apt.log" 2>&1 || {
    cat "$work/apt.log" >&2
    fail "apt-get could not install the package"
}
installed=yes
[ -x /usr/bin/onestreet ] || fail "/usr/bin/onestreet is not there after installing"

echo "== the installed program"
home=$work/home
mkdir -p "$home"
run() { HOME=$home XDG_DATA_HOME=$home/.local/share XDG_CONFIG_HOME=$home/.config QT_QPA_PLATFORM=offscreen "$@"; }
# The menu entry's command line, as the desktop runs it (here with --version: no display).
exec_line=$(sed -n 's/^Exec=//p' "/usr/share/applications/$app_id.desktop")
out=$(run env PATH=/usr/bin:/bin $exec_line --version) || fail "the menu entry's command '$exec_line --version' failed"
[ "$out" = "onestreet $version" ] || fail "'$exec_line --version' printed '$out', not 'onestreet $version'"
echo "$exec_line --version: $out"
run /usr/bin/onestreet --db "$work/demo.db" demo --streets 3 --years 1 --seed 7 >"$work/demo.log" 2>&1 || {
    cat "$work/demo.log" >&2
    fail "the installed program's demo failed"
}
summary=$(run /usr/bin/onestreet --db "$work/demo.db" summary --json) || fail "the installed program's summary failed"
echo "$summary" | grep -q '"contracts_active": *[1-9]' || fail "summary --json on the demo shows no running contract: $summary"
echo "summary --json: $(echo "$summary" | tr -d '\n ' | cut -c1-120)…"
# The translations are inside the executable: Chinese without any other file.
run /usr/bin/onestreet --lang zh_CN --help | grep -q '不带命令时打开窗口' || fail "the installed program does not speak Chinese"
run /usr/bin/onestreet --lang zh_CN --db "$work/demo.db" summary | head -3

echo "== apt-get purge onestreet"
DEBIAN_FRONTEND=noninteractive apt-get purge -y -q -o DPkg::Lock::Timeout=300 onestreet >"$work/purge.log" 2>&1 || {
    cat "$work/purge.log" >&2
    fail "apt-get could not remove the package"
}
installed=no
left=""
for f in $(sed -n 's/^.* \.\(\/usr\/[^ ]*[^/]\)$/\1/p' "$work/contents"); do
    [ -e "$f" ] && [ ! -d "$f" ] && left="$left $f"
done
[ -z "$left" ] || fail "files left after removing the package:$left"
dpkg-query -W -f '${Status}' onestreet 2>/dev/null | grep -q 'ok installed' && fail "dpkg still lists onestreet"
echo "PASSED: built, installed, ran and removed $(basename "$deb")"
