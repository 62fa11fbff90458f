"""The frames behind each chart and table, computed over the store in DuckDB SQL.

Every function takes the database and the active filters and returns a new, small frame. The
filtering, deduplication and aggregation run in SQL next to the data, so a page never holds the
fact table in memory (a million facts take a few hundred MB as pandas and seconds to load);
pandas only adds display names and the final order. What a page draws and what its CSV download
holds are the same object. A chart with one mark per fact or pair keeps the newest or largest
rows up to its limit, and then records how many there were in `frame.attrs[TOTAL]`.

The queries are shaped for a million facts on two cores: a fact's article date is read from the
fact's own copy of it (`published`, written with its article in one transaction), so most read
the facts table alone; counts are grouped on the raw columns before anything is computed per row;
the latest report per key is an arg_min over a sort key, not a window; and only the few rows a
table shows are joined to their article. No streamlit in here.
"""

from __future__ import annotations

from pathlib import Path

import pandas as pd

from dashboard import names
from dashboard.filters import Filters
from pipeline import schema as s
from pipeline import store

# Columns that exist only in chart frames (fact columns come from pipeline.schema).
COUNTRY = "country"
COUNTRY_NAME = "country_name"
ACTOR_NAME = "actor_name"
PARTNER_NAME = "partner_name"
FACTS = "facts"
WEEK = "week"
USD_BN = "usd_billion"
PERCENT = "percent"
FLOW = "flow"
PAIR = "pair"
SUPPLIER = "supplier"
BUYER = "buyer"
SUPPLIER_NAME = "supplier_name"
BUYER_NAME = "buyer_name"
PRODUCTS = "products"
DEALS = "deals"
COMPANY = "company"
ARTICLE_DATE = "article_date"
FACT_COUNT = "facts"
ARTICLE_LINK = "article_link"
TOTAL = "total"  # key in frame.attrs: rows before a chart's or table's limit

NONE = ""  # stands for a missing partner in group keys; named "Unspecified" on charts

# How much one chart or table shows at most: beyond this a chart is unreadable and the browser
# slows down; the filters narrow what is shown, the CLI export gives everything.
BAR_LIMIT = 40  # trade balance bars, investment links, company bars, energy pairs
LINE_LIMIT = 12  # export and import lines
POINT_LIMIT = 500  # tariff dots, tariff timeline, defense statements
FOCUS_LIMIT = 8  # country lines a chart starts with; more share colours and tangle
ROW_LIMIT = 1000  # Explorer and Articles tables
# A page waits at most this long for a writer before serving the last good results.
READ_TIMEOUT = 1.0


def _known(value: str, vocabulary) -> str:
    """A vocabulary word this module relies on; fails at import if the schema drops it."""
    if value not in vocabulary:
        raise ValueError(f"{value!r} is not in the schema vocabulary {tuple(vocabulary)}")
    return value


TRADE = _known("trade", s.TOPICS)
TARIFF = _known("tariff", s.TOPICS)
INVESTMENT = _known("investment", s.TOPICS)
DEFENSE = _known("defense_spending", s.TOPICS)
ENERGY = _known("energy", s.TOPICS)
BALANCE = _known("balance", s.MEASURES[TRADE])
EXPORTS = _known("exports", s.MEASURES[TRADE])
IMPORTS = _known("imports", s.MEASURES[TRADE])
RATE = _known("rate", s.MEASURES[TARIFF])
SHARE_GDP = _known("share_gdp", s.MEASURES[DEFENSE])
SUPPLY = _known("supply", s.MEASURES[ENERGY])
PERCENT_UNIT = _known("percent", s.UNITS_NON_MONEY)
USD = "USD"  # ISO 4217


# ---------------------------------------------------------------- SQL building blocks


