"""Explorer: every fact with its evidence sentence and a link to its article."""

import streamlit as st

from dashboard import figures, tables, ui

ui.page_header(
    "Explorer",
    "Every extracted fact with the sentence that states it. Sort by clicking a column header; "
    "click a bar (or drag a box) to narrow the table to those countries.",
)
facts = ui.filtered_facts()
if facts.empty:
    ui.empty_state("facts")
    st.stop()

per_country = tables.facts_by_country(facts)
event = ui.chart(
    figures.country_bars(per_country),
    per_country,
    "facts-per-country",
    key="explorer",
    on_select="rerun",
    selection_mode=("points", "box"),
)
picked = ui.selected_codes(event)
rows = tables.explorer_rows(facts, countries=picked)
if picked:
    st.caption(
        f"Narrowed to {', '.join(picked)} by the chart selection; click the chart's "
        "empty space or double-click to clear."
    )
st.markdown(f"**{len(rows)} facts shown**")
ui.table(rows, "facts", key="facts")
