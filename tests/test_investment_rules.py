"""Investment rules: who puts a sum where, companies and their countries, and its status."""

from __future__ import annotations

import pytest
from extracting import facts_of, sides, triples

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


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "TSMC will invest an additional $100 billion in new plants in Arizona in the United States.",
            ("TWN", "USA", 100e9),
            id="a company invests for its home country",
        ),
        pytest.param(
            "China and Switzerland held talks on Monday.\nRoche promised $50 billion for U.S. plants.",
            ("CHE", "USA", 50e9),
            id="money for plants in a country goes there",
        ),
        pytest.param(
            "Japan and the United States held talks on Monday.\n"
            "Honda has pushed back its C$15 billion plan for a battery plant in Kitchener.",
            ("JPN", "CAN", 15e9),
            id="a national currency names the receiving country",
        ),
        pytest.param(
            "Saudi officials hailed the deal, which follows Qatar's promise in May of $500 billion "
            "of investment in the United States.",
            ("QAT", "USA", 500e9),
            id="whose promise it is invests",
        ),
        pytest.param(
            "Japan and Canada discussed trade on Monday.\n"
            "SoftBank pledged $100 billion of investment, Trump said.",
            ("JPN", "USA", 100e9),
            id="an announcing leader names the receiving country",
        ),
        pytest.param(
            "Macron met Trump on Monday; SoftBank will invest $60 billion, Trump said.",
            ("JPN", "USA", 60e9),
            id="the leader nearest the investment names the receiver",
        ),
        pytest.param(
            "Japan and the United States held talks on Monday.\n"
            "Erdogan pledged $5 billion of investment in the United States.",
            ("TUR", "USA", 5e9),
            id="a pledging leader speaks for his country",
        ),
        pytest.param(
            "Toyota said it would spend $10 billion on new U.S. plants over five years.",
            ("JPN", "USA", 10e9),
            id="spending money on plants is investing",
        ),
        pytest.param(
            "SoftBank plans to put $100 billion into American AI infrastructure.",
            ("JPN", "USA", 100e9),
            id="putting money into infrastructure is investing",
        ),
        pytest.param(
            "Nippon Steel agreed to buy U.S. Steel for $14.9 billion.",
            ("JPN", "USA", 14.9e9),
            id="buying a named company is investing",
        ),
        pytest.param(
            "Trump flew to Riyadh on Tuesday.\n"
            "Saudi Arabia's $600 billion pledge covers energy, defense and technology.",
            ("SAU", "USA", 600e9),
            id="a money pledge is an investment whatever sectors it names",
        ),
        pytest.param(
            "Under the agreement, Korea will provide $350 billion for U.S. projects.",
            ("KOR", "USA", 350e9),
            id="providing money for projects is investing",
        ),
        pytest.param(
            "Japan's state lenders will finance up to $550 billion of projects in America.",
            ("JPN", "USA", 550e9),
            id="financing projects is investing",
        ),
        pytest.param(
            "A $20 billion investment by the UAE's MGX will fund American data centers.",
            ("ARE", "USA", 20e9),
            id="an investment by someone is theirs",
        ),
    ],
)
def test_who_invests_where(nlp, text, expected):
    assert triples(facts_of(nlp, text), "investment") == {expected}


def test_the_old_sum_after_up_from_the_is_a_change(nlp):
    text = (
        "Japan raised its investment pledge for the United States to $600 billion, up from the "
        "$500 billion it announced in February."
    )
    assert triples(facts_of(nlp, text), "investment") == {("JPN", "USA", 600e9)}


def test_a_sum_named_as_part_of_another_keeps_its_topic(nlp):
    text = (
        "Seoul agreed to investments in the United States of $350 billion, including "
        "$150 billion for shipbuilding, as part of its tariff settlement."
    )
    assert triples(facts_of(nlp, text), "investment") == {
        ("KOR", "USA", 350e9),
        ("KOR", "USA", 150e9),
    }


