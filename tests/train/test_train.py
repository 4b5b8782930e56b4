"""Training the sentence tagger: gold labels, folds, a model that loads, its card."""
from __future__ import annotations

import json
from pathlib import Path

from briefing.extract.tagger import SentenceTagger
from briefing.train.gold import GoldDoc, load_gold, sentence_labels
from briefing.train.tasks import Example, folds, prepare, train

ARTICLE = """Họp bàn phòng chống thiên tai

Sáng 5/3/2024, UBND tỉnh Quảng Đông tổ chức hội nghị về công tác phòng chống thiên tai.

Giám đốc Sở Nông nghiệp Lý Văn Tâm báo cáo, năm qua tỉnh đã gia cố 12 km đê.

Chủ tịch UBND tỉnh Trịnh Văn Quang yêu cầu các sở rà soát phương án ứng phó bão lũ, đồng thời kiểm tra hồ chứa.

Bên cạnh đó, cần tăng cường kiểm tra hệ thống đê điều.
"""
GOLD = {
    "id": "a1", "kind": "meeting",
    "tasks": [
        # A clause of a sentence still marks the whole sentence as a task sentence.
        {"assigner": {"name": "Trịnh Văn Quang"}, "evidence": "Chủ tịch UBND tỉnh Trịnh Văn Quang yêu cầu các sở rà soát phương án ứng phó bão lũ"},
        {"assigner": {"name": "Trịnh Văn Quang"}, "evidence": "Bên cạnh đó, cần tăng cường kiểm tra hệ thống đê điều.",
         "implicit_speaker": True},
    ],
    "reports": [{"speaker": {"name": "Lý Văn Tâm"}, "evidence": "Giám đốc Sở Nông nghiệp Lý Văn Tâm báo cáo, năm qua tỉnh đã gia cố 12 km đê."}],
}


def _folder(tmp_path: Path, n: int = 3) -> Path:
    for i in range(n):
        (tmp_path / f"a{i}.txt").write_text(ARTICLE, encoding="utf-8")
        (tmp_path / f"a{i}.gold.json").write_text(json.dumps(GOLD, ensure_ascii=False), encoding="utf-8")
        (tmp_path / f"a{i}.meta.json").write_text(json.dumps({"source": "github:x/hddtvn@1:a.md"}), encoding="utf-8")
    return tmp_path


def test_gold_labels_follow_the_evidence(tmp_path: Path) -> None:
    docs = load_gold([_folder(tmp_path, 1)])
    assert [d.source for d in docs] == ["hddtvn"]
    [ex] = prepare(docs)
    # A continuation (the gold's implicit speaker) is a task label of its own: U.
    assert ex.labels == sentence_labels(ex.analysis, GOLD) == ["O", "R", "T", "U"]


def test_folds_spread_every_source_and_are_seeded() -> None:
    def ex(name: str, source: str) -> Example:
        return Example(GoldDoc(name, Path(name), source, {}), None, [], [])  # type: ignore[arg-type]

    examples = [ex(f"b{i}", "baomoi") for i in range(10)] + [ex(f"v{i}", "vietnews") for i in range(5)]
    f = folds(examples, 5, seed=0)
    assert f == folds(examples, 5, seed=0)
    assert all(sum(1 for e, k in zip(examples, f, strict=True) if k == fold and e.doc.source == "baomoi") == 2 for fold in range(5))
    assert sorted(k for e, k in zip(examples, f, strict=True) if e.doc.source == "vietnews") == [0, 1, 2, 3, 4]


def test_training_writes_a_model_that_tags(tmp_path: Path) -> None:
    gold = tmp_path / "gold"
    gold.mkdir()
    examples = prepare(load_gold([_folder(gold)]))
    model = tmp_path / "m.crfsuite"
    tagger = train(examples, model, {"max_iterations": 30})
    assert model.exists() and isinstance(tagger, SentenceTagger)
    assert SentenceTagger(model).tag(examples[0].features) == tagger.tag(examples[0].features)
    # The tagger speaks T for both kinds of task sentence.
    assert set(tagger.tag(examples[0].features)) <= {"T", "R", "O"}
    assert len(tagger.tag(examples[0].features)) == 4
