"""Excel workbooks (.xlsx) read into the same plain data as an organization or proposal file.

The layout (LAYOUT: sheets, their columns, headers in Vietnamese and English) is shared with the
writer (workbook_writer.py). A workbook is opened only after ooxml.read_container has checked the
zip (bounded sizes, no DOCTYPE, no macros); python-calamine (Rust's calamine: ~20× faster than
openpyxl's read-only mode on the national structure) then reads the cells with the cached values of
formulas (a formula is never evaluated; one without a cached value is an error). Every value
remembers its cell, so each problem found later by the model names sheet, row and column.
"""

from __future__ import annotations

import difflib
import io
import re
from dataclasses import dataclass
from datetime import date, datetime
from xml.etree.ElementTree import ParseError, fromstring, iterparse

from .messages import Cell, InputError, Problem
from .ooxml import read_container, repack
from .text import nfc

MAX_ROWS = 500_000      # per sheet; the national structure (148 000 units) fits three times over
MAX_COLUMNS = 200       # the widest sheet has 27 columns
MAX_CELLS = 20_000_000  # all sheets together

Path_ = tuple


@dataclass(frozen=True)
class Column:
    """One column of a sheet (or one field of a field/value sheet): where its value goes in the
    row's data (`key`, a path), how a cell is read (`kind`), its headers and explanation."""

    key: tuple
    kind: str          # text (a date cell reads as DD/MM/YYYY) | int | bool | date | list
    vi: str
    en: str
    help_vi: str
    help_en: str
    choices: str | None = None   # name of a drop-down list (workbook_writer.CHOICES)


@dataclass(frozen=True)
class Sheet:
    key: str           # the data key the sheet fills: "units", …; "" for the field/value sheet
    vi: str
    en: str
    columns: tuple[Column, ...]
    help_vi: str
    help_en: str


def _c(key, kind, vi, en, help_vi, help_en, choices=None) -> Column:
    return Column(tuple(key.split(".")), kind, vi, en, help_vi, help_en, choices)


UNIT_COLUMNS = (
    _c("id", "text", "Mã đơn vị", "Unit id", "Mã duy nhất, chữ không dấu, ví dụ so_noi_vu", "Unique id, e.g. so_noi_vu"),
    _c("name", "text", "Tên đơn vị", "Name", "Tên đầy đủ, có dấu", "Full name"),
    _c("kind", "text", "Loại đơn vị", "Kind", "Mã loại đơn vị (chọn trong danh sách; xem trang Danh mục)",
       "Kind code (pick from the list; see the Lists sheet)", "kinds"),
    _c("parent", "text", "Cấp trên (mã)", "Parent (id)", "Mã đơn vị cấp trên; để trống cho UBND tỉnh",
       "Id of the parent unit; blank for the provincial committee"),
    _c("class", "text", "Phân loại tỉnh riêng", "Own province class",
       "Chỉ cho UBND cấp tỉnh khi tệp có nhiều tỉnh", "Provincial committee only, when the file holds several provinces",
       "classes"),
    _c("bien_che", "int", "Biên chế", "Civil-servant quota", "Số biên chế công chức (cơ quan hành chính)",
       "Civil-servant posts (administrative bodies)"),
    _c("nguoi_lam_viec", "int", "Người làm việc", "Employees", "Số người làm việc (đơn vị sự nghiệp công lập)",
       "Employees (public service units)"),
    _c("cap_truong", "int", "Cấp trưởng", "Heads", "Số cấp trưởng; để trống = 1", "Number of heads; blank = 1"),
    _c("cap_pho", "int", "Cấp phó", "Deputies", "Số cấp phó (số nguyên không âm)", "Number of deputies (whole, ≥ 0)"),
    _c("functions", "list", "Chức năng (mã)", "Functions (codes)",
       "Mã chức năng trong danh mục, cách nhau bằng «;» hoặc xuống dòng",
       "Function codes from the catalogue, separated by ';' or line breaks", "functions"),
    _c("sector", "text", "Lĩnh vực", "Field of activity", "Lĩnh vực hoạt động (đơn vị sự nghiệp)",
       "Field of activity (public service units)"),
    _c("nganh", "text", "Ngành của sở (mã)", "Department sector (code)", "Chỉ cho sở: mã ngành trong danh mục",
       "Departments only: sector code from the catalogue", "sectors"),
    _c("nhom_tu_chu", "int", "Nhóm tự chủ", "Autonomy group", "Nhóm tự chủ tài chính 1–4 (NĐ 60/2021)",
       "Financial-autonomy group 1–4 (Decree 60/2021)", "autonomy"),
    _c("dich_vu_co_ban", "bool", "Dịch vụ cơ bản", "Basic services", "TRUE/FALSE (hoặc có/không): cung cấp dịch vụ công cơ bản, thiết yếu",
       "TRUE/FALSE: provides basic, essential public services", "booleans"),
    _c("ngoai_le_cap_pho", "bool", "Ngoại lệ cấp phó", "Deputy exception",
       "TRUE nếu là bệnh viện, CDC hạng I trở lên, trường ≥ 40 lớp (NĐ 83/2024)",
       "TRUE for hospitals, CDCs of grade I+, schools with ≥ 40 classes (Decree 83/2024)", "booleans"),
    _c("location", "text", "Địa bàn", "Location", "Địa bàn hoạt động: đơn vị khác địa bàn không bị coi là trùng",
       "Where it works: units in different places are not duplicates"),
    _c("merged_provinces", "int", "Số tỉnh hợp nhất", "Merged provinces", "Sở hình thành từ sở của mấy tỉnh (1–3)",
       "Department formed from the departments of how many provinces (1–3)"),
    _c("reorganization.decision", "text", "Quyết định sắp xếp", "Reorganization decision",
       "Quyết định hợp nhất, sáp nhập đơn vị (bắt đầu thời hạn chuyển tiếp cấp phó)",
       "Decision that merged the unit (starts the deputies' transition period)"),
    _c("reorganization.date", "date", "Ngày sắp xếp", "Reorganization date", "Ngày của quyết định sắp xếp (DD/MM/YYYY)",
       "Date of that decision (DD/MM/YYYY)"),
    _c("thanh_lap_moi", "bool", "Thành lập mới", "Newly set up", "TRUE nếu đơn vị mới được thành lập",
       "TRUE when the unit is newly set up", "booleans"),
    _c("ly_do_giu", "text", "Lý do giữ", "Reason kept", "Lý do giữ thêm trạm y tế sau khi hợp nhất xã",
       "Why an extra health station is kept after communes merge"),
    _c("notes", "text", "Ghi chú", "Notes", "Ghi chú tự do", "Free notes"),
)