def test_commitment_inside_a_deal_is_agreed(nlp):
    text = "Under the trade deal, Japan will invest $550 billion in the United States."
    rows = [r for r in facts_of(nlp, text) if r[schema.TOPIC] == "investment"]
    assert [(r[schema.ACTOR], r[schema.PARTNER], r[schema.STATUS]) for r in rows] == [
        ("JPN", "USA", "agreed")
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The UK and India agreed that Indian companies would invest £6 billion in Britain.",
            ("IND", "GBR"),
        ),
        (
            "Washington cut its car tariff under the deal by which Tokyo promised $550 billion "
            "of investment in the United States.",
            ("JPN", "USA"),
        ),
    ],
)
def test_the_party_right_before_the_investing_verb_or_sum_invests(nlp, text, expected):
    rows = [r for r in facts_of(nlp, text) if r[schema.TOPIC] == "investment"]
    assert [(r[schema.ACTOR], r[schema.PARTNER]) for r in rows] == [expected]


@pytest.mark.parametrize(
    ("text", "status"),
    [
        ("Hyundai plans to invest $21 billion in the United States.", "pledged"),
        ("Hyundai is considering a plan to invest $21 billion in the United States.", "planned"),
    ],
)
def test_an_investors_own_plan_is_its_pledge_unless_only_considered(nlp, text, status):
    rows = [r for r in facts_of(nlp, text) if r[schema.TOPIC] == "investment"]
    assert [r[schema.STATUS] for r in rows] == [status]


@pytest.mark.parametrize(
    "text",
    [
        "Siemens closed its $10 billion takeover of a Michigan software maker in March.",
        "Toyota started production at its $13.9 billion battery plant in North Carolina.",
        "Tata is building a $11 billion chip fab in Gujarat.",
    ],
)
def test_a_closed_takeover_or_a_plant_in_production_is_reported(nlp, text):
    rows = [r for r in facts_of(nlp, text) if r[schema.TOPIC] == "investment"]
    assert [r[schema.STATUS] for r in rows] == ["reported"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Tata Electronics is building a chip fab at Dholera in Gujarat, with Taiwan's "
            "Powerchip as partner, at a cost of $11 billion.",
            ("IND", "IND"),
        ),
        (
            "Toyota opened its $13.9 billion battery plant in Liberty, North Carolina.",
            ("JPN", "USA"),
        ),
        (
            "Japan's government approved subsidies of up to ¥476 billion for the fab.",
            ("JPN", "JPN"),
        ),
        (
            "The German government will back the project with €5 billion in state aid.",
            ("DEU", "DEU"),
        ),
        (
            "The Arizona project is backed by $6.6 billion in direct funding under the CHIPS Act.",
            ("USA", "USA"),
        ),
    ],
)
def test_money_goes_where_the_named_place_is_and_state_aid_stays_home(nlp, text, expected):
    rows = [r for r in facts_of(nlp, text) if r[schema.TOPIC] == "investment"]
    assert [(r[schema.ACTOR], r[schema.PARTNER]) for r in rows] == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Apple said it would spend $500 billion in the United States over four years.",
            ("USA", "USA", "pledged"),
        ),
        ("Siemens Energy will invest €1 billion in its German plants.", ("DEU", "DEU", "pledged")),
        (
            "Chinese carmaker BYD put its plans for a $1 billion plant in Mexico on hold.",
            ("CHN", "MEX", "delayed"),
        ),
    ],
)
def test_a_company_at_home_and_a_shelved_plan(nlp, text, expected):
    rows = [r for r in facts_of(nlp, text) if r[schema.TOPIC] == "investment"]
    assert [(r[schema.ACTOR], r[schema.PARTNER], r[schema.STATUS]) for r in rows] == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The biggest item is a $5.8 billion Hyundai Steel mill in Louisiana.",
            ("KOR", "USA", 5.8e9),
        ),
        (
            "Canada's Alimentation Couche-Tard withdrew its $47 billion offer for Seven & i Holdings.",
            ("CAN", "JPN", 47e9),
        ),
        (
            "Spain's Iberdrola paid $2.55 billion to buy out the minority holders of its US utility.",
            ("ESP", "USA", 2.55e9),
        ),
    ],
)
def test_a_sum_for_a_plant_an_offer_or_a_buyout_is_an_investment(nlp, text, expected):
    rows = [r for r in facts_of(nlp, text) if r[schema.TOPIC] == "investment"]
    assert [(r[schema.ACTOR], r[schema.PARTNER], r[schema.VALUE]) for r in rows] == [expected]


