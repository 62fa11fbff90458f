"""Helpers shared by the topic extractors: status, negation, year, product, fact rows."""

from __future__ import annotations

import datetime
import re

from pipeline import schema
from pipeline.extractors.context import APOSTROPHE_S, NAMED_GROUP, Role, Sentence, nearest
from pipeline.normalize import MONTHS, Quantity, latest_on_or_before, month_number

# currencies used by one country only: a figure in yen is Japan's when no country is named
CURRENCY_HOME = {
    "JPY": "JPN",
    "GBP": "GBR",
    "KRW": "KOR",
    "PLN": "POL",
    "INR": "IND",
    "CNY": "CHN",
    "CAD": "CAN",
    "AUD": "AUS",
    "CHF": "CHE",
    "TWD": "TWN",
    "SEK": "SWE",
    "NOK": "NOR",
    "TRY": "TUR",
    "BRL": "BRA",
    "MXN": "MEX",
    "CZK": "CZE",
    "HUF": "HUN",
    "DKK": "DNK",
    "SAR": "SAU",
    "AED": "ARE",
    "QAR": "QAT",
    "HKD": "HKG",
    "SGD": "SGP",
    "NZD": "NZL",
    "ZAR": "ZAF",
    "IDR": "IDN",
    "VND": "VNM",
    "RUB": "RUS",
    "MYR": "MYS",
    "THB": "THA",
    "PHP": "PHL",
    "NGN": "NGA",
    "KES": "KEN",
    "EGP": "EGY",
    "ARS": "ARG",
    "CLP": "CHL",
    "PEN": "PER",
    "MAD": "MAR",
    "ILS": "ISR",
    "PKR": "PAK",
}

# the last entry of a list of figures with their partners: `..., $45.7 billion with India and`
LAST_LISTED = re.compile(r"\s+(?:with|to|from)\s+(?:the\s+)?[A-Z][\w.' -]{1,30}?,?\s+and\s+")


STATUS_REACH = 90  # characters: a cue further away than this says nothing about the number
NEGATION_REACH = 45
_TARGET_YEAR = re.compile(
    r"\b(?:by|until|through|before|in|from|starting|for|as of|at|fiscal|FY)\s*(?:the\s+)?(?:end\s+of\s+)?(?:(?:full|calendar|fiscal)\s+(?:year\s+)?)?$",
    re.IGNORECASE,
)


_MONTH_NAMES = "|".join(MONTHS)
_MONTH_BEFORE = re.compile(rf"(?:{_MONTH_NAMES})(?:\s+\d{{1,2}})?,?\s*$")


# `removed the tariffs of up to 15% it had put on US farm goods`: a lifting verb, the tariff it
# takes and the clause that tells how that tariff came about, with no clause break between
_HOW_IT_CAME = re.compile(
    r"\b(?:remov\w*|lift\w*|scrap\w*|dropp?\w*|end\w*|suspend\w*|paus\w*|withdr[ae]w\w*)"
    r"(?:(?!\b(?:but|and|while|although)\b)[^,;.]){0,50}?"
    r"\b(?:tariffs?|duties|dut(?:y|ies)|levy|levies|surcharges?|counter-tariffs?)\b"
    r"(?:\s+of\s+(?:up to\s+)?[\d.]+\s*(?:%|percent|per cent))?"
    r"\s+(?:that\s+|which\s+)?(?:it|they|he|she|(?-i:(?:the\s+)?[A-Z][\w.-]+))\s+"
    r"(?:had\s+|has\s+|have\s+)?(?:\w+ly\s+)?(?:put|placed|imposed|levied|slapped|applied)(?:\s+on)?$",
    re.IGNORECASE,
)
# `ranged from 10 percent on soybeans to 15 percent on chicken`: the low end of a range
_RANGE_FROM = re.compile(
    r"\b(?:rang(?:e|es|ed|ing)|var(?:y|ies|ied|ying))\s+from\s+"
    r"(?:(?:about|around|roughly|some|as little as|as low as)\s+)?$",
    re.IGNORECASE,
)


PURCHASE_REACH = 25  # characters from a purchase verb to the amount it takes (`buy at least`)


def names_topic_of(sentence: Sentence, cue, q: Quantity) -> bool:
    """Whether a topic word can say what `q` is about: a purchase verb (`agreed to buy 12
    million tonnes of soybeans`) only of the amount right after it."""
    if not cue.purchase:
        return True
    between = [o for o in sentence.quantities if cue.end <= o.start < q.start]
    return not between and 0 <= q.start - cue.end <= PURCHASE_REACH


def range_low_end(sentence: Sentence, q: Quantity) -> bool:
    """`ranged from as little as 10 percent ...`: the number opens a range; the window is wider
    than the longest lead-in `RANGE_FROM` reads."""
    return bool(_RANGE_FROM.search(sentence.text, max(0, q.start - 40), q.start))


# `goods outside the agreement`, `partners without a deal`: a status word after these names
# what does not apply, so it says nothing about the number
_OUTSIDE = re.compile(
    r"\b(?:outside|without|beyond)\s+(?:of\s+)?(?:an?|the|its|their)\s+(?:[\w-]+\s+){0,2}$",
    re.IGNORECASE,
)


