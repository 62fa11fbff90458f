"""Energy deals: who buys from whom, how much, in what state."""

from __future__ import annotations

import re

from pipeline import schema
from pipeline.extractors import suppliers
from pipeline.extractors.common import (
    FINAL_DECISION,
    NEXT_CLAUSE,
    RELATIVE_ASIDE,
    apposed_share,
    code_of,
    coordinated,
    distinct,
    energy_share,
    entry_figure,
    fact,
    figure_clause,
    in_agreement,
    negated,
    product_for,
    recent_energy_buyer,
    share_of_those,
    status_for,
    status_near_any,
    year_for,
)
from pipeline.extractors.context import Role, Sentence, named_before, nearest
from pipeline.normalize import Quantity

STATUSES = (
    "agreed",
    "pledged",
    "announced",
    "planned",
    "reported",
    "threatened",
    "delayed",
    "lifted",
)
_SUPPLY = re.compile(
    r"\b(?:suppl(?:y|ies|ied|ying)|sell(?:s|ing)?|sold|send(?:s|ing)?|sent|ship(?:s|ped|ping)?|deliver(?:s|ed|ing)?|export(?:s|ed|ing)?|provid(?:e|es|ed|ing)"
    # `raise deliveries to China`, `double its deliveries to the EU`: the supplier's own flows
    r"|(?:rais\w*|increas\w*|doubl\w*|boost\w*|expand\w*)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:deliveries|shipments))\b",
    re.IGNORECASE,
)
_BUY = re.compile(
    r"\b(?:buy(?:s|ing)?|bought|buyers?|purchas(?:e|es|ed|ing)|import(?:s|ed|ing)?|importers?|procur\w+|offtake|receive|signed for|lock in|locked in"
    # `took a final investment decision` decides on a plant; it buys nothing
    r"|(?:take|takes|took|taken|taking)(?!\s+part\b)(?!\s+(?:\w+\s+)?(?:a\s+)?(?:final investment decision|FID)\b)"
    r"|brought in|paid|pays|paying|(?:signed|holds|held) (?:(?!supply |export |sales )[\w-]+ ){0,3}(?:deal|contract|agreement|letter)s? (?:with [^,.;]{1,40}? )?for"
    r"|(?:preliminary|binding|long-term|purchase) (?:deal|contract|agreement)s? for)\b",
    re.IGNORECASE,
)
_BUILT = re.compile(
    r"\b(?:projects?|expansion|capacity|terminals?|reactors?|power plants?|(?:export|LNG|liquefaction) plants?"
    r"|(?:built|designed|meant|able|planned) to (?:export|carry|ship|bring|deliver|handle|process|produce|move|transport)"
    r"|can (?:bring|carry|ship|deliver|move|transport|handle)|(?:could|would|will) (?:carry|transport))\b",
    re.IGNORECASE,
)
# a flow with no status word is a deal only where the sentence speaks of one
# the words of a deal itself
_DEAL_TERMS = (
    r"deals?|contracts?|agreements?|signed|offtake|memorand\w+|letters? of intent|term sheets?"
)
_DEAL = re.compile(
    rf"\b(?:{_DEAL_TERMS}|accords?|(?:will|would) (?:supply|send|deliver|ship|take|buy|purchase))\b",
    re.IGNORECASE,
)
# a deal on a flow or a policy on it, as against a flow named as someone's reason
_POLICY = re.compile(
    r"\b(?:phase[- ]?(?:out|d out)|phasing out|bans?|banned|embargo\w*|stop (?:importing|buying|\w+ imports)|halt\w*|promised|pledged|committed)\b",
    re.IGNORECASE,
)
_CONTRACT_WITH = re.compile(
    r"['’]s?\s+(?:[\w-]+\s+){0,3}?(?:contract|deal|agreement|renewal)s?\s+with\b", re.IGNORECASE
)
_PAID = re.compile(r"\b(?:paid|pays|paying)\s+(?:the\s+)?$", re.IGNORECASE)
_SOURCE_NOUN = re.compile(r"\b(?:supplier|source|provider|exporter)\b", re.IGNORECASE)
_PROJECT = re.compile(
    r"\bjoint venture\b|\bpipeline project\b|\bproject\b|\bterminal\b|\bplant\b", re.IGNORECASE
)


def _implied_buyer(sentence: Sentence, supplier) -> str | None:
    """`Gazprom agreed to raise deliveries through Power of Siberia to 44 bcm` in an article on
    Russia and China: a deal on a seller's deliveries is made with the other side of the
    article's pair, when the sentence names no buyer."""
    if not _DEAL_WORD.search(sentence.text) or _TRANSIT.search(sentence.text):
        return None  # gas carried across a country is its seller's supply (ANNOTATION.md)
    seller = code_of(supplier)
    pair = sentence.article.pair()
    if seller not in pair or len(pair) < 2:
        return None
    return next(c for c in pair if c != seller)


