import math

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from pipeline import normalize

# (surface form as printed in news copy, value in base units, ISO 4217 code)
MONEY_FORMS = [
    ("$68 billion", 68e9, "USD"),
    ("US$1.2tn", 1.2e12, "USD"),
    ("US$ 5 million", 5e6, "USD"),
    ("¥500 billion", 500e9, "JPY"),
    ("8.7 trillion yen", 8.7e12, "JPY"),
    ("€2.5bn", 2.5e9, "EUR"),
    ("€ 2.5 billion", 2.5e9, "EUR"),
    ("EUR2.5bn", 2.5e9, "EUR"),
    ("5 billion euros", 5e9, "EUR"),
    ("68 billion dollars", 68e9, "USD"),
    ("$550bn", 550e9, "USD"),
    ("$5m", 5e6, "USD"),
    ("$68-billion", 68e9, "USD"),
    ("2.4-trillion-dollar", 2.4e12, "USD"),
    ("$1.2 trillion-dollar", 1.2e12, "USD"),
    ("three hundred billion dollars", 300e9, "USD"),
    ("KRW 61.2 trillion", 61.2e12, "KRW"),
    ("₩61.2 trillion", 61.2e12, "KRW"),
    ("61.2 trillion won", 61.2e12, "KRW"),
    ("C$30 billion", 30e9, "CAD"),
    ("CAD 30 billion", 30e9, "CAD"),
    ("30 billion Canadian dollars", 30e9, "CAD"),
    ("A$3 billion", 3e9, "AUD"),
    ("£2.2bn", 2.2e9, "GBP"),
    ("Rs 6.81 lakh crore", 6.81e12, "INR"),
    ("Rs. 500 crore", 5e9, "INR"),
    ("₹2 lakh crore", 2e12, "INR"),
    ("RMB 100 billion", 100e9, "CNY"),
    ("USD 5bn", 5e9, "USD"),
    ("NT$949.5 billion", 949.5e9, "TWD"),
    ("407 billion koruna", 407e9, "CZK"),
    ("407 billion Czech crowns", 407e9, "CZK"),
    ("90 billion Norwegian crowns", 90e9, "NOK"),
    ("12 billion crowns", 12e9, "SEK"),
    ("a trillion dollars", 1e12, "USD"),
    ("half a billion euros", 0.5e9, "EUR"),
]


@pytest.mark.parametrize(("text", "value", "unit"), MONEY_FORMS)
def test_money_forms_parse_to_base_units_and_currency_code(text, value, unit):
    parsed = normalize.parse_money(text)
    assert parsed is not None
    assert parsed[0] == pytest.approx(value, rel=1e-12)
    assert parsed[1] == unit


@pytest.mark.parametrize(("text", "value", "unit"), MONEY_FORMS)
def test_money_span_covers_the_whole_surface_form_inside_a_sentence(text, value, unit):
    sentence = f"Officials put the figure at {text} on Friday."
    found = normalize.find_money(sentence)
    assert len(found) == 1
    q = found[0]
    assert sentence[q.start : q.end] == text
    assert q.kind == "money"
    assert (q.value, q.unit) == (pytest.approx(value, rel=1e-12), unit)


def test_decimal_scaling_is_exact():
    # 8.7 * 1e12 in binary floats is 8699999999999.999; the contract wants the exact integer
    assert normalize.parse_money("¥8.7 trillion") == (8_700_000_000_000.0, "JPY")


def test_amount_followed_by_its_conversion_gives_two_amounts():
    text = "500 billion yen ($3.3 billion)"
    found = normalize.find_money(text)
    assert [(q.value, q.unit) for q in found] == [(500e9, "JPY"), (3.3e9, "USD")]


@pytest.mark.parametrize(
    "text",
    [
        "in 2024 Won the game",
        "the party won 3 seats",
        "won 2 billion in contracts",
        "growth in real terms was 2 percent",
        "a dollar-denominated bond",
    ],
)
def test_no_false_money_in_ambiguous_currency_words(text):
    assert normalize.find_money(text) == []


