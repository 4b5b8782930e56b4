"""Who directed what, condensed from the extracted tasks (pure functions, no model).

Every word comes from the report: the assigner as the report names them, the verb the
report uses ("yêu cầu", "đề nghị" …), the assignees as written, and each task's action
(:attr:`Task.text`, which starts with the verb) shortened at a clause boundary, so a
condensed line can say no more than the evidence does.
"""
from __future__ import annotations

import re
from collections.abc import Iterable, Sequence

from briefing.text.clip import clip
from briefing.types import Person, Task

#: Verbs of direction a sentence can reuse as "<assigner> <verb> <assignees> <action>";
#: other cues ("nhấn mạnh", "lưu ý", "kết luận") do not take an assignee and an action
#: that way, so the sentence then says "chỉ đạo".
_VERB = re.compile(r"(?<!\w)(yêu cầu|đề nghị|giao|chỉ đạo|kiến nghị)(?!\w)", re.IGNORECASE)
# "giao" also reads in "được giao", "bàn giao", "giao thông", "giao ban" …: not a direction.
_NOT_GIVING = re.compile(r"(?:được|bàn|chuyển|ngoại)\s+$", re.IGNORECASE)
_NOT_GIVEN = re.compile(r"^\s+(?:thông|ban|dịch|lưu|tiếp|nhận|hàng|thương|hữu|nộp|kết|khoán)(?!\w)", re.IGNORECASE)
# Determiners that open a group of assignees ("Các sở, ngành") and are lower-cased inside
# a sentence; any other capital (a body's name: "Đảng ủy Khối", "Bộ Công an") stays.
_DETERMINER = re.compile(r"^(?:Các|Những|Mọi|Từng|Toàn thể|Tất cả|Cả)\s")
DEFAULT_VERB = "chỉ đạo"

#: Bounds that keep a condensed line to one screen line: the actions named, their words,
#: the assignees named.
MAX_ACTIONS = 3
ACTION_WORDS = 10
MAX_ASSIGNEES = 3


def group_tasks(tasks: Iterable[Task]) -> list[tuple[Person | None, list[Task]]]:
    """Tasks grouped by assigner, groups in order of first appearance."""
    groups: dict[Person | None, list[Task]] = {}
    for t in tasks:
        groups.setdefault(t.assigner, []).append(t)
    return list(groups.items())


def short_label(p: Person | None) -> str:
    """A person as a sentence names them: the role they speak in, then the name.

    A title listing several posts ("Phó Bí thư Thành ủy, Chủ tịch HĐND TP") keeps its last
    capitalised one, the post reports use when the person speaks ("Chủ tịch HĐND TP").
    """
    if p is None:
        return ""
    title = p.title or ""
    posts = [t.strip() for t in title.split(",") if t.strip()]
    capital = [t for t in posts if t[:1].isupper()]
    post = capital[-1] if capital else posts[0] if posts else ""
    return " ".join(x for x in (post, p.name) if x)


def lower_first(text: str) -> str:
    """``text`` with its first letter lower-cased, unless the first word is a name or an
    acronym ("UBND", "Hà Nội"): only a capitalised common word opens a sentence that way."""
    first = text.split(" ", 1)[0]
    if len(first) > 1 and first[1:].islower() and not _is_name_start(text):
        return text[:1].lower() + text[1:]
    return text


def _is_name_start(text: str) -> bool:
    words = text.split()
    # Two capitalised words in a row open a name ("Hà Nội", "Bộ Y tế"), not an action.
    return len(words) > 1 and words[1][:1].isupper()


def action(task: Task, max_words: int = ACTION_WORDS, *, assignees: Sequence[str] = ()) -> str:
    """The task's action, shortened at a clause boundary, without the trailing ellipsis
    or an assignee it opens with (the line names them apart; ``assignees`` adds to the
    task's own)."""
    text = task.text.strip().rstrip(" .;…")
    for a in (*task.assignees, *assignees):
        if text.startswith(a + " ") and len(text) > len(a) + 1:
            text = text[len(a):].strip(" ,")
            break
    return _balanced(clip(text, max_words, phrases=True, mark="").rstrip(" ,;:"))


