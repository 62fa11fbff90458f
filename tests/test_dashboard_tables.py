"""The frames behind each chart: what the page draws is what its CSV download holds."""

import pandas as pd
import pytest
from dashboard_data import build, query_like

from dashboard import tables as t
from pipeline import schema as s


@pytest.fixture(scope="module")
def facts() -> pd.DataFrame:
    return query_like(*build())


def test_summary_counts_articles_facts_codes_and_latest_date(facts):
    assert t.summary(facts) == {"articles": 3, "facts": 11, "countries": 6, "latest": "2025-08-21"}


def test_summary_takes_article_count_and_date_from_the_store_when_given(facts):
    stored = {"articles": 9, "latest_date": "2026-01-02"}
    assert t.summary(facts, stored) == {
        "articles": 9,
        "facts": 11,
        "countries": 6,
        "latest": "2026-01-02",
    }


def test_activity_counts_each_country_as_actor_or_partner_and_leaves_blocs_off_the_map(facts):
    activity = t.activity_by_country(facts)
    assert dict(zip(activity[t.COUNTRY], activity[t.FACTS], strict=True)) == {
        "USA": 6,
        "JPN": 4,
        "CHN": 2,
        "DEU": 2,
    }
    assert activity.loc[activity[t.COUNTRY] == "USA", t.COUNTRY_NAME].item() == "United States"


def test_topic_by_country_includes_blocs(facts):
    grid = t.topic_by_country(facts)
    nato = grid.loc[grid[t.COUNTRY] == "NATO"]
    assert nato[[s.TOPIC, t.FACTS]].values.tolist() == [["defense_spending", 1]]


def test_weekly_timeline_groups_by_monday_of_the_article_week(facts):
    weekly = t.weekly_by_topic(facts)
    assert set(weekly[t.WEEK]) == {"2025-06-23", "2025-07-21", "2025-08-18"}
    assert weekly[t.FACTS].sum() == len(facts)


def test_trade_balance_is_negative_for_a_deficit_in_usd_billions(facts):
    balances = t.trade_balances(facts)
    assert balances[[s.ACTOR, s.PARTNER, s.YEAR, t.USD_BN]].values.tolist() == [
        ["USA", "JPN", 2024, -68.0]
    ]
    assert balances[t.PAIR].item() == "United States with Japan"


def test_trade_balance_keeps_the_latest_report_per_pair_and_year(facts):
    older = facts.loc[facts[s.MEASURE] == "balance"].assign(
        **{s.DATE: "2025-01-01", s.VALUE_USD: -50e9, s.FACT_ID: "older"}
    )
    balances = t.trade_balances(pd.concat([facts, older]))
    assert balances[t.USD_BN].tolist() == [-68.0]


def test_trade_flows_name_a_missing_partner_the_world(facts):
    flows = t.trade_flows(facts)
    assert flows[t.FLOW].unique().tolist() == ["China exports to the world"]
    assert flows[[s.YEAR, t.USD_BN]].values.tolist() == [[2023, 3400.0], [2024, 3500.0]]


def test_tariff_rates_by_target_with_status(facts):
    rates = t.tariff_rates(facts)
    assert rates[[t.PARTNER_NAME, t.PERCENT, s.STATUS]].values.tolist() == [
        ["European Union", 50.0, "threatened"],
        ["Japan", 15.0, "agreed"],
    ]


def test_a_tariff_on_everyone_targets_all_partners(facts):
    general = facts.loc[facts[s.TOPIC] == "tariff"].head(1).assign(**{s.PARTNER: pd.NA})
    assert t.tariff_rates(general)[t.PARTNER_NAME].tolist() == ["All partners"]


def test_investment_flows_sum_usd_from_investor_to_destination(facts):
    flows = t.investment_flows(facts)
    assert flows[[s.ACTOR, s.PARTNER, t.USD_BN, t.FACTS]].values.tolist() == [
        ["JPN", "USA", pytest.approx(564.1), 2]
    ]


def test_investment_by_company_needs_a_named_investor(facts):
    companies = t.investment_by_company(facts)
    assert companies[[t.COMPANY, t.USD_BN]].values.tolist() == [
        ["Nippon Steel", pytest.approx(14.1)]
    ]


def test_defense_shares_pair_each_percent_with_its_year(facts):
    shares = t.defense_shares(facts)
    assert shares[[s.ACTOR, s.YEAR, t.PERCENT, s.STATUS]].values.tolist() == [
        ["DEU", 2024, 2.1, "reported"],
        ["DEU", 2029, 3.5, "pledged"],
        ["NATO", 2035, 5.0, "pledged"],
    ]


def test_energy_purchase_puts_the_partner_as_supplier(facts):
    deals = t.energy_deals(facts)
    assert deals[[t.SUPPLIER, t.BUYER, t.DEALS, t.USD_BN]].values.tolist() == [
        ["USA", "EUU", 1, 750.0]
    ]


def test_energy_supply_puts_the_actor_as_supplier(facts):
    supply = facts.loc[facts[s.TOPIC] == "energy"].assign(**{s.MEASURE: "supply"})
    deals = t.energy_deals(supply)
    assert deals[[t.SUPPLIER, t.BUYER]].values.tolist() == [["EUU", "USA"]]


def test_explorer_rows_are_newest_first_with_a_link_to_the_article(facts):
    rows = t.explorer_rows(facts)
    assert list(rows.columns) == list(t.EXPLORER_COLUMNS)
    assert rows[t.ARTICLE_DATE].is_monotonic_decreasing
    assert rows[t.ARTICLE_LINK].str.startswith("articles?article=").all()


def test_explorer_rows_narrow_to_selected_countries(facts):
    rows = t.explorer_rows(facts, countries=("DEU",))
    assert len(rows) == 2 and (rows[s.ACTOR] == "DEU").all()


def test_country_bars_frame_puts_the_most_active_country_last_for_a_top_down_bar_chart(facts):
    bars = t.facts_by_country(facts)
    assert bars[t.COUNTRY].iloc[-1] == "USA"
    assert bars.groupby(t.COUNTRY)[t.FACTS].sum()["USA"] == 6


def test_article_list_counts_facts_and_narrows_only_when_filtered(facts):
    articles, _ = build()
    listing = pd.DataFrame(
        {
            s.ARTICLE_ID: [a.article_id for a in articles] + ["nofacts"],
            s.TITLE: [a.title for a in articles] + ["Empty"],
            s.SOURCE: "x",
            s.DATE: [a.date for a in articles] + ["2026-01-01"],
            s.URL: None,
        }
    )
    full = t.article_list(listing, facts, narrow=False)
    assert full[t.FACT_COUNT].tolist() == [0, 4, 4, 3]
    assert len(t.article_list(listing, facts, narrow=True)) == 3


def test_no_function_changes_its_input(facts):
    before = facts.copy()
    for shape in (t.trade_balances, t.tariff_rates, t.energy_deals, t.defense_shares):
        shape(facts)
    pd.testing.assert_frame_equal(facts, before)


@pytest.mark.parametrize(
    "shape",
    [
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
    ],
)
def test_every_shape_accepts_an_empty_fact_frame(facts, shape):
    assert shape(facts.iloc[0:0]).empty
