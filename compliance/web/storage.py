"""The workbench's database: dossiers (hồ sơ) and their versions, uploaded files stored by hash, users,
sessions, draft rules and the audit log. SQLAlchemy 2 models; the schema itself is made by the Alembic
migrations shipped beside this module (migrations/), so SQLite and PostgreSQL get the same tables."""

from __future__ import annotations

import hashlib
from datetime import datetime, timezone
from pathlib import Path

from sqlalchemy import (JSON, DateTime, ForeignKey, Integer, LargeBinary, String, Text, UniqueConstraint,
                        create_engine, event, func, select)
from sqlalchemy.engine import Engine, make_url
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.orm import DeclarativeBase, Mapped, Session, mapped_column, relationship, sessionmaker

from ..messages import InputError, Problem

MIGRATIONS = Path(__file__).with_name("migrations")


def now() -> datetime:
    return datetime.now(timezone.utc).replace(microsecond=0)


class Base(DeclarativeBase):
    type_annotation_map = {datetime: DateTime(timezone=True)}


class User(Base):
    __tablename__ = "users"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(String(100), unique=True)
    password_hash: Mapped[str] = mapped_column(String(255))
    role: Mapped[str] = mapped_column(String(20))           # analyst | admin
    created_at: Mapped[datetime] = mapped_column(default=now)


class WebSession(Base):
    """A browser session: the cookie holds a random token, the table only its hash."""
    __tablename__ = "sessions"
    token_hash: Mapped[str] = mapped_column(String(64), primary_key=True)
    user_id: Mapped[int | None] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"))
    csrf: Mapped[str] = mapped_column(String(64))
    lang: Mapped[str] = mapped_column(String(2), default="vi")
    created_at: Mapped[datetime] = mapped_column(default=now)
    user: Mapped[User | None] = relationship()


class Blob(Base):
    """An uploaded file, by content: nothing the user names ever becomes a path."""
    __tablename__ = "blobs"
    sha256: Mapped[str] = mapped_column(String(64), primary_key=True)
    size: Mapped[int] = mapped_column(Integer)
    data: Mapped[bytes] = mapped_column(LargeBinary)


class Dossier(Base):
    __tablename__ = "dossiers"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(String(300))
    created_at: Mapped[datetime] = mapped_column(default=now)
    created_by: Mapped[str] = mapped_column(String(100))
    versions: Mapped[list[Version]] = relationship(back_populates="dossier", order_by="Version.number",
                                                   cascade="all, delete-orphan")


class Version(Base):
    """One uploaded file of a dossier and the check run on it (status pending → done | failed)."""
    __tablename__ = "versions"
    __table_args__ = (UniqueConstraint("dossier_id", "number"),)
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    dossier_id: Mapped[int] = mapped_column(ForeignKey("dossiers.id", ondelete="CASCADE"))
    number: Mapped[int] = mapped_column(Integer)
    filename: Mapped[str] = mapped_column(String(255))       # shown only, never a path
    sha256: Mapped[str] = mapped_column(ForeignKey("blobs.sha256"))
    kind: Mapped[str] = mapped_column(String(20), default="")  # org | proposal | plan (known once read)
    options: Mapped[dict] = mapped_column(JSON, default=dict)  # as_of, draft (id, code, sha256)
    status: Mapped[str] = mapped_column(String(20), default="pending")
    progress: Mapped[str] = mapped_column(String(40), default="queued")
    summary: Mapped[dict] = mapped_column(JSON, default=dict)  # totals by severity, as_of, jurisdiction
    report: Mapped[str | None] = mapped_column(Text)           # `check --format json` of the file (Vietnamese)
    report_en: Mapped[str | None] = mapped_column(Text)        # the same in English
    report_sha256: Mapped[str | None] = mapped_column(String(64))
    diff: Mapped[str | None] = mapped_column(Text)             # JSON {vi, en}: diff against the earlier version
    errors: Mapped[str | None] = mapped_column(Text)           # load errors, as the CLI words them (JSON: vi, en)
    created_at: Mapped[datetime] = mapped_column(default=now)
    created_by: Mapped[str] = mapped_column(String(100))
    dossier: Mapped[Dossier] = relationship(back_populates="versions")


class Draft(Base):
    """A Gherkin rule being written in the browser; the shipped rules are never touched."""
    __tablename__ = "drafts"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(String(200))
    text: Mapped[str] = mapped_column(Text)
    created_at: Mapped[datetime] = mapped_column(default=now)
    updated_at: Mapped[datetime] = mapped_column(default=now)
    updated_by: Mapped[str] = mapped_column(String(100))


class Audit(Base):
    """Who did what: every check, rule change, deletion and account change."""
    __tablename__ = "audit"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    at: Mapped[datetime] = mapped_column(default=now)
    user: Mapped[str] = mapped_column(String(100))
    action: Mapped[str] = mapped_column(String(40))
    target: Mapped[str] = mapped_column(String(300))
    detail: Mapped[dict] = mapped_column(JSON, default=dict)


def default_url() -> str:
    """SQLite in the user's data directory: nothing to install."""
    import platformdirs

    folder = Path(platformdirs.user_data_dir("orgcheck", appauthor=False))
    folder.mkdir(parents=True, exist_ok=True)
    return f"sqlite:///{folder / 'orgcheck.sqlite3'}"


def open_database(url: str | None = None) -> sessionmaker[Session]:
    """Connect, bring the schema up to date (Alembic) and return a session factory. A URL that cannot be
    used is an input error naming it (without its password) and the reason."""
    url = url or default_url()
    if url.startswith(("postgresql://", "postgres://")):   # the driver installed with orgcheck[web]
        url = "postgresql+psycopg://" + url.split("://", 1)[1]
    try:
        engine = create_engine(url, future=True)
        if engine.dialect.name == "sqlite":
            event.listen(engine, "connect", _sqlite_pragmas)
        upgrade(engine)
    except (SQLAlchemyError, ImportError, ValueError) as exc:
        shown = make_url(url).render_as_string(hide_password=True) if "://" in url else url
        reason = str(getattr(exc, "orig", None) or exc).strip().splitlines()[0]
        raise InputError([Problem("--db", None, "web_db_unusable", {"url": shown, "reason": reason})]) from None
    return sessionmaker(engine, expire_on_commit=False)


def _sqlite_pragmas(conn, _record) -> None:
    cur = conn.cursor()
    cur.execute("PRAGMA foreign_keys=ON")
    cur.execute("PRAGMA journal_mode=WAL")
    cur.close()


def upgrade(engine: Engine) -> None:
    from alembic import command
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    with engine.begin() as conn:
        config.attributes["connection"] = conn
        command.upgrade(config, "head")


def store_blob(db: Session, raw: bytes) -> str:
    digest = hashlib.sha256(raw).hexdigest()
    if db.get(Blob, digest) is None:
        db.add(Blob(sha256=digest, size=len(raw), data=raw))
    return digest


def audit(db: Session, user: str, action: str, target: str, **detail) -> None:
    db.add(Audit(user=user, action=action, target=target, detail=detail))


def count_users(db: Session) -> int:
    return db.scalar(select(func.count()).select_from(User))
