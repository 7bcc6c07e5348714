"""Rule documentation, one page per rule in the style of ruff's rule pages: what it checks,
why, thresholds, an example that fires and one that does not, legal basis, specification.

The same text is printed by `orgcheck rules show CODE` and committed under docs/rules/
(`orgcheck rules docs`); a test fails when the committed pages are stale.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from tabulate import tabulate

from .atomic import write_folder_atomic
from .catalogue import Amendment, Catalogue, Cond, Expr, Rule, Variant, describe
from .facts import FACT_TYPES
from .messages import Message

_OP_TEXT = {"<": "<", "<=": "≤", ">": ">", ">=": "≥", "==": "=", "!=": "≠"}


def _satisfying(cond: Cond, fact: dict):
    """A value of cond.field that satisfies cond (for building examples)."""
    v = cond.value.value(fact) if isinstance(cond.value, Expr) else cond.value
    return {"eq": v, "in": v[0] if isinstance(v, tuple) else v, "lt": (v - 1) if isinstance(v, (int, float)) else v,
            "le": v, "gt": (v + 1) if isinstance(v, (int, float)) else v, "ge": v,
            "ne": None}.get(cond.op)


def example(variant: Variant) -> tuple[dict, dict] | None:
    """(a fact that fires, the same fact adjusted so it does not) — checked against the rule's own
    conditions, or None when no simple example can be built."""
    rule = variant.rule
    if rule.compare is None:
        return None
    fact: dict = {}
    for name in (variant.limit.fields if variant.limit.terms else ()):
        fact[name] = 0 if name.startswith("tong_tang") else 10
    for cond in sorted(variant.conditions, key=lambda c: isinstance(c.value, Expr)):
        if cond.field in fact and cond.holds(fact):
            continue
        value = _satisfying(cond, fact)
        if value is None:
            return None
        fact[cond.field] = value
    limit = variant.limit.value(fact)
    if limit is None:
        return None
    step = 1 if isinstance(limit, int) or float(limit).is_integer() else 0.1
    limit = int(limit) if float(limit).is_integer() else limit
    firing, passing = {
        ">": (limit + step, limit), ">=": (limit, limit - step), "<": (limit - step, limit),
        "<=": (limit, limit + step), "==": (limit, limit + step), "!=": (limit + step, limit)}[rule.compare]
    fires = dict(fact, **{rule.measure: round(firing, 4)})
    passes = dict(fact, **{rule.measure: round(passing, 4)})
    every = variant.conditions + (variant.violation,)
    if not all(c.holds(fires) for c in every) or all(c.holds(passes) for c in every):
        return None
    return fires, passes


def _fact_text(rule: Rule, fact: dict, lang: str) -> str:
    parts = []
    for name, value in fact.items():
        parts.append(describe(Cond(name, "eq", value), rule.fact, lang) if name in ("cls", "kind", "parent_kind")
                     else f"{FACT_TYPES[rule.fact][name][lang == 'en']} = {value}")
    return "; ".join(parts)


def history_lines(document: str, amendments: list[Amendment], lang: str) -> list[str]:
    """The amendment history of a rule's document, one line per change."""
    return [Message("amendment_line", {"date": f"{a.day:%d/%m/%Y}", "kind": Message(f"amendment_{a.kind}").text(lang),
                                       "by": a.by, "articles": ", ".join(a.articles) or
                                       Message("amendment_whole").text(lang)}).text(lang) for a in amendments]


def article_version(rule: Rule, document: str, amendments: list[Amendment], day: date, lang: str) -> str:
    """Which text of the rule's article applied on `day`: the original, as amended (by whom, from when),
    or none (replaced or repealed)."""
    article = rule.legal_basis[0].article
    done = [a for a in amendments if a.day <= day and a.touches(article)]
    params = {"date": f"{day:%d/%m/%Y}", "article": f"{article} " if article else "", "document": document}
    ended = [a for a in done if a.kind in ("thay_the", "bai_bo")]
    if ended:
        a = ended[-1]
        return Message("version_ended", {**params, "kind": Message(f"amendment_{a.kind}").text(lang), "by": a.by,
                                         "since": f"{a.day:%d/%m/%Y}"}).text(lang)
    if not done:
        return Message("version_original", params).text(lang)
    return Message("version_amended", {**params, "by": "; ".join(f"{a.by} ({a.day:%d/%m/%Y})" for a in done)}).text(lang)


