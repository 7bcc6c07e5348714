"""Word report (python-docx) in the layout of a Vietnamese administrative document (Nghị định
30/2020/NĐ-CP, Phụ lục I): the heading block (issuing body left; national name and motto right; place
and date), the title, Times New Roman 13 on A4, the findings table on landscape pages, the documents
applied, the "(*)" note and a signature block. The date is left for the signer to fill in, so the same
report gives the same bytes (core properties are dated by the report, zip entries by a fixed date).
"""

from __future__ import annotations

import io
from datetime import datetime
from xml.sax.saxutils import escape as xml_escape

from docx import Document
from docx.enum.section import WD_ORIENT, WD_SECTION
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement, parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Cm, Emu, Pt

from ..ooxml import stable_zip
from .common import STATUS
from .model import Report, Section

FONT = "Times New Roman"
SIZE = Pt(13)
ROMAN = ["I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII", "XIII", "XIV", "XV"]
WORDS = {"vi": {"nation": "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "motto": "Độc lập - Tự do - Hạnh phúc",
                "body": "SỞ NỘI VỤ", "committee": "UBND {name}", "date": "{place}, ngày      tháng      năm {year}",
                "documents": "Văn bản áp dụng", "recipients": "Nơi nhận:", "recipient_lines": ["- Như trên;", "- Lưu: VT."],
                "signer": "NGƯỜI LẬP BÁO CÁO", "sign": "(Ký, ghi rõ họ tên)", "number": "Số:        /BC-SNV",
                "no": "STT", "general": "Thông tin chung"},
         "en": {"nation": "SOCIALIST REPUBLIC OF VIETNAM", "motto": "Independence - Freedom - Happiness",
                "body": "DEPARTMENT OF HOME AFFAIRS", "committee": "PEOPLE'S COMMITTEE OF {name}",
                "date": "{place}, ……/……/{year}", "documents": "Documents applied",
                "recipients": "To:", "recipient_lines": ["- As above;", "- Archive."], "signer": "PREPARED BY",
                "sign": "(Signature and full name)", "number": "No.:        /BC-SNV", "no": "No.",
                "general": "General information"}}
TEXT_WIDTH = {False: Cm(16), True: Cm(24.7)}   # A4 minus the margins of _a4, portrait and landscape
PREFIXES = ("Thành phố ", "Tỉnh ", "Huyện ", "Quận ", "Thị xã ")


def render_docx(report: Report) -> bytes:
    words = WORDS[report.lang]
    doc = Document()
    _base_style(doc)
    section = doc.sections[0]
    _a4(section, landscape=False)
    _heading_block(doc, report, words)
    title = doc.add_paragraph()
    title.alignment = WD_ALIGN_PARAGRAPH.CENTER
    title.paragraph_format.space_before = Pt(12)
    run = title.add_run(report.title)
    run.bold = True
    run.font.size = Pt(14)
    number = 0
    _heading(doc, f"{ROMAN[number]}. {words['general']}")
    for line in report.header:
        doc.add_paragraph(line)
    landscape = False
    # the summary by severity (or status) comes before the findings in a document to be read on paper
    ordered = sorted(report.sections, key=lambda part: part.key != "summary")
    for part in ordered:
        if part.key == "note":
            note = doc.add_paragraph(part.text)
            note.runs[0].italic = True
            continue
        wide = part.table is not None and len(part.table.headers) > 3
        if wide != landscape:  # wide tables on landscape pages, the rest portrait
            _a4(doc.add_section(WD_SECTION.NEW_PAGE), landscape=wide)
            landscape = wide
        number += 1
        _heading(doc, f"{ROMAN[number % len(ROMAN)]}. {part.title}")
        if part.key == "findings" and report.kind == "diff" and part.table.rows:
            _diff_findings(doc, part, report, words["no"], landscape)
        elif part.table is not None and part.table.rows:
            _table(doc, part.table.headers, part.table.rows, words["no"], landscape)
        else:
            doc.add_paragraph(part.text or "")
    if landscape:
        _a4(doc.add_section(WD_SECTION.NEW_PAGE), landscape=False)
    if report.documents:
        number += 1
        _heading(doc, f"{ROMAN[number % len(ROMAN)]}. {words['documents']}")
        for name in report.documents:
            doc.add_paragraph(f"- {name}")
    _signature(doc, words)
    stamp = datetime(report.as_of.year, report.as_of.month, report.as_of.day)
    props = doc.core_properties
    props.author = props.last_modified_by = "orgcheck"
    props.title = report.title
    props.created = props.modified = props.last_printed = stamp
    props.revision = 1
    out = io.BytesIO()
    doc.save(out)
    return stable_zip(out.getvalue())


