"""Phrase patterns, grouped and named by what they mean in a sales conversation.

Everything is compiled once at import so judging a call costs a few regex searches per turn;
`phrases.speed_up_all()` recompiles the phrase lists for speed once a process judges more than
one call.
Patterns run on `plain(text)`, which only swaps typographic apostrophes, so match positions
stay valid in the original text and quotes can be cut from it verbatim.
"""

from __future__ import annotations

import re

from reviewer.engines.offline.phrases import Phrases, any_of, phrases


def plain(text: str) -> str:
    """Lower case with straight apostrophes, character for character, so positions stay valid."""
    swapped = text.replace("\u2019", "'").replace("\u2018", "'")  # far quicker than translate
    lowered = swapped.lower()
    if len(lowered) == len(swapped):
        return lowered
    return "".join(c.lower() if len(c.lower()) == 1 else c for c in swapped)


# The dots of a clock's "a.m." or "p.m.", which end no sentence unless it ends there: the last one
# does before a capital, except a day's name or a place's time ("three p.m. Lagos time?").
_CLOCK_DOTS = r"(?<![a-zA-Z][aApP])(?<=[aApP])\.[mM](?:\.(?=\s+(?:[a-z0-9]|[A-Z](?:[a-z]*day\b|[\w-]* time\b))))?"
# A sentence trimmed of spaces: words up to its stop (`Hello ?` included), or a stray stop after a
# space (`Yes. ... Okay` has three); stops at the very start belong to no sentence.
_SENTENCE = re.compile(
    r"[^.!?\s](?:[^.!?]*(?:" + _CLOCK_DOTS + r"[^.!?]*)*(?<=[^.!?\s]))?(?:\s*[.!?]+)?|(?<=\s)[.!?]+"
)


def sentences(text: str) -> list[tuple[int, int]]:
    """(start, end) spans of the sentences in `text`, trimmed of spaces; read in its own case, which
    tells a clock's "p.m. See you" from its "p.m. your time"."""
    return list(map(re.Match.span, _SENTENCE.finditer(text)))


CLAUSE_BREAK = re.compile(r"[,:;]")
SENTENCE_STOP = re.compile(r"[.?!]")
# Where a sentence is taken to end in text with no stops: three words on.
A_FEW_WORDS = re.compile(r"(?:[^\w']*[\w']+){0,3}")
WORD = re.compile(r"[a-z]++(?:['-][a-z]++)*+")  # possessive: the same words, found without backtracking
# Words of a time that do not tell two times apart.
TIME_FILLER = frozenset({"at", "on", "by", "the", "this", "next", "like", "say", "half", "quarter", "past", "to", "o'clock"})


# A word of a time, digits included ("28th", "10:30", "o'clock").
TIME_WORD = re.compile(r"[a-z0-9]++(?:[':.-][a-z0-9]++)*+")


def times_as_options(text: str, start: int = 0, end: int | None = None) -> bool:
    """Times joined by "and" or "or" ("half seven and half two", "today or tomorrow"): options to
    pick from, not one time fixed."""
    times = list(NAMED_TIME.finditer(text, start, len(text) if end is None else end))
    return any(text[earlier.end() : later.start()].strip(" ,") in ("and", "or") for earlier, later in zip(times, times[1:]))


# "Thursday's" in "Thursday's fine": the day, not something of Thursday's.
POSSESSIVE_END = re.compile(r"['\u2019]s$")


def time_words(when: str | None) -> list[str]:
    """The words that tell a time apart ("Wednesday at eleven" gives wednesday, eleven; "the 28th"
    gives 28th; "Thursday's fine" gives thursday)."""
    return [word.removesuffix("'s") for word in TIME_WORD.findall(plain(when or "")) if word not in TIME_FILLER]


# --- the rep's moves -------------------------------------------------------------------------

# Asking for the decision or the deal itself.
# The words that count, up to ninety.
_COUNTING_WORDS = (
    "one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen"
    "|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety"
)
# The start of a sum of money or a figure said in words or digits ("fifteen", "$40", "a hundred").
# The hours of a clock, in words.
_HOURS = "one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve"
A_FIGURE = r"(?:[$£€]|\d|(?:" + _COUNTING_WORDS + r"|a hundred|a thousand)(?![\w']))"
CLOSE = phrases(
    r"(?:do you |so do you )?want (?:it|the slot|the booking|the job|the place) or not",
    # Not "what made you want to join today?", asked of someone on the call.
    r"(?<!made you )(?<!makes you )(?:want|like|ready|good|happy) to (?:get (?:started|going|signed up)|move forward|go ahead|sign|proceed|"
    r"start|lock (?:it|this|that) in|pull the trigger|commit|buy|join|place (?:the|an|your) order|do (?:it|this)(?! properly| right| differently)|move on (?:it|this|that))",
    r"(?:shall|should|can|could) we (?:get (?:started|you started|going)|move forward|go ahead|proceed|"
    r"lock (?:it|this|that) in|get (?:the|that) (?:paperwork|contract|agreement))",
    r"(?:are|r) you (?:in(?! (?:a|an|the|your|any|some|touch|charge|town|london|the office)(?![\w']))|ready|on board)",
    # The dealer's close put as a question ("So what would it take to get you in this boat today?").
    r"what (?:would|will|does|do) it take (?:to|for (?:me|us) to) (?:get you|earn your|win your|do business|make (?:this|it) happen|get (?:this|it|that|the (?:deal|contract|agreement|paperwork)) (?:done|signed|over the line|across the line|through))",
    r"(?:get|sign) you (?:started|signed up|on board|set up|enrolled|enroled|registered)",
    r"put (?:(?:[\w-]+ )?(?:thousand|hundred|grand)|\d+k?|(?:a|the) deposit) down",
    r"(?:(?:i|we) (?:can|could)|(?:shall|should|can|could) i) (?:set|sign) (?:it|you|that|this) up(?: for you)? (?:now|today|right now|on (?:the|this) (?:phone|call))",
    r"want me to (?:go ahead and )?(?:set (?:it|you|that|this|the [\w']+(?: [\w']+)?) up|set up (?:the|your|a) (?:[\w']+ ){0,2}(?:plan|account|order|subscription|membership)|sign you up|put (?:it|that|this|the order) through|book (?:it|you|that) in)",
    r"book (?:it|one|yours|him|her|them) (?:in )?(?:today|now|tonight)",
    r"(?:do|have) we (?:have )?a deal", r"(?:would|will|does|could) (?:that|this|it) get (?:us|you|me|it|this) (?:there|over the line)",
    r"(?:shall|should|can|could|may) i (?:go ahead and |just )?(?:renew|order|process|activate|place|put through)(?: (?:it|that|this|them|the \w+|your \w+|you in))?(?= *\?| (?:now|today|at|for|then|on)(?![\w']))",
    r"(?:put|charge) (?:it|that|this|them) (?:on|to) (?:the|your) (?:\w+ )?account(?= *\?)", r"(?:shall|should|can|could) i (?:go ahead and )?confirm (?:it|that|the booking|your booking|the order|your order)(?= *\?)",
    r"(?:shall|should|can|could) i (?:just )?(?:get|book) you (?:booked |signed )?(?:in|up)(?= *[?.,!]| for| on| today| now)",
    r"(?:shall|should|can|could) i (?:reserve|book|hold|save|grab) you (?:a|the|your) (?:place|spot|seat|slot)",
    r"(?:grab|grabbing|secure|securing|reserve|reserving) (?:the|your|a) (?:spot|place|seat|slot) (?:now|today|while)",
    r"(?:shall|should|can|could) i (?:just )?(?:put|sign|get|set) you (?:up |down )?(?:on|for) (?:the |a |our )?(?:monthly|annual|yearly|(?:[\w']+ )?(?:plan|policy|package|membership|subscription))",
    r"(?:shall|should|can|could|may) (?:i|we) (?:go ahead and |just )?(?:register|enrol|enroll|sign up|sign) (?:you|him|her|them)(?: up| in| on)?(?= *\?| today| now| then| for)",
    r"let's (?:just )?(?:get (?:you )?started|get you (?:signed up|set up|in|covered|protected|booked in)|lock (?:it|this|that) in|do (?:it|this)(?! (?:the other|another|a different|some other) way| differently)|sign)",
    r"(?:can|could|shall|may) i (?:just )?(?:take|grab|get|have) (?:a|your|the) (?:card|card number|long card number|payment|deposit|bank details)",
    r"(?:let's|let us) (?:just )?(?:start|do|sort) (?:the|your) paperwork",
    r"let's (?:just )?get (?:your|the|this) (?:[\w']+ )?(?:application|paperwork|form|order|enrol(?:l)?ment|policy) (?:in|started|going|done|submitted|through)",
    # A step toward the deal asked for at once ("Let's start the application right now").
    r"(?:let's|let us|can we|shall we|should we|we can) (?:just )?(?:start|get|do|begin|kick off|set up|sign|fill out|open)"
    r"(?: [\w']+){0,4} (?:right now|now|today|tonight|on this call)(?= *[.?!,]|$| and)",
    r"(?:just )?sign (?:it|here|the \w+) (?:whenever|when) you're ready",
    r"which (?:one|option|plan|package)(?: [\w']+){0,2} (?:works|suits|sounds|is) (?:better|best)",
    r"(?:sign|signing) (?:up )?(?:today|now|this week)",
    r"(?:start|get started|kick off|begin) (?:today|now|this week|right away)",
    r"(?:tell|let) (?:the |my |our )?[\w']+ (?:know )?(?:that )?you're (?:proceeding|going ahead|moving forward|taking it|on board|in)(?![\w'])",
    r"can i count on you (?:for|to)",
    r"get (?:it|this|that|things|the (?:paperwork|contract|agreement|order|po)) (?:moving|rolling|going)(?: [\w']+){0,2} (?:now|today|this week)",
    r"(?:send|sending|email|emailing) (?:you |over )?(?:the |our |a |an )?(?:secure |signing |short )?(?:contract|agreement|paperwork|payment link|invoice|order form|booking form|docusign|credit application)",
    r"take (?:the |your )?(?:card|payment|deposit) (?:over the phone|now|today|on the (?:phone|call))",
    r"you (?:can |could )?(?:just )?sign (?:it|that|this|here)(?= *[.,!]|$| and)", r"(?:meet|talk|speak|call|sit down) to finali[sz]e",
    r"(?<!labour )(?<!labor )(?<!loyalty )(?<!membership )(?<!id )(?<!sim )(?<!business )(?<!report )(?<!health )(?:card|payment) (?:details|info|information|number)", r"(?:can|could) you (?:do|make|send) (?:the|a) (?:bank )?(?:transfer|payment|deposit)\b", r"(?:why don't you|why not) (?:just )?(?:book|sign|buy|grab|lock|take|secure|reserve)(?: [\w']+){0,3} (?:now|today|tonight)\b", r"how (?:do|would|will) you (?:want|like) to pay(?! for)", r"grab (?:your|a) (?:card|credit card|debit card|wallet)",
    r"put (?:down )?(?:a|the) (?:[\w']+ ){0,3}deposit", r"put (?!(?:you|me|us) on hold)(?:[\w']+ ){1,3}on hold", r"hold (?:it|them|the \w+) (?:for you|with)",
    r"(?:shall|should|can|could|may) i (?:send|get|draw up|put together|draft|email|write up) (?:you |over )?(?:the |a |an )?"
    r"(?:terms|contract|agreement|paperwork|enrollment|invoice|order|letter|link|quote|proposal|po)",
    r"(?:get|have) (?:it|this|that|the (?:[\w']+ ){0,3}(?:contract|agreement|letter|paperwork|order|form|po|deal|document|docs))s? signed", r"(?:lock|locking) (?:all |them |it |this |that |these )?(?:[\w']+ ){0,2}in (?:today|now|this week)",
    r"(?:sponsor|approve|sign off on) it", r"can we agree (?:on|to) (?:that|this|it)",
    r"(?:do|sign|get|start) (?:the |your )?paperwork (?:now|today|done|started|going)", r"over docusign",
    r"(?:signed|countersigned) (?:[\w']+ ){0,2}(?:letter|contract|agreement|paperwork|order form)", r"(?:the |your )?first (?:month's |months )?(?:fee|payment|invoice)",
    r"(?:ready|able) to (?:make|give me) (?:a|the|your) decision", r"(?:(?:shall|should|can|will) i|i can|we can) (?:put|ring|process) (?:it|that|this|them|the (?:order|sale)) through",
    r"(?:take|make|put down|do|did) (?:a |the )?(?:small |quick |refundable )?(?:payment|deposit)", r"with (?:a |the )?(?:small |quick |refundable )?(?:payment|deposit)(?! plans?)",
    r"lock in (?:the|your|this|that) (?:rate|price|spot|deal|discount)",
    r"(?:sign|signing) (?:the |your |our )?(?:paperwork|contract|agreement|order form|letter|docs)",
    r"(?:what|which) card", r"(?:visa|mastercard|amex|debit card|credit card) or (?:a |an )?(?:visa|mastercard|amex|debit|credit)",
    r"(?:i|we) (?:just )?need (?:a|your) (?:card|card number|long card number|bank details|sort code)(?= to| *[.,!]|$)",
    r"which (?:one|option|plan|package)(?: do| would) you (?:want|like) to (?:go with|take|start with|do)", r"card or (?:ach|bank|check|cheque|apple pay|google pay|paypal)", r"(?:read|give) me the (?:card|number)",
    r"(?:would|will|could) you (?:be (?:able|comfortable|ready) to )?(?:sign|sign off on|approve)(?: \w+){0,4} (?:today|tonight|now|this week)",
    r"(?:what do you say|how about we get started)",
    r"(?:will|shall|should|can|could) i (?:put|pencil) you down for (?:the|those|these|them|that|both|(?:one|two|three|four|five|six|ten|twelve|twenty|\d+) [\w']+)",
    r"(?:are you|is that) (?:happy|okay|ok|alright|all right|fine) for me to (?:go ahead|proceed|process|place|put (?:it|that|the order) through|set (?:it|that|this) up)",
    # "So let's do the sixty": the amount asked for.
    r"let's (?:just )?(?:do|make it|go for|go with) (?:the )?" + A_FIGURE,
    # "Shall I go ahead and match you with a little girl?", "Can I put you down now?", "What if I hold her for you until Friday?"
    r"(?:shall|should|can|could|may) i go ahead and (?!(?:send|email|explain|tell|show|share|check|ask|answer|walk|go through|book a|set up a (?:call|meeting|demo)))[\w']+",
    r"(?:shall|should|can|could|may) i (?:just )?put you down(?= *\?| now| today)", r"hold (?:her|him|it|them|the \w+|your \w+) for you",
    # "Would you be open to starting a paid pilot with two sites next month?"
    r"(?:would|are) you (?:be )?(?:open|willing|ready) to (?:start|starting|sign|signing|go ahead|going ahead|move forward|moving forward|commit|committing)(?! (?:a |the |this )?(?:conversation|chat|call|discussion|dialogue|looking|thinking|exploring|talking)(?![\w']))",
    # "If I shoot the DocuSign over right now, can you just have a look while we're on the phone?"
    r"(?:shoot|fire|ping|pop) (?:you )?(?:the |a )?(?:docusign|contract|agreement|order form)(?: over| across| through)?",
)
# A close the rep rules out in its own sentence ("Then signing today would be the wrong thing for you").
RULED_OUT = phrases(
    r"(?:would|'d|is|'s) (?:be )?(?:the )?wrong (?:thing|move|call|time)", r"(?:would not|wouldn't|isn't|is not) (?:be )?(?:the )?right (?:thing|move|call|time)",
    r"makes? no sense", r"(?:doesn't|does not|wouldn't|would not) make sense", r"(?:is|'s) off the table",
)

# A bare no: a refusal only when it answers a close or a request.
BARE_REFUSAL = phrases(
    # "Yeah, no, that makes sense.": a yes, the "no" only clears the ground.
    r"(?<!yeah, )(?<!yeah )(?<!say )(?<!says )(?<!saying )"
    r"no(?! (?:problem|worries|doubt|question|brainer|sales|pitch|hard sell|rush|pressure|idea|clue|longer|one|matter|more|less|need|reason|big deal|harm|promises?|guarantees?|obligation))"
    # Not agreeing with a question put in the negative ("No, of course not.").
    r"(?!,? (?:obviously|of course|definitely|certainly) not)",
    r"(?<=yeah, )no(?= *[.!]|$)", r"(?<=yeah )no(?= *[.!]|$)", r"^(?:um,? |uh,? )?i (?:don't|do not) know(?:,? [a-z]+)?(?= *[.!]|$)",
    r"nope", r"nah", r"neither(?= *[.!]|$)", r"(?:i'm|i am|we're|we are) not (?:so )?sure(?= *[.!]|$)", r"(?:i )?(?:don't|do not) think so", r"not (?:yet|now|right now)", r"i (?:really )?(?:don't|do not) know(?= *[,.!]|$)",
    # A polite no in a second language ("Today... it is a little difficult.").
    r"(?:it is|it's|that is|that's|this is) (?:a little|a bit|a little bit|little bit) (?:difficult|hard|complicated|tricky)(?= *[.!]|$)",
    r"let's (?:just )?do nothing",
    # "A hundred and fifty grand of inventory I don't have floor space for. Yeah, no."
    r"(?:(?<=^)|(?<=[.!?] ))yeah,? no(?= *[.!]|$)",
)
# A refusal that names the decision it turns down ("not today", "I said no"): a failed close
# whatever the rep's previous turn looked like.
STRONG_REFUSAL = phrases(
    # Opening the reply, not a caveat after a yes ("Monday nine, come to the office. But I am not promising anything").
    r"^(?:no,? |look,? |well,? )?(?:(?:i'm|i am|we're|we are) not promising|(?:i|we) (?:don't|do not|can't|won't) promise) (?:anything|owt|nothing|that)",
    r"(?:i|we) (?:haven't|have not|didn't|did not) agree(?:d)? to anything",
    r"(?:he|she|they) (?:already )?(?:said|says) no(?= *[.,!]|$)", r"(?:don't|do not) bother (?:ringing|calling|phoning|ring|call|phone)",
    # Not "don't call before ten", which says when to.
    r"(?:please )?(?:don't|do not) (?:call|ring|phone|chase)(?: (?:me|us))?(?: (?:again|back|tomorrow|anymore|any more))?(?= *[.,!]|$)", r"(?:don't|do not) (?:send|pencil|book|put) (?:any |the )?(?:paperwork|contract|anything|me|us)", r"(?:don't|do not) (?:put|push|send) (?:it|that|this|the application) through",
    r"(?:let's|let us|can we|we'll have to|i'll have to|i need to) (?:scrap|cancel|drop|ditch|pull) (?:the |that |this |it|\w+day)",
    r"not (?:today|tonight|ready|quite ready|there yet|at this (?:point|stage|time)|this (?:week|month|quarter|year))",
    r"(?<!can you )(?<!could you )(?<!would you )hold off", r"holding off", r"(?:i'll|we'll) take (?:my|our) chances",
    r"(?:not sure (?:i|we) can|(?:i|we) (?:can't|cannot)) (?:do (?:it|that|this) )?(?:today|tonight|right now|this week)",
    # No room for the stock offered ("I haven't got room for that").
    r"(?:haven't|have not|don't have|do not have|ain't) (?:got )?(?:the )?(?:room|space) for (?:that|it|this|them|any more|more)(?![\w'])", r"no room for (?:that|it|this|them|any more|more)(?![\w'])",
    # A sum out of reach for now ("I can't do three grand right now").
    r"(?:i|we) (?:can't|cannot) (?:do|afford|pay|spend|find) (?:[\w']+ ){1,3}(?:right now|at the moment|this (?:month|year))",
    r"(?:can't|cannot|won't|not going to|not gonna|couldn't|(?:don't|do not) (?:really )?want to) (?:commit|decide|sign|do (?:that|it|this|a|the|any)|"
    r"make (?:that|a|the|this) (?:call|decision)|go ahead|move forward|justify|say yes|pull the trigger|pay(?= (?:before|until|till|upfront|up front|now|today|yet|anything)\b))",
    # Not declining to share a detail ("I'd rather not name them"), nor being keen ("I'd rather not lose
    # another week").
    r"(?:i'd|we'd|i would|we would) rather (?:not(?! (?:say|name|go into|get into|share|disclose|mention|give|lose|waste|miss|wait|delay|have to)\b)|wait|hold)",
    r"(?:wait|waiting) (?:a bit|a while|until|till)",
    r"(?:too|a bit|a little) (?:soon|early|fast|quick)",
    r"slow (?:down|it down)",
    r"(?:don't|do not) think (?:we're ready|i'm ready|we are ready|i am ready|now)",
    # Passing on it, not "carry it to the pass".
    r"need more time", r"(?:i'll|we'll|i will|we will|i'm going to|we're going to|gonna|i'd|we'd|think i'll) pass\b(?! (?:it|this|that|them|the message|your (?:details|number|message|name)) (?:on|along))", r"pass (?:for now|on (?:it|this|that))",
    r"(?:(?<=^)|(?<=[.!?] ))pass(?= *[.,!]|$)",
    # "We can't." and not "we can't, like, split it by version": a filler after the comma goes on.
    r"(?:i|we) (?:really |just |simply )?(?:can't|cannot|won't|couldn't)(?=\s*[.!]|\s*,(?!\s*(?:like|um|uh|erm|er|you know)(?![\w']))|\s*$)",
    r"(?:i'm|we're|i am|we are) not (?:signing|committing|buying|switching|doing(?! anything (?:till|until|before|after|on|at|then|that|this|tonight|tomorrow)\b)(?! (?:that|this|it) again)|putting|paying(?! (?:a fortune|silly money|over the odds|through the nose|more than|for (?:you|someone|somebody|anyone) to))|going to rush|rushing|changing|deciding|making)",
    r"(?:me|i) not (?:signing|committing|buying|paying)", r"not signing (?:anything|nothing|it|that|this|today|now)",
    r"not (?:comfortable|sure about|ready for) (?:signing|committing|deciding|moving|that|this|it)",
    r"not in a position to", r"(?:that's|it's) not happening(?= *[.!]|$| today| now| this (?:week|month|year))", r"(?:that's|that is) not something (?:we|i) (?:do|can do|'d do|would do)", r"(?<!and )(?:i|we) (?:already |just )?(?:said|told you) no(?! because)", r"i (?:already |just )?told you(?= *[.!]|$)",
    r"(?:don't|do not) think (?:i|we) (?:can|could) (?:do (?:it|this|that)|commit|afford|swing|make (?:it|that) work)",
    r"i (?:just |already )?(?:said|told you),? not",
    r"(?:don't|do not|never) (?:sign up|sign|buy|commit|agree) (?:to |for )?(?:anything |stuff |things )?(?:over|on) the phone",
    r"(?:i'll|i will|i'm going to|i'm gonna|we'll|we're going to|we're gonna) (?:just )?(?:leave|give) it(?: there| for now| a miss)?(?= *[,.!]|$| thanks)", r"not (?:before|until|till) (?=[\w'])", r"no(?:,)? thank you", r"no thanks",
    r"(?:don't|do not|never|won't|will not) sign (?:anything|nothing|a thing) (?:on the spot|today|on the phone|over the phone|on a call)",
    # The decision turned down in the rep's own terms ("I'm not enrolling her tonight", "We won't be ringing you by five").
    r"(?:i'm|we're|i am|we are) not (?:enrolling|signing|booking|buying|paying|committing|registering)(?: [\w']+){0,2} (?:tonight|today|now|right now)",
    r"(?:we|i) won't be (?:ringing|calling|phoning|signing|paying|booking|buying)",
    # A thank-you wrapped in a no, and a request turned down as a rule ("No. Thank you, but no.", "We don't give out personal numbers").
    r"thank(?:s| you),? but no", r"(?:can't|cannot|couldn't) (?:really |honestly )justify", r"(?:we|i) (?:don't|do not|can't|cannot|won't) give out (?:personal |private |his |her |their |mobile |cell |direct |anyone's )?(?:numbers?|details|emails?|addresses|mobiles?)",
    r"(?:it|that)(?: isn't|'s not| is not) allowed",
    r"(?:the|our|my) decision(?:'s|s| is| has) (?:been )?made(?= *[.!,]|$)", r"(?:we've|we have|i've|i have) (?:already )?(?:made|taken) (?:the|our|my|a) decision(?= *[.!,]|$)",
    # "I'm not booking anything.", "Don't do that.", "I'd rather you didn't, honestly."
    r"(?:i'm|i am|we're|we are) not (?:booking|buying|signing|taking|ordering|committing to) anything", r"(?:(?<=^)|(?<=[.!?] ))(?:please )?(?:don't|do not) do that(?= *[.!]|$)",
    r"(?:i'd|i would|we'd|we would) (?:rather|prefer) you (?:didn't|did not|don't|do not)(?= *[.,!]|$| honestly)",
)
REFUSAL = any_of(BARE_REFUSAL, STRONG_REFUSAL)
# A no that says what it turns down: the deal, or doing it now.
NAMES_THE_DECISION = re.compile(r"decid|sign|commit|buy|go ahead|move forward|proceed|pay|doing|today|now|ready|rush|switch|justify")
# A time that holds an hour, not just a day ("Thursday at two", "say four", "at 9:30").
NAMES_AN_HOUR = re.compile(r"\d|(?<![\w'])(?:" + _HOURS + r"|noon|midday)(?![\w'])")
# What may stand beside the times in a rep's reply that takes the time the prospect put ("Thursday
# at two works.", "Eight-fifteen Eastern tomorrow, perfect.", "Monday the ninth at eight forty-five,
# I'll take it."), once the times are cut out.
TAKES_THE_TIME = re.compile(
    r"(?:[\s,.!]*(?:at|on|the|then|eastern|pacific|central|your time|(?:uk|our|my|[a-z]+) time|it is|works(?: for (?:me|us))?|suits(?: (?:me|us))?|"
    r"perfect|great|lovely|brilliant|done|sounds good|i'll take it|that works|is (?:perfect|great|fine|good)|booked|locked in|"
    r"[a-z-]*(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|teenth|tieth)|\d{1,2}(?:st|nd|rd|th)|"
    r"(?:" + _HOURS + r")(?:[- ](?:fifteen|thirty|forty-five|o'clock))?)(?![\w']))*[\s,.!]*"
)
# A question about what already happened ("Did you get the email I sent over on Tuesday?"), not
# "Did you want to do Thursday?".
ASKS_ABOUT_THE_PAST = re.compile(r"(?:did|have|had) you (?!(?:want|wanna|need|fancy)\b)")
# An ask cut down to its object ("Five units then?", "Even fifteen minutes, stood up in the coffee room?").
ASKS_IN_A_FRAGMENT = re.compile(
    r"(?:(?:even|just|only) (?:a |an )?(?:[\w-]+ )?(?:minutes?|mins|hours?|units?|cases?|boxes|seats|licen[cs]es)(?![\w']).*"
    r"|(?:[\w'-]+ ){0,2}[\w'-]+ then)\?"
)
# A no to a time, not to the step ("not this week").
NOT_THIS_TIME = re.compile(r"not (?:today|tonight|this (?:week|month))")
# A day or an hour said on its own, as when someone answers for a time just offered ("Nine's good").
TIME_SAID_ALONE = (
    r"(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|morning|afternoon|noon|\d\d?(?::\d\d)?"
    r"|(?:" + _HOURS + r")(?: fifteen| thirty| forty-five| o'clock)?)"
)
# Said just before a time, to ask for something ahead of it rather than to move it.
AHEAD_OF = re.compile(r"(?:before|ahead of|in time for) $")
# A time found fault with, just before the fault ("Four's too early", "Monday is a bit soon").
FAULT_OF_A_TIME = re.compile(r"(?<![\w'])" + TIME_SAID_ALONE + r"(?:'s| is| would be|'d be)(?: a bit| a little| way| much)? $")

