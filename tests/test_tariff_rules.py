"""Tariff rules: who imposes a rate on whom, on which goods, and in what state."""

from __future__ import annotations

import pytest
from extracting import facts_of, sides, triples

from pipeline import schema


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The US tariff on Korean cars and car parts fell to 15% in November.", ["autos"]),
        ("Washington put a 25% tariff on imported vehicles and auto parts.", ["autos"]),
        ("Washington put a 25% tariff on auto parts and steel.", ["auto parts", "steel"]),
    ],
)
def test_cars_and_their_parts_are_one_sector(nlp, text, expected):
    rows = [r for r in facts_of(nlp, text) if r[schema.TOPIC] == "tariff"]
    assert [r[schema.PRODUCT] for r in rows] == expected


def test_a_rate_clause_joined_without_a_comma_has_its_own_imposer(nlp):
    text = (
        "The US cut its duties on Chinese goods from 145 percent to 30 percent and China "
        "reduced its own from 125 percent to 10 percent."
    )
    assert sides(facts_of(nlp, text), "tariff") == [
        ("USA", "CHN", 30.0),
        ("CHN", "USA", 10.0),
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The US raised tariffs on many partners. Brazil's case is political. Its goods had "
            "paid the 10 percent baseline since April.",
            [("USA", "BRA", 10.0)],
        ),
        (
            "The US raised tariffs on many partners. India's case is different. Its reciprocal "
            "rate of 25 percent took effect on 7 August.",
            [("USA", "IND", 25.0)],
        ),
        (
            # `Its` two sentences after the country: too far to be sure
            "The US raised tariffs on many partners. India's case is different. Talks stalled. "
            "Its reciprocal rate of 25 percent took effect on 7 August.",
            [("USA", None, 25.0)],
        ),
    ],
)
def test_its_goods_opening_a_sentence_are_the_goods_of_the_country_before(nlp, text, expected):
    rows = [r for r in facts_of(nlp, text) if r[schema.VALUE] is not None]
    assert sides(rows) == expected


def test_a_run_of_imposers_is_no_joined_clause(nlp):
    text = "The EU and the UK imposed 10 percent duties on US whiskey."
    rows = [r for r in facts_of(nlp, text) if r[schema.TOPIC] == "tariff"]
    assert [r[schema.ACTOR] for r in rows] == ["EUU"]


def test_its_tariff_opening_a_sentence_is_no_target(nlp):
    text = (
        "Canada announced new duties on Chinese goods in August. Its tariff on steel is 25 percent."
    )
    rows = [r for r in facts_of(nlp, text) if r[schema.VALUE] == 25.0]
    assert [r[schema.PARTNER] for r in rows] == [None]


def test_a_rate_a_tariff_had_been_before_a_cut_is_no_fact_of_its_own(nlp):
    text = "The US tariff on Korean cars, which had been 25 percent, was lowered to 15 percent."
    rows = [r for r in facts_of(nlp, text) if r[schema.TOPIC] == "tariff"]
    assert [(r[schema.VALUE], r[schema.STATUS]) for r in rows] == [(15.0, "lifted")]


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


def test_a_compared_rate_that_someone_set_is_a_fact_of_its_own(nlp):
    text = "Tokyo settled for a 15 percent tariff, well below the 25 percent Trump had threatened."
    rows = [r for r in facts_of(nlp, text) if r[schema.TOPIC] == "tariff"]
    assert {(r[schema.VALUE], r[schema.STATUS]) for r in rows} == {
        (15.0, "agreed"),
        (25.0, "threatened"),
    }


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
            "Trump put a 10 percent tariff on Chinese goods from February 5.",
            {("USA", "CHN", 10.0, "imposed")},
            id="a tariff someone put on goods from a date now past is imposed",
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
        pytest.param(
            "Chile was left at the 10 percent minimum, as were Peru and Egypt.",
            {("USA", "CHL", 10.0), ("USA", "PER", 10.0), ("USA", "EGY", 10.0)},
            id="the countries of an `as were` receive the same",
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


def test_a_tariff_someone_might_raise_is_a_threat(nlp):
    rows = facts_of(nlp, "Trump said he might raise the tariff on Brazil to 100%.")
    assert [(r[schema.PARTNER], r[schema.STATUS]) for r in rows] == [("BRA", "threatened")]


def test_a_countrys_goods_named_with_an_apostrophe_are_the_tariffs_target(nlp):
    rows = facts_of(nlp, "Vietnam's exports to the United States will be charged 20 percent.")
    assert triples(rows, "tariff") == {("USA", "VNM", 20.0)}


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


def test_tariff_words_of_one_phrase_do_not_split_the_sentence(nlp):
    text = (
        "Tariffs and duties dominate the talks, and the levies keep rising.\n"
        'Korean steel pays a 10 percent baseline tariff, and the 25 percent "reciprocal" '
        "rate that Washington set for South Korea stays suspended."
    )
    assert ("USA", "KOR", 25.0) in triples(facts_of(nlp, text), "tariff")


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


def test_goods_country_beats_a_negotiating_partner_and_a_company_never_imposes(nlp):
    rows = facts_of(
        nlp,
        "Japan and Canada traded barbs this week.\n"
        "Mexico plans a 50% tariff on cars from China, in line with its talks with Canada.\n"
        "Brussels set a 7.8% duty on Tesla cars made in China.\n",
    )
    assert triples(rows, "tariff") == {("MEX", "CHN", 50.0), ("EUU", "CHN", 7.8)}


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


def test_where_a_doubled_tariff_began_is_the_old_side_of_the_change(nlp):
    text = (
        "The US tariff on Chinese goods began at 10% on Feb. 4 and was doubled to 20% on March 4."
    )
    assert triples(facts_of(nlp, text), "tariff") == {("USA", "CHN", 20.0)}


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


def test_a_tariff_beside_an_energy_share_keeps_its_rate(nlp):
    rows = facts_of(
        nlp, "The US imposed a 25% tariff on India, which gets 35% of its oil from Russia."
    )
    assert ("USA", "IND", 25.0) in triples(rows, "tariff")
    assert triples(rows, "trade") == {("IND", "RUS", 35.0)}  # a share of its oil imports


def test_a_countrys_rate_is_the_rate_it_is_charged(nlp):
    text = (
        "Washington signed tariff deals across Asia, trading lower tariffs for market access. "
        "Indonesia's rate was cut to 19 percent."
    )
    assert triples(facts_of(nlp, text), "tariff") == {("USA", "IDN", 19.0)}


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
        (
            "Trump signed an order putting a 25% tariff on imported cars from April 3.",
            "2025-03-27",
            "announced",
        ),
        ("From August 7, India faced a 25% US tariff.", "2026-02-14", "imposed"),
        # the day may come before the month
        (
            "Trump signed an order putting a 25% tariff on imported cars from 3 April.",
            "2025-03-27",
            "announced",
        ),
        ("Canada announced a 25% surtax on US steel, effective 13 March.", "2025-06-20", "imposed"),
        (
            "Canada announced a 25% surtax on US steel, effective March 13, prompting US mills "
            "to start lobbying.",
            "2025-06-20",
            "imposed",
        ),
        # a measure the sentence still speaks of as to come
        (
            "On 2 April Washington announced a 34% tariff on Chinese goods, to apply from 9 April.",
            "2025-05-14",
            "announced",
        ),
    ],
)
def test_a_rate_whose_start_date_has_passed_is_in_force(nlp, text, date, status):
    rows = facts_of(nlp, text, date=date)
    assert [r[schema.STATUS] for r in rows] == [status]


