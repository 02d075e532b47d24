"""`reviewer eval` as a prompt engineer and CI use it: record, replay, stale cassettes,
re-scoring, thresholds, baselines and the JUnit file, on a team's own two-case suite."""

import copy
import json
import shutil
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
import yaml
from click.testing import CliRunner

from fake_openai_server import FakeOpenAIServer, api_error, chat_completion
from reviewer.cli import cli

TEAM_SUITE = Path(__file__).parent / "fixtures_eval" / "team"
SECRET_KEY = "sk-test-do-not-record-4242"
# A wide terminal, so the tables are not wrapped mid-phrase.
NO_MODEL_ENV = {"OPENAI_API_KEY": "", "OPENAI_BASE_URL": "", "REVIEWER_MODEL": "", "COLUMNS": "200"}
LIVE_MODEL = "gpt-4.1-mini-2025-04-14"


def run(*args, env=None):
    return CliRunner().invoke(cli, ["eval", *map(str, args)], env={**NO_MODEL_ENV, **(env or {})})


def words(text: str) -> str:
    """The report's text with table borders and line breaks reduced to single spaces."""
    return " ".join(text.replace("│", " ").split())


@pytest.fixture(scope="module")
def answers():
    """What the fake model says for each call, found by a name that only that call contains."""
    flat_pitch = {
        "summary": "Dana pitched and pushed a discount; both signals went unexplored.",
        "reset_moments": [
            {"turn": 4, "signal": "disengagement", "status": "missed", "quote": "Okay, cool.",
             "principle": "reset-button", "suggestion": "Pause and ask what would make this worth Lee's time."},
            {"turn": 6, "signal": "stall", "status": "missed", "quote": "just send me some information",
             "principle": "expect-brush-offs", "suggestion": "Ask what the information should show."},
        ],
        "pressure_vs_curiosity": {"stance": "pressure", "score": -0.6, "evidence": [
            {"turn": 5, "kind": "pressure", "quote": "this month only we're offering forty percent off",
             "principle": "curiosity-over-pressure"}]},
        "next_commitment": {"secured": False, "turn": None, "when": None, "level": None, "fallback_offered": False,
                            "agenda": False, "quote": None, "suggestion": "Book a follow-up time."},
        "coaching_points": [],
    }
    handled_stall = {
        "summary": "Priya explored the hesitation and left with a meeting.",
        "reset_moments": [
            {"turn": 6, "signal": "stall", "status": "handled", "quote": "I need to think about it.",
             "principle": "ask-the-concern", "suggestion": "She asked what Sam wanted to think through."}],
        "pressure_vs_curiosity": {"stance": "curiosity", "score": 0.7, "evidence": [
            {"turn": 7, "kind": "curiosity", "quote": "Can I ask what you would want to think through?",
             "principle": "offer-possible-reasons"}]},
        "next_commitment": {"secured": True, "turn": 10, "when": "Thursday at ten", "level": "explore",
                            "fallback_offered": True, "agenda": True, "quote": "Thursday at ten works.",
                            "suggestion": "Confirm the agenda in the invite."},
        "coaching_points": [],
    }
    return {"Lee": flat_pitch, "Sam": handled_stall}


def fake_model(answers, model=LIVE_MODEL):
    def respond(request):
        call = request["messages"][1]["content"]  # the call itself, also in a repair request
        answer = next(judgement for name, judgement in answers.items() if name in call)
        return chat_completion(json.dumps(answer), model=model, prompt_tokens=1200, completion_tokens=300)

    return respond


@pytest.fixture(scope="module")
def recorded(tmp_path_factory, answers):
    """The team suite with cassettes recorded from the fake "live" endpoint, key set."""
    root = tmp_path_factory.mktemp("recorded")
    shutil.copytree(TEAM_SUITE, root / "cases")
    (root / "eval.toml").write_text("missed_reset_f1 = 0.5\nstance_accuracy = 0.5\n")
    with FakeOpenAIServer(fake_model(answers)) as server:
        result = run("--engine", "openai", "--record", "--suite", root / "cases", "--base-url", server.url,
                     "--config", root / "eval.toml", env={"OPENAI_API_KEY": SECRET_KEY})
    assert result.exit_code == 0, result.output
    return root


@pytest.fixture
def project(recorded, tmp_path):
    """A private copy, so a test may edit transcripts or cassettes."""
    shutil.copytree(recorded, tmp_path, dirs_exist_ok=True)
    return tmp_path


