"""The quote extraction engine: pure Python, no Django. `extract_quotes` is the one entry point."""

from .document import parse_document
from .claims import extract_claims
from .engine import extract_quotes
from .names import warm_up
from .types import ExtractedClaim, ExtractedQuote, KnownSpeaker, ParsedDocument

__all__ = [
    "extract_claims", "extract_quotes", "parse_document", "ExtractedClaim", "ExtractedQuote", "KnownSpeaker",
    "ParsedDocument", "warm_up",
]
