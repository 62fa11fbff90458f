"""Pure parsers for the numbers of policy texts: money, percents, shares of GDP, volumes, years."""

from __future__ import annotations

import datetime as dt
import math
import re
from dataclasses import dataclass
from decimal import Decimal

SMALL = {
    "zero": 0,
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
    "thirteen": 13,
    "fourteen": 14,
    "fifteen": 15,
    "sixteen": 16,
    "seventeen": 17,
    "eighteen": 18,
    "nineteen": 19,
    "twenty": 20,
    "thirty": 30,
    "forty": 40,
    "fifty": 50,
    "sixty": 60,
    "seventy": 70,
    "eighty": 80,
    "ninety": 90,
    "a": 1,
    "an": 1,
    "half": 0.5,
}
SCALES = {
    "hundred": 1e2,
    "thousand": 1e3,
    "k": 1e3,
    "million": 1e6,
    "mn": 1e6,
    "mln": 1e6,
    "m": 1e6,
    "billion": 1e9,
    "bn": 1e9,
    "b": 1e9,
    "bln": 1e9,
    "trillion": 1e12,
    "tn": 1e12,
    "trn": 1e12,
    "t": 1e12,
    "crore": 1e7,
    "lakh": 1e5,
}
SYMBOLS = {
    "us$": "USD",
    "$": "USD",
    "c$": "CAD",
    "ca$": "CAD",
    "a$": "AUD",
    "au$": "AUD",
    "hk$": "HKD",
    "nz$": "NZD",
    "r$": "BRL",
    "s$": "SGD",
    "nt$": "TWD",
    "€": "EUR",
    "£": "GBP",
    "¥": "JPY",
    "₹": "INR",
    "₩": "KRW",
    "rs": "INR",
    "rs.": "INR",
    "rmb": "CNY",
    "cn¥": "CNY",
    "chf": "CHF",
    "zł": "PLN",
    "rm": "MYR",
    "r": "ZAR",  # only before a scale word: `R270 billion`
    "rp": "IDR",
    "mx$": "MXN",
    "e£": "EGP",
    "ksh": "KES",
    "₺": "TRY",
    "₱": "PHP",
    "₦": "NGN",
    "₽": "RUB",
    "฿": "THB",
}
CODES = (
    "USD",
    "EUR",
    "GBP",
    "JPY",
    "CNY",
    "KRW",
    "INR",
    "CAD",
    "AUD",
    "PLN",
    "CHF",
    "BRL",
    "MXN",
    "TWD",
    "SEK",
    "NOK",
    "DKK",
    "TRY",
    "SAR",
    "AED",
    "RMB",
    "HKD",
    "SGD",
    "NZD",
    "ZAR",
    "IDR",
    "VND",
    "CZK",
    "HUF",
    "QAR",
    "RUB",
    "MYR",
    "THB",
    "PHP",
    "NGN",
    "KES",
    "EGP",
    "ARS",
    "CLP",
    "PEN",
    "MAD",
    "ILS",
    "PKR",
)
WORDS = {
    "dollar": "USD",
    "dollars": "USD",
    "euro": "EUR",
    "euros": "EUR",
    "pound": "GBP",
    "pounds": "GBP",
    "sterling": "GBP",
    "yen": "JPY",
    "yuan": "CNY",
    "renminbi": "CNY",
    "won": "KRW",
    "rupee": "INR",
    "rupees": "INR",
    "zloty": "PLN",
    "zlotys": "PLN",
    "franc": "CHF",
    "francs": "CHF",
    "reais": "BRL",
    "real": "BRL",
    "riyal": "SAR",
    "riyals": "SAR",
    "dirham": "AED",
    "dirhams": "AED",
    "pesos": "MXN",
    "lira": "TRY",
    "kroner": "NOK",
    "krona": "SEK",
    "kronor": "SEK",
    "rand": "ZAR",
    "roubles": "RUB",
    "rubles": "RUB",
    "rupiah": "IDR",
    "dong": "VND",
    "forint": "HUF",
    "koruna": "CZK",
    "korunas": "CZK",
    "crowns": "SEK",  # a bare `crowns`; `Czech`, `Danish` or `Norwegian crowns` say otherwise
    "ringgit": "MYR",
    "baht": "THB",
    "naira": "NGN",
    "shekels": "ILS",
    "soles": "PEN",
    "shillings": "KES",  # only as `Kenyan shillings` (see find_money)
}
# a country word names which peso, pound, dirham, shilling or rupee is meant
QUALIFIED = {
    "mexican": "MXN",
    "argentine": "ARS",
    "argentinian": "ARS",
    "chilean": "CLP",
    "colombian": "COP",
    "philippine": "PHP",
    "egyptian": "EGP",
    "moroccan": "MAD",
    "kenyan": "KES",
    "pakistani": "PKR",
}
_QUALIFIED_WORDS = ("pesos", "peso", "pounds", "pound", "dirhams", "dirham", "shillings", "rupees")
CROWN_QUALIFIERS = {"czech": "CZK", "swedish": "SEK", "danish": "DKK", "norwegian": "NOK"}
# A dollar sign after a country word: "Canadian dollars", "Australian dollars", "Taiwan dollars".
DOLLAR_QUALIFIERS = {
    "canadian": "CAD",
    "australian": "AUD",
    "new taiwan": "TWD",
    "taiwan": "TWD",
    "hong kong": "HKD",
    "singapore": "SGD",
    "new zealand": "NZD",
    "us": "USD",
    "u.s.": "USD",
    "american": "USD",
}

