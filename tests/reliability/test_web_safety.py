"""Nothing in an article acts in an analyst's browser or spreadsheet, and the server is closed to
other machines and to cross-site requests: a real `streamlit run` and Debian's chromium."""

from __future__ import annotations

import csv
import socket
import urllib.error
import urllib.request
from http.cookies import SimpleCookie

import browsing
import hostile
import markup
import psutil
import pytest

from pipeline import store
from pipeline.facts import extract_articles

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
XSRF_COOKIE = "_streamlit_xsrf"


@pytest.fixture(scope="module")
def hostile_article(dashboard):
    article = markup.article()
    store.save(dashboard.db, [article], extract_articles([article]))
    return article


def test_the_server_listens_on_loopback_only_by_default(dashboard):
    listening = [
        c.laddr
        for c in psutil.Process(dashboard.process.pid).net_connections(kind="inet")
        if c.status == psutil.CONN_LISTEN
    ]
    assert listening and {address.ip for address in listening} == {"127.0.0.1"}
    assert dashboard.port in {address.port for address in listening}
    for addresses in psutil.net_if_addrs().values():
        for address in addresses:
            if address.family == socket.AF_INET and not address.address.startswith("127."):
                with (
                    pytest.raises(OSError),
                    socket.create_connection((address.address, dashboard.port), timeout=2),
                ):
                    pass


def _put(url: str, headers: dict) -> int:
    request = urllib.request.Request(url, data=b"x", method="PUT", headers=headers)
    try:
        with urllib.request.urlopen(request, timeout=10) as response:
            return response.status
    except urllib.error.HTTPError as exc:
        return exc.code


def test_xsrf_protection_refuses_an_upload_without_the_token(dashboard):
    with urllib.request.urlopen(f"{dashboard.url}/_stcore/health", timeout=10) as response:
        cookie = SimpleCookie(response.headers["Set-Cookie"])[XSRF_COOKIE].value
    upload = f"{dashboard.url}/_stcore/upload_file/some-session/some-file"
    assert _put(upload, {}) == 403
    assert _put(upload, {"Cookie": f"{XSRF_COOKIE}={cookie}"}) == 403  # cookie alone: refused
    # With the token the request passes the XSRF check and fails later, on the unknown session.
    assert _put(upload, {"Cookie": f"{XSRF_COOKIE}={cookie}", "X-Xsrftoken": cookie}) == 400


def _visit(page, url: str, charts: int) -> None:
    page.goto(url)
    browsing.settle(page, charts)
    assert page.locator(browsing.ERRORS).count() == 0, url
    assert browsing.pwned(page) is None, url
    assert page.locator(browsing.PLANTED).count() == 0, url


def test_markup_in_articles_never_runs_on_any_page(dashboard, hostile_article, page):
    for path, charts in browsing.PAGES.items():
        _visit(page, f"{dashboard.url}/{path}", charts)
    _visit(page, f"{dashboard.url}/articles?article={hostile_article.article_id}", 0)
    page.get_by_text("<script>window.__pwned=6</script>", exact=False).first.wait_for()
    assert page.locator("mark").count() >= 3  # the facts are highlighted, the markup is text
    # Hovering the highlighted evidence and the charts' bars shows tooltips, never markup.
    for mark in page.locator("mark").all()[:3]:
        mark.hover()
    _visit(page, f"{dashboard.url}/explorer?country=CAN", 1)
    box = page.locator(".js-plotly-plot .trace.bars .point").last.bounding_box()
    page.mouse.move(box["x"] + box["width"] / 2, box["y"] + box["height"] / 2)  # Plotly's drag
    page.locator(".hoverlayer .hovertext").first.wait_for()  # layer takes the pointer events
    assert page.locator(browsing.PLANTED).count() == 0
    assert browsing.pwned(page) is None


def _csv_rows(path) -> list[list[str]]:
    with open(path, encoding="utf-8-sig", newline="") as handle:
        return list(csv.reader(handle))


def test_every_csv_download_on_every_page_neutralizes_formula_cells(
    dashboard, hostile_article, page
):
    downloads, checked_titles = 0, False
    pages = {**browsing.PAGES, f"articles?article={hostile_article.article_id}": 0}
    pages["explorer?country=CAN"] = pages.pop("explorer")
    for path, charts in pages.items():
        _visit(page, f"{dashboard.url}/{path}", charts)
        buttons = page.locator('[data-testid="stDownloadButton"] button')
        for index in range(buttons.count()):
            with page.expect_download() as download:
                buttons.nth(index).click()
            header, *rows = _csv_rows(download.value.path())
            downloads += 1
            for row in rows:
                assert len(row) == len(header), (path, row)  # a \r in a cell splits no row
                for cell in row:
                    if cell.startswith(FORMULA_STARTS):
                        float(cell)  # only a (negative) number may start like a formula
            if path.startswith("explorer") and "title" in header:  # the fact table
                titles = [row[header.index("title")] for row in rows]
                assert titles.count("'" + markup.TITLE) == 4  # the \r kept inside its cell
                checked_titles = True
    assert downloads >= 10 and checked_titles


def test_uploads_over_the_cap_get_a_clear_message(dashboard, page, tmp_path):
    big = tmp_path / "over-the-cap.txt"
    with big.open("wb") as handle:
        handle.truncate(hostile.OVER_CAP_BYTES)
    _visit(page, f"{dashboard.url}/ingest", 0)
    page.locator('[data-testid="stFileUploaderDropzoneInput"]').set_input_files(str(big))
    uploader = page.locator('[data-testid="stFileUploader"]')
    uploader.get_by_text("File must be 20.0MB or smaller.").wait_for()
    browsing.settle(page)
    assert page.get_by_text("Preview:").count() == 0
    assert page.locator('[data-testid="stException"]').count() == 0


def test_hostile_uploads_each_get_one_error_and_markup_in_names_stays_text(
    dashboard, page, tmp_path
):
    named = "[x](javascript:window.__pwned=12) <img src=x onerror=window.__pwned=13>.txt"
    uploads = {
        "empty.txt": b"",
        "random-bytes.txt": hostile.cases()[2].data,
        "broken.jsonl": hostile.BROKEN_JSONL.encode(),
        named: b"   ",
        markup.NAME: markup.ARTICLE.encode(),
    }
    files = []
    for name, data in uploads.items():
        path = tmp_path / name
        path.write_bytes(data)
        files.append(str(path))
    _visit(page, f"{dashboard.url}/ingest", 0)
    page.locator('[data-testid="stFileUploaderDropzoneInput"]').set_input_files(files)
    page.get_by_text("Preview: 3 article(s)").wait_for()  # markup article + 2 good JSONL lines
    browsing.settle(page)
    errors = page.locator('[data-testid="stAlertContentError"]').all_inner_texts()
    assert len(errors) == 2 + 5 + 1, errors  # empty, random bytes, 5 JSONL lines, the named one
    assert sum(named in text for text in errors) == 1  # shown literally, not as a link or image
    assert page.locator('[data-testid="stException"]').count() == 0
    assert browsing.pwned(page) is None
    assert page.locator(browsing.PLANTED).count() == 0
