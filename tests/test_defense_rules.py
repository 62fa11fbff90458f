"""Defense rules added after the extraction suite grew large: who sells a named weapon."""

from __future__ import annotations

import pytest
from extracting import facts_of

from pipeline import schema


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Romania signed for 32 F-35A aircraft last November.", [("ROU", "USA", None)]),
        ("Norway has ordered 54 K9 howitzers for its army.", [("NOR", "KOR", None)]),
        ("Colombia agreed to buy 17 Gripen fighters for $3.6 billion.", [("COL", "SWE", 3.6e9)]),
        # the maker buying its own system sells to nobody
        ("The US Army ordered more Patriot interceptors for $9.8 billion.", [("USA", None, 9.8e9)]),
    ],
)
def test_a_weapon_named_without_its_seller_is_sold_by_its_makers_country(nlp, text, expected):
    rows = [r for r in facts_of(nlp, text) if r[schema.TOPIC] == "defense_spending"]
    assert [(r[schema.ACTOR], r[schema.PARTNER], r[schema.VALUE]) for r in rows] == expected
