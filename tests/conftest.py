"""Bước Gherkin tiếng Việt dùng chung: tests/steps_vi.py (được nạp như một plugin pytest)."""

pytest_plugins = ["tests.steps_vi"]
