"""What every format shares: labels, header lines, cells, totals. One place, so formats agree."""

from __future__ import annotations

import functools
import re
import textwrap
from typing import TYPE_CHECKING

from ..catalogue import Severity
from ..check import CheckResult, Finding, PlanResult, format_number
from ..model import CLASS_LABELS, KINDS, Kind
from ..targets import TargetRow

if TYPE_CHECKING:
    from ..diff import UnitChange

UNVERIFIED = {"vi": "(*) ngưỡng chưa được xác minh với văn bản gốc",
              "en": "(*) threshold not verified against the original legal text"}
HEADERS = {"vi": ["Mã quy tắc", "Mức độ", "Đơn vị", "Phát hiện", "Căn cứ pháp lý"],
           "en": ["Rule", "Severity", "Unit", "Finding", "Legal basis"]}


def totals(findings: list[Finding]) -> dict[str, int]:
    counts = {s.value: 0 for s in Severity}
    for f in findings:
        counts[f.severity.value] += 1
    return counts


def header_lines(result: CheckResult, lang: str) -> list[str]:
    j = result.org.jurisdiction
    classes = result.org.province_classes()
    cls = (CLASS_LABELS[classes.pop().value][lang == "en"] if len(classes) == 1
           else "per province" if lang == "en" else "theo từng tỉnh")
    regime = result.regime
    if lang == "en":
        return [f"orgcheck — compliance check: {j.name} ({cls}), as of {result.as_of:%d/%m/%Y}",
                f"Source: {result.org.source.file}",
                f"Legal regime: {regime.name.en} ({regime.period()})",
                f"Documents in force: {'; '.join(result.documents)} ({len(result.rules)} rules)",
                *(n[lang] for n in result.notes)]
    return [f"orgcheck — kiểm tra tuân thủ: {j.name} ({cls}), ngày {result.as_of:%d/%m/%Y}",
            f"Tệp: {result.org.source.file}",
            f"Chế độ pháp lý: {regime.name.vi} ({regime.period()})",
            f"Văn bản áp dụng: {'; '.join(result.documents)} ({len(result.rules)} quy tắc)",
            *(n[lang] for n in result.notes)]


SUBJECT_LABELS = {"task": ("Nhiệm vụ", "Task"), "waiver": ("Miễn trừ", "Waiver")}


def unit_cell(f: Finding, lang: str) -> str:
    if f.subject_type == "waiver":  # an unused waiver: where it is written
        return f"{SUBJECT_LABELS['waiver'][lang == 'en']}: {f.path[-1]}"
    where = " › ".join(f.path[:-1]) if f.subject_type == "unit" else SUBJECT_LABELS["task"][lang == "en"]
    return f"{f.subject_name} ({f.subject_id})" + (f"\n{where}" if where else "")


WAIVED_TITLE = {"vi": "Được miễn trừ", "en": "Waived"}
WAIVED_HEADERS = {"vi": ["Mã quy tắc", "Đơn vị", "Phát hiện", "Miễn trừ theo", "Lý do", "Hiệu lực"],
                  "en": ["Rule", "Unit", "Finding", "Waived by", "Reason", "Valid"]}


def waived_rows(waived: list, lang: str) -> list[list[str]]:
    def validity(w) -> str:
        start = f"{w.spec.valid_from:%d/%m/%Y}" if w.spec.valid_from else "…"
        end = f"{w.spec.until:%d/%m/%Y}" if w.spec.until else "…"
        return f"{start} – {end}"
    return [[code_cell(x.finding), unit_cell(x.finding, lang), x.finding.message[lang], x.waiver.spec.decision.text(),
             x.waiver.spec.reason, validity(x.waiver)] for x in waived]


def code_cell(f: Finding) -> str:
    return f.code + (" (*)" if f.confidence == "unverified" else "")


@functools.lru_cache(maxsize=4096)  # legal bases and messages repeat across the findings of one rule
def wrap_cell(cell: str, width: int | None) -> str:
    """What tabulate's maxcolwidths does (same output on NFC text), without its per-character width
    measurement: 2-3× faster on large reports."""
    if width is None:
        return cell
    wrap = _wrapper(width).wrap
    return "\n".join(line for part in cell.split("\n") for line in (wrap(part) or [""]))


class _Wrapper(textwrap.TextWrapper):
    """Breaks between words, never at a hyphen ("QĐ-UBND" stays whole). A token longer than the width (a
    unit id, a function code) breaks after one of its separators (so_gddt_ | thpt); only a piece still too
    long is cut."""

    def _split(self, text: str) -> list[str]:
        chunks = super()._split(text)
        room = self.width - max(len(self.initial_indent), len(self.subsequent_indent))
        if all(len(c) <= room for c in chunks):
            return chunks
        return [piece for c in chunks for piece in (SEPARATED.split(c) if len(c) > room else [c]) if piece]


SEPARATED = re.compile(r"(?<=[_./])")


def unbreakable(token: str) -> int:
    """The narrowest a column holding `token` can be without cutting it anywhere but after a separator."""
    return max(len(piece) for piece in SEPARATED.split(token))


@functools.cache
def _wrapper(width: int) -> textwrap.TextWrapper:
    return _Wrapper(width, break_on_hyphens=False)


TASK_HEADERS = {"vi": ["Mục", "Nhiệm vụ", "Thời gian thực hiện", "Chủ trì", "Phối hợp", "Dòng"],
                "en": ["Path", "Task", "Deadline", "Lead", "Coordinators", "Line"]}


