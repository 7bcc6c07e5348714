"""A plan (kế hoạch) as written: its tasks with path, title, deadline, lead and coordinating agencies.

Layout understood (Nghị định 30/2020/NĐ-CP style): sections "I.", items "1.", sub-items in
Vietnamese letter order "a)" … "đ)" … (no f, j, w, z); task fields "Nhiệm vụ, giải pháp cụ thể:",
"Thời gian thực hiện:", "Cơ quan chủ trì:", "Cơ quan phối hợp:" in any order, as "-" lines,
"+" lines, bare lines or lettered lines ("c) Cơ quan chủ trì: …"). A "-" line that is not a field
opens a sub-task whose own fields follow as "+" lines; it inherits the fields its parent gave.
A "+" line that is not a field is one more value of the field above it; when the task field has
several "+" values and the deadline as many, they are paired in order into sub-tasks.
Lines broken mid-sentence are joined; paragraphs inside a task continue the field above them
(nothing is dropped); page numbers and footnote lines are removed, footnote marks stripped.

Agency lists are split at ";" always, and at "," and "và" only where the next piece starts a new
agency name (a head word from rules/danh-muc-viet-tat.yaml, or with --org the start of a unit's
name): "Sở Văn hóa, Thể thao và Du lịch" stays one agency.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from functools import lru_cache
from pathlib import Path

import yaml

from .messages import InputError, Message, Problem
from .model import RULES_DIR, Org
from .source import check_size, decode
from .text import nfc

VOCABULARY = RULES_DIR / "danh-muc-viet-tat.yaml"

ROMAN = r"(?:I|II|III|IV|V|VI|VII|VIII|IX|X|XI|XII)"
LETTERS = "abcdđeghiklmnopqrstuvxy"  # Vietnamese alphabet order: no f, j, w, z
_SECTION = re.compile(rf"^({ROMAN})\.\s+(.*)$")
_ITEM = re.compile(r"^(\d{1,2})\.\s+(.*)$")
_LETTER = re.compile(rf"^([{LETTERS}])\)\s*(.*)$")
_DASH = re.compile(r"^[-–—•]\s*(.*)$")
_PLUS = re.compile(r"^\+\s*(.*)$")
_FIELD = re.compile(
    r"^(?P<label>nhiệm vụ(?:, giải pháp)?(?: cụ thể)?|nội dung(?: nhiệm vụ)?|thời gian(?: thực hiện| hoàn thành)?"
    r"|thời hạn(?: hoàn thành| thực hiện)?|(?:cơ quan|đơn vị) chủ trì(?: thực hiện)?"
    r"|(?:cơ quan|đơn vị) phối hợp(?: thực hiện)?)\s*:\s*(?P<value>.*)$", re.IGNORECASE)
_PAGE = re.compile(r"^(?:-\s*\d+\s*-|\d+|trang\s+\d+(?:\s*/\s*\d+)?)$", re.IGNORECASE)
_SUPERSCRIPTS = "¹²³⁴⁵⁶⁷⁸⁹⁰"
_FOOTNOTE = re.compile(rf"^(?:[{_SUPERSCRIPTS}]+|\[\d+\])\s")
_MARK = re.compile(rf"[{_SUPERSCRIPTS}]+|\[\d+\]")
_DATE = re.compile(r"ngày\s+(\d{1,2})\s+tháng\s+(\d{1,2})\s+năm\s+(\d{4})")
FIELD_LABELS = {"title": "Nhiệm vụ", "deadline": "Thời gian thực hiện", "leads": "Cơ quan chủ trì",
                "coordinators": "Cơ quan phối hợp"}


@dataclass(frozen=True)
class PlanTask:
    path: str                       # "II.2.b.1"
    title: str
    deadline: str | None
    leads: tuple[str, ...]          # agency designations as written
    coordinators: tuple[str, ...]
    line: int                       # where the task starts (paragraph number for .docx)

    def as_dict(self) -> dict:
        return {"path": self.path, "title": self.title, "deadline": self.deadline,
                "leads": list(self.leads), "coordinators": list(self.coordinators), "line": self.line}


@dataclass(frozen=True)
class Plan:
    file: str
    tasks: tuple[PlanTask, ...]
    date: date | None               # "ngày … tháng … năm …" of the plan, when written


# --- vocabulary and agency names -------------------------------------------------------------

@dataclass(frozen=True)
class Vocabulary:
    abbreviations: tuple[tuple[re.Pattern, str], ...]
    spelling: tuple[tuple[str, str], ...]
    heads: tuple[str, ...]
    classes: tuple[str, ...]
    vague: tuple[str, ...]


@lru_cache(maxsize=1)
def vocabulary() -> Vocabulary:
    data = yaml.safe_load(VOCABULARY.read_text(encoding="utf-8"))
    abbreviations = sorted(data["viet_tat"].items(), key=lambda kv: -len(kv[0]))  # longest first
    return Vocabulary(
        tuple((re.compile(rf"(?<!\w){re.escape(nfc(a))}(?!\w)"), nfc(full)) for a, full in abbreviations),
        tuple((nfc(a), nfc(b)) for a, b in data["chinh_ta"].items()),
        tuple(nfc(h) for h in data["dau_ten"]),
        tuple(nfc(c) for c in data["nhom_co_quan"]),
        tuple(nfc(v) for v in data["thoi_han_chung_chung"]))


def name_key(text: str) -> str:
    """Comparison key of an agency name: abbreviations expanded, NFC, case, tone placement and
    punctuation ignored ("Sở KH&ĐT" = "Sở Kế hoạch và Đầu tư" = "sở kế hoạch và đầu tư.")."""
    voc = vocabulary()
    text = nfc(text)
    for pattern, full in voc.abbreviations:
        text = pattern.sub(full, text)
    text = text.casefold()
    for old, new in voc.spelling:
        text = text.replace(old, new)
    return " ".join(re.sub(r"[^\w\s]|_", " ", text).split())


def is_class(designation: str) -> bool:
    """A designation of a whole class of agencies ("các sở, ban, ngành", "UBND các huyện …")."""
    key = name_key(designation) + " "
    return any(key.startswith(prefix) for prefix in vocabulary().classes)


def is_vague(deadline: str) -> bool:
    text = nfc(deadline).casefold()
    return any(text.startswith(v) for v in vocabulary().vague)


class AgencyIndex:
    """The organization's units by name key (and id), for splitting and resolving designations."""

    def __init__(self, org: Org):
        self.by_key: dict[str, str | None] = {}
        for unit in org.units.values():
            key = name_key(unit.name)
            self.by_key[key] = None if key in self.by_key and self.by_key[key] != unit.id else unit.id
        self.ids = set(org.units)

    def resolve(self, designation: str) -> str | None:
        if designation in self.ids:
            return designation
        return self.by_key.get(name_key(designation))

    def starts_name(self, text: str) -> bool:
        key = name_key(text)
        return bool(key) and any(k == key or k.startswith(key + " ") for k in self.by_key)


