"""The frames behind each chart, computed in SQL over a store of hand-made facts: what the page
draws is what its CSV download holds."""

import datetime as dt

import pandas as pd
import pytest
from dashboard_data import build, saved

from dashboard import tables as t
from dashboard.filters import Filters
from pipeline import schema as s
from pipeline.documents import Article

ALL = Filters()


@pytest.fixture(scope="module")
def db(tmp_path_factory):
    return saved(tmp_path_factory.mktemp("known") / "policy.duckdb")


def with_extra(tmp_path, change=None, articles=()):
    """A store of build()'s facts, changed by `change(facts) -> facts`, plus extra articles."""
    built_articles, facts = build()
    if change is not None:
        facts = change(facts)
    return saved(tmp_path / "changed.duckdb", [*built_articles, *articles], facts)


def test_summary_counts_articles_facts_codes_and_latest_date(db):
    assert t.summary(db, ALL) == {
        "articles": 3,
        "facts": 11,
        "countries": 6,
        "latest": "2025-08-21",
    }


def test_summary_with_filters_describes_the_matching_facts(db):
    assert t.summary(db, Filters(countries=("JPN",))) == {
        "articles": 1,
        "facts": 4,
        "countries": 2,
        "latest": "2025-07-23",
    }


def test_summary_without_filters_counts_articles_that_gave_no_fact(tmp_path):
    empty = Article(path="x.txt", text="Nothing to see.", date="2026-01-02")
    changed = with_extra(tmp_path, articles=[empty])
    assert t.summary(changed, ALL)["articles"] == 4
    assert t.summary(changed, ALL)["latest"] == "2026-01-02"


def test_activity_counts_each_country_as_actor_or_partner_and_leaves_blocs_off_the_map(db):
    activity = t.activity_by_country(db, ALL)
    assert dict(zip(activity[t.COUNTRY], activity[t.FACTS], strict=True)) == {
        "USA": 6,
        "JPN": 4,
        "CHN": 2,
        "DEU": 2,
    }
    assert activity.loc[activity[t.COUNTRY] == "USA", t.COUNTRY_NAME].item() == "United States"


def test_topic_by_country_includes_blocs(db):
    grid = t.topic_by_country(db, ALL)
    nato = grid.loc[grid[t.COUNTRY] == "NATO"]
    assert nato[[s.TOPIC, t.FACTS]].values.tolist() == [["defense_spending", 1]]


def test_weekly_timeline_groups_by_monday_of_the_article_week(db):
    weekly = t.weekly_by_topic(db, ALL)
    assert set(weekly[t.WEEK]) == {"2025-06-23", "2025-07-21", "2025-08-18"}
    assert weekly[t.FACTS].sum() == 11


def test_trade_balance_is_negative_for_a_deficit_in_usd_billions(db):
    balances = t.trade_balances(db, ALL)
    assert balances[[s.ACTOR, s.PARTNER, s.YEAR, t.USD_BN]].values.tolist() == [
        ["USA", "JPN", 2024, -68.0]
    ]
    assert balances[t.PAIR].item() == "United States with Japan"


def test_trade_balance_keeps_the_latest_report_per_pair_and_year(tmp_path):
    _, facts = build()
    older = Article(path="old.txt", text="An older deficit figure.", date="2025-01-01")
    balance = facts.loc[facts[s.MEASURE] == "balance"].assign(
        **{
            s.ARTICLE_ID: older.article_id,
            s.FACT_ID: "older",
            s.VALUE_USD: -50e9,
            s.PUBLISHED: older.date,
        }
    )
    changed = with_extra(tmp_path, lambda f: pd.concat([f, balance]), articles=[older])
    assert t.trade_balances(changed, ALL)[t.USD_BN].tolist() == [-68.0]


def _no_year(measure):
    def change(facts):
        return facts.assign(**{s.YEAR: facts[s.YEAR].where(facts[s.MEASURE] != measure)})

    return change


def test_a_balance_without_a_year_is_not_given_its_articles_year(tmp_path):
    balances = t.trade_balances(with_extra(tmp_path, _no_year("balance")), ALL)
    assert balances[s.YEAR].isna().tolist() == [True]
    assert balances[t.USD_BN].tolist() == [-68.0]


