"""Issue 18: the conformance matrix is generated from the catalogue and kept current."""

from __future__ import annotations

from pathlib import Path

from compliance.catalogue import load_catalogue
from compliance.cli import main
from compliance.conformance import conformance_text, load_norms, scenarios_by_rule

ROOT = Path(__file__).resolve().parent.parent
CATALOGUE = load_catalogue()


def test_committed_conformance_matrix_is_current():
    committed = (ROOT / "docs" / "conformance.md").read_text(encoding="utf-8")
    assert committed == conformance_text(CATALOGUE), "run: orgcheck rules conformance"


def test_every_rule_gap_and_norm_is_in_the_matrix():
    text = conformance_text(CATALOGUE)
    assert all(f"`{r.code}`" in text for r in CATALOGUE.rules)
    assert all(g.reason.vi in text for g in CATALOGUE.coverage.not_encoded)
    assert all(n.requires in text for n in load_norms())
    # an unverified rule says what is unverified
    unverified = next(r for r in CATALOGUE.rules if r.confidence == "unverified" and r.confidence_note)
    assert f"chưa xác minh (*): {unverified.confidence_note}" in text.replace("\\|", "|")


def test_scenarios_are_found_per_rule():
    found = scenarios_by_rule()
    assert found["ND107.PHO.PHONG"]["features/cap_pho.feature"] >= 1
    assert "features/quy_tac/nd370_pho_thu_bac.feature" in found["ND370.PHO.THU_BAC"]


def test_conformance_command_writes_the_file(tmp_path, capsys):
    out = tmp_path / "conformance.md"
    assert main(["rules", "conformance", "--out", str(out)]) == 0
    assert out.read_text(encoding="utf-8") == conformance_text(CATALOGUE)
    assert "đã ghi bảng đối chiếu" in capsys.readouterr().out
    assert main(["rules", "conformance", "--out", str(out), "--lang", "en"]) == 0
    assert "conformance matrix written" in capsys.readouterr().out
