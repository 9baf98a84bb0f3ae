"""Find every attributed direct quote in an article and who said it.

The engine works in three passes over the text:
1. marks.py finds every span enclosed in quotation marks;
2. mentions.py finds who the text talks about (known speakers by any alias, new names);
3. for each span, the cue around it (a speech verb with its subject, a colon lead-in, an
   "according to", a dash credit) decides whether it is speech and whose; pronouns, dropped
   subjects and descriptions resolve to the subject of the nearest earlier sentence that has one.
A span without a cue is speech only when it stands as its own paragraph next to speech whose
speaker is known (context); everything else (titles, scare quotes) is left out.
"""

import bisect
import re
from dataclasses import dataclass, replace

from .furniture import find_furniture
from .languages import profile_for
from .languages.base import LanguageProfile
from .marks import OPENERS, MarkedSpan, find_dialogue_spans, find_marked_spans
from .mentions import Mention, SpeakerIndex, find_mentions, fold_same_length, speaker_index
from .text import NAME_ABBREVIATIONS, PLACE_OR_MEDIUM, PLACE_OR_MEDIUM_WORDS, WORD_RE, count_words
from .types import (
    CONTEXT,
    DESCRIPTION,
    EXPLICIT,
    FULL,
    IMPLICIT,
    ORGANIZATION,
    PARTIAL,
    PERSON,
    PRONOUN,
    ExtractedQuote,
    KnownSpeaker,
)

FULL_QUOTE_WORDS = 8
_WINDOW = 220  # how far a cue may stand from its quote, in characters
# How far back the narrator's sentence may have started: a verb may report several quotes in a long
# sentence ("X wrote that « … », alleging that … and that « … »").
_SENTENCE_REACH = 600
_INVERTED_REACH = 4  # words between an inverted verb and its subject ("said on Monday the minister")
_CONTEXT_REACH = 2  # paragraphs back that a cue-less paragraph quote may take its speaker from
_WOVEN_CONTEXT_WORDS = 5  # a quote woven into the narrator's sentence that long continues a speaker
_CONFIDENCE = {EXPLICIT: 0.9, PRONOUN: 0.75, DESCRIPTION: 0.7, IMPLICIT: 0.6, CONTEXT: 0.5}
# A full stop ends a sentence before white space, a quote mark or, in text whose paragraphs were
# glued together ("… tha ministri.Ministri tha …"), a capital letter.
# A full stop after an initial or a title ("M. Morawiecki", "Dr. Li", "J. Smith") ends nothing.
# (The checks look back from the full stop, so other positions of a text cost nothing.)
_ABBREVIATIONS = "".join(rf"(?<!\b{word}\.)" for word in NAME_ABBREVIATIONS)
# The pattern starts with the one character it matches, so finditer skips to those characters.
_SENTENCE_END_CHARS = "!?.\n"  # the characters _SENTENCE_END can match at all
_BEFORE_NEXT_SENTENCE = r"(?=[\s\"“”‘’»«„]|[A-ZÀ-ÖØ-ÞĀ-Ž]|$)"
_SENTENCE_END = re.compile(
    rf"[{re.escape(_SENTENCE_END_CHARS)}](?:(?<=\n)|(?<=[!?]){_BEFORE_NEXT_SENTENCE}"
    rf"|(?<!\b[A-ZÀ-ÖØ-ÞĀ-Ž]\.){_ABBREVIATIONS}{_BEFORE_NEXT_SENTENCE})"
)
# A preposition right before a name makes it the addressee: "ha detto a Xi il presidente …".
ADDRESSEE = re.compile(r"(?<!\w)(?:a|to|aan|tegen|à|zu|al|ai|alla|për|te|i)\s+$")
# A dateline in capitals ends with a dash: "BEIJING -- The U.S. State Department …".
_DATELINE_DASH = re.compile(r"\s*(?:--|—|–)\s")
# Nor is a name after a preposition of place or medium (PLACE_OR_MEDIUM) the subject of the verb
# before it ("said in Kyiv", "sagte im Bundestag"); such a phrase may stand between an inverted
# verb and its subject: "a indiqué sur Twitter, le porte-parole".
_ADJUNCT = re.compile(rf"\s*(?:{PLACE_OR_MEDIUM_WORDS})\s+[^,;:.]{{1,40}}")
_INSERTION_DASH = re.compile(r"\s[-–—]\s")
# What may stand between a closing mark and the name it is credited to: `”– X`, `” — X` (no comma).
_DASH_CREDIT = re.compile(r"[^,]*[–—-][^,]*")
# Words with elisions split off ("l’élu" -> "l", "élu"), for finding role nouns.
_PLAIN_WORD = re.compile(r"[^\W_]+(?:-[^\W_]+)*")
_TOKEN = WORD_RE
_WORD_CHAR = re.compile(r"[^\W_]")
_BRACKETED_ACRONYM = re.compile(r"\s\(([A-ZÀ-ÖØ-Þ][A-ZÀ-ÖØ-Þ0-9]{1,7})\)")
_LAST_WORD = re.compile(r"([^\W\d_]+)\s+$")  # the word right before a position (search up to it)


@dataclass(frozen=True)
class _Speaker:
    name: str
    key: str | None
    kind: str
    how: str  # EXPLICIT, PRONOUN, DESCRIPTION or IMPLICIT


@dataclass(frozen=True)
class _Cue:
    speaker: _Speaker
    phrase: str
    complement: bool = False  # the quote is what the verb reports: "Añade que “…”"


