"""Reset signals on prospect turns (contract section 2), read in the context of the rep's
previous turn: was it a close, a long pitch, an open question or a closed factual one?"""

from __future__ import annotations

from dataclasses import dataclass

from reviewer.engines.offline import cues
from reviewer.engines.offline.learned import signal_model
from reviewer.engines.offline.reading import BARE_REPLY_WORDS, Found, Question, TurnReading

# A reply this long that names its own problem is an answer, not a `no_problem`.
NO_PROBLEM_MAX_WORDS = 30
# A reply this short that names a way to pay is picking it.
OPTION_WORDS = 10
# How far before a window of time the event it dates can start.
EVENT_REACH = 40
# A lukewarm verdict longer than this says something.
LUKEWARM_MAX_WORDS = 3


@dataclass(frozen=True)
class Signal:
    reading: TurnReading
    kind: str
    found: Found
    learned: bool = False  # found by the learned model, its kind guessed from the context

    @property
    def put_off(self) -> bool:
        """A no or a brush-off in the prospect's own words, which takes back what was agreed."""
        return self.kind in ("stall", "failed_close") and not self.learned

    @property
    def turn(self) -> int:
        return self.reading.number

    @property
    def quote(self) -> str:
        return self.found.quote


def _whole_turn(reading: TurnReading) -> Found:
    return Found(reading, 0, reading.text)


def detect_signal(reading: TurnReading, previous_rep: TurnReading | None, consult_model: bool = True) -> Signal | None:
    """The one signal a prospect turn shows, strongest first, or None. The learned model is only
    consulted where it was trained: on turns a rep turn answers."""
    if reading.role != "prospect" or not reading.has_words:
        return None

    def signal(kind: str, found: Found) -> Signal:
        return Signal(reading, kind, found)

    refusal = reading.search(cues.REFUSAL)
    stall = reading.search(cues.STALL)
    decided = reading.search(cues.DECISION)
    if decided and (decided.negated or decided.conditional):
        decided = None
    if stall and (_arranges_agreed_time(stall, previous_rep) or _checks_there_and_then(stall)):
        return None  # yes to the time, and arranging it
    if stall and is_logistics(stall, decided, previous_rep):
        stall = None
    if stall and (_dates_an_event(stall) or weighs_a_stall(stall)):
        stall = None
    if decided and not stall and not takes_back(decided, refusal):
        return None  # the prospect moves forward
    if refusal or stall:
        put_off = _put_off(reading, previous_rep, refusal, stall)
        if put_off is not None:
            return put_off
    declined = _wont_do_what_was_asked(reading, previous_rep) if previous_rep is not None else None
    if declined:
        return signal("failed_close", declined)
    confusion = reading.search(cues.CONFUSION)
    if confusion:
        return signal("confusion", confusion)
    lost = cues.NOT_FOLLOWING.match(reading.text)  # the anchored match first: it rules out most turns at once
    if lost and previous_rep is not None and _checks_understanding(previous_rep) and not reading.search(cues.ACCEPTANCE):
        return signal("confusion", Found(reading, 0, lost.group(0)))
    asked = _asks_what_the_rep_said(reading, previous_rep) if previous_rep is not None else None
    if asked:
        return signal("confusion", asked)
    balked = _balks_at_the_price(reading, previous_rep) if previous_rep is not None else None
    if balked:
        return signal("unimpressed", balked)
    answering = previous_rep is not None and previous_rep.asks_discovery
    unimpressed = reading.search(cues.UNIMPRESSED) or _waves_off_the_pitch(reading, previous_rep)
    if unimpressed and not answering and not unimpressed.negated:
        return signal("unimpressed", unimpressed)
    sceptical = reading.search(cues.SCEPTICAL)
    if sceptical:
        return signal("unimpressed", sceptical)
    ending = reading.search(cues.ENDS_THE_CALL)
    if ending:
        return signal("disengagement", ending)
    disinterest = reading.search(cues.DISINTEREST)
    # "if it's more than that I'm not interested" sets a bar.
    if disinterest and not disinterest.conditional and not _leaves_once_it_is_set(disinterest, previous_rep):
        return signal("disengagement", disinterest)
    stated = reading.search(cues.NO_PROBLEM_STATED)
    if stated and not _names_pain(reading) and not _praises_the_offer(stated, previous_rep) and not _reassures(stated, previous_rep):
        return signal("no_problem", stated)
    if previous_rep is None:
        return None
    if len(reading.words) <= NO_PROBLEM_MAX_WORDS and _asks_about_a_problem(previous_rep) and not _names_pain(reading):
        no_problem = _no_to_any(reading, previous_rep) or reading.search(cues.NO_PROBLEM)
        if no_problem and no_problem.position < reading.sentences[0][1]:
            return signal("no_problem", no_problem)
    if reading.is_bare_reply and (_invites_more_than_a_nod(reading, previous_rep) or _low_energy_after_a_claim(reading, previous_rep)):
        return signal("disengagement", _whole_turn(reading))
    if _terse_to_an_open_question(reading, previous_rep) or _lukewarm_verdict(reading, previous_rep):
        return signal("disengagement", _whole_turn(reading))
    return _learned_signal(reading, previous_rep) if consult_model else None


