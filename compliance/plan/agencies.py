"""Agency names in a plan: comparison keys, class designations, and splitting a field into agencies.

A field value ("Sở Nội vụ, Sở Văn hóa, Thể thao và Du lịch và các cơ quan, đơn vị có liên quan") is
split at ";" and line breaks always. Inside each part, names are recognized before punctuation: at each
position the longest run of pieces that is a unit name of --org, else a standard name from
rules/danh-muc-co-quan.yaml (optionally followed by "tỉnh …"/"thành phố …"), else the start of a
collective phrase ("các cơ quan, đơn vị có liên quan …"), is one agency. Only where nothing is known
does the head-word rule of rules/danh-muc-viet-tat.yaml decide: a piece after "," or "và" opens a new
agency when it starts with a head word ("Sở", "Ban", "các", …).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

import yaml

from ..model import RULES_DIR, Org
from ..text import nfc

VOCABULARY = RULES_DIR / "danh-muc-viet-tat.yaml"
AGENCIES = RULES_DIR / "danh-muc-co-quan.yaml"


@dataclass(frozen=True)
class Vocabulary:
    abbreviations: tuple[tuple[re.Pattern, str], ...]
    spelling: tuple[tuple[str, str], ...]
    heads: tuple[str, ...]
    classes: tuple[str, ...]
    vague: tuple[str, ...]
    columns: dict[str, tuple[str, ...]]   # task-table field → header keys ("co quan chu tri", …)


@lru_cache(maxsize=1)
def vocabulary() -> Vocabulary:
    data = yaml.safe_load(VOCABULARY.read_text(encoding="utf-8"))
    abbreviations = sorted(data["viet_tat"].items(), key=lambda kv: -len(kv[0]))  # longest first
    voc = Vocabulary(
        tuple((re.compile(rf"(?<!\w){re.escape(nfc(a))}(?!\w)"), nfc(full)) for a, full in abbreviations),
        tuple((nfc(a), nfc(b)) for a, b in data["chinh_ta"].items()),
        tuple(nfc(h) for h in data["dau_ten"]),
        tuple(nfc(c) for c in data["nhom_co_quan"]),
        tuple(nfc(v) for v in data["thoi_han_chung_chung"]), {})
    voc.columns.update({field: tuple(nfc(h) for h in headers) for field, headers in data["cot_bang"].items()})
    return voc


def name_key(text: str) -> str:
    """Comparison key of an agency name: abbreviations expanded, NFC, case, tone placement and
    punctuation ignored ("Sở KH&ĐT" = "Sở Kế hoạch và Đầu tư" = "sở kế hoạch và đầu tư.")."""
    voc = vocabulary()
    text = nfc(text)
    for pattern, full in voc.abbreviations:
        text = pattern.sub(full, text)
    text = text.casefold()
    for old, new in voc.spelling:
        text = text.replace(old, new)
    return " ".join(re.sub(r"[^\w\s]|_", " ", text).split())


@dataclass(frozen=True)
class Catalogue:
    names: frozenset[str]           # name keys of standard agency names
    collectives: tuple[str, ...]    # name keys of collective phrases, longest first


@lru_cache(maxsize=1)
def catalogue() -> Catalogue:
    data = yaml.safe_load(AGENCIES.read_text(encoding="utf-8"))
    names = frozenset(name_key(n) for group in data["co_quan"].values() for n in group)
    collectives = sorted({name_key(c) for c in data["cum_nhom"]}, key=len, reverse=True)
    return Catalogue(names, tuple(collectives))


def is_class(designation: str) -> bool:
    """A designation of a whole class of agencies ("các sở, ban, ngành", "UBND các huyện …")."""
    key = name_key(designation) + " "
    return any(key.startswith(prefix) for prefix in vocabulary().classes)


def is_vague(deadline: str) -> bool:
    text = nfc(deadline).casefold()
    return any(text.startswith(v) for v in vocabulary().vague)


class AgencyIndex:
    """The organization's units by name key (and id), for splitting and resolving designations."""

    def __init__(self, org: Org):
        self.by_key: dict[str, str | None] = {}
        self.by_base: dict[str, str | None] = {}   # names without "tỉnh …"/"thành phố …" after them
        for unit in org.units.values():
            key = name_key(unit.name)
            for table, k in ((self.by_key, key), (self.by_base, _without_place(key))):
                table[k] = None if k in table and table[k] != unit.id else unit.id  # two units: ambiguous
        self.ids = set(org.units)

    def resolve(self, designation: str) -> str | None:
        """The unit a designation names: by id, by name, else by name without the place after it
        ("Sở Nội vụ tỉnh Cần Thơ" = "Sở Nội vụ"; "UBND tỉnh" = "Ủy ban nhân dân tỉnh Hòa An")."""
        if designation in self.ids:
            return designation
        key = name_key(designation)
        if key in self.by_key:
            return self.by_key[key]
        return self.by_base.get(_without_place(key))

    def starts_name(self, text: str) -> bool:
        key = name_key(text)
        return bool(key) and any(k == key or k.startswith(key + " ") for k in self.by_key)


_PLACE = re.compile(r"\s(?:tỉnh|thành phố|tp)(?:\s(?!và\s)\w+){0,3}$")


def _without_place(key: str) -> str:
    return _PLACE.sub("", key)


def _known(key: str, index: AgencyIndex | None) -> bool:
    """`key` is a whole agency name: of the organization, or standard (with a place after it)."""
    names = catalogue().names
    if index is not None and key in index.by_key:
        return True
    return key in names or _without_place(key) in names or (index is not None and _without_place(key) in index.by_key)


def _collective(key: str) -> bool:
    return any(key == c or key.startswith(c + " ") for c in catalogue().collectives)


def _starts_collective(key: str) -> bool:
    return any(c == key or c.startswith(key + " ") for c in catalogue().collectives)


_SEPARATOR = re.compile(r"\s*,\s*|\s+và\s+")


def split_agencies(value: str, index: AgencyIndex | None = None) -> list[str]:
    """Agency designations in one field value; see the module docstring for the order of evidence."""
    out: list[str] = []
    for part in re.split(r"[;\n]", value):
        part = part.strip(" .;:-–+•")
        if part:
            out += _split_part(part, index)
    return [d.strip(" .;:") for d in out if d.strip(" .;:")]


def _split_part(part: str, index: AgencyIndex | None) -> list[str]:
    pieces = _SEPARATOR.split(part)
    seps = _SEPARATOR.findall(part)

    def span(i: int, j: int) -> str:  # pieces i..j with their separators
        return pieces[i] + "".join(seps[k] + pieces[k + 1] for k in range(i, j))

    def opens(piece: str) -> bool:
        key = name_key(piece)
        return (piece.startswith(vocabulary().heads) or _starts_collective(key)
                or (index is not None and index.starts_name(piece)))

    out: list[str] = []
    i = 0
    while i < len(pieces):
        for j in range(len(pieces) - 1, i - 1, -1):  # longest known name or collective phrase first
            key = name_key(span(i, j))
            if _known(key, index):
                break
            if _collective(key) and not (j > i and _collective(name_key(span(i, j - 1)))):
                break  # a collective's tail ("… có liên quan thuộc tỉnh") lies in its last piece
        else:  # nothing known here: extend while the next piece does not open an agency
            j = i
            while j + 1 < len(pieces) and not opens(pieces[j + 1]):
                j += 1
        out.append(span(i, j))
        i = j + 1
    return out
