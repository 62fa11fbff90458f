"""Fixtures every test folder shares: one Playwright chromium for the whole session."""

from browsers import browser, page  # noqa: F401
