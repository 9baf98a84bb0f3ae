"""The learned choice of a quote's speaker: scores each candidate (candidates.py) with a logistic
model trained on annotated articles (training.py), takes the best, and turns its score into a
calibrated probability that the speaker is right. Under the abstention threshold the quote keeps
no speaker, for an editor to settle, rather than a guess.

The model is a small JSON file (`attribution_model.json`, beside this module) read once; scoring
is a dot product in plain Python.
"""

import bisect
import functools
import json
import math
import re
from dataclasses import dataclass, field, replace
from pathlib import Path

from .candidates import SOURCES, ArticleFacts, Candidate, Proposal, claim_proposals, proposals
from .cues import Cues as Analysis
from .cues import _looks_like_a_title, spoken_by_someone_unnamed
from .reading import FULL_QUOTE_WORDS
from .text import WORD_BEFORE
from .types import FULL, PARTIAL, PERSON, CONTEXT, DESCRIPTION, EXPLICIT, IMPLICIT, PRONOUN, ExtractedClaim, ExtractedQuote

MODEL_PATH = Path(__file__).with_name("attribution_model.json")
MODEL_FORMAT = 2
_READABLE_FORMATS = (1, 2)  # format 1: calibration by the best score and margin alone
_HOWS = (EXPLICIT, PRONOUN, DESCRIPTION, IMPLICIT, CONTEXT)
# (feature name, value) of the features that say which sources and which rule found a candidate
_SOURCE_FEATURES = tuple((f"source_{source}", source) for source in SOURCES)
_HOW_FEATURES = tuple((f"rule_{how}", how) for how in _HOWS)


def features(proposal: Proposal, candidate: Candidate, facts: ArticleFacts) -> dict[str, float]:
    """What the model knows of one (quote, candidate) pair, every value in [0, 1]."""
    found = {feature: float(source in candidate.sources) for feature, source in _SOURCE_FEATURES}
    found.update({feature: float(candidate.rule_how == how) for feature, how in _HOW_FEATURES})
    found["sources"] = min(len(candidate.sources), 4) / 4
    distance = candidate.distance
    found["distance"] = 1.0 if distance is None else min(math.log1p(distance) / 7, 1.0)
    found["not_named_nearby"] = float(distance is None)
    found["near"] = float(distance is not None and distance <= 15)
    found["close"] = float(distance is not None and 15 < distance <= 60)
    found["after_quote"] = float(candidate.after_quote)
    found["next_to_verb"] = float(candidate.next_to_verb)
    found["verb_between"] = float(candidate.verb_between)
    found["addressee"] = float(candidate.addressee)
    found["after_preposition"] = float(candidate.place)
    found["sentence_subject"] = float(candidate.sentence_subject)
    found["person"] = float(candidate.kind == "person")
    found["gender_clash"] = float(facts.article.other_gender(candidate.name, facts.article.cue_gender(proposal.span)))
    found.update(facts.name_features(candidate))
    found["rule_share"] = facts.rule_share(candidate)
    found.update(_quote_features(proposal, facts))
    return found


def _quote_features(proposal: Proposal, facts: ArticleFacts) -> dict[str, float]:
    """The quote itself, the same for each of its candidates (so worked out once): how much it looks
    like speech at all, and how the narrator's sentence frames it."""
    cached = facts.quote_features.get(proposal.span)
    if cached is not None:
        return cached
    found = {}
    span, text = proposal.span, proposal.text
    found["quote_words"] = min(proposal.words, 40) / 40
    found["quote_full"] = float(proposal.words >= FULL_QUOTE_WORDS)
    found["quote_short"] = float(proposal.words < 3)
    found["quote_headline"] = float(proposal.headline)
    found["quote_own_sentence"] = float(proposal.own_sentence)
    found["quote_cued"] = float(proposal.rule is not None)
    found["quote_nested"] = float(span.depth > 0)
    found["quote_continued"] = float(span.continued)
    found["quote_punctuated"] = float(text.rstrip()[-1:] in ".!?,…")
    found["quote_title_like"] = float(_looks_like_a_title(text, text.split(), bool(facts.article.profile.noun_suffixes)))
    found["quote_candidates"] = min(len(proposal.candidates), 8) / 8
    found.update(_frame(proposal, facts))
    facts.quote_features[span] = found
    return found


def _frame(proposal: Proposal, facts: ArticleFacts) -> dict[str, float]:
    """How the narrator's sentence holds the quote: after a colon, after a determiner or a
    preposition ("the so-called “…”", "d'une « … »", a label), run on into the sentence, with or
    without a speech verb in it."""
    article, span = facts.article, proposal.span
    paragraph, para_start, para_end = article.paragraph_of(span.open_start)
    before = article.text[para_start:span.open_start].rstrip(" \u00a0\u202f\t")
    after = article.text[span.close_end:para_end].lstrip(" \u00a0\u202f\t")
    last = WORD_BEFORE.search(article.folded, max(para_start, span.open_start - 30), span.open_start)
    profile = article.profile
    word = last.group(1) if last and not article.folded[last.end():span.open_start].strip() else ""
    sentence_start = article.sentence_start(span.open_start, para_start)
    sentence_end = min(para_end, article.sentence_end(span.close_end))
    verb = any(
        not article.inside_quote(v.start())
        for v in profile.verb_re.finditer(article.folded, sentence_start, sentence_end)
    )
    return {
        "frame_colon": float(before.endswith(":")),
        "frame_after_determiner": float(bool(word) and (word in profile.determiners or word in profile.indefinite_articles)),
        "frame_after_small_word": float(bool(word) and word in profile.not_names and word not in profile.determiners),
        "frame_runs_on": float(after[:1].islower()),
        "frame_paragraph": float(not before and (not after or after[:1] in ".,;:")),
        "frame_speech_verb": float(verb),
    }



