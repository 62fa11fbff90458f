"""Defense rules added after the extraction suite grew large: who sells a named weapon."""

from __future__ import annotations

import pytest
from extracting import facts_of, sides

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
    assert sides(facts_of(nlp, text), "defense_spending") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Poland, which already flies F-35s, ordered 48 FA-50 jets for $3 billion.", "KOR"),
        ("Poland will buy 96 helicopters for $10 billion, Caesar said.", None),
        ("Poland will spend $2 billion on drones under the aegis of its new defence plan.", None),
    ],
)
def test_the_maker_is_read_from_the_weapon_nearest_the_price_as_spelled(nlp, text, expected):
    rows = [r for r in facts_of(nlp, text) if r[schema.TOPIC] == "defense_spending"]
    assert [r[schema.PARTNER] for r in rows] == [expected]


@pytest.mark.parametrize(
    "text",
    [
        "In March parliament exempted defence spending above 1 percent of GDP from the debt brake.",
        "A constitutional change exempts defence spending above 1% of GDP from the debt brake.",
    ],
)
def test_a_debt_brake_threshold_is_no_spending_level(nlp, text):
    assert facts_of(nlp, text) == []
