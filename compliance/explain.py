"""`orgcheck explain FILE CODE UNIT`: why a rule fired on a unit, or why it did not.

The explanation walks what the engine walked: the rule and its legal basis, the regime of the date,
the facts derived for the unit (every field the rule reads, with its value and label), each row of the
rule's decision table and whether its conditions held, the limit computed, the transition, and the
waivers considered. The verdict itself comes from the real engine run on the unit's facts, so the
explanation can never claim a verdict the check would not give.
"""

from __future__ import annotations

import difflib
from dataclasses import dataclass, field
from datetime import date

from .catalogue import Catalogue, Cond, Rule, Variant, describe
from .check import evaluate, format_number, regime_for, transition_window
from .facts import FACT_TYPES, Fact, derive_facts
from .graph import OrgGraph
from .messages import InputError, Problem
from .model import Org
from .waivers import Waiver


@dataclass
class RowTrace:
    variant: Variant
    failed: list[Cond]             # the row's conditions (and the rule's `where`) that did not hold
    limit: float | int | None
    violated: bool | None          # None: the row does not apply

    @property
    def applies(self) -> bool:
        return not self.failed


@dataclass
class FactTrace:
    subject: tuple[str, str]
    data: dict
    values: list[tuple[str, str, object]]   # (field, label, value) for every field the rule reads
    rows: list[RowTrace]
    fired: bool                              # what the engine said
    transition: tuple[bool, str, date] | None
    context: dict = field(default_factory=dict)


@dataclass
class Explanation:
    rule: Rule
    unit_id: str
    unit_name: str
    as_of: date
    regime: str
    in_force: bool
    traces: list[FactTrace]
    waivers: list[tuple[Waiver, str]]        # (waiver, its state on the date) for this rule and unit

    @property
    def fired(self) -> bool:
        return any(t.fired for t in self.traces)


def explain(org: Org, code: str, unit: str, catalogue: Catalogue, as_of: date | None = None,
            waivers: list[Waiver] = ()) -> Explanation:
    rule = catalogue.by_code(code)
    if rule is None:
        close = difflib.get_close_matches(code, [r.code for r in catalogue.rules], n=3, cutoff=0.6)
        raise InputError([Problem("explain", None, "explain_unknown_rule",
                                  {"code": code, "suggestion": ", ".join(close) or "—"})])
    graph = OrgGraph(org)
    if unit not in graph.units:
        close = difflib.get_close_matches(unit, sorted(graph.units), n=3, cutoff=0.6)
        raise InputError([Problem(org.source.file, None, "explain_unknown_unit",
                                  {"unit": unit, "suggestion": ", ".join(close) or "—"})])
    day = as_of or org.jurisdiction.as_of
    regime = regime_for(catalogue, day, org.source.file)
    facts = [f for f in derive_facts(graph) if f.data.get("t") == rule.fact and _about(f, graph, unit)]
    in_force = rule.window.covers(day)
    traces = [_trace(rule, f, graph, day, in_force) for f in facts]
    in_scope = [t for t in traces if any(row.applies for row in t.rows)]
    traces = in_scope or traces   # the facts the rule reads first; else say why none is in its scope
    considered = [(w, w.state(day)) for w in waivers if w.spec.unit in (unit, " › ".join(graph.path(unit)))
                  and (rule.code == w.spec.rule or rule.code.startswith(w.spec.rule + "."))]
    return Explanation(rule, unit, graph.units[unit].name, day, regime.name.vi, in_force, traces, considered)


def _about(fact: Fact, graph: OrgGraph, unit: str) -> bool:
    """A unit's own fact, a fact naming it among its units (shared functions), or the group fact of its
    kind under its parent (the average of a province's sở counts this sở)."""
    if fact.subject == ("unit", unit) or unit in fact.context.get("unit_ids", ()):
        return True
    own = graph.units[unit]
    return fact.data.get("t") == "nhom_don_vi" and fact.subject == ("unit", own.parent) \
        and fact.data.get("kind") == own.kind.value


