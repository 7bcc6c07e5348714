"""The rule catalogue: rules/*.yaml read into typed rules.

A rule reads one fact type and says: which facts it applies to (`where`), which quantity it
measures (`measure`), how it compares (`compare`) and against what limit — a number, a field
reference, or a decision table (`bands`) whose rows pick the limit. There is no code in rule
files: cells use the small grammar below, parsed here and compiled by engine.py.

Cell grammar (docs/rules-format.md):
  *  or empty       any value
  12, true, loai_1  equal to
  [a, b]            one of
  < 9  <= 9  > 9  >= 9  != x     comparison
  9..14  or  9–14   from 9 to 14 inclusive
Limits: a number, @field, k*@field, or k*@field + c  (e.g. "3*@n_units + 10").
"""

from __future__ import annotations

import dataclasses
import itertools
import math
import re
from dataclasses import dataclass, field
from datetime import date
from enum import Enum
from functools import cached_property
from pathlib import Path
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError, model_validator
from pydantic_core import PydanticCustomError

from .facts import CONTEXT_PARAMS, FACT_TYPES
from .gherkin import DICTIONARY_FILE, compile_file
from .messages import InputError, Message, MessageError, Problem
from .model import (CLASS_LABELS, KINDS, PHO_CHU_TICH_FRAMES, RULES_DIR, Day, JurisdictionClass, Kind,
                    schema_problems, sector_names)
from .source import SourceMap, read_document
from .text import province_key


class Severity(str, Enum):
    """error: breaks the law; warning: likely problem; transitional: over a cap the law still
    tolerates after a reorganization (until a due date); guidance: Party guidance, not law;
    info: something could not be checked."""

    ERROR = "error"
    WARNING = "warning"
    TRANSITIONAL = "transitional"
    GUIDANCE = "guidance"
    INFO = "info"

    def label(self, lang: str) -> str:
        return {"error": ("lỗi", "error"), "warning": ("cảnh báo", "warning"),
                "transitional": ("chuyển tiếp", "transitional"), "guidance": ("định hướng", "guidance"),
                "info": ("thông tin", "info")}[self.value][lang == "en"]


# --- the cell grammar ---------------------------------------------------------------------

_NUM = r"-?\d+(?:[.,]\d+)?"
_CMP = re.compile(r"^(<=|>=|<|>|==|!=)\s*(.+)$")
_RANGE = re.compile(rf"^({_NUM})\s*(?:\.\.|–)\s*({_NUM})$")
_TERM = re.compile(rf"^(?:({_NUM})\s*\*\s*)?@(\w+)$")
_OPERATOR_START = tuple("<>=!≥≤≠~")   # a cell starting so is meant as a comparison, never a value
_OPS = {"<": "lt", "<=": "le", ">": "gt", ">=": "ge", "==": "eq", "!=": "ne"}


def _number(text: str) -> int | float:
    value = float(text.replace(",", "."))
    return int(value) if value.is_integer() else value


@dataclass(frozen=True)
class Expr:
    """A limit: const + Σ coef × fact[field]. `3*@n_units + @tong_tang_them + 10`."""

    const: float | int = 0
    terms: tuple[tuple[float | int, str], ...] = ()   # (coef, field)

    @property
    def fields(self) -> tuple[str, ...]:
        return tuple(f for _, f in self.terms)

    def value(self, fact: dict) -> float | int | None:
        if any(f not in fact for f in self.fields):
            return None
        return self.const + sum(c * fact[f] for c, f in self.terms)

    def text(self) -> str:
        parts = [(f"{c}*@{f}" if c != 1 else f"@{f}") for c, f in self.terms]
        if self.const or not parts:
            parts.append(str(self.const))
        return " + ".join(parts)


def parse_limit(value: Any) -> Expr:
    if isinstance(value, bool):
        raise MessageError("limit_type", value=value)
    if isinstance(value, float) and not math.isfinite(value):   # .nan never compares true: the rule would never fire
        raise MessageError("limit_not_finite", value=value)
    if isinstance(value, (int, float)):
        return Expr(const=value)
    if isinstance(value, str) and value.strip():
        const, terms = 0, []
        for part in value.split("+"):
            part = part.strip()
            if re.fullmatch(_NUM, part):
                const += _number(part)
                continue
            m = _TERM.match(part)
            if not m:
                break
            terms.append((_number(m.group(1)) if m.group(1) else 1, m.group(2)))
        else:
            return Expr(const=const, terms=tuple(terms))
    raise MessageError("limit_unreadable", value=value)


