"""Investments: who invests, where, through which company, how much."""

from __future__ import annotations

import re

from pipeline.extractors.common import (
    CURRENCY_HOME,
    FINAL_DECISION,
    coordinated,
    fact,
    figure_clause,
    framed,
    in_agreement,
    named,
    negated,
    product_for,
    reporter,
    status_for,
    status_near_any,
    year_for,
)
from pipeline.extractors.context import APOSTROPHE_S, Role, Sentence, nearest
from pipeline.lexicon import Cue, Mention
from pipeline.normalize import Quantity

STATUSES = ("pledged", "announced", "agreed", "planned", "reported", "threatened", "delayed")
_INBOUND = re.compile(
    r"\bforeign (?:direct )?investment\b|\bFDI\b|\binbound investment\b", re.IGNORECASE
)
# money handed over for something done: the core of money spent and of a takeover closed
_DONE_DEAL = r"paid|bought|acquired|completed|closed"
# money spent or being spent, a state of affairs rather than news of a plan
_SPENT = re.compile(
    rf"\b(?:{_DONE_DEAL}|put|spent|poured|invested|opened|began"
    r"|(?:is|are|was|were) (?:spending|building)|represents?)\b",
    re.IGNORECASE,
)
# `Mexico's foreign direct investment`, `Vietnam's FDI inflows`: what the owner received
_OUTWARD = re.compile(r"\b(?:outbound|outward|outflows?|abroad|overseas)\b", re.IGNORECASE)
_OWNED_INBOUND = re.compile(
    rf"{APOSTROPHE_S}\s+(?:\w+\s+)?(?:foreign (?:direct )?investment|FDI|inbound investment)\b",
    re.IGNORECASE,
)
_AID = re.compile(
    r"\b(?:aid|assistance|humanitarian|relief|landmines?|demining|donat\w*|grants?)\b",
    re.IGNORECASE,
)
_HALTED_PLAN = re.compile(
    r"\b(?:paus\w+|postpon\w+|delay\w*|suspend\w*|froze|frozen|freez\w+)\s+(?:its |their |the )?plans?\b"
    r"|\bplans?\b[^.;]{0,60}\bon hold\b",
    re.IGNORECASE,
)
_DROPPED_PLAN = re.compile(
    r"\b(?:drop(?:s|ped|ping)?|abandon\w*|scrap\w*|pull\w* out of|cancel\w*|shelv\w*"
    r"|walk\w* away from|no longer go ahead with)\s+(?:(?:its|their|the|a|an|plans? for)\s+)*"
    r"plan(?:s|ned)?\b",
    re.IGNORECASE,
)
# a company bought or merged: `agreed to buy ABB's robotics arm`, `ADNOC's takeover of Covestro`
# (a bid or an offer is not yet a deal)
_TAKEOVER = re.compile(
    r"\b(?:takeover|take-private|acquisition|purchase of|to buy|merger|to acquire)\b"
    r"(?!\s+(?:bid|offer|approach|proposal)s?\b)",
    re.IGNORECASE,
)
_BID = re.compile(r"\b(?:bids?|offers?|offered|approach|proposals?|hostile)\b", re.IGNORECASE)
_CLOSED = re.compile(rf"\b(?:{_DONE_DEAL}|completion of|took over)\b", re.IGNORECASE)
# where the clause of a figure ends or the one before it began
_CLAUSE_BREAK = re.compile(
    r";|,\s+(?:and|but|although|though|while|whereas|after|before)\b"
    r"|\s(?:but|although|though|while|whereas|after|before)\s",
    re.IGNORECASE,
)


def _dropped_plan(sentence: Sentence, q: Quantity) -> bool:
    """`Intel dropped its plan for a €30 billion chip plant`: the plan the figure sizes was
    dropped, unless another investor is named in between (`After Intel dropped its plan for
    Magdeburg, TSMC plans to invest €10 billion`)."""
    found = list(_DROPPED_PLAN.finditer(sentence.text, max(0, q.start - 150), q.start))
    return bool(found) and not any(
        found[-1].end() <= r.mention.start < q.start
        and (r.role in ("subject", "owner") or r.mention.kind == "company")
        for r in sentence.roles
    )