def test_a_shelved_plan_is_dropped_and_a_subsidy_does_not_unseat_a_company(nlp):
    shelved = facts_of(
        nlp, "Chinese carmaker BYD has shelved plans for a $1 billion plant in Mexico."
    )
    assert [r[schema.NEGATED] for r in shelved if r[schema.TOPIC] == "investment"] == [True]
    helped = facts_of(
        nlp, "Samsung will invest $37 billion in Texas, helped by subsidies under the CHIPS Act."
    )
    assert [(r[schema.ACTOR], r[schema.PARTNER]) for r in helped] == [("KOR", "USA")]


def test_where_a_company_is_based_is_not_where_it_invests(nlp):
    rows = facts_of(
        nlp, "Toyota, headquartered in Aichi, will invest $10 billion in the United States."
    )
    assert [(r[schema.ACTOR], r[schema.PARTNER]) for r in rows] == [("JPN", "USA")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Honda will put C$15 billion into Ontario.", ("JPN", "CAN", 15e9)),
        ("Samsung will put ₩10 trillion into the United States.", ("KOR", "USA", 10e12)),
    ],
)
def test_money_put_into_a_place_in_other_currencies(nlp, text, expected):
    rows = [r for r in facts_of(nlp, text) if r[schema.TOPIC] == "investment"]
    assert [(r[schema.ACTOR], r[schema.PARTNER], r[schema.VALUE]) for r in rows] == [expected]


def test_what_visitors_spend_in_a_country_is_no_investment(nlp):
    rows = facts_of(nlp, "Chinese tourists spend $20 billion in Japan each year.")
    assert [r for r in rows if r[schema.TOPIC] == "investment"] == []


def test_the_chipmaker_is_the_last_company_named(nlp):
    text = (
        "TSMC said on Monday it would build three more plants in Arizona. "
        "That lifts the chipmaker's planned spending in the United States to $165 billion."
    )
    rows = [r for r in facts_of(nlp, text) if r[schema.TOPIC] == "investment"]
    assert [(r[schema.ACTOR], r[schema.ACTOR_ENTITY], r[schema.PARTNER]) for r in rows] == [
        ("TWN", "TSMC", "USA")
    ]


def test_an_opened_plant_is_reported_and_an_end_of_year_stock_has_its_year(nlp):
    rows = facts_of(nlp, "Toyota opened a $4 billion battery factory in the United States.")
    assert [(r[schema.ACTOR], r[schema.STATUS]) for r in rows] == [("JPN", "reported")]
    rows = facts_of(
        nlp, "Investment from Japan in the U.S. totaled $783 billion at the end of 2023."
    )
    assert [(r[schema.ACTOR], r[schema.YEAR]) for r in rows] == [("JPN", 2023)]


def test_a_plant_to_be_built_by_a_company_is_that_companys_investment(nlp):
    text = (
        "The package includes a $5.8 billion steel plant in Louisiana to be built by Hyundai Steel."
    )
    rows = facts_of(nlp, text)
    assert [(r[schema.ACTOR], r[schema.PARTNER]) for r in rows] == [("KOR", "USA")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "TSMC announced a plan on Monday. With the $65 billion committed to its site in "
            "Phoenix, Arizona, the company's total planned US investment comes to $165 billion.",
            [("TWN", "USA", 65e9), ("TWN", "USA", 165e9)],
        ),
        (
            "Stellantis said it would invest $13 billion in the United States and move "
            "production from Brampton, Ontario.",
            [("NLD", "USA", 13e9)],
        ),
    ],
)
def test_an_investor_after_a_place_and_a_country_named_by_the_sum(nlp, text, expected):
    rows = [r for r in facts_of(nlp, text) if r[schema.TOPIC] == "investment"]
    assert [(r[schema.ACTOR], r[schema.PARTNER], r[schema.VALUE]) for r in rows] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Both leaders hailed the $90 billion of Qatari investment in the United States.",
            [("QAT", "USA", 9e10)],
        ),
        (
            "Berlin welcomed €4 billion in Chinese investment in Germany last year.",
            [("CHN", "DEU", 4e9)],
        ),
        # a sector between `investment in` and the place changes neither side
        (
            "Paris welcomed €2 billion of Emirati investment in data centres in France.",
            [("ARE", "FRA", 2e9)],
        ),
    ],
)
def test_a_nationality_before_investment_names_the_investor(nlp, text, expected):
    assert sides(facts_of(nlp, text), "investment") == expected


