"""Reorganization proposals (đề án sắp xếp): a baseline organization file plus operations in order.

Each operation is checked against the structure as the earlier operations left it, then applied
to plain data; the result is validated by `build_org`, exactly as an organization file would be.
Every unit of the result remembers which baseline units it descends from (its lineage), so a
diff can follow units through merges, splits and renames.
"""

from __future__ import annotations

import copy
import difflib
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Annotated, Any, Literal

from pydantic import Field, ValidationError

from .messages import InputError, Problem
from .model import KINDS, Day, Id, Kind, Org, Text, _Strict, build_org, read_document, schema_problems
from .source import SourceMap
from .workbook import WorkbookData

OP_VERBS = {"merge": ("hợp nhất", "merge"), "absorb": ("sáp nhập", "absorb"), "split": ("chia tách", "split"),
            "dissolve": ("giải thể", "dissolve"), "transfer": ("chuyển chức năng", "transfer"),
            "move": ("chuyển trực thuộc", "move"), "rename": ("đổi tên", "rename"), "set": ("điều chỉnh", "set"),
            "add": ("thành lập", "add")}
# Fields `set` may change; identity, kind and parent have their own operations.
SETTABLE = ("bien_che", "nguoi_lam_viec", "cap_truong", "cap_pho", "nhom_tu_chu", "dich_vu_co_ban",
            "ngoai_le_cap_pho", "location", "sector", "nganh", "ly_do_giu", "notes")


class _Op(_Strict):
    op: str
    decision: Text | None = None     # "Quyết định 123/QĐ-UBND"
    date: Day | None = None
    reason: Text | None = None       # why, e.g. a commune keeping two trạm y tế


class Merge(_Op):
    op: Literal["merge"]
    units: Annotated[list[Id], Field(min_length=2)]
    into: dict                       # the new unit: id and name required; the rest carried over


class Absorb(_Op):
    op: Literal["absorb"]
    units: Annotated[list[Id], Field(min_length=1)]
    into: Id


class Split(_Op):
    op: Literal["split"]
    unit: Id
    into: Annotated[list[dict], Field(min_length=2)]   # full unit specs; `children`: ids moving there


class Dissolve(_Op):
    op: Literal["dissolve"]
    unit: Id
    functions_to: Id | None = None
    staff_to: Id | None = None
    staff_cut: bool = False          # tinh giản: the staff leave the payroll


class Transfer(_Op):
    op: Literal["transfer"]
    functions: Annotated[list[Id], Field(min_length=1)]
    source: Id = Field(alias="from")
    to: Id


class Move(_Op):
    op: Literal["move"]
    unit: Id
    parent: Id


class Rename(_Op):
    op: Literal["rename"]
    unit: Id
    name: Text


class SetOp(_Op):
    op: Literal["set"]
    unit: Id
    values: dict


class Add(_Op):
    op: Literal["add"]
    unit: dict


OPERATIONS: dict[str, type[_Op]] = {"merge": Merge, "absorb": Absorb, "split": Split, "dissolve": Dissolve,
                                    "transfer": Transfer, "move": Move, "rename": Rename, "set": SetOp, "add": Add}


class ProposalFile(_Strict):
    baseline: Text                   # path of the organization file, relative to the proposal
    name: Text | None = None
    as_of: Day | None = None         # date the result is checked at; default: the baseline's
    operations: Annotated[list[dict], Field(min_length=1)]
    notes: str | None = None


@dataclass
class ProposalResult:
    name: str | None
    baseline: Org
    result: Org
    lineage: dict[str, frozenset[str]]   # result unit id → baseline unit ids it descends from


def is_proposal(data: Any) -> bool:
    return isinstance(data, dict) and "operations" in data and isinstance(data.get("baseline"), str)


def load_proposal(path: str | Path, display_name: str | None = None) -> ProposalResult:
    """Read a proposal (đề án: `baseline` + `operations`) and apply it: the baseline, the resulting
    organization and each result unit's lineage. Raises InputError like `load_org`."""
    path = Path(path)
    data, source = read_document(path, display_name)
    return build_proposal(data, source, path.parent)


def build_proposal(data: Any, source: SourceMap, base_dir: Path) -> ProposalResult:
    """A proposal file's data; its baseline is read relative to `base_dir`."""
    top = _validate(data, source)
    baseline_path = base_dir / top.baseline
    if not baseline_path.is_file():   # named from the proposal's own line: the user edits that file
        raise InputError([source.problem("baseline_missing", ("baseline",), file=str(baseline_path))])
    raw, baseline_source = read_document(baseline_path, str(baseline_path))
    return apply_proposal(top, raw, baseline_source, source)


