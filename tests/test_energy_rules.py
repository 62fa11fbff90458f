"""Energy rules: who buys oil, gas or LNG from whom, shares of imports, and energy projects."""

from __future__ import annotations

import pytest
from extracting import facts_of, sides, triples

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
    assert sides(facts_of(nlp, text)) == expected


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
    assert sides(facts_of(nlp, text)) == expected


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
            [("energy", "project", "RUS", "CHN", 50e9, "agreed")],
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


def test_energy_purchase_buyer_and_supplier(nlp):
    rows = facts_of(
        nlp,
        "Japan's JERA signed a deal to buy 5.5 million tonnes of LNG a year from the United States.",
    )
    energy = [r for r in rows if r[schema.TOPIC] == "energy"]
    assert [
        (r[schema.ACTOR], r[schema.PARTNER], r[schema.VALUE], r[schema.UNIT]) for r in energy
    ] == [("JPN", "USA", 5.5e6, "t")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "India cut its imports of Russian crude to 1.2 million barrels a day in October.",
            ("IND", "RUS", 1.2e6),
            id="a country that cuts its imports is the buyer, not goods",
        ),
        pytest.param(
            "Turkey's Botas signed a deal for 4 billion cubic meters of U.S. gas a year.",
            ("TUR", "USA", 4e9),
            id="signing a deal for gas is buying it",
        ),
        pytest.param(
            "Italy paid Algeria about €12 billion for gas in 2024.",
            ("ITA", "DZA", 12e9),
            id="whoever is paid for energy sells it",
        ),
    ],
)
def test_who_buys_energy_from_whom(nlp, text, expected):
    rows = [r for r in facts_of(nlp, text) if r[schema.TOPIC] == "energy"]
    assert [(r[schema.ACTOR], r[schema.PARTNER], r[schema.VALUE]) for r in rows] == [expected]


@pytest.mark.parametrize(
    "text",
    [
        "Beijing has bought no US LNG cargoes since March, when its tariff took effect.",
        "China has not taken a single cargo of American LNG since the duty began.",
    ],
)
def test_a_buyer_staying_away_beside_a_tariff_is_a_negated_purchase(nlp, text):
    rows = [r for r in facts_of(nlp, text) if r[schema.TOPIC] == "energy"]
    assert [(r[schema.ACTOR], r[schema.PARTNER], r[schema.NEGATED]) for r in rows] == [
        ("CHN", "USA", True)
    ]


def test_energy_flow_without_a_deal_word_is_reported_and_with_one_agreed(nlp):
    rows = facts_of(
        nlp,
        "Norway shipped 90 billion cubic meters of gas to Germany in 2024.\n"
        "Qatar signed a contract to send 2 million tonnes of LNG a year to Germany.\n",
    )
    energy = [r for r in rows if r[schema.TOPIC] == "energy"]
    assert [(r[schema.VALUE], r[schema.STATUS]) for r in energy] == [
        (90e9, "reported"),
        (2e6, "agreed"),
    ]


def test_money_and_capacity_of_an_energy_project_are_the_project(nlp):
    rows = facts_of(
        nlp,
        "Buyers in Tokyo are studying the Alaska LNG plan.\n"
        "The $44 billion project could export up to 20 million tonnes of LNG a year.\n",
    )
    energy = [r for r in rows if r[schema.TOPIC] == "energy" and r[schema.VALUE] is not None]
    assert {(r[schema.MEASURE], r[schema.ACTOR], r[schema.VALUE]) for r in energy} == {
        ("project", "USA", 44e9),
        ("project", "USA", 20e6),
    }


def test_supplier_first_sentence_makes_the_named_customer_the_buyer(nlp):
    rows = facts_of(
        nlp, "QatarEnergy agreed to supply Germany with 2 million tonnes of LNG a year."
    )
    energy = [r for r in rows if r[schema.TOPIC] == "energy"]
    assert [
        (
            r[schema.ACTOR],
            r[schema.PARTNER],
            r[schema.VALUE],
            r[schema.UNIT],
            r[schema.ACTOR_ENTITY],
        )
        for r in energy
    ] == [("DEU", "QAT", 2e6, "t", None)]


def test_a_joint_project_is_hosted_where_it_is_built(nlp):
    text = (
        "Japan's prime minister met the US president on Friday.\n"
        "Officials said the two countries are studying a joint venture on Alaska gas."
    )
    rows = [r for r in facts_of(nlp, text) if r[schema.TOPIC] == "energy"]
    assert [(r[schema.MEASURE], r[schema.ACTOR], r[schema.PARTNER]) for r in rows] == [
        ("project", "USA", "JPN")
    ]


def test_a_named_buyer_beats_a_country_guessed_from_context(nlp):
    text = (
        "Washington raised tariffs on India this week.\n"
        "Indian refiners took 1.2 million barrels a day of Russian oil in May, and Russia "
        "remains the country's top supplier."
    )
    assert triples(facts_of(nlp, text), "energy") == {("IND", "RUS", 1.2e6)}


