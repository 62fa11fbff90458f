"""Investment rules added after the extraction suite grew large: who owns a sum, where it goes."""

from __future__ import annotations

import pytest
from extracting import facts_of, sides

from pipeline import schema


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Crown Prince Mohammed bin Salman said the kingdom would raise its planned US "
            "investments to $1 trillion.",
            ("SAU", "USA", 1e12),
        ),
        (
            "Qatar's US investment of $500 billion will be spread over ten years.",
            ("QAT", "USA", 5e11),
        ),
    ],
)
def test_a_country_inside_someones_investment_is_where_the_money_goes(nlp, text, expected):
    assert sides(facts_of(nlp, text), "investment") == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "SoftBank agreed to buy the robotics division of ABB, the Zurich-based group, for "
            "$5.4 billion.",
            ("JPN", "CHE", 5.4e9),
        ),
        (
            "XRG agreed in October to buy the German chemicals maker Covestro for €14.7 billion.",
            ("ARE", "DEU", 14.7e9),
        ),
    ],
)
def test_a_company_named_as_what_is_bought_is_an_investment_in_its_country(nlp, text, expected):
    assert sides(facts_of(nlp, text), "investment") == [expected]


def test_buying_goods_from_a_company_is_no_takeover(nlp):
    text = "Eni agreed to buy two million tonnes of LNG a year from Venture Global for $9 billion."
    assert not [r for r in facts_of(nlp, text) if r[schema.TOPIC] == "investment"]


def test_it_after_a_sentence_opened_by_a_company_is_that_company(nlp):
    text = (
        "Taiwan's TSMC is building in Arizona. Samsung Electronics won a $4.7 billion award for "
        "its plant in Taylor, Texas. It has said it will invest $37 billion in central Texas."
    )
    rows = [r for r in facts_of(nlp, text) if r[schema.VALUE] == 37e9]
    assert [(r[schema.ACTOR], r[schema.ACTOR_ENTITY]) for r in rows] == [("KOR", "Samsung")]


@pytest.mark.parametrize(
    "text",
    [
        "Under an agreement announced on January 15, Taiwanese companies will invest $250 billion "
        "in the United States.",
        "Tariffs fell under the July accord, the agreement under which Tokyo promised $550 "
        "billion of investment in the United States.",
    ],
)
def test_a_sum_inside_a_concluded_agreement_is_agreed(nlp, text):
    rows = [r for r in facts_of(nlp, text) if r[schema.TOPIC] == "investment"]
    assert [r[schema.STATUS] for r in rows] == ["agreed"]


def test_a_country_opening_the_sentence_is_where_the_named_company_invests(nlp):
    text = (
        "In India, Hyundai Motor completed the purchase of a former plant in Maharashtra in 2024."
    )
    rows = [r for r in facts_of(nlp, text) if r[schema.TOPIC] == "investment"]
    assert [(r[schema.ACTOR], r[schema.PARTNER]) for r in rows] == [("KOR", "IND")]


@pytest.mark.parametrize(
    "text",
    [
        "Japan will purchase Lockheed Martin fighters for $8 billion.",
        "Americans bought Toyota vehicles worth $50 billion last year.",
    ],
)
def test_buying_a_companys_goods_is_no_takeover(nlp, text):
    assert not [r for r in facts_of(nlp, text) if r[schema.TOPIC] == "investment"]


def test_the_kingdom_after_a_companys_sentence_is_the_country_not_the_company(nlp):
    text = (
        "Saudi Aramco signed a deal to supply 2 million tonnes of LNG to China. The kingdom will "
        "invest $600 billion in the United States."
    )
    rows = [r for r in facts_of(nlp, text) if r[schema.TOPIC] == "investment"]
    assert [(r[schema.ACTOR], r[schema.ACTOR_ENTITY]) for r in rows] == [("SAU", None)]
