"""Learn the attribution model (ranking.py) from annotated articles.

Every (quote, candidate) pair of every proposal is an example, labelled by whether the candidate
is the gold speaker. A logistic regression (scikit-learn) scores pairs; out-of-fold scores, with
articles kept whole in their fold, fit the calibration: a second logistic regression of whether the
best candidate is right, from its score, its margin over the next and its own features, its
strength chosen by out-of-fold log loss (again by article). Its out-of-fold probabilities choose
the abstention threshold. Deterministic: fixed folds and a solver without randomness, so the same
gold gives the same file.
"""

import json
from dataclasses import dataclass, field

from .candidates import proposals
from .cues import rule_quotes
from .engine import analyse
from .evaluation import speaker_matches
from .ranking import MODEL_FORMAT, ArticleFacts, best_of, features
from .text import strip_span

_FOLDS = 5
# A wrong speaker costs twice what a missing one does. With calibrated probabilities, naming the
# best candidate is worth it when p * 1 > (1 - p) * cost, so the threshold is cost / (1 + cost):
# decided by what the product values, not read off the out-of-fold curve, which is flat around it
# (picking its best point with tolerances moved the threshold between 0.60 and 0.70 with every
# retraining).
_WRONG_COST = 2.0
THRESHOLD = round(_WRONG_COST / (1 + _WRONG_COST), 2)
_THRESHOLDS = [round(0.05 * step, 2) for step in range(1, 20)]
_CALIBRATION_STRENGTHS = (0.03, 0.1, 0.3, 1.0)


@dataclass
class Example:
    """One proposal of one article: its candidates' features, which are right, and whether the gold
    counts it as a full person quote."""

    article: int
    values: list[dict[str, float]]
    right: list[bool]
    gold_full_person: bool


@dataclass
class TrainingSet:
    examples: list[Example] = field(default_factory=list)
    gold_full_person: int = 0  # full person quotes in the gold, found as spans or not
    articles: int = 0


def examples_from(documents, speakers=()) -> TrainingSet:
    """`documents`: (text, gold entry) pairs in the gold format of evaluation.py."""
    found = TrainingSet()
    spellings = {s.key: (s.name, *s.aliases) for s in speakers}
    for number, (text, gold) in enumerate(documents):
        found.articles += 1
        article = analyse(text, gold.get("lang", ""), speakers)
        facts = ArticleFacts(article)
        quotes = {strip_span(text, q["start"], q["end"]): q for q in gold["quotes"]}
        ignored = {strip_span(text, q["start"], q["end"]) for q in gold.get("ambiguous", [])}
        non_quotes = {strip_span(text, q["start"], q["end"]) for q in gold.get("not_quotes", [])}
        found.gold_full_person += sum(1 for q in gold["quotes"] if _full_person(q))
        for proposal in proposals(article, rule_quotes(article)):
            key = strip_span(text, proposal.span.start, proposal.span.end)
            gold_quote = quotes.get(key)
            if key in ignored or (gold_quote is None and key not in non_quotes):
                continue  # not annotated either way
            found.examples.append(Example(
                article=number,
                values=[features(proposal, c, facts) for c in proposal.candidates],
                right=[_right(c, gold_quote, spellings, facts) for c in proposal.candidates],
                gold_full_person=gold_quote is not None and _full_person(gold_quote),
            ))
    return found


def _right(candidate, gold_quote: dict | None, spellings: dict, facts: ArticleFacts) -> bool:
    """Whether a candidate is the gold speaker. A speaker the gold describes without a name ("the
    lawyer for Tom Pratt", "de woordvoerder van burgemeester Smit") is no person the article
    names: the name inside the description (Pratt, Smit) shares its surname but is someone else."""
    if gold_quote is None or not speaker_matches(candidate.name, gold_quote, spellings.get(candidate.key, ())):
        return False
    return gold_quote.get("speaker_type") != "unnamed_person" or candidate.identity not in facts.counts


def _full_person(quote: dict) -> bool:
    return (
        quote.get("speaker_type", "person") == "person" and not quote.get("partial") and not quote.get("headline")
    )


