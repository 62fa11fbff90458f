import io
import json
import subprocess
import sys
from pathlib import Path

import pandas as pd
import pytest

ROOT = Path(__file__).resolve().parents[1]

HEADER = "title: Ottawa answers with a steel surtax\nsource: Policy Tracker test desk\ndate: 2025-03-10\n\n"
BODY = (
    "Canada will impose a 25% tariff on steel from China starting in April, the finance "
    "minister told reporters in Ottawa on Monday.\n"
    "Officials pointed out that Canada's trade deficit with China was $40 billion last year.\n"
)

# DESIGN.md section 2: the keys of one fact in `extract` jsonl output
CONTRACT_KEYS = {
    "doc",
    "fact_id",
    "topic",
    "measure",
    "actor",
    "partner",
    "actor_entity",
    "partner_entity",
    "product",
    "value",
    "unit",
    "value_usd",
    "year",
    "status",
    "negated",
    "evidence",
    "start",
    "end",
    "confidence",
    "rule",
    "published",
}


def run_cli(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "pipeline", *args],
        cwd=ROOT,
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=120,
    )


@pytest.fixture(scope="module")
def article(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("cli") / "steel-surtax.txt"
    path.write_text(HEADER + BODY, encoding="utf-8")
    return path


@pytest.fixture(scope="module")
def jsonl_run(article):
    return run_cli("extract", str(article))


@pytest.fixture(scope="module")
def facts(jsonl_run) -> list[dict]:
    return [json.loads(line) for line in jsonl_run.stdout.splitlines() if line.strip()]


def test_extract_exits_0_with_no_errors(jsonl_run):
    assert jsonl_run.returncode == 0, jsonl_run.stderr
    assert "error:" not in jsonl_run.stderr


def test_extract_prints_one_json_object_per_line_with_the_contract_keys(facts):
    assert facts
    for fact in facts:
        assert set(fact) >= CONTRACT_KEYS, CONTRACT_KEYS - set(fact)


def test_extract_finds_the_stated_tariff_rate(facts):
    tariffs = [f for f in facts if f["topic"] == "tariff"]
    assert [(f["actor"], f["partner"], f["value"], f["unit"], f["product"]) for f in tariffs] == [
        ("CAN", "CHN", 25.0, "percent", "steel")
    ]


def test_extract_finds_the_deficit_as_a_negative_balance_in_usd(facts):
    trade = [f for f in facts if f["topic"] == "trade"]
    assert [
        (f["measure"], f["actor"], f["partner"], f["value"], f["unit"], f["value_usd"])
        for f in trade
    ] == [("balance", "CAN", "CHN", -40e9, "USD", -40e9)]


def test_extract_offsets_slice_the_body_to_the_evidence(facts, article):
    for fact in facts:
        assert BODY[fact["start"] : fact["end"]] == fact["evidence"]


def test_extract_names_the_file_and_the_published_date(facts, article):
    assert {f["doc"] for f in facts} == {str(article)}
    assert {f["published"] for f in facts} == {"2025-03-10"}


def test_extract_csv_is_read_by_pandas_with_the_same_facts(article, facts):
    run = run_cli("extract", "--format", "csv", str(article))
    assert run.returncode == 0, run.stderr
    frame = pd.read_csv(io.StringIO(run.stdout))
    assert set(frame.columns) >= CONTRACT_KEYS
    assert len(frame) == len(facts)
    assert sorted(frame["fact_id"]) == sorted(f["fact_id"] for f in facts)
    assert frame.loc[frame["topic"] == "trade", "value"].tolist() == [-40e9]


def test_missing_file_gives_one_error_line_and_exit_1_but_good_facts_still_print(
    article, facts, tmp_path
):
    missing = tmp_path / "no-such-article.txt"
    run = run_cli("extract", str(missing), str(article))
    assert run.returncode == 1
    errors = [line for line in run.stderr.splitlines() if line.strip()]
    assert len(errors) == 1, run.stderr
    assert errors[0].startswith("error:")
    assert str(missing) in errors[0]
    printed = [json.loads(line) for line in run.stdout.splitlines() if line.strip()]
    assert sorted(f["fact_id"] for f in printed) == sorted(f["fact_id"] for f in facts)


@pytest.fixture(scope="module")
def gold(article, tmp_path_factory) -> Path:
    line = {
        "article": article.name,
        "topic": "tariff",
        "measure": "rate",
        "actor": "CAN",
        "partner": "CHN",
        "value": 25.0,
        "unit": "percent",
        "year": None,
        "status": "announced",
        "negated": False,
        "evidence": BODY.splitlines()[0],
    }
    path = tmp_path_factory.mktemp("gold") / "gold.jsonl"
    path.write_text(json.dumps(line) + "\n", encoding="utf-8")
    return path


def _table_rows(stdout: str) -> dict[str, list[str]]:
    return {line.split()[0]: line.split()[1:] for line in stdout.splitlines() if line.strip()}


def test_eval_below_min_f1_exits_1_and_prints_the_table(gold, article):
    run = run_cli("eval", str(gold), str(article), "--min-f1", "1.01")
    assert run.returncode == 1, run.stdout + run.stderr
    rows = _table_rows(run.stdout)
    assert rows["topic"] == ["gold", "pred", "P", "R", "F1"]
    assert {"trade", "tariff", "investment", "defense_spending", "energy", "overall"} <= set(rows)
    assert rows["tariff"][:2] == ["1", "1"]
    assert "below --min-f1" in run.stdout


def test_eval_at_or_above_min_f1_exits_0(gold, article):
    run = run_cli("eval", str(gold), str(article), "--min-f1", "0")
    assert run.returncode == 0, run.stdout + run.stderr
    assert "below --min-f1" not in run.stdout