def test_coordinated_buyers_each_get_a_purchase(nlp):
    text = "Hungary and Slovakia still take Russian crude oil through the Druzhba pipeline."
    rows = [r for r in facts_of(nlp, text) if r[schema.TOPIC] == "energy"]
    assert {(r[schema.ACTOR], r[schema.PARTNER], r[schema.STATUS]) for r in rows} == {
        ("HUN", "RUS", "reported"),
        ("SVK", "RUS", "reported"),
    }


@pytest.mark.parametrize(
    "text",
    [
        "Washington added a penalty for India's purchases of Russian oil.",
        "The extra tariff on Indian goods answers India's purchases of Russian crude.",
        "The EU sanctions target Hungary's purchases of Russian gas.",
    ],
)
def test_a_flow_named_as_the_reason_for_a_tariff_or_penalty_is_no_deal(nlp, text):
    assert [r for r in facts_of(nlp, text) if r[schema.TOPIC] == "energy"] == []


@pytest.mark.parametrize(
    "text, status",
    [
        ("The EU agreed to phase out imports of Russian gas.", "agreed"),
        ("Facing US tariffs, Tokyo promised to buy more American LNG.", "pledged"),
    ],
)
def test_a_deal_or_policy_on_a_flow_without_an_amount_is_kept(nlp, text, status):
    rows = [r for r in facts_of(nlp, text) if r[schema.TOPIC] == "energy"]
    assert [r[schema.STATUS] for r in rows] == [status]


def test_an_agreement_to_explore_is_planned(nlp):
    rows = facts_of(nlp, "Japan agreed to explore a new offtake agreement for Alaskan LNG.")
    energy = [r for r in rows if r[schema.TOPIC] == "energy"]
    assert [(r[schema.ACTOR], r[schema.PARTNER], r[schema.STATUS]) for r in energy] == [
        ("JPN", "USA", "planned")
    ]


def test_money_for_other_goods_is_no_energy_purchase_beside_lng(nlp):
    text = "Tokyo agreed to buy $8 billion of U.S. farm goods and more American LNG."
    rows = [r for r in facts_of(nlp, text) if r[schema.TOPIC] == "energy"]
    assert all(r[schema.VALUE] is None for r in rows)
    rows = facts_of(nlp, "Tokyo agreed to buy $8 billion of U.S. LNG and crude oil.")
    assert triples(rows, "energy") == {("JPN", "USA", 8e9)}


def test_the_subject_supplies_and_the_other_side_of_the_deal_buys(nlp):
    text = (
        "Venture Global signed a 20-year deal with Germany's SEFE to supply 2.25 million "
        "tonnes of LNG a year."
    )
    rows = [r for r in facts_of(nlp, text) if r[schema.TOPIC] == "energy"]
    assert [(r[schema.MEASURE], r[schema.ACTOR], r[schema.PARTNER]) for r in rows] == [
        ("purchase", "DEU", "USA")
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The Trans Mountain expansion in Canada raised that pipeline's capacity to 890,000 "
            "barrels a day.",
            ("CAN", None, 890000.0),
        ),
        (
            # a pipeline across borders is hosted where its gas comes from
            "The Baltic Pipe link from Norway can bring up to 10 bcm of gas a year to Poland.",
            ("NOR", "POL", 10e9),
        ),
        (
            "QatarEnergy is raising its liquefaction capacity to 126 million tonnes a year.",
            ("QAT", None, 126e6),
        ),
    ],
)
def test_what_a_pipeline_or_plant_can_carry_is_a_project(nlp, text, expected):
    rows = [r for r in facts_of(nlp, text) if r[schema.TOPIC] == "energy"]
    assert [
        (r[schema.MEASURE], r[schema.ACTOR], r[schema.PARTNER], r[schema.VALUE]) for r in rows
    ] == [("project", *expected)]


def test_a_suppliers_share_of_energy_imports_is_a_trade_share_of_the_fuel(nlp):
    text = (
        "Norway supplied about 30 percent of the EU's gas imports in 2024, while the United "
        "States supplied about 17 percent."
    )
    rows = facts_of(nlp, text)
    assert {
        (r[schema.TOPIC], r[schema.MEASURE], r[schema.ACTOR], r[schema.PARTNER], r[schema.VALUE])
        + (r[schema.PRODUCT],)
        for r in rows
    } == {
        ("trade", "share", "EUU", "NOR", 30.0, "natural gas"),
        ("trade", "share", "EUU", "USA", 17.0, "natural gas"),
    }


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Hungary still receives 80 percent of its gas from Russia.", ("HUN", "RUS", 80.0)),
        (
            "India's IOC signed a 14-year contract with ADNOC Gas for 1.2 million tonnes of LNG a year.",
            ("IND", "ARE", 1.2e6),
        ),
        (
            "Poland will import 4.5 bcm a year from Norway through Denmark.",
            ("POL", "NOR", 4.5e9),
        ),
    ],
)
def test_energy_shares_contracts_with_a_seller_and_transit(nlp, text, expected):
    rows = facts_of(nlp, text)
    assert [(r[schema.ACTOR], r[schema.PARTNER], r[schema.VALUE]) for r in rows] == [expected]


