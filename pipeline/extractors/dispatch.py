"""Decide which topic each number in a sentence belongs to."""

from __future__ import annotations

import re

from pipeline.extractors.common import (
    GAPPED_SHARE,
    TARGET_SPLIT,
    apposed_share,
    energy_share,
    names_topic_of,
    product_for,
    range_low_end,
    ranked_destinations,
    recent_energy_buyer,
    share_of_those,
)
from pipeline.extractors.context import Sentence, nearest, nearest_in_clause
from pipeline.normalize import Quantity

TOPIC_REACH = 110
LIST_REACH = 8  # sentences: a list of bare rates may follow its tariff sentence after a few lines
CLAUSE_BREAKS = (",", ";", " and ", " while ")
_SHARE = re.compile(
    r"\bshare\b|made up|accounted for|account for|took|takes|went to|goes to|go to"
    r"|(?:percent|%|per cent) of (?:(?:its|their|the|all|total|[A-Z][\w.]*['’]s|the country['’]s|the bloc['’]s)\s+)*(?:goods\s+)?(?:exports|imports|trade|shipments|sales)"
    r"|of (?:(?:its|their|the|all|total|[A-Z][\w.]*['’]s)\s+)*(?:goods\s+|merchandise\s+)?"
    r"(?:exports|imports|shipments)",
    re.IGNORECASE,
)
_GDP = re.compile(r"\bGDP\b|gross domestic product|economic output", re.IGNORECASE)
GOODS_REACH = 30  # characters after tonnes where the goods they weigh are named
SHARE_REACH = 50  # characters before a percent where `share of` can be named
_SHARE_OF = re.compile(r"\bshare of\b", re.IGNORECASE)
_GROWTH = re.compile(
    r"\b(?:grew|growth|rose|fell|increase|decrease|up|down|jump|drop|slid|surged|climbed|declined)\w*\s*(?:by\s*)?$",
    re.IGNORECASE,
)


_DELTA_AFTER = re.compile(
    r"^\s*(?:more|less|higher|lower|greater|smaller)\s+than\b"
    r"|^\s*(?:year-on-year\s+|annual\s+)?(?:increase|rise|jump|gain|growth|decrease|drop|fall|decline)\b|^\s*(?:above|below)\s+(?:the\s+)?(?:\S+\s+)?(?:level|figure|total)\b",
    re.IGNORECASE,
)
_DELTA_BEFORE = re.compile(
    r"(?:(?<!made )(?<!ended )\b(?:up|down|(?<!backed )(?<!funded )(?<!financed )(?<!supported )by|from|edging up|edging down|revised|compared with|versus|vs\.?|against"
    r"|(?:increased|decreased|rose|fell|grew|declined|widened|narrowed|shrank|jumped|climbed|slipped))"
    r"|(?:well|far|sharply|slightly) (?:below|above|under|over) the|(?:below|above) the|than the"
    r"|(?:up|down) from the"
    # `The US tariff on Korean cars, which had been 25 percent, was lowered to 15 percent`
    r"|which (?:had|has) been|had (?:previously|earlier) been|instead of"
    r"|(?:an?\s+)?(?:increase|rise|jump|gain|growth|decrease|drop|fall|decline|cut|reduction) of"
    r"|than (?:the |its |a )?(?:\S+ ){0,2}(?:figure|level|total|record|mark|peak) of)"
    r"\s*(?:a\s+|an\s+)?(?:revised\s+|threatened\s+|proposed\s+|planned\s+|initial\s+|original\s+|previous\s+|earlier\s+)?(?:about\s+|around\s+|roughly\s+)?$",
    re.IGNORECASE,
)


# a level compared with another level, not a change: `far above the 15% agreed with the EU`
_LEVEL_COMPARED = re.compile(
    r"(?:below|above|under|over|than|compared with|versus|vs\.?|against)\s+(?:the\s+)?(?:about\s+|around\s+|roughly\s+)?$",
    re.IGNORECASE,
)


