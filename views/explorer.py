"""Explorer: every fact with its evidence sentence and a link to its article."""

import streamlit as st

from dashboard import data, figures, tables, ui

ui.page_header(
    "Explorer",
    "Every extracted fact with the sentence that states it. Sort by clicking a column header; "
    "click a bar (or drag a box) to narrow the table to those countries.",
)
everything = data.table(tables.explorer_rows)
if everything.empty:
    ui.empty_state("facts")
    st.stop()

per_country = data.table(tables.facts_by_country)
event = ui.chart(
    figures.country_bars(per_country),
    per_country,
    "facts-per-country",
    key="explorer",
    on_select="rerun",
    selection_mode=("points", "box"),
)
picked = ui.selected_codes(event)
rows = data.table(tables.explorer_rows, picked) if picked else everything
if picked:
    st.caption(
        f"Narrowed to {', '.join(picked)} by the chart selection; click the chart's "
        "empty space or double-click to clear."
    )
total = rows.attrs.get(tables.TOTAL, len(rows))
if total > len(rows):
    st.markdown(
        f"**Showing the newest {len(rows):,} of {total:,} facts.** Narrow the filters in the "
        "sidebar to see others; `python -m pipeline export` writes them all."
    )
else:
    st.markdown(f"**{len(rows)} facts shown**")
ui.table(rows, "facts", key="facts")
