"""An independent, plain-Python implementation of the rule catalogue: the oracle for the engine.

It reads an `Org` (compliance.model) and the rules in force (compliance.catalogue) and computes
the findings with dict loops only. It deliberately does not use compliance.graph,
compliance.facts or compliance.engine: parents, children, n_phong, groups of children by kind,
sibling duplicates, similarity pairs, mandatory-function coverage and task lead counts are all
re-derived here from the intended semantics (docs of facts.py). The cell grammar of the rule
files is data, interpreted with `Cond.holds` / `Expr.value` (catalogue.py), the reference
semantics of the grammar: a condition on a missing field is false.

A finding is keyed as (rule code, subject type, subject id, value, limit).
"""

from __future__ import annotations

import operator
from collections import Counter, defaultdict
from datetime import date
from itertools import combinations

from compliance.model import Org, sector_names

COMMITTEES = {"ubnd_tinh": "tinh", "ubnd_huyen": "huyen", "ubnd_xa": "xa"}
PUBLIC_SERVICE = {"dvsncl", "phong_thuoc_dvsncl"}
# kinds that count as a "phòng" of their parent (n_phong): every phong_* kind and the department office
PHONG = {"phong_thuoc_so", "phong_thuoc_chi_cuc", "phong_thuoc_dvsncl", "phong_thuoc_huyen", "phong_thuoc_xa",
         "van_phong_so"}
# function codes naming the units of the plan's structural items (agriculture, health)
AGRI_CENTRE, DISTRICT_HEALTH_CENTRE, HEALTH_STATION = (
    "DV.NONG_NGHIEP.TRUNG_TAM_DICH_VU", "DV.Y_TE.TRUNG_TAM_Y_TE_HUYEN", "DV.Y_TE.TRAM_Y_TE")
COMPARE = {"<": operator.lt, "<=": operator.le, ">": operator.gt, ">=": operator.ge, "==": operator.eq,
           "!=": operator.ne}


def _staff_of(unit) -> int | None:
    kind = unit.kind.value
    if kind in COMMITTEES:
        return None
    return unit.nguoi_lam_viec if kind in PUBLIC_SERVICE else unit.bien_che


def _field_group(fn) -> str:
    return fn.group or fn.code  # similarity is declared in the catalogue, never inferred


def _name_key(text: str) -> str:
    return " ".join(text.casefold().split())


def _drop_none(d: dict) -> dict:
    return {k: v for k, v in d.items() if v is not None}