def status_for(
    sentence: Sentence, position: int, allowed: tuple[str, ...], default: str, since: int = 0
) -> tuple[str, str]:
    """The allowed status whose cue is closest to `position`, from `since` on (where the
    clause holding it begins); (status, rule id)."""
    # `would not retaliate against the 10 percent US tariff`: the answer and the words that
    # govern it are not the status of the rate it answers
    answered = [
        c.end
        for c in sentence.status_cues()
        if _ANSWER.fullmatch(sentence.text, c.start, c.end)
        and _AGAINST.match(sentence.text, c.end, position)
    ]
    since = max([since, *answered])
    cues = [
        c
        for c in sentence.status_cues()
        if c.label in allowed
        and c.start >= since
        and not _OUTSIDE.search(sentence.text, max(0, c.start - 30), c.start)
    ]
    # `removed the tariffs of up to 15% it had put on US farm goods`: the clause that tells
    # how the measure came about is not its status now
    cues = [
        c
        for c in cues
        if not (
            c.label == "imposed"
            and _HOW_IT_CAME.search(sentence.text, max(0, c.start - 150), c.end)
        )
    ]
    cue, distance = _closest_status(sentence, cues, position)
    if cue is None:
        return default, "default"
    if (
        cue.label == "imposed"
        and "threatened" in allowed
        and _HEDGE.search(sentence.text, max(0, cue.start - 25), cue.start)
    ):
        return "threatened", "cue:imposed+hedged"  # `he might raise the tariff to 100%`
    if (
        cue.label == "imposed"
        and "threatened" in allowed
        and _LEAVE.search(sentence.text, max(0, cue.start - 45), cue.start)
    ):
        return "threatened", "cue:imposed+leave"  # `reserved the right to raise duties`
    if (
        cue.label == "imposed"
        and "threatened" in allowed
        and _ANSWER.fullmatch(sentence.text, cue.start, cue.end)
        and _only_spoken_of(sentence, cue)
    ):
        # `Brazil could answer with counter-tariffs`, `chose talks over retaliation`: an answer
        # only spoken of is a threat, not a duty in force
        return "threatened", "cue:imposed+unreal"
    governing = _coordinated_infinitive(sentence, cue, allowed)
    if governing is not None:
        return governing.label, f"cue:{governing.label}+coordinated"
    if cue.label in ("announced", "imposed") and "threatened" in allowed:
        # `he was weighing tariffs of 25 percent ... from February 1`: the date does not
        # make a rate under consideration an announced one
        start = max(0, position - STATUS_REACH)
        weighing = list(_WEIGHING.finditer(sentence.text, start, position))
        since = weighing[-1].end() if weighing else position
        # `weighing retaliation after Washington imposed 50%`: the imposing verb governs
        governed = any(
            since <= c.start < position and c.label != "threatened" for c in sentence.status_cues()
        )
        broken = re.search(r"[;.]\s|\b(?:after|because|since)\b", sentence.text[since:position])
        if weighing and not governed and not broken:
            return "threatened", "cue:weighing"
    return cue.label, f"cue:{cue.label}"


_BASE_VERB = re.compile(
    r"(?:impose|raise|double|triple|hike|increase|apply|slap|charge|levy|extend)", re.IGNORECASE
)


def _coordinated_infinitive(sentence: Sentence, cue, allowed: tuple[str, ...]):
    """`proposed to halve the quota and double the tariff to 50%`: a bare verb joined by `and`
    to an earlier one shares its status."""
    if cue.label != "imposed" or not _BASE_VERB.fullmatch(sentence.text, cue.start, cue.end):
        return None
    if not re.search(r"\band\s+$", sentence.text[max(0, cue.start - 8) : cue.start]):
        return None
    earlier = [
        c
        for c in sentence.status_cues()
        if c.end <= cue.start
        and cue.start - c.end <= STATUS_REACH
        and c.label in allowed
        and c.label not in ("imposed", "reported", "lifted", "delayed")
        and not re.search(r"[;.]\s|,\s*(?:but|while)\b", sentence.text[c.end : cue.start])
    ]
    return earlier[-1] if earlier else None


_WEIGHING = re.compile(
    r"\b(?:weigh(?:s|ed|ing)?|consider(?:s|ed|ing)?|mull(?:s|ed|ing)?|float(?:s|ed|ing)?|whether)\b",
    re.IGNORECASE,
)


_ANSWER = re.compile(r"counter-tariffs?|retaliat\w+", re.IGNORECASE)
_AGAINST = re.compile(r"\s+against\s+(?:the|its|their|a|an)?\s*$")
_UNREAL = re.compile(
    r"\b(?:could|would|might|(?-i:may)|prepared to|ready to|reserv\w+ the right|no plans?"
    r"|rul\w+ out|if|unless|options?)\b|\bover\s+$",
    re.IGNORECASE,
)
# what stands between such a word and the answer and makes the answer real after all
_REAL = re.compile(
    r"\b(?:keep|keeps|kept|maintain\w*|retain\w*|imposed|imposes|charged|charges|levied|slapped"
    r"|applied)\b|\b(?:leave|leaves|left)\s+(?:its|their|the|all)?\s*$",
    re.IGNORECASE,
)


def _only_spoken_of(sentence: Sentence, cue) -> bool:
    """`Brazil could answer with counter-tariffs`, `ruled out counter-tariffs`, `chose talks over
    retaliation`, but not `Beijing, which had said it would respond, imposed counter-tariffs`."""
    words = list(_UNREAL.finditer(sentence.text, max(0, cue.start - 80), cue.start))
    return bool(words) and not _REAL.search(sentence.text, words[-1].end(), cue.start)