@pytest.mark.parametrize("text", ["measured in 2024 dollars", "in constant 2015 dollars"])
def test_constant_price_year_is_not_money(text):
    assert normalize.find_money(text) == []


@pytest.mark.parametrize(
    ("text", "low"),
    [("between $400 and $500 billion", 400e9), ("$5 to $10 billion", 5e9)],
)
def test_money_range_shares_its_scale(text, low):
    assert normalize.find_money(text)[0].value == low


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("25%", 25.0),
        ("25 %", 25.0),
        ("25 per cent", 25.0),
        ("25 percent", 25.0),
        ("25 pct", 25.0),
        ("two percent", 2.0),
        ("twenty-five percent", 25.0),
        ("three and a half percent", 3.5),
        ("5.0%", 5.0),
        ("1,000%", 1000.0),
    ],
)
def test_percent_forms(text, value):
    found = normalize.find_percents(text)
    assert len(found) == 1
    assert (found[0].value, found[0].unit, found[0].kind) == (value, "percent", "percent")


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("both sides want zero tariffs on cars", "zero"),
        ("tariff-free access for beef", "tariff-free"),
        ("cut its duties to zero by 2027", "to zero"),
        ("a zero-for-zero deal on industrial goods", "zero-for-zero"),
        ("tariffs of zero on aircraft", "of zero"),
    ],
)
def test_zero_rates_are_a_rate_of_zero_percent(text, span):
    found = normalize.find_quantities(text)
    assert [(text[q.start : q.end], q.value, q.unit) for q in found] == [(span, 0.0, "percent")]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("three quarters of Canada's exports", 75.0),
        ("about two-thirds of its imports", 200 / 3),
        ("half of total trade", 50.0),
        ("three-quarters of its steel exports", 75.0),
        ("a quarter of everything Mexico exports", 25.0),
    ],
)
def test_a_share_in_words_is_a_percent(text, value):
    found = normalize.find_quantities(text)
    assert [(q.value, q.unit) for q in found] == [(pytest.approx(value), "percent")]


def test_a_fraction_of_something_else_is_no_share():
    assert normalize.find_quantities("half of the tariffs were paused") == []
    assert normalize.find_quantities("a third of everything changed") == []


def test_zero_in_other_senses_is_no_rate():
    assert normalize.find_quantities("zero emissions by 2050 and zero growth") == []


def test_two_percents_in_a_change_are_two_quantities():
    found = normalize.find_quantities("the rate falls from 145% to 30% in May")
    assert [(q.value, q.unit) for q in found] == [(145.0, "percent"), (30.0, "percent")]


@pytest.mark.parametrize("text", ["a 25-percent tariff", "a 25-per-cent levy", "a 25%-tariff"])
def test_hyphenated_percent_adjective(text):
    assert [(q.value, q.unit) for q in normalize.find_percents(text)] == [(25.0, "percent")]


@pytest.mark.parametrize(
    "text",
    [
        "2% of its GDP",
        "2% of GDP",
        "3.5% of GDP",
        "3.5 % of GDP",
        "2 per cent of GDP",
        "3.5 percent of gross domestic product",
        "2% of Germany's GDP",
        "2% of Japan’s GDP",
        "2 percent of the country’s GDP",
        "2 percent of their annual GDP",
    ],
)
def test_share_of_gdp_forms_are_percent_gdp_and_span_the_phrase(text):
    found = normalize.find_quantities(f"Spending will reach {text} by 2027.")
    gdp = [q for q in found if q.kind == "percent_gdp"]
    assert len(gdp) == 1
    assert gdp[0].unit == "percent_gdp"
    assert f"Spending will reach {text} by 2027."[gdp[0].start : gdp[0].end] == text


