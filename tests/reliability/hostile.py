"""Hostile article files, generated at test time (nothing binary is committed), and the checks a
store must pass after they went through `ingest` or the Ingest page."""

from __future__ import annotations

import math
import os
import random
from dataclasses import dataclass, field
from pathlib import Path

import duckdb
import pandas as pd

from pipeline import schema, store

MB = 2**20
OVER_CAP_BYTES = 60 * MB
LONG_LINE_CHARS = 2_000_000
FILLER = "lorem ipsum dolor sit amet consectetur adipiscing elit sed do eiusmod tempor "


def fact_sentence(rate: int, partner: str = "Canada") -> str:
    """One sentence the rules turn into one tariff fact; `rate` makes each article distinct."""
    return f"The United States imposed a {rate}% tariff on steel imports from {partner} on Monday."


def article(rate: int, title: str = "Steel duties", extra: str = "") -> str:
    return f"title: {title}\ndate: 2025-03-12\n\n{fact_sentence(rate)}{extra}\n"


def _nested_html(depth: int, rate: int) -> str:
    return (
        "<html><head><title>Nested</title></head><body>"
        + "<div>" * depth
        + f"<p>{fact_sentence(rate)} Officials in both capitals confirmed the step.</p>"
        + "</div>" * depth
        + "</body></html>"
    )


SCRIPTED_HTML = f"""<!DOCTYPE html><html><head><title>Scripted page</title>
<style>body {{ color: red }} .STYLE_PAYLOAD {{ }}</style>
<script>window.__pwned = 1; var s = "SCRIPT_PAYLOAD";</script></head>
<body onload="window.__pwned = 2">
<iframe src="javascript:window.__pwned = 3" srcdoc="<script>parent.__pwned = 4</script>"></iframe>
<noscript>NOSCRIPT_PAYLOAD</noscript>
<article><h1>Scripted page</h1>
<p>{fact_sentence(41)} Ministers said the duty answers a surge of cheap metal.</p>
<p>Talks between the two governments are expected to resume next month in Washington.</p>
</article></body></html>
"""

ABSURD = (
    "title: Absurd numbers\n\n"
    "The United States imposed a $1e308 tariff on everything. "
    "Japan pledged to invest 999999 trillion dollars in the United States. "
    "China imposed a 1e309% tariff on 99999999999999999999999 trillion yen of goods. "
    f"Germany will spend {'9' * 400}% of GDP on defense by 2030. "
    "Canada imposed a NaN% tariff and an inf billion dollar levy on U.S. goods. "
    "India pledged to invest ₹999999999999 lakh crore in the United States. "
    f"{fact_sentence(42)}\n"
)

RTL_CJK_EMOJI = (
    "title: 关税 🇺🇸 מכס رسوم\n\n"
    "الولايات المتحدة فرضت رسوما جمركية. 美国对中国商品征收关税。 🚀🔥👨‍👩‍👧 "
    f"{fact_sentence(43, 'China')} \u202eevil\u202c שלום עולם e\u0301 \u200b\u200d "
    "日本は米国に5500億ドルを投資する。\n"
)

BROKEN_JSONL = "\n".join(
    [
        '{"text": "' + fact_sentence(44) + '", "title": "wire 1"}',
        "{not json",
        "[1, 2]",
        '{"text": 5}',
        '{"text": "   "}',
        "",
        '{"text": "' + fact_sentence(45) + '", "date": "2025-13-45"}',
        '{"text": "truncated',
    ]
)

# Half a surrogate pair escaped in JSON (valid JSON, but no UTF-8 can hold it), and lines nested
# deeper than any parser's recursion limit.
ODD_JSONL = "\n".join(
    [
        '{"text": "' + fact_sentence(46) + ' \\ud800 end", "title": "half a pair \\udfff"}',
        "[" * 100_000 + "]" * 100_000,
        '{"a": ' * 50_000 + "1" + "}" * 50_000,
    ]
)


@dataclass
class Case:
    """One file: `errors` error lines must name `label`, `articles` articles must be stored."""

    name: str | bytes
    data: bytes | None
    errors: int
    articles: int
    label: str = ""  # what the error line shows for the file (defaults to the name)
    error_labels: list[str] = field(default_factory=list)  # for files with per-line errors
    link: str | None = None  # a symbolic link to this target instead of data
    upload: bool = True  # also sent through the Ingest page

    @property
    def shown(self) -> str:
        if self.label:
            return self.label
        return os.fsdecode(self.name) if isinstance(self.name, bytes) else self.name

    @property
    def stored_name(self) -> str:
        """The file name as stored: undecodable bytes of a name become U+FFFD."""
        return self.shown.encode("utf-8", "surrogateescape").decode("utf-8", "replace")

    @property
    def bad(self) -> bool:
        return self.errors > 0


