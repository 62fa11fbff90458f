"""Defense spending: budgets, shares of GDP with target years, committed equipment purchases."""

from __future__ import annotations

import re

from pipeline.extractors.common import (
    CURRENCY_HOME,
    STATUS_REACH,
    TARGET_SPLIT,
    code_of,
    coordinated,
    fact,
    figure_clause,
    in_agreement,
    negated,
    own_crowns,
    reporter,
    status_for,
    year_for,
)
from pipeline.extractors.context import OPENING_IN, Role, Sentence, nearest
from pipeline.lexicon import Cue, weapon_makers
from pipeline.normalize import Quantity

_ORDER = re.compile(
    r"\b(?:buy|buyers?\s+of|bought|buying|order(?:s|ed)?|purchas(?:e|es|ed|ing)"
    r"|acquir(?:e|es|ed|ing)|signed for|add)\b",
    re.IGNORECASE,
)
_LOOSE = re.compile(
    r"\b(?:ambition|aspiration|could|might|(?<!as soon as )possible|debate|consider\w*|discuss\w*|proposal|propos\w+|requests?|requested|asked)\b",
    re.IGNORECASE,
)
STATUSES = ("pledged", "planned", "agreed", "announced", "reported", "delayed")
ACTOR_ROLES = ("subject", "owner", "agent")


def weapon_cues(text: str) -> list[Cue]:
    """Purchase cues for weapon systems named as their makers spell them (`CV90`, `K9`), which
    the trigger words do not list."""
    return [
        Cue(start, end, "topic", "defense_spending", "purchase")
        for start, end, _ in weapon_makers().find(text)
    ]


_CIVIL_PLANES = re.compile(
    r"\b(?:Boeing|Airbus|Embraer|COMAC)\b[^.;]{0,40}\b(?:jets?|aircraft|planes|airliners)\b"
    r"|\b(?:airlines?|Airways|passenger (?:jets|planes|aircraft)|commercial (?:jets|aircraft))\b"
)
_MILITARY = re.compile(
    r"\b(?:F-\d+\w*|fighters?|military|defen[cs]e|missiles?|tankers?|KC-46|P-8\w*|Apaches?"
    r"|Chinooks?|warplanes?|bombers?|armed forces|air forces?|weapons?|arms)\b",
    re.IGNORECASE,
)


def extract(sentence: Sentence, quantities: list[Quantity]) -> list[dict]:
    facts = []
    cues = sentence.topic_cues("defense_spending")
    if any(r.mention.code == "UKR" for r in sentence.roles[1:]) and _AID.search(sentence.text):
        return []  # aid to a third country is not the giver's defense spending
    if _CIVIL_PLANES.search(sentence.text) and not _MILITARY.search(sentence.text):
        return []  # `Qatar Airways agreed to buy 160 Boeing 787 jets`: airliners are no arms
    previous = None  # the figure before and whose it was
    for q in quantities:
        cue = nearest(cues, q.start)[0]
        year = year_for(sentence, q.start, reach=120)
        if q.kind in ("percent", "percent_gdp"):
            measure, partner = "share_gdp", None
            q = q.__class__(q.start, q.end, q.value, "percent_gdp", "percent_gdp")
        elif (
            (cue is not None and cue.measure == "purchase")
            or _bought_arms(sentence, cues)
            or _ordered(sentence, q)
        ) and not _BUDGET_NEAR.search(sentence.text, max(0, q.start - 40), q.start):
            measure, partner = "purchase", _supplier(sentence, q)
        else:
            measure, partner = "budget", None
        sale = _sale(sentence) if measure == "purchase" else None
        actor, partner = sale or (_actor(sentence, q, partner, measure == "purchase"), partner)
        if (
            measure != "purchase"
            and previous is not None
            and _SAME_SUM.fullmatch(sentence.text, previous[0].end, q.start)
        ):
            actor = previous[1]  # `NT$949.5 billion, or 3.32 percent of GDP`: one sum, twice
        previous = (q, actor)
        if measure == "purchase" and partner is None:
            partner = _maker(sentence, code_of(actor), q.start)
        facts.extend(_rows(sentence, q, measure, actor, partner, year))
    if not quantities:
        facts.extend(_purchase_without_amount(sentence, cues))
    return facts


