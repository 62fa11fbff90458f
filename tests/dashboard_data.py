"""Hand-made articles and facts for dashboard tests, independent of the extractor.

Each fact's evidence is a sentence of its article, so offsets and highlights are real.
"""

from __future__ import annotations

import hashlib
from pathlib import Path

import pandas as pd

from pipeline import schema as s
from pipeline import store
from pipeline.documents import Article

ARTICLES = [
    {
        "path": "synthetic/us-japan.txt",
        "title": "US and Japan settle tariffs at 15%",
        "source": "Test desk",
        "date": "2025-07-23",
        "url": "https://example.org/us-japan",
        "sentences": [
            (
                "The United States will apply a 15% tariff on Japanese cars.",
                {
                    s.TOPIC: "tariff",
                    s.MEASURE: "rate",
                    s.ACTOR: "USA",
                    s.PARTNER: "JPN",
                    s.PRODUCT: "autos",
                    s.VALUE: 15.0,
                    s.UNIT: "percent",
                    s.STATUS: "agreed",
                    s.YEAR: 2025,
                },
            ),
            (
                "Japan will invest $550 billion in the United States.",
                {
                    s.TOPIC: "investment",
                    s.MEASURE: "amount",
                    s.ACTOR: "JPN",
                    s.PARTNER: "USA",
                    s.VALUE: 550e9,
                    s.UNIT: "USD",
                    s.VALUE_USD: 550e9,
                    s.STATUS: "pledged",
                },
            ),
            (
                "The US trade deficit with Japan was $68 billion in 2024.",
                {
                    s.TOPIC: "trade",
                    s.MEASURE: "balance",
                    s.ACTOR: "USA",
                    s.PARTNER: "JPN",
                    s.VALUE: -68e9,
                    s.UNIT: "USD",
                    s.VALUE_USD: -68e9,
                    s.STATUS: "reported",
                    s.YEAR: 2024,
                },
            ),
            (
                "Nippon Steel completed its $14.1 billion purchase of U.S. Steel.",
                {
                    s.TOPIC: "investment",
                    s.MEASURE: "amount",
                    s.ACTOR: "JPN",
                    s.PARTNER: "USA",
                    s.ACTOR_ENTITY: "Nippon Steel",
                    s.PARTNER_ENTITY: "U.S. Steel",
                    s.VALUE: 14.1e9,
                    s.UNIT: "USD",
                    s.VALUE_USD: 14.1e9,
                    s.STATUS: "agreed",
                },
            ),
        ],
    },
    {
        "path": "synthetic/nato-hague.txt",
        "title": "NATO allies pledge 5% of GDP by 2035",
        "source": "Test desk",
        "date": "2025-06-25",
        "url": "https://example.org/nato",
        "sentences": [
            (
                "NATO allies pledged to spend 5% of GDP on defense by 2035.",
                {
                    s.TOPIC: "defense_spending",
                    s.MEASURE: "share_gdp",
                    s.ACTOR: "NATO",
                    s.VALUE: 5.0,
                    s.UNIT: "percent_gdp",
                    s.STATUS: "pledged",
                    s.YEAR: 2035,
                },
            ),
            (
                "Germany intends to reach 3.5% of GDP by 2029.",
                {
                    s.TOPIC: "defense_spending",
                    s.MEASURE: "share_gdp",
                    s.ACTOR: "DEU",
                    s.VALUE: 3.5,
                    s.UNIT: "percent_gdp",
                    s.STATUS: "pledged",
                    s.YEAR: 2029,
                },
            ),
            (
                "Germany spent 2.1% of GDP on defense in 2024.",
                {
                    s.TOPIC: "defense_spending",
                    s.MEASURE: "share_gdp",
                    s.ACTOR: "DEU",
                    s.VALUE: 2.1,
                    s.UNIT: "percent_gdp",
                    s.STATUS: "reported",
                    s.YEAR: 2024,
                },
            ),
        ],
    },
    {
        "path": "synthetic/eu-energy.txt",
        "title": "EU agrees to buy <b>US</b> energy",
        "source": "Test desk",
        "date": "2025-08-21",
        "url": "https://example.org/eu-energy",
        "sentences": [
            (
                "The EU will purchase $750 billion of US energy over three years.",
                {
                    s.TOPIC: "energy",
                    s.MEASURE: "purchase",
                    s.ACTOR: "EUU",
                    s.PARTNER: "USA",
                    s.PRODUCT: "energy",
                    s.VALUE: 750e9,
                    s.UNIT: "USD",
                    s.VALUE_USD: 750e9,
                    s.STATUS: "agreed",
                },
            ),
            (
                "China exported $3.5 trillion of goods in 2024.",
                {
                    s.TOPIC: "trade",
                    s.MEASURE: "exports",
                    s.ACTOR: "CHN",
                    s.VALUE: 3.5e12,
                    s.UNIT: "USD",
                    s.VALUE_USD: 3.5e12,
                    s.STATUS: "reported",
                    s.YEAR: 2024,
                },
            ),
            (
                "China exported $3.4 trillion of goods in 2023.",
                {
                    s.TOPIC: "trade",
                    s.MEASURE: "exports",
                    s.ACTOR: "CHN",
                    s.VALUE: 3.4e12,
                    s.UNIT: "USD",
                    s.VALUE_USD: 3.4e12,
                    s.STATUS: "reported",
                    s.YEAR: 2023,
                },
            ),
            (
                "The US threatened a 50% tariff on EU goods.",
                {
                    s.TOPIC: "tariff",
                    s.MEASURE: "rate",
                    s.ACTOR: "USA",
                    s.PARTNER: "EUU",
                    s.VALUE: 50.0,
                    s.UNIT: "percent",
                    s.STATUS: "threatened",
                },
            ),
            ('=HYPERLINK("http://x") <script>window.__pwned=1</script> is not a fact.', None),
        ],
    },
]


