"""A seeded, fault-injecting HTTP proxy between terminals and HQ.

Each request is read whole, then at random (seeded) one of:
``drop_before`` (closed, HQ never sees it), ``drop_after`` (HQ applied it,
the answer is lost), ``delay`` (answer held past the client timeout), ``500``,
``429`` (with Retry-After), ``truncate`` (half the answer, then closed), or
passed through.  ``offline = True`` refuses every connection (an outage).
Upstream connections are one request each (``Connection: close``); given
several upstream ports (HQ processes on one database) each request goes to
one of them at random, so a till's retry may land on another process.
"""

from __future__ import annotations

import random
import socket
import socketserver
import threading
import time
from collections import Counter

FAULTS = ("drop_before", "drop_after", "delay", "500", "429", "truncate")


def _read_request(sock: socket.socket) -> bytes | None:
    buf = b""
    while b"\r\n\r\n" not in buf:
        chunk = sock.recv(65536)
        if not chunk:
            return None
        buf += chunk
    head, _, body = buf.partition(b"\r\n\r\n")
    length = 0
    for line in head.split(b"\r\n")[1:]:
        name, _, value = line.partition(b":")
        if name.strip().lower() == b"content-length":
            length = int(value.strip())
    while len(body) < length:
        chunk = sock.recv(65536)
        if not chunk:
            return None
        body += chunk
    lines = [ln for ln in head.split(b"\r\n") if not ln.lower().startswith(b"connection:")]
    return b"\r\n".join(lines + [b"Connection: close"]) + b"\r\n\r\n" + body


def _canned(status: str, extra: str = "") -> bytes:
    body = b'{"error":"proxy","message":"injected fault"}'
    return (f"HTTP/1.1 {status}\r\ncontent-type: application/json\r\ncontent-length: {len(body)}\r\n"
            f"{extra}connection: close\r\n\r\n").encode() + body


class FaultProxy:
    def __init__(self, upstream_port: int | list[int], seed: int = 1, rate: float = 0.3, delay_s: float = 1.5,
                 faults: tuple[str, ...] = FAULTS, retry_after: int = 0) -> None:
        self.upstream_ports = [upstream_port] if isinstance(upstream_port, int) else list(upstream_port)
        self.rng = random.Random(seed)
        self.rate, self.delay_s, self.faults, self.retry_after = rate, delay_s, faults, retry_after
        self.offline = False
        self.stats: Counter = Counter()
        self._lock = threading.Lock()
        proxy = self

        class Handler(socketserver.BaseRequestHandler):
            def handle(self):
                proxy._handle(self.request)

        class Server(socketserver.ThreadingTCPServer):
            daemon_threads = True
            allow_reuse_address = True

        self.server = Server(("127.0.0.1", 0), Handler)
        self.port = self.server.server_address[1]
        self.url = f"http://127.0.0.1:{self.port}"
        self._thread = threading.Thread(target=self.server.serve_forever, name="fault-proxy", daemon=True)
        self._thread.start()

    def stop(self) -> None:
        self.server.shutdown()
        self.server.server_close()

    def _pick(self) -> tuple[str, int]:
        with self._lock:
            # One upstream draws nothing: the seeded fault sequence stays as it was.
            port = self.upstream_ports[0] if len(self.upstream_ports) == 1 else self.rng.choice(self.upstream_ports)
            return self._pick_fault(), port

    def _pick_fault(self) -> str:
        if self.offline:
            return "offline"
        if self.rate and self.rng.random() < self.rate:
            return self.rng.choice(self.faults)
        return "pass"

    def _handle(self, client: socket.socket) -> None:
        client.settimeout(30)
        try:
            while True:
                request = _read_request(client)
                if request is None:
                    return
                fault, port = self._pick()
                with self._lock:
                    self.stats[fault] += 1
                if fault in ("offline", "drop_before"):
                    return
                if fault == "500":
                    client.sendall(_canned("500 Internal Server Error"))
                    return
                if fault == "429":
                    client.sendall(_canned("429 Too Many Requests", f"retry-after: {self.retry_after}\r\n"))
                    return
                answer = self._forward(request, port)
                if answer is None or fault == "drop_after":
                    return
                if fault == "delay":
                    time.sleep(self.delay_s)
                if fault == "truncate":
                    client.sendall(answer[: max(1, len(answer) // 2)])
                    return
                client.sendall(answer)
                return                      # we always said Connection: close
        except OSError:
            return
        finally:
            try:
                client.close()
            except OSError:
                pass

    def _forward(self, request: bytes, port: int) -> bytes | None:
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=30) as up:
                up.sendall(request)
                chunks = []
                while True:
                    chunk = up.recv(262144)
                    if not chunk:
                        break
                    chunks.append(chunk)
                return b"".join(chunks)
        except OSError:
            return None
