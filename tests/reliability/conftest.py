"""A dashboard server for the reliability tests, started the way `make run` starts it but without
`--server.address`, so the tests see the configured default. The browser and page fixtures are
the shared ones of tests/browsers.py."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest
from browsers import require_chromium
from serving import streamlit_server

from pipeline import store
from pipeline.documents import iter_paths, read_file

ROOT = Path(__file__).resolve().parents[2]
SEED = ROOT / "sample_data" / "articles" / "dev"


def pytest_collection_modifyitems(items):
    for item in items:
        if "/reliability/" in str(item.fspath) and "dashboard" in getattr(item, "fixturenames", ()):
            item.add_marker(pytest.mark.e2e)


def build_store(db: Path, folder: Path = SEED) -> dict:
    from pipeline.facts import extract_articles

    paths, _ = iter_paths([str(folder)])
    articles = [article for path in paths for article in read_file(path)[0]]
    return store.save(db, articles, extract_articles(articles))


class Dashboard:
    def __init__(self, url: str, db: Path, process: subprocess.Popen, log: Path):
        self.url, self.db, self.process, self.log = url, db, process, log
        self.port = int(url.rsplit(":", 1)[1])


@pytest.fixture(scope="session")
def dashboard(tmp_path_factory):
    """A `streamlit run app.py` over a store built from the dev sample articles."""
    require_chromium()
    folder = tmp_path_factory.mktemp("reliability-server")
    db = folder / "policy.duckdb"
    build_store(db)
    # No --server.address: .streamlit/config.toml decides where the server listens.
    with streamlit_server(db, folder, flags=(), timeout=60) as (url, process, log):
        yield Dashboard(url, db, process, log)