@dataclass(frozen=True)
class Cond:
    field: str
    op: str               # eq ne lt le gt ge in
    value: Any            # a literal, a tuple for "in", or an Expr

    def holds(self, fact: dict) -> bool:
        """Reference semantics: a condition on a missing field (or a missing referenced field) is false."""
        if self.field not in fact:
            return False
        left = fact[self.field]
        right = self.value.value(fact) if isinstance(self.value, Expr) else self.value
        if right is None:
            return False
        if self.op == "in":
            return left in right
        if self.op == "mt":   # the folded name against a pattern of letters, digits, spaces and ".*"
            return re.fullmatch(right, left) is not None
        return {"eq": left == right, "ne": left != right, "lt": left < right, "le": left <= right,
                "gt": left > right, "ge": left >= right}[self.op]


def parse_cell(fieldname: str, cell: Any) -> list[Cond]:
    """One table cell or `where` value → the conditions it stands for ([] = any)."""
    if cell is None or (isinstance(cell, str) and cell.strip() in ("", "*", "-")):
        return []
    if isinstance(cell, list):
        if not cell or any(isinstance(v, (list, dict)) for v in cell):
            raise MessageError("cell_list", field=fieldname)
        return [Cond(fieldname, "in", tuple(cell))]
    if isinstance(cell, (bool, int, float)):
        return [Cond(fieldname, "eq", cell)]
    if isinstance(cell, str):
        text = cell.strip()
        if text.startswith("~"):   # a name filter: "~ trung tam.*" (unit names are folded: compliance.text.fold)
            pattern = text[1:].strip()
            if not re.fullmatch(r"(?:[a-z0-9 ]|\.\*)+", pattern):
                raise MessageError("cell_pattern", field=fieldname, value=cell)
            return [Cond(fieldname, "mt", pattern)]
        m = _RANGE.match(text)
        if m:
            lo, hi = _number(m.group(1)), _number(m.group(2))
            if lo > hi:
                raise MessageError("cell_empty_range", field=fieldname, value=text)
            return [Cond(fieldname, "ge", lo), Cond(fieldname, "le", hi)]
        m = _CMP.match(text)
        if (m and m.group(2).strip().startswith(_OPERATOR_START)) or (not m and text.startswith(_OPERATOR_START)) \
                or (not _RANGE.match(text) and ".." in text):
            raise MessageError("cell_operator", field=fieldname, value=cell)
        if m:
            op, rhs = _OPS[m.group(1)], m.group(2).strip()
            if re.fullmatch(_NUM, rhs):
                return [Cond(fieldname, op, _number(rhs))]
            if "@" in rhs:
                return [Cond(fieldname, op, parse_limit(rhs))]
            if rhs.lower() in ("true", "false"):
                return [Cond(fieldname, op, rhs.lower() == "true")]
            return [Cond(fieldname, op, rhs)]
        if re.fullmatch(_NUM, text):
            return [Cond(fieldname, "eq", _number(text))]
        return [Cond(fieldname, "eq", text)]
    raise MessageError("cell_unreadable", field=fieldname, value=cell)


# --- rule files ---------------------------------------------------------------------------

class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class I18n(_Strict):
    vi: str = Field(min_length=1)
    en: str = Field(min_length=1)

    def get(self, lang: str) -> str:
        return self.en if lang == "en" else self.vi


class InForce(_Strict):
    start: Day = Field(alias="from")
    end: Day | None = Field(default=None, alias="to")

    model_config = ConfigDict(extra="forbid", frozen=True, populate_by_name=True)

    @model_validator(mode="after")
    def _ordered(self) -> InForce:
        # an end before the start would silently take the rule out of every check
        if self.end is not None and self.end < self.start:
            raise PydanticCustomError("window_order", "the window ends before it starts",
                                      {"start": f"{self.start:%d/%m/%Y}", "end": f"{self.end:%d/%m/%Y}"})
        return self

    def covers(self, day: date) -> bool:
        return self.start <= day and (self.end is None or day <= self.end)


class ProvinceScope(_Strict):
    """A province's own instrument (a plan, a decision): binds only that province's structures."""

    province: str = Field(min_length=1)   # as the organization file names it, e.g. "Thành phố Cần Thơ"

    @property
    def key(self) -> str:
        return province_key(self.province)


Scope = Literal["national"] | ProvinceScope


class LegalBasis(_Strict):
    document: str = Field(min_length=1)
    article: str | None = None
    clause: str | None = None
    url: str | None = None
    # a basis that is a province's own instrument, or dated after the rule's start, is cited only for
    # that province's units and from that date (CN.*: NQ 18-NQ/TW everywhere, KH 194 in Cần Thơ from 2023)
    scope: ProvinceScope | None = None
    in_force: InForce | None = None

    def applies(self, province: str | None, day: date) -> bool:
        return ((self.scope is None or self.scope.key == province)
                and (self.in_force is None or self.in_force.covers(day)))

    def text(self) -> str:
        """Vietnamese citation order, 'điểm b khoản 2 Điều 5 Nghị định …'; a descriptive note
        (a principle, a task of a plan) follows the document in brackets."""
        numbered = self.clause and self.clause.split()[0].lower() in ("điểm", "khoản")
        head = " ".join(p for p in ((self.clause if numbered else None), self.article, self.document) if p)
        return head + (f" ({self.clause})" if self.clause and not numbered else "")


