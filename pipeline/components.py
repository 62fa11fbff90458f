"""spaCy components of the policy pipeline and the Doc extensions they fill."""

from __future__ import annotations

import re
from collections import Counter

import numpy
from spacy.attrs import SENT_START
from spacy.language import Language
from spacy.tokens import Doc

from pipeline import lexicon, normalize, status_model
from pipeline.documents import as_date
from pipeline.extractors import defense, exemptions, extract_sentence, investment, sections
from pipeline.extractors.common import upcoming
from pipeline.extractors.context import (
    COMMA_THE,
    OPENING_PHRASE,
    RANKED_PARTNER,
    ArticleContext,
    Sentence,
    assign_roles,
    context_mentions,
    last_run,
    opens_with_it,
)

# a joint statement or fact sheet says so in its first lines; its terms are agreed ones
JOINT_TEXT = re.compile(
    r"(?<!\bno )(?<!\bnot a )(?<!failed to produce a )(?<!without a )"
    r"\bjoint (?:fact sheet|statement|declaration|communiqu[eé])|together,? [\"“]?the Parties",
    re.IGNORECASE,
)
JOINT_LEAD = 600
SENTENCE_END = re.compile(r"(?<!\b[A-Z])[.!?][\"”’]?\s")  # `U.S. ` does not end one
ABBREVIATION = re.compile(
    r"\b(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec|No|Mr|Mrs|Ms|Dr|St|Gov|Sen|Rep)\.$"
)
# `the Canada-United States-Mexico Agreement`: countries in a treaty's name are not parties here
AGREEMENT_NAME = re.compile(
    r"\b[A-Z][\w.]*(?:[-–\s][A-Z][\w.]*)*[-–][A-Z][\w.]*(?:[-–\s][A-Z][\w.]*)*"
    r"\s+(?:Free\s+Trade\s+)?(?:Agreement|Accord|Treaty|Partnership|Deal)\b"
)
# `measured in US dollars`, `in euro terms`: the currency of a figure, not a party to it
CURRENCY_TERMS = re.compile(
    r"\bin\s+(?:the\s+)?(?:U\.S\.|US|American|Canadian|Australian|Singapore|(?:New\s+)?Taiwan|Hong Kong)"
    r"\s+dollars?\b"
)
TARIFF_WORDS = re.compile(r"\b(?:tariffs?|duties|levy|levies|counter-tariffs?)\b", re.IGNORECASE)

Doc.set_extension("policy_mentions", default=None, force=True)
Doc.set_extension("policy_facts", default=None, force=True)
Doc.set_extension("policy_context", default=None, force=True)
Doc.set_extension("policy_title", default=None, force=True)  # the article's title, if known
Doc.set_extension("policy_date", default=None, force=True)  # its publication date, YYYY-MM-DD


NOT_START = numpy.iinfo(numpy.uint64).max  # how Doc arrays spell SENT_START -1
LIST_NUMBER = re.compile(r"[ \t]*\d{1,3}[.)]\s+")
OPENER = re.compile(r"\s*(?:[-*•]\s+)?(?:the\s+)?", re.IGNORECASE)  # what may precede an opener
# `Germany's foreign trade`, `German exports`: the figures that follow are that country's
OPENED_TRADE = re.compile(
    r"(?:['’]s)?\s+(?:(?:foreign|goods|overall|total)\s+)?(?P<flow>trade|exports|imports|surplus|deficit)\b"
)
# a company's own text: its results call, earnings briefing or annual report
COMPANY_TEXT = re.compile(
    r"\b(?:results|earnings|call|briefing|investor day|annual report|quarter|half-year|first-half)\b",
    re.IGNORECASE,
)
OPENING = 300  # characters: how far into a text its lead country must be named
MAX_SENTENCE_TOKENS = 300  # far above any real sentence; news sentences rarely pass 80


# blocs other than the EU: after one of them, `the bloc` is that one, which has no code here
OTHER_BLOC = re.compile(
    r"\b(?:ASEAN|Mercosur|African Union|Gulf Cooperation Council|GCC|BRICS|Eurasian Economic"
    r" Union|EAEU|ECOWAS|SADC|Andean Community|Pacific Alliance|CARICOM|CPTPP|RCEP)\b"
)


def _bloc_elsewhere(text: str, found: list[lexicon.Mention]) -> set[int]:
    """Where `the bloc` refers back to a bloc other than the EU: the last bloc named before it
    is another one, not an EU name the gazetteer found."""
    others = [m.end() for m in OTHER_BLOC.finditer(text)]
    eus = [m.end for m in found if m.code == "EUU" and m.kind == "alias" and "bloc" not in m.text]
    out = set()
    for m in found:
        if "bloc" in m.text:
            other = max((end for end in others if end <= m.start), default=None)
            eu = max((end for end in eus if end <= m.start), default=-1)
            if other is not None and other > eu:
                out.add(m.start)
    return out


