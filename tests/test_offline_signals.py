"""Which prospect turns are reset moments (contract section 2), and which only look like one."""

from test_offline_calls import (
    CLOSE_REFUSED_FALLBACK_ONLY,
    CLOSE_REFUSED_PRESSED,
    CLOSED_FACTUAL_QUESTIONS,
    CONFUSED,
    DISENGAGED_AFTER_PITCH,
    FACTUAL_CORRECTION,
    NO_PROBLEM_MISSED,
    OBJECTION_ACCEPTED,
    OBJECTION_STAYS_FLAT,
    SEND_INFO_ACCEPTED,
    call,
    judge,
)


def signals(script: str) -> dict[int, str]:
    return {m.turn: m.signal for m in judge(call(script)).reset_moments}


def test_bare_acknowledgement_after_a_long_pitch_is_disengagement():
    assert signals(DISENGAGED_AFTER_PITCH) == {2: "disengagement"}


def test_short_answers_to_closed_factual_questions_are_not_disengagement():
    assert signals(CLOSED_FACTUAL_QUESTIONS) == {}


def test_no_problem_when_the_prospect_cannot_name_one():
    assert signals(NO_PROBLEM_MISSED) == {2: "no_problem"}


def test_a_factual_correction_is_not_unimpressed():
    assert signals(FACTUAL_CORRECTION) == {}


def test_an_objection_answered_and_accepted_is_ordinary_selling():
    assert signals(OBJECTION_ACCEPTED) == {}


def test_an_objection_that_stays_sceptical_is_a_signal_and_so_is_the_repeat():
    assert signals(OBJECTION_STAYS_FLAT) == {2: "unimpressed", 4: "unimpressed"}


def test_send_me_information_is_a_stall():
    assert signals(SEND_INFO_ACCEPTED) == {2: "stall"}


def test_a_put_off_answering_a_close_is_a_failed_close_not_a_stall():
    assert signals(CLOSE_REFUSED_FALLBACK_ONLY)[2] == "failed_close"


def test_each_repeated_refusal_is_its_own_signal():
    assert signals(CLOSE_REFUSED_PRESSED) == {2: "failed_close", 4: "failed_close"}


def test_confusion_about_how_it_differs():
    assert signals(CONFUSED) == {2: "confusion"}


def test_the_calls_last_turn_is_not_labelled():
    script = """
        Dana: So, shall we get started today?
        Lee: Yes. Actually no, I need to think about it.
    """
    assert signals(script) == {}


def test_a_time_given_because_the_rep_asked_when_is_an_answer_not_a_stall():
    script = """
        Dana: When would be a good time to follow up?
        Lee: Follow up in the fall, I guess.
        Dana: Will do. What should I have ready by then?
        Lee: A price for the replacement.
    """
    assert signals(script) == {}
