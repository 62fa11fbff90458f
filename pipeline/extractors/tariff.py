"""Tariff actions: rate, who imposes on whom, on what, in what state."""

from __future__ import annotations

import re
from dataclasses import replace

from pipeline.extractors.common import (
    LOOKS_BACK,
    agreement_frame,
    code_of,
    coordinated,
    distinct,
    due_later,
    fact,
    in_force_by_date,
    negated,
    product_for,
    products_in,
    range_low_end,
    reached_later,
    status_for,
    status_near_any,
    year_for,
)
from pipeline.extractors.context import (
    APOSTROPHE_S,
    COORD,
    LONG_APPOSED,
    Role,
    Sentence,
    appositive,
)
from pipeline.extractors.exemptions import exempted
from pipeline.lexicon import EU_MEMBERS
from pipeline.normalize import Quantity

STATUSES = ("threatened", "planned", "announced", "agreed", "imposed", "delayed", "lifted")
TARGET_ROLES = ("target", "origin", "source", "for", "with")
# `agreed to cut its tariffs`: a country acting on its own duties receives none
_OWN_LEVY = r"(?:cut|lower|reduce|remove|eliminate|scrap|drop|lift|slash|halve|phase|raise|impose|levy|waive|suspend|end)\b"
# `China was assigned a rate of 34%`, `Japanese automakers have paid`, `Seoul accepted`
_RECEIVES = re.compile(
    r"^(?:(?!\band\b)[\s\w.]){0,25}?\b(?:(?:was|were|is|are|has been|have been)\s+)?(?:assigned|given|handed|faces?|facing|faced|pays?|paid|paying|"
    r"received|receives|drawing|drew|draws|left at|gets?|got|(?:was|were|is|are|been|being|(?:will|would)\s+(?:not\s+)?be)\s+charged|accepted|settled|agreed to(?!\s+(?:(?:further|gradually|also)\s+)?"
    + _OWN_LEVY
    + r")|agreed (?:a|an)|subject|was hit|were hit|secured|won (?:a|an|the)|obtained|"
    r"spared|exempt(?:ed)?|escaped|avoided|carry|carries|carried|bear|bears|bore"
    r"|saw (?:its|their) (?:own )?(?:[\w-]+ )?(?:rate|tariff|duty))\b(?! back)",
    re.IGNORECASE,
)
ACTOR_ROLES = ("subject", "owner", "agent")
_RETALIATION = re.compile(
    r"\bretaliat\w*|\bcounter-?tariffs?\b|\bcountermeasures?\b|\bhit back\b", re.IGNORECASE
)
_BACK_REF = re.compile(
    r"\b(?:lift|remov|scrap|drop|suspend|paus|withdr[ae]w|eliminat)\w*\s+"
    r"(?:the|its|their|those|these)\s+(?:[\w-]+\s+)?$",
    re.IGNORECASE,
)
_GENERAL = re.compile(
    r"\b(?:baseline|global|worldwide|across the board|every|all imports|most imports|universal)\b",
    re.IGNORECASE,
)
_STANDARD = re.compile(r"\b(?:standard|most[- ]favou?red[- ]nation|MFN)\b", re.IGNORECASE)
_STANDARD_AFTER = re.compile(r"\s+(?:standard|most[- ]favou?red[- ]nation|MFN)\b", re.IGNORECASE)
_MANY = re.compile(
    r"\b(?:many|all|most|dozens of|other|its) (?:countries|nations|trading partners|partners|economies)\b|\btrading partners\b|\bthe world\b",
    re.IGNORECASE,
)


def extract(sentence: Sentence, rates: list[Quantity], dropped: list[Quantity]) -> list[dict]:
    # `a penalty over India's purchases of Russian oil`: the fuel's country is the reason
    bought = [r.mention.end for r in sentence.roles if _fuel_bought(sentence, r)]
    if bought:
        sentence = replace(
            sentence,
            roles=[r for r in sentence.roles if r.mention.end not in bought],
            products=[p for p in sentence.products if not any(0 < p[0] - e <= 2 for e in bought)],
        )
    if rates:
        rows = _respectively(sentence, rates, _with_rates(sentence, rates, dropped))
        if rows:
            last = rows[-1]
            article = sentence.article
            article.last_tariff = (last["actor"], last["partner"], article.sentence_index)
        return rows
    left_out = exempted(sentence)
    if left_out or not sentence.topic_cues("tariff"):
        return left_out
    return _without_rates(sentence)


_BUYING_OF = re.compile(
    r"(?:\b(?:its|their)|['’]s)\s+(?:purchases?|imports?) of\s+$"
    r"|\b(?:(?:purchases?|use) of|buying|buys|bought)\s+$",
    re.IGNORECASE,
)
_FUEL_AFTER = re.compile(r"\s+(?:crude\s+)?(?:oil|crude|gas|LNG|energy|coal|fuel)\b", re.IGNORECASE)


def _fuel_bought(sentence: Sentence, role: Role) -> bool:
    """`for buying Russian oil`, `purchases of Russian crude`: fuel someone buys, named by the
    country it comes from, which neither levies nor pays the tariff."""
    mention = role.mention
    return (
        mention.kind == "demonym"
        and bool(_BUYING_OF.search(sentence.text, max(0, mention.start - 20), mention.start))
        and bool(_FUEL_AFTER.match(sentence.text, mention.end))
    )


def _respectively(sentence: Sentence, rates: list[Quantity], rows: list[dict]) -> list[dict]:
    """`Thailand and Malaysia will pay 36 percent and 25 percent respectively`: the n-th rate
    goes to the n-th country only (where two sides cut their rates on each other, each rate
    already has its own imposer)."""
    values = [q.value for q in rates]
    if (
        not re.search(r"\brespectively\b", sentence.text)
        or len(set(values)) != len(values) < 2
        or len({r["actor"] for r in rows}) > 1
    ):
        return rows
    charged = {r["partner"] for r in rows}
    order = list(dict.fromkeys(r.mention.code for r in sentence.roles if r.mention.code in charged))
    if len(order) != len(values):
        return rows
    return [r for r in rows if order.index(r["partner"]) == values.index(r["value"])]


