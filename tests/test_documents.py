import os

import pytest

from pipeline.documents import (
    DocumentError,
    content_id,
    iter_paths,
    parse_header_text,
    read_bytes,
    read_file,
)

HEADER = (
    "title: Ottawa sets a steel surtax\n"
    "source: Policy Tracker test desk\n"
    "date: 2025-03-10\n"
    "url: https://example.org/steel-surtax\n"
    "\n"
)
BODY = (
    "Canada will apply a 25% surtax on Chinese steel from April.\n"
    "\n"
    "Officials said the measure answers a surge of imports.\n"
)

PAGE = """<!DOCTYPE html>
<html><head><title>Ottawa sets a steel surtax</title>
<meta name="date" content="2025-03-10">
<script>var tracker = "SCRIPT_PAYLOAD_TEXT";</script></head>
<body>
<nav><a href="/">Home</a> <a href="/world">NAVIGATION_WORLD_LINK</a></nav>
<main><article>
<h1>Ottawa sets a steel surtax</h1>
<p>Canada will apply a twenty-five percent surtax on steel imported from China starting in April,
the finance ministry said on Monday, describing the step as a defence of domestic mills.</p>
<p>Ministers from both governments are expected to meet next month to discuss the measure and
possible exemptions for producers in allied countries that ship through third markets.</p>
</article></main>
<footer>FOOTER_LEGAL_NOTICE All rights reserved.</footer>
</body></html>
"""


def _write(path, content: str | bytes):
    path.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(content, bytes):
        path.write_bytes(content)
    else:
        path.write_text(content, encoding="utf-8")
    return path


def test_header_lines_become_metadata():
    article = parse_header_text(HEADER + BODY, "a.txt")
    assert (article.title, article.source, article.date, article.url) == (
        "Ottawa sets a steel surtax",
        "Policy Tracker test desk",
        "2025-03-10",
        "https://example.org/steel-surtax",
    )


def test_text_is_the_body_after_the_blank_line_so_offsets_refer_to_it():
    article = parse_header_text(HEADER + BODY, "a.txt")
    assert article.text == BODY
    start = article.text.index("25%")
    assert article.text[start : start + 3] == "25%"
    assert start == BODY.index("25%")


def test_crlf_header_is_parsed_and_body_uses_newlines():
    raw = (HEADER + BODY).replace("\n", "\r\n")
    article = parse_header_text(raw, "a.txt")
    assert article.title == "Ottawa sets a steel surtax"
    assert article.text == BODY


def test_malformed_date_is_dropped():
    article = parse_header_text("title: T\ndate: March 10\n\nBody text.", "a.txt")
    assert article.date is None
    assert article.title == "T"


def test_txt_without_header_keeps_all_text():
    raw = "Canada will apply a 25% surtax.\n\nA second paragraph follows.\n"
    article = parse_header_text(raw, "plain.txt")
    assert article.text == raw
    assert article.title is None


def test_header_lines_without_a_blank_line_stay_in_the_text():
    raw = "title: Not a header\nCanada will apply a 25% surtax."
    assert parse_header_text(raw, "a.txt").text == raw


def test_md_file_is_read_with_its_header(tmp_path):
    path = _write(tmp_path / "note.md", HEADER + "# Steel\n\n" + BODY)
    [article], errors = read_file(path)
    assert errors == []
    assert article.title == "Ottawa sets a steel surtax"
    assert article.text.startswith("# Steel\n")


def test_html_is_reduced_to_main_text(tmp_path):
    path = _write(tmp_path / "page.html", PAGE)
    [article], errors = read_file(path)
    assert errors == []
    assert "twenty-five percent surtax on steel" in article.text
    assert "exemptions for producers in allied countries" in article.text
    for boilerplate in ("SCRIPT_PAYLOAD_TEXT", "NAVIGATION_WORLD_LINK", "FOOTER_LEGAL_NOTICE"):
        assert boilerplate not in article.text


def test_html_title_and_meta_date_are_kept(tmp_path):
    path = _write(tmp_path / "page.html", PAGE)
    [article], _ = read_file(path)
    assert article.title == "Ottawa sets a steel surtax"
    assert article.date == "2025-03-10"


def test_html_without_a_date_has_no_date(tmp_path):
    page = PAGE.replace('<meta name="date" content="2025-03-10">', "").replace(
        "FOOTER_LEGAL_NOTICE", "Copyright 2025 Example News."
    )
    [article], _ = read_bytes(page.encode(), "page.html")
    assert article.date is None


