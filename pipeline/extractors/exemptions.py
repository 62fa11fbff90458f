"""Goods a tariff leaves out: `Pharmaceuticals and smartphones from India are exempt`."""

from __future__ import annotations

import re

from pipeline.extractors.common import fact, products_before, products_in
from pipeline.extractors.context import Sentence

LEFT_OUT = re.compile(
    r"\b(?:(?:are|were|is|was|be|been|remain|remained|stay|stayed)\s+(?:also\s+|still\s+|now\s+)?"
    r"(?:exempt(?:ed)?|spared|excluded)|left out of|carved out of)\b",
    re.IGNORECASE,
)
# what the goods are left out of must be the tariff: not sanctions, talks, a deal or a quota
_OTHER_MEASURE = re.compile(
    r"\b(?:sanctions?|talks|negotiations?|deal|agreement|quotas?|bans?|embargo|package)\b",
    re.IGNORECASE,
)
# `Brussels asked that wine be exempted`: a wish, not an exemption
_ASKED = re.compile(
    r"\b(?:ask\w*|sought|seek\w*|request\w*|want\w*|lobb\w*|push\w* for|press\w* for|call\w* for"
    r"|hop(?:e|es|ed|ing)|urg\w*)\b",
    re.IGNORECASE,
)
# `exempt from the reciprocal rates`: a rate every partner pays
_EVERY_PARTNER = re.compile(r"\b(?:reciprocal|baseline|global|universal)\b", re.IGNORECASE)
_RATE_NEXT = re.compile(r"\s+(?:from\s+)?(?:the\s+|an?\s+)?(?:[\w-]+\s+)?")  # `the extra`
_GOODS_ROLES = ("origin", "source", "of")
TARIFF_REACH = 6  # sentences after the last rate whose goods a sentence may still be about


def exempted(sentence: Sentence) -> list[dict]:
    """One negated tariff row for each product left out of the tariff just reported, `imposed`
    and negated: the rate does not apply to these goods. Its imposer is that tariff's; the
    goods' country is the one the sentence names for them (`from India`, `the Brazil order`,
    `Swiss gold`), else none when the rate is one every partner pays, else that tariff's
    target. The rate is the one the goods are spared (`spared the extra 40 percent`), if any."""
    found = LEFT_OUT.search(sentence.text)
    article = sentence.article
    last = article.last_tariff
    if (
        found is None
        or last is None
        or article.sentence_index - last[2] > TARIFF_REACH
        or _OTHER_MEASURE.search(sentence.text)
        or _ASKED.search(sentence.text, 0, found.start())
    ):
        return []
    imposer, target = last[0], last[1]
    products = products_before(sentence, found.start()) or products_in(
        sentence, found.end(), len(sentence.text)
    )
    named = sorted(
        (
            r
            for r in sentence.roles
            if (r.role in _GOODS_ROLES or r.mention.kind == "demonym")
            and r.mention.kind not in ("leader", "company")
            and r.mention.code != imposer
        ),
        key=lambda r: r.mention.kind != "demonym",  # `Korean steel` names the goods' own country
    )
    if named:
        target = named[0].mention.code
    elif _EVERY_PARTNER.search(sentence.text, found.end(), found.end() + 40):
        target = None
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
            "exempt" if spared else "exempt.novalue",
            product=product,
            is_negated=True,
            confidence=0.5,
        )
        for product in products
    ]
    return [r for r in rows if r]
