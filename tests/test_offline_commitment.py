"""The next commitment (contract section 4)."""

import pytest
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


def commitment_in_reply(rep_says: str, reply: str, rep_after: str):
    """The commitment of a call of one rep turn, the prospect's reply, and the rep's answer."""
    return commitment(f"""
        Dana: {rep_says}
        Lee: {reply}
        Dana: {rep_after}
    """)


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


def test_a_meeting_taken_back_by_a_later_put_off_is_not_secured():
    script = """
        Dana: Thanks for picking up. Shall we do the site visit Friday at two?
        Lee: Sure, Friday at two works.
        Dana: Great. So the monitoring is fifty a month for three years.
        Lee: Actually, I need to talk it over with my husband. Just call me next week.
        Dana: Okay, thanks.
        Lee: Bye.
    """
    assert not commitment(script).secured


def test_the_last_agreement_stands_and_a_confirmation_keeps_its_turn():
    script = """
        Dana: Does thirty minutes today work, and can we talk Monday at nine about the plan?
        Lee: Sure, Monday at nine.
        Dana: Then, when could your CFO join a review?
        Lee: She's free Thursday at ten. Let's do Thursday at ten with her.
        Dana: Perfect, Thursday at ten with your CFO.
        Lee: See you Thursday.
    """
    result = commitment(script)
    assert (result.secured, result.turn, result.when) == (True, 4, "Thursday at ten")


def test_paying_after_an_ultimatum_is_the_decision():
    script = """
        Dana: It's a yes or a no. Which one is it?
        Lee: I mean. Fine. Put it on the card.
        Dana: Great, read me the number.
        Lee: Hold on, let me get my wallet.
    """
    result = commitment(script)
    assert (result.secured, result.turn, result.level) == (True, 2, "decide")


def test_refusing_to_put_it_on_the_card_is_not_a_decision():
    script = """
        Dana: Shall I put it on the card you used last time?
        Lee: No, I won't put it on the card today.
        Dana: Okay.
        Lee: Bye.
    """
    assert not commitment(script).secured


def test_the_day_stays_with_the_time_but_not_across_sentences():
    assert commitment("""
        Dana: When would suit you to go through the contract?
        Lee: Sunday at one works.
        Dana: Great.
    """).when == "Sunday at one"
    assert commitment("""
        Dana: When should we go through the numbers together?
        Lee: Thursday morning. Say nine?
        Dana: Great.
    """).when == "Say nine"


def test_asking_whether_a_call_with_the_decider_would_work_is_a_fallback():
    script = """
        Dana: Shall we get you started this week?
        Lee: I can't decide without my CFO.
        Dana: Makes sense. Would a short call with her work, so she can ask her questions?
        Lee: Maybe.
    """
    assert commitment(script).fallback_offered


def test_asking_for_the_deal_again_at_a_time_is_not_a_fallback():
    script = """
        Dana: Shall we get you started this week?
        Lee: I can't decide without my CFO.
        Dana: Can we sign the paperwork Monday at nine instead, would that work?
        Lee: Maybe.
    """
    assert not commitment(script).fallback_offered


def test_picking_a_way_to_pay_after_a_close_is_the_decision():
    result = commitment("""
        Dana: It's forty-four ninety-seven, or three payments of sixteen hundred. Which works better for you?
        Lee: ...The payment plan, I guess.
        Dana: Great, sending the link now.
    """)
    assert (result.secured, result.turn, result.level) == (True, 2, "decide")


def test_picking_instalments_for_the_direct_debit_is_the_decision():
    script = """
        Dana: That comes to four thousand two hundred. Same bank account for the direct debit as last year?
        Lee: {reply}
        Dana: Done, you're covered from the first.
    """
    result = commitment(script.format(reply="Yes, same account. Ten instalments."))
    assert (result.secured, result.turn, result.level) == (True, 2, "decide")
    assert not commitment(script.format(reply="Yes, same account. Could I do instalments, or is that not possible?")).secured


def test_doing_the_lot_is_the_decision():
    result = commitment("""
        Dana: We can bind the whole package today.
        Lee: Alright, alright. Just do the lot then. I've got a delivery coming.
        Dana: Great decision.
    """)
    assert (result.secured, result.turn, result.level) == (True, 2, "decide")


def test_putting_the_order_through_is_the_decision_and_naming_a_payment_plan_unasked_is_not():
    assert commitment("""
        Dana: Anything else on your list?
        Lee: That's it. Go ahead and put it all through on the card on file.
        Dana: Done, it ships today.
    """).secured
    assert not commitment("""
        Dana: Happy to walk you through the options whenever suits.
        Lee: Do you have a payment plan at all?
        Dana: We do, three payments.
    """).secured


def test_a_bare_time_question_offers_a_meeting_and_a_yes_secures_it():
    result = commitment("""
        Dana: When are you free to taste the new cream?
        Lee: Monday's dead, we're closed. Tuesday morning, before half nine.
        Dana: Tuesday at nine?
        Lee: Nine's good. Bring the cream.
    """)
    assert result.secured and result.turn in (2, 4)


def test_a_yes_to_an_agreement_the_rep_only_says_it_will_send_is_not_a_decision():
    result = commitment("""
        Dana: Shall we get the paperwork moving today?
        Lee: No. We're not going to rush this.
        Dana: Okay, understood. I'll send the agreement anyway and check back in a few weeks.
        Lee: Fine.
    """)
    assert not result.secured


def test_a_hedge_before_im_in_does_not_take_the_decision_back():
    assert commitment("""
        Dana: Where are you at with it?
        Lee: I'll still message your grads, but I'm in.
        Dana: Wonderful.
    """).secured
    assert not commitment("""
        Dana: Where are you at with it?
        Lee: I'm in trouble if this doesn't work, that's the thing.
        Dana: Understood.
    """).secured


def test_a_time_in_the_prospects_own_calendar_is_not_a_meeting():
    result = commitment("""
        Dana: When would be a good time for me to check back in with you both?
        Lee: Send us a sample and I'll play it at our Thursday huddle. After that, I don't know.
        Dana: I'll send it today.
    """)
    assert not result.secured


def test_a_time_for_the_prospects_own_board_meeting_is_not_a_meeting_but_a_call_with_the_rep_is():
    board = commitment("""
        Dana: So where would you like to go from here?
        Lee: I'll raise it at our board meeting Tuesday. Anything this size goes through them.
        Dana: Makes sense. I'll send the summary today.
    """)
    assert not board.secured
    call_with_rep = commitment("""
        Dana: Could we grab twenty minutes to go through the numbers?
        Lee: Sure, let's keep our call on Tuesday at ten.
        Dana: Perfect, I'll send the invite.
    """)
    assert (call_with_rep.secured, call_with_rep.turn) == (True, 2)


def test_lets_see_how_it_goes_is_a_hedge_but_lets_see_while_checking_a_diary_is_not():
    hedged = commitment("""
        Dana: Could we grab twenty minutes Wednesday morning to hear what they said?
        Lee: Let's see how Tuesday goes. I'll call you after.
        Dana: Sounds good.
    """)
    assert not hedged.secured
    checking = commitment("""
        Dana: Could we grab twenty minutes to go through it together? How's Wednesday at ten?
        Lee: Let's see. Yes, Wednesday at ten works.
        Dana: Great, invite on its way.
    """)
    assert (checking.secured, checking.turn) == (True, 2)


def test_picking_a_way_to_pay_and_asking_for_the_link_is_the_decision():
    script = """
        Dana: I've only got two spots left at this price. We can split it into three payments. Let's just get you started.
        Lee: ...Okay. Fine. Three payments. Send me the link.
        Dana: Sending it now.
    """
    transcript = call(script)
    result = judge(transcript)
    assert (result.next_commitment.secured, result.next_commitment.turn, result.next_commitment.level) == (True, 2, "decide")
    assert not result.reset_moments


def test_asking_when_to_go_through_what_was_sent_is_a_fallback():
    script = """
        Dana: Shall we get the application started today?
        Lee: Just email me something, I have to get back to prep.
        Dana: Will do. And once you've got it, can we go through it together? When's good for you?
        Lee: Just email it.
    """
    assert commitment(script).fallback_offered


def test_a_bare_time_for_a_smaller_step_after_a_no_is_a_fallback_but_one_wrapped_in_a_ploy_is_not():
    smaller = commitment("""
        Dana: Can I send the agreement over today?
        Lee: No, we're not signing anything yet.
        Dana: Okay. How about a free audit first, no obligation. Tuesday at eleven?
        Lee: Fine. Tuesday at eleven.
    """)
    assert smaller.fallback_offered
    pushed = commitment("""
        Dana: Can I send the agreement over today?
        Lee: No, we're not signing anything yet.
        Dana: This price ends Friday, and it's just for you. Tomorrow at ten?
        Lee: No.
    """)
    assert not pushed.fallback_offered


def test_booking_onboarding_after_the_decision_is_not_a_fallback():
    result = commitment("""
        Dana: Shall we get you started this week?
        Lee: Not this week, I need to think.
        Dana: What's on your mind?
        Lee: Just the price. Actually, you know what, I'm in.
        Dana: Love it. I'll send the payment link now and book your onboarding for Wednesday at ten. Does that work?
        Lee: Yes.
    """)
    assert (result.secured, result.level) == (True, "decide")
    assert not result.fallback_offered


def test_we_will_see_you_on_tuesday_confirms_the_meeting_but_well_see_takes_it_back():
    confirmed = commitment("""
        Dana: Would it help if I came to present to the board myself?
        Lee: Yes, that is better. The board meets on Tuesday. Come by eleven o'clock, you will have twenty minutes.
        Dana: Tuesday, eleven o'clock. I will bring the figures.
        Lee: Good. We will see you on Tuesday.
    """)
    assert (confirmed.secured, confirmed.turn) == (True, 2)
    taken_back = commitment("""
        Dana: Would it help if I came to present to the board myself?
        Lee: Yes. Come by Tuesday at eleven.
        Dana: Tuesday at eleven. I will bring the figures.
        Lee: Actually, we'll see. I'll let you know.
    """)
    assert not taken_back.secured


def test_a_prospect_asking_the_rep_to_come_on_a_day_sets_the_meeting():
    result = commitment("""
        Dana: Would it help if I set it up for one week with your real customers, so you see it before deciding?
        Lee: Okay. But not during the week. Come on Sunday, eleven o'clock, after the breakfast orders.
        Dana: Sunday eleven, at your kitchen. Does that agenda work?
        Lee: Yes, perfect.
        Lee: Fine. Sunday eleven.
    """)
    assert (result.secured, result.turn) == (True, 2)


def test_a_decision_said_as_a_condition_is_not_made():
    conditional = commitment("""
        Dana: I can take a card over the phone right now, it takes two minutes.
        Lee: I said no. I'll call you after Thursday if I want to go ahead.
        Dana: Okay. Don't wait too long.
    """)
    assert not conditional.secured
    settled = commitment("""
        Dana: I can take a card over the phone right now, it takes two minutes.
        Lee: If that's the price, let's go ahead.
        Dana: Great.
    """)
    assert (settled.secured, settled.turn, settled.level) == (True, 2, "decide")


def test_a_deadline_or_a_bound_is_not_a_time_to_meet():
    result = commitment("""
        Dana: Could the three of us find twenty minutes once he's back? When would suit you?
        Lee: Probably sometime next week. He's travelling until Monday.
        Dana: I'll have the one-pager to you by Thursday. Does that work?
        Lee: Sure, that's fine.
    """)
    assert not result.secured
    visit = commitment("""
        Dana: Would it help if I came to see the site?
        Lee: Yes. Come by Tuesday at eleven.
        Dana: Tuesday at eleven. I'll bring the figures.
    """)
    assert (visit.secured, visit.turn, visit.when) == (True, 2, "Tuesday at eleven")


def test_signing_on_the_call_is_the_decision():
    result = commitment("""
        Dana: I'll text you the link now: the credit check, then the agreement to e-sign.
        Lee: Okay. Credit check's gone green. Signing now... done. And the deposit's gone through.
        Dana: Perfect. Delivery is two to three weeks.
    """)
    assert (result.secured, result.turn, result.level) == (True, 2, "decide")


def test_a_yes_to_do_it_sometime_decides_nothing_yet():
    result = commitment("""
        Dana: It's forty dollars a session, and the first one's a free trial. Would you want to book a trial?
        Lee: Yeah, definitely. Let's do it next week sometime.
        Dana: Great! I'll email you the booking link.
    """)
    assert not result.secured
    decided = commitment("""
        Dana: It's forty dollars a session, or three hundred for ten. Would you want to sign up for the ten?
        Lee: Yeah, definitely. Let's do it.
        Dana: Great! I'll email you the booking link.
    """)
    assert (decided.secured, decided.turn) == (True, 2)


def test_lets_do_it_to_a_try_out_or_a_demo_agrees_to_that_step_not_the_deal():
    tried = commitment("""
        Dana: Want to try it right now? I can give you a live login and you dictate a pretend exam.
        Lee: Sure, let's do it.
        Dana: Link's in the chat.
        Lee: Okay. That's actually good.
    """)
    assert not tried.secured
    demo = commitment("""
        Dana: Would a demo on Thursday at two help? I can show you the rota screen.
        Lee: Sure, let's do it.
        Dana: Great, see you Thursday.
    """)
    assert (demo.secured, demo.turn, demo.level) == (True, 2, "explore")
    assert "Thursday at two" in demo.when
    signed = commitment("""
        Dana: Want to try it right now? I can give you a live login.
        Lee: Sure.
        Dana: So, shall we get you started on the monthly plan?
        Lee: Yes, let's do it.
    """)
    assert (signed.secured, signed.turn, signed.level) == (True, 4, "decide")


