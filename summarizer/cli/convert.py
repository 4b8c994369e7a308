"""``summarizer convert``: an mT5 model folder converted once for the
CTranslate2 runtime (its options are in :mod:`.parser`)."""

from __future__ import annotations

import argparse
from typing import TextIO

from ..backends.mt5 import convert
from .console import Done


def run(args: argparse.Namespace, out: TextIO) -> Done:
    target = convert(args.model, args.to, quantization=args.quantization, force=getattr(args, "force", False))
    out.write(f"converted: {target}\n")
    return Done(0)
