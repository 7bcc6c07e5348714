"""Rules written in Gherkin (features/quy_tac/*.feature): compiled like YAML rules, tested by `rules test`."""

from __future__ import annotations

import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest

from compliance.catalogue import Catalogue, _load_rule_file, load_catalogue, load_gherkin_file
from compliance.check import check
from compliance.cli import main
from compliance.facts import FACT_TYPES
from compliance.gherkin import load_dictionary
from compliance.model import load_org

ROOT = Path(__file__).resolve().parent.parent
LIVE = ROOT / "features" / "quy_tac" / "kl187_pho_ty_le.feature"
DATA = Path(__file__).resolve().parent / "data"


def orgcheck(*args: str) -> subprocess.CompletedProcess:
    """`rules test` runs pytest in-process: a child process keeps it apart from this test session."""
    return subprocess.run([sys.executable, "-m", "compliance", *args], capture_output=True, text=True, cwd=ROOT)


def run_main(capsys, *args: str) -> tuple[int, str]:
    code = main(list(args))
    out = capsys.readouterr()
    return code, out.out + out.err


def test_dictionary_names_every_fact_field_and_only_real_ones():
    d = load_dictionary()
    assert set(d.facts.values()) == set(FACT_TYPES)
    for fact, fields in FACT_TYPES.items():
        assert set(d.fields[fact].values()) == set(fields), fact
        assert len(set(d.fields[fact].values())) == len(d.fields[fact]), f"{fact}: two names for one field"


def test_gherkin_rule_is_live_and_listed_with_its_file(capsys):
    rule = load_catalogue().by_code("KL187.PHO.TY_LE")
    assert rule.file == "features/quy_tac/kl187_pho_ty_le.feature" == rule.feature
    code, out = run_main(capsys, "rules", "list")
    assert code == 0
    assert "features/quy_tac/kl187_pho_ty_le.feature" in out and "rules/nd370-2025.yaml" in out
    code, out = run_main(capsys, "rules", "show", "KL187.PHO.TY_LE")
    assert code == 0 and "Kết luận 187-KL/TW" in out


def _swap(live: Catalogue, rules) -> Catalogue:
    by_code = {r.code: r for r in rules}
    return Catalogue([by_code.get(r.code, r) for r in live.rules], live.regimes)


def _variants(rule) -> list:
    return [(v.row, v.conditions, v.row_conditions, v.limit) for v in rule.variants]


def test_yaml_and_gherkin_forms_give_identical_findings_on_can_tho():
    """ND107.PHO.PHONG and CT.KHONG_CO written again in Gherkin (test-only) against the live YAML; the live
    Gherkin KL187.PHO.TY_LE and ND370.PHO.THU_BAC against the YAML they were written in before."""
    live = load_catalogue()
    gherkin, problems = load_gherkin_file(DATA / "gherkin" / "hai_quy_tac_yaml.feature", "tests/data/gherkin")
    former = [r for name in ("kl187-2025.yaml", "nd370-pho-thu-bac.yaml")
              for r in _load_rule_file(DATA / "yaml" / name, f"tests/data/yaml/{name}", problems)]
    assert not problems
    pairs = [(live.by_code(g.code), g) for g in gherkin] + [(y, live.by_code(y.code)) for y in former]
    assert [g.file.split("/")[0] for _, g in pairs] == ["tests", "tests", "features", "features"]
    assert {y.file.split("/")[0] for y, _ in pairs} == {"rules", "tests"}
    for y, g in pairs:
        skip = {"feature", "in_force", "limit", "bands"}   # raw cells differ in spelling; compiled below
        assert y.spec.model_dump(exclude=skip) == g.spec.model_dump(exclude=skip), y.code
        assert y.window == g.window, y.code
        assert _variants(y) == _variants(g), y.code
    yaml_form = _swap(live, [y for y, _ in pairs])
    gherkin_form = _swap(live, [g for _, g in pairs])
    codes = {y.code for y, _ in pairs}
    org = load_org(ROOT / "fixtures" / "can-tho-2023.yaml")
    compared = 0
    for day in (date(2023, 9, 8), date(2025, 9, 1), date(2026, 2, 1)):
        a = [f.as_dict() for f in check(org, day, yaml_form).findings if f.code in codes]
        b = [f.as_dict() for f in check(org, day, gherkin_form).findings if f.code in codes]
        assert a == b, day
        compared += len(a)
    assert compared >= 3   # ND107.PHO.PHONG in 2023, ND370.PHO.THU_BAC in 2026