def apply_to(baseline: Any, baseline_source: SourceMap, data: Any, source: SourceMap) -> ProposalResult:
    """Operations (a proposal's plain data, its `baseline` field ignored) applied to plain baseline data."""
    return apply_proposal(_validate(data, source), baseline, baseline_source, source)


def _validate(data: Any, source: SourceMap) -> ProposalFile:
    try:
        return ProposalFile.model_validate(data)
    except ValidationError as exc:
        raise InputError(schema_problems(exc, source, (), None, ProposalFile)) from None


def apply_proposal(top: ProposalFile, raw: Any, baseline_source: SourceMap, source: SourceMap) -> ProposalResult:
    baseline = build_org(raw, baseline_source)
    applier = _Applier(raw, baseline_source, source)
    for index, entry in enumerate(top.operations):
        applier.apply(index, entry)
    if applier.problems:
        raise InputError(applier.problems)
    result = build_org(applier.result_data(top.as_of), applier.result_source())
    return ProposalResult(top.name, baseline, result, {u: frozenset(o) for u, o in applier.lineage.items()})


class _Applier:
    def __init__(self, raw: dict, baseline_source: SourceMap, source: SourceMap):
        self.raw = copy.deepcopy(raw)
        self.source = source
        self.units: dict[str, dict] = {}
        self.lines: dict[str, tuple[str, int | None]] = {}   # unit → (file, line) it was last written at
        self.written: dict[str, tuple] = {}  # unit → path of the operation that last wrote it (workbook cells)
        for i, u in enumerate(self.raw["units"]):
            self.units[u["id"]] = u
            self.lines[u["id"]] = (baseline_source.file, baseline_source.line(("units", i)))
        self.lineage: dict[str, set[str]] = {u: {u} for u in self.units}
        self.gone: dict[str, tuple[int, str]] = {}   # id → (operation number, verb) that removed it
        self.problems: list[Problem] = []
        self.renamed: dict[str, str] = {}            # removed id → the id that took its place

    # --- checks -------------------------------------------------------------------------------
    def _error(self, key: str, path: tuple, unit: str | None = None, **params) -> None:
        number = path[1] + 1
        verb = OP_VERBS.get(self.op, (self.op, self.op))
        self.problems.append(self.source.problem(key, path, unit, n=number, op=verb[0], op_en=verb[1], **params))

    def _known(self, unit_id: str, path: tuple) -> bool:
        if unit_id in self.units:
            return True
        if unit_id in self.gone:
            number, verb = self.gone[unit_id]
            self._error("op_unit_gone", path, unit_id, id=unit_id, by=number, by_verb=verb)
        else:
            close = difflib.get_close_matches(unit_id, list(self.units), n=1)
            self._error("op_unit_unknown", path, unit_id, id=unit_id, suggestion=close[0] if close else None)
        return False

    def _new_id(self, unit_id: Any, path: tuple) -> bool:
        if not isinstance(unit_id, str) or not unit_id:
            self._error("op_new_unit_id", path)
            return False
        if unit_id in self.units or unit_id in self.gone:
            self._error("op_id_taken", path, unit_id, id=unit_id)
            return False
        return True

    def _staff_field(self, kind: str) -> str | None:
        try:
            return KINDS[Kind(kind)].staff_field
        except ValueError:
            return None

    def _compatible(self, ids: list[str], path: tuple, kind: str | None = None) -> bool:
        """Units combine only when the law counts the same staff for them: administrative with
        administrative (biên chế), public service with public service (người làm việc), and a
        People's Committee only with committees of its own level (communes merging into a commune)."""
        kinds = sorted({self.units[u]["kind"] for u in ids} | ({kind} if kind else set()))
        fields = {self._staff_field(k) for k in kinds}
        if len(fields) > 1 or (None in fields and len(kinds) > 1):
            self._error("op_kinds", path, None, kinds=", ".join(kinds))
            return False
        return True

    # --- applying -----------------------------------------------------------------------------
    def apply(self, index: int, entry: Any) -> None:
        path = ("operations", index)
        self.op = entry.get("op") if isinstance(entry, dict) else None
        model = OPERATIONS.get(self.op) if isinstance(self.op, str) else None
        if model is None:
            self.op = str(self.op)
            self._error("op_kind", path + ("op",), None, value=self.op, choices=", ".join(OPERATIONS))
            return
        try:
            op = model.model_validate(entry)
        except ValidationError as exc:
            verb = OP_VERBS[self.op]
            self.problems += [Problem(p.file, p.line, "op_schema", {"n": index + 1, "op": verb[0], "op_en": verb[1],
                                                                   "detail_vi": p.text("vi"), "detail_en": p.text("en")},
                                      p.unit, p.where, p.cell)
                              for p in schema_problems(exc, self.source, path, None, model)]
            return
        before = len(self.problems)
        self._repeats(op, path)
        if len(self.problems) == before:
            getattr(self, f"_{self.op}")(op, path, index + 1, dry=True)
        if len(self.problems) == before:
            getattr(self, f"_{self.op}")(op, path, index + 1, dry=False)

    def _repeats(self, op: _Op, path: tuple) -> None:
        """A unit, function, part or child named twice in one operation: applied as written it would
        count staff twice or lose a part, so it is refused (every list of the operation is looked at)."""
        lists = [(name, value) for name, value in ((n, getattr(op, n, None)) for n in ("units", "functions"))
                 if isinstance(value, list)]
        if isinstance(op, Split):
            lists.append(("into", [p.get("id") for p in op.into]))
            lists.append(("children", [c for p in op.into if isinstance(p.get("children"), list)
                                       for c in p["children"]]))
        for name, values in lists:
            seen: dict = {}
            for i, value in enumerate(values):
                if isinstance(value, str) and value in seen:
                    where = path + (name, i) if name != "children" else path + ("into",)
                    self._error("op_repeated", where, value, id=value, field=name, first=seen[value] + 1,
                                again=i + 1)
                elif isinstance(value, str):
                    seen[value] = i

    def _reorganized(self, unit: dict, op: _Op) -> None:
        # feeds the transition rules: deputies above the cap are tolerated for a while
        if op.decision and op.date:
            unit["reorganization"] = {"decision": op.decision, "date": op.date.isoformat()}

    def _place(self, unit: dict, line_path: tuple) -> None:
        self.units[unit["id"]] = unit
        self.lines[unit["id"]] = (self.source.file, self.source.line(line_path))
        self.written[unit["id"]] = line_path

    def _remove(self, unit_id: str, number: int, successor: str | None) -> None:
        del self.units[unit_id]
        self.gone[unit_id] = (number, OP_VERBS[self.op][0])
        if successor:
            self.renamed[unit_id] = successor

    def _reparent_children(self, old: str, new: str) -> None:
        for u in self.units.values():
            if u.get("parent") == old:
                u["parent"] = new

    def _combine(self, ids: list[str], target: dict) -> None:
        """Carry staff, deputies and functions of `ids` into `target` unless it gives them."""
        sources = [self.units[u] for u in ids]
        staff_field = self._staff_field(target["kind"])
        if staff_field and staff_field not in target:
            target[staff_field] = sum(s.get(staff_field) or 0 for s in sources)
        if "cap_pho" not in target and any(s.get("cap_pho") is not None for s in sources):
            target["cap_pho"] = sum(s.get("cap_pho") or 0 for s in sources)
        if "functions" not in target:
            target["functions"] = list(dict.fromkeys(c for s in sources for c in s.get("functions") or []))

    def _merge(self, op: Merge, path: tuple, number: int, dry: bool) -> None:
        ids = op.units
        if not all([self._known(u, path + ("units", i)) for i, u in enumerate(ids)]):
            return
        new = dict(op.into)
        new_id = new.get("id")
        if not self._new_id(new_id, path + ("into", "id")):
            return
        kinds = {self.units[u]["kind"] for u in ids}
        if not self._compatible(ids, path, new.get("kind")):
            return
        if "kind" not in new and len(kinds) > 1:
            self._error("op_kind_needed", path + ("into",), new_id, kinds=", ".join(sorted(kinds)))
            return
        new.setdefault("kind", kinds.pop())
        parents = {self.units[u].get("parent") for u in ids}
        if "parent" not in new:
            if len(parents) > 1:
                self._error("op_parent_needed", path + ("into",), new_id, parents=", ".join(sorted(map(str, parents))))
                return
            new["parent"] = parents.pop()
        if dry:
            return
        self._combine(ids, new)
        new.setdefault("nhom_tu_chu", _common(self.units[u].get("nhom_tu_chu") for u in ids))
        self._reorganized(new, op)
        self.lineage[new_id] = set().union(*(self.lineage.pop(u) for u in ids))
        for u in ids:
            self._remove(u, number, new_id)
            self._reparent_children(u, new_id)
        self._place({k: v for k, v in new.items() if v is not None}, path)

    def _absorb(self, op: Absorb, path: tuple, number: int, dry: bool) -> None:
        ids = op.units
        if not all([self._known(u, path + ("units", i)) for i, u in enumerate(ids)]) \
                or not self._known(op.into, path + ("into",)):
            return
        if op.into in ids:
            self._error("op_into_self", path + ("into",), op.into, id=op.into)
            return
        if not self._compatible(ids + [op.into], path) or dry:
            return
        target = self.units[op.into]
        staff_field = self._staff_field(target["kind"])
        for u in ids:
            src = self.units[u]
            if staff_field:
                target[staff_field] = (target.get(staff_field) or 0) + (src.get(staff_field) or 0)
            if target.get("cap_pho") is not None or src.get("cap_pho") is not None:
                target["cap_pho"] = (target.get("cap_pho") or 0) + (src.get("cap_pho") or 0)
            target["functions"] = list(dict.fromkeys((target.get("functions") or []) + (src.get("functions") or [])))
            self.lineage[op.into] |= self.lineage.pop(u)
            self._remove(u, number, op.into)
            self._reparent_children(u, op.into)
        self._reorganized(target, op)
        self.lines[op.into] = (self.source.file, self.source.line(path))
        self.written[op.into] = path

    def _split(self, op: Split, path: tuple, number: int, dry: bool) -> None:
        if not self._known(op.unit, path + ("unit",)):
            return
        src = self.units[op.unit]
        parts = [dict(p) for p in op.into]
        ok = True
        for i, part in enumerate(parts):
            ok &= self._new_id(part.get("id"), path + ("into", i, "id"))
            part.setdefault("kind", src["kind"])
            part.setdefault("parent", src.get("parent"))
        if not ok:
            return
        staff_field = self._staff_field(src["kind"])
        given = sum(p.get(staff_field) or 0 for p in parts) if staff_field else 0
        if staff_field and given < (src.get(staff_field) or 0):
            self._error("op_staff_vanish", path + ("into",), op.unit, id=op.unit, staff=src.get(staff_field),
                        given=given, field=staff_field)
        held = {c for p in parts for c in p.get("functions") or []}
        lost = [c for c in src.get("functions") or [] if c not in held]
        if lost:
            self._error("op_functions_vanish", path + ("into",), op.unit, id=op.unit, codes=", ".join(lost))
        placed = {c: p["id"] for p in parts for c in p.get("children") or []}
        children = [u for u, d in self.units.items() if d.get("parent") == op.unit]
        orphans = [c for c in children if c not in placed]
        if orphans:
            self._error("op_children_vanish", path + ("into",), op.unit, id=op.unit, children=", ".join(orphans))
        if dry:
            return
        origin = self.lineage.pop(op.unit)
        self._remove(op.unit, number, None)
        for i, part in enumerate(parts):
            part.pop("children", None)
            self._reorganized(part, op)
            self._place(part, path + ("into", i))
            self.lineage[part["id"]] = set(origin)
        for child, part_id in placed.items():
            self.units[child]["parent"] = part_id

    def _dissolve(self, op: Dissolve, path: tuple, number: int, dry: bool) -> None:
        if not self._known(op.unit, path + ("unit",)):
            return
        for key in ("functions_to", "staff_to"):
            if getattr(op, key) is not None and not self._known(getattr(op, key), path + (key,)):
                return
        src = self.units[op.unit]
        if src.get("functions") and op.functions_to is None:
            self._error("op_functions_vanish", path, op.unit, id=op.unit, codes=", ".join(src["functions"]))
        staff_field = self._staff_field(src["kind"])
        staff = (src.get(staff_field) or 0) if staff_field else 0
        if staff and op.staff_to is None and not op.staff_cut:
            self._error("op_staff_vanish_dissolve", path, op.unit, id=op.unit, staff=staff, field=staff_field)
        if op.staff_to is not None and op.staff_cut:
            self._error("op_staff_both", path, op.unit)
        children = [u for u, d in self.units.items() if d.get("parent") == op.unit]
        if children:
            self._error("op_children_vanish", path, op.unit, id=op.unit, children=", ".join(children))
        if dry:
            return
        if op.functions_to:
            to = self.units[op.functions_to]
            to["functions"] = list(dict.fromkeys((to.get("functions") or []) + (src.get("functions") or [])))
        if op.staff_to and staff:
            to = self.units[op.staff_to]
            to_field = self._staff_field(to["kind"]) or staff_field
            to[to_field] = (to.get(to_field) or 0) + staff
        self.lineage.pop(op.unit)
        self._remove(op.unit, number, None)

    def _transfer(self, op: Transfer, path: tuple, number: int, dry: bool) -> None:
        if not self._known(op.source, path + ("from",)) or not self._known(op.to, path + ("to",)):
            return
        held = self.units[op.source].get("functions") or []
        missing = [c for c in op.functions if c not in held]
        if missing:
            self._error("op_function_not_held", path + ("functions",), op.source, id=op.source, codes=", ".join(missing))
        if dry:
            return
        self.units[op.source]["functions"] = [c for c in held if c not in op.functions]
        to = self.units[op.to]
        to["functions"] = list(dict.fromkeys((to.get("functions") or []) + op.functions))

    def _move(self, op: Move, path: tuple, number: int, dry: bool) -> None:
        if not self._known(op.unit, path + ("unit",)) or not self._known(op.parent, path + ("parent",)) or dry:
            return
        self.units[op.unit]["parent"] = op.parent
        self._reorganized(self.units[op.unit], op)

    def _rename(self, op: Rename, path: tuple, number: int, dry: bool) -> None:
        if not self._known(op.unit, path + ("unit",)) or dry:
            return
        self.units[op.unit]["name"] = op.name

    def _set(self, op: SetOp, path: tuple, number: int, dry: bool) -> None:
        if not self._known(op.unit, path + ("unit",)):
            return
        bad = [k for k in op.values if k not in SETTABLE]
        if bad:
            self._error("op_set_field", path + ("values", bad[0]), op.unit, field=bad[0], choices=", ".join(SETTABLE))
        if dry:
            return
        self.units[op.unit].update(op.values)
        self.written[op.unit] = path

    def _add(self, op: Add, path: tuple, number: int, dry: bool) -> None:
        unit = dict(op.unit)
        if not self._new_id(unit.get("id"), path + ("unit", "id")):
            return
        parent = unit.get("parent")
        if isinstance(parent, str) and not self._known(parent, path + ("unit", "parent")):
            return
        if dry:
            return
        unit.setdefault("thanh_lap_moi", True)
        self._place(unit, path)
        self.lineage[unit["id"]] = set()

    # --- result -------------------------------------------------------------------------------
    def _follow(self, unit_id: str) -> str:
        while unit_id in self.renamed:
            unit_id = self.renamed[unit_id]
        return unit_id

    def result_data(self, as_of: date | None) -> dict:
        data = dict(self.raw)
        data["units"] = list(self.units.values())
        if as_of:
            data["jurisdiction"] = {**data["jurisdiction"], "as_of": as_of.isoformat()}
        # tasks keep pointing at the units that took over the merged ones
        data["tasks"] = [{**t, **{k: [self._follow(x) for x in t.get(k) or []] for k in ("chu_tri", "phoi_hop")
                                  if isinstance(t.get(k), list)}}
                         for t in data.get("tasks") or [] if isinstance(t, dict)]
        return data

    def result_source(self) -> SourceMap:
        """Lines of the result: a unit keeps its baseline line until an operation writes it, then
        the operation's line in the proposal (the report names the proposal as the file)."""
        lines = {("units", i): self.lines[u][1] for i, u in enumerate(self.units) if self.lines[u][1] is not None}
        workbook = self.source.workbook
        if workbook is None:
            return SourceMap(self.source.file, lines)
        # a workbook proposal: a unit an operation wrote is located at that operation's detail row
        # (its new unit or new values) or, without one, at the operation's row
        cells = {}
        for i, u in enumerate(self.units):
            path = self.written.get(u)
            if path is not None:
                found = next((workbook.cells[path + (k,)] for k in ("into", "unit", "values") if path + (k,) in workbook.cells),
                             None) or self.source.cell(path)
                cells[("units", i)] = found
        return SourceMap(self.source.file, lines, workbook=WorkbookData({}, cells, workbook.columns, workbook.labels))


def _common(values) -> Any:
    found = set(values)
    return found.pop() if len(found) == 1 else None
