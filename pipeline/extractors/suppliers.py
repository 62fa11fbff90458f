"""Standing energy flows told by a supplier noun: `Norway is the EU's largest gas supplier, and
the United States its largest source of LNG`, `Iraq and Saudi Arabia, India's second- and
third-largest suppliers`, `Qatar is the biggest supplier of LNG to Pakistan`. Each noun names
its own buyer and seller, so one sentence can hold several flows."""

from __future__ import annotations

import re

from pipeline.extractors.common import coordinated, fact, product_for, recent_energy_buyer
from pipeline.extractors.context import APOSTROPHE_S, Role, Sentence

_NOUN = re.compile(r"\b(?:suppliers?|sources?|providers?)\b", re.IGNORECASE)
# the words of rank and fuel between the buyer and the noun: `'s second- and third-largest`
_RANK_WORDS = r"\s+(?:[\w-]+\s+){0,5}$"
_RANKED = re.compile(rf"(?:{APOSTROPHE_S}|\b(?:its|their)){_RANK_WORDS}")
_POSSESSIVE = re.compile(rf"{APOSTROPHE_S}\s")
_ITS = re.compile(rf"\b(?:its|their){_RANK_WORDS}")
# `supplier of LNG to Pakistan`: the buyer comes after the noun
_TO_BUYER = re.compile(r"\s+(?:of\s+(?:[\w-]+\s+){1,3})?to\s+(?:the\s+)?$")
_FUEL = r"(?:LNG|gas|oil|crude|coal|energy|fuel|uranium|diesel|electricity|power)"
# `source of export revenue` is no supply: after `of`, the noun must name a fuel
_OF_OTHER = re.compile(rf"\s+of\s+(?!(?:[\w-]+\s+){{0,2}}{_FUEL}\b)", re.IGNORECASE)
# what joins the seller to its noun phrase: a verb of being or a comma of apposition, no modal
_LINK = re.compile(
    r"\s*,\s*(?:the\s+)?|\s+(?:(?:is|was|are|were|has|have|had|been|become|became|remains?"
    r"|remained|now|still|again|already|also|long|by far)\s+)*(?:the\s+)?",
    re.IGNORECASE,
)


def flows(sentence: Sentence, status: str = "reported") -> list[dict]:
    """One purchase row for each buyer and seller that a supplier noun joins."""
    rows = []
    for noun in _NOUN.finditer(sentence.text):
        if _OF_OTHER.match(sentence.text, noun.end()):
            continue
        buyer, lead = _buyer(sentence, noun)
        if buyer is None:
            continue
        seller = _seller(sentence, lead, buyer)
        if seller is None:
            continue
        product = product_for(sentence, lead, noun.end() + 30)
        for each in coordinated(sentence, seller):
            row = fact(
                sentence,
                "energy",
                "purchase",
                buyer,
                each,
                None,
                status,
                "supplier-noun.novalue",
                product=product,
                confidence=0.5,
            )
            if row:
                rows.append(row)
    return rows


def _buyer(sentence: Sentence, noun: re.Match) -> tuple[Role | str | None, int]:
    """Whose supplier the noun is, and where the noun phrase starts."""
    text = sentence.text
    # (`Malaysia and Australia, Japan's two largest suppliers,`: an aside, yet still the owner)
    owners = [
        r
        for r in sentence.roles
        if r.mention.end <= noun.start()
        and (r.role == "owner" or (r.role == "except" and _POSSESSIVE.match(text, r.mention.end)))
    ]
    if owners and _RANKED.fullmatch(text, owners[-1].mention.end, noun.start()):
        return owners[-1], owners[-1].mention.start
    its = _ITS.search(text, max(0, noun.start() - 60), noun.start())
    if its:
        # `and the United States its largest source`: the owner the sentence named before
        before = [r for r in owners if r.mention.end <= its.start()]
        if before:
            return before[-1], its.start()
        # else the buyer of the flow just told, or the country the sentence before opened with
        opened = sentence.article.just_opened()
        buyer = recent_energy_buyer(sentence) or (opened if isinstance(opened, str) else None)
        return buyer, its.start()
    for role in sentence.roles:
        if role.mention.start > noun.end() and _TO_BUYER.fullmatch(
            text, noun.end(), role.mention.start
        ):
            article = re.search(r"\bthe\s+(?:[\w-]+\s+){0,4}$", text[: noun.start()])
            return role, article.start() if article else noun.start()
    return None, noun.start()


def _seller(sentence: Sentence, lead: int, buyer) -> Role | None:
    """The country named just before the noun phrase and joined to it by `is` or a comma."""
    code = buyer.mention.code if isinstance(buyer, Role) else buyer
    before = [
        r
        for r in sentence.roles
        if r.mention.end <= lead
        and r.role not in ("owner", "dest", "target")
        and r.mention.kind != "context"
    ]
    if not before or before[-1].mention.code == code:
        return None
    seller = before[-1]
    return seller if _LINK.fullmatch(sentence.text, seller.mention.end, lead) else None
