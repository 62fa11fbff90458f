"""What only a real browser shows: charts drawn with data, filters restored from a URL, the
downloaded CSV, an upload reaching Explorer, and article markup that stays text."""

from __future__ import annotations

import re
from urllib.parse import urlparse

import pandas as pd
import pytest
from browsing import ERRORS, PAGES, facts_shown, settle

from pipeline import schema, store
from pipeline.documents import read_bytes

HOSTILE = (
    b"title: Canada answers US steel tariffs <img src=x onerror=window.__pwned=2>\n"
    b"source: Browser test desk\n"
    b"date: 2025-03-13\n"
    b"\n"
    b"Canada imposed a 25% tariff on steel imports from the United States on Thursday.\n"
    b'<script>window.__pwned=1</script> =HYPERLINK("http://example.org")\n'
)


def drawn_traces(page) -> list[int]:
    """For each Plotly chart on the page: how many drawn data points/areas it has."""
    return page.evaluate(
        """() => [...document.querySelectorAll('.js-plotly-plot')].map(plot =>
            plot.querySelectorAll('.point, .choroplethlocation, .sankey-node, .hm, path.js-line')
                .length)"""
    )


@pytest.mark.parametrize("path", PAGES, ids=lambda p: p or "overview")
def test_page_draws_its_charts_with_data_and_no_error(server, page, screenshots, path):
    url, _ = server
    outside = []
    page.on(
        "request",
        lambda r: (
            outside.append(r.url)
            if urlparse(r.url).hostname not in ("127.0.0.1", None) and not r.url.startswith("data:")
            else None
        ),
    )
    page.goto(f"{url}/{path}")
    settle(page, PAGES[path])
    page.screenshot(path=str(screenshots / f"{path or 'overview'}.png"), full_page=True)
    assert page.locator(ERRORS).count() == 0
    assert page.locator("h1").first.inner_text().lower() == (path or "overview")
    traces = drawn_traces(page)
    assert len(traces) == PAGES[path]
    assert all(n > 0 for n in traces), traces
    assert outside == [], "the dashboard must not call other hosts"


def test_a_url_with_filters_restores_them(server, page):
    url, _ = server
    page.goto(f"{url}/tariffs?country=JPN&topic=tariff&since=2025-01-01")
    settle(page)
    sidebar = page.locator('[data-testid="stSidebar"]')
    sidebar.get_by_text("Japan (JPN)").wait_for()
    assert sidebar.get_by_text("Tariff", exact=True).count() == 1
    since = sidebar.get_by_role("group", name="From (article date)").inner_text()
    assert re.sub(r"\D", "", since) == "20250101"
    assert page.get_by_text("Countries JPN; areas tariff; from 2025-01-01.").count() == 1
    assert "country=JPN" in page.url and "since=2025-01-01" in page.url
    page.get_by_role("link", name="Explorer").click()
    settle(page, 1)
    assert "country=JPN" in page.url, "filters follow the analyst to the next page"


def test_the_explorer_csv_holds_exactly_the_rows_shown(server, page):
    url, db = server
    page.goto(f"{url}/explorer?country=JPN&status=agreed&status=imposed")
    settle(page, 1)
    shown = facts_shown(page)
    with page.expect_download() as download:
        page.get_by_role("button", name=re.compile("Download this table")).click()
    frame = pd.read_csv(download.value.path(), encoding="utf-8-sig", dtype=str)
    expected = store.query_facts(db, countries=["JPN"], statuses=["agreed", "imposed"])
    assert 0 < shown == len(frame) == len(expected)
    assert set(frame[schema.FACT_ID]) == set(expected[schema.FACT_ID])


def test_clicking_a_bar_narrows_the_explorer_table_to_that_country(server, page):
    url, db = server
    page.goto(f"{url}/explorer")
    settle(page, 1)
    before = facts_shown(page)
    bars = page.locator(".js-plotly-plot .trace.bars .point")
    boxes = [bars.nth(i).bounding_box() for i in range(bars.count())]
    widest = max(boxes, key=lambda box: box["width"])
    # Plotly's drag layer takes the pointer events, so click where the bar is drawn.
    page.mouse.click(widest["x"] + widest["width"] / 2, widest["y"] + widest["height"] / 2)
    note = page.get_by_text(re.compile(r"^Narrowed to [A-Z]+ by the chart selection"))
    note.wait_for()
    code = note.inner_text().split()[2]
    settle(page, 1)
    expected = store.query_facts(db, countries=[code])
    assert facts_shown(page) == len(expected) < before


def test_an_uploaded_article_reaches_explorer_and_its_markup_stays_text(
    server, page, tmp_path, screenshots
):
    url, _ = server
    upload = tmp_path / "canada-steel.txt"
    upload.write_bytes(HOSTILE)
    (article,), _ = read_bytes(HOSTILE, upload.name)

    page.goto(f"{url}/ingest")
    settle(page)
    page.locator('[data-testid="stFileUploaderDropzoneInput"]').set_input_files(str(upload))
    page.get_by_text(re.compile(r"^Preview: 1 article")).wait_for()
    page.get_by_role("button", name=re.compile(r"^Save 1 article")).click()
    page.get_by_text(re.compile(r"^Saved 1 new article")).wait_for()
    page.screenshot(path=str(screenshots / "ingest-saved.png"), full_page=True)

    page.goto(f"{url}/explorer?country=CAN")
    settle(page, 1)
    with page.expect_download() as download:
        page.get_by_role("button", name=re.compile("Download this table")).click()
    frame = pd.read_csv(download.value.path(), encoding="utf-8-sig", dtype=str)
    assert article.title in set(frame[schema.TITLE])
    assert facts_shown(page) == len(frame)
    evidence = frame.loc[frame[schema.TITLE] == article.title, schema.EVIDENCE]
    assert not evidence.str.startswith("=").any()

    page.goto(f"{url}/articles?article={article.article_id}")
    settle(page)
    page.get_by_text("<script>window.__pwned=1</script>", exact=False).first.wait_for()
    page.screenshot(path=str(screenshots / "article-with-markup.png"), full_page=True)
    assert page.evaluate("() => window.__pwned") is None
    assert page.locator("[data-testid='stMain'] script").count() == 0
    assert page.locator("[data-testid='stMain'] img[src='x']").count() == 0
    assert page.locator("mark").count() >= 1