def reference_facts(org: Org, types: set[str] | None = None) -> list[tuple[str, tuple[str, str], dict, tuple]]:
    """(fact type, subject, fields, related unit ids) for every fact the rules may read; only the fact
    types in `types` when given (so a subset of rules is timed on its own derivation)."""

    def want(*names: str) -> bool:
        return types is None or not types.isdisjoint(names)

    units = org.units
    kind_of = {uid: u.kind.value for uid, u in units.items()}

    def class_of(uid: str) -> str:
        """The class of the nearest provincial committee at or above the unit that gives one,
        else the jurisdiction's."""
        node = units[uid]
        while True:
            if kind_of[node.id] == "ubnd_tinh" and node.cls is not None:
                return node.cls.value
            if node.parent is None:
                return org.jurisdiction.cls.value
            node = units[node.parent]

    children: dict[str, list] = defaultdict(list)
    for u in units.values():                       # file order
        if u.parent is not None:
            children[u.parent].append(u)
    out = []

    # the latest local decision capping each unit's deputies (undated decisions count as oldest)
    caps: dict[str, tuple] = {}
    for d in org.decisions:
        for uid, cap in d.deputy_caps.items():
            if uid not in caps or (d.date or date.min) >= caps[uid][0]:
                caps[uid] = (d.date or date.min, cap)

    def service_units(uid: str, code: str) -> list:
        return [c for c in children[uid] if kind_of[c.id] == "dvsncl" and code in c.functions]

    # one fact per unit
    if want("unit"):
        for u in units.values():
            parent = units[u.parent] if u.parent is not None else None
            kind = kind_of[u.id]
            out.append(("unit", ("unit", u.id), _drop_none({
                "kind": kind, "cls": class_of(u.id), "bien_che": u.bien_che, "nguoi_lam_viec": u.nguoi_lam_viec,
                "vien_chuc": u.vien_chuc if u.vien_chuc is not None else u.nguoi_lam_viec,
                "staff": _staff_of(u), "cap_truong": u.cap_truong, "cap_pho": u.cap_pho,
                "parent_kind": kind_of[parent.id] if parent else None,
                "parent_cap_pho": parent.cap_pho if parent else None,
                "parent_nhom_tu_chu": parent.nhom_tu_chu if parent and kind_of[parent.id] == "dvsncl" else None,
                "n_phong": sum(1 for c in children[u.id] if kind_of[c.id] in PHONG),
                "nhom_tu_chu": ((u.nhom_tu_chu
                                 or (parent.nhom_tu_chu if parent and kind == "phong_thuoc_dvsncl" else None)
                                 or 0) if kind in PUBLIC_SERVICE else None),
                "dich_vu_co_ban": u.dich_vu_co_ban, "ngoai_le_cap_pho": u.ngoai_le_cap_pho,
                "tran_cap_pho": caps[u.id][1] if u.id in caps else None,
                "co_nganh": (u.nganh is not None) if kind == "so" else None,
                "nganh": u.nganh if kind == "so" else None,
                "n_tieu_chi_dac_thu": len(set(u.tieu_chi_dac_thu)) if kind == "so" else None,
                "khung_pho_chu_tich": (u.khung_pho_chu_tich or "chua_khai_bao") if kind == "ubnd_tinh" else None,
                "thanh_lap_moi": u.thanh_lap_moi,
                "n_tt_dv_nong_nghiep": len(service_units(u.id, AGRI_CENTRE)) if kind == "ubnd_huyen" else None,
                "ttyt_huyen": DISTRICT_HEALTH_CENTRE in u.functions,
            }), ()))

    # the children of one kind under one parent
    if want("nhom_don_vi"):
        for p in units.values():
            groups: dict[str, list] = {}
            for c in children[p.id]:
                groups.setdefault(kind_of[c.id], []).append(c)
            for kind, members in groups.items():
                capped = [caps[m.id][1] for m in members if m.id in caps]
                out.append(("nhom_don_vi", ("unit", p.id), {
                    "parent_kind": kind_of[p.id], "kind": kind, "cls": class_of(p.id), "n_units": len(members),
                    "tong_cap_pho": sum(m.cap_pho or 0 for m in members),
                    "tong_tang_them": sum(min(2, m.merged_provinces - 1) + m.merged_by_decision for m in members),
                    "n_co_tran": len(capped), "tong_tran_cap_pho": sum(capped)}, ()))

    # sibling functions: same code (trùng lặp), shared fields without a shared code (tương đồng)
    if want("trung_lap", "tuong_dong"):
        for p in units.values():
            places: dict[str, list] = {}
            for c in children[p.id]:
                if kind_of[c.id] not in COMMITTEES and c.functions:
                    places.setdefault(c.location or "", []).append(c)
            for members in places.values():
                if len(members) < 2:
                    continue
                holders: dict[str, set] = {}
                for m in members:
                    for code in m.functions:
                        holders.setdefault(code, set()).add(m.id)
                for code, ids in holders.items():
                    if len(ids) >= 2:
                        out.append(("trung_lap", ("unit", p.id), {"kind": kind_of[p.id], "n_units": len(ids)},
                                    tuple(sorted(ids))))
                fields = {m.id: {_field_group(org.functions[c]) for c in m.functions} for m in members}
                for a, b in combinations(members, 2):
                    fa, fb = fields[a.id], fields[b.id]
                    shared = fa & fb
                    if shared and set(a.functions).isdisjoint(b.functions):
                        out.append(("tuong_dong", ("unit", p.id), {
                            "kind": kind_of[p.id], "ratio": round(len(shared) / len(fa | fb), 4),
                            "n_common": len(shared)}, tuple(sorted((a.id, b.id)))))

    # coverage of mandatory functions per People's Committee
    if want("bao_phu"):
        governing: dict[str, str | None] = {}

        def committee_of(uid: str) -> str | None:
            chain = []
            node = uid
            while node is not None and node not in governing:
                if kind_of[node] in COMMITTEES:
                    governing[node] = node
                    break
                chain.append(node)
                node = units[node].parent
            found = governing.get(node) if node is not None else None
            for n in chain:            # a non-committee unit works for the nearest committee above it
                governing[n] = found
            return governing[uid]

        held: dict[tuple[str, str], int] = defaultdict(int)
        for u in units.values():
            c = committee_of(u.id)
            if c is not None:
                for code in set(u.functions):
                    held[(c, code)] += 1
        mandatory = {level: [fn.code for fn in org.functions.values() if level in fn.mandatory]
                     for level in COMMITTEES.values()}
        for u in units.values():
            level = COMMITTEES.get(kind_of[u.id])
            if level is None:
                continue
            for code in mandatory[level]:
                out.append(("bao_phu", ("unit", u.id), {"level": level, "n_units": held.get((u.id, code), 0)}, ()))

    # communes: their bodies (divisions and the public-administration centre), per commune and
    # per province (every commune anywhere below the provincial committee)
    if want("xa", "cap_xa", "nganh_so"):
        def bodies(commune_id: str) -> list:
            return [c for c in children[commune_id] if kind_of[c.id] in ("phong_thuoc_xa", "trung_tam_hcc_xa")]

        def below(uid: str):
            stack = list(children[uid])
            while stack:
                node = stack.pop()
                yield node
                stack.extend(children[node.id])

        for u in units.values():
            if kind_of[u.id] == "ubnd_xa":
                b = bodies(u.id)
                stations = service_units(u.id, HEALTH_STATION)
                out.append(("xa", ("unit", u.id), {"n_to_chuc": len(b), "tong_cap_pho": sum(x.cap_pho or 0 for x in b),
                                                  "n_tram_y_te": len(stations),
                                                  "n_tram_y_te_co_ly_do": sum(1 for x in stations if x.ly_do_giu)}, ()))
            if kind_of[u.id] == "ubnd_tinh":
                communes = [c for c in below(u.id) if kind_of[c.id] == "ubnd_xa"]
                if communes:
                    out.append(("cap_xa", ("unit", u.id), {
                        "cls": class_of(u.id), "n_xa": len(communes),
                        "tong_to_chuc": sum(len(bodies(c.id)) for c in communes),
                        "n_xa_khai_bao_pho_chu_tich": sum(1 for c in communes if c.cap_pho is not None),
                        "tong_pho_chu_tich": sum(c.cap_pho for c in communes if c.cap_pho is not None)}, ()))
                departments = [c for c in children[u.id] if kind_of[c.id] == "so"]
                if departments:
                    undeclared = sum(1 for d in departments if d.nganh is None)
                    for code in sector_names():
                        out.append(("nganh_so", ("unit", u.id), {
                            "nganh": code, "n_so": sum(1 for d in departments if d.nganh == code),
                            "n_so_chua_khai_bao": undeclared}, ()))

    # tasks: distinct lead / coordinating agencies
    if want("nhiem_vu"):
        by_name: dict[str, list[str]] = defaultdict(list)
        for u in units.values():
            by_name[_name_key(u.name)].append(u.id)

        def resolve(text: str) -> str | None:
            if text in units:
                return text
            found = by_name.get(_name_key(text), [])
            return found[0] if len(found) == 1 else None

        def distinct(entries: list[str]) -> list[str | None]:
            seen, out_ = set(), []
            for e in entries:
                uid = resolve(e)
                key = ("unit", uid) if uid else ("text", _name_key(e))
                if key not in seen:
                    seen.add(key)
                    out_.append(uid)
            return out_

        for t in org.tasks:
            leads = distinct(t.chu_tri)
            helpers = distinct(t.phoi_hop)
            known_leads = {x for x in leads if x}
            out.append(("nhiem_vu", ("task", t.id), {
                "n_chu_tri": len(leads), "n_chu_tri_khong_ro": leads.count(None),
                "n_phoi_hop_khong_ro": helpers.count(None),
                "n_vua_chu_tri_vua_phoi_hop": sum(1 for x in helpers if x and x in known_leads)}, ()))
    return out


