"""Pages of checks and dossiers: upload, report (summary, filters, sorting, expandable findings,
downloads), a dossier's versions with what each revision resolved, regeneration from the stored file,
deletion behind a confirmation. Checks run as background jobs; the page shows their progress."""

from __future__ import annotations

import json
from datetime import date
from urllib.parse import quote

from fastapi import APIRouter, Depends, File, Form, HTTPException, UploadFile
from fastapi.responses import JSONResponse, Response
from sqlalchemy import select

from ..catalogue import Severity
from ..messages import InputError, Problem
from ..model import RULES_DIR, parse_date
from ..render import FILE_FORMATS, MEDIA_TYPES, render_bytes
from ..text import vi_sort_key
from .context import Ctx, page_ctx
from .runs import MAX_UPLOAD, StoredFile, check_upload, run_file, sha256
from .storage import Blob, Dossier, Draft, Version, audit, store_blob

router = APIRouter()
# the bundled example: fixtures/ of a checkout, its copy compliance/_data/examples/ in an installed wheel
EXAMPLE = next(p for p in (RULES_DIR.parent / "examples" / "can-tho-2023.yaml", RULES_DIR.parent / "fixtures" /
                           "can-tho-2023.yaml") if p.exists())
SEVERITIES = [s.value for s in Severity]
# the report formats the render layer offers as files (xlsx, docx, html appear as it gains them)
DOWNLOADS = tuple(f for f in ("xlsx", "docx", "html", "json", "csv") if f in FILE_FORMATS.values())
STAGES = ("queued", "rules", "reading", "comparing", "checking", "saving", "done")


# --- running a version ------------------------------------------------------------------------

def previous_files(db, version: Version) -> list[StoredFile]:
    earlier = [v for v in version.dossier.versions if v.number < version.number]
    return [StoredFile(db.get(Blob, v.sha256).data, v.filename) for v in sorted(earlier, key=lambda v: -v.number)]


def run_version(db, version: Version, progress=lambda stage: None):
    """Check a stored version again from its stored file, options and draft (the draft's text as stored
    with the version, so a later edit of the draft does not change the past)."""
    options = version.options or {}
    as_of = date.fromisoformat(options["as_of"]) if options.get("as_of") else None
    draft = options.get("draft", {}).get("text")
    upload = StoredFile(db.get(Blob, version.sha256).data, version.filename)
    waivers = options.get("waivers")
    waivers_file = StoredFile(db.get(Blob, waivers["sha256"]).data, waivers["filename"]) if waivers else None
    return run_file(upload, previous_files(db, version), as_of, draft, progress, waivers_file)


def job(sessions, version_id: int) -> None:
    """Background check of one version; its progress and outcome are written to the database."""
    with sessions() as db:
        version = db.get(Version, version_id)

        def progress(stage: str) -> None:
            version.progress = stage
            db.commit()

        try:
            outcome = run_version(db, version, progress)
        except InputError as exc:
            version.status, version.progress = "failed", "done"
            version.errors = json.dumps({lang: [p.render(lang) for p in exc.problems] for lang in ("vi", "en")},
                                        ensure_ascii=False)
            db.commit()
            return
        except Exception as exc:   # a bug: the page says so instead of spinning forever
            version.status, version.progress = "failed", "done"
            version.errors = json.dumps({"vi": [f"lỗi nội bộ: {exc!r}"], "en": [f"internal error: {exc!r}"]})
            db.commit()
            return
        progress("saving")
        version.kind = outcome.kind
        version.report = outcome.report_json("vi")
        version.report_en = outcome.report_json("en")
        version.report_sha256 = sha256(version.report)
        if outcome.diff:
            version.diff = json.dumps({lang: json.loads(outcome.diff_json(lang)) for lang in ("vi", "en")},
                                      ensure_ascii=False)
        doc = json.loads(version.report)
        version.summary = {"totals": doc["totals"], "as_of": doc["as_of"], "findings": len(doc["findings"]),
                           "jurisdiction": doc.get("jurisdiction", {}).get("name")}
        version.status, version.progress = "done", "done"
        db.commit()


