"""Bước Gherkin tiếng Việt dùng chung: compliance/gherkin_steps.py (được nạp như một plugin pytest)."""

import pytest

pytest_plugins = ["compliance.gherkin_steps"]


@pytest.fixture(autouse=True)
def _wide_terminal(monkeypatch):
    """Reports are read at a wide terminal (as before terminal fitting) unless a test sets COLUMNS itself:
    tests of content should not depend on where the table wraps (tests/test_render_formats.py tests that)."""
    monkeypatch.setenv("COLUMNS", "250")