def _with_rates(sentence: Sentence, rates: list[Quantity], dropped: list[Quantity]) -> list[dict]:
    facts = []
    shared = _ranges(sentence, rates)
    mutual = _each_other(sentence, rates)
    previous = None  # (value, status) of the rate before
    previous_targets: list = []  # and whom it hits
    spelled = None  # (where, targets) of a rate whose parts a colon after it spells out
    receivers = _receivers(sentence)
    gapped = _gapped(sentence, rates, receivers)
    # in such a list every country named receives a rate: none of them imposes one
    hit = [*gapped, *_with_coordinated(sentence, receivers)] if gapped else []
    for i, q in enumerate(rates):
        lo = rates[i - 1].end if i else 0
        nxt = rates[i + 1].start if i + 1 < len(rates) else len(sentence.text)
        hi = min(nxt, _clause_end(sentence, q.end))
        joined = _joined_subject(sentence, q.start)
        clause = max(_clause_start(sentence, q.start), joined)
        since = max(lo, clause)  # where the rate's own clause begins
        cue_before = [c for c in sentence.topic_cues("tariff") if since <= c.end <= q.start]
        after_cues = _phrases(
            sentence, [c for c in sentence.topic_cues("tariff") if c.start >= q.end]
        )
        if len(after_cues) > 1:
            hi = min(hi, after_cues[1].start)
        if i + 1 < len(rates):
            # `India's rate is 25 percent, and Vietnam's is 20 percent`: the next rate's owner
            hi = min(
                [hi]
                + [
                    r.mention.start
                    for r in sentence.roles
                    if q.end <= r.mention.start < hi and _rate_owner(sentence, r)
                ]
            )
        targets = (
            (_targets(sentence, cue_before[-1].end, q.start) if cue_before else [])
            or _targets(sentence, q.end, hi)
            or _targets(sentence, since, q.start)
        )
        if not targets and i > 0:
            targets = [r for r in gapped if lo <= r.mention.start < q.start]
        if not targets and i > 0 and _range_end(sentence, rates[i - 1], q):
            # `ranged from 10% on soybeans to 15% on chicken`: whom the low end hits
            targets = [t for t in previous_targets if isinstance(t, Role)]
        own = [r for r in receivers if since <= r.mention.start < q.start]
        if not targets and any(r.role == "with" for r in own):
            targets = [r for r in own if r.role == "with"]  # `with Vietnam drawing 46 percent`
        if own and targets and all(t.role in ("with", "for") for t in targets):
            # `Indonesia will face 19% under its deal with the United States`: who faces it
            targets = _with_coordinated(sentence, own)
        elif own and targets and all(t in receivers and t.mention.start > q.end for t in targets):
            # `Switzerland was hit with 39%, and Brazil faced 50%`: each receives its own rate
            targets = _with_coordinated(sentence, own)
        if i in shared:
            # `between 30.6% and 39% on brandy from the EU`: both ends hit the same goods
            j = shared[i]
            targets = (
                _targets(
                    sentence,
                    rates[j].end,
                    rates[j + 1].start if j + 1 < len(rates) else len(sentence.text),
                )
                or targets
            )
        if not targets and len(rates) == 1:
            aside = _ASIDE.search(sentence.text, q.end)
            targets = _targets(sentence, 0, aside.start() if aside else len(sentence.text))
        targets = [t for t in targets if not _goods_in_fronted_phrase(sentence, t, q.start)]
        # `Seoul agreed to invest $350 billion ..., in exchange for a 15 per cent tariff`: the
        # country that gave something receives the rate (and the goods it gave are not taxed)
        exchange = _IN_EXCHANGE.search(sentence.text, max(0, q.start - 40), q.start)
        givers = _givers(sentence, exchange.start()) if exchange else []
        if givers and not _targets(sentence, q.end, hi):
            targets, lo = givers, max(lo, exchange.end())
        if not targets:
            # `- Japan: 2 percent target; U.S. tariff of 15 percent`: the entry's country
            targets = [r for r in sentence.roles if _listed_target(sentence, r)]
        # the goods of a range are named after its high end
        goods_at, goods_hi = (
            (rates[shared[i]].end, len(sentence.text)) if i in shared else (q.end, hi)
        )
        named_products = products_in(
            sentence, goods_at, _goods_end(sentence, goods_at, goods_hi)
        ) or products_in(sentence, max(lo, _fronted_end(sentence, q.start)), q.start)
        if not targets:
            targets = _its_goods(sentence)
        if (
            not targets
            and not named_products
            and not _MANY.search(sentence.text)
            and not _GENERAL.search(sentence.text)
        ):
            targets = _carried(sentence)
        if not targets:
            targets = _its_opener(sentence) or _paired_target(sentence)
        if not targets and spelled is not None and spelled[0] < q.start:
            # `a 50 percent tariff: the 10 percent baseline ..., plus a 40 percent surcharge`:
            # the parts of a rate spelled out after a colon hit whom the whole rate hits
            targets = spelled[1]
        status, rule = status_for(sentence, q.start, STATUSES, "imposed", since=joined)
        if status == "announced" and in_force_by_date(sentence, q):
            status, rule = "imposed", f"{rule}+in-force"
        elif status == "imposed" and due_later(sentence, q, lo, nxt):
            status, rule = "announced", f"{rule}+due-later"
        elif (
            status == "imposed"
            and reached_later(sentence, q)
            # `from 150% to 75% at once, and to 40% by 2035`: a cut in steps is lifted
            and not (previous and previous[0] > q.value)
        ):
            status, rule = "announced", f"{rule}+reached-later"
        undone = _undone(sentence, q, rates[i + 1].start if i + 1 < len(rates) else None)
        if undone and status in ("imposed", "announced"):
            # `ordered the 25% duties on Feb. 1 but paused them for 30 days`: the later state
            status = "lifted" if undone.group("verb").lower() in _LIFTING else "delayed"
            rule = f"{rule}+undone"
        reach = min(q.end + CHARGED_REACH, nxt)
        contrast = _CONTRAST.search(sentence.text, q.end, reach)
        applied = _CHARGED_NOW.search(
            sentence.text,
            max(since, q.start - CHARGED_REACH),
            contrast.start() if contrast else reach,
        )
        if applied and status == "agreed":
            # `the 20 percent US rate that has applied since August 7`: a deal's rate in force
            status, rule = "imposed", f"{rule}+applied"
        elif status in ("imposed", "announced") and agreement_frame(sentence) and not applied:
            status, rule = "agreed", f"{rule}+agreement"
        elif rule == "default" and sentence.article.joint_text and not applied:
            status, rule = "agreed", "default+joint-text"
        elif rule == "default" and _bare_rate_upcoming(sentence):
            status, rule = "announced", "default+upcoming"
        if mutual:
            actor, targets = mutual[i]
        if not targets and status == "agreed":
            targets = [
                r for r in sentence.roles if r.role == "subject" and r.mention.kind != "leader"
            ][:1]
        if not mutual:
            actor = _actor(
                sentence,
                [*targets, *hit],
                cue_before[-1] if cue_before else None,
                (clause, q.start),
            )
            _count_imposer(sentence, actor)
            if not targets:
                targets = (
                    ([] if named_products else _other_party(sentence, actor))
                    or _section_partner(sentence, actor)
                    or _answered(sentence, actor)
                )
        old = next((d for d in dropped if d.end <= q.start and q.start - d.end < 12), None)
        if old is not None and old.value > q.value and status not in ("agreed",):
            status, rule = "lifted", "change"
        elif any(
            d.start > q.end
            and d.value > q.value
            and (
                re.search(r"down from(?:\s+the|\s+a)?\s*$", sentence.text[q.end : d.start])
                or re.fullmatch(r"\s*(?:from|instead of)\s*", sentence.text[q.end : d.start])
            )
            for d in dropped
        ):
            # `fell to 15% from 25%`, `15%, down from 20%`, `charged 15% instead of 25%`
            status, rule = "lifted", "down-from"
        elif rule == "default" and previous and previous[1] == "lifted" and q.value < previous[0]:
            status, rule = "lifted", "change.next"  # `from 150% to 75% at once, and to 40%`
        previous = (q.value, status)
        previous_targets = targets
        if status == "lifted" and _deal_cut(sentence):
            status, rule = "agreed", f"{rule}+deal"
        colon = sentence.text.find(":", q.end, rates[i + 1].start if i + 1 < len(rates) else q.end)
        if colon >= 0 and any(isinstance(t, Role) for t in targets):
            spelled = (colon, targets)
        if _STANDARD.search(sentence.text, max(since, q.start - 30), q.start) or (
            _STANDARD_AFTER.match(sentence.text, q.end)
        ):
            # `the EU's standard 10 percent duty on imported cars`: charged on every origin alike,
            # unless the goods' origin is named (`on Chinese cars`) or a country pays it
            targets = [
                t
                for t in targets
                if isinstance(t, Role) and (_names_origin(t) or _receives(sentence, t))
            ]
        for target in targets or [None]:
            for product in named_products or [None]:
                row = fact(
                    sentence,
                    "tariff",
                    "rate",
                    actor,
                    target,
                    q,
                    status,
                    rule,
                    product=product,
                    year=year_for(sentence, q.start),
                    is_negated=negated(sentence, q.start - 20, q.end, q.start),
                    confidence=0.8,
                )
                if row:
                    facts.append(row)
                    if isinstance(target, Role):
                        sentence.article.last_target = (
                            target.mention.code,
                            sentence.article.sentence_index,
                        )
                        if status not in ("lifted", "delayed"):
                            _note_pair(sentence, actor, target)
    return facts