@Language.component("policy_lines")
def policy_lines(doc: Doc) -> Doc:
    """Line breaks end sentences: headlines, bullets and list items are statements of their own.
    A run-on text without breaks is cut every MAX_SENTENCE_TOKENS tokens, so that the sentence-level
    rules, which compare every number with every cue, stay fast on hostile input."""
    if len(doc) < 2:
        return doc
    # one array round trip: setting Token.is_sent_start one by one rescans the Doc each time
    starts = doc.to_array([SENT_START])
    text = doc.text
    line_start = 0
    for token in doc[:-1]:
        if "\n" in token.text or "\n" in token.whitespace_:
            starts[token.i + 1] = 1
            line_start = token.idx + len(token.text_with_ws)
        elif starts[token.i + 1] == 1 and LIST_NUMBER.fullmatch(
            text, line_start, token.idx + len(token.text_with_ws)
        ):
            starts[token.i + 1] = (
                NOT_START  # `1. Vietnam: 46%` is one entry, not `1.` and a sentence
            )
    run = 0
    for i in range(len(doc)):
        run = 0 if starts[i] == 1 else run + 1
        if run >= MAX_SENTENCE_TOKENS:
            starts[i] = 1
            run = 0
    doc.from_array([SENT_START], starts)
    return doc


@Language.component("policy_mentions")
def policy_mentions(doc: Doc) -> Doc:
    """Countries, blocs, leaders and companies with their codes; article-level salience."""
    text = doc.text  # Doc.text joins every token on each access
    # `the Canada-United States-Mexico Agreement`, `in US dollars`: names, not parties
    not_parties = [m.span() for m in AGREEMENT_NAME.finditer(text)]
    not_parties += [m.span() for m in CURRENCY_TERMS.finditer(text)]
    found = lexicon.gazetteer().find(text)
    elsewhere = _bloc_elsewhere(text, found)
    mentions = [
        m
        for m in found
        if not any(a <= m.start and m.end <= b for a, b in not_parties) and m.start not in elsewhere
    ]
    doc._.policy_mentions = mentions
    counts = Counter(m.code for m in mentions)
    lead = next((m for m in mentions if m.kind not in ("leader", "company")), None)
    if lead is not None:
        counts[lead.code] += 1  # the country a text opens with is what it is about
    opening = lead.code if lead is not None and lead.start < OPENING else None
    title = doc._.policy_title or ""
    named_in_title = lexicon.gazetteer().find(title)
    in_title = [m for m in named_in_title if m.kind not in ("leader", "company")]
    # `United States overtakes China as Germany's largest trading partner` is about Germany
    ranking = [m for m in in_title if RANKED_PARTNER.match(title, m.end)]
    # `Nippon Steel first-half results call: U.S. Steel, India and tariffs` is about the
    # company that opens it (whose `we` its text speaks with)
    opener = [
        m
        for m in named_in_title[:1]
        if m.kind == "company" and m.start == 0 and COMPANY_TEXT.search(title)
    ]
    titled = next(iter(ranking + opener + in_title), None)
    first_seen: dict[str, int] = {}
    for m in mentions:
        first_seen.setdefault(m.code, m.start)
    ranked = sorted(counts, key=lambda c: (-counts[c], first_seen[c]))
    tariff_words = len(TARIFF_WORDS.findall(text))
    published = as_date(doc._.policy_date)
    doc._.policy_context = ArticleContext(
        ranked=ranked,
        # the country of the title, else of the opening (`Key figures` bullets name none)
        lead=titled.code if titled is not None else opening,
        published=published,
        tariff_heavy=tariff_words >= 3,
        joint_text=_is_joint_text(text),
        upcoming=upcoming(text, published),
    )
    return doc


def _opens(text: str, role) -> bool:
    """Whether a country (not a leader or company) stands first in the sentence."""
    return role.mention.kind not in ("leader", "company") and bool(
        OPENER.fullmatch(text, 0, role.mention.start)
    )


def _note_opener(context: ArticleContext, sentence: Sentence) -> None:
    """Remember the country (or, as its Mention, the company) a sentence opens with: `It` or
    `The country` opening the next sentence stands for it (chains too), and a paragraph opened
    by `South Korea.` or `Germany's foreign trade` owns its later unnamed figures."""
    text, roles = sentence.text, sentence.roles
    first = roles[0] if roles else None
    if first is not None and (
        OPENER.fullmatch(text, 0, first.mention.start)
        or opens_with_it(text, first.mention)
        or _after_opening_phrase(text, first.mention.start)
    ):
        where = context.sentence_index - 1
        if first.mention.kind == "company" and first.role == "subject":
            # `Samsung finalised an award ... It has said it will invest`: the company goes on
            context.last_opener = (first.mention, where)
        elif first.mention.kind != "leader" and first.role in ("subject", "owner"):
            context.last_opener = (first.mention.code, where)
    opener = next((r for r in roles if r.mention.kind != "context"), None)
    if opener is None or not _opens(text, opener):
        return
    opened = OPENED_TRADE.match(text, opener.mention.end)
    # `Chinese imports` are goods from China, not China's own imports
    goods_from = opener.mention.kind == "demonym" and opened and opened.group("flow") == "imports"
    heading = re.fullmatch(r"\s*[.:]?\s*", text[opener.mention.end :])
    if (opener.role in ("owner", "origin") and opened and not goods_from) or heading:
        context.passage_code = opener.mention.code


