#!/usr/bin/env bash
# `make bundle-test`: proves the bundle in dist/ runs on a PC with no network. Each run is the frozen
# console unpacked into an empty folder (or installed from the .deb), started inside a network namespace
# with no network (`unshare -n`), with an empty environment (`env -i`) and a new empty HOME, offscreen:
# it creates the demo database, opens every page (--quit-after-paint) and exits cleanly. Then: the
# bundled font stands in when the PC has no Chinese font; a database from a newer console is refused and
# left untouched; the .deb installs, is updated over itself keeping the officer's data, and removes
# without leaving a file under /opt, /usr/bin or /usr/share/applications. Prints the sizes and the cold
# start of the frozen console beside the source-run one.
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$PWD
PY=$ROOT/.venv/bin/python
ARCHIVE=$(ls dist/hotline-console-*-linux-*.tar.gz 2>/dev/null | head -1 || true)
DEBFILE=$(ls dist/hotline-console_*.deb 2>/dev/null | head -1 || true)
[ -n "$ARCHIVE" ] && [ -n "$DEBFILE" ] || { echo "bundle-test: no bundle in dist/: run 'make bundle' first" >&2; exit 1; }
T=$(mktemp -d /tmp/hotline-bundle-test.XXXXXX)
DEB_INSTALLED=
XVFB_PID=
cleanup() {
  if [ -n "$XVFB_PID" ]; then kill "$XVFB_PID" 2>/dev/null || true; fi
  if [ -n "$DEB_INSTALLED" ]; then dpkg -r hotline-console >/dev/null 2>&1 || true; fi
  rm -rf "$T"
}
trap cleanup EXIT
fail() { echo "bundle-test: FAIL: $*" >&2; exit 1; }
ok() { echo "bundle-test: ok: $*"; }
count() { "$PY" -c 'import sqlite3, sys; print(sqlite3.connect(sys.argv[1]).execute(sys.argv[2]).fetchone()[0])' "$@"; }

NONET=(unshare -n)
"${NONET[@]}" true 2>/dev/null || { echo "bundle-test: unshare -n not allowed here (needs root or user namespaces)" >&2; exit 1; }
PASSWORD=officer-96110        # the demo database's officer (console/demo/generator.py)

# isolated HOME COMMAND...: no network, nothing in the environment but HOME, the platform and the
# demo officer's password (and a small demo database, to keep the run short).
isolated() {
  local home=$1; shift
  "${NONET[@]}" env -i HOME="$home" QT_QPA_PLATFORM=offscreen HOTLINE_CONSOLE_PASSWORD=$PASSWORD \
    HOTLINE_DEMO_YEARS=0.05 ${EXTRA_ENV:-} "$@"
}

