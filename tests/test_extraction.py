"""Behaviour of the rule-based extractors on sentences written for these tests."""

from __future__ import annotations

import pytest
from extracting import facts_of, triples

from pipeline import schema
from pipeline.documents import Article
from pipeline.facts import extract_articles


def test_rates_distribute_over_coordinated_targets(nlp):
    rows = facts_of(
        nlp, "Washington imposed tariffs of 25% on Canada and Mexico and 10% on China on Tuesday."
    )
    assert triples(rows, "tariff") == {
        ("USA", "CAN", 25.0),
        ("USA", "MEX", 25.0),
        ("USA", "CHN", 10.0),
    }


def test_demonym_goods_are_the_target_and_capital_is_the_imposer(nlp):
    rows = facts_of(nlp, "Beijing slapped a 15% levy on American coal in February.")
    assert triples(rows, "tariff") == {("CHN", "USA", 15.0)}


def test_question_about_tariffs_is_a_threat_not_an_imposition(nlp):
    text = "Asked whether tariffs on Japan were an option, Trump said yes."
    rows = [r for r in facts_of(nlp, text) if r[schema.TOPIC] == "tariff"]
    assert [(r[schema.PARTNER], r[schema.STATUS]) for r in rows] == [("JPN", "threatened")]


def test_paused_tariffs_are_delayed_for_each_country(nlp):
    text = "Trump agreed to pause the tariffs on goods from Mexico and Canada for 30 days."
    rows = [r for r in facts_of(nlp, text) if r[schema.TOPIC] == "tariff"]
    assert {(r[schema.PARTNER], r[schema.STATUS]) for r in rows} == {
        ("MEX", "delayed"),
        ("CAN", "delayed"),
    }


def test_a_cut_from_one_rate_to_another_keeps_only_the_new_rate_as_lifted(nlp):
    rows = facts_of(nlp, "U.S. tariffs on Chinese goods were cut from 145% to 30% under the truce.")
    tariffs = [r for r in rows if r[schema.TOPIC] == "tariff"]
    assert [
        (r[schema.ACTOR], r[schema.PARTNER], r[schema.VALUE], r[schema.STATUS]) for r in tariffs
    ] == [("USA", "CHN", 30.0, "lifted")]


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


def test_terms_of_a_joint_statement_are_agreed(nlp):
    text = (
        "The United States and Japan today issued the following joint statement on trade.\n"
        "- A 15% tariff on most Japanese goods.\n"
        "- Japan will provide $550 billion for investment in the United States.\n"
    )
    assert {(r[schema.TOPIC], r[schema.STATUS]) for r in facts_of(nlp, text)} == {
        ("tariff", "agreed"),
        ("investment", "agreed"),
    }


def test_a_news_story_that_cites_a_joint_statement_is_not_one(nlp):
    text = (
        "GENEVA, May 12 - Markets rallied on Monday after the world's two largest economies "
        "ended a weekend of talks in Switzerland with a surprise truce. In a joint statement, "
        "both sides said they would keep talking.\n"
        "Saudi Arabia pledged $600 billion for U.S. projects during the trip to Riyadh.\n"
    )
    rows = [r for r in facts_of(nlp, text) if r[schema.TOPIC] == "investment"]
    assert [r[schema.STATUS] for r in rows] == ["pledged"]


def test_a_joint_statement_may_open_with_an_abbreviated_dateline(nlp):
    text = (
        "WASHINGTON, Aug. 21, 2025 - Joint Statement of the United States and the EU\n"
        "- A 15% tariff on most EU goods.\n"
    )
    assert [r[schema.STATUS] for r in facts_of(nlp, text)] == ["agreed"]


def test_a_compared_rate_that_someone_set_is_a_fact_of_its_own(nlp):
    text = "Tokyo settled for a 15 percent tariff, well below the 25 percent Trump had threatened."
    rows = [r for r in facts_of(nlp, text) if r[schema.TOPIC] == "tariff"]
    assert {(r[schema.VALUE], r[schema.STATUS]) for r in rows} == {
        (15.0, "agreed"),
        (25.0, "threatened"),
    }


def test_share_of_gdp_target_year_is_a_pledge(nlp):
    rows = facts_of(nlp, "Poland has pledged to raise defense spending to 5% of GDP by 2026.")
    defense = [r for r in rows if r[schema.TOPIC] == "defense_spending"]
    assert [
        (r[schema.ACTOR], r[schema.VALUE], r[schema.UNIT], r[schema.YEAR], r[schema.STATUS])
        for r in defense
    ] == [("POL", 5.0, "percent_gdp", 2026, "pledged")]


def test_non_usd_money_gets_a_usd_value(nlp):
    rows = facts_of(nlp, "Germany's defence budget will rise to €62.4 billion in 2025.")
    defense = [r for r in rows if r[schema.TOPIC] == "defense_spending"]
    assert defense and defense[0][schema.UNIT] == "EUR"
    assert defense[0][schema.VALUE_USD] == pytest.approx(62.4e9 * 1.129, rel=1e-6)


def test_bullet_summary_and_body_give_one_fact_with_body_evidence(nlp):
    text = (
        "• Japan pledged defense spending of 2% of GDP by 2027\n\n"
        "Japan has pledged to lift defense spending to 2% of GDP by 2027, officials said.\n"
    )
    rows = [r for r in facts_of(nlp, text) if r[schema.TOPIC] == "defense_spending"]
    assert len(rows) == 1
    assert not rows[0][schema.EVIDENCE].startswith("•")
    assert rows[0][schema.MENTIONS] == 2


def test_a_mention_without_the_number_is_the_same_fact_unless_its_status_differs(nlp):
    first = "Canada imposed a 25% tariff on American steel in March. "
    again = facts_of(nlp, first + "Canada imposed tariffs on American steel.")
    assert [(r[schema.VALUE], r[schema.STATUS]) for r in again] == [(25.0, "imposed")]
    removed = facts_of(nlp, first + "By June, Canada had removed its tariffs on American steel.")
    assert {(r[schema.VALUE], r[schema.STATUS]) for r in removed} == {
        (25.0, "imposed"),
        (None, "lifted"),
    }


def test_evidence_offsets_point_into_the_article_text(nlp):
    text = "Intro line.\n\nCanada imposed a 25% tariff on American steel in March 2025."
    rows = facts_of(nlp, text)
    assert rows
    for row in rows:
        assert text[row[schema.START] : row[schema.END]] == row[schema.EVIDENCE]


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


def test_a_percent_target_after_tariff_talk_is_not_a_tariff(nlp):
    text = "Washington put a 25% tariff on Spanish olives.\nSpain refused the 5% target.\n"
    rows = facts_of(nlp, text)
    assert [r[schema.VALUE] for r in rows if r[schema.TOPIC] == "tariff"] == [25.0]


def test_the_one_other_country_is_hit_by_a_tariff_named_by_its_imposer(nlp):
    rows = facts_of(nlp, "India said it would not retaliate against the 50% U.S. tariff.")
    assert triples(rows, "tariff") == {("USA", "IND", 50.0)}


