"""Trade figures: balances, exports, imports, totals and shares, each bound to its subject."""

from __future__ import annotations

import re

from pipeline import schema
from pipeline.extractors.common import (
    CURRENCY_HOME,
    GAPPED_SHARE,
    LAST_LISTED,
    code_of,
    distinct,
    entry_figure,
    fact,
    first,
    framed,
    in_agreement,
    names_topic_of,
    negated,
    product_for,
    ranked_destinations,
    status_for,
    year_for,
)
from pipeline.extractors.context import (
    COORD,
    PARTNER_NOUN,
    RANK_WORDS,
    RANKED_NEXT,
    RANKED_PARTNER,
    Role,
    Sentence,
    nearest_in_clause,
)
from pipeline.normalize import Quantity

PARTNER_ROLES = ("with", "dest", "source", "target")
ACTOR_ROLES = ("owner", "subject", "agent", "origin")
# a figure and a trade word on either side of these belong to different clauses
CLAUSE_BREAKS = (",", ";", " against ", " while ", " and ")


def extract(sentence: Sentence, quantities: list[Quantity]) -> list[dict]:
    cues = sentence.topic_cues("trade")
    pairing = _respectively(sentence, quantities, cues)
    partners = _distributed(sentence, quantities)
    facts = []
    last_end = 0  # where the figure of the last fact ends
    destinations = ranked_destinations(sentence)
    ranked = _unowned_ranked(sentence)
    listed = None  # where the last figure read ends, and its cue
    for q in quantities:
        destination = destinations.get(q)
        if destination is not None:
            # `China was still its largest export market at $133.0 billion`
            # `The United States remained Viet Nam's largest export market`: the owner exports
            owner = next(
                (
                    r
                    for r in sentence.roles
                    if r.role == "owner"
                    and destination.mention.end < r.mention.start < q.start
                    and r.mention.kind not in ("company", "leader")
                ),
                None,
            )
            row = fact(
                sentence,
                "trade",
                "exports",
                owner or _default_actor(sentence, destination),
                destination,
                q,
                "reported",
                "figure.destination",
                year=year_for(sentence, q.start, reach=120),
                confidence=0.8,
            )
            if row:
                facts.append(row)
            continue
        taking = [c for c in cues if names_topic_of(sentence, c, q)]
        cue = pairing.get(q) or nearest_in_clause(sentence.text, taking, q, CLAUSE_BREAKS)[0]
        if (
            cue is None
            and listed is not None
            and LAST_LISTED.fullmatch(sentence.text, listed[0], q.start)
        ):
            cue = listed[1]  # `$45.7 billion with India and $17.9 billion with Indonesia`
        if cue is None:
            facts.extend(_ranked_next(sentence, q))
            continue
        listed = (q.end, cue)
        cue = _balance_of(sentence, cues, cue)
        measure = "share" if q.kind == "percent" else cue.measure
        sign = -1 if (measure == "balance" and cue.sign < 0) else 1
        actor, partner = _parties(sentence, min(q.start, cue.start), max(q.end, cue.end), q)
        actor, partner = _by_direction(sentence, measure, cue, actor, partner)
        if measure == "share":
            actor, partner = _share_parties(sentence, q, actor, partner)
            gapped = [r for r in sentence.roles if last_end <= r.mention.start < q.start]
            if facts and gapped and GAPPED_SHARE.search(sentence.text, last_end, q.start):
                # `China took 28% of Brazilian exports and the United States about 12%`: the
                # same exporter, the market named before the figure
                actor, partner = facts[-1][schema.ACTOR], gapped[-1]
        elif measure == "imports" and partner is None and _goods_of(sentence, actor):
            # `purchases of American goods`: where the goods come from is the other side, and
            # the buyer is whoever is named before them (`It pledged to import $4.5 billion`)
            buyer = next(
                (
                    r
                    for r in reversed(sentence.roles)
                    if r.mention.end <= actor.mention.start
                    and r.role in ("subject", "agent")
                    and r.mention.code != actor.mention.code
                ),
                None,
            )
            home = CURRENCY_HOME.get(q.unit) or _default_actor(sentence, actor)
            actor, partner = buyer or home, actor
        elif measure == "imports" and partner is None:
            # `bought $438.9 billion of Chinese goods`: the goods' origin sold them
            partner = next(
                (r for r in sentence.roles if r.mention.start > q.end and _goods_of(sentence, r)),
                None,
            )
        right_after = [
            r
            for r in sentence.roles
            if r.role in PARTNER_ROLES
            and re.fullmatch(
                r"\s*(?:(?:it|they|that|which)\s+)?(?:(?:exchanged|traded|shipped|sold|bought)\s+)?"
                r"(?:with|to|from)\s+(?:the\s+)?",
                sentence.text[q.end : r.mention.start],
            )
        ]
        if right_after and q not in partners:
            partners[q] = right_after[0]
        if partner is None and _FROM_IT.match(sentence.text, q.end):
            # `shipped €213 billion of goods to China but bought €518 billion from it`
            partner = next(
                (
                    r
                    for r in reversed(sentence.codes(*PARTNER_ROLES, before=q.start))
                    if r.mention.code != code_of(actor)
                ),
                None,
            )
        if q in partners:
            partner = partners[q]
            if (
                actor is not None
                and code_of(actor) == partner.mention.code
                or isinstance(actor, Role)
                and actor.role in PARTNER_ROLES
            ):
                actor = _default_actor(sentence, partner)
        if ranked is not None and actor is ranked:
            # `Mexico was the largest trading partner, with trade of $839.9 billion`: the
            # partner of the country the text reports on
            partner = partner if code_of(partner) not in (None, code_of(actor)) else ranked
            actor = _default_actor(sentence, partner)
        if facts and _IN_RETURN.match(sentence.text, q.end):
            # `bought $349.4 billion of US goods and sold $412.7 billion in return`: the same two
            # sides; `while the United States bought $439 billion in return`: the other way round
            before = facts[-1][schema.ACTOR], facts[-1][schema.PARTNER]
            own = [
                r
                for r in sentence.roles
                if last_end <= r.mention.start < q.start and r.role == "subject"
            ]
            actor, partner = before
            if own and own[-1].mention.code == before[1]:
                actor, partner = before[1], before[0]
        taker = _taker(sentence, q) if measure == "share" and facts else None
        if taker is not None and facts[-1][schema.ACTOR] != taker.mention.code:
            # `Japan's exports reached ¥4.6 trillion, and China took 40 percent of them`: a
            # part of the figure before, taken by the other side
            actor, partner = facts[-1][schema.ACTOR], taker
        if measure == "total" and code_of(partner) in (None, code_of(actor)):
            # `Both sides set a goal of $100 billion in bilateral trade`: the two sides named
            actor, partner = _two_sides(sentence, actor, partner)
        if measure == "balance" and not isinstance(actor, Role):
            # `The gap with Mexico was almost three times as wide`: the owner of the balance
            # just before
            actor = _balance_owner_before(sentence, partner) or actor
        if (
            measure == "balance"
            and partner is None
            and _left_with(sentence, actor)
            and not _WITH_WORLD.match(sentence.text, q.end)
        ):
            partner = _other_side(sentence, facts, code_of(actor))
        status, rule, product = "reported", "figure", _product(sentence, q, cue)
        if measure == "total" and _GOAL.search(
            sentence.text, max(0, q.start - GOAL_REACH), q.start
        ):
            status, rule = "planned", "goal"  # `set a goal of doubling two-way trade by 2030`
        if cue.purchase:
            # `China committed to buy 12 million tonnes of American soybeans`: a purchase to come
            actor = _buyer(sentence, cue) or actor
            partner = _origin_after(sentence, q) or partner or _seller_before(sentence, actor)
            status, rule = _purchase_status(sentence, cue)
            product = product_for(sentence, q.end, _object_end(sentence, q)) or product
        row = fact(
            sentence,
            "trade",
            measure,
            actor,
            partner,
            q,
            status,
            rule,
            sign=sign,
            year=year_for(sentence, q.start, reach=120),
            product=product,
            is_negated=status != "reported"
            and negated(sentence, cue.start - 30, cue.end, cue.start),
            confidence=0.8,
        )
        if row:
            facts.append(row)
            last_end = q.end
            sentence.article.note_trade(measure, row["actor"], sign)
            sentence.article.last_sides = (
                row["actor"],
                row["partner"],
                sentence.article.sentence_index,
            )
    return facts