def _wont_do_what_was_asked(reading: TurnReading, rep: TurnReading) -> Found | None:
    """"Could you just text him?" "I'm not texting my boss at a conference about scheduling
    software.": the rep's request turned down in its own verb."""
    refusals = list(cues.WONT_DO.finditer(reading.text))
    last = rep.last_question if refusals else None
    asked = cues.ASKS_THEM_TO.match(last.opening) if last is not None else None
    if asked is None:
        return None
    verb = asked.group("verb")
    forms = {verb, verb + "ing", verb.removesuffix("e") + "ing", verb + verb[-1] + "ing"}
    said = next((refusal for refusal in refusals if refusal.group("verb") in forms), None)
    return Found(reading, said.start(), said.group(0)) if said else None


def _waves_off_the_pitch(reading: TurnReading, rep: TurnReading | None) -> Found | None:
    """"I don't care about the screen." just after the rep praised the touchscreen; not "I don't care
    about the subjunctive" when the rep had said nothing of it."""
    waved = cues.NOT_CARING_ABOUT.search(reading.text) if rep is not None else None
    if waved is None or waved.group("thing").removesuffix("s") not in rep.text:
        return None
    return Found(reading, waved.start(), waved.group(0))


def _asks_what_the_rep_said(reading: TurnReading, rep: TurnReading) -> Found | None:
    """"What's a same-day edit?" just after the rep's pitch named one: a word of the pitch the
    prospect does not know."""
    for question in reading.questions:
        asked = cues.ASKS_WHAT_A_THING_IS.fullmatch(question.plain)
        if asked and set(cues.WORD.findall(asked.group("thing"))) <= set(cues.WORD.findall(rep.text)):
            return Found(reading, reading.turn.text.find(question.text), question.text)
    return None


def _balks_at_the_price(reading: TurnReading, rep: TurnReading) -> Found | None:
    """"Twenty-four hundred. Wow.", "Three thousand eight hundred. Goodness. For a few mud tubes?":
    the figure the rep just named, said back, then a gasp at it or what it buys made small; not a
    figure said back on the way to a question ("Six grand. Okay. What's the payment plan?")."""
    spans = reading.sentences
    if len(spans) < 2 or not cues.FIGURE_SAID_BACK.fullmatch(reading.text, *spans[0]):
        return None
    units = {"a", "and", "half", "grand", "thousand", "hundred", "k", "quid", "pounds", "dollars", "bucks", "euros"}
    if set(reading.words_in(spans[0])) - units - set(rep.words) and not any(char.isdigit() for char in rep.text):
        return None  # not the rep's figure ("twenty-eight grand" said back for "twenty-eight thousand" is)
    gasp = next((span for span in spans[1:3] if cues.PRICE_GASP.match(reading.text, *span)), None)
    return Found(reading, spans[0][0], reading.turn.text[spans[0][0] : gasp[1]]) if gasp else None


