"""Tariff rules added after the extraction suite grew large: products of a rate."""

from __future__ import annotations

import pytest
from extracting import facts_of, sides

from pipeline import schema


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The US tariff on Korean cars and car parts fell to 15% in November.", ["autos"]),
        ("Washington put a 25% tariff on imported vehicles and auto parts.", ["autos"]),
        ("Washington put a 25% tariff on auto parts and steel.", ["auto parts", "steel"]),
    ],
)
def test_cars_and_their_parts_are_one_sector(nlp, text, expected):
    rows = [r for r in facts_of(nlp, text) if r[schema.TOPIC] == "tariff"]
    assert [r[schema.PRODUCT] for r in rows] == expected


def test_a_rate_clause_joined_without_a_comma_has_its_own_imposer(nlp):
    text = (
        "The US cut its duties on Chinese goods from 145 percent to 30 percent and China "
        "reduced its own from 125 percent to 10 percent."
    )
    assert sides(facts_of(nlp, text), "tariff") == [
        ("USA", "CHN", 30.0),
        ("CHN", "USA", 10.0),
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The US raised tariffs on many partners. Brazil's case is political. Its goods had "
            "paid the 10 percent baseline since April.",
            [("USA", "BRA", 10.0)],
        ),
        (
            "The US raised tariffs on many partners. India's case is different. Its reciprocal "
            "rate of 25 percent took effect on 7 August.",
            [("USA", "IND", 25.0)],
        ),
        (
            # `Its` two sentences after the country: too far to be sure
            "The US raised tariffs on many partners. India's case is different. Talks stalled. "
            "Its reciprocal rate of 25 percent took effect on 7 August.",
            [("USA", None, 25.0)],
        ),
    ],
)
def test_its_goods_opening_a_sentence_are_the_goods_of_the_country_before(nlp, text, expected):
    rows = [r for r in facts_of(nlp, text) if r[schema.VALUE] is not None]
    assert sides(rows) == expected


def test_a_run_of_imposers_is_no_joined_clause(nlp):
    text = "The EU and the UK imposed 10 percent duties on US whiskey."
    rows = [r for r in facts_of(nlp, text) if r[schema.TOPIC] == "tariff"]
    assert [r[schema.ACTOR] for r in rows] == ["EUU"]


def test_its_tariff_opening_a_sentence_is_no_target(nlp):
    text = (
        "Canada announced new duties on Chinese goods in August. Its tariff on steel is 25 percent."
    )
    rows = [r for r in facts_of(nlp, text) if r[schema.VALUE] == 25.0]
    assert [r[schema.PARTNER] for r in rows] == [None]


def test_a_rate_a_tariff_had_been_before_a_cut_is_no_fact_of_its_own(nlp):
    text = "The US tariff on Korean cars, which had been 25 percent, was lowered to 15 percent."
    rows = [r for r in facts_of(nlp, text) if r[schema.TOPIC] == "tariff"]
    assert [(r[schema.VALUE], r[schema.STATUS]) for r in rows] == [(15.0, "lifted")]