@dataclass(frozen=True)
class Model:
    """A logistic scorer of (quote, candidate) pairs and the calibration of the best one's score.

    The calibration also reads the chosen pair's features (`calibration_weights`): a score earned
    by a cue the training saw fail on unseen text weighs less than the same score from a name
    next to a speech verb."""

    weights: dict
    bias: float
    calibration: tuple[float, float, float]  # (a, b, c): P(right) = σ(a·best + b·margin + Σ w·x + c)
    threshold: float  # abstain under this probability
    version: str = ""
    calibration_weights: dict = field(default_factory=dict)

    def score(self, values: dict[str, float]) -> float:
        weights = self.weights
        return self.bias + sum([weights.get(name, 0.0) * value for name, value in values.items() if value])

    def probability(self, best: float, margin: float, values: dict[str, float] | None = None) -> float:
        """P(right) of a quote's best candidate: its score, its margin over the next and (when
        given) its features."""
        a, b, c = self.calibration
        extra = 0.0
        if values and self.calibration_weights:
            weights = self.calibration_weights
            extra = sum([weights.get(name, 0.0) * value for name, value in values.items() if value])
        return _sigmoid(a * best + b * margin + extra + c)

    @classmethod
    def from_dict(cls, data: dict) -> "Model":
        if data.get("format") not in _READABLE_FORMATS:
            raise ValueError(f"attribution model format {data.get('format')!r}, expected {MODEL_FORMAT}")
        return cls(
            weights=dict(data["weights"]), bias=float(data["bias"]), calibration=tuple(data["calibration"]),
            threshold=float(data["threshold"]), version=str(data.get("version", "")),
            calibration_weights=dict(data.get("calibration_weights") or {}),
        )


def _sigmoid(value: float) -> float:
    if value < -60:
        return 0.0
    return 1.0 / (1.0 + math.exp(-value))


@functools.cache
def model(path: Path = MODEL_PATH) -> Model | None:
    """The shipped model, read once; None when there is none (the rules' choice then stands, with
    the rules' confidence). A file that is there but unreadable is an error saying so."""
    try:
        data = json.loads(Path(path).read_text(encoding="utf-8"))
    except FileNotFoundError:
        return None
    except (OSError, ValueError) as error:
        raise ValueError(f"{path}: the attribution model cannot be read ({error}); retrain it with train_attribution") from None
    try:
        return Model.from_dict(data)
    except (KeyError, TypeError, ValueError) as error:
        raise ValueError(f"{path}: not an attribution model ({error!r}); retrain it with train_attribution") from None


@dataclass(frozen=True)
class Choice:
    """The ranking's decision on one proposal."""

    proposal: Proposal
    best: Candidate | None
    probability: float  # that `best` is the speaker


LONE_MARGIN = 4.0  # the margin of a quote's only candidate over the next (there is none)


def best_of(scores) -> tuple[int, float, float]:
    """(index, score, margin over the next) of the best of a quote's candidate scores, the first
    of equals winning; the training calibrates on the same two figures."""
    order = sorted(range(len(scores)), key=lambda i: (-scores[i], i))
    best = scores[order[0]]
    return order[0], best, best - scores[order[1]] if len(order) > 1 else LONE_MARGIN


def _choose(found: list[Proposal], scorer: Model, facts: ArticleFacts) -> list[Choice]:
    decided = []
    for proposal in found:
        values = [features(proposal, c, facts) for c in proposal.candidates]
        scores = [scorer.score(v) for v in values]
        if not scores:
            decided.append(Choice(proposal, None, 0.0))
            continue
        index, best, margin = best_of(scores)
        decided.append(Choice(proposal, proposal.candidates[index], scorer.probability(best, margin, values[index])))
    return decided


