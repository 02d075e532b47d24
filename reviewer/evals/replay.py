"""Cassettes: one recorded model exchange per case, replayed in CI with no key and no network.

A cassette is `<cassettes>/<case id>.json` (vcrpy), matched on method, path and request body.
The body holds the rendered prompt, the schema, the model name and the transcript, so any
change to one of them finds no recording: the case is stale and must be re-recorded, rather
than silently scored against an answer to a different question.

Recording goes through vcrpy's patching of httpx. Replay loads the cassette with vcrpy and
serves it to the SDK through an httpx transport: vcrpy's matching and cassette format, without
patching every HTTP library per case, which took a third of a replayed case. Cassettes are
JSON because they load several times faster than YAML; a `<case id>.yaml` recorded by an
earlier version still replays, and recording the case again replaces it.

`<case id>.synthetic` next to a cassette marks it as written by hand (see
evals/synthesize_cassettes.py); the report then never presents its scores as a model's.
"""

from __future__ import annotations

import os
import re
from functools import lru_cache
from pathlib import Path

import yaml

from reviewer.api import critique
from reviewer.errors import EngineError, UsageError
from reviewer.schema import Critique
from reviewer.transcript.model import Transcript

# Only so the SDK agrees to build a request; replay never leaves the process.
REPLAY_API_KEY = "sk-replay-no-network"

SECRET_REQUEST_HEADERS = ["authorization", "api-key", "x-api-key", "openai-organization", "openai-project", "cookie"]
SECRET_RESPONSE_HEADERS = {"openai-organization", "openai-project", "set-cookie"}
SECRET_QUERY_PARAMETERS = ["api-key", "key", "api_key"]

_ENDPOINT = re.compile(r"/(chat/completions|completions|responses)/?$")


class StaleCassette(Exception):
    """No recording answers this case's request as it is built today."""


class RecordingFailed(EngineError):
    """The endpoint itself failed (unreachable, key refused, rate limited): the rest of the suite
    would fail the same way, and the old cassette is worth more than a recorded error."""


def cassette_path(cassettes: Path, case_id: str) -> Path:
    return cassettes / f"{case_id}.json"


def _yaml_cassette(cassette: Path) -> Path:
    return cassette.with_suffix(".yaml")


def synthetic_marker(cassettes: Path, case_id: str) -> Path:
    return cassettes / f"{case_id}.synthetic"


def _strip_secret_response_headers(response):
    response["headers"] = {
        name: value for name, value in response["headers"].items() if name.lower() not in SECRET_RESPONSE_HEADERS
    }
    return response


def _recorder(record_mode: str):
    try:
        import vcr
    except ImportError:
        raise UsageError("replaying or recording cassettes needs vcrpy: pip install 'vcrpy>=9'") from None
    return vcr.VCR(
        serializer="json",
        record_mode=record_mode,
        match_on=("method", "path", "body"),
        filter_headers=SECRET_REQUEST_HEADERS,
        filter_query_parameters=SECRET_QUERY_PARAMETERS,
        before_record_response=_strip_secret_response_headers,
        decode_compressed_response=True,
    )


def _in_chain(error: BaseException | None, kind: type):
    """The SDK wraps transport errors (APIConnectionError) and the engine wraps those again."""
    seen = set()
    while error is not None and id(error) not in seen:
        if isinstance(error, kind):
            return error
        seen.add(id(error))
        error = error.__cause__ or error.__context__
    return None


def _missing_recording(error: BaseException):
    from vcr.errors import CannotOverwriteExistingCassetteException

    return _in_chain(error, CannotOverwriteExistingCassetteException)


def _base_url(uri: str) -> str:
    return _ENDPOINT.sub("", uri.split("?", 1)[0])