# Pressure: urgency, scarcity, telling the prospect they are wrong, guilt, ultimatums,
# demanding money, dismissing the objection.
PRESSURE_PLOY = phrases(
    # A rise ahead, held over the prospect ("by the time you get round to it the price will have gone up").
    r"(?:the )?(?:price|prices|cost|rate)s? (?:will have gone|(?:will|'ll|is going to|are going to|is|are|'s) (?:go|going) up)",
    r"every (?:month|week|day|year) counts", r"today's the day",
    # A slot that others want ("Thursday'll be gone by then, I've got three people after that slot").
    r"(?:[a-z]+'ll|will|is going to|[a-z]+'s going to) be gone by (?:then|tomorrow|the morning|the weekend|monday|tonight)",
    r"(?:people|others|someone|customers|families|couples) (?:after|wanting|waiting on|chasing) (?:that|this|the) (?:slot|date|spot|booking|appointment)",
    r"(?:i've|i have|we've|we have) (?:only )?got (?:the )?(?:one|a single|one last|the last) slot",
    # A reward for deciding today ("If we get you signed up today, I'll waive the first month").
    r"if (?:you|we) (?:get (?:you |it )?)?(?:sign(?:ed)?(?: up)?|commit|go ahead|book|decide|start) (?:[\w']+ ){0,3}today,? (?:i'll|i can|i will|we'll|we can|we will|you get|you'll get)",
    # A price held only to a date ("If we get the renewal signed by Friday I can hold you at fifteen. After Friday it reverts").
    r"if (?:you|we) (?:can )?(?:get|have) (?:it|this|that|the(?: [\w']+){1,2}) signed (?:by|before) (?:\w+day|the end|tomorrow|tonight|today)",
    r"(?:it|the (?:price|rate|discount|offer|pricing|deal)|that) (?:then |just )?reverts\b",
    r"(?:only|just) (?:approved|authori[sz]ed|signed off|cleared) (?:through|until|till|for) (?:the end of )?(?:today|tonight|this \w+|\w+day)",
    r"(?:only|just) for (?:[\w']+ ){1,4}(?:booked|signed|paid|bought) (?:this week|today|tonight|now|by \w+day)",
    r"(?:deposit|payment) (?:today|now) to (?:hold|lock|secure) (?:the|your|this|that) (?:price|rate|spot|slot|place|discount)",
    # The price of waiting ("if you wait there's real risk", "You'd just be losing a week").
    r"if you wait,? there(?:'s| is) (?:a )?(?:real |big |serious )?risk",
    r"(?:you'd|you would|you'll|you will) (?:just |only )?be (?:losing|wasting) (?:a|another|the|your) (?:week|day|month|time|slot|season)",
    r"(?:getting|are|is|get|gets) (?:all )?booked up", r"(?:usually |always |normally )?(?:fills|sells out|books up) (?:up )?by (?:mid-|the end of |early |late )?\w+",
    # Guilt about what waiting does ("your knee's not going to fix itself").
    r"(?:isn't|is not|not) going to (?:fix|sort|solve|heal|mend) itself", r"(?:you )?can't put a price on",
    # What the family is left with if the prospect waits.
    r"(?:would|will|'d|'ll) be left (?:to pay|paying|holding|with (?:the bill|everything|nothing))",
    r"(?:only|offer|price|discount|deal|rate|spots?|this) (?:[\w']+ )?(?:good|valid|available|expires?|ends?|goes up|lasts?|runs|guaranteed|held|fixed|on) "
    r"(?:until|till|through|today|tonight|tomorrow|this week|at midnight|on \w+day|soon)",
    r"(?:expires?|ends?) (?:today|tonight|tomorrow|this (?:week|month)|at midnight|friday|soon)",
    r"(?:go|goes|disappear|disappears|expire|expires|end|ends|run out|runs out)(?: away)? (?:at|by) the end of (?:the|this) (?:month|week|quarter)",
    # A discount or a freebie tied to acting before a date ("first three months free if you take the demo before the thirty-first").
    r"if you (?:[\w']+ ){1,4}before the (?:end of the (?:month|week|quarter)|[\w-]+(?:st|nd|rd|th))",
    # "only two spots", not "a link that only offers slots you've allowed".
    r"(?:last|final|only (?:one|two|three|four|five|six|a few|a couple(?: of)?|a handful of|\d+)) (?:spots?|chance|seats?|places?|slots?)",
    r"can't (?:guarantee|promise|hold) (?:the|these|this|that|those) (?:terms|prices?|rates?|offer|deal|quote|discount)",
    r"can't (?:guarantee|promise|hold) (?:you )?(?:the|these|this|that|those) (?:[\w']+ )?(?:slot|spot|date|booking|place|villa|room|unit|crew|team)s?"
    r" (?:past|after|beyond|tomorrow|next|for long|much longer)",
    # Holding the prospect to a yes they have just taken back ("And you did say yes a minute ago").
    r"you did say yes", r"you (?:already |just )?said yes (?:a minute ago|earlier|already|before)",
    # Waving the doubt away ("You can't believe everything on Google", "it's a bit unfair to judge us").
    r"you can't believe everything", r"unfair to judge (?:us|me|the)",
    r"(?:spots?|seats?|places?|slots?) (?:left|remaining)", r"what(?:'s| is) there to think(?: about)?(?=\?)",
    # The last of something ("the onboarding slot on the first is the last one we've got this quarter, they go fast").
    r"(?:is|'s) the last (?:one|slot|spot|place|seat|date|unit) (?:we've got|we have|i've got|i have|left|available)",
    r"(?:they|these|those|slots|spots|places|seats) go (?:fast|quick|quickly)(?= *[.,!]|$| in| at| before| this| around)",
    r"(?:only|just) (?:one|two|three|four|five|a few|a couple|\d+) left in (?:the |our |my )?(?:godown|warehouse|stock|yard|showroom|shop|store|depot|lot)",
    r"(?:spots?|seats?|places?|slots?|tickets?) (?:are|is|'re|'s) (?:almost|nearly|already|all but) (?:gone|full|taken|booked)",
    r"before (?:the |those |these )?(?:spots?|seats?|places?|slots?|they|it) (?:go|are gone|run out|fill up|sell out)(?= *[.,!?]|$)",
    r"the (?:spot|seat|place|slot|offer|price|deal|discount) (?:might|may|will|could) be gone",
    r"(?:can|could) only hold (?:[\w']+ ){0,3}for (?:\d+|twenty-four|forty-eight|a few|a couple of|one|two|three) (?:hours|days)",
    r"(?:jump|move) on (?:it|this|that) (?:quick|quickly|fast|now|today)",
    # Stock or slots said to be short ("allocation for Mexico is tight", "the next slot is November").
    r"(?:allocation|stock|supply|availability|inventory)(?: for [\w']+)? (?:is|'s) (?:really |very |super )?(?:tight|limited|short|scarce)",
    r"(?:the )?next (?:slot|allocation|delivery|batch|opening|build slot) (?:is|isn't|won't be|would be)(?: until| till| not till| not until)? (?:[\w']+ )?"
    r"(?:january|february|march|april|may|june|july|august|september|october|november|december|next year|months away)",
    r"if you wait(?: [\w']+){0,6},? (?:it's|it'll be|it will be|that's|you'll pay|you pay) (?:[\w']+ ){0,3}more",
    # Guilt: "It's going to look pretty bad if finance blocks it", "Don't let him be the excuse".
    r"(?:going to|gonna|it'll|it will|it would|that'll|that would|that'd) look (?:pretty |really |very |a bit |quite )?(?:bad|terrible|awful)",
    r"(?:don't|do not) let (?:him|her|them|that|it|money|the price|[\w']+) be (?:the|an|your) excuse",
    r"(?:you'd|you would|you'll|you will|you could) never forgive yourself", r"(?:you'd|you would|you'll|you will) be kicking yourself",
    # Booking past the no ("I'll pencil you in for the Thursday anyway").
    r"(?:pencil|put|book) you (?:in|down)(?: [\w']+){0,4} anyway",
    r"(?:hold|keep|reserve|save|put aside) (?:[\w']+ ){0,3}for you(?: [\w']+){0,2},? (?:anyway|just in case)",
    # Stock about to run out ("Monday week the kegs will be gone").
    r"(?:will|'ll) (?:all )?be gone(?= *[.,!]|$| by| before| though| then| soon| next| in)",
    # Being left out ("You don't want to be the only pub in Shandon without it").
    r"(?:don't|wouldn't|do not|would not) want to be the (?:only|last) (?:[\w']+ ){1,5}(?:without|not)",
    # A discount for acting now, said before the condition ("ten percent off the first two if you take them this week").
    r"(?:percent|per cent|quid|pounds|dollars|euros?|rand|bucks|hundred|grand) off (?:[\w']+ ){0,4}if you (?:[\w']+ ){1,4}(?:today|tonight|now|this week|before [\w']+)",
    # The price or the slot lost the moment the call ends ("Once we put the phone down it goes back to
    # the full rate", "it goes to the next builder on the list", "You ring Coastline, you lose the crew").
    r"(?:goes|go|is going|will go|'ll go) back (?:up )?to (?:the )?(?:full|normal|standard|usual) (?:rate|price|fee)",
    r"(?:not able to|can't|cannot|won't be able to) hold (?:this|that|the) (?:price|rate|offer|deal|discount)",
    r"(?:can|could) only hold (?:this|that|it|the (?:price|rate|offer|deal|slot|discount)) (?:until|till|til|for)",
    r"only (?:available|valid|good|on offer) (?:while (?:we're|we are) on (?:the|this) (?:call|phone)|on (?:this|the) call)", r"(?:telephone|phone)-only offer",
    r"(?:goes|will go|'ll go) to the next (?:[\w']+ )?(?:on the list|in line|in the queue)",
    r"you(?:'ll)? lose (?:the|your|that|this) (?:crew|slot|spot|place|price|rate|deal|discount|booking|date)(?! for (?:a|an|the|half|\w+ (?:days?|hours?)))",
    r"(?:such a |a real |a )shame to miss (?:out|it)", r"(?:don't|do not) let (?:fear|doubt|your (?:fears?|doubts?|nerves)) (?:make|decide|stop|hold)",
    # "It goes up in April", not "it can go up on the break-room TV" nor "a cushion if rates go up".
    # A price about to change to a higher figure ("In March the price goes to fifteen").
    r"(?<!if )(?<!in case )(?:the )?(?:price|cost|fee|rate) (?:goes|is going|will go|jumps|rises|moves) (?:up )?to " + A_FIGURE,
    r"(?<!if )(?<!in case )(?<!if labour )(?<!if labor )(?<!if energy )(?<!if interest )(?<!if fuel )(?:prices?|rates?|costs?) (?:(?!(?:doesn't|don't|won't|never|not|can't) )[\w']+ )?(?:goes|go|is going|are going|will go) up",
    r"it (?:(?:usually|normally|always|probably|definitely|just) )?(?:is going|goes|will go|'s going) up(?! on| to the| in the| there| here)",
    r"(?:prices?|rates?|costs?) (?:firm|harden|climb|jump|rise|shoot) ?(?:up)?(?= *[.,!]|$| again| soon| after| once)", r"before the rush",
    r"(?:we're|we are) (?:increasing|raising|putting up) (?:it|the price|prices|our prices|rates|pricing)",
    r"(?:i'd|i would) hate (?:for you )?to (?:lose|miss)", r"(?:i'd|i would) hate (?:to see )?(?:that|this) (?:to )?happen", r"out of your own pocket",
    r"won't come (?:up|around|round|along|back) again",
    r"(?:gone|expires?|ends?|disappears?|goes away|won't (?:be there|hold|last)) (?:after|at|by|past)? ?(?:tonight|today|midnight|friday|the weekend|next \w+|\w+day)",
    r"won't be (?:here|there|around|available) (?:tomorrow|next|after|long|for long|much longer|(?:in|by|come) (?:january|february|march|april|may|june|july|august|september|october|november|december|the new year))",
    r"(?:pricing|price|offer|deal|discount|rate)(?: is|'s)? only (?:there|around|available|good|valid|on) (?:until|till|through|to)\b",
    # A discount for an answer now ("If you put pen to it today I can take another five percent off").
    r"if you (?:[\w']+ ){1,5}(?:today|tonight|now|this week),? (?:i|we)(?:'ll| can| could| will)(?: [\w']+){0,2} (?:take|knock|give|throw|waive|add)\b",
    # Not room to spare ("two feet left for the knock box").
    r"(?:five|six|seven|eight|nine|ten|a dozen|a handful of) (?!(?:[\w']+ )?(?:years?|months?|weeks?|days?|hours?|minutes?|miles?|feet|foot|inch|inches|metres?|meters?|yards?)\b)(?:[\w']+ ){0,2}(?:left|remaining)(?! (?:to|on|in))",
    r"(?:one|two|three|four|a few|only \w+) (?!(?:feet|foot|inch|inches|metres?|meters?|centimetres?|cm|mm|yards?|square)\b)(?:[\w']+ ){0,2}(?:left|remaining)(?! (?:to|on(?! (?:those|these|that|the) dates?)|in))",
    # A hold about to be let go ("The hotel releases my hold to the public at midnight tonight").
    r"(?:release|releases|drop|drops|lose|loses) (?:my|our|the|your) hold", r"(?:the )?clock(?:'s| is) ticking",
    r"(?:are you sure|do you really want|you really want) (?:you want )?to risk (?:losing|missing)",
    r"lock (?:in|it in|this in|them in)(?: \w+){0,4} (?:now|today|this week|before)", r"locked in (?:now|today|this week|before)",
    r"(?:founding|launch|early|special|introductory)[- ](?:rate|price|pricing|discount)",
    r"come on,", r"the sooner (?:[\w']+,? ){1,8}the better", r"(?:only )?(?:good|valid) (?:on|for) this call",
    r"(?:gone|taken|snapped up) (?:in|within) (?:like |about |a )?(?:few|\w+) (?:days|weeks)", r"(?:come|coming) crying",
    r"(?:that's|that is) what (?:everybody|everyone|they all|all my clients) (?:says?|said|tells? me)", r"(?:doing|do) (?:[\w']+ ){0,3}a disservice",
    r"(?<!when it )(?<!if it )(?:isn't|is not|that's not|that isn't) (?:fine|true|the case|a real reason)",
    r"(?:with respect|respectfully),", r"(?:that's|that is) (?:a )?(?:common )?misconception",
    r"(?:everybody's|everyone's|everybody is|everyone is) (?:happy|fine) (?:till|until)",
    r"(?:the )?(?:mindset|thinking|attitude) that(?:'s| has)? (?:keeps|kept|keeping)",
    # Telling the prospect they are wrong about their own business.
    r"(?:is|are|that's|it's) (?:a |just a |honestly a |really a )?false economy", r"(?:and|but) you (?:don't|do not) even (?:know|realise|realize|notice|see) it",
    r"once (?:(?:those|these|they|it|that|the|one)(?: [\w']+){0,2} (?:are|is)|(?:[\w']+ )?(?:it's|they're|one's|that's)) gone", r"won't last", r"(?:they|it|those|these|that)(?:'ll| will) not last", r"so (?:that )?you (?:don't|do not|won't) (?:lose|miss)(?: out)?(?= *[.,!]| on| the| your| this| that| it)",
    r"(?:the|those|these) (?:slots?|spots?|places?|seats?)(?:'ll| will| are going to| are gonna) go(?= *[.,!]|$| fast| quick)", r"act (?:now|fast|today)", r"(?:limited|one-time|one time) (?:offer|time|availability)",
    r"(?:if|when|only if) (?:you|we) (?:sign|commit|decide|start|buy|join|book|lock in|enrol|enroll)(?: \w+){0,2} (?:today|now|right now|tonight|this (?:week|month)|by \w+day)",
    r"(?:you're|you are|you'd be|you would be) (?:making a (?:big |huge )?mistake|wrong|crazy|mad|foolish|missing out)",
    r"(?:that's|that is) (?:not|simply not) (?:true|right|a real (?:issue|problem|concern)|really (?:an|a) (?:issue|problem|concern))",
    r"(?:that's|that is|it's|it is) not (?:really |quite |entirely |strictly )?(?:accurate|correct|true)(?= *[.,!]|$| though| actually)",
    r"(?:that's|that is|it's|it is) (?:just )?(?:an excuse|a cop-out)",
    r"(?:people|folks|those|the ones|customers|anyone|women|men|the \w+(?: [\w']+){0,4}) who (?:wait|waited|hesitate|hesitated|delay|delayed)\b"
    r"[^.?!]{0,50}?\b(?:are the ones|don't|never|always|lose|lost|regret|miss|pay|end up)",
    r"(?:regret|lose|lost|miss out)[^.?!]{0,40}(?:the ones|people|those) who (?:wait|waited|hesitated|delayed)",
    r"(?:is|that's|it's|would be|being) (?:kind of |honestly |frankly |a bit |pretty |just )?(?:irresponsible|reckless|negligent|careless|naive)",
    r"think fast", r"(?:don't|do not) (?:wait|take) too long", r"can't (?:sit on|hold) (?:it|this|that|them) (?:for )?(?:long|forever|much longer)", r"(?:it's|they're|these are|this one's|this one is|this is|that one's) going (?:fast|quick|quickly)",
    r"(?:people|ones|buyers|folks|those) who (?:get|win|land|grab) (?:these|them|it|this|one)(?: [\w']+){0,3} (?:are the ones who |are those who )?(?:move|act|moved|acted|are) (?:quick|quickly|fast)",
    r"if you wait(?: [\w']+){0,6},? you(?:'ll| will| could| might| may)(?: [\w']+)? (?:miss|lose|pay more|end up)", r"(?:don't|do not) (?:sleep|sit) on (?:it|this)",
    r"(?:today|tonight|this (?:week|month|weekend)) only", r"only (?:today|tonight|on this call)",
    r"(?:decide|decision|sign|commit|lock (?:it|this|that) in|agree|yes|answer|today|now)(?: [\w']+){0,3} (?:on|during) this call",
    r"lock in (?:the |your |that |this )?(?:bonus|discount|price|pricing|rate|spot|deal|offer)",
    r"lock in (?:the|that|this) " + A_FIGURE,
    r"(?:it's|it is) a yes or a no", r"(?<!say )(?<!says )(?<!saying )yes or no\?",
    r"trust me(?= *,)", r"(?:don't|do not) overthink",
    r"everyone (?:says|feels|thinks) that",
    r"(?:can you|can't|cannot) afford (?:not|to wait)",
    r"if not now,? when",
    r"(?:so )?you're (?:fine|okay|ok|happy) (?:staying|with staying|being) (?:stuck|where you are)",
    r"(?:i|we) (?:need|just need|'ll need) (?:your|a) (?:card|signature|deposit|decision|commitment|credit card|go-ahead|answer|sign-off)",
    r"(?:i|we) (?:need|just need|'ll need) the (?:deposit|signature|card|payment) (?:today|tonight|now|by)",
    # Not telling the prospect where to sign once they have said yes ("then just sign at the bottom"), nor
    # describing what they will pay ("you'll just pay interest on it").
    r"(?<!you'll )(?<!you'd )(?<!you )(?:just|simply) (?:sign|put down|pay|give me your card)(?! (?:at|on|where|in|next to|below|the bottom)(?![\w']))",
    r"what's (?:really )?(?:stopping|holding) you(?: back)? (?:from )?(?:signing|starting|buying|saying yes|getting (?:started|it signed|signed))",
    r"(?:the |a )?no[- ]brainer",
    r"(?:last|final) (?:time|chance) (?:i'll|i'm|i can|i will) (?:offer|make|do|ask|extend|hold)", r"(?:final|last) offer",
    r"(?:spots?|seats?|places?|slots?) (?:go|going|fill|filling) (?:fast|quickly|up)",
    r"(?:book|books|booking|fill|fills|filling|sell|sells|selling) (?:up |out )?(?:fast|quickly|quick)",
    r"only (?:onboard|take|accept|have room for) (?:[\w']+ ){0,2}(?:new )?(?:brands|clients|customers|people|students|companies)",
    r"(?:leaving|left|leave) (?:[\w']+ ){0,3}on the table", r"(?:cost|price) of (?:thinking|waiting|staying stuck|doing nothing|standing still|staying put)", r"every (?:day|week|month) you wait",
    r"(?:enrol(?:l)?ment|registration|the offer|this offer|the cohort|doors?|the deal|this deal|pricing|scheme|group|intake|promotion|promo|program|programme|window|grant|round|funding) (?:[\w']+ ){0,2}(?:closes?|closing|ends?) (?:to new [\w']+ )?(?:at|on|tonight|today|tomorrow|friday|this)",
    r"what(?:'s| is) (?:there )?(?:left |still |really )?to think about", r"(?:what's|what is) the cost of not (?:doing|starting|acting|fixing|signing|going)", r"(?:thinking|waiting) (?:about it |on it )?is how", r"(?:if you|you) (?:walk away|wait|say no)[^.?!]{0,30}nothing (?:changes|will change)",
    r"(?:you'll|you will|you'd|you would) (?:still )?be (?:having|in) (?:this|the) (?:exact )?same (?:conversation|place|position|spot)",
    r"would (?:\w+) (?:really )?want you to (?:keep|stay|carry on|go on)",
    r"what if something (?:happens|goes wrong) (?:before|in the meantime|while you)", r"(?:don't|doesn't) book an appointment",
    r"(?:cheaper|better|smarter) to (?:do it|start|sign|get it done|lock it in|get started) (?:today|now|this week)",
    r"are you sure (?:waiting|you (?:want|can afford) to wait)",
    r"(?:i'll|i will|we'll|we will) (?:have to )?(?:give|release) (?:your|the) (?:spot|place|slot)",
    # Someone else about to take it.
    r"(?:another|other|a second) (?:group|client|company|buyer|customer|party|business|firm|family|couple|team)s? (?:has|have|is|are|'s) "
    r"(?:got |put )?(?:a |an )?(?:soft |provisional )?(?:hold|interest|interested|looking at|after)",
    r"(?:someone|somebody) else (?:is|has|'s) (?:interested|looking|after|got a hold|a hold|put a hold)",
    r"(?:i'd|i would|you'd|you would|you'll want to|you need to|you'd want to|better) (?:move|act|get in) (?:fast|quickly|quick)",
    r"(?:you're|you are|you'd be|you'll be|you would be) (?:just )?(?:throwing|giving) (?:away|money away)",
    r"(?:mightn't|might not|may not|won't|will not|probably won't) be another (?:one|round|chance|window|opportunity|offer)",
    r"wish(?:es|ed)? (?:they'd|they had|i'd|i had|we'd|we had|you'd|you had) (?:done|started|signed|switched|moved|booked)(?: it| this| that)? sooner",
    r"(?:so )?(?:we|you) don't lose (?:the|your|this|that) (?:slot|spot|place|rate|grant|window|discount|price|deal)",
    r"(?:the )?numbers don't lie",
    # Telling the prospect they are wrong on the rep's say-so.
    r"(?:it is|it does|it really is|that is|that's exactly|that's just) how it works",
    r"(?:i've|i have) been doing this (?:for )?(?:[\w-]+ ){0,2}years",
    r"(?:that's|that is|it's|it is) (?:a |the )?(?:big |huge |classic |common )?mistake",
    r"(?:it's|that's|it is|that is) (?:just |only )?(?:a )?formality", r"everyone (?:does|did) (?:it|this|that)",
    # Foretelling the prospect's trouble if they stay ("if you stay with them you're going to get the same claims").
    r"(?:you'll|you will|you're going to|you're gonna|you are going to) (?:keep )?(?:get|getting|have|having|see|seeing|be dealing with|be stuck with) "
    r"(?:the (?:exact )?same|more of the same) (?:problems?|issues?|claims|results?|headaches?|mess|complaints)",
    r"(?:you're|you are) (?:going to|gonna) be stuck with",
    # An offer's end said in passing, others' regret, the cost of waiting in money ("it does finish on Friday", "A lot of people kick
    # themselves", "that's thirty grand you're handing back", "Don't let thirty grand walk out the door", "nothing to think about").
    r"(?:does|will) (?:finish|end) (?:on )?(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|today|tonight|tomorrow)", r"(?:people|folks|customers|they) (?:kick|kicking) themselves",
    r"(?:you're|you are|you'd be|you'll be) handing (?:[\w']+ ){0,2}back", r"(?:don't|do not) let (?:[\w']+ ){1,3}walk out (?:the|of the) door",
    r"(?:there's|there is) (?:honestly |really |literally )?nothing to think about",
    # Telling the prospect they do not know their own business ("most teams that say that are flying blind").
    r"flying blind", r"(?:most|a lot of|lots of) (?:[\w']+ ){0,2}(?:that|who) say that (?:are|end up|have)",
    # An offer with an end ("the termination buyout only runs through the end of this month, after that it's off the table").
    r"(?:only|just) runs (?:through|until|till|to) ", r"(?:after that|then|by monday|next week),? (?:it's|it is|that's|that is|it goes) off the table",
    # The doubt waved away as what others think until they learn better, and a yes made riskless ("That's what a lot of founders
    # think until they actually run the numbers", "You can't really lose").
    r"(?:that's|that is) what (?:a lot of|most|lots of|plenty of|many) (?:[\w']+ ){0,2}(?:think|thought|say|said) (?:until|till|before)", r"you can't (?:really )?lose(?= *[.,!]|$)",
    # Guilt and flattery toward the yes ("I'd hate for you to look back and feel you let this one go", "you're the kind of
    # person who cares", "you'll feel great about it").
    r"(?:i'd|i would) hate (?:for )?you to (?:look back|miss|regret|lose|let|feel|be the one)", r"you'll (?:feel|be) (?:great|so good|so much better|good) about it",
    r"(?:you're|you are) (?:just )?the (?:kind|sort|type) of (?:person|people|family|man|woman) who (?:cares|gives|helps|wants|does)",
    # Someone else paying for the no ("it's the children who pay for that in the end"), a child or a place held that will
    # not wait ("she won't be there forever").
    r"(?:who|that) (?:pay|pays|suffer|suffers|lose out|loses out) for (?:it|that|this|your no|the no)(?: in the end)?", r"(?:won't|will not) be (?:there|here|around|available) (?:forever|for ever|for long|much longer)",
    # "You'll wish you'd done it", "I need a yes or a no today", "Every HR director I've shown this to has ended up rolling
    # it out", "That's not something you want to be turning down", "I think you might have misunderstood the numbers".
    r"you'll wish you(?:'d| had) (?:done|signed|started|taken|got|booked|gone|joined|switched)", r"(?:i|we) (?:need|want|'ll need) (?:a|your) yes or (?:a )?no",
    r"every (?:[\w']+ ){1,3}(?:i've|i have|we've|we have) (?:shown|demoed|spoken to|talked to|pitched)(?: [\w']+){0,3} (?:has|have) (?:ended up |gone on to )?(?:rolling|roll|buying|bought|signing|signed|sign|taking|took|switching|switched)",
    r"(?:not something|nothing) you (?:want|'d want|would want) to (?:be )?(?:turning|turn|pass|passing|miss|missing)", r"you (?:might|may|must) have misunderstood",
    # A signature wanted by a day ("if I can tell him it's signed by Friday, I think I can get it done").
    r"(?:it's|it is|it was|you've|you have|we've|we have|get it|gets?|have it|having it) signed (?:by|before) (?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|tomorrow|tonight|the end of)",
    # "If we wait on an accountant, that territory is not going to be there. Accountants get paid to say no", "sleeping on it is
    # how people end up missing the promo", "What's really stopping you from doing this tonight?"
    r"(?:isn't|is not|not|won't|will not) (?:going to )?be (?:there|around|available)(?= *[.,!]|$| by| when| if| much longer| for long)", r"(?:get|gets|are) paid to say no",
    r"sleeping on it is how", r"what's (?:really )?(?:stopping|holding) you(?: back)? (?:from )?doing (?:this|it) (?:today|tonight|now)",
    # "The stop-loss quote is only good for thirty days, so really we'd need a decision this week to lock it in."
    r"(?:quote|offer|price|rate|pricing|discount|deal) (?:is |'s )?only (?:good|valid|open|available) (?:for|until|till|through)", r"(?:need|want|must have|have to have) (?:a|your) decision (?:this week|today|tonight|by (?:(?:mon|tues|wednes|thurs|fri)day|tomorrow|the end of))",
    # "It does expire after thirty days", "And are you sure about the voucher? Honestly most guests are glad of it."
    r"(?:expire|expires|runs out|lapses?) (?:after|in|within) (?:thirty|fourteen|seven|\d+|a few|a couple of) (?:days|weeks|hours)", r"are you (?:sure|certain) about (?:the|that|this|it)(?![\w'])",
)

# Questions that presume the yes outright: pressure even before any hesitation.
PRESUMES_THE_YES = phrases(
    r"(?:you'd|you would|you'll|surely you|i'm sure you|i think you) agree[^?]{0,100}\?",
    r"if i (?:could|can) (?:show|prove|get|make|guarantee)[^?]{0,100}(?:would you|is there any reason|any reason)",
    r"(?:who|why) wouldn't (?:want|you)",
    r"(?:you'll|you will) (?:want|need) to [^?.]{0,80}won't you",
    # Setting the objection aside to presume the yes ("If money wasn't a factor, would you do it?").
    r"if (?:money|price|cost|budget|the price|the cost) (?:wasn't|weren't|was not|were not|isn't|is not) (?:a |an )?(?:factor|issue|object|problem|concern)",
)
# Questions that lead more mildly: pressure once the prospect hesitates or the rep is closing.
SOFT_LEADING_QUESTION = phrases(
    r"(?:don't|wouldn't|won't|doesn't|isn't|aren't|can't|shouldn't) (?:you|it|that|this|we) "
    r"(?:[\w']+ )?(?:agree|want|think|like|love|make sense|be|sound|see|say)[^?]{0,80}\?",
    r"(?<=, )right\?", r"surely",
    # A statement with a tag ("you won't find that at this price, are you?") presumes its answer.
    r"(?<=, )(?:are|aren't|is|isn't|do|don't|does|doesn't|can|can't|would|wouldn't|will|won't|have|haven't) (?:you|it|they|we|that)\?",
    r"makes sense(?: to you)?,? (?:right|yeah)\?",
    r"(?:so|and) (?:you're|you are|we're|we are) ready[^?]{0,40}\?",
    r"(?:is|isn't) that (?:really )?what you (?:want|really want)\?",
    r"(?:do|would) you really want (?:your|to (?:keep|risk|leave|gamble|wait|lose|be))[^?]{0,80}\?",
)
LEADING_QUESTION = any_of(PRESUMES_THE_YES, SOFT_LEADING_QUESTION)

