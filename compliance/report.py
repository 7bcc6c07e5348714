"""Rendering a CheckResult: terminal table, JSON, Markdown. Deterministic byte for byte."""

from __future__ import annotations

import functools
import json
import textwrap

from typing import TYPE_CHECKING

from tabulate import tabulate

from .catalogue import Severity
from .check import CheckResult, Finding, PlanResult, format_number
from .model import CLASS_LABELS
from .targets import TargetRow, evaluate

if TYPE_CHECKING:  # the diff (and the proposal reader under it) is loaded only by `orgcheck diff`
    from .diff import DiffResult, UnitChange

UNVERIFIED = {"vi": "(*) ngưỡng chưa được xác minh với văn bản gốc",
              "en": "(*) threshold not verified against the original legal text"}
HEADERS = {"vi": ["Mã quy tắc", "Mức độ", "Đơn vị", "Phát hiện", "Căn cứ pháp lý"],
           "en": ["Rule", "Severity", "Unit", "Finding", "Legal basis"]}


def totals(result: CheckResult | PlanResult) -> dict[str, int]:
    counts = {s.value: 0 for s in Severity}
    for f in result.findings:
        counts[f.severity.value] += 1
    return counts


def _header(result: CheckResult, lang: str) -> list[str]:
    j = result.org.jurisdiction
    classes = result.org.province_classes()
    cls = (CLASS_LABELS[classes.pop().value][lang == "en"] if len(classes) == 1
           else "per province" if lang == "en" else "theo từng tỉnh")
    regime = result.regime
    if lang == "en":
        return [f"orgcheck — compliance check: {j.name} ({cls}), as of {result.as_of:%d/%m/%Y}",
                f"Source: {result.org.source.file}",
                f"Legal regime: {regime.name.en} ({regime.period()})",
                f"Documents in force: {'; '.join(result.documents)} ({len(result.rules)} rules)"]
    return [f"orgcheck — kiểm tra tuân thủ: {j.name} ({cls}), ngày {result.as_of:%d/%m/%Y}",
            f"Tệp: {result.org.source.file}",
            f"Chế độ pháp lý: {regime.name.vi} ({regime.period()})",
            f"Văn bản áp dụng: {'; '.join(result.documents)} ({len(result.rules)} quy tắc)"]


def _unit_cell(f: Finding, lang: str) -> str:
    where = " › ".join(f.path[:-1]) if f.subject_type == "unit" else ("Task" if lang == "en" else "Nhiệm vụ")
    return f"{f.subject_name} ({f.subject_id})" + (f"\n{where}" if where else "")


def _code(f: Finding) -> str:
    return f.code + (" (*)" if f.confidence == "unverified" else "")


@functools.lru_cache(maxsize=4096)  # legal bases and messages repeat across the findings of one rule
def _wrap(cell: str, width: int | None) -> str:
    """What tabulate's maxcolwidths does (same output on NFC text), without its per-character width
    measurement: 2-3× faster on large reports."""
    if width is None:
        return cell
    wrap = _wrapper(width).wrap
    return "\n".join(line for part in cell.split("\n") for line in (wrap(part) or [""]))


@functools.lru_cache(maxsize=None)
def _wrapper(width: int) -> textwrap.TextWrapper:
    return textwrap.TextWrapper(width)


def render_table(result: CheckResult, lang: str = "vi", fmt: str = "table") -> str:
    lines = _header(result, lang)
    if fmt == "markdown":
        lines = [f"**{lines[0]}**", "", *(f"- {line}" for line in lines[1:])]
    lines.append("")
    rows = [[_code(f), f.severity.label(lang), _unit_cell(f, lang), f.message[lang], f.legal_basis]
            for f in result.findings]
    if rows:
        if fmt == "markdown":
            rows = [[cell.replace("\n", "<br>").replace("|", "\\|") for cell in row] for row in rows]
            lines.append(tabulate(rows, HEADERS[lang], tablefmt="github", disable_numparse=True))
        else:
            widths = [None, None, 38, 48, 34]
            rows = [[_wrap(cell, width) for cell, width in zip(row, widths)] for row in rows]
            lines.append(tabulate(rows, HEADERS[lang], tablefmt="grid", disable_numparse=True))  # all text: no number sniffing
    else:
        lines.append("No findings." if lang == "en" else "Không có phát hiện nào.")
    lines.append("")
    counts = totals(result)
    summary = [[Severity(s).label(lang), n] for s, n in counts.items()] + \
              [["total" if lang == "en" else "tổng cộng", len(result.findings)]]
    lines.append(tabulate(summary, ["Severity", "Findings"] if lang == "en" else ["Mức độ", "Số phát hiện"],
                          tablefmt="github" if fmt == "markdown" else "simple"))
    lines += _targets_block(evaluate(result.org), lang, fmt)
    if any(f.confidence == "unverified" for f in result.findings):
        lines += ["", UNVERIFIED[lang]]
    return "\n".join(lines) + "\n"


