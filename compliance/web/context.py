"""Per-request context of every page and API call: database session, browser session, user, language,
and the guards (login, role, CSRF) the routes call."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path

from fastapi import Depends, HTTPException, Request
from fastapi.responses import HTMLResponse, RedirectResponse
from fastapi.templating import Jinja2Templates
from sqlalchemy.orm import Session

from ..catalogue import Severity
from ..messages import InputError
from .security import COOKIE, csrf_ok, find_session, new_session
from .storage import User, WebSession, count_users
from .words import word

TEMPLATES = Jinja2Templates(directory=str(Path(__file__).with_name("templates")))   # autoescaped
TEMPLATES.env.filters["severity"] = lambda value, lang: Severity(value).label(lang)
TEMPLATES.env.filters["day"] = lambda iso: f"{date.fromisoformat(iso):%d/%m/%Y}"   # reports store ISO dates


class LoginRequired(Exception):
    pass


@dataclass
class Ctx:
    request: Request
    db: Session
    web: WebSession | None
    new_token: str | None = None

    def get_or_404(self, model, key: int):
        """A stored row by its id, or the «not found» page."""
        row = self.db.get(model, key)
        if row is None:
            raise HTTPException(404, self.t("not_found"))
        return row

    @property
    def user(self) -> User | None:
        return self.web.user if self.web else None

    @property
    def who(self) -> str:
        """The name recorded in the audit log: the account, or `local` on a single-user localhost."""
        return self.user.name if self.user else "local"

    @property
    def lang(self) -> str:
        asked = self.request.query_params.get("lang")
        if asked in ("vi", "en"):
            return asked
        return self.web.lang if self.web else "vi"

    def t(self, key: str, **params) -> str:
        return word(key, self.lang, **params)

    def session(self) -> WebSession:
        """The browser's session, created on first need (a page with a form)."""
        if self.web is None:
            self.new_token, self.web = new_session(self.db)
            self.db.commit()
        return self.web

    # guards ---------------------------------------------------------------------------------
    def login_needed(self) -> bool:
        return self.request.app.state.public or count_users(self.db) > 0

    def require_login(self) -> None:
        if self.user is None and self.login_needed():
            raise LoginRequired()

    def require_admin(self) -> None:
        self.require_login()
        if self.user is None or self.user.role != "admin":
            raise HTTPException(403, self.t("forbidden"))

    def check_csrf(self, sent: str | None) -> None:
        if not csrf_ok(self.web, sent):
            raise HTTPException(403, self.t("csrf"))

    # responses ------------------------------------------------------------------------------
    def finish(self, response):
        if self.new_token:
            response.set_cookie(COOKIE, self.new_token, httponly=True, samesite="strict",
                                secure=self.request.url.scheme == "https", path="/")
        return response

    def page(self, template: str, status: int = 200, **values) -> HTMLResponse:
        session = self.session()
        values |= {"ctx": self, "t": self.t, "lang": self.lang, "csrf": session.csrf, "user": self.user,
                   "login_needed": self.login_needed()}
        return self.finish(TEMPLATES.TemplateResponse(self.request, template, values, status_code=status))

    def redirect(self, url: str) -> RedirectResponse:
        return self.finish(RedirectResponse(url, status_code=303))

    def problems(self, exc: InputError) -> list[str]:
        return [p.render(self.lang) for p in exc.problems]


def get_ctx(request: Request):
    db = request.app.state.sessions()
    try:
        web = find_session(db, request.cookies.get(COOKIE))
        yield Ctx(request, db, web)
    finally:
        db.close()


def page_ctx(ctx: Ctx = Depends(get_ctx)) -> Ctx:
    """Pages and API calls: login required when the app is public or has accounts."""
    ctx.require_login()
    return ctx
