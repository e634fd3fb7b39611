import os
from dataclasses import replace
from pathlib import Path

import pytest
from hypothesis import given, settings, strategies as st

from hardware.drawer import kick_bytes
from hardware.receipt import (
    Receipt, bench_receipt, columns_for, receipt_bytes, render_text, sample_receipt,
)
from hardware.preview import render_preview_png

from .escpos_parse import qr_payloads

GOLDEN = Path(__file__).with_name("golden")
NORDIC = "æøåÆØÅäöÄÖé€"


def test_code_page_is_selected_after_every_init_and_nordic_text_is_cp858():
    r = replace(sample_receipt(2), shop_name=f"Butikk {NORDIC}")
    data = receipt_bytes(r)
    inits = [i for i in range(len(data)) if data.startswith(b"\x1b@", i)]
    assert inits, "no ESC @"
    for i in inits:
        assert data[i + 2:i + 5] == b"\x1bt\x13"        # ESC t 19 = CP858 on TM-T20II
    assert NORDIC.encode("cp858") in data
    assert "€".encode("cp858") == b"\xd5"


def test_coupon_and_member_card_are_native_qr_codes_and_receipt_is_cut():
    r = sample_receipt(3)
    data = receipt_bytes(r, drawer_pin=2)
    assert qr_payloads(data) == [r.member.coupons_issued[0].code, r.member.member_code]
    assert b"GS v 0" not in data and b"\x1dv0" not in data   # no raster images
    assert data.rstrip(b"\n").endswith(b"\x1dVA\x00") or b"\x1dV" in data[-8:]
    assert kick_bytes(2) in data


def test_drawer_kick_pins():
    assert kick_bytes(2) == b"\x1bp\x00\x32\xfa"
    assert kick_bytes(5)[:3] == b"\x1bp\x01"
    with pytest.raises(ValueError):
        kick_bytes(3)


@pytest.mark.parametrize("width_mm", [58, 80])
@pytest.mark.parametrize("language", ["nb", "sv"])
def test_golden_text(width_mm, language):
    text = render_text(sample_receipt(4, language), columns_for(width_mm))
    golden = GOLDEN / f"receipt_{language}_{width_mm}.txt"
    if os.environ.get("TILL_REGENERATE_GOLDEN") or not golden.exists():
        golden.write_text(text, encoding="utf-8")
    assert text == golden.read_text(encoding="utf-8")
    assert ("1 759,30 kr" in text) or ("kr" in text and "," in text)


def test_amounts_read_nordic_style():
    text = render_text(sample_receipt(4, "nb"), 42)
    assert "249,90 kr" in text and "Salgskvittering" in text and "Org.nr 987 654 321 MVA" in text
    assert "Kvitto" in render_text(sample_receipt(4, "sv"), 42)


words = st.text(alphabet=st.sampled_from("abcæøå ÆØÅ-0123456789"), min_size=0, max_size=120)


@settings(max_examples=100, deadline=None)
@given(words, st.sampled_from([58, 80]))
def test_lines_never_exceed_the_paper_width(name, width_mm):
    base = sample_receipt(2)
    line = replace(base.lines[0], name=name or "x")
    r = replace(base, lines=(line,), shop_name=name or "x",
                member=replace(base.member, name=name or "x"))
    cols = columns_for(width_mm)
    assert all(len(l) <= cols for l in render_text(r, cols).splitlines())


def test_preview_png_is_written(tmp_path):
    out = render_preview_png(sample_receipt(3), tmp_path / "r.png", 42)
    assert out.stat().st_size > 1000
    from PIL import Image
    assert Image.open(out).size[0] > 300


@pytest.mark.parametrize("width_mm", [80, 58])
def test_preview_png_shows_every_column_of_the_paper(tmp_path, width_mm):
    """The widest line (amounts flush right, the rules across the paper) is drawn whole,
    inside the picture's margins: nothing cut at the right edge."""
    from PIL import Image, ImageChops
    cols = columns_for(width_mm)
    receipt = sample_receipt(3)
    assert max(len(line) for line in render_text(receipt, cols).splitlines()) == cols   # a full-width line
    out = render_preview_png(receipt, tmp_path / "r.png", cols)
    image = Image.open(out).convert("L")
    ink = ImageChops.invert(image).getbbox()           # where anything is drawn
    width = image.size[0]
    assert ink is not None and ink[0] >= 4 and ink[2] <= width - 4, (ink, width)


def test_receipt_survives_json_round_trip():
    r = sample_receipt(3)
    assert Receipt.from_json(r.to_json()) == r


@pytest.mark.parametrize("offset", [None, 0, 1, -5])
def test_receipt_json_is_what_the_python_json_encoder_wrote(offset):
    """The JSON written by pydantic-core is the one json.dumps of the dataclasses wrote (times
    as isoformat(), Nordic letters as they are): stored receipts and journal bodies stay alike."""
    import json
    from dataclasses import asdict
    from datetime import date, datetime, timedelta, timezone
    r = sample_receipt(8)
    if offset is not None:
        r = replace(r, occurred_at=r.occurred_at.replace(tzinfo=timezone(timedelta(hours=offset))))
    r = replace(r, shop_name=NORDIC)
    old = json.dumps(asdict(r), ensure_ascii=False, separators=(",", ":"),
                     default=lambda v: v.isoformat() if isinstance(v, (date, datetime)) else None)
    assert json.loads(r.to_json()) == json.loads(old)
    assert r.to_json() == old                       # byte for byte too
    assert Receipt.from_json(r.to_json()) == r


def test_bench_reports_figures():
    figures = bench_receipt(runs=5)
    assert figures["lines"] == 30 and figures["bytes"] > 1000


def test_escpos_caches_its_capabilities_per_user_not_in_the_shared_temp_dir(tmp_path):
    import subprocess
    import sys
    env = {k: v for k, v in os.environ.items() if k != "ESCPOS_CAPABILITIES_PICKLE_DIR"}
    env["XDG_CACHE_HOME"] = str(tmp_path / "cache")
    out = subprocess.run([sys.executable, "-c", "import hardware.receipt as r, os; r.receipt_bytes(r.sample_receipt(2, 'nb'));"
                          " print(os.environ['ESCPOS_CAPABILITIES_PICKLE_DIR'])"],
                         env=env, capture_output=True, text=True, timeout=60)
    assert out.returncode == 0, out.stderr
    cache = Path(out.stdout.strip())
    assert cache == tmp_path / "cache" / "till" / "escpos" and any(cache.iterdir())


def test_training_receipts_say_so_in_double_height_at_top_and_bottom():
    r = replace(sample_receipt(2), training=True)
    data = receipt_bytes(r)
    tall = data.split(b"\x1d!\x01")[1:]                      # GS ! 1 = double height
    assert len(tall) == 2
    for part in tall:
        text = part.split(b"\x1d!\x00")[0].decode("cp858")
        assert "Treningskvittering - ikke kvittering for kj" in " ".join(text.split())
    amounts = data.split(b"\x1d!\x01")[0]                     # the amounts print at normal height
    assert "249,90 kr".encode("cp858") in data and b"\x1d!" not in amounts
    assert "Treningskvittering" not in render_text(sample_receipt(2), 42)


def test_a_report_prints_its_rows():
    r = replace(sample_receipt(0), kind="report", report=(("Z-RAPPORT 1", ""), ("Salg (2)", "100,00 kr")))
    text = render_text(r, 42)
    assert "Z-RAPPORT 1" in text and "Salg (2)" in text and "Takk" not in text