ORG_GENERAL = (
    _c("jurisdiction.name", "text", "Tên tỉnh, thành phố", "Jurisdiction", "Ví dụ: Thành phố Cần Thơ",
       "E.g. Thành phố Cần Thơ"),
    _c("jurisdiction.level", "text", "Cấp", "Level", "tinh, huyen hoặc xa; để trống = tinh", "tinh, huyen or xa; blank = tinh",
       "levels"),
    _c("jurisdiction.class", "text", "Phân loại", "Class", "dac_biet (Hà Nội, TP.HCM), loai_1 hoặc loai_2_3",
       "dac_biet (Hanoi, HCMC), loai_1 or loai_2_3", "classes"),
    _c("jurisdiction.as_of", "date", "Ngày của cơ cấu", "As of", "Ngày cơ cấu có hiệu lực (DD/MM/YYYY)",
       "Date of the structure (DD/MM/YYYY)"),
    _c("notes", "text", "Ghi chú", "Notes", "Ghi chú về tệp", "Notes on the file"),
)

PROPOSAL_GENERAL = (
    _c("baseline", "text", "Tệp cơ cấu hiện tại", "Baseline file",
       "Tên tệp cơ cấu hiện tại (.xlsx, .yaml, .json), cùng thư mục với tệp này",
       "The current structure's file (.xlsx, .yaml, .json), in the same folder as this one"),
    _c("name", "text", "Tên đề án", "Proposal", "Tên đề án sắp xếp", "Name of the proposal"),
    _c("as_of", "date", "Ngày kiểm tra", "Check date", "Ngày kiểm tra kết quả; để trống = ngày của cơ cấu hiện tại",
       "Date the result is checked at; blank = the baseline's"),
    _c("notes", "text", "Ghi chú", "Notes", "Ghi chú về đề án", "Notes on the proposal"),
)

GENERAL = Sheet("", "Thông tin chung", "General", ORG_GENERAL + PROPOSAL_GENERAL[:3],
                "Mỗi dòng một trường: cột A tên trường, cột B giá trị", "One field a row: its name in A, its value in B")
FIELD_HEADERS = ("Trường", "Field"), ("Giá trị", "Value")

# Waivers (miễn trừ, compliance/waivers.py) may sit in their own sheet: of the organization workbook (they
# then apply to its check) or of a workbook of their own given to --waivers.
WAIVERS = Sheet("waivers", "Miễn trừ", "Waivers", (
    _c("rule", "text", "Mã quy tắc", "Rule", "Mã quy tắc hoặc tiền tố (ND107.PHO)", "Rule code or prefix (ND107.PHO)"),
    _c("unit", "text", "Đơn vị", "Unit", "Mã đơn vị hoặc đường dẫn tên", "Unit id or its path of names"),
    _c("reason", "text", "Lý do", "Reason", "Lý do được chấp thuận", "Why it is approved"),
    _c("decision.number", "text", "Số quyết định", "Decision", "Số hiệu văn bản chấp thuận", "Number of the deciding document"),
    _c("decision.date", "date", "Ngày quyết định", "Decision date", "DD/MM/YYYY", "DD/MM/YYYY"),
    _c("decision.issuer", "text", "Cơ quan ban hành", "Issuer", "Cơ quan ban hành quyết định", "Who issued it"),
    _c("from", "date", "Hiệu lực từ", "Valid from", "DD/MM/YYYY; để trống: từ ngày quyết định", "DD/MM/YYYY; blank: always"),
    _c("until", "date", "Hiệu lực đến", "Valid until", "DD/MM/YYYY; để trống: không thời hạn", "DD/MM/YYYY; blank: no end"),
), "Mỗi dòng một miễn trừ có quyết định và thời hạn", "One waiver a row, with its decision and validity")

