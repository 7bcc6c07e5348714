"""Thư viện bước Gherkin tiếng Việt dùng chung cho mọi tệp features/*.feature.

Các bước dựng dữ liệu thuần (dict, list) từ bảng Gherkin rồi gọi đúng hai hàm công khai mà
dòng lệnh `orgcheck check` dùng: `build_org(data, SourceMap)` và `check(org, as_of)`.
Không có lối tắt, không giả lập: mọi kiểm tra dữ liệu đầu vào và mọi quy tắc đều do orgcheck làm.

Nguyên tắc chuyển bảng thành dữ liệu (xem docs/buoc-gherkin.md):
  * ô trống = "không khai báo" (khóa bị bỏ, orgcheck tự xử lý như tệp không ghi trường đó);
  * số chỉ được đổi sang số nguyên khi ô gồm toàn chữ số; mọi thứ khác (8,5; -1; hai) được
    chuyển nguyên văn để orgcheck báo lỗi — không bao giờ lặng lẽ bỏ hay ép kiểu;
  * mọi văn bản được chuẩn hóa NFC ở ranh giới này, giống như `compliance.source.decode`
    chuẩn hóa toàn bộ tệp trước khi `build_org` đọc: gõ dạng tổ hợp (NFD) hay dựng sẵn (NFC)
    đều cho cùng một kết quả.

Các mẫu câu (PATTERNS) cũng được tests/test_feature_coverage.py dùng để phân tích tĩnh các
tệp .feature, nên phân tích tĩnh và lúc chạy không thể lệch nhau.
"""

from __future__ import annotations

import difflib
import re
from collections import Counter
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

import pytest
from pytest_bdd import given, parsers, then, when

from .catalogue import Catalogue, Severity, load_catalogue
from .check import CheckResult, Finding, PlanResult, check, check_plan
from .diff import DiffResult, diff_proposal
from .facts import Fact, derive_facts, plan_task_facts
from .gherkin import CODE, DEFINITION_PATTERNS
from .gherkin import EXAMPLES as DEFINITION_EXAMPLES
from .graph import OrgGraph
from .messages import InputError, Problem
from .model import build_org, parse_date
from .plan import AgencyIndex, parse_plan
from .proposal import apply_to
from .render.common import MET, STATUS, change_text, percent
from .source import SourceMap
from .text import nfc

# ---------------------------------------------------------------------------------------------
# Mẫu câu (regex khớp toàn bộ câu bước, sau từ khóa Biết/Khi/Thì/Và)

PATTERNS: dict[str, str] = {
    "tinh": r'tỉnh "(?P<ten>[^"]*)" phân loại "(?P<loai>[^"]*)" tại ngày (?P<ngay>\S+)',
    "co_cau": r"cơ cấu tổ chức:",
    "co_cau_them": r"cơ cấu tổ chức có thêm:",
    "nhiem_vu": r"các nhiệm vụ:",
    "ke_hoach": r"kế hoạch:",
    "danh_muc": r"danh mục chức năng riêng:",
    "quyet_dinh": r'quyết định "(?P<so_hieu>[^"]+)" phân bổ trần cấp phó:',
    "pham_vi": r'chỉ xét (?:các )?quy tắc "(?P<ma>[^"]+)"',
    "kiem_tra": r"kiểm tra tuân thủ",
    "kiem_tra_ngay": r"kiểm tra tuân thủ theo pháp luật ngày (?P<ngay>\S+)",
    "dung": r"kết quả gồm đúng các phát hiện:",
    "khong_nao": r"không có phát hiện nào",
    "dem": r"có đúng (?P<so>\d+) phát hiện",
    "khong_ma": r'không có phát hiện "(?P<ma>[^"]+)"',
    "khong_ma_tai": r'không có phát hiện "(?P<ma>[^"]+)" tại "(?P<don_vi>[^"]+)"',
    "co_ma_tai": r'có phát hiện "(?P<ma>[^"]+)" tại "(?P<don_vi>[^"]+)"',
    "ghi": r'phát hiện "(?P<ma>[^"]+)" tại "(?P<don_vi>[^"]+)" ghi "(?P<doan>[^"]+)"',
    "tu_choi_tep": r'tệp bị từ chối với lỗi "(?P<doan>[^"]+)"',
    "tu_choi_kiem_tra": r'việc kiểm tra bị từ chối với lỗi "(?P<doan>[^"]+)"',
    # phạm vi và hiệu lực của một quy tắc: kiểm chứng vì sao KHÔNG có phát hiện
    "khong_xet": r'quy tắc "(?P<ma>[^"]+)" không xét "(?P<don_vi>[^"]+)"',
    "khong_xet_tai": r'không xét nên không có phát hiện "(?P<ma>[^"]+)" tại "(?P<don_vi>[^"]+)"',   # «<kết quả>» của Dữ liệu
    "khong_hieu_luc": r'quy tắc "(?P<ma>[^"]+)" không có hiệu lực',
    # đề án sắp xếp (compliance.proposal): mỗi câu «Khi …» thêm một thao tác, theo thứ tự
    "so_lieu_goc": r"số liệu gốc:",
    "hop_nhat": r'hợp nhất (?P<nguon>"[^"]+"(?:(?:, | và )"[^"]+")+) thành "(?P<ma>[^"]+)" tên "(?P<ten>[^"]+)"'
                r'(?: trực thuộc "(?P<cap_tren>[^"]+)")?(?: theo "(?P<qd>[^"]+)" ngày (?P<ngay>\S+))?',
    "sap_nhap": r'sáp nhập (?P<nguon>"[^"]+"(?:(?:, | và )"[^"]+")*) vào "(?P<dich>[^"]+)"'
                r'(?: theo "(?P<qd>[^"]+)" ngày (?P<ngay>\S+))?',
    "giai_the": r'giải thể "(?P<ma>[^"]+)"(?:, chức năng giao "(?P<cn>[^"]+)")?'
                r'(?:, biên chế giao "(?P<bc>[^"]+)")?(?P<tinh_gian>, tinh giản biên chế)?',
    "chuyen_cn": r'chuyển chức năng "(?P<cn>[^"]+)" từ "(?P<nguon>[^"]+)" sang "(?P<dich>[^"]+)"',
    "chuyen_truc_thuoc": r'chuyển "(?P<ma>[^"]+)" về trực thuộc "(?P<cap_tren>[^"]+)"',
    "doi_ten": r'đổi tên "(?P<ma>[^"]+)" thành "(?P<ten>[^"]+)"',
    "dieu_chinh": r'điều chỉnh (?P<cot>[^"]+?) của "(?P<ma>[^"]+)" thành (?P<gia_tri>\S+)',
    "thanh_lap": r"thành lập đơn vị:",
    "chia_tach": r'chia tách "(?P<ma>[^"]+)" thành:',
    "ap_dung": r"áp dụng đề án",
    "so_sanh": r"so sánh trước và sau đề án",
    "bang_so_sanh": r"bảng so sánh gồm đúng:",
    "bang_thay_doi": r"bảng đơn vị thay đổi có:",
    "bang_chi_tieu": r"bảng chỉ tiêu có:",
    "tu_choi_de_an": r'đề án bị từ chối với lỗi "(?P<doan>[^"]+)"',
}
# Một câu ví dụ cho mỗi mẫu (docs/buoc-gherkin.md): «bước không hợp lệ» gợi ý các câu gần nhất trong số này.
EXAMPLES: dict[str, str] = {
    "tinh": 'tỉnh "Cần Thơ" phân loại "loại I" tại ngày 01/02/2026',
    "co_cau": "cơ cấu tổ chức:", "co_cau_them": "cơ cấu tổ chức có thêm:", "nhiem_vu": "các nhiệm vụ:",
    "danh_muc": "danh mục chức năng riêng:",
    "quyet_dinh": 'quyết định "1345/QĐ-UBND" phân bổ trần cấp phó:',
    "pham_vi": 'chỉ xét quy tắc "KL187.PHO.TY_LE"',
    "kiem_tra": "kiểm tra tuân thủ", "kiem_tra_ngay": "kiểm tra tuân thủ theo pháp luật ngày 01/02/2026",
    "dung": "kết quả gồm đúng các phát hiện:", "khong_nao": "không có phát hiện nào",
    "dem": "có đúng 1 phát hiện", "khong_ma": 'không có phát hiện "KL187.PHO.TY_LE"',
    "khong_ma_tai": 'không có phát hiện "KL187.PHO.TY_LE" tại "p"',
    "co_ma_tai": 'có phát hiện "KL187.PHO.TY_LE" tại "p"',
    "ghi": 'phát hiện "KL187.PHO.TY_LE" tại "p" ghi "vượt 50%"',
    "tu_choi_tep": 'tệp bị từ chối với lỗi "không tồn tại"',
    "tu_choi_kiem_tra": 'việc kiểm tra bị từ chối với lỗi "chưa có bộ quy tắc"',
    "khong_xet": 'quy tắc "KL187.PHO.TY_LE" không xét "ubnd"',
    "khong_xet_tai": 'không xét nên không có phát hiện "KL187.PHO.TY_LE" tại "ubnd"',
    "khong_hieu_luc": 'quy tắc "ND370.PHO.THU_BAC" không có hiệu lực',
}
EXAMPLES |= {f"dinh_nghia.{name}": text for name, text in DEFINITION_EXAMPLES.items()}
# Bước định nghĩa quy tắc trong «Bối cảnh» của một tệp quy tắc Gherkin (compliance/gherkin.py biên dịch chúng).
PATTERNS |= {f"dinh_nghia.{name}": p for name, p in DEFINITION_PATTERNS.items()}
COMPILED = {name: re.compile(p) for name, p in PATTERNS.items()}


