"""Small Streamlit building blocks every page uses, so pages stay a list of calls."""

from __future__ import annotations

import re

import pandas as pd
import plotly.graph_objects as go
import streamlit as st

from dashboard import export, figures, filters, names
from dashboard import tables as t
from pipeline import schema as s

_MD_SPECIAL = re.compile(r"([\\`*_{}\[\]()#+\-.!|<>~$:])")
PLOTLY_CONFIG = {"displaylogo": False, "topojsonURL": figures.TOPOJSON_URL}


def plain(text: object) -> str:
    """Text from an article made safe for a Markdown element: shown literally, never as markup."""
    return _MD_SPECIAL.sub(r"\\\1", str(text if text is not None else ""))


def page_header(title: str, caption: str) -> filters.Filters:
    """Title, one line of explanation, the busy notice; returns the active filters."""
    st.title(title)
    st.caption(caption)
    chosen = filters.current()
    if chosen.active:
        st.caption(f":material/filter_alt: Filtered view. {describe(chosen)}")
    return chosen


def describe(chosen: filters.Filters) -> str:
    parts = []
    if chosen.countries:
        parts.append("countries " + ", ".join(chosen.countries))
    if chosen.topics:
        parts.append("areas " + ", ".join(chosen.topics))
    if chosen.statuses:
        parts.append("statuses " + ", ".join(chosen.statuses))
    if chosen.since:
        parts.append(f"from {chosen.since.isoformat()}")
    if chosen.until:
        parts.append(f"to {chosen.until.isoformat()}")
    text = "; ".join(parts)
    return text[:1].upper() + text[1:] + "."


def empty_state(what: str) -> None:
    if filters.current().active:
        st.info(
            f"No {what} match these filters. Widen or clear them in the sidebar.",
            icon=":material/filter_alt_off:",
        )
    else:
        st.info(
            f"No {what} in the store yet. Add articles on the Ingest page "
            "or run `python -m pipeline ingest PATH`.",
            icon=":material/inbox:",
        )


def rows(frame: pd.DataFrame) -> str:
    return "1 row" if len(frame) == 1 else f"{len(frame)} rows"


def download(frame: pd.DataFrame, name: str, key: str, label: str = "Download CSV") -> None:
    """A CSV of exactly `frame`; built only when clicked, without rerunning the page."""
    st.download_button(
        label,
        data=lambda: export.to_csv(frame),
        file_name=f"{name}.csv",
        mime="text/csv",
        key=key,
        icon=":material/download:",
        on_click="ignore",
    )


def limit_note(frame: pd.DataFrame, what: str) -> None:
    """Say so when a chart or table shows only part of what matches (tables.TOTAL)."""
    total = frame.attrs.get(t.TOTAL, len(frame))
    if total > len(frame):
        st.caption(
            f":material/filter_list: Showing {len(frame):,} of {total:,} {what}. Narrow the "
            "filters in the sidebar to see others; `python -m pipeline export` writes them all."
        )


def undated_note(count: int, what: str) -> None:
    """Say how many figures a chart against the year leaves out because their text gives none."""
    if count:
        st.caption(
            f":material/event_busy: {count:,} more {what} give no year, so the chart leaves them "
            "out; the Explorer lists them with an empty Year."
        )


def chart(fig: go.Figure, frame: pd.DataFrame, name: str, key: str, what: str = "", **kwargs):
    """A Plotly chart with the download of the frame it was drawn from underneath, and a note
    when the chart shows only the first rows (`what` names them: "newest tariff rates")."""
    event = st.plotly_chart(fig, key=f"{key}_chart", config=PLOTLY_CONFIG, **kwargs)
    limit_note(frame, what or "rows")
    download(
        frame, name, key=f"{key}_csv", label=f"Download the data behind this chart ({rows(frame)})"
    )
    return event