@pytest.mark.parametrize(
    ("date", "text", "status"),
    [
        (
            "2025-04-03",
            "The new US country tariffs apply from April 9. Vietnam was handed a 46 percent tariff.",
            "announced",
        ),
        # April 9 has passed
        (
            "2025-05-20",
            "The new US country tariffs apply from April 9. Vietnam was handed a 46 percent tariff.",
            "imposed",
        ),
        (
            "2025-04-03",
            "The new US country tariffs apply from April 9. Vietnam still gets a 46 percent tariff.",
            "imposed",
        ),
        # January 1 in a December article is next January
        (
            "2025-12-20",
            "The new US country tariffs apply from January 1. Vietnam was handed a 46 percent tariff.",
            "announced",
        ),
        (
            "2025-03-04",
            "Trade talks on tariffs will resume in Geneva from March 10. The US tariff on "
            "Vietnamese goods is 46 percent.",
            "imposed",
        ),
    ],
)
def test_a_schedule_still_to_take_effect_makes_its_bare_rates_announced(nlp, date, text, status):
    rows = [r for r in facts_of(nlp, text, date=date) if r[schema.PARTNER] == "VNM"]
    assert [r[schema.STATUS] for r in rows] == [status]


@pytest.mark.parametrize(
    ("text", "status"),
    [
        ("Under the framework, Argentina will eliminate its tariffs on US machinery.", "agreed"),
        (
            "In return, the United States will lower the tariff on Swiss goods from 39 percent "
            "to 15 percent.",
            "agreed",
        ),
        ("Argentina will eliminate its tariffs on US machinery.", "lifted"),
        ("In return, the US tariff on Swiss goods has been cut from 39% to 15%.", "lifted"),
    ],
)
def test_a_cut_written_into_a_deal_is_agreed_until_it_applies(nlp, text, status):
    assert [r[schema.STATUS] for r in facts_of(nlp, text)] == [status]


def test_a_cut_already_made_under_a_deal_is_lifted_whatever_else_is_to_come(nlp):
    text = (
        "Under the deal, the US lowered its tariff on Japanese cars to 15% last month, and Japan "
        "will invest $550 billion."
    )
    rows = [r for r in facts_of(nlp, text) if r[schema.TOPIC] == "tariff"]
    assert [r[schema.STATUS] for r in rows] == ["lifted"]


def test_how_a_removed_tariff_came_about_is_not_its_status(nlp):
    text = "China removed the tariffs of up to 15% it had put on American farm goods in March."
    assert [r[schema.STATUS] for r in facts_of(nlp, text)] == ["lifted"]


@pytest.mark.parametrize(
    "text",
    [
        "India told the WTO that it reserved the right to raise duties on American goods.",
        "Brazil has a reciprocity law that lets it answer with counter-tariffs on US goods.",
        "The memorandum allows Washington to raise tariffs on Japanese goods again.",
        "The Commission said it was prepared to impose countermeasures on US goods.",
    ],
)
def test_the_right_or_means_to_impose_a_tariff_is_a_threat(nlp, text):
    assert [r[schema.STATUS] for r in facts_of(nlp, text)] == ["threatened"]


def test_leave_to_keep_charging_a_tariff_is_no_threat(nlp):
    text = "The Supreme Court ruling allowed Washington to keep charging 25% tariffs on Canadian steel."
    assert [r[schema.STATUS] for r in facts_of(nlp, text)] == ["imposed"]


def test_a_tariff_kept_after_another_is_lifted_is_still_imposed(nlp):
    text = (
        "China lifted its 10% tariff on US wheat but kept the 15% tariffs it imposed on US chicken."
    )
    rows = facts_of(nlp, text)
    assert [(r[schema.VALUE], r[schema.STATUS]) for r in rows] == [
        (10.0, "lifted"),
        (15.0, "imposed"),
    ]


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


_TARIFF_TALK = "Washington set new tariffs in August. The tariffs replaced earlier duties. "


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "India's rate is 25 percent, and Vietnam's rate is 20 percent.",
            [("USA", "IND", 25.0), ("USA", "VNM", 20.0)],
        ),
        (
            "India's rate is 25 percent, and Vietnam's is 20 percent.",
            [("USA", "IND", 25.0), ("USA", "VNM", 20.0)],
        ),
        ("Brazil, whose coffee now pays 50 percent, has asked for talks.", [("USA", "BRA", 50.0)]),
    ],
)
def test_a_countrys_rate_or_goods_paying_a_rate_make_it_the_target(nlp, text, expected):
    rows = [r for r in facts_of(nlp, _TARIFF_TALK + text) if r[schema.VALUE] is not None]
    assert sides(rows, "tariff") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Brazilian steel, the second-largest source of US steel imports after Canada, pays "
            "the 50% rate that Washington applies to the metal.",
            [("USA", "BRA", 50.0)],
        ),
        (
            "Japan, Seoul's closest rival in the American car market, saw its own auto rate "
            "lowered to 15% in September.",
            [("USA", "JPN", 15.0)],
        ),
        (
            "Vietnam and Bangladesh, big competitors in garments, pay 20%, and Indonesia pays 19%.",
            [("USA", "VNM", 20.0), ("USA", "BGD", 20.0), ("USA", "IDN", 19.0)],
        ),
    ],
)
def test_an_aside_between_a_subject_and_its_verb_names_no_side(nlp, text, expected):
    rows = [r for r in facts_of(nlp, _TARIFF_TALK + text) if r[schema.VALUE] is not None]
    assert sides(rows, "tariff") == expected


def test_a_list_with_as_well_as_or_an_aside_word_is_no_aside(nlp):
    text = "Canada, Mexico and China, as expected, face 25% US tariffs."
    assert sides(facts_of(nlp, text), "tariff") == [
        ("USA", "CAN", 25.0),
        ("USA", "MEX", 25.0),
        ("USA", "CHN", 25.0),
    ]


def test_a_country_compared_in_an_aside_imposes_nothing(nlp):
    rows = facts_of(nlp, "India, like China, faces a 50% tariff.")
    assert [r for r in rows if r[schema.ACTOR] == "CHN"] == []


def test_an_understood_rate_needs_a_countrys_rate_before_it(nlp):
    text = _TARIFF_TALK + "India's tariff rate is 25 percent, and Vietnam's is 20 percent."
    assert [r for r in facts_of(nlp, text) if r[schema.PARTNER] == "VNM"] == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # importers pay the duty their own government charges
        (
            "The new levy leaves Canadian importers paying a 25 percent tariff on Chinese steel.",
            [("CAN", "CHN", 25.0)],
        ),
        # a US trade law names its imposer
        ("The Section 232 tariff of 50% on Brazilian steel stays.", [("USA", "BRA", 50.0)]),
    ],
)
def test_who_pays_at_home_and_a_us_trade_law_name_the_imposer(nlp, text, expected):
    assert sides(facts_of(nlp, text), "tariff") == expected


