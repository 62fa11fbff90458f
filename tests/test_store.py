import datetime as dt
import logging
import time

import duckdb
import pandas as pd
import pytest
from store_helpers import article, fact, lock_held

from pipeline import config, schema, store


@pytest.fixture
def db(tmp_path):
    return tmp_path / "sub" / "policy.duckdb"


@pytest.fixture
def stored(db):
    """A Japan tariff, a German trade figure with a formula-like sentence, an undated note."""
    a = article("US tariff on Japanese cars.", date="2025-02-01", title="A", source="S", url="u1")
    b = article("German trade surplus.", date="2025-04-15", title="B")
    c = article("Undated note on Korea.", date=None, title="C")
    rows = [
        fact(a, "a1", partner="JPN", product="autos"),
        fact(a, "a2", status="threatened", partner="JPN", start=30, end=40),
        fact(
            b,
            "b1",
            topic="trade",
            measure="balance",
            actor="DEU",
            value=-6.8e10,
            unit="USD",
            status="reported",
            evidence="=SUM(A1:A9) style figure",
            year=2024,
        ),
        fact(
            c,
            "c1",
            topic="investment",
            measure="amount",
            actor="KOR",
            partner="USA",
            value=1.5e11,
            unit="USD",
            status="pledged",
        ),
    ]
    assert store.save(db, [a, b, c], schema.facts_frame(rows)) == {
        "new": 3,
        "unchanged": 0,
        "facts_added": 4,
    }
    return a, b, c


def test_db_path_prefers_argument_then_environment_then_default(monkeypatch):
    monkeypatch.setenv(config.DB_ENV, "/tmp/env.duckdb")
    assert config.db_path("x.duckdb") == config.Path("x.duckdb")
    assert config.db_path() == config.Path("/tmp/env.duckdb")
    monkeypatch.delenv(config.DB_ENV)
    assert config.db_path() == config.Path("data/policy.duckdb")


def test_saving_the_same_articles_again_adds_nothing(db, stored):
    again = store.save(db, list(stored), store.query_facts(db))
    assert again == {"new": 0, "unchanged": 3, "facts_added": 0}
    assert store.counts(db)["facts"] == 4


def test_duplicate_article_in_one_batch_is_stored_once(db):
    a = article("Same body.", path="one.txt")
    copy = article("Same body.", path="copy.txt")
    result = store.save(db, [a, copy], schema.facts_frame([fact(a, "x")]))
    assert result == {"new": 1, "unchanged": 1, "facts_added": 1}


def test_failed_article_leaves_neither_article_nor_facts(db):
    good = article("Good article.")
    bad = article("Bad article.")
    rows = [fact(good, "g1"), fact(bad, "b1"), fact(bad, None)]  # a null fact_id violates NOT NULL
    with pytest.raises(duckdb.ConstraintException):
        store.save(db, [good, bad], schema.facts_frame(rows))
    assert store.query_articles(db)[schema.ARTICLE_ID].tolist() == [good.article_id]
    assert store.query_facts(db)[schema.FACT_ID].tolist() == ["g1"]


def test_query_facts_has_contract_columns_and_dtypes(db, stored):
    frame = store.query_facts(db)
    assert list(frame.columns) == [*schema.FACT_COLUMNS, *store.QUERY_EXTRA]
    assert frame.dtypes.astype(str).to_dict() == store.QUERY_DTYPES
    row = frame.set_index(schema.FACT_ID).loc["b1"]
    assert row[schema.VALUE] == -6.8e10 and row[schema.YEAR] == 2024
    assert row[schema.TITLE] == "B" and row[schema.DATE] == "2025-04-15"


def test_query_facts_order_is_by_date_then_article_then_offset(db, stored):
    a, b, c = stored
    frame = store.query_facts(db)
    assert frame[schema.FACT_ID].tolist() == ["a1", "a2", "b1", "c1"]  # undated last


@pytest.mark.parametrize(
    ("filters", "expected"),
    [
        ({"countries": ["JPN"]}, ["a1", "a2"]),
        ({"countries": ["usa"]}, ["a1", "a2", "c1"]),  # actor or partner, any case
        ({"countries": ["DEU", "KOR"]}, ["b1", "c1"]),
        ({"topics": ["trade", "investment"]}, ["b1", "c1"]),
        ({"statuses": ["threatened"]}, ["a2"]),
        ({"since": "2025-04-15"}, ["b1"]),  # inclusive; undated articles drop out
        ({"until": dt.date(2025, 2, 1)}, ["a1", "a2"]),
        ({"since": "2025-01-01", "until": "2025-12-31", "topics": ["tariff"]}, ["a1", "a2"]),
        ({"countries": ["FRA"]}, []),
    ],
)
def test_query_facts_filters(db, stored, filters, expected):
    assert store.query_facts(db, **filters)[schema.FACT_ID].tolist() == expected


def test_query_facts_rejects_a_malformed_date(db, stored):
    with pytest.raises(ValueError, match="YYYY-MM-DD"):
        store.query_facts(db, since="15/04/2025")


