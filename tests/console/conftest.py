"""Console fixtures: an HQ database with one user per role, TestClient
sessions signed in as each, and helpers that feed HQ real terminal events."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "sync"))

from sync.hq.app import create_app  # noqa: E402
from sync.hq.console import users  # noqa: E402
from sync.hq.db import Database  # noqa: E402

from console_client import PASSWORD, ROLES, Console, csrf_of  # noqa: E402,F401


@pytest.fixture(autouse=True, scope="session")
def cheap_password_hashes():
    """argon2's cheapest parameters in tests (the real ones take a second a hash on
    a loaded 2-core machine); production keeps argon2-cffi's defaults."""
    from argon2 import PasswordHasher, profiles
    real = users._hasher
    users._hasher = PasswordHasher.from_parameters(profiles.CHEAPEST)
    users._DUMMY = users._hasher.hash("not a password of anyone")
    yield
    users._hasher = real


@pytest.fixture
def hq_db(tmp_path):
    db = Database(str(tmp_path / "hq.db"))
    for role, email in ROLES.items():
        users.add_user(db, email, role, PASSWORD)
    yield db
    db.close()


@pytest.fixture
def app(hq_db):
    return create_app(hq_db)


@pytest.fixture
def as_role(app):
    return lambda role: Console(app, role)


# -- the real browser (Debian's Chromium; Playwright never downloads one) -------

CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
                 "--disable-sync", "--no-first-run", "--disable-dev-shm-usage"]


@pytest.fixture(scope="session")
def browser_type_launch_args(browser_type_launch_args):
    if not Path(CHROMIUM).exists():
        pytest.skip("browser tests need Debian's chromium (apt-get install chromium)")
    return {**browser_type_launch_args, "executable_path": CHROMIUM, "args": CHROMIUM_ARGS}


@pytest.fixture
def hq_server(hq_db):
    from hq_server import HQServer
    server = HQServer(hq_db.url.replace("sqlite:///", ""))
    server.start()
    yield server
    server.stop()


def _sync_conftest():
    """tests/sync's fixtures module under its own name (both directories have a conftest)."""
    import importlib.util
    path = Path(__file__).resolve().parents[1] / "sync" / "conftest.py"
    spec = importlib.util.spec_from_file_location("sync_tests_conftest", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


pg_admin_url = _sync_conftest().pg_admin_url      # the throwaway PostgreSQL cluster, as in tests/sync
