"""Learned second opinions: is a prospect turn a reset signal, did the rep's reply reset it, and
is a prospect turn the yes that secures the next step?

The phrase cues recognise the ways of going off track, of resetting and of agreeing that someone
wrote down; on calls by new authors they miss many. These three models were fitted on the
gold-labelled calls in `evals/cases/` (`evals/train_signal_model.py`): logistic regressions over
TF-IDF words (each counted once), of the prospect's turn and the rep turn before it for a signal
or an agreement, and of the rep's reply for a reset. They are read from `signal_model.json` and
scored here in plain Python, so judging a call needs no extra library. Each block keeps its
terms as lines of text and its numbers as little-endian doubles in base64: parsing some twenty
thousand numbers as JSON took a tenth of a one-call process.
"""

from __future__ import annotations

import base64
import json
import math
import os
import sys
from array import array
from functools import cache
from operator import mul
from pathlib import Path

from reviewer.errors import UsageError

MODEL_PATH = Path(__file__).with_name("signal_model.json")
MODEL_FORMAT = 4
# Models fitted elsewhere (a team's own labelled calls, or all but one set when measuring).
MODELS_ENV = "REVIEWER_OFFLINE_MODELS"


class Block:
    """One TF-IDF vectoriser over words (and word pairs, if fitted so) with its slice of the weights."""

    def __init__(self, spec: dict):
        self.pairs = spec["ngrams"][1] == 2
        self.scale = spec["scale"]
        # The score is a ratio of two sums over the terms present. Each term's two addends travel as
        # one complex number (idf squared, idf times weight), so both sums take one pass in C.
        idf, weights = _decode_floats(spec["idf"]), _decode_floats(spec["weights"])
        self.addends = dict(zip(spec["terms"].split("\n"), map(complex, map(mul, idf, idf), map(mul, idf, weights))))

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

    def most_telling(self, reading, *context_words: list[str]) -> tuple[int, int]:
        """The span of the sentence in `reading` (a `TurnReading`) that the model scores highest: the
        quote then shows the words it went by."""
        return max(reading.sentences, key=lambda span: self.probability(reading.words_in(span), *context_words))


def encode_floats(values: list[float]) -> str:
    doubles = array("d", values)
    if sys.byteorder == "big":
        doubles.byteswap()
    return base64.b64encode(doubles.tobytes()).decode("ascii")


def _decode_floats(text: str) -> array:
    doubles = array("d", base64.b64decode(text))
    if sys.byteorder == "big":
        doubles.byteswap()
    return doubles


@cache
def _models() -> dict[str, WordModel]:
    path = Path(os.environ.get(MODELS_ENV) or MODEL_PATH)
    try:
        spec = json.loads(path.read_text(encoding="utf-8"))
        if spec.get("format") != MODEL_FORMAT:
            raise ValueError(f"format {spec.get('format')}, not {MODEL_FORMAT}: refit it with evals/train_signal_model.py")
        return {name: WordModel(model) for name, model in spec["models"].items()}
    except (OSError, ValueError, KeyError, TypeError, AttributeError) as error:
        raise UsageError(f"cannot read the offline models from {path} ({error}); unset {MODELS_ENV} to use the shipped ones")


def signal_model() -> WordModel:
    """Reads (prospect turn words, previous rep turn words)."""
    return _models()["signal"]


def reset_model() -> WordModel:
    """Reads (the rep's reply to a signal, as words)."""
    return _models()["reset"]


def agreement_model() -> WordModel:
    """Reads (prospect turn words, previous rep turn words)."""
    return _models()["agreement"]
