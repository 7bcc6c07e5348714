"""Storage: the migration builds exactly the models' schema, and dossiers, versions, blobs, users,
drafts and audit entries round-trip on SQLite and on PostgreSQL."""

from __future__ import annotations

import hashlib

from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import select

from compliance.web.storage import (Audit, Base, Blob, Dossier, Draft, User, Version, audit, count_users,
                                    open_database, store_blob)


def test_migration_matches_models(sessions):
    engine = sessions.kw["bind"]
    with engine.connect() as conn:
        assert compare_metadata(MigrationContext.configure(conn), Base.metadata) == []
        assert MigrationContext.configure(conn).get_current_revision() == "0001"


def test_upgrade_twice_is_harmless(db_url):
    open_database(db_url)
    again = open_database(db_url)
    with again() as db:
        assert count_users(db) == 0


def test_round_trip(sessions):
    raw = "tên: Sở Nội vụ\n".encode()
    with sessions() as db:
        digest = store_blob(db, raw)
        assert store_blob(db, raw) == digest == hashlib.sha256(raw).hexdigest()
        db.add(User(name="lan", password_hash="x", role="analyst"))
        d = Dossier(name="Đề án sắp xếp Sở Nông nghiệp và Môi trường", created_by="lan")
        d.versions.append(Version(number=1, filename="so.yaml", sha256=digest, options={"as_of": "2023-09-08"},
                                  created_by="lan", summary={"loi": 3}))
        db.add(d)
        db.add(Draft(name="TINH.PHO.MOI", text="# language: vi\n", updated_by="lan"))
        audit(db, "lan", "check", "Đề án…", version=1)
        db.commit()
    with sessions() as db:
        d = db.scalars(select(Dossier)).one()
        v = d.versions[0]
        assert (v.filename, v.options, v.summary, v.status, v.created_by) == (
            "so.yaml", {"as_of": "2023-09-08"}, {"loi": 3}, "pending", "lan")
        assert db.get(Blob, v.sha256).data == raw
        assert db.scalars(select(Audit)).one().detail == {"version": 1}
        assert count_users(db) == 1
        db.delete(d)
        db.commit()
        assert db.scalars(select(Version)).all() == []
        assert db.get(Blob, digest) is not None   # files stay: other versions may share them


def test_unusable_database_is_a_clear_error(tmp_path, capsys):
    from compliance.cli import main

    assert main(["users", "add", "an", "--db", f"sqlite:///{tmp_path}/khong/co/thu-muc.sqlite3"]) == 2
    err = capsys.readouterr().err
    assert err.startswith("--db: không dùng được cơ sở dữ liệu sqlite:///") and "Traceback" not in err
    assert main(["users", "add", "an", "--db", "postgresql://an:bi-mat@127.0.0.1:1/khong"]) == 2
    err = capsys.readouterr().err
    assert "postgresql+psycopg://an:***@127.0.0.1:1/khong" in err and "bi-mat" not in err


def test_postgresql_url_without_driver(postgres_url):
    sessions = open_database(postgres_url.replace("postgresql+psycopg://", "postgresql://"))
    with sessions() as db:
        assert count_users(db) == 0


def test_checks_cut_short_by_a_restart_run_again(tmp_path):
    """A version left pending (the server stopped mid-check) is checked when the app starts again."""
    from compliance.web.app import create_app
    from tests.web.helpers import ROOT

    sessions = open_database(f"sqlite:///{tmp_path / 'r.sqlite3'}")
    with sessions() as db:
        raw = (ROOT / "fixtures" / "can-tho-2023.yaml").read_bytes()
        d = Dossier(name="dở dang", created_by="lan")
        d.versions.append(Version(number=1, filename="can-tho-2023.yaml", sha256=store_blob(db, raw), created_by="lan"))
        db.add(d)
        db.commit()
    app = create_app(sessions=sessions)
    app.state.jobs.shutdown(wait=True)
    with sessions() as db:
        v = db.scalars(select(Version)).one()
        assert v.status == "done" and v.summary["findings"] > 0