def test_a_transit_country_is_no_side_of_a_flow(nlp):
    rows = facts_of(
        nlp, "Kazakhstan shipped 1.2 million tonnes of oil through Russia's CPC pipeline."
    )
    energy = [r for r in rows if r[schema.TOPIC] == "energy"]
    assert [(r[schema.MEASURE], r[schema.ACTOR], r[schema.PARTNER]) for r in energy] == [
        ("supply", "KAZ", None)
    ]


def test_a_country_in_a_relative_clause_is_not_the_buyer(nlp):
    text = (
        "China, which overtook Japan as the largest LNG importer in 2023, brought in 76.65 "
        "million tonnes of LNG in 2024."
    )
    rows = [r for r in facts_of(nlp, text) if r[schema.TOPIC] == "energy"]
    assert [(r[schema.ACTOR], r[schema.VALUE]) for r in rows] == [("CHN", 76.65e6)]


def test_a_preliminary_agreement_for_a_volume_is_a_purchase(nlp):
    text = "Thailand's PTT signed a preliminary agreement for 2 million tonnes a year of US LNG."
    rows = [r for r in facts_of(nlp, text) if r[schema.TOPIC] == "energy"]
    assert [(r[schema.MEASURE], r[schema.ACTOR], r[schema.PARTNER]) for r in rows] == [
        ("purchase", "THA", "USA")
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Russia's share of EU gas imports fell to about 19 percent in 2024.",
            ("EUU", "RUS", 19.0),
        ),
        ("American cargoes made up about 45 percent of EU LNG imports.", ("EUU", "USA", 45.0)),
    ],
)
def test_a_suppliers_share_of_unpossessed_energy_imports_is_a_share(nlp, text, expected):
    rows = facts_of(nlp, text)
    assert [
        (r[schema.TOPIC], r[schema.ACTOR], r[schema.PARTNER], r[schema.VALUE]) for r in rows
    ] == [("trade", *expected)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Norway has been Germany's main source of pipeline gas for two years.", ("DEU", "NOR")),
        ("Russia has been India's largest supplier of crude oil since 2022.", ("IND", "RUS")),
    ],
)
def test_a_countrys_main_energy_supplier_sells_to_it_without_a_number(nlp, text, expected):
    rows = [r for r in facts_of(nlp, text) if r[schema.TOPIC] == "energy"]
    assert [(r[schema.ACTOR], r[schema.PARTNER], r[schema.VALUE]) for r in rows] == [
        (*expected, None)
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Hungary imports about 4.5 billion cubic metres of Russian gas a year.",
            [("HUN", "RUS", 4.5e9)],
        ),
        (
            "Japan imported about 66 million tonnes of LNG in 2024, second only to China.",
            [("JPN", None, 66e6)],
        ),
        (
            "Japan imported about 66 million tonnes of LNG in 2024. Australia supplied roughly "
            "40 percent of those cargoes, while Russia accounted for about 9 percent.",
            [("JPN", None, 66e6), ("JPN", "AUS", 40.0), ("JPN", "RUS", 9.0)],
        ),
    ],
)
def test_importing_countries_compared_countries_and_shares_of_those_cargoes(nlp, text, expected):
    rows = facts_of(nlp, text)
    assert [(r[schema.ACTOR], r[schema.PARTNER], r[schema.VALUE]) for r in rows] == expected


def test_hasnt_bought_a_single_cargo_is_a_negated_purchase(nlp):
    text = "China hasn't bought a single cargo of US LNG since Beijing imposed a 15% tariff on it."
    rows = [r for r in facts_of(nlp, text) if r[schema.TOPIC] == "energy"]
    assert [(r[schema.ACTOR], r[schema.PARTNER], r[schema.NEGATED]) for r in rows] == [
        ("CHN", "USA", True)
    ]


def test_a_share_of_other_imports_is_not_of_those_cargoes(nlp):
    text = (
        "Japan bought 66 million tonnes of LNG in 2024. In Europe, Norway supplied 30 percent "
        "of the gas imports."
    )
    rows = [r for r in facts_of(nlp, text) if r[schema.VALUE] == 30.0]
    assert [r[schema.ACTOR] for r in rows] != ["JPN"]


@pytest.mark.parametrize(
    "text",
    [
        "Europe buys LNG. Benchmark Dutch gas traded at around €28 per megawatt hour this week.",
        "Japan imports LNG. Brent crude fell to $62 a barrel as Saudi Arabia raised output.",
    ],
)
def test_a_price_per_unit_is_no_energy_deal(nlp, text):
    assert [r for r in facts_of(nlp, text) if r[schema.VALUE] is not None] == []