def replay(project, *args):
    return run("--engine", "openai", "--suite", project / "cases", "--config", project / "eval.toml", *args)


def test_recording_writes_one_cassette_per_case_without_the_key(project):
    cassettes = sorted(p.name for p in (project / "cassettes").iterdir())
    assert cassettes == ["flat-pitch.json", "handled-stall.json"]
    for cassette in (project / "cassettes").iterdir():
        text = cassette.read_text()
        assert SECRET_KEY not in text
        assert "authorization" not in text.lower()


def test_replay_scores_every_case_with_no_key_and_shows_the_answering_model(project):
    result = replay(project)
    assert result.exit_code == 0, result.output
    assert f"answered by {LIVE_MODEL}" in result.stdout
    assert "synthetic" not in result.stdout
    assert "0.0019" in result.stdout  # 2 × (1200 in, 300 out) tokens at gpt-4.1-mini prices


def test_a_changed_transcript_makes_its_cassette_stale(project):
    transcript = project / "cases" / "transcripts" / "flat-pitch.txt"
    transcript.write_text(transcript.read_text().replace("Okay, cool.", "Okay, sure."))
    result = replay(project)
    assert result.exit_code == 3
    assert "stale cassettes for 1 case(s)" in result.stderr
    assert "flat-pitch" in result.stderr and "handled-stall" not in result.stderr
    assert f"reviewer eval --engine openai --record --suite {project / 'cases'} --case flat-pitch" in result.stderr


def test_a_cassette_whose_request_was_reformatted_by_hand_still_replays(project):
    """Matching is on the JSON the body holds, not on its bytes: spacing and key order are free."""
    cassette = project / "cassettes" / "flat-pitch.json"
    recorded = json.loads(cassette.read_text())
    for interaction in recorded["interactions"]:
        body = json.loads(interaction["request"]["body"])
        interaction["request"]["body"] = json.dumps(dict(reversed(body.items())), indent=2)
    cassette.write_text(json.dumps(recorded))
    result = replay(project, "--json", project / "run.json")
    assert result.exit_code == 0, result.output
    assert json.loads((project / "run.json").read_text())["results"]["metrics"]["parse_rate"] == 1.0


@pytest.mark.parametrize("content", ['{"interactions": [half written', '{"interactions": []}\n', ""])
def test_a_cassette_that_cannot_be_read_is_stale_not_a_crash(project, content):
    (project / "cassettes" / "flat-pitch.json").write_text(content)
    result = replay(project)
    assert result.exit_code == 3
    assert "stale cassettes for 1 case(s)" in result.stderr and "Traceback" not in result.output


def test_a_yaml_cassette_from_an_earlier_version_replays_and_recording_again_replaces_it(project, answers):
    cassettes = project / "cassettes"
    for recorded in cassettes.glob("*.json"):
        interactions = json.loads(recorded.read_text())
        recorded.with_suffix(".yaml").write_text(yaml.safe_dump(interactions))
        recorded.unlink()
    result = replay(project, "--json", project / "run.json")
    assert result.exit_code == 0, result.output
    assert json.loads((project / "run.json").read_text())["results"]["metrics"]["parse_rate"] == 1.0
    with FakeOpenAIServer(fake_model(answers)) as server:
        result = run("--engine", "openai", "--record", "--suite", project / "cases", "--case", "flat-pitch",
                     "--base-url", server.url, "--config", project / "eval.toml")
    assert result.exit_code == 0, result.output
    assert sorted(p.name for p in cassettes.iterdir()) == ["flat-pitch.json", "handled-stall.yaml"]


def test_a_changed_model_name_makes_every_cassette_stale(project):
    result = replay(project, "--model", "gpt-4.1")
    assert result.exit_code == 3
    assert "stale cassettes for 2 case(s)" in result.stderr and "every case" in result.stderr
    assert result.stderr.rstrip().endswith("--record --suite " + str(project / "cases"))


def test_synthetic_cassettes_are_never_presented_as_a_model(project):
    for case_id in ("flat-pitch", "handled-stall"):
        (project / "cassettes" / f"{case_id}.synthetic").write_text("hand-written\n")
    result = replay(project)
    assert result.exit_code == 0, result.output
    assert "synthetic responses" in result.stdout.lower()
    assert "not a model's quality" in words(result.stdout)


