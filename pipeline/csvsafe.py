"""Spreadsheet-safe CSV: text cells that a spreadsheet would run as a formula get an apostrophe.

Excel, LibreOffice and Google Sheets treat a cell starting with `=`, `+`, `-` or `@` (and, after
trimming, tab or carriage return) as a formula, so evidence quoted from an article such as
`=SUM(...)` or `-2% of GDP` could run or break. Only text columns are touched: numbers in numeric
columns (a negative trade balance) stay numbers.

Rows end in CRLF (RFC 4180): with a bare `\n` terminator the csv writer quotes a cell holding a
newline but not one holding a lone carriage return, and spreadsheets split the row there.
"""

from __future__ import annotations

import codecs

import pandas as pd
import pyarrow as pa
import pyarrow.csv as pacsv
from pandas.api.types import is_bool_dtype, is_numeric_dtype

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
PREFIX = "'"
# UTF-8 with a byte order mark: without it Excel decodes the file as the local code page.
ENCODING = "utf-8-sig"
LINE_END = "\r\n"


def neutralize_cell(value: object) -> object:
    if isinstance(value, str) and value.startswith(FORMULA_STARTS):
        return PREFIX + value
    return value


def _neutral(column: pd.Series) -> pd.Series:
    if isinstance(column.dtype, pd.StringDtype):  # vectorized: a million cells in a second
        risky = column.str.startswith(FORMULA_STARTS).fillna(False).astype(bool)
        return column.where(~risky, PREFIX + column)
    return column.map(neutralize_cell, na_action="ignore").astype(column.dtype)


def neutralize(frame: pd.DataFrame) -> pd.DataFrame:
    """A copy of `frame` whose text cells cannot start a formula; numeric columns unchanged."""
    return frame.assign(
        **{
            column: _neutral(frame[column])
            for column, dtype in frame.dtypes.items()
            if not is_numeric_dtype(dtype) and not is_bool_dtype(dtype)
        }
    )


def to_csv_bytes(frame: pd.DataFrame) -> bytes:
    """Neutralized CSV as UTF-8 with BOM, for a download button or a file."""
    return neutralize(frame).to_csv(index=False, lineterminator=LINE_END).encode(ENCODING)


def write_csv(frame: pd.DataFrame, path) -> None:
    """The same cells as to_csv_bytes, written by pyarrow's CSV writer (a million facts in a
    few seconds rather than pandas' twenty). It quotes every text cell, so a bare carriage
    return inside one cannot split its row."""
    table = pa.Table.from_pandas(neutralize(frame), preserve_index=False)
    with open(path, "wb") as out:
        out.write(codecs.BOM_UTF8)
        pacsv.write_csv(table, out, write_options=pacsv.WriteOptions(eol=LINE_END))