def match_step(text: str) -> tuple[str, dict[str, str]] | None:
    """Tên mẫu câu và các tham số của một câu bước (đã thay <tham số> của Khung kịch bản)."""
    for name, regex in COMPILED.items():
        m = regex.fullmatch(text)
        if m:
            return name, m.groupdict()
    return None


# ---------------------------------------------------------------------------------------------
# Từ vựng: cột bảng, nhãn phân loại, mức độ

def _key(text: str) -> str:
    """Khóa so khớp nhãn: NFC, chữ thường, gộp khoảng trắng."""
    return " ".join(nfc(text).casefold().split())


# Cột của bảng «cơ cấu tổ chức» → trường của đơn vị (compliance.model.Unit).
UNIT_COLUMNS = {
    "mã": "id", "tên": "name", "loại": "kind", "trực thuộc": "parent",
    "biên chế": "bien_che", "người làm việc": "nguoi_lam_viec", "viên chức": "vien_chuc",
    "cấp trưởng": "cap_truong", "cấp phó": "cap_pho", "chức năng": "functions",
    "nhóm tự chủ": "nhom_tu_chu", "dịch vụ cơ bản": "dich_vu_co_ban",
    "ngoại lệ cấp phó": "ngoai_le_cap_pho", "địa bàn": "location",
    "lĩnh vực": "sector", "ghi chú": "notes", "ngành": "nganh", "lý do giữ": "ly_do_giu",
    "hợp nhất từ số tỉnh": "merged_provinces", "hợp nhất theo quyết định": "merged_by_decision",
    "khung phó chủ tịch": "khung_pho_chu_tich", "thành lập mới": "thanh_lap_moi", "tiêu chí đặc thù": "tieu_chi_dac_thu",
    "phân loại tỉnh": "class",
    "quyết định sắp xếp": "reorganization.decision", "ngày sắp xếp": "reorganization.date",
}
# Cột của bảng trần cấp phó trong «quyết định … phân bổ trần cấp phó».
CAP_COLUMNS = {"mã": "unit", "đơn vị": "unit", "trần": "cap", "trần cấp phó": "cap"}
# Cột của bảng «các nhiệm vụ» → trường của nhiệm vụ (compliance.model.Task).
TASK_COLUMNS = {"mã": "id", "tên": "title", "chủ trì": "chu_tri", "phối hợp": "phoi_hop", "hạn": "deadline"}
# Cột của bảng «danh mục chức năng riêng» → compliance.model.FunctionDef.
FUNCTION_COLUMNS = {"mã": "code", "tên": "name", "nhóm": "group", "bắt buộc": "mandatory"}
# Cột của bảng phát hiện mong đợi.
FINDING_COLUMNS = {"quy tắc": "code", "mã quy tắc": "code", "đơn vị": "subject", "nhiệm vụ": "subject",
                   "đối tượng": "subject", "mức độ": "severity"}