def test_a_saved_run_rescores_to_the_same_scores(project):
    assert replay(project, "--json", project / "run.json").exit_code == 0
    again = run("--rescore", project / "run.json", "--config", project / "eval.toml", "--json", project / "again.json")
    assert again.exit_code == 0, again.output
    first = json.loads((project / "run.json").read_text())["results"]
    second = json.loads((project / "again.json").read_text())["results"]
    assert first == second
    assert first["metrics"]["stance_accuracy"] == 1.0


def test_a_metric_below_its_threshold_fails_with_its_value_and_threshold(project):
    (project / "strict.toml").write_text("stance_accuracy = 1.0\n")
    replay(project, "--json", project / "run.json")
    run_log = json.loads((project / "run.json").read_text())
    run_log["cases"][1]["critique"]["pressure_vs_curiosity"]["stance"] = "pressure"
    (project / "worse.json").write_text(json.dumps(run_log))
    result = run("--rescore", project / "worse.json", "--config", project / "strict.toml")
    assert result.exit_code == 1
    assert "stance_accuracy = 0.500 is below the threshold 1.000" in result.stderr


def test_the_baseline_lists_each_metric_change_and_the_case_that_broke(project):
    replay(project, "--json", project / "run.json")
    run_log = json.loads((project / "run.json").read_text())
    broken = copy.deepcopy(run_log)
    broken["cases"][1]["critique"]["next_commitment"]["secured"] = False
    (project / "broken.json").write_text(json.dumps(broken))
    result = run("--rescore", project / "broken.json", "--baseline", project / "run.json",
                 "--config", project / "eval.toml")
    out = words(result.stdout)
    assert "right → wrong handled-stall: commitment" in out
    assert "commitment accuracy 1.000 0.500 -0.500" in out


def test_junit_has_one_testcase_per_case_and_fails_the_wrong_one(project):
    replay(project, "--json", project / "run.json")
    run_log = json.loads((project / "run.json").read_text())
    run_log["cases"][0]["critique"]["reset_moments"] = []
    (project / "worse.json").write_text(json.dumps(run_log))
    run("--rescore", project / "worse.json", "--config", project / "eval.toml", "--junit", project / "eval.xml")
    suite = ET.parse(project / "eval.xml").getroot().find("testsuite")
    cases = {case.get("name"): case for case in suite.iter("testcase")}
    assert sorted(cases) == ["flat-pitch", "handled-stall"]
    assert suite.get("tests") == "2" and suite.get("failures") == "1"
    failure = cases["flat-pitch"].find("failure")
    assert "missed reset labelled at turn 4, 6 not found" in failure.get("message")
    assert cases["handled-stall"].find("failure") is None


def test_junit_reports_a_stale_case_as_an_error(project):
    (project / "cassettes" / "handled-stall.json").unlink()
    result = replay(project, "--junit", project / "eval.xml")
    assert result.exit_code == 3
    cases = {c.get("name"): c for c in ET.parse(project / "eval.xml").getroot().iter("testcase")}
    assert cases["handled-stall"].find("error").get("type") == "stale-cassette"


def test_a_teams_own_suite_runs_on_the_offline_engine(tmp_path):
    lenient = tmp_path / "lenient.toml"
    lenient.write_text("missed_reset_f1 = 0\nstance_accuracy = 0\ncommitment_accuracy = 0\n")
    result = run("--suite", TEAM_SUITE, "--config", lenient, "--json", tmp_path / "offline.json")
    assert result.exit_code == 0, result.output
    saved = json.loads((tmp_path / "offline.json").read_text())
    assert saved["engine"] == "offline"
    assert [c["case"]["id"] for c in saved["cases"]] == ["flat-pitch", "handled-stall"]
    assert all(c["outcome"] == "scored" for c in saved["cases"])
    assert "2 cases from" in result.stdout


def test_the_terminal_shows_the_most_used_tags_and_the_run_log_keeps_them_all(tmp_path):
    shutil.copytree(TEAM_SUITE, tmp_path / "cases")
    case = (tmp_path / "cases" / "flat-pitch.yaml").read_text()
    for n in range(30):
        copy_of = case.replace("id: flat-pitch", f"id: flat-pitch-{n}")
        (tmp_path / "cases" / f"flat-pitch-{n}.yaml").write_text(copy_of.replace("pressure]", f"pressure, author-{n:02}]"))
    lenient = tmp_path / "lenient.toml"
    lenient.write_text("missed_reset_f1 = 0\nstance_accuracy = 0\ncommitment_accuracy = 0\n")
    result = run("--suite", tmp_path / "cases", "--config", lenient, "--json", tmp_path / "run.json")
    shown = words(result.stdout)
    assert "stall 32" in shown and "pressure 31" in shown and "author-22 1" in shown
    assert "author-23" not in shown
    assert "8 tags on fewer cases are left out here" in shown
    assert len(json.loads((tmp_path / "run.json").read_text())["results"]["tags"]) == 33


