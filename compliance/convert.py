"""`orgcheck convert IN OUT`: an organization or proposal file between .yaml, .json and .xlsx.

The data is converted as read, valid or not (a file with mistakes gives the same problems in every
format), and written whole (compliance/atomic.py). What a workbook cell cannot give back exactly is
refused (workbook_writer). JSON has no dates: they become ISO text, which every reader accepts. A
blank cell stands for an absent value, null, [] and {} alike (the model's defaults). Comments of a
YAML file are not data and are not carried over.
"""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import yaml

from .atomic import write_atomic
from .messages import InputError, Problem
from .source import read_document
from .workbook_writer import write_workbook

FORMATS = (".yaml", ".yml", ".json", ".xlsx")


def document_bytes(data: dict, target: str, lang: str = "vi") -> bytes:
    """The data written in the format of `target`'s extension."""
    suffix = Path(target).suffix.lower()
    if suffix == ".xlsx":
        return write_workbook(data, target, lang)
    if suffix == ".json":
        return (json.dumps(data, ensure_ascii=False, indent=2, default=date.isoformat) + "\n").encode("utf-8")
    if suffix in (".yaml", ".yml"):
        return yaml.safe_dump(data, allow_unicode=True, sort_keys=False, width=120).encode("utf-8")
    raise InputError([Problem(target, None, "convert_extension")])


def convert(source: str, target: str, lang: str = "vi", overwrite: bool = False) -> None:
    if Path(target).suffix.lower() not in FORMATS:
        raise InputError([Problem(target, None, "convert_extension")])
    data, _ = read_document(source)
    write_file(target, document_bytes(data, target, lang), overwrite)


def write_file(target: str, payload: bytes, overwrite: bool) -> None:
    """Written whole or not at all; an existing file is kept unless `overwrite`."""
    try:
        write_atomic(target, payload, overwrite=overwrite)
    except FileExistsError:
        raise InputError([Problem(target, None, "file_exists")]) from None
    except OSError as exc:
        raise InputError([Problem(target, None, "file_unwritable", {"reason": exc.strerror or str(exc)})]) from None
