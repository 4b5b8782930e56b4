"""Atomic writes: whole files or none, no escape through links, a full disk reported."""
from __future__ import annotations

import errno
import os
from pathlib import Path

import pytest

from briefing.batch import fsio
from briefing.batch.fsio import TMP_SUFFIX, atomic_write, ensure_writable, sweep_temporaries
from briefing.errors import OutputError


def test_atomic_write_creates_folders_and_replaces(tmp_path: Path) -> None:
    atomic_write(tmp_path, "a/b/c.md", "một")
    atomic_write(tmp_path, "a/b/c.md", "hai")
    assert (tmp_path / "a/b/c.md").read_text(encoding="utf-8") == "hai"
    assert not list(tmp_path.rglob("*" + TMP_SUFFIX))


@pytest.mark.skipif(not hasattr(os, "fchmod"), reason="POSIX permissions")
def test_written_files_get_the_umask_mode_not_mkstemps_0600(tmp_path: Path) -> None:
    old = os.umask(0o022)
    try:
        atomic_write(tmp_path, "new.md", "một")
        assert (tmp_path / "new.md").stat().st_mode & 0o777 == 0o644
        (tmp_path / "kept.md").write_text("x")
        (tmp_path / "kept.md").chmod(0o640)
        atomic_write(tmp_path, "kept.md", "hai")  # replacing keeps the file's own mode
        assert (tmp_path / "kept.md").stat().st_mode & 0o777 == 0o640
    finally:
        os.umask(old)


def test_disk_full_keeps_the_old_file_and_no_temporary(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    atomic_write(tmp_path, "r.md", "old")

    def full(*_a: object, **_k: object) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(fsio.os, "replace", full)
    with pytest.raises(OutputError, match="disk is full"):
        atomic_write(tmp_path, "r.md", "new")
    assert (tmp_path / "r.md").read_text(encoding="utf-8") == "old"
    assert not list(tmp_path.rglob("*" + TMP_SUFFIX))


def test_link_inside_out_dir_cannot_lead_outside(tmp_path: Path) -> None:
    out, elsewhere = tmp_path / "out", tmp_path / "elsewhere"
    out.mkdir()
    elsewhere.mkdir()
    os.symlink(elsewhere, out / "sub")
    with pytest.raises(OutputError, match="outside"):
        atomic_write(out, "sub/x.md", "x")
    assert not list(elsewhere.iterdir())


def test_sweep_removes_only_our_temporaries(tmp_path: Path) -> None:
    (tmp_path / "d").mkdir()
    (tmp_path / "d" / f".x.md.abc{TMP_SUFFIX}").write_text("half", encoding="utf-8")
    (tmp_path / "d" / "keep.md").write_text("whole", encoding="utf-8")
    (tmp_path / "d" / f"visible{TMP_SUFFIX}").write_text("not ours", encoding="utf-8")
    assert sweep_temporaries(tmp_path) == 1
    assert sorted(p.name for p in (tmp_path / "d").iterdir()) == ["keep.md", f"visible{TMP_SUFFIX}"]


def test_ensure_writable_refuses_a_file_or_a_path_under_one(tmp_path: Path) -> None:
    f = tmp_path / "file"
    f.write_text("x", encoding="utf-8")
    with pytest.raises(OutputError):
        ensure_writable(f)
    with pytest.raises(OutputError, match="not writable"):
        ensure_writable(f / "sub")
    ensure_writable(tmp_path / "new" / "dir")
    assert (tmp_path / "new" / "dir").is_dir()


def test_one_run_at_a_time_per_out_dir(tmp_path: Path) -> None:
    with fsio.exclusive(tmp_path), pytest.raises(OutputError, match="another batch"), fsio.exclusive(tmp_path):
        pass
    with fsio.exclusive(tmp_path):  # released on exit
        pass
