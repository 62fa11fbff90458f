"""What one sentence offers the topic extractors: mentions with roles, numbers, cues, years.

Roles come from the words around a mention, not from a parser, so that the rules run on
`spacy.blank("en")`:
  target   `on Canada`, `against China`, `Chinese goods` (what a measure hits)
  source   `from Mexico`, `Qatar's LNG`, `American gas` (where goods or money come from)
  dest     `to Japan`, `in the US`, `into Hungary` (where goods or money go)
  with     `with China`, `between X and Y`
  owner    `Japan's`, `China's` (a possessive)
  via      `through Russia's pipeline` (a transit country, neither side of a flow)
  subject  anything else, usually the one who acts
"""

from __future__ import annotations

import datetime
import re
from collections import Counter
from dataclasses import dataclass, field, replace

from pipeline.lexicon import Cue, Mention
from pipeline.normalize import Quantity

_PREP = re.compile(
    r"\b(?P<prep>on|against|targeting|targets|hitting|leaving|threaten(?:s|ed|ing)?|warn(?:s|ed|ing)?|punish(?:es|ed|ing)?|penali[sz](?:e|es|ed|ing)"
    r"|other than|except(?: for)?|excluding|outside(?: of)?|(?:second|third) only to|behind|ahead of|than"
    r"|from|to|into|in|inside|entering|reaching|with|between|by|for|of|through|via)"
    r"\s+(?:(?:the|both|either|all|its|their|his|her|our|most|some|many|other|imports|goods|products|exports"
    r"|shipments|purchases|deliveries|made|produced|origin|originating|coming|goods\s+from|imports\s+from)\s+){0,3}$",
    re.IGNORECASE,
)
_PRESSURE = re.compile(r"threaten|warn|punish|penali")
_MADE_IN = re.compile(
    r"\b(?:(?:made|produced|manufactured|built|assembled|grown|originating) in"
    r"|(?:products?|goods|articles) of)\s+(?:the\s+)?$",
    re.IGNORECASE,
)
COORD = re.compile(r"^\s*(?:,|and|or|as well as|&|plus|,\s*and)\s*(?:the\s+)?$", re.IGNORECASE)
# `with China at $295.4 billion, Mexico at $171.8 billion`, `China (40%), Mexico`: the next
# entry of a list whose entries each carry their own figure
LISTED_AFTER_FIGURE = re.compile(
    r"^\s*(?:at\s+|\(\s*)(?:(?:about|around|roughly|nearly|some)\s+)?(?:US)?[$€£¥]?\s?\d[\d.,]*"
    r"\s*(?:(?:trillion|billion|million|bn|percent|per cent)\b|%)?\s*\)?"
    r"\s*(?:,\s*and|,|and)\s*(?:the\s+)?$",
    re.IGNORECASE,
)
APOSTROPHE_S = r"(?:'s|’s|'|’)"  # `Japan's`, `Emirates'`, with either apostrophe
# `Canada came next at`, `China ranked third with`: the next entry of a ranking
RANKED_NEXT = re.compile(
    r"\b(?:came|comes|ranked|ranks|was|is|followed)\s+(?:next|second|third|fourth|fifth)"
    r"(?:,?\s+\w+)?\s+(?:at|with)\b|\bfollowed\s+(?:at|with)\b",
    re.IGNORECASE,
)
# `Germany's largest trading partner`: the owner's trade is what is ranked
RANK_WORDS = r"(?:largest|biggest|top|main|leading|second-largest|third-largest|most important)"
PARTNER_NOUN = r"(?:trading|trade|export|import)\s+partner\b"
RANKED_PARTNER = re.compile(rf"{APOSTROPHE_S}\s+{RANK_WORDS}\s+{PARTNER_NOUN}", re.IGNORECASE)
OPENING_IN = re.compile(
    r"\s*(?:[-*•]\s+)?(?:(?:And|But|Meanwhile,?|Elsewhere,?)\s+)?(?:[Ii]n|Across|Inside)\s+(?:the\s+)?"
)
COMMA_THE = re.compile(r"\s*,\s*(?:the\s+)?")  # `In Doha, the Qatar Investment Authority`
_LIST_GOES_ON = re.compile(r"\s*(?:,\s*|\s+and\s+)(?:the\s+)?[A-Z]")
# a phrase a sentence opens with, up to its comma: `In its trade framework with Washington`
OPENING_PHRASE = re.compile(
    r"\s*(?:(?:And|But)\s+)?(?:In|Under|After|During|Following|Amid|At|Since|Through)\b[^,;]{0,70}"
)


