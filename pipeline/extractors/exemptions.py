"""Goods a tariff leaves out: `Pharmaceuticals and smartphones from India are exempt`."""

from __future__ import annotations

import re

from pipeline.extractors.common import fact, products_before, products_in
from pipeline.extractors.context import Sentence

_LEFT_OUT = re.compile(
    r"\b(?:(?:are|were|is|was|be|been|remain|remained|stay|stayed)\s+(?:also\s+|still\s+|now\s+)?"
    r"(?:exempt(?:ed)?|spared|excluded)|left out of|carved out of)\b",
    re.IGNORECASE,
)
# `exempt from the reciprocal rates`: a rate every partner pays
_EVERY_PARTNER = re.compile(r"\b(?:reciprocal|baseline|global|universal)\b", re.IGNORECASE)
_COUNTRY_KINDS = ("name", "alias", "demonym")
TARIFF_REACH = 6  # sentences after the last rate whose imposer may still be meant
_RATE_NEXT = re.compile(r"\s+(?:from\s+)?(?:the\s+|an?\s+)?(?:[\w-]+\s+)?")  # `the extra`


def exempted(sentence: Sentence) -> list[dict]:
    """One negated tariff row, without a rate, for each product left out of the tariff just
    reported. Its imposer is that tariff's; the goods' country is the one the sentence names
    (`from India`, `the Brazil order`), else none when the rate is one every partner pays,
    else that tariff's target."""
    found = _LEFT_OUT.search(sentence.text)
    article = sentence.article
    last = article.last_tariff
    if found is None or last is None or article.sentence_index - last[2] > TARIFF_REACH:
        return []
    imposer, target = last[0], last[1]
    products = products_before(sentence, found.start()) or products_in(
        sentence, found.end(), len(sentence.text)
    )
    named = [
        r.mention.code
        for r in sentence.roles
        if r.mention.kind in _COUNTRY_KINDS and r.mention.code != imposer
    ]
    if named:
        target = named[0]
    elif _EVERY_PARTNER.search(sentence.text, found.end(), found.end() + 40):
        target = None
    # `spared the extra 40 percent`: the rate the goods are spared
    spared = next(
        (
            q
            for q in sentence.quantities
            if q.kind == "percent" and _RATE_NEXT.fullmatch(sentence.text, found.end(), q.start)
        ),
        None,
    )
    rows = [
        fact(
            sentence,
            "tariff",
            "rate",
            imposer,
            target,
            spared,
            "imposed",
            "exempt.novalue",
            product=product,
            is_negated=True,
            confidence=0.5,
        )
        for product in products
    ]
    return [r for r in rows if r]
