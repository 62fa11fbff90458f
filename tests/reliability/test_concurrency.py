"""Concurrent use: two `ingest` runs over overlapping folders store every article once, and the
dashboard keeps serving every page while `ingest` writes, then shows the new facts on a refresh."""

from __future__ import annotations

import shutil
import subprocess
import sys
import threading
from pathlib import Path

import browsing
import hostile

from pipeline import schema, store

ROOT = Path(__file__).resolve().parents[2]
DEV = sorted((ROOT / "sample_data" / "articles" / "dev").iterdir())
TEST = sorted((ROOT / "sample_data" / "articles" / "test").iterdir())


def start_ingest(folder: Path, db: Path, *extra: str) -> subprocess.Popen:
    return subprocess.Popen(
        [sys.executable, "-m", "pipeline", "ingest", str(folder), "--db", str(db), *extra],
        cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
    )  # fmt: skip


def copy(files: list[Path], folder: Path, prefix: str = "") -> Path:
    folder.mkdir(parents=True)
    for path in files:
        shutil.copy(path, folder / f"{prefix}{path.name}")
    return folder


def new_count(stdout: str) -> int:
    line = next(line for line in stdout.splitlines() if line.startswith("ingest: "))
    return int(line.split()[1])


def test_two_ingests_on_overlapping_folders_store_each_article_once(tmp_path):
    # A and B share ten files, and B holds renamed copies of two of A's: the same articles.
    one = copy(DEV, tmp_path / "a")
    two = copy(DEV[-10:] + TEST, tmp_path / "b")
    for path in DEV[:2]:
        shutil.copy(path, two / f"renamed-{path.name}")
    db = tmp_path / "policy.duckdb"
    runs = [start_ingest(one, db, "--chunk", "2"), start_ingest(two, db, "--chunk", "2")]
    outputs = [run.communicate(timeout=300) for run in runs]
    for run, (_, err) in zip(runs, outputs, strict=True):
        assert run.returncode == 0, err
        assert "error" not in err and "Traceback" not in err

    reference = tmp_path / "reference.duckdb"
    sequential = start_ingest(tmp_path, reference)
    sequential.communicate(timeout=300)
    assert sequential.returncode == 0
    expected = store.counts(reference)
    assert store.counts(db) == expected
    assert sum(new_count(out) for out, _ in outputs) == expected["articles"]  # none stored twice
    facts = store.query_facts(db)
    assert not facts.duplicated([schema.ARTICLE_ID, schema.FACT_ID]).any()
    assert set(facts[schema.FACT_ID]) == set(store.query_facts(reference)[schema.FACT_ID])


class Writer(threading.Thread):
    """Runs `ingest` over fresh generated articles, one commit per article, until stopped."""

    def __init__(self, db: Path, folder: Path):
        super().__init__(daemon=True)
        self.db, self.folder = db, folder
        self.stop = threading.Event()
        self.runs, self.failures = 0, []

    def run(self):
        while not self.stop.is_set():
            batch = self.folder / f"batch{self.runs}"
            batch.mkdir(parents=True)
            for n in range(12):
                rate = 100 + self.runs * 12 + n  # a new article, and a new fact, every time
                (batch / f"a{n}.txt").write_text(hostile.article(rate, f"Batch {self.runs}"))
            done = start_ingest(batch, self.db, "--chunk", "1")
            out, err = done.communicate(timeout=300)
            if done.returncode != 0 or new_count(out) != 12:
                self.failures.append(err)
            self.runs += 1


def test_the_dashboard_serves_every_page_while_ingest_writes(dashboard, page, tmp_path):
    page.goto(dashboard.url)
    browsing.settle(page, browsing.PAGES[""])  # the caches are warm before writes begin
    writer = Writer(dashboard.db, tmp_path / "incoming")
    writer.start()
    try:
        for path, charts in browsing.PAGES.items():
            page.goto(f"{dashboard.url}/{path}")
            browsing.settle(page, charts)
            assert page.locator(browsing.ERRORS).count() == 0, path
        served_while_writing = writer.runs
    finally:
        writer.stop.set()
        writer.join(timeout=300)
    assert not writer.failures, writer.failures[0]
    assert served_while_writing >= 1 and writer.runs >= 2

    # A refresh shows what the writer stored.
    expected = store.counts(dashboard.db)
    page.goto(dashboard.url)
    browsing.settle(page, browsing.PAGES[""])
    assert browsing.metric(page, "Facts").replace(",", "") == str(expected["facts"])
    assert browsing.metric(page, "Articles").replace(",", "") == str(expected["articles"])
    page.goto(f"{dashboard.url}/explorer")
    browsing.settle(page, 1)
    assert browsing.facts_shown(page) == expected["facts"]
    log = dashboard.log.read_text()
    assert "Traceback" not in log and "Error" not in log