INT_FIELDS = {"bien_che", "nguoi_lam_viec", "vien_chuc", "cap_truong", "cap_pho", "nhom_tu_chu", "merged_provinces", "cap"}
BOOL_FIELDS = {"dich_vu_co_ban", "ngoai_le_cap_pho", "merged_by_decision", "thanh_lap_moi"}
YES_NO = {"có": True, "không": False}
# (trường, dấu phân cách) của các ô chứa danh sách
LIST_FIELDS = {"functions": ",", "tieu_chi_dac_thu": ",", "chu_tri": ";", "phoi_hop": ";", "mandatory": ","}

CLASS_LABELS = {
    "dac_biet": "dac_biet", "đặc biệt": "dac_biet", "loại đặc biệt": "dac_biet",
    "loai_1": "loai_1", "loại i": "loai_1", "loại 1": "loai_1",
    "loai_2_3": "loai_2_3", "loại ii": "loai_2_3", "loại 2": "loai_2_3",
    "loại iii": "loai_2_3", "loại 3": "loai_2_3",
}
LEVEL_LABELS = {"tỉnh": "tinh", "huyện": "huyen", "xã": "xa", "tinh": "tinh", "huyen": "huyen", "xa": "xa"}
SEVERITY_LABELS = {"lỗi": "error", "cảnh báo": "warning", "thông tin": "info", "chuyển tiếp": "transitional",
                   "định hướng": "guidance", "error": "error", "warning": "warning", "info": "info",
                   "transitional": "transitional", "guidance": "guidance"}


def _label(severity: str) -> str:
    return Severity(severity).label("vi")


_ACTIVE: list[Catalogue] = []   # danh mục do `orgcheck rules test` đặt (tệp quy tắc đang thử); rỗng = danh mục thật


def use_catalogue(catalogue: Catalogue | None) -> None:
    _ACTIVE[:] = [catalogue] if catalogue else []
    rule_codes.cache_clear()


@lru_cache(maxsize=1)
def _live_catalogue() -> Catalogue:
    return load_catalogue()


def catalogue() -> Catalogue:
    return _ACTIVE[0] if _ACTIVE else _live_catalogue()


@lru_cache(maxsize=1)
def rule_codes() -> frozenset[str]:
    return frozenset(r.code for r in catalogue().rules)


def known_code(code: str) -> str:
    """Một mã quy tắc viết trong kịch bản phải có trong danh mục: gõ nhầm không được lặng lẽ qua."""
    code = nfc(code).strip()
    if code not in rule_codes():
        close = difflib.get_close_matches(code, sorted(rule_codes()), n=1)
        hint = f" — ý bạn là «{close[0]}»?" if close else ""
        raise AssertionError(f"Mã quy tắc «{code}» không có trong danh mục quy tắc (rules/*.yaml, features/quy_tac/){hint}")
    return code


def split_codes(text: str) -> list[str]:
    return [known_code(part) for part in nfc(text).split(",") if part.strip()] or [known_code(text)]


# ---------------------------------------------------------------------------------------------
# Bảng Gherkin → dữ liệu thuần

def _cell(fieldname: str, text: str) -> Any:
    """Một ô khác rỗng → giá trị cho orgcheck; cái gì không nhận ra thì chuyển nguyên văn."""
    if fieldname in INT_FIELDS:
        return int(text) if text.isascii() and text.isdigit() else text
    if fieldname in BOOL_FIELDS:
        return YES_NO.get(_key(text), text)
    if fieldname == "class":
        return CLASS_LABELS.get(_key(text), text)  # nhãn lạ: để orgcheck báo lỗi
    if fieldname in LIST_FIELDS:
        parts = [p.strip() for p in text.split(LIST_FIELDS[fieldname])]
        if fieldname == "mandatory":
            parts = [LEVEL_LABELS.get(_key(p), p) for p in parts]
        return parts
    return text


def table_records(datatable: list[list[str]], columns: dict[str, str], what: str) -> list[dict]:
    """Dòng đầu là tên cột (tiếng Việt, hoặc đúng tên trường của orgcheck); mỗi dòng sau là một bản ghi."""
    if not datatable:
        raise AssertionError(f"Bảng {what} rỗng: cần một dòng tên cột")
    header, *rows = [[nfc(c).strip() for c in row] for row in datatable]
    fields = []
    lookup = {_key(k): v for k, v in columns.items()} | {v: v for v in columns.values()}
    for name in header:
        fieldname = lookup.get(_key(name))
        if fieldname is None:
            raise AssertionError(f"Cột «{name}» không có trong bảng {what}; các cột dùng được: "
                                 + ", ".join(columns))
        if fieldname in fields:
            raise AssertionError(f"Cột «{name}» xuất hiện hai lần trong bảng {what}")
        fields.append(fieldname)
    records = []
    for row in rows:
        record: dict = {}
        for f, text in zip(fields, row):
            if text == "":
                continue
            head, _, sub = f.partition(".")  # "reorganization.date" → {"reorganization": {"date": …}}
            if sub:
                record.setdefault(head, {})[sub] = _cell(sub, text)
            else:
                record[f] = _cell(f, text)
        records.append(record)
    return records


# ---------------------------------------------------------------------------------------------
# Trạng thái của một kịch bản

