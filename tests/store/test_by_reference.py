"""A body stored once (in the journal) and put back into the event's payload gives
the JSON the model wrote, byte for byte, whatever the body holds."""

from hypothesis import given, settings, strategies as st
from pydantic_core import to_json

from pos_client.store.by_reference import PLACEHOLDER, with_body, without_body
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
@given(body=st.dictionaries(texts, values, max_size=4), text=texts)
def test_a_payload_without_its_body_gets_the_same_json_back(body, text):
    payload, body_json = _payload(body, text), to_json(body).decode("utf-8")
    stored = without_body(payload, body_json)
    if body:
        assert stored is not None and len(stored) < len(payload)
    if stored is not None:
        assert with_body(stored, body_json) == payload


def test_a_text_that_looks_like_the_placeholder_does_not_fool_it():
    body = {"receipt": '{"body":{}}', PLACEHOLDER: 1}
    payload, body_json = _payload(body, PLACEHOLDER), to_json(body).decode("utf-8")
    assert with_body(without_body(payload, body_json), body_json) == payload
    assert with_body(payload, None) == payload                 # a row stored whole is read as it is


@settings(max_examples=300, deadline=None)
@given(body=st.dictionaries(texts, values, min_size=1, max_size=4), text=texts)
def test_a_payload_written_without_its_body_is_the_whole_payload_once_it_is_put_back(body, text):
    # journal.append serialises the event's payload with "body":{} (the body once, for the journal).
    bodiless, body_json = _payload({}, text), to_json(body).decode("utf-8")
    assert bodiless.count('"body":') == 1 and PLACEHOLDER in bodiless
    assert with_body(bodiless, body_json) == _payload(body, text)
