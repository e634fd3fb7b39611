"""The load test's lean HTTP client against a real TCP server on 127.0.0.1
that answers, closes, garbles or stays silent as each test asks."""

from __future__ import annotations

import asyncio
import gzip
import json

import pytest

from sync.loadtest.scenarios import in_own_loop
from sync.loadtest.wire import Client, WireError


def _answer(body: bytes, extra: str = "", status: str = "200 OK") -> bytes:
    return (f"HTTP/1.1 {status}\r\ncontent-length: {len(body)}\r\n{extra}\r\n").encode() + body


class Server:
    """Reads one request at a time; ``script(n, request)`` says what the n-th
    request (counted over all connections) gets: bytes to send, ``"close"``
    (hang up unanswered) or ``"silent"``."""

    def __init__(self, script) -> None:
        self.script, self.connections, self.requests = script, 0, []

    async def __aenter__(self) -> str:
        self.server = await asyncio.start_server(self._serve, "127.0.0.1", 0)
        return f"http://127.0.0.1:{self.server.sockets[0].getsockname()[1]}"

    async def __aexit__(self, *exc) -> None:
        self.server.close()

    async def _serve(self, reader, writer) -> None:
        self.connections += 1
        try:
            while True:
                head = await reader.readuntil(b"\r\n\r\n")
                length = next((int(line.split(b":")[1]) for line in head.split(b"\r\n")
                               if line.lower().startswith(b"content-length:")), 0)
                body = await reader.readexactly(length)
                self.requests.append((head, body))
                what = self.script(len(self.requests), head)
                if what == "close":
                    break
                if what == "silent":
                    await asyncio.sleep(5)
                    break
                writer.write(what)
                await writer.drain()
        except (asyncio.IncompleteReadError, ConnectionError):
            pass
        finally:
            writer.close()


def test_requests_share_one_kept_alive_connection():
    async def main():
        srv = Server(lambda n, head: _answer(f'{{"n":{n}}}'.encode(), "content-type: application/json\r\n"))
        async with srv as url:
            client = Client(url, timeout=5)
            client.headers["authorization"] = "Device abc"
            first = await client.get("/v1/changes", {"cursor": "a_b-c", "limit": 500, "skip": None})
            second = await client.post("/v1/events", b'{"events":[]}')
            await client.aclose()
        return srv, first, second

    srv, first, second = in_own_loop(main())
    assert (first.status, first.json(), second.json()) == (200, {"n": 1}, {"n": 2})
    assert srv.connections == 1
    (head1, _), (head2, body2) = srv.requests
    assert head1.startswith(b"GET /v1/changes?cursor=a_b-c&limit=500 HTTP/1.1\r\n")
    assert b"authorization: Device abc" in head1
    assert head2.startswith(b"POST /v1/events HTTP/1.1\r\n") and b"content-type: application/json" in head2
    assert body2 == b'{"events":[]}'


def test_a_connection_the_server_closed_while_idle_is_replaced():
    async def main():
        srv = Server(lambda n, head: _answer(b"ok", "connection: close\r\n" if n == 1 else ""))
        async with srv as url:
            client = Client(url, timeout=5)
            answers = [await client.get("/a"), await client.get("/b")]
            await client.aclose()
        return srv, answers

    srv, answers = in_own_loop(main())
    assert [a.body for a in answers] == [b"ok", b"ok"] and srv.connections == 2


def test_a_reused_connection_hung_up_unanswered_is_sent_again_once():
    async def main():
        srv = Server(lambda n, head: "close" if n == 2 else _answer(b"ok"))
        async with srv as url:
            client = Client(url, timeout=5)
            await client.get("/a")
            again = await client.post("/v1/events", b"{}")      # the hang-up, then the new connection
            await client.aclose()
        return srv, again

    srv, again = in_own_loop(main())
    assert again.body == b"ok" and srv.connections == 2 and len(srv.requests) == 3


@pytest.mark.parametrize("what, message", [("close", "connection closed"),
                                           (b"HTTP/1.1 2x0 garbage\r\n\r\n", "garbled answer"),
                                           ("silent", "no answer in 0.3 s")])
def test_no_complete_answer_is_a_wire_error(what, message):
    async def main():
        async with Server(lambda n, head: what) as url:
            client = Client(url, timeout=0.3)
            try:
                with pytest.raises(WireError, match=message):
                    await client.get("/x")
            finally:
                await client.aclose()

    in_own_loop(main())


def test_nobody_listening_is_a_wire_error():
    async def main():
        srv = await asyncio.start_server(lambda r, w: None, "127.0.0.1", 0)
        port = srv.sockets[0].getsockname()[1]
        srv.close()
        await srv.wait_closed()
        with pytest.raises(WireError, match="cannot connect"):
            await Client(f"http://127.0.0.1:{port}", timeout=2).get("/x")

    in_own_loop(main())


def test_a_gzip_page_is_kept_whole_and_inflated_only_as_far_as_asked():
    page = json.dumps({"cursor": "c1", "has_more": False, "count": 2000,
                       "items": [{"type": "ledger", "n": i} for i in range(2000)]}).encode()
    packed = gzip.compress(page)

    async def main():
        async with Server(lambda n, head: _answer(packed, "content-encoding: gzip\r\n")) as url:
            client = Client(url, timeout=5)
            resp = await client.get("/v1/changes", headers={"accept-encoding": "gzip"})
            await client.aclose()
        return resp

    resp = in_own_loop(main())
    assert resp.body == packed
    assert resp.head(40) == page[:40]
    assert resp.content() == page and len(resp.json()["items"]) == 2000


def test_chunked_answers_are_joined():
    chunked = b"HTTP/1.1 200 OK\r\ntransfer-encoding: chunked\r\n\r\n5\r\nhello\r\n6\r\n world\r\n0\r\n\r\n"

    async def main():
        async with Server(lambda n, head: chunked) as url:
            client = Client(url, timeout=5)
            resp = [await client.get("/x"), await client.get("/y")]
            await client.aclose()
        return resp

    assert [r.body for r in in_own_loop(main())] == [b"hello world"] * 2


def test_only_plain_http_urls():
    with pytest.raises(ValueError, match="plain http"):
        Client("https://hq.example.com")
