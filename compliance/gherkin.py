"""Rules written in Vietnamese Gherkin (features/quy_tac/*.feature) compiled into catalogue rules.

A `Quy tắc:` block tagged with its code (`@KL187.PHO.TY_LE`) defines one rule in the steps of its
`Bối cảnh`; its scenarios are the rule's specification (run by pytest-bdd with
compliance/gherkin_steps.py, and by `orgcheck rules test`). The definition is turned into the same raw
rule dict a YAML rule gives; compliance/catalogue.py validates both with the same code (RuleSpec,
parse_cell, parse_limit, _variants), so the durable-rules engine evaluates both alike. This module is a
reader below the catalogue: it never imports it. Vietnamese names of facts and fields come from rules/tu-dien-truong.yaml;
cells accept the YAML cell grammar plus Vietnamese numbers (4,5; 1.000) and words (dưới 9, từ 9 đến 14).
See docs/viet-rule-authoring.md.
"""

from __future__ import annotations

import difflib
import re
from dataclasses import dataclass
from datetime import date
from functools import lru_cache
from pathlib import Path
from typing import Any

import yaml
from gherkin.errors import CompositeParserException, ParserError
from gherkin.parser import Parser
from gherkin.token_scanner import TokenScanner

from .facts import FACT_TYPES
from .messages import InputError, Message, MessageError, Problem, os_reason
from .model import CLASS_LABELS, KINDS, RULES_DIR, JurisdictionClass, parse_date, sector_names
from .source import check_size
from .text import fold, nfc, vi_sort_key

DICTIONARY_FILE = "tu-dien-truong.yaml"
CODE = re.compile(r"^[A-Z][A-Z0-9]*(?:\.[A-Z0-9_]+)+$")

_CMP_WORDS = r"lớn hơn hoặc bằng|nhỏ hơn hoặc bằng|lớn hơn|nhỏ hơn|bằng|khác|<=|>=|<|>|==|!="
COMPARE = {"lớn hơn": ">", "lớn hơn hoặc bằng": ">=", "nhỏ hơn": "<", "nhỏ hơn hoặc bằng": "<=",
           "bằng": "==", "khác": "!=", "<": "<", "<=": "<=", ">": ">", ">=": ">=", "==": "==", "!=": "!="}
_Q = r'"(?P<{}>[^"]*)"'

