"""Problems found in user input, and their wording in Vietnamese and English.

Lower layers raise `InputError` with message keys; only the CLI chooses the language.
"""

from __future__ import annotations

import errno
import re
from dataclasses import dataclass, field

from .text import printable

MESSAGES: dict[str, tuple[str, str]] = {
    # reading the file
    "file_missing": ("không tìm thấy tệp", "file not found"),
    "file_unreadable": ("không đọc được tệp: {reason}", "cannot read the file: {reason}"),
    "file_too_large": ("tệp quá lớn ({size} MB, tối đa {limit} MB); nếu tệp đúng là lớn như vậy, nâng giới hạn bằng --max-input-mb",
                       "file too large ({size} MB, at most {limit} MB); if it really is that large, raise the bound with --max-input-mb"),
    "file_empty": ("tệp rỗng", "the file is empty"),
    "bad_encoding": ("tệp không phải văn bản UTF-8 (byte lỗi ở vị trí {offset})",
                     "the file is not UTF-8 text (bad byte at offset {offset})"),
    "bad_character": ("ký tự {code} không được phép trong tệp YAML (ký tự điều khiển)",
                      "character {code} is not allowed in a YAML file (a control character)"),
    "bad_extension": ("chỉ đọc được tệp .yaml, .yml, .json hoặc .xlsx", "only .yaml, .yml, .json or .xlsx files can be read"),
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
                                "civil-service employees ({vien_chuc}) exceed the staff ({staff})"),
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
    "plan_extension": ("chỉ đọc được kế hoạch dạng .txt, .docx hoặc .xlsx", "only .txt, .docx or .xlsx plans can be read"),
    "plan_empty_field": ("trường «{field}» không có giá trị", "field '{field}' has no value"),
    "plan_no_tasks": ("không tìm thấy nhiệm vụ nào: cần các mục đánh số (I., 1., a)) có dòng «Cơ quan chủ trì:», "
                      "«Thời gian thực hiện:» hoặc «Nhiệm vụ, giải pháp cụ thể:»",
                      "no task found: expected numbered parts (I., 1., a)) with lines 'Cơ quan chủ trì:' (lead), "
                      "'Thời gian thực hiện:' (deadline) or 'Nhiệm vụ, giải pháp cụ thể:' (task)"),
    # plans: task tables in .docx/.xlsx (helper "plans", issue 16)
    "plan_where_table": ("bảng {table}, hàng {row}", "table {table}, row {row}"),
    "plan_where_sheet": ("trang tính «{sheet}», hàng {row}", "sheet '{sheet}', row {row}"),
    "plan_row_no_title": ("{where}: có cơ quan chủ trì «{lead}» nhưng ô nội dung nhiệm vụ trống",
                          "{where}: a lead agency '{lead}' is given but the task cell is empty"),
    "plan_sheet_too_large": ("trang tính «{sheet}» có {rows} hàng, quá {limit} hàng của một bảng nhiệm vụ",
                             "sheet '{sheet}' has {rows} rows, more than the {limit} of a task table"),
    "plan_xlsx_malformed": ("nội dung bảng tính Excel bị hỏng hoặc thiếu thành phần (không phải .xlsx do Excel/LibreOffice tạo?)",
                            "the Excel workbook is damaged or lacks parts (not an .xlsx saved by Excel/LibreOffice?)"),
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
    # hostile input (issue 14): lists that name one thing twice, implausible dates, control characters
    "op_repeated": ("thao tác {n} ({op}): «{id}» được ghi hai lần trong «{field}» (mục {first} và mục {again})",
                    "operation {n} ({op_en}): '{id}' is listed twice in '{field}' (items {first} and {again})"),
    "max_input_mb": ("--max-input-mb cần một số megabyte lớn hơn 0 (tối đa 65536), gặp «{value}»",
                     "--max-input-mb needs a number of megabytes above 0 (at most 65536), got '{value}'"),
    # what the YAML and JSON readers say, in the user's words (issue 14): syntax_reason() picks one
    "syn_flow_seq": ("danh sách mở bằng «[» chưa được đóng bằng «]» (hoặc thiếu dấu phẩy giữa các phần tử)",
                     "a list opened with '[' is not closed with ']' (or a comma is missing between items)"),
    "syn_flow_map": ("bảng mở bằng «{» chưa được đóng bằng «}» (hoặc thiếu dấu phẩy giữa các khóa)",
                     "a mapping opened with '{' is not closed with '}' (or a comma is missing between keys)"),
    "syn_end": ("tệp kết thúc giữa chừng (dấu nháy, ngoặc chưa đóng?)",
                "the file ends in the middle of something (an unclosed quote or bracket?)"),
    "syn_colon": ("dấu «:» không được phép ở đây; nếu giá trị có dấu hai chấm, hãy đặt nó trong dấu nháy",
                  "a ':' is not allowed here; if the value contains a colon, put it in quotes"),
    "syn_indent": ("thụt lề không đúng: các khóa cùng cấp phải thẳng cột, dùng dấu cách (không dùng tab)",
                   "wrong indentation: keys of one level must line up, with spaces (not tabs)"),
    "syn_token": ("ký tự không thể bắt đầu một giá trị (tab, @, `, %…); hãy đặt giá trị trong dấu nháy",
                  "a character that cannot start a value (tab, @, `, %…); put the value in quotes"),
    "syn_alias": ("tham chiếu «*…» tới một neo «&…» không có", "a '*…' reference to an '&…' anchor that does not exist"),
    "syn_key_colon": ("thiếu dấu «:» sau khóa", "a ':' is missing after a key"),
    "syn_value": ("thiếu giá trị ở đây", "a value is missing here"),
    "syn_documents": ("tệp chứa nhiều tài liệu (dấu ---); chỉ được một", "the file holds several documents (---); only one is allowed"),
    "syn_directive": ("chỉ thị «%…» không đúng chỗ hoặc không hỗ trợ", "a '%…' directive out of place or not supported"),
    "syn_escape": ("ký tự thoát «\\…» không hợp lệ trong chuỗi", "an invalid '\\…' escape in a text"),
    "syn_tagged_text": ("một chuỗi không thể gắn thẻ {tag}", "a text cannot be tagged {tag}"),
    "syn_not_value": ("«{value}» không phải là một giá trị", "'{value}' is not a value"),
    "syn_merge": ("«<<» cần một bảng hoặc danh sách các bảng để gộp", "'<<' needs a mapping or a list of mappings to merge"),
    "syn_json_value": ("thiếu giá trị (JSON cần số, chuỗi trong dấu nháy kép, true/false/null, [ ] hoặc { })",
                       "a value is expected (JSON needs a number, a \"text\", true/false/null, [ ] or { })"),
    "syn_json_name": ("tên khóa phải đặt trong dấu nháy kép", "a key name must be in double quotes"),
    "syn_json_comma": ("thiếu dấu phẩy giữa hai phần tử", "a comma is missing between two items"),
    "syn_json_colon": ("thiếu dấu «:» giữa khóa và giá trị", "a ':' is missing between a key and its value"),
    "syn_json_string": ("chuỗi chưa được đóng bằng dấu nháy kép", "a text is not closed with a double quote"),
    "syn_json_control": ("ký tự điều khiển trong chuỗi (hãy viết \\n, \\t…)", "a control character inside a text (write \\n, \\t…)"),
    "syn_json_extra": ("còn nội dung sau khi tài liệu JSON đã kết thúc", "there is more after the JSON document has ended"),
    "limit_not_finite": ("mức {value} không phải là một số hữu hạn (.nan, .inf làm quy tắc không bao giờ hoặc luôn luôn áp dụng)",
                         "the limit {value} is not a finite number (.nan or .inf makes the rule never or always fire)"),
    "message_placeholder": ("thông báo có chỗ điền {placeholder} không hợp lệ: trong ngoặc nhọn chỉ ghi một tên trong số: {known}",
                            "the message has an invalid placeholder {placeholder}: put only one of these names in braces: {known}"),
    "os_not_found": ("tệp hoặc thư mục không tồn tại", "the file or folder does not exist"),
    "os_denied": ("không có quyền đọc", "no permission to read it"),
    "os_is_folder": ("đó là một thư mục, không phải tệp", "that is a folder, not a file"),
    "os_not_folder": ("một phần của đường dẫn không phải thư mục", "part of the path is not a folder"),
    "os_other": ("lỗi hệ thống số {code}", "system error {code}"),
    "same_unit": ("Cảnh báo: {count} nhóm đơn vị cùng tên, cùng cấp trên và cùng loại nhưng khác mã (một đơn vị khai báo hai lần?): {units}{more}",
                  "Warning: {count} groups of units with the same name, parent and kind under different ids (one unit declared twice?): {units}{more}"),
    "agency_repeated": ("Cảnh báo: {count} lần một cơ quan được ghi hai lần trong «chu_tri» hoặc «phoi_hop» của cùng một nhiệm vụ (chỉ tính một lần): {tasks}{more}",
                        "Warning: {count} time(s) an agency is written twice in one task's 'chu_tri' or 'phoi_hop' (counted once): {tasks}{more}"),
    "same_unit_more": (" và {n} mục khác", " and {n} more"),
    "validator_other": ("trình kiểm tra báo: «{detail}»", "the validator says: {detail}"),
    "syn_other": ("cấu trúc tệp không đúng ở đây (trình đọc báo: «{detail}»)", "the file's structure is wrong here ({detail})"),
    # argparse's own texts (issue 14): the English is argparse's message id, so its %-placeholders stay
    "argparse_usage": ("cách dùng: ", "usage: "),
    "argparse_argument": ("tham số %(argument_name)s: %(message)s", "argument %(argument_name)s: %(message)s"),
    "argparse_positionals": ("tham số vị trí", "positional arguments"),
    "argparse_options": ("tùy chọn", "options"),
    "argparse_unrecognized": ("không hiểu tham số: %s", "unrecognized arguments: %s"),
    "argparse_ambiguous": ("tùy chọn %(option)s chưa rõ, có thể là %(matches)s",
                           "ambiguous option: %(option)s could match %(matches)s"),
    "argparse_choice": ("lựa chọn %(value)r không hợp lệ (chọn một trong: %(choices)s)",
                        "invalid choice: %(value)r (choose from %(choices)s)"),
    "argparse_open": ("không mở được «%(filename)s»: %(error)s", "can't open '%(filename)s': %(error)s"),
    "argparse_one": ("cần đúng một giá trị", "expected one argument"),
    "argparse_at_most_one": ("cần nhiều nhất một giá trị", "expected at most one argument"),
    "argparse_at_least_one": ("cần ít nhất một giá trị", "expected at least one argument"),
    "argparse_n": ("cần %s giá trị", "expected %s arguments"),
    "argparse_type": ("giá trị %(value)r không hợp lệ (%(type)s)", "invalid %(type)s value: %(value)r"),
    "argparse_error": ("%(prog)s: lỗi: %(message)s\n", "%(prog)s: error: %(message)s\n"),
    "argparse_unknown_parser": ("không có lệnh %(parser_name)r (chọn một trong: %(choices)s)",
                                "unknown parser %(parser_name)r (choices: %(choices)s)"),
    "argparse_help": ("in hướng dẫn này rồi thoát", "show this help message and exit"),
    "argparse_required": ("thiếu tham số bắt buộc: %s", "the following arguments are required: %s"),
    "argparse_one_of": ("cần một trong các tham số %s", "one of the arguments %s is required"),
    "argparse_not_allowed": ("không dùng cùng tham số %s", "not allowed with argument %s"),
    "argparse_unexpected": ("không chờ tùy chọn %s ở đây", "unexpected option string: %s"),
    "argparse_ignored": ("giá trị %r bị thừa", "ignored explicit argument %r"),
    "interrupted": ("orgcheck: đã dừng theo yêu cầu ({signal}); không có tệp nào bị ghi dở",
                    "orgcheck: interrupted ({signal}); no file was left half-written"),
    "docs_out_is_file": ("đó là một tệp, không phải thư mục (--out cần một thư mục)",
                         "that is a file, not a folder (--out needs a folder)"),
    "baseline_missing": ("không tìm thấy tệp tổ chức nền «{file}» (khóa «baseline», đường dẫn tính từ thư mục của đề án)",
                         "the baseline organization file '{file}' is not found (key 'baseline', relative to the proposal's folder)"),
    "function_repeated": ("Cảnh báo: {count} đơn vị ghi một mã chức năng hai lần trong «functions» (chỉ tính một lần): {units}{more}",
                          "Warning: {count} unit(s) list a function code twice in 'functions' (counted once): {units}{more}"),
    "date_range": ("«{field}» = {day}: ngày không hợp lý (chỉ nhận từ 02/09/1945 đến 31/12/2100)",
                   "'{field}' = {day}: not a plausible date (only 02/09/1945 to 31/12/2100)"),
    "id_control": ("«{field}»: mã chứa ký tự điều khiển hoặc ký tự ẩn {code} (không được phép trong mã)",
                   "'{field}': the id holds a control or invisible character {code} (not allowed in ids)"),
    "window_order": ("«{field}»: ngày kết thúc {end} trước ngày bắt đầu {start}",
                     "'{field}': the end {end} comes before the start {start}"),
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
    # rules written in Gherkin, part two (issue 17): values in the author's words, located at the column
    "gherkin_at": ("cột {column}: {reason}", "column {column}: {reason}"),
    "gherkin_name_filter": ("«{name}» {value}: lọc theo tên chỉ dùng trường «tên đơn vị», với chữ, số và dấu cách",
                            "'{name}' {value}: a name filter takes the field 'tên đơn vị' and letters, digits and spaces"),
    "cell_pattern": ("«{field}»: mẫu tên «{value}» chỉ gồm chữ không dấu, số, dấu cách và .*",
                     "'{field}': the name pattern '{value}' may hold only unaccented letters, digits, spaces and .*"),
    "vi_value_unknown": ("«{field}» không có giá trị «{value}» (dùng: {choices})",
                         "'{field}' has no value '{value}' (use: {choices})"),
    "vi_number": ("không đọc được số «{value}» (viết 4,5 hoặc 1.000)", "cannot read the number '{value}' (write 4,5 or 1.000)"),
    "vi_not_one_value": ("«khác» chỉ đi với một giá trị", "'khác' (not) takes a single value"),
    "vi_limit_term": ("không đọc được «{term}» trong mức «{value}»: cần một số, hoặc [hệ số ×] tên trường ({known})",
                      "cannot read '{term}' in the limit '{value}': expected a number, or [factor ×] a field name ({known})"),
    "vi_placeholder": ("chỗ trống «{placeholder}» không có: dùng {giá trị}, {mức}, {trường hợp}, {tên đơn vị} "
                       "hoặc tên trường ({known})",
                       "there is no placeholder '{placeholder}': use {giá trị} (value), {mức} (limit), "
                       "{trường hợp} (band), {tên đơn vị} (unit name) or a field name ({known})"),
    "rules_test_setup": ("không chạy được kịch bản: {reason}", "cannot run the scenarios: {reason}"),
    "rules_test_package": ("thiếu gói {name}: cài «pip install -e '.[test]'»",
                           "the package {name} is missing: install it with pip install -e '.[test]'"),
    "table_column_unknown": ("tên cột không có; dùng: {choices}", "no such column; use: {choices}"),
    "table_column_twice": ("cột trùng: không rõ dùng cột nào (bảng mơ hồ)",
                           "column given twice: which one counts is unclear"),
    "table_header_row": ("1 (tên cột)", "1 (header)"),
    # reviewer control (issue 15): selection, configuration, waivers, explain, manifest
    "selection_unknown": ("«{token}» không phải mã quy tắc, tiền tố mã hay nhóm quy tắc nào (gần giống: {suggestion})",
                          "'{token}' is no rule code, code prefix or rule family (close: {suggestion})"),
    "config_syntax": ("lỗi cú pháp TOML: {reason}", "TOML syntax error: {reason}"),
    "config_unknown_key": ("khóa cấu hình «{key}» không có (gần giống: {suggestion})",
                           "unknown configuration key '{key}' (close: {suggestion})"),
    "config_bad_value": ("khóa cấu hình «{key}»: giá trị không hợp lệ (cần {expected})",
                         "configuration key '{key}': invalid value (expected {expected})"),
    "config_bad_choice": ("khóa cấu hình «{key}» = «{value}» không hợp lệ; chọn một trong: {choices}",
                          "configuration key '{key}' = '{value}' is not valid; choose one of: {choices}"),
    "waiver_window": ("miễn trừ có ngày hết hiệu lực {end} trước ngày bắt đầu {start}",
                      "the waiver ends ({end}) before it starts ({start})"),
    "explain_unknown_rule": ("không có quy tắc «{code}» (gần giống: {suggestion})", "no rule '{code}' (close: {suggestion})"),
    "explain_unknown_unit": ("không có đơn vị mã «{unit}» (gần giống: {suggestion})", "no unit with id '{unit}' (close: {suggestion})"),
    "baseline_invalid": ("không phải báo cáo JSON của orgcheck (cần danh sách «findings» có «fingerprint»)",
                         "not an orgcheck JSON report (a 'findings' list with 'fingerprint's is needed)"),
    "manifest_invalid": ("tệp kê khai không hợp lệ: {reason}", "invalid manifest: {reason}"),
    # output files (-o): the report formats (issue 11, docs-out)
    "output_format_unknown": ("không xuất được báo cáo dạng «{ext}»: dùng tệp có đuôi {choices}",
                              "cannot write a report as '{ext}': use a file ending in {choices}"),
    "output_unwritable": ("không ghi được tệp báo cáo: {reason}", "cannot write the report file: {reason}"),
    "output_reason_no_folder": ("thư mục chứa tệp không tồn tại", "its folder does not exist"),
    "output_reason_denied": ("không có quyền ghi vào đó", "no permission to write there"),
    "output_reason_is_folder": ("đó là một thư mục", "that is a folder"),
    "output_reason_full": ("ổ đĩa đã đầy", "the disk is full"),
    "output_reason_other": ("lỗi hệ thống số {code}", "system error {code}"),
    # Excel workbooks (compliance/workbook.py, workbook_writer.py, convert; area: xlsx-in)
    "xlsx_macro_file": ("tệp .xlsm có thể chứa macro nên không được mở: lưu lại thành «Sổ làm việc Excel (.xlsx)»",
                        "an .xlsm file may hold macros and is not opened: save it as an 'Excel Workbook (.xlsx)'"),
    "xlsx_unreadable": ("nội dung sổ làm việc bị hỏng, không đọc được (không phải .xlsx do Excel/LibreOffice lưu?)",
                        "the workbook's content is malformed and cannot be read (not an .xlsx saved by Excel/LibreOffice?)"),
    "xlsx_missing_sheet": ("sổ làm việc thiếu trang «{sheet}» (mẫu tiếng Anh: «{sheet_en}»; các trang có: {sheets})",
                           "the workbook has no sheet '{sheet_en}' (Vietnamese template: '{sheet}'; sheets present: {sheets})"),
    "xlsx_unknown_sheet": ("trang «{sheet}» không có trong mẫu (dùng: {choices})",
                           "sheet '{sheet}' is not in the template (use: {choices})"),
    "xlsx_duplicate_sheet": ("trang «{sheet}» trùng với trang «{other}»", "sheet '{sheet}' duplicates sheet '{other}'"),
    "xlsx_unknown_column": ("cột «{header}» không có trong mẫu của trang này (dùng: {choices})",
                            "column '{header}' is not in this sheet's template (use: {choices})"),
    "xlsx_duplicate_column": ("cột «{header}» trùng với cột {other}", "column '{header}' duplicates column {other}"),
    "xlsx_no_header": ("ô có giá trị {value!r} nhưng cột không có tên ở dòng tiêu đề",
                       "the cell holds {value!r} but its column has no header"),
    "xlsx_unknown_field": ("«{header}» không phải trường của trang này (dùng: {choices})",
                           "'{header}' is not a field of this sheet (use: {choices})"),
    "xlsx_duplicate_field": ("trường «{header}» ghi hai lần (lần đầu ở dòng {first})",
                             "the field '{header}' is given twice (first in row {first})"),
    "xlsx_formula_no_value": ("ô có công thức {formula!r} nhưng chưa có giá trị tính sẵn (orgcheck không tính công thức): "
                              "mở tệp trong Excel/LibreOffice và lưu lại, hoặc nhập giá trị",
                              "the cell holds the formula {formula!r} without a computed value (orgcheck never evaluates "
                              "formulas): open and save the file in Excel/LibreOffice, or type the value"),
    "xlsx_too_many_rows": ("trang có quá nhiều dòng (quá {limit})", "the sheet has too many rows (over {limit})"),
    "xlsx_too_many_columns": ("trang có quá nhiều cột ({count}, tối đa {limit})",
                              "the sheet has too many columns ({count}, at most {limit})"),
    "xlsx_operation_number": ("«{field}» phải là số thứ tự của một thao tác trên trang «{sheet}», gặp {value!r}",
                              "'{field}' must be the number of an operation on the sheet '{sheet}', found {value!r}"),
    "xlsx_operation_twice": ("số thứ tự thao tác {value!r} trùng với dòng {first}",
                             "operation number {value!r} duplicates row {first}"),
    "xlsx_detail_many": ("thao tác {n} ({op}) chỉ nhận một dòng ở trang «{sheet}», gặp {count} dòng",
                         "operation {n} ({op}) takes one row on the sheet '{sheet}', found {count}"),
    "xlsx_detail_twice": ("thao tác {n}: «{field}» ghi cả ở ô này và ở trang «{sheet}»; chỉ ghi một nơi",
                          "operation {n}: '{field}' is given both in this cell and on the sheet '{sheet}'; give it once"),
    "xlsx_cannot_write": ("không ghi được «{field}» = {value!r} vào ô Excel mà không mất thông tin ({reason})",
                          "cannot write '{field}' = {value!r} into an Excel cell without losing information ({reason})"),
    "xlsx_reason_separator": ("phần tử danh sách chứa «;» hoặc xuống dòng", "a list item holds ';' or a line break"),
    "xlsx_reason_blank": ("chuỗi chỉ có khoảng trắng", "text of spaces only"),
    "xlsx_reason_same_decision": ("hai quyết định liền nhau cùng số, ngày và trích yếu sẽ được đọc lại thành một",
                                  "two consecutive decisions with the same reference, date and title would read back as one"),
    "xlsx_reason_shape": ("trang này không có cột cho giá trị như vậy", "this sheet has no column for such a value"),
    "file_unwritable": ("không ghi được tệp: {reason}", "cannot write the file: {reason}"),
    "convert_extension": ("chỉ chuyển được giữa .yaml, .yml, .json và .xlsx", "only .yaml, .yml, .json and .xlsx can be converted"),
    # web workbench (orgcheck serve, compliance/web/)
    "web_upload_type": ("chỉ nhận tệp .xlsx, .yaml, .yml, .json (tổ chức, đề án) hoặc .docx, .txt (kế hoạch)",
                        "only .xlsx, .yaml, .yml, .json (organization, proposal) or .docx, .txt (plan) files are accepted"),
    "web_upload_content": ("nội dung tệp không khớp đuôi {ext} (tệp .xlsx/.docx phải là gói zip; .yaml/.json/.txt phải là văn bản)",
                           "the file's content does not match its {ext} extension (.xlsx/.docx must be a zip package; "
                           ".yaml/.json/.txt must be text)"),
    "web_proposal_baseline": ("đề án cần cơ cấu hiện tại: hãy tải tệp tổ chức lên hồ sơ trước, rồi tải đề án làm phiên bản sau",
                              "a proposal needs the current organization: upload the organization file to the dossier "
                              "first, then the proposal as a later version"),
    "web_no_file": ("chưa chọn tệp", "no file chosen"),
    "web_as_of": ("ngày «{value}» không hợp lệ (DD/MM/YYYY)", "the date '{value}' is not valid (DD/MM/YYYY)"),
    "web_start_refused": ("không mở trên địa chỉ {host} khi chưa có tài khoản nào: tạo tài khoản bằng «orgcheck users add TÊN "
                          "--role admin» (hoặc chỉ mở trên máy này: bỏ --host)",
                          "will not listen on {host} while no account exists: create one with 'orgcheck users add NAME "
                          "--role admin' (or serve this computer only: drop --host)"),
    "web_password_mismatch": ("hai lần nhập mật khẩu không khớp", "the two passwords differ"),
    "web_password_short": ("mật khẩu cần ít nhất 8 ký tự", "the password needs at least 8 characters"),
    "web_user_exists": ("tài khoản «{name}» đã có", "the account '{name}' exists already"),
    "web_db_unusable": ("không dùng được cơ sở dữ liệu {url}: {reason}", "cannot use the database {url}: {reason}"),
    "web_missing_package": ("thiếu gói {name} của bàn làm việc web: cài «pip install 'orgcheck[web]'»",
                            "the web workbench's package {name} is missing: install it with pip install 'orgcheck[web]'"),
    # legal scope, coverage and freshness (issue 18, "legal" helper)
    "not_checked_partial": ("tệp chỉ mô tả một phần của tỉnh (scope: mot_phan): các quy tắc về tính đầy đủ toàn "
                            "tỉnh không chạy ({rules})",
                            "the file describes only part of the province (scope: mot_phan): the province-wide "
                            "completeness rules did not run ({rules})"),
    "not_checked": ("Không kiểm tra: {family} — {reason}", "Not checked: {family} — {reason}"),
    "family_tieu_chi": ("Tiêu chí thành lập", "Criteria for setting up"),
    "family_cap_pho": ("Số lượng cấp phó", "Number of deputies"),
    "family_chuc_nang": ("Chức năng", "Functions"),
    "family_chu_tri": ("Chủ trì, phối hợp", "Lead and coordination"),
    "family_co_cau": ("Cơ cấu tổ chức", "Structure"),
    "rule_national_basis": ("quy tắc quốc gia cần ít nhất một căn cứ không giới hạn theo tỉnh (không có «scope»)",
                            "a national rule needs at least one legal basis not limited to a province (without 'scope')"),
    "conformance_written": ("đã ghi bảng đối chiếu vào {path}", "conformance matrix written to {path}"),
    "amendment_line": ("{date}: {kind} bởi {by} ({articles})", "{date}: {kind} by {by} ({articles})"),
    "amendment_whole": ("toàn văn bản", "the whole document"),
    "amendment_sua_doi": ("sửa đổi", "amended"),
    "amendment_bo_sung": ("bổ sung", "supplemented"),
    "amendment_thay_the": ("thay thế", "replaced"),
    "amendment_bai_bo": ("bãi bỏ", "repealed"),
    "amendment_dinh_chinh": ("đính chính", "corrected"),
    "version_original": ("Ngày {date}: áp dụng {article}{document} nguyên bản (chưa sửa đổi).",
                         "On {date}: {article}{document} applies as originally issued (not yet amended)."),
    "version_amended": ("Ngày {date}: áp dụng {article}{document} theo bản sửa đổi bởi {by}.",
                        "On {date}: {article}{document} applies as amended by {by}."),
    "version_ended": ("Ngày {date}: {document} đã bị {kind} bởi {by} từ {since}; quy tắc này không còn là căn cứ.",
                      "On {date}: {document} had been {kind} by {by} since {since}; this rule is no longer the basis."),
    "rank_luat": ("luật", "law"),
    "rank_nghi_quyet_quoc_hoi": ("nghị quyết của Quốc hội", "resolution of the National Assembly"),
    "rank_nghi_dinh": ("nghị định của Chính phủ", "Government decree"),
    "rank_nghi_quyet_chinh_phu": ("nghị quyết của Chính phủ", "Government resolution"),
    "rank_thong_tu": ("thông tư", "circular"),
    "rank_ket_luan_dang": ("kết luận của Đảng (định hướng, không phải văn bản quy phạm pháp luật)",
                           "Party conclusion (guidance, not a normative legal document)"),
    "rank_nghi_quyet_dang": ("nghị quyết của Đảng (định hướng, không phải văn bản quy phạm pháp luật)",
                             "Party resolution (guidance, not a normative legal document)"),
    "rank_quyet_dinh_tinh": ("quyết định của UBND cấp tỉnh", "decision of a provincial committee"),
    "rank_ke_hoach_tinh": ("kế hoạch của UBND cấp tỉnh", "plan of a provincial committee"),
    "rank_prevails": (" — {decision} ({local_rank}) cho phép {cap} cấp phó, nhưng {document} ({rank}) có hiệu lực "
                      "pháp lý cao hơn nên mức tối đa {limit} được áp dụng",
                      " — {decision} ({local_rank}) allows {cap} deputies, but {document} ({rank}) ranks higher, "
                      "so its maximum of {limit} applies"),
    "stale_title": ("{count} quy tắc chưa được rà soát trong {days} ngày tính đến {date} (hoặc chưa ghi ngày rà soát)",
                    "{count} rules not reviewed within {days} days of {date} (or with no review date)"),
    "stale_days": ("số ngày phải từ 0 trở lên, gặp {value}", "the number of days must be 0 or more, found {value}"),
    "catalogue_reviewed": ("Danh mục quy tắc được rà soát: cũ nhất {oldest}, mới nhất {newest} ({count}/{total} "
                           "quy tắc áp dụng có ngày rà soát)",
                           "Rule catalogue reviewed: oldest {oldest}, newest {newest} ({count} of {total} rules "
                           "applied have a review date)"),
    "catalogue_not_reviewed": ("Danh mục quy tắc: chưa quy tắc nào trong {total} quy tắc áp dụng ghi ngày rà soát",
                               "Rule catalogue: none of the {total} rules applied has a review date"),
    "coverage_title": ("Phạm vi kiểm tra ngày {date}", "What is checked on {date}"),
    "coverage_checked": ("kiểm tra", "checked"),
    "coverage_not_checked": ("KHÔNG kiểm tra", "NOT checked"),
    "coverage_no_rule": ("không có quy tắc nào của orgcheck có hiệu lực vào ngày này",
                         "no orgcheck rule is in force on this date"),
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
class Cell:
    """Where a value sits in a workbook: a sheet (its order in the workbook), and when known a
    row, a column letter and that column's header."""

    order: int
    sheet: str
    row: int | None = None
    column: str | None = None
    header: str | None = None

    @property
    def column_index(self) -> int:
        return sum((ord(c) - 64) * 26 ** i for i, c in enumerate(reversed(self.column))) if self.column else 0

    def render(self, lang: str = "vi") -> str:
        if self.row and self.column:
            return f"{self.sheet}!{self.column}{self.row}"   # as Excel writes it: Đơn vị!F14
        if self.row:
            return f"{self.sheet}, {'row' if lang == 'en' else 'dòng'} {self.row}"
        if self.column:
            return f"{self.sheet}!{self.column}:{self.column}"
        return f"sheet '{self.sheet}'" if lang == "en" else f"trang «{self.sheet}»"


