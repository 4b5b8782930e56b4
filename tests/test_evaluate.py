"""Reading pairs.jsonl for `briefing evaluate`: every malformed line is an InputError."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from briefing.errors import InputError
from briefing.evaluate import VietnameseTokenizer, read_pairs

DOC = "Chủ tịch UBND tỉnh yêu cầu các sở hoàn thành kế hoạch trước ngày 30/6."


def write(tmp_path: Path, *lines: str) -> Path:
    path = tmp_path / "pairs.jsonl"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def test_reads_pairs_and_skips_blank_lines(tmp_path: Path) -> None:
    row = {"id": "x1", "title": "Tổng kết", "document": DOC, "summary": "Hoàn thành kế hoạch."}
    pairs = list(read_pairs(write(tmp_path, json.dumps(row, ensure_ascii=False), "", json.dumps({"document": DOC, "summary": "s"}))))
    assert [p.id for p in pairs] == ["x1", "3"]
    assert pairs[0].text() == "Tổng kết\n\n" + DOC and pairs[1].text() == DOC


@pytest.mark.parametrize("line", [
    "not json",
    "[1, 2]",                                   # valid JSON, not an object
    "42",
    '{"document": "d"}',                        # no summary
    '{"document": null, "summary": "s"}',
    '{"document": 5, "summary": "s"}',
    '{"document": "d", "summary": "s", "title": 7}',
])
def test_malformed_lines_are_input_errors(tmp_path: Path, line: str) -> None:
    with pytest.raises(InputError, match="line 1"):
        list(read_pairs(write(tmp_path, line)))


def test_a_file_that_is_not_utf8_is_an_input_error(tmp_path: Path) -> None:
    path = tmp_path / "pairs.jsonl"
    path.write_bytes(json.dumps({"document": DOC, "summary": "s"}, ensure_ascii=False).encode("utf-16"))
    with pytest.raises(InputError, match="UTF-8"):
        list(read_pairs(path))


def test_tokenizer_keeps_diacritics() -> None:
    assert VietnameseTokenizer().tokenize("Hội HỒI hoi") == ["hội", "hồi", "hoi"]


def test_cli_refuses_an_empty_pairs_file_and_a_list_line_in_one_line(tmp_path: Path) -> None:
    from click.testing import CliRunner

    from briefing.cli.main import cli

    empty = tmp_path / "empty.jsonl"
    empty.write_text("\n", encoding="utf-8")
    for path in (empty, write(tmp_path, "[1, 2]")):
        r = CliRunner().invoke(cli, ["evaluate", "--engine", "extractive", str(path)])
        assert r.exit_code == 1 and isinstance(r.exception, SystemExit), r.output  # not a traceback
        assert r.output.startswith("briefing: error: [B100] ") and r.output.count("\n") == 1, r.output


def test_cli_limit_reads_only_the_first_pairs(tmp_path: Path) -> None:
    from click.testing import CliRunner

    from briefing.cli.main import cli

    good = json.dumps({"document": "Hội nghị tổng kết. " + DOC, "summary": "Hoàn thành kế hoạch."}, ensure_ascii=False)
    path = write(tmp_path, good, "[1, 2]")  # the bad line lies past --limit 1
    r = CliRunner().invoke(cli, ["evaluate", "--engine", "extractive", "--limit", "1", str(path)])
    assert r.exit_code == 0, r.output
    assert json.loads(r.stdout)["n"] == 1