class Analysis:
    """One text under analysis: its folded copy, paragraphs, quote spans and mentions."""

    def __init__(self, text: str, profile: LanguageProfile, index: SpeakerIndex):
        self.text = text
        self.folded = fold_same_length(text)
        self.profile = profile
        self.index = index
        furniture = find_furniture(text)
        self.spans = find_marked_spans(text)
        if profile.dialogue_dashes:
            self.spans = sorted(self.spans + find_dialogue_spans(text, self.spans))
        if furniture:
            self.spans = [
                span for span in self.spans if not any(start <= span.open_start < end for start, end in furniture)
            ]
        self.quoted = [(span.start, span.end) for span in self.spans]
        # Every " - " of the text, found once, so a quote without one is passed over at once.
        self._dash_starts = [match.start() for match in _INSERTION_DASH.finditer(text)]
        # Names in an attribution set between dashes inside a quote count as mentions.
        self.mentions = find_mentions(text, self.folded, index, profile, self._speech_outside_insertions())
        # Sorted starts for bisection, so every lookup stays logarithmic on long texts.
        outer = [(span.start, span.end) for span in self.spans if span.depth == 0]
        self._outer_starts = [start for start, _ in outer]
        self._outer_ends = [end for _, end in outer]
        self._span_opens = [span.open_start for span in self.spans]
        # Sentence ends, found once: every one, and those of the narrator (outside quotes).
        self._stops = [
            match.start() for match in _SENTENCE_END.finditer(text)
        ]
        self._narrator_stops = sorted(
            [stop for stop in self._stops if not self.inside_quote(stop)] + self._quotes_ending_sentences()
        )
        self._mention_starts = [mention.start for mention in self.mentions]
        # Paragraphs are the non-blank lines; numbering skips blank ones so "two paragraphs back"
        # means two paragraphs of text.
        self.paragraphs = [(m.start(), m.end()) for m in re.finditer(r"[^\n]*[^\s][^\n]*", text)] or [(0, len(text))]
        self.paragraph_starts = [start for start, _ in self.paragraphs]

    def _quotes_ending_sentences(self) -> list[int]:
        """Closing marks that end the narrator's sentence too: the quote ends with a full stop (or
        ? or !) and a capital starts what follows (`Zo zei X dat 'je … optreden?' Hoogleraar Y …`)."""
        ends = []
        for span in self.spans:
            if span.depth == 0 and not span.continued and self.text[span.end - 1] in ".!?":
                after = self.text[span.close_end:span.close_end + 3].lstrip(" \u00a0")
                if after[:1].isupper():
                    ends.append(span.close_end - 1)
        return ends

    def _speech_outside_insertions(self) -> list[tuple[int, int]]:
        pieces = []
        for start, end in self.quoted:
            if not self._may_hold_dash(start, end):
                pieces.append((start, end))
                continue
            for dash in _INSERTION_DASH.finditer(self.text, start, end):
                verb = self.profile.verb_re.search(self.folded, dash.end(), min(end, dash.end() + 40))
                if verb and len(self.folded[dash.end():verb.start()].split()) <= 4:
                    closing = _INSERTION_DASH.search(self.text, verb.end(), end)
                    pieces.append((start, dash.start()))
                    start = closing.end() if closing else end
            if start < end:
                pieces.append((start, end))
        return pieces

    def _may_hold_dash(self, start: int, end: int) -> bool:
        """Whether an _INSERTION_DASH may lie in text[start:end]: one of the text's overlaps it.
        (A dash found in a slice is, or overlaps, one found in the whole text.)"""
        number = bisect.bisect_left(self._dash_starts, start - 2)
        return number < len(self._dash_starts) and self._dash_starts[number] < end

    # ---- geometry -------------------------------------------------------------------------
    def paragraph_of(self, pos: int) -> tuple[int, int, int]:
        number = max(0, bisect.bisect_right(self.paragraph_starts, pos) - 1)
        start, end = self.paragraphs[number]
        return number, start, end

    def inside_quote(self, pos: int) -> bool:
        number = bisect.bisect_right(self._outer_starts, pos) - 1
        return number >= 0 and pos < self._outer_ends[number]

    def sentence_start(self, pos: int, floor: int) -> int:
        """Start of the sentence that `pos` is in, not before `floor`; quoted text is skipped.

        A full stop right before `pos` ends a sentence whatever follows it.
        """
        if pos <= floor:
            return floor
        if (
            self.text[pos - 1] in _SENTENCE_END_CHARS
            and _SENTENCE_END.match(self.text, pos - 1, pos)
            and not self.inside_quote(pos - 1)
        ):
            return pos
        number = bisect.bisect_left(self._narrator_stops, pos) - 1
        if number >= 0 and self._narrator_stops[number] >= floor:
            return self._narrator_stops[number] + 1
        return floor

    def narrator_words_in(self, start: int, end: int) -> bool:
        """Whether text[start:end] has a letter or digit outside quotes."""
        while True:
            letter = _WORD_CHAR.search(self.folded, start, end)
            if letter is None:
                return False
            number = bisect.bisect_right(self._outer_starts, letter.start()) - 1
            if number < 0 or letter.start() >= self._outer_ends[number]:
                return True
            start = self._outer_ends[number]

    def first_stop(self, start: int, limit: int) -> int | None:
        """Where the first sentence (quoted or not) in text[start:limit] ends, or None; a full stop
        right before `limit` counts."""
        number = bisect.bisect_left(self._stops, start)
        if number < len(self._stops) and self._stops[number] < limit - 1:
            return self._stops[number]
        if start < limit and self.text[limit - 1] in _SENTENCE_END_CHARS and _SENTENCE_END.match(
            self.text, limit - 1, limit
        ):
            return limit - 1
        return None

    def someone_else_named(self, quote: ExtractedQuote, end: int) -> bool:
        """Whether a person other than the quote's speaker (and not an addressee) is named between
        the quote and `end`: then a later cue-less quote is no longer obviously theirs."""
        for mention in self.mentions_in(quote.end, end):
            if mention.kind != PERSON or mention.name == quote.speaker:
                continue
            if not ADDRESSEE.search(self.folded, max(quote.end, mention.start - 8), mention.start):
                return True
        return False

    def sentence_end(self, pos: int) -> int:
        """End of the sentence that `pos` is in (quoted text does not end it)."""
        number = bisect.bisect_left(self._narrator_stops, pos)
        return self._narrator_stops[number] + 1 if number < len(self._narrator_stops) else len(self.text)

    # ---- speakers -------------------------------------------------------------------------
    def mentions_in(self, start: int, end: int) -> list[Mention]:
        first = bisect.bisect_left(self._mention_starts, start)
        last = bisect.bisect_left(self._mention_starts, end)
        return [m for m in self.mentions[first:last] if m.end <= end]

    def mention_at(self, pos: int) -> Mention | None:
        number = bisect.bisect_right(self._mention_starts, pos) - 1
        if number >= 0 and pos < self.mentions[number].end:
            return self.mentions[number]
        return None

    def candidates_in(self, start: int, end: int) -> list[tuple[int, int, object]]:
        """Who a clause could name in text[start:end], in order: (start, end, what), where what is a
        Mention, "pronoun", or a role/organisation noun match (a description)."""
        found = [(m.start, m.end, m) for m in self.mentions_in(start, end)]
        written = self.profile.written_pronouns
        for match in _PLAIN_WORD.finditer(self.folded, start, end):
            word = match.group()
            if self.mention_at(match.start()):
                continue
            if word in self.profile.pronouns or (written and self.text[match.start():match.end()].lower() in written):
                found.append((match.start(), match.end(), "pronoun"))
            elif self.profile.is_role(word) or word in self.profile.organization_nouns:
                found.append((match.start(), match.end(), match))
        found.sort(key=lambda item: item[0])
        return found

    def subject_before(self, start: int, verb: int) -> _Speaker | None:
        """The subject of a verb, from the clause before it: `Kirby said`, `the Russian leader
        said`, `Spokesman X, …, Name, said`, `He also …, stressing that`."""
        start = self._clause_start(start, verb)
        found = [item for item in self.candidates_in(start, verb) if not self._place_or_dateline(item, start)]
        if not found:
            return None
        relative = _LAST_WORD.search(self.folded, max(start, verb - 20), verb)
        if relative and relative.group(1) in self.profile.relative_pronouns:
            # "la rhétorique du Kremlin qui explique": the subject is the phrase before the pronoun.
            # A person named right before it is that subject ("Oleg Morozov, qui a dit"); anything
            # else only when a comma sets the clause off ("the ministry, which said"), since
            # without one the noun may qualify another ("la rhétorique du Kremlin").
            antecedent = [item for item in found if item[1] <= relative.start(1)]
            gap = self.text[antecedent[-1][1]:relative.start(1)] if antecedent else "-"
            what = antecedent[-1][2] if antecedent else None
            if not gap.strip(" ,\u00a0") and ("," in gap or (isinstance(what, Mention) and what.kind == PERSON)):
                return self.resolve(antecedent[-1], verb)
            return None
        first = found[0]
        leading = self.text[start:first[0]].strip(" ,.;:–—-\"'“”«»„\u00a0")
        if first[2] == "pronoun" and not leading:
            return self.resolve(first, verb)
        if isinstance(first[2], Mention) and first[2].kind == PERSON:
            return self.resolve(first, verb)
        if self.participle(verb) and self.text[max(0, verb - 8):verb].rstrip(" \u00a0")[-1:] == ",":
            # "Pope Francis asked …, admitting that": the sentence's subject. (Without the comma
            # the participle may qualify the noun before it: "les propos de Macron accusant …".)
            return self.resolve(first, verb)
        # Otherwise the subject stands next to its verb: "…, John Kirby, u tha", "…, le président
        # français a accusé".
        last = found[-1]
        gap = self.text[last[1]:verb].strip(" ,\u00a0").split()
        is_role = isinstance(last[2], re.Match) and self.profile.is_role(last[2].group())
        if len(gap) <= 1 and (isinstance(last[2], Mention) or is_role):
            return self.resolve(last, verb)
        return self.resolve(first, verb)

    def subject_after_verb(self, verb: re.Match, end: int, limit: int | None = None) -> _Speaker | None:
        """The subject written after a speech verb, in its clause before `end` ("said Li Xin").
        None after a participle, whose next noun is its object ("…, accusing X of")."""
        if self.participle(verb.start()):
            return None
        return self.subject_after(verb.end(), self.clause_end(verb.end(), end), limit=limit)

    def participle(self, verb: int) -> bool:
        """Whether the speech verb at `verb` is a present participle ("adding", "affermando",
        "ajoutant"): the noun after it is its object, never its subject."""
        word = _TOKEN.match(self.folded, verb)
        return word is not None and word.group().endswith(self.profile.participle_endings)

    def _place_or_dateline(self, candidate, start: int) -> bool:
        """A name after a preposition of place or medium ("ligjëruesi në Paris thotë"), or a
        dateline in capitals before a dash ("BEIJING -- The State Department …"): no subject."""
        position, end, what = candidate
        if PLACE_OR_MEDIUM.search(self.folded, max(start, position - 6), position):
            return True
        return isinstance(what, Mention) and what.name.isupper() and bool(_DATELINE_DASH.match(self.text, end))

    def _quoted_person(self, verb_end: int, end: int) -> _Speaker | None:
        """In a quoting frame the speaker is the person named after the verb, not its subject."""
        for mention in self.mentions_in(verb_end, end):
            if mention.kind == PERSON and not ADDRESSEE.search(self.folded, max(verb_end, mention.start - 8), mention.start):
                return _Speaker(mention.name, mention.key, mention.kind, EXPLICIT)
        return None

    def _clause_start(self, start: int, verb: int) -> int:
        """Where the verb's own clause begins: after a quote or a clause opener ("…, while Xi told")."""
        for match in _TOKEN.finditer(self.folded, start, verb):
            if match.group() in self.profile.clause_openers or self.inside_quote(match.start()):
                start = match.end()
        return start

    def subject_after(
        self, verb_end: int, end: int, reach: int | None = _INVERTED_REACH, limit: int | None = None
    ) -> _Speaker | None:
        """The subject after an inverted verb: `said Li Xin`, `tha ai`, `ha detto il ministro`.

        An inverted subject stands within `reach` words of its verb; a name further on belongs to
        the rest of the sentence ("…”, indica mostrando una imagen de la Mesa de Diálogo"). Up to
        `limit`, it may follow a place or medium set off by a comma ("a indiqué sur Twitter, le
        porte-parole").
        """
        found = self._subjects_after(verb_end, end)
        if not found and limit is not None and self.text[end:end + 1] == "," and _ADJUNCT.fullmatch(
            self.folded, verb_end, end
        ):
            found = self._subjects_after(verb_end, self.clause_end(end + 1, limit))
        if found and reach is not None and len(_TOKEN.findall(self.folded, verb_end, found[0][0])) > reach:
            return None
        return self.resolve(found[0], end) if found else None

    def _subjects_after(self, verb_end: int, end: int) -> list:
        """Who text[verb_end:end] names, leaving out addressees and places ("said to X", "in X")."""
        return [
            item for item in self.candidates_in(verb_end, end)
            if not ADDRESSEE.search(self.folded, max(verb_end, item[0] - 6), item[0])
            and not PLACE_OR_MEDIUM.search(self.folded, max(verb_end, item[0] - 6), item[0])
        ]

    def resolve(self, candidate, limit: int) -> _Speaker | None:
        position, _, what = candidate
        if isinstance(what, Mention):
            return _Speaker(what.name, what.key, what.kind, DESCRIPTION if what.by_role else EXPLICIT)
        if what == "pronoun":
            antecedent = self.antecedent(position)
            return _Speaker(antecedent.name, antecedent.key, antecedent.kind, PRONOUN) if antecedent else None
        return self.describe(what, limit)

    def describe(self, match: re.Match, limit: int) -> _Speaker | None:
        """A role or organisation noun phrase: resolve it through roles and mentions, or keep it."""
        display = self._display(match.start(), limit)
        head = match.group()
        # An apposition names the person right after the description: "spokesman John Kirby".
        for mention in self.mentions_in(match.end(), match.end() + 60):
            if mention.kind == PERSON and not PLACE_OR_MEDIUM.search(self.folded, match.end(), mention.start):
                between = self.text[match.end():mention.start]
                crosses_verb = self.profile.verb_re.search(self.folded, match.end(), mention.start)
                if not crosses_verb and not re.search(r"[.;:]", between) and len(between.split()) <= 4:
                    return _Speaker(mention.name, mention.key, mention.kind, EXPLICIT)
        # An acronym in brackets names the body the phrase describes: "la filial de los servicios
        # secretos ucranianos (SBU)".
        acronym = _BRACKETED_ACRONYM.search(self.text, match.end(), match.end() + 80)
        if acronym and not re.search(r"[.;:,()]", self.text[match.end():acronym.start()]) and not (
            self.profile.verb_re.search(self.folded, match.end(), acronym.start())
        ):
            return _Speaker(acronym.group(1), None, ORGANIZATION, EXPLICIT)
        phrase = self._strip_determiners(fold_same_length(display))
        known = self.index.by_role(phrase)
        if known:
            return _Speaker(known.name, known.key, known.kind, DESCRIPTION)
        if self.profile.is_role(head):
            definite = not self._indefinite(display)
            earlier = self._person_described_by(phrase, head, match.start(), definite=definite)
            if earlier is None and definite:
                # "the 34-year-old", "La dirigente popular": a definite description points back.
                earlier = self.antecedent(match.start())
            if earlier:
                return _Speaker(earlier.name, earlier.key, earlier.kind, DESCRIPTION)
            return _Speaker(display, None, PERSON, DESCRIPTION)
        return _Speaker(display, None, ORGANIZATION, DESCRIPTION)

    def _display(self, pos: int, limit: int) -> str:
        """The description as the article writes it: capitalised modifiers and a determiner before
        the noun, up to three lower-case words after it (`the Russian leader`, `lideri rus`)."""
        begin = pos
        for _ in range(3):
            before = list(_TOKEN.finditer(self.text, max(0, begin - 30), begin))
            if not before or self.text[before[-1].end():begin] != " ":
                break
            word = before[-1].group()
            folded = self.folded[before[-1].start():before[-1].end()]
            if folded in self.profile.determiners:
                begin = before[-1].start()
                break
            if not word[0].isupper() or folded in self.profile.not_names:
                break
            begin = before[-1].start()
        stop = _TOKEN.match(self.text, pos).end()
        words = []
        for match in _TOKEN.finditer(self.text, stop, min(limit, stop + 60)):
            folded = self.folded[match.start():match.end()]
            if self.text[stop if not words else words[-1].end():match.start()] != " " or len(words) >= 3:
                break
            if not match.group()[0].islower() or folded in self.profile.pronouns or self.profile.verb_re.fullmatch(folded):
                break
            if folded in self.profile.not_names and folded not in self.profile.particles:
                break  # a preposition or conjunction ends the description ("de Chinese leider in …")
            words.append(match)
        while words and (
            self.folded[words[-1].start():words[-1].end()] in self.profile.determiners
            or self.folded[words[-1].start():words[-1].end()] in self.profile.particles
        ):
            words.pop()
        return self.text[begin:words[-1].end() if words else stop]

    def _indefinite(self, display: str) -> bool:
        first = _TOKEN.match(fold_same_length(display))
        return first is None or first.group() in self.profile.indefinite_articles

    def _strip_determiners(self, phrase: str) -> str:
        words = phrase.split()
        while words and words[0] in self.profile.determiners:
            words = words[1:]
        return " ".join(words)

    def _person_described_by(self, phrase: str, head: str, before: int, *, definite: bool = False) -> Mention | None:
        """The last person introduced with the same words: "Russian President Vladimir Putin" for
        "the Russian leader"; "the minister" needs the noun itself."""
        words = [w for w in phrase.split() if w != head and w not in self.profile.determiners] or [head]
        candidates = list(reversed(self.mentions_in(max(0, before - 3000), before)))
        if definite:
            # A headline's "the minister" is often named in the paragraph after it.
            after = self.sentence_end(before)
            candidates += self.mentions_in(after, after + 1500)
        for mention in candidates:
            if mention.kind != PERSON or mention.by_role:
                continue
            nearby = self.folded[max(0, mention.start - 60):mention.end + 40]
            if all(re.search(rf"(?<!\w){re.escape(w)}", nearby) for w in words):
                return mention
        return None

    def antecedent(self, pos: int) -> Mention | None:
        """The subject of the nearest earlier sentence that names a person (outside quotes): the
        subject of its speech verb if it has one, else a known speaker, else its first person."""
        paragraph, _, _ = self.paragraph_of(pos)
        floor = self.paragraphs[max(0, paragraph - 3)][0]
        end = pos
        while end > floor:
            start = self.sentence_start(end - 1, floor) if end - 1 > floor else floor
            people = [m for m in self.mentions_in(start, end) if m.kind == PERSON]
            if people:
                for verb in self.profile.verb_re.finditer(self.folded, start, end):
                    before = [m for m in people if m.end <= verb.start()]
                    if before and not self.inside_quote(verb.start()):
                        adjacent = [m for m in before if len(self.text[m.end:verb.start()].split()) <= 2]
                        return adjacent[-1] if adjacent else before[0]
                known = [m for m in people if m.key]
                return (known or people)[0]
            described = self._described_subject(start, end)
            if described is not None:
                return described
            if start <= floor:
                break
            end = start - 1
        return None

    def _described_subject(self, start: int, end: int) -> Mention | None:
        """A sentence that opens with a definite role description ("La alcaldesa respondió …")
        is about the person introduced with that role."""
        first = _PLAIN_WORD.search(self.folded, start, end)
        found = self.candidates_in(start, min(end, start + 40))
        if not first or not found or not isinstance(found[0][2], re.Match):
            return None
        head = found[0][2].group()
        if not self.profile.is_role(head) or first.group() in self.profile.indefinite_articles:
            return None
        if self.text[first.start():found[0][0]].count(" ") > 2:
            return None
        return self._person_described_by(head, head, start)

    # ---- cues -------------------------------------------------------------------------------
    def cue_after(self, span: MarkedSpan, para_end: int) -> _Cue | None:
        """`“…,” said X`, `“…”, X said`, `“…”, tha ai`, `“…” – X`, `«…», a-t-il ajouté`,
        `“…”, according to X`."""
        start = span.close_end
        limit = min(para_end, start + _WINDOW)
        following = bisect.bisect_left(self._span_opens, start)
        if following < len(self._span_opens) and self._span_opens[following] < limit:
            limit = self._span_opens[following]
        if not _WORD_CHAR.search(self.text, start, limit):
            return None  # no verb, no name: marks and punctuation up to the next quote
        window = self.text[start:limit]
        lead = len(window) - len(window.lstrip(" \u00a0\u202f,;:–—-"))
        if lead == 0 and window[:1].isalnum() and not self.profile.verb_re.match(self.folded, start):
            return None  # the quote runs on into the narrator's sentence (a closing mark typed early is fine)
        stop = self.first_stop(start + lead, limit)
        stop = limit if stop is None else stop
        according = self.profile.according_re.match(self.folded, start + lead)
        if according:  # "“…”, according to X", "«…», en palabras del responsable"
            clause_end = self.clause_end(according.end(), stop)
            speaker = self.subject_after(according.end(), clause_end, reach=None)
            if speaker:
                return _Cue(speaker, self.text[start + lead:clause_end].strip())
        # The quote ends its sentence, and the next one opens "Con estas palabras define X …".
        if not self.text[start + lead:stop].strip(" \u00a0") and stop < limit:
            introduced = self._these_words(stop + 1, limit)
        else:
            introduced = self._these_words(start + lead, limit) if self.text[span.end - 1] in ".!?" else None
        if introduced:
            return introduced
        verb = self.profile.verb_re.search(self.folded, start + lead, stop)
        first_word = _TOKEN.match(self.folded, start + lead)
        if first_word and first_word.group() in self.profile.clause_openers:
            verb = None  # "“…,” while Putin said …": a new clause, not this quote's cue
        after_verb = _TOKEN.search(self.folded, verb.end(), stop) if verb else None
        if after_verb and after_verb.group() in self.profile.complementizers and after_verb.start() - verb.end() <= 2:
            verb = None  # "“…”, adding that …": the verb reports what comes next
        if verb and " ".join(verb.group().split()) in self.profile.quoting_verbs:
            quoted = self._quoted_person(verb.end(), stop)
            if quoted:
                return _Cue(quoted, self.text[start + lead:stop].strip())
        if verb and self._words_to_verb(start + lead, verb.start()) <= 6:
            speaker = self.subject_before(start + lead, verb.start()) or self.subject_after_verb(verb, stop, limit=stop)
            if speaker is None:
                speaker = self.implicit_subject(span.open_start, verb)
            if speaker:
                return _Cue(speaker, self.text[start + lead:stop].strip())
        dash = self.text[start:start + lead]
        if lead and _DASH_CREDIT.fullmatch(dash):
            mentions = self.mentions_in(start + lead, stop)
            if mentions and mentions[0].start == start + lead:
                m = mentions[0]
                return _Cue(_Speaker(m.name, m.key, m.kind, EXPLICIT), self.text[start:m.end].strip())
        return None

    def _these_words(self, start: int, limit: int) -> _Cue | None:
        """The person named within a few words of a sentence that opens "With these words …"
        (text[start:limit]), right after the quote's own sentence."""
        head = self.folded[start:limit]
        opening = self.profile.these_words_re.match(self.folded, start + len(head) - len(head.lstrip()))
        if not opening:
            return None
        for mention in self.mentions_in(opening.end(), limit):
            between = self.text[opening.end():mention.start].lstrip(" ,\u00a0")  # "With these words, X …"
            if len(between.split()) > 4 or "," in between:
                return None
            if mention.kind == PERSON:
                return _Cue(_Speaker(mention.name, mention.key, mention.kind, EXPLICIT), self.text[start:mention.end].strip())
        return None

    def _words_to_verb(self, start: int, verb: int) -> int:
        """Words from a cue's start to its verb, not counting an apposition set off by commas after
        a name there (`”, Susie Hammond, the wife of …, told …`)."""
        mention = self.mention_at(start)
        if mention is not None and mention.kind == PERSON and self.text[mention.end:mention.end + 1] == ",":
            close = self.text.find(",", mention.end + 1, verb)
            if close != -1:
                return len(self.folded[start:mention.end].split()) + len(self.folded[close + 1:verb].split())
        return len(self.folded[start:verb].split())

    def cue_inside(self, span: MarkedSpan) -> _Cue | None:
        """An attribution set between dashes inside the marks: `"Dobbiamo … - ha detto - nel …"`."""
        if not self._may_hold_dash(span.start, span.end):
            return None
        for dash in _INSERTION_DASH.finditer(self.text, span.start, span.end):
            closing = _INSERTION_DASH.search(self.text, dash.end(), span.end)
            stop = closing.start() if closing else span.end
            verb = self.profile.verb_re.search(self.folded, dash.end(), min(stop, dash.end() + 60))
            if verb is None or len(self.folded[dash.end():verb.start()].split()) > 4:
                continue
            speaker = (
                self.subject_before(dash.end(), verb.start())
                or self.subject_after_verb(verb, stop)
                or self.implicit_subject(span.open_start, verb)
            )
            if speaker:
                return _Cue(speaker, self.text[dash.end():stop].strip())
        return None

    def cue_before(self, span: MarkedSpan, para_start: int) -> tuple[_Cue | None, bool]:
        """`X said: “…”`, `X said that “…”`, `according to X, “…”`, a headline `X: “…”`.

        Returns the cue and whether the quote is built into the narrator's sentence.
        """
        end = span.open_start
        if end == para_start:
            return None, False
        start = self.sentence_start(end, max(para_start, end - _SENTENCE_REACH))
        window = self.text[start:end]
        embedded = bool(window.strip(" \u00a0\u202f:–—-\t"))
        lead_in = window.rstrip().endswith(":")
        if not lead_in and not self.narrator_words_in(start, end):
            return None, embedded  # no verb and no "according to" outside the quotes
        opening = self._according_at_start(start, end)
        if opening is not None and not self._attributive(span):
            return _Cue(opening, self.text[start:end].strip()), embedded
        verbs = [v for v in self.profile.verb_re.finditer(self.folded, start, end) if not self.inside_quote(v.start())]
        according = [a for a in self.profile.according_re.finditer(self.folded, start, end) if not self.inside_quote(a.start())]
        if according:
            clause_end = self.clause_end(according[-1].end(), end)
            speaker = self.subject_after(according[-1].end(), clause_end, reach=None)
            if speaker:
                return _Cue(speaker, self.text[according[-1].start():clause_end].strip()), embedded
        if verbs:
            verb = verbs[-1]
            speaker = self.subject_before(start, verb.start())
            if speaker is None:
                speaker = self.subject_after_verb(verb, end)
            complement = self._reports(verb, end)
            if speaker is None and (complement or window.rstrip().endswith(":")):
                speaker = self.implicit_subject(span.open_start, verb)
            if speaker:
                return _Cue(speaker, self.text[start:end].strip(" :\u00a0"), complement), embedded
        if lead_in:
            # "Voca: “…”" or "Er verlangte:" — a name (or pronoun) right before the colon.
            colon = start + len(window.rstrip()) - 1
            found = [
                item for item in self.candidates_in(max(start, colon - 60), colon)
                if not self._place_or_dateline(item, start)
                and not ADDRESSEE.search(self.folded, max(start, item[0] - 6), item[0])
            ]
            people = [item for item in found if not (isinstance(item[2], Mention) and item[2].kind == ORGANIZATION)]
            speaker = self.resolve((people or found)[-1], colon) if found else None
            if speaker:
                return _Cue(speaker, self.text[start:colon + 1].strip()), False
        return None, embedded

    def _attributive(self, span: MarkedSpan) -> bool:
        """A word or two in marks before the noun they qualify ("ai “lievi” spacciatori"): a label."""
        following = self.text[span.close_end:span.close_end + 2]
        return (
            len(_TOKEN.findall(self.text, span.start, span.end)) <= 2
            and following[:1] == " " and following[1:].islower()
        )

    def _according_at_start(self, start: int, end: int) -> _Speaker | None:
        """The person of a sentence that opens "Per Perantoni, …" (a phrase that means "according
        to" only there), if text[start:end] is one."""
        first = _PLAIN_WORD.search(self.folded, start, end)
        phrase = first and self.profile.according_at_start_re.match(self.folded, first.start())
        if not phrase:
            return None
        name = self.mention_at(phrase.end() + 1)
        if name is None or name.kind != PERSON or self.text[name.end:name.end + 1] != ",":
            return None
        return _Speaker(name.name, name.key, name.kind, EXPLICIT)

    def _reports(self, verb: re.Match, quote_start: int) -> bool:
        """The verb introduces the quote as what was said: `añade que “…”`, `said that “…”`."""
        words = [m.group() for m in _TOKEN.finditer(self.folded, verb.end(), quote_start)]
        return len(words) <= 4 and any(word in self.profile.complementizers for word in words)

    def clause_end(self, pos: int, limit: int) -> int:
        match = re.search(r"[,;:(]", self.text[pos:limit])
        return pos + match.start() if match else limit

    def implicit_subject(self, pos: int, verb: re.Match) -> _Speaker | None:
        """A verb with no subject of its own (`ha aggiunto`), or one that carries its pronoun
        (`zei hij`, `a-t-il ajouté`): the speaker is the last person talked about."""
        antecedent = self.antecedent(pos)
        if antecedent is None:
            return None
        words = re.split(r"[\s\-]+", verb.group())
        how = PRONOUN if any(word in self.profile.pronouns for word in words) else IMPLICIT
        return _Speaker(antecedent.name, antecedent.key, antecedent.kind, how)

    def scare_quoted(self, span: MarkedSpan) -> bool:
        """The writer marks the span as a label, not speech: "the so-called “…”"."""
        tail = self.folded[max(0, span.open_start - 40):span.open_start].rsplit(None, 3)[-3:]
        if not tail or tail[-1] not in self.profile.scare_last_words:
            return False
        return any(" ".join(tail[-n:]) in self.profile.scare_markers for n in range(1, len(tail) + 1))

    def chained_to_next(self, span: MarkedSpan, para_end: int) -> bool:
        """Another quote follows in the same sentence, so the sentence's cue may come after it."""
        following = bisect.bisect_right(self._span_opens, span.open_start)
        if following >= len(self.spans) or self.spans[following].open_start >= para_end:
            return False
        between_start, between_end = span.close_end, self.spans[following].open_start
        if between_end - between_start >= _WINDOW or self.first_stop(between_start, between_end) is not None:
            return False
        words = _TOKEN.findall(self.folded, between_start, between_end)
        return not any(word in self.profile.clause_openers for word in words)

    def is_own_sentence(self, span: MarkedSpan, para_start: int, para_end: int) -> bool:
        """The quote is a sentence (or several) of its own, not a phrase inside the narrator's."""
        before = self.text[para_start:span.open_start].rstrip(" \u00a0\t")
        if before and before[-1] not in ".!?:\"”’»«'":
            return False
        after = self.text[span.close_end:para_end].lstrip(" \u00a0\t.")
        return not after or after[0].isupper() or after[0] in OPENERS

    def crosshead(self, span: MarkedSpan, para_start: int, para_end: int, words: int) -> bool:
        """A short quoted line on its own with no sentence punctuation is a crosshead
        (“Roe versus Wade”), not speech."""
        if words >= FULL_QUOTE_WORDS or span.continued:
            return False
        if self.text[span.end - 1] in ".!?…":
            return False
        return not self.text[para_start:span.open_start].strip() and not self.text[span.close_end:para_end].strip()

    def lead_in_speaker(self, span: MarkedSpan, paragraph: int) -> _Cue | None:
        """A paragraph quote after a sentence ending with a colon: `He said:` then the quote."""
        if paragraph == 0:
            return None
        prev_start, prev_end = self.paragraphs[paragraph - 1]
        previous = self.text[prev_start:prev_end].rstrip()
        if not previous.endswith(":"):
            return None
        end = prev_start + len(previous) - 1
        start = self.sentence_start(end, prev_start)
        verbs = list(self.profile.verb_re.finditer(self.folded, start, end))
        speaker = self.subject_before(start, verbs[-1].start()) if verbs else None
        if speaker is None:
            found = self.candidates_in(start, end)
            speaker = self.resolve(found[-1], end) if found else None
        return _Cue(speaker, self.text[start:end + 1].strip()) if speaker else None


