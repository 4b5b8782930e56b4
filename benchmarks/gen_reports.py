"""Synthetic Vietnamese meeting reports for batch benchmarks, from templates written here.

Every report is made of a headline, an opening (who met, when, who chaired), one or two
paragraphs of results reported by officials, and directions (đề nghị / yêu cầu / giao /
chỉ đạo) with assignees and, sometimes, deadlines, closed by a continuation sentence with
no named speaker. Names, units, places, topics, dates and the order of the middle
paragraphs vary with a seeded random generator, so the same ``--seed`` gives the same
files. Nothing here is taken from real articles.

    python benchmarks/gen_reports.py OUT_DIR -n 1000 [--seed 7]
"""
from __future__ import annotations

import argparse
import random
from pathlib import Path

SURNAMES = ("Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Vũ", "Võ", "Đặng", "Bùi", "Đỗ", "Hồ", "Ngô", "Dương", "Lý")
MIDDLE = ("Văn", "Thị", "Minh", "Quốc", "Thanh", "Hữu", "Đức", "Ngọc", "Hồng", "Xuân")
GIVEN = ("An", "Bình", "Cường", "Dũng", "Hà", "Hải", "Hạnh", "Hùng", "Lan", "Long", "Mai", "Nam", "Phong",
         "Quang", "Sơn", "Tâm", "Thảo", "Trung", "Tuấn", "Vân", "Yến")
PROVINCES = ("Thanh Hóa", "Nghệ An", "Hà Tĩnh", "Quảng Bình", "Quảng Ngãi", "Bình Định", "Phú Yên", "Khánh Hòa",
             "Đắk Lắk", "Lâm Đồng", "Long An", "Tiền Giang", "Cần Thơ", "Cà Mau", "Lào Cai", "Yên Bái")
#: (body, head's title, deputy's title)
BODIES = (("UBND tỉnh", "Chủ tịch", "Phó Chủ tịch"), ("HĐND tỉnh", "Chủ tịch", "Phó Chủ tịch"),
          ("Tỉnh ủy", "Bí thư", "Phó Bí thư"))
TOPICS = (
    ("giải ngân vốn đầu tư công", "tỷ lệ giải ngân đạt {p}% kế hoạch vốn được giao"),
    ("chuyển đổi số", "{p}% hồ sơ thủ tục hành chính được tiếp nhận trực tuyến"),
    ("phòng, chống thiên tai", "đã di dời {n} hộ dân khỏi vùng có nguy cơ sạt lở"),
    ("xây dựng nông thôn mới", "có thêm {n} xã đạt chuẩn nông thôn mới"),
    ("cải cách hành chính", "chỉ số hài lòng của người dân đạt {p}%"),
    ("thu ngân sách nhà nước", "thu ngân sách đạt {p}% dự toán năm"),
    ("bảo đảm trật tự an toàn giao thông", "số vụ tai nạn giao thông giảm {n} vụ so với cùng kỳ"),
    ("phát triển du lịch", "đón khoảng {n} nghìn lượt khách"),
)
UNITS = ("Sở Kế hoạch và Đầu tư", "Sở Tài chính", "Sở Xây dựng", "Sở Giao thông vận tải", "Sở Nội vụ",
         "Sở Thông tin và Truyền thông", "Sở Tài nguyên và Môi trường", "Sở Nông nghiệp và Phát triển nông thôn",
         "Sở Văn hóa, Thể thao và Du lịch", "Công an tỉnh", "Ban Quản lý dự án đầu tư xây dựng tỉnh")
