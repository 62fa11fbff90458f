"""Sentence -> fact rows, one extractor per topic."""

from __future__ import annotations

from pipeline.extractors import defense, energy, investment, tariff, trade
from pipeline.extractors.context import Sentence
from pipeline.extractors.dispatch import changes, topic_of


def extract_sentence(sentence: Sentence) -> list[dict]:
    """Every fact one sentence states; each number goes to exactly one topic."""
    dropped_idx = changes(sentence)
    by_topic: dict[str, list] = {
        t: [] for t in ("trade", "tariff", "investment", "defense_spending", "energy")
    }
    dropped = []
    for index, q in enumerate(sentence.quantities):
        if index in dropped_idx:
            dropped.append(q)
            continue
        topic = topic_of(sentence, q)
        if topic:
            by_topic[topic].append(q)
    rows: list[dict] = []
    rows += trade.extract(sentence, by_topic["trade"])
    rows += tariff.extract(sentence, by_topic["tariff"], dropped)
    rows += investment.extract(sentence, by_topic["investment"])
    rows += defense.extract(sentence, by_topic["defense_spending"])
    rows += energy.extract(sentence, by_topic["energy"])
    return rows
