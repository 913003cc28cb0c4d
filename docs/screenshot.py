"""Remake docs/serve.png, the README's picture of `termbase serve`: the shipped
small-arms glossary, a deprecated term typed in the search box, its concept open.

Run from the repository root: .venv/bin/python docs/screenshot.py
Needs Debian's chromium and chromium-driver and selenium (the test extra).
"""

from __future__ import annotations

import shutil
import sys
from pathlib import Path

from selenium import webdriver
from selenium.webdriver.common.by import By
from selenium.webdriver.support.ui import WebDriverWait

from termbase import api
from termbase.serve.server import running

ROOT = Path(__file__).resolve().parent.parent


def main() -> int:
    browser, driver = shutil.which("chromium"), shutil.which("chromedriver")
    if browser is None or driver is None:
        print("install chromium and chromium-driver first", file=sys.stderr)
        return 2
    options = webdriver.ChromeOptions()
    options.binary_location = browser
    for flag in ("--headless=new", "--no-sandbox", "--window-size=1280,860",
                 "--hide-scrollbars", "--lang=en-GB"):
        options.add_argument(flag)
    chrome = webdriver.Chrome(options=options,
                              service=webdriver.ChromeService(executable_path=driver))
    try:
        with running(api.make_web_app(ROOT / "glossaries" / "small-arms.tbx")) as url:
            chrome.get(url + "/?q=行动纲要")
            wait = WebDriverWait(chrome, 20)
            wait.until(lambda d: d.find_elements(By.CSS_SELECTOR, "#results .use-link"))
            chrome.find_element(By.CSS_SELECTOR, "#results .use-link").click()
            wait.until(lambda d: d.find_elements(By.CSS_SELECTOR, "#preferred-zh.target"))
            chrome.execute_script("window.scrollTo(0, 0)")
            out = ROOT / "docs" / "serve.png"
            chrome.save_screenshot(str(out))
            print(f"wrote {out}")
    finally:
        chrome.quit()
    return 0


if __name__ == "__main__":
    sys.exit(main())
