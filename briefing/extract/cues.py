"""Cue lexicons: the words with which Vietnamese reports introduce directions, speech,
reports of results, assessments and proposals sent upward.

Coverage: the verbs of official reporting style (đề nghị, yêu cầu, chỉ đạo, giao, lưu ý,
quán triệt, chỉ thị, kết luận, nhắc nhở …), the modal markers that turn a clause into an
obligation (cần, phải, không được …), the openers of continuation sentences (Bên cạnh đó,
Đồng thời, Thứ hai …) and the bare verbs that open a direction without a subject
(Tập trung, Đẩy mạnh, Tăng cường …). All patterns are compiled once at import.
"""
from __future__ import annotations

import re

_B = r"(?<!\w)"  # word start (\b is unreliable next to Vietnamese letters in some forms)
_E = r"(?!\w)"


def _words(*alts: str) -> str:
    return "(?:" + "|".join(sorted(alts, key=len, reverse=True)) + ")"


# "giao" directs only as "giao [cho] X làm …": not in giao thông, giao dịch, giao ban, được giao …,
# nor where it allocates funds or land ("giao vốn", "giao đất").
GIAO = (r"(?<!được )(?<!bàn )(?<!chuyển )(?<!ngoại )(?<!Ngoại )giao"
        r"(?!\s+(?:thông|dịch|lưu|ban|thương|nhận|hàng|tiếp|khoán|ước|thoa|quyền|vốn|đất)(?!\w))")
