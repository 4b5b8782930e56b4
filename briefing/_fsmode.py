"""The permission bits a file written through a temporary should end up with.

``tempfile.mkstemp`` creates its file with mode 0600 so that nobody else can read a
half-written temporary. Renamed over the target, that mode would stay: every briefing,
``tasks.csv`` or ``-o`` output would be readable by its owner only, unlike a file written
with ``open()``. The atomic writers therefore set these bits before the rename.
"""
from __future__ import annotations

import os
import stat


def _read_umask() -> int:
    # The umask can only be read by setting it; Linux also shows it in /proc without
    # changing it (which matters when other threads create files at the same moment).
    try:
        with open("/proc/self/status", encoding="ascii", errors="replace") as fh:
            for line in fh:
                if line.startswith("Umask:"):
                    return int(line.split()[1], 8)
    except (OSError, ValueError, IndexError):
        pass
    mask = os.umask(0o022)
    os.umask(mask)
    return mask


def target_mode(target: str | os.PathLike[str]) -> int:
    """The mode for a file about to replace ``target``: the existing file's mode when it
    exists (as ``open(target, "w")`` would keep it), else 0666 less the process umask."""
    try:
        return stat.S_IMODE(os.stat(target).st_mode)
    except OSError:
        return 0o666 & ~_read_umask()


def set_mode_for(fd: int, target: str | os.PathLike[str]) -> None:
    """Give the open temporary ``fd`` the mode :func:`target_mode` picks for ``target``."""
    if hasattr(os, "fchmod"):  # POSIX; on Windows mkstemp's file is not owner-only anyway
        os.fchmod(fd, target_mode(target))
