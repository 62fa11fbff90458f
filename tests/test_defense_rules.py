"""Defense rules: budgets, shares of GDP, weapons purchases and who spends."""

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


def test_share_of_gdp_target_year_is_a_pledge(nlp):
    rows = facts_of(nlp, "Poland has pledged to raise defense spending to 5% of GDP by 2026.")
    defense = [r for r in rows if r[schema.TOPIC] == "defense_spending"]
    assert [
        (r[schema.ACTOR], r[schema.VALUE], r[schema.UNIT], r[schema.YEAR], r[schema.STATUS])
        for r in defense
    ] == [("POL", 5.0, "percent_gdp", 2026, "pledged")]


def test_a_budget_request_is_planned_and_a_navy_is_defense(nlp):
    rows = facts_of(
        nlp,
        "The U.S. defense budget request for 2026 is $848 billion.\n"
        "Australia will spend A$10 billion more over four years on its navy.\n",
    )
    defense = [r for r in rows if r[schema.TOPIC] == "defense_spending"]
    assert [(r[schema.ACTOR], r[schema.VALUE], r[schema.STATUS]) for r in defense] == [
        ("USA", 848e9, "planned"),
        ("AUS", 10e9, "pledged"),
    ]


def test_a_level_a_country_will_reach_continues_the_defense_talk(nlp):
    text = (
        "Japan's defense budget for fiscal 2025 is ¥8.7 trillion.\n"
        "Canada will reach 2% this fiscal year, Carney said.\n"
    )
    rows = [r for r in facts_of(nlp, text) if r[schema.TOPIC] == "defense_spending"]
    assert [(r[schema.ACTOR], r[schema.VALUE]) for r in rows] == [("JPN", 8.7e12), ("CAN", 2.0)]


def test_aid_to_ukraine_is_not_defense_spending(nlp):
    rows = facts_of(nlp, "Britain has promised Ukraine £3 billion a year in military aid.")
    assert [r for r in rows if r[schema.TOPIC] == "defense_spending"] == []


def test_the_country_doing_the_pledging_is_the_actor(nlp):
    text = "Canadian officials noted that NATO allies pledged to spend 5 percent of GDP by 2035."
    rows = [r for r in facts_of(nlp, text) if r[schema.TOPIC] == "defense_spending"]
    assert [(r[schema.ACTOR], r[schema.VALUE], r[schema.STATUS]) for r in rows] == [
        ("NATO", 5.0, "pledged")
    ]


def test_a_bare_share_after_a_defense_sentence_is_a_defense_share(nlp):
    text = (
        "Poland's defence budget will rise again next year, the ministry said. "
        "Officials expect the total to reach 4.8 percent by 2026."
    )
    rows = [r for r in facts_of(nlp, text) if r[schema.TOPIC] == "defense_spending"]
    assert [(r[schema.ACTOR], r[schema.VALUE], r[schema.UNIT], r[schema.YEAR]) for r in rows] == [
        ("POL", 4.8, "percent_gdp", 2026)
    ]


def test_an_approved_budget_for_a_later_year_is_announced(nlp):
    rows = facts_of(nlp, "Germany approved a defense budget of €108 billion for 2026.")
    assert [(r[schema.ACTOR], r[schema.STATUS], r[schema.YEAR]) for r in rows] == [
        ("DEU", "announced", 2026)
    ]


