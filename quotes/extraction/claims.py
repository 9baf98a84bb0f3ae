"""Reported-speech claims: a speaker, a speech or claim verb and the clause it reports.

`Kirby said the White House remains concerned that …`, `tha se …`, `zei dat …`, `ha detto che …`,
`sagte, dass …`, `a déclaré que …`, `dijo que …`, and denials or accusations (`China has denied
this accusation`). The clause is the claim; its offsets point into the text like a quote's.
"""

import re

from .reading import _PLAIN_WORD
from .subjects import Subjects
from .text import count_words, strip_span
from .types import ExtractedClaim

MIN_CLAIM_WORDS = 4
_MAX_GAP_WORDS = 4  # words allowed between the verb and "that" ("told reporters that")
_ENGLISH_BARE = frozenset("said says claimed claims argued argues insisted insists warned warns stressed noted added".split())
_ENGLISH_BARE_FOLLOWERS = frozenset("the a an this these those its their his her our he she it they we".split())
_TRAILING = " \u00a0.,;:!?"


def claims_in(article: Subjects) -> list[ExtractedClaim]:
    """The claims of an analysed text (see extract_claims)."""
    text, profile = article.text, article.profile
    claims: list[ExtractedClaim] = []
    covered_until = -1
    for verb in profile.verb_re.finditer(article.folded):
        if verb.start() < covered_until or article.inside_quote(verb.start()):
            continue
        phrase = " ".join(verb.group().split())
        if phrase in profile.quoting_verbs:
            continue
        sentence_end = article.sentence_end(verb.end())
        denial = phrase in profile.denial_verbs
        clause_start = verb.start() if denial else _reported_clause_start(article, verb, sentence_end)
        if clause_start is None:
            continue
        start, end = strip_span(text, clause_start, sentence_end)
        while end > start and text[end - 1] in _TRAILING:
            end -= 1
        if count_words(text[start:end]) < MIN_CLAIM_WORDS or _mostly_quoted(article, start, end):
            continue
        sentence_start = article.sentence_start(verb.start(), max(0, verb.start() - 300))
        speaker = article.subject_before(sentence_start, verb.start()) or article.subject_after_verb(
            verb, start if not denial else end
        )
        if speaker is None and profile.code in _DROPPED_SUBJECT_LANGUAGES:
            speaker = article.implicit_subject(verb.start(), verb)
        if speaker is None:
            continue
        claims.append(ExtractedClaim(
            text=text[start:end], start=start, end=end, speaker=speaker.name, speaker_key=speaker.key,
            speaker_kind=speaker.kind, cue=text[sentence_start:start].strip()[:300] or text[verb.start():verb.end()],
            confidence=0.8 if speaker.how == "explicit" else 0.6, attribution=speaker.how,
        ))
        covered_until = end
    claims.extend(_according_to_claims(article, text, covered=claims))
    claims.sort(key=lambda claim: claim.start)
    return claims


def _according_to_claims(article: Subjects, text: str, covered: list[ExtractedClaim]) -> list[ExtractedClaim]:
    """"Según la consejera, las ayudas llegarán …": the sentence after the comma is the claim."""
    found = []
    for phrase in article.profile.according_re.finditer(article.folded):
        sentence_start = article.sentence_start(phrase.start(), max(0, phrase.start() - 300))
        if article.text[sentence_start:phrase.start()].strip() or article.inside_quote(phrase.start()):
            continue  # only a sentence that opens with "according to"
        sentence_end = article.sentence_end(phrase.end())
        comma = text.find(",", phrase.end(), sentence_end)
        if comma < 0:
            continue
        speaker = article.subject_after(phrase.end(), comma)
        start, end = strip_span(text, comma + 1, sentence_end)
        while end > start and text[end - 1] in _TRAILING:
            end -= 1
        if speaker is None or count_words(text[start:end]) < MIN_CLAIM_WORDS or _mostly_quoted(article, start, end):
            continue
        if any(c.start < end and start < c.end for c in covered):
            continue
        found.append(ExtractedClaim(
            text=text[start:end], start=start, end=end, speaker=speaker.name, speaker_key=speaker.key,
            speaker_kind=speaker.kind, cue=text[phrase.start():comma].strip()[:300], confidence=0.6,
            attribution=speaker.how,
        ))
    return found


# Languages that drop the subject ("ha detto che", "dijo que", "tha se"): the speaker is the last
# person talked about.
_DROPPED_SUBJECT_LANGUAGES = frozenset({"it", "es", "sq"})


def _reported_clause_start(article: Subjects, verb: re.Match, limit: int) -> int | None:
    """Where the reported clause begins: after "that" within a few words of the verb, or, in
    English, right after a bare "said" followed by a noun phrase ("said the White House …")."""
    words = list(_PLAIN_WORD.finditer(article.folded, verb.end(), limit))
    for word in words[:_MAX_GAP_WORDS + 1]:
        if article.inside_quote(word.start()):
            break  # `said: “…”` is a direct quote, stored as such
        if word.group() in article.profile.complementizers:
            return word.end()
    if article.profile.code == "en" and words and " ".join(verb.group().split()) in _ENGLISH_BARE:
        first = words[0]
        gap = article.text[verb.end():first.start()]
        if gap.strip() == "" and (first.group() in _ENGLISH_BARE_FOLLOWERS or article.text[first.start()].isupper()):
            return first.start()
    return None


def _mostly_quoted(article: Subjects, start: int, end: int) -> bool:
    """A clause that is one direct quote is already stored as a quote."""
    return any(
        min(end, q_end) - max(start, q_start) > 0.8 * (end - start)
        for q_start, q_end in article.quoted if q_start < end and start < q_end
    )