class Bands(_Strict):
    columns: list[str] = Field(min_length=2)
    rows: list[list[Any]] = Field(min_length=1)
    partial: str | None = None   # why some values have no row (e.g. "nhóm 1: theo đề án tự chủ")


class Transition(_Strict):
    """Deputies above the cap after a reorganization are tolerated for `years` from the decision."""

    years: int = Field(ge=1, le=20)
    legal_basis: list[LegalBasis] = Field(min_length=1)
    since: Day | None = None   # the tolerance exists in law only for checks from this date


class Provenance(_Strict):
    """The text actually read for a rule: where, when, the clause as read, and when someone last
    confirmed it still in force. Keeps the basis inside the project (docs/rules-format.md)."""

    url: str = Field(pattern=r"^https?://")
    read_on: Day
    quote: str = Field(min_length=1)
    reviewed_on: Day


FAMILIES = ("tieu_chi", "cap_pho", "chuc_nang", "chu_tri", "co_cau")


class RuleSpec(_Strict):
    code: str = Field(pattern=r"^[A-Z][A-Z0-9]*(\.[A-Z0-9_]+)+$")
    family: str = Field(pattern=rf"^({'|'.join(FAMILIES)})$")
    title: I18n
    severity: Severity
    legal_basis: list[LegalBasis] = Field(min_length=1)
    in_force: InForce | None = None
    confidence: str = Field(default="verified", pattern=r"^(verified|unverified)$")
    confidence_note: str | None = None
    provenance: Provenance | None = None
    fact: str
    where: dict[str, Any] = {}
    measure: str | None = None     # without measure/compare the rule fires on `where` alone
    compare: str | None = Field(default=None, pattern=r"^(<|<=|>|>=|==|!=)$")
    limit: Any = None
    bands: Bands | None = None
    transition: Transition | None = None
    scope: Scope | None = None      # default: the source's, else national
    requires: Literal["toan_tinh"] | None = None   # runs only on files describing a whole province
    message: I18n
    hint: I18n | None = None
    why: I18n
    feature: str


# Legal rank of a source (Luật Ban hành văn bản quy phạm pháp luật): a lower level wins a conflict.
# Party documents (ket_luan_dang, nghi_quyet_dang) are guidance, not normative law: they have no level.
RANKS = {"luat": 1, "nghi_quyet_quoc_hoi": 1, "nghi_dinh": 2, "nghi_quyet_chinh_phu": 2, "thong_tu": 3,
         "quyet_dinh_tinh": 4, "ke_hoach_tinh": 5, "ket_luan_dang": None, "nghi_quyet_dang": None}
Rank = Literal[tuple(RANKS)]
LOCAL_DECISION_RANK = "quyet_dinh_tinh"   # a province's decision declared in an organization file (`decisions:`)


class Amendment(_Strict):
    """A change to a source: sửa đổi, bổ sung, thay thế, bãi bỏ, đính chính, from `date`, by `by`."""

    day: Day = Field(alias="date")
    kind: Literal["sua_doi", "bo_sung", "thay_the", "bai_bo", "dinh_chinh"]
    by: str = Field(min_length=1)
    articles: list[str] = []          # empty: the whole document

    model_config = ConfigDict(extra="forbid", frozen=True, populate_by_name=True)

    def touches(self, article: str | None) -> bool:
        return not self.articles or article is None or article in self.articles


class SourceSpec(_Strict):
    document: str
    title: str
    in_force: InForce
    url: str | None = None
    notes: str | None = None
    scope: Scope = "national"
    rank: Rank | None = None
    amendments: list[Amendment] = []


class RuleFileSpec(_Strict):
    source: SourceSpec
    rules: list[dict] = Field(min_length=1)


@dataclass(frozen=True)
class Variant:
    """One row of a rule's decision table (or the whole rule when it has none)."""

    rule: "Rule"
    row: int | None
    conditions: tuple[Cond, ...]   # where + row cells
    row_conditions: tuple[Cond, ...]
    limit: Expr

    @property
    def violation(self) -> Cond | None:
        return Cond(self.rule.measure, _OPS[self.rule.compare], self.limit) if self.rule.compare else None

    def band_text(self, lang: str, fact: dict | None = None) -> str:
        """The row in words; a row covering several classes or kinds names the fact's own."""
        conds = [Cond(c.field, "eq", fact[c.field]) if fact and c.op == "in" and c.field in _DOMAINS
                 and c.field in fact else c for c in self.row_conditions]
        return ", ".join(describe(c, self.rule.fact, lang) for c in _merge_ranges(tuple(conds)))