def _praises_the_offer(stated: Found, rep: TurnReading | None) -> bool:
    """"The counting with the sobolo is good" after a pitch praises what was offered; to "How's
    your current setup?" the same words say nothing needs fixing."""
    accepted = stated.reading.search(cues.ACCEPTANCE)
    return accepted is not None and accepted.position == stated.position and rep is not None and not rep.questions


def _reassures(stated: Found, rep: TurnReading | None) -> bool:
    """"No, it's fine." to "Is now still alright?", "lol it's fine, you recovered" to an apology: the
    rep is let off, nothing is said about the prospect's problems (unless the rep went on to ask
    about them)."""
    if rep is None or cues.ITS_FINE.match(stated.phrase) is None or any(question.kind == "open" for question in rep.questions):
        return False
    return rep.search(cues.INVITES_REASSURANCE) is not None


def _leaves_once_it_is_set(disinterest: Found, rep: TurnReading | None) -> bool:
    """"Fine. Right, I've got to go." to "Friday at quarter past eight. I'll send the comparison
    today", "Great. I have to jump." to "Sounds good. I'll look out for a note from Hannah": leaving
    with a yes once the rep has confirmed a time, wrapped up or said what they will do next, not to
    escape a push ("Please don't. Don't send anyone Monday. I have to go.")."""
    reading = disinterest.reading
    leaving = reading.search(cues.LEAVING)
    if rep is None or leaving is None or leaving.position != disinterest.position:
        return False
    if not (rep.search(cues.NAMED_TIME) or rep.search(cues.WRAP_UP) or rep.search(cues.OWN_TASK)):
        return False
    if rep.search(cues.CLOSE) or rep.search(cues.PRESSURE_PLOY) or reading.search(cues.REFUSAL):
        return False
    return reading.search(cues.AFFIRM) is not None


def _terse_to_an_open_question(reading: TurnReading, rep: TurnReading) -> bool:
    """"Busy.", "Busy. Same as everywhere." or "Dunno. Guess, mostly." to "What does your week look
    like?": an open question about their world answered in a word, or a shrug of a few, that says
    nothing about it (not "Ninth." to "What grade is he in?")."""
    words = reading.words
    busy_then_a_shrug = len(words) <= 4 and words[0] in cues.BUSY_WORDS and len(reading.words_in(reading.sentences[0])) == 1
    terse = len(words) == 1 and words[0] in cues.TERSE_REPLIES or busy_then_a_shrug or len(words) <= 3 and words[0] in cues.SHRUGS
    return terse and "?" not in reading.text and rep.asks_discovery


def _lukewarm_verdict(reading: TurnReading, rep: TurnReading) -> bool:
    """"It was okay." to "What did you think of it?": asked for their view, they give none."""
    words, last = reading.words, rep.last_question
    if not words or len(words) > LUKEWARM_MAX_WORDS or last is None or not last.final:
        return False
    if not set(words) & cues.LUKEWARM or not set(words) <= cues.LUKEWARM_REPLY_WORDS:
        return False
    return cues.ASKS_OPINION.search(last.plain) is not None


def _dates_an_event(stall: Found) -> bool:
    """"She starts secondary after the summer": the window dates someone's event, not this decision."""
    text = stall.reading.text
    event = cues.EVENT_BEFORE_A_WINDOW.search(text, max(0, stall.position - EVENT_REACH), stall.position)
    return event is not None and not text[event.end() : stall.position].strip()


def weighs_a_stall(stall: Found) -> bool:
    """"If I think on it, another month goes by": the stall is the condition, not what is said."""
    start = stall.sentence_span[0]
    return cues.IN_A_CONDITION.search(stall.reading.text[start : stall.position]) is not None


def _checks_understanding(rep: TurnReading) -> bool:
    """Ends asking whether the explanation landed ("Does that make sense?")."""
    last = rep.last_question
    return last is not None and last.final and last.kind == "check_in" and cues.CHECKS_UNDERSTANDING.search(last.plain) is not None