SHEETS = (
    Sheet("units", "Đơn vị", "Units", UNIT_COLUMNS, "Mỗi dòng một đơn vị", "One unit a row"),
    Sheet("functions", "Chức năng riêng", "Own functions", (
        _c("code", "text", "Mã chức năng", "Code", "Mã chức năng riêng của tệp (ngoài danh mục chung)",
           "The file's own function code (beside the shared catalogue)"),
        _c("name", "text", "Tên chức năng", "Name", "Tên chức năng, nhiệm vụ", "Name of the function"),
        _c("group", "text", "Nhóm tương đồng", "Similarity group", "Các mã cùng nhóm được coi là tương đồng",
           "Codes of one group count as similar"),
        _c("mandatory", "list", "Bắt buộc ở cấp", "Mandatory at", "tinh, huyen, xa (cách nhau bằng «;»)",
           "tinh, huyen, xa (separated by ';')", "levels"),
    ), "Chỉ khi tệp có mã chức năng riêng", "Only when the file has its own function codes"),
    Sheet("tasks", "Nhiệm vụ", "Tasks", (
        _c("id", "text", "Mã nhiệm vụ", "Task id", "Mã duy nhất", "Unique id"),
        _c("title", "text", "Nhiệm vụ", "Task", "Nội dung nhiệm vụ", "What is to be done"),
        _c("chu_tri", "list", "Cơ quan chủ trì", "Lead", "Mã hoặc tên cơ quan chủ trì (cách nhau bằng «;»)",
           "Ids or names of the lead agencies (separated by ';')"),
        _c("phoi_hop", "list", "Cơ quan phối hợp", "Coordinators", "Mã hoặc tên cơ quan phối hợp (cách nhau bằng «;»)",
           "Ids or names of the coordinating agencies (separated by ';')"),
        _c("deadline", "text", "Thời hạn", "Deadline", "Ví dụ 31/12/2023 hoặc Quý IV/2023", "E.g. 31/12/2023 or Q4/2023"),
    ), "Mỗi dòng một nhiệm vụ của kế hoạch", "One task of the plan a row"),
    Sheet("decisions", "Quyết định cấp phó", "Deputy caps", (
        _c("reference", "text", "Số quyết định", "Decision", "Ví dụ: Quyết định 1345/QĐ-UBND", "E.g. Quyết định 1345/QĐ-UBND"),
        _c("date", "date", "Ngày quyết định", "Date", "DD/MM/YYYY; để trống nếu không rõ", "DD/MM/YYYY; blank if unknown"),
        _c("title", "text", "Trích yếu", "Title", "Trích yếu quyết định", "Title of the decision"),
        _c("unit", "text", "Đơn vị (mã)", "Unit (id)", "Mã đơn vị được phân bổ", "Id of the unit given a cap"),
        _c("cap", "int", "Số cấp phó tối đa", "Deputy cap", "Số cấp phó tối đa được phân bổ", "Most deputies allowed"),
    ), "Quyết định của tỉnh phân bổ số cấp phó: mỗi dòng một đơn vị; các dòng liền nhau cùng số, ngày, "
       "trích yếu là một quyết định",
       "Local decisions allocating deputies: one unit a row; consecutive rows with the same decision, date and "
       "title are one decision"),
    Sheet("baseline", "Số liệu gốc", "Baseline", (
        _c("year", "int", "Năm", "Year", "Năm của số liệu gốc", "Year of the counts"),
        _c("don_vi_su_nghiep", "int", "Đơn vị sự nghiệp", "Public service units", "Số đơn vị sự nghiệp công lập",
           "Number of public service units"),
        _c("bien_che_cong_chuc", "int", "Biên chế công chức", "Civil-servant posts", "Tổng biên chế công chức",
           "Civil-servant posts in total"),
        _c("nguoi_lam_viec_nsnn", "int", "Người làm việc hưởng lương NSNN", "State-paid employees",
           "Số người làm việc hưởng lương từ ngân sách nhà nước", "Employees paid from the state budget"),
    ), "Số liệu năm gốc cho chỉ tiêu tinh giản", "Counts of a reference year for the reduction targets"),
    Sheet("operations", "Thao tác", "Operations", (
        _c("no", "int", "STT", "No.", "Số thứ tự thao tác (trang Chi tiết thao tác dẫn chiếu số này)",
           "Number of the operation (the Operation details sheet refers to it)"),
        _c("op", "text", "Thao tác", "Operation", "merge (hợp nhất), absorb (sáp nhập), split (chia tách), dissolve (giải thể), "
           "transfer (chuyển chức năng), move (chuyển trực thuộc), rename (đổi tên), set (điều chỉnh), add (thành lập)",
           "merge, absorb, split, dissolve, transfer, move, rename, set, add", "operations"),
        _c("units", "list", "Các đơn vị", "Units", "merge, absorb: mã các đơn vị (cách nhau bằng «;»)",
           "merge, absorb: ids of the units (separated by ';')"),
        _c("unit", "text", "Đơn vị", "Unit", "split, dissolve, move, rename, set: mã đơn vị", "split, dissolve, move, rename, set: unit id"),
        _c("into", "text", "Sáp nhập vào", "Absorbed into", "absorb: mã đơn vị nhận", "absorb: id of the receiving unit"),
        _c("from", "text", "Chuyển từ", "From", "transfer: mã đơn vị giao chức năng", "transfer: id of the giving unit"),
        _c("to", "text", "Chuyển đến", "To", "transfer: mã đơn vị nhận chức năng", "transfer: id of the receiving unit"),
        _c("functions", "list", "Chức năng (mã)", "Functions (codes)", "transfer: mã chức năng chuyển (cách nhau bằng «;»)",
           "transfer: codes moved (separated by ';')", "functions"),
        _c("parent", "text", "Cấp trên mới", "New parent", "move: mã đơn vị cấp trên mới", "move: id of the new parent"),
        _c("name", "text", "Tên mới", "New name", "rename: tên mới", "rename: the new name"),
        _c("functions_to", "text", "Chức năng giao cho", "Functions to", "dissolve: mã đơn vị nhận chức năng",
           "dissolve: id of the unit taking the functions"),
        _c("staff_to", "text", "Biên chế chuyển đến", "Staff to", "dissolve: mã đơn vị nhận biên chế",
           "dissolve: id of the unit taking the staff"),
        _c("staff_cut", "bool", "Tinh giản biên chế", "Staff cut", "dissolve: TRUE nếu biên chế được tinh giản",
           "dissolve: TRUE when the staff leave the payroll", "booleans"),
        _c("decision", "text", "Quyết định", "Decision", "Số quyết định", "The decision"),
        _c("date", "date", "Ngày quyết định", "Decision date", "DD/MM/YYYY", "DD/MM/YYYY"),
        _c("reason", "text", "Lý do", "Reason", "Lý do, giải trình", "Why"),
    ), "Mỗi dòng một thao tác, theo thứ tự thực hiện", "One operation a row, in the order they apply"),
    Sheet("details", "Chi tiết thao tác", "Operation details",
          (_c("no", "int", "STT thao tác", "Operation no.", "Số thứ tự của thao tác trên trang Thao tác",
              "Number of the operation on the Operations sheet"),)
          + UNIT_COLUMNS + (_c("children", "list", "Đơn vị trực thuộc chuyển sang", "Children moving here",
                               "split: mã các đơn vị trực thuộc chuyển sang đơn vị mới này",
                               "split: ids of the units under the old unit that move to this new one"),),
          "merge, add: đơn vị mới (một dòng); split: các đơn vị mới (mỗi dòng một đơn vị); set: các giá trị mới (một dòng)",
          "merge, add: the new unit (one row); split: the new units (one a row); set: the new values (one row)"),
    WAIVERS,
)
BY_KEY = {s.key: s for s in SHEETS}
# A detail row of an operation becomes this key of the operation (split: a list of rows); other
# operations get "values", which only `set` accepts: the proposal's validation says so for the rest.
DETAIL_KEYS = {"merge": ("into", False), "split": ("into", True), "add": ("unit", False)}
GUIDE = ("Hướng dẫn", "Guide")
LISTS = ("Danh mục", "Lists")
TRUE_WORDS = {"true", "có", "x", "đúng", "yes", "1"}
FALSE_WORDS = {"false", "không", "sai", "no", "0"}
_INT = re.compile(r"[+-]?\d+")
_SPLIT = re.compile(r"[;\n]")


