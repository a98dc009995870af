"""The console's settings on this machine: declared once with their defaults, owned by one service.

`Settings` is the schema (names, types, defaults). `SettingsStore` is the one owner of settings.json: the
start-up module builds it into the application context and everyone reads it there (`get`); `set` saves
that one key at once, re-reading the file under a lock so that keys written meanwhile by another window or
process stay as they are, and writes it atomically (a private temporary file renamed over the old one).
Listeners subscribed with `subscribe` hear every change (key, new value).
"""

from __future__ import annotations

import contextlib
import json
import logging
import os
import tempfile
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field, fields, replace
from pathlib import Path
from typing import Any

log = logging.getLogger(__name__)

Listener = Callable[[str, Any], None]


@dataclass(frozen=True)
class Settings:
    lang: str = "zh"
    ring_port: int = 48110                 # loopback port for screen-pop events from the PBX
    export_dir: str = ""                   # where stop-payment forms and exports go
    backup_dir: str = ""                   # empty: the backups folder in the data folder
    backup_keep: int = 14                  # daily backups kept
    review_after_minutes: int = 120        # second-round review of unresolved warnings
    idle_lock_minutes: float = 10          # lock the screen after this long without input (0: never)
    window_geometry: str = ""              # base64 of QWidget.saveGeometry()
    # A centre's seat: the PostgreSQL server opened at start when no --db is given (a URL or libpq service,
    # never with a password: libpq's passfile or the keyring holds it; engine.without_password).
    database_server: str = ""
    extra: dict = field(default_factory=dict)   # page-owned values (window_screen, ...), merged per name


_FIELDS = {f.name: f for f in fields(Settings)}
_DEFAULTS = Settings()


def _fits(name: str, value: Any) -> bool:
    """Whether a value may be stored under this name (a number where a number belongs, and so on)."""
    default = getattr(_DEFAULTS, name)
    if isinstance(default, bool) or isinstance(value, bool):
        return isinstance(default, bool) and isinstance(value, bool)
    if isinstance(default, (int, float)):
        return isinstance(value, (int, float))
    return isinstance(value, type(default))


def default_path() -> Path:
    from console.models.core.paths import data_dir

    return data_dir() / "settings.json"


