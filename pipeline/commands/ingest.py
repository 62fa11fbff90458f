"""Read articles, extract their facts and store them (files, folders and globs)."""

from __future__ import annotations

import argparse
import logging
import os
import sys
import time
from collections.abc import Callable, Iterator
from contextlib import nullcontext
from pathlib import Path

from pipeline import config, documents, store
from pipeline.commands.common import one_line
from pipeline.documents import Article, DocumentError

# Articles per extract-and-commit round. With workers, each round forks a new spaCy pool and
# drains it at the end, costing about 0.3 s, so rounds are larger there.
CHUNK = 256
PARALLEL_CHUNK = 1024
log = logging.getLogger(__name__)


def _positive(value: str) -> int:
    try:
        number = int(value)
    except ValueError:
        number = 0
    if number < 1:
        raise argparse.ArgumentTypeError(f"{value!r} must be a whole number of at least 1")
    return number


def add_parser(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("paths", nargs="+", metavar="PATH", help="article files, folders or globs")
    parser.add_argument(
        "--db", help=f"database file (default: ${config.DB_ENV} or data/policy.duckdb)"
    )
    parser.add_argument(
        "--workers",
        type=_positive,
        default=1,
        metavar="N",
        help="processes for spaCy's nlp.pipe (default 1; use 2 on two cores)",
    )
    parser.add_argument("--model", help="an installed spaCy pipeline to add statistical NER")
    parser.add_argument(
        "--batch-size", type=_positive, default=16, metavar="N", help="texts per nlp.pipe batch"
    )
    parser.add_argument(
        "--chunk",
        type=_positive,
        metavar="N",
        help=f"articles extracted and committed per round (default {CHUNK}, or "
        f"{PARALLEL_CHUNK} with --workers); the database is released between rounds",
    )
    parser.add_argument(
        "--lock-timeout",
        type=float,
        default=store.WRITE_TIMEOUT,
        metavar="SECONDS",
        help="how long to wait while another process holds the database "
        f"(default {store.WRITE_TIMEOUT:.0f})",
    )
    parser.add_argument(
        "--if-empty",
        action="store_true",
        help="do nothing when the database already holds articles",
    )


def _error(message: str) -> None:
    print(f"error: {one_line(message)}", file=sys.stderr, flush=True)


def _columns() -> int:
    try:
        return os.get_terminal_size(sys.stderr.fileno()).columns
    except (OSError, ValueError):
        return 0


class Progress:
    """A tqdm bar on a terminal; plain lines on stderr otherwise (logs, CI, pipes)."""

    def __init__(self, total_files: int):
        self.total = total_files
        self.done = 0
        self.tty = sys.stderr.isatty()
        self.bar = None
        if self.tty:
            from tqdm import tqdm

            # Some terminals (a bare pty, editor shells) report a 0 x 0 size: tqdm then draws nothing.
            sized = _columns() > 0
            self.bar = tqdm(
                total=total_files,
                unit="file",
                file=sys.stderr,
                dynamic_ncols=sized,
                ncols=None if sized else 80,
                nrows=None if sized else 24,
            )

    def say(self, message: str) -> None:
        if self.bar is not None:
            self.bar.write(message, file=sys.stderr)
        else:
            print(message, file=sys.stderr, flush=True)

    def advance(self, files: int, totals: dict) -> None:
        self.done += files
        if self.bar is not None:
            self.bar.set_postfix(new=totals["new"], facts=totals["facts_added"], refresh=False)
            self.bar.update(files)
        else:
            print(
                f"ingest: {self.done}/{self.total} files, {totals['new']} new articles, "
                f"{totals['facts_added']} facts added",
                file=sys.stderr,
                flush=True,
            )

    def close(self) -> None:
        if self.bar is not None:
            self.bar.close()

    def logging(self):
        """Route log lines (the lock-wait notice) above the bar instead of through it."""
        if self.bar is None:
            return nullcontext()
        from tqdm.contrib.logging import logging_redirect_tqdm

        return logging_redirect_tqdm()


def batches(
    paths: list[Path], size: int, on_error: Callable[[str], None]
) -> Iterator[tuple[list[Article], int]]:
    """Yield (about `size` articles, files finished with them); bad files go to `on_error`."""
    pending: list[Article] = []
    finished = 0
    for path in paths:
        try:
            found, errors = documents.read_file(path)
        except DocumentError as exc:
            found, errors = [], [str(exc)]
        for message in errors:
            on_error(message)
        for article in found:
            pending.append(article)
            if len(pending) >= size:
                yield pending, finished
                pending, finished = [], 0
        finished += 1
    if pending or finished:
        yield pending, finished


def _brief(exc: Exception) -> str:
    """One line for an error; spaCy's multiprocess errors embed a whole traceback."""
    lines = [line.strip() for line in str(exc).splitlines() if line.strip()]
    text = lines[-1] if "Traceback (most recent call last):" in lines else " ".join(lines[:1])
    return f"{type(exc).__name__}: {text}" if text else type(exc).__name__


def _extract(articles: list[Article], nlp, args, say: Callable[[str], None], on_error):
    """Facts for a chunk. If it fails, say why and retry, so one bad article fails alone."""
    from pipeline import facts, schema

    if args.workers > 1:
        try:
            return articles, facts.extract_articles(
                articles, nlp=nlp, n_process=args.workers, batch_size=args.batch_size
            )
        except Exception as exc:  # fall back rather than lose the run
            say(
                f"warning: extraction with --workers {args.workers} failed "
                f"({_brief(exc)}); continuing with 1 worker"
            )
            args.workers = 1
    try:
        return articles, facts.extract_articles(articles, nlp=nlp, batch_size=args.batch_size)
    except Exception:  # find the article that breaks extraction
        pass
    kept, frames = [], []
    for article in articles:
        try:
            frames.append(facts.extract_articles([article], nlp=nlp, batch_size=1))
            kept.append(article)
        except Exception as exc:  # reported per article, the others go on
            on_error(f"{article.path}: fact extraction failed ({_brief(exc)})")
    return kept, _concat(frames) if frames else schema.facts_frame([])


def _concat(frames):
    import pandas as pd

    return pd.concat(frames, ignore_index=True)


def _build_nlp(args: argparse.Namespace):
    from pipeline.nlp import build_nlp
    from pipeline.parallel import for_workers

    return for_workers(build_nlp(args.model), args.workers)


def run(args: argparse.Namespace) -> int:
    started = time.perf_counter()
    db = config.db_path(args.db)
    try:
        if args.if_empty and not store.is_empty(db, timeout=args.lock_timeout):
            held = store.counts(db, timeout=args.lock_timeout)["articles"]
            print(f"{db} already holds {held} articles; nothing to ingest (--if-empty)")
            return 0
    except store.StoreError as exc:
        _error(str(exc))
        return 1

    paths, missing = documents.iter_paths(args.paths)
    totals = {"new": 0, "unchanged": 0, "failed": 0, "facts_added": 0}
    progress = Progress(len(paths))

    def on_error(message: str) -> None:
        totals["failed"] += 1
        progress.say(f"error: {one_line(message)}")

    for message in missing:
        on_error(message)

    nlp = None
    seen: set[str] = set()
    status = 0
    try:
        with progress.logging():
            clock = time.perf_counter()
            size = args.chunk or (PARALLEL_CHUNK if args.workers > 1 else CHUNK)
            for chunk, files in batches(paths, size, on_error):
                fresh = {a.article_id: a for a in chunk if a.article_id not in seen}
                seen.update(fresh)
                known = store.known_ids(db, fresh, timeout=args.lock_timeout)
                todo = [a for key, a in fresh.items() if key not in known]
                totals["unchanged"] += len(chunk) - len(todo)
                timings = {"read": time.perf_counter() - clock}
                if todo:
                    if nlp is None:
                        nlp = _build_nlp(args)
                    clock = time.perf_counter()
                    kept, frame = _extract(todo, nlp, args, progress.say, on_error)
                    timings["extract"] = time.perf_counter() - clock
                    clock = time.perf_counter()
                    saved = store.save(db, kept, frame, timeout=args.lock_timeout)
                    timings["save"] = time.perf_counter() - clock
                    for key in saved:
                        totals[key] += saved[key]
                log.debug(
                    "chunk of %d articles: %s",
                    len(chunk),
                    ", ".join(f"{k} {v:.2f} s" for k, v in timings.items()),
                )
                progress.advance(files, totals)
                clock = time.perf_counter()
    except store.StoreError as exc:
        _error(f"{exc}. Articles stored so far are kept; rerun to continue.")
        status = 1
    except KeyboardInterrupt:
        _error("interrupted; articles stored so far are kept, rerun to continue")
        status = 130
    finally:
        progress.close()

    elapsed = time.perf_counter() - started
    print(
        f"ingest: {totals['new']} new, {totals['unchanged']} unchanged, "
        f"{totals['failed']} failed articles; {totals['facts_added']} facts added "
        f"in {elapsed:.1f} s -> {db}"
    )
    if status:
        return status
    return 1 if totals["failed"] else 0
