"""A plan's tasks as read: what each task says and where in the document it was read from."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date


@dataclass(frozen=True)
class Source:
    """Where a task was read, so the analyst can check the extraction against the document: a line
    (.txt), a paragraph (.docx, page when the document records its page breaks), a table row (.docx
    tables numbered from 1 in document order) or a sheet row (.xlsx)."""

    line: int | None = None
    paragraph: int | None = None
    table: int | None = None
    sheet: str | None = None
    row: int | None = None
    page: int | None = None

    def as_dict(self) -> dict:
        return {k: v for k, v in (("line", self.line), ("paragraph", self.paragraph), ("table", self.table),
                                  ("sheet", self.sheet), ("row", self.row), ("page", self.page)) if v is not None}

    def label(self, lang: str = "vi") -> str:
        en = lang == "en"
        parts = []
        if self.sheet is not None:
            parts.append(f"sheet '{self.sheet}'" if en else f"trang tính «{self.sheet}»")
        if self.table is not None:
            parts.append(f"table {self.table}" if en else f"bảng {self.table}")
        if self.row is not None:
            parts.append(f"row {self.row}" if en else f"hàng {self.row}")
        if self.paragraph is not None:
            parts.append(f"paragraph {self.paragraph}" if en else f"đoạn {self.paragraph}")
        if self.line is not None:
            parts.append(f"line {self.line}" if en else f"dòng {self.line}")
        if self.page is not None:
            parts.append(f"page {self.page}" if en else f"trang {self.page}")
        return ", ".join(parts)


@dataclass(frozen=True)
class Step:
    """A dated sub-step of one task ("- Trước ngày 30/6/2025: trình đề án …"): its own deadline and text."""

    deadline: str
    text: str

    def as_dict(self) -> dict:
        return {"deadline": self.deadline, "text": self.text}


@dataclass(frozen=True)
class PlanTask:
    path: str                       # "II.2.b.1"
    title: str
    deadline: str | None            # the deadline field, or the steps' deadlines joined by "; "
    leads: tuple[str, ...]          # agency designations as written
    coordinators: tuple[str, ...]
    line: int                       # order key: line (.txt), paragraph or table-row ordinal (.docx), row (.xlsx)
    source: Source | None = None
    steps: tuple[Step, ...] = ()
    notes: tuple[str, ...] = ()     # paragraphs inside the task that are no field value (nothing dropped)
    product: str | None = None      # "Sản phẩm" column of a task table

    def as_dict(self) -> dict:
        source = self.source or Source(line=self.line)
        return {"path": self.path, "title": self.title, "deadline": self.deadline,
                "leads": list(self.leads), "coordinators": list(self.coordinators), "line": self.line,
                "source": source.as_dict(), "where": {"vi": source.label("vi"), "en": source.label("en")},
                "steps": [s.as_dict() for s in self.steps], "notes": list(self.notes), "product": self.product}


@dataclass(frozen=True)
class Plan:
    file: str
    tasks: tuple[PlanTask, ...]
    date: date | None               # "ngày … tháng … năm …" of the plan, when written


@dataclass(frozen=True)
class Block:
    """One paragraph (or text line) of a plan as read, numbered in document order, with its source."""

    number: int
    text: str
    source: Source