def test_countermeasures_prepared_are_planned(nlp):
    rows = facts_of(nlp, "The EU has prepared countermeasures on €93 billion of American goods.")
    tariffs = [r for r in rows if r[schema.TOPIC] == "tariff"]
    assert [(r[schema.ACTOR], r[schema.PARTNER], r[schema.STATUS]) for r in tariffs] == [
        ("EUU", "USA", "planned")
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Swiss watches now carry a 39% duty at the U.S. border.",
            {("USA", "CHE", 39.0, "imposed")},
            id="goods that carry a duty are hit by it",
        ),
        pytest.param(
            "The EU will drop its tariffs on U.S. industrial goods to zero.",
            {("EUU", "USA", 0.0, "lifted")},
            id="dropping tariffs lifts them",
        ),
        pytest.param(
            "U.S. levies on Chinese imports reached 145 percent in April before a truce cut them "
            "to 30 percent.",
            {("USA", "CHN", 145.0, "imposed"), ("USA", "CHN", 30.0, "lifted")},
            id="a status after before belongs to the later clause",
        ),
        pytest.param(
            "Trump put a 10 percent tariff on Chinese goods from April 5.",
            {("USA", "CHN", 10.0, "imposed")},
            id="a tariff someone put on goods is imposed whatever its start date",
        ),
        pytest.param(
            "Taiwan has been paying a 20 percent U.S. tariff since August 7.",
            {("USA", "TWN", 20.0, "imposed")},
            id="the country paying a tariff is hit by it",
        ),
        pytest.param(
            "Trump said he was weighing tariffs of 25 percent on Canada from February 1.",
            {("USA", "CAN", 25.0, "threatened")},
            id="a rate under consideration is a threat whatever its start date",
        ),
    ],
)
def test_tariff_status_and_target_words(nlp, text, expected):
    rows = [r for r in facts_of(nlp, text) if r[schema.TOPIC] == "tariff"]
    assert {
        (r[schema.ACTOR], r[schema.PARTNER], r[schema.VALUE], r[schema.STATUS]) for r in rows
    } == expected


def test_a_countrys_own_rate_answers_the_other_side(nlp):
    text = (
        "Washington raised its tariff on Chinese goods to 145% on April 10.\n"
        "Beijing followed each step and set its own rate at 125% from April 12.\n"
    )
    assert triples(facts_of(nlp, text), "tariff") == {
        ("USA", "CHN", 145.0),
        ("CHN", "USA", 125.0),
    }


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Laos and Myanmar face 40%, Thailand and Cambodia 36%, and Bangladesh 35%.",
            {
                ("USA", "LAO", 40.0),
                ("USA", "MMR", 40.0),
                ("USA", "THA", 36.0),
                ("USA", "KHM", 36.0),
                ("USA", "BGD", 35.0),
            },
            id="a verb left out after the first rate",
        ),
        pytest.param(
            "Japan, South Korea and the EU each secured a 15% rate.",
            {("USA", "JPN", 15.0), ("USA", "KOR", 15.0), ("USA", "EUU", 15.0)},
            id="every country coordinated before the verb receives",
        ),
        pytest.param(
            "Mexico and Canada were hit with 25% tariffs, and China with 10%.",
            {("USA", "MEX", 25.0), ("USA", "CAN", 25.0), ("USA", "CHN", 10.0)},
            id="a coordinated pair and a gapped third",
        ),
    ],
)
def test_countries_that_receive_rates_in_a_list_are_all_hit(nlp, text, expected):
    text = (
        "Washington has set new tariffs on dozens of partners; tariffs and duties dominate.\n"
        + text
    )
    assert triples(facts_of(nlp, text), "tariff") == expected


def test_an_unnamed_imposer_is_the_one_the_article_named_imposing_before(nlp):
    text = (
        "U.S. tariffs of 25% on Canadian steel took effect in March.\n"
        "Canada's exports to China grew, and Canada's talks with China went on.\n"
        "Officials in Canada said the 10% tariff on Canadian potash stays.\n"
    )
    assert ("USA", "CAN", 10.0) in triples(facts_of(nlp, text), "tariff")


def test_a_level_a_country_will_reach_continues_the_defense_talk(nlp):
    text = (
        "Japan's defense budget for fiscal 2025 is ¥8.7 trillion.\n"
        "Canada will reach 2% this fiscal year, Carney said.\n"
    )
    rows = [r for r in facts_of(nlp, text) if r[schema.TOPIC] == "defense_spending"]
    assert [(r[schema.ACTOR], r[schema.VALUE]) for r in rows] == [("JPN", 8.7e12), ("CAN", 2.0)]


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


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Brazil faces a 50% tariff from August 6, while the U.S. charges 10% on most other "
            "countries.",
            {("tariff", "USA", "BRA", 50.0, "imposed"), ("tariff", "USA", None, 10.0, "imposed")},
            id="a country acting in a later clause is no gapped receiver",
        ),
        pytest.param(
            "The EU's $750 billion pledge covers purchases of U.S. LNG, oil and nuclear fuel.",
            {("energy", "EUU", "USA", 750e9, "pledged")},
            id="a pledge of energy purchases stays energy",
        ),
        pytest.param(
            "Brazil is weighing retaliation after Washington imposed a 50% tariff on Brazilian goods.",
            {("tariff", "USA", "BRA", 50.0, "imposed")},
            id="weighing a response to a tariff does not make the tariff a threat",
        ),
        pytest.param(
            "Mexico's steel tariff of 50% applies to Chinese imports.",
            {("tariff", "MEX", "CHN", 50.0, "imposed")},
            id="a country's steel tariff is its own",
        ),
        pytest.param(
            "Trump put the 25% tariffs on Mexico on hold for a month.",
            {("tariff", "USA", "MEX", 25.0, "delayed")},
            id="tariffs put on hold are delayed",
        ),
        pytest.param(
            "Qatar signed a supply deal for 2 million tonnes a year of LNG with Germany.",
            {("energy", "DEU", "QAT", 2e6, "agreed")},
            id="the seller of a supply deal does not buy",
        ),
        pytest.param(
            "Qatar will supply 2 million tonnes of LNG a year to Germany for 15 years.",
            {("energy", "DEU", "QAT", 2e6, "agreed")},
            id="a future supply commitment is agreed, not reported",
        ),
        pytest.param(
            "China has benefited from the 50% U.S. tariff, analysts said.",
            {("tariff", "USA", None, 50.0, "imposed")},
            id="a bystander of a tariff is not its target",
        ),
        pytest.param(
            "Apple sold $67 billion of products in China last year.",
            set(),
            id="a company's sales in a country are no export figure",
        ),
        pytest.param(
            "Washington will fund $500 million for projects to clear landmines in Ukraine.",
            set(),
            id="aid money is no investment",
        ),
    ],
)
def test_rules_of_the_third_session_leave_these_alone(nlp, text, expected):
    rows = facts_of(nlp, text)
    assert {
        (r[schema.TOPIC], r[schema.ACTOR], r[schema.PARTNER], r[schema.VALUE], r[schema.STATUS])
        for r in rows
        if r[schema.VALUE] is not None
    } == expected


def test_a_tariff_someone_might_raise_is_a_threat(nlp):
    rows = facts_of(nlp, "Trump said he might raise the tariff on Brazil to 100%.")
    assert [(r[schema.PARTNER], r[schema.STATUS]) for r in rows] == [("BRA", "threatened")]


def test_buying_energy_or_selling_bonds_is_not_a_trade_figure(nlp):
    rows = facts_of(nlp, "Japan bought $7 billion of American LNG and sold $2 billion of bonds.")
    assert [r for r in rows if r[schema.TOPIC] == "trade"] == []


def test_a_countrys_goods_named_with_an_apostrophe_are_the_tariffs_target(nlp):
    rows = facts_of(nlp, "Vietnam's exports to the United States will be charged 20 percent.")
    assert triples(rows, "tariff") == {("USA", "VNM", 20.0)}


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


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The European Commission imposed countervailing duties of up to 35.3% on electric vehicles made in China.",
            {("EUU", "CHN", 35.3, "imposed")},
        ),
        (
            "Ottawa will apply a 100% surtax on Chinese-made electric vehicles from October 1.",
            {("CAN", "CHN", 100.0, "announced")},
        ),
        (
            "Beijing set anti-dumping deposits of between 30.6% and 39% on brandy from the European Union.",
            {("CHN", "EUU", 30.6, "imposed"), ("CHN", "EUU", 39.0, "imposed")},
        ),
        (
            "Trump threatened to slap 200% tariffs on French wine and champagne.",
            {("USA", "FRA", 200.0, "threatened")},
        ),
        (
            "Ottawa hit back with 25% counter-tariffs on C$30 billion of American products.",
            {("CAN", "USA", 25.0, "imposed")},
        ),
    ],
)
def test_tariff_wording_of_official_and_news_texts(nlp, text, expected):
    rows = [r for r in facts_of(nlp, text) if r[schema.TOPIC] == "tariff"]
    assert {
        (r[schema.ACTOR], r[schema.PARTNER], r[schema.VALUE], r[schema.STATUS]) for r in rows
    } == expected