def header_key(text: str) -> str:
    """Headers match whatever the case and spacing."""
    return " ".join(nfc(text).split()).casefold()


def _names(item) -> tuple[str, ...]:
    return (item.vi, item.en) if isinstance(item, (Sheet, Column)) else item


def column_letter(index: int) -> str:
    """1 → A, 27 → AA."""
    out = ""
    while index:
        index, rest = divmod(index - 1, 26)
        out = chr(65 + rest) + out
    return out


class _Reading:
    """One workbook being read: the problems found, the cell of every value."""

    def __init__(self, file: str):
        self.file = file
        self.problems: list[Problem] = []
        self.cells: dict[Path_, Cell] = {}
        self.columns: dict[str, dict[tuple, Cell]] = {}   # sheet → column key → its header cell
        self.labels: dict[str, dict[str, str]] = {}        # sheet → field path → its header
        self.cell_count = 0

    def problem(self, cell: Cell, key: str, **params) -> None:
        self.problems.append(Problem(self.file, cell.row, key, params, None, "", cell))


@dataclass
class WorkbookData:
    """What read_workbook gives the source map: the data, the cell of every value and row, each
    sheet's columns (key → header cell) and each sheet's field labels (field path → header)."""

    data: dict
    cells: dict[Path_, Cell]
    columns: dict[str, dict[tuple, Cell]]
    labels: dict[str, dict[str, str]]


