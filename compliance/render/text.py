"""The text layouts: the terminal table (`table`) and Markdown (`markdown`) share one layout and differ
in the grid. Deterministic byte for byte."""

from __future__ import annotations

from typing import TYPE_CHECKING

from tabulate import tabulate

from ..catalogue import Severity
from ..check import CheckResult, PlanResult
from ..targets import TargetRow, evaluate
from .common import (COUNT_LABELS, HEADERS, STATUS, TARGET_HEADERS, TASK_HEADERS, UNVERIFIED, plan_header,
                     change_text, code_cell, header_lines, target_rows, totals, unit_cell, wrap_cell)

if TYPE_CHECKING:  # the diff (and the proposal reader under it) is loaded only by `orgcheck diff`
    from ..diff import DiffResult


def render_check(result: CheckResult, fmt: str = "table", lang: str = "vi") -> str:
    lines = header_lines(result, lang)
    if fmt == "markdown":
        lines = [f"**{lines[0]}**", "", *(f"- {line}" for line in lines[1:])]
    lines.append("")
    rows = [[code_cell(f), f.severity.label(lang), unit_cell(f, lang), f.message[lang], f.legal_basis]
            for f in result.findings]
    if rows:
        if fmt == "markdown":
            rows = [[cell.replace("\n", "<br>").replace("|", "\\|") for cell in row] for row in rows]
            lines.append(tabulate(rows, HEADERS[lang], tablefmt="github", disable_numparse=True))
        else:
            widths = [None, None, 38, 48, 34]
            rows = [[wrap_cell(cell, width) for cell, width in zip(row, widths)] for row in rows]
            lines.append(tabulate(rows, HEADERS[lang], tablefmt="grid", disable_numparse=True))  # all text: no number sniffing
    else:
        lines.append("No findings." if lang == "en" else "Không có phát hiện nào.")
    lines.append("")
    counts = totals(result)
    summary = [[Severity(s).label(lang), n] for s, n in counts.items()] + \
              [["total" if lang == "en" else "tổng cộng", len(result.findings)]]
    lines.append(tabulate(summary, ["Severity", "Findings"] if lang == "en" else ["Mức độ", "Số phát hiện"],
                          tablefmt="github" if fmt == "markdown" else "simple"))
    lines += _targets_block(evaluate(result.org), lang, fmt)
    if any(f.confidence == "unverified" for f in result.findings):
        lines += ["", UNVERIFIED[lang]]
    return "\n".join(lines) + "\n"


def render_plan(result: PlanResult, fmt: str = "table", lang: str = "vi") -> str:
    lines = plan_header(result, lang)
    if fmt == "markdown":
        lines = [f"**{lines[0]}**", "", *(f"- {line}" for line in lines[1:])]
    rows = [[t.path, t.title, t.deadline or "—", "\n".join(t.leads) or "—", "\n".join(t.coordinators) or "—", t.line]
            for t in result.plan.tasks]
    findings = [[code_cell(f), f.severity.label(lang), f.subject_id, f.message[lang], f.legal_basis]
                for f in result.findings]
    headers = HEADERS[lang][:2] + (["Path"] if lang == "en" else ["Mục"]) + HEADERS[lang][3:]
    for table, head, widths in ((rows, TASK_HEADERS[lang], [None, 40, 24, 28, 28, None]),
                                (findings, headers, [None, None, None, 48, 34])):
        lines.append("")
        if not table:
            lines.append("No findings." if lang == "en" else "Không có phát hiện nào.")
        elif fmt == "markdown":
            table = [[str(c).replace("\n", "<br>").replace("|", "\\|") for c in row] for row in table]
            lines.append(tabulate(table, head, tablefmt="github"))
        else:
            lines.append(tabulate(table, head, tablefmt="grid", maxcolwidths=widths))
    lines.append("")
    summary = [[Severity(s).label(lang), n] for s, n in totals(result).items()] + \
              [["total" if lang == "en" else "tổng cộng", len(result.findings)]]
    lines.append(tabulate(summary, ["Severity", "Findings"] if lang == "en" else ["Mức độ", "Số phát hiện"],
                          tablefmt="github" if fmt == "markdown" else "simple"))
    if any(f.confidence == "unverified" for f in result.findings):
        lines += ["", UNVERIFIED[lang]]
    return "\n".join(lines) + "\n"