@pytest.mark.parametrize(
    ("rep_says", "turn", "level"),
    [
        ("Would a demo on Thursday at two help? I can show you the rota screen.", 2, "explore"),
        ("So it's forty a month, cancel any time. Shall we get you started today?", 2, "decide"),
    ],
)
def test_deal_takes_its_object_from_the_rep(rep_says, turn, level):
    result = commitment_in_reply(rep_says, "Deal.", "Brilliant.")
    assert (result.secured, result.turn, result.level) == (True, turn, level)


def test_a_yes_to_a_time_the_rep_asks_suits_is_a_meeting():
    result = commitment("""
        Dana: What if we lent you two pumps and I did an in-service at handover?
        Lee: That I could do. Handover's at half seven and half two.
        Dana: Would Thursday at half two work for the in-service?
        Lee: Thursday at half two. Yes. I'll let Jo know.
    """)
    assert (result.secured, result.turn) == (True, 4)
    assert result.when == "Thursday at half two"
    not_offered = commitment("""
        Dana: Does she work weekdays, or is a Saturday morning easier?
        Lee: She's mostly at home. Saturday morning she does the shopping.
    """)
    assert not not_offered.secured


def test_a_no_to_signing_keeps_the_visit_the_prospect_asks_the_invite_for():
    kept = commitment("""
        Dana: Come and see it. Friday, two o'clock? We can sign the agreement while you're there.
        Lee: Yeah, fine. Friday at two.
        Dana: Brilliant, I'll send the invite and have the agreement printed.
        Lee: Send the invite. But we're just coming to look, we're not signing anything on Friday.
    """)
    assert (kept.secured, kept.turn) == (True, 2)
    taken_back = commitment("""
        Dana: How about we go through the numbers together, tomorrow 10am?
        Lee: Tomorrow works.
        Dana: Can we also get the paperwork signed then?
        Lee: No. Maybe, send me an invite and I'll see.
    """)
    assert not taken_back.secured


def test_setting_it_up_or_putting_the_deposit_down_is_the_decision():
    set_up = commitment("""
        Dana: Accidental dental is included. The price is reviewed at each renewal.
        Lee: Okay, fine. Let's set it up then. Can I pay by direct debit?
        Dana: Yes. That's set up, first payment on the first. Anything else?
        Lee: No, that's it. Thank you.
    """)
    assert (set_up.secured, set_up.turn, set_up.level) == (True, 2, "decide")
    deposit = commitment("""
        Dana: A five hundred dollar deposit holds your spot, fully refundable for seven days.
        Lee: ...Okay. Fine. I'll put the deposit down. Hang on, getting my card.
        Dana: Let's go!
    """)
    assert (deposit.secured, deposit.turn) == (True, 2)


def test_a_yes_that_only_needs_purchasing_to_sign_stands():
    routed = commitment("""
        Dana: So let's get it done. I'll hold the unit for you today.
        Lee: Fine. Yes, let's do it. But I can't sign anything, it has to go through purchasing. I'll get Rick to cut a PO.
        Dana: That works. Can you send me the PO number when it's out?
    """)
    assert (routed.secured, routed.turn, routed.level) == (True, 2, "decide")
    taken_back = commitment("""
        Dana: So let's get it done. I'll hold the unit for you today.
        Lee: Yes, let's do it. But I can't sign anything today.
        Dana: Understood.
    """)
    assert not taken_back.secured


def test_a_yes_on_a_condition_waits_for_the_condition():
    result = commitment("""
        Dana: Morning Kieran, how's things?
        Lee: Good. I've got two questions on the contract, and if we're happy with the answers I'll sign it today.
        Dana: Go for it.
        Lee: If we leave after three years, do we get our shipment history back?
        Dana: Yes, a full export in CSV, no charge.
        Lee: Good, that's what our lawyer wanted. Alright, I'm happy. Send the DocuSign through and I'll do it now.
        Dana: Sending it now.
        Lee: Got it. Signing... done.
    """)
    assert (result.secured, result.turn, result.level) == (True, 6, "decide")


def test_saying_who_could_approve_a_pilot_is_not_yet_a_decision():
    result = commitment("""
        Dana: We could start with a pilot: two groups for two months. Would that fit better?
        Lee: Yeah, that I can sign off on myself. The pilot makes sense.
        Dana: Good. When could the four of you do forty minutes for placement chats?
        Lee: Tuesday at ten is good for all of us.
        Dana: Tuesday at ten it is. I'll send the invite.
    """)
    assert (result.secured, result.turn, result.when) == (True, 4, "Tuesday at ten")


def test_the_reps_availability_offers_the_time_the_prospect_takes():
    result = commitment("""
        Dana: Would your son join a video call with the three of us?
        Lee: Oh, he'd like that.
        Dana: I could do next Tuesday at eleven, or Tuesday at four if he'd rather after work. Which would you like to check with him?
        Lee: Tuesday at eleven then. That's lovely.
        Dana: Perfect.
    """)
    assert (result.secured, result.turn, result.when) == (True, 4, "Tuesday at eleven")


def test_a_fuller_restatement_of_the_agreed_time_sharpens_when_and_the_reps_purpose_is_the_agenda():
    result = commitment("""
        Dana: Would your son join a video call with the three of us?
        Lee: Oh, he'd like that.
        Dana: I could do next Tuesday, in the morning or after work. Which would you like to check with him?
        Lee: Let me text him now... he says eleven's fine.
        Kim: Tuesday at eleven then. That's lovely.
        Dana: Perfect. I'll bring the cashflow plan so he can pick it apart.
    """)
    assert (result.secured, result.turn, result.when, result.agenda) == (True, 4, "Tuesday at eleven", True)


def test_a_vaguer_restatement_keeps_the_time_agreed_and_a_bare_confirmation_is_no_agenda():
    result = commitment("""
        Dana: Would your son join a video call with the three of us? Tuesday at eleven?
        Lee: Tuesday at eleven works.
        Kim: See you Tuesday then.
        Dana: Perfect. Speak then.
    """)
    assert (result.secured, result.turn, result.when, result.agenda) == (True, 2, "Tuesday at eleven", False)


def test_a_day_said_back_agrees_the_reps_fuller_time():
    result = commitment_in_reply("Could I walk you through it on Thursday at three-thirty?", "Thursday's fine.", "Great, I'll send the invite.")
    assert (result.secured, result.turn, result.when) == (True, 2, "on Thursday at three-thirty")


def test_a_day_said_back_to_a_different_time_keeps_its_own():
    result = commitment_in_reply("Could I walk you through it on Thursday at three-thirty?", "Friday's better.", "Friday it is, I'll send the invite.")
    assert (result.secured, result.when) == (True, "Friday")


def test_a_possessive_day_said_again_confirms_the_time_agreed():
    result = commitment("""
        Dana: Tuesday or Wednesday evening, say seven, at the house?
        Lee: Wednesday at seven works for me. Kim?
        Kim: Wednesday's fine.
        Dana: Lovely, see you both then.
    """)
    assert (result.secured, result.turn, result.when) == (True, 2, "Wednesday at seven")


def test_no_to_any_questions_after_signing_keeps_the_decision():
    result = commitment("""
        Dana: Only if you're comfortable. Do you want to go ahead, or would you rather wait?
        Lee: No, let's do it. I'd rather it was sorted before the baby comes.
        Dana: Cover starts on the first payment, and I'll send you a trust form. Any questions?
        Lee: No, that's great. Thank you, Amir.
    """)
    assert (result.secured, result.turn) == (True, 2)
    refused = commitment("""
        Dana: Only if you're comfortable. Do you want to go ahead, or would you rather wait?
        Lee: No, let's do it.
        Dana: Cover starts on the first payment. Any questions?
        Lee: No, I'm not ready to sign after all.
    """)
    assert not refused.secured


def test_a_decision_reports_no_time_when_the_time_is_the_prospects_own_task():
    result = commitment("""
        Dana: So let's get it done. I'll hold the unit for you today.
        Lee: Fine. Yes, let's do it. It has to go through purchasing. I'll get Rick to cut a PO, probably Thursday.
        Dana: That works.
    """)
    assert (result.secured, result.turn, result.when) == (True, 2, None)


def test_a_no_to_something_else_leaves_the_meeting_the_rep_proposed():
    result = commitment("""
        Dana: I'll build both versions. When could we go through them together? I could do Thursday or Friday afternoon.
        Lee: Friday. Friday at three.
        Dana: Friday at three. Do you want me to walk the site first? I could come by any morning this week.
        Lee: Not this week, I'm slammed. Just use the numbers I gave you.
        Dana: No problem. Talk Friday at three.
    """)
    assert (result.secured, result.turn, result.when) == (True, 2, "Friday at three")


def test_a_put_off_about_the_meeting_cancels_it():
    for put_off in ("No. Cancel Tuesday, we'll wait for the adjuster.", "Let me think about it and I'll call you."):
        result = commitment(f"""
            Dana: I'd come out with a moisture meter. Would Tuesday at nine work?
            Lee: Tuesday at nine works.
            Dana: Great. And shall we get the repair paperwork started too?
            Lee: {put_off}
            Dana: Okay.
        """)
        assert not result.secured, put_off


@pytest.mark.parametrize(
    ("then_said", "secured"),
    [
        ("We'll see what Karen says. Friday at two.", True),
        ("I'll think about it. Friday at two.", True),
        ("We'll see what Karen says. Not Friday though.", False),
        ("We'll see what Karen says. Don't call Friday, I'm out.", False),
        ("We'll see what Karen says. Monday at nine.", False),
    ],
)
def test_a_put_off_that_says_the_reps_time_back_alone_keeps_the_meeting(then_said, secured):
    result = commitment(f"""
        Dana: When could we get on a call with Karen?
        Lee: She's in Fridays. Friday at two, I'll set up the video call.
        Dana: Friday at two. I'll bring the numbers, and I'd love to leave that call with a yes.
        Lee: {then_said}
        Dana: Understood.
    """)
    assert (result.secured, result.turn) == (secured, 2 if secured else None)


def test_a_time_mentioned_in_passing_does_not_survive_a_put_off():
    result = commitment("""
        Dana: Thanks for taking the call. How's the week going?
        Lee: Busy. We shipped the new editor on Monday.
        Dana: Congratulations. So shall we set you up with a search?
        Lee: I need to think about it. Send me something.
        Dana: Will do.
    """)
    assert not result.secured


def test_lets_just_do_it_and_signing_done_are_the_decision():
    assert commitment("""
        Dana: You can cancel within three days. Shall we get it signed?
        Lee: It's fine, we can cancel if we hate it. Let's just do it.
        Dana: Great, I'm sending the DocuSign now.
    """).turn == 2
    assert commitment("""
        Dana: I'm sending the DocuSign to your email now.
        Lee: Okay, I've got it. Signing. Done.
        Dana: Welcome aboard.
    """).turn == 2


def test_ready_is_a_decision_but_not_when_said_of_later():
    assert commitment("""
        Dana: Shall we get you started?
        Lee: Yes. I'm ready.
        Dana: Great.
    """).secured
    assert not commitment("""
        Dana: Who should I copy on the proposal?
        Lee: Just me. I'll forward it to her when I'm ready.
        Dana: Got it.
    """).secured


def test_the_reps_days_on_offer_are_a_proposal_the_prospect_can_take():
    result = commitment("""
        Dana: He needs an hour and someone home. I have this Saturday, the fourteenth, at ten, or the following Saturday at nine.
        Lee: This Saturday at ten is fine.
        Dana: Perfect, I'll text you his name.
    """)
    assert (result.secured, result.turn, result.when) == (True, 2, "This Saturday at ten")


def test_paying_on_the_call_is_the_decision():
    for said in ("If I wait I lose a week. I'll just start. Can I pay by card now?", "Okay, done. It says payment received."):
        result = commitment(f"""
            Dana: I'll send the payment link on WhatsApp.
            Lee: {said}
            Dana: Got it.
        """)
        assert (result.secured, result.turn, result.level) == (True, 2, "decide"), said
    assert not commitment("""
        Dana: I'll send the payment link on WhatsApp.
        Lee: Hmm, no payment received on my side, and I'm not sure yet. Can I pay by card next month?
        Dana: Sure.
    """).secured


def test_a_no_to_an_add_on_keeps_the_decision_but_a_no_to_the_deal_takes_it_back():
    script = """
        Dana: Lovely. Do you want to book the three-by-two stand now? I can invoice you.
        Lee: Yeah, let's book it. Invoice to the company, please.
        Dana: Perfect. {offer}
        Lee: {reply}
        Dana: No problem at all.
    """
    for offer, reply in (
        ("There's also the theatre sponsorship if you were interested.", "No, I'll pass on that. Just the stand."),
        ("If you grow next year, I'd love to talk about the festival then.", "Yeah, we'll see."),
    ):
        kept = commitment(script.format(offer=offer, reply=reply))
        assert (kept.secured, kept.turn, kept.level) == (True, 2, "decide")
    taken_back = commitment(script.format(offer="I'll send the invoice today.", reply="No, actually, hold off. I'm not ready to commit."))
    assert not taken_back.secured