# `reserved the right to raise duties`, `a law that lets it answer with counter-tariffs`,
# `could turn to tariffs`: leave or means to act, not the act
_LEAVE = re.compile(
    r"\b(?:reserv\w* the right to|(?:was|were|is|are) (?:prepared|ready) to"
    r"|allow(?:s|ed|ing)?(?:\s+(?:it|them|him|her|(?-i:[A-Z][\w.]+)|the\s+\w+))?\s+to|allowing"
    r"|lets?\s+(?:it|them|him|her|(?-i:[A-Z][\w.]+)|the\s+\w+)|could)"
    # `allowed Washington to keep charging`: leave to go on with a tariff in force
    r"\s+(?!(?:keep|continue|go on|maintain|remain|stay)\w*\b)"
    r"(?:(?:also|well|even|still|soon|further|again)\s+)?(?:[\w-]+\s+){0,2}$",
    re.IGNORECASE,
)
_HEDGE = re.compile(
    r"\b(?:might|may|could)\s+(?:(?:also|well|even|still|soon)\s+)?$", re.IGNORECASE
)


_OTHER_CLAUSE = re.compile(r", (?:which|who|whose|but|although|though)\b|;| but | before | until ")


def _closest_status(sentence: Sentence, candidates, position: int):
    """(cue, weighted distance) of the nearest status cue within reach, else (None, None).
    A cue after the position weighs more: the verb usually comes before what it governs; a
    cue in a later clause (`..., which he said was`) governs something else."""
    candidates = [
        c
        for c in candidates
        if c.start < position or not _OTHER_CLAUSE.search(sentence.text, position, c.start)
    ]
    cue, distance = nearest(candidates, position, after_weight=1.6)
    if cue is None or distance > STATUS_REACH:
        return None, None
    return cue, distance


_AGREEMENT = re.compile(
    r"\bunder (?:the|this|that|its|their|an?|(?-i:[A-Z])\w+['’]s) (?:\w+ )?(?:deal|agreement|arrangement"
    r"|framework|accord|pact|settlement|memorandum|understanding)\b"
    r"|\b(?:deal|agreement|arrangement|framework|accord|pact|memorandum) under which\b"
    r"|\bjoint (?:statement|fact sheet|declaration)\b|\bthe Parties\b|\bas part of (?:the|its|their|a) (?:\w+ )?(?:deal|agreement|settlement|framework)\b"
    r"|\btrade (?:deal|agreement|settlement)\b",
    re.IGNORECASE,
)
# `In the framework agreed with Washington, the EU said it intends to`: a sentence that opens by
# placing itself in a concluded deal
_IN_THE_DEAL = re.compile(
    r"^\W*(?:In|Under) the (?:\w+ )?(?:framework|deal|agreement|accord|pact) "
    r"(?:it |they )?(?:agreed|struck|reached|signed|concluded) with\b[^,]*,",
    re.IGNORECASE,
)
_SOFT = re.compile(
    r"\b(?:explore|examine|letters? of intent|heads of agreement|non-binding|preliminary|possible|feasibility)\b",
    re.IGNORECASE,
)


def agreement_frame(sentence: Sentence) -> bool:
    """The sentence speaks within a concluded deal (`under the agreement`, `the Parties`), not of
    countries `without a trade agreement`."""
    found = [
        m
        for m in _AGREEMENT.finditer(sentence.text)
        if not _LACKING.search(sentence.text, max(0, m.start() - 14), m.start())
    ]
    opens = _IN_THE_DEAL.match(sentence.text)
    return bool(found or opens) and not _SOFT.search(sentence.text)


# `turned its heads of agreement into a binding contract`: no longer a mere intention
_BINDING = re.compile(r"(?<!non-)\bbinding\b", re.IGNORECASE)
_LACKING = re.compile(r"\b(?:without|no|lack of|outside)\s+(?:an?\s+|any\s+)?$", re.IGNORECASE)


def in_agreement(sentence: Sentence, status: str, rule: str) -> tuple[str, str]:
    """A commitment written into a concluded deal is `agreed`, unless the text hedges it;
    an agreement only to explore or study something is `planned`."""
    if status == "agreed" and _SOFT.search(sentence.text) and not _BINDING.search(sentence.text):
        return "planned", f"{rule}+hedged"
    if status in ("pledged", "planned", "announced") and agreement_frame(sentence):
        return "agreed", f"{rule}+agreement"
    if sentence.article.joint_text and (
        (rule == "default" and status != "agreed") or status == "pledged"
    ):
        return "agreed", f"{rule}+joint-text"
    return status, rule


def status_near_any(sentence: Sentence, cues, allowed: tuple[str, ...]) -> tuple[str, str, object]:
    """The closest allowed status cue to any of the topic's cues: (status, rule, that topic cue)."""
    best = ("", "default", cues[0] if cues else None)
    best_distance = None
    candidates = [c for c in sentence.status_cues() if c.label in allowed]
    for cue in cues:
        found, distance = _closest_status(sentence, candidates, cue.start)
        if found is not None and (best_distance is None or distance < best_distance):
            best, best_distance = (found.label, f"cue:{found.label}", cue), distance
    return best


# between a negation and the span: the negated verb governs something else
_ANSWERING = re.compile(
    r"\b(?:against|despite|in (?:response|answer|retaliation) to|in retaliation for"
    r"|after|because|since|when|while|whereas)\b",
    re.IGNORECASE,
)


def negated(sentence: Sentence, start: int, end: int, at: int) -> bool:
    """A negation cue in reach of the span [start, end) whose number or cue is `at`. `will not
    retaliate against the 25% U.S. tariff` negates the answer, not the measure it answers, and
    `halted purchases after Beijing imposed a 15% tariff` negates the purchases only."""
    for cue in sentence.negations():
        if (
            start - NEGATION_REACH <= cue.start
            and cue.end <= end + 10
            and not _ANSWERING.search(sentence.text, cue.end, max(cue.end, at))
        ):
            return True
    return False