_SEPARATOR = re.compile(r"\s*,\s*|\s+và\s+")


def split_agencies(value: str, index: AgencyIndex | None = None) -> list[str]:
    """Agency designations in one field value; see the module docstring for the heuristic."""
    heads = vocabulary().heads
    out: list[str] = []
    for part in value.split(";"):
        part = part.strip(" .;:")
        if not part:
            continue
        pieces = _SEPARATOR.split(part)
        separators = _SEPARATOR.findall(part)
        current = pieces[0]
        for sep, piece in zip(separators, pieces[1:]):
            joined = current + sep + piece
            new = piece.startswith(heads) or (index is not None and index.starts_name(piece))
            if new and not (index is not None and index.starts_name(joined)):
                out.append(current)
                current = piece
            else:
                current = joined
        out.append(current)
    return [d.strip(" .;:") for d in out if d.strip(" .;:")]


# --- reading ---------------------------------------------------------------------------------

def read_plan(path: str | Path, display_name: str | None = None, index: AgencyIndex | None = None) -> Plan:
    path = Path(path)
    file = display_name or str(path)
    suffix = path.suffix.lower()
    if suffix not in (".txt", ".docx"):
        raise InputError([Problem(file, None, "plan_extension")])
    try:
        check_size(path, file)
        raw = path.read_bytes()
    except FileNotFoundError:
        raise InputError([Problem(file, None, "file_missing")]) from None
    except OSError as exc:
        raise InputError([Problem(file, None, "file_unreadable", {"reason": exc.strerror or str(exc)})]) from None
    lines = _docx_lines(raw, file) if suffix == ".docx" else decode(raw, file).split("\n")
    return parse_plan(lines, file, index)