def _takeover_state(sentence: Sentence, q: Quantity, status: str, rule: str) -> tuple[str, str]:
    """A takeover in the figure's own clause with no word of its state: signed is agreed,
    closed is reported; a bid or an offer is neither."""
    lo, hi = _figure_span(sentence, q)
    if not _TAKEOVER.search(sentence.text, lo, hi) or _BID.search(sentence.text, lo, hi):
        return status, rule
    closed = _CLOSED.search(sentence.text, lo, hi)
    return ("reported" if closed else "agreed"), "default+takeover"


def _figure_span(sentence: Sentence, q: Quantity) -> tuple[int, int]:
    """The stretch of the sentence that is the figure's own clause."""
    text = sentence.text
    before = [m.end() for m in _CLAUSE_BREAK.finditer(text, 0, q.start)]
    after = _CLAUSE_BREAK.search(text, q.end)
    return (before[-1] if before else 0), (after.start() if after else len(text))


_TENTATIVE = re.compile(
    r"\b(?:consider\w*|could|might|(?-i:may)|explor\w*|talks?|discuss\w*|studying|weigh\w*|possible|potential)\b",
    re.IGNORECASE,
)
# households and visitors spend money in a country; they do not invest it
_NOT_CAPITAL = re.compile(
    r"\b(?:tourists?|visitors?|consumers?|shoppers?|households?|students?)\b", re.IGNORECASE
)
_HOME_BASE = re.compile(
    r"\b(?:headquartered|based|home|which(?:\s+\w+){1,3}?)\s+(?:in|at)\s+(?:the\s+)?$",
    re.IGNORECASE,
)
# `subsidies of up to ¥476 billion`, `€5 billion in state aid`: a state's money for a plant
_AIDED = r"(?:subsid(?:y|ies)|state aid|direct funding|public funding)"
_SUBSIDY_BEFORE = re.compile(
    rf"\b{_AIDED}\s+(?:worth\s+|of\s+|totalling\s+)(?:up to\s+|about\s+|some\s+|more than\s+)?$",
    re.IGNORECASE,
)
_AND_MORE = re.compile(r"[^.;$€£¥]{0,40}\band\s+(?:up to\s+|another\s+)?")
_SUBSIDY_AFTER = re.compile(rf"\s+(?:in|of)\s+(?:[\w-]+\s+){{0,2}}?{_AIDED}\b", re.IGNORECASE)
_ACTION = re.compile(
    r"\binvest(?:s|ed|ing|ment)?\b|\bacqui(?:re|res|red|ring|sition)\b|\bpurchase\b|\bbid\b|\btakeover\b|\bstake\b|\bbuy(?:ing)?\b",
    re.IGNORECASE,
)


# `agreed to buy the robotics division of ABB`, `its purchase of DB Schenker`: a company bought
_BOUGHT = re.compile(
    r"\b(?:buy|buys|buying|bought|purchas(?:e|es|ed|ing))\s+(?:of\s+)?"
    r"(?:(?!(?:from|with|to|for|at|by|in)\s)[\w'’-]+,?\s+){0,5}?$",
    re.IGNORECASE,
)


# what may follow a company that is itself bought: not `Boeing jets`, `Toyota vehicles`
_BOUGHT_END = re.compile(
    r"['’]|\s*(?:[,.;:(—–]|$)|\s+(?:for|in|on|at|from|and|to|with|after|before|last|this|earlier"
    r"|which|who|when|as|by|until)\b"
)


def takeover_cues(text: str, mentions: list[Mention]) -> list[Cue]:
    """Investment cues for a company named as what is bought, which no trigger word marks."""
    return [
        Cue(found.start(), found.start() + len(found.group(0).split()[0]), "topic", "investment")
        for m in mentions
        if m.kind == "company"
        and (found := _BOUGHT.search(text, max(0, m.start - 60), m.start)) is not None
        and not any(ch.isdigit() for ch in found.group(0))
        and _BOUGHT_END.match(text, m.end)
    ]


# `will buy Canada's Nova Chemicals`: the owner of what is bought, right after the buying word
_BUYS_NEXT = re.compile(
    r"\b(?:buy|buys|bought|buying|acquir(?:e|es|ed|ing)|purchas(?:e|es|ed|ing)"
    r"|t(?:ake|akes|ook|aking) over)\s+$",
    re.IGNORECASE,
)


