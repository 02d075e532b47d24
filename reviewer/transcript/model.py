"""One model for every transcript format, numbered into turns as the contract defines them."""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, Field

Role = Literal["rep", "prospect", "other"]


class Utterance(BaseModel):
    speaker: str
    text: str
    start: float | None = Field(default=None, description="Seconds from the start of the call.")


class Turn(BaseModel):
    """A maximal run of consecutive utterances by one speaker; numbers start at 1."""

    number: int
    speaker: str
    role: Role
    text: str
    start: float | None = None
    utterances: list[Utterance]

    @property
    def words(self) -> int:
        return len(self.text.split())


class Transcript(BaseModel):
    source: str
    format: str
    utterances: list[Utterance]
    turns: list[Turn]
    rep: str
    prospects: list[str]
    rep_inferred: bool = False
    metadata: dict[str, str] = Field(default_factory=dict)
    content_sha256: str = Field("", description="Digest of the file as read: the identity of a call.")

    @property
    def speakers(self) -> list[str]:
        return list(dict.fromkeys(u.speaker for u in self.utterances))

    def turn(self, number: int) -> Turn:
        return self.turns[number - 1]

    def role_of(self, speaker: str) -> Role:
        if speaker == self.rep:
            return "rep"
        return "prospect" if speaker in self.prospects else "other"

    @classmethod
    def build(
        cls,
        utterances: list[Utterance],
        *,
        source: str,
        format: str,
        rep: str,
        prospects: list[str] | None = None,
        rep_inferred: bool = False,
        metadata: dict[str, str] | None = None,
        content_sha256: str = "",
    ) -> "Transcript":
        """Number the turns and give each speaker a role; without `prospects`, everyone
        but the rep is a prospect."""
        speakers = list(dict.fromkeys(u.speaker for u in utterances))
        if prospects is None:
            prospects = [s for s in speakers if s != rep]
        roles = {s: ("rep" if s == rep else "prospect" if s in prospects else "other") for s in speakers}
        return cls(
            source=source,
            format=format,
            utterances=utterances,
            turns=group_turns(utterances, roles.__getitem__),
            rep=rep,
            prospects=prospects,
            rep_inferred=rep_inferred,
            metadata=metadata or {},
            content_sha256=content_sha256,
        )


def group_turns(utterances: list[Utterance], role_of) -> list[Turn]:
    """Merge consecutive utterances by the same speaker into numbered turns."""
    turns: list[Turn] = []
    for utterance in utterances:
        if turns and turns[-1].speaker == utterance.speaker:
            last = turns[-1]
            last.utterances.append(utterance)
            last.text = f"{last.text} {utterance.text}"
        else:
            turns.append(
                Turn(
                    number=len(turns) + 1,
                    speaker=utterance.speaker,
                    role=role_of(utterance.speaker),
                    text=utterance.text,
                    start=utterance.start,
                    utterances=[utterance],
                )
            )
    return turns