_DEAL_WORD = re.compile(rf"\b(?:{_DEAL_TERMS}|agreed)\b", re.IGNORECASE)
_TRANSIT = re.compile(r"\btransit\w*|\bthrough\s+(?:the\s+)?(?-i:[A-Z])", re.IGNORECASE)


def extract(sentence: Sentence, quantities: list[Quantity]) -> list[dict]:
    cues = sentence.topic_cues("energy")
    facts = _stakeholders(sentence, cues)
    if facts:
        # `partners holding 10 percent apiece`: the shares are the holders' stakes
        quantities = [q for q in quantities if q.kind != "percent"]
    flow = None  # the buyer and seller of this sentence's last purchase
    for q in quantities:
        cue = nearest(cues, q.start)[0]
        if q.kind == "percent" and flow and apposed_share(sentence, q):
            # `averaged 1.7 million barrels a day, some 36 percent of the total`
            buyer, supplier = flow
        elif q.kind == "percent":
            buyer, supplier = _share_sides(sentence, q)
            if buyer is None:
                continue
        else:
            buyer, supplier = _parties(sentence, q.start)
            # `It sold China 108.5 million tonnes, ahead of Saudi Arabia at about 78.6 million`
            entry = next((r for r in sentence.roles if entry_figure(sentence, r, q)), None)
            if (
                entry is not None
                and entry.role == "except"
                and isinstance(buyer, Role)
                and isinstance(supplier, Role)
                and supplier.mention.start < buyer.mention.start
            ):
                supplier = entry  # compared with the seller the sentence opens with
            own = _clause_buyer(sentence, q)
            if own is not None and own.mention.code != code_of(buyer):
                buyer = own
                if code_of(supplier) == own.mention.code:
                    supplier = None
        near = sentence.text[max(0, q.start - 80) : q.end + 40]
        built = _BUILT.search(near) and not _BUY.search(near)
        if (
            supplier is None
            and not built
            and _DEAL.search(sentence.text)
            and _from_its_own_source(sentence, buyer)
        ):
            # `the Sempra deal, for 1.5 million tonnes a year from Port Arthur LNG in Texas`:
            # the seller's side only; the buyer is the one just named, if any
            buyer, supplier = recent_energy_buyer(sentence), buyer
        measure = "purchase"
        if buyer is None and supplier is not None:
            buyer = _implied_buyer(sentence, supplier)
        if buyer is None and supplier is not None:
            measure, buyer, supplier = "supply", supplier, None
        if built:
            measure = "project"  # `the $44 billion project`, `capacity to 142 million tonnes`
            host = _host(sentence)
            if host is not None:
                buyer, supplier = host, _guest(sentence, host, buyer, supplier)
            # a project the sentence names no country for is the one the article is about
            buyer = buyer or sentence.article.last_code or sentence.article.fallback()
        elif measure == "purchase" and supplier is None and _DEAL.search(sentence.text):
            # `PTT signed a preliminary agreement for 2 million tonnes a year` in an article on
            # one supplier's gas: the deal is with the seller the article has named so far
            sellers = sentence.article.energy_sellers.most_common()
            supplier = next((c for c, _ in sellers if c != code_of(buyer)), None)
        default = "agreed" if _DEAL.search(sentence.text) else "reported"
        status, rule = in_agreement(sentence, *status_for(sentence, q.start, STATUSES, default))
        if measure == "project" and status == "reported" and FINAL_DECISION.search(sentence.text):
            status, rule = "announced", f"{rule}+decided"
        elif measure == "project" and status == "lifted":
            # `expansions that will lift capacity to 142 million tonnes`: a plant grows, no
            # measure is lifted; one being built is a state of affairs, else a plan made public
            building = _BEING_BUILT.search(sentence.text)
            status, rule = ("reported" if building else "announced"), f"{rule}+expansion"
        product = product_for(sentence, q.start - 40, q.end + 60) or (
            product_for(sentence, cue.start, cue.end) if cue else None
        )
        # `Norway supplied 70 percent of the UK's gas imports`: a share of a country's fuel
        # imports is a trade share (ANNOTATION.md), with the importer and supplier of a purchase
        topic, kind = ("trade", "share") if q.kind == "percent" else ("energy", measure)
        row = fact(
            sentence,
            topic,
            kind,
            buyer,
            supplier,
            q,
            # a share is a state of affairs, unless a deal or pledge sets it
            status if topic == "energy" or status in _SET_SHARE else "reported",
            rule,
            product=product,
            year=year_for(sentence, q.start),
            is_negated=negated(sentence, q.start - 30, q.end, q.start),
            confidence=0.7,
        )
        if row:
            facts.append(row)
            if measure == "purchase" and isinstance(supplier, Role):
                sentence.article.energy_sellers[supplier.mention.code] += 1
            if measure == "project" and row["actor"]:
                sentence.article.last_project = (row["actor"], sentence.article.sentence_index)
            if measure == "purchase" and row["actor"]:
                sentence.article.last_energy_buyer = (row["actor"], sentence.article.sentence_index)
                flow = (buyer, supplier) if q.kind != "percent" and supplier else None
    if not quantities and cues and not _STAKE_BOUGHT.search(sentence.text):
        rows = _without_amount(sentence, cues) if _names_a_flow(sentence) else []
        facts.extend(_with_supplier_nouns(sentence, rows))
    if not quantities and not facts and _TRANSIT_ENDED.search(sentence.text):
        # `Russian gas stopped flowing through Ukraine when its transit agreement lapsed`
        facts.extend(_transit_ended(sentence))
    return _fold_stakes(facts)


