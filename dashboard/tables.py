"""Pure shaping of the long fact frame into the exact frames behind each chart and table.

Every function takes the (already filtered) fact frame and returns a new frame; what a page
draws and what its CSV download holds are the same object. No streamlit in here.
"""

from __future__ import annotations

import pandas as pd

from dashboard import names
from dashboard.filters import article_dates
from pipeline import schema as s

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

NONE = ""  # stands for a missing partner in group keys; named "Unspecified" on charts


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


def _codes(series: pd.Series) -> pd.Series:
    return series.astype("string").fillna(NONE)


def _name(series: pd.Series) -> pd.Series:
    return series.map(lambda code: names.country_name(code or None)).astype("string")


def _usd_bn(frame: pd.DataFrame) -> pd.Series:
    """USD billions from value_usd, or the stated value when its unit already is USD."""
    usd = frame[s.VALUE_USD].astype("Float64")
    stated = frame[s.VALUE].astype("Float64").where(frame[s.UNIT] == USD)
    return usd.fillna(stated) / 1e9


def _year(frame: pd.DataFrame) -> pd.Series:
    """The year a figure refers to, else the article's year."""
    article_year = pd.to_numeric(article_dates(frame).str.slice(0, 4), errors="coerce")
    return frame[s.YEAR].astype("Int64").fillna(article_year.astype("Int64"))


def _topic(frame: pd.DataFrame, topic: str, measures: tuple[str, ...] = ()) -> pd.DataFrame:
    keep = frame[s.TOPIC] == topic
    if measures:
        keep &= frame[s.MEASURE].isin(list(measures))
    return frame.loc[keep.fillna(False).astype(bool)]


def _latest_first(frame: pd.DataFrame) -> pd.DataFrame:
    return frame.assign(**{ARTICLE_DATE: article_dates(frame)}).sort_values(
        ARTICLE_DATE, ascending=False, na_position="last", kind="stable"
    )


def summary(facts: pd.DataFrame, stored: dict | None = None) -> dict:
    """Articles, facts, countries and blocs, and the latest article date among the facts.

    `stored` (store.counts of an unfiltered view) supplies the article count and latest date,
    which also cover articles that gave no fact.
    """
    codes = pd.concat([facts[s.ACTOR], facts[s.PARTNER]]).dropna().unique()
    dates = article_dates(facts).dropna()
    out = {
        "articles": int(facts[s.ARTICLE_ID].nunique()),
        "facts": len(facts),
        "countries": len(codes),
        "latest": str(dates.max()) if len(dates) else None,
    }
    if stored:
        out["articles"] = int(stored.get("articles", out["articles"]))
        out["latest"] = stored.get("latest_date") or out["latest"]
    return out


def involvement(facts: pd.DataFrame) -> pd.DataFrame:
    """One row per (fact, country involved as actor or partner)."""
    columns = [s.FACT_ID, s.TOPIC]
    actors = facts[columns].assign(**{COUNTRY: facts[s.ACTOR]})
    partners = facts[columns].assign(**{COUNTRY: facts[s.PARTNER]})
    both = pd.concat([actors, partners], ignore_index=True)
    return both.dropna(subset=[COUNTRY]).drop_duplicates([s.FACT_ID, COUNTRY])


def activity_by_country(facts: pd.DataFrame) -> pd.DataFrame:
    """Facts per country (as actor or partner), countries only: blocs have no map shape."""
    rows = involvement(facts)
    rows = rows.loc[~rows[COUNTRY].map(names.is_bloc).astype(bool)]
    counted = rows.groupby(COUNTRY, as_index=False).agg(**{FACTS: (s.FACT_ID, "size")})
    return (
        counted.assign(**{COUNTRY_NAME: _name(counted[COUNTRY])})
        .sort_values([FACTS, COUNTRY], ascending=[False, True])
        .reset_index(drop=True)[[COUNTRY, COUNTRY_NAME, FACTS]]
    )


def topic_by_country(facts: pd.DataFrame, top: int = 20) -> pd.DataFrame:
    """Facts per (policy area, country) for the `top` most active countries and blocs."""
    rows = involvement(facts)
    leaders = rows[COUNTRY].value_counts().head(top).index
    rows = rows.loc[rows[COUNTRY].isin(leaders)]
    counted = rows.groupby([s.TOPIC, COUNTRY], as_index=False).agg(**{FACTS: (s.FACT_ID, "size")})
    return counted.assign(**{COUNTRY_NAME: _name(counted[COUNTRY])})[
        [s.TOPIC, COUNTRY, COUNTRY_NAME, FACTS]
    ].reset_index(drop=True)


