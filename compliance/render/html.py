"""HTML: one self-contained page (no network: CSS and JS inline) to read, filter and print a report.

Findings are filterable by severity, family, unit (and status for a diff) with plain JavaScript that only
hides and shows rows; each finding opens to its explanation (the rule, why it exists, what to do, the
legal basis, the figure against the limit). Every text is escaped, so a unit named <script> is text.
"""

from __future__ import annotations

from html import escape as _html_escape

from ..catalogue import Severity
from ..check import format_number
from ..text import printable
from .common import STATUS
from .model import CONFIDENCE, DOCS_PAGE, Record, Report, Section, family_label


def escape(text: str, quote: bool = True) -> str:
    """HTML-escaped and printable: names from the user's file never bring control or bidi characters."""
    return _html_escape(printable(text), quote)


LABELS = {"vi": {"filter": "Lọc", "all": "Tất cả", "severity": "Mức độ", "family": "Nhóm", "unit": "Đơn vị",
                 "status": "Tình trạng", "shown": "phát hiện đang hiện", "rule": "Quy tắc", "why": "Vì sao",
                 "hint": "Hướng xử lý", "basis": "Căn cứ pháp lý", "figure": "Giá trị / ngưỡng", "where": "Vị trí",
                 "line": "dòng", "confidence": "Độ tin cậy", "page": "Trang quy tắc", "fingerprint": "Dấu vân tay",
                 "documents": "Văn bản áp dụng"},
          "en": {"filter": "Filter", "all": "All", "severity": "Severity", "family": "Family", "unit": "Unit",
                 "status": "Status", "shown": "findings shown", "rule": "Rule", "why": "Why", "hint": "What to do",
                 "basis": "Legal basis", "figure": "Value / limit", "where": "Where", "line": "line",
                 "confidence": "Confidence", "page": "Rule page", "fingerprint": "Fingerprint",
                 "documents": "Documents applied"}}

STYLE = """
body{font-family:"Times New Roman",serif;font-size:13pt;margin:2em auto;max-width:70em;padding:0 1em;color:#111}
h1{font-size:15pt;text-align:center}h2{font-size:13.5pt;margin-top:1.5em;border-bottom:1px solid #999}
table{border-collapse:collapse;width:100%;margin:.5em 0}th,td{border:1px solid #999;padding:.2em .4em;
vertical-align:top;text-align:left;white-space:pre-line}th{background:#eee}
#filters{background:#f6f6f6;padding:.5em;border:1px solid #ddd}#filters label{margin-right:1em}
#filters select{max-width:22em}
details.finding{border:1px solid #ccc;margin:.3em 0;padding:.3em .5em}details.finding summary{cursor:pointer}
details.finding dl{display:grid;grid-template-columns:12em 1fr;gap:.2em 1em;margin:.5em 0}
dt{font-weight:bold}dd{margin:0;white-space:pre-line}code{font-size:11pt}
.sev{display:inline-block;min-width:6em;padding:0 .3em;border-radius:3px;font-weight:bold}
.sev-error{background:#ffc7ce}.sev-warning{background:#ffeb9c}.sev-transitional{background:#e4dfec}
.sev-guidance{background:#ddebf7}.sev-info{background:#ededed}.note{font-style:italic}
@media print{#filters{display:none}body{margin:0;max-width:none;font-size:12pt}
details.finding{break-inside:avoid}@page{size:A4;margin:2cm 2cm 2cm 3cm}}
"""

SCRIPT = """
(function(){
  var selects=document.querySelectorAll('#filters select');
  var items=document.querySelectorAll('details.finding');
  var count=document.getElementById('shown');
  function apply(){
    var shown=0;
    items.forEach(function(item){
      var ok=true;
      selects.forEach(function(s){ if(s.value && item.dataset[s.name]!==s.value){ ok=false; } });
      item.hidden=!ok; if(ok){shown++;}
    });
    count.textContent=shown;
  }
  selects.forEach(function(s){ s.addEventListener('change', apply); });
  window.addEventListener('beforeprint', function(){ items.forEach(function(i){ i.open=true; }); });
  apply();
})();
"""


