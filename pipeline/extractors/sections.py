"""Lists under a heading: what the heading says holds for every entry below it.

`U.S. goods deficits with its largest partners in 2024:` followed by `- China: $295.4 billion`
gives the entry its topic (a deficit), its year and the country the figures belong to; the
entry adds the partner. A plain sentence ends the list.
"""

from __future__ import annotations

import re
from dataclasses import replace

from pipeline import schema
from pipeline.extractors.common import year_for
from pipeline.extractors.context import LIST_MARK, ArticleContext, Sentence
from pipeline.lexicon import Cue, Mention

BULLET = re.compile(rf"^\s*{LIST_MARK}\s+")
ASIDE = re.compile(r"\([^()]*\)")
HEADING = re.compile(r"^\s*#{1,6}\s+|:\s*(?:\*\*)?\s*$")
# `Tariff rates by country`, `Key figures (2024)`: a short line of its own without a full stop
TITLE_LINE = re.compile(r"^[ \t]*[^\s.!?\-*•▪·–\d][^\n.!?]{0,78}[^\s.!?,;\"”'’]\s*$")


def is_heading(text: str) -> bool:
    return bool(HEADING.search(text) or TITLE_LINE.match(text))


def enter(context: ArticleContext, text: str) -> None:
    """A bullet stays under its heading; a plain sentence ends the list. A list with no heading
    of its own stands under the sentence just before it (`All figures are deficits of the
    United States for 2024.`)."""
    was_in_list = context.in_list
    context.in_list = bool(BULLET.match(text))
    if context.in_list and not was_in_list and context.section_code is None:
        lead = context.sentence_before()
        if lead is not None and not context.section_cues:
            found = _section(lead[0], lead[1])
            if found[0] and found[1]:
                context.section_code, context.section_cues, context.section_year = found
    if not context.in_list and not is_heading(text):
        context.section_code = None
        context.section_cues = []
        context.section_year = None


def leave(context: ArticleContext, sentence: Sentence, mentions: list[Mention]) -> None:
    """A heading puts its country, topic and status words and its year over the list below; a
    plain sentence may lead into a list the same way."""
    if context.in_list:
        return
    if not is_heading(sentence.text):
        # read only if a list follows: most plain sentences lead into none
        context.lead_in = (sentence, mentions, context.sentence_index)
        return
    found = _section(sentence, mentions)
    if not found[0] and not found[1] and context.section_cues:
        return  # `The plan has three parts:` under `## Investment plan`: the section goes on
    context.section_code, context.section_cues, context.section_year = found
    # `South Korea` on a line of its own: the paragraphs below are about it, to the next heading
    named = [m for m in mentions if m.kind not in ("context", "leader")]
    alone = len(named) == 1 and _line_opens(sentence.text, named[0])
    context.chapter_code = named[0].code if alone else None


_LINE_START = re.compile(r"\s*(?:#{1,6}\s+)?(?:\*\*)?(?:the\s+)?", re.IGNORECASE)


def _line_opens(text: str, mention: Mention) -> bool:
    """Whether the heading is the country's name and nothing else."""
    return bool(_LINE_START.fullmatch(text, 0, mention.start)) and not re.search(
        r"\w", text[mention.end :]
    )


def _section(sentence: Sentence, mentions: list[Mention]) -> tuple:
    """The country, topic (and status) words and the one year a line puts over a list."""
    text = sentence.text
    # `(customs data, U.S. dollar terms unless noted)`: an aside names no country and no status
    asides = [m.span() for m in ASIDE.finditer(text)]

    def said(start: int) -> bool:
        return not any(lo <= start < hi for lo, hi in asides)

    named = [m for m in mentions if m.kind not in ("context", "leader") and said(m.start)]
    topics = [c for c in sentence.cues if c.kind == "topic" and said(c.start)]
    statuses = [c for c in sentence.cues if c.kind == "status" and said(c.start)]
    # a heading's status word speaks of its topic; without one it has none to pass on
    cues = [replace(c, start=0, end=0) for c in topics + (statuses if topics else [])]
    years = {year for _, _, year in sentence.years}
    year = (
        year_for(sentence, len(sentence.text), reach=len(sentence.text))
        if len(years) == 1
        else None
    )
    return (named[0].code if named else None), cues, year


def inherited(context: ArticleContext, cues: list[Cue]) -> list[Cue]:
    """An entry's own cues, plus the heading's topic (and status) words where it has none."""
    if not context.in_list or not context.section_cues:
        return cues
    kinds = {c.kind for c in cues}
    extra = [c for c in context.section_cues if c.kind not in kinds]
    return extra + cues


def dated(context: ArticleContext, rows: list[dict]) -> list[dict]:
    """Entries without a year of their own take the heading's."""
    if not context.in_list or context.section_year is None:
        return rows
    year = context.section_year
    return [
        {**r, schema.YEAR: year if r.get(schema.YEAR) is None else r[schema.YEAR]} for r in rows
    ]