def year_for(sentence: Sentence, position: int, reach: int = 80) -> int | None:
    best = None
    best_distance = None
    asides = [m.span() for m in RELATIVE_ASIDE.finditer(sentence.text)]
    for start, end, year in sentence.years:
        if any(lo <= start < hi and not lo <= position < hi for lo, hi in asides):
            continue  # `Mexico, which displaced China in 2023, shipped`: the aside's own year
        lead = sentence.text[max(0, start - 25) : start]
        introduced = (
            _TARGET_YEAR.search(lead)
            or re.search(r"\bFY|fiscal", sentence.text[start:end])
            or _MONTH_BEFORE.search(lead)
        )
        if not introduced:
            continue
        distance = abs(start - position)
        if start > position and _COMPARED_FIGURE.search(sentence.text, position, start):
            continue  # `$992.2 billion, up from $823 billion in 2023`: the other figure's year
        if distance <= reach and (best_distance is None or distance < best_distance):
            best, best_distance = year, distance
    return best


RELATIVE_ASIDE = re.compile(r",\s+(?:which|who|whose)\b[^,;]*,")
# a sum compared with another sum that a later year belongs to (a rate `cut to 15% from 25% on
# 16 September 2025` keeps the date of its change)
_COMPARED_FIGURE = re.compile(
    r"\b(?:from|than|compared (?:with|to)|against|versus|vs\.?)\s+(?:(?:about|around|some|roughly|nearly|almost|just over|just under)\s+)?"
    r"(?:(?:US|C|A)?[$€£¥₩]\d|\d[\d.,]*\s*(?:billion|million|trillion|bn|tn)\b)",
    re.IGNORECASE,
)


def product_for(sentence: Sentence, lo: int, hi: int) -> str | None:
    """The product named inside [lo, hi) closest to its start."""
    inside = [p for p in sentence.products if lo <= p[0] and p[1] <= hi]
    return inside[0][2] if inside else None


def products_in(sentence: Sentence, lo: int, hi: int) -> list[str]:
    """Coordinated products right after a rate: `on steel and aluminum` -> both, but `on cars
    and auto parts` -> autos alone."""
    inside = [p for p in sentence.products if lo <= p[0] and p[1] <= hi]
    if not inside:
        return []
    text = sentence.text
    chain = [inside[0]]
    closed = False  # whether the list has had its `and`
    for item in inside[1:]:
        end = chain[-1][1]  # where the last good the lexicon knows ends
        gap = _LIST_GAP.fullmatch(text, end, item[0])
        bridge = None if gap else _BRIDGE.fullmatch(text, end, item[0])
        unknown = _goods(bridge.group("items")) if bridge else None
        if unknown is not None:
            # `on soybeans, sorghum, pork and beef`: a good the lexicon lacks, inside a list
            chain += [(0, 0, good) for good in unknown]
        elif gap is None or (gap.group("some") and not _LIST_END.match(text, item[1])):
            break  # `on US steel, and some fruit growers feared`: not a product of the list
        closed = closed or bool(re.search(r"\b(?:and|or)\b", text[end : item[0]]))
        chain.append(item)
    tail = None if closed or len(chain) < 2 else _TAIL.match(text, chain[-1][1])
    # `on US chicken, wheat, corn and cotton`: the list runs on to its `and`
    chain += [(0, 0, good) for good in (_goods(tail.group("items")) if tail else None) or []]
    named = list(dict.fromkeys(p[2] for p in chain))
    if "autos" in named and "auto parts" in named:
        named.remove("auto parts")  # `cars and car parts`: one sector, the auto trade
    return named


def products_before(sentence: Sentence, hi: int, reach: int = 40) -> list[str]:
    """The coordinated products whose list ends just before `hi`: `smartphones and energy
    products from India are exempt` -> smartphones, energy."""
    before = [p for p in sentence.products if p[1] <= hi]
    if not before or hi - before[-1][1] > reach:
        return []
    first = len(before) - 1
    while first and _LIST_GAP.fullmatch(sentence.text, before[first - 1][1], before[first][0]):
        first -= 1
    return products_in(sentence, before[first][0], before[-1][1])


# goods the product lexicon lacks, named inside a list of goods it knows: one or two words in
# lower case
_WORDS = r"(?!(?:and|or)\b)[a-z][a-z-]+(?:\s+(?!(?:and|or)\b)[a-z][a-z-]+)?"
_ITEM = re.compile(rf"(?<![\w-]){_WORDS}(?![\w-])")
_BRIDGE = re.compile(
    rf"\s*,\s*(?P<items>{_WORDS}(?:\s*,\s*{_WORDS})*)\s*(?:,\s*(?:and\s+|or\s+)?|(?:and|or)\s+)"
)
_TAIL = re.compile(
    rf"(?P<items>(?:\s*,\s*{_WORDS})*\s*,?\s*(?:and|or)\s+{_WORDS})"
    r"(?=\s*(?:[,.;:)]|$|(?:and|from|to|in|among|which|that|as|at|with)\b))"
)
# `-ing` words that name goods, not a clause that follows a list (`raising costs`)
_GOODS_IN_ING = {"clothing", "bedding", "packaging", "roofing", "piping", "tubing", "lighting"}


def _goods(items: str) -> list[str] | None:
    """The goods of a stretch of a list the lexicon does not know, or None where the stretch
    is no list of goods (`raising costs and hurting exporters`, `any derivatives`)."""
    goods = []
    for found in _ITEM.finditer(items):
        words = found.group(0).split()
        if words[0] in _NOT_GOODS or (words[0].endswith("ing") and words[0] not in _GOODS_IN_ING):
            return None
        if len(words) > 1 and re.search(r"(?:ed|ing)$", words[1]):
            words = words[:1]  # `semiconductors exported to the US`
        goods.append(" ".join(words))
    return goods


