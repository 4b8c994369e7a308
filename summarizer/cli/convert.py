"""``summarizer convert``: an mT5 model folder converted once for the
CTranslate2 runtime."""

from __future__ import annotations

import argparse
from typing import TextIO

from .console import Done


def add_parser(sub: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    cv = sub.add_parser(
        "convert",
        help="convert an mT5 model folder once for the fast CTranslate2 runtime (the mt5-fast extra)",
        parents=[common],
        description="Writes MODEL/ctranslate2 (or --to DIR); nothing is downloaded, no code from the folder runs. "
        "Afterwards --backend mt5 uses it on a GPU (runtime auto), and on the CPU runs in int8 by default.",
    )
    cv.add_argument("--model", required=True, help="the model folder (or a hub id already in the local cache)")
    cv.add_argument("--to", metavar="DIR", help="where to write the converted model (default: MODEL/ctranslate2)")
    cv.add_argument(
        "--quantization",
        choices=("float32", "int8"),
        default="float32",
        help="weights on disk: float32 (int8 is made when loading; exact output possible) or int8 (half the size)",
    )


def run(args: argparse.Namespace, out: TextIO) -> Done:
    from ..backends.mt5 import convert

    target = convert(args.model, args.to, quantization=args.quantization, force=getattr(args, "force", False))
    out.write(f"converted: {target}\n")
    return Done(0)