def read_workbook(raw: bytes, file: str) -> WorkbookData:
    """The workbook's data (an organization file's or a proposal's) and where each value sits.
    Raises InputError with every problem found."""
    from python_calamine import (  # only when a workbook is read
        CalamineError,
        CalamineWorkbook,
    )

    parts = read_container(raw, file, "xlsx", ("[Content_Types].xml", "xl/workbook.xml"))
    try:
        book = CalamineWorkbook.from_filelike(repack(parts))
    except (CalamineError, ValueError, OSError):
        raise InputError([Problem(file, None, "xlsx_unreadable")]) from None
    reading = _Reading(file)
    sheets = _sheets(book.sheet_names, reading)
    if reading.problems:
        raise InputError(reading.problems)
    try:
        _formulas_without_value(parts, sheets, reading)
        data = _read(book, sheets, reading)
    except (CalamineError, ValueError, ParseError):
        raise InputError([Problem(file, None, "xlsx_unreadable")]) from None
    finally:
        book.close()
    if reading.problems:
        raise InputError(reading.problems)
    return WorkbookData(data, reading.cells, reading.columns, reading.labels)


def _sheets(names: list[str], reading: _Reading) -> dict[str, tuple[int, str]]:
    """Sheet key → (order, title) of the workbook's sheets; unknown and doubled sheets are problems."""
    known = {header_key(name): sheet.key for sheet in (GENERAL, *SHEETS) for name in _names(sheet)}
    ignored = {header_key(name) for name in GUIDE + LISTS}
    found: dict[str, tuple[int, str]] = {}
    for order, title in enumerate(names, 1):
        name = header_key(title)
        if name in ignored:
            continue
        key = known.get(name)
        if key is None:
            choices = [s.vi for s in (GENERAL, *SHEETS)]
            close = difflib.get_close_matches(nfc(title), choices + [s.en for s in (GENERAL, *SHEETS)], n=1)
            reading.problems.append(Problem(reading.file, None, "xlsx_unknown_sheet",
                                            {"sheet": title, "choices": ", ".join(choices),
                                             "suggestion": close[0] if close else None}, None, "", Cell(order, title)))
        elif key in found:
            reading.problems.append(Problem(reading.file, None, "xlsx_duplicate_sheet",
                                            {"sheet": title, "other": found[key][1]}, None, "", Cell(order, title)))
        else:
            found[key] = (order, title)
    present = ", ".join(names)
    required = (("", "operations") if "operations" in found or "details" in found else
                () if set(found) == {"waivers"} else ("", "units"))   # a workbook of waivers only
    for key in required:
        if key not in found:
            sheet = BY_KEY.get(key, GENERAL)
            reading.problems.append(Problem(reading.file, None, "xlsx_missing_sheet",
                                            {"sheet": sheet.vi, "sheet_en": sheet.en, "sheets": present}))
    return found


def _read(book, sheets: dict[str, tuple[int, str]], reading: _Reading) -> dict:
    data: dict = {}
    if "" in sheets:
        order, title = sheets[""]
        _read_fields(_rows(book.get_sheet_by_name(title), order, title, reading), order, title, data, reading)
    tables = {}
    for sheet in SHEETS:
        if sheet.key in sheets:
            order, title = sheets[sheet.key]
            reading.cells[(sheet.key,)] = Cell(order, title)
            rows = _rows(book.get_sheet_by_name(title), order, title, reading)
            tables[sheet.key] = _read_table(sheet, rows, order, title, reading)
    for key in ("units", "functions", "tasks", "baseline", "waivers"):
        if key in tables:
            data[key] = _rows_to_list(key, tables[key], reading)
    if set(sheets) == {"waivers"}:
        return data
    if "decisions" in tables:
        data["decisions"] = _decisions(tables["decisions"], reading)
    if "operations" in tables:
        data["operations"] = _operations(tables["operations"], tables.get("details", []), sheets, reading)
        if not isinstance(data.get("baseline"), str):  # else it would be read as an organization file
            order, title = sheets[""]
            cell = reading.columns[title].get(("baseline",), Cell(order, title))
            reading.problem(cell, "missing", field=cell.header or reading.labels[title]["baseline"])
    else:  # each missing field of the jurisdiction is reported by its own cell
        data.setdefault("jurisdiction", {})
    return data


