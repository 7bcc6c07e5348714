"""Derived facts: what the rules read, computed once on the graph.

Each fact is a flat dict with a type `t`; rules in rules/*.yaml test its fields with
per-fact conditions only. FACT_TYPES documents every field (and is how the rule catalogue
rejects a condition on a field that does not exist).
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from itertools import combinations

from .graph import OrgGraph
from .model import COMMITTEE_KINDS, KINDS, Kind, sector_names
from .plan import AgencyIndex, Plan, is_class, is_vague, name_key
from .text import fold

# Function codes (rules/danh-muc-chuc-nang.yaml) that identify the units of the plan's structural items.
TT_DV_NONG_NGHIEP = "DV.NONG_NGHIEP.TRUNG_TAM_DICH_VU"
TTYT_HUYEN = "DV.Y_TE.TRUNG_TAM_Y_TE_HUYEN"
TRAM_Y_TE = "DV.Y_TE.TRAM_Y_TE"

# field → (Vietnamese label, English label); the label names the quantity in findings.
FACT_TYPES: dict[str, dict[str, tuple[str, str]]] = {
    "unit": {
        "kind": ("loại đơn vị", "kind"),
        "cls": ("phân loại tỉnh", "province class"),
        "bien_che": ("biên chế", "civil servants"),
        "nguoi_lam_viec": ("người làm việc", "employees"),
        "vien_chuc": ("người làm việc là viên chức", "employees who are viên chức"),
        "staff": ("người", "staff"),
        "cap_truong": ("cấp trưởng", "heads"),
        "cap_pho": ("cấp phó", "deputies"),
        "parent_kind": ("loại đơn vị cấp trên", "parent kind"),
        "parent_cap_pho": ("cấp phó của đơn vị cấp trên", "deputies of the direct superior"),
        "parent_nhom_tu_chu": ("nhóm tự chủ của đơn vị sự nghiệp cấp trên", "autonomy group of the parent service unit"),
        "parent_staff": ("người của đơn vị cấp trên", "staff of the direct superior"),
        "ten": ("tên (không dấu)", "name (folded)"),
        "n_chi_cuc": ("chi cục trực thuộc", "sub-departments under it"),
        "n_dvsncl": ("đơn vị sự nghiệp công lập trực thuộc", "public service units under it"),
        "n_phong": ("phòng", "divisions"),
        "nhom_tu_chu": ("nhóm tự chủ", "autonomy group"),
        "dich_vu_co_ban": ("cung cấp dịch vụ cơ bản, thiết yếu", "provides basic/essential services"),
        "thanh_lap_moi": ("thành lập mới", "newly set up"),
        "ngoai_le_cap_pho": ("thuộc trường hợp được tối đa 3 cấp phó", "eligible for up to 3 deputies"),
        "tran_cap_pho": ("trần cấp phó theo quyết định của tỉnh", "deputy cap set by the province"),
        "co_nganh": ("đã khai báo ngành", "sector given"),
        "nganh": ("ngành", "sector"),
        "n_tieu_chi_dac_thu": ("tiêu chí sở đặc thù đã đáp ứng", "specific-department criteria met"),
        "khung_pho_chu_tich": ("trường hợp của tỉnh theo NĐ 300/2025", "the province's case under Decree 300/2025"),
        # structural items of Kế hoạch 194 (agriculture, health), read from function codes
        "n_tt_dv_nong_nghiep": ("trung tâm dịch vụ nông nghiệp", "agricultural service centres"),
        "ttyt_huyen": ("là trung tâm y tế cấp huyện", "is a district health centre"),
    },
    "nhom_don_vi": {  # the units of one kind directly under one parent
        "parent_kind": ("loại đơn vị cấp trên", "parent kind"),
        "kind": ("loại đơn vị", "kind"),
        "cls": ("phân loại tỉnh", "province class"),
        "n_units": ("đơn vị", "units"),
        "tong_cap_pho": ("cấp phó", "deputies"),
        "tong_tang_them": ("cấp phó tăng thêm do hợp nhất sở, hợp nhất tỉnh", "extra deputies for merged departments and provinces"),
        "n_co_tran": ("đơn vị được tỉnh phân bổ trần cấp phó", "units with a provincial deputy cap"),
        "tong_tran_cap_pho": ("tổng trần cấp phó tỉnh phân bổ", "total of provincial deputy caps"),
    },
    "xa": {  # one commune's bodies (phòng, public-administration centre) and its health stations
        "n_to_chuc": ("tổ chức", "bodies"),
        "tong_cap_pho": ("cấp phó", "deputies"),
        "n_tram_y_te": ("trạm y tế", "health stations"),
        "n_tram_y_te_co_ly_do": ("trạm y tế có lý do giữ", "health stations with a reason to keep them"),
    },
    "nganh_so": {  # one sector at one province: how many of its sở belong to it
        "nganh": ("ngành", "sector"),
        "n_so": ("sở", "departments"),
        "n_so_chua_khai_bao": ("sở chưa khai báo ngành", "departments without a sector"),
    },
    "cap_xa": {  # the communes of one province, for province-wide averages
        "cls": ("phân loại tỉnh", "province class"),
        "n_xa": ("xã, phường", "communes"),
        "tong_to_chuc": ("tổ chức thuộc UBND cấp xã", "bodies under commune committees"),
        "n_xa_khai_bao_pho_chu_tich": ("xã đã khai báo số Phó Chủ tịch", "communes giving their vice-chairs"),
        "tong_pho_chu_tich": ("Phó Chủ tịch UBND cấp xã", "commune vice-chairs"),
    },
    "trung_lap": {  # several sibling units in one place holding the same function code
        "kind": ("loại đơn vị cấp trên", "parent kind"),
        "n_units": ("đơn vị cùng giữ", "units holding it"),
    },
    "tuong_dong": {  # two sibling units sharing fields of work but no function code
        "kind": ("loại đơn vị cấp trên", "parent kind"),
        "ratio": ("tỷ lệ lĩnh vực chung", "shared-field ratio"),
        "n_common": ("lĩnh vực chung", "shared fields"),
    },
    "bao_phu": {  # a mandatory function at one People's Committee
        "level": ("cấp chính quyền", "government level"),
        "n_units": ("đơn vị đảm nhận", "units holding it"),
    },
    "so_sanh": {  # a reorganization: the structure before and after (orgcheck diff, proposals)
        "nguoi_lam_viec_nsnn_truoc": ("người làm việc hưởng lương NSNN trước sắp xếp", "budget-paid staff before"),
        "nguoi_lam_viec_nsnn_sau": ("người làm việc hưởng lương NSNN sau sắp xếp", "budget-paid staff after"),
    },
    "nhiem_vu": {  # one task of a plan
        "n_chu_tri": ("cơ quan chủ trì", "lead agencies"),
        "n_chu_tri_khong_ro": ("cơ quan chủ trì không xác định", "unknown lead agencies"),
        "n_phoi_hop_khong_ro": ("cơ quan phối hợp không xác định", "unknown coordinating agencies"),
        "n_vua_chu_tri_vua_phoi_hop": ("cơ quan vừa chủ trì vừa phối hợp", "agencies both leading and coordinating"),
        # only for tasks read from a plan (orgcheck plan); org-file tasks do not carry them
        "n_chu_tri_nhom": ("chủ trì là cả một nhóm cơ quan", "leads that are a whole class of agencies"),
        "co_thoi_han": ("có thời gian thực hiện", "has a deadline"),
        "thoi_han_chung_chung": ("thời hạn chung chung", "vague deadline"),
    },
}

# Message parameters each fact type carries beside its fields (Fact.context below): what a rule's message
# may name, with {value}, {limit}, {band} and {unit_name} (the catalogue refuses any other name)
CONTEXT_PARAMS: dict[str, frozenset[str]] = {
    "unit": frozenset({"cap_tren", "quyet_dinh", "sap_xep"}),
    "nhom_don_vi": frozenset({"kind_label", "kind_label_en", "quyet_dinh", "sap_xep"}),
    "trung_lap": frozenset({"fn", "fn_name", "units", "unit_ids", "location"}),
    "tuong_dong": frozenset({"units", "unit_ids", "groups", "location"}),
    "bao_phu": frozenset({"fn", "fn_name"}),
    "nhiem_vu": frozenset({"chu_tri", "chu_tri_khong_ro", "phoi_hop_khong_ro", "vua_chu_tri_vua_phoi_hop", "chu_tri_nhom",
                           "thoi_han", "title", "line"}),
    "xa": frozenset({"tram_y_te", "quyet_dinh", "sap_xep"}),
    "nganh_so": frozenset({"ten_nganh"}),
}


@dataclass
class Fact:
    """A fact for the engine plus what a finding needs to name its subject."""

    data: dict                      # what the engine sees: t + fields (never None values)
    subject: tuple[str, str]        # ("unit", id) or ("task", id)
    context: dict = field(default_factory=dict)  # extra message parameters (names, lists)


def derive_facts(graph: OrgGraph) -> list[Fact]:
    facts: list[Fact] = []
    facts += _unit_facts(graph)
    facts += _group_facts(graph)
    facts += _function_facts(graph)
    facts += _coverage_facts(graph)
    facts += _task_facts(graph)
    facts += _commune_facts(graph)
    facts += _sector_facts(graph)
    return facts


def _clean(data: dict) -> dict:
    # durable-rules treats null as "exists"; a missing value must be absent instead.
    return {k: v for k, v in data.items() if v is not None}


def _unit_facts(graph: OrgGraph) -> list[Fact]:
    phong_kinds = graph.phong_kinds()
    out = []
    for unit in graph.units.values():
        parent = graph.parent(unit.id)
        children = graph.children(unit.id)
        n_phong = sum(1 for c in children if c.kind in phong_kinds)
        out.append(Fact(_clean({
            "t": "unit", "kind": unit.kind.value, "cls": graph.province_class(unit.id),
            "bien_che": unit.bien_che, "nguoi_lam_viec": unit.nguoi_lam_viec, "staff": unit.staff,
            # NĐ 120 Art. 6 counts viên chức; undeclared, the staff count stands in (docs/rules-format.md)
            "vien_chuc": unit.vien_chuc if unit.vien_chuc is not None else unit.nguoi_lam_viec,
            "cap_truong": unit.cap_truong, "cap_pho": unit.cap_pho,
            "parent_kind": parent.kind.value if parent else None,
            "parent_cap_pho": parent.cap_pho if parent else None,
            # NĐ 120 Art. 4: a unit set up inside a self-financing (group 1) unit must self-finance too
            "parent_nhom_tu_chu": parent.nhom_tu_chu if parent and parent.kind is Kind.DVSNCL else None,
            "parent_staff": parent.staff if parent else None,
            "ten": fold(unit.name),
            "n_chi_cuc": sum(1 for c in children if c.kind is Kind.CHI_CUC),
            "n_dvsncl": sum(1 for c in children if c.kind is Kind.DVSNCL),
            "n_phong": n_phong,
            # 0 = not declared, so a rule can report that the deputy cap could not be checked
            "nhom_tu_chu": _autonomy_group(unit, parent),
            "dich_vu_co_ban": unit.dich_vu_co_ban, "ngoai_le_cap_pho": unit.ngoai_le_cap_pho,
            "thanh_lap_moi": unit.thanh_lap_moi,
            "tran_cap_pho": cap[0] if (cap := graph.org.deputy_cap(unit.id)) else None,
            "co_nganh": unit.nganh is not None if unit.kind is Kind.SO else None,
            "nganh": unit.nganh if unit.kind is Kind.SO else None,
            "n_tieu_chi_dac_thu": len(set(unit.tieu_chi_dac_thu)) if unit.kind is Kind.SO else None,
            "khung_pho_chu_tich": (unit.khung_pho_chu_tich or "chua_khai_bao") if unit.kind is Kind.UBND_TINH else None,
            "n_tt_dv_nong_nghiep": (len(_service_units(graph, unit.id, TT_DV_NONG_NGHIEP))
                                    if unit.kind is Kind.UBND_HUYEN else None),
            "ttyt_huyen": TTYT_HUYEN in unit.functions,
        }), ("unit", unit.id),
            _decision_context(graph, [unit]) | {"cap_tren": f"{parent.name} ({parent.id})" if parent else "—"}))
    return out


def _service_units(graph: OrgGraph, parent_id: str, code: str) -> list:
    """Public service units directly under `parent_id` holding function `code`."""
    return [c for c in graph.children(parent_id) if c.kind is Kind.DVSNCL and code in c.functions]


def _autonomy_group(unit, parent) -> int | None:
    """NĐ 60/2021 group; a division of a public service unit shares its unit's (NĐ 120 Art. 6 cl. 3)."""
    if unit.kind is Kind.DVSNCL:
        return unit.nhom_tu_chu or 0
    if unit.kind is Kind.PHONG_THUOC_DVSNCL:
        return unit.nhom_tu_chu or (parent.nhom_tu_chu if parent else None) or 0
    return None