_BILATERAL = re.compile(
    r"\b(?:bilateral|two-way)\s+(?:[\w-]+\s+)?trade\b|\btrade between the two\b", re.IGNORECASE
)
_GOAL = re.compile(r"\b(?:goal|target|aim|ambition)s?\s+of\b", re.IGNORECASE)
GOAL_REACH = 80  # characters before a total where the goal it is named as still stands


_TOOK = re.compile(
    r"^\s+(?:took|take|takes|bought|buys|received|receives|absorbed|absorbs)\s+"
    r"(?:(?:about|around|roughly|some|nearly|almost|more than|over)\s+)?$",
    re.IGNORECASE,
)
_OF_THEM = re.compile(r"\s+of\s+(?:them|it|those|these|that|the total)\b", re.IGNORECASE)


def _taker(sentence: Sentence, q: Quantity) -> Role | None:
    """`and China took roughly 40 percent of them`: the country right before the verb."""
    if not _OF_THEM.match(sentence.text, q.end):
        return None
    return next(
        (
            r
            for r in reversed(sentence.roles)
            if r.mention.end <= q.start and _TOOK.match(sentence.text[r.mention.end : q.start])
        ),
        None,
    )


def _two_sides(sentence: Sentence, actor, partner) -> tuple:
    """The two sides of a total that names one side or none (`Both sides reaffirmed their goal
    of raising bilateral trade to $100 billion`): the pair this sentence refers to, else the
    article's, with a side the sentence names first."""
    if not _BILATERAL.search(sentence.text):
        return actor, partner
    pair = distinct([r for r in sentence.roles if r.mention.kind == "context"])[:2]
    codes = [r.mention.code for r in pair] if len(pair) == 2 else sentence.article.pair()
    if len(codes) < 2 or code_of(actor) not in (None, *codes):
        return actor, partner
    if code_of(actor) == codes[1]:
        codes = codes[::-1]
    return codes[0], codes[1]


