"""The `orgcheck` program (console script and `python -m compliance`): SIGINT and SIGTERM are handled
from the first instant — before the command line's imports — so an interruption at any moment ends with
one line and exit 130/143, never a traceback; files being written are removed by their `finally`."""

from __future__ import annotations

import signal
import sys

from .messages import MESSAGES


class Interrupted(Exception):
    """SIGINT or SIGTERM, raised where the program is."""

    def __init__(self, signum: int):
        super().__init__(signum)
        self.signum = signum


def _on_signal(signum, frame):
    raise Interrupted(signum)


def interrupted(exc: BaseException, lang: str) -> int:
    """Say so on stderr; the exit code for the signal (128 + its number)."""
    signum = exc.signum if isinstance(exc, Interrupted) else signal.SIGINT
    sys.stderr.write(MESSAGES["interrupted"][lang == "en"].format(signal=signal.Signals(signum).name) + "\n")
    return 128 + signum


def run() -> None:
    for signum in (signal.SIGINT, signal.SIGTERM):
        signal.signal(signum, _on_signal)
    try:
        from .cli import main
    except (Interrupted, KeyboardInterrupt) as exc:   # during start-up: nothing was read or written yet
        sys.exit(interrupted(exc, "en" if "en" in sys.argv else "vi"))
    sys.exit(main())