def _asks_about_a_problem(rep: TurnReading) -> bool:
    """Open ("What's been hard?"), or asking whether there is any ("Any trouble with it?"), at the
    end of the turn or just before the options it offers ("What problems do you have with the T8?
    Failure rate, maintenance, electricity cost?")."""
    last = rep.last_question
    if last is None:
        return False
    asked = rep.questions[-2:] if last.final else [last]
    return any(
        (question.kind == "open" or _asks_if_there_is_any(question, rep)) and cues.PROBLEM_QUESTION.search(question.plain) is not None
        for question in asked
    )


def _asks_if_there_is_any(question: Question, rep: TurnReading) -> bool:
    """"Any trouble with it?" ending the rep's turn, or "And with Vasan, any challenges?" before the
    options that end it."""
    return rep.last_question.final and cues.ASKS_FOR_ANY.match(question.opening) is not None


def _no_to_any(reading: TurnReading, rep: TurnReading) -> Found | None:
    """"No. It works." to "Any trouble with it?": there is none."""
    said = cues.OPENS_ON_NO.match(reading.text)
    return Found(reading, 0, said.group(0)) if said and _asks_if_there_is_any(rep.last_question, rep) else None


def _learned_signal(reading: TurnReading, previous_rep: TurnReading) -> Signal | None:
    """What no cue names but the learned model recognises (see `learned`), typed by its context."""
    # The contract settles short replies by their structure (a nod after a pitch, a short answer to
    # a closed question, a factual correction), which the rules above already read; and a reply that
    # names its problem or agrees is an answer, whatever its words sound like.
    if len(reading.words) <= BARE_REPLY_WORDS:
        return None
    model = signal_model()
    if not model.says_yes(reading.words, previous_rep.words) or _names_pain(reading) or is_acceptance(reading):
        return None
    if _asked_when(previous_rep) and reading.search(cues.NAMED_TIME):
        return None  # "Don't call before ten, I'm on the school run. Thursday's fine." to "Which day suits?"
    if says_yes_to_the_close(reading, previous_rep):
        return None
    if previous_rep.search(cues.CLOSE) or previous_rep.search(cues.PRESSURE_PLOY) or any(
        _asks_for_something(q) for q in previous_rep.questions
    ):
        kind = "failed_close"
    elif "?" in reading.text:
        kind = "confusion"
    else:
        kind = "no_problem" if _asks_about_a_problem(previous_rep) else "unimpressed"
    start, end = model.most_telling(reading, previous_rep.words)
    return Signal(reading, kind, Found(reading, start, reading.turn.text[start:end]), learned=True)


def _asked_when(rep: TurnReading) -> bool:
    return any(cues.ASKS_WHEN.search(q.plain) for q in rep.questions[-2:])