LOCAL = ("UBND các huyện, thị xã, thành phố", "các sở, ban, ngành", "các địa phương", "các chủ đầu tư")
ACTIONS = (
    "khẩn trương hoàn thành công tác giải phóng mặt bằng các dự án trọng điểm",
    "rà soát, tháo gỡ khó khăn, vướng mắc cho doanh nghiệp",
    "tham mưu UBND tỉnh ban hành kế hoạch triển khai thực hiện",
    "tăng cường kiểm tra, giám sát, xử lý nghiêm các vi phạm",
    "đẩy nhanh tiến độ thi công, bảo đảm chất lượng công trình",
    "tổng hợp, báo cáo kết quả thực hiện về UBND tỉnh",
    "xây dựng phương án ứng phó, chủ động nguồn lực tại chỗ",
    "đơn giản hóa thủ tục, rút ngắn thời gian giải quyết hồ sơ",
)
#: Background paragraphs: context and figures, no directions; 4-9 of them bring a report
#: to about the length of a real news report (5-6 KB of UTF-8).
BACKGROUND = (
    "Năm {year}, tổng vốn đầu tư công của tỉnh {province} là {n} tỷ đồng, trong đó vốn ngân sách trung ương "
    "chiếm khoảng {p}%. Đến nay, nhiều dự án đã hoàn thành, đưa vào sử dụng, phát huy hiệu quả.",
    "Theo báo cáo của {unit}, trong {m} tháng đầu năm, toàn tỉnh đã tổ chức {n} cuộc kiểm tra, phát hiện và "
    "xử lý nhiều trường hợp vi phạm; công tác phối hợp giữa các cấp, các ngành có chuyển biến tích cực.",
    "Tuy nhiên, một số dự án còn chậm tiến độ do vướng mắc trong bồi thường, giải phóng mặt bằng, thiếu vật "
    "liệu san lấp; năng lực của một số chủ đầu tư, nhà thầu còn hạn chế.",
    "Tại {meeting}, đại diện các địa phương đã nêu những khó khăn trong quá trình triển khai, đặc biệt là "
    "việc xác định nguồn gốc đất, giá đất cụ thể và bố trí tái định cư cho người dân.",
    "Thời gian qua, {body} {province} đã ban hành {n} văn bản chỉ đạo, điều hành; thành lập các tổ công tác "
    "để kiểm tra, đôn đốc, tháo gỡ khó khăn tại cơ sở.",
    "Ông {someone}, đại diện {unit}, cho biết đơn vị đã chủ động rà soát các thủ tục, phối hợp với địa "
    "phương để đẩy nhanh tiến độ, phấn đấu hoàn thành các chỉ tiêu được giao trong năm {year}.",
    "Về thu hút đầu tư, từ đầu năm đến nay, tỉnh đã cấp mới {n} dự án với tổng vốn đăng ký khoảng {p} nghìn "
    "tỷ đồng; nhiều dự án quy mô lớn đã khởi công xây dựng.",
    "Công tác thông tin, tuyên truyền được đẩy mạnh, tạo sự đồng thuận của người dân; nhiều hộ dân đã tự "
    "nguyện bàn giao mặt bằng, hiến đất làm đường giao thông nông thôn.",
    "Bên cạnh đó, tình hình thời tiết diễn biến phức tạp, giá nguyên vật liệu tăng cao cũng ảnh hưởng không "
    "nhỏ đến tiến độ thi công các công trình.",
    "Đánh giá chung, các chỉ tiêu chủ yếu đều đạt và vượt kế hoạch; đời sống vật chất, tinh thần của nhân "
    "dân tiếp tục được cải thiện, quốc phòng, an ninh được giữ vững.",
)

CUES = ("yêu cầu", "đề nghị", "giao", "chỉ đạo")
MEETINGS = ("hội nghị sơ kết", "phiên họp thường kỳ", "buổi làm việc", "hội nghị trực tuyến")


def _person(rng: random.Random) -> str:
    return f"{rng.choice(SURNAMES)} {rng.choice(MIDDLE)} {rng.choice(GIVEN)}"


def _deadline(rng: random.Random, year: int) -> str:
    return rng.choice(("", "", f" trước ngày {rng.randint(1, 28)}/{rng.randint(1, 12)}/{year}",
                       f" trong tháng {rng.randint(1, 12)}", " trước ngày 31/12"))


