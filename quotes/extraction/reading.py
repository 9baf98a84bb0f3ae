"""Reading an article: its folded copy, paragraphs, sentences, quoted spans and mentions, and the
geometry every later step asks about (is this position quoted? where does its sentence start?).

The first of the engine's layers (reading, subjects.py, cues.py): each adds one job to the one
before; engine.py's Analysis is the last of them.
"""

import bisect
import re

from .furniture import find_furniture
from .languages.base import LanguageProfile
from .marks import OPENERS, MarkedSpan, find_dialogue_spans, find_marked_spans
from .mentions import Mention, SpeakerIndex, find_mentions, fold_same_length
from .text import NAME_ABBREVIATION_WORDS, WORD_RE, addressed, fold
from .types import PERSON, ExtractedQuote

FULL_QUOTE_WORDS = 8
_WINDOW = 220  # how far a cue may stand from its quote, in characters
# A full stop ends a sentence before white space, a quote mark or, in text whose paragraphs were
# glued together ("… tha ministri.Ministri tha …"), a capital letter.
# A full stop after an initial or a title ("M. Morawiecki", "Dr. Li", "J. Smith") ends nothing.
# (The checks look back from the full stop, so other positions of a text cost nothing.)
# (one look-behind per length, as a look-behind's alternatives must all be as long)
_ABBREVIATIONS = "".join(
    rf"(?<!\b(?:{'|'.join(words)})\.)"
    for words in (
        [word for word in NAME_ABBREVIATION_WORDS.split("|") if len(word) == length]
        for length in sorted({len(word) for word in NAME_ABBREVIATION_WORDS.split("|")})
    )
)
# The pattern starts with the one character it matches, so finditer skips to those characters.
_SENTENCE_END_CHARS = "!?.\n"  # the characters _SENTENCE_END can match at all
_BEFORE_NEXT_SENTENCE = r"(?=[\s\"“”‘’»«„]|[A-ZÀ-ÖØ-ÞĀ-Ž]|$)"
_SENTENCE_END = re.compile(
    rf"[{re.escape(_SENTENCE_END_CHARS)}](?:(?<=\n)|(?<=[!?]){_BEFORE_NEXT_SENTENCE}"
    rf"|(?<!\b[A-ZÀ-ÖØ-ÞĀ-Ž]\.){_ABBREVIATIONS}{_BEFORE_NEXT_SENTENCE})"
)
_NEXT_WORD_AFTER_MARK = re.compile(r"[ \u00a0]([^\W\d_]+)")
# A past participle after the marks, in folded text, makes them a phrase someone said, not a label
# ("una «causa general» impulsada por …", "a “fresh start” promised by …", "een ‘stil feest’ genoemd").
_PARTICIPLE_ENDINGS = "ado ada ados adas ido ida idos idas ato ata ati ate ito ita iti ite ee ees ed"
_PAST_PARTICIPLE = re.compile(rf"(?:{'|'.join(_PARTICIPLE_ENDINGS.split())})$|^ge\w+[dt]$")
# A dash that sets off an insertion: between spaces (" - ha detto - "), or a long dash written
# against the insertion's words, the Spanish way ("… a nadie —explicó la alcaldesa—, pero …").
# The pattern starts with the one character every match starts with (the space before a dash, or
# a long dash), and checks what stands before it after that character, so re skips to those
# characters instead of trying three alternatives at every position of the text.
_INSERTION_DASH = re.compile(
    r"[\s–—](?:(?<=\s)[-–—]\s|(?<=\s[–—])(?=[^\W\d_])|(?<=[^\W\d_][–—])(?=[\s,.;:]))"
)
# Where an insertion dash may start, for passing over the quotes that hold none (see
# _may_hold_dash): right before every long dash, and before every hyphen that white space (or the
# text's start) precedes. Hyphens inside words are common and long dashes rare, so re skips from
# dash to dash faster than _INSERTION_DASH can be tried at every space.
_DASH_CANDIDATE = re.compile(r"[-–—](?<![^\s]-)")
# Words with elisions split off ("l’élu" -> "l", "élu"), for finding role nouns.
_PLAIN_WORD = re.compile(r"[^\W_]+(?:-[^\W_]+)*")
_TOKEN = WORD_RE
_WORD_CHAR = re.compile(r"[^\W_]")


