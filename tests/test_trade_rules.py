"""Trade rules: exports, imports, balances and shares, and which partner each figure is with."""

from __future__ import annotations

import pytest
from extracting import facts_of, sides, triples

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


def test_deficit_is_negative_from_the_actors_side(nlp):
    rows = facts_of(nlp, "The U.S. goods deficit with Mexico was $171.8 billion in 2024.")
    trade = [r for r in rows if r[schema.TOPIC] == "trade"]
    assert [
        (r[schema.MEASURE], r[schema.ACTOR], r[schema.PARTNER], r[schema.VALUE], r[schema.YEAR])
        for r in trade
    ] == [("balance", "USA", "MEX", -171.8e9, 2024)]


def test_parenthesised_figures_bind_to_the_preceding_country(nlp):
    text = (
        "Canada's largest deficits were recorded with China ($40 billion) and Mexico ($30 billion)."
    )
    assert triples(facts_of(nlp, text), "trade") == {("CAN", "CHN", -40e9), ("CAN", "MEX", -30e9)}


def test_comparison_amounts_are_not_facts(nlp):
    rows = facts_of(nlp, "U.S. imports were $419.0 billion, $17.8 billion more than in February.")
    assert [r[schema.VALUE] for r in rows if r[schema.TOPIC] == "trade"] == [419.0e9]


def test_a_release_reports_on_the_country_it_opens_with_and_drops_changes(nlp):
    text = (
        "The U.S. Census Bureau reported the April goods and services deficit.\n"
        "The deficit was $61.6 billion in April.\n"
        "The deficit with China decreased $8.0 billion to $19.7 billion in April.\n"
        "Exports to Mexico were $28.1 billion and imports from Mexico were $41.3 billion.\n"
    )
    assert triples(facts_of(nlp, text), "trade") == {
        ("USA", None, -61.6e9),
        ("USA", "CHN", -19.7e9),
        ("USA", "MEX", 28.1e9),
        ("USA", "MEX", 41.3e9),
    }


def test_buying_energy_or_selling_bonds_is_not_a_trade_figure(nlp):
    rows = facts_of(nlp, "Japan bought $7 billion of American LNG and sold $2 billion of bonds.")
    assert [r for r in rows if r[schema.TOPIC] == "trade"] == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Exports of Chinese goods to the EU totalled €516 billion, while EU exports to China were €213 billion.",
            {("exports", "CHN", "EUU", 516e9), ("exports", "EUU", "CHN", 213e9)},
        ),
        (
            "The United States took 20.6 percent of the bloc's exports.",
            {("share", "EUU", "USA", 20.6)},
        ),
        (
            "Shipments to America made up about 14.7 percent of China's exports.",
            {("share", "CHN", "USA", 14.7)},
        ),
        (
            "Canada sent 77% of its exports to the United States in 2024.",
            {("share", "CAN", "USA", 77.0)},
        ),
        (
            "Korea's exports to the US totalled $127.8 billion, with a surplus of $55.6 billion.",
            {("exports", "KOR", "USA", 127.8e9), ("balance", "KOR", "USA", 55.6e9)},
        ),
        (
            "Korea shipped a record $127.8 billion of goods to the United States in 2024.",
            {("exports", "KOR", "USA", 127.8e9)},
        ),
        (
            "The United States bought $438.9 billion of Chinese goods in 2024.",
            {("imports", "USA", "CHN", 438.9e9)},
        ),
        (
            "Americans bought $412.7 billion worth of goods from Canada last year.",
            {("imports", "USA", "CAN", 412.7e9)},
        ),
    ],
)
def test_trade_figures_bind_to_their_own_subject(nlp, text, expected):
    rows = [r for r in facts_of(nlp, text) if r[schema.TOPIC] == "trade"]
    assert {
        (r[schema.MEASURE], r[schema.ACTOR], r[schema.PARTNER], r[schema.VALUE]) for r in rows
    } == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Exports from Japan to the United States rose 3% to $140 billion in 2024.",
            {("exports", "JPN", "USA", 140e9)},
        ),
        (
            "Imports into the EU from China climbed to €517 billion.",
            {("imports", "EUU", "CHN", 517e9)},
        ),
        (
            "Goods exports to China were $143.5 billion and goods imports from China were "
            "$438.9 billion, the U.S. agency said.",
            {("exports", "USA", "CHN", 143.5e9), ("imports", "USA", "CHN", 438.9e9)},
        ),
    ],
)
def test_from_and_into_say_who_sells_when_no_subject_is_named(nlp, text, expected):
    assert {
        (r[schema.MEASURE], r[schema.ACTOR], r[schema.PARTNER], r[schema.VALUE])
        for r in facts_of(nlp, text)
        if r[schema.TOPIC] == "trade"
    } == expected


