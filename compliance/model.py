"""The organization model (pydantic v2) and loading of organization files.

One file describes one jurisdiction at one date: `jurisdiction`, `functions` (the file's own
function codes, added to the shared catalogue in rules/), `units` and `tasks`. A file may hold
several provinces (several `ubnd_tinh` roots); each may give its own `class`.
Loading reports every problem at once, each with file, line and unit id.
"""

from __future__ import annotations

import difflib
import re
from dataclasses import dataclass, field
from functools import cached_property
from datetime import date, datetime
from enum import Enum
from pathlib import Path
from typing import Annotated, Any, Literal

from pydantic import AfterValidator, BaseModel, BeforeValidator, ConfigDict, Field, ValidationError
from pydantic_core import PydanticCustomError

from .messages import STAFF_LABELS, InputError, Message, MessageError, Problem
from .source import SourceMap, format_path, read_document
from .text import char_code, nfc, province_key, unsafe_char

# The rule catalogue: rules/ of the checkout, or its copy inside the installed package (setup.py maps it)
_PACKAGED = Path(__file__).resolve().parent / "_data" / "rules"
RULES_DIR = _PACKAGED if _PACKAGED.is_dir() else Path(__file__).resolve().parent.parent / "rules"
SHARED_FUNCTIONS = RULES_DIR / "danh-muc-chuc-nang.yaml"
SECTORS = RULES_DIR / "danh-muc-nganh.yaml"


class Kind(str, Enum):
    """Kinds of unit. The value is the code used in files."""

    UBND_TINH = "ubnd_tinh"                # UBND cấp tỉnh / thành phố trực thuộc trung ương
    SO = "so"                              # sở and equivalents: Văn phòng UBND, Thanh tra tỉnh, Ban Dân tộc
    VAN_PHONG_SO = "van_phong_so"
    THANH_TRA_SO = "thanh_tra_so"
    PHONG_THUOC_SO = "phong_thuoc_so"
    CHI_CUC = "chi_cuc"
    PHONG_THUOC_CHI_CUC = "phong_thuoc_chi_cuc"
    DVSNCL = "dvsncl"                      # đơn vị sự nghiệp công lập
    PHONG_THUOC_DVSNCL = "phong_thuoc_dvsncl"
    UBND_HUYEN = "ubnd_huyen"
    PHONG_THUOC_HUYEN = "phong_thuoc_huyen"
    UBND_XA = "ubnd_xa"
    PHONG_THUOC_XA = "phong_thuoc_xa"
    TRUNG_TAM_HCC_XA = "trung_tam_hcc_xa"  # Trung tâm phục vụ hành chính công cấp xã


@dataclass(frozen=True)
class KindInfo:
    vi: str
    en: str
    parents: tuple[Kind, ...]
    staff_field: str | None  # the headcount the law counts for this kind; None for committees
    committee_level: str | None = None  # tinh / huyen / xa for People's Committees


K = Kind
KINDS: dict[Kind, KindInfo] = {
    K.UBND_TINH: KindInfo("UBND cấp tỉnh", "provincial people's committee", (), None, "tinh"),
    K.SO: KindInfo("sở, cơ quan ngang sở", "provincial department", (K.UBND_TINH,), "bien_che"),
    K.VAN_PHONG_SO: KindInfo("văn phòng sở", "department office", (K.SO,), "bien_che"),
    K.THANH_TRA_SO: KindInfo("thanh tra sở", "department inspectorate", (K.SO,), "bien_che"),
    K.PHONG_THUOC_SO: KindInfo("phòng thuộc sở", "division of a department", (K.SO,), "bien_che"),
    K.CHI_CUC: KindInfo("chi cục thuộc sở", "sub-department", (K.SO,), "bien_che"),
    K.PHONG_THUOC_CHI_CUC: KindInfo("phòng thuộc chi cục", "division of a sub-department", (K.CHI_CUC,), "bien_che"),
    K.DVSNCL: KindInfo("đơn vị sự nghiệp công lập", "public service unit",
                       (K.UBND_TINH, K.SO, K.CHI_CUC, K.UBND_HUYEN, K.UBND_XA, K.DVSNCL), "nguoi_lam_viec"),
    K.PHONG_THUOC_DVSNCL: KindInfo("phòng thuộc đơn vị sự nghiệp", "division of a public service unit",
                                   (K.DVSNCL,), "nguoi_lam_viec"),
    K.UBND_HUYEN: KindInfo("UBND cấp huyện", "district people's committee", (K.UBND_TINH,), None, "huyen"),
    K.PHONG_THUOC_HUYEN: KindInfo("phòng thuộc UBND cấp huyện", "district division", (K.UBND_HUYEN,), "bien_che"),
    K.UBND_XA: KindInfo("UBND cấp xã", "commune people's committee", (K.UBND_HUYEN, K.UBND_TINH), None, "xa"),
    K.PHONG_THUOC_XA: KindInfo("phòng thuộc UBND cấp xã", "commune division", (K.UBND_XA,), "bien_che"),
    K.TRUNG_TAM_HCC_XA: KindInfo("trung tâm phục vụ hành chính công cấp xã", "commune public-administration centre",
                                 (K.UBND_XA,), "bien_che"),
}
COMMITTEE_KINDS = frozenset(k for k, info in KINDS.items() if info.committee_level)


