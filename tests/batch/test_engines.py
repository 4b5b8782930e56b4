"""How the batch drives a summarizer: a model is batched in one process, a failure in a
batch loses only the document at fault, and the Python API stays lazy."""
from __future__ import annotations

from collections.abc import Iterator, Sequence
from pathlib import Path

import briefing
from briefing.batch import BatchOptions, run_batch
from briefing.summarize.base import Summarizer
from briefing.types import Segmented, Summary


class FakeModel(Summarizer):
    """Stands in for a model: records how documents reach it, fails on a marker word."""

    name = "abstractive"

    def __init__(self) -> None:
        self.batches: list[int] = []

    def summarize(self, segmented: Segmented) -> Summary:
        if "HỎNG" in segmented.document.text:
            raise RuntimeError("the model choked")
        return Summary(text=segmented.document.text[:40], engine=self.name, model="fake")

    def summarize_many(self, segmented: Sequence[Segmented]) -> list[Summary]:
        self.batches.append(len(segmented))
        return [self.summarize(s) for s in segmented]

    def condense(self, sentences: Sequence[str], *, max_words: int = 40) -> str:
        return " ".join(sentences)[:80]

    def describe(self) -> str:
        return "fake-model"


def test_a_model_runs_in_process_batched_whatever_workers_says(tree: Path, tmp_path: Path) -> None:
    model = FakeModel()
    notices: list[str] = []
    (tree / "thang4" / "z.txt").write_text("Báo cáo HỎNG\n\nNội dung thử nghiệm của báo cáo.", encoding="utf-8")
    r = run_batch(tree, tmp_path / "out", BatchOptions(recursive=True, workers=2, batch_size=4,
                                                       briefer={"summarizer": model}), on_notice=notices.append)
    assert model.batches[:2] == [4, 2]  # 6 documents through the model in batches of 4
    assert any("--workers ignored" in n for n in notices)
    assert (r.briefed, r.failed) == (5, 1)
    assert r.errors[0]["path"] == "thang4/z.txt" and r.errors[0]["error"] == "RuntimeError"
    assert '"model": "fake"' in (tmp_path / "out" / "a.json").read_text(encoding="utf-8")


def test_a_new_engine_redoes_everything(tree: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    opts = BatchOptions(recursive=True, briefer={"engine": "extractive"})
    run_batch(tree, out, opts, on_notice=lambda _m: None)
    r = run_batch(tree, out, BatchOptions(recursive=True, briefer={"summarizer": FakeModel()}))
    assert r.briefed == 5


def test_renamed_or_dropped_outputs_are_removed(tree: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    run_batch(tree, out, BatchOptions(formats=("json", "md"), briefer={"engine": "extractive"}))
    assert (out / "a.md").exists() and (out / "a.json").exists()
    (tree / "a.html").write_text("<html><body><h1>Họp</h1><p>Nội dung cuộc họp.</p></body></html>",
                                 encoding="utf-8")
    r = run_batch(tree, out, BatchOptions(formats=("md",), briefer={"engine": "extractive"}))
    # a.txt and a.html now share a stem, so both keep their extension; a.txt's old outputs
    # (a.md, a.json) are gone. b.txt is unchanged: skipped, its json still valid and kept.
    assert (r.briefed, r.skipped) == (2, 1)
    assert sorted(p.name for p in out.iterdir() if p.suffix in {".md", ".json"}) == [
        "a.html.md", "a.txt.md", "b.json", "b.md", "digest.md"]


def test_brief_many_is_lazy(tree: Path) -> None:
    taken: list[Path] = []

    def paths() -> Iterator[Path]:
        for p in sorted(tree.rglob("*.txt")):
            taken.append(p)
            yield p

    it = briefing.brief_many(paths(), engine="extractive", batch_size=2)
    assert taken == []
    first = next(it)
    assert len(taken) == 2 and first.source == str(taken[0])
    assert len(list(it)) == 4
