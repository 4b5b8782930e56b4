"""The manifest: what each input was, how it was briefed, and where its outputs are.

It is a journal, ``OUT_DIR/manifest.jsonl``: one JSON line is appended as each input is
finished (after its outputs are in place), so a run killed at any moment loses at most the
inputs in flight; a line cut short by the kill is ignored when read. At the end of a run
the journal is rewritten, one line per current input in key order, through a rename.

An input is skipped on a rerun when its content hash and the settings fingerprint match
its entry and every requested output is still on disk.
"""
from __future__ import annotations

import hashlib
import json
import logging
import os
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import Any

from briefing.batch.fsio import atomic_write
from briefing.errors import OutputError

log = logging.getLogger("briefing")

MANIFEST_NAME = "manifest.jsonl"
MANIFEST_VERSION = 1

Entry = dict[str, Any]


def content_hash(data: bytes) -> str:
    return "sha256:" + hashlib.sha256(data).hexdigest()


def fingerprint(settings: Mapping[str, Any]) -> str:
    """A short stable digest of the settings that shape a briefing's content."""
    canon = json.dumps(dict(settings), sort_keys=True, ensure_ascii=False, separators=(",", ":"))
    return hashlib.sha256(canon.encode("utf-8")).hexdigest()[:16]


class Manifest:
    """The entries of one OUT_DIR, keyed by input key."""

    def __init__(self, out_dir: str | os.PathLike[str]) -> None:
        self.root = Path(out_dir)
        self.path = self.root / MANIFEST_NAME
        self.entries: dict[str, Entry] = {}
        self._fh: Any = None

    def load(self) -> Manifest:
        try:
            raw = self.path.read_bytes()
        except FileNotFoundError:
            return self
        except OSError as exc:
            raise OutputError(f"cannot read the manifest ({exc.strerror or exc})", path=str(self.path)) from exc
        bad = 0
        for line in raw.splitlines():
            if not line.strip():
                continue
            try:
                entry = json.loads(line)
            except ValueError:
                bad += 1  # the tail of a run killed mid-line
                continue
            if isinstance(entry, dict) and isinstance(entry.get("key"), str):
                self.entries[entry["key"]] = entry
        if bad:
            log.debug("manifest: ignored %d unreadable line(s)", bad)
        return self

    def is_current(self, key: str, sha: str | None, settings: str, outputs: Mapping[str, str]) -> bool:
        """Whether ``key`` was briefed from these bytes, with these settings, into these files."""
        e = self.entries.get(key)
        if not e or sha is None or e.get("sha256") != sha or e.get("settings") != settings:
            return False
        done = e.get("outputs") or {}
        return all(done.get(fmt) == rel and (self.root / rel).is_file() for fmt, rel in outputs.items())

    def record(self, entry: Entry) -> None:
        """Keep ``entry`` and append it to the journal (the last line for a key wins)."""
        self.entries[entry["key"]] = entry
        line = json.dumps(entry, ensure_ascii=False, separators=(",", ":")) + "\n"
        try:
            if self._fh is None:
                self._fh = open(self.path, "ab")  # noqa: SIM115 - kept open across records; close()
                # A killed run may have left half a line: start ours on a fresh one.
                if self._fh.tell() and not self._ends_with_newline():
                    self._fh.write(b"\n")
            self._fh.write(line.encode("utf-8"))
            self._fh.flush()
        except OSError as exc:
            raise OutputError(f"cannot write the manifest ({exc.strerror or exc})", path=str(self.path)) from exc

    def _ends_with_newline(self) -> bool:
        with open(self.path, "rb") as fh:
            fh.seek(-1, os.SEEK_END)
            return fh.read(1) == b"\n"

    def close(self) -> None:
        if self._fh is not None:
            try:
                self._fh.close()
            finally:
                self._fh = None

    def compact(self, keep: Iterable[str]) -> None:
        """Rewrite the journal with one line per key in ``keep`` that has an entry, sorted."""
        self.close()
        lines = [json.dumps(self.entries[k], ensure_ascii=False, separators=(",", ":")) + "\n"
                 for k in sorted(set(keep)) if k in self.entries]
        atomic_write(self.root, MANIFEST_NAME, "".join(lines), fsync=True)