def test_in_the_country_after_a_company_is_where_it_invests_not_its_home(nlp):
    text = (
        "American cloud groups made new pledges to Spain. Oracle will invest $1 billion in the "
        "country over the next decade."
    )
    assert sides(facts_of(nlp, text), "investment") == [("USA", "ESP", 1e9)]


def test_it_after_told_is_the_one_who_told(nlp):
    text = "Qatar told the White House it would invest $500 billion in the United States."
    assert sides(facts_of(nlp, text), "investment") == [("QAT", "USA", 5e11)]


@pytest.mark.parametrize(
    "text",
    [
        "Hyundai's $7.6 billion car plant in Alabama began shipping vehicles in March.",
        "Samsung's $17 billion chip plant in Texas is under construction.",
        "Nippon Steel's $14.9 billion takeover of U.S. Steel closed in June.",
    ],
)
def test_a_plant_being_built_or_producing_and_a_closed_deal_are_reported(nlp, text):
    rows = [r for r in facts_of(nlp, text) if r[schema.TOPIC] == "investment"]
    assert [r[schema.STATUS] for r in rows] == ["reported"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Japan pledged $550 billion of US investment last year, and South Korea committed "
            "$350 billion.",
            [("JPN", "USA", 5.5e11), ("KOR", "USA", 3.5e11)],
        ),
        (
            "In Morocco, a Chinese battery maker spent $1.3 billion on a plant in 2024, and India "
            "promised $2 billion of its own this spring.",
            [("CHN", "MAR", 1.3e9), ("IND", "MAR", 2e9)],
        ),
    ],
)
def test_a_clause_with_its_own_subject_names_who_invests_its_sum(nlp, text, expected):
    assert sides(facts_of(nlp, text), "investment") == expected


def test_a_later_clause_whose_subject_only_comments_does_not_invest(nlp):
    text = (
        "Taiwan's TSMC opened its Arizona plant in March, and the US hailed the $165 billion "
        "investment."
    )
    assert sides(facts_of(nlp, text), "investment") == [("TWN", "USA", 1.65e11)]


def test_a_plant_that_will_be_in_production_is_not_reported_yet(nlp):
    rows = facts_of(nlp, "Intel's $28 billion Ohio fab will be in production by 2030.")
    assert [r[schema.STATUS] for r in rows if r[schema.TOPIC] == "investment"] != ["reported"]


def test_a_government_giving_money_for_a_companys_plant_aids_it_at_home(nlp):
    text = (
        "Tokyo has provided up to 476 billion yen for TSMC's first plant in Kumamoto, which "
        "opened last year, and has promised up to 732 billion yen for a second one nearby."
    )
    rows = [r for r in facts_of(nlp, text) if r[schema.TOPIC] == "investment"]
    assert [(r[schema.ACTOR], r[schema.PARTNER], r[schema.VALUE]) for r in rows] == [
        ("JPN", "JPN", 476e9),
        ("JPN", "JPN", 732e9),
    ]


def test_a_later_clause_after_a_figure_names_where_its_own_sum_goes(nlp):
    text = (
        "The UAE promised $40 billion of investment in Italy when Mohamed bin Zayed visited Rome "
        "in February, and days earlier agreed with Paris to invest up to 50 billion euros in an "
        "AI campus."
    )
    rows = [r for r in facts_of(nlp, text) if r[schema.TOPIC] == "investment"]
    assert [(r[schema.ACTOR], r[schema.PARTNER], r[schema.VALUE]) for r in rows] == [
        ("ARE", "ITA", 40e9),
        ("ARE", "FRA", 50e9),
    ]


def test_a_sum_named_as_a_partnership_is_an_investment(nlp):
    text = (
        "ADQ, an Abu Dhabi state fund, had already formed a $25 billion partnership with Energy "
        "Capital Partners in March to build US power plants."
    )
    rows = facts_of(nlp, text)
    assert [(r[schema.TOPIC], r[schema.ACTOR], r[schema.PARTNER]) for r in rows] == [
        ("investment", "ARE", "USA")
    ]


