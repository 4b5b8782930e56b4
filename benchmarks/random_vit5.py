"""A randomly initialised model with ViT5-base's exact shape, and a tokenizer of its size.

Speed and memory depend on the architecture, never on the values of the weights, so this
model costs exactly what ``VietAI/vit5-base-vietnews-summarization`` costs, and can be
built without network access. Shape (T5 v1.0, the ViT5-base ``config.json``): d_model 768,
12 encoder + 12 decoder layers, 12 heads of 64, d_ff 3072, ReLU feed-forward, 32 relative
position buckets, tied embeddings, vocabulary 36,096.

The tokenizer is a unigram vocabulary of exactly 36,096 pieces built from generated
Vietnamese-looking syllables (onset x toned vowel x coda), no training corpus needed; it
exists so the model folder is complete (CTranslate2's converter reads it) and so a report
goes through a real tokenizer of that size.

    python benchmarks/random_vit5.py [--out bench-out/vit5-base-random]

Weights (~0.9 GB fp32) go to the git-ignored ``bench-out/``; never commit them.
"""
from __future__ import annotations

import argparse
import itertools
import random
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_OUT = ROOT / "bench-out" / "vit5-base-random"

VOCAB_SIZE = 36_096
#: ViT5-base's config.json, field by field (the parts that set the cost).
VIT5_BASE = dict(vocab_size=VOCAB_SIZE, d_model=768, d_kv=64, d_ff=3072, num_layers=12, num_decoder_layers=12,
                 num_heads=12, feed_forward_proj="relu", relative_attention_num_buckets=32,
                 relative_attention_max_distance=128, tie_word_embeddings=True, decoder_start_token_id=0,
                 pad_token_id=0, eos_token_id=1, layer_norm_epsilon=1e-6, dropout_rate=0.1)

_ONSETS = ["", "b", "c", "ch", "d", "đ", "g", "gh", "gi", "h", "k", "kh", "l", "m", "n", "ng", "ngh", "nh", "p",
           "ph", "qu", "r", "s", "t", "th", "tr", "v", "x"]
_VOWELS = ["a", "ă", "â", "e", "ê", "i", "o", "ô", "ơ", "u", "ư", "y", "ia", "iê", "ua", "uô", "ưa", "ươ", "oa", "oe"]
_TONES = ["", "\u0300", "\u0301", "\u0309", "\u0303", "\u0323"]  # combining marks; NFC composes them
_CODAS = ["", "c", "ch", "m", "n", "ng", "nh", "p", "t", "i", "o", "u", "y"]


def syllables() -> list[str]:
    """Distinct Vietnamese-looking syllables, most plausible first (short before long)."""
    import unicodedata

    out: dict[str, None] = {}
    for coda, onset, vowel, tone in itertools.product(_CODAS, _ONSETS, _VOWELS, _TONES):
        out[unicodedata.normalize("NFC", onset + vowel[0] + tone + vowel[1:] + coda)] = None
    return list(out)


def vocabulary() -> list[tuple[str, float]]:
    """Exactly VOCAB_SIZE (piece, log-probability) pairs, specials first as in T5."""
    pieces: list[tuple[str, float]] = [("<pad>", 0.0), ("</s>", 0.0), ("<unk>", 0.0), ("▁", -3.0)]
    letters = sorted({c for s in syllables() for c in s})
    pieces += [(c, -12.0) for c in letters + list("0123456789.,;:!?()-/%\"'")]
    rest = VOCAB_SIZE - len(pieces)
    sylls = syllables()
    # Word-initial pieces first (a syllable after a space), then word-internal ones.
    words = [("▁" + s, -6.0 - i / 5000) for i, s in enumerate(sylls)]
    inner = [(s, -9.0 - i / 5000) for i, s in enumerate(sylls)]
    pieces += (words + inner)[:rest]
    assert len(pieces) == VOCAB_SIZE, len(pieces)
    return pieces


def report_text(words: int, seed: int = 0) -> str:
    """A generated report of ``words`` syllable-words (Zipf-like word frequencies)."""
    rng = random.Random(seed)
    sylls = syllables()[:6000]
    weights = [1.0 / (rank + 10) for rank in range(len(sylls))]
    chosen = rng.choices(sylls, weights=weights, k=words)
    sentences, i = [], 0
    while i < len(chosen):
        n = rng.randint(12, 30)
        sentences.append(" ".join(chosen[i:i + n]).capitalize() + ".")
        i += n
    return " ".join(sentences)


def build(out: Path = DEFAULT_OUT, *, seed: int = 0) -> Path:
    """Write the model and tokenizer to ``out`` (skipped when already there)."""
    if (out / "config.json").is_file() and (out / "tokenizer.json").is_file() and list(out.glob("*.safetensors")):
        return out
    import torch
    from transformers import T5Config, T5ForConditionalGeneration, T5Tokenizer

    tokenizer = T5Tokenizer(vocab=vocabulary(), extra_ids=0)
    assert len(tokenizer) == VOCAB_SIZE, len(tokenizer)
    torch.manual_seed(seed)
    model = T5ForConditionalGeneration(T5Config(**VIT5_BASE)).eval()
    out.mkdir(parents=True, exist_ok=True)
    model.save_pretrained(out)
    tokenizer.save_pretrained(out)
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--out", type=Path, default=DEFAULT_OUT)
    args = ap.parse_args(argv)
    path = build(args.out)
    n = sum(f.stat().st_size for f in path.iterdir() if f.is_file())
    print(f"{path} ({n / 1e6:.0f} MB)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
