"""Ingest speed-up: `ingest --workers 2` against `--workers 1` on generated articles.

The articles are the sample_data articles rewritten with other country names, numbers and dates,
so every one has its own content id (nothing is skipped as unchanged) and the extractor sees
realistic text. Each run is a fresh `python -m pipeline ingest` process into a fresh database,
timed from start to exit, so interpreter and model start-up count against both.

Environment: BENCH_ARTICLES (default 2000), BENCH_WORKERS (default "1,2"), BENCH_CHUNK.
"""

from __future__ import annotations

import os
import random
import re
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from pipeline import documents, store

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = ROOT / "sample_data" / "articles"

COUNTRIES = (
    "Japan", "South Korea", "Germany", "France", "Canada", "Mexico", "India", "Brazil",
    "Australia", "Vietnam", "Indonesia", "Italy", "Spain", "Poland", "Turkey", "Taiwan",
    "the United Kingdom", "Switzerland", "Norway", "Thailand",
)  # fmt: skip
_COUNTRY = re.compile(r"\b(" + "|".join(re.escape(c) for c in COUNTRIES) + r")\b")
_NUMBER = re.compile(r"(?<![\w.])(\d{1,3}(?:,\d{3})+|\d+)(\.\d+)?(?![\w])")


def _vary_number(match: re.Match, rng: random.Random) -> str:
    whole, fraction = match.group(1), match.group(2) or ""
    value = int(whole.replace(",", ""))
    if 1990 <= value <= 2040 and not fraction:  # a year: move it a little
        return str(value + rng.randint(-2, 2))
    factor = rng.uniform(0.5, 1.5)
    if fraction:
        decimals = len(fraction) - 1
        return f"{(value + float(fraction)) * factor:.{decimals}f}"
    scaled = max(1, round(value * factor))
    return f"{scaled:,}" if "," in whole else str(scaled)


def vary(text: str, rng: random.Random) -> str:
    """The same article about other countries, with other numbers."""
    swap = dict(zip(COUNTRIES, rng.sample(COUNTRIES, len(COUNTRIES)), strict=True))
    text = _COUNTRY.sub(lambda m: swap[m.group(1)], text)
    return _NUMBER.sub(lambda m: _vary_number(m, rng), text)


def generate(folder: Path, count: int, seed: int = 7) -> int:
    """Write `count` distinct .txt articles derived from sample_data into `folder`."""
    paths, _ = documents.iter_paths([str(SAMPLES)])
    bases = [a for path in paths for a in documents.read_file(path)[0]]
    if not bases:
        raise SystemExit(f"no sample articles under {SAMPLES}")
    rng = random.Random(seed)
    seen: set[str] = set()
    folder.mkdir(parents=True, exist_ok=True)
    written = 0
    while written < count:
        base = bases[written % len(bases)]
        body = vary(base.text, rng)
        key = documents.content_id(body)
        if key in seen:
            continue
        seen.add(key)
        day = f"{rng.randint(2023, 2025)}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
        header = [
            f"title: {vary(base.title or 'Untitled', rng)}",
            f"source: {base.source or 'bench'}",
            f"date: {day}",
            f"url: https://example.org/bench/{written}",
        ]
        (folder / f"article-{written:05d}.txt").write_text(
            "\n".join(header) + "\n\n" + body, encoding="utf-8"
        )
        written += 1
    return written


def ingest(folder: Path, db: Path, workers: int) -> float:
    command = [sys.executable, "-m", "pipeline", "ingest", str(folder), "--db", str(db)]
    command += ["--workers", str(workers)]
    if chunk := os.environ.get("BENCH_CHUNK"):
        command += ["--chunk", chunk]
    started = time.perf_counter()
    done = subprocess.run(command, cwd=ROOT, capture_output=True, text=True)
    elapsed = time.perf_counter() - started
    if done.returncode != 0:
        raise SystemExit(f"ingest --workers {workers} failed:\n{done.stderr[-2000:]}")
    return elapsed


def run() -> list[dict]:
    count = int(os.environ.get("BENCH_ARTICLES", "2000"))
    workers = [int(w) for w in os.environ.get("BENCH_WORKERS", "1,2").split(",")]
    rows = []
    with tempfile.TemporaryDirectory(prefix="bench-ingest-") as tmp:
        folder = Path(tmp) / "articles"
        generate(folder, count)
        baseline = None
        for n in workers:
            db = Path(tmp) / f"workers{n}.duckdb"
            seconds = ingest(folder, db, n)
            totals = store.counts(db)
            baseline = baseline or seconds
            rows.append(
                {
                    "case": f"ingest {count} articles",
                    "workers": n,
                    "seconds": round(seconds, 2),
                    "articles_per_s": round(totals["articles"] / seconds, 1),
                    "facts": totals["facts"],
                    "speedup": round(baseline / seconds, 2),
                    "cpus": os.cpu_count(),
                }
            )
    return rows
