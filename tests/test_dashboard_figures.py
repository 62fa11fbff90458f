"""Figure builders: pure functions from a chart frame to a Plotly figure, units on every axis."""

import base64

import numpy as np
import pandas as pd
import plotly.graph_objects as go
import pytest
from dashboard_data import build, saved

from dashboard import figures as f
from dashboard import tables as t
from dashboard.filters import Filters
from pipeline import schema as s


@pytest.fixture(scope="module")
def source(tmp_path_factory) -> tuple:
    """(database, filters): what every tables function reads."""
    return saved(tmp_path_factory.mktemp("known") / "policy.duckdb"), Filters()


def values(array) -> list:
    """Plotly 7 ships numeric arrays as base64 typed arrays in to_plotly_json."""
    if isinstance(array, dict) and "bdata" in array:
        return np.frombuffer(base64.b64decode(array["bdata"]), dtype=array["dtype"]).tolist()
    return list(array)


CHARTS = [
    (t.activity_by_country, f.activity_map),
    (t.topic_by_country, f.topic_heatmap),
    (t.weekly_by_topic, f.weekly_timeline),
    (t.trade_balances, f.trade_balance_bars),
    (t.trade_flows, f.trade_flow_lines),
    (t.tariff_rates, f.tariff_rate_dots),
    (t.tariff_actions, f.tariff_timeline),
    (t.investment_flows, f.investment_sankey),
    (t.investment_by_company, f.company_bars),
    (t.defense_shares, f.defense_targets),
    (t.energy_deals, f.energy_matrix),
    (t.facts_by_country, f.country_bars),
]
AXIS_FREE = {f.activity_map, f.investment_sankey}


@pytest.mark.parametrize(("shape", "draw"), CHARTS, ids=lambda c: c.__name__)
def test_builder_returns_a_titled_figure_with_data(source, shape, draw):
    fig = draw(shape(*source))
    assert isinstance(fig, go.Figure)
    assert fig.layout.title.text
    assert len(fig.data) >= 1


@pytest.mark.parametrize(
    ("shape", "draw"), [c for c in CHARTS if c[1] not in AXIS_FREE], ids=lambda c: c.__name__
)
def test_every_axis_is_titled_with_what_it_measures(source, shape, draw):
    fig = draw(shape(*source))
    assert fig.layout.xaxis.title.text and fig.layout.yaxis.title.text


@pytest.mark.parametrize(("shape", "draw"), CHARTS, ids=lambda c: c.__name__)
def test_builder_draws_an_empty_frame_without_failing(tmp_path, shape, draw):
    assert isinstance(draw(shape(tmp_path / "missing.duckdb", Filters())), go.Figure)


def test_money_and_rate_axes_name_their_units(source):
    assert "USD billion" in f.trade_balance_bars(t.trade_balances(*source)).layout.xaxis.title.text
    assert "(%)" in f.tariff_rate_dots(t.tariff_rates(*source)).layout.xaxis.title.text
    assert "% of GDP" in f.defense_targets(t.defense_shares(*source)).layout.yaxis.title.text
    assert "USD billion" in f.investment_sankey(t.investment_flows(*source)).layout.title.text


def test_choropleth_uses_iso3_codes(source):
    trace = f.activity_map(t.activity_by_country(*source)).data[0]
    assert trace.locationmode == "ISO-3"
    assert list(trace.locations) == ["USA", "JPN", "CHN", "DEU"]
    assert list(trace.customdata) == [6, 4, 2, 2]


def test_deficits_are_drawn_left_of_zero_in_the_deficit_colour(source):
    trace = f.trade_balance_bars(t.trade_balances(*source)).data[0]
    assert values(trace.to_plotly_json()["x"]) == [-68.0]
    assert list(trace.marker.color) == [f.DEFICIT]


def test_defense_chart_has_reference_lines_at_two_three_and_a_half_and_five(source):
    fig = f.defense_targets(t.defense_shares(*source))
    levels = sorted(shape.y0 for shape in fig.layout.shapes)
    assert levels == [2.0, 3.5, 5.0]