# Definition steps (the sentence after Biết/Và), one example each in EXAMPLES and docs/viet-rule-authoring.md.
DEFINITION_PATTERNS: dict[str, str] = {
    "nhom": r"quy tắc thuộc nhóm " + _Q.format("nhom"),
    "doi_tuong": r"quy tắc xét từng " + _Q.format("doi_tuong"),
    "ten_en": r"tên tiếng Anh " + _Q.format("text"),
    "ap_dung": r"áp dụng khi " + _Q.format("truong") + " là " + _Q.format("gia_tri"),
    "ap_dung_ten": r"áp dụng khi " + _Q.format("truong") + " (?P<cach>bắt đầu bằng|chứa) " + _Q.format("gia_tri"),
    "hieu_luc": r"có hiệu lực từ ngày (?P<tu>\S+?)(?: đến hết ngày (?P<den>\S+?))?",
    "vi_pham": r"vi phạm khi " + _Q.format("truong") + rf" (?P<so_sanh>{_CMP_WORDS}) " + _Q.format("gioi_han"),
    "vi_pham_bang": r"vi phạm khi " + _Q.format("truong") + rf" (?P<so_sanh>{_CMP_WORDS}) mức trong bảng:",
    "vi_pham_dieu_kien": r"vi phạm khi thỏa các điều kiện áp dụng",
    "muc_do": r"mức độ " + _Q.format("muc"),
    "can_cu": r"căn cứ văn bản " + _Q.format("van_ban") + r'(?: điều "(?P<dieu>[^"]+)")?(?: khoản "(?P<khoan>[^"]+)")?'
              r'(?: của tỉnh "(?P<tinh>[^"]+)")?(?: từ ngày (?P<tu_ngay>\S+?))?',   # a province's own basis (issue 18)
    "chuyen_tiep": r"cấp phó vượt do sắp xếp được chuyển tiếp (?P<nam>\d+) năm theo văn bản " + _Q.format("van_ban")
                   + r'(?: khoản "(?P<khoan>[^"]+)")?',
    "thong_bao": r"thông báo " + _Q.format("text"),
    "thong_bao_en": r"thông báo tiếng Anh " + _Q.format("text"),
    "ly_do": r"lý do " + _Q.format("text"),
    "ly_do_en": r"lý do tiếng Anh " + _Q.format("text"),
    "goi_y": r"gợi ý " + _Q.format("text"),
    "goi_y_en": r"gợi ý tiếng Anh " + _Q.format("text"),
    "chua_xac_minh": r"chưa xác minh vì " + _Q.format("text"),
    "ghi_chu": r"ghi chú độ tin cậy " + _Q.format("text"),
    "nguon": r"nguồn đã đọc " + _Q.format("url"),
}
DEFINITION_COMPILED = {k: re.compile(v) for k, v in DEFINITION_PATTERNS.items()}
# One example per step: the closest-step hint of «bước không hợp lệ» and the documentation use them.
EXAMPLES: dict[str, str] = {
    "nhom": 'quy tắc thuộc nhóm "cấp phó"',
    "doi_tuong": 'quy tắc xét từng "đơn vị"',
    "ten_en": 'tên tiếng Anh "Deputies above 50% of the unit\'s staff (guidance)"',
    "ap_dung": 'áp dụng khi "loại đơn vị" là "so, phong_thuoc_so"',
    "ap_dung_ten": 'áp dụng khi "tên đơn vị" bắt đầu bằng "Trung tâm"',
    "hieu_luc": "có hiệu lực từ ngày 29/08/2025",
    "vi_pham": 'vi phạm khi "cấp phó" lớn hơn "50% số người"',
    "vi_pham_bang": 'vi phạm khi "cấp phó" lớn hơn mức trong bảng:',
    "vi_pham_dieu_kien": "vi phạm khi thỏa các điều kiện áp dụng",
    "muc_do": 'mức độ "định hướng"',
    "can_cu": 'căn cứ văn bản "Nghị định 150/2025/NĐ-CP" điều "Điều 2" khoản "khoản 2a"',
    "chuyen_tiep": 'cấp phó vượt do sắp xếp được chuyển tiếp 5 năm theo văn bản "Nghị định 370/2025/NĐ-CP"',
    "thong_bao": 'thông báo "{giá trị} cấp phó / {số người} người: vượt 50% ({mức})"',
    "thong_bao_en": 'thông báo tiếng Anh "{value} deputies / {staff} staff: above 50% ({limit})"',
    "ly_do": 'lý do "Số cấp phó không vượt quá 50% số biên chế được giao của đơn vị."',
    "ly_do_en": 'lý do tiếng Anh "Deputies may not exceed 50% of the unit\'s staff."',
    "goi_y": 'gợi ý "Giảm dần số cấp phó."',
    "goi_y_en": 'gợi ý tiếng Anh "Reduce deputies gradually."',
    "chua_xac_minh": 'chưa xác minh vì "chưa đối chiếu văn bản gốc"',
    "ghi_chu": 'ghi chú độ tin cậy "Định hướng của Đảng, không phải vi phạm pháp luật."',
    "nguon": 'nguồn đã đọc "https://baonghean.vn/…"',
}
UNREAD = "chưa xác minh: quy tắc chưa ghi «nguồn đã đọc» (văn bản gốc đã đối chiếu)"
LIMIT_COLUMN = {"mức", "giới hạn", "limit"}
# message placeholders in Vietnamese → names filled by compliance.check.to_finding
PLACEHOLDERS = {"giá trị": "value", "mức": "limit", "trường hợp": "band", "tên đơn vị": "unit_name"}


@dataclass(frozen=True)
class CompiledRule:
    """One `Quy tắc:` block as the raw dict a YAML rule gives, with what catalogue.py needs to name it."""
    raw: dict
    line: int                 # the `Quy tắc:` line
    bands_line: int | None    # the «mức trong bảng:» step, where a bad table is reported
    title: str                # the source title: the feature's name, else the rule's
    url: str | None


@dataclass(frozen=True)
class Dictionary:
    families: dict[str, str]
    facts: dict[str, str]
    fields: dict[str, dict[str, str]]     # fact → Vietnamese name → field
    values: dict[str, dict[str, Any]]
    severities: dict[str, str]

    def field(self, fact: str, name: str) -> str | None:
        """A Vietnamese field name, or the internal one (engineers), → the fact's field."""
        key = _key(name)
        own = self.fields.get(fact, {})
        hit = next((f for n, f in own.items() if _key(n) == key), None)
        return hit or (name.strip() if name.strip() in FACT_TYPES.get(fact, {}) else None)

    def field_names(self, fact: str) -> list[str]:
        return list(self.fields.get(fact, {}))


