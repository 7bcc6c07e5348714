"""Vietnamese text at the boundary: NFC normalisation and dictionary sort order."""

from __future__ import annotations

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


def vi_sort_key(text: str) -> tuple:
    """Sort key in Vietnamese dictionary order: letters first (a < ă < â … đ after d),
    then tones (ngang < huyền < hỏi < ngã < sắc < nặng), then the exact text.
    Runs of digits compare as numbers, so "Phòng 2" sorts before "Phòng 10"."""
    decomposed = unicodedata.normalize("NFD", text.casefold())
    primary: list[tuple[int, int]] = []
    tones: list[int] = []
    digits = ""
    for ch in decomposed:
        if ch.isdigit() and ch.isascii():
            digits += ch
            continue
        if digits:
            primary.append((1, int(digits)))
            tones.append(0)
            digits = ""
        if ch in _MODIFIERS and primary and primary[-1][0] == 2:
            base = _ALPHABET[primary[-1][1]]
            combined = unicodedata.normalize("NFC", base + ch)
            primary[-1] = (2, _RANK.get(combined, primary[-1][1]))
        elif ch in _TONES and tones:
            tones[-1] = _TONES[ch]
        elif ch in _RANK:
            primary.append((2, _RANK[ch]))
            tones.append(0)
        elif unicodedata.combining(ch):
            continue
        else:
            primary.append((0, ord(ch)))
            tones.append(0)
    if digits:
        primary.append((1, int(digits)))
        tones.append(0)
    return (tuple(primary), tuple(tones), text)
