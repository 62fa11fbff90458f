"""Write stored facts to a CSV file (opens cleanly in Excel) or a Parquet file."""

from __future__ import annotations

import argparse
import os
import re
import sys
from pathlib import Path

from pipeline import config, csvsafe, schema, store

FORMATS = ("csv", "parquet")
_CODE = re.compile(r"^[A-Z]{3,4}$")


def _country(value: str) -> str:
    code = value.strip().upper()
    if not _CODE.match(code):
        raise argparse.ArgumentTypeError(
            f"{value!r} is not a country code; use ISO 3166 alpha-3 such as JPN, or EUU, NATO"
        )
    return code


def _day(value: str) -> str:
    try:
        return store.parse_day(value, "date")
    except ValueError:
        raise argparse.ArgumentTypeError(f"{value!r} is not a date written YYYY-MM-DD") from None


def add_parser(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--out", required=True, type=Path, help="file to write (.csv or .parquet)")
    parser.add_argument(
        "--db", help=f"database file (default: ${config.DB_ENV} or data/policy.duckdb)"
    )
    parser.add_argument(
        "--format",
        choices=FORMATS,
        help="csv or parquet (default: from the --out suffix, else csv)",
    )
    parser.add_argument(
        "--country",
        action="append",
        default=[],
        type=_country,
        metavar="ISO3",
        help="keep facts where this country is actor or partner (repeatable)",
    )
    parser.add_argument(
        "--topic", action="append", default=[], choices=schema.TOPICS, help="repeatable"
    )
    parser.add_argument(
        "--status", action="append", default=[], choices=schema.STATUSES, help="repeatable"
    )
    parser.add_argument(
        "--lock-timeout",
        type=float,
        default=store.WRITE_TIMEOUT,
        metavar="SECONDS",
        help="how long to wait while an ingest holds the database "
        f"(default {store.WRITE_TIMEOUT:.0f})",
    )
    parser.add_argument("--since", type=_day, metavar="YYYY-MM-DD", help="article date from")
    parser.add_argument("--until", type=_day, metavar="YYYY-MM-DD", help="article date to")


def run(args: argparse.Namespace) -> int:
    db = config.db_path(args.db)
    if not db.exists():
        print(
            f"error: no database at {db}; run `python -m pipeline ingest PATH` first",
            file=sys.stderr,
        )
        return 1
    try:
        frame = store.query_facts(
            db,
            countries=args.country,
            topics=args.topic,
            statuses=args.status,
            since=args.since,
            until=args.until,
            timeout=args.lock_timeout,
        )
    except store.StoreError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
    fmt = args.format or ("parquet" if args.out.suffix.lower() == ".parquet" else "csv")
    try:
        write(frame, args.out, fmt)
    except OSError as exc:
        print(f"error: cannot write {args.out} ({exc.strerror or exc})", file=sys.stderr)
        return 1
    print(f"wrote {len(frame)} facts to {args.out} ({fmt})")
    return 0


def write(frame, out: Path, fmt: str) -> None:
    """Write through a temporary file so a failed export never leaves half a file behind."""
    out.parent.mkdir(parents=True, exist_ok=True)
    partial = out.with_name(f".{out.name}.{os.getpid()}.partial")
    try:
        if fmt == "parquet":
            frame.to_parquet(partial, index=False)
        else:
            csvsafe.write_csv(frame, partial)
        os.replace(partial, out)
    finally:
        partial.unlink(missing_ok=True)