def test_a_time_to_dial_in_is_a_meeting():
    result = commitment("""
        Dana: Then a half-hour call with her where she can tear the specs apart. When would suit you both?
        Lee: She's in Tuesday. Tuesday at three, I'll pull her into my office and we'll dial in.
        Dana: Tuesday at three is great.
    """)
    assert (result.secured, result.turn, result.when) == (True, 2, "Tuesday at three")


def test_a_time_said_before_the_prospects_own_task_is_the_meeting():
    script = """
        Dana: Let's get your engineer on a call with my tech. Tuesday at ten?
        Lee: Mm.
        Dana: I'll send the invite to you both.
        Lee: {reply}
        Dana: Great, speak then.
    """
    agreed = commitment(script.format(reply="Fine. Tuesday at ten, I'll forward it to Ravi."))
    assert (agreed.secured, agreed.turn, agreed.when) == (True, 4, "Tuesday at ten")
    own_task = commitment(script.format(reply="I'll forward the data sheets to Ravi Tuesday at ten."))
    assert not own_task.secured


def test_telling_the_rep_to_take_the_deposit_is_the_decision():
    script = """
        Dana: I can hold a spot with a five hundred deposit. Grab your card.
        Lee: {reply}
        Dana: Okay.
    """
    agreed = commitment(script.format(reply="Fine, okay. Take the five hundred."))
    assert (agreed.secured, agreed.turn, agreed.level) == (True, 2, "decide")
    assert not commitment(script.format(reply="Take the five hundred off and maybe we'll talk.")).secured


def test_locking_the_date_in_or_paying_now_is_the_decision_but_what_they_pay_now_is_not():
    script = """
        Dana: Anything you'd need to check before you commit to the date?
        Lee: {reply}
        Dana: Lovely.
    """
    for reply in ("No, I've got sign-off. I'd like to lock the eleventh in today.", "Okay, link's here. Paying now. Done."):
        assert commitment(script.format(reply=reply)).secured
    assert not commitment(script.format(reply="Well, three-forty is less than we're paying now.")).secured


def test_a_reminder_of_a_deadline_is_not_a_time_to_meet():
    script = """
        Dana: Lovely. I'll send the quote now. {question}
        Lee: Yep. Bye.
    """
    assert not commitment(script.format(question="Remember, Friday, yeah?")).secured
    assert commitment(script.format(question="Call Friday at ten?")).secured


def test_a_step_put_after_the_agreed_meeting_leaves_that_meeting_the_next_step():
    script = """
        Dana: I've got Thursday afternoon or Friday morning next week for the survey.
        Lee: Friday morning. Half nine?
        Dana: Friday at nine-thirty. {follow_up}
        Lee: Yeah, that'd be good.
    """
    after = commitment(script.format(follow_up="When Piotr's done, I'll call you the Monday after to go through the numbers. Would that work?"))
    assert (after.turn, after.when) == (2, "Half nine")
    instead = commitment(script.format(follow_up="Or would Monday at ten suit you better?"))
    assert (instead.turn, instead.when) == (4, "Monday at ten")


def test_a_deadline_for_work_before_the_agreed_meeting_leaves_that_meeting_the_next_step():
    script = """
        Dana: When's he around?
        Lee: Monday morning could work. Half nine?
        Dana: Monday at half nine, then. I'll send you the list to check {deadline}. Is Friday okay for that?
        Lee: Friday's fine.
    """
    groundwork = commitment(script.format(deadline="before Monday"))
    assert (groundwork.turn, groundwork.when) == (2, "Half nine")
    moved = commitment(script.format(deadline="when it's ready"))
    assert moved.turn == 4


def test_a_doubt_after_the_payment_has_gone_through_does_not_take_the_deal_back():
    script = """
        Dana: The holding fee is five hundred and refundable for seven days.
        Lee: Okay. Fine. Send it over, I'll pay the five hundred now.
        Dana: Sent! Just pop your card details in.
        Lee: {done}
        Dana: Welcome aboard! I'll get the licence agreement over tonight.
        Lee: Okay. I do still need to talk to Saoirse about the twelve months though.
        Dana: She'll love it. Speak soon!
    """
    paid = commitment(script.format(done="Done. It says it's gone through."))
    assert (paid.secured, paid.turn, paid.level) == (True, 2, "decide")
    assert not commitment(script.format(done="Hang on, it's asking for a code.")).secured


def test_a_contract_signed_years_ago_is_a_story_not_a_deal_done():
    result = commitment("""
        Dana: What do you know about your current contract?
        Lee: I can't take clients for a year. I signed it three years ago.
        Dana: That's common. Shall we get you started on the programme today?
        Lee: I need to talk to my husband first.
        Dana: Of course.
    """)
    assert not result.secured


def test_two_times_offered_as_options_are_not_one_agreed():
    script = """
        Dana: What if I came in and did a short in-service at handover?
        Lee: That I could do. Handover's at half seven {joiner} half two.
        Dana: Would Thursday at half two work for the in-service?
        Lee: Thursday at half two. Yes.
    """
    for joiner in ("and", "or"):
        result = commitment(script.format(joiner=joiner))
        assert (result.secured, result.turn) == (True, 4)
    one_time = commitment("""
        Dana: What if I came in and did a short in-service at handover?
        Lee: That I could do. Thursday at half two.
        Dana: Great.
    """)
    assert (one_time.secured, one_time.turn) == (True, 2)


def test_a_time_given_when_the_rep_asks_for_a_day_is_the_meeting():
    result = commitment("""
        Dana: Would it help if you and Dafydd came down and had a go on her, so he can see how she sits?
        Lee: Could do. Not this week. We're flat out with the ewes.
        Dana: Course. What's easier for you, is there a day the week after when it quietens down?
        Lee: Thursday week. After feeding. Ten o'clock, say.
        Dana: Thursday the nineteenth, ten o'clock. See you both then.
    """)
    assert (result.secured, result.turn) == (True, 4)


def test_a_deposit_put_on_the_company_card_is_the_decision():
    result = commitment("""
        Dana: If that works, could we confirm today with the ten percent deposit?
        Lee: Hold on. I'm not ready to put money down today. Hold the rooms till Friday.
        Dana: Totally fair. What would you need to see?
        Lee: Photos of the actual rooms. If they're decent we could do the deposit now.
        Dana: This folder is what our team shot in April, unedited.
        Lee: Okay. These are fine. Chantal, go ahead, put the deposit on the corporate card.
        Lee: Done, the confirmation came through.
        Dana: Got it. You're confirmed.
    """)
    assert (result.secured, result.level, result.turn) == (True, "decide", 6)


def test_a_yes_to_a_proposed_payment_is_the_decision_but_not_a_yes_to_doing_it_that_way():
    paid = commitment("""
        Dana: What's another year of this going to cost you?
        Lee: I really ought to talk to Martin first.
        Dana: You booked this call because you want the shop to grow. Let's just get the first payment of sixteen hundred done today.
        Lee: ...Fine. Go on then. The payment plan. I'll tell Martin tonight.
        Dana: Checkout link's going to your email now.
    """)
    assert (paid.secured, paid.level, paid.turn) == (True, "decide", 4)
    survey = commitment("""
        Dana: Would it help to measure what the oak actually costs you before anyone decides?
        Lee: It might.
        Dana: Then let's do it that way. Our site guy measures and I build the numbers off your bills.
        Lee: Yeah. That I'd do.
        Dana: Great.
    """)
    assert survey.level != "decide"


def test_id_like_to_go_ahead_is_the_decision():
    result = commitment("""
        Dana: You can leave any time with thirty days' notice.
        Lee: That's fine, I'm not going anywhere. Right, I think I'd like to go ahead. What do you need from me?
        Dana: I'll send the form to your email and we go through it together.
    """)
    assert (result.secured, result.level, result.turn) == (True, "decide", 2)


def test_no_promises_with_the_time_accepted_keeps_the_meeting():
    result = commitment("""
        Dana: So let's at least get Ray out to swap the terminal. Friday at three?
        Lee: I'd still want to understand the pricing first.
        Dana: Ray will explain every line when he's there. Friday at three?
        Lee: ...Fine. Friday at three, have him come by. But no promises.
        Dana: I'll text you Ray's number.
    """)
    assert (result.secured, result.turn) == (True, 4)


def test_weve_got_a_deal_is_the_decision():
    result = commitment("""
        Dana: So that's the stand, the banner and the listing for eleven hundred.
        Lee: Okay. We've got a deal.
        Dana: Brilliant.
    """)
    assert (result.secured, result.level, result.turn) == (True, "decide", 2)


def test_naming_the_reps_time_to_say_it_is_taken_is_not_agreeing():
    result = commitment("""
        Dana: Would you like to book a trial lesson this Saturday at 2pm?
        Lee: Saturday he got swimming. Aiyah, I don't know.
        Dana: I'll send you the brochure.
    """)
    assert not result.secured


def test_a_yes_to_setting_it_up_now_is_the_decision():
    result = commitment("""
        Dana: So would you want to give it a go? I can set it up now on the phone, or you can pop in at the weekend.
        Lee: Let's just do it now, before I talk myself out of it. Can I pay by card?
        Dana: Course you can. I'll book you a pool induction as well. Would Monday at seven suit?
        Lee: Monday at seven's grand.
    """)
    assert (result.secured, result.level, result.turn) == (True, "decide", 2)


def test_ok_send_it_to_the_offered_payment_link_keeps_the_decision():
    result = commitment("""
        Dana: The excess is 99 per claim on the lifetime cover.
        Lee: ok lets do the lifetime one. can i do it in here
        Dana: I can send you a secure payment link in the chat, you'd just pop your card in.
        Lee: ok send it
        Dana: Sent, it's the blue button above.
    """)
    assert (result.secured, result.level, result.turn) == (True, "decide", 2)


def test_asking_to_pay_by_card_or_transfer_is_the_decision():
    result = commitment("""
        Dana: Anything you'd want to think through before deciding?
        Lee: No, I think this is what I need. I would rather pay upfront. Can I pay by card or bank transfer?
        Dana: Either. I'll send a payment link now.
    """)
    assert (result.secured, result.level, result.turn) == (True, "decide", 2)


def test_holding_it_in_case_they_go_ahead_is_not_the_decision():
    result = commitment("""
        Dana: Would it help if the three of us got on a call? Would half past twelve Thursday work?
        Lee: Yes. Thursday half past twelve, I will make sure she is free.
        Dana: Should I put the phone on hold in the store so it's there if you go ahead? There's no charge.
        Lee: Yeah, hold it. The black one.
    """)
    assert (result.secured, result.turn) == (True, 2)
    assert result.level != "decide"


def test_a_yes_to_being_put_down_for_a_drop_off_is_the_meeting():
    result = commitment("""
        Dana: So for the truck, can I put you down for a drop-off tomorrow at seven a.m., with the shuttle home?
        Lee: Tomorrow at seven works. I'll be coming straight off shift.
        Dana: You're set for seven tomorrow.
    """)
    assert (result.secured, result.turn) == (True, 2)


def test_putting_it_on_the_same_direct_debit_is_the_decision():
    result = commitment("""
        Dana: Fixed for three years, you have my word.
        Lee: Fine, fine. Okay, put it on the same direct debit. I have a fare coming, do it quick.
        Dana: Lovely, done.
    """)
    assert (result.secured, result.level, result.turn) == (True, "decide", 2)


def test_good_send_it_to_the_reps_invite_keeps_the_meeting():
    result = commitment("""
        Dana: What if the scoping is only forty-five minutes, with you and one engineer? Before the freeze or right after?
        Lee: Right after. Thursday the twenty-third, ten o'clock.
        Dana: Perfect. So Thursday the twenty-third at ten. I'll send the invite with that agenda.
        Lee: Good. Send it.
    """)
    assert (result.secured, result.turn) == (True, 2)


def test_a_time_named_to_which_morning_suits_is_the_meeting():
    result = commitment("""
        Dana: Then what if we went before his list? You know the week better than I do, which morning is least chaotic?
        Lee: Thursday. He's in early on Thursdays. Say quarter past seven, but keep it to twenty minutes.
        Dana: Thursday at quarter past seven, twenty minutes. I'll send the invite.
    """)
    assert (result.secured, result.turn) == (True, 2)


def test_asking_to_be_phoned_at_a_time_is_the_meeting():
    result = commitment("""
        Dana: Would it help if I showed her the forms with two of her real patients, or would she rather try it alone?
        Lee: With you is better. Phone us Friday at nine, before the first patient.
        Dana: Friday at nine, with Thandeka. I'll send the invite to both of you.
    """)
    assert (result.secured, result.turn, result.when) == (True, 2, "Friday at nine")


def test_a_time_given_to_walk_the_team_through_it_is_the_meeting():
    result = commitment("""
        Dana: Would it make sense for me to walk Sian and Llinos through the chasing piece, with you there?
        Lee: Yes, let's. Tuesday after school is best, half three? The kids are gone by then.
        Dana: Tuesday at half three. I'll send the invite to all three of you.
    """)
    assert (result.secured, result.turn) == (True, 2)


def test_a_named_start_date_for_the_trial_is_secured():
    result = commitment("""
        Dana: We have a thirty-day trial. What if your coordinators ran one real wedding in it, and at the end you decide?
        Lee: That I can do. We could start the trial on Monday the 9th, when the couple comes for the tasting.
        Dana: Monday the 9th it is.
    """)
    assert (result.secured, result.turn) == (True, 2)