def test_a_statistical_release_in_a_national_currency_is_about_that_country(nlp):
    text = (
        "The United States and Canada resumed talks on Thursday.\n"
        "Exports fell 3.1% to C$60.1 billion in April, the agency said.\n"
        "Purchases of American goods declined to C$30.5 billion.\n"
        "The trade gap with Vietnam hit $12.3 billion, wider than the 2023 figure of $10.4 billion.\n"
    )
    assert {
        (r[schema.MEASURE], r[schema.ACTOR], r[schema.PARTNER], r[schema.VALUE])
        for r in facts_of(nlp, text)
        if r[schema.TOPIC] == "trade"
    } == {
        ("exports", "CAN", None, 60.1e9),
        ("imports", "CAN", "USA", 30.5e9),
        ("balance", "USA", "VNM", -12.3e9),
    }


def test_exports_and_imports_in_one_sentence_each_keep_their_own_measure(nlp):
    text = (
        "U.S. goods exports to India came to $41.8 billion and imports from India to $87.4 billion."
    )
    rows = [r for r in facts_of(nlp, text) if r[schema.TOPIC] == "trade"]
    assert {
        (r[schema.MEASURE], r[schema.ACTOR], r[schema.PARTNER], r[schema.VALUE]) for r in rows
    } == {
        ("exports", "USA", "IND", 41.8e9),
        ("imports", "USA", "IND", 87.4e9),
    }


def test_a_release_opened_by_one_country_owns_its_unnamed_figures(nlp):
    text = (
        "The U.S. Census Bureau reported the monthly trade figures today. April exports were "
        "$289.4 billion. The deficit with China fell to $19.7 billion, and exports to China "
        "were $9.4 billion, while imports from China were $29.1 billion."
    )
    rows = [r for r in facts_of(nlp, text, date="2025-06-05") if r[schema.TOPIC] == "trade"]
    assert {(r[schema.MEASURE], r[schema.ACTOR], r[schema.PARTNER]) for r in rows} == {
        ("exports", "USA", None),
        ("balance", "USA", "CHN"),
        ("exports", "USA", "CHN"),
        ("imports", "USA", "CHN"),
    }
    assert {r[schema.YEAR] for r in rows if r[schema.PARTNER] is None} == {2025}


def test_a_largest_trading_partner_and_the_one_it_overtook(nlp):
    text = (
        "The United States overtook China as Germany's largest trading partner in 2024, with "
        "two-way trade of €252.8 billion against €246.3 billion for China."
    )
    assert triples(facts_of(nlp, text), "trade") == {
        ("DEU", "USA", 252.8e9),
        ("DEU", "CHN", 246.3e9),
    }


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "China's surplus with the EU was €304.5 billion, and its surplus with the US hit "
            "$361 billion.",
            {("CHN", "EUU", 304.5e9), ("CHN", "USA", 361e9)},
        ),
        (
            "The US goods deficit with Vietnam grew to $123.5 billion; with Taiwan it was $73.9 billion.",
            {("USA", "VNM", -123.5e9), ("USA", "TWN", -73.9e9)},
        ),
        (
            "Canada ran a C$7.9 billion deficit with the world, but a C$100 billion surplus with "
            "the United States.",
            {("CAN", None, -7.9e9), ("CAN", "USA", 100e9)},
        ),
        (
            "Chile exported $50.8 billion of copper in 2024, about half of it to China.",
            {("CHL", None, 50.8e9)},
        ),
    ],
)
def test_each_trade_figure_takes_the_partner_of_its_own_clause(nlp, text, expected):
    assert triples(facts_of(nlp, text), "trade") == expected


