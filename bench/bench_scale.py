"""Dashboard at scale: one million synthetic facts in a fresh store.

1. bench.generate.write_store fills the store in bulk (timed).
2. For each page, the data functions it calls (see PAGE_DATA) are timed outside Streamlit's
   cache: one warm-up call, then the median of BENCH_SCALE_RUNS (default 5). Target < 300 ms.
3. The full script run of each page through AppTest (router, sidebar filters and the page): the
   first run after switching to it (its queries miss Streamlit's cache, as on a first visit or
   after the store changed) and the median of BENCH_SCALE_RUNS warm runs. Target < 1.5 s.
4. `python -m pipeline export --out all.csv` of every fact, as a fresh process. Target < 10 s.
5. `streamlit run app.py` on a free loopback port over the big store; headless chromium opens
   every page and waits until it has drawn; the server's RSS (with any children) is read after
   each page. Target < 1.5 GB. Skipped with a note when /usr/bin/chromium is missing.

Environment: BENCH_FACTS (default 1000000), BENCH_SCALE_RUNS (default 5),
BENCH_SCALE_PARTS (default "data,pages,export,server").
"""

from __future__ import annotations

import contextlib
import os
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from bench.generate import write_store
from bench.serving import CHROMIUM, PAGES, ROOT, dashboard, timed_run, tree_rss

TARGET_QUERY_S = 0.300
TARGET_PAGE_S = 1.5
TARGET_EXPORT_S = 10.0
TARGET_SERVER_MB = 1536.0


def page_data(db: Path) -> dict[str, dict[str, Callable[[], object]]]:
    """For each page (and the router that runs before every page), the data functions it calls
    with no filter set, outside Streamlit's cache, by name: what a page costs on a cache miss
    (first view, a new filter, or a store that changed)."""
    from dashboard import filters, tables
    from pipeline import store

    chosen = filters.Filters()
    shown: dict = {}

    def call(shape, *args):
        def run():
            shown[shape.__name__] = shape(db, chosen, *args)
            return shown[shape.__name__]

        return f"tables.{shape.__name__}", run

    def first_article():
        return str(shown["article_list"][tables.s.ARTICLE_ID].iloc[0])

    pages = {
        "(router)": [
            ("tables.country_pairs", lambda: filters.country_options(tables.country_pairs(db)))
        ],
        "overview": [
            call(tables.summary),
            call(tables.activity_by_country),
            call(tables.topic_by_country),
            call(tables.weekly_by_topic),
        ],
        "trade": [call(tables.trade_balances), call(tables.trade_flows)],
        "tariffs": [call(tables.tariff_rates), call(tables.tariff_actions)],
        "investments": [call(tables.investment_flows), call(tables.investment_by_company)],
        "defense": [call(tables.defense_shares)],
        "energy": [call(tables.energy_deals)],
        "explorer": [call(tables.explorer_rows), call(tables.facts_by_country)],
        "articles": [
            call(tables.article_list),
            ("store.article", lambda: store.article(db, first_article())),
            (
                "tables.article_facts",
                lambda: tables.article_facts(db, chosen, first_article()),
            ),
        ],
        "ingest": [],
    }
    return {page: dict(calls) for page, calls in pages.items()}


# ---------------------------------------------------------------- parts


def _median_time(call: Callable[[], object], runs: int) -> float:
    call()  # warm: imports, OS file cache, DuckDB catalog
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        call()
        times.append(time.perf_counter() - started)
    return statistics.median(times)


def measure_data(db: Path, runs: int) -> list[dict]:
    rows = []
    for page, calls in page_data(db).items():
        if not calls:
            continue
        timed = {name: _median_time(call, runs) for name, call in calls.items()}
        slowest = max(timed, key=timed.get)
        rows.append(
            {
                "part": "data functions",
                "page": page,
                "calls": len(timed),
                "total_ms": round(sum(timed.values()) * 1000),
                "slowest": slowest,
                "slowest_ms": round(timed[slowest] * 1000),
                "met": max(timed.values()) < TARGET_QUERY_S,
            }
        )
    return rows


@contextlib.contextmanager
def _environment(**values: str):
    saved = {key: os.environ.get(key) for key in values}
    os.environ.update(values)
    try:
        yield
    finally:
        for key, value in saved.items():
            if value is None:
                os.environ.pop(key, None)
            else:
                os.environ[key] = value


def measure_pages(db: Path, runs: int) -> list[dict]:
    from streamlit.testing.v1 import AppTest

    rows = []
    with _environment(POLICY_DB=str(db), POLICY_SEED=""):
        at = AppTest.from_file(str(ROOT / "app.py"), default_timeout=600)
        cold = timed_run(at)
        rows.append(
            {
                "part": "page run (AppTest)",
                "page": "overview (cold start)",
                "median_s": round(cold, 2),
                "max_s": round(cold, 2),
                "met": None,
            }
        )
        for page in PAGES:
            at.switch_page(f"views/{page}.py")
            first = timed_run(at)  # this page's queries miss the cache, then stay cached
            times = [timed_run(at) for _ in range(runs)]
            rows.append(
                {
                    "part": "page run (AppTest)",
                    "page": page,
                    "first_s": round(first, 2),
                    "median_s": round(statistics.median(times), 2),
                    "max_s": round(max(times), 2),
                    "met": max(first, statistics.median(times)) < TARGET_PAGE_S,
                }
            )
    return rows


