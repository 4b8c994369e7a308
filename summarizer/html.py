"""A review page: the briefs beside their sources, every citation one click away.

:func:`to_html` writes one self-contained page (no network, fonts, scripts
or styles from elsewhere; a Content-Security-Policy forbids them): the
briefs on one side, every source's full text on the other.  Each cited
span of a source is marked in its text; choosing a brief sentence (a click,
or focus from the keyboard) highlights every span it cites and scrolls to
the first; each citation marker is a link to its span, showing whether it is
the sentence the brief sentence was written from (★) and the kind of
support (= the same fact, # a figure of it, ~ generated text matched to
it); each disagreement lists its values, each a link to the spans of the
reports that give it (cited, or marked as witnesses of the disagreement).
Every element carries the ``lang`` and ``dir`` of its text (Arabic right
to left), the browser's own bidi keeping numbers and Latin words in order.
All text is escaped: a report's ``<script>`` stays text.  Offsets are those
of the JSON: the text of the spans marked for a citation is exactly
``source.text[start:end]``.
"""

from __future__ import annotations

import html
import itertools
import re
from collections.abc import Sequence

from .bidi import is_rtl
from .render import SourceLike, _heading, _numbers, _Source, _source, capped, copies_of, day_breaks, format_day
from .types import Summary, SummarySentence, display_text

#: Languages written right to left.
RTL = frozenset({"ar", "he", "fa", "ur", "yi", "ps", "dv", "ckb", "sd", "ug"})
KIND_MARK = {"same": "=", "figure": "#", "aligned": "~", "update": "+", "across": "≈"}
KIND_TITLE = {
    "same": "states the same fact",
    "figure": "states a figure of it about the same thing",
    "aligned": "the source text this generated sentence was matched to",
    "update": "gives a new value of its figure on another day",
    "across": "states it in another language",
}
# Characters that must not reach the page as they are: bidi overrides and
# isolates (they would reorder what follows), C0/C1 controls other than
# tab and line breaks.  Each becomes U+FFFD, one character for one, so
# offsets stay those of the source text; the controls that are white
# space (a vertical tab, Word's soft line break; form feed; the separators
# \x1c-\x1f; NEL) become a space, as in the brief's text.
_UNSAFE = re.compile("[\u202a-\u202e\u2066-\u2069\x00-\x08\x0e-\x1b\x7f-\x84\x86-\x9f]")
_SPACES = re.compile("[\x0b\x0c\x1c-\x1f\x85]")


def _dir(language: str | None, text: str = "") -> str:
    if language in RTL:
        return "rtl"
    if language is None and text:
        return "rtl" if is_rtl(text) else "ltr"
    return "ltr"


def _esc(text: str) -> str:
    return html.escape(_UNSAFE.sub("\ufffd", _SPACES.sub(" ", text)), quote=True)


def _attrs(language: str | None, text: str = "") -> str:
    lang = f' lang="{_esc(language)}"' if language else ""
    return f'{lang} dir="{_dir(language, text)}"'


def _marked(text: str, cites: list[tuple[int, int, str]]) -> str:
    """``text`` escaped, each stretch covered by citations wrapped in a span
    naming them (``data-c``); the first stretch of a citation carries its id."""
    cuts = sorted({0, len(text), *(a for a, _, _ in cites), *(b for _, b, _ in cites)})
    out = []
    started: set[str] = set()
    for a, b in itertools.pairwise(cuts):
        if a >= b:
            continue
        here = [cid for s, e, cid in cites if s <= a and b <= e]
        piece = _esc(text[a:b])
        if not here:
            out.append(piece)
            continue
        ids = " ".join(here)
        anchors = "".join(f'<a class="anchor" id="{cid}"></a>' for cid in here if cid not in started)
        started.update(here)
        out.append(f'{anchors}<mark class="span" data-c="{ids}">{piece}</mark>')
    return "".join(out)