def rule_page(rule: Rule, lang: str = "vi", history: tuple[str, list[Amendment]] | None = None) -> str:
    en = lang == "en"
    w = rule.window
    out = [f"# {rule.code}: {rule.title.get(lang)}", "",
           f"- **{'Severity' if en else 'Mức độ'}:** {rule.severity.label(lang)}",
           f"- **{'In force' if en else 'Hiệu lực'}:** {w.start:%d/%m/%Y} – "
           f"{w.end.strftime('%d/%m/%Y') if w.end else '…'}",
           f"- **{'Confidence' if en else 'Độ tin cậy'}:** "
           + (("verified" if en else "đã xác minh") if rule.confidence == "verified" else
              ("unverified — threshold not verified against the original text" if en else
               "chưa xác minh — ngưỡng chưa được xác minh với văn bản gốc"))
           + (f". {rule.confidence_note}" if rule.confidence_note else ""),
           f"- **{'Source file' if en else 'Tệp quy tắc'}:** `{rule.file}`", "",
           f"## {'What it checks' if en else 'Kiểm tra gì'}", "", _what(rule, lang), "",
           f"## {'Why' if en else 'Vì sao'}", "", rule.why.get(lang), ""]
    if rule.bands:
        rows = [[v.band_text(lang) or "—", v.limit.text()] for v in rule.variants]
        out += [f"## {'Thresholds' if en else 'Ngưỡng'}", "",
                tabulate(rows, ["Case" if en else "Trường hợp", "Limit" if en else "Giới hạn"], tablefmt="github"), ""]
        if rule.bands.partial:
            out += [f"{'Not covered' if en else 'Không áp dụng'}: {rule.bands.partial}", ""]
    built = next((e for v in rule.variants if (e := example(v))), None)
    if built:
        fires, passes = built
        out += [f"## {'Example' if en else 'Ví dụ'}", "",
                f"- {'Fires' if en else 'Báo'}: {_fact_text(rule, fires, lang)}",
                f"- {'Does not fire' if en else 'Không báo'}: {_fact_text(rule, passes, lang)}", ""]
    if rule.transition:
        out += [f"## {'Transition' if en else 'Chuyển tiếp'}", "",
                (f"A unit rearranged by a decision (`reorganization: {{decision, date}}`) gets a *transitional* "
                 f"finding for {rule.transition.years} years from that date, then an error." if en else
                 f"Đơn vị được sắp xếp theo quyết định (`reorganization: {{decision, date}}`) nhận phát hiện "
                 f"«chuyển tiếp» trong {rule.transition.years} năm kể từ ngày quyết định, sau đó là «lỗi»."),
                "", *(f"- {b.text()}" for b in rule.transition.legal_basis), ""]
    out += [f"## {'Legal basis' if en else 'Căn cứ pháp lý'}", ""]
    out += [f"- {b.text()}" + (f" <{b.url}>" if b.url else "") for b in rule.legal_basis]
    if rule.source.url:
        out.append(f"- {'Source read' if en else 'Nguồn đã đọc'}: <{rule.source.url}>")
    if p := rule.provenance:
        out += [f"- {'Text read' if en else 'Văn bản đã đọc'}: <{p.url}> "
                f"({'read on' if en else 'đọc ngày'} {p.read_on:%d/%m/%Y}; "
                f"{'last reviewed' if en else 'rà soát lần cuối'} {p.reviewed_on:%d/%m/%Y})", "", f"> {p.quote}", ""]
    if rule.source.rank:
        out.append(f"- {'Legal rank' if en else 'Hiệu lực pháp lý'}: {Message(f'rank_{rule.source.rank}').text(lang)}")
    if history and history[1]:
        out += ["", f"## {'Amendments of' if en else 'Lịch sử sửa đổi'} {history[0]}", "",
                *(f"- {line}" for line in history_lines(*history, lang))]
    out += ["", f"## {'Specification' if en else 'Đặc tả'}", "", f"`{rule.feature}`", ""]
    if rule.hint:
        out += [f"## {'How to fix' if en else 'Cách khắc phục'}", "", rule.hint.get(lang), ""]
    return "\n".join(out)