def test_defense_chart_joins_a_countrys_points_in_one_line(source):
    fig = f.defense_targets(t.defense_shares(*source))
    germany = next(trace for trace in fig.data if trace.name == "Germany")
    assert list(germany.x) == [2024.0, 2029.0]
    assert list(germany.marker.symbol) == [
        f.STATUS_SYMBOLS["reported"],
        f.STATUS_SYMBOLS["pledged"],
    ]


def many_shares(countries: int) -> pd.DataFrame:
    """A defense_shares-like frame of `countries` countries with two statements each."""
    codes = [f"C{n:02d}" for n in range(countries)]
    return pd.DataFrame(
        {
            s.ACTOR: [c for c in codes for _ in range(2)],
            t.ACTOR_NAME: [f"Country {c}" for c in codes for _ in range(2)],
            s.YEAR: [2024, 2030] * countries,
            t.PERCENT: [2.0, 3.5] * countries,
            s.STATUS: ["reported", "pledged"] * countries,
        }
    )


def test_defense_chart_keeps_the_year_axis_on_one_screen_for_thirty_countries():
    fig = f.defense_targets(many_shares(30))
    assert fig.layout.height == f.DEFENSE_HEIGHT <= 600


def test_defense_chart_lists_statuses_in_a_row_of_their_own_above_the_plot():
    fig = f.defense_targets(many_shares(3))
    keys = [trace for trace in fig.data if trace.legend == "legend2"]
    assert [trace.name for trace in keys] == ["reported", "pledged"]
    assert fig.layout.legend2.orientation == "h"
    assert fig.layout.legend2.y >= 1


def test_defense_chart_legend_shows_each_country_as_a_line_in_its_colour():
    fig = f.defense_targets(many_shares(3))
    drawn = {trace.name: trace for trace in fig.data if trace.showlegend is False}
    keys = [trace for trace in fig.data if trace.mode == "lines"]
    assert sorted(drawn) == ["Country C00", "Country C01", "Country C02"]
    assert [key.name for key in keys] == sorted(drawn)
    assert all(key.line.color == drawn[key.name].line.color for key in keys)
    assert all(key.legendgroup == drawn[key.name].legendgroup for key in keys)


def test_defense_chart_gives_each_of_twelve_countries_its_own_colour():
    fig = f.defense_targets(many_shares(12))
    colors = {trace.line.color for trace in fig.data if trace.showlegend is False}
    assert len(colors) == 12


def test_country_bars_carry_iso3_codes_for_selection(source):
    fig = f.country_bars(t.facts_by_country(*source))
    codes = {row[0] for trace in fig.data for row in trace.customdata}
    assert codes == {"USA", "JPN", "CHN", "DEU", "EUU", "NATO"}
    assert fig.layout.clickmode == "event+select"


def test_text_from_articles_is_escaped_before_plotly_renders_it(tmp_path):
    articles, facts = build()
    hostile = facts.loc[facts[s.ACTOR_ENTITY].notna()].assign(
        **{s.ACTOR_ENTITY: '<a href="javascript:alert(1)">Evil</a> Corp'}
    )
    db = saved(tmp_path / "hostile.duckdb", articles, hostile)
    fig = f.company_bars(t.investment_by_company(db, Filters()))
    labels = [str(label) for trace in fig.data for label in trace.y]
    assert labels == ['&lt;a href="javascript:alert(1)"&gt;Evil&lt;/a&gt; Corp']


def test_map_reads_its_outline_from_this_server():
    assert not f.TOPOJSON_URL.startswith(("http:", "https:", "//"))


def test_more_flows_than_ten_colours_never_share_a_colour():
    frame = pd.DataFrame(
        {
            s.YEAR: [2024] * 12,
            t.USD_BN: [float(i) for i in range(12)],
            t.FLOW: [f"Country {i} exports to the world" for i in range(12)],
        }
    )
    colours = [trace.line.color for trace in f.trade_flow_lines(frame).data]
    assert len(colours) == 12 and len(set(colours)) == 12


def test_energy_suppliers_stand_above_the_bubbles_with_room_for_long_names(source):
    fig = f.energy_matrix(t.energy_deals(*source))
    assert fig.layout.xaxis.side == "top"
    assert fig.layout.xaxis.tickangle == -30
    buyers = len(set(fig.data[0].y))
    assert fig.layout.height == max(320, 160 + 40 * buyers)
