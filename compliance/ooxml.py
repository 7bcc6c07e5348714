"""Office Open XML containers (.docx plans, .xlsx workbooks) opened safely, before any library reads them.

Both formats are zip files of XML parts. Refused before a library sees them: a file that is not a zip
or is truncated, a part whose declared uncompressed size or compression ratio exceeds a bound (zip
bombs: checked from the central directory, then enforced while reading), too many parts, any XML
part with a DOCTYPE (entity expansion: billion laughs, external entities), and macro-enabled
containers (vbaProject.bin). What passes is handed on as bytes read under those bounds.
"""

from __future__ import annotations

import io
import zipfile
import zlib
from pathlib import PurePosixPath

from .messages import InputError, Message, Problem

MAX_PARTS = 5_000
MAX_PART_BYTES = 256 * 1024 * 1024      # one uncompressed part
MAX_TOTAL_BYTES = 1024 * 1024 * 1024    # all parts, uncompressed
MAX_RATIO = 200                         # uncompressed / compressed, per part (text XML reaches ~20–50)
_CHUNK = 1 << 20


def _refuse(file: str, key: str, **params) -> InputError:
    return InputError([Problem(file, None, "container_invalid", {"reason": Message(key, params)})])


def read_container(raw: bytes, file: str, kind: str, required: tuple[str, ...] = ()) -> dict[str, bytes]:
    """Every part of the container, by name, read within the bounds above; `kind` is 'docx' or 'xlsx'
    (for messages); `required` parts must be present. Raises InputError naming the file."""
    if not raw.startswith(b"PK"):
        raise _refuse(file, "container_not_zip", kind=kind)
    try:
        archive = zipfile.ZipFile(io.BytesIO(raw))
        infos = archive.infolist()
    except (zipfile.BadZipFile, zipfile.LargeZipFile, OSError, ValueError, EOFError):
        raise _refuse(file, "container_not_zip", kind=kind) from None
    if len(infos) > MAX_PARTS:
        raise _refuse(file, "container_too_many_parts", count=len(infos), limit=MAX_PARTS)
    total = 0
    for info in infos:
        if PurePosixPath(info.filename).name.lower() == "vbaproject.bin":
            raise _refuse(file, "container_macros", kind=kind)
        total += info.file_size
        ratio = info.file_size / max(info.compress_size, 1)
        if info.file_size > MAX_PART_BYTES or (info.file_size > _CHUNK and ratio > MAX_RATIO):
            raise _refuse(file, "container_bomb", part=info.filename, size=info.file_size // (1024 * 1024),
                          limit=MAX_PART_BYTES // (1024 * 1024), ratio=int(ratio))
    if total > MAX_TOTAL_BYTES:
        raise _refuse(file, "container_too_large", size=total // (1024 * 1024), limit=MAX_TOTAL_BYTES // (1024 * 1024))
    names = {info.filename for info in infos}
    for part in required:
        if part not in names:
            raise _refuse(file, "container_missing_part", kind=kind, part=part)
    parts: dict[str, bytes] = {}
    for info in infos:
        if info.is_dir():
            continue
        parts[info.filename] = data = _read_bounded(archive, info, file)
        if info.filename.endswith((".xml", ".rels", ".vml")) and _has_doctype(data):
            raise _refuse(file, "container_doctype", part=info.filename)
    return parts


def _read_bounded(archive: zipfile.ZipFile, info: zipfile.ZipInfo, file: str) -> bytes:
    """The declared size can lie: stop reading once the part grows past what it declared."""
    out = bytearray()
    try:
        with archive.open(info) as stream:
            while chunk := stream.read(_CHUNK):
                out += chunk
                if len(out) > info.file_size or len(out) > MAX_PART_BYTES:
                    raise _refuse(file, "container_bomb", part=info.filename, size=len(out) // (1024 * 1024),
                                  limit=MAX_PART_BYTES // (1024 * 1024), ratio=len(out) // max(info.compress_size, 1))
    except (zipfile.BadZipFile, zlib.error, EOFError, OSError, ValueError, NotImplementedError, RuntimeError):
        raise _refuse(file, "container_corrupt_part", part=info.filename) from None
    return bytes(out)


def _has_doctype(data: bytes) -> bool:
    """OOXML parts never declare a DOCTYPE; one is only there to expand entities. A part in UTF-16 (XML
    allows it) is looked at without its zero bytes."""
    if data[:2] in (b"\xff\xfe", b"\xfe\xff") or b"<\x00" in data[:8] or b"\x00<" in data[:8]:
        data = data.replace(b"\x00", b"")
    return b"<!DOCTYPE" in data or b"<!ENTITY" in data


def repack(parts: dict[str, bytes]) -> io.BytesIO:
    """The checked parts as a fresh in-memory zip (stored, not compressed) for python-docx / openpyxl."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_STORED) as out:
        for name in sorted(parts):
            out.writestr(name, parts[name])
    buffer.seek(0)
    return buffer


def stable_zip(raw: bytes) -> bytes:
    """The same container with every part dated 1980-01-01 and in name order: openpyxl and python-docx
    stamp parts with the time of writing, so the same report would never be the same bytes twice."""
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(raw)) as source, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for name in sorted(source.namelist()):
            info = zipfile.ZipInfo(name, date_time=(1980, 1, 1, 0, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o600 << 16
            target.writestr(info, source.read(name))
    return out.getvalue()
