"""Array parameters written as one literal read back in PostgreSQL as the same
values, whatever the text holds (quotes, backslashes, braces, commas, NULL-looking
words, whitespace, non-ASCII)."""

import psycopg
import pytest
from hypothesis import HealthCheck, given, settings, strategies as st

from sync.hq.pg_array import pg_array
from sync.pgtemp import new_database

pytestmark = pytest.mark.postgres

texts = st.text(st.characters(blacklist_categories=("Cs",), blacklist_characters="\x00"), max_size=20) | \
    st.sampled_from(["NULL", "null", "", " ", "{}", '{"a":1}', '\\"', "a,b", "\n"])


@pytest.fixture(scope="module")
def pg(pg_admin_url):
    url = new_database(pg_admin_url).replace("postgresql+psycopg://", "postgresql://")
    with psycopg.connect(url, autocommit=True) as conn:
        yield conn


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(values=st.lists(st.none() | texts, max_size=8))
def test_text_arrays_read_back_as_written(pg, values):
    assert pg.execute("SELECT %s::text[]", (pg_array(values),)).fetchone()[0] == values


@settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(ints=st.lists(st.none() | st.integers(-2**63, 2**63 - 1), max_size=8),
       flags=st.lists(st.none() | st.booleans(), max_size=8),
       floats=st.lists(st.floats(allow_nan=False, allow_infinity=False), max_size=8))
def test_numbers_and_booleans_read_back_as_written(pg, ints, flags, floats):
    row = pg.execute("SELECT %s::bigint[], %s::boolean[], %s::float8[]",
                     (pg_array(ints), pg_array(flags), pg_array(floats))).fetchone()
    assert row == (ints, flags, floats)


def test_unnest_of_several_arrays_gives_the_rows(pg):
    rows = pg.execute("SELECT * FROM unnest(%s::text[], %s::bigint[]) ORDER BY 2",
                      (pg_array(['{"x":"a\\"b"}', None]), pg_array([1, 2]))).fetchall()
    assert rows == [('{"x":"a\\"b"}', 1), (None, 2)]


def test_what_it_cannot_write_is_refused():
    with pytest.raises(TypeError, match="dict"):
        pg_array([{"a": 1}])
    with pytest.raises(TypeError, match="float"):
        pg_array([float("nan")])
