"""Pressure versus curiosity over the whole call (contract section 3)."""

import pytest

from test_offline_calls import CLOSE_REFUSED_PRESSED, CURIOUS_CALL, DISENGAGED_AFTER_PITCH, call, judge
from reviewer.grounding import quote_in_turn


def test_ploys_and_repeated_closes_after_a_no_are_pressure():
    transcript = call(CLOSE_REFUSED_PRESSED)
    stance = judge(transcript).pressure_vs_curiosity
    assert stance.stance == "pressure"
    assert stance.score < 0
    pressure = [e for e in stance.evidence if e.kind == "pressure"]
    assert {e.turn for e in pressure} == {3, 5}
    assert all(quote_in_turn(e.quote, transcript, e.turn) for e in stance.evidence)


def test_exploring_the_prospects_view_without_pushing_is_curiosity():
    stance = judge(call(CURIOUS_CALL)).pressure_vs_curiosity
    assert stance.stance == "curiosity"
    assert stance.score > 0
    assert all(e.kind == "curiosity" for e in stance.evidence)


def test_feature_dumping_without_ploys_is_not_pressure():
    stance = judge(call(DISENGAGED_AFTER_PITCH)).pressure_vs_curiosity
    assert stance.stance == "balanced"


def test_heavy_pressure_followed_by_a_genuine_reset_is_balanced():
    script = """
        Dana: This price ends Friday, so let's get you signed up today.
        Lee: I'm not ready to sign anything.
        Dana: If you sign today I'll add a month free, but only today. Are you in?
        Lee: No.
        Dana: You're right, and that was me pushing, which isn't fair to you. What's giving you pause?
        Lee: Honestly, whether my team will use it.
        Dana: What happened the last time you rolled out a tool?
        Lee: Nobody logged in after week two.
    """
    assert judge(call(script)).pressure_vs_curiosity.stance == "balanced"


def test_a_passive_order_taker_is_balanced():
    script = """
        Lee: We need two coffee machines for the office.
        Dana: Sure. The Model 5 is ninety a month.
        Lee: Does it do milk drinks?
        Dana: Yes.
        Lee: Great, how do I sign up?
        Dana: I'll email you the agreement.
    """
    assert judge(call(script)).pressure_vs_curiosity.stance == "balanced"


def test_calling_waiting_foolish_is_pressure():
    script = """
        Dana: The crew can start Monday.
        Lee: I need to talk to my wife first.
        Dana: People who wait never get this price. Honestly, waiting would be kind of irresponsible.
        Lee: No. Not today.
        Dana: Today only, I'll knock off the setup fee.
        Lee: Goodbye.
    """
    stance = judge(call(script)).pressure_vs_curiosity
    assert stance.stance == "pressure"
    assert {e.turn for e in stance.evidence if e.kind == "pressure"} == {3, 5}


def test_talking_about_people_who_waited_for_a_release_is_not_pressure():
    script = """
        Dana: The people who waited for the new release got the mobile app for free.
        Lee: I need to talk to my wife first.
        Dana: Of course. What do you think she'll want to know?
        Lee: The cost, mostly.
    """
    stance = judge(call(script)).pressure_vs_curiosity
    assert not [e for e in stance.evidence if e.kind == "pressure"]


def evidence(script: str) -> set[tuple[int, str]]:
    return {(e.turn, e.kind) for e in judge(call(script)).pressure_vs_curiosity.evidence}


def test_scarcity_and_the_cost_of_waiting_are_pressure():
    found = evidence("""
        Dana: We only onboard two new brands before Black Friday, so those spots go fast.
        Lee: I need to think about it.
        Dana: Every month you wait is eleven grand left on the table. Can we get you started today?
        Lee: No.
    """)
    assert {(1, "pressure"), (3, "pressure")} <= found


def test_a_permission_preface_is_not_curiosity_and_a_conditional_isnt_fine_is_no_rebuke():
    assert (1, "curiosity") not in evidence("""
        Dana: Can I be honest with you?
        Lee: Go on.
    """)
    assert evidence("""
        Dana: When it isn't fine, what's usually behind it?
        Lee: Late trucks, mostly.
    """) == {(1, "curiosity")}


def test_asking_again_for_a_step_at_once_after_a_put_off_is_pressure():
    script = """
        Dana: The sooner we get you quoted and locked, the better. When's your renewal?
        Lee: Spring, I think. Look, can you just email me something?
        Dana: I can do better than email. Let's start the application right now, it's five questions. Sound good?
        Lee: No. Not now.
        Dana: Well, that's what everybody says until they have a claim. What's the best email?
        Lee: Just email it.
    """
    stance = judge(call(script)).pressure_vs_curiosity
    assert stance.stance == "pressure"
    assert {e.turn for e in stance.evidence if e.kind == "pressure"} >= {3, 5}


def test_offering_to_start_right_now_when_the_prospect_is_keen_is_not_pressure():
    script = """
        Dana: What would you want the first month to look like?
        Lee: Honestly, just getting the intake forms off paper. This sounds like what we need.
        Dana: Then we can set that up today if you like. Which plan sounds best for you?
        Lee: The monthly one. Let's do it.
    """
    stance = judge(call(script)).pressure_vs_curiosity
    assert stance.stance != "pressure"
    assert not [e for e in stance.evidence if e.kind == "pressure"]


def test_a_tag_question_after_a_doubt_presumes_the_answer():
    script = """
        Dana: It's nine thousand for the whole roof.
        Lee: That's more than I expected, honestly. I'm not convinced it's worth it.
        Dana: But you're not going to find thirty years of experience at this price, are you?
        Lee: I suppose not.
        Dana: So shall we get you booked in this week?
        Lee: I'd rather wait.
    """
    stance = judge(call(script)).pressure_vs_curiosity
    assert 3 in {e.turn for e in stance.evidence if e.kind == "pressure"}


def test_dont_worry_about_it_is_pressure_only_against_a_doubt():
    small_talk = """
        Lee: Sorry I'm late, the school run was chaos.
        Dana: Oh, don't worry about it. How's your week going otherwise?
        Lee: Busy. Reviews are eating my evenings.
        Dana: What makes them take so long?
        Lee: I'm the only one who can run them.
    """
    assert not [e for e in judge(call(small_talk)).pressure_vs_curiosity.evidence if e.kind == "pressure"]
    dismissed = """
        Dana: It's forty a seat per month.
        Lee: That's a lot more than we pay now. I'm not sure it's worth it.
        Dana: Don't worry about the price, it pays for itself. Let's get you set up today.
        Lee: I'd still rather wait.
    """
    assert 3 in {e.turn for e in judge(call(dismissed)).pressure_vs_curiosity.evidence if e.kind == "pressure"}