# Naming what the rep observes, or owning the mismatch.
TRANSPARENCY = phrases(
    r"i'm (?:sensing|noticing|getting the (?:sense|feeling|impression))",
    r"i (?:sense|notice|noticed|can tell|get the (?:sense|feeling|impression))",
    r"(?:it |this )?(?:sounds|seems|feels|looks) like (?:this|that|it|i|we|you're|you are|you're not|you've|you have|something|there's|there is|"
    r"you might|you may|you have some|you've got some|you haven't|my)",
    r"i(?:'m| am) not sure (?:this|that|i|we|it)(?:'s| is| am| have|'ve| are)? ?(?:landing|resonating|helping|hitting|useful|"
    r"what|right|asked|the right|been)",
    r"(?:i don't|i do not|i wouldn't) (?:really )?want to (?:assume|push|pressure|guess|presume|sell|invent|force|waste|talk you into)",
    r"(?:can|could|may|should) (?:we|i) (?:pause|step back|hit pause|take a step back|stop for)",
    r"(?:let me|let's|i'd like to|i want to) (?:pause|step back|take a step back|stop(?: there| talking| for a (?:second|minute|moment))?(?=[.,!])|back up)",
    r"(?:let me|so let me) stop (?:there|talking|here|and)",
    r"i'd (?:much |really )?rather (?:you tell me|hear (?:it|that|this)|know)",
    r"i (?:probably |may have |might have )?(?:muddied|muddled|confused|overcomplicated|complicated|lost you)",
    r"(?:i've|i have) been (?:mixing|doing exactly|getting|making)",
    r"i(?:'ve| have) (?:just |been )?(?:doing (?:all|most) (?:of )?the talking|talk(?:ed|ing) (?:a lot|too much|at you)|rambl(?:ed|ing)|"
    r"going on|pitch(?:ed|ing)|push(?:ed|ing)|reading you|rattl(?:ed|ing)|throw(?:n|ing)|listing|selling)",
    r"i (?:just )?(?:threw|gave|read|dumped|rattled off|hit you with|pushed|pitched)(?: you)? (?:a lot|all|the brochure|numbers|dates|a spec|that|you)",
    r"(?:haven't|have not|didn't) asked (?:you )?(?:a (?:single )?thing|anything|about you)",
    r"sorry about that", r"(?:that was|i was) (?:me )?(?:pushing|being pushy|too pushy|out of line|jumping ahead)",
    r"(?:i'll|let me|i want to|i'd like to|i should) be (?:upfront|honest|straight|transparent|clear)", r"(?:the )?honest answer(?:,| is)",
    r"i (?:said|explained|put|described) (?:that|it|this) (?:badly|poorly|wrong|terribly)", r"(?:let me|can i|could i|i'll) (?:ask|say|put|try) (?:it|that|this) (?:differently|another way|a different way|better)",
    r"(?:let me|let's) (?:start over|back up|reset|rewind)", r"(?:i|we) (?:did just|just) call(?:ed)? (?:out of nowhere|out of the blue)",
    r"(?:don't|do not|can't) blame you", r"(?:being|feel(?:ing)?|sound(?:ing)?|seem(?:ing)?) (?:a (?:bit|little) )?(?:skeptical|sceptical|hesitant|unsure|frustrated|unconvinced)",
    r"(?:that's|that is|it's) a (?:fair|reasonable|natural) (?:reaction|response|concern|question)",
    r"(?:you're|you are) right",
    r"i (?:may|might) not (?:be able to |actually )?(?:save|help|beat|fix|be (?:the|a) (?:right|good))",
    r"you (?:might|may|could) (?:well )?be right",
    r"i (?:may|might) have (?:jumped|gotten|got|been|missed|misread|rushed|pushed|gone|skipped|lost|assumed|not)",
    r"i think i (?:jumped|got ahead|missed|lost|rushed|pushed|misread|assumed|skipped|went)",
    r"(?:that's|that is|this is|that one's) (?:on me|my (?:fault|bad|mistake))",
    r"my (?:fault|bad|mistake|apologies)", r"i apologi[sz]e", r"sorry,? (?:i|that|if i)",
    r"i (?:got|get|jumped|went) ahead of (?:myself|things|where you are)",
    r"i (?:just |probably |might have |may have |kind of |sort of )?jumped (?:[\w']+ ){0,2}(?:ahead|to|into|in|straight|the gun)",
    r"i (?:haven't|have not|didn't|did not) (?:explained|done a (?:good|great) job|asked|made (?:that|it) clear|been clear|really asked|listened)",
    r"i (?:may|might) not (?:be asking|have asked|have explained|have been)",
    r"(?:from|based on) your (?:reaction|tone|answer|response)",
    r"(?:i hear|i'm hearing|i am hearing|there's|there is|i sense) (?:some |a bit of |a little )?(?:hesitation|hesitancy|doubt|concern|scepticism|skepticism|reservation)",
    r"(?:you|you've) (?:seem|sound|seemed|sounded) (?:a (?:bit|little) )?(?:hesitant|unsure|unconvinced|sceptical|skeptical|quiet|distracted|"
    r"busy|lukewarm|flat|less than|not (?:convinced|sure|impressed)|underwhelmed|confused)",
    r"(?:this|that) (?:isn't|is not|wasn't|may not be|might not be) (?:landing|resonating|what you|clear|useful|helping)",
    r"(?:let me|i'll|i should) (?:be honest|be straight|be transparent)",
    r"(?:to be|being) (?:honest|transparent|straight)",
)

# Acknowledging without pushing.
ACKNOWLEDGE = phrases(
    r"i (?:hear|understand|get) (?:you|that|it|where you're coming from)",
    r"(?:totally|completely|fully|i) (?:understand|get (?:it|that)|fair)",
    r"understood", r"(?:that )?makes (?:total |complete |perfect )?sense",
    r"(?:that's|that is|it's|totally|completely)(?: (?:a )?(?:totally|completely|absolutely|really|very|perfectly|entirely))? (?:fair|reasonable|understandable|okay|ok|fine|normal)",
    r"fair (?:enough|point|question)", r"fair(?=,)",
    r"no (?:problem|worries|pressure|rush)", r"of course", r"appreciate (?:you|that|your|the)",
    r"thanks for (?:being|telling|sharing|the honesty|saying)", r"good (?:question|to know|point)",
    r"(?:that's|that is) (?:a )?(?:big|real|important|good) (?:decision|question|point)",
    r"(?:that's|that is|it's|it is) (?:really |totally |completely )?(?:good|useful|important|helpful|great) (?:to hear|to know)",
    r"(?:that's|that is) (?:a |an )?(?:really |totally |completely )?(?:honest|important|useful|helpful|real) (?:answer|thing|point|thing to hear)",
    r"(?:that's|it's|you're) (?:so |very |totally )?(?:true|right)(?= *[,.!])", r"not weird", r"no offen[cs]e taken",
)

# The rep describing what it has just been doing in this call ("I've just read the list at you",
# "I probably skated over it"): first person, a past or perfect verb, aimed at the exchange.
OWNS_BEHAVIOUR = re.compile(
    r"\bi(?:'ve| have)?(?: (?:just|probably|really|kind of|sort of|basically|been|maybe|clearly|totally|completely))*"
    r" (?:[a-z]+ed|done|said|read|thrown|gone|given|made|told|put|went|got|kept|spent|[a-z]+ing)\b[^.?!]*\b(?:you|over it|past it|that)\b"
)

# Open questions that go into the prospect's view, goal, concern or direction.
CONCERN_WORDS = phrases(
    r"concerns?", r"concerned", r"hesitat\w*", r"pause", r"worr\w*", r"reservations?", r"unsure", r"doubts?",
    r"holding (?:you )?back", r"in the way", r"giving you", r"(?:haven't|have not|didn't) (?:addressed|covered|answered|asked|explained)",
    r"missing", r"(?:on|in|through) your (?:mind|head)", r"feel(?:ing)?", r"thinking", r"think", r"thoughts", r"matters?", r"important",
    r"priorit\w*", r"goals?", r"trying to", r"want", r"wanted", r"need", r"looking for", r"hoping", r"go from here",
    r"direction", r"where (?:should|do|would) (?:we|you)", r"useful", r"valuable", r"helpful", r"land(?:ing)?", r"resonat\w*", r"fit",
    r"change", r"achieve", r"success", r"rather", r"comfortable", r"biggest", r"best use", r"reasons?", r"behind",
    r"timing", r"budget", r"price", r"cost", r"risk", r"sure about", r"unclear", r"sense of", r"question(?:s)? (?:for me|you have)",
    r"make (?:it|this|that) (?:work|a yes|easier|right)", r"would (?:it|you) (?:take|need)",
    r"push (?:back )?on", r"want to know", r"ask (?:about|first)", r"care (?:about|most)", r"likely to (?:ask|say|raise|want)", r"weigh\w*", r"decid\w*", r"decision",
    r"talk (?:it )?(?:through|over) with", r"(?:she|he|they)(?:'ll|'d| will| would) (?:want|need|ask|worry)", r"show you", r"easier", r"harder",
    r"differently", r"instead", r"like (?:most|best|about)", r"skeptic\w*", r"sceptic\w*", r"push(?:es)? back", r"object\w*", r"stopp\w*", r"happens?",
    r"means? (?:for|to) you", r"look like", r"why", r"problem", r"challenge", r"frustrat\w*", r"struggl\w*", r"working", r"improve",
)
OPEN_QUESTION_START = phrases(
    r"what(?:'s| is| are| was| were| would| do| does| did| made| makes| part| about| else| kind| parts| specifically| concerns| worries| questions)?",
    r"how (?:do|does|did|would|could|are|is|can|come|so|should|are you|do you|would you)",
    r"why", r"where(?:'s)?", r"which", r"how's", r"who else", r"tell me", r"walk me", r"talk me", r"help me understand",
    r"describe", r"can you (?:tell|share|walk|help|say|explain)", r"could you (?:tell|share|walk|help|say|explain)",
    r"would you (?:tell|share|walk|mind sharing|be willing to share|add (?:anything|something))",
    r"is there (?:a|any|something|anything|one|another)", r"are there (?:any|other)",
    r"is it (?:mostly |more |just |really |partly )?(?:the )?(?:timing|price|budget|cost|money|product|company|us|me|fit|something|team|contract|risk)",
    r"i'm curious", r"i'd love to (?:hear|understand|know)", r"i want to understand",
    r"do you (?:know|have a sense|have any sense|mind (?:telling|sharing)) (?:what|why|how|where)",
)
# An open question put as a request ("Walk me through the business today.").
OPEN_PROMPT = phrases(
    r"tell me", r"walk me", r"talk me", r"help me understand", r"describe",
    r"(?:i'd love to|i'd like to|i want to|let's) (?:start by )?(?:hear|hearing|understand|understanding|know)",
)
# Opening courtesies: a reply to these is small talk, never a reset signal.
GREETING = phrases(
    r"hi", r"hello", r"hey", r"(?:good )?morning", r"good (?:afternoon|evening)", r"(?:good|nice|great) to (?:see|hear|meet|finally)",
    r"thanks (?:so much )?for (?:booking|taking|having|getting|picking|making|joining|coming|the time|your time)",
    r"is (?:now|this|it) (?:still )?(?:okay|ok|good|a (?:good|bad|okay) time)", r"can you hear me", r"(?:is|'s) your (?:camera|mic|microphone|audio|video|sound)", r"can you (?:all )?see (?:that|this|it|my screen)(?= *\?)", r"(?:have|got) a (?:minute|second|few minutes)",
    r"(?:did|have) i (?:caught|catch) you (?:at a bad time|between|in the middle|on the (?:road|way|go)|at (?:a good|an okay|a busy))",
    r"(?:(?:have you|you|you've) got|have you|do you have) (?:a|two|five|a few|a couple of) (?:minutes?|secs?|seconds?|moments?)",
    # Not "how are you managing your volunteers?".
    r"how(?:'s| is| are)? you(?: doing)?(?! [\w'])", r"how(?:'s| is)? it going(?! with| for)", r"how(?:'s| is)? your (?:day|week|morning)(?: going)?",
    r"how(?:'s| is| was) your (?:\w+day|weekend)(?: going| treating you| been)?",
    r"how(?:'s| is) the form", r"how's tricks", r"how(?:'s| are) things(?! with| at| in| on)",
)
# Saying what the call is about ("I'm calling about your renewal"): past the greeting.
STATES_PURPOSE = phrases(
    r"(?:i'm|i am|i was|we're) (?:calling|ringing|phoning|reaching out) (?:about|because|regarding|re|to (?:talk|follow|chat|discuss|ask))",
    r"(?:i|we) (?:just )?wanted to (?:see|check|ask|find out|talk|chat|follow up)",
    r"(?:the )?reason (?:for|i'm calling|i called)",
    r"as per my (?:email|e-mail|message|note|letter|voicemail)",
    # Handing the prospect the floor ("Martin, go for it."): what they say next is the business.
    r"(?:go for it|over to you|(?:the )?floor(?:'s| is) yours|fire away)(?= *[.!]|$)",
)
# Factual and yes/no question starts: a short answer to these is not disengagement.
FACTUAL_QUESTION_START = phrases(
    r"how (?:many|much|long|old|often|big|soon|far)", r"when", r"who(?! else)", r"which (?:day|time|one|date|week)", r"what time", r"what day", r"where (?:are|is) you based",
)
CLOSED_QUESTION_START = phrases(
    r"(?:do|does|did|is|are|was|were|have|has|had|can|could|will|would|should|shall|may|any)(?:n't)? "
    r"(?:you|it|they|we|he|she|that|this|there|your|i|questions)",
    r"any(?:thing|one|body)(?: else)?(?= (?!else\b)\w)",
)
LEAD_IN = re.compile(r"^(?:(?:so|and|but|or|okay|ok|well|now|then|right|great|cool|alright|oh|also|just|and so|sure|got it|perfect|um|uh|er|erm|can i ask|"
                     r"if i may|may i ask|out of curiosity|let me ask(?: you)?|i'm curious|tell me(?=[,.!])|"
                     r"love that|nice|awesome|totally|yeah|yes|hey|look|listen|honestly|actually|real quick|quick question)[,.!]?\s+)+")
# Checking the prospect understood ("Does that make sense?").
CHECKS_UNDERSTANDING = phrases(r"make(?:s)? sense", r"with me", r"follow(?:ing)?", r"clear")
CHECK_IN = Phrases([
    *CHECKS_UNDERSTANDING.alternatives, r"sound(?:s)? (?:good|right)", r"any questions", r"you know",
    r"cool\?", r"okay\?", r"ok\?", r"right\?", r"does that work", r"how(?: does|'s| is| do) (?:that|this) (?:sound|feel)", r"what do you think",
    # A tag that asks only to have the rep's guess confirmed ("You were after a boiler ad, weren't you?").
    r"(?:weren't|wasn't|aren't|isn't|don't|doesn't|didn't|haven't|hasn't|won't|wouldn't|can't|couldn't|shouldn't) (?:you|it|they|we|he|she|there|ya)(?= *\?)",
])

# Asking for a way to reach the prospect, taking down and confirming their details, or offering
# help at the desk ("how can I help?"): arranging or serving, not exploring.
CONTACT_DETAILS = phrases(
    r"(?:best|your|an?) (?:email|e-mail|number|phone number|mobile|address)(?: address)?(?: for you| to (?:use|reach you|send))?(?: (?:then|please|again|sir|ma'am|madam|po|mate))?(?=\?)",
    r"(?:take|confirm|grab|get|have) (?:your|the) (?:full )?(?:name|details|address|postcode|zip code|date of birth)",
    r"(?:is|are) your (?:[\w']+ )?(?:address|details|postcode|zip code|date of birth)", r"(?:is|are) you still (?:employed|working|living|at)",
    r"anything else (?:i|we) can (?:help|do)", r"(?:how|what) can (?:i|we) (?:help(?: you| ya)?|do for (?:you|ya))(?: today)?(?=\?)", r"(?:what's|what is) the (?:delivery |site |billing |postal )?(?:address|postcode|zip(?: code)?)(?=\?)",
)
# Asking leave to say something ("Can I be honest with you?"): a preface, not a question about them.
ASKS_PERMISSION = phrases(r"(?:can|could|may) i (?:be (?:honest|frank|real|straight|blunt)|level with you)")

# Accepting the brush-off and wrapping up.
WRAP_UP = phrases(
    r"(?:let|lemme) me know", r"hit me up", r"(?:reach|circle) (?:out|back)(?: to me)?(?: when| whenever| if)",
    r"talk soon", r"(?:whenever|when) you're ready", r"take (?:your|some|all the) time", r"no rush",
    r"sounds (?:good|great|perfect)", r"(?:have a|enjoy your) (?:good|great|nice)", r"(?:think|sleep) (?:it|on it) over", r"think it over",
    r"(?:i'll|i will) (?:wait|be here)", r"you know where to find me", r"keep in touch", r"speak soon", r"bye",
    r"it was (?:so |really )?(?:good|great|nice) (?:chatting|talking|to chat|to talk|meeting)",
)

# Sending what was asked for: in reply to a put-off, going along with it rather than asking into it.
PROMISES_TO_SEND = phrases(
    r"(?:i'll|i will|we'll|i can|let me) (?:send|email|shoot|forward|drop) (?:you|it|that|this|over|everything|some(?:thing)?|the|a|an|them|those|these|our|my)(?![\w'])"
    # A calendar invite books the meeting; it does not wave anything through.
    r"(?!(?: (?:the|an?|your|over))* (?:calendar |meeting |zoom |teams |diary )?(?:invite|invitation))",
    r"(?:i'll|we'll) get (?:[\w'-]+ ){1,6}(?:over )?to you",
)

# A smaller next step the prospect can shape: a time, a person to loop in, a follow-up date.
FALLBACK_STEP = phrases(
    r"something (?:much |a (?:bit|lot) |way |far )?smaller", r"a smaller (?:first )?(?:step|order|package|version|start|plan)", r"start (?:with )?(?:something )?small",
    r"(?:as )?a (?:first|small|smaller|little) step", r"small enough (?:start|step|trial|pilot|first)", r"as a (?:pilot|trial|first step)(?![\w'])", r"(?:talks?|speaks?) directly (?:with|to)", r"(?:single|one)[- ](?:site|location|store|team|clinic|branch|department|line|room) (?:pilot|trial|start)",
    r"(?:i|we) (?:spoke|speak|talked|talk|met|meet) (?:to |with )?(?:her|him|them|your [\w']+) (?:directly|myself|direct|in person)",
    r"(?:call|ring|phone|follow up with|check in with|catch up with|touch base with) (?:you )?(?:back )?"
    r"(?:later (?:today|this afternoon|this evening|tonight)|this (?:afternoon|evening)|tomorrow|on \w+day|\w+day|at \d)",
    r"(?:set up|book|schedule|grab|find|arrange|put) (?:a |some |15 minutes |twenty minutes |half an hour |a quick )?"
    r"(?:time|call|meeting|chat|slot|session|conversation)[^.?!]{0,40}(?:with|for) (?:you and |both of you|your|the two of you|all)",
    r"(?:loop|bring|invite|include|get) (?:in )?(?:your|her|him|them)[^.?!]{0,30}(?:on|into|in|to) (?:the |a |our )?(?:call|meeting|next)",
    r"(?:join|be on|sit in on) (?:the |a |our )?(?:next )?(?:call|meeting|conversation)",
    r"(?:put|book|schedule|grab|set up|pencil|block) (?:[\w']+ ){0,4}(?:on|in|into) (?:your|the|our) calendars?",
    r"(?:get|have|bring) (?:[\w']+ ){1,3}(?:on|onto|into|to) a (?:short |quick |brief )?(?:call|meeting|chat|zoom|demo|walkthrough)",
    r"(?:the|all) (?:three|four|both) of us", r"walk (?:her|him|them|you both|both of you|the two of you|your [\w']+) through", r"(?:came|come) (?:along|with you)",
    r"(?:call|ring) you (?:back )?(?:later|tomorrow|this afternoon|tonight|on \w+day|\w+day)",
    r"(?:could|can|shall|may) (?:i|we) (?:come|stop|swing) (?:out|by|over)",
    r"when(?:'s| would| should| could| can| is| will| shall| might| do| are)[^.?!]{0,50}(?:follow up|check in|call|reconnect|speak|talk|touch base|"
    r"good time|best time|quiet time|free time|works?|around|free|available|circle back|catch up|hear back|get together|meet|look at it|review|reach you)",
    r"what(?:'s| is| would be) (?:a |the )?(?:good|best|convenient) (?:time|day)",
    # Not an order ("Shall I put you down for a b-double?").
    r"(?:can|could|shall|may) (?:i|we) (?:call|follow up|check in|reconnect|pencil|book|schedule|put(?! (?:you|it|that|them|us) down for an? ))[^.?!]{0,40}\?",
)

# Asking whether a proposed step suits the prospect.
WOULD_IT_WORK = phrases(
    r"(?<!how we )(?<!how i )(?<!how they )(?<!how it )work(?:s)?(?: for (?:you|both of you|the two of you|them|him|her))?(?= *[?,])", r"make sense", r"help", r"suits?",
    r"(?:useful|helpful|worth it|easier) if",
    r"(?:be )?(?:okay|ok|useful|worth it)(?= *[?,])", r"(?:could|can|would) (?:you|they|he|she) (?:do|make|join|get)",
)

# --- the prospect's moves --------------------------------------------------------------------