def extract(sentence: Sentence, quantities: list[Quantity]) -> list[dict]:
    cues = sentence.topic_cues("investment")
    investors = _respectively(sentence, quantities)
    facts = []
    aided = None
    granter = None  # the government whose grant for a company's plant the sum before was
    for q in quantities:
        # `subsidies of ¥476 billion for the first fab and up to ¥732 billion for the second`
        more = aided is not None and _AND_MORE.match(sentence.text, aided.end, q.start)
        # `... and has promised up to ¥732 billion for a second one`: the same government gives
        again = more or _GRANTED.search(sentence.text, max(0, q.start - 40), q.start)
        granter = _state_grant(sentence, q) or (granter if again else None)
        granted = granter is not None
        support = _industrial_support(sentence, q)
        subsidy = (
            _SUBSIDY_BEFORE.search(sentence.text, max(0, q.start - 40), q.start)
            or _SUBSIDY_AFTER.match(sentence.text, q.end)
            or granted
            or more
            or support
        )
        aided = q if subsidy else None
        if not subsidy and _SUPPORT_AFTER.match(sentence.text, q.end):
            continue  # `$10 billion in government support` for farmers: relief, not capital
        if not subsidy and _AID.search(sentence.text, max(0, q.start - 80), q.end + 80):
            continue  # `will fund $500 million for projects to clear landmines`: aid, not capital
        if _NOT_CAPITAL.search(sentence.text, max(0, q.start - 60), q.start):
            continue
        cue = nearest(cues, q.start)[0]
        # a heading's word (`Foreign investment` over a list) has no width here: the sum anchors
        anchor = cue.start if cue and cue.end > cue.start else q.start
        actor, partner = _parties(sentence, anchor, q.unit, q.start)
        if q in investors:
            actor = investors[q]
        if granter is not None:
            actor = partner = granter
        elif support or (
            subsidy and not (isinstance(actor, Role) and actor.mention.kind == "company")
        ):
            # (`Support of up to ¥243 billion for Kioxia's lines`: the state, not the company)
            actor = partner = _subsidiser(sentence, q) or actor
        inbound = _inbound(sentence)
        if inbound is not None:
            actor, partner = None, inbound
        status, rule = status_for(sentence, q.start, STATUSES, "announced")
        if rule == "default" and _SPENT.search(
            sentence.text, figure_clause(sentence, q.start), q.start
        ):
            status = "reported"  # `Microsoft put $1.5 billion into G42`: money already spent
        if status == "announced" and rule == "default":
            status, rule = _takeover_state(sentence, q, status, rule)
        status, rule = in_agreement(sentence, status, rule)
        if status == "planned" and _dropped_plan(sentence, q):
            status, rule = "announced", rule + "+dropped"  # `Intel dropped its plan for a plant`
        elif status == "planned" and _HALTED_PLAN.search(sentence.text):
            status, rule = "delayed", rule + "+halted"  # `BYD put its plans for a plant on hold`
        elif status == "planned" and not _TENTATIVE.search(sentence.text):
            # `plans to invest $21 billion`: an investor's own plan is its commitment
            status, rule = "pledged", rule + "+own-plan"
        # `Stellantis and CATL will invest up to €4.1 billion`: each partner of the venture
        partners = [] if q in investors else _co_investors(sentence, actor)
        for investor in [actor, *partners]:
            row = fact(
                sentence,
                "investment",
                "amount",
                investor,
                partner,
                q,
                status,
                rule,
                actor_optional=inbound is not None,
                # `Tata is building a fab in Gujarat`: money spent at a named place at home
                at_home=bool(subsidy) or _at_home(investor, partner),
                year=year_for(sentence, q.start),
                product=product_for(sentence, q.start - 60, q.end + 60),
                is_negated=negated(sentence, anchor - 30, q.end, anchor),
                confidence=0.75,
            )
            if row:
                facts.append(row)
    if not quantities and cues and _ACTION.search(sentence.text) and not _energy_plant(sentence):
        facts.extend(_without_amount(sentence, cues))
    return facts


# `a combined $900 billion`: a sum the partners add up to, not each one's
_SHARED = re.compile(
    r"\b(?:combined|together|jointly|between them|respectively|in total)\b", re.IGNORECASE
)


