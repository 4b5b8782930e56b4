"""run_batch end to end with the extractive engine: resume, faults, safe paths."""
from __future__ import annotations

import errno
import json
import os
from pathlib import Path

import pytest

from briefing.batch import BatchOptions, fsio, run_batch
from briefing.errors import EXIT_OK, EXIT_PARTIAL, OutputError

from .conftest import report, snapshot, write_tree

EXTRACTIVE = {"engine": "extractive"}


def _run(src: Path, out: Path, **kw: object) -> object:
    kw.setdefault("briefer", EXTRACTIVE)
    opts = BatchOptions(recursive=True, **kw)  # type: ignore[arg-type]
    return run_batch(src, out, opts, on_notice=lambda _m: None)


def test_mirrors_the_tree_and_indexes_every_task(tree: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    r = _run(tree, out)
    assert (r.total, r.briefed, r.skipped, r.failed, r.exit_code) == (5, 5, 0, 0, EXIT_OK)
    for stem in ["a", "b", "thang3/a", "thang3/c", "thang4/a"]:  # same name in three folders: three outputs
        data = json.loads((out / f"{stem}.json").read_text(encoding="utf-8"))
        assert data["source"].endswith(stem + ".txt")
        assert (out / f"{stem}.md").read_text(encoding="utf-8").startswith("# ")
    rows = [json.loads(x) for x in (out / "tasks.jsonl").read_text(encoding="utf-8").splitlines()]
    per_file = {}
    for stem in ["a", "b", "thang3/a", "thang3/c", "thang4/a"]:
        per_file[f"{stem}.txt"] = json.loads((out / f"{stem}.json").read_text(encoding="utf-8"))["tasks"]
    assert rows  # the reports hold clear directions, so the check below is not vacuous
    assert [r["file"] for r in rows] == [k for k in sorted(per_file) for _ in per_file[k]]
    assert [r["evidence"] for r in rows] == [t["evidence"] for k in sorted(per_file) for t in per_file[k]]
    assert (out / "errors.jsonl").read_text(encoding="utf-8") == ""
    assert (out / "digest.md").read_text(encoding="utf-8").startswith("# Tổng hợp nhiệm vụ")


def test_rerun_skips_unchanged_redoes_changed_and_force_redoes_all(tree: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    _run(tree, out)
    before = snapshot(out)
    r = _run(tree, out)
    assert (r.briefed, r.skipped) == (0, 5)
    assert snapshot(out) == before

    (tree / "thang3" / "c.txt").write_text("Tiêu đề mới hẳn\n\n" + report(9), encoding="utf-8")
    os.utime(tree / "b.txt")  # touched, not changed: the hash decides
    r = _run(tree, out)
    assert (r.briefed, r.skipped) == (1, 4)
    assert json.loads((out / "thang3/c.json").read_text(encoding="utf-8"))["title"] == "Tiêu đề mới hẳn"

    (out / "b.md").unlink()  # a lost output is made again
    assert (_run(tree, out).briefed) == 1
    assert _run(tree, out, formats=("json", "md", "text")).briefed == 5  # a new format: all
    assert _run(tree, out, force=True).briefed == 5
    assert _run(tree, out, briefer={"engine": "extractive", "max_chars": 10_000}).briefed == 5  # new settings


def test_bad_files_are_recorded_and_the_rest_succeed(tree: Path, tmp_path: Path) -> None:
    (tree / "anh.txt").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)))
    (tree / "rong.txt").write_text("   \n", encoding="utf-8")
    os.symlink(tree / "khong-co.txt", tree / "thang3" / "mat.txt")  # a link to nothing
    out = tmp_path / "out"
    r = _run(tree, out)
    assert (r.total, r.briefed, r.failed, r.exit_code) == (8, 5, 3, EXIT_PARTIAL)
    errors = [json.loads(x) for x in (out / "errors.jsonl").read_text(encoding="utf-8").splitlines()]
    assert [(e["path"], e["error"], e["code"]) for e in errors] == [
        ("anh.txt", "BinaryInputError", "B102"),
        ("rong.txt", "EmptyInputError", "B101"),
        ("thang3/mat.txt", "InputError", "B100"),
    ]
    assert all(e["message"] for e in errors)
    # Failures are tried again on a rerun (and still listed); successes are not redone.
    r = _run(tree, out)
    assert (r.briefed, r.skipped, r.failed) == (0, 5, 3)
    (tree / "rong.txt").write_text(report(7), encoding="utf-8")
    r = _run(tree, out)
    assert (r.briefed, r.failed) == (1, 2)
    assert len((out / "errors.jsonl").read_text(encoding="utf-8").splitlines()) == 2


