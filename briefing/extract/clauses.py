"""How a sentence reads: a direction, a result, a pledge, a prediction or a comment.

The task extractor decides *who* speaks; these predicates decide whether what is said asks
anyone to act. They are plain regular expressions over one sentence or clause, built from
the cue lexicons in :mod:`briefing.extract.cues`: obligation markers, bare action verbs,
continuation openers, and the marks of the past ("đã"), the future ("sẽ"), figures,
results, shortcomings and comments ("Đây là nhiệm vụ khó khăn …").
"""
from __future__ import annotations

import re

from briefing.extract import cues
from briefing.extract.assignees import opens_with_unit

# Results and figures: a sentence without an obligation marker that states them is an
# account of what happened ("… tiếp tục được cải thiện", "đạt kết quả tích cực", "617 vụ").
_RESULT = re.compile(
    r"(?<!\w)(?:đạt\s+(?:kết\s+quả|được|mức|\d)|được\s+(?:cải\s+thiện|triển\s+khai|bảo\s+đảm|đảm\s+bảo|nâng\s+cao|"
    r"tăng\s+cường|thực\s+hiện|duy\s+trì|củng\s+cố|quan\s+tâm)|có\s+(?:những|nhiều)\s+(?:đột\s+phá|tiến\s+bộ|chuyển\s+biến)|"
    r"chuyển\s+biến\s+tích\s+cực|tiếp\s+tục\s+(?:được|có|tăng(?!\s+cường)|giảm|chuyển)|vượt\s+\d|tăng\s+\d|giảm\s+\d)",
    re.IGNORECASE,
)
# Shortcomings found ("chưa quyết liệt", "còn thiếu"): an assessment, not a direction.
_SHORTCOMING = re.compile(
    r"(?<!\w)(?:chưa|còn\s+(?:thiếu|nhiều|chậm|yếu)|thiếu\s+(?:chủ\s+động|chuyên\s+nghiệp))(?!\w)", re.IGNORECASE)
# "… vẫn còn rất lộn xộn", "vẫn chưa …": a state of affairs, even after an action word
# ("Quản lý các xe … vẫn còn rất lộn xộn").
_STILL = re.compile(r"(?<!\w)(?:vẫn\s+còn|còn\s+rất|vẫn\s+chưa)(?!\w)", re.IGNORECASE)
# "Nếu …, (thì) chúng ta sẽ …": a prediction. It is a direction only when an obligation
# comes before the "sẽ" ("Nếu đạt kết quả tốt, sở cần …").
_IF = re.compile(r"^\W*(?:Nếu|Khi|Một\s+khi)(?!\w)")
_WILL = re.compile(r"(?<!\w)sẽ(?!\w)")
# "Đây là nhiệm vụ khó khăn, đòi hỏi …": a comment on the directions, not one of them.
_COPULA = re.compile(r"^\W*(?:Đây|Đó|Điều\s+này)\s+(?:là|cũng\s+là|chính\s+là)(?!\w)")
# A proposal already sent upward ("TP đã đề nghị Bộ …", "đang kiến nghị với …").
_SENT_UP = re.compile(
    r"(?<!\w)(?:đã|đang|vừa)\s+(?:có\s+văn\s+bản\s+)?(?:đề\s+nghị|kiến\s+nghị|đề\s+xuất|báo\s+cáo|xin)(?!\w)")
_FIGURES = re.compile(r"\d[\d.,]*\s*(?:%|tỷ|triệu|nghìn|vụ|đối\s+tượng|tấn|lượt)")

# "Cùng với đó là làm tốt …", "Đặc biệt là lãnh đạo …": the link before the action.
_LINK = re.compile(r"^(?:với\s+đó\s*,?\s*)?(?:là\s+)?", re.IGNORECASE)
_ENUMERATOR = re.compile(
    r"^\W*(?:thứ\s+(?:nhất|hai|ba|tư|năm|sáu|bảy|tám|\d)|(?:một|hai|ba|bốn|năm|sáu|bảy)\s+là|"
    r"nhiệm\s+vụ\s+(?:thứ\s+\w+|trọng\s+tâm\s+thứ\s+\w+))(?!\w)",
    re.IGNORECASE,
)