def _co_investors(sentence: Sentence, actor) -> list[Role]:
    """The other subjects coordinated with the investor (`Stellantis and CATL will invest`),
    each from a country of its own."""
    if not isinstance(actor, Role) or actor.role != "subject" or _SHARED.search(sentence.text):
        return []
    return [
        r
        for r in coordinated(sentence, actor)
        if r.role == "subject"
        and r.mention.kind != "leader"
        and r.mention.code != actor.mention.code
    ]


def _energy_plant(sentence: Sentence) -> bool:
    """`took a final investment decision on Louisiana LNG`: an energy project, not a sum invested."""
    return bool(FINAL_DECISION.search(sentence.text)) and bool(sentence.topic_cues("energy"))


def _abroad_before(sentence: Sentence, company: Role) -> bool:
    """`Toyota is building a plant in the United States. Toyota will invest another 300 billion
    yen in the plant.`: the sentence before names the company and a country other than its own."""
    lead = sentence.article.sentence_before()
    if lead is None:
        return False
    mentions = lead[1]
    home = company.mention.code
    return any(m.kind == "company" and m.text == company.mention.text for m in mentions) and any(
        m.kind not in ("company", "leader") and m.code != home for m in mentions
    )


def _at_home(actor, partner) -> bool:
    """`Tata is building a fab in Gujarat`, `Apple will spend $500 billion in the United
    States`: money a company spends in a place named as its destination, at home."""
    if isinstance(partner, str):
        # the home a company's own currency names (see `_parties`)
        return (
            isinstance(actor, Role)
            and actor.mention.kind == "company"
            and partner == actor.mention.code
        )
    if not isinstance(partner, Role):
        return False
    return partner.mention.kind == "place" or (
        isinstance(actor, Role) and actor.mention.kind == "company" and partner.role == "dest"
    )


_GRANTED = re.compile(
    r"\b(?:provid(?:ed|es|e)|grant(?:ed|s)?|gave|gives|promised|pledged|approved|offered|earmarked)"
    r"\s+(?:an?\s+(?:further|additional|extra)\s+)?(?:up\s+to\s+|about\s+|some\s+|nearly\s+|another\s+)?$",
    re.IGNORECASE,
)
_FOR_A_COMPANY = re.compile(r"\s+(?:more\s+)?for\s+(?:the\s+)?$")
_FOR_A_PLANT = re.compile(
    r"\s+(?:more\s+)?for\s+(?:an?|the|its)\s+(?:(?:first|second|third|new|planned|chip|car|battery)\s+)?"
    r"(?:plants?|fabs?|factor(?:y|ies))\b",
    re.IGNORECASE,
)


# `¥536 billion in support for the project`, `Support of up to ¥243 billion for Kioxia's lines`
_SUPPORT_AFTER = re.compile(
    r"\s+(?:more\s+)?(?:in|of)\s+(?:public\s+|government\s+|state\s+)?support\b", re.IGNORECASE
)
_SUPPORT_BEFORE = re.compile(
    r"\b(?:public\s+|government\s+|state\s+)?support\s+(?:of|worth)\s+(?:up to\s+|about\s+)?$",
    re.IGNORECASE,
)
_INDUSTRY = re.compile(
    r"\b(?:projects?|plants?|fabs?|factor(?:y|ies)|lines|chips?|semiconductors?|venture)\b",
    re.IGNORECASE,
)
_FARMERS = re.compile(r"\b(?:farmers?|growers?|ranchers?|households?|workers?)\b", re.IGNORECASE)


def _industrial_support(sentence: Sentence, q: Quantity) -> bool:
    """`Tokyo approved up to ¥536 billion in support for the project`, `Rapidus had received
    ¥1.72 trillion in government support`: public money for a plant or a chipmaker is state
    aid; `$10 billion in government support` for farmers is relief."""
    said = _SUPPORT_AFTER.match(sentence.text, q.end) or _SUPPORT_BEFORE.search(
        sentence.text, max(0, q.start - 40), q.start
    )
    company = any(r.mention.kind == "company" for r in sentence.roles)
    # `$10 billion in support to Ukraine`, `for Chinese steel plants in Indonesia`: aid abroad
    countries = {r.mention.code for r in sentence.roles if r.mention.kind != "company"}
    return bool(
        said
        and (company or _INDUSTRY.search(sentence.text))
        and len(countries) <= 1
        and not _FARMERS.search(sentence.text)
        and not _AID.search(sentence.text)
    )