def _rows(sentence: Sentence, q: Quantity, measure: str, actor, partner, year) -> list[dict]:
    """The figure's rows: one per country of a run (`Germany and the United Kingdom were both
    estimated at 2.40%`)."""
    status, rule = _status(sentence, q, measure, year)
    rows = []
    # a run shares a level of spending; the two sides of a purchase are buyer and seller
    spread = isinstance(actor, Role) and measure in ("share_gdp", "budget")
    for each in coordinated(sentence, actor) if spread else [actor]:
        home = CURRENCY_HOME.get(own_crowns(sentence, q, code_of(each)))
        seller = partner
        if measure == "purchase" and seller is None and home != code_of(each):
            # `a frigate programme worth £10 billion to British industry`: priced by the seller
            seller = home
        row = fact(
            sentence,
            "defense_spending",
            measure,
            each,
            seller,
            q,
            status,
            rule,
            year=year,
            is_negated=negated(sentence, q.start - 30, q.end, q.start),
            confidence=0.75,
        )
        if row:
            rows.append(row)
            if measure == "share_gdp" and row["actor"]:
                sentence.article.last_share = (row["actor"], sentence.article.sentence_index)
    return rows


def _status(sentence: Sentence, q: Quantity, measure: str, year) -> tuple[str, str]:
    # `NATO estimates put Turkey's spending at 2.1 percent of GDP in 2025`: a statistic
    told = any(reporter(sentence, r) for r in sentence.roles if r.mention.end <= q.start)
    default = (
        "pledged"
        if measure == "share_gdp" and (year or _is_target(sentence, q)) and not told
        else "reported"
    )
    if measure == "purchase":
        default = "agreed"
    status, rule = status_for(sentence, q.start, STATUSES, default)
    if status == "pledged" and _FORECAST.search(
        sentence.text, figure_clause(sentence, q.start), q.start
    ):
        status, rule = "reported", f"{rule}+forecast"  # `NATO estimates it will spend 2.4%`
    if (
        measure == "share_gdp"
        and status == "announced"
        and _WILL_RAISE.search(sentence.text, figure_clause(sentence, q.start), q.start)
    ):
        # `Korea said it would raise defence spending to 3.5% of GDP`: a level it binds itself to
        status, rule = "pledged", f"{rule}+own-level"
    if status == "planned" and _own_target(sentence, q, measure, year):
        status, rule = "pledged", f"{rule}+own-target"
    if measure == "purchase" and status != "pledged":
        # (`Korea pledges to purchase $25 billion of US equipment` in a joint fact sheet stays
        # one side's commitment)
        status, rule = _decided(sentence, *in_agreement(sentence, status, rule))
    if (
        measure == "budget"
        and status == "reported"
        and _SET_BUDGET.search(sentence.text, max(0, q.start - STATUS_REACH), q.end + STATUS_REACH)
    ):
        # a government's budget or spending plan is a decision made public
        status, rule = "announced", f"{rule}+budget"
    published = sentence.article.published
    if (
        measure == "budget"
        and status == "reported"
        and not told
        and year
        and published
        and year > published.year
    ):
        status, rule = "pledged", f"{rule}+ahead"  # `a defence budget of €153 billion in 2029`
    return status, rule


# (`spending would pass 3%` is where it is heading: its subject is no government)
_WILL_RAISE = re.compile(
    r"\b(?:it|they|we|(?-i:[A-Z])[\w.]*)\s+(?:will|would|is|are)\s+(?:\w+\s+)?(?:raise|raising"
    r"|lift|lifting|increase|increasing|boost|boosting|reach|meet)\b",
    re.IGNORECASE,
)