def test_a_time_someone_else_arrives_is_not_the_time_agreed():
    result = commitment("""
        Dana: Can I do half an hour with Lupita and Rosa that Monday morning, before the tasting?
        Lee: Yes, at nine, before the couple arrives at eleven. But only half an hour, they're busy.
        Dana: Half an hour at nine, promise.
    """)
    assert (result.secured, result.turn, result.when) == (True, 2, "at nine")


def test_a_time_you_are_only_free_until_is_not_a_meeting():
    result = commitment("""
        Dana: Thanks for the time today, Lee.
        Lee: No bother. I'm in and out until the auditors leave at four, so it's a bit mad.
        Dana: Understood, I'll keep it short.
    """)
    assert not result.secured


def test_putting_it_on_the_office_card_is_the_decision():
    result = commitment("""
        Dana: I just need a card on file and I'll take care of everything else.
        Lee: Ugh. Fine. Fine, okay. Just the first box. I'll put it on the office Amex. You ready?
        Dana: Ready.
    """)
    assert (result.secured, result.level, result.turn) == (True, "decide", 2)


@pytest.mark.parametrize(
    ("question", "secured"),
    [("So, payment plan at twenty-eight hundred?", True), ("Would a payment plan make it easier to think it over?", False)],
)
def test_send_me_the_link_to_a_way_to_pay_is_the_decision(question, secured):
    result = commitment(f"""
        Dana: In the agreement, section four. {question}
        Lee: Fine. Send me the link.
        Dana: Sending it now.
    """)
    assert result.secured is secured


@pytest.mark.parametrize(("reply", "secured"), [("It feels right. Send it.", True), ("Send it. I'll read it over the weekend.", False)])
def test_it_feels_right_send_it_to_the_e_signature_is_the_decision(reply, secured):
    result = commitment(f"""
        Dana: If you're ready, I can send the agreement now by e-signature and you sign while we're on the call.
        Lee: {reply}
        Dana: Sent.
    """)
    assert result.secured is secured


@pytest.mark.parametrize(
    ("said", "secured"),
    [("My owner said if the price is what you told me, I can go ahead.", False), ("My owner signed off, so I can go ahead.", True)],
)
def test_going_ahead_on_a_condition_is_not_the_decision(said, secured):
    result = commitment(f"""
        Dana: What's changed since we last spoke?
        Lee: Carnaval changed it. {said}
        Dana: Good to hear. What would you need to see in the first month?
        Lee: Zero overbookings.
    """)
    assert result.secured is secured


def test_a_question_that_opens_on_a_time_offers_it():
    result = commitment("""
        Dana: Would it help if I came to your yard and mocked one up on a photo of your actual van?
        Lee: Yeah, go on. That'd be useful. Mark'd want to be there.
        Dana: Tuesday at ten at your yard in Stretford?
        Lee: Tuesday at ten's fine, we're both in first thing for the van checks anyway.
        Dana: Sorted.
    """)
    assert (result.secured, result.turn) == (True, 4)


@pytest.mark.parametrize(
    "said", ["They come in after the Sunday group ride, the Don Valley lot.", "And the Monday report, I liked that."]
)
def test_a_day_that_names_a_recurring_thing_is_not_a_time(said):
    result = commitment(f"""
        Dana: Who would you want to know about you? I could ring you about it.
        Lee: {said}
        Dana: That's useful.
    """)
    assert not result.secured


def test_if_you_do_not_mind_is_politeness_not_a_hedge():
    result = commitment("""
        Dana: What if the three of us listen to it together? When are you and Anil both around?
        Lee: Anil's in on Thursdays. Let's do next Thursday at three, here at the taproom, if you don't mind coming out east.
        Dana: Thursday at three at the taproom works.
    """)
    assert (result.secured, result.turn) == (True, 2)


def test_a_deposit_paid_on_a_refund_condition_is_the_decision():
    result = commitment("""
        Dana: One text with the references, one call the day before the eighteenth to confirm the time.
        Lee: Okay. Okay, I'll do the deposit. Five hundred. I'd rather be on the schedule, and if she says no I get it back. Can I pay with a card?
        Dana: You sure can.
    """)
    assert (result.secured, result.level, result.turn) == (True, "decide", 2)


def test_a_time_for_the_test_drive_is_secured():
    result = commitment("""
        Dana: So what would be the best way to do this for you two? A test drive with both of you?
        Lee: Yes, both of us. Saturday morning is best, before it gets too hot. Nine thirty?
        Dana: Saturday at nine thirty works.
    """)
    assert (result.secured, result.turn) == (True, 2)


def test_a_typed_time_without_its_colon_is_a_time():
    result = commitment("""
        Dana: Could we do a short call with your office manager to go through it?
        Lee: ok tuesday 930 am works for us
        Dana: Great, I'll send the invite.
    """)
    assert (result.secured, result.turn, result.when) == (True, 2, "tuesday 930 am")


def test_a_no_to_this_week_that_names_another_time_secures_it():
    result = commitment("""
        Dana: Would it be worth a proper fifteen minutes when you're not mid-colour, to look at same-day payouts?
        Lee: Maybe. Not this week, I'm stacked. Friday at three I've a gap, you can phone me then.
        Dana: Friday at three. I'll bring the payout numbers.
    """)
    assert (result.secured, result.turn, result.when) == (True, 2, "Friday at three")


@pytest.mark.parametrize(
    ("said", "secured"),
    [
        ("I book it on Expedia and put it on the company Amex. About twenty trips a month.", False),
        ("Okay, put it on the company Amex.", True),
    ],
)
def test_putting_it_on_the_card_decides_only_when_said_as_a_choice(said, secured):
    result = commitment(f"""
        Dana: How does travel get booked today, and would you like to move it to us?
        Lee: {said}
        Dana: Thanks.
    """)
    assert result.secured is secured


def test_fine_to_hows_your_tuesday_is_small_talk_not_a_meeting():
    result = commitment("""
        Dana: Ayesha, hey! Dana from Escape Collective. How's your Tuesday treating you?
        Lee: Fine, thanks.
        Dana: Awesome. So, super excited to tell you about what we do.
    """)
    assert not result.secured


def test_a_time_asked_for_a_session_of_the_three_of_us_is_the_meeting():
    result = commitment("""
        Dana: What if the three of us did half an hour where I show Greg the approval flow on your real trips?
        Lee: No, that's useful. He's usually free Thursday mornings. Could we do Thursday at ten, our time?
        Dana: Thursday at ten Central works for me. I'll send the invite.
    """)
    assert (result.secured, result.turn) == (True, 2)


def test_asking_for_the_number_to_pay_is_the_decision():
    result = commitment("""
        Dana: It's only two thousand shillings, and if your husband says no, I refund it.
        Lee: Eh. Okay, okay. What's the M-Pesa number?
        Dana: Paybill 522901, the account is your phone number.
    """)
    assert (result.secured, result.level, result.turn) == (True, "decide", 2)


@pytest.mark.parametrize(
    ("said", "secured"),
    [
        ("Aiyah. Okay, fine. Card. I'll just tell Wei Jie after. Visa ending 4471.", True),
        ("Card? I never give my card number over the phone.", False),
    ],
)
def test_reading_out_the_card_is_the_decision(said, secured):
    result = commitment(f"""
        Dana: If you wait, the bonus is gone. So let's lock it in. Card or PayNow?
        Lee: {said}
        Dana: Okay.
    """)
    assert result.secured is secured


@pytest.mark.parametrize(
    ("then_said", "secured"),
    [
        ("No, hold on. Me not signing nothing today. Mek me go read it properly first.", False),
        ("Okay, where do I put the card?", True),
    ],
)
def test_not_signing_nothing_today_takes_back_the_yes(then_said, secured):
    result = commitment(f"""
        Dana: Twelve months, no joining fee, seven thousand five hundred a month.
        Lee: Seven five... okay. Okay, yeah, sign me up.
        Dana: Yes! Just put the card in the machine for me.
        Lee: {then_said}
        Dana: Alright.
    """)
    assert result.secured is secured


@pytest.mark.parametrize(
    ("said", "turn"),
    [
        ("Fine. Thursday at two. But I'm telling you now, I'm not buying anything on Thursday.", 4),
        ("Fine. Friday at ten. But I'm telling you now, I'm not buying anything.", None),
    ],
)
def test_saying_back_the_reps_time_keeps_the_meeting_despite_a_no_to_buying(said, turn):
    result = commitment(f"""
        Dana: Wednesday at ten or Thursday at two, which is better for you?
        Lee: Neither, really. I've got the auditors in on Wednesday.
        Dana: Thursday at two then, the auditors'll be long gone. I only need twenty minutes.
        Lee: {said}
        Dana: Champion.
    """)
    assert (result.secured, result.turn) == (turn is not None, turn)


@pytest.mark.parametrize(
    ("rep_says", "turn"),
    [
        ("Tuesday works. I've got four thirty or five fifteen.", 4),
        ("Tuesday works for most families, they like a quiet start to the week.", None),
    ],
)
def test_the_rep_taking_the_day_the_prospect_gave_proposes_it(rep_says, turn):
    result = commitment(f"""
        Dana: What if he came in on a day without practice, and you both just listened?
        Lee: Tuesdays he doesn't have practice.
        Dana: {rep_says}
        Lee: Four thirty. Tuesday at four thirty.
        Dana: Done.
    """)
    assert (result.secured, result.turn) == (turn is not None, turn)


@pytest.mark.parametrize(
    ("said", "secured"),
    [
        ("Put us down for Tuesday at four thirty.", True),
        ("He has football on Tuesday at four thirty.", False),
    ],
)
def test_asking_to_be_put_down_for_a_time_makes_the_meeting(said, secured):
    result = commitment(f"""
        Dana: Teens do better when they get to ask the doctor their own questions.
        Lee: {said}
        Dana: Lovely.
    """)
    assert result.secured is secured


LONG_STORY = (
    "Honestly, if it dies again in the summer I'm done. Patio season we do double the covers and I can't "
    "have it going down then. Oh, hang on. Kenji! Is that the hood? Okay, sorry, the alarm's going off, I have to go."
)


@pytest.mark.parametrize(
    ("said", "secured"),
    [
        (f"{LONG_STORY} Can you call me back at four? Four o'clock, after lunch closes.", True),
        (f"{LONG_STORY} Could you call me back next month sometime? We're slammed.", False),
    ],
)
def test_asking_to_be_called_back_at_a_time_makes_the_meeting_even_in_a_long_turn(said, secured):
    """In a long turn a time is a meeting only when asked for as one."""
    result = commitment(f"""
        Dana: What would make a repair good enough, and what would tell you it's time to replace it?
        Lee: {said}
        Dana: Of course, go.
    """)
    assert result.secured is secured


@pytest.mark.parametrize(
    ("rep_says", "secured"),
    [
        ("Then could I come back to you after your Thursday meetings, with the retention numbers?", True),
        ("Honestly, retention is what we're best at.", False),
    ],
)
def test_a_time_given_when_the_rep_asks_to_come_back_is_the_meeting(rep_says, secured):
    result = commitment(f"""
        Dana: {rep_says}
        Lee: Okay. Friday, then. Friday at ten, my office at the Marina site, and bring the numbers.
        Dana: Friday at ten at the Marina site.
    """)
    assert result.secured is secured


@pytest.mark.parametrize(
    ("said", "secured"),
    [
        ("Ten six with a new rear. Yeah. Done. Deal.", True),
        ("Sold! Where do I sign?", True),
        ("It was a good deal, the last bike.", False),
        ("No deal.", False),
    ],
)
def test_a_bare_deal_or_sold_decides(said, secured):
    result = commitment(f"""
        Dana: Ten six, and I'll put a new Pirelli on the back before you pick it up. How's that sound?
        Lee: {said}
        Dana: Beauty.
    """)
    assert result.secured is secured


@pytest.mark.parametrize(
    ("said", "secured"),
    [
        ("Next week. I'm going to Abuja on Monday for work and my days are scattered.", False),
        ("Monday works. I'm going to be back from Abuja by then.", True),
    ],
)
def test_the_prospects_own_travel_is_not_a_time_to_meet(said, secured):
    result = commitment(f"""
        Dana: How about a short call with both of you, so Funmi can ask me anything? When suits?
        Lee: {said}
        Dana: Lovely.
    """)
    assert result.secured is secured


@pytest.mark.parametrize(
    ("rep_says", "secured"),
    [
        ("This Saturday I've got ten o'clock or half two.", True),
        ("I've got two kids myself, Saturday is football at ten.", False),
    ],
)
def test_the_reps_open_slots_offer_the_time(rep_says, secured):
    result = commitment(f"""
        Dana: One of our designers could come to you with samples. Would that help?
        Lee: Yes, that I would do. I'm off on Saturdays.
        Dana: {rep_says}
        Lee: Saturday at ten is good.
        Dana: Lovely.
    """)
    assert result.secured is secured


@pytest.mark.parametrize(
    ("rep_asks", "secured"),
    [
        ("Week after's fine. Do you want to pick a slot now so it doesn't drift?", True),
        ("Which delivery slot do your drivers use now?", False),
    ],
)
def test_a_time_given_when_the_rep_asks_to_pick_a_slot_is_the_meeting(rep_asks, secured):
    result = commitment(f"""
        Dana: Would it help if I came back with the lane comparison and we went through it?
        Lee: Yes, but short. Next week is bad for me.
        Dana: {rep_asks}
        Lee: Tuesday the twenty-fourth, ten o'clock. I will bring Marloes from purchasing.
        Dana: Lovely.
    """)
    assert (result.secured, result.turn) == ((True, 4) if secured else (False, None))


