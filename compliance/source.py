"""Reading untrusted YAML/JSON files safely, remembering the line of every value.

Only PyYAML's SafeLoader is used (no Python object tags). Duplicate keys, alias bombs and
deep nesting are reported as problems instead of being silently accepted or crashing.
"""

from __future__ import annotations

import json
from pathlib import Path

import yaml

from .messages import InputError, Problem
from .text import nfc

# libyaml's parser when PyYAML was built with it (same safe subset, ~10× faster); composing only:
# nodes are turned into data by _Builder below, never by a constructor that could run code.
_FAST_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
MAX_BYTES = 50 * 1024 * 1024
MAX_NODES = 2_000_000
MAX_DEPTH = 200

Path_ = tuple  # path of keys/indexes from the document root, e.g. ("units", 3, "parent")


class SourceMap:
    """Where each value of a document came from: file name and 1-based line."""

    def __init__(self, file: str, lines: dict[Path_, int] | None = None):
        self.file = file
        self.lines = lines or {}

    def line(self, path: Path_) -> int | None:
        path = tuple(path)
        while path:
            if path in self.lines:
                return self.lines[path]
            path = path[:-1]
        return self.lines.get((), None)

    def problem(self, key: str, path: Path_ = (), unit: str | None = None, **params) -> Problem:
        return Problem(self.file, self.line(path), key, params, unit, format_path(path))


def format_path(path: Path_) -> str:
    out = ""
    for part in path:
        out += f"[{part}]" if isinstance(part, int) else (f".{part}" if out else str(part))
    return out


def decode(raw: bytes, file: str) -> str:
    if raw.startswith(b"\xef\xbb\xbf"):
        raw = raw[3:]
    elif raw.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            text = raw.decode("utf-16")
        except UnicodeDecodeError as exc:
            raise InputError([Problem(file, None, "bad_encoding", {"offset": exc.start})]) from None
        return nfc(_no_nul(text, file).replace("\r\n", "\n"))
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = raw[: exc.start].count(b"\n") + 1
        raise InputError([Problem(file, line, "bad_encoding", {"offset": exc.start})]) from None
    return nfc(_no_nul(text, file).replace("\r\n", "\n"))


def _no_nul(text: str, file: str) -> str:
    """NUL is never in text: UTF-16/32 read with the wrong width, or binary data."""
    if "\x00" in text:
        at = text.index("\x00")
        raise InputError([Problem(file, text[:at].count("\n") + 1, "bad_encoding", {"offset": at})])
    return text