def analyse(text: str, language: str = "", speakers=()) -> Analysis:
    """`speakers`: the registry's KnownSpeakers, or a SpeakerIndex of them that the caller keeps
    up to date across many texts (an import adds speakers as it goes)."""
    index = speakers if isinstance(speakers, SpeakerIndex) else speaker_index(tuple(speakers))
    return Analysis(text, profile_for(language), index)


def extract_quotes(
    text: str, *, language: str = "", speakers=(), abstain_below: float | None = None
) -> list[ExtractedQuote]:
    """Every direct quote in `text`, with offsets into `text`, its speaker and the probability
    that the speaker is right (`confidence`). A quote whose confidence is under `abstain_below`
    (default: the model's documented threshold) comes with no speaker (`speaker == ""`)."""
    return quotes_in(analyse(text, language, speakers), abstain_below=abstain_below)


def quotes_in(article: Analysis, *, abstain_below: float | None = None) -> list[ExtractedQuote]:
    """The quotes of an analysed text (see extract_quotes): the rules propose, the learned
    ranking (ranking.py) chooses each quote's speaker and says how sure it is."""
    from .ranking import rank_quotes  # ranking reads the Analysis: imported late, no cycle

    return rank_quotes(article, rule_quotes(article), abstain_below=abstain_below)