def _decision_context(graph: OrgGraph, units) -> dict:
    """Reorganization decisions of the units a finding is about (for the transition window),
    and the local decision that capped their deputies."""
    context: dict = {"sap_xep": tuple((u.id, u.reorganization.decision, u.reorganization.date)
                                      for u in units if u.reorganization)}
    if len(units) == 1 and (cap := graph.org.deputy_cap(units[0].id)):
        context["quyet_dinh"] = cap[1].reference
    return context


def _group_facts(graph: OrgGraph) -> list[Fact]:
    out = []
    for parent in graph.units.values():
        by_kind: dict[Kind, list] = defaultdict(list)
        for child in graph.children(parent.id):
            by_kind[child.kind].append(child)
        for kind in sorted(by_kind, key=lambda k: k.value):
            members = by_kind[kind]
            caps = [cap for m in members if (cap := graph.org.deputy_cap(m.id))]
            out.append(Fact(
                {"t": "nhom_don_vi", "parent_kind": parent.kind.value, "kind": kind.value,
                 "cls": graph.province_class(parent.id),
                 "n_units": len(members), "tong_cap_pho": sum(m.cap_pho or 0 for m in members),
                 # NĐ 370/2025: +1 for a sở merged by decision, + (provinces − 1, at most 2) for a provincial merger
                 "tong_tang_them": sum(min(2, m.merged_provinces - 1) + m.merged_by_decision for m in members),
                 "n_co_tran": len(caps), "tong_tran_cap_pho": sum(c[0] for c in caps)},
                ("unit", parent.id),
                {"kind_label": KINDS[kind].vi, "kind_label_en": KINDS[kind].en,
                 "quyet_dinh": "; ".join(sorted({c[1].reference for c in caps})),
                 **{k: v for k, v in _decision_context(graph, members).items() if k == "sap_xep"}}))
    return out