def test_a_rate_without_a_country_takes_the_target_of_the_sentence_before(nlp):
    text = (
        "Washington imposed a 20% tariff on Chinese goods in March. "
        "That 20% levy stays in force after the truce, officials said."
    )
    rows = [r for r in facts_of(nlp, text) if r[schema.TOPIC] == "tariff"]
    assert {(r[schema.PARTNER], r[schema.MENTIONS]) for r in rows} == {("CHN", 2)}


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


def test_commitment_inside_a_deal_is_agreed(nlp):
    text = "Under the trade deal, Japan will invest $550 billion in the United States."
    rows = [r for r in facts_of(nlp, text) if r[schema.TOPIC] == "investment"]
    assert [(r[schema.ACTOR], r[schema.PARTNER], r[schema.STATUS]) for r in rows] == [
        ("JPN", "USA", "agreed")
    ]


def test_aid_to_ukraine_is_not_defense_spending(nlp):
    rows = facts_of(nlp, "Britain has promised Ukraine £3 billion a year in military aid.")
    assert [r for r in rows if r[schema.TOPIC] == "defense_spending"] == []


def test_last_year_gives_the_year_before_publication(nlp):
    rows = facts_of(
        nlp, "Germany posted a trade surplus of €241 billion last year.", date="2025-02-10"
    )
    trade = [r for r in rows if r[schema.TOPIC] == "trade"]
    assert [(r[schema.ACTOR], r[schema.VALUE], r[schema.YEAR]) for r in trade] == [
        ("DEU", 241e9, 2024)
    ]


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


def test_tariff_words_of_one_phrase_do_not_split_the_sentence(nlp):
    text = (
        "Tariffs and duties dominate the talks, and the levies keep rising.\n"
        'Korean steel pays a 10 percent baseline tariff, and the 25 percent "reciprocal" '
        "rate that Washington set for South Korea stays suspended."
    )
    assert ("USA", "KOR", 25.0) in triples(facts_of(nlp, text), "tariff")


@pytest.mark.parametrize(
    ("text", "topic", "expected"),
    [
        (
            "South Korea pledged 350 billion won and imposed a 10% tariff on Chinese steel.",
            "tariff",
            {("KOR", "CHN", 10.0)},
        ),
        (
            "Trump threatened 25% tariffs on Indian goods if New Delhi keeps buying Russian oil.",
            "tariff",
            {("USA", "IND", 25.0)},
        ),
        (
            "Total imports of the United States rose to $3.3 trillion in 2024.",
            "trade",
            {("USA", None, 3.3e12)},
        ),
        ("The wage gap with China widened to $5 billion.", "trade", set()),
    ],
)
def test_words_that_look_like_roles_but_are_not(nlp, text, topic, expected):
    assert triples(facts_of(nlp, text), topic) == expected


def test_a_country_left_out_is_not_the_partner(nlp):
    text = (
        "Washington doubled its steel tariffs this week.\n"
        "Steel duties are now 50% for every trading partner except the United Kingdom.\n"
    )
    assert triples(facts_of(nlp, text), "tariff") == {("USA", None, 50.0)}


def test_growth_rates_are_not_tariffs(nlp):
    text = "Economists say the tariff could knock growth, although the economy expanded 6.5 percent last year."
    assert [
        r
        for r in facts_of(nlp, text)
        if r[schema.TOPIC] == "tariff" and r[schema.VALUE] is not None
    ] == []


def test_bullets_under_a_heading_take_the_headings_country_as_actor(nlp):
    text = (
        "Canada and Canadian exporters are bracing for tariffs. Canada wants talks on duties.\n\n"
        "Tariffs announced by Japan:\n"
        "- a 25% duty on steel from Canada\n"
        "- a 10% duty on lumber from Canada\n\n"
        "Canada said it would respond.\n"
    )
    rows = [
        r
        for r in facts_of(nlp, text)
        if r[schema.TOPIC] == "tariff" and r[schema.VALUE] is not None
    ]
    assert {(r[schema.ACTOR], r[schema.PARTNER], r[schema.VALUE]) for r in rows} == {
        ("JPN", "CAN", 25.0),
        ("JPN", "CAN", 10.0),
    }


def test_list_entries_labelled_with_a_country_take_topic_and_year_from_the_heading(nlp):
    text = (
        "Mexico and Vietnam gained most from the shift in supply chains.\n\n"
        "Goods deficits of the United States with its largest partners in 2024:\n"
        "- Mexico: $171.8 billion\n"
        "- Vietnam: $123.5 billion\n\n"
        "Tariff rates the White House set on April 2:\n"
        "1. Vietnam: 46%\n"
        "2. Switzerland: 31%\n"
        "3. Canada: retaliated with 25%\n\n"
        "Officials in Hanoi said they would seek talks.\n"
    )
    rows = facts_of(nlp, text)
    assert {
        (r[schema.ACTOR], r[schema.PARTNER], r[schema.VALUE], r[schema.YEAR])
        for r in rows
        if r[schema.TOPIC] == "trade"
    } == {("USA", "MEX", -171.8e9, 2024), ("USA", "VNM", -123.5e9, 2024)}
    assert triples(rows, "tariff") == {
        ("USA", "VNM", 46.0),
        ("USA", "CHE", 31.0),
        ("CAN", "USA", 25.0),  # the heading's country is the other side of Canada's answer
    }


def test_bare_rates_listed_after_a_tariff_sentence_are_tariffs(nlp):
    text = (
        "Washington raised tariffs on dozens of economies on Wednesday. Officials gave no details.\n"
        "- Vietnam: 46%\n"
        "- Cambodia: 49%\n"
    )
    assert {t for t in triples(facts_of(nlp, text), "tariff") if t[2] is not None} == {
        ("USA", "VNM", 46.0),
        ("USA", "KHM", 49.0),
    }


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Mexico's steel now faces a 50% levy at the U.S. border.", {("USA", "MEX", 50.0)}),
        ("India's exports to the U.S. face a 50% tariff since August.", {("USA", "IND", 50.0)}),
    ],
)
def test_a_country_whose_goods_face_a_rate_is_its_target(nlp, text, expected):
    assert triples(facts_of(nlp, text), "tariff") == expected


def test_a_baseline_applied_to_imports_from_countries_hits_each(nlp):
    text = (
        "Washington kept its tariffs in place on Friday.\n"
        "The 10% baseline applies to imports from Australia and Singapore."
    )
    assert triples(facts_of(nlp, text), "tariff") == {("USA", "AUS", 10.0), ("USA", "SGP", 10.0)}


def test_products_of_a_country_are_its_goods(nlp):
    text = (
        "The United States adjusted its tariffs on Monday.\n"
        "The order sets a duty of 25% on articles that are products of Canada."
    )
    assert ("USA", "CAN", 25.0) in triples(facts_of(nlp, text), "tariff")


