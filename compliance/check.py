"""One compliance check: organization → graph → facts → rules in force → findings.

`Finding` is the single result record; compliance/render/ only renders it.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field, replace
from datetime import date
from typing import TYPE_CHECKING

from .catalogue import (FAMILIES, LOCAL_DECISION_RANK, RANKS, TASKS, Catalogue, Regime, Rule, Severity, Variant,
                        load_catalogue)
from .coverage import Coverage, examine
from .engine import RuleEngine
from .facts import (
    COMPARISON_FACT,
    ORG_ONLY_FIELDS,
    PLAN_ONLY_FIELDS,
    Fact,
    derive_facts,
    plan_task_facts,
)
from .graph import OrgGraph
from .messages import InputError, Message, Problem, fill, render_message
from .model import Org
from .norm_coverage import NormCoverage, subject_label
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
    discriminator: tuple[str, ...] = ()  # what tells apart findings of one rule on one subject (function, sector)

    @property
    def fingerprint(self) -> str:
        """The same finding gets the same fingerprint across runs, reordered input and unrelated edits: the
        rule, its subject, the other units it names and its discriminator; never lines, figures or wording."""
        key = "\x1f".join([self.code, self.subject_type, self.subject_id, *sorted(self.related), *self.discriminator])
        return hashlib.sha256(key.encode("utf-8")).hexdigest()[:16]

    def as_dict(self, lang: str = "vi") -> dict:
        return {"code": self.code, "severity": self.severity.value, "family": self.family,
                "subject_type": self.subject_type, "subject_id": self.subject_id,
                "subject_name": self.subject_name, "path": list(self.path), "line": self.line,
                "value": self.value, "limit": self.limit, "message": self.message[lang],
                "hint": self.hint.get(lang, ""), "legal_basis": self.legal_basis,
                "confidence": self.confidence, "confidence_note": self.confidence_note,
                "related_units": list(self.related), "fingerprint": self.fingerprint}


@dataclass(frozen=True)
class NotChecked:
    """A family (or a group of rules) the report did not check, and why: never a silent gap."""

    family: str
    kinds: tuple[str, ...]        # unit kinds of the file it concerns (coverage.TASKS for tasks); () = all
    reason: dict[str, str]        # lang → why
    rules: tuple[str, ...] = ()   # rules in force that did not run, or (a gap) the narrower ones that did

    def text(self, lang: str) -> str:
        """'Không kiểm tra: Số lượng cấp phó (văn phòng sở) — lý do'."""
        family = Message(f"family_{self.family}").text(lang)
        kinds = ", ".join(subject_label(k, lang) for k in self.kinds)
        return Message("not_checked", {"family": family + (f" ({kinds})" if kinds else ""),
                                       "reason": self.reason[lang]}).text(lang)


@dataclass
class CheckResult:
    org: Org
    as_of: date
    regime: Regime
    rules: list[Rule]
    findings: list[Finding]
    not_checked: list[NotChecked] = field(default_factory=list)
    waived: list = field(default_factory=list)     # waivers.Waived: findings approved by a decision
    notes: list[dict[str, str]] = field(default_factory=list)  # lang → a line the report prints under its header
    coverage: Coverage = field(default_factory=Coverage)

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
    """Check an organization against the rules in force on `as_of` (default: the file's own date), with
    `catalogue` (default: orgcheck's rules). The findings are sorted; nothing is printed."""
    catalogue = catalogue or load_catalogue()
    day = as_of or org.jurisdiction.as_of
    regime = regime_for(catalogue, day, org.source.file)
    graph = OrgGraph(org)
    provinces = {graph.province_of(root) for root in graph.roots()}
    # rules on plan-only fields could never fire here: not listed as applied; another province's
    # instrument is not this file's law: neither applied nor listed
    rules = [r for r in catalogue.in_force(day) if not r.referenced_fields & PLAN_ONLY_FIELDS
             and r.fact != COMPARISON_FACT   # compares two structures (diff): never fires on one
             and (r.province is None or r.province.key in provinces)]
    partial = [r for r in rules if r.requires == "toan_tinh" and org.scope == "mot_phan"]
    rules = [r for r in rules if r not in partial]
    not_checked = _gaps(catalogue, org, day)
    for family in sorted({r.family for r in partial}):
        codes = tuple(sorted(r.code for r in partial if r.family == family))
        reason = Message("not_checked_partial", {"rules": ", ".join(codes)})
        not_checked.append(NotChecked(family, (), {lang: reason.text(lang) for lang in ("vi", "en")}, codes))
    facts = derive_facts(graph)
    findings = prevailing(evaluate_scoped(rules, facts, graph, day), org, {r.code: r for r in rules})
    return CheckResult(org, day, regime, rules, findings, not_checked, coverage=examine(rules, facts, graph),
                       notes=rules_folder_notes(catalogue) + same_unit_notes(org) + repeated_function_notes(org)
                       + repeated_agency_notes(org))


def prevailing(findings: list[Finding], org: Org, rules: dict[str, Rule]) -> list[Finding]:
    """Legal rank decides a conflict: where a province's decision allows a unit more deputies than a
    higher-ranked national norm, the national finding stands and says that it prevails and why."""
    out = []
    for f in findings:
        rule = rules[f.code]
        cap = org.deputy_cap(f.subject_id) if f.subject_type == "unit" and f.family == "cap_pho" else None
        level = RANKS.get(rule.source.rank) if rule.source.rank else None
        if cap and f.limit is not None and cap[0] > f.limit and level and level < RANKS[LOCAL_DECISION_RANK]:
            params = {"decision": cap[1].reference, "cap": cap[0], "limit": format_number(f.limit, "vi"),
                      "document": rule.source.document}
            f = replace(f, message={lang: text + Message("rank_prevails", {
                **params, "rank": Message(f"rank_{rule.source.rank}").text(lang),
                "local_rank": Message(f"rank_{LOCAL_DECISION_RANK}").text(lang)}).text(lang)
                for lang, text in f.message.items()})
        out.append(f)
    return out


def _gaps(catalogue: Catalogue, org: Org, day: date) -> list[NotChecked]:
    """The families the law regulates for the kinds in the file that no encoded national norm checks
    on `day`, one entry per family and reason."""
    present = {u.kind.value for u in org.units.values()} | ({TASKS} if org.tasks else set())
    grouped: dict[tuple[str, str, str], list] = {}
    for status in NormCoverage(catalogue).on(day, sorted(present)):
        if not status.checked:
            key = (status.family, status.why("vi"), status.why("en"))
            grouped.setdefault(key, []).append(status)
    return [NotChecked(family, tuple(s.kind for s in statuses), {"vi": vi, "en": en},
                       tuple(sorted({code for s in statuses for code in s.rules})))
            for (family, vi, en), statuses in sorted(grouped.items(), key=lambda kv: (FAMILIES.index(kv[0][0]), kv[0][1]))]


def evaluate_scoped(rules: list[Rule], facts: list[Fact], graph: OrgGraph, day: date) -> list[Finding]:
    """National rules on every fact; a province's own rules only on the facts of that province's units."""
    national = [r for r in rules if r.province is None]
    findings = evaluate(national, facts, graph, day) if national else []
    for key in sorted({r.province.key for r in rules if r.province is not None}):
        own = [f for f in facts if _province_of_fact(f, graph) == key]
        findings += evaluate([r for r in rules if r.province is not None and r.province.key == key], own, graph, day)
    return sorted(findings, key=lambda f: f.sort_key)


def _province_of_fact(fact: Fact, graph: OrgGraph) -> str | None:
    kind, subject = fact.subject
    return graph.province_of(subject if kind == "unit" else None)


def evaluate(rules: list[Rule], facts: list[Fact], graph: OrgGraph | None, day: date,
             province: str | None = None) -> list[Finding]:
    """Run the rules on the facts in a fresh engine and turn the matches into sorted findings."""
    engine = RuleEngine(rules)
    try:
        matches = engine.evaluate(facts)
    finally:
        engine.close()
    return sorted((to_finding(m.variant, m.fact, graph, day, province) for m in matches), key=lambda f: f.sort_key)


@dataclass
class PlanResult:
    plan: Plan
    org: Org | None                 # None: checked without an organization
    as_of: date
    rules: list[Rule]               # the rules that ran
    not_run: list[Rule]             # rules that need --org, when none was given
    findings: list[Finding]
    waived: list = field(default_factory=list)
    notes: list[dict[str, str]] = field(default_factory=list)


def check_plan(plan: Plan, org: Org | None = None, as_of: date | None = None,
               catalogue: Catalogue | None = None) -> PlanResult:
    """The task rules (fact `nhiem_vu`) in force on as_of (default: the organization's date, else
    the plan's date, else today) over the plan's tasks; without an organization the rules that
    compare agencies with its units are not run, and the result lists them."""
    from .plan import AgencyIndex

    catalogue = catalogue or load_catalogue()
    day = as_of or (org.jurisdiction.as_of if org else None) or plan.date or date.today()
    province = _only_province(org)
    task_rules = sorted((r for r in catalogue.in_force(day) if r.fact == "nhiem_vu"
                         and (r.province is None or r.province.key == province)), key=lambda r: r.code)
    not_run = [] if org else [r for r in task_rules if r.referenced_fields & ORG_ONLY_FIELDS]
    rules = [r for r in task_rules if r not in not_run]
    facts = plan_task_facts(plan, AgencyIndex(org) if org else None)
    return PlanResult(plan, org, day, rules, not_run, evaluate(rules, facts, None, day, province),
                      notes=rules_folder_notes(catalogue))


def add_years(day: date, years: int) -> date:
    try:
        return day.replace(year=day.year + years)
    except ValueError:  # 29 February
        return day.replace(year=day.year + years, day=28)


def transition_window(rule: Rule, fact: Fact, as_of: date) -> tuple[bool, str, date] | None:
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


# fact fields that name what one of several findings of a rule on the same subject is about
DISCRIMINATORS = ("fn", "nganh")


def rules_folder_notes(catalogue: Catalogue) -> list[dict[str, str]]:
    """A report made with the user's own rules folder says so under its header, in every format."""
    if catalogue.folder is None:
        return []
    return [{"vi": f"Bộ quy tắc: {catalogue.folder} (của người dùng, không phải bộ quy tắc của orgcheck)",
             "en": f"Rules folder: {catalogue.folder} (the user's rules, not orgcheck's own)"}]


def same_unit_notes(org: Org, shown: int = 5) -> list[dict[str, str]]:
    """Units with the same name, parent and kind under different ids are most likely one unit declared
    twice (its staff then counted twice): a warning under the report's header, in every format."""
    groups: dict[tuple, list[str]] = {}
    for unit in org.units.values():
        groups.setdefault((" ".join(unit.name.casefold().split()), unit.parent, unit.kind), []).append(unit.id)
    # ids sorted within and across groups: the note must not depend on the order of the file
    twins = sorted((sorted(ids, key=vi_sort_key) for ids in groups.values() if len(ids) > 1),
                   key=lambda ids: [vi_sort_key(i) for i in ids])
    if not twins:
        return []
    listed = "; ".join(f"{org.units[ids[0]].name} ({', '.join(ids)})" for ids in twins[:shown])
    more = len(twins) - shown
    return [{lang: render_message("same_unit", {"count": len(twins), "units": listed,
                                                "more": render_message("same_unit_more", {"n": more}, lang) if more > 0 else ""},
                                  lang) for lang in ("vi", "en")}]


def repeated_function_notes(org: Org, shown: int = 5) -> list[dict[str, str]]:
    """A function code written twice in one unit is held once (not a duplication between units), but the
    file says something it did not mean: a warning under the report's header."""
    repeats = [(u.id, sorted({c for c in u.functions if u.functions.count(c) > 1}))
               for u in sorted(org.units.values(), key=lambda u: vi_sort_key(u.id)) if len(set(u.functions)) < len(u.functions)]
    if not repeats:
        return []
    listed = "; ".join(f"{unit_id}: {', '.join(codes)}" for unit_id, codes in repeats[:shown])
    more = len(repeats) - shown
    return [{lang: render_message("function_repeated", {"count": len(repeats), "units": listed,
                                                        "more": render_message("same_unit_more", {"n": more}, lang)
                                                        if more > 0 else ""}, lang) for lang in ("vi", "en")}]


def repeated_agency_notes(org: Org, shown: int = 5) -> list[dict[str, str]]:
    """An agency written twice as lead (or as coordinator) of one task counts once, but the file says
    something it did not mean: a warning under the report's header."""
    repeats = []
    for task in org.tasks:
        for role in ("chu_tri", "phoi_hop"):
            keys = [" ".join(a.casefold().split()) for a in getattr(task, role)]
            twice = sorted({a for a, k in zip(getattr(task, role), keys) if keys.count(k) > 1})
            if twice:
                repeats.append(f"{task.id} ({role}): {', '.join(twice)}")
    repeats.sort(key=vi_sort_key)   # not the file's order
    if not repeats:
        return []
    more = len(repeats) - shown
    return [{lang: render_message("agency_repeated", {"count": len(repeats), "tasks": "; ".join(repeats[:shown]),
                                                      "more": render_message("same_unit_more", {"n": more}, lang)
                                                      if more > 0 else ""}, lang) for lang in ("vi", "en")}]


USER_RULE = "nguồn: người dùng (quy tắc do người dùng viết, không thuộc bộ quy tắc của orgcheck)"


def _only_province(org: Org | None) -> str | None:
    """The province a plan's tasks belong to: its organization's, when that holds one province."""
    keys = set(org.provinces.values()) if org else set()
    return keys.pop() if len(keys) == 1 else None


def to_finding(variant: Variant, fact: Fact, graph: OrgGraph | None, as_of: date,
               province: str | None = None) -> Finding:
    """`province`: the subject's province when there is no graph (a plan's tasks)."""
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
    transition = transition_window(rule, fact, as_of)
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
    province = graph.province_of(subject if kind == "unit" else None) if graph else province
    bases = [b for b in rule.legal_basis if b.applies(province, as_of)]
    bases += rule.transition.legal_basis if transition else []
    basis = "; ".join(b.text() for b in bases)
    detail = message["vi"]
    known = {**data, **fact.context}
    note = rule.confidence_note
    if rule.origin == "user":   # a rule of the user's own: said with every finding it makes
        note = USER_RULE + (f"; {note}" if note else "")
    return Finding(rule.code, severity, rule.family, kind, subject, name, path, line, value, limit,
                   message, hint, basis, rule.confidence, note,
                   tuple(fact.context.get("unit_ids", ())),
                   sort_key=order + (rule.code, vi_sort_key(detail)),
                   discriminator=tuple(f"{k}={known[k]}" for k in DISCRIMINATORS if k in known))