def _balanced(text: str) -> str:
    """``text`` without a quotation it opens but does not close (a quote the task's short
    form cut): the words before the quote when there are a few, else the quote mark goes."""
    at = text.rfind("“")
    if at < 0 or "”" in text[at:]:
        return text
    head = text[:at].rstrip(" ,:;")
    return head if len(head.split()) >= 3 else text[:at] + text[at + 1:]


def main_tasks(tasks: Sequence[Task], limit: int = MAX_ACTIONS) -> list[Task]:
    """The tasks a condensed line names: those the assigner states in person first (a
    continuation elaborates on them), in document order."""
    chosen = [t for t in tasks if not t.implicit_speaker][:limit]
    chosen += [t for t in tasks if t.implicit_speaker][: limit - len(chosen)]
    return sorted(chosen, key=lambda t: t.start)


def assignees_of(tasks: Iterable[Task], limit: int = MAX_ASSIGNEES) -> list[str]:
    seen: dict[str, None] = {}
    for t in tasks:
        for a in t.assignees:
            seen.setdefault(a, None)
    return list(seen)[:limit]


def verb_of(tasks: Sequence[Task]) -> str:
    """The verb of direction the report uses for these tasks: the last one before the
    action in the first task that states its speaker ("Bộ trưởng yêu cầu các sở …")."""
    for t in sorted(tasks, key=lambda t: (t.implicit_speaker, t.start)):
        head = t.text.strip().rstrip(" .;…").split(" ")[:3]
        at = t.evidence.lower().find(" ".join(head).lower()) if head else -1
        before = t.evidence if at < 0 else t.evidence[:at]
        verbs = [m for m in _VERB.finditer(before)
                 if not (m.group(1).lower() == "giao" and (_NOT_GIVING.search(before[:m.start()])
                                                            or _NOT_GIVEN.match(before[m.end():])))]
        if verbs:
            return verbs[-1].group(1).lower()
    return DEFAULT_VERB


def _assignee(text: str) -> str:
    return text[:1].lower() + text[1:] if _DETERMINER.match(text) else text


def join_actions(actions: Sequence[str]) -> str:
    """"a", "a và b", "a, b và c"; actions with commas inside are set apart by ";"."""
    actions = [a for a in actions if a]
    if len(actions) <= 1:
        return "".join(actions)
    sep = "; " if any("," in a for a in actions) else ", "
    return sep.join(actions[:-1]) + " và " + actions[-1]


def predicate(tasks: Sequence[Task], *, max_actions: int = MAX_ACTIONS, action_words: int = ACTION_WORDS) -> str:
    """"<verb> <assignees> <actions>" for one assigner's tasks, in lower case."""
    if not tasks:
        return ""
    main = main_tasks(tasks, max_actions)
    named = assignees_of(tasks)
    actions = [lower_first(action(t, action_words, assignees=named)) for t in main]
    whom = ", ".join(_assignee(a) for a in named)
    parts = [verb_of(tasks), whom, join_actions(actions)]
    return " ".join(p for p in parts if p)


def assigner_line(tasks: Sequence[Task]) -> str:
    """One line condensing one assigner's tasks: verb, assignees, main actions, and how
    many more there are ("… và 5 nhiệm vụ khác")."""
    text = predicate(tasks)
    if not text:
        return ""
    more = len(tasks) - len(main_tasks(tasks))
    if more > 0:
        text += f" (và {more} nhiệm vụ khác)"
    return text[:1].upper() + text[1:] + "."


def directions_sentences(tasks: Sequence[Task], *, max_assigners: int = 2,
                         chair: Person | None = None, meeting_kind: str = "cuộc họp") -> list[str]:
    """One sentence for each of the assigners with the most tasks ("<who> <predicate>.").

    When the chair is the one directing, the sentence says so ("Chủ trì hội nghị, …").
    Tasks with no known assigner are left out: a sentence needs a subject.
    """
    groups = [(i, a, ts) for i, (a, ts) in enumerate(group_tasks(tasks)) if a is not None]
    top = sorted(groups, key=lambda g: (-len(g[2]), g[0]))[:max_assigners]
    out = []
    for _, assigner, ts in sorted(top, key=lambda g: g[0]):
        who, what = short_label(assigner), predicate(ts)
        if not who or not what:
            continue
        if chair is not None and chair.name and assigner.name == chair.name:
            who = f"Chủ trì {meeting_kind}, {who}"
        out.append(f"{who} {what}.")
    return out