@dataclass
class Rule:
    spec: RuleSpec
    file: str
    line: int | None
    source: SourceSpec
    variants: list[Variant] = field(default_factory=list)
    origin: str = "orgcheck"   # "user": written by the user (a rules folder or Gherkin file not shipped with orgcheck)

    def __getattr__(self, name: str):
        return getattr(self.spec, name)

    @property
    def window(self) -> InForce:
        return self.spec.in_force or self.source.in_force

    @property
    def province(self) -> ProvinceScope | None:
        """The province whose own instrument this rule encodes; None for a national rule."""
        scope = self.spec.scope or self.source.scope
        return scope if isinstance(scope, ProvinceScope) else None

    @cached_property
    def referenced_fields(self) -> frozenset[str]:
        out = {self.spec.measure} if self.spec.measure else set()
        for v in self.variants:
            for c in v.conditions + ((v.violation,) if v.violation else ()):
                out.add(c.field)
                if isinstance(c.value, Expr):
                    out.update(c.value.fields)
        return frozenset(out)


class Regime(_Strict):
    """A period of the law for organizing local government (rules/che-do.yaml)."""

    code: str
    name: I18n
    in_force: InForce
    documents: list[str] = Field(min_length=1)

    def period(self, lang: str = "vi") -> str:
        end = f"{self.in_force.end:%d/%m/%Y}" if self.in_force.end else "…"
        return f"{self.in_force.start:%d/%m/%Y} – {end}"


TASKS = "nhiem_vu"                     # the tasks of a file or plan, a subject beside the unit kinds
SUBJECTS = tuple(k.value for k in Kind) + (TASKS,)


Subject = Literal[SUBJECTS]
Family = Literal[FAMILIES]


class Gap(_Strict):
    """A period in which the law has a norm for a family and kinds that orgcheck does not encode."""

    family: Family
    kinds: list[Subject] = Field(min_length=1)
    in_force: InForce
    reason: I18n
    # narrower rules of the family that run in the period without encoding its norm (e.g. ND370.PHO.THU_BAC);
    # any other rule in force for the kind means the norm is now encoded and this entry no longer applies
    running: list[str] = []


class CoverageSpec(_Strict):
    """rules/pham-vi-kiem-tra.yaml: the families the law regulates per kind, and the gaps (coverage.py)."""

    families: dict[Subject, list[Family]]
    not_encoded: list[Gap] = []


@dataclass
class Catalogue:
    rules: list[Rule]
    regimes: list[Regime] = field(default_factory=list)
    coverage: CoverageSpec = field(default_factory=lambda: CoverageSpec(families={}))
    folder: str | None = None   # a rules folder of the user's (--rules DIR), as they named it; None: orgcheck's own

    def by_code(self, code: str) -> Rule | None:
        return next((r for r in self.rules if r.code == code), None)

    def narrowed(self, rules: list[Rule]) -> "Catalogue":
        """The same catalogue (regimes and all) with only these rules (--select/--ignore)."""
        return dataclasses.replace(self, rules=rules)

    def in_force(self, day: date) -> list[Rule]:
        return [r for r in self.rules if r.window.covers(day)]

    def history(self, rule: Rule) -> tuple[str, list[Amendment]]:
        """The document a rule's article belongs to and its amendments, oldest first: the rule's own
        source, or (for a rule read from an amending decree) the source it amends."""
        sources = {id(r.source): r.source for r in self.rules}.values()
        own = rule.source if rule.source.amendments else None
        amended = own or next((s for s in sources if any(a.by == rule.source.document for a in s.amendments
                                                           if a.kind not in ("thay_the", "bai_bo"))), None)
        if amended is None:
            return rule.source.document, []
        return amended.document, sorted(amended.amendments, key=lambda a: a.day)

    def stale(self, days: int, today: date) -> list[Rule]:
        """Rules whose last review (provenance.reviewed_on) is more than `days` before `today`, or missing."""
        return sorted((r for r in self.rules if r.provenance is None
                       or (today - r.provenance.reviewed_on).days > days), key=lambda r: r.code)

    def regime_for(self, day: date) -> Regime | None:
        return next((r for r in self.regimes if r.in_force.covers(day)), None)

    def coverage_text(self) -> str:
        return "; ".join(f"{r.code} {r.period()}" for r in self.regimes)


# --- describing conditions in words -------------------------------------------------------