def _units_text(graph: OrgGraph, ids) -> str:
    return "; ".join(f"{graph.units[i].name} ({i})" for i in ids)


def _function_facts(graph: OrgGraph) -> list[Fact]:
    """Sibling units in the same place: same function code (trùng lặp), or shared fields of work
    without a shared code (tương đồng, with the Jaccard ratio of their field sets)."""
    catalogue = graph.org.functions
    out = []
    for parent in graph.units.values():
        buckets: dict[str, list] = defaultdict(list)
        for child in graph.children(parent.id):
            if graph.is_functional(child) and child.functions:
                buckets[child.location or ""].append(child)
        for location in sorted(buckets):
            members = buckets[location]
            if len(members) < 2:
                continue
            members = sorted(members, key=lambda m: m.id)  # messages must not depend on file order
            holders: dict[str, list[str]] = defaultdict(list)
            for m in members:
                for code in dict.fromkeys(m.functions):
                    holders[code].append(m.id)
            for code in sorted(holders):
                if len(holders[code]) > 1:
                    out.append(Fact(
                        {"t": "trung_lap", "kind": parent.kind.value, "n_units": len(holders[code])},
                        ("unit", parent.id),
                        {"fn": code, "fn_name": catalogue[code].name, "units": _units_text(graph, holders[code]),
                         "unit_ids": tuple(holders[code]), "location": location}))
            groups = {m.id: {catalogue[c].field_group for c in m.functions} for m in members}
            codes = {m.id: set(m.functions) for m in members}
            for a, b in combinations([m.id for m in members], 2):
                common = groups[a] & groups[b]
                if common and not (codes[a] & codes[b]):
                    out.append(Fact(
                        {"t": "tuong_dong", "kind": parent.kind.value,
                         "ratio": round(len(common) / len(groups[a] | groups[b]), 4), "n_common": len(common)},
                        ("unit", parent.id),
                        {"units": _units_text(graph, (a, b)), "unit_ids": (a, b),
                         "groups": ", ".join(sorted(common)), "location": location}))
    return out


