"""The model folder: where it is, whether the extras are there, and what is refused before loading.

The model is a local folder or a hub id.  Nothing is downloaded: a hub id
must already be in the local Hugging Face cache.  Before anything heavy is
imported, :func:`require_extra` checks that the ``mt5`` extra is installed
and :func:`resolve_model` that the model is there, each failing at once
with a message that says what to do.  :func:`check_model_folder` refuses a
folder before any of it is parsed: a file larger than any real one, a
``spiece.model`` that is no SentencePiece model, or a folder that names
code of its own to run.
"""

from __future__ import annotations

import importlib.util
import json
import os
from pathlib import Path

from ...errors import InputError, MissingDependencyError, ModelNotFoundError, install_hint

DEFAULT_MODEL = "csebuetnlp/mT5_multilingual_XLSum"
EXTRA = install_hint("mt5")
FAST_EXTRA = install_hint("mt5-fast")
#: Where ``summarizer convert`` puts the CTranslate2 copy, inside the model folder.
CONVERTED = "ctranslate2"
_TOKENIZER_FILES = ("spiece.model", "tokenizer.json")
_WEIGHT_FILES = (
    "pytorch_model.bin",
    "model.safetensors",
    "pytorch_model.bin.index.json",
    "model.safetensors.index.json",
)


def require_extra() -> None:
    """Raise :class:`MissingDependencyError` unless torch, transformers and sentencepiece import."""
    missing = []
    for name in ("torch", "transformers", "sentencepiece"):
        try:
            found = importlib.util.find_spec(name) is not None
        except (ImportError, ValueError):
            found = False
        if not found:
            missing.append(name)
    if missing:
        raise MissingDependencyError(f"the mt5 backend needs {', '.join(missing)}: install the extra with {EXTRA}")


def ct2_installed() -> bool:
    """Whether CTranslate2 (the ``mt5-fast`` extra) imports, without importing it."""
    try:
        return importlib.util.find_spec("ctranslate2") is not None
    except (ImportError, ValueError):
        return False


def _hub_cache() -> Path:
    if os.environ.get("HF_HUB_CACHE"):
        return Path(os.environ["HF_HUB_CACHE"])
    home = os.environ.get("HF_HOME") or os.path.join(os.path.expanduser("~"), ".cache", "huggingface")
    return Path(home) / "hub"


def _cached_snapshot(repo_id: str) -> Path | None:
    """The folder of ``repo_id`` in the local Hugging Face cache, if it is there."""
    root = _hub_cache() / ("models--" + repo_id.replace("/", "--"))
    ref = root / "refs" / "main"
    snapshots = root / "snapshots"
    if ref.is_file():
        candidate = snapshots / ref.read_text().strip()
        if (candidate / "config.json").exists():
            return candidate
    if snapshots.is_dir():
        for candidate in sorted(snapshots.iterdir()):
            if (candidate / "config.json").exists():
                return candidate
    return None


def how_to_get(model: str) -> str:
    return (
        f"To get it once, on a machine with network access: "
        f"`hf download {model} --local-dir ./mt5-model` "
        f"(or in Python: huggingface_hub.snapshot_download('{model}', local_dir='mt5-model')); "
        f"copy the folder here and pass --model ./mt5-model (library: model='./mt5-model')."
    )


def resolve_model(model: str) -> Path:
    """The local folder holding ``model`` (a folder, or a hub id already cached).

    Raises:
        ModelNotFoundError: at once, naming what is missing and how to get it.
    """
    path = Path(model).expanduser()
    if path.is_dir():
        missing = []
        if not (path / "config.json").exists():
            missing.append("config.json")
        if not any((path / f).exists() for f in _TOKENIZER_FILES):
            missing.append(" or ".join(_TOKENIZER_FILES))
        if not any((path / f).exists() for f in _WEIGHT_FILES):
            missing.append(" or ".join(_WEIGHT_FILES[:2]))
        if missing:
            raise ModelNotFoundError(f"{path}: not a model folder; missing {', '.join(missing)}")
        check_model_folder(path)
        return path
    looks_like_id = model.count("/") == 1 and not model.startswith((".", "/", "~")) and not path.suffix
    if not looks_like_id:
        raise ModelNotFoundError(f"{model}: no such model folder. {how_to_get(DEFAULT_MODEL)}")
    cached = _cached_snapshot(model)
    if cached is None:
        raise ModelNotFoundError(
            f"model {model!r} is not on this machine, and nothing is downloaded while summarising. " + how_to_get(model)
        )
    check_model_folder(cached)
    return cached