def _balance_owner_before(sentence: Sentence, partner) -> str | None:
    last = sentence.article.last_trade
    if (
        last is None
        or last[0] != "balance"
        or not 0 < sentence.article.sentence_index - last[3] <= 2
        or last[1] == code_of(partner)
    ):
        return None
    return last[1]


_WITH_WORLD = re.compile(
    r"\s*(?:\S+\s+){0,2}?with the (?:world|rest of the world)\b", re.IGNORECASE
)
_LEFT = re.compile(r"\b(?:leaving|leaves|left)\s+(?:the\s+|an?\s+)?$", re.IGNORECASE)


def _left_with(sentence: Sentence, actor) -> bool:
    """`..., leaving the United States with a goods deficit of $63.3 billion`, `That left a U.S.
    deficit of $295 billion`."""
    return isinstance(actor, Role) and bool(_LEFT.search(sentence.text, 0, actor.mention.start))


def _other_side(sentence: Sentence, facts: list[dict], actor: str | None) -> str | None:
    """The balance that the flows just named leave: the other side of this sentence's trade
    figures, or of the sentence just before (`Swiss exports to the US were $63.4 billion. That
    left the United States with a deficit of $38.5 billion`)."""
    sides = [code for row in facts for code in (row["actor"], row["partner"])]
    last = sentence.article.last_sides
    if last is not None and sentence.article.sentence_index - last[2] == 1:
        sides += [last[0], last[1]]
    return next((code for code in sides if code and code != actor), None)


_IS_RANKED = re.compile(
    r"\s+(?:was|is|remained|remains|became|has been|stayed)\s+(?:again\s+|still\s+)?"
    rf"(?:the\s+)?{RANK_WORDS}\s+{PARTNER_NOUN}",
    re.IGNORECASE,
)