def _rows(sheet, order: int, title: str, reading: _Reading) -> list[tuple[int, list]]:
    """(row number, values) of the sheet's non-blank rows, None for a blank cell; a merged range
    gives its value (in its first cell) to every cell it covers. The sheet's size is checked
    before any cell is read."""
    height, width = (sheet.end[0] + 1, sheet.end[1] + 1) if sheet.end else (0, 0)
    if height > MAX_ROWS or height * width > MAX_CELLS - reading.cell_count:
        reading.problem(Cell(order, title), "xlsx_too_many_rows", limit=MAX_ROWS)
        return []
    if width > MAX_COLUMNS:
        reading.problem(Cell(order, title, 1), "xlsx_too_many_columns", count=width, limit=MAX_COLUMNS)
        return []
    reading.cell_count += height * width
    grid = sheet.to_python(skip_empty_area=False)
    for (r1, c1), (r2, c2) in sheet.merged_cell_ranges or ():
        value = grid[r1][c1] if r1 < len(grid) and c1 < len(grid[r1]) else ""
        for r in range(r1, min(r2 + 1, len(grid))):
            for c in range(c1, min(c2 + 1, len(grid[r]))):
                if grid[r][c] == "" or grid[r][c] is None:
                    grid[r][c] = value
    rows = []
    for number, values in enumerate(grid, 1):
        if values.count("") + values.count(None) < len(values):  # rows of spaces only: dropped by the table
            rows.append((number, values))
    return rows


def _formulas_without_value(parts: dict[str, bytes], sheets: dict[str, tuple[int, str]], reading: _Reading) -> None:
    """A formula is read by its cached value and never evaluated: one without a cached value is a
    problem (the reader would see a blank cell). Found in the sheets' XML, which is DOCTYPE-free."""
    paths = _sheet_paths(parts)
    for order, title in sorted(sheets.values()):
        xml = parts.get(paths.get(nfc(title), ""), b"")
        if not any(tag in xml for tag in (b"<f>", b"<f ", b":f>", b":f ")):  # no formula: not parsed
            continue
        for _event, element in iterparse(io.BytesIO(xml)):
            if element.tag.rsplit("}", 1)[-1] != "c":
                continue
            formula = value = None
            for child in element:
                name = child.tag.rsplit("}", 1)[-1]
                if name == "f":
                    formula = child.text or ""
                elif name in ("v", "is") and ((child.text or "") != "" or len(child)):
                    value = child
            if formula is not None and value is None:
                row, column = _split_ref(element.get("r", ""))
                reading.problem(Cell(order, title, row, column), "xlsx_formula_no_value", formula=f"={formula}")
            element.clear()


def _sheet_paths(parts: dict[str, bytes]) -> dict[str, str]:
    """Sheet title → its part, from xl/workbook.xml and its relationships."""
    try:
        rels = {rel.get("Id"): rel.get("Target", "") for rel in
                fromstring(parts.get("xl/_rels/workbook.xml.rels", b"<r/>")) if rel.get("Id")}
        book = fromstring(parts["xl/workbook.xml"])
    except ParseError:
        return {}
    out = {}
    for element in book.iter():
        if element.tag.rsplit("}", 1)[-1] == "sheet":
            rid = next((v for k, v in element.attrib.items() if k.endswith("}id")), None)
            target = rels.get(rid, "")
            out[nfc(element.get("name", ""))] = target.lstrip("/") if target.startswith("/") else f"xl/{target}"
    return out


def _labels(sheet: Sheet, title: str) -> dict[str, str]:
    """Field path → header, in the language of the sheet's title."""
    en = header_key(title) == header_key(sheet.en)
    return {".".join(c.key): (c.en if en else c.vi) for c in sheet.columns}


def _split_ref(ref: str) -> tuple[int | None, str | None]:
    match = re.fullmatch(r"\$?([A-Z]{1,3})\$?(\d+)", ref)
    return (int(match.group(2)), match.group(1)) if match else (None, None)


def _header(columns: tuple[Column, ...], number: int, values: list, order: int, title: str, reading: _Reading
            ) -> dict[int, Column | None]:
    """Column index → its Column (None: an unknown or doubled header, reported), from the header row."""
    known = {header_key(name): column for column in columns for name in (*_names(column), ".".join(column.key))}
    out: dict[int, Column] = {}
    seen: dict[tuple, str] = {}
    headers: dict[tuple, Cell] = {}
    for index, value in enumerate(values):
        if value is None or (isinstance(value, str) and not value.strip()):
            continue
        text = nfc(str(value)).strip()
        cell = Cell(order, title, number, column_letter(index + 1), text)
        column = known.get(header_key(text))
        if column is None:
            choices = [c.vi for c in columns]
            close = difflib.get_close_matches(text, choices + [c.en for c in columns], n=1, cutoff=0.5)
            reading.problem(cell, "xlsx_unknown_column", header=text, choices=", ".join(choices),
                            suggestion=close[0] if close else None)
            out[index] = None  # reported: its values are not reported again
        elif column.key in seen:
            reading.problem(cell, "xlsx_duplicate_column", header=text, other=seen[column.key])
            out[index] = None
        else:
            seen[column.key] = cell.column
            headers[column.key] = cell
            out[index] = column
    reading.columns[title] = headers
    return out


