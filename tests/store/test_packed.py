"""Long JSON stored deflated: what is packed reads back the same, and so do the
texts packed before (other zlib windows) and short texts stored as they are."""

import json
import zlib

from pos_client.store.packed import PACK_OVER, pack, unpack


def _sale_like_text() -> str:
    lines = [{"sku": f"SKU-{i}", "name": f"Vare nummer {i} æøå", "qty": i, "unit_price": 1990 + i,
              "amount": 1990 * i, "discount": 0, "vat_percent": 25.0} for i in range(12)]
    return json.dumps({"kind": "sale", "lines": lines, "receipt": json.dumps({"lines": lines})},
                      ensure_ascii=False, separators=(",", ":"))


def test_a_long_text_is_stored_smaller_and_reads_back_the_same():
    text = _sale_like_text()
    stored = pack(text)
    assert isinstance(stored, bytes) and len(stored) < len(text.encode("utf-8")) / 2
    assert unpack(stored) == text


def test_short_texts_and_none_are_stored_as_they_are():
    assert pack("x" * PACK_OVER) == "x" * PACK_OVER
    assert unpack("{}") == "{}" and unpack(None) is None


def test_texts_packed_with_an_earlier_window_still_read_back():
    text = _sale_like_text()
    earlier = zlib.compressobj(1, zlib.DEFLATED, 10, 2)      # how rows were packed before
    assert unpack(earlier.compress(text.encode("utf-8")) + earlier.flush()) == text