def _base_style(doc) -> None:
    style = doc.styles["Normal"]
    style.font.name = FONT
    style.font.size = SIZE
    style.element.rPr.rFonts.set(qn("w:eastAsia"), FONT)  # Word picks this font for Vietnamese text too
    style.paragraph_format.space_after = Pt(3)


def _a4(section, landscape: bool) -> None:
    width, height = Cm(21), Cm(29.7)
    section.orientation = WD_ORIENT.LANDSCAPE if landscape else WD_ORIENT.PORTRAIT
    section.page_width, section.page_height = (height, width) if landscape else (width, height)
    # margins of NĐ 30/2020 Phụ lục I: top/bottom 2 cm, left 3 cm, right 1.5–2 cm
    section.top_margin = section.bottom_margin = Cm(2)
    section.left_margin, section.right_margin = Cm(3), Cm(2)


def _heading_block(doc, report: Report, words: dict) -> None:
    block = doc.add_table(rows=1, cols=2)
    block.alignment = WD_TABLE_ALIGNMENT.CENTER
    block.autofit = False
    left, right = block.rows[0].cells
    for column, cell, width in zip(block.columns, (left, right), (Cm(6.5), Cm(9.5))):
        column.width = cell.width = width
    lines = ([words["committee"].format(name=_place(report.jurisdiction).upper())] if report.jurisdiction else [])
    _lines(left, [(line, False) for line in lines] + [(words["body"], True), ("", False), (words["number"], False)])
    place = _place(report.jurisdiction) if report.jurisdiction else "……"
    _lines(right, [(words["nation"], True, Pt(12)), (words["motto"], True), ("", False),
                   (words["date"].format(place=place, year=report.as_of.year), False)], italic_last=True)


def _place(name: str | None) -> str:
    for prefix in PREFIXES:
        if name and name.startswith(prefix):
            return name[len(prefix):]
    return name or ""


def _lines(cell, lines: list[tuple], italic_last: bool = False) -> None:
    """Centred lines (text, bold[, size]) in a cell of a heading or signature block."""
    cell.paragraphs[0].text = ""
    for i, (text, bold, *size) in enumerate(lines):
        paragraph = cell.paragraphs[0] if i == 0 else cell.add_paragraph()
        paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER
        paragraph.paragraph_format.space_after = Pt(0)
        run = paragraph.add_run(text)
        run.bold = bold
        if size:
            run.font.size = size[0]  # the national name: 12 pt capitals (NĐ 30/2020), so it fits one line
        run.italic = italic_last and i == len(lines) - 1


def _heading(doc, text: str) -> None:
    paragraph = doc.add_paragraph()
    paragraph.paragraph_format.space_before = Pt(9)
    run = paragraph.add_run(text)
    run.bold = True


