"""The next commitment (contract section 4)."""

from test_offline_calls import (
    CLOSE_REFUSED_FALLBACK_ONLY,
    CURIOUS_CALL,
    DECISION_AND_MEETING,
    RESCHEDULED_BY_PROSPECT,
    SEND_INFO_ACCEPTED,
    SEND_INFO_PROBED,
    VAGUE_WINDOW,
    call,
    judge,
)
from reviewer.grounding import quote_in_turn


def commitment(script: str):
    return judge(call(script)).next_commitment


def test_a_named_time_the_prospect_accepts_is_secured():
    transcript = call(CURIOUS_CALL)
    result = judge(transcript).next_commitment
    assert (result.secured, result.turn, result.when, result.agenda) == (True, 10, "Tuesday at 2", True)
    assert quote_in_turn(result.quote, transcript, result.turn)


def test_a_time_the_rep_proposed_but_the_prospect_did_not_accept_is_not_secured():
    result = commitment(CLOSE_REFUSED_FALLBACK_ONLY)
    assert not result.secured
    assert "never accepted" in result.suggestion


def test_the_prospects_counter_time_is_secured():
    result = commitment(RESCHEDULED_BY_PROSPECT)
    assert (result.secured, result.turn, result.when) == (True, 2, "Wednesday at 10")


def test_a_vague_window_is_not_a_named_time():
    assert not commitment(VAGUE_WINDOW).secured


def test_the_decision_beats_the_meeting_after_it():
    result = commitment(DECISION_AND_MEETING)
    assert (result.secured, result.turn, result.level) == (True, 2, "decide")


def test_ill_send_it_over_is_not_a_fallback():
    result = commitment(SEND_INFO_ACCEPTED)
    assert not result.secured
    assert not result.fallback_offered


def test_a_call_back_at_a_set_time_after_a_no_is_a_fallback():
    assert commitment(CLOSE_REFUSED_FALLBACK_ONLY).fallback_offered


def test_a_follow_up_the_prospect_times_is_secured_with_its_agenda():
    result = commitment(SEND_INFO_PROBED)
    assert (result.secured, result.turn, result.agenda) == (True, 6, True)


def test_ill_get_back_to_you_is_not_secured():
    script = """
        Dana: Can we book thirty minutes next week?
        Lee: I'll get back to you.
        Dana: Okay, thanks.
    """
    assert not commitment(script).secured
