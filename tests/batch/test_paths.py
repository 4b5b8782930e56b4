"""Finding inputs and naming outputs: nothing escapes OUT_DIR, nothing collides."""
from __future__ import annotations

import os
import unicodedata
from pathlib import Path

import pytest

from briefing.batch.paths import assign_stems, discover, is_inside, output_path, safe_component


@pytest.mark.parametrize("name", ["..", ".", "", "a/b", "a\\b", "x\ny", "tab\there", "\x7f"])
def test_safe_component_never_leaves_the_folder(name: str) -> None:
    out = safe_component(name)
    assert out not in {"", ".", ".."}
    assert "/" not in out and "\\" not in out
    assert all(ord(c) >= 32 and c != "\x7f" for c in out)


def test_safe_component_keeps_vietnamese_and_composes_it() -> None:
    composed = "Biên bản họp.txt"
    decomposed = unicodedata.normalize("NFD", composed)  # as a Mac writes names
    assert decomposed != composed
    assert safe_component(decomposed) == composed


def test_safe_component_handles_undecodable_bytes_and_long_names() -> None:
    raw = os.fsdecode(b"bad\xffname.txt")
    assert safe_component(raw) == "bad\ufffdname.txt"
    long = "ả" * 300
    assert len(safe_component(long).encode("utf-8")) <= 180


def test_same_name_in_two_folders_keeps_both() -> None:
    got = assign_stems([("/in/a/report.txt", "a/report.txt"), ("/in/b/report.txt", "b/report.txt")])
    assert [g.out_stem for g in got] == ["a/report", "b/report"]


def test_same_stem_in_one_folder_keeps_the_extension() -> None:
    got = assign_stems([("x", "report.txt"), ("y", "report.html"), ("z", "other.txt")])
    assert {g.key: g.out_stem for g in got} == {"report.txt": "report.txt", "report.html": "report.html",
                                               "other.txt": "other"}


def test_names_equal_once_cleaned_get_numbered() -> None:
    got = assign_stems([("p", "a\nb.txt"), ("q", "a_b.txt"), ("r", "A_B.txt")])
    stems = [g.out_stem for g in got]
    assert len({s.casefold() for s in stems}) == 3


def test_reserved_names_are_avoided() -> None:
    got = assign_stems([("p", "digest.txt"), ("q", "tasks.txt"), ("r", "sub/digest.txt")])
    outs = {output_path(g.out_stem, "md") for g in got}
    assert "digest.md" not in outs and "sub/digest.md" in outs


def test_output_paths_stay_relative(tmp_path: Path) -> None:
    for g in assign_stems([("p", "../../etc/passwd.txt"), ("q", "/abs.txt")]):
        rel = output_path(g.out_stem, "json")
        assert is_inside(tmp_path / rel, tmp_path)


def _tree(root: Path) -> None:
    (root / "sub" / "deeper").mkdir(parents=True)
    (root / "a.txt").write_text("x", encoding="utf-8")
    (root / "b.html").write_text("x", encoding="utf-8")
    (root / "notes.pdf").write_bytes(b"%PDF")
    (root / ".hidden.txt").write_text("x", encoding="utf-8")
    (root / "sub" / "a.txt").write_text("x", encoding="utf-8")
    (root / "sub" / "deeper" / "c.TXT").write_text("x", encoding="utf-8")


def test_discover_default_suffixes_and_recursion(tmp_path: Path) -> None:
    _tree(tmp_path)
    assert [i.key for i in discover(tmp_path)] == ["a.txt", "b.html"]
    assert [i.key for i in discover(tmp_path, recursive=True)] == ["a.txt", "b.html", "sub/a.txt",
                                                                   "sub/deeper/c.TXT"]


def test_discover_globs_by_name_or_path(tmp_path: Path) -> None:
    _tree(tmp_path)
    assert [i.key for i in discover(tmp_path, recursive=True, globs=["*.html"])] == ["b.html"]
    assert [i.key for i in discover(tmp_path, recursive=True, globs=["sub/*.txt"])] == ["sub/a.txt"]


def test_discover_survives_link_loops_and_skips_out_dir(tmp_path: Path) -> None:
    _tree(tmp_path)
    os.symlink(tmp_path, tmp_path / "sub" / "loop")          # a loop back to the top
    os.symlink(tmp_path / "sub", tmp_path / "alias")          # a second way to one folder
    (tmp_path / "out").mkdir()
    (tmp_path / "out" / "old.txt").write_text("x", encoding="utf-8")
    keys = [i.key for i in discover(tmp_path, recursive=True, exclude=[tmp_path / "out"])]
    assert keys.count("a.txt") == 1
    assert not any(k.startswith("out/") for k in keys)
    assert sum(k.endswith("deeper/c.TXT") for k in keys) == 1


def test_discover_skips_pipes_but_keeps_broken_links(tmp_path: Path) -> None:
    os.mkfifo(tmp_path / "pipe.txt")
    os.symlink(tmp_path / "nowhere.txt", tmp_path / "broken.txt")
    (tmp_path / "ok.txt").write_text("x", encoding="utf-8")
    assert [i.key for i in discover(tmp_path)] == ["broken.txt", "ok.txt"]