def plan_header(result: PlanResult, lang: str) -> list[str]:
    en = lang == "en"
    org = result.org
    lines = [f"orgcheck — {'plan check' if en else 'kiểm tra kế hoạch'}: {result.plan.file}, "
             f"{'as of' if en else 'ngày'} {result.as_of:%d/%m/%Y}",
             (f"Organization: {org.jurisdiction.name} ({org.source.file})" if en else
              f"Cơ cấu tổ chức: {org.jurisdiction.name} ({org.source.file})") if org else
             ("Organization: none given (--org)" if en else "Cơ cấu tổ chức: không có (--org)"),
             f"{'Rules applied' if en else 'Quy tắc áp dụng'}: {', '.join(r.code for r in result.rules)}"]
    if result.not_run:
        lines.append(("Not run without an organization: " if en else "Không chạy vì không có cơ cấu tổ chức: ")
                     + ", ".join(r.code for r in result.not_run))
    return lines + [n[lang] for n in result.notes]


TARGET_HEADERS = {"vi": ["Chỉ tiêu", "Giai đoạn", "Hiện có", "Gốc", "Thay đổi", "Yêu cầu", "Đạt", "Căn cứ"],
                  "en": ["Target", "Period", "Count", "Baseline", "Change", "Required", "Met", "Basis"]}
MET = {True: ("đạt", "met"), False: ("chưa đạt", "not met"), None: ("chưa có số liệu gốc", "no baseline count")}
PLAN = {"vi": " [theo kế hoạch; nguồn trung ương chưa xác minh]", "en": " [from the plan; national source unverified]"}


def percent(value: float | None, lang: str) -> str:
    if value is None:
        return "—"
    return format_number(value, lang) + " %"


def target_rows(rows: list[TargetRow], lang: str) -> list[list[str]]:
    en = lang == "en"
    return [[f"{r.target.code}: {getattr(r.target.title, lang)}" + (PLAN[lang] if r.target.source == "plan" else ""),
             r.target.period, str(r.count),
             "—" if r.base is None else f"{r.base} ({r.target.base_year})",
             percent(r.change_percent, lang), percent(-r.target.reduction_percent, lang) if en else
             f"≤ {percent(-r.target.reduction_percent, lang)}", MET[r.met][en], r.target.legal_basis]
            for r in rows]


STATUS = {"moi": ("mới", "new"), "da_khac_phuc": ("đã khắc phục", "resolved"), "con_ton_tai": ("còn tồn tại", "persisting")}
CHANGE = {"created": ("thành lập", "created"), "merged": ("hợp nhất từ {origins}", "merged from {origins}"),
          "split": ("tách từ {origins}", "split from {origins}"), "renamed_id": ("thay thế {origins}", "replaces {origins}"),
          "changed": ("điều chỉnh: {fields}", "changed: {fields}"), "dissolved": ("giải thể / không còn", "dissolved / gone")}
COUNT_LABELS = {"don_vi_su_nghiep": ("Số đơn vị sự nghiệp công lập", "Public service units"),
                "bien_che_cong_chuc": ("Biên chế công chức", "Civil-servant posts"),
                "nguoi_lam_viec_nsnn": ("Người làm việc hưởng lương NSNN (nhóm tự chủ 3–4 hoặc chưa khai báo)",
                                        "Budget-paid public employees (autonomy groups 3–4 or not given)")}


def change_text(c: UnitChange, lang: str) -> str:
    return CHANGE[c.change][lang == "en"].format(origins=", ".join(c.origins), fields=", ".join(c.fields))


COVERAGE_TITLE = {"vi": "Phạm vi kiểm tra", "en": "What was examined"}


def coverage_lines(result: CheckResult, lang: str) -> list[str]:
    """Rules in force that met nothing, units no rule examined: a clean report is read against these."""
    c, en = result.coverage, lang == "en"
    out = []
    if c.idle_rules:
        out.append(("Rules in force that met nothing in their scope: " if en else
                    "Quy tắc có hiệu lực nhưng không gặp đối tượng nào trong phạm vi: ") + ", ".join(c.idle_rules))
    if c.unexamined:
        kinds = ", ".join(f"{KINDS[Kind(k)].en if en else KINDS[Kind(k)].vi} {n}" for k, n in c.unexamined_kinds.items())
        shown = ", ".join(c.unexamined[:12]) + (" …" if len(c.unexamined) > 12 else "")
        out.append((f"Units no rule examined: {len(c.unexamined)} ({kinds}): {shown}" if en else
                    f"Đơn vị không quy tắc nào xét đến: {len(c.unexamined)} ({kinds}): {shown}"))
    if not out:
        out.append("Every rule in force met units in its scope, and every unit was examined." if en else
                   "Mọi quy tắc có hiệu lực đều gặp đối tượng; mọi đơn vị đều được ít nhất một quy tắc xét đến.")
    return out


def fill_line(line: str, width: int | None) -> str:
    """A line of prose wrapped to the terminal, continuation lines indented; never inside a word (an id or
    a file name breaks after a separator, like cells)."""
    if width is None or len(line) <= width:
        return line
    return _Wrapper(width, subsequent_indent="  ", break_on_hyphens=False).fill(line)


def text_layout(report, head: list[str], table_text, markdown: bool = False, width: int | None = None) -> str:
    """The terminal and Markdown layout: the header lines, then each section after a blank line (its
    title first when it shows one), its table through `table_text(section)` or its text (wrapped to
    `width` when given)."""
    lines = [f"**{head[0]}**", "", *(f"- {line}" for line in head[1:])] if markdown else list(head)
    for section in report.text_sections():
        lines.append("")
        if section.show_title:
            lines += [f"**{section.title}**" if markdown else section.title, ""]
        table = section.table
        lines.append(table_text(section) if table is not None and table.rows else
                     "\n".join(fill_line(line, width) for line in (section.text or "").split("\n")))
    return "\n".join(lines) + "\n"
