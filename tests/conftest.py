import copy

import pytest

from reviewer.store import open_store
from reviewer.transcript.model import Transcript, Utterance

from team_calls import digest, team_calls

# Request headers that carry credentials; they never reach a cassette.
SECRET_HEADERS = ["authorization", "api-key", "x-api-key", "openai-organization", "openai-project", "cookie"]


def _without_secret_response_headers(response):
    response["headers"] = {
        name: value for name, value in response["headers"].items()
        if name.lower() not in {"set-cookie", "openai-organization", "openai-project"}
    }
    return response


@pytest.fixture
def vcr_config(record_mode):
    """Cassettes replay by request body, so a changed prompt no longer matches; host and port
    are left out so a recording made against a loopback server replays at any base URL.
    Replay only ("none") unless `--record-mode` is given on the command line."""
    return {
        "match_on": ("method", "path", "body"),
        "filter_headers": SECRET_HEADERS,
        "before_record_response": _without_secret_response_headers,
        "record_mode": record_mode,
    }


@pytest.fixture
def sales_call() -> Transcript:
    """A short call with a missed flat reply, a pressure ploy and an unprobed brush-off."""
    lines = [
        ("Dana", "Thanks for making time, Lee. I'd love to walk you through our scheduling platform."),
        ("Lee", "Sure, go ahead."),
        ("Dana", "It syncs every calendar, books rooms automatically and sends reminders. Teams love it."),
        ("Lee", "Okay, cool."),
        ("Dana", "And this month only we're offering forty percent off, so you really should sign today."),
        ("Lee", "Honestly, just send me some information and I'll think about it."),
        ("Dana", "Sure, I'll send it over."),
        ("Lee", "Thanks, bye."),
    ]
    utterances = [Utterance(speaker=speaker, text=text, start=i * 20.0) for i, (speaker, text) in enumerate(lines)]
    return Transcript.build(utterances, source="sales-call.txt", format="text", rep="Dana")


@pytest.fixture
def grounded_judgement() -> dict:
    """A hand-written judgement of `sales_call` whose every quote is verbatim in its turn."""
    return {
        "summary": "Dana pitched features and a discount without finding a problem, and let the call end on a brush-off.",
        "reset_moments": [
            {"turn": 4, "signal": "disengagement", "status": "missed", "quote": "Okay, cool.",
             "principle": "reset-button", "suggestion": "Pause and ask what would make this worth Lee's time."},
            {"turn": 6, "signal": "stall", "status": "missed", "quote": "just send me some information",
             "principle": "expect-brush-offs", "suggestion": "Ask what the information should show before sending it."},
        ],
        "pressure_vs_curiosity": {
            "stance": "pressure",
            "score": -0.6,
            "evidence": [
                {"turn": 5, "kind": "pressure", "quote": "this month only we're offering forty percent off",
                 "principle": "curiosity-over-pressure"},
            ],
        },
        "next_commitment": {
            "secured": False, "turn": None, "when": None, "level": None, "fallback_offered": False,
            "agenda": False, "quote": None, "suggestion": "Ask when Lee will have read it and book that call.",
        },
        "coaching_points": [
            {"principle": "preferred-outcomes", "advice": "Leave with a follow-up time, not a promise to send.",
             "turns": [7]},
        ],
    }


@pytest.fixture
def ungrounded_judgement(grounded_judgement) -> dict:
    """The same judgement with a quote that turn 4 never said."""
    wrong = copy.deepcopy(grounded_judgement)
    wrong["reset_moments"][0]["quote"] = "That sounds amazing, let's do it!"
    return wrong


@pytest.fixture(autouse=True)
def isolated_store(tmp_path, monkeypatch):
    """Every test gets its own critique store, never the user's real one."""
    path = tmp_path / "critiques.sqlite3"
    monkeypatch.setenv("REVIEWER_DB", str(path))
    return path


@pytest.fixture
def team_db(tmp_path) -> str:
    """A store holding two weeks of a four-rep team's critiques (see team_calls.py)."""
    path = tmp_path / "team.sqlite3"
    with open_store(path) as store:
        for call_date, critique in team_calls():
            store.save(critique, call_date=call_date, source_sha256=digest(critique.transcript.source))
    return str(path)