def _put_off(reading: TurnReading, previous_rep: TurnReading | None, refusal: Found | None, stall: Found | None) -> Signal | None:
    """A no or a brush-off, read against what the rep had just asked for."""
    if previous_rep is None:
        return Signal(reading, "stall", stall) if stall else None
    if refusal and not stall and (answers_anything_else(reading, previous_rep) or _concedes(refusal)):
        return None
    # Pushing (a ploy, "what's stopping you from saying yes") asks for the decision as much as a close.
    if previous_rep.search(cues.CLOSE) or previous_rep.search(cues.PRESSURE_PLOY):
        return Signal(reading, "failed_close", stall or refusal)
    was_request = (
        any(_asks_for_something(q) for q in previous_rep.questions)
        or previous_rep.search(cues.INVITATION) is not None
        or _tags_a_proposal(previous_rep)
    )
    if refusal and not (stall and not _wants_them_there(stall)) and _counters_with_a_time(reading, refusal):
        return None  # "Not really. Could you do Sunday at four?" is a counter-offer, not a no
    if refusal and not stall and _no_to_the_time_only(refusal) and _yes_but_not_then(reading, refusal, previous_rep):
        return None  # "Eleven is better. Nine thirty is too early for him": picks one of the times offered
    if refusal and not stall and _asked_when(previous_rep) and (reading.search(cues.NAMED_TIME) or reading.search(cues.VAGUE_WINDOW)):
        return None  # "Not this month. Beginning of next month?" answers when, however loosely
    if refusal and not refusal.conditional and (was_request or _refuses_unasked(reading, previous_rep)):
        return Signal(reading, "failed_close", refusal)
    if not stall:
        return None
    if was_request:
        return Signal(reading, "stall", stall)  # the rep's smaller step turned down for a brush-off
    # A reply to the rep's "when?" is an answer, unless it names no time, or only a hedged one, and
    # keeps the next move to the prospect ("Don't worry about that, I'll ring you. Next week
    # sometime.", "Maybe Wednesday. Or Thursday. I will write you."), even after the rep's "Sounds
    # good", hangs it on someone else ("Next week sometime. After I talk to Phil.") or has no time
    # free for months ("booked solid until after Christmas. Try us in January."); otherwise
    # agreeing to the ending the rep proposed is not a new put-off.
    if any(cues.ASKS_WHEN.match(q.opening) for q in previous_rep.questions[-2:]):
        time = reading.search(cues.NAMED_TIME)
        keeps_it = reading.search(cues.KEEPS_THE_NEXT_MOVE) and (time is None or cues.HEDGE.search(reading.text, *time.sentence_span))
        waits = reading.search(cues.WAITS_ON_SOMEONE) and not (time and reading.search(cues.ASKS_FOR_A_CALL))
        # "Call me after the holidays.": a call put off to no time at all.
        names_no_time = time is None and stall.phrase.startswith(("call", "ring", "phone", "try")) and reading.search(cues.VAGUE_WINDOW) is None
        return Signal(reading, "stall", stall) if keeps_it or waits or names_no_time or reading.search(cues.FULLY_BOOKED) else None
    if previous_rep.search(cues.WRAP_UP):
        return None
    return Signal(reading, "stall", stall)


def _refuses_unasked(reading: TurnReading, previous_rep: TurnReading) -> bool:
    """A no the rep did not ask for. Deep in an answer to an open question about their world ("So
    the mobile dev changes two services... Vercel can't do that at all") it is about something else,
    unless it names the decision ("I'm not going to sign something on a Tuesday morning call")."""
    strong = reading.search(cues.STRONG_REFUSAL)
    if strong is None:
        return False
    if not previous_rep.asks_discovery or strong.position < reading.sentences[0][1]:
        return True
    return cues.NAMES_THE_DECISION.search(strong.phrase) is not None


def _counters_with_a_time(reading: TurnReading, refusal: Found) -> bool:
    """Names a time of its own, unless the no names the decision it turns down; a no to the rep's
    time only ("Not this week, I'm stacked. Friday at three I've a gap", "Four's too early. Make it
    half five") still counters."""
    time = reading.search(cues.NAMED_TIME)
    if time is None:
        return False
    strong = reading.search(cues.STRONG_REFUSAL)
    if strong is None:
        return True
    return _no_to_the_time_only(strong) and cues.NAMED_TIME.search(reading.text, strong.end) is not None


def _yes_but_not_then(reading: TurnReading, refusal: Found, rep: TurnReading) -> bool:
    """"That I can do. Not this week, though", or a yes among the rep's times; not "Not today.
    Let's see if the wifi thing works first." to an add-on offered for today."""
    said_yes = reading.search(cues.AFFIRM)
    return said_yes is not None and (said_yes.position < refusal.position or rep.search(cues.NAMED_TIME) is not None)


def _wants_them_there(stall: Found) -> bool:
    """"Friday morning, say ten? I'll drag Marcus in, no point me doing it without him": with a time
    of its own, a colleague the prospect cannot do without is someone to invite, not a put-off."""
    return stall.phrase.startswith("without")


