#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# Every figure of the speed table, each beside its reference measured in the same run, in CPU
# time (getrusage: user + system), one line per figure: name, value, reference, ratio, aim.
#   tests/bench/bench_all.sh [BUILD_DIR] [WORK_DIR]
# BUILD_DIR (default build) must hold app/onestreet and tests/bench/{bench_speed,bench_import}
# (`cmake --build build --target onestreet bench_speed bench_import`). WORK_DIR (default
# /tmp/onestreet-bench) keeps the demo files of 1 and 10 years (350 streets) between runs,
# named by the file format they were made with. Needs sqlite3 and GNU time (/usr/bin/time).
set -euo pipefail
build=$(cd "${1:-build}" && pwd)
work=${2:-/tmp/onestreet-bench}
mkdir -p "$work"
onestreet=$build/app/onestreet
speed=$build/tests/bench/bench_speed
import=$build/tests/bench/bench_import
here=$(cd "$(dirname "$0")" && pwd)
format=$(ls "$here/../../resources/migrations"/*.sql | wc -l)
today=$(date +%F)
export QT_QPA_PLATFORM=offscreen LC_ALL=C.UTF-8

# cpu OUT CMD...: runs CMD, writes "user+system seconds" and "peak KB" to OUT.
cpu() {
    local out=$1
    shift
    /usr/bin/time -f '%U %S %M' -o "$out.time" "$@" >"$out.log" 2>&1 || true
    awk '{printf "%.3f %d\n", $1 + $2, $3}' "$out.time" >"$out"
}
secs() { cut -d' ' -f1 "$1"; }
peak() { cut -d' ' -f2 "$1"; }
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { if (b > 0) printf "%.2f", a / b; else print "-" }'; }
line() { printf '%-34s %12s %12s %8s   %s\n' "$1" "$2" "$3" "$4" "$5"; }

demo() { # demo FILE YEARS
    [ -s "$1" ] || "$onestreet" --db "$1" demo --streets 350 --years "$2" --end "$today" >/dev/null 2>&1
}
y1=$work/y1-f$format.db
y10=$work/y10-f$format.db
empty=$work/empty-f$format.db
demo "$y1" 1
demo "$y10" 10
[ -s "$empty" ] || "$speed" create "$empty"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

# A worker's attendance as the import reads it (工号, 日期, 状态, 签到, 签退) and the sqlite3 shell's
# `.import` of the same file into a plain table with the same unique key.
attendance_csv() { # FILE DB
    {
        echo '工号,日期,状态,签到,签退'
        sqlite3 -csv "$2" "SELECT w.code, a.day, a.status, a.sign_in, a.sign_out FROM attendance a
                           JOIN social_worker w ON w.id = a.worker_id ORDER BY a.day, w.code"
    } >"$1"
}
shell_script() { # CSV DB: writes DB.sql, the sqlite3 shell's import of CSV into DB
    printf '%s\n' "CREATE TABLE attendance (worker TEXT NOT NULL, day TEXT NOT NULL, status TEXT NOT NULL,
                   sign_in TEXT, sign_out TEXT, UNIQUE (worker, day));" \
        ".mode csv" ".import --skip 1 '$1' attendance" >"$2.sql"
    rm -f "$2"
}

line figure value reference ratio aim

# Import into an empty file: bench_import (1M rows) prints both CPU times.
cpu "$tmp/imp" "$import" 1000000
read -r ours theirs < <(sed -n 's/^CPU time: onestreet \([0-9.]*\) s, sqlite3 \([0-9.]*\) s.*/\1 \2/p' "$tmp/imp.log")
line "import 1M rows, empty file (s)" "$ours" "$theirs" "$(ratio "$ours" "$theirs")" "<= 1.2"
line "import 1M rows, peak memory (MB)" "$(($(peak "$tmp/imp") / 1024))" 100 \
    "$(ratio "$(($(peak "$tmp/imp") / 1024))" 100)" "<= 1 (100 MB)"

# Import into the 10-year file: its own attendance exported, deleted, imported back.
attendance_csv "$tmp/a10.csv" "$y10"
rows=$(($(wc -l <"$tmp/a10.csv") - 1))
cp "$y10" "$tmp/i10.db"
sqlite3 "$tmp/i10.db" "DELETE FROM attendance"
cpu "$tmp/imp10" "$onestreet" --db "$tmp/i10.db" import attendance "$tmp/a10.csv"
shell_script "$tmp/a10.csv" "$tmp/plain10.db"
cpu "$tmp/ref10" sqlite3 -batch -init "$tmp/plain10.db.sql" "$tmp/plain10.db" .quit
line "import $rows rows, 10-year file (s)" "$(secs "$tmp/imp10")" "$(secs "$tmp/ref10")" \
    "$(ratio "$(secs "$tmp/imp10")" "$(secs "$tmp/ref10")")" "<= 1.5"
line "import into 10-year, peak (MB)" "$(($(peak "$tmp/imp10") / 1024))" 100 \
    "$(ratio "$(($(peak "$tmp/imp10") / 1024))" 100)" "<= 1 (100 MB)"

# Demo rows/s against the sqlite3 shell's .import rows/s.
cpu "$tmp/demo" "$onestreet" --db "$tmp/demo.db" demo --streets 350 --years 1 --end "$today"
demo_rows=$(sed -n 's/^\([0-9]*\) rows written.*/\1/p' "$tmp/demo.log")
attendance_csv "$tmp/a1.csv" "$tmp/demo.db"
ref_rows=$(($(wc -l <"$tmp/a1.csv") - 1))
shell_script "$tmp/a1.csv" "$tmp/plain1.db"
cpu "$tmp/ref1" sqlite3 -batch -init "$tmp/plain1.db.sql" "$tmp/plain1.db" .quit
ours=$(awk -v n="$demo_rows" -v s="$(secs "$tmp/demo")" 'BEGIN { printf "%d", n / s }')
theirs=$(awk -v n="$ref_rows" -v s="$(secs "$tmp/ref1")" 'BEGIN { printf "%d", n / s }')
line "demo rows/s (1 year)" "$ours" "$theirs" "$(ratio "$ours" "$theirs")" ">= 0.8"

# Chart data: the 1-year file against the aim, the 10-year file against the 1-year one.
"$speed" charts "$y1" "$today" >"$tmp/c1"
"$speed" charts "$y10" "$today" >"$tmp/c10"
for kind in attendance workload; do
    a=$(awk -v k="${kind}_ms" '$1 == k { printf "%.1f", $2 }' "$tmp/c1")
    b=$(awk -v k="${kind}_ms" '$1 == k { printf "%.1f", $2 }' "$tmp/c10")
    line "$kind chart data, 1 year (ms)" "$a" 20 "$(ratio "$a" 20)" "<= 1 (20 ms)"
    line "$kind chart data, 10 ÷ 1 year (ms)" "$b" "$a" "$(ratio "$b" "$a")" "<= 1.2"
done

# check against sqlite3's own PRAGMA quick_check of the same file.
cpu "$tmp/check" "$onestreet" --db "$y10" check
cpu "$tmp/quick" sqlite3 "$y10" "PRAGMA quick_check"
line "check, 10-year file (s)" "$(secs "$tmp/check")" "$(secs "$tmp/quick")" \
    "$(ratio "$(secs "$tmp/check")" "$(secs "$tmp/quick")")" "<= 1.3"

# The window: visible and idle, on the 10-year file against an empty one; peak memory with the
# attendance page open.
"$speed" window "$empty" >"$tmp/we"
"$speed" window "$y10" >"$tmp/w10"
for k in visible_ms idle_ms; do
    a=$(awk -v k=$k '$1 == k { printf "%.0f", $2 }' "$tmp/w10")
    b=$(awk -v k=$k '$1 == k { printf "%.0f", $2 }' "$tmp/we")
    line "window ${k%_ms}, 10-year ÷ empty (ms)" "$a" "$b" "$(ratio "$a" "$b")" "<= 1.5"
done
a=$(awk '$1 == "peak_kb" { printf "%d", $2 / 1024 }' "$tmp/w10")
b=$(awk '$1 == "peak_kb" { printf "%d", $2 / 1024 }' "$tmp/we")
line "attendance page peak, 10y ÷ empty (MB)" "$a" "$b" "$(ratio "$a" "$b")" "<= 1.3"

# summary: the 10-year file against the 1-year one.
a=$("$speed" summary "$y10" "$today" | awk '{ printf "%.1f", $2 }')
b=$("$speed" summary "$y1" "$today" | awk '{ printf "%.1f", $2 }')
line "summary, 10-year ÷ 1-year (ms)" "$a" "$b" "$(ratio "$a" "$b")" "<= 1.2"
