"""``python -m sync.loadtest.probe URL``: GET URL every 100 ms until SIGTERM,
then print the latencies (s) as JSON.  A process of its own, so the figure is
HQ's answer time, not the load driver's busy event loop."""

from __future__ import annotations

import json
import signal
import sys
import time

import httpx


def main(url: str) -> None:
    stop = False

    def on_term(*_):
        nonlocal stop
        stop = True

    signal.signal(signal.SIGTERM, on_term)
    times, errors = [], 0
    with httpx.Client(timeout=10) as client:
        print("ready", flush=True)
        while not stop or not times:
            start = time.perf_counter()
            try:
                errors += client.get(url).status_code != 200
            except httpx.HTTPError:
                errors += 1
            times.append(time.perf_counter() - start)
            time.sleep(max(0.0, 0.1 - (time.perf_counter() - start)))
    print(json.dumps({"times": times, "errors": errors}), flush=True)


if __name__ == "__main__":
    main(sys.argv[1])
