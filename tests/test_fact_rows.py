"""Row fields all topics share: status, negation, sides, years, currencies, evidence, mentions."""

from __future__ import annotations

import pytest
from extracting import facts_of, triples

from pipeline import schema


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


def test_a_bullet_that_repeats_a_body_fact_in_fewer_words_is_no_second_fact(nlp):
    text = (
        "- Petronet will keep buying 7.5 million tonnes of Qatari LNG a year from 2028.\n\n"
        "Petronet LNG signed a 20-year deal with QatarEnergy in February to buy 7.5 million "
        "tonnes of Qatari LNG a year from 2028.\n"
    )
    rows = [r for r in facts_of(nlp, text) if r[schema.TOPIC] == "energy"]
    assert [(r[schema.ACTOR], r[schema.PARTNER], r[schema.STATUS]) for r in rows] == [
        ("IND", "QAT", "agreed")
    ]
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


def test_last_year_gives_the_year_before_publication(nlp):
    rows = facts_of(
        nlp, "Germany posted a trade surplus of €241 billion last year.", date="2025-02-10"
    )
    trade = [r for r in rows if r[schema.TOPIC] == "trade"]
    assert [(r[schema.ACTOR], r[schema.VALUE], r[schema.YEAR]) for r in trade] == [
        ("DEU", 241e9, 2024)
    ]


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


def test_a_capitalised_agreement_name_is_not_a_status_cue():
    from pipeline.lexicon import cue_finder

    text = "Goods that qualify under the United States-Mexico-Canada Agreement stay exempt; both sides agreed."
    agreed = [text[c.start : c.end] for c in cue_finder().find(text) if c.label == "agreed"]
    assert agreed == ["agreed"]


def test_a_negation_before_another_clause_leaves_its_measure_standing(nlp):
    text = "China halted purchases of U.S. LNG in February after Beijing imposed a 15% tariff."
    rows = facts_of(nlp, text)
    assert {(r[schema.TOPIC], r[schema.NEGATED]) for r in rows} == {
        ("tariff", False),
        ("energy", True),
    }


@pytest.mark.parametrize(("date", "year"), [("2025-06-05", 2025), ("2025-01-10", 2024)])
def test_a_month_without_a_year_is_the_latest_such_month_before_publication(nlp, date, year):
    rows = facts_of(nlp, "Japan's exports to China were ¥1.6 trillion in April.", date=date)
    assert [r[schema.YEAR] for r in rows] == [year]


def test_danish_kroner_are_danish():
    from pipeline import normalize

    assert [q.unit for q in normalize.find_money("58 billion Danish kroner")] == ["DKK"]


def test_a_parliament_stands_for_its_country_and_a_threatened_old_rate_is_no_fact(nlp):
    rows = facts_of(nlp, "The Bundestag approved a defence budget of €108.2 billion for 2026.")
    assert [(r[schema.ACTOR], r[schema.VALUE]) for r in rows] == [("DEU", 108.2e9)]
    text = (
        "Washington signed tariff deals across Asia, trading lower tariffs for market access. "
        "Indonesia's rate was cut to 19 percent from a threatened 32 percent."
    )
    assert triples(facts_of(nlp, text), "tariff") == {("USA", "IDN", 19.0)}


def test_a_currency_named_for_figures_is_no_party(nlp):
    text = "China released its data. Measured in US dollars, exports grew to $3.58 trillion."
    rows = facts_of(nlp, text)
    assert [(r[schema.ACTOR], r[schema.PARTNER]) for r in rows] == [("CHN", None)]


def test_bare_kroner_of_a_danish_purchase_are_danish_and_name_no_seller(nlp):
    text = "Denmark said it would spend 58 billion kroner on ground-based air defence systems."
    rows = facts_of(nlp, text)
    assert [(r[schema.ACTOR], r[schema.PARTNER], r[schema.UNIT]) for r in rows] == [
        ("DNK", None, "DKK")
    ]


def test_a_start_date_with_no_such_day_a_year_before_does_not_break_extraction(nlp):
    text = "Canada announced a 25% surtax on Chinese steel from February 29."
    rows = facts_of(nlp, text, date="2024-01-15")
    assert [(r[schema.VALUE], r[schema.STATUS]) for r in rows] == [(25.0, "announced")]


def test_named_norwegian_kroner_stay_norwegian(nlp):
    text = "Denmark agreed to buy air defence systems from Norway for 10 billion Norwegian kroner."
    assert [r[schema.UNIT] for r in facts_of(nlp, text)] == ["NOK"]
