"""A rule's scenarios test that rule: `rules test --rules DIR` runs proposal scenarios with the draft
rules, and a "no finding" step fails as vacuous unless the rule was in force and looked at the unit (or,
out of force, would have fired there). The first two tests fail on the code before issue 17."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
LIVE = ROOT / "features" / "quy_tac" / "kl187_pho_ty_le.feature"

ORG = '''      Biết tỉnh "Tỉnh Hòa An" phân loại "loại I" tại ngày {day}
      Và cơ cấu tổ chức:
        | mã   | tên       | loại           | trực thuộc | biên chế | cấp phó |
        | ubnd | UBND tỉnh | ubnd_tinh      |            | 4        | 3       |
        | so   | Sở Nội vụ | so             | ubnd       | 40       | 3       |
        | p_a  | Phòng A   | phong_thuoc_so | so         | 4        | 1       |
        | p_b  | Phòng B   | phong_thuoc_so | so         | 4        | 1       |
      Và chỉ xét quy tắc "KL187.PHO.TY_LE"
'''
SCENARIOS = {
    # the case: a proposal scenario expecting no finding, under a draft whose limit makes it fire
    "de_an": "Khi hợp nhất \"p_a\" và \"p_b\" thành \"p_ab\" tên \"Phòng A-B\"\n      Và áp dụng đề án\n"
             "      Thì không có phát hiện \"KL187.PHO.TY_LE\" tại \"p_ab\"",
    # UBND tỉnh is outside the rule's scope: "no finding" there proves nothing
    "rong": "Khi kiểm tra tuân thủ\n      Thì không có phát hiện \"KL187.PHO.TY_LE\" tại \"ubnd\"",
    # … said as what it is, it is a test of the scope
    "pham_vi": "Khi kiểm tra tuân thủ\n      Thì quy tắc \"KL187.PHO.TY_LE\" không xét \"ubnd\"",
    # a phòng is in scope: claiming otherwise fails
    "pham_vi_sai": "Khi kiểm tra tuân thủ\n      Thì quy tắc \"KL187.PHO.TY_LE\" không xét \"p_a\"",
}


def draft_folder(tmp_path: Path, limit: str, day: str = "01/02/2026") -> Path:
    """A rules folder of one Gherkin rule (KL187 with `limit`) and the scenarios above, nothing else."""
    text = LIVE.read_text(encoding="utf-8").replace('"50% số người"', f'"{limit}"')
    head = text[:text.index("    Khung kịch bản:")]
    body = "".join(f"    Kịch bản: {name}\n{ORG.format(day=day)}      {steps}\n\n" for name, steps in SCENARIOS.items())
    folder = tmp_path / "rules"
    (folder / "quy_tac").mkdir(parents=True)
    (folder / "quy_tac" / "thu.feature").write_text(head + body, encoding="utf-8")
    return folder


def rules_test(folder: Path) -> dict[str, str]:
    """Each scenario's verdict line and what follows it, by name."""
    done = subprocess.run([sys.executable, "-m", "compliance", "rules", "test", "--rules", str(folder)],
                          capture_output=True, text=True, cwd=ROOT)
    assert done.returncode in (0, 1) and "Traceback" not in done.stdout + done.stderr, done.stdout + done.stderr
    out: dict[str, str] = {}
    for block in re.split(r"\n(?=  \S)", done.stdout):
        m = re.match(r"\s*(đạt|KHÔNG ĐẠT)\s+(\S+) \(dòng", block)
        if m:
            out[m.group(2)] = block
    return out


@pytest.fixture(scope="module")
def at_ten_percent(tmp_path_factory) -> dict[str, str]:
    return rules_test(draft_folder(tmp_path_factory.mktemp("muoi"), "10% số người"))


def test_a_proposal_scenario_runs_the_draft_rule(at_ten_percent):
    """Merged Phòng A-B: 2 deputies, 8 staff. The live rule (50%) finds nothing; the draft (10%) does."""
    assert at_ten_percent["de_an"].lstrip().startswith("KHÔNG ĐẠT"), at_ten_percent["de_an"]
    assert "p_ab" in at_ten_percent["de_an"]


def test_no_finding_where_the_rule_never_looked_fails_as_vacuous(at_ten_percent):
    out = at_ten_percent["rong"]
    assert out.lstrip().startswith("KHÔNG ĐẠT") and "kiểm chứng rỗng" in out, out
    assert "quy tắc «KL187.PHO.TY_LE» không xét «ubnd»: không thuộc phạm vi áp dụng" in out


def test_scope_step_passes_outside_the_scope_and_fails_inside(at_ten_percent):
    assert at_ten_percent["pham_vi"].lstrip().startswith("đạt"), at_ten_percent["pham_vi"]
    out = at_ten_percent["pham_vi_sai"]
    assert out.lstrip().startswith("KHÔNG ĐẠT") and "đơn vị này thuộc phạm vi của quy tắc" in out, out


def test_the_same_proposal_passes_under_a_rule_that_does_not_fire(tmp_path):
    assert rules_test(draft_folder(tmp_path, "50% số người"))["de_an"].lstrip().startswith("đạt")


def test_before_the_rule_is_in_force_no_finding_must_be_a_date_test(tmp_path):
    """28/08/2025, the day before KL 187: merged 2 deputies / 8 staff would not fire at 50% even in force,
    so that "no finding" tests nothing; at 10% it would have fired, so it is a test of the date."""
    assert "kiểm chứng được ngày hiệu lực" in rules_test(draft_folder(tmp_path / "a", "50% số người", "28/08/2025"))["de_an"]
    assert rules_test(draft_folder(tmp_path / "b", "10% số người", "28/08/2025"))["de_an"].lstrip().startswith("đạt")
