"""What a pairing QR code says: ``TILLPAIR:<code>:<HQ address>``.

HQ's console draws it; a till's first-run wizard that reads it (scanner or
camera) gets both the address and the code in one scan.
"""

from __future__ import annotations

PREFIX = "TILLPAIR:"


def encode(code: str, hq_url: str) -> str:
    return f"{PREFIX}{code}:{hq_url.rstrip('/')}"


def decode(text: str) -> tuple[str, str] | None:
    """(code, hq_url), or None when the text is not a pairing code."""
    text = text.strip()
    if not text.upper().startswith(PREFIX):
        return None
    code, sep, url = text[len(PREFIX):].partition(":")
    if not sep or not code or not url.startswith(("http://", "https://")):
        return None
    return code, url
