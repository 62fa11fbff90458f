"""Dashboard page script run time with a warm cache, through Streamlit's AppTest.

The store is built once from sample_data/articles. For each page the app (router, sidebar
filters and the page) runs once to warm the caches, then BENCH_PAGE_RUNS more times (default 5)
timed one by one; the target is under 1 s per run. The first run of the whole app (cold
caches, store read from disk) is reported as its own row.
"""

from __future__ import annotations

import os
import statistics
import tempfile
from pathlib import Path

from bench.serving import PAGES, ROOT, sample_store, timed_run

TARGET_S = 1.0


def run() -> list[dict]:
    from streamlit.testing.v1 import AppTest

    rows = []
    with tempfile.TemporaryDirectory(prefix="bench-pages-") as tmp:
        db = Path(tmp) / "policy.duckdb"
        counts = sample_store(db)
        saved = {key: os.environ.get(key) for key in ("POLICY_DB", "POLICY_SEED")}
        os.environ["POLICY_DB"] = str(db)
        os.environ["POLICY_SEED"] = ""
        try:
            rows += _measure(AppTest.from_file(str(ROOT / "app.py"), default_timeout=60), counts)
        finally:
            for key, value in saved.items():
                if value is None:
                    os.environ.pop(key, None)
                else:
                    os.environ[key] = value
    return rows


def _measure(at, counts: dict) -> list[dict]:
    repeats = int(os.environ.get("BENCH_PAGE_RUNS", "5"))
    rows = []
    cold = timed_run(at)
    rows.append(
        {
            "page": "overview (cold start)",
            "runs": 1,
            "median_s": round(cold, 3),
            "max_s": round(cold, 3),
            "facts": counts["facts"],
            "under_1s": cold < TARGET_S,
        }
    )
    for page in PAGES:
        at.switch_page(f"views/{page}.py")
        timed_run(at)  # warm this page's caches
        times = [timed_run(at) for _ in range(repeats)]
        rows.append(
            {
                "page": page,
                "runs": repeats,
                "median_s": round(statistics.median(times), 3),
                "max_s": round(max(times), 3),
                "facts": counts["facts"],
                "under_1s": max(times) < TARGET_S,
            }
        )
    return rows
