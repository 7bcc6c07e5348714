"""JSON: every finding with its fields, for other programs. Deterministic byte for byte."""

from __future__ import annotations

import json
from typing import TYPE_CHECKING

from ..check import CheckResult, PlanResult
from ..targets import evaluate
from .common import totals

if TYPE_CHECKING:
    from ..diff import DiffResult


def render_json(result, lang: str = "vi") -> str:
    """The JSON of a CheckResult, DiffResult or PlanResult."""
    if isinstance(result, PlanResult):
        return render_plan_json(result, lang)
    if not isinstance(result, CheckResult):
        return render_diff_json(result, lang)
    j = result.org.jurisdiction
    doc = {
        "jurisdiction": {"name": j.name, "class": j.cls.value, "level": j.level},
        "as_of": result.as_of.isoformat(),
        "regime": {"code": result.regime.code, "name": result.regime.name.get(lang),
                   "from": result.regime.in_force.start.isoformat(),
                   "to": result.regime.in_force.end.isoformat() if result.regime.in_force.end else None},
        "source": result.org.source.file,
        "documents": result.documents,
        "rules_applied": sorted(r.code for r in result.rules),
        "notes": [n[lang] for n in result.notes],
        "totals": totals(result.findings),
        "findings": [f.as_dict(lang) for f in result.findings],
        "catalogue_reviewed": _reviewed(result.rules),
        "not_checked": _not_checked(result, lang),
        "waived": [{**w.finding.as_dict(lang), "waiver": w.waiver.as_dict()} for w in result.waived],
        "targets": [r.as_dict(lang) for r in evaluate(result.org)],
        "coverage": result.coverage.as_dict(),
    }
    return json.dumps(doc, ensure_ascii=False, indent=2) + "\n"


def _not_checked(result: CheckResult, lang: str) -> list[dict]:
    return [{"family": n.family, "kinds": list(n.kinds), "reason": n.reason[lang], "rules": list(n.rules)}
            for n in result.not_checked]


def _reviewed(rules) -> dict:
    days = sorted(r.provenance.reviewed_on for r in rules if r.provenance is not None)
    return {"oldest": days[0].isoformat() if days else None, "newest": days[-1].isoformat() if days else None,
            "rules_with_review": len(days), "rules_applied": len(rules)}


def render_diff_json(d: DiffResult, lang: str = "vi") -> str:
    doc = {
        "jurisdiction": d.after.org.jurisdiction.name,
        "proposal": d.name,
        "notes": [n[lang] for n in d.after.notes],
        "before": {"source": d.before.org.source.file, "as_of": d.before.as_of.isoformat()},
        "after": {"source": d.after.org.source.file, "as_of": d.after.as_of.isoformat()},
        "totals": d.totals(),
        "findings": [{"status": r.status, **r.finding.as_dict(lang),
                      "before": r.before.subject_id if r.before else None} for r in d.rows],
        "units": [{"id": c.unit_id, "name": c.name, "change": c.change, "origins": list(c.origins),
                   "fields": list(c.fields), "staff_before": c.staff_before, "staff_after": c.staff_after,
                   "deputies_before": c.deputies_before, "deputies_after": c.deputies_after} for c in d.units],
        "counts": {"before": d.counts_before, "after": d.counts_after},
        "targets": [r.as_dict(lang) for r in d.targets],
        "not_checked": _not_checked(d.after, lang),
        "waived": [{**w.finding.as_dict(lang), "waiver": w.waiver.as_dict()} for w in d.after.waived],
    }
    return json.dumps(doc, ensure_ascii=False, indent=2) + "\n"


def render_plan_json(result: PlanResult, lang: str = "vi") -> str:
    doc = {"source": result.plan.file, "as_of": result.as_of.isoformat(),
           "organization": result.org.source.file if result.org else None,
           "rules_applied": [r.code for r in result.rules],
           "rules_not_run": [r.code for r in result.not_run],
           "notes": [n[lang] for n in result.notes],
           "tasks": [t.as_dict() for t in result.plan.tasks],
           "totals": totals(result.findings), "findings": [f.as_dict(lang) for f in result.findings],
           "waived": [{**w.finding.as_dict(lang), "waiver": w.waiver.as_dict()} for w in result.waived]}
    return json.dumps(doc, ensure_ascii=False, indent=2) + "\n"
