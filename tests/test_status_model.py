"""The status classifier: trained on dev gold only, shipped up to date, and applied on top of the
rules only where it is confident and the rules saw no later event."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pandas as pd
import pytest
import srsly
from extracting import facts_of

from pipeline import schema, status_model
from pipeline.__main__ import main
from pipeline.components import PolicyStatus
from pipeline.nlp import build_nlp

ROOT = Path(__file__).resolve().parents[1]

# sentences written for these tests, each with the status an annotator would give its fact
_TEACHING = [
    ("tariff", "rate", "Ruritania announced a 30% tariff on Freedonian cheese.", "announced"),
    ("tariff", "rate", "Ruritania announced it will put 40% on Freedonian wine.", "announced"),
    ("tariff", "rate", "Ruritania announced duties of 20% on Freedonian steel.", "announced"),
    ("tariff", "rate", "Ruritania threatened a 50% tariff on Freedonian oil.", "threatened"),
    ("tariff", "rate", "Ruritania threatened to put 60% on Freedonian gas.", "threatened"),
    ("tariff", "rate", "Ruritania threatened duties of 70% on Freedonian coal.", "threatened"),
    ("tariff", "rate", "Ruritania imposed a 30% tariff on Freedonian cheese.", "imposed"),
    ("tariff", "rate", "Ruritania imposed duties of 15% on Freedonian cars.", "imposed"),
    ("tariff", "rate", "Ruritania imposed a 10% levy on Freedonian grain.", "imposed"),
]


def _gold(article: str, topic: str, measure: str, evidence: str, status: str) -> dict:
    return {
        schema.GOLD_ARTICLE: article,
        schema.TOPIC: topic,
        schema.MEASURE: measure,
        schema.EVIDENCE: evidence,
        schema.STATUS: status,
    }


@pytest.fixture(scope="module")
def teaching_rows():
    return [_gold("dev/a.txt", *row) for row in _TEACHING]


@pytest.fixture(scope="module")
def small_model(teaching_rows):
    return status_model.train(teaching_rows)


def _fact(
    status: str, evidence: str = "Ruritania announced a 30% tariff on Freedonian cheese."
) -> dict:
    return {
        schema.TOPIC: "tariff",
        schema.MEASURE: "rate",
        schema.EVIDENCE: evidence,
        schema.STATUS: status,
        schema.RULE: "tariff.rate",
    }


def test_only_dev_articles_train_the_model():
    rows = [
        _gold("dev/a.txt", "tariff", "rate", "A.", "imposed"),
        _gold("test/b.txt", "tariff", "rate", "B.", "threatened"),
        _gold("test/dev/c.txt", "tariff", "rate", "C.", "threatened"),
    ]
    assert status_model.training_rows(rows) == rows[:1]


def test_the_shipped_model_was_trained_on_the_current_dev_gold():
    gold = status_model.training_rows(srsly.read_jsonl(ROOT / "sample_data" / "gold.jsonl"))
    meta = status_model.load()
    assert meta.meta[status_model.META_KEY]["fingerprint"] == status_model.fingerprint(gold), (
        "sample_data/gold.jsonl changed: run `python -m pipeline train-status sample_data/gold.jsonl`"
    )
    assert meta.meta[status_model.META_KEY]["facts"] == len(gold)
    assert sorted(meta.get_pipe("textcat").labels) == sorted(schema.STATUSES)


def test_training_twice_gives_the_same_model(teaching_rows, small_model):
    again = status_model.train(teaching_rows)
    text = status_model.model_text(_fact("imposed", "Ruritania threatened a 5% tariff."))
    assert again(text).cats == small_model(text).cats


def test_the_model_reads_the_words_around_each_facts_own_number_first():
    """Two facts of one sentence, in two states, read differently; a fact without a number, or
    whose number the sentence does not show, reads the topic, the measure and the sentence."""
    sentence = (
        "Ruritania kept its 25% duty on cheese but threatened a 40 percent duty on Freedonian wine."
    )
    kept = status_model.model_text({**_fact("imposed", sentence), schema.VALUE: 25.0})
    threat = status_model.model_text({**_fact("imposed", sentence), schema.VALUE: 40.0})
    assert kept == f"tariff rate . Ruritania kept its NUM duty on cheese but || {sentence}"
    assert (
        threat
        == f"tariff rate . cheese but threatened a NUM duty on Freedonian wine. || {sentence}"
    )
    for value in (None, 30.0):
        assert status_model.model_text({**_fact("imposed", sentence), schema.VALUE: value}) == (
            f"tariff rate . {sentence}"
        )


def test_of_two_near_figures_the_window_is_around_the_closer_one():
    sentence = "Ruritania raised its duty from 25% to 25.2 percent on cheese."
    row = {**_fact("imposed", sentence), schema.VALUE: 25.2}
    assert status_model.model_text(row).startswith(
        "tariff rate . duty from 25% to NUM on cheese. ||"
    )
    for missing in (pd.NA, float("nan")):
        assert (
            status_model.model_text({**row, schema.VALUE: missing}) == f"tariff rate . {sentence}"
        )


def test_a_deficit_reads_around_its_figure():
    sentence = "Freedonia ran a deficit of $68 billion with Ruritania last year."
    row = {**_fact("reported", sentence), schema.TOPIC: "trade", schema.MEASURE: "balance"}
    text = status_model.model_text({**row, schema.VALUE: -68e9})
    assert text.startswith("trade balance . ran a deficit of NUM with Ruritania last year. ||")


def test_a_confident_model_replaces_the_rule_status_and_marks_the_rule(small_model):
    [fact] = status_model.relabel([_fact("imposed")], small_model, threshold=0.0)
    assert fact[schema.STATUS] == "announced"
    assert fact[schema.RULE] == "tariff.rate" + status_model.STATUS_MARK


def test_the_threshold_is_the_least_sureness_that_replaces(small_model):
    before = _fact("imposed")
    sure = max(small_model(status_model.model_text(before)).cats.values())
    assert (
        status_model.relabel([before], small_model, threshold=sure)[0][schema.STATUS] == "announced"
    )
    assert status_model.relabel([before], small_model, threshold=sure + 1e-6) == [before]


def test_mentions_of_one_fact_keep_one_status(small_model):
    """The model is sure of the first wording only; both mentions take its status, and the
    pipeline still counts them as one fact."""
    first = _fact("imposed")
    second = _fact(
        "imposed", evidence="Ruritania said a 30% rate on cheese from Freedonia is coming."
    )
    sure = max(small_model(status_model.model_text(first)).cats.values())
    out = status_model.relabel([first, second], small_model, threshold=sure)
    assert [f[schema.STATUS] for f in out] == ["announced", "announced"]


def test_a_fact_stated_twice_stays_one_fact_in_the_full_pipeline():
    """The second sentence repeats the first one's flow without its number; the rules fold it
    into the numbered fact, and the classifier may not give it a status of its own."""
    text = (
        "Russia supplied about 52 billion cubic metres of the EU's gas in 2024. Russian pipeline"
        " gas bought under long-term contracts will be banned from 30 September 2027."
    )
    rows = facts_of(build_nlp(), text)
    assert [(r[schema.VALUE], r[schema.MENTIONS]) for r in rows] == [(52e9, 2)]


@pytest.mark.parametrize("status", status_model.KEPT)
def test_a_status_the_rules_read_from_clause_words_is_never_replaced(small_model, status):
    before = _fact(status)
    assert status_model.relabel([before], small_model, threshold=0.0) == [before]


def test_the_model_never_gives_a_status_the_rules_read_from_clause_words(small_model):
    """Sure as it is that this wording threatens, a threat is the rules' call, not the model's."""
    threat = _fact("imposed", evidence="Ruritania threatened a 50% tariff on Freedonian oil.")
    cats = small_model(status_model.model_text(threat)).cats
    assert max(cats, key=cats.get) == "threatened"
    assert status_model.relabel([threat], small_model, threshold=0.0) == [threat]


def test_the_component_reads_the_model_it_is_given(tmp_path, small_model, nlp):
    small_model.to_disk(tmp_path / "m")
    component = PolicyStatus(str(tmp_path / "m"), threshold=0.0)
    doc = nlp.make_doc("x")
    doc._.policy_facts = [_fact("imposed")]
    assert component(doc)._.policy_facts[0][schema.STATUS] == "announced"


def test_train_status_writes_a_model_from_dev_lines_only(tmp_path, teaching_rows):
    gold = tmp_path / "gold.jsonl"
    held_out = _gold("test/b.txt", "tariff", "rate", "Ruritania lifted its 5% tariff.", "lifted")
    srsly.write_jsonl(gold, [*teaching_rows, held_out])
    out = tmp_path / "model"
    done = subprocess.run(
        [sys.executable, "-m", "pipeline", "train-status", str(gold), "--out", str(out)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    assert f"trained on {len(teaching_rows)} facts" in done.stdout
    meta = json.loads((out / "meta.json").read_text(encoding="utf-8"))
    assert meta[status_model.META_KEY]["fingerprint"] == status_model.fingerprint(teaching_rows)


def test_train_status_refuses_a_gold_file_without_dev_lines(tmp_path, capsys):
    gold = tmp_path / "gold.jsonl"
    srsly.write_jsonl(gold, [_gold("test/b.txt", "tariff", "rate", "B.", "imposed")])
    assert main(["train-status", str(gold), "--out", str(tmp_path / "m")]) == 1
    assert "no gold lines of dev/ articles" in capsys.readouterr().out
    assert not (tmp_path / "m").exists()


_PARAGRAPH = (
    "Ottawa imposed a 25% surcharge on US power, then lifted it a week later. "
    "Japan pledged to raise defence spending to 2% of GDP by 2027. "
    "Poland is in talks with the United States to buy 32 F-35 jets worth $4.6 billion. "
    "Germany wants to buy 35 F-35 jets worth $8 billion from the United States. "
    "The EU threatened a 25% tariff on American motorcycles. "
    "Norway will buy 14 K9 howitzers from South Korea for $200 million."
)
# what the rules read from words of a later event, a plan, a pledge and a threat
_KEPT_HERE = {
    ("CAN", 25.0): "lifted",
    ("JPN", 2.0): "pledged",
    ("POL", 4.6e9): "planned",
    ("DEU", 8e9): "planned",
    ("EUU", 25.0): "threatened",
}


def test_the_full_pipeline_changes_only_statuses_and_marks_each_change(nlp):
    rules = facts_of(nlp, _PARAGRAPH)
    full = facts_of(build_nlp(), _PARAGRAPH)
    assert len(full) == len(rules) == len(_KEPT_HERE) + 1
    ignore = (schema.STATUS, schema.RULE, schema.FACT_ID)
    for before, after in zip(rules, full, strict=True):
        assert {k: v for k, v in before.items() if k not in ignore} == {
            k: v for k, v in after.items() if k not in ignore
        }
        changed = before[schema.STATUS] != after[schema.STATUS]
        assert after[schema.RULE] == before[schema.RULE] + (
            status_model.STATUS_MARK if changed else ""
        )
    statuses = {(r[schema.ACTOR], r[schema.VALUE]): r[schema.STATUS] for r in full}
    assert {k: statuses[k] for k in _KEPT_HERE} == _KEPT_HERE
    assert any(r[schema.RULE].endswith(status_model.STATUS_MARK) for r in full)
