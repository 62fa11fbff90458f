"""Sentence -> fact rows, one extractor per topic."""

from __future__ import annotations

import re

from pipeline.extractors import defense, energy, investment, tariff, trade
from pipeline.extractors.common import LAST_LISTED
from pipeline.extractors.context import Sentence
from pipeline.extractors.dispatch import changes, topic_of
from pipeline.normalize import Quantity

_PART = re.compile(r",?\s*(?:including|of which|among them)\s+(?:about\s+|some\s+|nearly\s+)?$")


def _part_of(sentence: Sentence, head: Quantity, q: Quantity) -> bool:
    """A sum named as part of the one before it belongs to the same topic."""
    return head.kind == q.kind and bool(_PART.fullmatch(sentence.text, head.end, q.start))


def _last_listed(sentence: Sentence, head: Quantity, q: Quantity) -> bool:
    """The last entry of a list of figures, each with its partner, joined by `and`."""
    return head.kind == q.kind and bool(LAST_LISTED.fullmatch(sentence.text, head.end, q.start))


def extract_sentence(sentence: Sentence) -> list[dict]:
    """Every fact one sentence states; each number goes to exactly one topic."""
    dropped_idx = changes(sentence)
    by_topic: dict[str, list] = {
        t: [] for t in ("trade", "tariff", "investment", "defense_spending", "energy")
    }
    dropped = []
    previous: tuple | None = None  # (quantity, topic) of the number before
    for index, q in enumerate(sentence.quantities):
        if index in dropped_idx:
            dropped.append(q)
            continue
        topic = topic_of(sentence, q)
        if topic is None and previous is not None and _part_of(sentence, previous[0], q):
            topic = previous[1]  # `$350 billion, including $150 billion for shipbuilding`
        if topic is None and previous is not None and _last_listed(sentence, previous[0], q):
            topic = previous[1]  # `..., $45.7 billion with India and $17.9 billion with Indonesia`
        if topic:
            by_topic[topic].append(q)
        previous = (q, topic)
    rows: list[dict] = []
    rows += trade.extract(sentence, by_topic["trade"])
    rows += tariff.extract(sentence, by_topic["tariff"], dropped)
    rows += investment.extract(sentence, by_topic["investment"])
    rows += defense.extract(sentence, by_topic["defense_spending"])
    rows += energy.extract(sentence, by_topic["energy"])
    return rows