def test_taking_part_in_a_project_named_for_a_place_is_a_project_hosted_there(nlp):
    rows = facts_of(nlp, "Seoul is still studying whether to take part in the Alaska LNG project.")
    assert [(r[schema.MEASURE], r[schema.ACTOR], r[schema.PARTNER]) for r in rows] == [
        ("project", "USA", "KOR")
    ]


def test_companies_joining_a_project_in_a_place_are_its_partner(nlp):
    rows = facts_of(nlp, "Thai companies will join a US LNG project in Alaska.")
    assert [(r[schema.MEASURE], r[schema.ACTOR], r[schema.PARTNER]) for r in rows] == [
        ("project", "USA", "THA")
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Gas sent by Equinor to Germany came to about 48 billion cubic metres in 2024.",
            [("DEU", "NOR", 4.8e10)],
        ),
        (
            "PetroChina holds a 20-year LNG contract with QatarEnergy for 4 million tonnes a year.",
            [("CHN", "QAT", 4e6)],
        ),
    ],
)
def test_who_sends_by_passive_or_holds_a_contract_is_read_from_the_verb(nlp, text, expected):
    assert sides(facts_of(nlp, text), "energy") == expected


def test_a_year_after_a_roughly_compared_figure_is_that_figures(nlp):
    text = "Japan imported about 66 million tonnes of LNG, down from roughly 72 million in 2023."
    rows = [r for r in facts_of(nlp, text) if r[schema.TOPIC] == "energy"]
    assert [r[schema.YEAR] for r in rows] == [None]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the owner of the figures takes the goods another country is named for
        (
            "Japan's customs data show 5.8 million tonnes of Russian LNG arriving in 2024.",
            [("JPN", "RUS", 5.8e6)],
        ),
        # the buyer's own clause names its seller, not the next clause's owner
        (
            "Vienna signed a 20-year gas contract with Gazprom for 6 billion cubic metres a year, "
            "and Italy's Eni holds another.",
            [("AUT", "RUS", 6e9)],
        ),
    ],
)
def test_a_buyer_is_read_from_whose_figures_and_a_seller_from_the_buyers_clause(
    nlp, text, expected
):
    assert sides(facts_of(nlp, text), "energy") == expected


def test_the_foreign_holders_of_an_energy_plant_are_parties_to_its_project(nlp):
    text = (
        "Golden Pass is an LNG export plant in Texas. QatarEnergy keeps 70 percent of the plant; "
        "Japan's Mitsui and ExxonMobil are among the partners."
    )
    rows = [r for r in facts_of(nlp, text) if r[schema.RULE] == "energy.stake.novalue"]
    assert [(r[schema.MEASURE], r[schema.ACTOR], r[schema.PARTNER]) for r in rows] == [
        ("project", "USA", "QAT"),
        ("project", "USA", "JPN"),
    ]


def test_the_holders_of_a_plant_far_from_energy_talk_are_no_energy_project(nlp):
    text = "A joint venture in which TSMC holds 70 percent and Bosch 10 percent built the plant."
    assert [r for r in facts_of(nlp, text) if r[schema.TOPIC] == "energy"] == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Gazprom agreed in May to raise gas deliveries to China through the pipeline to 48 "
            "bcm a year.",
            [("CHN", "RUS", 48e9)],
        ),
        (
            "Norway signed a memorandum in 2023 to double its gas deliveries to Poland to 10 bcm "
            "a year.",
            [("POL", "NOR", 10e9)],
        ),
        # deliveries that follow a buyer's contract are not the buyer's own
        (
            "Indian Oil signed a 10-year contract with ADNOC for 1.2 million tonnes a year of "
            "LNG, with deliveries starting in 2026.",
            [("IND", "ARE", 1.2e6)],
        ),
    ],
)
def test_a_supplier_raising_its_deliveries_sells_to_where_they_go(nlp, text, expected):
    assert sides(facts_of(nlp, text), "energy") == expected


def test_a_buyers_own_shipments_from_a_supplier_are_its_purchase(nlp):
    text = "Germany said its LNG shipments from the United States rose to 10 bcm last year."
    rows = [r for r in facts_of(nlp, text) if r[schema.TOPIC] == "energy"]
    assert [(r[schema.MEASURE], r[schema.ACTOR], r[schema.PARTNER]) for r in rows] == [
        ("purchase", "DEU", "USA")
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Japan imported about 66 million tonnes of LNG in 2024, with Australia as its largest "
        "supplier.",
        "Japan imported 65.9 million tonnes of LNG in 2024, with Australia its biggest supplier, "
        "according to government data.",
    ],
)
def test_a_country_ranked_as_the_largest_supplier_is_no_party_to_the_total(nlp, text):
    rows = [r for r in facts_of(nlp, text) if r[schema.TOPIC] == "energy"]
    assert [(r[schema.ACTOR], r[schema.PARTNER]) for r in rows] == [("JPN", None)]


