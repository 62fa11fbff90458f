"""Pure Plotly figure builders: a chart frame from dashboard.tables in, a figure out.

No streamlit here. Text that came from an article (products, company names, evidence) is
HTML-escaped before it reaches a label, since Plotly renders a subset of HTML in labels.
"""

from __future__ import annotations

import html

import numpy as np
import pandas as pd
import plotly.express as px
import plotly.graph_objects as go

from dashboard import names
from dashboard import tables as t
from pipeline import schema as s

TOPIC_COLORS = dict(
    zip(s.TOPICS, ("#1f77b4", "#d62728", "#2ca02c", "#9467bd", "#e6a800"), strict=True)
)
STATUS_COLORS = dict(
    zip(
        s.STATUSES,
        (
            "#f4a259",  # threatened
            "#8ecae6",  # planned
            "#219ebc",  # announced
            "#2a9d8f",  # agreed
            "#6a4c93",  # pledged
            "#d62828",  # imposed
            "#adb5bd",  # delayed
            "#90be6d",  # lifted
            "#495057",  # reported
        ),
        strict=True,
    )
)
COUNTRY_COLORS = px.colors.qualitative.D3
# more series than D3 has colours would repeat them: two lines of one colour read as one
MANY_COLORS = px.colors.qualitative.Dark24
DEFICIT, SURPLUS = "#d62828", "#1d70b8"
DEFENSE_TARGETS = (2.0, 3.5, 5.0)
TOPOJSON_URL = "app/static/topojson/"  # served by Streamlit's static serving, no CDN needed
_MARGIN = {"l": 10, "r": 10, "t": 40, "b": 10}


def _esc(series: pd.Series, limit: int | None = None) -> pd.Series:
    text = series.astype("string").fillna("")
    if limit:
        text = text.map(lambda v: v if len(v) <= limit else v[: limit - 1] + "…")
    return text.map(lambda v: html.escape(v, quote=False))


def _topic_labels(series: pd.Series) -> pd.Series:
    return series.map(names.topic_label)


def _layout(fig: go.Figure, title: str, height: int = 420, **axes) -> go.Figure:
    fig.update_layout(title={"text": title}, height=height, margin=_MARGIN, legend_title_text="")
    if "x" in axes:
        fig.update_xaxes(title_text=axes["x"])
    if "y" in axes:
        fig.update_yaxes(title_text=axes["y"])
    return fig


def _empty(title: str) -> go.Figure:
    fig = go.Figure()
    fig.add_annotation(
        text="No data for these filters", showarrow=False, x=0.5, y=0.5, xref="paper", yref="paper"
    )
    fig.update_xaxes(visible=False)
    fig.update_yaxes(visible=False)
    return _layout(fig, title, height=240)


def activity_map(frame: pd.DataFrame) -> go.Figure:
    """World choropleth of facts per country (ISO-3 locations)."""
    title = "Facts per country (as actor or partner)"
    if frame.empty:
        return _empty(title)
    # A log colour scale: one very active country would otherwise wash out all the others.
    counts = frame[t.FACTS].astype(float)
    ticks = [v for v in (1, 3, 10, 30, 100, 300, 1000, 3000, 10000) if v <= max(counts.max(), 1)]
    fig = go.Figure(
        go.Choropleth(
            locations=frame[t.COUNTRY],
            z=np.log10(counts.clip(lower=1)),
            zmin=0,
            text=frame[t.COUNTRY_NAME],
            customdata=counts,
            locationmode="ISO-3",
            colorscale="Blues",
            marker_line_color="#888",
            marker_line_width=0.4,
            colorbar={
                "title": {"text": "Facts (count, log scale)"},
                "tickvals": np.log10(ticks),
                "ticktext": [str(v) for v in ticks],
            },
            hovertemplate="%{text}: %{customdata:.0f} facts<extra></extra>",
        )
    )
    fig.update_geos(
        projection_type="natural earth",
        projection_rotation_lon=0,
        center={"lon": 0, "lat": 15},
        lonaxis_range=[-180, 180],
        lataxis_range=[-58, 85],
        fitbounds=False,
        showframe=False,
        showcoastlines=False,
        showcountries=True,
        countrycolor="#ccc",
        showland=True,
        landcolor="#f3f3f3",
    )
    return _layout(fig, title, height=440)