def test_the_deficit_in_trade_in_goods_is_a_balance(nlp):
    rows = facts_of(nlp, "The US deficit in trade in goods and services widened to $918.4 billion.")
    assert [(r[schema.MEASURE], r[schema.VALUE]) for r in rows] == [("balance", -918.4e9)]


def test_goods_bought_from_a_country_are_bought_by_the_subject(nlp):
    text = (
        "Jakarta signed the deal in July. It also pledged to import $4.5 billion of US farm goods."
    )
    rows = [r for r in facts_of(nlp, text) if r[schema.TOPIC] == "trade"]
    assert [(r[schema.MEASURE], r[schema.ACTOR], r[schema.PARTNER]) for r in rows] == [
        ("imports", "IDN", "USA")
    ]


def test_the_export_import_bank_is_no_trade_flow(nlp):
    text = "The Export-Import Bank of the United States offered $2.2 billion for Australian mines."
    assert [r for r in facts_of(nlp, text) if r[schema.TOPIC] == "trade"] == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The EU shipped €213.3 billion of goods to China but bought €517.8 billion from it.",
            {("exports", "EUU", "CHN"), ("imports", "EUU", "CHN")},
        ),
        (
            "Germany's exports and imports with the US added up to €252.8 billion, ahead of the "
            "€246.3 billion exchanged with China.",
            {("total", "DEU", "USA"), ("total", "DEU", "CHN")},
        ),
    ],
)
def test_goods_bought_from_it_and_trade_exchanged_with_each_partner(nlp, text, expected):
    rows = facts_of(nlp, text)
    assert {(r[schema.MEASURE], r[schema.ACTOR], r[schema.PARTNER]) for r in rows} == expected


def test_the_next_entries_of_a_ranking_take_the_figure_before_them(nlp):
    text = (
        "Mexico was America's biggest trading partner, with two-way trade of $839.9 billion. "
        "Canada came next at $762.1 billion. China, whose share has shrunk, ranked third at "
        "$582.4 billion. Tokyo hosted a summit at a cost of $20 million."
    )
    rows = facts_of(nlp, text)
    assert [(r[schema.MEASURE], r[schema.ACTOR], r[schema.PARTNER]) for r in rows] == [
        ("total", "USA", "MEX"),
        ("total", "USA", "CAN"),
        ("total", "USA", "CHN"),
    ]


def test_shortfalls_head_a_list_and_the_gap_in_deficit_talk_is_a_balance(nlp):
    text = (
        "The US deficit was $918.4 billion.\n"
        "On goods alone the gap was about $1.21 trillion.\n\n"
        "The largest shortfalls were with the following partners:\n"
        "- China: $295.4 billion\n"
    )
    rows = facts_of(nlp, text)
    assert [(r[schema.MEASURE], r[schema.PARTNER], r[schema.VALUE]) for r in rows] == [
        ("balance", None, -918.4e9),
        ("balance", None, -1.21e12),
        ("balance", "CHN", -295.4e9),
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The US share of Taiwan's exports rose to 23.4% last year.", [("TWN", "USA", 23.4)]),
        (
            "The US took 20.6% of everything the EU sold abroad and supplied 13.7% of its imports.",
            [("EUU", "USA", 20.6), ("EUU", "USA", 13.7)],
        ),
    ],
)
def test_whoever_takes_or_supplies_a_share_is_its_other_side(nlp, text, expected):
    rows = facts_of(nlp, text)
    assert [(r[schema.ACTOR], r[schema.PARTNER], r[schema.VALUE]) for r in rows] == expected


