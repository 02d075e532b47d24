"""A learned second opinion on whether a prospect turn is a reset signal.

The phrase cues recognise the ways of going off track that someone wrote down; on calls by new
authors they miss about a third of the signals. This model was fitted on the gold-labelled
calls in `evals/cases/` (`evals/train_signal_model.py`): logistic regression over TF-IDF words
of the prospect's turn and of the rep turn before it. It is read from
`signal_model.json` and scored here in plain Python, so judging a call needs no extra library.
"""

from __future__ import annotations

import json
import math
from functools import cache
from pathlib import Path

MODEL_PATH = Path(__file__).with_name("signal_model.json")


class Block:
    """One TF-IDF vectoriser over words, each counted once, with its slice of the weights."""

    def __init__(self, spec: dict):
        self.scale = spec["scale"]
        # The score is a ratio of two sums over the words present. Each word's two addends travel as
        # one complex number (idf squared, idf times weight), so both sums take one pass in C.
        self.addends = {term: complex(idf * idf, idf * coef) for term, (idf, coef) in spec["terms"].items()}

    def score(self, words: list[str]) -> float:
        """The block's share of the regression score for a turn's words (`TurnReading.words`)."""
        total = sum(map(self.addends.__getitem__, self.addends.keys() & words))
        return self.scale * total.imag / math.sqrt(total.real) if total else 0.0


class SignalModel:
    def __init__(self, spec: dict):
        self.intercept = spec["intercept"]
        self.threshold = spec["threshold"]
        self.turn, self.previous_rep = (Block(block) for block in spec["blocks"])

    def probability(self, turn_words: list[str], previous_rep_words: list[str]) -> float:
        score = self.intercept + self.turn.score(turn_words) + self.previous_rep.score(previous_rep_words)
        return 1 / (1 + math.exp(-score))

    def is_signal(self, turn_words: list[str], previous_rep_words: list[str]) -> bool:
        return self.probability(turn_words, previous_rep_words) >= self.threshold


@cache
def signal_model() -> SignalModel:
    return SignalModel(json.loads(MODEL_PATH.read_text(encoding="utf-8")))
