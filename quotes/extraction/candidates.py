"""Who may have said a quote: every speaker the rules and the text around the quote offer, each
with the evidence for it, for the ranking (ranking.py) to choose from.

The rules' own choice (the speaker of the quote's cue, engine.py) is one candidate; the others
are the people and bodies named in the quote's sentence, before and after it, the people named
earlier in its paragraph and in the paragraph before, the previous quote's speaker and the last
person the text talked about.
"""

import bisect
import functools
import re
from dataclasses import dataclass, field

from .cues import Cues as Analysis
from .marks import MarkedSpan
from .mentions import Mention
from .names import is_city, is_country, is_given_name, zipf
from .text import PLACE_OR_MEDIUM, WORD_BEFORE, addressed, count_words, fold
from .types import DESCRIPTION, EXPLICIT, ORGANIZATION, PERSON, ExtractedClaim, ExtractedQuote

# Sources of evidence for a candidate (Candidate.sources).
RULE = "rule"  # the rules attributed the quote to them through its cue
PREVIOUS = "previous"  # the speaker of the quote before, within two paragraphs
ANTECEDENT = "antecedent"  # the last person the text talked about before the quote
BEFORE = "before"  # named in the quote's sentence, before it
AFTER = "after"  # named in the quote's sentence, after it
PARAGRAPH = "paragraph"  # named in the paragraph before the quote's
EARLIER = "earlier"  # named in the quote's paragraph, in a sentence before the quote's
SOURCES = (RULE, PREVIOUS, ANTECEDENT, BEFORE, AFTER, PARAGRAPH, EARLIER)

_NEARBY = 3  # candidates taken from each side of the quote, nearest first
_VERB_REACH = 30  # characters between a name and a speech verb that count as "next to it"
_PREVIOUS_PARAGRAPHS = 2
_UNCUED_WORDS = 5  # words a span without a cue needs to be weighed as speech at all (a clause)


@dataclass
class Candidate:
    """A speaker a quote may be credited to, and the evidence the text gives for them."""

    name: str
    key: str | None  # the registry's key, or None for a speaker new to the registry
    kind: str  # PERSON or ORGANIZATION
    sources: set[str] = field(default_factory=set)
    rule_how: str = ""  # the attribution the rules gave when they chose this candidate
    distance: int | None = None  # characters from the quote to the nearest mention of them
    # What the text around that nearest mention says:
    after_quote: bool = False  # it follows the quote
    next_to_verb: bool = False  # a speech verb stands next to it
    verb_between: bool = False  # a speech verb stands between it and the quote, in the sentence
    addressee: bool = False  # a preposition makes it the addressee ("à Emmanuel Macron", "told to")
    place: bool = False  # a preposition of place or medium stands before it ("au Danemark")
    sentence_subject: bool = False  # it is the first name of its sentence

    @property
    def identity(self) -> str:
        return identity(self.name, self.key)


@dataclass(frozen=True)
class Proposal:
    """A quoted span with its candidates: a quote the rules attributed (`rule` set) or a span they
    left without a cue."""

    span: MarkedSpan
    text: str
    words: int
    headline: bool
    own_sentence: bool
    rule: ExtractedQuote | ExtractedClaim | None
    candidates: tuple[Candidate, ...]


@functools.lru_cache(maxsize=65536)  # every mention of a long text asks it, and names repeat
def identity(name: str, key: str | None) -> str:
    return f"key:{key}" if key else fold(name)


