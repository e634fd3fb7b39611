"""A journal entry's body is stored once (in the journal): the event's payload is
written with ``"body":{}`` and the body put back when read, which gives the JSON
the model writes for the whole entry, byte for byte, whatever the body holds."""

from datetime import datetime, timezone

import pytest
from hypothesis import given, settings, strategies as st
from pydantic_core import to_json

from pos_client.store.by_reference import PLACEHOLDER, with_body
from pos_client.store.store import Store
from pos_client.store.writes import append_event_json
from sync.protocol import JournalEntry

texts = st.text(alphabet=st.sampled_from('ab"\\{}:,æ\n body'), max_size=12)
values = st.recursive(st.none() | st.booleans() | st.integers(-10**6, 10**6) | texts
                      | st.floats(allow_nan=False, allow_infinity=False),
                      lambda inner: st.lists(inner, max_size=3) | st.dictionaries(texts, inner, max_size=3),
                      max_leaves=8)


def _payload(body: dict, text: str) -> str:
    return JournalEntry(register_id="KASSE-1", entry_no=7, code="SALREC", occurred_at="2026-01-02T10:00:00+00:00",
                        local_date="2026-01-02", local_time="11:00:00", trans_nr=3, text=text, body=body,
                        signature="c2ln", key_version="1").model_dump_json(exclude_unset=True)


@settings(max_examples=300, deadline=None)
@given(body=st.dictionaries(texts, values, min_size=1, max_size=4), text=texts)
def test_a_payload_written_without_its_body_is_the_whole_payload_once_it_is_put_back(body, text):
    # journal.append serialises the event's payload with "body":{} (the body once, for the journal).
    bodiless, body_json = _payload({}, text), to_json(body).decode("utf-8")
    whole = _payload(body, text)
    assert bodiless.count('"body":') == 1 and PLACEHOLDER in bodiless
    assert len(bodiless) < len(whole)                       # what the outbox stores is shorter
    assert with_body(bodiless, body_json) == whole


def test_a_text_that_looks_like_the_placeholder_does_not_fool_it():
    # Inside a JSON string every '"' is escaped, so '"body":{}' there is never the placeholder.
    body = {"receipt": '{"body":{}}', PLACEHOLDER: 1}
    bodiless, body_json = _payload({}, PLACEHOLDER), to_json(body).decode("utf-8")
    assert with_body(bodiless, body_json) == _payload(body, PLACEHOLDER)
    whole = _payload(body, PLACEHOLDER)
    assert with_body(whole, None) == whole                 # a row stored whole is read as it is


@pytest.fixture
def store(tmp_path):
    s = Store.open(tmp_path)
    yield s
    s.close()


def test_a_payload_named_with_its_entry_but_holding_the_body_is_refused_and_nothing_is_stored(store):
    body = {"receipt": {"lines": []}}
    whole, body_json = _payload(body, "x"), to_json(body).decode("utf-8")
    when = datetime(2026, 1, 2, 10, tzinfo=timezone.utc)
    with pytest.raises(ValueError, match="leave it out"):
        store.write(lambda conn: append_event_json(conn, "T1", "journal_entry", whole, [], when, (7, body_json)))
    assert store.read().execute("SELECT COUNT(*) FROM outbox").fetchone()[0] == 0
    # The same payload with its body left out is stored, and reads back whole.
    seq = store.write(lambda conn: append_event_json(conn, "T1", "journal_entry", _payload({}, "x"), [], when,
                                                     (7, body_json)))["seq"]
    stored = store.read().execute("SELECT payload FROM outbox WHERE seq = ?", (seq,)).fetchone()[0]
    assert with_body(stored, body_json) == whole
