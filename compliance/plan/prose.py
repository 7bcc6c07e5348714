"""Segmenting a plan's running text (a .txt file, or a .docx's paragraphs with their list numbers
rendered) into tasks with path, title, deadline, lead and coordinating agencies.

Layout understood (Nghị định 30/2020/NĐ-CP style): sections "I.", items "1.", sub-items "a)" … "đ)" …;
task fields "Nhiệm vụ, giải pháp cụ thể:", "Thời gian thực hiện:", "Cơ quan chủ trì:", "Cơ quan phối
hợp:" in any order, as "-" lines, "+" lines, bare lines or lettered lines ("c) Cơ quan chủ trì: …").
A "-" line that is not a field opens a sub-task whose own fields follow as "+" lines; it inherits the
fields its parent gave. A "-" line that starts with a date ("- Trước ngày 30/6/2025: trình đề án") is a
dated step of the task above it, not a task of its own, unless a lead field follows it. A "+" line that
is not a field is one more value of the field above it; when the task field has several "+" values and
the deadline as many, they are paired in order into sub-tasks.
Lines of a text file broken inside a paragraph are joined first (a .docx paragraph is always whole).
A field value ends at the structure's boundary: the next numbered item, field label or bullet, or the
next paragraph when the value ended a sentence ("." or ";") or is a deadline or agency list given on
the label's line; such a paragraph is kept as a note of the task (nothing is dropped). Page numbers and
footnote lines are removed, footnote marks stripped.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from ..messages import InputError, Problem
from ..text import nfc
from .agencies import AgencyIndex, split_agencies
from .model import Block, Plan, PlanTask, Source, Step

ROMAN = r"(?:I|II|III|IV|V|VI|VII|VIII|IX|X|XI|XII)"
_SECTION = re.compile(rf"^({ROMAN})\.\s+(.*)$")
_ITEM = re.compile(r"^(\d{1,2}(?:\.\d{1,2})*)\.\s+(.*)$|^(\d{1,2}(?:\.\d{1,2})+)\s+(.*)$")  # "2.", "2.1.", "2.1"
_LETTER = re.compile(r"^([a-zđ])\)\s*(.*)$")  # Vietnamese letters when typed; Word's a…z when numbered
_DASH = re.compile(r"^[-–—•]\s*(.*)$")
_PLUS = re.compile(r"^\+\s*(.*)$")
_FIELD = re.compile(
    r"^(?P<label>nhiệm vụ(?:, giải pháp)?(?: cụ thể)?|nội dung(?: nhiệm vụ)?|thời gian(?: thực hiện| hoàn thành)?"
    r"|thời hạn(?: hoàn thành| thực hiện)?|(?:cơ quan|đơn vị) chủ trì(?: thực hiện)?"
    r"|(?:cơ quan|đơn vị) phối hợp(?: thực hiện)?)\s*:\s*(?P<value>.*)$", re.IGNORECASE)
# a dated step: "Trước ngày 30/6/2025:", "Trong tháng 7/2025:", "Quý III/2025:", "Đến hết năm 2025:"
_STEP = re.compile(
    r"^(?P<when>(?:trước|trong|đến|chậm nhất|hoàn thành trước|từ|sau)?\s*(?:ngày|tháng|quý|năm|hết|tuần)"
    r"[^:]{0,40}?\d[^:]{0,20}?)\s*:\s*(?P<text>.+)$", re.IGNORECASE)
_PAGE = re.compile(r"^(?:-\s*\d+\s*-|\d+|trang\s+\d+(?:\s*/\s*\d+)?)$", re.IGNORECASE)
_SUPERSCRIPTS = "¹²³⁴⁵⁶⁷⁸⁹⁰"
_FOOTNOTE = re.compile(rf"^(?:[{_SUPERSCRIPTS}]+|\[\d+\])\s")
FOOTNOTE_MARK = re.compile(rf"[{_SUPERSCRIPTS}]+|\[\d+\]")
_DATE = re.compile(r"ngày\s+(\d{1,2})\s+tháng\s+(\d{1,2})\s+năm\s+(\d{4})")
FIELD_LABELS = {"title": "Nhiệm vụ", "deadline": "Thời gian thực hiện", "leads": "Cơ quan chủ trì",
                "coordinators": "Cơ quan phối hợp"}


def text_blocks(lines: list[str]) -> list[Block]:
    """Lines of a text file as blocks: line numbers from 1."""
    return [Block(number, line, Source(line=number)) for number, line in enumerate(lines, 1)]


def parse_plan(lines: list[str] | list[Block], file: str, index: AgencyIndex | None = None) -> Plan:
    """The plan in `lines` (text lines, or blocks read from a document); raises InputError when it
    has no task."""
    blocks = text_blocks(lines) if lines and isinstance(lines[0], str) else lines
    if not any(b.text.strip() for b in blocks):
        raise InputError([Problem(file, None, "file_empty")])
    tasks, plan_date = prose_tasks(blocks, file, index)
    if not tasks:
        raise InputError([Problem(file, None, "plan_no_tasks")])
    return Plan(file, tuple(tasks), plan_date)


@dataclass
class _Node:
    path: str
    heading: str
    line: int
    fields: dict            # field → list of (value, line, "head" | "plus")
    children: list          # sub-tasks opened by "-" lines
    last: str | None = None  # the field that paragraphs and "+" values continue
    ended: bool = False     # the last field value ended a sentence: a new paragraph is not part of it
    step: tuple[str, str] | None = None    # (deadline, text) when the "-" line is a dated step
    steps: list = None      # dated "+" steps right under this node: (deadline, text)
    notes: list = None      # paragraphs after an ended field value

    def __post_init__(self):
        self.steps, self.notes = [], []


def _field(text: str) -> tuple[str, str] | None:
    m = _FIELD.match(text)
    if not m:
        return None
    label = m.group("label").casefold()
    name = ("leads" if "chủ trì" in label else "coordinators" if "phối hợp" in label else
            "deadline" if label.startswith("thời") else "title")
    return name, m.group("value").strip()


def dated_step(text: str) -> tuple[str, str] | None:
    m = _STEP.match(text)
    return (m.group("when").strip(), m.group("text").strip(" ;.:")) if m else None


def written_date(text: str) -> date | None:
    """The date "ngày … tháng … năm …" in `text`; an impossible one is no task problem: then none."""
    if m := _DATE.search(text):
        try:
            return date(int(m.group(3)), int(m.group(2)), int(m.group(1)))
        except ValueError:
            return None
    return None


def _logical_lines(blocks: list[Block]) -> list[tuple[int, str]]:
    """Numbered non-blank lines with page numbers and footnotes removed and broken lines joined."""
    out: list[tuple[int, str]] = []
    previous_blank = True
    for block in blocks:
        text = nfc(block.text).replace("\u00a0", " ").strip()
        if not text or _PAGE.match(text) or _FOOTNOTE.match(text):
            previous_blank = previous_blank or not text
            continue
        text = FOOTNOTE_MARK.sub("", text).strip()
        starts = bool(_SECTION.match(text) or _ITEM.match(text) or _LETTER.match(text) or _DASH.match(text)
                      or _PLUS.match(text) or _field(text))
        typed = block.source.line is not None  # a text file's line may be a broken one; a Word paragraph never is
        if typed and out and not previous_blank and not starts and not out[-1][1].endswith((".", ";", ":")):
            out[-1] = (out[-1][0], f"{out[-1][1]} {text}")
        else:
            out.append((block.number, text))
        previous_blank = False
    return out


def prose_tasks(blocks: list[Block], file: str, index: AgencyIndex | None = None
                ) -> tuple[list[PlanTask], date | None]:
    """The tasks written as running text, and the plan's date; no task is no error here (a .docx may
    carry its tasks in a table)."""
    sources = {b.number: b.source for b in blocks}
    logical = _logical_lines(blocks)
    plan_date = None
    for _, text in logical:
        if _SECTION.match(text):
            break  # the date of the plan is in its header, not in a task's deadline
        if _DATE.search(text):
            plan_date = written_date(text)
            break
    roots: list[_Node] = []
    section = section_title = item = letter = None
    node: _Node | None = None      # item or sub-item that fields attach to
    sub: _Node | None = None       # current "-" sub-task
    problems: list[Problem] = []

    def open_node(path: str, heading: str, number: int) -> _Node:
        new = _Node(path, heading.strip(" :;"), number, {}, [])
        roots.append(new)
        return new

    def add_field(target: _Node, name: str, value: str, number: int) -> None:
        target.fields.setdefault(name, []).append((value.strip(" ;"), number, "head"))
        # a deadline or agency value given on the label's line is whole: a new paragraph is not part of it
        target.last, target.ended = name, value.rstrip().endswith((".", ";")) or (name != "title" and bool(value.strip()))

    for number, text in logical:
        if m := _SECTION.match(text):
            section, section_title, item, letter, node, sub = m.group(1), m.group(2), None, None, None, None
            continue
        if section is None:
            continue  # header block: issuing body, number, date, title
        if m := _ITEM.match(text):
            item, letter, sub = m.group(1) or m.group(3), None, None
            node = open_node(f"{section}.{item}", m.group(2) or m.group(4), number)
            continue
        if m := _LETTER.match(text):
            if f := _field(m.group(2)):
                node = node or open_node(section, section_title, number)
                add_field(sub or node, *f, number)
            else:
                letter, sub = m.group(1), None
                node = open_node(".".join(p for p in (section, item, letter) if p), m.group(2), number)
            continue
        if node is None:
            if not (f := _field(text)) and not ((m := _DASH.match(text)) and (f := _field(m.group(1)))):
                continue  # prose of a section without items
            node = open_node(section, section_title, number)  # fields right under a section: it is the task
        if m := _DASH.match(text):
            if f := _field(m.group(1)):
                add_field(node, *f, number)
                sub = None
            else:
                sub = _Node(f"{node.path}.{len(node.children) + 1}", m.group(1).strip(" :;"), number, {}, [],
                            step=dated_step(m.group(1)))
                node.children.append(sub)
            continue
        target = sub or node
        if m := _PLUS.match(text):
            if f := _field(m.group(1)):
                add_field(target, *f, number)
            elif target.last in (None, "title", "deadline") and (step := dated_step(m.group(1))):
                target.steps.append(step)  # "+ Trước ngày …: …" under the task or its task/deadline label
            elif target.last is not None:
                target.fields[target.last].append((m.group(1).strip(" ;."), number, "plus"))
                target.ended = m.group(1).rstrip().endswith((".", ";"))
            else:
                target.heading = f"{target.heading} {m.group(1)}".strip()
            continue
        if f := _field(text):
            add_field(target, *f, number)
        elif target.last is not None and target.ended:  # a new paragraph after a finished value
            target.notes.append(text)
        elif target.last is not None:  # a paragraph continues the field above it
            value, line, how = target.fields[target.last][-1]
            target.fields[target.last][-1] = (f"{value} {text}".strip(), line, how)
            target.ended = text.endswith((".", ";"))
        else:
            target.heading = f"{target.heading} {text}".strip()

    tasks: list[PlanTask] = []
    for root in roots:
        for owner in [root] + root.children:
            for name, values in owner.fields.items():
                heads = [v for v in values if v[2] == "head"]
                for value, line, _ in heads:
                    has_plus = any(v[2] == "plus" for v in values) or (name in ("title", "deadline") and owner.steps)
                    opens_subtasks = name == "title" and owner is root and root.children
                    if not value and not has_plus and not opens_subtasks:
                        problems.append(Problem(file, line, "plan_empty_field", {"field": FIELD_LABELS[name]}))
        if problems:
            continue
        tasks += _tasks_of_root(root, index, sources)
    if problems:
        raise InputError(problems)
    return tasks, plan_date


def _tasks_of_root(root: _Node, index: AgencyIndex | None, sources: dict) -> list[PlanTask]:
    """A numbered item's tasks: its "-" sub-tasks, or itself. Dated steps without a lead of their own
    are folded into the sub-task before them (or the item when it has no other sub-task)."""
    owners: list[_Node] = []
    for child in root.children:
        if child.step and "leads" not in child.fields:
            (owners[-1] if owners else root).steps.append(child.step)
        else:
            owners.append(child)
    if owners:  # bullets without any field (aims, requirements) are prose, not tasks
        return [_task(child, root, index, sources) for child in owners if child.fields or root.fields]
    if root.fields:
        return _tasks_of(root, index, sources)
    return []


def _values(node: _Node, name: str) -> list[str]:
    return [v.strip(" ;.") for v, _, _ in node.fields.get(name, []) if v.strip(" ;.")]


def _task(node: _Node, parent: _Node | None, index: AgencyIndex | None, sources: dict, title: str | None = None,
          deadline: str | None = None, path: str | None = None, line: int | None = None) -> PlanTask:
    def get(name: str) -> list[str]:
        own = _values(node, name)
        return own if own or parent is None else _values(parent, name)

    own_title = node.step[1] if node.step else node.heading  # a dated step with its own lead: a task
    titles = get("title") if parent is None else (_values(node, "title") or [own_title])
    steps = tuple(Step(when, text) for when, text in node.steps)
    deadlines = _values(node, "deadline") or ([node.step[0]] if node.step else []) or get("deadline") \
        or [s.deadline for s in steps]
    line = line or node.line
    return PlanTask(
        path or node.path,
        title if title is not None else ("; ".join(titles) or node.heading),
        deadline if deadline is not None else ("; ".join(deadlines) or None),
        tuple(a for v in get("leads") for a in split_agencies(v, index)),
        tuple(a for v in get("coordinators") for a in split_agencies(v, index)),
        line, sources.get(line), steps, tuple(node.notes))


def _tasks_of(node: _Node, index: AgencyIndex | None, sources: dict) -> list[PlanTask]:
    """One task, or one per "+" value of the task field when the deadlines pair with them."""
    titles = [(v.strip(" ;."), line) for v, line, how in node.fields.get("title", []) if how == "plus" and v]
    deadlines = _values(node, "deadline")
    if len(titles) > 1 and len(deadlines) == len(titles) and not node.steps:
        return [_task(node, None, index, sources, title, _after_label(deadline), f"{node.path}.{i}", line)
                for i, ((title, line), deadline) in enumerate(zip(titles, deadlines), 1)]
    return [_task(node, None, index, sources)]


def _after_label(deadline: str) -> str:
    """"Sáp nhập Trung tâm Kiểm nghiệm: Hoàn thành trong năm 2024" → the deadline after the label."""
    return deadline.split(":", 1)[1].strip() if ":" in deadline else deadline