def _read_table(sheet: Sheet, rows: list[tuple[int, list]], order: int, title: str, reading: _Reading
                ) -> list[tuple[Cell, dict]]:
    """Each data row as (its row cell, its data: reorganization.date → {reorganization: {date}}); a
    value's own cell is found from its row and the sheet's columns when a problem needs it
    (SourceMap.cell). The first non-blank row is the header. A value in a column without a header
    is a problem (once per column)."""
    header = _header(sheet.columns, *rows[0], order, title, reading) if rows else {}
    reading.columns.setdefault(title, {})
    reading.labels[title] = {**_labels(sheet, title), **{".".join(k): c.header for k, c in reading.columns[title].items()}}
    read = [(index, column.key, _CONVERT[column.kind]) for index, column in header.items() if column is not None]
    width = max((len(values) for _, values in rows), default=0)
    headless = [index for index in range(width) if index not in header]
    out = []
    for number, values in rows[1:]:
        row: dict = {}
        for index, key, convert in read:
            value = values[index] if index < len(values) else None
            if value is None or value == "" or (type(value) is str and value.isspace()):
                continue
            if len(key) == 1:
                row[key[0]] = convert(value)
            else:
                row.setdefault(key[0], {})[key[1]] = convert(value)
        for index in tuple(headless):
            value = values[index] if index < len(values) else None
            if value is not None and value != "" and not (type(value) is str and value.isspace()):
                headless.remove(index)   # once per column
                reading.problem(Cell(order, title, number, column_letter(index + 1)), "xlsx_no_header", value=value)
        if row:  # a row of spaces only is blank
            out.append((Cell(order, title, number), row))
    return out


def _as_text(value) -> str:
    if type(value) is str:
        return value if value.isascii() else nfc(value)
    if type(value) is float and value.is_integer():
        return str(int(value))
    if isinstance(value, datetime):
        value = value.date()
    if isinstance(value, date):
        return f"{value:%d/%m/%Y}"
    return str(value)


def _as_int(value):
    """Whole numbers, also typed as text; anything else is kept for the model to report."""
    if type(value) is float and value.is_integer():
        return int(value)
    if type(value) is str:
        return int(value.strip()) if _INT.fullmatch(value.strip()) else _as_text(value)
    return value


def _as_bool(value):
    if type(value) is str:
        word = value.strip().casefold()
        return True if word in TRUE_WORDS else False if word in FALSE_WORDS else _as_text(value)
    return value


def _as_date(value):
    """A date cell as a date; text (DD/MM/YYYY, ISO) is kept for the model, which parses it."""
    if isinstance(value, datetime):
        return value.date()
    return _as_text(value) if type(value) is str else value


def _as_list(value) -> list[str]:
    """Items separated by ';' or line breaks."""
    return [item.strip() for item in _SPLIT.split(_as_text(value)) if item.strip()]


# How a cell is read, by Column.kind: as the YAML reader would give the value; what cannot be read is
# kept as found, for the model's validation to report with its cell.
_CONVERT = {"text": _as_text, "int": _as_int, "bool": _as_bool, "date": _as_date, "list": _as_list}


def _cell_of(row_cell: Cell, key: tuple, reading: _Reading) -> Cell:
    """The cell of one column in a row (the row itself when the sheet has no such column)."""
    column = reading.columns.get(row_cell.sheet, {}).get(key)
    return Cell(row_cell.order, row_cell.sheet, row_cell.row, column.column, column.header) if column else row_cell


def _rows_to_list(key: str, table: list, reading: _Reading) -> list[dict]:
    out = []
    for row_cell, row in table:
        reading.cells[(key, len(out))] = row_cell
        out.append(row)
    return out


