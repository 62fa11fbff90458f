"""The year a fact refers to when its own sentence names none.

A sentence may imply one: `last year`, `this year`, `April exports` in a release, a tariff that
acts now, a defence deal `signed in April`. A trade figure that names no year is a figure of the
year the article reports on: the first year its title names, else the latest year the text before
it introduces (`in 2024`, `for the full year 2024`, not `above the 2023 level`), else, when the
article names any recent year, the year before its date: a full-year figure is of a finished
year, and a January release of last year's totals that names only `2023`, for comparison, or
`2025`, for a forecast, is about 2024. Never a year after the article's date or more than two
before it, and none for a figure of a month, quarter or half.
"""

from __future__ import annotations

import datetime as dt
import re

from pipeline import schema
from pipeline.documents import Article
from pipeline.normalize import MONTHS, latest_on_or_before, month_number

_LAST_YEAR = re.compile(r"\blast year\b", re.IGNORECASE)
_THIS_YEAR = re.compile(r"\bthis year\b", re.IGNORECASE)
_YEAR = re.compile(r"\b(20[0-4]\d)\b")
# a year a figure is of (`in 2024`, `Using 2024 figures`), not one it is compared with
_INTRODUCED_YEAR = re.compile(
    r"(?<!\bsince )(?<!\bthan )"
    r"\b(?:in|for|during|of|year|using|full-year)\s+(20[0-4]\d)\b"
    r"(?!\s+(?:level|record|high|peak|figure|total)s?\b)",
    re.IGNORECASE,
)
# a figure of a period shorter than a year, or of the year just named
_PERIOD = re.compile(
    r"\b(?:(?:last|this|next|the same|that) (?:month|quarter|week)|(?:first|second|third|fourth)"
    r" (?:quarter|half)|so far|year[- ]to[- ]date|month-on-month|monthly)\b",
    re.IGNORECASE,
)
_THAT_YEAR = re.compile(r"\b(?:that|the same) year\b", re.IGNORECASE)
RECENT_YEARS = 2  # an annual figure is of a year at most this much before the article's date
# a figure for a month that names no year: `in April`, `April exports`, `for March`
_MONTH = "|".join(MONTHS)
_MONTH_FIGURE = re.compile(
    rf"\b(?:in|for|during)\s+({_MONTH})\b(?!\s*(?:\d|,\s*\d))"
    rf"|^\W*({_MONTH})\s+(?:exports|imports|deficit|surplus|trade)\b",
    re.IGNORECASE,
)

# a defence deal, budget or pledge dated by a month that names no year: `In April`, `signed on
# 2 September`, `in mid-December`, `on April 28` (not `in April 2024`, `on 1 May, 2024`, `by June
# 30`, `in April next year`)
_NO_YEAR_AFTER = r"(?!,?\s*(?:\d{1,2}(?:st|nd|rd|th)?,?\s+)?\d{4})(?!\s+next\s+year)"
_EVENT_MONTH = re.compile(
    rf"\b(?i:in|on|during|since)\s+(?:(?i:early|late|mid)-?\s*)?(?:\d{{1,2}}\s+)?({_MONTH})\b"
    rf"{_NO_YEAR_AFTER}"
    rf"|\b(?i:early|late|mid)-?\s*({_MONTH})\b{_NO_YEAR_AFTER}"
    rf"|(?<!\bby )(?<!\buntil )(?<!\bbefore )\b({_MONTH})\s+\d{{1,2}}\b{_NO_YEAR_AFTER}"
)
# a sentence about what is still to come: its month is not one already past
_TO_COME = re.compile(
    r"\b(?:will|shall|is to|are to|next|upcoming|scheduled|due to|expected to)\b", re.IGNORECASE
)


class ArticleYears:
    """The years an article names, read once, for the facts of that article."""

    def __init__(self, article: Article):
        self.published: dt.date | None = article.published
        self.named = [(m.start(), int(m.group(1))) for m in _YEAR.finditer(article.text)]
        title = [int(y) for y in _YEAR.findall(article.title or "") if self._recent(int(y))]
        self.title_year = title[0] if title else None
        self.introduced = [
            (m.start(), int(m.group(1)))
            for m in _INTRODUCED_YEAR.finditer(article.text)
            if self._recent(int(m.group(1)))
        ]
        recent = any(self._recent(year) for _, year in self.named)
        self.finished_year = self.published.year - 1 if recent else None

    def _recent(self, year: int) -> bool:
        """Not after the article's date, and recent enough to be the year it reports on."""
        return self.published is not None and 0 <= self.published.year - year <= RECENT_YEARS

    def reported_on(self, start: int | None, evidence: str) -> int | None:
        """The year a figure at `start` of the text reports on, when it names none itself;
        none for an undated article or a figure of a month, quarter or half."""
        if self.published is None or _PERIOD.search(evidence):
            return None
        if _THAT_YEAR.search(evidence):
            # `Imports were $142 billion that year`: the year named last before it
            before = [year for at, year in self.named if start is None or at < start]
            return before[-1] if before else None
        if self.title_year is not None:
            return self.title_year
        before = [year for at, year in self.introduced if start is None or at < start]
        return before[-1] if before else self.finished_year


def resolve_year(row: dict, years: ArticleYears) -> int | None:
    """The row's own year, else the one its sentence or, for a trade figure, its article implies."""
    if row.get(schema.YEAR) is not None:
        return row.get(schema.YEAR)
    implied = _implied_by_sentence(row, years.published)
    if implied is None and row[schema.TOPIC] == "trade":
        return years.reported_on(row.get(schema.START), row[schema.EVIDENCE])
    return implied


def _implied_by_sentence(row: dict, published: dt.date | None) -> int | None:
    if published is None:
        return None
    evidence = row[schema.EVIDENCE]
    if _LAST_YEAR.search(evidence):
        return published.year - 1
    if _THIS_YEAR.search(evidence):
        return published.year
    if row[schema.TOPIC] == "tariff":
        return published.year
    month = _MONTH_FIGURE.search(evidence)
    if month and row[schema.STATUS] == "reported":
        # `April exports were ...` in a June release: this year's April; in a January one, last year's
        named = month_number(month.group(1) or month.group(2))
        return latest_on_or_before(published, named).year
    if row[schema.TOPIC] != "defense_spending" or _TO_COME.search(evidence):
        return None
    event = _EVENT_MONTH.search(evidence)
    if event:
        # `India signed for 26 Rafale jets in April`: this year's April, or last year's in an
        # article of March
        named = month_number(next(name for name in event.groups() if name))
        return latest_on_or_before(published, named).year
    return None
