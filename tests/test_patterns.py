import datetime as dt
import re
from functools import cache
from pathlib import Path

import pycountry
import pytest
import srsly

from pipeline import lexicon, schema

PATTERNS = Path(lexicon.PATTERNS)
FILES = sorted(PATTERNS.glob("*.jsonl"))
BLOCS = set(schema.BLOCS)

# the keys each kind of line must carry (more are allowed)
REQUIRED = {
    "alias": {"id", "kind", "pattern"},
    "demonym": {"id", "kind", "pattern"},
    "combining": {"id", "kind", "pattern"},
    "leader": {"id", "kind", "pattern", "from", "to"},
    "company": {"id", "kind", "pattern"},
    "place": {"id", "kind", "pattern"},
    "product": {"kind", "pattern", "product"},
    "weapon": {"kind", "pattern", "maker"},
    "topic": {"kind", "label", "regex"},
    "status": {"kind", "label", "regex"},
    "negation": {"kind", "label", "regex"},
}


@cache
def _lines(name: str) -> list[tuple[str, dict]]:
    # read lazily: a broken file fails its tests instead of the collection of this module
    return [
        (f"{name}#{i}", row) for i, row in enumerate(srsly.read_jsonl(PATTERNS / name), start=1)
    ]


def _all():
    return [line for path in FILES for line in _lines(path.name)]


def _gazetteer():
    return _lines("countries.jsonl") + _lines("entities.jsonl")


def test_the_expected_pattern_files_exist():
    assert {p.name for p in FILES} >= {
        "countries.jsonl",
        "entities.jsonl",
        "products.jsonl",
        "triggers.jsonl",
        "weapons.jsonl",
    }


@pytest.mark.parametrize("path", FILES, ids=[p.name for p in FILES])
def test_every_line_is_a_json_object(path):
    bad = []
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        try:
            if not isinstance(srsly.json_loads(line), dict):
                bad.append(f"{path.name}#{number}: not a JSON object")
        except ValueError as exc:
            bad.append(f"{path.name}#{number}: {exc}")
    assert not bad, "\n".join(bad)


def _offenders(lines, check) -> list[str]:
    """Every line `check` finds a problem in, as `file#line: problem`, so one run lists them all."""
    out = []
    for where, row in lines:
        problem = check(row)
        if problem:
            out.append(f"{where}: {problem}")
    return out


def _missing_keys(row):
    if row.get("kind") not in REQUIRED:
        return f"unknown kind {row.get('kind')!r}"
    missing = REQUIRED[row["kind"]] - set(row)
    return f"missing {sorted(missing)}" if missing else None


def test_every_line_has_the_keys_its_kind_needs():
    bad = _offenders(_all(), _missing_keys)
    assert not bad, "\n".join(bad)


def test_country_ids_are_iso3_or_a_bloc():
    def check(row):
        code = row.get("id")
        if code not in BLOCS and pycountry.countries.get(alpha_3=code) is None:
            return f"{code!r} is not ISO 3166-1 alpha-3, EUU or NATO"

    bad = _offenders(_gazetteer(), check)
    assert not bad, "\n".join(bad)


def test_pattern_texts_are_non_empty_and_trimmed():
    def check(row):
        pattern = row.get("pattern")
        if not isinstance(pattern, str) or not pattern or pattern != pattern.strip():
            return f"pattern {pattern!r}"

    bad = _offenders(_gazetteer() + _lines("products.jsonl") + _lines("weapons.jsonl"), check)
    assert not bad, "\n".join(bad)


def test_a_gazetteer_pattern_maps_to_one_country():
    seen: dict[str, str] = {}

    def check(row):
        if "pattern" in row and seen.setdefault(row["pattern"], row.get("id")) != row.get("id"):
            return f"{row['pattern']!r} is {row['id']} here and {seen[row['pattern']]} earlier"

    bad = _offenders(_gazetteer(), check)
    assert not bad, "\n".join(bad)


def test_weapon_makers_are_iso3_countries():
    def check(row):
        if pycountry.countries.get(alpha_3=row.get("maker")) is None:
            return f"maker {row.get('maker')!r} is not ISO 3166-1 alpha-3"

    bad = _offenders(_lines("weapons.jsonl"), check)
    assert not bad, "\n".join(bad)


