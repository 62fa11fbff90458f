"""Gazetteers and cue lists from pipeline/patterns/*.jsonl, compiled to regexes over raw text.

Matching runs on characters rather than tokens because the blank English tokenizer keeps
forms such as `U.S.-Japan` or `25%-tariff` in one token; components turn the hits into spans.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from pathlib import Path

import pycountry
import srsly

PATTERNS = Path(__file__).parent / "patterns"
# pycountry names that are far more often something else in news text
AMBIGUOUS_NAMES = {"Georgia", "Jordan", "Chad", "Guinea", "Niger", "Dominica", "Turkey", "Jersey"}
# the 27 member states, whose tariffs the Union sets for them (as of 2026)
EU_MEMBERS = frozenset(
    "AUT BEL BGR HRV CYP CZE DNK EST FIN FRA DEU GRC HUN IRL ITA LVA LTU LUX MLT NLD POL PRT "  # noqa: SIM905
    "ROU SVK SVN ESP SWE".split()
)
APOSTROPHES = "'’"


@dataclass(frozen=True)
class Mention:
    start: int
    end: int
    code: str  # ISO3, EUU or NATO
    kind: str  # name, alias, demonym, leader, company
    text: str


@dataclass(frozen=True)
class Cue:
    start: int
    end: int
    kind: str  # topic, status, negation
    label: str
    measure: str | None = None
    sign: int = 0
    weak: bool = False  # counts only where the article's subject makes it unambiguous
    purchase: bool = False  # a purchase verb naming the topic of the amount it takes only


def load_patterns(name: str) -> list[dict]:
    return list(srsly.read_jsonl(PATTERNS / name))


def _pycountry_rows() -> list[dict]:
    rows = []
    for country in pycountry.countries:
        for attr in ("name", "common_name", "official_name"):
            name = getattr(country, attr, None)
            if name and "," not in name and "(" not in name and name not in AMBIGUOUS_NAMES:
                rows.append({"id": country.alpha_3, "kind": "name", "pattern": name})
    return rows


def _alternation(patterns: list[str]) -> str:
    """One regex matching any of `patterns`, the longest first where several match.

    Built as a trie (`Japan(?:ese)?` rather than `Japanese|Japan`): Python's re tries the
    alternatives of a flat list one by one at every position, which made the gazetteer of a
    thousand names the slowest step of extraction. The patterns that can match at one position
    are prefixes of each other, so trying a longer branch before stopping at a shorter one is
    the same longest-first order. (Patterns must not differ only in letter case when the regex
    is compiled case-insensitive; both callers pass one spelling.)
    """
    trie: dict = {}
    for pattern in set(patterns):
        node = trie
        for char in pattern:
            node = node.setdefault(char, {})
        node[""] = {}  # a pattern ends here

    def branch(node: dict) -> str:
        children = [re.escape(char) + branch(child) for char, child in sorted(node.items()) if char]
        if not children:
            return ""
        body = children[0] if len(children) == 1 else "(?:" + "|".join(children) + ")"
        return f"(?:{body})?" if "" in node else body

    return branch(trie)


class Gazetteer:
    """Countries, blocs, leaders and companies, each mapped to a country code."""

    def __init__(self, rows: list[dict]):
        self.by_text: dict[str, dict] = {}
        for row in rows:
            self.by_text.setdefault(row["pattern"], row)
        # names are case-sensitive on purpose: `US` is a country, `us` is not
        body = _alternation(list(self.by_text))
        self.regex = re.compile(rf"(?<![\w$])(?:{body})(?![\w]|-(?:based|owned|made|built)\b)")
        self.regex_made = re.compile(rf"(?<![\w$])(?:{body})(?=-(?:made|owned|based|built)\b)")

    def find(self, text: str) -> list[Mention]:
        hits = []
        for regex in (self.regex, self.regex_made):
            for match in regex.finditer(text):
                row = self.by_text[match.group(0)]
                kind = row["kind"]
                if kind == "combining":
                    # `Franco-Italian`, `Sino-American`: a country only before a hyphen and a
                    # name (not `Franco-era`)
                    if not re.match(r"-[A-Z]", text[match.end() : match.end() + 2]):
                        continue
                    kind = "demonym"
                hits.append(Mention(match.start(), match.end(), row["id"], kind, match.group(0)))
        hits.sort(key=lambda m: (m.start, -(m.end - m.start)))
        kept: list[Mention] = []
        for hit in hits:
            if not kept or hit.start >= kept[-1].end:
                kept.append(hit)
        return kept


class CueFinder:
    """Topic triggers, status cues and negation cues."""

    def __init__(self, rows: list[dict]):
        self.rows = rows
        # a topic word may follow a hyphen (`counter-tariffs`), but not `non-` (`non-tariff
        # barriers`, `non-oil trade`); a status word may not (`long-pledged`)
        self.regexes = [
            re.compile(
                (r"(?<![\w])(?<!non-)" if row["kind"] == "topic" else r"(?<![\w-])")
                + rf"(?:{row['regex']})(?![\w])",
                re.IGNORECASE,
            )
            for row in rows
        ]

    def find(self, text: str) -> list[Cue]:
        cues = []
        for row, regex in zip(self.rows, self.regexes, strict=True):
            for match in regex.finditer(text):
                if _proper_name(text, match, row):
                    continue
                cues.append(
                    Cue(
                        match.start(),
                        match.end(),
                        row["kind"],
                        row["label"],
                        row.get("measure"),
                        row.get("sign", 0),
                        row.get("weak", False),
                        row.get("purchase", False),
                    )
                )
        return sorted(cues, key=lambda c: (c.start, -c.end))


def _proper_name(text: str, match: re.Match, row: dict) -> bool:
    """`the Economic Prosperity Deal`, `United States-Mexico-Canada Agreement`: a name, not news
    that something was agreed."""
    return (
        row["kind"] == "status"
        and match.group(0)[:1].isupper()
        and match.start() > 0
        and not text[: match.start()].rstrip().endswith((".", ":", "\n", "“", '"'))
        and bool(re.search(r"[A-Z][\w.-]*\s*$", text[: match.start()]))
    )


@cache
def gazetteer() -> Gazetteer:
    rows = load_patterns("countries.jsonl") + load_patterns("entities.jsonl") + _pycountry_rows()
    return Gazetteer(rows)


@cache
def cue_finder() -> CueFinder:
    return CueFinder(load_patterns("triggers.jsonl"))


def country_name(code: str | None) -> str | None:
    """Display name for an ISO3 code or bloc."""
    if not code:
        return None
    if code == "EUU":
        return "European Union"
    if code == "NATO":
        return "NATO"
    country = pycountry.countries.get(alpha_3=code)
    if country is None:
        return code
    return getattr(country, "common_name", None) or country.name


class NameFinder:
    """Names of things, each mapped to one value: goods and sectors to a lower-case product
    name, weapon systems (spelled as their makers spell them) to the country that makes them."""

    def __init__(self, rows: list[dict], field: str, *, ignore_case: bool = True):
        self.fold = str.lower if ignore_case else str
        self.by_text = {self.fold(row["pattern"]): row[field] for row in rows}
        body = _alternation(list(self.by_text))
        flags = re.IGNORECASE if ignore_case else 0
        self.regex = re.compile(rf"(?<![\w-])(?:{body})(?![\w])", flags)

    def find(self, text: str) -> list[tuple[int, int, str]]:
        return [
            (m.start(), m.end(), self.by_text[self.fold(m.group(0))])
            for m in self.regex.finditer(text)
        ]


@cache
def product_finder() -> NameFinder:
    return NameFinder(load_patterns("products.jsonl"), "product")


@cache
def weapon_makers() -> NameFinder:
    return NameFinder(load_patterns("weapons.jsonl"), "maker", ignore_case=False)