def _read_fields(rows: list[tuple[int, list]], order: int, title: str, data: dict, reading: _Reading) -> None:
    """The field/value sheet: a field's name in column A, its value in B (row 1 may be the header)."""
    known = {header_key(name): column for column in GENERAL.columns for name in (*_names(column), ".".join(column.key))}
    headers = {header_key(n) for pair in FIELD_HEADERS for n in pair}
    seen: dict[tuple, int] = {}
    reading.columns[title] = {}
    reading.labels[title] = _labels(GENERAL, title)
    for number, values in rows:
        values = [None if v == "" or v is None else v for v in values]
        label = values[0] if values else None
        rest = values[1:]
        if number == 1 and isinstance(label, str) and header_key(label) in headers:
            continue
        if label is None or (type(label) is str and not label.strip()):
            reading.problem(Cell(order, title, number, "B"), "xlsx_no_header", value=rest[0] if rest else None)
            continue
        text = nfc(str(label)).strip()
        column = known.get(header_key(text))
        if column is None:
            choices = [c.vi for c in GENERAL.columns]
            close = difflib.get_close_matches(text, choices + [c.en for c in GENERAL.columns], n=1, cutoff=0.5)
            reading.problem(Cell(order, title, number, "A", text), "xlsx_unknown_field", header=text,
                            choices=", ".join(choices), suggestion=close[0] if close else None)
            continue
        if column.key in seen:
            reading.problem(Cell(order, title, number, "A", text), "xlsx_duplicate_field", header=text,
                            first=seen[column.key])
            continue
        seen[column.key] = number
        for index, extra in enumerate(rest[1:], 3):
            if extra is not None and not (type(extra) is str and not extra.strip()):
                reading.problem(Cell(order, title, number, column_letter(index)), "xlsx_no_header", value=extra)
        value = rest[0] if rest else None
        cell = Cell(order, title, number, "B", text)
        reading.columns[title][column.key] = Cell(order, title, number, "B", text)
        if value is None or (type(value) is str and not value.strip()):
            continue
        target = data
        for part in column.key[:-1]:
            target = target.setdefault(part, {})
            reading.cells.setdefault(column.key[:1], Cell(order, title))
        target[column.key[-1]] = _CONVERT[column.kind](value)
        reading.cells[column.key] = cell
    reading.cells[()] = Cell(order, title)


def _decisions(table: list, reading: _Reading) -> list[dict]:
    """Consecutive rows with the same reference, date and title are one decision."""
    out: list[dict] = []
    last = None
    for row_cell, row in table:
        head = tuple(row.get(k) for k in ("reference", "date", "title"))
        if head != last or not out:
            reading.cells[("decisions", len(out))] = row_cell
            out.append({k: v for k, v in row.items() if k not in ("unit", "cap")})
            last = head
        path = ("decisions", len(out) - 1)
        if "unit" in row or "cap" in row:
            caps = out[-1].setdefault("deputy_caps", {})
            unit = _as_text(row.get("unit"))
            caps[unit] = row.get("cap")
            reading.cells[path + ("deputy_caps",)] = _cell_of(row_cell, ("unit",), reading)
            reading.cells[path + ("deputy_caps", unit)] = _cell_of(row_cell, ("cap",), reading)
    return out


def _operations(table: list, details: list, sheets: dict, reading: _Reading) -> list[dict]:
    """Operations in row order; each operation's detail rows (by its number) become its new unit(s)
    or new values."""
    out: list[dict] = []
    by_number: dict[int, int] = {}
    first_row: dict[int, int] = {}
    detail_title = sheets.get("details", (0, BY_KEY["details"].vi))[1]
    operations_title = sheets["operations"][1]
    for row_cell, row in table:
        index = len(out)
        reading.cells[("operations", index)] = row_cell
        number = row.pop("no", None)
        no_cell = _cell_of(row_cell, ("no",), reading)
        if number is None:
            by_number.setdefault(index + 1, index)
        elif type(number) is not int:
            reading.problem(no_cell, "xlsx_operation_number", field=no_cell.header or "STT",
                            sheet=operations_title, value=number)
        elif number in by_number:
            reading.problem(no_cell, "xlsx_operation_twice", value=number, first=first_row[number])
        else:
            by_number[number] = index
            first_row[number] = row_cell.row
        out.append(row)
    attached: dict[int, list] = {}
    for row_cell, row in details:
        number = row.pop("no", None)
        if type(number) is not int or number not in by_number:
            no_cell = _cell_of(row_cell, ("no",), reading)
            reading.problem(no_cell, "xlsx_operation_number", field=no_cell.header or "STT",
                            sheet=operations_title, value=number)
            continue
        attached.setdefault(by_number[number], []).append((row_cell, row))
    for index, rows in sorted(attached.items()):
        operation = out[index]
        key, many = DETAIL_KEYS.get(operation.get("op"), ("values", False))
        path = ("operations", index, key)
        if key in operation:
            cell = _cell_of(reading.cells[("operations", index)], (key,), reading)
            reading.problem(cell, "xlsx_detail_twice", n=index + 1, field=cell.header or key, sheet=detail_title)
            continue
        if not many and len(rows) > 1:
            reading.problem(rows[1][0], "xlsx_detail_many", n=index + 1, op=operation.get("op"),
                            sheet=detail_title, count=len(rows))
            continue
        reading.cells[path] = rows[0][0]
        if many:
            operation[key] = []
            for j, (row_cell, row) in enumerate(rows):
                reading.cells[path + (j,)] = row_cell
                operation[key].append(row)
        else:
            operation[key] = rows[0][1]
    return out
