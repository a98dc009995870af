#!/usr/bin/env bash
# Sets up everything the console needs; safe to run again (it skips what is already done).
set -euo pipefail
cd "$(dirname "$0")/.."
VENV=.venv

# Python 3.12 or later: with PySide6 6.12 every signal emission drops a reference to None/True,
# and on 3.11 (whose None is not immortal) the interpreter aborts after a few thousand of them.
is_ok_python() { "$1" -c 'import sys; sys.exit(0 if sys.version_info >= (3, 12) else 1)' 2>/dev/null; }
find_python() {
  local c
  for c in ${PYTHON:-} python3.13 python3.12 python3 \
           "$HOME"/.pyenv/versions/3.1[2-9]*/bin/python3 /usr/local/bin/python3.1[2-9] /usr/bin/python3.1[2-9]; do
    [ -n "$c" ] || continue
    if command -v "$c" >/dev/null 2>&1 && is_ok_python "$c"; then command -v "$c"; return 0; fi
  done
  return 1
}

if [ -x "$VENV/bin/python" ] && ! is_ok_python "$VENV/bin/python"; then
  echo "setup: $VENV uses Python older than 3.12; recreating it"
  rm -rf "$VENV"
fi
if [ ! -x "$VENV/bin/python" ]; then
  PY=$(find_python) || {
    echo "setup: Python 3.12 or later is needed (3.11 aborts under PySide6 6.12)." >&2
    echo "       Install one (python.org, pyenv, or your distribution) or set PYTHON=/path/to/python3.12." >&2
    exit 1
  }
  echo "setup: creating virtual environment in $VENV with $("$PY" -V)"
  "$PY" -m venv "$VENV"
fi
stamp="$VENV/.deps-$(sha1sum pyproject.toml | cut -c1-12)"
if [ ! -f "$stamp" ]; then
  echo "setup: installing pinned packages"
  "$VENV/bin/python" -m pip install -q --upgrade pip
  "$VENV/bin/python" -m pip install -q -e ".[test]"
  rm -f "$VENV"/.deps-* && touch "$stamp"
fi

# System packages on Debian/Ubuntu: a CJK font (without one Qt paints boxes) and the xcb
# libraries Qt's window-system plugin loads (a bare Debian lacks the last three).
want_pkgs=()
if command -v fc-list >/dev/null && [ -z "$(fc-list :lang=zh 2>/dev/null | head -1)" ]; then
  want_pkgs+=(fonts-wqy-microhei)
fi
if command -v dpkg >/dev/null; then
  for p in libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxkbcommon-x11-0 libegl1; do
    dpkg -s "$p" >/dev/null 2>&1 || want_pkgs+=("$p")
  done
fi
if [ ${#want_pkgs[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    echo "setup: installing ${want_pkgs[*]}"
    (DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${want_pkgs[@]}" >/dev/null 2>&1) || {
      apt-get update -qq >/dev/null 2>&1 && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${want_pkgs[@]}" >/dev/null 2>&1
    } || echo "setup: could not install ${want_pkgs[*]}; Chinese may show as boxes or the window may not open"
  else
    echo "setup: missing system packages: ${want_pkgs[*]} (e.g. 'sudo apt-get install ${want_pkgs[*]}')"
  fi
fi

# PostgreSQL's server programs: the tests run the models on both engines against a throwaway cluster
# (tests/pg.py), and `make server` starts a centre's trial server. Without them those tests are skipped.
pg_found() { command -v initdb >/dev/null 2>&1 || ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1; }
if ! pg_found; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    echo "setup: installing postgresql"
    (DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >/dev/null 2>&1) || {
      apt-get update -qq >/dev/null 2>&1 && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >/dev/null 2>&1
    } || echo "setup: could not install postgresql; the PostgreSQL half of the tests will be skipped"
  else
    echo "setup: PostgreSQL server programs missing (e.g. 'sudo apt-get install postgresql'): the PostgreSQL tests will be skipped"
  fi
fi

# Compiled translations are built here, never edited by hand.
"$VENV/bin/python" -m tools.i18n release
