"""Small development calls for the offline engine, one per situation the contract names.

Other `test_offline_*` modules import `call` and these scripts; the test here checks that every
finding on every call quotes its turn verbatim.
"""

from __future__ import annotations

from textwrap import dedent

import pytest

from reviewer.engines.offline import OfflineEngine
from reviewer.grounding import grounding_errors
from reviewer.schema import Judgement
from reviewer.stats import call_stats
from reviewer.transcript.model import Transcript, Utterance

PITCH = (
    "So our platform pulls every call into one dashboard, scores each rep automatically, flags risky deals, "
    "syncs with your CRM both ways, and sends a weekly digest to every manager with coaching tips, trend lines "
    "and a leaderboard, plus we have an integration marketplace with forty connectors."
)


def call(script: str, rep: str = "Dana") -> Transcript:
    """A transcript from `Speaker: text` lines."""
    utterances = []
    for line in dedent(script).strip().splitlines():
        speaker, text = line.split(":", 1)
        utterances.append(Utterance(speaker=speaker.strip(), text=text.strip()))
    return Transcript.build(utterances, source="test", format="txt", rep=rep)


def judge(transcript: Transcript) -> Judgement:
    return OfflineEngine().judge(transcript, call_stats(transcript)).judgement


DISENGAGED_AFTER_PITCH = f"""
    Dana: Thanks for making time, Lee. Let me show you what we do.
    Dana: {PITCH}
    Lee: Okay, cool.
    Dana: And on top of that there's a mobile app and a Slack bot, so your reps get nudges all day.
    Lee: Sure.
    Dana: Anyway, I'll send over a summary.
"""

DISENGAGED_THEN_RESET = f"""
    Dana: {PITCH}
    Lee: Okay.
    Dana: Can we pause for a second? I've been doing most of the talking. What would be most useful for you to dig into?
    Lee: Honestly, ramping new hires. It takes us four months.
    Dana: Four months. What does that cost you today?
    Lee: A lot of missed quota.
"""

CLOSED_FACTUAL_QUESTIONS = """
    Dana: How many reps are on the team?
    Lee: Twelve.
    Dana: Do you use Salesforce?
    Lee: Yes.
    Dana: Are they all in one office?
    Lee: Mostly, yeah.
    Dana: Great, thanks.
"""

NO_PROBLEM_MISSED = """
    Dana: What's the biggest challenge with your pipeline right now?
    Lee: Nothing really, things are fine.
    Dana: Great. So our forecasting module also predicts which deals will slip, with ninety percent accuracy.
    Lee: Okay.
"""

NO_PROBLEM_RESET = """
    Dana: What's the biggest challenge with your pipeline right now?
    Lee: Not really sure, it's fine.
    Dana: That's fair, and I may not be asking the right questions. If you could change one thing about how your team sells, what would it be?
    Lee: Probably how long deals sit in legal.
"""

OBJECTION_ACCEPTED = """
    Dana: The plan is nine hundred a month for the whole team.
    Lee: That seems expensive for a team our size.
    Dana: It's per team, not per seat, so at twelve reps it's cheaper than the tool you have now.
    Lee: Okay, that's fair.
    Dana: Want me to walk you through setup?
    Lee: Sure.
"""

OBJECTION_STAYS_FLAT = """
    Dana: The plan is nine hundred a month for the whole team.
    Lee: That seems expensive for a team our size.
    Dana: It's per team, not per seat, so at twelve reps it's cheaper than the tool you have now.
    Lee: Hmm. I'm still not convinced.
    Dana: Plus you get the analytics add-on free for a year.
    Lee: Right.
"""

FACTUAL_CORRECTION = """
    Dana: So it plugs straight into your Zoom calls.
    Lee: We're on Teams, not Zoom.
    Dana: Got it, it works the same on Teams. How many calls a week does the team run?
    Lee: About two hundred.
"""

SEND_INFO_ACCEPTED = """
    Dana: That's the overview. Any questions?
    Lee: Not right now. Can you just send me some information?
    Dana: Sure, I'll send it over this afternoon.
    Lee: Thanks.
"""

SEND_INFO_PROBED = """
    Dana: That's the overview. Any questions?
    Lee: Not right now. Can you just send me some information?
    Dana: Happy to. So I send the right thing, what would you want it to show you?
    Lee: Mainly how the CRM sync handles custom fields.
    Dana: Good. When should we go through it together?
    Lee: Thursday at 3 works.
    Dana: Great, Thursday at 3 we'll walk through the custom fields.
"""

CLOSE_REFUSED_PRESSED = """
    Dana: So, shall we get started today?
    Lee: I'm not ready yet.
    Dana: If you sign today I can take ten percent off, but that offer ends Friday.
    Lee: No, I need to think about it.
    Dana: Honestly, you're making a mistake waiting. The price goes up next month.
    Lee: I'll let you know.
    Dana: Okay.
"""

CLOSE_REFUSED_PROBED = """
    Dana: So, shall we get started today?
    Lee: I'd rather hold off for now.
    Dana: That's completely fair, and maybe I jumped ahead. What's giving you pause?
    Lee: I'm worried my team won't adopt another tool.
    Dana: That makes sense. What happened with the last tool you rolled out?
    Lee: Nobody used it after a month.
"""

CLOSE_REFUSED_FALLBACK_ONLY = """
    Dana: Are you ready to move forward?
    Lee: Not yet, I need to talk to my boss.
    Dana: No problem. Can I call you tomorrow at ten?
    Lee: Maybe, I'll see how the day looks.
    Dana: Okay, talk soon.
"""

CONFUSED = """
    Dana: We layer conversation intelligence over your revenue operations stack.
    Lee: Sorry, I don't follow. How is this different from what we have?
    Dana: That's on me, I skipped ahead. Which part of your current setup should I compare it to?
    Lee: Our call recorder.
"""

CURIOUS_CALL = """
    Dana: Before I show anything, what made you take this call?
    Lee: Our win rate dropped this year.
    Dana: What do you think is behind that?
    Lee: New reps, mostly.
    Dana: How are they ramping today?
    Lee: Shadowing, mostly. It's slow.
    Dana: It sounds like ramp time is the real issue. What would good look like in six months?
    Lee: New reps closing on their own by month three.
    Dana: Would it help to look at how two teams like yours did that? We could do Tuesday at 2.
    Lee: Tuesday at 2 works. Let's look at the ramp plan then.
    Dana: Great, see you Tuesday.
"""

DECISION_AND_MEETING = """
    Dana: Shall we get you started?
    Lee: Yes, let's do it. Send the contract.
    Dana: Done. And let's book onboarding for Thursday at 2.
    Lee: Thursday at 2 works.
    Dana: Perfect.
"""

RESCHEDULED_BY_PROSPECT = """
    Dana: Could we go through the proposal with your CFO on Tuesday at 2?
    Lee: Tuesday's bad. How about Wednesday at 10?
    Dana: Wednesday at 10 it is.
"""

VAGUE_WINDOW = """
    Dana: When could we pick this up again?
    Lee: Let's talk sometime next week.
    Dana: Okay, I'll reach out.
"""

ALL_CALLS = {
    name: script for name, script in globals().items() if name.isupper() and name != "PITCH" and isinstance(script, str)
}


@pytest.mark.parametrize("name", sorted(ALL_CALLS))
def test_every_finding_quotes_its_turn_verbatim(name):
    transcript = call(ALL_CALLS[name])
    assert grounding_errors(judge(transcript), transcript) == []