def test_a_later_clause_with_its_own_buyer_buys_its_own_figure(nlp):
    text = (
        "Taiwan's state-owned CPC signed a letter of intent in March to take 6 million tonnes a "
        "year from the proposed Alaska LNG project, and Thailand's PTT has since signed a "
        "similar letter for 2 million tonnes a year."
    )
    rows = [r for r in facts_of(nlp, text) if r[schema.TOPIC] == "energy"]
    assert [
        (r[schema.MEASURE], r[schema.ACTOR], r[schema.PARTNER], r[schema.VALUE]) for r in rows
    ] == [
        ("purchase", "TWN", "USA", 6e6),
        ("purchase", "THA", "USA", 2e6),
    ]


def test_a_buying_word_of_an_earlier_clause_names_no_buyer(nlp):
    text = (
        "ADNOC is building the Ruwais LNG plant. It has been signing up buyers in advance; "
        "Indian Oil Corporation agreed in September 2024 to take 1.2 million tonnes a year from "
        "ADNOC for 14 years."
    )
    rows = [r for r in facts_of(nlp, text) if r[schema.VALUE] == 1.2e6]
    assert [(r[schema.ACTOR], r[schema.PARTNER]) for r in rows] == [("IND", "ARE")]


def test_a_supplier_that_could_stop_shipping_threatens_the_buyers_purchases(nlp):
    text = (
        "QatarEnergy has warned that it could stop shipping LNG to the EU if companies face "
        "fines of up to 5 percent of global turnover."
    )
    rows = [r for r in facts_of(nlp, text) if r[schema.TOPIC] == "energy"]
    assert [(r[schema.ACTOR], r[schema.PARTNER], r[schema.STATUS]) for r in rows] == [
        ("EUU", "QAT", "threatened")
    ]


def test_an_offer_to_buyers_names_no_buyer(nlp):
    text = (
        "Germany bought 4 million tonnes of US LNG last year, and Qatar's offer to European "
        "buyers covers 3 million tonnes."
    )
    rows = [r for r in facts_of(nlp, text) if r[schema.TOPIC] == "energy"]
    assert "QAT" not in {r[schema.ACTOR] for r in rows}


@pytest.mark.parametrize(
    "text",
    [
        "Russia stopped supplying gas to Poland in 2022.",
        "Norway will not stop supplying gas to Germany, its minister said.",
    ],
)
def test_a_stop_that_happened_or_is_denied_is_no_threat(nlp, text):
    assert [r for r in facts_of(nlp, text) if r[schema.TOPIC] == "energy"] == []


def test_a_deal_with_a_country_as_its_main_supplier_names_the_seller(nlp):
    text = (
        "Germany signed a 15-year deal for 2 million tonnes of LNG a year with Qatar as its main "
        "supplier."
    )
    rows = [r for r in facts_of(nlp, text) if r[schema.TOPIC] == "energy"]
    assert [(r[schema.ACTOR], r[schema.PARTNER]) for r in rows] == [("DEU", "QAT")]


@pytest.mark.parametrize(
    "text",
    [
        "India bought 2 million tonnes of palm-oil.",
        "India imported 3 million tonnes of coconut oil.",
    ],
)
def test_edible_oils_are_no_energy(nlp, text):
    assert [r for r in facts_of(nlp, text) if r[schema.TOPIC] == "energy"] == []


@pytest.mark.parametrize(
    ("text", "status"),
    [
        ("The EU will stop buying Russian gas by 2027.", "announced"),
        ("Japan will halt imports of Russian LNG.", "announced"),
        (
            "The European Commission proposed ending imports of Russian gas into the EU by 2027.",
            "planned",
        ),
    ],
)
def test_a_purchase_that_stops_is_negated(nlp, text, status):
    rows = [r for r in facts_of(nlp, text) if r[schema.TOPIC] == "energy"]
    assert [(r[schema.NEGATED], r[schema.STATUS]) for r in rows] == [(True, status)]


def test_flows_that_go_on_until_a_ban_are_not_negated(nlp):
    rows = facts_of(nlp, "Russian LNG continues to arrive in Spain until the bans take effect.")
    assert [r[schema.NEGATED] for r in rows if r[schema.TOPIC] == "energy"] == [False]


def test_the_holder_of_a_sized_project_is_its_party_not_a_fact_of_its_own(nlp):
    text = (
        "QatarEnergy's Golden Pass LNG terminal in Texas, a venture in which the Qatari company "
        "holds 70 percent and ExxonMobil the rest, is due to start exporting this year with "
        "capacity of 18 million tonnes a year."
    )
    rows = [r for r in facts_of(nlp, text) if r[schema.TOPIC] == "energy"]
    assert sides(rows) == [("USA", "QAT", 18e6)]