def _after_opening_phrase(text: str, start: int) -> bool:
    """`Under the deal announced on July 30, Seoul accepted`: the subject after the phrase a
    sentence opens with opens it as much as a first word would."""
    phrase = OPENING_PHRASE.match(text)
    return phrase is not None and bool(COMMA_THE.fullmatch(text, phrase.end(), start))


def _is_joint_text(text: str) -> bool:
    """A joint statement names itself in its first sentence; a story that quotes one later
    (`In a joint statement, both sides said ...`) is still a story."""
    found = JOINT_TEXT.search(text, 0, JOINT_LEAD)
    if found is None:
        return False
    ends = SENTENCE_END.finditer(text, 0, found.start())
    # `WASHINGTON, Aug. 21 - Joint Statement on ...`: an abbreviation ends no sentence
    return all(ABBREVIATION.search(text, 0, end.start() + 1) for end in ends)


@Language.component("policy_facts")
def policy_facts(doc: Doc) -> Doc:
    """Run the topic extractors sentence by sentence."""
    mentions = doc._.policy_mentions or []
    context: ArticleContext = doc._.policy_context or ArticleContext()
    finder = lexicon.cue_finder()
    products = lexicon.product_finder()
    facts: list[dict] = []
    index = 0
    previous_end = 0
    full = doc.text  # Doc.text joins every token on each access: read it once
    for sent in doc.sents:
        start, end = sent.start_char, sent.end_char
        text = full[start:end]
        if text.isspace():
            continue  # the line break after `- entry.`: not a sentence, and no end to a list
        local = []
        while index < len(mentions) and mentions[index].start < end:
            m = mentions[index]
            if m.start >= start:
                local.append(m.__class__(m.start - start, m.end - start, m.code, m.kind, m.text))
            index += 1
        local += context_mentions(text, context, local)
        local.sort(key=lambda m: m.start)
        if "\n\n" in full[previous_end:start]:
            context.passage_code = None  # a new paragraph: a new passage
        previous_end = end
        sections.enter(context, text)
        own_cues = [c for c in finder.find(text) if not c.weak or context.tariff_heavy]
        own_cues += investment.takeover_cues(text, local)
        own_cues += defense.weapon_cues(text)
        sentence = Sentence(
            text=text,
            start=start,
            roles=assign_roles(text, local),
            quantities=normalize.find_quantities(text),
            cues=sections.inherited(context, own_cues),
            years=normalize.find_years(text),
            products=products.find(text),
            article=context,
        )
        found = []
        # (goods left out of a tariff are named without either: `Medicines are exempt`)
        if sentence.quantities or sentence.topic_cues() or exemptions.LEFT_OUT.search(text):
            found = sections.dated(context, extract_sentence(sentence))
            facts.extend(found)
        sections.leave(context, sentence, local)
        for cue in sentence.topic_cues():
            context.last_topic_sentence[cue.label] = context.sentence_index
        if context.in_list:
            # `- Vietnam: 46%` read as a tariff keeps the list on tariffs for the entries below
            for row in found:
                context.last_topic_sentence[row["topic"]] = context.sentence_index
        context.sentence_index += 1
        _note_opener(context, sentence)
        named = [m for m in local if m.kind != "context"]
        # a company named in this sentence, not `the company` standing for an earlier one
        companies = [m for m in named if m.kind == "company" and text[m.start : m.end] == m.text]
        if companies:
            context.last_company = (companies[-1], context.sentence_index - 1)
        if named:
            leaders = [m for m in named if m.kind == "leader"]
            if leaders:
                context.last_leader = (leaders[-1].code, context.sentence_index - 1)
            context.last_code = (leaders or named)[-1].code
            group = last_run(text, named)
            if len(group) > 1:
                context.last_run = (tuple(group), context.sentence_index - 1)
    doc._.policy_facts = facts
    # only plain rows leave the component, so Docs can cross processes in nlp.pipe(n_process>1)
    doc._.policy_mentions = None
    doc._.policy_context = None
    return doc


class PolicyStatus:
    """Re-reads each fact's status with the trained status classifier (pipeline.status_model)."""

    def __init__(self, model_path: str, threshold: float):
        self.threshold = threshold
        self.model = status_model.load(model_path)

    def __call__(self, doc: Doc) -> Doc:
        if doc._.policy_facts:
            doc._.policy_facts = status_model.relabel(
                doc._.policy_facts, self.model, self.threshold
            )
        return doc


@Language.factory(
    "policy_status",
    default_config={"model_path": str(status_model.MODEL_DIR), "threshold": status_model.THRESHOLD},
)
def make_policy_status(nlp: Language, name: str, model_path: str, threshold: float) -> PolicyStatus:
    return PolicyStatus(model_path, threshold)
