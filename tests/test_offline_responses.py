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


@pytest.mark.parametrize(
    ("rep_says", "found"),
    [
        ("Sure, no problem at all. I'll send you something and follow up.", "missed"),
        ("Makes sense. I'll send over the deck and the pricing sheet.", "missed"),
        ("No worries. I'll get the note and the sample file to you by Friday.", "missed"),
        ("Sounds great! I'll send the deck over tonight, and I'll reach out next week.", "missed"),
        ("The quarterly plan starts in November, and Gail signed off the last one in a week.", None),
    ],
)
def test_sending_what_a_put_off_asked_for_misses_it_but_an_answer_the_prospect_takes_does_not(rep_says, found):
    """"Sounds good" to the rep's promise to send is no acceptance of an answer: nothing was answered."""
    moments = {m.turn: m.status for m in judge(call(f"""
        Dana: So should I write it up for the quarterly plan starting in November?
        Lee: I'll think about it. I'd have to run it by Gail anyway, she owns the maintenance budget.
        Dana: {rep_says}
        Lee: Sounds good. I've gotta get back out there.
        Dana: Talk soon.
    """)).reset_moments}
    assert moments.get(2) == found


@pytest.mark.parametrize(
    ("reply", "status"),
    [
        # reflects their view back, welcomes the objection, asks into it
        ("That's fair, and I'd rather hear it now. It sounds like you've been burned before. What happened?", "handled"),
        ("Can I ask it a different way? What would a good quarter look like for you?", "handled"),
        ("You're right, I probably muddied it. What were you hoping to get out of this?", "handled"),
        # answers the objection and carries on with the pitch
        ("Ours is different, though. We screen every engineer in-house and guarantee placements.", "missed"),
        ("Totally hear you. How many engineers are you hiring this year?", "missed"),
    ],
)
def test_a_reset_is_judged_by_its_structure(reply, status):
    script = f"""
        Dana: We have a network of forty thousand vetted engineers.
        Lee: Every agency says they've got a secret network.
        Dana: {reply}
        Lee: Well, the last one sent us nobody.
    """
    assert status_of(script, 2) == status


@pytest.mark.parametrize(
    ("reply", "status"),
    [
        ("Happy to. Can I ask, is it mostly timing, or is there something about switching that worries you?", "handled"),
        ("Happy to. If I could show you it saves money from month one, is there any reason you wouldn't do it?", "missed"),
    ],
)
def test_offering_possible_reasons_resets_a_stall_and_a_trap_question_does_not(reply, status):
    script = f"""
        Dana: I'd need your current policy documents.
        Lee: I'm slammed this week. Just send me something and I'll look at it.
        Dana: {reply}
        Lee: Mostly timing.
    """
    assert status_of(script, 2) == status


def test_a_put_off_the_rep_wraps_up_is_missed_even_when_the_prospect_agrees():
    script = """
        Dana: The platform is twelve thousand a year.
        Lee: Okay. Let's touch base sometime after the holidays.
        Dana: Sounds good, I'll reach out then and send a summary.
        Lee: Great, thanks.
    """
    assert status_of(script, 2) == "missed"


@pytest.mark.parametrize(
    ("reply", "status"),
    [
        # grants the point, sets its agenda aside out loud, asks about their view
        ("That's good to hear, and I'm not going to try to talk you out of it. What does a bad week look like, though?", "handled"),
        # grants the point and asks about the very thing they said
        ("Fair enough. When you say your carriers are fine, what does fine look like on a bad week?", "handled"),
        # a token acknowledgement, then the rep's own script
        ("Fair enough. How many trucks go out each day?", "missed"),
        ("Fair enough. Let me show you our live tracking board, it's the part people love.", "missed"),
    ],
)
def test_granting_the_point_resets_only_with_a_question_about_what_they_said(reply, status):
    script = f"""
        Dana: How is freight going for you at the moment?
        Lee: Honestly, it's fine. Our carriers are fine, we've used them for years.
        Dana: {reply}
        Lee: Mostly it's fine.
    """
    assert status_of(script, 2) == status


def test_asking_what_the_absent_decider_will_push_on_handles_the_stall():
    assert status_of("""
        Dana: What else would you need before this is a yes for you?
        Lee: I'd need to run it past my director, Alasdair, and he's away till Thursday. Can you hold the rooms till Friday?
        Dana: Of course, I'll hold them till Friday at five. What's Alasdair likely to push on?
        Lee: Cancellation, he always does.
    """, 2) == "handled"
    assert status_of("""
        Dana: What else would you need before this is a yes for you?
        Lee: I'd need to run it past my director, Alasdair, and he's away till Thursday. Can you hold the rooms till Friday?
        Dana: Of course, I'll hold them till Friday at five. What's his email?
        Lee: alasdair@example.com.
    """, 2) == "missed"


@pytest.mark.parametrize(
    ("reply", "status"),
    [
        ("Of course, no stress. What time are you normally done, and is today or tomorrow easier for you?", "handled"),
        ("Of course. I'll phone you tomorrow at six, the Gold plan is ready for you.", "missed"),
    ],
)
def test_asking_when_they_finish_and_which_day_suits_handles_a_call_me_after_work(reply, status):
    script = f"""
        Dana: Sounds like I've caught you in the middle of something. Is now a bad moment?
        Lee: I'm lying under a geyser with a pipe in one hand. Can you just phone me after work?
        Dana: {reply}
        Lee: Tomorrow I'm done by half five.
    """
    assert status_of(script, 2) == status


def test_pushing_to_get_it_done_by_friday_misses_a_no_even_after_i_hear_you():
    script = """
        Dana: I can hold this price until Friday. Can we get the agreement signed this week?
        Lee: No. We're not signing anything this week.
        Dana: I hear you, but I'd hate to see you in the news over a few days. What would it take to get this done by Friday?
        Lee: Nothing, honestly. Send us the proposal.
    """
    assert status_of(script, 2) == "missed"
