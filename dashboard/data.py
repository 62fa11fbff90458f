"""Cached reads of the store, with a last-good fallback while an import holds the file.

DuckDB locks the whole file, so no connection is kept: each loader opens the store for one
query. Pages ask for the frames of dashboard.tables, which filter and aggregate in SQL, so the
filters are part of the query and of the cache key: results are cached per (database path, file
version, function, filters) with `st.cache_data`, so a finished `ingest` shows up on the next
rerun and a store of a million facts is never loaded into the server's memory.
"""

from __future__ import annotations

import logging
import os
from pathlib import Path

import streamlit as st

from dashboard import filters, tables
from pipeline import config, store

log = logging.getLogger(__name__)

ROOT = Path(__file__).resolve().parent.parent
SEED_ENV = "POLICY_SEED"
DEFAULT_SEED = ROOT / "sample_data" / "articles"

# Results of the last successful load per (kind, db, args): served while the store is busy.
_LAST_GOOD: dict[tuple, object] = {}
_BUSY_FLAG = "_store_busy"
READ_TIMEOUT = tables.READ_TIMEOUT
# A database that does not exist: the tables functions return their empty frames for it.
_NOWHERE = Path(os.devnull).with_name("policy-tracker-no-store.duckdb")


def db_path() -> Path:
    return Path(config.db_path())


def _version(db: Path) -> tuple:
    """Changes whenever a writer commits: size and mtime of the file and its WAL."""
    parts = []
    for path in (db, db.with_name(db.name + ".wal")):
        try:
            info = path.stat()
            parts.append((info.st_mtime_ns, info.st_size))
        except OSError:
            parts.append(None)
    return tuple(parts)


@st.cache_data(show_spinner=False, max_entries=256)
def _shaped(db: str, version: tuple, name: str, chosen: filters.Filters, args: tuple):
    return getattr(tables, name)(Path(db), chosen, *args)


@st.cache_data(show_spinner=False, max_entries=8)
def _countries(db: str, version: tuple) -> list[str]:
    return filters.country_options(tables.country_pairs(Path(db)))


@st.cache_data(show_spinner=False, max_entries=64)
def _article(db: str, version: tuple, article_id: str) -> dict | None:
    return store.article(Path(db), article_id, timeout=READ_TIMEOUT)


def _load(kind: str, loader, empty, *args):
    """loader(db, version, *args); while the store is busy, the last good result or `empty()`."""
    db = db_path()
    key = (kind, str(db), args)
    if st.session_state.get(_BUSY_FLAG):
        # The store was taken earlier in this run: don't wait for it once per chart.
        return _LAST_GOOD[key] if key in _LAST_GOOD else empty()
    try:
        result = loader(str(db), _version(db), *args)
    except store.StoreBusy:
        st.session_state[_BUSY_FLAG] = True
        return _LAST_GOOD[key] if key in _LAST_GOOD else empty()
    except store.StoreError as exc:
        # A damaged or too-new database: say what to do, keep the page up.
        st.error(f"The fact store cannot be read: {exc}", icon=":material/database:")
        return _LAST_GOOD[key] if key in _LAST_GOOD else empty()
    _LAST_GOOD[key] = result
    return result


def table(shape, *args, chosen: filters.Filters | None = None):
    """What `shape` (a dashboard.tables function) computes under the sidebar filters (or
    `chosen`), cached; `args` follow the filters in its call."""
    chosen = filters.current() if chosen is None else chosen
    name = shape.__name__
    return _load(name, _shaped, lambda: shape(_NOWHERE, chosen, *args), name, chosen, tuple(args))


def country_options() -> list[str]:
    """Every country and bloc in the store, for the sidebar filter (unfiltered, cached)."""
    return _load("countries", _countries, list)


def article(article_id: str) -> dict | None:
    return _load("article", _article, lambda: None, article_id)


def refresh() -> None:
    """Forget cached query results after this process wrote to the store."""
    for loader in (_shaped, _countries, _article):
        loader.clear()


def start_run() -> None:
    """Forget a busy store seen in an earlier run; this run finds out for itself."""
    st.session_state.pop(_BUSY_FLAG, None)


def show_busy_notice() -> None:
    """A quiet line when this run served cached results because an import held the store."""
    if st.session_state.pop(_BUSY_FLAG, False):
        st.caption(
            ":material/hourglass_top: The store is busy with an import; "
            "showing the last loaded results. Refresh in a moment for new facts."
        )


@st.cache_resource(show_spinner="Loading the extraction rules...")
def nlp():
    from pipeline.nlp import build_nlp

    return build_nlp()


@st.cache_resource(show_spinner="Building the store from the sample articles...")
def ensure_seeded(db: str, seed: str) -> dict:
    """Fill a missing or empty store from the sample articles, once per process.

    Raises while the store is busy, so nothing is cached and the next run tries again.
    """
    path = Path(db)
    if not seed or (path.exists() and not store.is_empty(path)):
        return {}
    from pipeline.documents import DocumentError, iter_paths, read_file
    from pipeline.facts import extract_articles

    paths, errors = iter_paths([seed])
    batch = []
    for file in paths:
        try:
            found, bad = read_file(file)
        except DocumentError as exc:
            errors.append(str(exc))
            continue
        batch.extend(found)
        errors.extend(bad)
    for line in errors:
        log.warning("seeding: %s", line)
    if not batch:
        return {}
    path.parent.mkdir(parents=True, exist_ok=True)
    summary = store.save(path, batch, extract_articles(batch, nlp=nlp()))
    refresh()
    return summary


def seed_folder() -> str:
    """The folder an empty store is built from; POLICY_SEED="" turns seeding off (tests)."""
    return os.environ.get(SEED_ENV, str(DEFAULT_SEED))
