"""What a check examined: rules in force that met nothing in their scope, and units no rule looked at.

A clean report means something only next to what was looked at. A rule "examined" a fact when the
conditions of one of its rows (its `where` and the row's cells) held for it — whether or not the
limit was then exceeded. Facts are grouped by the values of the fields those conditions read, so the
conditions are evaluated once per distinct combination, not once per unit.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import dataclass, field

from .catalogue import Rule
from .facts import Fact
from .graph import OrgGraph


@dataclass
class Coverage:
    idle_rules: list[str] = field(default_factory=list)         # in force, met nothing in scope
    unexamined: list[str] = field(default_factory=list)         # unit ids no rule examined
    unexamined_kinds: dict[str, int] = field(default_factory=dict)

    def as_dict(self) -> dict:
        return {"idle_rules": self.idle_rules, "unexamined_units": self.unexamined,
                "unexamined_kinds": self.unexamined_kinds}


def _scope_fields(rule: Rule) -> tuple[str, ...]:
    return tuple(sorted({c.field for v in rule.variants for c in v.conditions}))


def examine(rules: list[Rule], facts: list[Fact], graph: OrgGraph) -> Coverage:
    by_type: dict[str, list[Rule]] = defaultdict(list)
    for rule in rules:
        by_type[rule.fact].append(rule)
    facts_by_type: dict[str, list[Fact]] = defaultdict(list)
    for fact in facts:
        facts_by_type[fact.data["t"]].append(fact)
    examined: set[str] = set()
    active: set[str] = set()
    for fact_type, type_rules in by_type.items():
        fields = tuple(sorted({f for r in type_rules for f in _scope_fields(r)}))
        groups: dict[tuple, list[Fact]] = defaultdict(list)
        for fact in facts_by_type.get(fact_type, ()):
            groups[tuple(map(fact.data.get, fields))].append(fact)
        for key, members in groups.items():
            data = {f: v for f, v in zip(fields, key) if v is not None}
            hit = [r for r in type_rules if any(all(c.holds(data) for c in v.conditions) for v in r.variants)]
            if not hit:
                continue
            active.update(r.code for r in hit)
            if fact_type == "unit":   # most facts: one unit each, its subject
                examined.update(f.subject[1] for f in members)
            else:
                for fact in members:
                    examined.update(_units_of(fact, graph))
    idle = sorted(r.code for r in rules if r.code not in active)
    missed = sorted(u for u in graph.units if u not in examined)
    kinds = Counter(graph.units[u].kind.value for u in missed)
    return Coverage(idle, missed, dict(sorted(kinds.items())))


def _units_of(fact: Fact, graph: OrgGraph) -> list[str]:
    """The units a fact speaks of: its subject, the units it names, or the members of a group."""
    kind, subject = fact.subject
    out = list(fact.context.get("unit_ids", ()))
    if kind == "unit":
        if fact.data.get("t") == "nhom_don_vi":
            out += [c.id for c in graph.children(subject) if c.kind.value == fact.data.get("kind")]
        else:
            out.append(subject)
    return out
