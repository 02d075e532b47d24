"""The next commitment (contract section 4): only an explicit yes to a step at a named time, or
the decision itself, counts as secured; a decision beats a meeting."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, replace

from reviewer.engines.offline import cues
from reviewer.engines.offline.learned import WordModel, agreement_model
from reviewer.engines.offline.reading import Found, TurnReading, without_lead_in
from reviewer.engines.offline.signals import (
    Signal,
    answers_anything_else,
    is_logistics,
    picks_payment_option,
    says_yes_to_the_close,
    takes_back,
    weighs_a_stall,
)

# How far before a named time a vague word ("sometime", "the week of") makes it a window.
VAGUE_REACH = 20
# A bare yes to a proposed time is short; a long reply is doing something else.
SHORT_YES_WORDS = 20
# How far before a named time the name of someone's own meeting ("our board meeting") can reach.
OWN_EVENT_REACH = 40
# A question this short that names a time is offering it ("How about Saturday afternoon?").
BARE_TIME_WORDS = 5
# How many turns after a yes to a meeting the rep's confirmation of its purpose may come.
AGENDA_REACH = 3
# A day and a time only this far apart ("Sunday at one") are one time.
JOIN_REACH = 2
# Words that join times offered as a choice ("the Tuesday after next, or Wednesday").
TIME_FILLERS = frozenset({"the", "or", "and", "after", "next", "either", "then"})
# How many turns after the rep offered a time the prospect may still say it back.
OFFER_REACH = 4


@dataclass(frozen=True)
class Agreement:
    reading: TurnReading
    found: Found
    kind: str  # decision | meeting
    when: str | None
    proposal: TurnReading | None  # the rep turn the prospect said yes to


def named_time(reading: TurnReading) -> Found | None:
    return reading.derived("named_time", _last_named_time)


def _last_named_time(reading: TurnReading) -> Found | None:
    """The last day or time someone could put in a calendar (a counter-offer comes after the time it
    replaces); vague windows do not count, nor someone's own event ("our Thursday huddle", "the
    board meeting Tuesday"), nor a visit already made ("you came in on Saturday"), nor a day of a
    kind ("a Saturday chore", "every Saturday"), nor a time in a sentence that turns it down ("I
    don't see patients Tuesday mornings"), nor a period ("Friday to Monday")."""
    first = reading.search(cues.NAMED_TIME)  # screened: most turns name no time
    if first is None:
        return None
    named = None
    previous: re.Match | None = None
    for match in cues.NAMED_TIME.finditer(reading.text, first.position):
        spans_from_previous = previous is not None and cues.SPAN_JOIN.fullmatch(reading.text, previous.end(), match.start())
        previous = match
        if spans_from_previous:
            named = None  # "Friday to Monday": a period (a hire, a stay), not a time to meet
            continue
        before = reading.text[max(0, match.start() - OWN_EVENT_REACH): match.start()]
        if cues.BOUNDARY.search(before):
            continue  # a deadline ("the page to you by Thursday") or a bound ("away until Monday")
        if cues.VAGUE_WINDOW.search(before, len(before) - VAGUE_REACH) or cues.OWN_EVENT.search(before) or _names_a_thing(before, match):
            continue
        if cues.PAST_VISIT.search(before) or cues.ANY_DAY.search(before):
            continue
        if named is not None and cues.RESTATES.search(before):
            continue  # "Could Kenji do Wednesday five p.m.? That's ten in the morning in Hamburg."
        start = match.start()
        if named is not None and not reading.text[named.end: start].strip(" ,") and start - named.end <= JOIN_REACH:
            start = named.position  # the day said just before the time belongs to it
        found = Found(reading, start, reading.turn.text[start: match.end()])
        if named is None or not _hesitates_about(cues.plain(found.quote)):
            named = found
    return named


def _names_a_thing(before: str, time: re.Match) -> bool:
    """"The Monday report", "after the Sunday group ride": a day naming something that recurs."""
    return bool(cues.BEFORE_A_DAYS_NAME.search(before) and cues.THING_NAMED_BY_A_DAY.match(time.string, time.end()))


def _hesitates_about(text: str) -> bool:
    return bool(cues.REFUSAL.search(text) or cues.STALL.search(text) or cues.HEDGE.search(text))


def _hesitates(reading: TurnReading) -> bool:
    return bool(reading.search(cues.REFUSAL) or reading.search(cues.STALL) or reading.search(cues.HEDGE))


def _stands(decided: Found) -> bool:
    """Said outright. Not negated, not a condition, and not taken back later in its sentence by a
    hedge ("I'm in, but let me check") or by doing it at no particular time ("let's do it next week
    sometime"); a hedge before it ("I'll still message them, but I'm in") does not count."""
    if decided.negated or decided.conditional:
        return False
    return not (decided.followed_in_sentence_by(cues.HEDGE) or decided.followed_in_sentence_by(cues.SOMETIME))


def decision(reading: TurnReading, previous_rep: TurnReading | None) -> Found | None:
    """The prospect making the decision itself in this turn (signing, paying, going ahead)."""
    decided = reading.search(cues.DECISION)
    stall = reading.search(cues.STALL)
    if stall and not is_logistics(stall, decided, previous_rep) and not weighs_a_stall(stall):
        return None
    refusal = reading.search(cues.REFUSAL)
    if decided and _explains_a_no(decided, refusal):
        decided = None
    if decided and not _stands(decided):
        decided = _said_outright_later(decided)
    if decided and _signs_papers_for_the_next_step(previous_rep):
        return None
    if decided and _stands(decided) and not takes_back(decided, refusal) and not _yes_to_a_smaller_step(decided, previous_rep):
        return decided
    if refusal and not (previous_rep is not None and answers_anything_else(reading, previous_rep)):
        return None
    if says_yes_to_the_close(reading, previous_rep):
        return Found(reading, 0, reading.text)
    return picks_payment_option(reading, previous_rep)


def _signs_papers_for_the_next_step(rep: TurnReading | None) -> bool:
    """"Yes, send it and I'll get it signed" to a letter of authority or an NDA the rep asked for,
    not to the deal."""
    return rep is not None and rep.search(cues.PAPERS_FOR_THE_NEXT_STEP) is not None and rep.search(cues.CLOSE) is None


def _said_outright_later(decided: Found) -> Found | None:
    """"If I can get it done before the long weekend I'm in. Can I just say yes now?": the yes after
    a conditional one, in a later sentence."""
    text = decided.reading.text
    later = cues.DECISION.search(text, decided.sentence_span[1])
    return Found(decided.reading, later.start(), later.group(0)) if later else None


def _explains_a_no(decided: Found, refusal: Found | None) -> bool:
    """"This month I can't, I've paid the deposit for the new flat": money already spent, given in
    the sentence of a no as its reason."""
    if refusal is None or refusal.position > decided.position or refusal.sentence_span != decided.sentence_span:
        return False
    return cues.DEAL_DONE.match(decided.reading.text, decided.position) is not None


def _yes_to_a_smaller_step(decided: Found, rep: TurnReading | None) -> bool:
    """"Sure, let's do it" takes its object from the rep: to "Want to try it right now?" or to a demo
    on Thursday it agrees to that step, and it is the decision only when the rep asked for the deal."""
    return rep is not None and cues.BARE_ASSENT.match(decided.phrase) is not None and _offers_a_smaller_step(rep)


def _offers_a_smaller_step(rep: TurnReading) -> bool:
    """A try-out, a demo, a time to meet or a smaller start ("Would it help to start small?"), rather
    than the deal."""
    if rep.search(cues.CLOSE):
        return False
    return bool(rep.search(cues.TRY_OUT) or rep.search(cues.FALLBACK_STEP) or rep.search(cues.INVITATION) or proposed_time(rep))


def _proposes(time: Found) -> bool:
    """The rep's time is an offer to meet, not a detail of the pitch ("hot seats every Tuesday"); a
    question that is little more than the time ("Tuesday at nine?") offers it, and so does the rep's
    availability ("I could do next Tuesday at eleven")."""
    sentence = cues.plain(time.quote)
    if _bare_time(sentence) or _times_alone(sentence) or cues.OFFERS_A_TIME.search(sentence):
        return True
    if cues.ASKS_IF_IT_SUITS.match(time.reading.text, time.end) or _settles_on(time, sentence):
        return True
    return bool(cues.MEETING_WORDS.search(sentence) and (sentence.endswith("?") or cues.PROPOSAL.search(sentence)))


def _times_alone(sentence: str) -> bool:
    """"The Tuesday after next, or Wednesday.": nothing but times to pick from, as the rep answers
    the prospect's "when?"."""
    times = list(cues.NAMED_TIME.finditer(sentence))
    if len(times) < 2:
        return False
    rest = sentence[: times[0].start()] + "".join(sentence[a.end(): b.start()] for a, b in zip(times, times[1:])) + sentence[times[-1].end():]
    words = set(cues.WORD.findall(rest))
    return "or" in words and words <= TIME_FILLERS


def _settles_on(time: Found, sentence: str) -> bool:
    """"Thursday at two then, the auditors'll be long gone", "Tuesday works.": the rep taking the time
    that is left, or the day the prospect gave."""
    opens_on_it = cues.NAMED_TIME.match(without_lead_in(sentence)) is not None
    return opens_on_it and cues.SETTLES_ON.match(time.reading.text, time.end) is not None


def _own_task(time: Found) -> bool:
    """"I'll get it to you Friday": a deadline the prospect sets themselves, or when to email them,
    not a time to meet. A task in a clause of its own after the time ("Tuesday at ten, I'll forward
    it to Ravi") is not the time's."""
    sentence = cues.plain(time.quote)
    if cues.MEETING_WORDS.search(sentence) is not None:
        return False
    text = time.reading.text
    start, end = time.sentence_span
    clause_end = cues.CLAUSE_BREAK.search(text, time.end, end)
    return cues.OWN_TASK.search(text, start, clause_end.start() if clause_end else end) is not None


def _time_to_meet(reading: TurnReading) -> Found | None:
    """The prospect's named time, unless it is when they will do a task of their own."""
    time = named_time(reading)
    return None if time is not None and _own_task(time) else time


def _bare_time(question: str) -> bool:
    """Little more than a time ("Tuesday at nine?"), or opening on one ("Tuesday at ten at your yard
    in Stretford?"), unless it reminds of one ("Remember, Friday, yeah?") or greets ("How's your
    Tuesday treating you?")."""
    if not question.endswith("?") or cues.REMINDER.search(question):
        return False
    opening = without_lead_in(question)
    if cues.GREETING.match(opening):
        return False
    if len(question.split()) <= BARE_TIME_WORDS:
        return cues.NAMED_TIME.search(question) is not None
    return cues.NAMED_TIME.match(opening) is not None


def _meeting(reading: TurnReading, previous_rep: TurnReading | None) -> Agreement | None:
    own_time = _time_to_meet(reading)
    if own_time and not _hesitant_about(own_time) and not _offers_a_choice(own_time) and not _taken(own_time):
        # Unasked, a time is a meeting only in a reply about meeting, not inside a long story,
        # unless the prospect asks to be called at it ("I have to go. Can you call me back at four?").
        offers_meeting = (
            reading.search(cues.MEETING_WORDS) and len(reading.words) <= 2 * SHORT_YES_WORDS
        ) or reading.search(cues.ASKS_FOR_A_CALL)
        # Scheduling, or the rep's own opening ("I'm out that way Thursday. I could do early").
        scheduling = previous_rep is not None and (
            previous_rep.search(cues.MEETING_WORDS)
            or previous_rep.search(cues.TRY_FIRST)
            or previous_rep.search(cues.OFFERS_A_TIME)
            or any(cues.ASKS_WHEN.search(question.plain) for question in previous_rep.questions)
        )
        if offers_meeting or scheduling or proposed_time(previous_rep) or _says_back_stated(reading, previous_rep):
            return Agreement(reading, own_time, "meeting", _time_agreed(own_time, previous_rep), previous_rep)
    if own_time is None and previous_rep is not None and not _hesitates(reading):
        hour = _names_the_hour(reading, previous_rep)
        if hour is not None:
            return hour
    found = reading.search(cues.AFFIRM) if len(reading.words) <= SHORT_YES_WORDS else None
    if found is None or _hesitates(reading) or decision(reading, previous_rep) is not None:
        return None  # a yes to the deal itself, whose time is its delivery or start, is not a meeting
    if reading.search(cues.DISINTEREST):
        return None  # "Okay. I have to go to standup. Bye.": a way off the call
    proposed = proposed_time(previous_rep)
    return Agreement(reading, found, "meeting", proposed.phrase, previous_rep) if proposed else None


def _names_the_hour(reading: TurnReading, rep: TurnReading) -> Agreement | None:
    """"After supper. Seven." to "What time tomorrow is good?", or "Ten thirty." to "She's in this
    Saturday. I've got ten thirty or eleven fifteen": an hour on its own answers when, on the day
    the rep named; "Make it two-thirty." to "Thursday at two?" moves it on that day."""
    asked = rep.last_question is not None and cues.ASKS_WHAT_TIME.search(rep.last_question.plain) is not None
    day = named_time(rep)
    if not asked and day is None:
        return None
    for start, end in reading.sentences:
        said = cues.BARE_HOUR.fullmatch(reading.text, start, end)
        if said is None:
            continue
        hour = Found(reading, said.start("hour"), reading.turn.text[said.start("hour") : said.end("hour")])
        offered = day is not None and (said.group("counter") or set(cues.time_words(hour.phrase)) <= set(cues.time_words(rep.text)))
        if asked or offered:
            return Agreement(reading, hour, "meeting", _on_the_day(day, hour), rep)
    return None


def _on_the_day(day: Found | None, hour: Found) -> str:
    """"Thursday at two" and "two-thirty" make "Thursday at two-thirty"; "Seven-thirty tonight"
    already holds "seven-thirty", and an hour the rep named without a day stays an hour."""
    if day is None:
        return hour.phrase
    if set(cues.time_words(hour.phrase)) <= set(cues.time_words(day.phrase)):
        return day.phrase
    said_day = cues.HOUR_AFTER_DAY.split(day.phrase, maxsplit=1)[0]
    return hour.phrase if cues.BARE_HOUR.fullmatch(cues.plain(said_day)) else f"{said_day} at {hour.phrase.lower()}"


def _time_agreed(own_time: Found, rep: TurnReading | None) -> str:
    """"Thursday's fine." to "Thursday at three-thirty?" agrees the rep's fuller time; a time of its
    own words ("Wednesday at seven" to "Wednesday evening, say seven"), or one of the rep's options
    ("Tuesday or Wednesday?"), is the one chosen."""
    said = cues.POSSESSIVE_END.sub("", own_time.phrase)
    words = cues.time_words(said)
    proposed = proposed_time(rep) if len(words) == 1 else None
    if proposed is not None and set(words) < set(cues.time_words(proposed.phrase)) and not _offers_a_choice(proposed):
        return proposed.phrase
    return said


def _hesitant_about(time: Found) -> bool:
    """Hedges the time ("Thursday at four should be okay"), unless a firm yes follows in the same
    turn ("..., she finishes at three-thirty. Yes, let's do that.")."""
    if not _hesitates_about(_said_around(time)):
        return False
    if _checked_before(time):
        return False
    return cues.FIRM_YES.search(time.reading.text, time.sentence_span[1]) is None


def _said_around(time: Found) -> str:
    """The time's sentence; in a chat or caption with no stops at all, only up to a few words past
    the time ("thu 2 works my practice manager Jo might jump on too")."""
    text = time.reading.text
    start, end = time.sentence_span
    if not cues.SENTENCE_STOP.search(text):
        end = min(end, cues.A_FEW_WORDS.match(text, time.end).end())
    return text[start:end]


def _checked_before(time: Found) -> bool:
    """"Let me see if Kenji's around — he's got Wednesday the fourteenth at eleven open.": the
    check was made there and then, and the time is what it found."""
    text = time.reading.text
    start = time.sentence_span[0]
    checks = cues.CHECKS_NOW.search(text, start, time.position)
    return checks is not None and not _hesitates_about(text[checks.end(): time.sentence_span[1]])


def _taken(time: Found) -> bool:
    """"Saturday he got swimming", "I've got the auditors in on Wednesday": naming the rep's time to
    say what already fills it."""
    text = time.reading.text
    if cues.TIME_TAKEN.match(text, time.end) is not None:
        return True
    return cues.TAKEN_BY.search(text, max(0, time.position - OWN_EVENT_REACH), time.position) is not None


def _offers_a_choice(time: Found) -> bool:
    """"Handover's at half seven and half two": times joined by "and" or "or" are options to pick
    from, not one agreed, and so is a time added as a sentence of its own ("Maybe Wednesday. Or
    Thursday.")."""
    return cues.times_as_options(time.reading.text, *time.sentence_span) or cues.plain(time.quote).startswith("or ")


def proposed_time(rep: TurnReading | None) -> Found | None:
    """The time the rep's turn proposed to meet at, if it proposed one (read only when a reply
    could accept it: the rep's long turns are the dearest to search for times)."""
    time = named_time(rep) if rep is not None else None
    if time is None or _writes_at(time):
        return None
    return time if _proposes(time) or _proposes_meeting(rep) else None


def _writes_at(time: Found) -> bool:
    """"I'll drop you a note on Monday to see if she's up for the call. Does that work?": when the rep
    will write, not a time to meet; so is "I'll send the invite this afternoon", unlike "I'll send the
    invite for Thursday"."""
    text = time.reading.text
    before = text[max(time.sentence_span[0], time.position - OWN_EVENT_REACH): time.position].rstrip()
    if any(found.end() == len(before) for found in cues.WRITES_AT.finditer(before)):
        return True
    sends_today = cues.LATER_TODAY.fullmatch(cues.plain(time.phrase)) is not None
    return sends_today and any(found.end() == len(before) for found in cues.SENDS_THE_INVITE.finditer(before))


# A prospect turn, the rep turn it answers, and the put-off it is, if it takes anything back.
Reply = tuple[TurnReading, TurnReading | None, Signal | None]


def find_agreement(readings: list[TurnReading], signals: dict[int, Signal]) -> Agreement | None:
    """What stands at the call's end: the decision if the prospect made one, else the last meeting
    they accepted. A no or a put-off takes back the decision made before it, and the meeting too
    unless it turns down something else."""
    replies = list(_replies(readings, signals))
    rep_after = {reading.number: after for reading, after in zip(readings, readings[1:]) if after.role == "rep"}
    return _standing_decision(replies) or _standing_meeting(replies, rep_after) or _learned_agreement(replies)


def _replies(readings: list[TurnReading], signals: dict[int, Signal]) -> Iterator[Reply]:
    previous_rep = None
    for reading in readings:
        if reading.role == "rep":
            previous_rep = reading
        elif reading.role == "prospect":
            put_off = signals.get(reading.number)
            takes_back = put_off is not None and put_off.put_off and not _keeps_the_meeting(put_off, previous_rep)
            yield reading, previous_rep, put_off if takes_back else None


def _standing_decision(replies: list[Reply]) -> Agreement | None:
    """The first decision after the last put-off; only what comes after it is read. A no to an
    add-on offered after the decision ("No, I'll pass on that. Just the stand.") keeps it, and so
    does any doubt once the deal is done (signed, or paid and gone through)."""
    start = 0
    for index, (_, previous_rep, put_off) in enumerate(replies):
        if put_off is not None and not (previous_rep is not None and previous_rep.search(cues.ADD_ON)):
            if _deal_done(replies[start:index]):
                break
            start = index + 1
    for reading, previous_rep, put_off in replies[start:]:
        decided = decision(reading, previous_rep) if put_off is None else None
        if decided:
            time = _time_to_meet(reading)
            return Agreement(reading, decided, "decision", time.phrase if time else None, previous_rep)
    return None


def _deal_done(replies: list[Reply]) -> bool:
    """Signed or paid after saying yes ("I'll pay the five hundred now." ... "It's gone through."); a
    contract signed years ago, told as a story, has no yes before it."""
    decided = False
    for reading, previous_rep, put_off in replies:
        if put_off is not None:
            continue
        done = reading.search(cues.DEAL_DONE) if decided else None
        if done is not None and not done.negated:
            return True
        decided = decided or decision(reading, previous_rep) is not None
    return False


def _standing_meeting(replies: list[Reply], rep_after: dict[int, TurnReading]) -> Agreement | None:
    """The last meeting accepted that no put-off took back, read from the last put-off about
    meeting, which cancels any meeting before it; `rep_after` holds the rep turn straight after a
    prospect turn."""
    start = 0
    for index, (_, _, put_off) in enumerate(replies):
        if put_off is not None and _about_meeting(put_off):
            start = index + 1
    meeting: Agreement | None = None
    last_reply: TurnReading | None = None
    reps_since_put_off: list[TurnReading] = []
    for reading, previous_rep, put_off in replies[start:]:
        asker, last_reply = last_reply, reading
        if previous_rep is not None and (not reps_since_put_off or reps_since_put_off[-1] is not previous_rep):
            reps_since_put_off.append(previous_rep)
        if put_off is not None:
            reps_since_put_off = []
            if meeting is not None and _stands_on_nothing(meeting):
                meeting = None
            continue
        accepted = (
            _meeting(reading, previous_rep)
            or _taken_up_by_the_rep(reading, rep_after.get(reading.number))
            or _agrees_a_colleagues_time(reading, asker, previous_rep)
            or _says_back_an_earlier_offer(reading, reps_since_put_off)
        )
        if accepted is None:
            continue
        if meeting is not None and _same_time(meeting, accepted):
            meeting = _sharpened(meeting, accepted)
        elif meeting is None or not (_follows_on(accepted) or _prepares_for(meeting, accepted)):
            meeting = accepted
    return meeting


def _taken_up_by_the_rep(reading: TurnReading, rep: TurnReading | None) -> Agreement | None:
    """"Thursday at two?" answered "Thursday at two works.", "She's got Monday the ninth at eight
    forty-five." answered "Monday the ninth at eight forty-five, I'll take it.": a time the prospect
    puts, which the rep's next sentence, little more than a time, takes. A day alone ("She's in on
    Friday") leaves the hour to settle."""
    own = _time_to_meet(reading) if rep is not None else None
    if own is None or not cues.NAMES_AN_HOUR.search(cues.plain(own.phrase)) or _hesitant_about(own) or _offers_a_choice(own):
        return None
    start, end = rep.sentences[0]
    times = list(cues.NAMED_TIME.finditer(rep.text, start, end))
    if not times:
        return None
    bounds = [start, *(at for time in times for at in time.span()), end]
    between = " ".join(rep.text[bounds[i]: bounds[i + 1]] for i in range(0, len(bounds), 2))
    if not cues.TAKES_THE_TIME.fullmatch(between):
        return None
    said = rep.turn.text[times[0].start(): times[-1].end()]
    return Agreement(reading, own, "meeting", said if len(said) > len(own.phrase) else own.phrase, rep)


def _agrees_a_colleagues_time(reading: TurnReading, asker: TurnReading | None, rep: TurnReading | None) -> Agreement | None:
    """"Monday? After morning milking, like ten?" from one buyer, then "Fine. Monday at ten." from
    the other, straight after: the time one asked the other, agreed between them."""
    if asker is None or asker.number != reading.number - 1 or not asker.text.rstrip().endswith("?") or named_time(asker) is None:
        return None
    own = _time_to_meet(reading)
    if own is None or own.quote.endswith("?") or _hesitates(reading) or _taken(own):
        return None
    if not set(cues.time_words(own.phrase)) <= set(cues.time_words(asker.text)):
        return None
    return Agreement(reading, own, "meeting", own.phrase, rep)


def _says_back_an_earlier_offer(reading: TurnReading, reps: list[TurnReading]) -> Agreement | None:
    """"I've got Thursday at half four" ... "What's the assessment?" ... "Fine. Thursday, half
    four.": the rep's last time proposed, said back once the prospect's question about it is
    answered. The rep's turns are searched for times only once the reply names one."""
    if _hesitates(reading) or _time_to_meet(reading) is None:
        return None
    for offer in reversed(reps):
        if reading.number - offer.number > OFFER_REACH:
            return None
        proposed = proposed_time(offer)
        if proposed is not None:
            said = _says_back(reading, proposed)
            return Agreement(reading, said, "meeting", said.phrase, offer) if said is not None else None
    return None


def _follows_on(meeting: Agreement) -> bool:
    """Proposed for after the step already agreed ("when Piotr's done, I'll call you the Monday
    after"): a later step, so the agreed one is still the next."""
    return meeting.proposal is not None and meeting.proposal.search(cues.FOLLOWS_ON) is not None


def _prepares_for(meeting: Agreement, later: Agreement) -> bool:
    """"I'll send you the list to check before Monday. Is Friday okay for that?" once "Monday morning
    ... Half nine?" is agreed: a deadline for the meeting's groundwork, so the meeting is still the
    next step."""
    proposal = later.proposal
    met = set(cues.time_words(meeting.reading.text))
    if proposal is None or not met:
        return False
    text = proposal.text
    return any(
        cues.AHEAD_OF.search(text, 0, time.start()) and met & set(cues.time_words(time.group(0)))
        for time in cues.NAMED_TIME.finditer(text)
    )


def _about_meeting(put_off: Signal) -> bool:
    """A put-off about the meeting ("No. Cancel Tuesday.", "I'll call you") cancels it; a no to
    something else put later ("Not this week, I'm slammed" to an extra visit), or something asked for
    ahead of it, leaves a meeting the rep proposed standing."""
    said = put_off.reading
    time = said.search(cues.NAMED_TIME)
    if time is not None and cues.AHEAD_OF.search(said.text, 0, time.position):
        time = None  # "Can you send us something in writing before Friday?" prepares for the meeting
    return bool(time or said.search(cues.MEETING_WORDS) or said.search(cues.CANCELS))


def _stands_on_nothing(meeting: Agreement) -> bool:
    """A time the prospect merely mentioned, not one the rep proposed, goes with any put-off."""
    proposal = meeting.proposal
    if proposal is None:
        return True
    time = named_time(proposal)
    return not (_proposes_meeting(proposal) or (time is not None and _proposes(time)))


def _keeps_the_meeting(put_off: Signal, previous_rep: TurnReading | None) -> bool:
    """A no to the deal from someone who asks for the meeting's invite in the same breath ("Send the
    invite. But we're not signing anything on Friday"), says back the time the rep proposed
    ("Fine. Thursday at two. But I'm not buying anything"), or asks to be called at a time after
    the no ("No, dear. Ring back on Thursday at four"), keeps the meeting; "maybe, send me an
    invite and I'll see" does not. Any put-off keeps it when the rep's time is said back on its own
    ("We'll see what Karen says. Friday at two."), not turned down ("Not Wednesday.")."""
    said = put_off.reading
    if _says_back_alone(said, previous_rep):
        return True
    if put_off.kind != "failed_close":
        return False
    confirms = said.search(cues.CONFIRMS_MEETING) or _says_back(said, proposed_time(previous_rep)) or _asks_for_a_call_after(put_off)
    return confirms is not None and not _hesitates_about(cues.plain(confirms.quote))


def _says_back_alone(reading: TurnReading, rep: TurnReading | None) -> bool:
    time = named_time(reading)
    if time is None or rep is None or time.quote.rstrip(" .!") != time.phrase:
        return False
    return set(cues.time_words(time.phrase)) <= set(cues.time_words(rep.text))


def _asks_for_a_call_after(put_off: Signal) -> Found | None:
    asks = put_off.reading.search(cues.ASKS_FOR_A_CALL)
    if asks is None or asks.position < put_off.found.position:
        return None
    return _time_to_meet(put_off.reading)


def _says_back_stated(reading: TurnReading, rep: TurnReading | None) -> Found | None:
    """"Great, Saturday at eleven." after the rep's "Saturday at eleven. I'll have the grey one out
    front": the time the rep's turn opens on, said back, agrees it; not "it won't exist on Monday"."""
    stated = named_time(rep) if rep is not None else None
    return _says_back(reading, stated) if stated is not None and stated.position == stated.sentence_span[0] else None


def _says_back(reading: TurnReading, proposed: Found | None) -> Found | None:
    own = named_time(reading) if proposed is not None else None
    if own is None or own.quote.endswith("?") or _taken(own):
        return None
    return own if set(cues.time_words(own.phrase)) == set(cues.time_words(proposed.phrase)) else None


def _same_time(agreed: Agreement, later: Agreement) -> bool:
    """A later yes to the time already agreed ("See you Tuesday") confirms it; the agreement stays
    where it was made. The time agreed is in the yes or in the rep's proposal it accepted."""
    texts = (agreed.reading.text, agreed.proposal.text if agreed.proposal is not None else "")
    said = {word for text in texts for word in cues.time_words(text)}
    return not said.isdisjoint(cues.time_words(later.when))


def _sharpened(agreed: Agreement, restated: Agreement) -> Agreement:
    """"He says eleven's fine." then "Tuesday at eleven then.": the agreement stays where it was
    made, with the fuller time."""
    if len(cues.time_words(restated.when)) > len(cues.time_words(agreed.when)):
        return replace(agreed, when=restated.when)
    return agreed


def _learned_agreement(replies: list[Reply]) -> Agreement | None:
    """Where no cue found a yes: the last prospect turn the learned model reads as one, after the
    last put-off (a yes taken back is none). New authors agree in words no rule lists ("Oh, go on
    then. Put me down for it."): to the time the rep proposed, or with no time or meeting about, to
    the deal (unless the rep offered a smaller step). A turn the rules have read for a reason
    against (a hedge or a no, a decision cue, a time of the prospect's own) is theirs to judge, and
    a question ("Do you have a payment plan?") agrees to nothing yet, nor does a yes to a choice of
    times ("Tuesday at ten or Wednesday at two?")."""
    model = agreement_model()
    for reading, previous_rep, put_off in reversed(replies):
        if put_off is not None:
            return None
        if previous_rep is None or not reading.words or not model.says_yes(reading.words, previous_rep.words):
            continue
        agreement = _agreement_in_new_words(reading, previous_rep, model)
        if agreement is not None:
            return agreement
    return None


def _agreement_in_new_words(reading: TurnReading, rep: TurnReading, model: WordModel) -> Agreement | None:
    if _hesitates(reading) or reading.search(cues.DECISION) or named_time(reading) is not None:
        return None
    window = reading.search(cues.VAGUE_WINDOW)
    if window is not None and not window.quote.endswith("?"):
        return None  # putting it off to a window ("Let's just say next week."), not asking for one
    start, end = model.most_telling(reading, rep.words)
    if reading.text[start:end].endswith("?"):
        return None
    found = Found(reading, start, reading.turn.text[start:end])
    proposed = proposed_time(rep)
    if proposed is not None:
        # A yes to "Wednesday afternoon or any time Thursday" picks neither.
        return None if _offers_a_choice(proposed) else Agreement(reading, found, "meeting", proposed.phrase, rep)
    if named_time(rep) is not None or rep.search(cues.MEETING_WORDS) or _offers_a_smaller_step(rep):
        return None  # a yes to meeting with no time, or to a step short of the deal
    return Agreement(reading, found, "decision", None, rep)


def commitment_level(agreement: Agreement) -> str:
    if agreement.kind == "decision":
        return "decide"
    context = agreement.reading.text + " " + (agreement.proposal.text if agreement.proposal else "")
    for level, pattern in cues.LEVEL_CUES:
        if pattern.search(context):
            return level
    return "time"


def has_agenda(agreement: Agreement, readings: list[TurnReading]) -> bool:
    """Both sides know what the next conversation is for."""
    if agreement.kind == "meeting":
        # The proposal, the yes, and the rep's confirmation after it (another prospect may speak first).
        after = readings[agreement.reading.number:]
        confirmation = next((r for r in after[:AGENDA_REACH] if r.role == "rep"), None)
        context = [agreement.reading, *after[:1], confirmation, agreement.proposal]
        return any(r.search(cues.AGENDA_WORDS) for r in context if r is not None)
    later = readings[agreement.reading.number - 1:]
    return any(named_time(r) and r.search(cues.AGENDA_WORDS) for r in later)


def offered_fallback(readings: list[TurnReading], signals: dict[int, Signal], agreement: Agreement | None) -> bool:
    """After a no or a put-off, did the rep offer a smaller step (a time, a person, a follow-up date)?
    Once the prospect has decided, the meetings that follow (onboarding, a kickoff) are the deal's."""
    first_no = min((s.turn for s in signals.values() if s.put_off), default=None)
    if first_no is None:
        return False
    last = agreement.reading.number if agreement is not None and agreement.kind == "decision" else len(readings)
    return any(
        r.role == "rep" and (r.search(cues.FALLBACK_STEP) or _proposes_meeting(r)) for r in readings[first_no:last]
    )


def _proposes_meeting(reading: TurnReading) -> bool:
    return reading.derived("proposes_meeting", _puts_meeting)


def _puts_meeting(reading: TurnReading) -> bool:
    """Puts a meeting or a time to the prospect ("Would a short call with him work?", "Tuesday at
    eleven?", "Can we go through it together? When's good for you?"), as opposed to asking for the
    deal again; the time may be said before the question ("She has Saturdays. What suits you?")."""
    puts_a_step = any(
        (cues.ASKS_WHEN.search(q.plain) or cues.WOULD_IT_WORK.search(q.plain) or cues.SUGGESTS.search(q.plain) or _bare_time(q.plain))
        and not (reading.search(cues.CLOSE) and cues.CLOSE.search(q.plain))
        for q in reading.questions
        if q.text.endswith("?")
    )
    about_meeting = puts_a_step and (reading.search(cues.MEETING_WORDS) is not None or named_time(reading) is not None)
    # A step offered in the same breath as a ploy ("just for you. Tomorrow at ten?") is more pressure.
    return about_meeting and not (reading.search(cues.PRESSURE_PLOY) or reading.search(cues.ARGUES_DOWN))


def proposed_but_unaccepted(readings: list[TurnReading]) -> TurnReading | None:
    """The last rep turn that put a named time on the table, when no agreement followed."""
    for reading in reversed(readings):
        time = named_time(reading) if reading.role == "rep" else None
        if time is not None and _proposes(time):
            return reading
    return None
