"""Article readers: .txt/.md with header lines, .html main text, .jsonl one article a line."""

from __future__ import annotations

import datetime as dt
import errno
import hashlib
import json
import logging
import re
from dataclasses import dataclass, field
from pathlib import Path

log = logging.getLogger(__name__)

SUFFIXES = (".txt", ".md", ".html", ".htm", ".jsonl")
MAX_BYTES = 20 * 1024 * 1024
HEADER_KEYS = ("title", "source", "date", "url")
_HEADER = re.compile(r"^(title|source|date|url):\s*(.*)$", re.IGNORECASE)
_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")


class DocumentError(ValueError):
    """A file that cannot be read as an article; the message says how to fix it."""


@dataclass(frozen=True)
class Article:
    path: str
    text: str
    title: str | None = None
    source: str | None = None
    date: str | None = None
    url: str | None = None
    meta: dict = field(default_factory=dict, compare=False)

    @property
    def published(self) -> dt.date | None:
        return as_date(self.date)

    @property
    def article_id(self) -> str:
        return content_id(self.text)


def content_id(text: str) -> str:
    """A stable id derived from the body text only, so a renamed copy is the same article."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]


def as_date(value: str | None) -> dt.date | None:
    """`2025-03-04` (or a longer timestamp starting so) as a date; None when it is none."""
    value = (value or "").strip()[:10]
    if not _DATE.match(value):
        return None
    try:  # `2025-13-45` has the shape of a date but is none; it would sort as the latest
        return dt.date.fromisoformat(value)
    except ValueError:
        return None


def _clean_date(value: str | None) -> str | None:
    day = as_date(value)
    return day.isoformat() if day else None


def parse_header_text(raw: str, path: str) -> Article:
    """Split optional `key: value` header lines from the body at the first blank line."""
    lines = raw.split("\n")
    meta: dict[str, str] = {}
    index = 0
    while index < len(lines) and (match := _HEADER.match(lines[index].strip())):
        meta[match.group(1).lower()] = match.group(2).strip()
        index += 1
    if meta and index < len(lines) and not lines[index].strip():
        body = "\n".join(lines[index + 1 :])
    else:
        meta, body = {}, raw
    return _article(path, body, meta)


_SURROGATE = re.compile("[\ud800-\udfff]")


def _storable(text: str | None) -> str | None:
    """JSON may escape half a surrogate pair (`\\ud800`), which no UTF-8 can hold: it becomes
    U+FFFD, so the text can be hashed, stored and printed."""
    return _SURROGATE.sub("\ufffd", text) if text else text


def _article(path: str, body: str, meta: dict) -> Article:
    body = _storable(body.replace("\r\n", "\n").replace("\x00", ""))
    if not body.strip():
        raise DocumentError(f"{path}: no article text found; the body after the header is empty")
    return Article(
        path=path,
        text=body,
        title=_storable(meta.get("title")) or None,
        source=_storable(meta.get("source")) or None,
        date=_clean_date(meta.get("date")),
        url=_storable(meta.get("url")) or None,
    )


class _QuietDiscard(logging.Filter):
    """trafilatura logs `discarding data: None` for a page it cannot reduce; the caller reports
    that page as one error line naming it, so the unnamed warning is only noise."""

    def filter(self, record: logging.LogRecord) -> bool:
        return not str(record.msg).startswith("discarding data")


logging.getLogger("trafilatura.core").addFilter(_QuietDiscard())


def parse_html(raw: str, path: str) -> Article:
    """Reduce a page to its main text with trafilatura; title and date from its metadata."""
    import trafilatura

    try:
        result = trafilatura.bare_extraction(
            raw,
            with_metadata=True,
            include_comments=False,
            include_tables=False,
            favor_recall=True,
            # no guessing a date from a copyright line: an unknown date stays unknown
            date_extraction_params={"extensive_search": False},
        )
    except Exception as exc:  # noqa: BLE001  (a page the parser chokes on is one bad file)
        raise DocumentError(
            f"{path}: the HTML page could not be parsed ({type(exc).__name__})"
        ) from None
    text = getattr(result, "text", None) if result is not None else None
    if not text:
        raise DocumentError(f"{path}: no main text found in the HTML page")
    meta = {
        "title": getattr(result, "title", None),
        "date": getattr(result, "date", None),
        "url": getattr(result, "url", None),
        "source": getattr(result, "sitename", None),
    }
    return _article(path, text, meta)


def parse_jsonl(raw: str, path: str) -> tuple[list[Article], list[str]]:
    """One article per line; a broken line is reported and the other lines still load."""
    articles: list[Article] = []
    errors: list[str] = []
    for number, line in enumerate(raw.splitlines(), start=1):
        if not line.strip():
            continue
        where = f"{path}#{number}"
        try:
            record = json.loads(line)
        except json.JSONDecodeError as exc:
            errors.append(f"{where}: not valid JSON ({exc.msg} at column {exc.colno})")
            continue
        except RecursionError:
            errors.append(f"{where}: JSON nested too deeply; each line needs a flat object")
            continue
        if not isinstance(record, dict) or not isinstance(record.get("text"), str):
            errors.append(f'{where}: each line needs an object with a "text" string')
            continue
        meta = {k: str(record[k]) for k in HEADER_KEYS if record.get(k) is not None}
        try:
            articles.append(_article(where, record["text"], meta))
        except DocumentError as exc:
            errors.append(str(exc))
    return articles, errors


def decode(data: bytes, path: str) -> str:
    """Decode UTF-8 (with or without BOM) or UTF-16 with BOM; refuse binary content."""
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return data.decode("utf-16")
        except UnicodeDecodeError:
            raise DocumentError(
                f"{path}: starts like UTF-16 but is not valid UTF-16; re-save the file as UTF-8"
            ) from None
    binary = f"{path}: looks like a binary file, not text; save it as UTF-8 text"
    if b"\x00" in data[:4096] and data.count(b"\x00") > len(data) // 100:
        raise DocumentError(binary)
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        if _mostly_control(data[:4096]):
            raise DocumentError(binary) from None
        raise DocumentError(
            f"{path}: not valid UTF-8 (byte {exc.start}); re-save the file as UTF-8"
        ) from None


_CONTROL = bytes(b for b in range(32) if b not in b"\t\n\r\f")


def _mostly_control(head: bytes) -> bool:
    """Text in any code page has few control bytes; images, archives and PDFs have many."""
    return len(head.translate(None, delete=_CONTROL)) < len(head) * 0.95


def _too_big(name: str, size: int) -> str:
    return f"{name}: {size / 1e6:.0f} MB is over the {MAX_BYTES // 2**20} MB limit; split the file"


def read_bytes(data: bytes, name: str) -> tuple[list[Article], list[str]]:
    """Parse one file's bytes by its suffix. Returns articles and per-article error lines."""
    suffix = Path(name).suffix.lower()
    if suffix not in SUFFIXES:
        raise DocumentError(
            f"{name}: unsupported file type {suffix or '(none)'}; use {', '.join(SUFFIXES)}"
        )
    if len(data) > MAX_BYTES:
        raise DocumentError(_too_big(name, len(data)))
    raw = decode(data, name)
    if suffix == ".jsonl":
        return parse_jsonl(raw, name)
    if suffix in (".html", ".htm"):
        return [parse_html(raw, name)], []
    return [parse_header_text(raw, name)], []