def test_full_disk_fails_those_inputs_only_and_a_rerun_finishes(tree: Path, tmp_path: Path,
                                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    out = tmp_path / "out"
    real_replace = os.replace

    def replace(src: str, dst: str) -> None:
        if "thang3" in str(dst):
            raise OSError(errno.ENOSPC, "No space left on device")
        real_replace(src, dst)

    monkeypatch.setattr(fsio.os, "replace", replace)
    r = _run(tree, out)
    assert (r.briefed, r.failed) == (3, 2)
    assert {e["error"] for e in r.errors} == {"OutputError"}
    assert all("disk is full" in e["message"] for e in r.errors)
    monkeypatch.setattr(fsio.os, "replace", real_replace)
    r = _run(tree, out)
    assert (r.briefed, r.skipped, r.failed) == (2, 3, 0)
    assert not [p for p in out.rglob("*") if p.name.endswith(fsio.TMP_SUFFIX)]


def test_output_never_escapes_out_dir(tmp_path: Path) -> None:
    src, out, elsewhere = tmp_path / "in", tmp_path / "out", tmp_path / "elsewhere"
    names = ["bao..cao <lạ> & ?.txt", "a\nb.txt", "sub/x.txt", "digest.txt", "a_b.txt"]
    write_tree(src, names)
    outside = tmp_path / "outside"
    write_tree(outside, ["y.txt"])
    os.symlink(outside, src / "ngoai")  # an input folder that is a link to elsewhere
    out.mkdir()
    elsewhere.mkdir()
    os.symlink(elsewhere, out / "sub")  # a link planted inside OUT_DIR
    r = _run(src, out)
    assert r.total == 6 and r.failed == 1 and r.errors[0]["path"] == "sub/x.txt"
    assert (out / "ngoai" / "y.json").is_file() and not (outside / "y.json").exists()
    assert list(elsewhere.iterdir()) == []
    real_out = os.path.realpath(out)
    for p in out.rglob("*"):
        if p.is_file() and not p.is_symlink():
            assert os.path.realpath(p).startswith(real_out + os.sep)
    assert json.loads((out / "digest.txt.json").read_text(encoding="utf-8"))["source"].endswith("digest.txt")
    assert len(list(out.glob("a_b*.json"))) == 2  # "a\nb" cleans to "a_b": both kept


def test_out_dir_inside_in_dir_is_not_read_back(tree: Path) -> None:
    out = tree / "briefings"
    assert _run(tree, out, formats=("text",)).total == 5
    assert _run(tree, out, formats=("text",)).total == 5


def test_in_dir_inside_out_dir_never_overwrites_a_report(tmp_path: Path) -> None:
    """OUT/in/in/r.txt mirrors to OUT/in/r.txt with -f text: that is the report OUT/in/r.txt."""
    in_dir = tmp_path / "in"
    (in_dir / "in").mkdir(parents=True)
    (in_dir / "r.txt").write_text(report(1), encoding="utf-8")
    (in_dir / "in" / "r.txt").write_text(report(2), encoding="utf-8")
    r = _run(in_dir, tmp_path, formats=("text",))
    assert (in_dir / "r.txt").read_text(encoding="utf-8") == report(1)
    assert r.exit_code == EXIT_PARTIAL and [e["path"] for e in r.errors] == ["in/r.txt"]
    assert r.errors[0]["code"] == "B400" and (tmp_path / "r.txt").is_file()  # the other one is briefed


def test_unwritable_out_dir_raises(tree: Path, tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("x", encoding="utf-8")
    with pytest.raises(OutputError):
        _run(tree, blocker / "out")
    with pytest.raises(OutputError):
        _run(tree, tree)


def test_two_workers_give_the_same_files_as_one(tree: Path, tmp_path: Path) -> None:
    _run(tree, tmp_path / "one")
    _run(tree, tmp_path / "two", workers=2, batch_size=1)
    assert snapshot(tmp_path / "one") == snapshot(tmp_path / "two")


def test_a_manifest_that_cannot_be_written_costs_a_redo_not_results(tree: Path, tmp_path: Path,
                                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    from briefing.batch.manifest import Manifest

    def refuse(self: Manifest, entry: dict[str, object]) -> None:
        raise OutputError("cannot write the manifest (the disk is full)")

    out = tmp_path / "out"
    notices: list[str] = []
    with monkeypatch.context() as m:
        m.setattr(Manifest, "record", refuse)
        r = run_batch(tree, out, BatchOptions(recursive=True, briefer=EXTRACTIVE), on_notice=notices.append)
    assert (r.briefed, r.failed, r.exit_code) == (5, 0, EXIT_OK)
    assert len([n for n in notices if "redone" in n]) == 1
    assert len(list(out.rglob("*.json"))) == 5
    assert _run(tree, out).briefed == 5


def test_resume_check_reads_no_more_than_the_input_limit(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Hashing for the resume check is bounded like the read itself: a file over the limit
    is never current (so it is tried and its error recorded), and is not read whole."""
    from briefing.batch import runner
    from briefing.batch.manifest import content_hash
    from briefing.io import detect

    monkeypatch.setattr(detect, "MAX_INPUT_BYTES", 100)
    small, big = tmp_path / "small.txt", tmp_path / "big.txt"
    small.write_bytes(b"a" * 100)
    big.write_bytes(b"a" * 101)
    assert runner._hash_or_none(str(small)) == content_hash(b"a" * 100)
    assert runner._hash_or_none(str(big)) is None
