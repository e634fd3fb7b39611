"""A picture of the receipt as the printer would print it (demo mode, GUI preview)."""

from __future__ import annotations

from pathlib import Path

from PIL import Image, ImageDraw, ImageFont

from .receipt import Receipt, layout

FONTS = ("/usr/share/fonts/truetype/dejavu/DejaVuSansMono.ttf",
         "C:/Windows/Fonts/consola.ttf", "/System/Library/Fonts/Menlo.ttc")


def _font(size: int):
    for path in FONTS:
        if Path(path).exists():
            return ImageFont.truetype(path, size)
    return ImageFont.load_default()


def render_preview_png(receipt: Receipt, path: Path | str, columns: int) -> Path:
    import qrcode
    import math
    font = _font(16)
    line_h = 20
    margin = 12
    blocks = list(layout(receipt, columns))
    lines = [line for block in blocks for line in block.text]
    # As wide as the paper's columns, or the widest line drawn (a font's glyphs are not whole
    # pixels: 42 columns of 9.6 px must not be cut at 42 × 9).
    text_w = max([columns * font.getlength("M"), *(font.getlength(line) for line in lines)])
    width = math.ceil(text_w) + 2 * margin
    parts: list[tuple[str, object]] = []
    height = 16
    for block in blocks:
        for line in block.text:
            parts.append(("text", line))
            height += line_h
        if block.qr:
            img = qrcode.make(block.qr, box_size=3, border=2).get_image().convert("RGB")
            parts.append(("qr", img))
            height += img.height + 4
    canvas = Image.new("RGB", (width, height + 16), "white")
    draw = ImageDraw.Draw(canvas)
    y = 16
    for kind, value in parts:
        if kind == "text":
            draw.text((margin, y), value, fill="black", font=font)
            y += line_h
        else:
            canvas.paste(value, ((width - value.width) // 2, y))
            y += value.height + 4
    path = Path(path)
    canvas.save(path)
    return path
