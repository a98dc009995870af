"""A person at the keyboard, for journey tests through the real main window.

Everything goes to the widget that has the keyboard focus, as it does for a person: keys are real key
events (QTest, so shortcuts are resolved as Qt resolves them), Chinese arrives as an input method's
commit (QTest has no key codes for it), and between any two keys the event loop runs for the pace, so
autosave timers, debounce timers and background results land mid-edit exactly as they would.

The pace defaults to 0.2 s a key (a quick officer); ``HOTLINE_PACE_S=0.33`` types at three characters
a second, ``HOTLINE_PACE_S=0.02`` is for a developer in a hurry (it also proves nothing is lost when
typing fast).
"""

from __future__ import annotations

import os
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtGui import QInputMethodEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QAbstractButton, QApplication, QDialog, QMessageBox, QWidget

PACE_S = float(os.environ.get("HOTLINE_PACE_S", "0.2"))
_ASCII_KEYS = {"\t": Qt.Key.Key_Tab, "\n": Qt.Key.Key_Return}


class Person:
    """Types and presses like a person: only on what has focus, at a person's pace."""

    def __init__(self, qtbot, pace_s: float = PACE_S):
        self.qtbot = qtbot
        self.pace_ms = max(1, int(pace_s * 1000))
        self.keys = 0              # every key press and input-method commit, for the journey's figures
        self.mouse = 0             # every mouse click
        self.typed: dict[str, int] = {}   # text -> times typed (a field typed twice shows here)

    # -- where the keys go ------------------------------------------------------------------------
    def focus(self) -> QWidget:
        widget = QApplication.focusWidget()
        if widget is None:
            # A closed dialog hands the activation back to its parent window: a window manager does that,
            # the offscreen platform does not, so the person's window is activated as a desktop would.
            windows = [w for w in QApplication.topLevelWidgets() if w.isVisible() and w.isWindow()
                       and not isinstance(w, QDialog)]
            if QApplication.activeWindow() is None and windows:
                windows[0].activateWindow()
                self.qtbot.waitUntil(lambda: QApplication.activeWindow() is not None, timeout=2000)
                widget = QApplication.focusWidget()
        assert widget is not None, "nothing has the keyboard focus"
        return widget

    def wait(self, ms: int | None = None) -> None:
        self.qtbot.wait(self.pace_ms if ms is None else ms)

    # -- keys ---------------------------------------------------------------------------------------
    def key(self, key: Qt.Key, modifiers: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier) -> None:
        QTest.keyClick(self.focus(), key, modifiers)
        self.keys += 1
        self.wait()

    def shortcut(self, sequence: str) -> None:
        """A shortcut like 'Ctrl+Shift+Z', pressed wherever the focus is (where competing keys live)."""
        from PySide6.QtGui import QKeySequence

        combo = QKeySequence(sequence)[0]
        QTest.keyClick(self.focus(), combo.key(), combo.keyboardModifiers())
        self.keys += 1
        self.wait()

    def tab(self, times: int = 1) -> None:
        for _ in range(times):
            self.key(Qt.Key.Key_Tab)

    def type(self, text: str) -> None:
        """ASCII key by key; anything else (Chinese) as the input method commits it, a word at a time."""
        self.typed[text] = self.typed.get(text, 0) + 1
        chunk = ""
        for ch in text:
            if ch.isascii():
                if chunk:
                    self._commit(chunk)
                    chunk = ""
                if ch in _ASCII_KEYS:
                    self.key(_ASCII_KEYS[ch])
                else:
                    QTest.keyClicks(self.focus(), ch)
                    self.keys += 1
                    self.wait()
            else:
                chunk += ch
                if len(chunk) >= 2:   # an input method commits a word of two characters or so
                    self._commit(chunk)
                    chunk = ""
        if chunk:
            self._commit(chunk)

    def _commit(self, text: str) -> None:
        event = QInputMethodEvent()
        event.setCommitString(text)
        QCoreApplication.sendEvent(self.focus(), event)
        self.keys += len(text)      # pinyin keys are several per character; count one as a floor
        self.wait()

    # -- buttons and dialogs ------------------------------------------------------------------------
    def click(self, button: QAbstractButton) -> None:
        """A mouse click on a visible, enabled button (the button sends its own signal arguments)."""
        assert button.isVisible() and button.isEnabled(), f"{button.text()!r} cannot be pressed"
        self.qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
        self.mouse += 1
        self.wait()

    def when_dialog(self, handle: Callable[[QDialog], None], timeout_ms: int = 10_000) -> None:
        """Answers the next modal dialog with handle(dialog) once it is up (set before the key opens it)."""
        waited = [0]
        shown = [0]

        def poll() -> None:
            dialog = QApplication.activeModalWidget()
            if isinstance(dialog, QDialog) and dialog.isVisible():
                # A person answers once the dialog has the keyboard: on a loaded machine it is shown a moment
                # before it takes the focus, and keys sent before that land on the window behind it.
                focus = QApplication.focusWidget()
                if (focus is dialog or dialog.isAncestorOf(focus)) or shown[0] >= 3000:
                    handle(dialog)
                    return
                shown[0] += 50
            waited[0] += 50
            if waited[0] < timeout_ms:
                QTimer.singleShot(50, poll)

        QTimer.singleShot(50, poll)

    def wait_until(self, condition: Callable[[], bool], timeout_ms: int = 15_000) -> None:
        self.qtbot.waitUntil(condition, timeout=timeout_ms)


def no_error_boxes() -> list[str]:
    """Texts of message boxes on screen (an unexpected-error box fails a journey)."""
    return [w.text() for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox) and w.isVisible()]