@dataclass(frozen=True)
class Problem:
    """One thing wrong with an input file, located as precisely as we can."""

    file: str
    line: int | None
    key: str
    params: dict = field(default_factory=dict, hash=False, compare=False)
    unit: str | None = None
    where: str = ""
    cell: Cell | None = None   # workbooks: the sheet, row and column instead of a line

    def sort_key(self) -> tuple:
        if self.cell is not None:
            return (self.file, self.cell.order, self.line or 0, self.cell.column_index, self.key)
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
        if self.cell is not None:  # the cell says more than a line and the data path
            parts[1:] = [self.cell.render(lang)] + parts[2 if self.line else 1:]
        location = ", ".join(parts)
        where = f" [{self.where}]" if self.where and self.cell is None else ""
        return f"{location}{where}: {text}"
        where = f" [{self.where}]" if self.where else ""
        return printable(f"{location}{where}: {text}")   # ids and values quoted from a hostile file


class InputError(Exception):
    """Raised with every problem found, never just the first."""

    def __init__(self, problems: list[Problem]):
        self.problems = sorted(problems, key=Problem.sort_key)
        super().__init__("\n".join(p.render("en") for p in self.problems))

    def render(self, lang: str = "vi") -> str:
        return "\n".join(p.render(lang) for p in self.problems)