def topic_heatmap(frame: pd.DataFrame) -> go.Figure:
    """Policy area x country heatmap of fact counts."""
    title = "Facts per policy area and country"
    if frame.empty:
        return _empty(title)
    order = frame.groupby(t.COUNTRY_NAME)[t.FACTS].sum().sort_values(ascending=False).index
    grid = (
        frame.assign(**{s.TOPIC: _topic_labels(frame[s.TOPIC])})
        .pivot_table(index=s.TOPIC, columns=t.COUNTRY_NAME, values=t.FACTS, aggfunc="sum")
        .reindex(columns=order)
    )
    fig = go.Figure(
        go.Heatmap(
            z=grid.to_numpy(dtype=float),
            x=list(grid.columns),
            y=list(grid.index),
            colorscale="Blues",
            texttemplate="%{z:.0f}",
            hoverongaps=False,
            colorbar={"title": {"text": "Facts (count)"}},
            hovertemplate="%{y}, %{x}: %{z:.0f} facts<extra></extra>",
        )
    )
    return _layout(fig, title, height=360, x="Country or bloc", y="Policy area")


def weekly_timeline(frame: pd.DataFrame) -> go.Figure:
    """Stacked bars of facts per week, coloured by policy area."""
    title = "Facts per week of publication"
    if frame.empty:
        return _empty(title)
    data = frame.assign(**{s.TOPIC: _topic_labels(frame[s.TOPIC])})
    fig = px.bar(
        data,
        x=t.WEEK,
        y=t.FACTS,
        color=s.TOPIC,
        color_discrete_map={names.topic_label(k): v for k, v in TOPIC_COLORS.items()},
        category_orders={s.TOPIC: [names.topic_label(k) for k in s.TOPICS]},
    )
    fig.update_xaxes(type="date")
    return _layout(fig, title, x="Week starting (article date)", y="Facts (count)")


def trade_balance_bars(frame: pd.DataFrame) -> go.Figure:
    """Diverging horizontal bars: each country's balance with a partner, deficits negative."""
    title = "Trade balances by country pair"
    if frame.empty:
        return _empty(title)
    year = frame[s.YEAR].astype("string").fillna("year n/a")
    labels = frame[t.PAIR] + " (" + year + ")"
    values = frame[t.USD_BN].astype(float)
    fig = go.Figure(
        go.Bar(
            x=values,
            y=labels,
            orientation="h",
            marker_color=[DEFICIT if v < 0 else SURPLUS for v in values],
            hovertemplate="%{y}: USD %{x:,.1f} bn<extra></extra>",
        )
    )
    fig.add_vline(x=0, line_color="#555", line_width=1)
    height = max(260, 60 + 28 * len(frame))
    return _layout(
        fig,
        title,
        height=height,
        x="Trade balance (USD billion; deficit < 0)",
        y="Country with partner (year)",
    )


def _palette(series: int) -> list[str]:
    """D3's ten colours, or a 24-colour set when there are more series than that."""
    return COUNTRY_COLORS if series <= len(COUNTRY_COLORS) else MANY_COLORS


def trade_flow_lines(frame: pd.DataFrame) -> go.Figure:
    """Exports and imports per year, one line per flow."""
    title = "Exports and imports over time"
    if frame.empty:
        return _empty(title)
    data = frame.assign(
        **{s.YEAR: frame[s.YEAR].astype(int), t.USD_BN: frame[t.USD_BN].astype(float)}
    )
    fig = px.line(
        data,
        x=s.YEAR,
        y=t.USD_BN,
        color=t.FLOW,
        markers=True,
        color_discrete_sequence=_palette(data[t.FLOW].nunique()),
    )
    fig.update_xaxes(tickformat="d", dtick=1)
    return _layout(fig, title, x="Year", y="Value (USD billion)")


def tariff_rate_dots(frame: pd.DataFrame) -> go.Figure:
    """Each stated rate as a dot per target country, coloured by status."""
    title = "Tariff rates by target country"
    if frame.empty:
        return _empty(title)
    data = frame.assign(
        **{
            t.PERCENT: frame[t.PERCENT].astype(float),
            s.PRODUCT: _esc(frame[s.PRODUCT].astype("string").fillna("all goods")),
        }
    )
    fig = px.scatter(
        data,
        x=t.PERCENT,
        y=t.PARTNER_NAME,
        color=s.STATUS,
        color_discrete_map=STATUS_COLORS,
        category_orders={s.STATUS: list(s.STATUSES)},
        hover_data={t.ACTOR_NAME: True, s.PRODUCT: True, s.YEAR: True},
    )
    fig.update_traces(marker={"size": 13, "line": {"width": 1, "color": "#fff"}})
    height = max(280, 80 + 30 * data[t.PARTNER_NAME].nunique())
    return _layout(fig, title, height=height, x="Tariff rate (%)", y="Target country")


