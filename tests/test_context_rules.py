"""Context beyond one sentence: headings, lists, sections, titles, joint statements, references."""

from __future__ import annotations

import pytest
from extracting import facts_of, sides, triples

from pipeline import schema
from pipeline.documents import Article
from pipeline.facts import extract_articles


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
    "text",
    [
        "Tokyo approved a record defense budget on Friday. Toyota's operating profit fell to ¥3.5 trillion.",
        "Trump raised tariffs on China this week. Chinese exports fell 12% in May.",
        "Berlin raised defense spending last month. The EU later set a 55% emissions-cut goal.",
    ],
)
def test_a_number_after_a_topic_sentence_needs_words_that_continue_it(nlp, text):
    assert [r for r in facts_of(nlp, text) if r[schema.VALUE] is not None] == []


def test_both_economies_reach_back_to_a_pair_named_before_another_country(nlp):
    text = (
        "Saudi Arabia and the United Arab Emirates signed deals with Washington. "
        "Both Gulf economies face only the 10 percent baseline tariff that Washington applies."
    )
    assert triples(facts_of(nlp, text), "tariff") == {("USA", "SAU", 10.0), ("USA", "ARE", 10.0)}


def test_an_entry_under_an_investment_heading_keeps_its_own_investor(nlp):
    text = (
        "Investment\n\n"
        "- Microsoft has committed PLN 2.8 billion to expand its cloud capacity in Poland.\n"
    )
    rows = [r for r in facts_of(nlp, text) if r[schema.TOPIC] == "investment"]
    assert [(r[schema.ACTOR], r[schema.PARTNER]) for r in rows] == [("USA", "POL")]


def test_a_title_names_the_country_of_figures_whose_text_names_none(nlp):
    text = "Key figures\n- Exports rose 8.2% to a record $683.8 billion.\n\nShipments to the United States grew too."
    frame = extract_articles(
        [Article(path="t.txt", text=text, date="2025-03-28", title="South Korea's trade in 2024")],
        nlp,
    )
    rows = frame[frame[schema.TOPIC] == "trade"]
    assert list(zip(rows[schema.MEASURE], rows[schema.ACTOR], strict=True)) == [("exports", "KOR")]


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


def test_the_country_opening_a_sentence_is_the_subject_the_one_before_opened_with(nlp):
    text = (
        "India became the largest buyer of Russian crude after 2022, when European buyers "
        "turned away. The country imported 4.8 million barrels per day of crude in 2024."
    )
    rows = [r for r in facts_of(nlp, text) if r[schema.VALUE] is not None]
    assert [(r[schema.ACTOR], r[schema.VALUE]) for r in rows] == [("IND", 4.8e6)]


def test_we_in_a_speech_is_the_country_the_text_is_about(nlp):
    text = (
        "The UK defence secretary spoke to MPs on Tuesday.\n\n"
        "Minister: We have committed to the full five percent of GDP by 2035."
    )
    rows = facts_of(nlp, text)
    assert [(r[schema.ACTOR], r[schema.VALUE]) for r in rows] == [("GBR", 5.0)]


def test_the_kingdom_is_the_country_its_sentence_named_before_it(nlp):
    from pipeline.extractors.context import ArticleContext, context_mentions
    from pipeline.lexicon import gazetteer

    text = "Crown Prince Mohammed bin Salman said that the kingdom would invest more."
    earlier = gazetteer().find(text)
    found = context_mentions(text, ArticleContext(last_code="USA"), earlier)
    assert [(text[m.start : m.end], m.code) for m in found] == [("the kingdom", "SAU")]


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


def test_goods_named_by_origin_do_not_open_a_passage(nlp):
    text = (
        "The US trade deficit widened in May.\n\n"
        "Chinese imports fell 20% to $30 billion in May. Exports to Canada rose to $35 billion."
    )
    rows = [r for r in facts_of(nlp, text) if r[schema.MEASURE] == "exports"]
    assert [(r[schema.ACTOR], r[schema.PARTNER]) for r in rows] == [("USA", "CAN")]