def test_a_countrys_understood_rate_that_stays_is_its_own_and_in_force(nlp):
    text = (
        _TARIFF_TALK + "Japan's rate went up to 24 percent in April, while Thailand's stays at "
        "19 percent after Washington put off a rise."
    )
    rows = [r for r in facts_of(nlp, text) if r[schema.TOPIC] == "tariff"]
    assert [(r[schema.PARTNER], r[schema.VALUE], r[schema.STATUS]) for r in rows] == [
        ("JPN", 24.0, "imposed"),
        ("THA", 19.0, "imposed"),
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the old rate after `instead of` is no fact, and the new one is a cut
        (
            "US customs now charge a tariff of 20 percent instead of 46 percent on Vietnamese shoes.",
            [(20.0, "lifted")],
        ),
        # the rate's own passive verb, past an aside that announced it, gives its state
        (
            "Washington's 30 percent levy on Mexican steel, first announced in March, was postponed.",
            [(30.0, "delayed")],
        ),
        # a start that is still to come is announced
        (
            "Beijing's 15 percent duty on US coal is due to start on April 10.",
            [(15.0, "announced")],
        ),
        # a rate a country has faced since a date is in force, even in a joint text
        (
            "Joint Statement of the United States and Switzerland on trade. Swiss exports have "
            "faced a 39 percent US tariff since August.",
            [(39.0, "imposed")],
        ),
    ],
)
def test_what_follows_a_rate_gives_its_state(nlp, text, expected):
    rows = [r for r in facts_of(nlp, text) if r[schema.TOPIC] == "tariff"]
    assert [(r[schema.VALUE], r[schema.STATUS]) for r in rows] == expected


def test_a_passive_verb_of_another_clause_does_not_undo_a_rate(nlp):
    text = "The 25% duty on Indian steel took effect, while quotas on Korean cars were suspended."
    rows = [r for r in facts_of(nlp, text) if r[schema.TOPIC] == "tariff"]
    assert [(r[schema.VALUE], r[schema.STATUS]) for r in rows] == [(25.0, "imposed")]


def test_a_passive_verb_after_a_comma_and_is_another_clause(nlp):
    text = (
        "The United States imposed a 25% tariff on Canadian steel last week, and shipments were "
        "delayed at the border."
    )
    rows = [r for r in facts_of(nlp, text) if r[schema.TOPIC] == "tariff"]
    assert [(r[schema.VALUE], r[schema.STATUS]) for r in rows] == [(25.0, "imposed")]


def test_a_tariff_without_a_rate_is_one_fact_for_each_product_it_covers(nlp):
    text = (
        "Separately, the duties that Beijing slapped on Canadian canola meal, peas, lobsters and "
        "crabs will be removed from March 1."
    )
    rows = [r for r in facts_of(nlp, text) if r[schema.TOPIC] == "tariff"]
    assert sorted((r[schema.ACTOR], r[schema.PARTNER], r[schema.PRODUCT]) for r in rows) == [
        ("CHN", "CAN", "canola meal"),
        ("CHN", "CAN", "crab"),
        ("CHN", "CAN", "lobster"),
        ("CHN", "CAN", "peas"),
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an answer only spoken of is a threat
        (
            "The US charges 50% on Brazilian goods. Lula has said Brazil could answer with "
            "counter-tariffs under a reciprocity law.",
            "threatened",
        ),
        (
            "The US charges 39% on Swiss goods. Switzerland's Federal Council ruled out "
            "counter-tariffs from the start.",
            "threatened",
        ),
        # counter-tariffs kept are in force
        (
            "Speaking in Ottawa, Carney said his country would keep its 25% counter-tariffs on "
            "American steel.",
            "imposed",
        ),
    ],
)
def test_counter_tariffs_only_spoken_of_are_threatened(nlp, text, expected):
    rows = [r for r in facts_of(nlp, text) if "counter-tariffs" in r[schema.EVIDENCE]]
    assert rows and {r[schema.STATUS] for r in rows} == {expected}


def test_goods_named_after_an_opening_place_are_the_target(nlp):
    text = (
        "In the United States, Chinese electric vehicles have faced a 100% Section 301 tariff "
        "since September 2024."
    )
    rows = [r for r in facts_of(nlp, text) if r[schema.TOPIC] == "tariff"]
    assert [(r[schema.ACTOR], r[schema.PARTNER]) for r in rows] == [("USA", "CHN")]


def test_a_reason_for_one_rate_does_not_reach_past_a_comma(nlp):
    text = (
        "The US raised tariffs on India. A reciprocal rate of 25 percent took effect on 7 August, "
        "and an additional 25 percent penalty for buying Russian oil was added on 27 August, "
        "taking the total on many Indian goods to 50 percent."
    )
    rows = [r for r in facts_of(nlp, text) if r[schema.VALUE] == 50.0]
    assert [(r[schema.ACTOR], r[schema.PARTNER]) for r in rows] == [("USA", "IND")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # `a lower 10%` describes a rate; `will lower` cuts one
        (
            "President Donald Trump signed emergency orders putting a 25% tariff on Canadian "
            "goods, with energy resources from Canada charged a lower 10%.",
            "imposed",
        ),
        ("The US will lower its tariff on Japanese cars to 15%.", "lifted"),
    ],
)
def test_lower_as_an_adjective_lifts_nothing(nlp, text, expected):
    rows = [r for r in facts_of(nlp, text) if r[schema.VALUE] in (10.0, 15.0)]
    assert [r[schema.STATUS] for r in rows] == [expected]


def test_goods_that_pay_a_rate_after_retaliation_are_tariffs_even_for_canola_oil(nlp):
    text = (
        "China put tariffs on Canada in March. Canadian canola oil and peas have paid 100 "
        "percent since March 20, and Canadian pork 25 percent."
    )
    rows = facts_of(nlp, text)
    assert {r[schema.TOPIC] for r in rows} == {"tariff"}
    assert sorted((r[schema.PRODUCT], r[schema.VALUE]) for r in rows if r[schema.VALUE]) == [
        ("canola oil", 100.0),
        ("peas", 100.0),
        ("pork", 25.0),
    ]


def test_rates_listed_after_an_extra_rate_keep_their_decimals(nlp):
    text = (
        "The EU's duties on Chinese electric cars, in force since October 2024, differ by "
        "company. BYD pays an extra 17 percent, Geely 18.8 percent and SAIC, which the "
        "Commission said had not cooperated fully with its investigation, 35.3 percent."
    )
    rows = [r for r in facts_of(nlp, text) if r[schema.VALUE] is not None]
    assert [(r[schema.ACTOR], r[schema.PARTNER], r[schema.VALUE]) for r in rows] == [
        ("EUU", "CHN", 17.0),
        ("EUU", "CHN", 18.8),
        ("EUU", "CHN", 35.3),
    ]


def test_goods_of_a_country_that_pay_a_rate_are_its_target(nlp):
    text = (
        "The US raised its tariffs on India in August. As a result, most Indian goods now pay 50 "
        "percent at the US border, the same combined rate Brazil faces."
    )
    rows = [r for r in facts_of(nlp, text) if r[schema.VALUE] == 50.0]
    assert [(r[schema.ACTOR], r[schema.PARTNER]) for r in rows] == [("USA", "IND")]


