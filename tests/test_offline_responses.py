"""Whether the rep's next turn handled a reset moment or missed it."""

import pytest

from test_offline_calls import (
    CLOSE_REFUSED_FALLBACK_ONLY,
    CLOSE_REFUSED_PRESSED,
    CLOSE_REFUSED_PROBED,
    CONFUSED,
    DISENGAGED_AFTER_PITCH,
    DISENGAGED_THEN_RESET,
    NO_PROBLEM_MISSED,
    NO_PROBLEM_RESET,
    SEND_INFO_ACCEPTED,
    SEND_INFO_PROBED,
    call,
    judge,
)


def status_of(script: str, turn: int) -> str:
    return {m.turn: m.status for m in judge(call(script)).reset_moments}[turn]


@pytest.mark.parametrize(
    ("script", "turn", "status"),
    [
        (DISENGAGED_AFTER_PITCH, 2, "missed"),  # more features
        (DISENGAGED_THEN_RESET, 2, "handled"),  # pause, name it, open question
        (NO_PROBLEM_MISSED, 2, "missed"),
        (NO_PROBLEM_RESET, 2, "handled"),  # owns the questions, asks for the one goal
        (SEND_INFO_ACCEPTED, 2, "missed"),  # "I'll send it over"
        (SEND_INFO_PROBED, 2, "handled"),  # asks what the material must show
        (CLOSE_REFUSED_PRESSED, 2, "missed"),  # discount with a deadline
        (CLOSE_REFUSED_PROBED, 2, "handled"),  # acknowledges, takes the blame, asks into it
        (CLOSE_REFUSED_FALLBACK_ONLY, 2, "missed"),  # a fallback alone after a no
        (CONFUSED, 2, "handled"),  # takes the blame and lets the prospect steer
    ],
)
def test_status(script, turn, status):
    assert status_of(script, turn) == status


def test_an_open_question_that_keeps_to_the_reps_script_is_missed():
    script = """
        Dana: So that's the dashboard, the alerts and the forecasting.
        Lee: Hmm. I'm not convinced we need any of that.
        Dana: How many deals does your team close a month?
        Lee: About forty.
    """
    assert status_of(script, 2) == "missed"


def test_against_a_stall_a_follow_up_the_prospect_times_counts():
    script = """
        Dana: That's everything on pricing.
        Lee: I need to talk to my team first.
        Dana: Of course. When would be a good time to check back in after you've spoken?
        Lee: Try me Thursday.
    """
    assert status_of(script, 2) == "handled"


def test_suggestions_name_the_prospects_words():
    moment = judge(call(SEND_INFO_ACCEPTED)).reset_moments[0]
    assert "Can you just send me some information?" in moment.suggestion
    assert moment.principle == "expect-brush-offs"
