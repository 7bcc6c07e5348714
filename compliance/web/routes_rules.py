"""Pages of the rule catalogue (rules in force on a day, a rule's page, its feature file) and of the
Gherkin rule editor: drafts saved in the database, "Chạy thử" runs their scenarios with the project's
step library, export as .feature. Drafts never touch the shipped rules."""

from __future__ import annotations

import tempfile
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from urllib.parse import quote

from fastapi import APIRouter, Depends, Form, HTTPException
from fastapi.responses import Response
from sqlalchemy import select

from ..messages import InputError
from ..model import RULES_DIR, parse_date
from ..ruledocs import rule_page
from .context import Ctx, page_ctx
from .runs import DRAFT_NAME, RUN_LOCK, renamed
from .storage import Draft, audit, now

router = APIRouter()
ROOT = RULES_DIR.parent


def day_param(value: str | None) -> date | None:
    parsed = parse_date(value.strip()) if value and value.strip() else None
    return parsed if isinstance(parsed, date) else None


def rule_file_text(rule) -> str | None:
    """The rule's own file (a catalogue path, never one from the request), when it is a .feature."""
    path = (ROOT / rule.file).resolve()
    if path.suffix == ".feature" and path.is_relative_to(ROOT.resolve()) and path.is_file():
        return path.read_text(encoding="utf-8")
    return None


@router.get("/rules")
def rules_page(ctx: Ctx = Depends(page_ctx), as_of: str = ""):
    catalogue = ctx.request.app.state.catalogue()
    day = day_param(as_of) or date.today()
    rules = sorted(catalogue.in_force(day), key=lambda r: r.code)
    regime = catalogue.regime_for(day)
    return ctx.page("rules.html", rules=rules, day=day, regime=regime.name.get(ctx.lang) if regime else None,
                    bad_date=bool(as_of.strip()) and day_param(as_of) is None, as_of=as_of)


@router.get("/rules/{code}")
def rule_view(code: str, ctx: Ctx = Depends(page_ctx)):
    rule = ctx.request.app.state.catalogue().by_code(code)
    if rule is None:
        raise HTTPException(404, ctx.t("not_found"))
    return ctx.page("rule.html", rule=rule, text=rule_page(rule, ctx.lang), feature=rule_file_text(rule))


# --- drafts -------------------------------------------------------------------------------------

@dataclass
class StepResult:
    line: int
    text: str
    state: str          # passed | failed | not_run


@dataclass
class ScenarioResult:
    name: str
    line: int
    passed: bool
    steps: list[StepResult]
    detail: list[str]


def scenario_steps(text: str) -> dict[int, list[tuple[int, str]]]:
    """Each scenario's steps (its background's first) by the scenario's line, from Cucumber's parser."""
    from gherkin.parser import Parser

    doc = Parser().parse(text)
    out: dict[int, list[tuple[int, str]]] = {}

    def lines(steps):
        return [(s["location"]["line"], f"{s['keyword'].strip()} {s['text']}") for s in steps]

    def walk(children, background):
        for child in children:
            if "background" in child:
                background = lines(child["background"]["steps"])
            elif "scenario" in child:
                sc = child["scenario"]
                out[sc["location"]["line"]] = background + lines(sc["steps"])
            elif "rule" in child:
                walk(child["rule"]["children"], list(background))

    walk(doc.get("feature", {}).get("children", []) if doc.get("feature") else [], [])
    return out


def run_draft(text: str) -> list[ScenarioResult]:
    """`orgcheck rules test` on the draft alone: its rules compiled beside the shipped ones."""
    from ..ruletest import run_outcomes

    with RUN_LOCK, tempfile.TemporaryDirectory(prefix="orgcheck-draft-") as tmp:
        path = Path(tmp) / DRAFT_NAME
        path.write_text(text, encoding="utf-8")
        with renamed(Path(tmp), DRAFT_NAME):
            outcomes = run_outcomes([str(path)])
    steps = scenario_steps(text)
    results = []
    for o in sorted(outcomes, key=lambda o: o.line):
        failed_line = o.failed_step[0] if o.failed_step else None
        # before the failing step: passed; after it: not run (a failure outside the steps: none known)
        state, rows = "passed" if o.passed or failed_line else "not_run", []
        for line, step in steps.get(o.line, []):
            if line == failed_line:
                rows.append(StepResult(line, step, "failed"))
                state = "not_run"
            else:
                rows.append(StepResult(line, step, state))
        results.append(ScenarioResult(o.name, o.line, o.passed, rows, o.detail))
    return results



@router.get("/drafts")
def drafts_page(ctx: Ctx = Depends(page_ctx)):
    from ..gherkin import scaffold

    drafts = ctx.db.scalars(select(Draft).order_by(Draft.name)).all()
    return ctx.page("drafts.html", drafts=drafts, scaffold=scaffold("TINH.PHO.MOI"))


@router.post("/drafts")
def draft_create(ctx: Ctx = Depends(page_ctx), name: str = Form(""), text: str = Form(""), csrf: str = Form("")):
    ctx.check_csrf(csrf)
    draft = Draft(name=name.strip()[:200] or "nhap", text=text.replace("\r\n", "\n"), updated_by=ctx.who)
    ctx.db.add(draft)
    ctx.db.flush()
    audit(ctx.db, ctx.who, "draft_create", draft.name, draft=draft.id)
    ctx.db.commit()
    return ctx.redirect(f"/drafts/{draft.id}")


@router.get("/drafts/{draft_id}")
def draft_page(draft_id: int, ctx: Ctx = Depends(page_ctx)):
    return ctx.page("draft.html", draft=ctx.get_or_404(Draft, draft_id), results=None, errors=[])


@router.post("/drafts/{draft_id}")
def draft_save(draft_id: int, ctx: Ctx = Depends(page_ctx), name: str = Form(""), text: str = Form(""),
               action: str = Form("save"), csrf: str = Form("")):
    """Save (recorded in the audit log), then, for "Chạy thử", run the scenarios."""
    ctx.check_csrf(csrf)
    draft = ctx.get_or_404(Draft, draft_id)
    text = text.replace("\r\n", "\n")
    if text != draft.text or (name.strip() and name.strip() != draft.name):
        draft.text, draft.name = text, name.strip()[:200] or draft.name
        draft.updated_at, draft.updated_by = now(), ctx.who
        audit(ctx.db, ctx.who, "draft_save", draft.name, draft=draft.id)
        ctx.db.commit()
    if action != "run":
        return ctx.redirect(f"/drafts/{draft.id}")
    try:
        results = run_draft(draft.text)
    except InputError as exc:
        return ctx.page("draft.html", status=400, draft=draft, results=None, errors=ctx.problems(exc))
    return ctx.page("draft.html", draft=draft, results=results, errors=[])


@router.get("/drafts/{draft_id}/export")
def draft_export(draft_id: int, ctx: Ctx = Depends(page_ctx)):
    draft = ctx.get_or_404(Draft, draft_id)
    name = "".join(c if c.isalnum() or c in "._-" else "_" for c in draft.name) or "nhap"
    return Response(draft.text.encode("utf-8"), media_type="text/plain; charset=utf-8", headers={
        "Content-Disposition": f"attachment; filename=\"quy-tac.feature\"; filename*=UTF-8''{quote(name)}.feature"})
