"""``summarizer convert``: the CTranslate2 copy of a checkpoint, made once, offline."""

from __future__ import annotations

import os
import warnings
from pathlib import Path

from ...errors import MissingDependencyError, ModelNotFoundError, OptionError, OutputError
from .files import CONVERTED, FAST_EXTRA, ct2_installed, first_line, require_extra, resolve_model


def convert(
    model: str, output: str | os.PathLike | None = None, *, quantization: str = "float32", force: bool = False
) -> Path:
    """Convert an mT5 checkpoint folder for the CTranslate2 runtime, once.

    The copy goes to ``output`` (default: ``MODEL/ctranslate2``); weights are
    stored as ``quantization`` (``float32``, from which int8 is made when
    loading, or ``int8``, half the size on disk but then never exact).
    Nothing is downloaded and no code from the folder runs.

    Raises:
        MissingDependencyError: without CTranslate2 or the mt5 extra.
        ModelNotFoundError: for a folder that is not a model.
        OutputError: when the output exists (unless ``force``).
    """
    if quantization not in ("float32", "int8"):
        raise OptionError(f"unknown quantization {quantization!r}; choose float32, int8")
    require_extra()
    if not ct2_installed():
        raise MissingDependencyError(f"converting needs CTranslate2: {FAST_EXTRA}")
    path = resolve_model(str(model))
    target = Path(output).expanduser() if output else path / CONVERTED
    if target.exists() and any(target.iterdir()) and not force:
        raise OutputError(f"{target}: exists; pass --force to convert again")
    from ctranslate2.converters import TransformersConverter

    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            TransformersConverter(str(path), load_as_float16=False, trust_remote_code=False).convert(
                str(target), quantization=None if quantization == "float32" else "int8", force=True
            )
    except (OSError, ValueError, RuntimeError) as exc:
        raise ModelNotFoundError(f"{path}: cannot convert: {first_line(exc)}") from None
    return target
