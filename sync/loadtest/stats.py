"""Latency and error tallies for the load test, and CPU use read from /proc."""

from __future__ import annotations

import os
from collections import Counter, defaultdict
from pathlib import Path


class Stats:
    def __init__(self) -> None:
        self.times: dict[str, list[float]] = defaultdict(list)
        self.items: Counter = Counter()
        self.bytes: Counter = Counter()
        self.errors: Counter = Counter()

    def latency(self, kind: str, seconds: float, items: int = 0, size: int = 0) -> None:
        self.times[kind].append(seconds)
        self.items[kind] += items
        self.bytes[kind] += size

    def error(self, kind: str, what: str) -> None:
        self.errors[f"{kind}: {what}"] += 1

    def summary(self, kind: str) -> dict:
        xs = sorted(self.times.get(kind, []))
        if not xs:
            return {"requests": 0}
        return {"requests": len(xs), "items": self.items[kind], "bytes": self.bytes[kind], "p50_ms": ms(pct(xs, 50)),
                "p99_ms": ms(pct(xs, 99)), "max_ms": ms(xs[-1])}

    def reset(self) -> None:
        self.times.clear()
        self.items.clear()
        self.bytes.clear()
        self.errors.clear()


def pct(sorted_xs: list[float], p: float) -> float:
    if not sorted_xs:
        return 0.0
    k = min(len(sorted_xs) - 1, max(0, round(p / 100 * len(sorted_xs) + 0.5) - 1))
    return sorted_xs[k]


def ms(seconds: float) -> float:
    return round(seconds * 1000, 1)


_TICK = os.sysconf("SC_CLK_TCK")


def _stat(pid: int) -> tuple[int, float] | None:
    """(parent pid, CPU seconds used) of a live process."""
    try:
        text = Path(f"/proc/{pid}/stat").read_text()
    except OSError:
        return None
    fields = text[text.rindex(")") + 2:].split()
    return int(fields[1]), (int(fields[11]) + int(fields[12])) / _TICK


def tree_cpu(root: int) -> float:
    """CPU seconds used so far by ``root`` and its live descendants."""
    procs = {}
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            st = _stat(int(entry))
            if st is not None:
                procs[int(entry)] = st
    total, todo, seen = 0.0, [root], set()
    children: dict[int, list[int]] = defaultdict(list)
    for pid, (ppid, _) in procs.items():
        children[ppid].append(pid)
    while todo:
        pid = todo.pop()
        if pid in seen or pid not in procs:
            continue
        seen.add(pid)
        total += procs[pid][1]
        todo.extend(children[pid])
    return total


def self_cpu() -> float:
    t = os.times()
    return t.user + t.system