class JurisdictionClass(str, Enum):
    """Class of the province for the thresholds (NĐ 107/2020): Hà Nội and TP.HCM are `dac_biet`."""

    DAC_BIET = "dac_biet"
    LOAI_1 = "loai_1"
    LOAI_2_3 = "loai_2_3"


CLASS_LABELS = {"dac_biet": ("Hà Nội, TP.HCM", "Hanoi, HCMC"), "loai_1": ("loại I", "class I"),
                "loai_2_3": ("loại II, III", "class II–III")}

Count = Annotated[int, Field(strict=True, ge=0, le=10_000_000)]
Text = Annotated[str, Field(min_length=1, max_length=2000)]


def _id_text(value: str) -> str:
    """Ids are matched and shown everywhere: a control, bidi or zero-width character would make two
    ids look alike or rewrite the terminal, so it is refused (names are shown neutralized instead)."""
    bad = unsafe_char(value)
    if bad is not None:
        raise PydanticCustomError("id_control", "control character in an id", {"code": char_code(bad)})
    return value


Id = Annotated[str, Field(min_length=1, max_length=200), AfterValidator(_id_text)]


def parse_date(value: Any) -> Any:
    """Accept ISO dates and Vietnamese DD/MM/YYYY."""
    if isinstance(value, str):
        text = value.strip()
        for fmt in ("%d/%m/%Y", "%Y-%m-%d"):
            try:
                return datetime.strptime(text, fmt).date()
            except ValueError:
                pass
    if isinstance(value, datetime):
        return value.date()
    return value


# Dates an organization, decision or law can plausibly carry: from the state's founding to the far end
# of any plan; 1800-01-01 or 9999-12-31 is a typo, not a date to check the law at.
EARLIEST_DATE, LATEST_DATE = date(1945, 9, 2), date(2100, 12, 31)


def _plausible(value: date) -> date:
    if not EARLIEST_DATE <= value <= LATEST_DATE:
        raise PydanticCustomError("date_range", "date out of range", {"day": f"{value:%d/%m/%Y}"})
    return value


Day = Annotated[date, BeforeValidator(parse_date), AfterValidator(_plausible)]


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", str_strip_whitespace=True, frozen=True)


class Jurisdiction(_Strict):
    name: Text
    level: str = Field(default="tinh", pattern=r"^(tinh|huyen|xa)$")
    cls: JurisdictionClass = Field(alias="class")
    as_of: Day
    # the province the file's structure belongs to, when `name` is not it (a district's or commune's file);
    # matched with rules of a province's own instrument (`scope: {province: …}` in rules/)
    province: Text | None = None

    model_config = ConfigDict(extra="forbid", str_strip_whitespace=True, frozen=True, populate_by_name=True)