@dataclass
class KichBan:
    source: str = "kịch bản Gherkin"
    jurisdiction: dict | None = None
    units: list[dict] = field(default_factory=list)
    tasks: list[dict] = field(default_factory=list)
    functions: list[dict] = field(default_factory=list)
    decisions: list[dict] = field(default_factory=list)
    plan_text: str | None = None           # «Biết kế hoạch:»: kiểm tra kế hoạch như `orgcheck plan`
    scope: set[str] | None = None          # None = xét mọi quy tắc
    ran: bool = False
    result: CheckResult | PlanResult | None = None
    error: InputError | None = None
    error_stage: str | None = None         # "tệp" (build_org), "kiểm tra" (check) hoặc "đề án"
    baseline: list[dict] = field(default_factory=list)   # số liệu gốc cho chỉ tiêu
    operations: list[dict] = field(default_factory=list)  # thao tác của đề án, theo thứ tự
    diff: DiffResult | None = None
    explained: set[str] = field(default_factory=set)   # rules a «không xét» / «không có hiệu lực» step checked

    def data(self) -> dict:
        """Dữ liệu thuần đúng như một tệp tổ chức sau khi đọc (không thêm mặc định nào)."""
        out: dict = {}
        if self.jurisdiction is not None:
            out["jurisdiction"] = dict(self.jurisdiction)
        if self.functions:
            out["functions"] = [dict(f) for f in self.functions]
        out["units"] = [dict(u) for u in self.units]
        if self.tasks:
            out["tasks"] = [dict(t) for t in self.tasks]
        if self.decisions:
            out["decisions"] = [dict(d) for d in self.decisions]
        if self.baseline:
            out["baseline"] = [dict(b) for b in self.baseline]
        return out

    def run_proposal(self) -> None:
        """Như `orgcheck check ĐỀ_ÁN` và `orgcheck diff ĐỀ_ÁN`: áp dụng các thao tác lên cơ cấu
        đã khai báo, kiểm tra cơ cấu kết quả, so sánh với trước."""
        self.ran = True
        try:
            proposal = apply_to(self.data(), SourceMap(self.source),
                                {"baseline": "(kịch bản)", "operations": self.operations}, SourceMap(self.source))
        except InputError as exc:
            self.error, self.error_stage = exc, "đề án"
            return
        self.diff = diff_proposal(proposal, catalogue())   # the draft rules under `rules test`, too
        self.result = self.diff.after

    def run(self, as_of=None) -> None:
        self.ran = True
        if self.plan_text is not None:
            self.run_plan(as_of)
            return
        try:
            org = build_org(self.data(), SourceMap(self.source))
        except InputError as exc:
            self.error, self.error_stage = exc, "tệp"
            return
        try:
            self.result = check(org, as_of, catalogue())
        except InputError as exc:
            self.error, self.error_stage = exc, "kiểm tra"

    def run_plan(self, as_of) -> None:
        """Như `orgcheck plan`: có «cơ cấu tổ chức» thì đối chiếu tên cơ quan với nó (--org)."""
        try:
            org = build_org(self.data(), SourceMap(self.source)) if self.units else None
            plan = parse_plan(self.plan_text.split("\n"), self.source, AgencyIndex(org) if org else None)
        except InputError as exc:
            self.error, self.error_stage = exc, "tệp"
            return
        try:
            self.result = check_plan(plan, org, as_of, catalogue())
        except InputError as exc:
            self.error, self.error_stage = exc, "kiểm tra"

    # --- kết quả ---------------------------------------------------------------------------

    def findings(self) -> list[Finding]:
        if not self.ran:
            raise AssertionError("Chưa có bước «Khi kiểm tra tuân thủ» trước bước kiểm chứng kết quả")
        if self.error is not None:
            raise AssertionError(f"Không có kết quả: {self.error_stage} bị từ chối với lỗi:\n"
                                 + self.error.render("vi"))
        return list(self.result.findings)

    def in_scope(self) -> list[Finding]:
        return [f for f in self.findings() if self.scope is None or f.code in self.scope]

    def scope_text(self) -> str:
        return "mọi quy tắc" if self.scope is None else ", ".join(sorted(self.scope))

    def facts(self) -> list[Fact]:
        """The facts the check gave the engine, derived again from the checked organization (or plan)."""
        self.findings()
        if isinstance(self.result, PlanResult):
            return plan_task_facts(self.result.plan, AgencyIndex(self.result.org) if self.result.org else None)
        return derive_facts(OrgGraph(self.result.org))

    def not_evaluated(self, code: str, subject: str | None = None) -> str | None:
        """Why a "no finding" of rule `code` at `subject` (any subject when None) proves nothing, or None when
        it is a real test of the rule: in force on the check's date, the rule looked at the subject; not in
        force, the rule would have fired on it (a test of the in-force date)."""
        rule = catalogue().by_code(code)
        where = f"«{subject}»" if subject is not None else "đối tượng nào"
        if not any(r.code == code for r in self.result.rules):
            if self.looks_at(rule, subject, fire=True):
                return None
            return (f"quy tắc «{code}» không có hiệu lực ngày {self.result.as_of:%d/%m/%Y}, và kể cả khi có hiệu lực "
                    f"cũng không có phát hiện tại {where}: kịch bản không kiểm chứng được ngày hiệu lực")
        if self.looks_at(rule, subject):
            return None
        needed = sorted({rule.measure, *(f for v in rule.variants for f in v.limit.fields)}) if rule.compare else []
        return (f"quy tắc «{code}» không xét {where}: không thuộc phạm vi áp dụng"
                + (f" hoặc thiếu số liệu ({', '.join(needed)})" if needed else ""))

    def looks_at(self, rule, subject: str | None, fire: bool = False) -> bool:
        """Whether `rule` evaluates `subject` (any subject when None): for one of its facts every scope
        condition of one row holds and the compared fields are there; with `fire`, whether it fires there
        (in force or not)."""
        if rule.fact in CANDIDATE_FACTS and not fire:
            return subject is None or any(f.subject[1] == subject for f in self.facts())
        for fact in self.facts():
            if fact.data.get("t") != rule.fact or subject not in (None, fact.subject[1]):
                continue
            for v in rule.variants:
                if fire:
                    conds = v.conditions + ((v.violation,) if v.violation else ())
                elif v.violation is not None:
                    if not {rule.measure, *v.limit.fields} <= fact.data.keys():
                        continue
                    conds = v.conditions
                else:   # a rule without a comparison: its conditions beyond the scope are the violation
                    conds = tuple(c for c in v.conditions if c.field in SCOPE_FIELDS)
                if all(c.holds(fact.data) for c in conds):
                    return True
        return False


def _row(f: Finding, with_message: bool = True) -> str:
    text = f"| {f.code} | {f.subject_id} | {_label(f.severity.value)} |"
    return text + (f" {f.message['vi']}" if with_message else "")


def _rows(findings: list[Finding]) -> str:
    return "\n".join("  " + _row(f) for f in findings) or "  (không có)"


# ---------------------------------------------------------------------------------------------
# pytest: ngữ cảnh mỗi kịch bản, và tên tệp .feature để thông báo lỗi chỉ đúng chỗ

