"""Ingest at volume: 10,000 generated articles into a fresh store with `--workers 2`, then 20,000.

Each size is one `python -m pipeline ingest FOLDER --db FRESH --workers 2` process, timed from
start to exit (interpreter and pipeline start-up included). While it runs, the resident memory
of the ingest process and all its children (the spaCy workers) is sampled with psutil; the peak
of that sum is reported. The second, twice larger run shows whether time grows linearly: the
`vs_first` column is (seconds per article) / (seconds per article of the first size), 1.0 for
perfectly linear growth. The machine may be shared, so each row also gives the CPU seconds the
run used (ingest and its workers) and the load average when it started. Targets: at least 50
articles/s and peak RSS under 2 GB.

Environment: BENCH_VOLUME (default "10000,20000"), BENCH_VOLUME_WORKERS (default 2).
"""

from __future__ import annotations

import contextlib
import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import psutil

from bench.generate import generate
from pipeline import store

ROOT = Path(__file__).resolve().parent.parent
TARGET_RATE = 50.0
TARGET_RSS_MB = 2048.0
SAMPLE_EVERY = 0.1


def tree_rss(process: psutil.Process) -> int:
    """Resident bytes of a process and all its descendants (0 for any that just exited)."""
    total = 0
    for member in [process, *process.children(recursive=True)]:
        with contextlib.suppress(psutil.Error):  # it may have just exited
            total += member.memory_info().rss
    return total


def _children_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def ingest(folder: Path, db: Path, workers: int) -> tuple[float, float, int]:
    """Wall seconds, CPU seconds (the process and its spaCy workers) and peak tree RSS in bytes
    of one fresh ingest process."""
    db.unlink(missing_ok=True)
    command = [sys.executable, "-m", "pipeline", "ingest", str(folder), "--db", str(db)]
    command += ["--workers", str(workers)]
    cpu, started = _children_cpu(), time.perf_counter()
    child = subprocess.Popen(
        command, cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True
    )
    watched, peak = psutil.Process(child.pid), 0
    while child.poll() is None:
        with contextlib.suppress(psutil.Error):
            peak = max(peak, tree_rss(watched))
        time.sleep(SAMPLE_EVERY)
    elapsed = time.perf_counter() - started
    _, err = child.communicate()
    if child.returncode != 0:
        raise SystemExit(f"ingest of {folder} failed:\n{err[-2000:]}")
    return elapsed, _children_cpu() - cpu, peak


def run() -> list[dict]:
    sizes = [int(n) for n in os.environ.get("BENCH_VOLUME", "10000,20000").split(",")]
    workers = int(os.environ.get("BENCH_VOLUME_WORKERS", "2"))
    rows: list[dict] = []
    first_per_article = None
    with tempfile.TemporaryDirectory(prefix="bench-volume-") as tmp:
        started = time.perf_counter()
        everything = Path(tmp) / "all"
        generate(everything, max(sizes))
        files = sorted(everything.iterdir())
        generated = time.perf_counter() - started
        for size in sorted(sizes):
            folder = Path(tmp) / f"first-{size}"
            folder.mkdir()
            for path in files[:size]:  # hard links: the smaller set is a prefix of the larger
                os.link(path, folder / path.name)
            db = Path(tmp) / f"volume-{size}.duckdb"
            load = os.getloadavg()[0]
            seconds, cpu, peak = ingest(folder, db, workers)
            totals = store.counts(db)
            if totals["articles"] != size:
                raise SystemExit(f"ingest of {size} articles stored {totals['articles']}")
            per_article = seconds / size
            first_per_article = first_per_article or per_article
            rate = size / seconds
            rows.append(
                {
                    "case": f"ingest {size} articles",
                    "workers": workers,
                    "seconds": round(seconds, 1),
                    "articles_per_s": round(rate, 1),
                    "facts": totals["facts"],
                    "peak_rss_mb": round(peak / 2**20),
                    "vs_first": round(per_article / first_per_article, 2),
                    "cpu_s": round(cpu, 1),
                    "articles_per_cpu_s": round(size / cpu, 1),
                    "generate_s": round(generated, 1),
                    "load_1min": round(load, 2),
                    "met": rate >= TARGET_RATE and peak / 2**20 < TARGET_RSS_MB,
                }
            )
            db.unlink(missing_ok=True)
    return rows