def _coverage_facts(graph: OrgGraph) -> list[Fact]:
    """For each People's Committee and each function mandatory at its level: how many of the
    units working for that committee hold it (0 = bỏ sót)."""
    held: dict[str, dict[str, int]] = defaultdict(lambda: defaultdict(int))
    for unit in graph.units.values():
        committee = graph.governing_committee(unit.id)
        if committee is not None:
            for code in dict.fromkeys(unit.functions):
                held[committee][code] += 1
    mandatory: dict[str, list] = defaultdict(list)
    for fn in graph.org.functions.values():
        for level in dict.fromkeys(fn.mandatory):
            mandatory[level].append(fn)
    out = []
    for committee in graph.units.values():
        if committee.kind not in COMMITTEE_KINDS:
            continue
        level = KINDS[committee.kind].committee_level
        for fn in mandatory[level]:
            out.append(Fact({"t": "bao_phu", "level": level, "n_units": held[committee.id][fn.code]},
                            ("unit", committee.id), {"fn": fn.code, "fn_name": fn.name}))
    return out


def _designation(graph: OrgGraph, written: str, unit_id: str | None) -> str:
    return f"{graph.units[unit_id].name} ({unit_id})" if unit_id else written


def _task_facts(graph: OrgGraph) -> list[Fact]:
    out = []
    for task in graph.org.tasks:
        leads = graph.assignments(task, "chu_tri")
        helpers = graph.assignments(task, "phoi_hop")
        lead_ids = {u for _, u in leads if u}
        both = [u for _, u in helpers if u in lead_ids]
        unknown_leads = [_unresolved(graph, d) for d, u in leads if u is None]
        unknown_helpers = [_unresolved(graph, d) for d, u in helpers if u is None]
        out.append(Fact(
            {"t": "nhiem_vu", "n_chu_tri": len(leads), "n_chu_tri_khong_ro": len(unknown_leads),
             "n_phoi_hop_khong_ro": len(unknown_helpers), "n_vua_chu_tri_vua_phoi_hop": len(both)},
            ("task", task.id),
            {"chu_tri": "; ".join(_designation(graph, d, u) for d, u in leads) or "—", "chu_tri_khong_ro": "; ".join(unknown_leads),
             "phoi_hop_khong_ro": "; ".join(unknown_helpers), "vua_chu_tri_vua_phoi_hop": _units_text(graph, both)}))
    return out


