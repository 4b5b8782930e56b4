"""Downloading a model from the Hugging Face Hub into ``models/``, and checking it after.

The only place briefing goes online. One metadata request comes first with a short
timeout, so being offline is reported at once rather than after download retries. Only the
files needed to run are fetched: config, tokenizer and one weights format, safetensors
when the repository has them (pickled ``.bin`` otherwise, which transformers then loads
with torch's safe loader). Sizes are checked against the Hub's listing and recorded in
``briefing-model.json`` so ``briefing models info`` can check them again later.
"""
from __future__ import annotations

import json
import os
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

from briefing.errors import ModelError, ModelLoadError, ModelNotFoundError
from briefing.summarize.registry import REGISTRY, get_spec
from briefing.summarize.resolve import METADATA_FILE, folder_name, looks_like_hub_id, models_dir, read_metadata

#: Seconds to wait for the Hub's first answer before calling it unreachable.
METADATA_TIMEOUT = 15.0
# Weights of other frameworks, and pickles that are not weights (training_args.bin).
_OTHER_FRAMEWORKS = (".h5", ".msgpack", ".ot", ".onnx", ".tflite", ".ckpt", ".pt", ".pth")


def choose_files(files: Mapping[str, int | None]) -> list[str]:
    """The repository files to fetch: top-level config, tokenizer and one weights format."""
    top = [f for f in files if "/" not in f and not f.startswith(".")]
    safetensors = [f for f in top if f.endswith((".safetensors", ".safetensors.index.json"))]
    pickles = [f for f in top if f.startswith("pytorch_model") and f.endswith((".bin", ".bin.index.json"))]
    weights = safetensors or pickles
    rest = [f for f in top if not f.endswith(_OTHER_FRAMEWORKS) and not f.endswith(".bin")
            and not f.endswith(".safetensors") and not f.endswith(".index.json")]
    return sorted(set(weights + rest))


@dataclass(frozen=True)
class FileCheck:
    """How a folder's files compare with what was downloaded into it."""

    checked: int
    missing: tuple[str, ...] = ()
    wrong_size: tuple[str, ...] = ()

    @property
    def ok(self) -> bool:
        return not self.missing and not self.wrong_size


def check_files(folder: Path, sizes: Mapping[str, int | None]) -> FileCheck:
    """Every listed file is present and, where the size is known, has that size."""
    missing, wrong = [], []
    for name, size in sizes.items():
        path = folder / name
        if not path.is_file():
            missing.append(name)
        elif size is not None and path.stat().st_size != size:
            wrong.append(name)
    return FileCheck(checked=len(sizes), missing=tuple(missing), wrong_size=tuple(wrong))


def check_recorded(folder: Path) -> FileCheck | None:
    """Check a folder against its ``briefing-model.json`` (``None`` when it has none)."""
    files = read_metadata(folder).get("files")
    if not isinstance(files, dict):
        return None
    return check_files(folder, {str(k): (v if isinstance(v, int) else None) for k, v in files.items()})


def download_model(name: str, to: str | os.PathLike[str] | None = None, *, revision: str | None = None) -> Path:
    """Fetch a registry model or hub id into ``to`` (default ``models/NAME``); the folder."""
    spec = get_spec(name)
    if spec is None and not looks_like_hub_id(name):
        raise ModelNotFoundError(f"unknown model {name!r}: give a registry name ({', '.join(REGISTRY)}) "
                                 "or a hub id like owner/name")
    repo_id = spec.repo_id if spec else name
    target = Path(to).expanduser() if to else models_dir() / folder_name(name)
    if os.environ.get("HF_HUB_OFFLINE", "").strip().lower() in ("1", "true", "yes", "on"):
        raise ModelError("HF_HUB_OFFLINE is set, so nothing can be downloaded; unset it to download")
    try:
        from huggingface_hub import HfApi, snapshot_download
        from huggingface_hub.errors import GatedRepoError, RepositoryNotFoundError, RevisionNotFoundError
    except ImportError as exc:  # pragma: no cover - a dependency
        raise ModelError(f"downloading needs huggingface_hub ({exc})") from exc
    try:
        info = HfApi().model_info(repo_id, revision=revision, files_metadata=True, timeout=METADATA_TIMEOUT)
    except GatedRepoError as exc:
        raise ModelError(f"{repo_id} is gated: accept its terms on huggingface.co and log in "
                         "(`hf auth login`) first") from exc
    except RepositoryNotFoundError as exc:
        raise ModelNotFoundError(f"{repo_id} does not exist on the Hugging Face Hub (or is private)") from exc
    except RevisionNotFoundError as exc:
        raise ModelNotFoundError(f"{repo_id} has no revision {revision!r}") from exc
    except Exception as exc:  # connection refused, DNS failure, timeout, proxy…
        raise ModelError(f"cannot reach the Hugging Face Hub to download {repo_id} (offline?): "
                         f"{' '.join(str(exc).split())[:160]}") from exc
    sizes = {s.rfilename: s.size for s in (info.siblings or [])}
    wanted = choose_files(sizes)
    if not any(f.endswith((".safetensors", ".bin")) for f in wanted):
        raise ModelLoadError(f"{repo_id} has no PyTorch weights (safetensors or pytorch_model.bin)")
    if "config.json" not in wanted:
        raise ModelLoadError(f"{repo_id} has no config.json: not a transformers model")
    target.mkdir(parents=True, exist_ok=True)
    try:
        snapshot_download(repo_id, revision=info.sha, local_dir=target, allow_patterns=wanted)
    except Exception as exc:
        raise ModelError(f"downloading {repo_id} failed: {' '.join(str(exc).split())[:200]}",
                         path=str(target)) from exc
    expected = {f: sizes.get(f) for f in wanted}
    check = check_files(target, expected)
    if not check.ok:
        raise ModelLoadError("the download is incomplete (missing: " + ", ".join(check.missing or ("none",))
                             + "; wrong size: " + ", ".join(check.wrong_size or ("none",)) + "); run it again",
                             path=str(target))
    meta = {"name": spec.name if spec else None, "repo_id": repo_id, "revision": info.sha, "files": expected}
    (target / METADATA_FILE).write_text(json.dumps(meta, indent=2) + "\n", encoding="utf-8")
    return target