def tariff_timeline(frame: pd.DataFrame) -> go.Figure:
    """Tariff actions by article date and target, coloured by status."""
    title = "Tariff actions over time"
    if frame.empty:
        return _empty(title)
    data = frame.assign(
        **{
            s.EVIDENCE: _esc(frame[s.EVIDENCE], limit=120),
            s.PRODUCT: _esc(frame[s.PRODUCT].astype("string").fillna("all goods")),
        }
    )
    fig = px.scatter(
        data,
        x=t.ARTICLE_DATE,
        y=t.PARTNER_NAME,
        color=s.STATUS,
        color_discrete_map=STATUS_COLORS,
        category_orders={s.STATUS: list(s.STATUSES)},
        hover_data={t.ACTOR_NAME: True, s.PRODUCT: True, t.PERCENT: True, s.EVIDENCE: True},
    )
    fig.update_traces(marker={"size": 12, "symbol": "diamond"})
    fig.update_xaxes(type="date")
    height = max(280, 80 + 30 * data[t.PARTNER_NAME].nunique())
    return _layout(fig, title, height=height, x="Article date", y="Target country")


def investment_sankey(frame: pd.DataFrame) -> go.Figure:
    """Investment flows from investing country (left) to destination (right), USD billions."""
    title = "Investment flows, investor to destination (USD billion)"
    if frame.empty:
        return _empty(title)
    sources = list(dict.fromkeys(frame[t.ACTOR_NAME]))
    targets = list(dict.fromkeys(frame[t.PARTNER_NAME]))
    index_of_source = {name: i for i, name in enumerate(sources)}
    index_of_target = {name: len(sources) + i for i, name in enumerate(targets)}
    fig = go.Figure(
        go.Sankey(
            arrangement="snap",
            valueformat=",.1f",
            valuesuffix=" bn USD",
            node={
                "label": sources + targets,
                "pad": 18,
                "thickness": 16,
                "color": ["#1d70b8"] * len(sources) + ["#2ca02c"] * len(targets),
            },
            link={
                "source": [index_of_source[n] for n in frame[t.ACTOR_NAME]],
                "target": [index_of_target[n] for n in frame[t.PARTNER_NAME]],
                "value": frame[t.USD_BN].astype(float).tolist(),
                "color": "rgba(29,112,184,0.25)",
            },
        )
    )
    return _layout(fig, title, height=max(320, 60 + 40 * max(len(sources), len(targets))))


def company_bars(frame: pd.DataFrame) -> go.Figure:
    """Investment amounts per named company."""
    title = "Investment by company"
    if frame.empty:
        return _empty(title)
    data = frame.assign(
        **{t.COMPANY: _esc(frame[t.COMPANY]), t.USD_BN: frame[t.USD_BN].astype(float)}
    )
    data = data.sort_values(t.USD_BN)
    fig = px.bar(
        data,
        x=t.USD_BN,
        y=t.COMPANY,
        color=t.ACTOR_NAME,
        orientation="h",
        color_discrete_sequence=_palette(data[t.ACTOR_NAME].nunique()),
    )
    height = max(260, 60 + 30 * len(data))
    return _layout(fig, title, height=height, x="Investment (USD billion)", y="Company")


STATUS_SYMBOLS = dict(
    zip(
        s.STATUSES,
        (
            "x",
            "circle-open",
            "triangle-up",
            "star",
            "diamond",
            "square",
            "hourglass",
            "cross",
            "circle",
        ),
        strict=True,
    )
)


# Tall enough for a legend of some 25 countries, short enough that the year axis stays on the
# first screen of a laptop under the page header; a longer legend scrolls inside the chart.
DEFENSE_HEIGHT = 580


def defense_targets(frame: pd.DataFrame) -> go.Figure:
    """Share of GDP per country against the year it refers to, one line per country, the
    marker shape giving the status (a legend of its own above the plot); dotted lines at 2%,
    3.5% and 5%."""
    title = "Defense spending as a share of GDP, by target year"
    if frame.empty:
        return _empty(title)
    data = frame.assign(
        **{
            s.YEAR: frame[s.YEAR].astype("Int64").astype(float),
            t.PERCENT: frame[t.PERCENT].astype(float),
        }
    ).sort_values([t.ACTOR_NAME, s.YEAR])
    fig = go.Figure()
    _country_lines(fig, data)
    _status_keys(fig, data[s.STATUS])
    _target_lines(fig)
    fig.update_yaxes(range=[0, max(6.0, float(data[t.PERCENT].max()) + 0.5)])
    fig.update_xaxes(tickformat="d", dtick=1)
    _layout(fig, title, height=DEFENSE_HEIGHT, x="Target year", y="Defense spending (% of GDP)")
    return fig.update_layout(
        margin={**_MARGIN, "t": 76},
        legend2={
            "orientation": "h",
            "x": 0,
            "y": 1.01,
            "yanchor": "bottom",
            "title": {"text": "Status:", "side": "left"},
        },
    )


