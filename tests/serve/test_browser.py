"""The page in a real browser: headless Chromium driven by Selenium against a running
server. Skipped, with the reason, only where no Chromium and chromedriver are installed
(Debian: apt-get install chromium chromium-driver; .ci/run installs them)."""

from __future__ import annotations

import shutil
import urllib.parse
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING

import pytest

if TYPE_CHECKING:
    from selenium.webdriver.remote.webdriver import WebDriver
    from selenium.webdriver.remote.webelement import WebElement

WAIT_S = 20  # an upper bound for the page to react, never a timing assertion


def _browser_paths() -> tuple[str, str]:
    browser = next(filter(None, map(shutil.which, ("chromium", "chromium-browser",
                                                   "google-chrome"))), None)
    driver = shutil.which("chromedriver")
    if browser is None or driver is None:
        pytest.skip("no headless browser: install Debian's chromium and chromium-driver "
                    "(apt-get install chromium chromium-driver)")
    return browser, driver


@pytest.fixture(scope="module")
def browser() -> Iterator[WebDriver]:
    webdriver = pytest.importorskip("selenium.webdriver", reason="selenium is not installed "
                                    "(pip install -e '.[test]')")
    binary, driver_path = _browser_paths()
    options = webdriver.ChromeOptions()
    options.binary_location = binary
    for flag in ("--headless=new", "--no-sandbox", "--disable-dev-shm-usage",
                 "--disable-gpu", "--window-size=1280,900", "--lang=en-GB"):
        options.add_argument(flag)
    # An explicit driver path: Selenium must not try to download one.
    driver = webdriver.Chrome(options=options,
                              service=webdriver.ChromeService(executable_path=driver_path))
    try:
        yield driver
    finally:
        driver.quit()


def _wait(driver: WebDriver) -> object:
    from selenium.webdriver.support.ui import WebDriverWait

    return WebDriverWait(driver, WAIT_S)


def _results(driver: WebDriver) -> list[WebElement]:
    from selenium.webdriver.common.by import By

    return driver.find_elements(By.CSS_SELECTOR, "#results .hit")


def _type(driver: WebDriver, server: str, text: str) -> list[WebElement]:
    """Open the page, type ``text`` as a person would, and wait for the result list."""
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support import expected_conditions as ec

    driver.get(server + "/")
    box = _wait(driver).until(ec.element_to_be_clickable((By.ID, "q")))  # type: ignore[attr-defined]
    box.send_keys(text)
    # The status line names the query its list answers: wait for the whole of it, not
    # for a list that answered the first keystrokes.
    _wait(driver).until(  # type: ignore[attr-defined]
        lambda d: f"“{text}”" in d.find_element(By.ID, "status").text)
    return _results(driver)


def test_typing_shows_results_as_you_type(browser: WebDriver, server: str) -> None:
    hits = _type(browser, server, "國際追查文書")  # traditional script
    assert hits[0].get_attribute("data-id") == "sa-iti"
    assert "International Tracing Instrument" in hits[0].text or "Instrument" in hits[0].text
    # The address follows the query, so the result list can be bookmarked.
    query = urllib.parse.parse_qs(urllib.parse.urlparse(browser.current_url).query)
    assert query["q"] == ["國際追查文書"]


def test_opening_a_concept_shows_its_terms_by_language(browser: WebDriver,
                                                       server: str) -> None:
    from selenium.webdriver.common.by import By

    hits = _type(browser, server, "illicit brokering")
    hits[0].find_element(By.CSS_SELECTOR, "a.hit-link").click()
    _wait(browser).until(lambda d: d.find_element(By.ID, "concept").is_displayed())  # type: ignore[attr-defined]
    assert urllib.parse.urlparse(browser.current_url).path == "/concept/sa-brokering"
    langs = [s.get_attribute("data-lang")
             for s in browser.find_elements(By.CSS_SELECTOR, "#concept .lang")]
    assert {"zh", "en"} <= set(langs)
    statuses = {t.get_attribute("data-status")
                for t in browser.find_elements(By.CSS_SELECTOR, "#concept .term")}
    assert "preferred" in statuses


def test_a_deprecated_term_is_struck_through_and_leads_to_the_preferred(
        browser: WebDriver, server: str) -> None:
    from selenium.webdriver.common.by import By

    hits = _type(browser, server, "行动纲要")
    assert hits[0].find_element(By.CSS_SELECTOR, ".how del").text == "《行动纲要》"
    hits[0].find_element(By.CSS_SELECTOR, "a.use-link").click()
    preferred = _wait(browser).until(  # type: ignore[attr-defined]
        lambda d: d.find_elements(By.CSS_SELECTOR, "#preferred-zh.target"))[0]
    assert preferred.get_attribute("data-status") == "preferred"
    assert "行动纲领" in preferred.find_element(By.CSS_SELECTOR, ".term-text").text
    assert preferred.is_displayed()
    # On the concept page the deprecated term is struck through too, pointing at it.
    deprecated = browser.find_element(By.CSS_SELECTOR, "#concept .term.deprecated")
    assert deprecated.find_element(By.CSS_SELECTOR, "del").text == "《行动纲要》"
    assert "行动纲领" in deprecated.find_element(By.CSS_SELECTOR, "a.use-link").text


def test_deep_links_open_a_concept_and_a_search(browser: WebDriver, server: str) -> None:
    from selenium.webdriver.common.by import By

    browser.get(server + "/concept/sa-iti")
    title = _wait(browser).until(  # type: ignore[attr-defined]
        lambda d: d.find_element(By.CSS_SELECTOR, "#concept .concept-title"))
    assert "国际文书" in title.text
    browser.get(server + "/?q=" + urllib.parse.quote("小武器"))
    _wait(browser).until(lambda d: _results(d))  # type: ignore[attr-defined]
    assert browser.find_element(By.ID, "q").get_attribute("value") == "小武器"


def test_copy_button_puts_the_term_on_the_clipboard(browser: WebDriver, server: str) -> None:
    from selenium.webdriver.common.by import By

    browser.get(server + "/concept/sa-salw")
    button = _wait(browser).until(  # type: ignore[attr-defined]
        lambda d: d.find_element(By.CSS_SELECTOR, "#concept .term .copy"))
    text = button.get_attribute("data-text")
    button.click()
    _wait(browser).until(lambda d: "done" in (button.get_attribute("class") or ""))  # type: ignore[attr-defined]
    assert text == "小武器和轻武器"


def test_screenshot_for_the_readme(browser: WebDriver, server: str, tmp_path: Path) -> None:
    """The README's picture is made this way (docs/screenshot.py writes docs/serve.png);
    here it only has to be a picture."""
    hits = _type(browser, server, "行动纲要")
    assert hits
    shot = tmp_path / "serve.png"
    assert browser.save_screenshot(str(shot))
    assert shot.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
