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
    font = _font(16)
    char_w = max(int(font.getlength("M")), 8)
    line_h = 20
    width = columns * char_w + 24
    parts: list[tuple[str, object]] = []
    height = 16
    for block in layout(receipt, columns):
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
            draw.text((12, y), value, fill="black", font=font)
            y += line_h
        else:
            canvas.paste(value, ((width - value.width) // 2, y))
            y += value.height + 4
    path = Path(path)
    canvas.save(path)
    return path