class FunctionDef(_Strict):
    """A function (chức năng, nhiệm vụ) in the catalogue. Overlap is computed on codes."""

    code: Id
    name: Text
    group: Id | None = None          # codes sharing a group are "similar" (CN.TUONG_DONG); default: none
    mandatory: list[Literal["tinh", "huyen", "xa"]] = []   # committee levels that must hold it

    @property
    def field_group(self) -> str:
        """Similarity is declared, not guessed from the code's shape: a code without `group`
        is only similar to itself (and the same code is already a duplicate)."""
        return self.group or self.code


# The cases of NĐ 300/2025 Art. 5 that cap a provincial committee's vice-chairs (rules/nd300-2025.yaml).
PHO_CHU_TICH_FRAMES = ("tp_ho_chi_minh", "thanh_pho_tu_3_tinh", "thanh_pho_tu_2_tinh", "tinh_tu_3_tinh",
                       "tinh_tu_2_tinh_co_loai_1", "tinh_tu_2_tinh_loai_2_3", "ha_noi", "hue",
                       "khong_sap_xep_loai_1", "khong_sap_xep_loai_2_3")
PhoChuTichFrame = Literal[PHO_CHU_TICH_FRAMES]


# The criteria of NĐ 150/2025 Art. 9 for a specific sở, each "<nganh>.<criterion>" (rules/nd150-2025.yaml).
SPECIFIC_DEPT_CRITERIA = ("ngoai_vu.cua_khau_quoc_te_duong_bo", "ngoai_vu.cua_khau_quoc_te_hang_khong",
                          "ngoai_vu.cang_bien_quoc_te", "ngoai_vu.quy_mo_doi_ngoai",
                          "dan_toc_ton_giao.dtts_20000_tap_trung", "dan_toc_ton_giao.dtts_5000_can_ho_tro",
                          "dan_toc_ton_giao.dia_ban_xung_yeu", "du_lich.di_san_hoac_tai_nguyen_noi_troi",
                          "du_lich.mui_nhon_grdp_10")
SpecificDeptCriterion = Literal[SPECIFIC_DEPT_CRITERIA]


class Reorganization(_Strict):
    """The decision that rearranged (merged, consolidated) this unit: starts the 5-year window
    in which deputies above the cap are tolerated (NĐ 45/2025, NĐ 370/2025, NĐ 283/2025 Art. 12)."""

    decision: Text          # e.g. "Quyết định 123/QĐ-UBND"
    date: Day


class Unit(_Strict):
    id: Id
    name: Text
    kind: Kind
    parent: Id | None = None
    # a province's own class (ubnd_tinh only): overrides the jurisdiction's for everything under it
    cls: JurisdictionClass | None = Field(default=None, alias="class")
    bien_che: Count | None = None          # biên chế công chức
    nguoi_lam_viec: Count | None = None    # người làm việc (public service units): viên chức and contract staff
    vien_chuc: Count | None = None         # of whom viên chức: NĐ 120 Art. 6 counts "người làm việc là viên chức"
    cap_truong: Count = 1
    cap_pho: Count | None = None
    functions: list[Id] = Field(default_factory=list)  # a factory: pydantic deep-copies a [] default per unit
    sector: Text | None = None
    nhom_tu_chu: Annotated[int, Field(strict=True, ge=1, le=4)] | None = None  # NĐ 60/2021 group
    dich_vu_co_ban: bool = False           # provides basic/essential public services (NĐ 120 exemptions)
    ngoai_le_cap_pho: bool = False         # hospital hạng I+, CDC hạng I+, school ≥ 40 classes (NĐ 83/2024)
    location: Text | None = None           # địa bàn: units in different places are not duplicates
    nganh: Id | None = None                # a sở's sector, from rules/danh-muc-nganh.yaml
    merged_provinces: Annotated[int, Field(strict=True, ge=1, le=3)] = 1  # sở formed from N provinces' sở
    merged_by_decision: bool = False       # sở formed by merging sở under a competent authority's decision (NĐ 370)
    khung_pho_chu_tich: PhoChuTichFrame | None = None  # ubnd_tinh: its case in NĐ 300/2025 Art. 5
    tieu_chi_dac_thu: list[SpecificDeptCriterion] = Field(default_factory=list)  # a specific sở's criteria met
    reorganization: Reorganization | None = None
    thanh_lap_moi: bool = False            # newly set up by the reorganization (a proposal's `add` sets it)
    ly_do_giu: Text | None = None          # why an extra health station is kept after communes merge
    notes: str | None = None

    model_config = ConfigDict(extra="forbid", str_strip_whitespace=True, frozen=True, populate_by_name=True)

    @property
    def staff_field(self) -> str | None:
        return KINDS[self.kind].staff_field

    @property
    def staff(self) -> int | None:
        return getattr(self, self.staff_field) if self.staff_field else None


