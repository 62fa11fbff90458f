"""Trade rules added after the extraction suite grew large: lists and rankings of partners."""

from __future__ import annotations

import pytest
from extracting import facts_of, sides

from pipeline import schema


@pytest.mark.parametrize(
    "text",
    [
        "Canada's largest deficits in 2024 were with China at $40 billion, Mexico at $30 billion "
        "and Germany at $12 billion.",
        "Canada's largest deficits in 2024 were with China ($40 billion), Mexico ($30 billion) "
        "and Germany ($12 billion).",
    ],
)
def test_each_entry_of_a_list_of_partners_owns_its_own_figure(nlp, text):
    assert sides(facts_of(nlp, text), "trade") == [
        ("CAN", "CHN", -40e9),
        ("CAN", "MEX", -30e9),
        ("CAN", "DEU", -12e9),
    ]


def test_a_country_named_inside_a_ranking_of_partners_owns_the_trade(nlp):
    text = "Germany was the largest French trading partner in 2024, with two-way trade of €180 billion."
    assert sides(facts_of(nlp, text), "trade") == [("FRA", "DEU", 180e9)]


def test_a_list_without_a_heading_stands_under_the_sentence_that_leads_into_it(nlp):
    text = (
        "The table below lists the partners with which the goods deficit was largest. All "
        "figures are deficits of Canada for the full year 2024.\n\n"
        "- China: $40.1 billion.\n"
        "- Mexico: $30.2 billion.\n"
    )
    rows = facts_of(nlp, text)
    assert [
        (r[schema.ACTOR], r[schema.PARTNER], r[schema.VALUE], r[schema.YEAR]) for r in rows
    ] == [
        ("CAN", "CHN", -40.1e9, 2024),
        ("CAN", "MEX", -30.2e9, 2024),
    ]


def test_a_paragraph_before_it_does_not_lead_into_a_list(nlp):
    text = (
        "Canada's deficit with China was $40.1 billion in 2024.\n\n"
        "Officials said talks would resume.\n\n"
        "- Mexico: $30.2 billion.\n"
    )
    rows = [r for r in facts_of(nlp, text) if r[schema.VALUE] == -30.2e9]
    assert rows == []


def test_the_countrys_opening_a_sentence_is_the_country_the_one_before_opened_with(nlp):
    text = (
        "South Korea's exports rose 8 percent in 2024. The country's surplus with the US widened "
        "to about $55.6 billion."
    )
    rows = [r for r in facts_of(nlp, text) if r[schema.VALUE] == 55.6e9]
    assert [(r[schema.ACTOR], r[schema.PARTNER]) for r in rows] == [("KOR", "USA")]


@pytest.mark.parametrize(
    "text",
    [
        "South Korea's exports rose to $683.8 billion in 2024. China remained the largest "
        "destination at $133.0 billion, but the United States was close behind at $127.8 billion.",
        "South Korea's exports rose to $683.8 billion in 2024. China was still its largest export "
        "market at $133.0 billion, but the United States was close behind at $127.8 billion.",
    ],
)
def test_a_country_ranked_among_the_markets_is_where_the_exports_go(nlp, text):
    assert sides(facts_of(nlp, text), "trade") == [
        ("KOR", None, 683.8e9),
        ("KOR", "CHN", 133e9),
        ("KOR", "USA", 127.8e9),
    ]


def test_a_heading_naming_only_a_country_owns_the_figures_below_it(nlp):
    text = (
        "Asia's exporters had a record year.\n\n"
        "China\n\n"
        "Exports reached $3.58 trillion.\n\n"
        "South Korea\n\n"
        "The United States bought more chips.\n\n"
        "Exports hit a record $683.8 billion last year.\n"
    )
    assert sides(facts_of(nlp, text), "trade") == [("CHN", None, 3.58e12), ("KOR", None, 683.8e9)]


def test_a_second_ranked_market_is_read_after_the_first(nlp):
    text = (
        "South Korea's exports rose 8 percent in 2024. China remained its largest export market "
        "at $133.0 billion, and Japan remained its third-largest export market at $29.6 billion."
    )
    assert sides(facts_of(nlp, text), "trade") == [("KOR", "CHN", 133e9), ("KOR", "JPN", 29.6e9)]


def test_the_largest_buyer_of_oil_is_no_export_market(nlp):
    text = (
        "Russia's oil export revenue fell in 2024. India remained the largest buyer at $52 billion."
    )
    assert sides(facts_of(nlp, text), "trade") == []
