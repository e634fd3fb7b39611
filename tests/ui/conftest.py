import pytest

from pos_client.ui.main_window import MainWindow
from tests.helpers import demo_terminal
from tests.ui.window_helpers import done


@pytest.fixture
def window(qtbot, tmp_path):
    """The cashier's window on a demo till, every start-up job answered."""
    t = demo_terminal(tmp_path / "till")
    w = MainWindow(t)
    qtbot.addWidget(w)
    done(qtbot, w)
    yield w
    w.shutdown()
    t.close()