def _unowned_ranked(sentence: Sentence) -> Role | None:
    """`Mexico was the largest trading partner`: the subject ranked with no owner before the
    rank (`Germany's largest trading partner` is left to the owner rules)."""
    return next(
        (
            r
            for r in sentence.roles
            if r.role == "subject"
            and r.mention.kind not in ("company", "leader")
            and _IS_RANKED.match(sentence.text, r.mention.end)
        ),
        None,
    )


def _ranked_next(sentence: Sentence, q: Quantity) -> list[dict]:
    """`Mexico was America's biggest partner, with trade of $839.9 billion. Canada came next at
    $762.1 billion.`: the next in a ranking has the figure before it, with its own partner."""
    last = sentence.article.ranked_before(sentence.text)
    if last is None:
        return []
    measure, actor, sign, _ = last
    named = [
        r
        for r in sentence.roles
        if r.mention.end <= q.start
        and r.role in ("subject", "owner")
        and r.mention.kind not in ("leader", "company", "context")
        and r.mention.code != actor
    ]
    if not named or not RANKED_NEXT.search(sentence.text, named[0].mention.end, q.start):
        return []
    row = fact(
        sentence,
        "trade",
        measure,
        actor,
        named[0],
        q,
        "reported",
        "figure+ranked",
        sign=sign,
        year=year_for(sentence, q.start, reach=120),
        confidence=0.6,
    )
    if not row:
        return []
    sentence.article.note_trade(measure, actor, sign)
    return [row]


_IN_RETURN = re.compile(r"\s+(?:of goods\s+)?in return\b")
_FROM_IT = re.compile(r"\s+(?:from|to)\s+(?:it|them)\b")
# `the deficit in trade`, `the deficit in US trade`
_BALANCE_IN = re.compile(r"\s+(?:in|on)\s+(?:the\s+)?(?:[\w.]+\s+)?$", re.IGNORECASE)


def _balance_of(sentence: Sentence, cues, cue):
    """`the deficit in trade in goods and services`: the trade words say what the gap is in."""
    if cue.measure != "total":
        return cue
    gap = next(
        (
            c
            for c in cues
            if c.measure == "balance" and _BALANCE_IN.fullmatch(sentence.text, c.end, cue.start)
        ),
        None,
    )
    return gap or cue


_AGAINST_FOR = re.compile(r"\bagainst\s+$")


def _ranked_partner(sentence: Sentence, roles: list[Role], q: Quantity):
    """`The United States overtook China as Germany's largest trading partner, with trade of
    €252.8 billion against €246.3 billion for China`: Germany's trade with each of them."""
    owner = next(
        (
            r
            for r in roles
            if (r.role == "owner" and RANKED_PARTNER.match(sentence.text, r.mention.end))
            or _ranked_before_partner(sentence, r)
        ),
        None,
    )
    if owner is None:
        return None
    if _AGAINST_FOR.search(sentence.text, max(0, q.start - 12), q.start):
        other = next(
            (r for r in roles if r.mention.start > q.end and r.mention.code != owner.mention.code),
            None,
        )
        return (owner, other) if other else None
    first_named = next(
        (
            r
            for r in roles
            if r.mention.start < owner.mention.start and r.mention.code != owner.mention.code
        ),
        None,
    )
    return (owner, first_named) if first_named and q.start > owner.mention.start else None


_RANK_WORD = re.compile(rf"\b{RANK_WORDS}\s+$", re.IGNORECASE)
_PARTNER_NOUN = re.compile(rf"\s+{PARTNER_NOUN}", re.IGNORECASE)


def _ranked_before_partner(sentence: Sentence, role: Role) -> bool:
    """`Mexico was the largest US trading partner`: the country named inside the ranking."""
    return role.mention.kind not in ("company", "leader") and framed(
        sentence, role, _RANK_WORD, _PARTNER_NOUN, reach=30
    )