# The readers' own problem texts (PyYAML, libyaml, json) → our keys, first match wins.
_SYNTAX = [("',' or ']'", "syn_flow_seq"), ("',' or '}'", "syn_flow_map"), ("end of stream", "syn_end"),
           ("mapping values are not allowed", "syn_colon"),
           ("block sequence entries are not allowed", "syn_indent"), ("expected <block end>", "syn_indent"),
           ("did not find expected key", "syn_indent"), ("expected '-' indicator", "syn_indent"),
           ("tab character", "syn_indent"), ("cannot start any token", "syn_token"), ("undefined alias", "syn_alias"),
           ("could not find expected ':'", "syn_key_colon"), ("node content", "syn_value"),
           ("expected a single document", "syn_documents"), ("document", "syn_documents"),
           ("directive", "syn_directive"), ("escape", "syn_escape"), ("expecting value", "syn_json_value"),
           ("expecting property name", "syn_json_name"), ("expecting ',' delimiter", "syn_json_comma"),
           ("expecting ':' delimiter", "syn_json_colon"), ("unterminated string", "syn_json_string"),
           ("invalid control character", "syn_json_control"), ("extra data", "syn_json_extra")]


def syntax_reason(text: str) -> Message:
    """A YAML/JSON reader's problem in the user's language; a rare one keeps the reader's words, quoted."""
    folded = text.casefold()
    key = next((k for pattern, k in _SYNTAX if pattern in folded), None)
    return Message(key) if key else Message("syn_other", {"detail": text})


_OS_REASONS = {errno.ENOENT: "os_not_found", errno.EACCES: "os_denied", errno.EPERM: "os_denied",
               errno.EISDIR: "os_is_folder", errno.ENOTDIR: "os_not_folder"}


def os_reason(exc: OSError) -> Message:
    """Why a file could not be read, in the user's language (the OS's own text is English)."""
    return Message(_OS_REASONS.get(exc.errno, "os_other"), {"code": exc.errno})
