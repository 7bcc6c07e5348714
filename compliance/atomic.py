"""Files written whole or not at all: a temporary file beside the target, then one rename.

An interrupted run (Ctrl-C, SIGTERM, an error half-way) leaves the target as it was and removes the
temporary file; the rename is atomic on the same filesystem.
"""

from __future__ import annotations

import os
import tempfile
from pathlib import Path


def write_atomic(path: str | Path, data: bytes | str, *, overwrite: bool = True) -> None:
    target = Path(path)
    if not overwrite and target.exists():
        raise FileExistsError(str(target))
    payload = data.encode("utf-8") if isinstance(data, str) else data
    fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=target.parent or Path("."))
    try:
        with os.fdopen(fd, "wb") as out:
            out.write(payload)
            out.flush()
            os.fsync(out.fileno())
        os.replace(tmp, target)
    except BaseException:  # KeyboardInterrupt and SystemExit too: never leave the temporary file
        try:
            os.unlink(tmp)
        except FileNotFoundError:
            pass
        raise
