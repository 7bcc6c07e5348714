"""Workbooks written for analysts: the empty template (`orgcheck mau`) and an organization or
proposal file converted to .xlsx (`orgcheck convert`), in the layout compliance/workbook.py reads.

Headers in Vietnamese (English with lang="en"), frozen header row, drop-down lists from the
catalogues (rules/danh-muc-*.yaml), a "Hướng dẫn" sheet explaining every column. The bytes are
deterministic: fixed document dates and zip timestamps. Whatever a cell could not give back
exactly (a list item holding ';', text of spaces only) is refused, so a conversion is lossless.
"""

from __future__ import annotations

import io
import zipfile
from datetime import date, datetime

from .messages import InputError, Message, Problem
from .model import CLASS_LABELS, KINDS, Kind, sector_names, shared_functions
from .proposal import OP_VERBS, OPERATIONS
from .workbook import (
    BY_KEY,
    DETAIL_KEYS,
    FIELD_HEADERS,
    GENERAL,
    GUIDE,
    LISTS,
    ORG_GENERAL,
    PROPOSAL_GENERAL,
    Column,
    Sheet,
    column_letter,
)

ORG_SHEETS = ("units", "functions", "tasks", "decisions", "baseline")
PROPOSAL_SHEETS = ("operations", "details")
_FIXED_TIME = datetime(2020, 1, 1)
_ZIP_TIME = (2020, 1, 1, 0, 0, 0)


