"""CSV: one finding per row, the columns of the xlsx findings sheet, UTF-8 with a BOM so Excel reads
Vietnamese correctly. Text that Excel would take for a formula is written as text."""

from __future__ import annotations

import csv
import io

from .model import Report, finding_columns, finding_values

FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def as_text(value):
    """A cell Excel must never evaluate: a leading apostrophe makes it text (OWASP CSV injection advice)."""
    if isinstance(value, str) and value.startswith(FORMULA_START):
        return "'" + value
    return value


def render_csv(report: Report) -> bytes:
    with_status = report.kind == "diff"
    out = io.StringIO(newline="")
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(finding_columns(report.lang, with_status))
    for record in report.records:
        writer.writerow(["" if v is None else as_text(v) for v in finding_values(record, report.lang, with_status)])
    return ("\ufeff" + out.getvalue()).encode("utf-8")