def test_a_country_left_with_a_balance_owns_it(nlp):
    text = (
        "Exports to China dropped to €90.0 billion, while imports from China were €156.3 "
        "billion, leaving Germany with a deficit of €66.3 billion."
    )
    rows = [r for r in facts_of(nlp, text) if r[schema.MEASURE] == "balance"]
    assert [(r[schema.ACTOR], r[schema.PARTNER], r[schema.VALUE]) for r in rows] == [
        ("DEU", "CHN", -66.3e9)
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The United States is Japan's biggest market. Japan's surplus with it came to ¥8.6 "
            "trillion.",
            [("JPN", "USA", 8.6e12)],
        ),
        (
            "Mexico is the largest US partner. Two-way trade with it came to $839.9 billion.",
            [("USA", "MEX", 839.9e9)],
        ),
        # two countries before `it` in its own sentence: the other rules pick between them
        (
            "Canada is a large market. Germany sold €20 billion of goods to France and bought "
            "€15 billion from it.",
            [("DEU", "FRA", 20e9), ("DEU", "FRA", 15e9)],
        ),
    ],
)
def test_with_it_is_the_country_the_sentence_before_opened_with(nlp, text, expected):
    assert sides(facts_of(nlp, text), "trade") == expected


@pytest.mark.parametrize(
    ("text", "measure"),
    [
        ("Germany sold goods worth €161.4 billion to the United States.", "exports"),
        ("Japan bought goods worth $150 billion from China in 2024.", "imports"),
    ],
)
def test_goods_worth_a_sum_sold_or_bought_is_an_export_or_import(nlp, text, measure):
    rows = facts_of(nlp, text)
    assert [r[schema.MEASURE] for r in rows] == [measure]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The deficit in US trade in goods and services was $918.4 billion in 2024.",
            [("balance", "USA", None, -918.4e9)],
        ),
        (
            "The US ran a deficit with Canada. The gap with Mexico was almost three times as "
            "wide, at $171.8 billion.",
            [("balance", "USA", "MEX", -171.8e9)],
        ),
        (
            "Canada bought $349.4 billion of US goods last year and sold $412.7 billion in return.",
            [("imports", "CAN", "USA", 349.4e9), ("exports", "CAN", "USA", 412.7e9)],
        ),
    ],
)
def test_gaps_in_trade_and_flows_in_return(nlp, text, expected):
    rows = facts_of(nlp, text)
    assert [
        (r[schema.MEASURE], r[schema.ACTOR], r[schema.PARTNER], r[schema.VALUE]) for r in rows
    ] == expected


def test_a_flow_in_return_with_its_own_subject_runs_the_other_way(nlp):
    text = (
        "China bought $144 billion of US goods in 2024, while the United States bought $439 "
        "billion in return."
    )
    assert sides(facts_of(nlp, text), "trade") == [("CHN", "USA", 144e9), ("USA", "CHN", 439e9)]


def test_goods_and_services_joins_no_clauses(nlp):
    text = (
        "The United States published its 2024 trade figures. Exports of goods and services rose "
        "to $3,191.6 billion, while imports climbed faster, to $4,110.0 billion."
    )
    rows = facts_of(nlp, text)
    assert [(r[schema.MEASURE], r[schema.VALUE]) for r in rows] == [
        ("exports", 3191.6e9),
        ("imports", 4110.0e9),
    ]


def test_a_year_inside_a_which_clause_is_not_the_figures(nlp):
    text = (
        "Vietnam, which overtook Japan as a source of American imports in 2022, shipped "
        "$136.6 billion of goods to the United States in 2024."
    )
    rows = [r for r in facts_of(nlp, text) if r[schema.TOPIC] == "trade"]
    assert [(r[schema.VALUE], r[schema.YEAR]) for r in rows] == [(1.366e11, 2024)]