class Task(_Strict):
    id: Id
    title: Text
    chu_tri: list[Text] = Field(default_factory=list)   # lead agency: unit ids or names
    phoi_hop: list[Text] = Field(default_factory=list)  # coordinating agencies
    deadline: str | None = None


class Decision(_Strict):
    """A local decision that is data too: e.g. the province allocating deputy caps per agency
    within the national average (Cần Thơ, QĐ 1345/QĐ-UBND)."""

    reference: Text                  # "Quyết định 1345/QĐ-UBND"
    date: Day | None = None          # may be unknown: never invented
    title: Text | None = None
    deputy_caps: dict[Id, Annotated[int, Field(strict=True, ge=0, le=100)]] = {}


class BaselineCounts(_Strict):
    """Counts of one reference year for the reduction targets (rules/chi-tieu.yaml). A list of
    years rather than a mapping keyed by year: the safe loader accepts only text keys."""

    year: Annotated[int, Field(strict=True, ge=2000, le=2100)]
    don_vi_su_nghiep: Count | None = None      # public service units
    bien_che_cong_chuc: Count | None = None    # civil-servant posts
    nguoi_lam_viec_nsnn: Count | None = None   # public employees paid from the state budget


class OrgFile(_Strict):
    jurisdiction: Jurisdiction
    # toan_tinh: the whole province (default); mot_phan: part of it (one sở, one district): the
    # province-wide completeness rules (`requires: toan_tinh` in rules/) are then not run
    scope: Literal["toan_tinh", "mot_phan"] = "toan_tinh"
    functions: list[dict] = []
    units: list[dict]
    tasks: list[dict] = []
    decisions: list[Decision] = []
    baseline: list[BaselineCounts] = []
    notes: str | None = None


@dataclass
class Org:
    """A validated organization: every reference resolved, no cycles."""

    jurisdiction: Jurisdiction
    units: dict[str, Unit]              # in file order
    functions: dict[str, FunctionDef]   # shared catalogue + the file's own
    tasks: list[Task]
    source: SourceMap
    unit_lines: dict[str, int | None]   # line of each unit in its file
    task_lines: dict[str, int | None] = field(default_factory=dict)
    decisions: list[Decision] = field(default_factory=list)
    baseline: list[BaselineCounts] = field(default_factory=list)
    scope: str = "toan_tinh"

    @cached_property
    def provinces(self) -> dict[str, str | None]:
        """Root unit → the province key (text.province_key) of its tree: a provincial committee's own name
        when the file holds several provinces, else the jurisdiction's `province`, else (a provincial file)
        its name; None when the file does not say."""
        j = self.jurisdiction
        roots = [u for u in self.units.values() if u.parent is None]
        single = j.province or (j.name if j.level == "tinh" else None)
        return {u.id: province_key(u.name) if len(roots) > 1 and u.kind is Kind.UBND_TINH
                else province_key(single) if single else None for u in roots}

    def province_classes(self) -> set[JurisdictionClass]:
        """The classes the file is checked with: each root's own (a provincial committee's
        `class`), else the jurisdiction's."""
        return {u.cls or self.jurisdiction.cls for u in self.units.values() if u.parent is None}

    def deputy_cap(self, unit_id: str) -> tuple[int, Decision] | None:
        """The latest local decision's cap on this unit's deputies, if any."""
        return self._deputy_caps.get(unit_id)

    @cached_property
    def _deputy_caps(self) -> dict[str, tuple[int, Decision]]:
        latest: dict[str, tuple[date, int, Decision]] = {}
        for d in self.decisions:  # an undated decision counts as the oldest; on a tie the first listed wins
            for unit_id, cap in d.deputy_caps.items():
                if unit_id not in latest or (d.date or date.min) > latest[unit_id][0]:
                    latest[unit_id] = (d.date or date.min, cap, d)
        return {unit_id: found[1:] for unit_id, found in latest.items()}