def _no_to_the_time_only(refusal: Found) -> bool:
    """"Nine thirty is too early", "That I can do. Not this week, though": the step is not what is
    turned down."""
    return _faults_a_time(refusal) or cues.NOT_THIS_TIME.fullmatch(refusal.phrase) is not None


def _faults_a_time(strong: Found) -> bool:
    """"Four's too early": the no is said of a time named just before it."""
    return cues.FAULT_OF_A_TIME.search(strong.reading.text, strong.sentence_span[0], strong.position) is not None


def answers_anything_else(reading: TurnReading, previous_rep: TurnReading) -> bool:
    """"Any questions?" "No, that's great": a no to the rep's last check, not to the deal; a no that
    names the decision ("No, I'm not ready to sign") still is one."""
    last = previous_rep.last_question
    return last is not None and last.final and bool(cues.ANYTHING_ELSE.search(last.plain)) and not reading.search(cues.STRONG_REFUSAL)


def _concedes(refusal: Found) -> bool:
    """"I couldn't, really. Fair point.": a no that goes on to grant the rep's point answers a
    question rather than turning anything down."""
    granted = refusal.reading.search(cues.CONCEDES)
    return granted is not None and granted.position > refusal.position


def takes_back(decided: Found, refusal: Found | None) -> bool:
    """A no after the yes takes it back, unless it only says who signs ("Let's do it. But I can't
    sign anything, it has to go through purchasing") or is a condition of the deal ("I'll do the
    deposit, and if she says no I get it back")."""
    if refusal is None or refusal.position <= decided.position or refusal.conditional:
        return False
    return not refusal.reading.search(cues.SIGNATURE_ROUTE)


def is_logistics(stall: Found, decided: Found | None, previous_rep: TurnReading | None) -> bool:
    """"Send me the link" in a turn that says yes ("I'm in. Send me the link.", "Yes, send it, I'll
    sign it", or "Okay. Send it." to the rep's offer of the contract, or "Good. Send it." to the
    invite the rep will send), or that has no questions about what the rep will send them to sign,
    or that takes the link the rep offered to close with ("Send the link, I'll do it while we're on
    the phone"), is how the deal or the meeting gets done, not a brush-off; so is something to
    read before the meeting ("Could you send me something before then?")."""
    if cues.FOR_THE_MEETING.search(stall.reading.text, stall.position, stall.sentence_span[1]):
        return True
    if not stall.phrase.startswith(("send", "email", "just send", "just email")):
        return False
    if decided is not None or picks_payment_option(stall.reading, previous_rep):
        return True
    if previous_rep is None:
        return False
    if answers_anything_else(stall.reading, previous_rep) and previous_rep.search(cues.SENDS_FOR_SIGNATURE):
        return True  # "No. Just send it." to "I'll send the summary, you'll both e-sign it. Any questions?"
    if cues.opens_with_yes(stall.reading.text):
        # "Perfect. Send the link to the front desk email." to "Thursday at ten works for me."
        return asks_for_the_deal(previous_rep) or previous_rep.search(cues.CONFIRMS_MEETING) is not None or _settles_a_time(previous_rep)
    return asks_for_the_deal(previous_rep) and _takes_what_was_offered(stall.reading, previous_rep)


def _settles_a_time(rep: TurnReading) -> bool:
    """The rep's turn opens on a time, taking or confirming it ("Thursday at ten works for me.")."""
    return cues.NAMED_TIME.match(rep.text) is not None


def _checks_there_and_then(stall: Found) -> bool:
    """"Let me check her calendar, hang on. She's got Tuesday at ten free.": the check made on the
    call, ending on a day and an hour."""
    if not stall.phrase.startswith(("let me check", "let me see")):
        return False
    text = stall.reading.text
    return any(cues.NAMES_AN_HOUR.search(time.group(0)) for time in cues.NAMED_TIME.finditer(text, stall.end))