def test_offering_to_put_an_order_on_account_is_not_exploring():
    script = """
        Lee: We need a new grinder for the café, the old one died this morning.
        Dana: What's going on with the grinder?
        Lee: The burrs are shot. Same model as before is fine.
        Dana: I can have one out tomorrow. Do you want it on your account, thirty days, like the usual?
        Lee: Yes please.
    """
    stance = judge(call(script)).pressure_vs_curiosity
    assert 4 not in {e.turn for e in stance.evidence if e.kind == "curiosity"}


def test_asking_for_a_minute_or_an_email_is_not_exploring():
    found = evidence("""
        Dana: Hi Lee, it's Dana from Brightwatt. Have you got two minutes?
        Lee: Go on.
        Dana: Who are you with at the moment for your energy?
        Lee: British Gas.
        Dana: No problem at all, what's the best email for you?
        Lee: lee at example dot com.
    """)
    assert (1, "curiosity") not in found
    assert (5, "curiosity") not in found
    assert (3, "curiosity") in found


def test_room_left_on_a_counter_and_a_payment_plan_on_the_agenda_are_not_pressure():
    script = """
        Lee: Does the three-group fit on an eight-foot counter? It's a worry, the counter's already built.
        Dana: It does. With two grinders you'd have about two feet left for the knock box.
        Lee: I'm still not sure about the budget. Let me look at the rota with Jess first.
        Dana: Of course. On the next call I'll show you both what it costs with a payment plan.
        Lee: Sounds good.
    """
    assert not [e for e in judge(call(script)).pressure_vs_curiosity.evidence if e.kind == "pressure"]


def test_crews_that_book_out_fast_are_scarcity():
    found = evidence("""
        Dana: The nine years already uses the lower rate.
        Lee: Okay, I'm still not sure.
        Dana: Honestly, you want to get moving, because the crews book out fast in the spring.
        Lee: Okay.
    """)
    assert (3, "pressure") in found


def test_saying_the_price_is_not_crazy_settles_the_doubt_before_a_close():
    script = """
        Dana: What did it do to him, if you don't mind me asking?
        Lee: He lost part of his foot. I've got a nine-year-old. I'm not doing that.
        Dana: Thank you for telling me. It's two hundred and forty a month.
        Lee: Okay. That's not crazy.
        Dana: So how are you feeling about it? Would you want to get started?
        Lee: I think I should hold off for now.
    """
    assert (5, "pressure") not in evidence(script)


@pytest.mark.parametrize(
    "push",
    [
        "Honestly, this scheme closes at the end of the month and once it's gone it's gone.",
        "And the January group closes tonight at midnight.",
        "Would Chris want you to keep feeling like this?",
        "If you keep doing the cheap stuff you'll be having this same conversation next January.",
        "The women who wait to look at their finances are the ones still in the back row a year from now.",
        "And the founding bonus is this week only.",
        "My advice is to lock in the bonus.",
        "Can I ask you something though? If money wasn't a factor, would you do it?",
        "I've only got two September dates left for next year.",
        "The pricing is only guaranteed until the end of the quarter.",
        "We're increasing it in July.",
        "Tuesday's the best slot I've got, so I'd hate to lose it.",
        "And if we don't bind today I can't guarantee these terms will still be there next week.",
        "I should mention another group has a soft hold on those dates, so I'd move fast.",
        "If you miss this round you're throwing away sixty grand. There mightn't be another one.",
        "Every farmer I've done this for says they wish they'd done it sooner.",
        "It is how it works, I've been doing this fifteen years.",
        "It's just a formality, so we can move when you're ready.",
        "Prices firm up once everyone's renewing, so let's beat the rush.",
        "Honestly, if you stay with them through another peak you're going to get the same claims.",
        "The free months go away at the end of the month.",
        "First three months are free if you take the demo before the thirty-first.",
        "Honestly, that's a mistake a lot of teams make.",
        "We've got a buyout program running that ends this month.",
        "This finance offer's only on until Sunday, so if you're keen I'd get in quick.",
        "We're giving new clients fifteen percent off, but only if you sign this month.",
        "I'd hate for you to look back and feel you let this one go when it really mattered.",
        "I just know you're the kind of person who cares, and you'll feel great about it.",
        "We've had so many people say no this week, and it's the children who pay for that in the end.",
        "The leaflet won't tell you about Esther, and she won't be there forever.",
        "The scheme closes to new employers at the end of the month.",
        "When the care group down the road offers it and your nurses go there, you'll wish you'd done it.",
        "I've held this quote for three weeks. I need a yes or a no today.",
        "Every HR director I've shown this to has ended up rolling it out.",
        "Forty per cent off a new car. That's not something you want to be turning down.",
        "I think you might have misunderstood the numbers.",
        "It's less than a pound a day. Most people spend more than that on a coffee.",
        "Shall I go ahead and match you with a little girl?",
        "Can I put you down now and we'll start it in August?",
        "What if I hold her for you until Friday?",
        "It's only thirty minutes. I'll pop you in for Tuesday at ten and send an invite over.",
        "What if I could get you another five percent? If I can tell him it's signed by Friday, I can get it done.",
        "Would you be open to starting a paid pilot with two of your sites next month?",
        "If we wait on an accountant, that territory is not going to be there. Accountants get paid to say no.",
        "Sleeping on it is how people end up missing the promo. What's really stopping you from doing this tonight?",
        "The stop-loss quote is only good for thirty days, so really we'd need a decision this week.",
        "Let me shoot the DocuSign over.",
        "The voucher does expire after thirty days.",
        "And are you sure about the voucher? Most guests are glad of it.",
    ],
)
def test_deadlines_guilt_and_a_bleak_future_are_pressure(push):
    found = evidence(f"""
        Dana: It's one thousand four hundred and ninety-seven for the twelve weeks.
        Lee: I'm not sure I can today. I'd want to talk to Chris first.
        Dana: I hear that. {push}
        Lee: Okay.
    """)
    assert (3, "pressure") in found


def test_the_same_words_as_plain_facts_are_not_pressure():
    found = evidence("""
        Dana: It's one thousand four hundred and ninety-seven for the twelve weeks.
        Lee: I'm not sure I can today. I'd want to talk to Chris first.
        Dana: Of course. The sale of your current house closes on Friday, so there's no rush. The people who waited last year mostly did fine. There are only two things left to cover. What would Chris want to know?
        Lee: Whether it fits around the baby.
    """)
    assert (3, "pressure") not in found


def test_asking_for_the_po_number_is_a_request_not_exploring():
    found = evidence("""
        Dana: So let's get it done. I'll hold the unit for you today.
        Lee: Fine. Yes, let's do it. It has to go through purchasing.
        Dana: That works. Can you shoot me the PO number as soon as it's out?
        Lee: Will do.
    """)
    assert (3, "curiosity") not in found