@pytest.mark.parametrize(
    ("said", "secured"),
    [
        ("Okay, that's fine then. The buyer isn't in a hurry this time. Let's do LCL.", True),
        ("Let's do lunch sometime and talk about it.", False),
        ("Honestly? Let's do nothing.", False),
    ],
)
def test_lets_do_one_of_the_options_decides(said, secured):
    result = commitment(f"""
        Dana: Eighteen cubes. Do you want that LCL, or a forty-footer to yourselves?
        Lee: What's the difference in price?
        Dana: LCL is about seventeen hundred all in; the full box is twenty-nine hundred but quicker.
        Lee: {said}
        Dana: Great.
    """)
    assert (result.secured, result.turn) == ((True, 4) if secured else (False, None))


@pytest.mark.parametrize(
    ("rep_says", "secured"),
    [
        ("He has Tuesday the 14th at half six in the evening, or Thursday the 16th at eleven.", True),
        ("He has two kids himself, Tuesday is football at half six.", False),
    ],
)
def test_a_colleagues_open_slots_offer_the_time(rep_says, secured):
    result = commitment(f"""
        Dana: The first lesson is a trial for fifteen. Would you like to try one?
        Lee: I would, yeah. When would that be?
        Dana: {rep_says}
        Lee: Tuesday the 14th at half six suits.
        Dana: Done.
    """)
    assert result.secured is secured


@pytest.mark.parametrize(
    ("then_said", "secured"),
    [
        ("It's on the Revolut. There. Done. You'll send me something in writing about what happens if he changes his mind?", True),
        ("Actually no. Send me something in writing first and I'll think about it.", False),
    ],
)
def test_paying_while_the_rep_waits_keeps_the_decision(then_said, secured):
    result = commitment(f"""
        Dana: Four hundred today holds the seat. Will I take that now?
        Lee: Fine. Take the four hundred.
        Dana: Card number when you're ready.
        Lee: {then_said}
        Dana: I'll email the terms today.
    """)
    assert (result.secured, result.turn) == ((True, 2) if secured else (False, None))


@pytest.mark.parametrize(
    ("said", "secured"),
    [
        ("One week, lunches only. Okay, that one I can do. How do I pay, M-Pesa?", True),
        ("How would I pay, if I did go for it?", False),
    ],
)
def test_asking_how_to_pay_decides(said, secured):
    result = commitment(f"""
        Dana: What if we start smaller: a one-week starter, lunches only, three thousand two hundred?
        Lee: {said}
        Dana: M-Pesa paybill, I'll text you the number.
    """)
    assert (result.secured, result.turn) == ((True, 2) if secured else (False, None))


@pytest.mark.parametrize(
    ("rep_asks", "secured"),
    [
        ("You came in on the trial pass on Saturday? How'd you find it?", False),
        ("Could you come in on Saturday for the trial pass? How'd that be?", True),
    ],
)
def test_a_visit_already_made_is_not_a_time_to_meet(rep_asks, secured):
    result = commitment(f"""
        Dana: {rep_asks}
        Lee: Yeah, fine.
        Dana: Awesome.
    """)
    assert result.secured is secured


@pytest.mark.parametrize(("takes_it_back", "secured"), [(True, False), (False, True)])
def test_yes_to_putting_it_through_is_the_decision_not_a_delivery_meeting(takes_it_back, secured):
    no = "No. We'll leave it, thanks. We'll think about it." if takes_it_back else "Lovely, Thursday it is."
    result = commitment(f"""
        Dana: It's a cracking price. Shall I put it through for you? We can do delivery Thursday.
        Lee: Go on then, let's do it.
        Dana: And I'll throw in the pillows.
        Lee: {no}
        Dana: Right you are.
    """)
    assert (result.secured, result.level if secured else None) == (secured, "decide" if secured else None)


@pytest.mark.parametrize(
    ("said", "secured"),
    [
        ("Thursday at four should be okay, she finishes clinic at three-thirty. Yes, let's do that.", True),
        ("Thursday at four should be okay, she finishes clinic at three-thirty.", False),
    ],
)
def test_a_firm_yes_after_a_hedged_time_secures_it(said, secured):
    result = commitment(f"""
        Dana: Dr. Teo does short video calls on Thursday afternoons. Would Thursday at four suit both of you?
        Lee: {said}
        Dana: Great, I'll send the video link to you both.
    """)
    assert result.secured is secured


@pytest.mark.parametrize(
    ("rep_offers", "fallback"),
    [
        ("So what if we do something much smaller first: a one-week starter, lunches only, five days?", True),
        ("How about this as a first step: the initial assessment, one hour, and you decide after?", True),
        ("No problem. I'll send the brochure over.", False),
    ],
)
def test_a_smaller_first_step_after_a_no_is_a_fallback(rep_offers, fallback):
    result = commitment(f"""
        Dana: The three-month plan is twenty-four thousand a month. Shall I set you up from Monday?
        Lee: No, not three months. That's a big commitment for me right now.
        Dana: {rep_offers}
        Lee: Maybe. I'll see.
        Dana: Okay.
    """)
    assert result.fallback_offered is fallback


@pytest.mark.parametrize(
    ("said", "secured"),
    [
        ("Depends on the rota. Email me on Monday and we'll find a slot.", False),
        ("Depends on the rota. Ring me Monday at nine and we'll go through it.", True),
    ],
)
def test_when_to_email_them_is_not_a_time_to_meet(said, secured):
    result = commitment(f"""
        Dana: Could the three of us look at it together next week? What day would suit?
        Lee: {said}
        Dana: Will do.
    """)
    assert result.secured is secured


@pytest.mark.parametrize(
    ("rep_says", "secured"),
    [
        ("Then let's do it. Twenty-five thousand booking, UPI is fine.", True),
        ("Then let's do it that way: I'll post the brochure and you have a read.", False),
    ],
)
def test_a_bare_lets_do_it_that_says_how_to_pay_asks_for_the_deal(rep_says, secured):
    result = commitment(f"""
        Dana: With the subsidy you pay one lakh thirty.
        Lee: If the renting is there, then maybe.
        Dana: {rep_says}
        Lee: Okay, okay. Send it.
        Dana: Received.
    """)
    assert result.secured is secured


def test_a_date_turned_down_is_not_agreed_and_the_one_taken_is():
    result = commitment("""
        Dana: Could you do Saturday the 21st of March, or the 28th?
        Lee: The 21st is my sister's hen, so not that one.
        Dana: No problem.
        Lee: We're free the 28th. Morning-ish?
        Dana: Eleven o'clock on Saturday the 28th?
        Lee: Yes, eleven on the 28th, lovely.
        Dana: See you then.
    """)
    assert result.secured and result.turn in (4, 6)


def test_a_later_see_you_on_the_date_keeps_the_agreement_where_it_was_made():
    result = commitment("""
        Dana: Can we do half an hour with Lupita on Monday the 9th at nine?
        Lee: Yes, nine works.
        Dana: Great, I'll set up the account the Friday before.
        Lee: Lovely. See you on the 9th.
        Dana: See you then.
    """)
    assert (result.secured, result.turn) == (True, 2)


def test_this_call_as_booked_is_not_a_meeting_agreed():
    result = commitment("""
        Dana: Hello, is that Mr Okafor? It's Helen from Harbourside, we had a call booked for half ten.
        Lee: Yes, yes, it's Tunde. Hello.
        Dana: Thanks for making time. What were you hoping to get out of today?
        Lee: My son sent me the link, to be honest.
        Dana: Fair enough.
    """)
    assert not result.secured


@pytest.mark.parametrize(
    ("said", "secured"),
    [
        ("She's got a window tomorrow morning before clinic. I'll get her on.", True),
        ("Busy, honestly. She's in clinic every day.", False),
    ],
)
def test_a_window_given_to_whats_her_week_like_is_the_meeting(said, secured):
    result = commitment(f"""
        Dana: Would it help if I spoke to Fiona directly? What's her week like?
        Lee: {said}
        Dana: Perfect.
    """)
    assert result.secured is secured


@pytest.mark.parametrize(
    ("rep_offers", "fallback"),
    [
        ("I'd rather she asked her own questions. Would it help if I spoke to her directly?", True),
        ("I wouldn't wait on the bank. Shall I put you down for a b-double?", False),
    ],
)
def test_speaking_to_the_decider_is_a_fallback_and_an_order_is_not(rep_offers, fallback):
    result = commitment(f"""
        Dana: Shall we lock in the dates today?
        Lee: No, not yet. Our chair isn't convinced.
        Dana: {rep_offers}
        Lee: Maybe.
        Dana: Okay.
    """)
    assert result.fallback_offered is fallback


@pytest.mark.parametrize(
    ("said", "secured"),
    [("Go on, do. Pause it.", True), ("No, just cancel it please.", False)],
)
def test_keeping_the_account_on_pause_is_a_decision(said, secured):
    result = commitment(f"""
        Dana: I can set it to restart Monday the 1st of September instead of cancelling. Will I do that?
        Lee: {said}
        Dana: Done.
    """)
    assert result.secured is secured
    assert result.level == ("decide" if secured else None)


def test_a_time_handed_back_as_just_next_week_is_not_secured():
    result = commitment("""
        Dana: When would be a good time for me to follow up, once you've talked to Mike?
        Lee: Uh, next week some time. He's over for dinner on Sunday.
        Dana: Could I call you Tuesday afternoon, say two o'clock?
        Lee: Let's just say next week. I don't like pinning things down right now.
        Dana: That's fine. Next week it is.
    """)
    assert not result.secured


def test_the_date_of_the_prospects_own_event_is_not_a_meeting():
    result = commitment("""
        Dana: Ha, I'd say. When are you due?
        Lee: The 3rd of October. My sister was three weeks late, so who knows.
        Dana: Fingers crossed. What made you think about a newborn shoot?
        Lee: My mam has one photo of me as a baby.
        Dana: Aw.
    """)
    assert not result.secured


def test_naming_the_card_and_its_digits_while_paying_is_the_decision():
    result = commitment("""
        Dana: Lovely. The Home Story one is the 150 deposit.
        Lee: Hang on, the card's in my bag... okay. It's a Visa, 4921...
        Dana: And that's gone through.
    """)
    assert (result.secured, result.level, result.turn) == (True, "decide", 2)


def test_money_paid_elsewhere_as_the_reason_for_a_no_is_not_a_decision():
    result = commitment("""
        Dana: So the accident and illness cover is 450 a month.
        Lee: 450 is fine actually. But this month I can't, I've paid the deposit for the new flat and the vet.
        Dana: That's completely fair.
    """)
    assert not result.secured


@pytest.mark.parametrize(
    ("said", "secured"),
    [("No, dear. Ring back on Thursday at four o'clock, he's here after work.", True), ("No, dear. He's here after work.", False)],
)
def test_asking_to_be_rung_back_at_a_time_after_turning_down_the_deal_is_a_meeting(said, secured):
    result = commitment(f"""
        Dana: The offer's gone Friday. How about I put it through today?
        Lee: {said}
        Dana: Thursday at four. Alright, I'll call you then.
        Lee: Good.
    """)
    assert result.secured is secured


@pytest.mark.parametrize(
    ("done", "secured"),
    [
        ("Okay... it's asking for permissions. Approving. Done, it says installed.", True),
        ("Okay... I put the card in... it says successful. Eight hundred fifty pounds.", True),
        ("The last app I tried said installed and then broke my theme.", False),
    ],
)
def test_reading_the_screen_while_installing_or_paying_is_the_decision(done, secured):
    result = commitment(f"""
        Dana: Go to the app store, search Afterglow, hit install, and tell me what you see.
        Lee: {done}
        Dana: Brilliant. Could we look at the numbers together on Thursday the twenty-sixth?
        Lee: Thursday the twenty-sixth, make it three p.m. Lagos time.
    """)
    assert (result.level == "decide", result.turn == 2) == (secured, secured)


@pytest.mark.parametrize(
    ("said", "secured"),
    [
        ("Okay fine. I am raising the PO now. PO number is MR/0412.", True),
        ("Okay. I'll raise the PO next month, once the committee has met.", False),
    ],
)
def test_raising_the_purchase_order_on_the_call_is_the_decision(said, secured):
    result = commitment_in_reply("Only floor cleaner and toilet cleaner, fifty litres each, and the dispensers free.", said, "Thank you, madam.")
    assert result.secured is secured


@pytest.mark.parametrize(
    ("said", "secured"),
    [
        ("We want to join him as dependants. But we were refused last August.", False),
        ("Okay. We want to join. What's the next step?", True),
    ],
)
def test_wanting_to_join_a_person_is_not_joining_the_service(said, secured):
    result = commitment_in_reply("Tell me where things are at.", said, "I'm sorry to hear that.")
    assert result.secured is secured


@pytest.mark.parametrize(
    ("said", "secured"),
    [
        ("My hoodie rendered next to a real photo. If I can't tell which is which, I'm in.", False),
        ("Forty a month for both? If that's the price, I'm in.", True),
    ],
)
def test_a_test_still_to_pass_makes_im_in_a_condition_but_granting_the_price_does_not(said, secured):
    result = commitment_in_reply("It's forty a month for both stores. What would you need to see to trust it?", said, "Got it.")
    assert result.secured is secured


