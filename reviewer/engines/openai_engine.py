"""The LLM engine: structured outputs from OpenAI or any compatible server (Ollama, vLLM, LM Studio).

One request per call, then every finding is checked against the transcript. Problems earn one
repair request; whatever is still ungrounded is dropped and counted, so an invented quote never
reaches the user. `openai` is imported only when an engine is built, to keep `--help` fast.
"""

from __future__ import annotations

import functools
from collections.abc import Generator
from dataclasses import dataclass

from pydantic import ValidationError

from reviewer.engines import EngineResult
from reviewer.errors import EngineError, UsageError
from reviewer.grounding import drop_ungrounded, grounding_errors
from reviewer.prompting import Prompts, one_line
from reviewer.schema import CallStats, Judgement, Usage
from reviewer.transcript.model import Transcript

LOCAL_SERVER_KEY = "unused-by-local-servers"
_MAX_SCHEMA_PROBLEMS = 10


@dataclass
class Reply:
    """One answer from the model, before grounding: parsed, or the reasons it did not fit."""

    judgement: Judgement | None
    content: str | None
    schema_problems: list[str]
    usage: Usage
    model: str | None


# Yields the messages of the next request, receives its Reply, returns the final result.
Exchange = Generator[list[dict], Reply, EngineResult]


class OpenAIEngine:
    name = "openai"

    def __init__(
        self,
        model: str,
        base_url: str | None = None,
        api_key: str | None = None,
        *,
        client=None,
        max_retries: int | None = None,
        timeout: float | None = None,
        prompts: Prompts | None = None,
    ):
        if client is None and not api_key and not base_url:
            raise UsageError("no model configured: set OPENAI_API_KEY, or pass --base-url for a local server such as Ollama")
        self.model = model
        self.prompts = prompts or Prompts()
        self.prompt_version = self.prompts.version
        options = {"api_key": api_key or LOCAL_SERVER_KEY, "base_url": base_url}
        if max_retries is not None:
            options["max_retries"] = max_retries
        if timeout is not None:
            options["timeout"] = timeout
        self._client_options = options
        self._client = client
        self._async_client = None

    def judge(self, transcript: Transcript, stats: CallStats) -> EngineResult:
        import openai

        if self._client is None:
            self._client = openai.OpenAI(**self._client_options)
        send = self._client.chat.completions.with_raw_response.parse
        exchange = self._exchange(transcript, stats)
        messages = next(exchange)
        while True:
            try:
                raw = send(**self._request(messages))
            except openai.OpenAIError as error:
                raise self._engine_error(error, self._client) from error
            try:
                messages = exchange.send(self._reply(raw))
            except StopIteration as finished:
                return finished.value

    async def ajudge(self, transcript: Transcript, stats: CallStats, *, first_answer: dict | None = None) -> EngineResult:
        """`judge` for many calls at once (batch); the same requests and validation. `first_answer`
        is the response body to `request_body` when the Batch API delivered it: only a repair,
        if one is needed, is then sent from here."""
        exchange = self._exchange(transcript, stats)
        messages = next(exchange)
        reply = await self._asend(messages) if first_answer is None else self._body_reply(first_answer)
        while True:
            try:
                messages = exchange.send(reply)
            except StopIteration as finished:
                return finished.value
            reply = await self._asend(messages)

    def request_body(self, transcript: Transcript, stats: CallStats) -> dict:
        """The first request as the JSON body `judge` sends, for the Batch API to deliver."""
        return self._wire_request(self.prompts.judge_messages(transcript, stats))

    async def aclose(self) -> None:
        """Close the async client on the event loop that opened its connections."""
        if self._async_client is not None:
            await self._async_client.close()
            self._async_client = None

    async def _asend(self, messages: list[dict]) -> Reply:
        """Sends the schema built once, not per request as `parse` does: with many calls in
        flight that work would hold up every other call on the event loop."""
        import openai

        if self._async_client is None:
            self._async_client = openai.AsyncOpenAI(**self._client_options)
        try:
            create = self._async_client.chat.completions.with_raw_response.create
            raw = await create(**self._wire_request(messages), stream=False)  # the very body `parse` sends
        except openai.OpenAIError as error:
            raise self._engine_error(error, self._async_client) from error
        return self._body_reply(_response_json(raw))

    def _wire_request(self, messages: list[dict]) -> dict:
        return {**self._request(messages), "response_format": _judgement_format()}

    def _exchange(self, transcript: Transcript, stats: CallStats) -> Exchange:
        """The whole conversation, free of I/O so the sync and async drivers share it."""
        messages = self.prompts.judge_messages(transcript, stats)
        first = yield messages
        replies = [first]
        problems = first.schema_problems or grounding_errors(first.judgement, transcript)
        if problems:
            repair = [
                *messages,
                {"role": "assistant", "content": first.content or ""},
                self.prompts.repair_message(problems),
            ]
            replies.append((yield repair))
        judgement = next((r.judgement for r in reversed(replies) if r.judgement is not None), None)
        if judgement is None:
            raise EngineError(
                f"the model's answer still does not fit the critique schema after a retry "
                f"({replies[-1].schema_problems[0]}); try a model that supports structured outputs"
            )
        cleaned, dropped = drop_ungrounded(judgement, transcript)
        return EngineResult(
            judgement=cleaned,
            dropped_findings=dropped,
            usage=Usage(
                prompt_tokens=sum(r.usage.prompt_tokens for r in replies),
                completion_tokens=sum(r.usage.completion_tokens for r in replies),
            ),
            model=replies[-1].model or self.model,
        )

    def _request(self, messages: list[dict]) -> dict:
        return {"model": self.model, "messages": messages, "response_format": Judgement}

    def _reply(self, raw) -> Reply:
        """Read one raw response; an answer that does not fit the schema is a Reply, not an error."""
        return self._answer_reply(_response_json(raw), raw.parse)

    def _body_reply(self, body: dict) -> Reply:
        """A response body parsed as the SDK's `parse` does; for `ajudge` and Batch API answers."""
        from openai import omit
        from openai.lib._parsing import parse_chat_completion
        from openai.types.chat import ChatCompletion

        return self._answer_reply(
            body,
            lambda: parse_chat_completion(
                response_format=Judgement, input_tools=omit, chat_completion=ChatCompletion.construct(**body)
            ),
        )

    def _answer_reply(self, body: dict, parse) -> Reply:
        import openai

        usage = body.get("usage") or {}
        tokens = Usage(
            prompt_tokens=usage.get("prompt_tokens") or 0,
            completion_tokens=usage.get("completion_tokens") or 0,
        )
        model = body.get("model")
        choices = body.get("choices") or [{}]
        content = (choices[0].get("message") or {}).get("content")
        try:
            message = parse().choices[0].message
        except ValidationError as error:
            problems = [
                f"{'.'.join(map(str, e['loc'])) or 'answer'}: {e['msg']}" for e in error.errors()[:_MAX_SCHEMA_PROBLEMS]
            ]
            return Reply(None, content, problems, tokens, model)
        except openai.LengthFinishReasonError:
            raise EngineError(
                "the model's answer was cut off at its output token limit; use a model with a larger output limit"
            ) from None
        except openai.ContentFilterFinishReasonError:
            raise EngineError("the model's content filter blocked the answer; try another model") from None
        if message.refusal:
            raise EngineError(f"the model refused to critique this call: {_one_line(message.refusal)}")
        if message.parsed is None:
            return Reply(None, content, ["answer: the answer was empty, expected the critique as JSON"], tokens, model)
        return Reply(message.parsed, content, [], tokens, model)

    def _engine_error(self, error, client) -> EngineError:
        """One line per SDK failure, saying what to do next."""
        import openai

        server = str(client.base_url).rstrip("/")
        if isinstance(error, openai.APITimeoutError):
            return EngineError(f"the model server at {server} did not answer in time; check it is running and not overloaded")
        if isinstance(error, openai.APIConnectionError):
            return EngineError(
                f"cannot reach the model server at {server}: check --base-url / OPENAI_BASE_URL and that the server is running"
            )
        if isinstance(error, openai.AuthenticationError):
            return EngineError(f"the model server at {server} rejected the API key (401): check OPENAI_API_KEY")
        if isinstance(error, openai.NotFoundError):
            return EngineError(
                f"model {self.model!r} not found at {server} (404): check --model / REVIEWER_MODEL "
                "(pull it first on a local server) and that the base URL ends in /v1"
            )
        if isinstance(error, openai.RateLimitError):
            return EngineError(
                f"rate limited by the model server after retries (429: {_one_line(error.message)}); wait and try again"
            )
        if isinstance(error, openai.BadRequestError):
            return EngineError(
                f"the model server rejected the request (400: {_one_line(error.message)}); "
                f"check that {self.model!r} supports structured outputs (json_schema)"
            )
        if isinstance(error, openai.APIStatusError):
            return EngineError(
                f"the model server answered {error.status_code} ({_one_line(error.message)}); try again later"
            )
        return EngineError(f"the model request failed: {_one_line(str(error))}")


@functools.cache
def _judgement_format() -> dict:
    """The critique schema as the API takes it, exactly as `parse` builds it from `Judgement`."""
    from openai.lib._parsing import type_to_response_format_param

    return type_to_response_format_param(Judgement)


def _response_json(raw) -> dict:
    try:
        return raw.http_response.json()
    except ValueError:
        raise EngineError(
            "the model server did not answer with JSON; check that the base URL points at its /v1 API"
        ) from None


def _one_line(text: str, limit: int = 200) -> str:
    """Server messages can be long or multi-line; the CLI prints errors as one short line."""
    text = one_line(text)
    return text if len(text) <= limit else text[: limit - 1] + "…"