def test_the_last_unit_going_is_scarcity():
    found = evidence("""
        Dana: It matters, trust me.
        Lee: I still don't get what I'm paying for.
        Dana: We've got one on the floor in Columbus, and once that one's gone it's a fourteen-week lead time.
        Lee: Okay.
    """)
    assert (3, "pressure") in found


def test_fear_of_waiting_put_as_a_question_is_pressure_not_curiosity():
    found = evidence("""
        Dana: Shall I get the application started? It's ten minutes.
        Lee: No, I don't want to do anything today. I'd have to talk to Mark about it anyway.
        Dana: I understand, but what if something happens before you've had that chat?
        Lee: Just email me the quote.
    """)
    assert (3, "pressure") in found
    assert (3, "curiosity") not in found


@pytest.mark.parametrize(
    ("push", "pressure"),
    [
        ("It's a few coffees, honestly.", True),
        ("That's, what, a couple of takeout dinners a week.", True),
        ("It's genuinely cheaper to do it today.", True),
        ("That's about what you'd spend on dinners out. Is that how you'd think about it?", False),
        ("What would you cut back on to make room for it?", False),
    ],
)
def test_shrinking_the_price_after_a_doubt_is_pressure(push, pressure):
    found = evidence(f"""
        Dana: That comes to forty-two pounds a month.
        Lee: Forty-two pounds. That's quite a lot on top of everything else.
        Dana: {push}
        Lee: Hm.
    """)
    assert ((3, "pressure") in found) is pressure


def test_urging_to_get_it_moving_now_after_a_no_is_pressure_but_not_before_one():
    pushed = evidence("""
        Dana: It's fourteen thousand a year. Shall I get the contract over to you today?
        Lee: Oh, no, I'm not in a place to sign anything today.
        Dana: I understand, but honestly, September's five more months of it. I really think you need to get this moving now.
        Lee: It's not happening this month.
    """)
    assert (3, "pressure") in pushed
    keen = evidence("""
        Dana: What would the first month need to look like?
        Lee: Forms off paper. Honestly, this is what we need.
        Dana: Then let's get things moving today. What does your onboarding team look like?
        Lee: Two people.
    """)
    assert (3, "pressure") not in keen


def test_an_honest_answer_and_asking_who_else_is_involved_are_curiosity():
    found = evidence("""
        Dana: We embed liaisons who own the prior auth.
        Lee: How's that different from me just hiring two techs?
        Dana: Honest answer, you could. The difference is ramp-up and risk.
        Lee: Okay, that's fair.
        Dana: Who else would need to be comfortable with this before it went anywhere?
        Lee: Our VP of Ambulatory.
    """)
    assert {(3, "curiosity"), (5, "curiosity")} <= found
    assert (1, "curiosity") not in evidence("""
        Dana: Who is the best person to send the invoice to?
        Lee: Accounts.
    """)


def test_offering_to_ring_back_is_a_request_not_exploring():
    found = evidence("""
        Dana: I'll pop some samples in the post today.
        Lee: Okay.
        Dana: And shall I give you a ring once you've had a chance to try them?
        Lee: If you like.
    """)
    assert (3, "curiosity") not in found


def test_a_unit_that_wont_come_up_again_is_scarcity_and_telling_the_landlord_youre_proceeding_is_a_close():
    found = evidence("""
        Dana: You said yourself you need to be out by September. A unit like this won't come up again before then.
        Lee: I know what the market's like.
        Dana: Can I tell the landlord you're proceeding subject to contract?
        Lee: No.
    """)
    assert (1, "pressure") in found
    assert (3, "curiosity") not in found  # a close, not a question about them
    calm = evidence("""
        Dana: The last tenant moved out in May; the unit came up again after the refit.
        Lee: Okay.
        Dana: What would the board need to see?
        Lee: Running costs.
    """)
    assert (1, "pressure") not in calm


def test_a_question_that_presumes_the_yes_is_pressure_even_before_any_hesitation():
    presumed = evidence("""
        Dana: We book every box on two carriers in peak. So you'd agree it makes sense to move your peak volume over to us before February, right?
        Lee: Every forwarder says that.
    """)
    assert (1, "pressure") in presumed
    tagged = evidence("""
        Dana: The dashboard shows every depot, and it's quick to set up, right?
        Lee: Looks it.
    """)
    assert (1, "pressure") not in tagged  # a mild tag presumes only once the prospect hesitates
    asked = evidence("""
        Dana: Okay, let's do it. You're the sole director and happy for a credit search. Do you agree, and shall I submit it?
        Lee: Yes.
    """)
    assert (1, "pressure") not in asked


def test_asking_which_cost_hurts_more_is_not_arguing_the_price_down():
    found = evidence("""
        Dana: That comes to forty-two pounds a month.
        Lee: Honestly, I can't see why I'd move from who we've got.
        Dana: That's fair, I've been reading you our list. Of the smell and the invoices, which of those costs you more?
        Lee: The invoices.
    """)
    assert (3, "pressure") not in found
    assert (3, "curiosity") in found


def test_proposing_the_reps_own_time_is_not_exploring():
    found = evidence("""
        Dana: I'd suggest we get a tank survey booked this week. How's Wednesday?
        Lee: The contract's up in March.
        Dana: Wednesday or Thursday, which is better for you?
        Lee: Neither.
    """)
    assert not {(1, "curiosity"), (3, "curiosity")} & found


def test_taking_down_the_prospects_details_is_order_taking_not_curiosity():
    stance = judge(call("""
        Dana: Good morning, mortgage team. Can I take your name, please?
        Lee: Lee Oduya. My fix ends in February.
        Dana: Thanks Lee. The five-year fix is available to you. Is your address still fourteen Marlow Road?
        Lee: Yes.
        Dana: And are you still employed by Siemens?
        Lee: Yep.
        Dana: Lovely. That's the switch submitted. Is there anything else I can help with today?
        Lee: No, that's everything.
    """)).pressure_vs_curiosity
    assert stance.stance == "balanced"
    assert not [e for e in stance.evidence if e.kind == "curiosity"]


def test_a_typed_question_without_its_question_mark_is_still_a_question():
    found = evidence("""
        Dana: hi anita, thanks for replying. you mentioned youre reviewing transfers, whats prompting it
        Lee: our contract ends march
        Dana: makes sense. hows the current vendor been for you and your guests
        Lee: ok mostly
        Dana: what we do is run dispatch all night
        Lee: ok
    """)
    assert {(1, "curiosity"), (3, "curiosity")} <= found
    assert (5, "curiosity") not in found


def test_saying_where_to_sign_after_a_yes_is_not_pressure():
    found = evidence("""
        Dana: You'll just pay interest on the fee over the term.
        Lee: Fine. I'd like to go ahead.
        Dana: Great. I've sent the form; fill in your bank details, then just sign at the bottom.
        Lee: Done.
    """)
    assert not {(1, "pressure"), (3, "pressure")} & found