@pytest.mark.parametrize(
    "text",
    [
        "- Defense: ₩66.3 trillion for 2026, an increase of 8.2% over 2025.",
        "Korea's defense budget for 2026 is ₩66.3 trillion, an 8.2% rise.",
    ],
)
def test_a_growth_rate_beside_a_budget_is_no_share_of_gdp(nlp, text):
    rows = facts_of(nlp, text)
    assert {r[schema.MEASURE] for r in rows} == {"budget"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Australia has resisted US pressure to lift defence spending to 3.5% of GDP.",
            ("share_gdp", "AUS", None, "pledged"),
        ),
        (
            "The Philippines signed a $2.5 billion deal for South Korean FA-50 fighter jets.",
            ("purchase", "PHL", "KOR", "agreed"),
        ),
        (
            "France will double its defence budget to €64 billion by 2027.",
            ("budget", "FRA", None, "announced"),
        ),
    ],
)
def test_defense_pressure_sellers_and_doubling(nlp, text, expected):
    rows = [r for r in facts_of(nlp, text) if r[schema.TOPIC] == "defense_spending"]
    assert [
        (r[schema.MEASURE], r[schema.ACTOR], r[schema.PARTNER], r[schema.STATUS]) for r in rows
    ] == [expected]


def test_who_reports_a_share_of_gdp_is_not_who_spent_it(nlp):
    rows = facts_of(nlp, "NATO estimates that Poland spent 4.48 percent of GDP on defence in 2025.")
    assert [(r[schema.ACTOR], r[schema.VALUE]) for r in rows] == [("POL", 4.48)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "India signed an agreement with France for 26 Rafale Marine fighters for its navy, "
            "worth about 63,000 crore rupees.",
            ("purchase", "IND", "FRA"),
        ),
        (
            "Norway chose the Type 26 frigate in a programme worth about £10 billion to industry.",
            ("purchase", "NOR", "GBR"),
        ),
        (
            "NATO members raised defence budgets. Morocco became the first African buyer of "
            "Elbit's counter-drone system, in a deal of about $300 million.",
            ("purchase", "MAR", "ISR"),
        ),
        (
            "NATO members raised defence budgets. Peru followed in May with a $400 million order "
            "for the same system, this time from Saab.",
            ("purchase", "PER", "SWE"),
        ),
    ],
)
def test_a_sum_in_a_sentence_ordering_weapons_is_their_price(nlp, text, expected):
    rows = [r for r in facts_of(nlp, text) if r[schema.TOPIC] == "defense_spending"]
    assert [(r[schema.MEASURE], r[schema.ACTOR], r[schema.PARTNER]) for r in rows] == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Poland spends over 4 percent of GDP on defense.", {("POL", 4.0)}),
        ("Defense outlays above 1 percent of GDP no longer count against the debt brake.", set()),
        (
            "London is cutting overseas aid from 0.5 percent to 0.3 percent of gross national "
            "income to pay for defense.",
            set(),
        ),
    ],
)
def test_a_threshold_or_an_aid_share_is_no_defense_level(nlp, text, expected):
    rows = [r for r in facts_of(nlp, text) if r[schema.TOPIC] == "defense_spending"]
    assert {(r[schema.ACTOR], r[schema.VALUE]) for r in rows} == expected


def test_each_country_of_a_run_and_of_its_own_clause_spends_its_share(nlp):
    text = (
        "NATO published its estimates of defence spending as a share of GDP.\n"
        "- Poland: 4.48% of GDP\n\n"
        "Germany and the United Kingdom were both estimated at 2.40%, while Spain sat at 2.00%."
    )
    rows = [r for r in facts_of(nlp, text) if r[schema.VALUE] != 4.48]
    assert {(r[schema.ACTOR], r[schema.VALUE]) for r in rows} == {
        ("DEU", 2.4),
        ("GBR", 2.4),
        ("ESP", 2.0),
    }


def test_an_estimate_that_shows_a_country_spending_is_that_countrys(nlp):
    text = "NATO's latest estimates, published in August, show Poland spending 4.48% of GDP."
    assert [r[schema.ACTOR] for r in facts_of(nlp, text)] == ["POL"]


def test_the_two_sides_of_a_weapons_deal_are_buyer_and_seller_not_a_run(nlp):
    text = "Poland and the United States signed a $10 billion deal for Patriot missiles."
    assert [r[schema.ACTOR] for r in facts_of(nlp, text)] == ["POL"]


