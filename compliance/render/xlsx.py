"""Excel workbook (openpyxl): an information sheet, the findings (one row per finding; for a diff one
sheet each for new, resolved and persisting), a summary sheet, and a sheet per other table (targets,
unit changes, plan tasks). Header rows frozen and filtered, severities coloured, widths fitted.

Text is never a formula: a value starting with = + - @ (or a tab or CR) is stored as a string with
Excel's quote prefix, so neither opening nor editing the cell evaluates it. The same report gives the
same bytes: document properties are dated by the report, zip entries by a fixed date.
"""

from __future__ import annotations

import io
from datetime import datetime
from zipfile import ZIP_DEFLATED, ZipFile

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter
from openpyxl.writer.excel import ExcelWriter

from ..ooxml import stable_zip
from .common import STATUS
from .csv import FORMULA_START
from .model import Report, Section, finding_columns, finding_values

SEVERITY_FILL = {"error": "FFC7CE", "warning": "FFEB9C", "transitional": "E4DFEC", "guidance": "DDEBF7",
                 "info": "EDEDED"}
HEADER_FILL = PatternFill("solid", fgColor="D9D9D9")
WIDEST = 60          # characters; longer text wraps inside the cell
SUMMARY_KEYS = ("summary", "by_family", "by_unit", "counts")
BAD_SHEET_CHARS = str.maketrans({c: " " for c in "[]:*?/\\"})


def render_xlsx(report: Report) -> bytes:
    wb = Workbook()
    info = wb.active
    info.title = "Thông tin" if report.lang == "vi" else "Information"
    _info_sheet(info, report)
    summary = None
    for section in report.sections:
        if section.key == "note":
            info.append([section.text])
        elif section.key == "findings":
            _finding_sheets(wb, report)
        elif section.key in SUMMARY_KEYS and section.table is not None:
            if summary is None:
                summary = wb.create_sheet("Tổng hợp" if report.lang == "vi" else "Summary")
            _summary_block(summary, section)
        elif section.table is not None:
            ws = wb.create_sheet(_sheet_name(section.title))
            _table(ws, section.table.headers, section.table.rows)
    _fit_widths(info, {0: WIDEST * 2})
    if summary is not None:
        _fit_widths(summary)
    stamp = datetime(report.as_of.year, report.as_of.month, report.as_of.day)
    wb.properties.creator = "orgcheck"
    wb.properties.created = wb.properties.modified = stamp
    raw = io.BytesIO()
    with ZipFile(raw, "w", ZIP_DEFLATED) as archive:
        ExcelWriter(wb, archive).save()  # not save_workbook(): it stamps `modified` with the clock
    return stable_zip(raw.getvalue())


def _info_sheet(ws, report: Report) -> None:
    ws.append([report.title])
    ws["A1"].font = Font(bold=True, size=13)
    for line in report.header:
        ws.append([line])
    if report.documents:
        ws.append([])
        ws.append(["Văn bản áp dụng" if report.lang == "vi" else "Documents applied"])
        ws.cell(ws.max_row, 1).font = Font(bold=True)
        for doc in report.documents:
            ws.append([doc])
    ws.append([])


def _finding_sheets(wb: Workbook, report: Report) -> None:
    en = report.lang == "en"
    if report.kind != "diff":
        groups = [("Phát hiện" if not en else "Findings", report.records)]
    else:
        groups = [(STATUS[s][en].capitalize(), [r for r in report.records if r.status == s])
                  for s in ("moi", "da_khac_phuc", "con_ton_tai")]
    for title, records in groups:
        ws = wb.create_sheet(_sheet_name(title))
        headers = finding_columns(report.lang)
        _table(ws, headers, [finding_values(r, report.lang) for r in records])
        severity = headers.index("Mức độ" if not en else "Severity") + 1
        for row, record in enumerate(records, start=2):
            ws.cell(row, severity).fill = PatternFill("solid", fgColor=SEVERITY_FILL[record.finding.severity.value])


def _table(ws, headers: list[str], rows: list[list]) -> None:
    ws.append(headers)
    for cell in ws[ws.max_row]:
        cell.font = Font(bold=True)
        cell.fill = HEADER_FILL
    for row in rows:
        ws.append(row)
        for cell in ws[ws.max_row]:
            _as_text(cell)
    ws.freeze_panes = "A2"
    if rows:
        ws.auto_filter.ref = f"A1:{get_column_letter(len(headers))}{len(rows) + 1}"
    _fit_widths(ws)


def _summary_block(ws, section: Section) -> None:
    if ws.max_row > 1:
        ws.append([])
    ws.append([section.title])
    ws.cell(ws.max_row, 1).font = Font(bold=True, size=12)
    ws.append(section.table.headers)
    for cell in ws[ws.max_row]:
        cell.font = Font(bold=True)
        cell.fill = HEADER_FILL
    for row in section.table.rows:
        ws.append(row)
        for cell in ws[ws.max_row]:
            _as_text(cell)


def _as_text(cell) -> None:
    value = cell.value
    if isinstance(value, str):
        if "\n" in value:
            cell.alignment = Alignment(wrap_text=True, vertical="top")
        if value.startswith(FORMULA_START):
            cell.data_type = "s"                       # openpyxl took it for a formula
            cell.alignment = Alignment(wrap_text="\n" in value, vertical="top")
            cell._style.quotePrefix = True             # Excel keeps it text even when the cell is edited


def _fit_widths(ws, caps: dict[int, int] | None = None) -> None:
    widths: dict[int, int] = {}
    for row in ws.iter_rows():
        for cell in row:
            if cell.value is not None:
                longest = max(len(line) for line in str(cell.value).split("\n"))
                widths[cell.column] = max(widths.get(cell.column, 0), longest)
    for column, width in widths.items():
        cap = (caps or {}).get(column - 1, WIDEST)
        ws.column_dimensions[get_column_letter(column)].width = min(width, cap) + 2
        if width > cap:
            for (cell,) in ws.iter_rows(min_col=column, max_col=column, min_row=2):
                if isinstance(cell.value, str):
                    cell.alignment = Alignment(wrap_text=True, vertical="top")


def _sheet_name(title: str) -> str:
    return title.translate(BAD_SHEET_CHARS)[:31]