def test_sending_the_payment_link_once_the_prospect_has_decided_is_not_pressure():
    found = evidence("""
        Dana: I'm happy to connect you with the Kerala client if it helps.
        Lee: Okay, that's fair. I don't need the call, though, it's close enough but not quite my situation.
        Dana: Fair enough. How are you feeling about it?
        Lee: No, I think this is what I need. I would rather pay upfront. Can I pay by card or bank transfer?
        Dana: Either. I'll send a payment link now, card is instant.
        Lee: Done.
    """)
    assert (5, "pressure") not in found


@pytest.mark.parametrize(
    "line, pushes",
    [
        ("Trust me, three eight nine is one of the best rates on the market. Can we lock it in today?", True),
        ("We've seen worse, trust me. You're set for seven tomorrow.", False),
    ],
)
def test_trust_me_pushes_as_a_preface_not_as_banter(line, pushes):
    found = evidence(f"""
        Dana: Thanks for coming in.
        Lee: No problem.
        Dana: {line}
        Lee: Okay.
    """)
    assert ((3, "pressure") in found) is pushes


def test_a_reassurance_that_the_price_does_not_go_up_or_a_promise_not_made_is_not_pressure():
    found = evidence("""
        Dana: The plan is forty-two hundred a month.
        Lee: I don't like a bill. You never know what they add on, it sounds like a rip-off to me.
        Dana: That makes sense. The forty-two hundred is fixed, it doesn't go up unless you call abroad, and I can put a cap on it.
        Lee: A cap. Okay.
        Dana: I can't promise uncapped on this call, I'd be lying if I did. Has something changed on your side?
        Lee: No. It's fine.
    """)
    assert not {(3, "pressure"), (5, "pressure")} & found


def test_asking_card_or_apple_pay_after_a_doubt_is_pressure():
    found = evidence("""
        Dana: It's one ninety-nine for the six weeks.
        Lee: Hmm. That's nearly what I pay for my gym for the whole year, it's a lot of money.
        Dana: And you get it back if you hit your target. Card or Apple Pay?
        Lee: I don't know.
    """)
    assert (3, "pressure") in found


@pytest.mark.parametrize(
    ("rep_says", "pushes"),
    [
        ("I'd like to do this properly: what would a bank have to do better for you?", False),
        ("I'd like to do this today, so shall we get your details in?", True),
    ],
)
def test_doing_the_conversation_properly_is_not_asking_for_the_deal(rep_says, pushes):
    found = evidence(f"""
        Dana: We charge nothing for eighteen months. Shall I get the switch started right now?
        Lee: No. I'm not switching my bank on a phone call.
        Dana: You're right, and I'm sorry. {rep_says}
        Lee: The card money takes three days to land.
    """)
    assert ((3, "pressure") in found) is pushes


@pytest.mark.parametrize(
    ("rep_says", "pushes"),
    [
        ("And this pricing is only there till the end of the month.", True),
        ("If you put pen to it today I can take another five percent off.", True),
        ("That five percent won't be there in January, I can tell you that now.", True),
        ("I'm only there till five on Fridays, so call before then.", False),
        ("If you email me today I can get the quote to you by Friday.", False),
    ],
)
def test_a_price_held_only_for_now_is_pressure_and_a_reps_own_hours_are_not(rep_says, pushes):
    found = evidence(f"""
        Dana: We clean forty sites across Belfast. For your building it's fourteen thousand a year.
        Lee: We've had Kelly's for six years and we're happy enough with them.
        Dana: {rep_says}
        Lee: Right.
    """)
    assert ((3, "pressure") in found) is pushes


@pytest.mark.parametrize(
    "rep_asks",
    [
        "How can I help?",
        "What's the address?",
        "How do you want to pay, on account or card?",
        "Do you want to pay monthly by direct debit, or annually?",
    ],
)
def test_serving_at_the_desk_and_taking_the_order_is_not_curiosity(rep_asks):
    found = evidence(f"""
        Dana: Henderson Skips. {rep_asks}
        Lee: Six yard skip, Thursday, for a garden job.
    """)
    assert (1, "curiosity") not in found


def test_asking_if_anything_else_matters_to_them_explores():
    found = evidence("""
        Dana: So room for two car seats and good mileage. Anything else that matters to you or your wife?
        Lee: She wants it easy to park.
    """)
    assert (1, "curiosity") in found


@pytest.mark.parametrize(
    ("answer", "pushes"),
    [
        ("Let me look. No, scaffolding's extra. Okay, so they're not as far apart as I thought.", False),
        ("Let me look. No, scaffolding's included. So they're still five thousand cheaper than you.", True),
    ],
)
def test_a_no_that_grants_the_point_ends_the_doubt_so_the_close_after_it_is_not_pressure(answer, pushes):
    found = evidence(f"""
        Dana: For the full array it's forty-two thousand, fitted.
        Lee: We had a quote off SolarMax and it was near five thousand cheaper than yours.
        Dana: Did theirs include the scaffolding and the bird-proofing?
        Lee: {answer}
        Dana: So where are you both at, would you like to go ahead?
        Lee: I need to sleep on it.
    """)
    assert ((5, "pressure") in found) is pushes


@pytest.mark.parametrize(
    ("rep_says", "pushes"),
    [
        ("If you wait for the ops director you'll miss November. Why don't you book the place now?", True),
        ("If you wait for the ops director, what would he want to see from us?", False),
    ],
)
def test_the_cost_of_waiting_and_booking_now_are_pressure(rep_says, pushes):
    found = evidence(f"""
        Dana: It's eight ninety-five. Shall I send the booking form over now?
        Lee: I'll need to run it past my ops director first.
        Dana: {rep_says}
        Lee: Hm.
    """)
    assert ((3, "pressure") in found) is pushes


@pytest.mark.parametrize(
    ("rep_says", "pushes"),
    [
        ("I'll be straight with you, it's going fast. We've had eleven viewings since Saturday.", True),
        ("The people who get these are the ones who move quick. Have you got your mortgage sorted?", True),
        ("I've a bloke from Ipswich who's rung twice, so I can't sit on it long.", True),
        ("You'll want to be on the market by Easter really, won't you, to catch them?", True),
        ("The install is going fast these days, about two days start to finish.", False),
    ],
)
def test_scarcity_and_a_presumed_yes_in_private_sales_are_pressure(rep_says, pushes):
    found = evidence(f"""
        Dana: Hiya, it's Ryan from Allerton Homes. You enquired about the terrace on Menlove Avenue.
        Lee: Oh yeah, I saw it on Rightmove last night.
        Dana: {rep_says}
        Lee: Right.
    """)
    assert ((3, "pressure") in found) is pushes


