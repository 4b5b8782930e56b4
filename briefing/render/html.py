"""HTML briefing: a standalone page that reads with scripts off and prints on A4.

The page is made from Jinja2 templates (``briefing/render/templates/``) with autoescaping
on, so text from a report can never become markup. The CSS is inlined, so the file opens
anywhere, offline, and the same article template is what ``briefing serve`` shows.
"""
from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache
from typing import TYPE_CHECKING, Any

from briefing.render.grouping import who
from briefing.render.notices import vietnamese
from briefing.types import Briefing, Person

if TYPE_CHECKING:
    import jinja2


@lru_cache(maxsize=1)
def environment() -> jinja2.Environment:
    """The templates of the HTML renderer (jinja2 is imported only when HTML is asked for)."""
    import jinja2

    return jinja2.Environment(
        loader=jinja2.PackageLoader("briefing.render", "templates"),
        autoescape=True,
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
    )


def _person(p: Person | None) -> str | None:
    return who(p) if p is not None else None


def view(b: Briefing) -> dict[str, Any]:
    """What the article template shows, as plain values (the template holds no logic of ours)."""
    m = b.meeting
    facts: list[tuple[str, str]] = []
    if m.name and b.title and m.name != b.title:
        facts.append(("Bài viết", b.title))
    if m.date:
        facts.append(("Ngày họp", m.date))
    elif b.published:
        facts.append(("Ngày đăng", b.published))
    if m.chair:
        facts.append(("Chủ trì", who(m.chair)))
    if m.attendees:
        facts.append(("Tham dự", "; ".join(who(p) for p in m.attendees)))
    if b.source and b.source != "-":
        facts.append(("Nguồn", b.source))
    how = f"Tóm tắt bằng {b.summary.engine}"
    if b.summary.model:
        how += f", mô hình {b.summary.model}"
    if b.summary.chunks > 1:
        how += f", {b.summary.chunks} đoạn"
    return {
        "heading": m.name or b.title or "Bản tóm tắt",
        "facts": facts,
        "summary": b.summary_text,
        "summary_how": how,
        "assigner_lines": [(who(a.assigner), a.text) for a in b.assigner_lines],
        "tasks": [
            {
                "number": i,
                "assigner": _person(t.assigner) or "Không rõ người giao",
                "assignees": ", ".join(t.assignees),
                "deadline": t.deadline or "",
                "text": t.text,
                "evidence": t.evidence,
                "start": t.start,
                "end": t.end,
                "implicit": t.implicit_speaker,
            }
            for i, t in enumerate(b.tasks, 1)
        ],
        "reports": [(who(r.speaker), r.evidence) for r in b.reports],
        "warnings": [vietnamese(w) for w in b.warnings],
    }


def to_html_fragment(b: Briefing, *, evidence_open: bool = False) -> str:
    """The briefing as one ``<article>``; the evidence of each task opens on demand."""
    return environment().get_template("article.html.j2").render(v=view(b), evidence_open=evidence_open)


def to_html_many(briefings: Sequence[Briefing]) -> str:
    """One standalone HTML document holding each briefing in turn (a page break between)."""
    views = [view(b) for b in briefings]
    title = views[0]["heading"] if len(views) == 1 else f"{len(views)} bản tóm tắt"
    return environment().get_template("briefing.html.j2").render(views=views, title=title, evidence_open=True)


def to_html(b: Briefing) -> str:
    """A standalone, printable HTML briefing: inline CSS, no scripts, A4 print layout."""
    return to_html_many([b])