def file_label(path: Path) -> str:
    """The path as text that can be stored and printed: a file name that is not valid UTF-8
    (bytes from another system's code page) gets U+FFFD for its undecodable bytes."""
    return str(path).encode("utf-8", "surrogateescape").decode("utf-8", "replace")


def read_file(path: Path, name: str | None = None) -> tuple[list[Article], list[str]]:
    name = name or file_label(path)
    try:
        # The size cap is checked before reading, so a huge file is never loaded into memory.
        size = path.stat().st_size
        data = b"" if size > MAX_BYTES else path.read_bytes()
    except OSError as exc:
        raise DocumentError(f"{name}: cannot be read ({exc.strerror})") from None
    if size > MAX_BYTES:
        raise DocumentError(_too_big(name, size))
    return read_bytes(data, name)


def iter_paths(inputs: list[str]) -> tuple[list[Path], list[str]]:
    """Expand files, folders (recursively, loop-safe) and globs into article files."""
    found: list[Path] = []
    errors: list[str] = []
    for item in inputs:
        path = Path(item)
        if any(ch in item for ch in "*?["):
            matches = (
                sorted(Path().glob(item))
                if not path.is_absolute()
                else sorted(Path(path.anchor).glob(str(path.relative_to(path.anchor))))
            )
            if not matches:
                errors.append(f"{item}: no files match this pattern")
            found.extend(p for p in matches if p.is_file() and p.suffix.lower() in SUFFIXES)
        elif path.is_dir():
            files, problems = _walk(path)
            found.extend(files)
            errors.extend(problems)
        elif path.is_file():
            found.append(path)
        else:
            errors.append(f"{item}: no such file or folder")
    return list(dict.fromkeys(found)), errors


def _walk(root: Path) -> tuple[list[Path], list[str]]:
    """Article files under `root`; a folder reached again through a link is walked once, and a
    link named like an article that leads nowhere (dangling, or a loop) is reported."""
    seen: set[Path] = set()
    out: list[Path] = []
    errors: list[str] = []
    stack = [root]
    while stack:
        folder = stack.pop()
        try:
            real = folder.resolve()
        except (OSError, RuntimeError):
            continue
        if real in seen:
            continue
        seen.add(real)
        try:
            entries = sorted(folder.iterdir())
        except OSError:
            continue
        for entry in entries:
            if entry.is_dir():
                stack.append(entry)
            elif entry.suffix.lower() in SUFFIXES:
                if entry.is_file():
                    out.append(entry)
                elif entry.is_symlink():
                    errors.append(_broken_link(entry))
                else:  # a pipe or device: reading it could block forever
                    errors.append(f"{entry}: not a regular file; copy the article into a file")
    return sorted(out), errors


def _broken_link(entry: Path) -> str:
    try:
        entry.stat()
    except RuntimeError:  # symlink loop on some Python versions
        return f"{entry}: symbolic link loop; point the link at a real file or remove it"
    except OSError as exc:
        reason = "symbolic link loop" if exc.errno == errno.ELOOP else "link to a missing file"
        return f"{entry}: {reason}; point the link at a real file or remove it"
    return f"{entry}: link to something that is not a file; point it at an article file"
