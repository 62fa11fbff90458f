"""Trade rules added after the extraction suite grew large: lists and rankings of partners."""

from __future__ import annotations

import pytest
from extracting import facts_of

from pipeline import schema


def _trade(rows: list[dict]) -> list[tuple]:
    return [
        (r[schema.ACTOR], r[schema.PARTNER], r[schema.VALUE])
        for r in rows
        if r[schema.TOPIC] == "trade"
    ]


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
    assert _trade(facts_of(nlp, text)) == [
        ("CAN", "CHN", -40e9),
        ("CAN", "MEX", -30e9),
        ("CAN", "DEU", -12e9),
    ]


def test_a_country_named_inside_a_ranking_of_partners_owns_the_trade(nlp):
    text = "Germany was the largest French trading partner in 2024, with two-way trade of €180 billion."
    assert _trade(facts_of(nlp, text)) == [("FRA", "DEU", 180e9)]
