"""Event, sale and return ids are time-ordered UUIDs (version 7): new ones go to
the end of every index that holds them, at HQ and on the till."""

from __future__ import annotations

import uuid

from hypothesis import given
from hypothesis import strategies as st

from pos_client.ids import uuid7
from tests.helpers import demo_terminal

MS = st.integers(0, 2**48 - 1)


@given(MS, MS)
def test_ids_sort_by_the_millisecond_they_were_made(a, b):
    first, second = uuid7(a), uuid7(b)
    if a < b:
        assert first < second                       # as text too: fixed-width lowercase hex
    for text, ms in ((first, a), (second, b)):
        value = uuid.UUID(text)
        assert value.version == 7 and value.variant == uuid.RFC_4122 and value.int >> 80 == ms


def test_ids_made_in_the_same_millisecond_differ():
    assert len({uuid7(1_800_000_000_000) for _ in range(10_000)}) == 10_000


def test_a_sale_and_its_event_carry_time_ordered_ids(tmp_path):
    t = demo_terminal(tmp_path / "till")
    try:
        sale = t.new_sale()
        sale.add(t.products()[0].sku)
        done = sale.complete()
        event_id, sale_id = t.store.read().execute(
            "SELECT event_id, sale_id FROM sales WHERE receipt_no = ?", (done.receipt_no,)).fetchone()
        assert sale_id == done.sale_id
        assert uuid.UUID(event_id).version == 7 and uuid.UUID(sale_id).version == 7
    finally:
        t.close()


@given(MS)
def test_an_id_is_written_as_the_uuid_module_writes_it(ms):
    text = uuid7(ms)
    assert text == str(uuid.UUID(text))
