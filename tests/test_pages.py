"""AppTest runs of every page: on the sample articles, on a hand-made store with known numbers,
and on an empty store. Assertions are on the numbers a page shows and how filters change them."""

from __future__ import annotations

import base64
import json
import os
import shutil
from pathlib import Path

import numpy as np
import pytest
from browsing import PAGES as BROWSER_PAGES
from dashboard_data import build
from streamlit.testing.v1 import AppTest

from dashboard import tables
from dashboard.filters import Filters
from pipeline import store
from pipeline.documents import iter_paths, read_file
from pipeline.facts import extract_articles

ROOT = Path(__file__).resolve().parent.parent
APP = str(ROOT / "app.py")
SAMPLES = ROOT / "sample_data" / "articles"
# page script -> the charts it draws with data; the browser tests know the pages by URL path
PAGES = {path or "overview": charts for path, charts in BROWSER_PAGES.items()}


@pytest.fixture(scope="module")
def sample_db(tmp_path_factory) -> Path:
    db = tmp_path_factory.mktemp("sample") / "policy.duckdb"
    paths, _ = iter_paths([str(SAMPLES)])
    articles = [a for p in paths for a in read_file(p)[0]]
    store.save(db, articles, extract_articles(articles))
    return db


@pytest.fixture(scope="module")
def known_db(tmp_path_factory) -> Path:
    db = tmp_path_factory.mktemp("known") / "policy.duckdb"
    store.save(db, *build())
    return db


@pytest.fixture
def writable_db(known_db, tmp_path) -> Path:
    db = tmp_path / "policy.duckdb"
    shutil.copy(known_db, db)
    return db


def open_app(monkeypatch, db: Path, page: str = "overview", seed: str = "", **params) -> AppTest:
    monkeypatch.setenv("POLICY_DB", str(db))
    monkeypatch.setenv("POLICY_SEED", seed)
    at = AppTest.from_file(APP, default_timeout=60)
    for key, value in params.items():
        at.query_params[key] = value
    at.run()
    if page != "overview":
        at.switch_page(f"views/{page}.py").run()
    assert not at.exception, [e.value for e in at.exception]
    return at


def metrics(at: AppTest) -> dict[str, str]:
    return {m.label: m.value for m in at.metric}


def chart_specs(at: AppTest) -> list[dict]:
    return [json.loads(chart.proto.spec) for chart in at.get("plotly_chart")]


def numbers(array) -> list[float]:
    if isinstance(array, dict) and "bdata" in array:
        return np.frombuffer(base64.b64decode(array["bdata"]), dtype=array["dtype"]).tolist()
    return list(array)


def texts(at: AppTest) -> str:
    return "\n".join(str(el.value) for el in [*at.markdown, *at.caption, *at.info, *at.error])


def countries_drawn(spec: dict) -> set[str]:
    """The countries a defense chart draws (their legend entries are separate key traces)."""
    return {trace["name"] for trace in spec["data"] if trace.get("showlegend") is False}


# ---------------------------------------------------------------- every page


@pytest.mark.parametrize("page", PAGES)
def test_page_runs_on_the_sample_articles_and_draws_its_charts(monkeypatch, sample_db, page):
    at = open_app(monkeypatch, sample_db, page)
    assert not at.error
    assert at.title and at.title[0].value == page.capitalize()
    assert len(at.get("plotly_chart")) == PAGES[page]
    if PAGES[page]:
        assert len(at.get("download_button")) >= PAGES[page]


@pytest.mark.parametrize("page", PAGES)
def test_page_runs_on_an_empty_store_and_says_so(monkeypatch, tmp_path, page):
    at = open_app(monkeypatch, tmp_path / "missing.duckdb", page)
    assert not at.error
    assert not at.get("plotly_chart")
    assert at.info, "an empty page explains itself"
    assert not (tmp_path / "missing.duckdb").exists(), "reading must not create a database"


def test_empty_store_overview_counts_zero(monkeypatch, tmp_path):
    at = open_app(monkeypatch, tmp_path / "missing.duckdb")
    assert metrics(at) == {
        "Articles": "0",
        "Facts": "0",
        "Countries and blocs": "0",
        "Latest article": "none",
    }


# ---------------------------------------------------------------- numbers and filters


def test_overview_counts_are_the_stores_counts(monkeypatch, sample_db):
    counts = store.counts(sample_db)
    assert metrics(open_app(monkeypatch, sample_db)) == {
        "Articles": str(counts["articles"]),
        "Facts": str(counts["facts"]),
        "Countries and blocs": str(counts["countries"]),
        "Latest article": counts["latest_date"],
    }


