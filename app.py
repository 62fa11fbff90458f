"""Policy Tracker dashboard: router, global filters and first-start seeding.

Run with `make run` (or `streamlit run app.py`); the database is POLICY_DB or data/policy.duckdb.
"""

from __future__ import annotations

import logging

import streamlit as st

from dashboard import data, filters
from pipeline import store

# No Material icons on pages or as page icon: the browser would fetch the favicon from a
# font CDN, and the dashboard makes no request beyond its own server (an emoji is inlined).
st.set_page_config(page_title="Policy Tracker", page_icon="🌍", layout="wide")

# Page scripts live in views/, not pages/: with a pages/ folder beside the entry point, Streamlit
# runs its older file-per-page mode until some session reaches st.navigation, so a first visit
# to /trade would run views/trade.py bare, without this router's filters.
PAGES = {
    "Views": [
        st.Page("views/overview.py", title="Overview", default=True),
        st.Page("views/trade.py", title="Trade"),
        st.Page("views/tariffs.py", title="Tariffs"),
        st.Page("views/investments.py", title="Investments"),
        st.Page("views/defense.py", title="Defense"),
        st.Page("views/energy.py", title="Energy"),
    ],
    "Evidence": [
        st.Page("views/explorer.py", title="Explorer"),
        st.Page("views/articles.py", title="Articles"),
    ],
    "Data": [st.Page("views/ingest.py", title="Ingest")],
}


def seed() -> None:
    """Build a missing or empty store from the sample articles, so a fresh clone shows data."""
    try:
        data.ensure_seeded(str(data.db_path()), data.seed_folder())
    except store.StoreBusy:
        pass  # an ingest is filling it right now; the next rerun shows its facts
    except Exception as exc:  # noqa: BLE001  (a page must come up even if seeding fails)
        logging.getLogger(__name__).exception("seeding the store failed")
        st.warning(
            f"The empty store could not be filled from the sample articles ({exc}). "
            "Run `python -m pipeline ingest sample_data/articles` and reload.",
            icon=":material/warning:",
        )


page = st.navigation(PAGES)
data.start_run()
seed()
filters.draw(data.country_options())
with st.sidebar:
    # filled after the page runs: its queries find out whether the store is busy
    busy_notice = st.empty()
    st.caption(f"Store: `{data.db_path()}`")
try:
    page.run()
finally:
    with busy_notice.container():
        data.show_busy_notice()