def test_html_without_main_text_is_an_error():
    with pytest.raises(DocumentError, match="empty.html"):
        read_bytes(b"<html><body><script>x()</script></body></html>", "empty.html")


def test_jsonl_loads_good_lines_and_reports_the_broken_one(tmp_path):
    lines = [
        '{"text": "Canada will apply a 25% surtax.", "title": "One", "date": "2025-03-10"}',
        '{"text": "unterminated',
        "",
        '{"text": "Japan pledged 2% of its GDP.", "source": "Wire"}',
    ]
    path = _write(tmp_path / "wire.jsonl", "\n".join(lines) + "\n")
    articles, errors = read_file(path, name="wire.jsonl")
    assert [a.text for a in articles] == [
        "Canada will apply a 25% surtax.",
        "Japan pledged 2% of its GDP.",
    ]
    assert [a.path for a in articles] == ["wire.jsonl#1", "wire.jsonl#4"]
    assert (articles[0].title, articles[0].date, articles[1].source) == (
        "One",
        "2025-03-10",
        "Wire",
    )
    assert len(errors) == 1
    assert errors[0].startswith("wire.jsonl#2:")


def test_jsonl_line_without_text_is_an_error_for_that_line():
    articles, errors = read_bytes(b'{"text": "ok"}\n{"title": "no body"}\n', "w.jsonl")
    assert [a.text for a in articles] == ["ok"]
    assert len(errors) == 1
    assert errors[0].startswith("w.jsonl#2:")


@pytest.mark.parametrize("content", [b"", b"   \n\n", b"title: T\ndate: 2025-01-01\n\n"])
def test_empty_file_is_an_error_naming_the_file(tmp_path, content):
    path = _write(tmp_path / "empty.txt", content)
    with pytest.raises(DocumentError, match="empty.txt"):
        read_file(path)


def test_invalid_utf8_is_an_error_naming_the_file():
    with pytest.raises(DocumentError, match=r"latin1\.txt.*UTF-8"):
        read_bytes("Caf\u00e9 tariffs".encode("latin-1"), "latin1.txt")


@pytest.mark.parametrize("content", [b"\xff\xfe\x41", b"\xff\xfe\xfd abc"])
def test_false_utf16_bom_is_a_document_error(content):
    with pytest.raises(DocumentError, match="odd.txt"):
        read_bytes(content, "odd.txt")


@pytest.mark.parametrize("codec", ["utf-16", "utf-16-be", "utf-16-le"])
def test_utf16_with_bom_decodes(codec):
    text = "Canada will apply a 25 per cent surtax on acier from Québec’s rivals."
    data = text.encode(codec)
    if codec != "utf-16":  # the explicit-endian codecs write no BOM
        data = ("\ufeff" + text).encode(codec)
    [article], _ = read_bytes(data, "u16.txt")
    assert article.text == text


def test_utf8_bom_is_stripped_before_the_header():
    [article], _ = read_bytes(("\ufeff" + HEADER + BODY).encode("utf-8"), "bom.txt")
    assert article.title == "Ottawa sets a steel surtax"
    assert article.text == BODY


def test_binary_file_is_an_error():
    with pytest.raises(DocumentError, match="bin.txt"):
        read_bytes(b"\x00\x01\x02\x00" * 100, "bin.txt")


@pytest.mark.parametrize("name", ["report.pdf", "notes.docx", "README"])
def test_unsupported_suffix_is_an_error_listing_the_supported_ones(name):
    with pytest.raises(DocumentError, match=r"unsupported file type.*\.txt"):
        read_bytes(b"text", name)


def test_unreadable_path_is_a_document_error(tmp_path):
    with pytest.raises(DocumentError, match="missing.txt"):
        read_file(tmp_path / "missing.txt")


@pytest.fixture
def tree(tmp_path):
    _write(tmp_path / "a.txt", "a")
    _write(tmp_path / "skip.pdf", "x")
    _write(tmp_path / "sub" / "b.md", "b")
    _write(tmp_path / "sub" / "deeper" / "c.html", "<p>c</p>")
    _write(tmp_path / "sub" / "deeper" / "d.JSONL", '{"text": "d"}')
    return tmp_path