#: Files of a model folder that can name code to run (``auto_map``).
_CONFIG_FILES = ("config.json", "tokenizer_config.json", "generation_config.json", "preprocessor_config.json")


_MB = 1024 * 1024
#: The largest file of each kind a model folder may hold, checked before any
#: is parsed (a 200 MB tokenizer.json took 7.4 GB and aborted the process).
#: The real ones: mT5's tokenizer.json 16 MB, its spiece.model 4.1 MB, its
#: configs a few KB (the largest tokenizer_config.json on the hub about 2 MB).
MAX_FILE_SIZES = {
    "tokenizer.json": 50 * _MB,
    "spiece.model": 20 * _MB,
    "special_tokens_map.json": 10 * _MB,
    **dict.fromkeys(_CONFIG_FILES, 10 * _MB),
}


def check_model_folder(path: Path) -> None:
    """Refuse a model folder before anything of it is loaded: a file larger
    than any real one (:data:`MAX_FILE_SIZES`), a ``spiece.model`` that is
    no SentencePiece model (transformers warns, then fails on another
    reader), or one that names code to run (:func:`refuse_custom_code`);
    each an error of one line.

    Raises:
        ModelNotFoundError: a file too large or unreadable.
        InputError: a folder that names code of its own.
    """
    for name, limit in MAX_FILE_SIZES.items():
        try:
            size = (path / name).stat().st_size
        except OSError:
            continue
        if size > limit:
            raise ModelNotFoundError(
                f"{path / name}: {size / _MB:.0f} MB, larger than any real one (at most {limit // _MB} MB read)"
            )
    spiece = path / "spiece.model"
    if spiece.is_file():
        try:
            import sentencepiece
        except ImportError:
            pass  # the extra's error comes when the model loads
        else:
            try:
                sentencepiece.SentencePieceProcessor(model_file=str(spiece))
            except (OSError, RuntimeError, ValueError) as exc:
                raise ModelNotFoundError(f"{spiece}: not a SentencePiece model ({first_line(exc)})") from None
    refuse_custom_code(path)


def refuse_custom_code(path: Path) -> None:
    """Refuse a model folder that names code of its own to run.

    A ``config.json`` (or tokenizer config) with ``auto_map`` asks
    transformers to import Python files from the folder; summarizer never
    runs code that comes with a model, so such a folder is an error before
    anything is loaded (and transformers is told ``trust_remote_code=False``
    as well, so it never prompts).
    """
    for name in _CONFIG_FILES:
        f = path / name
        if not f.is_file():
            continue
        try:
            data = json.loads(f.read_bytes()[:10_000_000])
        except (OSError, ValueError, RecursionError) as exc:
            raise ModelNotFoundError(f"{f}: not a readable JSON file ({exc})") from None
        if isinstance(data, dict) and ("auto_map" in data or data.get("trust_remote_code")):
            raise InputError(
                f"{f}: the model asks to run its own code (auto_map); summarizer never runs code from a model folder"
            )


def ct2_vocabulary(folder: Path) -> list[str]:
    """The token of each id in a converted model (its vocabulary file)."""
    for name in ("shared_vocabulary.json", "target_vocabulary.json"):
        f = folder / name
        if f.is_file():
            return list(json.loads(f.read_text(encoding="utf-8")))
    for name in ("shared_vocabulary.txt", "target_vocabulary.txt"):
        f = folder / name
        if f.is_file():
            return f.read_text(encoding="utf-8").splitlines()
    raise ModelNotFoundError(f"{folder}: no vocabulary file in the converted model; convert it again")


def first_line(exc: BaseException) -> str:
    """An exception as one short line (its type and the first line of its message)."""
    text = str(exc).strip().splitlines()
    return f"{type(exc).__name__}: {text[0] if text else ''}"[:300]
