import pandas as pd
import pytest

from pipeline import schema
from pipeline.evaluate import Score, article_key, format_kinds, format_report, matches, score

ARTICLE = "dev/summit.txt"
DOC = "sample_data/articles/dev/summit.txt"

DEFICIT = {
    "article": ARTICLE,
    "topic": "trade",
    "measure": "balance",
    "actor": "USA",
    "partner": "JPN",
    "value": -68e9,
    "unit": "USD",
    "year": None,
    "status": "reported",
    "negated": False,
}
TARIFF_THREAT = {
    "article": ARTICLE,
    "topic": "tariff",
    "measure": "rate",
    "actor": "USA",
    "partner": "JPN",
    "value": None,
    "unit": None,
    "year": None,
    "status": "threatened",
    "negated": False,
}
TARIFF_CHINA = {
    "article": ARTICLE,
    "topic": "tariff",
    "measure": "rate",
    "actor": "USA",
    "partner": "CHN",
    "value": 10.0,
    "unit": "percent",
    "year": 2025,
    "status": "imposed",
    "negated": False,
}
DEFENSE = {
    "article": ARTICLE,
    "topic": "defense_spending",
    "measure": "share_gdp",
    "actor": "JPN",
    "partner": None,
    "value": 2.0,
    "unit": "percent_gdp",
    "year": 2027,
    "status": "pledged",
    "negated": False,
}


def predicted(*golds: dict, doc: str = DOC, **changes) -> pd.DataFrame:
    """A typed prediction frame holding the given gold facts, with `changes` applied to each."""
    rows = []
    for gold in golds:
        row = {k: v for k, v in gold.items() if k != "article"}
        row.update(changes)
        row[schema.DOC] = doc
        rows.append(row)
    return schema.facts_frame(rows)


def counts(s: Score) -> tuple[int, int, int]:
    return s.tp, s.fp, s.fn


def test_exact_match_is_a_true_positive():
    report = score([DEFICIT], predicted(DEFICIT))
    assert counts(report.overall) == (1, 0, 0)
    assert (report.overall.precision, report.overall.recall, report.overall.f1) == (1.0, 1.0, 1.0)


@pytest.mark.parametrize("value", [-68.5e9, -67.4e9, -68e9 * 1.0099])
def test_value_within_one_percent_matches(value):
    report = score([DEFICIT], predicted(DEFICIT, value=value))
    assert counts(report.overall) == (1, 0, 0)


@pytest.mark.parametrize("value", [-69e9, -66e9, 68e9, None])
def test_value_off_by_more_than_one_percent_or_missing_or_sign_flipped_does_not_match(value):
    report = score([DEFICIT], predicted(DEFICIT, value=value))
    assert counts(report.overall) == (0, 1, 1)


def test_both_values_absent_match():
    report = score([TARIFF_THREAT], predicted(TARIFF_THREAT))
    assert counts(report.overall) == (1, 0, 0)


def test_wrong_partner_is_one_false_positive_and_one_false_negative():
    report = score([DEFICIT], predicted(DEFICIT, partner="KOR"))
    assert counts(report.overall) == (0, 1, 1)
    assert counts(report.topics["trade"]) == (0, 1, 1)
    assert [m["partner"] for m in report.misses] == ["JPN"]
    assert [s["partner"] for s in report.spurious] == ["KOR"]


def test_null_partner_does_not_match_a_named_partner():
    report = score([DEFICIT], predicted(DEFICIT, partner=None))
    assert counts(report.overall) == (0, 1, 1)


def test_the_sides_of_two_way_trade_match_in_either_order():
    total = {**DEFICIT, "measure": "total", "value": 230e9}
    assert counts(score([total], predicted(total, actor="JPN", partner="USA")).overall) == (1, 0, 0)
    swapped = predicted(DEFICIT, actor="JPN", partner="USA")
    assert counts(score([DEFICIT], swapped).overall) == (0, 1, 1)


def test_gold_without_measure_accepts_any_measure():
    gold = {**TARIFF_THREAT, "measure": None}
    assert counts(score([gold], predicted(TARIFF_THREAT)).overall) == (1, 0, 0)


def test_gold_measure_must_agree_when_given():
    report = score([DEFICIT], predicted(DEFICIT, measure="exports"))
    assert counts(report.overall) == (0, 1, 1)