# Fixing a time ("I don't like pinning things down"): refusing it stalls, and takes back a meeting.
PINNING_DOWN = r"(?:pin|pinning|nail|nailing|tie|tying) (?:things|it|anything|myself|a (?:time|date|day)) down"
# The prospect will ring once they know ("might be easier if I just ring you back when I know"):
# a put-off that keeps the next move.
RINGS_BACK_WHEN_READY = r"(?:if i|i can|i could|let me|i'll just|i just|we'll|we will) (?:just )?(?:ring|call|phone|text|message|email|write) you (?:back )?(?:when|once)"
# Busy this minute ("I'm in the middle of setting up for a wedding"): a stall once the call is
# under way, but said to a greeting it only sets the pace.
BUSY_NOW = re.compile(
    r"(?:i'm|i am|we're|we are) (?:just |right )?(?:in the middle of (?:something|\w+ing|dinner|tea|lunch|a meeting|work)|heading out|about to (?:head|go) out|on (?:my|our) way out|at the gate|about to board|boarding)"
)
# No time free for a long while ("the doctors are booked solid until after Christmas"): a no to any
# time now, even asked when.
NO_TIME_UNTIL = r"(?:booked (?:solid|up)|(?:no|not a|not one) (?:free )?(?:slots?|gaps?|space|openings?)|nothing (?:free|available|open)) (?:until|till|through|before)"
STALL = phrases(
    r"not (?:really )?my (?:decision|call)(?= *[.,!]|$)", r"(?:i'm|i am) not the (?:one|person) (?:who|that|to) (?:decides?|signs?|approves?|makes? (?:the|that|those) (?:call|decision))",
    r"(?:don't|do not|doesn't|does not) have (?:the )?(?:authority|sign-off|signing authority|budget authority)", r"(?:partner|husband|wife|boss|other half) (?:would|will|'d|'ll) (?:have|need|want) to see (?:it|them)",
    r"(?:we'll|i'll) (?:probably |maybe )?come back (?:next|another|some|at)",
    # Not a promise recalled ("You were going to send me something").
    r"(?<!going to )(?<!gonna )(?<!meant to )(?<!supposed to )(?<!you'd )(?<!they )(?<!he )(?<!she )(?<!people )"
    r"send (?:me |us |over |it )?(?:some |more |the |a |an |your |any |all the )?(?:info|information|details|materials?|deck|brochure|"
    r"something|email|proposal|overview|pricing|case stud(?:y|ies)|one-pager|stuff|link|documentation|literature|rate card|rate sheet|price list|price sheet|catalogue|catalog|everything|leaflet|flyer|pack|booklet|prospectus)",
    r"(?:i'm|we're|i am|we are) (?:only|just|still) at the (?:quote|quoting|research|looking|early) stage",
    r"get (?:your|a|the) (?:price|quote|pricing) and (?:then )?(?:[\w']+ ){0,6}compare",
    r"(?:email|forward|shoot) (?:me|us|it|that) (?:some|the|more|a|an|something|over|through|your)",
    r"(?:need|want|have|like|going|got) (?:some time |a (?:bit|few days|week) |a little time |time )?to (?:think|reflect|mull|digest|process)",
    r"(?:just )?(?:want|need) (?:some |more |a little |a bit of |a bit more )?(?:time|space)(?= *[.,!]|$)",
    r"(?:get|see|shop|compare|look at) (?:some |a few |a couple of )?(?:other|more|competing|different) (?:quotes|bids|options|vendors|offers|prices)",
    r"locked (?:in|into) (?:a|an|our|the) (?:[\w-]+ ){0,3}(?:contract|deal|agreement|term)",
    r"(?:want|need|like) to (?:understand|see|know) (?:the |your |a )?(?:real |proper |full )?(?:pricing|price|costs?|numbers|terms|contract|comparison|breakdown) (?:first|before)",
    r"(?:talk|speak|check) (?:to|with) (?:my|our) [\w']+ (?:first|before (?:i|we) (?:sign|commit|decide|go ahead|buy|agree))",
    r"(?:let me|i'll|i will|i'd have to|i need to|i have to|i'll need to|i'll have to|we'll have to|i'd need to|we need to|we'll) (?:first |just |quickly )?(?:talk|speak|chat|check|run (?:it|this|that)|discuss (?:it|this|that)) (?:to|with|by|past) (?!you(?![\w']))[\w']+",
    r"(?:i'd|we'd) (?:want|like) to run (?:it|this|that) (?:by|past) (?!you(?![\w']))[\w']+",
    r"talk (?:it|this|that) (?:over|through)", r"(?:i was|we were|i'd been|we'd been) hoping to (?:at least )?(?:show|talk to|speak to|run it by|check with|ask|think|sleep on|discuss)", r"(?:read|go|look) (?:it|this|that|them) (?:through|over) with (?!you(?![\w']))[\w']+", r"(?:i|we) look at (?:it|this|that|them|everything) with (?!you(?![\w']))[\w']+",
    r"(?:talk|talking|chat|chatting) (?:about )?(?:it|this|that) (?:over )?(?:without you|on our own|between (?:us|ourselves)|in private)",
    r"(?:let's|we'll|i'll|let me) see how (?:the numbers|it|things|that) (?:look|looks|go|goes|pan out|pans out)",
    r"(?:i'll|we'll|i will|let me) (?:take|bring) (?:it|this|that|them) (?:to|before) (?:them|the (?:board|owners?|team)|my \w+|our \w+)",
    r"(?:i'd|we'd|i would|we would|i'll|we'll) (?:need|have) to (?:take|bring|put) (?:it|this|that|them) (?:to|before|in front of) (?!you(?![\w']))[\w']+",
    r"(?:i'll|we'll|i will|we will|let me) (?:come|get) back to (?:you|it)", r"send (?:me |us )?(?:whatever|what you (?:want|like))(?! (?:i|we)(?: need| have|'ve got) to sign| you(?:'ve got| have) (?:on|about) (?!(?:it|that|this|us)(?![\w'])))",
    # A talk put off to a week with no day in it ("send me whatever you've got on the warehouse side, and let's talk next week"),
    # not a yes to the rep's offer to talk ("Yeah, let's talk again next week, after the market").
    r"(?<!yeah, )(?<!yes, )(?<!sure, )(?<!okay, )(?<!ok, )let's (?:talk|speak|chat|catch up|reconnect) (?:again )?(?:next week|next month|later|soon|in a (?:few|couple of) (?:weeks|days))(?= *[.,!]|$| sometime| or so)", r"(?:i|we) (?:really |just )?(?:want|need|'d like|would like|'d rather) to wait (?:for|until|till|and see)",
    r"(?:there's |there is )?no (?:real )?rush on (?:us|me|our end)", r"(?:leave|park) (?:it|this|that) (?:till|until) after",
    r"(?:i'll|i will|we'll|we will) (?:call|ring|contact|phone) you if", r"(?<![\w'] )send (?:me |us )?the prices?(?: and (?:stuff|things|that|everything|the details))?(?= *[.,!]|$| so (?:i|we) can (?:show|run|check|talk))",
    r"(?:probably|likely) (?:just )?(?:end up )?(?:go|going|stick|sticking|stay|staying) with (?:the|our|what|them)", r"(?:leave|park) (?:it|this|that|things|\w+day) (?:for now|there|until)",
    r"(?:i|we)(?: want| need|'d want|'d like| would like|'d need| do (?:still )?need| still need) to (?:talk|speak) (?:to|with) (?:my|our|[a-z]+(?= about)) \w+",
    r"(?:want|need|like|going|got) to have a (?:little |quick |bit of a |good |proper )?(?:think|ponder)",
    r"(?:i'll|we'll|i will|we will|let me|let us) (?:just )?have a (?:little |quick |bit of a |good |proper )?(?:think|ponder)",
    r"(?:just|only) the (?:email|info|information|brochure|details|leaflet)(?:,? (?:please|thanks|thank you))?(?= *[.!]|$)",
    r"(?:haven't|have not) even (?:spoken|talked|checked|looked) (?:to|with|at|into)",
    r"(?:need|want|have) to (?:look at|go through|check|run) (?:my|our|the) (?:[\w']+ )?(?:numbers|budget|finances|books|cash ?flow)",
    r"(?<!i'll )(?<!we'll )(?<!i will )(?<!we will )(?<!going to )(?<!gonna )(?:just )?(?:email|send) (?:it|that|me something|me|us)(?= *[.,!]|$| and)",
    r"(?:she|he|they)(?:'ll| will) (?:reach out|get back to you|be in touch|let you know)",
    r"(?:cancel|call off|postpone|push back|skip) (?:the |our |this |that |it|\w+day)",
    r"(?:i'll|we'll|i will|we will) (?:get|be) in touch", r"(?:i'll|we'll) (?:call|ring|contact) you(?= *[.!,]| if| when| next| later| after| in a| tomorrow| sometime| back)",
    r"(?:i'll|we'll|i will|we will) (?:decide|make (?:a|the) decision|make up (?:my|our) minds?)(?= *[.!,]| next| later| after| in a| once| when| by| at the)",
    r"(?:pretty |quite |very |really )?(?:happy|fine|sorted|set|covered) with (?:our|my|the) (?:current|existing|usual|own) \w+",
    r"sleep on (?:it|this|that)", r"leave (?:it|this|that) with (?:me|us)(?![\w'])", r"(?:i'll|we'll|i will|let me|i need to|i'll need to|i'll have to|i have to|i'd have to|i want to) have a (?:quick )?(?:chat|word|talk) (?:with|to) (?!you(?![\w']))[\w']+", r"mull (?:it|this|that) over", r"chew on (?:it|this|that)",
    r"(?:talk|speak|check|discuss|run (?:it|this|that) by|consult|sync|go over (?:it|this|that)|loop in)(?: (?:it|this|that))?"
    r"(?: (?:it|this|that) over)? (?:with|by|past|in|to) (?:my|our|the) (?:wife|husband|partner|boss|team|manager|board|cfo|ceo|co-?founder|finance|director|vp|"
    r"accountant|lawyer|legal|procurement|other half|spouse|owner|head|business partner|people|family|colleagues?|it)",
    r"(?:need to|have to|got to|gotta|i'll|i will|let me|i must|must) (?:first )?(?:ask|consult) (?:my|our) (?:wife|husband|partner|boss|other half|spouse|"
    r"son|daughter|brother|sister|mum|mom|mother|dad|father|parents|family|kids|children|imam|pastor|priest|accountant|lawyer)",
    r"(?:my|our) (?:wife|husband|partner|boss|team|cfo|board|manager|co-?founder) (?:has|needs|would need|will need|will want|"
    r"would want|has to|gets) (?:to )?(?:sign off|weigh in|approve|look|see|decide|be involved|say)",
    r"(?:make|making) (?:money|big|financial|these|those|that kind of) decisions together",
    r"(?:wouldn't|won't|don't|would not|will not|do not) (?:do|sign|decide|buy|agree to) (?:anything|it|this|that) without (?:him|her|them|my|our)",
    r"(?:i|we)(?:'ll| will) (?:check(?! (?:on |up on )?(?:the (?:register|website|reviews)|you\b|your\b|them out|that out))|confirm|get back|circle back|be in touch|reach out|let you know|take a look|have a look|look (?:it )?over|look at (?:it|them)(?= when)|"
    r"review (?:it|this|that)|(?:just )?look at the (?:prices|pricing|website|brochure|info)|read (?:it|this|that|them) (?:over|through)(?! with)|touch base|think about it|see(?! (?:you|him|her|them|on|at|then|there)\b| if (?:he|she|they|we|i) can (?:get (?:out|off|away)|make it|come|be there)))",
    r"get back to you", r"when (?:i|we) get (?:a )?(?:chance|minute|moment)", r"(?:don't|do not|rather not) (?:like |want to )?" + PINNING_DOWN, r"(?:let's|let us|(?:i'll|we'll|i|we) (?:need|have|want) to) see how (?:it|things|that|the [\w']+|this [\w']+) (?:goes|go|pans out|plays out)", r"(?<!what )(?:let me|i'll have to|i need to|we need to|let us) (?:see|check|look into it|get back)",
    RINGS_BACK_WHEN_READY, r"(?:i'll|we'll|i will|we will) (?:drop|send|shoot) you (?:a )?(?:line|note|message|text|email) (?:once|when|after)",
    r"let's not (?:fix|book|lock|commit to|confirm|pin|set|decide|sign|schedule|firm up|put)(?: [\w']+){0,2} (?:just )?yet",
    r"(?:(?:call|ring|phone|reach out to|contact|ping|try|email|follow up with|come back to) (?:me|us)|give (?:me|us) a (?:call|ring|bell|buzz|shout)) (?:back )?(?:again )?"
    # Not "Call me after, say four?", which names the hour.
    r"(?:after(?!,? (?:say|at|around|about|like) )|next|in a|in the|later|closer|around|in \w+ (?:weeks|months)|sometime|some time|another (?:time|day))",
    # The buyers taking it away to discuss between them ("We'll talk about it.").
    r"(?:we'll|we will|we need to|we'll have to|we're going to|we've got to) (?:talk|chat) about (?:it|this|that)(?= *[.!,]|$| first| together| tonight| at home| later| internally)",
    r"(?:after|until|till) the new year",
    r"(?:maybe|until|till|after|wait(?:ing)? (?:until|till|for)|closer to|revisit (?:it|this|that)|look at (?:it|this|that) again|"
    r"(?:it|this|that) (?:for|till|until)) (?:the )?(?:new year|next (?:quarter|year|month|fiscal|budget)|q[1-4]|the summer|the fall|"
    r"(?:the )?(?:spring|summer|fall|autumn|winter)|january|the holidays)",
    r"not (?:a |the )?(?:good|great|right|best) time", r"bad time",
    BUSY_NOW.pattern, r"timing (?:isn't|is not|is bad|is off|is tough|is tricky)",
    r"(?:happy|fine|good|set|satisfied|covered|sorted|okay|ok|content) with (?:our|my|the|what) (?:current |existing )?"
    r"(?:[\w']+ )?(?:supplier|vendor|provider|setup|solution|system|tool|partner|agency|process|one|have|we have|we've got|platform|crm)",
    r"(?:already|currently) (?:have|use|using|work with|working with|got) (?:a |an |someone|something|our own|one)",
    r"(?:we|i) (?:actually |already |currently )?(?:have|'ve got|got|use) (?:a|our|my) (?:own )?(?:guy|gal|fella|bloke|person|company|firm|man|woman|lady|outfit) (?:now|already|for (?:that|this|it))",
    r"(?:i'm|we're|i am|we are) (?:actually )?already (?:a member|members|signed up|with (?:someone|another|a))",
    r"(?:we've got|we have|we use|we're with|we go with) [\w'-]+(?: [\w'-]+)?[.,] (?:we're|we are) (?:fine|good|sorted|happy|all set)",
    r"(?:we|i) (?:already )?(?:clean|do|handle|manage|sort|service) (?:it|them|that|those|this|all that) (?:ourselves|myself|in-house)(?= *[.,!]|$)", r"(?:i'm|we're|i am|we are) (?:all |already )?sorted for",
    r"not (?:a|our|my) (?:top |big |high )?priority",
    r"(?:need|have|want|got) to (?:check|find out|see|ask) (?:whether|if) (?:work|my (?:work|employer|company|boss|job|insurance)|the company|they|insurance) (?:will |would |can )?(?:cover|pay|fund|reimburse)",
    r"(?:don't|do not) know if (?:i'm|i am|we're|we are) (?:supposed|allowed|meant|the (?:right )?(?:one|person))",
    r"(?:can|could) (?:you|u) (?:just )?(?:send|email) (?:me|us) (?:all )?(?:that|this|it|something)(?= *\?)",
    r"(?:can|could) (?:you|u) (?:just )?(?:send|email) (?:me|us) the prices?(?: and (?:stuff|things|that|everything|the details))?(?= *[.,!?]|$| so (?:i|we) can)",
    r"(?:i'd|i would|we'd|i'll|i need to|i want to|i have to) (?:want to |need to |have to )?(?:ask|check with|run it by|speak to|talk to) (?:my|our|the) (?:doctor|gp|physio|consultant|specialist|surgeon|vet|dentist)(?: first)?", r"(?:no|don't have (?:the|any|a)|not in the|out of) budget",
    r"budget (?:for (?:this|the|next) (?:year|quarter) )?(?:is|'s) (?:already )?(?:tight|frozen|gone|spent|allocated|locked|spoken for|committed|used up)",
    r"maybe (?:later|down the (?:road|line)|next|another time|some other time)", r"touch base", r"circle back",
    r"keep (?:it|this|you) in mind", r"put (?:a pin in|this on hold|it on hold)", r"(?:on|to) the back burner",
    r"revisit (?:this|it|that)", r"not (?:really |actively |currently )?(?:looking|in the market) (?:to|for)(?! (?:spend|pay|break)\b)",
    r"let (?:me|us) (?:think|sleep|mull|chew)", r"(?:get|getting|see|compare) (?:one more|another|a couple (?:more|of other)|a few (?:more|other)|other|more) quotes?", r"(?:look at|check|review|think about|go over) (?:my|our) (?:finances|budget|numbers|calendar|options)",
    r"(?:talk|speak|check|run it by|discuss (?:it|this) with) (?:to |with )?\w+ (?:first|before)",
    # "Not without him.", not "without them the rooms are empty".
    r"(?:without (?:her|him|them|my \w+|our \w+)(?= *[.,!]|$)|before (?:talking to|checking with) (?:her|him|them|my \w+|our \w+))",
    r"(?:can't|cannot|couldn't) (?:approve|sign off on|decide on|buy|sign) (?:[\w']+ ){0,3}(?:on my own|by myself|alone|myself)",
    r"(?:in|into) the loop",
    r"(?:goes|go|has to go|needs to go|would have to go) (?:through|past|to) (?:procurement|legal|finance|the board|our \w+|the (?:[\w']+ ){1,3}(?:committee|board)|committee)",
    r"(?:run|take) (?:it|this|that|all (?:of )?(?:this|that)) (?:back )?(?:past|by|to) (?:our|my|the) (?:[\w']+ )?\w+",
    r"(?:we've|we have|i've|i have) (?:used|been with|worked with) (?:them|our \w+|\w+) for (?:years|ages|a long time|\w+ years)",
    r"(?:happy|satisfied|content|fine)(?: enough)? with (?:them|our|my|the current|the existing|what we|who we)",
    r"keep you in mind", r"(?:not|isn't) (?:in|part of) (?:the|our|this year's) budget", r"budgets? (?:are|is) (?:set|done|locked|spent|tight)",
    r"follow up (?:in|after|next) (?:the )?\w+",
    r"(?<!didn't )(?<!didnt )(?<!never )(?<!stop )(?<!without )(?<!rather not )(?<!and not )(?:think|thinking) (?:about it|it over|on it|this over|about this|that over|about that)",
    r"(?:we'd|we would|we'll|we will|i'd|i would) (?:need|have|want) (?:a |to do a |to run a |to see a |to have a )?(?:full |proper |formal |complete )?(?:security|legal|it|compliance|technical|procurement|vendor) (?:review|assessment|check|sign-off|approval)",
    r"send (?:me |us )?the (?:numbers|figures|quote|costs|breakdown)(?= *[.,!]|$| over| through)", r"see what (?:the )?(?:[\w']+ ){1,3}(?:offers?|comes? up with|quotes?)(?= *[.,!]|$)",
    r"(?:can't|cannot|can not) do anything (?:before|until|till) (?:then|that|march|april|may|june|the \w+)",
    # Keeping the next move, or the decision, to themselves, as a second language puts it ("We discuss inside and we come
    # back to you", "this decision is not only ours", "I will write you. We see.", "Write me an email and we find time").
    r"(?:i|we) (?:come|get) back to you(?= *[.!,]|$)", r"(?:is|'s) not (?:only|just) (?:mine|ours|(?:my|our) (?:decision|call))", r"(?:have|need) to sit (?:down )?with (?:the|my|our) [\w']+",
    r"(?:i|we)(?:'ll| will) write (?:to )?you(?= *[.!,]|$| when| after| later| next| once)", r"(?:(?<=^)|(?<=[.!?] ))we see(?= *[.!]|$)", r"write (?:me|us) (?:an? )?(?:email|e-mail|mail|message)",
    # Someone already does it ("We've got Motion for most of that", "We have someone who checks invoices").
    r"(?:we've got|we have|we use|we're with|we go through|we buy from) (?!(?:you|to|a lot|lots|no|nothing|time)\b)[\w'-]+ for (?:most of |all of |all )?(?:that|this|those|these)(?= *[.,!]|$)",
    r"(?:we|i) (?:have|'ve got|got) (?:someone|somebody|a (?:guy|person|girl|team|firm|company)) (?:who|that) (?:does|checks|handles|looks after|takes care of|sorts|manages)",
    # A sample or a trial wanted before anything bigger.
    r"(?:i was|we were|i'm|we're|i am|we are) (?:hoping|wanting|planning|going) to (?:do|run|try|start with) (?:a |an )?(?:small |quick |short )?(?:sample|trial|test|pilot)(?: run| batch| order)?",
    r"(?:i|we) still (?:want|need|'d like|would like) (?:a |an |the )?(?:trial|sample|test|pilot)",
    # Someone else already chosen ("we ended up going with the wellness benefit through our health plan instead",
    # "We've actually already signed a letter of intent with Greenline", "we'd rather try the camera thing").
    r"(?:ended up|decided on|went|gone|going|switched|moved) (?:going |go )?(?:with|to) (?:[\w'-]+ ){0,8}?instead(?= *[.,!]|$)",
    r"(?:we|i) (?:went|'ve gone|have gone|ended up going) with (?:[\w'-]+ ){1,4}in the end",
    r"(?:we've|we have|i've|i have|we|i) (?:actually |just )?already signed (?:a|an|the|with|up with)",
    r"(?:we'd|i'd|we would|i would) rather (?:try|go with|stick with|look at) (?:the|our)",
    r"(?:we're|i'm|we are|i am) (?:pretty|fairly|quite) set(?:,? though)?(?= *[.,!]|$)",
    # The week is full, or someone else first ("This week's tough, Brent. We're thinning." "After I talk to Phil.").
    r"not sure how much time (?:we|i) (?:really |even )?need",
    r"this week(?:'s| is) (?:tough|hard|tricky|difficult|bad|rough|no good|a nightmare)",
    r"(?:(?<=^)|(?<=[.!?] ))after (?:i|we) (?:talk|speak|check|chat) (?:to|with) (?!you(?![\w']))[\w']+(?= *[.!]|$)",
    r"(?:we'd|i'd|we would|i would) (?:want|like|need) to try (?:it|this|that|them) (?:on|with|in) (?:just )?(?:one|a|a single|a small) [\w'-]+ first",
    r"(?:i'd|we'd|i would|we would) still (?:want|need) to (?:see|check|wait for|hear) (?:[\w'-]+ ){1,6}?before (?:i|we) (?:commit|decide|sign)",
    # Going through the options alone, or elsewhere first ("I'll go through them all tonight and let you know", "I'd rather we looked at
    # the other places first", "a big call for us", "I'd rather check their rotas before I promise anything").
    r"(?:i'll|we'll|i will|we will) (?:go through|look at|look over|read|think about|compare) (?:them|it|this|that|everything)(?: all)?(?: [\w']+){0,2} and (?:let you know|get back to you|be in touch)",
    r"(?:let's|we can|we'll) (?:talk|chat|speak|catch up) (?:again )?(?:[\w']+ ){0,2}sometime",
    r"(?:i'd|we'd) rather (?:we )?(?:look|looked|see|saw) (?:at )?(?:the )?other (?:places|options|quotes|vendors|companies|suppliers|firms)",
    r"(?:is|'s) a (?:big|huge) (?:call|commitment|decision|ask|step) for (?:us|me)",
    r"(?:i'd|we'd) rather (?:check|see|wait|look at)(?: [\w']+){1,4} before (?:i|we) (?:promise|commit|decide|sign)",
    r"(?:don't|do not) like (?:signing|deciding|buying|agreeing to) (?:stuff|anything|things|it|this|that) without",
    r"not sure where (?:this|that|it|the)(?: [\w'-]+){0,3} (?:sits|fits|stands|ranks)",
    r"(?:still )?not sure (?:he's|she's|they're|we're|i'm|he is|she is|they are) ready",
    r"(?:he|she|they) (?:hasn't|haven't|has not|have not) (?:said yes|agreed)",
    r"(?:my|our) (?:son|daughter|husband|wife|accountant|partner|brother|sister)(?: [\w']+)? (?:sees to|looks after|takes care of|deals with) (?:all )?(?:my|our|the) (?:money|finances|accounts|paperwork|bills)",
    r"(?:our|my) (?:current |existing |old )?(?:system|software|tool|app|platform|provider|supplier|setup|crm) (?:already )?(?:does|has|covers|handles) (?:that|this|it|all that)(?: already)?",
    r"(?:just|only) (?:need|want) a (?:ballpark|rough (?:price|figure|number|idea)|price|number|figure)(?= *[.,!]|$)",
    # Signed up elsewhere only lately, or a gatekeeper's brush-off ("we just re-signed with them in March", "He doesn't really take sales
    # calls", "He's in meetings for the rest of the day", "Email. Please.", "Send it if you want. I can't promise I'll read it.").
    r"(?:we|i) (?:just|only just|recently) (?:re-signed|resigned|renewed|re-upped|signed (?:again|another|a new|up again))",
    r"(?:doesn't|does not|don't|do not) (?:really )?(?:take|do) (?:sales|cold|unsolicited) calls", r"in meetings? (?:for )?(?:the )?rest of the (?:day|week|afternoon)",
    r"^(?:just )?e-?mail(?: me| it| us)?[.,!]? please(?= *[.!]|$)", r"^just e-?mail(?: me| it| us)?(?= *[.,!]|$)", r"send it if you (?:want|like)", r"can't promise (?:i'll|i will|anyone will|he'll|she'll) (?:read|look at|open) it",
    # A freeze, a no that is someone else's to lift, or an end date not to count on ("Everything's frozen until we're through
    # integration", "I don't control that", "I wouldn't count on the end of the month", "I'll need to take it to outside counsel").
    r"(?:everything|budgets?|spend|spending|hiring|it|projects?)(?:'s| is| are) (?:still |all )?frozen", r"(?:i|we) (?:don't|do not) control (?:that|it|the budget|this)(?= *[.,!]|$)",
    r"(?:i|we) wouldn't count on", r"(?:need|have) to take (?:it|this|that) to (?:[\w']+ ){0,2}(?:counsel|legal|the board|finance|procurement|committee|the committee)",
    r"(?:tired of|sick of|done) (?:fighting|pushing|arguing|banging the drum) (?:for )?(?:it|this|that)",
    # Fully booked until a season is out ("the doctors are booked solid until after Christmas. Try us in January.").
    NO_TIME_UNTIL, r"(?:until|till) after (?:christmas|the holidays|easter|new year|the summer)",
    r"try (?:us|me|again) (?:again )?(?:in|after) (?:january|february|march|april|may|june|july|august|september|october|november|december|the new year|the spring|the summer|the autumn)",
    # A committee that does not sit for months ("D and T... doesn't meet until October").
    r"(?:doesn't|does not|won't|will not|don't|do not) (?:meet|sit|convene) (?:again )?(?:until|till|before)",
    # Staying put, or having one already ("we're going to stay with our current guy for now", "we have a system").
    r"(?:we're|we are|i'm|i am) (?:going to|gonna) (?:stay|stick) with (?:our|the|my|what)", r"^(?:we|i)(?: have|'ve got| got| have got) (?:a|our own) (?:system|process|guy|provider|supplier)(?= *[.!]|$)",
    # "Nothing gets signed before that", "We'd need to get it through the budget round first".
    r"nothing (?:gets|will get|is going to get|can get|goes) (?:signed|bought|approved|agreed|through) (?:before|until|till)",
    r"(?:get|put|take) (?:it|this|that) through (?:the |our )?(?:budget|budgeting|planning) (?:round|cycle|process)",
    # "I'll shoot you an email once I've talked to him", "I'd want a proper walkthrough before I agree to anything", "Share, share."
    r"(?:i'll|i will|we'll|we will) (?:shoot|drop|send|fire|ping) you (?:an email|a message|a note|a line|a text|an e-mail)(?: once| when| after| if)",
    r"before (?:i|we) agree to anything", r"(?:(?<=^)|(?<=[.!?] ))share,? share",
    # "we're in the middle of an inspection just now, I haven't the time for anything"
    r"(?:i|we) (?:haven't|have not|don't have|ain't got|haven't got) (?:got )?(?:the )?time for (?:anything|this|that|it)(?= *[.,!]|$| (?:right )?now| at the moment| just now)",
    # "We carry Kessler already, so.", "I'm not in a rush honestly", "we were hoping to meet a couple of other photographers first"
    r"(?:we|i) (?:carry|stock|sell|use|run) [\w'-]+(?: [\w'-]+)? already(?=,? so| *[.!]|$)", r"(?:i'm|i am|we're|we are) (?:not|in no) (?:in a |in any )?(?:rush|hurry)(?= *[.,!]|$| honestly| really)",
    r"(?:meet|see|talk to|speak to|hear from) (?:a couple of|a few|some|two|three) other [\w-]+ first",
)

