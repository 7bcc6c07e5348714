"""A .docx plan read by its structure, not only its text.

- Paragraphs carry the number Word prints for them: a paragraph's list (numPr, its own or its style's)
  points to an abstract numbering whose level gives the format and text ("%1.", "%1.%2.", "%2)", a "-"
  or "+" bullet), so "1.", "2.1.", "a)", "-", "+" are rendered as the reader sees them and the text
  segmentation works as on a typed plan. Symbol-font bullets read as "-" at the first level, "+" below.
- Tables: a task table (see `table`) gives one task per row; any other table (the letterhead) is read
  as paragraphs. Cells spanning several columns are read once; a cell merged down the rows gives its
  value to each row.
- Footnotes live in their own part and never enter the text; page and section breaks only count pages.
  The page of a paragraph is given when the document records its pages (Word's rendered page breaks,
  else explicit page breaks).
"""

from __future__ import annotations

from dataclasses import replace

from ..messages import InputError, Message, Problem
from ..text import nfc
from .agencies import AgencyIndex
from .model import Block, Plan, Source
from .prose import prose_tasks
from .table import Row, table_tasks

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_SYMBOL_BULLETS = ("-", "+")   # what a Word bullet whose character is a symbol-font glyph prints as


def _val(element, tag: str, default=None):
    child = element.find(W + tag) if element is not None else None
    return child.get(W + "val", default) if child is not None else default


