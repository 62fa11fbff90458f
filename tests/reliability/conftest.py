"""A dashboard server for the reliability tests, started the way `make run` starts it but without
`--server.address`, so the tests see the configured default. The browser and page fixtures are
the shared ones of tests/browsers.py."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from browsers import require_chromium
from serving import free_port, stop, wait_healthy

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
    port = free_port()
    log = folder / "streamlit.log"
    env = {**os.environ, "POLICY_DB": str(db), "POLICY_SEED": ""}
    # No --server.address: .streamlit/config.toml decides where the server listens.
    command = [
        sys.executable, "-m", "streamlit", "run", "app.py",
        "--server.port", str(port),
        "--server.fileWatcherType", "none",
    ]  # fmt: skip
    with log.open("w") as out:
        process = subprocess.Popen(command, cwd=ROOT, env=env, stdout=out, stderr=subprocess.STDOUT)
    url = f"http://127.0.0.1:{port}"
    try:
        wait_healthy(url, process, log)
        yield Dashboard(url, db, process, log)
    finally:
        stop(process)