def test_charts_against_the_year_leave_out_figures_without_one_and_count_them(tmp_path, db):
    no_export_year = with_extra(tmp_path, _no_year("exports"))
    assert t.trade_flows(no_export_year, ALL).empty
    assert t.undated_flows(no_export_year, ALL) == 2
    assert t.undated_flows(db, ALL) == 0
    no_share_year = with_extra(tmp_path / "shares", _no_year("share_gdp"))
    assert t.defense_shares(no_share_year, ALL).empty
    assert t.undated_shares(no_share_year, ALL) == 3
    assert t.undated_shares(no_share_year, Filters(countries=("DEU",))) == 2


def test_a_figure_no_chart_would_draw_is_not_counted_as_undated(tmp_path):
    """Exports in tonnes have no USD value: the flows chart would leave them out anyway."""

    def in_tonnes(facts):
        exports = facts[s.MEASURE] == "exports"
        return _no_year("exports")(facts).assign(
            **{
                s.UNIT: facts[s.UNIT].where(~exports, "t"),
                s.VALUE_USD: facts[s.VALUE_USD].where(~exports),
            }
        )

    assert t.undated_flows(with_extra(tmp_path, in_tonnes), ALL) == 0


def test_trade_flows_name_a_missing_partner_the_world(db):
    flows = t.trade_flows(db, ALL)
    assert flows[t.FLOW].unique().tolist() == ["China exports to the world"]
    assert flows[[s.YEAR, t.USD_BN]].values.tolist() == [[2023, 3400.0], [2024, 3500.0]]


def test_tariff_rates_by_target_with_status(db):
    rates = t.tariff_rates(db, ALL)
    assert rates[[t.PARTNER_NAME, t.PERCENT, s.STATUS]].values.tolist() == [
        ["European Union", 50.0, "threatened"],
        ["Japan", 15.0, "agreed"],
    ]


def test_a_tariff_on_everyone_targets_all_partners(tmp_path):
    def no_partner(facts):
        return facts.assign(**{s.PARTNER: facts[s.PARTNER].where(facts[s.TOPIC] != "tariff")})

    rates = t.tariff_rates(with_extra(tmp_path, no_partner), ALL)
    assert rates[t.PARTNER_NAME].tolist() == ["All partners", "All partners"]


def test_investment_flows_sum_usd_from_investor_to_destination(db):
    flows = t.investment_flows(db, ALL)
    assert flows[[s.ACTOR, s.PARTNER, t.USD_BN, t.FACTS]].values.tolist() == [
        ["JPN", "USA", pytest.approx(564.1), 2]
    ]


def test_investment_by_company_needs_a_named_investor(db):
    companies = t.investment_by_company(db, ALL)
    assert companies[[t.COMPANY, t.USD_BN]].values.tolist() == [
        ["Nippon Steel", pytest.approx(14.1)]
    ]


def test_defense_shares_pair_each_percent_with_its_year(db):
    shares = t.defense_shares(db, ALL)
    assert shares[[s.ACTOR, s.YEAR, t.PERCENT, s.STATUS]].values.tolist() == [
        ["DEU", 2024, 2.1, "reported"],
        ["DEU", 2029, 3.5, "pledged"],
        ["NATO", 2035, 5.0, "pledged"],
    ]


def test_energy_purchase_puts_the_partner_as_supplier(db):
    deals = t.energy_deals(db, ALL)
    assert deals[[t.SUPPLIER, t.BUYER, t.DEALS, t.USD_BN]].values.tolist() == [
        ["USA", "EUU", 1, 750.0]
    ]


def test_energy_supply_puts_the_actor_as_supplier(tmp_path):
    def supply(facts):
        energy = facts[s.TOPIC] == "energy"
        return facts.assign(**{s.MEASURE: facts[s.MEASURE].where(~energy, "supply")})

    deals = t.energy_deals(with_extra(tmp_path, supply), ALL)
    assert deals[[t.SUPPLIER, t.BUYER]].values.tolist() == [["EUU", "USA"]]


def test_explorer_rows_are_newest_first_with_a_link_to_the_article(db):
    rows = t.explorer_rows(db, ALL)
    assert list(rows.columns) == list(t.EXPLORER_COLUMNS)
    assert len(rows) == 11
    assert rows[t.ARTICLE_DATE].is_monotonic_decreasing
    assert rows[t.ARTICLE_LINK].str.startswith("articles?article=").all()


