"""The registry states what the issue asks of each model."""
from __future__ import annotations

from briefing.summarize.registry import DEFAULT_MODEL, REGISTRY, download_command, get_spec


def test_default_is_vit5_base_without_prefix() -> None:
    spec = REGISTRY[DEFAULT_MODEL]
    assert DEFAULT_MODEL == "vit5-base"
    assert spec.repo_id == "VietAI/vit5-base-vietnews-summarization"
    assert spec.prefix == "" and spec.max_input_tokens == 1024


def test_vit5_large_uses_the_vietnews_prefix() -> None:
    assert REGISTRY["vit5-large"].prefix == "vietnews: "


def test_every_entry_states_a_licence_and_non_commercial_ones_say_so() -> None:
    for spec in REGISTRY.values():
        assert spec.licence
        assert spec.commercial == ("non-commercial" not in spec.licence.lower())
    assert not REGISTRY["mt5-xlsum"].commercial


def test_bart_family_is_capped_at_1024_tokens_and_tone_normalised() -> None:
    bart = [s for s in REGISTRY.values() if s.architecture in ("bart", "mbart")]
    assert bart
    assert all(s.max_input_tokens <= 1024 and s.tone_normalize for s in bart)


def test_generation_settings_leave_room_for_summarising_partial_summaries() -> None:
    for spec in REGISTRY.values():
        assert 0 < spec.settings.max_new_tokens <= spec.max_input_tokens // 2
        assert spec.condense_settings.max_new_tokens <= spec.settings.max_new_tokens


def test_lookup_by_name_or_hub_id_ignores_case() -> None:
    assert get_spec("ViT5-Base") is REGISTRY["vit5-base"]
    assert get_spec("vietai/vit5-large-vietnews-summarization") is REGISTRY["vit5-large"]
    assert get_spec("nobody/else") is None


def test_download_command() -> None:
    assert download_command() == "briefing models download vit5-base"
