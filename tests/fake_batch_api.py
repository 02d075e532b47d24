"""The loopback fake server plus OpenAI's Batch API: file upload and content, batch create and
retrieve. Answers are written by hand in each test, as with `FakeOpenAIServer`.

    with FakeBatchAPI(respond, answer_batched=lambda body: chat_completion(...)) as server:
        ...  # server.uploads, server.created, server.batched_requests

A batch is `validating` when created and completes on its `polls_to_finish`-th retrieve;
`on_retrieve(batch)` runs before each retrieve is answered (a test can press Ctrl-C there).
"""

from __future__ import annotations

import json
import re
from email.parser import BytesParser
from email.policy import HTTP

from fake_openai_server import FakeOpenAIServer, api_error

_FILE_CONTENT = re.compile(r"^/v1/files/([\w-]+)/content$")
_BATCH = re.compile(r"^/v1/batches/([\w-]+)$")


class FakeBatchAPI(FakeOpenAIServer):
    def __init__(self, respond=None, *, answer_batched=None, polls_to_finish: int = 2, final_status: str = "completed", on_retrieve=None):
        """`respond` answers direct chat requests (repairs); `answer_batched(body)` answers each
        request inside a batch with a body, or `(status, body)` for a failed request."""
        super().__init__(respond or (lambda request: api_error(500, "no direct requests expected")))
        self.answer_batched = answer_batched
        self.polls_to_finish = polls_to_finish
        self.final_status = final_status
        self.on_retrieve = on_retrieve
        self.files: dict[str, bytes] = {}
        self.batches: dict[str, dict] = {}
        self.uploads: list[str] = []  # file ids, one per upload
        self.created: list[str] = []  # batch ids, one per create
        self.batched_requests: list[dict] = []
        self._polls: dict[str, int] = {}

    def _route(self, method: str, path: str, headers, body: bytes) -> tuple[int, bytes, str]:
        if method == "POST" and path == "/v1/files":
            return _json(200, self._upload(headers, body))
        if method == "POST" and path == "/v1/batches":
            return _json(200, self._create(json.loads(body)))
        if method == "GET" and (match := _BATCH.match(path)):
            return _json(200, self._retrieve(match.group(1)))
        if method == "GET" and (match := _FILE_CONTENT.match(path)):
            return 200, self.files[match.group(1)], "application/octet-stream"
        return _json(*api_error(404, f"no route {method} {path}"))

    def _upload(self, headers, body: bytes) -> dict:
        message = BytesParser(policy=HTTP).parsebytes(
            f"Content-Type: {headers['Content-Type']}\r\n\r\n".encode() + body
        )
        fields = {part.get_param("name", header="content-disposition"): part.get_payload(decode=True) for part in message.iter_parts()}
        assert fields["purpose"] == b"batch", fields["purpose"]
        file_id = f"file-{len(self.files) + 1}"
        self.files[file_id] = fields["file"]
        self.uploads.append(file_id)
        return {"id": file_id, "object": "file", "bytes": len(fields["file"]), "created_at": 1700000000,
                "filename": "batch.jsonl", "purpose": "batch", "status": "processed"}

    def _create(self, request: dict) -> dict:
        batch_id = f"batch_{len(self.batches) + 1}"
        lines = self.files[request["input_file_id"]].decode().splitlines()
        self.batches[batch_id] = {
            "id": batch_id, "object": "batch", "endpoint": request["endpoint"], "errors": None,
            "input_file_id": request["input_file_id"], "completion_window": request["completion_window"],
            "status": "validating", "output_file_id": None, "error_file_id": None, "created_at": 1700000000,
            "request_counts": {"total": len(lines), "completed": 0, "failed": 0},
            "metadata": request.get("metadata"),
        }
        self.created.append(batch_id)
        self._polls[batch_id] = 0
        return self.batches[batch_id]

    def _retrieve(self, batch_id: str) -> dict:
        batch = self.batches[batch_id]
        if self.on_retrieve:
            self.on_retrieve(batch)
        self._polls[batch_id] += 1
        if batch["status"] not in ("completed", "failed", "expired", "cancelled"):
            if self._polls[batch_id] >= self.polls_to_finish:
                self._finish(batch)
            else:
                batch["status"] = "in_progress"
        return batch

    def _finish(self, batch: dict) -> None:
        if self.final_status == "failed":
            batch.update(status="failed", errors={"object": "list", "data": [
                {"code": "invalid_request", "message": "the input file is not valid JSONL", "line": 1}]})
            return
        requests = [json.loads(line) for line in self.files[batch["input_file_id"]].decode().splitlines()]
        if self.final_status == "expired":
            requests = requests[: len(requests) // 2]
        output, errors = [], []
        for number, request in enumerate(requests):
            self.batched_requests.append(request["body"])
            answer = self.answer_batched(request["body"])
            status, body = (200, answer) if isinstance(answer, dict) else answer
            line = {"id": f"batch_req_{number}", "custom_id": request["custom_id"],
                    "response": {"status_code": status, "request_id": f"req_{number}", "body": body}, "error": None}
            (output if status == 200 else errors).append(json.dumps(line))
        for lines, key in ((output, "output_file_id"), (errors, "error_file_id")):
            if lines:
                file_id = f"file-{len(self.files) + 1}"
                self.files[file_id] = ("\n".join(lines) + "\n").encode()
                batch[key] = file_id
        batch["status"] = self.final_status
        batch["request_counts"].update(completed=len(output), failed=len(errors))

    def _handler_class(self):
        fake = self
        chat = super()._handler_class()

        class Handler(chat):
            def do_POST(self):
                if self.path.startswith("/v1/chat/"):
                    return super().do_POST()
                body = self.rfile.read(int(self.headers.get("Content-Length") or 0))
                self._send(*fake._route("POST", self.path, self.headers, body))

            def do_GET(self):
                self._send(*fake._route("GET", self.path, self.headers, b""))

            def _send(self, status: int, payload: bytes, content_type: str):
                self.send_response(status)
                self.send_header("Content-Type", content_type)
                self.send_header("Content-Length", str(len(payload)))
                self.end_headers()
                self.wfile.write(payload)

        return Handler


def _json(status: int, body: dict) -> tuple[int, bytes, str]:
    return status, json.dumps(body).encode(), "application/json"
