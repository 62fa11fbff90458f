"""Print the facts of the given files or folders without storing them."""

from __future__ import annotations

import argparse
import sys

from pipeline import schema
from pipeline.commands.common import load_articles, report_errors
from pipeline.facts import extract_articles
from pipeline.nlp import build_nlp


def add_parser(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("paths", nargs="+", metavar="PATH", help="article files, folders or globs")
    parser.add_argument("--format", choices=("jsonl", "csv"), default="jsonl")
    parser.add_argument("--model", default=None, help="an installed spaCy model to add (optional)")


def run(args: argparse.Namespace) -> int:
    articles, _, errors = load_articles(args.paths)
    report_errors(errors)
    facts = extract_articles(articles, build_nlp(args.model))
    if args.format == "csv":
        from pipeline.csvsafe import LINE_END, neutralize

        facts.pipe(neutralize).to_csv(sys.stdout, index=False, lineterminator=LINE_END)
    else:
        columns = [c for c in schema.FACT_COLUMNS if c not in (schema.ARTICLE_ID,)]
        sys.stdout.write(facts[columns].to_json(orient="records", lines=True, force_ascii=False))
    return 1 if errors else 0