def _anchored(sentence: Sentence, q: Quantity) -> bool:
    """A compared rate is a fact of its own when the words right after it say who set it
    (`far above the 15% agreed with the EU`)."""
    tail_end = q.end + 35
    return q.kind == "percent" and any(
        q.end <= c.start < tail_end and c.label != "reported" for c in sentence.status_cues()
    )


def changes(sentence: Sentence) -> set[int]:
    """Indexes of numbers that are only a comparison: the old side of `from X to Y`,
    `up $19.5 billion`, `$11.6 billion more than in November`, `well below the 25 percent`."""
    dropped = set()
    qs = sentence.quantities
    for i, q in enumerate(qs):
        lead = sentence.text[max(0, q.start - 30) : q.start]
        tail = sentence.text[q.end : q.end + 30]
        delta = _DELTA_BEFORE.search(lead) or _DELTA_AFTER.search(tail)
        if (
            delta
            and not re.search(r"\bup to\s*$", lead, re.IGNORECASE)
            # `ranged from 10 percent on soybeans to 15 percent on chicken`: the low end of a range
            and not range_low_end(sentence, q)
            and not (_LEVEL_COMPARED.search(lead) and _anchored(sentence, q))
            # `€252.8 billion against €246.3 billion for China`: a second figure with its own side
            and not re.match(r"\s+(?:a year\s+)?(?:for|with)\s+(?:the\s+)?[A-Z]", tail)
        ):
            dropped.add(i)
    for i in range(len(qs) - 1):
        # `from 145 percent and 125 percent to ...`: the whole first list is the old side
        if (
            i in dropped
            and re.fullmatch(r"\s*and\s*", sentence.text[qs[i].end : qs[i + 1].start])
            and re.match(r"\s*to\b", sentence.text[qs[i + 1].end :])
        ):
            dropped.add(i + 1)
    for i in range(len(qs) - 1):
        a, b = qs[i], qs[i + 1]
        gap = sentence.text[a.end : b.start]
        lead = sentence.text[max(0, a.start - 12) : a.start]
        if (
            re.fullmatch(r"\s*(?:to|up to|down to)\s*", gap, re.IGNORECASE)
            and re.search(r"\bfrom\s*$", lead, re.IGNORECASE)
            and not range_low_end(sentence, a)
        ):
            dropped.add(i)
    for i in range(len(qs) - 1):
        # `began at 10% on Feb. 4 and was doubled to 20%`: the start of a later change
        a, b = qs[i], qs[i + 1]
        if (
            a.kind == b.kind
            and _STARTED_AT.search(sentence.text, max(0, a.start - 25), a.start)
            and _CHANGED_TO.search(sentence.text[a.end : b.start])
        ):
            dropped.add(i)
    for i in range(len(qs) - 1):
        # `India's 150 percent tariff on Scotch whisky falls to 75 percent` and `would cut the 39
        # percent tariff on Swiss goods to 15 percent`: the level the rate leaves
        a, b = qs[i], qs[i + 1]
        gap = sentence.text[a.end : b.start]
        if (
            a.kind == b.kind == "percent"
            and _RATE_NOUN.match(sentence.text, a.end)
            and (
                _MOVES_TO.search(gap)
                or (
                    _CHANGES.search(sentence.text, max(0, a.start - 40), a.start)
                    and _SAME_CLAUSE_TO.match(gap)
                )
            )
        ):
            dropped.add(i)
    return dropped


_FUELS = {"lng", "natural gas", "crude oil", "oil", "energy", "coal", "uranium", "fuel"}
_STARTED_AT = re.compile(
    r"\b(?:began|started|starting|first set|was set|were set|initially set|originally set)\s+at\s*$",
    re.IGNORECASE,
)
_CHANGED_TO = re.compile(
    r"^[^;]{0,80}\b(?:doubled|tripled|raised|increased|hiked|lifted|cut|reduced|lowered|rose|jumped"
    r"|climbed|fell|dropped)\s+(?:\w+\s+){0,2}?to\s*$",
    re.IGNORECASE,
)