def render_json(result: CheckResult, lang: str = "vi") -> str:
    j = result.org.jurisdiction
    doc = {
        "jurisdiction": {"name": j.name, "class": j.cls.value, "level": j.level},
        "as_of": result.as_of.isoformat(),
        "regime": {"code": result.regime.code, "name": result.regime.name.get(lang),
                   "from": result.regime.in_force.start.isoformat(),
                   "to": result.regime.in_force.end.isoformat() if result.regime.in_force.end else None},
        "source": result.org.source.file,
        "documents": result.documents,
        "rules_applied": sorted(r.code for r in result.rules),
        "totals": totals(result),
        "findings": [f.as_dict(lang) for f in result.findings],
        "targets": [r.as_dict(lang) for r in evaluate(result.org)],
    }
    return json.dumps(doc, ensure_ascii=False, indent=2) + "\n"


def render(result: CheckResult, fmt: str = "table", lang: str = "vi") -> str:
    if fmt == "json":
        return render_json(result, lang)
    return render_table(result, lang, fmt)


TASK_HEADERS = {"vi": ["Mục", "Nhiệm vụ", "Thời gian thực hiện", "Chủ trì", "Phối hợp", "Dòng"],
                "en": ["Path", "Task", "Deadline", "Lead", "Coordinators", "Line"]}


def _plan_header(result: PlanResult, lang: str) -> list[str]:
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
    return lines


def render_plan(result: PlanResult, fmt: str = "table", lang: str = "vi") -> str:
    if fmt == "json":
        doc = {"source": result.plan.file, "as_of": result.as_of.isoformat(),
               "organization": result.org.source.file if result.org else None,
               "rules_applied": [r.code for r in result.rules],
               "rules_not_run": [r.code for r in result.not_run],
               "tasks": [t.as_dict() for t in result.plan.tasks],
               "totals": totals(result), "findings": [f.as_dict(lang) for f in result.findings]}
        return json.dumps(doc, ensure_ascii=False, indent=2) + "\n"
    lines = _plan_header(result, lang)
    if fmt == "markdown":
        lines = [f"**{lines[0]}**", "", *(f"- {line}" for line in lines[1:])]
    rows = [[t.path, t.title, t.deadline or "—", "\n".join(t.leads) or "—", "\n".join(t.coordinators) or "—", t.line]
            for t in result.plan.tasks]
    findings = [[_code(f), f.severity.label(lang), f.subject_id, f.message[lang], f.legal_basis]
                for f in result.findings]
    headers = HEADERS[lang][:2] + (["Path"] if lang == "en" else ["Mục"]) + HEADERS[lang][3:]
    for table, head, widths in ((rows, TASK_HEADERS[lang], [None, 40, 24, 28, 28, None]),
                                (findings, headers, [None, None, None, 48, 34])):
        lines.append("")
        if not table:
            lines.append("No findings." if lang == "en" else "Không có phát hiện nào.")
        elif fmt == "markdown":
            table = [[str(c).replace("\n", "<br>").replace("|", "\\|") for c in row] for row in table]
            lines.append(tabulate(table, head, tablefmt="github"))
        else:
            lines.append(tabulate(table, head, tablefmt="grid", maxcolwidths=widths))
    lines.append("")
    summary = [[Severity(s).label(lang), n] for s, n in totals(result).items()] + \
              [["total" if lang == "en" else "tổng cộng", len(result.findings)]]
    lines.append(tabulate(summary, ["Severity", "Findings"] if lang == "en" else ["Mức độ", "Số phát hiện"],
                          tablefmt="github" if fmt == "markdown" else "simple"))
    if any(f.confidence == "unverified" for f in result.findings):
        lines += ["", UNVERIFIED[lang]]
    return "\n".join(lines) + "\n"


# --- targets and diffs ------------------------------------------------------------------------

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


def _targets_block(rows: list[TargetRow], lang: str, fmt: str) -> list[str]:
    if not rows:
        return []
    title = "Reduction targets" if lang == "en" else "Chỉ tiêu tinh giản"
    return ["", f"**{title}**" if fmt == "markdown" else title, "", _grid(target_rows(rows, lang), TARGET_HEADERS[lang], fmt)]