def test_a_country_that_secures_or_escapes_a_rate_is_its_target(nlp):
    text = (
        "Washington set new tariffs on Friday and said more duties would follow.\n"
        "India secured a lower rate of 18% in the deal.\n"
        "Mexico is exempt from the 25% levy on USMCA goods.\n"
    )
    rows = [r for r in facts_of(nlp, text) if r[schema.VALUE] is not None]
    assert {(r[schema.ACTOR], r[schema.PARTNER], r[schema.VALUE]) for r in rows} == {
        ("USA", "IND", 18.0),
        ("USA", "MEX", 25.0),
    }


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Ottawa said it would answer with countermeasures against the United States.",
            {("CAN", "USA", None)},
        ),
        (
            "South Korea hopes to avoid the tariffs that Washington has put on Japan.",
            {("USA", "JPN", None)},
        ),
        (
            "Saudi Arabia and the United Arab Emirates signed investment deals on Tuesday.\n"
            "Both Gulf economies face only the 10 percent tariff that Washington applies to them.",
            {("USA", "SAU", 10.0), ("USA", "ARE", 10.0)},
        ),
        (
            "Washington has charged 25 percent on steel from the EU since March.",
            {("USA", "EUU", 25.0)},
        ),
        ("Trump threatened Canada with new tariffs on Monday.", {("USA", "CAN", None)}),
        (
            "Trump said he would lift tariffs on Indian goods if New Delhi stops buying Russian oil.",
            {("USA", "IND", None)},
        ),
        (
            "Japan and the United States agreed to lower tariffs on each other's goods.",
            {("JPN", "USA", None), ("USA", "JPN", None)},
        ),
        (
            "Vietnam and the United States met in Hanoi on Tuesday.\n"
            "The two sides will cut tariffs on industrial goods from January.",
            {("VNM", "USA", None), ("USA", "VNM", None)},
        ),
    ],
)
def test_tariff_parties_from_context_and_verbs(nlp, text, expected):
    assert triples(facts_of(nlp, text), "tariff") == expected


def test_a_list_entry_labelled_with_a_country_is_about_it_across_its_parts(nlp):
    text = (
        "Allies have defense targets and trade disputes with Washington.\n"
        "Where they stand:\n"
        "- Japan: 2 percent target; U.S. tariff of 15 percent; $550 billion investment promise.\n"
    )
    rows = facts_of(nlp, text)
    assert {
        (r[schema.TOPIC], r[schema.ACTOR], r[schema.PARTNER], r[schema.VALUE]) for r in rows
    } == {
        ("defense_spending", "JPN", None, 2.0),
        ("tariff", "USA", "JPN", 15.0),
        ("investment", "JPN", "USA", 550e9),
    }


def test_an_aside_in_a_heading_names_no_country_and_no_status(nlp):
    text = (
        "Vietnam's exporters had a record year.\n"
        "Main numbers for 2024 (in U.S. dollars unless stated):\n"
        "- Trade surplus: $24.8 billion\n"
    )
    rows = [r for r in facts_of(nlp, text) if r[schema.TOPIC] == "trade"]
    assert [(r[schema.ACTOR], r[schema.VALUE], r[schema.STATUS], r[schema.YEAR]) for r in rows] == [
        ("VNM", 24.8e9, "reported", 2024)
    ]


def test_a_short_title_line_without_a_colon_heads_the_list_below(nlp):
    text = (
        "Markets fell on Monday.\n\n"
        "Tariffs threatened by Washington in 2025\n"
        "- Brazil: 50%\n"
        "- India: 25%\n"
    )
    rows = [r for r in facts_of(nlp, text) if r[schema.TOPIC] == "tariff"]
    assert {
        (r[schema.ACTOR], r[schema.PARTNER], r[schema.VALUE], r[schema.STATUS], r[schema.YEAR])
        for r in rows
    } == {("USA", "BRA", 50.0, "threatened", 2025), ("USA", "IND", 25.0, "threatened", 2025)}


def test_a_long_list_of_bare_rates_stays_on_tariffs_to_its_last_entry(nlp):
    names = ["Brazil", "India", "Vietnam", "Japan", "Thailand", "Cambodia", "Laos"]
    names += ["Myanmar", "Syria", "Iraq", "Serbia", "Bangladesh"]
    text = "Washington set new tariff rates for its partners on Thursday.\n" + "".join(
        f"- {name}: {20 + i}%\n" for i, name in enumerate(names)
    )
    rows = [r for r in facts_of(nlp, text) if r[schema.TOPIC] == "tariff"]
    assert [r[schema.VALUE] for r in rows] == [20.0 + i for i in range(len(names))]


def test_entries_ending_in_a_full_stop_stay_under_their_heading(nlp):
    text = (
        "Britain and India signed a trade deal on Thursday.\n"
        "What the UK gets:\n"
        "- Indian tariffs on whisky fall from 150% to 75% at once, and to 40% by 2035.\n"
        "- Indian tariffs on cars fall from 100% to 10% under a quota.\n"
    )
    rows = [r for r in facts_of(nlp, text) if r[schema.TOPIC] == "tariff"]
    assert {
        (r[schema.ACTOR], r[schema.PARTNER], r[schema.VALUE], r[schema.STATUS]) for r in rows
    } == {
        ("IND", "GBR", 75.0, "lifted"),
        ("IND", "GBR", 40.0, "lifted"),
        ("IND", "GBR", 10.0, "lifted"),
    }


def test_goods_country_beats_a_negotiating_partner_and_a_company_never_imposes(nlp):
    rows = facts_of(
        nlp,
        "Japan and Canada traded barbs this week.\n"
        "Mexico plans a 50% tariff on cars from China, in line with its talks with Canada.\n"
        "Brussels set a 7.8% duty on Tesla cars made in China.\n",
    )
    assert triples(rows, "tariff") == {("MEX", "CHN", 50.0), ("EUU", "CHN", 7.8)}


def test_every_country_of_an_entrys_label_is_listed(nlp):
    text = (
        "Tariffs the White House set in July:\n- EU, Japan and South Korea: 15%\n- Vietnam: 20%\n"
    )
    assert triples(facts_of(nlp, text), "tariff") == {
        ("USA", "EUU", 15.0),
        ("USA", "JPN", 15.0),
        ("USA", "KOR", 15.0),
        ("USA", "VNM", 20.0),
    }


def test_a_plain_sentence_ends_the_list_and_its_heading(nlp):
    text = (
        "U.S. exports to its largest markets in 2024:\n"
        "- Canada: $349.4 billion\n\n"
        "Markets matter.\n"
        "- Japan: $80.0 billion\n"
    )
    assert triples(facts_of(nlp, text), "trade") == {("USA", "CAN", 349.4e9)}


def test_a_number_without_a_topic_word_takes_the_latest_recent_topic(nlp):
    text = (
        "Tokyo approved a record defense budget on Friday. The plan runs for five years. "
        "Officials in Tokyo were upbeat.\n"
        "It reaches ¥9.9 trillion in the final year.\n"
        "Nippon Steel paid $55 a share in cash.\n"
    )
    rows = facts_of(nlp, text)
    assert [(r[schema.TOPIC], r[schema.ACTOR], r[schema.VALUE]) for r in rows] == [
        ("defense_spending", "JPN", 9.9e12)
    ]


@pytest.mark.parametrize(
    ("text", "topic", "status"),
    [
        (
            "London said the UK would lift defense spending to 2.5 percent of GDP by 2027, "
            "which officials said was the largest rise in decades.",
            "defense_spending",
            "pledged",
        ),
        (
            "Saudi firm DataVolt said it would put $20 billion into data centers in the United States.",
            "investment",
            "pledged",
        ),
        (
            "Warsaw's draft budget for 2026 sets aside PLN 200 billion for defense.",
            "defense_spending",
            "announced",
        ),
        ("Tokyo's defense budget for 2025 was ¥8.7 trillion.", "defense_spending", "reported"),
        ("Norway supplied 50 bcm of gas to Germany in 2024.", "energy", "reported"),
    ],
)
def test_status_comes_from_the_verb_of_the_numbers_own_clause(nlp, text, topic, status):
    rows = [r for r in facts_of(nlp, text) if r[schema.TOPIC] == topic]
    assert [r[schema.STATUS] for r in rows] == [status]