_RATE_NOUN = re.compile(r"\s+(?:[\w-]+\s+){0,2}?(?:tariffs?|duty|duties|levy|levies|rate)\b", re.I)
_SAME_CLAUSE = r"^(?:(?!\b(?:but|while|whereas|and)\b)[^;,]){0,60}"
_MOVES_TO = re.compile(
    _SAME_CLAUSE
    + r"\b(?:falls|drops|rises|goes|is cut|is lowered|is raised|will (?:fall|drop|rise|go))\s+to\s*$",
    re.IGNORECASE,
)
_SAME_CLAUSE_TO = re.compile(_SAME_CLAUSE + r"\bto\s*$", re.IGNORECASE)
# a verb that cuts or raises the rate it takes as object: `cut the 39 percent tariff ... to`
_CHANGES = re.compile(
    r"\b(?:cut|cuts|cutting|halve[sd]?|halving|lower(?:s|ed|ing)?|reduc(?:e|es|ed|ing)"
    r"|trim(?:s|med|ming)?|slash(?:es|ed|ing)?|rais(?:e|es|ed|ing)|increas(?:e|es|ed|ing))"
    r"\s+(?:(?:its|the|their|his|her|a|an)\s+)?(?:[\w-]+\s+)?$",
    re.IGNORECASE,
)


def _part(sentence: Sentence, q: Quantity) -> tuple[int, int]:
    """Bounds of the semicolon part around `q`: `2 percent target; U.S. tariff of 15 percent`
    are separate statements."""
    lo = sentence.text.rfind(";", 0, q.start) + 1
    hi = sentence.text.find(";", q.end) % (len(sentence.text) + 1)
    return lo, hi


def topic_of(sentence: Sentence, q: Quantity) -> str | None:
    lo, hi = _part(sentence, q)
    cues = [c for c in sentence.topic_cues() if names_topic_of(sentence, c, q)]
    has = {c.label for c in cues if lo <= c.start and c.end <= hi}
    if q.kind == "volume":
        # bcm and barrels a day are energy by their unit; tonnes only in energy talk
        energy = (
            "energy" in has
            or q.unit in ("m3", "bbl_per_day")
            # `3 million tonnes of soybeans` after a sentence on gas is still soybeans
            or (_recent(sentence, "energy") and all(p in _FUELS for _, _, p in sentence.products))
        )
        if energy:
            return "energy"
        # `committed to buy 12 million tonnes of soybeans`, `imported 105 million tonnes of
        # soybeans`: tonnes of goods other than fuel, or taken by a purchase verb
        cue = nearest_in_clause(sentence.text, cues, q, CLAUSE_BREAKS)[0]
        goods = product_for(sentence, q.end, q.end + GOODS_REACH) not in (None, *_FUELS)
        trade = cue is not None and cue.measure in ("imports", "exports")
        return "trade" if trade and (goods or cue.purchase) else None
    if q.kind == "percent_gdp":
        return _gdp_topic(sentence, q, has)
    if q.kind == "percent":
        return _percent_topic(sentence, q, has)
    if _PRICE.match(sentence.text[q.end :]):
        return None  # `€28 per megawatt hour`, `$70 a barrel`: a price, not a sum of a deal
    if q in ranked_destinations(sentence):
        return "trade"  # `China remained the largest destination at $133.0 billion`
    tail = sentence.text[q.end : q.end + 70]
    if re.match(
        r"^\s+(?:worth\s+|in\s+(?:new\s+)?)?of\b|^\s+in\s+(?:new\s+|fresh\s+)?investments?", tail
    ):
        ahead = [c for c in cues if q.end <= c.start < q.end + 70]
        if ahead:
            # `$8 billion of farm goods and purchases of LNG`: the goods come first
            label = ahead[0].label
            if label == "energy" and _OTHER_GOODS.search(sentence.text, q.end, ahead[0].start):
                return None
            return label if label != "tariff" else None
    if _PRICE_OF_STAKE.search(sentence.text, max(0, q.start - STAKE_REACH), q.start):
        return "investment"  # `bought a 20 percent stake in Teck's coal business for $1.3 billion`
    if _BUILT_TAIL.match(tail) and sentence.topic_cues("energy"):
        return "energy"  # `The $44 billion project could export 20 million tonnes of LNG`
    if _FACILITY_TAIL.match(tail) and not sentence.topic_cues("energy"):
        return "investment"  # `its $7.6 billion battery complex`, `$5.8 billion for a new mill`
    if _PLEDGE_TAIL.match(tail) and not _NOT_INVESTED.search(sentence.text, q.end, q.end + 100):
        return "investment"  # `Saudi Arabia's $600 billion pledge covers energy and defense`
    cue, distance = nearest_in_clause(sentence.text, cues, q, CLAUSE_BREAKS)
    if (
        cue is None
        and _recent(sentence, "defense_spending")
        and re.search(r"\bbudget|spending|outlays\b", sentence.text, re.IGNORECASE)
    ):
        return "defense_spending"  # `The budget rises to ¥8.7 trillion` after a defense sentence
    if (cue is None or distance > TOPIC_REACH) and _PLEDGE_LEAD.search(
        sentence.text[max(0, q.start - 40) : q.start]
    ):
        return "investment"  # `Saudi Arabia pledged $600 billion`
    if (cue is None or distance > TOPIC_REACH) and sentence.article.ranked_before(sentence.text):
        return "trade"  # `Canada came next at $762.1 billion` after Mexico's trade figure
    if cue is None:
        return _carried_topic(sentence, q, ("defense_spending", "investment", "energy"))
    if distance > TOPIC_REACH or cue.label == "tariff":
        # money closest to a tariff word is goods covered or revenue, neither is a rate
        return None
    return cue.label


