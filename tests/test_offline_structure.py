"""Structural rules that must hold on calls the engine was never tuned on: the shape of a turn,
not a phrase lifted from one call, decides."""

import pytest

from test_offline_calls import PITCH, call, judge


def moments(script: str) -> dict[int, tuple[str, str]]:
    return {m.turn: (m.signal, m.status) for m in judge(call(script)).reset_moments}


@pytest.mark.parametrize(
    "reply, status",
    [
        # Owning what the rep just did, then asking about the prospect's own view: handled.
        ("That's fair, and I've just read the whole feature list at you. What did you hope a tool like this would change?", "handled"),
        ("Good point, I probably rushed past it. What's happened before when you've tried a new system?", "handled"),
        # A boast about past work is not owning the conversation, so the open question carries on the script.
        ("I've helped two hundred teams with it. What's your budget for the year?", "missed"),
    ],
)
def test_owning_the_reps_own_behaviour_with_a_question_about_their_view_resets(reply, status):
    script = f"""
        Dana: {PITCH}
        Lee: Honestly these tools all sort of say the same thing, I'm not convinced.
        Dana: {reply}
        Lee: Fine.
    """
    assert moments(script)[2][1] == status


def test_a_negated_yes_to_a_close_is_a_refusal_not_a_decision():
    script = """
        Dana: So would you like to go ahead with the ten seats from next month?
        Lee: No, I don't think I'm ready to sign today.
        Dana: Okay. I'll send the contract anyway.
        Lee: Fine.
    """
    critique = judge(call(script))
    assert critique.next_commitment.secured is False
    assert moments(script)[2][0] == "failed_close"


def test_a_plain_yes_to_a_close_is_still_a_decision():
    script = """
        Dana: So would you like to go ahead with the ten seats from next month?
        Lee: Yes, I'm ready to sign today.
        Dana: Great, I'll send it over now.
    """
    assert judge(call(script)).next_commitment.secured is True


def test_a_murmur_after_a_short_claim_is_disengagement():
    script = """
        Dana: The reporting module is honestly the best thing we have built.
        Lee: Yeah, maybe.
        Dana: And it is priced per seat.
        Lee: Okay.
    """
    assert {turn: kind for turn, (kind, _) in moments(script).items()} == {2: "disengagement"}


def test_a_hedge_answering_a_closed_factual_question_is_not_disengagement():
    script = """
        Dana: Do you run the payroll in house?
        Lee: Yeah, I guess.
        Dana: Great, and how many staff?
        Lee: Twelve.
        Dana: Thanks.
    """
    assert moments(script) == {}


def test_cancelling_an_agreed_meeting_takes_the_commitment_back():
    script = """
        Dana: Shall we book the planning session for Thursday at three?
        Lee: Yes, Thursday at three works.
        Dana: Great. It covers pricing, photos and traffic.
        Lee: Actually, can we just cancel Thursday and I'll get in touch in January?
        Dana: Of course, no worries, reach out whenever you're ready.
        Lee: Thanks.
    """
    critique = judge(call(script))
    assert critique.next_commitment.secured is False
    assert moments(script)[4] == ("stall", "missed")


def test_a_meeting_kept_after_small_talk_stays_secured():
    script = """
        Dana: Shall we book the planning session for Thursday at three?
        Lee: Yes, Thursday at three works.
        Dana: Great. It covers pricing, photos and traffic.
        Lee: Good, I'll bring last month's numbers.
        Dana: Perfect, see you then.
    """
    assert judge(call(script)).next_commitment.secured is True


@pytest.mark.parametrize(
    "reply, is_stall",
    [("We're pretty happy with our current supplier, to be honest.", True), ("We're happy with the demo so far.", False)],
)
def test_contentment_with_the_current_supplier_is_a_brush_off(reply, is_stall):
    script = f"""
        Dana: What made you download our gym hygiene guide last week?
        Lee: {reply}
        Dana: Great. So our service covers nightly cleans and deep cleans.
        Lee: Okay.
    """
    assert (moments(script).get(2, ("", ""))[0] == "stall") is is_stall


def test_the_summary_speaks_of_the_one_moment_when_there_is_only_one():
    script = f"""
        Dana: {PITCH}
        Lee: I'm not convinced, honestly.
        Dana: That's fair, I've been pitching at you. What would make this worth your time?
        Lee: Fewer spreadsheets.
    """
    summary = judge(call(script)).summary
    assert "at the one moment" in summary and "of the 1 " not in summary