_NUMWORD = "|".join(sorted((w for w in SMALL if len(w) > 1), key=len, reverse=True))
# `seven and a half million tonnes`
_WORDNUM = rf"(?:(?:{_NUMWORD})(?:[\s-]+(?:{_NUMWORD}|hundred))*(?:[\s-]+and[\s-]+a[\s-]+half)?)"
_DIGITS = r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?|\.\d+"
# `a trillion dollars`, `half a billion euros`: `a` counts as one only before a scale word
_ONE = r"(?:half\s+)?an?(?=[\s-]+(?:hundred|thousand|million|billion|trillion)\b)"
_NUM = rf"(?:{_DIGITS}|{_WORDNUM}|{_ONE})"
# English month names, spelled here rather than taken from `calendar`, whose names follow the locale
MONTHS = (
    "January", "February", "March", "April", "May", "June",
    "July", "August", "September", "October", "November", "December",
)  # fmt: skip
_SCALE = r"(?:hundred|thousand|million|billion|trillion|crore|lakh|mn|mln|bn|bln|tn|trn|[kmbt])"
_CODE = "|".join(CODES)
_SYM = (
    rf"(?:US\$|C\$|CA\$|A\$|AU\$|HK\$|NZ\$|NT\$|R\$|S\$|MX\$|CN¥|E£|Rs\.?\s?|Rp\s?|RM\s?|KSh\s?"
    rf"|(?:{_CODE})\s?|R(?=\d[\d.,]*\s?(?:billion|bn|trillion|tn|million|mn)\b)|\$|€|£|¥|₹|₩|₺|₱|₦|₽|฿)"
)
_CURWORD = "|".join(sorted(WORDS, key=len, reverse=True))
# every country word one of the qualifier tables knows, longest first (`new taiwan`, `taiwan`)
_QUAL = "(?:{})".format(
    "|".join(
        re.escape(word).replace(r"\ ", r"\s+")
        for word in sorted(
            {*DOLLAR_QUALIFIERS, *CROWN_QUALIFIERS, *QUALIFIED}, key=len, reverse=True
        )
    )
)

MONEY_PREFIX = re.compile(
    rf"(?<![\w$€£¥₹₩]){_SYM}\s?(?P<num>{_DIGITS})(?:\s?-?\s?(?P<scale>{_SCALE}(?:\s+{_SCALE})?)\b)?(?:\s?(?P<hundred>(?:hundred|thousand|million|billion|trillion)\b))?(?![\w$])",
    re.IGNORECASE,
)
MONEY_SUFFIX = re.compile(
    rf"(?<![\w.]){'(?P<num>' + _NUM + ')'}(?:\s?-?\s?(?P<scale>(?:{_SCALE})(?:\s+(?:{_SCALE}))?)\b)?[\s-]+(?:(?P<qual>{_QUAL})\s+)?(?P<cur>{_CODE}|{_CURWORD})\b",
    re.IGNORECASE,
)
PERCENT = re.compile(
    rf"(?<![\w.]){'(?P<num>' + _NUM + ')'}(?:(?:\s?|-)(?:%|per[\s-]?cent\b|percent\b|pct\b|percentage points?\b))",
    re.IGNORECASE,
)
OF_GDP = re.compile(
    r"^\s*(?:of\s+(?:(?:its|their|the|our|national|the\s+country['’]?s|[A-Z][\w.]*['’]s)\s+)*(?:annual\s+)?(?:GDP|gross\s+domestic\s+product|economic\s+output)\b)",
    re.IGNORECASE,
)
VOLUME = re.compile(
    rf"(?<![\w.]){'(?P<num>' + _NUM + ')'}(?:\s?(?P<scale>million|billion|thousand|mn|bn|m)\b)?\s?(?P<unit>tonnes|tons|metric\s+tons|mtpa|mt\b|bcm\b|cubic\s+met(?:re|er)s|barrels(?:\s+of\s+(?:crude\s+)?oil|\s+of\s+crude)?\s+(?:a|per)\s+day|barrels|bpd\b)",
    re.IGNORECASE,
)
YEAR = re.compile(r"\b(?:FY\s?|fiscal\s+(?:year\s+)?)?(20[0-4]\d)(?:[-/](?:\d{2}))?\b")


