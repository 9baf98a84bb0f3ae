"""The quote extraction engine: pure Python, no Django. `extract_quotes` is the entry point;
`extract_claims` finds reported speech, and `extract_quotes_and_claims` both from one analysis."""

from .document import parse_document
from .engine import engine_version, extract_claims, extract_from_document, extract_quotes, extract_quotes_and_claims
from .mentions import SpeakerIndex
from .names import warm_up
from .types import ExtractedClaim, ExtractedQuote, KnownSpeaker, ParsedDocument

__all__ = [
    "engine_version", "extract_claims", "extract_from_document", "extract_quotes", "extract_quotes_and_claims", "parse_document", "warm_up", "ExtractedClaim",
    "ExtractedQuote", "KnownSpeaker", "ParsedDocument", "SpeakerIndex",
]