async def read_upload(upload: UploadFile | None) -> tuple[bytes, str]:
    if upload is None or not upload.filename:
        raise InputError([Problem("-", None, "web_no_file")])
    name = upload.filename.replace("\\", "/").rsplit("/", 1)[-1][:200]   # a name to show, never a path
    raw = await upload.read(MAX_UPLOAD + 1)
    check_upload(raw, name)
    return raw, name


def as_of_option(value: str, ctx: Ctx) -> str | None:
    if not value.strip():
        return None
    parsed = parse_date(value.strip())
    if not isinstance(parsed, date):
        raise InputError([Problem(ctx.t("as_of_short"), None, "web_as_of", {"value": value})])
    return parsed.isoformat()


def add_version(ctx: Ctx, dossier: Dossier, raw: bytes, filename: str, as_of: str | None, draft: Draft | None,
                waivers: tuple[bytes, str] | None = None) -> Version:
    options = {"as_of": as_of} if as_of else {}
    if draft:
        options["draft"] = {"id": draft.id, "name": draft.name, "text": draft.text}
    if waivers:
        options["waivers"] = {"sha256": store_blob(ctx.db, waivers[0]), "filename": waivers[1]}
    version = Version(number=len(dossier.versions) + 1, filename=filename, sha256=store_blob(ctx.db, raw),
                      options=options, created_by=ctx.who)
    dossier.versions.append(version)
    ctx.db.flush()
    audit(ctx.db, ctx.who, "check", dossier.name, dossier=dossier.id, version=version.number, file=filename,
          sha256=version.sha256, options={k: v for k, v in options.items() if k != "draft"} |
          ({"draft": draft.name} if draft else {}))
    ctx.db.commit()
    ctx.request.app.state.jobs.submit(job, ctx.request.app.state.sessions, version.id)
    return version


# --- pages --------------------------------------------------------------------------------------

def home_page(ctx: Ctx, errors: list[str] | None = None, status: int = 200):
    dossiers = ctx.db.scalars(select(Dossier).order_by(Dossier.id.desc())).all()
    drafts = ctx.db.scalars(select(Draft).order_by(Draft.name)).all()
    return ctx.page("home.html", status=status, dossiers=dossiers, drafts=drafts, errors=errors or [])


@router.get("/")
def home(ctx: Ctx = Depends(page_ctx)):
    return home_page(ctx)


@router.post("/check")
async def upload(ctx: Ctx = Depends(page_ctx), file: UploadFile | None = File(None), dossier: str = Form(""),
                 dossier_name: str = Form(""), as_of: str = Form(""), draft: str = Form(""),
                 waivers: UploadFile | None = File(None), csrf: str = Form("")):
    ctx.check_csrf(csrf)
    try:
        raw, filename = await read_upload(file)
        day = as_of_option(as_of, ctx)
        waiver_file = await read_upload(waivers) if waivers is not None and waivers.filename else None
    except InputError as exc:
        back = ctx.db.get(Dossier, int(dossier)) if dossier.isdigit() else None
        if back is not None:
            return dossier_page(ctx, back, ctx.problems(exc), 400)
        return home_page(ctx, ctx.problems(exc), 400)
    target = ctx.db.get(Dossier, int(dossier)) if dossier.isdigit() else None
    if target is None:
        target = Dossier(name=dossier_name.strip()[:300] or filename, created_by=ctx.who)
        ctx.db.add(target)
    chosen = ctx.db.get(Draft, int(draft)) if draft.isdigit() else None
    version = add_version(ctx, target, raw, filename, day, chosen, waiver_file)
    return ctx.redirect(f"/versions/{version.id}")


