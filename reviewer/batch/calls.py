"""One call made ready for judging: read, its rep chosen, its date found, its result key computed."""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from datetime import date

from reviewer.batch.inputs import CallFile
from reviewer.batch.reps import RepMap
from reviewer.engines import Engine
from reviewer.schema import CallStats
from reviewer.stats import call_stats
from reviewer.store import call_date_for
from reviewer.transcript import read_transcript
from reviewer.transcript.model import Transcript


@dataclass
class PreparedCall:
    file: CallFile
    transcript: Transcript
    stats: CallStats
    source_sha256: str
    key: str
    rep: str  # the rep's name for the team (from --reps), else the speaker label
    rep_from_map: bool
    call_date: date

    @property
    def source(self) -> str:
        return str(self.file.path)


def prepare_call(file: CallFile, engine: Engine, *, rep: str | None, reps: RepMap | None) -> PreparedCall:
    """Raises ReviewerError for a call that cannot be read; the batch records it and goes on."""
    transcript = read_transcript(str(file.path), rep=rep)
    team_rep, from_map = transcript.rep, False
    choice = reps.choose(transcript) if reps else None
    if choice is not None:
        transcript = Transcript.build(
            transcript.utterances,
            source=transcript.source,
            format=transcript.format,
            rep=choice.speaker,
            metadata=transcript.metadata,
            content_sha256=transcript.content_sha256,
        )
        team_rep, from_map = choice.rep, True
    source_sha256 = transcript.content_sha256
    return PreparedCall(
        file=file,
        transcript=transcript,
        stats=call_stats(transcript),
        source_sha256=source_sha256,
        key=result_key(source_sha256, engine, transcript.rep),
        rep=team_rep,
        rep_from_map=from_map,
        call_date=call_date_for(transcript, file.path),
    )


def result_key(source_sha256: str, engine: Engine, rep_speaker: str) -> str:
    """What a result depends on: the transcript's bytes, the engine, model and prompt version,
    and who was reviewed as the rep (a different rep is a different critique)."""
    parts = [source_sha256, engine.name, engine.model, engine.prompt_version, rep_speaker]
    return hashlib.sha256(json.dumps(parts).encode()).hexdigest()