def test_leader_terms_are_iso_dates_in_order():
    def check(row):
        if row.get("kind") != "leader":
            return None
        dates = [row.get("from")] + ([row["to"]] if row.get("to") is not None else [])
        if not all(isinstance(d, str) and re.fullmatch(r"\d{4}-\d{2}-\d{2}", d) for d in dates):
            return f"from/to must be YYYY-MM-DD (to may be null): {dates}"
        try:
            parsed = [dt.date.fromisoformat(d) for d in dates]
        except ValueError as exc:
            return str(exc)
        if parsed != sorted(parsed):
            return f"term ends before it starts: {dates}"

    leaders = [line for line in _gazetteer() if line[1].get("kind") == "leader"]
    assert leaders, "countries.jsonl has no leader lines"
    bad = _offenders(leaders, check)
    assert not bad, "\n".join(bad)


def test_product_names_are_lower_case():
    def check(row):
        product = row.get("product")
        if not isinstance(product, str) or product != product.lower():
            return f"product {product!r}"

    bad = _offenders(_lines("products.jsonl"), check)
    assert not bad, "\n".join(bad)


def test_trigger_regexes_compile_as_the_lexicon_wraps_them():
    def check(row):
        try:
            re.compile(rf"(?<![\w-])(?:{row.get('regex')})(?![\w])", re.IGNORECASE)
        except re.error as exc:
            return f"regex does not compile: {exc}"

    bad = _offenders(_lines("triggers.jsonl"), check)
    assert not bad, "\n".join(bad)


def test_trigger_regexes_do_not_match_the_empty_string():
    def check(row):
        if not isinstance(row.get("regex"), str):
            return None  # reported by the keys test
        try:
            if re.fullmatch(row["regex"], "") is not None:
                return "matches the empty string, so it would fire everywhere"
        except re.error:
            return None  # reported by the compile test

    bad = _offenders(_lines("triggers.jsonl"), check)
    assert not bad, "\n".join(bad)


def test_trigger_labels_and_measures_are_in_the_schema_vocabularies():
    def check(row):
        label, measure = row.get("label"), row.get("measure")
        if row.get("kind") == "topic":
            if label not in schema.TOPICS:
                return f"topic {label!r} not in schema.TOPICS"
            if measure is not None and measure not in schema.MEASURES[label]:
                return f"measure {measure!r} not in schema.MEASURES[{label!r}]"
            if row.get("sign", 0) not in (-1, 0, 1):
                return f"sign {row['sign']!r}"
        elif row.get("kind") == "status" and label not in schema.STATUSES:
            return f"status {label!r} not in schema.STATUSES"
        elif row.get("kind") == "negation" and label != "negated":
            return f"negation label {label!r}"

    bad = _offenders(_lines("triggers.jsonl"), check)
    assert not bad, "\n".join(bad)


def test_every_topic_has_a_trigger():
    assert {r["label"] for _, r in _lines("triggers.jsonl") if r["kind"] == "topic"} == set(
        schema.TOPICS
    )


def test_every_status_has_a_cue():
    assert {r["label"] for _, r in _lines("triggers.jsonl") if r["kind"] == "status"} == set(
        schema.STATUSES
    )


def test_lexicon_builds_from_the_pattern_files():
    lexicon.gazetteer.cache_clear()
    lexicon.cue_finder.cache_clear()
    lexicon.product_finder.cache_clear()
    codes = {m.code for m in lexicon.gazetteer().find("The U.S. and Japan met the European Union.")}
    assert codes == {"USA", "JPN", "EUU"}
    assert lexicon.cue_finder().find("a tariff")
    assert lexicon.product_finder().find("steel")


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("the Democratic Republic of the Congo", "COD"),
        ("the Republic of the Congo", "COG"),
        ("Ivory Coast", "CIV"),
        ("Burma", "MMR"),
        ("a Kuwaiti fund", "KWT"),
        ("a Slovak buyer", "SVK"),
        ("Bogotá", "COL"),
    ],
)
def test_names_news_uses_for_a_country_find_it(text, code):
    assert [m.code for m in lexicon.gazetteer().find(text)] == [code]