@router.post("/example")
def example(ctx: Ctx = Depends(page_ctx), csrf: str = Form("")):
    ctx.check_csrf(csrf)
    dossier = Dossier(name=ctx.t("example_dossier"), created_by=ctx.who)
    ctx.db.add(dossier)
    version = add_version(ctx, dossier, EXAMPLE.read_bytes(), EXAMPLE.name, None, None)
    return ctx.redirect(f"/versions/{version.id}")



@router.get("/versions/{version_id}/status")
def status(version_id: int, ctx: Ctx = Depends(page_ctx)):
    v = ctx.get_or_404(Version, version_id)
    return JSONResponse({"status": v.status, "stage": v.progress, "step": STAGES.index(v.progress) + 1,
                         "steps": len(STAGES), "label": ctx.t(f"stage_{v.progress}")})


def filtered(findings: list[dict], params) -> list[dict]:
    out = [f for f in findings
           if (not params.get("severity") or f["severity"] == params["severity"])
           and (not params.get("family") or f["family"] == params["family"])
           and (not params.get("unit") or f["subject_id"] == params["unit"])
           and (not params.get("rule") or f["code"] == params["rule"])]
    order = params.get("sort")
    if order == "code":
        out.sort(key=lambda f: f["code"])          # stable: the report's order within a code
    elif order == "severity":
        out.sort(key=lambda f: SEVERITIES.index(f["severity"]))
    return out


@router.get("/versions/{version_id}")
def version_page(version_id: int, ctx: Ctx = Depends(page_ctx)):
    version = ctx.get_or_404(Version, version_id)
    report = errors = diff = None
    findings, choices = [], {}
    if version.status == "done":
        report = json.loads(version.report_en if ctx.lang == "en" else version.report)
        everything = [f | {"index": i} for i, f in enumerate(report["findings"])]   # the explain link's key
        findings = filtered(everything, ctx.request.query_params)
        units = {f["subject_id"]: f["subject_name"] for f in everything}
        choices = {"severity": [s for s in SEVERITIES if report["totals"].get(s)],
                   "family": sorted({f["family"] for f in everything}),
                   "unit": sorted(units.items(), key=lambda kv: vi_sort_key(kv[1])),
                   "rule": sorted({f["code"] for f in everything})}
        if version.diff:
            diff = json.loads(version.diff)[ctx.lang]
    elif version.status == "failed":
        errors = json.loads(version.errors)[ctx.lang]
    titles = _rule_titles(ctx)
    return ctx.page("version.html", version=version, dossier=version.dossier, report=report, findings=findings,
                    choices=choices, params=ctx.request.query_params, errors=errors, diff=diff,
                    downloads=DOWNLOADS, severities=SEVERITIES, titles=titles)


def _rule_titles(ctx: Ctx) -> dict[str, tuple[str, str]]:
    """Each shipped rule's title and what the law says (its `why`), for the findings' explanations."""
    catalogue = ctx.request.app.state.catalogue()
    return {r.code: (r.title.get(ctx.lang), r.why.get(ctx.lang)) for r in catalogue.rules}


@router.get("/versions/{version_id}/download/{fmt}")
def download(version_id: int, fmt: str, ctx: Ctx = Depends(page_ctx)):
    version = ctx.get_or_404(Version, version_id)
    if fmt not in DOWNLOADS or version.status != "done":
        raise HTTPException(404, ctx.t("not_found"))
    if fmt == "json":   # the stored report itself
        data = (version.report_en if ctx.lang == "en" else version.report).encode("utf-8")
    else:
        data = render_bytes(run_version(ctx.db, version).result, fmt, ctx.lang)
    return _attachment(data, fmt, version.filename.rsplit(".", 1)[0])


@router.get("/versions/{version_id}/download-diff/{fmt}")
def download_diff(version_id: int, fmt: str, ctx: Ctx = Depends(page_ctx)):
    """The comparison with the earlier version (new / resolved / persisting) as a file."""
    version = ctx.get_or_404(Version, version_id)
    if fmt not in DOWNLOADS or version.status != "done" or not version.diff:
        raise HTTPException(404, ctx.t("not_found"))
    data = render_bytes(run_version(ctx.db, version).diff, fmt, ctx.lang)
    return _attachment(data, fmt, version.filename.rsplit(".", 1)[0] + "-so-sanh")


