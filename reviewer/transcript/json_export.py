"""JSON exports: AssemblyAI (`utterances`, start in milliseconds), Fireflies (`sentences`,
start in seconds, possibly under `data.transcript`) and a plain list of
`{speaker, text, start}` objects (start in seconds)."""

from __future__ import annotations

import json
from typing import Any

from reviewer.errors import InputError
from reviewer.transcript.model import Utterance
from reviewer.transcript.speaker_prefix import normalize_name

_EXPECTED = (
    'expected AssemblyAI {"utterances": [...]}, Fireflies {"sentences": [...]} or a list of '
    '{"speaker", "text", "start"} objects'
)


def load_json(text: str, source: str) -> Any:
    try:
        return json.loads(text)
    except (ValueError, RecursionError) as error:
        raise InputError(f"{source} is not valid JSON ({error}): fix the file or export the call again.") from error


def parse_json_export(document: Any, source: str) -> tuple[list[Utterance], dict[str, str]]:
    """Return the utterances and whatever call metadata the export carries."""
    if isinstance(document, dict) and isinstance(document.get("data"), dict):
        document = document["data"].get("transcript", document["data"])
    if isinstance(document, dict) and isinstance(document.get("utterances"), list):
        return _utterances(document["utterances"], source, "speaker", "start", 1000), {}
    if isinstance(document, dict) and isinstance(document.get("sentences"), list):
        utterances = _utterances(document["sentences"], source, "speaker_name", "start_time", 1)
        return utterances, _fireflies_metadata(document)
    if isinstance(document, list):
        return _utterances(document, source, "speaker", "start", 1), {}
    raise InputError(f"{source} is JSON but not a transcript export: {_EXPECTED}.")


def _utterances(
    items: list, source: str, speaker_key: str, start_key: str, units_per_second: float
) -> list[Utterance]:
    utterances = []
    for index, item in enumerate(items):
        if not isinstance(item, dict) or not isinstance(item.get("text"), str) or item.get(speaker_key) in (None, ""):
            raise InputError(f"{source}: entry {index} has no {speaker_key!r} and 'text': {_EXPECTED}.")
        text = " ".join(item["text"].split())
        if text:
            speaker = normalize_name(str(item[speaker_key]))
            utterances.append(Utterance(speaker=speaker, text=text, start=_seconds(item.get(start_key), units_per_second)))
    return utterances


def _seconds(start: Any, units_per_second: float) -> float | None:
    if isinstance(start, bool) or not isinstance(start, (int, float)):
        return None
    return start / units_per_second


def _fireflies_metadata(document: dict) -> dict[str, str]:
    metadata = {key: str(document[key]) for key in ("title", "date", "duration") if document.get(key)}
    if document.get("organizer_email"):
        metadata["organizer"] = str(document["organizer_email"])
    if isinstance(document.get("participants"), list):
        metadata["participants"] = ", ".join(str(p) for p in document["participants"])
    return metadata