def test_each_entry_of_a_list_of_shares_and_each_gapped_country_spends_its_own(nlp):
    text = (
        "NATO published its estimates of defence spending for 2024.\n\n"
        "Allies at or above the guideline\n"
        "- Poland leads at an estimated 4.12 percent of GDP.\n"
        "- Estonia follows with 3.43 percent.\n"
        "- Latvia reaches 3.15 percent and Greece 3.08 percent.\n"
        "- Lithuania is estimated at 2.85 percent, Finland at 2.41 percent and Denmark at 2.37 "
        "percent.\n"
    )
    assert sides(facts_of(nlp, text), "defense_spending") == [
        ("POL", None, 4.12),
        ("EST", None, 3.43),
        ("LVA", None, 3.15),
        ("GRC", None, 3.08),
        ("LTU", None, 2.85),
        ("FIN", None, 2.41),
        ("DNK", None, 2.37),
    ]


def test_the_alliance_opening_a_sentence_of_a_text_on_nato_is_nato(nlp):
    text = (
        "NATO leaders met at a summit hosted by the Netherlands. The alliance's 32 members "
        "agreed to devote 5 percent of GDP a year to defence by 2035."
    )
    assert sides(facts_of(nlp, text), "defense_spending") == [("NATO", None, 5.0)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # no list: the country right before the sum is the seller, not a second spender
        (
            "Australia will pay the United States $3 billion for nuclear submarines under its "
            "defense budget.",
            "AUS",
        ),
        # `ahead` is no price per head
        ("Poland raised defense spending to $50 billion ahead of the NATO summit.", "POL"),
    ],
)
def test_a_sum_keeps_its_spender(nlp, text, expected):
    assert [r[schema.ACTOR] for r in facts_of(nlp, text)] == [expected]


def test_a_level_something_else_is_at_does_not_carry_the_defense_topic(nlp):
    text = (
        "Italy pledged to raise defense spending to 2% of GDP this year. Its public debt is at "
        "$3 trillion."
    )
    assert [r[schema.VALUE] for r in facts_of(nlp, text)] == [2.0]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "In May, Washington cleared a $780 million sale of missiles to Denmark.",
            [("DNK", "USA", 7.8e8)],
        ),
        (
            "Berlin agreed to sell Egypt four frigates for about €2 billion.",
            [("EGY", "DEU", 2e9)],
        ),
        (
            "Washington and Doha signed an arms sales package worth $38 billion.",
            [("QAT", "USA", 3.8e10)],
        ),
        # who orders buys, even with `sale` nowhere in the sentence
        ("Oslo ordered 20 Leopard tanks from Germany for $1 billion.", [("NOR", "DEU", 1e9)]),
    ],
)
def test_who_is_sold_to_buys_and_who_sells_supplies(nlp, text, expected):
    assert sides(facts_of(nlp, text), "defense_spending") == expected


@pytest.mark.parametrize(
    ("text", "measure"),
    [
        (
            "Egypt agreed to buy air defence batteries from Hanwha for about $900 million.",
            "purchase",
        ),
        # a budget that funds orders stays a budget
        ("Egypt will buy more drones under a defence budget of $5 billion.", "budget"),
    ],
)
def test_a_sum_an_order_names_is_its_price(nlp, text, measure):
    rows = [r for r in facts_of(nlp, text) if r[schema.TOPIC] == "defense_spending"]
    assert [r[schema.MEASURE] for r in rows] == [measure]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Poland was approved in May for 96 Apache helicopters worth $12 billion.",
            [("POL", "USA", 1.2e10, "announced")],
        ),
        (
            "Kuwait received clearance in June for Patriot interceptors valued at $400 million.",
            [("KWT", "USA", 4e8, "announced")],
        ),
        (
            "Four Reaper drones for Morocco were cleared last month at about $300 million.",
            [("MAR", "USA", 3e8, "announced")],
        ),
        # signed is signed, whatever was approved before
        (
            "Poland was approved for the Apaches in 2023 and signed a $10 billion contract in 2024.",
            [("POL", "USA", 1e10, "agreed")],
        ),
    ],
)
def test_a_government_cleared_to_buy_weapons_is_the_buyer_and_the_sale_is_announced(
    nlp, text, expected
):
    rows = [r for r in facts_of(nlp, text) if r[schema.TOPIC] == "defense_spending"]
    assert [
        (r[schema.ACTOR], r[schema.PARTNER], r[schema.VALUE], r[schema.STATUS]) for r in rows
    ] == (expected)


