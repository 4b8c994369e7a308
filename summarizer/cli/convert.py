"""``summarizer convert``: an mT5 model folder converted once for the
CTranslate2 runtime (its options are in :mod:`.parser`)."""

from __future__ import annotations

import argparse
from typing import TextIO

from ..backends.mt5 import convert
from ..errors import OptionError
from .console import Done


def run(args: argparse.Namespace, out: TextIO) -> Done:
    if getattr(args, "output", None) is not None:
        raise OptionError("convert writes a model folder: name it with --to DIR, not -o")
    target = convert(args.model, args.to, quantization=args.quantization, force=getattr(args, "force", False))
    out.write(f"converted: {target}\n")
    return Done(0)