class _Writer:
    def __init__(self, target: str, lang: str):
        from openpyxl import Workbook

        self.target = target
        self.en = lang == "en"
        self.book = Workbook()
        self.book.remove(self.book.active)
        self.problems: list[Problem] = []

    def title(self, sheet: Sheet) -> str:
        return sheet.en if self.en else sheet.vi

    def header(self, column: Column) -> str:
        return column.en if self.en else column.vi

    def refuse(self, field: str, value, reason: str) -> None:
        self.problems.append(Problem(self.target, None, "xlsx_cannot_write",
                                     {"field": field, "value": value, "reason": Message(reason)}))

    def put(self, cell, column: Column, value, field: str) -> None:
        """A value in a cell, so that the reader (workbook._CONVERT) gives it back unchanged."""
        from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE

        kind = column.kind
        if value == []:  # a blank cell: the model's default, as an absent list
            return None
        if kind == "list":
            if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
                return self.refuse(field, value, "xlsx_reason_shape")
            if any(";" in v or "\n" in v or v != v.strip() or not v for v in value):
                return self.refuse(field, value, "xlsx_reason_separator")
            value = "; ".join(value)
        elif (kind == "int" and not (type(value) is int and abs(value) < 10**15)   # Excel keeps 15 digits
              or kind == "bool" and type(value) is not bool):
            return self.refuse(field, value, "xlsx_reason_shape")
        elif kind == "date" and isinstance(value, date) and not isinstance(value, datetime):
            cell.value = datetime(value.year, value.month, value.day)
            cell.number_format = "DD/MM/YYYY"
            return None
        elif kind != "int" and kind != "bool" and not isinstance(value, str):
            return self.refuse(field, value, "xlsx_reason_shape")
        if isinstance(value, str):
            if not value.strip():
                return self.refuse(field, value, "xlsx_reason_blank")
            if ILLEGAL_CHARACTERS_RE.search(value):
                return self.refuse(field, value, "xlsx_reason_shape")
        cell.value = value
        if isinstance(value, str):
            cell.data_type = "s"   # never a formula, whatever the text begins with (=, +, -, @)
        return None

    def table(self, sheet: Sheet, rows: list[tuple[dict, str]]) -> None:
        """A sheet of one row per item: rows are (flat {column key: value}, the item's name for messages)."""
        from openpyxl.styles import Alignment, Font, PatternFill

        ws = self.book.create_sheet(self.title(sheet))
        bold, fill = Font(bold=True), PatternFill("solid", fgColor="DDEBF7")
        for index, column in enumerate(sheet.columns, 1):
            cell = ws.cell(1, index, self.header(column))
            cell.font, cell.fill = bold, fill
            cell.alignment = Alignment(wrap_text=True, vertical="top")
            ws.column_dimensions[column_letter(index)].width = max(12, min(40, len(self.header(column)) + 4))
        ws.freeze_panes = "A2"
        by_key = {c.key: (i, c) for i, c in enumerate(sheet.columns, 1)}
        for number, (row, name) in enumerate(rows, 2):
            if not any(v is not None and v != [] for v in row.values()):
                self.refuse(name, {}, "xlsx_reason_blank")  # a blank row is not read
            for key, value in row.items():
                if value is None:
                    continue
                if key not in by_key:
                    self.refuse(f"{name}.{'.'.join(key)}", value, "xlsx_reason_shape")
                    continue
                index, column = by_key[key]
                self.put(ws.cell(number, index), column, value, f"{name}.{'.'.join(key)}")
        self.validations(ws, sheet.columns, 2)

    def fields(self, columns: tuple[Column, ...], data: dict) -> None:
        from openpyxl.styles import Font, PatternFill

        ws = self.book.create_sheet(self.title(GENERAL))
        for index, text in enumerate((pair[self.en] for pair in FIELD_HEADERS), 1):
            cell = ws.cell(1, index, text)
            cell.font, cell.fill = Font(bold=True), PatternFill("solid", fgColor="DDEBF7")
        ws.column_dimensions["A"].width, ws.column_dimensions["B"].width = 28, 60
        ws.freeze_panes = "A2"
        for number, column in enumerate(columns, 2):
            ws.cell(number, 1, self.header(column)).font = Font(bold=True)
            value = data
            for part in column.key:
                value = value.get(part) if isinstance(value, dict) else None
            if value is not None:
                self.put(ws.cell(number, 2), column, value, ".".join(column.key))
            self.validations(ws, (column,), number, "B", number)

    def validations(self, ws, columns: tuple[Column, ...], first_row: int, letter: str | None = None,
                    last_row: int = 20_000) -> None:
        """Drop-downs from the Lists sheet; lists of codes (functions) accept typed values too."""
        from openpyxl.worksheet.datavalidation import DataValidation

        for index, column in enumerate(columns, 1):
            if column.choices is None:
                continue
            where = self.lists[column.choices]
            check = DataValidation(type="list", formula1=where, allow_blank=True,
                                   showErrorMessage=column.kind != "list")
            check.error = ("Choose a value from the list" if self.en else "Chọn một giá trị trong danh sách")
            check.add(f"{letter or column_letter(index)}{first_row}:{letter or column_letter(index)}{last_row}")
            ws.add_data_validation(check)

    def lists_sheet(self, extra_functions: list[dict]) -> None:
        """The drop-down lists: one column of codes each, the label beside it."""
        from openpyxl.styles import Font

        en = self.en
        kinds = [(k.value, KINDS[k].en if en else KINDS[k].vi) for k in Kind]
        classes = [(code, labels[en]) for code, labels in CLASS_LABELS.items()]
        levels = [("tinh", "province" if en else "tỉnh"), ("huyen", "district" if en else "huyện"),
                  ("xa", "commune" if en else "xã")]
        autonomy = [(n, f"{'group' if en else 'nhóm'} {n}") for n in (1, 2, 3, 4)]
        sectors = sorted(sector_names().items())
        functions = sorted({**{c: f.name for c, f in shared_functions().items()},
                            **{f["code"]: f.get("name", "") for f in extra_functions
                               if isinstance(f, dict) and isinstance(f.get("code"), str)}}.items())
        operations = [(code, OP_VERBS[code][en]) for code in OPERATIONS]
        booleans = [(True, "yes" if en else "có"), (False, "no" if en else "không")]
        ws = self.book.create_sheet(LISTS[en])
        self.lists = {}
        for index, (name, entries) in enumerate((("kinds", kinds), ("classes", classes), ("levels", levels),
                                                 ("autonomy", autonomy), ("sectors", sectors), ("functions", functions),
                                                 ("operations", operations), ("booleans", booleans))):
            code_col, label_col = column_letter(2 * index + 1), column_letter(2 * index + 2)
            ws.cell(1, 2 * index + 1, LIST_TITLES[name][en]).font = Font(bold=True)
            ws.cell(1, 2 * index + 2, "label" if en else "tên").font = Font(bold=True)
            for row, (code, label) in enumerate(entries, 2):
                ws.cell(row, 2 * index + 1, code)
                ws.cell(row, 2 * index + 2, label).data_type = "s"
            ws.column_dimensions[code_col].width = 28
            ws.column_dimensions[label_col].width = 36
            self.lists[name] = f"'{LISTS[en]}'!${code_col}$2:${code_col}${len(entries) + 1}"
        ws.freeze_panes = "A2"

    def guide(self, sheets: list[Sheet], general: tuple[Column, ...]) -> None:
        from openpyxl.styles import Alignment, Font

        en = self.en
        ws = self.book.create_sheet(GUIDE[en], 0)
        lines = GUIDE_TEXT[en]
        for row, text in enumerate(lines, 1):
            ws.cell(row, 1, text).font = Font(bold=row == 1)
        row = len(lines) + 2
        for index, text in enumerate(("Sheet", "Column", "Explanation") if en else ("Trang", "Cột", "Giải thích"), 1):
            ws.cell(row, index, text).font = Font(bold=True)
        for sheet, columns in [(GENERAL, general)] + [(s, s.columns) for s in sheets]:
            row += 1
            ws.cell(row, 1, self.title(sheet)).font = Font(bold=True)
            ws.cell(row, 3, sheet.help_en if en else sheet.help_vi)
            for column in columns:
                row += 1
                ws.cell(row, 2, self.header(column))
                ws.cell(row, 3, column.help_en if en else column.help_vi).alignment = Alignment(wrap_text=True)
        ws.column_dimensions["A"].width, ws.column_dimensions["B"].width, ws.column_dimensions["C"].width = 22, 34, 100

    def bytes(self) -> bytes:
        from openpyxl.writer.excel import ExcelWriter

        if self.problems:
            raise InputError(self.problems)
        self.book.properties.created = self.book.properties.modified = _FIXED_TIME
        self.book.properties.creator = "orgcheck"
        buffer = io.BytesIO()
        with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED, allowZip64=True) as archive:
            ExcelWriter(self.book, archive).write_data()
        return _fixed_zip(buffer.getvalue())


