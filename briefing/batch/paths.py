"""Finding the reports under IN_DIR and giving each one safe output paths under OUT_DIR.

Output paths are built only from the names met while walking IN_DIR, each cleaned on its
own (:func:`safe_component`), and never from resolved link targets, so no input name can
lead a write outside OUT_DIR: there is no way for ``..``, an absolute path or a link
target to enter the result. Links *inside OUT_DIR* are handled when writing
(:func:`briefing.batch.fsio.check_inside`).
"""
from __future__ import annotations

import fnmatch
import logging
import os
import re
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path, PurePosixPath

log = logging.getLogger("briefing")

#: Suffixes read when no ``--glob`` is given: the formats :mod:`briefing.io` reads.
DEFAULT_SUFFIXES = (".txt", ".text", ".html", ".htm", ".xhtml", ".docx")

#: Files the batch itself writes at the top of OUT_DIR; an input never gets these names.
RESERVED_NAMES = frozenset({"manifest.jsonl", "errors.jsonl", "tasks.csv", "tasks.jsonl", "digest.md"})

#: Longest file name we make, in UTF-8 bytes: under the usual 255-byte limit with room for
#: a "~N" suffix, the format suffix and the temporary-file decoration.
MAX_NAME_BYTES = 180

_UNSAFE = re.compile(r"[\x00-\x1f\x7f/\\]")


@dataclass(frozen=True)
class Input:
    """One report found under IN_DIR."""

    #: Where to read it (may pass through a symbolic link).
    path: str
    #: Its path relative to IN_DIR, as walked, '/'-separated; the manifest key.
    key: str
    #: ``key`` made safe (see :func:`safe_component`), without the format suffix.
    out_stem: str


def display(name: str) -> str:
    """A name that may hold undecodable bytes (surrogate escapes), as printable text."""
    return os.fsencode(name).decode("utf-8", "backslashreplace")


def safe_component(name: str) -> str:
    """One path component as it may appear under OUT_DIR.

    Undecodable bytes become U+FFFD, the name is put in NFC (so a name typed on a Mac and
    the same name typed on Windows give the same output), control characters and
    separators become ``_``, and ``.``/``..``/empty become ``_``.
    """
    text = os.fsencode(name).decode("utf-8", "replace")
    text = _UNSAFE.sub("_", unicodedata.normalize("NFC", text)).strip()
    if text in {"", ".", ".."}:
        return "_"
    raw = text.encode("utf-8")
    if len(raw) > MAX_NAME_BYTES:
        text = raw[:MAX_NAME_BYTES].decode("utf-8", "ignore")
    return text


def _matches(rel: str, name: str, globs: Sequence[str]) -> bool:
    if not globs:
        return os.path.splitext(name)[1].lower() in DEFAULT_SUFFIXES
    # A pattern with a '/' is matched against the whole relative path, else the file name.
    return any(fnmatch.fnmatchcase(rel if "/" in g else name, g) for g in globs)


