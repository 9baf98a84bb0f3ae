"""Score the engine against gold annotations: precision, recall and F1 for (speaker, quote) pairs.

Gold format (one object per article): {"file", "lang", "quotes": [{"speaker", "aliases", "text",
"start", "end", "via", "partial", ...}], "not_quotes": [...], "ambiguous": [...]}, offsets into the
file read as UTF-8 with line ends kept. Ambiguous spans count neither way.
"""

import json
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path

from .engine import extract_claims, extract_quotes
from .ranking import model, unattributed
from .text import fold, strip_span


@dataclass
class Score:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


@dataclass
class Report:
    overall: Score = field(default_factory=Score)
    spans: Score = field(default_factory=Score)  # quote found, speaker ignored
    full: Score = field(default_factory=Score)  # gold quotes of 8+ words (not partial)
    by_language: dict = field(default_factory=lambda: defaultdict(Score))
    by_method: dict = field(default_factory=lambda: defaultdict(Score))
    claims: Score = field(default_factory=Score)  # reported-speech claims, where the gold has them
    # (confidence, right) of every quote the engine would attribute with no abstention, on spans
    # the gold annotates (a quote or a not_quote, not ambiguous): how well confidence is calibrated.
    calibration: list = field(default_factory=list)
    abstained: int = 0  # quotes found but left without a speaker
    misses: list = field(default_factory=list)  # (file, kind, detail)
    person_on_non_quote: int = 0


def speaker_matches(predicted: str, gold: dict, registry_names=()) -> bool:
    """Same person: the same name, surname or a contained name, by any of the gold's names or, for
    a registry speaker, any of the registry's spellings (Putin for Poutine)."""
    names = [fold(gold["speaker"])] + [fold(alias) for alias in gold.get("aliases", [])]
    for guess in [fold(predicted), *(fold(n) for n in registry_names)]:
        if not guess:
            continue
        for name in names:
            if guess == name or guess.split()[-1] == name.split()[-1]:
                return True
            if len(guess) >= 4 and (guess in name or name in guess):
                return True
    return False


def _span(text, entry):
    return strip_span(text, entry["start"], entry["end"])


def evaluate_article(text: str, gold: dict, report: Report, speakers=()) -> list:
    """Score the engine's quotes of one annotated text into `report`; returns the quotes."""
    language = gold.get("lang", "")
    # One extraction with no abstention gives both the calibration pairs and, with the model's
    # threshold applied, what the engine stores by default.
    every = extract_quotes(text, language=language, speakers=speakers, abstain_below=0.0)
    threshold = model().threshold if model() else None
    predicted = [q if threshold is None or q.confidence >= threshold else unattributed(q) for q in every]
    spellings = {s.key: (s.name, *s.aliases) for s in speakers}
    quotes = {_span(text, q): q for q in gold["quotes"]}
    ignored = {_span(text, q) for q in gold.get("ambiguous", [])}
    non_quotes = {_span(text, q) for q in gold.get("not_quotes", [])}
    for quote in every:
        key = strip_span(text, quote.start, quote.end)
        gold_quote = quotes.get(key)
        if quote.speaker and key not in ignored and (gold_quote is not None or key in non_quotes):
            right = gold_quote is not None and speaker_matches(quote.speaker, gold_quote, (*spellings.get(quote.speaker_key, ()), quote.named_as))
            report.calibration.append((quote.confidence, right))
    matched = set()
    for quote in predicted:
        key = strip_span(text, quote.start, quote.end)
        if key in ignored:
            continue
        if not quote.speaker:  # left for an editor: neither right nor wrong, but the span was found
            report.abstained += 1
            if key in quotes:
                report.spans.tp += 1
            continue
        gold_quote = quotes.get(key)
        ok = gold_quote is not None and speaker_matches(quote.speaker, gold_quote, (*spellings.get(quote.speaker_key, ()), quote.named_as))
        scores = [report.overall, report.by_language[language], report.by_method[f"predicted {quote.attribution}"]]
        if gold_quote is not None and not gold_quote.get("partial"):
            scores.append(report.full)
        for score in scores:
            if ok:
                score.tp += 1
            else:
                score.fp += 1
        if gold_quote is not None:
            report.spans.tp += 1
        else:
            report.spans.fp += 1
            if key in non_quotes and quote.speaker_kind == "person":
                report.person_on_non_quote += 1
        if ok:
            matched.add(key)
            report.by_method[f"gold {gold_quote['via']}"].tp += 1
        else:
            detail = f"{quote.speaker!r} for {text[quote.start:quote.end][:70]!r}"
            if gold_quote is not None:
                detail += f" (gold: {gold_quote['speaker']!r})"
            report.misses.append((gold["file"], "wrong", detail))
    predicted_spans = {strip_span(text, q.start, q.end) for q in predicted}
    for key, gold_quote in quotes.items():
        if key in matched:
            continue
        report.overall.fn += 1
        report.by_language[language].fn += 1
        report.by_method[f"gold {gold_quote['via']}"].fn += 1
        if not gold_quote.get("partial"):
            report.full.fn += 1
        if key not in predicted_spans:
            report.spans.fn += 1
            report.misses.append(
                (gold["file"], "missed", f"{gold_quote['speaker']!r} ({gold_quote['via']}) {gold_quote['text'][:70]!r}")
            )
    return predicted


