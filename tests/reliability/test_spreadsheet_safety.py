"""Every CSV the project writes (`export`, `extract --format csv`, the dashboard's downloads) turns
formula cells from an article into text and keeps each fact on one row, bare carriage returns
included."""

from __future__ import annotations

import csv
import io
import subprocess
import sys
from pathlib import Path

import markup
import pytest

from pipeline import schema, store
from pipeline.__main__ import main
from pipeline.facts import extract_articles

ROOT = Path(__file__).resolve().parents[2]
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def safe_rows(text: str) -> list[dict]:
    """Parse CSV text; every cell a spreadsheet would run as a formula must be a plain number."""
    rows = list(csv.reader(io.StringIO(text, newline="")))
    header, body = rows[0], rows[1:]
    for row in body:
        assert len(row) == len(header), row
        for cell in row:
            if cell.startswith(FORMULA_STARTS):
                float(cell)  # a negative number is fine; anything else would be a formula
    return [dict(zip(header, row, strict=True)) for row in body]


@pytest.fixture(scope="module")
def db(tmp_path_factory):
    path = tmp_path_factory.mktemp("markup") / "policy.duckdb"
    article = markup.article()
    store.save(path, [article], extract_articles([article]))
    return path


def test_export_neutralizes_formula_cells_and_keeps_one_row_per_fact(db, tmp_path):
    out = tmp_path / "facts.csv"
    assert main(["export", "--db", str(db), "--out", str(out)]) == 0
    rows = safe_rows(out.read_bytes().decode("utf-8-sig"))
    assert len(rows) == store.counts(db)["facts"] == 4
    assert {row[schema.TITLE] for row in rows} == {"'" + markup.TITLE}  # the \r kept in its cell
    assert all(row[schema.EVIDENCE].startswith("'") for row in rows)


def test_extract_csv_neutralizes_formula_cells(tmp_path):
    path = tmp_path / markup.NAME
    path.write_text(markup.ARTICLE, encoding="utf-8")
    done = subprocess.run(
        [sys.executable, "-m", "pipeline", "extract", str(path), "--format", "csv"],
        cwd=ROOT, capture_output=True, timeout=120,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    rows = safe_rows(done.stdout.decode("utf-8"))
    assert len(rows) == 4
    assert any("\r" in row[schema.EVIDENCE] for row in rows)


def test_dashboard_downloads_of_the_stored_rows_are_safe_csv(db):
    # Page tables are column subsets of these frames; the browser test downloads each of them.
    from dashboard import export

    for frame in (store.query_facts(db), store.query_articles(db)):
        rows = safe_rows(export.to_csv(frame).decode("utf-8-sig"))
        assert len(rows) == len(frame)