def test_iter_paths_walks_folders_recursively_for_article_files(tree):
    paths, errors = iter_paths([str(tree)])
    assert errors == []
    assert sorted(p.relative_to(tree).as_posix() for p in paths) == [
        "a.txt",
        "sub/b.md",
        "sub/deeper/c.html",
        "sub/deeper/d.JSONL",
    ]


def test_iter_paths_expands_relative_globs(tree, monkeypatch):
    monkeypatch.chdir(tree)
    paths, errors = iter_paths(["sub/**/*.html", "*.txt"])
    assert errors == []
    assert sorted(p.as_posix() for p in paths) == ["a.txt", "sub/deeper/c.html"]


def test_iter_paths_expands_absolute_globs(tree):
    paths, errors = iter_paths([str(tree / "sub" / "*.md")])
    assert errors == []
    assert paths == [tree / "sub" / "b.md"]


def test_iter_paths_reports_a_glob_without_matches_and_a_missing_path(tree):
    paths, errors = iter_paths(
        [str(tree / "*.nothing"), str(tree / "gone.txt"), str(tree / "a.txt")]
    )
    assert paths == [tree / "a.txt"]
    assert len(errors) == 2
    assert "*.nothing" in errors[0]
    assert "gone.txt" in errors[1]


def test_iter_paths_lists_a_file_named_twice_once(tree):
    paths, _ = iter_paths([str(tree / "a.txt"), str(tree / "a.txt")])
    assert paths == [tree / "a.txt"]


def test_iter_paths_terminates_on_a_symlink_loop(tree):
    os.symlink(tree, tree / "sub" / "loop", target_is_directory=True)
    paths, errors = iter_paths([str(tree)])
    assert errors == []
    # the loop folder resolves to one already walked, so it adds nothing
    assert sorted(p.relative_to(tree).as_posix() for p in paths) == [
        "a.txt",
        "sub/b.md",
        "sub/deeper/c.html",
        "sub/deeper/d.JSONL",
    ]


def test_article_id_is_stable_and_content_derived():
    one = parse_header_text(HEADER + BODY, "first/name.txt")
    renamed = parse_header_text(HEADER.replace("Ottawa", "Canada") + BODY, "other/copy.txt")
    edited = parse_header_text(HEADER + BODY.replace("25%", "35%"), "first/name.txt")
    assert one.article_id == renamed.article_id == content_id(BODY)
    assert one.article_id != edited.article_id
    assert len(one.article_id) == 16
    assert one.article_id == parse_header_text(HEADER + BODY, "first/name.txt").article_id


def test_a_file_over_the_cap_is_refused_without_being_read(tmp_path, monkeypatch):
    from pathlib import Path

    from pipeline import documents

    big = tmp_path / "big.txt"
    with big.open("wb") as handle:
        handle.truncate(documents.MAX_BYTES + 1)  # sparse: nothing written
    monkeypatch.setattr(Path, "read_bytes", lambda self: pytest.fail(f"{self} was read"))
    with pytest.raises(DocumentError, match=r"big\.txt: 21 MB is over the 20 MB limit"):
        read_file(big)


def test_links_that_lead_nowhere_are_reported_and_a_folder_loop_is_walked_once(tmp_path):
    (tmp_path / "a.txt").write_text(BODY)
    os.symlink("loop.txt", tmp_path / "loop.txt")
    os.symlink("missing.md", tmp_path / "dangling.md")
    os.symlink(".", tmp_path / "again")
    paths, errors = iter_paths([str(tmp_path)])
    assert [p.name for p in paths] == ["a.txt"]
    assert sorted(e.split(": ")[1].split(";")[0] for e in errors) == [
        "link to a missing file",
        "symbolic link loop",
    ]


def test_a_file_name_in_another_code_page_is_stored_with_a_replacement_character(tmp_path):
    path = os.path.join(os.fsencode(tmp_path), b"caf\xe9.txt")
    with open(path, "w") as handle:
        handle.write(BODY)
    (article,), _ = read_file(type(tmp_path)(os.fsdecode(path)))
    assert article.path.endswith("caf\ufffd.txt")
    article.path.encode("utf-8")  # storable and printable


def test_an_impossible_date_is_no_date():
    assert parse_header_text("date: 2025-13-45\n\nBody.", "a.txt").date is None
    assert parse_header_text("date: 2025-02-28\n\nBody.", "a.txt").date == "2025-02-28"
