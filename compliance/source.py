"""Reading untrusted YAML/JSON files safely, remembering the line of every value.

YAML: data is built from libyaml's event stream with SafeLoader's resolver and scalar constructors
(no Python object tags, no node tree). JSON: the json module, lines indexed for the top level and
its lists. Duplicate keys, alias bombs and deep nesting are reported as problems instead of being
silently accepted or crashing. Every string comes out NFC.
"""

from __future__ import annotations

import copy
import json
import sys
from pathlib import Path

import yaml

from .messages import Cell, InputError, Message, Problem, os_reason, syntax_reason
from .text import nfc
from .workbook import WorkbookData, read_workbook

# libyaml's parser when PyYAML was built with it (same safe subset, ~10× faster); events only:
# _Builder below turns them into data, never a constructor that could run code.
_FAST_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
_WS = json.decoder.WHITESPACE.match
# Input size bound, for every file orgcheck reads (organization, proposal, rules, Gherkin, plan; a .docx/.xlsx
# is bounded again when unpacked, by compliance.ooxml). The national 34-province file is 38 MB of JSON
# (29 MB YAML), 300,000 units about 77 MB; reading takes roughly 10-15x the file size in memory.
# `orgcheck --max-input-mb N` changes it (set_input_limit).
DEFAULT_MAX_INPUT_MB = 100
MAX_BYTES = DEFAULT_MAX_INPUT_MB * 1024 * 1024
MAX_NODES = 2_000_000
MAX_DEPTH = 200

Path_ = tuple  # path of keys/indexes from the document root, e.g. ("units", 3, "parent")


class SourceMap:
    """Where each value of a document came from: file name and 1-based line. `precise`, when
    given, computes every line on the first question the indexed lines cannot answer exactly.
    For a workbook, `workbook` gives the cell of each value instead, and the line is its row."""

    def __init__(self, file: str, lines: dict[Path_, int] | None = None, precise=None,
                 workbook: WorkbookData | None = None):
        self.file = file
        self.lines = lines or {}
        self._precise = precise
        self.workbook = workbook

    def cell(self, path: Path_) -> Cell | None:
        """The cell of a value: its own, else the cell its column has in the nearest row above
        it in the data (a value left blank), else that row or sheet."""
        if self.workbook is None:
            return None
        path, cells = tuple(path), self.workbook.cells
        for depth in range(len(path), -1, -1):
            found = cells.get(path[:depth])
            if found is not None:
                break
        else:
            return None
        if found.column is None and depth < len(path):
            columns = self.workbook.columns.get(found.sheet, {})
            rest = path[depth:]
            for size in range(len(rest), 0, -1):
                column = columns.get(rest[:size])
                if column is not None:
                    return Cell(found.order, found.sheet, found.row or column.row, column.column, column.header)
        return found

    def line(self, path: Path_) -> int | None:
        path = tuple(path)
        if self.workbook is not None and (found := self.cell(path)) is not None:
            return found.row
        if self._precise is not None and path not in self.lines:
            self.lines = {**self.lines, **self._precise()}
            self._precise = None
        while path:
            if path in self.lines:
                return self.lines[path]
            path = path[:-1]
        return self.lines.get((), None)

    def problem(self, key: str, path: Path_ = (), unit: str | None = None, **params) -> Problem:
        found = self.cell(path)
        if found is None:
            return Problem(self.file, self.line(path), key, params, unit, format_path(path))
        field_name = params.get("field")
        if isinstance(field_name, str):  # the column's header, as the analyst sees it
            params["field"] = self.workbook.labels.get(found.sheet, {}).get(field_name, field_name)
        return Problem(self.file, found.row, key, params, unit, format_path(path), found)


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


def set_input_limit(megabytes: float) -> None:
    """The size bound for every input file read from now on (the CLI's --max-input-mb)."""
    global MAX_BYTES
    MAX_BYTES = int(megabytes * 1024 * 1024)


def check_size(path: Path, file: str) -> None:
    """Refuse a file over the input bound before reading any of it (FileNotFoundError/OSError pass through)."""
    size = path.stat().st_size
    if size > MAX_BYTES:
        raise InputError([Problem(file, None, "file_too_large", {"size": f"{size / 2**20:.3g}",
                                                                 "limit": f"{MAX_BYTES / 2**20:.3g}"})])


