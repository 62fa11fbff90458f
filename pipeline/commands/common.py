"""Reading the articles named on a command line, reporting bad files without stopping."""

from __future__ import annotations

import logging
import sys

from pipeline.documents import Article, DocumentError, iter_paths, read_file

log = logging.getLogger(__name__)


def load_articles(inputs: list[str]) -> tuple[list[Article], list[str], list[str]]:
    """(articles, paths read, error lines); each error line names its file and the fix."""
    paths, errors = iter_paths(inputs)
    articles: list[Article] = []
    read: list[str] = []
    for path in paths:
        try:
            found, problems = read_file(path)
        except DocumentError as exc:
            errors.append(str(exc))
            continue
        articles.extend(found)
        read.append(str(path))
        errors.extend(problems)
    return articles, read, errors


def one_line(message: str) -> str:
    """The message as one printable line: a file name may hold a newline, a carriage return or
    a right-to-left override, which would split or disguise the error line; they are escaped."""
    return "".join(
        ch if ch.isprintable() else ch.encode("unicode_escape").decode() for ch in message
    )


def report_errors(errors: list[str]) -> None:
    for line in errors:
        print(f"error: {one_line(line)}", file=sys.stderr)