def _host(sentence: Sentence) -> Role | None:
    """Where a project stands: a place the sentence names (`in the Rovuma basin`), a country
    it is built `in` or named after (`the Alaska LNG project`), else the country a pipeline
    starts from (`from Russia to China`). A company's home (`Houston-based`) and where the
    output goes (`buyers in Shanghai`) are not where it stands."""
    text = sentence.text
    place = next(
        (
            r
            for r in sentence.roles
            if not _HOME_OR_MARKET.match(text, r.mention.end)
            and not _MARKET_BEFORE.search(text, 0, r.mention.start)
            and (
                r.mention.kind == "place"
                or (
                    r.mention.kind in ("alias", "name")
                    and (
                        _NAMES_PROJECT.match(text, r.mention.end)
                        or (r.role == "dest" and text[: r.mention.start].endswith(" in "))
                    )
                )
            )
        ),
        None,
    )
    if place is not None:
        return place
    source = next((r for r in sentence.roles if r.role == "source"), None)
    ends = any(r.role == "dest" and r.mention.kind != "place" for r in sentence.roles)
    return source if source is not None and ends and _LINE.search(text) else None


# `the Alaska LNG project`, `Mozambique LNG`: a project named by where it stands
_NAMES_PROJECT = re.compile(
    r"\s+(?:LNG|gas|oil|nuclear|pipeline)?\s*(?:project|plant|terminal|field)\b"
)
_HOME_OR_MARKET = re.compile(r"-(?:based|headquartered)\b")
_MARKET_BEFORE = re.compile(r"\b(?:buyers|customers|consumers|markets?)\s+in\s+(?:the\s+)?$")
_LINE = re.compile(r"\b(?:pipelines?|pipe|link|interconnectors?|cables?)\b", re.IGNORECASE)


def _guest(sentence: Sentence, host: Role, *named) -> Role | None:
    """The other party to a project hosted at `host`: a side the rules named, else the first
    country that is not the host's."""
    for side in (*named, *sentence.roles):
        if isinstance(side, Role) and side.mention.code != host.mention.code and side.role != "via":
            return side
    return None


_BEING_BUILT = re.compile(
    r"\b(?:is|are|was|were)\s+(?:now\s+|still\s+)?(?:building|constructing)\b|\bunder construction\b",
    re.IGNORECASE,
)


def _describes(sentence: Sentence, role: Role) -> bool:
    """`Rosneft, Russia's state oil major,`: a country's name in an apposition on the company
    just named says whose the company is; it is not a buyer of its own."""
    before = [r for r in sentence.roles if r.mention.end <= role.mention.start]
    return bool(
        before
        and before[-1].mention.kind == "company"
        and re.fullmatch(r",\s*", sentence.text[before[-1].mention.end : role.mention.start])
    )


def _from_its_own_source(sentence: Sentence, buyer) -> bool:
    """Whether every country the sentence names is the one the flow comes `from`."""
    if not isinstance(buyer, Role):
        return False
    codes = {r.mention.code for r in sentence.roles}
    return codes == {buyer.mention.code} and any(
        r.role in ("source", "origin") and r.mention.code == buyer.mention.code
        for r in sentence.roles
    )


