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

import itertools
import math
import re
from dataclasses import dataclass, field
from datetime import date
from enum import Enum
from functools import cached_property
from pathlib import Path
from typing import Any

from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator

from .facts import FACT_TYPES
from .messages import InputError, Message, MessageError, Problem
from .model import (CLASS_LABELS, KINDS, PHO_CHU_TICH_FRAMES, RULES_DIR, JurisdictionClass, Kind, parse_date,
                    schema_problems, sector_names)
from .source import SourceMap, read_document


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


class LegalBasis(_Strict):
    document: str = Field(min_length=1)
    article: str | None = None
    clause: str | None = None
    url: str | None = None

    def text(self) -> str:
        """Vietnamese citation order, 'điểm b khoản 2 Điều 5 Nghị định …'; a descriptive note
        (a principle, a task of a plan) follows the document in brackets."""
        numbered = self.clause and self.clause.split()[0].lower() in ("điểm", "khoản")
        head = " ".join(p for p in ((self.clause if numbered else None), self.article, self.document) if p)
        return head + (f" ({self.clause})" if self.clause and not numbered else "")


class InForce(_Strict):
    start: date = Field(alias="from")
    end: date | None = Field(default=None, alias="to")

    model_config = ConfigDict(extra="forbid", frozen=True, populate_by_name=True)
    _dates = field_validator("start", "end", mode="before")(parse_date)

    def covers(self, day: date) -> bool:
        return self.start <= day and (self.end is None or day <= self.end)


class Bands(_Strict):
    columns: list[str] = Field(min_length=2)
    rows: list[list[Any]] = Field(min_length=1)
    partial: str | None = None   # why some values have no row (e.g. "nhóm 1: theo đề án tự chủ")


class Transition(_Strict):
    """Deputies above the cap after a reorganization are tolerated for `years` from the decision."""

    years: int = Field(ge=1, le=20)
    legal_basis: list[LegalBasis] = Field(min_length=1)
    since: date | None = None   # the tolerance exists in law only for checks from this date

    _since = field_validator("since", mode="before")(parse_date)


class Provenance(_Strict):
    """The text actually read for a rule: where, when, the clause as read, and when someone last
    confirmed it still in force. Keeps the basis inside the project (docs/rules-format.md)."""

    url: str = Field(pattern=r"^https?://")
    read_on: date
    quote: str = Field(min_length=1)
    reviewed_on: date

    _dates = field_validator("read_on", "reviewed_on", mode="before")(parse_date)


class RuleSpec(_Strict):
    code: str = Field(pattern=r"^[A-Z][A-Z0-9]*(\.[A-Z0-9_]+)+$")
    family: str = Field(pattern=r"^(tieu_chi|cap_pho|chuc_nang|chu_tri|co_cau)$")
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
    message: I18n
    hint: I18n | None = None
    why: I18n
    feature: str


class SourceSpec(_Strict):
    document: str
    title: str
    in_force: InForce
    url: str | None = None
    notes: str | None = None


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

    def __getattr__(self, name: str):
        return getattr(self.spec, name)

    @property
    def window(self) -> InForce:
        return self.spec.in_force or self.source.in_force

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
    not_encoded: I18n | None = None   # what this regime's law says that orgcheck does not check

    def period(self, lang: str = "vi") -> str:
        end = f"{self.in_force.end:%d/%m/%Y}" if self.in_force.end else "…"
        return f"{self.in_force.start:%d/%m/%Y} – {end}"


@dataclass
class Catalogue:
    rules: list[Rule]
    regimes: list[Regime] = field(default_factory=list)

    def by_code(self, code: str) -> Rule | None:
        return next((r for r in self.rules if r.code == code), None)

    def in_force(self, day: date) -> list[Rule]:
        return [r for r in self.rules if r.window.covers(day)]

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
NOT_RULES = {REGIMES_FILE, "tu-dien-truong.yaml", TARGETS_FILE}  # regimes, Gherkin dictionary, targets
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
    from .gherkin import compile_file   # gherkin.py builds on this module's RuleSpec and _variants

    problems: list[Problem] = []
    rules: list[Rule] = []
    for path in yaml_rule_files(directory):
        rules += _load_rule_file(path, shown_path(path, directory, shown), problems)
    for path in gherkin_rule_files(directory) if gherkin_files is None else gherkin_files:
        found, bad = compile_file(path.resolve(), shown_path(path, directory, shown), directory)
        rules += found
        problems += bad
    regimes_file = own_or_builtin(directory, REGIMES_FILE)
    regimes = _load_regimes(regimes_file, shown_path(regimes_file, directory, shown), problems)
    seen: dict[str, Rule] = {}
    for rule in rules:
        if rule.code in seen:
            problems.append(Problem(rule.file, rule.line, "rule_problem",
                                    {"code": rule.code, "reason": Message("duplicate_code", {"file": seen[rule.code].file})}))
        seen[rule.code] = rule
    if problems:
        raise InputError(problems)
    return Catalogue(rules, regimes)


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
        try:
            rule.variants = _variants(rule)
        except MessageError as exc:
            problems.append(source.problem("rule_problem", ("rules", i), code, code=code, reason=exc.message))
            continue
        out.append(rule)
    return out


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


def _variants(rule: Rule) -> list[Variant]:
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