class ArticleFacts:
    """What the ranking asks of the whole article, worked out once: how often and how fully it
    names each speaker, and which words it also writes in lower case."""

    def __init__(self, article: Analysis):
        self.article = article
        self.counts: dict[str, int] = {}
        self.fullest: dict[str, str] = {}
        fullest_words: dict[str, int] = {}  # the number of words of each fullest form
        first_person = None
        person_mentions = 0
        text, counts, fullest = article.text, self.counts, self.fullest
        for mention in article.mentions:
            ident = identity(mention.name, mention.key)
            counts[ident] = counts.get(ident, 0) + 1
            if not mention.by_role:
                written = text[mention.start:mention.end]
                if mention.key is None and mention.name.startswith(written + " "):
                    written = mention.name  # (a given name the text completes: "Marta e Giulio Ferretti")
                words = len(written.split())
                if words > fullest_words.get(ident, 0):
                    fullest[ident], fullest_words[ident] = written, words
            if mention.kind == PERSON:
                person_mentions += 1
                if first_person is None:
                    first_person = ident
        self.first_person = first_person
        self.person_mentions = person_mentions
        self.quote_features: dict = {}  # a quote's own features, by span (ranking.py)
        self._name_features: dict = {}  # by (name, key): a speaker is a candidate for quote after quote

    def written_lower(self, word: str) -> bool:
        """Whether the article also writes `word` in lower case: a common word, not a name."""
        return self.article.written_lower(word)

    def rule_share(self, candidate: Candidate) -> float:
        """How much of the article is about the person the rules chose: their share of its mentions
        of people (a quote given by a bare verb to the article's main figure is surer than one given
        to a name met once; it says nothing of the other candidates)."""
        if candidate.kind != PERSON or not self.person_mentions or RULE not in candidate.sources:
            return 0.0
        return self.counts.get(candidate.identity, 0) / self.person_mentions

    def name_features(self, candidate: Candidate) -> dict[str, float]:
        cached = self._name_features.get((candidate.name, candidate.key))
        if cached is not None:
            return cached
        name = candidate.name
        words = name.split()
        single = len(words) == 1
        found = self._name_features[name, candidate.key] = {
            "mentions": min(self.counts.get(candidate.identity, 0), 12) / 12,
            "multiword": float(len(words) >= 2),
            "fullest_multiword": float(len(self.fullest.get(candidate.identity, name).split()) >= 2),
            "capitals": float(name.isupper()),
            "lower_case": float(not name[:1].isupper()),
            "common_word": float(single and self.written_lower(name)),
            "given_name": float(any(is_given_name(w) for w in words[:-1]) or (single and is_given_name(name))),
            "place": float(is_country(name) or is_city(name)),
            # How ordinary a word of the language the name is ("Finance", "Behörde", "Jahr"):
            # the least common of its words, on wordfreq's Zipf scale (0 where unknown).
            "ordinary_word": min((zipf(w, self.article.profile.code) or 0.0) for w in words) / 8 if words else 0.0,
            "first_person": float(candidate.identity == self.first_person),
        }
        return found


def proposals(article: Analysis, rule: list[ExtractedQuote]) -> list[Proposal]:
    """Every span worth a decision: the rules' quotes, and the outermost spans they left out, each
    with its candidates. In text order."""
    by_span = {(quote.start, quote.end): quote for quote in rule}
    spoken = sorted((quote.start, quote) for quote in rule if quote.speaker)
    spoken_starts = [start for start, _ in spoken]
    title_end = article.text.find("\n")
    found = []
    for span in article.spans:
        quote = by_span.get((span.start, span.end))
        if quote is None and span.depth > 0:
            continue
        content = article.text[span.start:span.end]
        words = len(article.span_words(span))
        if words == 0 or (quote is None and span not in article.unnamed_cued and (words < _UNCUED_WORDS or article.scare_quoted(span))):
            continue  # a phrase in marks with no cue, or one the writer labels, is no speech
        if quote is None and span in article.questions_put:
            continue  # an interviewer's question the text does not name
        number = bisect.bisect_left(spoken_starts, span.start) - 1
        previous = spoken[number][1] if number >= 0 else None
        paragraph, para_start, para_end = article.paragraph_of(span.open_start)
        if quote is None and _after_determiner(article, span) and article.body_opens_sentence(span, para_start):
            continue  # what a body the sentence is about calls something: "Le gouvernement mise sur son « … »"
        candidates = _candidates(article, span, quote, previous, paragraph, para_start, para_end)
        found.append(Proposal(
            span=span, text=content, words=words,
            headline=0 <= span.open_start < title_end if title_end > 0 else False,
            own_sentence=span.continued or article.is_own_sentence(span, para_start, para_end),
            rule=quote, candidates=tuple(candidates),
        ))
    return found


def _after_determiner(article: Analysis, span: MarkedSpan) -> bool:
    """Whether an article or a possessive stands right before the span's opening mark."""
    before = WORD_BEFORE.search(article.folded, max(0, span.open_start - 16), span.open_start)
    return before is not None and (before.group(1) in article.profile.determiners or before.group(1) in article.profile.possessives)



