"""The corpus of malformed inputs (tests/bad_inputs/, written by make_corpus.py): every file is
refused with exit code 2, a Vietnamese message naming the file, the line or field, and the problem;
no traceback and no report on stdout."""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
import tracemalloc
from pathlib import Path

import pytest

from compliance.catalogue import load_catalogue
from compliance.cli import main
from compliance.messages import MESSAGES, InputError
from compliance.source import MAX_BYTES

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "tests" / "bad_inputs"
CASES = json.loads((CORPUS / "cases.json").read_text(encoding="utf-8"))
ORG_CASES = [c for c in CASES if c["file"].startswith("org/")]
RULE_CASES = [c for c in CASES if c["file"].startswith("rules/")]
PROPOSAL_CASES = [c for c in CASES if c["file"].startswith("proposal/")]
REGIMES = ("regimes:\n  - code: THU\n    name: {vi: Thử, en: Test}\n    in_force: {from: 2020-01-01}\n"
           "    documents: [Văn bản thử]\n")


def problem_pattern(key: str, lang: str = "vi") -> re.Pattern:
    """A message's template as a pattern: its fixed words in order, anything in place of a placeholder."""
    parts = re.split(r"\{\w+(?:![rs])?\}", MESSAGES[key][lang == "en"])
    return re.compile("(?s:.*?)".join(re.escape(p) for p in parts))


VIETNAMESE_ONLY = re.compile("[ăâđêôơưàảãáạằẳẵắặầẩẫấậèẻẽéẹềểễếệìỉĩíịòỏõóọồổỗốộờởỡớợùủũúụừửữứựỳỷỹýỵ]", re.IGNORECASE)


def assert_located(err: str, case: dict, name: str) -> None:
    assert "Traceback" not in err and "lỗi nội bộ" not in err, err
    assert name in err, err
    assert problem_pattern(case["key"]).search(err), (case["key"], err)
    if case["line"]:
        assert re.search(rf"{re.escape(name)}, dòng {case['line']}\b", err), (case["line"], err)
    for text in case["also"]:
        assert text in err, (text, err)


def test_corpus_is_what_the_script_writes():
    sys.path.insert(0, str(CORPUS))
    try:
        import make_corpus
    finally:
        sys.path.remove(str(CORPUS))
    cases = make_corpus.build()
    assert len(cases) >= 400
    assert [{k: v for k, v in c.items() if k != "content"} for c in cases] == CASES
    for c in cases:
        assert (CORPUS / c["file"]).read_bytes() == make_corpus.as_bytes(c["content"]), c["file"]


@pytest.mark.parametrize("case", ORG_CASES, ids=[c["file"] for c in ORG_CASES])
def test_organization_file_is_refused(case, capsys):
    path = CORPUS / case["file"]
    code = main(["check", str(path)])
    out, err = capsys.readouterr()
    assert code == 2 and out == "", (code, out[:300], err)
    assert_located(err, case, str(path))


@pytest.mark.parametrize("case", PROPOSAL_CASES, ids=[c["file"] for c in PROPOSAL_CASES])
@pytest.mark.parametrize("command", ["check", "diff"])
def test_proposal_is_refused(case, command, capsys):
    """Refused by `check` and `diff` alike, in Vietnamese and in English, the operation's details included."""
    path = CORPUS / case["file"]
    code = main([command, str(path)])
    out, err = capsys.readouterr()
    assert code == 2 and out == "", (code, out[:300], err)
    assert_located(err, case, str(path))
    code = main([command, str(path), "--lang", "en"])
    out, en = capsys.readouterr()
    assert code == 2 and out == "", (code, out[:300], en)
    assert problem_pattern(case["key"], "en").search(en), (case["key"], en)
    for key in case.get("detail", []):
        assert problem_pattern(key, "vi").search(err), (key, err)
        assert problem_pattern(key, "en").search(en), (key, en)


@pytest.mark.parametrize("case", RULE_CASES, ids=[c["file"] for c in RULE_CASES])
def test_rule_file_is_refused(case, tmp_path):
    """Loaded as a folder of rules: a .feature in its quy_tac/, a che-do-*.yaml as its regimes file. The
    details (why a rule is wrong) are worded in the language asked for, Vietnamese or English."""
    name = Path(case["file"]).name
    if name.endswith(".feature"):
        name = f"quy_tac/{name}"
        (tmp_path / "quy_tac").mkdir()
    elif name.startswith("che-do"):
        name = "che-do.yaml"
    shutil.copy(CORPUS / case["file"], tmp_path / name)
    if name != "che-do.yaml":
        (tmp_path / "che-do.yaml").write_text(REGIMES, encoding="utf-8")
    with pytest.raises(InputError) as info:
        load_catalogue(tmp_path)
    assert case["key"] in {p.key for p in info.value.problems}
    vi, en = info.value.render("vi"), info.value.render("en")
    assert_located(vi, case, f"rules/{name}")
    for key in case.get("detail", []):
        assert problem_pattern(key, "vi").search(vi), (key, vi)
        assert problem_pattern(key, "en").search(en), (key, en)
    if name.endswith(".yaml") and case.get("detail"):   # English throughout, but for the values quoted
        assert not VIETNAMESE_ONLY.search(re.sub(r"'[^']*'", "", en)), en


SUBPROCESS_CASES = ["org/cu-phap-unclosed-flow-seq.yaml", "org/bom-alias-10x9.yaml", "org/long-sau-flow-seq.yaml",
                    "org/nhi-phan-ngau-nhien-0.yaml", "org/utf16-le-am.yaml", "org/vong-lap-5.yaml",
                    "org/long-sau-json.json", "org/so-bien_che-rat-lon.yaml"]


@pytest.mark.parametrize("file", SUBPROCESS_CASES)
def test_through_a_real_process(file):
    case = next(c for c in ORG_CASES if c["file"] == file)
    path = CORPUS / file
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    done = subprocess.run([sys.executable, "-m", "compliance", "check", str(path)], capture_output=True, cwd=ROOT,
                          env=env, timeout=60)
    err = done.stderr.decode("utf-8")
    assert done.returncode == 2 and done.stdout == b"", (done.returncode, err)
    assert_located(err, case, str(path))


def test_file_over_the_size_limit_is_refused_without_reading_it(tmp_path, capsys):
    path = tmp_path / "lon.yaml"
    with path.open("wb") as f:  # 100 MB: a sparse tail after a valid beginning
        f.write(b"jurisdiction: {name: T, class: loai_1, as_of: 2023-09-08}\nunits:\n")
        f.truncate(100 * 2**20)
    assert path.stat().st_size > MAX_BYTES
    tracemalloc.start()
    try:
        code = main(["check", str(path)])
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    out, err = capsys.readouterr()
    assert code == 2 and out == ""
    assert f"{path}: tệp quá lớn (100.0 MB, tối đa {MAX_BYTES // 2**20} MB)" in err
    assert peak < 20 * 2**20, peak
