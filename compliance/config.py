"""Project defaults: `orgcheck.toml` in the working directory, else `[tool.orgcheck]` in its pyproject.toml.

Command-line flags override the file, the file overrides orgcheck's defaults; `orgcheck config`
shows each value and where it came from. Keys are the long option names (`fail-on`, `select`, …).
"""

from __future__ import annotations

import difflib
import tomllib
from dataclasses import dataclass, field
from pathlib import Path

from .messages import InputError, Problem, os_reason

DEFAULTS: dict[str, object] = {"lang": "vi", "format": "table", "fail-on": "error", "select": [], "ignore": [],
                               "rules": None, "waivers": None}
CHOICES = {"lang": ("vi", "en"), "format": ("table", "json", "markdown"), "fail-on": ("error", "warning", "never")}
LISTS = ("select", "ignore")
PATHS = ("rules", "waivers")   # relative to the configuration file's folder


@dataclass
class Config:
    values: dict[str, object] = field(default_factory=lambda: dict(DEFAULTS))
    origin: dict[str, str] = field(default_factory=lambda: {k: "default" for k in DEFAULTS})
    file: str | None = None

    def set_from_cli(self, key: str, value) -> None:
        if value is not None and value != []:
            self.values[key], self.origin[key] = value, "cli"

    def get(self, key: str):
        return self.values[key]


def find_config(folder: Path) -> tuple[Path, dict] | None:
    """(file, table) of the first configuration found in `folder`, or None."""
    own = folder / "orgcheck.toml"
    if own.is_file():
        return own, _read(own)
    pyproject = folder / "pyproject.toml"
    if pyproject.is_file():
        table = _read(pyproject).get("tool", {}).get("orgcheck")
        if table is not None:
            return pyproject, table
    return None


def _read(path: Path) -> dict:
    try:
        raw = path.read_bytes()
        if len(raw) > 1_000_000:
            raise InputError([Problem(str(path), None, "file_too_large", {"size": len(raw) // 1_000_000, "limit": 1})])
        return tomllib.loads(raw.decode("utf-8"))
    except UnicodeDecodeError as exc:
        raise InputError([Problem(str(path), None, "bad_encoding", {"offset": exc.start})]) from None
    except tomllib.TOMLDecodeError as exc:
        line = getattr(exc, "lineno", None)
        raise InputError([Problem(str(path), line, "config_syntax", {"reason": _toml_reason(str(exc))})]) from None
    except OSError as exc:
        raise InputError([Problem(str(path), None, "file_unreadable", {"reason": os_reason(exc)})]) from None


def _toml_reason(text: str) -> str:
    """tomllib says where (line, column) in English after the reason; the line is given separately."""
    return text.split(" (at ")[0]


def load_config(folder: Path | None = None) -> Config:
    config = Config()
    found = find_config(folder or Path.cwd())
    if found is None:
        return config
    path, table = found
    shown = path.name if path.parent == Path.cwd() else str(path)
    config.file = shown
    origin = f"{shown} [tool.orgcheck]" if path.name == "pyproject.toml" else shown
    problems = []
    for key, value in table.items():
        if key not in DEFAULTS:
            close = difflib.get_close_matches(key, list(DEFAULTS), n=1)
            problems.append(Problem(shown, None, "config_unknown_key",
                                    {"key": key, "suggestion": close[0] if close else ", ".join(DEFAULTS)}))
            continue
        if key in LISTS:
            if isinstance(value, str):
                value = [value]
            if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
                problems.append(Problem(shown, None, "config_bad_value", {"key": key, "expected": "list"}))
                continue
        elif not isinstance(value, str) or not value.strip():
            problems.append(Problem(shown, None, "config_bad_value", {"key": key, "expected": "text"}))
            continue
        elif key in CHOICES and value not in CHOICES[key]:
            problems.append(Problem(shown, None, "config_bad_choice",
                                    {"key": key, "value": value, "choices": ", ".join(CHOICES[key])}))
            continue
        elif key in PATHS:
            value = str((path.parent / value)) if not Path(value).is_absolute() else value
        config.values[key], config.origin[key] = value, origin
    if problems:
        raise InputError(problems)
    return config