_PART_TO = re.compile(r"\bof (?:it|them|which)\s+(?:\w+\s+){0,2}?to\s+(?:the\s+)?$", re.IGNORECASE)
_CLAUSE_BREAK = re.compile(
    r";|,\s+(?:while|whereas|but|and its|and their)\b|\bwhile\b"
    r"|,\s+(?:even\s+|just\s+)?(?:as(?!\s+well\s+as)|although|though|even though|despite|because"
    r"|since|when)\b"
)
_WORLD = re.compile(
    r"\bwith the (?:rest of the )?world\b|\babroad\b|\bglobal(?:ly)?\b"
    r"|\boverall\s+(?:trade\s+|goods\s+)?(?:surplus|deficit|balance)",
    re.IGNORECASE,
)

WORLD_REACH = 20  # characters before a trade word where `overall` or `global` still qualifies it


def _clause(text: str, lo: int, hi: int) -> tuple[int, int]:
    """The bounds of the clause holding `lo`..`hi`, cut at `;`, `, while`, `, but`, `, and its`."""
    start = max((m.end() for m in _CLAUSE_BREAK.finditer(text, 0, lo)), default=0)
    after = _CLAUSE_BREAK.search(text, hi)
    return start, after.start() if after else len(text)


_PURCHASE_STATUSES = ("agreed", "pledged", "planned", "announced", "delayed")
# where the goods a purchase covers are no longer named
_OBJECT_END = re.compile(r"[,;(]|\s(?:in|by|over|from|for|a year|each|per|annually)\s")
# a purchase still to come: `will then purchase`, `is also to buy` (not `used to buy`)
_TO_COME = re.compile(r"\b(?:will|shall|(?<!used )to)\s+(?:\w+\s+)?$", re.IGNORECASE)
# who sells or presses is not the buyer: `from Brazil`, `under pressure from Washington`
_NOT_BUYING = ("of", "origin", "source", "with")


def _object_end(sentence: Sentence, q: Quantity) -> int:
    found = _OBJECT_END.search(sentence.text, q.end)
    return found.start() if found else len(sentence.text)


def _buyer(sentence: Sentence, cue) -> Role | None:
    """Who buys: the subject named last before the purchase verb, else the last country before
    it that neither sells nor presses (`According to the White House, China will buy`)."""
    before = sentence.codes(before=cue.start)
    subjects = [r for r in before if r.role in ("subject", "agent", "owner")]
    others = [r for r in before if r.role not in _NOT_BUYING]
    return (subjects or others or [None])[-1]


def _origin_after(sentence: Sentence, q: Quantity) -> Role | None:
    """`12 million tonnes of American soybeans`: the goods' origin sells them."""
    end = _object_end(sentence, q)
    return next(
        (
            r
            for r in sentence.roles
            if q.end < r.mention.start < end and r.mention.kind in ("demonym", "alias")
        ),
        None,
    )


def _seller_before(sentence: Sentence, buyer) -> str | None:
    """`Beijing will then purchase 25 million tonnes a year`: from the seller of the buyer's
    purchase just told of."""
    last = sentence.article.last_sides
    if last and last[0] == code_of(buyer) and sentence.article.sentence_index - last[2] <= 2:
        return last[1]
    return None


def _purchase_status(sentence: Sentence, cue) -> tuple[str, str]:
    """A purchase promised in a deal is `agreed`, one side's own promise `pledged`; without a
    word of promise (`crushers typically import`, `used to buy`) it is a state of affairs."""
    promised = _TO_COME.search(sentence.text, max(0, cue.start - 20), cue.start)
    default = "agreed" if sentence.article.joint_text else "pledged" if promised else "reported"
    status, rule = status_for(sentence, cue.start, _PURCHASE_STATUSES, default)
    return in_agreement(sentence, status, f"purchase.{rule}")


def _product(sentence: Sentence, q: Quantity, cue) -> str | None:
    lo, hi = min(q.start, cue.start) - 20, max(q.end, cue.end) + 12
    inside = [
        p for p in sentence.products if lo <= p[0] and p[1] <= hi and p[2] not in ("services",)
    ]
    return inside[0][2] if inside else None


_SHARE_OF = re.compile(r"(?:['’]s)?\s+share\s+of\b", re.IGNORECASE)
_EVERYTHING = re.compile(
    r"\s+of\s+(?:everything|all(?:\s+that)?|what)\s+(?:the\s+)?$", re.IGNORECASE
)