# ---------------------------------------------------------------------------------------------
# loading

_PYDANTIC_KEYS = {
    "missing": "missing", "extra_forbidden": "extra", "int_type": "int_type", "int_parsing": "int_type",
    "int_from_float": "int_type", "greater_than_equal": "negative", "less_than_equal": "too_big",
    "string_type": "string_type", "bool_type": "bool_type", "bool_parsing": "bool_type",
    "list_type": "list_type", "dict_type": "mapping_type", "model_type": "mapping_type",
    "enum": "choice", "literal_error": "choice", "date_type": "date_type", "date_parsing": "date_type",
    "date_from_datetime_parsing": "date_type", "string_too_short": "empty_text", "string_too_long": "too_big",
    "string_pattern_mismatch": "choice", "too_short": "too_short", "date_range": "date_range",
    "id_control": "id_control", "window_order": "window_order", "date_from_datetime_inexact": "date_type",
    "datetime_type": "date_type", "string_unicode": "string_type", "too_long": "too_big", "less_than": "too_big",
    "int_from_string": "int_type", "float_type": "int_type", "float_parsing": "int_type",
}


def schema_problems(exc: ValidationError, source: SourceMap, base: tuple, unit: str | None,
                     model: type[BaseModel]) -> list[Problem]:
    out = []
    for err in exc.errors():
        loc = base + tuple(err["loc"])
        field_name = format_path(err["loc"]) or (str(base[-1]) if base else "")
        key = _PYDANTIC_KEYS.get(err["type"], "invalid")
        value = err.get("input")
        params: dict[str, Any] = {"field": field_name, "value": value, "reason": _reason(err)}
        if key == "negative" and err.get("ctx", {}).get("ge", 0) != 0:
            key = "choice"
            params["choices"] = f"≥ {err['ctx']['ge']}"
        if key == "too_short":
            params["limit"] = err.get("ctx", {}).get("min_length")
        if key == "too_big":
            params["limit"] = err.get("ctx", {}).get("le", err.get("ctx", {}).get("max_length"))
        if key == "choice":
            ctx = err.get("ctx", {})
            params.setdefault("choices", _choices(model, err["loc"]) or ctx.get("expected", "")
                              or ", ".join(re.findall(r"[^|()^$]+", ctx.get("pattern", ""))))
        if key == "mapping_type" and not field_name:   # the whole file (a rule file that is a list)
            key = "not_mapping"
        if key in ("date_range", "id_control", "window_order"):   # orgcheck's own checks: their details
            params.update(err["ctx"])
        if key == "extra":
            fields = list(_fields_of(model, err["loc"][:-1]))
            close = difflib.get_close_matches(str(err["loc"][-1]), fields, n=1)
            params["suggestion"] = close[0] if close else None
            params["value"] = None
        out.append(source.problem(key, loc, unit, **params))
    return out


def _reason(err: dict) -> Message:
    """Why a value is invalid, never pydantic's English: our own check's words, else its text quoted."""
    error = (err.get("ctx") or {}).get("error")
    if isinstance(error, MessageError):
        return error.message
    return Message("validator_other", {"detail": err.get("msg", "")})


def _fields_of(model: type[BaseModel], loc: tuple) -> list[str]:
    return [f.alias or name for name, f in model.model_fields.items()] if not loc else []


def _choices(model: type[BaseModel], loc: tuple) -> str:
    name = loc[0] if loc else None
    if name == "kind":
        return ", ".join(k.value for k in Kind)
    if name in ("class", "cls"):
        return ", ".join(c.value for c in JurisdictionClass)
    if name in ("level", "mandatory"):
        return "tinh, huyen, xa"
    if name == "nhom_tu_chu":
        return "1, 2, 3, 4"
    return ""