@dataclass(frozen=True)
class Quantity:
    start: int
    end: int
    value: float
    unit: str
    kind: str  # money | percent | percent_gdp | volume


def parse_number(text: str) -> float | None:
    """'68' -> 68.0, '1,200.5' -> 1200.5, 'two' -> 2.0, 'three hundred' -> 300.0."""
    text = text.strip().lower().replace(",", "")
    if not text:
        return None
    if re.fullmatch(r"half\s+an?", text):
        return 0.5
    whole = re.fullmatch(r"(.+?)[\s-]+and[\s-]+a[\s-]+half", text)
    if whole:
        value = parse_number(whole.group(1))
        return None if value is None else value + 0.5
    try:
        value = float(text)
    except ValueError:
        value = _words_to_number(text)
    if value is None or not math.isfinite(value):
        return None
    return value


def _words_to_number(text: str) -> float | None:
    total, current, seen = 0.0, 0.0, False
    for word in re.split(r"[\s-]+", text):
        if word in SMALL:
            current += SMALL[word]
            seen = True
        elif word == "hundred":
            current = (current or 1) * 100
            seen = True
        elif word in ("and",):
            continue
        else:
            return None
    return total + current if seen else None


def scale_factor(scale: str | None) -> float:
    if not scale:
        return 1.0
    factor = 1.0
    for part in scale.lower().split():
        factor *= SCALES.get(part.strip("-"), 1.0)
    return factor


def scaled(num: float, *scales: str | None) -> float:
    """Multiply in decimal so that 8.7 trillion is exactly 8700000000000."""
    value = Decimal(repr(num))
    for scale in scales:
        value *= Decimal(repr(scale_factor(scale)))
    return float(value)


def currency_from_symbol(symbol: str) -> str | None:
    symbol = symbol.strip().lower()
    if symbol.upper() in CODES:
        return "CNY" if symbol.upper() == "RMB" else symbol.upper()
    return SYMBOLS.get(symbol)


def _finite(value: float) -> bool:
    return math.isfinite(value) and abs(value) < 1e18


def parse_money(text: str) -> tuple[float, str] | None:
    """'$68 billion' -> (68e9, 'USD'); '¥500 billion' -> (5e11, 'JPY'); '68 billion dollars'."""
    found = find_money(text)
    return (found[0].value, found[0].unit) if found else None


def find_money(text: str) -> list[Quantity]:
    out: list[Quantity] = []
    for match in MONEY_PREFIX.finditer(text):
        num = parse_number(match.group("num"))
        symbol = text[match.start() : match.start("num")]
        unit = currency_from_symbol(symbol)
        if num is None or unit is None:
            continue
        value = scaled(num, match.group("scale"), match.group("hundred"))
        end = match.end()
        tail = re.match(r"-?\s?dollars?\b", text[end:], re.IGNORECASE)
        if tail:
            end += tail.end()
        if _finite(value):
            out.append(Quantity(match.start(), end, value, unit, "money"))
    taken = [(q.start, q.end) for q in out]
    for match in MONEY_SUFFIX.finditer(text):
        if any(s < match.end() and match.start() < e for s, e in taken):
            continue
        num = parse_number(match.group("num"))
        if num is None:
            continue
        cur = match.group("cur")
        qual = (match.group("qual") or "").lower()
        qual = re.sub(r"\s+", " ", qual)
        unit = currency_from_symbol(cur) or WORDS.get(cur.lower())
        if unit == "USD" and qual:
            unit = DOLLAR_QUALIFIERS.get(qual, "USD")
        elif cur.lower() in ("crowns", "kroner", "krone", "kronor", "krona") and qual:
            unit = CROWN_QUALIFIERS.get(qual, unit)
        elif cur.lower() in _QUALIFIED_WORDS and qual in QUALIFIED:
            unit = QUALIFIED[qual]
        elif cur.lower() == "shillings":
            continue  # Kenya's, Uganda's or Tanzania's: only a country word says which
        if re.fullmatch(r"(?:19|20)\d\d", match.group("num")) and not match.group("scale"):
            continue  # `in 2024 dollars` is a price basis, not an amount
        if cur.lower() in ("real", "won", "rand", "dong") and not match.group("scale"):
            continue  # too ambiguous without a scale word ("in real terms", "won 3 seats")
        value = scaled(num, match.group("scale"))
        if _finite(value):
            out.append(Quantity(match.start(), match.end(), value, unit, "money"))
    return _stated_scale(text, _share_range_scale(text, sorted(out, key=lambda q: q.start)))