def weekly_by_topic(facts: pd.DataFrame) -> pd.DataFrame:
    """Facts per week of article date (weeks start on Monday) and policy area."""
    dates = pd.to_datetime(article_dates(facts), errors="coerce")
    dated = facts.assign(**{WEEK: dates}).dropna(subset=[WEEK])
    weeks = dated[WEEK].dt.to_period("W-SUN").dt.start_time.dt.strftime("%Y-%m-%d")
    counted = (
        dated.assign(**{WEEK: weeks})
        .groupby([WEEK, s.TOPIC], as_index=False)
        .agg(**{FACTS: (s.FACT_ID, "size")})
    )
    return counted.sort_values([WEEK, s.TOPIC]).reset_index(drop=True)


def _pair_columns(frame: pd.DataFrame, no_partner: str = "Unspecified") -> pd.DataFrame:
    partner = _codes(frame[s.PARTNER])
    return frame.assign(
        **{
            s.PARTNER: partner,
            ACTOR_NAME: _name(_codes(frame[s.ACTOR])),
            PARTNER_NAME: _name(partner).where(partner != NONE, no_partner),
        }
    )


def trade_balances(facts: pd.DataFrame) -> pd.DataFrame:
    """The latest reported balance per (country, partner, year), in USD billions."""
    rows = _topic(facts, TRADE, (BALANCE,))
    rows = rows.assign(**{USD_BN: _usd_bn(rows), s.YEAR: _year(rows)}).dropna(subset=[USD_BN])
    rows = _pair_columns(_latest_first(rows), no_partner="the world")
    rows = rows.drop_duplicates([s.ACTOR, s.PARTNER, s.YEAR], keep="first")
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
    ]
    return rows.sort_values(USD_BN, kind="stable")[columns].reset_index(drop=True)


def trade_flows(facts: pd.DataFrame) -> pd.DataFrame:
    """Exports and imports by year per (country, partner), latest report of each, USD billions."""
    rows = _topic(facts, TRADE, (EXPORTS, IMPORTS))
    rows = rows.assign(**{USD_BN: _usd_bn(rows), s.YEAR: _year(rows)}).dropna(
        subset=[USD_BN, s.YEAR]
    )
    rows = _pair_columns(_latest_first(rows), no_partner="the world")
    rows = rows.drop_duplicates([s.ACTOR, s.PARTNER, s.MEASURE, s.YEAR], keep="first")
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
    ]
    return rows.sort_values([FLOW, s.YEAR])[columns].reset_index(drop=True)


def tariff_rates(facts: pd.DataFrame) -> pd.DataFrame:
    """Every stated tariff rate with who imposes it, on whom, on what, and its status."""
    rows = _topic(facts, TARIFF, (RATE,))
    rows = rows.loc[rows[s.VALUE].notna() & (rows[s.UNIT] == PERCENT_UNIT).fillna(False)]
    rows = _pair_columns(_latest_first(rows), no_partner="All partners")
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
    ]
    return rows.sort_values([PARTNER_NAME, PERCENT])[columns].reset_index(drop=True)


def tariff_actions(facts: pd.DataFrame) -> pd.DataFrame:
    """Every tariff fact with an article date, for a timeline."""
    rows = _latest_first(_topic(facts, TARIFF)).dropna(subset=[ARTICLE_DATE])
    rows = _pair_columns(rows, no_partner="All partners")
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
    ]
    return rows.sort_values(ARTICLE_DATE)[columns].reset_index(drop=True)


def investment_flows(facts: pd.DataFrame) -> pd.DataFrame:
    """Investment in USD billions from investing country to destination (sum over facts)."""
    rows = _topic(facts, INVESTMENT)
    rows = rows.assign(**{USD_BN: _usd_bn(rows)}).dropna(subset=[USD_BN])
    rows = _pair_columns(rows).assign(**{s.ACTOR: _codes(rows[s.ACTOR])})
    grouped = rows.groupby([s.ACTOR, ACTOR_NAME, s.PARTNER, PARTNER_NAME], as_index=False).agg(
        **{USD_BN: (USD_BN, "sum"), FACTS: (s.FACT_ID, "size")}
    )
    return grouped.sort_values(USD_BN, ascending=False).reset_index(drop=True)


def investment_by_company(facts: pd.DataFrame) -> pd.DataFrame:
    """Investment in USD billions per named investing company."""
    rows = _topic(facts, INVESTMENT).dropna(subset=[s.ACTOR_ENTITY])
    rows = rows.assign(**{USD_BN: _usd_bn(rows)}).dropna(subset=[USD_BN])
    rows = _pair_columns(rows).assign(**{COMPANY: rows[s.ACTOR_ENTITY].astype("string")})
    grouped = rows.groupby([COMPANY, ACTOR_NAME], as_index=False).agg(
        **{USD_BN: (USD_BN, "sum"), FACTS: (s.FACT_ID, "size")}
    )
    return grouped.sort_values(USD_BN, ascending=False).reset_index(drop=True)


