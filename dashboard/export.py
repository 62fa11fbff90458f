"""CSV for download buttons: the same spreadsheet-safe writer as the CLI's `export`."""

from __future__ import annotations

import pandas as pd

from pipeline import csvsafe


def to_csv(frame: pd.DataFrame) -> bytes:
    """UTF-8 CSV (with BOM, for Excel) of exactly these rows and columns; text cells that a
    spreadsheet would run as a formula get a leading apostrophe."""
    return csvsafe.to_csv_bytes(frame)