def claim_proposals(article: Analysis, claims: list[ExtractedClaim]) -> list[Proposal]:
    """A proposal for each reported-speech claim: the clause as the span, the rules' claimant as
    the first candidate, the same other candidates as a quote's."""
    found = []
    for claim in claims:
        span = MarkedSpan(claim.start, claim.start, claim.end, claim.end, "", 0, False)
        paragraph, para_start, para_end = article.paragraph_of(claim.start)
        candidates = _candidates(article, span, claim, None, paragraph, para_start, para_end)
        found.append(Proposal(
            span=span, text=claim.text, words=count_words(claim.text), headline=False, own_sentence=False,
            rule=claim, candidates=tuple(candidates),
        ))
    return found


def _candidates(article, span, quote, previous, paragraph, para_start, para_end) -> list[Candidate]:
    found: dict[str, Candidate] = {}

    # A rule speaker the text describes as someone's ("Pratt's lawyer", "the spokesman for Mayor
    # Ross") is not that someone: they are no candidate for the quote.
    whose = _named_in_description(article, quote)
    addressed = _addressed_by_question(article.text[span.start:span.end])
    antecedent = article.antecedent(span.open_start) if span.open_start > 0 else None
    if antecedent is not None and _possessive_description(article, quote):
        # ("Il suo avvocato ha detto": "suo" is the one talked about, the lawyer someone else)
        whose = whose | {fold(antecedent.name).split()[-1]}

    def add(name, key, kind, source, mention: Mention | None = None):
        if not name or (whose and source != RULE and fold(name).split()[-1] in whose):
            return
        if mention is not None and article.author_of_title(mention):
            return  # (the author of a work the text names: "‘De avonden’ van Gerard Reve")
        if addressed and addressed.intersection(fold(name).split()) and not (source == RULE and quote.attribution == EXPLICIT):
            # (whom a question is put to by name does not ask it: "Dottoressa Zanetti, dove …?";
            # but a cue that names the speaker wins: "«Rossi, dimettermi? Mai», dice Marco Rossi")
            return
        ident = identity(name, key)
        candidate = found.get(ident)
        if candidate is None:
            candidate = found[ident] = Candidate(name, key, kind or PERSON)
        candidate.sources.add(source)
        if mention is not None:
            after = mention.start >= span.close_end
            gap = max(0, mention.start - span.close_end if after else span.open_start - mention.end)
            if candidate.distance is None or gap < candidate.distance:
                _describe_nearest(article, candidate, mention, span, gap, after)
        return candidate

    if quote is not None and quote.speaker:
        chosen = add(quote.speaker, quote.speaker_key, quote.speaker_kind, RULE)
        if chosen is not None:
            chosen.rule_how = quote.attribution
    if quote is not None and quote.speaker_kind == ORGANIZATION and article.profile.impersonal_re.search(fold(quote.cue)) and (
        fold(quote.speaker) in fold(quote.cue)
    ):
        # An impersonal report of a body's text ("hieß es in einer Mitteilung der Stadtwerke",
        # "staat in de uitspraak van de rechtbank") that names the body gives the words to it, not to whoever
        # spoke before it, or is named before it in the sentence (but a text the person wrote
        # is theirs: "X publikoi një deklaratë … “…”, shkruhet në deklaratë").
        return list(found.values())
    sentence_start = article.sentence_start(span.open_start, para_start)
    sentence_end = min(para_end, article.sentence_end(span.close_end))
    if sentence_end - span.close_end <= 1 and article.text[span.close_end:sentence_end].strip() in (".", ""):
        # A quote that is a sentence of its own, its full stop after the mark ("«…». Marta
        # Colombo parla piano"), is read with the next sentence, as one whose stop is inside the
        # marks is ("“….” Giovanni Russo looks out").
        sentence_end = min(para_end, article.sentence_end(sentence_end))
    for mention in reversed(article.mentions_in(sentence_start, span.open_start)[-_NEARBY:]):
        if not article.dateline(mention):  # (the place a dispatch is from: "MILANO — «…»")
            add(mention.name, mention.key, mention.kind, BEFORE, mention)
    for mention in article.mentions_in(span.close_end, sentence_end)[:_NEARBY]:
        add(mention.name, mention.key, mention.kind, AFTER, mention)
    earlier = [m for m in article.mentions_in(para_start, sentence_start) if m.kind == PERSON]
    for mention in reversed(earlier[-2:]):
        add(mention.name, mention.key, mention.kind, EARLIER, mention)
    if paragraph > 0:
        prev_start, prev_end = article.paragraphs[paragraph - 1]
        people = [m for m in article.mentions_in(prev_start, prev_end) if m.kind == PERSON]
        for mention in reversed(people[-2:]):
            add(mention.name, mention.key, mention.kind, PARAGRAPH, mention)
    if previous is not None and paragraph - article.paragraph_of(previous.start)[0] <= _PREVIOUS_PARAGRAPHS:
        add(previous.speaker, previous.speaker_key, previous.speaker_kind, PREVIOUS)
    if antecedent is not None:
        add(antecedent.name, antecedent.key, antecedent.kind, ANTECEDENT, antecedent)
    return list(found.values())