# every_page HOME COMMAND: a new demo database, every page opened, a clean exit.
every_page() {
  local home=$1; shift
  mkdir -p "$home"
  local out
  out=$(isolated "$home" "$@" --demo --user officer --quit-after-paint 2>"$home.stderr") \
    || { cat "$home.stderr" >&2; fail "$* exited $?"; }
  grep -q '^first_paint_s=' <<<"$out" || fail "$* never painted: $out"
  grep -q '^rss_bytes=' <<<"$out" || fail "$* did not get through every page"
  local db=$home/.local/share/hotline-console/demo.db
  [ -f "$db" ] || fail "no demo database in the new HOME"
  [ "$(count "$db" "SELECT count(*) FROM scripts")" -gt 0 ] || fail "the demo database has no scripts"
  local log
  log=$(cat "$home"/.local/share/hotline-console/logs/*.log 2>/dev/null || true)
  if grep -q "translation .* missing" <<<"$log"; then fail "the Chinese translation was not found"; fi
  if grep -E "Traceback|ERROR|CRITICAL" <<<"$log" >/dev/null; then echo "$log" >&2; fail "errors in the log"; fi
}

echo "bundle-test: $ARCHIVE and $DEBFILE"
mkdir "$T/app"
tar -C "$T/app" -xzf "$ARCHIVE"
APP=$T/app/hotline-console/hotline-console
[ -x "$APP" ] || fail "the archive holds no hotline-console program"
every_page "$T/home-archive" "$APP"
ok "unpacked archive: demo database created, every page opened, no network, empty environment"

# A PC without any Chinese font: fontconfig sees no fonts at all; the bundled one is registered.
mkdir -p "$T/nofonts"
printf '<?xml version="1.0"?>\n<fontconfig><cachedir>%s</cachedir></fontconfig>\n' "$T/nofonts/cache" > "$T/nofonts/fonts.conf"
EXTRA_ENV="FONTCONFIG_FILE=$T/nofonts/fonts.conf" every_page "$T/home-nofont" "$APP"
grep -q "registered the bundled WenQuanYi Micro Hei" "$T"/home-nofont/.local/share/hotline-console/logs/*.log \
  || fail "the bundled font was not registered on a PC without a Chinese font"
ok "no Chinese font on the PC: the bundled WenQuanYi Micro Hei registered"

# The xcb platform plugin, on a real X server (Xvfb) with no font on it: the window a PC's desktop shows.
if ! command -v Xvfb >/dev/null && [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq xvfb >/dev/null 2>&1 || true
fi
if command -v Xvfb >/dev/null; then
  display=:$((90 + RANDOM % 100))
  Xvfb "$display" -screen 0 1366x768x24 -nolisten tcp >/dev/null 2>&1 &
  XVFB_PID=$!
  for _ in $(seq 50); do [ -S "/tmp/.X11-unix/X${display#:}" ] && break; sleep 0.1; done
  EXTRA_ENV="DISPLAY=$display FONTCONFIG_FILE=$T/nofonts/fonts.conf" isolated "$T/home-nofont" \
    env QT_QPA_PLATFORM=xcb "$APP" --user officer --quit-after-paint >"$T/xcb.out" 2>"$T/xcb.err" \
    || { cat "$T/xcb.err" >&2; fail "the console did not run on X (xcb)"; }
  kill "$XVFB_PID"; wait "$XVFB_PID" 2>/dev/null || true
  XVFB_PID=
  grep -q first_paint_s "$T/xcb.out" || fail "the console never painted on X (xcb)"
  ok "xcb platform plugin on Xvfb, no network, no font on the PC: every page opened"
else
  echo "bundle-test: skipped: the xcb run (no Xvfb here; apt-get install xvfb)"
fi

# A database written by a newer console is refused (the message box waits for the officer) and untouched.
NEWER=$T/home-newer/newer.db
mkdir -p "$T/home-newer"
cp "$T/home-archive/.local/share/hotline-console/demo.db" "$NEWER"
"$PY" - "$NEWER" <<'PYEOF'
import sqlite3, sys
db = sqlite3.connect(sys.argv[1])
db.execute("INSERT INTO _sqlite_migrations (migration_set, name, applied_at) VALUES ('core', 'm99_from_the_future', '2030-01-01')")
db.commit()
db.close()   # the last connection checkpoints the WAL into the file
PYEOF
before=$(sha256sum "$NEWER" | cut -d' ' -f1)
set -m     # its own process group, so that closing it closes the console too
isolated "$T/home-newer" "$APP" --db "$NEWER" --user officer --quit-after-paint >"$T/newer.out" 2>/dev/null &
pid=$!
set +m
for _ in $(seq 60); do   # the refusal is logged, then a message box waits for the officer: close it
  grep -qs "newer version of the console" "$T"/home-newer/.local/share/hotline-console/logs/*.log && break
  kill -0 $pid 2>/dev/null || break
  sleep 0.5
done
kill -- -$pid 2>/dev/null || true
wait $pid 2>/dev/null || true
sleep 0.5
if pgrep -f "$APP" >/dev/null; then fail "the refused console did not close"; fi
grep -q first_paint_s "$T/newer.out" && fail "an older console opened a newer database"
grep -qs "newer version of the console" "$T"/home-newer/.local/share/hotline-console/logs/*.log \
  || fail "the refusal of a newer database is not in the log"
[ "$(sha256sum "$NEWER" | cut -d' ' -f1)" = "$before" ] || fail "the newer database was changed"
ok "a database from a newer console: refused, left as it was"

# A file of the previous release: the frozen console copies it, then upgrades it, keeping every row.
OLDER=$T/home-older/older.db
mkdir -p "$T/home-older"
newest=$("$PY" - "$OLDER" "$PASSWORD" <<'PYEOF'
import sys
from console.models.core.db import connect
from console.models.migrations import MIGRATION_SETS
from console.models.core.users import Role, insert_user
db = connect(sys.argv[1])
newest = MIGRATION_SETS[-1]._migrations[-1].name
for mset in MIGRATION_SETS[:-1]:
    mset.apply(db)
MIGRATION_SETS[-1].apply(db, stop_before=newest)
insert_user(db, "officer", "Officer", Role.OFFICER, sys.argv[2])
db.execute("INSERT INTO districts (code, name) VALUES ('420902', '孝南区')")
db.conn.commit()
print(newest)
PYEOF
)
isolated "$T/home-older" "$APP" --db "$OLDER" --user officer --quit-after-paint >"$T/older.out" 2>/dev/null \
  || fail "the frozen console did not open a file of the previous release"
grep -q first_paint_s "$T/older.out" || fail "the frozen console never painted on a file of the previous release"
[ "$(count "$OLDER" "SELECT count(*) FROM _sqlite_migrations WHERE name = '$newest'")" = 1 ] \
  || fail "the file of the previous release was not upgraded"
[ "$(count "$OLDER.before-migration" "SELECT count(*) FROM _sqlite_migrations WHERE name = '$newest'")" = 0 ] \
  && [ "$(count "$OLDER.before-migration" "SELECT name FROM districts WHERE code = '420902'")" = 孝南区 ] \
  || fail "no copy of the file as it was before the upgrade"
[ "$(count "$OLDER" "SELECT name FROM districts WHERE code = '420902'")" = 孝南区 ] || fail "the upgrade lost a row"
ok "a file of the previous release: copied to .before-migration, upgraded ($newest), nothing lost"

# Cold start: the frozen console and the source run on the same database, taking turns (median of 5,
# wall clock from launch to the painted window; beside it the figure the console prints itself).
DB=$T/home-archive/.local/share/hotline-console/demo.db
{ read -r frozen_wall frozen_inside; read -r source_wall source_inside; } < <(
  isolated "$T/home-archive" "$PY" packaging/measure_start.py 5 \
    -- "$APP" --db "$DB" --user officer --quit-after-paint \
    -- "$PY" -m console --db "$DB" --user officer --quit-after-paint)

# The Debian package: install, run, update over itself, remove.
[ "$(id -u)" = 0 ] || fail "installing the .deb needs root (run make bundle-test as root, or with sudo)"
if dpkg -s hotline-console >/dev/null 2>&1; then fail "hotline-console is installed already: dpkg -r it first"; fi
dpkg -i "$DEBFILE" >/dev/null
DEB_INSTALLED=1
[ -x /usr/bin/hotline-console ] && [ -f /usr/share/applications/hotline-console.desktop ] \
  && [ -f /usr/share/icons/hicolor/256x256/apps/hotline-console.png ] || fail "the .deb did not install its files"
if command -v desktop-file-validate >/dev/null; then desktop-file-validate /usr/share/applications/hotline-console.desktop; fi
files_before=$(find /opt/hotline-console | wc -l)
every_page "$T/home-deb" /usr/bin/hotline-console
[ "$(find /opt/hotline-console | wc -l)" = "$files_before" ] || fail "running the console wrote under /opt"
ok "installed .deb: hotline-console ran with no network and an empty environment, wrote nothing under /opt"

# Update: a newer package over the installed one keeps the officer's database (it is in the user's data
# folder, not under /opt) and opens it.
DEBDB=$T/home-deb/.local/share/hotline-console/demo.db
calls_before=$(count "$DEBDB" "SELECT count(*) FROM calls")
mkdir "$T/deb2"
dpkg-deb -R "$DEBFILE" "$T/deb2/root"
sed -i 's/^Version: .*/&+update1/' "$T/deb2/root/DEBIAN/control"
dpkg-deb --root-owner-group -Zgzip -z1 --build "$T/deb2/root" "$T/deb2/update.deb" >/dev/null
dpkg -i "$T/deb2/update.deb" >/dev/null
dpkg -s hotline-console | grep -q '^Version: .*+update1' || fail "the update did not install"
out=$(isolated "$T/home-deb" /usr/bin/hotline-console --demo --user officer --quit-after-paint 2>/dev/null) \
  || fail "the updated console did not start on the kept database"
grep -q first_paint_s <<<"$out" || fail "the updated console never painted"
calls_after=$(count "$DEBDB" "SELECT count(*) FROM calls")
[ "$calls_before" = "$calls_after" ] && [ "$calls_after" -gt 0 ] || fail "the update lost calls ($calls_before -> $calls_after)"
ok "update over the installed package: the database ($calls_after calls) kept and opened"

dpkg -r hotline-console >/dev/null
DEB_INSTALLED=
left=$(ls -d /opt/hotline-console /usr/bin/hotline-console /usr/share/applications/hotline-console.desktop \
  /usr/share/icons/hicolor/*/apps/hotline-console.* /usr/share/doc/hotline-console 2>/dev/null || true)
[ -z "$left" ] || fail "dpkg -r left: $left"
[ -f "$DEBDB" ] || fail "removing the package removed the officer's data"
ok "dpkg -r: nothing left under /opt, /usr/bin, /usr/share; the officer's data kept"

installed_kib=$(dpkg-deb -f "$DEBFILE" Installed-Size)
echo
echo "bundle-test: passed"
printf '  %-44s %s\n' "archive ($(basename "$ARCHIVE"))" "$(du -h "$ARCHIVE" | cut -f1)"
printf '  %-44s %s\n' "Debian package ($(basename "$DEBFILE"))" "$(du -h "$DEBFILE" | cut -f1)"
printf '  %-44s %s MiB\n' "installed size" "$((installed_kib / 1024))"
printf '  %-44s %s s (first_paint_s %s)\n' "cold start, frozen (launch to painted window)" "$frozen_wall" "$frozen_inside"
printf '  %-44s %s s (first_paint_s %s)\n' "cold start, source run (python -m console)" "$source_wall" "$source_inside"
