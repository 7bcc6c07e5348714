"""Reduction targets (chỉ tiêu tinh giản, rules/chi-tieu.yaml) measured on an organization.

Current counts come from the structure:
- don_vi_su_nghiep: the public service units (kind dvsncl);
- bien_che_cong_chuc: the biên chế of the administrative units directly under a People's
  Committee (a sở's figure already includes its divisions and sub-departments);
- nguoi_lam_viec_nsnn: the người làm việc of public service units in autonomy groups 3 and 4
  (partly or fully budget-financed, NĐ 60/2021) or with no group given — groups 1–2 pay their
  recurrent spending themselves.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Annotated, Literal

from pydantic import Field, ValidationError

from .messages import InputError
from .text import province_key
from .model import COMMITTEE_KINDS, RULES_DIR, Kind, Org, Text, _Strict, read_document, schema_problems

TARGETS = RULES_DIR / "chi-tieu.yaml"
Measure = Literal["don_vi_su_nghiep", "bien_che_cong_chuc", "nguoi_lam_viec_nsnn"]


class Bilingual(_Strict):
    vi: Text
    en: Text


class Target(_Strict):
    code: Text
    measure: Measure
    base_year: Annotated[int, Field(strict=True, ge=2000, le=2100)]
    period: Text
    reduction_percent: Annotated[float, Field(gt=0, le=100)]
    title: Bilingual
    legal_basis: Text
    source: Literal["law", "plan"]
    confidence: Literal["verified", "unverified"]
    confidence_note: Text | None = None
    province: Text | None = None      # a province's own target (its plan): shown only for that province


class _TargetsFile(_Strict):
    targets: list[Target]


def load_targets() -> list[Target]:
    data, source = read_document(TARGETS, f"rules/{TARGETS.name}")
    try:
        return _TargetsFile.model_validate(data).targets
    except ValidationError as exc:
        raise InputError(schema_problems(exc, source, (), None, _TargetsFile)) from None


def counts(org: Org) -> dict[str, int]:
    units = org.units
    committees = {u.id for u in units.values() if u.kind in COMMITTEE_KINDS}
    public = [u for u in units.values() if u.kind is Kind.DVSNCL]
    return {
        "don_vi_su_nghiep": len(public),
        "bien_che_cong_chuc": sum(u.bien_che or 0 for u in units.values()
                                  if u.staff_field == "bien_che" and u.parent in committees),
        "nguoi_lam_viec_nsnn": sum(u.nguoi_lam_viec or 0 for u in public if u.nhom_tu_chu in (None, 3, 4)),
    }


@dataclass(frozen=True)
class TargetRow:
    target: Target
    count: int
    base: int | None                 # None: the file gives no count for the base year
    change_percent: float | None
    met: bool | None

    def as_dict(self, lang: str) -> dict:
        t = self.target
        return {"code": t.code, "title": getattr(t.title, lang), "measure": t.measure, "base_year": t.base_year,
                "period": t.period, "count": self.count, "baseline": self.base,
                "change_percent": self.change_percent, "required_percent": -t.reduction_percent,
                "met": self.met, "legal_basis": t.legal_basis, "source": t.source, "confidence": t.confidence,
                "confidence_note": t.confidence_note}


def evaluate(org: Org, baseline_counts: list | None = None) -> list[TargetRow]:
    """Target rows, or [] when the organization gives no baseline counts at all."""
    years = {b.year: b for b in (org.baseline if baseline_counts is None else baseline_counts)}
    if not years:
        return []
    now = counts(org)
    rows = []
    provinces = set(org.provinces.values())
    for t in load_targets():
        if t.province and province_key(t.province) not in provinces:
            continue
        base = getattr(years[t.base_year], t.measure) if t.base_year in years else None
        if base:
            change = round((now[t.measure] - base) / base * 100, 2)
            rows.append(TargetRow(t, now[t.measure], base, change, change <= -t.reduction_percent))
        else:
            rows.append(TargetRow(t, now[t.measure], base, None, None))
    return rows