def _docx_lines(raw: bytes, file: str) -> list[str]:
    """Paragraphs in document order, table cells included (headers of official letters are tables)."""
    from docx import Document
    from docx.table import Table
    from docx.text.paragraph import Paragraph

    from .ooxml import read_container, repack

    parts = read_container(raw, file, "docx", required=("[Content_Types].xml", "word/document.xml"))
    try:
        doc = Document(repack(parts))
        body = doc.element.body
        if body is None:
            raise ValueError("no w:body")
    except Exception:  # python-docx/lxml on a malformed part: their English text is no use to the analyst
        raise InputError([Problem(file, None, "container_invalid",
                                  {"reason": Message("docx_malformed")})]) from None
    lines: list[str] = []
    for child in body.iterchildren():
        tag = child.tag.rsplit("}", 1)[-1]
        if tag == "p":
            lines.append(Paragraph(child, doc).text)
        elif tag == "tbl":
            for row in Table(child, doc).rows:
                for cell in row.cells:
                    lines += [p.text for p in cell.paragraphs]
    return [nfc(line) for line in lines]


@dataclass
class _Node:
    path: str
    heading: str
    line: int
    fields: dict            # field → list of (value, line, "head" | "plus")
    children: list          # sub-tasks opened by "-" lines
    last: str | None = None  # the field that paragraphs and "+" values continue


def _field(text: str) -> tuple[str, str] | None:
    m = _FIELD.match(text)
    if not m:
        return None
    label = m.group("label").casefold()
    name = ("leads" if "chủ trì" in label else "coordinators" if "phối hợp" in label else
            "deadline" if label.startswith("thời") else "title")
    return name, m.group("value").strip()


def _logical_lines(lines: list[str]) -> list[tuple[int, str]]:
    """Numbered non-blank lines with page numbers and footnotes removed and broken lines joined."""
    out: list[tuple[int, str]] = []
    previous_blank = True
    for number, raw in enumerate(lines, 1):
        text = nfc(raw).replace("\u00a0", " ").strip()
        if not text or _PAGE.match(text) or _FOOTNOTE.match(text):
            previous_blank = previous_blank or not text
            continue
        text = _MARK.sub("", text).strip()
        starts = bool(_SECTION.match(text) or _ITEM.match(text) or _LETTER.match(text) or _DASH.match(text)
                      or _PLUS.match(text) or _field(text))
        if out and not previous_blank and not starts and not out[-1][1].endswith((".", ";", ":")):
            out[-1] = (out[-1][0], f"{out[-1][1]} {text}")
        else:
            out.append((number, text))
        previous_blank = False
    return out


