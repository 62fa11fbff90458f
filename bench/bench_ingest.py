"""Ingest speed-up: `ingest --workers 2` against `--workers 1` on generated articles.

The articles come from bench.generate: the sample_data articles rewritten with other country
names, numbers and dates, so every one has its own content id and the extractor sees realistic
text. Each run is a fresh `python -m pipeline ingest` process into a fresh database,
timed from start to exit, so interpreter and model start-up count against both.

The machine may be shared, so each row also gives the CPU seconds the run used (the ingest
process and its spaCy workers) and the best of BENCH_REPEAT interleaved runs is kept.

Environment: BENCH_ARTICLES (default 2000), BENCH_WORKERS (default "1,2"), BENCH_REPEAT
(default 1), BENCH_CHUNK.
"""

from __future__ import annotations

import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from bench.generate import generate
from pipeline import store

ROOT = Path(__file__).resolve().parent.parent


def _children_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def ingest(folder: Path, db: Path, workers: int) -> tuple[float, float]:
    """Wall and CPU seconds of one fresh ingest process into a fresh database."""
    db.unlink(missing_ok=True)
    command = [sys.executable, "-m", "pipeline", "ingest", str(folder), "--db", str(db)]
    command += ["--workers", str(workers)]
    if chunk := os.environ.get("BENCH_CHUNK"):
        command += ["--chunk", chunk]
    cpu, started = _children_cpu(), time.perf_counter()
    done = subprocess.run(command, cwd=ROOT, capture_output=True, text=True)
    elapsed, cpu = time.perf_counter() - started, _children_cpu() - cpu
    if done.returncode != 0:
        raise SystemExit(f"ingest --workers {workers} failed:\n{done.stderr[-2000:]}")
    return elapsed, cpu


def run() -> list[dict]:
    count = int(os.environ.get("BENCH_ARTICLES", "2000"))
    workers = [int(w) for w in os.environ.get("BENCH_WORKERS", "1,2").split(",")]
    repeat = int(os.environ.get("BENCH_REPEAT", "1"))
    best: dict[int, tuple[float, float]] = {}
    facts: dict[int, int] = {}
    with tempfile.TemporaryDirectory(prefix="bench-ingest-") as tmp:
        folder = Path(tmp) / "articles"
        generate(folder, count)
        for _ in range(repeat):
            for n in workers:
                db = Path(tmp) / f"workers{n}.duckdb"
                wall, cpu = ingest(folder, db, n)
                if n not in best or wall < best[n][0]:
                    best[n] = (wall, cpu)
                totals = store.counts(db)
                if totals["articles"] != count:
                    raise SystemExit(f"--workers {n} stored {totals['articles']} of {count}")
                facts[n] = totals["facts"]
    if len(set(facts.values())) > 1:  # tests/test_ingest.py checks equality on a fixed tree
        print(
            f"warning: fact counts differ between runs {facts}; did the code change meanwhile?",
            file=sys.stderr,
        )
    baseline = best[workers[0]][0]
    return [
        {
            "case": f"ingest {count} articles",
            "workers": n,
            "seconds": round(wall, 2),
            "cpu_seconds": round(cpu, 2),
            "articles_per_s": round(count / wall, 1),
            "facts": facts[n],
            "speedup": round(baseline / wall, 2),
            "cpus": os.cpu_count(),
            "load_1min": round(os.getloadavg()[0], 2),
        }
        for n, (wall, cpu) in best.items()
    ]
