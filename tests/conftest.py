import os

import pytest

# Qt tests run offscreen everywhere (CI has no display).
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("POS_LOG_DIR", os.path.join(os.environ.get("TMPDIR", "/tmp"), "till-test-logs"))
# A config written by a real first-run setup on this machine must not leak into tests.
os.environ["POS_CONFIG_DIR"] = os.path.join(os.environ.get("TMPDIR", "/tmp"), f"till-test-config-{os.getpid()}")


@pytest.fixture
def demo_hq(tmp_path):
    """The real HQ on 127.0.0.1 with the demo program and catalogue published."""
    import sys
    from pathlib import Path
    sys.path.insert(0, str(Path(__file__).resolve().parent / "sync"))
    from hq_server import HQServer

    from pos_client.services import DEMO_DIR
    from sync.hq import admin
    server = HQServer(str(tmp_path / "hq.db")).start()
    admin.load_program(server.db, str(DEMO_DIR / "program.toml"))
    admin.load_catalogue(server.db, str(DEMO_DIR / "catalogue.csv"))
    yield server
    server.stop()