def test_missing_database_reads_as_empty_and_is_not_created(db):
    assert store.is_empty(db)
    assert store.query_facts(db).empty
    assert list(store.query_facts(db).columns) == list(store.QUERY_DTYPES)
    assert store.query_articles(db).empty
    assert store.article(db, "nope") is None
    assert store.counts(db) == {"articles": 0, "facts": 0, "countries": 0, "latest_date": None}
    assert not db.exists()


def test_query_articles_counts_facts_and_article_returns_text(db, stored):
    a, b, c = stored
    listing = store.query_articles(db)
    assert listing.set_index(schema.ARTICLE_ID)[store.N_FACTS].to_dict() == {
        a.article_id: 2,
        b.article_id: 1,
        c.article_id: 1,
    }
    assert schema.TEXT not in listing
    full = store.article(db, a.article_id)
    assert full[schema.TEXT] == a.text and full[schema.URL] == "u1"
    assert store.article(db, "0" * 16) is None


def test_counts(db, stored):
    assert store.counts(db) == {
        "articles": 3,
        "facts": 4,
        "countries": 4,
        "latest_date": "2025-04-15",
    }
    assert not store.is_empty(db)


def test_new_store_records_its_schema_version(db):
    store.init(db)
    with duckdb.connect(str(db), read_only=True) as con:
        assert con.execute(f"SELECT max(version) FROM {store.VERSIONS}").fetchone()[0] == (
            store.schema_version()
        )


def test_forward_migration_runs_once_on_an_older_store(db, stored, monkeypatch):
    step = (
        store.schema_version() + 1,
        "add a note",
        [
            f"ALTER TABLE {store.ARTICLES} ADD COLUMN IF NOT EXISTS note VARCHAR DEFAULT 'n'",
        ],
    )
    monkeypatch.setattr(store, "MIGRATIONS", [*store.MIGRATIONS, step])
    assert len(store.query_facts(db)) == 4  # a read brings the file up to date first
    store.init(db)
    with duckdb.connect(str(db), read_only=True) as con:
        versions = con.execute(f"SELECT version FROM {store.VERSIONS} ORDER BY 1").fetchall()
        notes = con.execute(f"SELECT DISTINCT note FROM {store.ARTICLES}").fetchall()
    assert [v for (v,) in versions] == [s[0] for s in store.MIGRATIONS]
    assert notes == [("n",)]


def test_store_from_a_newer_version_is_refused(db):
    store.init(db)
    with duckdb.connect(str(db)) as con:
        con.execute(f"INSERT INTO {store.VERSIONS} (version) VALUES (999)")
    with pytest.raises(store.StoreError, match="newer"):
        store.save(db, [article("x")], schema.facts_frame([]))


def test_busy_store_retries_for_a_bounded_time_then_raises_store_busy(db, stored):
    with lock_held(db, seconds=30) as holder:
        started = time.monotonic()
        with pytest.raises(store.StoreBusy, match=f"process {holder.pid}") as info:
            store.query_facts(db, timeout=0.6)
        elapsed = time.monotonic() - started
    assert 0.6 <= elapsed < 5
    assert "run this again" in str(info.value)


def test_writer_waits_visibly_for_the_lock_and_then_saves(db, stored, caplog):
    later = article("Written after the other process let go.")
    with lock_held(db, seconds=1.0), caplog.at_level(logging.WARNING, logger=store.log.name):
        result = store.save(db, [later], schema.facts_frame([fact(later, "l1")]), timeout=20)
    assert result["new"] == 1
    assert any("locked by process" in r.getMessage() for r in caplog.records)


def test_facts_of_articles_not_in_the_batch_are_ignored(db):
    a, stray = article("In the batch."), article("Not in the batch.")
    result = store.save(db, [a], schema.facts_frame([fact(a, "a"), fact(stray, "s")]))
    assert result["facts_added"] == 1
    assert store.query_facts(db)[schema.ARTICLE_ID].tolist() == [a.article_id]


def test_saved_frame_round_trips_values(db):
    a = article("Round trip.")
    rows = [
        fact(
            a,
            "r",
            value=1234567.891,
            value_usd=None,
            year=None,
            negated=True,
            actor_entity="Nippon Steel",
            evidence='Line one\nline two, with "quotes"',
        )
    ]
    store.save(db, [a], schema.facts_frame(rows))
    got = store.query_facts(db)[list(schema.FACT_COLUMNS)]
    pd.testing.assert_frame_equal(got, schema.facts_frame(rows))


def test_a_file_without_tables_reads_as_empty_and_takes_writes(db):
    """What an ingest killed before its first commit leaves behind."""
    db.parent.mkdir(parents=True)
    duckdb.connect(str(db)).close()
    schema_version = "a Python name that must not be mistaken for the table"  # noqa: F841
    assert store.is_empty(db)
    assert store.query_facts(db).empty
    a = article("After the crash.")
    assert store.save(db, [a], schema.facts_frame([fact(a, "x")]))["facts_added"] == 1