def _fixed_zip(raw: bytes) -> bytes:
    """The same parts with a fixed timestamp, in the same order: identical input, identical bytes."""
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(raw)) as source, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for info in source.infolist():
            fixed = zipfile.ZipInfo(info.filename, _ZIP_TIME)
            fixed.compress_type = zipfile.ZIP_DEFLATED
            target.writestr(fixed, source.read(info))
    return out.getvalue()


LIST_TITLES = {"kinds": ("loại đơn vị", "kind"), "classes": ("phân loại", "class"), "levels": ("cấp", "level"),
               "autonomy": ("nhóm tự chủ", "autonomy group"), "sectors": ("ngành", "sector"),
               "functions": ("chức năng", "function"), "operations": ("thao tác", "operation"),
               "booleans": ("có/không", "yes/no")}

GUIDE_TEXT = (
    ("Hướng dẫn điền mẫu orgcheck",
     "Mỗi trang là một phần của tệp: điền từ dòng 2, dòng 1 là tên cột (không đổi tên cột, không thêm cột lạ).",
     "Ô có mũi tên: chọn trong danh sách (trang «Danh mục» giải thích các mã). Danh sách cách nhau bằng «;» hoặc xuống dòng.",
     "Ngày: nhập ngày của Excel hoặc gõ DD/MM/YYYY. Công thức được dùng giá trị đã tính, không bao giờ được tính lại.",
     "Kiểm tra: orgcheck check tên-tệp.xlsx — mỗi lỗi ghi trang, ô và tên cột, ví dụ «Đơn vị!I14»."),
    ("How to fill in the orgcheck template",
     "Each sheet is one part of the file: fill it from row 2; row 1 holds the headers (keep them, add no other column).",
     "Cells with an arrow: pick from the list (the 'Lists' sheet explains the codes). Lists are separated by ';' or line breaks.",
     "Dates: an Excel date or DD/MM/YYYY typed as text. Formulas are read by their computed value, never evaluated.",
     "Check it: orgcheck check file.xlsx — every problem names the sheet, the cell and its column, e.g. 'Units!I14'."),
)


def _flat(item: dict, prefix: tuple = ()) -> dict[tuple, object]:
    """{"reorganization": {"date": d}} → {("reorganization", "date"): d}; only the nested unit
    fields the layout has are flattened, anything else stays whole (and is refused as a shape)."""
    out: dict[tuple, object] = {}
    for key, value in item.items():
        if key == "reorganization" and isinstance(value, dict):
            out.update(_flat(value, prefix + (key,)))
        else:
            out[prefix + (key,)] = value
    return out


def _name(kind: str, index: int, item) -> str:
    ident = item.get("id") or item.get("code") or item.get("reference") if isinstance(item, dict) else None
    return f"{kind}[{index}]" + (f"({ident})" if isinstance(ident, str) else "")


def write_workbook(data: dict, target: str, lang: str = "vi") -> bytes:
    """An organization or proposal file's data as workbook bytes (the data was validated by the caller)."""
    writer = _Writer(target, lang)
    proposal = "operations" in data
    general = PROPOSAL_GENERAL if proposal else ORG_GENERAL
    known = {c.key[0] for c in general} | set(PROPOSAL_SHEETS if proposal else ORG_SHEETS)
    nested = {k: {c.key[1] for c in general if len(c.key) == 2 and c.key[0] == k} for k in known}
    for key, value in data.items():
        if key not in known or (nested[key] and not (isinstance(value, dict) and set(value) <= nested[key])):
            writer.refuse(key, value, "xlsx_reason_shape")
    writer.lists_sheet(data.get("functions") or [])
    writer.fields(general, data)
    sheets = []
    if proposal:
        rows, details = _operations(data["operations"], writer)
        sheets.append(BY_KEY["operations"])
        writer.table(BY_KEY["operations"], rows)
        if details:
            sheets.append(BY_KEY["details"])
            writer.table(BY_KEY["details"], details)
    else:
        for key in ORG_SHEETS:
            if key in data:
                sheets.append(BY_KEY[key])
                writer.table(BY_KEY[key], _rows(key, data[key], writer))
    writer.guide(sheets, general)
    _lists_last(writer)
    return writer.bytes()


