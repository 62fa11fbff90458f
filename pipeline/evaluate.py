"""Score extracted facts against gold annotations: precision, recall and F1 per topic.

A predicted fact matches a gold fact of the same article when topic, actor, partner and value
agree (values within 1%, or both absent), and measure agrees where the gold line gives one. The
two sides of two-way trade (`total`) match in either order.
Status, year, product and negation are not part of the match; their accuracy over matched
pairs is reported separately, so a right number with a wrong status still shows up.
"""

from __future__ import annotations

import math
from collections import Counter
from dataclasses import dataclass, field

import pandas as pd

from pipeline import schema

ATTRIBUTES = (schema.STATUS, schema.YEAR, schema.PRODUCT, schema.NEGATED)


@dataclass
class Score:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


@dataclass
class Report:
    topics: dict[str, Score] = field(default_factory=dict)
    overall: Score = field(default_factory=Score)
    attribute_hits: dict[str, int] = field(default_factory=dict)
    matched: int = 0
    misses: list[dict] = field(default_factory=list)
    spurious: list[dict] = field(default_factory=list)
    wrong_status: list[tuple[dict, dict]] = field(default_factory=list)  # (gold, predicted)
    kinds: Counter = field(default_factory=Counter)  # (missed|spurious, topic, kind) -> count
    articles: int = 0

    def attribute_accuracy(self, name: str) -> float:
        return self.attribute_hits.get(name, 0) / self.matched if self.matched else 0.0


def _blank(value) -> bool:
    return value is None or (isinstance(value, float) and math.isnan(value)) or value is pd.NA


def _same_value(a, b) -> bool:
    if _blank(a) or _blank(b):
        return _blank(a) and _blank(b)
    a, b = float(a), float(b)
    return math.isclose(a, b, rel_tol=0.01, abs_tol=1e-9)


def _clean(value):
    return None if _blank(value) else value


def _sides(row: dict, unordered: bool) -> tuple:
    sides = (_clean(row.get(schema.ACTOR)), _clean(row.get(schema.PARTNER)))
    return tuple(sorted(sides)) if unordered and all(sides) else sides


def matches(gold: dict, pred: dict) -> bool:
    if _clean(gold.get(schema.TOPIC)) != _clean(pred.get(schema.TOPIC)):
        return False
    # two-way trade belongs to neither side (a gold line without a measure takes the prediction's)
    measure = _clean(gold.get(schema.MEASURE)) or _clean(pred.get(schema.MEASURE))
    unordered = gold.get(schema.TOPIC) == "trade" and measure == "total"
    if _sides(gold, unordered) != _sides(pred, unordered):
        return False
    if _clean(gold.get(schema.MEASURE)) and gold[schema.MEASURE] != _clean(
        pred.get(schema.MEASURE)
    ):
        return False
    return _same_value(gold.get(schema.VALUE), pred.get(schema.VALUE))


def _agreement(gold: dict, pred: dict) -> int:
    return sum(_clean(gold.get(a)) == _clean(pred.get(a)) for a in ATTRIBUTES)


def article_key(doc_path: str, gold_articles: set[str]) -> str | None:
    """The gold article name a document path refers to (`.../dev/x.txt` -> `dev/x.txt`)."""
    doc_path = doc_path.replace("\\", "/")
    best = None
    for name in gold_articles:
        same = doc_path == name or doc_path.endswith("/" + name)
        if same and (best is None or len(name) > len(best)):
            best = name
    return best


def score(gold: list[dict], predicted: pd.DataFrame) -> Report:
    """Greedy one-to-one matching per article; gold lines of unread articles are ignored."""
    gold_articles = {g[schema.GOLD_ARTICLE] for g in gold}
    preds: dict[str, list[dict]] = {}
    for row in predicted.to_dict("records"):
        key = article_key(str(row[schema.DOC]), gold_articles)
        preds.setdefault(key, []).append({k: _clean(v) for k, v in row.items()})
    report = Report(topics={t: Score() for t in schema.TOPICS})
    read = {k for k in preds if k is not None} | _read_articles(predicted, gold_articles)
    report.articles = len(read)
    for article in sorted(read):
        pool = preds.get(article, [])
        used: set[int] = set()
        missed: list[dict] = []
        article_gold = [g for g in gold if g[schema.GOLD_ARTICLE] == article]
        for g in article_gold:
            options = [i for i, p in enumerate(pool) if i not in used and matches(g, p)]
            topic = report.topics[g[schema.TOPIC]]
            if not options:
                topic.fn += 1
                missed.append(g)
                continue
            best = max(options, key=lambda i: _agreement(g, pool[i]))
            used.add(best)
            topic.tp += 1
            report.matched += 1
            if _clean(g.get(schema.STATUS)) != _clean(pool[best].get(schema.STATUS)):
                report.wrong_status.append((g, pool[best]))
            for name in ATTRIBUTES:
                if _clean(g.get(name)) == _clean(pool[best].get(name)) or (
                    name == schema.NEGATED and not g.get(name) and not pool[best].get(name)
                ):
                    report.attribute_hits[name] = report.attribute_hits.get(name, 0) + 1
        report.misses.extend(missed)
        extra = [p for i, p in enumerate(pool) if i not in used]
        for p in extra:
            report.topics[p[schema.TOPIC]].fp += 1
            report.spurious.append(p)
        _count_kinds(report.kinds, missed, extra, _evidence(pool), _evidence(article_gold))
    for s in report.topics.values():
        report.overall.tp += s.tp
        report.overall.fp += s.fp
        report.overall.fn += s.fn
    return report