def _purchase_without_amount(sentence: Sentence, cues) -> list[dict]:
    """`Poland has ordered 364 K9 howitzers from Hanwha`: a purchase priced only in units."""
    weapons = [c for c in cues if c.measure == "purchase"]
    order = (
        _ORDER.search(sentence.text)
        or _SALE.search(sentence.text)
        or _CONTRACTED.search(sentence.text)
        or _CHOSEN.search(sentence.text)
    )
    if not weapons or not order:
        return []
    sale = _sale(sentence)
    if sale:
        buyer, seller = sale
        seller = seller or _maker(sentence, code_of(buyer), order.start(), after=True)
        return _unpriced(sentence, order, weapons[0], buyer, seller) if seller else []
    buyers = [
        r
        for r in sentence.roles
        if r.role in ACTOR_ROLES
        and r.mention.start < order.start()
        and r.mention.kind not in ("company",)
    ]
    anchor = weapons[0]
    supplier = _supplier(sentence, anchor)
    if supplier is None and buyers:
        supplier = _maker(sentence, buyers[-1].mention.code, order.start(), after=True)
    if not buyers or supplier is None:
        return []
    return [
        row
        for each in _joint_makers(sentence, supplier)
        for row in _unpriced(sentence, order, anchor, buyers[-1], each)
    ]


def _joint_makers(sentence: Sentence, supplier: Role | str) -> list[Role | str]:
    """`the Franco-Italian consortium Eurosam`: both nations of a compound supply."""
    if not isinstance(supplier, Role) or supplier.pair_with is None:
        return [supplier]
    mate = [
        r
        for r in sentence.roles
        if r.mention.code == supplier.pair_with and r.pair_with == supplier.mention.code
    ]
    return sorted([supplier, *mate[:1]], key=lambda r: r.mention.start)


def _decided(sentence: Sentence, status: str, rule: str) -> tuple[str, str]:
    """A purchase made public before any contract is announced: a sale a government has approved
    (`Egypt received approval for`), a choice (`Belgium decided to order 11 more F-35s`)."""
    if status not in ("agreed", "reported") or _SIGNED.search(sentence.text):
        return status, rule
    if not rule.startswith("cue:agreed") and _APPROVAL.search(sentence.text):
        return "announced", f"{rule}+approved"
    if status == "agreed" and rule.startswith("default") and _CHOSEN.search(sentence.text):
        return "announced", f"{rule}+chosen"
    return status, rule


def _unpriced(sentence: Sentence, order: re.Match, anchor, buyer, supplier) -> list[dict]:
    status, rule = _decided(sentence, *status_for(sentence, order.start(), STATUSES, "agreed"))
    row = fact(
        sentence,
        "defense_spending",
        "purchase",
        buyer,
        supplier,
        None,
        status,
        f"{rule}.novalue",
        is_negated=negated(sentence, order.start() - 40, anchor.end, order.start()),
        confidence=0.5,
    )
    return [row] if row else []


# `Poland signed a contract in 2024 for 96 Apache helicopters`
_CONTRACTED = re.compile(
    r"\bsigned\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,2}?(?:contract|deal|agreement|order)s?\b",
    re.IGNORECASE,
)
_SIGNED = re.compile(r"\b(?:signed|contract|deal|agreement)\b", re.IGNORECASE)


_SALE = re.compile(
    r"\b(?:sell|sells|selling|sold|sale|sales|(?:arms|weapons) (?:package|deal))\b", re.IGNORECASE
)
_SOLD_TO = re.compile(r"\s+(?:the\s+)?$")
_BUYS_FROM = re.compile(r"\b(?:buy|buys|bought|purchase|purchases)\b[^.;]*\bfrom\b", re.IGNORECASE)


