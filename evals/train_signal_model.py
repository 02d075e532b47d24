"""Fit the offline engine's learned signal detector on the gold-labelled calls and write
reviewer/engines/offline/signal_model.json.

Every prospect turn of every case that a rep turn follows is one example: positive when the gold
labels list it as a reset moment (missed or handled), negative otherwise; ignored turns are left
out. The features are TF-IDF words of the turn and of the rep turn before it (at half weight),
each word counted once however often it is said; the model is a class-balanced logistic
regression. Needs scikit-learn (`pip install -e '.[train]'`); the engine itself only reads the JSON.

    .venv/bin/python evals/train_signal_model.py [--suite evals/cases] [--holdout other/cases]

`--holdout` scores a folder of cases the model did not see: how many of their signal turns it
finds, alone and together with the phrase cues. Refit after adding or relabelling cases, then
re-synthesize the cassettes (the critiques they echo change).
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from reviewer.engines.offline.cues import WORD, plain  # noqa: E402
from reviewer.engines.offline.learned import MODEL_PATH  # noqa: E402
from reviewer.evals.cases import load_suite  # noqa: E402
from reviewer.transcript import read_transcript  # noqa: E402

# Word pairs or triples scored no better, leaving one author's set out at a time, and each costs
# the engine time on every turn.
TURN_NGRAMS = (1, 1)
PREVIOUS_REP_NGRAMS = (1, 1)
PREVIOUS_REP_SCALE = 0.5
REGULARISATION = 16.0  # scikit-learn's C: chosen by leaving out one author's set at a time
THRESHOLD = 0.8  # leaving one set out at a time, 0.7-0.8 adds the most to missed-reset F1
DIGITS = 5
CHECKS = 4


def examples(suite: Path) -> list[tuple[str, str, int]]:
    """(turn text, previous rep text, 1 if a gold reset moment) for each labelled prospect turn."""
    rows = []
    for case in load_suite(suite):
        transcript = read_transcript(str(case.transcript_path), rep=case.rep, prospects=case.prospects)
        signal_turns = set(case.expect.missed_resets) | set(case.expect.handled_resets)
        previous_rep = ""
        for turn, following in zip(transcript.turns, transcript.turns[1:]):
            if turn.role == "rep":
                previous_rep = turn.text
            elif turn.role == "prospect" and turn.number not in case.ignore_turns:
                rows.append((turn.text, previous_rep, int(turn.number in signal_turns)))
    return rows


def fit(rows: list[tuple[str, str, int]]):
    from scipy.sparse import hstack
    from sklearn.feature_extraction.text import TfidfVectorizer
    from sklearn.linear_model import LogisticRegression

    # The engine's own words (`cues.WORD` on lower-case text), so it can reuse what it has read.
    turn = TfidfVectorizer(ngram_range=TURN_NGRAMS, min_df=2, binary=True, token_pattern=WORD.pattern)
    previous = TfidfVectorizer(ngram_range=PREVIOUS_REP_NGRAMS, min_df=2, binary=True, token_pattern=WORD.pattern)
    features = hstack([
        turn.fit_transform([text for text, _, _ in rows]),
        PREVIOUS_REP_SCALE * previous.fit_transform([prev for _, prev, _ in rows]),
    ]).tocsr()
    labels = [label for _, _, label in rows]
    model = LogisticRegression(C=REGULARISATION, class_weight="balanced", max_iter=5000).fit(features, labels)
    return turn, previous, model


def to_spec(turn, previous, model, rows) -> dict:
    from scipy.sparse import hstack

    coefficients = model.coef_[0]
    blocks = []
    offset = 0
    for vectorizer, ngrams, scale in ((turn, TURN_NGRAMS, 1.0), (previous, PREVIOUS_REP_NGRAMS, PREVIOUS_REP_SCALE)):
        vocabulary = vectorizer.vocabulary_
        terms = {
            term: [round(float(vectorizer.idf_[index]), DIGITS), round(float(coefficients[offset + index]), DIGITS)]
            for term, index in sorted(vocabulary.items())
        }
        blocks.append({"ngrams": list(ngrams), "scale": scale, "terms": terms})
        offset += len(vocabulary)
    # A few turns with scikit-learn's own probabilities, so a test can hold the plain-Python scoring to them.
    samples = [row for row in rows if row[2]][:CHECKS] + [row for row in rows if not row[2]][:CHECKS]
    features = hstack([turn.transform([t for t, _, _ in samples]), PREVIOUS_REP_SCALE * previous.transform([p for _, p, _ in samples])])
    checks = [
        {"turn": t, "previous_rep": p, "probability": round(float(probability), DIGITS)}
        for (t, p, _), probability in zip(samples, model.predict_proba(features)[:, 1])
    ]
    return {
        "format": 1,
        "checks": checks,
        "trained_on": {"turns": len(rows), "signal_turns": sum(label for _, _, label in rows)},
        "threshold": THRESHOLD,
        "intercept": round(float(model.intercept_[0]), DIGITS),
        "blocks": blocks,
    }


def holdout_report(suite: Path) -> None:
    """Signal turns found in cases the model never saw: the model alone, and the whole engine."""
    from reviewer.api import critique
    from reviewer.engines.offline.learned import SignalModel

    model = SignalModel(json.loads(MODEL_PATH.read_text(encoding="utf-8")))
    tallies = {"model": Counter(), "engine": Counter()}
    for case in load_suite(suite):
        transcript = read_transcript(str(case.transcript_path), rep=case.rep, prospects=case.prospects)
        gold = set(case.expect.missed_resets) | set(case.expect.handled_resets)
        flagged = {m.turn for m in critique(transcript, engine="offline").reset_moments}
        previous_rep = ""
        for turn, _ in zip(transcript.turns, transcript.turns[1:]):
            if turn.role == "rep":
                previous_rep = turn.text
            elif turn.role == "prospect" and turn.number not in case.ignore_turns:
                actual = turn.number in gold
                words = WORD.findall(plain(turn.text)), WORD.findall(plain(previous_rep))
                tallies["model"][(model.is_signal(*words), actual)] += 1
                tallies["engine"][(turn.number in flagged, actual)] += 1
    for name, tally in tallies.items():
        found, wrong, missed = tally[(True, True)], tally[(True, False)], tally[(False, True)]
        precision, recall = found / max(found + wrong, 1), found / max(found + missed, 1)
        f1 = 2 * precision * recall / max(precision + recall, 1e-9)
        print(f"{name:6s} signal turns: precision {precision:.3f}  recall {recall:.3f}  F1 {f1:.3f}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--suite", type=Path, default=ROOT / "evals" / "cases")
    parser.add_argument("--holdout", type=Path, help="cases to score the fitted model on, unseen in training")
    args = parser.parse_args()
    try:
        import sklearn  # noqa: F401
    except ImportError:
        sys.exit("train_signal_model: scikit-learn is missing; run: pip install -e '.[train]'")
    rows = examples(args.suite)
    spec = to_spec(*fit(rows), rows)
    MODEL_PATH.write_text(json.dumps(spec, separators=(",", ":"), sort_keys=True) + "\n", encoding="utf-8")
    print(f"wrote {MODEL_PATH.relative_to(ROOT)}: {len(rows)} turns, {spec['trained_on']['signal_turns']} signals")
    if args.holdout:
        holdout_report(args.holdout)


if __name__ == "__main__":
    main()