def reference_counter(org: Org, rules) -> Counter:
    """Findings with multiplicity, keyed (code, subject type, subject id, value, limit, related ids)."""
    facts_by_type: dict[str, list] = defaultdict(list)
    by_kind: dict[tuple[str, str], list] = defaultdict(list)    # (fact type, kind) → facts
    for ftype, subject, data, related in reference_facts(org, {rule.spec.fact for rule in rules}):
        fact = (subject, data, related)
        facts_by_type[ftype].append(fact)
        if "kind" in data:
            by_kind[(ftype, data["kind"])].append(fact)
    found: Counter = Counter()
    province = _provinces(org)
    for rule in rules:
        spec = rule.spec
        code, measure = spec.code, spec.measure
        cmp = COMPARE[spec.compare] if spec.compare else None   # None: the rule fires on `where` alone
        # the rule's own `where` is shared by its rows: test it once per fact
        n_where = len(rule.variants[0].conditions) - len(rule.variants[0].row_conditions)
        where = rule.variants[0].conditions[:n_where]
        rows = [(v.conditions[n_where:], v.limit) for v in rule.variants]
        candidates = facts_by_type[spec.fact]
        for c in where:   # only an index lookup: every condition is still tested below
            if c.field == "kind" and c.op in ("eq", "in"):
                kinds = (c.value,) if c.op == "eq" else c.value
                candidates = [f for k in kinds for f in by_kind[(spec.fact, k)]]
                break
        for subject, data, related in candidates:
            if rule.province is not None and province(subject) != rule.province.key:
                continue   # a province's own instrument binds only its units
            if (cmp and measure not in data) or not all(c.holds(data) for c in where):
                continue
            if cmp is None:
                found[(code, subject[0], subject[1], None, None, related)] += 1
                continue
            value = data[measure]
            for conds, limit_expr in rows:
                if all(c.holds(data) for c in conds):
                    limit = limit_expr.value(data)
                    if limit is not None and cmp(value, limit):
                        found[(code, subject[0], subject[1], value, limit, related)] += 1
    return found


def _provinces(org: Org):
    """subject → the province key of its root (Org.provinces), found by walking parents; a task belongs to
    the file's only province."""
    roots: dict[str, str] = {}

    def root(unit_id: str) -> str:
        if unit_id not in roots:
            parent = org.units[unit_id].parent
            roots[unit_id] = unit_id if parent is None else root(parent)
        return roots[unit_id]

    keys = set(org.provinces.values())
    only = keys.pop() if len(keys) == 1 else None
    return lambda subject: org.provinces[root(subject[1])] if subject[0] == "unit" else only


def reference_findings(org: Org, rules) -> set[tuple]:
    return {key[:5] for key in reference_counter(org, rules)}


def engine_counter(result) -> Counter:
    """The same keys from a compliance.check.CheckResult."""
    return Counter((f.code, f.subject_type, f.subject_id, f.value, f.limit, tuple(sorted(f.related)))
                   for f in result.findings)


def engine_findings(org: Org, as_of: date | None = None) -> set[tuple]:
    from compliance.check import check
    return {(f.code, f.subject_type, f.subject_id, f.value, f.limit) for f in check(org, as_of).findings}
