"""The prompt templates: strict, sandboxed, never fed the transcript as template source."""

import shutil

import pytest
from jinja2.exceptions import SecurityError, UndefinedError

from reviewer.prompting import SYSTEM, USER, Prompts
from reviewer.stats import call_stats
from reviewer.transcript.model import Transcript, Utterance


def test_a_variable_the_template_needs_but_is_not_given_raises(sales_call):
    with pytest.raises(UndefinedError, match="stats"):
        Prompts().render(USER, transcript=sales_call, turn_count=8, fence="0")


def test_the_sandbox_blocks_reaching_python_internals():
    template = Prompts().environment.from_string("{{ ''.__class__.__mro__[1].__subclasses__() }}")
    with pytest.raises(SecurityError):
        template.render()


def test_template_syntax_inside_the_transcript_is_shown_literally():
    call = Transcript.build(
        [Utterance(speaker="Dana", text="Our price is {{ 7*7 }} dollars {% if true %}today{% endif %}."),
         Utterance(speaker="Lee", text="Hmm.")],
        source="braces.txt", format="text", rep="Dana",
    )
    user = Prompts().judge_messages(call, call_stats(call))[1]["content"]
    assert "[turn 1] Dana (rep): Our price is {{ 7*7 }} dollars {% if true %}today{% endif %}." in user
    assert "49" not in user


def test_the_prompt_version_changes_when_a_template_changes(tmp_path):
    shipped = Prompts()
    copy = shutil.copytree(shipped.directory, tmp_path / "prompts")
    assert Prompts(copy).version == shipped.version
    (copy / SYSTEM).write_text((copy / SYSTEM).read_text() + "\nBe brief.\n")
    assert Prompts(copy).version != shipped.version
