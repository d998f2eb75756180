#!/usr/bin/env python
"""How long a report page takes to open in headless chromium: navigation start to the load event
and to the first paint, from the browser's own Navigation and Paint Timing, over several fresh loads.

    python scripts/report_open_time.py OUT/report.html [--runs 5]

Prints one line per load and the median; needs chromium and chromedriver (``make browser``).
"""

from __future__ import annotations

import argparse
import shutil
import statistics
import tempfile
from pathlib import Path


def open_times(page: Path, runs: int) -> list[dict[str, float]]:
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    binary = shutil.which("chromium") or shutil.which("chromium-browser") or shutil.which("google-chrome")
    options = webdriver.ChromeOptions()
    options.binary_location = binary
    with tempfile.TemporaryDirectory() as profile:
        for arg in ("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--no-first-run",
                    f"--user-data-dir={profile}", "--window-size=1280,1800"):
            options.add_argument(arg)
        driver = webdriver.Chrome(service=Service(shutil.which("chromedriver")), options=options)
        try:
            times = []
            for _ in range(runs):
                driver.get("about:blank")
                driver.get(page.resolve().as_uri())  # returns once the load event has fired
                nav = driver.execute_script(
                    "const n = performance.getEntriesByType('navigation')[0];"
                    "const p = performance.getEntriesByName('first-contentful-paint')[0];"
                    "return {dom: n.domContentLoadedEventEnd, load: n.loadEventEnd, paint: p ? p.startTime : null};")
                times.append({k: (v or 0.0) / 1000 for k, v in nav.items()})
            return times
        finally:
            driver.quit()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("page", type=Path)
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    times = open_times(args.page, args.runs)
    size = args.page.stat().st_size / 1e6
    for i, t in enumerate(times, 1):
        print(f"load {i}: first paint {t['paint']:.2f} s, DOM ready {t['dom']:.2f} s, load event {t['load']:.2f} s")
    print(f"{args.page} ({size:.1f} MB): median load event {statistics.median(t['load'] for t in times):.2f} s "
          f"over {len(times)} loads")


if __name__ == "__main__":
    main()