def _roman(n: int) -> str:
    out = ""
    for value, letters in ((1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"), (50, "L"),
                           (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")):
        while n >= value:
            out, n = out + letters, n - value
    return out


def _letter(n: int) -> str:
    return chr(ord("a") + (n - 1) % 26) * ((n - 1) // 26 + 1)


_FORMATS = {"decimal": str, "decimalZero": lambda n: f"{n:02d}", "lowerLetter": _letter,
            "upperLetter": lambda n: _letter(n).upper(), "lowerRoman": lambda n: _roman(n).lower(),
            "upperRoman": _roman}


class Numbering:
    """Word list numbering: the printed label of each numbered paragraph, counted in document order."""

    def __init__(self, doc):
        self.levels: dict[str, dict[int, tuple[str, str, int]]] = {}   # abstractNumId → ilvl → (fmt, text, start)
        self.nums: dict[str, tuple[str, dict[int, int]]] = {}           # numId → (abstractNumId, start overrides)
        try:
            root = doc.part.numbering_part.element
        except (KeyError, NotImplementedError):
            root = None
        for abstract in root.iter(W + "abstractNum") if root is not None else ():
            levels = {}
            for lvl in abstract.iter(W + "lvl"):
                levels[int(lvl.get(W + "ilvl", "0"))] = (_val(lvl, "numFmt", "decimal"), _val(lvl, "lvlText", ""),
                                                         int(_val(lvl, "start", "1")))
            self.levels[abstract.get(W + "abstractNumId")] = levels
        for num in root.iter(W + "num") if root is not None else ():
            overrides = {int(o.get(W + "ilvl", "0")): int(_val(o, "startOverride"))
                         for o in num.iter(W + "lvlOverride") if _val(o, "startOverride") is not None}
            self.nums[num.get(W + "numId")] = (_val(num, "abstractNumId"), overrides)
        self.counters: dict[str, dict[int, int]] = {}
        self.started: set[str] = set()
        self.styles = {s.style_id: s for s in doc.styles} if root is not None else {}

    def _num_pr(self, p):
        ppr = p.find(W + "pPr")
        num_pr = ppr.find(W + "numPr") if ppr is not None else None
        num_id, ilvl = _val(num_pr, "numId"), _val(num_pr, "ilvl")
        style_id = _val(ppr, "pStyle")
        seen = set()
        while num_id is None and style_id in self.styles and style_id not in seen:  # the style's list
            seen.add(style_id)
            style = self.styles[style_id].element
            s_ppr = style.find(W + "pPr")
            s_num = s_ppr.find(W + "numPr") if s_ppr is not None else None
            num_id, ilvl = _val(s_num, "numId"), ilvl or _val(s_num, "ilvl")
            style_id = _val(style, "basedOn")
        return num_id, int(ilvl) if (ilvl or "").isdigit() else 0  # a damaged level counts as the first

    def label(self, p) -> str:
        num_id, ilvl = self._num_pr(p)
        if num_id in (None, "0") or num_id not in self.nums:
            return ""
        abstract_id, overrides = self.nums[num_id]
        levels = self.levels.get(abstract_id, {})
        if ilvl not in levels:
            return ""
        counters = self.counters.setdefault(abstract_id, {})
        if num_id not in self.started:  # a list instance with a start override restarts its levels
            self.started.add(num_id)
            for level, start in overrides.items():
                counters[level] = start - 1
        fmt, text, start = levels[ilvl]
        counters[ilvl] = counters.get(ilvl, start - 1) + 1
        for deeper in [k for k in counters if k > ilvl]:
            del counters[deeper]
        if fmt == "bullet":
            return text if text in ("-", "–", "+", "•") else _SYMBOL_BULLETS[min(ilvl, 1)]
        if fmt == "none":
            return text
        for level in range(9):
            if f"%{level + 1}" in text:
                f, _, s = levels.get(level, ("decimal", "", 1))
                text = text.replace(f"%{level + 1}", _FORMATS.get(f, str)(counters.get(level, s)))
        return text


def _breaks(element, rendered: bool) -> int:
    """Page breaks inside a paragraph (or a table row): Word's rendered ones, else explicit ones."""
    if rendered:
        return sum(1 for _ in element.iter(W + "lastRenderedPageBreak"))
    explicit = sum(1 for br in element.iter(W + "br") if br.get(W + "type") == "page")
    explicit += sum(1 for _ in element.iter(W + "pageBreakBefore"))
    sections = (s for s in element.iter(W + "sectPr") if s.getparent().tag == W + "pPr")  # not the body's last
    return explicit + sum(1 for s in sections if _val(s, "type", "nextPage") != "continuous")


def read_docx(raw: bytes, file: str, index: AgencyIndex | None) -> Plan:
    from docx import Document

    from ..ooxml import read_container, repack

    parts = read_container(raw, file, "docx", required=("[Content_Types].xml", "word/document.xml"))
    try:
        doc = Document(repack(parts))
        blocks, tables = _structure(doc)
    except Exception:  # python-docx/lxml on a malformed part: their English text is no use to the analyst
        raise InputError([Problem(file, None, "container_invalid",
                                  {"reason": Message("docx_malformed")})]) from None
    problems: list[Problem] = []
    table_tasks_found = []
    for rows in tables:
        found = table_tasks(rows, file, index)
        if found is None:  # not a task table (e.g. the letterhead): its paragraphs are text
            blocks += _cell_blocks(rows)
        else:
            table_tasks_found.append(found[0])
            problems += found[1]
    if problems:
        raise InputError(problems)
    blocks.sort(key=lambda b: b.number)
    tasks, plan_date = prose_tasks(blocks, file, index)
    prefixed = bool(tasks) or len(table_tasks_found) > 1  # then a table's paths say which one ("PL1.I.2")
    for n, found in enumerate(table_tasks_found, 1):
        tasks += [replace(t, path=f"PL{n}.{t.path}") for t in found] if prefixed else found
    if not tasks:
        raise InputError([Problem(file, None, "plan_no_tasks")])
    return Plan(file, tuple(sorted(tasks, key=lambda t: t.line)), plan_date)


def _structure(doc) -> tuple[list[Block], list[list[Row]]]:
    """The body's paragraphs (with their printed list labels) and tables, numbered in document order."""
    from docx.table import Table
    from docx.text.paragraph import Paragraph

    numbering = Numbering(doc)
    body = doc.element.body
    rendered = next(body.iter(W + "lastRenderedPageBreak"), None) is not None
    paged = rendered or _breaks(body, False) > 0
    page = 1
    blocks: list[Block] = []
    tables: list[list[Row]] = []
    number = 0

    def text(p) -> str:
        label = numbering.label(p)
        content = nfc(Paragraph(p, doc).text)
        return f"{label} {content}" if label else content

    for child in body.iterchildren():
        tag = child.tag.rsplit("}", 1)[-1]
        if tag == "p":
            number += 1
            blocks.append(Block(number, text(child), Source(paragraph=number, page=page if paged else None)))
            page += _breaks(child, rendered)
        elif tag == "tbl":
            rows: list[Row] = []
            for r, row in enumerate(Table(child, doc).rows, 1):
                cells, previous = [], None
                for cell in row.cells:  # a cell spanning columns comes once per column: read it once
                    cells.append("" if cell._tc is previous else "\n".join(text(p._p) for p in cell.paragraphs))
                    previous = cell._tc
                number += 1
                rows.append(Row(tuple(cells), Source(table=len(tables) + 1, row=r, page=page if paged else None),
                                number))
                page += _breaks(row._tr, rendered)
            tables.append(rows)
    return blocks, tables


def _cell_blocks(rows: list[Row]) -> list[Block]:
    """A non-task table's cell paragraphs as text blocks (numbered by their row)."""
    return [Block(row.number, line, row.source) for row in rows for cell in row.cells for line in cell.split("\n")]
