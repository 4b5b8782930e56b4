"""Converting a Hugging Face seq2seq model folder to the CTranslate2 format, and caching it.

The converted model lives beside the original (``MODEL/ct2-int8/``) so that it travels
with the weights it came from; when the model folder is read-only it goes to the user
cache instead (``$BRIEFING_CACHE`` or ``$XDG_CACHE_HOME/briefing/ct2/``). Each converted
folder records the size and modification time of the files it was made from, so replacing
the weights triggers a fresh conversion instead of silently using stale ones.

``ctranslate2``, ``torch`` and ``transformers`` are imported only inside
:func:`convert_model`: nothing here is heavy to import.
"""
from __future__ import annotations

import hashlib
import json
import logging
import os
import shutil
import tempfile
from pathlib import Path

from briefing.errors import DependencyError, ModelLoadError, ModelNotFoundError, OutputError

log = logging.getLogger("briefing")

#: Quantizations CTranslate2's converter accepts (``ctranslate2.converters.Converter.convert``).
QUANTIZATIONS = ("int8", "int8_float32", "int8_float16", "int8_bfloat16", "int16", "float16", "bfloat16", "float32")

#: Written into each converted folder: what it was converted from, to detect stale caches.
STAMP_FILE = "briefing-source.json"

#: Files of a Hugging Face model folder whose change means the conversion is stale.
_SOURCE_SUFFIXES = (".json", ".safetensors", ".bin", ".model", ".txt")


def is_ct2_model(path: str | os.PathLike[str]) -> bool:
    """True when ``path`` is already a CTranslate2 model folder (``model.bin`` + a vocabulary)."""
    p = Path(path)
    return (p / "model.bin").is_file() and any(
        (p / name).is_file()
        for name in ("shared_vocabulary.json", "shared_vocabulary.txt",
                     "target_vocabulary.json", "target_vocabulary.txt")
    )


def _source_stamp(src: Path) -> dict[str, list[int]]:
    """Size and mtime (ns) of the top-level files that define the model and tokenizer."""
    stamp: dict[str, list[int]] = {}
    for f in sorted(src.iterdir()):
        if f.is_file() and f.suffix in _SOURCE_SUFFIXES and f.name != STAMP_FILE:
            st = f.stat()
            stamp[f.name] = [st.st_size, st.st_mtime_ns]
    return stamp


def _cache_root() -> Path:
    env = os.environ.get("BRIEFING_CACHE")
    if env:
        return Path(env) / "ct2"
    xdg = os.environ.get("XDG_CACHE_HOME")
    return (Path(xdg) if xdg else Path.home() / ".cache") / "briefing" / "ct2"


def default_destination(src: str | os.PathLike[str], quantization: str = "int8") -> Path:
    """Where the converted model of ``src`` goes: beside it when writable, else the cache.

    The cache name carries a hash of the absolute source path so two models of the same
    folder name do not collide.
    """
    src_path = Path(src).resolve()
    beside = src_path / f"ct2-{quantization}"
    if beside.is_dir() or os.access(src_path, os.W_OK):
        return beside
    digest = hashlib.sha256(str(src_path).encode("utf-8")).hexdigest()[:12]
    return _cache_root() / f"{src_path.name}-{digest}" / f"ct2-{quantization}"