def test_country_filter_changes_the_overview_counts_to_the_stores_query(monkeypatch, sample_db):
    at = open_app(monkeypatch, sample_db)
    at.multiselect(key="country").set_value(["JPN"]).run()
    expected = store.query_facts(sample_db, countries=["JPN"])
    assert 0 < len(expected) < store.counts(sample_db)["facts"]
    shown = metrics(at)
    assert shown["Facts"] == str(len(expected))
    assert shown["Articles"] == str(expected["article_id"].nunique())
    assert at.query_params["country"] == "JPN"


def test_topic_status_and_date_filters_match_the_stores_query(monkeypatch, sample_db):
    at = open_app(monkeypatch, sample_db, topic=["tariff"], status=["imposed"], since="2025-04-01")
    expected = store.query_facts(
        sample_db, topics=["tariff"], statuses=["imposed"], since="2025-04-01"
    )
    assert metrics(at)["Facts"] == str(len(expected))


def test_known_store_overview_numbers(monkeypatch, known_db):
    assert metrics(open_app(monkeypatch, known_db)) == {
        "Articles": "3",
        "Facts": "11",
        "Countries and blocs": "6",
        "Latest article": "2025-08-21",
    }


def test_trade_page_draws_the_deficit_as_a_negative_bar(monkeypatch, known_db):
    balances, flows = chart_specs(open_app(monkeypatch, known_db, "trade"))
    assert numbers(balances["data"][0]["x"]) == [-68.0]
    assert balances["data"][0]["y"] == ["United States with Japan (2024)"]
    assert "USD billion" in balances["layout"]["xaxis"]["title"]["text"]


def test_a_topic_filter_empties_the_trade_page_with_a_message(monkeypatch, known_db):
    at = open_app(monkeypatch, known_db, "trade", topic="energy")
    assert not at.get("plotly_chart")
    assert "No trade balances match these filters" in texts(at)


def test_defense_page_shows_each_pledge(monkeypatch, known_db):
    (spec,) = chart_specs(open_app(monkeypatch, known_db, "defense"))
    germany = next(trace for trace in spec["data"] if trace.get("name") == "Germany")
    assert numbers(germany["y"]) == [2.1, 3.5]


def test_defense_page_starts_with_the_most_stated_countries_and_clearing_draws_all(
    monkeypatch, sample_db
):
    at = open_app(monkeypatch, sample_db, "defense")
    box = next(m for m in at.multiselect if m.label == "Countries on the chart")
    assert len(box.value) == tables.FOCUS_LIMIT < len(box.options)
    assert f"{tables.FOCUS_LIMIT} of {len(box.options)} countries drawn" in texts(at)
    (spec,) = chart_specs(at)
    assert len(countries_drawn(spec)) == tables.FOCUS_LIMIT
    box.set_value([]).run()
    (spec,) = chart_specs(at)
    assert len(countries_drawn(spec)) == len(box.options)


def test_explorer_table_follows_the_filters(monkeypatch, known_db):
    at = open_app(monkeypatch, known_db, "explorer")
    assert "**11 facts shown**" in texts(at)
    assert len(at.dataframe[0].value) == 11
    at.multiselect(key="country").set_value(["DEU"]).run()
    assert "**2 facts shown**" in texts(at)
    assert set(at.dataframe[0].value["actor"]) == {"DEU"}


# ---------------------------------------------------------------- URL and page switches


def test_filters_in_the_url_are_restored_and_unknown_values_dropped(monkeypatch, known_db):
    at = open_app(monkeypatch, known_db, country=["JPN", "ZZZ"], topic="tariff", until="2025-07-31")
    assert at.multiselect(key="country").value == ["JPN"]
    assert at.multiselect(key="topic").value == ["tariff"]
    assert str(at.date_input(key="until").value) == "2025-07-31"
    assert metrics(at)["Facts"] == "1"
    assert at.query_params == {"country": "JPN", "topic": "tariff", "until": "2025-07-31"}


def test_filters_are_kept_when_switching_pages(monkeypatch, known_db):
    at = open_app(monkeypatch, known_db)
    at.multiselect(key="status").set_value(["pledged"]).run()
    at.switch_page("views/defense.py").run()
    assert at.multiselect(key="status").value == ["pledged"]
    assert at.query_params["status"] == "pledged"
    (spec,) = chart_specs(at)
    plotted = [v for trace in spec["data"] for v in numbers(trace.get("y") or [])]
    assert sorted(v for v in plotted if v is not None) == [3.5, 5.0]


# ---------------------------------------------------------------- articles


def test_article_text_renders_markup_as_text(monkeypatch, known_db):
    at = open_app(monkeypatch, known_db, "articles")
    html = at.get("html")[0].proto.body
    assert "<script>" not in html
    assert "&lt;script&gt;window.__pwned=1&lt;/script&gt;" in html
    assert html.count("<mark") == 4