def _fold_stakes(facts: list[dict]) -> list[dict]:
    """`QatarEnergy's Golden Pass terminal in Texas, a venture in which the Qatari company
    holds 70 percent, ... with capacity of 18 million tonnes`: the holders are the parties to
    the project whose size the sentence gives, not facts of their own. A project that already
    has a partner keeps it, and the other holders join it with its size."""
    stakes = [f for f in facts if f[schema.RULE] == "energy.stake.novalue"]
    folded, merged = [], set()
    for row in facts:
        if row[schema.MEASURE] != "project" or row[schema.VALUE] is None:
            continue
        holders = [s for s in stakes if s[schema.ACTOR] == row[schema.ACTOR]]
        if not holders:
            continue
        merged.update(id(f) for f in holders)
        if row[schema.PARTNER] is None:
            merged.add(id(row))
        folded += [
            {
                **row,
                schema.PARTNER: s[schema.PARTNER],
                schema.PARTNER_ENTITY: s[schema.PARTNER_ENTITY],
            }
            for s in holders
            if s[schema.PARTNER] != row[schema.PARTNER]
        ]
    return [f for f in facts if id(f) not in merged] + folded


_STAKE = re.compile(
    r"\b(?:partners|owners|shareholders|stakeholders|stakes)\b"
    r"|\b(?:holds?|holding|owns?|keeps?)\s+(?:a\s+)?(?:\d[\d.]*\s*(?:percent|per cent|%)|stake)",
    re.IGNORECASE,
)
# `completed the purchase of a 20 percent stake in Teck's coal business`: an investment
_SET_SHARE = ("agreed", "pledged", "planned", "threatened")
_STAKE_BOUGHT = re.compile(
    r"\b(?:buy|buys|bought|purchase|acquire[sd]?|acquisition)\b[^.;]{0,40}\bstakes?\b",
    re.IGNORECASE,
)
_OPERATOR = re.compile(r"\s+(?:keeps|holds|owns|retains|operates)\b", re.IGNORECASE)
PROJECT_REACH = 3  # sentences a project stays the one its holders are named for


def _stakeholders(sentence: Sentence, cues) -> list[dict]:
    """`Shell, France's TotalEnergies and Japan's Mitsui are among the partners holding 10
    percent apiece`: each foreign holder of an energy plant or project is a party to it, hosted
    where it stands (a place the sentence names, else the project just before it, else the
    country the sentence before names, else the country of the company that keeps the rest)."""
    seen = sentence.article.last_topic_sentence.get("energy")
    # `ADNOC keeps 60 percent of the plant` right after a sentence on an LNG plant
    near_energy = seen is not None and sentence.article.sentence_index - seen <= 1
    if not _STAKE.search(sentence.text) or not (
        cues or (near_energy and _PROJECT.search(sentence.text))
    ):
        return []
    companies = [r for r in sentence.roles if r.mention.kind == "company"]
    if not companies:
        return []
    places = [r.mention.code for r in sentence.roles if r.mention.kind == "place"]
    recent = sentence.article.last_project
    operator = companies[0] if _OPERATOR.match(sentence.text, companies[0].mention.end) else None
    if places:
        host = places[0]
    elif recent and sentence.article.sentence_index - recent[1] <= PROJECT_REACH:
        host = recent[0]
    elif named := named_before(sentence.article, set()):
        host = named
    elif operator is not None:
        host = operator.mention.code
    else:
        return []
    rows = []
    for holder in distinct(companies):
        if holder.mention.code == host:
            continue
        row = fact(
            sentence,
            "energy",
            "project",
            host,
            holder,
            None,
            "reported",
            "stake.novalue",
            product=product_for(sentence, 0, len(sentence.text)),
            confidence=0.5,
        )
        if row:
            rows.append(row)
    return rows


# `Transit through Ukraine ended when Kyiv let its transit agreement with Gazprom expire`
_TRANSIT_ENDED = re.compile(
    r"\b(?:transit|flows?|route)\b[^.;]*?\b(?:ended|stopped|closed|halted|ceased|expired?)\b"
    r"|\b(?:did not|didn't|declined to|refused to) renew\b[^.;]*?\btransit\b"
    r"|\b(?:stopped|ceased) flowing (?:through|via|across)\b"
    r"|\btransit (?:agreement|contract|deal)\b[^.;]*?\b(?:lapse[sd]?|expire[sd]?)\b",
    re.IGNORECASE,
)


def _transit_codes(sentence: Sentence) -> set[str]:
    """The countries a flow passes through (`through Russia's pipeline`, `across Ukraine`)."""
    return {r.mention.code for r in sentence.codes("via")}


_FUEL = re.compile(r"\b(?:gas|oil|crude|LNG|pipelines?)\b", re.IGNORECASE)


def _transit_ended(sentence: Sentence) -> list[dict]:
    """The end of a transit route stops the deliveries of whoever sent gas along it: a supply
    that no longer happens, told as a fact."""
    transit = _transit_codes(sentence)
    if "transit" not in sentence.text.lower() and not transit:
        return []
    sender = next(
        (
            r
            for r in sentence.roles
            if (r.role in ("with", "origin") or (r.role == "owner" and r.mention.kind == "company"))
            and r.mention.kind in ("company", "demonym")
            and r.mention.code not in transit
        ),
        None,
    )
    if sender is None or not (sender.mention.kind == "company" or _FUEL.search(sentence.text)):
        return []  # `Chinese goods in transit through Russia`: no gas or oil on that route
    row = fact(
        sentence,
        "energy",
        "supply",
        sender,
        None,
        None,
        "reported",
        "transit-ended.novalue",
        product=product_for(sentence, 0, len(sentence.text)),
        is_negated=True,
        confidence=0.5,
    )
    return [row] if row else []


