"""One compliance check: organization → graph → facts → rules in force → findings.

`Finding` is the single result record; compliance/render/ only renders it.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import TYPE_CHECKING

from .catalogue import Catalogue, Regime, Rule, Severity, Variant, load_catalogue
from .engine import RuleEngine
from .facts import COMPARISON_FACT, ORG_ONLY_FIELDS, PLAN_ONLY_FIELDS, Fact, derive_facts, plan_task_facts
from .graph import OrgGraph
from .messages import InputError, Problem, fill
from .model import Org
from .text import vi_sort_key

if TYPE_CHECKING:  # plans (and python-docx under them) are loaded only by `orgcheck plan`
    from .plan import Plan


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
    regime: Regime
    rules: list[Rule]
    findings: list[Finding]

    @property
    def documents(self) -> list[str]:
        return sorted({r.source.document for r in self.rules} | set(self.regime.documents), key=vi_sort_key)


def regime_for(catalogue: Catalogue, as_of: date, file: str) -> Regime:
    regime = catalogue.regime_for(as_of)
    if regime is None:
        raise InputError([Problem(file, None, "as_of_uncovered",
                                  {"date": f"{as_of:%d/%m/%Y}", "covered": catalogue.coverage_text()})])
    return regime


def check(org: Org, as_of: date | None = None, catalogue: Catalogue | None = None) -> CheckResult:
    catalogue = catalogue or load_catalogue()
    day = as_of or org.jurisdiction.as_of
    regime = regime_for(catalogue, day, org.source.file)
    # rules on plan-only fields, or comparing two structures (diff), could never fire here: not listed as applied
    rules = [r for r in catalogue.in_force(day)
             if not r.referenced_fields & PLAN_ONLY_FIELDS and r.fact != COMPARISON_FACT]
    graph = OrgGraph(org)
    return CheckResult(org, day, regime, rules, evaluate(rules, derive_facts(graph), graph, day))


def evaluate(rules: list[Rule], facts: list[Fact], graph: OrgGraph | None, day: date) -> list[Finding]:
    """Run the rules on the facts in a fresh engine and turn the matches into sorted findings."""
    engine = RuleEngine(rules)
    try:
        matches = engine.evaluate(facts)
    finally:
        engine.close()
    return sorted((to_finding(m.variant, m.fact, graph, day) for m in matches), key=lambda f: f.sort_key)


@dataclass
class PlanResult:
    plan: Plan
    org: Org | None                 # None: checked without an organization
    as_of: date
    rules: list[Rule]               # the rules that ran
    not_run: list[Rule]             # rules that need --org, when none was given
    findings: list[Finding]


def check_plan(plan: Plan, org: Org | None = None, as_of: date | None = None,
               catalogue: Catalogue | None = None) -> PlanResult:
    """The task rules (fact `nhiem_vu`) in force on as_of (default: the organization's date, else
    the plan's date, else today) over the plan's tasks; without an organization the rules that
    compare agencies with its units are not run, and the result lists them."""
    from .plan import AgencyIndex

    catalogue = catalogue or load_catalogue()
    day = as_of or (org.jurisdiction.as_of if org else None) or plan.date or date.today()
    task_rules = sorted((r for r in catalogue.in_force(day) if r.fact == "nhiem_vu"), key=lambda r: r.code)
    not_run = [] if org else [r for r in task_rules if r.referenced_fields & ORG_ONLY_FIELDS]
    rules = [r for r in task_rules if r not in not_run]
    facts = plan_task_facts(plan, AgencyIndex(org) if org else None)
    return PlanResult(plan, org, day, rules, not_run, evaluate(rules, facts, None, day))


def add_years(day: date, years: int) -> date:
    try:
        return day.replace(year=day.year + years)
    except ValueError:  # 29 February
        return day.replace(year=day.year + years, day=28)


def _transition(rule: Rule, fact: Fact, as_of: date) -> tuple[bool, str, date] | None:
    """(still open, decision, due date) when the finding's units were reorganized by a decision
    that gives them `years` to come within the cap; None when no transition applies. The due date
    itself is no longer tolerated: "phải bảo đảm đúng quy định trước ngày X" is an error on day X."""
    transition = rule.transition
    if not transition or not fact.context.get("sap_xep") or (transition.since and as_of < transition.since):
        return None
    windows = sorted((add_years(day, transition.years), decision)
                     for _, decision, day in fact.context["sap_xep"])
    open_windows = [w for w in windows if as_of < w[0]]
    due, decision = open_windows[-1] if open_windows else windows[-1]
    return bool(open_windows), decision, due


TRANSITION_TEXT = {
    True: {"vi": " — chuyển tiếp theo {decision}: phải bảo đảm đúng quy định trước ngày {due}",
           "en": " — transitional under {decision}: must comply by {due}"},
    False: {"vi": " — đã hết thời hạn chuyển tiếp ngày {due} (theo {decision})",
            "en": " — the transition period ended on {due} (under {decision})"},
}


def to_finding(variant: Variant, fact: Fact, graph: OrgGraph | None, as_of: date) -> Finding:
    rule = variant.rule
    data = fact.data
    value = data.get(rule.measure)
    limit = variant.limit.value(data) if rule.compare else None  # rules without a comparison have no limit
    kind, subject = fact.subject
    if kind == "unit":
        unit = graph.units[subject]
        name, path, line = unit.name, graph.path(subject), graph.org.unit_lines.get(subject)
        order = (0, graph.path_key(subject))
    elif kind == "task":
        task = graph.task_by_id[subject]
        name, path, line = task.title, ("Nhiệm vụ", subject), graph.org.task_lines.get(subject)
        order = (1, vi_sort_key(subject))
    else:  # a task read from a plan: its path in the plan (II.2.b.1) and its line
        name, path, line = fact.context["title"], ("Kế hoạch", subject), fact.context["line"]
        order = (1, line, subject)
    transition = _transition(rule, fact, as_of)
    severity = Severity.TRANSITIONAL if transition and transition[0] else rule.severity
    message, hint = {}, {}
    for lang in ("vi", "en"):
        params = {**data, **fact.context, "value": format_number(value, lang),
                  "limit": format_number(limit, lang), "band": variant.band_text(lang, data), "unit_name": name}
        params = {k: format_number(v, lang) if isinstance(v, float) else v for k, v in params.items()}
        message[lang] = fill(rule.message.get(lang), params)
        if transition:
            message[lang] += fill(TRANSITION_TEXT[transition[0]][lang],
                                  {"decision": transition[1], "due": f"{transition[2]:%d/%m/%Y}"})
        hint[lang] = rule.hint.get(lang) if rule.hint else ""
    bases = rule.legal_basis + (rule.transition.legal_basis if transition else [])
    basis = "; ".join(b.text() for b in bases)
    detail = message["vi"]
    return Finding(rule.code, severity, rule.family, kind, subject, name, path, line, value, limit,
                   message, hint, basis, rule.confidence, rule.confidence_note,
                   tuple(fact.context.get("unit_ids", ())),
                   sort_key=order + (rule.code, vi_sort_key(detail)))