CSS = """
*{box-sizing:border-box}
body{margin:0;font:16px/1.6 system-ui,-apple-system,"Segoe UI","Noto Sans","Noto Naskh Arabic","DejaVu Sans",sans-serif;
color:#1b1b1b;background:#fafafa}
header{padding:.8rem 1.2rem;background:#fff;border-bottom:1px solid #ddd}
header h1{font-size:1.2rem;margin:0}
header p{margin:.3rem 0 0;font-size:.85rem;color:#555}
main{display:grid;grid-template-columns:minmax(0,1fr) minmax(0,1fr);gap:1rem;padding:1rem}
.col{min-width:0}
.briefs{position:sticky;top:0;align-self:start;max-height:100vh;overflow:auto}
section.brief,section.source{background:#fff;border:1px solid #ddd;border-radius:6px;padding:.8rem 1rem;
margin-bottom:1rem}
h2{font-size:1.05rem;margin:.2rem 0 .6rem}
h3{font-size:1rem;margin:.2rem 0 .5rem}
ol{padding-inline-start:1.4rem;margin:0}
li.day{list-style:none;counter-increment:none;font-weight:bold;margin:.6rem 0 .2rem;margin-inline-start:-1.4rem}
.details{margin:0 0 .5rem;font-size:.85rem;color:#555}
li.sent{margin:.4rem 0;padding:.3rem .4rem;border-radius:4px;cursor:pointer}
li.sent:focus,li.sent.on{outline:2px solid #1a6fd1;background:#eef5ff}
.refs a,.flag a{text-decoration:none;color:#1a6fd1;white-space:nowrap;margin-inline-start:.25rem}
.refs a:focus,.flag a:focus{outline:2px solid #1a6fd1}
.ref.rep{font-weight:bold}
.flag{margin-top:.3rem;font-size:.9rem;color:#7a4b00;background:#fff6e0;border-radius:4px;padding:.2rem .4rem}
.flag .val{unicode-bidi:isolate}
.text{white-space:pre-wrap;overflow-wrap:anywhere}
mark.span{background:#f1f1f1;color:inherit;border-radius:2px}
mark.span.hl{background:#ffe36e}
.legend{font-size:.85rem;color:#555}
@media (max-width:800px){main{grid-template-columns:1fr}.briefs{position:static;max-height:none}}
@media print{body{background:#fff}main{display:block}.briefs{position:static;max-height:none;overflow:visible}
section{break-inside:avoid-page}mark.span{background:none;text-decoration:underline}}
"""

JS = """
(function(){
  var marks=[].slice.call(document.querySelectorAll('mark.span'));
  function show(ids,scroll){
    marks.forEach(function(m){m.classList.remove('hl');});
    var first=null;
    marks.forEach(function(m){
      var have=m.getAttribute('data-c').split(' ');
      if(ids.some(function(i){return have.indexOf(i)>=0;})){m.classList.add('hl');if(!first)first=m;}
    });
    if(first&&scroll){first.scrollIntoView({block:'center'});}
  }
  [].slice.call(document.querySelectorAll('li.sent')).forEach(function(li){
    var ids=li.getAttribute('data-c').split(' ');
    function on(){
      [].slice.call(document.querySelectorAll('li.sent.on')).forEach(function(x){x.classList.remove('on');});
      li.classList.add('on');show(ids,true);
    }
    li.addEventListener('click',function(e){if(e.target.tagName!=='A')on();});
    li.addEventListener('focus',on);
    li.addEventListener('keydown',function(e){if(e.key==='Enter'||e.key===' '){e.preventDefault();on();}});
  });
  [].slice.call(document.querySelectorAll('a[data-c]')).forEach(function(a){
    a.addEventListener('click',function(){show(a.getAttribute('data-c').split(' '),false);});
    a.addEventListener('focus',function(){show(a.getAttribute('data-c').split(' '),false);});
  });
})();
"""


def to_html(sources: Sequence[SourceLike], summaries: Sequence[Summary], *, title: str = "Briefs") -> str:
    """The review page of ``summaries`` made from ``sources``."""
    docs = [_source(x) for x in sources]
    numbers = _numbers(docs)
    cites: _Marks = {d.id: [] for d in docs}
    briefs = "".join(
        _brief_section(b, len(summaries), summary, numbers, cites) for b, summary in enumerate(summaries, 1)
    )
    sources_html = _source_sections(docs, summaries, numbers, cites)
    langs = {s.language for s in summaries if s.language}
    page_lang = next(iter(langs)) if len(langs) == 1 else "en"
    return (
        "<!DOCTYPE html>\n"
        f'<html lang="{_esc(page_lang)}" dir="ltr"><head><meta charset="utf-8">'
        '<meta name="viewport" content="width=device-width, initial-scale=1">'
        '<meta http-equiv="Content-Security-Policy" content="default-src \'none\'; '
        "style-src 'unsafe-inline'; script-src 'unsafe-inline'; img-src data:\">"
        f"<title>{_esc(title)}</title><style>{CSS}</style></head><body>"
        f'<header><h1>{_esc(title)}</h1><p class="legend">Choose a sentence to see what it cites. '
        "★ the sentence it was written from; = states the same fact; # states a figure of it; "
        "~ matched to generated text.</p></header>"
        f'<main><div class="col briefs">{briefs}</div>'
        f'<div class="col sources">{sources_html}</div></main>'
        f"<script>{JS}</script></body></html>\n"
    )


#: Each source's marked spans: (start, end, element id), filled while the briefs are written.
_Marks = dict[str, list[tuple[int, int, str]]]


