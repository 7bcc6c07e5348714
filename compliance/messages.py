"""Problems found in user input, and their wording in Vietnamese and English.

Lower layers raise `InputError` with message keys; only the CLI chooses the language.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

MESSAGES: dict[str, tuple[str, str]] = {
    # reading the file
    "file_missing": ("không tìm thấy tệp", "file not found"),
    "file_unreadable": ("không đọc được tệp: {reason}", "cannot read the file: {reason}"),
    "file_too_large": ("tệp quá lớn ({size} MB, tối đa {limit} MB)", "file too large ({size} MB, at most {limit} MB)"),
    "file_empty": ("tệp rỗng", "the file is empty"),
    "bad_encoding": ("tệp không phải văn bản UTF-8 (byte lỗi ở vị trí {offset})",
                     "the file is not UTF-8 text (bad byte at offset {offset})"),
    "bad_character": ("ký tự {code} không được phép trong tệp YAML (ký tự điều khiển)",
                      "character {code} is not allowed in a YAML file (a control character)"),
    "bad_extension": ("chỉ đọc được tệp .yaml, .yml hoặc .json", "only .yaml, .yml or .json files can be read"),
    "syntax": ("lỗi cú pháp {fmt}: {reason}", "{fmt} syntax error: {reason}"),
    "duplicate_key": ("khóa «{key}» bị khai báo hai lần (lần đầu ở dòng {first})",
                      "key '{key}' is given twice (first at line {first})"),
    "too_deep": ("tài liệu lồng nhau quá sâu (quá {limit} cấp)", "the document is nested too deeply (over {limit} levels)"),
    "too_many_nodes": ("tài liệu quá lớn sau khi mở rộng alias/anchor (quá {limit} phần tử)",
                       "the document is too large once aliases/anchors are expanded (over {limit} nodes)"),
    "bad_tag": ("thẻ YAML «{tag}» không được phép (chỉ dùng dữ liệu thuần)", "YAML tag '{tag}' is not allowed (plain data only)"),
    "not_mapping": ("nội dung chính của tệp phải là một bảng khóa–giá trị (mapping)",
                    "the top level of the file must be a mapping"),
    "bad_key": ("khóa phải là chuỗi ký tự, gặp {value!r}", "keys must be text, found {value!r}"),
    # schema (pydantic) problems
    "missing": ("thiếu trường bắt buộc «{field}»", "required field '{field}' is missing"),
    "extra": ("trường «{field}» không có trong mẫu (gõ nhầm?)", "unknown field '{field}' (a typo?)"),
    "int_type": ("«{field}» phải là số nguyên, gặp {value!r}", "'{field}' must be a whole number, found {value!r}"),
    "negative": ("«{field}» không được âm, gặp {value!r}", "'{field}' must not be negative, found {value!r}"),
    "too_big": ("«{field}» quá lớn ({value!r}, tối đa {limit})", "'{field}' is too large ({value!r}, at most {limit})"),
    "string_type": ("«{field}» phải là chuỗi ký tự, gặp {value!r} (hãy đặt trong dấu nháy)",
                    "'{field}' must be text, found {value!r} (put it in quotes)"),
    "bool_type": ("«{field}» phải là true hoặc false, gặp {value!r}", "'{field}' must be true or false, found {value!r}"),
    "list_type": ("«{field}» phải là một danh sách, gặp {value!r}", "'{field}' must be a list, found {value!r}"),
    "mapping_type": ("«{field}» phải là một bảng khóa–giá trị, gặp {value!r}", "'{field}' must be a mapping, found {value!r}"),
    "choice": ("«{field}» = {value!r} không hợp lệ; chọn một trong: {choices}",
               "'{field}' = {value!r} is not valid; choose one of: {choices}"),
    "date_type": ("«{field}» phải là ngày (YYYY-MM-DD hoặc DD/MM/YYYY), gặp {value!r}",
                  "'{field}' must be a date (YYYY-MM-DD or DD/MM/YYYY), found {value!r}"),
    "too_short": ("«{field}» phải có ít nhất {limit} phần tử", "'{field}' needs at least {limit} items"),
    "empty_text": ("«{field}» không được để trống", "'{field}' must not be empty"),
    "invalid": ("«{field}»: giá trị không hợp lệ ({reason})", "'{field}': invalid value ({reason})"),
    # meaning of the structure
    "duplicate_id": ("mã đơn vị «{id}» trùng với đơn vị ở dòng {first}", "unit id '{id}' duplicates the unit at line {first}"),
    "duplicate_task": ("mã nhiệm vụ «{id}» trùng với nhiệm vụ ở dòng {first}", "task id '{id}' duplicates the task at line {first}"),
    "duplicate_function": ("mã chức năng «{code}» khai báo hai lần{where}", "function code '{code}' is declared twice{where}"),
    "unknown_parent": ("đơn vị cấp trên «{parent}» không tồn tại", "parent unit '{parent}' does not exist"),
    "self_parent": ("đơn vị không thể trực thuộc chính nó", "a unit cannot be its own parent"),
    "cycle": ("quan hệ trực thuộc tạo thành vòng lặp: {cycle}", "the hierarchy forms a cycle: {cycle}"),
    "kind_parent": ("loại «{kind}» không được trực thuộc loại «{parent_kind}» (chỉ được trực thuộc: {allowed})",
                    "kind '{kind}' cannot sit under kind '{parent_kind}' (allowed under: {allowed})"),
    "needs_parent": ("loại «{kind}» phải có đơn vị cấp trên (trường «parent»)",
                     "kind '{kind}' needs a parent unit (field 'parent')"),
    "staff_required": ("loại «{kind}» phải khai báo «{field}»", "kind '{kind}' must give '{field}'"),
    "leaders_exceed_staff": ("số lãnh đạo ({leaders} = {heads} cấp trưởng + {deputies} cấp phó) vượt số {staff_label} ({staff})",
                             "leaders ({leaders} = {heads} heads + {deputies} deputies) exceed the {staff_label} ({staff})"),
    "unknown_function": ("mã chức năng «{code}» không có trong danh mục", "function code '{code}' is not in the catalogue"),
    "autonomy_kind": ("chỉ đơn vị sự nghiệp công lập mới có nhóm tự chủ tài chính",
                      "only public service units have a financial-autonomy group"),
    "unknown_unit_in_decision": ("quyết định {reference} phân bổ cấp phó cho đơn vị không tồn tại",
                                 "decision {reference} allocates deputies to a unit that does not exist"),
    "merged_provinces_kind": ("chỉ sở mới khai báo được «merged_provinces» (sở hợp nhất từ sở của nhiều tỉnh)",
                              "only a department (so) can give 'merged_provinces'"),
    "sector_kind": ("chỉ sở mới khai báo «nganh»", "only a department (so) can give 'nganh'"),
    "unknown_sector": ("ngành «{code}» không có trong rules/danh-muc-nganh.yaml", "sector '{code}' is not in rules/danh-muc-nganh.yaml"),
    "autonomy_mismatch": ("phòng ghi nhóm tự chủ {own} khác nhóm {parent_group} của đơn vị sự nghiệp chứa nó",
                          "the division gives autonomy group {own}, unlike its unit's group {parent_group}"),
    "duplicate_year": ("số liệu gốc năm {year} khai báo hai lần", "the baseline counts of {year} are given twice"),
    "no_units": ("tệp không có đơn vị nào (danh sách «units» rỗng)", "the file has no units (the 'units' list is empty)"),
    "as_of_uncovered": ("orgcheck chưa có bộ quy tắc cho ngày {date}; các giai đoạn đã mã hóa: {covered}",
                        "orgcheck has no rules for {date}; regimes encoded: {covered}"),
    "bad_date_arg": ("ngày không hợp lệ: {value!r} (dùng DD/MM/YYYY hoặc YYYY-MM-DD)",
                     "invalid date: {value!r} (use DD/MM/YYYY or YYYY-MM-DD)"),
    # plans (orgcheck plan)
    "plan_extension": ("chỉ đọc được kế hoạch dạng .txt hoặc .docx", "only .txt or .docx plans can be read"),
    "plan_empty_field": ("trường «{field}» không có giá trị", "field '{field}' has no value"),
    "plan_no_tasks": ("không tìm thấy nhiệm vụ nào: cần các mục đánh số (I., 1., a)) có dòng «Cơ quan chủ trì:», "
                      "«Thời gian thực hiện:» hoặc «Nhiệm vụ, giải pháp cụ thể:»",
                      "no task found: expected numbered parts (I., 1., a)) with lines 'Cơ quan chủ trì:' (lead), "
                      "'Thời gian thực hiện:' (deadline) or 'Nhiệm vụ, giải pháp cụ thể:' (task)"),
    # proposals (đề án): every message names the operation by number; the line is in the location
    "op_schema": ("thao tác {n} ({op}): {detail_vi}", "operation {n} ({op_en}): {detail_en}"),
    "op_kind": ("thao tác {n}: loại thao tác «{value}» không có; chọn một trong: {choices}",
                "operation {n}: there is no operation '{value}'; choose one of: {choices}"),
    "op_unit_unknown": ("thao tác {n} ({op}): đơn vị «{id}» không có trong cơ cấu",
                        "operation {n} ({op_en}): unit '{id}' is not in the structure"),
    "op_unit_gone": ("thao tác {n} ({op}): đơn vị «{id}» đã bị {by_verb} ở thao tác {by}",
                     "operation {n} ({op_en}): unit '{id}' no longer exists after operation {by} ({by_verb})"),
    "op_new_unit_id": ("thao tác {n} ({op}): đơn vị mới phải có mã «id»", "operation {n} ({op_en}): the new unit needs an 'id'"),
    "op_id_taken": ("thao tác {n} ({op}): mã «{id}» đã được dùng cho một đơn vị khác",
                    "operation {n} ({op_en}): the id '{id}' is already used by another unit"),
    "op_kinds": ("thao tác {n} ({op}): không thể gộp các loại đơn vị khác nhau về biên chế: {kinds} "
                 "(chỉ gộp cơ quan hành chính với nhau, đơn vị sự nghiệp với nhau, UBND cùng cấp với nhau)",
                 "operation {n} ({op_en}): cannot combine kinds counted with different staff: {kinds} "
                 "(administrative with administrative, public service with public service, committees of one level)"),
    "op_parent_needed": ("thao tác {n} ({op}): các đơn vị thuộc cấp trên khác nhau ({parents}); hãy ghi «parent» cho đơn vị mới",
                         "operation {n} ({op_en}): the units have different parents ({parents}); give the new unit a 'parent'"),
    "op_kind_needed": ("thao tác {n} ({op}): các đơn vị khác loại ({kinds}); hãy ghi «kind» cho đơn vị mới",
                       "operation {n} ({op_en}): the units are of different kinds ({kinds}); give the new unit a 'kind'"),
    "op_into_self": ("thao tác {n} ({op}): không thể sáp nhập «{id}» vào chính nó",
                     "operation {n} ({op_en}): cannot absorb '{id}' into itself"),
    "op_staff_vanish": ("thao tác {n} ({op}): «{id}» có {staff} ({field}) nhưng các đơn vị mới chỉ nhận {given}; số còn lại không có nơi đến",
                        "operation {n} ({op_en}): '{id}' has {staff} ({field}) but the new units take only {given}; the rest has nowhere to go"),
    "op_staff_vanish_dissolve": ("thao tác {n} ({op}): «{id}» còn {staff} ({field}); ghi «staff_to» (đơn vị nhận) hoặc «staff_cut: true» (tinh giản)",
                                 "operation {n} ({op_en}): '{id}' still has {staff} ({field}); give 'staff_to' (receiving unit) or 'staff_cut: true'"),
    "op_staff_both": ("thao tác {n} ({op}): chỉ ghi một trong «staff_to» và «staff_cut»",
                      "operation {n} ({op_en}): give either 'staff_to' or 'staff_cut', not both"),
    "op_functions_vanish": ("thao tác {n} ({op}): chức năng {codes} của «{id}» không được giao cho đơn vị nào",
                            "operation {n} ({op_en}): functions {codes} of '{id}' are given to no unit"),
    "op_children_vanish": ("thao tác {n} ({op}): các đơn vị trực thuộc «{id}» chưa có nơi đến: {children}",
                           "operation {n} ({op_en}): units under '{id}' have nowhere to go: {children}"),
    "op_function_not_held": ("thao tác {n} ({op}): «{id}» không giữ chức năng {codes}",
                             "operation {n} ({op_en}): '{id}' does not hold {codes}"),
    "op_set_field": ("thao tác {n} ({op}): không điều chỉnh được trường «{field}» bằng «set»; được phép: {choices}",
                     "operation {n} ({op_en}): 'set' cannot change '{field}'; allowed: {choices}"),
    "diff_needs_proposal": ("«diff» với một tệp cần một đề án (khóa «baseline» và «operations»); "
                            "để so hai tệp tổ chức: orgcheck diff TỆP_HIỆN_TẠI TỆP_ĐỀ_XUẤT",
                            "'diff' with one file needs a proposal ('baseline' and 'operations'); "
                            "to compare two organization files: orgcheck diff BEFORE AFTER"),
    "diff_arguments": ("«diff» nhận một đề án hoặc hai tệp tổ chức, gặp {count} tệp",
                       "'diff' takes one proposal or two organization files, got {count}"),
    # rule catalogue
    "rule_problem": ("quy tắc «{code}»: {reason}", "rule '{code}': {reason}"),
    # rules written in Gherkin (compliance/gherkin.py)
    "gherkin_syntax": ("tệp Gherkin không đọc được: {reason}", "cannot read the Gherkin file: {reason}"),
    "gherkin_step": ("bước không hợp lệ: «{step}»; các bước gần nhất: {close}",
                     "invalid step: '{step}'; closest known steps: {close}"),
    "gherkin_no_tag": ("khối «Quy tắc: {name}» thiếu thẻ mã quy tắc (ví dụ @KL187.PHO.TY_LE ở dòng ngay trên)",
                       "the block 'Rule: {name}' has no rule-code tag (e.g. @KL187.PHO.TY_LE on the line above)"),
    "gherkin_two_tags": ("khối «Quy tắc: {name}» có nhiều thẻ mã ({codes}): một khối là một quy tắc",
                         "the block 'Rule: {name}' has several code tags ({codes}): one block is one rule"),
    "gherkin_table": ("bảng «{what}», dòng {row}, cột {column}: {reason}",
                      "table '{what}', row {row}, column {column}: {reason}"),
    "rules_test_setup": ("không chạy được kịch bản: {reason}", "cannot run the scenarios: {reason}"),
}

STAFF_LABELS = {"bien_che": ("biên chế công chức", "civil-servant quota"),
                "nguoi_lam_viec": ("người làm việc", "employees")}

_PLACEHOLDER = re.compile(r"\{(\w+)(![rs])?\}")


def fill(template: str, params: dict) -> str:
    """Substitute {name} and {name!r} only: templates may come from data files, so no attribute
    access or format specs (str.format would allow '{x.__class__}')."""

    def repl(match: re.Match) -> str:
        name, conv = match.group(1), match.group(2)
        if name not in params:
            return match.group(0)
        value = params[name]
        return repr(value) if conv == "!r" else str(value)

    return _PLACEHOLDER.sub(repl, template)


@dataclass(frozen=True)
class Problem:
    """One thing wrong with an input file, located as precisely as we can."""

    file: str
    line: int | None
    key: str
    params: dict = field(default_factory=dict, hash=False, compare=False)
    unit: str | None = None
    where: str = ""

    def sort_key(self) -> tuple:
        return (self.file, self.line or 0, self.where, self.key)

    def text(self, lang: str = "vi") -> str:
        """The message alone, without its location."""
        vi, en = MESSAGES[self.key]
        text = fill(en if lang == "en" else vi, self.params)
        if self.params.get("suggestion"):
            text += (f" — did you mean '{self.params['suggestion']}'?" if lang == "en"
                     else f" — ý bạn là «{self.params['suggestion']}»?")
        return text

    def render(self, lang: str = "vi") -> str:
        text = self.text(lang)
        parts = [self.file]
        if self.line:
            parts.append(f"{'line' if lang == 'en' else 'dòng'} {self.line}")
        if self.unit:
            parts.append(f"{'unit' if lang == 'en' else 'đơn vị'} «{self.unit}»")
        location = ", ".join(parts)
        where = f" [{self.where}]" if self.where else ""
        return f"{location}{where}: {text}"


class InputError(Exception):
    """Raised with every problem found, never just the first."""

    def __init__(self, problems: list[Problem]):
        self.problems = sorted(problems, key=Problem.sort_key)
        super().__init__("\n".join(p.render("en") for p in self.problems))

    def render(self, lang: str = "vi") -> str:
        return "\n".join(p.render(lang) for p in self.problems)
