"""Readable names for ISO3 codes and the two blocs the schema knows."""

from __future__ import annotations

from functools import lru_cache

import pycountry

from pipeline import schema

# pycountry's formal names read badly on a chart axis; these are the short forms analysts use.
_SHORT = {"RUS": "Russia", "COD": "DR Congo", "USA": "United States", "GBR": "United Kingdom"}


@lru_cache(maxsize=1024)
def country_name(code: str | None) -> str:
    """`JPN` -> `Japan`; blocs from the schema; an unknown code is shown as itself."""
    if not code:
        return "Unspecified"
    code = str(code).upper()
    if code in schema.BLOCS:
        return schema.BLOCS[code]
    if code in _SHORT:
        return _SHORT[code]
    country = pycountry.countries.get(alpha_3=code)
    if country is None:
        return code
    return getattr(country, "common_name", None) or country.name


def country_label(code: str) -> str:
    """The label of a country option: the name, with the code underneath it in brackets."""
    name = country_name(code)
    return name if name == code else f"{name} ({code})"


def is_bloc(code: str | None) -> bool:
    return bool(code) and str(code).upper() in schema.BLOCS


def topic_label(topic: str) -> str:
    return str(topic).replace("_", " ").capitalize()


def status_label(status: str) -> str:
    return str(status).capitalize()