@pytest.mark.parametrize(
    "text",
    [
        "Tokyo approved a record defense budget on Friday. Toyota's operating profit fell to ¥3.5 trillion.",
        "Trump raised tariffs on China this week. Chinese exports fell 12% in May.",
        "Berlin raised defense spending last month. The EU later set a 55% emissions-cut goal.",
    ],
)
def test_a_number_after_a_topic_sentence_needs_words_that_continue_it(nlp, text):
    assert [r for r in facts_of(nlp, text) if r[schema.VALUE] is not None] == []


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


def test_a_bare_rate_with_a_target_right_after_a_tariff_sentence_is_a_tariff(nlp):
    text = (
        "Washington announced new tariffs on Thursday. "
        "Swiss goods will face 39% from August 7, officials said."
    )
    rows = [
        r
        for r in facts_of(nlp, text)
        if r[schema.TOPIC] == "tariff" and r[schema.VALUE] is not None
    ]
    assert [(r[schema.ACTOR], r[schema.PARTNER], r[schema.VALUE]) for r in rows] == [
        ("USA", "CHE", 39.0)
    ]


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


def test_a_capitalised_agreement_name_is_not_a_status_cue():
    from pipeline.lexicon import cue_finder

    text = "Goods that qualify under the United States-Mexico-Canada Agreement stay exempt; both sides agreed."
    agreed = [text[c.start : c.end] for c in cue_finder().find(text) if c.label == "agreed"]
    assert agreed == ["agreed"]


def test_goods_of_a_rate_are_named_in_its_own_clause(nlp):
    text = (
        "Beijing imposed a 34% tariff on all U.S. goods, and it added export curbs on rare earths."
    )
    rows = [r for r in facts_of(nlp, text) if r[schema.TOPIC] == "tariff"]
    assert [(r[schema.ACTOR], r[schema.PARTNER], r[schema.PRODUCT]) for r in rows] == [
        ("CHN", "USA", None)
    ]


def test_refusing_to_answer_a_tariff_does_not_negate_it(nlp):
    rows = facts_of(nlp, "New Delhi will not retaliate against the 25% U.S. tariff, aides said.")
    assert [(r[schema.ACTOR], r[schema.PARTNER], r[schema.NEGATED]) for r in rows] == [
        ("USA", "IND", False)
    ]
    rows = facts_of(nlp, "Washington will not impose the 25% tariff on Indian goods.")
    assert [r[schema.NEGATED] for r in rows] == [True]


def test_said_on_a_day_that_it_would_raise_is_announced(nlp):
    text = "The White House said on Friday it would raise the tariff on Brazilian goods to 50%."
    rows = facts_of(nlp, text)
    assert [(r[schema.PARTNER], r[schema.STATUS]) for r in rows] == [("BRA", "announced")]


def test_the_subject_of_a_conditional_clause_imposes_its_own_rate(nlp):
    text = (
        "Trump threatened a 200% tariff on French wine unless the EU removed its 50% tariff "
        "on American whiskey."
    )
    rates = {(r[schema.ACTOR], r[schema.PARTNER], r[schema.VALUE]) for r in facts_of(nlp, text)}
    assert rates == {("USA", "FRA", 200.0), ("EUU", "USA", 50.0)}


def test_money_for_other_goods_is_no_energy_purchase_beside_lng(nlp):
    text = "Tokyo agreed to buy $8 billion of U.S. farm goods and more American LNG."
    rows = [r for r in facts_of(nlp, text) if r[schema.TOPIC] == "energy"]
    assert all(r[schema.VALUE] is None for r in rows)
    rows = facts_of(nlp, "Tokyo agreed to buy $8 billion of U.S. LNG and crude oil.")
    assert triples(rows, "energy") == {("JPN", "USA", 8e9)}


def test_a_negation_before_another_clause_leaves_its_measure_standing(nlp):
    text = "China halted purchases of U.S. LNG in February after Beijing imposed a 15% tariff."
    rows = facts_of(nlp, text)
    assert {(r[schema.TOPIC], r[schema.NEGATED]) for r in rows} == {
        ("tariff", False),
        ("energy", True),
    }


def test_the_subject_supplies_and_the_other_side_of_the_deal_buys(nlp):
    text = (
        "Venture Global signed a 20-year deal with Germany's SEFE to supply 2.25 million "
        "tonnes of LNG a year."
    )
    rows = [r for r in facts_of(nlp, text) if r[schema.TOPIC] == "energy"]
    assert [(r[schema.MEASURE], r[schema.ACTOR], r[schema.PARTNER]) for r in rows] == [
        ("purchase", "DEU", "USA")
    ]


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


@pytest.mark.parametrize(("date", "year"), [("2025-06-05", 2025), ("2025-01-10", 2024)])
def test_a_month_without_a_year_is_the_latest_such_month_before_publication(nlp, date, year):
    rows = facts_of(nlp, "Japan's exports to China were ¥1.6 trillion in April.", date=date)
    assert [r[schema.YEAR] for r in rows] == [year]


def test_a_country_that_faces_a_rate_under_a_deal_with_another_is_its_target(nlp):
    text = "Indonesia will face a 19% tariff under its deal with the United States."
    assert triples(facts_of(nlp, text), "tariff") == {("USA", "IDN", 19.0)}


def test_countries_without_a_trade_agreement_are_no_agreement_frame(nlp):
    text = "Mexico imposed tariffs of 50% on cars from China and other countries without a trade agreement."
    rows = facts_of(nlp, text)
    assert [(r[schema.PARTNER], r[schema.STATUS]) for r in rows] == [("CHN", "imposed")]


def test_a_verb_joined_to_a_proposal_is_proposed_too(nlp):
    text = "Brussels proposed to cut the quota and double the steel tariff to 50%."
    rows = [r for r in facts_of(nlp, text) if r[schema.VALUE] == 50.0]
    assert [r[schema.STATUS] for r in rows] == ["planned"]


def test_an_approved_budget_for_a_later_year_is_announced(nlp):
    rows = facts_of(nlp, "Germany approved a defense budget of €108 billion for 2026.")
    assert [(r[schema.ACTOR], r[schema.STATUS], r[schema.YEAR]) for r in rows] == [
        ("DEU", "announced", 2026)
    ]


def test_both_ends_of_a_range_of_duties_hit_the_same_goods(nlp):
    text = "Beijing imposed 10% to 15% tariffs on U.S. coal and LNG."
    rows = facts_of(nlp, text)
    assert {(r[schema.PARTNER], r[schema.VALUE], r[schema.PRODUCT]) for r in rows} == {
        ("USA", 10.0, "coal"),
        ("USA", 10.0, "lng"),
        ("USA", 15.0, "coal"),
        ("USA", 15.0, "lng"),
    }


def test_a_penalty_for_purchases_names_no_target_and_the_named_imposer_carries(nlp):
    text = (
        "Washington doubled the tariff on Indian goods to 50%. The additional 25% duty, a "
        "penalty for India's purchases of Russian oil, takes effect in 21 days."
    )
    rows = [r for r in facts_of(nlp, text) if r[schema.VALUE] == 25.0]
    assert [(r[schema.ACTOR], r[schema.PARTNER], r[schema.PRODUCT]) for r in rows] == [
        ("USA", "IND", None)
    ]


def test_a_country_that_will_face_a_rate_has_it_announced(nlp):
    text = "Trump unveiled new tariffs on Wednesday. China will face a 34% rate from April 9."
    rows = facts_of(nlp, text)
    assert [(r[schema.PARTNER], r[schema.STATUS]) for r in rows] == [("CHN", "announced")]


