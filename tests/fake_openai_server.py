"""A loopback OpenAI-compatible server whose answers the test writes by hand.

No model is reachable from the test machine, so tests, synthetic cassettes and benchmarks talk
to this instead. Nothing it returns is a model's output: `chat_completion` names the model
`synthetic-handwritten` unless told otherwise.

    with FakeOpenAIServer(lambda request: chat_completion(judgement_dict)) as server:
        engine = OpenAIEngine("any-model", base_url=server.url)

`respond(request_json)` returns a response body (status 200), or `(status, body)`, or
`(status, body, headers)`; `delay` seconds are slept before each answer.
"""

from __future__ import annotations

import json
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

SYNTHETIC_MODEL = "synthetic-handwritten"
CHAT_PATH = "/v1/chat/completions"


def chat_completion(
    content: str | dict | None,
    model: str = SYNTHETIC_MODEL,
    prompt_tokens: int = 1000,
    completion_tokens: int = 200,
    *,
    refusal: str | None = None,
    finish_reason: str = "stop",
) -> dict:
    """A valid chat-completion body; a dict `content` is sent as its JSON. The id and timestamp
    are fixed so recordings are reproducible."""
    if isinstance(content, dict):
        content = json.dumps(content)
    return {
        "id": "chatcmpl-synthetic",
        "object": "chat.completion",
        "created": 1700000000,
        "model": model,
        "choices": [
            {
                "index": 0,
                "message": {"role": "assistant", "content": content, "refusal": refusal},
                "finish_reason": finish_reason,
            }
        ],
        "usage": {
            "prompt_tokens": prompt_tokens,
            "completion_tokens": completion_tokens,
            "total_tokens": prompt_tokens + completion_tokens,
        },
    }


def api_error(status: int, message: str, code: str | None = None) -> tuple[int, dict]:
    """An error the way OpenAI shapes it, e.g. `api_error(401, "Incorrect API key provided")`."""
    return status, {"error": {"message": message, "type": "invalid_request_error", "param": None, "code": code}}


class _LoopbackHTTPServer(ThreadingHTTPServer):
    """Behaves as a real server under load: a listen backlog for many simultaneous connections
    (socketserver's default of 5 drops the rest, and the client retries them later)."""

    request_queue_size = 128


class FakeOpenAIServer:
    def __init__(self, respond, *, delay: float = 0.0):
        self.respond = respond
        self.delay = delay
        self.requests: list[dict] = []
        self.in_flight = 0
        self.max_in_flight = 0
        self._lock = threading.Lock()
        self._server = _LoopbackHTTPServer(("127.0.0.1", 0), self._handler_class())
        self._server.daemon_threads = True
        # A short poll interval lets `shutdown` return at once instead of after half a second.
        self._thread = threading.Thread(target=self._server.serve_forever, args=(0.01,), daemon=True)

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self._server.server_address[1]}/v1"

    def __enter__(self) -> "FakeOpenAIServer":
        self._thread.start()
        return self

    def __exit__(self, *exc_info) -> None:
        self._server.shutdown()
        self._server.server_close()
        self._thread.join()

    def _answer(self, path: str, request: dict) -> tuple[int, dict, dict]:
        with self._lock:
            self.requests.append(request)
            self.in_flight += 1
            self.max_in_flight = max(self.max_in_flight, self.in_flight)
        try:
            if self.delay:
                time.sleep(self.delay)
            if path != CHAT_PATH:
                return (*api_error(404, f"no route {path}"), {})
            answer = self.respond(request)
            if isinstance(answer, dict):
                return 200, answer, {}
            status, body, *headers = answer
            return status, body, (headers[0] if headers else {})
        finally:
            with self._lock:
                self.in_flight -= 1

    def _handler_class(self):
        fake = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"  # keep-alive, as the SDK's connection pool expects

            def do_POST(self):
                length = int(self.headers.get("Content-Length") or 0)
                request = json.loads(self.rfile.read(length) or b"{}")
                status, body, headers = fake._answer(self.path, request)
                payload = json.dumps(body).encode()
                self.send_response(status)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(payload)))
                for name, value in headers.items():
                    self.send_header(name, value)
                self.end_headers()
                self.wfile.write(payload)

            def log_message(self, format, *args):
                """Keep test output clean."""

        return Handler