@pytest.mark.parametrize(
    "rep_asks",
    [
        "What can I do for ya?",
        "Ten six and a new rear tyre. How's that sound?",
        "Can you do the transfer today so I can mark it sold?",
    ],
)
def test_serving_haggling_and_taking_payment_are_not_curiosity(rep_asks):
    found = evidence(f"""
        Dana: {rep_asks}
        Lee: Yeah, righto.
    """)
    assert (1, "curiosity") not in found


def test_a_labour_card_number_is_a_detail_not_a_close_after_a_doubt():
    found = evidence("""
        Dana: We validate every record before the file goes to the bank.
        Lee: Honestly, I'm not sure we need it. Three other vendors told us the same.
        Dana: Both. It's a pre-check against the bank's format and the labour card number. Which client was hit?
        Lee: A hospital group.
    """)
    assert (3, "pressure") not in found


@pytest.mark.parametrize(
    ("rep_says", "pushes"),
    [
        ("Allowances are a false economy, honestly. You're losing customers over it and you don't even know it.", True),
        ("Gary's told his lads it's happening. It's going to look pretty bad if finance blocks it over three quid a week.", True),
        ("See, that's exactly the mindset that's kept you stuck, no offence.", True),
        ("Don't let him be the excuse you hide behind.", True),
        ("The new overalls are going to look great on the forecourt. How many technicians have you got?", False),
    ],
)
def test_telling_them_they_are_wrong_and_guilt_are_pressure(rep_says, pushes):
    found = evidence(f"""
        Dana: We supply and launder the overalls on a weekly swap.
        Lee: We give them an allowance. It's never been a problem.
        Dana: {rep_says}
        Lee: Right.
    """)
    assert ((3, "pressure") in found) is pushes


@pytest.mark.parametrize(
    ("rep_says", "pushes"),
    [
        ("The Saturday in-person slots are almost gone. Should I grab him a spot?", True),
        ("I can only hold Saturday spots for twenty-four hours, so you'll want to jump on it quick.", True),
        ("The main thing is getting you onto the trunk before the slots go.", True),
        ("If you wait till Monday it's five hundred more, and the spot might be gone anyway.", True),
        ("The Saturday slots are mostly in the morning. Which suits him?", False),
    ],
)
def test_more_ways_of_saying_it_is_running_out_are_pressure(rep_says, pushes):
    found = evidence(f"""
        Dana: Spring session starts March 7th, Saturday mornings or online.
        Lee: I'm not sure he needs anything, honestly.
        Dana: {rep_says}
        Lee: Hm.
    """)
    assert ((3, "pressure") in found) is pushes


@pytest.mark.parametrize(
    ("prospect_says", "pushes"),
    [
        ("Let me first speak to my logistics coordinator. She plans the loads.", True),
        ("Let me first say, the pallets sound good. What's the rate?", False),
    ],
)
def test_calling_it_a_simple_decision_after_a_put_off_is_pressure(prospect_says, pushes):
    found = evidence(f"""
        Dana: Our per-pallet rate into PE is eight-ninety.
        Lee: {prospect_says}
        Dana: Honestly, it's a simple decision, the numbers speak for themselves.
        Lee: Okay.
    """)
    assert ((3, "pressure") in found) is pushes


def test_asking_for_the_email_with_a_polite_particle_is_not_curiosity():
    found = evidence("""
        Dana: Okay sir, I'll send you the rates. What's your email po?
        Lee: ops at laguna dot ph.
    """)
    assert (1, "curiosity") not in found


@pytest.mark.parametrize(
    ("rep_says", "pushes"),
    [
        ("I have only three left in the godown.", True),
        ("Book it today with twenty-five thousand, I'll hold one for you.", True),
        ("What is there to think? You pay double after the fifteenth.", True),
        ("What would you want to think through first?", False),
    ],
)
def test_scarcity_in_the_godown_booking_today_and_what_is_there_to_think_push_past_a_doubt(rep_says, pushes):
    found = evidence(f"""
        Dana: With the subsidy you pay one lakh thirty.
        Lee: One lakh thirty for a machine we use twenty days in the year. I don't see it.
        Dana: {rep_says}
        Lee: Hmm.
    """)
    assert ((3, "pressure") in found) is pushes


def test_booking_today_offered_with_no_doubt_voiced_is_not_pressure():
    found = evidence("""
        Dana: With the subsidy you pay one lakh thirty.
        Lee: That's good. We use it a lot.
        Dana: You can book it today with twenty-five thousand if you like, or next month.
        Lee: Today is fine.
    """)
    assert (3, "pressure") not in found


@pytest.mark.parametrize(
    ("rep_asks", "explores"),
    [
        ("Eleven guys and mixed pay. What part of Friday night takes the longest?", True),
        ("If you had that off your plate, what would you do with your Friday nights?", True),
        ("How's Wednesday at ten for you?", False),
    ],
)
def test_a_question_about_their_routine_explores_and_one_putting_a_time_does_not(rep_asks, explores):
    found = evidence(f"""
        Dana: {rep_asks}
        Lee: Figuring the hours, mostly.
    """)
    assert ((1, "curiosity") in found) is explores


@pytest.mark.parametrize(
    ("rep_says", "move"),
    [
        ("I get it, but God forbid something happens in the meantime, you'd never forgive yourself.", "pressure"),
        # Rhetorical: it presumes its answer, so it explores nothing.
        ("Do you really want your kids' future depending on whether your boss keeps you on?", None),
        ("What would you want the cover to do for your kids if you were off work?", "curiosity"),
    ],
)
def test_guilt_is_pressure_and_a_fearful_rhetorical_question_is_not_curiosity(rep_says, move):
    found = evidence(f"""
        Dana: A twenty-year term would be about thirty-eight dollars a month.
        Lee: I've already got cover through my job, I think we're fine.
        Dana: {rep_says}
        Lee: Hmm.
    """)
    assert {kind for turn, kind in found if turn == 3} == ({move} if move else set())


def test_settling_on_a_payment_plan_ends_the_doubt_so_offering_to_set_it_up_is_no_push():
    found = evidence("""
        Dana: Three-four hundred, and that includes the retainers.
        Lee: That's a lot for me in one go, to be honest. Is there any way to spread it out?
        Dana: Either twelve months at two eighty-four, or a deposit and twenty-four months.
        Lee: Oh, okay. The twelve months is fine then. Two eighty-four I can do.
        Dana: Do you want me to set that up now, or would you rather read the agreement first?
        Lee: Let's do it now.
    """)
    assert (5, "pressure") not in found