def read_document(path: str | Path, display_name: str | None = None) -> tuple[object, SourceMap]:
    """Read a YAML or JSON file into plain Python data plus its SourceMap."""
    path = Path(path)
    file = display_name or str(path)
    suffix = path.suffix.lower()
    if suffix in (".xlsm", ".xltm"):
        raise InputError([Problem(file, None, "xlsx_macro_file")])
    if suffix not in (".yaml", ".yml", ".json", ".xlsx"):
        raise InputError([Problem(file, None, "bad_extension")])
    try:
        check_size(path, file)
        raw = path.read_bytes()
    except FileNotFoundError:
        raise InputError([Problem(file, None, "file_missing")]) from None
    except (IsADirectoryError, PermissionError, OSError) as exc:
        if isinstance(exc, InputError):
            raise
        raise InputError([Problem(file, None, "file_unreadable", {"reason": os_reason(exc)})]) from None
    if suffix == ".xlsx":
        workbook = read_workbook(raw, file)
        return workbook.data, SourceMap(file, workbook=workbook)
    return parse_text(decode(raw, file), file, is_json=path.suffix.lower() == ".json")


def parse_text(text: str, file: str, is_json: bool = False) -> tuple[object, SourceMap]:
    """Plain data of a document (every string NFC) and where each value came from."""
    if not text.strip(" \t\r\n"):   # str.strip() would also take control characters (0x1C…) for blanks
        raise InputError([Problem(file, None, "file_empty")])
    if is_json:
        return _parse_json(text, file)
    return _parse_yaml(text, file)


def _nfc_value(value):
    if type(value) is str:
        return value if value.isascii() else nfc(value)
    if type(value) is list:
        return [_nfc_value(v) for v in value]
    return value  # dicts were normalised by the hook when they were decoded


def _parse_json(text: str, file: str) -> tuple[object, SourceMap]:
    """JSON through the json module (C speed). Lines are indexed for the top-level keys and the
    items of top-level lists (units, tasks: what the checks cite); a problem deeper down asks for
    the exact line, and the file is then re-read once with the YAML reader, which tracks every line."""
    duplicates: list[str] = []

    def pairs(items):
        out = dict(items)
        if len(out) < len(items) or not all(key.isascii() for key in out):
            out = {}
            for key, value in items:
                key = _nfc_value(key)
                if key in out:
                    duplicates.append(key)
                out[key] = value
        for key, value in out.items():
            if type(value) is str:
                if not value.isascii():
                    out[key] = nfc(value)
            elif type(value) is list:
                out[key] = _nfc_value(value)
        return out

    decoder = json.JSONDecoder(object_pairs_hook=pairs)
    try:
        data, lines = _json_top_level(text, decoder)
    except (ValueError, StopIteration, IndexError):
        data, lines = None, None
    except RecursionError:  # json's own bound: Python's recursion limit
        raise InputError([Problem(file, None, "too_deep", {"limit": sys.getrecursionlimit()})]) from None
    if lines is None:  # not an object at the top, or malformed: the json module says where and why
        duplicates.clear()
        try:
            data = decoder.decode(text)
        except json.JSONDecodeError as exc:
            raise InputError([Problem(file, exc.lineno, "syntax", {"fmt": "JSON", "reason": syntax_reason(exc.msg)})]) from None
        except RecursionError:
            raise InputError([Problem(file, None, "too_deep", {"limit": sys.getrecursionlimit()})]) from None
        lines = {(): 1}
    if duplicates:
        try:  # for the line of each copy
            _parse_yaml(text, file)
        except InputError as exc:
            if any(p.key == "duplicate_key" for p in exc.problems):
                raise
        raise InputError([Problem(file, None, "duplicate_key", {"key": key, "first": "?"}) for key in duplicates])
    return data, SourceMap(file, lines, lambda: _all_lines(text, file))


def _all_lines(text: str, file: str) -> dict[Path_, int]:
    try:
        return _parse_yaml(text, file)[1].lines
    except InputError:  # JSON that YAML 1.1 does not read (e.g. tabs): the indexed lines only
        return {}


