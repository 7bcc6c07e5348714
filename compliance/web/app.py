"""`orgcheck serve`: the FastAPI application of the workbench (pages, JSON API, static files) and its
start-up guard (an address other than the loopback needs accounts)."""

from __future__ import annotations

from concurrent.futures import ThreadPoolExecutor
from functools import lru_cache
from pathlib import Path

from fastapi import Depends, FastAPI, Form, Request
from fastapi.responses import JSONResponse
from fastapi.staticfiles import StaticFiles
from starlette.exceptions import HTTPException as StarletteHTTPException
from sqlalchemy import select

from .. import __version__
from ..catalogue import load_catalogue
from .context import Ctx, LoginRequired, get_ctx, page_ctx
from .security import COOKIE, ROLES, Throttle, add_user, authenticate, is_loopback, new_session
from .storage import Audit, User, Version, audit, count_users, open_database
from .words import word


class StartRefused(Exception):
    """Raised (with the reason in Vietnamese and English) when the server must not start."""


def create_app(db_url: str | None = None, host: str = "127.0.0.1", sessions=None) -> FastAPI:
    sessions = sessions or open_database(db_url)
    public = not is_loopback(host)
    if public:
        with sessions() as db:
            if count_users(db) == 0:
                raise StartRefused()
    app = FastAPI(title="orgcheck", version=__version__, description=(
        "Kiểm tra tuân thủ pháp luật của cơ cấu tổ chức — API JSON của bàn làm việc orgcheck. "
        "The orgcheck workbench's JSON API: check, diff, plan, rules by date, explain."),
        docs_url=None, redoc_url=None, openapi_url=None)   # served below, behind login; Swagger UI needs a CDN
    app.state.sessions = sessions
    app.state.public = public
    app.state.throttle = Throttle()
    app.state.catalogue = lru_cache(maxsize=1)(load_catalogue)   # the shipped rules, read once
    app.state.jobs = ThreadPoolExecutor(max_workers=1, thread_name_prefix="orgcheck-check")
    app.mount("/static", StaticFiles(directory=str(Path(__file__).with_name("static"))), name="static")

    from . import routes_api, routes_check, routes_rules

    app.include_router(routes_check.router)
    app.include_router(routes_rules.router)
    app.include_router(routes_api.router)
    _auth_routes(app)
    _errors(app)
    _size_guard(app)
    with sessions() as db:   # checks cut short by a restart run again
        for version_id in db.scalars(select(Version.id).where(Version.status == "pending").order_by(Version.id)):
            app.state.jobs.submit(routes_check.job, sessions, version_id)
    return app


