"""Rules of the user's own: labelled «nguồn: người dùng», «chưa xác minh» until the author records the legal
text read, and every report made with a rules folder of the user's names that folder in its header."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from compliance.catalogue import load_gherkin_file
from compliance.cli import main
from compliance.gherkin import scaffold

ROOT = Path(__file__).resolve().parent.parent


def test_a_new_rule_is_unverified_until_its_source_is_read(tmp_path):
    draft = tmp_path / "moi.feature"
    draft.write_text(scaffold("TINH.PHO.MOI"), encoding="utf-8")
    (rule,), problems = load_gherkin_file(draft, "moi.feature")
    assert not problems and rule.confidence == "unverified"
    assert rule.confidence_note.startswith("chưa xác minh: quy tắc chưa ghi «nguồn đã đọc»")
    text = draft.read_text(encoding="utf-8").replace('      Và lý do "', '      Và nguồn đã đọc "https://vanban.chinhphu.vn/"\n'
                                                      '      Và lý do "', 1)
    draft.write_text(text, encoding="utf-8")
    (rule,), problems = load_gherkin_file(draft, "moi.feature")
    assert not problems and rule.confidence == "verified" and rule.confidence_note is None


@pytest.fixture
def own_rules(tmp_path) -> str:
    folder = tmp_path / "quy-tac-cua-toi"
    folder.mkdir()
    shutil.copy(ROOT / "rules" / "nd107-2020.yaml", folder)
    return str(folder)


def run(capsys, *args) -> str:
    assert main(list(args)) in (0, 1)
    return capsys.readouterr().out


@pytest.mark.parametrize("fmt", ["table", "markdown"])
def test_the_report_header_names_the_users_rules_folder(own_rules, capsys, fmt):
    fixture = str(ROOT / "fixtures" / "can-tho-2023.yaml")
    out = run(capsys, "check", fixture, "--rules", own_rules, "--format", fmt)
    assert f"Bộ quy tắc: {own_rules} (của người dùng, không phải bộ quy tắc của orgcheck)" in out
    assert f"Rules folder: {own_rules} (the user's rules" in run(capsys, "check", fixture, "--rules", own_rules,
                                                                "--format", fmt, "--lang", "en")
    assert "Bộ quy tắc:" not in run(capsys, "check", fixture, "--format", fmt)


def test_json_notes_the_folder_and_each_finding_its_user_source(own_rules, capsys):
    doc = json.loads(run(capsys, "check", str(ROOT / "fixtures" / "can-tho-2023.yaml"), "--rules", own_rules,
                         "--format", "json"))
    assert f"Bộ quy tắc: {own_rules} (của người dùng, không phải bộ quy tắc của orgcheck)" in doc["notes"]
    assert doc["findings"]
    assert all(f["confidence_note"].startswith("nguồn: người dùng") for f in doc["findings"])
    default = json.loads(run(capsys, "check", str(ROOT / "fixtures" / "can-tho-2023.yaml"), "--format", "json"))
    assert not any(n.startswith("Bộ quy tắc:") for n in default["notes"])
    assert not any((f["confidence_note"] or "").startswith("nguồn: người dùng") for f in default["findings"])


def test_a_diff_with_the_users_rules_says_so(own_rules, capsys):
    out = run(capsys, "diff", str(ROOT / "fixtures" / "can-tho-2023-proposal.yaml"), "--rules", own_rules)
    assert f"Bộ quy tắc: {own_rules}" in out
