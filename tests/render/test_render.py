import json
from importlib import resources

import jsonschema
import pytest

import briefing
from briefing.render import render


@pytest.fixture(scope="module")
def schema():
    return json.loads(resources.files("briefing").joinpath("schema/briefing.schema.json").read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def sample_briefing(sample_path):
    return briefing.brief_file(sample_path, engine="extractive")


def test_json_validates_against_shipped_schema(sample_briefing, schema):
    data = json.loads(render(sample_briefing, "json"))
    jsonschema.validate(data, schema)
    assert data["schema_version"] == briefing.SCHEMA_VERSION


def test_json_of_a_written_report_validates(meeting_report, schema):
    data = briefing.brief(meeting_report, engine="extractive").to_dict()
    jsonschema.validate(data, schema)


def test_schema_rejects_a_missing_field(sample_briefing, schema):
    data = sample_briefing.to_dict()
    del data["summary"]
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate(data, schema)


def test_json_offsets_point_at_the_evidence(sample_briefing, sample_path):
    text = briefing.Briefer(engine="extractive").read(sample_path).text
    for t in sample_briefing.to_dict()["tasks"]:
        assert text[t["evidence_start"] : t["evidence_end"]] == t["evidence"]


def test_markdown_has_sections_and_one_line_per_task(sample_briefing):
    md = render(sample_briefing, "md")
    assert md.startswith("# ")
    assert "## Tóm tắt" in md and "## Nhiệm vụ" in md
    assert md.count("\n- ") == len(sample_briefing.tasks)
    # The evidence stays in the JSON; the short briefing says how to get it.
    assert not any(t.evidence in md for t in sample_briefing.tasks)
    assert "--evidence" in md


def test_markdown_with_evidence_quotes_every_task_and_report(sample_briefing):
    md = render(sample_briefing, "md", evidence=True)
    for t in sample_briefing.tasks + sample_briefing.reports:
        assert t.evidence.replace("\n", " ").strip() in md
    notes = [line for line in md.splitlines() if line.startswith("[^")]
    assert len(notes) == len(sample_briefing.tasks) + len(sample_briefing.reports)


def test_text_format_lists_tasks(sample_briefing):
    out = render(sample_briefing, "text")
    assert "TÓM TẮT" in out and f"NHIỆM VỤ ({len(sample_briefing.tasks)})" in out
    assert out.count("\n  - ") == len(sample_briefing.tasks)
    with_notes = render(sample_briefing, "text", evidence=True)
    assert "TRÍCH DẪN" in with_notes and "TRÍCH DẪN" not in out


def test_unknown_format_is_an_error(sample_briefing):
    with pytest.raises(ValueError, match="unknown format"):
        render(sample_briefing, "pdf")