def test_broad_product_groups_each_get_their_own_fact(nlp):
    text = (
        "India agreed a deal with the US. It will also lower tariffs on a range of US industrial "
        "goods and some farm products."
    )
    rows = [r for r in facts_of(nlp, text) if r[schema.TOPIC] == "tariff"]
    assert sorted((r[schema.ACTOR], r[schema.PARTNER], r[schema.PRODUCT]) for r in rows) == [
        ("IND", "USA", "agricultural products"),
        ("IND", "USA", "industrial goods"),
    ]


@pytest.mark.parametrize(
    "text",
    [
        "In May, China imposed counter-tariffs of 15 percent on US coal.",
        "Responding to the threat posed by US duties, Canada imposed counter-tariffs of 25 "
        "percent on US steel.",
        "Beijing, which had said it would respond in kind, imposed counter-tariffs of 10 percent "
        "on US cars.",
        "Ottawa said it would leave its counter-tariffs of 25 percent on US steel in place.",
    ],
)
def test_counter_tariffs_imposed_after_talk_of_answers_are_in_force(nlp, text):
    rows = [r for r in facts_of(nlp, text) if r[schema.TOPIC] == "tariff"]
    assert rows and {r[schema.STATUS] for r in rows} == {"imposed"}


def test_the_lowering_of_a_tariff_lifts_it(nlp):
    text = "Canada welcomed the lowering of US tariffs on its steel to 10 percent."
    rows = [r for r in facts_of(nlp, text) if r[schema.TOPIC] == "tariff"]
    assert [r[schema.STATUS] for r in rows] == ["lifted"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a noun after `and some` that the list does not end with is no product of it
        (
            "Canada imposed tariffs on US steel, and some fruit growers feared a backlash.",
            [("CAN", "USA", "steel")],
        ),
        (
            "India agreed a deal with the US. It will lower tariffs on US soybeans and some other "
            "farm products.",
            [("IND", "USA", "agricultural products"), ("IND", "USA", "soybeans")],
        ),
        # each target with its own products
        (
            "The EU imposed duties on Chinese trucks, steel and fruit, and on US whiskey.",
            [
                ("EUU", "CHN", "fruit"),
                ("EUU", "CHN", "steel"),
                ("EUU", "CHN", "trucks"),
                ("EUU", "USA", "whisky"),
            ],
        ),
    ],
)
def test_products_of_a_rateless_tariff_stay_with_their_list_and_target(nlp, text, expected):
    rows = [r for r in facts_of(nlp, text) if r[schema.TOPIC] == "tariff"]
    assert sorted((r[schema.ACTOR], r[schema.PARTNER], r[schema.PRODUCT]) for r in rows) == expected


def test_a_reason_reaches_over_a_list_of_countries(nlp):
    text = (
        "Trump threatened secondary tariffs of 25 percent as a penalty for buying oil from "
        "Russia, Iran or Venezuela."
    )
    rows = [r for r in facts_of(nlp, text) if r[schema.TOPIC] == "tariff"]
    assert [(r[schema.ACTOR], r[schema.PARTNER]) for r in rows] == [("USA", None)]


def test_it_after_under_is_the_object_of_under(nlp):
    text = "Japan signed the deal last year. Under it, the US applies a 15 percent tariff to most goods."
    rows = [r for r in facts_of(nlp, text) if r[schema.VALUE] == 15.0]
    assert [r[schema.ACTOR] for r in rows] == ["USA"]


def test_the_two_countries_are_not_the_country_of_goods_named_before(nlp):
    text = (
        "India and the United States are negotiating a trade deal. After a call between Trump "
        "and Modi about Russian oil, the two countries agreed to cut tariffs to 15 percent."
    )
    rows = facts_of(nlp, text)
    assert "RUS" not in {r[schema.PARTNER] for r in rows} | {r[schema.ACTOR] for r in rows}


def test_the_country_a_secondary_tariff_names_as_seller_is_no_target(nlp):
    text = (
        "In March Washington authorised a 25 percent tariff on imports from any country that "
        "buys Venezuelan crude."
    )
    rows = [r for r in facts_of(nlp, text) if r[schema.TOPIC] == "tariff"]
    assert [(r[schema.ACTOR], r[schema.PARTNER]) for r in rows] == [("USA", None)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("If talks fail, Brazil will impose counter-tariffs on US goods.", "threatened"),
        ("Brazil could, if pressed, answer with counter-tariffs on US goods.", "threatened"),
        ("Ottawa said it would leave the door open to counter-tariffs on US steel.", "threatened"),
    ],
)
def test_a_comma_or_leaving_a_door_open_makes_no_counter_tariff_real(nlp, text, expected):
    rows = [r for r in facts_of(nlp, text) if r[schema.TOPIC] == "tariff"]
    assert rows and {r[schema.STATUS] for r in rows} == {expected}


def test_a_product_list_may_end_in_a_noun_like_products(nlp):
    text = "China imposed tariffs on US steel and some aluminium products."
    rows = [r for r in facts_of(nlp, text) if r[schema.TOPIC] == "tariff"]
    assert sorted(r[schema.PRODUCT] for r in rows) == ["aluminum", "steel"]


def test_the_comma_closing_a_reason_is_no_list_comma(nlp):
    text = "As a penalty for buying Russian oil, India now faces a 25% US tariff."
    rows = [r for r in facts_of(nlp, text) if r[schema.TOPIC] == "tariff"]
    assert [(r[schema.ACTOR], r[schema.PARTNER]) for r in rows] == [("USA", "IND")]


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        (
            "Sofia Coppola's studio said the United States imposed a 25% tariff on Japanese cars.",
            "USA",
        ),
        ("Franco-era laws aside, Spain imposed a 10% tariff on US whiskey.", "ESP"),
    ],
)
def test_a_first_name_or_an_era_is_no_country(nlp, text, actor):
    rows = [r for r in facts_of(nlp, text) if r[schema.TOPIC] == "tariff"]
    assert [r[schema.ACTOR] for r in rows] == [actor]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Trump signed the order on Monday. Mexico faces 30% tariffs from the United States.",
            {("USA", "MEX", 30.0)},
        ),
        (
            "The EU is weighing its answer. Mexico now faces 30% tariffs from Washington.",
            {("USA", "MEX", 30.0)},
        ),
        ("The EU put 35% duties on cars from China.", {("EUU", "CHN", 35.0)}),
        ("Washington removed the 25% tariffs from Canada on Friday.", {("USA", "CAN", 25.0)}),
    ],
)
def test_the_country_a_tariff_comes_from_imposes_it(nlp, text, expected):
    assert triples(facts_of(nlp, text), "tariff") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Vietnam agreed to cut its tariffs on US cars to 5%.", {("VNM", "USA", 5.0)}),
        ("Vietnam agreed to impose a 20% tariff on Chinese steel.", {("VNM", "CHN", 20.0)}),
    ],
)
def test_a_country_that_agreed_to_change_its_own_tariffs_imposes_them(nlp, text, expected):
    assert triples(facts_of(nlp, text), "tariff") == expected


def test_a_country_owning_a_trade_remedy_body_imposes_its_duties(nlp):
    text = (
        "The United States raised its tariffs in April. Chile's anti-distortion commission "
        "imposed surcharges of 24.9 percent on Chinese steel bars."
    )
    rows = [r for r in facts_of(nlp, text) if r[schema.VALUE] == 24.9]
    assert sides(rows) == [("CHL", "CHN", 24.9)]