def _q(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


# Quoted column names, so the SQL below reads like SQL.
ARTICLE_ID_, FACT_ID_, TOPIC_, MEASURE_ = map(_q, (s.ARTICLE_ID, s.FACT_ID, s.TOPIC, s.MEASURE))
ACTOR_, PARTNER_, VALUE_, UNIT_ = map(_q, (s.ACTOR, s.PARTNER, s.VALUE, s.UNIT))
YEAR_, STATUS_, START_, DATE_ = map(_q, (s.YEAR, s.STATUS, s.START, s.DATE))
VALUE_USD_, PRODUCT_, ENTITY_ = map(_q, (s.VALUE_USD, s.PRODUCT, s.ACTOR_ENTITY))
COUNTRY_, FACTS_, USD_BN_, WEEK_ = map(_q, (COUNTRY, FACTS, USD_BN, WEEK))
TITLE_, TOTAL_ = _q(s.TITLE), _q(TOTAL)

# The article date of a fact: its own copy, equal to its article's date (see the module doc).
FACT_DATE = f"f.{_q(s.PUBLISHED)}"
# USD billions from value_usd, or the stated value when its unit already is USD.
USD_SQL = f"coalesce({VALUE_USD_}, CASE WHEN {UNIT_} = '{USD}' THEN {VALUE_} END) / 1e9"
# Working columns inside the SQL below; they never reach a frame under these names.
_VALUE, _YEAR, _PARTNER_KEY = "_value", "_year", "_partner_key"


def _newest_first(alias: str = "") -> str:
    """The order store.query_facts returns, newest article first (ties keep that order)."""
    at = f"{alias}." if alias else ""
    return (
        f"{at}{DATE_} DESC NULLS LAST, {at}{ARTICLE_ID_}, {at}{START_} NULLS LAST, {at}{FACT_ID_}"
    )


# The same order as one ascending key, for arg_min: the day number negated (undated last).
_NEWEST_KEY = (
    f"struct_pack(d := coalesce(DATE '1970-01-01' - TRY_CAST({DATE_} AS DATE), 2147483647), "
    f"a := {ARTICLE_ID_}, s := coalesce({START_}, 9223372036854775807), f := {FACT_ID_})"
)


def _select(db: Path, sql: str, params=()) -> pd.DataFrame:
    return store.select(db, sql, params, timeout=READ_TIMEOUT)


def _where(chosen: Filters, *conditions: str) -> tuple[str, list]:
    """The filters and `conditions` as one SQL condition over facts `f`, with its parameters."""
    where, params = store.fact_filter(
        chosen.countries, chosen.topics, chosen.statuses, chosen.since, chosen.until, date=FACT_DATE
    )
    return " AND ".join((where, *conditions)), params


def _base(
    chosen: Filters, columns: tuple[str, ...], *conditions: str, extra: tuple = ()
) -> tuple[str, list]:
    """`WITH base AS (...)`: the facts passing the filters and `conditions` (whose parameters are
    `extra`) with `columns` and the article date, and the query parameters."""
    where, params = _where(chosen, *conditions)
    wanted = ", ".join([f"f.{_q(c)}" for c in dict.fromkeys(columns)] + [f"{FACT_DATE} AS {DATE_}"])
    sql = f"WITH base AS (SELECT {wanted} FROM {store.FACTS} f WHERE {where})"
    return sql, params + list(extra)


def _count(chosen: Filters, *conditions: str, extra: tuple = ()) -> tuple[str, list]:
    """A scalar subquery counting the facts `_base` would hold, with its parameters."""
    where, params = _where(chosen, *conditions)
    return f"(SELECT count(*) FROM {store.FACTS} f WHERE {where})", params + list(extra)


def _involving(countries: tuple[str, ...]) -> tuple[tuple[str, ...], tuple]:
    """A condition (and its parameters) keeping facts whose actor or partner is in `countries`."""
    if not countries:
        return (), ()
    codes = list(countries)
    condition = (
        f"(list_contains(?::VARCHAR[], f.{ACTOR_}) OR list_contains(?::VARCHAR[], f.{PARTNER_}))"
    )
    return (condition,), (codes, codes)


def _topic(topic: str, measures: tuple[str, ...] = ()) -> tuple[str, ...]:
    """Conditions keeping one topic (and measures); the words are schema vocabulary."""
    found = [f"f.{TOPIC_} = '{_known(topic, s.TOPICS)}'"]
    if measures:
        listed = ", ".join(f"'{_known(m, s.MEASURES[topic])}'" for m in measures)
        found.append(f"f.{MEASURE_} IN ({listed})")
    return tuple(found)


def _limited(frame: pd.DataFrame) -> pd.DataFrame:
    """Move the count column into attrs, so it is not a column of the chart or its CSV."""
    total = int(frame[TOTAL].iloc[0]) if len(frame) else 0
    frame = frame.drop(columns=TOTAL)
    frame.attrs[TOTAL] = max(total, len(frame))
    return frame


def _codes(series: pd.Series) -> pd.Series:
    return series.astype("string").fillna(NONE)


def _name(series: pd.Series) -> pd.Series:
    return series.map(lambda code: names.country_name(code or None)).astype("string")


def _pair_columns(frame: pd.DataFrame, no_partner: str = "Unspecified") -> pd.DataFrame:
    partner = _codes(frame[s.PARTNER])
    return frame.assign(
        **{
            s.PARTNER: partner,
            ACTOR_NAME: _name(_codes(frame[s.ACTOR])),
            PARTNER_NAME: _name(partner).where(partner != NONE, no_partner),
        }
    )


def _typed(frame: pd.DataFrame) -> pd.DataFrame:
    """Schema dtypes for the fact columns present (DuckDB hands back floats for nullable ints)."""
    return frame.astype({c: t for c, t in s.FACT_DTYPES.items() if c in frame})


# ---------------------------------------------------------------- overview


def summary(db: Path, chosen: Filters) -> dict:
    """Articles, facts, countries and blocs, and the latest article date among the facts.

    Without filters these are the store's own counts, which also cover articles that gave no
    fact; with filters they describe the matching facts.
    """
    if not chosen.active:
        counts = store.counts(db, timeout=READ_TIMEOUT)
        return {
            "articles": counts["articles"],
            "facts": counts["facts"],
            "countries": counts["countries"],
            "latest": counts["latest_date"],
        }
    base, params = _base(chosen, (s.ARTICLE_ID, s.ACTOR, s.PARTNER))
    row = _select(
        db,
        f"{base}, pairs AS (SELECT {ACTOR_}, {PARTNER_} FROM base GROUP BY ALL) "
        f"SELECT count(DISTINCT {ARTICLE_ID_}), count(*), (SELECT count(DISTINCT code) FROM "
        f"(SELECT {ACTOR_} AS code FROM pairs UNION ALL SELECT {PARTNER_} FROM pairs)), "
        f"max({DATE_}) FROM base",
        params,
    )
    articles, facts, countries, latest = row.iloc[0].tolist()
    return {
        "articles": int(articles),
        "facts": int(facts),
        "countries": int(countries),
        "latest": None if pd.isna(latest) else str(latest)[:10],
    }


def _involvement(chosen: Filters) -> tuple[str, list]:
    """SQL `involved`: (topic, country, n) with n the facts of that topic where the country is
    the actor or the partner (once when it is both)."""
    base, params = _base(chosen, (s.TOPIC, s.ACTOR, s.PARTNER))
    sql = (
        f"{base}, pairs AS (SELECT {TOPIC_}, {ACTOR_}, {PARTNER_}, count(*) AS n FROM base "
        f"GROUP BY ALL), involved AS ("
        f"SELECT {TOPIC_}, {ACTOR_} AS {COUNTRY_}, n FROM pairs WHERE {ACTOR_} IS NOT NULL "
        f"UNION ALL SELECT {TOPIC_}, {PARTNER_}, n FROM pairs "
        f"WHERE {PARTNER_} IS NOT NULL AND {PARTNER_} IS DISTINCT FROM {ACTOR_})"
    )
    return sql, params


def activity_by_country(db: Path, chosen: Filters) -> pd.DataFrame:
    """Facts per country (as actor or partner), countries only: blocs have no map shape."""
    involved, params = _involvement(chosen)
    blocs = ", ".join(f"'{code}'" for code in s.BLOCS)
    counted = _select(
        db,
        f"{involved} SELECT {COUNTRY_}, sum(n) AS {FACTS_} FROM involved "
        f"WHERE {COUNTRY_} NOT IN ({blocs}) GROUP BY {COUNTRY_}",
        params,
    ).astype({COUNTRY: "string", FACTS: "int64"})
    return (
        counted.assign(**{COUNTRY_NAME: _name(counted[COUNTRY])})
        .sort_values([FACTS, COUNTRY], ascending=[False, True])
        .reset_index(drop=True)[[COUNTRY, COUNTRY_NAME, FACTS]]
    )


def topic_by_country(db: Path, chosen: Filters, top: int = 20) -> pd.DataFrame:
    """Facts per (policy area, country) for the `top` most active countries and blocs."""
    involved, params = _involvement(chosen)
    counted = _select(
        db,
        f"{involved}, leaders AS (SELECT {COUNTRY_} FROM involved GROUP BY {COUNTRY_} "
        f"ORDER BY sum(n) DESC, {COUNTRY_} LIMIT {int(top)}) "
        f"SELECT {TOPIC_}, {COUNTRY_}, sum(n) AS {FACTS_} FROM involved "
        f"WHERE {COUNTRY_} IN (SELECT {COUNTRY_} FROM leaders) "
        f"GROUP BY ALL ORDER BY {TOPIC_}, {COUNTRY_}",
        params,
    ).astype({s.TOPIC: "string", COUNTRY: "string", FACTS: "int64"})
    return counted.assign(**{COUNTRY_NAME: _name(counted[COUNTRY])})[
        [s.TOPIC, COUNTRY, COUNTRY_NAME, FACTS]
    ].reset_index(drop=True)


def weekly_by_topic(db: Path, chosen: Filters) -> pd.DataFrame:
    """Facts per week of article date (weeks start on Monday) and policy area."""
    base, params = _base(chosen, (s.TOPIC,))
    week = f"strftime(date_trunc('week', TRY_CAST(left({DATE_}, 10) AS DATE)), '%Y-%m-%d')"
    return _select(
        db,
        f"{base}, days AS (SELECT {DATE_}, {TOPIC_}, count(*) AS n FROM base GROUP BY ALL) "
        f"SELECT {week} AS {WEEK_}, {TOPIC_}, sum(n) AS {FACTS_} FROM days "
        f"WHERE {WEEK_} IS NOT NULL GROUP BY ALL ORDER BY {WEEK_}, {TOPIC_}",
        params,
    ).astype({WEEK: "string", s.TOPIC: "string", FACTS: "int64"})


# ---------------------------------------------------------------- topics

# The facts a topic chart reads, beyond its value columns.
_FIELDS = (s.ARTICLE_ID, s.FACT_ID, s.START, s.ACTOR, s.PARTNER, s.YEAR, s.STATUS)


def _valued(base: str, value_sql: str, *conditions: str) -> str:
    """SQL `valued`: rows of `base` with a chart value (non-null), the year it refers to and a
    partner key (a missing partner is one group). A figure whose text gives no year keeps none:
    an article's own year is seldom the year of the numbers it reports (a 2026 story quotes
    2025's surplus)."""
    where = " AND ".join((f"{_VALUE} IS NOT NULL", *conditions))
    return (
        f"{base}, valued AS (SELECT * FROM (SELECT *, {value_sql} AS {_VALUE}, "
        f"{YEAR_} AS {_YEAR}, coalesce({PARTNER_}, '') AS {_PARTNER_KEY} FROM base) "
        f"WHERE {where})"
    )


def _latest(*keys: str) -> str:
    """SQL `latest`: of `valued`, the latest report per `keys` (store order breaks ties)."""
    return (
        f", latest AS (SELECT unnest(arg_min(valued, {_NEWEST_KEY})) FROM valued "
        f"GROUP BY {', '.join(keys)})"
    )


def _chart_rows(rows: pd.DataFrame, value: str | None) -> pd.DataFrame:
    """The working columns renamed (value to `value`, year to YEAR), fact columns typed, and the
    article date added."""
    rows = rows.drop(columns=[_PARTNER_KEY], errors="ignore")
    if _YEAR in rows:
        rows = rows.drop(columns=[s.YEAR]).rename(columns={_YEAR: s.YEAR})
    if value:
        rows = rows.rename(columns={_VALUE: value}).astype({value: "Float64"})
    rows = _typed(rows)
    return rows.assign(**{ARTICLE_DATE: rows[s.DATE].astype("string").str.slice(0, 10)})


def trade_balances(db: Path, chosen: Filters, limit: int = BAR_LIMIT) -> pd.DataFrame:
    """The latest reported balance per (country, partner, year), in USD billions; of those,
    the `limit` largest surpluses or deficits."""
    base, params = _base(
        chosen, (*_FIELDS, s.VALUE, s.VALUE_USD, s.UNIT), *_topic(TRADE, (BALANCE,))
    )
    rows = _select(
        db,
        f"{_valued(base, USD_SQL)}{_latest(ACTOR_, _PARTNER_KEY, _YEAR)} "
        f"SELECT *, (SELECT count(*) FROM latest) AS {TOTAL_} FROM latest "
        f"ORDER BY abs({_VALUE}) DESC, {_newest_first()} LIMIT {int(limit)}",
        params,
    )
    rows = _pair_columns(_chart_rows(rows, USD_BN), no_partner="the world")
    rows = rows.assign(**{PAIR: rows[ACTOR_NAME] + " with " + rows[PARTNER_NAME]})
    columns = [
        PAIR,
        s.ACTOR,
        ACTOR_NAME,
        s.PARTNER,
        PARTNER_NAME,
        s.YEAR,
        USD_BN,
        s.STATUS,
        ARTICLE_DATE,
        s.FACT_ID,
        TOTAL,
    ]
    return _limited(rows.sort_values(USD_BN, kind="stable")[columns].reset_index(drop=True))


def trade_flows(db: Path, chosen: Filters, limit: int = LINE_LIMIT) -> pd.DataFrame:
    """Exports and imports by year per (country, partner), latest report of each, in USD
    billions; the `limit` flows with the most trade over their years."""
    base, params = _base(
        chosen,
        (*_FIELDS, s.MEASURE, s.VALUE, s.VALUE_USD, s.UNIT),
        *_topic(TRADE, (EXPORTS, IMPORTS)),
    )
    flow = f"{ACTOR_}, {_PARTNER_KEY}, {MEASURE_}"
    rows = _select(
        db,
        f"{_valued(base, USD_SQL, f'{_YEAR} IS NOT NULL')}"
        f"{_latest(ACTOR_, _PARTNER_KEY, MEASURE_, _YEAR)}, "
        f"flows AS (SELECT {flow}, sum({_VALUE}) AS size, count(*) OVER () AS {TOTAL_} "
        f"FROM latest GROUP BY ALL ORDER BY size DESC, {flow} LIMIT {int(limit)}) "
        f"SELECT latest.*, flows.{TOTAL_} FROM latest JOIN flows USING ({flow})",
        params,
    )
    rows = _pair_columns(_chart_rows(rows, USD_BN), no_partner="the world")
    linker = rows[s.MEASURE].map({EXPORTS: " exports to ", IMPORTS: " imports from "})
    rows = rows.assign(**{FLOW: rows[ACTOR_NAME] + linker + rows[PARTNER_NAME]})
    columns = [
        FLOW,
        s.ACTOR,
        ACTOR_NAME,
        s.PARTNER,
        PARTNER_NAME,
        s.MEASURE,
        s.YEAR,
        USD_BN,
        ARTICLE_DATE,
        s.FACT_ID,
        TOTAL,
    ]
    return _limited(rows.sort_values([FLOW, s.YEAR])[columns].reset_index(drop=True))


def _newest(
    db: Path, chosen: Filters, columns: tuple[str, ...], conditions: tuple[str, ...], limit: int
) -> pd.DataFrame:
    """The newest `limit` facts passing the filters and `conditions`, with their count."""
    base, params = _base(chosen, columns, *conditions)
    count, count_params = _count(chosen, *conditions)
    return _select(
        db,
        f"{base} SELECT *, {count} AS {TOTAL_} FROM base "
        f"ORDER BY {_newest_first()} LIMIT {int(limit)}",
        params + count_params,
    )


def tariff_rates(db: Path, chosen: Filters, limit: int = POINT_LIMIT) -> pd.DataFrame:
    """Every stated tariff rate with who imposes it, on whom, on what, and its status; the
    newest `limit`."""
    rows = _newest(
        db,
        chosen,
        (*_FIELDS, s.PRODUCT, s.VALUE, s.UNIT),
        (*_topic(TARIFF, (RATE,)), f"f.{VALUE_} IS NOT NULL", f"f.{UNIT_} = '{PERCENT_UNIT}'"),
        limit,
    )
    rows = _pair_columns(_chart_rows(rows, None), no_partner="All partners")
    rows = rows.assign(**{PERCENT: rows[s.VALUE].astype("Float64")})
    columns = [
        PARTNER_NAME,
        s.PARTNER,
        ACTOR_NAME,
        s.ACTOR,
        s.PRODUCT,
        PERCENT,
        s.STATUS,
        s.YEAR,
        ARTICLE_DATE,
        s.FACT_ID,
        TOTAL,
    ]
    return _limited(rows.sort_values([PARTNER_NAME, PERCENT])[columns].reset_index(drop=True))


def tariff_actions(db: Path, chosen: Filters, limit: int = POINT_LIMIT) -> pd.DataFrame:
    """Every tariff fact with an article date, for a timeline; the newest `limit`."""
    rows = _newest(
        db,
        chosen,
        (*_FIELDS, s.PRODUCT, s.VALUE, s.UNIT, s.NEGATED, s.EVIDENCE),
        (*_topic(TARIFF), f"{FACT_DATE} IS NOT NULL"),
        limit,
    )
    rows = _pair_columns(_chart_rows(rows, None), no_partner="All partners")
    rows = rows.assign(
        **{PERCENT: rows[s.VALUE].astype("Float64").where(rows[s.UNIT] == PERCENT_UNIT)}
    )
    columns = [
        ARTICLE_DATE,
        ACTOR_NAME,
        s.ACTOR,
        PARTNER_NAME,
        s.PARTNER,
        s.PRODUCT,
        PERCENT,
        s.STATUS,
        s.NEGATED,
        s.EVIDENCE,
        s.FACT_ID,
        TOTAL,
    ]
    return _limited(rows.sort_values(ARTICLE_DATE, kind="stable")[columns].reset_index(drop=True))


def investment_flows(db: Path, chosen: Filters, limit: int = BAR_LIMIT) -> pd.DataFrame:
    """Investment in USD billions from investing country to destination (sum over facts); the
    `limit` largest links."""
    base, params = _base(chosen, (*_FIELDS, s.VALUE, s.VALUE_USD, s.UNIT), *_topic(INVESTMENT))
    grouped = _select(
        db,
        f"{_valued(base, USD_SQL)} SELECT coalesce({ACTOR_}, '') AS {ACTOR_}, "
        f"{_PARTNER_KEY} AS {PARTNER_}, sum({_VALUE}) AS {USD_BN_}, count(*) AS {FACTS_}, "
        f"count(*) OVER () AS {TOTAL_} FROM valued GROUP BY ALL "
        f"ORDER BY {USD_BN_} DESC, {ACTOR_}, {PARTNER_} LIMIT {int(limit)}",
        params,
    ).astype({s.ACTOR: "string", s.PARTNER: "string", USD_BN: "Float64", FACTS: "int64"})
    grouped = _pair_columns(grouped)
    columns = [s.ACTOR, ACTOR_NAME, s.PARTNER, PARTNER_NAME, USD_BN, FACTS, TOTAL]
    return _limited(grouped[columns].reset_index(drop=True))


def investment_by_company(db: Path, chosen: Filters, limit: int = BAR_LIMIT) -> pd.DataFrame:
    """Investment in USD billions per named investing company; the `limit` largest."""
    base, params = _base(
        chosen,
        (*_FIELDS, s.ACTOR_ENTITY, s.VALUE, s.VALUE_USD, s.UNIT),
        *_topic(INVESTMENT),
        f"f.{ENTITY_} IS NOT NULL",
    )
    company = _q(COMPANY)
    grouped = _select(
        db,
        f"{_valued(base, USD_SQL)} SELECT {ENTITY_} AS {company}, "
        f"coalesce({ACTOR_}, '') AS {ACTOR_}, sum({_VALUE}) AS {USD_BN_}, "
        f"count(*) AS {FACTS_}, count(*) OVER () AS {TOTAL_} FROM valued GROUP BY ALL "
        f"ORDER BY {USD_BN_} DESC, {company} LIMIT {int(limit)}",
        params,
    ).astype({COMPANY: "string", s.ACTOR: "string", USD_BN: "Float64", FACTS: "int64"})
    grouped = grouped.assign(**{ACTOR_NAME: _name(grouped[s.ACTOR])})
    return _limited(grouped[[COMPANY, ACTOR_NAME, USD_BN, FACTS, TOTAL]].reset_index(drop=True))


def defense_shares(db: Path, chosen: Filters, limit: int = POINT_LIMIT) -> pd.DataFrame:
    """Defense spending as a share of GDP per country against the year it refers to: each
    distinct (country, year, share, status) statement once, the newest `limit`."""
    base, params = _base(chosen, (*_FIELDS, s.VALUE), *_topic(DEFENSE, (SHARE_GDP,)))
    rows = _select(
        db,
        f"{_valued(base, VALUE_, f'{_YEAR} IS NOT NULL')}"
        f"{_latest(ACTOR_, _YEAR, _VALUE, STATUS_)} "
        f"SELECT *, (SELECT count(*) FROM latest) AS {TOTAL_} FROM latest "
        f"ORDER BY {_newest_first()} LIMIT {int(limit)}",
        params,
    )
    rows = _pair_columns(_chart_rows(rows, PERCENT))
    columns = [s.ACTOR, ACTOR_NAME, s.YEAR, PERCENT, s.STATUS, ARTICLE_DATE, s.FACT_ID, TOTAL]
    return _limited(rows.sort_values([ACTOR_NAME, s.YEAR])[columns].reset_index(drop=True))


def _undated(chosen: Filters, value_sql: str, *conditions: str) -> tuple[str, list]:
    """SQL counting the facts passing the filters and `conditions` that a chart against the year
    would draw (their `value_sql` is not null) but for their missing year."""
    count, params = _count(chosen, *conditions, f"({value_sql}) IS NOT NULL", f"f.{YEAR_} IS NULL")
    return f"SELECT {count}", params


def undated_flows(db: Path, chosen: Filters) -> int:
    """Export and import figures in USD that trade_flows leaves out for want of a year."""
    sql, params = _undated(chosen, USD_SQL, *_topic(TRADE, (EXPORTS, IMPORTS)))
    return int(_select(db, sql, params).iloc[0, 0])


def undated_shares(db: Path, chosen: Filters) -> int:
    """Shares of GDP that defense_shares leaves out for want of a year."""
    sql, params = _undated(chosen, VALUE_, *_topic(DEFENSE, (SHARE_GDP,)))
    return int(_select(db, sql, params).iloc[0, 0])


def busiest_actors(
    frame: pd.DataFrame, preferred: tuple[str, ...] = (), limit: int = FOCUS_LIMIT
) -> tuple[str, ...]:
    """The countries a chart with one line per actor starts with: those of `preferred` (the
    sidebar's choice) that act in `frame`, else the `limit` with the most rows, the newest
    article first among equals. Empty when that is every actor in the frame, read as "all"."""
    ranked = actors_by_rows(frame)
    acting = [code for code in preferred if code in ranked]
    picks = acting or ranked[:limit]
    return () if set(picks) == set(ranked) else tuple(picks)


def actors_by_rows(frame: pd.DataFrame) -> list[str]:
    """The frame's actor codes, most rows first, then the newest article, then the code."""
    counts = (
        frame.assign(**{s.ACTOR: _codes(frame[s.ACTOR])})
        .groupby(s.ACTOR, as_index=False)
        .agg(rows=(s.ACTOR, "size"), newest=(ARTICLE_DATE, "max"))
        .sort_values(["rows", "newest", s.ACTOR], ascending=[False, False, True])
    )
    return counts[s.ACTOR].tolist()


def cut_by_limit(frame: pd.DataFrame) -> bool:
    """Whether the query's limit left rows out of `frame`."""
    return frame.attrs.get(TOTAL, len(frame)) > len(frame)


def of_actors(frame: pd.DataFrame, codes: tuple[str, ...]) -> pd.DataFrame:
    """The rows whose actor is one of `codes`, or every row when `codes` is empty. The rows the
    query's limit left out still count in attrs[TOTAL]: a frame cut by the limit must have been
    queried for `codes` alone (see views/defense.py) for that count to be theirs."""
    if not codes:
        return frame
    kept = frame[_codes(frame[s.ACTOR]).isin(list(codes))].reset_index(drop=True)
    left_out = frame.attrs.get(TOTAL, len(frame)) - len(frame)
    kept.attrs = {**frame.attrs, TOTAL: len(kept) + left_out}
    return kept


def energy_deals(db: Path, chosen: Filters, limit: int = BAR_LIMIT) -> pd.DataFrame:
    """Energy facts per (supplier, buyer): deal count, products and known value in USD billions;
    the `limit` pairs with the most deals.

    A purchase or project names the buyer or host as actor; a supply fact names the supplier.
    """
    base, params = _base(
        chosen, (*_FIELDS, s.MEASURE, s.PRODUCT, s.VALUE, s.VALUE_USD, s.UNIT), *_topic(ENERGY)
    )
    supply = f"{MEASURE_} = '{SUPPLY}'"
    actor, partner = f"coalesce({ACTOR_}, '')", f"coalesce({PARTNER_}, '')"
    product = f"coalesce({PRODUCT_}, '{ENERGY}')"
    grouped = _select(
        db,
        f"{base} SELECT CASE WHEN {supply} THEN {actor} ELSE {partner} END AS {_q(SUPPLIER)}, "
        f"CASE WHEN {supply} THEN {partner} ELSE {actor} END AS {_q(BUYER)}, "
        f"count(*) AS {_q(DEALS)}, sum({USD_SQL}) AS {USD_BN_}, "
        f"string_agg(DISTINCT {product}, ', ' ORDER BY {product}) AS {_q(PRODUCTS)}, "
        f"count(*) OVER () AS {TOTAL_} FROM base GROUP BY ALL "
        f"ORDER BY {_q(DEALS)} DESC, {_q(SUPPLIER)}, {_q(BUYER)} LIMIT {int(limit)}",
        params,
    ).astype(
        {SUPPLIER: "string", BUYER: "string", DEALS: "int64", USD_BN: "Float64", PRODUCTS: "string"}
    )
    grouped = grouped.assign(
        **{SUPPLIER_NAME: _name(grouped[SUPPLIER]), BUYER_NAME: _name(grouped[BUYER])}
    )
    columns = [SUPPLIER, SUPPLIER_NAME, BUYER, BUYER_NAME, DEALS, USD_BN, PRODUCTS, TOTAL]
    return _limited(
        grouped.sort_values([DEALS, SUPPLIER_NAME], ascending=[False, True])[columns].reset_index(
            drop=True
        )
    )


# ---------------------------------------------------------------- evidence

EXPLORER_COLUMNS = (
    ARTICLE_DATE,
    s.TOPIC,
    s.MEASURE,
    s.ACTOR,
    s.PARTNER,
    s.VALUE,
    s.UNIT,
    s.STATUS,
    s.EVIDENCE,
    s.TITLE,
    ARTICLE_LINK,
    s.PRODUCT,
    s.YEAR,
    s.ACTOR_ENTITY,
    s.PARTNER_ENTITY,
    s.VALUE_USD,
    s.NEGATED,
    s.FACT_ID,
)


def explorer_rows(
    db: Path, chosen: Filters, countries: tuple[str, ...] = (), limit: int = ROW_LIMIT
) -> pd.DataFrame:
    """The fact table, newest first, optionally narrowed to facts involving `countries`; the
    newest `limit` rows, with their article's title."""
    picked, extra = _involving(countries)
    fact_columns = [c for c in EXPLORER_COLUMNS if c in s.FACT_DTYPES]
    base, params = _base(chosen, (*fact_columns, s.ARTICLE_ID, s.START), *picked, extra=extra)
    count, count_params = _count(chosen, *picked, extra=extra)
    rows = _select(
        db,
        f"{base}, shown AS (SELECT * FROM base ORDER BY {_newest_first()} LIMIT {int(limit)}) "
        f"SELECT shown.*, a.{TITLE_}, {count} AS {TOTAL_} FROM shown "
        f"JOIN {store.ARTICLES} a ON a.{ARTICLE_ID_} = shown.{ARTICLE_ID_} "
        f"ORDER BY {_newest_first('shown')}",
        params + count_params,
    )
    rows = _typed(rows).astype({s.TITLE: "string"})
    rows = rows.assign(
        **{
            ARTICLE_DATE: rows[s.DATE].astype("string").str.slice(0, 10),
            ARTICLE_LINK: "articles?article=" + rows[s.ARTICLE_ID].astype("string"),
        }
    )
    return _limited(rows[[*EXPLORER_COLUMNS, TOTAL]].reset_index(drop=True))


def facts_by_country(db: Path, chosen: Filters, top: int = 25) -> pd.DataFrame:
    """Facts per country involved (actor or partner) and policy area, most active first."""
    rows = topic_by_country(db, chosen, top=top)
    totals = rows.groupby(COUNTRY)[FACTS].transform("sum")
    return (
        rows.assign(_total=totals)
        .sort_values(["_total", COUNTRY, s.TOPIC], ascending=[True, False, True])
        .drop(columns="_total")
        .reset_index(drop=True)
    )


def country_pairs(db: Path) -> pd.DataFrame:
    """Every distinct (actor, partner) in the store, unfiltered: the country options."""
    return _select(db, f"SELECT DISTINCT {ACTOR_}, {PARTNER_} FROM {store.FACTS} f").astype(
        {s.ACTOR: "string", s.PARTNER: "string"}
    )


ARTICLE_COLUMNS = (s.DATE, s.TITLE, s.SOURCE, FACT_COUNT, s.URL, s.ARTICLE_ID)


def article_list(db: Path, chosen: Filters, limit: int = ROW_LIMIT) -> pd.DataFrame:
    """Articles newest first with how many (matching) facts each gave; the newest `limit`.

    With filters active only articles with a matching fact are listed (an article without one
    is not a source of the view); without, every article, also those that gave no fact.
    """
    listed = ", ".join(f"a.{_q(c)}" for c in ARTICLE_COLUMNS if c != FACT_COUNT)
    order = f"a.{DATE_} DESC NULLS LAST, a.{ARTICLE_ID_}"
    if chosen.active:
        where, params = _where(chosen)
        sql = (
            f"WITH matching AS (SELECT f.{ARTICLE_ID_}, count(*) AS n FROM {store.FACTS} f "
            f"WHERE {where} GROUP BY ALL) "
            f"SELECT {listed}, m.n AS {_q(FACT_COUNT)}, count(*) OVER () AS {TOTAL_} "
            f"FROM {store.ARTICLES} a JOIN matching m ON m.{ARTICLE_ID_} = a.{ARTICLE_ID_} "
            f"ORDER BY {order} LIMIT {int(limit)}"
        )
    else:
        params = []
        sql = (
            f"WITH shown AS (SELECT {listed} FROM {store.ARTICLES} a ORDER BY {order} "
            f"LIMIT {int(limit)}), counted AS (SELECT f.{ARTICLE_ID_}, count(*) AS n "
            f"FROM {store.FACTS} f SEMI JOIN shown ON shown.{ARTICLE_ID_} = f.{ARTICLE_ID_} "
            f"GROUP BY ALL) "
            f"SELECT a.*, coalesce(c.n, 0) AS {_q(FACT_COUNT)}, "
            f"(SELECT count(*) FROM {store.ARTICLES}) AS {TOTAL_} FROM shown a "
            f"LEFT JOIN counted c ON c.{ARTICLE_ID_} = a.{ARTICLE_ID_} ORDER BY {order}"
        )
    rows = _select(db, sql, params)
    types = {c: s.ARTICLE_DTYPES[c] for c in ARTICLE_COLUMNS if c in s.ARTICLE_DTYPES}
    rows = rows.astype({**types, FACT_COUNT: "Int64"})
    return _limited(rows[[*ARTICLE_COLUMNS, TOTAL]].reset_index(drop=True))


ARTICLE_FACT_COLUMNS = (
    s.START,
    s.END,
    s.TOPIC,
    s.MEASURE,
    s.ACTOR,
    s.PARTNER,
    s.PRODUCT,
    s.VALUE,
    s.UNIT,
    s.YEAR,
    s.STATUS,
    s.NEGATED,
    s.EVIDENCE,
    s.FACT_ID,
)


def article_facts(db: Path, chosen: Filters, article_id: str) -> pd.DataFrame:
    """One article's facts that pass the filters, in text order."""
    base, params = _base(chosen, ARTICLE_FACT_COLUMNS, f"f.{ARTICLE_ID_} = ?", extra=(article_id,))
    rows = _select(
        db, f"{base} SELECT * FROM base ORDER BY {START_} NULLS LAST, {FACT_ID_}", params
    )
    return _typed(rows)[list(ARTICLE_FACT_COLUMNS)].reset_index(drop=True)


def article_labels(listing: pd.DataFrame, first: dict | None = None) -> dict[str, str]:
    """article_id -> "date · title" for a picker, in the listing's order; `first` (a record of
    store.article) goes in front, for an article the listing leaves out."""
    if first:
        listing = pd.concat(
            [pd.DataFrame([first])[listing.columns.intersection(list(first))], listing]
        )
    dates = listing[s.DATE].astype("string").fillna("undated")
    titles = listing[s.TITLE].astype("string").fillna("(untitled)")
    return dict(zip(listing[s.ARTICLE_ID], dates + " · " + titles, strict=True))


def fact_note(record: dict) -> str:
    """A one-line description of a fact for a highlight's tooltip."""
    value = record.get(s.VALUE)
    unit = record.get(s.UNIT)
    amount = "" if value is None or pd.isna(value) else f" {value:,.4g} {unit or ''}".rstrip()
    partner = record.get(s.PARTNER)
    partner = "" if partner is None or pd.isna(partner) else f" → {partner}"
    return (
        f"{names.topic_label(record.get(s.TOPIC))} {record.get(s.MEASURE)}: "
        f"{record.get(s.ACTOR)}{partner}{amount} ({record.get(s.STATUS)})"
    )


PREVIEW_COLUMNS = (
    s.TOPIC,
    s.MEASURE,
    s.ACTOR,
    s.PARTNER,
    s.VALUE,
    s.UNIT,
    s.STATUS,
    s.EVIDENCE,
    s.PRODUCT,
    s.YEAR,
    s.ACTOR_ENTITY,
    s.PARTNER_ENTITY,
    s.NEGATED,
    s.DOC,
    s.FACT_ID,
)


def preview_rows(facts: pd.DataFrame) -> pd.DataFrame:
    """Extracted facts before saving, the evidence near the front."""
    return facts[[c for c in PREVIEW_COLUMNS if c in facts]].reset_index(drop=True)
