"""Security of the workbench: start-up guard, login everywhere once accounts exist, argon2 hashes,
cookie flags, CSRF, login throttling, roles."""

from __future__ import annotations

import pytest
from tests.web.helpers import csrf_of, make_client, upload

from compliance.web.app import StartRefused, create_app
from compliance.web.storage import User, open_database

USERS = [("an", "mat-khau-an!", "admin"), ("binh", "mat-khau-binh", "analyst")]


@pytest.fixture
def public(tmp_path):
    with make_client(f"sqlite:///{tmp_path / 'p.sqlite3'}", host="0.0.0.0", users=USERS) as c:
        yield c


def login(c, name, password):
    return c.post("/login", data={"csrf": csrf_of(c, "/login"), "name": name, "password": password, "next": "/"},
                  follow_redirects=False)


def test_refuses_to_start_off_localhost_without_accounts(tmp_path):
    with pytest.raises(StartRefused):
        create_app(f"sqlite:///{tmp_path / 'e.sqlite3'}", host="0.0.0.0")
    create_app(f"sqlite:///{tmp_path / 'e.sqlite3'}", host="127.0.0.1")   # localhost: fine


@pytest.mark.parametrize("path", ["/", "/rules", "/rules/ND370.PHO.THU_BAC", "/drafts", "/dossiers/1",
                                  "/versions/1", "/admin/users", "/api", "/api/openapi.json"])
def test_every_page_needs_login(public, path):
    r = public.get(path, follow_redirects=False)
    if path.startswith("/api/"):   # programs get 401, browsers the login page
        assert r.status_code == 401
    else:
        assert r.status_code == 303 and r.headers["location"].startswith("/login")


def test_api_needs_login(public):
    assert public.get("/api/openapi.json").status_code == 401
    assert public.get("/api/rules").status_code == 401
    assert public.post("/api/check", files={"file": ("a.yaml", b"a: 1\n")}).status_code == 401


def test_login_logout_and_cookie_flags(public):
    assert login(public, "binh", "sai-mat-khau").status_code == 401
    r = login(public, "binh", "mat-khau-binh")
    assert r.status_code == 303
    cookie = r.headers["set-cookie"].lower()
    assert "httponly" in cookie and "samesite=strict" in cookie
    assert public.get("/", follow_redirects=False).status_code == 200
    public.post("/logout", data={"csrf": csrf_of(public, "/")})
    assert public.get("/", follow_redirects=False).status_code == 303


def test_passwords_are_argon2(tmp_path):
    url = f"sqlite:///{tmp_path / 'h.sqlite3'}"
    make_client(url, users=USERS)
    with open_database(url)() as db:
        hashes = [u.password_hash for u in db.query(User)]
    assert all(h.startswith("$argon2id$") for h in hashes) and not any("mat-khau" in h for h in hashes)


def test_login_is_rate_limited(public):
    for _ in range(5):
        assert login(public, "an", "sai").status_code == 401
    r = login(public, "an", "mat-khau-an!")   # even the right password, for a while
    assert r.status_code == 429 and "Quá nhiều lần đăng nhập sai" in r.text


def test_csrf_is_checked(client):
    r = client.post("/example", data={"csrf": "forged"})
    assert r.status_code == 403 and "CSRF" in r.text
    r = client.post("/check", data={}, files={"file": ("a.yaml", b"a: 1\n")})
    assert r.status_code == 403
    client.get("/")
    assert client.post("/drafts", data={"csrf": "", "name": "x", "text": "y"}).status_code == 403


def test_roles(public):
    login(public, "binh", "mat-khau-binh")
    assert public.get("/admin/users").status_code == 403
    public.post("/logout", data={"csrf": csrf_of(public, "/")})
    login(public, "an", "mat-khau-an!")
    page = public.get("/admin/users")
    assert page.status_code == 200 and "binh" in page.text
    r = public.post("/admin/users", data={"csrf": csrf_of(public, "/admin/users"), "name": "chi",
                                          "password": "mat-khau-chi", "role": "analyst"}, follow_redirects=False)
    assert r.status_code == 303
    assert "ngắn" not in public.get("/admin/users").text
    assert public.post("/admin/users", data={"csrf": csrf_of(public, "/admin/users"), "name": "dung",
                                             "password": "ngan", "role": "analyst"}).status_code == 400