def rule_quotes(article: Analysis) -> list[ExtractedQuote]:
    """The quotes the rules attribute, each through its cue: the first candidate for every span."""
    text = article.text
    title_end = text.find("\n")
    results: list[ExtractedQuote] = []
    previous: tuple[int, ExtractedQuote] | None = None  # (paragraph, quote)
    # Spans left without a cue since the last quote, with their paragraph's end: some take their
    # speaker from the next quote (see _waiting_for).
    uncued: list[tuple[MarkedSpan, int]] = []
    covered_until = -1
    paragraphs, paragraph_starts = article.paragraphs, article.paragraph_starts
    for span in article.spans:
        if span.depth > 0 or span.start < covered_until:
            continue
        paragraph = bisect.bisect_right(paragraph_starts, span.open_start) - 1  # (paragraph_of, inlined)
        para_start, para_end = paragraphs[paragraph]
        content = text[span.start:span.end]
        tokens = _TOKEN.findall(content)
        words = len(tokens)
        if words == 0:
            continue
        cue = _cue_for(article, span, paragraph, para_start, para_end, words, previous)
        # Titles and scare quotes are vetoed after the cue search: most spans have no cue, and
        # need neither check.
        if cue is not None and _looks_like_a_title(content, tokens, bool(article.profile.noun_suffixes)):
            continue
        if cue is None or article.scare_quoted(span):
            uncued.append((span, para_end))
            continue
        speaker = cue.speaker
        quote = ExtractedQuote(
            text=content,
            start=span.start,
            end=span.end,
            speaker=speaker.name,
            speaker_key=speaker.key,
            speaker_kind=speaker.kind,
            kind=FULL if words >= FULL_QUOTE_WORDS else PARTIAL,
            attribution=speaker.how,
            cue=cue.phrase[:300],
            confidence=_confidence(speaker.how, words),
            headline=0 <= span.open_start < title_end if title_end > 0 else False,
        )
        for earlier, how in _waiting_for(article, uncued):
            words = count_words(text[earlier.start:earlier.end])
            how = how or quote.attribution
            results.append(replace(
                quote, text=text[earlier.start:earlier.end], start=earlier.start, end=earlier.end,
                kind=FULL if words >= FULL_QUOTE_WORDS else PARTIAL, attribution=how,
                confidence=_confidence(how, words), headline=False,
            ))
        uncued = []
        results.append(quote)
        results += _own_words_within(article, span, quote)
        covered_until = max(covered_until, quote.end)
        previous = (paragraph, quote)
    results.sort(key=lambda quote: quote.start)
    return results


