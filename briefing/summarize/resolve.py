"""Finding a summarization model on this machine, never over the network.

Order: ``--model`` (a registry name, a folder or a hub id), then ``$BRIEFING_MODEL``, then
the ``models/`` folder (where ``briefing models download`` puts weights), then the Hugging
Face cache. Resolution only looks at the disk, so an unknown hub id fails at once instead
of after transformers' ~20 s of connection retries; downloading is a separate, explicit step
(:mod:`briefing.summarize.download`).

Imports only the standard library and ``huggingface_hub.constants`` (a few ms): the
``auto`` engine resolves before it knows whether it needs torch.
"""
from __future__ import annotations

import json
import os
import re
from dataclasses import dataclass
from pathlib import Path

from briefing.errors import ModelNotFoundError
from briefing.summarize.registry import DEFAULT_MODEL, REGISTRY, ModelSpec, download_command, get_spec

#: Written by ``briefing models download`` into each folder it fills.
METADATA_FILE = "briefing-model.json"
#: Environment variables read here.
ENV_MODEL = "BRIEFING_MODEL"
ENV_MODELS_DIR = "BRIEFING_MODELS_DIR"

# "owner/name" as the Hub spells repository ids.
_HUB_ID = re.compile(r"^[A-Za-z0-9][\w.-]*/[\w.-]+$")


@dataclass(frozen=True)
class ResolvedModel:
    """A model found on disk: the folder to load and how it was found."""

    path: Path
    #: The name briefings record: the registry name, the hub id, or the folder as given.
    name: str
    #: The registry entry when the model is a known one (its settings then apply).
    spec: ModelSpec | None
    #: How it was found, for ``briefing models info`` and debug messages.
    origin: str


def models_dir() -> Path:
    """Where downloaded weights go and are looked for.

    ``$BRIEFING_MODELS_DIR`` when set; else ``models/`` of the source checkout this package
    runs from (it ships a README there); else ``$XDG_DATA_HOME/briefing/models``.
    """
    env = os.environ.get(ENV_MODELS_DIR)
    if env:
        return Path(env).expanduser()
    checkout = Path(__file__).resolve().parents[2] / "models"
    if (checkout / "README.md").is_file():
        return checkout
    data_home = os.environ.get("XDG_DATA_HOME") or str(Path.home() / ".local" / "share")
    return Path(data_home) / "briefing" / "models"


def folder_name(name: str) -> str:
    """The folder under :func:`models_dir` for a registry name or hub id."""
    spec = get_spec(name)
    if spec is not None:
        return spec.name
    return name.replace("/", "--")


def looks_like_hub_id(name: str) -> bool:
    """``owner/name`` with no path markers (``./x/y`` and ``/x/y`` are paths)."""
    return bool(_HUB_ID.match(name)) and not name.startswith(".")


def hf_cache_dir() -> Path:
    """The Hugging Face hub cache, read from the environment at each call (tests move it)."""
    if os.environ.get("HF_HUB_CACHE"):
        return Path(os.environ["HF_HUB_CACHE"]).expanduser()
    if os.environ.get("HF_HOME"):
        return Path(os.environ["HF_HOME"]).expanduser() / "hub"
    try:
        from huggingface_hub import constants

        return Path(constants.HF_HUB_CACHE)
    except Exception:  # noqa: BLE001 - huggingface_hub missing or broken: its documented default
        return Path.home() / ".cache" / "huggingface" / "hub"


def hf_cache_snapshot(repo_id: str) -> Path | None:
    """The cached snapshot of ``repo_id`` in the Hugging Face cache (its ``main`` ref)."""
    repo = hf_cache_dir() / ("models--" + repo_id.replace("/", "--"))
    if not repo.is_dir():
        return None
    ref = repo / "refs" / "main"
    candidates: list[Path] = []
    if ref.is_file():
        candidates.append(repo / "snapshots" / ref.read_text(encoding="utf-8").strip())
    snapshots = repo / "snapshots"
    if snapshots.is_dir():
        candidates += sorted(snapshots.iterdir(), key=lambda p: p.stat().st_mtime, reverse=True)
    for snap in candidates:
        if (snap / "config.json").is_file():
            return snap
    return None