# a rate the text says is charged now: a deal that set it, or a pact named beside it, does not
# make it a term still to come (ANNOTATION.md)
_CHARGED_NOW = re.compile(
    r"\b(?:in force|in effect|(?:has|have) applied|(?:has|have) been (?:charged|collected|applied"
    r"|paid|in force|in place)|(?:has|have|had) paid|remains? subject|still (?:charges?|faces?"
    r"|pays?|applies)|collected at the border|took effect)\b",
    re.IGNORECASE,
)
CHARGED_REACH = 60  # characters around a rate where words of its being charged still count
_CONTRAST = re.compile(r",?\s+(?:although|though|while|but|whereas)\b", re.IGNORECASE)

# a rate the sentence speaks of as charged before, or kept as it was
_KEPT = re.compile(r"\b(?:already|stays?|stood|unchanged|in force|had been)\b", re.IGNORECASE)


def _bare_rate_upcoming(sentence: Sentence) -> bool:
    """A rate with no word of its own in an article whose tariffs take effect on a date still
    to come, unless the sentence looks back (`has paid since March`, `is still 10 percent`)."""
    return (
        sentence.article.upcoming
        and not LOOKS_BACK.search(sentence.text)
        and not _KEPT.search(sentence.text)
    )


_IN_RETURN = re.compile(r"\b(?:in return|in exchange)\b", re.IGNORECASE)
# a cut the text says applies: `came into force`, `has been charged since`
_APPLIED = re.compile(
    r"\b(?:came into force|took effect|in force|came down|(?:is|are) charged|(?<!be )applied from"
    r"|(?:has|have) been)\b",
    re.IGNORECASE,
)
# a cut still to come: `will eliminate`, `is to cut`, `will charge 15%, down from 25%`
_CUT_TO_COME = re.compile(
    r"\b(?:will|would|shall|is to|are to)\s+(?:(?:also|further|then|gradually|immediately)\s+)?"
    r"(?:cut|lower|reduce|remove|eliminate|scrap|drop|lift|slash|halve|fall|come down|end|waive"
    r"|phase out)\b"
    # `will pay 15 percent, down from 27.5 percent`
    r"|\b(?:will|would|shall|is to|are to)\s+(?:pay|charge|apply|face)\b[^.;]{0,60}\bdown from\b",
    re.IGNORECASE,
)


def _deal_cut(sentence: Sentence) -> bool:
    """`Argentina will cut to zero its tariffs on US medicines` under a framework: a cut written
    into a deal is agreed until the text says it applies (`came into force on Monday`)."""
    if _APPLIED.search(sentence.text):
        return False
    if _DEAL_CUTS.search(sentence.text):
        return True  # `a framework that would cut the tariff to 15%`: the deal itself cuts it
    deal = (
        sentence.article.joint_text or agreement_frame(sentence) or _IN_RETURN.search(sentence.text)
    )
    return bool(deal and _CUT_TO_COME.search(sentence.text))


_DEAL_CUTS = re.compile(
    r"\b(?:deal|agreement|arrangement|framework|accord|pact|understanding)\s+(?:[\w,]+\s+){0,5}?"
    r"(?:that\s+|which\s+)?(?:(?:would|will)\s+(?:cut|lower|reduce|cap|halve)|cuts|lowers|reduces"
    r"|caps|halves)\b",
    re.IGNORECASE,
)


def _range_end(sentence: Sentence, low: Quantity, high: Quantity) -> bool:
    """`ranged from 10 percent on soybeans to 15 percent on chicken`: the high end of a range."""
    return bool(
        range_low_end(sentence, low) and re.search(r"\bto\s*$", sentence.text[low.end : high.start])
    )


_OWN = re.compile(r"\b(?:its|their) own\b", re.IGNORECASE)


def _names_origin(role: Role) -> bool:
    return role.role in ("target", "origin", "source") or role.mention.kind == "demonym"


def _answered(sentence: Sentence, actor) -> list[str]:
    """`Beijing set its own rate at 125%`: a country's own rate answers the other side of the
    article's dispute."""
    if (
        not _OWN.search(sentence.text)
        or not isinstance(actor, Role)
        or all(c.label in ("threatened", "planned") for c in sentence.status_cues())
    ):
        return []  # `London wants its own 10% rate extended` sets nothing
    return [c for c in sentence.article.pair() if c != actor.mention.code][:1]


def _section_partner(sentence: Sentence, actor) -> list[str]:
    """`What the UK gets:` over `- Indian tariffs on whisky fall to 75%`: the heading's country
    is the other side of a tariff whose imposer the entry names."""
    code = sentence.article.section_code
    if not sentence.article.in_list or code is None or not isinstance(actor, Role):
        return []
    return [code] if code != actor.mention.code else []


def _lifts_its_own(sentence: Sentence, actor, cue) -> bool:
    """`China will lift the duties on canola meal`: a side of the article's pair, named right
    before the verb, undoing duties already told of (not `Canada asked Beijing to scrap them`)."""
    found = _BACK_REF.search(sentence.text, max(0, cue.start - 40), cue.start)
    if found is None or not isinstance(actor, Role):
        return False
    last = sentence.codes(before=found.start())
    return actor.mention.code in sentence.article.pair() and bool(last) and last[-1] is actor


def _other_party(sentence: Sentence, actor) -> list[Role]:
    """`India said it would not retaliate against the 50% U.S. tariff`: with the imposer named
    right before the tariff word, the one other country of the sentence is the one it hits."""
    if (
        not isinstance(actor, Role)
        or not _imposer_position(sentence, actor)
        or _MANY.search(sentence.text)
        or _GENERAL.search(sentence.text)
    ):
        return []
    others = distinct(
        [
            r
            for r in sentence.roles
            if r.role == "subject"
            and r.mention.kind not in ("leader", "context", "company")
            and r.mention.code != actor.mention.code
            and _ANSWERS.match(sentence.text, r.mention.end)
        ]
    )
    return others if len(others) == 1 else []


# what the country hit does about a tariff: `India said it would not retaliate against`;
# `China has benefited from the U.S. tariff` names a bystander
_ANSWERS = re.compile(
    r"[^.;]{0,40}?\b(?:retaliat\w*|respond\w*|answer\w*|react\w*|protest\w*|challeng\w*|"
    r"appeal\w*|hit back|fight\w*|complain\w*|fac(?:e|es|ed|ing)|suffer\w*|absorb\w*|"
    r"negotiat\w*|paid|pays?|paying|exempt\w*|spared)",
    re.IGNORECASE,
)


def _phrases(sentence: Sentence, cues: list) -> list:
    """Tariff words of one phrase count once: `"reciprocal" rate`, `countervailing duties`."""
    out = []
    for cue in cues:
        if out and re.fullmatch(r"[\s\"'“”‘’-]*", sentence.text[out[-1].end : cue.start]):
            continue
        out.append(cue)
    return out


_MUTUAL = re.compile(r"\b(?:each other|one another)\b", re.IGNORECASE)


def _each_other(sentence: Sentence, rates: list[Quantity]) -> list:
    """`A and B cut their tariffs on each other to 30% and 10%`: rate i is party i's."""
    if len(rates) != 2 or not _MUTUAL.search(sentence.text):
        return []
    parties = distinct(
        [
            r
            for r in sentence.roles
            if r.role == "subject"
            and r.mention.kind != "context"
            and r.mention.start < rates[0].start
        ]
    )
    if len(parties) != 2:
        return []
    return [(parties[0], [parties[1]]), (parties[1], [parties[0]])]