@pytest.mark.parametrize(
    ("said", "secured"),
    [
        ("Four's too early, Chacha doesn't get back from the shop till five. Make it half five on Friday.", True),
        ("Four's too early. I'll call you when I know his shifts.", False),
    ],
)
def test_faulting_the_reps_time_and_naming_another_counters_it(said, secured):
    result = commitment_in_reply("Would four o'clock on Friday work, on speaker at your mum's?", said, "Noted.")
    assert result.secured is secured


@pytest.mark.parametrize(
    ("asks", "secured"),
    [
        ("And can you send us something in writing about the grant-only one before Friday?", True),
        ("Actually, can you cancel Friday? Send us something in writing and I'll call you.", False),
    ],
)
def test_asking_for_something_ahead_of_the_meeting_does_not_cancel_it(asks, secured):
    result = commitment(f"""
        Dana: Would half five on Friday work, on speaker at your mum's?
        Lee: Yeah, half five Friday. We'll all be there.
        Dana: Lovely. I'll go through both options slowly.
        Lee: {asks}
        Dana: I'll email you a one-page summary tonight.
    """)
    assert result.secured is secured


@pytest.mark.parametrize(
    ("asks", "secured"),
    [("Shall I just put you on the monthly?", True), ("Shall I just put you down for a demo some time?", False)],
)
def test_a_yes_to_putting_the_prospect_on_a_plan_is_the_decision(asks, secured):
    result = commitment_in_reply(f"It's only the first payment of a hundred and ten today. {asks}", "...Alright. Alright, miss. Do it then.", "Lovely.")
    assert result.secured is secured


@pytest.mark.parametrize(
    ("said", "secured"),
    [("Just put me down for the usual, same as last time.", True), ("Put me down for three cases of the gloves.", False)],
)
def test_the_usual_order_is_the_decision_but_one_line_of_an_order_is_not(said, secured):
    result = commitment_in_reply("Darling Downs Building Supplies, Shane speaking.", said, "No worries, let me pull it up.")
    assert result.secured is secured


@pytest.mark.parametrize(
    ("rep_asks", "reply", "secured"),
    [
        ("I can do the money part and Lucía the legal part. What would work for the two of you?", "Let me look... Tuesday at ten, São Paulo time?", True),
        ("What do the two of you use for payroll today?", "Tuesday at ten we run it in a spreadsheet, that's it.", False),
    ],
)
def test_the_prospects_time_after_what_would_work_for_you_both_is_a_meeting(rep_asks, reply, secured):
    result = commitment_in_reply(rep_asks, reply, "Great.")
    assert result.secured is secured


@pytest.mark.parametrize(
    ("reply", "secured"),
    [
        ("(long pause) ...Okay. Fine. Fine, I'll do it. Two payments.", True),
        ("Putting the card in now.", True),
        ("(long pause) ...I don't know. I'll think about it.", False),
        ("I'm not putting my card in over the phone.", False),
    ],
)
def test_a_yes_after_a_transcribers_note_and_putting_the_card_in_are_the_decision(reply, secured):
    result = commitment_in_reply("Two payments of twenty-four, but only on this call. I'm sending the link in the chat right now.", reply, "Okay.")
    assert result.secured is secured


@pytest.mark.parametrize(("reply", "secured"), [("Okay. I have to go to standup. Bye.", False), ("Okay. Friday at two then. Bye.", True)])
def test_okay_on_the_way_off_the_call_does_not_accept_the_reps_time(reply, secured):
    result = commitment(f"""
        Dana: I'll send the invite for Friday at two anyway, just forward it to him and have him accept.
        Lee: {reply}
    """)
    assert result.secured is secured


@pytest.mark.parametrize(("reply", "secured"), [("Yes, confirm it. Saturday eleven.", True), ("Can you confirm it by email first?", False)])
def test_yes_confirm_it_to_the_reps_booking_is_the_decision(reply, secured):
    result = commitment_in_reply("So two tyres for the front, alignment and balancing. Shall I confirm it?", reply, "Lovely.")
    assert (result.secured and result.level == "decide") is secured


@pytest.mark.parametrize(
    ("rep_says", "reply", "when"),
    [
        (
            "Would ten minutes at the start work, say two p.m. your time?",
            "Two is still lunch. Make it three p.m. Tuesday, I'll put you at the end of the agenda.",
            "three p.m. Tuesday",
        ),
        ("Can we talk it through on a call at ten a.m. Thursday?", "Yes, ten a.m. Thursday is fine.", "ten a.m. Thursday"),
        ("Our office closes at six p.m. Shall I send the brochure over?", "Yes, send it.", None),
    ],
)
def test_a_clock_time_written_with_dots_is_one_time_in_one_sentence(rep_says, reply, when):
    """"two p.m. your time?" stays one question, so it proposes the time; before a capital that opens
    the next sentence, "p.m." ends the sentence it closes, and office hours propose nothing."""
    result = commitment_in_reply(rep_says, reply, "Great, see you then.")
    assert (result.secured, result.when) == (when is not None, when)


@pytest.mark.parametrize(
    ("reply", "secured"),
    [
        ("Ugh. Fine. Okay. Send me the link, I'll do the first payment.", True),
        ("Fine, I'll make the payment once you send the link.", True),
        ("I'll do the first payment if my husband agrees.", False),
        ("I'll make the payment once my accountant has seen it.", False),
        ("I'll sign it once I've checked with my accountant.", False),
    ],
)
def test_doing_the_payment_decides_unless_it_waits_on_a_check(reply, secured):
    result = commitment_in_reply("Grab your card and let's just secure the spot with the first payment.", reply, "Okay.")
    assert (result.secured and result.level == "decide") is secured


@pytest.mark.parametrize(
    ("rep_says", "secured"),
    [
        ("The installation's free if I can get it booked before the end of the month, which is Friday.", False),
        ("I can get it booked before the end of the month. Friday at ten?", True),
    ],
)
def test_a_deadline_named_again_is_not_a_time_to_meet(rep_says, secured):
    """"before the end of the month, which is Friday" dates the offer; an "Okay." to it books nothing."""
    assert commitment_in_reply(rep_says, "Okay.", "Great.").secured is secured


@pytest.mark.parametrize(
    ("reply", "secured"),
    [
        ("Okay. If it's cheaper, fine. Go on then, put me through.", True),
        ("Twenty, forty-five, seventy-seven. Account is three one eight eight, zero two six four.", True),
        ("Can you put me through to your manager first?", False),
        ("Our account is one of your oldest, you know.", False),
    ],
)
def test_being_put_through_or_reading_out_the_bank_details_decides(reply, secured):
    result = commitment_in_reply("I just need your date of birth and your bank details and we're done.", reply, "Lovely.")
    assert (result.secured and result.level == "decide") is secured


@pytest.mark.parametrize(
    ("rep_says", "reply", "secured"),
    [
        ("What do you get out of the membership now?", "Mostly the grandkids. And I come to the Thursday lectures when I can.", False),
        ("Can we grab fifteen minutes? How's Thursday at three-thirty?", "Thursday's ERO. Let's say next week.", False),
        ("Can we grab fifteen minutes? How's Thursday at three-thirty?", "Thursday's the day.", True),
        ("Would it be easier if I met you both with him, so he can ask me directly?", "Thursday at eleven, at his office.", True),
    ],
)
def test_a_day_naming_what_fills_it_is_not_a_time_to_meet(rep_says, reply, secured):
    """"the Thursday lectures" and "Thursday's ERO" say what fills the day; "if I met you both" asks to meet."""
    assert commitment_in_reply(rep_says, reply, "Lovely.").secured is secured


@pytest.mark.parametrize(
    ("reply", "secured"),
    [
        ("Okay, yeah. Put me down for a hundred, to the nursing scholarship.", True),
        ("Fine. I'll just do it on the card now.", True),
        ("Put me down for three cases of the red.", False),
        ("We can't do it on the card, sorry.", False),
    ],
)
def test_a_pledge_of_a_sum_or_paying_on_the_card_decides(reply, secured):
    result = commitment_in_reply("Is that something you'd want to do tonight?", reply, "Thank you so much!")
    assert (result.secured and result.level == "decide") is secured


@pytest.mark.parametrize(
    ("reply", "secured"),
    [("Don't bother ringing tomorrow. I'll call you if we want it.", False), ("Don't bother with the brochure. Tomorrow at eleven is fine.", True)],
)
def test_dont_bother_ringing_turns_down_the_call(reply, secured):
    result = commitment_in_reply("Tell you what, I'll ring you tomorrow at eleven and you can let me know.", reply, "Right so.")
    assert result.secured is secured


@pytest.mark.parametrize(
    ("reply", "secured"),
    [
        ("Go on then. I've a restock of the big jars going out on Tuesday the 14th. You can take those.", True),
        ("No, I'm not doing a trial. We tried one with DPD on Tuesday the 14th and it was a mess.", False),
    ],
)
def test_a_day_given_for_the_trial_the_rep_offered_secures_it(reply, secured):
    result = commitment_in_reply(
        "Would it make sense to prove that first? We could take a trial batch and you see what lands.", reply, "Perfect, I'll confirm in writing."
    )
    assert (result.secured, result.turn) == ((True, 2) if secured else (False, None))


@pytest.mark.parametrize(
    ("reply", "decided"),
    [("No, let's do the trial. If I think on it, another month goes by. Can I pay with card?", True), ("If we want it, we'll be in touch.", False)],
)
def test_a_stall_weighed_in_an_if_clause_is_not_one(reply, decided):
    result = commitment_in_reply("Is the trial month something you'd want to do, or would you rather think on it?", reply, "You can.")
    assert (result.secured, result.level) == ((True, "decide") if decided else (False, None))


PACKAGE = "So that's the package: the windows, the fitting and the ten-year guarantee."


@pytest.mark.parametrize(
    ("rep_says", "after", "expected"),
    [
        (PACKAGE, "Dana: Lovely, I'll take the card details now.", (True, 2, "decide", "Put my name on it.")),
        (PACKAGE, "Dana: Lovely.\nLee: Actually, no. Forget it, I'm not doing it today.\nDana: Oh. Okay.", (False, None, None, None)),
        ("We could do a free home demo of it first.", "Dana: Lovely.", (False, None, None, None)),
    ],
)
def test_a_yes_in_words_no_cue_lists_is_read_by_the_learned_model_unless_taken_back_or_to_a_smaller_step(rep_says, after, expected):
    result = commitment(f"""
        Dana: {rep_says}
        Lee: Go on then. Put my name on it.
        {after}
    """)
    assert (result.secured, result.turn, result.level, result.quote) == expected


@pytest.mark.parametrize(
    ("rep_says", "secured"),
    [
        ("I'll drop you a note on Monday to see whether she's up for the call. Does that work?", False),
        ("Could the three of us have a call on Monday at ten? Does that work?", True),
    ],
)
def test_when_the_rep_will_write_is_not_a_time_to_meet(rep_says, secured):
    assert commitment_in_reply(rep_says, "Yeah, that's fine.", "Great, thanks.").secured is secured


@pytest.mark.parametrize(
    ("reply", "decided"),
    [
        ("Ugh. Fine. One case. Put it on the Thursday truck and stop calling me about it.", True),
        ("Nothing, really. Can we just do it? What do you need from me?", True),
        ("I'm sure. Let me get my card.", True),
        ("We put it on the Thursday truck last time and it came in damaged.", False),
    ],
)
def test_an_order_put_on_a_delivery_asking_to_just_do_it_or_getting_the_card_decides(reply, decided):
    result = commitment_in_reply("One case, and I'll throw in the clip strip.", reply, "That's what I'm talking about.")
    assert (result.secured and result.level == "decide") is decided


@pytest.mark.parametrize(
    ("rep_says", "reply", "decided"),
    [
        ("Fifty-eight a point, up to you.", "Yeah, fair enough. Go the tungsten.", True),
        ("Warranty is over the counter, no freight back.", "Well, that's the main thing. Righto, send six.", True),
        ("After twelve I cannot guarantee the price.", "Okay, okay. Send it. Six hundred bags and the rods.", True),
        ("They're forty-two each.", "Put it on a thirty-day account and I'll tell Graham.", True),
        ("So, two fifty excess. Shall I go ahead and renew it at four twelve?", "Yeah, go ahead and renew it.", True),
        ("I'll need a card for the deposit to hold it.", "No problem, have you got a pen? It's a Visa.", True),
        ("Fifty-eight a point, up to you.", "We always go the cheap route, mate.", False),
        ("Warranty is over the counter, no freight back.", "Send me the warranty terms first.", False),
    ],
)
def test_an_order_given_outright_or_a_yes_to_renewing_decides(rep_says, reply, decided):
    result = commitment_in_reply(rep_says, reply, "Good-o.")
    assert (result.secured and result.level == "decide") is decided


def test_a_period_of_hire_is_not_a_time_to_meet():
    result = commitment_in_reply("The one and a half will get through. Friday to Monday?", "Friday to Monday, yeah. Is it self-drive?", "Self-drive or operated.")
    assert not result.secured