def _key(text: str) -> str:
    return " ".join(nfc(text).casefold().split())


@lru_cache(maxsize=4)
def load_dictionary(directory: Path = RULES_DIR) -> Dictionary:
    data = yaml.safe_load((directory / DICTIONARY_FILE).read_text(encoding="utf-8"))
    return Dictionary(data["nhom"], data["doi_tuong"], data["truong"], data["gia_tri"], data["muc_do"])


def match_definition(text: str) -> tuple[str, dict] | None:
    for name, regex in DEFINITION_COMPILED.items():
        m = regex.fullmatch(text)
        if m:
            return name, m.groupdict()
    return None


def closest_steps(text: str, examples: list[str], n: int = 3) -> list[str]:
    return difflib.get_close_matches(text, examples, n=n, cutoff=0.3)


# --- Gherkin documents --------------------------------------------------------------------

def parse_document(path: Path, rel: str) -> dict:
    """gherkin-official's AST (dict); a syntax error (e.g. a table row with a wrong number of cells) → InputError."""
    try:
        check_size(path, rel)
        text = nfc(path.read_text(encoding="utf-8").lstrip("\ufeff"))
    except UnicodeDecodeError as exc:
        raise InputError([Problem(rel, None, "bad_encoding", {"offset": exc.start})]) from None
    except OSError as exc:
        raise InputError([Problem(rel, None, "file_unreadable", {"reason": os_reason(exc)})]) from None
    try:
        return Parser().parse(TokenScanner(text))
    except CompositeParserException as exc:
        raise InputError([_parser_problem(rel, e) for e in exc.errors]) from None
    except ParserError as exc:
        raise InputError([_parser_problem(rel, exc)]) from None


def _parser_problem(rel: str, exc: ParserError) -> Problem:
    """The parser's own words (English, technical) are quoted inside a message of ours."""
    text = re.sub(r"^\(\d+:\d+\): ", "", str(exc))
    reason = Message("gherkin_cell_count") if "inconsistent cell count" in text else Message("gherkin_parse", {"reason": text})
    return Problem(rel, exc.location["line"], "gherkin_syntax", {"reason": reason})


def rule_blocks(doc: dict) -> list[dict]:
    feature = doc.get("feature") or {}
    return [c["rule"] for c in feature.get("children", []) if "rule" in c]


# --- cells, limits, placeholders ----------------------------------------------------------

_VI_NUM = re.compile(r"-?\d+(?:[.,]\d+)*")


def _vi_number(text: str) -> str:
    """'1.000' → '1000', '4,5' → '4.5', '4.5' → '4.5' (a dot before exactly three digits groups thousands)."""
    if re.fullmatch(r"-?\d{1,3}(?:\.\d{3})+", text):
        return text.replace(".", "")
    if text.count(",") + text.count(".") > 1:
        raise MessageError("vi_number", value=text)
    return text.replace(",", ".")


def _numbers(text: str) -> str:
    return _VI_NUM.sub(lambda m: _vi_number(m.group(0)), text)


_WORDS = [(re.compile(r"^từ (.+) đến (.+)$"), r"\1..\2"), (re.compile(r"^từ (.+) trở lên$"), r">= \1"),
          (re.compile(r"^dưới (.+)$"), r"< \1"), (re.compile(r"^trên (.+)$"), r"> \1"),
          (re.compile(r"^(?:tối đa|không quá) (.+)$"), r"<= \1"), (re.compile(r"^khác (.+)$"), r"!= \1")]
_DISCRETE = {"kind", "parent_kind", "cls", "level", "nhom_tu_chu", "dich_vu_co_ban", "ngoai_le_cap_pho",
             "co_nganh", "nganh"}


