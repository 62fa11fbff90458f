import pandas as pd
import pytest

from pipeline import csvsafe


@pytest.mark.parametrize(
    ("cell", "expected"),
    [
        ("=SUM(A1:A2)", "'=SUM(A1:A2)"),
        ("+1 555", "'+1 555"),
        ("-2% of GDP", "'-2% of GDP"),
        ("@wire", "'@wire"),
        ("\tindented", "'\tindented"),
        ("\rreturn", "'\rreturn"),
        ("plain text", "plain text"),
        ("a = b", "a = b"),
        ("", ""),
    ],
)
def test_cells_that_start_a_formula_get_an_apostrophe(cell, expected):
    assert csvsafe.neutralize_cell(cell) == expected


def test_numeric_and_boolean_columns_are_left_as_numbers():
    frame = pd.DataFrame(
        {
            "text": pd.Series(["=1+1", None], dtype="string"),
            "value": pd.Series([-68e9, None], dtype="Float64"),
            "year": pd.Series([-1, 2], dtype="Int64"),
            "flag": pd.Series([True, None], dtype="boolean"),
        }
    )
    safe = csvsafe.neutralize(frame)
    assert safe["text"].tolist() == ["'=1+1", pd.NA]
    pd.testing.assert_frame_equal(safe.drop(columns="text"), frame.drop(columns="text"))
    assert safe.dtypes.equals(frame.dtypes)
    assert frame["text"][0] == "=1+1"  # the input frame is not modified


def test_csv_bytes_are_utf8_with_bom():
    data = csvsafe.to_csv_bytes(pd.DataFrame({"title": ["Zölle ¥"]}))
    assert data.startswith(b"\xef\xbb\xbf")
    assert "Zölle ¥" in data.decode("utf-8-sig")


def test_an_all_empty_text_column_keeps_its_dtype():
    frame = pd.DataFrame({"text": pd.Series([None, None], dtype="string")})
    assert csvsafe.neutralize(frame).dtypes.equals(frame.dtypes)