def _brief_section(b: int, total: int, summary: Summary, numbers: dict[str, int], cites: _Marks) -> str:
    """Brief number ``b`` of ``total``: its heading and its sentences, each with its links."""
    lang = summary.language
    items = []
    breaks = day_breaks(summary)
    for s_no, s in enumerate(summary.sentences, 1):
        if breaks[s_no - 1] is not None:
            items.append(f'<li class="day" dir="ltr" lang="en">{_esc(breaks[s_no - 1] or "")}</li>')
        by_source: dict[str, list[str]] = {}
        ids, refs = _citation_links(f"{b}-{s_no}", s, numbers, cites, by_source)
        flags = _flags(f"{b}-{s_no}", s, lang, numbers, cites, by_source)
        items.append(
            f'<li class="sent" tabindex="0" id="s{b}-{s_no}" data-c="{" ".join(ids)}"{_attrs(lang, s.text)}>'
            f'<span class="st">{_esc(s.text)}</span> <span class="refs" dir="ltr">{"".join(refs)}</span>'
            + "".join(flags)
            + "</li>"
        )
    head = _heading(b, total, summary, numbers)
    notes = "".join(f'<p class="flag" dir="ltr" lang="en">{_esc(n)}</p>' for n in head.notes)
    return (
        f'<section class="brief" aria-label="{_esc(head.title)}">'
        f"<h2{_attrs(lang if summary.title else 'en', head.title)}>{_esc(head.title)}</h2>"
        f'<p class="details" dir="ltr" lang="en">{_esc(head.details)}</p>{notes}'
        f"<ol{_attrs(lang)}>{''.join(items)}</ol></section>"
    )


def _citation_links(
    at: str, s: SummarySentence, numbers: dict[str, int], cites: _Marks, by_source: dict[str, list[str]]
) -> tuple[list[str], list[str]]:
    """The ids and links of sentence ``at``'s citations (each marked in its source)."""
    ids = []
    refs = []
    for k, c in enumerate(s.citations, 1):
        cid = f"c{at}-{k}"
        if c.source in cites:
            cites[c.source].append((c.start, c.end, cid))
        ids.append(cid)
        by_source.setdefault(c.source, []).append(cid)
        n = numbers.get(c.source, "?")
        mark = KIND_MARK.get(c.kind, "")
        rep = "★" if c.representative else ""
        what = "written from this sentence; " if c.representative else ""
        refs.append(
            f'<a class="ref {"rep" if c.representative else c.kind}" href="#{cid}" data-c="{cid}" '
            f'data-span="{_esc(c.source)}:{c.start}:{c.end}" '
            f'title="{_esc(what + KIND_TITLE.get(c.kind, c.kind))}" dir="ltr">[{n}]{rep}{mark}</a>'
        )
    return ids, refs


def _flags(
    at: str,
    s: SummarySentence,
    lang: str | None,
    numbers: dict[str, int],
    cites: _Marks,
    by_source: dict[str, list[str]],
) -> list[str]:
    """What sentence ``at`` is flagged for: no support, and each disagreement
    of its sources (the witnesses marked in their sources, the values linked)."""
    flags = []
    if not s.supported:
        flags.append('<div class="flag">unsupported: no source sentence backs this generated sentence</div>')
    for k, d in enumerate(s.disagreements):
        what = d.quantity if d.quantity and d.quantity != d.kind else d.kind
        for w, (source, start, end) in enumerate(d.witnesses):  # marked too, to link the value to
            wid = f"w{at}-{k}-{w}"
            if source in cites:
                cites[source].append((start, end, wid))
            by_source.setdefault(source, []).append(wid)
        values = []
        for value, holders in d.values:
            cids = [cid for h in holders for cid in by_source.get(h, [])]
            tags = "".join(f"[{numbers[h]}]" for h in holders if h in numbers)
            target = f' href="#{cids[0]}" data-c="{" ".join(cids)}"' if cids else ""
            values.append(
                f'<a class="val"{target}{_attrs(lang, value)}>{_esc(display_text(value))}</a>'
                f' <span dir="ltr">{tags}</span>'
            )
        flags.append(
            f'<div class="flag" dir="ltr" lang="en">sources disagree on {_esc(what)}: ' + "; ".join(values) + "</div>"
        )
    return flags + _updates(s, lang, numbers)


def _updates(s: SummarySentence, lang: str | None, numbers: dict[str, int]) -> list[str]:
    """News that changed: each value of a figure, its sources and its day, in time order."""
    out = []
    for u in s.updates:
        what = u.quantity if u.quantity and u.quantity != u.kind else u.kind
        steps = [
            f'<span{_attrs(lang, value)}>{_esc(display_text(value))}</span> <span dir="ltr">'
            + "".join(f"[{numbers[h]}]" for h in holders if h in numbers)
            + f" ({format_day(day)})</span>"
            for value, day, holders in u.values
        ]
        out.append(
            '<div class="flag update" dir="ltr" lang="en">updated: ' + _esc(what) + ": " + " → ".join(steps) + "</div>"
        )
    return out


def _source_sections(
    docs: Sequence[_Source], summaries: Sequence[Summary], numbers: dict[str, int], cites: _Marks
) -> str:
    """Every source, numbered, with the spans its briefs cite marked."""
    texts = {d.id: d.text for d in docs}
    source_parts = []
    copies = copies_of(summaries, numbers)
    for src in docs:
        text = texts.get(src.id, "")
        heading = f"[{numbers[src.id]}] {capped(display_text(src.title or src.path or src.id))}{copies.get(src.id, '')}"
        source_parts.append(
            f'<section class="source" id="src-{numbers[src.id]}"{_attrs(src.language, text)}>'
            f"<h3>{_esc(heading)}</h3>"
            f'<div class="text">{_marked(text, sorted(cites.get(src.id, [])))}</div></section>'
        )
    return "".join(source_parts)