def _both_ways(sentence: Sentence) -> tuple[str, str] | None:
    """`The two sides agreed to lower tariffs on each other's goods`: the pair, both ways."""
    parties = [r for r in sentence.roles if r.mention.kind != "leader" and r.role != "except"]
    codes = list(dict.fromkeys(r.mention.code for r in parties))
    if len(codes) != 2:
        return None
    mutual = _MUTUAL.search(sentence.text)
    near = mutual is not None and any(
        0 <= mutual.start() - c.end <= 40 for c in sentence.topic_cues("tariff")
    )
    # `The two sides will cut tariffs`: a pair named only together acts on each other
    pair_only = all(r.mention.kind == "context" and r.role == "subject" for r in parties)
    return (codes[0], codes[1]) if near or pair_only else None


def _ranges(sentence: Sentence, rates: list[Quantity]) -> dict[int, int]:
    """Low end index -> high end index for `between X% and Y%` and `X% to Y%` ranges."""
    out = {}
    for i in range(len(rates) - 1):
        gap = sentence.text[rates[i].end : rates[i + 1].start]
        lead = sentence.text[max(0, rates[i].start - 20) : rates[i].start]
        after = sentence.text[rates[i + 1].end : rates[i + 1].end + 30]
        bounded = re.fullmatch(r"\s*(?:and|to|-|–)\s*", gap) and re.search(
            r"\b(?:between|ranging from|of)\s*$", lead
        )
        # `imposed 10% to 15% tariffs on U.S. coal`: one range of duties, not a change
        spanned = (
            re.fullmatch(r"\s*(?:to|-|–)\s*", gap)
            and not re.search(r"\bfrom\s*$", lead)
            and re.match(r"\s*(?:[\w-]+\s+)?(?:tariffs?|duties|levies)\b", after)
        )
        if bounded or spanned:
            out[i] = i + 1
    return out


_ITS_OPENS = re.compile(
    r"\s*(?:[-*•]\s+)?Its\s+(?:[\w-]+\s+){0,2}?(?:goods|exports|products|rate)\b"
)


def _its_opener(sentence: Sentence) -> list:
    """`Brazil was hit hardest. Its goods had paid the 10 percent baseline`: the goods (or the
    rate, which a country faces) of the country the sentence before opened with. `Its tariff`
    is one that country imposes, and is left to the imposer rules."""
    opened = sentence.article.just_opened()
    if not _ITS_OPENS.match(sentence.text) or not isinstance(opened, str):
        return []
    return [opened]


_ITS_TARIFF = re.compile(
    r"\s*(?:[-*•]\s+)?Its\s+(?:(?:own|import|new|general|standard|basic)\s+){0,2}"
    r"(?:tariffs?|duty|duties|levy|levies)\b"
)


def _its_tariff(sentence: Sentence) -> str | None:
    """`Brazil has tools of its own. Its import tariff on electric cars rose to 25 percent`:
    the country the sentence before opened with imposes."""
    opened = sentence.article.just_opened()
    return opened if _ITS_TARIFF.match(sentence.text) and isinstance(opened, str) else None


def _its_goods(sentence: Sentence) -> list[Role]:
    """`Taipei's talks are still open, and its goods face a 20 percent rate`: the goods of the
    country the sentence opened with."""
    text = sentence.text
    first = sentence.roles[0] if sentence.roles else None
    if (
        first is not None
        and first.mention.kind not in ("leader", "company", "context")
        and re.fullmatch(r"\s*(?:the\s+)?", text[: first.mention.start])
        and _ITS_GOODS_LATER.search(text, first.mention.end)
    ):
        return [first]
    return []


_ITS_GOODS_LATER = re.compile(
    r"(?:,\s+and|;)\s+its\s+(?:[\w-]+\s+){0,2}?(?:goods|exports|products)\s+(?:now\s+|still\s+)?"
    r"(?:face|pay|carry|draw)"
)


def _note_pair(sentence: Sentence, actor, target) -> None:
    """Remember who imposed on whom when the sentence names both."""
    if (
        isinstance(actor, Role)
        and isinstance(target, Role)
        and actor.mention.code != target.mention.code
    ):
        article = sentence.article
        article.last_pair = (actor.mention.code, target.mention.code, article.sentence_index)


def _recent_pair(sentence: Sentence) -> tuple[str, str, int] | None:
    """`Energy products pay a lower rate of 10 percent`, after a sentence on what Washington
    charges Canada: a rate in a sentence naming no country continues the pair just named, and so
    does one that names only the pair's imposer and says it `also` charges a rate (`Beijing is
    also charging 25 percent on pork`), unless the goods are everyone's (`all imported cars`)."""
    article = sentence.article
    last = article.last_pair
    if (
        last is None
        or (sentence.roles and not _ALSO_ITS_OWN.search(sentence.text))
        or any(r.mention.code != last[0] for r in sentence.roles)
        or article.sentence_index - last[2] > 2
        # a country named since (`Japan's LNG imports rose`) ends the pair's reach
        or article.last_code not in last[:2]
        or _MANY.search(sentence.text)
        or _GENERAL.search(sentence.text)
        # `The counter-tariffs of 25 percent`, `the bound rate`: the other side's own duties
        or _RETALIATION.search(sentence.text)
        or _OWN_SIDE.search(sentence.text)
        # `Its import tariff on cars rose to 20 percent`: the country just named charges it
        or _ITS_TARIFF.match(sentence.text)
        # the pair is the article's usual imposer, or the article has none yet
        or any(c != last[0] for c, _ in article.imposers.most_common(1))
    ):
        return None
    return last


_ALSO_ITS_OWN = re.compile(
    r"^(?!.*\b(?:all|every|imported|foreign|most)\s).*\b(?:also|too|as well|likewise)\b",
    re.IGNORECASE,
)
_OWN_SIDE = re.compile(r"\b(?:bound|MFN|most-favou?red|quotas?)\b", re.IGNORECASE)


def _paired_target(sentence: Sentence) -> list:
    last = _recent_pair(sentence)
    return [last[1]] if last else []


def _carried(sentence: Sentence) -> list:
    """`The separate 20% tariff ... stays in force`: the country of the sentence before, unless
    the sentence is a list entry labelled with its own country."""
    last = sentence.article.last_target
    if (
        last is None
        or sentence.article.sentence_index - last[1] > 2
        or any(r.lead for r in sentence.roles)
        or _OWN.search(sentence.text)
        # `Indian tariffs on whisky fall to 75%`: the country imposing is not the one hit
        or any(r.mention.code == last[0] and _imposer_position(sentence, r) for r in sentence.roles)
    ):
        return []
    return [last[0]]


# `tariffs on Indian goods if New Delhi stops buying Russian oil`: the condition names no target
# `25% on chips, a prospect that weighs on Samsung`: the aside names who is hurt, not a target
_ASIDE = re.compile(
    r",\s+an?\s+(?:prospect|move|step|blow|worry|threat|decision|measure)\s+(?:that|which)\b"
)
_CLAUSE_END = re.compile(
    r"\s(?:if|unless|while|but|because|after|until)\s|[;:]"
    r"|,\s+(?:mirroring|citing|saying|following|matching|echoing|reflecting|which|who|whose"
    r"|tying|linking|blaming|accusing|arguing|noting|adding|describing|justifying|claiming)\b"
    # `..., the latest in a run of measures that followed Brussels' tariffs on Chinese cars`:
    # an apposition on the measure names other rates' sides
    r"|,\s+the\s+(?:latest|first|second|third|last|newest|biggest|largest)\s+(?:in|of|since)\b"
    rf"|{_ASIDE.pattern}"
)


_GOODS_END = re.compile(r",\s+(?:and|citing|saying|after|as|while|which|who|when)\b")
GOODS_REACH = 80  # characters after a rate where the goods it covers are still named