def _own_words_within(article: Analysis, span: MarkedSpan, quote: ExtractedQuote) -> list[ExtractedQuote]:
    """Quotes nested in an attributed quote that are its speaker's own words or thought, told as
    such: after a colon ("iemand die dan denkt: 'Je komt er niet langs'") or before a speech verb
    ("'Dan flink op de rem', dacht ik"). A word or two in marks is a label or a scare quote."""
    text, nested = article.text, []
    first = bisect.bisect_right(article._span_opens, span.open_start)
    last = bisect.bisect_left(article._span_opens, span.end, first)
    for inner in article.spans[first:last]:
        if inner.depth != span.depth + 1:
            continue
        words = count_words(text[inner.start:inner.end])
        if words < 3:
            continue
        after = inner.close_end + len(text[inner.close_end:span.end]) - len(text[inner.close_end:span.end].lstrip(" ,"))
        verb = article.profile.verb_re.match(article.folded, after, span.end)
        if text[span.start:inner.open_start].rstrip().endswith(":") or verb:
            nested.append(replace(
                quote, text=text[inner.start:inner.end], start=inner.start, end=inner.end,
                kind=FULL if words >= FULL_QUOTE_WORDS else PARTIAL, confidence=_confidence(quote.attribution, words),
                headline=False,
            ))
    return nested