def _json_top_level(text: str, decoder: json.JSONDecoder) -> tuple[dict, dict[Path_, int]]:
    """Decode a JSON object, noting the line where each top-level value and list item starts."""
    scan = json.scanner.make_scanner(decoder)
    ws = _WS
    counted = [0, 1]  # offset up to which newlines are counted, line there (offsets only grow)

    def line(at: int) -> int:
        counted[1] += text.count("\n", counted[0], at)
        counted[0] = at
        return counted[1]

    at = ws(text, 0).end()
    if text[at] != "{":
        return None, None
    lines: dict[Path_, int] = {(): line(at)}
    pairs = []
    at = ws(text, at + 1).end()
    while text[at] != "}":
        if text[at] != '"':
            raise ValueError
        key, at = json.decoder.scanstring(text, at + 1)
        key = nfc(key)
        lines[(key,)] = line(at)
        at = ws(text, at).end()
        if text[at] != ":":
            raise ValueError
        at = ws(text, at + 1).end()
        if text[at] == "[":
            value = []
            at = ws(text, at + 1).end()
            while text[at] != "]":
                lines[(key, len(value))] = line(at)
                item, at = scan(text, at)
                value.append(_nfc_value(item))
                at = _past_separator(text, at, "]")
            at += 1
        else:
            item, at = scan(text, at)
            value = _nfc_value(item)
        pairs.append((key, value))
        at = _past_separator(text, at, "}")
    if text[ws(text, at + 1).end():]:
        raise ValueError  # trailing data
    out = decoder.object_pairs_hook(pairs)
    return out, lines


def _past_separator(text: str, at: int, close: str) -> int:
    """After an item: past its comma to the next item, or at the closing bracket (ValueError else,
    and for a comma right before the bracket, which JSON forbids)."""
    at = _WS(text, at).end()
    if text[at] == ",":
        at = _WS(text, at + 1).end()
        if text[at] == close:
            raise ValueError
    elif text[at] != close:
        raise ValueError
    return at


def _parse_yaml(text: str, file: str) -> tuple[object, SourceMap]:
    builder = _Builder(file)
    try:
        data = builder.run(yaml.parse(text, Loader=_FAST_LOADER))
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        reason = exc.problem or str(exc)
        key = "too_deep" if "nesting depth" in reason else "syntax"  # libyaml's own depth limit
        raise InputError([Problem(file, mark.line + 1 if mark else None, key,
                                  {"fmt": "YAML", "reason": syntax_reason(reason), "limit": MAX_DEPTH})]) from None
    except yaml.reader.ReaderError as exc:  # a character YAML forbids, e.g. a control character
        before = text.encode("utf-8")[: exc.position] if _FAST_LOADER is not yaml.SafeLoader \
            else text[: exc.position]   # libyaml counts bytes of UTF-8, PyYAML characters
        line = before.count(b"\n" if isinstance(before, bytes) else "\n") + 1
        raise InputError([Problem(file, line, "bad_character",
                                  {"code": f"U+{exc.character:04X}" if isinstance(exc.character, int)
                                   else repr(exc.character)})]) from None
    except yaml.YAMLError as exc:
        raise InputError([Problem(file, None, "syntax", {"fmt": "YAML", "reason": syntax_reason(str(exc))})]) from None
    if builder.problems:
        raise InputError(builder.problems)
    return data, SourceMap(file, builder.lines)


_PLAIN_TAGS = {f"tag:yaml.org,2002:{name}" for name in
               ("str", "int", "float", "bool", "null", "timestamp", "map", "seq", "merge")}
_STR, _MERGE_TAG = "tag:yaml.org,2002:str", "tag:yaml.org,2002:merge"
_COLLECTION_TAGS = {"tag:yaml.org,2002:map", "tag:yaml.org,2002:seq"}
# First characters of the values SafeLoader may read as something other than text (numbers, dates, …).
_RESOLVED_FIRST = frozenset(yaml.SafeLoader.yaml_implicit_resolvers)
assert None not in _RESOLVED_FIRST  # a resolver for any first character would void the shortcut
_BAD = object()    # a key or value already reported as a problem
_MERGE = object()  # the merge key "<<"


class _Frame:
    """A mapping or sequence being built."""
    __slots__ = ("value", "path", "line", "anchor", "size", "key", "key_line", "first_line", "merges", "is_key")

    def __init__(self, value, path, line, anchor):
        self.value, self.path, self.line, self.anchor = value, path, line, anchor
        self.size = 1
        self.key = None        # mapping: the key waiting for its value
        self.key_line = 0
        self.first_line: dict[str, int] = {}
        self.merges: list = []
        self.is_key = False    # a mapping or sequence in key position, read only to be skipped