UNIMPRESSED = phrases(
    r"on top of everything else(?= *[.!]|$)",
    r"(?:i was|we were|i'd been|we'd been) thinking more (?:like|along the lines of|of)",
    r"(?:i|we) could (?:probably |just |easily )*do (?:it|this|that|them) (?:myself|ourselves)",
    r"(?:feel|feels|feeling|sounds?|sounding) like (?:a |an )?(?:used[- ]car (?:lot|salesman|dealer|sales)|hard sell|timeshare)",
    r"(?:got|get|had|have) (?:theirs|ours|mine|it|them|one) (?:done |made |shot |built )?for (?:about |around |like |nearly |roughly )?(?:half|a third|a fraction|less)",
    r"(?:that's|that is) not (?:really )?how (?:we|i) (?:make decisions|decide|do (?:things|business)|work|buy)",
    r"(?:don't|do not) want (?:a|another) (?:demo|pitch|presentation|sales pitch|sales call)",
    r"(?:isn't|is not|not|wasn't|was not) good enough", r"(?:a )?bit of a cheek", r"(?:is|'s) (?:just |way |far |a bit )?too (?:much|dear|steep)(?: for (?:us|me|what))",
    r"way more than (?:i|we) (?:was|were) (?:figuring|expecting|thinking|planning)", r"(?:that's|that is|it's|it is) more than (?:my|our|his|her|their|[\w']+'s) (?:wages|wage|salary|rent|mortgage|car|budget)(?![\w'])", r"more than (?:i|we) had in (?:my|our) (?:head|heads|mind)", r"go (?:way )?out of that", r"an? (?:heck|hell|whole) of a lot of money",
    r"(?:it's|it is|that's|that is) not (?:a |that |such a )?(?:big|huge|much of a) (?:difference|saving)", r"(?:you're|you are) not listening", r"you keep (?:pushing|pressing)",
    r"(?:i'm|i am) not (?:that |very |really |terribly |particularly )?(?:excited|impressed|convinced)(?= *[.,!]|$| by)",
    r"(?:you're|you are) pushing (?:pretty |really |very |a bit |quite |awfully )?hard",
    r"(?:you're|you are) (?:very |really |so |quite |awfully |a bit )?(?:persistent|pushy)", r"the more you (?:push|press|keep on)", r"(?:i'm|we're|i am|we are) not everyone(?= *[.,!]|$)", r"(?:that's|that is|it's|it is) (?:really |just )?not (?:very |really )?fair(?![\w'])",
    r"(?:feels?|looks?|seems?) (?:a bit |a little |kind of |quite |really )?(?:thin|flimsy|cheap|cheaply made|plasticky)",
    r"expected (?:it|them|this|that) to (?:feel|look|be) (?:nicer|better|more)",
    r"(?:that's|that is|it's|it is|seems|sounds|that seems|that sounds|this is|that feels|(?:still )?feels) (?:like )?(?:a lot(?! of (?:them|those|these)\b| (?:better|easier|nicer|quicker|faster|simpler|clearer|closer|cheaper|safer|smoother)\b)|quite a lot|"
    r"(?:pretty |really |very |quite |a bit |a little |kind of |kinda |way |too |super )?(?:expensive|pricey|steep|high|complicated|"
    r"complex|basic|generic|underwhelming|overkill|a stretch|a big ask|"
    # "That's much better than last year" is praise.
    r"much(?! (?:better|nicer|easier|clearer|cheaper|quicker|faster|simpler|more|less|of|the same|improved|appreciated|needed|like|it|all|everything|what|how|right)(?![\w']))))",
    r"(?:too|pretty|really|very|quite|bit) (?:expensive|pricey|steep|complicated|complex|basic|generic|salesy)",
    r"not (?:(?:really|that|so|all that|too|very|totally|entirely|fully|quite) )?(?:impressed|convinced|sold|compelling|special|"
    r"useful|relevant|what (?:i|we)(?:'m| am|'re| are) looking for|a (?:good )?fit|for (?:me|us)|excited|seeing (?:it|the value|how)|worth)",
    r"not sure (?:i|we) (?:really )?need", r"(?:nobody|no one|no-one) (?:here |round here |around here )?(?:is (?:going to |gonna )?|will |would |'s )?(?:pay|paying|spend|spending) (?:that|this|those|[$£€]|[\w-]+ (?:dollars|bucks|quid|pounds|euros|grand))",
    r"(?:that's|that is|it's|it is|that|this) (?:not going to|isn't going to|is not going to|won't|will not|not gonna|ain't gonna) fly",
    r"(?:can't|cannot|couldn't|could not) justify (?:that|the|this|it|a|an|paying|spending)",
    r"(?:don't|do not) know if (?:it's|this is|that's|it is|that is) (?:really )?(?:for (?:me|us)|right for|worth)",
r"(?:built|made|designed|meant) for [\w']+(?: [\w']+){0,2},? not (?:us|me|someone like)", r"(?:don't|do not) (?:love|like) (?:being|that|this|how|the way)",
    r"(?:i|we) (?:really )?(?:don't|do not) see (?:us|me|myself|ourselves|a need|the need|much|any)",
    r"(?:i've|we've|i have|we have) heard that(?: one)?(?= *[.!,])",
    r"(?:seen|heard) (?:that|this|it) (?:in |from )?(?:like )?(?:every|all)",
    r"(?:every|any) (?:other )?(?:(?!(?:and|or|but|time|day|week|month|year|morning|night)\b)[\w']+ ){0,2}(?:says?|tells? (?:me|us)|claims?|promises?)",
    r"(?:everybody|everyone|every \w+)(?:'s| has) got",
    r"(?:a lot of|lots of|most|all|plenty of|other) (?:other )?(?:systems|tools|vendors|companies|products|platforms|agencies|programs|brokers|firms) (?:have|do|offer|say|claim)",
    r"not sure (?:the |this |that )?(?:[\w']+ ){1,2}(?:is|'s|would be) worth (?:it|the)",
    r"not sure (?:about (?:this|that|it)|(?:this|that|it)(?:'s| is| would| will) (?:right|for|worth|a fit|going to|gonna|what))",
    r"(?:doesn't|does not|don't|do not) (?:really |quite |actually )?(?:see (?:the|how|why|what|it|that)|seem (?:like|that|very|all that|right)|"
    r"sound (?:like|that|very|different)|need (?:that|this|it|all that|more)|fit|solve|apply to|address|buy (?:it|that)|get (?:why|the point))",
    r"(?:heard|seen) (?:that|this|it) (?:all )?before", r"(?:every|any) other (?:[\w']+ )?(?:tool|vendor|product|platform|company|program|course|coach)",
    r"sounds? like every", r"sounds (?:exactly |just )?like what (?:[\w']+ ){1,5}(?:tell|tells|say|says|said|told) (?:you|me|us|everyone|everybody)", r"(?:just )?(?:the )?same (?:as(?! (?:last|before|usual|always|normal|ever|now|today)\b)|thing)",
    r"(?:didn't|did not|never) (?:really )?(?:work|worked|help|helped|deliver|delivered|pan out|do much)",
    r"(?:didn't|did not|doesn't|does not|never) (?:really )?(?:impress|convince|excite|grab) (?:me|us)",
    r"rubs? me (?:up )?(?:the )?wrong(?: way)?", r"(?:feels?|sounds?|seems?|looks?) (?:a bit |a little |kind of |kinda |pretty |really |very )?(?:shady|dodgy|sketchy|fishy)",
    r"(?:(?:that's|it's|that is|it is) )?not (?:a |that |such a )?(?:great|good|brilliant) (?:deal|price|offer)(?= *[.,!]|$| for)",
    r"(?:didn't|doesn't|did not|does not) (?:really )?(?:look|seem|sound) like much",
    r"(?:that's|that is|it's|it is|isn't|is not) (?:not )?(?:really )?(?:a|much of a) (?:discount|saving|bargain|deal) (?:from where|to me|at all|really)",
    r"(?:was|is|it's|that's|felt like|been) (?:a |an )?(?:total |complete |big |absolute )?waste", r"waste of money", r"skeptical", r"sceptical", r"i doubt", r"doubtful",
    r"overkill", r"meh", r"so what(?= *[?.!,]|$)", r"big deal", r"not worth", r"gimmick\w*", r"buzzwords?", r"(?<!not )(?<!isn't )fluff", r"overpriced",
    r"underwhelm\w*", r"(?:we're|we are|i'm|i am) (?:fine|good|okay|ok) (?:without|as is|with what)",
    r"nice to have", r"(?:been )?burned before",
    r"not sure (?:it's|this is|that's|it is|this would be|that would be|it would be|i'd|i would|we'd|we would) (?:[\w']+ )?(?:better|worth|right|"
    r"for us|for me|needed|necessary|a fit|different|want|need|like|use)",
    r"(?:not|nothing) (?:hearing |seeing )?(?:anything )?(?:special|new|different)(?= *[.,!])",
    r"(?:everyone|everybody|every \w+|they all|you all|you guys all) (?:says?|said|claims?|promises?) (?:that|the same|this)",
    r"(?:looks|sounds|seems) like (?:a lot of|just|every|another|what)", r"(?:seen|heard) a lot of",
    r"(?:seems|sounds|that's|that seems|that sounds) (?:really |very |pretty |way |a bit |too )?(?:fast|quick|aggressive|pushy|risky|ambitious)",
    r"(?:more|way more|a lot more|over|higher|steeper|pricier|dearer) (?:than|what) (?:i|we) (?:budgeted|figured|thought|expected|were expecting|was expecting|wanted|planned|hoped|were thinking|was thinking)(?! (?:out of|from) (?:this|the|that|it|today))",
    r"(?:way |a bit |a little |well )?over (?:what|our|my) (?:we|i|budget)",
    r"(?:looked|look|looks|seemed|seems) (?:a bit |kind of |pretty |a little )?(?:dated|old|tired|cheap|generic|clunky)",
    r"(?:nothing|didn't|never) (?:really )?(?:changed|change|stuck|stick|moved|improved)",
    r"(?:it's|that's) (?:fine|okay|ok)\.? i mean", r"frankly", r"(?:i'm|we're) not (?:seeing|sure i see) (?:it|the|how|why)",
    r"(?:make|makes|making) (?:it|this|that|them) (?:sound|seem|look) (?:more |really |very |too |pretty )?(?:expensive|complicated|complex|pricey|risky|hard)",
    r"more expensive than", r"sounds (?:too good|like a sales pitch|salesy)", r"not buying it",
    r"(?:i'd|we'd|i would|we would) (?:want|need|have) to see (?:how|where|that|it|the|those|proof|some)",
    r"(?:was|were|it's|that's|is) (?:total |complete |absolute )?(?:garbage|rubbish|terrible|awful|useless|a disaster|a nightmare|junk|a joke)",
    r"(?:i|we) (?:don't|do not) (?:really )?need (?!to )[\w' ]{1,25}(?= *[.!]|$)", r"(?:oof|yikes|ouch|whoa)(?= *[.,!])",
    r"not sure (?:the|my|our|your) [\w']+ (?:will|would|are going to) (?:love|like|go for|be happy|approve|buy)",
    r"(?:haven't|have not|don't have|do not have|ain't) (?:got )?(?:that kind of money|that much|the money|the cash|the budget|\w+ grand)",
    r"(?:didn't|did not|doesn't|does not) (?:really )?land(?= *[.,!]|$| then| with| either)",
    # Features or costs nobody wanted ("A hundred and twelve a month more for things we never asked for").
    r"(?:things|stuff|features|bits) (?:we|i) (?:never|didn't|did not) (?:ask|asked|want|wanted) for",
    r"(?:he's|she's|they're|[a-z]+'s) (?:going to|gonna) love that(?= *[.!]|$)",
    r"(?:doesn't|does not|won't|will not) change (?:the|my|our) (?:number|price|answer|mind|figure|maths|math)",
    r"(?:comes?|came|coming) in (?:quite |a (?:bit|lot|fair bit|good bit) |well |way |much )?(?:under|lower|cheaper)",
    r"(?:yours|your (?:quote|price|bid|estimate)) (?:is|was|'s) (?:the )?(?:biggest|highest|most expensive|priciest|dearest)",
    r"(?:that's|that is) (?:all |just |only )?what (?:we|i) (?:called|rang|came in|asked) (?:about|for)",
    r"(?:everybody|everyone|every \w+)(?: who [^.?!]{1,30})? wants? to sell (?:me|us)",
    r"(?<!there )(?:is|are) (?:a lot|quite a lot|too much|a big ask)(?= *[.!]|$)",
    r"(?:[\w-]+'s|is) (?:a lot|quite a lot|a lot of money|too much) to (?:put down|pay|spend|fork out|find|shell out|drop)",
    r"(?:that's|that is|it's|it is)(?:\.\.\.|…|,)? (?:a bit|a little|kind of|rather) much(?= *[.!]|$)",
    r"(?:couldn't|could not|could) (?:honestly |really )?care less(?: about (?:any of |all of )?(?:it|that|this|them|those|all that))?(?= *[.,!]|$)", r"(?:don't|do not) (?:really |honestly )?care (?:about|for) (?:any of )?(?:that|it|those|them|all that)(?= *[.,!]|$)",
    r"(?:was|were) (?:a lot |far |much )?more (?:taken|impressed|keen|excited|interested) (?:with|by|in|about) (?:them|it|that|this|you|those) than (?:i|me|we|us)",
    # A shrug at the pitch ("Maybe. I don't know.").
    r"^(?:maybe|perhaps)[.,]? i (?:don't|do not) know(?= *[.!]|$)",
    # A cheaper rival named, a rise felt, a grudge said ("Orbis came in about thirty percent under", "Come on, Tyler.").
    r"came in (?:about |around |roughly |nearly |almost )?(?:[\w-]+ )?(?:percent |per cent |grand |k )?(?:under|cheaper|lower|below)",
    r"(?:(?<=^)|(?<=[.!?] ))come on(?=[,.!]|$)", r"so (?:we're|i'm|we are|i am) (?:idiots?|stupid|dumb|doing it wrong)(?:,? then)?(?= *[.!?]|$)",
    r"(?:still )?(?:don't|do not) love (?:it|that|this|the)",
    r"not sure (?:it|this|that|there's (?:[\w']+ ){1,6}?where it) makes sense",
    # A price above what was planned, a plan not wanted ("quite a bit more than we'd pencilled in", "we weren't looking at a lease").
    r"(?:quite a bit|a lot|way|much|a fair bit|well) more than (?:we'd|we had|i'd|i had|we|i) (?:pencilled|penciled|budgeted|planned|expected|thought|figured|allowed)",
    r"(?:we|i) (?:weren't|wasn't|were not|was not) (?:really )?looking (?:at|for) (?:a|an|the)",
    # A term or a price met with a gasp ("Four years? That's ages.", "Christ. We pay forty-five now.").
    r"(?:that's|that is) (?:ages|forever|an eternity)", r"^(?:christ|jesus|blimey|crikey|bloody hell|good grief)(?= *[.,!])(?![.,!]* *(?:okay|ok|alright|all right|right|fair enough|fine)(?![\w']))",
    # A better offer from elsewhere ("They came back at nine seven.").
    r"(?:they|it|he|she) came back (?:at|with) (?:an offer of |a price of |a quote of )?(?:[$£€]?\d|(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|a hundred|a thousand)(?![\w']))",
    # Less than hoped, free elsewhere, or loved with a sneer ("quite a bit less than I was hoping", "to do what we currently do
    # in Notion for free lol", "love that for me").
    r"(?:less|lower) than (?:i|we) (?:was |were |had been )?(?:hoping|hoped)",
    r"what (?:we|i) (?:currently |already |now )?(?:do|get|have) (?:[\w']+ ){0,3}for free", r"love that for (?:me|us)(?= *[.,!]|$| lol)",
    # Liked and still not wanted ("yeah it looks nice i just i dont know").
    r"(?:looks|sounds|seems) (?:nice|good|great|cool|interesting)(?:,? but| i just| i mean)+,? (?:i )?(?:don't|do not) know",
)
# An apology, thanks for the time, or asking if now still suits: "It's fine." in reply reassures the rep.
INVITES_REASSURANCE = phrases(
    r"sorry", r"apologi[sz]e", r"apologies", r"thanks? (?:you )?(?:both |all )?for (?:making|taking|finding|giving me) (?:the |some )?time",
    r"(?:is|if) (?:now|this|it) (?:still )?(?:alright|all right|okay|ok|a (?:good|bad|ok|okay) (?:time|moment)|convenient)", r"bad (?:time|moment)",
)
# "It's fine" itself, as opposed to what is fine ("the kitchen's fine").
ITS_FINE = re.compile(r"(?:it'?s|it is|that'?s|that is) (?:fine|okay|ok|alright|all right)")
# Waving off a feature ("I don't care about the screen"): unimpressed when the rep's pitch named it.
NOT_CARING_ABOUT = re.compile(r"(?<![\w'])(?:don't|do not) (?:really |honestly )?care (?:about|for) (?:the|your|all the|any of the) (?P<thing>[a-z'-]+)")
# A figure said back on its own ("Twenty-four hundred.", "Three thousand eight hundred?", "$4,200?").
_NUMBER_WORD = r"(?:" + _COUNTING_WORDS + r"|hundred|thousand|grand|million|k)"
FIGURE_SAID_BACK = re.compile(
    r"(?:[$£€]?\d[\d,.]*k?|a hundred|a thousand|" + _NUMBER_WORD + r")"
    r"(?:[ -](?:" + _NUMBER_WORD + r"|and|a half|point|[$£€]?\d[\d,.]*k?|dollars|bucks|pounds|quid|euros|rand|a (?:month|year|week)|per (?:month|year|week)))*[.?!…]*"
)
# A question word: "For a tent that sleeps how many?" asks, where "For a coach that's going to sit
# in a car park?" makes it small.
_ASKS = r"(?<![\w'])(?:how|what|which|when|where|who)(?![\w'])"
# A gasp at it, or what it buys made small ("For a few mud tubes?", "For a benchtop.", "For a chair on a
# rail?"); "For a year?" asks what the price covers.
PRICE_GASP = re.compile(
    r"(?:wow|goodness|blimey|gosh|geez|jeez|jeepers|yikes|whoa|woah|crikey|ouch|oof|good lord|lord|jesus|christ|bloody hell|holy \w+|dang|damn|shoot|good grief|heavens|mamma mia|madre mia|my god|oh my(?: god)?|good god|sheesh|yowza)(?![\w'])"
    r"|for (?:a few|a couple of|some|just|stuff|a bit of|a bunch of)(?![\w'])|for an? [^.?!]*\.$|for an? (?!(?:year|month|week|day|night|weekend|session|lesson|hour|person|head|seat|single|couple|family)(?![\w']))(?:(?!" + _ASKS + r")[^.?!])*\?$|for an? (?:(?!" + _ASKS + r")[^.?!])* (?:that|which|who)(?:'s|'ll|'d| is| will| would| just)? (?:(?!" + _ASKS + r")[^.?!])*\?$"
)

# Doubt about the rep's offer itself ("I've heard that before"): unimpressed even when the reply
# answers one of the rep's questions.
SCEPTICAL = phrases(
    # A bad time with others like the rep ("I'm not keen to go through that again").
    r"not (?:keen|eager|in a hurry) (?:to|on) (?:go(?:ing)? through|do(?:ing)?|repeat(?:ing)?|have|having) (?:that|all that|it|this) again",
    # Another opinion against the rep's ("the other guy who came out reckoned it was a few hundred").
    r"(?:the |an)?other (?:guy|bloke|fella|company|firm|tradie|builder|roofer|plumber|electrician|installer|quote) (?:who (?:came|come) (?:out|round|over)(?: [\w']+){0,3} )?(?:reckoned|reckons|said|quoted)",
    r"couldn't it (?:just )?be", r"(?:said|say|says) they(?:'d| would|'ll| will| can) do it for (?:free|nothing|less|half)",
    r"(?:i'm|i am|we're|we are) not (?:most|all|every) (?:people|parents|families|customers|businesses|companies|clients)", r"i know what i said(?= *[.!]|$)",
    r"i know what (?:my|our) [\w']+ (?:need|needs|want|wants)", r"(?:are|so) you(?:'re)? saying (?:you'd|you would|you'll|you will|you're going to|that you)",
    r"(?:a |five |two |ten )?(?:minute|minutes|second|seconds|moment) ago you (?:told|said)",
    # Even as the answer to the rep's question ("What's more important, a week's food shop or your kids losing the house?").
    r"(?:(?:i )?(?:don't|do not) think (?:that's|that is|it's|it is)|(?:that's|that is|that's just) not) (?:really |very |entirely |quite )?fair(?= *[.!]|$)",
    r"(?:don't|do not) know (?:if|whether) (?:[\w']+ ){1,3}(?:work|works|would work|will work|help|helps|would help)(?= for| *[.!,]|$)",
 r"(?:nobody|no one|no-one)(?:'s| has) (?:actually |even )?(?:looked at|seen|checked) it",
    # Lumping the rep in with every seller ("you're like all the rest of them", "I hate these calls").
    r"(?:you're|you are|you lot are|you guys are) (?:just )?(?:like|the same as) (?:all )?(?:the )?(?:rest|others)(?: of (?:them|you|'em))?(?= *[.,!]|$)", r"(?:yous|you lot|you people|you guys|you) always say (?:that|this)", r"(?:every one|each one|all) of (?:yous|you(?: lot| people| guys)?) (?:is|are) (?:just )?(?:the same|alike)",
    r"(?:you're|you are|yous are|you lot are|you people are|you guys are) all (?:just )?(?:the same|alike)", r"(?:i|we) (?:hate|can't stand|cannot stand) (?:these|this kind of|sales|cold) calls",
    # Asking what is in it for the rep ("How do you get paid out of all this?").
    r"how (?:do|does) (?:you|your firm|your company) (?:get paid|make (?:your |its |their )?money)", r"what would (?:i|we) (?:want|need|use) (?:it|that|this|one) for\?", r"(?:what's|what is) your (?:cut|commission)",
    r"(?:i've|we've|i have|we have) heard (?:that|this|it) (?:before|a lot|a million times|from)", r"too good to be true", r"hit (?:and|or) miss",
    r"(?:everyone's|everybody's) (?:[\w']+ ){1,2}(?:is|are|looks?) (?:wonderful|great|amazing|perfect|fantastic|brilliant)",
    r"(?:i've|we've|i have|we have) looked at (?:it|this|that|you|them|[\w']+ like this) before",
    r"(?:numbers|maths|math|figures) never (?:came|come|worked|work|stacked|stack) (?:out|up)",
    r"(?:everyone|everybody|they all) (?:says?|claims?|tells? (?:me|us)) (?:that|they|the same|so)(?![\w'])", r"(?:everyone|everybody|they all) (?:quotes?|promises?)", r"(?:(?:everyone|everybody|they all) always|every (?:year|time|month) (?:somebody|someone|some \w+)) (?:says?|claims?|quotes?|promises?|tells? (?:me|us))(?![\w'])", r"(?:everyone|everybody|they all) (?:says?|said)(?= [\"“‘'])",
    r"(?:that's|that is|it's|it is) not the point(?= *[.!]|$)", r"i know what (?:i'm|we're|i am|we are) (?:paying|spending|getting)",
    r"(?:don't|do not) need (?:you|someone|somebody|anybody|anyone|some [\w'-]+) (?:telling|to tell) (?:me|us)",
    r"why would (?:i|we) (?:want|need|use|bother with) (?:that|it|this|one|them)(?= *\?)",
    r"(?:everyone|everybody|they all) (?:says?|claims?|promises?) (?:[\w']+ ){1,3}(?:percent|cheaper|under|faster|less)",
    r"why (?:do |would |should )?(?:i|we) need you",
    r"(?:sounds|looks|seems) (?:just )?like every (?:other )?[\w']+", r"(?:what|how) (?:makes|is) (?:you|yours) (?:any )?different",
    r"not sure (?:a|this|that|it|your|the) (?:[\w']+ ){0,3}(?:is|will|would|is going to|'s going to) (?:be )?(?:any )?(?:different|work|help)",
    r"(?:i'm|we're|i am|we are|i feel) (?:[\w']+ ){0,2}(?:wary|sceptical|skeptical|gun-shy)", r"(?:i've|we've) been burn(?:ed|t) (?:before|by)",
    r"(?:a bit|a little|pretty|kind of|kinda|very|really) (?:wary|sceptical|skeptical)",
    r"(?:doesn't|does not|didn't|did not) (?:exactly |really )?(?:fill|inspire) (?:me|us) with (?:much )?confidence",
    r"(?:we|i) (?:have |'ve )?tried (?:a |an |one |that |this |it |these )?(?:[\w']+ ){0,2}before", r"(?:we|i) tried (?:a |an |one |that |this |it |these )?(?:[\w']+,? ){0,3}(?:a (?:couple|few) (?:of )?|two |three |some )?(?:years|months) ago",
    r"(?:i've|we've|i have|we have) had (?:that|the|this) (?:[\w'\"“”]+ ){1,4}line",
    r"every (?:[\w']+ ){0,2}(?:supplier|vendor|broker|salesman|salesperson|rep|company|agency|forwarder|provider|installer|one of you) "
    r"(?:[\w']+ ){0,6}(?:says?|said|quoted|quotes|promised|promises|claims?|tells? me|told me)",
    r"(?:seems|sounds|looks) (?:very |a bit |pretty |quite |really |a little |awfully )?optimistic",
    r"mixed reviews", r"(?:bad|negative|poor|some|a couple of|a few) (?:google |online |yelp |trustpilot )?reviews (?:[\w']+ ){0,4}(?:about|saying|complaining)", r"(?:i )?(?:really |seriously |honestly )?doubt (?:it|that|it's|that's|it is|we|you)", r"based on what\?",
    r"not sure (?:that's|that is|it's|it is) how (?:it|that|this) works", r"not sure (?:that's|that is|it's|it is) (?:really |entirely |quite )?(?:fair|right|true|accurate)",
    # Doubting what the rep just argued, in so many words ("Hm. I'm not so sure.").
    r"(?:i'm|i am|we're|we are) not (?:so|too|that|all that) sure(?= *[.!]|$)",
    # A charge the prospect did not expect, questioned ("Why's that separate from the hire?").
    r"why(?:'s| is| are) (?:that|this|it|those|these|they) (?:separate|extra|on top|additional|not included|charged separately)", r"(?:guaranteed|proven|protected|covered) how\?",
    r"(?:it's|that's|it is|that is) not (?:really )?about the",
    r"(?:that's|it's) what (?:they|everyone|everybody) (?:all )?says?", r"(?:yours|you guys) included",
    r"(?:all|most) (?:of )?(?:these|those|them|you guys) (?:[\w']+ ){0,3}(?:are|is) (?:a |just |all )?(?:checkbox|the same|same|a waste|useless|rubbish|garbage|nonsense|a scam|a gimmick)",
    r"(?:(?<=^)|(?<=[.!?,] )|(?<=i )|(?<=we ))(?:wouldn't|don't|do not|can't) agree", r"(?:could|can) (?:do|get|learn) (?:it |that |this |stuff |all that )?(?:ourselves|myself|off youtube|on youtube|for free)", r"(?:(?:maybe|sure|yeah|i mean|(?:looks?|sounds?) (?:good|great|nice|fine)),? |(?<=^)|(?<=[.!?] ))on paper(?= *[.,!])",
    # Heard it before ("That's exactly what the last fellow said"), or slowing it down after being burned.
    r"(?:that's|that is|it's) (?:exactly |just )?what (?:the|every|all the) (?:last|other|previous|first|next) (?:[\w']+ ){0,2}(?:said|told (?:me|us)|promised|says)",
    r"(?:we're|we are|i'm|i am) (?:going to |gonna )?(?:take|taking) (?:this|it|things) (?:slow|slowly)(?= *[.,!]|$)",
    # Tried before and it came to nothing ("people who never came back", "The last agency did the same").
    r"(?:who|and|that) never (?:came back|booked (?:anything|again)|returned|converted|bought (?:anything|again))",
    r"the (?:last|previous|old|other) (?:[\w']+ ){0,2}(?:did|promised|tried|said) (?:the same|exactly that|that too)", r"(?:we|i) tried (?:it|that|this|them) once",
    r"(?:i'm|i am|we're|we are) really not sure(?= *[.!]|$)", r"(?:(?<=^)|(?<=[.!?] ))(?:in theory|theoretically)(?= *[.,!])",
    # The promise not yet seen in the prospect's own numbers ("Maybe. We haven't seen that yet.").
    r"(?:we|i) haven't seen (?:that|it|any of that|that happen) (?:yet|so far)(?= *[.!]|$)",
    r"haven't seen (?:it|that|them|any of it) (?:show up|come through|make a difference|move the needle|pay off)",
    r"(?:(?<=^)|(?<=[.!?] ))mixed(?=,? if i'm honest| *[.!]|$)",
    r"is this the (?:bit|part) where",
    r"(?:he's|she's|they've|he has|she has|they have) been (?:right|good|great|reliable|fine) for (?:[\w-]+ )?(?:years|ages|decades)",
    r"got us (?:in|into) (?:trouble|a mess|hot water|bother)", r"(?:doesn't|does not|don't) (?:really |quite )?add up", r"loaded question",
    r"(?:(?<=^)|(?<=[.!?] ))an? [\w-]+[.!] right(?= *[.!]|$)",
    # Pushing back on the rep's approach, even in an answer ("I only wanted to ask a few things", "Don't put that on me.", "I'm not an invalid.").
    r"don't put (?:that|this|it) on (?:me|us|her|him)", r"(?:i'm|i am) not (?:an invalid|helpless|useless|senile|a child)",
    r"(?:i|we) only (?:wanted|want|meant) to ask (?:a few|a couple of|some) (?:things|questions)",
    # A claim heard before, or the rep's point refused ("You said that last year", "We got burned on exactly this with
    # the last vendor", "It tells me nothing. Anyone can write...", "What is it you actually want from me?").
    r"you (?:said|told (?:me|us)) (?:that|the same(?: thing)?) (?:last|before|the last)",
    r"(?:we|i) (?:got|have been|'ve been|were|was) burned (?:on exactly (?:this|that)|by (?:the last|our last|another) (?:vendor|supplier|provider|agency|company|firm))",
    r"(?:it )?tells (?:me|us) nothing", r"anyone can (?:write|say|claim|put)",
    r"what is it you (?:actually |really )?want(?: from (?:me|us))?(?=\?)", r"i didn't ask for (?:a|an|that|this|the)",
    r"(?:that|it) doesn't change (?:what|the fact|anything|how|that)", r"(?:that's|that is) (?:just |only )?a (?:token|gesture)(?= *[.,!]|$)",
    # A claim about them flatly denied, or a pitch that missed them ("We do check.", "We're not a big national chain").
    r"^(?:we|i) do (?:check|know|track|measure|monitor|read|compare|shop around)(?= *[.!]|$)",
    r"(?:we're|we are) not (?:a |some )?(?:big|large|huge|massive|national) (?:[\w']+ )?(?:chain|company|corporate|corporation|firm|enterprise|business|outfit|operation)",
    r"now you're (?:ringing|calling|phoning) to sell", r"(?:i've|i have|i) (?:already )?read (?:the|your) (?:leaflet|brochure|flyer|website|one-pager|deck)(?= *[.!]|$)",
    r"(?:i|we) just (?:need|want) (?:the |my |our )?(?:[\w']+ )?to work(?= *[.,!]|$| and)",
    # Evidence or others' example refused, a lecture refused ("That's not data I'd change practice on", "I don't really care what
    # St Anne's are doing", "Don't lecture me about my patients").
    r"not (?:the kind of |the sort of )?(?:data|evidence|a study|proof) (?:i'd|i would|we'd|we would|i'll|we'll) (?:change|base|switch|bet|stake)",
    r"(?:don't|do not) (?:really |honestly )?care what (?:[\w']+ ){1,3}(?:are|is|were|was) doing", r"(?:don't|do not) lecture (?:me|us)", r"(?:don't|do not) (?:you )?tell me (?:about|how to|what to|i'm|i am)",
    # The offer as a risk, even asked how they feel ("that sounds kinda terrifying", "it becomes my problem").
    r"(?:sounds?|that's|it's) (?:kinda |kind of |a bit |pretty |quite |honestly )?(?:terrifying|scary)(?= *[.,!]|$)", r"(?:it|that|this) (?:becomes|ends up|turns into) my problem",
    # Less convinced, pictures that always flatter, a rival's fortune shrugged off ("I'm less convinced it makes sense for the P&L",
    # "They're drawings. Drawings always look good.", "Good for them.").
    r"(?:i'm|i am|we're|we are) (?:a lot |much |far |a bit )?less convinced", r"(?:drawings|renders|brochures|photos|pictures|mock-?ups|demos) always look (?:good|great|nice|lovely)",
    r"^good for (?:them|him|her)(?= *[.!]|$)",
    # Promises heard before, and the rep told to stop ("i've heard those service contracts say 48 hours", "every platform we
    # bring in tells us it syncs", "Can you stop, please? You're making me more panicky than the letter did.").
    r"(?:i've|we've|i have|we have) heard (?:those|these|them|they|you guys|that kind of thing) (?:[\w']+ ){0,3}(?:say|promise|claim)",
    r"every (?:[\w']+ )?(?:platform|tool|system|app|product|vendor|supplier|company|agency) (?:[\w']+ ){0,4}(?:tells? (?:me|us)|promises?|claims?)",
    r"can you stop(?:,? please)?(?= *[?.!])", r"you're making me (?:feel )?(?:more |even |really |so )?(?:panicky|nervous|anxious|worried|stressed|awful|terrible|guilty|bad|uncomfortable)",
    # The rep's word or figure taken as sales talk ("Visibility's the word everyone uses.", "That's a sales figure, it isn't my
    # figure.").
    r"[\w']+(?:'s| is) the (?:word|line|buzzword|thing) (?:everyone|everybody|they all|you all|all of you) (?:uses?|says?)", r"(?:that's|it's|that is|it is) a (?:sales|marketing|brochure) (?:figure|number|stat|statistic|line)",
    # "I wouldn't switch for that", "I'm not actually sure what problem we're solving by moving", "I understand the pitch.",
    # "That doesn't really answer what I asked", "Another LMS? We've already got three."
    r"(?:i|we) (?:wouldn't|would not|won't|will not) (?:switch|change|move|pay more) (?:for|over) (?:that|this|it)(?= *[.,!]|$)",
    r"not (?:actually |really |quite |entirely )?sure what (?:problem|issue) (?:we're|we are|this is|it's|you're|you are) (?:actually )?solving",
    r"(?:i|we) (?:understand|get|know|heard|have heard|'ve heard) the pitch", r"(?:doesn't|does not|didn't|did not) (?:really )?answer (?:what i asked|my question|the question)",
    r"(?:we've|we have|we) already (?:got|have) (?:two|three|four|five|six|several|loads|a few)(?= *[.,!]|$| of (?:them|those))",
    # "We've heard you.", "If it worked, sure. That's a big if.", "That's kind of not what the ad made it sound like."
    r"(?:we've|i've|we have|i have) heard you(?= *[.!]|$)", r"(?:that's|it's|that is) a (?:big|huge|massive) if",
    r"not what the (?:ad|advert|advertisement|website|site|brochure|listing|email|flyer|video) (?:made it (?:sound|look)(?: like)?|said|says|promised)",
    # "What part of no was unclear?", "I know exactly what we pay.", "Hm. I'm still not sure.", "So I'm lying about sending them,
    # am I?", "Why on earth would I want to come back?", "so it does what it should've done in the first place?",
    # "Everybody says eight to twelve."
    r"what part of (?:no|'no')", r"(?:i|we) know (?:exactly |full well )?what (?:we|i) (?:pay|spend|are paying|'re paying)(?= *[.,!]|$)", r"(?:i'm|i am) still not sure(?= *[.!]|$)",
    r"(?:so )?(?:i'm|i am) lying(?= *[?,]| about| to you)", r"why (?:on earth |the hell |in the world )?would (?:i|we) (?:ever )?want to", r"(?:should|should've|should have) (?:done|worked|been doing)(?: [\w']+){0,3} in the first place",
    r"^(?:everybody|everyone) says",
    # "Are you threatening my franchise over thirty cars?"
    r"are you threatening (?:me|my|us|our)",
)