def test_explorer_rows_narrow_to_selected_countries(db):
    rows = t.explorer_rows(db, ALL, ("DEU",))
    assert len(rows) == 2 and (rows[s.ACTOR] == "DEU").all()


def test_a_chart_selection_narrows_within_the_sidebar_filter(db):
    rows = t.explorer_rows(db, Filters(countries=("USA",)), ("JPN",))
    assert len(rows) == 4
    assert (rows[[s.ACTOR, s.PARTNER]].isin(["USA"]).any(axis=1)).all()
    assert (rows[[s.ACTOR, s.PARTNER]].isin(["JPN"]).any(axis=1)).all()


# Filters are applied in SQL: the same meaning as the CLI's export.


def test_country_filter_matches_actor_or_partner(db):
    rows = t.explorer_rows(db, Filters(countries=("JPN",)))
    assert len(rows) == 4
    assert ((rows[s.ACTOR] == "JPN") | (rows[s.PARTNER] == "JPN")).all()


def test_topic_and_status_filters_combine(db):
    rows = t.explorer_rows(db, Filters(topics=("tariff",), statuses=("threatened",)))
    assert rows[s.VALUE].tolist() == [50.0]


def test_date_bounds_are_inclusive_on_the_article_date(db):
    day = dt.date(2025, 7, 23)
    assert len(t.explorer_rows(db, Filters(since=day, until=day))) == 4
    assert len(t.explorer_rows(db, Filters(until=dt.date(2025, 7, 22)))) == 3


# Limits: a chart shows what it can draw readably and says how much there was.


def test_a_limited_chart_keeps_the_newest_rows_and_records_the_total(db):
    rates = t.tariff_rates(db, ALL, limit=1)
    assert rates[s.STATUS].tolist() == ["threatened"]  # from the newest article
    assert rates.attrs[t.TOTAL] == 2


def test_a_limited_balance_chart_keeps_the_largest(tmp_path):
    _, facts = build()
    small = facts.loc[facts[s.MEASURE] == "balance"].assign(
        **{s.FACT_ID: "small", s.PARTNER: "CHN", s.VALUE_USD: -5e9}
    )
    changed = with_extra(tmp_path, lambda f: pd.concat([f, small]))
    balances = t.trade_balances(changed, ALL, limit=1)
    assert balances[t.USD_BN].tolist() == [-68.0]
    assert balances.attrs[t.TOTAL] == 2


def test_an_unlimited_frame_records_its_own_length_as_total(db):
    assert t.explorer_rows(db, ALL).attrs[t.TOTAL] == 11


def test_country_bars_frame_puts_the_most_active_country_last_for_a_top_down_bar_chart(db):
    bars = t.facts_by_country(db, ALL)
    assert bars[t.COUNTRY].iloc[-1] == "USA"
    assert bars.groupby(t.COUNTRY)[t.FACTS].sum()["USA"] == 6


def test_country_pairs_hold_every_actor_and_partner(db):
    pairs = t.country_pairs(db)
    codes = set(pairs[s.ACTOR].dropna()) | set(pairs[s.PARTNER].dropna())
    assert codes == {"USA", "JPN", "CHN", "DEU", "EUU", "NATO"}


def test_article_list_counts_facts_and_narrows_only_when_filtered(tmp_path):
    empty = Article(path="x.txt", text="Nothing to see.", title="Empty", date="2026-01-01")
    changed = with_extra(tmp_path, articles=[empty])
    full = t.article_list(changed, ALL)
    assert full[t.FACT_COUNT].tolist() == [0, 4, 4, 3]
    narrowed = t.article_list(changed, Filters(countries=("DEU",)))
    assert narrowed[t.FACT_COUNT].tolist() == [2]


def test_article_facts_are_in_text_order_and_follow_the_filters(db):
    articles, _ = build()
    us_japan = articles[0]
    own = t.article_facts(db, ALL, us_japan.article_id)
    assert own[s.START].is_monotonic_increasing and len(own) == 4
    assert len(t.article_facts(db, Filters(topics=("tariff",)), us_japan.article_id)) == 1


