"""Downloads and article rendering: nothing from an article can act in a browser or spreadsheet."""

import io

import pandas as pd

from dashboard import export, highlight, intake, ui
from pipeline import schema as s


def read(data: bytes) -> pd.DataFrame:
    return pd.read_csv(io.BytesIO(data), encoding="utf-8-sig", keep_default_na=False)


def test_download_csv_neutralises_formula_cells_and_keeps_numbers():
    frame = pd.DataFrame(
        {
            s.EVIDENCE: ["=HYPERLINK(1)", "+1", "-2", "@SUM(A1)", "\tx", "\rx", "plain"],
            s.VALUE: [-68e9, 1.0, 2.0, 3.0, 4.0, 5.0, 6.0],
        }
    ).astype({s.EVIDENCE: "string"})
    back = read(export.to_csv(frame))
    assert back[s.EVIDENCE].tolist()[:4] == ["'=HYPERLINK(1)", "'+1", "'-2", "'@SUM(A1)"]
    assert back[s.EVIDENCE].tolist()[-1] == "plain"
    assert back[s.VALUE].tolist()[0] == -68e9


def test_download_csv_has_exactly_the_rows_and_columns_given():
    frame = pd.DataFrame({"a": [1, 2, 3], "b": ["x", "y", "z"]})
    back = read(export.to_csv(frame))
    assert back.shape == (3, 2) and list(back.columns) == ["a", "b"]


def test_highlight_escapes_markup_and_marks_the_span():
    text = "Intro. <script>window.__pwned=1</script> The US set a 25% tariff. End."
    start = text.index("The US")
    end = text.index("End.") - 1
    html = highlight.highlight_html(text, [highlight.Span(start, end, "tariff", 'rate "25" <b>')])
    assert "<script>" not in html
    assert "&lt;script&gt;window.__pwned=1&lt;/script&gt;" in html
    assert '<mark style="background:' in html
    assert 'title="rate &quot;25&quot; &lt;b&gt;"' in html
    assert ">The US set a 25% tariff.</mark>" in html


def test_overlapping_spans_share_one_mark_and_bad_offsets_are_ignored():
    text = "abcdefghij"
    spans = [
        highlight.Span(0, 5, "trade", "one"),
        highlight.Span(3, 8, "tariff", "two"),
        highlight.Span(5, 99, "trade", "out of range"),
    ]
    html = highlight.highlight_html(text, spans)
    assert html.count("<mark") == 1
    assert ">abcdefgh</mark>ij" in html


def test_markdown_text_from_articles_is_shown_literally():
    assert ui.plain("[click](javascript:x) **bold** <b>") == (
        r"\[click\]\(javascript\:x\) \*\*bold\*\* \<b\>"
    )


def test_only_web_links_become_links():
    assert ui.safe_url("https://example.org/a") == "https://example.org/a"
    assert ui.safe_url("javascript:alert(1)") is None
    assert ui.safe_url(" data:text/html,x") is None


def test_uploaded_file_names_keep_only_their_last_component():
    assert intake.safe_name("../../etc/passwd.txt") == "passwd.txt"
    assert intake.safe_name("C:\\Users\\x\\..\\a.md") == "a.md"
    assert intake.safe_name("") == "unnamed.txt"


def test_pasted_text_becomes_an_article_file_with_header_lines():
    import datetime as dt

    from pipeline.documents import read_bytes

    data = intake.pasted_file("Body text.", title="A\ntitle", date=dt.date(2025, 1, 2))
    (article,), errors = read_bytes(data, intake.PASTE_NAME)
    assert errors == []
    assert (article.title, article.date, article.text) == ("A title", "2025-01-02", "Body text.")
