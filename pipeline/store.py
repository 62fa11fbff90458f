"""Embedded fact store on a DuckDB file: schema and migrations, idempotent writes, queries.

DuckDB locks the whole file: while one process writes, no other process can even read it. So
nothing here keeps a connection open: every call opens the file, does its batch and closes it,
and opening retries for a bounded time before raising StoreBusy. Ids are derived from content
(article_id from the body text, fact_id from the fact), and each article is written together with
its facts in one transaction, so a killed ingest leaves either the whole article or none of it and
re-ingesting the same text adds nothing.
"""

from __future__ import annotations

import datetime as dt
import logging
import re
import time
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path

import duckdb
import pandas as pd
import pyarrow as pa

from pipeline import schema
from pipeline.documents import Article

log = logging.getLogger(__name__)

WRITE_TIMEOUT = 30.0
READ_TIMEOUT = 3.0
_REPORT_EVERY = 5.0

ARTICLES = "articles"
FACTS = "facts"
VERSIONS = "schema_version"
INGESTED_AT = "ingested_at"
N_FACTS = "n_facts"  # fact count per article in query_articles()

ARTICLE_META = tuple(c for c in schema.ARTICLE_COLUMNS if c != schema.TEXT)
QUERY_EXTRA = (schema.TITLE, schema.SOURCE, schema.URL, schema.DATE)
QUERY_DTYPES = {**schema.FACT_DTYPES, **{c: schema.ARTICLE_DTYPES[c] for c in QUERY_EXTRA}}
ARTICLE_LIST_DTYPES = {**{c: schema.ARTICLE_DTYPES[c] for c in ARTICLE_META}, N_FACTS: "Int64"}

_SQL_TYPES = {"string": "VARCHAR", "Float64": "DOUBLE", "Int64": "BIGINT", "boolean": "BOOLEAN"}
_LOCK_HOLDER = re.compile(r"Conflicting lock is held in (.+?) \(PID (\d+)\)")


class StoreError(Exception):
    """The database cannot be used; the message says what to do about it."""


class StoreBusy(StoreError):
    """Another process kept the database file locked for longer than the bounded wait."""