def test_the_subject_of_a_joined_clause_prepares_its_own_countermeasures(nlp):
    text = (
        "The United States imposed 25% tariffs on steel from China and the EU on Tuesday. "
        "Beijing vowed to retaliate, and the EU said it was preparing countermeasures."
    )
    rows = [r for r in facts_of(nlp, text) if r[schema.VALUE] is None]
    assert [(r[schema.ACTOR], r[schema.PARTNER], r[schema.STATUS]) for r in rows] == [
        ("EUU", "USA", "planned")
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


def test_where_a_doubled_tariff_began_is_the_old_side_of_the_change(nlp):
    text = (
        "The US tariff on Chinese goods began at 10% on Feb. 4 and was doubled to 20% on March 4."
    )
    assert triples(facts_of(nlp, text), "tariff") == {("USA", "CHN", 20.0)}


def test_both_economies_reach_back_to_a_pair_named_before_another_country(nlp):
    text = (
        "Saudi Arabia and the United Arab Emirates signed deals with Washington. "
        "Both Gulf economies face only the 10 percent baseline tariff that Washington applies."
    )
    assert triples(facts_of(nlp, text), "tariff") == {("USA", "SAU", 10.0), ("USA", "ARE", 10.0)}


def test_who_raised_tariffs_without_a_rate_is_the_imposer_of_later_bare_rates(nlp):
    text = (
        "President Trump raised tariffs on dozens of countries on Thursday. "
        "Starting Friday, imports from Vietnam face a 20% levy. "
        "South Africa faces a 30% tariff, the highest in sub-Saharan Africa."
    )
    valued = {t for t in triples(facts_of(nlp, text), "tariff") if t[2] is not None}
    assert valued == {("USA", "VNM", 20.0), ("USA", "ZAF", 30.0)}


@pytest.mark.parametrize(
    "text",
    [
        "The US imposed an extra 25% tariff on India, which buys large amounts of Russian oil.",
        "Washington put a 25% tariff on Indian goods, which it tied to purchases of Russian crude.",
        "The US imposed a 25% penalty tariff on India for buying Russian oil.",
    ],
)
def test_a_country_named_in_a_which_clause_or_a_reason_is_no_target(nlp, text):
    assert triples(facts_of(nlp, text), "tariff") == {("USA", "IND", 25.0)}


def test_imports_of_a_nations_goods_are_its_goods(nlp):
    text = "The Commission imposed anti-dumping duties of 35.6% on imports of Chinese biodiesel."
    assert triples(facts_of(nlp, text), "tariff") == {("EUU", "CHN", 35.6)}


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


def test_a_tariff_beside_an_energy_share_keeps_its_rate(nlp):
    rows = facts_of(
        nlp, "The US imposed a 25% tariff on India, which gets 35% of its oil from Russia."
    )
    assert ("USA", "IND", 25.0) in triples(rows, "tariff")
    assert triples(rows, "energy") == {("IND", "RUS", 35.0)}


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


def test_an_entry_under_an_investment_heading_keeps_its_own_investor(nlp):
    text = (
        "Investment\n\n"
        "- Microsoft has committed PLN 2.8 billion to expand its cloud capacity in Poland.\n"
    )
    rows = [r for r in facts_of(nlp, text) if r[schema.TOPIC] == "investment"]
    assert [(r[schema.ACTOR], r[schema.PARTNER]) for r in rows] == [("USA", "POL")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The Trans Mountain expansion in Canada raised that pipeline's capacity to 890,000 "
            "barrels a day.",
            ("CAN", None, 890000.0),
        ),
        (
            "The Baltic Pipe link from Norway can bring up to 10 bcm of gas a year to Poland.",
            ("POL", "NOR", 10e9),
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


def test_a_suppliers_share_of_energy_imports_is_a_purchase_in_percent(nlp):
    text = (
        "Norway supplied about 30 percent of the EU's gas imports in 2024, while the United "
        "States supplied about 17 percent."
    )
    rows = [r for r in facts_of(nlp, text) if r[schema.TOPIC] == "energy"]
    assert {
        (r[schema.ACTOR], r[schema.PARTNER], r[schema.VALUE], r[schema.UNIT]) for r in rows
    } == {
        ("EUU", "NOR", 30.0, "percent"),
        ("EUU", "USA", 17.0, "percent"),
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
    rows = [r for r in facts_of(nlp, text) if r[schema.TOPIC] == "energy"]
    assert [(r[schema.ACTOR], r[schema.PARTNER], r[schema.VALUE]) for r in rows] == [expected]


def test_a_transit_country_is_no_side_of_a_flow(nlp):
    rows = facts_of(
        nlp, "Kazakhstan shipped 1.2 million tonnes of oil through Russia's CPC pipeline."
    )
    energy = [r for r in rows if r[schema.TOPIC] == "energy"]
    assert [(r[schema.MEASURE], r[schema.ACTOR], r[schema.PARTNER]) for r in energy] == [
        ("supply", "KAZ", None)
    ]


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


def test_a_title_names_the_country_of_figures_whose_text_names_none(nlp):
    text = "Key figures\n- Exports rose 8.2% to a record $683.8 billion.\n\nShipments to the United States grew too."
    frame = extract_articles(
        [Article(path="t.txt", text=text, date="2025-03-28", title="South Korea's trade in 2024")],
        nlp,
    )
    rows = frame[frame[schema.TOPIC] == "trade"]
    assert list(zip(rows[schema.MEASURE], rows[schema.ACTOR], strict=True)) == [("exports", "KOR")]


def test_a_countrys_rate_is_the_rate_it_is_charged(nlp):
    text = (
        "Washington signed tariff deals across Asia, trading lower tariffs for market access. "
        "Indonesia's rate was cut to 19 percent."
    )
    assert triples(facts_of(nlp, text), "tariff") == {("USA", "IDN", 19.0)}


def test_goods_bought_from_a_country_are_bought_by_the_subject(nlp):
    text = (
        "Jakarta signed the deal in July. It also pledged to import $4.5 billion of US farm goods."
    )
    rows = [r for r in facts_of(nlp, text) if r[schema.TOPIC] == "trade"]
    assert [(r[schema.MEASURE], r[schema.ACTOR], r[schema.PARTNER]) for r in rows] == [
        ("imports", "IDN", "USA")
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Tariffs dominate the talks. About 85 percent of trade between the two countries still "
        "crosses the border without duty.",
        "Tariffs dominate the talks. The Bank of Canada cut its policy rate to 2.5 percent.",
    ],
)
def test_a_share_of_trade_or_a_policy_rate_is_no_tariff(nlp, text):
    assert [r for r in facts_of(nlp, text) if r[schema.TOPIC] == "tariff"] == []


def test_the_country_of_a_side_is_not_the_target_of_on(nlp):
    text = "On the US side, Canadian goods outside the pact have paid a 35 percent duty since May."
    assert triples(facts_of(nlp, text), "tariff") == {("USA", "CAN", 35.0)}


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
    ],
)
def test_a_sum_in_a_sentence_ordering_weapons_is_their_price(nlp, text, expected):
    rows = [r for r in facts_of(nlp, text) if r[schema.TOPIC] == "defense_spending"]
    assert [(r[schema.MEASURE], r[schema.ACTOR], r[schema.PARTNER]) for r in rows] == [expected]


def test_countries_in_a_treatys_name_are_no_parties(nlp):
    text = (
        "Ottawa said Canada would remove its 25 percent counter-tariffs on US goods that comply "
        "with the Canada-United States-Mexico Agreement, mirroring the American exemption for "
        "compliant Canadian goods."
    )
    rows = facts_of(nlp, text)
    assert {(r[schema.ACTOR], r[schema.PARTNER], r[schema.STATUS]) for r in rows} == {
        ("CAN", "USA", "lifted")
    }


def test_a_rate_down_from_the_earlier_one_is_lifted(nlp):
    text = "Vietnam agreed to a 20 percent US tariff, down from the 46 percent announced in April."
    rows = [r for r in facts_of(nlp, text) if r[schema.VALUE] == 20.0]
    assert [(r[schema.PARTNER], r[schema.STATUS]) for r in rows] == [("VNM", "lifted")]


def test_danish_kroner_are_danish():
    from pipeline import normalize

    assert [q.unit for q in normalize.find_money("58 billion Danish kroner")] == ["DKK"]


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