@pytest.mark.parametrize(
    ("rep_says", "pushes"),
    [
        ("Allocation for Mexico is tight right now. If I don't put the order in by Friday, the next slot is November.", True),
        ("Renting's throwing money away, you know that. Every month you rent is money you never see again.", True),
        ("What if I hold eight trucks instead of twelve, can we sign for eight today and add later?", True),
        ("Our allocation for Mexico is confirmed, so whenever the line is ready we can deliver.", False),
    ],
)
def test_short_supply_and_signing_a_smaller_order_today_after_a_doubt_are_pressure(rep_says, pushes):
    found = evidence(f"""
        Dana: For your new line I'd put you on twelve lithium units at fourteen-two a month.
        Lee: Is a lot of trucks. I don't know yet if we need twelve. Maybe we rent first.
        Dana: {rep_says}
        Lee: Hmm.
    """)
    assert ((3, "pressure") in found) is pushes


def test_saying_how_a_broker_is_paid_in_the_first_pitch_is_not_pressure():
    found = evidence("""
        Dana: We're a broker. We're paid by the supplier, so it doesn't cost you anything directly. How are you finding your energy at the moment?
        Lee: It's alright.
    """)
    assert (1, "pressure") not in found


@pytest.mark.parametrize(
    ("prospect_asks", "pushes"),
    [("And the six hundred ninety-five, is it all at once?", False), ("Hmm. Six hundred ninety-five is a lot for me.", True)],
)
def test_saying_how_to_pay_in_answer_to_the_prospects_question_is_not_pressure(prospect_asks, pushes):
    found = evidence(f"""
        Dana: Done, you're booked in for Friday.
        Lee: Oh, wait. Actually, can you cancel it? I'll call you when I know my rota.
        Dana: No problem at all, I'll take it off.
        Lee: {prospect_asks}
        Dana: Yeah, it's payable at the appointment, card or bank transfer.
        Lee: Okay.
    """)
    assert ((5, "pressure") in found) is pushes


@pytest.mark.parametrize(
    ("push", "pushes"),
    [
        ("By the time you get round to it the price will have gone up, and at eighty-one every month counts.", True),
        ("If something happened, Sonia would be left to pay for everything herself.", True),
        ("The price is going up to four ninety-nine on Monday, so really today's the day.", True),
        ("The price won't go up for two years once you're on it.", False),
    ],
)
def test_a_rise_ahead_and_a_family_left_paying_are_pressure(push, pushes):
    found = evidence(f"""
        Dana: It's five thousand six hundred, or about a hundred and ten a month.
        Lee: Sonia and me will talk about it and come back to you.
        Dana: {push}
        Lee: Hmm.
    """)
    assert ((3, "pressure") in found) is pushes


@pytest.mark.parametrize(
    ("offer", "pushes"),
    [("If we get you signed up today, I'll waive the first month.", True), ("Whenever you sign up, I'll waive the first month.", False)],
)
def test_a_reward_for_signing_today_is_pressure_even_before_a_doubt(offer, pushes):
    found = evidence(f"""
        Dana: It's five forty-seven a month, all in.
        Lee: Wait, five forty-seven? I don't get how that's cutting it in half.
        Dana: Look, I can do you a deal. {offer}
        Lee: I'm still not following the math.
    """)
    assert ((3, "pressure") in found) is pushes


@pytest.mark.parametrize(
    ("push", "pushes"),
    [
        ("If the gearbox went this afternoon, that's money out of your own pocket. I'd hate to see that happen.", True),
        ("Can I just take a card to get you covered today?", True),
        ("Fair enough. What would you want to know before anything like this?", False),
    ],
)
def test_fear_of_the_bill_and_asking_for_a_card_after_a_no_are_pressure(push, pushes):
    found = evidence(f"""
        Dana: Our Gold plan covers all of that for twenty-four ninety-nine a month.
        Lee: Ah, I don't think so, love. I'm not one for signing up on the phone.
        Dana: {push}
        Lee: No.
    """)
    assert ((3, "pressure") in found) is pushes
    assert ((3, "curiosity") in found) is not pushes


@pytest.mark.parametrize(
    ("rep_says", "pushes"),
    [
        ("Then signing today would be the wrong thing for you. What would you both need to see to feel safe?", False),
        ("Honestly, signing today makes sense. Shall we get it done?", True),
    ],
)
def test_ruling_out_the_close_after_a_no_is_not_pressure(rep_says, pushes):
    script = f"""
        Dana: Let's get the letter of authority signed today and I'll lock the rate in.
        Lee: I'm not signing anything today.
        Dana: {rep_says}
        Lee: Meter reads, mostly.
    """
    assert ((3, "pressure") in evidence(script)) is pushes


@pytest.mark.parametrize(
    "push",
    [
        "But those slots'll go, and you'd be kicking yourself.",
        "I'll pencil you in for the Thursday anyway.",
        "I'll hold it as long as I can, because honestly they'll not last.",
        "Please fill the form before the thirtieth, so you don't lose the waiver.",
    ],
)
def test_regret_and_booking_past_a_no_are_pressure(push):
    script = f"""
        Dana: The free will-writing slot is an hour with the solicitor. Will I put you down for Tuesday?
        Lee: No, I'd rather not rush into anything.
        Dana: {push}
        Lee: Hmm.
    """
    assert (3, "pressure") in evidence(script)


@pytest.mark.parametrize(
    "asks", ["Hello, it's Kevin from the association. Do you have two minutes?", "Our accounts are audited. So shall I register you today?"]
)
def test_asking_for_two_minutes_or_to_register_the_prospect_is_not_exploring(asks):
    assert (1, "curiosity") not in evidence(f"""
        Dana: {asks}
        Lee: Go on.
    """)


@pytest.mark.parametrize(
    ("push", "pushes"),
    [
        ("I've ten kegs left for the whole county and I'm holding two for you.", True),
        ("Once those ten kegs are gone, that's it till August.", True),
        ("Monday week the kegs will be gone though.", True),
        ("You don't want to be the only pub in Shandon without it.", True),
        ("Ten percent off the first two if you take them this week.", True),
        ("I'll hold one keg for you anyway, just in case.", True),
        ("The roof has ten good years left in it, so there's no hurry on that side.", False),
        ("Once the lines are cleaned, what would you want pouring?", False),
    ],
)
def test_stock_running_out_being_left_out_and_holding_one_anyway_are_pressure(push, pushes):
    found = evidence(f"""
        Dana: It's a hazy IPA from Clonakilty, four euro a pint to you.
        Lee: I don't know. We're a stout house really.
        Dana: {push}
        Lee: Hmm.
    """)
    assert ((3, "pressure") in found) is pushes


@pytest.mark.parametrize(("opening", "explores"), [("Mick! How's the form?", False), ("Tell me where the business is at right now.", True)])
def test_how_is_the_form_is_a_greeting_and_tell_me_about_it_explores(opening, explores):
    assert ((1, "curiosity") in evidence(f"""
        Dana: {opening}
        Lee: Grand.
    """)) is explores