def _what(rule: Rule, lang: str) -> str:
    first = rule.variants[0]
    scope = [describe(c, rule.fact, lang) for c in first.conditions if c not in first.row_conditions]
    scope_text = ", ".join(scope) if scope else ("every fact" if lang == "en" else "mọi trường hợp")
    if rule.compare is None:
        return (f"Fires for every `{rule.fact}` ({scope_text})." if lang == "en" else
                f"Báo cho mọi dữ kiện `{rule.fact}` ({scope_text}).")
    limit = first.limit.text() if not rule.bands else ("the limit of its row" if lang == "en" else "giới hạn theo bảng")
    if lang == "en":
        return f"Fires for `{rule.fact}` facts ({scope_text}) when `{rule.measure}` {_OP_TEXT[rule.compare]} {limit}."
    return f"Báo khi dữ kiện `{rule.fact}` ({scope_text}) có `{rule.measure}` {_OP_TEXT[rule.compare]} {limit}."


def index_page(catalogue: Catalogue) -> str:
    rows = [[f"[{r.code}]({r.code}.md)", r.title.vi, r.severity.label("vi"),
             f"{r.window.start:%d/%m/%Y}–{r.window.end:%d/%m/%Y}" if r.window.end else f"từ {r.window.start:%d/%m/%Y}",
             "đã xác minh" if r.confidence == "verified" else "chưa xác minh", f"`{r.file}`"]
            for r in sorted(catalogue.rules, key=lambda r: r.code)]
    regimes = [[g.code, g.name.vi, g.period()] for g in catalogue.regimes]
    return "\n".join([
        "# Danh mục quy tắc — Rule catalogue", "",
        "Tạo bởi `orgcheck rules docs`; không sửa tay (một kiểm thử báo khi tệp cũ).",
        "Generated by `orgcheck rules docs`; do not edit (a test fails when stale).", "",
        "## Các giai đoạn pháp luật — Regimes", "",
        tabulate(regimes, ["Mã", "Chế độ", "Hiệu lực"], tablefmt="github"), "",
        "Những gì pháp luật quy định mà orgcheck không kiểm tra, theo loại đơn vị và thời gian: "
        "`rules/pham-vi-kiem-tra.yaml`, `orgcheck rules coverage --as-of NGÀY` và [bảng đối chiếu](../conformance.md).",
        "What the law regulates that orgcheck does not check: `rules/pham-vi-kiem-tra.yaml`, "
        "`orgcheck rules coverage --as-of DATE` and the [conformance matrix](../conformance.md).", "",
        "## Quy tắc — Rules", "",
        tabulate(rows, ["Mã", "Tên", "Mức độ", "Hiệu lực", "Độ tin cậy", "Tệp"], tablefmt="github"), ""])


def render_docs(catalogue: Catalogue) -> dict[str, str]:
    """File name → content for docs/rules/ (both languages on each page)."""
    pages = {"README.md": index_page(catalogue)}
    for rule in catalogue.rules:
        history = catalogue.history(rule)
        pages[f"{rule.code}.md"] = rule_page(rule, "vi", history) + "\n---\n\n" + rule_page(rule, "en", history)
    return pages


def write_docs(catalogue: Catalogue, directory: Path) -> list[str]:
    """The pages as `directory`, all or none (an interrupted run leaves the old pages); stale *.md pages
    go, other files in the folder stay."""
    pages = render_docs(catalogue)
    write_folder_atomic(directory, pages, replaces=lambda name: name.endswith(".md"))
    return sorted(pages)
