"""Which prospect turns are reset moments (contract section 2), and which only look like one."""

import pytest

from reviewer.engines.offline import cues
from test_offline_calls import (
    PITCH,
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


def signal_of_reply(rep_says: str, reply: str) -> str | None:
    """The signal in the prospect's reply to one rep turn, in a call that goes on after it."""
    return signals(f"""
        Dana: {rep_says}
        Lee: {reply}
        Dana: Okay.
        Lee: Right.
    """).get(2)


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


@pytest.mark.parametrize(("reply", "accepted"), [("Yeah, no, that makes sense. Let's do it.", True), ("Yeah, no.", False)])
def test_yeah_no_that_makes_sense_accepts_the_answer_but_yeah_no_alone_does_not(reply, accepted):
    found = signals(f"""
        Dana: The initial service with sealing is two ninety-five.
        Lee: Two ninety-five? That seems expensive, the other place I looked at said one fifty.
        Dana: Most of the one-fifty quotes are traps only, no sealing, so they keep coming in. The sealing is most of the labour.
        Lee: {reply}
        Dana: Great.
    """)
    assert (2 in found) is not accepted


def test_giving_in_to_pressure_is_not_accepting_an_answer():
    script = """
        Dana: It's four thousand two hundred for the cohort.
        Lee: Four thousand two hundred? That's a lot for us.
        Dana: {reply}
        Lee: Fine, okay. Take the five hundred.
        Dana: Great.
    """
    answered = "It is. Most charities fund it from the training budget, and the deposit is refunded if your treasurer says no."
    assert 2 not in signals(script.format(reply=answered))
    pushed = "It feels like a lot because growth always feels like a lot. Grab your card."
    assert signals(script.format(reply=pushed)) == {2: "unimpressed"}


def test_an_objection_that_stays_sceptical_is_a_signal_and_so_is_the_repeat():
    assert signals(OBJECTION_STAYS_FLAT) == {2: "unimpressed", 4: "unimpressed"}


def test_send_me_information_is_a_stall():
    assert signals(SEND_INFO_ACCEPTED) == {2: "stall"}


def test_a_put_off_answering_a_close_is_a_failed_close_not_a_stall():
    assert signals(CLOSE_REFUSED_FALLBACK_ONLY)[2] == "failed_close"


def test_each_repeated_refusal_is_its_own_signal():
    assert signals(CLOSE_REFUSED_PRESSED) == {2: "failed_close", 4: "failed_close", 6: "failed_close"}


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


def test_replies_to_the_opening_courtesies_are_small_talk():
    script = """
        Dana: Hi Lee, it's Dana from Tally. Is now still a good time?
        Lee: Yeah, whatever, go ahead, I've got a few minutes.
        Dana: What made you book the call?
        Lee: Honestly, I'm not really interested, my boss asked me to.
        Dana: Fair. What did your boss hope you'd find?
        Lee: Something cheaper than what we have.
    """
    assert signals(script) == {4: "disengagement"}


def test_a_refusal_that_names_the_decision_is_a_failed_close_without_a_recognised_close():
    script = """
        Dana: So we could have your crews on it by the first of the month.
        Lee: Not today. We're not doing anything today.
        Dana: The rollout takes two weeks either way.
        Lee: Okay.
    """
    assert signals(script) == {2: "failed_close"}


def test_a_bare_no_to_a_factual_question_is_not_a_refusal():
    script = """
        Dana: Is there multi-factor on the remote desktop?
        Lee: No. I don't think so.
        Dana: That's one of the first things insurers check.
        Lee: Good to know.
    """
    assert signals(script) == {}


def test_a_no_after_a_pressure_ploy_is_a_failed_close():
    script = """
        Dana: This rate is only good until Friday, so what's stopping you?
        Lee: No. I said I need to talk to my partner.
        Dana: Then let's at least lock in the rate with a small payment.
        Lee: Nope.
        Dana: You'll regret waiting.
        Lee: Goodbye.
    """
    assert signals(script) == {2: "failed_close", 4: "failed_close"}


def test_soft_scepticism_and_brush_offs_are_signals():
    script = """
        Dana: We have a network of forty thousand vetted engineers.
        Lee: Every agency tells me they've got a secret network.
        Dana: Ours is bigger, and the fee is eighteen percent.
        Lee: We believe you, we just want time.
        Dana: The fee goes up next month though.
        Lee: I think we're done for tonight.
        Dana: Sure, but think about the fee.
        Lee: Bye.
    """
    assert signals(script) == {2: "unimpressed", 4: "stall", 6: "disengagement"}


def test_a_question_about_price_and_a_negated_thought_are_not_signals():
    script = """
        Dana: Did anything change at the shop last year?
        Lee: We started opening late on Fridays. I didn't think about that.
        Dana: Late hours can move you into a different bracket.
        Lee: Okay. So what are we talking, price-wise?
        Dana: About four hundred a month.
        Lee: Got it.
    """
    assert signals(script) == {}


def test_a_difficulty_the_prospect_names_is_not_no_problem():
    script = """
        Dana: What's made it hard to grow the business on your own?
        Lee: I don't know how to find clients. I've got no portfolio.
        Dana: So it's portfolio and clients. Anything else?
        Lee: Confidence, a bit. I don't know if it's good.
        Dana: Let me show you how the course handles both.
    """
    assert signals(script) == {}


def test_saying_that_part_is_covered_is_no_problem():
    script = """
        Dana: Backups are the first thing that fails in a ransomware attack.
        Lee: Our admin handles backups. I think we're okay there.
        Dana: Most admins keep them on the same network, so let me show you our vault.
        Lee: Okay.
    """
    assert signals(script)[2] == "no_problem"


def test_a_request_turned_down_for_a_brush_off_is_a_stall():
    script = """
        Dana: I'll email the summary to your director today. Could I call you Wednesday to hear what she thought?
        Lee: Just email it. If she's interested she'll reach out.
        Dana: Sounds good, I'll send it over.
        Lee: Thanks.
    """
    assert signals(script) == {2: "stall"}


def test_no_problem_after_an_open_question_however_it_is_contracted():
    script = """
        Dana: Where's hiring hurting most right now?
        Lee: Honestly, it isn't. We're fine.
        Dana: Our network covers every backend stack you can name.
        Lee: Okay.
        Dana: So, what's keeping you up at night?
        Lee: I don't really have a problem I'm looking to solve.
        Dana: Let me show you the dashboard anyway.
        Lee: Fine.
    """
    assert signals(script) == {2: "no_problem", 6: "no_problem"}


def test_a_place_given_in_answer_to_where_is_not_a_signal():
    script = """
        Dana: Where's the team based?
        Lee: Austin, mostly.
        Dana: Great, we have two customers there.
        Lee: Nice.
    """
    assert signals(script) == {}


def test_a_yes_to_a_check_in_after_a_pitch_is_an_answer_not_disengagement():
    script = f"""
        Dana: {PITCH} Sound right?
        Lee: Sounds right.
        Dana: Great, let me show you the dashboard first.
        Lee: Sure.
    """
    assert signals(script) == {}


@pytest.mark.parametrize(
    ("ending", "reply", "expected"),
    [
        ("Pretty slick, right?", "Right.", {4: "disengagement"}),  # a nod to a tag question after a pitch
        ("Does that make sense?", "Yeah.", {4: "disengagement"}),
        ("Does that make sense?", "Yeah. Makes sense.", {}),  # says what it agrees with
        ("Can I show you how it looks?", "Sure.", {}),  # a closed question has been answered
    ],
)
def test_a_nod_after_a_pitch_that_ends_on_a_check_in(ending, reply, expected):
    script = f"""
        Dana: What made you take the call?
        Lee: Our managers can't keep up with call reviews.
        Dana: {PITCH} {ending}
        Lee: {reply}
        Dana: And the dashboard updates every hour.
        Lee: Got it, what does it cost?
    """
    assert signals(script) == expected


@pytest.mark.parametrize(
    ("reply", "expected"),
    [
        ("Honestly? It's fine. We have a recruiter in-house and we're getting applicants.", {2: "no_problem"}),
        ("I don't know that anything's really broken, to be honest.", {2: "no_problem"}),
        ("Business is, I mean, it's fine. I'm not drowning.", {2: "no_problem"}),  # a denied pain is no pain
        ("Honestly, onboarding is killing us. Every new hire takes a month.", {}),
    ],
)
def test_saying_nothing_is_wrong_in_many_words(reply, expected):
    script = f"""
        Dana: So what made you take the call?
        Lee: {reply}
        Dana: Got it. Let me show you the dashboard.
        Lee: Sure.
    """
    assert signals(script) == expected


@pytest.mark.parametrize(
    ("reply", "expected"),
    [
        ("Everyone says that. I've heard it before.", {2: "unimpressed"}),
        ("Honestly I'm not sure a program is going to be any different.", {2: "unimpressed"}),
        ("We tried three tools last year and the team hated two of them.", {}),
    ],
)
def test_doubt_about_the_offer_is_a_signal_even_in_an_answer(reply, expected):
    script = f"""
        Dana: What have you tried before, and what got in the way?
        Lee: {reply}
        Dana: Our onboarding takes a week and you get a coach.
        Lee: Okay, and the price?
    """
    assert signals(script) == expected


@pytest.mark.parametrize(
    ("reply", "expected"),
    [
        ("Not right now, honestly.", {2: "failed_close"}),  # turns down the proposed time
        ("Not really. Could you do Friday at ten instead?", {}),  # a counter-offer, not a no
    ],
)
def test_a_proposed_time_is_a_request(reply, expected):
    script = f"""
        Dana: I'd love to get you on a proper demo with our engineer. How's Thursday?
        Lee: {reply}
        Dana: Sure, I'll send a note.
        Lee: Thanks.
    """
    assert signals(script) == expected


def test_a_send_request_after_saying_yes_is_logistics_not_a_stall():
    script = """
        Dana: It's forty-two hundred, or four payments. Where are you at with it?
        Lee: No, I'm sure. I'll still message your grads, but I'm in. Send me the link.
        Dana: Sent, it's in your inbox.
        Lee: Got it.
    """
    assert signals(script) == {}
    assert judge(call(script)).next_commitment.secured


def test_a_yes_to_the_agenda_the_rep_opens_with_is_not_disengagement():
    script = """
        Dana: Hi Tom, thanks for making the time. I know you've got a lot on, so I'll keep this loose. I'm not going to pitch you for twenty minutes, I'd rather hear how things look on your side first. Is that okay?
        Lee: Sure, yeah. That's fine.
        Dana: Great. What are you hoping to get done this year?
        Lee: Mostly hiring.
    """
    assert signals(script) == {}


@pytest.mark.parametrize(
    ("reply", "expected"),
    [
        ("Nothing's stopping me. I just don't sign up to stuff over the phone.", {2: "failed_close"}),
        ("I'm going to leave it, thanks.", {2: "failed_close"}),
        ("I'm not sure.", {2: "failed_close"}),
        ("Yes, I'll leave it with you to send over, then.", {}),
        ("Go on then, set it up. I'm not sure I'll use the app, but the classes I will.", {}),
    ],
)
def test_turning_a_close_down_without_saying_no(reply, expected):
    script = f"""
        Dana: It's twenty-nine ninety-nine a month. Shall I set that up for you now?
        Lee: {reply}
        Dana: Okay, no problem.
        Lee: Thanks.
    """
    assert signals(script) == expected


@pytest.mark.parametrize(
    ("reply", "expected"),
    [
        ("Whoa. I was thinking a few hundred quid. I haven't got two grand.", {2: "unimpressed"}),
        ("Two forty. For stuff we could do off YouTube.", {2: "unimpressed"}),
        ("Oh. Right. I was only having a look, really.", {2: "disengagement"}),
        ("I've got two grand put aside for it, so that's fine.", {}),
    ],
)
def test_doubts_put_plainly_in_everyday_words(reply, expected):
    script = f"""
        Dana: So the package is two forty a month, or two grand for the year.
        Lee: {reply}
        Dana: The way it works is two sessions a week, a scan every four weeks and a nutrition plan.
        Lee: Okay, and the price?
    """
    assert signals(script) == expected


@pytest.mark.parametrize(
    ("reply", "expected"),
    [
        ("I'm not fussed really. I'm alright as I am.", {2: "no_problem"}),
        ("Just for it to start, honestly. And cheap to run. I really don't care about gadgets.", {}),
    ],
)
def test_content_as_things_are_but_not_a_preference(reply, expected):
    script = f"""
        Dana: And what would you want from the next car that the old one wasn't giving you?
        Lee: {reply}
        Dana: Makes sense. Do you have somewhere to charge at home?
        Lee: A driveway, yes.
    """
    assert signals(script) == expected


def test_a_yes_to_a_detail_the_rep_checks_does_not_accept_a_brush_off():
    script = """
        Dana: We'd get a surveyor round to check the roof. It's all free. Any questions for me?
        Lee: Not really. Just send me something in the post and I'll show my son.
        Dana: Yeah, that's no problem at all. Can I just confirm the address is 14 Rowan Close?
        Lee: Yes, that's right.
        Dana: Lovely, it'll be with you this week.
    """
    assert {m.turn: m.status for m in judge(call(script)).reset_moments} == {2: "missed"}


def test_asking_for_an_email_after_a_brush_off_does_not_reset_it():
    script = """
        Dana: There are no exit fees on the fixed. How does that sound to you?
        Lee: Just email it over and I'll have a look when I get a minute.
        Dana: No problem at all, what's the best email for you?
        Lee: It's lee at example dot com.
    """
    assert {m.turn: m.status for m in judge(call(script)).reset_moments} == {2: "missed"}


@pytest.mark.parametrize(
    ("reply", "expected"),
    [
        ("Not this month, she's got an inspection coming up. Beginning of next month?", {}),
        ("Not this month, no.", {2: "failed_close"}),
    ],
)
def test_a_loose_time_given_because_the_rep_asked_when_is_an_answer(reply, expected):
    script = f"""
        Dana: If the manager likes the pilot, when would be a sensible time to start?
        Lee: {reply}
        Dana: Okay.
        Lee: Thanks.
    """
    assert signals(script) == expected


@pytest.mark.parametrize(
    ("reply", "expected"),
    [
        ("Monday the third works. I'll speak to Deborah today and ask her to keep that morning free.", {}),
        ("I'll speak to Deborah first and get back to you.", {2: "stall"}),
        ("Eleven's fine. I'll check Deborah can dial in, if not she can look at it after.", {}),
        ("Yeah, fine, I'll check with Deborah and let you know.", {2: "stall"}),
    ],
)
def test_saying_whom_you_will_tell_after_a_yes_to_the_time_is_arranging_it(reply, expected):
    script = f"""
        Dana: We'd do the setup with her on site. Monday the third at eleven?
        Lee: {reply}
        Dana: Perfect.
        Lee: Bye.
    """
    assert signals(script) == expected


@pytest.mark.parametrize(
    ("reply", "expected"),
    [
        ("No, that's it. Thank you.", {}),
        ("No, nothing else. Cheers.", {}),
        ("No. I'd rather not go ahead.", {4: "failed_close"}),
    ],
)
def test_no_to_anything_else_after_the_sale_is_not_a_refusal(reply, expected):
    script = f"""
        Dana: It's twenty-three forty a month. Shall I set it up?
        Lee: Yes, go on.
        Dana: That's set up, first payment on the first. Anything else?
        Lee: {reply}
        Dana: Bye then.
        Lee: Bye.
    """
    assert signals(script) == expected


def test_agreeing_with_a_rhetorical_question_is_not_a_no():
    script = """
        Dana: If you keep doing the cheap stuff you'll be having this same conversation next year. Is that what you want?
        Lee: No, obviously not.
        Dana: So are you ready to commit today?
        Lee: I'm not sure I can today.
        Dana: Okay.
        Lee: Bye.
    """
    assert signals(script) == {4: "failed_close"}


@pytest.mark.parametrize(
    ("reply", "expected"),
    [
        ("Look, I'm in the middle of feeding the grandkids, love.", {2: "stall"}),
        ("Sounds good, but I'm just heading out the door now. Ring me sometime and we'll sort it.", {2: "stall"}),
        ("Just to eat normally without thinking about it.", {}),
        ("We're in the middle of a rebrand, which is partly why I answered.", {}),
    ],
)
def test_busy_now_and_ring_me_sometime_are_brush_offs(reply, expected):
    script = f"""
        Dana: Hi, it's Dana from SunBridge. What would a good outcome look like for you this year?
        Lee: {reply}
        Dana: Okay. So the way it works is we send an engineer round to look at the roof.
        Lee: Right.
    """
    assert {t: s for t, s in signals(script).items() if t == 2} == expected


@pytest.mark.parametrize(
    ("reply", "expected"),
    [
        ("I'd want to get one more quote, honestly. I told my boss I'd get three.", {2: "failed_close"}),
        ("Yeah, we're good. We already got three quotes and yours is the best.", {}),
    ],
)
def test_getting_another_quote_puts_the_close_off(reply, expected):
    script = f"""
        Dana: We've got a guy twenty minutes from you. So are we good to move on it?
        Lee: {reply}
        Dana: Okay.
        Lee: Thanks.
    """
    assert signals(script) == expected


@pytest.mark.parametrize(
    ("reply", "signal"),
    [
        ("We'll decide next week.", "stall"),
        ("I'll ring you next week.", "stall"),
        ("Right. I guess I still don't really get which one's for me.", "confusion"),
        ("We'll decide on the colour once it's installed, it's lovely.", None),
        ("Look, it's not really my decision. My partner would have to see it first.", "stall"),
        ("We'll probably come back next week at some point.", "stall"),
        ("We'll come back to the colour once it's installed.", None),
        ("Let's see how the month goes first.", "stall"),
        ("I'll need to see how the meeting goes.", "stall"),
        ("Hm. The standard one feels a bit thin. I expected it to feel nicer than this.", "unimpressed"),
        ("The standard one feels nicer than I expected.", None),
    ],
)
def test_put_offs_and_confusion_in_a_few_words(reply, signal):
    found = signals(f"""
        Dana: The group starts on the third and the intensive on the tenth. Both include the conversation club.
        Lee: {reply}
        Dana: Sounds good.
    """)
    assert found.get(2) == signal


@pytest.mark.parametrize(
    ("reply", "put_off"),
    [
        ("Ah, don't worry about that, I'll ring you. Next week sometime.", True),
        ("I'll let you know.", True),
        ("Thursday at ten. I'll call you.", False),
        ("Thursday at ten. I'll let you know if it moves.", False),
        ("Next week sometime, I'd say.", False),
    ],
)
def test_answering_when_with_ill_ring_you_keeps_the_next_move_and_is_a_stall(reply, put_off):
    found = signals(f"""
        Dana: I'll email you the packages. When would be a good time for me to give you a ring?
        Lee: {reply}
        Dana: No problem at all.
    """)
    assert (found.get(2) == "stall") is put_off


def test_a_no_after_the_price_wont_be_here_tomorrow_is_a_failed_close():
    found = signals("""
        Dana: Honestly the one ninety-nine won't be here tomorrow. What if I do your first month at ninety-nine?
        Lee: No. Sorry. I'm gonna head out.
        Dana: Okay, your call.
    """)
    assert found == {2: "failed_close"}


def test_a_calendar_checked_there_and_then_is_not_a_put_off():
    script = """
        Dana: I'd bring our lead engineer. Friday at ten?
        Lee: {reply}
        Dana: Done, I'll send the invite.
        Lee: Thanks.
    """
    assert signals(script.format(reply="Let me check her calendar... yep, she's free. Friday at ten, put it in.")) == {}
    assert signals(script.format(reply="Let me check her calendar and get back to you.")) == {2: "stall"}


@pytest.mark.parametrize(
    ("reply", "expected"),
    [
        ("Can you just send me the rate card? I'll look at it and we can chat next week.", {2: "stall"}),
        ("Let's see how the numbers look and I'll take it to the owners.", {2: "stall"}),
        ("Okay. I do still need to talk to Saoirse about the twelve months though.", {2: "stall"}),
        ("It's going to take us talking about it without you in the room.", {2: "stall"}),
        ("Yes, I've got the floor plan, I'll email it.", {}),  # the prospect's own errand
        ("Bit of both. But sector hub, I don't know what that means. Is it a website?", {2: "confusion"}),
        ("What's the insurance actually for though?", {2: "confusion"}),
        ("I've heard host-reads are hit and miss.", {2: "unimpressed"}),
        ("We've looked at it before. The numbers never came out better for us.", {2: "unimpressed"}),
        ("That sounds like it's built for Diageo, not us.", {2: "unimpressed"}),
        ("k. look i got a truck at the dock", {2: "disengagement"}),
        ("We run the truck from the dock at six, so mornings are busy.", {}),
    ],
)
def test_put_offs_doubts_and_brush_offs_in_new_words(reply, expected):
    found = signals(f"""
        Dana: The licence is nine hundred a year and includes support and the mobile app.
        Lee: {reply}
        Dana: Sure. Anyway, the second module handles rotas.
        Lee: Right.
    """)
    assert found == expected


@pytest.mark.parametrize(
    ("reply", "expected"),
    [
        ("Honestly, there isn't one. They're old but they're reliable.", {2: "no_problem"}),
        ("Our current setup is fine, really.", {2: "no_problem"}),
        ("Downtime. There isn't a week without a van off the road.", {}),
    ],
)
def test_saying_there_is_no_problem_to_a_question_about_one(reply, expected):
    found = signals(f"""
        Dana: What's the biggest headache with the fleet at the moment?
        Lee: {reply}
        Dana: Got it. We do contract hire on the whole range.
        Lee: Okay.
    """)
    assert found == expected


@pytest.mark.parametrize(
    ("reply", "expected"),
    [("Yeah. I couldn't, really. Fair point.", {}), ("I couldn't, really. Not this year.", {2: "failed_close"})],
)
def test_a_no_that_grants_the_reps_point_is_an_answer(reply, expected):
    found = signals(f"""
        Dana: And if it came out of a free tool, how would you show legal it was done properly?
        Lee: {reply}
        Dana: That's the certified part. Which language is most urgent?
        Lee: Tagalog.
    """)
    assert found == expected


def test_taking_ones_chances_against_a_deadline_is_a_failed_close():
    found = signals("""
        Dana: If we don't get it on today I can't guarantee that price past Friday.
        Lee: Then I'll take my chances.
        Dana: You're making a mistake. Just do the deposit.
    """)
    assert found == {2: "failed_close"}


@pytest.mark.parametrize(
    ("reply", "expected"),
    [
        ("Couldn't tell you, honestly. My office manager booked it. I'm not sure we need anything right now.", {2: "no_problem"}),
        ("Start an infusion in three presses. And not alarm every five minutes for nothing.", {}),  # "nothing" deep in an answer
    ],
)
def test_no_problem_is_what_the_reply_opens_with(reply, expected):
    found = signals(f"""
        Dana: What would a pump have to do for your nurses to actually want to use it?
        Lee: {reply}
        Dana: Got it. Our pump has a three-press start.
        Lee: Okay.
    """)
    assert found == expected


@pytest.mark.parametrize(
    "reply", ["Go on then. Put it through. I suppose there's no harm.", "Okay. Fine. The payment plan. Send me the link."]
)
def test_giving_in_to_a_push_is_a_yes_not_a_failed_close(reply):
    found = signals(f"""
        Dana: Honestly, you'd be mad not to take it. Nineteen-fifty today, or three payments on the plan.
        Lee: {reply}
        Dana: Sending it now.
    """)
    assert found == {}


def test_sarcasm_about_everyones_spec_sheet_is_a_doubt():
    found = signals("""
        Dana: And the Q and B values are all on the spec sheet.
        Lee: Spec sheets. Right. Everyone's spec sheet is wonderful.
        Dana: Ours are independently verified, actually.
        Lee: Fine.
    """)
    assert found.get(2) == "unimpressed"


@pytest.mark.parametrize(
    ("reply", "signalled"),
    [
        ("Right. That's much better than last year.", False),
        ("Hmm. That's much, for a van.", True),
        ("That's too much for us.", True),
    ],
)
def test_much_better_is_praise_and_too_much_is_a_doubt(reply, signalled):
    found = signals(f"""
        Dana: What would you want to happen to rooms that aren't picked up?
        Lee: I'd want to be told.
        Dana: Nothing goes back without you signing it off, and the van hire is four hundred.
        Lee: {reply}
        Dana: Okay.
    """)
    assert (4 in found) is signalled


def test_accepting_an_answer_on_the_condition_it_meets_settles_the_doubt():
    found = signals("""
        Dana: On rate, it's a hundred and thirty-nine a night at the Marischal.
        Lee: Hmm. The Marischal's a bit tired though, isn't it? I don't get why we'd be there.
        Dana: It was, in places. We finish refurbishing floors three to five in January, and I'd put your overflow there.
        Lee: Okay, if it's the refurbished floors, that's fine.
        Dana: Great.
    """)
    assert 2 not in found


@pytest.mark.parametrize(
    ("reply", "expected"),
    [
        ("I've had the 'only until Friday' line from three brokers. It doesn't exactly fill me with confidence.", "unimpressed"),
        ("Every supplier who's come through that gate has quoted me thirty to forty percent.", "unimpressed"),
        ("Eighty thousand from five huts? That seems very optimistic to me.", "unimpressed"),
        ("Eh. We tried a dialer before and the team hated it.", "unimpressed"),
        ("I really doubt it's costing us that much.", "unimpressed"),
        ("Based on what? We renegotiated last year.", "unimpressed"),
        ("Guaranteed how? Nobody guarantees anything.", "unimpressed"),
        ("Honestly the property has pretty mixed reviews.", "unimpressed"),
        ("'Usually' isn't good enough.", "unimpressed"),
        ("Still feels steep.", "unimpressed"),
        ("That's not really how we make decisions here.", "unimpressed"),
        ("I don't want a demo where someone reads me slides for half an hour.", "unimpressed"),
        ("Couldn't tell you. It's not a big thing for us, to be honest.", "no_problem"),
        ("We've already got a helpline through our insurer. So we're covered really.", "no_problem"),
        ("I don't know that the sickness thing is actually that bad for us.", "no_problem"),
        ("It's fine. No complaints really.", "no_problem"),
        ("She's fine. I'm not in the market, if that's what you're asking.", "disengagement"),
        ("Not sure. Whatever you've got.", "disengagement"),
        ("Lisa, anything else you need from him? I've got another meeting.", "disengagement"),
        ("Just send us a price sheet and I'll put it alongside the others.", "stall"),
        ("I'm only at the quote stage. I'd like to get your price and then compare all three.", "stall"),
        ("We're locked into a three-year contract with them.", "stall"),
        ("I'd still want to understand the pricing before we switch anything.", "stall"),
        ("I think we'd need to see a real comparison first.", "stall"),
        ("Maybe I should talk to my chef before I sign anything.", "stall"),
        ("I'll have to run it by Dr. Amin first.", "stall"),
        ("Is this instead of the helpline or on top of it, though?", "confusion"),
        ("What's a credit application got to do with it?", "confusion"),
        ("Honestly, we're happy with what we've got.", "stall"),
        ("Aye, I got your letter. Twenty-two quid a unit now. That's a bit of a cheek, love.", "unimpressed"),
        ("Two-ten. That's a heck of a lot of money for a planter.", "unimpressed"),
        ("Twenty pound. It is not a big difference.", "unimpressed"),
        ("You are not listening. I cannot move until I know the contract.", "unimpressed"),
        ("You keep pushing. It honestly makes me trust it less, not more.", "unimpressed"),
        ("Honestly? I've seen three of these presentations. Forgive me, but I'm not excited.", "unimpressed"),
        ("Everybody says twenty percent under market.", "unimpressed"),
        ("Rebate? We already sell the sawdust to a farmer. Why I need you for this?", "unimpressed"),
        ("There is no problem. We buy from the mill, it comes, the birds eat.", "no_problem"),
        ("Darren. I am busy. Really.", "disengagement"),
        ("Don't send paperwork. I got a truck backing in.", "failed_close"),
        ("Sorry, I gotta go, I got a truck backing in.", "disengagement"),
        ("It is true. We signed in March. So I don't really know what there is to talk about.", "disengagement"),
        ("Send what you want. I have a meeting now.", "stall"),
        ("Send the price. I put it with the other quotes.", "stall"),
        ("We've already got trackers, mind. We're happy enough with them, to be honest.", "stall"),
        ("Six eighty-nine? Lord have mercy. No, that's way more than I was figuring.", "unimpressed"),
        ("I hear you. But six eighty-nine is too much for us, Brett.", "unimpressed"),
        ("Thirteen percent? Ah, go way out of that.", "unimpressed"),
        ("I understand that. But I really want to wait for the adjuster.", "stall"),
        ("Ah, there's no rush on us really. We might leave it till after Christmas.", "stall"),
        ("I will call you if I am interested. Thank you.", "stall"),
        ("Dunno really. Just lookin'.", "disengagement"),
        ("Well, I'll miss it so. Thanks anyway.", "disengagement"),
    ],
)
def test_doubts_brush_offs_and_puzzlement_in_the_prospects_own_words(reply, expected):
    found = signals(f"""
        Dana: {PITCH}
        Lee: {reply}
        Dana: Right. Anyway, we also do a mobile app.
        Lee: Okay, thanks.
    """)
    assert found.get(2) == expected


@pytest.mark.parametrize(
    ("reply", "expected"),
    [
        ("Not really. But go on.", {2: "confusion"}),
        ("Sort of.", {2: "confusion"}),
        ("No, that makes sense. That actually helps.", {}),
    ],
)
def test_not_following_when_asked_if_it_made_sense_is_confusion(reply, expected):
    found = signals(f"""
        Dana: The arm weighs each bin as it tips and logs it against your account. Does that make sense?
        Lee: {reply}
        Dana: Great. And for general waste we'd do a front-end service.
        Lee: Okay.
    """)
    assert found == expected
    assert signals("""
        Dana: There's a free box drop a week before, and you can give back any you don't use. Any questions so far?
        Lee: No, I think that's everything.
        Dana: Great.
        Lee: Thanks.
    """) == {}


def test_a_nod_to_a_ploy_is_disengagement_but_confirming_a_detail_is_not():
    assert signals("""
        Dana: Honestly, that's a limiting belief, and it's the thinking that keeps people stuck.
        Lee: Okay.
        Dana: So the investment is four and a half thousand.
        Lee: Right.
    """).get(2) == "disengagement"
    assert 4 not in signals("""
        Dana: What made you look at cover?
        Lee: Oh. Right. I was only having a look, really.
        Dana: That's what everyone says. So it was two hundred thousand over twenty years, is that right?
        Lee: Yes.
        Dana: Great.
    """)


def test_asking_how_its_going_with_their_supplier_starts_the_conversation():
    found = signals("""
        Dana: Six years, that's a long relationship. How's it going with them?
        Lee: It's fine, hey. No complaints really.
        Dana: Great. So let me tell you a bit about us.
        Lee: Okay.
    """)
    assert found.get(2) == "no_problem"


@pytest.mark.parametrize(
    "reply, kind",
    [
        ("It sounds good. But I'd want to run it past Priya, our accountant, before we sign up.", "stall"),
        ("I think I'd want to talk to somebody who actually did it. Not a salesperson.", None),
    ],
)
def test_wanting_to_run_it_past_someone_stalls_but_wanting_to_talk_to_a_customer_answers(reply, kind):
    found = signals(f"""
        Dana: What would you need to see or hear before you decide, either way?
        Lee: {reply}
        Dana: That's fair. Who else would you want in the room?
    """)
    assert found.get(2) == kind


@pytest.mark.parametrize(
    "reply",
    [
        "Okay. I know the paper is up, everybody says it. That part is fair.",
        "We're busy season from June, so the sooner the better.",
        "The reschedule link only offers slots you've allowed? That's good.",
    ],
)
def test_words_that_only_look_like_a_doubt_or_a_brush_off(reply):
    assert 2 not in signals(f"""
        Dana: {PITCH}
        Lee: {reply}
        Dana: Right. Anyway, we also do a mobile app.
        Lee: Okay, thanks.
    """)


@pytest.mark.parametrize(
    "phrase, cue, matches",
    [
        ("Sure, on paper.", "SCEPTICAL", True),
        ("It looks good on paper.", "SCEPTICAL", True),
        ("On paper, yes.", "SCEPTICAL", True),
        ("Some lecturers take attendance on paper, some on a QR code.", "SCEPTICAL", False),
        ("There are only two slots left this month.", "PRESSURE_PLOY", True),
        ("A reschedule link that only offers slots you've allowed.", "PRESSURE_PLOY", False),
        ("Not without him.", "STALL", True),
        ("Booking brings most of our rooms. Without them the rooms are empty.", "STALL", False),
        ("Send the price. I put it with the other quotes.", "STALL", True),
        ("And then they send the price, every one of them.", "STALL", False),
        ("It was a process problem, not a software problem.", "NO_PROBLEM_STATED", False),
        ("Honestly, not a big problem for us.", "NO_PROBLEM_STATED", True),
        ("It can go up on the break-room TV.", "PRESSURE_PLOY", False),
        ("Price is reviewed at each renewal, it usually goes up a bit.", "PRESSURE_PLOY", True),
    ],
)
def test_narrowed_cues_match_what_they_were_written_for_and_no_more(phrase, cue, matches):
    assert (getattr(cues, cue).search(cues.plain(phrase)) is not None) is matches


@pytest.mark.parametrize(("reply", "kind"), [("Busy.", "disengagement"), ("Ninth.", None), ("Gusto.", None)])
def test_a_one_word_brush_off_to_an_open_question_is_disengagement_but_a_one_word_fact_is_not(reply, kind):
    found = signals(f"""
        Dana: Thanks for making the time. So I'd like to start with you. What does your week look like at the moment?
        Lee: {reply}
        Dana: Fair enough. Let me make it smaller: which one thing would you most like to go away?
        Lee: The first-years who disappear.
    """)
    assert found.get(2) == kind


def test_a_greeting_that_says_what_the_call_is_about_starts_the_conversation():
    script = """
        Dana: Hi Keith, it's Dana from Routelink. {opening}
        Lee: Aye, it's fine. The units are fine, no complaints really.
        Dana: Good to hear. What would make the renewal worth it to you?
        Lee: The downloads working.
    """
    assert signals(script.format(opening="I'm calling about your renewal, the contract finishes on the thirtieth.")) == {2: "no_problem"}
    assert signals(script.format(opening="Is now a good time?")) == {}


def test_how_are_you_managing_is_a_question_not_a_greeting():
    found = signals("""
        Dana: Hey Lee, great to finally connect. So how are you managing your volunteers today?
        Lee: A WhatsApp group and a sheet. It works fine, to be honest. I'm not sure we have a problem that needs software.
        Dana: Every nonprofit says that. We do shift scheduling, QR check-in and impact reports.
        Lee: Okay.
    """)
    assert found.get(2) == "no_problem"


@pytest.mark.parametrize(
    ("reply", "kind"), [("No. It works. I do the service myself.", "no_problem"), ("Yes, the burner keeps cutting out.", None)]
)
def test_no_to_any_trouble_with_it_is_no_problem(reply, kind):
    found = signals(f"""
        Dana: Great, we service loads of those. Any trouble with it?
        Lee: {reply}
        Dana: Right. Well, the plan also includes a moisture-meter calibration.
        Lee: Okay.
    """)
    assert found.get(2) == kind


@pytest.mark.parametrize(("reply", "kind"), [("No. Don't pencil anything.", "failed_close"), ("Yes, put me down.", None)])
def test_a_no_to_a_proposal_ending_deal_is_a_failed_close(reply, kind):
    found = signals(f"""
        Dana: I get it. Tell you what, I'll pencil you in for next Thursday at ten, and if it doesn't work you just text me. Deal?
        Lee: {reply}
        Dana: Alright. What would have to go wrong with your current supplier for you to think about switching?
        Lee: A lot.
    """)
    assert found.get(2) == kind


def test_a_no_to_putting_a_deposit_down_is_a_failed_close():
    found = signals("""
        Dana: Look, how about this. Put five thousand down and I'll hold the unit and the rate. Fully refundable.
        Lee: Nope. You're pushing pretty hard.
        Dana: You're right, I am, and that's on me. What's actually making you hesitate?
        Lee: The price.
    """)
    assert found.get(2) == "failed_close"


@pytest.mark.parametrize(("reply", "kind"), [("We'll see.", "stall"), ("Tuesdays are usually quiet.", None)])
def test_we_will_see_to_when_would_it_fit_is_a_stall(reply, kind):
    found = signals(f"""
        Dana: And, um, when would an intervention block even fit? What does your schedule look like next year?
        Lee: {reply}
        Dana: Most of our schools use the advisory period.
        Lee: Okay.
    """)
    assert found.get(2) == kind


@pytest.mark.parametrize("lead_in", ["And, um,", "And"])
def test_a_window_given_to_when_can_i_ring_answers_it_after_any_lead_in(lead_in):
    assert signals(f"""
        Dana: {lead_in} when would be a good time for me to give you a ring, to see if Huw's had a look?
        Lee: Try me next week, I'm in the office most of it.
        Dana: Perfect, next week then.
        Lee: Bye.
    """) == {}


def test_no_to_whether_anything_made_them_doubt_the_rep_is_not_no_problem():
    assert signals("""
        Dana: So someone who'll be straight on the price and who'll ring you. Is there anything I've said today that's made you doubt either of those with me?
        Lee: No. You went lower than the other lad on the price, which I didn't like hearing, but I'd rather hear it.
        Dana: Good. I'll put it in writing tonight.
        Lee: Grand.
    """) == {}


@pytest.mark.parametrize(
    ("reply", "kind"), [("Okay. I will check on the register. That's fair.", None), ("I'll check with Jun first.", "failed_close")]
)
def test_checking_the_reps_claim_is_not_a_stall_but_checking_with_someone_is(reply, kind):
    found = signals(f"""
        Dana: We're authorised by the regulator, you can look us up on their register yourself. Would you like to start the search now?
        Lee: {reply}
        Dana: Please do.
        Lee: Okay.
    """)
    assert found.get(2) == kind


@pytest.mark.parametrize(
    ("reply", "signal"),
    [
        ("We manage.", "no_problem"),
        ("That's how we manage, we ring round the drivers every morning and it eats an hour.", None),
    ],
)
def test_we_manage_to_a_question_about_the_problem_says_there_is_none(reply, signal):
    found = signals(f"""
        Dana: And how are you keeping on top of where the vans all are and what they're up to?
        Lee: {reply}
        Dana: What does a normal week look like for you on the fleet side?
    """)
    assert found.get(2) == signal


@pytest.mark.parametrize(
    ("rep_asks", "reply", "signal"),
    [
        ("Would you like to go ahead with the pilot?", "I'll pass, thanks.", "failed_close"),
        ("Would you like to go ahead with the pilot?", "Pass for now.", "failed_close"),
        ("How does an order get from the table to the kitchen?", "The waiters write it on the pad and carry it to the pass.", None),
        ("Which client was that?", "A hospital group. Our largest contract. I'd rather not name them.", None),
        ("Which client was that?", "I'd rather not go ahead, to be honest.", "failed_close"),
    ],
)
def test_passing_on_it_refuses_and_the_kitchen_pass_or_a_detail_kept_back_does_not(rep_asks, reply, signal):
    found = signals(f"""
        Dana: {rep_asks}
        Lee: {reply}
        Dana: Okay.
    """)
    assert found.get(2) == signal


@pytest.mark.parametrize(
    ("rep_says", "put_off"),
    [
        ("Sounds good. When would be a good time for me to check back in?", True),
        ("Sounds good. Talk soon.", False),
    ],
)
def test_keeping_the_next_move_answers_a_when_question_with_a_stall_even_after_sounds_good(rep_says, put_off):
    found = signals(f"""
        Dana: I'll email the thirty-six-month numbers. {rep_says}
        Lee: I'll call you. He's slammed with tax stuff right now.
        Dana: Understood.
    """)
    assert (found.get(2) == "stall") is put_off


@pytest.mark.parametrize(
    ("reply", "signal"),
    [
        ("We give them an allowance. Hundred and twenty a year each. It's never been a problem.", "no_problem"),
        ("It's never been a problem until this year, when we lost two contracts over scruffy uniforms.", None),
    ],
)
def test_never_been_a_problem_says_there_is_none_unless_it_names_a_pain(reply, signal):
    found = signals(f"""
        Dana: Your technicians are buying their own overalls just now, is that right?
        Lee: {reply}
        Dana: Right.
    """)
    assert found.get(2) == signal


@pytest.mark.parametrize(
    ("reply", "signal"),
    [
        ("Sounds nice. Look, I'll need to chat to the founders before I take anything further.", "stall"),
        ("Sounds nice. I'd love to chat to you more about the chalet.", None),
    ],
)
def test_needing_to_chat_to_others_first_is_a_stall(reply, signal):
    found = signals(f"""
        Dana: We've got a chalet in Les Gets that sleeps sixteen, with a chef and a big table.
        Lee: {reply}
        Dana: Of course.
    """)
    assert found.get(2) == signal


@pytest.mark.parametrize(
    ("reply", "signal"),
    [
        ("Just, what would I pay a month? I'm paying eight-fifty rent and if it's more than that I'm not interested.", None),
        ("Honestly, I'm not interested.", "disengagement"),
    ],
)
def test_not_interested_as_the_bar_an_offer_must_clear_is_not_disengagement(reply, signal):
    said = signal_of_reply("Lenders look at your overtime in different ways, which changes what they will lend you.", reply)
    assert said == signal


@pytest.mark.parametrize(
    ("reply", "signal"),
    [
        ("Not being at a landlord's mercy. She starts secondary after the summer and I don't want her moving schools.", None),
        ("Look, let's pick it up after the summer.", "stall"),
    ],
)
def test_a_window_that_dates_someones_event_puts_nothing_off(reply, signal):
    said = signal_of_reply("Thanks for that. So what would having your own place change for you?", reply)
    assert said == signal


@pytest.mark.parametrize(
    ("rep_asks", "reply", "signal"),
    [
        ("So you joined the free webinar on Sunday. What did you think of it?", "It was okay.", "disengagement"),
        ("Mark, how about you, how do you see it?", "Okay lang.", "disengagement"),
        ("So you joined the free webinar on Sunday. What did you think of it?", "It was okay. The budgeting part hit home.", None),
        ("Did the courier come on time?", "It was okay.", None),
    ],
)
def test_a_lukewarm_word_when_asked_for_a_view_is_disengagement(rep_asks, reply, signal):
    assert signal_of_reply(rep_asks, reply) == signal


@pytest.mark.parametrize(
    ("reply", "signal"),
    [
        ("Yeah, you guys always say that. Every insurance person says that.", "unimpressed"),
        ("Fifty-two thousand? Honestly, this sounds exactly like what the agents in the mall tell you.", "unimpressed"),
        ("Before we go any further. How do you get paid out of all this?", "unimpressed"),
        ("A mate goes to your festival every year and says it's the only one where he makes money.", None),
        ("No, that's it. That's pretty much it.", None),
    ],
)
def test_doubting_what_every_seller_says_and_what_the_rep_earns(reply, signal):
    said = signal_of_reply("I see it all the time with restaurants. So, did I miss anything about the place?", reply)
    assert said == signal


@pytest.mark.parametrize(
    ("reply", "signal"),
    [
        ("Honestly, I don't care that much about six hundred bucks. What I care about is somebody picking up the phone.", None),
        ("Honestly, I don't care.", "disengagement"),
    ],
)
def test_not_caring_much_about_one_thing_says_what_matters(reply, signal):
    said = signal_of_reply("What would have to be true for you to think about changing who insures you?", reply)
    assert said == signal


@pytest.mark.parametrize(
    ("reply", "signal"),
    [
        ("Okay, that's what I need to see.", None),
        ("Okay. That I get. That's what Donna needs to hear, one answer.", None),
        ("Look, I like that you listened, but send me the quote and I'll look at it when I get a chance.", "stall"),
    ],
)
def test_what_they_need_to_see_agrees_and_looking_at_it_when_they_can_puts_off(reply, signal):
    said = signal_of_reply("For you it all rolls up into one answer, and I'll show you two insurers side by side.", reply)
    assert said == signal


def test_a_no_to_getting_the_application_in_is_a_failed_close():
    found = signals("""
        Dana: Guys are making an extra ten grand a month hiring it out. So let's get your application in.
        Lee: No, I'm not taking on a monthly debt like that right now.
        Dana: With respect, you're doing the maths wrong.
    """)
    assert found.get(2) == "failed_close"


@pytest.mark.parametrize(
    ("reply", "signal"),
    [
        ("Not really. Emails, Facebook, the church newsletter. It does what I need, dear.", "no_problem"),
        ("Well, I don't know. Sure what would I want it for? It does me grand.", "unimpressed"),
        ("Well, I'm not everyone.", "unimpressed"),
        ("You're very persistent, aren't you.", "unimpressed"),
        ("Wow. Okay. Of course I want the best for him, that's really not fair.", "unimpressed"),
        ("I mean, her photos were lovely. I'm not sure the extra is worth it for us.", "unimpressed"),
        ("Sorry, so what's the pod then, is that instead of my box or as well as it?", "confusion"),
        ("Not everyone in the house watches sport, but my son will love it.", None),
    ],
)
def test_doubts_from_people_content_with_what_they_have(reply, signal):
    said = signal_of_reply("Everyone's switching, and it's 129 a month. Anything that bugs you about what you have?", reply)
    assert said == signal


@pytest.mark.parametrize(
    ("rep_says", "closes"),
    [
        ("I can put it through now and you'll have the box by next week.", True),
        ("Want me to go ahead and set up the student plan for next week?", True),
        ("It all comes on one bill, with the box by next week.", False),
    ],
)
def test_a_no_to_putting_it_through_or_setting_up_the_plan_is_a_failed_close(rep_says, closes):
    assert (signal_of_reply(rep_says, "Nah, I don't do things over the phone.") == "failed_close") is closes


def test_it_was_fine_to_how_did_you_find_it_is_lukewarm():
    found = signals("""
        Dana: Cool. So how'd you find the box?
        Lee: It was fine.
        Dana: Great. The student plan is four meals a week.
        Lee: Okay.
    """)
    assert found.get(2) == "disengagement"


@pytest.mark.parametrize(
    ("rep_says", "reply", "signal"),
    [
        ("How long would it take you to get the interval data from Darnell?", "I'll see him tomorrow. So, this week.", None),
        ("Then the one-pager covers the lease term. Anything I've missed?", "No. That's actually more than I expected out of this.", None),
        ("The price is only good till the first, so I'll need you back by Friday. Can you promise me that?",
         "I'm not promising owt, Craig. Honestly, the more you push, the less I fancy it.", "failed_close"),
        ("Best is I come to your office and we finalise it. Monday morning nine o'clock, shall I come?",
         "Monday nine, okay, fine. Come to the office, Anand will be there. But I am not promising anything.", None),
        ("What problems do you have with the T8 tubes? Failure rate, maintenance, electricity cost?",
         "No problem. They work. When one is broken my team changes it.", "no_problem"),
    ],
)
def test_seeing_a_colleague_and_pleased_surprise_are_no_signals_but_refusing_to_promise_is(rep_says, reply, signal):
    assert signal_of_reply(rep_says, reply) == signal


@pytest.mark.parametrize(
    ("rep_says", "reply", "signal"),
    [
        ("She doesn't need to sign anything. So, is it a Visa or a Mastercard you'll be using?",
         "No, no. I don't want to pay today. I need to ask my imam and my brother first.", "failed_close"),
        ("She doesn't need to sign anything. So, is it a Visa or a Mastercard you'll be using?", "Visa. Here's the number.", None),
        ("Twenty-nine ninety-seven, or two payments of fifteen ninety-seven. Which one do you want to go with?",
         "Oh. Wow. I can't do three grand right now.", "failed_close"),
        ("Full truck, so two hundred and forty units mixed. Your call on the mix.",
         "Two-forty? No, Ryan, I haven't got room for that. My racks are full.", "failed_close"),
        ("Full truck, so two hundred and forty units mixed. Your call on the mix.", "Two-forty. We've got room for that since the new racking.", None),
        ("We'd set the trust up for your mum. Does that sound like something you'd look at?", "I asked my brother already, he says it's a good idea.", None),
    ],
)
def test_a_no_to_paying_now_or_to_stock_with_no_room_is_a_failed_close(rep_says, reply, signal):
    assert signal_of_reply(rep_says, reply) == signal


@pytest.mark.parametrize(
    ("reply", "signal"),
    [
        ("But my wife is not in UK. How she will sign? I am confuse.", "confusion"),
        ("Wait. So mi pay for a funeral here and one over there? Mi nuh understand how dat work.", "confusion"),
        ("Okay, mi understand now. That is clear.", None),
    ],
)
def test_confusion_in_the_prospects_own_english(reply, signal):
    rep_says = "Gold Plus covers the funeral here and repatriation is an add-on at five thousand six hundred."
    assert signal_of_reply(rep_says, reply) == signal


@pytest.mark.parametrize(
    ("rep_says", "reply", "signal"),
    [
        ("The package starts at four hundred and fifty thousand naira for a half day.",
         "Hm. My friend's brand got theirs done for about half that, and their pictures looked fine.", "unimpressed"),
        ("The package starts at four hundred and fifty thousand naira for a half day.", "My friend's brand got theirs done here last year. She loved it.", None),
        ("The promo really does end on Friday, though. It'd be a shame to pay double for no reason.",
         "Honestly, this is starting to feel like a used car lot.", "unimpressed"),
        ("Driver counts, noted. And the invoicing, weekly or monthly suits you better?", "Monthly. Same as now, one statement, both sites.", None),
        ("It tracks every competitor's price for you, daily.", "Right, but that's just the same as what we've got.", "unimpressed"),
    ],
)
def test_someone_paying_half_and_a_hard_sell_are_unimpressed_but_same_as_now_is_not(rep_says, reply, signal):
    assert signal_of_reply(rep_says, reply) == signal


@pytest.mark.parametrize(("reply", "signal"), [("Yeah, righto.", "disengagement"), ("Ja okay.", "disengagement")])
def test_righto_and_ja_after_a_pitch_are_bare_replies(reply, signal):
    pitch = (
        "Oh, while I've got you, we've just got the new cladding range in, the boards and the new fixings that go with "
        "them, heaps of builders round here are using them on the newer estates, the weatherboard look without the "
        "maintenance, and we've got a rep day on the twelfth where you get the trade price locked in and a free kit."
    )
    assert signal_of_reply(pitch, reply) == signal
    assert signal_of_reply("Delivery to the Highfields site, same address on Kuhls Road?", reply) is None


@pytest.mark.parametrize(
    ("reply", "signal"),
    [
        ("Ugh, let me think about when. Maybe just send me the results and I'll check them out.", "stall"),
        ("Send me the results and I'll check them. Then Tuesday at four we go through them.", None),
    ],
)
def test_send_me_it_and_ill_check_in_reply_to_when_keeps_the_next_move(reply, signal):
    rep_says = "I'll run it tonight and we look at them side by side. When could we look at them together?"
    assert signal_of_reply(rep_says, reply) == signal


@pytest.mark.parametrize(
    ("rep_says", "signal"),
    [
        ("And with Vasan, any challenges you are facing? Delays, short supply, anything?", "no_problem"),
        ("And with Vasan, any particular delivery day? Monday, Tuesday?", None),
    ],
)
def test_asking_for_any_trouble_before_a_list_of_options_is_a_problem_question(rep_says, signal):
    assert signal_of_reply(rep_says, "Nothing in particular.") == signal


@pytest.mark.parametrize(
    ("rep_says", "reply", "signal"),
    [
        ("Could we get you started on the team plan this week?", "Honestly? We can't, sorry.", "failed_close"),
        ("Ouch. And since then, what have you tried?", "Vikram exported events to a spreadsheet. We can't, like, split it by Android version.", None),
    ],
)
def test_we_cant_is_a_no_but_not_when_a_filler_carries_the_sentence_on(rep_says, reply, signal):
    assert signal_of_reply(rep_says, reply) == signal


@pytest.mark.parametrize(
    ("rep_asks", "reply", "signal"),
    [
        ("When you picture the ideal setup for the mobile team, what would they be able to do that they can't today?",
         "Okay. So the mobile dev changes two services for one feature. Today both need to be on staging at once. Vercel can't do that at all.", None),
        ("So where do you two want to go from here?",
         "Honestly, I'd want the other partners to hear this. We've got four partners. I'm not going to sign something on a Tuesday morning call.", "failed_close"),
    ],
)
def test_a_no_deep_in_an_answer_about_their_world_counts_only_when_it_names_the_decision(rep_asks, reply, signal):
    assert signal_of_reply(rep_asks, reply) == signal


@pytest.mark.parametrize(
    ("reply", "signal"),
    [
        ("Eleven is better. Nine thirty is too early for him on a Saturday, he won't get up.", None),
        ("Nine thirty is too early for him on a Saturday. I'll call you when he's up.", "failed_close"),
    ],
)
def test_faulting_one_of_two_times_offered_while_taking_the_other_is_no_put_off(reply, signal):
    assert signal_of_reply("I have eleven o'clock Saturday, it takes about an hour. Or nine thirty?", reply) == signal


@pytest.mark.parametrize(
    ("reply", "signal"),
    [
        ("Hang on, I'm not with you. Why would I want a service?", "confusion"),
        ("Hang on, what's this calibration thing? It's just a bit of glass.", "confusion"),
        ("I'm with you so far. The service is the oil and filters, yes.", None),
        ("You're like all the rest of them. I've had three calls this week.", "unimpressed"),
        ("I don't think that's right. He's done plenty of vans. Yous always say that.", "unimpressed"),
        ("You're like the rest of my family, always planning ahead.", None),
    ],
)
def test_not_with_you_and_like_all_the_rest(reply, signal):
    assert signal_of_reply("And while it's up on the ramp we'd do the calibration and the full service together.", reply) == signal


@pytest.mark.parametrize(
    ("rep_says", "reply", "signal"),
    [
        ("Leaving the warranty aside, what is it that's bothering you about it?",
         "Well. My son does all that for me. I wouldn't do anything without him looking at it.", "stall"),
        ("Leaving the warranty aside, what is it that's bothering you about it?", "Well. I bought the last car without him looking at it.", None),
        ("Smashing. When's good for you to drop it in?", "I'm on rotating shifts. Might be easier if I just ring you back when I know.", "stall"),
        ("Smashing. When's good for you to drop it in?", "Tuesday at ten works. If I just ring you back when I'm parked, we can do the address.", None),
        ("Is now a bad moment?", "I'm under a sink. Can you just phone me after work?", "stall"),
    ],
)
def test_putting_it_off_to_a_son_or_to_ringing_back_is_a_stall(rep_says, reply, signal):
    assert signal_of_reply(rep_says, reply) == signal


@pytest.mark.parametrize(
    ("reply", "signal"),
    [
        ("You are, if I'm honest. This is exactly why I hate these calls. Every one of yous is the same.", "unimpressed"),
        ("Honestly? You lot are all the same.", "unimpressed"),
        ("The same as everyone, the price. We all hate paying more than we have to.", None),
    ],
)
def test_lumping_the_rep_in_with_every_seller_is_a_doubt_even_in_an_answer(reply, signal):
    """Said in answer to "What's stopping you?", a jab at the rep is still a doubt; naming the
    reason, as asked, is not."""
    assert signal_of_reply("The only thing between you and twelve grand is a signature. What's stopping you?", reply) == signal


def test_a_doubt_that_follows_an_answer_is_not_accepting_it():
    """"Yous always say that" after the rep's answer keeps the first objection unreset."""
    script = """
        Dana: It's four hundred and twenty, fitted, with the calibration included.
        Lee: Hmm. That seems like a lot of money for a bit of glass.
        Dana: That's not how it works anymore, mate. Your fella won't have the rig.
        Lee: I don't think that's right. Yous always say that.
        Dana: Trust me on this one.
        Lee: Okay.
    """
    moments = {m.turn: m.status for m in judge(call(script)).reset_moments}
    assert moments.get(2) == "missed"


@pytest.mark.parametrize(
    ("reply", "stalls"),
    [
        ("We'll talk about it. Give us a call next week.", True),
        ("Give me a ring in a couple of weeks.", True),
        ("We'll talk about it on the call with you Thursday at two.", False),
    ],
)
def test_taking_it_away_to_talk_about_or_a_call_some_time_is_a_stall(reply, stalls):
    assert (signal_of_reply("So which level feels right for the two of you, Friend or Patron?", reply) == "stall") is stalls


@pytest.mark.parametrize(
    ("rep_says", "reply", "signal"),
    [
        ("So will I put you down for the two kegs?", "No, you won't. Not this week anyway.", "failed_close"),
        ("It won a gold in Dublin.", "Look, leave it with me.", "stall"),
        ("It won a gold in Dublin.", "I'll have a chat with my son, he does the ordering now.", "stall"),
        ("It won a gold in Dublin.", "I'll have a chat with you about it on Thursday at ten.", None),
        ("That was a bad beer, this one's a different animal.", "I had a craft tap before. Didn't impress me, to be honest.", "unimpressed"),
    ],
)
def test_putting_a_close_irishly_and_leaving_it_with_me(rep_says, reply, signal):
    assert signal_of_reply(rep_says, reply) == signal


@pytest.mark.parametrize(
    ("reply", "signal"),
    [("Um, it's okay? I'd like more of the higher-end couples, the ones with budgets.", None), ("It's okay. No complaints.", "no_problem")],
)
def test_a_goal_named_after_its_okay_is_no_denial_of_a_problem(reply, signal):
    assert signal_of_reply("Tell me where the business is at right now.", reply) == signal


@pytest.mark.parametrize(
    ("rep_says", "signal"),
    [
        ("You'll count the free drinks yourself, so you're not taking my word for it.", None),
        ("How's your current setup working for you?", "no_problem"),
    ],
)
def test_the_thing_is_good_praises_the_offer_after_a_pitch_and_denies_a_problem_to_a_question(rep_says, signal):
    assert signal_of_reply(rep_says, "Okay. The system is good.") == signal


@pytest.mark.parametrize(
    ("reply", "signal"),
    [
        ("Twenty-four fifty for a truck with 410 on it? That's not a great deal, Nate.", "unimpressed"),
        ("Oh. That is a good price, Gaz.", None),
        ("Honestly the app didn't look like much, the screenshots look like 2015.", "unimpressed"),
        ("Hm. Routing the bad reviews away kind of rubs me wrong. That feels shady.", "unimpressed"),
    ],
)
def test_a_poor_deal_a_dated_look_and_something_shady_are_doubts(reply, signal):
    assert signal_of_reply("It's twenty-four fifty a month, walk-away option at thirty-six.", reply) == signal


def test_not_knowing_of_a_problem_is_no_problem():
    assert signal_of_reply("What problem are you trying to fix?", "I don't know if I've got a problem exactly.") == "no_problem"


@pytest.mark.parametrize(
    ("rep_says", "reply", "signal"),
    [
        ("What brand would you want to protect, whatever it costs?", "Rational or Unox, nothing else.", None),
        ("What problems have you had with the kitchen?", "Nothing.", "no_problem"),
        ("What would make you say no?", "If there's some hidden fee, installation or whatever.", None),
        ("I'll walk you through the whole rota module now.", "Whatever.", "disengagement"),
        ("Does your accountant use Sage?", "Sage, I think. And what does it cost? I'm not paying a fortune for a rota.", None),
        ("So shall we get you set up today?", "I'm not paying for it today.", "failed_close"),
    ],
)
def test_nothing_else_or_whatever_and_a_price_bar_are_no_signals(rep_says, reply, signal):
    assert signal_of_reply(rep_says, reply) == signal


@pytest.mark.parametrize(
    ("rep_says", "reply", "signal"),
    [
        ("Retail eleven ninety-nine, you're in at six-fifty.", "Nobody here is paying twelve dollars for a bag of jerky.", "unimpressed"),
        ("Retail eleven ninety-nine, you're in at six-fifty.", "Nobody here is paying attention to jerky, it's all coffee.", None),
        ("The renewal's up on the thirtieth at sixty-two thousand.", "I have to say, that's not going to fly here.", "unimpressed"),
        ("Our day rate is nine fifty.", "I can't justify that gap to my finance director.", "failed_close"),
        ("It's twelve months of weekly calls and coaching.", "I just don't know if it's really for me.", "unimpressed"),
        ("What else would the board want from us?", "Honestly, we'll need to take all of this back to the category board.", "stall"),
        ("A bank loan will nearly always be cheaper if you can get one.", "Okay. Thank you for being honest with me.", None),
    ],
)
def test_doubts_about_the_price_or_the_fit_and_taking_it_to_the_board_are_signals(rep_says, reply, signal):
    assert signal_of_reply(rep_says, reply) == signal


@pytest.mark.parametrize(
    ("opening", "found"),
    [
        ("Sandra, hi, thanks for jumping on. So as per my email the renewal's up on the thirtieth.", {2: "no_problem"}),
        ("Love that. Hi Sophie! Great to have you both. Martin, go for it.", {2: "no_problem"}),
        ("Sandra, hi, thanks for jumping on. Can you hear me okay?", {}),
    ],
)
def test_saying_what_the_call_is_about_or_handing_over_the_floor_starts_the_conversation(opening, found):
    assert signals(f"""
        Dana: {opening}
        Lee: I have to say, it's all working fine here. No complaints.
        Dana: Tell me more about the budget.
        Lee: It's flat.
    """) == found


@pytest.mark.parametrize(
    ("rep_says", "reply", "signal"),
    [
        ("Institutions your size are getting hit every week.", "We had a pen test in March and it came back clean. So I don't think that's really fair.", "unimpressed"),
        ("Our annual price is thirty-eight thousand.", "The team liked it, but the price is higher than I expected for a dashboard.", "unimpressed"),
        ("Companies your size recover four to six percent.", "Mm. We tried an audit firm before. I'm not keen to go through that again.", "unimpressed"),
        ("The whole roof needs restoring.", "Mm. The other guy who came out on Wednesday reckoned it was a few hundred dollars.", "unimpressed"),
        ("Fourteen years, it's done. You want a new combi.", "Hang on, nobody's actually looked at it yet. Couldn't it just be a valve?", "unimpressed"),
        ("Our fee is four ninety-five. Shall we get that moving?", "Hmm. Four ninety-five on top of everything else. The bank said they'd do it for free.", "unimpressed"),
        ("It's twelve sessions, normally nine sixty.", "Twelve sessions. Gosh. I was thinking more like one or two.", "unimpressed"),
        ("It's ninety-five a month for everything.", "That's a chunk. I could probably just do it myself with a YouTube video.", "unimpressed"),
        ("Most parents in your position wouldn't think twice.", "I'm not most parents, I'm a single mum on a teaching assistant's wage.", "unimpressed"),
        ("What's more important, a week's food shop or your kids losing the house?", "That's not really fair.", "unimpressed"),
        ("It's four fifty a month for up to six.", "Honestly I don't know if lessons work for these guys.", "unimpressed"),
        ("What about the four days after month end, is that something to tackle?", "Secondary. Honestly I don't think there's much to gain there.", "no_problem"),
        ("For your volume it's around seventy thousand a year.", "Yeah. And honestly the CFO isn't looking to buy another platform this year.", "disengagement"),
        ("Would you check every agreement, or a sample?", "I'd want a person to confirm every distributor agreement. NDAs I don't care about.", None),
        ("Hang on, what's a guaranteed annuity rate?", "Hang on, what's a guaranteed annuity rate? Is that good or bad?", "confusion"),
    ],
)
def test_doubts_put_as_fairness_another_opinion_or_a_bad_past_time_are_signals(rep_says, reply, signal):
    assert signal_of_reply(rep_says, reply) == signal


@pytest.mark.parametrize(
    ("rep_says", "reply", "signal"),
    [
        ("Would you be up for a surveyor measuring up?", "Ah look, I'd want to talk to Niall about it first.", "stall"),
        ("So would it be worth getting a designer out to measure up?", "Um. I think we'd want to have a think first, to be honest.", "stall"),
        ("Are you sure you don't want to lock it in now?", "I'm sure. Just the email, please.", "failed_close"),
        ("If we want this rate we need to submit today. Shall I start the application?", "Today? We haven't even spoken to Northgate yet.", "stall"),
        ("I'll put the application through on the combined policy.", "No, don't put it through.", "failed_close"),
        ("Twelve thousand is under your limit, we could just do it on a card.", "That's not something we do. Everything goes through onboarding.", "failed_close"),
        ("Either of you is welcome on Tuesday, it's up to you.", "Okay, I'll see if he can get out of work. Thanks Dale.", None),
        ("Either of you is welcome on Tuesday, it's up to you.", "Okay, I'll see.", "stall"),
    ],
)
def test_put_offs_in_a_name_a_think_or_just_the_email_are_signals(rep_says, reply, signal):
    assert signal_of_reply(rep_says, reply) == signal


@pytest.mark.parametrize(
    ("reply", "signal"),
    [("Dunno. Guess, mostly.", "disengagement"), ("Spreadsheet, mostly.", None), ("Dunno.", "disengagement")],
)
def test_a_shrug_of_a_few_words_to_an_open_question_is_disengagement(reply, signal):
    assert signal_of_reply("How do you currently work out what to put aside for your tax bill?", reply) == signal


@pytest.mark.parametrize(
    ("rep_says", "reply", "signal"),
    [
        ("And what kind of problems have you had with spoilage?", "None, really. We check them every couple of weeks.", "no_problem"),
        ("Fair enough. Anything about it that bugs you?", "Nope. It's coolant.", "no_problem"),
        ("I'll send the invite for ten. Anything you'd want added?", "Nah, that's good.", None),
        ("And how are those holding up this year?", "Eh.", "disengagement"),
        ("Our gold package is photo and cinema together, two shooters, drone, and a same-day edit.", "What's a same-day edit?", "confusion"),
        ("We do vehicle tracking for construction fleets.", "What's this about?", None),
        ("So what would it take to get you in this boat today?", "Nothing today. It's not happening today.", "failed_close"),
        ("That's forty-nine a seat, on a twelve month term.", "That's quite a lot more. I'd need to take it to Dr Mehta, she signs off anything over a few hundred.", "stall"),
        ("If you commit this week I can do fifteen on the supervisors.", "The other two are at fifteen. So that's not really a discount from where I'm standing.", "unimpressed"),
        ("Dedicated team, same two every night.", "Okay, but there are a couple of Google reviews from this year about cleaners not turning up.", "unimpressed"),
        ("So tuesday's agenda is the cost model. Anything else you want me to bring?", "Maybe an example, so he can see it's not fluff.", None),
        ("Is it a polite way of saying it's not a priority, or is it timing?", "It's timing. If it's not this week it's not happening at all.", None),
    ],
)
def test_a_none_a_nope_a_shrug_a_word_of_the_pitch_asked_about_and_a_no_to_the_dealers_close_are_signals(rep_says, reply, signal):
    assert signal_of_reply(rep_says, reply) == signal


@pytest.mark.parametrize(
    ("rep_says", "reply", "signal"),
    [
        ("It's three thousand eight hundred for the full barrier treatment.", "Three thousand eight hundred. Goodness. For a few mud tubes?", "unimpressed"),
        ("The full package is twenty-four hundred.", "Twenty-four hundred. Wow.", "unimpressed"),
        ("You're around twenty-eight thousand installed.", "Twenty-eight grand. For a kid who can't drive straight.", "unimpressed"),
        ("Installed, it comes to forty-one eighty.", "Forty-one eighty. Hm. That's a good bit more than I had in my head.", "unimpressed"),
        ("It's four-ninety-nine for the ten sessions.", "Could I do one session first? Four-ninety-nine's a lot to put down on the spot.", "unimpressed"),
        ("The investment is six grand.", "Six grand. Okay. What's the payment plan look like?", None),
        ("How many vans have you got on the road?", "Forty-one. Vans mostly, two pickups.", None),
        ("And the fee's seventy-nine a month.", "Seventy-nine. For a year?", None),
        ("I've got that at nine thousand eight hundred all in.", "Nine thousand eight hundred. For a coach that's going to sit in a car park for three days?", "unimpressed"),
        ("The tent is twelve hundred for the weekend.", "Twelve hundred. For a tent that sleeps how many?", None),
    ],
)
def test_a_price_said_back_with_a_gasp_or_made_small_is_unimpressed(rep_says, reply, signal):
    assert signal_of_reply(rep_says, reply) == signal


@pytest.mark.parametrize(
    ("rep_says", "reply", "signal"),
    [
        ("Could you just text him? It's a really simple approval.", "I'm not texting my boss at a conference about scheduling software.", "failed_close"),
        ("Could you just text him? It's a really simple approval.", "Sure, I'll text him now.", None),
        ("Let me call you tomorrow at nine and you tell me where your head's at.", "There's nothing to sleep on. Please don't call tomorrow.", "failed_close"),
        ("I'll get the first one on the schedule. Which day suits?", "Don't call before ten, I'm on the school run. Thursday's fine.", None),
        ("Great. I'll set the call up with Zoe for Tuesday.", "Perfect. And can you hold off on the downgrade ticket till then?", None),
        ("Great. I'll set the call up with Zoe for Tuesday.", "Actually, let's hold off on that for now.", "failed_close"),
        ("Then could I call you Saturday morning?", "Saturday at ten's fine. I'm not doing anything till eleven.", None),
        ("That's fifty-four a year. Shall I book the first one?", "Okay, that's fine. I'd rather not have to take the mower around through the neighbour's.", None),
        ("Shall I reserve you a place in the January group?", "I'd need to check whether work will cover it first.", "failed_close"),
        ("Sure, but I'd really recommend grabbing the spot now.", "Yeah... I'm not going to pay before I know about the budget, sorry.", "failed_close"),
    ],
)
def test_a_no_to_what_was_asked_in_its_own_words_is_a_signal_and_a_hold_asked_of_the_rep_is_not(rep_says, reply, signal):
    assert signal_of_reply(rep_says, reply) == signal


@pytest.mark.parametrize(
    ("rep_says", "reply", "signal"),
    [
        ("Just checking in with folks on Maple Hill. How's everything been around the house?", "Fine. We actually have a guy now, local guy, does the quarterly spray.", "stall"),
        ("So what's the next thing you'd want to tackle?", "I'm actually already a member at the leisure centre, so I'm sorted for a gym, really.", "stall"),
        ("Which matters more, flowing gutters or not thinking about it?", "Honestly, I'm on a fixed income, so I'm not looking to spend a fortune.", None),
        ("We've got the Tuesday evening class or the Saturday one.", "I'll just look at the prices.", "stall"),
        ("What does the plan page say for you?", "Wait, what? The comparison page just says interactivity.", "confusion"),
        ("We could find ways to make the deductible easier.", 'What does "find ways" mean? Because that\'s insurance fraud.', "confusion"),
        ("Twenty-two seats, so the Pro tier covers you.", "Twenty-two, yeah. What's the difference in price?", None),
        ("We'd log it per machine. Does that make sense?", "Okay, well, what are we talking about to treat it?", None),
        ("The new plan adds the AI call notes and the reply assist.", "A hundred and twelve a month more for things we never asked for. Helen's going to love that.", "unimpressed"),
        ("Grafana won't give you the same retention, and we're the standard.", "That's nice, but it doesn't change the number.", "unimpressed"),
        ("Every roofer can say that, but our crews are certified.", "Every roofer who's been through here tells me his way is the right way. You all say that.", "unimpressed"),
        ("You'd save most of that on the first bill.", "I've been doing this job for fifteen years. I know what my techs need.", "unimpressed"),
        ("So it's the crane or nothing, really.", "You'd actually tell us if it can be saved? Five minutes ago you told me it has to come down.", "unimpressed"),
    ],
)
def test_a_supplier_already_in_place_a_shrug_a_quoted_word_asked_about_and_doubts_in_new_words_are_signals(rep_says, reply, signal):
    assert signal_of_reply(rep_says, reply) == signal


def test_a_buyer_agreeing_with_the_other_buyer_is_no_nod_at_the_pitch_but_a_flat_mm_is():
    found = signals("""
        Dana: It's fifty a session, or there's a once-a-week option with a home programme at two hundred a month.
        Omar: Once a week we could probably do.
        Nadia: Yeah.
        Dana: Great. I'll tell you about the programme. It has twelve exercises and a weekly check-in on the app, and you log your sets.
        Omar: Two hundred. Okay.
        Nadia: Mm.
        Dana: Good. Talk soon.
        Omar: Bye.
    """)
    assert 3 not in found and found.get(6) == "disengagement"


@pytest.mark.parametrize(
    ("rep_says", "reply", "signal"),
    [
        ("If you're comfortable, we could do the paperwork now.", "I think we'd want Michael to look at it before we sign anything.", "failed_close"),
        ("I can hold the date with a deposit.", "Let's... maybe let's talk next week. We need to sit down and have a proper think about all this.", "failed_close"),
        ("So shall we pencil in the band for the twelfth?", "Let's not fix anything just yet. I'll drop you a line once the budget's settled.", "stall"),
        ("Nobody wants to be the one who didn't come to Crete.", "Hm. I'm not so sure.", "unimpressed"),
        ("They'll sub it out, trust me.", "Well, they told us it was their own coach. I'm not sure that's fair.", "unimpressed"),
        ("And the positioning fee is on the email.", "Six hundred pounds. Why's that separate from the hire?", "unimpressed"),
        ("What would make it worth changing for you?", "We'd want to cut the time we lose on re-work. That's the big one.", None),
    ],
)
def test_wanting_someone_or_time_to_weigh_it_a_doubt_and_an_unexpected_charge_are_signals(rep_says, reply, signal):
    assert signal_of_reply(rep_says, reply) == signal


@pytest.mark.parametrize(
    ("reply", "signal"),
    [
        ("Oh, hi. Yes. Look, I'll be upfront, we're pretty happy with who we use.", "stall"),
        ("Yes, I've had a look. It's a lot more than I was expecting, Gary.", "unimpressed"),
        ("Oh right, yeah. I'm in the middle of setting up for a wedding so you'll have to be quick.", None),
        ("Yeah, it's fine, I've got twenty minutes. Go ahead.", None),
    ],
)
def test_a_brush_off_or_a_doubt_said_to_the_greeting_counts_but_being_busy_does_not(reply, signal):
    found = signals(f"""
        Dana: Hi, is that Lee? It's Dana from Inkwell Press.
        Lee: {reply}
        Dana: No problem. We print menus for hotels and restaurants, mostly short runs with quick changes.
        Lee: Right.
    """)
    assert found.get(2) == signal


@pytest.mark.parametrize(
    ("rep_says", "reply", "signal"),
    [
        ("So you've got everything you need from me?", "No, I think I've got what I need. I'll have a think and let you know.", "stall"),
        ("Want me to send the addendum over for you to sign?", "Not yet. Let us think.", "stall"),
        ("Are you happy with who does your collections now?", "We've got Haulmark. We're fine.", "stall"),
        ("Who looks after your beer lines at the moment?", "We clean them ourselves. Every Monday.", "stall"),
        ("We could send you the samples next week.", "Oh, yes. You were going to send me something.", None),
        ("Can I put you down for the ninety-two tons?", "Kyle. I told you.", "failed_close"),
        ("Did the delivery come in okay?", "Yes. I told you about the pallets last week, didn't I?", None),
    ],
)
def test_a_think_a_supplier_or_a_job_already_covered_and_a_no_said_before_are_put_offs(rep_says, reply, signal):
    assert signal_of_reply(rep_says, reply) == signal


@pytest.mark.parametrize(
    ("rep_says", "reply", "signal"),
    [
        ("Our fee's twenty per cent, pretty standard for the industry.", 'Everyone says "standard". Last time we paid the fee, the chap left after ten weeks.', "unimpressed"),
        ("Trust me, you'd be saving money every month.", "Everybody wants to save money. That's not the point.", "unimpressed"),
        ("Trust me, you're paying it in fees already.", "I know what I'm paying.", "unimpressed"),
        ("You're losing sixty bucks a load, that's real money.", "Son, I don't need you telling me what I'm losing.", "unimpressed"),
        ("And it prints the label with the price and the weight.", "Right. But why would I want that? My scale weighs fine.", "unimpressed"),
        ("The cabinet is fourteen thousand installed.", "Fourteen thousand. Mamma mia. That's not what I was thinking.", "unimpressed"),
        ("So the second pickup is ninety-five a month.", "Okay, that's fair. I can live with that.", None),
        ("What's the biggest headache with the cardboard right now?", "Honestly, the dumpster's not what keeps me up at night. It's a chore.", "no_problem"),
        ("Sounds like the returns keep you up at night.", "Well, we've never had any bother from HMRC.", "no_problem"),
        ("The retainer covers the handbook, and the tribunal cover sits on top.", "I'm not... so I'd be paying twice?", "confusion"),
        ("Did you get a chance to look at the proposal I emailed?", "Well, I haven't actually read it, so.", "disengagement"),
    ],
)
def test_doubts_said_plainly_a_problem_denied_a_charge_doubled_and_an_unread_proposal_are_signals(rep_says, reply, signal):
    assert signal_of_reply(rep_says, reply) == signal


@pytest.mark.parametrize(
    ("rep_says", "reply", "signal"),
    [
        ("And how do your people feel about the system you have?", "Don't know. Nobody's said anything.", "no_problem"),
        ("Who are you running payroll through right now?", "ADP. We've been with them six years and nobody here complains about it.", "no_problem"),
        ("Is that something your MSP covers?", "Our MSP has been pretty solid, actually.", "no_problem"),
        ("How have sales been at the shop this year?", "They're mostly cash. Though we had a reasonably good summer, actually.", "no_problem"),
        ("How has the old provider been for you?", "Our old provider has been awful, honestly.", None),
        ("It's the kiosk we showed at the trade fair.", "I stopped by the stand. My colleague was more taken with them than I was.", "unimpressed"),
        ("The screens are all new for this year.", "Honestly, the screens and the lights, I couldn't care less about any of it.", "unimpressed"),
        ("We stopped doing the challenge last year, so is that what put you off?", "No! God, no. I couldn't care less about the challenge.", None),
        ("The new quote comes in at nine-four.", "Right, that's a lot closer.", None),
        ("The offer ends Friday.", "Hang on. That's exactly what the last fellow said.", "unimpressed"),
        ("Shall we get the finance form started?", "Someone had Mum signing a form last time. So we're going to take this slow.", "unimpressed"),
        ("Brent here again, just one more thing on the price.", "Brent, if you push on this one more time, I'm ending the call.", "disengagement"),
        ("And this dashboard shows every queue.", "Sorry, I'm half on email here. Carry on.", "disengagement"),
        ("So shall we set up the call?", "It would help. But I mean it, no sales pitch on that call.", None),
    ],
)
def test_nothing_wrong_said_plainly_heard_it_before_and_threats_to_hang_up_are_signals(rep_says, reply, signal):
    assert signal_of_reply(rep_says, reply) == signal


@pytest.mark.parametrize(
    ("rep_says", "reply", "signal"),
    [
        ("We'd create the accounts in your directory for you.", "We'd need a full security review before anything gets connected.", "stall"),
        ("So, thoughts on the lease?", "I'll probably just see what the Skoda place offers. Send me the numbers.", "stall"),
        ("It links to the parents' app straight away.", "It has to go to the governors' resources committee, and they don't meet until March.", "stall"),
        ("Shall I pencil us in for Wednesday at ten?", "Yes. And could you send me the pricing before then, so I can show Michelle?", None),
    ],
)
def test_a_review_a_committee_and_the_numbers_to_compare_are_put_offs_but_reading_for_the_meeting_is_not(rep_says, reply, signal):
    assert signal_of_reply(rep_says, reply) == signal


@pytest.mark.parametrize(
    ("rep_says", "reply", "signal"),
    [
        ("Shall I set up the account today, so you lock in the promo?", "Today... it is a little difficult.", "failed_close"),
        ("Let me come Saturday, I measure the roofs and you sign the form there.", "No. Saturday I am with the sheep. And I don't sign nothing on the spot.", "failed_close"),
        ("Is there a day next week that's usually calmer for you?", "Maybe Wednesday. Or Thursday. I will write you. We see.", "stall"),
        ("How about I call you tomorrow at ten and you give me a yes or no then?", "Tomorrow we are at the warehouse. We will email you when we finish the comparison.", "stall"),
        ("The first month of photos is free.", "Send me everything on WhatsApp. I look at it with my husband.", "stall"),
        ("So how would you both feel about a trial on your own data?", "The idea is good. But this decision is not only ours. We discuss inside and we come back to you.", "stall"),
        ("Ahmed, Layla, can you see my screen?", "Yes, we see. Hello Sofia.", None),
    ],
)
def test_put_offs_said_in_a_second_language_are_signals(rep_says, reply, signal):
    assert signal_of_reply(rep_says, reply) == signal


@pytest.mark.parametrize(
    ("rep_says", "reply", "signal"),
    [
        ("And the subsidy closes in March, so it has to be now.", "Every year somebody tells me something closes in March.", "unimpressed"),
        ("We also do influencer visits with food bloggers.", "Hmm. Bloggers, photos... The last agency did the same same.", "unimpressed"),
        ("A first-visit discount fills the chairs.", "We tried it once and it brought in people who never came back.", "unimpressed"),
        ("Our lead time is three and a half weeks.", "Everybody quotes three and a half weeks. Then it's six.", "unimpressed"),
        ("It's twelve hundred a month for both salons.", "Twelve hundred? Carla, that's more than Becca's wages.", "unimpressed"),
        ("Clients can book themselves online at any hour.", "In theory. My clients are not young.", "unimpressed"),
        ("And the photographer worked for the big hotels.", "Maybe. I don't know.", "unimpressed"),
        ("Those reviews look like a bit of a crisis.", "I'm not sure I'd call it a crisis. It was the drilling.", "no_problem"),
        ("Does it ever happen that you get double-booked?", "We've never been overbooked.", "no_problem"),
        ("How are the winter months for you?", "We're full most of the summer. Winter's meant to be quiet.", "no_problem"),
        ("What about the quiet Tuesday mornings?", "That's just how salons are.", "no_problem"),
        ("Our audit finds refunds on most importers.", "Our own team audits us every year. I'm fairly confident in our classifications.", "no_problem"),
        ("I'm following up on the reminder texts I emailed about.", "I think I replied saying we're alright for that, didn't I?", "no_problem"),
        ("Ines, it's Pedro about the panels.", "Pedro, sorry, in five minutes I arrive at the office. What do you want from me?", "disengagement"),
    ],
)
def test_heard_it_before_tried_it_before_and_nothing_to_fix_are_signals(rep_says, reply, signal):
    assert signal_of_reply(rep_says, reply) == signal


@pytest.mark.parametrize(
    ("rep_says", "reply", "signal"),
    [
        ("It checks every freight invoice for overcharges.", "We have someone who checks invoices.", "stall"),
        ("We carry the full bearing range.", "Yeah, we've got Motion for most of that.", "stall"),
        ("What are your goals for the website this year?", "I'm honestly not sure we have goals for it.", "no_problem"),
        ("What would you want the program to do?", "I'm not the one who decides that anyway.", "stall"),
        ("Can you pencil in a start date?", "I don't have the authority to sign a recurring contract.", "stall"),
        ("We'd cut the tool next week.", "I was hoping to do a sample run first.", "stall"),
        ("The truckload price is the best way in.", "Maybe. I still want a trial.", "stall"),
        ("Can we get this signed by Friday?", "I'm not going to give you a yes by Friday, Shane. It's not my call.", "failed_close"),
    ],
)
def test_someone_already_doing_it_someone_else_deciding_and_a_trial_first_are_put_offs(rep_says, reply, signal):
    assert signal_of_reply(rep_says, reply) == signal


@pytest.mark.parametrize(
    ("rep_says", "reply", "signal"),
    [
        ("Your contract is up in March, and the market's come down.", "We've actually already signed a letter of intent with Greenline.", "stall"),
        ("I wanted to follow up on the wellness programme.", "Oh. Right. Yeah, we ended up going with the wellness benefit through our health plan instead.", "stall"),
        ("It pays for itself the first time someone breaks in.", "I don't know. I still think we'd rather try the camera thing.", "stall"),
        ("The new dashboards save your team an hour a day.", "Sounds nice. I think we're pretty set, though.", "stall"),
        ("Could we get the drip kit in before the heat?", "This week's tough, Brent. We're thinning.", "stall"),
        ("It's the full programme across your acres.", "That's over twenty-six grand, Rick. We'd want to try it on one field first.", "stall"),
        ("We could send a crew with the machine.", "Yeah, that'd help a lot. I'd still want to see the forecast before I commit to anything.", "stall"),
        ("Is there a good time to follow up?", "Let's talk next week sometime. After I talk to Phil.", "stall"),
        ("Their hardware is cheap for a reason.", "From my side it's the number. Orbis came in about thirty percent under what we pay you now.", "unimpressed"),
        ("A florist down the road cancelled and got robbed in June.", "Come on, Tyler.", "unimpressed"),
        ("Honestly, your agronomist is guessing.", "So we're idiots, then.", "unimpressed"),
        ("Social is what builds the brand over time.", "Sure. I just haven't seen it show up in anything we track.", "unimpressed"),
        ("Once they bolt on the modules, you're at the same price.", "Maybe. We haven't seen that yet.", "unimpressed"),
        ("This rate is only good until midnight.", "Ha. Is this the bit where the price doubles at midnight?", "unimpressed"),
        ("Our agronomists would rework the plan from scratch.", "Well, he's been right for eleven years, so.", "unimpressed"),
        ("Drip lines save a third of the water.", "I still don't love it.", "unimpressed"),
        ("How are you feeling about the year?", "Mixed, if I'm honest. Leads are flat and we're spending more.", "unimpressed"),
        ("Do you ever worry about the baler going down mid-cut?", "My baler's fine. Had it rebuilt two winters ago.", "no_problem"),
        ("What did they quote you?", "I'd rather not get into their numbers.", "disengagement"),
        ("Thanks for taking this, Karen.", "It has. I should say up front, Simone, I'm not sure how much time we really need today.", "stall"),
        ("The kit streams the bin-temp content to your phone.", "The what content?", "confusion"),
    ],
)
def test_a_rival_already_chosen_a_cheaper_one_a_grudge_and_a_promise_not_yet_seen_are_signals(rep_says, reply, signal):
    assert signal_of_reply(rep_says, reply) == signal


@pytest.mark.parametrize(
    ("rep_says", "reply"),
    [
        ("What would you want as a next step from your side?", "I'd want Raj to have a look at the smoke exhaust system before I commit to anything."),
        ("Rachel, would you add anything to that list?", "Price. RotaHub came in about fifteen percent under your renewal quote."),
        ("Can I ask which ones? Just so we compare the same thing.", "I'd rather not say."),
        ("When would be a good time to follow up?", "Thursday at ten. I'll talk to Phil before then."),
        ("I'm at the front gate now.", "Come on up, we're in the barn."),
    ],
)
def test_a_next_step_named_a_price_given_when_asked_and_a_time_with_a_talk_before_it_are_not_signals(rep_says, reply):
    assert signal_of_reply(rep_says, reply) is None


@pytest.mark.parametrize(
    ("rep_says", "reply", "signal"),
    [
        ("I'd hate for your dad to miss the room.", "Gary, we said no.", "failed_close"),
        ("I can hold the early-bird until midnight.", "I'm not enrolling her tonight, Kyle.", "failed_close"),
        ("Just ring me by five and it's yours.", "We won't be ringing you by five.", "failed_close"),
        ("Our spring event takes two hundred off.", "Then maybe I'll just leave it.", "failed_close"),
        ("You scanned in at our booth, and I wanted to show you our attribution platform.", "Oh. The coffee. Okay. Look, I'm at the gate, we're boarding in like five minutes.", "stall"),
        ("The rooms go quickly in spring.", "We're still not sure he's ready, to be honest.", "stall"),
        ("The room really is worth it.", "It's whether we can sell his house in time. He hasn't said yes.", "stall"),
        ("Our plans cover everything from the hearse to the flowers.", "My son Paul sees to all my money things, really.", "stall"),
        ("The rota view shows every clinic at once.", "Okay. Our current system does that already though.", "stall"),
        ("How many guests are you expecting?", "About sixty. Look, I'm ringing four places, I really just need a ballpark.", "stall"),
        ("Any other questions on the options?", "Don't think so. I'll go through them all tonight and let you know.", "stall"),
        ("So can I book the viewing on Tuesday at ten?", "Tuesday doesn't work for me. And honestly, I'd rather we looked at the other places first.", "stall"),
        ("The twelve-month lease is the best value.", "See, that's the thing. Twelve months is a big call for us.", "stall"),
        ("I'll send it round to the team leads.", "I'd rather check their rotas before I promise anything.", "stall"),
        ("Signing today gets you into the install queue.", "I hear you. I just don't like signing stuff without Pete.", "failed_close"),
        ("Sounds like the peak is on your mind.", "Yes, of course. But I am not sure where this robot project sits for us right now.", "stall"),
        ("The sandbox costs nothing to start.", "It sounds good. I'll be honest though, our budget for this year is spoken for.", "stall"),
        ("With the two hundred off it comes to eighteen forty-nine.", "Seven and a half thousand? For a chair on a rail?", None),
        ("It comes to seven thousand four hundred and ninety.", "Seven and a half thousand? For a chair on a rail?", "unimpressed"),
        ("It's tied to the fitters' schedule.", "Why would the price be tied to that? That doesn't really add up.", "unimpressed"),
        ("Think how you'd feel if she fell.", "Don't put that on me.", "unimpressed"),
        ("The one most people your age go for is the Cruiser.", "I hadn't got as far as models. I only wanted to ask a few things.", "unimpressed"),
        ("How do you feel about a walk-in shower?", "I'm not an invalid. I had one bad day.", "unimpressed"),
        ("Would you agree your mum deserves the best?", "Of course I'd agree. That's a bit of a loaded question, isn't it?", "unimpressed"),
        ("And the app lets you see every visit.", "An app. Right.", "unimpressed"),
        ("Driver scoring is built in.", "Driver scoring is exactly the stuff that got us in trouble last time.", "unimpressed"),
        ("Twelve seats for the suite is four thousand a month.", "Oh. Okay. That's quite a bit more than we'd pencilled in.", "unimpressed"),
        ("A lease gives you the corner office.", "Maybe. But we weren't looking at a lease.", "unimpressed"),
        ("Do you use any reports at the moment?", "Right. We don't really do reporting, to be honest.", "no_problem"),
        ("Can I ask what's prompting it?", "Um, it's more that my manager asked me to get a few quotes.", "no_problem"),
        ("You must worry about her on the stairs.", "Well, yes. But I've managed with the banister so far.", "no_problem"),
        ("Has she thought about help at home?", "Mum doesn't need strangers in her house. She's got us.", "no_problem"),
        ("We were just talking about the rotas, Dev.", "What is it we're actually looking at here?", "confusion"),
    ],
)
def test_noes_said_before_put_offs_in_family_words_and_pushback_on_the_approach_are_signals(rep_says, reply, signal):
    assert signal_of_reply(rep_says, reply) == signal


@pytest.mark.parametrize(
    ("rep_says", "reply"),
    [
        ("What would make you comfortable?", "My son does my money. He'd want to see the agreement."),
        ("Tell me about the business.", "We're a software company, about ninety people, and my director asked me to get some quotes."),
        ("Is the quote clear?", "Not overkill at all. I'll set it up and send you a time."),
        ("It'll be with you by the end of the month.", "Great, we're all set then."),
    ],
)
def test_someone_else_handling_money_a_reason_for_calling_and_praise_denied_doubt_are_not_signals(rep_says, reply):
    assert signal_of_reply(rep_says, reply) is None


@pytest.mark.parametrize(
    ("rep_says", "reply", "signal"),
    [
        ("Who are you with right now?", "Paychex. And we just re-signed with them in March, so.", "stall"),
        ("Fifteen minutes, Thursday or Friday, whichever's easier for you.", "No. Thank you, but no.", "failed_close"),
        ("Can I at least send you our one-pager?", "Send it if you want. I can't promise I'll read it.", "stall"),
        ("I can show you in fifteen minutes, how's Wednesday?", "Email. Please.", "stall"),
        ("Is Ravi around for a quick word?", "Yeah, he doesn't really take sales calls.", "stall"),
        ("Could you grab him for two minutes?", "He's in meetings for the rest of the day.", "stall"),
        ("Could I get his cell, then?", "We don't give out personal numbers.", "failed_close"),
        ("Last time we spoke you'd set aside budget for this.", "Yes, well, that was before the merger. Everything's frozen until integration.", "stall"),
        ("Does the end of the month still feel doable?", "On the cap, I'll need to take it to outside counsel. I wouldn't count on the end of the month.", "stall"),
        ("What's your read on July?", "I don't know. I'm kind of tired of fighting for it, if I'm honest.", "stall"),
        ("What will the team need from it in the first year?", "That's the thing. I can't really justify Enterprise for a team that doesn't exist yet.", "failed_close"),
        ("I'd lock in this week, before the winter contracts start pricing in.", "You said that last year.", "unimpressed"),
        ("We've run it for two of the big national chains.", "We're five gyms in Lancashire. We're not a big national chain.", "unimpressed"),
        ("The custom objects map across in a day.", "We got burned on exactly this with the last vendor.", "unimpressed"),
        ("I sent over the executive summary.", "I read it. It's a summary. It tells me nothing.", "unimpressed"),
        ("Ben here from Ledgerly, have you got a minute?", "I've got five minutes. What is it you actually want from me?", "unimpressed"),
        ("And we'd waive the bundling fee if you take auto-renewal.", "Hang on. I didn't ask for a trade.", "unimpressed"),
        ("The cap is three times fees.", "That's not cover, Ben. That's a gesture.", "unimpressed"),
        ("Our insurance covers far more than the cap.", "Your insurance is your business. It doesn't change what we can recover.", "unimpressed"),
        ("Have you actually checked?", "We do check. I do the books.", "unimpressed"),
        ("And with the fleet app Gail can cap each user's spend.", "Look, mate, I just need the phones to work and the bill not to keep going up.", "unimpressed"),
        ("If you add the boiler cover it's bundled at eight pounds on top.", "So you didn't tell me, and now you're ringing to sell me boiler cover.", "unimpressed"),
        ("We move everything over to our suppliers and you get one invoice.", "Yes, I read the leaflet.", "unimpressed"),
        ("Four years fixed, so you're protected from all the rises.", "Four years? That's ages.", "unimpressed"),
        ("For a hundred meg it's two hundred and ninety a month.", "Christ. We pay forty-five now.", "unimpressed"),
        ("So who are you with at the minute?", "I'm with Sky. And I'm perfectly happy with Sky, thank you.", "no_problem"),
    ],
)
def test_signed_elsewhere_gatekeepers_freezes_and_claims_heard_before_are_signals(rep_says, reply, signal):
    assert signal_of_reply(rep_says, reply) == signal


@pytest.mark.parametrize(
    ("rep_says", "reply"),
    [
        ("Did you happen to get the email I sent over on Tuesday?", "Don't think so, no."),
        ("Can I get this to the right person?", "I'll pass it on."),
        ("What does the board actually need from you?", "A cost per site that won't move. Last year I got grilled for it. I'm not doing that again."),
        ("Do you know when your contract was up?", "I think it ended in March and they just put me on whatever."),
        ("Is the cap the sticking point?", "I don't care whether you call it two times fees or a super-cap. It has to cover a breach."),
        ("Thirty minutes, just you. How does that sound?", "That I can do. Not this week, though, I'm up to my ears."),
        ("When are you seeing her?", "I've got a one-on-one with her tomorrow at two. Call me after, say four?"),
        ("It's eleven hundred all in.", "Blimey. Okay."),
        ("What's the best way to reach you?", "Email. It's on the card."),
        ("Is there a lock-in?", "There is. I got burned on the forklift lease, that's all."),
        ("Are you happy with the texts so far?", "I'm really happy with that, yes."),
    ],
)
def test_a_no_to_a_past_email_a_message_passed_on_and_a_time_named_for_a_call_are_not_signals(rep_says, reply):
    assert signal_of_reply(rep_says, reply) is None


@pytest.mark.parametrize(
    ("rep_says", "signal"),
    [
        ("Then let's do it the other way round. Thirty minutes, just you. How does that sound?", None),
        ("Then let's do it. Thirty minutes, just you. How does that sound?", "failed_close"),
    ],
)
def test_doing_it_another_way_is_not_a_close(rep_says, signal):
    assert signal_of_reply(rep_says, "That I can do. Not this week, though, I'm up to my ears in court bundles.") == signal


@pytest.mark.parametrize(
    ("rep_says", "reply", "signal"),
    [
        ("I get it. But you'd be the only centre without it on the shelf. Five units then?", "No.", "failed_close"),
        ("Even fifteen minutes, stood up in the coffee room? I'll be in and out.", "No, Chris.", "failed_close"),
        ("Is that everything? Any questions?", "No.", None),
        ("When's good for you?", "Honestly, the doctors are booked solid until after Christmas. Try us in January.", "stall"),
        ("When's good for you?", "Honestly, the doctors are all in Tuesday. Try us then at ten.", None),
        ("It's the same dossier the committee sees. What's the next step on your side?",
         "It would have to go through D and T. Which doesn't meet until October.", "stall"),
    ],
)
def test_a_no_to_an_ask_cut_down_to_its_object_and_no_time_free_for_months(rep_says, reply, signal):
    assert signal_of_reply(rep_says, reply) == signal


@pytest.mark.parametrize(
    ("rep_says", "reply", "signal"),
    [
        ("The twelve-month data's just out, late lumen loss is down.",
         "Which study is that? The one I saw was single-arm. That's not data I'd change practice on.", "unimpressed"),
        ("Your colleagues at St Anne's are getting great results with it.", "I don't really care what St Anne's are doing.", "unimpressed"),
        ("Every month you wait is another month of steroids for them.", "Don't lecture me about my patients, Jordan.", "unimpressed"),
        ("We can do eight and a half on it, which is strong money.",
         "Eight and a half. Hm. I put it through one of those online buying sites last night. They came back at nine seven.", "unimpressed"),
        ("The lads have been over it and we can do eleven two.", "Eleven two? That's quite a bit less than I was hoping, if I'm honest.", "unimpressed"),
        ("So pricing, you'd be on Pro, which is seventy-nine a seat",
         "hm. so like a hundred sixty a month to do what we currently do in Notion for free lol", "unimpressed"),
        ("And your manager can see every deal in one dashboard.", "haha great, a tool so my boss can watch me. love that for me", "unimpressed"),
        ("How would you feel about a bot anywhere near that?", "ngl that sounds kinda terrifying.", "unimpressed"),
        ("What worries you about it?", "Every time someone puts a box in ED, it becomes my problem.", "unimpressed"),
        ("It's got the thirteen-inch touchscreen and wireless CarPlay.", "Mate, I don't care about the screen. I cart plasterboard about.", "unimpressed"),
        ("So it's practical Spanish for real situations, more than exam grammar.", "Exactly. I don't care about the subjunctive.", None),
    ],
)
def test_evidence_refused_a_lecture_refused_a_better_offer_and_a_feature_waved_off_are_unimpressed(rep_says, reply, signal):
    assert signal_of_reply(rep_says, reply) == signal


@pytest.mark.parametrize(
    ("rep_says", "reply", "signal"),
    [
        ("Our creators turn around twelve ad variants a month and we test them weekly on Meta and TikTok with your media buyer or ours.",
         "hm. I'm kinda lost on what we actually get", "confusion"),
        ("So the media buyer's optional, and we'd start with the hooks.", "and tbh I still don't get whether we need our own media buyer.", "confusion"),
        ("And Raj, for you?", "tbh I'm fine with the sheet. it's boring but it works and I know where everything is", "no_problem"),
        ("We make a changelog widget that writes itself from your merged PRs.", "yeah ngl we're fine with how we do it. Aisha writes them.", "no_problem"),
        ("The main thing is volume: the algorithm rewards fresh creative, so the teams that win are testing ten new ads a week, "
         "and we had a fitness app halve its cost per install in six weeks.", "ok. I mean, sure", "disengagement"),
        ("We've also got a training module for counter staff. How does hay fever season usually go for you here?",
         "Busy. Same as everywhere.", "disengagement"),
        ("So twenty grand sitting there. What happens to it?", "Nothing. It sits there.", None),
    ],
)
def test_lost_in_slang_content_with_how_it_is_done_and_a_shrug_after_a_word(rep_says, reply, signal):
    assert signal_of_reply(rep_says, reply) == signal


@pytest.mark.parametrize(
    ("rep_says", "reply", "signal"),
    [
        ("You sound busy, and I don't want to drag this out if it's a bad time. Is now still alright?", "Sorry, Paul. Mad morning. No, it's fine.", None),
        ("Sorry again for going full used car salesman earlier lol", "lol it's fine, you recovered", None),
        ("im calling about your renewal sorry did i catch you at a bad time", "no its fine", None),
        ("Ha, sorry about the inbox. What would have to go wrong for you to look elsewhere?", "Nothing, really. They're fine.", "no_problem"),
        ("Friday at quarter past eight. I'll send the budget comparison today.", "Fine. Right, I've got to go.", None),
        ("Keep Monday, it's just sheets, I'll leave it in pencil.", "Please don't. Don't send anyone Monday. I have to go.", "disengagement"),
        ("Would you rather own them outright at the end?", "Honestly, with the downtime, I'd rather hand them back and not think about it.", None),
        ("On a 2016 with decent miles, two and a half's not out of the question. Put that in with your two thousand and the HP over "
         "forty-eight is roughly three hundred and forty.",
         "Now that's closer. The last place tried to sell me a warranty and I said no because I already had one.", None),
        ("Before I go through it again, is it owning it outright at the end, or keeping the monthly low, or something else?",
         "Owning it, I think. But I haven't got fifteen grand sat there this time, so.", None),
    ],
)
def test_letting_the_rep_off_leaving_once_a_time_is_set_and_a_story_of_an_old_no_are_not_signals(rep_says, reply, signal):
    assert signal_of_reply(rep_says, reply) == signal


@pytest.mark.parametrize(
    ("rep_says", "reply", "signal"),
    [
        ("It's fifteen hundred if you sign up tonight.", "Fifteen hundred quid. Christ.", "unimpressed"),
        ("Twelve callouts last year! So you can see why a fixed fee makes sense.",
         "I can see why it makes sense for Maya. I'm less convinced it makes sense for the P&L.", "unimpressed"),
        ("If your water hygiene certificate lapses, that's on the directors personally.", "We've never had a lapse. Maya's very good at this.", "no_problem"),
        ("Have you had a chance to look at the drawings?", "They're drawings. Drawings always look good.", "unimpressed"),
        ("We just recovered forty thousand for a tenant on the second floor of your building.", "Good for them.", "unimpressed"),
        ("Could we do a quick site visit next week, just the plant room?", "It isn't allowed. Site visits go to every bidder at once.", "failed_close"),
        ("And were you still thinking of going ahead with the wills this month?",
         "Actually, we went with the bank in the end. They did it with the remortgage.", "stall"),
        ("I'll send the floor plan over. When would be a good time for me to follow up with you?", "I'll get in touch if it's of interest.", "stall"),
        ("No worries at all. Is it a bad moment? I can keep it short.", "No, it's fine, I'm just eating lunch at my desk.", None),
    ],
)
def test_a_gasp_in_pounds_pictures_that_flatter_a_rule_against_it_and_a_rival_chosen(rep_says, reply, signal):
    assert signal_of_reply(rep_says, reply) == signal


@pytest.mark.parametrize(
    ("rep_says", "reply", "signal"),
    [
        ("dan is going to be thrilled lets just start the paperwork and you can call him while we do it", "i dont know rick", "failed_close"),
        ("so thats the whole package and the pricing",
         "i mean i think we need to talk about it internally first um there's a budget cycle thing", "stall"),
        ("you might end up locked in for another year by default", "oh thats a good point i didnt think about that", None),
        ("what do you actually need to walk away with",
         "I need to know the house is sorted. I'm not that bothered about the divorce bit, that'll happen whatever.", None),
        ("and what about your current it guy", "he does do backups and honestly we've never had an issue with him", "no_problem"),
        ("we'd take the whole thing off your plate for 900 a month",
         "um so actually we talked about it last night and we're going to stay with our current guy for now", "stall"),
        ("it's the easiest way to keep your docs in one place", "we have a system", "stall"),
        ("ok what if i knock 10 percent off would that get it done today", "i appreciate that but the decisions made", "failed_close"),
        ("and we guarantee a technician within 48 hours",
         "yeah i dont know i've heard those service contracts say 48 hours and then its 2 weeks", "unimpressed"),
        ("and it syncs with your roster", "every platform we bring in tells us it syncs and then i spend 3 weeks fixing it", "unimpressed"),
        ("every month you wait the interest is stacking up", "Can you stop, please? You're making me more panicky than the letter did.", "unimpressed"),
        ("and it groups the kids by skill and suggests the lesson for each group and theres a parent report that goes home",
         "yeah it looks nice i just i dont know honestly we have like 4 platforms already", "unimpressed"),
    ],
)
def test_captions_without_stops_a_rival_kept_and_a_decision_already_made(rep_says, reply, signal):
    assert signal_of_reply(rep_says, reply) == signal


@pytest.mark.parametrize(
    ("rep_says", "reply", "signal"),
    [
        ("Surely sixty is doable?", "You're making me feel awful, you know that?", "unimpressed"),
        ("Could you manage even fifteen?", "I... look, can you just send me the leaflet? I'll have a read of it.", "stall"),
        ("What would the next conversation need to cover?",
         "Migration, probably, and cost at volume. Let's talk next week.", "stall"),
        ("You'll have the contract Thursday.", "And send me whatever you've got on the ERP integration, in case we're running both.", None),
        ("Would it help to go through it properly when you're not mid-pour?", "Yeah, let's talk again next week, after the market.", None),
    ],
)
def test_guilt_felt_a_leaflet_asked_for_and_a_talk_put_off_to_next_week(rep_says, reply, signal):
    assert signal_of_reply(rep_says, reply) == signal


@pytest.mark.parametrize(
    ("rep_says", "reply", "signal"),
    [
        ("How are you currently supporting your team's wellbeing?", "We've got stuff in place.", "no_problem"),
        ("So the visibility is on a completely different level.", "Mm. Visibility's the word everyone uses.", "unimpressed"),
        ("Most people save about a hundred and forty a year.", "Hm. That's a sales figure, it isn't my figure.", "unimpressed"),
        ("And the reporting is much better than what you have.",
         "Honestly, reporting's the one thing that works for us. I wouldn't switch for that.", "unimpressed"),
        ("And the migration takes about six weeks.", "Can I say something? I'm not actually sure what problem we're solving by moving.", "unimpressed"),
        ("The math just says do it now.", "I understand the pitch.", "unimpressed"),
        ("We cover all forty regions.", "That doesn't really answer what I asked, though. Which region?", "unimpressed"),
        ("It brings all your training into one place.", "Honestly? Another LMS? We've already got three.", "unimpressed"),
        ("We can have the questionnaire back tomorrow.", "We haven't started the security review. Nothing gets signed before that.", "stall"),
        ("It'd run through a full cycle before the audit window.", "Not yet. We'd need to get it through the budget round first.", "stall"),
        ("What's the switch-off problem like?", "They send stuff at eleven at night and everyone feels they have to reply.", None),
        ("Can I give you a ring tomorrow morning, say eleven?", "Eleven's fine. I'll have had a proper look by then.", None),
        ("Sounds good. I'll look out for a note from Hannah, then.", "Great. I have to jump.", None),
    ],
)
def test_sales_talk_seen_through_a_tool_too_many_and_a_budget_round_but_not_a_yes_or_a_goodbye(rep_says, reply, signal):
    assert signal_of_reply(rep_says, reply) == signal


@pytest.mark.parametrize(
    ("rep_says", "reply", "signal"),
    [
        ("The locations are sold separately.", "Oh. Hm. I thought the locations came with it. That's kind of not what the ad made it sound like.", "unimpressed"),
        ("So that's sixty-two plus the locator.", "Okay. Um. I'd have to do the math. Can you just email me all that?", "stall"),
        ("Honestly, the shops that waited are behind the times.", "Don't you tell me I'm behind the times, hen.", "unimpressed"),
        ("I'll share the proposal with the pricing.", "Share, share. I will go through it.", "stall"),
        ("And the boom gates come with a five-year warranty.", "Ja. Was there anything else?", "disengagement"),
        ("Your cousin switched last month and loves it.", "Don't tell me about my cousin.", "unimpressed"),
        ("Could we find a day next week for the demo?", "I'd have to look at Dale's calendar. I'll shoot you an email once I've talked to him.", "stall"),
        ("It really is the best rate in Lagos.", "We've heard you.", "unimpressed"),
        ("It pays for itself if it cuts agency shifts by a third.", "If it worked, sure. That's a big if.", "unimpressed"),
        ("And the deep clean is included in the first month.", "I'd want a proper walkthrough with your supervisor before I agree to anything.", "stall"),
        ("How many loads, what lanes, and who's your carrier now?", "Which of those would you like me to answer?", "confusion"),
        ("Sorry, sorry, terrible timing. When's a better time to catch you?", "Call me after the holidays.", "stall"),
        ("We're doing free hardware for restaurants that switch.", "We've got a system. It's fine.", "stall"),
        ("It does reorder points, forecasts and supplier lead times.", "What does any of that do that a spreadsheet doesn't?", "confusion"),
        ("What's the setup at the moment?", "We've got a guy, Phil, who's part-time, three days a week.", None),
        ("What would you want to check first?", "I'd want Raj to have a look at the smoke exhaust before I commit to anything.", None),
    ],
)
def test_regional_brush_offs_stacked_questions_and_a_call_put_off_to_no_time(rep_says, reply, signal):
    assert signal_of_reply(rep_says, reply) == signal


def test_records_that_disagree_with_each_other_are_pain_not_a_disagreement_with_the_rep():
    assert signal_of_reply(
        "How do you keep track of stock at the moment?",
        "We're at about twenty-two hundred part numbers. And there's three spreadsheets, and they don't agree with each other.",
    ) is None


@pytest.mark.parametrize(
    ("rep_says", "reply", "signal"),
    [
        ("Would a proper twenty minutes before June be worth it? You tell me when suits.",
         "Not this week. Try me the Tuesday after next, at lunch. Twelve-thirty.", None),
        ("Can I ask, is it the contract doing the job, or is it just not the time?",
         "Bit of both. But we're in the middle of an inspection just now, I haven't the time for anything.", "stall"),
    ],
)
def test_a_counter_time_unasked_is_no_refusal_and_no_time_for_anything_is_a_stall(rep_says, reply, signal):
    assert signal_of_reply(rep_says, reply) == signal


@pytest.mark.parametrize(
    ("rep_says", "reply", "signal"),
    [
        ("Most fleets save eight to twelve percent on fuel.", "Everybody says eight to twelve.", "unimpressed"),
        ("Can I just get the pilot agreement over to you?", "What part of no was unclear?", "failed_close"),
        ("I think you're overpaying for Coupa.", "I know exactly what we pay.", "unimpressed"),
        ("Let me hold a slot in your calendar for Thursday.", "Don't do that.", "failed_close"),
        ("And while I have you, the unlimited plan is only ten more a month.", "I really just rang about the roaming charge.", "disengagement"),
        ("Our records show we never received the meter readings.", "So I'm lying about sending them, am I?", "unimpressed"),
        ("A fixed rate would protect you from the next rise.", "Hm. I'm still not sure.", "unimpressed"),
        ("The premium tier adds automatic failover.", "So we'd pay more so it does what it should've done in the first place?", "unimpressed"),
        ("I can offer twenty percent off your next stay.", "Why on earth would I want to come back?", "unimpressed"),
        ("I'd recommend booking your dates while we're on the phone.", "I'm not booking anything.", "failed_close"),
        ("Shall I give you a ring in a month or so?", "I'd rather you didn't, honestly.", "failed_close"),
        ("The booster box would cover you if the mast goes again. I could add that on today.", "Not today. Let's see if the wifi thing works first.", "failed_close"),
        ("So, what are you looking for?", "I know what I want. A line for each of the three of us.", None),
        ("A real test. We kill the primary region while you watch.",
         "Okay. Let me check her calendar, hang on. She's got Tuesday at ten free. Next Tuesday. Let's do that.", None),
        ("Thursday at ten works for me.", "Perfect. Send the link to the front desk email, she watches that one.", None),
    ],
)
def test_complaints_that_refuse_or_doubt_are_signals_but_a_check_made_on_the_call_is_not(rep_says, reply, signal):
    assert signal_of_reply(rep_says, reply) == signal


@pytest.mark.parametrize(
    ("rep_says", "reply", "signal"),
    [
        ("We'd give you the whole territory.", "Mm. We carry Kessler already, so.", "stall"),
        ("The rate's only good till Friday.", "I'm not in a rush honestly", "failed_close"),
        ("I've got one Saturday left in June.", "oh ok we were hoping to meet a couple of other photographers first tbh", "stall"),
        ("If you can't take thirty, I'll have to raise it at your standards review.", "Are you threatening my franchise over thirty cars?", "unimpressed"),
        ("For the exclusive it's a hundred and fifty grand of stock. Shall we get the letter of intent signed today?",
         "Yeah, no.", "failed_close"),
        ("So the founders rate is forty-nine a month.", "ok can u just send me the prices and stuff so I can show him", "stall"),
        ("So, shall I get you set up on the starter tier today?",
         "Not today, no. Send me the agreement and the price list and I'll have a read.", "failed_close"),
        ("And the revenue share steps up after year one.", "Okay. I think we're done for today.", "disengagement"),
    ],
)
def test_partners_already_carrying_a_line_no_rush_and_the_agreement_sent_only_to_read(rep_says, reply, signal):
    assert signal_of_reply(rep_says, reply) == signal