def test_percent_not_followed_by_gdp_stays_a_plain_percent():
    found = normalize.find_percents("2% of its exports, a GDP drag")
    assert [(q.value, q.unit) for q in found] == [(2.0, "percent")]


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        ("15 bcm", 15e9, "m3"),
        ("20 cubic metres", 20.0, "m3"),
        ("5 million tonnes", 5e6, "t"),
        ("2 mtpa", 2e6, "t"),
        ("1.5 million barrels per day", 1.5e6, "bbl_per_day"),
        ("1.5 million barrels a day", 1.5e6, "bbl_per_day"),
    ],
)
def test_volume_forms(text, value, unit):
    found = normalize.find_volumes(text)
    assert len(found) == 1
    assert (found[0].value, found[0].unit) == (pytest.approx(value), unit)
    assert (found[0].start, found[0].end) == (0, len(text))


def test_barrels_without_a_rate_are_not_a_volume():
    assert normalize.find_volumes("oil stocks of 100 barrels") == []


@pytest.mark.parametrize(
    ("text", "year"),
    [
        ("by 2027", 2027),
        ("FY2025", 2025),
        ("FY 2025", 2025),
        ("fiscal year 2026", 2026),
        ("from January 1, 2026", 2026),
    ],
)
def test_year_forms(text, year):
    assert [y for _, _, y in normalize.find_years(text)] == [year]


@pytest.mark.parametrize("text", ["in 1999", "2,030 tonnes", "code 12025", "the 2030s"])
def test_numbers_that_are_not_years(text):
    assert normalize.find_years(text) == []


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("68", 68.0),
        ("1,200.5", 1200.5),
        ("two", 2.0),
        ("three hundred", 300.0),
        ("", None),
        ("foo", None),
    ],
)
def test_parse_number(text, value):
    assert normalize.parse_number(text) == value


def test_find_quantities_keeps_the_longest_of_overlapping_candidates():
    text = "Japan will spend 2% of its GDP, or ¥8.7 trillion, while LNG imports reach 5 million tonnes."
    found = normalize.find_quantities(text)
    assert [(text[q.start : q.end], q.kind) for q in found] == [
        ("2% of its GDP", "percent_gdp"),
        ("¥8.7 trillion", "money"),
        ("5 million tonnes", "volume"),
    ]


def _assert_well_formed(text, found):
    for q in found:
        assert 0 <= q.start < q.end <= len(text)
        assert math.isfinite(q.value)
    for before, after in zip(found, found[1:], strict=False):
        assert before.end <= after.start


@pytest.mark.parametrize(
    "text",
    [
        "$68 billion trade deficit and a 25% tariff on 15 bcm of LNG",
        "US$1.2tn, ¥500 billion, €2.5bn and 2% of its GDP",
        "$5 to $10 billion, 1.5 million barrels per day, 30 billion Canadian dollars",
        "twenty-five percent of 61.2 trillion won",
    ],
)
def test_find_quantities_gives_no_overlapping_spans(text):
    found = normalize.find_quantities(text)
    assert found
    _assert_well_formed(text, found)


NUMBERISH = st.sampled_from(
    [
        "$",
        "US$",
        "C$",
        "¥",
        "€",
        "£",
        "₩",
        "Rs ",
        "KRW ",
        "68",
        "1.2",
        "1,200",
        ".5",
        "2027",
        " billion",
        "bn",
        "tn",
        " trillion",
        " lakh",
        " crore",
        " won",
        " yen",
        " dollars",
        " Canadian",
        "-",
        "%",
        " per cent",
        " percent",
        " of its GDP",
        " of GDP",
        " bcm",
        " million tonnes",
        " barrels per day",
        "two",
        " hundred",
        " ",
        "’s",
        "9" * 40,
    ]
)
TEXTS = st.one_of(
    st.text(),
    st.lists(st.one_of(NUMBERISH, st.text(max_size=3)), max_size=25).map("".join),
)


@settings(max_examples=300, deadline=None)
@given(TEXTS)
def test_find_quantities_never_raises_and_spans_are_well_formed(text):
    _assert_well_formed(text, normalize.find_quantities(text))


@settings(max_examples=200, deadline=None)
@given(TEXTS)
def test_find_years_spans_are_within_the_text(text):
    for start, end, year in normalize.find_years(text):
        assert 0 <= start < end <= len(text)
        assert 2000 <= year <= 2049


