"""A demo till on a temp data dir with a fixed clock, for the facade's tests."""

import pytest

from tests.helpers import FakeClock, demo_terminal


@pytest.fixture
def clock():
    return FakeClock()


@pytest.fixture
def t(tmp_path, clock):
    terminal = demo_terminal(tmp_path / "till", clock)
    yield terminal
    terminal.close()