def cases() -> list[Case]:
    rng = random.Random(5)
    odd_names = [
        "name with spaces & 'quotes' \"; rm -rf ~.txt",
        "-starts-with-a-dash.txt",
        "'; DROP TABLE facts;--.md",
        "%s%n{0}$(whoami)`id`.txt",
        ".hidden.txt",
        "UPPER.TXT",
        "ünïcödé 关税 🚀.txt",
        "x" * 240 + ".txt",
    ]
    out = [
        Case("empty.txt", b"", 1, 0),
        Case("whitespace-only.txt", " \n\t\r\n  \n\u00a0\u3000\n".encode(), 1, 0),
        Case("random-bytes.txt", rng.randbytes(8192), 1, 0),
        Case("pdf-renamed.md", b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n" + rng.randbytes(4096), 1, 0),
        Case("nul-heavy.txt", fact_sentence(10).encode("utf-16-le"), 1, 0),
        Case("invalid-utf8.txt", b"The EU \xc3\x28 imposed a 10% tariff on Chinese cars.", 1, 0),
        Case("false-bom.txt", b"\xff\xfeabc", 1, 0),
        Case("latin1.md", "Zölle: Österreich erhebt 5 % Zoll auf Stahl.".encode("latin-1"), 1, 0),
        Case("over-the-cap.txt", None, 1, 0),  # 60 MB, written sparse
        Case("deeply-nested.html", _nested_html(5000, 11).encode(), 1, 0),
        Case(
            "empty\nname\r\u202e.txt", b"", 1, 0, label="empty\\nname\\r\\u202e.txt", upload=False
        ),
        Case("nul-bytes.txt", article(20).replace("steel", "st\x00eel").encode(), 0, 1),
        Case("utf16-le-bom.txt", article(21).encode("utf-16"), 0, 1),
        Case("utf16-be-bom.md", b"\xfe\xff" + article(22).encode("utf-16-be"), 0, 1),
        Case("long-line.txt", None, 0, 1),  # a single 2-million-character line
        Case("nested-200.html", _nested_html(200, 23).encode(), 0, 1),
        Case("scripted.html", SCRIPTED_HTML.encode(), 0, 1),
        Case("absurd-numbers.txt", ABSURD.encode(), 0, 1),
        Case("rtl-cjk-emoji.txt", RTL_CJK_EMOJI.encode(), 0, 1),
        Case(
            "broken.jsonl",
            BROKEN_JSONL.encode(),
            5,
            2,
            error_labels=[f"broken.jsonl#{n}" for n in (2, 3, 4, 5, 8)],
        ),
        Case(
            "surrogates-and-depth.jsonl",
            ODD_JSONL.encode(),
            2,
            1,
            error_labels=[f"surrogates-and-depth.jsonl#{n}" for n in (2, 3)],
        ),
        Case(b"latin1-caf\xe9-name.txt", article(24).encode(), 0, 1, upload=False),
        Case("loop.txt", None, 1, 0, link="loop.txt", upload=False),
        Case("dangling.md", None, 1, 0, link="missing-target.md", upload=False),
    ]
    out += [Case(name, article(30 + i).encode(), 0, 1) for i, name in enumerate(odd_names)]
    return out


def long_line() -> bytes:
    head = "title: One line\n\n" + fact_sentence(25) + " "
    body = (FILLER * (LONG_LINE_CHARS // len(FILLER) + 1))[: LONG_LINE_CHARS - len(head)]
    return (head + body).encode()


def payload(case: Case) -> bytes:
    """The bytes of a case (the 60 MB file in memory, for uploads)."""
    if case.name == "over-the-cap.txt":
        return b"a" * OVER_CAP_BYTES
    if case.name == "long-line.txt":
        return long_line()
    return case.data or b""


def write(folder: Path) -> list[Case]:
    """Every case as a file in `folder` (plus a folder link back to itself: a loop to walk)."""
    folder.mkdir(parents=True, exist_ok=True)
    written = cases()
    for case in written:
        path = os.path.join(os.fsencode(folder), os.fsencode(case.name))
        if case.link:
            os.symlink(case.link, path)
        elif case.name == "over-the-cap.txt":
            with open(path, "wb") as handle:  # sparse: 60 MB long, no 60 MB written
                handle.truncate(OVER_CAP_BYTES)
        else:
            with open(path, "wb") as handle:
                handle.write(payload(case))
    os.symlink(".", folder / "back-to-here")
    (folder / "sub").mkdir()
    os.symlink("..", folder / "sub" / "up")
    return written


def good_articles(written: list[Case]) -> int:
    return sum(case.articles for case in written)


def error_lines(stderr: str) -> list[str]:
    return [line for line in stderr.splitlines() if line.startswith("error:")]


def assert_one_error_per_bad_file(errors: list[str], written: list[Case]) -> None:
    """Every bad file (or bad line) is named by exactly one error line; no other error lines."""
    expected = []
    for case in written:
        labels = case.error_labels or ([case.shown] if case.bad else [])
        expected += labels
        for label in labels:
            named = [line for line in errors if f"{label}:" in line]
            assert len(named) == 1, (label, named)
    assert len(errors) == len(expected), errors


def assert_consistent(db: Path, articles: int) -> None:
    """The store opens, holds `articles` articles, every fact belongs to a stored article, points
    at its own evidence in the article text, and carries finite numbers and valid codes."""
    counts = store.counts(db)
    assert counts["articles"] == articles
    con = duckdb.connect(str(db), read_only=True)
    try:
        orphans = con.execute(
            f"SELECT count(*) FROM {store.FACTS} f ANTI JOIN {store.ARTICLES} a "
            f"USING ({schema.ARTICLE_ID})"
        ).fetchone()[0]
        texts = dict(
            con.execute(
                f"SELECT {schema.ARTICLE_ID}, {schema.TEXT} FROM {store.ARTICLES}"
            ).fetchall()
        )
    finally:
        con.close()
    assert orphans == 0
    assert all(text.strip() and "\x00" not in text for text in texts.values())
    facts = store.query_facts(db)
    assert len(facts) == counts["facts"]
    assert not facts.duplicated([schema.ARTICLE_ID, schema.FACT_ID]).any()
    for row in facts.to_dict("records"):
        text = texts[row[schema.ARTICLE_ID]]
        assert text[row[schema.START] : row[schema.END]] == row[schema.EVIDENCE]
        for column in (schema.VALUE, schema.VALUE_USD):
            value = row[column]
            assert pd.isna(value) or math.isfinite(value), (column, value)