def rank_quotes(article: Analysis, rule: list[ExtractedQuote], *, abstain_below: float | None = None) -> list[ExtractedQuote]:
    """The article's quotes with the model's speakers. A span the rules found no cue for is a quote
    only when the model is as sure of its speaker as its own threshold asks; a quote under
    `abstain_below` (default: that threshold too) keeps no speaker."""
    scorer = model()
    if scorer is None:
        return _abstain(rule, abstain_below)
    threshold = scorer.threshold if abstain_below is None else abstain_below
    quotes = []
    facts = ArticleFacts(article)
    for choice in _choose(proposals(article, rule), scorer, facts):
        proposal, best = choice.proposal, choice.best
        if proposal.rule is None and proposal.span in article.unnamed_cued:
            # (speech by someone the text does not name, a group's: not whoever spoke before)
            quotes.append(_quote(choice, False, facts))
            continue
        if proposal.rule is None and (best is None or choice.probability < scorer.threshold):
            if spoken_by_someone_unnamed(article, proposal.span):
                quotes.append(_quote(choice, False, facts))  # (speech, whoever it is: kept for an editor)
            continue
        sure = best is not None and choice.probability >= threshold
        quotes.append(_quote(choice, sure, facts))
    quotes.sort(key=lambda quote: quote.start)
    return _headlines_repeated(quotes)


_FOLD_WORDS = re.compile(r"\w+")
_REPEAT_REACH = 6000  # characters after a headline or crosshead within which the body repeats its quote


def _headlines_repeated(quotes: list[ExtractedQuote]) -> list[ExtractedQuote]:
    """A headline quote (or a crosshead's, or one only context attributes) that the body gives
    again further on, whole or within a longer quote, is that quote's speaker's when the body is
    surer of a person ("Go Ahead Eagles blijft ongeslagen:
    ‘We moeten niet gaan zweven’" is the coach's, whom the body names; not the team's)."""
    body = [quote for quote in quotes if not quote.headline and quote.speaker and quote.speaker_kind == PERSON and quote.attribution != CONTEXT]
    if not body:
        return quotes
    folded = [" ".join(_FOLD_WORDS.findall(quote.text.casefold())) for quote in body]
    starts = [quote.start for quote in body]
    result = []
    for quote in quotes:
        # (a crosshead or pull quote too, which only context attributes: "Hebamme: „Wir wurden nie gefragt“")
        excerpt = quote.headline or not quote.speaker or quote.attribution == CONTEXT
        words = " ".join(_FOLD_WORDS.findall(quote.text.casefold())) if excerpt else ""
        if len(words.split()) >= 3:
            # (within the few paragraphs after it: a long text is read in one pass)
            first, last = bisect.bisect_right(starts, quote.end), bisect.bisect_right(starts, quote.end + _REPEAT_REACH)
            again = next((body[i] for i in range(first, last) if words in folded[i]), None)
            if again is not None and (not quote.speaker or quote.speaker_kind != PERSON or quote.confidence < again.confidence):
                quote = replace(
                    quote, speaker=again.speaker, speaker_key=again.speaker_key, speaker_kind=again.speaker_kind,
                    named_as=again.named_as, attribution=CONTEXT, confidence=again.confidence,
                )
        result.append(quote)
    return result


def rank_claims(article: Analysis, rule: list[ExtractedClaim], *, abstain_below: float | None = None) -> list[ExtractedClaim]:
    """The claims with the model's claimant: the one the rules found, or another candidate the
    model prefers; under the threshold none, for an editor to name."""
    scorer = model()
    if scorer is None or not rule:
        return _abstain(rule, abstain_below)
    threshold = scorer.threshold if abstain_below is None else abstain_below
    facts = ArticleFacts(article)
    claims = []
    for choice in _choose(claim_proposals(article, rule), scorer, facts):
        claim, best = choice.proposal.rule, choice.best
        confidence = round(choice.probability, 3)
        if best is None or choice.probability < threshold:
            claims.append(unattributed(claim, confidence=confidence))
        else:
            claims.append(replace(
                claim, speaker=best.name, speaker_key=best.key, speaker_kind=best.kind, confidence=confidence,
                attribution=best.rule_how or CONTEXT, named_as=facts.fullest.get(best.identity, ""),
            ))
    return claims


def unattributed(item, **changes):
    """A quote or claim left without a speaker, for an editor."""
    return replace(item, speaker="", speaker_key=None, speaker_kind="", **changes)


def _abstain(found: list, abstain_below: float | None) -> list:
    """Without a model: the rules' speakers, but none under the threshold set (by the rules'
    own, uncalibrated confidence)."""
    if abstain_below is None:
        return found
    return [item if item.confidence >= abstain_below else unattributed(item) for item in found]


def _quote(choice: Choice, sure: bool, facts: ArticleFacts) -> ExtractedQuote:
    proposal, best = choice.proposal, choice.best
    confidence = round(choice.probability, 3)
    base = proposal.rule or ExtractedQuote(
        text=proposal.text, start=proposal.span.start, end=proposal.span.end, speaker="", speaker_key=None,
        speaker_kind="", kind=FULL if proposal.words >= FULL_QUOTE_WORDS else PARTIAL, attribution=CONTEXT,
        cue="", confidence=0.0, headline=proposal.headline,
    )
    if not sure:
        return unattributed(base, confidence=confidence)
    named_as = facts.fullest.get(best.identity, "")
    if best.rule_how:  # the rules' speaker, attribution and cue
        return replace(base, confidence=confidence, named_as=named_as)
    return replace(
        base, speaker=best.name, speaker_key=best.key, speaker_kind=best.kind, attribution=CONTEXT, cue="",
        confidence=confidence, named_as=named_as,
    )
