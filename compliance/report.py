"""Rendering a CheckResult: terminal table, JSON, Markdown. Deterministic byte for byte."""

from __future__ import annotations

import json
import textwrap

from tabulate import tabulate

from .catalogue import Severity
from .check import CheckResult, Finding
from .model import CLASS_LABELS

UNVERIFIED = {"vi": "(*) ngưỡng chưa được xác minh với văn bản gốc",
              "en": "(*) threshold not verified against the original legal text"}
HEADERS = {"vi": ["Mã quy tắc", "Mức độ", "Đơn vị", "Phát hiện", "Căn cứ pháp lý"],
           "en": ["Rule", "Severity", "Unit", "Finding", "Legal basis"]}


def totals(result: CheckResult) -> dict[str, int]:
    counts = {s.value: 0 for s in Severity}
    for f in result.findings:
        counts[f.severity.value] += 1
    return counts


def _header(result: CheckResult, lang: str) -> list[str]:
    j = result.org.jurisdiction
    cls = CLASS_LABELS[j.cls.value][lang == "en"]
    regime = result.regime
    if lang == "en":
        return [f"orgcheck — compliance check: {j.name} ({cls}), as of {result.as_of:%d/%m/%Y}",
                f"Source: {result.org.source.file}",
                f"Legal regime: {regime.name.en} ({regime.period()})",
                f"Documents in force: {'; '.join(result.documents)} ({len(result.rules)} rules)"]
    return [f"orgcheck — kiểm tra tuân thủ: {j.name} ({cls}), ngày {result.as_of:%d/%m/%Y}",
            f"Tệp: {result.org.source.file}",
            f"Chế độ pháp lý: {regime.name.vi} ({regime.period()})",
            f"Văn bản áp dụng: {'; '.join(result.documents)} ({len(result.rules)} quy tắc)"]


def _unit_cell(f: Finding, lang: str) -> str:
    where = " › ".join(f.path[:-1]) if f.subject_type == "unit" else ("Task" if lang == "en" else "Nhiệm vụ")
    return f"{f.subject_name} ({f.subject_id})" + (f"\n{where}" if where else "")


def _code(f: Finding) -> str:
    return f.code + (" (*)" if f.confidence == "unverified" else "")


def _wrap(cell: str, width: int | None) -> str:
    """What tabulate's maxcolwidths does (same output on NFC text), without its per-character width
    measurement: 2-3× faster on large reports."""
    if width is None:
        return cell
    return "\n".join(line for part in cell.split("\n") for line in (textwrap.wrap(part, width) or [""]))


def render_table(result: CheckResult, lang: str = "vi", fmt: str = "table") -> str:
    lines = _header(result, lang)
    if fmt == "markdown":
        lines = [f"**{lines[0]}**", "", *(f"- {line}" for line in lines[1:])]
    lines.append("")
    rows = [[_code(f), f.severity.label(lang), _unit_cell(f, lang), f.message[lang], f.legal_basis]
            for f in result.findings]
    if rows:
        if fmt == "markdown":
            rows = [[cell.replace("\n", "<br>").replace("|", "\\|") for cell in row] for row in rows]
            lines.append(tabulate(rows, HEADERS[lang], tablefmt="github"))
        else:
            widths = [None, None, 38, 48, 34]
            rows = [[_wrap(cell, width) for cell, width in zip(row, widths)] for row in rows]
            lines.append(tabulate(rows, HEADERS[lang], tablefmt="grid"))
    else:
        lines.append("No findings." if lang == "en" else "Không có phát hiện nào.")
    lines.append("")
    counts = totals(result)
    summary = [[Severity(s).label(lang), n] for s, n in counts.items()] + \
              [["total" if lang == "en" else "tổng cộng", len(result.findings)]]
    lines.append(tabulate(summary, ["Severity", "Findings"] if lang == "en" else ["Mức độ", "Số phát hiện"],
                          tablefmt="github" if fmt == "markdown" else "simple"))
    if any(f.confidence == "unverified" for f in result.findings):
        lines += ["", UNVERIFIED[lang]]
    return "\n".join(lines) + "\n"


def render_json(result: CheckResult, lang: str = "vi") -> str:
    j = result.org.jurisdiction
    doc = {
        "jurisdiction": {"name": j.name, "class": j.cls.value, "level": j.level},
        "as_of": result.as_of.isoformat(),
        "regime": {"code": result.regime.code, "name": result.regime.name.get(lang),
                   "from": result.regime.in_force.start.isoformat(),
                   "to": result.regime.in_force.end.isoformat() if result.regime.in_force.end else None},
        "source": result.org.source.file,
        "documents": result.documents,
        "rules_applied": sorted(r.code for r in result.rules),
        "totals": totals(result),
        "findings": [f.as_dict(lang) for f in result.findings],
    }
    return json.dumps(doc, ensure_ascii=False, indent=2) + "\n"


def render(result: CheckResult, fmt: str = "table", lang: str = "vi") -> str:
    if fmt == "json":
        return render_json(result, lang)
    return render_table(result, lang, fmt)