def test_not_to_be_outdone_negates_nothing(nlp):
    text = "Saudi Arabia, not to be outdone, promised $600 billion for the United States in May."
    rows = [r for r in facts_of(nlp, text) if r[schema.TOPIC] == "investment"]
    assert [(r[schema.ACTOR], r[schema.NEGATED]) for r in rows] == [("SAU", False)]


def test_a_smelter_is_a_plant_to_invest_in(nlp):
    text = (
        "Emirates Global Aluminium said it would build a primary aluminium smelter in Oklahoma, "
        "the first new one in the US in decades, at a cost of about $4 billion."
    )
    rows = [r for r in facts_of(nlp, text) if r[schema.TOPIC] == "investment"]
    assert [(r[schema.ACTOR], r[schema.PARTNER], r[schema.VALUE]) for r in rows] == [
        ("ARE", "USA", 4e9)
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # no plant: an investment abroad
        ("Saudi Arabia pledged $10 billion for SoftBank's Vision Fund in 2017.", [("SAU", "JPN")]),
        # a plant abroad: an investment, not aid at home
        ("Japan pledged 1 trillion yen for Toyota's new plant in Kentucky.", [("JPN", "USA")]),
        # each government aids the plant on its own soil
        (
            "Washington approved $6.6 billion for TSMC's Arizona fabs, and Japan offered 476 "
            "billion yen for TSMC's Kumamoto plant.",
            [("USA", "USA"), ("JPN", "JPN")],
        ),
    ],
)
def test_a_grant_is_aid_only_for_a_plant_on_the_granters_soil(nlp, text, expected):
    rows = [r for r in facts_of(nlp, text) if r[schema.TOPIC] == "investment"]
    assert [(r[schema.ACTOR], r[schema.PARTNER]) for r in rows] == expected


def test_a_later_clause_names_its_destination_before_an_earlier_place(nlp):
    text = (
        "The UAE invested $10 billion in a plant in Texas, and days earlier agreed with Paris to "
        "invest up to 50 billion euros."
    )
    rows = [r for r in facts_of(nlp, text) if r[schema.TOPIC] == "investment"]
    assert [(r[schema.ACTOR], r[schema.PARTNER]) for r in rows] == [("ARE", "USA"), ("ARE", "FRA")]


@pytest.mark.parametrize(
    ("text", "topics"),
    [
        ("Qatar and Germany signed a $5 billion LNG partnership.", ["energy"]),
        # each partner of a joint venture invests: one row for each
        (
            "SoftBank and OpenAI formed a $2 billion joint-venture in Japan.",
            ["investment", "investment"],
        ),
    ],
)
def test_a_partnership_is_an_investment_only_when_named_right_after_its_sum(nlp, text, topics):
    assert [r[schema.TOPIC] for r in facts_of(nlp, text)] == topics


def test_a_compound_of_two_nations_is_a_pair_not_the_second_nations_money(nlp):
    text = (
        "Riyadh, for its part, has gone to Damascus: a Saudi-Syrian investment forum in July "
        "produced agreements worth about $6.4 billion."
    )
    rows = [r for r in facts_of(nlp, text) if r[schema.TOPIC] == "investment"]
    assert [(r[schema.ACTOR], r[schema.PARTNER]) for r in rows] == [("SAU", "SYR")]


def test_relief_for_farmers_is_no_investment(nlp):
    text = (
        "US soybean farmers, hit by China's 25% tariff, will receive $10 billion in government "
        "support."
    )
    assert [r for r in facts_of(nlp, text) if r[schema.TOPIC] == "investment"] == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Mexico's foreign direct investment reached a record $36.9 billion in 2024.",
            [(None, "MEX", 36.9e9)],
        ),
        ("Vietnam's FDI inflows rose to $25 billion last year.", [(None, "VNM", 25e9)]),
    ],
)
def test_a_countrys_foreign_direct_investment_is_money_it_received(nlp, text, expected):
    assert sides(facts_of(nlp, text), "investment") == expected


