#!/usr/bin/env bash
# Sets up everything the console needs; safe to run again (it skips what is already done).
set -euo pipefail
cd "$(dirname "$0")/.."
PY=${PYTHON:-python3}
VENV=.venv

if [ ! -x "$VENV/bin/python" ]; then
  echo "setup: creating virtual environment in $VENV"
  "$PY" -m venv "$VENV"
fi
stamp="$VENV/.deps-$(sha1sum pyproject.toml | cut -c1-12)"
if [ ! -f "$stamp" ]; then
  echo "setup: installing pinned packages"
  "$VENV/bin/python" -m pip install -q --upgrade pip
  "$VENV/bin/python" -m pip install -q -e ".[test]"
  rm -f "$VENV"/.deps-* && touch "$stamp"
fi

# Chinese glyphs: without a CJK font Qt paints boxes.
if command -v fc-list >/dev/null && [ -z "$(fc-list :lang=zh 2>/dev/null | head -1)" ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    echo "setup: installing a CJK font (fonts-wqy-microhei)"
    (DEBIAN_FRONTEND=noninteractive apt-get install -y -qq fonts-wqy-microhei >/dev/null 2>&1) || {
      apt-get update -qq >/dev/null 2>&1 && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq fonts-wqy-microhei >/dev/null 2>&1
    } || echo "setup: could not install a CJK font; Chinese text may show as boxes"
  else
    echo "setup: no Chinese font found. Install one, e.g. 'sudo apt-get install fonts-noto-cjk', or Chinese shows as boxes."
  fi
fi

# Compiled translations are built here, never edited by hand.
"$VENV/bin/python" -m tools.i18n release
