"""Rendering: one result record (CheckResult, DiffResult, PlanResult and their Findings), one module per
format. `render`, `render_diff`, `render_plan` pick the module by format name. Human-readable formats
pass through `text.printable`: names from a hostile file cannot carry terminal escapes or bidi overrides."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..text import printable

if TYPE_CHECKING:
    from ..check import CheckResult, PlanResult
    from ..diff import DiffResult

TEXT_FORMATS = ("table", "json", "markdown")


def render(result: CheckResult, fmt: str = "table", lang: str = "vi") -> str:
    if fmt == "json":
        from .json import render_json
        return render_json(result, lang)
    from .text import render_check
    return printable(render_check(result, fmt, lang))


def render_diff(d: DiffResult, fmt: str = "table", lang: str = "vi") -> str:
    if fmt == "json":
        from .json import render_diff_json
        return render_diff_json(d, lang)
    from .text import render_diff as text_diff
    return printable(text_diff(d, fmt, lang))


def render_plan(result: PlanResult, fmt: str = "table", lang: str = "vi") -> str:
    if fmt == "json":
        from .json import render_plan_json
        return render_plan_json(result, lang)
    from .text import render_plan as text_plan
    return printable(text_plan(result, fmt, lang))
