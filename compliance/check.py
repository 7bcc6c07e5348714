"""One compliance check: organization → graph → facts → rules in force → findings.

`Finding` is the single result record; report.py only renders it.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from .catalogue import Catalogue, Rule, Severity, Variant, load_catalogue
from .engine import Match, RuleEngine
from .facts import Fact, derive_facts
from .graph import OrgGraph
from .messages import InputError, Problem, fill
from .model import Org
from .text import vi_sort_key


def format_number(value, lang: str) -> str:
    if isinstance(value, float):
        value = round(value, 2)
        if value.is_integer():
            value = int(value)
    text = str(value)
    return text.replace(".", ",") if lang != "en" else text


@dataclass(frozen=True)
class Finding:
    code: str
    severity: Severity
    family: str
    subject_type: str            # unit | task
    subject_id: str
    subject_name: str
    path: tuple[str, ...]        # names from the root to the unit (or ("Nhiệm vụ", id) for tasks)
    line: int | None             # where the subject is in the input file
    value: float | int | None
    limit: float | int | None
    message: dict[str, str]      # lang → text, e.g. "3 phó trưởng phòng / tối đa 2 (9–14 biên chế, loại I)"
    hint: dict[str, str]
    legal_basis: str
    confidence: str              # verified | unverified
    confidence_note: str | None
    related: tuple[str, ...] = ()  # other units the finding names (duplicates)
    sort_key: tuple = field(default=(), compare=False, repr=False)

    def as_dict(self, lang: str = "vi") -> dict:
        return {"code": self.code, "severity": self.severity.value, "family": self.family,
                "subject_type": self.subject_type, "subject_id": self.subject_id,
                "subject_name": self.subject_name, "path": list(self.path), "line": self.line,
                "value": self.value, "limit": self.limit, "message": self.message[lang],
                "hint": self.hint.get(lang, ""), "legal_basis": self.legal_basis,
                "confidence": self.confidence, "confidence_note": self.confidence_note,
                "related_units": list(self.related)}


@dataclass
class CheckResult:
    org: Org
    as_of: date
    rules: list[Rule]
    findings: list[Finding]

    @property
    def documents(self) -> list[str]:
        return sorted({r.source.document for r in self.rules}, key=vi_sort_key)


def rules_for(catalogue: Catalogue, as_of: date, file: str) -> list[Rule]:
    if not catalogue.covered(as_of):
        raise InputError([Problem(file, None, "as_of_uncovered",
                                  {"date": f"{as_of:%d/%m/%Y}", "covered": catalogue.coverage_text()})])
    return catalogue.in_force(as_of)


def check(org: Org, as_of: date | None = None, catalogue: Catalogue | None = None) -> CheckResult:
    catalogue = catalogue or load_catalogue()
    day = as_of or org.jurisdiction.as_of
    rules = rules_for(catalogue, day, org.source.file)
    graph = OrgGraph(org)
    facts = derive_facts(graph)
    engine = RuleEngine(rules)
    try:
        matches = engine.evaluate(facts)
    finally:
        engine.close()
    findings = sorted((to_finding(m.variant, m.fact, graph) for m in matches), key=lambda f: f.sort_key)
    return CheckResult(org, day, rules, findings)


def to_finding(variant: Variant, fact: Fact, graph: OrgGraph) -> Finding:
    rule = variant.rule
    data = fact.data
    value = data.get(rule.measure)
    limit = variant.limit.value(data)
    kind, subject = fact.subject
    if kind == "unit":
        unit = graph.units[subject]
        name, path, line = unit.name, graph.path(subject), graph.org.unit_lines.get(subject)
        order = (0, graph.path_key(subject))
    else:
        task = next(t for t in graph.org.tasks if t.id == subject)
        name, path, line = task.title, ("Nhiệm vụ", subject), graph.org.task_lines.get(subject)
        order = (1, vi_sort_key(subject))
    message, hint = {}, {}
    for lang in ("vi", "en"):
        params = {**data, **fact.context, "value": format_number(value, lang),
                  "limit": format_number(limit, lang), "band": variant.band_text(lang, data), "unit_name": name}
        params = {k: format_number(v, lang) if isinstance(v, float) else v for k, v in params.items()}
        message[lang] = fill(rule.message.get(lang), params)
        hint[lang] = rule.hint.get(lang) if rule.hint else ""
    basis = "; ".join(b.text() for b in rule.legal_basis)
    detail = message["vi"]
    return Finding(rule.code, rule.severity, rule.family, kind, subject, name, path, line, value, limit,
                   message, hint, basis, rule.confidence, rule.confidence_note,
                   tuple(fact.context.get("unit_ids", ())),
                   sort_key=order + (rule.code, vi_sort_key(detail)))