def _with_supplier_nouns(sentence: Sentence, rows: list[dict]) -> list[dict]:
    """The rows a sentence without amounts gave, with each flow its supplier nouns name; a
    noun's own buyer and seller win over a row that has them the other way round."""
    status = rows[0][schema.STATUS] if rows else "reported"
    named = suppliers.flows(sentence, status)
    pairs = {(r[schema.ACTOR], r[schema.PARTNER]) for r in named}
    sellers = {partner for _, partner in pairs}
    kept = [
        r
        for r in rows
        if (r[schema.PARTNER], r[schema.ACTOR]) not in pairs and r[schema.ACTOR] not in sellers
    ]
    have = {(r[schema.ACTOR], r[schema.PARTNER]) for r in kept}
    return kept + [r for r in named if (r[schema.ACTOR], r[schema.PARTNER]) not in have]


def _names_a_flow(sentence: Sentence) -> bool:
    """Energy words with a buying or project word, or a supplier noun (`Norway has been
    Germany's main source of pipeline gas`)."""
    text = sentence.text
    return bool(
        _BUY.search(text)
        or _PROJECT.search(text)
        or _SOURCE_NOUN.search(text)
        or _STOP_SUPPLY.search(text)
    )


# `QatarEnergy has warned that it could stop shipping LNG to the EU`: a supply that may end
_STOP_SUPPLY = re.compile(
    r"\b(?:could|would|might|may|threaten\w*\s+to)\s+stop\s+"
    r"(?:supplying|shipping|selling|sending|delivering)\b",
    re.IGNORECASE,
)


def _share_sides(sentence: Sentence, q: Quantity) -> tuple[Role | None, Role | None]:
    """`The United States supplied 45 percent of the EU's LNG imports, Russia 20 percent`: the
    owner of the imports buys; the country named last before each share supplies it."""
    share = energy_share(sentence, q)
    recent = recent_energy_buyer(sentence)
    if recent and share_of_those(sentence, q):
        # `Australia supplied roughly 40 percent of those cargoes, while Russia accounted for
        # about 9 percent`: the buyer of the sentence before, each share's own supplier
        supplier = next(
            (
                r
                for r in reversed(sentence.roles)
                if r.mention.end <= q.start and r.mention.code != recent and r.role != "via"
            ),
            None,
        )
        return (recent, supplier) if supplier else (None, None)
    if share is None:
        return None, None
    inside = [r for r in sentence.roles if share.start() <= r.mention.start < share.end()]
    if not inside:
        # `Japan gets 9% of its LNG from Russia`: the subject buys from where it comes from
        buyer = next(
            (r for r in reversed(sentence.roles) if r.mention.end <= q.start and r.role != "via"),
            None,
        )
        supplier = next(
            (
                r
                for r in sentence.roles
                if r.mention.start > q.end and r.role in ("source", "owner")
            ),
            None,
        )
        return (buyer, supplier) if buyer and supplier else (None, None)
    buyer = inside[0]
    supplier = next(
        (
            r
            for r in reversed(sentence.roles)
            if r.mention.end <= q.start
            and r.mention.code != buyer.mention.code
            and r.mention.kind != "leader"
        ),
        None,
    )
    return buyer, supplier