def _merge_ranges(conds: tuple[Cond, ...]) -> list[Cond]:
    out: list[Cond] = []
    i = 0
    while i < len(conds):
        c = conds[i]
        nxt = conds[i + 1] if i + 1 < len(conds) else None
        if nxt and c.field == nxt.field and c.op == "ge" and nxt.op == "le":
            out.append(Cond(c.field, "range", (c.value, nxt.value)))
            i += 2
            continue
        out.append(c)
        i += 1
    return out


def _value_text(fieldname: str, value: Any, lang: str) -> str:
    if fieldname == "cls" and value in CLASS_LABELS:
        return CLASS_LABELS[value][lang == "en"]
    if fieldname in ("kind", "parent_kind") and value in {k.value for k in Kind}:
        info = KINDS[Kind(value)]
        return info.en if lang == "en" else info.vi
    if isinstance(value, Expr):
        return value.text()
    if isinstance(value, bool):
        return ("có" if value else "không") if lang != "en" else ("yes" if value else "no")
    return str(value)


def describe(cond: Cond, fact: str, lang: str) -> str:
    """'9–14 biên chế', 'dưới 9 biên chế', 'loại I', 'nhóm tự chủ 3, 4'."""
    label = FACT_TYPES[fact][cond.field][lang == "en"]
    en = lang == "en"
    if cond.field in ("cls", "kind", "parent_kind"):
        values = cond.value if cond.op == "in" else (cond.value,)
        text = ", ".join(_value_text(cond.field, v, lang) for v in values)
        if cond.field == "parent_kind":
            return (f"under {text}" if en else f"trực thuộc {text}")
        return text if cond.op != "ne" else (f"not {text}" if en else f"không phải {text}")
    if cond.op == "mt":
        words = cond.value.replace(".*", "…")
        return f"{label} {words}"
    if cond.op == "range":
        lo, hi = cond.value
        return f"{lo}–{hi} {label}"
    if cond.field == "nhom_tu_chu" and cond.op == "eq":
        return f"{label} {cond.value}"
    if cond.op == "in":
        return f"{label} {', '.join(_value_text(cond.field, v, lang) for v in cond.value)}"
    if isinstance(cond.value, bool):
        return label if cond.value == (cond.op == "eq") else (f"not {label}" if en else f"không {label}")
    words = {"lt": ("dưới", "under"), "le": ("tối đa", "at most"), "gt": ("trên", "over"),
             "ge": ("từ", "at least"), "eq": ("", ""), "ne": ("khác", "not")}[cond.op][en]
    value = _value_text(cond.field, cond.value, lang)
    if cond.op == "ge" and not en:
        return f"từ {value} {label} trở lên"
    return f"{words} {value} {label}".strip()


# --- loading ------------------------------------------------------------------------------

REGIMES_FILE = "che-do.yaml"
TARGETS_FILE = "chi-tieu.yaml"
COVERAGE_FILE = "pham-vi-kiem-tra.yaml"
NORMS_FILE = "chuan-muc.yaml"       # norms with no rule, for the conformance matrix (conformance.py)
# regimes, Gherkin dictionary, targets, what is checked per kind (coverage.py)
NOT_RULES = {REGIMES_FILE, "tu-dien-truong.yaml", TARGETS_FILE, COVERAGE_FILE, NORMS_FILE}
GHERKIN_DIR = Path("features") / "quy_tac"           # rules written in Gherkin, relative to the project
OWN_GHERKIN_DIR = "quy_tac"                          # … or inside a rules folder of its own (--rules DIR)


def yaml_rule_files(directory: Path) -> list[Path]:
    """The rule files of a rules folder: its *.yaml but the vocabularies (read by the model), regimes,
    dictionary and targets."""
    return [p for p in sorted(directory.glob("*.yaml")) if not p.name.startswith("danh-muc") and p.name not in NOT_RULES]


def gherkin_rule_files(directory: Path) -> list[Path]:
    """The Gherkin rules that go with a rules folder: its quy_tac/*.feature, else (the repository layout)
    features/quy_tac/*.feature next to it."""
    own = directory / OWN_GHERKIN_DIR
    return sorted((own if own.is_dir() else directory.resolve().parent / GHERKIN_DIR).glob("*.feature"))


def catalogue_hash(directory: Path = RULES_DIR) -> str:
    """SHA-256 of a rules folder's files (YAML rules, vocabularies, regimes, Gherkin rules), names and
    contents in a fixed order: two installations with the same hash check by the same rules."""
    import hashlib

    digest = hashlib.sha256()
    files = sorted(directory.glob("*.yaml")) + gherkin_rule_files(directory)
    for path in files:
        digest.update(shown_path(path, directory, "rules").encode("utf-8") + b"\0" + path.read_bytes() + b"\0")
    return digest.hexdigest()


