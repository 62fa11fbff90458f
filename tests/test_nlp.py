"""The nlp object: blank English plus the policy components, a model only when asked for."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from pipeline.nlp import build_nlp

ROOT = Path(__file__).resolve().parents[1]


def test_the_default_pipeline_needs_no_trained_model():
    nlp = build_nlp()
    assert nlp.meta["name"] == "pipeline"  # spacy.blank("en"), not a packaged model
    assert nlp.pipe_names == [
        "sentencizer",
        "policy_lines",
        "policy_mentions",
        "policy_facts",
        "policy_status",
    ]
    assert build_nlp(statuses=False).pipe_names == nlp.pipe_names[:-1]


def test_a_model_that_is_not_installed_is_a_clear_error():
    with pytest.raises(SystemExit, match="not installed.*run without --model"):
        build_nlp("en_core_web_does_not_exist")


def test_extract_with_a_missing_model_fails_without_a_traceback(tmp_path):
    article = tmp_path / "a.txt"
    article.write_text("Canada imposed a 25% tariff on Chinese steel.\n", encoding="utf-8")
    done = subprocess.run(
        [
            sys.executable,
            "-m",
            "pipeline",
            "extract",
            "--model",
            "en_core_web_does_not_exist",
            str(article),
        ],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode != 0
    assert "not installed" in done.stderr
    assert "Traceback" not in done.stderr


def test_line_breaks_end_sentences():
    doc = build_nlp()(
        "Headline about tariffs\n- a bullet without a full stop\nBody text follows. And more."
    )
    assert [s.text.strip() for s in doc.sents] == [
        "Headline about tariffs",
        "- a bullet without a full stop",
        "Body text follows.",
        "And more.",
    ]


def test_a_run_on_text_without_breaks_is_cut_into_bounded_sentences():
    from pipeline.components import MAX_SENTENCE_TOKENS

    doc = build_nlp()("tariff duty levy " * 1000)
    assert max(len(s) for s in doc.sents) <= MAX_SENTENCE_TOKENS