# the price paid for a stake: `a 10 percent stake in Area 4 for $650 million`
_PRICE_OF_STAKE = re.compile(
    r"\b(?:buy|buys|bought|buying|purchase|acquire[sd]?|acquiring|acquisition|take|took|taking)\b"
    r"[^.;$€£¥]{0,60}\bstakes?\b[^.;$€£¥]*\bfor\s+(?:about\s+|some\s+|nearly\s+)?$",
    re.IGNORECASE,
)
STAKE_REACH = 120  # characters from a stake to the price paid for it


CARRY_REACH = 4  # sentences a topic carries over to a number whose own sentence names none


def _carried_topic(sentence: Sentence, q: Quantity, topics: tuple[str, ...]) -> str | None:
    """`It will rise to ¥9.9 trillion next year.` three sentences into a paragraph on defense:
    a number in a sentence without any topic word belongs to the latest topic, if recent."""
    seen = sentence.article.last_topic_sentence
    if (
        not seen
        or _MACRO.search(sentence.text[max(0, q.start - 60) : q.end + 30])
        or _PRICE.match(sentence.text[q.end :])
    ):
        return None
    topic = max(seen, key=seen.get)
    # a bare percent is a share of output only close to the defense talk or beside `GDP`
    reach = CARRY_REACH if q.kind != "percent" or _GDP.search(sentence.text) else 2
    if q.kind == "percent" and topic == "defense_spending" and q.value > MAX_SHARE_GDP:
        return None  # `It set a 65 percent target for European-made equipment`: no share of GDP
    if topic in topics and _recent(sentence, topic, reach) and _CARRIER.search(sentence.text):
        return topic
    return None


# what a sentence continuing a topic says it about: `It`, `the budget`, `the package`, ...;
# `Toyota's operating profit fell to ¥3.5 trillion` after a defense sentence says none of these
_CARRIER = re.compile(
    r"^\W*(?:It|They|This|That|These|The (?:figure|sum|total|amount))\b"
    r"|\b(?:budget|spending|outlays?|expenditures?|funding|funds?|investments?|plans?|package"
    r"|commitments?|pledges?|promise|ambition|target|goal|figure|total|level|share|purchases?|contracts?|deal"
    r"|order|supplies|devoted|earmarked|allocated|set aside|spent|provided"
    r"|(?:estimated|stood|stands|sat|came in|comes in|put) at|follows? with"
    r"|reach(?:es|ed|ing)?|meets?|meeting|met|pledged|promised|vowed|get(?:s|ting)? to|got to)\b",
    re.IGNORECASE,
)