def _sale(sentence: Sentence) -> tuple[Role, Role | str | None] | None:
    """`Washington approved a $330 million sale of aircraft parts to Taiwan`, `agreed to sell
    Poland 96 Apaches`: who is sold to buys, who sells supplies. `Washington and Riyadh signed
    a defence sales package`: of a pair that holds the United States, it sells. `Egypt received
    approval for a NASAMS system`: who is cleared buys, from the weapon's maker."""
    word = _SALE.search(sentence.text)
    if word is None:
        return _cleared(sentence)
    if " " in word.group(0) and _BUYS_FROM.search(sentence.text):
        return None  # `an arms deal under which the US Army will buy Iron Dome from Rafael`
    before = [
        r
        for r in sentence.roles
        if r.mention.start < word.start() and r.role in ACTOR_ROLES + ("with",)
    ]
    named = {r.mention.code for r in before}
    # `..., the largest in US history`: a side named again after the word is no third party
    after = [
        r for r in sentence.roles if r.mention.start > word.start() and r.mention.code not in named
    ]
    buyers = [
        r
        for r in after
        if r.role == "dest" or _SOLD_TO.fullmatch(sentence.text, word.end(), r.mention.start)
    ]
    if before and buyers and buyers[0].mention.code != before[-1].mention.code:
        return buyers[0], before[-1]
    pair = {r.mention.code: r for r in before}
    if not after and len(pair) == 2 and "USA" in pair:
        buyer = next(r for code, r in pair.items() if code != "USA")
        return buyer, pair["USA"]
    return None


# `Greece was approved for 40 F-35s`, `Egypt received approval for`, `drones for Qatar were
# cleared`: a government's permission to buy
_GRANTED = re.compile(
    r"\b(?:was|were|is|are|has been|have been|had been)\s+(?:\w+\s+)?(?:approved|cleared)\b"
    r"|\b(?:received|won|got|obtained|secured)\s+(?:\w+\s+)?(?:approval|clearance)\b",
    re.IGNORECASE,
)
_APPROVAL = re.compile(r"\b(?:approv\w*|cleared|clearance|notified)\b", re.IGNORECASE)


_CHOSEN = re.compile(r"\b(?:decided|decision|picked|chose|chosen|selected|opted)\b", re.IGNORECASE)


def _cleared(sentence: Sentence) -> tuple[Role, None] | None:
    granted = _GRANTED.search(sentence.text)
    if granted is None:
        return None
    named = [r for r in sentence.roles if r.mention.kind not in ("company", "leader")]
    before = [
        r for r in named if r.mention.start < granted.start() and r.role in ACTOR_ROLES + ("for",)
    ]
    buyer = before[-1] if before else next((r for r in named if r.role == "for"), None)
    return (buyer, None) if buyer else None


def _bought_arms(sentence: Sentence, cues) -> bool:
    """`India signed an agreement with France for 26 Rafale fighters for its navy, worth ...`:
    a sum in a sentence that orders weapons is their price, whatever word is nearest to it."""
    return any(c.measure == "purchase" for c in cues) and bool(
        _ORDER.search(sentence.text) or _SIGNED.search(sentence.text)
    )


_BUDGET_NEAR = re.compile(r"\bbudgets?\b", re.IGNORECASE)  # `a defence budget of $5 billion`
_BUDGET_WORDS = re.compile(
    r"\b(?:budget|spend\w*|outlays?|expenditure|allocat\w+|funds?|funding)\b", re.IGNORECASE
)


_SPEND = re.compile(r"\bspend(?:s|ing)?\s+(?:\w+\s+){0,3}$", re.IGNORECASE)
_ON_EQUIPMENT = re.compile(
    r"(?:\s+[\w-]+){0,2}?\s+on\s+(?:[\w-]+\s+){0,3}?(?:air defen[cs]e|systems?|jets?|fighters?"
    r"|tanks?|drones?|missiles?|weapons?|equipment|submarines?|frigates?|helicopters?|aircraft"
    r"|artillery|ammunition|munitions|howitzers?)\b",
    re.IGNORECASE,
)