@pytest.mark.parametrize(
    ("text", "measure"),
    [
        ("Norway will spend 46 billion kroner on new submarines.", "purchase"),
        ("Finland said it would spend 3 billion euros on ground-based air defence.", "purchase"),
        # spending on defence as a whole is a budget
        ("Sweden will spend $15 billion on defence next year.", "budget"),
    ],
)
def test_a_sum_spent_on_equipment_is_a_purchase(nlp, text, measure):
    rows = [r for r in facts_of(nlp, text) if r[schema.TOPIC] == "defense_spending"]
    assert [r[schema.MEASURE] for r in rows] == [measure]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Portugal decided in May to order 12 more F-16s.", ("PRT", "USA", "announced")),
        ("In June Denmark picked the Swedish CV90 for its army.", ("DNK", "SWE", "announced")),
        # a signed contract is agreed, whatever was chosen before it
        (
            "Romania, which chose the K9 in 2023, signed a contract for 54 K9 howitzers in 2024.",
            ("ROU", "KOR", "agreed"),
        ),
    ],
)
def test_a_purchase_chosen_before_any_contract_is_announced(nlp, text, expected):
    rows = [r for r in facts_of(nlp, text) if r[schema.TOPIC] == "defense_spending"]
    assert [(r[schema.ACTOR], r[schema.PARTNER], r[schema.STATUS]) for r in rows] == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Canada aims to lift defence spending to 2 percent of GDP as soon as possible.",
            "pledged",
        ),
        ("Warsaw intends to buy $6 billion of Korean tanks and howitzers.", "pledged"),
        ("Italy has an ambition to raise defence spending to 2 percent of GDP.", "planned"),
    ],
)
def test_a_governments_own_plan_for_a_share_or_a_purchase_is_a_pledge(nlp, text, expected):
    rows = [r for r in facts_of(nlp, text) if r[schema.TOPIC] == "defense_spending"]
    assert [r[schema.STATUS] for r in rows] == [expected]


def test_a_pair_named_again_after_a_sales_word_still_buys_from_the_united_states(nlp):
    text = (
        "Washington and Doha signed an arms sales package worth $38 billion, one of the largest "
        "in US history."
    )
    rows = [r for r in facts_of(nlp, text) if r[schema.TOPIC] == "defense_spending"]
    assert sides(rows) == [("QAT", "USA", 3.8e10)]


def test_who_supplies_a_deal_is_not_where_part_of_it_is_built(nlp):
    text = (
        "The contract, worth about $3 billion, covers 96 howitzers to be supplied by Hanwha "
        "Aerospace, with some to be assembled in Norway."
    )
    rows = [r for r in facts_of(nlp, text) if r[schema.TOPIC] == "defense_spending"]
    assert ("KOR", "NOR", 3e9) not in sides(rows)


def test_whose_fiscal_year_or_defence_budget_a_sum_is_for_spends_it(nlp):
    text = (
        "Tokyo raised its spending again in March. Across the Pacific, the request for the US "
        "fiscal year starting in October tops $1 trillion for defence."
    )
    rows = [r for r in facts_of(nlp, text) if r[schema.TOPIC] == "defense_spending"]
    assert [(r[schema.ACTOR], r[schema.VALUE]) for r in rows] == [("USA", 1e12)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # talks and expectations are no pledge
        (
            "Poland is in talks with the United States to buy 32 F-35 jets worth $4.6 billion.",
            [("POL", "USA", "planned")],
        ),
        ("Canada is expected to raise defence spending to 2% of GDP.", [("CAN", None, "planned")]),
        # another country's budget named in comparison spends nothing
        (
            "A budget of 60 billion euros was adopted by Germany, almost twice France's defence "
            "budget.",
            [("DEU", None, "announced")],
        ),
        # something made by a third country is not the deal's supply
        (
            "Poland signed a $4.75 billion deal for Patriot systems from the United States, after "
            "a request was made by Ukraine.",
            [("POL", "USA", "agreed")],
        ),
    ],
)
def test_reviewed_defense_rules_stay_within_their_own_phrase(nlp, text, expected):
    rows = [r for r in facts_of(nlp, text) if r[schema.TOPIC] == "defense_spending"]
    assert [(r[schema.ACTOR], r[schema.PARTNER], r[schema.STATUS]) for r in rows] == expected


