#!/usr/bin/env bash
# `make bundle`: the offline bundle in dist/, from a checkout the set-up has run in:
#   dist/hotline-console-VERSION-linux-ARCH.tar.gz  the console frozen with PyInstaller (one folder)
#   dist/hotline-console_VERSION_DEBARCH.deb        the same folder under /opt/hotline-console, with
#                                                   /usr/bin/hotline-console, a desktop entry and an icon
# Nothing in them is fetched at run time. Build steps that need the network (the PyInstaller package,
# the Debian font package when the machine lacks it) run here, on the build machine, never on the PC.
set -euo pipefail
cd "$(dirname "$0")/.."
PY=.venv/bin/python
BUILD=build/bundle
FROZEN=$BUILD/frozen/hotline-console
VERSION=$($PY -c 'import tomllib; print(tomllib.load(open("pyproject.toml", "rb"))["project"]["version"])')
ARCH=$(uname -m)
DEBARCH=$(dpkg --print-architecture 2>/dev/null || echo amd64)
mkdir -p "$BUILD" dist

# PyInstaller, pinned in the `bundle` extra (installed once; the editable install stays editable).
want=$($PY - <<'PYEOF'
import re, tomllib
extra = tomllib.load(open("pyproject.toml", "rb"))["project"]["optional-dependencies"]["bundle"]
print(" ".join(extra))
PYEOF
)
if ! $PY -m pip freeze 2>/dev/null | grep -qixF "$(echo "$want" | tr ' ' '\n' | head -1)"; then
  echo "bundle: installing $want"
  $PY -m pip install -q -e ".[test,bundle]"
fi

# The CJK font (WenQuanYi Micro Hei, from Debian's fonts-wqy-microhei; Apache-2.0 or GPL-3+ with the
# font exception, see packaging/fonts/). Installed if missing, or unpacked from the downloaded package
# when this user cannot install.
FONT=/usr/share/fonts/truetype/wqy/wqy-microhei.ttc
if [ ! -f "$FONT" ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    echo "bundle: installing fonts-wqy-microhei"
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq fonts-wqy-microhei >/dev/null 2>&1 || {
      apt-get update -qq >/dev/null 2>&1 && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq fonts-wqy-microhei >/dev/null; }
  else
    (cd "$BUILD" && apt-get download fonts-wqy-microhei >/dev/null && dpkg-deb -x fonts-wqy-microhei_*.deb font-pkg)
    FONT=$BUILD/font-pkg/usr/share/fonts/truetype/wqy/wqy-microhei.ttc
  fi
fi
[ -f "$FONT" ] || { echo "bundle: no $FONT: install fonts-wqy-microhei" >&2; exit 1; }

echo "bundle: icons"
$PY packaging/render_icons.py build/icons

echo "bundle: freezing with PyInstaller (a few minutes)"
rm -rf "$BUILD/frozen"
HOTLINE_BUNDLE_FONT="$FONT" $PY -m PyInstaller --noconfirm --log-level WARN \
  --distpath "$BUILD/frozen" --workpath "$BUILD/pyinstaller" packaging/hotline-console.spec
for plugin in offscreen xcb; do
  ls "$FROZEN"/_internal/PySide6/Qt/plugins/platforms/libq"$plugin".so >/dev/null \
    || { echo "bundle: Qt platform plugin $plugin missing from the frozen console" >&2; exit 1; }
done

ARCHIVE=dist/hotline-console-$VERSION-linux-$ARCH.tar.gz
echo "bundle: $ARCHIVE"
rm -f dist/hotline-console-*.tar.gz dist/hotline-console_*.deb
tar -C "$BUILD/frozen" --owner=0 --group=0 -czf "$ARCHIVE" hotline-console

# The Debian package: the same folder under /opt, a command, a desktop entry, an icon.
DEB=$BUILD/deb
rm -rf "$DEB" && mkdir -p "$DEB/DEBIAN" "$DEB/opt" "$DEB/usr/bin" "$DEB/usr/share/applications" \
  "$DEB/usr/share/icons/hicolor/256x256/apps" "$DEB/usr/share/icons/hicolor/scalable/apps" \
  "$DEB/usr/share/doc/hotline-console"
cp -a "$FROZEN" "$DEB/opt/hotline-console"
install -m 0755 packaging/deb/hotline-console.sh "$DEB/usr/bin/hotline-console"
install -m 0644 packaging/deb/hotline-console.desktop "$DEB/usr/share/applications/"
install -m 0644 build/icons/hotline-console.png "$DEB/usr/share/icons/hicolor/256x256/apps/"
install -m 0644 resources/icons/hotline-console.svg "$DEB/usr/share/icons/hicolor/scalable/apps/"
install -m 0644 LICENSE "$DEB/usr/share/doc/hotline-console/copyright"

# Depends: the system libraries the frozen files load from outside the bundle (libc, X and GL, which
# must match the PC's own), found with ldd and named by the packages that own them here.
depends=$(find "$FROZEN" -type f \( -name '*.so*' -o -name hotline-console \) -print0 \
  | LD_LIBRARY_PATH="$FROZEN/_internal" xargs -0 ldd 2>/dev/null \
  | awk '/=> \// {print $3}' | grep -v "^$(realpath "$FROZEN")" | sort -u \
  | while read -r lib; do
      dpkg -S "$lib" 2>/dev/null || dpkg -S "$(realpath "$lib")" 2>/dev/null \
        || dpkg -S "/usr$lib" 2>/dev/null || dpkg -S "${lib#/usr}" 2>/dev/null || true
    done | cut -d: -f1 | sort -u | paste -sd, | sed 's/,/, /g')
# libc6 with the newest GLIBC symbol version any frozen file needs (PySide6 6.12's wheels need 2.34, the
# build machine's libstdc++ more): dpkg then refuses an older system with a clear message.
glibc=$($PY - "$FROZEN" <<'PYEOF'
import re, sys
from pathlib import Path
needed = [(2, 17)]
for f in Path(sys.argv[1]).rglob("*"):
    if f.is_file() and not f.is_symlink() and (".so" in f.name or f.name == "hotline-console"):
        data = f.read_bytes()
        if data[:4] == b"\x7fELF":
            needed += [tuple(map(int, v.split(b"."))) for v in re.findall(rb"GLIBC_(2\.[0-9]+)", data)]
print("%d.%d" % max(needed))
PYEOF
)
depends=$(echo "${depends:-libc6}" | sed -E "s/(^|, )libc6(,|$)/\1libc6 (>= $glibc)\2/")
installed_kib=$(du -sk --apparent-size "$DEB/opt" "$DEB/usr" | awk '{s+=$1} END {print s}')
sed -e "s/@VERSION@/$VERSION/" -e "s/@ARCH@/$DEBARCH/" -e "s/@INSTALLED_KIB@/$installed_kib/" \
    -e "s/@DEPENDS@/$depends/" packaging/deb/control.in > "$DEB/DEBIAN/control"
find "$DEB" -type d -exec chmod 0755 {} +
DEBFILE=dist/hotline-console_${VERSION}_$DEBARCH.deb
dpkg-deb --root-owner-group -Zgzip -z6 --build "$DEB" "$DEBFILE" >/dev/null
echo "bundle: $DEBFILE (Depends: $depends)"
ls -l "$ARCHIVE" "$DEBFILE"