def test_a_country_ranked_the_largest_trading_partner_is_the_partner_of_the_report(nlp):
    text = (
        "The United States published its goods trade figures for 2024 on Tuesday. Canada was "
        "the largest trading partner, with total goods trade of $762.1 billion, ahead of Mexico "
        "($839.9 billion) and Japan ($227.9 billion)."
    )
    assert sides(facts_of(nlp, text), "trade") == [
        ("USA", "CAN", 762.1e9),
        ("USA", "MEX", 839.9e9),
        ("USA", "JPN", 227.9e9),
    ]


def test_a_ranked_partner_does_not_turn_its_own_exports_around(nlp):
    text = (
        "The US trade deficit widened in 2024. Mexico remained the top trading partner, and "
        "Mexican exports rose to $505 billion."
    )
    rows = [r for r in facts_of(nlp, text) if r[schema.MEASURE] == "exports"]
    assert [(r[schema.ACTOR], r[schema.VALUE]) for r in rows] == [("MEX", 505e9)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Canada bought $349.4 billion of US goods last year and sold $412.7 billion in "
            "return, leaving the United States with a goods deficit of $63.3 billion.",
            ("USA", "CAN"),
        ),
        (
            "Swiss exports to the US were $63.4 billion in 2024 and imports $24.9 billion. That "
            "left the United States with a goods deficit of $38.5 billion.",
            ("USA", "CHE"),
        ),
        (
            "Swiss exports to the US were $63.4 billion in 2024 and imports $24.9 billion. That "
            "left a U.S. goods deficit of $38.5 billion.",
            ("USA", "CHE"),
        ),
        (
            "Chinese exports to the US were $440 billion. That left a U.S. deficit of $1.2 "
            "trillion with the world.",
            ("USA", None),
        ),
        # a balance with the world names no other side
        (
            "Germany's exports rose 2 percent. That left Germany with a trade surplus of €240 "
            "billion.",
            ("DEU", None),
        ),
    ],
)
def test_a_balance_the_flows_leave_is_with_the_other_side_of_those_flows(nlp, text, expected):
    rows = [r for r in facts_of(nlp, text) if r[schema.MEASURE] == "balance"]
    assert [(r[schema.ACTOR], r[schema.PARTNER]) for r in rows] == [expected]


def test_the_gap_with_another_country_belongs_to_the_owner_of_the_balance_before(nlp):
    text = (
        "Ottawa is angry. Canada bought $349.4 billion of US goods last year and sold $412.7 "
        "billion in return, leaving the United States with a goods deficit of $63.3 billion. "
        "The gap with Mexico was almost three times as wide, at $171.8 billion."
    )
    rows = [r for r in facts_of(nlp, text) if r[schema.VALUE] == -171.8e9]
    assert [(r[schema.ACTOR], r[schema.PARTNER]) for r in rows] == [("USA", "MEX")]


def test_a_share_of_a_countrys_merchandise_exports_is_its_share(nlp):
    text = "The United States bought roughly 76% of Canada's merchandise exports in 2024."
    rows = facts_of(nlp, text)
    assert [(r[schema.MEASURE], r[schema.ACTOR], r[schema.PARTNER]) for r in rows] == [
        ("share", "CAN", "USA")
    ]


def test_a_share_given_to_a_second_market_with_its_verb_left_out(nlp):
    text = "China took 28% of Brazilian exports last year and the United States about 12%."
    rows = [r for r in facts_of(nlp, text) if r[schema.MEASURE] == "share"]
    assert [(r[schema.ACTOR], r[schema.PARTNER], r[schema.VALUE]) for r in rows] == [
        ("BRA", "CHN", 28.0),
        ("BRA", "USA", 12.0),
    ]


