"""An article whose header, text and evidence sentences carry HTML, script, Markdown, template
and spreadsheet-formula payloads. Each script payload would set window.__pwned if it ever ran."""

from __future__ import annotations

from pipeline.documents import Article, read_bytes

TITLE = (
    '=HYPERLINK("http://example.org/x")\r<img src=x onerror=window.__pwned=1> **bold** '
    "[x](javascript:window.__pwned=2)"
)
ARTICLE = (
    f"title: {TITLE}\n"
    "source: <script>window.__pwned=3</script>@wire\n"
    "date: 2025-03-14\n"
    "url: javascript:window.__pwned=4\n"
    "\n"
    "=cmd|' /C calc'!A0 Canada imposed a 25% tariff on steel imports from the United States "
    "<img src=x onerror=window.__pwned=5>.\n"
    '<script>window.__pwned=6</script> <iframe srcdoc="<script>parent.__pwned=7</script>">'
    "</iframe> <svg onload=window.__pwned=8></svg>\n"
    "+Canada imposed a 30% tariff on aluminium imports from the United States "
    "[click](javascript:window.__pwned=9) $$\\href{javascript:window.__pwned=10}{x}$$.\n"
    "@SUM(1+1) Canada pledged to invest $5 billion in Mexico "
    "{{constructor.constructor('window.__pwned=11')()}} :material/warning: <b>bold</b>.\n"
    "-Canada imposed a 10% tariff on dairy imports from the United States\ron Friday.\n"
)
NAME = "canada-markup.txt"


def article() -> Article:
    (parsed,), errors = read_bytes(ARTICLE.encode(), NAME)
    assert errors == []
    return parsed