def after_link(rest: str) -> str:
    """What follows a continuation opener, past its link: "Cùng với đó là làm tốt …" -> "làm tốt …"."""
    return _LINK.sub("", rest.lstrip(" ,:"), count=1)


def looks_directive(text: str) -> bool:
    """A sentence that reads as a direction even without a speaker."""
    body = text
    if _ENUMERATOR.match(text):
        return True  # the next item of a list of directions
    c = cues.CONTINUATION.match(body)
    if c:
        body = after_link(body[c.end():])
    if cues.MODAL.search(text):
        return True
    if cues.ACTION_START.match(body):
        return True
    # "Bộ Công Thương xây dựng kịch bản …", "Các bộ, ngành tiếp tục …": a unit then an action.
    return _unit_acts(body)


_SAYS = re.compile(r"(?<!\w)(?:" + f"{cues.SPEECH_VERBS}|{cues.REPORT_VERBS}|{cues.ASSESS_VERBS}" + r")(?!\w)")


def _unit_acts(body: str) -> bool:
    m = _SUBJECT_ACTION.match(body)
    if m is None:
        return False
    # "Phó Thủ tướng cho biết, Đề án cũng đặt ra việc nghiên cứu …": the one who speaks is not the
    # subject of the action; what they say may still open with a unit that acts.
    says = list(_SAYS.finditer(body, 0, m.end()))
    if says:
        return _unit_acts(body[says[-1].end():].lstrip(" ,:"))
    # "Hồ … được khởi công xây dựng năm 1973": after "được"/"bị" the action is done to the
    # subject; the sentence tells what happened to it, the subject does not act.
    return (opens_with_unit(body) and not cues.PAST.search(body[: m.end()])
            and not _PASSIVE_BEFORE.search(body, 0, m.start("act")))


_STRONG_ACTION = (
    r"(?:tiếp\s+tục|tăng\s+cường|tập\s+trung|đẩy\s+mạnh|khẩn\s+trương|chủ\s+động|rà\s+soát|xây\s+dựng|"
    r"nghiên\s+cứu|phối\s+hợp|chỉ\s+đạo|triển\s+khai|theo\s+dõi|hoàn\s+thiện|chấn\s+chỉnh|"
    r"bảo\s+đảm|đảm\s+bảo|sớm|kiên\s+quyết|quyết\s+liệt|thực\s+hiện\s+nghiêm|chú\s+trọng|nâng\s+cao|"
    r"chuẩn\s+bị|làm\s+tốt|chịu\s+trách\s+nhiệm|nghiêm\s+túc|có\s+biện\s+pháp|có\s+giải\s+pháp)"
)
_SUBJECT_ACTION = re.compile(r"^[^.;:]{2,70}?\s(?P<act>" + _STRONG_ACTION + r")(?!\w)")
_PASSIVE_BEFORE = re.compile(r"(?<!\w)(?:được|bị)(?:\s+[^\W\d]+){0,2}\s+$", re.IGNORECASE)


_STATE_MARK = re.compile(r"(?<!\w)(?:sẽ|đã|đang)(?!\w)")
_TURN = re.compile(r"(?<!\w)(?:nhưng|tuy\s+nhiên|song|mặt\s+khác|đồng\s+thời|vì\s+vậy|do\s+đó|vì\s+thế)(?!\w)")
_CONCESSION = re.compile(r"^[\s,:]*(?:dù|mặc\s+dù|tuy|tuy\s+rằng|dẫu)(?!\w)", re.IGNORECASE)


def states_first(clause: str) -> bool:
    """What a speaker "khẳng định" or "nhấn mạnh" is a pledge or a result ("… sẽ nỗ lực",
    "… đã tổ chức") when "sẽ"/"đã"/"đang" comes before any obligation or directive verb."""
    # "dù … đã giảm, nhưng vẫn … cần phải …": the concession states, the rest directs.
    concession = _CONCESSION.match(clause)
    start = clause.find(",", concession.end()) + 1 if concession else 0
    mark = _STATE_MARK.search(clause, start)
    if mark is None:
        return False
    wants = [m.start() for m in (cues.MODAL.search(clause), cues.DIRECTIVE_RE.search(clause)) if m]
    if not wants:
        return True
    # "… đã đạt nhiều kết quả, nhưng cần …": the result is conceded, the direction follows.
    # A pledge ("sẽ …") stays a pledge.
    return mark.start() < min(wants) and (mark.group(0) == "sẽ" or not _TURN.search(clause, mark.end(), min(wants)))


