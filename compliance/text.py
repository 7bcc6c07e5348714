"""Vietnamese text at the boundary: NFC normalisation and dictionary sort order."""

from __future__ import annotations

import functools
import unicodedata

# Vietnamese alphabet order, with the Latin letters Vietnamese lacks (f j w z) at their Latin places.
_ALPHABET = "aăâbcdđeêfghijklmnoôơpqrstuưvwxyz"
_RANK = {letter: i for i, letter in enumerate(_ALPHABET)}
# Letter modifiers that make a distinct letter (ă â ê ô ơ ư) and the five tone marks.
_MODIFIERS = {"\u0306", "\u0302", "\u031b"}
# Dictionary order of tones: ngang, huyền, hỏi, ngã, sắc, nặng.
_TONES = {"\u0300": 1, "\u0309": 2, "\u0303": 3, "\u0301": 4, "\u0323": 5}


def nfc(text: str) -> str:
    return unicodedata.normalize("NFC", text)


def fold(text: str) -> str:
    """Lower case, single spaces, no diacritics ("Trung tâm Y tế" → "trung tam y te"): how an author's word is
    looked up, and the unit name a rule's name filter matches (the engine's regex is unsafe on Vietnamese)."""
    base = unicodedata.normalize("NFD", " ".join(nfc(text).casefold().split()).replace("đ", "d"))
    return "".join(ch for ch in base if not unicodedata.combining(ch))


# What may stand before a province's own name: its committee, then its kind ("UBND thành phố Cần Thơ").
_PROVINCE_PREFIXES = (("uy ban nhan dan ", "ubnd "), ("thanh pho ", "tinh ", "tp. ", "tp.", "tp "))


def province_key(name: str) -> str:
    """A province's identity for matching a rule's `scope: {province: …}` with an organization file:
    "Cần Thơ", "Thành phố Cần Thơ", "UBND thành phố Cần Thơ", "TP. Can Tho" are one key, "can tho"."""
    key = fold(name)
    for prefixes in _PROVINCE_PREFIXES:
        key = next((key[len(p):] for p in prefixes if key.startswith(p)), key)
    return key


@functools.lru_cache(maxsize=1 << 16)  # unit paths repeat their ancestors' names in every report row
def vi_sort_key(text: str) -> tuple:
    """Sort key in Vietnamese dictionary order: letters first (a < ă < â … đ after d),
    then tones (ngang < huyền < hỏi < ngã < sắc < nặng), then the exact text.
    Runs of digits compare as numbers, so "Phòng 2" sorts before "Phòng 10"."""
    primary: list[tuple[int, int]] = []
    tones: list[int] = []
    digits = ""
    for ch in unicodedata.normalize("NFC", text.casefold()):
        if "0" <= ch <= "9":
            digits += ch
            continue
        if digits:
            primary.append((1, int(digits)))
            tones.append(0)
            digits = ""
        for letter, tone in _char_key(ch):
            if isinstance(tone, int):
                primary.append(letter)
                tones.append(tone)
            elif primary:  # a mark that did not compose (tone is the mark): it still marks the letter before
                primary[-1], tones[-1] = _marked(primary[-1], tones[-1], tone)
    if digits:
        primary.append((1, int(digits)))
        tones.append(0)
    return (tuple(primary), tuple(tones), text)


@functools.lru_cache(maxsize=8192)
def _char_key(ch: str) -> tuple[tuple, ...]:
    """(letter, tone) of each letter of one NFC character, its modifiers (ă â ê ô ơ ư) and tone
    applied; a combining mark that starts the character is (None, mark), for the letter before it.
    Cached: a report sorts the same few hundred characters thousands of times."""
    out: list = []
    for part in unicodedata.normalize("NFD", ch):
        if part in _RANK or not unicodedata.combining(part):
            out.append(((2, _RANK[part]) if part in _RANK else (0, ord(part)), 0))
        elif out:
            out[-1] = _marked(*out[-1], part)
        else:
            out.append((None, part))
    return tuple(out)


def _marked(letter: tuple[int, int], tone: int, mark: str) -> tuple[tuple[int, int], int]:
    if mark in _MODIFIERS and letter[0] == 2:
        return (2, _RANK.get(unicodedata.normalize("NFC", _ALPHABET[letter[1]] + mark), letter[1])), tone
    return letter, _TONES.get(mark, tone)


# Characters that are not text: C0/C1 controls (a terminal obeys ESC sequences), format characters
# (bidi overrides such as U+202E reorder what is shown, zero-width ones hide differences), line and
# paragraph separators, lone surrogates.
_UNSAFE_CATEGORIES = frozenset({"Cc", "Cf", "Zl", "Zp", "Cs"})


def unsafe_char(text: str) -> str | None:
    """The first character of `text` that is not printable text, or None."""
    if text.isprintable():   # C speed for the usual case
        return None
    return next((ch for ch in text if unicodedata.category(ch) in _UNSAFE_CATEGORIES), None)


def char_code(ch: str) -> str:
    return f"U+{ord(ch):04X}"


def printable(text: str) -> str:
    """`text` safe to show in a terminal or a document: every control, format or separator character
    but the line break becomes a visible ‹U+XXXX›, so nothing is hidden, reordered or executed."""
    lines = text.split("\n")
    if all(line.isprintable() for line in lines):   # C speed: the usual case, a whole report at once
        return text
    return "\n".join(line if line.isprintable() else "".join(
        f"‹{char_code(ch)}›" if unicodedata.category(ch) in _UNSAFE_CATEGORIES else ch for ch in line)
        for line in lines)