# what pauses or takes back a rate, said of it actively or passively
_UNDOING = "paused|suspended|delayed|postponed|lifted|removed|scrapped|revoked"
_UNDONE = re.compile(
    r"\b(?:but|then|only to)\s+(?:\w+\s+){0,3}?"
    rf"(?P<verb>{_UNDOING}|withdrew)"
    r"\s+(?:them|it|the (?:duties|tariffs?|levy|levies|rates?))\b(?!\s+to\s+\d)",
    re.IGNORECASE,
)
# `Duties of 25 percent ..., announced in March, were suspended for 30 days`: the rate's own verb
_UNDONE_PASSIVE = re.compile(
    r"\b(?:were|was|are|is|remains?|remained|(?:have|has|had) been)\s+(?:\w+ly\s+)?"
    rf"(?P<verb>{_UNDOING}|withdrawn)\b"
    r"(?!\s+to\s+\d)",
    re.IGNORECASE,
)
PASSIVE_REACH = 120  # characters from a rate to the passive verb that undoes it
_LIFTING = ("lifted", "removed", "scrapped", "withdrew", "withdrawn", "revoked")


def _undone(sentence: Sentence, q: Quantity, next_rate: int | None):
    """`ordered 25% duties on Feb. 1 but paused them`: the same actor undoing the rate later in
    its sentence, before any other rate and with no new subject in between."""
    end = next_rate if next_rate is not None else len(sentence.text)
    found = _UNDONE.search(sentence.text, q.end)
    if found is None or found.start() >= end:
        found = _undone_passive(sentence, q, end)
    if found is None:
        return None
    other = any(
        q.end <= r.mention.start < found.start() and r.role == "subject" for r in sentence.roles
    )
    return None if other else found


def _undone_passive(sentence: Sentence, q: Quantity, end: int):
    """`Duties of 25 percent ..., announced at the same time, were suspended`: a passive verb of
    the rate's own clause, with no other clause opening in between."""
    found = _UNDONE_PASSIVE.search(sentence.text, q.end)
    if (
        found is None
        or found.end() > min(end, q.end + PASSIVE_REACH)
        or re.search(
            r"[;:]|,\s*(?:and|so|yet)\b"
            r"|\b(?:while|whereas|but|although|though|which|that|after|before|when|as)\b",
            sentence.text[q.end : found.start()],
        )
    ):
        return None
    return found


def _goods_end(sentence: Sentence, start: int, hi: int) -> int:
    """Where the goods a rate covers can no longer be named: `34% on all U.S. goods, and
    Beijing added curbs on rare earths` names no goods of the rate after the comma."""
    ends = [
        m.start()
        for m in (
            _GOODS_END.search(sentence.text, start, hi),
            _REASON.search(sentence.text, start, hi),
        )
        if m
    ]
    return min([*ends, hi, start + GOODS_REACH])


def _clause_end(sentence: Sentence, start: int) -> int:
    """Where the clause from `start` ends: a condition or another statement names no target."""
    found = _CLAUSE_END.search(sentence.text, start)
    return found.start() if found else len(sentence.text)


def _without_rates(sentence: Sentence) -> list[dict]:
    """`tariffs on Japan was an option`, `delay the tariffs on Mexico and Canada`."""
    cues = sentence.topic_cues("tariff")
    both = _both_ways(sentence)
    status, rule = status_near_any(sentence, cues, STATUSES)[:2] if both else ("", "")
    if both and status:
        if any(c.label == "agreed" for c in sentence.status_cues()) or agreement_frame(sentence):
            status, rule = "agreed", "agreement"  # what both sides do is what they agreed
        rows = [
            fact(sentence, "tariff", "rate", a, b, None, status, f"{rule}.novalue.mutual")
            for a, b in (both, both[::-1])
        ]
        return [r for r in rows if r]
    facts = []
    for i, cue in enumerate(cues):
        lo = cues[i - 1].end if i else 0
        hi = cues[i + 1].start if i + 1 < len(cues) else len(sentence.text)
        end = min(hi, cue.end + 80, _clause_end(sentence, cue.end))
        targets = _targets(sentence, cue.end, end, near=cue)
        status, rule = status_for(sentence, cue.start, STATUSES, "")
        if not status:
            # `What does Washington charge on Canadian goods?`: the answers below name neither
            if targets:
                _note_pair(sentence, _actor(sentence, targets, cue), targets[0])
            continue
        status, rule = _declined(sentence, cue.start, status, rule)
        if status == "lifted" and _deal_cut(sentence):
            status, rule = "agreed", f"{rule}+deal"
        # `Beijing vowed to retaliate, and the EU said it was preparing countermeasures`
        joined = list(_JOINED_CLAUSE.finditer(sentence.text, 0, cue.start))
        clause = joined[-1].end() if joined else 0
        if not targets:
            # `Canada and Mexico would not be charged the new rates`: who is charged
            targets = _with_coordinated(sentence, _receivers(sentence))
        actor = _actor(sentence, targets, cue, (clause, cue.start))
        _count_imposer(sentence, actor)
        if not targets and _MANY.search(sentence.text[cue.start : cue.end + 60]):
            targets = [None]
        if not targets:
            targets = _targets(sentence, max(lo, cue.start - 60), cue.start, near=cue)
        if not targets and (
            _lifts_its_own(sentence, actor, cue) or _RETALIATION.search(sentence.text)
        ):
            # `China will lift the duties on canola meal`: the duties already told of; and
            # retaliation answers the other side of the article's dispute
            targets = [c for c in sentence.article.pair() if c != code_of(actor)][:1]
        # `duties on Canadian canola meal, peas and lobsters`: one fact for each product
        named = products_in(sentence, cue.end, end) or [
            product_for(sentence, cue.start - 30, cue.end + 40)
        ]
        for j, target in enumerate(targets):
            for product in _products_of(sentence, targets, j, end) or named:
                row = fact(
                    sentence,
                    "tariff",
                    "rate",
                    actor,
                    target,
                    None,
                    status,
                    f"{rule}.novalue",
                    product=product,
                    is_negated=negated(sentence, cue.start - 30, cue.end, cue.start),
                    confidence=0.5,
                )
                if row and not any(
                    (r["partner"], r["product"]) == (row["partner"], product) for r in facts
                ):
                    facts.append(row)
    return facts


# `Brazil will not impose counter-tariffs`: a decision made public; `India has no plans to
# impose counter-tariffs`: an intention (`has not imposed` stays a state of affairs)
_WILL_NOT = re.compile(
    r"\b(?:(?:will|would|shall)\s+not|won't|wouldn't)\s+(?:(?:now|yet|also|then)\s+)?"
    r"(?:impose|apply|levy|introduce|put|slap|respond|retaliate|be)\w*\s+(?:with\s+)?(?:\w+[\s-]+){0,3}$",
    re.IGNORECASE,
)
_NO_PLAN = re.compile(
    r"\b(?:no plans?|not planning|(?:does|do|did) not (?:intend|plan)|no intention)\b[^.;]{0,40}$",
    re.IGNORECASE,
)


def _declined(sentence: Sentence, at: int, status: str, rule: str) -> tuple[str, str]:
    """The status of a tariff a government says it will not impose."""
    before = sentence.text[max(0, at - 60) : at]
    if status in ("imposed", "threatened") and _NO_PLAN.search(before):
        return "planned", f"{rule}+no-plan"
    if status == "imposed" and _WILL_NOT.search(before):
        return "announced", f"{rule}+will-not"
    return status, rule


def _products_of(sentence: Sentence, targets: list, j: int, end: int) -> list[str]:
    """`duties on Chinese trucks and steel, and on US whiskey`: each target's own products, up
    to the next target."""
    if len(targets) < 2 or not isinstance(targets[j], Role):
        return []
    starts = [t.mention.start for t in targets[j + 1 :] if isinstance(t, Role)]
    return products_in(sentence, targets[j].mention.end, min(starts, default=end))


def _count_imposer(sentence: Sentence, actor) -> None:
    """Keep the article's tally of imposers named as such (`U.S. tariffs of 25%`, `China's 34%
    duties`, `Trump raised tariffs`): the imposer of later rates that name none."""
    if isinstance(actor, Role) and (
        _imposer_position(sentence, actor) or _imposing_subject(sentence, actor)
    ):
        sentence.article.imposers[actor.mention.code] += 1


