"""Files written whole or not at all: a temporary file beside the target, then one rename.

An interrupted run (Ctrl-C, SIGTERM, an error half-way) leaves the target as it was and removes the
temporary file; the rename is atomic on the same filesystem. A folder of files (docs/rules/) is written
the same way, as one folder swapped in.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import signal
import tempfile
from collections.abc import Callable
from pathlib import Path


def write_atomic(path: str | Path, data: bytes | str, *, overwrite: bool = True) -> None:
    target = Path(path)
    if not overwrite and target.exists():
        raise FileExistsError(str(target))
    payload = data.encode("utf-8") if isinstance(data, str) else data
    tmp = None
    try:
        with _signals_held():   # a signal between creating the file and knowing its name would leave it
            fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=target.parent or Path("."))
        with os.fdopen(fd, "wb") as out:
            out.write(payload)
            out.flush()
            os.fsync(out.fileno())
        os.replace(tmp, target)
    except BaseException:  # KeyboardInterrupt and SystemExit too: never leave the temporary file
        if tmp is not None:
            with contextlib.suppress(FileNotFoundError):
                os.unlink(tmp)
        raise


def write_folder_atomic(directory: str | Path, files: dict[str, bytes | str], replaces: Callable[[str], bool]) -> None:
    """`files` (name → content) as the folder `directory`, whole or not at all: written into a temporary
    folder beside it, with the entries of an existing `directory` that `replaces` does not claim (e.g.
    files other than *.md) copied over, then swapped in by two renames with SIGINT/SIGTERM held back, so
    an interruption leaves the old folder (or none) and no temporary one."""
    target = Path(directory)
    parent = target.parent if str(target.parent) else Path(".")
    tmp = old = None
    swapped = False
    try:
        with _signals_held():   # a signal between creating the folder and knowing its name would leave it
            tmp = Path(tempfile.mkdtemp(prefix=f".{target.name}.", suffix=".tmp", dir=parent))
        old = parent / f"{tmp.name[:-4]}.old"
        if target.is_dir():
            for entry in target.iterdir():
                if not replaces(entry.name):
                    (shutil.copytree if entry.is_dir() else shutil.copy2)(entry, tmp / entry.name)
        for name, data in files.items():
            (tmp / name).write_bytes(data.encode("utf-8") if isinstance(data, str) else data)
        with _signals_held():
            if target.is_dir():
                os.rename(target, old)
            os.rename(tmp, target)
            swapped = True
    except BaseException:   # a signal held back is raised on leaving _signals_held, after the swap
        if tmp is not None and not swapped:
            if old is not None and old.is_dir() and not target.exists():
                os.rename(old, target)
            shutil.rmtree(tmp, ignore_errors=True)
        raise
    finally:
        if swapped:
            shutil.rmtree(old, ignore_errors=True)


@contextlib.contextmanager
def _signals_held():
    """SIGINT and SIGTERM wait until the block is done (POSIX; elsewhere the block is just run)."""
    mask = getattr(signal, "pthread_sigmask", None)
    blocked = mask(signal.SIG_BLOCK, {signal.SIGINT, signal.SIGTERM}) if mask else None
    try:
        yield
    finally:
        if mask:
            mask(signal.SIG_SETMASK, blocked)
