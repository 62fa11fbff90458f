"""A real `streamlit run app.py` for the benchmarks (and the browser tests' fixtures): a free
loopback port, a wait until the server answers its health check, the RSS of its tree; the
dashboard's pages and a store filled from the sample articles."""

from __future__ import annotations

import contextlib
import os
import socket
import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import psutil

ROOT = Path(__file__).resolve().parent.parent
CHROMIUM = Path("/usr/bin/chromium")
SAMPLES = ROOT / "sample_data" / "articles"
# every page of the dashboard, by its script in views/ and its URL path
PAGES = (
    "overview",
    "trade",
    "tariffs",
    "investments",
    "defense",
    "energy",
    "explorer",
    "articles",
    "ingest",
)


def sample_store(db: Path) -> dict:
    """Fill `db` from sample_data/articles the way `ingest` does; its counts."""
    from pipeline import store
    from pipeline.documents import iter_paths, read_file
    from pipeline.facts import extract_articles

    paths, _ = iter_paths([str(SAMPLES)])
    articles = [article for path in paths for article in read_file(path)[0]]
    store.save(db, articles, extract_articles(articles))
    return store.counts(db)


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def wait_healthy(url: str, process: subprocess.Popen, log: Path, timeout: float = 60) -> None:
    """Return once `url` answers; raise with the server's log if it dies or stays silent."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"streamlit exited early:\n{log.read_text()[-3000:]}")
        try:
            with urllib.request.urlopen(f"{url}/_stcore/health", timeout=2) as response:
                if response.status == 200:
                    return
        except OSError:
            time.sleep(0.25)
    raise RuntimeError(
        f"streamlit did not answer within {timeout:.0f} s:\n{log.read_text()[-3000:]}"
    )


def tree_rss(process: psutil.Process) -> int:
    """Resident memory of a process and all its children, in bytes."""
    total = 0
    for member in [process, *process.children(recursive=True)]:
        with contextlib.suppress(psutil.Error):
            total += member.memory_info().rss
    return total


def timed_run(at) -> float:
    """Seconds one AppTest run of the app takes; a page that raises stops the benchmark."""
    started = time.perf_counter()
    at.run()
    elapsed = time.perf_counter() - started
    if at.exception:
        raise SystemExit(f"page raised: {at.exception[0].value}")
    return elapsed


# how `make run` starts it: loopback only, no browser opened, no usage statistics
LOOPBACK = (
    "--server.address", "127.0.0.1",
    "--server.headless", "true",
    "--browser.gatherUsageStats", "false",
)  # fmt: skip


@contextlib.contextmanager
def streamlit_server(
    db: Path,
    folder: Path,
    *,
    seed: str = "",
    flags: tuple[str, ...] = LOOPBACK,
    timeout: float = 90,
) -> Iterator[tuple[str, subprocess.Popen, Path]]:
    """(base url, process, log) of `streamlit run app.py` over `db` on a free port, stopped on
    exit. `seed` is the folder the app ingests into an empty store; `flags` are added to the port
    and file-watcher ones (no `--server.address` leaves the choice to .streamlit/config.toml)."""
    port = free_port()
    log = folder / "streamlit.log"
    env = {**os.environ, "POLICY_DB": str(db), "POLICY_SEED": seed}
    command = [
        sys.executable, "-m", "streamlit", "run", "app.py",
        "--server.port", str(port), "--server.fileWatcherType", "none", *flags,
    ]  # fmt: skip
    with log.open("w") as out:
        process = subprocess.Popen(command, cwd=ROOT, env=env, stdout=out, stderr=subprocess.STDOUT)
    url = f"http://127.0.0.1:{port}"
    try:
        wait_healthy(url, process, log, timeout)
        yield url, process, log
    finally:
        stop(process)


@contextlib.contextmanager
def dashboard(db: Path, folder: Path, timeout: float = 90) -> Iterator[tuple[str, psutil.Process]]:
    """(base url, server process) of the dashboard over `db` (no seeding), stopped on exit; its
    log goes to `folder`/streamlit.log."""
    with streamlit_server(db, folder, timeout=timeout) as (url, process, _):
        yield url, psutil.Process(process.pid)


def stop(process: subprocess.Popen, timeout: float = 20) -> None:
    """Terminate the server, killing it if it does not stop within `timeout` seconds."""
    process.terminate()
    try:
        process.wait(timeout=timeout)
    except subprocess.TimeoutExpired:
        process.kill()
        process.wait()