def test_an_answer_that_does_not_parse_is_recorded_and_counted(tmp_path, answers):
    shutil.copytree(TEAM_SUITE, tmp_path / "cases")
    broken = {**answers, "Sam": {"summary": "no findings"}}
    with FakeOpenAIServer(fake_model(broken)) as server:
        recording = run("--engine", "openai", "--record", "--suite", tmp_path / "cases", "--base-url", server.url)
    assert recording.exit_code == 1
    result = run("--engine", "openai", "--suite", tmp_path / "cases", "--junit", tmp_path / "eval.xml")
    assert "parse_rate = 0.500 is below the threshold" in result.stderr
    cases = {c.get("name"): c for c in ET.parse(tmp_path / "eval.xml").getroot().iter("testcase")}
    assert cases["handled-stall"].find("error").get("type") == "engine-error"


def test_a_broken_case_file_is_one_line_naming_it(tmp_path):
    shutil.copytree(TEAM_SUITE, tmp_path / "cases")
    (tmp_path / "cases" / "typo.yaml").write_text("id: typo\ntranscript: transcripts/flat-pitch.txt\nexpect:\n  stance: pushy\n")
    result = run("--suite", tmp_path / "cases")
    assert result.exit_code == 2
    assert result.stderr.count("\n") == 1
    assert "typo.yaml" in result.stderr and "expect.stance" in result.stderr


def test_a_refused_key_stops_recording_and_keeps_the_old_cassettes(project):
    before = (project / "cassettes" / "flat-pitch.json").read_text()
    with FakeOpenAIServer(lambda request: api_error(401, "Incorrect API key provided")) as server:
        result = run("--engine", "openai", "--record", "--suite", project / "cases", "--base-url", server.url,
                     env={"OPENAI_API_KEY": "sk-wrong"})
    assert result.exit_code == 1
    assert "rejected the API key" in result.stderr
    assert (project / "cassettes" / "flat-pitch.json").read_text() == before
    assert not list((project / "cassettes").glob("*.recording"))


def test_recording_needs_a_key_or_a_base_url():
    result = run("--engine", "openai", "--record", "--suite", TEAM_SUITE)
    assert result.exit_code == 2
    assert "OPENAI_API_KEY" in result.stderr


def test_rescore_refuses_options_that_would_run_an_engine(project):
    replay(project, "--json", project / "run.json")
    result = run("--rescore", project / "run.json", "--engine", "openai")
    assert result.exit_code == 2 and "--engine" in result.stderr


def test_several_processes_give_the_run_one_process_gives_in_the_order_of_the_cases(tmp_path):
    suite = tmp_path / "cases"
    shutil.copytree(TEAM_SUITE / "transcripts", suite / "transcripts")
    case_files = sorted(TEAM_SUITE.glob("*.yaml"))
    for number in range(70):
        source = case_files[number % len(case_files)]
        case = yaml.safe_load(source.read_text())
        case["id"] = f"call-{number:02d}"
        (suite / f"call-{number:02d}.yaml").write_text(yaml.safe_dump(case))
    lenient = tmp_path / "lenient.toml"
    lenient.write_text("missed_reset_f1 = 0\nstance_accuracy = 0\ncommitment_accuracy = 0\n")
    saved = {}
    for jobs in (1, 2):
        result = run("--suite", suite, "--config", lenient, "--jobs", jobs, "--json", tmp_path / f"{jobs}.json")
        assert result.exit_code == 0, result.output
        saved[jobs] = json.loads((tmp_path / f"{jobs}.json").read_text())
    assert [c["case"]["id"] for c in saved[2]["cases"]] == [f"call-{n:02d}" for n in range(70)]
    assert [c["critique"] for c in saved[2]["cases"]] == [c["critique"] for c in saved[1]["cases"]]
    assert saved[2]["results"]["metrics"] == saved[1]["results"]["metrics"]
