"""`--reps reps.yaml`: who on the team is the rep in each call.

Either form, or both, in one file:

    dana@acme.com: Dana Whitfield     # an e-mail or a speaker name -> the rep
    Dana W: Dana Whitfield
    Sam Ortiz: [sam@acme.com, Sammy]  # the rep -> the names and e-mails they appear under

A speaker whose label fits an alias or a rep's own name is the rep (matched as `--rep` matches);
otherwise an e-mail in the export's header (organizer, participants) names the rep, who is then
found among the speakers by name.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

import yaml

from reviewer.errors import InputError, UsageError
from reviewer.transcript.model import Transcript
from reviewer.transcript.speakers import match_speaker

_EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
_HEADER_FIELDS_WITH_EMAILS = ("organizer", "organiser", "host", "participants", "attendees")


@dataclass(frozen=True)
class RepChoice:
    speaker: str  # the label the rep speaks under in this call
    rep: str  # the rep's name for the team: the mapping's name, or the speaker label


class RepMap:
    def __init__(self, aliases: dict[str, str]):
        """`aliases`: speaker name or e-mail -> rep name; every rep also answers to their own name."""
        self.names = {alias: rep for alias, rep in aliases.items() if "@" not in alias}
        self.names.update({rep: rep for rep in aliases.values()})
        self.emails = {alias.casefold(): rep for alias, rep in aliases.items() if "@" in alias}

    @classmethod
    def load(cls, path: str) -> "RepMap":
        try:
            document = yaml.safe_load(Path(path).read_text(encoding="utf-8"))
        except OSError as error:
            raise UsageError(f"cannot read --reps {path}: {error.strerror}; check the path") from None
        except yaml.YAMLError as error:
            mark = getattr(error, "problem_mark", None)
            where = f" at line {mark.line + 1}" if mark else ""
            raise UsageError(f"--reps {path} is not valid YAML{where}; see 'reviewer batch --help'") from None
        if not isinstance(document, dict) or not document:
            raise UsageError(f"--reps {path} should map speaker names or e-mails to reps, e.g. 'dana@acme.com: Dana Whitfield'")
        aliases: dict[str, str] = {}
        for key, value in document.items():
            if isinstance(value, str):
                aliases[str(key)] = value
            elif isinstance(value, list) and all(isinstance(item, str) for item in value):
                aliases.update({alias: str(key) for alias in [str(key), *value]})
            else:
                raise UsageError(
                    f"--reps {path}: {key!r} should map to a rep's name or a list of names and e-mails"
                )
        return cls(aliases)

    def choose(self, transcript: Transcript) -> RepChoice | None:
        """The rep in this call, or None when the mapping names nobody in it."""
        speakers = transcript.speakers
        matched = {}
        for alias, rep in self.names.items():
            speaker = _speaker_named(alias, speakers)
            if speaker is not None:
                matched.setdefault(speaker, rep)
        if matched:
            first = min(matched, key=speakers.index)
            return RepChoice(first, matched[first])
        for email in _header_emails(transcript):
            rep = self.emails.get(email)
            speaker = rep and (_speaker_named(rep, speakers) or _speaker_named(rep.split()[0], speakers))
            if speaker:
                return RepChoice(speaker, rep)
        return None


def _speaker_named(name: str, speakers: list[str]) -> str | None:
    try:
        return match_speaker(name, speakers)
    except InputError:
        return None


def _header_emails(transcript: Transcript) -> list[str]:
    """Organizer first: when two reps are on a call, the one who booked it is reviewed."""
    text = " ".join(transcript.metadata.get(field, "") for field in _HEADER_FIELDS_WITH_EMAILS)
    return list(dict.fromkeys(email.casefold() for email in _EMAIL.findall(text)))