def value_names(d: Dictionary, fieldname: str) -> dict[str, tuple[Any, str]]:
    """Every way an author may write a value of a discrete field (folded) → (internal value, the name): the
    internal code, the glossary label (compliance.model.KINDS, CLASS_LABELS), each part of a label listing
    several names ("sở, cơ quan ngang sở" → "sở", "cơ quan ngang sở") and the dictionary's own words."""
    if fieldname in ("kind", "parent_kind"):
        labels = [(k.value, [k.value, info.vi]) for k, info in KINDS.items()]
        extra = d.values.get("kind", {})
    elif fieldname == "cls":
        labels = [(c.value, [c.value, CLASS_LABELS[c.value][0]]) for c in JurisdictionClass]
        extra = d.values.get("cls", {})
    elif fieldname == "nganh":
        labels, extra = [(code, [code, name]) for code, name in sector_names().items()], {}
    elif fieldname in ("dich_vu_co_ban", "ngoai_le_cap_pho", "co_nganh"):
        labels, extra = [(True, ["true"]), (False, ["false"])], d.values["co"]
    elif fieldname == "nhom_tu_chu":
        labels, extra = [(n, [str(n)]) for n in range(5)], {}
    elif fieldname == "level":
        labels = [(level, [level]) for level in sorted({i.committee_level for i in KINDS.values() if i.committee_level})]
        extra = d.values["level"]
    else:
        labels, extra = [], d.values.get(fieldname, {})
    names: dict[str, tuple[Any, str]] = {}
    parts: dict[str, dict] = {}
    for value, words in labels:
        for word in words:
            names[fold(word)] = (value, word)
            for part in word.split(","):
                parts.setdefault(fold(part), {})[value] = part.strip()
    for part, values in parts.items():   # a part of two labels is no name of either
        if len(values) == 1:
            names.setdefault(part, next(iter(values.items())))
    for word, value in extra.items():
        names[fold(word)] = (value, word)
    return names


def _split_values(body: str, names: dict) -> list[str]:
    """'sở, cơ quan ngang sở, phòng thuộc sở' → ['sở, cơ quan ngang sở', 'phòng thuộc sở']: a comma inside a
    known name does not split it (the longest known run of parts wins)."""
    parts = [p.strip() for p in body.split(",")]
    out, i = [], 0
    while i < len(parts):
        j = next((j for j in range(len(parts), i + 1, -1) if fold(", ".join(parts[i:j])) in names), i + 1)
        out.append(", ".join(parts[i:j]))
        i = j
    return [p for p in out if p]


def _value(names: dict[str, tuple[Any, str]], author_field: str, text: str) -> Any:
    key = fold(text)
    if key in names:
        return names[key][0]
    close = difflib.get_close_matches(key, list(names), n=1, cutoff=0.6)
    shown: dict[Any, str] = {}
    for value, word in names.values():   # each value by its longest name in words, the glossary's
        rank = (" " in word, len(word))
        if value not in shown or rank > (" " in shown[value], len(shown[value])):
            shown[value] = word
    raise MessageError("vi_value_unknown", field=author_field, value=text,
                       choices="; ".join(sorted(shown.values(), key=vi_sort_key)),
                       suggestion=names[close[0]][1] if close else None)


def vi_cell(d: Dictionary, fieldname: str, text: str, author_field: str | None = None) -> Any:
    """A Gherkin cell or «áp dụng khi … là "…"» value → a value of the YAML cell grammar. A discrete field
    takes the words of value_names; anything else there is an error naming the author's field."""
    t = nfc(text).strip()
    if t in ("", "*", "-", "mọi"):
        return None
    for regex, repl in _WORDS:
        if regex.match(t):
            t = regex.sub(repl, t)
            break
    if fieldname in _DISCRETE:
        names = value_names(d, fieldname)
        negated = t.startswith("!=")
        body = t[2:].strip() if negated else t
        values = [_value(names, author_field or fieldname, p) for p in _split_values(body.strip("[]"), names)]
        if negated:
            if len(values) != 1:
                raise MessageError("vi_not_one_value")
            return f"!= {values[0]}"
        return values if len(values) > 1 else values[0]
    return _numbers(t)


_TERM = re.compile(r"^(?:(?P<k>-?\d+(?:\.\d+)?)\s*(?P<pct>%)?\s*(?:×|\*|x|nhân)?\s*)?(?P<name>[^\d].*)$")


def vi_limit(d: Dictionary, fact: str, text: str) -> str:
    """'50% số người' → '0.5*@staff'; '3 × số đơn vị + 10' → '3*@n_units + 10' (for catalogue.parse_limit)."""
    parts = []
    for term in _numbers(nfc(text).strip()).split("+"):
        term = term.strip()
        if re.fullmatch(r"-?\d+(?:\.\d+)?", term):
            parts.append(term)
            continue
        m = _TERM.match(term)
        name = m.group("name").strip().lstrip("@") if m else ""
        field = d.field(fact, name) if m else None
        if field is None:
            raise MessageError("vi_limit_term", term=term, value=text, known=", ".join(d.field_names(fact)))
        k = float(m.group("k")) if m.group("k") else 1.0
        k = k / 100 if m.group("pct") else k
        parts.append(f"{k:g}*@{field}" if k != 1 else f"@{field}")
    return " + ".join(parts)