def test_articles_page_opens_the_article_named_in_the_url(monkeypatch, known_db):
    articles, _ = build()
    nato = next(a for a in articles if "NATO" in a.title)
    at = open_app(monkeypatch, known_db, "articles", article=nato.article_id)
    assert at.selectbox(key="article_pick").value == nato.article_id
    assert at.subheader[0].value == "NATO allies pledge 5% of GDP by 2035"


# ---------------------------------------------------------------- ingest and seeding


ARTICLE = b"""title: Canada sets a 25% surtax on US steel
source: Test desk
date: 2025-03-13
url: https://example.org/canada-steel

Canada imposed a 25% tariff on steel imports from the United States on Thursday.
"""


def test_ingest_previews_then_saves_and_explorer_shows_the_new_facts(monkeypatch, writable_db):
    at = open_app(monkeypatch, writable_db, "ingest")
    at.file_uploader(key="uploads").set_value(("canada.txt", ARTICLE, "text/plain")).run()
    assert not at.exception and not at.error
    assert at.subheader[0].value.startswith("Preview: 1 article(s)")
    at.button(key="save").click().run()
    assert at.success and "Saved 1 new article(s)" in at.success[0].value
    at.switch_page("views/explorer.py").run()
    table = at.dataframe[0].value
    assert len(table) > 11
    assert "Canada sets a 25% surtax on US steel" in set(table["title"])


def test_ingest_names_a_bad_file_and_shows_no_traceback(monkeypatch, writable_db):
    at = open_app(monkeypatch, writable_db, "ingest")
    at.file_uploader(key="uploads").set_value(("broken.txt", b"\xff\xfe\x00" * 10, "text/plain"))
    at.run()
    assert not at.exception
    at.file_uploader(key="uploads").set_value(("latin.txt", b"caf\xe9 \x80\x81", "text/plain"))
    at.run()
    assert not at.exception
    shown = [e.value.replace("\\", "") for e in at.error]  # file names go in escaped Markdown
    assert any("latin.txt" in line and "UTF-8" in line for line in shown)


def test_first_start_builds_an_empty_store_from_the_sample_articles(monkeypatch, tmp_path):
    db = tmp_path / "fresh.duckdb"
    at = open_app(monkeypatch, db, seed=str(SAMPLES))
    counts = store.counts(db)
    assert counts["articles"] > 10
    assert metrics(at)["Facts"] == str(counts["facts"])


def test_a_busy_store_serves_the_last_results_with_a_notice(monkeypatch, known_db):
    at = open_app(monkeypatch, known_db)
    assert metrics(at)["Facts"] == "11"

    def busy(*args, **kwargs):
        raise store.StoreBusy("locked by another process")

    monkeypatch.setattr(store, "select", busy)
    monkeypatch.setattr(store, "counts", busy)
    os.utime(known_db)  # a writer touched the file: the cached version is stale
    at.run()
    assert not at.exception and not at.error
    assert metrics(at)["Facts"] == "11"
    assert "store is busy" in texts(at)


def test_defense_page_asks_again_for_the_picked_countries_when_the_limit_cut_rows(
    monkeypatch, sample_db
):
    query = tables.defense_shares

    def defense_shares(db, chosen, limit=20):  # a small limit, so the newest rows are cut
        return query(db, chosen, limit)

    monkeypatch.setattr(tables, "defense_shares", defense_shares)
    at = open_app(monkeypatch, sample_db, "defense")
    box = next(m for m in at.multiselect if m.label == "Countries on the chart")
    picked = tuple(box.value)
    (spec,) = chart_specs(at)
    drawn = sum(len(numbers(t["x"])) for t in spec["data"] if t.get("mode") == "lines+markers")
    theirs = query(sample_db, Filters(countries=picked))
    assert picked and drawn == min(20, len(tables.of_actors(theirs, picked)))


def test_defense_page_says_how_many_shares_of_the_drawn_countries_give_no_year(
    monkeypatch, sample_db
):
    at = open_app(monkeypatch, sample_db, "defense")
    drawn = at.multiselect[0].value
    assert drawn, "the chart starts with the busiest countries picked"
    undated = store.select(
        sample_db,
        "SELECT count(*) FROM facts WHERE topic = 'defense_spending' AND measure = 'share_gdp' "
        "AND value IS NOT NULL AND year IS NULL AND list_contains(?::VARCHAR[], actor)",
        [list(drawn)],
    ).iloc[0, 0]
    assert undated > 0, "the sample articles have shares of GDP without a year"
    assert f"{undated:,} more shares of GDP give no year" in texts(at)