def parse_plan(lines: list[str], file: str, index: AgencyIndex | None = None) -> Plan:
    if not any(line.strip() for line in lines):
        raise InputError([Problem(file, None, "file_empty")])
    logical = _logical_lines(lines)
    plan_date = None
    for _, text in logical:
        if _SECTION.match(text):
            break  # the date of the plan is in its header, not in a task's deadline
        if m := _DATE.search(text):
            try:
                plan_date = date(int(m.group(3)), int(m.group(2)), int(m.group(1)))
            except ValueError:
                pass  # an impossible date in the header is not a task problem; the plan has none
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
        target.last = name

    for number, text in logical:
        if m := _SECTION.match(text):
            section, section_title, item, letter, node, sub = m.group(1), m.group(2), None, None, None, None
            continue
        if section is None:
            continue  # header block: issuing body, number, date, title
        if m := _ITEM.match(text):
            item, letter, sub = m.group(1), None, None
            node = open_node(f"{section}.{item}", m.group(2), number)
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
                sub = _Node(f"{node.path}.{len(node.children) + 1}", m.group(1).strip(" :;"), number, {}, [])
                node.children.append(sub)
            continue
        target = sub or node
        if m := _PLUS.match(text):
            if f := _field(m.group(1)):
                add_field(target, *f, number)
            elif target.last is not None:
                target.fields[target.last].append((m.group(1).strip(" ;."), number, "plus"))
            else:
                target.heading = f"{target.heading} {m.group(1)}".strip()
            continue
        if f := _field(text):
            add_field(target, *f, number)
        elif target.last is not None:  # a paragraph continues the field above it
            value, line, how = target.fields[target.last][-1]
            target.fields[target.last][-1] = (f"{value} {text}".strip(), line, how)
        else:
            target.heading = f"{target.heading} {text}".strip()

    tasks: list[PlanTask] = []
    for root in roots:
        for owner in [root] + root.children:
            for name, values in owner.fields.items():
                heads = [v for v in values if v[2] == "head"]
                for value, line, _ in heads:
                    has_plus = any(v[2] == "plus" for v in values)
                    opens_subtasks = name == "title" and owner is root and root.children
                    if not value and not has_plus and not opens_subtasks:
                        problems.append(Problem(file, line, "plan_empty_field", {"field": FIELD_LABELS[name]}))
        if problems:
            continue
        if root.children:  # bullets without any field (aims, requirements) are prose, not tasks
            tasks += [_task(child, root, index) for child in root.children if child.fields or root.fields]
        elif root.fields:
            tasks += _tasks_of(root, index)
    if problems:
        raise InputError(problems)
    if not tasks:
        raise InputError([Problem(file, None, "plan_no_tasks")])
    return Plan(file, tuple(tasks), plan_date)


def _values(node: _Node, name: str) -> list[str]:
    return [v.strip(" ;.") for v, _, _ in node.fields.get(name, []) if v.strip(" ;.")]


def _task(node: _Node, parent: _Node | None, index: AgencyIndex | None, title: str | None = None,
          deadline: str | None = None, path: str | None = None, line: int | None = None) -> PlanTask:
    def get(name: str) -> list[str]:
        own = _values(node, name)
        return own if own or parent is None else _values(parent, name)

    titles = get("title") if parent is None else (_values(node, "title") or [node.heading])
    deadlines = get("deadline")
    return PlanTask(
        path or node.path,
        title if title is not None else ("; ".join(titles) or node.heading),
        deadline if deadline is not None else ("; ".join(deadlines) or None),
        tuple(a for v in get("leads") for a in split_agencies(v, index)),
        tuple(a for v in get("coordinators") for a in split_agencies(v, index)),
        line or node.line)


def _tasks_of(node: _Node, index: AgencyIndex | None) -> list[PlanTask]:
    """One task, or one per "+" value of the task field when the deadlines pair with them."""
    titles = [(v.strip(" ;."), line) for v, line, how in node.fields.get("title", []) if how == "plus" and v]
    deadlines = _values(node, "deadline")
    if len(titles) > 1 and len(deadlines) == len(titles):
        return [_task(node, None, index, title, _after_label(deadline), f"{node.path}.{i}", line)
                for i, ((title, line), deadline) in enumerate(zip(titles, deadlines), 1)]
    return [_task(node, None, index)]


def _after_label(deadline: str) -> str:
    """"Sáp nhập Trung tâm Kiểm nghiệm: Hoàn thành trong năm 2024" → the deadline after the label."""
    return deadline.split(":", 1)[1].strip() if ":" in deadline else deadline
