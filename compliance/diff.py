"""Before/after comparison of two checks: which findings are new, resolved or persisting.

Findings are matched by rule code and by the lineage of the units they name: a finding after
the change persists a finding before it when its subject descends from the earlier subject and
its related units (the other holders of a duplicated function) are exactly the descendants of
the earlier related units. So a deputy excess on A that remains on C (merged from A and B)
persists, and a duplicate between A and B that the merger of A and B removes is resolved.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import TYPE_CHECKING

from .catalogue import Catalogue, load_catalogue
from .check import CheckResult, Finding, check
from .check import evaluate as evaluate_rules
from .facts import COMPARISON_FACT, comparison_facts
from .graph import OrgGraph
from .model import Org
from .targets import TargetRow, counts, evaluate
from .text import vi_sort_key
from .waivers import Waiver, waive

if TYPE_CHECKING:
    from .proposal import ProposalResult

NEW, RESOLVED, PERSISTING = "moi", "da_khac_phuc", "con_ton_tai"
STATUS_ORDER = {NEW: 0, PERSISTING: 1, RESOLVED: 2}


@dataclass(frozen=True)
class DiffRow:
    status: str
    finding: Finding                 # the finding after (new, persisting) or before (resolved)
    before: Finding | None = None    # the earlier finding a persisting one continues


@dataclass(frozen=True)
class UnitChange:
    unit_id: str
    name: str
    change: str                      # created | merged | split | changed | dissolved
    origins: tuple[str, ...]         # baseline ids it descends from
    fields: tuple[str, ...]          # for `changed`: which fields differ
    staff_before: int
    staff_after: int
    deputies_before: int
    deputies_after: int


@dataclass
class DiffResult:
    before: CheckResult
    after: CheckResult
    rows: list[DiffRow]
    units: list[UnitChange]
    counts_before: dict[str, int]
    counts_after: dict[str, int]
    targets: list[TargetRow] = field(default_factory=list)
    name: str | None = None

    def totals(self) -> dict[str, int]:
        out = {NEW: 0, RESOLVED: 0, PERSISTING: 0}
        for row in self.rows:
            out[row.status] += 1
        return out


def identity_lineage(before: Org, after: Org) -> dict[str, frozenset[str]]:
    """Two organization files: a unit is the same unit when it keeps its id."""
    return {u: frozenset({u}) if u in before.units else frozenset() for u in after.units}


def diff_orgs(before: Org, after: Org, lineage: dict[str, frozenset[str]], as_of: date | None = None,
              name: str | None = None, catalogue: Catalogue | None = None, waivers: list[Waiver] = ()) -> DiffResult:
    catalogue = catalogue or load_catalogue()   # one catalogue for both checks
    first = check(before, catalogue=catalogue)
    second = check(after, as_of, catalogue)
    if waivers:  # both sides, so a waived excess reads as waived, not resolved; unused ones: after only
        waive(first, waivers, report_unused=False)
        waive(second, waivers)
    forward: dict[str, set[str]] = {}
    for unit, origins in lineage.items():
        for origin in origins:
            forward.setdefault(origin, set()).add(unit)
    rows = _classify(first.findings, second.findings, forward)
    counts_before, counts_after = counts(before), counts(after)
    # rules on the change itself (NĐ 120 Art. 4: no more budget-paid staff) are new findings of the change
    graph = OrgGraph(after)
    change_rules = [r for r in catalogue.in_force(second.as_of) if r.fact == COMPARISON_FACT]
    rows += [DiffRow(NEW, f) for f in evaluate_rules(change_rules, comparison_facts(graph, counts_before, counts_after),
                                                     graph, second.as_of)]
    rows.sort(key=lambda r: (STATUS_ORDER[r.status],) + r.finding.sort_key)
    units = _unit_changes(before, after, lineage, forward)
    return DiffResult(first, second, rows, units, counts_before, counts_after,
                      evaluate(after, after.baseline or before.baseline), name)


def diff_proposal(proposal: ProposalResult, catalogue: Catalogue | None = None, waivers: list[Waiver] = ()) -> DiffResult:
    """Findings before and after a proposal (new, resolved, persisting), unit changes and the targets."""
    return diff_orgs(proposal.baseline, proposal.result, proposal.lineage, name=proposal.name, catalogue=catalogue,
                     waivers=waivers)


def _image(ids, forward: dict[str, set[str]], kind: str = "unit") -> frozenset[str]:
    if kind != "unit":
        return frozenset(ids)
    return frozenset(x for i in ids for x in forward.get(i, ()))


def _classify(before: list[Finding], after: list[Finding], forward: dict[str, set[str]]) -> list[DiffRow]:
    open_before = list(before)
    rows = []
    for f in after:
        match = next((b for b in open_before if b.code == f.code
                      and f.subject_id in _image([b.subject_id], forward, b.subject_type)
                      and _image(b.related, forward) == frozenset(f.related)), None)
        if match is None:
            rows.append(DiffRow(NEW, f))
        else:
            open_before.remove(match)
            rows.append(DiffRow(PERSISTING, f, match))
    rows += [DiffRow(RESOLVED, b) for b in open_before]
    return rows


_COMPARED = ("name", "parent", "bien_che", "nguoi_lam_viec", "cap_pho", "functions", "nhom_tu_chu")


def _unit_changes(before: Org, after: Org, lineage: dict[str, frozenset[str]],
                  forward: dict[str, set[str]]) -> list[UnitChange]:
    out = []

    def staff(org: Org, ids) -> tuple[int, int]:
        units = [org.units[i] for i in ids]
        return sum(u.staff or 0 for u in units), sum(u.cap_pho or 0 for u in units)

    for unit in after.units.values():
        origins = tuple(sorted(lineage.get(unit.id, ()), key=vi_sort_key))
        changed: tuple[str, ...] = ()
        if not origins:
            change = "created"
        elif len(origins) > 1:
            change = "merged"
        elif origins[0] != unit.id:
            change = "split" if len(forward.get(origins[0], ())) > 1 else "renamed_id"
        else:
            old = before.units[unit.id]
            changed = tuple(f for f in _COMPARED if getattr(old, f) != getattr(unit, f))
            if not changed:
                continue
            change = "changed"
        sb, db = staff(before, origins)
        sa, da = staff(after, [unit.id])
        out.append(UnitChange(unit.id, unit.name, change, origins, changed, sb, sa, db, da))
    for unit in before.units.values():
        if unit.id not in forward:
            sb, db = staff(before, [unit.id])
            out.append(UnitChange(unit.id, unit.name, "dissolved", (unit.id,), (), sb, 0, db, 0))
    order = {"created": 0, "merged": 1, "split": 2, "renamed_id": 3, "changed": 4, "dissolved": 5}
    return sorted(out, key=lambda c: (order[c.change], vi_sort_key(c.unit_id)))