def vi_message(d: Dictionary, fact: str, text: str) -> str:
    """{giá trị}, {mức}, {trường hợp}, {tên đơn vị} and {Vietnamese field name} → the names check.py fills."""
    def repl(m: re.Match) -> str:
        name = m.group(1).strip()
        known = PLACEHOLDERS.get(_key(name)) or d.field(fact, name)
        if known:
            return "{" + known + "}"
        if re.fullmatch(r"\w+", name) and name.isascii():   # a context parameter such as {codes}
            return m.group(0)
        raise MessageError("vi_placeholder", placeholder=f"{{{name}}}", known=", ".join(d.field_names(fact)))
    return re.sub(r"\{([^{}]+)\}", repl, nfc(text))


# --- compiling one Quy tắc block ----------------------------------------------------------

class _Fail(Exception):
    """What is wrong with a block (a message key and parameters, or a Message) and the line to name."""

    def __init__(self, line: int | None, key: str | Message, **params):
        self.line, self.message = line, key if isinstance(key, Message) else Message(key, params)


def _dieu(text: str) -> str:
    return text if _key(text).startswith("điều") else f"Điều {text}"


def _khoan(text: str) -> str:
    return f"khoản {text}" if text[:1].isdigit() else text


def _date(text: str, line: int) -> date:
    day = parse_date(text)
    if not isinstance(day, date):
        raise _Fail(line, "gherkin_date", value=text)
    return day


def _table(step: dict) -> list[list[tuple[str, int, int]]]:
    return [[(nfc(c["value"]).strip(), r["location"]["line"], c["location"]["column"]) for c in r["cells"]]
            for r in step.get("dataTable", {}).get("rows", [])]


def compile_block(block: dict, rel: str, feature_name: str, d: Dictionary) -> tuple[CompiledRule | None, list[Problem]]:
    line = block["location"]["line"]
    codes = [t["name"][1:] for t in block.get("tags", []) if CODE.match(t["name"][1:])]
    if len(codes) != 1:
        return None, [Problem(rel, line, "gherkin_no_tag" if not codes else "gherkin_two_tags",
                              {"name": block["name"], "codes": ", ".join(codes)})]
    code = codes[0]
    title = re.sub(rf"^\s*{re.escape(code)}\s*[—–-]\s*", "", nfc(block["name"])).strip()
    other = re.match(r"^\s*([A-Z][A-Z0-9]*(?:\.[A-Z0-9_]+)+)\b", title)

    def problem(at: int | None, reason: Message) -> Problem:
        return Problem(rel, at, "rule_problem", {"code": code, "reason": reason})

    if other:
        return None, [problem(line, Message("gherkin_other_code", {"other": other.group(1), "code": code}))]
    background = next((c["background"] for c in block.get("children", []) if "background" in c), None)
    if background is None:
        return None, [problem(line, Message("gherkin_no_background"))]
    problems: list[Problem] = []
    seen: dict[str, list[tuple[dict, dict]]] = {}
    for step in background["steps"]:
        text = nfc(step["text"]).strip()
        hit = match_definition(text)
        if hit is None:
            close = closest_steps(text, list(EXAMPLES.values()))
            problems.append(Problem(rel, step["location"]["line"], "gherkin_step",
                                    {"step": f"{step['keyword'].strip()} {text}",
                                     "close": "; ".join(f"«{c}»" for c in close) or Message("gherkin_no_close")}))
            continue
        seen.setdefault(hit[0], []).append((hit[1], step))
    if problems:
        return None, problems
    try:
        raw, bands_step = _raw_spec(code, title, seen, rel, line, d)
    except _Fail as exc:
        return None, [problem(exc.line or line, exc.message)]
    url = seen.get("nguon", [({"url": None}, None)])[0][0]["url"]
    return CompiledRule(raw, line, bands_step["location"]["line"] if bands_step else None,
                        nfc(feature_name) or title, url), []


