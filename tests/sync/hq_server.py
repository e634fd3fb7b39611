"""The real HQ app served by uvicorn in a thread, on a random local port."""

from __future__ import annotations

import threading
import time

import httpx
import uvicorn

from sync.hq.app import create_app
from sync.hq.db import Database
from sync.hq.pairing import new_code
from sync.pgtemp import free_port


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