def test_a_stated_scale_applies_to_the_bare_amounts_after_it():
    text = "Surpluses, in billions of dollars, were with Brazil ($5.5) and Chile (2.0)."
    assert [q.value for q in normalize.find_money(text)] == [5.5e9]
    assert [q.value for q in normalize.find_money("Exports rose to $5.5 in 2024.")] == [5.5]
    mixed = "In billions of dollars: Brazil $5.5 billion, Chile $2.0."
    assert [q.value for q in normalize.find_money(mixed)] == [5.5e9, 2.0e9]


def test_a_alone_is_no_number():
    assert normalize.find_quantities("a deal on cars and a tariff") == []
    assert [q.value for q in normalize.find_quantities("a million tonnes a year")] == [1e6]


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        ("exports worth about R270 billion", 270e9, "ZAR"),
        ("shipped RM198 billion of goods", 198e9, "MYR"),
        ("a defence budget of ₺1.6tn", 1.6e12, "TRY"),
        ("Rp 50 trillion for new smelters", 50e12, "IDR"),
        ("₱20 billion in port works", 20e9, "PHP"),
        ("₦1.5 trillion of refinery loans", 1.5e12, "NGN"),
        ("KSh 12 billion for the line", 12e9, "KES"),
        ("MX$300 billion of imports", 300e9, "MXN"),
        ("5 billion Argentine pesos", 5e9, "ARS"),
        ("40 billion Egyptian pounds", 40e9, "EGP"),
        ("12 billion ringgit", 12e9, "MYR"),
        ("90 billion baht", 90e9, "THB"),
    ],
)
def test_currencies_of_emerging_economies_parse(text, value, unit):
    assert [(q.value, q.unit) for q in normalize.find_money(text)] == [(value, unit)]


@pytest.mark.parametrize("text", ["the R2 model", "COP30 in Belem", "a R12 fare"])
def test_a_bare_r_or_a_conference_name_is_no_money(text):
    assert normalize.find_money(text) == []


def test_shillings_without_a_country_are_no_currency_we_can_name():
    assert normalize.find_money("1.5 trillion shillings on its military") == []
    assert [(q.value, q.unit) for q in normalize.find_money("120 billion Kenyan shillings")] == [
        (120e9, "KES")
    ]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("four-fifths of its exports", 80.0),
        ("one-third of its imports", 100 / 3),
        ("two tenths of its exports", 20.0),
        ("a quarter of its exports", 25.0),
    ],
)
def test_fractions_in_words_are_shares(text, value):
    assert [q.value for q in normalize.find_quantities(text)] == pytest.approx([value])


def test_six_and_eight_are_numerators_too():
    found = normalize.find_quantities("six-tenths of its exports and eight tenths of its imports")
    assert [q.value for q in found] == pytest.approx([60.0, 80.0])


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        ("will take seven and a half million tonnes of LNG a year", 7.5e6, "t"),
        ("a contract worth two and a half billion dollars", 2.5e9, "USD"),
        ("a contract worth two-and-a-half billion dollars", 2.5e9, "USD"),
    ],
)
def test_a_half_added_to_a_number_in_words_counts(text, value, unit):
    found = normalize.find_quantities(text)
    assert [(q.value, q.unit) for q in found] == [(value, unit)]


@pytest.mark.parametrize(
    "text",
    [
        "Most Canadian exports still cross the border duty-free under the agreement.",
        "Until January the two countries traded almost everything duty-free.",
        "Cranes, which had entered duty-free, now face 25 percent.",
        "Most Mexican goods continue to cross the border duty-free.",
    ],
)
def test_goods_that_already_travel_duty_free_carry_no_zero_rate(text):
    assert normalize.find_zero_rates(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Under the deal, aircraft parts will enter the United States duty-free.",
        "Britain agreed to open a tariff-free quota for American ethanol.",
        "Hanoi offered to cut its tariffs on American goods to zero.",
    ],
)
def test_a_zero_rate_set_or_promised_is_still_read(text):
    assert [q.value for q in normalize.find_zero_rates(text)] == [0.0]