def test_it_after_a_dated_it_sentence_goes_on_with_the_same_country(nlp):
    text = (
        "Beijing has answered selectively. In July it put duties of 34.9 percent on brandy from "
        "the EU. In September it added duties of 62.4 percent on pork from the EU, a blow "
        "mainly to farmers in Spain."
    )
    assert sides(facts_of(nlp, text), "tariff") == [("CHN", "EUU", 34.9), ("CHN", "EUU", 62.4)]


def test_the_kingdom_is_a_kingdom(nlp):
    text = (
        "Saudi Arabia hosted the president in May. The UAE pledged $1.4 trillion over ten "
        "years. The kingdom committed to invest $600 billion in the United States."
    )
    rows = [r for r in facts_of(nlp, text) if r[schema.VALUE] == 600e9]
    assert sides(rows, "investment") == [("SAU", "USA", 600e9)]


def test_thailand_is_a_kingdom_too(nlp):
    text = (
        "Britain secured a 10% rate in May. Thailand faces a 36% US tariff. The kingdom exported "
        "$63 billion of goods to the United States in 2024."
    )
    assert sides(facts_of(nlp, text), "trade") == [("THA", "USA", 63e9)]


def test_the_government_opening_a_sentence_is_the_country_the_one_before_opened_with(nlp):
    text = (
        "Madrid said in May it would build its next jets with France and Germany. The "
        "government also signed a €300 million order for Spike missiles from Israel."
    )
    assert ("ESP", "ISR", 3e8) in sides(facts_of(nlp, text), "defense_spending")


def test_the_government_after_a_company_is_not_the_companys_country(nlp):
    text = (
        "TSMC opened a chip plant in Kumamoto in Japan. The government had backed that plant "
        "with up to 476 billion yen in subsidies."
    )
    assert [row for row in sides(facts_of(nlp, text)) if "TWN" in row] == []


def test_the_republic_of_a_name_is_that_country_not_a_reference_back(nlp):
    text = (
        "Washington and Seoul published a joint fact sheet.\n\nTariffs\n- The United States will "
        "charge a tariff of no more than 15 percent on goods from the Republic of Korea."
    )
    assert sides(facts_of(nlp, text), "tariff") == [("USA", "KOR", 15.0)]


@pytest.mark.parametrize(
    ("text", "codes"),
    [
        ("the Franco-Italian consortium", ["FRA", "ITA"]),
        ("Sino-American trade", ["CHN", "USA"]),
        ("an Anglo-French missile", ["GBR", "FRA"]),
    ],
)
def test_a_combining_form_before_a_hyphen_names_its_country(text, codes):
    from pipeline.lexicon import gazetteer

    assert [m.code for m in gazetteer().find(text)] == codes


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Egyptian gas", "EGY"),
        ("Pakistani textiles", "PAK"),
        ("Kazakh uranium", "KAZ"),
        ("Nairobi said", "KEN"),
        ("Caracas replied", "VEN"),
        ("Baghdad signed", "IRQ"),
    ],
)
def test_demonyms_and_capitals_of_smaller_economies_name_their_country(text, code):
    from pipeline.lexicon import gazetteer

    assert [m.code for m in gazetteer().find(text)] == [code]


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Sonatrach raised its prices", "DZA"),
        ("a refinery near Lagos", "NGA"),
        ("the Kashagan field", "KAZ"),
        ("Tengizchevroil said", "KAZ"),
        ("crude loaded at Ceyhan", "TUR"),
        ("Pashinyan told reporters", "ARM"),
        ("the port of Mombasa", "KEN"),
        ("Petrobangla signed", "BGD"),
        ("the Stabroek block", "GUY"),
    ],
)
def test_sites_leaders_and_firms_of_emerging_economies_name_their_country(text, code):
    from pipeline.lexicon import gazetteer

    assert [m.code for m in gazetteer().find(text)] == ([code] if code else [])