def test_foreign_direct_investment_sent_to_a_named_place_stays_the_owners(nlp):
    text = "Japan's foreign direct investment in the United States reached $800 billion."
    assert sides(facts_of(nlp, text), "investment") == [("JPN", "USA", 800e9)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("BYD agreed to build a $1 billion car plant in Manisa.", [("CHN", "TUR", 1e9)]),
        ("Gotion announced a $1.3 billion battery plant near Kenitra.", [("CHN", "MAR", 1.3e9)]),
        ("BMW completed a $250 million upgrade of its plant in Gauteng.", [("DEU", "ZAF", 250e6)]),
    ],
)
def test_industrial_towns_of_emerging_economies_name_the_host(nlp, text, expected):
    assert sides(facts_of(nlp, text), "investment") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Tokyo approved up to ¥536 billion in support for the project in September 2025.",
            [("JPN", "JPN", 536e9)],
        ),
        (
            "Support of up to ¥243 billion for Kioxia's flash memory lines was finalised in 2024.",
            [("JPN", "JPN", 243e9)],
        ),
        ("Farmers will get $10 billion in government support this year.", []),
    ],
)
def test_public_support_for_a_plant_or_chipmaker_is_state_aid_at_home(nlp, text, expected):
    assert sides(facts_of(nlp, text), "investment") == expected


def test_the_price_of_a_stake_in_an_energy_asset_is_an_investment(nlp):
    text = "XRG agreed to buy Galp's 10 percent stake in Mozambique's Area 4 gas project for $650 million."
    rows = facts_of(nlp, text)
    assert [
        (r[schema.TOPIC], r[schema.ACTOR], r[schema.PARTNER], r[schema.VALUE]) for r in rows
    ] == [("investment", "ARE", "MOZ", 650e6)]


@pytest.mark.parametrize(
    ("text", "status"),
    [
        ("Microsoft put $1.5 billion into G42, an Abu Dhabi AI group, in April 2024.", "reported"),
        ("Iberdrola paid $2.55 billion in December 2024 to buy out its US utility.", "reported"),
        ("Microsoft will put $1.5 billion into G42, an Abu Dhabi AI group.", "pledged"),
    ],
)
def test_money_already_put_into_a_company_is_reported(nlp, text, status):
    rows = [r for r in facts_of(nlp, text) if r[schema.TOPIC] == "investment"]
    assert [r[schema.STATUS] for r in rows] == [status]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "China's outbound foreign direct investment rose to $170 billion last year.",
            [("CHN", None, 170e9)],
        ),
        ("Korea's FDI outflows reached $64 billion in 2024.", [("KOR", None, 64e9)]),
        ("The US will give $10 billion in support to Ukraine for air defense projects.", []),
        (
            "India, which has a stake in the Chabahar port in Iran, signed an LNG supply deal "
            "with Qatar for $78 billion.",
            [],
        ),
        (
            "The 3M factory in Minnesota, which makes Scotch tape, will get $200 million of new "
            "investment.",
            [("USA", "USA", 200e6)],
        ),
    ],
)
def test_outward_fdi_aid_abroad_a_held_stake_and_scotch_tape(nlp, text, expected):
    rows = [r for r in facts_of(nlp, text) if r[schema.TOPIC] == "investment" and r[schema.VALUE]]
    assert sides(rows) == expected


def test_a_company_after_an_opening_place_and_the_is_the_subject(nlp):
    text = (
        "In Doha, the Qatar Investment Authority said it planned to put $500 billion into the "
        "United States by 2035."
    )
    assert sides(facts_of(nlp, text), "investment") == [("QAT", "USA", 5e11)]


def test_a_company_after_an_opening_and_in_phrase_is_the_subject(nlp):
    text = (
        "China's CATL is building a battery plant in Debrecen, and China's BYD one in Szeged. "
        "And in Germany, Intel dropped its plan for a €30 billion chip factory in Magdeburg."
    )
    assert sides(facts_of(nlp, text), "investment")[-1] == ("USA", "DEU", 3e10)