class SettingsStore:
    """The one reader and writer of settings.json. Reads see the file as it is now (a change made by
    another window or process is picked up at the next read); writes touch only the keys they name."""

    def __init__(self, path: Path | None = None):
        self.path = Path(path) if path is not None else default_path()
        self._values = _DEFAULTS
        self._stamp: tuple[int, int, int] | None = None
        self._listeners: list[Listener] = []
        self._refresh()

    # -- reading -------------------------------------------------------------------------------
    def get(self, name: str) -> Any:
        """The current value of a setting; an unknown name is a bug and raises KeyError."""
        if name not in _FIELDS:
            raise KeyError(f"no setting named {name!r}")
        self._refresh()
        value = getattr(self._values, name)
        return dict(value) if isinstance(value, dict) else value

    def extra(self, name: str, default: Any = None) -> Any:
        """A page-owned value kept under `extra`."""
        self._refresh()
        return self._values.extra.get(name, default)

    # -- writing -------------------------------------------------------------------------------
    def set(self, name: str, value: Any) -> None:
        """Saves one setting at once. `extra` is merged name by name, so page-owned values stay."""
        self.update({name: value})

    def update(self, changes: dict[str, Any]) -> None:
        """Saves these settings in one write; every other key in the file stays as it is there now.
        Raises KeyError for an unknown name, TypeError for a value of the wrong kind, OSError when the
        file cannot be written (nothing changes then)."""
        for name, value in changes.items():
            if name not in _FIELDS:
                raise KeyError(f"no setting named {name!r}")
            if not _fits(name, value):
                raise TypeError(f"setting {name!r} cannot hold {value!r}")
        self.path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
        with self._locked():
            stored = self._read_file(move_aside=True)
            for name, value in changes.items():
                if name == "extra":
                    merged = stored.get("extra") if isinstance(stored.get("extra"), dict) else {}
                    stored["extra"] = {**merged, **value}
                else:
                    stored[name] = value
            self._write_file(stored)
        before = self._values
        self._refresh(force=True)
        for name in changes:
            if getattr(before, name) != getattr(self._values, name):
                self._notify(name, self.get(name))

    # -- listening -----------------------------------------------------------------------------
    def subscribe(self, listener: Listener) -> Callable[[], None]:
        """Calls listener(name, value) after each change saved through this store; returns the function
        that unsubscribes it (a page calls it when it goes)."""
        self._listeners.append(listener)

        def unsubscribe() -> None:
            if listener in self._listeners:
                self._listeners.remove(listener)
        return unsubscribe

    def _notify(self, name: str, value: Any) -> None:
        for listener in list(self._listeners):
            try:
                listener(name, value)
            except Exception:        # one broken listener must not keep the others from hearing
                log.exception("settings listener failed for %s", name)

    # -- the file ------------------------------------------------------------------------------
    def _file_stamp(self) -> tuple[int, int, int] | None:
        try:
            st = self.path.stat()
        except OSError:
            return None
        return (st.st_mtime_ns, st.st_size, st.st_ino)

    def _refresh(self, force: bool = False) -> None:
        stamp = self._file_stamp()
        if not force and stamp == self._stamp:
            return
        self._stamp = stamp
        raw = self._read_file() if stamp is not None else {}
        values: dict[str, Any] = {}
        for name, value in raw.items():
            if name not in _FIELDS:
                continue                 # a key of an older or newer console: kept in the file, not used
            if _fits(name, value):
                values[name] = dict(value) if isinstance(value, dict) else value
            else:
                log.warning("setting %s has a value of the wrong kind (%r); using the default", name, value)
        self._values = replace(_DEFAULTS, **values)

    def _read_file(self, move_aside: bool = False) -> dict[str, Any]:
        """The file's keys as they are now ({} for no file). An unreadable file is logged; before a
        write it is moved aside (settings.json.unreadable) rather than silently overwritten."""
        try:
            text = self.path.read_text(encoding="utf-8")
        except FileNotFoundError:
            return {}
        except OSError as exc:
            log.warning("settings file unreadable, using defaults: %s", exc)
            if move_aside:
                raise
            return {}
        try:
            raw = json.loads(text)
            if not isinstance(raw, dict):
                raise ValueError("not a JSON object")
            return raw
        except ValueError as exc:
            log.warning("settings file unreadable, using defaults: %s", exc)
            if move_aside:
                os.replace(self.path, self.path.with_name(self.path.name + ".unreadable"))
            return {}

    def _write_file(self, stored: dict[str, Any]) -> None:
        fd, tmp = tempfile.mkstemp(prefix=".settings-", suffix=".tmp", dir=self.path.parent)  # 0600
        try:
            with os.fdopen(fd, "w", encoding="utf-8") as out:
                json.dump(stored, out, ensure_ascii=False, indent=2)
                out.flush()
                os.fsync(out.fileno())
            os.replace(tmp, self.path)
        except BaseException:
            with contextlib.suppress(OSError):
                os.unlink(tmp)
            raise

    @contextlib.contextmanager
    def _locked(self) -> Iterator[None]:
        """Two windows or processes saving at once take turns, so neither loses the other's key."""
        try:
            import fcntl
        except ImportError:          # Windows: one console per user profile in practice; no lock taken
            yield
            return
        lock_path = self.path.with_name(self.path.name + ".lock")
        fd = os.open(lock_path, os.O_RDWR | os.O_CREAT, 0o600)
        try:
            fcntl.flock(fd, fcntl.LOCK_EX)
            yield
        finally:
            fcntl.flock(fd, fcntl.LOCK_UN)
            os.close(fd)