def test_the_two_countries_are_the_pair_their_own_sentence_names(nlp):
    text = (
        "Poland bought more Abrams tanks from the United States this year. Poland and the "
        "United States also agreed on Patriot batteries. During President Donald Trump's visit "
        "to Riyadh in May 2025, the two countries signed defence sales agreements worth nearly "
        "$142 billion."
    )
    rows = [r for r in facts_of(nlp, text) if r[schema.VALUE] == 142e9]
    assert [(r[schema.ACTOR], r[schema.PARTNER]) for r in rows] == [("SAU", "USA")]


@pytest.mark.parametrize(
    "text",
    [
        "Denmark is rebuilding its air defences. For the long-range layer it picked SAMP/T, built "
        "by the Franco-Italian consortium Eurosam, passing over the American Patriot.",
        "Denmark is rebuilding its air defences. For long-range defence Copenhagen picked the "
        "Franco-Italian SAMP/T, made by the Eurosam consortium.",
    ],
)
def test_both_nations_of_a_compound_maker_supply_a_chosen_system(nlp, text):
    rows = [r for r in facts_of(nlp, text) if r[schema.TOPIC] == "defense_spending"]
    assert sorted((r[schema.ACTOR], r[schema.PARTNER], r[schema.STATUS]) for r in rows) == [
        ("DNK", "FRA", "announced"),
        ("DNK", "ITA", "announced"),
    ]


def test_a_later_clause_after_a_figure_names_its_own_spender(nlp):
    text = (
        "Estonia has pledged to spend 5.4 percent of GDP in 2026, and Lithuania, whose State "
        "Defence Council set the course in January, has committed to at least 5 percent from "
        "the same year."
    )
    rows = [r for r in facts_of(nlp, text) if r[schema.TOPIC] == "defense_spending"]
    assert [(r[schema.ACTOR], r[schema.VALUE]) for r in rows] == [("EST", 5.4), ("LTU", 5.0)]


@pytest.mark.parametrize(
    "text",
    [
        "At The Hague, allies agreed to spend 5 percent of GDP on defence by 2035. Spain refused. "
        "That headline splits in two: at least 3.5 percent for core military spending and up to "
        "1.5 percent for broader items such as infrastructure.",
        "At The Hague, allies agreed to spend 5 percent of GDP on defence by 2035. Spain refused. "
        "Of that, 3.5 percent is meant for core military spending and 1.5 percent for related "
        "items such as cyber defence.",
    ],
)
def test_the_parts_of_the_alliance_target_are_the_alliances(nlp, text):
    rows = [r for r in facts_of(nlp, text) if r[schema.VALUE] in (3.5, 1.5)]
    assert [(r[schema.ACTOR], r[schema.VALUE]) for r in rows] == [("NATO", 3.5), ("NATO", 1.5)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Of the total, 2.1 percent of GDP is earmarked for core defence needs, Spain's finance "
            "minister said.",
            {"ESP"},
        ),
        (
            "Spain agreed to a lower defence goal. Of that, 2.1 percent is meant for core military "
            "spending.",
            {"ESP"},
        ),
        (
            "Germany will raise its defence budget to 3.5 percent of GDP by 2029. Of the extra "
            "money, 60 percent is earmarked for the core army and 40 percent for other branches.",
            {"DEU"},
        ),
    ],
)
def test_a_part_of_a_target_is_the_alliances_only_after_its_target(nlp, text, expected):
    rows = [r for r in facts_of(nlp, text) if r[schema.TOPIC] == "defense_spending"]
    assert rows and {r[schema.ACTOR] for r in rows} == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Estonia pledged 5.4 percent of GDP for defence, and the US wants Lithuania to reach 5 "
            "percent too.",
            [("EST", 5.4), ("LTU", 5.0)],
        ),
        (
            "Poland spent 4.1 percent of GDP on defence, and Trump praised Warsaw for reaching 4.1 "
            "percent.",
            [("POL", 4.1)],
        ),
    ],
)
def test_who_presses_or_praises_in_a_later_clause_spends_nothing(nlp, text, expected):
    rows = [r for r in facts_of(nlp, text) if r[schema.TOPIC] == "defense_spending"]
    assert [(r[schema.ACTOR], r[schema.VALUE]) for r in rows] == expected


