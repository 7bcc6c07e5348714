"""`--select` / `--ignore`: which rules a run evaluates, by code, code prefix or family.

A token is a whole rule code (`ND370.PHO.PHONG`), a prefix ending at a dot boundary (`ND370.PHO`,
`CN`), or a family (`cap_pho`, `tieu_chi`, …). Select narrows first, ignore removes from what is
left (ruff's order). A token matching no rule of the catalogue is an error with a suggestion: a typo
must never silently select nothing.
"""

from __future__ import annotations

import difflib
from dataclasses import dataclass

from .catalogue import FAMILIES, Catalogue, Rule
from .messages import InputError, Problem


def _matches(token: str, rule: Rule) -> bool:
    return token == rule.family or rule.code == token or rule.code.startswith(token + ".")


@dataclass(frozen=True)
class Selection:
    select: tuple[str, ...] = ()
    ignore: tuple[str, ...] = ()

    def keeps(self, rule: Rule) -> bool:
        if self.select and not any(_matches(t, rule) for t in self.select):
            return False
        return not any(_matches(t, rule) for t in self.ignore)

    def apply(self, catalogue: Catalogue, origin: str = "--select/--ignore") -> Catalogue:
        """The catalogue narrowed to the rules kept; unknown tokens raise InputError."""
        problems = [self._unknown(token, catalogue, origin) for token in self.select + self.ignore
                    if not any(_matches(token, r) for r in catalogue.rules)]
        if problems:
            raise InputError(problems)
        if not (self.select or self.ignore):
            return catalogue
        return catalogue.narrowed([r for r in catalogue.rules if self.keeps(r)])

    @staticmethod
    def _unknown(token: str, catalogue: Catalogue, origin: str) -> Problem:
        names = sorted({r.code for r in catalogue.rules} | set(FAMILIES)
                       | {".".join(r.code.split(".")[:n]) for r in catalogue.rules for n in (1, 2)})
        close = difflib.get_close_matches(token, names, n=3, cutoff=0.6)
        return Problem(origin, None, "selection_unknown", {"token": token, "suggestion": ", ".join(close) or "—"})


def parse_tokens(values: list[str] | tuple[str, ...] | None) -> tuple[str, ...]:
    """Comma-separated and repeated options alike: `--select CN,ND370.PHO --select cap_pho`."""
    out: list[str] = []
    for value in values or ():
        out += [t.strip() for t in str(value).split(",") if t.strip()]
    return tuple(dict.fromkeys(out))
