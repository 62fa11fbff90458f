import pandas as pd
import pytest

from pipeline import fx, normalize, schema


@pytest.fixture(scope="module")
def table() -> pd.DataFrame:
    return pd.read_csv(fx.TABLE)


def _rate(table: pd.DataFrame, currency: str, year: int) -> float:
    row = table[(table["currency"] == currency) & (table["year"] == year)]
    assert len(row) == 1, f"fx table needs exactly one {currency} {year} row"
    return float(row["usd_per_unit"].iloc[0])


@pytest.mark.parametrize("year", [2024, 2025, None])
def test_usd_converts_to_itself(year):
    assert fx.to_usd(68e9, "USD", year) == 68e9


@pytest.mark.parametrize("year", [2024, 2025])
def test_eur_uses_the_table_rate_of_its_year(table, year):
    assert fx.to_usd(2.5e9, "EUR", year) == pytest.approx(
        2.5e9 * _rate(table, "EUR", year), abs=0.01
    )


def test_eur_2024_and_2025_give_different_amounts(table):
    assert _rate(table, "EUR", 2024) != _rate(table, "EUR", 2025)
    assert fx.to_usd(1e9, "EUR", 2024) != fx.to_usd(1e9, "EUR", 2025)


def test_year_outside_the_table_uses_the_nearest_year(table):
    first, last = int(table["year"].min()), int(table["year"].max())
    assert fx.to_usd(100.0, "JPY", first - 20) == fx.to_usd(100.0, "JPY", first)
    assert fx.to_usd(100.0, "JPY", last + 5) == fx.to_usd(100.0, "JPY", last)


def test_unknown_year_uses_the_latest_rate(table):
    last = int(table["year"].max())
    assert fx.to_usd(1e6, "GBP", None) == fx.to_usd(1e6, "GBP", last)


def test_negative_amounts_keep_their_sign():
    assert fx.to_usd(-1e9, "EUR", 2025) < 0


@pytest.mark.parametrize("currency", ["XYZ", "BTC", "", "usd"])
def test_unknown_currency_gives_none(currency):
    assert fx.to_usd(1e9, currency, 2025) is None


@pytest.mark.parametrize("unit", schema.UNITS_NON_MONEY)
def test_non_money_unit_gives_none(unit):
    assert fx.to_usd(25.0, unit, 2025) is None


def test_missing_value_or_currency_gives_none():
    assert fx.to_usd(None, "USD", 2025) is None
    assert fx.to_usd(1.0, None, 2025) is None


def test_table_has_one_positive_rate_per_currency_and_year(table):
    assert not table.duplicated(["currency", "year"]).any()
    assert (table["usd_per_unit"] > 0).all()


@pytest.mark.parametrize(
    "currency",
    sorted(
        {normalize.currency_from_symbol(code) for code in normalize.CODES}
        | set(normalize.SYMBOLS.values())
        | set(normalize.WORDS.values())
        | set(normalize.DOLLAR_QUALIFIERS.values())
        | set(normalize.QUALIFIED.values())
    ),
)
def test_every_currency_the_normalizer_emits_has_a_rate(currency):
    assert fx.to_usd(1.0, currency, 2025) is not None