def _raw_spec(code: str, title: str, seen: dict, rel: str, line: int, d: Dictionary) -> tuple[dict, dict | None]:
    def one(name: str, required: bool = True) -> tuple[dict, dict] | None:
        found = seen.get(name, [])
        if len(found) > 1:
            raise _Fail(found[1][1]["location"]["line"], "gherkin_step_twice", step=EXAMPLES[name].split(' "')[0])
        if not found and required:
            raise _Fail(line, "gherkin_step_missing", step=EXAMPLES[name])
        return found[0] if found else None

    args, step = one("nhom")
    family = d.families.get(_key(args["nhom"]), args["nhom"])
    if family not in d.families.values():
        raise _Fail(step["location"]["line"], "gherkin_family", value=args["nhom"], choices=", ".join(d.families))
    args, step = one("doi_tuong")
    fact = d.facts.get(_key(args["doi_tuong"]), args["doi_tuong"])
    if fact not in FACT_TYPES:
        raise _Fail(step["location"]["line"], "gherkin_fact", value=args["doi_tuong"], choices=", ".join(d.facts))

    def field_of(name: str, at: dict) -> str:
        f = d.field(fact, name)
        if f is None:
            close = difflib.get_close_matches(_key(name), d.field_names(fact), n=1, cutoff=0.5)
            raise _Fail(at["location"]["line"], "gherkin_field", name=name, dictionary=DICTIONARY_FILE,
                        fact=args["doi_tuong"], known=", ".join(d.field_names(fact)), suggestion=close[0] if close else None)
        return f

    args_sev, step = one("muc_do")
    severity = d.severities.get(_key(args_sev["muc"]))
    if severity is None:
        raise _Fail(step["location"]["line"], "gherkin_severity", value=args_sev["muc"], choices=", ".join(d.severities))
    a, step = one("hieu_luc")
    in_force = {"from": _date(a["tu"], step["location"]["line"])}
    if a["den"]:
        in_force["to"] = _date(a["den"], step["location"]["line"])
    where: dict[str, Any] = {}
    for a, step in seen.get("ap_dung", []):
        f = field_of(a["truong"], step)
        if f in where:
            raise _Fail(step["location"]["line"], "gherkin_condition_twice", name=a["truong"])
        try:
            where[f] = vi_cell(d, f, a["gia_tri"], a["truong"])
        except MessageError as exc:
            text = nfc(step["text"]).strip()
            column = step["location"]["column"] + len(step["keyword"]) + text.rfind(f'"{a["gia_tri"]}"') + 1
            raise _Fail(step["location"]["line"], "gherkin_at", column=column, reason=exc.message) from None
    for a, step in seen.get("ap_dung_ten", []):
        f = field_of(a["truong"], step)
        words = fold(a["gia_tri"])
        if f != "ten" or not re.fullmatch(r"[a-z0-9 ]+", words):
            raise _Fail(step["location"]["line"], "gherkin_name_filter", name=a["truong"], value=a["gia_tri"])
        if f in where:
            raise _Fail(step["location"]["line"], "gherkin_condition_twice", name=a["truong"])
        where[f] = f"~ {words}.*" if a["cach"] == "bắt đầu bằng" else f"~ .*{words}.*"
    raw: dict[str, Any] = {"code": code, "family": family, "severity": severity, "in_force": in_force,
                           "fact": fact, "where": where, "feature": rel}
    legal = []
    for a, step in seen.get("can_cu", []):
        legal.append({k: v for k, v in (("document", nfc(a["van_ban"])),
                                        ("article", _dieu(nfc(a["dieu"])) if a["dieu"] else None),
                                        ("clause", _khoan(nfc(a["khoan"])) if a["khoan"] else None),
                                        ("scope", {"province": nfc(a["tinh"])} if a["tinh"] else None),
                                        ("in_force", {"from": a["tu_ngay"]} if a["tu_ngay"] else None)) if v})
    if not legal:
        raise _Fail(line, "gherkin_step_missing", step=EXAMPLES["can_cu"])
    raw["legal_basis"] = legal
    kinds = [k for k in ("vi_pham", "vi_pham_bang", "vi_pham_dieu_kien") if k in seen]
    if len(kinds) != 1:
        raise _Fail(line, "gherkin_violation")
    bands_step = None
    if kinds[0] != "vi_pham_dieu_kien":
        a, step = one(kinds[0])
        raw["measure"] = field_of(a["truong"], step)
        raw["compare"] = COMPARE[a["so_sanh"]]
        if kinds[0] == "vi_pham":
            try:
                raw["limit"] = vi_limit(d, fact, a["gioi_han"])
            except MessageError as exc:
                raise _Fail(step["location"]["line"], exc.message) from None
        else:
            bands_step = step
            raw["bands"] = _bands(d, fact, step, field_of)
    if not title:
        raise _Fail(line, "gherkin_no_title")
    en_title = one("ten_en", False)
    raw["title"] = {"vi": title, "en": nfc(en_title[0]["text"]) if en_title else title}
    for key, name, required in (("message", "thong_bao", True), ("why", "ly_do", True), ("hint", "goi_y", False)):
        vi_hit, en_hit = one(name, required), one(f"{name}_en", False)
        if vi_hit is None:
            if en_hit:
                raise _Fail(en_hit[1]["location"]["line"], "gherkin_english_only", step=EXAMPLES[name].split(' "')[0])
            continue
        # no English given: the Vietnamese text serves both languages (docs/viet-rule-authoring.md)
        texts = {"vi": vi_hit[0]["text"], "en": (en_hit or vi_hit)[0]["text"]}
        for lang, hit in (("vi", vi_hit), ("en", en_hit or vi_hit)):
            try:
                texts[lang] = vi_message(d, fact, texts[lang]) if key != "why" else nfc(texts[lang])
            except MessageError as exc:
                raise _Fail(hit[1]["location"]["line"], exc.message) from None
        raw[key] = texts
    unverified, note = one("chua_xac_minh", False), one("ghi_chu", False)
    if unverified and note:
        raise _Fail(note[1]["location"]["line"], "gherkin_confidence_twice")
    # a rule is verified once its author has read the legal text: «nguồn đã đọc "…"» (issue 17: a new rule
    # is not labelled «đã xác minh» by default)
    read = one("nguon", False)
    raw["confidence"] = "verified" if read and not unverified else "unverified"
    if unverified or note:
        raw["confidence_note"] = nfc((unverified or note)[0]["text"])
    if not read and not unverified:   # «chưa xác minh vì …» gives the author's own reason
        raw["confidence_note"] = "; ".join(filter(None, [UNREAD, raw.get("confidence_note")]))
    hit = one("chuyen_tiep", False)
    if hit:
        a = hit[0]
        basis = {"document": nfc(a["van_ban"])} | ({"clause": _khoan(nfc(a["khoan"]))} if a["khoan"] else {})
        raw["transition"] = {"years": int(a["nam"]), "legal_basis": [basis]}
    return raw, bands_step