def _country_lines(fig: go.Figure, data: pd.DataFrame) -> None:
    countries = data.groupby(t.ACTOR_NAME, sort=True)
    colors = _palette(countries.ngroups)
    for number, (country, rows) in enumerate(countries):
        color = colors[number % len(colors)]
        fig.add_scatter(
            x=rows[s.YEAR],
            y=rows[t.PERCENT],
            name=country,
            legendgroup=country,
            showlegend=False,
            mode="lines+markers",
            # Thin dotted joins: the points are separate statements, not a measured series.
            line={"color": color, "width": 1, "dash": "dot"},
            marker={
                "size": 12,
                "symbol": [STATUS_SYMBOLS.get(v, "circle") for v in rows[s.STATUS]],
            },
            customdata=rows[[s.STATUS]].to_numpy(),
            hovertemplate=f"{country}, %{{x:.0f}}: %{{y:.2f}}% of GDP (%{{customdata[0]}})"
            "<extra></extra>",
        )
        # The legend shows the colour alone: a marker there would be read as a status.
        fig.add_scatter(
            x=[None],
            y=[None],
            name=country,
            legendgroup=country,
            mode="lines",
            line={"color": color, "width": 3},
        )


def _status_keys(fig: go.Figure, statuses: pd.Series) -> None:
    """Legend entries for the marker shapes, in a second legend so the countries' stays short."""
    for status in dict.fromkeys(statuses.dropna()):
        fig.add_scatter(
            x=[None],
            y=[None],
            mode="markers",
            name=str(status),
            legend="legend2",
            marker={"size": 10, "color": "#666", "symbol": STATUS_SYMBOLS.get(status, "circle")},
        )


def _target_lines(fig: go.Figure) -> None:
    for level in DEFENSE_TARGETS:
        fig.add_hline(
            y=level,
            line_dash="dot",
            line_color="#777",
            annotation_text=f"{level:g}% of GDP",
            annotation_position="top right",
        )


def energy_matrix(frame: pd.DataFrame) -> go.Figure:
    """Bubbles at (supplier, buyer) sized by the number of deals."""
    title = "Energy deals by supplier and buyer"
    if frame.empty:
        return _empty(title)
    data = frame.assign(
        **{t.PRODUCTS: _esc(frame[t.PRODUCTS]), t.USD_BN: frame[t.USD_BN].astype(float)}
    )
    fig = px.scatter(
        data,
        x=t.SUPPLIER_NAME,
        y=t.BUYER_NAME,
        size=t.DEALS,
        size_max=28,
        hover_data={t.DEALS: True, t.PRODUCTS: True, t.USD_BN: ":,.1f"},
    )
    fig.update_traces(
        marker={"color": TOPIC_COLORS[t.ENERGY], "line": {"width": 1, "color": "#555"}}
    )
    height = max(320, 160 + 40 * data[t.BUYER_NAME].nunique())
    fig = _layout(
        fig, title, height=height, x="Supplier (exporting country)", y="Buyer (importing country)"
    )
    # the suppliers above the bubbles, so a long list of buyers does not push them off the first
    # screen; slanted, so long names do not run into each other
    fig.update_xaxes(side="top", tickangle=-30)
    fig.update_layout(title={"y": 0.995, "yanchor": "top"}, margin={**_MARGIN, "t": 150})
    return fig


def country_bars(frame: pd.DataFrame) -> go.Figure:
    """Horizontal stacked bars of facts per country by policy area; each bar carries its
    ISO3 code as customdata so a click can narrow a table."""
    title = "Facts per country (click a bar to narrow the table)"
    if frame.empty:
        return _empty(title)
    fig = go.Figure()
    for topic in s.TOPICS:
        part = frame.loc[frame[s.TOPIC] == topic]
        if part.empty:
            continue
        fig.add_bar(
            x=part[t.FACTS],
            y=part[t.COUNTRY_NAME],
            customdata=part[[t.COUNTRY]].to_numpy(),
            orientation="h",
            name=names.topic_label(topic),
            marker_color=TOPIC_COLORS[topic],
            hovertemplate="%{y}: %{x} facts<extra>" + names.topic_label(topic) + "</extra>",
        )
    fig.update_layout(barmode="stack", clickmode="event+select", legend_traceorder="normal")
    fig.update_yaxes(
        categoryorder="array", categoryarray=list(dict.fromkeys(frame[t.COUNTRY_NAME]))
    )
    height = max(280, 80 + 26 * frame[t.COUNTRY].nunique())
    return _layout(fig, title, height=height, x="Facts (count)", y="Country or bloc")