def load_org(path: str | Path, display_name: str | None = None) -> Org:
    """Read and validate an organization file (.yaml/.yml/.json); every problem found is raised at once
    as an InputError (its `render("vi")` / `render("en")` gives the messages). `display_name`: how messages
    name the file."""
    data, source = read_document(path, display_name)
    return build_org(data, source, normalized=True)


def _nfc_all(value: Any) -> Any:
    if isinstance(value, str):
        return nfc(value)
    if isinstance(value, dict):
        return {_nfc_all(k): _nfc_all(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_nfc_all(v) for v in value]
    return value


def build_org(data: Any, source: SourceMap, *, normalized: bool = False) -> Org:
    """Validate plain data (from a file, or a Gherkin table) into an Org, or raise InputError.
    Text is NFC-normalised here unless it comes from read_document, which has done it."""
    if not normalized:
        data = _nfc_all(data)
    if not isinstance(data, dict):
        raise InputError([source.problem("not_mapping")])
    try:
        top = OrgFile.model_validate({k: v for k, v in data.items()})
    except ValidationError as exc:
        problems = schema_problems(exc, source, (), None, OrgFile)
        # The lists may still be readable: keep validating what we can to report everything at once.
        if not isinstance(data.get("units"), list):
            raise InputError(problems) from None
        top = None
    else:
        problems = []
    raw_units = data.get("units") if top is None else top.units
    raw_functions = (data.get("functions") if top is None else top.functions) or []
    raw_tasks = (data.get("tasks") if top is None else top.tasks) or []

    # when the top level failed, a list may be of the wrong type (already reported): skip it
    functions = _load_functions(raw_functions if isinstance(raw_functions, list) else [], source, problems)
    units, unit_lines, positions = _load_units(raw_units, source, problems)
    tasks = _load_tasks(raw_tasks if isinstance(raw_tasks, list) else [], source, problems)
    _check_structure(units, unit_lines, positions, functions, source, problems)
    if top is not None:
        for d_index, decision in enumerate(top.decisions):
            for unit_id in decision.deputy_caps:
                if unit_id not in unit_lines:
                    problems.append(source.problem("unknown_unit_in_decision", ("decisions", d_index, "deputy_caps", unit_id),
                                                   unit_id, reference=decision.reference))
    if not raw_units and not problems:
        problems.append(source.problem("no_units", ("units",)))
    if problems or top is None:   # an item wrong at the top level and again in its own check: said once
        raise InputError(list({(p.line, p.where, p.key): p for p in reversed(problems)}.values())[::-1])
    task_lines = {t.id: source.line(("tasks", i)) for i, t in enumerate(tasks)}
    years = [b.year for b in top.baseline]
    for i, year in enumerate(years):
        if year in years[:i]:
            problems.append(source.problem("duplicate_year", ("baseline", i, "year"), None, year=year))
    if problems:
        raise InputError(problems)
    return Org(top.jurisdiction, {u.id: u for u in units}, functions, tasks, source, unit_lines, task_lines,
               list(top.decisions), list(top.baseline), top.scope)


def sector_names() -> dict[str, str]:
    """Sector code → name of a sở (rules/danh-muc-nganh.yaml)."""
    data, source = read_document(SECTORS, f"rules/{SECTORS.name}")
    entries = data.get("nganh") if isinstance(data, dict) else None
    if not isinstance(entries, list) or not all(isinstance(e, dict) and {"code", "name"} <= set(e) for e in entries):
        raise InputError([source.problem("invalid", ("nganh",), None, field="nganh",
                                         reason="expected a list of {code, name}")])
    return {e["code"]: e["name"] for e in entries}


def shared_functions() -> dict[str, FunctionDef]:
    data, source = read_document(SHARED_FUNCTIONS, f"rules/{SHARED_FUNCTIONS.name}")
    problems: list[Problem] = []
    entries = data.get("functions", []) if isinstance(data, dict) else []
    out = _load_functions(entries, source, problems, base=("functions",))
    if problems:
        raise InputError(problems)
    return out


def _load_functions(raw: list, source: SourceMap, problems: list[Problem],
                    base: tuple = ("functions",)) -> dict[str, FunctionDef]:
    catalogue: dict[str, FunctionDef] = {} if base != ("functions",) or source.file.startswith("rules/") \
        else dict(shared_functions())
    shared = set(catalogue)
    for i, entry in enumerate(raw):
        try:
            fn = FunctionDef.model_validate(entry)
        except ValidationError as exc:
            problems.extend(schema_problems(exc, source, base + (i,), None, FunctionDef))
            continue
        if fn.code in catalogue:
            where = " (đã có trong danh mục chung rules/danh-muc-chuc-nang.yaml)" if fn.code in shared else ""
            problems.append(source.problem("duplicate_function", base + (i, "code"), None, code=fn.code, where=where))
            continue
        catalogue[fn.code] = fn
    return catalogue


def _load_units(raw: list, source: SourceMap, problems: list[Problem]
                ) -> tuple[list[Unit], dict[str, int | None], dict[str, int]]:
    """Valid units, the line of every readable id (valid or not), and each valid unit's index."""
    units: list[Unit] = []
    lines: dict[str, int | None] = {}
    positions: dict[str, int] = {}
    for i, entry in enumerate(raw):
        path = ("units", i)
        unit_id = entry.get("id") if isinstance(entry, dict) and isinstance(entry.get("id"), str) else None
        try:
            unit = Unit.model_validate(entry)
        except ValidationError as exc:
            problems.extend(schema_problems(exc, source, path, unit_id, Unit))
            if unit_id is not None and unit_id not in lines:
                lines[unit_id] = source.line(path)  # known id: avoids cascades of "unknown parent"
            continue
        if unit.id in lines:
            problems.append(source.problem("duplicate_id", path + ("id",), unit.id, id=unit.id,
                                           first=lines[unit.id] or "?"))
            continue
        lines[unit.id] = source.line(path)
        positions[unit.id] = i
        units.append(unit)
    return units, lines, positions


def _load_tasks(raw: list, source: SourceMap, problems: list[Problem]) -> list[Task]:
    tasks: list[Task] = []
    seen: dict[str, int | None] = {}
    for i, entry in enumerate(raw):
        try:
            task = Task.model_validate(entry)
        except ValidationError as exc:
            problems.extend(schema_problems(exc, source, ("tasks", i), None, Task))
            continue
        if task.id in seen:
            problems.append(source.problem("duplicate_task", ("tasks", i, "id"), None, id=task.id,
                                           first=seen[task.id] or "?"))
            continue
        seen[task.id] = source.line(("tasks", i))
        tasks.append(task)
    return tasks


def _check_structure(units: list[Unit], lines: dict[str, int | None], positions: dict[str, int],
                     functions: dict[str, FunctionDef], source: SourceMap, problems: list[Problem]) -> None:
    by_id = {u.id: u for u in units}
    sectors = sector_names()

    def at(unit: Unit, key: str, field_name: str | None = None, **params) -> None:
        path = ("units", positions[unit.id]) + ((field_name,) if field_name else ())
        problems.append(source.problem(key, path, unit.id, **params))

    for unit in units:
        info = KINDS[unit.kind]
        if unit.parent is None:
            if unit.kind not in COMMITTEE_KINDS:
                at(unit, "needs_parent", None, kind=unit.kind.value)
        elif unit.parent == unit.id:
            at(unit, "self_parent", "parent")
        elif unit.parent not in lines:
            close = difflib.get_close_matches(unit.parent, list(lines), n=1)
            at(unit, "unknown_parent", "parent", parent=unit.parent, suggestion=close[0] if close else None)
        elif unit.parent in by_id and by_id[unit.parent].kind not in info.parents:
            at(unit, "kind_parent", "kind", kind=unit.kind.value, parent_kind=by_id[unit.parent].kind.value,
               allowed=", ".join(k.value for k in info.parents) or "—")
        if info.staff_field and getattr(unit, info.staff_field) is None:
            at(unit, "staff_required", None, kind=unit.kind.value, field=info.staff_field)
        if unit.kind not in COMMITTEE_KINDS and unit.cap_pho is None:
            at(unit, "staff_required", None, kind=unit.kind.value, field="cap_pho")
        staff = unit.staff
        deputies = unit.cap_pho or 0
        if staff is not None and unit.cap_truong + deputies > staff:
            label = STAFF_LABELS[info.staff_field][0]
            at(unit, "leaders_exceed_staff", "cap_pho", leaders=unit.cap_truong + deputies, heads=unit.cap_truong,
               deputies=deputies, staff=staff, staff_label=label)
        if unit.nganh is not None and unit.kind is not Kind.SO:
            at(unit, "sector_kind", "nganh")
        elif unit.nganh is not None and unit.nganh not in sectors:
            close = difflib.get_close_matches(unit.nganh, list(sectors), n=1)
            at(unit, "unknown_sector", "nganh", code=unit.nganh, suggestion=close[0] if close else None)
        if unit.merged_provinces > 1 and unit.kind is not Kind.SO:
            at(unit, "merged_provinces_kind", "merged_provinces")
        if unit.vien_chuc is not None and unit.kind not in (Kind.DVSNCL, Kind.PHONG_THUOC_DVSNCL):
            at(unit, "vien_chuc_kind", "vien_chuc")
        elif unit.vien_chuc is not None and unit.nguoi_lam_viec is not None and unit.vien_chuc > unit.nguoi_lam_viec:
            at(unit, "vien_chuc_exceeds_staff", "vien_chuc", vien_chuc=unit.vien_chuc, staff=unit.nguoi_lam_viec)
        if unit.tieu_chi_dac_thu and (unit.kind is not Kind.SO or
                                      any(c.split(".")[0] != unit.nganh for c in unit.tieu_chi_dac_thu)):
            at(unit, "specific_criteria_sector", "tieu_chi_dac_thu", nganh=unit.nganh or "—")
        if unit.khung_pho_chu_tich is not None and unit.kind is not Kind.UBND_TINH:
            at(unit, "pho_chu_tich_frame_kind", "khung_pho_chu_tich")
        if unit.merged_by_decision and unit.kind is not Kind.SO:
            at(unit, "merged_by_decision_kind", "merged_by_decision")
        if unit.cls is not None and unit.kind is not Kind.UBND_TINH:
            at(unit, "class_kind", "class", kind=unit.kind.value)
        parent = by_id.get(unit.parent) if unit.parent else None
        if (unit.kind is Kind.PHONG_THUOC_DVSNCL and parent is not None and unit.nhom_tu_chu is not None
                and parent.nhom_tu_chu is not None and unit.nhom_tu_chu != parent.nhom_tu_chu):
            at(unit, "autonomy_mismatch", "nhom_tu_chu", own=unit.nhom_tu_chu, parent_group=parent.nhom_tu_chu)
        if unit.nhom_tu_chu is not None and unit.kind is not Kind.DVSNCL and unit.kind is not Kind.PHONG_THUOC_DVSNCL:
            at(unit, "autonomy_kind", "nhom_tu_chu")
        for code in unit.functions:
            if code not in functions:
                close = difflib.get_close_matches(code, list(functions), n=1)
                at(unit, "unknown_function", "functions", code=code, suggestion=close[0] if close else None)
    _check_cycles(units, by_id, lines, positions, source, problems)


def _check_cycles(units: list[Unit], by_id: dict[str, Unit], lines: dict[str, int], positions: dict[str, int],
                  source: SourceMap, problems: list[Problem]) -> None:
    state: dict[str, int] = {}  # 1 = on the current walk, 2 = done
    for start in units:
        walk = []
        node = start.id
        while node in by_id and state.get(node) is None:
            state[node] = 1
            walk.append(node)
            parent = by_id[node].parent
            if parent == node:
                break
            node = parent
        if node in by_id and state.get(node) == 1 and by_id[node].parent != node:
            cycle = walk[walk.index(node):]
            first = min(cycle, key=lambda u: lines.get(u) or 0)
            ordered = cycle[cycle.index(first):] + cycle[:cycle.index(first)]
            problems.append(Problem(source.file, lines.get(first), "cycle", {"cycle": " → ".join(ordered + [first])},
                                    first, "", source.cell(("units", positions[first], "parent"))))
        for n in walk:
            state[n] = 2