# Up to three capitalised words that open a quote and are set off by a comma: whom it addresses.
# One or two capitalised words after the quote's last comma, ending it: whom it addresses.
_CLOSING_VOCATIVE = re.compile(r",\s*((?:[^\W\d_][\w'’.-]*\s+)?[^\W\d_][\w'’-]*)\s*[.!?…]*\s*$")
_VOCATIVE = re.compile(r"\s*((?:[^\W\d_][\w'’.-]*\s+){0,2}[^\W\d_][\w'’-]*)\s*,")


def _addressed_by_question(text: str) -> frozenset[str]:
    """The folded words of the name a quote addresses: one a question opens with ("Dottoressa
    Zanetti, partiamo dall'inizio. Dove …?", "Auntie Maya, how does it go?"), or one any quote
    ends with after a comma ("It's in the record, Dan."), or nothing. No one names themselves so."""
    found = _VOCATIVE.match(text) if "?" in text else None
    if found is None or not all(word[:1].isupper() for word in found.group(1).split()):
        found = _CLOSING_VOCATIVE.search(text)
        if found is None or not all(word[:1].isupper() for word in found.group(1).split()):
            return frozenset()
    return frozenset(fold(word.rstrip(".")) for word in found.group(1).split())


def _named_in_description(article, quote) -> frozenset[str]:
    """The folded words of a rules' speaker that describes an unnamed person by someone else, or
    nothing: "the lawyer for Pratt" gives {"pratt", …}; a named speaker gives nothing."""
    if not _described(quote):
        return frozenset()
    words = re.findall(r"[^\W\d_]+", quote.speaker)
    if all(word[:1].isupper() for word in words):
        return frozenset()  # (a name: "Tom Pratt")
    determiners = article.profile.determiners
    return frozenset(fold(word) for word in words if word[:1].isupper() and fold(word) not in determiners)


def _possessive_description(article, quote) -> bool:
    """Whether the rules' speaker is an unnamed description with a possessive ("his deputy",
    "suo avvocato", "avokati i tij")."""
    return _described(quote) and any(word in article.profile.possessives for word in fold(quote.speaker).split())


def _described(quote) -> bool:
    """Whether the rules gave a quote to a description that no registry speaker is."""
    return quote is not None and bool(quote.speaker) and quote.attribution == DESCRIPTION and quote.speaker_key is None


def _describe_nearest(article: Analysis, candidate: Candidate, mention: Mention, span: MarkedSpan, gap: int, after: bool):
    folded, verbs = article.folded, article.profile.verb_re
    candidate.distance, candidate.after_quote = gap, after
    candidate.next_to_verb = bool(verbs.search(folded, max(0, mention.start - _VERB_REACH), mention.end + _VERB_REACH))
    between = (span.close_end, mention.start) if after else (mention.end, span.open_start)
    candidate.verb_between = between[1] - between[0] < 200 and bool(verbs.search(folded, *between))
    candidate.addressee = addressed(folded, mention.start)
    candidate.place = bool(PLACE_OR_MEDIUM.search(folded, max(0, mention.start - 8), mention.start))
    sentence = article.sentence_start(mention.start, article.paragraph_of(mention.start)[1])
    candidate.sentence_subject = not article.mentions_in(sentence, mention.start)  # (each starts before it)


__all__ = ["Candidate", "Proposal", "ArticleFacts", "proposals", "SOURCES", "ORGANIZATION"]