@pytest.mark.parametrize(
    ("asks", "explores"),
    [("You were after something for the boiler servicing, weren't you?", False), ("What made you think of advertising the boiler servicing?", True)],
)
def test_a_tag_asking_to_confirm_the_reps_guess_does_not_explore(asks, explores):
    assert ((1, "curiosity") in evidence(f"""
        Dana: {asks}
        Lee: Yeah, the winter rush.
    """)) is explores


@pytest.mark.parametrize(
    ("push", "pushes"),
    [
        ("In March the price goes to fifteen. There's always a reason.", True),
        ("Prices go up in April, so it's now or never.", True),
        ("Gloria, what is there left to think about?", True),
        ("The ratio is just a cushion in case rates go up. Does that make sense?", False),
        ("The bank checks there's a cushion if rates go up or you have a wet summer.", False),
    ],
)
def test_a_price_about_to_rise_is_pressure_but_a_hypothetical_rise_is_not(push, pushes):
    found = evidence(f"""
        Dana: It's twelve thousand for the year, or three payments.
        Lee: I'm still not sure. I think I need a bit more time.
        Dana: {push}
        Lee: Hmm.
    """)
    assert ((3, "pressure") in found) is pushes


@pytest.mark.parametrize(("prospect_said", "pushes"), [("So if not now, when, you know?", False), ("We'd open in a year or two.", True)])
def test_saying_back_the_prospects_own_words_is_not_a_ploy(prospect_said, pushes):
    found = evidence(f"""
        Dana: Tell me about the café you want to open.
        Lee: I've been a chef fifteen years. {prospect_said}
        Dana: If not now, when. What does it look like from your side?
        Lee: Similar.
    """)
    assert ((3, "pressure") in found) is pushes


@pytest.mark.parametrize(
    ("push", "pushes"),
    [
        ("Five thousand dollars is the price of staying stuck.", True),
        ("The masterclass price goes away Friday. Don't let fear make the decision for you.", True),
        ("This is a telephone-only offer, so it's only available while we're on the call.", True),
        ("Once we put the phone down it goes back to the full rate.", True),
        ("I can only hold this until tonight.", True),
        ("If I don't lock it in by this arvo it goes to the next builder on the list.", True),
        ("You ring Coastline, you lose the crew, simple as that.", True),
        ("I'll knock three hundred off if you sign before five.", True),
        ("I get it, it's money. But what's the cost of not doing it?", True),
        ("What if I added two months free, would that get us there today?", True),
        ("Can I ask, is the decision yours, or does it go to someone else as well?", False),
        ("Fair enough. What would you want to see from us first?", False),
    ],
)
def test_a_price_or_a_slot_lost_when_the_call_ends_is_pressure(push, pushes):
    found = evidence(f"""
        Dana: It's twelve issues for nineteen ninety-nine.
        Lee: Not today, no. I'd like to think about it.
        Dana: {push}
        Lee: Hmm.
    """)
    assert ((3, "pressure") in found) is pushes


@pytest.mark.parametrize(
    ("push", "pushes"),
    [
        ("You can, but Thursday'll be gone by then. Your call.", True),
        ("You can, but I've got three people after that slot.", True),
        ("Look, I've got one slot Thursday, and it's meant to be minus three this weekend.", True),
        ("You can, of course. Ring me tomorrow and we'll find a day that suits.", False),
    ],
)
def test_a_slot_others_are_after_is_pressure(push, pushes):
    found = evidence(f"""
        Dana: Twenty-six fifty all in, ten year warranty. I need a deposit to hold Thursday.
        Lee: Can I not sleep on it and ring you tomorrow?
        Dana: {push}
        Lee: Hmm.
    """)
    assert ((3, "pressure") in found) is pushes


@pytest.mark.parametrize(
    ("push", "pushes"),
    [
        ("I've got two sunset villas left on those dates. The hotel releases my hold to the public at midnight tonight.", True),
        ("I understand, but are you sure you want to risk losing it over one night?", True),
        ("Okay. Well, the clock's ticking on my end, so just let me know.", True),
        ("I can't hold that Monday slot past tomorrow, so don't sit on it.", True),
        ("Twelve months is standard. And you did say yes a minute ago.", True),
        ("The slot on the first is the last one we've got this quarter, they go fast.", True),
        ("Their class books out a month ahead, and it's at the hall, so you lose the crew for a full day.", False),
        ("Of course. What would she want to see first?", False),
    ],
)
def test_a_hold_let_go_a_risk_of_losing_it_and_a_yes_held_against_them_are_pressure(push, pushes):
    found = evidence(f"""
        Dana: For two, business class, you're at thirty-eight thousand. I need the deposit today.
        Lee: Today? I was hoping to at least show her the pictures first.
        Dana: {push}
        Lee: Hmm.
    """)
    assert ((3, "pressure") in found) is pushes


def test_offering_to_answer_more_questions_is_not_curiosity():
    found = evidence("""
        Dana: It's two thousand four hundred a month, three month minimum.
        Lee: Let me mull it over with my co-founder.
        Dana: Sure! Is there anything else I can answer for you?
        Lee: No.
        Dana: And what would your co-founder want to know?
        Lee: The numbers.
    """)
    assert (3, "curiosity") not in found and (5, "curiosity") in found


@pytest.mark.parametrize(
    ("push", "pushes"),
    [
        ("If we get the renewal signed by Friday I can hold you at fifteen. After Friday it reverts.", True),
        ("That's not really accurate though. You got texting and the new dashboard.", True),
        ("What about a verbal from you today? Then I can lock in the fifteen.", True),
        ("The bundle pricing is only approved through the end of today.", True),
        ("What's stopping you getting it signed this afternoon?", True),
        ("Honestly, if you wait there's real risk. The good crews are getting booked up.", True),
        ("You'd just be losing a week.", True),
        ("Your knee's not going to fix itself while you're on a sunlounger.", True),
        ("You can't put a price on finally doing it properly.", True),
        ("I can take a fifty-quid deposit today to hold the price.", True),
        ("I'd really recommend grabbing the spot now. The January group usually fills by mid-December.", True),
        ("That's fair. What makes him say yes or no?", False),
        ("Sure. Can I put you on hold for two minutes while I check with my VP?", False),
    ],
)
def test_deadlines_on_the_price_telling_them_they_are_wrong_and_guilt_are_pressure(push, pushes):
    found = evidence(f"""
        Dana: The renewal is eighteen percent up. Shall I get you booked in?
        Lee: I can't sign anything this week. It goes to Mark.
        Dana: {push}
        Lee: Hmm.
    """)
    assert ((3, "pressure") in found) is pushes