def _unresolved(graph: OrgGraph, designation: str) -> str:
    """An agency no unit matches as written; a name several units share says which ones (ids), so the
    analyst sees it is ambiguous, not absent."""
    namesakes = graph.namesakes(designation)
    return f"{designation} ({' | '.join(namesakes)})" if namesakes else designation


# Fields a plan task can only have against an organization (`orgcheck plan --org`), and fields
# only tasks read from a plan have (an org file's `tasks:` keep their earlier meaning).
ORG_ONLY_FIELDS = frozenset({"n_chu_tri_khong_ro", "n_phoi_hop_khong_ro"})
PLAN_ONLY_FIELDS = frozenset({"n_chu_tri_nhom", "co_thoi_han", "thoi_han_chung_chung"})
COMPARISON_FACT = "so_sanh"   # only a before/after comparison has it (diff.py), never one structure


def comparison_facts(graph_after: OrgGraph, before_counts: dict, after_counts: dict) -> list[Fact]:
    """One fact per comparison, about the top unit of the structure after (its province)."""
    roots = sorted(u.id for u in graph_after.units.values() if graph_after.parent(u.id) is None)
    if not roots:
        return []
    return [Fact({"t": COMPARISON_FACT, "nguoi_lam_viec_nsnn_truoc": before_counts["nguoi_lam_viec_nsnn"],
                  "nguoi_lam_viec_nsnn_sau": after_counts["nguoi_lam_viec_nsnn"]}, ("unit", roots[0]))]