def _pair_kind(gold: dict, pred: dict) -> str | None:
    """How an unmatched gold row and an unmatched prediction relate, if they are one fact."""
    blank = _blank(gold.get(schema.VALUE))
    if blank != _blank(pred.get(schema.VALUE)):
        return None
    same_topic = gold[schema.TOPIC] == pred[schema.TOPIC]
    if blank:
        return f"no value, {_differences(gold, pred)}" if same_topic else None
    if not _same_value(gold.get(schema.VALUE), pred.get(schema.VALUE)):
        return None
    return _differences(gold, pred) if same_topic else "other topic"


def _differences(gold: dict, pred: dict) -> str:
    """Which of actor, partner and measure differ, and whether one side left it blank."""
    actor, partner = _clean(gold.get(schema.ACTOR)), _clean(gold.get(schema.PARTNER))
    reversed_roles = (_clean(pred.get(schema.PARTNER)), _clean(pred.get(schema.ACTOR)))
    if actor and partner and (actor, partner) == reversed_roles:
        return "actor and partner swapped"
    parts = []
    for key in (schema.ACTOR, schema.PARTNER, schema.MEASURE):
        g, p = _clean(gold.get(key)), _clean(pred.get(key))
        if key == schema.MEASURE and not g:
            continue
        if g != p:
            parts.append(f"{key} {'missing' if p is None else 'extra' if g is None else 'wrong'}")
    return "roles differ: " + ", ".join(parts)


def _cited(row: dict) -> str:
    return " ".join(str(row.get(schema.EVIDENCE) or "").split())


def _evidence(rows: list[dict]) -> list[str]:
    return [_cited(r) for r in rows]


def _shares_sentence(row: dict, sentences: list[str]) -> bool:
    """Whether `row` cites a sentence one of `sentences` cites too (a bullet line and the
    sentence it holds count as the same)."""
    own = _cited(row)
    return bool(own) and any(s and (own in s or s in own) for s in sentences)


def _count_kinds(
    kinds: Counter,
    missed: list[dict],
    extra: list[dict],
    predicted_evidence: list[str],
    gold_evidence: list[str],
) -> None:
    """Pair each missed gold row with at most one unmatched prediction of the same number (same
    topic first); what stays unpaired was not found, or is not in the gold at all. Unpaired rows
    also say whether the other side cites their sentence at all (`silent`: no prediction
    there; `unannotated`: no gold fact there)."""
    paired: set[int] = set()
    for g in missed:
        options = [
            (kind != "other topic", i, kind)
            for i, p in enumerate(extra)
            if i not in paired and (kind := _pair_kind(g, p)) is not None
        ]
        if not options:
            where = "sentence read" if _shares_sentence(g, predicted_evidence) else "silent"
            kinds["missed", g[schema.TOPIC], f"{_unpaired('not found', g)}, {where}"] += 1
            continue
        _, i, kind = max(options, key=lambda o: (o[0], -o[1]))
        paired.add(i)
        kinds["missed", g[schema.TOPIC], kind] += 1
        kinds["spurious", extra[i][schema.TOPIC], kind] += 1
    for i, p in enumerate(extra):
        if i not in paired:
            where = "sentence annotated" if _shares_sentence(p, gold_evidence) else "unannotated"
            kinds["spurious", p[schema.TOPIC], f"{_unpaired('not in gold', p)}, {where}"] += 1


def _unpaired(kind: str, row: dict) -> str:
    return f"{kind}, no value" if _blank(row.get(schema.VALUE)) else kind


def format_kinds(report: Report) -> str:
    """Error counts by kind, without any text: fit for a held-out set nobody should read."""
    return "\n".join(
        f"{count:>5}  {side:<9}{topic:<18}{kind}"
        for (side, topic, kind), count in sorted(report.kinds.items(), key=lambda kv: -kv[1])
    )


def _read_articles(predicted: pd.DataFrame, gold_articles: set[str]) -> set[str]:
    read = predicted.attrs.get("read_paths", [])
    return {k for k in (article_key(p, gold_articles) for p in read) if k}


def format_report(report: Report) -> str:
    lines = [f"{'topic':<18}{'gold':>6}{'pred':>6}{'P':>8}{'R':>8}{'F1':>8}"]
    for name, s in [*report.topics.items(), ("overall", report.overall)]:
        lines.append(
            f"{name:<18}{s.tp + s.fn:>6}{s.tp + s.fp:>6}{s.precision:>8.3f}{s.recall:>8.3f}{s.f1:>8.3f}"
        )
    lines.append(f"articles scored: {report.articles}; matched facts: {report.matched}")
    accuracies = ", ".join(f"{a} {report.attribute_accuracy(a):.3f}" for a in ATTRIBUTES)
    lines.append(f"accuracy on matched facts: {accuracies}")
    return "\n".join(lines)
