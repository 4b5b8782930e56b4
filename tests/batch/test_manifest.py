"""The manifest journal: resumes after a cut-off line, compacts in key order."""
from __future__ import annotations

import json
from pathlib import Path

from briefing.batch.manifest import MANIFEST_NAME, Manifest, content_hash, fingerprint


def _entry(key: str, sha: str = "sha256:1", outputs: dict[str, str] | None = None) -> dict[str, object]:
    return {"key": key, "sha256": sha, "settings": "s1", "outputs": outputs or {}, "tasks": []}


def test_fingerprint_is_order_independent_and_sensitive() -> None:
    assert fingerprint({"a": 1, "b": "x"}) == fingerprint({"b": "x", "a": 1})
    assert fingerprint({"a": 1}) != fingerprint({"a": 2})
    assert content_hash(b"a") != content_hash(b"b")


def test_half_written_line_is_ignored_and_the_next_starts_fresh(tmp_path: Path) -> None:
    m = Manifest(tmp_path)
    m.record(_entry("a.txt"))
    m.close()
    with open(tmp_path / MANIFEST_NAME, "ab") as fh:
        fh.write(b'{"key":"b.txt","sha2')  # what a SIGKILL mid-write leaves
    m2 = Manifest(tmp_path).load()
    assert set(m2.entries) == {"a.txt"}
    m2.record(_entry("c.txt"))
    m2.close()
    assert set(Manifest(tmp_path).load().entries) == {"a.txt", "c.txt"}


def test_is_current_needs_hash_settings_and_files(tmp_path: Path) -> None:
    (tmp_path / "a.md").write_text("x", encoding="utf-8")
    m = Manifest(tmp_path)
    m.record(_entry("a.txt", outputs={"md": "a.md"}))
    assert m.is_current("a.txt", "sha256:1", "s1", {"md": "a.md"})
    assert not m.is_current("a.txt", "sha256:2", "s1", {"md": "a.md"})
    assert not m.is_current("a.txt", "sha256:1", "s2", {"md": "a.md"})
    assert not m.is_current("a.txt", "sha256:1", "s1", {"md": "a.md", "json": "a.json"})
    (tmp_path / "a.md").unlink()
    assert not m.is_current("a.txt", "sha256:1", "s1", {"md": "a.md"})
    m.close()


def test_compact_keeps_last_entry_per_key_sorted(tmp_path: Path) -> None:
    m = Manifest(tmp_path)
    for key, sha in [("b", "1"), ("a", "1"), ("b", "2"), ("gone", "1")]:
        m.record(_entry(key, sha))
    m.compact(["a", "b"])
    lines = [json.loads(x) for x in (tmp_path / MANIFEST_NAME).read_text(encoding="utf-8").splitlines()]
    assert [(e["key"], e["sha256"]) for e in lines] == [("a", "1"), ("b", "2")]
