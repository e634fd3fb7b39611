"""The print queue against a real TCP printer on 127.0.0.1 that fails in every way a shop sees."""

import pytest

from hardware.printer import Printer, parse_uri
from hardware.errors import DeviceConfigError
from pos_client.domain.errors import InvalidInput
from pos_client.printing import PrintQueue
from tests.helpers import demo_terminal

from tests.hardware.escpos_parse import qr_payloads
from tests.hardware.fake_printer import FakePrinter


@pytest.fixture
def printer():
    p = FakePrinter().start()
    yield p
    p.stop()


def sell(t, n=1):
    member = t.lookup("912 34 560")
    out = []
    for _ in range(n):
        sale = t.new_sale(member)
        sale.add(t.products()[0].sku)
        out.append(sale.complete(tender="cash").receipt_no)
    return out


def test_uris_map_to_backends():
    assert parse_uri("preview:").scheme == "preview"
    assert parse_uri("file:/tmp/r.bin").target == "/tmp/r.bin"
    assert parse_uri("tcp://10.0.0.5").target == "10.0.0.5:9100"
    assert parse_uri("serial:///dev/ttyUSB0?baudrate=38400").options == {"baudrate": "38400"}
    assert parse_uri("usb://04b8:0e15").target == "04b8:0e15"
    assert parse_uri("cups://kasse").target == "kasse"
    with pytest.raises(DeviceConfigError, match="not understood"):
        parse_uri("lpt1")


def test_faults_lose_nothing_and_print_nothing_twice(tmp_path, printer):
    t = demo_terminal(tmp_path / "till", printer={"uri": printer.uri})
    queue = PrintQueue(t, Printer(printer.uri, timeout_s=0.5), clock=t.clock)
    receipts = sell(t, 2)

    printer.mode = "paper_out"
    assert queue.flush() == 0
    assert "out of paper" in queue.summary() and "2 receipts waiting" in queue.summary()

    for mode in ("hang", "close_mid_job"):
        printer.mode = mode
        queue.jobs.retry_now(t.clock())
        assert queue.flush() == 0
    printer.stop()                                   # unplugged / switched off: refused
    queue.jobs.retry_now(t.clock())
    assert queue.flush() == 0 and "2 receipts waiting" in queue.summary()
    receipts += sell(t, 1)                           # selling goes on meanwhile

    printer.mode = "ok"
    printer.start()                                  # it comes back
    queue.jobs.retry_now(t.clock())
    assert queue.flush() == 3
    assert queue.flush() == 0 and queue.summary() == "printed"
    assert len(printer.jobs) == 3                    # each exactly once, in order
    for receipt_no, job in zip(receipts, printer.jobs):
        assert receipt_no.encode() in job
    t.close()


def test_backoff_keeps_a_failed_job_waiting(tmp_path, printer):
    t = demo_terminal(tmp_path / "till")
    printer.mode = "paper_out"
    queue = PrintQueue(t, Printer(printer.uri, timeout_s=0.5), clock=t.clock)
    sell(t)
    queue.flush()
    assert queue.flush() == 0                        # not due yet: no hammering
    t.clock.advance(seconds=120)
    printer.mode = "ok"
    assert queue.flush() == 1
    t.close()


def test_crash_mid_send_reprints_as_copy(tmp_path):
    out = tmp_path / "r.bin"
    t = demo_terminal(tmp_path / "till", printer={"uri": f"file:{out}"})
    sell(t)
    queue = PrintQueue(t)
    job = queue.jobs.due(t.clock())[0]
    queue.jobs.mark_sending(job.job_id)              # power cut here
    assert queue.flush() == 0
    assert queue.jobs.recover() == 1
    assert queue.flush() == 1
    assert b"KOPI" in out.read_bytes()
    t.close()


def test_file_printer_receipt_carries_a_member_qr_the_till_accepts(tmp_path):
    out = tmp_path / "r.bin"
    t = demo_terminal(tmp_path / "till", printer={"uri": f"file:{out}"})
    sell(t)
    PrintQueue(t).flush()
    data = out.read_bytes()
    assert data.startswith(b"\x1b@\x1bt\x13")
    codes = qr_payloads(data)
    assert codes and t.lookup(codes[-1]).phone == "+4791234560"
    t.close()


def test_preview_printer_writes_png_and_text(tmp_path):
    t = demo_terminal(tmp_path / "till")
    [receipt_no] = sell(t)
    PrintQueue(t).flush()
    assert (tmp_path / "till" / "receipts" / f"{receipt_no}.png").stat().st_size > 1000
    assert "TOTALT" in (tmp_path / "till" / "receipts" / f"{receipt_no}.txt").read_text()
    t.close()


def test_cash_sale_kicks_the_drawer_card_sale_does_not(tmp_path):
    from hardware.drawer import kick_bytes
    out = tmp_path / "r.bin"
    t = demo_terminal(tmp_path / "till", printer={"uri": f"file:{out}"})
    sell(t)                                           # cash
    PrintQueue(t).flush()
    assert out.read_bytes().count(kick_bytes(2)) == 1
    sale = t.new_sale()
    sale.add(t.products()[0].sku)
    sale.complete(tender="card")
    PrintQueue(t).flush()
    assert out.read_bytes().count(kick_bytes(2)) == 1
    t.close()


def test_reprint_is_marked_copy_and_original_is_not_printed_twice(tmp_path):
    out = tmp_path / "r.bin"
    t = demo_terminal(tmp_path / "till", printer={"uri": f"file:{out}"})
    [first, last] = sell(t, 2)
    queue = PrintQueue(t)
    assert queue.flush() == 2
    assert queue.reprint() == last and queue.reprint(first.lower()) == first
    assert queue.flush() == 2 and queue.flush() == 0
    data = out.read_bytes()
    assert data.count(b"KOPI") == 2
    assert data.count(first.encode()) == 2 and data.count(last.encode()) == 2
    with pytest.raises(InvalidInput, match="no receipt"):
        queue.reprint("NOPE-1")
    t.close()
