"""The dataset: a folder of gold-labelled case files (contract section 6)."""

from __future__ import annotations

from pathlib import Path

import yaml
from pydantic import BaseModel, ConfigDict, Field, ValidationError

from reviewer.errors import InputError, UsageError
from reviewer.schema import CommitmentLevel, Stance

# libyaml's parser, where PyYAML was built with it: a suite reads hundreds of files, and the
# pure-Python parser took about a fifth of a whole replayed eval.
YAML_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


class _Strict(BaseModel):
    # A misspelt label would otherwise silently become "unlabelled" and inflate the scores.
    model_config = ConfigDict(extra="forbid")


class CommitmentLabel(_Strict):
    secured: bool
    turn: int | None = None
    level: CommitmentLevel | None = None
    fallback_offered: bool | None = Field(None, description="None: not labelled, so not scored.")
    when: str | None = Field(None, description="Reported by the contract, not scored.")
    agenda: bool | None = Field(None, description="Reported by the contract, not scored.")


class Expect(_Strict):
    missed_resets: list[int] = Field(default_factory=list)
    handled_resets: list[int] = Field(default_factory=list)
    stance: Stance
    commitment: CommitmentLabel


class Case(BaseModel):
    """One case file. Top-level keys beyond the contract's (notes, source, ...) are kept and ignored."""

    model_config = ConfigDict(extra="allow")

    id: str = Field(pattern=r"^[A-Za-z0-9][A-Za-z0-9._-]*$", description="Also names the cassette file.")
    transcript: str = Field(description="Path relative to the case file.")
    rep: str | None = None
    prospects: list[str] | None = None
    expect: Expect
    ignore_turns: list[int] = Field(default_factory=list)
    tags: list[str] = Field(default_factory=list)
    file: str = Field("", description="Where the case was read from; filled in by load_suite.")

    @property
    def transcript_path(self) -> Path:
        return Path(self.file).parent / self.transcript


def _first_problem(error: ValidationError) -> str:
    problem = error.errors()[0]
    where = ".".join(str(part) for part in problem["loc"]) or "the file"
    return f"{where}: {problem['msg']}"


def load_case(path: Path) -> Case:
    try:
        data = yaml.load(path.read_text(encoding="utf-8"), Loader=YAML_LOADER)
    except (OSError, UnicodeDecodeError, yaml.YAMLError) as error:
        reason = str(error).splitlines()[0]
        raise InputError(f"{path}: cannot read this case file ({reason}); fix it or move it out of the suite") from error
    if not isinstance(data, dict):
        raise InputError(f"{path}: a case file must be a YAML mapping with id, transcript and expect")
    try:
        case = Case.model_validate({**data, "file": str(path)})
    except ValidationError as error:
        raise InputError(f"{path}: {_first_problem(error)} (see evals/README.md for the case format)") from error
    if not case.transcript_path.is_file():
        raise InputError(f"{path}: transcript {case.transcript} not found next to the case file")
    return case


def load_suite(directory: str | Path, only: tuple[str, ...] = ()) -> list[Case]:
    """Every `*.yaml`/`*.yml` directly in `directory`, sorted by id; `only` keeps those ids."""
    directory = Path(directory)
    if not directory.is_dir():
        raise InputError(f"suite {directory} is not a folder; pass --suite DIR with the case files")
    files = sorted([*directory.glob("*.yaml"), *directory.glob("*.yml")])
    if not files:
        raise InputError(f"suite {directory} has no *.yaml case files; see evals/README.md for the format")
    cases: dict[str, Case] = {}
    for path in files:
        case = load_case(path)
        if case.id in cases:
            raise InputError(f"{path}: case id {case.id!r} is also used by {cases[case.id].file}; ids must be unique")
        cases[case.id] = case
    unknown = [name for name in only if name not in cases]
    if unknown:
        raise UsageError(f"no case with id {', '.join(unknown)} in {directory}; check --case")
    return sorted((c for c in cases.values() if not only or c.id in only), key=lambda c: c.id)