def _bands(d: Dictionary, fact: str, step: dict, field_of) -> dict:
    table = _table(step)
    if len(table) < 2:
        raise _Fail(step["location"]["line"], "gherkin_bands_short")
    header, *rows = table
    if _key(header[-1][0]) not in LIMIT_COLUMN:
        raise _Fail(header[-1][1], "gherkin_bands_last", name=header[-1][0])
    columns = []
    for name, at_line, col in header[:-1]:
        f = field_of(name, {"location": {"line": at_line}})
        if f in columns:
            raise _Fail(at_line, "gherkin_bands_column_twice", column=col, name=name)
        columns.append(f)
    out = []
    for r, row in enumerate(rows, start=1):
        cells = []
        for (text, at_line, col), name, f in zip(row, [h[0] for h in header], columns + ["limit"]):
            if f == "limit" and not text:
                raise _Fail(at_line, "gherkin_bands_empty", row=r, name=name)
            try:
                cells.append(vi_limit(d, fact, text) if f == "limit" else vi_cell(d, f, text, name))
            except MessageError as exc:
                raise _Fail(at_line, "gherkin_bands_cell", row=r, name=name, column=col, reason=exc.message) from None
        out.append(cells)
    return {"columns": columns + ["limit"], "rows": out}


# --- files --------------------------------------------------------------------------------

def compile_file(path: Path, rel: str, dictionary: Path = RULES_DIR / DICTIONARY_FILE) -> tuple[list[CompiledRule], list[Problem]]:
    """Every `Quy tắc:` block of a rule file → a CompiledRule; everything wrong, not just the first problem."""
    try:
        doc = parse_document(path, rel)
    except InputError as exc:
        return [], exc.problems
    feature = doc.get("feature")
    if not feature:
        return [], [Problem(rel, None, "gherkin_syntax", {"reason": Message("gherkin_no_feature")})]
    blocks = rule_blocks(doc)
    if not blocks:
        return [], [Problem(rel, feature["location"]["line"], "gherkin_syntax",
                            {"reason": Message("gherkin_no_rules")})]
    rules, problems = [], []
    d = load_dictionary(dictionary.parent)
    for block in blocks:
        rule, found = compile_block(block, rel, feature.get("name", ""), d)
        problems += found
        if rule:
            rules.append(rule)
    return rules, problems