_NOT_GOODS = {
    "other",
    "others",
    "some",
    "all",
    "many",
    "most",
    "more",
    "several",
    "various",
    "certain",
    "the",
    "its",
    "their",
    "goods",
    "products",
    "items",
    "including",
    "such",
    "like",
    "especially",
    "mainly",
    "mostly",
    "notably",
    "particularly",
    "chiefly",
    "any",
    "both",
    "related",
    "similar",
    "derived",
    "derivatives",
}
# `on US industrial goods and some other farm products`
_LIST_GAP = re.compile(r"\s*(?:,|and|or|,\s*and)\s*(?P<some>(?:(?:some|other|all|most)\s+)+)?")
_LIST_END = re.compile(
    r"\s*(?:[,.;:)]|$|(?:from|to|in|into|at|on|of|and|or|that|which|such|products|goods|parts)\b)"
)


# bare `kroner` is read as Norway's; a Danish spender's kroner are Danish
_BARE_KRONER = re.compile(r"(?<!Norwegian )(?<!Danish )(?<!Swedish )\bkroner\b", re.IGNORECASE)
_CROWN_HOMES = {"DNK": "DKK", "NOR": "NOK"}


def own_crowns(sentence: Sentence, q: Quantity, actor_code: str | None) -> str:
    """`Denmark would spend 58 billion kroner`: the currency of a bare `kroner` amount is the
    spender's own when the spender uses kroner."""
    if (
        q.unit == "NOK"
        and actor_code in _CROWN_HOMES
        and _BARE_KRONER.search(sentence.text, q.start, q.end + 12)
    ):
        return _CROWN_HOMES[actor_code]
    return q.unit


def fact(
    sentence: Sentence,
    topic: str,
    measure: str,
    actor: Role | str | None,
    partner: Role | str | None,
    quantity: Quantity | None,
    status: str,
    rule: str,
    *,
    sign: int = 1,
    product: str | None = None,
    year: int | None = None,
    is_negated: bool = False,
    confidence: float = 0.7,
    actor_optional: bool = False,
    at_home: bool = False,
) -> dict | None:
    actor_code, partner_code = code_of(actor), code_of(partner)
    if (actor_code is None and not actor_optional) or (
        actor_code is not None and actor_code == partner_code and not at_home
    ):
        return None
    stripped = sentence.text.strip()
    offset = sentence.start + (len(sentence.text) - len(sentence.text.lstrip()))
    return {
        schema.TOPIC: topic,
        schema.MEASURE: measure,
        schema.ACTOR: actor_code,
        schema.PARTNER: partner_code,
        schema.ACTOR_ENTITY: _entity(actor),
        schema.PARTNER_ENTITY: _entity(partner),
        schema.PRODUCT: product,
        schema.VALUE: None if quantity is None else quantity.value * sign,
        schema.UNIT: None if quantity is None else own_crowns(sentence, quantity, actor_code),
        schema.YEAR: year,
        schema.STATUS: status,
        schema.NEGATED: is_negated,
        schema.EVIDENCE: stripped,
        schema.START: offset,
        schema.END: offset + len(stripped),
        schema.CONFIDENCE: confidence,
        schema.RULE: f"{topic}.{rule}",
    }


def code_of(role: Role | str | None) -> str | None:
    """The country code of a role, or the code itself where a rule gave one."""
    return role.mention.code if isinstance(role, Role) else role


def _entity(role: Role | str | None) -> str | None:
    if isinstance(role, Role) and role.mention.kind == "company":
        return role.mention.text
    return None


_REPORTS_THAT = re.compile(
    r"\s+(?:\w+\s+){0,2}?(?:says?|said|estimates?|estimated|reports?|reported|calculates?|calculated"
    r"|argues?|argued|notes?|noted|believes?|expects?|expected|projects?|projected|forecasts?)\s+that\b"
    # `NATO's latest estimates, published in August, show Poland spending 4.48%`
    rf"|(?:{APOSTROPHE_S})?\s+(?:[\w-]+\s+){{0,2}}?(?:estimates?|figures|data|numbers|statistics|report)"
    r"(?:,[^,]{0,60},)?\s+(?:show|shows|showed|suggest|suggests|put|puts|indicate|indicates)\b",
    re.IGNORECASE,
)


# the parts of a spending target: `3.5 percent for core military needs`, `the other 1.5 percent
# can go to wider security outlays`
TARGET_SPLIT = re.compile(
    r"\s+(?:of\s+GDP\s+)?(?:points?\s+)?(?:(?:is|are)\s+)?(?:meant\s+|earmarked\s+|reserved\s+)?"
    r"(?:for|can\s+go\s+to|goes\s+to|go\s+to)\s+(?:the\s+)?(?:core|wider|broader|related|other)\b",
    re.IGNORECASE,
)
# `China took 28% of Brazilian exports and the United States about 12%`
GAPPED_SHARE = re.compile(
    r"\band\s+(?:the\s+)?(?-i:[A-Z])[\w.-]*(?:\s+(?-i:[A-Z])[\w.-]*)?\s+"
    r"(?:about\s+|around\s+|roughly\s+|some\s+|nearly\s+|almost\s+|close\s+to\s+|just\s+)?$",
    re.IGNORECASE,
)


NEXT_CLAUSE = re.compile(r",\s+(?:and|but|while|whereas)\s|;\s")