def _arranges_agreed_time(stall: Found, previous_rep: TurnReading | None) -> bool:
    """"Monday the third works. I'll speak to Deborah today": once the prospect has said yes to the
    time the rep asked about, telling whom they will tell, or checking who else can come, is
    arranging it, not putting it off. So is a check made there and then ("Let me check her
    calendar... yep, she's free. Friday at ten")."""
    if previous_rep is None or previous_rep.last_question is None:
        return False
    offered = _offered_time_words(previous_rep)
    text = stall.reading.text
    yes_to_it = [text[: stall.position]]
    if stall.phrase.startswith("let me"):
        yes_to_it.append(text[stall.end :])
    # The rep's time said again, whole or in part ("Eleven's fine. I'll check Mick can dial in").
    return any(_says_back_a_time(said, offered) and _affirms(said) for said in yes_to_it)


def _offered_time_words(rep: TurnReading) -> set[str]:
    return {word for time in cues.NAMED_TIME.finditer(rep.text) for word in cues.time_words(time.group(0))}


def _says_back_a_time(said: str, offered: set[str]) -> bool:
    return not offered.isdisjoint(word.removesuffix("'s") for word in cues.WORD.findall(said))


def _affirms(said: str) -> bool:
    """A yes in it that its clause does not turn round ("I'm not going to give you a yes by Friday")."""
    for yes in cues.AFFIRM.finditer(said):
        clause_start = max(said.rfind(mark, 0, yes.start()) for mark in ".!?,;") + 1
        if cues.NEGATION.search(said, clause_start, yes.start()) is None:
            return True
    return False


def picks_payment_option(reading: TurnReading, previous_rep: TurnReading | None) -> Found | None:
    """A short reply naming one of the ways to pay the rep just offered ("Fine. Three payments.")."""
    if previous_rep is None or len(reading.words) > OPTION_WORDS:
        return None
    option = reading.search(cues.PAYMENT_OPTION)
    if option is None:
        return None
    offered = asks_for_the_deal(previous_rep) or previous_rep.search(cues.PRESSURE_PLOY) or previous_rep.search(cues.PAYMENT_OPTION)
    return option if offered else None


def says_yes_to_the_close(reading: TurnReading, previous_rep: TurnReading | None) -> bool:
    """Opens with a plain yes to the rep's ask for the deal ("Yeah, we're good. We already got
    three quotes"), or by taking what the rep offered to send for it ("Send the link, I'll do it
    while we're on the phone"), hedged nowhere in the turn."""
    if previous_rep is None or not asks_for_the_deal(previous_rep):
        return False
    return (cues.opens_with_yes(reading.text) or _takes_what_was_offered(reading, previous_rep)) and reading.search(cues.HEDGE) is None


def _takes_what_was_offered(reading: TurnReading, rep: TurnReading) -> bool:
    """Asks for it and puts nothing off after ("Just send me the contract and I'll read it through
    with Graham" does)."""
    taken = cues.opens_asking_for_it(reading.text)
    return taken is not None and "send" in rep.words and cues.STALL.search(reading.text, taken.end()) is None


def asks_for_the_deal(rep: TurnReading) -> bool:
    """A close put as a question ("Can I send the DocuSign?"), proposed ("Let's get the first
    payment done today.") or offered ("I can send you the payment link"), so a yes to it is a
    decision; "I'll send the agreement anyway" asks nothing, nor does holding it "if you go ahead",
    and "let's do it that way" takes its object from the rest of the turn. A short last question
    that is a way to pay ("So, payment plan at twenty-eight hundred?") takes the deal as read; one
    checking a detail of it ("Same bank account for the direct debit?") does not."""
    last = rep.last_question
    if last is not None and last.final and len(last.plain.split()) <= OPTION_WORDS and cues.PAYMENT_OPTION.match(last.opening):
        return True
    if rep.search(cues.CLOSE) is None:
        return False
    return any(cues.CLOSE.search(q.plain) and not cues.IN_CASE_OF_YES.search(q.plain) for q in rep.questions) or any(
        _proposes_the_deal(rep, start, end) for start, end in rep.sentences
    )