def test_a_demonym_before_brands_imposes_nothing(nlp):
    text = (
        "Mexico's Senate approved higher duties on Tuesday. Light vehicles from non-partner "
        "countries will pay 50 percent, a change aimed at the Chinese brands in Mexican showrooms."
    )
    rows = [r for r in facts_of(nlp, text) if r[schema.VALUE] == 50.0]
    assert [r[schema.ACTOR] for r in rows] == ["MEX"]


def test_a_reason_after_a_participle_names_no_target(nlp):
    text = (
        "Washington raised its tariffs again. Trump announced the 50 percent rate on Brazil in "
        "a letter, tying it to what he called unfair treatment of American technology companies."
    )
    assert triples(facts_of(nlp, text), "tariff") == {("USA", "BRA", 50.0)}


@pytest.mark.parametrize(
    ("text", "status"),
    [
        (
            "Lula said Brazil will not impose counter-tariffs on the United States for now.",
            "announced",
        ),
        ("India has no plans to impose counter-tariffs on the United States.", "planned"),
        ("Mexico has not imposed a single retaliatory tariff on the United States.", "imposed"),
    ],
)
def test_a_tariff_a_government_will_not_impose_is_a_decision_and_no_plan_an_intent(
    nlp, text, status
):
    rows = [r for r in facts_of(nlp, text) if r[schema.TOPIC] == "tariff"]
    assert [(r[schema.STATUS], r[schema.NEGATED]) for r in rows] == [(status, True)]


def test_a_rate_that_falls_to_another_is_the_old_level_and_scotch_is_british(nlp):
    text = (
        "India and Britain signed a trade deal in July. Once it takes effect, India's 150 percent "
        "tariff on Scotch whisky falls to 75 percent."
    )
    assert triples(facts_of(nlp, text), "tariff") == {("IND", "GBR", 75.0)}


@pytest.mark.parametrize(
    "text",
    [
        "Cambodia commits to remove non-tariff barriers on US cars and farm products.",
        "India and the UAE signed a deal. Both sides aim to raise bilateral non-oil trade to "
        "$100 billion by 2030.",
    ],
)
def test_a_non_tariff_barrier_is_no_tariff_and_non_oil_trade_no_energy(nlp, text):
    topics = {r[schema.TOPIC] for r in facts_of(nlp, text)}
    assert not topics & {"tariff", "energy"}


def test_the_parts_of_a_rate_spelled_out_after_a_colon_hit_the_same_country(nlp):
    text = (
        "Since August, most Brazilian goods entering the United States have paid a 50 percent "
        "tariff: the 10 percent baseline applied to almost all partners, plus a 40 percent "
        "surcharge."
    )
    assert triples(facts_of(nlp, text), "tariff") == {
        ("USA", "BRA", 50.0),
        ("USA", "BRA", 10.0),
        ("USA", "BRA", 40.0),
    }


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Following talks with China in Geneva, the United States cut its tariff to 30 percent.",
            {("USA", "CHN", 30.0)},
        ),
        (
            "After a deal with Japan in July, Washington set the tariff at 15 percent.",
            {("USA", "JPN", 15.0)},
        ),
    ],
)
def test_a_country_in_a_fronted_phrase_can_still_be_the_target(nlp, text, expected):
    assert triples(facts_of(nlp, text), "tariff") == expected


def test_tariffs_from_two_countries_are_imposed_by_both_on_neither(nlp):
    rows = facts_of(nlp, "Australian winemakers face 20 percent tariffs from China and India.")
    assert not {r[schema.PARTNER] for r in rows} & {"CHN", "IND"}


@pytest.mark.parametrize(
    ("text", "negated"),
    [
        (
            "Mexico will not hesitate to impose tariffs on American pork, the minister warned.",
            False,
        ),
        ("Beijing will not only impose tariffs on US soybeans but also curb rare earths.", False),
    ],
)
def test_not_hesitating_or_not_only_negates_nothing(nlp, text, negated):
    rows = [r for r in facts_of(nlp, text) if r[schema.TOPIC] == "tariff"]
    assert [r[schema.NEGATED] for r in rows] == [negated]


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        (
            "Deputy minister Luis Mendoza said the United States would keep a 25 percent tariff on "
            "Mexican steel.",
            "USA",
        ),
        (
            "Iskander Yunus, a Turkish trade official, said Turkey's 25 percent tariff on American "
            "cars would stay.",
            "TUR",
        ),
    ],
)
def test_surnames_that_are_also_places_or_leaders_name_no_country(nlp, text, actor):
    rows = [r for r in facts_of(nlp, text) if r[schema.TOPIC] == "tariff"]
    assert [r[schema.ACTOR] for r in rows] == [actor]


@pytest.mark.parametrize(
    "text",
    [
        "Australia would not retaliate against the 10 percent US tariff on its goods.",
        "Brazil could retaliate against the 50 percent US tariff.",
    ],
)
def test_a_rate_that_retaliation_would_answer_keeps_its_own_status(nlp, text):
    rows = [r for r in facts_of(nlp, text) if r[schema.TOPIC] == "tariff"]
    assert [(r[schema.ACTOR], r[schema.STATUS], r[schema.NEGATED]) for r in rows] == [
        ("USA", "imposed", False)
    ]


def test_a_rate_in_a_sentence_naming_no_country_continues_the_pair_just_named(nlp):
    text = (
        "Mexico has spent the year in talks with its largest customer.\n\n"
        "Q: What tariffs does Washington charge on Mexican goods?\n\n"
        "A: Goods outside the trade pact pay a 25 percent tariff. Fertilizer pays a lower tariff "
        "of 10 percent."
    )
    rows = [r for r in facts_of(nlp, text) if r[schema.TOPIC] == "tariff"]
    assert sides(rows) == [("USA", "MEX", 25.0), ("USA", "MEX", 10.0)]


def test_a_pair_against_the_usual_imposer_does_not_carry_to_a_general_rate(nlp):
    text = (
        "U.S. tariffs on Chinese goods reached 145 percent. China answered with 125 percent on "
        "American goods. Duties of 25 percent on steel have applied since March 12."
    )
    rows = [r for r in facts_of(nlp, text) if r[schema.TOPIC] == "tariff"]
    assert sides(rows)[-1] == ("USA", None, 25.0)


def test_countries_assigned_given_or_drawing_rates_receive_them(nlp):
    text = (
        "Trump imposed new tariffs on dozens of trading partners on Wednesday. The duties take "
        "effect next week, and the reciprocal tariffs range from 10 to 50 percent. The European Union was assigned 20 percent and Japan 24 "
        "percent. The steepest rates fell on Asia, with Cambodia drawing 49 percent. South "
        "Africa was given 30 percent, while Kazakhstan received 27 percent."
    )
    rows = [r for r in facts_of(nlp, text) if r[schema.TOPIC] == "tariff"]
    assert {s for s in sides(rows) if s[2] != 10.0} >= {
        ("USA", "EUU", 20.0),
        ("USA", "JPN", 24.0),
        ("USA", "KHM", 49.0),
        ("USA", "ZAF", 30.0),
        ("USA", "KAZ", 27.0),
    }