def pytest_bdd_before_scenario(request, feature, scenario):
    request.node._orgcheck_source = feature.rel_filename
    request.node._orgcheck_rule_tags = set() if scenario.rule is None else scenario.rule.tags


def pytest_bdd_apply_tag(tag, function):
    """Thẻ mã quy tắc (@KL187.PHO.TY_LE) đánh dấu khối định nghĩa quy tắc, không phải marker của pytest."""
    return function if CODE.match(tag) else None


def pytest_bdd_step_error(request, feature, scenario, step, step_func, step_func_args, exception):
    """Chỉ ra câu bước bị lỗi, dòng và tệp .feature, ngay dưới thông báo lỗi."""
    if hasattr(exception, "add_note"):
        exception.add_note(f"Bước lỗi: {step.keyword} {step.name} — {feature.rel_filename}, dòng {step.line_number}; "
                           f"kịch bản «{scenario.name}»")


@pytest.fixture
def kich_ban(request) -> KichBan:
    return KichBan(source=getattr(request.node, "_orgcheck_source", "kịch bản Gherkin"))


# ---------------------------------------------------------------------------------------------
# Biết …

@given(parsers.re(PATTERNS["tinh"]))
def buoc_tinh(kich_ban: KichBan, ten: str, loai: str, ngay: str):
    __tracebackhide__ = True
    label = nfc(loai).strip()
    kich_ban.jurisdiction = {"name": nfc(ten).strip(),
                             "class": CLASS_LABELS.get(_key(label), label),  # nhãn lạ: để orgcheck báo lỗi
                             "as_of": ngay}


@given(parsers.re(PATTERNS["co_cau"]))
@given(parsers.re(PATTERNS["co_cau_them"]))
def buoc_co_cau(kich_ban: KichBan, datatable):
    __tracebackhide__ = True
    kich_ban.units += table_records(datatable, UNIT_COLUMNS, "«cơ cấu tổ chức»")


@given(parsers.re(PATTERNS["nhiem_vu"]))
def buoc_nhiem_vu(kich_ban: KichBan, datatable):
    __tracebackhide__ = True
    kich_ban.tasks += table_records(datatable, TASK_COLUMNS, "«các nhiệm vụ»")


@given(parsers.re(PATTERNS["ke_hoach"]))
def buoc_ke_hoach(kich_ban: KichBan, docstring: str):
    __tracebackhide__ = True
    kich_ban.plan_text = docstring  # không chuẩn hóa ở đây: orgcheck phải tự làm (kịch bản NFD)


@given(parsers.re(PATTERNS["danh_muc"]))
def buoc_danh_muc(kich_ban: KichBan, datatable):
    __tracebackhide__ = True
    kich_ban.functions += table_records(datatable, FUNCTION_COLUMNS, "«danh mục chức năng riêng»")


@given(parsers.re(PATTERNS["quyet_dinh"]))
def buoc_quyet_dinh(kich_ban: KichBan, so_hieu: str, datatable):
    __tracebackhide__ = True
    caps = {}
    for rec in table_records(datatable, CAP_COLUMNS, "«trần cấp phó»"):
        if set(rec) != {"unit", "cap"}:
            raise AssertionError(f"Mỗi dòng trần cấp phó cần cột «mã» và «trần»: {rec}")
        caps[rec["unit"]] = rec["cap"]
    kich_ban.decisions.append({"reference": nfc(so_hieu).strip(), "deputy_caps": caps})


@given(parsers.re(PATTERNS["pham_vi"]))
@when(parsers.re(PATTERNS["pham_vi"]))
@then(parsers.re(PATTERNS["pham_vi"]))
def buoc_pham_vi(kich_ban: KichBan, ma: str):
    __tracebackhide__ = True
    kich_ban.scope = (kich_ban.scope or set()) | set(split_codes(ma))


def buoc_dinh_nghia(request, kich_ban: KichBan):
    """Bước định nghĩa trong «Bối cảnh» của khối quy tắc: quy tắc phải đã được biên dịch vào danh mục
    mà kịch bản dùng, từ chính tệp này (compliance/gherkin.py đã đọc các bước này khi nạp danh mục)."""
    __tracebackhide__ = True
    codes = [t for t in getattr(request.node, "_orgcheck_rule_tags", ()) if CODE.match(t)]
    if len(codes) != 1:
        raise AssertionError("Bước định nghĩa quy tắc chỉ dùng trong «Bối cảnh» của khối «Quy tắc:» gắn đúng một "
                             "thẻ mã (ví dụ @KL187.PHO.TY_LE)")
    rule = catalogue().by_code(codes[0])
    name = kich_ban.source.rsplit("/", 1)[-1]
    if rule is None or not rule.file.endswith(name):
        raise AssertionError(f"Quy tắc «{codes[0]}» của tệp {kich_ban.source} không có trong danh mục quy tắc "
                             "(tệp quy tắc Gherkin phải nằm trong features/quy_tac/, hoặc chạy «orgcheck rules test TỆP»)")


for _name in DEFINITION_PATTERNS:
    given(parsers.re(PATTERNS[f"dinh_nghia.{_name}"]))(buoc_dinh_nghia)


# ---------------------------------------------------------------------------------------------
# Khi …

@when(parsers.re(PATTERNS["kiem_tra"]))
def buoc_kiem_tra(kich_ban: KichBan):
    __tracebackhide__ = True
    kich_ban.run()


@when(parsers.re(PATTERNS["kiem_tra_ngay"]))
def buoc_kiem_tra_ngay(kich_ban: KichBan, ngay: str):
    __tracebackhide__ = True
    day = parse_date(ngay)
    if isinstance(day, str):  # như `orgcheck check --as-of`: ngày sai là lỗi của người dùng
        kich_ban.ran = True
        kich_ban.error = InputError([Problem("ngày kiểm tra", None, "bad_date_arg", {"value": ngay})])
        kich_ban.error_stage = "kiểm tra"
        return
    kich_ban.run(day)


# ---------------------------------------------------------------------------------------------
# Thì …

