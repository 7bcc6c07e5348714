"""Task tables (the usual appendix of a plan): STT | Nội dung / Nhiệm vụ | Cơ quan chủ trì | Cơ quan phối
hợp | Thời gian hoàn thành | Sản phẩm, in .docx or .xlsx.

A table is a task table when one of its first rows has a content column and a lead column (header
variants in rules/danh-muc-viet-tat.yaml, `cot_bang`). After the header: rows of column numbers
("(1) (2) (3)") and repeated header rows (tables continued on the next page) are skipped; a row with
a title but no lead, coordinator, deadline or product is a group ("I. Sắp xếp tổ chức bộ máy") whose
STT is part of the path of the tasks under it; every other row is one task. Lines of the content cell
that start with a date ("- Trước ngày 30/6/2025: …") are dated steps of the task.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from ..messages import Message, Problem
from ..text import nfc
from .agencies import AgencyIndex, name_key, split_agencies, vocabulary
from .model import PlanTask, Source, Step
from .prose import FOOTNOTE_MARK, dated_step

HEADER_ROWS = 10         # the header is looked for in a table's first rows only
_COLUMN_NUMBER = re.compile(r"^\(?\d{1,2}\)?$|^$")
_ROMAN = re.compile(r"^[IVX]+$")
_END = ("hoàn thành", "kết thúc", "đến")   # sub-headers of the end date under "Thời gian"
_BULLET = re.compile(r"^[-–—•+]\s*")
_NUMBERED = re.compile(r"^([IVX]+|[A-ZĐ]|\d{1,2}(?:\.\d{1,2})*|[a-zđ])[.)]\s+\S")


@dataclass(frozen=True)
class Row:
    """One row of a table as read: its cells' texts by grid column (a cell spanning columns is given
    once, the others empty), where it was read, and its order number in the document."""

    cells: tuple[str, ...]
    source: Source
    number: int


def _column(text: str) -> tuple[str, int] | None:
    """(field, length of the matched header) of a header cell, or None."""
    key = name_key(text)
    best = None
    for field, headers in _headers().items():
        for h in headers:
            if (key == h or key.startswith(h + " ")) and (best is None or len(h) > best[1]):
                best = (field, len(h))
    return best


@lru_cache(maxsize=1)
def _headers() -> dict[str, tuple[str, ...]]:
    """The header variants as name keys, compared like the cells (tone placement, abbreviations)."""
    return {field: tuple(name_key(h) for h in headers) for field, headers in vocabulary().columns.items()}


def header(cells: tuple[str, ...]) -> dict[int, str] | None:
    """Grid column → field when these cells are a task table's header."""
    columns: dict[int, str] = {}
    for i, text in enumerate(cells):
        if (found := _column(text)) and found[0] not in columns.values():
            columns[i] = found[0]
    return columns if {"title", "leads"} <= set(columns.values()) else None


def find_header(rows: list[Row]) -> tuple[int, dict[int, str]] | None:
    for i, row in enumerate(rows[:HEADER_ROWS]):
        if columns := header(row.cells):
            return i, (_end_column(columns, rows[i + 1]) if i + 1 < len(rows) else columns)
    return None


def _end_column(columns: dict[int, str], below: Row) -> dict[int, str]:
    """A deadline header split on a second row ("Thời gian" over "Bắt đầu | Hoàn thành"): the deadline
    is the column of the end, not of the start."""
    start = next((i for i, field in columns.items() if field == "deadline"), None)
    if start is None:
        return columns
    for j, text in enumerate(below.cells):
        spanned = all(k not in columns for k in range(start + 1, j + 1))
        if j > start and spanned and name_key(text).startswith(tuple(map(name_key, _END))):
            return {**{i: f for i, f in columns.items() if f != "deadline"}, j: "deadline"}
    return columns


def _clean(text: str) -> str:
    return FOOTNOTE_MARK.sub("", nfc(text).replace("\u00a0", " ")).strip()


def _stt_kind(stt: str) -> str:
    if _ROMAN.match(stt):
        return "roman"
    if re.match(r"^[A-ZĐ]$", stt):
        return "upper"
    if re.match(r"^[a-zđ]$", stt):
        return "lower"
    return "number"


