"""Overview: how much is in the store, where, on what, and when."""

import streamlit as st

from dashboard import data, figures, tables, ui

ui.page_header(
    "Overview", "Policy facts extracted from news articles: counts, where they are, and when."
)
summary = data.table(tables.summary)

articles, fact_count, countries, latest = st.columns(4)
articles.metric("Articles", summary["articles"])
fact_count.metric("Facts", summary["facts"])
countries.metric("Countries and blocs", summary["countries"])
latest.metric("Latest article", summary["latest"] or "none")

if not summary["facts"]:
    ui.empty_state("facts")
    st.stop()

activity = data.table(tables.activity_by_country)
ui.chart(figures.activity_map(activity), activity, "activity-by-country", key="map")
st.caption("The EU and NATO have no shape on the map; they appear in the heatmap below.")

by_topic = data.table(tables.topic_by_country)
ui.chart(figures.topic_heatmap(by_topic), by_topic, "facts-by-topic-and-country", key="heatmap")

weekly = data.table(tables.weekly_by_topic)
ui.chart(figures.weekly_timeline(weekly), weekly, "facts-per-week", key="weekly")