def test_a_second_share_of_another_exporter_is_not_the_first_exporters(nlp):
    text = "China took 28% of Brazil's exports and Argentina's about 12%."
    rows = [r for r in facts_of(nlp, text) if r[schema.VALUE] == 12.0]
    assert [r for r in rows if r[schema.ACTOR] == "BRA"] == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "India sold $87.4 billion of goods to the United States in 2024 and bought about "
            "$41.8 billion, leaving it a surplus of $45.7 billion.",
            [("exports", 87.4e9), ("imports", 41.8e9), ("balance", 45.7e9)],
        ),
        (
            "Mexico bought $130 billion of goods from China in 2024 and sold it barely $9 billion.",
            [("imports", 130e9), ("exports", 9e9)],
        ),
    ],
)
def test_a_bare_buying_or_selling_verb_after_and_sets_the_measure(nlp, text, expected):
    rows = [r for r in facts_of(nlp, text) if r[schema.TOPIC] == "trade"]
    assert [(r[schema.MEASURE], r[schema.VALUE]) for r in rows] == expected


def test_a_figure_followed_by_what_it_shipped_to_names_its_own_market(nlp):
    text = (
        "Brazil sold $40.3 billion of goods to the US last year, less than half of the "
        "$94.4 billion it shipped to China."
    )
    assert sides(facts_of(nlp, text), "trade") == [
        ("BRA", "USA", 40.3e9),
        ("BRA", "CHN", 94.4e9),
    ]


def test_an_overall_surplus_has_no_partner_and_belongs_to_the_clause_subject(nlp):
    text = (
        "Lima courts buyers in Asia. Peru's exports to China rose to about $25.8 billion in "
        "2024, and the country posted a record overall trade surplus of $23.8 billion."
    )
    assert sides(facts_of(nlp, text), "trade") == [
        ("PER", "CHN", 25.8e9),
        ("PER", None, 23.8e9),
    ]


def test_overall_opening_a_sentence_keeps_the_partner(nlp):
    text = "Overall, Mexico exported $506 billion of goods to the United States in 2024."
    assert sides(facts_of(nlp, text), "trade") == [("MEX", "USA", 506e9)]


def test_respectively_binds_only_the_numbers_before_it_to_the_partners_listed(nlp):
    text = (
        "The U.S. goods deficit reached $1.2 trillion in 2024. The deficits with South Korea and "
        "Canada were $66.0 billion and $63.3 billion respectively, and the gap with India reached "
        "$45.7 billion."
    )
    assert sides(facts_of(nlp, text), "trade")[1:] == [
        ("USA", "KOR", -66.0e9),
        ("USA", "CAN", -63.3e9),
        ("USA", "IND", -45.7e9),
    ]


def test_a_countrys_share_of_another_countrys_imports_is_a_share_of_the_importer(nlp):
    text = "China's share of U.S. goods imports slipped to 13.4 percent last year."
    assert sides(facts_of(nlp, text), "trade") == [("USA", "CHN", 13.4)]


def test_a_country_named_anothers_largest_export_market_is_the_partner(nlp):
    text = (
        "Vietnam's exports rose in 2024. The United States remained Viet Nam's largest export "
        "market, taking an estimated $119.5 billion of goods over the year."
    )
    assert sides(facts_of(nlp, text), "trade") == [("VNM", "USA", 119.5e9)]


def test_the_last_figure_of_a_list_joined_by_and_keeps_the_lists_measure(nlp):
    text = (
        "In 2024 the United States ran goods deficits of $123.5 billion with Vietnam, $68.5 "
        "billion with Japan, $66.0 billion with South Korea, $45.7 billion with India and $17.9 "
        "billion with Indonesia."
    )
    assert sides(facts_of(nlp, text), "trade")[-2:] == [
        ("USA", "IND", -45.7e9),
        ("USA", "IDN", -17.9e9),
    ]


def test_a_share_in_words_is_a_percent(nlp):
    text = "Mexico sends more than four-fifths of its exports to the United States."
    assert sides(facts_of(nlp, text), "trade") == [("MEX", "USA", 80.0)]


def test_the_owner_of_the_largest_export_market_is_the_exporter(nlp):
    text = (
        "Mexico's exports rose 4 percent. The United States remained Canada's largest export "
        "market, taking about $413 billion of goods."
    )
    rows = [r for r in facts_of(nlp, text) if r[schema.VALUE] == 413e9]
    assert sides(rows, "trade") == [("CAN", "USA", 413e9)]