_FROM = re.compile(r"\s+from\s+(?:the\s+)?", re.IGNORECASE)


def _levied_from(sentence: Sentence, role: Role) -> bool:
    """`faces 30% tariffs from the United States`: the country a tariff word comes from
    imposes it (where `on steel from China` names where the goods come from, and `lifts the
    surcharge from Brazilian fruit` or `removed tariffs from Canada` whom it spares)."""
    lifting = [c.start for c in sentence.status_cues() if c.label == "lifted"]
    # `20 percent tariffs from China and India`: each country of the run after `from`
    first = coordinated(sentence, role)[0]
    return role.mention.kind != "demonym" and any(
        _FROM.fullmatch(sentence.text, c.end, first.mention.start)
        and not any(start < c.start for start in lifting)
        for c in sentence.topic_cues("tariff")
        if c.end <= first.mention.start
    )


def _imposing_subject(sentence: Sentence, role: Role) -> bool:
    """`Washington doubled the tariff`, `Beijing imposed 15%`, `The United States cut its
    tariff`: the subject of a verb imposing, lifting or pausing a tariff."""
    return role.role == "subject" and any(
        c.label in ("imposed", "announced", "lifted", "delayed")
        and 0 < c.start - role.mention.end <= 12
        for c in sentence.status_cues()
    )


def _imposer_position(sentence: Sentence, role: Role) -> bool:
    """`U.S. tariffs`, `China's duties`, `Washington's 25% tariff`: a mention right before a
    tariff word, or before a rate and its tariff word, imposes it."""
    return not _rate_owner(sentence, role) and _names_before(
        sentence, role, sentence.topic_cues("tariff")
    )


def _names_before(sentence: Sentence, role: Role, cues) -> bool:
    """Whether the mention stands right before one of the tariff words, or opens the sentence
    before a rate and its tariff word (`Washington's 25% tariff took effect`, where
    `Washington kept Brazil's 50% tariff` names the country charged), unless it receives a rate
    (`Kazakhstan received 27 percent`)."""
    opens = not any(
        r.mention.end <= role.mention.start and r.mention.kind != "context" for r in sentence.roles
    )
    named = any(
        0 <= c.start - role.mention.end <= 4
        or (opens and _RATE_BETWEEN.fullmatch(sentence.text, role.mention.end, c.start))
        for c in cues
        if c.start >= role.mention.end
    )
    return named and not _receives(sentence, role)


_RATE_BETWEEN = re.compile(
    rf"(?:{APOSTROPHE_S})?\s+(?:(?:additional|new|extra|blanket)\s+)?\d[\d.]*\s*(?:%|percent|per cent)"
    r"(?:\s+[\w-]+){0,2}?\s+",
    re.IGNORECASE,
)


_OWNED_RATE = re.compile(
    rf"^{APOSTROPHE_S}\s+(?:(?:reciprocal|country|headline|new|own)\s+)?rates?\b"
    # `set Kazakhstan's reciprocal tariff at 25 percent`: the one the US charges it
    rf"|^{APOSTROPHE_S}\s+(?:new\s+)?(?:reciprocal|country-specific)\s+(?:tariff|duty|levy)\b",
    re.IGNORECASE,
)
# `India's rate is 25 percent, and Vietnam's is 20 percent` (`stays at 25 percent`): the rate
# is understood
_UNDERSTOOD_RATE = re.compile(
    rf"^{APOSTROPHE_S}\s+(?:is|was|will be|stays|stayed|remains|remained|stands|stood)\s+"
    r"(?:now\s+)?(?:at\s+)?(?:\d|just\b|only\b)",
    re.IGNORECASE,
)


def _rate_owner(sentence: Sentence, role: Role) -> bool:
    """`Indonesia's rate was cut to 19%`: a country's rate is the one it is charged."""
    if role.role != "owner":
        return False
    after = sentence.text[role.mention.end :]
    return bool(_OWNED_RATE.match(after)) or (
        bool(_UNDERSTOOD_RATE.match(after))
        and any(
            r.role == "owner" and _OWNED_RATE.match(sentence.text[r.mention.end :])
            for r in sentence.roles
            if r.mention.end <= role.mention.start
        )
    )


def _receivers(sentence: Sentence) -> list[Role]:
    return [r for r in sentence.roles if _receives(sentence, r)]


def _receives(sentence: Sentence, role: Role) -> bool:
    """`China was assigned 34%`, `Mexico's steel now faces 50%` and `Brazil, whose coffee now
    pays 50%`: what the country sells. `American importers paying 145%` pay their own
    government's duty."""
    if _PAYS_AT_HOME.match(sentence.text, role.mention.end):
        return False
    aside = appositive(sentence.text, role.mention.end, LONG_APPOSED)
    after = sentence.text[aside.end() if aside else role.mention.end :]
    after = _WHOSE.sub("", after)
    if role.role == "owner":
        after = re.sub(rf"^{APOSTROPHE_S}", "", after)
    if role.role == "with":
        # `with Vietnam drawing 46 percent`
        return bool(_RECEIVING_WITH.match(after))
    if _MADE_BY.search(sentence.text, 0, role.mention.start) and not _MADE_IN.match(after):
        # `cars made by BYD pay 17 percent`: the maker's goods receive the rate (but `cars built
        # by BMW in China` are China's)
        return bool(_RECEIVES.match(after))
    if role.role == "subject" and (_RATE_MOVED.match(after) or _TOLD.match(after)):
        return True
    if _CHARGED.search(sentence.text, 0, role.mention.start) and not _LICENSED.match(after):
        return True
    return role.role in ("subject", "owner", "origin") and bool(_RECEIVES.match(after))


# `Washington will charge Japan 25 percent`, `offered Vietnam 20 percent`: the country after the
# verb is charged
_CHARGED = re.compile(
    r"\b(?:charg(?:e|es|ed|ing)|slap(?:s|ped|ping)?|hand(?:s|ed|ing)?|assign(?:s|ed|ing)?"
    r"|offer(?:s|ed|ing)?|grant(?:s|ed|ing)?|give[sn]?|gave|giving)\s+(?:the\s+)?$",
    re.IGNORECASE,
)
# `The WTO granted the US the right to impose`: the one allowed to levy is no target
_LICENSED = re.compile(
    r"\s+(?:the\s+)?(?:right|permission|authority|power|approval|go-ahead|green light)\b",
    re.IGNORECASE,
)
# `Thailand and Malaysia have been told that their goods will pay 36 percent`: who is told of a
# rate is charged it
_TOLD = re.compile(
    r"\s*(?:(?:has|have|had)\s+been|was|were)\s+(?:told|informed|notified|warned)\b(?!\s+by\b)",
    re.IGNORECASE,
)
# `Lesotho and Madagascar were cut to 15 percent`, `South Africa came out at 30 percent`: said
# right after a country, a rate set or moved is the rate its goods pay
_RATE_MOVED = re.compile(
    r"\s*(?:(?:was|were|has been|have been|had been)\s+(?:cut|lowered|reduced|raised|moved|put)"
    r"\s+(?:back\s+)?(?:to|at)|came out at|ended up at|landed at)\s+(?:an?\s+|the\s+)?"
    r"(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|(?:thir|four|fif|six"
    r"|seven|eigh|nine)teen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|a hundred)\b",
    re.IGNORECASE,
)


_MADE_BY = re.compile(r"\b(?:made|built|produced|assembled)\s+by\s+(?:the\s+)?$", re.IGNORECASE)
_MADE_IN = re.compile(r"\s+(?:in|at)\s+[A-Z]")
_RECEIVING_WITH = re.compile(r"^\s+(?:facing|paying|drawing|getting|receiving)\b")


# `Brazil, whose coffee ...` speaks of Brazil's coffee
_WHOSE = re.compile(r"^,\s+whose\b")


