"""Rendering: a check, diff or plan result becomes one format-neutral `Report` (model.py), and one module
per format renders it: table (terminal), markdown, json, csv, xlsx, docx, html.

`render`, `render_diff`, `render_plan` give the text formats for stdout; `render_bytes` gives any format,
by name or file extension, as the bytes of a file (the CLI's -o, the web workbench's downloads).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..messages import InputError, Problem

if TYPE_CHECKING:
    from ..check import CheckResult, PlanResult
    from ..diff import DiffResult

TEXT_FORMATS = ("table", "json", "markdown")
FILE_FORMATS = {".xlsx": "xlsx", ".docx": "docx", ".html": "html", ".htm": "html", ".csv": "csv", ".json": "json", ".md": "markdown"}
MEDIA_TYPES = {"xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
               "docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
               "html": "text/html; charset=utf-8", "csv": "text/csv; charset=utf-8",
               "json": "application/json", "markdown": "text/markdown; charset=utf-8",
               "table": "text/plain; charset=utf-8"}


def render(result: CheckResult | DiffResult | PlanResult, fmt: str = "table", lang: str = "vi",
           width: int | None = None, colour: bool = False) -> str:
    """A text format (table, json, markdown) of any result; the table fits `width` columns when given."""
    return _text(result, fmt, lang, width, colour)


def render_diff(d: DiffResult, fmt: str = "table", lang: str = "vi", width: int | None = None,
                colour: bool = False) -> str:
    return _text(d, fmt, lang, width, colour)


def render_plan(result: PlanResult, fmt: str = "table", lang: str = "vi", width: int | None = None,
                colour: bool = False) -> str:
    return _text(result, fmt, lang, width, colour)


def _text(result, fmt: str, lang: str, width: int | None, colour: bool) -> str:
    if fmt == "json":
        from .json import render_json
        return render_json(result, lang)
    from .model import build
    report = build(result, lang)
    if fmt == "markdown":
        from .markdown import render_markdown
        return render_markdown(report)
    from .table import render_table
    return render_table(report, width, colour)


def format_for(name: str, where: str = "-o") -> str:
    """A format name ("xlsx") or a file name's extension ("báo-cáo.xlsx") → format; anything else is an
    input error naming the formats there are."""
    if name in FILE_FORMATS.values() or name == "table":
        return name
    suffix = "." + name.rsplit(".", 1)[-1].lower() if "." in name else ""
    if suffix in FILE_FORMATS:
        return FILE_FORMATS[suffix]
    raise InputError([Problem(where if where != "-o" else name, None, "output_format_unknown",
                              {"ext": suffix or name, "choices": ", ".join(sorted(set(FILE_FORMATS)))})])


def render_bytes(result, fmt: str, lang: str = "vi") -> bytes:
    """The file of a CheckResult, DiffResult or PlanResult in a format given by name or file extension."""
    fmt = format_for(fmt)
    if fmt in TEXT_FORMATS:
        return _text(result, fmt, lang, None, False).encode("utf-8")
    from .model import build
    report = build(result, lang)
    if fmt == "xlsx":
        from .xlsx import render_xlsx
        return render_xlsx(report)
    if fmt == "docx":
        from .docx import render_docx
        return render_docx(report)
    if fmt == "html":
        from .html import render_html
        return render_html(report)
    from .csv import render_csv
    return render_csv(report)