# "By" before a passive's agent, who then says the words the passive quotes ("definito da X «…»").
_AGENT_WORDS = frozenset("by door von da par por nga".split())
_TITLE_WITH_STOP_WORDS = 8  # the most words of a title the full stop of a sentence may follow inside the marks
# A name's English possessive ("NBC's", "CNN’s") before a title, and the most words such a title has.
_POSSESSIVE_NAME = re.compile(r"[A-Z][\w.&-]*['’]s")
_TITLE_WORDS = 6


def _inside(spans: list[tuple[int, int]], starts: list[int], start: int, end: int) -> bool:
    """Whether text[start:end] lies within one of `spans` (sorted, `starts` their starts)."""
    number = bisect.bisect_right(starts, start) - 1
    return number >= 0 and spans[number][1] >= end


class Reading:
    """One text as read: its folded copy, paragraphs, quote spans and mentions."""

    def __init__(self, text: str, profile: LanguageProfile, index: SpeakerIndex, furniture=None):
        """`furniture`: the spans of site furniture in `text`, whose quotes are no speech; found
        here when not given (a text as published). A body document.py cleaned has none: ()."""
        self.text = text
        self.folded = fold_same_length(text)
        self.profile = profile
        self.index = index
        furniture = find_furniture(text) if furniture is None else furniture
        self.spans = find_marked_spans(text)
        if profile.dialogue_dashes:
            self.spans = sorted(self.spans + find_dialogue_spans(text, self.spans))
        furniture = sorted(furniture)
        furniture_starts = [start for start, _ in furniture]
        if furniture:
            self.spans = [
                span for span in self.spans if not _inside(furniture, furniture_starts, span.open_start, span.open_start + 1)
            ]
        self.quoted = [(span.start, span.end) for span in self.spans]
        # Every place a " - " may start, found once, so a quote without one is passed over at once.
        self._dash_starts = [match.start() - 1 for match in _DASH_CANDIDATE.finditer(text)]
        # Names in an attribution set between dashes inside a quote count as mentions.
        # Nor does the furniture name anyone (a photographer's credit is no antecedent).
        self.mentions = find_mentions(
            text, self.folded, index, profile, sorted([*self._speech_outside_insertions(), *furniture])
        )
        # Sorted starts for bisection, so every lookup stays logarithmic on long texts.
        self._outer_spans = [span for span in self.spans if span.depth == 0]
        outer = [(span.start, span.end) for span in self._outer_spans]
        self._labels: dict[int, bool] = {}  # see label_at
        self._outer_starts = [start for start, _ in outer]
        self._outer_ends = [end for _, end in outer]
        self._span_opens = [span.open_start for span in self.spans]
        self._span_opens_set = frozenset(self._span_opens)
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
        # A line of site furniture is no paragraph ("Read more: …" between two of a speaker's).
        self.paragraphs = [
            (m.start(), m.end()) for m in re.finditer(r"[^\n]*[^\s][^\n]*", text)
            if not _inside(furniture, furniture_starts, m.start(), m.end())
        ] or [(0, len(text))]
        self.paragraph_starts = [start for start, _ in self.paragraphs]
        self._span_words: dict[tuple[int, int], tuple[str, ...]] = {}  # see span_words

    def span_words(self, span: MarkedSpan) -> tuple[str, ...]:
        """The words of a span's content, found once: the rules and the ranking both count them."""
        key = (span.start, span.end)
        words = self._span_words.get(key)
        if words is None:
            words = self._span_words[key] = tuple(_TOKEN.findall(self.text[span.start:span.end]))
        return words

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
        """Whether an _INSERTION_DASH may lie in text[start:end]: a _DASH_CANDIDATE overlaps it.
        (A match found in a slice starts at its dash or right before it, and that dash is a
        candidate: a hyphen in one has white space before it.)"""
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

    def spans_within(self, start: int, end: int) -> list[MarkedSpan]:
        """The spans whose marks lie within text[start:end], in order."""
        first = bisect.bisect_left(self._span_opens, start)
        last = bisect.bisect_left(self._span_opens, end, first)
        return [span for span in self.spans[first:last] if span.close_end <= end]

    def label_at(self, pos: int) -> bool:
        """Whether pos is inside marks the writer puts round the name of a thing, not round speech
        ("the novel “Salt Roads”"), found once per span. (A scare quote still ends a clause: "Reed
        praised the “brave” firefighters and Ann Roe said:".)"""
        number = bisect.bisect_right(self._outer_starts, pos) - 1
        if number < 0 or pos >= self._outer_ends[number]:
            return False
        if number not in self._labels:
            span = self._outer_spans[number]
            tail = self._words_before(span)
            self._labels[number] = self._title_after_naming_noun(span, tail) or self._programme_title(span) or (
                self._named_by_noun(span, tail)
            )
        return self._labels[number]

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
            if not addressed(self.folded, mention.start, quote.end):
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

    def clause_end(self, pos: int, limit: int) -> int:
        match = re.search(r"[,;:(]", self.text[pos:limit])
        return pos + match.start() if match else limit

    def scare_quoted(self, span: MarkedSpan) -> bool:
        """The writer marks the span as a label, not speech: "the so-called “…”", or a word or two
        between an article and the noun they qualify ("the “hit squad” members", "la “nuova”
        legge")."""
        tail = self._words_before(span)
        if tail and tail[-1] in self.profile.determiners and self._qualifies_next_noun(span):
            return True
        if self._named_by_noun(span, tail):
            return True
        if self._title_after_naming_noun(span, tail) or self._programme_title(span):
            return True
        if self._passive_label(span):
            return True
        if not tail or tail[-1] not in self.profile.scare_last_words:
            return False
        return any(" ".join(tail[-n:]) in self.profile.scare_markers for n in range(1, len(tail) + 1))

    def _programme_title(self, span: MarkedSpan) -> bool:
        """Whether the span is a title in capitals after a name's possessive or "on": a programme,
        show or paper ("said on NBC's “Meet the Press.”", "told CNN's “State of the Union”", "said
        on “Fox News Sunday.”"), its full stop the sentence's, not the title's."""
        before = self.text[max(0, span.open_start - 40):span.open_start].split()
        if not before or not (_POSSESSIVE_NAME.fullmatch(before[-1]) or (before[-1] == "on" and self.profile.code == "en")):
            return False  # (French "on" is a pronoun)
        content = self.text[span.start:span.end].rstrip(" .")
        words = content.split()
        if not 1 <= len(words) <= _TITLE_WORDS or re.search(r"[,;:!?…]", content) or not words[0][:1].isupper():
            return False
        return all(word[:1].isupper() or (len(word) <= 3 and word.islower()) for word in words)

    def _passive_label(self, span: MarkedSpan) -> bool:
        """Whether the span is a short noun phrase a passive of naming gives someone ("wordt
        neergezet als ‘de leider’", "‘de geldezel’ wordt genoemd", "was branded “a traitor”"):
        the namers' word, whom the sentence does not say."""
        profile = self.profile
        if not profile.naming_participles:
            return False
        words = _TOKEN.findall(self.folded, span.start, span.end)
        content = self.text[span.start:span.end].strip()
        if not 1 <= len(words) <= 5 or not content[:1].islower() or re.search(r"[.!?…]", content):
            return False
        # the participle within three words before the span ("wordt neergezet als ‘…’") or after it
        # ("‘…’ wordt genoemd"), its auxiliary within four words before it
        # (not one an agent says: "è stato definito da Sara Neri «…»")
        before = [word.lower() for word in _TOKEN.findall(self.text, max(0, span.open_start - 120), span.open_start)[-8:]]
        after = [word.lower() for word in _TOKEN.findall(self.text, span.close_end, span.close_end + 80)[:3]]
        near = [(before, number) for number in range(max(0, len(before) - 4), len(before))]
        near += [([*before, *after], len(before) + number) for number in range(len(after))]
        return any(
            words_[number] in profile.naming_participles
            and any(word in profile.passive_auxiliaries for word in words_[max(0, number - 4):number])
            and not any(word in _AGENT_WORDS for word in words_[number + 1:len(before)])
            for words_, number in near
        )

    def _words_before(self, span: MarkedSpan) -> list[str]:
        """The last three words (folded, with their punctuation) before a span's opening mark."""
        return self.folded[max(0, span.open_start - 40):span.open_start].rsplit(None, 3)[-3:]

    def _named_by_noun(self, span: MarkedSpan, tail: list[str]) -> bool:
        """Whether the span is what the noun before it, after an article or "of" and its article,
        is called ("la loi « Climat et résilience »", "Luca Sala del comitato “Aria pulita”",
        "présidente du groupe « Agir pour Nîmes »")."""
        return len(tail) >= 2 and (tail[-2] in self.profile.determiners or tail[-2] in self.profile.of_words) and (
            self._names_a_noun(span, tail[-1])
        )

    def _names_a_noun(self, span: MarkedSpan, noun: str) -> bool:
        """Whether the span, right after an article and a common noun, is what the noun is called:
        capitalised, no sentence of its own ("la loi « Climat et résilience »", "the report “Damp
        Homes and Young Lungs”", "das Buch „Die Nacht der Kraniche“"). Words someone said there
        run on in lower case ("la norma «expulsará del mercado»")."""
        content = self.text[span.start:span.end]
        if not content[:1].isupper() or content.rstrip()[-1:] in ".!?…" or not noun.isalpha():
            return False
        written = self.text[max(0, span.open_start - len(noun) - 2):span.open_start].rstrip(" \u00a0\u202f")[-len(noun):]
        if fold(written) != noun or not (written[:1].islower() or self.profile.noun_suffixes):
            return False  # (a name: "the minister Lena “…”"; German writes its nouns capitalised)
        if self.mentions_in(span.open_start - len(noun) - 2, span.open_start):
            return False  # (a name after all: "dem von der Leyen „…“ will")
        profile = self.profile
        return not (noun in profile.not_names or noun in profile.determiners or profile.verb_re.fullmatch(noun)
                    or profile.is_role(noun) or noun in profile.document_nouns)

    def _title_after_naming_noun(self, span: MarkedSpan, tail: list[str]) -> bool:
        """Whether the span is the name of a book, a law, a campaign … that the noun before it
        (or a name after that noun, "la pagina Facebook “…”") calls it: capitalised, no sentence of
        its own (a short one may end on the full stop American style puts inside the marks:
        'a new campaign, "Back on the Water."')."""
        content = self.text[span.start:span.end].strip()
        if not content[:1].isupper() or not tail:
            return False
        inner = content[:-1] if content.endswith(".") and len(_TOKEN.findall(content)) <= _TITLE_WITH_STOP_WORDS else content
        if re.search(r"[.!?…]", inner[1:]):
            return False
        before = self.text[max(0, span.open_start - 40):span.open_start].rsplit("\n", 1)[-1]  # (in its paragraph)
        if not before.strip() or before.rstrip()[-1:] in ".!?;:":
            return False  # (a sentence ends before the marks)
        words = [word.strip(",") for word in tail]
        if tail[-1].endswith(","):
            # (after a comma only a name that ends the sentence: 'a new campaign, "Back on the
            # Water."'; not "Asked about the bill, “We need time,” Reed said")
            ending = self.text[span.close_end:span.close_end + 2].strip(" \u00a0")
            inner_comma = content.endswith(",")  # (American style: “The Quiet Harbour,” which …)
            if words[-1] in self.profile.naming_nouns and (ending[:1] == "," or inner_comma):
                # (or one set off by commas, a relative clause or a participle after it: "un
                # roman, « Les heures creuses », salué par la critique", "een roman, ‘De stille
                # haven’, die goed verkocht")
                after = re.match(
                    r"[ \u00a0]*,?\s*(\w+)\s*(\w*)" if inner_comma else r"[ \u00a0]*,\s*(\w+)\s*(\w*)",
                    self.text[span.close_end:span.close_end + 60],
                )
                word = after.group(1).lower() if after else ""  # (as written: a participle's accent, "salué")
                subject = after.group(2) if after else ""  # (a speech verb's own subject after it: "added Reed")
                spoken = bool(subject) and (subject[:1].isupper() or fold(subject) in self.profile.determiners)
                return fold(word) in self.profile.relative_pronouns or fold(word) in self.profile.personal_relatives or (
                    fold(word) in self.profile.complementizers
                ) or bool(
                    # (a participle, not a speech verb's past: "“…,” added Reed")
                    self.profile.past_participle and re.fullmatch(self.profile.past_participle, word)
                    and not (spoken and self.profile.verb_re.fullmatch(fold(word)))
                ) or (fold(word) in self.profile.determiners and self.profile.verb_second)
            return words[-1] in self.profile.naming_nouns and (not ending or ending[0] in ".!?\n")
        written = before.split()
        return words[-1] in self.profile.naming_nouns or (
            len(words) >= 2 and words[-2] in self.profile.naming_nouns and written[-1:] and written[-1][:1].isupper()
        )

    def _qualifies_next_noun(self, span: MarkedSpan) -> bool:
        """Whether the span is one or two words right before a lower-case word that is no
        preposition, conjunction or speech verb: the noun it qualifies."""
        if len(_TOKEN.findall(self.text, span.start, span.end)) > 2:
            return False
        following = _NEXT_WORD_AFTER_MARK.match(self.text, span.close_end)
        if following is None or not following.group(1).islower():
            return False
        word = self.folded[following.start(1):following.end(1)]
        profile = self.profile
        return not (word in profile.not_names or word in profile.complementizers or word in profile.relative_pronouns
                    or profile.verb_re.fullmatch(word) or _PAST_PARTICIPLE.search(word))

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