_ACTS = re.compile(r"^\W*(?:\w+ed|will|plans?|says?|said|has|is)\b", re.IGNORECASE)


def _listed_target(sentence: Sentence, role: Role) -> bool:
    """`- Japan: 24%` under a heading about one country's tariffs: the entry's country is hit,
    unless the entry says it acts (`- Canada: retaliated with 25%`)."""
    return (
        role.lead
        and not _RETALIATION.search(sentence.text)
        and not _ACTS.match(sentence.text[role.mention.end :])
    )


def _targets(sentence: Sentence, lo: int, hi: int, near=None) -> list[Role]:
    inside = [
        r
        for r in sentence.roles
        if lo <= r.mention.start < hi
        and r.mention.kind != "leader"
        and not _imposer_position(sentence, r)
        and not _levied_from(sentence, r)
        and not _REASON.search(sentence.text, _reason_reach(sentence, lo, r), r.mention.start)
    ]
    roles = [
        r
        for r in inside
        if r.role in TARGET_ROLES or _listed_target(sentence, r) or _rate_owner(sentence, r)
    ]
    if any(r.role in ("target", "origin", "source") for r in roles):
        # `on steel from China ... in talks with Mexico`: the goods' country, not the talks'
        roles = [r for r in roles if r.role not in ("with", "for")]
    if any(r.mention.kind != "company" for r in roles):
        # `on Tesla cars made in China`: where the goods are made, not the maker's home
        roles = [r for r in roles if r.mention.kind != "company"]
    if not roles:
        roles = _with_coordinated(sentence, [r for r in inside if _receives(sentence, r)])
    if near is not None:
        roles = [
            r for r in roles if r.role in ("target", "origin", "source") or _receives(sentence, r)
        ]
    return distinct(roles)


def _reason_reach(sentence: Sentence, lo: int, role: Role) -> int:
    """Where a reason phrase must start to cover `role`: `a penalty for buying Russian oil`
    reaches past the commas of a list (`from Russia, Iran or Venezuela`) but not past one that
    starts another phrase (`..., taking the total on many Indian goods to 50 percent`)."""
    ends = {r.mention.end for r in sentence.roles}
    comma = sentence.text.find(",", lo, role.mention.start)
    # a list's comma comes right after a country (`from Russia, Iran or Venezuela`), unlike the
    # one that closes the reason (`for buying Russian oil, India faces`)
    while comma >= 0 and not (
        comma in ends and _LISTED.fullmatch(sentence.text, comma, role.mention.start)
    ):
        lo = comma
        comma = sentence.text.find(",", comma + 1, role.mention.start)
    return lo


# the commas and names of a list of countries, up to the one named last
_LISTED = re.compile(
    r"(?:,\s*(?:(?:and|or)\s+)?(?:the\s+)?(?-i:[A-Z])[\w.’'-]*(?:\s+(?-i:[A-Z])[\w.’'-]*)*)*,?\s*(?:(?:and|or)\s+)?(?:the\s+)?"
)


# `25% duty, a penalty for India's purchases of Russian oil`: a reason names no target
_REASON = re.compile(
    r"\b(?:penalty|punishment|reprisal|retribution) for\b|\bbecause of\b|\bciting\b"
    r"|\bfor (?:buying|purchasing|importing|its purchases|their purchases)\b"
    r"|\bin (?:response|retaliation) (?:to|for)\b|\bover (?:its|their|the) (?:purchases|imports|buying)\b"
    # `on imports from any country that buys Venezuelan crude`
    r"|\b(?:countr(?:y|ies)|nations?|buyers?)\s+(?:that|which|who)\s+"
    r"(?:buy|buys|bought|import|imports|imported|purchase|purchases|purchased)\b",
    re.IGNORECASE,
)


def _gapped(sentence: Sentence, rates: list[Quantity], receivers: list[Role]) -> list[Role]:
    """`Laos and Myanmar face 40%, Thailand and Cambodia 36%`: after a rate that a country
    receives, the countries listed right before a later rate receive it, the verb left out."""
    if len(rates) < 2 or not receivers:
        return []
    out = []
    for q in rates[1:]:
        right_before = [
            r
            for r in sentence.roles
            if r.role == "subject"
            and r.mention.kind not in ("leader", "context", "company")
            and _GAP.fullmatch(sentence.text, r.mention.end, q.start)
        ]
        out.extend(_with_coordinated(sentence, right_before[-1:]))
    return out


_GAP = re.compile(r"\s*(?:with|at|:)?\s*(?:an?\s+)?")


def _with_coordinated(sentence: Sentence, receivers: list[Role]) -> list[Role]:
    """`Laos and Myanmar face 40%`: the countries coordinated before a receiver receive too."""
    out = []
    for receiver in receivers:
        run = [receiver]
        earlier = [r for r in sentence.roles if r.mention.end <= receiver.mention.start]
        for role in reversed(earlier):
            if role.mention.kind in ("leader", "context") or not COORD.match(
                sentence.text[role.mention.end : run[-1].mention.start]
            ):
                break
            run.append(role)
        out.extend(reversed(run))
        out.extend(_as_were(sentence, receiver))
    return out


# `Britain was left at the 10 percent floor, as were Australia, Brazil and Singapore`
_AS_WERE = re.compile(r",\s+as\s+(?:were|was|are|is)\s+(?:also\s+)?$")
_ITEM_END = re.compile(r"\s*(?:[,.;:]|$|and\b)")  # a list entry, not the subject of a new clause


def _as_were(sentence: Sentence, receiver: Role) -> list[Role]:
    """The countries an `as were` after a receiver's clause lists receive the same rate, unless
    a rate of their own follows (`as was Cambodia at 49 percent`)."""
    later = [r for r in sentence.roles if r.mention.start >= receiver.mention.end]
    if (
        not later
        or not _AS_WERE.search(sentence.text, receiver.mention.end, later[0].mention.start)
        or any(q.start > later[0].mention.start for q in sentence.quantities)
    ):
        return []
    run = []
    for role in later:
        if run and (
            role.mention.kind in ("leader", "context")
            or not COORD.match(sentence.text[run[-1].mention.end : role.mention.start])
        ):
            break
        if not _ITEM_END.match(sentence.text, role.mention.end):
            break  # `..., and Canada retaliated`: a clause of its own
        run.append(role)
    return run


_IN_EXCHANGE = re.compile(
    r",?\s+in (?:exchange|return) for (?:an?|the|its)\s+(?:[\w-]+\s+)?$", re.IGNORECASE
)
_SPEAKS = re.compile(
    r"\s+(?:\w+\s+)?(?:said|says|told|announced|stated|added|argued|claimed|wrote)\b", re.IGNORECASE
)


def _givers(sentence: Sentence, end: int) -> list[Role]:
    """The subject nearest before `end` that does more than tell (`Trump said Japan will
    invest`: Japan), with the countries coordinated with it (`Seoul and Tokyo each pledged`)."""
    subjects = [
        r
        for r in sentence.roles
        if r.role == "subject"
        and r.mention.start < end
        and r.mention.kind != "leader"
        and not _SPEAKS.match(sentence.text, r.mention.end)
    ]
    return _with_coordinated(sentence, subjects[-1:])


_JOINED_CLAUSE = re.compile(r",\s+(?:and|but|while)\s+|;\s+")
# `... to 30 percent and China reduced its own`: right after a rate, a clause may join without
# a comma (`Canada and Mexico will impose` is one subject)
_JOINED_RATE_CLAUSE = re.compile(
    rf"{_JOINED_CLAUSE.pattern}|(?:percent|per cent|%)\s+(?:and|but|while)\s+"
)
_CLAUSE_START = re.compile(r"\s(?:if|unless|while|but|because|after|until|whereas)\s|;")


