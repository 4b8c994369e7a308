"""Saved news pages built around a report's text, for the HTML input tests.

A page has what real ones have around the article: a head with scripts,
styles and metadata, a navigation bar, adverts, a cookie banner, related
links, a comment thread and a footer.  Only the article should survive
extraction.
"""

from __future__ import annotations

import html

NOISE = {
    "ar": {
        "nav": ["الرئيسية", "سياسة", "اقتصاد", "رياضة", "منوعات", "اتصل بنا"],
        "ad": "اشترك الآن واحصل على خصم خمسين بالمئة على جميع العروض",
        "cookie": "نستخدم ملفات تعريف الارتباط لتحسين تجربتك. موافق",
        "related": ["أسعار النفط ترتفع في الأسواق العالمية", "منتخب الكرة يفوز بالبطولة"],
        "comment": "تعليق: مقال رائع جدا شكرا للكاتب",
        "footer": "جميع الحقوق محفوظة للموقع 2021",
    },
    "en": {
        "nav": ["Home", "World", "Business", "Sport", "Weather", "Contact us"],
        "ad": "Subscribe now and save fifty percent on every offer in our shop",
        "cookie": "We use cookies to improve your experience. Accept all cookies",
        "related": ["Oil prices rise on world markets", "National team wins the cup"],
        "comment": "Comment: great article, thanks to the author!!!",
        "footer": "All rights reserved by the site 2021",
    },
}


def page(title: str, paragraphs: list[str], language: str, date: str | None = "2021-07-23") -> str:
    n = NOISE[language]
    direction = "rtl" if language == "ar" else "ltr"
    nav = "".join(f'<li><a href="/{k}">{html.escape(x)}</a></li>' for k, x in enumerate(n["nav"]))
    related = "".join(f'<li><a href="/r{k}">{html.escape(x)}</a></li>' for k, x in enumerate(n["related"]))
    body = "".join(f"<p>{html.escape(p)}</p>" for p in paragraphs)
    meta = f'<meta property="article:published_time" content="{date}T08:00:00Z">' if date else ""
    time = f'<time datetime="{date}">{date}</time>' if date else ""
    return f"""<!DOCTYPE html>
<html lang="{language}" dir="{direction}"><head><meta charset="utf-8">
<title>{html.escape(title)} | News Site</title>
<meta property="og:title" content="{html.escape(title)}">
{meta}
<link rel="stylesheet" href="https://cdn.example.com/site.css">
<script>window.dataLayer=[];function track(){{dataLayer.push(arguments)}};track('page');</script>
<style>.ad{{background:#eee}}</style>
</head><body>
<div class="cookie-banner" id="cookies">{html.escape(n["cookie"])}</div>
<header><div class="logo">News Site</div><nav><ul>{nav}</ul></nav></header>
<aside class="ad advert">{html.escape(n["ad"])}</aside>
<main><article>
<h1>{html.escape(title)}</h1>
{time}
{body}
</article>
<section class="related"><h2>Related</h2><ul>{related}</ul></section>
<section class="comments" id="comments"><div class="comment"><p>{html.escape(n["comment"])}</p></div></section>
</main>
<aside class="ad advert">{html.escape(n["ad"])}</aside>
<footer><p>{html.escape(n["footer"])}</p></footer>
<script src="https://cdn.example.com/ads.js"></script>
<script>document.getElementById('cookies').remove();</script>
</body></html>
"""


def paragraphs_of(text: str) -> list[str]:
    """A report's lines, each an element of the page (the seeds are not
    hard-wrapped: a line is a paragraph, a caption, a stamp)."""
    return [" ".join(line.split()) for line in text.splitlines() if line.strip()]