class _Builder:
    """Builds plain data from libyaml's event stream (no node tree: ~5× faster than composing),
    recording the line of every value. Anchored values are shared, and each alias adds the size
    of its value to the count, so an alias bomb is refused before anything is expanded."""

    def __init__(self, file: str):
        self.file = file
        self.lines: dict[Path_, int] = {}
        self.problems: list[Problem] = []
        self.count = 0
        self.anchors: dict[str, tuple[object, int]] = {}
        self.open_anchors: set[str] = set()
        self.loader = yaml.SafeLoader("")  # its resolver and scalar constructors only

    def problem(self, line: int, key: str, path: Path_ = (), **params) -> None:
        self.problems.append(Problem(self.file, line, key, params, None, format_path(path) if path else None))

    def run(self, events) -> object:
        stack: list[_Frame] = []
        root, documents = _BAD, 0
        for event in events:
            kind = type(event)
            line = event.start_mark.line + 1 if event.start_mark else None
            if kind is yaml.DocumentStartEvent:
                documents += 1
                if documents > 1:
                    raise InputError([Problem(self.file, line, "syntax", {
                        "fmt": "YAML", "reason": Message("syn_documents")})])
                continue
            if kind in (yaml.StreamStartEvent, yaml.StreamEndEvent, yaml.DocumentEndEvent):
                continue
            if kind is yaml.MappingEndEvent or kind is yaml.SequenceEndEvent:
                frame = stack.pop()
                if frame.anchor is not None:
                    self.open_anchors.discard(frame.anchor)
                if frame.is_key:  # a mapping or sequence used as a key: reported, then skipped
                    stack[-1].key = _BAD
                    continue
                value = frame.value
                if kind is yaml.MappingEndEvent and frame.merges:
                    value = self._merged(frame)
                if frame.anchor is not None:
                    self.anchors[frame.anchor] = (value, frame.size)
                done = (value, frame.size, frame.line, frame.path)
            else:
                is_key = bool(stack) and isinstance(stack[-1].value, dict) and stack[-1].key is None
                if is_key and self._key(stack[-1], event, line):
                    continue
                path = self._path_of(stack)
                if kind is yaml.AliasEvent:
                    done = self._alias(event, line, path)
                elif kind is yaml.ScalarEvent:
                    done = (self._scalar(event, line, path), 1, line, path)
                    if event.anchor is not None:
                        self.anchors[event.anchor] = (done[0], 1)
                else:  # start of a mapping or a sequence
                    self._count(1, line)
                    if len(stack) >= MAX_DEPTH:
                        raise InputError([Problem(self.file, line, "too_deep", {"limit": MAX_DEPTH})])
                    tag = event.tag
                    if tag is not None and tag != "!" and tag not in _PLAIN_TAGS:
                        self.problem(line, "bad_tag", tag=tag)
                    frame = _Frame({} if kind is yaml.MappingStartEvent else [], path, line, event.anchor)
                    frame.is_key = is_key
                    if event.anchor is not None:
                        self.open_anchors.add(event.anchor)
                    stack.append(frame)
                    continue
            if stack:
                self._put(stack[-1], done)
            else:
                root = done[0]
                self.lines.setdefault((), done[2])
        if documents == 0:  # only comments
            raise InputError([Problem(self.file, None, "file_empty")])
        return None if root is _BAD else root

    @staticmethod
    def _path_of(stack: list[_Frame]) -> Path_:
        if not stack:
            return ()
        parent = stack[-1]
        if isinstance(parent.value, dict):
            return parent.path + (parent.key,) if isinstance(parent.key, str) else parent.path
        return parent.path + (len(parent.value),)

    def _count(self, n: int, line: int | None) -> None:
        self.count += n
        if self.count > MAX_NODES:
            raise InputError([Problem(self.file, line, "too_many_nodes", {"limit": MAX_NODES})])

    def _alias(self, event, line, path):
        if event.anchor in self.open_anchors:  # a value that contains itself never ends
            raise InputError([Problem(self.file, line, "too_deep", {"limit": MAX_DEPTH})])
        if event.anchor not in self.anchors:
            raise InputError([Problem(self.file, line, "syntax",
                                      {"fmt": "YAML", "reason": Message("syn_alias")})])
        value, size = self.anchors[event.anchor]
        self._count(size, line)  # before copying: a bomb is refused here
        return copy.deepcopy(value), size, line, path

    def _scalar(self, event, line, path):
        self._count(1, line)
        tag = self._tag(event)
        if tag == _STR:
            return event.value if event.value.isascii() else nfc(event.value)
        if tag not in _PLAIN_TAGS:
            self.problem(line, "bad_tag", tag=tag)
            return _BAD
        if tag in _COLLECTION_TAGS:
            self.problem(line, "syntax", fmt="YAML", reason=Message("syn_tagged_text", {"tag": tag}))
            return _BAD
        node = yaml.ScalarNode(tag, event.value, event.start_mark, event.end_mark, event.style)
        try:
            return self.loader.yaml_constructors[tag](self.loader, node)
        except KeyError:  # "<<" where a value belongs
            self.problem(line, "syntax", fmt="YAML", reason=Message("syn_not_value", {"value": event.value}))
        except (yaml.YAMLError, ValueError, OverflowError) as exc:
            if tag.endswith(":timestamp"):  # e.g. 2023-02-30
                self.problems.append(Problem(self.file, line, "date_type", {"field": format_path(path),
                                             "value": event.value}, None, format_path(path)))
            else:
                self.problem(line, "syntax", fmt="YAML", reason=syntax_reason(getattr(exc, "problem", None) or str(exc)))
        return _BAD

    def _tag(self, event) -> str:
        tag = event.tag
        if tag is not None and tag != "!":
            return tag
        value = event.value
        if event.implicit[0] and value and value[0] not in _RESOLVED_FIRST:
            return _STR  # no implicit type starts with this character: the resolver would say str
        return self.loader.resolve(yaml.ScalarNode, value, event.implicit)

    def _key(self, frame: _Frame, event, line: int) -> bool:
        """The event in key position of a mapping: a text key, a merge key, or a problem.
        False when the event starts a mapping or sequence, which the caller reads to skip it."""
        frame.key_line = line
        if type(event) is yaml.ScalarEvent:
            tag = self._tag(event)
            if tag == _MERGE_TAG:
                frame.key = _MERGE
                return True
            key = event.value if tag == _STR else self._scalar(event, line, frame.path)
        elif type(event) is yaml.AliasEvent and event.anchor in self.anchors:
            key = self.anchors[event.anchor][0]
        else:
            key = None
        if isinstance(key, str):
            frame.key = nfc(key)
            return True
        self.problems.append(Problem(self.file, line, "bad_key", {"value": key}, None, ""))
        frame.key = _BAD
        return type(event) not in (yaml.MappingStartEvent, yaml.SequenceStartEvent)

    def _put(self, frame: _Frame, done) -> None:
        value, size, line, path = done
        frame.size += size
        if isinstance(frame.value, list):
            self.lines.setdefault(path, line)
            frame.value.append(None if value is _BAD else value)
            return
        key, frame.key = frame.key, None
        if key is _BAD:
            return
        if key == _MERGE:
            frame.merges.append((value, frame.key_line))
            return
        if key in frame.first_line:
            self.problems.append(Problem(self.file, frame.key_line, "duplicate_key",
                                         {"key": key, "first": frame.first_line[key]}))
            return
        frame.first_line[key] = frame.key_line
        self.lines[path] = frame.key_line
        frame.value[key] = None if value is _BAD else value

    def _merged(self, frame: _Frame) -> dict:
        """YAML merge keys (<<): the merged mappings' keys, then the mapping's own; a key given
        twice is a problem, as everywhere else."""
        out: dict = {}
        for value, line in frame.merges:
            for mapping in value if isinstance(value, list) else [value]:
                if not isinstance(mapping, dict):
                    self.problem(line, "syntax", fmt="YAML", reason=Message("syn_merge"))
                    continue
                for key, item in mapping.items():
                    if key in out:
                        self.problems.append(Problem(self.file, line, "duplicate_key", {"key": key, "first": line}))
                    out[key] = item
                    self.lines.setdefault(frame.path + (key,), line)
        for key, item in frame.value.items():
            if key in out:
                self.problems.append(Problem(self.file, frame.first_line[key], "duplicate_key",
                                             {"key": key, "first": self.lines.get(frame.path + (key,), "?")}))
            out[key] = item
        return out