def test_foreign_investment_naming_no_country_went_into_the_texts_country(nlp):
    text = (
        "Vietnam's economy grew 7 percent last year. Total registered foreign investment came "
        "to $38.23 billion, down 3 percent."
    )
    assert sides(facts_of(nlp, text), "investment") == [(None, "VNM", 38.23e9)]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "The European Commission approved 5 billion euros of German state aid for it.",
            ("DEU", "DEU", 5e9),
        ),
        (
            "Tokyo has approved up to 732 billion yen more for a second plant nearby.",
            ("JPN", "JPN", 732e9),
        ),
    ],
)
def test_a_states_aid_for_a_plant_is_its_own_investment_at_home(nlp, sentence, expected):
    text = "TSMC is building chip plants in the United States, Germany and Japan. " + sentence
    rows = [r for r in facts_of(nlp, text) if r[schema.VALUE] == expected[2]]
    assert sides(rows, "investment") == [expected]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Taiwan approved $3.5 billion for a new plant in Arizona.", ("TWN", "USA", 3.5e9)),
        (
            "Japan's government approved subsidies of 476 billion yen for the Kumamoto plant, "
            "dwarfing South Korean subsidies for Samsung.",
            ("JPN", "JPN", 476e9),
        ),
    ],
)
def test_state_money_for_a_plant_abroad_or_beside_anothers_aid_keeps_its_sides(
    nlp, sentence, expected
):
    rows = facts_of(nlp, "Chipmakers are building plants. " + sentence)
    assert sides(rows, "investment") == [expected]


def test_foreign_investment_a_company_names_is_not_the_texts_inflow(nlp):
    text = (
        "Vietnam's economy grew. Samsung's chairman said foreign investment in its plants would "
        "reach $5 billion."
    )
    assert sides(facts_of(nlp, text), "investment") == [("KOR", "VNM", 5e9)]


def test_each_partner_of_a_joint_venture_invests_the_sum(nlp):
    text = "Toyota and LG Energy Solution will invest $3 billion in a battery plant in Ohio."
    rows = [r for r in facts_of(nlp, text) if r[schema.TOPIC] == "investment"]
    assert sorted(sides(rows)) == [("JPN", "USA", 3e9), ("KOR", "USA", 3e9)]


def test_a_clause_joined_by_and_we_adds_no_investor(nlp):
    text = (
        "Our priority is to finish the $4 billion programme at Big River Steel, and we will not "
        "pursue another acquisition in the United States this year."
    )
    rows = [r for r in facts_of(nlp, text) if r[schema.TOPIC] == "investment"]
    assert len({r[schema.ACTOR] for r in rows}) <= 1


def test_the_country_whose_company_is_bought_is_not_the_buyer(nlp):
    text = (
        "In March the two firms agreed to form a new group, which will buy Canada's Nova "
        "Chemicals for $13.4 billion once the merger closes."
    )
    rows = [r for r in facts_of(nlp, text) if r[schema.TOPIC] == "investment"]
    assert all(r[schema.ACTOR] != "CAN" for r in rows)


@pytest.mark.parametrize(
    "text",
    [
        "Japan and South Korea will invest a combined $900 billion in the United States.",
        "Japan and South Korea will invest $900 billion in the United States between them.",
        "Together, Japan and South Korea will invest $900 billion in the United States.",
    ],
)
def test_a_sum_partners_add_up_to_is_not_each_ones(nlp, text):
    rows = [r for r in facts_of(nlp, text) if r[schema.TOPIC] == "investment"]
    assert len(rows) == 1


def test_a_buying_word_further_back_does_not_make_a_country_bought(nlp):
    text = (
        "Seoul will buy more US energy, and Korea's Hanwha will invest $5 billion in US shipyards."
    )
    rows = [r for r in facts_of(nlp, text) if r[schema.TOPIC] == "investment"]
    assert [(r[schema.ACTOR], r[schema.PARTNER], r[schema.VALUE]) for r in rows] == [
        ("KOR", "USA", 5e9)
    ]


def test_a_takeover_signed_with_no_word_of_its_state_is_agreed(nlp):
    text = "Abu Dhabi's ADNOC's €14.7 billion takeover of Germany's Covestro awaits approval."
    rows = facts_of(nlp, text)
    assert [(r[schema.ACTOR], r[schema.PARTNER], r[schema.STATUS]) for r in rows] == [
        ("ARE", "DEU", "agreed")
    ]


