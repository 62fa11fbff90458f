"""Goods a tariff leaves out: one negated row per product, on the sides of the tariff just
reported."""

from __future__ import annotations

import pytest
from extracting import facts_of

from pipeline import schema


def _left_out(nlp, text: str) -> list[tuple]:
    return [
        (r[schema.ACTOR], r[schema.PARTNER], r[schema.PRODUCT], r[schema.VALUE])
        for r in facts_of(nlp, text)
        if r[schema.TOPIC] == "tariff" and r[schema.NEGATED]
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Washington has charged Indian goods a 50 percent tariff since August 27. Medicines, "
            "smartphones and energy products from India are exempt.",
            [
                ("USA", "IND", "pharmaceuticals", None),
                ("USA", "IND", "smartphones", None),
                ("USA", "IND", "energy", None),
            ],
        ),
        (
            # the rate the goods are spared is theirs; the country is the tariff's target
            "The United States put a 40 percent duty on Brazilian goods in July. Some 700 product "
            "lines were spared the extra 40 percent, among them civil aircraft and orange juice.",
            [("USA", "BRA", "aircraft", 40.0), ("USA", "BRA", "orange juice", 40.0)],
        ),
        (
            # a rate every partner pays leaves the goods out for every partner
            "The United States set tariffs of 10 percent on Australia and 20 percent on the EU. "
            "Copper and semiconductors are exempt from the reciprocal rates for now.",
            [("USA", None, "copper", None), ("USA", None, "semiconductors", None)],
        ),
        (
            # the goods' own country, not the one that speaks
            "The EU put a 25 percent safeguard duty on steel. The US said Korean steel is exempt "
            "from the duty.",
            [("EUU", "KOR", "steel", None)],
        ),
    ],
)
def test_goods_left_out_of_a_tariff_are_negated_rows_of_it(nlp, text, expected):
    assert _left_out(nlp, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Pharmaceuticals are exempt from the new rules, the ministry said.",
        # left out of something other than the tariff, or only asked for
        "The US put a 25 percent tariff on Japanese cars. Russian oil and gas were excluded from "
        "the EU's new sanctions package.",
        "The US put a 25 percent tariff on Japanese cars. Japanese rice was excluded from the "
        "talks.",
        "The US put a 25 percent tariff on EU goods. Brussels asked that wine be exempted, but "
        "Washington refused.",
        # too long after the last rate to be its goods
        "Japan faced a 24 percent tariff. The yen fell. Exports slowed. Output shrank. Wages "
        "rose. Prices climbed. Rice stayed dear. Pharmaceuticals are exempt from the new rules.",
    ],
)
def test_no_tariff_just_reported_means_no_goods_left_out(nlp, text):
    assert _left_out(nlp, text) == []
