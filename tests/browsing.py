"""Page helpers shared by the browser tests in tests/e2e and tests/reliability."""

from __future__ import annotations

import re

# URL path of each page -> the charts it draws when the store has data.
PAGES = {
    "": 3,
    "trade": 2,
    "tariffs": 2,
    "investments": 2,
    "defense": 1,
    "energy": 1,
    "explorer": 1,
    "articles": 0,
    "ingest": 0,
}
ERRORS = '[data-testid="stException"], [data-testid="stAlertContentError"]'
RUNNING = (
    "() => !document.querySelector('[data-testid=\"stStatusWidget\"]')"
    " || !document.querySelector('[data-testid=\"stStatusWidget\"]').innerText.includes('Running')"
)
# Anything a payload in an article could have planted in the page if it were rendered as markup.
PLANTED = (
    "[data-testid='stMain'] script, [data-testid='stMain'] iframe, img[src='x'], "
    "svg[onload], [onerror], a[href^='javascript'], a[href^='data:']"
)


def settle(page, charts: int = 0) -> None:
    """Wait until the script run is over and `charts` Plotly charts have drawn their data."""
    page.wait_for_selector('[data-testid="stMain"] h1')
    page.wait_for_function(RUNNING)
    if charts:
        page.wait_for_function(
            "n => [...document.querySelectorAll('.js-plotly-plot')]"
            ".filter(p => p._fullData && p._fullData.length).length >= n",
            arg=charts,
        )
    page.wait_for_timeout(300)


def metric(page, label: str) -> str:
    box = page.locator('[data-testid="stMetric"]').filter(has_text=label)
    return box.locator('[data-testid="stMetricValue"]').inner_text().strip()


def facts_shown(page) -> int:
    """The number of facts under the Explorer's filters: `12 facts shown`, or past the table's
    row limit `Showing the newest 1,000 of 1,177 facts.`"""
    text = page.get_by_text(
        re.compile(r"^\d+ facts shown$|^Showing the newest [\d,]+ of [\d,]+ facts")
    ).inner_text()
    return int(re.findall(r"[\d,]+", text)[-1].replace(",", ""))


def pwned(page):
    """The marker an injected script would set; None while nothing ran."""
    return page.evaluate("() => window.__pwned === undefined ? null : window.__pwned")
