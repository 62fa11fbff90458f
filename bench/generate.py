"""Generated inputs for the benchmarks: article files derived from sample_data, and a fact store
of any size written in bulk.

`generate(folder, count)` writes distinct .txt articles: the sample_data articles rewritten with
other country names, numbers and dates, so every one has its own content id (nothing is skipped
as unchanged) and the extractor sees realistic text.

`write_store(db, n_facts)` fills a fresh store with synthetic facts: a skewed mix of countries
(a few very active, a long tail), the topic, measure and status mix the extractor produces on
sample_data, values in each measure's usual range and unit, article dates over ten years with more
news in recent ones. Each article's text is its facts' evidence sentences, so offsets and
highlights are real. The schema comes from pipeline.store (its migrations create the tables) and
the rows go in with one bulk INSERT ... SELECT from an Arrow table per table, not row by row.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import random
import re
from pathlib import Path

import duckdb
import numpy as np
import pandas as pd
import pyarrow as pa

from pipeline import documents, schema, store

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = ROOT / "sample_data" / "articles"

# ---------------------------------------------------------------- article files

COUNTRIES = (
    "Japan", "South Korea", "Germany", "France", "Canada", "Mexico", "India", "Brazil",
    "Australia", "Vietnam", "Indonesia", "Italy", "Spain", "Poland", "Turkey", "Taiwan",
    "the United Kingdom", "Switzerland", "Norway", "Thailand",
)  # fmt: skip
_COUNTRY = re.compile(r"\b(" + "|".join(re.escape(c) for c in COUNTRIES) + r")\b")
_NUMBER = re.compile(r"(?<![\w.])(\d{1,3}(?:,\d{3})+|\d+)(\.\d+)?(?![\w])")


def _vary_number(match: re.Match, rng: random.Random) -> str:
    whole, fraction = match.group(1), match.group(2) or ""
    value = int(whole.replace(",", ""))
    if 1990 <= value <= 2040 and not fraction:  # a year: move it a little
        return str(value + rng.randint(-2, 2))
    factor = rng.uniform(0.5, 1.5)
    if fraction:
        decimals = len(fraction) - 1
        return f"{(value + float(fraction)) * factor:.{decimals}f}"
    scaled = max(1, round(value * factor))
    return f"{scaled:,}" if "," in whole else str(scaled)


def vary(text: str, rng: random.Random) -> str:
    """The same article about other countries, with other numbers."""
    swap = dict(zip(COUNTRIES, rng.sample(COUNTRIES, len(COUNTRIES)), strict=True))
    text = _COUNTRY.sub(lambda m: swap[m.group(1)], text)
    return _NUMBER.sub(lambda m: _vary_number(m, rng), text)


def sample_articles() -> list[documents.Article]:
    paths, _ = documents.iter_paths([str(SAMPLES)])
    found = [a for path in paths for a in documents.read_file(path)[0]]
    if not found:
        raise SystemExit(f"no sample articles under {SAMPLES}")
    return found


def generate(folder: Path, count: int, seed: int = 7) -> int:
    """Write `count` distinct .txt articles derived from sample_data into `folder`."""
    bases = sample_articles()
    rng = random.Random(seed)
    seen: set[str] = set()
    folder.mkdir(parents=True, exist_ok=True)
    written = 0
    while written < count:
        base = bases[written % len(bases)]
        body = vary(base.text, rng)
        key = documents.content_id(body)
        if key in seen:
            continue
        seen.add(key)
        day = f"{rng.randint(2023, 2025)}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
        header = [
            f"title: {vary(base.title or 'Untitled', rng)}",
            f"source: {base.source or 'bench'}",
            f"date: {day}",
            f"url: https://example.org/bench/{written}",
        ]
        (folder / f"article-{written:05d}.txt").write_text(
            "\n".join(header) + "\n\n" + body, encoding="utf-8"
        )
        written += 1
    return written


# ---------------------------------------------------------------- synthetic facts

# (code, name, weight): news coverage is very uneven; blocs act as well.
ACTORS = (
    ("USA", "the United States", 30), ("CHN", "China", 14), ("EUU", "the European Union", 9),
    ("JPN", "Japan", 6), ("DEU", "Germany", 5), ("GBR", "the United Kingdom", 5),
    ("CAN", "Canada", 5), ("MEX", "Mexico", 4), ("IND", "India", 4), ("KOR", "South Korea", 4),
    ("FRA", "France", 3), ("RUS", "Russia", 3), ("NATO", "NATO", 2), ("POL", "Poland", 2),
    ("BRA", "Brazil", 2), ("AUS", "Australia", 2), ("TWN", "Taiwan", 2), ("VNM", "Vietnam", 2),
    ("ITA", "Italy", 1.5), ("TUR", "Turkey", 1.5), ("SAU", "Saudi Arabia", 1.5),
    ("IDN", "Indonesia", 1), ("ESP", "Spain", 1), ("NLD", "the Netherlands", 1),
    ("CHE", "Switzerland", 1), ("NOR", "Norway", 1), ("QAT", "Qatar", 1), ("UKR", "Ukraine", 1),
    ("THA", "Thailand", 0.8), ("MYS", "Malaysia", 0.8), ("SGP", "Singapore", 0.8),
    ("ISR", "Israel", 0.8), ("ARE", "the United Arab Emirates", 0.8), ("ZAF", "South Africa", 0.6),
    ("ARG", "Argentina", 0.6), ("CHL", "Chile", 0.5), ("SWE", "Sweden", 0.5),
    ("FIN", "Finland", 0.5), ("DNK", "Denmark", 0.5), ("BEL", "Belgium", 0.5),
    ("AUT", "Austria", 0.4), ("CZE", "Czechia", 0.4), ("ROU", "Romania", 0.4),
    ("GRC", "Greece", 0.4), ("PHL", "the Philippines", 0.4), ("NZL", "New Zealand", 0.4),
    ("COL", "Colombia", 0.3), ("PER", "Peru", 0.3), ("EGY", "Egypt", 0.3),
    ("NGA", "Nigeria", 0.3), ("PAK", "Pakistan", 0.3), ("BGD", "Bangladesh", 0.3),
    ("KAZ", "Kazakhstan", 0.3), ("AZE", "Azerbaijan", 0.2), ("DZA", "Algeria", 0.2),
    ("IRN", "Iran", 0.2), ("IRQ", "Iraq", 0.2), ("LTU", "Lithuania", 0.2),
    ("LVA", "Latvia", 0.2), ("EST", "Estonia", 0.2), ("PRT", "Portugal", 0.2),
    ("HUN", "Hungary", 0.2), ("IRL", "Ireland", 0.2), ("KWT", "Kuwait", 0.15),
    ("OMN", "Oman", 0.15), ("MAR", "Morocco", 0.15), ("KEN", "Kenya", 0.1),
    ("ETH", "Ethiopia", 0.1), ("GHA", "Ghana", 0.1), ("ECU", "Ecuador", 0.1),
)  # fmt: skip

# topic -> weight, measures {measure: weight}, statuses {status: weight}
TOPIC_MIX = {
    "tariff": (0.35, {"rate": 1}, {
        "imposed": 30, "announced": 15, "threatened": 12, "agreed": 14, "lifted": 12,
        "delayed": 7, "planned": 6, "reported": 4,
    }),
    "trade": (0.27, {"balance": 55, "exports": 17, "imports": 17, "total": 8, "share": 3}, {
        "reported": 90, "planned": 4, "pledged": 3, "agreed": 3,
    }),
    "defense_spending": (0.17, {"share_gdp": 50, "budget": 38, "purchase": 12}, {
        "pledged": 35, "reported": 30, "planned": 15, "announced": 10, "agreed": 10,
    }),
    "investment": (0.11, {"amount": 1}, {
        "pledged": 35, "announced": 25, "agreed": 15, "reported": 15, "planned": 10,
    }),
    "energy": (0.10, {"purchase": 70, "supply": 20, "project": 10}, {
        "agreed": 35, "planned": 20, "announced": 15, "reported": 15, "pledged": 10,
        "delayed": 5,
    }),
}  # fmt: skip
TARIFF_PRODUCTS = (
    "steel", "aluminum", "autos", "auto parts", "semiconductors", "electric vehicles", "lumber",
    "copper", "pharmaceuticals", "soybeans", "solar panels", "wine", "whisky", "textiles",
)  # fmt: skip
ENERGY_PRODUCTS = ("lng", "crude oil", "natural gas", "coal", "uranium", "hydrogen")
COMPANIES = (
    ("Nippon Steel", "JPN"), ("Hyundai", "KOR"), ("TSMC", "TWN"), ("Samsung", "KOR"),
    ("Toyota", "JPN"), ("Volkswagen", "DEU"), ("SoftBank", "JPN"), ("Novartis", "CHE"),
    ("Rheinmetall", "DEU"), ("Apple", "USA"), ("Siemens", "DEU"), ("Honda", "JPN"),
    ("LG Energy Solution", "KOR"), ("CATL", "CHN"), ("BYD", "CHN"), ("Aramco", "SAU"),
)  # fmt: skip
SOURCES = (
    "Reuters", "Associated Press", "Bloomberg", "Financial Times", "Nikkei Asia", "Politico",
    "The Guardian", "Le Monde", "Yonhap", "South China Morning Post", "Handelsblatt", "AFP",
)  # fmt: skip
# per-unit USD rate and weight of the currency a money figure is stated in
CURRENCIES = {"USD": (1.0, 80), "EUR": (1.08, 10), "JPY": (0.0067, 4), "GBP": (1.27, 3),
              "CNY": (0.14, 2), "KRW": (0.00073, 1)}  # fmt: skip
FIRST_DAY, LAST_DAY = dt.date(2016, 1, 1), dt.date(2026, 6, 30)
FACTS_PER_ARTICLE = 8


def _pick(rng: np.random.Generator, options, weights, size: int) -> np.ndarray:
    p = np.asarray(weights, dtype=float)
    return np.asarray(options, dtype=object)[rng.choice(len(options), size=size, p=p / p.sum())]


def _money_words(value: np.ndarray) -> list[str]:
    out = []
    for v in value:
        a = abs(v)
        out.append(f"{a / 1e12:.2f} trillion" if a >= 1e12 else f"{a / 1e9:.1f} billion")
    return out


def synthetic(n_facts: int, seed: int = 11) -> tuple[pd.DataFrame, pd.DataFrame]:
    """(articles, facts) frames with the store's columns and dtypes."""
    rng = np.random.default_rng(seed)
    n_articles = max(1, n_facts // FACTS_PER_ARTICLE)
    # facts per article: around FACTS_PER_ARTICLE, at least one, summing to n_facts
    per = np.maximum(1, rng.poisson(FACTS_PER_ARTICLE - 1, n_articles) + 1)
    per = np.maximum(1, np.round(per * n_facts / per.sum()).astype(int))
    per[-1] += n_facts - per.sum()
    while per[-1] < 1:  # rounding overshot: take the excess from the largest articles
        big = per.argmax()
        per[big] -= 1
        per[-1] += 1
    owner = np.repeat(np.arange(n_articles), per)

    # article dates: ten years, about three times more news per day at the end than the start
    span = (LAST_DAY - FIRST_DAY).days
    offsets = (span * np.sqrt(rng.uniform(0.1, 1.0, n_articles))).astype(int)
    dates = pd.Series(np.datetime64(FIRST_DAY) + offsets.astype("timedelta64[D]"))
    day_text = dates.dt.strftime("%Y-%m-%d").to_numpy(dtype=object)
    years = dates.dt.year.to_numpy()

    codes = [c for c, _, _ in ACTORS]
    names = {c: n for c, n, _ in ACTORS}
    weights = [w for _, _, w in ACTORS]
    topics = list(TOPIC_MIX)
    topic = _pick(rng, topics, [TOPIC_MIX[t][0] for t in topics], n_facts)
    measure = np.empty(n_facts, dtype=object)
    status = np.empty(n_facts, dtype=object)
    for name, (_, measures, statuses) in TOPIC_MIX.items():
        rows = topic == name
        k = int(rows.sum())
        measure[rows] = _pick(rng, list(measures), list(measures.values()), k)
        status[rows] = _pick(rng, list(statuses), list(statuses.values()), k)

    actor = _pick(rng, codes, weights, n_facts)
    actor[(topic == "defense_spending") & (rng.uniform(size=n_facts) < 0.05)] = "NATO"
    partner_weights = [0 if c == "NATO" else w for c, w in zip(codes, weights, strict=True)]
    partner = _pick(rng, codes, partner_weights, n_facts)
    partner[partner == actor] = "USA"
    partner[partner == actor] = "CHN"
    no_partner = rng.uniform(size=n_facts) < np.where(
        np.isin(topic, ["tariff", "trade", "investment", "energy"]), 0.2, 0.85
    )
    partner[no_partner] = None

    # values and units by measure
    value = np.full(n_facts, np.nan)
    unit = np.empty(n_facts, dtype=object)
    money = np.zeros(n_facts, dtype=bool)
    lognormal = rng.lognormal
    is_ = {key: (topic == key[0]) & (measure == key[1]) for key in (
        ("tariff", "rate"), ("trade", "balance"), ("trade", "exports"), ("trade", "imports"),
        ("trade", "total"), ("trade", "share"), ("defense_spending", "share_gdp"),
        ("defense_spending", "budget"), ("defense_spending", "purchase"),
        ("investment", "amount"), ("energy", "purchase"), ("energy", "supply"),
        ("energy", "project"))}  # fmt: skip
    rate = is_["tariff", "rate"]
    value[rate] = rng.choice([5, 10, 15, 20, 25, 30, 34, 35, 45, 50, 100, 125, 145], rate.sum())
    unit[rate] = "percent"
    share = is_["trade", "share"]
    value[share] = np.round(rng.uniform(0.5, 40, share.sum()), 1)
    unit[share] = "percent"
    gdp = is_["defense_spending", "share_gdp"]
    value[gdp] = np.round(rng.uniform(0.8, 5.5, gdp.sum()), 1)
    unit[gdp] = "percent_gdp"
    balance = is_["trade", "balance"]
    value[balance] = np.round(lognormal(24.5, 1.3, balance.sum()), -8) * rng.choice(
        [-1, 1], balance.sum(), p=[0.6, 0.4]
    )
    for key, (mu, sigma) in {
        ("trade", "exports"): (25.5, 1.2), ("trade", "imports"): (25.5, 1.2),
        ("trade", "total"): (26, 1.0), ("defense_spending", "budget"): (24, 1.2),
        ("defense_spending", "purchase"): (21.5, 1.3), ("investment", "amount"): (22.5, 1.6),
        ("energy", "purchase"): (22, 1.5), ("energy", "project"): (21.5, 1.2),
    }.items():  # fmt: skip
        rows = is_[key]
        value[rows] = np.round(lognormal(mu, sigma, rows.sum()), -6)
    money[(~np.isnan(value)) & (unit == None)] = True  # noqa: E711  (elementwise)
    cur_names = list(CURRENCIES)
    unit[money] = _pick(rng, cur_names, [CURRENCIES[c][1] for c in cur_names], int(money.sum()))
    supply = is_["energy", "supply"]
    value[supply] = np.round(lognormal(15, 1.0, supply.sum()), -3)
    unit[supply] = _pick(rng, ["t", "m3", "bbl_per_day"], [3, 5, 2], int(supply.sum()))
    fx = np.array([CURRENCIES.get(u, (np.nan, 0))[0] for u in unit])
    value_usd = np.where(money, value * fx, np.nan)

    product = np.full(n_facts, None, dtype=object)
    tariff = topic == "tariff"
    with_product = tariff & (rng.uniform(size=n_facts) < 0.5)
    product[with_product] = _pick(
        rng, TARIFF_PRODUCTS, [1] * len(TARIFF_PRODUCTS), int(with_product.sum())
    )  # noqa: E501
    energy = (topic == "energy") & (rng.uniform(size=n_facts) < 0.8)
    product[energy] = _pick(rng, ENERGY_PRODUCTS, [5, 4, 3, 1, 1, 1], int(energy.sum()))
    actor_entity = np.full(n_facts, None, dtype=object)
    firm = (topic == "investment") & (rng.uniform(size=n_facts) < 0.25)
    picked = rng.choice(len(COMPANIES), int(firm.sum()))
    actor_entity[firm] = [COMPANIES[i][0] for i in picked]
    actor[firm] = [COMPANIES[i][1] for i in picked]

    fact_year = years[owner] + rng.integers(-1, 1, n_facts, endpoint=True)
    ahead = np.isin(status, ["pledged", "planned"])
    fact_year[ahead] = years[owner][ahead] + rng.integers(1, 10, int(ahead.sum()))
    year = pd.array(fact_year, dtype="Int64")
    year[rng.uniform(size=n_facts) < 0.35] = pd.NA

    evidence = _evidence(topic, measure, status, actor, partner, product, value, unit, names)
    # each article's text is its evidence sentences, one after another
    lengths = np.fromiter((len(e) + 1 for e in evidence), dtype=np.int64, count=n_facts)
    ends = np.cumsum(lengths)
    group_start = np.repeat(ends[np.cumsum(per) - per] - lengths[np.cumsum(per) - per], per)
    start = ends - lengths - group_start
    text = pd.Series(evidence).groupby(owner).agg(" ".join).to_numpy(dtype=object)
    article_ids = np.array([documents.content_id(t) for t in text], dtype=object)
    titles = [
        f"{names.get(a, a)[:1].upper()}{names.get(a, a)[1:]} and "
        f"{'the world' if p is None else names.get(p, p)}: "
        f"{t.replace('_', ' ')} {s}"
        for a, p, t, s in zip(
            actor[np.cumsum(per) - per],
            partner[np.cumsum(per) - per],
            topic[np.cumsum(per) - per],
            status[np.cumsum(per) - per],
            strict=True,
        )
    ]
    paths = [f"synthetic/article-{i:07d}.txt" for i in range(n_articles)]
    articles = pd.DataFrame(
        {
            schema.ARTICLE_ID: article_ids,
            schema.PATH: paths,
            schema.TITLE: titles,
            schema.SOURCE: _pick(rng, SOURCES, [1] * len(SOURCES), n_articles),
            schema.DATE: day_text,
            schema.URL: [f"https://example.org/news/{i}" for i in range(n_articles)],
            schema.TEXT: text,
        }
    ).astype(schema.ARTICLE_DTYPES)

    fact_ids = [
        hashlib.sha256(f"{a}:{i}".encode()).hexdigest()[:16]
        for a, i in zip(article_ids[owner], range(n_facts), strict=True)
    ]
    facts = pd.DataFrame(
        {
            schema.DOC: np.asarray(paths, dtype=object)[owner],
            schema.ARTICLE_ID: article_ids[owner],
            schema.FACT_ID: fact_ids,
            schema.TOPIC: topic,
            schema.MEASURE: measure,
            schema.ACTOR: actor,
            schema.PARTNER: partner,
            schema.ACTOR_ENTITY: actor_entity,
            schema.PARTNER_ENTITY: None,
            schema.PRODUCT: product,
            schema.VALUE: value,
            schema.UNIT: unit,
            schema.VALUE_USD: value_usd,
            schema.YEAR: year,
            schema.STATUS: status,
            schema.NEGATED: rng.uniform(size=n_facts) < 0.02,
            schema.EVIDENCE: evidence,
            schema.START: start,
            schema.END: start + lengths - 1,
            schema.CONFIDENCE: np.round(rng.uniform(0.5, 0.95, n_facts), 2),
            schema.RULE: [f"{t}.cue:{s}" for t, s in zip(topic, status, strict=True)],
            schema.PUBLISHED: day_text[owner],
            schema.MENTIONS: rng.integers(1, 3, n_facts, endpoint=True),
        }
    ).astype(schema.FACT_DTYPES)
    return articles, facts


_VERBS = {
    "threatened": "threatened", "planned": "plans", "announced": "announced",
    "agreed": "agreed", "pledged": "pledged", "imposed": "imposed", "delayed": "delayed",
    "lifted": "lifted", "reported": "reported",
}  # fmt: skip


def _evidence(topic, measure, status, actor, partner, product, value, unit, names) -> list[str]:
    """One plausible sentence per fact, stating its number."""
    money = _money_words(np.nan_to_num(value))
    out = []
    for i in range(len(topic)):
        name = names.get(actor[i], actor[i])
        who = name[:1].upper() + name[1:]
        other = names.get(partner[i], partner[i]) if partner[i] is not None else None
        verb = _VERBS[status[i]]
        goods = product[i] or "all goods"
        t, m, u, v = topic[i], measure[i], unit[i], value[i]
        amount = f"{v:g}%" if u in ("percent", "percent_gdp") else f"{u} {money[i]}"
        if t == "tariff":
            target = f" on {goods} from {other}" if other else f" on imports of {goods}"
            out.append(f"{who} {verb} a {amount} tariff{target}, officials said.")
        elif t == "trade":
            side = f" with {other}" if other else ""
            kind = "deficit" if v < 0 else m if m != "balance" else "surplus"
            out.append(f"{who}'s {kind}{side} {verb} {amount} last year, the data showed.")
        elif t == "defense_spending":
            out.append(f"{who} {verb} defense spending of {amount} of GDP in the coming years.")
        elif t == "investment":
            dest = f" in {other}" if other else ""
            out.append(f"{who} {verb} an investment of {amount}{dest} over several years.")
        else:
            src = f" from {other}" if other else ""
            out.append(f"{who} {verb} to buy {amount} of {goods}{src} under a new deal.")
    return out


def write_store(db: Path, n_facts: int, seed: int = 11) -> dict:
    """A fresh store at `db` holding `n_facts` synthetic facts; returns store.counts()."""
    articles, facts = synthetic(n_facts, seed)
    for path in (db, db.with_name(db.name + ".wal")):
        path.unlink(missing_ok=True)
    store.init(db)  # the store's own migrations create the tables
    article_columns = ", ".join(f'"{c}"' for c in schema.ARTICLE_COLUMNS)
    fact_columns = ", ".join(f'"{c}"' for c in schema.FACT_COLUMNS)
    con = duckdb.connect(str(db))
    try:
        con.register("bulk_articles", pa.Table.from_pandas(articles, preserve_index=False))
        con.register("bulk_facts", pa.Table.from_pandas(facts, preserve_index=False))
        con.execute("BEGIN TRANSACTION")
        con.execute(
            f"INSERT INTO {store.ARTICLES} ({article_columns}) "
            f"SELECT {article_columns} FROM bulk_articles"
        )
        con.execute(
            f"INSERT INTO {store.FACTS} ({fact_columns}) SELECT {fact_columns} FROM bulk_facts"
        )
        con.execute("COMMIT")
        con.execute("CHECKPOINT")
    finally:
        con.close()
    return store.counts(db)
