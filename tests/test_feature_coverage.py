"""Kiểm tra tĩnh: mỗi quy tắc của rules/*.yaml được đặc tả bằng Gherkin, cả khi vi phạm lẫn khi không.

Static check: every rule in the catalogue is specified in the feature file its `feature:` field
names, by at least one scenario (or example row) that expects it to FIRE and one that asserts it
does NOT fire. Feature files are read with pytest-bdd's own parser and every `Khung kịch bản` is
rendered once per example row, exactly as pytest-bdd runs it; step sentences are classified with
the same regular expressions as the step library (compliance/gherkin_steps.py), so the two cannot drift.

  fires       a row of «kết quả gồm đúng các phát hiện» or «bảng so sánh gồm đúng», «có phát hiện "X" tại "…"»,
              «phát hiện "X" tại "…" ghi "…"»
  not firing  «không có phát hiện "X"» (± tại "…"), or X named in «chỉ xét các quy tắc "…"» while the
              scenario expects no row of X («kết quả gồm đúng…» without X, «không có phát hiện nào»,
              «có đúng 0 phát hiện»)
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from pathlib import Path

import pytest
from pytest_bdd.gherkin_parser import get_gherkin_document
from pytest_bdd.parser import FeatureParser

from compliance.catalogue import load_catalogue
from compliance.gherkin_steps import DIFF_COLUMNS, FINDING_COLUMNS, match_step, table_records
from compliance.text import nfc

ROOT = Path(__file__).resolve().parent.parent
FEATURES = ROOT / "features"
CATALOGUE = load_catalogue()
CODES = {r.code for r in CATALOGUE.rules}
CODE_IN_TITLE = re.compile(r"^\s*([A-Z][A-Z0-9]*(?:\.[A-Z0-9_]+)+)\b")


@dataclass
class Evidence:
    fires: dict[str, list[str]] = field(default_factory=lambda: defaultdict(list))
    silent: dict[str, list[str]] = field(default_factory=lambda: defaultdict(list))
    unknown_steps: list[str] = field(default_factory=list)
    unknown_codes: list[str] = field(default_factory=list)
    rule_titles: list[tuple[str, int]] = field(default_factory=list)   # (code in a Quy tắc title, line)
    scenarios: int = 0


def feature_files() -> list[Path]:
    return sorted(FEATURES.rglob("*.feature"))


def _codes(text: str) -> list[str]:
    return [nfc(p).strip() for p in text.split(",") if p.strip()]


def _rule_titles(path: Path) -> list[tuple[str, int]]:
    doc = get_gherkin_document(str(path))
    out = []
    for child in doc.feature.children:
        if child.rule is not None:
            m = CODE_IN_TITLE.match(child.rule.name)
            if m:
                out.append((m.group(1), child.rule.location.line))
    return out


def _raw_scenario_names(path: Path) -> list[str]:
    doc = get_gherkin_document(str(path))
    names = []
    for child in doc.feature.children:
        if child.scenario is not None:
            names.append(child.scenario.name)
        elif child.rule is not None:
            names += [c.scenario.name for c in child.rule.children if c.scenario is not None]
    return names


def analyse(path: Path) -> Evidence:
    ev = Evidence(rule_titles=_rule_titles(path))
    rel = path.relative_to(ROOT).as_posix()
    feature = FeatureParser(str(path.parent), path.name).parse()
    for template in feature.scenarios.values():
        contexts = [ctx for ex in template.examples for ctx in ex.as_contexts()] or [{}]
        for ctx in contexts:
            scenario = template.render(ctx)
            ev.scenarios += 1
            where = f"{rel}:{template.line_number} «{scenario.name}»"
            scope: set[str] | None = None
            exact: set[str] | None = None
            expects_none = False

            def note(kind: dict, code: str) -> None:
                if code not in CODES:
                    ev.unknown_codes.append(f"{code} ({where})")
                kind[code].append(where)

            for step in scenario.steps:
                matched = match_step(step.name)
                if matched is None:
                    ev.unknown_steps.append(f"{rel}:{step.line_number}: {step.keyword} {step.name}")
                    continue
                name, args = matched
                if name == "pham_vi":
                    scope = (scope or set()) | set(_codes(args["ma"]))
                    for code in _codes(args["ma"]):
                        if code not in CODES:
                            ev.unknown_codes.append(f"{code} ({where})")
                elif name == "dung":
                    rows = table_records(step.datatable.raw(), FINDING_COLUMNS, "phát hiện mong đợi")
                    exact = (exact or set()) | {nfc(r.get("code", "")).strip() for r in rows}
                    for r in rows:
                        note(ev.fires, nfc(r.get("code", "")).strip())
                elif name == "bang_so_sanh":   # a before/after table: its rows fire, the rest of the scope does not
                    rows = table_records(step.datatable.raw(), DIFF_COLUMNS, "so sánh")
                    exact = (exact or set()) | {nfc(r.get("code", "")).strip() for r in rows}
                    for r in rows:
                        note(ev.fires, nfc(r.get("code", "")).strip())
                elif name in ("co_ma_tai", "ghi"):
                    note(ev.fires, nfc(args["ma"]).strip())
                elif name in ("khong_ma", "khong_ma_tai"):
                    note(ev.silent, nfc(args["ma"]).strip())
                elif name == "khong_nao" or (name == "dem" and int(args["so"]) == 0):
                    expects_none = True
            if scope:
                quiet = set(scope) if expects_none else (scope - exact if exact is not None else set())
                for code in quiet:
                    ev.silent[code].append(where)
    return ev


@pytest.fixture(scope="module")
def evidence() -> dict[str, Evidence]:
    return {path.relative_to(ROOT).as_posix(): analyse(path) for path in feature_files()}


def test_features_exist_and_are_vietnamese():
    files = feature_files()
    assert files, f"không có tệp .feature nào trong {FEATURES}"
    for path in files:
        first = path.read_text(encoding="utf-8").lstrip("\ufeff").splitlines()[0].strip()
        assert first == "# language: vi", f"{path.name}: dòng đầu phải là «# language: vi», gặp «{first}»"


def test_each_feature_keeps_decomposed_unicode_rows():
    """Each family has a scenario typed in NFD; an editor that re-saves the file as NFC would silently
    turn that scenario into a copy of its NFC twin."""
    for path in feature_files():
        text = path.read_text(encoding="utf-8")
        assert text != unicodedata.normalize("NFC", text), (
            f"{path.name}: không còn dòng nào gõ dạng tổ hợp (NFD); kịch bản «… gõ dạng NFD» đã bị chuẩn hóa")


def test_scenario_names_are_unique_per_file():
    """pytest-bdd keeps scenarios in a dict by name: a duplicate name silently drops a scenario."""
    for path in feature_files():
        dupes = [n for n, k in Counter(_raw_scenario_names(path)).items() if k > 1]
        assert not dupes, f"{path.name}: tên kịch bản trùng (pytest-bdd sẽ bỏ mất kịch bản): {dupes}"


def test_every_step_is_in_the_step_library(evidence):
    unknown = [s for ev in evidence.values() for s in ev.unknown_steps]
    if unknown:
        pytest.fail("Câu bước không có trong thư viện compliance/gherkin_steps.py (xem docs/buoc-gherkin.md):\n"
                    + "\n".join(unknown), pytrace=False)


def test_every_rule_code_in_features_exists(evidence):
    unknown = [c for ev in evidence.values() for c in ev.unknown_codes]
    if unknown:
        pytest.fail("Mã quy tắc không có trong rules/*.yaml:\n" + "\n".join(unknown), pytrace=False)


def test_rule_blocks_are_in_the_file_their_rule_names(evidence):
    problems = []
    for rel, ev in evidence.items():
        for code, line in ev.rule_titles:
            rule = CATALOGUE.by_code(code)
            if rule is None:
                problems.append(f"{rel}:{line}: «Quy tắc: {code}» — mã không có trong rules/*.yaml")
            elif rule.feature != rel:
                problems.append(f"{rel}:{line}: «Quy tắc: {code}» thuộc {rule.feature} (trường feature: của "
                                f"{rule.file})")
    if problems:
        pytest.fail("\n".join(problems), pytrace=False)


@pytest.mark.parametrize("code", sorted(CODES))
def test_rule_is_specified_firing_and_not_firing(code, evidence):
    rule = CATALOGUE.by_code(code)
    target = rule.feature
    head = f"Quy tắc {code} ({rule.file}, feature: {target})"
    assert (ROOT / target).is_file(), f"{head}: tệp {target} không tồn tại"
    ev = evidence.get(target)
    assert ev is not None, f"{head}: {target} không nằm trong thư mục features/"
    problems = []
    if not any(c == code for c, _ in ev.rule_titles):
        problems.append(f"không có khối «Quy tắc: {code} — …»")
    if not ev.fires.get(code):
        problems.append(f"không có kịch bản nào mong đợi quy tắc VI PHẠM (một dòng {code} trong bảng «kết quả "
                        f"gồm đúng các phát hiện», hoặc «Thì có phát hiện \"{code}\" tại \"…\"»)")
    if not ev.silent.get(code):
        problems.append(f"không có kịch bản nào khẳng định quy tắc KHÔNG vi phạm («Thì không có phát hiện "
                        f"\"{code}\"», hoặc «chỉ xét các quy tắc \"{code}\"» mà không mong đợi dòng nào của nó)")
    if problems:
        pytest.fail(f"{head}:\n  " + "\n  ".join(problems), pytrace=False)
