"""CSV for download buttons: the same spreadsheet-safe cells as the CLI's `export`."""

from __future__ import annotations

import pandas as pd

from pipeline import csvsafe


def to_csv(frame: pd.DataFrame) -> bytes:
    """UTF-8 CSV (with BOM, for Excel) of exactly these rows and columns; text cells that a
    spreadsheet would run as a formula get a leading apostrophe.

    Rows end in CRLF (RFC 4180): the csv writer then quotes any cell holding a bare carriage
    return, which would otherwise split the row in a reader.
    """
    return csvsafe.to_csv_bytes(frame)
