"""The ten worked examples of docs/viet-rule-authoring.md (section 9) are rule files: each is written into a
rules folder of its own and `rules test --rules` runs its scenarios; all must pass."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
GUIDE = ROOT / "docs" / "viet-rule-authoring.md"


def examples() -> list[str]:
    text = GUIDE.read_text(encoding="utf-8")
    section = text[text.index("## 9. Mười ví dụ"):]
    return re.findall(r"```gherkin\n(.*?)```", section, flags=re.S)


def test_the_guide_has_ten_worked_examples_and_each_passes_rules_test(tmp_path):
    found = examples()
    assert len(found) == 10
    folder = tmp_path / "vi-du" / "quy_tac"
    folder.mkdir(parents=True)
    for i, text in enumerate(found, start=1):
        (folder / f"vd{i:02}.feature").write_text(text, encoding="utf-8")
    done = subprocess.run([sys.executable, "-m", "compliance", "rules", "test", "--rules", str(folder.parent)],
                          capture_output=True, text=True, cwd=ROOT)
    assert done.returncode == 0, done.stdout + done.stderr
    assert re.search(r"(\d+) kịch bản: \1 đạt, 0 không đạt\.", done.stdout), done.stdout
    assert all(f"vd{i:02}.feature" in done.stdout for i in range(1, 11))
