"""Waivers (miễn trừ): a finding the competent authority has approved, by decision, until a date.

A waiver names a rule (code or code prefix), a unit (id, or its path of names joined by " › "),
the reason, the deciding document (number, date, issuer) and its validity. On the checked date:
- a valid waiver moves the matching findings to the "Được miễn trừ" section (not counted toward the
  exit code);
- an expired one (the check's date after `until`) gives the finding back, its message saying since
  when the waiver lapsed;
- a waiver that matched no finding at all is itself a finding (MT.KHONG_SU_DUNG), like ruff's unused
  noqa, so stale waivers do not pile up.
Validity is read on the check's date (the structure's, or --as-of), as the rules are. A waiver without
a reason or a deciding document is refused when the file is read.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from datetime import date

from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator

from .catalogue import Severity
from .check import Finding
from .messages import InputError, Problem
from .model import parse_date, schema_problems
from .source import read_document
from .text import vi_sort_key

UNUSED_CODE = "MT.KHONG_SU_DUNG"


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", str_strip_whitespace=True, frozen=True, populate_by_name=True)


class Decision(_Strict):
    number: str = Field(min_length=1)          # số hiệu, e.g. "123/QĐ-UBND"
    date: date
    issuer: str = Field(min_length=1)          # cơ quan ban hành

    _date = field_validator("date", mode="before")(parse_date)

    def text(self) -> str:
        return f"{self.number} ngày {self.date:%d/%m/%Y} của {self.issuer}"


class WaiverSpec(_Strict):
    rule: str = Field(min_length=1)
    unit: str = Field(min_length=1)
    reason: str = Field(min_length=1)
    decision: Decision
    valid_from: date | None = Field(default=None, alias="from")
    until: date | None = None

    _dates = field_validator("valid_from", "until", mode="before")(parse_date)


class WaiversFile(_Strict):
    waivers: list[dict] = Field(min_length=1)


@dataclass(frozen=True)
class Waiver:
    spec: WaiverSpec
    file: str
    line: int | None

    def matches(self, f: Finding) -> bool:
        code = self.spec.rule
        if not (f.code == code or f.code.startswith(code + ".")):
            return False
        unit = self.spec.unit
        return unit == f.subject_id or unit == " › ".join(f.path)

    def state(self, day: date) -> str:
        if self.spec.valid_from and day < self.spec.valid_from:
            return "not_yet"
        if self.spec.until and day > self.spec.until:
            return "expired"
        return "valid"

    def as_dict(self) -> dict:
        s = self.spec
        return {"rule": s.rule, "unit": s.unit, "reason": s.reason,
                "decision": {"number": s.decision.number, "date": s.decision.date.isoformat(),
                             "issuer": s.decision.issuer},
                "from": s.valid_from.isoformat() if s.valid_from else None,
                "until": s.until.isoformat() if s.until else None, "file": self.file, "line": self.line}


def load_waivers(path: str) -> list[Waiver]:
    """A waivers file (YAML/JSON), or the «Miễn trừ» sheet of a workbook — its own, or the organization's."""
    data, source = read_document(path)
    if str(path).lower().endswith(".xlsx"):   # the other sheets of an organization workbook are not waivers
        data = {"waivers": data.get("waivers", []) if isinstance(data, dict) else []}
    try:
        top = WaiversFile.model_validate(data if isinstance(data, dict) else {"waivers": data})
    except ValidationError as exc:
        raise InputError(schema_problems(exc, source, (), None, WaiversFile)) from None
    problems: list[Problem] = []
    out = []
    for i, item in enumerate(top.waivers):
        try:
            spec = WaiverSpec.model_validate(item)
        except ValidationError as exc:
            problems += schema_problems(exc, source, ("waivers", i), None, WaiverSpec)
            continue
        except TypeError:
            problems.append(source.problem("mapping_type", ("waivers", i), field=f"waivers[{i}]", value=item))
            continue
        if spec.valid_from and spec.until and spec.until < spec.valid_from:
            problems.append(source.problem("waiver_window", ("waivers", i), start=f"{spec.valid_from:%d/%m/%Y}",
                                           end=f"{spec.until:%d/%m/%Y}"))
            continue
        out.append(Waiver(spec, source.file, source.line(("waivers", i))))
    if problems:
        raise InputError(problems)
    return out


@dataclass(frozen=True)
class Waived:
    finding: Finding
    waiver: Waiver


@dataclass
class WaiverOutcome:
    findings: list[Finding]      # still counted: unwaived, expired waivers given back, unused waivers
    waived: list[Waived]


EXPIRED = {"vi": " — miễn trừ theo {decision} đã hết hiệu lực từ ngày {day}",
           "en": " — the waiver under {decision} lapsed on {day}"}
NOT_YET = {"vi": " — miễn trừ theo {decision} chỉ có hiệu lực từ ngày {day}",
           "en": " — the waiver under {decision} only applies from {day}"}


def waive(result, waivers: list[Waiver], report_unused: bool = True) -> None:
    """Apply the waivers to a CheckResult or PlanResult in place, on its own date."""
    outcome = apply_waivers(result.findings, waivers, result.as_of, report_unused)
    result.findings, result.waived = outcome.findings, outcome.waived


def apply_waivers(findings: list[Finding], waivers: list[Waiver], day: date,
                  report_unused: bool = True) -> WaiverOutcome:
    used: set[int] = set()
    kept: list[Finding] = []
    waived: list[Waived] = []
    for f in findings:
        matching = [(i, w) for i, w in enumerate(waivers) if w.matches(f)]
        used.update(i for i, _ in matching)
        valid = next((w for _, w in matching if w.state(day) == "valid"), None)
        if valid:
            waived.append(Waived(f, valid))
        elif matching:
            kept.append(_lapsed(f, matching[0][1], day))
        else:
            kept.append(f)
    if report_unused:
        kept += [_unused(w) for i, w in enumerate(waivers) if i not in used]
    kept.sort(key=lambda f: f.sort_key)
    return WaiverOutcome(kept, waived)


def _lapsed(f: Finding, w: Waiver, day: date) -> Finding:
    state = w.state(day)
    text, when = (EXPIRED, w.spec.until) if state == "expired" else (NOT_YET, w.spec.valid_from)
    message = {lang: f.message[lang] + text[lang].format(decision=w.spec.decision.number, day=f"{when:%d/%m/%Y}")
               for lang in f.message}
    return dataclasses.replace(f, message=message)


def _unused(w: Waiver) -> Finding:
    s = w.spec
    message = {"vi": f"miễn trừ «{s.rule}» cho «{s.unit}» (theo {s.decision.number}) không khớp phát hiện nào: "
                     "đã hết đối tượng hoặc ghi sai mã/đơn vị",
               "en": f"waiver '{s.rule}' for '{s.unit}' (under {s.decision.number}) matched no finding: "
                     "its subject is gone or the code/unit is wrong"}
    hint = {"vi": "xóa miễn trừ khỏi tệp hoặc sửa mã quy tắc / mã đơn vị", "en": "remove it or fix its rule code / unit"}
    return Finding(UNUSED_CODE, Severity.WARNING, "mien_tru", "waiver", s.unit, s.unit,
                   ("Miễn trừ", f"{w.file}:{w.line}" if w.line else w.file), w.line, None, None, message, hint,
                   s.decision.text(), "verified", None,
                   sort_key=(2, vi_sort_key(w.file), w.line or 0, vi_sort_key(s.rule), vi_sort_key(s.unit)))