def _grid(rows: list[list], headers: list[str], fmt: str) -> str:
    if fmt == "markdown":
        rows = [[str(c).replace("\n", "<br>").replace("|", "\\|") for c in row] for row in rows]
        return tabulate(rows, headers, tablefmt="github")
    return tabulate(rows, headers, tablefmt="grid", maxcolwidths=40)


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


def render_diff(d: DiffResult, fmt: str = "table", lang: str = "vi") -> str:
    if fmt == "json":
        return render_diff_json(d, lang)
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
    lines = [f"**{head[0]}**", "", *(f"- {x}" for x in head[1:])] if fmt == "markdown" else head
    lines.append("")
    rows = [[STATUS[r.status][en], _code(r.finding), _unit_cell(r.finding, lang), r.finding.message[lang]]
            for r in d.rows]
    headers = ["Status", "Rule", "Unit", "Finding"] if en else ["Tình trạng", "Mã quy tắc", "Đơn vị", "Phát hiện"]
    lines.append(_grid(rows, headers, fmt) if rows else ("No findings." if en else "Không có phát hiện nào."))
    lines.append("")
    totals = d.totals()
    lines.append(tabulate([[STATUS[s][en], n] for s, n in totals.items()],
                          ["Status", "Findings"] if en else ["Tình trạng", "Số phát hiện"],
                          tablefmt="github" if fmt == "markdown" else "simple"))
    title = "Units changed" if en else "Đơn vị thay đổi"
    lines += ["", f"**{title}**" if fmt == "markdown" else title, ""]
    unit_rows = [[f"{c.name} ({c.unit_id})", change_text(c, lang), c.staff_before, c.staff_after,
                  c.deputies_before, c.deputies_after] for c in d.units]
    unit_headers = (["Unit", "Change", "Staff before", "Staff after", "Deputies before", "Deputies after"] if en else
                    ["Đơn vị", "Thay đổi", "Biên chế/người trước", "Sau", "Cấp phó trước", "Sau"])
    lines.append(_grid(unit_rows, unit_headers, fmt) if unit_rows else ("No unit changed." if en else "Không đơn vị nào thay đổi."))
    title = "Totals" if en else "Tổng số"
    lines += ["", f"**{title}**" if fmt == "markdown" else title, ""]
    count_rows = [[COUNT_LABELS[k][en], d.counts_before[k], d.counts_after[k], d.counts_after[k] - d.counts_before[k]]
                  for k in COUNT_LABELS]
    lines.append(_grid(count_rows, ["", "Before", "After", "Change"] if en else ["", "Trước", "Sau", "Chênh lệch"], fmt))
    if d.counts_after["nguoi_lam_viec_nsnn"] > d.counts_before["nguoi_lam_viec_nsnn"]:
        lines += ["", "The reorganization increases the number of budget-paid people (NĐ 120/2020 Art. 4 forbids it)."
                  if en else "Việc sắp xếp làm tăng số người hưởng lương từ NSNN (trái Điều 4 Nghị định 120/2020/NĐ-CP)."]
    lines += _targets_block(d.targets, lang, fmt)
    if any(r.finding.confidence == "unverified" for r in d.rows):
        lines += ["", UNVERIFIED[lang]]
    return "\n".join(lines) + "\n"


def render_diff_json(d: DiffResult, lang: str = "vi") -> str:
    doc = {
        "jurisdiction": d.after.org.jurisdiction.name,
        "proposal": d.name,
        "before": {"source": d.before.org.source.file, "as_of": d.before.as_of.isoformat()},
        "after": {"source": d.after.org.source.file, "as_of": d.after.as_of.isoformat()},
        "totals": d.totals(),
        "findings": [{"status": r.status, **r.finding.as_dict(lang),
                      "before": r.before.subject_id if r.before else None} for r in d.rows],
        "units": [{"id": c.unit_id, "name": c.name, "change": c.change, "origins": list(c.origins),
                   "fields": list(c.fields), "staff_before": c.staff_before, "staff_after": c.staff_after,
                   "deputies_before": c.deputies_before, "deputies_after": c.deputies_after} for c in d.units],
        "counts": {"before": d.counts_before, "after": d.counts_after},
        "targets": [r.as_dict(lang) for r in d.targets],
    }
    return json.dumps(doc, ensure_ascii=False, indent=2) + "\n"