def test_rules_test_passes_on_the_live_rule_files():
    done = orgcheck("rules", "test")
    assert done.returncode == 0, done.stdout + done.stderr
    assert "kl187_pho_ty_le.feature" in done.stdout and "0 không đạt" in done.stdout


def test_a_wrong_threshold_fails_with_expected_and_actual_rows(tmp_path):
    draft = tmp_path / LIVE.name
    text = LIVE.read_text(encoding="utf-8")
    assert '"50% số người"' in text
    draft.write_text(text.replace('"50% số người"', '"60% số người"'), encoding="utf-8")
    done = orgcheck("rules", "test", str(draft))
    assert done.returncode == 1, done.stdout + done.stderr
    out = done.stdout
    assert "KHÔNG ĐẠT KL187.PHO.TY_LE: mức độ là định hướng" in out
    assert "Mong đợi:\n        | KL187.PHO.TY_LE | p | định hướng |\n      Thực tế:\n        (không có)" in out
    assert "Traceback" not in out + done.stderr and "====" not in out and done.stderr == ""


def test_scaffold_is_a_rule_whose_scenarios_pass(tmp_path, capsys):
    out_file = tmp_path / "moi.feature"
    assert run_main(capsys, "rules", "new", "TINH.PHO.MOI", "--out", str(out_file))[0] == 0
    assert run_main(capsys, "rules", "new", "TINH.PHO.MOI", "--out", str(out_file)) == (
        2, f"{out_file}: quy tắc «TINH.PHO.MOI»: tệp đã có, không ghi đè\n")
    done = orgcheck("rules", "test", str(out_file))
    assert done.returncode == 0 and "3 kịch bản: 3 đạt, 0 không đạt." in done.stdout, done.stdout + done.stderr


BAD = {
    "bước định nghĩa lạ": (('Và vi phạm khi "cấp phó" lớn hơn "50% số người"',
                            'Và vi pham khi "cấp phó" lớn hơn "50% số người"'),
                           ["dòng 17: bước không hợp lệ: «Và vi pham khi", "«vi phạm khi \"cấp phó\" lớn hơn \"50% số người\"»"]),
    "bước kịch bản lạ": (("Khi kiểm tra tuân thủ\n      Thì <kết quả>", "Khi kiểm tra tuân thủ hôm nay\n      Thì <kết quả>"),
                         ["dòng 37: bước không hợp lệ: «Khi kiểm tra tuân thủ hôm nay»", "«kiểm tra tuân thủ»"]),
    "thiếu thẻ mã": (("  @KL187.PHO.TY_LE\n", ""), ["dòng 7: khối «Quy tắc: KL187.PHO.TY_LE", "thiếu thẻ mã quy tắc"]),
    "mã trùng YAML": (("@KL187.PHO.TY_LE\n  Quy tắc: KL187.PHO.TY_LE", "@ND370.PHO.PHONG\n  Quy tắc: ND370.PHO.PHONG"),
                      ["quy tắc «ND370.PHO.PHONG»: mã trùng với rules/nd370-2025.yaml"]),
    "trường lạ": (('"50% số người"', '"50% số nguoi"'), ["dòng 17", "không đọc được «50% số nguoi»"]),
    "điều kiện trường lạ": (('áp dụng khi "loại đơn vị"', 'áp dụng khi "loai don vi"'),
                            ["dòng 15", "trường «loai don vi» không có trong từ điển rules/tu-dien-truong.yaml",
                             "ý bạn là «loại đơn vị»"]),
    "bảng lệch ô": (("| so   | Sở Nội vụ     | so             | ubnd       | 40         | 3         |",
                     "| so   | Sở Nội vụ     | so             | ubnd       | 40         |"),
                    ["dòng 34: tệp Gherkin không đọc được: số ô của dòng bảng này khác dòng tiêu đề"]),
    "cột lạ": (("| mã   | tên           | loại           | trực thuộc | biên chế   | cấp phó   |",
                "| mã   | tên           | loại           | trực thuộc | biên chế   | cấp phó   |"[:-1] + "x |"),
               ["dòng 32: bảng «cơ cấu tổ chức», dòng 1 (tên cột), cột 6 «cấp phó   x»: tên cột không có"]),
    "cột trùng": (("| mã   | tên           | loại           | trực thuộc | biên chế   | cấp phó   |",
                   "| mã   | tên           | loại           | trực thuộc | biên chế   | biên chế  |"),
                  ["dòng 32: bảng «cơ cấu tổ chức», dòng 1 (tên cột), cột 6 «biên chế»: cột trùng"]),
}


