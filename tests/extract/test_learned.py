"""The learned sentence tagger: its features, the shipped model and its card."""
from __future__ import annotations

import importlib.util
import json
from pathlib import Path

import pytest

from briefing.extract import extract
from briefing.extract.features import sentence_features
from briefing.extract.signals import analyse
from briefing.extract.tagger import CARD_NAME, LABELS, default_tagger, model_path
from briefing.io import read
from briefing.text.segment import segment

from .conftest import segmented_text

SAMPLE = Path(__file__).resolve().parents[2] / "samples" / "seed.txt"
SHARED = Path(__file__).resolve().parents[3] / "shared"

REPORT = """Tỉnh họp bàn phòng chống thiên tai

Sáng 5/3/2024, UBND tỉnh Quảng Đông tổ chức hội nghị về công tác phòng chống thiên tai.

Giám đốc Sở Nông nghiệp Lý Văn Tâm báo cáo, năm qua tỉnh đã gia cố 12 km đê.

Phát biểu chỉ đạo, Chủ tịch UBND tỉnh Trịnh Văn Quang yêu cầu các sở, ngành rà soát phương án ứng phó bão lũ.

Bên cạnh đó, cần tăng cường kiểm tra hệ thống đê điều, hồ chứa.
"""


def test_one_feature_dict_per_body_sentence_with_the_rule_signals() -> None:
    an = analyse(segmented_text(REPORT))
    feats = sentence_features(an)
    assert len(feats) == len(an.sentences) == 4
    report, directive, continuation = feats[1], feats[2], feats[3]
    assert "spk.report" in report and "spk.report.official" in report
    assert "dir" in directive and "dir.official" in directive
    # Context that no single sentence shows: an official gave directions one sentence ago.
    assert "since.directive=1" in continuation and "last_voice=directive" in continuation
    assert "cont" in continuation and "modal" in continuation
    assert all(isinstance(v, float) for f in feats for v in f.values())


def test_features_are_a_pure_function_of_the_report() -> None:
    first = sentence_features(analyse(segmented_text(REPORT)))
    again = sentence_features(analyse(segmented_text(REPORT)))
    assert first == again


def test_the_shipped_model_loads_with_its_card() -> None:
    tagger = default_tagger()
    assert model_path().exists()
    card = json.loads(model_path().with_name(CARD_NAME).read_text(encoding="utf-8"))
    assert card["format"].startswith("CRFsuite")
    assert set(card["labels"]) == set(LABELS)
    assert len(card["data"]["sha256"]) == 64 and card["data"]["articles"] >= 100
    assert 0 < card["decision"]["task_threshold"] < 1
    assert tagger.threshold == card["decision"]["task_threshold"]
    cv = card["cross_validation"]["overall"]
    assert 0 < cv["strict"]["f1"] <= 1 and cv["docs"] == card["data"]["articles"]
    labels = tagger.tag(sentence_features(analyse(segmented_text(REPORT))))
    assert len(labels) == 4 and set(labels) <= set(LABELS)


def test_the_sample_report_gives_its_leaders_directions() -> None:
    ex = extract(segment(read(SAMPLE)))
    assert len(ex.tasks) >= 6
    assert {t.assigner.name for t in ex.tasks if t.assigner} == {"Nguyễn Thị Lệ"}
    assert "Lê Thị Hồng Nga" in {r.speaker.name for r in ex.reports if r.speaker}
    text = read(SAMPLE).text
    assert all(text[t.start:t.end] == t.evidence for t in ex.tasks)


@pytest.mark.skipif(not (SHARED / "eval" / "score.py").exists(), reason="../shared (gold articles, scorer) not beside the checkout")
def test_the_shipped_model_reproduces_its_recorded_checks() -> None:
    """The card records the shipped model's counts on a few articles: a feature or signal
    change that is not followed by retraining (``python -m briefing.train``) shows here."""
    card = json.loads(model_path().with_name(CARD_NAME).read_text(encoding="utf-8"))
    spec = importlib.util.spec_from_file_location("shared_score", SHARED / "eval" / "score.py")
    assert spec is not None and spec.loader is not None
    scorer = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(scorer)
    assert card["checks"], "the card records no checks"
    for name, want in card["checks"].items():
        txt = SHARED / f"{name}.txt"
        gold = json.loads((SHARED / f"{name}.gold.json").read_text(encoding="utf-8"))
        doc = read(txt)
        ex = extract(segment(doc))
        pred = {"tasks": [{"evidence": t.evidence, "assigner": {"name": t.assigner.name if t.assigner else None}}
                          for t in ex.tasks], "meeting": {"date": ex.meeting.date}}
        row = scorer.score_doc(gold, pred, doc.text)
        assert {k: row[k] for k in want} == want, name