def build() -> tuple[list[Article], pd.DataFrame]:
    """Articles and a typed fact frame (with article title/source/url/date like query_facts)."""
    articles: list[Article] = []
    rows: list[dict] = []
    for spec in ARTICLES:
        text = " ".join(sentence for sentence, _ in spec["sentences"]) + "\n"
        article = Article(
            path=spec["path"],
            text=text,
            title=spec["title"],
            source=spec["source"],
            date=spec["date"],
            url=spec["url"],
        )
        articles.append(article)
        for sentence, fact in spec["sentences"]:
            if fact is None:
                continue
            start = text.index(sentence)
            fact_id = hashlib.sha256(f"{article.article_id}{sentence}".encode()).hexdigest()[:16]
            rows.append(
                {
                    **fact,
                    s.DOC: spec["path"],
                    s.ARTICLE_ID: article.article_id,
                    s.FACT_ID: fact_id,
                    s.EVIDENCE: sentence,
                    s.START: start,
                    s.END: start + len(sentence),
                    s.NEGATED: False,
                    s.CONFIDENCE: 0.9,
                    s.RULE: "synthetic",
                    s.PUBLISHED: spec["date"],
                }
            )
    return articles, s.facts_frame(rows)


def query_like(articles: list[Article], facts: pd.DataFrame) -> pd.DataFrame:
    """The fact frame as store.query_facts returns it: facts plus article metadata."""
    meta = pd.DataFrame(
        {
            s.ARTICLE_ID: [a.article_id for a in articles],
            s.TITLE: [a.title for a in articles],
            s.SOURCE: [a.source for a in articles],
            s.URL: [a.url for a in articles],
            s.DATE: [a.date for a in articles],
        }
    ).astype("string")
    return facts.merge(meta, on=s.ARTICLE_ID, how="left")


def saved(db: Path, articles: list[Article] | None = None, facts: pd.DataFrame | None = None):
    """A store at `db` holding these articles and facts (by default, build()'s)."""
    if articles is None:
        articles, built = build()
        facts = built if facts is None else facts
    store.save(db, articles, facts)
    return db