def test_a_deal_named_only_by_its_seller_is_bought_by_the_buyer_just_named(nlp):
    text = (
        "Tokyo Gas bought 2 million tonnes of LNG from Qatar in May. In August the Sempra deal, "
        "for 1.5 million tonnes a year from the second phase of Port Arthur LNG in Texas, was "
        "turned into a binding contract."
    )
    rows = [r for r in facts_of(nlp, text) if r[schema.VALUE] == 1.5e6]
    assert sides(rows) == [("JPN", "USA", 1.5e6)]


@pytest.mark.parametrize(
    "text",
    [
        "Japan signed a deal to buy LNG from Alaska after talks that ended in March.",
        "Hungary has no intention to stop buying Russian oil, Orban said.",
        "Slovakia said it will keep buying Russian gas until the EU ban takes effect in 2027.",
    ],
)
def test_a_stop_word_that_does_not_end_the_purchase_negates_nothing(nlp, text):
    rows = [r for r in facts_of(nlp, text) if r[schema.TOPIC] == "energy"]
    assert rows and not any(r[schema.NEGATED] for r in rows)


def test_a_share_of_fuel_imports_set_by_a_deal_keeps_its_status(nlp):
    text = (
        "Under the deal, the EU committed to source 50 percent of its LNG imports from the "
        "United States by 2028."
    )
    rows = [r for r in facts_of(nlp, text) if r[schema.MEASURE] == "share"]
    assert [(r[schema.TOPIC], r[schema.STATUS]) for r in rows] == [("trade", "agreed")]


def test_the_country_after_an_opening_phrase_is_the_buyer(nlp):
    text = "Under its accord with Washington, Thailand pledged to buy $8 billion of American LNG."
    rows = [r for r in facts_of(nlp, text) if r[schema.TOPIC] == "energy"]
    assert [(r[schema.ACTOR], r[schema.PARTNER]) for r in rows] == [("THA", "USA")]


@pytest.mark.parametrize(
    "text",
    [
        "Russian gas stopped flowing through Ukraine on 1 January 2025, when Ukraine let its "
        "transit agreement with Gazprom lapse.",
        "Pipeline transit through Ukraine ended on 1 January 2025, when Gazprom's contract with "
        "Naftogaz expired.",
    ],
)
def test_the_end_of_transit_is_a_negated_supply_by_the_sender(nlp, text):
    rows = [r for r in facts_of(nlp, text) if r[schema.TOPIC] == "energy"]
    assert [(r[schema.MEASURE], r[schema.ACTOR], r[schema.NEGATED]) for r in rows] == [
        ("supply", "RUS", True)
    ]


def test_a_penalty_in_a_condition_does_not_make_the_flow_a_reason(nlp):
    text = (
        "QatarEnergy has warned that it could stop shipping LNG to the EU if it faces penalties "
        "under the bloc's due diligence law."
    )
    rows = [r for r in facts_of(nlp, text) if r[schema.TOPIC] == "energy"]
    assert [
        (r[schema.ACTOR], r[schema.PARTNER], r[schema.STATUS], r[schema.NEGATED]) for r in rows
    ] == [("EUU", "QAT", "threatened", True)]


def test_the_union_in_a_text_on_the_eu_is_the_eu(nlp):
    text = (
        "EU ministers met in Brussels on Monday. Norway is now the Union's largest supplier of "
        "pipeline gas."
    )
    rows = [r for r in facts_of(nlp, text) if r[schema.TOPIC] == "energy"]
    assert sides(rows) == [("EUU", "NOR", None)]


def test_the_union_of_another_body_is_not_the_eu(nlp):
    text = (
        "EU ministers met in Brussels on Monday. The African Union's largest supplier of "
        "pipeline gas is Algeria."
    )
    rows = [r for r in facts_of(nlp, text) if r[schema.TOPIC] == "energy"]
    assert all(r[schema.ACTOR] != "EUU" for r in rows)


def test_a_union_budget_is_not_the_eus(nlp):
    text = (
        "India and the European Union hope to close their trade deal this year. The Union Budget "
        "raised defence spending to 6.81 trillion rupees."
    )
    assert [r[schema.ACTOR] for r in facts_of(nlp, text)] == ["IND"]


