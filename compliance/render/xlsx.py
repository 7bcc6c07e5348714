"""Excel workbook (openpyxl): an information sheet (header lines, documents, text sections), the findings (one row per finding; for a diff one
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
    summaries = [s for s in report.sections if s.key in SUMMARY_KEYS and s.table is not None]
    for section in report.sections:
        if section.key == "findings":
            _finding_sheets(wb, report)
        elif summaries and section is summaries[0]:  # all summaries on one sheet, where the first one stands
            _summary_sheet(wb.create_sheet("Tổng hợp" if report.lang == "vi" else "Summary"), summaries)
        elif section.table is not None and section.key not in SUMMARY_KEYS:
            _table(wb.create_sheet(_sheet_name(section.title)), section.table.headers, section.table.rows)
    stamp = datetime(report.as_of.year, report.as_of.month, report.as_of.day)
    wb.properties.creator = "orgcheck"
    wb.properties.created = wb.properties.modified = stamp
    raw = io.BytesIO()
    with ZipFile(raw, "w", ZIP_DEFLATED) as archive:
        ExcelWriter(wb, archive).save()  # not save_workbook(): it stamps `modified` with the clock
    return stable_zip(raw.getvalue())


def _info_sheet(ws, report: Report) -> None:
    """The title, the header lines, the documents applied and the notes, one per row."""
    rows = [[report.title], *([line] for line in report.header)]
    if report.documents:
        rows += [[], ["Văn bản áp dụng" if report.lang == "vi" else "Documents applied"], *([d] for d in report.documents)]
    rows += [[], *([s.text] for s in report.sections if s.table is None and s.text)]  # notes, and any text section
    for row in rows:
        ws.append(row)
    ws["A1"].font = Font(bold=True, size=13)
    if report.documents:
        ws.cell(len(report.header) + 3, 1).font = Font(bold=True)
    _fit_widths(ws, rows, {0: WIDEST * 2})


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
    """Headers in row 1 (bold, frozen, filtered), then the rows."""
    _header_row(ws, 1, headers)
    for number, row in enumerate(rows, start=2):
        ws.append(row)
        _as_text(ws, number, row)
    ws.freeze_panes = "A2"
    if rows:
        ws.auto_filter.ref = f"A1:{get_column_letter(len(headers))}{len(rows) + 1}"
    _fit_widths(ws, [headers, *rows])


def _header_row(ws, number: int, headers: list[str]) -> None:
    ws.append(headers)
    for column in range(1, len(headers) + 1):
        cell = ws.cell(number, column)
        cell.font = Font(bold=True)
        cell.fill = HEADER_FILL


def _summary_sheet(ws, sections: list[Section]) -> None:
    """Each summary under its title, a blank row between them."""
    rows: list[list] = []
    for section in sections:
        ws.append([section.title])
        ws.cell(len(rows) + 1, 1).font = Font(bold=True, size=12)
        _header_row(ws, len(rows) + 2, section.table.headers)
        for number, row in enumerate(section.table.rows, start=len(rows) + 3):
            ws.append(row)
            _as_text(ws, number, row)
        ws.append([])
        rows += [[section.title], section.table.headers, *section.table.rows, []]
    _fit_widths(ws, rows)


def _as_text(ws, number: int, row: list) -> None:
    """Cells of text that Excel would read as a formula become text; text on several lines wraps."""
    for column, value in enumerate(row, start=1):
        if isinstance(value, str) and (value.startswith(FORMULA_START) or "\n" in value):
            cell = ws.cell(number, column)
            cell.alignment = Alignment(wrap_text=True, vertical="top")
            if value.startswith(FORMULA_START):
                cell.data_type = "s"                       # openpyxl took it for a formula
                cell._style.quotePrefix = True             # Excel keeps it text even when the cell is edited


def _fit_widths(ws, rows: list[list], caps: dict[int, int] | None = None) -> None:
    """Each column as wide as its longest line, up to WIDEST (or its cap); a longer text wraps in its cell.
    `rows` are the sheet's rows from row 1, as written."""
    widths: dict[int, int] = {}
    for row in rows:
        for column, value in enumerate(row, start=1):
            if value is not None:
                widths[column] = max(widths.get(column, 0), max(len(line) for line in str(value).split("\n")))
    wrap = Alignment(wrap_text=True, vertical="top")
    for column, width in widths.items():
        cap = (caps or {}).get(column - 1, WIDEST)
        ws.column_dimensions[get_column_letter(column)].width = min(width, cap) + 2
        if width > cap:
            for number, row in enumerate(rows, start=1):
                if len(row) >= column and isinstance(row[column - 1], str) and len(row[column - 1]) > cap:
                    ws.cell(number, column).alignment = wrap


def _sheet_name(title: str) -> str:
    return title.translate(BAD_SHEET_CHARS)[:31]