@pytest.mark.parametrize(
    ("rep_says", "reply", "decided"),
    [
        ("Thursday'll be gone by then. Do you want it or not?", "...Fine. Okay. Go on then. I can't have the kids freezing.", True),
        ("So where does that leave you?", "If I can get it done before the long weekend I'm in. Can I just say yes now?", True),
        ("Submitting doesn't lock you in. It's a no-brainer, really.", "I suppose if it doesn't lock us in. Alright. Go on then, submit it.", True),
        ("So where does that leave you?", "If I can get it done before the long weekend I'm in.", False),
        ("What matters most: the lowest monthly payment, the total cost, or flexibility?", "Monthly payment, honestly. Sophie's going on leave next year.", False),
        ("What I'd suggest is a small pilot: twenty of your basal insulin patients for three months. We run the starts.", "Yes. Let's do it.", True),
        ("Want to try it right now? I can give you a live login and you dictate a pretend exam.", "Sure, let's do it.", False),
        ("If you fit your own ply lining and go to the 110 horsepower, it's three-oh-five a month.", "Go on then. That'll do. What do you need from me?", True),
    ],
)
def test_a_yes_to_take_it_or_leave_it_after_a_condition_to_submitting_to_a_pilot_or_to_the_price_decides(rep_says, reply, decided):
    result = commitment_in_reply(rep_says, reply, "Right.")
    assert (result.secured and result.level == "decide") is decided


@pytest.mark.parametrize(
    ("after", "secured"),
    [
        ("Lee: No. Just send it.", True),
        ("Lee: Is the first step definitely free? Because I'm not paying for you to read a shoebox of letters.", True),
        ("Lee: Actually, no. Don't put it through.", False),
    ],
)
def test_no_questions_about_what_to_sign_or_asking_what_is_free_keep_the_yes(after, secured):
    result = commitment(f"""
        Dana: Submitting doesn't lock you in. Shall I submit it?
        Lee: Alright. Go on then, submit it.
        Dana: I'll send the summary by email, you'll both need to e-sign it today. Any questions?
        {after}
        Dana: Will do.
    """)
    assert result.secured is secured


@pytest.mark.parametrize(
    ("after", "secured"),
    [
        ("Lee: Ha, sure. Actually, hang on. Tuesday's our framing inspection. Scratch that. Just email me your line card.", False),
        ("Lee: Ha, sure. See you Tuesday.", True),
    ],
)
def test_a_meeting_called_off_for_an_email_is_not_secured(after, secured):
    result = commitment(f"""
        Dana: Should I swing by and meet you in person? I could do Tuesday morning.
        Lee: Tuesday at seven, at the site trailer. I'm there early.
        Dana: Perfect. Tuesday at seven. I'll bring coffee.
        {after}
        Dana: No worries at all.
    """)
    assert result.secured is secured


@pytest.mark.parametrize(
    ("reply", "decided"),
    [
        ("Fine. Do the first payment. Visa.", True),
        ("Okay, let's do it. Can I pay the first month now? I'd rather not lose another week.", True),
        ("I'd rather not do the first payment yet.", False),
    ],
)
def test_paying_the_first_instalment_or_not_wanting_to_lose_a_week_decides(reply, decided):
    result = commitment_in_reply("Do the first payment tonight, it locks the price. Which card do you want to use?", reply, "Great.")
    assert (result.secured and result.level == "decide") is decided


@pytest.mark.parametrize(
    ("reply", "secured"),
    [("Next week sometime. Budget meeting's Tuesday.", False), ("Next week. Our next meeting's Tuesday at ten, then.", True)],
)
def test_the_prospects_own_meeting_is_not_a_time_to_meet(reply, secured):
    result = commitment_in_reply("When would be a good time for me to follow up, once you've shown him?", reply, "Sounds good.")
    assert result.secured is secured


@pytest.mark.parametrize(
    ("rep_says", "secured"),
    [
        ("Next week it is. I'll send a couple of slots with Tomasz this afternoon.", False),
        ("Next week it is. I'll send the invite for Tuesday at two.", True),
    ],
)
def test_when_the_rep_will_send_slots_is_not_a_time_to_meet(rep_says, secured):
    result = commitment_in_reply(rep_says, "Fine. I'll send the invoices over.", "Thanks.")
    assert result.secured is secured


@pytest.mark.parametrize(
    ("reply", "secured"),
    [
        ("I know what I said. Just send me the contract and I'll read it through with Graham.", False),
        ("Good. Just send me the contract and I'll sign it tonight.", True),
    ],
)
def test_a_contract_asked_for_to_read_with_someone_decides_nothing(reply, secured):
    result = commitment(f"""
        Dana: Twelve months is standard. And you did say yes a minute ago.
        Lee: {reply}
        Dana: Fine, I'll send it.
    """)
    assert result.secured is secured


@pytest.mark.parametrize(
    ("reply", "secured"),
    [
        ("Send the link, I'll do it while we're on the phone.", True),
        ("Just send it, mate.", False),
        ("Just send me the link and I'll look at it with my husband.", False),
    ],
)
def test_taking_the_link_offered_to_pay_decides_but_just_send_it_does_not(reply, secured):
    result = commitment_in_reply(
        "How do you want to do the deposit? I can send a secure link now, or take it over the phone.", reply, "Sent."
    )
    assert result.secured is secured


@pytest.mark.parametrize(
    ("reply", "secured"),
    [
        ("Ben'll figure it out. Let's just say next week.", False),
        ("Thursday works. Let's do that.", True),
    ],
)
def test_a_yes_to_a_choice_of_times_or_a_window_of_its_own_secures_nothing(reply, secured):
    result = commitment(f"""
        Dana: What does next week look like for you?
        Lee: Honestly, no idea. Ben can find something.
        Dana: Great. I could do Wednesday afternoon or any time Thursday, if that helps narrow it down.
        Lee: {reply}
        Dana: Sounds good.
    """)
    assert result.secured is secured


def test_asking_the_rep_not_to_call_at_the_time_takes_it_back():
    result = commitment_in_reply(
        "Look, at least sleep on it. Let me call you tomorrow at nine and you tell me where your head's at.",
        "There's nothing to sleep on. Please don't call tomorrow.",
        "Okay.",
    )
    assert result.secured is False


def test_asking_the_rep_to_hold_off_on_something_keeps_the_meeting():
    result = commitment("""
        Dana: When's the board call? I could get you the numbers before it, and we talk after.
        Lee: It's Monday. Call me Tuesday morning, nine-thirty? I'll know where we are by then.
        Dana: Tuesday at nine-thirty. I'll have both price options in your inbox by Friday.
        Lee: Perfect. And can you hold off on the downgrade ticket till then?
        Dana: Already on it.
    """)
    assert result.secured is True and result.turn == 2


def test_a_yes_to_starting_small_is_not_the_decision_the_signature_after_it_is():
    result = commitment("""
        Dana: The difference is our aides show up. Would it help to start small, just the nights you're short, and see?
        Lee: Yeah, that's fair. Let's do that.
        Dana: Great. How many nights a week are you short?
        Lee: Four. Monday, Wednesday, Thursday, Saturday.
        Dana: A thirty-day agreement, one aide on those four nights. I can send the agreement to your email right now.
        Lee: Send it. I'm at my desk.
        Dana: Sent. It's from DocuSign.
        Lee: Got it. I'm signing it now. Done, it says completed.
        Dana: Thank you.
    """)
    assert result.secured is True and result.turn > 2


@pytest.mark.parametrize(
    ("rep_says", "reply", "when"),
    [
        ("Sure. What time tomorrow is good?", "After supper. Seven.", "tomorrow at seven"),
        ("She's in this Saturday. I've got ten thirty or eleven fifteen.", "Ten thirty. And it's free, yeah?", "this Saturday at ten thirty"),
        ("She's in this Saturday. I've got ten thirty or eleven fifteen.", "Four.", None),
        ("We've got ten units left at that price.", "Ten.", None),
    ],
)
def test_an_hour_on_its_own_answers_what_time_or_picks_one_offered(rep_says, reply, when):
    result = commitment_in_reply(rep_says, reply, "Lovely, I'll text you the confirmation.")
    assert result.secured is (when is not None) and result.when == when


@pytest.mark.parametrize(
    ("reply", "secured"),
    [
        ("Beans won't be fit till ten anyway with the dew. Thursday at seven works. Wes, you can come or not.", True),
        ("We opened them at staff tasting on Sunday.", False),
        ("Honestly, the dumpster's not what keeps me up at night. It's a Saturday chore.", False),
        ("Yes, any morning, I'm there from seven doing the bread. Come whenever, next week some time.", False),
    ],
)
def test_a_time_that_works_is_taken_but_a_day_done_or_a_day_of_a_kind_is_not(reply, secured):
    result = commitment(f"""
        Dana: Would it help to go and see the stalks with me? We'd fit the kit over a Sunday and Monday after.
        Lee: When?
        Dana: I'm out that way later in the week. I could do early, before you get going.
        Lee: {reply}
        Dana: Great, talk then.
    """)
    assert result.secured is secured


def test_the_time_said_back_after_a_we_will_see_keeps_the_meeting():
    result = commitment("""
        Dana: Could I ring tomorrow when he's in, and the three of us talk about just the python?
        Lee: He's in at nine for the delivery. Ring at ten, he'll be done by then.
        Dana: Ten tomorrow. I'll ring the pub line. And sorry again about earlier.
        Lee: Hm. We'll see. Ten o'clock.
        Dana: Ten o'clock.
    """)
    assert result.secured and result.turn == 2


def test_a_check_brought_in_decides():
    result = commitment_in_reply(
        "I'll go to six-thirty on the whole ninety-two if you commit today.",
        "Fine. Ninety-two at six-thirty. I'll bring a check in Friday morning.",
        "You won't regret it.",
    )
    assert result.secured and result.level == "decide"


def test_coming_in_too_hard_is_no_meeting():
    result = commitment("""
        Dana: You're right. I've come in far too hard. What made you get in touch in the first place?
        Lee: It was Jan's idea. I'm doing the books at eleven at night after the kids are down, and I'm knackered.
        Dana: So it's about your evenings.
    """)
    assert not result.secured


@pytest.mark.parametrize(
    ("rep_says", "reply", "secured"),
    [
        ("Saturday at eleven. I'll have the grey one out front so you can try both.", "Great, Saturday at eleven.", True),
        ("I can't put it in writing, it won't exist on Monday.", "Then I guess it won't exist on Monday.", False),
    ],
)
def test_the_time_the_rep_confirms_said_back_is_agreed_but_one_the_rep_only_mentions_is_not(rep_says, reply, secured):
    assert commitment_in_reply(rep_says, reply, "See you then.").secured is secured


@pytest.mark.parametrize(
    ("rep_says", "rep_after", "secured"),
    [
        ("No problem. Shall I give you a ring in April, once the new budget's in?", "Wednesday the ninth at ten, perfect.", True),
        ("No problem. Shall I give you a ring in April, once the new budget's in?", "Noted.", True),
        ("No problem. The new budget comes in April.", "Noted.", False),
        # Unasked, the time stands once the rep takes it.
        ("No problem. The new budget comes in April.", "Wednesday the ninth at ten, perfect.", True),
    ],
)
def test_a_time_named_to_the_reps_offer_to_ring_is_a_meeting(rep_says, rep_after, secured):
    reply = "Make it the first week, actually. Wednesday the ninth, at ten?"
    assert commitment_in_reply(rep_says, reply, rep_after).secured is secured


@pytest.mark.parametrize(
    ("reply", "secured"),
    [
        ("If it's the same or less, I can sign it off myself.", False),
        ("We just signed three years with our firewall vendor.", False),
        ("Fine. I can sign today.", True),
    ],
)
def test_authority_to_sign_or_a_deal_with_another_vendor_is_no_decision(reply, secured):
    assert commitment_in_reply("So how would this get approved?", reply, "Okay.").secured is secured


@pytest.mark.parametrize(
    ("rep_says", "reply", "secured"),
    [
        ("Perfect. What days are good for you next week?", "Tuesday's best. After lunch. Two o'clock?", True),
        ("Fair enough. What does her week look like?", "She's got Thursday morning clear. Ten o'clock?", True),
        (
            "Ten in Tokyo is three in the night for him. Could Kenji do Wednesday five p.m. your time? That's ten in the morning in Hamburg.",
            "Five p.m. Wednesday... yes, Kenji stays late anyway. Okay, we fix it.",
            True,
        ),
        ("Is there a day next week that's usually calmer for you?", "Maybe Wednesday. Or Thursday. I will write you.", False),
        ("How about I call you tomorrow at ten?", "Tomorrow we are at the warehouse. We will email you when we finish the comparison.", False),
    ],
)
def test_a_time_named_when_asked_for_a_day_is_a_meeting_but_options_or_a_taken_day_are_not(rep_says, reply, secured):
    assert commitment_in_reply(rep_says, reply, "Great.").secured is secured


@pytest.mark.parametrize(
    ("reply", "secured"),
    [
        ("Okay, that's fair. Monthly then. Put us on the monthly from when the trial finishes.", True),
        ("Dr Evans said if the trial went well I could sort it, so put us on the monthly.", True),
        ("Dr Evans said if the trial goes well, put us on the monthly.", False),
    ],
)
def test_choosing_a_plan_is_a_decision_once_a_reported_condition_is_met(reply, secured):
    assert commitment_in_reply("It's seventy-nine a month on the monthly plan, or sixty-five on the annual.", reply, "Great.").secured is secured