def measure_export(db: Path, folder: Path, facts: int) -> list[dict]:
    out = folder / "all-facts.csv"
    command = [sys.executable, "-m", "pipeline", "export", "--out", str(out), "--db", str(db)]
    started = time.perf_counter()
    done = subprocess.run(command, cwd=ROOT, capture_output=True, text=True)
    seconds = time.perf_counter() - started
    if done.returncode != 0:
        raise SystemExit(f"export failed:\n{done.stderr[-2000:]}")
    size = out.stat().st_size
    out.unlink()
    return [
        {
            "part": "CLI export to CSV",
            "page": f"all {facts} facts",
            "seconds": round(seconds, 1),
            "size_mb": round(size / 2**20),
            "met": seconds < TARGET_EXPORT_S,
        }
    ]


# Charts each page draws when the store has data (as in the browser tests).
CHARTS = {"overview": 3, "trade": 2, "tariffs": 2, "investments": 2, "defense": 1, "energy": 1,
          "explorer": 1, "articles": 0, "ingest": 0}  # fmt: skip


def _settle(tab, charts: int) -> None:
    """Until the script run is over and its charts have drawn their data (the same wait as the
    browser tests)."""
    tab.wait_for_selector('[data-testid="stMain"] h1')
    tab.wait_for_function(
        "() => !document.querySelector('[data-testid=\"stStatusWidget\"]')"
        " || !document.querySelector('[data-testid=\"stStatusWidget\"]')"
        ".innerText.includes('Running')"
    )
    if charts:
        tab.wait_for_function(
            "n => [...document.querySelectorAll('.js-plotly-plot')]"
            ".filter(p => p._fullData && p._fullData.length).length >= n",
            arg=charts,
        )
    tab.wait_for_timeout(300)


def measure_server(db: Path, folder: Path) -> list[dict]:
    if not CHROMIUM.exists():
        return [{"part": "server RSS", "page": f"skipped: {CHROMIUM} missing", "met": None}]
    from playwright.sync_api import sync_playwright

    rows = []
    with dashboard(db, folder) as (url, watched):
        rows.append(_rss_row("(idle after start)", tree_rss(watched), None))
        with sync_playwright() as playwright:
            browser = playwright.chromium.launch(
                executable_path=str(CHROMIUM), headless=True, args=["--no-sandbox"]
            )
            tab = browser.new_context(viewport={"width": 1400, "height": 2200}).new_page()
            tab.set_default_timeout(300_000)
            peak = 0
            for page in PAGES:
                started = time.perf_counter()
                tab.goto(f"{url}/{'' if page == 'overview' else page}")
                _settle(tab, CHARTS[page])
                seconds = time.perf_counter() - started
                rss = tree_rss(watched)
                peak = max(peak, rss)
                rows.append(_rss_row(page, rss, seconds))
            browser.close()
        rows.append(_rss_row("(peak over all pages)", peak, None))
    return rows


def _rss_row(page: str, rss: int, seconds: float | None) -> dict:
    mb = rss / 2**20
    return {
        "part": "server RSS",
        "page": page,
        "rss_mb": round(mb),
        "browser_load_s": None if seconds is None else round(seconds, 1),
        "met": mb < TARGET_SERVER_MB,
    }


def run() -> list[dict]:
    n_facts = int(os.environ.get("BENCH_FACTS", "1000000"))
    runs = int(os.environ.get("BENCH_SCALE_RUNS", "5"))
    parts = os.environ.get("BENCH_SCALE_PARTS", "data,pages,export,server").split(",")
    rows: list[dict] = []
    with tempfile.TemporaryDirectory(prefix="bench-scale-") as tmp:
        folder = Path(tmp)
        db = folder / "policy.duckdb"
        started = time.perf_counter()
        counts = write_store(db, n_facts)
        rows.append(
            {
                "part": "generate store",
                "page": f"{counts['facts']} facts, {counts['articles']} articles",
                "seconds": round(time.perf_counter() - started, 1),
                "size_mb": round(db.stat().st_size / 2**20),
            }
        )
        steps = {
            "data": lambda: measure_data(db, runs),
            "pages": lambda: measure_pages(db, runs),
            "export": lambda: measure_export(db, folder, counts["facts"]),
            "server": lambda: measure_server(db, folder),
        }
        for part in parts:
            started = time.perf_counter()
            load = round(os.getloadavg()[0], 2)  # the machine may be shared: say how busy
            rows += [{**row, "load_1min": load} for row in steps[part]()]
            print(
                f"  bench_scale {part} took {time.perf_counter() - started:.1f} s",
                file=sys.stderr,
                flush=True,
            )
    return rows
