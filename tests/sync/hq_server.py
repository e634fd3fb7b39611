"""The real HQ app served by uvicorn in a thread, on a random local port; or
``pos-hq serve`` as processes of their own (one, or a pair on one PostgreSQL)."""

from __future__ import annotations

import signal
import subprocess
import sys
import threading
import time

import httpx
import uvicorn

from sync.hq.app import create_app
from sync.hq.db import Database
from sync.hq.pairing import new_code
from sync.pgtemp import free_port
from tests.helpers import stop_process


class HQServer:
    def __init__(self, db_url: str, port: int | None = None) -> None:
        self.db_url = db_url
        self.port = port or free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self.db: Database | None = None
        self._server: uvicorn.Server | None = None
        self._thread: threading.Thread | None = None

    def start(self) -> "HQServer":
        self.db = Database(self.db_url)
        config = uvicorn.Config(create_app(self.db), host="127.0.0.1", port=self.port, log_level="error",
                                access_log=False, timeout_graceful_shutdown=1)
        self._server = uvicorn.Server(config)
        self._thread = threading.Thread(target=self._server.run, name="hq", daemon=True)
        self._thread.start()
        deadline = time.monotonic() + 20
        while time.monotonic() < deadline:
            try:
                if httpx.get(self.url + "/healthz", timeout=1).status_code == 200:
                    return self
            except httpx.HTTPError:
                pass
            time.sleep(0.05)
        raise RuntimeError("HQ did not start")

    def stop(self) -> None:
        if self._server is not None:
            self._server.should_exit = True
            self._thread.join(10)
            self._server = None
        if self.db is not None:
            self.db.close()
            self.db = None

    def code(self, name: str = "Kasse 1") -> str:
        return new_code(self.db, name)[0]


class HQProcess:
    """``pos-hq serve`` in a process of its own on a random local port."""

    def __init__(self, db_url: str, *extra: str) -> None:
        self.db_url, self.port, self.extra = db_url, free_port(), extra
        self.url = f"http://127.0.0.1:{self.port}"
        self.proc: subprocess.Popen | None = None

    def launch(self) -> "HQProcess":
        self.proc = subprocess.Popen([sys.executable, "-m", "sync.hq.cli", "--db", self.db_url, "serve",
                                      "--port", str(self.port), *self.extra],
                                     stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
        return self

    def wait_ready(self, timeout_s: float = 60) -> "HQProcess":
        deadline = time.monotonic() + timeout_s
        while time.monotonic() < deadline:
            try:
                if httpx.get(self.url + "/healthz", timeout=1).status_code == 200:
                    return self
            except httpx.HTTPError:
                if self.proc.poll() is not None:
                    raise RuntimeError("pos-hq serve died: " + self.proc.stderr.read().decode()[-800:])
                time.sleep(0.05)
        raise RuntimeError("pos-hq serve did not come up")

    def start(self) -> "HQProcess":
        return self.launch().wait_ready()

    def kill(self) -> None:
        self.proc.send_signal(signal.SIGKILL)
        self.proc.wait()

    def stop(self) -> None:
        stop_process(self.proc)


class HQPair:
    """Two ``pos-hq serve`` processes on one PostgreSQL database, started at
    the same moment; ``db`` is this process's own handle for codes and checks."""

    def __init__(self, db_url: str) -> None:
        self.procs = [HQProcess(db_url), HQProcess(db_url)]
        self.ports = [p.port for p in self.procs]
        self.urls = [p.url for p in self.procs]
        self.db: Database | None = None

    def start(self) -> "HQPair":
        for p in self.procs:
            p.launch()
        try:
            for p in self.procs:
                p.wait_ready()
        except RuntimeError:
            self.stop()
            raise
        self.db = Database(self.procs[0].db_url)
        return self

    def stop(self) -> None:
        for p in self.procs:
            p.stop()
        if self.db is not None:
            self.db.close()

    def code(self, name: str = "Kasse 1") -> str:
        return new_code(self.db, name)[0]
