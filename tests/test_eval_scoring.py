"""Scorers and metrics: the matching rules of the contract, on hand-made critiques."""

import copy

import pytest

from reviewer.engines import EngineResult
from reviewer.evals.cases import Case
from reviewer.evals.metrics import DEFAULT_PRICES, aggregate, by_tag, price_of
from reviewer.evals.scoring import match_moments, score_case
from reviewer.evals.thresholds import check, load_config
from reviewer.schema import Critique, EngineInfo, Judgement, TranscriptInfo, Usage
from reviewer.stats import call_stats


def make_critique(transcript, judgement: dict, *, model=None, usage=None) -> Critique:
    result = EngineResult(judgement=Judgement.model_validate(judgement), usage=usage, model=model)
    return Critique(
        transcript=TranscriptInfo(
            source=transcript.source, format=transcript.format, turns=len(transcript.turns),
            rep=transcript.rep, rep_inferred=False, prospects=transcript.prospects,
        ),
        engine=EngineInfo(name="openai", model=result.model),
        summary=result.judgement.summary,
        reset_moments=result.judgement.reset_moments,
        pressure_vs_curiosity=result.judgement.pressure_vs_curiosity,
        next_commitment=result.judgement.next_commitment,
        coaching_points=result.judgement.coaching_points,
        stats=call_stats(transcript),
        usage=result.usage,
    )


def make_case(**expect) -> Case:
    labels = {"stance": "pressure", "commitment": {"secured": False, "turn": None, "fallback_offered": False}}
    ignore_turns = expect.pop("ignore_turns", [])
    tags = expect.pop("tags", ["stall"])
    return Case(id="sales-call", transcript="sales-call.txt", expect={**labels, **expect},
                ignore_turns=ignore_turns, tags=tags)


@pytest.fixture
def critique(sales_call, grounded_judgement):
    return make_critique(sales_call, grounded_judgement)


# --- reset moment matching -------------------------------------------------------------------

def test_a_moment_one_turn_off_matches_and_two_turns_off_does_not():
    assert match_moments([5], [6], []).matched == [(5, 6)]
    two_off = match_moments([8], [6], [])
    assert two_off.matched == [] and two_off.false_positives == [8] and two_off.false_negatives == [6]


def test_matching_is_one_to_one_and_takes_the_nearest_turn_first():
    match = match_moments([6, 7], [7], [])
    assert match.matched == [(7, 7)]
    assert match.false_positives == [6]
    twice = match_moments([7, 7], [7], [])
    assert twice.matched == [(7, 7)] and twice.false_positives == [7]


def test_a_prediction_next_to_an_ignored_turn_counts_neither_way():
    match = match_moments([11, 20], [20], ignore_turns=[12])
    assert match.ignored == [11]
    assert match.false_positives == [] and match.matched == [(20, 20)]
    assert match_moments([14], [], ignore_turns=[12]).false_positives == [14]


def test_a_moment_with_the_wrong_status_is_wrong_twice(sales_call, grounded_judgement):
    judgement = copy.deepcopy(grounded_judgement)
    judgement["reset_moments"][1]["status"] = "handled"
    score = score_case(make_case(missed_resets=[4, 6]), make_critique(sales_call, judgement), sales_call)
    assert score.missed.false_negatives == [6]
    assert score.handled.false_positives == [6]
    assert score.wrong_checks() == ["missed resets", "handled resets"]


def test_the_labelled_call_scores_right_on_every_check(sales_call, critique):
    score = score_case(make_case(missed_resets=[4, 6]), critique, sales_call)
    assert score.wrong_checks() == []
    assert score.quotes == score.verbatim_quotes == 3


# --- stance, commitment, fallback, quotes ----------------------------------------------------

def test_stance_is_compared_with_the_label(sales_call, critique):
    score = score_case(make_case(missed_resets=[4, 6], stance="balanced"), critique, sales_call)
    assert not score.stance.correct
    assert (score.stance.expected, score.stance.predicted) == ("balanced", "pressure")


@pytest.mark.parametrize(("predicted_turn", "correct"), [(8, True), (4, True), (3, False), (None, False)])
def test_a_secured_commitment_must_name_a_turn_within_two(sales_call, grounded_judgement, predicted_turn, correct):
    judgement = copy.deepcopy(grounded_judgement)
    judgement["next_commitment"].update(secured=True, turn=predicted_turn)
    case = make_case(missed_resets=[4, 6], commitment={"secured": True, "turn": 6})
    assert score_case(case, make_critique(sales_call, judgement), sales_call).commitment.correct is correct


def test_commitment_is_wrong_when_secured_disagrees(sales_call, critique):
    case = make_case(missed_resets=[4, 6], commitment={"secured": True, "turn": 8})
    assert not score_case(case, critique, sales_call).commitment.correct