def _proposes_the_deal(rep: TurnReading, start: int, end: int) -> bool:
    """"Let's get the first payment done today."; a bare "let's do it" is the deal only when the turn
    says how to pay ("Then let's do it. Twenty-five thousand booking, UPI is fine.")."""
    if not cues.PROPOSES.match(rep.text, start):
        return False
    close = cues.CLOSE.search(rep.text, start, end)
    if close is None:
        return False
    return cues.BARE_ASSENT.match(close.group(0)) is None or rep.search(cues.PAYMENT_RAIL) is not None


def _names_pain(reading: TurnReading) -> bool:
    """A problem the prospect owns; a denied one ("I'm not drowning") does not count."""
    pain = reading.search(cues.PAIN)
    return pain is not None and not pain.negated


def _asks_for_something(question: Question) -> bool:
    """A request ("Can I send you a quote?", "Five units then?") or a proposed time ("How's
    Thursday?"); a time in a question about what already happened ("Did you get the email I sent
    over on Tuesday?") proposes nothing."""
    if cues.REQUEST.match(question.opening) is not None:
        return True
    if cues.ASKS_IN_A_FRAGMENT.fullmatch(question.opening) and cues.QUESTION_START.match(question.opening) is None:
        return True
    return cues.NAMED_TIME.search(question.plain) is not None and cues.ASKS_ABOUT_THE_PAST.match(question.opening) is None


def _tags_a_proposal(rep: TurnReading) -> bool:
    """"I'll pencil you in for Thursday at ten. Deal?": a step proposed, then a word asking for the yes."""
    last = rep.last_question
    return last is not None and last.final and cues.TAG_QUESTION.fullmatch(last.plain) is not None and rep.search(cues.PROPOSAL) is not None


def _low_energy_after_a_claim(reading: TurnReading, rep: TurnReading) -> bool:
    """A murmur or a hedge ("Mm.", "Yeah, maybe.") to a rep statement that asked nothing factual is
    disengagement even when the statement was short, and so is any nod to a ploy ("Okay." to
    "that's a limiting belief")."""
    last = rep.last_question
    asked = last is not None and last.final
    if asked and last.kind in ("factual", "closed"):
        return False
    if any(word in cues.LOW_ENERGY_WORDS for word in reading.words):
        return True
    return not (asked and last.kind == "check_in") and rep.search(cues.PRESSURE_PLOY) is not None


def _invites_more_than_a_nod(reply: TurnReading, rep: TurnReading) -> bool:
    """A long pitch or an open question deserves more than "okay", even when the pitch ends on a
    check-in ("Pretty slick, right?" "Right."), unless the reply says what it agrees with ("Makes
    sense."); a closed question ("Is that okay?") or a factual one does not."""
    last = rep.last_question
    ends_on_question = last is not None and last.final
    if ends_on_question and last.kind in ("factual", "closed"):
        return False
    if rep.is_pitch:
        # "Is that okay?" closing the rep's opening sets the agenda; a "Sure." agrees to it.
        agenda_check = rep.number == 1 and ends_on_question
        return not (ends_on_question and last.kind == "check_in" and (agenda_check or reply.search(cues.ACCEPTANCE)))
    return ends_on_question and last.kind == "open"


def is_acceptance(reading: TurnReading) -> bool:
    """The prospect agrees with what the rep just said, or moves the deal forward; a no that goes
    on to grant the point ("No, scaffolding's extra. So they're not as far apart as I thought")
    agrees too."""
    if reading.role != "prospect":
        return False
    refusal = reading.search(cues.REFUSAL)
    doubts = reading.search(cues.UNIMPRESSED) or reading.search(cues.SCEPTICAL)
    if doubts or reading.search(cues.STALL) or (refusal and not _concedes(refusal)):
        return False
    return bool(
        reading.search(cues.ACCEPTANCE)
        or reading.search(cues.DECISION)
        or reading.search(cues.FORWARD_QUESTION)
        or reading.search(cues.CONCEDES)
    )