# A reply that opens by saying the rep's explanation did not land, to "does that make sense?".
NOT_FOLLOWING = phrases(
    r"(?:not really|no|nope|not quite|not entirely|not totally|not yet|sort of|kind of|kinda|sorta|(?:i'm )?not sure(?: i do)?)(?= *[.,!]|$)",
)
CONFUSION = phrases(
    r"so (?:i'd|we'd|i would|we would|i'll|we'll) (?:be )?(?:paying|pay) (?:twice|double|for (?:both|it twice))",
    r"what(?:'s| has| does) (?:a |an |the )?(?:[\w']+ ){1,3}(?:got|have) to do with",
    r"(?:instead of|on top of) (?:[\w']+ ){0,4}or (?:on top of|instead of)", r"not sure where (?:one|it|this|that) ends",
    r"(?:don't|do not|didn't|did not|not sure (?:i|we)) (?:quite |really |fully )?(?:follow|understand|get (?:it|that|this|(?:what|how|why|which|whether)(?:'s)?|the (?:difference|point))|"
    r"see (?:how|why|what|the difference))", r"(?:don't|do not|didn't) (?:quite |really |fully )?get (?:the|this|that) (?:[\w']+ )?(?:part|bit|piece)",
    r"(?:not|isn't|aren't|i'm not) following", r"(?:you )?lost me", r"(?:i'm|i am) not (?:quite |really )?with you", r"what's (?:this|that) (?:[\w'-]+ ){1,2}thing(?= *\?)", r"confus(?:ed|ing)", r"(?:i'm|i am|am) (?:a bit |so |very |a little |little )?confuse(?![\w'])",
    r"(?:mi|me|i) (?:still )?(?:nuh|noh|no) (?:understand|get (?:it|dat|that))", r"what do you mean",
    r"what does (?:that|this|it) (?:actually |really |even )?(?:mean|do)", r"how(?:'s| is| does| would| are) (?:this|that|it|yours|you|your [\w']+) (?:[\w']+ )?(?:differ|different)",
    r"(?:what's|what is) (?:the )?differen(?:ce(?! in (?:price|cost))|t)", r"why (?:does|would|should) (?:that|this|it|i|we) (?:matter|care|need (?:that|this|it))",
    r"why (?:is|would) (?:that|this) (?:important|relevant|better)", r"(?:can|could) you (?:explain|clarify|say that again|back up|simplify)",
    r"sorry,? (?:so,? )?(?:what(?:'s)?(?! (?:the )?(?:price|pricing|cost|fee|rate)s?(?![\w']))|come again)", r"hang on,? what(?:'s| is) (?:a|an|the|this|that)", r"is (?:that|it|this) (?:a )?good (?:thing )?or (?:a )?bad(?: thing)?(?=\?)", r"over my head", r"too technical", r"what's the point", r"(?:i'm|i am) (?:still )?(?:a (?:bit|little) |kinda |kind of |sort of |totally )?(?:lost|unclear)",
    r"(?:i'm|i am) (?:still )?not (?:clear|sure) (?:on |about )?(?:which|what|how|why|whether)",
    r"how does (?:that|this) (?:help|apply to|work for) (?:me|us)", r"lot of jargon",
    r"not sure how (?:this|that|it|you|yours)", r"how (?:this|that|it|you|yours) (?:is|are) (?:any |really )?different",
    r"what does (?:that|this|it) mean for (?:me|us)", r"(?:don't|do not) know what (?:that|this|it|[\w'\"]+(?: [\w'\"]+)?) means",
    r"what's (?:the |that |this )?(?:[\w']+ )?(?:actually|even|really) for", r"wait,? what\?",
    r"what does [\"“'][^\"”']{1,40}[\"”'] mean", r"(?:is|are) \w+\? (?:sorry|what)", r"what's \w+(?: \w+)?, and why",
    r"the what(?: [\w'-]+){0,2}\?",
    r"what is it (?:we're|we are|i'm|i am) (?:actually |even )?looking at",
    # Questions stacked up ("Which of those would you like me to answer?"); the difference asked ("What does any of that do
    # that a spreadsheet doesn't?").
    r"which (?:one|of those|of them|question|bit) (?:do|would) you (?:want|like) me to answer",
    r"what does (?:any of )?(?:that|this|it|all that) do that (?:a |an |the |my |our )?[\w' ]{1,30}(?:doesn't|does not|can't|cannot|won't)",
)
# Asking what a thing is ("What's a same-day edit?"); a confusion when the rep has just said it.
ASKS_WHAT_A_THING_IS = re.compile(r"(?:(?:sorry|wait|hang on|and|um|uh),? )?what(?:'s| is) an? (?P<thing>[a-z'-]+(?: [a-z'-]+){0,2})\?")

# A reply that opens on a plain no ("No. It works."), to a question whether there is any trouble.
OPENS_ON_NO = re.compile(r"(?:no|nope|nah)(?= *[.!,]|$)")
# A question whether there is any trouble, perhaps after what it is about ("with Vasan, any challenges?").
ASKS_FOR_ANY = re.compile(
    r"(?:(?:with|for|on|at|in) [\w' ]{1,30}, )?any "
    # "Anything about it that bugs you?", not "Anything you'd want added?"
    r"|anything (?=.*(?:bug|annoy|frustrat|bother|worr|not happy|wrong|chang|problem|trouble|issue))"
)
NO_PROBLEM = phrases(
    r"not really", r"(?:it|that|they) works?(?= *[.!]|$)", r"(?<![\w'] )(?:we|i) (?:manage|get by|cope)(?= *[.!]|$)", r"(?:nothing|none),? (?:really|much|major|in particular|comes to mind|that i can think of|specific|big)", r"nothing(?! else)",
    r"(?:(?<=^)|(?<=[.!?] ))none(?= *[.!]|$)",
    r"(?:we're|we are|i'm|i am|things are|it's|it is|everything's|everything is|all is|that's|we've been) (?:pretty |really |actually |mostly |all )?"
    r"(?:fine|good|okay|ok|alright|great|going (?:fine|well|ok|okay|alright)|working (?:fine|well|ok|okay)|under control|sorted|covered)",
    r"no (?:real |major |big |particular |specific )?(?:problems?|issues?|complaints|pain|challenges?)",
    r"(?:can't|cannot|couldn't) (?:really )?think of (?:any|anything|one|much)", r"(?:i )?(?:don't|do not) (?:really )?know(?! (?:how|if|whether|what|where|when|who|why))",
    r"not (?:that )?i (?:can think of|know of)", r"not sure", r"hard to say", r"works (?:for us|fine|okay|ok)", r"can't complain",
    r"ain't broke", r"(?:couldn't|can't) tell you(?= *[.,!]|$)", r"there isn't (?:really )?(?:one|any)(?= *[.!,]|$)", r"doing (?:fine|okay|ok|alright|well)", r"dunno", r"not much",
    # Sent to ask by someone else, when asked what the problem is ("my manager asked me to get a few quotes").
    r"(?:my|our) (?:manager|boss|director|head office|owner) (?:asked|told|wants|wanted) me to (?:get|find|look|gather|collect|ring)",
)
# Saying outright that nothing needs fixing, whatever the question was.
NO_PROBLEM_STATED = phrases(
    r"(?:(?:don't|do not) think there's|there's not|there isn't|there is not|not) (?:much|a lot|a great deal|anything) to gain",
    r"no (?:real )?complaints", r"not what keeps (?:me|us) up",
    r"(?:never|not ever) had (?:any|a single|one) (?:bother|problem|issue|trouble|complaint)", r"never had a single one (?:come back|bounce|rejected)", r"(?:it's|it has|that's|that has|there's|there has|it) never been (?:a |an |any )?(?:problem|issue|concern)(?= *[.,!]|$)",
    r"(?:we're|we are|i'm|i am) (?:already |pretty well |well )?covered(?: really)?(?= *[.,!]|$)",
    r"(?:isn't|is not|'s not|not|(?:don't|do not) know (?:that|if) (?:[\w']+ ){1,5}(?:is|are)) (?:actually |really )?(?:that|so) bad",
    r"(?:it's|that's|it is|that is) not (?:a |really a )?(?:big|major|huge) (?:thing|deal|issue|cost|problem|worry) for (?:us|me)",
    # Not the contrast in "a process problem, not a software problem".
    r"(?:wouldn't say|don't (?:really )?(?:have|see|think (?:we|i) have)|(?<!problem, )(?<!issue, )not (?:really )?(?:any|a)|there (?:aren't|isn't) (?:really )?(?:any|a)) "
    r"(?:[\w']+ ){0,3}(?:challenges?|problems?|issues?|pain(?: points?)?|complaints)",
    r"(?:don't|do not) know (?:if|that|whether) (?:i|we)(?:'ve| have)? (?:got )?(?:a |any )?(?:real )?(?:problem|issue|challenge)s?",
    r"not (?:something|anything|a thing) (?:[\w']+ ){0,4}(?:fix|solve|change|worry about|care about|looked at|asked (?:me|us) (?:to|about))",
    r"(?:don't|do not) (?:really )?know (?:that|if) (?:anything|there(?:'s| is| are)|it's|(?:we|i) (?:need|have))",
    r"nothing(?:'s| is) (?:really )?(?:broken|wrong|going on|on fire)", r"(?:nobody's|no one's|nothing's) on fire",
    r"(?:don't|do not) (?:really )?think (?:[\w']+ ){1,3}(?:is|are) (?:a |an |really a |much of a )?(?:problem|issue|priority)",
    r"not sure (?:we|i) (?:really )?need (?:it|this|that|one|any|anything|you)", r"(?:wasn't|was not|we're not|i'm not) (?:really )?looking for anything",
    r"(?:things are|business is|it's|we're|they're|it is)(?:[.,]+| i mean,?| honestly,?)* (?:fine|okay|ok)(?= *[.!,?]|$)",
    r"(?:we're|we are) (?:okay|ok|fine|good|covered) (?:there|on that|with that)",
    r"(?:it|that|this) does (?:what|all|everything) (?:i|we) need(?: it to)?(?= *[.!,]|$)", r"(?:it|that|this) does (?:me|us) (?:grand|fine|well)(?= *[.!,]|$)",
    r"(?:our|my) current (?:[\w']+ ){0,2}(?:is|are) (?:fine|okay|ok|good enough)(?= *[.!,]|$| really)",
    r"not sure (?:we|i) (?:have|need) (?:a |any )?(?:problem|issue|need)",
    r"(?:don't|do not) (?:really )?have (?:a |any )?(?:specific |particular |clear )?(?:thing|idea|goal|plan|problem)s? in mind",
    r"(?:it's|things are|everything's|everything is) (?:working|fine|good|okay)(?: (?:fine|well|for us))?(?= *[.!,])",
    r"(?:it's|it has|things have|that's) been (?:fine|okay|ok|working fine)(?= *[.!,])",
    r"(?:we're|we are|i'm|i am) (?:good|fine|okay|set|all set) for now",
    r"(?:don't|do not) think there(?:'s| is) (?:a |any |much )?(?:[\w']+ )?(?:project|need|problem|issue|gap|priority)",
    r"no (?:real |major |big )?(?:problems|issues|complaints)(?= *[.!,])", r"no (?:real|major|big) (?:problem|issue)(?= *[.!,])", r"(?:our|the) \w+(?:'s| is) (?:okay|fine|good)(?= *[.,])",
    r"not (?:really )?fussed", r"(?:don't|do not) (?:really )?know what (?:i'd|i would|we'd|we would) (?:want|need|use it for)", r"there(?:'s| is) no (?:real )?problem(?= *[.!,]|$)", r"(?:i'm|we're|i am|we are) (?:alright|fine|ok|okay|happy) (?:as (?:i am|we are|it is|things are)|with what (?:i|we)(?: have|'ve got))",
    # Nobody complaining, a supplier that has been solid, a good season.
    r"(?:nobody|no one|no-one)(?: here| there| in the (?:office|team|shop))? (?:complains|has complained|moans|grumbles)", r"(?:nobody|no one|no-one)(?:'s| has) (?:said|mentioned|raised|complained about) (?:anything|a thing|it)",
    r"(?:our|my) (?:current )?[\w']+(?: [\w']+)? (?:has|have) been (?:pretty |really |very |quite |perfectly )?(?:solid|reliable|good|great|fine|excellent|decent)(?:,? actually)?(?= *[.!,]|$)",
    r"(?:we|we've|i) had a (?:really |reasonably |pretty |fairly |very )?(?:good|great|decent|strong|busy) (?:summer|year|season|quarter|month|spring|winter|autumn|christmas)",
    # Not a problem as they see it ("I'm not sure I'd call it a crisis", "We've never been overbooked", "That's just how salons are").
    r"(?:not sure (?:i'd|i would|we'd|we would)|(?:i|we) wouldn't|(?:i|we) would not|(?:i'd|we'd) hardly) call (?:it|that|them|this) (?:a |an )?(?:[\w']+ )?(?:crisis|problem|issue|disaster|emergency|mess)",
    r"(?:we've|we have|i've|i have) never (?:once )?(?:been|had) (?:overbooked|double[- ]booked|a problem|an issue|any (?:trouble|problems|issues))(?= *[.!,]|$| with (?:him|her|them|it|that))",
    r"(?:we're|we are) (?:pretty |usually |mostly )?(?:full|booked(?: up)?|fully booked) (?:most|all|every)(?: of the)? (?:weeks?|days?|summer|year|season|time)",
    r"(?:that's|that is|it's|it is) just how (?:it is|it goes|things are|[\w']+ (?:are|is|work|works))(?= *[.!,]|$)", r"(?:it's|it is|they're|that's) meant to be (?:quiet|slow|like that)",
    r"(?:i'm|we're|i am|we are) (?:fairly |pretty |quite |very |really )?confident (?:in|about|with) (?:our|my|the)",
    r"(?:we're|we are|i'm|i am) (?:alright|all right|fine|okay|ok|sorted|good|covered) for (?:that|this|it|those)(?![\w'])",
    r"(?:(?<=^)|(?<=[.!?] ))(?:my|our) [\w'-]+(?:'s| is| are|'re) (?:fine|working fine|doing fine|alright|all right)(?= *[.!]|$)",
    r"(?:we|i) (?:don't|do not) really do (?:any |much )?[\w-]+(?= *[.,!]|$)",
    r"(?:i've|we've|i have|we have) (?:managed|coped|got by|gotten by)(?: [\w']+){0,4} (?:so far|till now|until now|up to now|for years)",
    r"(?:she's|he's|they've) got (?:us|me|family)(?= *[.!]|$)",
    r"(?:i'm|we're|i am|we are) (?:perfectly|very|really|quite|more than) happy with (?!(?:that|this|it|those|these|everything|you|the (?:price|plan|proposal|quote|idea))\b)[\w'-]+(?= *[.,!]|$)",
    # Content with how it is done now ("we're fine with how we do it", "I'm fine with the sheet. it's boring but it works").
    r"(?:i'm|we're|i am|we are) (?:fine|happy|good|okay|ok) with how (?:i|we) do (?:it|them|things|that)", r"(?:it's|it is) [\w' ]{1,25} but it works(?= *[.,!]|$| and| fine)",
    r"(?:we've|we have|i've|i have) never had (?:a|an|any) (?:lapse|breach|incident|accident|claim|fine)s?(?= *[.!,]|$)",
    # "We've got stuff in place."
    r"(?:we've|we have|we)(?: got)? (?:stuff|things|something|a few things|bits|plenty|all that|provision) in place(?= *[.,!]|$)",
)
# Wanting time or another person to weigh the offer: a put-off, not a problem to solve.
WEIGHING_IT = (
    r"(?!(?:s|ed)? (?:[\w']+ ){0,2}to (?:look|compare|run|talk|speak|tell|hear|think|check|sit (?:down|with)|review|wait|sleep|discuss|read|go over|"
    r"go through|show|ask|mull|calculate|understand|know (?:whether|if|what|how)|get [\w']+(?: [\w']+)? to|"
    r"have a (?:proper |good |quick |closer |little )?(?:think|look|chat|word)|see (?:it|that|this|them|how|what|the (?:contract|figures|numbers|paperwork))))"
)
# A problem the prospect does name, which rules out `no_problem`.
PAIN = phrases(
    r"problem is", r"issue is", r"struggl\w*", r"bottleneck", r"losing", r"lose", r"frustrat\w*", r"killing", r"burn\w*",
    r"go(?:es|ing)? cold", r"no (?:buyers|leads|sales|time|system|process)", r"hard to", r"too (?:much|many|slow)", r"behind", r"stuck",
    r"drowning", r"(?:we|i|they) lost", r"(?:can't|cannot|couldn't) keep up", r"overwhelm\w*", r"swamped", r"wast\w*", r"except", r"only thing", r"pain", r"biggest", r"headaches?", r"(?:don't|do not) know (?:how|if|whether)(?! (?:i|we)(?:'ve| have)? (?:got )?(?:a |any )?(?:real )?(?:problem|issue|challenge))", r"nightmare", r"mess", r"hate", r"annoy\w*", r"(?:the|our) (?:real |big |biggest )?(?:problem|issue)",
    # A need or want that is denied, or already met ("It does what I need"), is no pain; nor is one
    # to weigh the offer ("we'd want Michael to look at it first", "I'm going to need to run this by Victor").
    r"(?<!n't )(?<!not )(?<!sure i )(?<!sure we )(?<!does what i )(?<!does what we )need" + WEIGHING_IT,
    r"(?<!n't )(?<!not )want" + WEIGHING_IT,
    # A goal is a problem to work on ("I'd like more of the higher-end couples").
    r"(?:i'd|we'd|i would|we would) (?:really )?(?:like|love) (?:more|to (?:get|grow|book|land|reach|win|attract|have) more)",
)
# The rep asked about a problem, goal or opportunity.
PROBLEM_QUESTION = phrases(
    r"problems?", r"challenges?", r"issues?", r"trouble", r"pain", r"goals?", r"improve", r"better", r"change", r"frustrat\w*", r"priorit\w*",
    r"achieve", r"trying to", r"looking for", r"looking to", r"wish", r"want", r"keep(?:s|ing)? you up", r"hurt\w*", r"struggl\w*", r"working",
    r"not working", r"difficult", r"hard", r"fix", r"solve", r"opportunit\w*", r"brought you", r"made you", r"why now", r"hoping",
    r"got you", r"prompted", r"prompting", r"reach(?:ed)? out", r"get in touch", r"on your mind", r"looking at", r"headaches?", r"bottlenecks?",
    r"holding (?:you|[\w']+) back", r"bugs? you", r"annoy\w*", r"drives? you (?:mad|nuts|crazy|up the wall)", r"biggest", r"(?:keep|keeping|stay|staying) on top of", r"(?:keep|keeping) track of", r"coping", r"managing",
)
# Threatening to end the call ("if you push on this one more time, I'm ending the call"): a
# threat, not a bar the prospect sets, so unlike DISINTEREST no condition takes it back.
ENDS_THE_CALL = phrases(
    r"(?:i'm|i am|i'll|i will|i'm going to|i'm gonna) (?:end|ending|finish|finishing) (?:the|this) (?:call|conversation)",
    r"(?:i'm|i am|i'll|i will|i'm going to|i'm gonna) (?:hang(?:ing)? up|put(?:ting)? the phone down)",
)
# Having to go ("Right, I've got to go."): once a time is set, only the call's end.
LEAVING = phrases(r"(?:gotta|have to|got to|need to|'ve got to) (?:run|go|jump|dash|drop|hop off)(?= *[.,!]|$| now| home)")
DISINTEREST = phrases(
    r"(?:i've|i have|i) got (?:another|a|to get to a|to jump on a) (?:meeting|call)(?= *[.,!]|$)",
    r"(?:i'm|we're|i am|we are) not in the market", r"(?:i'm|i am|(?:i think )?we're|we are) (?:very |really |so |too |quite |pretty )?busy(?= *[.,!]|$)", r"gotta (?:run|go)(?= *[.,!]|$| now)",
    r"(?:i|we) (?:have|'ve got) (?:a|another) (?:meeting|call) (?:now|right now)", r"(?:don't|do not) (?:really )?know what there(?:'s| is) to (?:talk about|discuss)",r"whatever you(?:'ve got| have| think| want)(?= *[.,!]|$)",
    r"not (?:really )?interested", r"(?:don't|do not) (?:really )?(?:have|got) (?:much |the |a lot of )?time(?: for this)?",
    r"(?:have|got|need) to (?:run|go|jump|hop off|drop)(?! (?:it|this|that|past|by|through|over))(?! in (?:about |like |a )?(?:[\w']+ )?(?:minutes?|mins))(?: soon| in)?",
    r"can we (?:wrap|speed|hurry|make this quick)", r"(?:i'm|i am) going to go", r"take (?:me|us) off your list", r"stop calling",
    r"(?<!or )(?<!and )(?<!on )(?<!with )(?<!to )(?<!for )(?<!in )(?<!happen )(?<!happens )whatever(?= *[.,!]|$)", r"if you say so", r"(?:gonna|going to|need to|have to|got to|gotta) (?:hop|jump|head|get) off",
    r"(?:we're|i'm|we are|i am) done(?: for (?:tonight|today|now))?(?= *[.,!]|$)", r"running (?:late|short on time)", r"(?:don't|do not) (?:really )?care(?! (?:what|how much|(?:that|so|too) much)| about(?! (?:it|this|that|any of)\b)| (?:whether|if) (?:you|we|they) call)",
    r"(?:isn't|is not|aren't|are not|'s not|'re not|not) (?:really )?looking to (?:buy|spend on|add|take on|bring in) (?:another|a new|any|more)",
    r"(?:only|just) (?:having|taking|had|took) a (?:quick )?look",
    r"(?:i|we) (?:haven't|have not) (?:actually |really |even )?(?:read|opened|looked at) (?:it|that|them|the (?:email|brochure|letter|leaflet))(?= *[.,!]|$)",
    r"got (?:a |an |another )?(?:truck|delivery|customer|patient|client|someone|somebody) (?:waiting|at the (?:door|dock|counter|desk|front))", r"(?:only|just) (?:looking|lookin'?|browsing)(?= *[.,!]|$| really| for now)", r"thanks anyway",
    # Attention elsewhere ("Sorry, I'm half on email here").
    r"(?:i'm|i am) (?:half|also|kind of|sort of) (?:on|doing|answering|in) (?:my )?(?:email|emails|slack|another (?:call|thing|meeting))", r"(?:i'm|i am) (?:a bit |just )?(?:multitasking|distracted)",
    r"what (?:do|did) you want from (?:me|us)(?= *\?)",
    r"(?:i'd|i would|we'd|we would) rather not (?:get into|go into)",
    r"(?:don't|do not) (?:really )?want to be (?:doing|talking about|having) this",
    # "Ja. Was there anything else?": the prospect moving to end the call.
    r"(?:was|is) there anything else(?= *\?)",
    # "I really just rang about the roaming charge."
    r"(?:i|we) (?:really )?(?:just|only) (?:rang|called|phoned|rung|wanted to talk) (?:about|for|to (?:sort|ask|complain|cancel))",
    # "Okay. I think we're done for today."
    r"(?:i think )?we're done (?:for today|here)(?= *[.!]|$)",
)
# Words of a reply that adds nothing: a bare acknowledgement.
# One-word answers that tell nothing ("Busy.", "Same as ever" in a word).
# Terse replies that stay terse with a word or two more ("Dunno. Guess, mostly.").
SHRUGS = frozenset({"dunno", "eh", "meh"})
# How busy they are, in a word, which can come with a shrug ("Busy. Same as everywhere.").
BUSY_WORDS = frozenset("busy hectic manic mad crazy chaos chaotic".split())
TERSE_REPLIES = BUSY_WORDS | frozenset("nothing normal usual same meh whatever dunno depends various".split())
# A verdict that says next to nothing ("It was okay.", "Okay lang."), and the words that can go with it.
LUKEWARM = frozenset("okay ok fine alright meh so-so".split())
LUKEWARM_REPLY_WORDS = LUKEWARM | frozenset("it it's was is lang just i guess pretty kinda yeah um uh hmm well".split())
# Asking what the prospect makes of something they have seen.
ASKS_OPINION = phrases(
    r"what (?:did|do) you (?:think|make) of", r"how(?: do| did|'d) you (?:see|find|feel about|like) (?:it|that|this|the)",
    r"how (?:was|did you like) (?:it|that|the)", r"(?:what's|what are|what were) your (?:thoughts|take|impressions?)",
)
# Someone's event dated by a window ("She starts secondary after the summer"), which puts nothing off.
EVENT_BEFORE_A_WINDOW = phrases(
    r"(?:starts?|begins?|finishes|moves?|opens|closes|retires?|graduates?|is due|goes back)(?: (?!(?:it|this|that|you|me|us)\b)[\w']+){0,2}"
)
FILLER_WORDS = frozenset(
    "okay ok k cool sure yeah yep yes yup ya yah fine right mm mmm mhm mm-hmm hmm hm uh huh uh-huh um erm i mean guess suppose "
    "maybe alright all got it interesting sounds good so well oh gotcha noted understood see makes sense nice "
    "oh-kay right-o righto ja aye ah kinda sorta mm-hm mm-hmm uh-hm mhmm it's that's fine pretty".split()
)

# Filler that carries no energy at all: a hedge or a murmur rather than a yes.
LOW_ENERGY_WORDS = frozenset("maybe guess suppose mm mmm hmm hm hmph humph mhm mm-hm mm-hmm uh-hm mhmm kinda sorta".split())

ACCEPTANCE = phrases(
    r"(?:that's|that is|it's|fair|sounds) (?:fair|reasonable|good|great|helpful|right|true|what (?:i|we) need)",
    r"fair enough", r"fair point", r"good point", r"(?:that|this) (?:part|bit|point)(?:'s| is) fair", r"(?:(?<=^)|(?<=[.!?,] ))book it(?: in)?(?= *[.,!]|$)",
    r"(?:the|that) [\w']+ is (?:nice|good|great|useful|handy)(?= *[.,!]|$)", r"(?:that )?makes (?:total |complete )?sense", r"you're right", r"that helps",
    r"(?:that's|that is) (?:actually )?(?:what (?:i|we)|exactly|really|pretty) (?:need|want|helpful|what|good|cool)",
    r"(?:that's|that is) (?:exactly )?what (?:[\w']+ ){1,2}(?:needs?|wants?) to (?:hear|see|know)", r"that (?:i|we) (?:get|understand)(?= *[.,!]|$)",
    r"(?<!what )(?<!how )(?<!all )(?<!everything )(?<!thing )(?:i|we) can do(?= *[.!]|$)",
    r"i like (?:that|it|the sound)", r"that works", r"(?:okay|ok|alright),? (?:great|good|perfect|cool|got it|let's)",
    r"(?:i'm|we're) (?:in(?= *[.,!]|$| now| too)|sold|convinced)", r"let's (?:do|go|move|get)", r"sounds good", r"perfect", r"great", r"love (?:that|it)",
    r"(?:i|we) can (?:work with|live with) that", r"that (?:answers|addresses|covers) (?:it|that|my)",
    r"put (?:it |you )?like that", r"(?:that's|that is|it's|it is) not (?:bad|crazy|terrible|outrageous|unreasonable)(?= *[.,!]|$)",
    # Thanks for the straight answer: it was taken.
    r"thank(?:s| you) for (?:being (?:so )?(?:honest|straight|upfront|up front|frank|clear|open)|explaining(?: that| it)?|clarifying|(?:the|your) (?:honesty|explanation|candour|candor))",
    # Accepting on a condition the rep has just met ("Okay, if it's the refurbished floors, that's fine.").
    r"if (?:[\w']+ ){1,8}?[\w']+, (?:then )?(?:that's|that is) (?:fine|okay|ok|alright|good)(?= *[.,!]|$)",
)
# A prospect question that moves the deal forward (logistics, payment, next steps).
FORWARD_QUESTION = phrases(
    r"payment plan", r"how (?:do|would|can) (?:we|i) (?:start|get started|sign up|begin|proceed|pay)", r"next steps?",
    r"when (?:can|could|would) (?:we|i) (?:start|begin|kick off)", r"onboarding", r"(?:how|what) (?:about|does) (?:the )?(?:contract|terms)",
    r"where do i sign", r"how (?:soon|fast|quickly)", r"what are we talking(?: about)?(?: [\w']+){0,4}\?",
)

# --- commitments -----------------------------------------------------------------------------