def read_document(path: str | Path, display_name: str | None = None) -> tuple[object, SourceMap]:
    """Read a YAML or JSON file into plain Python data plus its SourceMap."""
    path = Path(path)
    file = display_name or str(path)
    if path.suffix.lower() not in (".yaml", ".yml", ".json"):
        raise InputError([Problem(file, None, "bad_extension")])
    try:
        size = path.stat().st_size
        if size > MAX_BYTES:
            raise InputError([Problem(file, None, "file_too_large",
                                      {"size": round(size / 2**20, 1), "limit": MAX_BYTES // 2**20})])
        raw = path.read_bytes()
    except FileNotFoundError:
        raise InputError([Problem(file, None, "file_missing")]) from None
    except (IsADirectoryError, PermissionError, OSError) as exc:
        if isinstance(exc, InputError):
            raise
        raise InputError([Problem(file, None, "file_unreadable", {"reason": exc.strerror or str(exc)})]) from None
    return parse_text(decode(raw, file), file, is_json=path.suffix.lower() == ".json")


def parse_text(text: str, file: str, is_json: bool = False) -> tuple[object, SourceMap]:
    if not text.strip():
        raise InputError([Problem(file, None, "file_empty")])
    try:
        return _parse_yaml(text, file)
    except InputError as exc:
        if not is_json or any(p.key != "syntax" for p in exc.problems):
            raise
    # JSON that PyYAML's YAML 1.1 reader rejects (e.g. tabs): plain JSON, without line numbers.
    return _parse_json(text, file), SourceMap(file)


def _parse_json(text: str, file: str) -> object:
    problems: list[Problem] = []

    def pairs(items):
        seen: dict = {}
        for key, value in items:
            if key in seen:
                problems.append(Problem(file, None, "duplicate_key", {"key": key, "first": "?"}))
            seen[key] = value
        return seen

    try:
        data = json.loads(text, object_pairs_hook=pairs)
    except json.JSONDecodeError as exc:
        raise InputError([Problem(file, exc.lineno, "syntax", {"fmt": "JSON", "reason": exc.msg})]) from None
    except RecursionError:
        raise InputError([Problem(file, None, "too_deep", {"limit": MAX_DEPTH})]) from None
    if problems:
        raise InputError(problems)
    return data


def _parse_yaml(text: str, file: str) -> tuple[object, SourceMap]:
    try:
        node = yaml.compose(text, Loader=_FAST_LOADER)
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        reason = exc.problem or str(exc)
        key = "too_deep" if "nesting depth" in reason else "syntax"  # libyaml's own depth limit
        raise InputError([Problem(file, mark.line + 1 if mark else None, key,
                                  {"fmt": "YAML", "reason": reason, "limit": MAX_DEPTH})]) from None
    except yaml.reader.ReaderError as exc:  # a character YAML forbids, e.g. a control character
        before = text.encode("utf-8")[: exc.position] if _FAST_LOADER is not yaml.SafeLoader \
            else text[: exc.position]   # libyaml counts bytes of UTF-8, PyYAML characters
        line = before.count(b"\n" if isinstance(before, bytes) else "\n") + 1
        raise InputError([Problem(file, line, "bad_character",
                                  {"code": f"U+{exc.character:04X}" if isinstance(exc.character, int)
                                   else repr(exc.character)})]) from None
    except yaml.YAMLError as exc:
        raise InputError([Problem(file, None, "syntax", {"fmt": "YAML", "reason": str(exc)})]) from None
    except RecursionError:
        raise InputError([Problem(file, None, "too_deep", {"limit": MAX_DEPTH})]) from None
    if node is None:
        raise InputError([Problem(file, None, "file_empty")])
    if _expanded_size(node) > MAX_NODES:  # refuse alias bombs before expanding them
        raise InputError([Problem(file, None, "too_many_nodes", {"limit": MAX_NODES})])
    builder = _Builder(file)
    data = builder.build(node, (), 0)
    if builder.problems:
        raise InputError(builder.problems)
    return data, SourceMap(file, builder.lines)


def _expanded_size(root: yaml.Node) -> int:
    """Number of nodes once every alias is expanded, in time linear in the distinct nodes.
    A recursive alias counts once here; the depth limit stops it while building."""
    sizes: dict[int, int] = {}
    started: set[int] = set()
    stack = [root]
    while stack:
        node = stack[-1]
        children = [] if isinstance(node, yaml.ScalarNode) else (
            [value for _, value in node.value] if isinstance(node, yaml.MappingNode) else node.value)  # as _Builder counts
        if id(node) not in started:
            started.add(id(node))
            stack.extend(c for c in children if id(c) not in started)
            continue
        stack.pop()
        if id(node) not in sizes:
            sizes[id(node)] = 1 + sum(sizes.get(id(c), 1) for c in children)
    return sizes[id(root)]


_PLAIN_TAGS = {f"tag:yaml.org,2002:{name}" for name in
               ("str", "int", "float", "bool", "null", "timestamp", "map", "seq", "merge")}


class _Builder:
    """Turns a composed YAML node tree into dicts/lists/scalars, recording lines."""

    def __init__(self, file: str):
        self.file = file
        self.lines: dict[Path_, int] = {}
        self.problems: list[Problem] = []
        self.count = 0
        self.constructor = yaml.SafeLoader("")

    def build(self, node: yaml.Node, path: Path_, depth: int):
        self.count += 1
        if self.count > MAX_NODES:
            raise InputError([Problem(self.file, node.start_mark.line + 1, "too_many_nodes", {"limit": MAX_NODES})])
        if depth > MAX_DEPTH:
            raise InputError([Problem(self.file, node.start_mark.line + 1, "too_deep", {"limit": MAX_DEPTH})])
        self.lines.setdefault(path, node.start_mark.line + 1)
        if node.tag not in _PLAIN_TAGS:
            self.problems.append(Problem(self.file, node.start_mark.line + 1, "bad_tag", {"tag": node.tag}))
            return None
        if isinstance(node, yaml.MappingNode):
            self.constructor.flatten_mapping(node)  # applies YAML merge keys (<<)
            out: dict = {}
            first_line: dict = {}
            for key_node, value_node in node.value:
                key = self.constructor.construct_object(key_node) if isinstance(key_node, yaml.ScalarNode) else None
                line = key_node.start_mark.line + 1
                if not isinstance(key, str):
                    self.problems.append(Problem(self.file, line, "bad_key", {"value": key}, None, "")); continue
                if key in first_line:
                    self.problems.append(Problem(self.file, line, "duplicate_key",
                                                 {"key": key, "first": first_line[key]}))
                    continue
                first_line[key] = line
                self.lines[path + (key,)] = line
                out[key] = self.build(value_node, path + (key,), depth + 1)
            return out
        if isinstance(node, yaml.SequenceNode):
            return [self.build(item, path + (i,), depth + 1) for i, item in enumerate(node.value)]
        try:
            value = self.constructor.construct_object(node, deep=True)
        except (yaml.YAMLError, ValueError, OverflowError) as exc:
            if node.tag.endswith(":timestamp"):  # e.g. 2023-02-30
                self.problems.append(Problem(self.file, node.start_mark.line + 1, "date_type",
                                             {"field": format_path(path), "value": node.value}, None, format_path(path)))
                return None
            self.problems.append(Problem(self.file, node.start_mark.line + 1, "syntax",
                                         {"fmt": "YAML", "reason": getattr(exc, "problem", None) or str(exc)}))
            return None
        return nfc(value) if isinstance(value, str) else value
