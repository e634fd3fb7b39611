"""A throwaway PostgreSQL cluster for tests and benchmarks.

``initdb`` into a temp dir and ``pg_ctl start`` on a free port on 127.0.0.1.
PostgreSQL refuses to run as root, so as root the cluster is run as the
``postgres`` user (``runuser``).  ``POS_TEST_PG_URL`` skips all this and uses
an existing server (CI).
"""

from __future__ import annotations

import glob
import os
import shutil
import socket
import subprocess
import tempfile
import uuid
from pathlib import Path


class PgUnavailable(Exception):
    pass


def find_bin() -> Path | None:
    for candidate in sorted(glob.glob("/usr/lib/postgresql/*/bin"), reverse=True):
        if Path(candidate, "initdb").exists():
            return Path(candidate)
    found = shutil.which("initdb")
    return Path(found).parent if found else None


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class TempPostgres:
    def __init__(self, fsync: bool = False, preload: str = "") -> None:
        self.bin = find_bin()
        if self.bin is None:
            raise PgUnavailable("PostgreSQL server binaries (initdb, pg_ctl) not found; set POS_TEST_PG_URL")
        self.root = Path(tempfile.mkdtemp(prefix="till-pg-"))
        self.data = self.root / "data"
        self.port = free_port()
        self.as_root = os.geteuid() == 0
        if self.as_root:
            shutil.chown(self.root, "postgres", "postgres")
        self._run("initdb", "-D", str(self.data), "-U", "postgres", "--auth=trust", "-E", "UTF8",
                  "--no-sync", "--locale=C")
        opts = (f"-p {self.port} -k {self.root} -c listen_addresses=127.0.0.1 -c max_connections=200"
                f" -c fsync={'on' if fsync else 'off'} -c shared_buffers=128MB"
                + (f" -c shared_preload_libraries={preload}" if preload else ""))
        self._run("pg_ctl", "-D", str(self.data), "-o", opts, "-l", str(self.root / "log"), "-w", "start")
        self.url = f"postgresql://postgres@127.0.0.1:{self.port}/postgres"

    def _run(self, tool: str, *args: str) -> None:
        cmd = [str(self.bin / tool), *args]
        if self.as_root:
            cmd = ["runuser", "-u", "postgres", "--", *cmd]
        done = subprocess.run(cmd, capture_output=True, text=True)
        if done.returncode != 0:
            raise PgUnavailable(f"{tool} failed: {(done.stderr or done.stdout).strip()[-500:]}")

    def stop(self) -> None:
        try:
            self._run("pg_ctl", "-D", str(self.data), "-m", "immediate", "stop")
        except PgUnavailable:
            pass
        shutil.rmtree(self.root, ignore_errors=True)


def new_database(admin_url: str) -> str:
    """A fresh, empty database on the server at ``admin_url``; returns its URL."""
    import psycopg
    name = "hq_" + uuid.uuid4().hex[:12]
    with psycopg.connect(admin_url, autocommit=True) as conn:
        conn.execute(f'CREATE DATABASE "{name}"')
    return admin_url.rsplit("/", 1)[0] + "/" + name