def test_a_surname_like_a_combining_form_is_no_country(nlp):
    text = "Analyst Marco Russo said Italy would spend 2 percent of GDP on defence this year."
    rows = [r for r in facts_of(nlp, text) if r[schema.TOPIC] == "defense_spending"]
    assert [r[schema.ACTOR] for r in rows] == ["ITA"]


@pytest.mark.parametrize(
    "text",
    [
        "NATO estimates put Turkish defence spending at about 2.1 percent of GDP in 2025.",
        "NATO estimates put Turkey's defence spending at about 2.1 percent of GDP in 2025.",
    ],
)
def test_estimates_that_put_a_countrys_spending_at_a_share_report_its_figure(nlp, text):
    rows = [r for r in facts_of(nlp, text) if r[schema.TOPIC] == "defense_spending"]
    assert [(r[schema.ACTOR], r[schema.VALUE], r[schema.STATUS]) for r in rows] == [
        ("TUR", 2.1, "reported")
    ]


def test_an_arms_package_of_a_pair_with_the_united_states_is_sold_by_it(nlp):
    text = (
        "Trump visited Riyadh in May. The two governments signed an arms package the White House "
        "valued at nearly $142 billion."
    )
    rows = [r for r in facts_of(nlp, text) if r[schema.TOPIC] == "defense_spending"]
    assert sides(rows) == [("SAU", "USA", 142e9)]


def test_one_sides_pledge_to_buy_arms_in_a_joint_fact_sheet_stays_pledged(nlp):
    text = (
        "Joint Fact Sheet on the United States-Korea agreement. Korea pledges to purchase "
        "$25 billion of US military equipment by 2030."
    )
    rows = [r for r in facts_of(nlp, text) if r[schema.TOPIC] == "defense_spending"]
    assert [(r[schema.ACTOR], r[schema.PARTNER], r[schema.STATUS]) for r in rows] == [
        ("KOR", "USA", "pledged")
    ]


def test_a_defence_budget_for_a_later_year_is_pledged(nlp):
    text = "For Germany that means a defence budget of around €153 billion in 2029."
    rows = [
        r for r in facts_of(nlp, text, date="2025-06-25") if r[schema.TOPIC] == "defense_spending"
    ]
    assert [(r[schema.ACTOR], r[schema.STATUS]) for r in rows] == [("DEU", "pledged")]


def test_an_arms_deal_that_says_who_buys_from_whom_is_not_sold_by_the_united_states(nlp):
    text = (
        "The United States and Israel signed a $1.2 billion arms deal under which the US Army "
        "will buy Iron Dome batteries from Rafael."
    )
    rows = [r for r in facts_of(nlp, text) if r[schema.TOPIC] == "defense_spending"]
    assert ("ISR", "USA") not in {(r[schema.ACTOR], r[schema.PARTNER]) for r in rows}