def test_putting_the_same_time_again_after_a_no_is_pressure_and_meeting_on_a_day_they_named_is_not():
    found = evidence("""
        Dana: What I'd suggest is a quick demo with our onboarding team. How's Thursday at two?
        Lee: Um, I'd have to check. I'm not sure it's me who'd decide that.
        Dana: It's thirty minutes, no commitment. Thursday at two?
        Lee: I really don't know if I'm supposed to be booking this.
        Dana: I'll send the invite now and you can always move it. Thursday at two, yeah?
        Lee: Fine. Thursday at two.
    """)
    assert {(3, "pressure"), (5, "pressure")} <= found
    calm = evidence("""
        Dana: Would you like to start the trial today?
        Lee: I'd rather we talk on Sunday first. Not today.
        Dana: Completely fair. What would you need to talk through on Sunday?
        Lee: Time, mostly.
    """)
    assert (3, "pressure") not in calm


@pytest.mark.parametrize(
    ("push", "pushes"),
    [
        ("Most of the teams I talk to who wait end up paying full price.", True),
        ("We've got two hundred off at the moment, but it does finish on Friday.", True),
        ("A lot of people kick themselves when they miss the event.", True),
        ("Once the pool's gone for the year, it's gone, and that's thirty grand you're handing back.", True),
        ("Don't let thirty grand walk out the door over a rule about forklifts.", True),
        ("There's honestly nothing to think about.", True),
        ("Honestly, most teams that say that are flying blind.", True),
        ("I'll drop an invite in for Thursday at four, and if it doesn't work you can just decline it.", True),
        ("That's fair. What would Mark want to see before Thursday at four?", False),
        ("Our events finish on Fridays, so the crews are free at the weekend.", False),
        ("The termination buyout only runs through the end of this month, after that it's off the table.", True),
        ("That's what a lot of founders think until they actually run the numbers.", True),
        ("Worst case you've lost fifteen minutes. You can't really lose.", True),
        ("The pilot runs through the end of the month, then we review it together.", False),
        ("So Lee, can I count on you for your next few orders?", True),
        ("Can I tell my manager you're on board for that?", True),
        ("What would you need to see before your next few orders?", False),
    ],
)
def test_an_offer_ending_others_regret_counting_on_them_and_the_money_given_back_are_pressure(push, pushes):
    found = evidence(f"""
        Dana: Let me grab fifteen minutes with you Thursday at four and I'll show you on your own data.
        Lee: I can't commit to anything right now. It goes to Mark.
        Dana: {push}
        Lee: Hmm.
    """)
    assert ((3, "pressure") in found) is pushes


def test_a_discount_held_to_a_signature_date_is_pressure_before_any_no():
    found = evidence("""
        Dana: Twelve seats is thirteen thousand a year. If we can get the order form signed by Friday, I can take twenty percent off.
        Lee: Okay, good to know.
    """)
    assert (1, "pressure") in found


def test_asking_when_to_meet_is_arranging_not_exploring():
    found = evidence("""
        Dana: We've got space on those days from September. Do you want to come and see it?
        Lee: Yes please. I'd like that.
        Dana: Lovely. Which days were you thinking?
        Lee: Tuesday, maybe.
        Dana: And what would you most want to see when you come?
        Lee: The baby room.
    """)
    assert (3, "curiosity") not in found and (5, "curiosity") in found



@pytest.mark.parametrize(
    ("rep_says", "pushes"),
    [
        ("So on the plan you're paying about four eighty, and the price is fixed even if labour rates go up.", False),
        ("Labour rates go up in January, so the sooner you're on the plan the better.", True),
    ],
)
def test_a_price_held_fixed_against_a_rise_is_not_a_ploy(rep_says, pushes):
    found = evidence(f"""
        Dana: {rep_says}
        Lee: Right, so it's about a hundred quid cheaper.
    """)
    assert ((1, "pressure") in found) is pushes


@pytest.mark.parametrize(("asks", "closes"), [("Are you in a lease at the moment?", False), ("So are you in?", True)])
def test_asking_if_they_are_in_a_lease_is_not_a_close(asks, closes):
    found = evidence(f"""
        Dana: It's four hundred a desk, and the terrace alone's worth it in summer.
        Lee: Not sure it's for us.
        Dana: {asks}
        Lee: Yeah.
    """)
    assert ((3, "pressure") in found) is closes


@pytest.mark.parametrize(
    ("before", "rep_says", "pushes"),
    [
        ("I'm not sure I've got time for a demo right now, to be honest.", "I'll pop you in for Tuesday at ten and send an invite.", True),
        ("Tuesday at ten works.", "Lovely, I'll pop you in for Tuesday at ten and send an invite.", False),
        ("I'm not sure about the price.", "Shall I go ahead and send you the brochure?", False),
    ],
)
def test_booking_them_in_is_pressure_only_past_a_doubt(before, rep_says, pushes):
    found = evidence(f"""
        Dana: Would a demo next week help?
        Lee: {before}
        Dana: {rep_says}
        Lee: Okay.
    """)
    assert ((3, "pressure") in found) is pushes


@pytest.mark.parametrize(
    ("rep_says", "curious"),
    [
        ("Look, I'll be straight with you. I need a yes or a no today, otherwise it goes.", False),
        ("Look, I'll be straight with you, it isn't cheap. What budget did you have in mind?", True),
    ],
)
def test_candour_that_leads_into_a_ploy_is_not_curiosity(rep_says, curious):
    found = evidence(f"""
        Dana: Shall we get the paperwork going?
        Lee: I said in my email, we're not going ahead this year.
        Dana: {rep_says}
        Lee: No.
    """)
    assert ((3, "curiosity") in found) is curious


def test_an_offer_to_talk_to_someone_is_not_a_close():
    found = evidence("""
        Dana: Shall we get the paperwork going?
        Lee: I'm not sure we're ready.
        Dana: Would you be open to a conversation with our CTO about the security side?
        Lee: Maybe.
    """)
    assert (3, "pressure") not in found


def test_reasons_named_for_the_prospect_to_pick_from_are_curiosity():
    found = evidence("""
        Dana: We help hotels bring their bin costs down. Something you'd looked at?
        Lee: No, you're alright. We've got a contract with the council and it's fine.
        Dana: Fair enough. Can I ask, is it that the council contract's doing the job, or is it more that now's not the time?
        Lee: Bit of both.
    """)
    assert (3, "curiosity") in found


def test_asking_what_made_someone_want_to_join_the_call_is_not_a_close():
    found = evidence("""
        Dana: Thanks for making the time. I'll keep it short.
        Lee: I'm not sure we need anything, to be honest.
        Dana: And Walt, what's your take on where things are, and what made you want to join today?
        Lee: The spreadsheets.
    """)
    assert (3, "pressure") not in found and (3, "curiosity") in found


def test_checking_they_can_see_the_screen_is_not_exploring():
    found = evidence("""
        Dana: Let me share my screen. Okay, can you see that?
        Lee: Yep.
    """)
    assert (1, "curiosity") not in found
