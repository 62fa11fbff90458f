"""Global filters: one definition, drawn once in the sidebar, bound to the URL, read by pages.

The URL carries plain vocabulary values (`?country=JPN&topic=tariff&since=2025-01-01`), the
same words the CLI's `export` takes, so a link stays valid when display names change. The
filtering itself happens in SQL (pipeline.store.fact_filter, through dashboard.tables).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping
from dataclasses import dataclass

import pandas as pd

from dashboard import names
from pipeline import schema

# URL parameter names; also the widgets' session-state keys.
COUNTRY = "country"
TOPIC = "topic"
STATUS = "status"
SINCE = "since"
UNTIL = "until"
KEYS = (COUNTRY, TOPIC, STATUS, SINCE, UNTIL)
_SEEDED = "_filters_seeded"
_DATE_LIMITS = (dt.date(1900, 1, 1), dt.date(2100, 12, 31))


@dataclass(frozen=True)
class Filters:
    countries: tuple[str, ...] = ()
    topics: tuple[str, ...] = ()
    statuses: tuple[str, ...] = ()
    since: dt.date | None = None
    until: dt.date | None = None

    @property
    def active(self) -> bool:
        return bool(self.countries or self.topics or self.statuses or self.since or self.until)

    def to_params(self) -> dict[str, list[str]]:
        """The non-empty filters as URL parameters (lists, for repeated keys)."""
        params = {
            COUNTRY: list(self.countries),
            TOPIC: list(self.topics),
            STATUS: list(self.statuses),
            SINCE: [self.since.isoformat()] if self.since else [],
            UNTIL: [self.until.isoformat()] if self.until else [],
        }
        return {key: values for key, values in params.items() if values}


def from_params(
    params: Mapping[str, Iterable[str] | str], countries: Iterable[str] = ()
) -> Filters:
    """Parse URL parameters, dropping values outside the vocabularies instead of failing."""

    def values(key: str) -> list[str]:
        raw = params.get(key, [])
        return [raw] if isinstance(raw, str) else list(raw)

    known_countries = set(countries)
    return Filters(
        countries=tuple(
            dict.fromkeys(c.upper() for c in values(COUNTRY) if c.upper() in known_countries)
        ),
        topics=tuple(dict.fromkeys(t for t in values(TOPIC) if t in schema.TOPICS)),
        statuses=tuple(dict.fromkeys(s for s in values(STATUS) if s in schema.STATUSES)),
        since=_parse_date(values(SINCE)),
        until=_parse_date(values(UNTIL)),
    )


def _parse_date(values: list[str]) -> dt.date | None:
    for value in values[:1]:
        try:
            return dt.date.fromisoformat(value)
        except ValueError:
            return None
    return None


def country_options(frame: pd.DataFrame) -> list[str]:
    """Every actor and partner code in the frame, blocs first, then countries by name."""
    codes = pd.concat([frame[schema.ACTOR], frame[schema.PARTNER]]).dropna().unique()
    return by_name(str(c) for c in codes)


def by_name(codes: Iterable[str]) -> list[str]:
    """Country codes in the order every country list uses: blocs first, then by name."""
    return sorted(codes, key=lambda c: (not names.is_bloc(c), names.country_name(c)))


def current() -> Filters:
    """The filters the sidebar holds for this session (pages call this)."""
    import streamlit as st

    state = st.session_state
    return Filters(
        countries=tuple(state.get(COUNTRY) or ()),
        topics=tuple(state.get(TOPIC) or ()),
        statuses=tuple(state.get(STATUS) or ()),
        since=state.get(SINCE),
        until=state.get(UNTIL),
    )


def draw(countries: list[str]) -> Filters:
    """Draw the filter widgets in the sidebar, seeded from the URL once per session, and write
    the chosen values back to the URL on every run so a copied link reopens this view."""
    import streamlit as st

    if not st.session_state.get(_SEEDED):
        seeded = from_params(_query_dict(), countries)
        st.session_state[COUNTRY] = list(seeded.countries)
        st.session_state[TOPIC] = list(seeded.topics)
        st.session_state[STATUS] = list(seeded.statuses)
        st.session_state[SINCE] = seeded.since
        st.session_state[UNTIL] = seeded.until
        st.session_state[_SEEDED] = True

    # A country chosen earlier may have left the store's options; keep only valid choices.
    st.session_state[COUNTRY] = [c for c in st.session_state.get(COUNTRY) or [] if c in countries]

    sidebar = st.sidebar
    sidebar.header("Filters")
    sidebar.multiselect(
        "Countries and blocs",
        countries,
        key=COUNTRY,
        format_func=names.country_label,
        placeholder="All countries",
        help="A fact matches when the country acts or is the counterpart.",
    )
    sidebar.multiselect(
        "Policy areas",
        list(schema.TOPICS),
        key=TOPIC,
        format_func=names.topic_label,
        placeholder="All policy areas",
    )
    sidebar.multiselect(
        "Statuses",
        list(schema.STATUSES),
        key=STATUS,
        format_func=names.status_label,
        placeholder="All statuses",
    )
    low, high = _DATE_LIMITS
    sidebar.date_input(
        "From (article date)", key=SINCE, min_value=low, max_value=high, format="YYYY-MM-DD"
    )
    sidebar.date_input(
        "To (article date)", key=UNTIL, min_value=low, max_value=high, format="YYYY-MM-DD"
    )

    chosen = current()
    _sync_url(chosen)
    return chosen


def _query_dict() -> dict[str, list[str]]:
    import streamlit as st

    return {key: st.query_params.get_all(key) for key in KEYS}


def _sync_url(filters: Filters) -> None:
    """Write the filters to the URL, touching only our keys and only when they differ."""
    import streamlit as st

    wanted = filters.to_params()
    for key in KEYS:
        have = st.query_params.get_all(key)
        want = wanted.get(key, [])
        if have == want:
            continue
        if want:
            st.query_params[key] = want
        else:
            del st.query_params[key]
