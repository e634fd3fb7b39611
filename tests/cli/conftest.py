"""The command line run in-process on a till of its own, as a shop's scripts run it."""

import pytest

from pos_client.cli import main


@pytest.fixture
def run(tmp_path, capsys, monkeypatch):
    """``run(*argv) -> (exit code, stdout, stderr)`` against a fresh data dir; no config
    of this machine's user is read."""
    monkeypatch.delenv("POS_CONFIG", raising=False)
    monkeypatch.setenv("POS_CONFIG_DIR", str(tmp_path / "no-config"))
    data = str(tmp_path / "till")

    def go(*argv):
        code = main(["--data-dir", data, *argv])
        out, err = capsys.readouterr()
        return code, out, err

    return go