# The deal done on the call: signed, or paid and gone through. A doubt raised after it is a reset to
# handle, not the deal taken back.
DEAL_DONE = phrases(
    # "Signed." as its own sentence, or said of oneself; not "before it gets paid".
    r"(?:(?<=^)|(?<=[.!?,] )|(?<=\.\.\.))(?:signed|paid)(?= *[.!]|$)", r"(?:i've|we've|i have|we have|i just|we just) (?:signed|paid)(?= *[.!]|$)",
    r"(?:it|the payment|payment|that)(?:'s| has)? (?:went|gone|going) through", r"(?:'s| has) gone through", r"payment (?:received|confirmed|complete|successful|accepted)",
    r"confirmation (?:came|has come|'s come|is) through",
    r"signing(?:\.{1,3}|…|,)? ?done", r"just (?:signed|paid)(?! (?:[\w']+ ){0,4}with (?!you(?![\w'])))",  # not "We just signed three years with our firewall vendor"
    r"(?<!last time we )(?<!last time i )(?<!when we )(?<!when i )(?:signed|paid) (?:it|the)",
    # Read off the screen while doing it on the call ("Done, it says installed", "it says successful").
    r"(?:it|the app|the screen|the page) (?:says|is saying|'s saying|shows) (?:payment )?(?:successful|approved|accepted|completed?|confirmed|installed|activated)",
    # A purchase order raised on the call, or its number read out.
    r"(?:i am|i'm|we are|we're|i'll|we'll|i will|we will|i've|we've|i have|we have|just) (?:raising|raised|cutting|cut|issuing|issued) (?:the |a |you )?(?:po|purchase order)(?! (?:next|later|after|when|once|if|in)\b)",
    r"(?:po|purchase order) number (?:is|'s)",
    # "There. Done." as the prospect pays while the rep waits.
    r"(?:(?<=^)|(?<=[.!?,] ))(?:there|okay|ok|right)[.,!]? (?:all )?(?:done|sent|transferred)(?= *[.!]|$)",
)
DECISION = Phrases([
    *DEAL_DONE.alternatives,
    # Saying yes to a quote sent during the call ("Can I just say yes now?"); a bare "Accepted." is
    # as often a calendar invite.
    r"can i (?:just )?say yes(?: now| today| to (?:it|that|this))?", r"(?:go ahead and |just )?submit (?:it|the application|the order)(?= *[.!]|$| then| now| today)", r"(?:i've |i have |just )?accepted (?:the|your) (?:quote|offer|proposal|estimate)",
    r"let's (?:just )?(?:do (?:it|this|that|the)|go(?: ahead| for it)?|get (?:started|going|it done|signed)|move (?:forward|ahead)|proceed|sign)",
    # Keeping the account on hold instead of cancelling it ("Go on, do. Pause it.").
    r"(?:pause|freeze) (?:it|the account|my account|the subscription|my subscription|the membership|my membership)(?= *[.,!]|$| (?:till|until|for))",
    r"(?:i'm|we're|i am|we are|count (?:me|us)) (?:in(?= *[.,!]|$| now| too)|on board|ready to (?:go|sign|start|move|proceed|buy))",
    r"(?:i'm|we're) ready(?= *[.!]|$)", r"signing (?:it )?(?:right )?now",
    r"can (?:i|we) (?:do|take|go with|get|start) (?:the |a )?(?:\w+ )?(?:payments|payment plan|installments|instalments|monthly plan|annual plan|full payment)(?= *\?)",
    r"can (?:i|we) (?:pay|sign)(?: it| up)?(?: in full| now| today| this week| (?:by|with) (?:a |my )?(?:card|bank transfer|transfer|cheque|check)(?: or (?:card|bank transfer|transfer|cheque|check))?){0,2}(?=\?)",
    r"(?:i'd|i would|we'd|we would) (?:rather|prefer to|like to) pay (?:upfront|up front|in full|the (?:full|whole))",
    r"sign (?:me|us) up", r"(?:(?<=^)|(?<=[.!?,] ))(?:just |go ahead and |then )?renew (?:it|us|me|the [\w-]+)(?= *[.!,]|$)",
    # A plan chosen ("Put us on the monthly from when the trial finishes").
    r"(?:put|switch|move) (?:me|us) (?:on|onto|over to|across to) (?:the )?(?:monthly|annual|yearly|quarterly|paid|full|premium|pro|[\w-]+ (?:plan|tier|package|subscription))(?![\w'])",
    # An order given outright ("Righto, send six.", "Send it. Six hundred bags", "Go the tungsten.").
    r"(?:(?<=^)|(?<=[.!?,] ))send (?:me |us )?(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|a hundred|[\w-]+ hundred)(?: [\w'-]+){0,3}(?= *[.!,]|$)", r"(?:(?<=^)|(?<=[.!?,] ))send (?:it|them)[.,] (?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|a hundred|[\w-]+ hundred)",
    r"(?:(?<=^)|(?<=[.!?,] ))(?:go|we'll go|i'll go) (?:with )?the [\w'-]+(?= *[.!]|$)",
    r"can (?:we|i) (?:just )?(?:do|go ahead with|get on with|sign) (?:it|this|that)(?: now| today| right now)?(?= *\?|,[^.?!]*\?)",
    r"let me (?:get|grab|find|fetch|dig out) (?:my|the|our|a) (?:credit |debit |company |business )?(?:card|wallet|purse|chequebook|checkbook)",
r"(?:how|where) do (?:i|we) sign(?: up)?", r"how (?:do|can) (?:i|we) pay(?: for it| you)?(?= *[,?]|$)",
    r"(?:i|we) (?:really )?want to (?:start|sign up|go ahead|join(?! (?:him|her|them|me|us|my|our|his|their)\b)|get started|move forward|enrol|enroll)",
    r"(?:i'll|we'll|let's) (?:do|take|go with) (?:the )?(?:\w+ )?(?:payments|payment plan|installments|instalments|monthly plan|annual plan|full payment)",
    r"go ahead and (?:put|place|order|ship|charge|book|process|run)", r"(?<!i )(?<!we )(?<!they )(?<!he )(?<!she )put (?:it|it all|the order|that|them) through", r"(?:put|switch) (?:me|us) (?:through|over|across)(?= *[.!,]|$)",
    r"let's (?:just )?(?:do|go with|take|get|order) (?:two|three|four|both|all|the|\d+|[\w']+ plus)", r"let's (?:just )?(?:do|go with) (?!(?:it|this|that|nothing|neither|none|lunch|coffee|dinner|drinks|breakfast|zoom|teams|video|phone|today|tomorrow|tonight|next|(?:mon|tues|wednes|thurs|fri|satur|sun)day)\b)[\w'-]+(?= *[.!]|$)", r"(?:just )?do the lot", r"let's (?:just )?book (?:it|that|this)(?! in\b)(?= *[.!,]|$)", r"(?:i'll|we'll|i will|we will|i can|we can|happy to) (?:just )?(?:sign(?! off| (?:it|this|that|them) off)|pay|take it(?! (?:to|back|away|up|home|round|around|upstairs|in to)(?![\w']))|buy|go ahead|proceed|move forward|start|commit)",
    # A whole reorder ("Just put me down for the usual"); "put me down for three cases" is one line
    # of an order still being built.
    r"put (?:me|us) down for (?:the usual|the same(?: again| as last time)?)(?![\w'])",
    # A pledge of a sum ("Put me down for a hundred, to the nursing scholarship").
    r"put (?:me|us) down for (?:a |an )?[$£€]?(?:\d[\d,.]*k?|(?:one |two |five |a )?(?:hundred|thousand|grand)|fifty|twenty(?:-five)?|forty|sixty|seventy-five)"
    r"(?: (?:dollars|bucks|pounds|euros|quid|shillings))?(?: (?:a|per|each) (?:month|year))?(?= *[.!,]|$| (?:to|for|towards?) )",
    r"(?:send|email) (?:me |us |over )?(?:the )?(?:contract|agreement|paperwork|payment link|invoice|order form|docusign|e-?signature link)(?! (?:so|and) (?:i|we)(?: can|'ll| will) (?:review|look|think|read|go through|check|run|show))"
    # Not "Send me the agreement and the price list and I'll have a read", nor "... and we'll look at it".
    r"(?![^.?!]* (?:i|we)(?:'ll| will) (?:have a (?:read|look|think)|look (?:at|over|through)|read|review|go through|think))",
    r"(?:we|i)(?: have|'ve got) a deal", r"(?:it's|that's) a deal", r"(?:(?<=^)|(?<=[.!?,] ))(?:deal|done deal|sold)(?= *[.!]|$)", r"(?:let's|we'll|we can|i'll|we want to|we'd like to|i'd like to|i want to|i'd love to|we'd love to|happy to) go ahead", r"(?:you've got|you have) (?:a deal|yourself a)",
    r"(?:book|lock) (?:it|us|me) in", r"(?:book|lock) (?:the|that|this) (?:[\w']+ )?[\w']+ in(?= today| now| for| *[.!,]|$)", r"(?:(?<=^)|(?<=[.!?] ))paying (?:it |you )?now(?= *[.!,]|$)", r"(?:i|we)(?:'ll|'d like to| will| want to) (?:take|go with) (?:it|the)(?! (?:to|over|back|across|out)\b)",
    # Not someone set to work ("I'll get the office to pull it").
    r"(?:i|we)(?:'ll|'d like to| will| want to) get (?:it|the)(?! (?:to|over|back|across|out)\b)(?!(?: [\w'-]+){1,2} to )",
    r"let's set (?:it|that|this|me|us|the \w+) up", r"(?:i'll|we'll|i will|we will|happy to) (?:put|pay|leave|do|make) (?:the|a|that) (?:first |initial )?(?:deposit|payment|instalment|installment)",
    r"(?:i'll|we'll|i will|we will) (?:bring|drop|mail|post|send|put) (?:you )?(?:a|the) (?:check|cheque|deposit|payment)(?: (?:in|round|over|off|by))?",
    r"(?:(?<=^)|(?<=[.!?,] ))(?:please )?(?:go ahead and )?confirm (?:it|that|the booking|the order)(?= *[.!,]|$)",
    r"(?:here's|take|use) (?:my|the) (?:card|visa|amex|mastercard)", r"(?:putting|entering|typing) (?:in )?(?:the|my) card(?: details| number)?(?: in)?(?= now| *[.!,]|$)", r"(?:card|visa|amex|mastercard) (?:ending|number is|number's)(?: in)? (?:\d+|one|two|three|four|five|six|seven|eight|nine|zero|oh)\b",
    # Bank details read out ("Account is three one eight eight..."): three digits at least.
    r"(?:account|account number|sort code)(?: is|'s)? (?:\d[\d -]{2,}|(?:(?:zero|oh|one|two|three|four|five|six|seven|eight|nine)[ ,-]+){2}(?:zero|oh|one|two|three|four|five|six|seven|eight|nine))(?![\w'])",
    r"(?:it's|it is) (?:a |my )?(?:visa|mastercard|amex)(?: card)?,? (?:ending )?\d+", r"(?:it's|it'll be|it is) (?:a |my |the )?(?:visa|mastercard|amex)(?= *[.!]|$)", r"(?:what's|what is) (?:the|your) (?:m-?pesa|paybill|till|bank|account|sort code|iban)(?: number| details)?(?=\?)", r"(?:take|do|run|process) the (?:first |initial )?(?:deposit|payment|(?:\w+ )?(?:hundred|thousand|grand))(?! off| out| plan)", r"(?:let's|we'll) do the (?:payment plan|annual|monthly|full)",
    # Said as a choice ("Okay, put it on...", "I'll put it on..."), not "won't put it on the card" nor a
    # habit ("I book it and put it on the company Amex"); an order put on a delivery ("Fine. One case.
    # Put it on the Thursday truck") is placed.
    r"(?:(?<=^)|(?<=[.!?,] )|(?<=i'll )|(?<=we'll )|(?<=i will )|(?<=just )|(?<=then )|(?<=let's ))"
    r"(?:put|charge|do|pay for) (?:it|that|this|the \w+) (?:on|to) (?:the|my|our|a) (?:same |usual |existing |[\w-]+-day )?(?:(?:corporate |company |business |office |work |credit |debit )?(?:card|visa|amex|mastercard|account|direct debit)|(?:\w+ )?(?:truck|van|delivery|drop|run))",
    # Giving in ("Fine. Go on then, just be quick"), not asking the rep to go on talking.
    r"(?:fine|okay|ok|alright|all right)[.,]? go on then(?! (?:tell|explain|show|what|how|say))", r"go on then[.,!] that'll do(?= *[.!]|$)",
    # "Alright. Put us down for fifty thousand over five years": a sum or a count, after a yes.
    r"(?:fine|okay|ok|alright|all right|go on(?: then)?)[.,!]? (?:just )?put (?:me|us) down for (?:it|that|the (?:[\w-]+ )?(?:plan|package|option|lot)|" + A_FIGURE + ")",
    r"(?:we'll|i'll|we will|i will|let's) renew (?:for (?:one|a|another|two|three|\d+) (?:more )?years?|on (?:that|those terms|the [\w-]+)|then|now|today)",
    # "Twenty. I'll take twenty": a number taken.
    r"(?:i'll|we'll|i will|we will) take " + A_FIGURE + r"(?= *[.,!]|$| of (?:them|those|the))",
])
# A way to pay, named when the prospect picks one.
PAYMENT_OPTION = phrases(
    # Not the size of a payment weighed as a priority ("the lowest monthly payment").
    r"(?<!lowest )(?<!lower )(?<!low )(?<!smallest )(?<!smaller )"
    r"(?:the )?(?:payment plan|installments?|instalments?|monthly (?:plan|option|payments?)|annual (?:plan|option)|full (?:amount|payment|price)|paid in full|pay in full|direct debit|(?:two|three|four|six|ten|twelve) (?:payments|instalments|installments))",
    # Charged to the trade account ("You're at thirty-two hundred with delivery. On the account?").
    r"(?:on|to) (?:the|your) account",
)
# How the money will move, named by the rep as the way to pay now.
PAYMENT_RAIL = phrases(
    r"upi", r"m-?pesa", r"paybill", r"google pay", r"gpay", r"paypal", r"venmo", r"zelle", r"bank transfer",
    r"(?:card|visa|mastercard|amex|transfer|cash) is fine", r"(?:booking|holding) (?:fee|deposit|amount|payment)", r"(?:thousand|hundred|grand) booking",
)
# Who signs, said after a yes: the order still stands.
SIGNATURE_ROUTE = phrases(
    r"(?:has|have|needs?|'ll need) to go (?:through|via|to) (?:purchasing|procurement|accounts|accounts payable|finance)",
    r"(?:cut|raise|issue|send|get) (?:you )?(?:a|the) (?:po|purchase order)",
)
# Words that turn the cue after them round ("not ready to sign", "never going to go ahead").
NEGATION = re.compile(r"\b(?:not|never|no)\b|n't\b")
CONDITION = re.compile(r"\b(?:if|unless|whether|when|once)\b")
# Inside an if-clause that the cue ends at ("if I think on it"), not after one ("if he wants it, I'll ring you").
IN_A_CONDITION = re.compile(r"(?:^|[,;] )(?:if|unless) [^,;]*$")
# Someone else's condition, reported ("She said if the price is right, I can go ahead"); the
# prospect's own ("If that's the price, let's go ahead") accepts what was just said.
# A yes that waits on someone else's say-so, said at the start of its sentence ("Sam's our other
# director, and if she's happy, we're in").
ANOTHERS_SAY_SO = re.compile(r"(?:(?:and|but|so|then),? )?(?:if|once|as long as) (?:she|he|they)(?:'s| is|'re| are) (?:happy|okay|ok|fine|on board|good with it|keen)\b")
REPORTED_CONDITION = re.compile(r"(?:[\w']+ ){1,3}(?:said|says|told me|reckons),? (?:that )?(?:if|unless|once)\b")
# A conclusion drawn after the condition ("Dr Evans said if the trial went well I could sort it, so
# let's carry on"): the condition is met, and what follows is done on it.
CONCLUDES = re.compile(r"[,;—–-] so ")
# The prospect's own test, still to be passed, opening the sentence ("If I can't tell which is which,
# I'm in", "Once the pilot works, we're in"); "If that's the price" or "if it's under two hundred"
# grants what was just said.
TEST_TO_PASS = re.compile(
    r"(?:(?:and|but|so|okay|ok|well|look),? )?(?:if|once|as long as|provided) "
    r"(?:i|we|she|he|they|it|the (?:[\w']+ )?(?:trial|test|pilot|results?|numbers|samples?|demo|board|committee))\b(?!'s|'re| is\b| are\b)"
)
# A check still to come, after a yes in its sentence ("I'll sign it once I've checked with my
# accountant", "I'll pay once finance approves it"); someone else's doing ("once you send the link")
# is only the next step.
AFTER_A_CHECK = re.compile(
    r"\b(?:once|when|as soon as|after) (?!you\b)(?:[\w']+ ){1,2}(?:(?:has|have|had) )?(?:checked|checks? (?:it|with)|spoken|speaks? to"
    r"|talked|talks? to|r[au]ns? it|cleared it|had a look|has a look|looked (?:at|over|through) it|seen it|sees it|approved it"
    r"|approves it|okayed it|reviewed it|reviews it|signed (?:it )?off|signs? (?:it )?off)\b"
)
AFFIRM = phrases(
    r"yes", r"yeah", r"yep", r"yup", r"sure", r"fine(?= *[.,!])", r"good(?= *[.!])", r"absolutely", r"definitely", r"of course", r"sounds good", r"sounds great", r"perfect",
    r"great", r"works", r"that works", r"(?:that|it|this) works", r"(?:that|this) (?:i|we) can do", r"let's do", r"okay", r"ok", r"alright", r"deal", r"done",
    r"see you (?:then|there)", r"(?:i'll|we'll) be there", r"count me in", r"i'm in(?= *[.,!]|$| now| too)", r"booked", r"put me down", r"lock it in",
    r"talk (?:to you )?then", r"speak then", r"(?:it|that|this) feels right", r"(?:fine|good) (?:by|with) me", r"i can do", r"we can do",
    # "Nine's good", "Monday is fine": the time itself, approved.
    TIME_SAID_ALONE + r"(?:'s| is) (?:good|fine|great|perfect|best|better)",
)
# What can come before a reply's first word: pauses, dots, and a transcriber's note ("(long pause)").
_BEFORE_FIRST_WORD = re.compile(r"(?:[\s.…]|\([^)]*\)|\[[^\]]*\])*")


def _first_word(text: str) -> int:
    return _BEFORE_FIRST_WORD.match(text).end()


def opens_with_yes(text: str) -> bool:
    """"...Okay.", "(long pause) Fine.": the reply's first words say yes."""
    return AFFIRM.match(text, _first_word(text)) is not None


# Asking for the thing the rep offered to send to close ("Send the link, I'll do it now").
# "Just send it, mate." after being pushed is a brush-off.
SEND_IT = phrases(r"(?:send|email|text) (?:it|that|me it|me the (?:link|contract|agreement|invoice|form)|the (?:link|contract|agreement|invoice|form|paperwork|docusign))(?: (?:over|through|now|across))?(?= *[.,!]|$)")

# Something to read before the meeting already agreed ("could you send me something before then?").
FOR_THE_MEETING = re.compile(r"\b(?:send|email|forward)\b.*\b(?:before|ahead of) (?:then|the (?:call|meeting|demo|visit|session)|we (?:meet|speak|talk))\b")


def opens_asking_for_it(text: str) -> re.Match | None:
    return SEND_IT.match(text, _first_word(text))


# A time the prospect puts on a task of their own ("I'll get it to you Friday"), not on a meeting.
# Between the two ends of a period ("Friday to Monday", "the 3rd till the 10th").
SPAN_JOIN = re.compile(r" *(?:-|to|till|until|through|thru) *")
# When the rep will write ("I'll drop you a note on Monday", "I'll send a couple of slots with Tomasz
# this afternoon"), said just before the time; an invite is sent for the time it names.
SENDS_THE_INVITE = phrases(r"(?:i'll|we'll|i will|we will) send (?:you |you both |you all |everyone )?(?:the|an|a) (?:calendar )?(?:invite|invitation)")
LATER_TODAY = re.compile(r"(?:this (?:afternoon|morning|evening)|tonight|later today|today)")
WRITES_AT = phrases(
    r"(?:i'll|we'll|i will|we will|let me|i can) (?:drop|send|shoot|ping|email|e-mail|text|message|whatsapp) (?:you|him|her|them)"
    r"(?: (?:a|an) (?:quick |short )?(?:note|line|email|e-mail|text|message))?(?: on| first thing| by)?",
    r"(?:i'll|we'll|i will|we will|let me|i can) (?:send|email|e-mail|forward) (?!(?:[\w']+ ){0,5}(?:invites?|invitation|calendar))"
    r"(?:[\w']+ ){0,5}(?!for$)[\w']+",
)
OWN_TASK = phrases(
    r"(?:i'll|we'll|i will|we will|i can|we can|let me) (?:get|send|have|email|forward|share|pull|put together|run|finish|sort|dig out|review|read)",
    # When to write to them ("Email me on Monday and we'll find a slot"): a message, not a call.
    r"(?:email|e-mail|text|message|whatsapp) (?:me|us)",
    # Their own travel ("I'm going to Abuja on Monday for work"), not "I'm going to be free Monday".
    r"(?:i'm|we're|i am|we are) (?:going (?:to (?!be\b|have\b|do\b)[\w']+|away|out)|flying|travelling|traveling|away|off to|out of (?:the )?(?:office|town|country))",
)
HEDGE = phrases(
    r"maybe", r"might", r"probably", r"possibly", r"not sure", r"i'll (?:check|see|try|let you know|get back|have to check)",
    r"let me (?:check|see|look|confirm)", r"let's see how", r"see how (?:it|things|that|\w+day) goes", r"(?:need|have) to (?:check|confirm|see)", r"tentative(?:ly)?", r"(?:can't|cannot|won't) (?:do|make)",
    r"doesn't work", r"not (?:great|good|ideal)", r"(?:i'll|we'll) (?:get back|think)", r"should (?:be|work)", r"hopefully",
    r"if(?! (?:you don't mind|that's (?:okay|ok|alright|all right|fine) (?:with|for) you|that works for you))",
    r"but", r"pencil", r"depends", r"not (?:that|this) one", r"(?:that|this) one's out", r"rules? (?:that|it) out",
)
NAMED_TIME = phrases(
    # As chats write it ("thu 2 works", "sat 11 👍").
    r"(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun) \d{1,2}(?::\d\d)?(?: ?(?:am|pm))?(?![\w'])",
    r"(?:this |next |on )?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tue|tues|wed|thu|thur|thurs|fri)"
    r"(?:'s)?(?: (?:morning|afternoon|evening|night|at (?:\d{1,2}(?::\d\d)?|noon)(?: ?(?:am|pm|a\.m\.|p\.m\.))?))?",
    r"tomorrow(?: (?:morning|afternoon|evening|at (?:\d{1,2}(?::\d\d)?|noon)(?: ?(?:am|pm))?))?",
    r"later (?:today|this (?:afternoon|evening|morning)|tonight)", r"this (?:afternoon|evening)", r"tonight at \d{1,2}",
    # `\d\d?` rather than `\d{1,2}`: the same match, but a plain class first is quick to rule out.
    r"(?:at )?\d\d?(?::\d\d)? ?(?:am|pm|a\.m\.|p\.m\.|o'clock)", r"(?:at )?(?:1[0-2]|[1-9])[0-5]\d ?(?:am|pm)",  # typed "930 am"
    r"(?:at|@) \d{1,2}(?::\d\d)?", r"noon", r"(?:at )?\d\d?:\d\d",
    r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]* \d{1,2}(?:st|nd|rd|th)?(?: at \d{1,2}(?::\d\d)?(?: ?(?:am|pm))?)?",
    r"(?:january|february|march|april|june|july|august|september|october|november|december) (?:the )?(?:first|second|third|fourth|fifth|sixth|"
    r"seventh|eighth|ninth|tenth|eleventh|twelfth|[a-z]*teenth|twentieth|twenty-\w+|thirtieth|thirty-first)",
    r"the \d{1,2}(?:st|nd|rd|th)(?: at \d{1,2}(?::\d\d)?(?: ?(?:am|pm))?)?",
    r"(?:at|like|say) (?:" + _HOURS + r"|noon)(?:[- ](?:thirty|fifteen|forty-five|o'clock))?"
    r"(?: ?(?:am|pm|a\.m\.|p\.m\.))?(?! ?(?:k|grand|thousand|hundred|million|percent|months?|years?|weeks?|days?|people|units|of|more|times|point))",
    r"(?:" + _HOURS + r")(?:[- ](?:thirty|fifteen|forty-five))? (?:o'clock|am|pm|a\.m\.|p\.m\.|in the (?:morning|afternoon|evening)|at night|tonight)",
    # British clock times ("half two", "quarter past nine").
    r"(?:at )?(?:half|quarter) (?:past |to )?(?:" + _HOURS + r")"
    r"(?! ?(?:k|grand|thousand|hundred|million|percent|months?|years?|weeks?|days?|people|units|of|times|point))",
)
# Just before a time, a meeting in the prospect's own calendar ("our Thursday huddle", "my board
# meeting Tuesday", "Budget meeting's Tuesday"): a time for them, not a meeting with the rep ("our
# next meeting's Tuesday" is one).
OWN_EVENT = re.compile(
    r"\b(?:(?:our|my|their|his|her)|(?:our|my|their|his|her|the) (?:[\w'-]+ )?(?:board|team|staff|leadership|execs?|committee"
    r"|partners?|management|huddle|standup|stand-up|all-hands|offsite|retreat|council)(?:'s)?(?: meeting| review| sync| session)?"
    r"(?: on| this| next)?"
    r"|(?!(?:our|the|your|this|that|next|first|second|follow-up|so|then)\b)[a-z'-]+ (?:meeting|review|committee|inspection|audit)(?:'s| is)(?: on)?"
    # "we have a board thing Monday"
    r"|(?:we|i|they|he|she)(?: have|'ve got| have got| got|'s got| has) (?:a|an) (?:[\w'-]+ )?(?:board|team|staff|leadership|committee|management|investor|all-hands|offsite)"
    r" (?:thing|meeting|day|call|session)(?: on| this| next)?) $"
)
# A word that makes the time after it a bound or a deadline, not a time to meet ("travelling until
# Monday", "the page to you by Thursday"; but "come by Tuesday" is a visit).
# Someone else's event bounding it ("before the couple arrives at eleven", "after the Sunday group
# ride") counts too.
BOUNDARY = re.compile(
    r"(?:\b(?:until|till|til|after|before|from|since)(?: (?:the|their|his|her|our|my))?|\b(?:until|till|before|after) (?:[\w']+ ){1,3}[\w']+"
    # The bound named again ("before the end of the month, which is Friday").
    r"|\b(?:until|till|before|after|by) (?:[\w']+ ){1,4}[\w']+,? (?:which is|which's|that's|that is)"
    r"|(?<!come )(?<!came )(?<!stop )(?<!swing )(?<!drop )(?<!pop )\bby) $"
)
# A visit already made, or this very call as booked, earlier in the sentence ("you came in on the
# trial pass on Saturday?", "we had a call booked for half ten"): the time is not one to meet at.
PAST_VISIT = re.compile(
    r"\b(?:came|went|met|visited|attended|tried|(?:dropped|popped) (?:in|by)|stopped by"
    r"|had (?:a |the |this )?(?:call|meeting|chat|demo|appointment) (?:booked|scheduled|set up|arranged)"
    # The time this call was booked for ("we had this on the calendar for two o'clock? Sorry if I'm late").
    r"|had (?:this|it|us|you) (?:on|in) (?:the|my|our|your) (?:calendar|diary|schedule))\b[^.?!]*$"
    # Something done on that day, said without a pause before it ("We opened them at staff tasting on Sunday").
    # Not a call put as a supposition ("Would it help if I rang you back tomorrow?").
    r"|\b(?<!if i )(?<!if we )(?:opened|tasted|saw|spoke|talked|rang|emailed|bought|launched|started|finished|watched)\b[^.?!,;]*$"
)
# Just before a time, words that make it part of the prospect's routine ("your Friday nights").
# A time given again in other words ("That's ten in the morning in Hamburg"), after the one proposed.
RESTATES = re.compile(r"(?:^|[.!?,;] )(?:that's|that is|which is|which would be|that'd be|that would be) $")
ROUTINE_TIME = re.compile(r"\b(?:your|their|his|her|of|every|a typical|a normal|an average) $")
# A day of a kind, not a date ("It's a Saturday chore", "he comes in every Saturday", "fit it over
# a Sunday and Monday").
ANY_DAY = re.compile(r"(?<![\w'])(?:a|an|any|every|each) (?:(?:mon|tues|wednes|thurs|fri|satur|sun)day (?:and|or) )?$")
# A day naming a recurring thing ("the Monday report", "after the Sunday group ride"), not a time:
# the word before it, and the thing after it.
BEFORE_A_DAYS_NAME = re.compile(r"\b(?:the|our|their|his|her|my|every) $")
THING_NAMED_BY_A_DAY = re.compile(
    r" (?:[\w-]+ )?(?:reports?|ride|market|class(?:es)?|service|shift|run|round|delivery|collection|huddle|stand-?up|rota|count|clinic|"
    r"list|newsletter|update|digest|summary|special|lectures?|talks|club|group|practice|rehearsals?|quiz|league|game)\b"
)
# Windows that sound like a time but are not a named one.
VAGUE_WINDOW = phrases(
    r"sometime", r"some time", r"(?:the )?week (?:after|of)", r"next (?:week|month|quarter)", r"in a (?:few|couple of) (?:days|weeks)",
    r"(?:early|later|end of|mid|late) (?:next )?(?:week|month)", r"at some point", r"soon", r"whenever", r"every", r"each",
    r"(?:the )?week (?:after|of)", r"in the (?:next|coming) (?:couple|few)",
)
# No particular time at all ("let's do it next week sometime").
SOMETIME = phrases(r"sometime", r"some time(?! (?:to|for|off|out|ago))", r"at some point", r"whenever", r"one of these days")
# Keeping a meeting while turning something else down ("Send the invite. But we're not signing").
# The prospect asking the rep to call them back, at the time they name.
ASKS_FOR_A_CALL = phrases(
    r"(?:can|could|would) you (?:call|ring|phone|try) (?:me|us)(?: back)?", r"(?:call|ring|phone) (?:me|us) back",
    r"(?:call|ring|phone) back(?= (?:on|at|this|next|tomorrow|tonight|\w+day))",
    # "Call me after, say four?", "Ring me tomorrow at nine".
    r"(?:(?<=^)|(?<=[.!?,] ))(?:call|ring|phone) (?:me|us)(?= (?:after|at|on|tomorrow|tonight|this|next|around|about|say|(?:mon|tues|wednes|thurs|fri|satur|sun)day)\b)",
)
# The rep sending what the prospect will sign ("you'll both need to e-sign it today").
SENDS_FOR_SIGNATURE = phrases(
    r"(?:need|have|has|able) to (?:e-?sign|sign|docusign) (?:it|that|this|them|the \w+)", r"(?:e-?sign|docusign|signature) (?:link|request|envelope)",
)
CONFIRMS_MEETING = phrases(r"send (?:me |us |over )?(?:the |an? )?(?:calendar )?invite", r"see you (?:then|there|on \w+|\w+day)")
# Asking for a day or a slot ("is there a day the week after?"): about meeting, and asking when.
ASKS_FOR_A_SLOT = r"is there a (?:good |better |quiet |quieter |easier )?(?:day|time|morning|afternoon|date|slot)"
MEETING_WORDS = phrases(
    r"when's", r"when (?:do|does|will|might) (?:you|they|he|she|we|[\w']+ and [\w']+)",
    r"call", r"meeting", r"meet", r"(?:if|when) (?:i|we) met (?:you|with|them|him|her)", r"demo", r"session", r"chat", r"talk", r"speak", r"catch up", r"walkthrough", r"walk through",
    r"onboarding", r"kickoff", r"kick-off", r"follow[- ]up", r"review", r"zoom", r"teams", r"invite", r"calendar", r"book", r"booked",
    r"(?:go|went|going) (?:through|over)", r"together", r"screen[- ]?share", r"(?:with )?(?:you|the) (?:both|two of you|three of you) there", r"pick (?:this|it|things) (?:up|back up)", r"reconnect", r"sync", r"when (?:should|could|can|would|shall|is|works)",
    # "When are you free?", not "When are you due?"
    r"when are (?:you|they|we|[\w']+)(?: both| all| two)?(?: usually| normally| next)? (?:free|around|available|about|in|back|home|next|thinking|looking|hoping|planning|wanting|able)",
    r"what time", r"(?:what|which) timing", r"what suits", r"what (?:would|could|might|will) (?:work|suit)", r"(?:work|works|suit|suits) for (?:the two of you|you both|both of you|you two|everyone)", r"(?:which|what) (?:days?|mornings?|afternoons?|evenings?)", r"see you", r"works for you", r"what works", r"tours?", r"visit", r"(?:come|came) (?:by|out|along|in(?! (?:far |way |a bit |a little |too |so |pretty |really )*(?:hard|strong|heavy|hot)(?![\w']))|over)", r"come (?:on|at)(?= (?:\w+day|\d|noon|" + _HOURS + r"))", r"(?:come|came|go|went) (?:to|and (?:see|meet)) (?:them|him|her|you|the)",
    ASKS_FOR_A_SLOT, r"(?:pick|grab|choose|lock in|pin down|fix) (?:a|the) (?:slot|time|date|day)", r"scoping",
    r"(?:what's|what does) (?:her|his|your|their) (?:week|diary|calendar|schedule|availability)(?: looking| look)?(?: like)?(?=\?)", r"(?:put|pop|write) (?:it|that) in (?:the|my|his|her|our|their) (?:diary|calendar)", r"(?:got|have|has) a (?:free |quick )?window", r"(?:(?:fifteen|twenty|thirty|forty[- ]five|forty|sixty|ninety|\d+)[- ]minutes?|half an hour|an hour),? with (?:you|them|the|[\w']+ and [\w']+)",
    r"(?:start|begin|kick off) (?:the |a |our |your )?(?:free )?(?:trial|pilot)", r"test[- ]drive", r"the (?:two|three|four) of us",
    r"(?:half an hour|an hour|(?:fifteen|twenty|thirty|\d+) minutes) (?:where|to|so)", r"appointment", r"tastings?", r"(?:i|we) (?:can|could|'ll|will) bring (?:everything|it all|(?:some |the |a )?samples?|them|it)(?: in| over| round| along| by)?(?= *[.,!?]|$| with| and)", r"drop[- ]?off", r"(?:put|pencil) (?:you|us|me|him|her|them) (?:down|in)\b", r"stop by", r"swing by", r"dial in", r"look at (?:it|them|those|the)", r"inspection", r"follow up", r"walk (?:the|you|through)", r"walk (?:[\w']+ ){1,4}through", r"(?:call|ring|phone) (?:me|us|you)", r"come back to (?:you|us|them)",
    r"(?:shall|should|can|could|may) (?:i|we) (?:give (?:you|them|him|her) a (?:ring|bell|buzz|shout)|ring (?:you|them|him|her))",
    # The prospect setting the day ("Let's do Tuesday the eleventh of February. Nine in the morning", "Could I come next Tuesday?").
    r"let's (?:do|say|make it) (?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|tomorrow|next (?:week|(?:mon|tues|wednes|thurs|fri)day))", r"(?:could|can|shall) (?:i|we) come(?= (?:next|on|at|this|tomorrow|(?:mon|tues|wednes|thurs|fri|satur|sun)day))",
)
AGENDA_WORDS = phrases(
    r"(?:to|we'll|we will|we can|and) (?:walk|go|run|talk|look|review|decide|finali[sz]e|map|plan|set up|build|cover|answer|address|sort|show|"
    r"present|discuss|work) (?:through|over|at|on|out|up|the|your|any|what|how|a|it|them|those|with)",
    r"for (?:the |your |an? )?(?:onboarding|kickoff|kick-off|demo|walkthrough|review|workshop|pilot|proposal)",
    r"onboarding", r"kickoff", r"agenda", r"so (?:we|you|they|she|he) can", r"(?:the )?(?:numbers|proposal|contract|pilot|plan|questions)",
)
LEVEL_CUES: tuple[tuple[str, Phrases], ...] = (
    ("execute", phrases(r"onboarding", r"kickoff", r"kick-off", r"implementation", r"install\w*", r"set ?up", r"go[- ]live", r"roll ?out")),
    ("consensus", phrases(
        r"(?:your|my|our|the) (?:wife|husband|partner|boss|team|manager|board|cfo|ceo|co-?founder|finance|director|vp|accountant|"
        r"lawyer|legal|procurement|spouse|stakeholders?|colleagues?)",
        r"(?:both|all) of (?:you|us)", r"everyone", r"decision[- ]makers?",
    )),
    ("review", phrases(r"proposal", r"contract", r"quote", r"agreement", r"terms", r"numbers", r"pricing")),
    ("resolve_concerns", phrases(r"concerns?", r"questions", r"objections?", r"worries")),
    ("invest", phrases(r"pilot", r"trial", r"deposit", r"proof of concept", r"poc")),
    ("collaborate", phrases(r"workshop", r"map (?:out|it)", r"build (?:it|the|a) (?:plan|case)", r"together")),
    ("explore", phrases(r"demo", r"walk ?through", r"show you", r"deep dive", r"discovery", r"explore", r"look at")),
)

