"""Fixtures every test folder shares: one Playwright chromium for the whole session, and one
blank-English pipeline for the extraction tests."""

import pytest
from browsers import browser, page  # noqa: F401

from pipeline.nlp import build_nlp


@pytest.fixture(scope="session")
def nlp():
    return build_nlp(statuses=False)
