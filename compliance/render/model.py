"""The report model: what a check, a diff or a plan check says, built once and format-neutral.

Every format (table, markdown, csv, xlsx, docx, html) renders a `Report`; a section added here appears
in all of them. Sections marked `documents_only` (summaries by family and unit) appear only in the
files analysts keep (xlsx, docx, html), so the terminal report stays as short as it was.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field, replace
from datetime import date
from typing import TYPE_CHECKING

from ..catalogue import Severity
from ..check import CheckResult, Finding, PlanResult, format_number
from ..targets import evaluate
from ..messages import Message
from ..text import printable, vi_sort_key
from .common import (
    COUNT_LABELS,
    COVERAGE_TITLE,
    HEADERS,
    STATUS,
    TARGET_HEADERS,
    TASK_HEADERS,
    UNVERIFIED,
    WAIVED_HEADERS,
    WAIVED_TITLE,
    change_text,
    code_cell,
    coverage_lines,
    header_lines,
    plan_header,
    target_rows,
    totals,
    unit_cell,
    waived_rows,
)

if TYPE_CHECKING:
    from ..diff import DiffResult


@dataclass(frozen=True)
class Record:
    """One finding as a report row: the finding, and for a diff whether it is new, resolved or persisting."""

    finding: Finding
    status: str | None = None
    rule_title: str = ""                    # the rule's title and why it exists, for the explanation of a finding
    why: str = ""


@dataclass(frozen=True)
class Table:
    headers: list[str]
    rows: list[list]                        # text cells, or numbers where the table shows numbers
    widths: tuple[int | None, ...] = ()     # widest each column wraps to in the terminal (None: as wide as it is)
    keep: frozenset[int] = frozenset()      # columns never wrapped (severities, statuses)
    atoms: frozenset[int] = frozenset()     # columns whose words are never cut, not even after a separator (codes)
    numbers: bool = True                    # numeric-looking text is aligned as a number
    style: str = "grid"                     # tabulate's grid, or simple for a short summary
    records: tuple[Record, ...] = ()        # the finding behind each row, when rows are findings
    severity_column: int | None = None      # coloured in the terminal


@dataclass(frozen=True)
class Section:
    key: str                                # findings | summary | by_family | by_unit | targets | units | counts | tasks | note
    title: str                              # heading in documents (sheet name, Word heading)
    table: Table | None = None
    text: str | None = None                 # a note; or what stands in for an empty table
    show_title: bool = False                # the terminal and Markdown print the title too
    documents_only: bool = False


@dataclass(frozen=True)
class Report:
    kind: str                               # check | diff | plan
    lang: str
    title: str                              # the document's title ("BÁO CÁO KẾT QUẢ KIỂM TRA …")
    header: list[str]                       # the lines under the title
    sections: list[Section]
    records: list[Record]                   # every finding, in report order
    as_of: date
    jurisdiction: str | None = None
    documents: list[str] = field(default_factory=list)

    def text_sections(self) -> list[Section]:
        return [s for s in self.sections if not s.documents_only]


NO_FINDINGS = {"vi": "Không có phát hiện nào.", "en": "No findings."}
# when some families were not checked, "no findings" speaks only of those that were
NO_FINDINGS_CHECKED = {"vi": "Không có phát hiện nào trong các nhóm quy tắc đã kiểm tra (xem «Không kiểm tra»).",
                       "en": "No findings in the rule families checked (see 'Not checked')."}
FAMILY_LABELS = {"tieu_chi": ("Tiêu chí thành lập", "Criteria for setting up"),
                 "cap_pho": ("Số lượng cấp phó", "Number of deputies"),
                 "chuc_nang": ("Chức năng", "Functions"), "chu_tri": ("Chủ trì, phối hợp", "Lead and coordination"),
                 "co_cau": ("Cơ cấu tổ chức", "Structure"), "mien_tru": ("Miễn trừ", "Waivers")}
DOCS_PAGE = "docs/rules/{code}.md"


def _records(pairs, rules, lang: str) -> list[Record]:
    """Records of (finding, status) pairs, with the title and why of the rule that made each."""
    by_code = {r.code: r for r in rules}
    return [Record(f, status, by_code[f.code].title.get(lang) if f.code in by_code else "",
                   by_code[f.code].why.get(lang) if f.code in by_code else "") for f, status in pairs]


def family_label(family: str, lang: str) -> str:
    return FAMILY_LABELS.get(family, (family, family))[lang == "en"]


def finding_columns(lang: str, with_status: bool = False) -> list[str]:
    """The flat columns of one finding per row (xlsx findings sheet, csv)."""
    en = lang == "en"
    head = (["Status"] if en else ["Tình trạng"]) if with_status else []
    return head + (["Rule", "Severity", "Family", "Unit ID", "Unit", "Place in the structure", "Line", "Finding",
                    "What to do", "Legal basis", "Confidence", "Rule page", "Fingerprint"] if en else
                   ["Mã quy tắc", "Mức độ", "Nhóm", "Mã đơn vị", "Đơn vị", "Vị trí trong cơ cấu", "Dòng", "Phát hiện",
                    "Hướng xử lý", "Căn cứ pháp lý", "Độ tin cậy", "Trang quy tắc", "Dấu vân tay"])


CONFIDENCE = {"verified": ("đã xác minh", "verified"), "unverified": ("chưa xác minh (*)", "unverified (*)")}


def finding_values(r: Record, lang: str, with_status: bool = False) -> list:
    f, en = r.finding, lang == "en"
    head = [STATUS[r.status][en] if r.status else ""] if with_status else []
    return head + [_cell(v) for v in (f.code, f.severity.label(lang), family_label(f.family, lang), f.subject_id, f.subject_name,
                   " › ".join(f.path[:-1]), f.line, f.message[lang], f.hint.get(lang, ""), f.legal_basis,
                   CONFIDENCE.get(f.confidence, (f.confidence, f.confidence))[en], DOCS_PAGE.format(code=f.code),
                   f.fingerprint)]


def _summary(findings: list[Finding], lang: str) -> Section:
    en = lang == "en"
    rows = [[Severity(s).label(lang), n] for s, n in totals(findings).items()] + \
           [["total" if en else "tổng cộng", len(findings)]]
    return Section("summary", "Summary by severity" if en else "Tổng hợp theo mức độ",
                   Table(["Severity", "Findings"] if en else ["Mức độ", "Số phát hiện"], rows, style="simple",
                         severity_column=0))


def _by_family_and_unit(findings: list[Finding], lang: str, documents: bool = True) -> list[Section]:
    """Documents-only summaries; none for the text formats, which would drop them (a national by-unit
    table has 10 000 rows)."""
    if not documents:
        return []
    en = lang == "en"
    families = Counter(f.family for f in findings)
    units = Counter((f.subject_name, f.subject_id) for f in findings)
    by_family = [[family_label(k, lang), n] for k, n in sorted(families.items(), key=lambda kv: vi_sort_key(kv[0]))]
    by_unit = [[f"{name} ({uid})", n] for (name, uid), n in
               sorted(units.items(), key=lambda kv: (-kv[1], vi_sort_key(kv[0][0]), kv[0][1]))]
    return [Section("by_family", "By family" if en else "Theo nhóm quy tắc",
                    Table(["Family" if en else "Nhóm", "Findings" if en else "Số phát hiện"], by_family, style="simple"),
                    documents_only=True),
            Section("by_unit", "By unit" if en else "Theo đơn vị",
                    Table(["Unit" if en else "Đơn vị", "Findings" if en else "Số phát hiện"], by_unit, style="simple"),
                    documents_only=True)]


def _targets(rows, lang: str) -> list[Section]:
    if not rows:
        return []
    return [Section("targets", "Reduction targets" if lang == "en" else "Chỉ tiêu tinh giản",
                    Table(TARGET_HEADERS[lang], target_rows(rows, lang), widths=(40,) * 8), show_title=True)]


def _unverified(findings: list[Finding], lang: str) -> list[Section]:
    if any(f.confidence == "unverified" for f in findings):
        return [Section("note", "Note" if lang == "en" else "Ghi chú", text=UNVERIFIED[lang])]
    return []


def _not_checked(result: CheckResult, lang: str) -> list[Section]:
    if not result.not_checked:
        return []
    return [Section("not_checked", "Not checked" if lang == "en" else "Không kiểm tra",
                    text="\n".join(n.text(lang) for n in result.not_checked))]


def _waived(waived: list, lang: str) -> list[Section]:
    """Findings approved by a decision: listed with their waiver, never counted."""
    if not waived:
        return []
    return [Section("waived", f"{WAIVED_TITLE[lang]} ({len(waived)})",
                    Table(WAIVED_HEADERS[lang], waived_rows(waived, lang), widths=(None, 30, 36, 28, 30, 12),
                          keep=frozenset({0}), numbers=False), show_title=True)]


def _coverage(result: CheckResult, lang: str) -> list[Section]:
    return [Section("coverage", COVERAGE_TITLE[lang], text="\n".join(f"- {line}" for line in coverage_lines(result, lang)),
                    show_title=True)]


def _reviewed(rules: list, lang: str) -> list[Section]:
    """When the catalogue applied was last confirmed in force (provenance.reviewed_on), oldest and newest."""
    days = sorted(r.provenance.reviewed_on for r in rules if r.provenance is not None)
    if not days:
        text = Message("catalogue_not_reviewed", {"total": len(rules)}).text(lang)
    else:
        text = Message("catalogue_reviewed", {"oldest": f"{days[0]:%d/%m/%Y}", "newest": f"{days[-1]:%d/%m/%Y}",
                                              "count": len(days), "total": len(rules)}).text(lang)
    return [Section("reviewed", "Review" if lang == "en" else "Rà soát", text=text)]


def _explanations(records: list[Record], lang: str, documents: bool = True) -> list[Section]:
    """Each finding's explanation for the documents an analyst keeps (xlsx sheet, Word section): the rule,
    why the norm exists, the value against the limit, the basis. The web page and html open the same
    account inside each finding; `orgcheck explain` gives the facts read and the band row."""
    if not records or not documents:   # a documents-only section: the terminal never prints it
        return []
    en = lang == "en"
    rows = [[r.finding.code, unit_cell(r.finding, lang), r.rule_title, r.why,
             "—" if r.finding.value is None else
             f"{format_number(r.finding.value, lang)} / {'—' if r.finding.limit is None else format_number(r.finding.limit, lang)}",
             r.finding.legal_basis] for r in records]
    headers = (["Rule", "Unit", "What the rule checks", "Why", "Value / limit", "Legal basis"] if en else
               ["Mã quy tắc", "Đơn vị", "Quy tắc kiểm tra", "Vì sao", "Giá trị / giới hạn", "Căn cứ pháp lý"])
    return [Section("explanations", "Explanation of each finding" if en else "Giải thích từng phát hiện",
                    Table(headers, rows, numbers=False), documents_only=True)]


def check_report(result: CheckResult, lang: str = "vi", documents: bool = True) -> Report:
    en = lang == "en"
    records = _records(((f, None) for f in result.findings), result.rules, lang)
    rows = [[code_cell(f), f.severity.label(lang), unit_cell(f, lang), f.message[lang], f.legal_basis]
            for f in result.findings]
    findings = Section("findings", "Findings" if en else "Các phát hiện",
                       Table(HEADERS[lang], rows, widths=(None, None, 38, 48, 34), keep=frozenset({1}), atoms=frozenset({0}),
                             numbers=False, records=tuple(records), severity_column=1),
                       text=(NO_FINDINGS_CHECKED if result.not_checked else NO_FINDINGS)[lang])
    j = result.org.jurisdiction
    sections = [findings, _summary(result.findings, lang), *_not_checked(result, lang), *_waived(result.waived, lang),
                *_by_family_and_unit(result.findings, lang, documents), *_explanations(records, lang, documents),
                *_targets(evaluate(result.org), lang), *_unverified(result.findings, lang), *_reviewed(result.rules, lang),
                *_coverage(result, lang)]
    return Report("check", lang, (f"COMPLIANCE CHECK REPORT: {j.name}".upper() if en else
                                  f"BÁO CÁO KẾT QUẢ KIỂM TRA TUÂN THỦ CƠ CẤU TỔ CHỨC {j.name}".upper()),
                  header_lines(result, lang), sections, records, result.as_of, j.name, result.documents)


def diff_report(d: DiffResult, lang: str = "vi", documents: bool = True) -> Report:
    en = lang == "en"
    before, after = d.before, d.after
    head = ([f"orgcheck — before/after comparison: {after.org.jurisdiction.name}",
             f"Before: {before.org.source.file} ({before.as_of:%d/%m/%Y}); after: {after.org.source.file} "
             f"({after.as_of:%d/%m/%Y})"] if en else
            [f"orgcheck — so sánh trước/sau: {after.org.jurisdiction.name}",
             f"Trước: {before.org.source.file} ({before.as_of:%d/%m/%Y}); sau: {after.org.source.file} "
             f"({after.as_of:%d/%m/%Y})"])
    if d.name:
        head.insert(1, ("Proposal: " if en else "Đề án: ") + d.name)
    if before.regime.code != after.regime.code:  # then some rows change because the law did, not the structure
        head.append(f"Legal regimes differ: {before.regime.name.en} → {after.regime.name.en}" if en else
                    f"Chế độ pháp lý khác nhau: {before.regime.name.vi} → {after.regime.name.vi}; "
                    "một số thay đổi do pháp luật, không do cơ cấu")
    head += [n[lang] for n in after.notes]
    records = _records(((r.finding, r.status) for r in d.rows), [*before.rules, *after.rules], lang)
    rows = [[STATUS[r.status][en], code_cell(r.finding), unit_cell(r.finding, lang), r.finding.message[lang]]
            for r in d.rows]
    headers = ["Status", "Rule", "Unit", "Finding"] if en else ["Tình trạng", "Mã quy tắc", "Đơn vị", "Phát hiện"]
    sections = [Section("findings", "Findings" if en else "Các phát hiện",
                        Table(headers, rows, widths=(40,) * 4, keep=frozenset({0}), atoms=frozenset({1}),
                              records=tuple(records)),
                        text=(NO_FINDINGS_CHECKED if d.after.not_checked else NO_FINDINGS)[lang])]
    sections.append(Section("summary", "Summary by status" if en else "Tổng hợp theo tình trạng",
                            Table(["Status", "Findings"] if en else ["Tình trạng", "Số phát hiện"],
                                  [[STATUS[s][en], n] for s, n in d.totals().items()], style="simple")))
    sections += _by_family_and_unit([r.finding for r in d.rows], lang, documents)
    sections += _explanations([r for r in records if r.status != "da_khac_phuc"], lang, documents)
    unit_rows = [[f"{c.name} ({c.unit_id})", change_text(c, lang), c.staff_before, c.staff_after,
                  c.deputies_before, c.deputies_after] for c in d.units]
    unit_headers = (["Unit", "Change", "Staff before", "Staff after", "Deputies before", "Deputies after"] if en else
                    ["Đơn vị", "Thay đổi", "Biên chế/người trước", "Sau", "Cấp phó trước", "Sau"])
    sections.append(Section("units", "Units changed" if en else "Đơn vị thay đổi",
                            Table(unit_headers, unit_rows, widths=(40,) * 6),
                            text="No unit changed." if en else "Không đơn vị nào thay đổi.", show_title=True))
    count_rows = [[COUNT_LABELS[k][en], d.counts_before[k], d.counts_after[k], d.counts_after[k] - d.counts_before[k]]
                  for k in COUNT_LABELS]
    sections.append(Section("counts", "Totals" if en else "Tổng số",
                            Table(["", "Before", "After", "Change"] if en else ["", "Trước", "Sau", "Chênh lệch"],
                                  count_rows, widths=(40,) * 4), show_title=True))
    sections += _waived(after.waived, lang)
    sections += _targets(d.targets, lang)
    sections += _unverified([r.finding for r in d.rows], lang)
    sections += _not_checked(d.after, lang)   # the law of the proposed structure's date
    name = after.org.jurisdiction.name
    documents = sorted(set(before.documents) | set(after.documents), key=vi_sort_key)
    return Report("diff", lang, (f"BEFORE/AFTER COMPARISON REPORT: {name}".upper() if en else
                                 f"BÁO CÁO KẾT QUẢ KIỂM TRA PHƯƠNG ÁN SẮP XẾP {name}".upper()),
                  head, sections, records, after.as_of, name, documents)


def plan_report(result: PlanResult, lang: str = "vi", documents: bool = True) -> Report:
    en = lang == "en"
    tasks = [[t.path, t.title, t.deadline or "—", "\n".join(t.leads) or "—", "\n".join(t.coordinators) or "—", t.line]
             for t in result.plan.tasks]
    records = _records(((f, None) for f in result.findings), result.rules, lang)
    rows = [[code_cell(f), f.severity.label(lang), f.subject_id, f.message[lang], f.legal_basis]
            for f in result.findings]
    headers = HEADERS[lang][:2] + (["Path"] if en else ["Mục"]) + HEADERS[lang][3:]
    sections = [Section("tasks", "Tasks" if en else "Nhiệm vụ",
                        Table(TASK_HEADERS[lang], tasks, widths=(None, 40, 24, 28, 28, None), atoms=frozenset({0})),
                        text=NO_FINDINGS[lang]),
                Section("findings", "Findings" if en else "Các phát hiện",
                        Table(headers, rows, widths=(None, None, None, 48, 34), keep=frozenset({1}), atoms=frozenset({0, 2}),
                              records=tuple(records), severity_column=1), text=NO_FINDINGS[lang]),
                _summary(result.findings, lang), *_waived(result.waived, lang),
                *_by_family_and_unit(result.findings, lang, documents), *_explanations(records, lang, documents),
                *_unverified(result.findings, lang)]
    org = result.org
    return Report("plan", lang, (f"PLAN CHECK REPORT: {result.plan.file}".upper() if en else
                                 "BÁO CÁO KẾT QUẢ KIỂM TRA PHÂN CÔNG NHIỆM VỤ CỦA KẾ HOẠCH"),
                  plan_header(result, lang), sections, records, result.as_of,
                  org.jurisdiction.name if org else None)


def build(result, lang: str = "vi", documents: bool = True) -> Report:
    """The report of a CheckResult, DiffResult or PlanResult, every text cell printable; without the
    documents-only sections when `documents` is false (terminal, Markdown)."""
    if isinstance(result, CheckResult):
        return _printable(check_report(result, lang, documents))
    if isinstance(result, PlanResult):
        return _printable(plan_report(result, lang, documents))
    return _printable(diff_report(result, lang, documents))


def _cell(value):
    return printable(value) if isinstance(value, str) else value


def _printable(report: Report) -> Report:
    """Names and ids come from the user's file: a control, bidi or zero-width character in them is shown
    as ‹U+XXXX› in every format, never passed to a terminal or a document (escape injection)."""
    def table(t: Table | None) -> Table | None:
        return t and replace(t, headers=[_cell(h) for h in t.headers], rows=[[_cell(c) for c in row] for row in t.rows])

    return replace(report, title=_cell(report.title), header=[_cell(h) for h in report.header],
                   jurisdiction=_cell(report.jurisdiction),
                   documents=[_cell(d) for d in report.documents],
                   sections=[replace(s, title=_cell(s.title), text=_cell(s.text), table=table(s.table))
                             for s in report.sections])