def test_the_export_import_bank_is_no_trade_flow(nlp):
    text = "The Export-Import Bank of the United States offered $2.2 billion for Australian mines."
    assert [r for r in facts_of(nlp, text) if r[schema.TOPIC] == "trade"] == []


def test_an_opened_plant_is_reported_and_an_end_of_year_stock_has_its_year(nlp):
    rows = facts_of(nlp, "Toyota opened a $4 billion battery factory in the United States.")
    assert [(r[schema.ACTOR], r[schema.STATUS]) for r in rows] == [("JPN", "reported")]
    rows = facts_of(
        nlp, "Investment from Japan in the U.S. totaled $783 billion at the end of 2023."
    )
    assert [(r[schema.ACTOR], r[schema.YEAR]) for r in rows] == [("JPN", 2023)]


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


def test_a_parliament_stands_for_its_country_and_a_threatened_old_rate_is_no_fact(nlp):
    rows = facts_of(nlp, "The Bundestag approved a defence budget of €108.2 billion for 2026.")
    assert [(r[schema.ACTOR], r[schema.VALUE]) for r in rows] == [("DEU", 108.2e9)]
    text = (
        "Washington signed tariff deals across Asia, trading lower tariffs for market access. "
        "Indonesia's rate was cut to 19 percent from a threatened 32 percent."
    )
    assert triples(facts_of(nlp, text), "tariff") == {("USA", "IDN", 19.0)}


def test_an_aside_on_who_is_hurt_names_no_target(nlp):
    text = "Trump has floated a tariff of 25 percent on chips, a prospect that weighs on Samsung."
    rows = facts_of(nlp, text)
    assert [(r[schema.ACTOR], r[schema.PARTNER], r[schema.STATUS]) for r in rows] == [
        ("USA", None, "threatened")
    ]


@pytest.mark.parametrize(
    ("text", "status"),
    [
        ("Trump ordered 25% duties on Canada on Feb. 1 but paused them on Feb. 3.", "delayed"),
        ("Ottawa imposed a 25% surcharge on US power, then lifted it a week later.", "lifted"),
    ],
)
def test_a_rate_undone_later_in_the_sentence_takes_its_later_state(nlp, text, status):
    rows = [r for r in facts_of(nlp, text) if r[schema.TOPIC] == "tariff"]
    assert [(r[schema.VALUE], r[schema.STATUS]) for r in rows] == [(25.0, status)]


def test_a_subject_named_after_the_two_countries_owns_its_own_figure(nlp):
    text = (
        "India and the US agreed to talk. Two-way trade between the two countries reached "
        "$129.2 billion in 2024, when the United States ran a $45.7 billion deficit with India."
    )
    rows = [r for r in facts_of(nlp, text) if r[schema.MEASURE] == "balance"]
    assert [(r[schema.ACTOR], r[schema.PARTNER]) for r in rows] == [("USA", "IND")]


def test_the_country_ranking_its_partners_in_a_title_owns_the_figures(nlp):
    text = "Key figures\n- Exports: €1,560.0 billion\n- Imports: €1,319.2 billion\n"
    title = "United States overtakes China as Germany's largest trading partner"
    frame = extract_articles(
        [Article(path="t.txt", text=text, date="2025-02-10", title=title)], nlp
    )
    assert set(frame[schema.ACTOR]) == {"DEU"}


@pytest.mark.parametrize(
    "opener",
    ["Vietnam.", "Vietnam's trade rose again in 2024.", "Vietnamese exports hit a record."],
)
def test_a_paragraph_opened_by_a_country_owns_its_unnamed_figures(nlp, opener):
    text = (
        "The United States took more goods from Asia in 2024.\n\n"
        f"{opener} Imports rose to $380.8 billion.\n\n"
        "The surplus came to $24.8 billion."
    )
    rows = facts_of(nlp, text)
    assert [(r[schema.MEASURE], r[schema.ACTOR]) for r in rows] == [
        ("imports", "VNM"),
        ("balance", "USA"),  # a new paragraph falls back to the article's opening country
    ]


def test_a_currency_named_for_figures_is_no_party(nlp):
    text = "China released its data. Measured in US dollars, exports grew to $3.58 trillion."
    rows = facts_of(nlp, text)
    assert [(r[schema.ACTOR], r[schema.PARTNER]) for r in rows] == [("CHN", None)]


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
        (
            "Russia's share of EU gas imports fell to about 19 percent in 2024.",
            ("EUU", "RUS", 19.0),
        ),
        ("American cargoes made up about 45 percent of EU LNG imports.", ("EUU", "USA", 45.0)),
    ],
)
def test_a_suppliers_share_of_unpossessed_energy_imports_is_a_purchase(nlp, text, expected):
    rows = facts_of(nlp, text)
    assert [
        (r[schema.TOPIC], r[schema.ACTOR], r[schema.PARTNER], r[schema.VALUE]) for r in rows
    ] == [("energy", *expected)]


def test_the_country_opening_a_sentence_is_the_subject_the_one_before_opened_with(nlp):
    text = (
        "India became the largest buyer of Russian crude after 2022, when European buyers "
        "turned away. The country imported 4.8 million barrels per day of crude in 2024."
    )
    rows = [r for r in facts_of(nlp, text) if r[schema.VALUE] is not None]
    assert [(r[schema.ACTOR], r[schema.VALUE]) for r in rows] == [("IND", 4.8e6)]


@pytest.mark.parametrize(
    ("second", "expected"),
    [
        (
            "Switzerland was hit with 39%, one of the highest rates, and Brazil faced 50% "
            "after a separate order.",
            {("USA", "CHE", 39.0), ("USA", "BRA", 50.0)},
        ),
        (
            "In July, Japan and the European Union each agreed a 15% tariff on most goods.",
            {("USA", "JPN", 15.0), ("USA", "EUU", 15.0)},
        ),
        (
            "Since March, Washington has charged 25 percent on steel from the EU.",
            {("USA", "EUU", 25.0)},
        ),
    ],
)
def test_each_receiver_gets_its_own_rate_and_charging_is_imposing(nlp, second, expected):
    text = f"Washington imposed a 10% tariff on most imports in April. {second}"
    assert triples(facts_of(nlp, text), "tariff") - {("USA", None, 10.0)} == expected


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


@pytest.mark.parametrize(
    ("second", "expected"),
    [
        (
            "Washington's 25% tariff on steel took effect in March, ending the exemption "
            "Canada had held.",
            {("USA", None, 25.0, "imposed")},
        ),
        (
            "The pause ran out, and the 25% duties came into force on imports from both "
            "Canada and Mexico.",
            {("USA", "CAN", 25.0, "imposed"), ("USA", "MEX", 25.0, "imposed")},
        ),
        (
            "A week later he paused the 26% rate, leaving India, like most partners, at 10%.",
            {("USA", "IND", 26.0, "delayed"), ("USA", "IND", 10.0, "delayed")},
        ),
        (
            "By 2026 they stood at 25% on Mexican goods outside the agreement, while China's "
            "rate had been cut to 10%.",
            {("USA", "MEX", 25.0, "imposed"), ("USA", "CHN", 10.0, "lifted")},
        ),
    ],
)
def test_who_imposes_and_who_is_charged_across_clauses(nlp, second, expected):
    text = f"Trump imposed tariffs in April 2025. {second}"
    rows = [r for r in facts_of(nlp, text) if r[schema.VALUE] is not None]
    assert {
        (r[schema.ACTOR], r[schema.PARTNER], r[schema.VALUE], r[schema.STATUS]) for r in rows
    } == expected