def _size_guard(app: FastAPI) -> None:
    """A request body larger than an upload may be is refused before it is read (the form parser would
    otherwise spool all of it to disk first)."""
    from . import runs

    @app.middleware("http")
    async def refuse_large(request: Request, call_next):
        length = request.headers.get("content-length", "")
        limit = runs.MAX_UPLOAD + 2**20   # the form's other fields and boundaries
        if length.isdigit() and int(length) > limit:
            from ..messages import render_message

            lang = "en" if request.query_params.get("lang") == "en" else "vi"
            text = render_message("file_too_large", {"size": round(int(length) / 2**20, 1),
                                                     "limit": runs.MAX_UPLOAD // 2**20}, lang)
            return error_response(request, 413, text)
        return await call_next(request)


def _errors(app: FastAPI) -> None:
    @app.exception_handler(LoginRequired)
    async def login_required(request: Request, exc: LoginRequired):
        from fastapi.responses import RedirectResponse

        if request.url.path.startswith("/api/"):
            return JSONResponse({"detail": "login required / cần đăng nhập"}, status_code=401)
        return RedirectResponse(f"/login?next={request.url.path}", status_code=303)

    @app.exception_handler(StarletteHTTPException)   # FastAPI's HTTPException and the router's own 404/405
    async def http_error(request: Request, exc: StarletteHTTPException):
        lang = "en" if request.query_params.get("lang") == "en" else "vi"
        detail = word("not_found", lang) if exc.status_code == 404 and exc.detail == "Not Found" else exc.detail
        return error_response(request, exc.status_code, detail)


def error_response(request: Request, status: int, detail: str):
    """JSON for the API, the error page for a browser."""
    if request.url.path.startswith("/api/"):
        return JSONResponse({"detail": detail}, status_code=status)
    from .context import TEMPLATES

    lang = "en" if request.query_params.get("lang") == "en" else "vi"
    return TEMPLATES.TemplateResponse(request, "error.html", {
        "t": lambda key, **p: word(key, lang, **p), "lang": lang, "detail": detail, "ctx": None, "user": None,
        "csrf": "", "login_needed": False, "status": status}, status_code=status)


def _safe_next(url: str) -> str:
    """Only a path of this site (no scheme, no //host): no open redirect."""
    return url if url.startswith("/") and not url.startswith("//") and "\\" not in url else "/"


def _auth_routes(app: FastAPI) -> None:
    @app.get("/login")
    def login_page(ctx: Ctx = Depends(get_ctx), next: str = "/"):
        return ctx.page("login.html", next=_safe_next(next), error=None)

    @app.post("/login")
    def login(request: Request, ctx: Ctx = Depends(get_ctx), name: str = Form(""), password: str = Form(""),
              csrf: str = Form(""), next: str = Form("/")):
        ctx.check_csrf(csrf)
        throttle: Throttle = request.app.state.throttle
        keys = (f"ip:{request.client.host if request.client else '-'}", f"user:{name}")
        if throttle.blocked(*keys):
            return ctx.page("login.html", status=429, next=_safe_next(next), error=ctx.t("login_throttled"))
        user = authenticate(ctx.db, name, password)
        if user is None:
            throttle.failed(*keys)
            audit(ctx.db, name, "login_failed", name)
            ctx.db.commit()
            return ctx.page("login.html", status=401, next=_safe_next(next), error=ctx.t("login_failed"))
        lang = ctx.lang
        ctx.db.delete(ctx.web)   # a fresh session on login: no fixation
        ctx.new_token, ctx.web = new_session(ctx.db, user, lang)
        audit(ctx.db, user.name, "login", user.name)
        ctx.db.commit()
        return ctx.redirect(_safe_next(next))

    @app.post("/logout")
    def logout(ctx: Ctx = Depends(get_ctx), csrf: str = Form("")):
        ctx.check_csrf(csrf)
        ctx.db.delete(ctx.web)
        ctx.db.commit()
        response = ctx.redirect("/login")
        response.delete_cookie(COOKIE, path="/")
        return response

    @app.post("/lang")
    def set_lang(ctx: Ctx = Depends(get_ctx), lang: str = Form("vi"), csrf: str = Form(""), next: str = Form("/")):
        ctx.check_csrf(csrf)
        ctx.web.lang = "en" if lang == "en" else "vi"
        ctx.db.commit()
        return ctx.redirect(_safe_next(next))

    @app.get("/admin/users")
    def users_page(ctx: Ctx = Depends(page_ctx)):
        ctx.require_admin()
        return _users(ctx)

    @app.post("/admin/users")
    def users_add(ctx: Ctx = Depends(page_ctx), name: str = Form(""), password: str = Form(""),
                  role: str = Form("analyst"), csrf: str = Form("")):
        ctx.require_admin()
        ctx.check_csrf(csrf)
        name = name.strip()
        if ctx.db.scalar(select(User).where(User.name == name)) is not None or not name:
            return _users(ctx, ctx.t("user_exists"), 400)
        if len(password) < 8:
            return _users(ctx, ctx.t("password_short"), 400)
        add_user(ctx.db, name, password, role if role in ROLES else "analyst", ctx.who)
        ctx.db.commit()
        return ctx.redirect("/admin/users")


def _users(ctx: Ctx, error: str | None = None, status: int = 200):
    users = ctx.db.scalars(select(User).order_by(User.name)).all()
    log = ctx.db.scalars(select(Audit).order_by(Audit.id.desc()).limit(200)).all()
    return ctx.page("users.html", status=status, users=users, log=log, error=error, roles=ROLES)