@pytest.mark.parametrize(
    "text",
    [
        "Japan will buy U.S. farm goods worth $8 billion a year and raise its procurement of "
        "American rice by 75 percent.",
        "Japan also intends to purchase 100 Boeing aircraft.",
        "Riyadh will buy commercial jets from the United States.",
        "Qatar Airways agreed to buy 160 Boeing 787 and 777X jets worth $96 billion.",
    ],
)
def test_farm_goods_and_civil_aircraft_are_no_defense_purchase(nlp, text):
    assert not [r for r in facts_of(nlp, text) if r[schema.TOPIC] == "defense_spending"]


def test_military_aircraft_are_still_a_defense_purchase(nlp):
    rows = facts_of(nlp, "Japan also intends to purchase 100 American F-35 aircraft.")
    assert [r[schema.TOPIC] for r in rows] == ["defense_spending"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "NATO leaders met in The Hague. In Berlin, the cabinet adopted a draft budget that "
            "foresees defence spending reaching 3.5 percent of GDP in 2029, ahead of the NATO "
            "deadline.",
            ("DEU", 3.5),
        ),
        (
            "Elsewhere, in Spain, the cabinet approved a plan to reach 2 percent of GDP on defence "
            "this year, well short of what Washington wants.",
            ("ESP", 2.0),
        ),
        (
            "Japan and Australia raised spending. The Defence Capability Plan sets out 12 billion "
            "New Zealand dollars of defence spending over four years.",
            ("NZL", 12e9),
        ),
    ],
)
def test_the_country_a_sentence_opens_in_or_whose_currency_it_counts_in_spends(nlp, text, expected):
    rows = [r for r in facts_of(nlp, text) if r[schema.TOPIC] == "defense_spending"]
    assert [(r[schema.ACTOR], r[schema.VALUE]) for r in rows][:1] == [expected]


def test_a_share_of_gdp_saying_the_same_sum_again_is_the_same_spenders(nlp):
    text = (
        "NATO members met in June. The cabinet's budget proposal puts total defence spending at "
        "NT$949.5 billion, or 3.32 percent of GDP, and for the first time counts coast guard "
        "costs under NATO's definition."
    )
    rows = [r for r in facts_of(nlp, text) if r[schema.TOPIC] == "defense_spending"]
    assert [(r[schema.ACTOR], r[schema.VALUE]) for r in rows] == [("TWN", 949.5e9), ("TWN", 3.32)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Norway picked British frigates. A 10 billion pound contract for Type 26 frigates was "
            "signed by Norway on Sunday.",
            ("NOR", "GBR", 10e9),
        ),
        (
            "NATO leaders met. In Brussels, allies agreed to raise core defence spending to 3.5 "
            "percent of GDP.",
            ("NATO", None, 3.5),
        ),
    ],
)
def test_a_buyer_named_after_a_sum_in_the_sellers_money_and_allies_in_a_capital(
    nlp, text, expected
):
    rows = [r for r in facts_of(nlp, text) if r[schema.TOPIC] == "defense_spending"]
    assert [(r[schema.ACTOR], r[schema.PARTNER], r[schema.VALUE]) for r in rows] == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Denmark raised military spending to 2.4 percent of GDP this year. Prime Minister "
            "Mette Frederiksen pledged to get to 3.5 percent by 2030.",
            ("DNK", 3.5),
        ),
        (
            "Portugal expects to meet the 2 percent goal this year, after the cabinet approved "
            "an extra 1 billion euros for the military.",
            ("PRT", 2.0),
        ),
    ],
)
def test_a_bare_percent_pledged_or_named_as_a_goal_is_a_share_of_gdp(nlp, text, expected):
    rows = [r for r in facts_of(nlp, text) if r[schema.MEASURE] == "share_gdp"]
    assert expected in [(r[schema.ACTOR], r[schema.VALUE]) for r in rows]


def test_a_named_group_of_countries_spends_as_each_member(nlp):
    text = (
        "Poland spends 4.7 percent of GDP on defence, and the three Baltic states have said they "
        "will pass 5 percent of GDP next year."
    )
    rows = [r for r in facts_of(nlp, text) if r[schema.VALUE] == 5.0]
    assert sorted(r[schema.ACTOR] for r in rows) == ["EST", "LTU", "LVA"]


