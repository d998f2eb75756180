"""The HTML report in a real headless browser (Debian's chromium): loads clean, shows charts, sorts, escapes."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest
from selenium.webdriver.support.ui import WebDriverWait

from unionmine.report import html as report_mod
from unionmine.stats.tables import simple_profile

CHROMIUM = shutil.which("chromium") or ("/usr/bin/chromium" if Path("/usr/bin/chromium").exists() else None)
CHROMEDRIVER = shutil.which("chromedriver") or (
    "/usr/bin/chromedriver" if Path("/usr/bin/chromedriver").exists() else None
)
FIXTURE = Path(__file__).parents[1] / "data" / "stats"

pytestmark = pytest.mark.browser
BROWSER_MISSING = "Debian's chromium and chromedriver are not installed"


def _tokenize(text: str) -> list[str]:
    import jieba

    return jieba.lcut(text)


@pytest.fixture(scope="module")
def page(tmp_path_factory):
    out = tmp_path_factory.mktemp("report")
    for name in ("documents.parquet", "sections.parquet", "problems.csv"):
        shutil.copy(FIXTURE / name, out / name)
    mp = pytest.MonkeyPatch()
    mp.setattr(report_mod, "theme_profile", simple_profile)
    try:
        path = report_mod.report(out, progress=False, tokenize=_tokenize)
    finally:
        mp.undo()
    return path


@pytest.fixture(scope="module")
def driver(tmp_path_factory):
    if not (CHROMIUM and CHROMEDRIVER):
        if os.environ.get("CI", "").lower() == "true":
            pytest.fail(BROWSER_MISSING + " (CI=true: the browser tests must run)")
        pytest.skip(BROWSER_MISSING)
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    options = webdriver.ChromeOptions()
    options.binary_location = CHROMIUM
    for arg in ("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                f"--user-data-dir={tmp_path_factory.mktemp('chromium-profile')}", "--window-size=1280,1800"):
        options.add_argument(arg)
    options.set_capability("goog:loggingPrefs", {"browser": "ALL"})
    drv = webdriver.Chrome(service=Service(CHROMEDRIVER), options=options)
    try:
        yield drv
    finally:
        drv.quit()


def test_page_loads_without_console_errors_and_shows_every_chart(page, driver, tmp_path):
    driver.get(page.as_uri())
    assert driver.title == "工会工作文章分析报告"
    severe = [e for e in driver.get_log("browser") if e.get("level") == "SEVERE"]
    assert severe == []
    images = driver.find_elements("css selector", "img")
    assert len(images) == len(report_mod._charts.CHARTS) == 6  # change_by_org the sixth
    for img in images:
        assert driver.execute_script("return arguments[0].complete && arguments[0].naturalWidth", img) > 0
    driver.save_screenshot(str(tmp_path / "report.png"))


def test_a_table_sorts_on_click(page, driver):
    driver.get(page.as_uri())
    table = driver.find_element("css selector", "#by_org table")
    col = [th.text for th in table.find_elements("css selector", "thead th")].index("文章数")

    def column():
        return [r.find_elements("css selector", "td")[col].text for r in table.find_elements("css selector", "tbody tr")]

    before = column()
    header = table.find_elements("css selector", "thead th")[col]
    driver.execute_script("arguments[0].scrollIntoView({block: 'center'})", header)
    header.click()
    ascending = column()
    assert ascending != before
    assert [int(v) for v in ascending] == sorted(int(v) for v in before)
    header.click()
    assert [int(v) for v in column()] == sorted((int(v) for v in before), reverse=True)


def test_corpus_text_cannot_run_script(page, driver):
    driver.get(page.as_uri())
    assert driver.execute_script("return typeof window.__xss") == "undefined"
    # the title is shown as text, tag and all
    assert "<script>window.__xss=1</script>" in driver.find_element("css selector", "#articles").text


def test_article_link_opens_its_sections(page, driver):
    driver.get(page.as_uri())
    link = driver.find_element("css selector", "#articles table a")
    target = link.get_attribute("href").split("#", 1)[1]
    driver.execute_script("arguments[0].scrollIntoView({block: 'center'})", link)
    link.click()
    # wait for the state itself, never for time: the page opens the section on the click
    WebDriverWait(driver, 10).until(
        lambda d: d.execute_script("return document.getElementById(arguments[0]).open", target) is True
    )
