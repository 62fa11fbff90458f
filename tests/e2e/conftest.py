"""Real-browser fixtures: a `streamlit run app.py` server on a free loopback port over a
temporary store (built by the app itself from sample_data on first start). Debian's chromium
driven by Playwright (`browser`, `page`) comes from tests/browsers.py via tests/conftest.py."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from browsing import RUNNING
from serving import streamlit_server

ROOT = Path(__file__).resolve().parents[2]
SCREENSHOTS = ROOT / "artifacts" / "screenshots"


def pytest_collection_modifyitems(items):
    for item in items:
        if "/e2e/" in str(item.fspath):
            item.add_marker(pytest.mark.e2e)


SEEDING_TIMEOUT_MS = 300_000  # the first run extracts every sample article (about 15 s idle)


@pytest.fixture(scope="session")
def server(tmp_path_factory, browser):
    """(base url, database path) of a dashboard whose store starts missing; the app's first
    run, which builds the store from sample_data, is waited out here once, so that each test's
    own waits time its page and not the seeding."""
    folder = tmp_path_factory.mktemp("e2e")
    db = folder / "policy.duckdb"
    seed = str(ROOT / "sample_data" / "articles")
    with streamlit_server(db, folder, seed=seed, timeout=60) as (url, _, _):
        first = browser.new_page()
        try:
            first.goto(url)
            first.wait_for_selector('[data-testid="stMain"] h1', timeout=SEEDING_TIMEOUT_MS)
            first.wait_for_function(RUNNING, timeout=SEEDING_TIMEOUT_MS)
        finally:
            first.close()
        yield url, db


@pytest.fixture(scope="session")
def screenshots() -> Path:
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    return SCREENSHOTS


@pytest.fixture(scope="session", autouse=True)
def _no_leftover_screenshots():
    # Screenshots are artifacts of this run only.
    shutil.rmtree(SCREENSHOTS, ignore_errors=True)
    yield