def test_article_labels_put_a_linked_article_first(db):
    listing = t.article_list(db, ALL)
    old = {s.ARTICLE_ID: "old", s.DATE: "2020-01-01", s.TITLE: "Old", s.TEXT: "..."}
    labels = t.article_labels(listing, first=old)
    assert list(labels)[0] == "old" and labels["old"] == "2020-01-01 · Old"
    assert len(labels) == len(listing) + 1


SHAPES = [
    t.activity_by_country,
    t.topic_by_country,
    t.weekly_by_topic,
    t.trade_balances,
    t.trade_flows,
    t.tariff_rates,
    t.tariff_actions,
    t.investment_flows,
    t.investment_by_company,
    t.defense_shares,
    t.energy_deals,
    t.explorer_rows,
    t.facts_by_country,
    t.article_list,
]


@pytest.mark.parametrize("shape", SHAPES, ids=lambda f: f.__name__)
def test_every_shape_is_empty_for_a_missing_store_and_creates_nothing(tmp_path, shape):
    missing = tmp_path / "missing.duckdb"
    assert shape(missing, ALL).empty
    assert not missing.exists()


@pytest.mark.parametrize("shape", SHAPES, ids=lambda f: f.__name__)
def test_every_shape_has_the_same_columns_empty_or_not(db, tmp_path, shape):
    none = shape(tmp_path / "missing.duckdb", ALL)
    assert list(none.columns) == list(shape(db, ALL).columns)


def shares_of(*counts: tuple[str, int, str]) -> pd.DataFrame:
    """A defense_shares-like frame: per (country, statements, newest article date), that many
    rows; its attrs say the query's limit left 5 rows out."""
    rows = [
        {s.ACTOR: code, s.YEAR: 2025 + i, t.ARTICLE_DATE: newest if i == 0 else "2024-01-01"}
        for code, count, newest in counts
        for i in range(count)
    ]
    frame = pd.DataFrame(rows)
    frame.attrs[t.TOTAL] = len(frame) + 5
    return frame


def test_busiest_actors_are_those_with_most_statements_the_newest_first_among_equals():
    frame = shares_of(("DEU", 1, "2025-05-01"), ("JPN", 3, "2025-01-01"), ("FRA", 1, "2025-06-01"))
    assert t.busiest_actors(frame, limit=2) == ("JPN", "FRA")


def test_busiest_actors_start_with_the_sidebar_countries_that_act_in_the_frame():
    frame = shares_of(("DEU", 1, "2025-05-01"), ("JPN", 3, "2025-01-01"), ("FRA", 1, "2025-06-01"))
    assert t.busiest_actors(frame, preferred=("USA", "DEU"), limit=1) == ("DEU",)
    assert t.busiest_actors(frame, preferred=("USA",), limit=1) == ("JPN",)


def test_busiest_actors_are_empty_meaning_all_when_every_country_fits():
    frame = shares_of(("DEU", 1, "2025-05-01"), ("JPN", 3, "2025-01-01"))
    assert t.busiest_actors(frame, limit=2) == ()
    assert t.busiest_actors(frame, preferred=("JPN", "DEU"), limit=1) == ()


def test_of_actors_keeps_the_picked_countries_and_the_count_the_limit_left_out():
    frame = shares_of(("DEU", 1, "2025-05-01"), ("JPN", 3, "2025-01-01"))
    kept = t.of_actors(frame, ("JPN",))
    assert kept[s.ACTOR].tolist() == ["JPN"] * 3
    assert kept.attrs[t.TOTAL] == 3 + 5
    assert frame.attrs[t.TOTAL] == 4 + 5


def test_of_actors_without_codes_is_every_row():
    frame = shares_of(("DEU", 1, "2025-05-01"), ("JPN", 3, "2025-01-01"))
    assert t.of_actors(frame, ()).equals(frame)


def test_picked_countries_queried_again_when_the_limit_cut_rows_count_only_their_own(db):
    cut = t.defense_shares(db, ALL, limit=1)
    assert t.cut_by_limit(cut) and cut.attrs[t.TOTAL] == 3
    again = t.defense_shares(db, Filters(countries=("DEU",)), limit=1)
    kept = t.of_actors(again, ("DEU",))
    assert kept[s.ACTOR].tolist() == ["DEU"] and kept.attrs[t.TOTAL] == 2
    assert not t.cut_by_limit(t.defense_shares(db, ALL))
