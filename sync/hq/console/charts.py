"""Inline SVG chart geometry: this period as bars, the period before as a line."""

from __future__ import annotations

WIDTH, HEIGHT, PAD = 320, 120, 4


def compare(current: list[int], previous: list[int]) -> dict:
    n = max(len(current), 1)
    top = max([*current, *previous, 1])
    step = (WIDTH - 2 * PAD) / n
    scale = (HEIGHT - 2 * PAD) / top
    bars = [{"x": round(PAD + i * step + step * 0.15, 1), "w": round(step * 0.7, 1),
             "y": round(HEIGHT - PAD - max(v, 0) * scale, 1), "h": round(max(v, 0) * scale, 1), "v": v}
            for i, v in enumerate(current)]
    line = " ".join(f"{round(PAD + (i + 0.5) * step, 1)},{round(HEIGHT - PAD - max(v, 0) * scale, 1)}"
                    for i, v in enumerate(previous))
    return {"width": WIDTH, "height": HEIGHT, "bars": bars, "line": line,
            "current": sum(current), "previous": sum(previous)}
