"""Currency -> USD with the dated annual-average rate table in pipeline/data/fx_rates.csv.

The table holds approximate annual averages of public reference rates; a year outside it uses
the nearest year the table has.
"""

from __future__ import annotations

import csv
from functools import cache
from pathlib import Path

TABLE = Path(__file__).parent / "data" / "fx_rates.csv"


@cache
def rates() -> dict[str, dict[int, float]]:
    table: dict[str, dict[int, float]] = {}
    with TABLE.open(newline="") as handle:
        for row in csv.DictReader(handle):
            table.setdefault(row["currency"], {})[int(row["year"])] = float(row["usd_per_unit"])
    return table


def to_usd(value: float | None, currency: str | None, year: int | None) -> float | None:
    """The USD value of a money amount, or None when it is not money or the currency is unknown."""
    if value is None or currency is None or currency not in rates():
        return None
    by_year = rates()[currency]
    chosen = min(by_year, key=lambda y: (abs(y - year), -y)) if year else max(by_year)
    return round(value * by_year[chosen], 2)