@pytest.mark.parametrize("case", sorted(BAD))
def test_malformed_rule_files_are_clear_errors(case, tmp_path, capsys):
    (old, new), expected = BAD[case]
    text = LIVE.read_text(encoding="utf-8")
    assert old in text, case
    draft = tmp_path / LIVE.name
    draft.write_text(text.replace(old, new, 1), encoding="utf-8")
    code, out = run_main(capsys, "rules", "test", str(draft))
    assert code == 2, out
    for part in expected:
        assert part in out, f"{case}: «{part}» không có trong:\n{out}"
    assert "Traceback" not in out


def test_bad_band_cell_names_row_and_column(tmp_path, capsys):
    text = (DATA / "gherkin" / "hai_quy_tac_yaml.feature").read_text(encoding="utf-8")
    draft = tmp_path / "bang.feature"
    draft.write_text(text.replace("| loại I         | 9..14          | 2   |", "| loại I         | 9..14          | hai |"),
                     encoding="utf-8")
    _, problems = load_gherkin_file(draft, "bang.feature")
    assert [p.render("vi") for p in problems] == [
        "bang.feature, dòng 19: quy tắc «ND107.PHO.PHONG»: bảng mức, dòng 4, cột «mức» (cột 45): không đọc được «hai» "
        "trong mức «hai»: cần một số, hoặc [hệ số ×] tên trường (" + ", ".join(load_dictionary().fields["unit"]) + ")"]


def test_overlapping_band_rows_are_named(tmp_path):
    text = (DATA / "gherkin" / "hai_quy_tac_yaml.feature").read_text(encoding="utf-8")
    draft = tmp_path / "chong.feature"
    draft.write_text(text.replace("| loại I         | 9..14 ", "| loại I         | 8..14 "), encoding="utf-8")
    _, problems = load_gherkin_file(draft, "chong.feature")
    assert [p.render("vi") for p in problems] == [
        "chong.feature, dòng 14: quy tắc «ND107.PHO.PHONG»: bảng mức: dòng 3 và dòng 4 chồng nhau (cls = loai_1)"]
    assert problems[0].render("en") == (
        "chong.feature, line 14: rule 'ND107.PHO.PHONG': bands rows 3 and 4 overlap (cls = loai_1)")


def test_english_keywords_give_the_same_rule(tmp_path):
    """Engineers may write Feature/Rule/Background/Given…; the step sentences stay Vietnamese."""
    import re

    text = LIVE.read_text(encoding="utf-8").replace("# language: vi\n", "")
    for vi, en in (("Tính năng:", "Feature:"), ("Quy tắc:", "Rule:"), ("Bối cảnh:", "Background:"),
                   ("Khung kịch bản:", "Scenario Outline:"), ("Kịch bản:", "Scenario:"), ("Dữ liệu:", "Examples:")):
        text = text.replace(vi, en)
    for vi, en in (("Biết", "Given"), ("Và", "And"), ("Khi", "When"), ("Thì", "Then")):
        text = re.sub(rf"^(\s+){vi} ", rf"\1{en} ", text, flags=re.M)
    draft = tmp_path / "english.feature"
    draft.write_text(text, encoding="utf-8")
    (english,), problems = load_gherkin_file(draft, "english.feature")
    assert not problems
    assert english.spec.model_dump(exclude={"feature"}) == load_catalogue().by_code("KL187.PHO.TY_LE").spec.model_dump(
        exclude={"feature"})
