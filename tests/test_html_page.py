"""The review page (--format html) in a real headless Chromium.

Needs Debian's chromium and chromium-driver (``make test`` installs them
where it can) and the ``browser`` extra (selenium); skipped with the reason
otherwise.  Nothing is downloaded: Selenium is pointed at the installed
driver.
"""

import json
import shutil

import pytest

from summarizer import Budget, Document, analyse, fuse
from summarizer.html import to_html

from .conftest import seed_paths

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser") or shutil.which("google-chrome")
DRIVER = shutil.which("chromedriver")


@pytest.fixture(scope="module")
def browser():
    webdriver = pytest.importorskip("selenium.webdriver", reason="selenium is not installed (the browser extra)")
    if not CHROMIUM or not DRIVER:
        pytest.skip("no chromium / chromedriver on this machine (apt-get install chromium chromium-driver)")
    from selenium.webdriver.chrome.service import Service

    options = webdriver.ChromeOptions()
    options.binary_location = CHROMIUM
    for arg in ("--headless=new", "--no-sandbox", "--disable-gpu", "--window-size=1300,900", "--disable-dev-shm-usage"):
        options.add_argument(arg)
    options.set_capability("goog:loggingPrefs", {"performance": "ALL"})
    driver = webdriver.Chrome(service=Service(DRIVER), options=options)
    yield driver
    driver.quit()


def open_page(browser, tmp_path, sources, briefs, name="page.html"):
    path = tmp_path / name
    path.write_text(to_html(sources, briefs), encoding="utf-8")
    browser.get(path.as_uri())
    return path


@pytest.fixture(scope="module")
def seeds_page():
    analyses = [analyse(Document(p.stem, p.read_text(encoding="utf-8"))) for p in seed_paths()]
    return analyses, fuse(analyses)


def test_each_sentence_highlights_exactly_what_it_cites(browser, tmp_path, seeds_page):
    from selenium.webdriver.common.by import By

    analyses, briefs = seeds_page
    texts = {a.id: a.document.text for a in analyses}
    open_page(browser, tmp_path, analyses, briefs)
    sentences = browser.find_elements(By.CSS_SELECTOR, "li.sent")
    assert len(sentences) == sum(len(b.sentences) for b in briefs)
    for li in sentences:
        browser.execute_script("arguments[0].scrollIntoView()", li)
        li.click()
        cited = {}
        for a in li.find_elements(By.CSS_SELECTOR, ".refs a"):
            source, start, end = a.get_attribute("data-span").rsplit(":", 2)
            cited[a.get_attribute("data-c")] = texts[source][int(start) : int(end)]
        lit = browser.execute_script(
            "var out={};document.querySelectorAll('mark.span.hl').forEach(function(m){"
            "m.getAttribute('data-c').split(' ').forEach(function(c){out[c]=(out[c]||'')+m.textContent;});});"
            "return out;"
        )
        # every cited span is lit with exactly its text ...
        for cid, text in cited.items():
            assert lit[cid] == text
        # ... and every lit stretch belongs to one of them
        marks = browser.execute_script(
            "return [].slice.call(document.querySelectorAll('mark.span.hl')).map(function(m){"
            "return m.getAttribute('data-c').split(' ');});"
        )
        assert all(set(m) & set(cited) for m in marks)


def test_keyboard_focus_and_citation_links(browser, tmp_path, seeds_page):
    from selenium.webdriver.common.by import By

    analyses, briefs = seeds_page
    open_page(browser, tmp_path, analyses, briefs)
    li = browser.find_elements(By.CSS_SELECTOR, "li.sent")[1]
    browser.execute_script("arguments[0].focus()", li)
    assert browser.execute_script("return document.querySelectorAll('mark.span.hl').length") > 0
    link = li.find_element(By.CSS_SELECTOR, ".refs a")
    target = link.get_attribute("href").split("#")[1]
    assert browser.find_element(By.ID, target).tag_name == "a"  # the anchor at its span


def test_arabic_reads_right_to_left_and_nothing_leaves_the_page(browser, tmp_path, seeds_page):
    from selenium.webdriver.common.by import By

    analyses, briefs = seeds_page
    browser.get_log("performance")  # drop what came before
    open_page(browser, tmp_path, analyses, briefs)
    source = browser.find_element(By.CSS_SELECTOR, "section.source")
    assert source.get_attribute("lang") == "ar"
    assert browser.execute_script("return getComputedStyle(arguments[0]).direction", source) == "rtl"
    brief = browser.find_element(By.CSS_SELECTOR, "section.brief ol")
    assert browser.execute_script("return getComputedStyle(arguments[0]).direction", brief) == "rtl"
    urls = []
    for entry in browser.get_log("performance"):
        message = json.loads(entry["message"])["message"]
        if message["method"] == "Network.requestWillBeSent":
            urls.append(message["params"]["request"]["url"])
    assert urls and all(u.startswith(("file://", "data:")) for u in urls), urls


def test_a_report_script_stays_text(browser, tmp_path):
    from selenium.common.exceptions import NoAlertPresentException
    from selenium.webdriver.common.by import By

    docs = [
        Document("a", "The council met on Monday. <script>alert(1)</script> The vote passed by nine to two."),
        Document("b", "The council vote passed by nine to two on Monday. Protesters gathered outside."),
    ]
    analyses = [analyse(d) for d in docs]
    (brief,) = fuse(analyses, budget=Budget(sentences=3), stories=False)
    open_page(browser, tmp_path, analyses, [brief])
    with pytest.raises(NoAlertPresentException):
        browser.switch_to.alert.text
    texts = [e.text for e in browser.find_elements(By.CSS_SELECTOR, "section.source .text")]
    assert any("<script>alert(1)</script>" in t for t in texts)
    assert not browser.find_elements(By.CSS_SELECTOR, "section.source script")


def test_a_disagreement_value_lights_its_witness(browser, tmp_path):
    from selenium.webdriver.common.by import By

    docs = [
        Document("a", "غرمت الجهات التنظيمية الشركة 10 ملايين دولار يوم الاثنين بسبب تسريب البيانات."),
        Document("b", "فرضت الجهات التنظيمية على الشركة غرامة قدرها 12 مليون دولار يوم الاثنين بسبب تسريب البيانات."),
    ]
    briefs = fuse(docs, stories=False)
    (d,) = briefs[0].sentences[0].disagreements
    (witness,) = d.witnesses
    open_page(browser, tmp_path, docs, briefs, "witness.html")
    values = browser.find_elements(By.CSS_SELECTOR, ".flag a.val")
    assert len(values) == 2
    values[1].click()  # 12 مليون, given by report b, which is not cited
    lit = browser.execute_script(
        "return [].slice.call(document.querySelectorAll('mark.span.hl')).map(function(m){return m.textContent;})"
        ".join('');"
    )
    assert lit == docs[1].text[witness[1] : witness[2]]