def test_fallback_is_scored_only_where_labelled(sales_call, critique):
    unlabelled = make_case(missed_resets=[4, 6], commitment={"secured": False})
    assert score_case(unlabelled, critique, sales_call).fallback is None
    labelled = make_case(missed_resets=[4, 6], commitment={"secured": False, "fallback_offered": True})
    assert score_case(labelled, critique, sales_call).fallback.correct is False


def test_a_quote_not_in_its_turn_lowers_the_verbatim_share(sales_call, grounded_judgement):
    judgement = copy.deepcopy(grounded_judgement)
    judgement["reset_moments"][0]["quote"] = "Okay, sounds great."
    score = score_case(make_case(missed_resets=[4, 6]), make_critique(sales_call, judgement), sales_call)
    assert (score.verbatim_quotes, score.quotes) == (2, 3)
    assert aggregate([score], DEFAULT_PRICES).verbatim_quote_share == pytest.approx(2 / 3)


def test_no_critique_scores_as_finding_nothing(sales_call):
    score = score_case(make_case(missed_resets=[4, 6]), None, sales_call)
    assert score.outcome == "error"
    assert score.missed.false_negatives == [4, 6]
    assert aggregate([score], DEFAULT_PRICES).parse_rate == 0


# --- aggregation, cost and thresholds --------------------------------------------------------

def test_detection_metrics_pool_the_counts_of_all_cases(sales_call, critique):
    right = score_case(make_case(missed_resets=[4, 6], tags=["pressure"]), critique, sales_call)
    one_missing = score_case(make_case(missed_resets=[2, 4, 6], tags=["stall"]), critique, sales_call)
    metrics = aggregate([right, one_missing], DEFAULT_PRICES)
    assert metrics.missed_reset_precision == 1.0
    assert metrics.missed_reset_recall == pytest.approx(4 / 5)
    assert metrics.missed_reset_f1 == pytest.approx(8 / 9)
    assert metrics.handled_reset_f1 is None  # nothing labelled, nothing predicted: n/a, not 0 or 1
    assert by_tag([right, one_missing], DEFAULT_PRICES)["pressure"].missed_reset_recall == 1.0


def test_cost_comes_from_recorded_usage_and_is_never_guessed(sales_call, grounded_judgement):
    usage = Usage(prompt_tokens=1_000_000, completion_tokens=500_000)
    case = make_case(missed_resets=[4, 6])
    known = score_case(case, make_critique(sales_call, grounded_judgement, model="gpt-4.1-mini-2025-04-14", usage=usage), sales_call)
    unknown = score_case(case, make_critique(sales_call, grounded_judgement, model="my-local-llama", usage=usage), sales_call)
    assert price_of("gpt-4.1-mini-2025-04-14", DEFAULT_PRICES) == DEFAULT_PRICES["gpt-4.1-mini"]
    assert aggregate([known], DEFAULT_PRICES).cost_usd == pytest.approx(0.40 + 0.80)
    assert aggregate([known, unknown], DEFAULT_PRICES).cost_usd is None
    assert aggregate([known, unknown], DEFAULT_PRICES).prompt_tokens == 2_000_000


def test_thresholds_come_from_pyproject_with_per_engine_overrides(tmp_path):
    (tmp_path / "pyproject.toml").write_text(
        "[tool.reviewer.eval]\nstance_accuracy = 0.8\n[tool.reviewer.eval.offline]\nstance_accuracy = 0.5\n"
        "[tool.reviewer.eval.prices]\n\"my-model\" = {input = 1.0, output = 2.0}\n"
    )
    nested = tmp_path / "a" / "b"
    nested.mkdir(parents=True)
    config = load_config(cwd=nested)
    assert config.thresholds_for("openai")["stance_accuracy"] == 0.8
    assert config.thresholds_for("offline")["stance_accuracy"] == 0.5
    assert config.prices["my-model"] == (1.0, 2.0)


def test_a_misspelt_threshold_is_refused(tmp_path):
    config = tmp_path / "eval.toml"
    config.write_text("stance_acuracy = 0.8\n")
    with pytest.raises(Exception, match="unknown eval setting 'stance_acuracy'"):
        load_config(config)


def test_a_metric_below_its_threshold_is_named_with_value_and_threshold(sales_call, critique):
    metrics = aggregate([score_case(make_case(missed_resets=[4, 6], stance="curiosity"), critique, sales_call)], DEFAULT_PRICES)
    failures = check(metrics, {"stance_accuracy": 0.75, "missed_reset_f1": 0.75})
    assert [f.message() for f in failures] == ["stance_accuracy = 0.000 is below the threshold 0.750"]
