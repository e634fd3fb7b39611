"""The real till window under a virtual X server, typed at with xdotool.

``RealTill`` starts ``pos-client`` itself (demo mode, its own data dir) on an
Xvfb display, with the window's test probe on (``pos_client/ui/probe.py``):
``state()`` presses XF86Launch9 after whatever was typed and waits for the window's
answer, so every key before it has been handled — no sleeping and hoping.
Keys go through the X server, the window and Qt's own delivery, as a
keyboard-wedge scanner's do at a counter.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

from tests.helpers import stop_process

POS_CLIENT = str(Path(sys.executable).parent / "pos-client")
LOCALES = {"nb": "nb_NO.UTF-8", "sv": "sv_SE.UTF-8", "en": "en_GB.UTF-8"}


def _realtime() -> list[str]:
    """xdotool and the X server at real-time priority where allowed: on a busy machine
    xdotool's millisecond sleeps between keys, or the server's turn to stamp them, would
    otherwise stretch to tens of milliseconds (keys that far apart are a person's)."""
    try:
        ok = subprocess.run(["chrt", "-f", "10", "true"], capture_output=True).returncode == 0
    except OSError:
        ok = False
    return ["chrt", "-f", "10"] if ok else []


REALTIME = _realtime()


def have_x() -> bool:
    return shutil.which("Xvfb") is not None and shutil.which("xdotool") is not None


KEYSYMS = {"\n": "Return", "\r": "Return", "\t": "Tab", " ": "space", "-": "minus", ":": "colon",
           "]": "bracketright", "/": "slash", ">": "greater", "+": "plus", "@": "at", ".": "period"}


def keysyms(text: str) -> list[str]:
    return [KEYSYMS.get(ch, ch) for ch in text]


class Xvfb:
    """A virtual X server on a display it picks itself (other tests run theirs too)."""

    def __init__(self, size: str = "1280x1024") -> None:
        read, write = os.pipe()
        self.proc = subprocess.Popen(
            [*REALTIME, "Xvfb", "-displayfd", str(write), "-screen", "0", f"{size}x24", "-nolisten", "tcp"],
            pass_fds=(write,), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        os.close(write)
        with os.fdopen(read) as pipe:
            number = pipe.readline().strip()
        if not number:
            self.proc.kill()
            raise RuntimeError("Xvfb did not start")
        self.display = f":{number}"

    def stop(self) -> None:
        self.proc.terminate()
        self.proc.wait(10)


class RealTill:
    def __init__(self, display: str, data_dir: Path, lang: str = "en") -> None:
        self.display, self.data_dir, self.lang = display, Path(data_dir), lang
        self.probe = self.data_dir / "probe.json"
        self.requests = 0
        self.proc: subprocess.Popen | None = None
        self.window_id = ""

    # -- life --------------------------------------------------------------------
    def start(self, timeout_s: float = 60) -> "RealTill":
        self.data_dir.mkdir(parents=True, exist_ok=True)
        self.probe.unlink(missing_ok=True)
        self.probe.with_suffix(".seen").unlink(missing_ok=True)
        env = {k: v for k, v in os.environ.items() if k not in ("POS_CONFIG", "LANGUAGE")}
        # A home of its own: what the till saves where a shop's would go (the setup wizard's
        # config and paired database, logs) must not meet this machine's, or another test's.
        home = self.data_dir / "home"
        env.update({f"XDG_{kind}_HOME": str(home / kind.lower()) for kind in ("DATA", "CONFIG", "STATE", "CACHE")})
        env.update(DISPLAY=self.display, QT_QPA_PLATFORM="xcb", POS_DATA_DIR=str(self.data_dir),
                   TILL_UI_PROBE=str(self.probe), LANG=LOCALES[self.lang], LC_ALL=LOCALES[self.lang],
                   PYTHONFAULTHANDLER="1")          # a hung window says where (SIGABRT below)
        self.log = open(self.data_dir / "window.log", "wb")
        self.proc = subprocess.Popen([POS_CLIENT], env=env, stdout=self.log, stderr=subprocess.STDOUT)
        end = time.monotonic() + timeout_s
        while not self.probe.exists():
            if self.proc.poll() is not None or time.monotonic() > end:
                raise RuntimeError(f"the till window did not come up:\n{self.log_text()}")
            time.sleep(0.05)
        found = self.xdo("search", "--sync", "--onlyvisible", "--pid", str(self.proc.pid), "--name", ".").split()
        self.window_id = found[-1]
        self.focus()
        return self

    def stop(self) -> None:
        stop_process(self.proc)
        self.log.close()

    def hang_report(self) -> None:
        """Every thread's stack into the log (faulthandler), and the window is gone for good."""
        import signal
        try:
            focus = self.xdo("getwindowfocus").strip()
            self.log.write(f"X focus: {focus} {self.xdo('getwindowname', focus).strip()!r} "
                           f"(the till window is {self.window_id})\n".encode())
            self.log.flush()
        except RuntimeError as exc:
            self.log.write(f"X focus: {exc}\n".encode())
        if self.proc.poll() is None:
            self.proc.send_signal(signal.SIGABRT)
            self.proc.wait(10)

    def log_text(self) -> str:
        self.log.flush()
        return (self.data_dir / "window.log").read_text(errors="replace")[-4000:]

    # -- input -------------------------------------------------------------------
    def xdo(self, *args: str) -> str:
        out = subprocess.run([*REALTIME, "xdotool", *args], env={**os.environ, "DISPLAY": self.display},
                             capture_output=True, text=True, timeout=60)
        if out.returncode:
            raise RuntimeError(f"xdotool {' '.join(args)}: {out.stderr.strip()}")
        return out.stdout

    def focus(self, window_id: str | None = None) -> None:
        """X input focus on the till window (or a dialog), and the pointer over it: with no window
        manager, focus that falls back to the root window follows the pointer."""
        window_id = window_id or self.window_id
        self.xdo("mousemove", "--window", window_id, "40", "12")   # (--sync waits forever when already there)
        self.xdo("windowfocus", "--sync", window_id)
        self.state()

    def type(self, text: str, delay_ms: int) -> dict:
        """Press the keys of ``text`` ``delay_ms`` apart (\\n is Enter, \\t is Tab), then read the
        window.  One ``xdotool key`` run: its own delay between every key, the last one too
        (``xdotool type`` would send \\n as Linefeed, not the Enter a scanner sends)."""
        self.xdo("key", "--delay", str(delay_ms), *keysyms(text))
        return self.state()

    def key(self, *keys: str, delay_ms: int = 12) -> dict:
        self.xdo("key", "--delay", str(delay_ms), *keys)
        return self.state()

    def click(self, target: str, state: dict | None = None) -> dict:
        """A mouse click on a button (or field) by its text or name (``state["targets"]``)."""
        x, y = (state or self.state())["targets"][target]
        self.xdo("mousemove", str(x), str(y), "click", "1")
        return self.state()

    def state(self, timeout_s: float = 30, resend_s: float = 0.5) -> dict:
        """What the window shows once it has handled every key sent so far.

        The window counts the request keys it is sent (the probe counts them as they come
        from X, even one Qt drops because a dialog still opening blocks the window) and says
        at once that one came (``probe.seen``); its answer says how many it has had.  Only an
        answer that has had every key pressed answers for what was typed last: an answer to
        an earlier key, read after new typing, would be the window as it was before.  The key
        is pressed again only when the window has not seen it (the X focus was elsewhere) —
        never while the window works on the answer, or each extra key would ask for another
        answer, one after the other."""
        end = time.monotonic() + timeout_s
        self.xdo("key", "XF86Launch9")
        self.requests += 1
        resend = time.monotonic() + resend_s
        while True:
            try:
                state = json.loads(self.probe.read_text(encoding="utf-8"))
            except (OSError, ValueError):
                state = {"requests": -1}
            if state["requests"] == self.requests:
                if state.get("dialog") and self.xdo("getwindowfocus").strip() == self.window_id:
                    # The keys that follow are for the dialog: the X focus on it (a window manager
                    # would do that), should it still be on the window the dialog blocks.
                    self.focus_dialog()
                return state
            assert state["requests"] < self.requests, "the window counted a request key twice"
            now = time.monotonic()
            if self.proc.poll() is not None or now >= end:
                self.hang_report()
                raise RuntimeError(f"the window did not answer request {self.requests}:\n{self.log_text()}")
            if now >= resend:
                if self._seen() < self.requests:
                    self.focus_dialog()
                    self.xdo("key", "XF86Launch9")
                    self.requests += 1
                resend = time.monotonic() + resend_s
            time.sleep(0.01)

    def _seen(self) -> int:
        try:
            return int(self.probe.with_suffix(".seen").read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return 0

    def look(self, shot: Path | None = None) -> dict:
        """The state, with every widget the cashier cannot read whole (``state["layout"]``,
        pos_client/ui/layout_check.py) and, given ``shot``, a PNG of the X screen there."""
        request = self.probe.with_suffix(".request")
        tmp = request.with_suffix(".tmp-request")
        tmp.write_text(json.dumps({"layout": True, "shot": str(shot) if shot else ""}), encoding="utf-8")
        os.replace(tmp, request)
        try:
            return self.state()
        finally:
            request.unlink(missing_ok=True)

    def focus_dialog(self) -> None:
        """A dialog that opened: the keyboard focus on it (what a window manager does)."""
        found = self.xdo("search", "--onlyvisible", "--pid", str(self.proc.pid), "--name", ".").split()
        dialogs = [w for w in found if w != self.window_id]
        if dialogs:
            self.xdo("windowfocus", "--sync", dialogs[-1])

    def screenshot(self, path: Path) -> Path:
        subprocess.run(["import", "-display", self.display, "-window", "root", str(path)], check=True,
                       timeout=60)
        return path