# "do …", "vì …", "nguyên nhân (là) …" open a cause; "vì vậy", "do đó" close one and lead to
# what must follow from it.
_CAUSE = re.compile(r"(?<!\w)(?:do|vì|bởi|nguyên\s+nhân|lý\s+do)(?!\w)(?!\s+(?:vậy|đó|thế)(?!\w))", re.IGNORECASE)
_THEREFORE = re.compile(r"(?<!\w)(?:vì\s+vậy|vì\s+thế|do\s+đó|do\s+vậy|nên)(?!\w)", re.IGNORECASE)


def explains(clause: str) -> bool:
    """The first obligation stands inside a cause ("chậm do … các thủ tục phải tuân thủ …",
    "vì … phải chờ …"): it says why things are so, it asks nothing. "vì vậy, … phải …" and
    "do … nên phải …" draw a consequence, which may be a direction."""
    modal = cues.MODAL.search(clause)
    return modal is not None and bool(_CAUSE.search(clause, 0, modal.start())) \
        and not _THEREFORE.search(clause, 0, modal.start())


# "cần nhìn từ gốc …", "phải nhìn nhận thành phố đang tụt hậu", "phải nói thẳng rằng …": one must see or
# say something; the speaker states a view, no one is asked to act.
_VIEW = re.compile(r"\s*(?:(?:phải|cũng)\s+)?(?:nhìn(?:\s+nhận)?|hiểu|thấy|nhận\s+thấy|thừa\s+nhận|nói)(?!\w)",
                   re.IGNORECASE)


def views(clause: str) -> bool:
    """The first obligation is to see or to say something ("cần nhìn nhận …", "phải nói thẳng …")."""
    modal = cues.MODAL.search(clause)
    return modal is not None and bool(_VIEW.match(clause, modal.end()))


def prediction(text: str) -> bool:
    """"Nếu …, chúng ta sẽ …" with no obligation before the "sẽ"."""
    will = _WILL.search(text) if _IF.match(text) else None
    if will is None:
        return False
    modal = cues.MODAL.search(text)
    return modal is None or modal.start() > will.start()


_BECAUSE = re.compile(r"(?<!\w)(?:vì|do|bởi|đòi\s+hỏi|khiến)(?!\w)")


def comment(copula_sentence: str) -> bool:
    """"Đây là nhiệm vụ khó khăn, đòi hỏi … phải …" comments on the directions; "Đây là
    vấn đề Bộ X cần sớm nghiên cứu" and "Đó là, cần …" state one (the obligation is not
    inside a "vì"/"đòi hỏi" clause)."""
    modal = cues.MODAL.search(copula_sentence)
    return modal is None or bool(_BECAUSE.search(copula_sentence, 0, modal.start()))


def states_only(text: str) -> bool:
    """A quoted sentence that states how things are or will be, not what must be done."""
    if prediction(text):
        return True
    return not cues.MODAL.search(text) and bool(_STILL.search(text))


def reads_as_result(text: str) -> bool:
    """An unattributed sentence that reports what happened rather than what must be done."""
    if _SENT_UP.search(text) or (_COPULA.match(text) and comment(text)):
        return True
    if prediction(text):
        return True
    if cues.MODAL.search(text):
        return False
    c = cues.CONTINUATION.match(text)
    rest = text[c.end():].lstrip(" ,:") if c else text
    if cues.ACTION_START.match(rest) or _ENUMERATOR.match(text):
        # "Tập trung … các nhiệm vụ đã đề ra": still a direction unless it states a result.
        return bool(_RESULT.search(text) or _STILL.search(text))
    return bool(cues.PAST.search(text) or _RESULT.search(text) or _FIGURES.search(text) or _SHORTCOMING.search(text))