SCAFFOLD = '''# language: vi
# Tệp quy tắc viết bằng Gherkin — cách viết: docs/viet-rule-authoring.md.
# Đặt tệp trong features/quy_tac/ thì `orgcheck check` áp dụng quy tắc; chạy thử: orgcheck rules test TỆP
Tính năng: <văn bản và nội dung của quy tắc>

  # Thẻ mã quy tắc, ngay trên dòng «Quy tắc:» (bắt buộc, không trùng mã nào khác)
  @{code}
  Quy tắc: {code} — <tên quy tắc: điều gì bị coi là vi phạm>

    # Các bước định nghĩa quy tắc. Ví dụ dưới đây: phòng thuộc sở có quá 3 cấp phó — thay bằng quy định thật.
    Bối cảnh:
      # nhóm: tiêu chí, cấp phó, chức năng, chủ trì, cơ cấu
      Biết quy tắc thuộc nhóm "cấp phó"
      # đối tượng được xét: đơn vị, nhóm đơn vị cùng loại, xã, nhiệm vụ… (rules/tu-dien-truong.yaml)
      Và quy tắc xét từng "đơn vị"
      # phạm vi: tên trường và giá trị (nhiều giá trị cách nhau bằng dấu phẩy; dưới 9, từ 9 đến 14…)
      Và áp dụng khi "loại đơn vị" là "phong_thuoc_so"
      # hiệu lực (thêm «đến hết ngày DD/MM/YYYY» nếu có ngày hết hiệu lực)
      Và có hiệu lực từ ngày 01/01/2026
      # điều kiện vi phạm: lớn hơn, lớn hơn hoặc bằng, nhỏ hơn, nhỏ hơn hoặc bằng, bằng, khác
      # mức: một số, một trường («cấp phó của cấp trên»), «50% số người», «3 × số đơn vị + 10»,
      # hoặc «mức trong bảng:» kèm bảng các trường hợp (xem tài liệu)
      Và vi phạm khi "cấp phó" lớn hơn "3"
      # mức độ: lỗi, cảnh báo, thông tin, định hướng
      Và mức độ "lỗi"
      # căn cứ pháp lý (điều, khoản không bắt buộc; viết nhiều bước nếu nhiều văn bản)
      Và căn cứ văn bản "<số hiệu văn bản>" điều "Điều 1" khoản "khoản 1"
      # thông báo: {{giá trị}} số đo được, {{mức}} mức tối đa, {{trường hợp}} dòng bảng áp dụng, {{tên trường}}
      Và thông báo "{{giá trị}} cấp phó / tối đa {{mức}}"
      Và lý do "<quy định nói gì, một câu>"
      # không bắt buộc: tên tiếng Anh, thông báo tiếng Anh, lý do tiếng Anh, gợi ý, chưa xác minh vì "…"

    # Kịch bản mẫu: ít nhất một trường hợp vi phạm và một trường hợp không vi phạm, sát ngưỡng.
    Khung kịch bản: {code}: phòng có <cấp phó> cấp phó
      Biết tỉnh "Cần Thơ" phân loại "loại I" tại ngày 01/02/2026
      Và cơ cấu tổ chức:
        | mã   | tên           | loại           | trực thuộc | biên chế | cấp phó   |
        | ubnd | UBND tỉnh     | ubnd_tinh      |            |          |           |
        | so   | Sở Nội vụ     | so             | ubnd       | 40       | 3         |
        | p    | Phòng Tổ chức | phong_thuoc_so | so         | 20       | <cấp phó> |
      Và chỉ xét quy tắc "{code}"
      Khi kiểm tra tuân thủ
      Thì có đúng <số> phát hiện

      Dữ liệu:
        | cấp phó | số |
        | 3       | 0  |
        | 4       | 1  |

    Kịch bản: {code}: phát hiện ghi số cấp phó và mức
      Biết tỉnh "Cần Thơ" phân loại "loại I" tại ngày 01/02/2026
      Và cơ cấu tổ chức:
        | mã   | tên           | loại           | trực thuộc | biên chế | cấp phó |
        | ubnd | UBND tỉnh     | ubnd_tinh      |            |          |         |
        | so   | Sở Nội vụ     | so             | ubnd       | 40       | 3       |
        | p    | Phòng Tổ chức | phong_thuoc_so | so         | 20       | 4       |
      Và chỉ xét quy tắc "{code}"
      Khi kiểm tra tuân thủ
      Thì kết quả gồm đúng các phát hiện:
        | quy tắc | đơn vị | mức độ |
        | {code}  | p      | lỗi    |
      Và phát hiện "{code}" tại "p" ghi "4 cấp phó / tối đa 3"
'''


def scaffold(code: str) -> str:
    """The skeleton of `orgcheck rules new`: a complete example rule with its scenarios, to be rewritten."""
    return SCAFFOLD.format(code=code)