_STATED_SCALE = re.compile(
    r"\bin\s+(?P<scale>thousands|millions|billions|trillions)\s+of\s+(?:U\.?S\.?\s+)?"
    rf"(?P<cur>{_CURWORD})\b",
    re.IGNORECASE,
)


def _stated_scale(text: str, found: list[Quantity]) -> list[Quantity]:
    """`surpluses, in billions of dollars, with the Netherlands ($5.5)`: bare amounts after
    the statement take its scale."""
    stated = _STATED_SCALE.search(text)
    if stated is None:
        return found
    unit = WORDS.get(stated.group("cur").lower())
    factor = scale_factor(stated.group("scale").rstrip("s"))
    return [
        Quantity(q.start, q.end, q.value * factor, q.unit, q.kind)
        if q.start > stated.end()
        and q.unit == unit
        and not _SCALE_WORD.search(text[q.start : q.end])
        else q
        for q in found
    ]


_RANGE_GAP = re.compile(r"\s*(?:and|to|-|–)\s*")
_SCALE_WORD = re.compile(rf"(?:\d)\s?-?\s?({_SCALE})\b", re.IGNORECASE)


def _share_range_scale(text: str, found: list[Quantity]) -> list[Quantity]:
    """`between $400 and $500 billion`: the low end borrows the high end's scale word."""
    out = list(found)
    for i in range(len(out) - 1):
        low, high = out[i], out[i + 1]
        if low.unit != high.unit or not _RANGE_GAP.fullmatch(text[low.end : high.start]):
            continue
        if _SCALE_WORD.search(text[low.start : low.end]):
            continue
        scale = _SCALE_WORD.search(text[high.start : high.end])
        if scale:
            out[i] = Quantity(
                low.start, low.end, scaled(low.value, scale.group(1)), low.unit, low.kind
            )
    return out


def find_percents(text: str) -> list[Quantity]:
    out = []
    for match in PERCENT.finditer(text):
        num = parse_number(match.group("num"))
        if num is None or not _finite(num):
            continue
        rest = text[match.end() : match.end() + 60]
        gdp = OF_GDP.match(rest)
        if gdp:
            out.append(
                Quantity(match.start(), match.end() + gdp.end(), num, "percent_gdp", "percent_gdp")
            )
        else:
            out.append(Quantity(match.start(), match.end(), num, "percent", "percent"))
    return out


def find_volumes(text: str) -> list[Quantity]:
    out = []
    for match in VOLUME.finditer(text):
        num = parse_number(match.group("num"))
        if num is None:
            continue
        value = scaled(num, match.group("scale"))
        unit_word = match.group("unit").lower()
        if unit_word in ("mtpa", "mt"):
            value, unit = scaled(num, "million"), "t"
        elif unit_word == "bcm":
            value, unit = scaled(num, "billion"), "m3"
        elif "cubic" in unit_word:
            unit = "m3"
        elif "day" in unit_word or unit_word == "bpd":
            unit = "bbl_per_day"
        elif "barrel" in unit_word:
            continue
        else:
            unit = "t"
        if _finite(value):
            out.append(Quantity(match.start(), match.end(), value, unit, "volume"))
    return out


ZERO_RATE = re.compile(
    r"\b(?:zero(?=[\s-]+(?:tariffs?|duty|duties|per\s?cent|percent|rate))|zero-for-zero|tariff-free|duty-free"
    r"|(?:to|at|of) zero\b)",
    re.IGNORECASE,
)