@pytest.mark.parametrize(
    ("offer", "fallback"),
    [
        ("Would it help if Markus talks directly with your legal colleague, and I only organise it?", True),
        ("What if we did only one server now, as a pilot, and the other two after July?", True),
        ("I could show you on a quick screen share, just you. Would a time later this week work?", True),
        ("Give me your next three loads and I'll prove it.", False),
    ],
)
def test_a_smaller_step_after_a_no_is_a_fallback(offer, fallback):
    script = f"""
        Dana: Shall we go ahead with the full order?
        Lee: Hmm. It is a little difficult. Legal wants to check it first.
        Dana: {offer}
        Lee: Okay.
    """
    assert commitment(script).fallback_offered is fallback


def test_a_time_one_buyer_asks_and_the_other_agrees_is_secured():
    result = commitment("""
        Dana: Would you want to sit down for thirty minutes where I show you the breeding side?
        Hank: I'm not buying anything off a demo.
        Dana: Totally, and I'm not asking you to. The point is to see whether it would have caught those cows.
        Jess: Monday? After morning milking, like ten?
        Hank: Fine. Monday at ten.
        Dana: Monday at ten it is.
    """)
    assert (result.secured, result.turn, result.when) == (True, 5, "Monday at ten")


def test_a_time_one_buyer_asks_and_the_other_turns_down_is_not_secured():
    result = commitment("""
        Dana: Would you want to sit down for thirty minutes where I show you the breeding side?
        Hank: I'm not buying anything off a demo.
        Dana: Totally, and I'm not asking you to.
        Jess: Monday? After morning milking, like ten?
        Hank: Monday at ten is no good. We're moving the heifers.
        Dana: Okay.
    """)
    assert result.secured is False


@pytest.mark.parametrize(
    ("rep_says", "reply", "secured", "when"),
    [
        ("You're at about thirty-two hundred with delivery. On the account?", "Yeah, account's fine. Go ahead.", True, None),
        ("So should I go ahead and run the renewal on the card on file?", "Ugh. Fine. Just renew it. One year, though, not two.", True, None),
        ("Thursday at two?", "Make it two-thirty.", True, "Thursday at two-thirty"),
        ("Can you get it signed by Friday?", "Maybe. Look, just send me the updated quote and I'll take it to finance.", False, None),
    ],
)
def test_the_account_a_renewal_and_a_later_hour_are_agreed_but_taking_it_to_finance_is_not(rep_says, reply, secured, when):
    result = commitment_in_reply(rep_says, reply, "Great.")
    assert (result.secured, result.when) == (secured, when)


def test_a_time_the_rep_offered_and_the_prospect_says_back_after_a_question_is_secured():
    result = commitment("""
        Dana: If you can't commit today, bring her in for the free assessment. I've got Thursday at half four.
        Lee: What's the assessment?
        Dana: Forty-five minutes, she does a short paper, and we tell you where she's at.
        Lee: Fine. Thursday, half four.
        Dana: Brilliant, I'll book her in.
    """)
    assert (result.secured, result.turn) == (True, 4)


@pytest.mark.parametrize(
    ("rep_says", "reply", "secured"),
    [
        ("Okay, so mid-February at the earliest. I'm flexible, honestly.", "Let's do Tuesday the eleventh of February. Nine in the morning, Singapore time.", True),
        ("Any weekday really. Between nine and eleven is best.", "Could I come next Tuesday? Around ten?", True),
        ("I'd love that. What timing works? Tom, after your week of setup?", "Thursday the fourteenth. Two o'clock.", True),
        ("Andrew, could you send me last month's job export?", "Yep, I'll get the office to pull it.", False),
    ],
)
def test_a_day_the_prospect_sets_is_a_meeting_but_a_colleague_set_to_work_is_no_decision(rep_says, reply, secured):
    assert commitment_in_reply(rep_says, reply, "Great.").secured is secured


@pytest.mark.parametrize(
    ("reply", "rep_after", "secured", "when"),
    [
        ("Yeah, actually. He's on days Wednesday and Thursday. Thursday at two?", "Thursday at two works. I'll send the invite.", True, "Thursday at two"),
        ("She's got Monday the ninth at eight forty-five. That's the only gap.", "Monday the ninth at eight forty-five, I'll take it.", True, "Monday the ninth at eight forty-five"),
        ("Not today. Tomorrow before my standup, quarter past eight?", "Eight-fifteen tomorrow, perfect.", True, "quarter past eight"),
        ("She's in on Friday.", "Friday works for me. Could we do nine thirty?", False, None),
        ("Thursday at two?", "Thursday at two is tricky for me, I'm afraid.", False, None),
    ],
)
def test_a_time_the_prospect_puts_is_secured_when_the_rep_takes_it_at_once(reply, rep_after, secured, when):
    result = commitment_in_reply("Would it be worth a proper half hour with whoever runs the returns bay?", reply, rep_after)
    assert (result.secured, result.when) == (secured, when)


@pytest.mark.parametrize(
    ("rep_says", "reply"),
    [
        ("Okay, so that's thirty gig at twelve pounds a month. Are you happy for me to go ahead?", "Yes, go ahead."),
        ("Chloe, it's a no-brainer. Friday, it's gone. Is it Chloe's Hair Studio Limited?", "It's Chloe Marsh Hair. Not limited. Fine. Go on then, just be quick."),
    ],
)
def test_a_yes_to_going_ahead_and_giving_in_are_decisions(rep_says, reply):
    result = commitment_in_reply(rep_says, reply, "Brilliant.")
    assert (result.secured, result.level) == (True, "decide")


@pytest.mark.parametrize(
    ("rep_says", "reply"),
    [
        ("omg it IS thursday, this week is melting my brain. ok! can I give you a quick rundown of how we work?", "yeah go ahead"),
        ("So we'd do a two-week trial. Can we pick a day to kick it off?", "yeah let's talk next week? we have a board thing Monday and it's chaos till then"),
    ],
)
def test_todays_day_in_small_talk_and_the_prospects_own_meeting_day_are_not_times_agreed(rep_says, reply):
    assert not commitment_in_reply(rep_says, reply, "Sure thing.").secured


@pytest.mark.parametrize(
    ("reply", "decided"),
    [
        ("ugh ok fine lets do it write up both but i want the bed liners in writing", True),
        ("Okay, fine, let's do it, but I need to check with my wife first.", False),
    ],
)
def test_a_yes_in_captions_without_stops_is_not_taken_back_by_a_but_further_on(reply, decided):
    result = commitment_in_reply("I need a yes before you leave today or I can't hold them.", reply, "Absolutely.")
    assert (result.secured and result.level == "decide") is decided


def test_a_call_back_put_as_a_supposition_is_a_time_the_prospect_can_take():
    result = commitment_in_reply(
        "Would it help if I rang you back tomorrow, once you've had a look, and we take it from there?",
        "Tomorrow, yes. Not before eleven, I'm volunteering at the school till then.",
        "Eleven thirty?",
    )
    assert (result.secured, result.turn) == (True, 2)



@pytest.mark.parametrize(
    ("rep_says", "reply", "decided"),
    [
        ("And you can stop it any time, one click.", "Go on then. Five a month. Can we do it now, while I've got you?", True),
        ("It's about fifty-five pence in the pound.", "That's more than I'd thought. Fine. Put me down for two numbers, please.", True),
        ("You'd sign a pledge letter, first payment on completion.", "Alright. Put us down for fifty thousand over five years.", True),
        ("I can do seventy-two for one year with the SLA.", "Seventy-two with the SLA in writing. Fine. We'll renew for one year on that.", True),
        ("So let's do the sixty, and you'll feel great about it.", "Fine. Fifty. Once. Not monthly, not anything.", True),
        ("Would it help to see it run on one of your jobs before you decide anything?", "Yeah. Can we do it now?", False),
        ("Could you sign a letter of authority so I can ask the insurer for the claims data?",
         "Yes, send it and I'll get it signed this week.", False),
    ],
)
def test_a_sum_pledged_a_renewal_and_a_smaller_figure_decide_but_a_try_out_or_an_authority_letter_do_not(rep_says, reply, decided):
    result = commitment_in_reply(rep_says, reply, "Thank you.")
    assert (result.secured and result.level == "decide") is decided


def test_a_no_to_making_the_gift_monthly_keeps_the_gift():
    result = commitment("""
        Dana: So let's do the sixty.
        Lee: Fine. Fifty. Once.
        Dana: Fifty's wonderful, thank you. And can I just mention, if you did ever want to make it monthly, even ten pounds—
        Lee: No. Card. Now, please.
        Dana: Of course. Go ahead whenever you're ready.
    """)
    assert (result.secured, result.turn, result.level) == (True, 2, "decide")


@pytest.mark.parametrize(("offer", "secured"), [("The Tuesday after next, or Wednesday.", True), ("It'd be about a fortnight.", False)])
def test_times_offered_alone_in_answer_to_when_can_be_taken(offer, secured):
    result = commitment(f"""
        Dana: We'd come back with the results.
        Lee: Then let's book the results session. When?
        Dana: {offer}
        Lee: Tuesday the 22nd, eleven o'clock. Meredith, can you do that?
    """)
    assert (result.secured, result.turn if secured else None) == (secured, 4 if secured else None)





@pytest.mark.parametrize(
    "asks",
    [
        "Will do. When next week is best for a call? I could do Tuesday morning, or whatever works for you.",
        "I'll send both today. And so it doesn't just sit in your inbox, how long should I give you before I follow up?",
    ],
)
def test_asking_when_next_week_suits_or_how_long_to_wait_before_following_up_is_a_fallback(asks):
    result = commitment(f"""
        Dana: Shall we set up the pilot?
        Lee: Not right now. Send me something when you have it.
        Dana: {asks}
        Lee: Give it till the end of next week.
    """)
    assert result.fallback_offered



def test_the_rep_sending_the_invite_this_afternoon_does_not_move_the_meeting():
    result = commitment("""
        Dana: A real test. Staging environment, we kill the primary region while you watch.
        Lee: Okay. Let me check her calendar, hang on. She's got Tuesday at ten free. Next Tuesday. Let's do that.
        Dana: Tuesday at ten works for me, I'll make sure Raj from SRE is free.
        Lee: Great.
        Dana: So the agenda is a live failover demo and the incident contact in writing. Anything you'd add?
        Lee: The credit. She'll ask about the credit.
        Dana: I'll bring the credit. I'll send the invite this afternoon with that agenda in it.
        Lee: Okay. Thanks, Dana. That went better than I thought it would twenty minutes ago.
    """)
    assert (result.secured, result.turn) == (True, 2)


@pytest.mark.parametrize(
    ("rep_says", "reply", "rep_after", "secured"),
    [
        ("Could we do Thursday next week? Or Friday?",
         "Thursday's no good, I'm at the Leeds site all day. Friday morning, say ten? And I'll drag Marcus in, "
         "there's no point me doing it without him.",
         "Friday at ten, with Marcus. Perfect. I'll send you both an invite.", True),
        ("Great. What day's good for the three of you? I know the crews head out early.",
         "Thursday. Ten o'clock, they're back in the yard for the equipment swap around then. Do it here.",
         "Thursday at ten in the yard. I'll bring a phone for Eddie.", True),
        ("Whatever suits you. I know you're on the road.",
         "I'm back in the office tomorrow. Tomorrow arvo, three o'clock Perth time. That work?",
         "Three tomorrow, Perth time, locked in. I'll send an invite with a Teams link.", True),
        ("Would it help to get your security team on a call with our security lead?",
         "Yeah, that'd help. Let me see if Kenji's around — [pause] — he's got Wednesday the fourteenth at eleven open.",
         "Wednesday the fourteenth at eleven. I'll bring a draft plan.", True),
        ("Hi! This is Tyler from Bookwell, we had this on the calendar for two o'clock? Sorry if I'm a couple minutes late.",
         "That's fine. I've got about twenty minutes.", "Great, thanks.", False),
    ],
)
def test_a_time_the_prospect_names_or_finds_on_the_call_is_secured_but_the_time_of_this_call_is_not(rep_says, reply, rep_after, secured):
    result = commitment_in_reply(rep_says, reply, rep_after)
    assert (result.secured, result.turn) == ((True, 2) if secured else (False, None))


@pytest.mark.parametrize(
    ("rep_says", "reply", "decided"),
    [
        ("I need an answer today, the allocation closes Friday.", "Twenty. I'll take twenty, and I want the support on all twenty.", True),
        ("Legal can have the side letter to you today.", "Alright. We'll renew on the ramp. Send the side letter with the agreement.", True),
        ("So, shall I get you set up on the starter tier today?", "Not today, no. Send me the agreement and the price list and I'll have a read.", False),
        ("So where do you want to go from here?",
         "Honestly, the next step is getting Sam in front of you. Sam looks after the clients, and if she's happy, we're in.", False),
    ],
)
def test_a_number_taken_and_a_renewal_on_new_terms_decide_but_reading_the_agreement_or_waiting_on_a_partner_does_not(rep_says, reply, decided):
    result = commitment_in_reply(rep_says, reply, "Great.")
    assert (result.secured and result.level == "decide") is decided


def test_a_time_typed_in_a_chat_without_stops_is_agreed_despite_a_hedge_about_someone_else():
    result = commitment_in_reply("20 min tops. I've got Thu 2pm or Fri 10am", "thu 2 works my practice manager Jo might jump on too", "great, sending the link")
    assert (result.secured, result.turn) == (True, 2)