def test_status_mismatch_still_matches_but_lowers_status_accuracy():
    gold = [DEFICIT, TARIFF_CHINA]
    report = score(
        gold, pd.concat([predicted(DEFICIT), predicted(TARIFF_CHINA, status="announced")])
    )
    assert counts(report.overall) == (2, 0, 0)
    assert report.matched == 2
    assert report.attribute_accuracy(schema.STATUS) == 0.5
    assert report.attribute_accuracy(schema.YEAR) == 1.0


def test_year_and_product_mismatches_lower_their_own_accuracy_only():
    report = score([TARIFF_CHINA], predicted(TARIFF_CHINA, year=2026, product="steel"))
    assert counts(report.overall) == (1, 0, 0)
    assert report.attribute_accuracy(schema.YEAR) == 0.0
    assert report.attribute_accuracy(schema.PRODUCT) == 0.0
    assert report.attribute_accuracy(schema.STATUS) == 1.0
    assert report.attribute_accuracy(schema.NEGATED) == 1.0


def test_the_better_agreeing_prediction_is_chosen_for_a_gold_fact():
    preds = pd.concat([predicted(TARIFF_CHINA, status="threatened"), predicted(TARIFF_CHINA)])
    report = score([TARIFF_CHINA], preds)
    assert counts(report.overall) == (1, 1, 0)
    assert report.attribute_accuracy(schema.STATUS) == 1.0
    assert [s["status"] for s in report.spurious] == ["threatened"]


def test_one_prediction_matches_at_most_one_gold_fact():
    report = score([TARIFF_CHINA, TARIFF_CHINA], predicted(TARIFF_CHINA))
    assert counts(report.overall) == (1, 0, 1)


def test_numbers_are_kept_per_topic():
    gold = [DEFICIT, TARIFF_THREAT, TARIFF_CHINA, DEFENSE]
    preds = pd.concat(
        [
            predicted(DEFICIT),  # trade: tp
            predicted(TARIFF_CHINA),  # tariff: tp; TARIFF_THREAT is missed
            predicted(DEFENSE, value=3.5),  # defense: a wrong number is fp + fn
            predicted({**DEFENSE, "topic": "energy", "measure": "purchase", "partner": "USA"}),
        ]
    )
    report = score(gold, preds)
    assert counts(report.topics["trade"]) == (1, 0, 0)
    assert counts(report.topics["tariff"]) == (1, 0, 1)
    assert counts(report.topics["defense_spending"]) == (0, 1, 1)
    assert counts(report.topics["energy"]) == (0, 1, 0)
    assert counts(report.topics["investment"]) == (0, 0, 0)
    assert counts(report.overall) == (2, 2, 2)
    assert report.topics["tariff"].recall == 0.5
    assert report.topics["tariff"].precision == 1.0


def test_empty_scores_are_zero_not_an_error():
    s = Score()
    assert (s.precision, s.recall, s.f1) == (0.0, 0.0, 0.0)


@pytest.mark.parametrize(
    ("doc", "expected"),
    [
        ("sample_data/articles/dev/x.txt", "dev/x.txt"),
        ("/abs/path/sample_data/articles/dev/x.txt", "dev/x.txt"),
        ("dev/x.txt", "dev/x.txt"),
        ("sample_data\\articles\\dev\\x.txt", "dev/x.txt"),
        ("sample_data/articles/olddev/x.txt", None),
        ("sample_data/articles/test/x.txt", None),
        ("x.txt", None),
        ("sample_data/articles/dev/wire.jsonl#3", "dev/wire.jsonl#3"),
    ],
)
def test_article_path_suffix_matching(doc, expected):
    gold_articles = {"dev/x.txt", "dev/wire.jsonl#3"}
    assert article_key(doc, gold_articles) == expected


def test_the_longest_gold_name_wins():
    assert (
        article_key("articles/test/dev/x.txt", {"dev/x.txt", "test/dev/x.txt"}) == "test/dev/x.txt"
    )


def test_predictions_under_a_longer_path_are_scored_against_the_gold_article():
    report = score(
        [DEFICIT], predicted(DEFICIT, doc="/tmp/checkout/sample_data/articles/dev/summit.txt")
    )
    assert counts(report.overall) == (1, 0, 0)
    assert report.articles == 1


def test_gold_of_unread_articles_is_ignored():
    other = {**DEFICIT, "article": "dev/other.txt"}
    report = score([DEFICIT, other], predicted(DEFICIT))
    assert counts(report.overall) == (1, 0, 0)
    assert report.articles == 1


def test_a_read_article_without_predictions_counts_its_gold_as_missed():
    preds = schema.empty_facts()
    preds.attrs["read_paths"] = [DOC]
    report = score([DEFICIT, TARIFF_CHINA], preds)
    assert counts(report.overall) == (0, 0, 2)
    assert report.articles == 1


