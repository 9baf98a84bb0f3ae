"""The engine's inputs and outputs: frozen dataclasses, no framework types."""

from dataclasses import dataclass, field

PERSON = "person"
ORGANIZATION = "organization"

FULL = "full"
PARTIAL = "partial"

EXPLICIT = "explicit"
PRONOUN = "pronoun"
DESCRIPTION = "description"
CONTEXT = "context"
IMPLICIT = "implicit"


@dataclass(frozen=True)
class KnownSpeaker:
    """A speaker the registry knows; `key` is whatever the caller uses to find it again (a slug)."""

    key: str
    name: str
    aliases: tuple[str, ...] = ()
    role: str = ""
    kind: str = PERSON

    def __post_init__(self):
        object.__setattr__(self, "aliases", tuple(self.aliases))  # hashable, whatever the caller passed


@dataclass(frozen=True)
class ExtractedQuote:
    text: str
    start: int
    end: int
    speaker: str
    speaker_key: str | None  # the KnownSpeaker.key when the speaker is in the registry, else None (new)
    speaker_kind: str
    kind: str
    attribution: str
    cue: str
    confidence: float
    headline: bool = False
    # The speaker as this article writes their name, in its fullest form ("Dmitri Peskow" for the
    # registry's Dmitry Peskov); empty when the article never names them.
    named_as: str = ""

    @property
    def is_new_speaker(self) -> bool:
        return self.speaker_key is None


@dataclass(frozen=True)
class ParsedDocument:
    """An imported text split into its parts; quote offsets point into `body`."""

    title: str
    body: str
    published: str = ""  # ISO date prefix: YYYY, YYYY-MM or YYYY-MM-DD
    source: str = ""
    notes: tuple[str, ...] = field(default=())
    language: str = ""  # detected on the body


@dataclass(frozen=True)
class ExtractedClaim:
    """Reported speech: what a speaker is said to have said, as the article words it."""

    text: str
    start: int
    end: int
    speaker: str
    speaker_key: str | None
    speaker_kind: str
    cue: str
    confidence: float
    attribution: str = ""  # how the text points at the claimant, as for a quote
    named_as: str = ""  # the claimant as the article writes their name, as for a quote
