"""What the catalogue checks on a date, per unit kind and family, and what it does not (and why).

The law regulates some families for each kind of unit (rules/pham-vi-kiem-tra.yaml `families`). On a
date, a family is *checked* for a kind when a national rule of that family in force reads units of that
kind; otherwise it is *not checked*, with the reason the data file gives for that period (`not_encoded`),
or, when the data file has none, a generic reason. A report never stays silent about such a gap.

Rules that count: national scope (a province's own instrument is not the national norm), severity error,
warning or transitional (guidance and information rules state no norm), and a `where` that names the kinds
they read (a rule on any unit that carries a local decision, such as DP.PHO.TRAN, depends on the file's
data, not on the kind).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from functools import cached_property

from .catalogue import TASKS, Catalogue, I18n, Rule, Severity, parse_cell
from .messages import Message
from .model import COMMITTEE_KINDS, KINDS, Kind

NORM_SEVERITIES = {Severity.ERROR, Severity.WARNING, Severity.TRANSITIONAL}
LOCAL_DECISION_FIELDS = {"tran_cap_pho", "n_co_tran", "tong_tran_cap_pho"}   # a province's decision, not a norm
# fact types whose subjects are not one unit of the kind in `where`: the kinds they speak of
_FACT_KINDS = {
    "xa": (Kind.PHONG_THUOC_XA.value, Kind.TRUNG_TAM_HCC_XA.value),   # a commune's bodies and their deputies
    "cap_xa": (Kind.UBND_XA.value,),                                  # the communes of a province
    "nganh_so": (Kind.SO.value,),                                     # the sở of a province, by sector
    "bao_phu": tuple(k.value for k in Kind if k not in COMMITTEE_KINDS),
    "trung_lap": tuple(k.value for k in Kind if k not in COMMITTEE_KINDS),
    "tuong_dong": tuple(k.value for k in Kind if k not in COMMITTEE_KINDS),
    "nhiem_vu": (TASKS,),
}


@dataclass(frozen=True)
class Status:
    kind: str
    family: str
    rules: tuple[str, ...]        # the national rules in force that read it
    reason: I18n | None = None    # the norm of the period that is not encoded, if the data file names one

    @property
    def checked(self) -> bool:
        return bool(self.rules) and self.reason is None

    def why(self, lang: str) -> str:
        return self.reason.get(lang) if self.reason else Message("coverage_no_rule").text(lang)


def subject_label(kind: str, lang: str) -> str:
    """A unit kind (or the tasks) in words."""
    if kind == TASKS:
        return "tasks" if lang == "en" else "nhiệm vụ"
    info = KINDS[Kind(kind)]
    return info.en if lang == "en" else info.vi


def kinds_read(rule: Rule) -> tuple[str, ...]:
    """The kinds of unit (or TASKS) a rule's facts speak of; () when its `where` does not say."""
    if rule.fact in _FACT_KINDS:
        return _FACT_KINDS[rule.fact]
    if rule.fact not in ("unit", "nhom_don_vi"):
        return ()
    conds = [c for name, cell in rule.where.items() for c in parse_cell(name, cell)]
    kinds = {k.value for k in Kind}
    for c in conds:
        if c.field == "kind":
            kinds &= set(c.value) if c.op == "in" else ({c.value} if c.op == "eq" else kinds - {c.value})
        elif c.field == "parent_kind" and rule.fact == "unit":
            parents = set(c.value) if c.op == "in" else {c.value} if c.op == "eq" else None
            if parents is not None:
                kinds &= {k.value for k, info in KINDS.items() if parents & {p.value for p in info.parents}}
    if not any(c.field in ("kind", "parent_kind") for c in conds):
        return ()
    return tuple(sorted(kinds))


@dataclass
class NormCoverage:
    catalogue: Catalogue

    @cached_property
    def _norm_rules(self) -> list[tuple[Rule, tuple[str, ...]]]:
        return [(r, kinds_read(r)) for r in self.catalogue.rules
                if r.province is None and r.severity in NORM_SEVERITIES
                and not r.referenced_fields & LOCAL_DECISION_FIELDS]

    def status(self, day: date, kind: str, family: str) -> Status:
        rules = tuple(sorted(r.code for r, kinds in self._norm_rules
                             if r.family == family and kind in kinds and r.window.covers(day)))
        gap = next((g for g in self.catalogue.coverage.not_encoded
                    if g.family == family and kind in g.kinds and g.in_force.covers(day)), None)
        return Status(kind, family, rules, gap.reason if gap else None)

    def on(self, day: date, kinds: list[str] | None = None) -> list[Status]:
        """Every (kind, family) the law regulates, for the given kinds (default: all), in the data file's order."""
        return [self.status(day, kind, family) for kind, families in self.catalogue.coverage.families.items()
                if kinds is None or kind in kinds for family in families]