def table_tasks(rows: list[Row], file: str, index: AgencyIndex | None) -> tuple[list[PlanTask], list[Problem]] | None:
    """The tasks of a task table (None when `rows` are not one), and problems of its rows."""
    found = find_header(rows)
    if found is None:
        return None
    start, columns = found
    tasks: list[PlanTask] = []
    problems: list[Problem] = []
    groups: list[tuple[str, str]] = []   # (kind, stt) of the open group rows, outermost first
    counts: dict[tuple, int] = {}
    body_rows = [(row, _values(row, columns)) for row in rows[start + 1:]
                 if header(row.cells) is None and not all(_COLUMN_NUMBER.match(_clean(c)) for c in row.cells)]
    for n, (row, values) in enumerate(body_rows):  # header rows repeated on a new page, column numbers: skipped
        stt = values.get("stt", "").strip(" .)")
        title = values["title"]
        group = not any(values[f] for f in ("leads", "coordinators", "deadline", "product") if f in values)
        if group:
            texts = [t for t in (_clean(c) for c in row.cells) if t]
            if len(texts) == 1 and (m := _NUMBERED.match(texts[0])):  # a group row spanning the table
                stt = m.group(1)
            following = [v.get("stt", "").strip(" .)") for _, v in body_rows[n + 1:]]
            group = not (stt and title and not _opens_group(stt, title, following))  # else: a task without lead
        if group:
            if stt:
                kind = _stt_kind(stt)
                kinds = [k for k, _ in groups]
                groups = groups[:kinds.index(kind)] if kind in kinds else groups
                groups.append((kind, stt))
            continue  # a group (or a heading without number): it gives the path, it is no task
        if not title:
            problems.append(Problem(file, None, "plan_row_no_title",
                                    {"where": _where(row.source), "lead": values["leads"] or "—"}))
            continue
        kinds = [k for k, _ in groups]
        if stt and _stt_kind(stt) in kinds:  # a task numbered like an open group is that group's sibling
            groups = groups[:kinds.index(_stt_kind(stt))]
        path_groups = tuple(stt for _, stt in groups)
        counts[path_groups] = counts.get(path_groups, 0) + 1
        own = stt or str(counts[path_groups])
        if path_groups and own.startswith(path_groups[-1] + "."):  # "1.2" under group "1"
            path_groups = path_groups[:-1]
        path = ".".join(path_groups + (own,))
        lines = [_BULLET.sub("", line).strip() for line in title.split("\n") if line.strip()]
        steps = tuple(Step(*s) for line in lines[1:] if (s := dated_step(line)))
        body = lines[:1] + [line for line in lines[1:] if not dated_step(line)]
        deadline = "; ".join(line.strip(" ;.") for line in values.get("deadline", "").split("\n") if line.strip())
        tasks.append(PlanTask(
            path, " ".join(body).strip(" ;.:"), deadline or ("; ".join(s.deadline for s in steps) or None),
            tuple(split_agencies(values["leads"], index)), tuple(split_agencies(values.get("coordinators", ""), index)),
            row.number, row.source, steps, (values["note"],) if values.get("note") else (),
            " ".join(values.get("product", "").split()) or None))
    return tasks, problems


def _values(row: Row, columns: dict[int, str]) -> dict[str, str]:
    return {field: _clean(row.cells[i]) if i < len(row.cells) else "" for i, field in columns.items()}


def _opens_group(stt: str, title: str, following: list[str]) -> bool:
    """A row with a title and nothing else is a group when its number is of a group's kind (I, A), its
    title is in capitals, or the next numbered row is of another kind or under it ("1" then "1.1", "a")."""
    if _stt_kind(stt) in ("roman", "upper") or (title and title == title.upper()):
        return True
    after = next((s for s in following if s), None)
    return after is not None and (after.startswith(stt + ".") or _stt_kind(after) != _stt_kind(stt))


def _where(source: Source) -> Message:
    if source.sheet is not None:
        return Message("plan_where_sheet", {"sheet": source.sheet, "row": source.row})
    return Message("plan_where_table", {"table": source.table, "row": source.row})