def figure_clause(sentence: Sentence, at: int) -> int:
    """Where the clause of the figure at `at` starts: after the last `, and`, `, but`, `, while`,
    `, whereas` or `;` that follows another figure (`Estonia pledged 5.4 percent, and Lithuania
    has committed to 5 percent`), else 0."""
    starts = [
        m.end()
        for m in NEXT_CLAUSE.finditer(sentence.text, 0, at)
        if any(o.end <= m.start() for o in sentence.quantities)
    ]
    return starts[-1] if starts else 0


# `NATO estimates the country will spend`: the verb's clause without its `that`
_REPORTS = re.compile(
    r"\s+(?:estimates?|estimated|calculates?|calculated|expects?|expected|projects?|projected"
    r"|forecasts?)\s+(?-i:(?=(?:the\s+)?[A-Z][a-z]|the country\b))",
    re.IGNORECASE,
)


def reporter(sentence: Sentence, role: Role, bare: bool = False) -> bool:
    """`NATO estimates that Poland spent 4.48%`: NATO only tells of what someone else did;
    `bare`: also an estimating verb without the `that` (`NATO estimates the country will
    spend`), asked for by defence only: elsewhere the teller may be a party to the fact."""
    end = role.mention.end
    return bool(
        _REPORTS_THAT.match(sentence.text, end) or (bare and _REPORTS.match(sentence.text, end))
    )


def named(sentence: Sentence) -> set[str]:
    """Codes named in the sentence itself (not leaders, not inferred from context)."""
    return {r.mention.code for r in sentence.roles if r.mention.kind not in ("leader", "context")}


def coordinated(sentence: Sentence, role: Role) -> list[Role]:
    """`Hungary and Slovakia still take ...`: the role plus mentions joined to it by `and`;
    `the three Baltic states`: every member the words stand for."""
    if NAMED_GROUP.fullmatch(role.mention.text):
        span = (role.mention.start, role.mention.end)
        return distinct([r for r in sentence.roles if (r.mention.start, r.mention.end) == span])
    named = [r for r in sentence.roles if r.mention.kind != "context"]
    if role not in named:
        return [role]
    runs: list[list[Role]] = []
    for other in named:
        joined = runs and re.fullmatch(
            r"\s*(?:,|and|,\s*and)\s*(?:the\s+)?",
            sentence.text[runs[-1][-1].mention.end : other.mention.start],
        )
        if joined:
            runs[-1].append(other)
        else:
            runs.append([other])
    return distinct(next(run for run in runs if role in run))


def first(roles: list[Role]) -> Role | None:
    return roles[0] if roles else None


def distinct(roles: list[Role]) -> list[Role]:
    seen, out = set(), []
    for role in roles:
        if role.mention.code not in seen:
            seen.add(role.mention.code)
            out.append(role)
    return out


# the share of a country's energy imports a supplier covers
ENERGY_SHARE = re.compile(
    r"\bof\s+(?:(?:the|all|its|their|total)\s+)*(?:[A-Z][\w.]*(?:\s[A-Z][\w.]*)*(?:['’]s?)?\s+|the (?:country|bloc)['’]s\s+)"
    r"(?:[\w-]+\s+){0,2}?(?:LNG|gas|oil|crude|energy|fuel|coal|uranium)(?:\s+[\w-]+){0,2}?\s+"
    r"(?:imports|supplies|supply|consumption|purchases|needs|demand)\b"
    r"|\bof\s+(?:its|their)\s+(?:[\w-]+\s+){0,2}?(?:LNG|gas|oil|crude|energy|fuel|coal|uranium)\b"
    r"(?:\s+[\w-]+){0,2}?\s+from\b",
)
_SHARE_AFTER = re.compile(rf"\s+(?:{ENERGY_SHARE.pattern})")


# `Australia supplied roughly 40 percent of those cargoes` after a sentence on Japan's LNG
SHARE_OF_THOSE = re.compile(
    r"\s+of\s+(?:those|these|that)\s+(?:[\w-]+\s+)?(?:cargoes|imports|purchases|supplies"
    r"|volumes|deliveries|barrels)\b",
    re.IGNORECASE,
)
_SUPPLIED_BEFORE = re.compile(
    r"\b(?:supplied|provided|accounted\s+for|made\s+up|delivered|sent|shipped)\s+"
    r"(?:(?:about|around|roughly|some|nearly|almost|over|more\s+than|just\s+under)\s+)?$",
    re.IGNORECASE,
)


def recent_energy_buyer(sentence: Sentence) -> str | None:
    """The buyer of the article's last energy purchase, if it was named in this sentence or
    the two before."""
    last = sentence.article.last_energy_buyer
    if last is None or not 0 <= sentence.article.sentence_index - last[1] <= 2:
        return None
    return last[0]


_BY_SOURCE = re.compile(r"\s*By (?:source|supplier|origin)\b", re.IGNORECASE)
_LISTED_SHARE = re.compile(r"(?:,|\band)\s+(?:the\s+)?[A-Z][\w. ]{1,30}?\s+$")


def share_of_those(sentence: Sentence, q: Quantity) -> bool:
    """`Australia supplied roughly 40 percent of those cargoes, while Russia accounted for
    about 9 percent`: suppliers' parts of the imports of the sentence before. The sentence must
    say `of those cargoes` after one of its figures (or open with `By source,`), its first
    percent must follow a supplying verb, and this one a supplying verb or a listed name
    (`, Malaysia 15.6 percent`)."""
    earlier = [o for o in sentence.quantities if o.kind == "percent" and o.start <= q.start]
    of_those = _BY_SOURCE.match(sentence.text) or any(
        SHARE_OF_THOSE.match(sentence.text, o.end) for o in sentence.quantities
    )
    if not of_those or not _supplied_before(sentence, earlier[0]):
        return False
    lead = sentence.text[max(0, q.start - 40) : q.start]
    return _supplied_before(sentence, q) or bool(_LISTED_SHARE.search(lead))