@then(parsers.re(PATTERNS["dung"]))
def buoc_dung(kich_ban: KichBan, datatable):
    __tracebackhide__ = True
    records = table_records(datatable, FINDING_COLUMNS, "phát hiện mong đợi")
    expected: Counter = Counter()
    for rec in records:
        missing = {"code", "subject", "severity"} - set(rec)
        if missing:
            raise AssertionError("Mỗi dòng phát hiện mong đợi cần đủ ba cột «quy tắc», «đơn vị», «mức độ»: "
                                 f"thiếu ở dòng {rec}")
        code = known_code(rec["code"])
        if kich_ban.scope is not None and code not in kich_ban.scope:
            raise AssertionError(f"Quy tắc «{code}» được mong đợi nhưng nằm ngoài phạm vi đã chọn "
                                 f"({kich_ban.scope_text()})")
        severity = SEVERITY_LABELS.get(_key(rec["severity"]))
        if severity is None:
            raise AssertionError(f"Mức độ «{rec['severity']}» không hợp lệ; dùng: lỗi, cảnh báo, thông tin")
        expected[(code, rec["subject"], severity)] += 1
    findings = kich_ban.in_scope()
    actual = Counter((f.code, f.subject_id, f.severity.value) for f in findings)
    if actual == expected:
        return
    missing = expected - actual
    extra = actual - expected
    extra_rows = [f for f in findings if (f.code, f.subject_id, f.severity.value) in extra]
    lines = [f"Kết quả kiểm tra khác bảng mong đợi (xét: {kich_ban.scope_text()}).",
             "Mong đợi nhưng không có:"]
    lines += [f"  | {c} | {s} | {_label(v)} |" + (f" ×{n}" if n > 1 else "")
              for (c, s, v), n in sorted(missing.items())] or ["  (không có)"]
    lines += ["Có nhưng không mong đợi:", _rows(extra_rows) if extra else "  (không có)",
              "Mong đợi:"]
    lines += [f"  | {c} | {s} | {_label(v)} |" for (c, s, v) in sorted(expected.elements())] or ["  (không có)"]
    lines += ["Thực tế:", _rows(findings)]
    raise AssertionError("\n".join(lines))


@then(parsers.re(PATTERNS["khong_nao"]))
def buoc_khong_nao(kich_ban: KichBan):
    __tracebackhide__ = True
    findings = kich_ban.in_scope()
    if findings:
        raise AssertionError(f"Mong đợi không có phát hiện nào (xét: {kich_ban.scope_text()}), "
                             f"nhưng có {len(findings)}:\n{_rows(findings)}")
    _not_vacuous(kich_ban)


def _not_vacuous(kich_ban: KichBan) -> None:
    """Each rule in scope must have evaluated something: else "no finding" says nothing of it."""
    __tracebackhide__ = True
    codes = sorted((kich_ban.scope or set()) - kich_ban.explained)
    in_force = [c for c in codes if any(r.code == c for r in kich_ban.result.rules)]
    # several rules in scope: those in force must have looked; not one in force: one must have fired otherwise
    why = [w for code in (in_force or codes) if (w := kich_ban.not_evaluated(code))]
    if why and (in_force or len(why) == len(codes)):
        raise AssertionError(_VACUOUS + "\n".join(f"  {w}" for w in why))


# facts made only for candidates found in Python (two units sharing a code or fields of work): no fact
# is the relation's own "no", so a rule on them evaluated every unit
CANDIDATE_FACTS = {"trung_lap", "tuong_dong"}
SCOPE_FIELDS = {"kind", "parent_kind", "level", "cls"}   # the applies-to part of a rule's conditions
_VACUOUS = ("Kết luận «không có phát hiện» không kiểm chứng được quy tắc (kiểm chứng rỗng); muốn khẳng định quy "
            "tắc không áp dụng, dùng «quy tắc \"…\" không xét \"…\"» hoặc «quy tắc \"…\" không có hiệu lực»:\n")


@then(parsers.re(PATTERNS["dem"]))
def buoc_dem(kich_ban: KichBan, so: str):
    __tracebackhide__ = True
    findings = kich_ban.in_scope()
    if len(findings) != int(so):
        raise AssertionError(f"Mong đợi đúng {so} phát hiện (xét: {kich_ban.scope_text()}), "
                             f"nhưng có {len(findings)}:\n{_rows(findings)}")
    if int(so) == 0:
        _not_vacuous(kich_ban)


def _khong_co(kich_ban: KichBan, code: str, subject: str | None = None) -> None:
    """No finding of `code` (at `subject`, when given)."""
    __tracebackhide__ = True
    found = [f for f in kich_ban.findings() if f.code == code and subject in (None, f.subject_id)]
    if found:
        where = f" tại «{subject}»" if subject is not None else ""
        raise AssertionError(f"Mong đợi không có phát hiện «{code}»{where}, nhưng có:\n{_rows(found)}")
    why = kich_ban.not_evaluated(code, subject)
    if why:
        raise AssertionError(_VACUOUS + f"  {why}")


@then(parsers.re(PATTERNS["khong_ma"]))
def buoc_khong_ma(kich_ban: KichBan, ma: str):
    __tracebackhide__ = True
    _khong_co(kich_ban, known_code(ma))


@then(parsers.re(PATTERNS["khong_ma_tai"]))
def buoc_khong_ma_tai(kich_ban: KichBan, ma: str, don_vi: str):
    __tracebackhide__ = True
    _khong_co(kich_ban, known_code(ma), nfc(don_vi).strip())


@then(parsers.re(PATTERNS["co_ma_tai"]))
def buoc_co_ma_tai(kich_ban: KichBan, ma: str, don_vi: str):
    __tracebackhide__ = True
    code, subject = known_code(ma), nfc(don_vi).strip()
    findings = kich_ban.findings()
    if not any(f.code == code and f.subject_id == subject for f in findings):
        raise AssertionError(f"Mong đợi có phát hiện «{code}» tại «{subject}», nhưng không có.\n"
                             f"Các phát hiện thực tế:\n{_rows(findings)}")


