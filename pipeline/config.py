"""Settings shared by the CLI and the dashboard: where the database lives."""

from __future__ import annotations

import os
from pathlib import Path

DB_ENV = "POLICY_DB"
DEFAULT_DB = Path("data") / "policy.duckdb"


def db_path(arg: str | None = None) -> Path:
    """`--db`, else the POLICY_DB environment variable, else data/policy.duckdb under cwd."""
    if arg:
        return Path(arg).expanduser()
    if env := os.environ.get(DB_ENV, "").strip():
        return Path(env).expanduser()
    return DEFAULT_DB