def _waiting_for(article: Analysis, uncued: list[tuple[MarkedSpan, int]]) -> list[tuple[MarkedSpan, str | None]]:
    """The cue-less spans right before a quote that take its speaker: paragraphs of a
    multi-paragraph quote (as context), and quotes chained in one sentence with it ("“…”, because
    “…,” he added"; attributed as the quote is). Read back from the quote to the first span that is
    neither, so each span is judged at most once and only when a quote follows."""
    waiting = []
    for span, para_end in reversed(uncued):
        content = article.text[span.start:span.end]
        if _looks_like_a_title(content, _TOKEN.findall(content), bool(article.profile.noun_suffixes)):
            continue  # a title is no quote, and it neither joins nor breaks the chain
        if span.continued:
            waiting.append((span, CONTEXT))
        elif article.chained_to_next(span, para_end):
            waiting.append((span, None))
        else:
            break
    waiting.reverse()
    return waiting


def _cue_for(article: Analysis, span: MarkedSpan, paragraph: int, para_start: int, para_end: int, words: int, previous):
    """The cue that would attribute a span, from the most to the least direct evidence, or None."""
    after = article.cue_after(span, para_end) if not span.continued else None
    if after is None or after.speaker.kind == ORGANIZATION or after.speaker.how == IMPLICIT:
        # A sentence whose subject is a person wins over an organisation credited after it
        # ("He urged … “…”, according to a ministry readout"), and over a verb after it that has
        # no subject of its own ("le président a accusé X d'être «…», après l'avoir accusé de").
        before, embedded = article.cue_before(span, para_start)
        if before and embedded and before.speaker.how == IMPLICIT and not before.complement:
            before = None  # a quoted phrase in a sentence without a named subject: a scare quote
        named = (EXPLICIT, PRONOUN) if after is None or after.speaker.kind == ORGANIZATION else (
            EXPLICIT, PRONOUN, DESCRIPTION
        )
        if after is None or (before and before.speaker.kind == PERSON and before.speaker.how in named):
            after = None
    else:
        before = None
    cue = after or article.cue_inside(span) or before
    if cue is not None:
        return cue
    if previous is None and words < FULL_QUOTE_WORDS and (
        span.open_start == 0 or article.text[para_start:span.open_start].strip()
    ):
        return None  # no speaker to continue, too short to be an antecedent's, no lead-in line
    standalone = span.continued or article.is_own_sentence(span, para_start, para_end)
    if not standalone:
        # A clause-long quote woven into the narrator's sentence right after a speaker's quotes
        # goes on quoting them (“Stocks "were at 55% a week ago", and …”); a short one may be a label.
        recent = previous and paragraph - previous[0] <= 1
        if words >= _WOVEN_CONTEXT_WORDS and recent and not article.someone_else_named(previous[1], span.open_start):
            prior = previous[1]
            return _Cue(_Speaker(prior.speaker, prior.speaker_key, prior.speaker_kind, CONTEXT), "")
        return None
    if article.crosshead(span, para_start, para_end, words):
        return None
    if not article.text[para_start:span.open_start].strip() and span.open_start > 0:
        cue = article.lead_in_speaker(span, paragraph)
        if cue is not None:
            return cue
    if previous and paragraph - previous[0] <= _CONTEXT_REACH and not article.someone_else_named(previous[1], span.open_start):
        prior = previous[1]
        return _Cue(_Speaker(prior.speaker, prior.speaker_key, prior.speaker_kind, CONTEXT), "")
    if words >= FULL_QUOTE_WORDS and span.open_start > 0:
        # A quoted sentence of its own: the person the previous sentences are about.
        antecedent = article.antecedent(span.open_start)
        if antecedent is not None:
            return _Cue(_Speaker(antecedent.name, antecedent.key, antecedent.kind, CONTEXT), "")
    return None


def _looks_like_a_title(content: str, tokens: list[str], nouns_capitalised: bool = False) -> bool:
    """A short span whose longer words are all capitalised is a name or a title (“Belt and Road”).
    Where every noun is capitalised (German) it takes every word, and two at least: „Nord Stream“
    is a name, "Völkermord" or "Sponsoren des Terrorismus" may be somebody's words."""
    if len(tokens) > 6:
        return False
    long_words = [t for t in tokens if len(t) > 3]
    if not long_words or content.rstrip().endswith((".", "!", "?", ",")):
        return False
    if nouns_capitalised:
        return len(tokens) >= 2 and all(t[0].isupper() or t[0].isdigit() for t in tokens)
    return all(t[0].isupper() for t in long_words)


def _confidence(how: str, words: int) -> float:
    return round(_CONFIDENCE[how] - (0.1 if words < FULL_QUOTE_WORDS else 0.0), 2)


__all__ = ["extract_quotes", "ExtractedQuote", "KnownSpeaker"]