def _without_amount(sentence: Sentence, cues) -> list[dict]:
    status, rule, cue = status_near_any(sentence, cues, STATUSES)
    if not status and _TO_CEASE.search(sentence.text):
        status, rule = "announced", "ceasing"  # `the EU will stop buying Russian LNG`
    elif not status:
        # `Mexico is the largest buyer of American gas`: a standing flow, stated as fact
        status, rule = "reported", "default"
    status, rule = in_agreement(sentence, status, rule)
    buyer, supplier = _parties(sentence, cue.start)
    if not isinstance(buyer, Role) and not (
        # `The 19th sanctions package bans Russian LNG imports`: a ban decided by the side the
        # article is about, in a sentence that names no third side (not one `proposed`, or one
        # that `would hurt` whoever the sentence is about)
        buyer
        and isinstance(supplier, Role)
        and (ban := _CEASED.search(sentence.text))
        and not re.search(r"\b(?:the|a|an|any)\s+$", sentence.text[: ban.start()], re.IGNORECASE)
        and status not in ("threatened", "planned")
        and {r.mention.code for r in sentence.roles} <= {supplier.mention.code, buyer}
    ):
        buyer = None
    if buyer is None or not isinstance(supplier, Role):
        return []  # without a named buyer and supplier a bare mention of energy is no deal
    measure = (
        "project"
        if _PROJECT.search(sentence.text) and not _BUY.search(sentence.text)
        else "purchase"
    )
    if measure == "purchase" and _reason_only(sentence):
        return []
    if measure == "project" and supplier.role == "origin" and buyer.role not in ("origin", "dest"):
        # `a joint venture on Alaska gas` between `the nations`, `Seoul is studying whether to
        # take part in the Alaska LNG project`: the host is where it is built
        buyer, supplier = (
            supplier,
            next((r for r in sentence.roles if r.mention.code != supplier.mention.code), buyer),
        )
    rows = []
    buyers = coordinated(sentence, buyer) if isinstance(buyer, Role) else [buyer]
    # `buys LNG from Qatar and Australia`: each seller of a purchase is a flow of its own
    sellers = [supplier]
    if measure == "purchase" and supplier.role in ("source", "origin"):
        taken = {code_of(b) for b in buyers}
        sellers = [
            s
            for s in coordinated(sentence, supplier)
            if s.mention.code not in taken
            # `from Russia and the United States has objected`: a joined name with a verb of
            # its own opens a new clause
            and (s is supplier or not _OWN_VERB.match(sentence.text, s.mention.end))
        ]
    for each, seller in ((b, s) for b in buyers for s in sellers):
        row = fact(
            sentence,
            "energy",
            measure,
            each,
            seller,
            None,
            status,
            f"{rule}.novalue",
            product=product_for(sentence, 0, len(sentence.text)),
            is_negated=(
                negated(sentence, cue.start - 40, cue.end + 20, cue.start) or _ceased(sentence)
            ),
            confidence=0.5,
        )
        if row:
            rows.append(row)
    return rows


_OWN_VERB = re.compile(
    r"\s+(?:(?:also|now|still|then)\s+)?(?:has|have|had|is|are|was|were|will|would|can|could|may|"
    r"might|buys?|bought|sells?|sold|takes?|took|imports?|exports?|ships?|\w+ed)\b",
    re.IGNORECASE,
)


# `will stop buying Russian LNG`, `bans imports`, `a phase-out of imports`, `imports will end`:
# trade in energy that ends is a purchase or supply negated
_STOP = (
    r"(?:stop(?:s|ped|ping)?|halt(?:s|ed|ing)?|ban(?:s|ned|ning)?|end(?:s|ed|ing)?"
    r"|phas(?:e|es|ed|ing)[- ]out|phase-out|wind(?:s|ing)? down|wound down|cut(?:s|ting)? off)"
)
_FLOW = (
    r"(?:buying|importing|taking|accepting|using|processing|supplying|shipping|imports?|purchases?"
    r"|deliveries|supplies|flows?|shipments|cargoes|transit|contracts?)"
)
_CEASED = re.compile(
    rf"\b{_STOP}\s+(?:(?:of|on|all|the|its|their|new|remaining|[A-Z][\w-]*|\w+-term)\s+){{0,4}}{_FLOW}\b"
    rf"|\b{_FLOW}\b[^.;]{{0,80}}?\b(?:(?:will|must|would|to)\s+(?:be\s+)?)?"
    r"(?:end|ended|stop|stopped|banned|halted|ceased?|dried up)\b"
    r"|\bno longer\b|\b(?:has|have|had)(?: not|n't) (?:bought|taken|imported|received)\b",
    re.IGNORECASE,
)
# `has no intention to stop buying`, `will keep buying ... until the ban`: the trade goes on
_GOES_ON = re.compile(
    r"\b(?:no (?:intention|plans?) (?:to|of)|not (?:to )?|refus\w+ to|keep|keeps|continue\w*)\s+"
    r"(?:\w+\s+){0,1}$",
    re.IGNORECASE,
)

_KEEPS_BUYING = re.compile(
    r"\b(?:keeps?|continues?|continuing) (?:to )?(?:buy|buying|arrive|take)", re.IGNORECASE
)
_TO_CEASE = re.compile(rf"\b(?:will|shall|must|is to|are to)\s+(?:be\s+)?{_STOP}\b", re.IGNORECASE)


def _ceased(sentence: Sentence) -> bool:
    """The sentence says the trade stops (`Russian LNG arrives until the bans take effect` and
    `has no intention to stop buying` say it goes on)."""
    if _KEEPS_BUYING.search(sentence.text):
        return False
    return any(
        not _GOES_ON.search(sentence.text, max(0, m.start() - 30), m.start())
        for m in _CEASED.finditer(sentence.text)
    )


