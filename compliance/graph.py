"""The organization as a networkx graph of its hierarchy (parent → child), with the agencies named
in tasks resolved to units.

Everything relational (parents, siblings, counts, coverage) is computed here, not in the rule
engine: durable-rules' joins and absence tests lose or invent matches (see docs/engine.md).
"""

from __future__ import annotations

from functools import cached_property

import networkx as nx

from .model import COMMITTEE_KINDS, KINDS, Kind, Org, Task, Unit
from .text import vi_sort_key


def _name_key(text: str) -> str:
    return " ".join(text.casefold().split())


class OrgGraph:
    def __init__(self, org: Org):
        self.org = org
        self.units = org.units
        self.tree = nx.DiGraph()
        self.tree.add_nodes_from(org.units)
        self.tree.add_edges_from((u.parent, u.id) for u in org.units.values() if u.parent is not None)
        self._children: dict[str, list[Unit]] = {u: [] for u in org.units}  # in file order, as the tree's
        for unit in org.units.values():
            if unit.parent is not None:
                self._children[unit.parent].append(unit)
        self.task_by_id = {t.id: t for t in org.tasks}  # ids are unique (model.py)
        self._name_index = self._index_names()

    # --- hierarchy ------------------------------------------------------------------------

    def roots(self) -> list[str]:
        return [u for u in self.tree.nodes if self.tree.in_degree(u) == 0]

    def parent(self, unit_id: str) -> Unit | None:
        parent = self.units[unit_id].parent
        return self.units[parent] if parent is not None else None

    def children(self, unit_id: str) -> list[Unit]:
        return self._children[unit_id]

    @cached_property
    def _topdown(self) -> tuple[dict[str, tuple[str, ...]], dict[str, str | None], dict[str, str], dict[str, str]]:
        """Path of names from the root, the nearest People's Committee at or above each unit,
        the province class each unit is checked with, and its root."""
        paths: dict[str, tuple[str, ...]] = {}
        committee: dict[str, str | None] = {}
        classes: dict[str, str] = {}
        roots: dict[str, str] = {}
        file_class = self.org.jurisdiction.cls.value
        for root in sorted(self.roots()):
            stack: list[tuple[str | None, str]] = [(None, root)]
            while stack:  # parents before children (what dfs_edges gives, without its generator per edge)
                parent, child = stack.pop()
                stack.extend((child, c.id) for c in reversed(self._children[child]))
                unit = self.units[child]
                paths[child] = (paths[parent] if parent else ()) + (unit.name,)
                above = committee[parent] if parent else None
                if parent and self.units[parent].kind in COMMITTEE_KINDS:
                    above = parent
                committee[child] = above
                # only a provincial committee carries a class (model.py): the nearest one at or above wins
                classes[child] = unit.cls.value if unit.cls else (classes[parent] if parent else file_class)
                roots[child] = root
        return paths, committee, classes, roots

    def path(self, unit_id: str) -> tuple[str, ...]:
        return self._topdown[0][unit_id]

    def path_key(self, unit_id: str) -> tuple:
        return (tuple(vi_sort_key(name) for name in self.path(unit_id)), unit_id)

    def governing_committee(self, unit_id: str) -> str | None:
        """The People's Committee a unit works for: itself if it is one, else the nearest above."""
        if self.units[unit_id].kind in COMMITTEE_KINDS:
            return unit_id
        return self._topdown[1][unit_id]

    def province_class(self, unit_id: str) -> str:
        """The class of the province a unit belongs to: its provincial committee's own `class`,
        else the jurisdiction's."""
        return self._topdown[2][unit_id]

    def province_of(self, unit_id: str | None) -> str | None:
        """The province key (text.province_key) a unit belongs to; None when the file does not say.
        A task (unit_id None) belongs to the file's province when it has only one."""
        provinces = self.org.provinces
        if unit_id is None:
            keys = set(provinces.values())
            return keys.pop() if len(keys) == 1 else None
        return provinces[self._topdown[3][unit_id]]

    # --- tasks ----------------------------------------------------------------------------

    def _index_names(self) -> dict[str, str | None]:
        index: dict[str, str | None] = {}
        for unit in self.units.values():
            key = _name_key(unit.name)
            index[key] = None if key in index else unit.id  # None: ambiguous name
        return index

    def resolve(self, designation: str) -> str | None:
        """A task's agency given by id, or by an unambiguous full name."""
        if designation in self.units:
            return designation
        return self._name_index.get(_name_key(designation))

    def assignments(self, task: Task, role: str) -> list[tuple[str, str | None]]:
        """(designation as written, resolved unit id or None) for each distinct agency of a role."""
        out, seen = [], set()
        for entry in (task.chu_tri if role == "chu_tri" else task.phoi_hop):
            unit_id = self.resolve(entry)
            key = unit_id or _name_key(entry)
            if key not in seen:
                seen.add(key)
                out.append((entry, unit_id))
        return out

    def is_functional(self, unit: Unit) -> bool:
        """Agencies and service units compare functions; territorial committees do not."""
        return unit.kind not in COMMITTEE_KINDS

    def phong_kinds(self) -> frozenset[Kind]:
        return frozenset(k for k in KINDS if k.value.startswith("phong_") or k is Kind.VAN_PHONG_SO)