def train(data: TrainingSet, *, regularisation: float = 1.0, version: str = "") -> tuple[dict, dict]:
    """The model file's content, and a report of the out-of-fold figures it was chosen by."""
    import numpy as np
    from sklearn.linear_model import LogisticRegression

    names = sorted({name for example in data.examples for values in example.values for name in values})
    rows, labels, groups = [], [], []
    for example in data.examples:
        for values, right in zip(example.values, example.right):
            rows.append([values.get(name, 0.0) for name in names])
            labels.append(int(right))
            groups.append(example.article)
    matrix, labels, groups = np.array(rows), np.array(labels), np.array(groups)

    def fit(mask):
        scorer = LogisticRegression(C=regularisation, max_iter=5000)
        scorer.fit(matrix[mask], labels[mask])
        return scorer

    # Out-of-fold scores: article n is in fold n % _FOLDS, never scored by a model that saw it.
    scores = np.zeros(len(labels))
    for fold in range(_FOLDS):
        held_out = groups % _FOLDS == fold
        if held_out.any() and (~held_out).any() and len(set(labels[~held_out])) == 2:
            scores[held_out] = fit(~held_out).decision_function(matrix[held_out])
    best, margin, right, full, chosen, articles = _best_of_each(data, scores)
    inputs = np.column_stack([best, margin, matrix[chosen]])
    strength, probabilities = _calibration(inputs, right, articles)
    threshold, table = _threshold(probabilities, right, full, data.gold_full_person)

    final = fit(np.ones(len(labels), dtype=bool))
    calibrator = LogisticRegression(C=strength, max_iter=5000).fit(inputs, right)
    (a, b, *feature_weights), c = calibrator.coef_[0], calibrator.intercept_[0]
    model = {
        "format": MODEL_FORMAT,
        "version": version,
        "bias": round(float(final.intercept_[0]), 6),
        "weights": {name: round(float(w), 6) for name, w in zip(names, final.coef_[0])},
        "calibration": [round(float(a), 6), round(float(b), 6), round(float(c), 6)],
        "calibration_weights": {name: round(float(w), 6) for name, w in zip(names, feature_weights) if round(float(w), 6)},
        "threshold": threshold,
    }
    report = {
        "articles": data.articles, "proposals": len(data.examples), "pairs": len(labels),
        "out_of_fold": table, "threshold": threshold, "calibration_strength": strength,
        "reliability": reliability(list(zip(probabilities.tolist(), right.tolist()))),
    }
    return model, report


def _calibration(inputs, right, articles):
    """The calibrator's strength with the least out-of-fold log loss (articles kept whole), and its
    out-of-fold probabilities at that strength."""
    import numpy as np
    from sklearn.linear_model import LogisticRegression
    from sklearn.metrics import log_loss

    folds = articles % _FOLDS
    chosen = None
    for strength in _CALIBRATION_STRENGTHS:
        probabilities = np.full(len(right), right.mean() if len(right) else 0.5)
        for fold in range(_FOLDS):
            held_out = folds == fold
            if held_out.any() and len(set(right[~held_out])) == 2:
                scorer = LogisticRegression(C=strength, max_iter=5000).fit(inputs[~held_out], right[~held_out])
                probabilities[held_out] = scorer.predict_proba(inputs[held_out])[:, 1]
        loss = log_loss(right, probabilities, labels=[0, 1])
        if chosen is None or loss < chosen[0] - 1e-9:
            chosen = (loss, strength, probabilities)
    return chosen[1], chosen[2]


def _best_of_each(data: TrainingSet, scores):
    import numpy as np

    best, margin, right, full, chosen, articles = [], [], [], [], [], []
    at = 0
    for example in data.examples:
        count = len(example.values)
        mine = scores[at:at + count].tolist()
        if count == 0:
            continue
        index, score, lead = best_of(mine)
        best.append(score)
        margin.append(lead)
        right.append(int(example.right[index]))
        full.append(example.gold_full_person)
        chosen.append(at + index)  # the best pair's row
        articles.append(example.article)
        at += count
    return (np.array(best), np.array(margin), np.array(right), np.array(full), np.array(chosen, dtype=int),
            np.array(articles, dtype=int))


def _threshold(probabilities, right, full, gold_full):
    """The threshold (THRESHOLD), and the out-of-fold figures at it and on a grid around it:
    precision of all attributed, full-quote recall, F1."""
    table = []
    for threshold in sorted({*_THRESHOLDS, THRESHOLD}):
        attributed = probabilities >= threshold
        tp = int((attributed & (right == 1)).sum())
        fp = int((attributed & (right == 0)).sum())
        recall = int((attributed & (right == 1) & full).sum()) / max(1, gold_full)
        precision = tp / max(1, tp + fp)
        f1 = 2 * precision * recall / max(1e-9, precision + recall)
        table.append({"threshold": threshold, "precision": round(precision, 3), "recall": round(recall, 3), "f1": round(f1, 3)})
    return THRESHOLD, table


def reliability(pairs, buckets: int = 10) -> dict:
    """(confidence, right) pairs -> a reliability table (bucket, count, share right, mean
    confidence) and the expected calibration error."""
    rows = []
    error = 0.0
    for number in range(buckets):
        low, high = number / buckets, (number + 1) / buckets
        inside = [(p, r) for p, r in pairs if low <= p < high or (number == buckets - 1 and p == 1.0)]
        if not inside:
            continue
        mean = sum(p for p, _ in inside) / len(inside)
        share = sum(1 for _, r in inside if r) / len(inside)
        error += len(inside) / max(1, len(pairs)) * abs(mean - share)
        rows.append({"bucket": f"{low:.1f}-{high:.1f}", "count": len(inside), "right": round(share, 3), "confidence": round(mean, 3)})
    return {"buckets": rows, "ece": round(error, 4)}


def model_json(model: dict) -> str:
    return json.dumps(model, indent=1, sort_keys=True) + "\n"


__all__ = ["examples_from", "train", "reliability", "model_json"]