def own_or_builtin(directory: Path, name: str) -> Path:
    """A rules folder's own regimes or dictionary file, else the built-in one: a folder of edited rules
    need not copy them."""
    return directory / name if (directory / name).is_file() else RULES_DIR / name


def rules_folder(arg: str) -> tuple[Path, str]:
    """`--rules DIR` → the folder of YAML rules and how messages name it. DIR is a rules folder (see
    yaml_rule_files and gherkin_rule_files) or a copy of the project holding rules/."""
    folder, shown = Path(arg), arg
    if not folder.is_dir():
        raise InputError([Problem(arg, None, "rules_dir_missing")])
    if (folder / "rules").is_dir():
        folder, shown = folder / "rules", (Path(arg) / "rules").as_posix()
    if not yaml_rule_files(folder) and not gherkin_rule_files(folder):
        raise InputError([Problem(arg, None, "rules_dir_empty")])
    return folder, shown


def shown_path(path: Path, directory: Path, shown: str) -> str:
    """A file as the user knows it: inside the rules folder they named `shown`, or next to it (features/…)."""
    path, directory = path.resolve(), directory.resolve()
    for base, prefix in ((directory, Path(shown)), (directory.parent, Path(shown).parent)):
        if path.is_relative_to(base):
            return (prefix / path.relative_to(base)).as_posix()
    return str(path)


def load_catalogue(directory: Path = RULES_DIR, gherkin_files: list[Path] | None = None,
                   shown: str = "rules") -> Catalogue:
    """Rules of directory/*.yaml and of the Gherkin rule files (by default gherkin_rule_files(directory)),
    checked together: a code is unique across both. Messages name the folder `shown`."""
    problems: list[Problem] = []
    rules: list[Rule] = []
    user = directory.resolve() != RULES_DIR.resolve()
    for path in yaml_rule_files(directory):
        rules += _load_rule_file(path, shown_path(path, directory, shown), problems)
    for rule in rules if user else ():
        rule.origin = "user"
    for path in gherkin_rule_files(directory) if gherkin_files is None else gherkin_files:
        found, bad = load_gherkin_file(path.resolve(), shown_path(path, directory, shown), directory)
        for rule in found if user or not path.resolve().is_relative_to(RULES_DIR.parent / GHERKIN_DIR) else ():
            rule.origin = "user"
        rules += found
        problems += bad
    regimes_file = own_or_builtin(directory, REGIMES_FILE)
    regimes = _load_regimes(regimes_file, shown_path(regimes_file, directory, shown), problems)
    coverage_file = own_or_builtin(directory, COVERAGE_FILE)
    coverage = _load_coverage(coverage_file, shown_path(coverage_file, directory, shown), problems)
    seen: dict[str, Rule] = {}
    for rule in rules:
        if rule.code in seen:
            problems.append(Problem(rule.file, rule.line, "rule_problem",
                                    {"code": rule.code, "reason": Message("duplicate_code", {"file": seen[rule.code].file})}))
        seen[rule.code] = rule
    if problems:
        raise InputError(problems)
    return Catalogue(rules, regimes, coverage, shown if user else None)


def _read_collecting(path: Path, name: str, problems: list[Problem]) -> tuple[object, SourceMap] | None:
    """A catalogue file's data, or None with its problems added: every file is reported, not the first."""
    try:
        return read_document(path, name)
    except InputError as exc:
        problems.extend(exc.problems)
        return None


def _load_regimes(path: Path, name: str, problems: list[Problem]) -> list[Regime]:
    if (read := _read_collecting(path, name, problems)) is None:
        return []
    data, source = read
    entries = data.get("regimes") if isinstance(data, dict) else None
    if not isinstance(entries, list):
        problems.append(source.problem("rule_problem", (), None, code="regimes", reason=Message("regimes_list")))
        return []
    regimes = []
    for i, entry in enumerate(entries):
        try:
            regimes.append(Regime.model_validate(entry))
        except ValidationError as exc:
            problems.extend(schema_problems(exc, source, ("regimes", i), None, Regime))
    regimes.sort(key=lambda r: r.in_force.start)
    for a, b in zip(regimes, regimes[1:]):
        if a.in_force.end is None or a.in_force.end >= b.in_force.start:
            problems.append(source.problem("rule_problem", ("regimes",), None, code=b.code,
                                           reason=Message("regimes_overlap", {"other": a.code})))
    return regimes


def _load_coverage(path: Path, name: str, problems: list[Problem]) -> CoverageSpec:
    if (read := _read_collecting(path, name, problems)) is None:
        return CoverageSpec(families={})
    data, source = read
    try:
        spec = CoverageSpec.model_validate(data)
    except ValidationError as exc:
        problems.extend(schema_problems(exc, source, (), None, CoverageSpec))
        return CoverageSpec(families={})
    return spec