def _state_grant(sentence: Sentence, q: Quantity) -> Role | None:
    """`Tokyo has provided up to 476 billion yen for TSMC's first plant in Kumamoto`: a
    government giving money for a company's plant on its own soil aids it; the government."""
    if not _GRANTED.search(sentence.text, max(0, q.start - 40), q.start):
        return None
    since = figure_clause(sentence, q.start)
    states = [
        r
        for r in sentence.roles
        if r.role == "subject"
        and r.mention.kind not in ("company", "leader", "place")
        and since <= r.mention.start
        and r.mention.end <= q.start
    ]
    company = next(
        (
            r
            for r in sentence.roles
            if r.mention.kind == "company"
            and r.mention.start > q.end
            and _FOR_A_COMPANY.fullmatch(sentence.text, q.end, r.mention.start)
        ),
        None,
    )
    plant = None
    if company is None and states:
        # `Tokyo has approved up to 732 billion yen more for a second plant nearby`
        plant = _FOR_A_PLANT.match(sentence.text, q.end)
    elif company is not None:
        # `$10 billion for SoftBank's Vision Fund`: no plant
        plant = _COMPANY_PLANT.match(sentence.text, company.mention.end)
    if plant is None or not states:
        return None
    state = states[-1]
    # `Taiwan approved $3.5 billion for a new plant in Arizona`: not on the state's own soil
    abroad = [
        r
        for r in sentence.roles
        if r.mention.kind in ("place", "name", "alias")
        and r.mention.start >= plant.end()
        and r.mention.code != state.mention.code
        and re.fullmatch(
            r"\s*(?:in|near|at)\s+(?:the\s+)?", sentence.text[plant.end() : r.mention.start]
        )
    ]
    return None if abroad else state


# `TSMC's first plant`, `Toyota's new fab`: the company's plant the money is for
_COMPANY_PLANT = re.compile(
    r"(?:['’]s?)?\s+(?:(?:first|second|new|planned|chip|car|battery|\w+-?)\s+){0,2}?"
    r"(?:plants?|fabs?|factor(?:y|ies)|facilit(?:y|ies)|smelters?|mills?|sites?)\b",
    re.IGNORECASE,
)


def _subsidiser(sentence: Sentence, q: Quantity) -> Role | str | None:
    """`Japan's government approved subsidies of ¥476 billion`, `backed by $6.6 billion under
    the CHIPS Act` for an Arizona plant: a state's aid to a plant on its soil is its own
    investment at home."""
    # `The European Commission approved 5 billion euros of German state aid`: Germany's aid
    granting = [
        r
        for r in sentence.roles
        if r.mention.kind == "demonym"
        and _AID_NOUN.match(sentence.text, r.mention.end)
        and _OF_THE_SUM.fullmatch(sentence.text, q.end, r.mention.start)
    ]
    states = [
        r
        for r in sentence.roles
        if r.mention.kind not in ("company", "leader", "place") and r.mention.start < q.start
    ]
    places = [r for r in sentence.roles if r.mention.kind == "place"]
    return (granting or states or places or [CURRENCY_HOME.get(q.unit or "")])[0]


_OF_THE_SUM = re.compile(r"\s+(?:of|in)\s+")
_AID_NOUN = re.compile(
    r"\s+(?:state\s+aid|subsid(?:y|ies)|government\s+(?:support|aid|funding))\b", re.IGNORECASE
)


def _respectively(sentence: Sentence, quantities: list[Quantity]) -> dict:
    """`Roche and Novartis have promised $50 billion and $23 billion respectively`."""
    if "respectively" not in sentence.text or len(quantities) < 2:
        return {}
    before = [r for r in sentence.roles if r.mention.end <= quantities[0].start]
    companies = [r for r in before if r.mention.kind == "company"]
    group = companies[-len(quantities) :] if len(companies) >= len(quantities) else []
    return dict(zip(quantities, group, strict=True)) if len(group) == len(quantities) else {}