def test_a_sum_sold_to_a_country_is_an_export(nlp):
    text = (
        "Last year Vietnam bought about $13 billion of American goods and sold about $137 "
        "billion to the United States."
    )
    rows = [r for r in facts_of(nlp, text) if r[schema.TOPIC] == "trade"]
    assert [(r[schema.MEASURE], r[schema.ACTOR], r[schema.PARTNER]) for r in rows] == [
        ("imports", "VNM", "USA"),
        ("exports", "VNM", "USA"),
    ]


def test_a_company_that_sold_arms_to_a_country_is_no_trade_export(nlp):
    rows = facts_of(nlp, "Lockheed sold $3 billion to Poland in missiles last year.")
    assert rows and not [r for r in rows if r[schema.TOPIC] == "trade"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "China has committed to buy at least 12 million tonnes of American soybeans in the "
            "last two months of 2025.",
            ("CHN", "USA", "soybeans", 12_000_000.0, "t", "pledged"),
        ),
        (
            "Under the agreement, Japan will buy $8 billion of American farm products a year.",
            ("JPN", "USA", "agricultural products", 8e9, "USD", "agreed"),
        ),
        (
            "According to the White House, Indonesia will purchase $4.5 billion worth of US wheat.",
            ("IDN", "USA", "wheat", 4.5e9, "USD", "pledged"),
        ),
    ],
)
def test_a_promised_purchase_of_goods_is_an_import_of_the_buyer(nlp, text, expected):
    rows = [r for r in facts_of(nlp, text) if r[schema.TOPIC] == "trade"]
    assert [
        (
            r[schema.ACTOR],
            r[schema.PARTNER],
            r[schema.PRODUCT],
            r[schema.VALUE],
            r[schema.UNIT],
            r[schema.STATUS],
        )
        for r in rows
    ] == [expected]
    assert rows[0][schema.MEASURE] == "imports"


def test_a_purchase_of_fuel_stays_an_energy_purchase(nlp):
    rows = facts_of(nlp, "Japan will buy $10 billion of American LNG.")
    assert [(r[schema.TOPIC], r[schema.MEASURE]) for r in rows] == [("energy", "purchase")]


def test_a_purchase_of_shares_is_no_import_of_goods(nlp):
    rows = facts_of(nlp, "Korea Zinc agreed to buy $2 billion of Intel shares.")
    assert [r for r in rows if r[schema.TOPIC] == "trade"] == []


def test_a_purchase_verb_names_only_the_amount_it_takes(nlp):
    text = (
        "Seoul promised $350 billion of investment in the United States, $150 billion of it "
        "for shipbuilding, and said it would buy $100 billion of American LNG."
    )
    rows = facts_of(nlp, text)
    assert {(r[schema.TOPIC], r[schema.VALUE]) for r in rows} == {
        ("investment", 350e9),
        ("investment", 150e9),
        ("energy", 100e9),
    }


def test_a_later_purchase_by_the_same_buyer_keeps_its_seller(nlp):
    text = (
        "China committed to buy 12 million tonnes of US soybeans this year. "
        "Beijing will then purchase at least 25 million tonnes a year in 2026 and 2027."
    )
    rows = [r for r in facts_of(nlp, text) if r[schema.TOPIC] == "trade"]
    assert [(r[schema.ACTOR], r[schema.PARTNER], r[schema.VALUE]) for r in rows] == [
        ("CHN", "USA", 12e6),
        ("CHN", "USA", 25e6),
    ]