def test_the_country_after_an_opening_phrase_and_its_comma_is_the_buyer(nlp):
    text = (
        "In its trade framework with Washington, the EU committed to buying American LNG, oil "
        "and nuclear energy worth 750 billion dollars over three years."
    )
    assert sides(facts_of(nlp, text), "energy") == [("EUU", "USA", 750e9)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            # a pipeline is hosted where its gas starts
            "Kazakhstan's KazMunayGas and China's Sinopec agreed on a pipeline that would carry "
            "20 billion cubic metres a year from Kazakhstan to China.",
            [("KAZ", "CHN", 20e9)],
        ),
        (
            # a plant is hosted where it stands, not in its builder's country
            "TotalEnergies approved a plant that will add 2.5 million tonnes a year of LNG "
            "capacity in Cabo Delgado.",
            [("MOZ", "FRA", 2.5e6)],
        ),
        (
            # a project named after where it stands
            "Officials have urged Taiwan to join the proposed $44 billion Alaska LNG project.",
            [("USA", "TWN", 44e9)],
        ),
    ],
)
def test_a_project_is_hosted_where_it_is_built(nlp, text, expected):
    rows = [r for r in facts_of(nlp, text) if r[schema.MEASURE] == "project"]
    assert sides(rows) == expected


def test_a_ban_on_a_suppliers_fuel_is_made_by_the_side_the_text_is_about(nlp):
    text = (
        "The European Union has spent three years cutting its reliance on Moscow. Its gas "
        "imports from Russia fell again in 2025. The new sanctions package bans Russian LNG "
        "imports from 2027."
    )
    rows = [r for r in facts_of(nlp, text) if r[schema.EVIDENCE].startswith("The new sanctions")]
    assert [(r[schema.ACTOR], r[schema.PARTNER], r[schema.NEGATED]) for r in rows] == [
        ("EUU", "RUS", True)
    ]


def test_the_bloc_opening_a_sentence_is_the_eu(nlp):
    text = "The bloc intends to buy $40 billion of Norwegian gas by 2030."
    assert sides(facts_of(nlp, text), "energy") == [("EUU", "NOR", 40e9)]


def test_a_country_in_an_apposition_on_the_seller_does_not_buy(nlp):
    text = (
        "In May Reliance agreed with Rosneft, Russia's largest oil producer, to take 300,000 "
        "barrels a day for five years."
    )
    assert sides(facts_of(nlp, text), "energy") == [("IND", "RUS", 300000.0)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "QatarEnergy is building two expansions that will lift its LNG capacity to 126 "
            "million tonnes a year.",
            "reported",
        ),
        (
            "Oman LNG has a fourth train planned that would lift the country's LNG capacity to "
            "15 million tonnes a year.",
            "announced",
        ),
    ],
)
def test_a_plant_that_lifts_its_capacity_lifts_no_measure(nlp, text, expected):
    rows = [r for r in facts_of(nlp, text) if r[schema.MEASURE] == "project"]
    assert [r[schema.STATUS] for r in rows] == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            # a company's home city is not where its plant stands
            "Houston-based Tellurian will build a $25 billion LNG export terminal in Mozambique.",
            [("MOZ", "USA", 25e9)],
        ),
        (
            # only a pipeline or a cable is hosted where its flow starts
            "Germany opened a $1 billion floating LNG terminal that will bring gas from Qatar to "
            "Germany.",
            [("DEU", "QAT", 1e9)],
        ),
        (
            # where the output goes is not where the plant stands
            "Japan's Inpex approved the $20 billion Abadi LNG project in Indonesia, with output "
            "going to buyers in Shanghai.",
            [("IDN", "JPN", 20e9)],
        ),
    ],
)
def test_a_projects_host_is_not_a_home_city_a_market_or_a_terminals_source(nlp, text, expected):
    rows = [r for r in facts_of(nlp, text) if r[schema.MEASURE] == "project"]
    assert sides(rows) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Japan is weighing its options. A proposal to ban Russian LNG imports has divided the EU.",
        "Hungary and Slovakia oppose the plan. The ban on Russian gas imports would hurt their "
        "economies, they said.",
    ],
)
def test_a_ban_only_talked_about_is_no_ban_by_the_article_country(nlp, text):
    assert not [r for r in facts_of(nlp, text) if r[schema.TOPIC] == "energy"]


@pytest.mark.parametrize(
    ("text", "sides"),
    [
        (
            "China and Russia met in Beijing. China wants more Russian gas. Under the new "
            "agreements, Russia is to raise deliveries to 44 billion cubic metres a year.",
            ("purchase", "CHN", "RUS"),
        ),
        # no deal: a seller's deliveries
        (
            "China and Russia met in Beijing. China wants more Russian gas. Russia delivered 44 "
            "billion cubic metres of gas last year.",
            ("supply", "RUS", None),
        ),
        # gas carried across a country is its seller's supply
        (
            "Russia and Ukraine traded blame. Ukraine ended the transit of Russian gas. Under the "
            "transit agreement, Russia shipped 44 billion cubic metres of gas through Ukraine.",
            ("supply", "RUS", None),
        ),
    ],
)
def test_a_deal_on_a_sellers_deliveries_is_with_the_other_side_of_the_article(nlp, text, sides):
    rows = [r for r in facts_of(nlp, text) if r[schema.VALUE] == 44e9]
    assert [(r[schema.MEASURE], r[schema.ACTOR], r[schema.PARTNER]) for r in rows] == [sides]


