"""The quality bar: `[tool.reviewer.eval]` in the nearest pyproject.toml, or `--config FILE`.

Keys are metric names with a minimum (`missed_reset_f1 = 0.75`). A sub-table named after an
engine (`[tool.reviewer.eval.offline]`) overrides keys for that engine only, because the
heuristic engine and a model are held to different bars. `[tool.reviewer.eval.prices]` adds
USD prices per million tokens (`"my-model" = {input = 0.5, output = 1.5}`). `suite` names the
default suite folder, relative to the configuration file.
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass, field
from pathlib import Path

from reviewer.errors import UsageError
from reviewer.evals.metrics import DEFAULT_PRICES, RATE_METRICS, Metrics

ENGINES = ("offline", "openai")

# Used where the configuration says nothing: quotes must be real, responses must parse,
# and the quality bar is the one the issue names as an example.
DEFAULT_THRESHOLDS: dict[str, float] = {
    "missed_reset_f1": 0.75,
    "stance_accuracy": 0.75,
    "commitment_accuracy": 0.9,
    "verbatim_quote_share": 1.0,
    "parse_rate": 0.95,
}


@dataclass
class EvalConfig:
    source: Path | None = None
    thresholds: dict[str, float] = field(default_factory=lambda: dict(DEFAULT_THRESHOLDS))
    engine_thresholds: dict[str, dict[str, float]] = field(default_factory=dict)
    prices: dict[str, tuple[float, float]] = field(default_factory=lambda: dict(DEFAULT_PRICES))
    suite: Path | None = None

    def thresholds_for(self, engine: str) -> dict[str, float]:
        return {**self.thresholds, **self.engine_thresholds.get(engine, {})}


@dataclass(frozen=True)
class Failure:
    metric: str
    value: float
    threshold: float

    def message(self) -> str:
        return f"{self.metric} = {self.value:.3f} is below the threshold {self.threshold:.3f}"


def nearest_pyproject(start: Path) -> Path | None:
    for directory in (start, *start.parents):
        candidate = directory / "pyproject.toml"
        if candidate.is_file():
            return candidate
    return None


def _threshold(path: Path, key: str, value) -> float:
    if key not in RATE_METRICS:
        raise UsageError(
            f"{path}: unknown eval setting {key!r}; thresholds are {', '.join(RATE_METRICS)}"
        )
    if isinstance(value, bool) or not isinstance(value, (int, float)) or not 0 <= value <= 1:
        raise UsageError(f"{path}: threshold {key} must be a number from 0 to 1, not {value!r}")
    return float(value)


def _prices(path: Path, table: dict) -> dict[str, tuple[float, float]]:
    prices = {}
    for model, price in table.items():
        if not (isinstance(price, dict) and set(price) == {"input", "output"}):
            raise UsageError(f"{path}: price of {model!r} must be {{input = USD, output = USD}} per million tokens")
        prices[model] = (float(price["input"]), float(price["output"]))
    return prices


def parse_config(table: dict, path: Path) -> EvalConfig:
    config = EvalConfig(source=path)
    for key, value in table.items():
        if key in ENGINES:
            if not isinstance(value, dict):
                raise UsageError(f"{path}: [{key}] must be a table of thresholds for the {key} engine")
            config.engine_thresholds[key] = {k: _threshold(path, k, v) for k, v in value.items()}
        elif key == "prices":
            config.prices.update(_prices(path, value))
        elif key == "suite":
            config.suite = path.parent / str(value)
        else:
            config.thresholds[key] = _threshold(path, key, value)
    return config


def load_config(config_file: str | Path | None = None, cwd: Path | None = None) -> EvalConfig:
    """`config_file` may be a pyproject.toml or a TOML file holding the eval table at top level."""
    path = Path(config_file) if config_file else nearest_pyproject(cwd or Path.cwd())
    if path is None:
        return EvalConfig()
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as error:
        raise UsageError(f"cannot read eval configuration {path}: {error}") from error
    if "tool" in data or path.name == "pyproject.toml":
        table = data.get("tool", {}).get("reviewer", {}).get("eval")
        if table is None:
            return EvalConfig(source=path if config_file else None)
    else:
        table = data
    return parse_config(table, path)


def check(metrics: Metrics, thresholds: dict[str, float]) -> list[Failure]:
    """Every metric below its minimum. A metric with nothing to measure (n/a) is not held to it."""
    failures = []
    for key, minimum in thresholds.items():
        value = metrics.rate(key)
        if value is not None and value < minimum - 1e-9:
            failures.append(Failure(key, value, minimum))
    return failures