_GOVERNING = re.compile(
    r"\s*(?:(?:new|own|federal|central|coalition|[\w-]+-(?:dumping|distortion|subsidy))\s+)?(?:government|administration|cabinet|ministry"
    r"|ministers?|president|prime minister|parliament|senate|congress|commission|customs|trade"
    r"|finance|commerce|economy|leaders?|officials?|authorities|retaliat\w*|counter\w*|response|answer)",
    re.IGNORECASE,
)


def _owns_other_thing(sentence: Sentence, role: Role) -> bool:
    """`a penalty for India's purchases of Russian oil`: a country owning something that is
    neither a tariff nor a government body does not impose."""
    if role.role != "owner" or role.mention.kind == "context":
        return False
    after = re.sub(rf"^{APOSTROPHE_S}", "", sentence.text[role.mention.end :])
    # `Mexico's steel tariff`: what it owns is a tariff, a word or two on
    tariff_next = any(
        0 <= c.start - role.mention.end <= 25
        and re.fullmatch(
            rf"{APOSTROPHE_S}\s*(?:[\w-]+\s+){{0,2}}", sentence.text[role.mention.end : c.start]
        )
        for c in sentence.topic_cues("tariff")
    )
    return not (_GOVERNING.match(after) or tariff_next)


def _demonym_of_other_thing(sentence: Sentence, role: Role) -> bool:
    """`the Chinese brands that have filled Mexican showrooms`: a demonym before anything but a
    government body (`Chinese officials`) or a rate (`the American reciprocal rate`) imposes
    nothing."""
    return role.mention.kind == "demonym" and not (
        _GOVERNING.match(sentence.text, role.mention.end)
        or _LEVY_NEXT.match(sentence.text, role.mention.end)
    )


_LEVY_NEXT = re.compile(
    r"\s+(?:[\w-]+\s+){0,2}?(?:rates?|tariffs?|duty|duties|levy|levies|surcharges?)\b",
    re.IGNORECASE,
)


def _joined_subject(sentence: Sentence, position: int) -> int:
    """`The EU will remove its tariffs on US goods, and the US will charge 15%`: a clause joined
    by `, and` (or a bare `and` right after a rate) with a subject of its own begins there."""
    joined = [m.end() for m in _JOINED_RATE_CLAUSE.finditer(sentence.text, 0, position)]
    if not joined:
        return 0
    own = [
        r
        for r in sentence.roles
        if joined[-1] <= r.mention.start < position
        and r.role == "subject"
        and r.mention.kind != "company"
        and _VERB_AFTER.match(sentence.text, r.mention.end)
    ]
    return joined[-1] if own else 0


_VERB_AFTER = re.compile(r"\s+(?:will|would|has|have|had|is|are|was|were|\w+ed|\w+s)\b")


def _clause_start(sentence: Sentence, position: int) -> int:
    """Where the clause holding `position` begins, after the last condition or contrast word."""
    found = list(_CLAUSE_START.finditer(sentence.text, 0, position))
    return found[-1].end() if found else 0


def _fronted_end(sentence: Sentence, position: int) -> int:
    """Where a fronted phrase of time or cause before `position` ends, else 0."""
    fronted = _FRONTED.match(sentence.text)
    return fronted.end() if fronted and fronted.end() <= position else 0


def _goods_in_fronted_phrase(sentence: Sentence, role: Role, position: int) -> bool:
    """`After a call about Russian oil, the two countries agreed to cut tariffs to 15 percent`:
    goods named in a fronted phrase of time or cause are not what the rate hits (a country is:
    `Following talks with China, the United States cut its tariff to 30 percent`)."""
    return role.mention.kind == "demonym" and role.mention.start < _fronted_end(sentence, position)


_FRONTED = re.compile(r"\s*(?:After|Following|During|Before|Since|Despite|Amid)\b[^,;%]{3,80},\s+")


def _actor(
    sentence: Sentence, targets: list[Role], cue=None, clause: tuple[int, int] = (0, 0)
) -> Role | str | None:
    taken = {code_of(t) for t in targets if t is not None}
    # governments impose tariffs; a company named beside a rate is one the rate applies to
    roles = [r for r in sentence.roles if r.mention.kind != "company"]
    payers = [
        r
        for r in roles
        if _PAYS_AT_HOME.match(sentence.text, r.mention.end) and r.mention.code not in taken
    ]
    if payers:
        return payers[0]
    levying = [r for r in roles if r.mention.code not in taken and _levied_from(sentence, r)]
    if levying:
        return levying[0]
    cues = [cue] if cue is not None else sentence.topic_cues("tariff")
    for role in roles:
        # `U.S. tariffs`, `China's duties`, `Canadian counter-tariffs`
        if (
            role.mention.code not in taken
            and not _rate_owner(sentence, role)
            and _names_before(sentence, role, cues)
        ):
            return role
    owner = _its_tariff(sentence)
    if owner is not None and owner not in taken:
        return owner
    verbs = [c for c in sentence.status_cues() if c.label != "reported"]
    for role in roles:
        # `the tariffs that Washington has put on Japan`: the one doing the verb imposes
        if (
            role.role in ACTOR_ROLES
            and role.mention.kind != "context"
            and role.mention.code not in taken
            and any(
                0 < role.mention.start - c.end <= 30
                and not _CLAUSE_START.search(sentence.text, c.end, role.mention.start)
                for c in cues
            )
            and any(0 <= c.start - role.mention.end <= 12 for c in verbs)
        ):
            return role
    # `... unless the EU removed its 50% tariff`: the subject of the rate's own clause first
    start, end = clause
    own_clause = [r for r in roles if start <= r.mention.start < end and r.role == "subject"]
    # `Vietnam and Bangladesh pay 20%`: every country of a receiving run receives
    receiving = _with_coordinated(sentence, [r for r in roles if _receives(sentence, r)])
    for role in [*own_clause, *roles]:
        if (
            role.role in (*ACTOR_ROLES, "dest")
            and role.mention.code not in taken
            and role not in receiving
            and not _rate_owner(sentence, role)
            and not _owns_other_thing(sentence, role)
            and not _demonym_of_other_thing(sentence, role)
        ):
            return role
    if _US_LAW.search(sentence.text) and "USA" not in taken:
        return "USA"  # `the Section 301 duty on Chinese electric vehicles`: a US law's tariff
    # `the 25 percent duties on Canadian goods came into force and the rate on China was
    # doubled`: a country the sentence names as a target imposes none of its rates
    taken |= {r.mention.code for r in sentence.roles if r.role == "target"}
    last = _recent_pair(sentence)
    if last is not None and last[0] not in taken:
        return last[0]
    named = [c for c, _ in sentence.article.imposers.most_common() if c not in taken]
    if named and not sentence.article.in_list:
        return named[0]  # the article's usual imposer so far
    # `Switzerland was hit with 39%, and Brazil faced 50%`: who receives a rate imposes none
    receivers = (
        {
            r.mention.code
            for r in sentence.roles
            if r.mention.kind != "leader" and _receives(sentence, r)
        }
        if sentence.quantities
        else set()
    )
    # `India, like China, faces 50%`: a country compared is no imposer either
    compared = {
        r.mention.code
        for r in sentence.roles
        if r.role == "except" and _COMPARED.search(sentence.text, 0, r.mention.start)
    }
    guess = sentence.article.fallback(taken | receivers | compared)
    # a member state's text: its tariffs are the Union's
    return "EUU" if guess in EU_MEMBERS and "EUU" not in taken else guess


# importers and consumers pay the duties their own government charges
_PAYS_AT_HOME = re.compile(r"\s+(?:importers|buyers|consumers|households|shoppers|retailers)\b")
_US_LAW = re.compile(
    r"\bSection (?:122|201|232|301)\b|\bIEEPA\b|\bInternational Emergency Economic Powers Act\b"
)
_COMPARED = re.compile(r"\b(?:like|unlike|than|as with|as did)\s+(?:the\s+)?$", re.IGNORECASE)
