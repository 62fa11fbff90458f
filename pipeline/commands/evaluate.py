"""Score extraction against gold annotations: P/R/F1 per topic and overall."""

from __future__ import annotations

import argparse
import json

import srsly

from pipeline import schema
from pipeline.commands.common import load_articles, report_errors
from pipeline.evaluate import format_kinds, format_report, score
from pipeline.facts import extract_articles
from pipeline.nlp import build_nlp


def add_parser(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("gold", metavar="GOLD.jsonl")
    parser.add_argument("paths", nargs="+", metavar="PATH")
    parser.add_argument("--min-f1", type=float, default=None, help="exit 1 below this overall F1")
    parser.add_argument("--model", default=None)
    parser.add_argument("--errors", action="store_true", help="list missed and spurious facts")
    parser.add_argument(
        "--kinds",
        action="store_true",
        help="count missed and spurious facts by kind, without showing any text (for held-out sets)",
    )


def run(args: argparse.Namespace) -> int:
    gold = list(srsly.read_jsonl(args.gold))
    articles, read, errors = load_articles(args.paths)
    report_errors(errors)
    facts = extract_articles(articles, build_nlp(args.model))
    facts.attrs["read_paths"] = [a.path for a in articles]
    report = score(gold, facts)
    print(format_report(report))
    if args.kinds:
        print(format_kinds(report))
    if args.errors:
        keys = (
            schema.TOPIC,
            schema.MEASURE,
            schema.ACTOR,
            schema.PARTNER,
            schema.VALUE,
            schema.STATUS,
        )
        for label, rows in (("MISSED", report.misses), ("SPURIOUS", report.spurious)):
            for row in rows:
                brief = {k: row.get(k) for k in keys}
                where = row.get(schema.GOLD_ARTICLE) or row.get(schema.DOC)
                print(label, where, json.dumps(brief), "|", str(row.get(schema.EVIDENCE))[:140])
        for gold_row, pred in report.wrong_status:
            print(
                "STATUS",
                gold_row[schema.GOLD_ARTICLE],
                gold_row[schema.TOPIC],
                f"gold={gold_row[schema.STATUS]} predicted={pred[schema.STATUS]} ({pred[schema.RULE]})",
                "|",
                str(gold_row[schema.EVIDENCE])[:140],
            )
    if args.min_f1 is not None and report.overall.f1 < args.min_f1:
        print(f"overall F1 {report.overall.f1:.3f} is below --min-f1 {args.min_f1}")
        return 1
    return 0
