"""The console makes no network request at any time: started on a new demo database, every page opened,
quit, while strace records every socket call the process and its threads make (Qt's C++ included) and an
audit hook records Python's. Only the loopback screen-pop listener may bind; nothing may connect or send
to any address outside this machine. Under `unshare -n` (no network at all) where that is allowed."""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from console.demo.generator import DEMO_USERS

# Runs the console as `python -m console` does, after an audit hook that writes down every socket event.
AUDITED_START = """
import json, sys
log = open(sys.argv.pop(1), "a", encoding="utf-8")
WATCHED = {"socket.connect", "socket.sendto", "socket.sendmsg", "socket.bind", "socket.getaddrinfo",
           "socket.gethostbyname", "socket.gethostbyaddr", "urllib.Request", "http.client.connect"}
def hook(event, args):
    if event in WATCHED:
        log.write(json.dumps([event, repr(args[1:] if event.startswith("socket.") else args)]) + "\\n")
        log.flush()
sys.addaudithook(hook)
from console.__main__ import main
sys.exit(main(sys.argv[1:]))
"""

LOOPBACK = re.compile(r"127\.0\.0\.1|::1|localhost|AF_UNIX|AF_NETLINK")


def _can_unshare() -> bool:
    return shutil.which("unshare") is not None and subprocess.run(
        ["unshare", "-n", "true"], capture_output=True).returncode == 0


STRACE = ["strace", "-f", "-qq", "--seccomp-bpf", "-e", "trace=connect,sendto,sendmsg,bind"]


def _can_strace() -> bool:
    """strace is there and may trace here (a container can forbid ptrace)."""
    return shutil.which("strace") is not None and subprocess.run(
        [*STRACE, "-o", os.devnull, "true"], capture_output=True).returncode == 0


def _outside_calls(strace_lines: list[str]) -> list[str]:
    """The socket calls aimed at an address other than this machine's own."""
    suspicious = []
    for line in strace_lines:
        if not re.search(r"\b(connect|sendto|sendmsg)\(", line):
            continue
        if "sa_family=AF_INET" in line and not LOOPBACK.search(line):
            suspicious.append(line)
    return suspicious


@pytest.mark.slow
def test_console_opens_every_page_without_touching_the_network(tmp_path: Path):
    username, _name, _role, password = DEMO_USERS[0]
    home = tmp_path / "home"
    audit_log, trace = tmp_path / "audit.jsonl", tmp_path / "strace.txt"
    env = {"PATH": os.environ.get("PATH", "/usr/bin:/bin"), "HOME": str(home), "QT_QPA_PLATFORM": "offscreen",
           "HOTLINE_CONSOLE_PASSWORD": password, "HOTLINE_DEMO_YEARS": "0.02", "LANG": "C.UTF-8",
           "PYTHONPATH": str(Path(__file__).resolve().parents[2])}
    cmd = [sys.executable, "-c", AUDITED_START, str(audit_log), "--demo", "--db", str(tmp_path / "demo.db"),
           "--user", username, "--quit-after-paint"]
    if _can_strace():
        cmd = [*STRACE, "-o", str(trace), *cmd]
    isolated = _can_unshare()
    if isolated:
        cmd = ["unshare", "-n", *cmd]
    done = subprocess.run(cmd, env=env, cwd=tmp_path, capture_output=True, text=True, timeout=180)
    assert done.returncode == 0, done.stderr[-3000:]
    assert "first_paint_s=" in done.stdout and "rss_bytes=" in done.stdout, done.stdout

    events = [json.loads(line) for line in audit_log.read_text(encoding="utf-8").splitlines()]
    # Python's side: the screen-pop listener is Qt's; nothing in Python resolves or reaches a host.
    assert [e for e in events if e[0] != "socket.bind" or not LOOPBACK.search(e[1])] == []
    if trace.exists():
        lines = trace.read_text(encoding="utf-8", errors="replace").splitlines()
        assert _outside_calls(lines) == []
        # The one socket the console opens is the screen-pop listener, on the loopback address only
        # (in a namespace without network even that bind fails, and the console carries on).
        binds = [line for line in lines if "bind(" in line and "AF_INET" in line]
        assert binds and all("127.0.0.1" in line for line in binds), binds


def test_the_strace_reading_catches_a_request_outside():
    """The check above is not blind: a connect to a public address or a DNS query is reported."""
    lines = [
        '101 connect(7, {sa_family=AF_INET, sin_port=htons(443), sin_addr=inet_addr("203.0.113.5")}, 16) = -1',
        '101 sendto(8, "\\x12\\x34", 30, 0, {sa_family=AF_INET, sin_port=htons(53), '
        'sin_addr=inet_addr("10.0.0.1")}, 16) = 30',
        '101 connect(6, {sa_family=AF_INET, sin_port=htons(48110), sin_addr=inet_addr("127.0.0.1")}, 16) = 0',
        '101 connect(9, {sa_family=AF_UNIX, sun_path="/run/dbus/system_bus_socket"}, 110) = -1',
    ]
    assert _outside_calls(lines) == lines[:2]
