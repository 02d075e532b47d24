"""Learned second opinions: is a prospect turn a reset signal, and did the rep's reply reset it?

The phrase cues recognise the ways of going off track, and of resetting, that someone wrote
down; on calls by new authors they miss many. These two models were fitted on the gold-labelled
calls in `evals/cases/` (`evals/train_signal_model.py`): logistic regressions over TF-IDF words
(each counted once), of the prospect's turn and the rep turn before it for a signal, and of the
rep's reply for a reset. They are read from `signal_model.json` and scored here in plain Python,
so judging a call needs no extra library.
"""

from __future__ import annotations

import json
import math
import os
from functools import cache
from pathlib import Path

from reviewer.errors import UsageError

MODEL_PATH = Path(__file__).with_name("signal_model.json")
# Models fitted elsewhere (a team's own labelled calls, or all but one set when measuring).
MODELS_ENV = "REVIEWER_OFFLINE_MODELS"


class Block:
    """One TF-IDF vectoriser over words (and word pairs, if fitted so) with its slice of the weights."""

    def __init__(self, spec: dict):
        self.pairs = spec["ngrams"][1] == 2
        self.scale = spec["scale"]
        # The score is a ratio of two sums over the terms present. Each term's two addends travel as
        # one complex number (idf squared, idf times weight), so both sums take one pass in C.
        self.addends = {term: complex(idf * idf, idf * coef) for term, (idf, coef) in spec["terms"].items()}

    def score(self, words: list[str]) -> float:
        """The block's share of the regression score for a turn's words (`TurnReading.words`)."""
        terms = words + list(map(" ".join, zip(words, words[1:]))) if self.pairs else words
        total = sum(map(self.addends.__getitem__, self.addends.keys() & terms))
        return self.scale * total.imag / math.sqrt(total.real) if total else 0.0


class WordModel:
    """A logistic regression whose features are one block per text it reads."""

    def __init__(self, spec: dict):
        self.intercept = spec["intercept"]
        self.threshold = spec["threshold"]
        self.blocks = [Block(block) for block in spec["blocks"]]

    def probability(self, *texts_as_words: list[str]) -> float:
        score = self.intercept + sum(block.score(words) for block, words in zip(self.blocks, texts_as_words))
        return 1 / (1 + math.exp(-score))

    def says_yes(self, *texts_as_words: list[str]) -> bool:
        return self.probability(*texts_as_words) >= self.threshold


@cache
def _models() -> dict[str, WordModel]:
    path = Path(os.environ.get(MODELS_ENV) or MODEL_PATH)
    try:
        specs = json.loads(path.read_text(encoding="utf-8"))["models"]
    except (OSError, ValueError, KeyError) as error:
        raise UsageError(f"cannot read the offline models from {path} ({error}); unset {MODELS_ENV} to use the shipped ones")
    return {name: WordModel(spec) for name, spec in specs.items()}


def signal_model() -> WordModel:
    """Reads (prospect turn words, previous rep turn words)."""
    return _models()["signal"]


def reset_model() -> WordModel:
    """Reads (the rep's reply to a signal, as words)."""
    return _models()["reset"]