# What follows a modal or "sẽ" tells a direction or a pledge from an assessment or a forecast:
# "các tỉnh cần rà soát", "sở sẽ tổ chức" name an action; "việc này cần nhiều thời gian",
# "giá sẽ giảm" name a state. Adverbs and a passive "được" may stand before the verb
# ("cần hết sức chú trọng", "phải được bãi bỏ", "sẽ trực tiếp kiểm tra").
_BEFORE_VERB = re.compile(r"^\s*(?:(?:phải|cần|được|tiếp\s+tục|cùng|sớm|hết\s+sức|thực\s+sự|luôn(?:\s+luôn)?|"
                          r"kiên\s+trì|nhất\s+thiết|từng\s+bước|trực\s+tiếp)\s+)*", re.IGNORECASE)
_DONE = re.compile(r"\s*(?:[^\W\d]+\s+){1,2}?(?:xong|được)(?!\w)", re.IGNORECASE)
# Actions that seldom open a sentence, so ACTION_START leaves them out, and "có" with a plan
# or a rule ("có kế hoạch", "có văn bản"): after a modal they name what to do.
_MORE_ACTION = re.compile(
    r"\s*(?:bố\s+trí|đánh\s+giá|xác\s+định|tiến\s+hành|hỗ\s+trợ|xem\s+xét|cân\s+đối|tuân\s+thủ|tính\s+toán|"
    r"tiếp\s+cận|áp\s+dụng|nhận\s+thức|giám\s+sát|đôn\s+đốc|báo\s+cáo|trình|ban\s+hành|sửa\s+đổi|bổ\s+sung|"
    # what an office does for others when it says it will: "sẽ trợ giúp pháp lý", "sẽ mời các bên",
    # "sẽ làm việc với tỉnh", "sẽ trả lời bằng văn bản", "phải phân định rõ …"
    r"trợ\s+giúp|mời|làm\s+việc\s+(?:trực\s+tiếp\s+)?với|trả\s+lời|hoàn\s+chỉnh|làm\s+rõ|xem\s+lại|đốc\s+thúc|phân\s+định|"
    # "phải tìm nguyên nhân để khắc phục", "cần tìm giải pháp …"; "tìm cách" is as often "try to".
    r"tìm\s+(?:ra|kiếm|hiểu|nguyên\s+nhân|giải\s+pháp|biện\s+pháp|hướng)|"
    r"cung\s+cấp|điều\s+chỉnh|thành\s+lập|thanh\s+tra|điều\s+tra|xử\s+phạt|cải\s+tạo|nâng\s+cấp|cân\s+nhắc|bàn\s+với|họp\s+bàn|"
    r"có\s+(?:kế\s+hoạch|giải\s+pháp|biện\s+pháp|phương\s+án|văn\s+bản|cơ\s+chế|chính\s+sách|lộ\s+trình|"
    r"chương\s+trình|ý\s+kiến|báo\s+cáo|chiến\s+lược|quy\s+định|hướng\s+dẫn))(?!\w)", re.IGNORECASE)
_STRONG_AT = re.compile(r"\s*" + _STRONG_ACTION + r"(?!\w)", re.IGNORECASE)


_EFFORT = re.compile(r"\s*(?:nỗ\s+lực|cố\s+gắng)(?:\s*(?:,|và)\s*(?:nỗ\s+lực|cố\s+gắng))*(?!\w)", re.IGNORECASE)
_NO_ACTION_AFTER = re.compile(r"\s*(?:$|[.;:!?…\"”]|(?:hơn|từng|trong|gấp|hết|nhiều|rất|để|cao|tối\s+đa)(?!\w))",
                              re.IGNORECASE)
# "cần tạo ra những công trình …" asks for them to be made; "sẽ tạo ra việc làm" forecasts a result.
_MADE = re.compile(r"\s*tạo\s+ra(?!\w)", re.IGNORECASE)


def _names_action(rest: str) -> bool:
    return bool(cues.ACTION_START.match(rest) or _STRONG_AT.match(rest) or _MORE_ACTION.match(rest))


