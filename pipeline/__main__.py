"""Command line: python -m pipeline {extract,ingest,export,eval,train-status} ..."""

from __future__ import annotations

import argparse
import logging
import sys

from pipeline.commands import evaluate, export, extract, ingest, train_status

COMMANDS = {
    "extract": extract,
    "ingest": ingest,
    "export": export,
    "eval": evaluate,
    "train-status": train_status,
}


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="python -m pipeline", description=__doc__)
    parser.add_argument("-v", "--verbose", action="store_true", help="log debug details")
    sub = parser.add_subparsers(dest="command", required=True)
    for name, module in COMMANDS.items():
        module.add_parser(sub.add_parser(name, help=module.__doc__.splitlines()[0]))
    return parser


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    logging.basicConfig(
        level=logging.DEBUG if args.verbose else logging.WARNING,
        format="%(levelname)s %(message)s",
        stream=sys.stderr,
    )
    return COMMANDS[args.command].run(args)


if __name__ == "__main__":
    sys.exit(main())
