"""Screenshots of the review page for the README, in headless Chromium.

Writes ``docs/screenshots/seeds-ar.png`` (the seeds, Arabic, a sentence
chosen so its citations are lit), ``docs/screenshots/multiling-en.png``
(four English reports of one MultiLing topic) and
``docs/screenshots/bench.png`` (the bench page of MultiLing English).
Needs chromium, chromium-driver and selenium (``make test`` installs them).

Run: ``python docs/make_screenshots.py``
"""

from __future__ import annotations

import shutil
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
OUT = ROOT / "docs" / "screenshots"
DATA = ROOT.parent / "shared" / "data"


def driver():
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    options = webdriver.ChromeOptions()
    options.binary_location = shutil.which("chromium") or "chromium"
    for arg in ("--headless=new", "--no-sandbox", "--disable-gpu", "--window-size=1400,1000", "--hide-scrollbars"):
        options.add_argument(arg)
    return webdriver.Chrome(service=Service(shutil.which("chromedriver")), options=options)


def shoot(browser, page: Path, png: Path, choose: int | None) -> None:
    from selenium.webdriver.common.by import By

    browser.get(page.as_uri())
    if choose is not None:
        browser.find_elements(By.CSS_SELECTOR, "li.sent")[choose].click()
    browser.save_screenshot(str(png))
    print("written", png)


def main() -> None:
    from summarizer import Budget, Document, analyse, fuse
    from summarizer.bench import harness
    from summarizer.bench.datasets import load
    from summarizer.bench.report import to_html as bench_html
    from summarizer.bench.verdicts import verdicts
    from summarizer.html import to_html
    from summarizer.registry import default_registry

    OUT.mkdir(parents=True, exist_ok=True)
    seeds = [analyse(Document(p.stem, p.read_text(encoding="utf-8"))) for p in sorted((ROOT / "seeds").glob("*.txt"))]
    (item,) = load(DATA / "multiling2011-en.jsonl", limit=1)
    english = [analyse(d) for d in item.documents[:4]]
    result = harness.run(
        load(DATA / "multiling2011-en.jsonl"),
        ["fusion", "lead-rr", "concepts", "textrank", "lead"],
        registry=default_registry(),
        dataset="multiling2011-en",
        progress=False,
    )
    browser = driver()
    try:
        with tempfile.TemporaryDirectory() as tmp:
            t = Path(tmp)
            (t / "seeds.html").write_text(to_html(seeds, fuse(seeds)), encoding="utf-8")
            shoot(browser, t / "seeds.html", OUT / "seeds-ar.png", 3)
            page = to_html(english, fuse(english, budget=Budget(sentences=4), stories=False))
            (t / "en.html").write_text(page, encoding="utf-8")
            shoot(browser, t / "en.html", OUT / "multiling-en.png", 1)
            (t / "bench.html").write_text(bench_html(result, verdicts(result)), encoding="utf-8")
            browser.set_window_size(1200, 700)
            shoot(browser, t / "bench.html", OUT / "bench.png", None)
    finally:
        browser.quit()


if __name__ == "__main__":
    main()
