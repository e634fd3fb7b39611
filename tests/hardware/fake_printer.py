"""A network receipt printer on 127.0.0.1 that can misbehave on demand.

It speaks just enough ESC/POS for the till: answers DLE EOT 4 (paper
sensor) and collects the bytes of each job.  Modes: ``ok``, ``paper_out``,
``hang`` (accept, never answer), ``close_mid_job`` (drop the connection
after the status reply).  ``stop()`` makes it refuse connections.
"""

from __future__ import annotations

import socket
import threading


class FakePrinter:
    def __init__(self) -> None:
        self.mode = "ok"
        self.jobs: list[bytes] = []
        self._sock = socket.socket()
        self._sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        self._sock.bind(("127.0.0.1", 0))
        self.port = self._sock.getsockname()[1]
        self._running = False
        self._conns: list[socket.socket] = []

    @property
    def uri(self) -> str:
        return f"tcp://127.0.0.1:{self.port}"

    def start(self) -> "FakePrinter":
        if not self._running:
            self._sock = socket.socket()
            self._sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
            self._sock.bind(("127.0.0.1", self.port))
            self._sock.listen(8)
            self._running = True
            threading.Thread(target=self._serve, daemon=True).start()
        return self

    def stop(self) -> None:
        self._running = False
        self._sock.close()
        for c in self._conns:
            c.close()

    def _serve(self) -> None:
        while self._running:
            try:
                conn, _ = self._sock.accept()
            except OSError:
                return
            self._conns.append(conn)
            threading.Thread(target=self._job, args=(conn,), daemon=True).start()

    def _job(self, conn: socket.socket) -> None:
        data = b""
        try:
            conn.settimeout(5)
            while True:
                chunk = conn.recv(65536)
                if not chunk:
                    break
                data += chunk
                if b"\x10\x04\x04" in chunk:
                    data = data.replace(b"\x10\x04\x04", b"")
                    if self.mode == "hang":
                        continue
                    if self.mode == "close_mid_job":
                        conn.close()
                        return
                    conn.sendall(b"\x72" if self.mode == "paper_out" else b"\x12")
        except OSError:
            return
        finally:
            try:
                conn.close()
            except OSError:
                pass
        if data and self.mode == "ok":
            self.jobs.append(data)