def _share_parties(sentence: Sentence, q: Quantity, actor, partner):
    """`took 20.6 percent of the bloc's exports`, `of everything the EU sold abroad`: the owner
    after the number is the exporter; `The US share of Taiwan's exports`: the US takes it."""
    taker = next(
        (
            r
            for r in sentence.roles
            if r.mention.end < q.start and _SHARE_OF.match(sentence.text, r.mention.end)
        ),
        None,
    )
    owner = next(
        (
            r
            for r in sentence.roles
            if 0 <= r.mention.start - q.end <= 40
            and (
                r.role in ("owner", "origin")
                or _EVERYTHING.fullmatch(sentence.text, q.end, r.mention.start)
            )
        ),
        None,
    )
    if taker is not None:
        return (owner or actor), taker
    if owner is None and partner is None:
        # `The US took 20.6% of everything the EU sold abroad and supplied 13.7% of its
        # imports`: the subject that takes or supplies the share is the other side
        taker = next(
            (
                r
                for r in reversed(sentence.codes("subject", before=q.start))
                if r.mention.kind not in ("leader", "context") and r.mention.code != code_of(actor)
            ),
            None,
        )
        return actor, taker
    if owner is None:
        return actor, partner
    other = next(
        (
            r
            for r in sentence.roles
            if r.mention.code != owner.mention.code
            and r.role in ("dest", "subject", "with")
            and r.mention.kind != "leader"
        ),
        None,
    )
    return owner, other


def _by_direction(sentence: Sentence, measure: str, cue, actor, partner):
    """`Exports from Japan to the United States`: with no subject named, the prepositions right
    after the trade word say who sells (`from` for exports, `into` for imports) and to whom."""
    if isinstance(actor, Role) or measure not in ("exports", "imports"):
        return actor, partner
    near = [r for r in sentence.roles if 0 <= r.mention.start - cue.end <= 40]
    sources = [r for r in near if r.role == "source"]
    dests = [r for r in near if r.role == "dest"]
    own, other = (sources, dests) if measure == "exports" else (dests, sources)
    if own:
        return own[0], (other[0] if other else None)
    return actor, partner


def _goods_of(sentence: Sentence, role) -> bool:
    return (
        isinstance(role, Role)
        and role.role == "origin"
        and re.match(
            r"\s+(?:[\w-]+\s+){0,2}?(?:goods|products|merchandise)\b",
            sentence.text[role.mention.end :],
        )
        is not None
    )


def _default_actor(sentence: Sentence, partner: Role | None) -> str | None:
    taken = {partner.mention.code} if partner is not None else set()
    article = sentence.article
    headed = article.in_list and article.section_code is not None
    if not headed and article.passage_code is not None and article.passage_code not in taken:
        return article.passage_code  # `German exports totalled ... Imports fell to ...`
    if not headed and article.chapter_code is not None and article.chapter_code not in taken:
        return article.chapter_code  # `Exports rose` in the paragraphs under `South Korea`
    if not headed and article.lead is not None and article.lead not in taken:
        return article.lead  # `April exports were $289.4 billion` in a release opened by the U.S.
    return article.fallback(taken)


def _distributed(sentence: Sentence, quantities: list[Quantity]) -> dict:
    """`with China ($295.4 billion), the EU ($235.6 billion)` and `Japan and Canada were
    $68.5 billion and $63.3 billion, respectively`: one partner per number."""
    out = {}
    for q in quantities:
        lead = sentence.text[max(0, q.start - 40) : q.start]
        if re.search(r"\(\s*$", lead):
            prior = [
                r
                for r in sentence.roles
                if r.mention.end <= q.start and q.start - r.mention.end <= 4
            ]
            if prior:
                out[q] = prior[-1]
    said = sentence.text.find("respectively")
    # `..., and the gap with India reached $45.7 billion`: only the numbers before the word
    listed = [q for q in quantities if q.start < said]
    if out or len(listed) < 2:
        return out
    group = [
        r for r in sentence.roles if r.mention.end <= listed[0].start and r.role in PARTNER_ROLES
    ]
    group = distinct(group)[-len(listed) :]
    if len(group) == len(listed):
        out = dict(zip(listed, group, strict=True))
    return out


