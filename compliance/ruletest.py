"""`orgcheck rules test [FILE…]`: run the scenarios of Gherkin rule files and report in Vietnamese.

The rules of the files under test are compiled into the catalogue in place of the live version of the
same file (a draft copy of features/quy_tac/x.feature replaces x.feature; with --rules DIR, the rules of DIR), then pytest-bdd runs their
scenarios in-process with the step library (compliance/gherkin_steps.py) and a reporter plugin that
keeps the step errors; pytest's own output is discarded. Before running, every scenario step is
matched against the step library and every scenario table header checked, so an unknown step or a
bad column is an input error (exit 2) that names the file, line and the closest known steps.
Needs the test extras (pytest, pytest-bdd).
"""

from __future__ import annotations

import contextlib
import difflib
import io
import secrets
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

from .catalogue import gherkin_rule_files, load_catalogue
from .messages import InputError, Message, Problem
from .model import RULES_DIR
from .text import nfc

ROOT = RULES_DIR.parent


@dataclass
class Outcome:
    file: str
    name: str
    line: int
    passed: bool = True
    failed_step: tuple[int, str] | None = None   # line and text of the step that failed
    detail: list[str] = field(default_factory=list)


def _steps_library():
    try:
        import pytest  # noqa: F401

        from . import gherkin_steps
    except ImportError as exc:
        raise InputError([Problem("rules test", None, "rules_test_package", {"name": exc.name})]) from None
    return gherkin_steps


def _rel(path: Path) -> str:
    path = path.resolve()
    return path.relative_to(ROOT).as_posix() if path.is_relative_to(ROOT) else str(path)


def _check_steps(paths: list[Path], steps) -> None:
    """Every step known and every scenario table readable — before anything runs."""
    from pytest_bdd.parser import FeatureParser

    tables = {"co_cau": (steps.UNIT_COLUMNS, "cơ cấu tổ chức"), "co_cau_them": (steps.UNIT_COLUMNS, "cơ cấu tổ chức"),
              "nhiem_vu": (steps.TASK_COLUMNS, "các nhiệm vụ"), "danh_muc": (steps.FUNCTION_COLUMNS, "danh mục chức năng"),
              "quyet_dinh": (steps.CAP_COLUMNS, "trần cấp phó"), "dung": (steps.FINDING_COLUMNS, "phát hiện mong đợi")}
    examples = list(steps.EXAMPLES.values())
    problems: list[Problem] = []
    for path in paths:
        rel = _rel(path)
        feature = FeatureParser(str(path.parent), path.name).parse()
        done: set[int] = set()
        for template in feature.scenarios.values():
            contexts = [ctx for ex in template.examples for ctx in ex.as_contexts()] or [{}]
            for ctx in contexts:
                for step in template.render(ctx).steps:
                    if step.line_number in done:
                        continue
                    done.add(step.line_number)
                    matched = steps.match_step(step.name)
                    if matched is None:
                        close = difflib.get_close_matches(step.name, examples, n=3, cutoff=0.3)
                        problems.append(Problem(rel, step.line_number, "gherkin_step",
                                                {"step": f"{step.keyword} {step.name}",
                                                 "close": "; ".join(f"«{c}»" for c in close) or Message("gherkin_no_close")}))
                    elif matched[0] in tables and step.datatable is not None:
                        columns, what = tables[matched[0]]
                        problems += _check_header(rel, step, columns, what)
    if problems:
        raise InputError(problems)


def _check_header(rel: str, step, columns: dict, what: str) -> list[Problem]:
    rows = step.datatable.rows
    if not rows:
        return []
    lookup = {" ".join(nfc(k).casefold().split()) for k in columns} | set(columns.values())
    seen, out = set(), []
    for i, cell in enumerate(rows[0].cells, start=1):
        name = nfc(cell.value).strip()
        key = " ".join(name.casefold().split())
        where = {"what": what, "row": Message("table_header_row"), "column": f"{i} «{name}»"}
        if key not in lookup:
            out.append(Problem(rel, rows[0].location.line, "gherkin_table",
                               where | {"reason": Message("table_column_unknown", {"choices": ", ".join(columns)})}))
        elif key in seen:
            out.append(Problem(rel, rows[0].location.line, "gherkin_table", where | {"reason": Message("table_column_twice")}))
        seen.add(key)
    return out