def _inbound(sentence: Sentence) -> Role | str | None:
    """`foreign direct investment into China`, `Vietnam's FDI inflows`: the receiver is known,
    the investors are not. `The economy ministry reported record foreign investment`, naming
    no country: the text's own country received it."""
    if not _INBOUND.search(sentence.text):
        return None
    if not sentence.roles:
        return sentence.article.lead
    dests = [r for r in sentence.roles if r.role == "dest"]
    receivers = [
        r
        for r in sentence.roles
        if r.role == "owner" and _OWNED_INBOUND.match(sentence.text, r.mention.end)
    ]
    if receivers and not dests and not _OUTWARD.search(sentence.text):
        return receivers[0]  # (`Japan's foreign direct investment in the US` went out)
    actors = [
        r for r in sentence.roles if r.role in ("subject", "owner") and r.mention.kind != "leader"
    ]
    return dests[0] if dests and not actors else None


def _without_amount(sentence: Sentence, cues) -> list[dict]:
    status, rule, cue = status_near_any(sentence, cues, STATUSES)
    if not status or len(named(sentence)) < 2 or _only_generic(sentence, cues):
        return []
    actor, partner = _parties(sentence, cue.start)
    if partner is None or actor is None:
        return []
    row = fact(
        sentence,
        "investment",
        "amount",
        actor,
        partner,
        None,
        status,
        f"{rule}.novalue",
        is_negated=negated(sentence, cue.start - 40, cue.end + 30, cue.start),
        confidence=0.5,
    )
    return [row] if row else []


# `the trade and investment framework`, `XRG, ADNOC's investment arm`, `an investment
# decision`: the word names a kind of deal, body or step, not money put in
# (not `fund`: the Public Investment Fund is an investor; not `agreement`: a signed investment
# agreement can be one)
_GENERIC = re.compile(
    r"\btrade and investment\b|\binvestment\s+(?:arms?|firms?|company|companies|groups?"
    r"|banks?|bankers?|vehicles?|framework|understanding|treaty|decisions?|screening"
    r"|review|restrictions|rules|climate|figures|grade|promotion)\b",
    re.IGNORECASE,
)


def _only_generic(sentence: Sentence, cues) -> bool:
    """Whether every investment word of the sentence is a generic one."""
    spans = [m.span() for m in _GENERIC.finditer(sentence.text)]
    return bool(spans) and all(any(a <= c.start < b for a, b in spans) for c in cues)


_PROMISE = re.compile(
    rf"^{APOSTROPHE_S}?\s+(?:\w+\s+){{0,2}}?(?:promise|pledge|commitment|plan|offer|bid|investment)s?\b",
    re.IGNORECASE,
)


def _after_cue(sentence: Sentence, role: Role) -> bool:
    """`investment from Japan`: the mention follows an investment word closely."""
    return any(0 <= role.mention.start - c.end <= 8 for c in sentence.topic_cues("investment"))


_BY = re.compile(r"\bby\s+(?:the\s+)?$", re.IGNORECASE)
_THAT = re.compile(r"\bthat\s+(?=(?:the\s+)?[A-Z])")
_INTO = re.compile(r"\b(?:in|into)\s+(?:the\s+|[a-z-]+\s+)?$")
# `the kingdom would raise its planned US investments`, `Apple raised its U.S. commitment`:
# a country between an owner and the money names where the money goes
_OWNED_BEFORE = re.compile(
    rf"(?:\b(?:its|their|his|her|our)|\w{APOSTROPHE_S})\s+(?:(?:planned|promised|pledged|new|total|own)\s+)?$",
    re.IGNORECASE,
)
_MONEY_NOUN = re.compile(r"\s+(?:investments?|commitments?)\b", re.IGNORECASE)


def _owned_dest(sentence: Sentence, role: Role) -> bool:
    """`its planned US investments`: the country named inside someone's investment."""
    return role.mention.kind not in ("company", "leader", "context") and framed(
        sentence, role, _OWNED_BEFORE, _MONEY_NOUN, reach=40
    )


_BUILT_BY = re.compile(
    r"\b(?:built|developed|constructed|operated|run)\s+by\s+(?:the\s+)?$", re.IGNORECASE
)


_NATIONAL_INVESTMENT = re.compile(r"\s+(?:[a-z-]+\s+)?investments?\b")


