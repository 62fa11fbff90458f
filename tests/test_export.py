import argparse
import csv

import pandas as pd
import pytest
from store_helpers import build_store, lock_held

from pipeline import csvsafe, schema, store
from pipeline.commands import export


@pytest.fixture
def db(tmp_path):
    path = tmp_path / "policy.duckdb"
    build_store(path)
    return path


def run_export(*argv: str) -> int:
    parser = argparse.ArgumentParser()
    export.add_parser(parser)
    return export.run(parser.parse_args([str(a) for a in argv]))


def read_back(path) -> pd.DataFrame:
    return pd.read_csv(
        path, encoding="utf-8-sig", dtype=store.QUERY_DTYPES, keep_default_na=False, na_values=[""]
    )


def test_csv_read_back_equals_the_store_query_row_for_row(db, tmp_path):
    out = tmp_path / "facts.csv"
    assert run_export("--db", db, "--out", out) == 0
    expected = csvsafe.neutralize(store.query_facts(db))
    pd.testing.assert_frame_equal(read_back(out), expected)
    assert len(expected) == 4


def test_formula_evidence_is_neutralised_and_numbers_stay_numbers(db, tmp_path):
    out = tmp_path / "facts.csv"
    run_export("--db", db, "--out", out)
    with out.open(encoding="utf-8-sig", newline="") as handle:
        rows = {row[schema.FACT_ID]: row for row in csv.DictReader(handle)}
    surplus = rows["b1"]
    assert surplus[schema.EVIDENCE] == "'=SUM(A1:A9) the surplus"
    assert surplus[schema.TITLE] == "'-B" and surplus[schema.SOURCE] == "'@wire"
    assert float(surplus[schema.VALUE]) == -6.8e10  # a negative number, not text
    assert surplus[schema.YEAR] == "2024"


def test_csv_is_utf8_with_bom_for_excel(db, tmp_path):
    out = tmp_path / "facts.csv"
    run_export("--db", db, "--out", out)
    data = out.read_bytes()
    assert data.startswith(b"\xef\xbb\xbf")
    assert "Zölle – ¥500 billion" in data.decode("utf-8-sig")


@pytest.mark.parametrize("argv", [["--format", "parquet"], []])
def test_parquet_round_trips_exactly(db, tmp_path, argv):
    out = tmp_path / "facts.parquet"
    assert run_export("--db", db, "--out", out, *argv) == 0
    pd.testing.assert_frame_equal(pd.read_parquet(out), store.query_facts(db))


@pytest.mark.parametrize(
    ("argv", "filters"),
    [
        (["--country", "jpn"], {"countries": ["JPN"]}),
        (["--country", "DEU", "--country", "KOR"], {"countries": ["DEU", "KOR"]}),
        (
            ["--topic", "tariff", "--status", "threatened"],
            {"topics": ["tariff"], "statuses": ["threatened"]},
        ),
        (["--since", "2025-03-01"], {"since": "2025-03-01"}),
        (
            ["--until", "2025-02-01", "--country", "USA"],
            {"until": "2025-02-01", "countries": ["USA"]},
        ),
    ],
)
def test_export_filters_match_the_store_query(db, tmp_path, argv, filters):
    out = tmp_path / "filtered.csv"
    assert run_export("--db", db, "--out", out, *argv) == 0
    expected = csvsafe.neutralize(store.query_facts(db, **filters))
    assert 0 < len(expected) < 4
    pd.testing.assert_frame_equal(read_back(out), expected)


def test_a_filter_matching_nothing_writes_just_the_header(db, tmp_path, capsys):
    out = tmp_path / "none.csv"
    assert run_export("--db", db, "--out", out, "--country", "FRA") == 0
    assert list(read_back(out).columns) == list(store.QUERY_DTYPES)
    assert "wrote 0 facts" in capsys.readouterr().out


def test_malformed_date_is_a_usage_error(db, tmp_path, capsys):
    with pytest.raises(SystemExit) as exit_info:
        run_export("--db", db, "--out", tmp_path / "x.csv", "--since", "March 2025")
    assert exit_info.value.code == 2
    assert "YYYY-MM-DD" in capsys.readouterr().err


def test_missing_database_says_to_ingest_first(tmp_path, capsys):
    out = tmp_path / "x.csv"
    assert run_export("--db", tmp_path / "absent.duckdb", "--out", out) == 1
    assert "ingest" in capsys.readouterr().err
    assert not out.exists()


def test_busy_database_fails_cleanly_without_a_partial_file(db, tmp_path, capsys, monkeypatch):
    def busy(*args, **kwargs):
        raise store.StoreBusy(f"{db} is locked by process 1 (python)")

    monkeypatch.setattr(store, "query_facts", busy)
    out = tmp_path / "x.csv"
    assert run_export("--db", db, "--out", out) == 1
    assert "locked" in capsys.readouterr().err
    assert not out.exists()


def test_export_waits_visibly_for_a_busy_store_then_gives_up(db, tmp_path, capsys, caplog):
    out = tmp_path / "x.csv"
    with lock_held(db, seconds=60) as holder:
        assert run_export("--db", db, "--out", out, "--lock-timeout", "3.5") == 1
    assert f"locked by process {holder.pid}" in capsys.readouterr().err
    assert any("retrying" in r.getMessage() for r in caplog.records)
    assert not out.exists()