def test_the_country_that_cuts_or_pauses_a_tariff_imposes_the_rates_named_later(nlp):
    text = (
        "Washington cut its fentanyl tariff on Chinese goods to 10 percent. China's 15 percent "
        "tariff on US coal stays. Q: What about India? A: Indian goods pay 50 percent."
    )
    rows = [r for r in facts_of(nlp, text) if r[schema.TOPIC] == "tariff"]
    assert sides(rows)[-1] == ("USA", "IND", 50.0)


def test_countries_that_will_not_be_charged_a_rate_are_its_negated_targets(nlp):
    text = (
        "Trump imposed tariffs on dozens of countries, and the duties take effect next week. "
        "The White House said Canada and Mexico would not be charged the new reciprocal rates."
    )
    rows = [r for r in facts_of(nlp, text) if r[schema.PARTNER] in ("CAN", "MEX")]
    assert {
        (r[schema.ACTOR], r[schema.PARTNER], r[schema.STATUS], r[schema.NEGATED]) for r in rows
    } == {("USA", "CAN", "announced", True), ("USA", "MEX", "announced", True)}


def test_a_government_that_would_take_countermeasures_threatens_them(nlp):
    text = (
        "Trump put a 34 percent tariff on Chinese goods. Beijing's commerce ministry said it "
        "firmly opposed the move and would take countermeasures."
    )
    rows = [r for r in facts_of(nlp, text) if r[schema.TOPIC] == "tariff"]
    assert (rows[-1][schema.ACTOR], rows[-1][schema.STATUS]) == ("CHN", "threatened")


def test_a_makers_goods_that_pay_a_rate_are_its_target_and_a_member_state_text_speaks_for_the_eu(
    nlp,
):
    text = (
        "Hungary has drawn Chinese carmakers to Debrecen and Szeged. On top of the standard duty, "
        "cars made by BYD pay 17.0 percent and those made by Geely pay 18.8 percent."
    )
    rows = [r for r in facts_of(nlp, text) if r[schema.TOPIC] == "tariff"]
    assert sides(rows) == [("EUU", "CHN", 17.0), ("EUU", "CHN", 18.8)]


@pytest.mark.parametrize(
    "text",
    [
        "China has charged a 10 percent tariff on US crude from February 10.",
        "In 2025 the United States raised the tariff on steel to 25 percent from March 12.",
    ],
)
def test_a_start_date_just_ahead_in_a_sentence_that_looks_back_is_no_announcement(nlp, text):
    rows = facts_of(nlp, text, date="2026-01-20")
    assert [r[schema.STATUS] for r in rows] == ["imposed"]


@pytest.mark.parametrize(
    "second",
    [
        "The counter-tariffs of 25 percent cover steel and whisky.",
        "Japan's LNG imports rose sharply. The tariff on coal is 25 percent.",
    ],
)
def test_the_pair_just_named_does_not_carry_to_counter_tariffs_or_past_another_country(nlp, second):
    text = f"The United States imposed a 35 percent tariff on Canadian goods. {second}"
    rows = [r for r in facts_of(nlp, text) if r[schema.VALUE] == 25.0]
    assert rows and all((r[schema.ACTOR], r[schema.PARTNER]) != ("USA", "CAN") for r in rows)


def test_goods_a_maker_builds_in_a_named_country_are_not_the_makers_home_goods(nlp):
    text = "The EU set extra duties on Chinese electric cars. Cars built by BMW in China pay 20.7 percent."
    rows = [r for r in facts_of(nlp, text) if r[schema.VALUE] == 20.7]
    assert [r[schema.PARTNER] for r in rows] != ["DEU"]


@pytest.mark.parametrize(
    "sentence",
    [
        "Those rates come on top of the EU's standard 10 percent duty on imported cars, and talks "
        "with Beijing on replacing them have dragged on.",
        "All of these come on top of the standard 10 percent duty the EU charges on imported cars.",
    ],
)
def test_a_standard_duty_hits_no_one_country(nlp, sentence):
    text = "Brussels put duties on Chinese electric cars last year. " + sentence
    rows = [r for r in facts_of(nlp, text) if r[schema.VALUE] == 10.0]
    assert sides(rows, "tariff") == [("EUU", None, 10.0)]


def test_a_standard_duty_on_goods_of_a_named_origin_hits_that_origin(nlp):
    text = "Brussels raised duties. The standard 10 percent tariff on Chinese cars stays."
    assert sides(facts_of(nlp, text), "tariff") == [("EUU", "CHN", 10.0)]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Lesotho, a small kingdom whose garment factories make jeans for American brands, "
            "was given 50 percent, the highest rate on the list.",
            [("USA", "LSO", 50.0)],
        ),
        (
            "When the rates were reset in July, South Africa came out at 30 percent.",
            [("USA", "ZAF", 30.0)],
        ),
        (
            "Lesotho and Madagascar were cut to 15 percent.",
            [("USA", "LSO", 15.0), ("USA", "MDG", 15.0)],
        ),
    ],
)
def test_a_country_given_or_moved_to_a_rate_is_its_target(nlp, sentence, expected):
    text = "Washington's tariffs, duties and levies hit African exporters hard. " + sentence
    assert sides(facts_of(nlp, text), "tariff") == expected


def test_its_goods_in_a_later_clause_are_the_goods_of_the_country_the_sentence_opened_with(nlp):
    text = (
        "Washington imposed tariffs, duties and levies across Asia. Taipei's talks are still "
        "open, and its goods face a 20 percent rate in the meantime."
    )
    assert sides(facts_of(nlp, text), "tariff") == [("USA", "TWN", 20.0)]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Britain, which signed the first deal, pays the standard 10 percent baseline duty.",
            [("USA", "GBR", 10.0)],
        ),
        (
            "China, which had answered every increase, was cut to 30 percent in May.",
            [("USA", "CHN", 30.0)],
        ),
        ("Lesotho was cut to fifteen percent.", [("USA", "LSO", 15.0)]),
    ],
)
def test_a_country_that_pays_a_standard_or_moved_rate_past_an_aside_is_its_target(
    nlp, sentence, expected
):
    text = "Washington's tariffs, duties and levies rose again. " + sentence
    assert sides(facts_of(nlp, text), "tariff") == expected


def test_a_standard_duty_named_after_its_rate_hits_no_one_country(nlp):
    text = (
        "Brussels put duties on Chinese electric cars. Those come on top of the EU's 10 percent "
        "MFN duty on imported cars, and talks with Beijing have dragged on."
    )
    rows = [r for r in facts_of(nlp, text) if r[schema.VALUE] == 10.0]
    assert sides(rows, "tariff") == [("EUU", None, 10.0)]


