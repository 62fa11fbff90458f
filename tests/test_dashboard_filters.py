"""Global filters: URL parameters in, a typed Filters out (the row filtering is SQL, tested
with dashboard.tables)."""

import datetime as dt

import pandas as pd
import pytest
from dashboard_data import build, query_like

from dashboard import filters


@pytest.fixture(scope="module")
def facts() -> pd.DataFrame:
    return query_like(*build())


def test_from_params_keeps_known_values_and_drops_the_rest():
    chosen = filters.from_params(
        {
            "country": ["jpn", "XXX", "USA", "JPN"],
            "topic": ["tariff", "weather"],
            "status": "agreed",
            "since": "2025-01-01",
            "until": "not a date",
        },
        countries=["JPN", "USA", "EUU"],
    )
    assert chosen == filters.Filters(
        countries=("JPN", "USA"),
        topics=("tariff",),
        statuses=("agreed",),
        since=dt.date(2025, 1, 1),
        until=None,
    )


def test_params_round_trip_through_the_url_form():
    chosen = filters.Filters(
        ("DEU",), ("trade", "energy"), ("reported",), dt.date(2024, 5, 1), None
    )
    assert filters.from_params(chosen.to_params(), countries=["DEU"]) == chosen
    assert "until" not in chosen.to_params()


def test_no_filters_is_inactive():
    assert not filters.Filters().active
    assert filters.Filters(topics=("trade",)).active


def test_country_options_list_blocs_first_then_countries_by_name(facts):
    assert filters.country_options(facts) == ["EUU", "NATO", "CHN", "DEU", "JPN", "USA"]


@pytest.mark.parametrize(
    ("code", "label"),
    [
        ("JPN", "Japan (JPN)"),
        ("KOR", "South Korea (KOR)"),
        ("RUS", "Russia (RUS)"),
        ("EUU", "European Union (EUU)"),
        ("NATO", "NATO"),
        ("XKX", "XKX"),
    ],
)
def test_country_options_show_names_with_the_code(code, label):
    from dashboard import names

    assert names.country_label(code) == label