def template(kind: str, lang: str = "vi") -> bytes:
    """The empty workbook of `orgcheck mau`: every sheet of an organization file, or of a proposal."""
    writer = _Writer("mau.xlsx", lang)
    writer.lists_sheet([])
    general = PROPOSAL_GENERAL if kind == "proposal" else ORG_GENERAL
    writer.fields(general, {})
    sheets = [BY_KEY[k] for k in (PROPOSAL_SHEETS if kind == "proposal" else ORG_SHEETS)]
    for sheet in sheets:
        writer.table(sheet, [])
    writer.guide(sheets, general)
    _lists_last(writer)
    return writer.bytes()


def _lists_last(writer: _Writer) -> None:
    """The guide first, the lists last: an analyst opens the workbook on what to read."""
    sheet = writer.book[LISTS[writer.en]]
    writer.book.move_sheet(sheet, len(writer.book.sheetnames) - 1 - writer.book.sheetnames.index(sheet.title))
    writer.book.active = 0


def _rows(key: str, items, writer: _Writer) -> list[tuple[dict, str]]:
    if not isinstance(items, list):
        writer.refuse(key, items, "xlsx_reason_shape")
        return []
    if key == "decisions":
        return _decision_rows(items, writer)
    rows = []
    for index, item in enumerate(items):
        if not isinstance(item, dict):
            writer.refuse(f"{key}[{index}]", item, "xlsx_reason_shape")
            continue
        rows.append((_flat(item), _name(key, index, item)))
    return rows


def _decision_rows(items: list, writer: _Writer) -> list[tuple[dict, str]]:
    """One row per unit given a cap; the decision's reference, date and title repeated on each."""
    rows = []
    last = None
    for index, item in enumerate(items):
        name = _name("decisions", index, item)
        if not isinstance(item, dict) or not isinstance(item.get("deputy_caps", {}), dict):
            writer.refuse(name, item, "xlsx_reason_shape")
            continue
        head = {(k,): item[k] for k in ("reference", "date", "title") if k in item}
        if tuple(head.get((k,)) for k in ("reference", "date", "title")) == last:
            writer.refuse(name, item.get("reference"), "xlsx_reason_same_decision")
        last = tuple(head.get((k,)) for k in ("reference", "date", "title"))
        for key in item:
            if key not in ("reference", "date", "title", "deputy_caps"):
                writer.refuse(f"{name}.{key}", item[key], "xlsx_reason_shape")
        caps = item.get("deputy_caps") or {}
        if not caps:
            rows.append((head, name))
        for unit, cap in caps.items():
            rows.append(({**head, ("unit",): unit, ("cap",): cap}, name))
    return rows


def _operations(items, writer: _Writer) -> tuple[list, list]:
    """Operation rows, numbered; their new units and new values as detail rows with that number."""
    if not isinstance(items, list):
        writer.refuse("operations", items, "xlsx_reason_shape")
        return [], []
    rows, details = [], []
    for index, item in enumerate(items):
        name = _name("operations", index, item)
        if not isinstance(item, dict):
            writer.refuse(name, item, "xlsx_reason_shape")
            continue
        row = {("no",): index + 1}
        op = item.get("op")
        detail_key, many = DETAIL_KEYS.get(op, ("values", False)) if isinstance(op, str) else ("values", False)
        for key, value in item.items():
            specs = value if many and isinstance(value, list) and value else [value]
            if key == detail_key and all(isinstance(spec, dict) for spec in specs) and (many or isinstance(value, dict)):
                for spec in specs:  # the rows the reader gives back as this key (workbook.DETAIL_KEYS)
                    if "no" in spec:
                        writer.refuse(f"{name}.{key}.no", spec["no"], "xlsx_reason_shape")
                    details.append(({("no",): index + 1, **_flat(spec)}, f"{name}.{key}"))
            elif key == "no" or isinstance(value, dict):
                writer.refuse(f"{name}.{key}", value, "xlsx_reason_shape")
            else:
                row[(key,)] = value
        rows.append((row, name))
    return rows, details