class _Reporter:
    """pytest plugin: one Outcome per scenario (or example row), with the failing step's own message."""

    def __init__(self):
        self.outcomes: dict[str, Outcome] = {}
        self.errors: list[str] = []

    def pytest_bdd_before_scenario(self, request, feature, scenario):
        self.outcomes[request.node.nodeid] = Outcome(_rel(Path(feature.filename)), scenario.name, scenario.line_number)

    def pytest_bdd_step_error(self, request, feature, scenario, step, step_func, step_func_args, exception):
        out = self.outcomes[request.node.nodeid]
        out.passed = False
        message = str(exception) if isinstance(exception, AssertionError) else f"{type(exception).__name__}: {exception}"
        out.failed_step = (step.line_number, f"{step.keyword} {step.name}")
        out.detail += message.splitlines()

    def pytest_runtest_logreport(self, report):
        out = self.outcomes.get(report.nodeid)
        if report.failed and out is not None and out.passed:
            out.passed = False
            out.detail.append(str(report.longrepr).strip().splitlines()[-1])
        elif report.failed and out is None:
            self.errors.append(str(report.longrepr).strip().splitlines()[-1])

    def pytest_collectreport(self, report):
        if report.failed:
            self.errors.append(str(report.longrepr).strip().splitlines()[-1])


def run(files: list[str], lang: str = "vi", directory: Path = RULES_DIR, shown: str = "rules") -> tuple[str, int]:
    """The scenarios of `files` (default: every Gherkin rule file of the rules folder `directory`)."""
    return _render(run_outcomes(files, directory, shown), lang)


def run_outcomes(files: list[str], directory: Path = RULES_DIR, shown: str = "rules") -> list[Outcome]:
    """One Outcome per scenario (or example row) of `files`; the web workbench's rule editor shows them."""
    steps = _steps_library()
    own = [p.resolve() for p in gherkin_rule_files(directory)]
    paths = [Path(f).resolve() for f in files] or own
    missing = [Problem(f, None, "file_missing") for f in files if not Path(f).is_file()]
    if missing:
        raise InputError(missing)
    names = {p.name for p in paths}
    live = [p for p in own if p.name not in names]
    catalogue = load_catalogue(directory, live + paths, shown)
    _check_steps(paths, steps)
    reporter = _Reporter()
    import pytest

    with tempfile.TemporaryDirectory(prefix="orgcheck-rules-test-") as tmp:
        # a new module name each run: a long-lived process (the web workbench) runs many drafts
        module = Path(tmp) / f"test_quy_tac_{secrets.token_hex(8)}.py"
        module.write_text("from pytest_bdd import scenarios\n\nscenarios(" +
                          ", ".join(repr(str(p)) for p in paths) + ")\n", encoding="utf-8")
        (Path(tmp) / "pytest.ini").write_text("[pytest]\n", encoding="utf-8")
        steps.use_catalogue(catalogue)
        sink = io.StringIO()
        try:
            with contextlib.redirect_stdout(sink), contextlib.redirect_stderr(sink):
                pytest.main([str(module), "-c", str(Path(tmp) / "pytest.ini"), "--rootdir", tmp, "-q",
                             "-p", "no:cacheprovider", "-p", "compliance.gherkin_steps", "-W", "ignore"], plugins=[reporter])
        finally:
            steps.use_catalogue(None)
    if reporter.errors:
        raise InputError([Problem("rules test", None, "rules_test_setup", {"reason": e}) for e in reporter.errors])
    return list(reporter.outcomes.values())


def _render(outcomes: list[Outcome], lang: str) -> tuple[str, int]:
    en = lang == "en"
    ok, bad = ("passed", "FAILED") if en else ("đạt", "KHÔNG ĐẠT")
    lines, current = [], None
    for o in sorted(outcomes, key=lambda o: (o.file, o.line)):   # stable: example rows keep their order
        if o.file != current:
            lines += ([""] if current else []) + [o.file]
            current = o.file
        lines.append(f"  {ok if o.passed else bad:9} {o.name} ({'line' if en else 'dòng'} {o.line})")
        if o.failed_step:
            lines.append(f"      {'Failing step (line' if en else 'Bước lỗi (dòng'} {o.failed_step[0]}): {o.failed_step[1]}")
        lines += [f"      {d}" for d in o.detail]
    failed = sum(not o.passed for o in outcomes)
    total = len(outcomes)
    lines += ["", (f"{total} scenarios: {total - failed} passed, {failed} failed." if en else
                   f"{total} kịch bản: {total - failed} đạt, {failed} không đạt.")]
    return "\n".join(lines) + "\n", (1 if failed or not total else 0)
