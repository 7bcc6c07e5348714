"""Helpers of the workbench tests: a TestClient on a database, CSRF tokens from pages, uploads, waiting
for a background check."""

from __future__ import annotations

import re
import time
from pathlib import Path

from compliance.web.security import add_user
from compliance.web.storage import open_database

ROOT = Path(__file__).resolve().parents[2]
CSRF = re.compile(r'name="csrf" value="([^"]+)"')


def csrf_of(client, path: str = "/") -> str:
    return CSRF.search(client.get(path).text).group(1)


def wait_done(client, version_path: str, timeout: float = 60):
    """The report page once the background check has finished."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        status = client.get(version_path + "/status").json()
        if status["status"] != "pending":
            return client.get(version_path)
        time.sleep(0.1)
    raise AssertionError(f"{version_path} still pending after {timeout} s")


def upload(client, name: str, raw: bytes, dossier: str | None = None, **fields):
    data = {"csrf": csrf_of(client), **fields}
    data |= {"dossier": dossier} if dossier else {"dossier_name": fields.get("dossier_name", name)}
    return client.post("/check", data=data, files={"file": (name, raw)}, follow_redirects=False)


def make_client(url: str, host: str = "127.0.0.1", users: tuple = ()):
    from fastapi.testclient import TestClient

    from compliance.web.app import create_app

    sessions = open_database(url)
    with sessions() as db:
        for name, password, role in users:
            add_user(db, name, password, role, "test")
        db.commit()
    app = create_app(host=host, sessions=sessions)
    return TestClient(app, base_url="http://127.0.0.1")


