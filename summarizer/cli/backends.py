"""``summarizer backends``: the backends, a line each, and whether they are usable here."""

from __future__ import annotations

import argparse
from typing import TextIO

from ..registry import default_registry
from ..types import display_text
from .console import Done


def run(args: argparse.Namespace, out: TextIO) -> Done:
    registry = default_registry()
    infos = [registry.describe(name) for name in registry.names()]
    width = max(len(i.name) for i in infos) + len(" (default)")
    for info in infos:
        name = info.name + (" (default)" if info.default else "")
        state = "usable" if info.usable else "not usable here"
        note = f" ({display_text(info.note)})" if info.note else ""
        out.write(f"{name:<{width}}  {display_text(info.description)}; {state}{note}\n")
    return Done(0)
