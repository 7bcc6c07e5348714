"""Bước Gherkin tiếng Việt dùng chung: compliance/gherkin_steps.py (được nạp như một plugin pytest)."""

pytest_plugins = ["compliance.gherkin_steps"]
