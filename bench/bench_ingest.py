"""Ingest speed-up: `ingest --workers 2` against `--workers 1` on generated articles.

The articles are the sample_data articles rewritten with other country names, numbers and dates,
so every one has its own content id (nothing is skipped as unchanged) and the extractor sees
realistic text. Each run is a fresh `python -m pipeline ingest` process into a fresh database,
timed from start to exit, so interpreter and model start-up count against both.

The machine may be shared, so each row also gives the CPU seconds the run used (the ingest
process and its spaCy workers) and the best of BENCH_REPEAT interleaved runs is kept.

Environment: BENCH_ARTICLES (default 2000), BENCH_WORKERS (default "1,2"), BENCH_REPEAT
(default 1), BENCH_CHUNK.
"""

from __future__ import annotations

import os
import random
import re
import resource
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
    if len(set(facts.values())) > 1:
        raise SystemExit(f"worker counts disagree on the facts: {facts}")
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