def defense_shares(facts: pd.DataFrame) -> pd.DataFrame:
    """Defense spending as a share of GDP per country against the year it is pledged for."""
    rows = _topic(facts, DEFENSE, (SHARE_GDP,))
    rows = rows.loc[rows[s.VALUE].notna()]
    rows = rows.assign(**{s.YEAR: _year(rows), PERCENT: rows[s.VALUE].astype("Float64")})
    rows = _pair_columns(_latest_first(rows)).dropna(subset=[s.YEAR])
    rows = rows.drop_duplicates([s.ACTOR, s.YEAR, PERCENT, s.STATUS], keep="first")
    columns = [s.ACTOR, ACTOR_NAME, s.YEAR, PERCENT, s.STATUS, ARTICLE_DATE, s.FACT_ID]
    return rows.sort_values([ACTOR_NAME, s.YEAR])[columns].reset_index(drop=True)


def energy_deals(facts: pd.DataFrame) -> pd.DataFrame:
    """Energy facts per (supplier, buyer): deal count, products and known value in USD billions.

    A purchase or project names the buyer or host as actor; a supply fact names the supplier.
    """
    rows = _topic(facts, ENERGY)
    supply = (rows[s.MEASURE] == SUPPLY).fillna(False).astype(bool)
    actor, partner = _codes(rows[s.ACTOR]), _codes(rows[s.PARTNER])
    rows = rows.assign(
        **{
            SUPPLIER: partner.where(~supply, actor),
            BUYER: actor.where(~supply, partner),
            USD_BN: _usd_bn(rows),
            s.PRODUCT: rows[s.PRODUCT].astype("string").fillna(ENERGY),
        }
    )
    grouped = rows.groupby([SUPPLIER, BUYER], as_index=False).agg(
        **{
            DEALS: (s.FACT_ID, "size"),
            USD_BN: (USD_BN, lambda v: v.sum(min_count=1)),
            PRODUCTS: (s.PRODUCT, lambda v: ", ".join(sorted(set(v)))),
        }
    )
    grouped = grouped.assign(
        **{SUPPLIER_NAME: _name(grouped[SUPPLIER]), BUYER_NAME: _name(grouped[BUYER])}
    )
    columns = [SUPPLIER, SUPPLIER_NAME, BUYER, BUYER_NAME, DEALS, USD_BN, PRODUCTS]
    return grouped.sort_values([DEALS, SUPPLIER_NAME], ascending=[False, True])[
        columns
    ].reset_index(drop=True)


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


def explorer_rows(facts: pd.DataFrame, countries: tuple[str, ...] = ()) -> pd.DataFrame:
    """The fact table: newest first, optionally narrowed to facts involving `countries`."""
    rows = facts
    if countries:
        codes = list(countries)
        rows = rows.loc[
            (
                rows[s.ACTOR].isin(codes).fillna(False) | rows[s.PARTNER].isin(codes).fillna(False)
            ).astype(bool)
        ]
    rows = _latest_first(rows)
    link = "articles?article=" + rows[s.ARTICLE_ID].astype("string")
    rows = rows.assign(**{ARTICLE_LINK: link})
    for column in EXPLORER_COLUMNS:
        if column not in rows:
            rows = rows.assign(**{column: pd.Series(pd.NA, index=rows.index, dtype="string")})
    return rows[list(EXPLORER_COLUMNS)].reset_index(drop=True)


def facts_by_country(facts: pd.DataFrame, top: int = 25) -> pd.DataFrame:
    """Facts per country involved (actor or partner) and policy area, most active first."""
    rows = topic_by_country(facts, top=top)
    totals = rows.groupby(COUNTRY)[FACTS].transform("sum")
    return (
        rows.assign(_total=totals)
        .sort_values(["_total", COUNTRY, s.TOPIC], ascending=[True, False, True])
        .drop(columns="_total")
        .reset_index(drop=True)
    )


def article_list(articles: pd.DataFrame, facts: pd.DataFrame, narrow: bool) -> pd.DataFrame:
    """Articles newest first with how many facts each gave; `narrow` keeps only those with facts
    (when filters are active, an article without a matching fact is not a source of the view)."""
    per_article = facts.groupby(s.ARTICLE_ID).size().rename(FACT_COUNT)
    rows = articles.loc[articles[s.ARTICLE_ID].isin(per_article.index)] if narrow else articles
    rows = rows.assign(
        **{FACT_COUNT: rows[s.ARTICLE_ID].map(per_article).fillna(0).astype("Int64")}
    )
    columns = [s.DATE, s.TITLE, s.SOURCE, FACT_COUNT, s.URL, s.ARTICLE_ID]
    return rows.sort_values(s.DATE, ascending=False, na_position="last")[columns].reset_index(
        drop=True
    )


def article_facts(facts: pd.DataFrame, article_id: str) -> pd.DataFrame:
    """One article's facts in text order."""
    rows = facts.loc[(facts[s.ARTICLE_ID] == article_id).fillna(False).astype(bool)]
    columns = [
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
    ]
    return rows.sort_values(s.START)[columns].reset_index(drop=True)


def article_labels(listing: pd.DataFrame) -> dict[str, str]:
    """article_id -> "date · title" for a picker, in the listing's order."""
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
