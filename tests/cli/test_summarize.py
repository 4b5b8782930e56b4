import json
import subprocess
import sys

from click.testing import CliRunner

from briefing import __version__
from briefing.cli.main import cli


def run(*args, input=None):
    return CliRunner().invoke(cli, list(args), input=input)


def test_version():
    r = run("--version")
    assert r.exit_code == 0 and __version__ in r.output


def test_markdown_to_stdout(sample_path):
    r = run("summarize", "--engine", "extractive", str(sample_path))
    assert r.exit_code == 0, r.output
    assert r.stdout.startswith("# ") and "## Nhiệm vụ" in r.stdout


def test_json_to_file(tmp_path, sample_path):
    out = tmp_path / "sub" / "b.json"
    r = run("summarize", "--engine", "extractive", "-f", "json", "-o", str(out), str(sample_path))
    assert r.exit_code == 0, r.output
    assert r.stdout == ""
    data = json.loads(out.read_text(encoding="utf-8"))
    assert data["source"] == str(sample_path)


def test_output_file_is_readable_like_any_new_file(tmp_path, sample_path):
    """-o goes through a 0600 temporary; the result must still get the usual mode."""
    import os

    if not hasattr(os, "fchmod"):
        return
    old = os.umask(0o022)
    try:
        out = tmp_path / "b.md"
        r = run("summarize", "--engine", "extractive", "-o", str(out), str(sample_path))
        assert r.exit_code == 0, r.output
        assert out.stat().st_mode & 0o777 == 0o644
    finally:
        os.umask(old)


def test_stdin_dash(meeting_report):
    r = run("summarize", "--engine", "extractive", "-f", "text", "-", input=meeting_report.encode("utf-8"))
    assert r.exit_code == 0, r.output
    assert "TÓM TẮT" in r.stdout


def test_several_files_as_json_lines(tmp_path, sample_path, meeting_report):
    other = tmp_path / "r.txt"
    other.write_text(meeting_report, encoding="utf-8")
    r = run("summarize", "--engine", "extractive", "-f", "json", str(sample_path), str(other))
    assert r.exit_code == 0, r.output
    lines = r.stdout.strip().splitlines()
    assert [json.loads(line)["source"] for line in lines] == [str(sample_path), str(other)]


def test_one_bad_file_among_several_exits_1_but_briefs_the_rest(tmp_path, sample_path):
    r = run("summarize", "--engine", "extractive", "-f", "json", str(sample_path), str(tmp_path / "missing.txt"))
    assert r.exit_code == 1
    assert len(r.stdout.strip().splitlines()) == 1
    assert "missing.txt" in r.stderr and "Traceback" not in r.stderr


def test_usage_error_exits_2(sample_path):
    assert run("summarize", "-f", "pdf", str(sample_path)).exit_code == 2
    assert run("summarize").exit_code == 2


def test_python_dash_m_and_no_torch_on_the_extractive_path(sample_path):
    code = (
        f"import sys, runpy; sys.argv=['briefing','summarize','--engine','extractive',{str(sample_path)!r}];"
        "import briefing.cli.main as m\n"
        "try:\n    m.main()\nexcept SystemExit as e:\n    assert e.code in (0, None), e.code\n"
        "assert 'torch' not in sys.modules and 'transformers' not in sys.modules, 'heavy import'\n"
    )
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120, check=False)
    assert proc.returncode == 0, proc.stderr
    proc = subprocess.run([sys.executable, "-m", "briefing", "--version"], capture_output=True, text=True, timeout=60,
                          check=False)
    assert proc.returncode == 0 and __version__ in proc.stdout
