"""Fixtures of the workbench tests: a database on SQLite and on a real, throwaway PostgreSQL server
(initdb + pg_ctl of the Debian package in a temporary folder, on a unix socket; as root the server runs
as the `postgres` user). Without the PostgreSQL binaries the tests fail and say how to install them."""

from __future__ import annotations

import glob
import os
import pwd
import shutil
import subprocess
import tempfile
from pathlib import Path

import pytest

from compliance.web.storage import open_database
from tests.web.helpers import make_client


def _pg_bin() -> Path:
    found = sorted(glob.glob("/usr/lib/postgresql/*/bin/initdb")) or ([shutil.which("initdb")] if shutil.which("initdb") else [])
    if not found:
        pytest.fail("PostgreSQL server binaries (initdb, pg_ctl) not found: install them with "
                    "`apt-get install -y postgresql` (.ci/run does this)", pytrace=False)
    return Path(found[-1]).parent


@pytest.fixture(scope="session")
def postgres_url():
    bindir = _pg_bin()
    folder = Path(tempfile.mkdtemp(prefix="orgcheck-pg-"))
    run_as: list[str] = []
    if os.geteuid() == 0:   # the server refuses to run as root
        user = pwd.getpwnam("postgres")
        os.chown(folder, user.pw_uid, user.pw_gid)
        run_as = ["runuser", "-u", "postgres", "--"]
    data = folder / "data"

    def pg(*args):
        subprocess.run(run_as + [str(bindir / args[0]), *args[1:]], check=True, capture_output=True, timeout=120)

    pg("initdb", "-D", str(data), "-A", "trust", "-U", "orgcheck", "-E", "UTF8", "--no-locale")
    pg("pg_ctl", "-D", str(data), "-l", str(folder / "log"), "-w", "-o",
       f"-k {folder} -c listen_addresses='' -c fsync=off", "start")
    try:
        yield f"postgresql+psycopg://orgcheck@/postgres?host={folder}"
    finally:
        pg("pg_ctl", "-D", str(data), "-m", "immediate", "stop")
        shutil.rmtree(folder, ignore_errors=True)


@pytest.fixture(params=["sqlite", "postgresql"])
def db_url(request, tmp_path):
    """Each storage test runs on both databases; PostgreSQL gets a fresh database per test."""
    if request.param == "sqlite":
        return f"sqlite:///{tmp_path / 'orgcheck.sqlite3'}"
    base = request.getfixturevalue("postgres_url")
    from sqlalchemy import create_engine, text

    name = f"t{os.getpid()}_{abs(hash(request.node.nodeid)) % 10**9}"
    admin = create_engine(base, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(text(f'DROP DATABASE IF EXISTS "{name}"'))
        conn.execute(text(f'CREATE DATABASE "{name}"'))
    admin.dispose()
    return base.replace("/postgres?", f"/{name}?")


@pytest.fixture
def sessions(db_url):
    return open_database(db_url)


@pytest.fixture
def client(tmp_path):
    """The workbench on localhost, no accounts (a single analyst's own computer), on SQLite."""
    with make_client(f"sqlite:///{tmp_path / 'web.sqlite3'}") as c:
        yield c