def _trace(rule: Rule, fact: Fact, graph: OrgGraph, day: date, in_force: bool) -> FactTrace:
    labels = FACT_TYPES.get(rule.fact, {})
    values = [(name, labels.get(name, (name, name))[0], fact.data.get(name))
              for name in sorted(rule.referenced_fields)]
    rows = []
    for v in rule.variants:
        failed = [c for c in v.conditions if not c.holds(fact.data)]
        limit = v.limit.value(fact.data) if rule.compare else None
        violated = None if failed else (v.violation.holds(fact.data) if v.violation else True)
        rows.append(RowTrace(v, failed, limit, violated))
    fired = in_force and bool(evaluate([rule], [fact], graph, day))
    return FactTrace(fact.subject, fact.data, values, rows, fired, transition_window(rule, fact, day), fact.context)


def render_explanation(e: Explanation, lang: str = "vi") -> str:
    en = lang == "en"
    r = e.rule
    out = [f"{r.code} — {r.title.get(lang)}",
           f"{'Unit' if en else 'Đơn vị'}: {e.unit_name} ({e.unit_id})",
           f"{'Date' if en else 'Ngày'}: {e.as_of:%d/%m/%Y}; {'regime' if en else 'chế độ'}: {e.regime}",
           f"{'Legal basis' if en else 'Căn cứ pháp lý'}: " + "; ".join(b.text() for b in r.legal_basis),
           f"{'In force' if en else 'Hiệu lực'}: {r.window.start:%d/%m/%Y} – "
           f"{f'{r.window.end:%d/%m/%Y}' if r.window.end else '…'}"
           + ("" if e.in_force else (" (NOT in force on this date)" if en else " (KHÔNG có hiệu lực vào ngày này)")),
           f"{'Why' if en else 'Nội dung'}: {r.why.get(lang)}"]
    if r.confidence == "unverified":
        out.append(f"(*) {r.confidence_note or ''}".rstrip())
    if not e.traces:
        out += ["", ("The rule reads no fact about this unit (its kind or level is outside the rule's scope)." if en else
                     "Quy tắc không đọc dữ kiện nào về đơn vị này (loại hoặc cấp của đơn vị nằm ngoài phạm vi quy tắc).")]
    for t in e.traces:
        out += ["", ("Facts read" if en else "Dữ kiện đã đọc") + (f" ({t.subject[1]})" if t.subject[1] != e.unit_id else "") + ":"]
        out += [f"  {label} [{name}] = {'—' if value is None else format_number(value, lang)}" for name, label, value in t.values]
        if "unit_ids" in t.context:
            out.append(f"  {'units counted' if en else 'đơn vị được tính'}: {', '.join(t.context['unit_ids'])}")
        out.append(("Decision table:" if en else "Bảng định mức:"))
        for row in t.rows:
            mark = "→" if row.applies else " "
            n = row.variant.row
            band = row.variant.band_text(lang, t.data) or "—"
            where = f"{'row' if en else 'dòng'} {n}" if n is not None else ("rule" if en else "quy tắc")
            verdict = ("" if not row.applies else
                       f"; {'limit' if en else 'giới hạn'} {format_number(row.limit, lang) if row.limit is not None else '—'}"
                       f" → {('violated' if en else 'vi phạm') if row.violated else ('met' if en else 'đạt')}")
            why_not = "" if row.applies else \
                f" ({'not:' if en else 'không thỏa:'} {'; '.join(describe(c, r.fact, lang) for c in row.failed)})"
            out.append(f"  {mark} {where}: {band}{verdict}{why_not}")
        if t.transition:
            open_, decision, due = t.transition
            out.append(f"{'Transition' if en else 'Chuyển tiếp'}: {decision} → {due:%d/%m/%Y} "
                       + (("(open)" if en else "(còn thời hạn)") if open_ else ("(ended)" if en else "(đã hết hạn)")))
        out.append(f"{'Engine verdict' if en else 'Kết luận của bộ máy luật'}: "
                   + (("fires" if en else "có phát hiện") if t.fired else ("does not fire" if en else "không có phát hiện")))
    states = {"valid": ("còn hiệu lực", "valid"), "expired": ("đã hết hiệu lực", "expired"),
              "not_yet": ("chưa có hiệu lực", "not yet valid")}
    for w, state in e.waivers:
        out.append(f"{'Waiver' if en else 'Miễn trừ'}: {w.spec.decision.text()} — {w.spec.reason} "
                   f"({states[state][en]}; {w.file}:{w.line})")
    return "\n".join(out) + "\n"