def _q(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def _column_list(columns: Iterable[str], prefix: str = "") -> str:
    return ", ".join(prefix + _q(c) for c in columns)


def _ddl_columns(dtypes: dict[str, str], not_null: Iterable[str]) -> str:
    required = set(not_null)
    return ", ".join(
        f"{_q(c)} {_SQL_TYPES[t]}{' NOT NULL' if c in required else ''}" for c, t in dtypes.items()
    )


# Forward migrations, applied in order, each in its own transaction and recorded in VERSIONS.
# Never edit a released step: add a new one. A column added to schema.py later needs a step with
# `ALTER TABLE ... ADD COLUMN IF NOT EXISTS`, so stores created before and after converge.
MIGRATIONS: list[tuple[int, str, list[str]]] = [
    (
        1,
        "articles and facts",
        [
            f"CREATE TABLE IF NOT EXISTS {ARTICLES} ("
            f"{_ddl_columns(schema.ARTICLE_DTYPES, (schema.ARTICLE_ID, schema.TEXT))}, "
            f"{_q(INGESTED_AT)} TIMESTAMP DEFAULT current_timestamp, "
            f"PRIMARY KEY ({_q(schema.ARTICLE_ID)}))",
            f"CREATE TABLE IF NOT EXISTS {FACTS} ("
            f"{_ddl_columns(schema.FACT_DTYPES, (schema.ARTICLE_ID, schema.FACT_ID))}, "
            f"PRIMARY KEY ({_q(schema.ARTICLE_ID)}, {_q(schema.FACT_ID)}))",
        ],
    ),
]


def schema_version() -> int:
    return MIGRATIONS[-1][0]


# ---------------------------------------------------------------- connections


def _is_lock_error(exc: Exception) -> bool:
    return "lock" in str(exc).lower()


def _holder(exc: Exception) -> str:
    match = _LOCK_HOLDER.search(str(exc))
    return f"process {match.group(2)} ({Path(match.group(1)).name})" if match else "another process"


@contextmanager
def _connect(
    db: Path | str,
    *,
    read_only: bool,
    timeout: float,
    sleep: Callable[[float], None] = time.sleep,
) -> Iterator[duckdb.DuckDBPyConnection]:
    """Open, yield, close. Waits up to `timeout` seconds while another process holds the file."""
    path = Path(db)
    if not read_only:
        path.parent.mkdir(parents=True, exist_ok=True)
    start = time.monotonic()
    delay, reported = 0.05, None
    while True:
        try:
            # No replacement scans: an unknown table name must not resolve to a Python variable.
            con = duckdb.connect(
                str(path), read_only=read_only, config={"python_enable_replacements": False}
            )
            break
        except duckdb.Error as exc:
            if not _is_lock_error(exc):
                raise StoreError(f"{path}: cannot open the database ({exc})") from None
            waited = time.monotonic() - start
            if waited >= timeout:
                raise StoreBusy(
                    f"{path} is locked by {_holder(exc)}; gave up after {waited:.0f} s. "
                    "Let that process finish (or stop it) and run this again."
                ) from None
            if reported is None or waited - reported >= _REPORT_EVERY:
                # A writer, or a reader that chose to wait long (ingest), says so loudly: the
                # user must see that it is waiting, not hanging. Dashboard reads stay quiet.
                level = logging.WARNING if not read_only or timeout > READ_TIMEOUT else logging.INFO
                log.log(
                    level,
                    "%s is locked by %s; retrying for up to %.0f s (waited %.1f s)",
                    path,
                    _holder(exc),
                    timeout,
                    waited,
                )
                reported = waited
            sleep(min(delay, max(timeout - waited, 0.0)))
            delay = min(delay * 2, 1.0)
    try:
        yield con
    finally:
        con.close()


def _current_version(con: duckdb.DuckDBPyConnection) -> int:
    """0 for a file without the version table (new, or killed before its first commit).

    Results are fetched to the end, so the connection is free for the reader's own query.
    """
    ((exists,),) = con.execute(
        "SELECT count(*) FROM information_schema.tables WHERE table_name = ?", [VERSIONS]
    ).fetchall()
    if not exists:
        return 0
    ((version,),) = con.execute(f"SELECT max(version) FROM {VERSIONS}").fetchall()
    return int(version or 0)


def _migrate(con: duckdb.DuckDBPyConnection) -> None:
    con.execute(
        f"CREATE TABLE IF NOT EXISTS {VERSIONS} (version INTEGER PRIMARY KEY, "
        "description VARCHAR, applied_at TIMESTAMP DEFAULT current_timestamp)"
    )
    current = _current_version(con)
    if current > schema_version():
        raise StoreError(
            f"the database is at schema version {current}, newer than this code "
            f"({schema_version()}); update Policy Tracker or point --db at another file"
        )
    for version, description, statements in MIGRATIONS:
        if version <= current:
            continue
        con.execute("BEGIN TRANSACTION")
        try:
            for statement in statements:
                con.execute(statement)
            con.execute(
                f"INSERT INTO {VERSIONS} (version, description) VALUES (?, ?)",
                [version, description],
            )
            con.execute("COMMIT")
        except Exception:
            con.execute("ROLLBACK")
            raise
        log.info("store migrated to schema version %d (%s)", version, description)
    _check_columns(con)


def _check_columns(con: duckdb.DuckDBPyConnection) -> None:
    for table, wanted in ((ARTICLES, schema.ARTICLE_COLUMNS), (FACTS, schema.FACT_COLUMNS)):
        have = {row[0] for row in con.execute(f"DESCRIBE {table}").fetchall()}
        if missing := [c for c in wanted if c not in have]:
            raise StoreError(
                f"table {table} lacks columns {missing} that schema.py defines; "
                "add a migration step to pipeline/store.py"
            )


@contextmanager
def _writer(db: Path | str, timeout: float) -> Iterator[duckdb.DuckDBPyConnection]:
    with _connect(db, read_only=False, timeout=timeout) as con:
        _migrate(con)
        yield con


@contextmanager
def _reader(db: Path | str, timeout: float) -> Iterator[duckdb.DuckDBPyConnection | None]:
    """A read-only connection, or None when there is no database yet (nothing is created)."""
    path = Path(db)
    if not path.exists():
        yield None
        return
    with _connect(path, read_only=True, timeout=timeout) as con:
        if _current_version(con) >= schema_version():
            yield con  # the usual case: one open per read
            return
    with _writer(path, timeout):
        pass
    with _connect(path, read_only=True, timeout=timeout) as con:
        yield con


def init(db: Path | str, *, timeout: float = WRITE_TIMEOUT) -> None:
    """Create the database file and bring its schema to the current version."""
    with _writer(db, timeout):
        pass


# ---------------------------------------------------------------- writes


def save(
    db: Path | str,
    articles: list[Article],
    facts: pd.DataFrame,
    *,
    timeout: float = WRITE_TIMEOUT,
) -> dict:
    """Store articles with their facts; articles already stored add nothing.

    Every article is committed together with all of its facts, never apart: the batch is one
    transaction, and if that fails (a bad row) each article is retried in its own transaction,
    so the good ones are kept and the error is raised for the first bad one.
    Returns {"new": n, "unchanged": n, "facts_added": n}.
    """
    if not articles:
        return {"new": 0, "unchanged": 0, "facts_added": 0}
    batch = (
        pd.DataFrame(
            [[_article_value(a, c) for c in schema.ARTICLE_COLUMNS] for a in articles],
            columns=list(schema.ARTICLE_COLUMNS),
        )
        .drop_duplicates(schema.ARTICLE_ID)
        .astype(schema.ARTICLE_DTYPES)
    )
    incoming = facts.loc[:, list(schema.FACT_COLUMNS)].drop_duplicates(
        [schema.ARTICLE_ID, schema.FACT_ID]
    )
    with _writer(db, timeout) as con:
        con.register("incoming_articles", batch)
        con.register("incoming_facts", incoming)
        try:
            new, added = _insert(con, None)
        except duckdb.Error as exc:
            log.warning("batch insert failed (%s); storing article by article", exc)
            new, added = 0, 0
            for key in batch[schema.ARTICLE_ID]:
                one_new, one_added = _insert(con, key)
                new, added = new + one_new, added + one_added
        con.unregister("incoming_articles")
        con.unregister("incoming_facts")
    return {"new": new, "unchanged": len(articles) - new, "facts_added": added}


def _insert(con: duckdb.DuckDBPyConnection, article_id: str | None) -> tuple[int, int]:
    """One transaction: the incoming articles (or just `article_id`) not yet stored, with facts."""
    only = f" WHERE {_q(schema.ARTICLE_ID)} = ?" if article_id else ""
    params = [article_id] if article_id else []
    con.execute("BEGIN TRANSACTION")
    try:
        new = [
            key
            for (key,) in con.execute(
                f"INSERT INTO {ARTICLES} ({_column_list(schema.ARTICLE_COLUMNS)}) "
                f"SELECT {_column_list(schema.ARTICLE_COLUMNS)} FROM incoming_articles{only} "
                f"ON CONFLICT DO NOTHING RETURNING {_q(schema.ARTICLE_ID)}",
                params,
            ).fetchall()
        ]
        added = 0
        if new:
            added = con.execute(
                f"INSERT INTO {FACTS} ({_column_list(schema.FACT_COLUMNS)}) "
                f"SELECT {_column_list(schema.FACT_COLUMNS)} FROM incoming_facts "
                f"WHERE list_contains(?::VARCHAR[], {_q(schema.ARTICLE_ID)})",
                [new],
            ).fetchone()[0]
        con.execute("COMMIT")
    except Exception:
        con.execute("ROLLBACK")
        raise
    return len(new), int(added)


def _article_value(article: Article, column: str) -> str | None:
    if column == schema.ARTICLE_ID:
        return article.article_id
    return getattr(article, column)


# ---------------------------------------------------------------- reads


def known_ids(db: Path | str, ids: Iterable[str], *, timeout: float = WRITE_TIMEOUT) -> set[str]:
    """Which of these article ids are already stored (ingest skips extracting them)."""
    wanted = list(dict.fromkeys(ids))
    with _reader(db, timeout) as con:
        if con is None or not wanted:
            return set()
        rows = con.execute(
            f"SELECT {_q(schema.ARTICLE_ID)} FROM {ARTICLES} "
            f"WHERE list_contains(?::VARCHAR[], {_q(schema.ARTICLE_ID)})",
            [wanted],
        ).fetchall()
    return {row[0] for row in rows}


def parse_day(value: str | dt.date | None, name: str) -> str | None:
    if value is None or value == "":
        return None
    if isinstance(value, dt.datetime):
        value = value.date()
    if isinstance(value, dt.date):
        return value.isoformat()
    try:
        return dt.date.fromisoformat(str(value).strip()[:10]).isoformat()
    except ValueError:
        raise ValueError(f"{name} must be a date written YYYY-MM-DD, got {value!r}") from None


_ARROW_TO_PANDAS = {
    **dict.fromkeys((pa.string(), pa.large_string(), pa.string_view()), pd.StringDtype()),
    **dict.fromkeys((pa.int64(), pa.int32()), pd.Int64Dtype()),
    pa.float64(): pd.Float64Dtype(),
    pa.bool_(): pd.BooleanDtype(),
}


def _typed(frame: pd.DataFrame, dtypes: dict[str, str]) -> pd.DataFrame:
    return frame.loc[:, list(dtypes)].astype(dtypes)


def _empty(dtypes: dict[str, str]) -> pd.DataFrame:
    return pd.DataFrame({c: pd.Series(dtype=t) for c, t in dtypes.items()})


def fact_filter(
    countries: Iterable[str] = (),
    topics: Iterable[str] = (),
    statuses: Iterable[str] = (),
    since: str | dt.date | None = None,
    until: str | dt.date | None = None,
    *,
    fact: str = "f",
    date: str = f"a.{_q(schema.DATE)}",
) -> tuple[str, list]:
    """The SQL condition (and its parameters) for these filters over facts aliased `fact`, with
    `date` the SQL of the article's date (by default articles aliased `a`); "TRUE" when no
    filter is set.

    `countries` match the actor or the partner; `since`/`until` bound the article date
    (inclusive); an empty filter keeps everything.
    """
    countries = [c.strip().upper() for c in countries if c and c.strip()]
    topics, statuses = list(topics), list(statuses)
    since, until = parse_day(since, "since"), parse_day(until, "until")
    where, params = [], []
    if countries:
        where.append(
            f"(list_contains(?::VARCHAR[], {fact}.{_q(schema.ACTOR)}) "
            f"OR list_contains(?::VARCHAR[], {fact}.{_q(schema.PARTNER)}))"
        )
        params += [countries, countries]
    if topics:
        where.append(f"list_contains(?::VARCHAR[], {fact}.{_q(schema.TOPIC)})")
        params.append(topics)
    if statuses:
        where.append(f"list_contains(?::VARCHAR[], {fact}.{_q(schema.STATUS)})")
        params.append(statuses)
    if since:
        where.append(f"{date} >= ?")
        params.append(since)
    if until:
        where.append(f"{date} <= ?")
        params.append(until)
    return (" AND ".join(where) or "TRUE"), params


def query_facts(
    db: Path | str,
    countries: Iterable[str] = (),
    topics: Iterable[str] = (),
    statuses: Iterable[str] = (),
    since: str | dt.date | None = None,
    until: str | dt.date | None = None,
    *,
    timeout: float = READ_TIMEOUT,
) -> pd.DataFrame:
    """Facts with their article's title, source, url and date, filtered (see fact_filter) and in
    a stable order."""
    where, params = fact_filter(countries, topics, statuses, since, until)
    sql = (
        f"SELECT {_column_list(schema.FACT_COLUMNS, 'f.')}, {_column_list(QUERY_EXTRA, 'a.')} "
        f"FROM {FACTS} f JOIN {ARTICLES} a ON a.{_q(schema.ARTICLE_ID)} = f.{_q(schema.ARTICLE_ID)}"
        f" WHERE {where}"
        f" ORDER BY a.{_q(schema.DATE)} NULLS LAST, f.{_q(schema.ARTICLE_ID)}, "
        f"f.{_q(schema.START)} NULLS LAST, f.{_q(schema.FACT_ID)}"
    )
    with _reader(db, timeout) as con:
        if con is None:
            return _empty(QUERY_DTYPES)
        # Through Arrow straight into the nullable dtypes: twice as fast as .df() then astype
        # for a million rows (the CLI export of everything).
        table = con.sql(sql, params=params).to_arrow_table()
    return _typed(table.to_pandas(types_mapper=_ARROW_TO_PANDAS.get), QUERY_DTYPES)


def select(
    db: Path | str, sql: str, params: Iterable = (), *, timeout: float = READ_TIMEOUT
) -> pd.DataFrame:
    """The result of one read-only query over the store (tables FACTS and ARTICLES).

    Without a database file the query runs against the empty schema in memory, so the caller
    gets an empty frame with the right columns and nothing is created on disk.
    """
    with _reader(db, timeout) as con:
        if con is not None:
            return con.execute(sql, list(params)).df()
    with duckdb.connect(":memory:", config={"python_enable_replacements": False}) as con:
        for _, _, statements in MIGRATIONS:
            for statement in statements:
                con.execute(statement)
        return con.execute(sql, list(params)).df()


def query_articles(db: Path | str, *, timeout: float = READ_TIMEOUT) -> pd.DataFrame:
    """One row per article (metadata without the text) with its fact count, oldest first."""
    sql = (
        f"SELECT {_column_list(ARTICLE_META, 'a.')}, "
        f"count(f.{_q(schema.FACT_ID)}) AS {_q(N_FACTS)} "
        f"FROM {ARTICLES} a LEFT JOIN {FACTS} f "
        f"ON f.{_q(schema.ARTICLE_ID)} = a.{_q(schema.ARTICLE_ID)} "
        f"GROUP BY ALL ORDER BY a.{_q(schema.DATE)} NULLS LAST, a.{_q(schema.ARTICLE_ID)}"
    )
    with _reader(db, timeout) as con:
        if con is None:
            return _empty(ARTICLE_LIST_DTYPES)
        frame = con.execute(sql).df()
    return _typed(frame, ARTICLE_LIST_DTYPES)


def article(db: Path | str, article_id: str, *, timeout: float = READ_TIMEOUT) -> dict | None:
    """One article with its text, as a dict keyed by schema.ARTICLE_COLUMNS, or None."""
    with _reader(db, timeout) as con:
        if con is None:
            return None
        row = con.execute(
            f"SELECT {_column_list(schema.ARTICLE_COLUMNS)} FROM {ARTICLES} "
            f"WHERE {_q(schema.ARTICLE_ID)} = ?",
            [article_id],
        ).fetchone()
    return dict(zip(schema.ARTICLE_COLUMNS, row, strict=True)) if row else None


def counts(db: Path | str, *, timeout: float = READ_TIMEOUT) -> dict:
    """{"articles", "facts", "countries" (distinct actors and partners), "latest_date"}."""
    with _reader(db, timeout) as con:
        if con is None:
            return {"articles": 0, "facts": 0, "countries": 0, "latest_date": None}
        n_articles, latest = con.execute(
            f"SELECT count(*), max({_q(schema.DATE)}) FROM {ARTICLES}"
        ).fetchone()
        n_facts, n_countries = con.execute(
            f"SELECT count(*), (SELECT count(DISTINCT c) FROM (SELECT {_q(schema.ACTOR)} AS c "
            f"FROM {FACTS} UNION SELECT {_q(schema.PARTNER)} FROM {FACTS}) WHERE c IS NOT NULL) "
            f"FROM {FACTS}"
        ).fetchone()
    return {
        "articles": int(n_articles),
        "facts": int(n_facts),
        "countries": int(n_countries),
        "latest_date": latest,
    }


def is_empty(db: Path | str, *, timeout: float = READ_TIMEOUT) -> bool:
    """True when the database is missing or holds no article."""
    return counts(db, timeout=timeout)["articles"] == 0
