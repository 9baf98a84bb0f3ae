"""The learned choice of a speaker: calibrated confidence, abstention, and the training that makes
the model (texts written for these tests)."""

import json
import math
from pathlib import Path

import pytest

from quotes.extraction import extract_claims, extract_quotes
from quotes.extraction.candidates import RULE, ArticleFacts, proposals
from quotes.extraction.cues import rule_quotes
from quotes.extraction.engine import analyse
from quotes.extraction.ranking import Model, features, model
from quotes.extraction.training import examples_from, model_json, reliability, train

DATA = Path(__file__).parent.parent / "data"
# One speaker, named in the attribution: nothing to be unsure about.
PLAIN = "Mayor Anna Berg opened the school on Monday.\n\n“We built this school in one single year, and we paid for it ourselves,” said Anna Berg."
# Two people in the paragraph before a quote that no verb attributes: a guess at best.
UNSURE = (
    "Tom Reyes met Paula Grant at the harbour on Friday to talk about the pier.\n\n"
    "“The pier will be finished long before the summer storms arrive here.”"
)


def test_the_shipped_model_is_a_probability_model():
    shipped = model()
    assert shipped is not None and 0.0 < shipped.threshold < 1.0
    assert all(math.isfinite(weight) for weight in shipped.weights.values())
    assert shipped.weights["source_rule"] > 0  # the rules' choice is evidence for a candidate


def test_confidence_is_a_probability_and_high_for_a_named_speaker():
    [quote] = extract_quotes(PLAIN, language="en")
    [guess] = extract_quotes(UNSURE, language="en", abstain_below=0.0)
    assert quote.speaker == "Anna Berg" and 0.85 <= quote.confidence <= 1.0
    assert guess.confidence < quote.confidence


def test_calibration_reads_the_chosen_candidates_features():
    """The same score and margin are less sure for a short fragment woven into the narration
    than for a full quote with its cue: the calibration weighs the pair's features too."""
    shipped = model()
    assert shipped.calibration_weights
    full = {"quote_full": 1.0, "quote_cued": 1.0, "quote_own_sentence": 1.0, "rule_explicit": 1.0}
    fragment = {"quote_short": 1.0, "frame_runs_on": 1.0, "frame_after_determiner": 1.0}
    assert shipped.probability(2.0, 2.0, full) > shipped.probability(2.0, 2.0, fragment)
    assert shipped.probability(2.0, 2.0) == Model.from_dict({**_model_dict(shipped), "format": 1}).probability(2.0, 2.0)


def _model_dict(shipped):
    return {"weights": shipped.weights, "bias": shipped.bias, "calibration": list(shipped.calibration),
            "threshold": shipped.threshold, "version": shipped.version}


def test_an_unsure_quote_keeps_no_speaker_under_the_threshold():
    guess = extract_quotes(UNSURE, language="en", abstain_below=0.0)
    abstained = extract_quotes(UNSURE, language="en", abstain_below=0.99)
    assert [q.text for q in guess] == [q.text for q in abstained]
    assert guess and all(q.speaker for q in guess)
    assert all(q.speaker == "" and q.speaker_key is None for q in abstained)
    assert [q.confidence for q in guess] == [q.confidence for q in abstained]


def test_a_span_without_a_cue_is_a_quote_only_when_the_model_is_sure():
    text = "The two leaders signed a “special partnership” and a new “Silk Corridor” plan on trade."
    assert extract_quotes(text, language="en", abstain_below=0.0) == []


def test_the_rules_choice_is_one_candidate_among_the_others():
    article = analyse(PLAIN, "en")
    [proposal] = proposals(article, rule_quotes(article))
    rule = [c for c in proposal.candidates if RULE in c.sources]
    assert [c.name for c in rule] == ["Anna Berg"] and rule[0].rule_how == "explicit"


def test_a_candidate_of_the_other_gender_than_the_quotes_pronoun_is_marked():
    text = (
        "Mayor Helen Ward met the new police chief, Robert Vance, on Monday.\n\n"
        "“We will put more officers on the night buses from next month,” he said."
    )
    article = analyse(text, "en")
    facts = ArticleFacts(article)
    [proposal] = proposals(article, rule_quotes(article))
    clash = {c.name: features(proposal, c, facts)["gender_clash"] for c in proposal.candidates}
    assert clash["Helen Ward"] == 1.0 and clash["Robert Vance"] == 0.0


def test_a_claims_unsure_claimant_is_left_empty():
    text = "Tom Reyes met Paula Grant on Friday.\n\nThe council said that the pier would be finished before the summer."
    sure = extract_claims(text, language="en", abstain_below=0.0)
    unsure = extract_claims(text, language="en", abstain_below=1.0)
    assert sure and all(c.speaker for c in sure)
    assert [c.text for c in unsure] == [c.text for c in sure] and all(c.speaker == "" for c in unsure)