def _table(doc, headers: list[str], rows: list[list], no: str, landscape: bool) -> None:
    """A grid with a running number (STT) first; columns as wide as their text needs, within the page.
    The rows are written as WordprocessingML in one piece: python-docx's cell by cell API takes seconds
    for a few thousand findings."""
    columns = [no, *headers]
    values = [[str(i)] + ["" if v is None else str(v) for v in row] for i, row in enumerate(rows, start=1)]
    widths = _widths(columns, values, TEXT_WIDTH[landscape])
    table = doc.add_table(rows=1, cols=len(columns))
    table.style = "Table Grid"
    table.autofit = False
    for cell, text, width in zip(table.rows[0].cells, columns, widths):
        cell.width = width
        cell.paragraphs[0].add_run(text).bold = True
    for column, width in zip(table.columns, widths):
        column.width = width  # the grid: what LibreOffice reads; Word reads each cell's width
    table.rows[0]._tr.get_or_add_trPr().append(OxmlElement("w:tblHeader"))  # repeated on every page
    twips = [w.twips for w in widths]
    body = "".join("<w:tr>" + "".join(f'<w:tc><w:tcPr><w:tcW w:w="{w}" w:type="dxa"/></w:tcPr><w:p>{_run(text)}</w:p></w:tc>'
                                     for text, w in zip(row, twips)) + "</w:tr>" for row in values)
    for tr in list(parse_xml(f"<w:tbl {nsdecls('w')}>{body}</w:tbl>")):
        table._tbl.append(tr)


def _run(text: str) -> str:
    """A run of text, its line breaks as <w:br/> (as python-docx writes them)."""
    lines = "<w:br/>".join(f'<w:t xml:space="preserve">{xml_escape(line)}</w:t>' for line in text.split("\n"))
    return f"<w:r>{lines}</w:r>"


CHAR = Pt(6.5)   # a character of Times New Roman 13, capitals of a rule code included


def _widths(columns: list[str], rows: list[list[str]], total: int) -> list[Emu]:
    """Each column first gets room for its longest word — up to 24 characters where cells are single words
    (a rule code stays whole), up to 12 in prose (a long code inside a message may wrap), at least 4 so "STT"
    stays on one line; what is left of the page goes to the columns whose lines are longer, in proportion,
    up to 45 characters. Shares alone squeezed the number and code columns of wide tables."""
    floor, want = [], []
    for i, header in enumerate(columns):
        texts = [header] + [row[i] for row in rows]
        longest_word = max((len(w) for t in texts for w in t.split()), default=1)
        longest_line = max((len(line) for t in texts for line in t.split("\n")), default=1)
        single = all(len(t.split()) <= 2 for t in texts[1:])   # a code, a number, "CODE (*)"
        floor.append(max(min(longest_word, 24 if single else 12), 4) + 2)
        want.append(max(min(longest_line, 45) + 3 - floor[-1], 0))
    base = [n * CHAR for n in floor]
    if sum(base) >= total or not sum(want):
        return [Emu(int(total * b / sum(base))) for b in base]
    rest = total - sum(base)
    return [Emu(int(b + rest * w / sum(want))) for b, w in zip(base, want)]


def _diff_findings(doc, part: Section, report: Report, no: str, landscape: bool) -> None:
    """New, resolved and persisting findings, each under its own heading."""
    en = report.lang == "en"
    headers = part.table.headers[1:]
    for status in ("moi", "da_khac_phuc", "con_ton_tai"):
        rows = [row[1:] for row, record in zip(part.table.rows, part.table.records) if record.status == status]
        paragraph = doc.add_paragraph()
        paragraph.add_run(f"{STATUS[status][en].capitalize()} ({len(rows)})").bold = True
        if rows:
            _table(doc, headers, rows, no, landscape)


def _signature(doc, words: dict) -> None:
    doc.add_paragraph()
    block = doc.add_table(rows=1, cols=2)
    left, right = block.rows[0].cells
    left.paragraphs[0].text = ""
    run = left.paragraphs[0].add_run(words["recipients"])
    run.bold = run.italic = True
    for line in words["recipient_lines"]:
        left.add_paragraph(line)
    _lines(right, [(words["signer"], True), (words["sign"], False)], italic_last=True)