def acts_after(clause: str, end: int) -> bool:
    """Whether the modal or "sẽ" that ends at ``end`` is followed by an action verb."""
    rest = clause[end:]
    m = _BEFORE_VERB.match(rest)
    if m:
        rest = rest[m.end():]
    after_will = _WILL.search(clause, max(0, end - 3), end) is not None
    if _MADE.match(rest) and not after_will:
        return True
    # "thì sẽ xử lý xong mùi hôi", "sẽ giảm được ùn tắc": what "sẽ" says will be done or managed
    # is an outcome foreseen; "phải giải quyết được …" still asks for it.
    if after_will and _DONE.match(rest):
        return False
    effort = _EFFORT.match(rest)
    if effort is not None:
        # "cần nỗ lực thực hiện cải cách" names the action; "cần nỗ lực hơn nữa trong …", "phải hết
        # sức cố gắng và nỗ lực." ask for effort alone.
        tail = rest[effort.end():]
        if (comma := re.match(r"\s*,\s*", tail)) is not None:
            return _names_action(tail[comma.end():])
        return not _NO_ACTION_AFTER.match(tail)
    return _names_action(rest)


# A unit (a body, a place, "các địa phương", "chúng ta") as the subject of a modal names who
# must act, as a direction does ("các tỉnh cần …"); a thing ("việc này cần …", "số thuế phải
# nộp") or no subject says less.
_FIRST_PERSON = re.compile(r"^(?:chúng\s+(?:ta|tôi|mình)|tôi|mình|ta)(?!\w)", re.IGNORECASE)
# Where a clause, and so its subject, begins.
_CLAUSE_EDGE = re.compile(r"[,;:“”\"()]|(?<!\w)(?:rằng|thì|là|mà)(?!\w)", re.IGNORECASE)


def unit_subject(clause: str, at: int) -> bool:
    """Whether the predicate that starts at ``at`` has a unit that can be given a task as
    its subject."""
    edge = 0
    for m in _CLAUSE_EDGE.finditer(clause, 0, at):
        edge = m.end()
    # "… lưu ý trước mắt các sở cần …": a verb of speech opens the clause it reports.
    for m in cues.ANY_VERB_RE.finditer(clause, edge, at):
        edge = m.end()
    head = clause[edge:at].strip()
    # "Trong thời gian tới, các tỉnh …", "Đồng thời các sở …".
    c = cues.CONTINUATION.match(head)
    while c and c.end() > 0:
        head = head[c.end():].lstrip(" ,:")
        c = cues.CONTINUATION.match(head)
    # "Việt Nam cần nỗ lực hơn nữa …": the whole country is what an opinion asks of, not a unit
    # anyone can give a task to.
    if _NATION.fullmatch(head):
        return False
    # "Thành phố đặt ra 7 chương trình cần thực hiện": the modal qualifies the counted items, a
    # relative clause; the unit before them is the subject of another verb. ("Cả 2 việc này phải
    # …": the items themselves are the subject, and no unit is named.)
    items = _COUNTED_ITEMS.search(head)
    if items is not None and not re.fullmatch(r"(?:(?:tất\s+)?cả)?", head[:items.start()].strip(), re.IGNORECASE):
        return False
    return bool(head) and bool(_FIRST_PERSON.match(head) or opens_with_unit(head + " "))


_NATION = re.compile(r"(?:Việt\s+Nam|nước\s+ta|đất\s+nước|quốc\s+gia)(?:\s+(?:cũng|vẫn|còn|rất|sẽ|đang))*",
                     re.IGNORECASE)
_COUNTED_ITEMS = re.compile(
    r"(?<!\w)(?:\d+|những|một\s+số|nhiều|hai|ba|bốn|năm|sáu|bảy|tám|chín|mười)\s+(?:chương\s+trình|nhiệm\s+vụ|"
    r"việc|vấn\s+đề|giải\s+pháp|nội\s+dung|công\s+việc|mục\s+tiêu|dự\s+án|điểm|khâu|lĩnh\s+vực)"
    r"(?:\s+[^\s,;:]+){0,3}$", re.IGNORECASE)