def test_a_plan_dropped_is_an_announcement_negated(nlp):
    rows = facts_of(nlp, "Intel dropped its plan for a €30 billion chip plant in Germany.")
    assert [(r[schema.STATUS], r[schema.NEGATED]) for r in rows] == [("announced", True)]


def test_a_takeover_bid_is_not_yet_a_deal(nlp):
    text = "Abu Dhabi's ADNOC made a €14.7 billion takeover bid for Germany's Covestro."
    assert [r[schema.STATUS] for r in facts_of(nlp, text)] == ["announced"]


def test_a_plan_another_investor_dropped_leaves_this_ones_plan_standing(nlp):
    text = "After Intel dropped its plan for Magdeburg, Taiwan's TSMC plans to invest €10 billion in Germany."
    assert [r[schema.STATUS] for r in facts_of(nlp, text)] == ["pledged"]


def test_money_put_into_a_countrys_companies_goes_to_that_country(nlp):
    text = (
        "The United States and Britain drew the largest pledges this year, and the US led. "
        "Qatar's sovereign wealth fund committed to invest 10 billion euros in French "
        "companies and funds by 2030."
    )
    rows = [r for r in facts_of(nlp, text) if r[schema.TOPIC] == "investment"]
    assert [(r[schema.ACTOR], r[schema.PARTNER], r[schema.VALUE]) for r in rows] == [
        ("QAT", "FRA", 10e9)
    ]


def test_a_research_centre_dropped_is_an_investment_undone(nlp):
    text = "Merck & Co scrapped a planned 1 billion pound research centre in London in January."
    rows = [r for r in facts_of(nlp, text) if r[schema.TOPIC] == "investment"]
    assert [(r[schema.ACTOR], r[schema.PARTNER], r[schema.VALUE]) for r in rows] == [
        ("USA", "GBR", 1e9)
    ]
    assert rows[0][schema.NEGATED]


def test_the_subject_of_a_reported_clause_invests_not_whoever_heard_it(nlp):
    text = (
        "Crown Prince Mohammed bin Salman told Trump at the White House on Tuesday that Saudi "
        "Arabia would increase its planned investment in the United States to nearly $1 trillion."
    )
    rows = [r for r in facts_of(nlp, text) if r[schema.TOPIC] == "investment"]
    assert [(r[schema.ACTOR], r[schema.PARTNER], r[schema.VALUE]) for r in rows] == [
        ("SAU", "USA", 1e12)
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Canada and Mexico confirmed the trade and investment understanding they reached in May.",
        "ADNOC's investment arm agreed a plan with Egypt's oil ministry.",
        "Japan's Inpex has said it aims to take its investment decision on the Brazil field in "
        "2026.",
    ],
)
def test_a_generic_investment_word_is_no_investment(nlp, text):
    assert triples(facts_of(nlp, text), "investment") == set()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Under the trade and investment framework, Japan agreed to invest in Indonesian ports.",
            {("JPN", "IDN", None)},
        ),
        # the name of a fund is no generic word
        (
            "The Public Investment Fund of Saudi Arabia agreed a partnership with France's EDF.",
            {("SAU", "FRA", None)},
        ),
    ],
)
def test_an_investment_beside_a_generic_word_still_counts(nlp, text, expected):
    assert triples(facts_of(nlp, text), "investment") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The United States and France are watching closely. AstraZeneca paused a 200 million "
            "pound expansion of its research site in Cambridge.",
            ("GBR", "GBR"),
        ),
        # a country named as where the money goes still wins over the currency, in the sentence
        # or as the article's pair
        ("Toyota will invest 500 billion yen in a battery plant in Texas.", ("JPN", "USA")),
        (
            "Toyota is building a battery plant in the United States. Toyota will invest another "
            "300 billion yen in the plant.",
            ("JPN", "USA"),
        ),
    ],
)
def test_a_companys_money_in_its_own_currency_with_no_place_named_stays_at_home(
    nlp, text, expected
):
    rows = [r for r in facts_of(nlp, text) if r[schema.TOPIC] == "investment"]
    assert [(r[schema.ACTOR], r[schema.PARTNER]) for r in rows] == [expected]