_OTHER_GOODS = re.compile(r"\b(?:goods|products|and)\b", re.IGNORECASE)
_PRICE = re.compile(
    r"\s*(?:(?:a|per|each)\s+|/\s*)(?:share|barrel|bbl|tonne|ton|unit|head|megawatt[ -]hour|MWh|kilowatt[ -]hour"
    r"|kWh|mmbtu|million British thermal units|therm|gallon|litre|liter|ounce)\b",
    re.IGNORECASE,
)


_BUILT_TAIL = re.compile(
    r"\s+(?:[\w-]+\s+){0,2}?(?:project|terminal|pipeline|expansion"
    r"|(?:export|LNG|liquefaction) (?:plant|facility))\b",
    re.IGNORECASE,
)
_FACILITY_TAIL = re.compile(
    r"\s+(?:for\s+(?:an?\s+|the\s+|its\s+)?)?(?:[\w-]+\s+){0,4}?(?:plants?|factor(?:y|ies)|fabs?|mills?"
    r"|complex|facilit(?:y|ies)|campus|refiner(?:y|ies)|smelters?|data cent(?:er|re)s?|gigafactor(?:y|ies)"
    r"|shipyards?)\b",
    re.IGNORECASE,
)
_PLEDGE_TAIL = re.compile(
    r"\s+(?:investment\s+)?(?:pledge|promise|commitment)s?\b(?!\s+(?:to|of)\s+(?:buy|purchase|import))",
    re.IGNORECASE,
)
# a pledge to buy energy, of defense spending or of aid is not an investment pledge
_NOT_INVESTED = re.compile(r"\b(?:purchas\w*|buy\w*|procur\w*|spending|aid)\b", re.IGNORECASE)
_PLEDGE_LEAD = re.compile(
    r"\b(?:pledg|promis|commit)\w*\s+(?:to\s+)?(?:(?:an?\s+)?(?:additional|extra|further|another|new)\s+)?$",
    re.IGNORECASE,
)
_FISCAL = re.compile(
    r"\b(?:deficits?|surplus|debt|exports?|imports?|trade|current account|growth|aid|assistance|economy|output grew)\b",
    re.IGNORECASE,
)


_ABOVE = re.compile(r"\b(?:above|over|beyond|exceeding)\s+$")
_NOT_COUNTED = re.compile(
    r"\b(?:no longer|exempt\w*|excluded|do not|does not|will not) (?:\w+ )?count"
    # `exempted defence spending above 1 percent of GDP from the debt brake`
    r"|\bexempt(?:s|ed|ing)?\b|\bdebt brake\b"
)
_AID_WORD = re.compile(r"\b(?:aid|assistance)\b", re.IGNORECASE)
_AID_SHARE = re.compile(r"\b(?:aid|assistance)\b.*\b(?:gross national income|GNI)\b", re.IGNORECASE)


def _gdp_topic(sentence: Sentence, q: Quantity, has: set[str]) -> str | None:
    """A share of GDP is a defense target unless the words around it are fiscal or trade, an
    aid budget (`cutting overseas aid from 0.5 percent to 0.3 percent of GNI`) or a threshold
    (`outlays above 1 percent of GDP no longer count against the debt brake`)."""
    lead = sentence.text[max(0, q.start - 60) : q.start]
    threshold = _ABOVE.search(lead) and _NOT_COUNTED.search(sentence.text)
    if threshold or _AID_WORD.search(lead):
        return None
    if "defense_spending" in has or any(r.mention.code == "NATO" for r in sentence.roles):
        return "defense_spending"
    near = sentence.text[max(0, q.start - 60) : q.end + 40]
    return None if _FISCAL.search(near) else "defense_spending"


