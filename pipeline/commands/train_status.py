"""Train the status classifier on the dev split of a gold file and save it."""

from __future__ import annotations

import argparse
from pathlib import Path

import srsly

from pipeline import status_model


def add_parser(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("gold", metavar="GOLD.jsonl")
    parser.add_argument(
        "--out",
        default=str(status_model.MODEL_DIR),
        help="where to save the model (default: the one the pipeline ships and loads)",
    )


def run(args: argparse.Namespace) -> int:
    rows = status_model.training_rows(srsly.read_jsonl(args.gold))
    if not rows:
        print(f"{args.gold}: no gold lines of {status_model.TRAIN_SPLIT} articles to train on")
        return 1
    nlp = status_model.train(rows)
    out = Path(args.out)
    nlp.to_disk(out)
    print(f"trained on {len(rows)} facts of {status_model.TRAIN_SPLIT} articles; saved to {out}")
    return 0
