"""The conformance matrix (docs/conformance.md): norm → rule → status → scenarios, the first page a jurist reads.

Generated from the catalogue (each rule's legal basis, requirement, confidence and provenance), the
coverage data (rules/pham-vi-kiem-tra.yaml: what is not checked, when and why) and rules/chuan-muc.yaml
(other norms with no rule yet). `orgcheck rules conformance` writes it; a test fails when it is stale.
"""

from __future__ import annotations

import json
import re
from collections import defaultdict
from datetime import date
from pathlib import Path

from pydantic import BaseModel, ConfigDict, Field, ValidationError
from tabulate import tabulate

from .catalogue import NORMS_FILE, RANKS, Catalogue, Rule, own_or_builtin
from .gherkin import parse_document
from .messages import InputError, Message
from .model import RULES_DIR, schema_problems
from .norm_coverage import subject_label
from .source import read_document
from .text import vi_sort_key

FEATURES_DIR = RULES_DIR.parent / "features"


class Norm(BaseModel):
    """A norm of the law that orgcheck does not encode as a rule, and why."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    document: str = Field(min_length=1)
    article: str | None = None
    clause: str | None = None
    requires: str = Field(min_length=1)
    why: str = Field(min_length=1)


class NormsFile(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    norms: list[Norm] = []


def load_norms(directory: Path = RULES_DIR) -> list[Norm]:
    path = own_or_builtin(directory, NORMS_FILE)
    data, source = read_document(path, f"rules/{NORMS_FILE}")
    try:
        return NormsFile.model_validate(data).norms
    except ValidationError as exc:
        raise InputError(schema_problems(exc, source, (), None, NormsFile)) from None


def scenarios_by_rule(features: Path = FEATURES_DIR) -> dict[str, dict[str, int]]:
    """Rule code → feature file → number of scenarios that name the code (in a `Quy tắc: CODE` block,
    or in a step, table or example)."""
    out: dict[str, dict[str, int]] = defaultdict(lambda: defaultdict(int))
    for path in sorted(features.rglob("*.feature")):
        rel = path.relative_to(features.parent).as_posix()
        feature = parse_document(path, rel).get("feature") or {}
        blocks = [("", feature.get("children", []))] + [
            (c["rule"]["name"], c["rule"].get("children", [])) for c in feature.get("children", []) if "rule" in c]
        for title, children in blocks:
            for child in children:
                if "scenario" not in child:
                    continue
                text = title + " " + json.dumps(child["scenario"], ensure_ascii=False)
                for code in _codes_in(text):
                    out[code][rel] += 1
    return out


_CODE = re.compile(r"\b[A-Z][A-Z0-9]*(?:\.[A-Z0-9_]+)+\b")


def _codes_in(text: str) -> set[str]:
    return set(_CODE.findall(text))


def _period(start: date, end: date | None) -> str:
    return f"{start:%d/%m/%Y} – {end:%d/%m/%Y}" if end else f"từ {start:%d/%m/%Y}"


def _status(rule: Rule) -> str:
    prov = getattr(rule.spec, "provenance", None)
    read = ""
    if prov is not None and prov.url:
        read = f" — đọc tại {prov.url}" + (f" ngày {prov.read_on:%d/%m/%Y}" if prov.read_on else "")
    elif any(b.url for b in rule.legal_basis):
        read = " — văn bản: " + ", ".join(b.url for b in rule.legal_basis if b.url)
    if rule.confidence == "verified":
        return "đã xác minh" + read
    return "chưa xác minh (*)" + (f": {rule.confidence_note}" if rule.confidence_note else "") + read


def _cell(text: str) -> str:
    return text.replace("|", "\\|").replace("\n", " ")


def rule_rows(catalogue: Catalogue, scenarios: dict[str, dict[str, int]]) -> list[list[str]]:
    rows = []
    for rule in catalogue.rules:
        basis = rule.legal_basis[0]
        scope = f" (chỉ {rule.province.province})" if rule.province else ""
        found = scenarios.get(rule.code, {})
        level = RANKS.get(rule.source.rank) if rule.source.rank else None
        rows.append([level or 9, basis.document + scope, basis.article or "—", basis.clause or "—", rule.why.vi,
                     f"`{rule.code}`", _period(rule.window.start, rule.window.end), _status(rule),
                     "; ".join(f"{f} ({n})" for f, n in sorted(found.items())) or "không có"])
    rows.sort(key=lambda r: (r[0], vi_sort_key(r[1]), vi_sort_key(r[2]), r[5]))   # higher legal rank first
    return [[_cell(c) for c in row[1:]] for row in rows]


def render_conformance(catalogue: Catalogue, norms: list[Norm], scenarios: dict[str, dict[str, int]]) -> str:
    gaps = [[Message(f"family_{g.family}").text("vi"), ", ".join(subject_label(k, "vi") for k in g.kinds),
             _period(g.in_force.start, g.in_force.end), g.reason.vi] for g in catalogue.coverage.not_encoded]
    others = [[n.document, n.article or "—", n.clause or "—", n.requires, n.why] for n in norms]
    verified = sum(r.confidence == "verified" for r in catalogue.rules)
    return "\n".join([
        "# Bảng đối chiếu chuẩn mực pháp luật — Conformance matrix", "",
        ("Tạo bởi `orgcheck rules conformance`; không sửa tay (một kiểm thử báo khi tệp cũ). "
         "Generated; do not edit (a test fails when it is stale)."), "",
        ("Trang này cho biết, với mỗi chuẩn mực của pháp luật về tổ chức bộ máy: quy tắc nào của orgcheck kiểm tra "
         "nó, từ ngày nào, đã đối chiếu với văn bản gốc hay chưa, và kịch bản kiểm thử nào đặc tả nó; rồi những gì "
         "orgcheck **không** kiểm tra và vì sao. Báo cáo kiểm tra nêu đúng các mục «Không kiểm tra» này."), "",
        f"- {len(catalogue.rules)} quy tắc: {verified} đã xác minh, {len(catalogue.rules) - verified} chưa xác minh (*).",
        "- «đã xác minh»: ngưỡng và điều kiện đã được đối chiếu với văn bản (nguồn ghi kèm khi có).",
        "- «chưa xác minh (*)»: con số hoặc điều kiện chưa đối chiếu được với văn bản gốc; phát hiện mang dấu (*).",
        "- «chưa mã hóa»: pháp luật có chuẩn mực nhưng orgcheck không kiểm tra (hai bảng cuối).", "",
        "## 1. Chuẩn mực đã mã hóa thành quy tắc", "",
        ("Theo hiệu lực pháp lý, cao trước thấp sau (luật, nghị định, nghị quyết của Chính phủ, quyết định và kế "
         "hoạch của tỉnh; văn bản của Đảng là định hướng, xếp cuối). Khi quyết định của tỉnh cho phép nhiều hơn "
         "chuẩn mực quốc gia, phát hiện theo chuẩn mực quốc gia vẫn giữ nguyên và báo cáo nói văn bản nào được "
         "áp dụng."), "",
        tabulate(rule_rows(catalogue, scenarios),
                 ["Văn bản", "Điều", "Khoản, điểm", "Yêu cầu", "Quy tắc", "Hiệu lực", "Tình trạng", "Kịch bản"],
                 tablefmt="github"), "",
        "## 2. Không kiểm tra theo loại đơn vị và giai đoạn", "",
        "Từ `rules/pham-vi-kiem-tra.yaml`; xem theo một ngày: `orgcheck rules coverage --as-of NGÀY`.", "",
        tabulate(gaps, ["Nhóm quy tắc", "Loại đơn vị", "Giai đoạn", "Lý do"], tablefmt="github"), "",
        "## 3. Chuẩn mực khác chưa mã hóa", "",
        "Từ `rules/chuan-muc.yaml`.", "",
        tabulate([[_cell(c) for c in row] for row in others], ["Văn bản", "Điều", "Khoản, điểm", "Yêu cầu", "Vì sao chưa"],
                 tablefmt="github"), ""])


def conformance_text(catalogue: Catalogue, directory: Path = RULES_DIR) -> str:
    return render_conformance(catalogue, load_norms(directory), scenarios_by_rule())
