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
    "container_invalid": ("không đọc được tệp: {reason}", "cannot read the file: {reason}"),
    "container_not_zip": ("không phải tệp .{kind} hợp lệ (không phải gói zip hoặc tệp bị cắt cụt)",
                          "not a valid .{kind} file (not a zip package, or truncated)"),
    "container_too_many_parts": ("gói có quá nhiều thành phần ({count}, tối đa {limit})",
                                 "the package has too many parts ({count}, at most {limit})"),
    "container_macros": ("tệp .{kind} chứa macro (vbaProject.bin): không mở tệp có macro",
                         "the .{kind} file contains macros (vbaProject.bin): files with macros are not opened"),
    "container_bomb": ("thành phần «{part}» giải nén quá lớn ({size} MB, tối đa {limit} MB, tỉ lệ nén {ratio}:1): có thể là bom nén",
                       "part '{part}' expands too much ({size} MB, at most {limit} MB, ratio {ratio}:1): possibly a zip bomb"),
    "container_too_large": ("tổng dung lượng giải nén quá lớn ({size} MB, tối đa {limit} MB)",
                            "the package expands to too much data ({size} MB, at most {limit} MB)"),
    "container_missing_part": ("tệp .{kind} thiếu thành phần bắt buộc «{part}»", "the .{kind} file lacks the required part '{part}'"),
    "container_corrupt_part": ("thành phần «{part}» bị hỏng, không giải nén được", "part '{part}' is corrupt and cannot be decompressed"),
    "docx_malformed": ("nội dung tài liệu Word bị hỏng hoặc thiếu thành phần (không phải .docx do Word/LibreOffice tạo?)",
                       "the Word document's content is malformed or incomplete (not a .docx written by Word/LibreOffice?)"),
    "container_doctype": ("thành phần «{part}» khai báo DOCTYPE/ENTITY (không được phép: mở rộng thực thể)",
                          "part '{part}' declares a DOCTYPE/ENTITY (not allowed: entity expansion)"),
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
    # law (issue 18): a sở merged by decision gets an extra deputy director (NĐ 370/2025)
    "merged_by_decision_kind": ("chỉ sở mới khai báo được «merged_by_decision» (sở hợp nhất, sáp nhập theo quyết định của cấp có thẩm quyền)",
                                "only a department (so) can give 'merged_by_decision'"),
    "specific_criteria_sector": ("«tieu_chi_dac_thu» chỉ ghi tiêu chí của chính ngành sở («{nganh}»), dạng «ngành.tiêu_chí»",
                                 "'tieu_chi_dac_thu' lists only criteria of the department's own sector ('{nganh}'), as 'sector.criterion'"),
    "pho_chu_tich_frame_kind": ("chỉ UBND cấp tỉnh (ubnd_tinh) mới khai báo «khung_pho_chu_tich» (NĐ 300/2025)",
                                "only a provincial committee (ubnd_tinh) can give 'khung_pho_chu_tich' (Decree 300/2025)"),
    "vien_chuc_kind": ("chỉ đơn vị sự nghiệp công lập và phòng thuộc đơn vị đó mới khai báo «vien_chuc»",
                       "only a public service unit or its division can give 'vien_chuc'"),
    "vien_chuc_exceeds_staff": ("số viên chức ({vien_chuc}) lớn hơn số người làm việc ({staff})",
                                "viên chức ({vien_chuc}) exceed the staff ({staff})"),
    "class_kind": ("chỉ UBND cấp tỉnh (ubnd_tinh) mới khai báo được «class» (phân loại tỉnh riêng), không phải {kind}",
                   "only a provincial committee (ubnd_tinh) can give 'class' (its own province class), not {kind}"),
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
    # rule catalogue: rule_problem frames a detail (a Message) from the keys below
    "rule_problem": ("quy tắc «{code}»: {reason}", "rule '{code}': {reason}"),
    "rules_dir_missing": ("không tìm thấy thư mục quy tắc (--rules cần một thư mục)",
                          "rules folder not found (--rules needs a folder)"),
    "rules_dir_empty": ("thư mục không có tệp quy tắc nào: cần các tệp *.yaml, hoặc thư mục con quy_tac/ "
                        "chứa tệp .feature, hoặc một bản sao dự án có rules/ và features/quy_tac/",
                        "the folder holds no rule file: expected *.yaml files, or a quy_tac/ subfolder of "
                        ".feature files, or a copy of the project with rules/ and features/quy_tac/"),
    "rule_unknown": ("không có quy tắc này", "there is no such rule"),
    "rule_code_format": ("mã viết như TINH.PHO.MOI (chữ in hoa, số, _, nối bằng dấu chấm)",
                         "a code looks like TINH.PHO.MOI (capitals, digits, _, joined by dots)"),
    "file_exists": ("tệp đã có, không ghi đè", "the file exists; not overwritten"),
    "duplicate_code": ("mã trùng với {file}", "the code is also used in {file}"),
    "rule_where_only": ("quy tắc không có «compare» chỉ xét «where»: bỏ «measure», «limit» và «bands»",
                        "a rule without 'compare' fires on 'where' alone: give no 'measure', 'limit' or 'bands'"),
    "rule_compare_parts": ("cần «measure», «compare» và đúng một trong «limit» và «bands»",
                           "give 'measure', 'compare' and exactly one of 'limit' and 'bands'"),
    "limit_type": ("mức phải là một số hoặc một biểu thức trường, gặp {value!r}",
                   "a limit must be a number or a field expression, found {value!r}"),
    "limit_unreadable": ("không đọc được mức {value!r} (dùng một số, @trường hoặc k*@trường, nối bằng +)",
                         "cannot read the limit {value!r} (use a number, @field or k*@field, joined by +)"),
    "cell_list": ("«{field}»: danh sách chỉ được chứa giá trị đơn", "'{field}': a list must hold plain values"),
    "cell_empty_range": ("«{field}»: khoảng {value!r} rỗng (đầu lớn hơn cuối)",
                         "'{field}': the range {value!r} is empty (start above end)"),
    "cell_operator": ("«{field}»: không đọc được ô {value!r} (dùng < <= > >= == !=, hoặc a..b)",
                      "'{field}': cannot read the cell {value!r} (use < <= > >= == !=, or a..b)"),
    "cell_unreadable": ("«{field}»: không đọc được ô {value!r}", "'{field}': cannot read the cell {value!r}"),
    "unknown_fact": ("loại dữ kiện «{fact}» không có (có: {known})", "unknown fact type '{fact}' (known: {known})"),
    "unknown_fact_field": ("dữ kiện «{fact}» không có trường «{field}» (có: {known})",
                           "fact '{fact}' has no field '{field}' (known: {known})"),
    "unknown_values": ("«{field}»: giá trị không có: {values} (có: {known})",
                       "'{field}': unknown value(s): {values} (known: {known})"),
    "bands_columns": ("«bands.columns» phải gồm các trường khác nhau và kết thúc bằng «limit»",
                      "'bands.columns' must name distinct fields and end with 'limit'"),
    "bands_row_cells": ("bảng mức, dòng {row}: có {count} ô, cần {expected} ({columns})",
                        "bands row {row}: {count} cells, expected {expected} ({columns})"),
    "bands_row": ("bảng mức, dòng {row}: {reason}", "bands row {row}: {reason}"),
    "bands_numeric_columns": ("bảng mức chỉ được có một cột số, gặp: {columns}",
                              "bands may have one numeric column, found: {columns}"),
    "bands_numeric_value": ("bảng mức, dòng {row}: cột «{column}» cần số hoặc so sánh với số, gặp {value!r}",
                            "bands row {row}: column '{column}' needs numbers or comparisons with numbers, found {value!r}"),
    "bands_overlap": ("bảng mức: dòng {first} và dòng {second} chồng nhau ({case})",
                      "bands rows {first} and {second} overlap ({case})"),
    "bands_gap": ("bảng mức để hở từ {start} ({case}): thêm một dòng (tệp YAML: hoặc ghi lý do ở «bands.partial»)",
                  "bands leave a gap from {start} ({case}): add a row (YAML files: or say why in 'bands.partial')"),
    "every_case": ("mọi trường hợp", "every case"),
    "regimes_list": ("cần một danh sách «regimes:»", "expected a list 'regimes:'"),
    "regimes_overlap": ("trùng thời gian với chế độ {other}: các chế độ phải nối tiếp nhau",
                        "overlaps the regime {other}: regimes must follow each other"),
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
    "gherkin_parse": ("dòng này sai cú pháp Gherkin (trình đọc báo: {reason})",
                      "this line is not valid Gherkin (the parser says: {reason})"),
    "gherkin_cell_count": ("số ô của dòng bảng này khác dòng tiêu đề", "this table row has not as many cells as its header"),
    "gherkin_no_feature": ("tệp không có «Tính năng:»", "the file has no 'Tính năng:' (Feature)"),
    "gherkin_no_rules": ("tệp quy tắc cần ít nhất một khối «Quy tắc:» gắn thẻ mã",
                         "a rule file needs at least one 'Quy tắc:' (Rule) block tagged with its code"),
    "gherkin_no_close": ("(không có)", "(none)"),
    "gherkin_other_code": ("tên khối ghi mã «{other}» khác thẻ @{code}",
                           "the block's name gives the code '{other}', unlike its tag @{code}"),
    "gherkin_no_background": ("thiếu «Bối cảnh:» với các bước định nghĩa quy tắc",
                              "'Bối cảnh:' (Background) with the steps defining the rule is missing"),
    "gherkin_step_twice": ("bước «{step} …» viết hai lần", "the step '{step} …' is written twice"),
    "gherkin_step_missing": ("thiếu bước «{step}»", "the step '{step}' is missing"),
    "gherkin_family": ("nhóm «{value}» không có (dùng: {choices})", "there is no group '{value}' (use: {choices})"),
    "gherkin_fact": ("«{value}» không phải loại đối tượng (dùng: {choices})",
                     "'{value}' is not a kind of object (use: {choices})"),
    "gherkin_field": ("trường «{name}» không có trong từ điển rules/{dictionary} cho «{fact}» (có: {known})",
                      "field '{name}' is not in the dictionary rules/{dictionary} for '{fact}' (known: {known})"),
    "gherkin_severity": ("mức độ «{value}» không có (dùng: {choices})", "there is no severity '{value}' (use: {choices})"),
    "gherkin_date": ("ngày không hợp lệ «{value}» (viết DD/MM/YYYY, ví dụ 01/01/2026)",
                     "invalid date '{value}' (write DD/MM/YYYY, e.g. 01/01/2026)"),
    "gherkin_condition_twice": ("điều kiện «{name}» viết hai lần", "the condition '{name}' is written twice"),
    "gherkin_violation": ("cần đúng một bước «vi phạm khi …» (so với một mức, so với bảng mức, hoặc "
                          "«vi phạm khi thỏa các điều kiện áp dụng»)",
                          "give exactly one step 'vi phạm khi …' (against a limit, against a table of limits, or "
                          "'vi phạm khi thỏa các điều kiện áp dụng')"),
    "gherkin_no_title": ("khối «Quy tắc:» cần tên sau mã, ví dụ «Quy tắc: KL187.PHO.TY_LE — Cấp phó vượt 50%…»",
                         "the 'Quy tắc:' block needs a name after its code, e.g. 'Quy tắc: KL187.PHO.TY_LE — Cấp phó vượt 50%…'"),
    "gherkin_english_only": ("có bước «{step} tiếng Anh» mà thiếu bước tiếng Việt «{step}»",
                             "the step '{step} tiếng Anh' (English) is given without the Vietnamese '{step}'"),
    "gherkin_confidence_twice": ("«chưa xác minh vì …» đã là ghi chú độ tin cậy: bỏ một trong hai",
                                 "'chưa xác minh vì …' is already a confidence note: keep one of the two"),
    "gherkin_bands_short": ("bảng mức cần một dòng tên cột và ít nhất một dòng mức",
                            "the table of limits needs a header row and at least one row"),
    "gherkin_bands_last": ("cột cuối của bảng mức phải là «mức», gặp «{name}»",
                           "the last column of the table of limits must be 'mức' (limit), found '{name}'"),
    "gherkin_bands_column_twice": ("bảng mức, cột {column} «{name}»: cột trùng",
                                   "table of limits, column {column} '{name}': given twice"),
    "gherkin_bands_cell": ("bảng mức, dòng {row}, cột «{name}» (cột {column}): {reason}",
                           "table of limits, row {row}, column '{name}' (column {column}): {reason}"),
    "gherkin_bands_empty": ("bảng mức, dòng {row}, cột «{name}»: ô trống",
                            "table of limits, row {row}, column '{name}': empty cell"),
    "vi_number": ("không đọc được số «{value}» (viết 4,5 hoặc 1.000)", "cannot read the number '{value}' (write 4,5 or 1.000)"),
    "vi_not_one_value": ("«khác» chỉ đi với một giá trị", "'khác' (not) takes a single value"),
    "vi_limit_term": ("không đọc được «{term}» trong mức «{value}»: cần một số, hoặc [hệ số ×] tên trường ({known})",
                      "cannot read '{term}' in the limit '{value}': expected a number, or [factor ×] a field name ({known})"),
    "vi_placeholder": ("chỗ trống «{placeholder}» không có: dùng {giá trị}, {mức}, {trường hợp}, {tên đơn vị} "
                       "hoặc tên trường ({known})",
                       "there is no placeholder '{placeholder}': use {giá trị} (value), {mức} (limit), "
                       "{trường hợp} (band), {tên đơn vị} (unit name) or a field name ({known})"),
    "rules_test_setup": ("không chạy được kịch bản: {reason}", "cannot run the scenarios: {reason}"),
    "rules_test_no_steps": ("không thấy thư viện bước {path}", "the step library {path} is missing"),
    "rules_test_package": ("thiếu gói {name}: cài «pip install -e '.[test]'»",
                           "the package {name} is missing: install it with pip install -e '.[test]'"),
    "table_column_unknown": ("tên cột không có; dùng: {choices}", "no such column; use: {choices}"),
    "table_column_twice": ("cột trùng: không rõ dùng cột nào (bảng mơ hồ)",
                           "column given twice: which one counts is unclear"),
    "table_header_row": ("1 (tên cột)", "1 (header)"),
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


def render_message(key: str, params: dict, lang: str) -> str:
    """A message in one language; a parameter that is itself a Message (a detail) is rendered in the same one."""
    local = {k: (v.text(lang) if isinstance(v, Message) else v) for k, v in params.items()}
    text = fill(MESSAGES[key][lang == "en"], local)
    if local.get("suggestion"):
        text += (f" — did you mean '{local['suggestion']}'?" if lang == "en" else f" — ý bạn là «{local['suggestion']}»?")
    return text


@dataclass(frozen=True)
class Message:
    """A detail of a problem (e.g. why a rule is wrong) as a message key and parameters, so it is
    worded in the reader's language like the problem itself."""

    key: str
    params: dict = field(default_factory=dict, hash=False, compare=False)

    def text(self, lang: str = "vi") -> str:
        return render_message(self.key, self.params, lang)


class MessageError(ValueError):
    """A ValueError that carries its wording as a Message (raised inside rule parsing)."""

    def __init__(self, key: str, **params):
        self.message = Message(key, params)
        super().__init__(self.message.text("en"))


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
        return render_message(self.key, self.params, lang)

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