@then(parsers.re(PATTERNS["ghi"]))
def buoc_ghi(kich_ban: KichBan, ma: str, don_vi: str, doan: str):
    __tracebackhide__ = True
    code, subject, text = known_code(ma), nfc(don_vi).strip(), nfc(doan)
    found = [f for f in kich_ban.findings() if f.code == code and f.subject_id == subject]
    if not found:
        raise AssertionError(f"Không có phát hiện «{code}» tại «{subject}» để đọc nội dung.\n"
                             f"Các phát hiện thực tế:\n{_rows(kich_ban.findings())}")
    if not any(text in nfc(f.message["vi"]) for f in found):
        raise AssertionError(f"Nội dung phát hiện «{code}» tại «{subject}» không chứa «{text}».\n"
                             "Nội dung thực tế:\n" + "\n".join(f"  {f.message['vi']}" for f in found))


@then(parsers.re(PATTERNS["khong_xet"]))
@then(parsers.re(PATTERNS["khong_xet_tai"]))
def buoc_khong_xet(kich_ban: KichBan, ma: str, don_vi: str):
    """The unit lies outside the rule's scope (whatever the date): a scope test that can fail."""
    __tracebackhide__ = True
    code, subject = known_code(ma), nfc(don_vi).strip()
    kich_ban.findings()
    if kich_ban.looks_at(catalogue().by_code(code), subject):
        raise AssertionError(f"Mong đợi quy tắc «{code}» không xét «{subject}» (ngoài phạm vi áp dụng), "
                             "nhưng đơn vị này thuộc phạm vi của quy tắc")
    found = [f for f in kich_ban.findings() if f.code == code and f.subject_id == subject]
    if found:
        raise AssertionError(f"Mong đợi không có phát hiện «{code}» tại «{subject}», nhưng có:\n{_rows(found)}")
    kich_ban.explained.add(code)


@then(parsers.re(PATTERNS["khong_hieu_luc"]))
def buoc_khong_hieu_luc(kich_ban: KichBan, ma: str):
    __tracebackhide__ = True
    code = known_code(ma)
    kich_ban.findings()
    if any(r.code == code for r in kich_ban.result.rules):
        raise AssertionError(f"Mong đợi quy tắc «{code}» không có hiệu lực ngày {kich_ban.result.as_of:%d/%m/%Y}, "
                             "nhưng quy tắc đang có hiệu lực")
    kich_ban.explained.add(code)


def _rejected(kich_ban: KichBan, doan: str, stage: str) -> None:
    __tracebackhide__ = True
    text = nfc(doan)
    if not kich_ban.ran:
        raise AssertionError("Chưa có bước «Khi kiểm tra tuân thủ» trước bước kiểm chứng lỗi")
    if kich_ban.error is None:
        raise AssertionError(f"Mong đợi {stage} bị từ chối với lỗi «{text}», nhưng được chấp nhận.\n"
                             f"Các phát hiện:\n{_rows(kich_ban.result.findings)}")
    rendered = kich_ban.error.render("vi")
    if kich_ban.error_stage != stage:
        raise AssertionError(f"Mong đợi {stage} bị từ chối, nhưng {kich_ban.error_stage} bị từ chối:\n{rendered}")
    if text not in nfc(rendered):
        raise AssertionError(f"Lỗi không chứa «{text}». Lỗi thực tế:\n{rendered}")


@then(parsers.re(PATTERNS["tu_choi_tep"]))
def buoc_tu_choi_tep(kich_ban: KichBan, doan: str):
    __tracebackhide__ = True
    _rejected(kich_ban, doan, "tệp")


@then(parsers.re(PATTERNS["tu_choi_kiem_tra"]))
def buoc_tu_choi_kiem_tra(kich_ban: KichBan, doan: str):
    __tracebackhide__ = True
    _rejected(kich_ban, doan, "kiểm tra")


# ---------------------------------------------------------------------------------------------
# Đề án sắp xếp: mỗi câu thêm một thao tác (compliance.proposal), «Khi áp dụng đề án» chạy chúng

BASELINE_COLUMNS = {"năm": "year", "đơn vị sự nghiệp": "don_vi_su_nghiep", "biên chế công chức": "bien_che_cong_chuc",
                    "người làm việc nsnn": "nguoi_lam_viec_nsnn"}
INT_FIELDS |= {"year", "don_vi_su_nghiep", "bien_che_cong_chuc", "nguoi_lam_viec_nsnn"}
SPLIT_COLUMNS = UNIT_COLUMNS | {"đơn vị trực thuộc": "children"}
LIST_FIELDS["children"] = ","
DIFF_COLUMNS = {"tình trạng": "status", "quy tắc": "code", "đơn vị": "subject"}
CHANGE_COLUMNS = {"đơn vị": "unit", "thay đổi": "change", "trước": "before", "sau": "after",
                  "cấp phó trước": "deputies_before", "cấp phó sau": "deputies_after"}
TARGET_COLUMNS = {"chỉ tiêu": "code", "hiện có": "count", "gốc": "base", "thay đổi": "change", "đạt": "met"}


def _ids(text: str) -> list[str]:
    return [nfc(x) for x in re.findall(r'"([^"]+)"', text)]


def _decision(op: dict, qd: str | None, ngay: str | None) -> dict:
    if qd:
        op["decision"] = nfc(qd)
        op["date"] = ngay
    return op


@given(parsers.re(PATTERNS["so_lieu_goc"]))
def buoc_so_lieu_goc(kich_ban: KichBan, datatable):
    __tracebackhide__ = True
    kich_ban.baseline += table_records(datatable, BASELINE_COLUMNS, "«số liệu gốc»")


@when(parsers.re(PATTERNS["hop_nhat"]))
@given(parsers.re(PATTERNS["hop_nhat"]))
def buoc_hop_nhat(kich_ban: KichBan, nguon: str, ma: str, ten: str, cap_tren: str | None, qd: str | None,
                  ngay: str | None):
    into = {"id": nfc(ma), "name": nfc(ten)} | ({"parent": nfc(cap_tren)} if cap_tren else {})
    kich_ban.operations.append(_decision({"op": "merge", "units": _ids(nguon), "into": into}, qd, ngay))


@when(parsers.re(PATTERNS["sap_nhap"]))
@given(parsers.re(PATTERNS["sap_nhap"]))
def buoc_sap_nhap(kich_ban: KichBan, nguon: str, dich: str, qd: str | None, ngay: str | None):
    kich_ban.operations.append(_decision({"op": "absorb", "units": _ids(nguon), "into": nfc(dich)}, qd, ngay))


