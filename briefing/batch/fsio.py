"""Writing under OUT_DIR so that a kill at any moment leaves whole files or none.

Every file is written to a temporary name in the same folder and renamed over its target:
a rename within one file system is atomic, so a reader (or a rerun) sees the old file or
the new one, never half of one. Temporaries left by a killed run carry
:data:`TMP_SUFFIX` and are swept at the start of the next run.
"""
from __future__ import annotations

import errno
import os
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from briefing._fsmode import set_mode_for
from briefing.batch.paths import is_inside
from briefing.errors import OutputError

TMP_SUFFIX = ".briefing-tmp"


def _describe(exc: OSError) -> str:
    if exc.errno == errno.ENOSPC:
        return "the disk is full"
    if exc.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
        return "permission denied"
    return exc.strerror or str(exc)


def atomic_write(root: str | os.PathLike[str], rel: str, data: str | bytes, *, fsync: bool = False) -> None:
    """Write ``data`` to ``root/rel`` through a temporary file and a rename.

    Raises :class:`OutputError` when the write fails (disk full, no permission) or when a
    link inside OUT_DIR would take the file outside it.
    """
    target = Path(root, rel)
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        if not is_inside(target.parent, root):
            raise OutputError("the output folder leads outside OUT_DIR through a link; not writing there",
                              path=str(target))
        payload = data.encode("utf-8") if isinstance(data, str) else data
        fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=TMP_SUFFIX, dir=target.parent)
        try:
            with os.fdopen(fd, "wb") as fh:
                fh.write(payload)
                set_mode_for(fh.fileno(), target)
                if fsync:
                    fh.flush()
                    os.fsync(fh.fileno())
            os.replace(tmp, target)
        except BaseException:
            Path(tmp).unlink(missing_ok=True)
            raise
    except OSError as exc:
        raise OutputError(f"cannot write ({_describe(exc)})", path=str(target)) from exc


def sweep_temporaries(root: str | os.PathLike[str]) -> int:
    """Delete temporaries a killed run left under ``root``; returns how many.

    Only our own names (a leading ``.`` and :data:`TMP_SUFFIX`) are touched, and links are
    not followed, so nothing outside OUT_DIR is removed.
    """
    removed = 0
    for folder, _dirs, files in os.walk(root, followlinks=False):
        for name in files:
            if name.startswith(".") and name.endswith(TMP_SUFFIX):
                try:
                    os.unlink(os.path.join(folder, name))
                    removed += 1
                except OSError:
                    pass
    return removed


def ensure_writable(root: str | os.PathLike[str]) -> None:
    """Create OUT_DIR if needed and prove a file can be made in it, or raise OutputError."""
    path = Path(root)
    try:
        if path.exists() and not path.is_dir():
            raise OutputError("exists and is not a folder", path=str(path))
        path.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=".probe.", suffix=TMP_SUFFIX, dir=path)
        os.close(fd)
        os.unlink(tmp)
    except OSError as exc:
        raise OutputError(f"the output folder is not writable ({_describe(exc)})", path=str(path)) from exc


LOCK_NAME = ".briefing-lock"


@contextmanager
def exclusive(root: str | os.PathLike[str]) -> Iterator[None]:
    """Hold OUT_DIR for one run: a second run on the same folder would sweep the first
    one's temporaries and interleave its manifest. The lock is the kernel's (``flock``),
    so it goes away with the process, even on SIGKILL, and never needs cleaning up."""
    try:
        import fcntl
    except ImportError:  # not POSIX: run unlocked
        yield
        return
    try:
        fh = open(Path(root, LOCK_NAME), "a+b")  # noqa: SIM115 - held for the run, closed below
    except OSError as exc:
        raise OutputError(f"cannot create the lock file ({_describe(exc)})", path=str(root)) from exc
    try:
        try:
            fcntl.flock(fh.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError as exc:
            raise OutputError("another batch is writing to this folder; wait for it or pick another OUT_DIR",
                              path=str(root)) from exc
        yield
    finally:
        fh.close()
