"""The names of the formats and display modes, light enough for ``--help``.

The command line's grammar reads them without loading the renderers (and
through them the text pipeline); :mod:`summarizer.render` writes them.
"""

#: Output formats of a brief.
FORMATS = ("text", "markdown", "json", "html")
#: Output formats of ``summarizer stories``.
STORY_FORMATS = ("text", "markdown", "json")
#: Right-to-left display: reorder for terminals that do not (``visual``), or not.
BIDI_MODES = ("auto", "visual", "logical")