def is_up_to_date(src: str | os.PathLike[str], dst: str | os.PathLike[str]) -> bool:
    """True when ``dst`` holds a conversion of ``src`` as it is now."""
    dst_path = Path(dst)
    if not is_ct2_model(dst_path):
        return False
    try:
        recorded = json.loads((dst_path / STAMP_FILE).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return False
    return bool(recorded.get("files") == _source_stamp(Path(src)))


def _check_vocabulary(src: Path, dst: Path) -> None:
    """The backend maps token ids to CTranslate2 tokens by position; make sure that holds.

    The converter writes the tokenizer's vocabulary sorted by id, so a tokenizer with
    gaps in its ids would silently shift every token.
    """
    from transformers import AutoTokenizer

    vocab_file = dst / "shared_vocabulary.json"
    if not vocab_file.is_file():
        vocab_file = dst / "target_vocabulary.json"
    vocab = json.loads(vocab_file.read_text(encoding="utf-8"))
    tokenizer = AutoTokenizer.from_pretrained(str(src))
    n = min(len(tokenizer), len(vocab))
    expected = tokenizer.convert_ids_to_tokens(list(range(n)))
    if list(vocab[:n]) != list(expected):
        raise ModelLoadError("the converted vocabulary does not follow the tokenizer's ids; "
                             "this model cannot run with the ct2 backend", path=str(src))


def convert_model(
    src: str | os.PathLike[str],
    dst: str | os.PathLike[str] | None = None,
    quantization: str = "int8",
    force: bool = False,
) -> Path:
    """Convert the Hugging Face model folder ``src`` to CTranslate2; return the new folder.

    Args:
        src: a local Hugging Face model folder (config, weights and tokenizer).
        dst: the output folder; default :func:`default_destination`.
        quantization: weight type stored on disk (see :data:`QUANTIZATIONS`); int8 for CPU,
            float16 for CUDA.
        force: convert again even when an up-to-date conversion exists.

    The conversion is written to a temporary folder and renamed into place, so an
    interrupted run or two processes converting at once never leave a half-written model.

    Raises:
        ModelNotFoundError: ``src`` is not a folder.
        ModelLoadError: the model cannot be loaded or is not convertible.
        DependencyError: ``ctranslate2`` is not installed.
        OutputError: the destination cannot be written.
    """
    src_path = Path(src)
    if not src_path.is_dir():
        raise ModelNotFoundError("no model folder here", path=str(src))
    if quantization not in QUANTIZATIONS:
        raise ModelLoadError(f"unknown quantization {quantization!r}; choose one of {', '.join(QUANTIZATIONS)}")
    if is_ct2_model(src_path):
        raise ModelLoadError("this folder is already a CTranslate2 model", path=str(src))
    dst_path = Path(dst) if dst is not None else default_destination(src_path, quantization)
    if not force and is_up_to_date(src_path, dst_path):
        return dst_path

    try:
        from ctranslate2.converters import TransformersConverter
    except ImportError as exc:
        raise DependencyError("the ct2 backend needs CTranslate2: pip install 'briefing-vn[ct2]'") from exc

    try:
        dst_path.parent.mkdir(parents=True, exist_ok=True)
        tmp = Path(tempfile.mkdtemp(prefix=f".{dst_path.name}-", dir=dst_path.parent))
    except OSError as exc:
        raise OutputError(f"cannot write the converted model: {exc.strerror or exc}", path=str(dst_path)) from exc
    try:
        log.info("converting %s to CTranslate2 (%s) in %s", src_path, quantization, dst_path)
        try:
            TransformersConverter(str(src_path)).convert(str(tmp), quantization=quantization, force=True)
        except (ValueError, NotImplementedError, OSError, KeyError) as exc:
            raise ModelLoadError(f"cannot convert to CTranslate2: {exc}", path=str(src)) from exc
        _check_vocabulary(src_path, tmp)
        stamp = {"source": str(src_path.resolve()), "quantization": quantization, "files": _source_stamp(src_path)}
        (tmp / STAMP_FILE).write_text(json.dumps(stamp, indent=1), encoding="utf-8")
        if dst_path.exists():
            shutil.rmtree(dst_path, ignore_errors=True)
        try:
            os.replace(tmp, dst_path)
        except OSError as exc:
            # Another process may have finished the same conversion first: use theirs.
            if not is_up_to_date(src_path, dst_path):
                raise OutputError(f"cannot write the converted model: {exc.strerror or exc}",
                                  path=str(dst_path)) from exc
    finally:
        if tmp.exists():
            shutil.rmtree(tmp, ignore_errors=True)
    return dst_path
