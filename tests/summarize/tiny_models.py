"""Tiny random seq2seq models for offline tests: a sentencepiece vocabulary trained here on
text written for the tests (plus the user's sample in samples/), and T5, mT5 and
mBART-class models small enough to build in a fraction of a second.

The tokenizer's ``model_max_length`` is set to :data:`WINDOW`, which the engine reads as the
input window of a model the registry does not know: the sample report then needs many
chunks and a few rounds of summarising partial summaries.
"""
from __future__ import annotations

import io
from pathlib import Path

#: Input window of the tiny models, in tokens (forces chunking of the sample report).
WINDOW = 64
VOCAB = 400
PAD, EOS, UNK = 0, 1, 2

#: Written for the tests: report-like Vietnamese so the vocabulary covers diacritics.
TRAINING_TEXT = """Sáng nay, Ủy ban nhân dân tỉnh tổ chức hội nghị sơ kết công tác sáu tháng đầu năm.
Phó Chủ tịch tỉnh Phạm Minh Khôi chủ trì hội nghị, có đại diện các sở, ban, ngành tham dự.
Báo cáo cho biết tổng thu ngân sách đạt 4.250 tỷ đồng, bằng 56% dự toán năm.
Kết luận hội nghị, đồng chí yêu cầu các địa phương đẩy nhanh tiến độ giải ngân vốn đầu tư công.
Sở Kế hoạch và Đầu tư chủ trì, phối hợp với Sở Tài chính rà soát các dự án chậm tiến độ, báo cáo trước ngày 15/8.
Các huyện cần tập trung chỉ đạo thu hoạch lúa hè thu, phòng chống thiên tai và dịch bệnh trên gia súc.
Chủ tịch giao Công an tỉnh tăng cường bảo đảm an ninh trật tự, xử lý nghiêm vi phạm giao thông.
Hội nghị thống nhất đề xuất của Sở Giáo dục về chuẩn bị năm học mới, hoàn thành trước tháng 9.
"""


def train_sentencepiece(folder: Path, sample_text: str, *, vocab_size: int = VOCAB) -> Path:
    """A unigram sentencepiece model in ``folder/spiece.model`` with T5's special ids."""
    import sentencepiece as spm

    lines = [line.strip() for line in (TRAINING_TEXT + "\n" + sample_text).splitlines() if line.strip()]
    buffer = io.BytesIO()
    spm.SentencePieceTrainer.train(
        sentence_iterator=iter(lines), model_writer=buffer, vocab_size=vocab_size, model_type="unigram",
        character_coverage=1.0, pad_id=PAD, eos_id=EOS, unk_id=UNK, bos_id=-1, hard_vocab_limit=False,
        minloglevel=2,
    )
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "spiece.model").write_bytes(buffer.getvalue())
    return folder


def save_tokenizer(spm_folder: Path, out: Path, *, window: int = WINDOW) -> int:
    """Save a T5 tokenizer over the trained vocabulary into ``out``; its size."""
    from transformers import T5Tokenizer

    # transformers 5 ignores T5Tokenizer(vocab_file=...): load the folder instead.
    tokenizer = T5Tokenizer.from_pretrained(spm_folder, extra_ids=0, model_max_length=window)
    tokenizer.save_pretrained(out)
    return len(tokenizer)


def build_model(kind: str, out: Path, vocab_size: int, *, window: int = WINDOW) -> None:
    """A tiny random ``t5``, ``mt5`` or ``mbart`` model saved (safetensors) into ``out``."""
    import torch
    from transformers import (
        MBartConfig,
        MBartForConditionalGeneration,
        MT5Config,
        MT5ForConditionalGeneration,
        T5Config,
        T5ForConditionalGeneration,
    )

    torch.manual_seed(0)
    common = {"vocab_size": vocab_size, "pad_token_id": PAD, "eos_token_id": EOS}
    if kind in ("t5", "mt5"):
        config_cls, model_cls = (T5Config, T5ForConditionalGeneration) if kind == "t5" else (
            MT5Config, MT5ForConditionalGeneration)
        config = config_cls(d_model=32, d_kv=8, d_ff=64, num_layers=2, num_decoder_layers=2, num_heads=4,
                            decoder_start_token_id=PAD, **common)
        model = model_cls(config)
    elif kind == "mbart":
        config = MBartConfig(d_model=32, encoder_layers=2, decoder_layers=2, encoder_attention_heads=4,
                             decoder_attention_heads=4, encoder_ffn_dim=64, decoder_ffn_dim=64,
                             max_position_embeddings=window, bos_token_id=EOS, decoder_start_token_id=EOS,
                             forced_eos_token_id=EOS, **common)
        model = MBartForConditionalGeneration(config)
    else:
        raise ValueError(kind)
    model.eval().save_pretrained(out)


def build(kind: str, spm_folder: Path, out: Path, *, window: int = WINDOW) -> Path:
    vocab = save_tokenizer(spm_folder, out, window=window)
    build_model(kind, out, vocab, window=window)
    return out
