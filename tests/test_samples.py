"""samples/ holds what the tool makes of the user's sample report: it must match the tool."""
import pytest
from click.testing import CliRunner

from briefing.cli.main import cli
from tests.conftest import ROOT


@pytest.mark.parametrize("fmt", ["md", "json"])
def test_samples_are_what_the_tool_makes_now(fmt, monkeypatch):
    monkeypatch.chdir(ROOT)  # the samples record the relative path samples/seed.txt
    result = CliRunner().invoke(cli, ["-q", "summarize", "--engine", "extractive", "-f", fmt, "samples/seed.txt"])
    assert result.exit_code == 0, result.output
    expected = (ROOT / "samples" / f"seed.{fmt}").read_text(encoding="utf-8")
    assert result.stdout == expected, (
        f"samples/seed.{fmt} is out of date: regenerate it with "
        f"'briefing summarize --engine extractive -f {fmt} -o samples/seed.{fmt} samples/seed.txt'"
    )


def test_the_readme_shows_the_seeds_briefing_as_it_is_now():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    block = readme.split("<!-- seed-briefing -->\n````markdown\n", 1)[1].split("````", 1)[0]
    assert block == (ROOT / "samples" / "seed.md").read_text(encoding="utf-8"), (
        "the README's short briefing differs from samples/seed.md: copy the regenerated sample into it")