#: Verbs by which a speaker gives a direction: the sentence is a task when a speaker says it.
DIRECTIVE_VERBS = _words(
    "đề nghị", "yêu cầu", "chỉ đạo", GIAO, "giao nhiệm vụ", "lưu ý", "quán triệt", "chỉ thị",
    "kết luận", "nhắc nhở", "đề ra nhiệm vụ", "kêu gọi", "đặt hàng", "đôn đốc",
    "khuyến nghị", "đòi hỏi", "gợi ý", "gợi mở", r"(?<!chủ )(?<!then )chốt",
    # Setting a target or a time limit for others: "đặt ra mục tiêu, yêu cầu cho các bộ …",
    # "đưa ra thời hạn 1 tháng để doanh nghiệp khắc phục …".
    "đặt ra mục tiêu", "đặt ra yêu cầu", "đưa ra thời hạn",
)
#: Verbs of speech that carry a direction only with a modal ("nhấn mạnh … cần …").
SPEECH_VERBS = _words(
    "nhấn mạnh", "nói", "phát biểu", "cho rằng", "khẳng định", "nêu rõ", "bày tỏ", "nhận định",
    "chỉ ra", "nêu", "đặt vấn đề", "trao đổi", "phân tích", "tái khẳng định",
    "nhắc lại", "mong muốn", "mong", "phát biểu chỉ đạo", "phát biểu kết luận", "cảnh báo",
    "thẳng thắn", "khuyến cáo", "chỉ rõ", "trả lời", "cam kết", "nhắn nhủ",
)
#: Verbs of reporting results or figures: the sentence becomes a report.
REPORT_VERBS = _words(
    "cho biết", "báo cáo", "thông tin", "thông báo", "trình bày", "tham luận", "giải trình",
    "phản ánh", "nêu ra", "dẫn chứng", "thừa nhận", "thông tin thêm", "chia sẻ", "kiến nghị", "đề xuất",
    "hứa",
    # Explaining why things are so ("giải thích, nếu … thì phải …") answers; it asks no one to act.
    "giải thích", "lý giải",
)
#: Assessments without a call to action.
ASSESS_VERBS = _words(
    "đánh giá cao", "ghi nhận", "biểu dương", "hoan nghênh", "chúc mừng", "cảm ơn", "khen ngợi",
    "đánh giá", "tin tưởng", "vui mừng", "chia vui",
)
#: Obligation markers: a clause containing one states what must be done.
# "không phải là" (is not), "dù phải đối mặt" (despite having to face) are not obligations.
# "khi phải", "mới phải", "chưa phải", "thường phải", "đã phải" describe a circumstance
# ("các phương tiện thường phải dừng"), and "sự cần thiết", "rất cần thiết" assess; neither
# asks anyone to act. "có phải … không" asks a question ("Có phải do thiếu luật không?").
# After a classifier ("mấy cái cần câu") "cần" is a noun. "chắc chắn phải có nguyên nhân" (there
# must be a cause) and "chưa chắc phải" (need not) infer; "đâu phải", "chẳng phải" (it is not that)
# deny; "là điều cần (phải) suy nghĩ" names a matter: none tells anyone to act. "nên" is far
# more often "so" or "trở nên" (become) than "should": it counts only before a verb that
# opens an advice ("nên có", "nên tập trung", "nên xem xét" …), as a whole syllable:
# "nên Tổng cục …", "nên chúng tôi …" are "so". "cấm" after a noun
# ("hàng cấm", "chất cấm", "lệnh cấm", "bị cấm", "quy định cấm", "việc cấm") names what is banned,
# and "đã cấm" a ban already in force: neither bans anything now. "cấm nhập khẩu" closing a noun
# phrase ("lô phế liệu cấm nhập khẩu.") says what kind of goods they are; a ban names its goods after it.
# "không được" closing a clause ("Làm như vậy là không được, …") is a verdict (not acceptable),
# not a ban: a ban names what may not be done after it. Some are
# part of another word: "gặp phải" (meet with), "nợ phải trả" (liabilities), "hậu cần" (logistics);
# "chỉ tiêu phấn đấu", "nỗ lực phấn đấu", "quyết tâm chính trị", "khẳng định quyết tâm" name a
# target or a resolve, and "Quyết Tâm" is a given name: none asks anyone to act. "để/nhằm phấn đấu"
# gives the purpose of what is told ("đã siết chặt kỷ luật … để phấn đấu hoàn thành …").
# "đang phải" tells a burden borne now, "chỉ cần" a sufficient condition, "rất cần" a need;
# so does "phải" before what one suffers ("phải gánh", "phải vất vả", "phải chờ", "phải chịu").
MODAL = re.compile(
    # The first lookahead only names the words a match can start with: it spares the checks
    # below at every other position, which would otherwise make this the slowest pattern.
    r"(?=cần|phải|không|nên|buộc|bắt|nghiêm|cấm|chớ|đừng|hãy|phấn|quyết)"
    r"(?<!được )(?<!Được )(?<!không )(?<!dù )(?<!Dù )(?<!không cần )(?<!cái )(?<!chiếc )(?<!chắc chắn )(?<!điều )"
    r"(?<!điều cần )"
    r"(?!(?:(?<=khi )|(?<=Khi )|(?<=mới )|(?<=chưa )|(?<=thường )|(?<=đã )|(?<=từng )|(?<=có )|(?<=Có )|(?<=đâu )"
    r"|(?<=chẳng )|(?<=chắc )|(?<=gặp )|(?<=nợ )|(?<=đang ))phải)"
    r"(?!(?:(?<=chỉ )|(?<=rất )|(?<=(?<!lạc )hậu ))cần)"
    r"(?!(?:(?<=hàng )|(?<=chất )|(?<=vùng )|(?<=lệnh )|(?<=bị )|(?<=thuốc )|(?<=biển )|(?<=khu vực )"
    r"|(?<=quy định )|(?<=việc )|(?<=đã ))cấm)"
    r"(?!cấm\s+(?:nhập|xuất)\s+khẩu\s*(?:[.,;:)”\"…]|$))"
    r"(?!không\s+được\s*(?:[.,;:?”\"…]|$))"
    r"(?!(?:(?<=tiêu )|(?<=nỗ lực )|(?<=sự )|(?<=để )|(?<=nhằm ))phấn\s+đấu)"
    r"(?!(?:(?<=với )|(?<=khẳng định )|(?<=đặt )|(?<=nghênh )|(?<=thể hiện )|(?<=sự ))quyết\s+tâm)"
    r"(?!quyết\s+tâm\s+(?:chính\s+trị|của|cao|rất|lớn)(?!\w))(?!(?-i:Quyết\s+Tâm))"
    + _B + r"(?!phải\s+(?:là|chăng|đối\s+mặt|chịu\s+ảnh)(?!\w))(?!cần\s+thiết(?!\s+phải))"
    + r"(?!phải\s+(?:(?:thường\s+xuyên|luôn|liên\s+tục)\s+)?(?:gánh|vất\s+vả|chờ|thụ\s+án|chịu(?!\s+trách)|khổ|"
    r"chật\s+vật|trả\s+giá|bỏ\s+ra|tốn)(?!\w))"
    + _words("cần", "phải", "không được", "không để", "không để xảy ra", "cần phải",
             r"(?<!trở )nên(?=\s+(?:có|làm|tập|tăng|xem|sớm|nghiên|quy|tổ|cân|hạn|tránh|chú|đầu|dành|giao|khuyến|"
             r"để|đẩy|thực|xây|phát|bổ|sửa|chuyển|giảm|tính|rà|ưu|quan\s+tâm|kiểm\s+tra|hỗ\s+trợ|lựa\s+chọn)(?!\w))",
                "buộc phải", "bắt buộc", "nghiêm cấm", "cấm", "chớ", "đừng", "hãy", "phấn đấu",
                "quyết tâm") + _E,
    re.IGNORECASE,
)
#: Openers that continue the previous speaker's directions.
CONTINUATION = re.compile(
    r"^\W*(?:" + _words(
        "bên cạnh đó", "đồng thời", "ngoài ra", "cùng với đó", "mặt khác", "trong đó", "theo đó",
        "thứ nhất", "thứ hai", "thứ ba", "thứ tư", "thứ năm", "thứ sáu", "thứ bảy", "thứ 2", "thứ 3",
        "thứ 4", "thứ 5", "một là", "hai là", "ba là", "bốn là", "năm là", "sáu là", "trước mắt",
        "về lâu dài", "đặc biệt", "nhất là", "cùng với việc", "song song", "bên cạnh", "mặt khác",
        "hơn nữa", "ngoài việc", "đi liền với đó", "kèm theo đó", "cùng đó", "song song với đó",
        "bên cạnh việc", "trên cơ sở đó", "từ đó", "đối với", "riêng", "về", "với", "trong thời gian tới",
        "thời gian tới",
        "năm", "trong năm", "sắp tới", "cuối cùng", "tiếp theo", "trước hết", "đầu tiên",
        "vì vậy", "do đó", "vì thế", "do vậy", "tuy nhiên", "nhưng", "để", "muốn vậy",
        r"\d+[.)]", "[a-zđ][.)]", "-", "–", "\\+", "•",
    ) + r")" + _E,
    re.IGNORECASE,
)
#: Bare verbs that open a direction without a subject ("Tập trung lãnh đạo …").
ACTION_START = re.compile(
    r"^\W*" + _words(
        "tập trung", "tiếp tục", "đẩy mạnh", "tăng cường", "chú trọng", "nâng cao", "rà soát",
        "khẩn trương", "kiên quyết", "xây dựng", "thực hiện", "quan tâm", "phối hợp", "nghiên cứu",
        "hoàn thiện", "triển khai", "làm tốt", "không để", "phải", "cần", "sớm", "kịp thời",
        "quyết liệt", "chủ động", "xử lý", "đảm bảo", "bảo đảm", "khắc phục", "đổi mới", "ưu tiên",
        "tổ chức", "tạo điều kiện", "hoàn thành", "chấn chỉnh", "kiểm tra", "theo dõi", "tuyên truyền",
        "nắm chắc", "nắm bắt", "bám sát", "siết chặt", "phát huy", "giữ vững", "duy trì", "huy động",
        "cải cách", "đề cao", "thường xuyên", "chỉ đạo", "không được", "nghiêm túc", "tích cực",
        "phát hiện", "ngăn chặn", "đấu tranh", "cương quyết", "dứt khoát", "nhanh chóng", "tránh",
        "hướng dẫn", "quản lý", "củng cố", "đặc biệt chú ý", "lưu ý", "chú ý", "yêu cầu", "đề nghị",
        "cố gắng", "nỗ lực", "phấn đấu", "thúc đẩy", "tháo gỡ", "giải quyết", "công khai", "hạn chế",
        "kiểm soát", "sắp xếp", "chuẩn bị", "ban hành", "cụ thể hóa", "cụ thể hoá", "thu hồi",
        "tranh thủ", "đẩy nhanh", "rút kinh nghiệm", "bổ sung", "giao cho", "sử dụng có hiệu quả",
        "sử dụng hiệu quả", "tham mưu", "đề xuất", "quán triệt", "luôn quán triệt",
        # Less common openers of a conclusion's points: "Bố trí kinh phí …", "Khảo sát, đánh giá …",
        # "Tiếp nhận thông tin …", "Trình đề án …" (not "trình độ", "trình bày", "trình tự").
        "bố trí", "khảo sát", "tiếp nhận", r"trình(?!\s+(?:độ|bày|diễn|tự|chiếu|duyệt\s+web))",
        # "Giao Bộ Xây dựng chủ trì …" (a conclusion's points); not "Giao thông …", "Giao lưu …".
        r"giao(?=\s+(?:cho|các|nhiệm\s+vụ|(?-i:[A-ZĐÀ-Ỹ])))",
    ) + _E,
    re.IGNORECASE,
)
#: What marks a sentence as the journalist's own account of the past, not a direction.
PAST = re.compile(_B + _words("đã", "vừa qua", "trước đó", "năm qua", "thời gian qua") + _E, re.IGNORECASE)
# Verbs are matched in lower case: mid-sentence they are written so, and a capitalised
# "Chỉ đạo" is most often part of a body's name ("Ban Chỉ đạo").
# The same words are nouns after a determiner or a head noun ("sự chỉ đạo", "ý kiến chỉ đạo",
# "đáp ứng yêu cầu", "phát biểu chỉ đạo", "theo đề nghị", "sự lãnh đạo, chỉ đạo"): they name a direction, they do not
# give one. After "ban" only "chỉ đạo" names ("Ban chỉ đạo", "Ủy ban chỉ đạo quốc gia"): "Ủy ban đề
# nghị …" is a committee asking.
_NOUN_BEFORE = "".join(f"(?<!{w} )" for w in (
    "sự", "ý kiến", "phát biểu", "có", "là", "các", "những", "theo", "đáp ứng", "nội dung", "lời",
    "bài", "thực hiện", "trọng tâm", "tiếp thu", "mọi", "Phát biểu", "Theo", "Thực hiện",
    "Tiếp thu", "sự lãnh đạo,", "sự quan tâm,")) + r"(?!(?<=[Bb]an )chỉ\s+đạo)"
# … and so is "kết luận" of an inspection ("công bố kết luận thanh tra", "kết luận số 12").
_NOUN_AFTER = r"(?!(?<=kết luận)\s+(?:thanh\s+tra|kiểm\s+tra|điều\s+tra|giám\s+sát|giám\s+định|số)(?!\w))"
DIRECTIVE_RE = re.compile(_NOUN_BEFORE + _B + DIRECTIVE_VERBS + _E + _NOUN_AFTER)
SPEECH_RE = re.compile(_B + SPEECH_VERBS + _E)
REPORT_RE = re.compile(_B + REPORT_VERBS + _E)
ASSESS_RE = re.compile(_B + ASSESS_VERBS + _E)
ANY_VERB_RE = re.compile(_B + f"(?:{DIRECTIVE_VERBS}|{SPEECH_VERBS}|{REPORT_VERBS}|{ASSESS_VERBS})" + _E)
#: Directive verbs that, followed by a comma or colon, only introduce speech ("lưu ý, …").
SOFT_DIRECTIVES = frozenset({"lưu ý", "kết luận", "quán triệt", "nhắc nhở", "chốt", "gợi ý", "gợi mở"})