def test_a_buyer_described_is_no_purchase_and_a_goal_for_something_else_no_share(nlp):
    rows = facts_of(
        nlp, "India, the world's top arms buyer, raised military spending to $80 billion this year."
    )
    assert [r[schema.MEASURE] for r in rows] == ["budget"]
    text = "NATO members raised defence budgets. The EU set a 40 percent goal for joint purchases."
    assert not [r for r in facts_of(nlp, text) if r[schema.MEASURE] == "share_gdp"]


def test_a_named_group_that_is_only_a_destination_is_not_split(nlp):
    rows = facts_of(nlp, "China's exports to the Benelux countries rose to $150 billion.")
    assert [(r[schema.ACTOR], r[schema.PARTNER]) for r in rows] == [("CHN", None)]


def test_an_estimate_told_without_that_is_the_country_s_reported_figure(nlp):
    text = (
        "Germany has raised its defence budget again. NATO estimates the country will spend "
        "2.4 percent of GDP this year."
    )
    rows = [r for r in facts_of(nlp, text) if r[schema.MEASURE] == "share_gdp"]
    assert [(r[schema.ACTOR], r[schema.VALUE], r[schema.STATUS]) for r in rows] == [
        ("DEU", 2.4, "reported")
    ]


def test_a_leader_saying_what_his_country_will_not_commit_to_keeps_its_status(nlp):
    text = (
        "Spanish Prime Minister Pedro Sánchez said Madrid would not commit to the 5% figure and "
        "that spending 2.1% of GDP on defence was enough."
    )
    rows = [r for r in facts_of(nlp, text) if r[schema.VALUE] == 5.0]
    assert [(r[schema.ACTOR], r[schema.STATUS], r[schema.NEGATED]) for r in rows] == [
        ("ESP", "pledged", True)
    ]


def test_an_estimate_for_one_country_leaves_another_s_pledge_alone(nlp):
    text = (
        "NATO expects Spain to stay below 2 percent of GDP, but Poland has pledged 5 percent of "
        "GDP by 2030."
    )
    rows = [r for r in facts_of(nlp, text) if r[schema.ACTOR] == "POL"]
    assert [(r[schema.VALUE], r[schema.STATUS]) for r in rows] == [(5.0, "pledged")]


def test_a_share_of_gdp_a_country_says_it_will_raise_spending_to_is_pledged(nlp):
    text = "On security, Korea said it would raise defence spending to 3.5% of GDP as soon as possible."
    rows = [r for r in facts_of(nlp, text) if r[schema.TOPIC] == "defense_spending"]
    assert [(r[schema.ACTOR], r[schema.VALUE], r[schema.STATUS]) for r in rows] == [
        ("KOR", 3.5, "pledged")
    ]


def test_they_after_a_sentence_about_the_allies_are_the_alliance(nlp):
    text = (
        "NATO leaders met in The Hague with the figure Washington had pressed for. They agreed "
        "to spend 5 percent of GDP on defence by 2035."
    )
    rows = facts_of(nlp, text)
    assert [(r[schema.ACTOR], r[schema.VALUE]) for r in rows] == [("NATO", 5.0)]


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        # someone's allies, or allies pressing another country, are not who commits
        (
            "Germany's allies welcomed the budget. They agreed that spending 3.5 percent of GDP "
            "was ambitious.",
            "DEU",
        ),
        (
            "NATO allies pressed Spain to raise military spending. They want it to reach 3.5 "
            "percent of GDP.",
            "ESP",
        ),
    ],
)
def test_they_is_the_alliance_only_after_the_allies_open_the_sentence_before(nlp, text, actor):
    rows = facts_of(nlp, text)
    assert [(r[schema.ACTOR], r[schema.VALUE]) for r in rows] == [(actor, 3.5)]