def read_metadata(folder: Path) -> dict[str, object]:
    """What ``briefing models download`` recorded about a folder ({} when nothing)."""
    try:
        data = json.loads((folder / METADATA_FILE).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return data if isinstance(data, dict) else {}


def spec_for_folder(folder: Path) -> ModelSpec | None:
    """The registry entry a folder holds, from its metadata or its HF cache path."""
    meta = read_metadata(folder)
    for key in ("name", "repo_id"):
        value = meta.get(key)
        if isinstance(value, str) and get_spec(value) is not None:
            return get_spec(value)
    for part in folder.resolve().parts:
        if part.startswith("models--"):
            return get_spec(part[len("models--"):].replace("--", "/"))
    return None


def _is_model_folder(folder: Path) -> bool:
    return folder.is_dir() and (folder / "config.json").is_file()


def _find_downloaded(name: str) -> tuple[Path, str] | None:
    """A registry name or hub id in ``models/`` or the HF cache."""
    spec = get_spec(name)
    repo_id = spec.repo_id if spec else name
    base = models_dir()
    for folder in dict.fromkeys([base / folder_name(name), base / repo_id.replace("/", "--")]):
        if _is_model_folder(folder):
            return folder, f"models folder ({base})"
    if looks_like_hub_id(repo_id):
        snap = hf_cache_snapshot(repo_id)
        if snap is not None:
            return snap, "Hugging Face cache"
    return None


def resolve_name(name: str, *, origin: str = "--model") -> ResolvedModel:
    """Find the model a user named; raise :class:`ModelNotFoundError` naming the fix."""
    name = name.strip()
    if not name:
        raise ModelNotFoundError(f"empty model name given by {origin}")
    spec = get_spec(name)
    path = Path(name).expanduser()
    # A registry name wins over a same-named folder in the working directory only when
    # that folder is not a model: "vit5-base/" holding config.json is what the user meant.
    if path.exists() and (spec is None or _is_model_folder(path)):
        if not path.is_dir():
            raise ModelNotFoundError("is a file; --model takes a model folder, a registry name or a hub id",
                                     path=name)
        return ResolvedModel(path=path.resolve(), name=name, spec=spec_for_folder(path), origin=f"folder ({origin})")
    if spec is not None or looks_like_hub_id(name):
        found = _find_downloaded(name)
        if found is not None:
            folder, where = found
            display = spec.name if spec else name
            return ResolvedModel(path=folder, name=display, spec=spec or spec_for_folder(folder),
                                 origin=f"{where} ({origin})")
        what = f"model {spec.name!r}" if spec else f"hub model {name!r}"
        raise ModelNotFoundError(
            f"{what} is not downloaded (looked in {models_dir()} and the Hugging Face cache); "
            f"get it with `{download_command(spec.name if spec else name)}`"
        )
    raise ModelNotFoundError(
        f"no model folder there; pass a folder, a registry name ({', '.join(REGISTRY)}) or a hub id, "
        f"or get the default model with `{download_command()}`",
        path=name,
    )


def resolve_model(model: str | None = None) -> ResolvedModel | None:
    """The model to use, or ``None`` when none was asked for and none is on disk.

    A model asked for (``model`` or ``$BRIEFING_MODEL``) but missing raises
    :class:`ModelNotFoundError`; finding nothing by default is not an error.
    """
    if model:
        return resolve_name(model, origin="--model")
    env = os.environ.get(ENV_MODEL, "").strip()
    if env:
        try:
            return resolve_name(env, origin=f"${ENV_MODEL}")
        except ModelNotFoundError as exc:
            # Say where the name came from: the user typed no --model and may have
            # forgotten the variable set in their shell profile.
            raise ModelNotFoundError(f"{exc.message} (named by ${ENV_MODEL})", path=exc.path) from exc
    for name in [DEFAULT_MODEL, *(n for n in REGISTRY if n != DEFAULT_MODEL)]:
        found = _find_downloaded(name)
        if found is not None:
            folder, where = found
            return ResolvedModel(path=folder, name=name, spec=REGISTRY[name], origin=where)
    base = models_dir()
    if base.is_dir():
        # Anything else a user put in models/ (a fine-tuned checkpoint, say).
        for folder in sorted(base.iterdir()):
            if _is_model_folder(folder):
                return ResolvedModel(path=folder, name=folder.name, spec=spec_for_folder(folder),
                                     origin=f"models folder ({base})")
    return None
