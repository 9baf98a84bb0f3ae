"""How two quotes' words compare: the fingerprints that find a quote's earlier appearances
through an index, and the word-level comparison that says whether a later appearance is the same,
an excerpt, an extension or an alteration of the first. Plain Python, no Django.

Fingerprints are winnowed word shingles (Schleimer, Wilkerson and Aiken's winnowing, the method of
plagiarism detectors): every run of FINGERPRINT_RUN words two texts share gives them a common
fingerprint, whatever surrounds it, so a fragment finds the whole statement it was cut from while
a text keeps only a few fingerprints (about a third of its words).
"""

import difflib
import hashlib
from dataclasses import dataclass

from quotes.extraction.text import WORD_RE, fold

SHINGLE = 3  # words per shingle
WINDOW = 4  # shingles per winnowing window
FINGERPRINT_RUN = SHINGLE + WINDOW - 1  # a shared run this long always shares a fingerprint
MIN_WORDS = 4  # a shorter quote ("a betrayal") joins no utterance: its words are too common
JOIN = 0.8  # share of the shorter text's words two appearances of one utterance have in common

SAME, EXCERPTED, EXTENDED, ALTERED = "same", "excerpted", "extended", "altered"


def words(text: str) -> list[str]:
    """The words that count: case, accents, punctuation and the kind of quote marks do not."""
    return WORD_RE.findall(fold(text.replace("’", "'"), keep_hyphens=True))


def words_key(text: str) -> str:
    """A short digest of a text's words: a quote whose words changed no longer has the same."""
    return hashlib.blake2b(" ".join(words(text)).encode(), digest_size=12).hexdigest()


def fingerprints(tokens: list[str]) -> set[int]:
    """The winnowed fingerprints of a text's words, as signed 64-bit integers (a database bigint)."""
    if not tokens:
        return set()
    shingles = [_hash(" ".join(tokens[i:i + SHINGLE])) for i in range(max(1, len(tokens) - SHINGLE + 1))]
    if len(shingles) <= WINDOW:
        return {min(shingles)}
    chosen = set()
    for start in range(len(shingles) - WINDOW + 1):
        chosen.add(min(shingles[start:start + WINDOW]))
    return chosen


def _hash(shingle: str) -> int:
    return int.from_bytes(hashlib.blake2b(shingle.encode(), digest_size=8).digest(), "big", signed=True)


@dataclass(frozen=True)
class Comparison:
    """A later appearance's words against the first appearance's."""

    status: str  # SAME, EXCERPTED, EXTENDED or ALTERED
    shared: float  # share of the shorter text's words found in the other, in order
    diff: list  # [op, words] pairs: op is "equal", "delete" (only in the first) or "insert" (only here)

    @property
    def joins(self) -> bool:
        """Whether the two are one utterance: the same words, nearly."""
        return self.shared >= JOIN


def compare(first: list[str], later: list[str]) -> Comparison:
    """Compare a later appearance's words with the first appearance's. Excerpted: every word of
    the later one is the first's, in order (a shortened fragment, elisions allowed); extended: the
    other way round; altered: words differ beyond punctuation and case."""
    matcher = difflib.SequenceMatcher(None, first, later, autojunk=False)
    common = sum(block.size for block in matcher.get_matching_blocks())
    shortest = min(len(first), len(later))
    shared = common / shortest if shortest >= MIN_WORDS else float(first == later)
    if first == later:
        status = SAME
    elif common == len(later):
        status = EXCERPTED
    elif common == len(first):
        status = EXTENDED
    else:
        status = ALTERED
    diff = []
    for op, a1, a2, b1, b2 in matcher.get_opcodes():
        if op in ("delete", "replace"):
            diff.append(["delete", " ".join(first[a1:a2])])
        if op in ("insert", "replace"):
            diff.append(["insert", " ".join(later[b1:b2])])
        if op == "equal":
            diff.append(["equal", " ".join(first[a1:a2])])
    return Comparison(status=status, shared=round(shared, 3), diff=diff)


__all__ = ["words", "words_key", "fingerprints", "compare", "Comparison", "SAME", "EXCERPTED", "EXTENDED", "ALTERED", "MIN_WORDS"]