_MACRO = re.compile(
    r"\b(?:growth|inflation|economy|unemployment|jobless|consumer prices|interest rates?|policy rates?|central bank|Bank of \w+|estimate|forecast|expanded|contracted|GDP grew"
    r"|emissions?|carbon|climate|approval|polls?|polling|turnout|vote|votes)\b",
    re.IGNORECASE,
)


def _percent_topic(sentence: Sentence, q: Quantity, has: set[str]) -> str | None:
    window = sentence.text[q.end : q.end + 40]
    lead = sentence.text[max(0, q.start - 30) : q.start]
    if _MACRO.search(sentence.text[max(0, q.start - 60) : q.end + 30]):
        return None  # growth, inflation and forecasts are not policy measures
    if "energy" in has and energy_share(sentence, q) and not _GROWTH.search(lead):
        return "energy"  # `Russia supplied 20 percent of the EU's gas imports`
    volumes = any(o.unit in ("m3", "bbl_per_day") and o.end <= q.start for o in sentence.quantities)
    if ("energy" in has or volumes) and apposed_share(sentence, q):
        return "energy"  # `averaged 1.7 million barrels a day, some 36 percent of the total`
    if recent_energy_buyer(sentence) and share_of_those(sentence, q):
        return "energy"  # `Australia supplied roughly 40 percent of those cargoes`
    if _AID_SHARE.search(sentence.text[max(0, q.start - 60) : q.end + 40]):
        return None  # `cutting overseas aid from 0.5 percent to 0.3 percent of GNI`
    # `China's share of U.S. goods imports slipped to 13.4 percent`
    share_lead = sentence.text[max(0, q.start - SHARE_REACH) : q.start]
    if "trade" in has and (
        _SHARE.search(window)
        or _SHARE.search(lead)
        or _SHARE_OF.search(share_lead)
        or _listed_after_share(sentence, q)
    ):
        tariff_cue, tariff_distance = nearest(sentence.topic_cues("tariff"), q.start)
        trade_cue, trade_distance = nearest(sentence.topic_cues("trade"), q.start)
        if tariff_cue is None or (trade_distance is not None and trade_distance < tariff_distance):
            return "trade"
    if "tariff" in has:
        if _GROWTH.search(lead) and "trade" in has:
            return None
        if re.match(r"\s+of\s+(?:the\s+|all\s+|its\s+)?(?!GDP\b|value\b)\w", window):
            return None  # `85 percent of trade crosses without duty`: a share of something
        return "tariff"
    if "defense_spending" in has and _GDP.search(sentence.text):
        return "defense_spending"
    if _recent(sentence, "defense_spending") and TARGET_SPLIT.match(window):
        return "defense_spending"  # `Of that, 3.5 percent is meant for core military spending`
    if "defense_spending" in has and _LEVEL_LEAD.search(lead) and not _GROWTH.search(lead):
        return "defense_spending"  # `raise defense spending to 3.5 percent`: a share of output
    if "defense_spending" in has and q.value <= MAX_SHARE_GDP and _GOAL_NEXT.match(window):
        return "defense_spending"  # `meet the old 2 percent goal`, beside the military's money
    if _continues_tariff_talk(sentence, q, has, lead, window):
        return "tariff"
    lo, hi = _part(sentence, q)
    if (
        not has
        and q.value <= MAX_SHARE_GDP
        and _GOAL.search(sentence.text, lo, min(hi, q.end + 30))
        and _recent(sentence, "defense_spending", LIST_REACH, latest=False)
    ):
        return "defense_spending"  # `- Japan: 2 percent target` in an article on defense
    if not has and sentence.article.in_list and _recent(sentence, "tariff", LIST_REACH):
        return "tariff"  # `- Vietnam: 46%` in a list that follows a sentence about tariffs
    if (
        not has
        and sentence.article.in_list
        and q.value <= MAX_SHARE_GDP
        and _recent(sentence, "defense_spending", LIST_REACH)
        and not _GROWTH.search(lead)
        and any(r.role == "subject" for r in sentence.roles)
    ):
        return "defense_spending"  # `- Estonia follows with 3.43 percent` in a list of shares
    if not has and not _GROWTH.search(lead):
        return _carried_topic(sentence, q, ("defense_spending",))
    return None