# Words that aim a question at the prospect's reaction itself ("what's behind that?").
REACTION_WORDS = phrases(
    r"concerns?", r"hesitat\w*", r"reservations?", r"unsure", r"doubts?", r"missing", r"pause", r"worr\w*", r"holding (?:you )?back",
    r"not (?:a fit|landing|right|working)", r"doesn't", r"don't", r"isn't", r"behind (?:that|it|this)", r"feel\w*", r"thoughts",
    r"rather", r"go from here", r"direction", r"looking for", r"matters?", r"important", r"most", r"fit", r"land\w*", r"resonat\w*",
    r"expected", r"hoping", r"different(?:ly)?", r"off", r"wrong", r"(?:that|this) (?:reaction|response)",
    r"going through your (?:head|mind)", r"(?:need|want) to see", r"trust", r"would (?:make|have to be|need to be)",
)

# The rep setting its own agenda aside out loud ("I'm not going to talk you out of it").
DROPS_AGENDA = phrases(
    r"(?:i'm not|i am not|i won't|not) (?:going to |gonna )?(?:try to )?(?:talk you|sell you|push|pitch|force|invent|pretend|convince|pressure)",
    r"(?:let's|let us) not (?:force|assume|push|rush|pretend)", r"i'd (?:much |really )?rather (?:hear|ask|know|understand|find out)",
    r"(?:don't|do not) want to (?:push|sell|pressure|assume|force|waste|talk you)", r"reflect back",
)
# Words too common to show that a question picks up what the prospect just said.
COMMON_WORDS = frozenset(
    "that this with have from they them their there what when where which would could should about your you're just really "
    "been were will into than then some more much very like know think want need going make sure okay yeah well also right "
    "thing things doing does it's that's i'm we're don't".split()
)

# The rep owning the mismatch (a subset of transparency).
BLAME = phrases(
    r"on me", r"my (?:fault|bad|mistake|apologies)", r"apologi[sz]e", r"sorry", r"ahead of (?:myself|things|where you are)",
    r"jumped", r"i (?:may|might) (?:have|not)", r"i think i", r"i (?:haven't|have not|didn't|did not)", r"i've been",
)
# Pressure that burns the relationship rather than merely hurrying it.
BRIDGE_BURNING = phrases(
    r"mistake", r"wrong", r"crazy", r"mad", r"foolish", r"card", r"signature", r"sign", r"deposit", r"excuse", r"cop-out",
)

# What a brush-off is about, so the advice can answer it.
BRUSH_OFF_KINDS: tuple[tuple[str, Phrases], ...] = (
    ("consult", phrases(
        r"wife", r"husband", r"partner", r"boss", r"team", r"manager", r"board", r"cfo", r"ceo", r"co-?founder", r"finance",
        r"spouse", r"other half", r"together", r"family", r"legal", r"procurement", r"accountant",
    )),
    ("info", phrases(r"send", r"email", r"forward", r"info", r"information", r"deck", r"brochure", r"materials?", r"proposal")),
    ("incumbent", phrases(r"happy with", r"already", r"currently", r"supplier", r"vendor", r"provider")),
    ("budget", phrases(r"budget", r"afford", r"money", r"expensive", r"cost")),
    ("timing", phrases(r"new year", r"next (?:quarter|year|month)", r"time", r"timing", r"later", r"priority", r"back burner", r"q[1-4]")),
    ("think", phrases(r"think", r"sleep on", r"mull", r"digest", r"process", r"reflect", r"let you know", r"get back")),
)


def brush_off_kind(text: str) -> str:
    for kind, pattern in BRUSH_OFF_KINDS:
        if pattern.search(text):
            return kind
    return "think"

QUESTION_START = any_of(OPEN_QUESTION_START, FACTUAL_QUESTION_START, CLOSED_QUESTION_START)
# A statement that opens with a question word ("what we do is...", "which is why...").
STATEMENT_AFTER_QUESTION_WORD = re.compile(r"(?:what|how|where|which|when|why|who) (?:i|we|they|he|she|it's|that's|is why)\b")
# A choice left open at its end ("..., or something else?"): the prospect says what matters.
LEAVES_IT_OPEN = re.compile(r"or (?:something|anything) (?:else|different)(?: entirely| altogether)?\?$")
# Possible reasons named for the prospect to pick from ("is it that the contract's doing the job, or
# is it more that now's not the time?").
NAMES_REASONS = re.compile(r"\bis it (?:that|because)\b.*\bor (?:is it )?(?:more |just |rather )?(?:that|because)\b")
# A clause that says more about what came before it (", which is seventy-nine a seat").
RELATIVE_CLAUSE = re.compile(r"which (?:is|was|are|were|means|meant|makes|made|gives|has|had|includes|comes)(?![\w'])")

# Just after a time, asking whether it suits ("Would Thursday at half two work for the in-service?").
ASKS_IF_IT_SUITS = re.compile(r" (?:works?|suits?|any good)(?: for [\w' -]{1,30})?\?")
# Just after a time, what already fills it ("Saturday he got swimming", "Tuesday we have the
# auditors in", "Tomorrow we are at the warehouse"): the time is taken, not agreed.
TIME_TAKEN = re.compile(
    r",? (?:i|he|she|we|they)(?:'ve| have| has|'s)? (?:got|has|have) (?!(?:time|nothing|free|space|room|a (?:free|open|gap|slot|window))\b)"
    r"|,? (?:i|he|she|we|they) (?:am|are|is|'m|'re|'s) (?:at|with|away|out|off|busy|travelling|traveling|on (?:holiday|leave|site|the road|vacation))\b"
    # "Thursday's ERO.", "Tuesday's the inspection.": a word or two naming what fills the day.
    r"|(?<='s) (?!(?:fine|good|great|ok|okay|perfect|better|best|easier|easiest|free|open|clear|grand|brilliant|lovely|ideal|cool|sweet"
    r"|doable|possible|alright|all|my|our|his|her|their|a|an|when|probably|likely|definitely|booked|set|on|it|done|confirmed"
    r"|the (?:day|one|best|plan|way))\b)"
    r"(?:the )?[\w-]+(?: [\w-]+)?(?= *[.!,]|$)"
)
# The same, said before the time ("I've got the auditors in on Wednesday").
TAKEN_BY = re.compile(
    r"\b(?:i|he|she|we|they)(?:'ve| have| has|'s)? got (?!(?:time|nothing|free|space|room|a (?:free|open|gap|slot|window))\b)"
    r"(?:[\w']+ ){1,3}(?:in |on |at |coming |booked )?$"
)
# An hour said on its own ("After supper. Seven."), which answers "What time tomorrow is good?".
BARE_HOUR = re.compile(
    r"(?:(?P<counter>make it|let's make it|let's say) )?(?P<hour>(?:(?:half|quarter past|quarter to) )?(?:" + _HOURS + r"|\d{1,2}(?:[:.]\d\d)?)"
    r"(?:[ -]?(?:o'clock|am|pm|a\.m\.|p\.m\.|thirty|fifteen|forty-five))?)[.!]*"
)
# Where a day ends and its hour begins ("Thursday at two", "Monday, say ten").
HOUR_AFTER_DAY = re.compile(r",? (?:at|say|around|about) |, ")
ASKS_WHAT_TIME = re.compile(r"(?<![\w'])what time(?![\w'])")
# Just after a time that opens the rep's sentence, taking it ("Thursday at two then, ...",
# "Tuesday works.").
SETTLES_ON = re.compile(r",? then(?=[,.!?]|$)| (?:works|suits)(?: for (?:me|us))?(?=[,.!]|$)")
# The rep's own availability, or a colleague's, which offers the time it names ("I could do Tuesday
# at eleven", "He has Tuesday the 14th at half six, or Thursday").
OFFERS_A_TIME = phrases(
    r"(?:i|we) (?:could|can) do", r"(?:could|can) (?!i |we )[\w']+ do(?= (?:\w+day|\d|" + _HOURS + r"|noon|the \d|the \w+(?:st|nd|rd|th)\b))", r"(?:i'm|we're|i am|we are) free", r"(?:i|we|he|she|they)(?:'ve| have|'s| has) got (?:a slot|slots|space|room|availability)",
    r"(?:i|we|he|she|they)(?:'ve got| have| have got| has| has got|'s got) (?:this |next |the following )?(?:mon|tues|wednes|thurs|fri|satur|sun)day\b",
    r"(?:i|we|he|she|they)(?:'ve| have|'s| has)(?: got)? (?:(?:\d{1,2}(?::\d\d)?|" + _HOURS + r") "
    r"(?:o'clock|am|pm|a\.m\.|p\.m\.|thirty|fifteen|forty-five)|half (?:" + _HOURS + r")|noon)",
    # The rep's time put in the calendar ("I'll drop an invite in for Thursday at four", "Let me grab fifteen minutes with you Thursday").
    r"(?:i'll|i will|let me) (?:just )?(?:drop|send|put|pop) (?:you )?(?:an?|the) (?:calendar )?invite (?:in )?(?:for|on)",
    r"let me (?:grab|book|steal) (?:[\w-]+ minutes|half an hour|an hour|a slot)",
    # "20 min tops. I've got Thu 2pm or Fri 10am"
    r"(?:i've|i have|we've|we have) (?:still )?got(?= (?:mon|tue|wed|thu|fri|sat|sun|tomorrow|today|next)(?![\w']*'s))",
)
# The next step hung on a talk with someone else ("After I talk to Phil", "once I've spoken to the board").
# See NO_TIME_UNTIL: read on its own where a reply to "when?" would otherwise be an answer.
FULLY_BOOKED = phrases(NO_TIME_UNTIL)
WAITS_ON_SOMEONE = phrases(r"(?:after|once|when) (?:i|we)(?:'ve| have)? (?:talk|talked|speak|spoken|check|checked|chat|chatted) (?:to|with) (?!you(?![\w']))[\w']+")
# The prospect keeping the next move to themselves instead of taking the rep's.
KEEPS_THE_NEXT_MOVE = phrases(
    r"(?:i'll|we'll|i will|we will) (?:call|ring|contact|email|text|write|get back to|let) you(?: know)?", r"(?:i'll|we'll) (?:be|get) in touch", r"we(?:'ll| will)? see(?= *[.!]|$)",
    RINGS_BACK_WHEN_READY,
    # "Just send me the results and I'll check them out": the prospect will look, in their own time.
    r"send (?:me|us|it|them|those)(?: [\w']+){0,3} and (?:i'll|we'll|i will|we will) (?:check|look|have a look|take a look|get back|go through)",
)
# Offering something more, or something for later, once the prospect has decided ("There's also
# the theatre sponsorship", "if next year you get the second fermenter, I'd love to talk festival").
# Paperwork that lets the evaluation go on, signed before any deal ("could you sign a letter of
# authority so I can ask the insurer for the claims data?").
PAPERS_FOR_THE_NEXT_STEP = phrases(
    r"letter of (?:authority|authorisation|authorization)", r"(?:an |the )?nda", r"non-disclosure", r"(?:data|information)[- ]sharing (?:agreement|form)",
    r"consent form", r"(?:access|authori[sz]ation) form", r"mutual confidentiality",
)

# Booking the prospect in on the rep's own say-so ("I'll pop you in for Tuesday at ten"): after a
# doubt, pushing past it.
BOOKS_THEM_IN = phrases(r"(?:i'll|i will|let me|i'm going to) (?:just )?(?:pop|put|pencil|book|stick|slot) you (?:in|down)(?: for| on)")

# A check made on the call ("Let me see if Kenji's around — he's got Wednesday at eleven open").
CHECKS_NOW = phrases(r"let me (?:check|see|look)(?: (?:if|whether|at|in) [\w' ]{1,30}?)?(?= *[-—,.]| hang on)", r"hang on")

ADD_ON = phrases(
    r"there's also", r"(?:we've|we have) also got", r"one more thing", r"any interest", r"if you (?:were|are) interested",
    r"while (?:i've got you|i have you|we're at it)", r"add (?:on )?(?:the|a|an)", r"upgrade", r"next year", r"down the (?:line|road|track)",
    r"(?:make|making|turn|turning) it (?:a )?(?:monthly|regular|annual|yearly)(?: gift| thing| donation)?", r"can i (?:just )?mention",
)
# A step put after the one already agreed ("the Monday after", "once Piotr's done").
FOLLOWS_ON = phrases(
    r"(?:day|week|monday|tuesday|wednesday|thursday|friday|saturday|sunday) after(?! next)", r"afterwards",
    r"(?:once|when) (?:that|it|he|she|they|[a-z]+)(?:'s| is| has| have) (?:done|finished|been)",
)
# Reminding the prospect of a date ("Remember, Friday, yeah?") rather than offering it.
REMINDER = phrases(r"remember", r"don't forget", r"bear in mind", r"(?:just )?a reminder")
# Calling off a step already agreed.
CANCELS = phrases(
    r"cancel\w*", r"call (?:it|that|this) off", r"(?:scrap|scratch) (?:it|that|the)", r"hold off on (?:it|that|the)",
    PINNING_DOWN,
)
ANY_QUESTIONS = r"any (?:other |more |further )?questions"
# The rep's check that nothing is left to cover: a no to it is not a no to the deal.
ANYTHING_ELSE = phrases(
    ANY_QUESTIONS, r"anything else", r"anything (?:more|further)", r"anything (?:i've|i have) (?:said|missed)",
    r"anything (?:you'd|you would|you) (?:want|need|like) to (?:think|talk|go) (?:through|over|about)",
)
# The rep offering to answer more ("Is there anything else I can answer for you?"): about the pitch,
# not the prospect's situation.
OFFERS_TO_ANSWER = phrases(
    ANY_QUESTIONS, r"anything (?:else )?(?:i|we) can (?:answer|help (?:you )?with|clear up|clarify|tell you)",
)
# Keeping the deal for later, not asking for it ("hold it so it's there if you go ahead").
IN_CASE_OF_YES = re.compile(r"\b(?:if|in case|for when) (?:you|they|she|he|the two of you) (?:do )?(?:go ahead|decide to|want to go ahead|say yes)")
# A sentence that proposes doing something together, or offers to ("So let's just get it done
# today.", "I can send you a secure payment link", "If you're ready, I can send the agreement").
PROPOSES = re.compile(
    r"(?:(?:so|okay|ok|right|then|look|now|if you(?:'re| are) (?:ready|happy|comfortable)|if you(?:'d)? like),? )?(?:let's|let us|(?:i|we) (?:can|could))\b"
)
# The rep putting a time on the table.
PROPOSAL = phrases(
    r"let's", r"let us", r"(?:i'll|i will|i can|we'll|we can|i'd like to|i want to) (?:book|schedule|set|put|send|get|pencil|lock|grab|block|call)",
    r"how about", r"what about", r"does .{1,40} work", r"would .{1,40} work", r"can we", r"could we", r"shall we", r"should we",
    r"see you", r"(?:book|schedule|pencil|lock) (?:it|you|us|that|this|in|onboarding|a)", r"booked", r"it is", r"works for me",
)

# Granting the rep's point ("I couldn't, really. Fair point."): a no said this way concedes.
CONCEDES = phrases(
    r"fair point", r"good point", r"(?:you're|you are) right", r"that's true",
    r"(?:not|isn't|aren't) as (?:far apart|bad|big|expensive|different|dear|steep) as (?:i|we) (?:thought|feared|expected|figured)",
)
# A yes that settles what the turn hedged before it ("... should be okay. Yes, let's do that.").
FIRM_YES = phrases(r"(?:yes|yeah|yep|okay|ok),? let's (?:do (?:it|that|this)|book (?:it|that|this))", r"(?:book|lock|put) (?:it|me|us) in")
# A yes with no object of its own: it agrees to whatever the rep just offered.
BARE_ASSENT = phrases(r"(?:let's|can we|can i) (?:just )?(?:do (?:it|this|that)|go(?: for it)?)", r"(?:[\w ]+[.,!]? )?put (?:me|us) down for (?:it|that)", r"(?:i'm|we're|i am|we are|count (?:me|us)) in", r"(?:(?:it's|that's) a )?deal")
# Offering to try the product first ("Want to try it right now?"), a step short of buying it.
_TRY_OUTS = (
    r"try (?:it|them|this|that|one|the|a)", r"(?:have|take) (?:a|it for a) (?:go|play|spin|test drive|look)", r"give it a (?:go|try|spin|whirl)",
    r"test drive", r"trial", r"demo", r"loan", r"samples?", r"(?:show|walk) you", r"see it (?:run|running|work|working|in action|live)",
)
TRY_FIRST = phrases(*_TRY_OUTS, r"pilot")
# The same short of a pilot: agreeing to run one ("Yes. Let's do it.") goes ahead with the deal.
TRY_OUT = phrases(*_TRY_OUTS)
# Asking the prospect to agree to something smaller than the deal (a quote, a visit, a hold).
REQUEST = phrases(
    r"(?:can|could|shall|should|may) i (?:at least |just )?(?:get|send|show|set|book|put|pencil|schedule|grab|email|have|come|stop|swing|call|give you a (?:ring|call|bell))",
    r"would you (?:like|be open|want|be interested|be willing)", r"(?:are|would) you (?:be )?(?:open|interested|willing)",
    r"(?:can|could) you (?:shoot|send|email|forward|drop|text|ping) (?:me|us|over)",
    r"how about (?:i|we)", r"would it (?:help|work|be worth)", r"(?:can|could|shall) we (?:set|book|schedule|put|get)",
    r"(?:can|could|shall) we (?:start|begin|kick off) with (?:your|the|a|an) (?:next|first)",
    r"do you want (?:it|them|me to (?:send|book|put|set|hold|get)|us to (?:send|book|put|set|hold|get)|to (?:go ahead|get started|start|sign|book|lock|grab|take))",
)
# The rep asking the prospect to do something themselves ("Could you just text him?").
ASKS_THEM_TO = re.compile(r"(?:could|can|would|will) you (?:just |maybe |please |not )?(?P<verb>[a-z]+)")
# A no to doing something, its verb named ("I'm not texting my boss at a conference").
WONT_DO = re.compile(r"(?<![\w'])(?:(?:i'm|i am|we're|we are) not(?: going to| gonna)? |(?:i|we) (?:won't|will not|can't|cannot) )(?P<verb>[a-z]+)")

# Inviting the prospect to a next step in a statement ("I'd love to get you in for a demo").
INVITATION = phrases(
    r"(?:i'd|i would|we'd|we would) (?:love|like) to (?:get you|have you|set (?:you|up|something)|book|bring|show you|invite|schedule|walk you|get (?:a|some) time)",
)

# Asking the prospect to name when, so the time they give is an answer, not a put-off.
ASKS_WHEN = phrases(
    r"when(?:'s| is| would| should| could| can| will| shall| might| do| does)",
    r"what(?:'s| is| would be) (?:a |the )?(?:good|best|convenient|better) (?:time|day)", r"what works",
    r"(?:what|which) (?:day|time|morning|afternoon|evening)(?:'s| is| would| works| suits)", r"(?:what|which) days (?:are|were|would|work|suit)", ASKS_FOR_A_SLOT,
    r"when (?:[\w']+ ){1,4}(?:are|is|will be|would be|might be) (?:both |all )?(?:around|free|available|in|back)",
    r"what time (?:are|is|do|does|will|would) (?:you|they|he|she|we)(?: [\w']+){0,2} (?:done|free|finished|off|back|home|around|available)",
    # "When next week is best for a call?", "how long should I give you before I follow up?"
    r"when (?:next week|this week|later this week|tomorrow|next month)(?:'s| is| would be| works| suits)",
    r"how long (?:should i|shall i|do you want me to|would you like me to|can i) (?:give you|wait|leave it)(?: [\w']+){0,4} before (?:i )?(?:follow up|check in|call|ring|chase|get back)",
)
# Two days put to the prospect to choose from ("is today or tomorrow easier for you?").
DAYS_TO_CHOOSE = re.compile(r"\b(?:today|tomorrow|tonight|this \w+|next \w+|\w+day) or (?:today|tomorrow|tonight|this \w+|next \w+|\w+day)(?: [\w']+)? (?:easier|better|best|suits?|works?)")
# A proposal's last word, asking for the yes ("... Deal?").
TAG_QUESTION = re.compile(r"(?:deal|yeah|ok|okay|alright|all right|sound good|sounds good|fair|good|right)\?")
# Putting a step to the prospect ("Can we go through it together?", "How about Monday?").
SUGGESTS = phrases(r"(?:can|could|shall|should) we", r"how about", r"what about", r"why don't we", r"would you be (?:up for|open to)")

# Arguing a hesitation down: the cost of waiting, a price that will not move.
ARGUES_DOWN = phrases(
    r"(?:waiting|staying (?:where you are|put)|doing nothing|sitting (?:in|on|there)|every (?:week|month|day)(?: \w+){0,4}) (?:[\w']+ ){0,3}(?:costs?|costing)",
    r"(?:costs?|costing) you (?:more|\w+ (?:grand|thousand|dollars))", r"(?:price|rate|it) (?:stays|isn't going to change|won't change)",
    r"(?:not going to|won't|can't) discount", r"(?:the )?price isn't the (?:risk|problem|issue)", r"pays for itself",
    r"(?:you told me|you said)(?: yourself)?(?: that)? (?:[\w']+ ){0,6}(?:costs?|losing|lose|failed|burn\w*)",
    r"(?:don't|do not) worry about (?:that|it|the)", r"(?:doesn't|won't) cost you anything", r"throwing (?:your |good )?money away", r"money you(?:'ll)? never see again", r"(?:it's|this is|that's) (?:a |an )?(?:simple|easy|obvious) (?:decision|choice)",
    r"(?:the )?numbers speak for themselves", r"(?:that's|it's|is) (?:just |only )?peanuts", r"(?:it's|this is|that's|we're) nothing like (?:the|that|those|them|what)",
    r"(?:it's|that's|it is|that is),? (?:what,? )?(?:only |just |honestly )?(?:a few|a couple of|less than|the price of) (?:[\w']+ )?"
    r"(?:coffees?|takeaways?|takeouts?|pints?|lattes?|dinners?|lunches?|meals?)",
    # "It's less than a pound a day. Most people spend more than that on a coffee."
    r"less than (?:a|one) (?:pound|dollar|euro|quid|rupee|coffee) a day", r"(?:most|a lot of) people spend more than that on",
)

# A question about the prospect's own world ("Who handles it for you now?").
ABOUT_THEM = phrases(r"you", r"your", r"you're", r"you've", r"yours", r"y'all")