@when(parsers.re(PATTERNS["giai_the"]))
@given(parsers.re(PATTERNS["giai_the"]))
def buoc_giai_the(kich_ban: KichBan, ma: str, cn: str | None, bc: str | None, tinh_gian: str | None):
    op = {"op": "dissolve", "unit": nfc(ma)}
    op |= ({"functions_to": nfc(cn)} if cn else {}) | ({"staff_to": nfc(bc)} if bc else {})
    kich_ban.operations.append(op | ({"staff_cut": True} if tinh_gian else {}))


@when(parsers.re(PATTERNS["chuyen_cn"]))
@given(parsers.re(PATTERNS["chuyen_cn"]))
def buoc_chuyen_cn(kich_ban: KichBan, cn: str, nguon: str, dich: str):
    kich_ban.operations.append({"op": "transfer", "functions": [c.strip() for c in nfc(cn).split(",")],
                                "from": nfc(nguon), "to": nfc(dich)})


@when(parsers.re(PATTERNS["chuyen_truc_thuoc"]))
@given(parsers.re(PATTERNS["chuyen_truc_thuoc"]))
def buoc_chuyen_truc_thuoc(kich_ban: KichBan, ma: str, cap_tren: str):
    kich_ban.operations.append({"op": "move", "unit": nfc(ma), "parent": nfc(cap_tren)})


@when(parsers.re(PATTERNS["doi_ten"]))
@given(parsers.re(PATTERNS["doi_ten"]))
def buoc_doi_ten(kich_ban: KichBan, ma: str, ten: str):
    kich_ban.operations.append({"op": "rename", "unit": nfc(ma), "name": nfc(ten)})


@when(parsers.re(PATTERNS["dieu_chinh"]))
@given(parsers.re(PATTERNS["dieu_chinh"]))
def buoc_dieu_chinh(kich_ban: KichBan, cot: str, ma: str, gia_tri: str):
    __tracebackhide__ = True
    fieldname = {_key(k): v for k, v in UNIT_COLUMNS.items()}.get(_key(cot), nfc(cot).strip())
    kich_ban.operations.append({"op": "set", "unit": nfc(ma), "values": {fieldname: _cell(fieldname, gia_tri)}})


@when(parsers.re(PATTERNS["thanh_lap"]))
@given(parsers.re(PATTERNS["thanh_lap"]))
def buoc_thanh_lap(kich_ban: KichBan, datatable):
    __tracebackhide__ = True
    for unit in table_records(datatable, UNIT_COLUMNS, "«thành lập đơn vị»"):
        kich_ban.operations.append({"op": "add", "unit": unit})


@when(parsers.re(PATTERNS["chia_tach"]))
@given(parsers.re(PATTERNS["chia_tach"]))
def buoc_chia_tach(kich_ban: KichBan, ma: str, datatable):
    __tracebackhide__ = True
    parts = table_records(datatable, SPLIT_COLUMNS, "«chia tách»")
    kich_ban.operations.append({"op": "split", "unit": nfc(ma), "into": parts})


@when(parsers.re(PATTERNS["ap_dung"]))
@when(parsers.re(PATTERNS["so_sanh"]))
def buoc_ap_dung(kich_ban: KichBan):
    __tracebackhide__ = True
    kich_ban.run_proposal()


def _diff(kich_ban: KichBan) -> DiffResult:
    kich_ban.findings()  # chưa chạy, hay đề án bị từ chối: báo như mọi bước kiểm chứng
    return kich_ban.diff


def _expect_rows(actual: list[dict], expected: list[dict], what: str, exact: bool) -> None:
    __tracebackhide__ = True
    norm = [{k: _key(str(v)) for k, v in row.items()} for row in actual]
    want = [{k: _key(str(v)) for k, v in row.items()} for row in expected]
    missing = [w for w in want if not any(all(a.get(k) == v for k, v in w.items()) for a in norm)]
    extra = [a for a in norm if exact and not any(all(a.get(k) == v for k, v in w.items()) for w in want)]
    if missing or extra or (exact and len(norm) != len(want)):
        raise AssertionError(f"Bảng {what} khác mong đợi.\nMong đợi nhưng không có: {missing or '(không có)'}"
                             f"\nCó nhưng không mong đợi: {extra or '(không có)'}\nThực tế:\n"
                             + "\n".join(f"  {a}" for a in norm))


@then(parsers.re(PATTERNS["bang_so_sanh"]))
def buoc_bang_so_sanh(kich_ban: KichBan, datatable):
    __tracebackhide__ = True
    expected = table_records(datatable, DIFF_COLUMNS, "so sánh")
    for row in expected:
        known_code(row.get("code", ""))
    actual = [{"status": STATUS[r.status][0], "code": r.finding.code, "subject": r.finding.subject_id}
              for r in _diff(kich_ban).rows if kich_ban.scope is None or r.finding.code in kich_ban.scope]
    _expect_rows(actual, expected, "so sánh", exact=True)


@then(parsers.re(PATTERNS["bang_thay_doi"]))
def buoc_bang_thay_doi(kich_ban: KichBan, datatable):
    __tracebackhide__ = True
    actual = [{"unit": c.unit_id, "change": change_text(c, "vi"), "before": c.staff_before, "after": c.staff_after,
               "deputies_before": c.deputies_before, "deputies_after": c.deputies_after}
              for c in _diff(kich_ban).units]
    _expect_rows(actual, table_records(datatable, CHANGE_COLUMNS, "đơn vị thay đổi"), "đơn vị thay đổi", exact=False)


@then(parsers.re(PATTERNS["bang_chi_tieu"]))
def buoc_bang_chi_tieu(kich_ban: KichBan, datatable):
    __tracebackhide__ = True
    actual = [{"code": r.target.code, "count": r.count, "base": "—" if r.base is None else r.base,
               "change": percent(r.change_percent, "vi"), "met": MET[r.met][0]} for r in _diff(kich_ban).targets]
    _expect_rows(actual, table_records(datatable, TARGET_COLUMNS, "chỉ tiêu"), "chỉ tiêu", exact=False)


@then(parsers.re(PATTERNS["tu_choi_de_an"]))
def buoc_tu_choi_de_an(kich_ban: KichBan, doan: str):
    __tracebackhide__ = True
    _rejected(kich_ban, doan, "đề án")