def _overlap(a: tuple[int, int], b: tuple[int, int]) -> float:
    """Shared characters over the characters of either span (1.0 for the same span)."""
    shared = max(0, min(a[1], b[1]) - max(a[0], b[0]))
    return shared / (max(a[1], b[1]) - min(a[0], b[0]))


def evaluate_claims(text: str, gold: dict, report: Report, speakers=()) -> None:
    """A predicted claim is right when it covers at least half of a gold claim's span, together,
    and names the same speaker."""
    if "claims" not in gold:
        return
    spellings = {s.key: (s.name, *s.aliases) for s in speakers}
    remaining = list(gold["claims"])
    for claim in extract_claims(text, language=gold.get("lang", ""), speakers=speakers):
        if not claim.speaker:
            continue  # left for an editor to name: neither right nor wrong
        match = next(
            (g for g in remaining if _overlap((claim.start, claim.end), (g["start"], g["end"])) >= 0.5
             and speaker_matches(claim.speaker, g, spellings.get(claim.speaker_key, ()))),
            None,
        )
        if match is None:
            report.claims.fp += 1
            report.misses.append((gold["file"], "claim+", f"{claim.speaker!r}: {claim.text[:70]!r}"))
        else:
            report.claims.tp += 1
            remaining.remove(match)
    report.claims.fn += len(remaining)
    for g in remaining:
        report.misses.append((gold["file"], "claim-", f"{g['speaker']!r}: {g['text'][:70]!r}"))


class GoldError(ValueError):
    """A gold file that cannot be read, or that names a text that cannot be found."""


def load_gold(gold_paths, text_dirs=(), *, split: dict | None = None, part: str = "train"):
    """(text, gold entry) for every article of the gold files, texts read as the gold's offsets
    count them (UTF-8, line ends kept). With a `split` ({"train": [...], "validation": [...]}),
    articles the split puts in another part than `part` are left out."""
    elsewhere = set()
    if split:
        elsewhere = {name for other, names in split.items() if other != part for name in names}
    documents = []
    for gold_path in gold_paths:
        gold_path = Path(gold_path)
        try:
            articles = json.loads(gold_path.read_text(encoding="utf-8"))
        except (OSError, ValueError) as error:
            raise GoldError(f"{gold_path}: cannot read gold annotations ({error})") from None
        for entry in articles:
            if entry["file"] in elsewhere:
                continue
            path = find_text(entry["file"], gold_path, text_dirs)
            if path is None:
                raise GoldError(f"{gold_path}: text {entry['file']} not found (use --texts DIR)")
            with open(path, encoding="utf-8", newline="") as handle:
                documents.append((handle.read(), entry))
    return documents


def find_text(file_name: str, gold_path: Path, text_dirs=()) -> Path | None:
    candidates = [Path(d) / file_name for d in text_dirs]
    base = gold_path.parent
    candidates += [base / "articles" / file_name, base / file_name, base.parent / "seeds" / file_name]
    return next((path for path in candidates if path.is_file()), None)