def test_matches_ignores_status_year_and_product():
    pred = {**TARIFF_CHINA, "status": "lifted", "year": 2020, "product": "autos"}
    assert matches(TARIFF_CHINA, pred)
    assert not matches(TARIFF_CHINA, {**TARIFF_CHINA, "actor": "CAN"})


def test_format_report_lists_every_topic_and_overall():
    text = format_report(score([DEFICIT], predicted(DEFICIT)))
    lines = text.splitlines()
    assert lines[0].split() == ["topic", "gold", "pred", "P", "R", "F1"]
    names = [line.split()[0] for line in lines[1 : 2 + len(schema.TOPICS)]]
    assert names == [*schema.TOPICS, "overall"]
    assert lines[1 + len(schema.TOPICS)].split() == ["overall", "1", "1", "1.000", "1.000", "1.000"]


def test_error_kinds_tell_wrong_roles_from_other_topics_and_absent_facts():
    report = score(
        [DEFICIT, TARIFF_CHINA, DEFENSE],
        pd.concat(
            [
                predicted(DEFICIT, partner="KOR"),  # same number, wrong partner
                predicted(TARIFF_CHINA, topic="trade", measure="share"),  # same number, other topic
                predicted(TARIFF_THREAT, partner="MEX"),  # nothing like it in the gold
            ]
        ),
    )
    assert dict(report.kinds) == {
        ("missed", "trade", "roles differ: partner wrong"): 1,
        ("spurious", "trade", "roles differ: partner wrong"): 1,
        ("missed", "tariff", "other topic"): 1,
        ("spurious", "trade", "other topic"): 1,
        ("missed", "defense_spending", "not found, silent"): 1,
        ("spurious", "tariff", "not in gold, no value, unannotated"): 1,
    }


def test_error_kinds_pair_rows_one_to_one_and_keep_blank_values_apart():
    other_threat = {**TARIFF_THREAT, "partner": "KOR"}
    report = score(
        [TARIFF_THREAT, other_threat, DEFICIT],
        pd.concat(
            [
                predicted(TARIFF_THREAT, partner="MEX"),  # one value-less tariff for two missed
                predicted(DEFICIT, value=None),  # a blank value is not the deficit's number
            ]
        ),
    )
    assert dict(report.kinds) == {
        ("missed", "tariff", "no value, roles differ: partner wrong"): 1,
        ("spurious", "tariff", "no value, roles differ: partner wrong"): 1,
        ("missed", "tariff", "not found, no value, silent"): 1,
        ("missed", "trade", "not found, silent"): 1,
        ("spurious", "trade", "not in gold, no value, unannotated"): 1,
    }


def test_error_kinds_say_whether_the_other_side_cites_the_sentence():
    said = "Tokyo and Washington met."
    gold = [{**DEFICIT, "evidence": said}, {**DEFENSE, "evidence": "Elsewhere."}]
    report = score(
        gold,
        pd.concat(
            [
                predicted(TARIFF_THREAT, evidence=f"- {said}"),  # a bullet holding the sentence
                predicted(TARIFF_CHINA, evidence="Unannotated."),
            ]
        ),
    )
    assert dict(report.kinds) == {
        ("missed", "trade", "not found, sentence read"): 1,
        ("missed", "defense_spending", "not found, silent"): 1,
        ("spurious", "tariff", "not in gold, no value, sentence annotated"): 1,
        ("spurious", "tariff", "not in gold, unannotated"): 1,
    }


def test_error_kinds_show_counts_and_no_text():
    report = score([DEFICIT], predicted(DEFICIT, partner="KOR", evidence="A secret sentence."))
    text = format_kinds(report)
    assert "roles differ: partner wrong" in text
    assert "secret" not in text


def test_error_kinds_name_swapped_missing_and_extra_roles():
    swapped = {**TARIFF_CHINA, "actor": TARIFF_CHINA["partner"], "partner": TARIFF_CHINA["actor"]}
    report = score(
        [TARIFF_CHINA, DEFICIT],
        pd.concat([predicted(swapped), predicted(DEFICIT, partner=None, measure="exports")]),
    )
    assert dict(report.kinds) == {
        ("missed", "tariff", "actor and partner swapped"): 1,
        ("spurious", "tariff", "actor and partner swapped"): 1,
        ("missed", "trade", "roles differ: partner missing, measure wrong"): 1,
        ("spurious", "trade", "roles differ: partner missing, measure wrong"): 1,
    }