def test_no_open_redirect_after_login(public):
    r = public.post("/login", data={"csrf": csrf_of(public, "/login"), "name": "an", "password": "mat-khau-an!",
                                    "next": "//evil.example/"}, follow_redirects=False)
    assert r.headers["location"] == "/"


def test_postgresql_backs_the_app(postgres_url, tmp_path):
    """The same app on the PostgreSQL server: a check is stored and read back."""
    from tests.web.helpers import wait_done

    from compliance.model import RULES_DIR

    url = postgres_url.replace("/postgres?", "/postgres?")
    with make_client(url) as c:
        r = upload(c, "can-tho-2023.yaml", (RULES_DIR.parent / "fixtures" / "can-tho-2023.yaml").read_bytes(),
                   dossier_name="PostgreSQL")
        assert 'id="total">' in wait_done(c, r.headers["location"]).text


def _docx(parts: dict[str, bytes]) -> bytes:
    import io
    import zipfile

    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in parts.items():
            z.writestr(name, data)
    return buffer.getvalue()


@pytest.mark.parametrize("parts, words", [
    ({"[Content_Types].xml": b"<Types/>", "word/document.xml": b"<w:document/>", "word/vbaProject.bin": b"\0"},
     "chứa macro"),
    ({"[Content_Types].xml": b"<Types/>", "word/document.xml": b"<a>" + b" " * 30_000_000 + b"</a>"},
     "bom nén"),
    ({"[Content_Types].xml": b"<Types/>",
      "word/document.xml": b'<?xml version="1.0"?><!DOCTYPE d [<!ENTITY a "aaaa">]><d>&a;</d>'}, "DOCTYPE"),
])
def test_hostile_packages_refused_in_vietnamese(client, parts, words):
    """A plan .docx with macros, a zip bomb, an entity declaration: refused by the CLI's readers, in Vietnamese."""
    from tests.web.helpers import wait_done

    page = wait_done(client, upload(client, "ke-hoach.docx", _docx(parts)).headers["location"])
    assert words in page.text and "ke-hoach.docx" in page.text and "Traceback" not in page.text


def test_sessions_expire(client):
    from datetime import timedelta

    from compliance.web.security import COOKIE, SESSION_LIFETIME
    from compliance.web.storage import WebSession

    client.get("/")   # the page makes a session
    sessions = client.app.state.sessions
    with sessions() as db:
        for s in db.query(WebSession):
            s.created_at = s.created_at - SESSION_LIFETIME - timedelta(minutes=1)
        db.commit()
    old = client.cookies.get(COOKIE)
    client.get("/")
    assert client.cookies.get(COOKIE) != old   # a new session, the old one refused


def test_serve_and_users_add_from_the_command_line(tmp_path, monkeypatch, capsys):
    import io
    import socket
    import subprocess
    import sys
    import time
    import urllib.request

    from compliance.cli import main
    from tests.web.helpers import ROOT

    url = f"sqlite:///{tmp_path / 'cli.sqlite3'}"
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    assert main(["serve", "--host", "0.0.0.0", "--port", str(port), "--db", url]) == 2
    assert "không mở trên địa chỉ 0.0.0.0 khi chưa có tài khoản" in capsys.readouterr().err
    monkeypatch.setattr("sys.stdin", io.StringIO("mat-khau-dai\n"))
    assert main(["users", "add", "an", "--role", "admin", "--db", url]) == 0
    monkeypatch.setattr("sys.stdin", io.StringIO("ngan\n"))
    assert main(["users", "add", "binh", "--db", url]) == 2
    assert "ít nhất 8 ký tự" in capsys.readouterr().err
    server = subprocess.Popen([sys.executable, "-m", "compliance", "serve", "--host", "0.0.0.0", "--port", str(port),
                               "--db", url], cwd=ROOT, env={"PYTHONPATH": str(ROOT), "PATH": "/usr/bin:/bin"},
                              stderr=subprocess.PIPE)
    try:
        deadline = time.monotonic() + 30
        while True:
            try:
                with urllib.request.urlopen(f"http://127.0.0.1:{port}/login", timeout=2) as r:
                    assert r.status == 200 and "Đăng nhập" in r.read().decode()
                break
            except OSError:
                assert time.monotonic() < deadline and server.poll() is None, "orgcheck serve did not start"
                time.sleep(0.2)
    finally:
        server.terminate()
        server.wait(10)
