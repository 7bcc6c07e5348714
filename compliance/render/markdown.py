"""Markdown: the terminal report's layout with GitHub tables, for wikis and merge requests."""

from __future__ import annotations

from tabulate import tabulate

from .common import text_layout
from .model import Report, Section


def render_markdown(report: Report) -> str:
    return text_layout(report, report.header, _table, markdown=True)


def _table(section: Section) -> str:
    t = section.table
    rows = [[str(c).replace("\n", "<br>").replace("|", "\\|") for c in row] for row in t.rows]
    return tabulate(rows, t.headers, tablefmt="github", disable_numparse=not t.numbers)