# `..., and Saudi Arabia committed $600 billion`: a new clause with a subject of its own
_NEW_CLAUSE = re.compile(r",\s+(?:and|while|but|whereas)\s+(?:the\s+)?$")
_ITS_VERB = re.compile(
    r"\s+(?:(?:has|have|had|will|would)\s+)?"
    r"(?:commit\w*|pledg\w*|promis\w*|invest\w*|offer\w*|earmark\w*|spen[dt]\w*|agreed|plans?|planned)\b",
    re.IGNORECASE,
)


def _own_clause(sentence: Sentence, roles: list[Role], before: list[Role], near: int) -> list[Role]:
    """`The UAE pledged $1.4 trillion of US investment, and Saudi Arabia committed $600
    billion`: when a clause whose subject pledges or invests opens before the sum, that
    subject and the parties after it act, not those of the clause before."""
    opened = [
        r
        for r in roles
        if r.role == "subject"
        and r.mention.start < near
        and _NEW_CLAUSE.search(sentence.text, max(0, r.mention.start - 12), r.mention.start)
        and _ITS_VERB.match(sentence.text, r.mention.end)
    ]
    if not opened:
        return before
    start = opened[-1].mention.start
    return [r for r in before if r.mention.start >= start] or [opened[-1]]


def _parties(
    sentence: Sentence, anchor: int, unit: str | None = None, amount_at: int | None = None
) -> tuple[Role | str | None, Role | str | None]:
    # `a plant in Liberty, North Carolina`, `the Dresden fab`: a place after the investing
    # word is where money goes; `Toyota, headquartered in Aichi,` says only where it is from
    roles = [r for r in sentence.roles if r.mention.kind != "place"]
    near = amount_at if amount_at is not None else anchor
    places = sorted(
        (
            r
            for r in sentence.roles
            if r.mention.kind == "place"
            and not _HOME_BASE.search(sentence.text, max(0, r.mention.start - 40), r.mention.start)
            and not sentence.text.startswith("-based", r.mention.end)
        ),
        key=lambda r: abs(r.mention.start - near),
    )
    before = [
        r
        for r in roles
        if r.mention.start < anchor and r.role in ("subject", "owner", "agent", "origin")
    ]
    before = [r for r in before if not reporter(sentence, r)] or before
    # `bin Salman told Trump at the White House that Saudi Arabia would increase its planned
    # investment`: the subject of the reported clause, not whoever heard it
    told = max((m.end() for m in _THAT.finditer(sentence.text, 0, anchor)), default=0)
    before = [r for r in before if r.mention.start >= told] or before
    before = _own_clause(sentence, roles, before, near)
    owned_dest = [r for r in roles if _owned_dest(sentence, r)]
    # `will buy Canada's Nova Chemicals`: the country whose company is bought receives the money
    bought = [
        r
        for r in roles
        if r.mention.kind in ("name", "alias")
        and r.role == "owner"
        and _BUYS_NEXT.search(sentence.text, max(0, r.mention.start - 30), r.mention.start)
    ]
    before = [r for r in before if r not in owned_dest and r not in bought]
    receivers = {r.mention.code for r in roles if r.role == "dest"}
    # `Modi pledged $10 billion in the U.S.`: a leader acts for the country, not where it invests
    leaders = [r for r in before if r.mention.kind == "leader" and r.mention.code not in receivers]
    before = [r for r in before if r.mention.kind != "leader"]
    companies = [r for r in before if r.mention.kind == "company"]
    # `investment from Japan in the U.S.`: the source of the money invests
    # and `a $20 billion investment by the UAE's MGX`: whoever it is by
    sources = [
        r
        for r in roles
        if _after_cue(sentence, r)
        and (r.role == "source" or _BY.search(sentence.text, 0, r.mention.start))
    ]
    # `the United Arab Emirates' promise of $1.4 trillion`: whose promise it is
    promisers = [
        r for r in before if r.role == "owner" and _PROMISE.match(sentence.text[r.mention.end :])
    ]
    # `The UK and India agreed that Indian companies would invest`: the one right before the verb
    doers = [
        r
        for r in before
        if any(
            re.fullmatch(r"\s*(?:[\w'’-]+\s+){0,3}", sentence.text[r.mention.end : at])
            for at in (anchor, amount_at)
            if at is not None
        )
    ]
    # `a $5.8 billion Hyundai Steel mill`: the company named with the sum's facility builds it
    # and `a $5.8 billion plant in Louisiana to be built by Hyundai Steel`
    builders = [
        r
        for r in roles
        if r.mention.kind == "company"
        and amount_at is not None
        and (
            0 < r.mention.start - amount_at <= 25
            or (r.mention.start > amount_at and _BUILT_BY.search(sentence.text, 0, r.mention.start))
        )
    ]
    # `$350 billion of Korean investment in the United States`: whose investment it is
    nationals = [
        r
        for r in roles
        if r.mention.kind == "demonym"
        and r.role != "with"  # `a Saudi-Syrian investment forum`: a pair, not Syria's money
        and _NATIONAL_INVESTMENT.match(sentence.text, r.mention.end)
    ]
    # the first named party acts: `Nippon Steel is dropping its bid for U.S. Steel and will invest`
    actor = (
        nationals
        or promisers
        or companies
        or sources
        or doers[-1:]
        or before
        or leaders
        or builders
        or [None]
    )[0]
    after = [
        r
        for r in roles
        if (r.mention.start >= anchor - 5 or r.role == "dest")
        and (actor is None or r.mention.code != actor.mention.code)
    ]
    dest = [
        r
        for r in after
        if r.role in ("dest", "subject", "target", "of", "with", "for")
        and r.mention.kind != "leader"
    ]
    actor_code = actor.mention.code if actor else None
    # `Trump welcomed the $20 billion plan`: the leader's country receives it
    hosts = sorted(
        (r for r in roles if r.mention.kind == "leader" and r.mention.code != actor_code),
        key=lambda r: abs(r.mention.start - anchor),
    )
    # `invest $13 billion in the United States ... from Brampton, Ontario`: a country named as
    # where the sum goes, nearer the sum than any place, is the destination
    named_dest = [r for r in dest if r.role == "dest" and r.mention.start > near]
    if (
        places
        and named_dest
        and named_dest[0].mention.start - near < abs(places[0].mention.start - near)
    ):
        places = []
    # `..., and days earlier agreed with Paris to invest up to €50 billion`: the figure's own
    # clause names where it goes
    since = figure_clause(sentence, amount_at) if amount_at is not None else 0
    own = [
        r
        for r in roles
        if since <= r.mention.start
        and r.role in ("dest", "with", "for")
        and r.mention.kind != "leader"
        and (actor is None or r.mention.code != actor.mention.code)
    ]
    if since and own:
        dest = own
        places = [r for r in places if r.mention.start >= since]
    # `to invest 10 billion euros in French companies`: the demonym of what the money goes into
    invested_in = [
        r
        for r in after
        if r.mention.kind == "demonym"
        and r.mention.start > near
        and _INTO.search(sentence.text, max(0, r.mention.start - 20), r.mention.start)
    ]
    partner = (owned_dest or bought or places or dest or invested_in or hosts or [None])[0]
    if partner is None and actor is not None and actor.mention.kind == "company":
        # `Apple will spend $500 billion in the United States`: its own country, named as such
        partner = next(
            (
                r
                for r in roles
                if r.role == "dest"
                and r.mention.code == actor.mention.code
                and r.mention.start > actor.mention.start
            ),
            None,
        )
    if actor is None:
        ranked = [
            c for c in sentence.article.pair() if partner is None or c != partner.mention.code
        ]
        actor = ranked[0] if ranked else None
        actor_code = actor
    home = CURRENCY_HOME.get(unit or "")
    if partner is None and home is not None and home != actor_code:
        partner = home  # `Honda's C$15 billion plan`: money in a country's currency is spent there
    elif (
        partner is None
        and home is not None
        and isinstance(actor, Role)
        and actor.mention.kind == "company"
        and {r.mention.code for r in roles} <= {home}
        and not _abroad_before(sentence, actor)
    ):
        # `AstraZeneca paused a 200 million pound expansion`: a company's money in its own
        # country's currency, with no other country named, is spent at home
        partner = home
    if partner is None:
        others = [c for c in sentence.article.pair() if c != actor_code]
        partner = others[0] if others else None
    return actor, partner