def _respectively(sentence: Sentence, quantities: list[Quantity], cues) -> dict:
    """`exports and imports made up 11.2 and 4.9 percent`: pair cues and numbers in order."""
    if len(quantities) < 2:
        return {}
    lead = [c for c in cues if c.end <= quantities[0].start]
    measures = []
    for cue in lead:
        if not measures or measures[-1].measure != cue.measure:
            measures.append(cue)
    if len(measures) != len(quantities):
        return {}
    return dict(zip(quantities, measures, strict=True))


def _parties(
    sentence: Sentence, lo: int, hi: int, q: Quantity
) -> tuple[Role | str | None, Role | str | None]:
    roles = [r for r in sentence.roles if r.mention.kind != "leader" or r.role == "owner"]
    ranked = _ranked_partner(sentence, roles, q)
    if ranked:
        return ranked
    # `the US-China deficit`, `U.S.-Japan trade`
    for role in roles:
        if role.pair_with and role.role != "with" and abs(role.mention.start - lo) < 60:
            return role, role.pair_with
    between = [r for r in roles if r.role == "with"]
    if len(distinct(between)) >= 2 and all(r.mention.kind == "context" for r in between[:2]):
        # `trade between the two countries reached $129 billion, when the United States ran a
        # $45.7 billion deficit with India`: a subject named after the pair owns later figures
        named_after = [
            r
            for r in roles
            if r.role in ACTOR_ROLES
            and r.mention.kind != "context"
            and between[1].mention.end <= r.mention.start < hi
        ]
        if not named_after:
            return between[0], between[1]
    before = [r for r in roles if r.role in ACTOR_ROLES and r.mention.start < hi]
    actor = before[-1] if before else None
    partners = [
        r
        for r in roles
        if r.role in PARTNER_ROLES and (actor is None or r.mention.code != actor.mention.code)
    ]
    # `China's surplus with the EU was €304.5 billion, and its surplus with the US hit $361
    # billion`: a figure's partner is named in its own clause, nearest its trade word
    # `$50.8 billion of copper, about half of it to China`: where a part went, not the whole
    partners = [
        r
        for r in partners
        if not _PART_TO.search(sentence.text, max(0, r.mention.start - 30), r.mention.start)
    ]
    start, end = _clause(sentence.text, lo, hi)
    own_start, own_end = _clause(sentence.text, q.start, q.end)
    # `; with Taiwan it was $73.9 billion`: the number's own clause names its partner
    own = [r for r in partners if own_start <= r.mention.start < own_end and own_start > start]
    partners = own or [r for r in partners if start <= r.mention.start < end]
    inside = own or [r for r in partners if lo <= r.mention.start <= hi]
    near = [r for r in partners if r.mention.start >= lo - 40]
    # `with China at $295.4 billion, Mexico at $171.8 billion`: each figure's own entry
    entry = [r for r in partners if entry_figure(sentence, r, q)]
    partner = first(entry) or first(inside) or first(near) or first(partners)
    if _WORLD.search(sentence.text, max(0, lo - WORLD_REACH), hi) and not inside:
        partner = None  # `a deficit with the world`, `shipped $300 billion of goods abroad`
    pair = distinct(between)[:2]
    if (
        len(pair) == 2
        and actor is None
        and COORD.match(sentence.text[pair[0].mention.end : pair[1].mention.start])
        # `the deficits with South Korea and Canada were $66.0 billion and $63.3 billion
        # respectively`: two partners, one number each
        and not _distributed(sentence, sentence.quantities)
    ):
        # `trade between the US and China`, not `with the US ... with China`
        return pair[0], pair[1]
    if actor is not None and actor.lead and partner is None:
        # `- China: $295.4 billion` under `U.S. deficits with its largest partners:`
        return _default_actor(sentence, actor), actor
    if actor is None:
        home = CURRENCY_HOME.get(q.unit)
        # `Exports fell to C$60.1 billion` in a Canadian release: the currency tells whose figure
        if home is not None and (partner is None or partner.mention.code != home):
            return home, partner
        actor = _default_actor(sentence, partner)
    return actor, partner