def _supplied_before(sentence: Sentence, q: Quantity) -> bool:
    return bool(_SUPPLIED_BEFORE.search(sentence.text, max(0, q.start - 40), q.start))


_OF_TOTAL = re.compile(
    r"\s+of\s+(?:the|its|their|the country['’]s|the nation['’]s)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:total|imports|purchases|supplies|needs|consumption)\b",
    re.IGNORECASE,
)


def apposed_share(sentence: Sentence, q: Quantity) -> bool:
    """`imports averaged 1.7 million barrels a day, some 36 percent of the total`: a percent
    set after an amount of the same sentence, as the part that amount is of a whole."""
    lead = sentence.text[max(0, q.start - 20) : q.start]
    return (
        bool(re.search(r",\s+(?:(?:some|about|around|roughly|nearly|almost|over)\s+)?$", lead))
        and bool(_OF_TOTAL.match(sentence.text, q.end))
        and any(o.kind != "percent" and o.end <= q.start for o in sentence.quantities)
    )


# `took a final investment decision on Louisiana LNG`: the owners decide to build an energy plant
FINAL_DECISION = re.compile(r"\b(?i:final investment decision)\b|\bFID\b")


def framed(
    sentence: Sentence, role: Role, before: re.Pattern, after: re.Pattern, reach: int
) -> bool:
    """Whether `before` ends right before the mention (within `reach` characters) and `after`
    starts right after it: `its planned [US] investments`, `the largest [US] trading partner`."""
    mention = role.mention
    return bool(after.match(sentence.text, mention.end)) and bool(
        before.search(sentence.text, max(0, mention.start - reach), mention.start)
    )


_ENTRY_FIGURE = re.compile(r"\s+at\s+(?:about\s+|around\s+|some\s+)?|\s*\(\s*")


def entry_figure(sentence: Sentence, role: Role, q: Quantity) -> bool:
    """`with China at $295.4 billion, Mexico at $171.8 billion`, `ahead of Saudi Arabia at about
    78.6 million tonnes`: the figure is the one of the country named right before it."""
    return bool(_ENTRY_FIGURE.fullmatch(sentence.text, role.mention.end, q.start))


_RANK = r"(?:largest|biggest|top|main|leading|second-largest|third-largest)"
_DESTINATION_AT = re.compile(
    r"\s+(?:was|is|remained|remains|became|stayed|stays)\s+(?:still\s+)?"
    rf"(?:its|their|the|(?-i:[A-Z])[\w .'’-]{{0,25}}?['’]s)\s+(?:country['’]s\s+)?(?:[\w-]+\s+)?{_RANK}"
    r"\s+(?:single\s+)?(?:export\s+)?(?:destination|market)"
    r"(?:\s+(?:at|with)|,\s+(?:taking|buying|absorbing|with))\s+"
    r"(?:a\s+record\s+|about\s+|around\s+|some\s+|an\s+estimated\s+|nearly\s+|almost\s+)?",
    re.IGNORECASE,
)
_MARKET_WORD = re.compile(r"(?:destination|market)\b", re.IGNORECASE)
# `..., but the United States was close behind at a record $127.8 billion`
_CLOSE_BEHIND_AT = re.compile(
    r"\s+(?:was|came|ranked|followed)\s+(?:close\s+behind|next|second|third)\s+(?:at|with)\s+"
    r"(?:a\s+record\s+|about\s+|around\s+|some\s+)?",
    re.IGNORECASE,
)


def ranked_destinations(sentence: Sentence) -> dict[Quantity, Role]:
    """The country each figure is the exports to, where the sentence ranks it among the markets
    of the country it is about (`China remained its largest export market at $133 billion`);
    after one such figure, `the United States was close behind at $127.8 billion` too."""
    found: dict[Quantity, Role] = {}
    if not _MARKET_WORD.search(sentence.text):
        return found  # asked for every number of every sentence: most name no market at all
    for q in sentence.quantities:
        if q.kind != "money":
            continue
        patterns = (_DESTINATION_AT, _CLOSE_BEHIND_AT) if found else (_DESTINATION_AT,)
        role = next(
            (
                r
                for r in sentence.roles
                if r.mention.kind not in ("company", "leader", "context")
                and any(p.fullmatch(sentence.text, r.mention.end, q.start) for p in patterns)
            ),
            None,
        )
        if role is not None:
            found[q] = role
    return found


def energy_share(sentence: Sentence, q: Quantity):
    """The `of the EU's gas imports` a percent is a share of: right after it, or, in a sentence
    with no tariff in it, anywhere (`..., while Russia still supplied about 20 percent`)."""
    right_after = _SHARE_AFTER.match(sentence.text, q.end)
    if right_after:
        return right_after
    return None if sentence.topic_cues("tariff") else ENERGY_SHARE.search(sentence.text)


