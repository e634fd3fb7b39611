import pytest

from pos_client.app import build_window
from tests.helpers import demo_terminal
from tests.ui.window_helpers import done


@pytest.fixture
def window(qtbot, tmp_path):
    """The cashier's window on a demo till, every start-up job answered."""
    t = demo_terminal(tmp_path / "till")
    w = build_window(t)
    qtbot.addWidget(w)
    done(qtbot, w)
    yield w
    w.shutdown()
    t.close()
