"""Property-based tests: the normalizers and the whole extraction over random text never raise,
and what they return is well formed (spans inside the text, evidence equal to its span, finite
numbers, codes from the vocabularies)."""

from __future__ import annotations

import functools
import math
import os
from pathlib import Path

import pandas as pd
import pycountry
import srsly
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from pipeline import fx, normalize, schema
from pipeline.documents import Article
from pipeline.facts import extract_articles

PATTERNS = Path(__file__).resolve().parents[2] / "pipeline" / "patterns"
# 50 examples a test keeps the suite fast; PROPERTY_EXAMPLES=2000 searches deeper.
SETTINGS = settings(
    max_examples=int(os.environ.get("PROPERTY_EXAMPLES", "50")),
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow],
)

CURRENCIES = (
    set(normalize.CODES)
    | set(normalize.SYMBOLS.values())
    | set(normalize.WORDS.values())
    | set(normalize.DOLLAR_QUALIFIERS.values())
)
UNITS = CURRENCIES | set(schema.UNITS_NON_MONEY)

NUMBERS = st.sampled_from(
    [
        "$", "US$", "€", "£", "¥", "₹", "₩", "Rs ", "KRW ", "0", "68", "1.2", "1,200", ".5",
        "2027", "1e308", "1e309", "9" * 30, "9" * 400, "999999", "-5", "١٢٣", "𝟗", "NaN", "inf",
        " billion", " trillion", " lakh crore", "bn", "tn", "k", " hundred", "twenty-five",
        " dollars", " yen", " Canadian dollars", "%", " per cent", " percent", " of its GDP",
        " of GDP", " bcm", " million tonnes", " barrels per day", "-", " ",
    ]
)  # fmt: skip
NUMBER_TEXT = st.one_of(
    st.text(max_size=60),
    st.lists(st.one_of(NUMBERS, st.text(max_size=3)), max_size=20).map("".join),
)


def _words(name: str, kinds: tuple[str, ...], key: str) -> list[str]:
    return sorted({row[key] for row in srsly.read_jsonl(PATTERNS / name) if row["kind"] in kinds})


COUNTRY_WORDS = _words("countries.jsonl", ("alias", "demonym", "place", "leader"), "pattern")
PRODUCT_WORDS = _words("products.jsonl", ("product",), "pattern")
POLICY_WORDS = [
    "imposed", "will impose", "threatened", "tariff", "tariffs on", "duties", "surtax",
    "pledged to invest", "investment in", "trade deficit with", "surplus", "exports to",
    "imports from", "will spend", "defense spending", "of GDP by 2030", "LNG from",
    "agreed to buy", "paused", "lifted", "will not", "dropped", "announced", "plans to",
    "on", "from", "with", "in", "and", "its", "the two nations", "it", "they", "•", "-",
    ".", ",", ";", "(", ")", "\n", "\n\n", "“", "”", "'s",
]  # fmt: skip
NOISE = st.text(
    alphabet=st.characters(blacklist_categories=("Cs",)), max_size=8
)  # any code point, RTL, CJK, emoji, controls
FRAGMENT = st.one_of(
    st.sampled_from(COUNTRY_WORDS),
    st.sampled_from(PRODUCT_WORDS),
    st.sampled_from(POLICY_WORDS),
    NUMBERS,
    NOISE,
)
AMOUNT = st.one_of(
    st.builds("{}%".format, st.integers(0, 200)),
    st.builds("${} billion".format, st.floats(0, 1e4, allow_nan=False).map(lambda x: round(x, 1))),
    st.builds("{} per cent of GDP".format, st.integers(0, 10)),
    st.builds("{} bcm".format, st.integers(1, 99)),
    st.sampled_from(["$1e308", "999999 trillion dollars", "1e309%", "9" * 400 + "%", "NaN%"]),
)
# Sentences shaped like the ones the rules look for, so that random articles do yield facts;
# noise and random fragments around and inside them keep the rest of the input arbitrary.
SENTENCE = st.tuples(
    st.sampled_from(COUNTRY_WORDS),
    st.sampled_from(POLICY_WORDS[:19]),
    AMOUNT,
    st.sampled_from(["tariff on", "of", "investment in", "trade deficit with", "on", "from"]),
    st.sampled_from(PRODUCT_WORDS + ["goods", ""]),
    st.sampled_from(["from", "to", "in", "with", ""]),
    st.sampled_from(COUNTRY_WORDS),
    st.one_of(NOISE, st.just("")),
    st.sampled_from([".", ". ", ".\n", "\n\n", "; ", " and "]),
).map(" ".join)
ARTICLE_TEXT = st.lists(st.one_of(SENTENCE, SENTENCE, FRAGMENT), min_size=1, max_size=25).map(
    " ".join
)


def _valid_code(code) -> bool:
    if code is None or code is pd.NA:
        return True
    return code in schema.BLOCS or pycountry.countries.get(alpha_3=code) is not None


def _finite(value) -> bool:
    return value is None or value is pd.NA or (isinstance(value, float) and math.isfinite(value))


@functools.cache
def _nlp():
    from pipeline.nlp import build_nlp

    return build_nlp()


@SETTINGS
@given(NUMBER_TEXT)
def test_parse_number_gives_a_finite_number_or_none(text):
    value = normalize.parse_number(text)
    assert value is None or math.isfinite(value)


@SETTINGS
@given(NUMBER_TEXT)
def test_quantities_are_finite_bounded_and_in_known_units(text):
    for find in (normalize.find_money, normalize.find_percents, normalize.find_volumes):
        for q in find(text):
            assert 0 <= q.start < q.end <= len(text)
            assert math.isfinite(q.value) and abs(q.value) < 1e18
            assert q.unit in UNITS, q.unit
            if q.kind == "money":
                usd = fx.to_usd(q.value, q.unit, 2025)
                assert usd is None or math.isfinite(usd)
    money = normalize.parse_money(text)
    assert money is None or (math.isfinite(money[0]) and money[1] in CURRENCIES)


@SETTINGS
@given(ARTICLE_TEXT, st.sampled_from([None, "2025-03-04", "1999-12-31"]))
def test_extraction_over_random_text_gives_only_well_formed_facts(text, date):
    article = Article(path="random.txt", text=text, date=date)
    frame = extract_articles([article], nlp=_nlp())
    assert list(frame.columns) == list(schema.FACT_COLUMNS)
    assert not frame.duplicated([schema.FACT_ID]).any()
    for row in frame.to_dict("records"):
        assert 0 <= row[schema.START] < row[schema.END] <= len(text)
        assert text[row[schema.START] : row[schema.END]] == row[schema.EVIDENCE]
        # A tariff action without a stated rate is a fact with no value (and no unit).
        assert _finite(row[schema.VALUE]) and _finite(row[schema.VALUE_USD])
        assert 0 <= row[schema.CONFIDENCE] <= 1
        assert row[schema.TOPIC] in schema.TOPICS
        assert row[schema.MEASURE] in schema.MEASURES[row[schema.TOPIC]]
        assert row[schema.STATUS] in schema.STATUSES
        if not pd.isna(row[schema.VALUE]):
            assert row[schema.UNIT] in UNITS, row[schema.UNIT]
        assert row[schema.ACTOR] is not pd.NA and _valid_code(row[schema.ACTOR])
        assert _valid_code(row[schema.PARTNER])
        year = row[schema.YEAR]
        assert year is pd.NA or year is None or 1900 <= year <= 2100