def _ordered(sentence: Sentence, q: Quantity) -> bool:
    """`agreed to buy Cheongung-II air defence batteries for about $3.2 billion`: a sum an order
    names is a purchase, unless the sentence speaks of a budget. So is a sum to be spent on
    equipment (`would spend 58 billion kroner on ground-based air defence`)."""
    if _SPEND.search(sentence.text, max(0, q.start - 40), q.start) and _ON_EQUIPMENT.match(
        sentence.text, q.end
    ):
        return True
    order = _ORDER.search(sentence.text, 0, q.start) or _PRICED_ORDER.match(sentence.text, q.end)
    return order is not None and not _BUDGET_WORDS.search(sentence.text)


# `a $2.8 billion order for the same system`: the sum is the price of what it names
_PRICED_ORDER = re.compile(
    r"\s+(?:(?:arms|weapons|defen[cs]e)\s+)?(?:order|purchase|contract|deal|sale)s?\b",
    re.IGNORECASE,
)
_OWN_PLAN = re.compile(
    r"\b(?:intends?|intended|plans?|planned|aims?|aimed)\s+to\b|\b(?:its|their)\s+(?:aim|plan|goal)\b",
    re.IGNORECASE,
)


def _own_target(sentence: Sentence, q: Quantity, measure: str, year) -> bool:
    """`intends to raise spending to 2% of GDP by 2027`, `aims to reach 3.5% as soon as
    possible`, `intends to buy $25 billion of US equipment`: a government's own plan for a sum
    or a share is its pledge; an `ambition` or a proposal stays planned."""
    if _LOOSE.search(sentence.text):
        return False
    if measure != "purchase" and year:
        return True
    # without a target year, only a government's own intention (not talks or expectations)
    own = _OWN_PLAN.search(sentence.text, max(0, q.start - 80), q.start)
    return own is not None and measure in ("purchase", "share_gdp")


def _is_target(sentence: Sentence, q: Quantity) -> bool:
    lead = sentence.text[max(0, q.start - 60) : q.start].lower()
    return any(
        w in lead
        for w in ("to ", "reach", "target", "goal", "at least", "raise", "lift", "increase", "hit")
    )


_BENCHMARK = re.compile(
    r"^['’]s\s+(?:\S+\s+){0,4}?(?:benchmark|target|goal|guideline|standard|yardstick|definition)",
    re.IGNORECASE,
)
_SET_BUDGET = re.compile(
    r"\b(?:draft|proposed|approv(?:ed|es)|adopted|sets? aside|earmarks|allocates|(?:will|would|is to|plans? to) (?:spend|raise|increase|lift|boost|rise|grow)\w*)\b",
    re.IGNORECASE,
)
_AID = re.compile(
    r"\b(?:aid|assistance|support|promised|package|for Ukraine|to Ukraine)\b", re.IGNORECASE
)


_WEAPON_AFTER = re.compile(
    r"\s+(?:[\w-]+\s+){0,2}?(?:jets?|fighters?|tanks?|howitzers?|systems?|missiles?|helicopters?"
    r"|aircraft|frigates?|submarines?|drones?|launchers?|rockets?|vehicles|guns)\b",
    re.IGNORECASE,
)
_PRESSES = re.compile(
    r"\s+(?:pressure|demands?|calls?|push|requests?|urging|insistence|wants?|wanted|urge[sd]?"
    r"|press(?:es|ed)?|asks?|asked|praise[sd]?|told|tells)\b",
    re.IGNORECASE,
)


# someone else's estimate of what a country will spend is no pledge of it
_FORECAST = re.compile(
    r"\b(?:estimates?|estimated|expects?|expected|projects?|projected|forecasts?|calculates?)\s+"
    r"(?:that\s+)?(?:the\s+)?[\w.-]+(?:\s+[A-Z][\w.-]+)?\s+(?:will|would)\s+spend\s+"
    r"(?:about\s+|around\s+|roughly\s+|some\s+)?$",
    re.IGNORECASE,
)
_CLAUSE_BREAK = re.compile(r",\s+(?:while|whereas|but)\s|;\s")
# what stands between a country and its own figure in a gapped list
_RIGHT_BEFORE = re.compile(r",?\s+(?:at\s+|with\s+)?(?:about\s+|around\s+|an estimated\s+)?")


