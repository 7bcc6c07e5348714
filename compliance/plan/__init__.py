"""A plan (kế hoạch) as written: its tasks with path, title, deadline, lead and coordinating agencies.

One concept per module:
- `model`: the task records (PlanTask, Step, Source, Plan) and the blocks readers produce;
- `agencies`: agency-name keys, the catalogue of standard names, class designations, splitting;
- `prose`: segmenting running text (numbered sections, items, "-"/"+" fields) into tasks;
- `table`: task tables (STT | Nội dung | Cơ quan chủ trì | Cơ quan phối hợp | Thời gian | Sản phẩm);
- `docx`: a .docx's structure (Word list numbers rendered, tables, page breaks) into blocks and tables;
- `xlsx`: a workbook's sheets into tables.
"""

from __future__ import annotations

from pathlib import Path

from ..messages import InputError, Problem, os_reason
from ..source import check_size, decode
from .agencies import (
    AgencyIndex,
    is_class,
    is_vague,
    name_key,
    split_agencies,
    vocabulary,
)
from .model import Block, Plan, PlanTask, Source, Step
from .prose import parse_plan

__all__ = ["AgencyIndex", "Block", "Plan", "PlanTask", "Source", "Step", "is_class", "is_vague", "name_key",
           "parse_plan", "read_plan", "split_agencies", "vocabulary"]

SUFFIXES = (".txt", ".docx", ".xlsx")


def read_plan(path: str | Path, display_name: str | None = None, index: AgencyIndex | None = None) -> Plan:
    path = Path(path)
    file = display_name or str(path)
    suffix = path.suffix.lower()
    if suffix not in SUFFIXES:
        raise InputError([Problem(file, None, "plan_extension")])
    try:
        check_size(path, file)
        raw = path.read_bytes()
    except FileNotFoundError:
        raise InputError([Problem(file, None, "file_missing")]) from None
    except OSError as exc:
        raise InputError([Problem(file, None, "file_unreadable", {"reason": os_reason(exc)})]) from None
    if suffix == ".txt":
        return parse_plan(decode(raw, file).split("\n"), file, index)
    if suffix == ".docx":
        from .docx import read_docx
        return read_docx(raw, file, index)
    from .xlsx import read_xlsx
    return read_xlsx(raw, file, index)
