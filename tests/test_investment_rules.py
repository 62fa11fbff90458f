"""Investment rules added after the extraction suite grew large: who owns a sum, where it goes."""

from __future__ import annotations

import pytest
from extracting import facts_of

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
    rows = [r for r in facts_of(nlp, text) if r[schema.TOPIC] == "investment"]
    assert [(r[schema.ACTOR], r[schema.PARTNER], r[schema.VALUE]) for r in rows] == [expected]