def make_report(rng: random.Random) -> str:
    province = rng.choice(PROVINCES)
    body, head, deputy_title = rng.choice(BODIES)
    topic, result = rng.choice(TOPICS)
    meeting = rng.choice(MEETINGS)
    chair, deputy, reporter = _person(rng), _person(rng), _person(rng)
    day, month, year = rng.randint(1, 28), rng.randint(1, 12), rng.choice((2023, 2024, 2025))
    when = rng.choice(("Sáng", "Chiều", "Ngày"))
    unit_a, unit_b, unit_c = rng.sample(UNITS, 3)
    fill = {"p": rng.randint(40, 98), "n": rng.randint(3, 900)}

    title = rng.choice((f"{province}: {meeting.capitalize()} về {topic}",
                        f"{head} {body} {province} chủ trì {meeting} về {topic}",
                        f"Tập trung tháo gỡ khó khăn trong {topic}"))
    opening = (f"{when} {day}/{month}/{year}, {body} {province} tổ chức {meeting} đánh giá tình hình {topic}. "
               f"{head} {body} {chair} chủ trì {meeting}; dự có {deputy_title} {body} {deputy} "
               f"cùng lãnh đạo các sở, ngành, địa phương.")
    reports = [
        f"Báo cáo tại {meeting}, Giám đốc {unit_a} {reporter} cho biết, {result.format(**fill)}.",
        f"Theo {unit_b}, bên cạnh kết quả đạt được, việc triển khai còn chậm ở một số nơi do thiếu nguồn lực "
        f"và phối hợp chưa chặt chẽ.",
        f"Phát biểu tại {meeting}, {deputy_title} {body} {deputy} đánh giá cao nỗ lực của các đơn vị "
        f"trong {topic}.",
    ]
    rng.shuffle(reports)
    a1, a2, a3 = rng.sample(ACTIONS, 3)
    directions = [
        f"Kết luận {meeting}, {head} {body} {chair} {rng.choice(CUES)} {unit_a} {a1}{_deadline(rng, year)}.",
        f"{head} {body} cũng {rng.choice(CUES)} {rng.choice(LOCAL)} {a2}{_deadline(rng, year)}.",
        f"Đồng thời, {unit_c} cần {a3}.",
    ]
    if rng.random() < 0.5:
        directions.insert(1, f"{deputy_title} {body} {deputy} {rng.choice(CUES)} {unit_b} "
                             f"{rng.choice(ACTIONS)}{_deadline(rng, year)}.")
    background = [b.format(year=year, province=province, body=body, meeting=meeting, someone=_person(rng),
                           unit=rng.choice(UNITS), m=rng.randint(3, 11), p=rng.randint(20, 95),
                           n=rng.randint(12, 3000))
                  for b in rng.sample(BACKGROUND, rng.randint(4, 9))]
    middle = reports[: rng.randint(1, 3)] + background
    rng.shuffle(middle)
    paragraphs = [title, opening, *middle, *directions]
    if rng.random() < 0.3:
        paragraphs.append(f"Trước đó, {body} {province} đã ban hành kế hoạch về {topic} giai đoạn {year}-{year + 5}.")
    return "\n\n".join(paragraphs) + "\n"


def generate(out: Path, n: int, *, seed: int = 7, per_folder: int = 100) -> list[Path]:
    """Write ``n`` reports under ``out`` (``per_folder`` per subfolder); returns their paths."""
    rng = random.Random(seed)
    paths = []
    for i in range(n):
        p = out / f"lo-{i // per_folder:03d}" / f"bao-cao-{i:05d}.txt"
        p.parent.mkdir(parents=True, exist_ok=True)
        p.write_text(make_report(rng), encoding="utf-8")
        paths.append(p)
    return paths


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("out", type=Path)
    ap.add_argument("-n", type=int, default=1000)
    ap.add_argument("--seed", type=int, default=7)
    args = ap.parse_args()
    generate(args.out, args.n, seed=args.seed)
    print(f"wrote {args.n} reports under {args.out}")


if __name__ == "__main__":
    main()