def country_picker(frame: pd.DataFrame, start: tuple[str, ...], key: str) -> tuple[str, ...]:
    """A box choosing whose rows a chart with one line per country draws, holding `start` at
    first (empty: all); returns the codes picked, empty for all."""
    options = filters.by_name(t.actors_by_rows(frame))
    picked = st.multiselect(
        "Countries on the chart",
        options,
        default=list(start),
        format_func=names.country_label,
        placeholder=f"All {len(options)} countries",
        help=f"Starts with the countries chosen in the sidebar, else the {t.FOCUS_LIMIT} with "
        "the most statements. Empty shows every country.",
        # New filters bring a new start: the key changes with it, so the box starts afresh.
        key=f"{key}_countries_{'_'.join(start)}",
    )
    if picked:
        st.caption(
            f":material/filter_list: {len(picked)} of {len(options)} countries drawn. Add "
            "others in the box above, or clear it to draw them all."
        )
    return tuple(picked)


LABELS = {
    t.ARTICLE_DATE: "Article date",
    s.DATE: "Date",
    s.TOPIC: "Policy area",
    s.MEASURE: "Measure",
    s.ACTOR: "Actor",
    s.PARTNER: "Partner",
    s.ACTOR_ENTITY: "Actor body",
    s.PARTNER_ENTITY: "Partner body",
    s.PRODUCT: "Product",
    s.VALUE: "Value",
    s.UNIT: "Unit",
    s.VALUE_USD: "Value (USD)",
    s.YEAR: "Year",
    s.STATUS: "Status",
    s.NEGATED: "Negated",
    s.EVIDENCE: "Evidence",
    s.TITLE: "Article",
    s.SOURCE: "Source",
    s.START: "Start",
    s.END: "End",
    s.CONFIDENCE: "Confidence",
    s.FACT_ID: "Fact id",
    s.ARTICLE_ID: "Article id",
    t.FACT_COUNT: "Facts",
}
_NUMBERS = {
    s.VALUE: "compact",
    s.VALUE_USD: "compact",
    s.YEAR: "%d",
    s.START: "%d",
    s.END: "%d",
    s.CONFIDENCE: "%.2f",
}
_WIDE = {s.EVIDENCE, s.TITLE}


def column_config(frame: pd.DataFrame) -> dict:
    """Readable headers and number formats for the fact columns present in `frame`."""
    config = {}
    for column in frame.columns:
        label = LABELS.get(column, str(column).replace("_", " ").capitalize())
        if column in _NUMBERS:
            config[column] = st.column_config.NumberColumn(label, format=_NUMBERS[column])
        elif column == t.ARTICLE_LINK:
            config[column] = st.column_config.LinkColumn("Open", display_text="Read")
        elif column == s.URL:
            config[column] = st.column_config.LinkColumn("Link")
        else:
            config[column] = st.column_config.Column(
                label, width="large" if column in _WIDE else None
            )
    return config


def table(frame: pd.DataFrame, name: str, key: str, **kwargs):
    """A sortable table (readable headers) with the download of exactly its rows underneath."""
    kwargs.setdefault("column_config", column_config(frame))
    event = st.dataframe(frame, key=f"{key}_table", hide_index=True, **kwargs)
    download(frame, name, key=f"{key}_csv", label=f"Download this table ({rows(frame)})")
    return event


def selected_codes(event) -> tuple[str, ...]:
    """ISO3 codes of the bars selected on a chart built by figures.country_bars."""
    selection = getattr(event, "selection", None) or {}
    points = selection.get("points", []) if isinstance(selection, dict) else selection.points
    codes = []
    for point in points:
        custom = point.get("customdata") if isinstance(point, dict) else None
        if custom:
            codes.append(str(custom[0] if isinstance(custom, list | tuple) else custom))
    return tuple(dict.fromkeys(codes))


def safe_url(url: object) -> str | None:
    """Only web links are shown as links; anything else (javascript:, data:) stays text."""
    text = str(url or "").strip()
    return text if text.lower().startswith(("https://", "http://")) else None


def article_text(text: str, facts: pd.DataFrame) -> None:
    """The article with each fact's evidence highlighted (escaped HTML, sanitised again by st.html)."""
    from dashboard import highlight, tables
    from pipeline import schema as s

    spans = highlight.spans_from(
        facts.to_dict("records"), s.START, s.END, s.TOPIC, tables.fact_note
    )
    st.html(highlight.highlight_html(text, spans))