def test_reliability_table_and_expected_calibration_error():
    pairs = [(0.95, True)] * 9 + [(0.95, False)] + [(0.15, False)] * 4
    table = reliability(pairs)
    assert [(row["bucket"], row["count"], row["right"]) for row in table["buckets"]] == [("0.1-0.2", 4, 0.0), ("0.9-1.0", 10, 0.9)]
    # |0.15 - 0| * 4/14 + |0.95 - 0.9| * 10/14
    assert table["ece"] == pytest.approx(0.15 * 4 / 14 + 0.05 * 10 / 14, abs=1e-4)


def test_the_threshold_is_where_a_wrong_speaker_costs_more_than_it_gains():
    import numpy as np

    from quotes.extraction.training import _WRONG_COST, THRESHOLD, _threshold

    # Naming the best candidate at probability p gains p and risks (1 - p) times the cost of a
    # wrong speaker: at the threshold the two are even, so a wrong speaker costs more than a
    # missing one and the threshold sits above one half.
    assert THRESHOLD * 1 == pytest.approx((1 - THRESHOLD) * _WRONG_COST, abs=0.02) and THRESHOLD > 0.5
    # It does not follow the shape of the out-of-fold curve, which is flat near it and moved the
    # threshold with every retraining; the curve is reported, with a row at the threshold.
    low = (np.array([0.92] * 91 + [0.33] * 14), np.array([1] * 86 + [0] * 5 + [1] * 12 + [0] * 2))
    high = (np.array([0.92] * 91 + [0.62] * 8), np.array([1] * 86 + [0] * 5 + [1] * 4 + [0] * 4))
    for probabilities, right in (low, high):
        threshold, table = _threshold(probabilities, right, np.ones(len(right), dtype=bool), 110)
        row = next(row for row in table if row["threshold"] == threshold)
        assert threshold == THRESHOLD and row["precision"] == pytest.approx(86 / 91, abs=1e-3)


def _own_documents():
    gold = json.loads((DATA / "own-gold.json").read_text(encoding="utf-8"))
    return [((DATA / entry["file"]).read_text(encoding="utf-8"), entry) for entry in gold]


def test_training_is_deterministic_and_gives_a_usable_model():
    data = examples_from(_own_documents())
    assert data.articles == len(_own_documents()) and any(any(e.right) for e in data.examples)
    first, report = train(data, version="test")
    second, _ = train(examples_from(_own_documents()))
    assert model_json(first) == model_json({**second, "version": "test"})
    assert 0.0 < first["threshold"] < 1.0 and report["out_of_fold"]
    Model.from_dict(first)
    # Its confidence means something on articles it did not learn from: the out-of-fold
    # probabilities are calibrated, and the surest quotes are right far more often than the least.
    buckets = report["reliability"]["buckets"]
    assert report["reliability"]["ece"] < 0.1
    assert buckets[-1]["right"] > 0.9 and buckets[0]["right"] < 0.5


def test_a_model_file_of_another_format_is_refused():
    with pytest.raises(ValueError, match="format"):
        Model.from_dict({"format": 99, "weights": {}, "bias": 0, "calibration": [1, 0, 0], "threshold": 0.5})


def test_without_a_model_the_rules_choose_and_the_threshold_still_holds(monkeypatch):
    monkeypatch.setattr("quotes.extraction.ranking.model", lambda: None)
    [quote] = extract_quotes(PLAIN, language="en")
    assert quote.speaker == "Anna Berg"
    [unsure] = extract_quotes(PLAIN, language="en", abstain_below=0.99)
    assert unsure.speaker == "" and unsure.confidence == quote.confidence


def test_a_broken_model_file_is_an_error_naming_it(tmp_path):
    from quotes.extraction.ranking import model as load

    broken = tmp_path / "model.json"
    broken.write_text('{"format": 1, "weights"', encoding="utf-8")
    with pytest.raises(ValueError, match="model.json: the attribution model cannot be read"):
        load.__wrapped__(broken)
    broken.write_text('{"format": 1}', encoding="utf-8")
    with pytest.raises(ValueError, match="not an attribution model"):
        load.__wrapped__(broken)


def test_the_engine_fingerprint_follows_the_abstention_threshold():
    from quotes.extraction import engine_version

    assert engine_version() == engine_version(None) != engine_version(0.9) != engine_version(0.5)


def test_a_name_inside_an_unnamed_speakers_description_is_not_learned_as_the_speaker():
    # The gold speaker is "Tom Pratt's solicitor", someone the text never names: Tom Pratt, named
    # in the article and inside the description, is another person.
    text = "The mayor, Tom Pratt, was charged on Monday. “My client denies every allegation,” the solicitor told reporters."
    quote = {"speaker": "Tom Pratt's solicitor", "speaker_type": "unnamed_person", "aliases": [], "partial": False,
             "headline": False, "start": text.index("My client"), "end": text.index("”")}
    data = examples_from([(text, {"file": "x_en.txt", "lang": "en", "quotes": [quote]})])
    (example,) = data.examples
    article = analyse(text, "en")
    candidates = [c.name for c in proposals(article, rule_quotes(article))[0].candidates]
    assert "Tom Pratt" in candidates
    assert not example.right[candidates.index("Tom Pratt")]