# `from March 10` or `from 10 March`, with an optional year
_EFFECTIVE = re.compile(
    r"\b(?:from|effective(?:\s+(?:from|on|as\s+of))?|starting(?:\s+(?:on|from))?|as\s+of)\s+"
    rf"(?:(?P<month>{_MONTH_NAMES})\s+(?P<day>\d{{1,2}})(?:st|nd|rd|th)?"
    rf"|(?P<day_first>\d{{1,2}})(?:st|nd|rd|th)?\s+(?P<month_after>{_MONTH_NAMES}))"
    r"(?:,?\s+(?P<year>20\d\d))?\b",
    re.IGNORECASE,
)
_STILL_TO_COME = re.compile(r"\b(?:will|would|is to|are to|plans? to|set to)\b", re.IGNORECASE)
# `a 34% tariff, to apply from 9 April`: the date itself spoken of as to come
_TO_APPLY_FROM = re.compile(
    r"\bto\s+(?:apply|take effect|start|begin)\s+(?:from|on)\s+\S+\s+\S+", re.IGNORECASE
)


def upcoming(text: str, published: datetime.date | None) -> bool:
    """Whether the text says tariffs take effect on a date still to come (`the country rates
    are due to apply from April 9` in an April 3 article): its rates with no word of their own
    are then announced, not yet in force. Talks or meetings from a date are not tariffs."""
    if published is None:
        return False
    for found in _EFFECTIVE.finditer(text):
        start = max(0, found.start() - 150)
        sentence_start = max(text.rfind(". ", start, found.start()) + 1, start)
        around = text[sentence_start : found.end() + 60]
        if not _TARIFF_TALK.search(around) or _TALKS.search(around):
            continue
        when = _date_meant(found, published)
        if when is not None and published < when <= published + UPCOMING:
            return True
    return False


_TALKS = re.compile(r"\b(?:talks|negotiations?|meetings?|summit|visit|round)\b", re.IGNORECASE)
_TARIFF_TALK = re.compile(r"\b(?:tariffs?|dut(?:y|ies)|rates?|levy|levies)\b", re.IGNORECASE)


def in_force_by_date(sentence: Sentence, q: Quantity) -> bool:
    """`a 25% surtax from October 22, 2024` in a 2026 article: the date the measure near `q`
    took effect has passed, so it is in force, unless the sentence still speaks of it as to
    come."""
    if _STILL_TO_COME.search(sentence.text) or _TO_APPLY_FROM.search(sentence.text):
        return False
    when = _effective_date(sentence, q)
    return when is not None and when <= sentence.article.published


def due_later(sentence: Sentence, q: Quantity, lo: int = 0, hi: int | None = None) -> bool:
    """`a 25 percent tariff on imported cars from April 3` in a March article: the date the
    measure near `q` (in its own stretch `lo`..`hi` of the sentence) takes effect is still to
    come, so it is announced, not in force. A sentence that names a year, or speaks of the rate
    as having applied (`has charged`, `still applies`), looks back instead."""
    if LOOKS_BACK.search(sentence.text):
        return False
    when = _effective_date(sentence, q, lo, hi)
    return when is not None and when > sentence.article.published


def reached_later(sentence: Sentence, q: Quantity) -> bool:
    """`will rise to 35 percent in July 2026`, `due to hit 30 percent on 1 January 2026` in a
    2025 article: a level the measure is to reach at a month or year still to come."""
    published = sentence.article.published
    if published is None or not _TO_LEVEL.search(sentence.text, max(0, q.start - 20), q.start):
        return False
    found = _LATER.match(sentence.text, q.end)
    if found is None:
        return False
    year = int(found.group("year"))
    if found.group("month") is None:
        return year > published.year
    month = month_number(found.group("month"))
    return (year, month) > (published.year, published.month)


_TO_LEVEL = re.compile(r"\b(?:to|reach|reaches|hit|hits)\s+(?:about\s+|around\s+)?$", re.IGNORECASE)
_LATER = re.compile(
    r"[^.;,]{0,25}?\b(?:in|by|from|on|starting)\s+(?:(?:early|mid|late|the end of)[-\s]+)?"
    rf"(?:\d{{1,2}}\s+)?(?:(?P<month>{_MONTH_NAMES})\s+)?(?:\d{{1,2}},?\s+)?(?P<year>20\d\d)\b",
    re.IGNORECASE,
)

UPCOMING_DAYS = 45  # a date without a year up to six weeks after the article is upcoming
UPCOMING = datetime.timedelta(days=UPCOMING_DAYS)
LOOKS_BACK = re.compile(
    r"\b20\d\d\b|\b(?:has|have|had)\s+(?:\w+\s+)?\w+ed\b|\b(?:since|still|remains?|ago|year on)\b",
    re.IGNORECASE,
)


def _effective_date(
    sentence: Sentence, q: Quantity, lo: int = 0, hi: int | None = None
) -> datetime.date | None:
    """The date the measure near `q` takes effect (`from March 10`), placed in the year the
    article means."""
    published = sentence.article.published
    lo = max(lo, q.start - STATUS_REACH)
    hi = min(len(sentence.text) if hi is None else hi, q.end + STATUS_REACH)
    found = _EFFECTIVE.search(sentence.text, lo, hi)
    if published is None or found is None:
        return None
    return _date_meant(found, published)


def _date_meant(found: re.Match, published: datetime.date) -> datetime.date | None:
    """The date a `<Month> <day>` match means in an article of `published`: its own year if it
    names one, else the first such day up to six weeks after publication (`from January 1` in
    a December article is next January), else the last one before it; None for no such day."""
    parts = found.groupdict()
    month = month_number(parts["month"] or parts["month_after"])
    day = int(parts["day"] or parts["day_first"])
    try:
        if found.group("year"):
            return datetime.date(int(found.group("year")), month, day)
        for year in (published.year, published.year + 1):
            upcoming = datetime.date(year, month, day)
            if published < upcoming <= published + UPCOMING:
                return upcoming
    except ValueError:
        return None  # no such day (`February 30, 2025`)
    # `from December 17` in a January article is last December
    return latest_on_or_before(published, month, day)