def test_the_partners_of_a_named_gas_field_sell_from_its_country(nlp):
    text = (
        "Under the amended agreement, the Leviathan partners will sell about 130 billion cubic "
        "metres of natural gas to Egypt through 2040."
    )
    rows = [r for r in facts_of(nlp, text) if r[schema.TOPIC] == "energy"]
    assert [(r[schema.ACTOR], r[schema.PARTNER], r[schema.VALUE]) for r in rows] == [
        ("EGY", "ISR", 130e9)
    ]


def test_each_clause_of_a_list_of_buyers_names_its_own_buyer_and_no_seller(nlp):
    text = (
        "Alaska LNG has collected letters of intent from Asian buyers. Taiwan's CPC signed one in "
        "March to buy up to 6 million tonnes of LNG a year, and Thailand's PTT signed one in June "
        "for about 2 million tonnes a year."
    )
    rows = [r for r in facts_of(nlp, text) if r[schema.TOPIC] == "energy"]
    assert {(r[schema.ACTOR], r[schema.VALUE]) for r in rows} == {("TWN", 6e6), ("THA", 2e6)}
    assert "THA" not in {r[schema.PARTNER] for r in rows}


def test_a_later_clause_that_sells_names_no_buyer(nlp):
    text = (
        "Taiwan's CPC signed a deal in March to buy 6 million tonnes of LNG a year, and Qatar "
        "signed a contract to sell 2 million tonnes a year to Japan's JERA."
    )
    rows = [r for r in facts_of(nlp, text) if r[schema.TOPIC] == "energy"]
    assert rows and "QAT" not in {r[schema.ACTOR] for r in rows}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Norway is now Germany's biggest gas supplier, and Qatar its main source of LNG.",
            {("DEU", "NOR", None), ("DEU", "QAT", None)},
        ),
        (
            "Japan imported little from Russia last year. Malaysia and Australia, its two "
            "largest suppliers of LNG, shipped more.",
            {("JPN", "MYS", None), ("JPN", "AUS", None)},
        ),
        ("Oman is the biggest supplier of LNG to Bangladesh.", {("BGD", "OMN", None)}),
        # a supplier of no one named is no flow
        ("Norway has long been a reliable supplier of pipeline gas.", set()),
        # a source of something other than fuel is no supply
        ("Oil sales to China, Russia's largest source of export revenue, kept rising.", set()),
    ],
)
def test_each_supplier_noun_names_its_own_buyer_and_seller(nlp, text, expected):
    assert triples(facts_of(nlp, text), "energy") == expected


@pytest.mark.parametrize(
    ("wording", "status"),
    [
        ("signed a heads of agreement to take", "planned"),
        ("signed letters of intent to take", "planned"),
        ("signed a 20-year contract to take", "agreed"),
        ("turned its heads of agreement into a binding 20-year contract to take", "agreed"),
    ],
)
def test_a_heads_of_agreement_is_a_plan_not_a_deal(nlp, wording, status):
    text = f"Japan's JERA {wording} 1 million tonnes a year of LNG from Texas."
    rows = [r for r in facts_of(nlp, text) if r[schema.TOPIC] == "energy"]
    assert [(r[schema.ACTOR], r[schema.PARTNER], r[schema.STATUS]) for r in rows] == [
        ("JPN", "USA", status)
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "South Korea takes LNG from Oman and Malaysia under term contracts.",
            {("KOR", "OMN", None), ("KOR", "MYS", None)},
        ),
        (
            "Thailand purchases LNG from Qatar and Oman.",
            {("THA", "QAT", None), ("THA", "OMN", None)},
        ),
        # a joined name with a verb of its own starts a new clause: no seller of this purchase
        (
            "India buys oil from Russia and the United States has objected.",
            {("IND", "RUS", None)},
        ),
    ],
)
def test_each_seller_of_a_purchase_without_amount_is_a_flow_of_its_own(nlp, text, expected):
    assert triples(facts_of(nlp, text), "energy") == expected


@pytest.mark.parametrize(
    ("text", "status"),
    [
        (
            "In the deal it struck with Washington in July, Japan said it intends to buy $8 "
            "billion of American LNG a year.",
            "agreed",
        ),
        # a plan that only mentions the deal is still a plan
        (
            "Japan plans to buy $8 billion of American LNG a year, more than the deal it struck "
            "with Washington in July set out.",
            "planned",
        ),
    ],
)
def test_an_intention_a_sentence_places_in_a_concluded_deal_is_agreed(nlp, text, status):
    rows = [r for r in facts_of(nlp, text) if r[schema.TOPIC] == "energy"]
    assert [(r[schema.ACTOR], r[schema.PARTNER], r[schema.STATUS]) for r in rows] == [
        ("JPN", "USA", status)
    ]