def plan_task_facts(plan: Plan, index: AgencyIndex | None) -> list[Fact]:
    """One `nhiem_vu` fact per plan task. Agencies are compared by resolved unit (with an
    organization) or by name key (abbreviations expanded). A class designation counts as one
    lead and in n_chu_tri_nhom, never as an unknown unit: the class finding says it better."""
    out = []
    for task in plan.tasks:
        def distinct(designations):
            seen: dict[str, str] = {}
            for d in designations:
                unit = index.resolve(d) if index is not None and not is_class(d) else None
                seen.setdefault(unit or name_key(d), d)
            return seen

        leads, helpers = distinct(task.leads), distinct(task.coordinators)
        classes = [d for d in leads.values() if is_class(d)]
        both = [d for k, d in leads.items() if k in helpers]
        data = {"t": "nhiem_vu", "n_chu_tri": len(leads), "n_chu_tri_nhom": len(classes),
                "n_vua_chu_tri_vua_phoi_hop": len(both), "co_thoi_han": task.deadline is not None,
                "thoi_han_chung_chung": task.deadline is not None and is_vague(task.deadline)}
        context = {"chu_tri": "; ".join(leads.values()) or "—", "chu_tri_nhom": "; ".join(classes),
                   "vua_chu_tri_vua_phoi_hop": "; ".join(both), "thoi_han": task.deadline or "—",
                   "title": task.title, "line": task.line}
        if index is not None:
            unknown = [d for k, d in leads.items() if not is_class(d) and index.resolve(d) is None]
            unknown_helpers = [d for k, d in helpers.items() if not is_class(d) and index.resolve(d) is None]
            data |= {"n_chu_tri_khong_ro": len(unknown), "n_phoi_hop_khong_ro": len(unknown_helpers)}
            context |= {"chu_tri_khong_ro": "; ".join(unknown), "phoi_hop_khong_ro": "; ".join(unknown_helpers)}
        out.append(Fact(data, ("plan_task", task.path), context))
    return out


def _commune_facts(graph: OrgGraph) -> list[Fact]:
    """Per province: its communes and the bodies (phòng, public-administration centre) under them."""
    out = []
    for province in graph.units.values():
        if province.kind is not Kind.UBND_TINH:
            continue
        communes = [u for u in graph.descendants(province.id) if u.kind is Kind.UBND_XA]
        if communes:
            bodies = sum(len(_commune_bodies(graph, c.id)) for c in communes)
            declared = [c.cap_pho for c in communes if c.cap_pho is not None]
            out.append(Fact({"t": "cap_xa", "cls": graph.province_class(province.id), "n_xa": len(communes),
                             "tong_to_chuc": bodies, "n_xa_khai_bao_pho_chu_tich": len(declared),
                             "tong_pho_chu_tich": sum(declared)}, ("unit", province.id)))
    for commune in graph.units.values():
        if commune.kind is Kind.UBND_XA:
            bodies = _commune_bodies(graph, commune.id)
            stations = sorted(_service_units(graph, commune.id, TRAM_Y_TE), key=lambda u: u.id)
            out.append(Fact({"t": "xa", "n_to_chuc": len(bodies), "tong_cap_pho": sum(b.cap_pho or 0 for b in bodies),
                             "n_tram_y_te": len(stations),
                             "n_tram_y_te_co_ly_do": sum(1 for s in stations if s.ly_do_giu)},
                            ("unit", commune.id),
                            _decision_context(graph, bodies) | {"tram_y_te": _units_text(graph, [s.id for s in stations])}))
    return out


def _commune_bodies(graph: OrgGraph, commune_id: str) -> list:
    return [c for c in graph.children(commune_id) if c.kind in (Kind.PHONG_THUOC_XA, Kind.TRUNG_TAM_HCC_XA)]


def _sector_facts(graph: OrgGraph) -> list[Fact]:
    """Per province and known sector: the number of its sở in that sector (0 = missing), and how
    many sở gave no sector (so a missing compulsory sở is never claimed on incomplete data)."""
    names = sector_names()
    out = []
    for province in graph.units.values():
        if province.kind is not Kind.UBND_TINH:
            continue
        departments = [c for c in graph.children(province.id) if c.kind is Kind.SO]
        if not departments:
            continue
        count = defaultdict(int)
        for d in departments:
            if d.nganh:
                count[d.nganh] += 1
        undeclared = sum(1 for d in departments if not d.nganh)
        for code, name in names.items():
            out.append(Fact({"t": "nganh_so", "nganh": code, "n_so": count[code], "n_so_chua_khai_bao": undeclared},
                            ("unit", province.id), {"ten_nganh": name}))
    return out
