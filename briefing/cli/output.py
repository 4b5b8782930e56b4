"""Writing results: stdout for '-', else a file written atomically."""
from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

from briefing._fsmode import set_mode_for
from briefing.errors import OutputError


def write_text(path: str, text: str) -> None:
    """Write ``text`` to ``path`` ('-' is stdout) through a temporary file and a rename."""
    if path == "-":
        sys.stdout.write(text)
        sys.stdout.flush()
        return
    target = Path(path)
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=target.parent)
        try:
            with os.fdopen(fd, "w", encoding="utf-8", newline="\n") as fh:
                fh.write(text)
                set_mode_for(fh.fileno(), target)
            os.replace(tmp, target)
        except BaseException:
            Path(tmp).unlink(missing_ok=True)
            raise
    except OSError as exc:
        raise OutputError(f"cannot write the output ({exc.strerror or exc})", path=path) from exc