def discover(in_dir: str | os.PathLike[str], *, recursive: bool = False, globs: Sequence[str] = (),
             exclude: Iterable[str | os.PathLike[str]] = ()) -> list[Input]:
    """The reports under ``in_dir``, sorted by key, each with a unique safe output stem.

    Hidden files and folders (a leading ``.``) are skipped. Folders reached through a link
    are followed once: a folder already visited (a link loop, or two links to one folder)
    is skipped with a warning, so the walk always ends. ``exclude`` names folders not to
    enter (OUT_DIR when it lies inside IN_DIR).
    """
    root = os.fspath(in_dir)
    excluded = {os.path.realpath(p) for p in exclude}
    seen: set[tuple[int, int]] = set()
    found: list[tuple[str, str]] = []

    def walk(folder: str, rel_parts: tuple[str, ...]) -> None:
        try:
            st = os.stat(folder)
        except OSError as exc:
            log.warning("cannot enter %s (%s)", display(folder), exc.strerror or exc)
            return
        ident = (st.st_dev, st.st_ino)
        if ident in seen:
            log.warning("skipping %s: a folder already visited (a link loop or a second link to it)", display(folder))
            return
        seen.add(ident)
        try:
            with os.scandir(folder) as it:
                entries = sorted(it, key=lambda e: e.name)
        except OSError as exc:
            log.warning("cannot list %s (%s)", display(folder), exc.strerror or exc)
            return
        for entry in entries:
            if entry.name.startswith("."):
                continue
            try:
                is_dir = entry.is_dir()  # follows links, so a linked folder counts as a folder
            except OSError:
                is_dir = False
            if is_dir:
                if recursive and os.path.realpath(entry.path) not in excluded:
                    walk(entry.path, (*rel_parts, entry.name))
                continue
            rel = "/".join((*rel_parts, entry.name))
            if not _matches(rel, entry.name, globs):
                continue
            try:
                regular = entry.is_file()
                broken_link = entry.is_symlink() and not os.path.exists(entry.path)
            except OSError:
                regular, broken_link = False, True
            if regular or broken_link:
                # Broken links and unreadable files are kept: reading them records the error.
                found.append((entry.path, rel))
            else:
                # A pipe or a device would block or never end when read.
                log.warning("skipping %s: not a regular file", display(entry.path))

    walk(root, ())
    return assign_stems(found)


def assign_stems(found: Sequence[tuple[str, str]]) -> list[Input]:
    """Give each (path, key) a unique output stem.

    The stem is the key with the file's extension dropped (``a/report.txt`` ->
    ``a/report``), which reads best; when two inputs would share a stem (``report.txt``
    and ``report.html``, or names equal once cleaned) or the stem would take a reserved
    name, the extension is kept (``report.txt``), and any clash left gets ``~2``, ``~3``.
    The result depends only on the set of keys, so reruns give the same names.
    """
    def cleaned(key: str) -> tuple[str, str, str]:
        parts = [safe_component(p) for p in key.split("/")]
        name = parts[-1]
        stem, _ext = os.path.splitext(name)
        folder = "/".join(parts[:-1])
        return folder, stem or name, name

    rows = sorted(found, key=lambda r: r[1])
    short: dict[str, int] = {}
    for _, key in rows:
        folder, stem, _ = cleaned(key)
        short_key = f"{folder}/{stem}".casefold()
        short[short_key] = short.get(short_key, 0) + 1
    used: set[str] = set()
    out: list[Input] = []
    for path, key in rows:
        folder, stem, name = cleaned(key)
        candidate = f"{folder}/{stem}" if folder else stem
        if short[f"{folder}/{stem}".casefold()] > 1 or (not folder and _reserved(stem)):
            candidate = f"{folder}/{name}" if folder else name
        base, n = candidate, 1
        # casefold: two stems differing only by case would clash on Windows and macOS disks.
        while candidate.casefold() in used or (not folder and _reserved(candidate)):
            n += 1
            candidate = f"{base}~{n}"
        used.add(candidate.casefold())
        out.append(Input(path=path, key=display(key), out_stem=candidate))
    return out


def _reserved(stem: str) -> bool:
    return any(r.casefold().startswith(stem.casefold() + ".") for r in RESERVED_NAMES)


def output_path(out_stem: str, fmt: str) -> str:
    """The output's path relative to OUT_DIR for one format ('/'-separated)."""
    suffix = {"md": ".md", "json": ".json", "text": ".txt", "html": ".html"}[fmt]
    path = PurePosixPath(out_stem + suffix)
    # Belt and braces: stems come from safe_component, so this never fires.
    assert not path.is_absolute() and ".." not in path.parts, path
    return str(path)


def is_inside(path: str | os.PathLike[str], root: str | os.PathLike[str]) -> bool:
    """Whether ``path``, with every link resolved, lies inside ``root`` (also resolved)."""
    real, base = Path(os.path.realpath(path)), Path(os.path.realpath(root))
    return real == base or base in real.parents
