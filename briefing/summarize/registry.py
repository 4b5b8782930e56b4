"""Known summarization models: where they live on the Hub and how to run them.

Only checkpoints that summarise Vietnamese news out of the box are listed; each entry says
its licence, since two of them forbid commercial use. Settings come from each model card
(input window, prefix) and from what keeps beam search from repeating itself on long news
text (``no_repeat_ngram_size=3``). Anything else can still be used by folder or hub id:
its settings then come from its own config (see :func:`settings_for_unknown`).

This module imports neither torch nor transformers: ``briefing models list`` reads it.
"""
from __future__ import annotations

from dataclasses import dataclass, field

from briefing.summarize.backend import GenerationSettings

#: The model ``--engine auto`` looks for first and ``briefing models download`` suggests.
DEFAULT_MODEL = "vit5-base"


@dataclass(frozen=True)
class ModelSpec:
    """One registry entry."""

    name: str
    repo_id: str
    #: Model family, as a reader knows it ("t5", "mt5", "mbart").
    architecture: str
    licence: str
    #: False when the licence forbids commercial use.
    commercial: bool
    #: Encoder window in tokens, special tokens and prefix included.
    max_input_tokens: int
    #: Text put before every input (the task prefix the model was fine-tuned with).
    prefix: str = ""
    #: Put tone marks of oa/oe/uy on the first vowel (hòa, not hoà) before tokenising:
    #: BARTpho's vocabulary was built on text normalised that way.
    tone_normalize: bool = False
    settings: GenerationSettings = field(default_factory=GenerationSettings)
    #: Settings for one condensed line per assigner: shorter output.
    condense_settings: GenerationSettings = field(
        default_factory=lambda: GenerationSettings(num_beams=4, max_new_tokens=64, no_repeat_ngram_size=3)
    )
    description: str = ""
    #: Rough download size, for the listing.
    size: str = ""


REGISTRY: dict[str, ModelSpec] = {
    spec.name: spec
    for spec in (
        ModelSpec(
            name="vit5-base",
            repo_id="VietAI/vit5-base-vietnews-summarization",
            architecture="t5",
            licence="MIT",
            commercial=True,
            max_input_tokens=1024,
            prefix="",  # the card: "No prefix needed"
            settings=GenerationSettings(num_beams=4, max_new_tokens=256, no_repeat_ngram_size=3,
                                        length_penalty=1.0, batch_size=4),
            description="ViT5-base fine-tuned on VietNews (default)",
            size="0.9 GB",
        ),
        ModelSpec(
            name="vit5-large",
            repo_id="VietAI/vit5-large-vietnews-summarization",
            architecture="t5",
            licence="MIT",
            commercial=True,
            max_input_tokens=1024,
            prefix="vietnews: ",  # the card's widget feeds the input with this prefix
            settings=GenerationSettings(num_beams=4, max_new_tokens=256, no_repeat_ngram_size=3,
                                        length_penalty=1.0, batch_size=2),
            description="ViT5-large fine-tuned on VietNews: better, about 3x slower",
            size="3.0 GB",
        ),
        ModelSpec(
            name="mt5-xlsum",
            repo_id="csebuetnlp/mT5_multilingual_XLSum",
            architecture="mt5",
            licence="CC BY-NC-SA 4.0 (non-commercial)",
            commercial=False,
            # Fine-tuned on 512-token inputs; longer inputs go through chunking.
            max_input_tokens=512,
            # The card decodes with 4 beams, no_repeat_ngram_size=2 and 84 tokens: XL-Sum
            # summaries are one sentence.
            settings=GenerationSettings(num_beams=4, max_new_tokens=84, no_repeat_ngram_size=2,
                                        length_penalty=1.0, batch_size=4),
            description="mT5-base on XL-Sum (45 languages): one-sentence summaries",
            size="2.3 GB",
        ),
        ModelSpec(
            name="bartpho-news",
            repo_id="htNghiaaa/bartpho-vietnamese-summarization-1",
            architecture="mbart",
            licence="MIT",
            commercial=True,
            # BART-family position embeddings stop at 1,024: a hard limit, not a default.
            max_input_tokens=1024,
            tone_normalize=True,
            settings=GenerationSettings(num_beams=4, max_new_tokens=256, no_repeat_ngram_size=3,
                                        length_penalty=1.0, batch_size=2),
            description="BARTpho-syllable fine-tuned on Vietnamese news (community checkpoint)",
            size="1.6 GB",
        ),
    )
}


def get_spec(name: str) -> ModelSpec | None:
    """The registry entry called ``name`` (case-insensitive) or whose hub id is ``name``."""
    key = name.strip().lower()
    for spec in REGISTRY.values():
        if key in (spec.name, spec.repo_id.lower()):
            return spec
    return None


def download_command(name: str = DEFAULT_MODEL) -> str:
    """The command that gets a model, for messages."""
    return f"briefing models download {name}"
