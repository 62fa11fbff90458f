"""Acceptance figures on the real seed article (../shared/seed), which is not part of the repo."""

from pathlib import Path

import pytest
import srsly

from pipeline.documents import read_file
from pipeline.evaluate import Report, format_report, score
from pipeline.facts import extract_articles

SEED = Path(__file__).resolve().parents[1].parent / "shared" / "seed"
ARTICLE = SEED / "us-japan-summit.txt"
GOLD = SEED / "us-japan-summit.gold.jsonl"

pytestmark = pytest.mark.skipif(
    not SEED.is_dir(), reason=f"seed folder {SEED} is absent (it lives beside the repo, not in it)"
)


@pytest.fixture(scope="module")
def report() -> Report:
    articles, errors = read_file(ARTICLE)
    assert errors == []
    facts = extract_articles(articles)
    facts.attrs["read_paths"] = [a.path for a in articles]
    return score(list(srsly.read_jsonl(GOLD)), facts)


def test_seed_gold_has_the_eleven_expected_facts():
    assert len(list(srsly.read_jsonl(GOLD))) == 11


def test_seed_article_is_scored(report):
    assert report.articles == 1


def test_seed_recall_is_at_least_ten_of_eleven(report):
    overall = report.overall
    assert overall.tp + overall.fn == 11
    assert overall.tp >= 10, format_report(report)


def test_seed_precision_is_at_least_085(report):
    assert report.overall.precision >= 0.85, format_report(report)
