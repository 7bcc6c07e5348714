"""The terminal table: the report fitted to the terminal's width.

Columns keep today's widths when they fit; otherwise each column gives up characters in proportion to
its width, never below its longest word (a Vietnamese word is one space-separated syllable, so no
syllable is cut; a unit id or function code may break after a `_`, `.` or `/`, a rule code or a
severity never). Below `STACKED_BELOW` columns, or when a table cannot fit or its main text column
would be narrower than `READABLE`, each row becomes a block of "header: value" lines. Colour (severity) is added after the
layout, so the text is byte-identical with colour off.
"""

from __future__ import annotations

import os
import shutil
import sys

from tabulate import tabulate

from ..catalogue import Severity
from .common import fill_line, text_layout, unbreakable, wrap_cell
from .model import Report, Table

STACKED_BELOW = 90
HEADER_PAD = 2
READABLE = 24
NOT_A_TERMINAL = 100
COLOURS = {"error": "31", "warning": "33", "transitional": "35", "guidance": "36", "info": "34"}


def terminal_width() -> int:
    """COLUMNS, else the terminal's width, else 100 (output piped or redirected); never under 20."""
    return max(shutil.get_terminal_size((NOT_A_TERMINAL, 24)).columns, 20)


def use_colour(choice: str = "auto", stream=None) -> bool:
    """--color always|never|auto: auto colours a terminal unless NO_COLOR is set (https://no-color.org)."""
    if choice != "auto":
        return choice == "always"
    stream = stream or sys.stdout
    return not os.environ.get("NO_COLOR") and hasattr(stream, "isatty") and stream.isatty()


def render_table(report: Report, width: int | None = None, colour: bool = False) -> str:
    """width None: today's column widths whatever the screen (tests, other programs)."""
    palette = _palette(report.lang) if colour else {}
    head = [fill_line(line, width) for line in report.header]
    return text_layout(report, head, lambda section: table_text(section.table, width, palette), width=width)


def _palette(lang: str) -> dict[str, str]:
    return {s.label(lang): COLOURS[s.value] for s in Severity}


def _paint(text: str, palette: dict[str, str]) -> str:
    code = palette.get(text)
    return f"\x1b[{code}m{text}\x1b[0m" if code else text


def table_text(t: Table, width: int | None, palette: dict[str, str] | None = None) -> str:
    """One table, fitted to `width` (None: today's column widths); `palette` colours its severity column."""
    palette = palette or {}
    widths = list(t.widths) or [None] * len(t.headers)
    headers = t.headers
    if width is not None:
        fitted = fit(t, width)
        if fitted is None:
            return stacked(t, width, palette)
        if fitted != widths:
            headers = [wrap_cell(h, w - HEADER_PAD) if w and len(h) + HEADER_PAD > w else h
                       for h, w in zip(headers, fitted)]
        widths = fitted
    rows = [[wrap_cell(cell, w) if isinstance(cell, str) else cell for cell, w in zip(row, widths)] for row in t.rows]
    if palette and t.severity_column is not None:
        for row in rows:
            row[t.severity_column] = _paint(row[t.severity_column], palette)
    return tabulate(rows, headers, tablefmt=t.style, disable_numparse=not t.numbers)


def _overhead(t: Table) -> int:
    n = len(t.headers)
    return 2 * (n - 1) if t.style == "simple" else 3 * n + 1


def fit(t: Table, width: int) -> list[int | None] | None:
    """Column wrap widths that make the table at most `width` wide, or None: stack it instead."""
    caps = list(t.widths) or [None] * len(t.headers)
    if width < STACKED_BELOW and t.style == "grid":
        return None
    natural, least = [], []
    for i, header in enumerate(t.headers):
        cells = [c if isinstance(c, str) else str(c) for c in (row[i] for row in t.rows)]
        if caps[i]:
            cells = [wrap_cell(c, caps[i]) for c in cells]
        lines = [line for c in cells for line in c.split("\n")]
        words = [w for line in lines for w in line.split()]
        # tabulate pads a header by 2 (MIN_PADDING)
        natural.append(max([len(header) + HEADER_PAD, *map(len, lines)]))
        least.append(max([len(w) + HEADER_PAD for w in header.split()] +
                         ([len(line) for line in lines] if i in t.keep else
                          [len(w) for w in words] if i in t.atoms else [unbreakable(w) for w in words])))
    if sum(natural) + _overhead(t) <= width:
        return caps
    fitted = natural[:]
    excess = sum(fitted) + _overhead(t) - width
    while excess > 0:
        # each column gives up in proportion to its width: the message, widest, keeps the most room
        room = [(fitted[i] / natural[i], fitted[i], i) for i in range(len(fitted)) if fitted[i] > least[i]]
        if not room:
            return None
        *_, widest = max(room)
        fitted[widest] -= 1
        excess -= 1
    text = natural.index(max(natural))  # the message, usually: below READABLE a block per row reads better
    return fitted if fitted[text] >= min(natural[text], READABLE) else None


def stacked(t: Table, width: int, palette: dict[str, str]) -> str:
    """One block per row: "header: value", values wrapped under each other; blocks between rules."""
    label = max(len(h) for h in t.headers) + 2
    inline = label <= width // 3  # else each label on its own line, the value indented below it
    indent = label if inline else 2
    blocks = []
    for row in t.rows:
        lines = ["-" * width]
        for i, (header, cell) in enumerate(zip(t.headers, row)):
            text = cell if isinstance(cell, str) else str(cell)
            value = wrap_cell(text, width - indent).split("\n")
            if i == t.severity_column:
                value = [_paint(v, palette) for v in value]
            name = f"{header}:" if header else ""
            if inline:
                lines.append(f"{name:<{label}}{value[0]}".rstrip())
                lines += [" " * indent + v for v in value[1:]]
            else:
                lines += [name, *(" " * indent + v for v in value)] if name else [" " * indent + v for v in value]
        blocks.append("\n".join(lines))
    return "\n".join(blocks)