@pytest.mark.parametrize(
    ("text", "date", "status"),
    [
        (
            "Canada put a 25% surtax on Chinese steel from October 22, 2024.",
            "2026-01-20",
            "imposed",
        ),
        (
            "Canada put a 25% surtax on Chinese steel from October 22, 2024.",
            "2024-10-01",
            "announced",
        ),
        ("China set final duties of 19.8% on EU pork from December 17.", "2026-01-20", "imposed"),
        ("China will set duties of 19.8% on EU pork from December 17.", "2026-01-20", "announced"),
    ],
)
def test_a_rate_whose_start_date_has_passed_is_in_force(nlp, text, date, status):
    rows = facts_of(nlp, text, date=date)
    assert [r[schema.STATUS] for r in rows] == [status]


def test_a_rate_fallen_to_from_an_older_one_is_lifted(nlp):
    rows = facts_of(nlp, "The US tariff on Korean cars fell to 15% from 25% in November.")
    assert [(r[schema.VALUE], r[schema.STATUS]) for r in rows] == [(15.0, "lifted")]


def test_each_named_farm_good_is_a_row_of_its_own(nlp):
    text = "From March 20, China charged 100% on Canadian canola oil, canola meal and peas."
    rows = facts_of(nlp, text, date="2025-04-01")
    assert [(r[schema.PARTNER], r[schema.PRODUCT]) for r in rows] == [
        ("CAN", "canola oil"),
        ("CAN", "canola meal"),
        ("CAN", "peas"),
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


def test_a_plant_to_be_built_by_a_company_is_that_companys_investment(nlp):
    text = (
        "The package includes a $5.8 billion steel plant in Louisiana to be built by Hyundai Steel."
    )
    rows = facts_of(nlp, text)
    assert [(r[schema.ACTOR], r[schema.PARTNER]) for r in rows] == [("KOR", "USA")]


def test_a_clause_joined_with_its_own_subject_has_its_own_target_and_status(nlp):
    text = (
        "The EU agreed to eliminate its tariffs on US industrial goods, and the US will charge "
        "15% on most EU goods."
    )
    rows = [r for r in facts_of(nlp, text) if r[schema.VALUE] == 15.0]
    assert [(r[schema.ACTOR], r[schema.PARTNER], r[schema.STATUS]) for r in rows] == [
        ("USA", "EUU", "imposed")
    ]


def test_a_court_that_voids_a_rate_lifts_it(nlp):
    text = (
        "Trump imposed tariffs in 2025. The ruling voids the 50% rate charged on Brazilian goods."
    )
    rows = [r for r in facts_of(nlp, text) if r[schema.VALUE] == 50.0]
    assert [(r[schema.PARTNER], r[schema.STATUS]) for r in rows] == [("BRA", "lifted")]


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


def test_we_in_a_speech_is_the_country_the_text_is_about(nlp):
    text = (
        "The UK defence secretary spoke to MPs on Tuesday.\n\n"
        "Minister: We have committed to the full five percent of GDP by 2035."
    )
    rows = facts_of(nlp, text)
    assert [(r[schema.ACTOR], r[schema.VALUE]) for r in rows] == [("GBR", 5.0)]


def test_a_country_left_with_a_balance_owns_it(nlp):
    text = (
        "Exports to China dropped to €90.0 billion, while imports from China were €156.3 "
        "billion, leaving Germany with a deficit of €66.3 billion."
    )
    rows = [r for r in facts_of(nlp, text) if r[schema.MEASURE] == "balance"]
    assert [(r[schema.ACTOR], r[schema.PARTNER], r[schema.VALUE]) for r in rows] == [
        ("DEU", "CHN", -66.3e9)
    ]


def test_the_kingdom_is_the_country_its_sentence_named_before_it(nlp):
    from pipeline.extractors.context import ArticleContext, context_mentions
    from pipeline.lexicon import gazetteer

    text = "Crown Prince Mohammed bin Salman said that the kingdom would invest more."
    earlier = gazetteer().find(text)
    found = context_mentions(text, ArticleContext(last_code="USA"), earlier)
    assert [(text[m.start : m.end], m.code) for m in found] == [("the kingdom", "SAU")]


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
    rows = [r for r in facts_of(nlp, text) if r[schema.TOPIC] == "energy"]
    assert [(r[schema.ACTOR], r[schema.PARTNER], r[schema.VALUE]) for r in rows] == expected


def test_bare_kroner_of_a_danish_purchase_are_danish_and_name_no_seller(nlp):
    text = "Denmark said it would spend 58 billion kroner on ground-based air defence systems."
    rows = facts_of(nlp, text)
    assert [(r[schema.ACTOR], r[schema.PARTNER], r[schema.UNIT]) for r in rows] == [
        ("DNK", None, "DKK")
    ]


def test_it_after_an_opening_date_is_the_country_the_sentence_before_opened_with(nlp):
    text = (
        "Poland ordered 180 K2 tanks from Hyundai Rotem in 2022. In August 2025 it added a "
        "second contract with South Korea's Hyundai Rotem for 180 K2 tanks worth $6.5 billion."
    )
    rows = [r for r in facts_of(nlp, text) if r[schema.VALUE] is not None]
    assert [(r[schema.ACTOR], r[schema.PARTNER], r[schema.VALUE]) for r in rows] == [
        ("POL", "KOR", 6.5e9)
    ]


def test_a_heading_naming_no_topic_continues_the_section_above(nlp):
    text = (
        "Hyundai Motor Group will invest $21 billion in the United States.\n\n"
        "## Investment plan 2025-2028\n\n"
        "The plan has three parts:\n\n"
        "- $9 billion to expand US vehicle production.\n"
        "- $6 billion for auto parts and logistics.\n"
    )
    rows = facts_of(nlp, text)
    assert [(r[schema.TOPIC], r[schema.VALUE]) for r in rows] == [
        ("investment", 21e9),
        ("investment", 9e9),
        ("investment", 6e9),
    ]


def test_a_start_date_with_no_such_day_a_year_before_does_not_break_extraction(nlp):
    text = "Canada announced a 25% surtax on Chinese steel from February 29."
    rows = facts_of(nlp, text, date="2024-01-15")
    assert [(r[schema.VALUE], r[schema.STATUS]) for r in rows] == [(25.0, "announced")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Washington kept Brazil's 50% tariff in place on Friday.", [("USA", 50.0, "imposed")]),
        (
            "The US imposed a 25% tariff on steel in March, then lifted the rate to 50% in June.",
            [("USA", 25.0, "imposed"), ("USA", 50.0, "lifted")],
        ),
        (
            "China imposed a 10% tariff on US coal before Washington lifted the tariffs.",
            [("CHN", 10.0, "imposed")],
        ),
        (
            "Canada, which has faced US tariffs since March 4, announced a 25% surtax on US steel.",
            [("CAN", 25.0, "announced")],
        ),
    ],
)
def test_reviewed_tariff_rules_stay_within_their_own_rate(nlp, text, expected):
    rows = [r for r in facts_of(nlp, text, date="2025-06-01") if r[schema.VALUE] is not None]
    assert [(r[schema.ACTOR], r[schema.VALUE], r[schema.STATUS]) for r in rows] == expected


def test_the_two_sides_of_a_weapons_deal_are_buyer_and_seller_not_a_run(nlp):
    text = "Poland and the United States signed a $10 billion deal for Patriot missiles."
    assert [r[schema.ACTOR] for r in facts_of(nlp, text)] == ["POL"]


def test_goods_named_by_origin_do_not_open_a_passage(nlp):
    text = (
        "The US trade deficit widened in May.\n\n"
        "Chinese imports fell 20% to $30 billion in May. Exports to Canada rose to $35 billion."
    )
    rows = [r for r in facts_of(nlp, text) if r[schema.MEASURE] == "exports"]
    assert [(r[schema.ACTOR], r[schema.PARTNER]) for r in rows] == [("USA", "CAN")]


def test_named_norwegian_kroner_stay_norwegian(nlp):
    text = "Denmark agreed to buy air defence systems from Norway for 10 billion Norwegian kroner."
    assert [r[schema.UNIT] for r in facts_of(nlp, text)] == ["NOK"]


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
