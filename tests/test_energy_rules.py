"""Energy rules added after the extraction suite grew large: shares of a buyer's imports."""

from __future__ import annotations

import pytest
from extracting import facts_of, sides

from pipeline import schema


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Korea bought 47 million tonnes of LNG in 2024. By source, Qatar supplied 20.5 percent, "
            "Australia 19.1 percent and the United States 12.3 percent, customs data show.",
            [("KOR", None, 47e6), ("KOR", "QAT", 20.5), ("KOR", "AUS", 19.1), ("KOR", "USA", 12.3)],
        ),
        (
            "Korea bought 47 million tonnes of LNG in 2024. Qatar supplied 20.5 percent of those "
            "cargoes, Australia 19.1 percent.",
            [("KOR", None, 47e6), ("KOR", "QAT", 20.5), ("KOR", "AUS", 19.1)],
        ),
        (
            # no supplying verb before the first share: a list of something else
            "Korea bought 47 million tonnes of LNG in 2024. By source, Qatar rose 20.5 percent.",
            [("KOR", None, 47e6)],
        ),
    ],
)
def test_a_list_of_suppliers_parts_goes_to_the_last_buyer(nlp, text, expected):
    assert sides(facts_of(nlp, text), "energy") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Turkey is a large buyer of Russian gas. Its imports from Russia came to about "
            "21 billion cubic metres in 2024, some 40 percent of the total.",
            [("TUR", "RUS", None), ("TUR", "RUS", 21e9), ("TUR", "RUS", 40.0)],
        ),
        (
            "Pakistan imports crude oil by sea. Its purchases of Saudi crude averaged 100,000 "
            "barrels a day in 2025, roughly 25 percent of the country's crude imports.",
            [("PAK", "SAU", 1e5), ("PAK", "SAU", 25.0)],
        ),
    ],
)
def test_a_percent_set_after_a_purchase_is_that_purchases_share(nlp, text, expected):
    assert sides(facts_of(nlp, text), "energy") == expected


def test_a_percent_without_an_amount_before_it_is_no_share_of_a_purchase(nlp):
    text = "Its imports from Russia rose, some 40 percent of the total, officials said."
    assert not [r for r in sides(facts_of(nlp, text), "energy") if r[2] == 40.0]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Slovakia's long-term contract with Gazprom, signed in 2008, covers 6.5 bcm a year.",
            [("SVK", "RUS", 6.5e9)],
        ),
        (
            "Sinopec's 27-year contract with QatarEnergy covers four million tonnes of LNG a year.",
            [("CHN", "QAT", 4e6)],
        ),
    ],
)
def test_the_holder_of_a_supply_contract_buys(nlp, text, expected):
    assert sides(facts_of(nlp, text), "energy") == expected


def test_a_transit_country_buys_nothing(nlp):
    text = "Russian gas carried across Ukraine amounted to roughly 15 bcm in 2024."
    rows = [r for r in facts_of(nlp, text) if r[schema.TOPIC] == "energy"]
    assert [(r[schema.MEASURE], r[schema.ACTOR], r[schema.PARTNER]) for r in rows] == [
        ("supply", "RUS", None)
    ]


def test_a_supplier_named_right_before_its_own_volume_sells_it(nlp):
    text = (
        "Russia sold China 108.5 million tonnes of crude oil in 2024, ahead of Saudi Arabia at "
        "about 78.6 million tonnes."
    )
    assert sides(facts_of(nlp, text), "energy") == [("CHN", "RUS", 108.5e6), ("CHN", "SAU", 78.6e6)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Woodside took a final investment decision in April on Louisiana LNG, a $17.5 billion "
            "export plant near Lake Charles.",
            [("energy", "project", "USA", "AUS", 17.5e9, "announced")],
        ),
        (
            "Gazprom and CNPC signed a binding memorandum on Power of Siberia 2, a pipeline that "
            "would carry 50 billion cubic metres a year from Russia to China.",
            [("energy", "project", "CHN", "RUS", 50e9, "agreed")],
        ),
    ],
)
def test_a_decided_or_agreed_plant_or_pipeline_is_a_project(nlp, text, expected):
    rows = facts_of(nlp, text)
    assert [
        (
            r[schema.TOPIC],
            r[schema.MEASURE],
            r[schema.ACTOR],
            r[schema.PARTNER],
            r[schema.VALUE],
            r[schema.STATUS],
        )
        for r in rows
    ] == expected


def test_taking_cargoes_is_still_buying(nlp):
    assert sides(facts_of(nlp, "China took 76 million tonnes of LNG in 2024."), "energy") == [
        ("CHN", None, 76e6)
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Transit through Ukraine ended on 1 January 2025, when the transit agreement between "
        "Gazprom and Naftogaz expired.",
        "Kyiv did not renew the transit contract with Gazprom, and flows stopped in January.",
    ],
)
def test_the_end_of_a_transit_route_stops_the_senders_supply(nlp, text):
    rows = [r for r in facts_of(nlp, text) if r[schema.TOPIC] == "energy"]
    assert [
        (r[schema.MEASURE], r[schema.ACTOR], r[schema.PARTNER], r[schema.NEGATED]) for r in rows
    ] == [("supply", "RUS", None, True)]


def test_goods_in_transit_are_no_energy_flow(nlp):
    text = "Goods already in transit on April 5 were exempt, and their shipments stopped in May."
    assert not [r for r in facts_of(nlp, text) if r[schema.TOPIC] == "energy"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Gazprom's contract with Hungary covers 4.5 bcm a year.", [("HUN", "RUS", 4.5e9)]),
        (
            # a supplier's compared figure is not a buyer's
            "Qatar agreed to supply China with 4 million tonnes of LNG a year, Germany at 2 "
            "million tonnes.",
            [("CHN", "QAT", 4e6), ("CHN", "QAT", 2e6)],
        ),
    ],
)
def test_review_mends_keep_buyer_and_seller_apart(nlp, text, expected):
    assert sides(facts_of(nlp, text), "energy") == expected


@pytest.mark.parametrize(
    "text",
    [
        "China shipped 1.2 million tonnes of steel to Vietnam, about 12 percent of its exports.",
        "Shipments of Chinese goods in transit through Russia stopped after Lithuania closed "
        "the route.",
    ],
)
def test_steel_tonnes_and_goods_in_transit_are_no_energy(nlp, text):
    assert sides(facts_of(nlp, text), "energy") == []