# `goods cross the border duty-free`, `most trade moved duty-free`: how goods already travel,
# not a rate anyone set (`will enter duty-free` is one)
_TRAVELS_FREE = re.compile(
    r"\b(?:cross(?:es|ed|ing)?|mov(?:e|es|ed|ing)|enter(?:s|ed|ing)?|trad(?:e|es|ed|ing)|flow(?:s|ed|ing)?"
    r"|came|come|comes|coming|go|goes|went|going)\s+(?:[\w-]+\s+){0,3}$",
    re.IGNORECASE,
)
_TO_COME_FREE = re.compile(
    r"\b(?:will|would|shall|could|can|(?<!continue )(?<!continues )(?<!continued )to)\s+"
    r"(?:[\w-]+\s+){0,5}$",
    re.IGNORECASE,
)


def _standing_free(text: str, match: re.Match) -> bool:
    if match.group(0).lower() not in ("duty-free", "tariff-free"):
        return False
    before = text[max(0, match.start() - 60) : match.start()]
    travels = _TRAVELS_FREE.search(before)
    return bool(travels) and not _TO_COME_FREE.search(before[: travels.start()][-30:])


def find_zero_rates(text: str) -> list[Quantity]:
    """`zero tariffs`, `tariff-free`, `zero-for-zero`, `cut ... to zero`, `tariffs of zero`: a rate
    of 0 percent. Only a rate in a tariff sentence becomes a fact; elsewhere the number is unused."""
    return [
        Quantity(m.start(), m.end(), 0.0, "percent", "percent")
        for m in ZERO_RATE.finditer(text)
        if not _standing_free(text, m)
    ]


# one to nine in words (`a third` is spelled out below, as `a` reads only before a singular)
_NUMERATORS = {word: n for word, n in SMALL.items() if 1 <= n <= 9 and word not in ("a", "an")}
_DENOMINATORS = {"third": 3, "quarter": 4, "fourth": 4, "fifth": 5, "tenth": 10}
# `half`, `a third`, `two-thirds`, `four-fifths`, `three tenths`: shares in words, as percents
FRACTIONS = {
    "half": 50.0,
    **{f"a {d}": 100 / n for d, n in _DENOMINATORS.items()},
    **{
        f"{word}{sep}{d}{'s' if k > 1 else ''}": 100 * k / n
        for word, k in _NUMERATORS.items()
        for d, n in _DENOMINATORS.items()
        for sep in (" ", "-")
        if k < n
    },
}
FRACTION_SHARE = re.compile(
    r"\b(?P<frac>"
    + "|".join(sorted(FRACTIONS, key=len, reverse=True))
    + r")(?= of (?:(?:its|their|the|all|total|[A-Z][\w.]*['’]s)\s+)*(?:[a-z-]+\s+)?(?:exports|imports|trade|shipments|sales|purchases|supplies)\b"
    r"| of everything (?:(?:the\s+)?[A-Z][\w.]*\s+)+(?:exports|imports|sells|buys)\b)",
    re.IGNORECASE,
)


def find_fraction_shares(text: str) -> list[Quantity]:
    """`three quarters of Canada's exports`, `of its steel exports`, `of everything Canada
    exports`: a share in words, as a percent; only of exports, imports, trade, shipments, sales,
    purchases or supplies, or of everything a country exports, imports, sells or buys."""
    return [
        Quantity(m.start(), m.end(), FRACTIONS[m.group("frac").lower()], "percent", "percent")
        for m in FRACTION_SHARE.finditer(text)
    ]


def find_quantities(text: str) -> list[Quantity]:
    """Every money amount, percent, share of GDP and energy volume, without overlaps."""
    candidates = (
        find_money(text)
        + find_percents(text)
        + find_volumes(text)
        + find_zero_rates(text)
        + find_fraction_shares(text)
    )
    candidates.sort(key=lambda q: (q.start, -(q.end - q.start)))
    out: list[Quantity] = []
    for q in candidates:
        if out and q.start < out[-1].end:
            continue
        out.append(q)
    return out


def month_number(name: str) -> int:
    """1 for `January` (any case) through 12 for `December`."""
    return MONTHS.index(name.capitalize()) + 1


def latest_on_or_before(published: dt.date, month: int, day: int = 1) -> dt.date | None:
    """The latest `month` `day` on or before `published`: `December 17` in a January article is
    last year's. None for a day that year does not have (`February 29`)."""
    try:
        this_year = dt.date(published.year, month, day)
        return this_year if this_year <= published else dt.date(published.year - 1, month, day)
    except ValueError:
        return None


def find_years(text: str) -> list[tuple[int, int, int]]:
    """(start, end, year) for every plausible year 2000-2049 in the text."""
    return [(m.start(), m.end(), int(m.group(1))) for m in YEAR.finditer(text)]