def _load_rule_file(path: Path, name: str, problems: list[Problem]) -> list[Rule]:
    if (read := _read_collecting(path, name, problems)) is None:
        return []
    data, source = read
    if isinstance(data, dict):  # "x-…" keys only hold YAML anchors shared by rules of the file
        data = {k: v for k, v in data.items() if not (isinstance(k, str) and k.startswith("x-"))}
    try:
        spec = RuleFileSpec.model_validate(data)
    except ValidationError as exc:
        problems.extend(schema_problems(exc, source, (), None, RuleFileSpec))
        return []
    out = []
    for i, raw in enumerate(spec.rules):
        code = raw.get("code", f"#{i + 1}") if isinstance(raw, dict) else f"#{i + 1}"
        try:
            rule_spec = RuleSpec.model_validate(raw)
        except ValidationError as exc:
            problems.extend(schema_problems(exc, source, ("rules", i), code, RuleSpec))
            continue
        rule = Rule(rule_spec, name, source.line(("rules", i)), spec.source)
        if rule.province is None and all(b.scope for b in rule_spec.legal_basis):
            problems.append(source.problem("rule_problem", ("rules", i), code, code=code,
                                           reason=Message("rule_national_basis")))
            continue
        try:
            rule.variants = _variants(rule)
        except MessageError as exc:
            problems.append(source.problem("rule_problem", ("rules", i), code, code=code, reason=exc.message))
            continue
        out.append(rule)
    return out


def load_gherkin_file(path: Path, name: str, directory: Path = RULES_DIR) -> tuple[list[Rule], list[Problem]]:
    """The rules of a Gherkin rule file (compliance/gherkin.py), validated like YAML rules; problems at the block."""
    compiled, problems = compile_file(path, name, own_or_builtin(directory, DICTIONARY_FILE))
    out = []
    for c in compiled:
        code = c.raw["code"]
        try:
            spec = RuleSpec.model_validate(c.raw)
        except ValidationError as exc:   # worded as for a YAML rule, located at the block
            problems += [Problem(name, c.line, "rule_problem", {"code": code, "reason": Message(p.key, p.params)})
                         for p in schema_problems(exc, SourceMap(name), (), code, RuleSpec)]
            continue
        window = spec.in_force
        source = SourceSpec(document=spec.legal_basis[0].document, title=c.title,
                            in_force={"from": window.start, "to": window.end}, url=c.url)
        rule = Rule(spec, name, c.line, source)
        try:
            rule.variants = _variants(rule)
        except MessageError as exc:
            problems.append(Problem(name, c.bands_line or c.line, "rule_problem", {"code": code, "reason": exc.message}))
            continue
        out.append(rule)
    return out, problems


def _check_fields(rule: Rule, conds: list[Cond]) -> None:
    known = FACT_TYPES.get(rule.spec.fact)
    if known is None:
        raise MessageError("unknown_fact", fact=rule.spec.fact, known=", ".join(FACT_TYPES))
    for c in conds:
        for name in (c.field,) + (c.value.fields if isinstance(c.value, Expr) else ()):
            if name not in known:
                raise MessageError("unknown_fact_field", fact=rule.spec.fact, field=name, known=", ".join(known))
        domain = list(sector_names()) if c.field == "nganh" else _DOMAINS.get(c.field)
        values = c.value if c.op == "in" else (c.value,)
        if domain and not isinstance(c.value, Expr) and any(v not in domain for v in values):
            raise MessageError("unknown_values", field=c.field, values=", ".join(str(v) for v in values if v not in domain),
                               known=", ".join(map(str, domain)))


# what check.to_finding fills in every message, beside the fact's fields and context
MESSAGE_PARAMS = frozenset({"value", "limit", "band", "unit_name"})


def _check_message(rule: Rule) -> None:
    """Placeholders are filled at check time: one that names nothing, reaches into an attribute or index
    ({value.__class__}, {value[0]}) or carries a format spec ({value:>999999999}) would be printed as it
    is in every finding — refused here, when the rule is loaded."""
    known = set(FACT_TYPES.get(rule.spec.fact, {})) | CONTEXT_PARAMS.get(rule.spec.fact, frozenset()) | MESSAGE_PARAMS
    for lang in ("vi", "en"):
        for name in re.findall(r"\{([^{}]*)\}", rule.spec.message.get(lang) or ""):
            if re.sub(r"![rs]$", "", name) not in known:
                raise MessageError("message_placeholder", placeholder=f"{{{name}}}", known=", ".join(sorted(known)))