def render_html(report: Report) -> bytes:
    words = LABELS[report.lang]
    e = escape
    out = ["<!DOCTYPE html>", f'<html lang="{e(report.lang)}">', "<head>", '<meta charset="utf-8">',
           '<meta name="viewport" content="width=device-width, initial-scale=1">',
           f"<title>{e(report.title)}</title>", f"<style>{STYLE}</style>", "</head>", "<body>",
           f"<h1>{e(report.title)}</h1>", "<ul>", *(f"<li>{e(line)}</li>" for line in report.header), "</ul>"]
    for section in report.sections:
        out.append(f'<section id="{e(section.key)}">')
        if section.key == "note":
            out.append(f'<p class="note">{e(section.text or "")}</p>')
        elif section.key == "findings":
            out += [f"<h2>{e(section.title)}</h2>", *_findings(report, words)]
        else:
            out.append(f"<h2>{e(section.title)}</h2>")
            out += _table(section) if section.table is not None and section.table.rows else [f"<p>{e(section.text or '')}</p>"]
        out.append("</section>")
    if report.documents:
        out += [f"<h2>{e(words['documents'])}</h2>", "<ul>", *(f"<li>{e(d)}</li>" for d in report.documents), "</ul>"]
    out += [f"<script>{SCRIPT}</script>", "</body>", "</html>", ""]
    return "\n".join(out).encode("utf-8")


def _table(section: Section) -> list[str]:
    t = section.table
    head = "".join(f"<th>{escape(h)}</th>" for h in t.headers)
    rows = ["<tr>" + "".join(f"<td>{escape('' if c is None else str(c))}</td>" for c in row) + "</tr>" for row in t.rows]
    return ["<table>", f"<thead><tr>{head}</tr></thead>", "<tbody>", *rows, "</tbody>", "</table>"]


def _select(name: str, label: str, options: list[tuple[str, str]], words: dict) -> str:
    choices = "".join(f'<option value="{escape(v)}">{escape(text)}</option>' for v, text in options)
    return (f'<label>{escape(label)} <select name="{name}"><option value="">{escape(words["all"])}</option>'
            f"{choices}</select></label>")


def _findings(report: Report, words: dict) -> list[str]:
    lang, en = report.lang, report.lang == "en"
    records = report.records
    if not records:
        return [f"<p>{escape('No findings.' if en else 'Không có phát hiện nào.')}</p>"]
    severities = [(s.value, s.label(lang)) for s in Severity if any(r.finding.severity is s for r in records)]
    families = sorted({(r.finding.family, family_label(r.finding.family, lang)) for r in records}, key=lambda x: x[1])
    units = sorted({(r.finding.subject_id, f"{r.finding.subject_name} ({r.finding.subject_id})") for r in records},
                   key=lambda x: x[1])
    filters = [_select("severity", words["severity"], severities, words),
               _select("family", words["family"], families, words), _select("unit", words["unit"], units, words)]
    if report.kind == "diff":
        statuses = [(s, STATUS[s][en]) for s in ("moi", "con_ton_tai", "da_khac_phuc")]
        filters.insert(0, _select("status", words["status"], statuses, words))
    out = [f'<form id="filters"><strong>{escape(words["filter"])}:</strong> ' + " ".join(filters) +
           f' <span><span id="shown">{len(records)}</span> / {len(records)} {escape(words["shown"])}</span></form>']
    out += [_finding(r, lang, words) for r in records]
    return out


def _finding(r: Record, lang: str, words: dict) -> str:
    f, e, en = r.finding, escape, lang == "en"
    status = f' data-status="{e(r.status)}"' if r.status else ""
    status_text = f"[{e(STATUS[r.status][en])}] " if r.status else ""
    where = " › ".join(f.path[:-1])
    facts = [(words["rule"], f"{f.code} — {r.rule_title}" if r.rule_title else f.code), (words["why"], r.why),
             (words["hint"], f.hint.get(lang, "")), (words["basis"], f.legal_basis),
             (words["figure"], "" if f.value is None else
              f"{format_number(f.value, lang)} / {'—' if f.limit is None else format_number(f.limit, lang)}"),
             (words["where"], ", ".join(x for x in (where, f"{words['line']} {f.line}" if f.line else "") if x)),
             (words["confidence"], CONFIDENCE.get(f.confidence, (f.confidence,) * 2)[en] +
              (f" — {f.confidence_note}" if f.confidence_note else "")),
             (words["page"], DOCS_PAGE.format(code=f.code)), (words["fingerprint"], f.fingerprint)]
    details = "".join(f"<dt>{e(k)}</dt><dd>{e(str(v))}</dd>" for k, v in facts if v)
    return (f'<details class="finding" data-severity="{e(f.severity.value)}" data-family="{e(f.family)}" '
            f'data-unit="{e(f.subject_id)}"{status}><summary>{status_text}'
            f'<span class="sev sev-{e(f.severity.value)}">{e(f.severity.label(lang))}</span> <code>{e(f.code)}</code> '
            f"{e(f.subject_name)} ({e(f.subject_id)}): {e(f.message[lang])}</summary><dl>{details}</dl></details>")