@pytest.mark.parametrize(
    "text",
    [
        "China has a wheat import quota of 9.6 million tonnes a year.",
        "China's steel exports rose while its steel output reached 1 billion tonnes.",
        "Brazil exported soybeans and harvested 170 million tonnes.",
        "SoftBank agreed to buy $2 billion of newly issued Intel common stock.",
    ],
)
def test_tonnes_and_sums_no_purchase_takes_are_no_trade_figure(nlp, text):
    assert [r for r in facts_of(nlp, text) if r[schema.TOPIC] == "trade"] == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "China, which imports most of its soybeans from Brazil, agreed to buy 12 million "
            "tonnes of American soybeans.",
            ("CHN", "USA", "agreed"),
        ),
        (
            "Tokyo, under pressure from Washington, agreed to buy $8 billion of farm goods.",
            ("JPN", None, "agreed"),
        ),
        (
            "Chinese crushers used to buy 30 million tonnes of US soybeans a year.",
            ("CHN", "USA", "reported"),
        ),
    ],
)
def test_the_buyer_and_the_promise_of_a_purchase(nlp, text, expected):
    rows = [r for r in facts_of(nlp, text) if r[schema.TOPIC] == "trade"]
    assert [(r[schema.ACTOR], r[schema.PARTNER], r[schema.STATUS]) for r in rows] == [expected]


@pytest.mark.parametrize(
    "text",
    [
        "Prime Minister Modi met the Emir of Qatar in New Delhi. Both sides reaffirmed their goal "
        "of raising bilateral trade to $28 billion by 2030.",
        "India and Qatar held talks in New Delhi on Monday. The two governments set a goal of $28 "
        "billion in two-way trade by 2030.",
    ],
)
def test_a_goal_for_bilateral_trade_is_planned_between_the_two_sides(nlp, text):
    rows = [r for r in facts_of(nlp, text) if r[schema.TOPIC] == "trade"]
    assert [(r[schema.MEASURE], r[schema.STATUS]) for r in rows] == [("total", "planned")]
    assert {rows[0][schema.ACTOR], rows[0][schema.PARTNER]} == {"IND", "QAT"}
    assert rows[0][schema.VALUE] == 28e9


def test_two_way_trade_that_was_reached_is_reported_between_the_two_sides(nlp):
    text = (
        "The European Union and the United States agreed a framework in July. Counting services, "
        "trade between the two was worth about $1.9 trillion in 2024."
    )
    rows = [r for r in facts_of(nlp, text) if r[schema.TOPIC] == "trade"]
    assert [(r[schema.MEASURE], r[schema.STATUS]) for r in rows] == [("total", "reported")]
    assert {rows[0][schema.ACTOR], rows[0][schema.PARTNER]} == {"EUU", "USA"}


def test_a_share_of_a_figure_taken_by_the_other_side_is_the_first_sides_share(nlp):
    text = (
        "Japan's exports of chipmaking equipment reached about ¥4.6 trillion in 2024, and China "
        "took roughly 40 percent of them."
    )
    rows = facts_of(nlp, text)
    shares = [(r[schema.ACTOR], r[schema.PARTNER]) for r in rows if r[schema.MEASURE] == "share"]
    assert shares == [("JPN", "CHN")]


@pytest.mark.parametrize(
    "text",
    [
        "China's trade surplus reached a record 992 billion dollars in 2024, even as shipments "
        "to the United States slowed.",
        "Vietnam's trade surplus hit 24.8 billion dollars in 2024, although exports to China fell.",
    ],
)
def test_a_country_named_in_a_clause_of_its_own_is_no_partner_of_the_balance(nlp, text):
    rows = [r for r in facts_of(nlp, text) if r[schema.MEASURE] == "balance"]
    assert [r[schema.PARTNER] for r in rows] == [None]


def test_as_well_as_opens_no_clause_of_its_own(nlp):
    text = "China's surplus with the United States, as well as with the EU, reached 361 billion dollars."
    rows = [r for r in facts_of(nlp, text) if r[schema.MEASURE] == "balance"]
    assert [(r[schema.ACTOR], r[schema.PARTNER]) for r in rows] == [("CHN", "USA")]


def test_a_partner_inside_the_figures_own_clause_still_counts(nlp):
    text = "Even as exports slowed, China's surplus with the United States reached 361 billion dollars."
    rows = [r for r in facts_of(nlp, text) if r[schema.MEASURE] == "balance"]
    assert [(r[schema.ACTOR], r[schema.PARTNER]) for r in rows] == [("CHN", "USA")]
