"""The JSON API beside the pages (described at /api/openapi.json, browsable at /api/docs): check, diff
and plan of uploaded files, the rules in force on a day, a rule, and the explanation of a stored
finding. The same runs as the pages; results are the CLI's `--format json` documents. Bad input →
422 with each problem located and worded as the CLI words it."""

from __future__ import annotations

from datetime import date

from fastapi import APIRouter, Depends, File, Form, HTTPException, Query, UploadFile
from fastapi.responses import JSONResponse, Response

from ..messages import InputError
from .context import Ctx, page_ctx
from .routes_check import as_of_option, explanation, read_upload
from .routes_rules import day_param
from .runs import StoredFile, run_file
from .storage import Version, audit

router = APIRouter(prefix="/api", tags=["api"])
LANG = Query("vi", pattern="^(vi|en)$", description="ngôn ngữ / language")


def _problems(exc: InputError, lang: str) -> JSONResponse:
    return JSONResponse({"problems": [{"file": p.file, "line": p.line, "unit": p.unit, "key": p.key,
                                       "message": p.render(lang)} for p in exc.problems]}, status_code=422)


def _json(text: str) -> Response:
    return Response(text.encode("utf-8"), media_type="application/json")


async def _run(ctx: Ctx, action: str, upload: UploadFile, earlier: UploadFile | None, as_of: str, lang: str):
    try:
        raw, name = await read_upload(upload)
        previous = [StoredFile(*await read_upload(earlier))] if earlier else []
        day = as_of_option(as_of, ctx)
        outcome = run_file(StoredFile(raw, name), previous, date.fromisoformat(day) if day else None, None)
    except InputError as exc:
        return None, _problems(exc, lang)
    audit(ctx.db, ctx.who, f"api_{action}", name, file=name, as_of=day)
    ctx.db.commit()
    return outcome, None


@router.get("/openapi.json", include_in_schema=False)
def openapi(ctx: Ctx = Depends(page_ctx)):
    return ctx.request.app.openapi()


@router.get("", include_in_schema=False)
def api_page(ctx: Ctx = Depends(page_ctx)):
    """The API's endpoints as a page (from the OpenAPI document; no external Swagger UI)."""
    spec = ctx.request.app.openapi()
    endpoints = [(method.upper(), path, op.get("summary", ""), [p["name"] for p in op.get("parameters", [])] +
                  list(op.get("requestBody", {}).get("content", {}).get("multipart/form-data", {}).get("schema", {})
                       .get("properties", {}) or _form_fields(spec, op)))
                 for path, ops in sorted(spec["paths"].items()) for method, op in ops.items()]
    return ctx.page("api.html", endpoints=endpoints)


def _form_fields(spec: dict, op: dict) -> list[str]:
    ref = op.get("requestBody", {}).get("content", {}).get("multipart/form-data", {}).get("schema", {}).get("$ref")
    return list(spec["components"]["schemas"][ref.rsplit("/", 1)[1]]["properties"]) if ref else []


@router.post("/check", summary="Kiểm tra một tệp tổ chức, đề án hoặc kế hoạch / check a file")
async def api_check(ctx: Ctx = Depends(page_ctx), file: UploadFile = File(...), as_of: str = Form(""), lang: str = LANG):
    outcome, error = await _run(ctx, "check", file, None, as_of, lang)
    return error or _json(outcome.report_json(lang))


@router.post("/diff", summary="So sánh trước/sau: tệp trước + tệp sau (hoặc đề án) / before and after")
async def api_diff(ctx: Ctx = Depends(page_ctx), before: UploadFile = File(...), after: UploadFile = File(...),
                   lang: str = LANG):
    outcome, error = await _run(ctx, "diff", after, before, "", lang)
    if error:
        return error
    if outcome.diff is None:
        raise HTTPException(422, "the after file is a plan / tệp sau là kế hoạch")
    return _json(outcome.diff_json(lang))


@router.post("/plan", summary="Kiểm tra phân công nhiệm vụ của một kế hoạch (.txt/.docx) / check a plan")
async def api_plan(ctx: Ctx = Depends(page_ctx), file: UploadFile = File(...), as_of: str = Form(""), lang: str = LANG):
    outcome, error = await _run(ctx, "plan", file, None, as_of, lang)
    if error:
        return error
    if outcome.kind != "plan":
        raise HTTPException(422, "not a plan (.txt/.docx) / không phải kế hoạch")
    return _json(outcome.report_json(lang))


def rule_dict(rule, lang: str) -> dict:
    return {"code": rule.code, "title": rule.title.get(lang), "severity": rule.severity.value,
            "family": rule.family, "from": rule.window.start.isoformat(),
            "to": rule.window.end.isoformat() if rule.window.end else None,
            "legal_basis": [b.text() for b in rule.legal_basis], "confidence": rule.confidence, "file": rule.file}


@router.get("/rules", summary="Các quy tắc có hiệu lực vào một ngày / rules in force on a day")
def api_rules(ctx: Ctx = Depends(page_ctx), as_of: str = Query("", description="DD/MM/YYYY or YYYY-MM-DD"),
              lang: str = LANG):
    catalogue = ctx.request.app.state.catalogue()
    day = day_param(as_of) or date.today()
    regime = catalogue.regime_for(day)
    return {"as_of": day.isoformat(), "regime": regime.code if regime else None,
            "rules": [rule_dict(r, lang) for r in sorted(catalogue.in_force(day), key=lambda r: r.code)]}


@router.get("/rules/{code}", summary="Một quy tắc / one rule")
def api_rule(code: str, ctx: Ctx = Depends(page_ctx), lang: str = LANG):
    from ..ruledocs import rule_page

    rule = ctx.request.app.state.catalogue().by_code(code)
    if rule is None:
        raise HTTPException(404, "unknown rule / không có quy tắc này")
    return rule_dict(rule, lang) | {"page": rule_page(rule, lang)}


@router.get("/versions/{version_id}/findings/{index}/explain",
            summary="Giải thích một phát hiện đã lưu / explain a stored finding")
def api_explain(version_id: int, index: int, ctx: Ctx = Depends(page_ctx), lang: str = LANG):
    version = ctx.db.get(Version, version_id)
    if version is None:
        raise HTTPException(404, "unknown version / không có phiên bản này")
    finding, text = explanation(ctx, version, index)
    rule = ctx.request.app.state.catalogue().by_code(finding["code"])
    return {"finding": finding, "rule": rule_dict(rule, lang) if rule else None, "explanation": text,
            "draft": (version.options or {}).get("draft", {}).get("name"),
            "file": {"name": version.filename, "sha256": version.sha256}}
