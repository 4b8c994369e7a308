"""JSON for terminals and files: what ``json.dumps`` leaves raw, escaped.

``json.dumps(..., ensure_ascii=False)`` keeps every character but the C0
controls as it is, so DEL, the C1 controls (U+009B starts an escape
sequence on many terminals, as ESC does), the bidi embedding, override
and isolate controls (they reorder what a terminal shows) and the line and
paragraph separators (a line break to JavaScript) would reach whoever
prints the file, and a lone surrogate (a file name's byte that is not
UTF-8) would stop any UTF-8 output.  :func:`dumps` writes them as ``\\uXXXX``: the value read
back is the same.
"""

from __future__ import annotations

import json
import re

#: Characters written as ``\\uXXXX`` (each can stand only inside a JSON string).
_RAW = re.compile("[\x7f-\x9f\u2028\u2029\u202a-\u202e\u2066-\u2069\ud800-\udfff]")


def _escape(m: re.Match[str]) -> str:
    return f"\\u{ord(m.group()):04x}"


def dumps(value: object, *, indent: int | None = None) -> str:
    """``value`` as JSON text, non-ASCII letters kept, every control character escaped."""
    return _RAW.sub(_escape, json.dumps(value, ensure_ascii=False, indent=indent))