_PENALTY = re.compile(r"\b(?:penalt(?:y|ies)|sanction\w*)\b", re.IGNORECASE)


# `has not taken a single cargo`, `bought no US cargoes`: a buyer staying away, told as a fact
_ABSTAINED = re.compile(
    r"\b(?:has|have|had)(?:\s+not|n't) (?:bought|taken|imported|purchased) (?:a single|any)\b"
    r"|\b(?:bought|taken|took|imported|purchased) no\b",
    re.IGNORECASE,
)


def _reason_only(sentence: Sentence) -> bool:
    """`a penalty for India's purchases of Russian oil`: the purchases are why a tariff or
    sanction hits, not an energy deal of their own."""
    if _DEAL.search(sentence.text) or _POLICY.search(sentence.text):
        return False
    if _ABSTAINED.search(sentence.text):
        return False
    penalty = _PENALTY.search(sentence.text)
    if penalty and re.search(r"\b(?:if|unless)\b[^,;]*$", sentence.text[: penalty.start()]):
        penalty = None  # `could stop shipping LNG to the EU if it faces penalties`: a condition
    return bool(sentence.topic_cues("tariff") or penalty)


def _buying_verb(sentence: Sentence, lo: int, hi: int) -> re.Match | None:
    """The first buying word in [lo, hi) that is a verb: `Qatar's offer to European buyers`
    names no buyer."""
    return next(
        (
            m
            for m in _BUY.finditer(sentence.text, lo, hi)
            if not re.fullmatch(r"buyers?|importers?|offtake", m.group(0), re.IGNORECASE)
        ),
        None,
    )


SUPPLY_REACH = 30  # characters after a figure where `to sell ... to Japan` still tells the way


def _clause_buyer(sentence: Sentence, q: Quantity) -> Role | None:
    """`CPC signed for 6 million tonnes a year, and Thailand's PTT agreed to take 2 million`:
    after a figure of its own, a clause whose subject buys, or signs a deal that supplies
    nobody, names the buyer of its figure."""
    start = figure_clause(sentence, q.start)
    if not start:
        return None
    buys = _buying_verb(sentence, start, q.start)
    if buys is None and not _SUPPLY.search(sentence.text, start, q.end + SUPPLY_REACH):
        # `and Thailand's PTT signed one for 2 million tonnes`: a deal its subject takes
        buys = _DEAL_WORD.search(sentence.text, start, q.start)
    if buys is None:
        return None
    lead = [
        r
        for r in sentence.roles
        if start <= r.mention.start < buys.start() and r.role in ("subject", "agent", "owner")
    ]
    return lead[0] if lead else None


def _sent_by(sentence: Sentence, roles: list[Role], supplies: re.Match) -> Role | None:
    return next(
        (
            r
            for r in roles
            if r.role == "agent"
            and re.fullmatch(
                r"\s+by\s+(?:the\s+)?", sentence.text[supplies.end() : r.mention.start]
            )
        ),
        None,
    )