@pytest.mark.parametrize(
    "text",
    [
        "Under the July pact, Jakarta agreed to invest $10 billion in the United States and to "
        "buy $15 billion of US energy, in exchange for a 19 percent tariff.",
        "Under the July pact, Jakarta agreed to buy $2 billion of American aircraft and farm "
        "goods, in exchange for a 19 percent tariff.",
    ],
)
def test_a_rate_given_in_exchange_is_received_by_the_giver_on_all_its_goods(nlp, text):
    rows = [r for r in facts_of(nlp, text) if r[schema.TOPIC] == "tariff"]
    assert [(*sides([r])[0], r[schema.PRODUCT]) for r in rows] == [("USA", "IDN", 19.0, None)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the one who only tells is not the giver
        (
            "Trump said Japan will invest $550 billion in US projects in exchange for a 15 percent "
            "tariff.",
            [("USA", "JPN", 15.0)],
        ),
        (
            "Seoul and Tokyo each pledged hundreds of billions of dollars in US investment in "
            "exchange for a 15 percent tariff.",
            [("USA", "KOR", 15.0), ("USA", "JPN", 15.0)],
        ),
    ],
)
def test_the_giver_in_exchange_is_the_country_that_gives(nlp, text, expected):
    assert sides(facts_of(nlp, text), "tariff") == expected


def test_an_as_was_country_with_a_rate_of_its_own_keeps_it(nlp):
    text = (
        "Trump announced reciprocal tariffs on Wednesday. Vietnam was hit with a 46 percent "
        "tariff, as was Cambodia at 49 percent."
    )
    assert sides(facts_of(nlp, text), "tariff") == [("USA", "VNM", 46.0), ("USA", "KHM", 49.0)]


def test_an_apposition_on_a_measure_does_not_name_its_targets(nlp):
    text = (
        "Beijing began charging anti-dumping duties of 30 percent on Australian wine on "
        "Friday, the latest in a series of steps that followed Canberra's tariffs on Chinese "
        "steel."
    )
    assert sides(facts_of(nlp, text), "tariff") == [("CHN", "AUS", 30.0)]


def test_its_tariff_after_a_country_opened_the_sentence_before_is_that_countrys(nlp):
    text = (
        "Washington put a 25 percent tariff on Mexican steel in March. Mexico protects its "
        "carmakers in other ways too. Its import tariff on electric cars rose to 20 percent "
        "in January."
    )
    assert sides(facts_of(nlp, text), "tariff")[1:] == [("MEX", None, 20.0)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            # who is told of a rate is charged it, each its own rate
            "The White House said on Monday that Laos and Myanmar have been told their goods "
            "will face tariffs of 40 percent and 35 percent respectively.",
            [("USA", "LAO", 40.0), ("USA", "MMR", 35.0)],
        ),
        (
            "Washington will charge Japan a 25 percent tariff from August 1.",
            [("USA", "JPN", 25.0)],
        ),
    ],
)
def test_the_country_a_rate_is_charged_to_is_its_target(nlp, text, expected):
    assert sides(facts_of(nlp, text), "tariff") == expected


def test_goods_the_lexicon_lacks_inside_a_list_of_known_goods_each_get_the_rate(nlp):
    text = "In March Beijing added tariffs of 15 percent on US chicken, wheat, corn and cotton."
    rows = [r for r in facts_of(nlp, text) if r[schema.TOPIC] == "tariff"]
    assert [r[schema.PRODUCT] for r in rows] == ["chicken", "wheat", "corn", "cotton"]
    assert {(r[schema.ACTOR], r[schema.PARTNER], r[schema.VALUE]) for r in rows} == {
        ("CHN", "USA", 15.0)
    }


def test_a_list_that_has_had_its_and_takes_no_more_goods(nlp):
    text = "Canada put 25 percent on US steel and aluminum, matching the American duties."
    rows = [r for r in facts_of(nlp, text) if r[schema.TOPIC] == "tariff"]
    assert [r[schema.PRODUCT] for r in rows] == ["steel", "aluminum"]


def test_a_countrys_reciprocal_tariff_is_the_one_it_is_charged(nlp):
    text = "The White House order of July 31 set Laos's reciprocal tariff at 40 percent."
    assert sides(facts_of(nlp, text), "tariff") == [("USA", "LAO", 40.0)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            # who is granted the right to levy is no target
            "The WTO granted the US the right to impose tariffs of up to 100 percent on EU goods.",
            [("USA", "EUU", 100.0)],
        ),
        (
            # warned by someone: the warning's source is no target
            "The US had been warned by economists that a 25 percent tariff on Canada would "
            "raise prices.",
            [("USA", "CAN", 25.0)],
        ),
        (
            # two sides cutting their rates on each other: each rate already has its imposer
            "The US and China cut their tariffs on each other's goods to 30 percent and 10 "
            "percent respectively.",
            [("USA", "CHN", 30.0), ("CHN", "USA", 10.0)],
        ),
        (
            # an apposition on a target is no end of the list of targets
            "The US imposed 25 percent tariffs on Mexico, its largest trading partner, and on "
            "Canada.",
            [("USA", "MEX", 25.0), ("USA", "CAN", 25.0)],
        ),
    ],
)
def test_a_licensed_warned_mutual_or_apposed_rate_keeps_its_sides(nlp, text, expected):
    assert sides(facts_of(nlp, text), "tariff") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The US imposed 25 percent tariffs on steel, aluminum, raising costs and hurting "
            "exporters.",
            ["steel", "aluminum"],
        ),
        ("China imposed a 10 percent tariff on US pork, frozen beef and fresh fruit.", ["pork"]),
        (
            "Canada imposed a 25 percent tariff on US steel, aluminum, and any derivatives.",
            ["steel", "aluminum"],
        ),
        (
            "Japan faces a 15 percent tariff on cars, machinery, and semiconductors exported to "
            "the US, officials said.",
            ["autos", "machinery", "semiconductors"],
        ),
    ],
)
def test_a_clause_or_a_modifier_after_a_list_of_goods_is_no_good(nlp, text, expected):
    rows = [r for r in facts_of(nlp, text) if r[schema.TOPIC] == "tariff"]
    assert [r[schema.PRODUCT] for r in rows] == expected


def test_the_bloc_after_another_bloc_is_not_the_eu(nlp):
    text = (
        "The Mercosur trade group met in Brasilia. The bloc imposed a 35 percent tariff on "
        "Chinese cars."
    )
    assert "EUU" not in {r[schema.ACTOR] for r in facts_of(nlp, text)}


def test_an_and_before_the_list_does_not_close_it(nlp):
    text = (
        "After talks with Canada and Mexico stalled, Beijing added tariffs of 10 percent on US "
        "soybeans, sorghum, pork, beef, corn and cotton."
    )
    rows = [r for r in facts_of(nlp, text) if r[schema.TOPIC] == "tariff"]
    assert [r[schema.PRODUCT] for r in rows] == [
        "soybeans",
        "sorghum",
        "pork",
        "beef",
        "corn",
        "cotton",
    ]


@pytest.mark.parametrize("ranged", ["ranged from", "ranged from as little as", "varied from about"])
def test_each_end_of_a_range_over_goods_is_a_rate_on_its_own_goods(nlp, ranged):
    text = (
        f"China's extra duties on American farm products {ranged} 10 percent on soybeans to "
        "15 percent on chicken."
    )
    rows = facts_of(nlp, text)
    assert [(r[schema.PARTNER], r[schema.PRODUCT], r[schema.VALUE]) for r in rows] == [
        ("USA", "soybeans", 10.0),
        ("USA", "chicken", 15.0),
    ]