def _attachment(data: bytes, fmt: str, stem: str) -> Response:
    return Response(data, media_type=MEDIA_TYPES.get(fmt, "application/octet-stream"), headers={
        "Content-Disposition": f"attachment; filename=\"bao-cao.{fmt}\"; filename*=UTF-8''{quote(stem)}.{fmt}"})


def explanation(ctx: Ctx, version: Version, index: int) -> tuple[dict, str]:
    """A stored finding and `orgcheck explain`'s account of it, from the version's stored file."""
    from ..explain import explain, render_explanation

    findings = json.loads(version.report_en if ctx.lang == "en" else version.report)["findings"] \
        if version.status == "done" else []
    if not 0 <= index < len(findings) or findings[index]["subject_type"] != "unit":
        raise HTTPException(404, ctx.t("not_found"))
    finding = findings[index]
    outcome = run_version(ctx.db, version)
    e = explain(outcome.org, finding["code"], finding["subject_id"], outcome.catalogue, outcome.result.as_of)
    return finding, render_explanation(e, ctx.lang)


@router.get("/versions/{version_id}/explain/{index}")
def explain_page(version_id: int, index: int, ctx: Ctx = Depends(page_ctx)):
    version = ctx.get_or_404(Version, version_id)
    finding, text = explanation(ctx, version, index)
    return ctx.page("explain.html", version=version, finding=finding, text=text)


@router.post("/versions/{version_id}/regenerate")
def regenerate(version_id: int, ctx: Ctx = Depends(page_ctx), csrf: str = Form("")):
    ctx.check_csrf(csrf)
    version = ctx.get_or_404(Version, version_id)
    if version.status != "done":
        raise HTTPException(404, ctx.t("not_found"))
    outcome = run_version(ctx.db, version)
    new = sha256(outcome.report_json("vi"))
    same = new == version.report_sha256
    audit(ctx.db, ctx.who, "regenerate", version.dossier.name, version=version.number, same=same)
    ctx.db.commit()
    message = ctx.t("regen_same", sha=new) if same else ctx.t("regen_differs", new=new, old=version.report_sha256)
    return ctx.page("regenerated.html", version=version, same=same, message=message)


def dossier_page(ctx: Ctx, dossier: Dossier, errors: list[str] | None = None, status: int = 200):
    drafts = ctx.db.scalars(select(Draft).order_by(Draft.name)).all()
    return ctx.page("dossier.html", status=status, dossier=dossier, errors=errors or [], drafts=drafts)



@router.get("/dossiers/{dossier_id}")
def dossier_view(dossier_id: int, ctx: Ctx = Depends(page_ctx)):
    return dossier_page(ctx, ctx.get_or_404(Dossier, dossier_id))


@router.get("/dossiers/{dossier_id}/delete")
def delete_confirm(dossier_id: int, ctx: Ctx = Depends(page_ctx)):
    return ctx.page("delete.html", dossier=ctx.get_or_404(Dossier, dossier_id))


@router.post("/dossiers/{dossier_id}/delete")
def delete(dossier_id: int, ctx: Ctx = Depends(page_ctx), csrf: str = Form(""), confirm: str = Form("")):
    ctx.check_csrf(csrf)
    dossier = ctx.get_or_404(Dossier, dossier_id)
    if confirm != "yes":    # only the confirmation page's button deletes
        return ctx.redirect(f"/dossiers/{dossier.id}/delete")
    audit(ctx.db, ctx.who, "dossier_delete", dossier.name, versions=len(dossier.versions))
    ctx.db.delete(dossier)
    ctx.db.commit()
    return ctx.redirect("/")