def _load(cassette: Path):
    from vcr import matchers
    from vcr.cassette import Cassette
    from vcr.record_mode import RecordMode
    from vcr.serializers import jsonserializer, yamlserializer

    try:
        recorded = Cassette.load(
            path=str(cassette),
            serializer=yamlserializer if cassette.suffix == ".yaml" else jsonserializer,
            record_mode=RecordMode.NONE,
            match_on=(matchers.method, matchers.path, _same_body),
        )
    except (yaml.YAMLError, ValueError) as error:
        raise StaleCassette(f"{cassette.name} is not a readable cassette") from error
    if not recorded.requests:
        raise StaleCassette(f"{cassette.name} holds no recorded request")
    return recorded


def _same_body(asked, recorded) -> None:
    """vcrpy's body matcher parses both JSON bodies on every comparison, a tenth of a replayed
    case; identical bytes need no parsing, and only a body that differs is compared as JSON."""
    from vcr import matchers

    if asked.body != recorded.body:
        matchers.body(asked, recorded)


class _CassetteTransport:
    """Answers the SDK's requests from whichever cassette the case in hand loaded."""

    def __init__(self):
        self.cassette = None

    def __call__(self, request):
        import httpx2
        from vcr.errors import CannotOverwriteExistingCassetteException
        from vcr.request import Request

        asked = Request(request.method, str(request.url), request.read(), dict(request.headers))
        if not self.cassette.can_play_response_for(asked):
            raise CannotOverwriteExistingCassetteException(cassette=self.cassette, failed_request=asked)
        answer = self.cassette.play_response(asked)
        headers = [(name, value) for name, values in answer["headers"].items() for value in values]
        return httpx2.Response(answer["status"]["code"], headers=headers, content=answer["body"]["string"])


@lru_cache(maxsize=8)
def _replay_engine(model: str, base_url: str):
    """One engine per endpoint: building the client and the prompts per case would cost more
    than replaying it."""
    import httpx2
    import openai

    from reviewer.engines.openai_engine import OpenAIEngine

    transport = _CassetteTransport()
    client = openai.OpenAI(
        api_key=REPLAY_API_KEY,
        base_url=base_url,
        max_retries=0,
        http_client=openai.DefaultHttpxClient(transport=httpx2.MockTransport(transport)),
    )
    return OpenAIEngine(model, client=client), transport


def replay(transcript: Transcript, cassette: Path, model: str) -> Critique:
    """Against the base URL the cassette was recorded with, so only the body decides."""
    if not cassette.is_file() and _yaml_cassette(cassette).is_file():
        cassette = _yaml_cassette(cassette)
    if not cassette.is_file():
        raise StaleCassette(f"no cassette {cassette.name}")
    recorded = _load(cassette)
    engine, transport = _replay_engine(model, _base_url(recorded.requests[0].uri))
    transport.cassette = recorded
    try:
        return critique(transcript, engine=engine)
    except Exception as error:
        missing = _missing_recording(error)
        if missing is None:
            raise
        raise StaleCassette(f"no recorded request in {cassette.name} matches ({missing.reason})") from error


def record(transcript: Transcript, cassette: Path, model: str, base_url: str | None, api_key: str | None) -> Critique:
    """Call the live endpoint and keep the exchange; an answer that fails to parse is kept too,
    so replay reproduces the failure. The key never reaches the file."""
    import openai

    from reviewer.engines.openai_engine import OpenAIEngine

    engine = OpenAIEngine(model, base_url=base_url, api_key=api_key)
    partial = cassette.with_name(cassette.name + ".recording")
    partial.unlink(missing_ok=True)
    try:
        with _recorder("all").use_cassette(str(partial)):
            return critique(transcript, engine=engine)
    except EngineError as error:
        if _in_chain(error, openai.OpenAIError):
            partial.unlink(missing_ok=True)
            raise RecordingFailed(f"recording {cassette.stem}: {error}") from error
        raise
    finally:
        if partial.is_file():
            if api_key and api_key in partial.read_text(encoding="utf-8"):
                partial.unlink()
                raise EngineError(f"the API key appeared in the recording for {cassette.stem}; nothing was saved")
            os.replace(partial, cassette)
            _yaml_cassette(cassette).unlink(missing_ok=True)
            synthetic_marker(cassette.parent, cassette.stem).unlink(missing_ok=True)