def test_lifting_the_duties_already_told_of_keeps_their_two_sides(nlp):
    text = (
        "In March China put 100 percent duties on Canadian canola oil. "
        "Under Friday's understanding, China will lift the duties on canola meal, peas and "
        "lobsters from March 1."
    )
    rows = [r for r in facts_of(nlp, text) if r[schema.VALUE] is None]
    assert [(r[schema.ACTOR], r[schema.PARTNER], r[schema.PRODUCT]) for r in rows] == [
        ("CHN", "CAN", "canola meal"),
        ("CHN", "CAN", "peas"),
        ("CHN", "CAN", "lobster"),
    ]


@pytest.mark.parametrize(
    "second",
    [
        "Australia will remove its duties on steel next month.",
        "Canada asked Beijing to scrap the duties on canola meal.",
    ],
)
def test_lifting_duties_needs_a_side_of_the_pair_naming_itself(nlp, second):
    text = f"In March China put 100 percent duties on Canadian canola oil. {second}"
    rows = [r for r in facts_of(nlp, text) if r[schema.VALUE] is None]
    assert ("CAN", "CHN") not in {(r[schema.ACTOR], r[schema.PARTNER]) for r in rows}
    assert ("AUS", "CHN") not in {(r[schema.ACTOR], r[schema.PARTNER]) for r in rows}


def test_a_rate_a_legislature_approved_is_announced(nlp):
    text = "Mexico's Senate on Wednesday approved tariffs of up to 50 percent on cars from China."
    rows = [r for r in facts_of(nlp, text) if r[schema.TOPIC] == "tariff"]
    assert [
        (r[schema.ACTOR], r[schema.PARTNER], r[schema.VALUE], r[schema.STATUS]) for r in rows
    ] == [("MEX", "CHN", 50.0, "announced")]


def test_an_order_that_was_signed_is_no_agreement(nlp):
    text = (
        "Washington raised the rate again: an order signed on July 30 adds a 40 percent tariff "
        "on goods from Brazil."
    )
    rows = [r for r in facts_of(nlp, text) if r[schema.TOPIC] == "tariff"]
    assert [(r[schema.PARTNER], r[schema.VALUE]) for r in rows] == [("BRA", 40.0)]
    assert rows[0][schema.STATUS] != "agreed"


def test_a_rate_described_as_set_at_a_level_is_no_announcement(nlp):
    text = (
        "Canada's countermeasures on American steel and autos, also set at 25 percent, have "
        "stayed since March."
    )
    rows = [r for r in facts_of(nlp, text) if r[schema.TOPIC] == "tariff"]
    assert {(r[schema.ACTOR], r[schema.PARTNER], r[schema.STATUS]) for r in rows} == {
        ("CAN", "USA", "imposed")
    }


def test_the_rate_a_cut_leaves_behind_is_no_fact_of_its_own(nlp):
    text = (
        "Bern and Washington announced a framework on Friday that would cut the 39 percent "
        "tariff on Swiss goods to 15 percent."
    )
    rows = [r for r in facts_of(nlp, text) if r[schema.TOPIC] == "tariff"]
    assert [(r[schema.ACTOR], r[schema.PARTNER], r[schema.VALUE]) for r in rows] == [
        ("USA", "CHE", 15.0)
    ]


def test_the_country_of_the_fuel_a_penalty_answers_is_no_party_to_it(nlp):
    text = (
        "Trump added a 25 percent penalty on Indian goods from August 27 because of New Delhi's "
        "purchases of Russian oil, on top of the 25 percent reciprocal rate in force since "
        "August 7."
    )
    rows = [r for r in facts_of(nlp, text) if r[schema.TOPIC] == "tariff"]
    assert [(r[schema.ACTOR], r[schema.PARTNER], r[schema.PRODUCT]) for r in rows] == [
        ("USA", "IND", None)
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Canada still faces a 35 percent US tariff on goods that do not qualify under the pact, "
        "a rate in force since last August.",
        "- The framework keeps the 20 percent US tariff that has applied to Vietnamese goods since "
        "August 7.",
    ],
)
def test_a_rate_said_to_be_charged_now_is_imposed_whatever_deal_set_it(nlp, text):
    rows = [r for r in facts_of(nlp, text, date="2025-11-20") if r[schema.TOPIC] == "tariff"]
    assert [r[schema.STATUS] for r in rows] == ["imposed"]


@pytest.mark.parametrize(
    "text",
    [
        "- The agreement caps the US reciprocal tariff on Taiwanese goods at 15%, down from 20%.",
        "Bern and Washington announced a framework on Friday that would cut the 39 percent "
        "tariff on Swiss goods to 15 percent.",
    ],
)
def test_a_cut_the_deal_itself_makes_is_agreed(nlp, text):
    rows = [r for r in facts_of(nlp, text) if r[schema.TOPIC] == "tariff"]
    assert [(r[schema.VALUE], r[schema.STATUS]) for r in rows] == [(15.0, "agreed")]


@pytest.mark.parametrize(
    ("text", "status"),
    [
        (
            "Brazil is raising its import tariff on electric cars in steps, to 35 percent by July "
            "2026.",
            "announced",
        ),
        ("Brazil raised its import tariff on electric cars to 25 percent in July 2025.", "imposed"),
    ],
)
def test_a_level_reached_in_a_later_month_is_announced(nlp, text, status):
    rows = [r for r in facts_of(nlp, text, date="2025-11-20") if r[schema.TOPIC] == "tariff"]
    assert [(r[schema.ACTOR], r[schema.STATUS]) for r in rows] == [("BRA", status)]


def test_the_country_of_fuel_a_tariff_hits_stays_its_target(nlp):
    text = "China imposed a 10 percent tariff on imports of American crude oil."
    rows = [r for r in facts_of(nlp, text) if r[schema.TOPIC] == "tariff"]
    assert [(r[schema.ACTOR], r[schema.PARTNER], r[schema.PRODUCT]) for r in rows] == [
        ("CHN", "USA", "crude oil")
    ]


def test_a_country_the_sentence_targets_imposes_none_of_its_rates(nlp):
    text = (
        "Beijing answered at once. It announced a 15 percent tariff on American coal and a 10 "
        "percent tariff on US crude oil.\n\nThe pause ran out on 4 March, when the 25 percent "
        "duties on Canadian goods came into force and the rate on China was doubled."
    )
    rows = [r for r in facts_of(nlp, text) if r[schema.VALUE] == 25]
    assert [(r[schema.ACTOR], r[schema.PARTNER]) for r in rows] == [("USA", "CAN")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "China put a 100 percent tariff on Canadian canola oil in March. Beijing is also "
            "charging a 25 percent tariff on pork and seafood.",
            {("CHN", "CAN")},
        ),
        # a rate on everyone's goods, or one not said to come on top, is no part of the pair
        (
            "Washington imposed a 50 percent tariff on Brazilian goods in July. Washington also "
            "charges 25 percent on all imported cars.",
            {("USA", None)},
        ),
        (
            "Washington imposed a 50 percent tariff on Brazilian goods in July. Washington "
            "charges a 25 percent tariff on steel.",
            {("USA", None)},
        ),
    ],
)
def test_a_sentence_naming_only_the_imposer_of_the_pair_just_named_hits_its_target(
    nlp, text, expected
):
    rows = [r for r in facts_of(nlp, text) if r[schema.VALUE] == 25]
    assert {(r[schema.ACTOR], r[schema.PARTNER]) for r in rows} == expected