def _actor(
    sentence: Sentence, q: Quantity, partner: Role | None, purchase: bool = False
) -> Role | str | None:
    before = [
        r
        for r in sentence.roles
        if r.role in ACTOR_ROLES
        and r.mention.start < q.start
        and (partner is None or r.mention.code != partner.mention.code)
        and not _BENCHMARK.match(sentence.text[r.mention.end :])
    ]
    # `Germany was at 2.40%, while Spain sat at 2.00%`: the figure's own clause names its spender
    breaks = [m.end() for m in _CLAUSE_BREAK.finditer(sentence.text, 0, q.start)]
    # `Estonia pledged 5.4 percent, and Lithuania has committed to 5 percent`
    breaks.append(figure_clause(sentence, q.start))
    before = [r for r in before if r.mention.start >= max(breaks, default=0)] or before
    before = [r for r in before if not reporter(sentence, r, bare=True)] or before
    # `Latvia reaches 3.15 percent and Greece 3.08 percent`, `Finland at 2.41 percent`
    gapped = [
        r
        for r in before[1:]
        if _RIGHT_BEFORE.fullmatch(sentence.text, r.mention.end, q.start)
        # a list: another figure stands before the country
        and any(o.end <= r.mention.start for o in sentence.quantities)
    ]
    if gapped:
        return gapped[-1]
    # `Australia has resisted US pressure to lift spending`, `the US wants Lithuania to reach 5
    # percent`, `Trump praised Warsaw for reaching 4.1 percent`: who presses does not spend
    before = [r for r in before if not _PRESSES.match(sentence.text, r.mention.end)] or before
    before = [r for r in before if r.mention.kind != "leader"] or before
    # `European diplomats point out that NATO allies pledged 5%`: who does the pledging
    acting = [
        r for r in before if any(0 <= c.start - r.mention.end <= 25 for c in sentence.status_cues())
    ]
    if acting or before:
        return (acting or before)[0]
    if re.search(r"\ballies\b", sentence.text[: q.start], re.IGNORECASE) or _they_allies(sentence):
        return "NATO"
    framed = [r for r in sentence.roles if r.mention.start < q.start and _framed(sentence, r)]
    if framed:
        return framed[0]
    last = sentence.article.last_share
    if (
        TARGET_SPLIT.match(sentence.text, q.end)
        and last is not None
        and sentence.article.sentence_index - last[1] <= 2
    ):
        # `Allies agreed to spend 5 percent. Of that, 3.5 percent is meant for core military
        # spending`: a part of the target just named is its setter's
        return last[0]
    # `the budget request for the US fiscal year`: whose year or budget the sum is for
    owners = [
        r
        for r in sentence.roles
        if _BUDGET_OWNER.match(sentence.text, r.mention.end)
        and _FOR_THE.search(sentence.text, max(0, r.mention.start - 10), r.mention.start)
    ]
    if owners:
        return owners[0]
    if q.unit in CURRENCY_HOME and not purchase:
        # `the defense ministry asked for ¥8.8 trillion` (a purchase is often priced in the
        # seller's money: `a 10 billion pound contract ... was signed by Norway`)
        return CURRENCY_HOME[q.unit]
    after = [r for r in sentence.roles if r.role in ACTOR_ROLES and r.mention.start > q.end]
    if after:
        return after[0]
    if q.unit in CURRENCY_HOME:
        return CURRENCY_HOME[q.unit]
    if sentence.article.in_list and sentence.article.section_code:
        return sentence.article.section_code
    return sentence.article.last_code or sentence.article.fallback()


