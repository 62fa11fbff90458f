"""Hostile files through `ingest` and through the Ingest page's code path (dashboard.intake): each
bad file gets one error line naming it and no traceback, the good files beside it are stored, and
the store is consistent afterwards."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import hostile
import pytest

from pipeline import schema, store

ROOT = Path(__file__).resolve().parents[2]


def ingest(*argv) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "pipeline", "ingest", *(str(a) for a in argv)],
        cwd=ROOT, capture_output=True, text=True, timeout=300,
    )  # fmt: skip


@pytest.fixture(scope="module")
def corpus(tmp_path_factory):
    folder = tmp_path_factory.mktemp("hostile") / "in"
    return folder, hostile.write(folder)


@pytest.fixture(scope="module")
def ingested(corpus, tmp_path_factory):
    folder, written = corpus
    db = tmp_path_factory.mktemp("hostile-db") / "policy.duckdb"
    return db, written, ingest(folder, "--db", db)


def tariff_rates(db: Path) -> set[float]:
    facts = store.query_facts(db, topics=["tariff"])
    return set(facts.loc[facts[schema.ACTOR] == "USA", schema.VALUE].dropna())


def test_ingest_names_each_bad_file_once_without_a_traceback(ingested):
    _, written, done = ingested
    assert done.returncode == 1
    assert "Traceback" not in done.stderr
    for line in done.stderr.splitlines():  # nothing but error lines and progress lines
        assert line.startswith(("error: ", "ingest: ")), line
    hostile.assert_one_error_per_bad_file(hostile.error_lines(done.stderr), written)


def test_ingest_stores_every_good_file_beside_the_bad_ones(ingested):
    db, written, done = ingested
    expected = hostile.good_articles(written)
    assert f"ingest: {expected} new, 0 unchanged," in done.stdout
    hostile.assert_consistent(db, expected)
    # every good file's own fact sentence was extracted, whatever its encoding or name
    assert {20, 21, 22, 23, 24, 25, *range(30, 38), 41, 42, 43, 44, 45, 46} <= tariff_rates(db)
    names = {Path(p).name for p in store.query_articles(db)[schema.PATH]}
    for case in written:
        if case.articles and not case.error_labels:
            assert case.stored_name in names


def test_stored_texts_hold_no_markup_nul_or_undecodable_name(ingested):
    db, _, _ = ingested
    listing = store.query_articles(db)
    by_name = dict(
        zip(
            listing[schema.PATH].map(lambda p: Path(p).name),
            listing[schema.ARTICLE_ID],
            strict=True,
        )
    )
    scripted = store.article(db, by_name["scripted.html"])[schema.TEXT]
    for payload in ("SCRIPT_PAYLOAD", "STYLE_PAYLOAD", "__pwned", "<iframe"):
        assert payload not in scripted
    assert "imposed a 41% tariff" in scripted
    long_line = store.article(db, by_name["long-line.txt"])[schema.TEXT]
    assert len(long_line) > 1_900_000 and "\n" not in long_line
    assert "latin1-caf\ufffd-name.txt" in by_name  # bytes of another code page become U+FFFD
    dated = listing.loc[listing[schema.PATH].str.endswith("broken.jsonl#7"), schema.DATE]
    assert len(dated) == 1 and dated.isna().all()  # `2025-13-45` is not a date


def test_a_rerun_adds_nothing_and_reports_the_same_files(ingested, corpus):
    db, written, first = ingested
    before = store.counts(db)
    again = ingest(corpus[0], "--db", db)
    assert f"ingest: 0 new, {hostile.good_articles(written)} unchanged," in again.stdout
    assert hostile.error_lines(again.stderr) == hostile.error_lines(first.stderr)
    assert store.counts(db) == before


def test_the_ingest_page_path_names_each_bad_upload_once_and_saves_the_good_ones(
    tmp_path, monkeypatch
):
    from dashboard import intake

    db = tmp_path / "policy.duckdb"
    monkeypatch.setenv("POLICY_DB", str(db))
    uploads = [case for case in hostile.cases() if case.upload]
    batch = intake.prepare([(case.shown, hostile.payload(case)) for case in uploads])
    hostile.assert_one_error_per_bad_file(batch.errors, uploads)
    assert not any("Traceback" in line or "Error(" in line for line in batch.errors)
    kind, message = intake.save(batch)
    assert kind == "success", message
    hostile.assert_consistent(db, hostile.good_articles(uploads))
    assert {20, 21, 22, 23, 25, *range(30, 38), 41, 42, 43, 44, 45, 46} <= tariff_rates(db)


UPLOAD_NAMES = [
    "../../../../tmp/evil-upload.txt",
    "/etc/cron.d/evil-upload.txt",
    "..\\..\\Windows\\evil-upload.md",
    "C:\\evil-upload.txt",
    "sub/dir/evil-upload.txt",
    "%2e%2e%2fevil-upload.txt",
    "evil\x00upload.txt",
    "",
    "..",
]


def _tree(folder: Path) -> set[str]:
    return {str(p.relative_to(folder)) for p in folder.rglob("*") if not p.is_dir()}


def test_upload_names_cannot_write_outside_the_store_folder(tmp_path, monkeypatch):
    from dashboard import intake

    folder = tmp_path / "store"
    db = folder / "policy.duckdb"
    work = tmp_path / "cwd"
    work.mkdir()
    monkeypatch.setenv("POLICY_DB", str(db))
    monkeypatch.chdir(work)
    before = _tree(tmp_path)
    files = [(name, hostile.article(60 + i).encode()) for i, name in enumerate(UPLOAD_NAMES)]
    batch = intake.prepare(files)
    assert intake.save(batch)[0] == "success"

    labels = store.query_articles(db)[schema.PATH]
    assert len(labels) == len(UPLOAD_NAMES) - 1  # `..` has no article suffix: refused
    assert [line.split(";")[0] for line in batch.errors] == ["..: unsupported file type (none)"]
    for label in labels:
        assert "/" not in label and "\\" not in label and label not in ("", ".", "..")
    created = _tree(tmp_path) - before
    assert {Path(p).parts[0] for p in created} == {"store"}
    assert all(Path(p).name.startswith("policy.duckdb") for p in created)
    assert not list(Path("/tmp").glob("evil*")) and not Path("/etc/cron.d/evil-upload.txt").exists()
    assert not os.listdir(work)