@pytest.mark.parametrize(
    "text",
    [
        "Santos Ltd said",
        "the Marrakesh Agreement",
        "the Agadir Agreement",
        "Odessa, Texas",
        "Salta Rodriguez",
        "Peru's miner Buenaventura",
    ],
)
def test_names_shared_with_other_places_or_people_are_left_out(text):
    from pipeline.lexicon import gazetteer

    assert not [m for m in gazetteer().find(text) if m.code in ("BRA", "MAR", "UKR", "ARG", "COL")]


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        ("Milei's government aims to lift defence spending to 2 percent of GDP by 2030.", "ARG"),
        ("Ramaphosa's cabinet set defence spending at 1 percent of GDP for 2026.", "ZAF"),
        (
            "Anwar Ibrahim pledged to raise defence spending to 1.5 percent of GDP by 2030.",
            "MYS",
        ),
        ("Marcos Jr. pledged to raise defence spending to 2 percent of GDP by 2030.", "PHL"),
    ],
)
def test_leaders_beyond_the_big_economies_stand_for_their_countries(nlp, text, actor):
    rows = facts_of(nlp, text)
    assert [r[schema.ACTOR] for r in rows if r[schema.TOPIC] == "defense_spending"] == [actor]


def test_we_in_a_text_whose_title_opens_with_a_company_is_that_company(nlp):
    text = "Under the agreement, we committed to invest about $11 billion in U.S. Steel's mills."
    title = "Nippon Steel results call: U.S. Steel, India and tariffs"
    frame = extract_articles(
        [Article(path="t.txt", text=text, date="2025-11-05", title=title)], nlp
    )
    rows = frame[frame[schema.TOPIC] == "investment"]
    assert list(zip(rows[schema.ACTOR], rows[schema.PARTNER], strict=True)) == [("JPN", "USA")]


def test_all_three_gulf_states_are_the_three_countries_just_named(nlp):
    text = (
        "Saudi Arabia, the UAE and Qatar pledged investments. On tariffs, all three Gulf states "
        "currently pay the 10 percent baseline duty that Washington applies to most partners."
    )
    assert triples(facts_of(nlp, text), "tariff") == {
        ("USA", "SAU", 10.0),
        ("USA", "ARE", 10.0),
        ("USA", "QAT", 10.0),
    }


def test_a_number_of_countries_without_the_names_no_earlier_group(nlp):
    text = (
        "Japan and South Korea agreed trade deals with Washington in July. The US later imposed "
        "40 percent tariffs on six countries, including Laos and Myanmar."
    )
    rows = [r for r in facts_of(nlp, text) if r[schema.VALUE] == 40.0]
    assert not {r[schema.PARTNER] for r in rows} & {"JPN", "KOR"}


def test_a_title_opening_with_a_company_in_a_news_story_is_not_the_company_speaking(nlp):
    text = (
        '"We will impose a 10 percent duty on Chinese telecom gear," the trade commissioner said.'
    )
    title = "Huawei ban widens as EU weighs measures"
    frame = extract_articles(
        [Article(path="t.txt", text=text, date="2025-11-05", title=title)], nlp
    )
    assert list(zip(frame[schema.ACTOR], frame[schema.PARTNER], strict=True)) == [("EUU", "CHN")]


def test_it_stands_for_the_subject_after_the_phrase_the_sentence_before_opened_with(nlp):
    text = (
        "Under the deal announced on July 30, Seoul accepted a 15 percent tariff on its goods, "
        "down from the 25 percent Trump had threatened. It also promised $350 billion of investment in the United States."
    )
    assert sides(facts_of(nlp, text), "investment") == [("KOR", "USA", 350e9)]


@pytest.mark.parametrize(
    "text",
    [
        "Canada ships roughly 75 percent of its goods exports to its southern neighbour.",
        "Some 75 percent of Canada's goods exports were sold south of the border last year.",
    ],
)
def test_a_neighbour_named_by_its_direction_is_the_one_country_that_way(nlp, text):
    assert triples(facts_of(nlp, text), "trade") == {("CAN", "USA", 75.0)}


def test_a_neighbour_in_apposition_is_the_country_just_named():
    from pipeline.extractors.context import _neighbour_mentions
    from pipeline.lexicon import Mention

    text = "Mexico's exports to the United States, its northern neighbour, rose."
    named = [
        Mention(0, 6, "MEX", "name", "Mexico"),
        Mention(22, 37, "USA", "name", "United States"),
    ]
    assert _neighbour_mentions(text, named) == []
