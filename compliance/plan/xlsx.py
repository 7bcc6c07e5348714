"""A plan's task table in an .xlsx workbook: each sheet whose first rows hold a task-table header.

The container is checked by compliance/ooxml first (bounded, no DOCTYPE, no macros). Formulas are never
evaluated: a formula cell counts with the value Excel saved for it, or as empty. A merged range gives
its value to every row it covers (a lead merged down several tasks leads each), once per row.
"""

from __future__ import annotations

from dataclasses import replace

from ..messages import InputError, Message, Problem
from ..text import nfc
from .agencies import AgencyIndex
from .model import Plan, Source
from .prose import written_date
from .table import HEADER_ROWS, Row, table_tasks

MAX_ROWS = 20_000       # a plan's task table is far smaller: a larger sheet is refused, not cut
MAX_COLUMNS = 40        # task-table headers sit in the first columns; cells further right are never read


def read_xlsx(raw: bytes, file: str, index: AgencyIndex | None) -> Plan:
    from openpyxl import load_workbook

    from ..ooxml import read_container, repack

    parts = read_container(raw, file, "xlsx", required=("[Content_Types].xml", "xl/workbook.xml"))
    try:
        book = load_workbook(repack(parts), data_only=True, read_only=False)
    except Exception:  # openpyxl on a malformed part: its English text is no use to the analyst
        raise InputError([Problem(file, None, "container_invalid",
                                  {"reason": Message("plan_xlsx_malformed")})]) from None
    found, problems, plan_date = [], [], None
    for sheet in book.worksheets:
        if sheet.max_row > MAX_ROWS:
            problems.append(Problem(file, None, "plan_sheet_too_large",
                                    {"sheet": sheet.title, "rows": sheet.max_row, "limit": MAX_ROWS}))
            continue
        rows = _rows(sheet)
        if (result := table_tasks(rows, file, index)) is not None:
            found.append((sheet.title, result[0]))
            problems += result[1]
            # the plan's date, when the title rows above the table give it ("Kèm theo Kế hoạch … ngày …")
            dates = [d for row in rows[:HEADER_ROWS] for cell in row.cells if (d := written_date(cell))]
            plan_date = plan_date or (dates[0] if dates else None)
    if problems:
        raise InputError(problems)
    tasks = [replace(t, path=f"{title}.{t.path}") if len(found) > 1 else t for title, ts in found for t in ts]
    if not tasks:
        raise InputError([Problem(file, None, "plan_no_tasks")])
    return Plan(file, tuple(tasks), plan_date)


def _rows(sheet) -> list[Row]:
    merged: dict[tuple[int, int], object] = {}
    for area in sheet.merged_cells.ranges:
        top = sheet.cell(area.min_row, area.min_col).value
        for r in range(area.min_row + 1, area.max_row + 1):  # down the rows, in the range's first column
            merged[(r, area.min_col)] = top
    rows = []
    for r, values in enumerate(sheet.iter_rows(min_row=1, max_col=min(sheet.max_column, MAX_COLUMNS),
                                               values_only=True), 1):
        cells = tuple(_text(merged.get((r, c), v)) for c, v in enumerate(values, 1))
        if any(cells):
            rows.append(Row(cells, Source(sheet=sheet.title, row=r), r))
    return rows


def _text(value) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    if hasattr(value, "strftime"):
        return f"{value:%d/%m/%Y}"
    return nfc(str(value)).replace("\r\n", "\n")
