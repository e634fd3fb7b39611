"""The jobs thread hands the cashier's errors back, the till's and the drivers' alike; a bug is logged."""

import pytest

from hardware.errors import DeviceConfigError
from pos_client.domain.errors import InvalidInput
from pos_client.ui.jobs import Jobs


@pytest.mark.parametrize("error", [InvalidInput("not an amount"), DeviceConfigError("printer URI 'x' not understood")])
def test_an_expected_error_goes_to_on_error(qtbot, error):
    jobs = Jobs()
    got = []

    def fail():
        raise error
    try:
        jobs.run(fail, lambda _: got.append("done"), got.append)
        qtbot.waitUntil(lambda: bool(got), timeout=5000)
        assert got == [error]
    finally:
        jobs.stop()


def test_a_bug_is_failed_with_none(qtbot, caplog):
    jobs = Jobs()
    failed = []
    jobs.failed.connect(failed.append)
    try:
        jobs.run(lambda: 1 / 0, lambda _: None, lambda exc: failed.append(("on_error", exc)))
        qtbot.waitUntil(lambda: bool(failed), timeout=5000)
        assert failed == [None] and "ZeroDivisionError" in caplog.text
    finally:
        jobs.stop()