def _continues_tariff_talk(
    sentence: Sentence, q: Quantity, has: set[str], lead: str, window: str
) -> bool:
    """`Swiss goods now face 39%` right after a sentence about tariffs is a rate; with a trade
    word in the sentence (`Chinese exports fell 12%`) only the words of a rate will do."""
    if has not in (set(), {"trade"}) or not _recent(sentence, "tariff"):
        return False
    if _GOAL.match(window.lstrip()):
        return False  # `the 5% target`
    rate_words = (
        _RATE_LEAD.search(lead) or _RATE_TAIL.match(window) or _listed_after_rate(sentence, q)
    )
    if has:
        return bool(rate_words)
    return bool(rate_words) or any(r.role in ("target", "origin", "for") for r in sentence.roles)


def _listed_after_share(sentence: Sentence, q: Quantity) -> bool:
    """`China took 28% of Brazilian exports and the United States about 12%`: a percent given
    to another country after a share, its verb and goods left out."""
    return bool(GAPPED_SHARE.search(sentence.text, 0, q.start)) and any(
        _SHARE.search(sentence.text[o.end : o.end + 40])
        or _SHARE.search(sentence.text[max(0, o.start - 30) : o.start])
        for o in _listed_before(sentence, q)
    )


def _listed_after_rate(sentence: Sentence, q: Quantity) -> bool:
    """`Laos and Myanmar face 40%, Thailand and Cambodia 36%`: a percent listed after one
    that the words mark as a rate is a rate too."""
    return any(
        _RATE_LEAD.search(sentence.text[max(0, o.start - 30) : o.start])
        for o in _listed_before(sentence, q)
    )


def _listed_before(sentence: Sentence, q: Quantity) -> list[Quantity]:
    """The percents before `q` in the same list: a full stop, `;` or `:` ends a list, a decimal
    point (`18.8 percent`) does not."""
    return [
        o
        for o in sentence.quantities
        if o.kind == "percent"
        and o.start < q.start
        and not _LIST_BREAK.search(sentence.text, o.end, q.start)
    ]


_LIST_BREAK = re.compile(r"[;:]|\.(?!\d)")
_GOAL = re.compile(r"\b(?:target|goal|benchmark|pledge)\b", re.IGNORECASE)
# `the 2 percent goal` (not `a 40 percent goal for joint purchases`, a goal for something else)
_GOAL_NEXT = re.compile(
    r"\s+(?:spending\s+|NATO\s+)?(?:target|goal|benchmark|threshold)\b(?!\s+(?:for|of|on)\b)",
    re.IGNORECASE,
)
MAX_SHARE_GDP = 10  # percent: more than any country spends on defense
_LEVEL_LEAD = re.compile(
    r"\b(?:to|at|of|reach(?:es|ed|ing)?|hit|above|below|least)\s+(?:about\s+|around\s+|roughly\s+|some\s+)?$",
    re.IGNORECASE,
)
_RATE_LEAD = re.compile(
    r"\b(?:at|to|of|faces?|faced|facing|pays?|paid|paying|charg\w+|set at|rate of|levied at|with)\s+(?:an?\s+|the\s+)?(?:extra\s+|additional\s+|further\s+)?(?:about\s+|around\s+|roughly\s+|just\s+)?$",
    re.IGNORECASE,
)
_RATE_TAIL = re.compile(
    r"\s+(?:on|for)\s+(?:imports|goods|products|cars|vehicles|steel|all)\b", re.IGNORECASE
)


def _recent(sentence: Sentence, topic: str, reach: int = 2, latest: bool = True) -> bool:
    """One of the `reach` sentences just before was about this topic and, further back than two
    sentences, no other topic came up since (unless `latest` is False)."""
    seen = sentence.article.last_topic_sentence
    last = seen.get(topic)
    if last is None or not 0 < sentence.article.sentence_index - last <= reach:
        return False
    return reach <= 2 or not latest or all(i <= last for t, i in seen.items() if t != topic)
