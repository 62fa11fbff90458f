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


def _rows(data: bytes) -> list[list[str]]:
    import csv
    import io

    return list(csv.reader(io.StringIO(data.decode("utf-8-sig"), newline="")))


def test_a_bare_carriage_return_stays_inside_its_quoted_cell():
    frame = pd.DataFrame({"title": ["one\rtwo", "three\nfour", "five\r\nsix"], "n": [1, 2, 3]})
    data = csvsafe.to_csv_bytes(frame)
    assert b'"one\rtwo"' in data
    assert data.endswith(b"\r\n") and data.count(b"\r\n") == 4 + 1  # header, 3 rows, "five\r\nsix"
    assert _rows(data) == [
        ["title", "n"],
        ["one\rtwo", "1"],
        ["three\nfour", "2"],
        ["five\r\nsix", "3"],
    ]


def test_the_csv_file_and_the_download_hold_the_same_safe_rows(tmp_path):
    from dashboard import export

    frame = pd.DataFrame(
        {"evidence": pd.Series(["=1+1\rx", "-2% of GDP"], dtype="string"), "value": [-1.5, 2.0]}
    )
    csvsafe.write_csv(frame, tmp_path / "out.csv")
    expected = [("'=1+1\rx", -1.5), ("'-2% of GDP", 2.0)]
    for data in (
        (tmp_path / "out.csv").read_bytes(),
        csvsafe.to_csv_bytes(frame),
        export.to_csv(frame),
    ):
        header, *rows = _rows(data)
        assert header == ["evidence", "value"]
        assert [(text, float(value)) for text, value in rows] == expected