# `Vietnam and Bangladesh, big competitors in garments, pay 20%`, `Brazil, whose coffee was
# freed from a 40% US surcharge, still faces 50%`: an aside between a subject and its verb
def _apposed(reach: int) -> re.Pattern:
    return re.compile(
        r",\s+(?!(?:as well as|along with|together with|and|or|plus)\b)"
        rf"(?P<aside>[^,;:()\d]{{0,{reach}}}?(?:[\d.]+%[^,;:()]{{0,60}}?)?),\s+"
        r"(?=(?:(?:still|now|also|already|then|only)\s+)?(?!(?:as|plus|its|this|thus)\b)(?:will|would|has|have|had|is|are|was|were|can|could"
        r"|pays?|paid|faces?|faced|saw|sees|gets?|got|carr(?:y|ies|ied)|bears?|[a-z]+ed|[a-z]+s)\b)"
    )


APPOSED = _apposed(60)
# what a country receives may stand past a longer aside (`Lesotho, a small kingdom whose
# garment factories make jeans for American brands, was given 50 percent`)
LONG_APPOSED = _apposed(90)
_POSSESSIVE = re.compile(r"^(?:'s|’s|')(?!\w)")
_GOODS_NOUN = re.compile(
    r"^[\s-]*(?:made\s+)?(?:(?!(?:its|their|his|her|our|the|an?|to|of|and|or|will|would|has|have|had|is|are|was|were|be|been"
    # `Japan buys LNG`: a verb after the country, which is then its subject
    r"|buys?|bought|purchases?|purchased|sells?|sold|ships?|shipped|takes?|took|receives?|received"
    r"|pays?|paid|gets?|got|secures?|secured"
    r"|uses?|used|burns?|burned)\s)[a-z-]+\s+){0,2}?(?:goods|products|imports|exports|steel|cars|autos|"
    r"vehicles|EVs|lng|gas|oil|crude|energy|brandy|canola|pork|beef|chips|semiconductors|"
    r"aluminum|aluminium|shipments|firms|companies|carmakers|automakers|producers|suppliers|sellers|exporters|automobiles|coal|farm|"
    r"solar|batteries|drones|tanks|jets|howitzers|weapons|systems|equipment|arms|fighters|LNG)\b",
    re.IGNORECASE,
)
# `applies to Canadian goods` names where goods come from; `sold to Chinese firms`, a buyer
_GOODS_ONLY = re.compile(
    r"^[\s-]*(?:[a-z-]+\s+){0,2}?(?:goods|products|imports|exports|shipments|steel|aluminum|aluminium"
    r"|cars|autos|vehicles|EVs|lng|oil|crude|energy|lumber|timber)\b"
    r"(?!\s+(?:companies|firms|refiners|buyers|makers|producers|groups|utilities|importers))",
    re.IGNORECASE,
)
_TRADE_VERB = re.compile(
    r"^\s+(?:imports|exports)\s+(?:about|around|roughly|some|nearly|almost|more|less|over|up|a|\$|€|£|¥|\d)",
    re.IGNORECASE,
)
_TRADED_OF = re.compile(r"\b(?:imports|exports|shipments|purchases|sales)\s+of\s+$", re.IGNORECASE)
_SOLD = re.compile(
    r"\s+(?:[a-z-]+\s+)?(?:exports|goods|products|shipments|steel|cars|autos|vehicles)\b"
    r"(?!\s+(?:[\w-]+\s+)?(?:tariffs?|dut(?:y|ies)|levy|levies|safeguards?|quotas?)\b)",
    re.IGNORECASE,
)
_RANKED_SOURCE = re.compile(
    r"\s+(?:as\s+)?(?:its|their)\s+(?:(?:single|second|third)[\s-]+)?"
    r"(?:largest|biggest|main|top|leading|chief|principal)\s+(?:\w+\s+)?(?:supplier|source|seller)s?\b",
    re.IGNORECASE,
)
_LEFT_WITH = re.compile(r"\b(?:leaving|leaves|left)\s+(?:the\s+)?$", re.IGNORECASE)
PREP_ROLE = {
    "on": "target",
    "against": "target",
    "targeting": "target",
    "targets": "target",
    "hitting": "target",
    # `leaving India at the 10% baseline`: who is left at a rate is charged it
    "leaving": "target",
    "from": "source",
    "to": "dest",
    "into": "dest",
    # `Brazilian goods entering the United States`: where goods arrive
    "entering": "dest",
    "reaching": "dest",
    "in": "dest",
    "inside": "dest",
    "with": "with",
    "between": "with",
    "by": "agent",
    "for": "for",
    "of": "of",
    # `shipped through Russia's CPC pipeline`: a transit country is neither side of a flow
    "through": "via",
    "via": "via",
    # `every partner except the United Kingdom`: left out, neither side of the fact
    "other than": "except",
    "except": "except",
    "except for": "except",
    "excluding": "except",
    "outside": "except",
    "outside of": "except",
    # `second only to China among buyers`, `more than Japan`: a country compared, not a party
    "second only to": "except",
    "third only to": "except",
    "behind": "except",
    "ahead of": "except",
    "than": "except",
}
PAIR_PHRASES = re.compile(
    r"\b(?:the two (?:nations|countries|sides|economies|governments|leaders|allies|partners)|"
    r"both (?:sides|countries|nations|governments|parties|economies)|the Parties|the pair|"
    r"each other|the (?:nations|countries)(?= (?:are|were|have|had|will|would|agreed|also|discussed)))\b",
    re.IGNORECASE,
)
GROUP_REACH = 3  # sentences `both economies` may reach back to find its `X and Y`
# groups whose members are fixed: `the three Baltic states`, `the Benelux countries`
NAMED_GROUPS = {"baltic": ("EST", "LVA", "LTU"), "benelux": ("BEL", "NLD", "LUX")}
NAMED_GROUP = re.compile(
    r"\b(?:(?:the|all)\s+)?(?:three\s+)?(?:(?P<name>Baltic|Benelux)\s+(?:states|countries|nations"
    r"|republics|members|allies)|(?P<plural>Baltic)s)\b"
)
# `exports to the Benelux countries`: a group that is only a destination is not split up
_GROUP_AS_OBJECT = re.compile(r"\b(?:to|from|into|with|for|of|in|on|against|across)\s+$")
PLURAL_BACKREF = re.compile(
    r"\b(?:(?:all\s+)?(?:those|these|the)\s+(?:three|four|five|six)|all\s+(?:three|four|five|six)"
    r"|those|these|both)"
    r" (?-i:[A-Z][a-z]+ )?(?:countries|nations|economies|states|neighbou?rs)\b",
    re.IGNORECASE,
)
COMPANY_BACKREF = re.compile(
    r"\b[Tt]he (?:company|group|firm|conglomerate|(?:chip|car|auto|steel|drug|ship|plane|battery)maker"
    r"|manufacturer|miner)\b(?!\s+(?:of|in|that|which)\b)"
)
# `It`, `The country`, or `In August 2025 it` opening a sentence
_IT_OPENS = re.compile(
    r"\s*(?:(?:In|On|By|Since|Later|Last|This|That|For|After|Under|Within|At)\b(?!\s+it\b)"
    r"[^,.;]{0,30}?,?\s+)?"
    r"(?P<it>(?:It|it)(?!['’]s)|The country|the country|The kingdom|the kingdom"
    r"|[Tt]he government(?!\s+(?:of|in)\b))\b"
)
# `Japan's surplus with it`, `Two-way trade with it`: the country the sentence before opened with
_OBJECT_IT = re.compile(r"\b(?:with|to|from)\s+it\b(?!['’]s)")
_ALLIANCE = re.compile(r"^\W*(?P<name>[Tt]he alliance)\b(?!\s+(?:of|between|with)\b)")
# `the Union's largest supplier` in a text on the EU (not `the African Union`, `the Union of`)
_UNION = re.compile(r"\b[Tt]he Union\b(?!\s+(?:of\b|for\b|[A-Z]))")
WE = re.compile(r"\b[Ww]e\b(?=\s+(?:have|will|are|were|had|\w+ed)\b)")
LEADER_PRONOUN = re.compile(r"\b(?:he|she|He|She)\b(?=\s+(?:\w+\s+)?\w+(?:ed|s)\b)")
SELF_PHRASES = re.compile(
    # `the Republic of Korea` is a name, not a reference back
    r"\b(?:his|her|their|our) (?:country|nation|government)\b"
    r"|\bthe (?:country|kingdom|republic)\b(?!\s+of\b)",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class Role:
    mention: Mention
    role: str
    pair_with: str | None = None  # the other code of an `X-Y` compound
    lead: bool = False  # the lone country a list entry opens with (`- Japan: 24%`)


@dataclass
class ArticleContext:
    """What the whole article says about who is talking to whom."""

    ranked: list[str] = field(default_factory=list)  # codes by salience
    published: datetime.date | None = None
    lead: str | None = None  # the first country the text names
    last_code: str | None = None
    last_company: tuple[Mention, int] | None = None  # `the chipmaker` stands for it (and where)
    last_run: tuple[tuple[str, ...], int] = ((), -1)  # the last `X and Y` run and its sentence
    tariff_heavy: bool = False  # enough tariff talk that a bare `rate` means a tariff rate
    joint_text: bool = False  # a joint statement or fact sheet: its commitments are agreed
    upcoming: bool = False  # it speaks of tariffs that take effect on a date still to come
    sentence_index: int = 0
    last_target: tuple[str, int] | None = None  # (code, sentence index) of the last tariff target
    imposers: Counter = field(default_factory=Counter)  # tariffs each code was named imposing
    # (imposer, target, sentence index) of the last tariff sentence naming both
    last_pair: tuple[str, str, int] | None = None
    last_tariff: tuple[str, str | None, int] | None = None  # the last rate found: its two sides
    energy_sellers: Counter = field(default_factory=Counter)  # named sellers of energy deals
    last_topic_sentence: dict[str, int] = field(default_factory=dict)  # topic -> last index
    # `South Korea.`, `Germany's foreign trade shrank`: the country a paragraph's sentences
    # open with, which its later unnamed figures belong to
    passage_code: str | None = None
    last_trade: tuple[str, str, int, int] | None = None  # (measure, actor, sign, sentence index)
    last_sides: tuple[str | None, str | None, int] | None = None  # its actor, partner and index
    # the country (or company Mention) a sentence opened with, and where
    last_opener: tuple[str | Mention, int] | None = None
    last_leader: tuple[str, int] | None = None  # the country of the last leader named, and where
    last_energy_buyer: tuple[str, int] | None = None  # buyer of the last energy purchase, where
    last_project: tuple[str, int] | None = None  # host of the last energy project, and where
    last_share: tuple[str, int] | None = None  # who set the last share-of-GDP figure, and where

    section_code: str | None = None  # the country a heading or `...:` lead-in put over its list
    section_cues: list[Cue] = field(default_factory=list)  # its topic and status words
    section_year: int | None = None  # the one year it names
    # the country a heading of its own names (`South Korea`), until the next heading
    chapter_code: str | None = None
    # the last plain sentence, its mentions and its index: it may lead into a list below it
    lead_in: tuple | None = None
    in_list: bool = False

    def sentence_before(self) -> tuple | None:
        """The plain sentence just before this one and its mentions, if it was the last read."""
        lead = self.lead_in
        return lead[:2] if lead is not None and lead[2] == self.sentence_index - 1 else None

    def just_opened(self) -> str | Mention | None:
        """What the sentence just before opened with: a country's code, or a company's Mention."""
        recent = self.last_opener
        return recent[0] if recent is not None and self.sentence_index - recent[1] == 1 else None

    def note_trade(self, measure: str, actor: str, sign: int) -> None:
        """The trade figure of this sentence, which a ranking may continue in the next."""
        self.last_trade = (measure, actor, sign, self.sentence_index)

    def ranked_before(self, text: str) -> tuple[str, str, int, int] | None:
        """The trade figure of the sentence just before, when `text` continues its ranking
        (`Canada came next at $762.1 billion`)."""
        last = self.last_trade
        if last is None or self.sentence_index - last[3] != 1 or not RANKED_NEXT.search(text):
            return None
        return last

    def fallback(self, exclude: set[str] | frozenset = frozenset()) -> str | None:
        """The country a sentence without its own subject is about: its list heading, else the
        article's most-mentioned country."""
        if self.in_list and self.section_code and self.section_code not in exclude:
            return self.section_code
        if self.chapter_code and self.chapter_code not in exclude:
            return self.chapter_code
        return next((c for c in self.ranked if c != "NATO" and c not in exclude), None)

    def pair(self) -> list[str]:
        codes = [c for c in self.ranked if c != "NATO"]
        return codes[:2]


@dataclass
class Sentence:
    text: str
    start: int
    roles: list[Role]
    quantities: list[Quantity]
    cues: list[Cue]
    years: list[tuple[int, int, int]]
    products: list[tuple[int, int, str]]
    article: ArticleContext

    def topic_cues(self, topic: str | None = None) -> list[Cue]:
        return [c for c in self.cues if c.kind == "topic" and (topic is None or c.label == topic)]

    def status_cues(self) -> list[Cue]:
        return [c for c in self.cues if c.kind == "status"]

    def negations(self) -> list[Cue]:
        return [c for c in self.cues if c.kind == "negation"]

    def codes(self, *roles: str, before: int | None = None, after: int | None = None) -> list[Role]:
        out = []
        for role in self.roles:
            if roles and role.role not in roles:
                continue
            if before is not None and role.mention.start >= before:
                continue
            if after is not None and role.mention.start < after:
                continue
            out.append(role)
        return out


def assign_roles(text: str, mentions: list[Mention]) -> list[Role]:
    """Give each mention a role from the words just before and after it."""
    roles: list[Role] = []
    for mention in mentions:
        before = text[max(0, mention.start - 60) : mention.start]
        after = text[mention.end : mention.end + 40]
        previous = roles[-1] if roles else None
        between = text[previous.mention.end : mention.start] if previous else ""
        if previous and previous.role == "owner" and re.fullmatch(r"['’]s\s+", between):
            # `a deal with Germany's SEFE`: the owned name stands where its owner does
            before = text[max(0, previous.mention.start - 60) : previous.mention.start]
        pair_with = None
        if (
            previous
            and re.fullmatch(r"\s*[-–/]\s*", between)
            and previous.mention.kind != "company"
        ):
            pair_with = previous.mention.code
        # `In its trade framework with Washington, the EU committed`: a new clause's subject
        opens_clause = (
            previous is not None
            and mention.kind not in ("company", "demonym")
            and COMMA_THE.fullmatch(between)
            and OPENING_PHRASE.fullmatch(text, 0, previous.mention.start)
            and not _POSSESSIVE.match(after)
            # `In deals with Japan, the EU and South Korea, Washington`: the list goes on
            and not _LIST_GOES_ON.match(after)
        )
        if (
            previous is not None
            and not opens_clause
            and (
                COORD.match(between)
                or (LISTED_AFTER_FIGURE.match(between) and previous.role != "subject")
            )
            # `in Phoenix, Arizona, the company's total`: a possessive after a comma starts anew
            and not (between.strip() == "," and _POSSESSIVE.match(after))
            # `In India, Hyundai Motor completed`, `In the United States, Chinese EVs have faced`:
            # an opening phrase ends at its comma
            and not (
                COMMA_THE.fullmatch(between)
                and OPENING_IN.fullmatch(text, 0, previous.mention.start)
                and (
                    mention.kind == "company"
                    or (mention.kind == "demonym" and _GOODS_NOUN.match(after))
                )
            )
        ):
            role = previous.role
        elif opens_clause:
            role = "subject"
        elif previous and previous.role == "via" and re.fullmatch(r"['’]s\s+", between):
            role = "via"  # `through Russia's CPC pipeline`: the pipeline is the route too
        elif re.search(r"\b(?:through|via|across)\s+(?:the\s+)?$", before):
            role = "via"  # `through Russia's CPC pipeline`: a transit country
        elif _POSSESSIVE.match(after):
            # `Vietnam's exports`, `Mexico's steel`: goods a country sells, like `Mexican steel`
            sold = _SOLD.match(after, _POSSESSIVE.match(after).end())
            role = "origin" if sold and mention.kind not in ("company", "leader") else "owner"
        elif (
            mention.kind not in ("company", "leader", "context")
            and _GOODS_NOUN.match(after)
            # `Hungary imports about 4.5 bcm`: a country's name before `imports` and an amount
            # is the one importing (`Chinese imports` stay goods)
            and not (mention.kind != "demonym" and _TRADE_VERB.match(after))
            and (not re.search(r"\bto\s+(?:the\s+)?$", before) or _GOODS_ONLY.match(after))
        ):
            role = "origin"  # `Chinese goods`, `American LNG`: where the goods come from
        elif re.match(r"\s+side\b", after):
            role = "subject"  # `on the US side`: the party speaking, not the target of `on`
        elif _MADE_IN.search(before):
            role = "source"
        elif _LEFT_WITH.search(before) and re.match(r"\s+with\s+(?:an?|the)\b", after):
            role = "subject"  # `leaving Germany with a surplus`: whose surplus it is
        elif re.search(r",\s+with\s+(?:the\s+)?$", before) and _RANKED_SOURCE.match(after):
            # `..., with Australia as its largest supplier`: a ranking, not a party (but `a deal
            # with Qatar as its main supplier` names the other side)
            role = "except"
        elif (prep := _PREP.search(before)) is not None:
            word = prep.group("prep").lower()
            # `threatened Canada with tariffs`: whoever is pressed is the target
            role = "target" if _PRESSURE.match(word) else PREP_ROLE[word]
            if role in ("dest", "of") and re.search(r"\bfrom\s", prep.group(0)):
                role = "source"  # `applies to imports from Australia`, `of goods from Canada`
            elif role == "of" and mention.kind == "demonym" and _TRADED_OF.search(before):
                role = "origin"  # `duties on imports of Chinese biodiesel`
        else:
            role = "subject"
        if pair_with:
            roles[-1] = replace(roles[-1], pair_with=mention.code)
            roles.append(Role(mention, "with", pair_with))
            continue
        roles.append(Role(mention, role))
    return _mark_lead(text, _set_aside(text, roles))


def _set_aside(text: str, roles: list[Role]) -> list[Role]:
    """Countries inside an aside after the subject a sentence opens with are no side of its
    fact (`Brazilian steel, the second-largest source of US steel imports after Canada, pays`)."""
    first = roles[0] if roles else None
    if (
        first is None
        or first.role not in ("subject", "origin", "owner")
        or not re.fullmatch(r"\W*(?:the\s+)?", text[: first.mention.start], re.IGNORECASE)
    ):
        return roles
    aside = None
    for i, role in enumerate(roles):
        if i and not COORD.match(text[roles[i - 1].mention.end : role.mention.start]):
            break
        aside = appositive(text, role.mention.end)
        if aside:
            break
    if not aside:
        return roles
    lo, hi = aside.span("aside")
    return [replace(r, role="except") if lo <= r.mention.start < hi else r for r in roles]


def appositive(text: str, end: int, pattern: re.Pattern = APPOSED) -> re.Match | None:
    """The aside right after a name (and a noun it governs: `Brazilian steel, ..., pays`)."""
    noun = re.match(r"(?:['’]s)?(?:\s+[a-z][\w-]*)?", text[end:]).group(0)
    return pattern.match(text, end + len(noun)) or pattern.match(text, end)


LIST_MARK = r"(?:[-*•▪·–]|\d+[.)])"  # what opens a list entry: a bullet or `1.`
_ENTRY_START = re.compile(rf"^\s*{LIST_MARK}\s+(?:\*\*)?(?:the\s+)?$")
_ENTRY_LABEL = re.compile(r"^(?:\*\*)?\s*(?::|\s[-–—]\s)")


def _mark_lead(text: str, roles: list[Role]) -> list[Role]:
    """`- China: $295.4 billion`, `- Canada: U.S. tariff of 35%`: a list entry labelled with
    a country."""
    named = [r for r in roles if r.mention.kind not in ("leader", "context")]
    if not named or not _ENTRY_START.match(text[: named[0].mention.start]):
        return roles
    # `- EU, Japan and Korea: 15%`: every country of the label's run is listed
    run = [named[0]]
    for role in named[1:]:
        if not COORD.match(text[run[-1].mention.end : role.mention.start]):
            break
        run.append(role)
    if not _ENTRY_LABEL.match(text[run[-1].mention.end :]):
        return roles
    return [replace(r, lead=True) if r in run else r for r in roles]


def _pair_before(earlier: list[Mention], at: int) -> list[str]:
    """`During Trump's visit to Riyadh, the two countries signed`: the first two countries the
    sentence names before the phrase, when it names two (`a call between Trump and Modi about
    Russian oil`: not the country of the goods)."""
    named = [m for m in earlier if m.end <= at and m.code != "NATO" and m.kind != "company"]
    for pool in ([m for m in named if m.kind != "demonym"], named):
        codes = list(dict.fromkeys(m.code for m in pool))
        if len(codes) >= 2:
            return codes[:2]
    return []


# `Canada sends three-quarters of its exports to its southern neighbour`: the one country
# that lies that way across the border
NEIGHBOURS = {
    ("CAN", "south"): "USA",
    ("USA", "north"): "CAN",
    ("USA", "south"): "MEX",
    ("MEX", "north"): "USA",
}
_NEIGHBOUR = re.compile(
    r"\b(?:its|their|the country['’]s)\s+(?P<way>southern|northern)\s+neighbou?r\b"
    r"|\b(?P<side>south|north) of the border\b",
    re.IGNORECASE,
)


def _neighbour_mentions(text: str, earlier: list[Mention]) -> list[Mention]:
    out = []
    for match in _NEIGHBOUR.finditer(text):
        before = [m for m in earlier if m.end <= match.start() and m.kind != "context"]
        # `exports to the United States, its northern neighbour`: an apposition names it already
        if not before or re.fullmatch(r",\s*", text[before[-1].end : match.start()]):
            continue
        way = (match.group("way") or match.group("side")).lower()[:5]
        code = NEIGHBOURS.get((before[-1].code, way))
        if code is not None:
            out.append(Mention(match.start(), match.end(), code, "context", match.group(0)))
    return out


def context_mentions(text: str, article: ArticleContext, earlier: list[Mention]) -> list[Mention]:
    """Mentions for `the two nations`, `both sides` and `his country`, from the article."""
    out = _neighbour_mentions(text, earlier)
    pair = article.pair()
    for match in PAIR_PHRASES.finditer(text):
        # the sentence's own pair, unless it is the article's (whose order is kept)
        own = _pair_before(earlier, match.start())
        for code in own if own and set(own) != set(pair) else pair:
            out.append(Mention(match.start(), match.end(), code, "context", match.group(0)))
    grouped = []
    for match in NAMED_GROUP.finditer(text):
        if _GROUP_AS_OBJECT.search(text, max(0, match.start() - 10), match.start()):
            continue
        name = (match.group("name") or match.group("plural")).lower()
        grouped.append(match.span())
        for code in NAMED_GROUPS[name]:
            out.append(Mention(match.start(), match.end(), code, "context", match.group(0)))
    for match in PLURAL_BACKREF.finditer(text):
        if any(start <= match.start() < end for start, end in grouped):
            continue
        # `Saudi Arabia and the UAE ... Both Gulf economies`: this sentence's run, else the last
        codes = last_group(text, [m for m in earlier if m.end <= match.start()])
        group, seen_at = article.last_run
        if len(codes) < 2 and article.sentence_index - seen_at <= GROUP_REACH:
            codes = group
        for code in codes if len(codes) > 1 else ():
            out.append(Mention(match.start(), match.end(), code, "context", match.group(0)))
    if article.last_company and article.sentence_index - article.last_company[1] <= GROUP_REACH:
        # `the chipmaker`, `The company` carry on the company named in the last few sentences
        last = article.last_company[0]
        for match in COMPANY_BACKREF.finditer(text):
            out.append(Mention(match.start(), match.end(), last.code, "company", last.text))
    if "NATO" in article.ranked:
        # `The alliance's 32 members` opening a sentence of a text that names NATO
        for match in _ALLIANCE.finditer(text):
            start, end = match.span("name")
            out.append(Mention(start, end, "NATO", "alias", match.group("name")))
    if "EUU" in article.ranked:
        for match in _UNION.finditer(text):
            start, end = match.span()
            out.append(Mention(start, end, "EUU", "alias", match.group(0)))
    leader = article.last_leader
    if leader and article.sentence_index - leader[1] <= GROUP_REACH:
        # `Trump announced 26% for India. A week later he paused it`: the leader named lately
        for match in LEADER_PRONOUN.finditer(text):
            out.append(Mention(match.start(), match.end(), leader[0], "leader", match.group(0)))
    if article.lead and not article.joint_text:
        # `We have committed to the full five percent`: a speaker speaks for the text's country
        # (in a joint statement `we` are both sides, which this does not guess)
        for match in WE.finditer(text):
            out.append(Mention(match.start(), match.end(), article.lead, "context", match.group(0)))
    if article.last_code:
        # a sentence that opens with `It` continues the last country named
        opener = _IT_OPENS.match(text)
        if opener and opener.group("it").lower() == "the government" and not _government(article):
            opener = None
        if opener:
            # `India became the largest buyer ... when European buyers turned away. The country
            # imported ...`: the subject the sentence before opened with, else the last named
            code = article.just_opened() or article.chapter_code or article.last_code
            said = opener.group("it")
            if said.lower() == "the kingdom":
                code = _kingdom(_mention_code(code), article)
            # a company that opened the sentence before: `It` is that company; `The country`
            # or `The kingdom` after it is the company's country
            if isinstance(code, Mention) and said.lower() == "it":
                kind, said = "company", code.text
            else:
                kind = "context"
            out.append(
                Mention(opener.start("it"), opener.end("it"), _mention_code(code), kind, said)
            )
        out.extend(_object_it(text, article, earlier))
        for match in SELF_PHRASES.finditer(text):
            if opener and match.start() < opener.end("it"):
                continue  # `The country` opening the sentence is resolved above
            # `Mohammed bin Salman said that the kingdom would`: whoever this sentence named
            # before it, a leader first; else the last country named
            # `NATO estimates the country will spend`: an alliance or a bloc is no country
            prior = [
                m
                for m in earlier
                if m.end <= match.start() and m.kind != "company" and m.code not in _NOT_COUNTRIES
            ]
            leaders = [m for m in prior if m.kind == "leader"]
            code = (leaders or prior)[-1].code if prior else article.last_code
            if prior and not leaders and _NEW_CLAUSE.search(text, 0, match.start()):
                # `Peru's exports to China rose, and the country posted a surplus`: the clause
                # before opened with it
                code = prior[0].code
            # `Microsoft will spend $30 billion in the country`: not the company's own country
            firms = {m.code for m in earlier if m.end <= match.start() and m.kind == "company"}
            if not prior and code in firms:
                code = named_before(article, firms) or article.fallback(firms) or code
            if match.group(0).lower() == "the kingdom":
                code = _kingdom(code, article)
            out.append(Mention(match.start(), match.end(), code, "context", match.group(0)))
    out.extend(_teller_it(text, earlier))
    return out


# `, and the country ...`: a clause of its own, whose subject is the one the sentence opened with
_NEW_CLAUSE = re.compile(r"(?:,\s+and|;)\s+$")
_NOT_COUNTRIES = frozenset({"NATO", "EUU"})


# countries a text may call `the kingdom`
KINGDOMS = frozenset(
    {"SAU", "GBR", "ESP", "NLD", "BEL", "NOR", "SWE", "DNK", "JOR", "MAR", "BHR", "THA", "KHM"}
)


def named_before(article: ArticleContext, exclude: set[str]) -> str | None:
    """The last country the sentence just before named, other than `exclude`."""
    lead = article.sentence_before()
    if lead is None:
        return None
    codes = [m.code for m in lead[1] if m.kind not in ("company", "leader", "context")]
    return next((c for c in reversed(codes) if c not in exclude), None)


def _mention_code(code: str | Mention | None) -> str | None:
    return code.code if isinstance(code, Mention) else code


def _kingdom(code: str | None, article: ArticleContext) -> str | None:
    """`The kingdom` is the country meant only if that is a kingdom; else the kingdom the
    article names most (`The UAE pledged ... The kingdom committed`: Saudi Arabia)."""
    if code in KINGDOMS:
        return code
    return next((c for c in article.ranked if c in KINGDOMS), code)


def opens_with_it(text: str, mention: Mention) -> bool:
    """Whether `mention` is the `It` (or `The country`) a sentence opens with, as in `In
    September it added duties`: it opens the sentence as much as a name would."""
    opener = _IT_OPENS.match(text)
    return bool(opener) and opener.start("it") == mention.start


def _government(article: ArticleContext) -> bool:
    """`Madrid said ... The government has also scrapped two contracts`: `The government` is
    the country the sentence just before opened with; after a company, a bloc or an alliance it
    is left unresolved."""
    opened = article.just_opened()
    return isinstance(opened, str) and opened not in _NOT_COUNTRIES


def _object_it(text: str, article: ArticleContext, earlier: list[Mention]) -> list[Mention]:
    """`with it`, `to it`, `from it`: the country the sentence just before opened with, unless
    this sentence has already named two countries `it` may stand for, or names that one itself."""
    opened = article.just_opened()
    if opened is None:
        return []
    code = _mention_code(opened)
    out = []
    for match in _OBJECT_IT.finditer(text):
        before = {m.code for m in earlier if m.end <= match.start()}
        if len(before) < 2 and code not in before:
            out.append(
                Mention(
                    match.start() + match.group(0).rindex("it"), match.end(), code, "context", "it"
                )
            )
    return out


# `the UAE told the White House it would put $1.4 trillion into the US`: `it` is who told
_TOLD_IT = re.compile(
    r"\b(?:told|assured|informed|promised|reminded|notified)\s+(?:[\w.'’-]+\s+){1,4}?"
    r"(?:that\s+)?(?P<it>it)\s+(?:would|will|had|has|could|was|is)\b"
)


def _teller_it(text: str, earlier: list[Mention]) -> list[Mention]:
    out = []
    for match in _TOLD_IT.finditer(text):
        tellers = [
            m for m in earlier if m.end <= match.start() and m.kind not in ("leader", "context")
        ]
        if tellers:
            code = tellers[-1].code
            out.append(Mention(match.start("it"), match.end("it"), code, "context", "it"))
    return out


def last_run(text: str, mentions: list[Mention]) -> list[str]:
    """The last run of two or more coordinated countries in a sentence, wherever it stands:
    `Saudi Arabia and the UAE signed deals with Washington` -> both Gulf states."""
    for end in range(len(mentions), 1, -1):
        group = last_group(text, mentions[:end])
        if len(group) > 1:
            return group
    return []


def last_group(text: str, mentions: list[Mention]) -> list[str]:
    """The codes of the last coordinated run of mentions: `with Mexico and Canada` -> both."""
    group: list[Mention] = []
    for mention in reversed(mentions):
        if mention.kind == "leader":
            continue
        if group and not COORD.match(text[mention.end : group[-1].start]):
            break
        group.append(mention)
    return list(dict.fromkeys(m.code for m in reversed(group)))


CLAUSE_PENALTY = 60  # characters a clause break between a number and a word counts for


def nearest_in_clause(text: str, cues, q, breaks: tuple[str, ...]):
    """The cue nearest to quantity `q`, a clause break (any of `breaks`) in between counting as
    CLAUSE_PENALTY more characters; (cue, plain distance in characters)."""
    best, best_score, best_distance = None, None, None
    for cue in cues:
        lo, hi = (cue.end, q.start) if cue.end <= q.start else (q.end, cue.start)
        gap = _NOUN_PAIR.sub("-", text[lo:hi]) if hi > lo else ""
        score = hi - lo + (CLAUSE_PENALTY if any(m in gap for m in breaks) else 0)
        if best_score is None or score < best_score:
            best, best_score, best_distance = cue, score, max(hi - lo, 0)
    return best, best_distance


# pairs of nouns whose `and` joins no clauses: `Exports of goods and services rose to $3.2tn`
_NOUN_PAIR = re.compile(
    r"\b(?:goods and services|oil and gas|steel and alumin(?:i?um)|cars and (?:car )?parts)\b",
    re.IGNORECASE,
)


def nearest(items, position: int, *, key=lambda item: (item.start, item.end), after_weight=1.0):
    """The item closest to a character position; ties go to the earlier one."""
    best, best_distance = None, None
    for item in items:
        start, end = key(item)
        if end <= position:
            distance = position - end
        elif start >= position:
            distance = (start - position) * after_weight
        else:
            distance = 0
        if best_distance is None or distance < best_distance:
            best, best_distance = item, distance
    return best, best_distance