def _targets_block(rows: list[TargetRow], lang: str, fmt: str) -> list[str]:
    if not rows:
        return []
    title = "Reduction targets" if lang == "en" else "Chỉ tiêu tinh giản"
    return ["", f"**{title}**" if fmt == "markdown" else title, "", _grid(target_rows(rows, lang), TARGET_HEADERS[lang], fmt)]


def _grid(rows: list[list], headers: list[str], fmt: str) -> str:
    if fmt == "markdown":
        rows = [[str(c).replace("\n", "<br>").replace("|", "\\|") for c in row] for row in rows]
        return tabulate(rows, headers, tablefmt="github")
    return tabulate(rows, headers, tablefmt="grid", maxcolwidths=40)


def render_diff(d: DiffResult, fmt: str = "table", lang: str = "vi") -> str:
    en = lang == "en"
    before, after = d.before, d.after
    head = ([f"orgcheck — before/after comparison: {after.org.jurisdiction.name}",
             f"Before: {before.org.source.file} ({before.as_of:%d/%m/%Y}); after: {after.org.source.file} "
             f"({after.as_of:%d/%m/%Y})"] if en else
            [f"orgcheck — so sánh trước/sau: {after.org.jurisdiction.name}",
             f"Trước: {before.org.source.file} ({before.as_of:%d/%m/%Y}); sau: {after.org.source.file} "
             f"({after.as_of:%d/%m/%Y})"])
    if d.name:
        head.insert(1, ("Proposal: " if en else "Đề án: ") + d.name)
    if before.regime.code != after.regime.code:  # then some rows change because the law did, not the structure
        head.append(f"Legal regimes differ: {before.regime.name.en} → {after.regime.name.en}" if en else
                    f"Chế độ pháp lý khác nhau: {before.regime.name.vi} → {after.regime.name.vi}; "
                    "một số thay đổi do pháp luật, không do cơ cấu")
    lines = [f"**{head[0]}**", "", *(f"- {x}" for x in head[1:])] if fmt == "markdown" else head
    lines.append("")
    rows = [[STATUS[r.status][en], code_cell(r.finding), unit_cell(r.finding, lang), r.finding.message[lang]]
            for r in d.rows]
    headers = ["Status", "Rule", "Unit", "Finding"] if en else ["Tình trạng", "Mã quy tắc", "Đơn vị", "Phát hiện"]
    lines.append(_grid(rows, headers, fmt) if rows else ("No findings." if en else "Không có phát hiện nào."))
    lines.append("")
    totals = d.totals()
    lines.append(tabulate([[STATUS[s][en], n] for s, n in totals.items()],
                          ["Status", "Findings"] if en else ["Tình trạng", "Số phát hiện"],
                          tablefmt="github" if fmt == "markdown" else "simple"))
    title = "Units changed" if en else "Đơn vị thay đổi"
    lines += ["", f"**{title}**" if fmt == "markdown" else title, ""]
    unit_rows = [[f"{c.name} ({c.unit_id})", change_text(c, lang), c.staff_before, c.staff_after,
                  c.deputies_before, c.deputies_after] for c in d.units]
    unit_headers = (["Unit", "Change", "Staff before", "Staff after", "Deputies before", "Deputies after"] if en else
                    ["Đơn vị", "Thay đổi", "Biên chế/người trước", "Sau", "Cấp phó trước", "Sau"])
    lines.append(_grid(unit_rows, unit_headers, fmt) if unit_rows else ("No unit changed." if en else "Không đơn vị nào thay đổi."))
    title = "Totals" if en else "Tổng số"
    lines += ["", f"**{title}**" if fmt == "markdown" else title, ""]
    count_rows = [[COUNT_LABELS[k][en], d.counts_before[k], d.counts_after[k], d.counts_after[k] - d.counts_before[k]]
                  for k in COUNT_LABELS]
    lines.append(_grid(count_rows, ["", "Before", "After", "Change"] if en else ["", "Trước", "Sau", "Chênh lệch"], fmt))
    lines += _targets_block(d.targets, lang, fmt)
    if any(r.finding.confidence == "unverified" for r in d.rows):
        lines += ["", UNVERIFIED[lang]]
    return "\n".join(lines) + "\n"