def _variants(rule: Rule) -> list[Variant]:
    _check_message(rule)
    spec = rule.spec
    if spec.compare is None and (spec.measure is not None or spec.limit is not None or spec.bands is not None):
        raise MessageError("rule_where_only")
    if spec.compare is not None and (spec.measure is None or (spec.limit is None) == (spec.bands is None)):
        raise MessageError("rule_compare_parts")
    where: list[Cond] = []
    for name, cell in spec.where.items():
        where += parse_cell(name, cell)
    _check_fields(rule, where + ([Cond(spec.measure, "eq", Expr())] if spec.measure else []))
    if spec.compare is None:
        return [Variant(rule, None, tuple(where), (), Expr())]
    if spec.bands is None:
        limit = parse_limit(spec.limit)
        _check_fields(rule, [Cond(spec.measure, "eq", limit)])
        return [Variant(rule, None, tuple(where), (), limit)]
    columns = spec.bands.columns
    if columns[-1] != "limit" or len(set(columns)) != len(columns):
        raise MessageError("bands_columns")
    _check_fields(rule, [Cond(name, "eq", Expr()) for name in columns[:-1]])  # names only
    variants = []
    for r, row in enumerate(spec.bands.rows, start=1):
        if len(row) != len(columns):
            raise MessageError("bands_row_cells", row=r, count=len(row), expected=len(columns), columns=", ".join(columns))
        row_conds: list[Cond] = []
        try:
            for name, cell in zip(columns[:-1], row[:-1]):
                row_conds += parse_cell(name, cell)
            limit = parse_limit(row[-1])
        except MessageError as exc:
            raise MessageError("bands_row", row=r, reason=exc.message) from None
        _check_fields(rule, row_conds + [Cond(spec.measure, "eq", limit)])
        variants.append(Variant(rule, r, tuple(where + row_conds), tuple(row_conds), limit))
    _check_table(spec, variants)
    return variants


# --- decision-table checks: no overlapping rows, no gaps unless declared ------------------

_DOMAINS = {"cls": [c.value for c in JurisdictionClass], "kind": [k.value for k in Kind],
            "parent_kind": [k.value for k in Kind], "nhom_tu_chu": [0, 1, 2, 3, 4], "parent_nhom_tu_chu": [1, 2, 3, 4],
            "dich_vu_co_ban": [True, False], "ngoai_le_cap_pho": [True, False], "level": ["tinh", "huyen", "xa"],
            "khung_pho_chu_tich": [*PHO_CHU_TICH_FRAMES, "chua_khai_bao"]}


def _interval(conds: list[Cond]) -> tuple[float, float]:
    lo, hi = -math.inf, math.inf
    for c in conds:
        v = c.value
        if c.op == "ge": lo = max(lo, v)
        elif c.op == "gt": lo = max(lo, math.floor(v) + 1)
        elif c.op == "le": hi = min(hi, v)
        elif c.op == "lt": hi = min(hi, math.ceil(v) - 1)
        elif c.op == "eq": lo, hi = max(lo, v), min(hi, v)
    return lo, hi


def _check_table(spec: RuleSpec, variants: list[Variant]) -> None:
    numeric = [c for c in spec.bands.columns[:-1] if c not in _DOMAINS]
    discrete = [c for c in spec.bands.columns[:-1] if c in _DOMAINS]
    if len(numeric) > 1:
        raise MessageError("bands_numeric_columns", columns=", ".join(numeric))

    def row_matches(v: Variant, combo: dict) -> bool:
        return all(c.holds(combo) for c in v.row_conditions if c.field in combo)

    for v in variants:
        bad = [c.value for c in v.row_conditions if c.field in numeric and
               (isinstance(c.value, bool) or not isinstance(c.value, (int, float)))]
        if bad:
            raise MessageError("bands_numeric_value", row=v.row, column=numeric[0], value=bad[0])
    combos = [dict(zip(discrete, values)) for values in itertools.product(*(_DOMAINS[d] for d in discrete))]
    for combo in combos or [{}]:
        if any(not c.holds(combo) for c in itertools.chain.from_iterable(
                parse_cell(k, x) for k, x in spec.where.items() if k in combo)):
            continue
        rows = [v for v in variants if row_matches(v, combo)]
        spans = sorted((_interval([c for c in v.row_conditions if c.field in numeric]), v.row) for v in rows)
        for (a, ra), (b, rb) in zip(spans, spans[1:]):
            if b[0] <= a[1]:
                raise MessageError("bands_overlap", first=ra, second=rb, case=_case(combo))
        if spec.bands.partial:
            continue
        reach = 0
        for (lo, hi), _ in spans:
            if lo > reach:
                break
            reach = max(reach, hi + 1)
        if reach != math.inf:
            raise MessageError("bands_gap", start=reach, case=_case(combo))


def _case(combo: dict) -> str | Message:
    """The values of the discrete columns a table check speaks of, e.g. 'cls = loai_1, kind = so'."""
    return ", ".join(f"{k} = {v}" for k, v in combo.items()) or Message("every_case")