# `They agreed to`, `They pledged`: `They` doing what allies do together
_THEY = re.compile(
    r"\s*They\s+(?:all\s+|also\s+)?(?:agreed|pledged|committed|promised|signed up|vowed|endorsed)\b"
)
# the allies as the subject the sentence before opens with (not `Germany's allies`)
_ALLIES = re.compile(
    r"^\W*(?:The\s+)?(?:NATO\s+)?(?:allies|allied (?:leaders|governments|countries)"
    r"|NATO (?:leaders|members|countries|governments))\b",
    re.IGNORECASE,
)


def _they_allies(sentence: Sentence) -> bool:
    """`Allied leaders left The Hague. They agreed to invest 5 percent`: `They` are the allies
    the sentence before spoke of."""
    before = sentence.article.sentence_before()
    return bool(_THEY.match(sentence.text) and before is not None and _ALLIES.match(before[0].text))


# the same sum said again another way: `NT$949.5 billion, or 3.32 percent of GDP`
_SAME_SUM = re.compile(r",?\s+or\s+(?:about\s+|around\s+|some\s+|nearly\s+|roughly\s+|almost\s+)?")
# `In Berlin, the cabinet adopted a budget that ...`: the country a sentence opens in
_FRAME_AFTER = re.compile(r"\s*,")


def _framed(sentence: Sentence, role: Role) -> bool:
    m = role.mention
    return m.kind not in ("company", "leader") and bool(
        OPENING_IN.fullmatch(sentence.text, 0, m.start) and _FRAME_AFTER.match(sentence.text, m.end)
    )


_BUDGET_OWNER = re.compile(
    r"(?:['’]s?)?\s+(?:fiscal\s+year|(?:defen[cs]e|military|federal|national)\s+budget)\b",
    re.IGNORECASE,
)
_FOR_THE = re.compile(r"\bfor\s+(?:the\s+)?$", re.IGNORECASE)
# `tanks to be supplied by Hyundai Rotem`: not `a request was made by Ukraine`
_SUPPLIED_BY = re.compile(
    r"\b(?:to be|being|are|is|were|was|will be)\s+(?:supplied|built|delivered|produced|manufactured)"
    r"\s+by\s+(?:the\s+)?$",
    re.IGNORECASE,
)


def _supplier(sentence: Sentence, q) -> Role | None:
    candidates = [
        r
        for r in sentence.roles
        if r.role in ("source", "origin")
        or (r.role in ("owner", "of") and r.mention.start > q.start)
        # `a deal for South Korean FA-50 jets`: the maker's nation sells
        or (
            r.mention.kind == "demonym"
            and r.mention.start > q.start
            and _WEAPON_AFTER.match(sentence.text, r.mention.end)
        )
    ]
    # `tanks to be supplied by Hyundai Rotem, ... built in Poland`: who supplies, not where
    suppliers = [
        r
        for r in sentence.roles
        if r.role == "agent" and _SUPPLIED_BY.search(sentence.text, 0, r.mention.start)
    ]
    if suppliers:
        return suppliers[0]
    companies = [r for r in sentence.roles if r.mention.kind == "company"]
    # `signed an agreement with France for 26 Rafale fighters`: the other side of the deal
    sellers = [r for r in sentence.roles if r.role == "with" and r.mention.kind != "leader"]
    return (candidates or companies or sellers or [None])[0]


def _maker(sentence: Sentence, buyer: str | None, anchor: int, after: bool = False) -> str | None:
    """`Romania signed for 32 F-35A aircraft`: a weapon system named without its seller is
    sold by the country that makes it (unless that is the buyer). Of several, the one nearest
    the price (`Poland, which flies F-35s, ordered 48 FA-50 jets for $3 billion`), or the first
    after the ordering verb when `after` is set."""
    makers = [
        ((after and start < anchor), abs(start - anchor), maker)
        for start, _, maker in weapon_makers().find(sentence.text)
        if maker != buyer
    ]
    return min(makers)[2] if makers else None
