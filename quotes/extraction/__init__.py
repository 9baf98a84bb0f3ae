"""The quote extraction engine: pure Python, no Django. `extract_quotes` is the one entry point."""

from .document import parse_document
from .engine import extract_quotes
from .types import ExtractedQuote, KnownSpeaker, ParsedDocument

__all__ = ["extract_quotes", "parse_document", "ExtractedQuote", "KnownSpeaker", "ParsedDocument"]