def _parties(sentence: Sentence, anchor: int) -> tuple[Role | str | None, Role | str | None]:
    roles = [
        r
        for r in sentence.roles
        if (r.mention.kind != "leader" or r.role != "subject") and r.role != "via"
    ]
    supplies = _SUPPLY.search(sentence.text)
    buys = _BUY.search(sentence.text)
    # `signing up buyers in advance; Indian Oil agreed to take 1.2 million tonnes`: the buying
    # word of the figure's own clause (cut at any clause break: unlike `figure_clause`, no figure
    # need stand before it)
    breaks = [m.end() for m in NEXT_CLAUSE.finditer(sentence.text, 0, anchor)]
    if buys and breaks and buys.start() < breaks[-1]:
        buys = _buying_verb(sentence, breaks[-1], anchor) or buys
    subjects = [r for r in roles if r.role in ("subject", "agent") and r.mention.start < anchor]
    sources = [r for r in roles if r.role in ("source", "origin", "owner")]
    dests = [r for r in roles if r.role in ("dest", "with", "target")]
    buyer = supplier = None
    owners = [r for r in roles if r.role == "owner" and r.mention.kind != "context"]
    noun = _SOURCE_NOUN.search(sentence.text)
    if noun and owners:
        # `Russia remained China's top supplier`, `Norway has been Germany's main source`
        buyer = owners[0]
        supplier = next(
            (
                r
                for r in roles
                if r.role in ("subject", "source", "origin")
                and r.mention.code != buyer.mention.code
            ),
            None,
        )
        return buyer, supplier
    holder = next((r for r in owners if _CONTRACT_WITH.match(sentence.text, r.mention.end)), None)
    if holder and not buys and not supplies:
        # `Hungary's 15-year contract with Gazprom covers 4.5 bcm`: who holds it buys
        seller = next(
            (r for r in dests if r.role == "with" and r.mention.start > holder.mention.end), None
        )
        # `Gazprom's contract with Hungary`: a country on the other side is the buyer
        if (
            seller is not None
            and seller.mention.kind == "company"
            and seller.mention.code != holder.mention.code
        ):
            return holder, seller
    if buys and not (supplies and supplies.start() < buys.start()):
        # `China, which overtook Japan as the largest importer, brought in`: not Japan
        aside = [m.span() for m in RELATIVE_ASIDE.finditer(sentence.text)]
        lead = [
            r
            for r in roles
            if r.mention.start < buys.start()
            and not any(a <= r.mention.start < b for a, b in aside)
        ]
        lead = [r for r in lead if not _describes(sentence, r)]
        owned = [r for r in lead if r.role == "owner" and r.mention.kind != "context"]
        named = [
            r
            for r in lead
            if r.role in ("subject", "agent", "owner") and r.mention.kind != "context"
        ]
        # a named buyer before `his country's`, whose country is only a guess from context
        guessed = [r for r in lead if r.role == "owner"]
        buyer = (owned or named or guessed or [None])[-1]
    if buyer is not None:
        # `the EU paid Russia about €23 billion for energy`: whoever is paid sells
        paid = [r for r in roles if _PAID.search(sentence.text, 0, r.mention.start)]
        # `Budapest signed a contract with Gazprom ..., and Slovakia's SPP holds`: the buyer's
        # own clause names its seller
        ends = NEXT_CLAUSE.search(sentence.text, buyer.mention.end)
        candidates = [
            r
            for r in paid + sources + dests
            if r.mention.code != buyer.mention.code
            and r.mention.start > buyer.mention.start
            # `..., and Thailand's PTT signed one too`: whose company leads a later clause
            and not (ends is not None and r.mention.start >= ends.start() and r.role == "owner")
        ]
        supplier = next(
            (r for r in candidates if ends is None or r.mention.start < ends.start()),
            candidates[0] if candidates else None,
        )
    elif supplies and (passive := _sent_by(sentence, roles, supplies)) is not None:
        # `Pipeline gas sent by Gazprom to China`: who it is sent by supplies, where it goes buys
        supplier = passive
        buyer = next(
            (r for r in dests if r.role == "dest" and r.mention.code != passive.mention.code), None
        )
    elif supplies and (not buys or supplies.start() < buys.start()):
        lead = [
            r
            for r in roles
            if r.mention.start < supplies.start() and r.role in ("subject", "agent", "owner")
        ]
        # `Venture Global signed a deal with Germany's SEFE to supply`: the subject supplies
        doers = [r for r in lead if r.role != "owner"] or lead
        supplier = doers[-1] if doers else (sources[0] if sources else None)
        # `supply India's Petronet`, `sells the United States`, `send ... to Germany`
        later = [
            r
            for r in roles
            if r.mention.start > supplies.start()
            and r.role not in ("source", "origin")
            and (supplier is None or r.mention.code != supplier.mention.code)
        ]
        # `signed a deal with Germany's SEFE to supply`: the other side of the deal buys
        partners = [
            r
            for r in roles
            if r.role == "with" and (supplier is None or r.mention.code != supplier.mention.code)
        ]
        buyer = (later or partners or [None])[0]
    else:
        # `the two countries ... on Alaska gas`: of a pair, the one the gas does not come from
        source_codes = {r.mention.code for r in sources}
        subjects = [r for r in subjects if r.mention.code not in source_codes] or subjects
        buyer = subjects[-1] if subjects else (dests[0] if dests else None)
        supplier = next(
            (r for r in sources if buyer is None or r.mention.code != buyer.mention.code), None
        )
        if supplier is None and buyer is not None:
            supplier = next((r for r in dests if r.mention.code != buyer.mention.code), None)
        origins = [r for r in sources if r.role in ("source", "origin")]
        if buyer is None and supplier is not None and supplier.role == "owner" and origins:
            # `China's customs show 108.5 million tonnes of Russian crude arriving`: the owner
            # of the figures takes the goods another country is named for
            buyer, supplier = (
                supplier,
                next((r for r in origins if r.mention.code != supplier.mention.code), None),
            )
    if buyer is None and supplier is not None:
        # `Russian gas carried across Ukraine`: a transit country buys nothing
        transit = _transit_codes(sentence)
        pair = [
            c for c in sentence.article.pair() if c != supplier.mention.code and c not in transit
        ]
        if buys and pair:
            buyer = pair[0]
    if buyer is None and supplier is None and buys and sentence.article.ranked:
        buyer = sentence.article.ranked[
            0
        ]  # `Crude oil imports slipped to ...` in a country's release
    return buyer, supplier
