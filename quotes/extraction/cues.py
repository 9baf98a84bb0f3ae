"""What attributes a quoted span: the cue around it (a speech verb with its subject, a colon
lead-in, an "according to", a dash credit, a dialogue insertion), and the rules' pass over an
article that proposes each span's speaker (the engine's third layer, on subjects.py's).

A span without a cue is speech only when it stands as its own paragraph next to speech whose
speaker is known (context); everything else (titles, scare quotes) is left out. The rules'
speaker is the first candidate the ranking (ranking.py) weighs.
"""

import bisect
import re
from dataclasses import dataclass, replace

from .languages.base import COMMON_AND
from .marks import MarkedSpan
from .mentions import _CONTRACTED_ARTICLES, RELATIVES_AFTER_PERSON, Mention, lower_case_words
from .names import is_city, is_common_word, is_country, is_given_name, name_gender
from .reading import _INSERTION_DASH, _PLAIN_WORD, _TOKEN, _WINDOW, _WORD_CHAR, FULL_QUOTE_WORDS
from .subjects import _LAST_WORD, _NEXT_PLAIN_WORD, _TO_WORDS, DOER_ENDINGS, PLURAL_INDEFINITES, _Speaker, Subjects
from .text import PLACE_OR_MEDIUM, WORD_RE, addressed, count_words, fold
from .types import CONTEXT, DESCRIPTION, EXPLICIT, FULL, IMPLICIT, ORGANIZATION, PARTIAL, PERSON, PRONOUN, ExtractedQuote

# How far back the narrator's sentence may have started: a verb may report several quotes in a long
# sentence ("X wrote that « … », alleging that … and that « … »").
_SENTENCE_REACH = 600
_CONTEXT_REACH = 2  # paragraphs back that a cue-less paragraph quote may take its speaker from
_NEW_SENTENCE_OBJECT = 2  # words after the verb of a new sentence after a quote that make it report something else
_WOVEN_CONTEXT_WORDS = 5  # a quote woven into the narrator's sentence that long continues a speaker
_PRINTED_QUESTION_WORDS = 25  # the longest line taken for an interviewer's question printed without quote marks
_CUE_REACH = 40  # characters on each side of a quote searched for a pronoun that attributes it
_CONFIDENCE = {EXPLICIT: 0.9, PRONOUN: 0.75, DESCRIPTION: 0.7, IMPLICIT: 0.6, CONTEXT: 0.5}
# What may stand between a closing mark and the name it is credited to: `”– X`, `” — X` (no comma).
_DASH_CREDIT = re.compile(r"[^,]*[–—-][^,]*")
# An article and a capitalised word after a verb, and no capitalised word after it: "la Coldiretti".
_ARTICLE_AND_NAME = re.compile(r"\s+(\w+)(?:\s+|['’])([A-ZÀ-Ý][\w\-]*)(?![\w\-]|\s+[A-ZÀ-Ý])(?:\s+(\w+))?")
# Auxiliaries of the passive, and the agent's preposition, in the languages the engine reads.
_PASSIVE = frozenset("was were been being is are wurde wurden worden werd werden stato stata stati state ete fue fueron sido u".split())
_AGENT = frozenset("by von door da dal dalla dallo dai par por nga".split())
# Turning to someone to speak to them, in the languages the engine reads (folded words).
_TURNS_TO = re.compile(
    r"\b(?:turned to|turns to|addressed|addresses|wandte sich an|wendet sich an|richtte zich tot|richt zich tot|"
    r"wendde zich tot|keerde zich naar|si e rivolt[oa] a\w*|si rivolge a\w*|s ?est adresse\w* a\w*|s ?adresse a\w*|"
    r"se dirigio a\w*|se dirige a\w*|iu drejtua|i drejtohet|iu kthye)\b"
)
# A reply's word in a "these words" phrase ("è stata la risposta di", "came the reply from").
_REPLY = re.compile(r"repl|respon|rispost|risposta|respuesta|reponse|repond|antwoord|antwort")
# A preposition and an article in one word: the name after one is no verb's object ("ha dato la
# parola al sindaco X:", "a laissé la parole au maire X :").
_PREPOSITION_ARTICLES = _CONTRACTED_ARTICLES | frozenset(
    "al allo alla ai agli alle all dal dallo dalla dai dagli dalle dall del dello della dei degli delle dell "
    "nel nello nella nei negli nelle sul sullo sulla sui sugli sulle au aux du".split()
)
# Verbs of interviewing and questioning, by their stems: their object gives the answers.
_INTERVIEWS = re.compile(r"interv|entrevist|interrog|befrag|ondervra|interpel")
# The floor given to someone, after their name: "gab X das Wort:", "gaf X het woord:".
_FLOOR = re.compile(r"\s+(?:das wort|het woord|la parola|la parole|the floor|la palabra|fjalen)\b")  # (folded text)
# "Of" words that join a document to its author besides the usual ones (Albanian "të", "e").
_DOCUMENT_OF = frozenset("te e der des".split())
_LETTERS_RUN = re.compile(r"\w+")  # a word, apostrophes apart ("dell’Enel" is two)
# "My", "our" in the languages the engine reads: "my foreman", "mia madre" are someone else.
_FIRST_PERSON_POSSESSIVES = frozenset(
    "my our mon ma mes notre nos mio mia miei mie nostro nostra nostri nostre mein meine meinem meinen meiner "
    "unser unsere unserem unseren unserer mijn onze ons mi mis nuestro nuestra nuestros nuestras im ime jone".split()
)
# "Against" in the languages the engine reads: a headline's "X contro Y:" is X's.
_AGAINST = frozenset("against contro contra contre gegen tegen kunder".split())
# "From" in the languages the engine reads: who a message or a letter comes from.
_FROM = frozenset("from von vom van da dal dalla dallo de del di nga prej".split())
# "and" in the languages the engine reads: it joins a clause that leaves out its verb.
_AND = COMMON_AND | {"dhe"}


@dataclass(frozen=True)
class _Cue:
    speaker: _Speaker
    phrase: str
    complement: bool = False  # the quote is what the verb reports: "Añade que “…”"



class Cues(Subjects):
    """A text read, who its phrases name, and what attributes each of its quoted spans."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self._cue_genders: dict[MarkedSpan, str] = {}
        # Lines of dash dialogue that rule_quotes found to be questions put to the speaker (see
        # _put_to): nobody's the text names, so no candidate's either (candidates.py).
        self.questions_put: set[MarkedSpan] = set()
        # Spans whose cue points at someone the text does not name: a plural verb with no subject
        # ("«…», spiegano in una nota"), a lead-in that describes a group ("Le opposizioni: «…»").
        # Neither the last person nor the previous quote's speaker said them: they wait for an editor.
        self.unnamed_cued: set[MarkedSpan] = set()
        self._full_name_surnames: dict[str, Mention] | None = None  # see full_name_surnames
        self._lower_words: set[str] | None = None  # see written_lower

    def full_name_surnames(self) -> dict[str, Mention]:
        """The folded surname of every person named in full, with the last mention naming them:
        worked out once, since every quote nested in a quote may ask (see _third_party)."""
        if self._full_name_surnames is None:
            self._full_name_surnames = {
                fold(m.name.split()[-1]): m for m in self.mentions if m.kind == PERSON and " " in m.name
            }
        return self._full_name_surnames

    def written_lower(self, word: str) -> bool:
        """Whether the text also writes `word` in lower case: a common word, not (only) a name."""
        if self._lower_words is None:
            self._lower_words = lower_case_words(self.text)
        return word.lower() in self._lower_words

    def cue_gender(self, span: MarkedSpan) -> str:
        """The gender of the pronoun next to a quote in its sentence ("…», ha replicato lei", "Sie
        sagte: „…“"), or "": a speaker of the other gender is not the one it points at."""
        cache = self._cue_genders
        known = cache.get(span)
        if known is not None:
            return known
        profile, folded = self.profile, self.folded
        _, para_start, para_end = self.paragraph_of(span.open_start)
        after_end = min(span.close_end + _CUE_REACH, self.sentence_end(span.close_end), para_end)
        before_start = max(span.open_start - _CUE_REACH, self.sentence_start(span.open_start, para_start))
        gender = ""
        for start, end in ((span.close_end, after_end), (before_start, span.open_start)):
            for word in WORD_RE.finditer(folded, start, end):
                # (the pronoun may be joined to its verb: "confie-t-elle", "dit-il")
                pronoun = word.group().rsplit("-", 1)[-1]
                if pronoun in profile.pronouns and not self.inside_quote(word.start()):
                    gender = profile.pronoun_gender(pronoun)
                    break
            if gender:
                break
        if not gender and profile.participle_gender:
            # or a participle that agrees with its subject right after the quote ("«…», è sbottata")
            opening = _TOKEN.search(folded, span.close_end, after_end)
            if opening is not None and not re.search(r"[.!?]", self.text[span.close_end:opening.start()]):
                gender = self.agreement_gender(opening.start(), after_end)
        cache[span] = gender
        return gender

    def _medium_in_marks(self, span: MarkedSpan, after: int) -> bool:
        """Whether a span after a quote's closing mark (at `after`) is the name of a paper or a
        programme in marks, as a title is written, right after a preposition and a speech verb
        ("ha assicurato al “Resto del Carlino”", "a déclaré à « Nice-Matin »"): part of the tag."""
        words = _TOKEN.findall(self.folded, after, span.open_start)
        if not 2 <= len(words) <= 4 or words[-1] not in _MEDIUM_PREPOSITIONS:
            return False
        if not self.profile.verb_re.search(self.folded, after, span.open_start):
            return False
        content = self.text[span.start:span.end]
        return _looks_like_a_title(content, self.span_words(span), bool(self.profile.noun_suffixes))

    def cue_after(self, span: MarkedSpan, para_end: int) -> _Cue | None:
        """`“…,” said X`, `“…”, X said`, `“…”, tha ai`, `“…” – X`, `«…», a-t-il ajouté`,
        `“…”, according to X`."""
        start = span.close_end
        limit = min(para_end, start + _WINDOW)
        following = bisect.bisect_left(self._span_opens, start)
        while following < len(self._span_opens) and self._span_opens[following] < limit and self._medium_in_marks(
            self.spans[following], start
        ):
            following += 1  # (past a paper's name the words were said to: "ha assicurato al “Resto del Carlino” X")
        if following < len(self._span_opens) and self._span_opens[following] < limit:
            limit = self._span_opens[following]
        if not _WORD_CHAR.search(self.text, start, limit):
            # No verb, no name: marks and punctuation up to the next quote; or the paragraph's end,
            # and the next paragraph opens "With these words X …".
            if limit < para_end:
                return None
            return self._these_words_next_paragraph(para_end)
        window = self.text[start:limit]
        lead = len(window) - len(window.lstrip(" \u00a0\u202f,;:–—-"))
        if limit in self._span_opens_set and window.rstrip(" \u00a0\u202f").endswith(":") and (
            not re.search(r"[,–—-]", window[:lead])
        ) and self.first_stop(start + lead, limit) is None:
            # a new sentence that leads in the next quote ("“…” Hahn entgegnete knapp: “…”"); not
            # when a sentence ends before it ("“…,” said Tom Hale. Hale, who …, added: “…”")
            return None
        if lead == 0 and window[:1].isalnum() and not self.profile.verb_re.match(self.folded, start):
            return None  # the quote runs on into the narrator's sentence (a closing mark typed early is fine)
        stop = self.first_stop(start + lead, limit)
        stop = limit if stop is None else stop
        impersonal = self.profile.impersonal_re.match(self.folded, start + lead)
        if impersonal:  # "„…“, heißt es in dem Papier": the body whose text it is
            # or the person the sentence says wrote or signed it ("si legge nella lettera firmata
            # dall'amministratore delegato X")
            signer = next((m for m in self.mentions_in(impersonal.end(), stop) if m.kind == PERSON), None)
            if signer is not None:
                return _Cue(_Speaker(signer.name, signer.key, signer.kind, EXPLICIT), self.text[start + lead:signer.end])
            author = self.document_author(impersonal.end(), stop)
            if author is not None:
                return _Cue(author, self.text[start + lead:stop].strip())
            body = self._last_body(span.open_start, people=True)
            if body is not None:
                return _Cue(body, self.text[start + lead:impersonal.end()])
        according = self.profile.according_re.match(self.folded, start + lead)
        if according:  # "“…”, according to X", "«…», en palabras del responsable"
            clause_end = self.clause_end(according.end(), stop)
            speaker = self.subject_after(according.end(), clause_end, reach=None)
            if speaker:
                return _Cue(speaker, self.text[start + lead:clause_end].strip())
        # The quote ends its sentence, and the next one opens "Con estas palabras define X …".
        if not self.text[start + lead:stop].strip(" \u00a0") and stop < limit:
            introduced = self._these_words(stop + 1, limit, replies=False)  # ("La replica di X: «…»" leads in the next)
        else:
            # (or after the quote's comma: "«…», così il sindaco X"; inside the marks only a reply's
            # "“…,” came the reply from X", not "“…,” that was the chant that greeted X")
            after_comma = "," in self.text[start:start + lead]
            introduced = self._these_words(start + lead, limit) if self.text[span.end - 1] in ".!?" or after_comma else (
                self._these_words(start + lead, limit, replies_only=True) if self.text[span.end - 1] == "," else None
            )
        if introduced:
            return introduced
        verb = self.profile.verb_re.search(self.folded, start + lead, stop)
        first_word = _TOKEN.match(self.folded, start + lead)
        if first_word and (first_word.group() in self.profile.clause_openers or self._is_and(first_word)):
            verb = None  # "“…,” while Putin said …", "»…« und nannte X …": a new clause, not this quote's cue
        after_verb = _TOKEN.search(self.folded, verb.end(), stop) if verb else None
        if after_verb and after_verb.group() in self.profile.complementizers and after_verb.start() - verb.end() <= 2:
            verb = None  # "“…”, adding that …": the verb reports what comes next
        if verb and " ".join(verb.group().split()) in self.profile.quoting_verbs:
            quoted = self._quoted_person(verb.end(), stop)
            if quoted:
                return _Cue(quoted, self.text[start + lead:stop].strip())
        if verb and self.text[span.end - 1] in ".!?" and self.text[start + lead:start + lead + 1].isupper() and (
            len(_TOKEN.findall(self.folded, verb.end(), stop)) > _NEW_SENTENCE_OBJECT
        ):
            # A new sentence after the quote's own full stop, whose verb reports something of its
            # own: "“… niet meer.” Minister Vos zegt de zorgen te horen." is no cue for the quote.
            verb = None
        if verb and self.text[span.end - 1] in ".!?" and self.text[start + lead:start + lead + 1].isupper() and (
            self._woven_in(span)
        ):
            # A phrase woven into the narrator's sentence that the full stop inside its marks ends:
            # the next sentence is someone else's ("Brennan said the plan was “a disaster.” Council
            # leader Peter Hogan said …").
            verb = None
        if verb and self._words_to_verb(start + lead, verb.start()) <= 6:
            speaker = (
                self.subject_before(start + lead, verb.start()) or self._held_pronoun(span, verb)
                or self._body_after_verb(verb, stop) or self.subject_after_verb(verb, stop, limit=stop)
            )
            if speaker is None:
                speaker = self._described_after_verb(verb, stop)
            if speaker is None and self._described_nobody(start + lead, verb, stop):
                self.unnamed_cued.add(span)  # ("“…,” one reporter asked": someone new, not the last person)
            elif speaker is None:
                speaker = self.implicit_subject(span.open_start, verb) or self._introduced_after_cue(span, stop, para_end)
            if self._someone_unnamed(speaker, verb, none_too=True):
                self.unnamed_cued.add(span)  # (a group speaks, whom the text does not name: "«…», spiegano in una nota")
                speaker = None
            if speaker:
                return _Cue(speaker, self.text[start + lead:stop].strip())
        dash = self.text[start:start + lead]
        if lead and _DASH_CREDIT.fullmatch(dash):
            mentions = self.mentions_in(start + lead, stop)
            if mentions and mentions[0].start == start + lead:
                m = mentions[0]
                return _Cue(_Speaker(m.name, m.key, m.kind, EXPLICIT), self.text[start:m.end].strip())
        if verb is None and "," in dash:
            return self._inverted_after_comma(start + lead, stop)
        return None

    def _woven_in(self, span: MarkedSpan) -> bool:
        """Whether the narrator's sentence runs into the span's opening mark with a word of its
        own ("said the plan was “…"), not after a colon, a comma or a sentence's end."""
        _, para_start, _ = self.paragraph_of(span.open_start)
        before = self.text[para_start:span.open_start].rstrip(" \u00a0\t")
        return bool(before) and before[-1].isalpha()

    def _held_pronoun(self, span: MarkedSpan, verb: re.Match) -> _Speaker | None:
        """The one a subject pronoun right after the verb stands for ("sagte er der
        Nachrichtenagentur dpa", "tha ai për Televizionin Klan"): the medium after it is whom the
        words were said to, not their speaker."""
        held = next((item for item in self.references_in(verb.start(), verb.end()) if item.is_pronoun), None)
        if held is not None:  # (the verb's phrase may hold it: "sagte er")
            return self.resolve(held, verb.end())
        after = _NEXT_PLAIN_WORD.match(self.folded, verb.end())
        # (or joined to it or its auxiliary: "a-t-elle affirmé à l'issue du Conseil des ministres")
        joined = [word for word in re.split(r"[\s\-]+", verb.group()) if word in self.profile.pronouns]
        if (after is None or after.group(1) not in self.profile.pronouns) and not joined:
            return None
        return self.implicit_subject(span.open_start, verb)

    def _introduced_after_cue(self, span: MarkedSpan, stop: int, para_end: int) -> _Speaker | None:
        """Who a cue with no one to point back to ("“…,” she said." at a story's start) stands for:
        the person the next sentence opens by introducing with an age or a role ("Jane Roe, 34,
        lost her home"), the feature writer's way of saying who spoke, if of the cue's gender."""
        rest = self.text[stop:para_end]
        opening = stop + len(rest) - len(rest.lstrip(" \u00a0.!?"))
        if opening >= para_end or not self.text[opening].isupper():
            return None
        found = _opening_person(self, opening, para_end)
        if found is None:
            return None
        person, titled = found
        gender = self.cue_gender(span)
        if not (titled or _INTRODUCED.match(self.text, person.end)) or self.other_gender(person.name, gender):
            return None
        return _Speaker(person.name, person.key, person.kind, PRONOUN if gender else IMPLICIT)

    def _apposed_after(self, end: int, stop: int) -> Mention | None:
        """The person named in apposition right after a noun, set off by a comma, with or without
        a title of their own ("il difensore, l'avvocato Luigi Russo"), else None."""
        if self.text[end:end + 1] != ",":
            return None
        person = next(iter(self.mentions_in(end, min(stop + 80, end + 60))), None)
        if person is None or person.kind != PERSON:
            return None
        lead = self.text[end + 1:person.start].split()
        after = self.text[person.end:person.end + 1]
        if after not in ("", ",", ".", ";", " ", "\n") or (lead and not self._title_phrase(lead)) or len(lead) > 4:
            return None
        if any(re.split("['’]", fold(word))[0] in self.profile.of_words for word in lead):
            return None  # (whose adviser the speaker is: "le fonctionnaire, conseiller du ministre Jean Dupont")
        return person

    def _described_after_verb(self, verb: re.Match, stop: int) -> _Speaker | None:
        """The person a definite noun phrase after the verb describes, where the text gave them
        that noun beside their name ("Yanis Benali, le buteur du jour, …" … "«…», a reconnu le
        buteur"), though the noun is no role the language's list knows; else None."""
        words = list(_TOKEN.finditer(self.folded, verb.end(), min(stop, verb.end() + 40)))[:3]
        if len(words) < 2 or words[0].group() not in self.profile.determiners or words[0].group() in self.profile.indefinite_articles:
            return None
        nouns = []
        for previous, word in zip(words, words[1:]):
            if not (self.text[word.start()].islower() or self.profile.noun_suffixes and self._unlisted_noun(word)) or (
                word.group() in self.profile.not_names or self.profile.verb_re.fullmatch(word.group())
                # (the phrase ends at a comma or where a clause opens: "afirmó el gallego, que reclamó")
                or self.text[previous.end():word.start()].strip() or word.group() in self.profile.complementizers
                or word.group() in self.profile.relative_pronouns
            ):
                break
            nouns.append(word)
        if not nouns:
            return None
        apposed = self._apposed_after(nouns[-1].end(), stop)
        if apposed is not None:  # ("spiega il difensore, l'avvocato Luigi Russo.")
            return _Speaker(apposed.name, apposed.key, apposed.kind, EXPLICIT)
        person = self._person_described_by(" ".join(noun.group() for noun in nouns), nouns[-1].group(), verb.start(), definite=True)
        if person is not None:
            return _Speaker(person.name, person.key, person.kind, DESCRIPTION)
        head = nouns[-1]
        introduced = self._introduced_before(head.group(), verb.start(), stop) or self._unlisted_introduced(head.group(), verb.start())
        if introduced is not None:  # ("A paramedic who … said … “…”, the paramedic said")
            return _Speaker(introduced.name, None, PERSON, DESCRIPTION)
        gender = self.profile.description_gender(words[0].group(), head.group())
        if not gender or self.profile.is_role(head.group()) or self.profile.is_organization(head.group()):
            return None  # (a doer's noun of no gender may describe the last person: "zei de coureur")
        # a doer with no one of its gender talked about before: someone new ("«…», sagte die
        # Rentnerin aus Unterhaching" after the mayor), where the verb alone would give the mayor
        antecedent = self.antecedent(verb.start(), gender)
        if (antecedent is None or self.other_gender(antecedent.name, gender)) and head.group().split("-")[0].endswith(DOER_ENDINGS):
            return _Speaker(self._with_complement(head.start(), stop), None, PERSON, DESCRIPTION)
        return None

    def _body_after_verb(self, verb: re.Match, stop: int) -> _Speaker | None:
        """A body the text calls by its name with an article, right after the verb ("«…», afferma
        la Coldiretti", "criticó el PSOE", "a salué le Medef"): no person, whom the lists would
        know, nor a surname the text gives someone in full ("ha replicato la Ferretti")."""
        found = _ARTICLE_AND_NAME.match(self.text, verb.end(), stop) if self.profile.articles_before_bodies else None
        if found is None or fold(found.group(1)) not in self.profile.determiners and fold(found.group(1)) not in ("l", "d"):
            return None
        name = found.group(2)
        if found.group(3) and fold(found.group(3)) not in self.profile.not_names:
            return None  # (a noun it qualifies: "a prévenu la Première ministre")
        folded = fold(name)
        if folded in self.profile.not_names or self.profile.is_role(folded) or folded in self.full_name_surnames():
            return None
        if self.mentions_in(found.start(2), found.end(2) + 1):
            return None  # (a name the mentions know, whoever it is)
        return _Speaker(name, None, ORGANIZATION, EXPLICIT)

    def _described_nobody(self, start: int, verb: re.Match, stop: int) -> bool:
        """Whether the verb after a quote has a subject of its own that names nobody the text knows
        ("“…?” one reporter asked", "«…?», ha chiesto una giornalista"): then the words are not the
        last person's, as a verb without a subject would make them."""
        indefinite = self.profile.indefinite_articles  # (a definite one points back: "lamentó el sindicalista")
        before = _TOKEN.findall(self.folded, start, verb.start())
        after = _TOKEN.search(self.folded, verb.end(), stop)
        return bool(before and before[0] in indefinite) or bool(
            after and after.group() in indefinite and after.start() - verb.end() <= 2
        )

    def _inverted_after_comma(self, start: int, stop: int) -> _Cue | None:
        """`“…”, wierp fractieleider Rob Jetten tegen`, `«…», sorride amaro Marco Tedeschi`: a verb
        the lists do not know, right after the quote's comma, with a person as its inverted
        subject (a title or an adverb may stand between)."""
        words = list(_TOKEN.finditer(self.folded, start, min(stop, start + 80)))
        if not words or not self.text[words[0].start()].islower():
            return None
        profile = self.profile
        if len(words) > 2 and words[0].group() in profile.auxiliaries and profile.past_participle and re.fullmatch(
            profile.past_participle, self.text[words[1].start():words[1].end()]
        ):
            words = words[1:]  # (a compound tense: "«…», a relativisé Noah Berthoud", "ha minimizzato X")
        first = words[0].group()
        if first in profile.not_names or first in profile.clause_openers or first in profile.complementizers or (
            first in profile.pronouns or first in profile.determiners or first.endswith(profile.participle_endings or ("\0",))
            or profile.is_role(first)  # (a role opens the next clause's subject: "‘…’, directeur Bakker van ‘…’")
        ):
            return None
        for mention in self.mentions_in(words[0].end(), stop):
            between = _TOKEN.findall(self.folded, words[0].end(), mention.start)
            if len(between) > 2 or any(w in profile.not_names or w in profile.determiners for w in between[:-1]):
                return None
            if any(w in profile.complementizers or w in profile.relative_pronouns for w in between):
                return None  # "”, duke shtuar se lideri kinez …": the clause it reports has its own subject
            if mention.kind != PERSON or mention.by_role or addressed(self.folded, mention.start, start):
                return None  # (nor the one asked: "«…?», chiediamo ad Anna Moretti")
            return _Cue(_Speaker(mention.name, mention.key, mention.kind, EXPLICIT), self.text[start:mention.end].strip())
        return None

    def document_author(self, start: int, stop: int) -> _Speaker | None:
        """Whose text an impersonal report quotes, where the phrase after it gives the document's
        "of" ("hieß es in einer Mitteilung der Stadtwerke", "thuhet në një njoftim të policisë",
        "si legge in una nota dell'Enel"): the body or bodies it names, as written."""
        words = list(_LETTERS_RUN.finditer(self.folded, start, min(stop, start + 120)))  # ("dell’Enel": two words)
        of = next((n for n, word in enumerate(words[:6]) if n >= 2 and word.group() in self.profile.of_words | _DOCUMENT_OF), None)
        if of is None:
            return None
        rest = [word for word in words[of + 1:] if word.group() not in self.profile.determiners] or words[of + 1:]
        if not rest or len(words) - of - 1 > 5:
            return None
        mention = next(iter(self.mentions_in(rest[0].start(), stop)), None)
        if mention is not None and mention.kind == PERSON:
            return None  # (the signer's, which the caller reads)
        return _Speaker(self.text[rest[0].start():words[-1].end()], None, ORGANIZATION, EXPLICIT)

    def _last_body(self, pos: int, people: bool = False) -> _Speaker | None:
        """The organisation named or described last before `pos` ("der Verband", "the ministry"),
        outside quotes, in its paragraph or the two before it. With `people`, none named before a
        person the narrator names after it, whose text the words may be as well ("Op basisschool
        X … Directeur Y heeft de ouders per brief geïnformeerd. ‘…’ staat in die brief.")."""
        number, _, _ = self.paragraph_of(pos)
        floor = self.paragraphs[max(0, number - 2)][0]
        for reference in reversed(self.references_in(floor, pos)):
            if self.inside_quote(reference.start):
                continue
            if people and reference.mention is not None and reference.mention.kind == PERSON:
                return None
            if people and PLACE_OR_MEDIUM.search(self.folded, max(0, reference.start - 12), reference.start):
                continue  # (where something happened: "nuk foli për mediat në Bruksel")
            if reference.mention is not None and reference.mention.kind == ORGANIZATION:
                m = reference.mention
                return _Speaker(m.name, m.key, m.kind, DESCRIPTION)
            if reference.noun is not None and self.profile.is_organization(reference.noun.group()) and (
                reference.noun.group() not in self.profile.document_nouns
            ):
                described = self.describe(reference.noun, pos)
                if described is not None and described.kind == ORGANIZATION:
                    return described
        return None

    def _these_words_next_paragraph(self, para_end: int) -> _Cue | None:
        number, _, _ = self.paragraph_of(para_end)
        following = number + 1 if self.paragraphs[number][1] <= para_end else number
        if following >= len(self.paragraphs):
            return None
        next_start, next_end = self.paragraphs[following]
        return self._these_words(next_start, next_end)

    def _these_words(self, start: int, limit: int, *, replies: bool = True, replies_only: bool = False) -> _Cue | None:
        """The person named within a few words of a sentence that opens "With these words …"
        (text[start:limit]), right after the quote's own sentence; a reply's words ("la risposta di
        X") only if `replies`, and only they if `replies_only`."""
        head = self.folded[start:limit]
        opening = self.profile.these_words_re.match(self.folded, start + len(head) - len(head.lstrip()))
        if not opening or (not replies and _REPLY.search(opening.group())) or (replies_only and not _REPLY.search(opening.group())):
            return None
        for mention in self.mentions_in(opening.end(), limit):
            between = self.text[opening.end():mention.start].lstrip(" ,\u00a0")  # "With these words, X …"
            if len(between.split()) > 4 or "," in between:
                break
            words = [fold(word) for word in between.split() if word[:1].islower()]
            if any(word not in self.profile.determiners for word in words) and words[-1].rstrip("'’") not in self.profile.of_words:
                break  # ("That was the account of X", not "That was not enough for Mr Talbot")
            if mention.kind == PERSON:
                return _Cue(_Speaker(mention.name, mention.key, mention.kind, EXPLICIT), self.text[start:mention.end].strip())
        # Else the sentence's subject, after its verb ("Con esas palabras abrió su turno el
        # portavoz de X, Ana Ruiz"): its first phrase that names someone, not one spoken to.
        stop = min(limit, self.sentence_end(opening.end()))
        for reference in self.references_in(opening.end(), stop):
            if len(self.folded[opening.end():reference.start].split()) > 8:
                return None
            if addressed(self.folded, reference.start, opening.end()):
                continue
            before = _TOKEN.findall(self.folded, opening.end(), reference.start)[-1:]
            if before and before[0] in self.profile.not_names and before[0] not in self.profile.determiners:
                return None  # a phrase after a preposition is not the subject ("not enough for Mr Talbot")
            speaker = self.resolve(reference, stop)
            if speaker is not None and speaker.kind == PERSON:
                return _Cue(speaker, self.text[start:reference.end].strip())
            return None
        return None

    def _words_to_verb(self, start: int, verb: int) -> int:
        """Words from a cue's start to its verb, not counting an apposition set off by commas after
        a name there (`”, Susie Hammond, the wife of …, told …`)."""
        mention = self.mention_at(start)
        if mention is None:  # (past a title: "”, Dr Priya Nair, the hospital's medical director, told")
            mention = next(iter(self.mentions_in(start, min(verb, start + 40))), None)
            if mention is not None and not all(self._title_word(word) for word in _TOKEN.findall(self.folded, start, mention.start)):
                mention = None
        if mention is not None and mention.kind == PERSON and self.text[mention.end:mention.end + 1] == ",":
            close = self.text.rfind(",", mention.end + 1, verb)  # (past every aside: "Sen. X, R-Ohio, who chairs …, said")
            if close != -1:
                return len(self.folded[start:mention.end].split()) + len(self.folded[close + 1:verb].split())
        # A name set off by commas right before the verb is an apposition: "a spokeswoman for the
        # ministry, Anna Berg, said".
        head = self.text[start:verb].rstrip(" \u00a0")
        if head.endswith(","):
            opening = head.rfind(",", 0, len(head) - 1)
            names = self.mentions_in(start + opening + 1, start + len(head)) if opening != -1 else ()
            if names and names[0].kind == PERSON and not self.text[start + opening + 1:names[0].start].strip():
                return len(self.folded[start:start + opening].split())
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

    def _heard(self, start: int, end: int) -> _Cue | None:
        """Words someone heard another say, right before the quote ("a raconté avoir entendu la
        jeune femme crier « … »", "he heard her shout “…”", "hörte die Frau rufen: „…“"): the
        one heard's, not the hearer's. The one heard is a person named there, a pronoun's
        antecedent, or the noun phrase itself (someone the text does not name)."""
        window = self.folded[start:end]
        if not any(verb in window for verb in self.profile.perception_verbs):
            return None
        tokens = list(_TOKEN.finditer(self.folded, start, end))
        at = next((i for i in range(len(tokens) - 1, -1, -1) if tokens[i].group() in self.profile.perception_verbs), None)
        if at is None:
            return None
        heard = tokens[at + 1:]
        if not 2 <= len(heard) <= 4 or re.search(r"[.;!?\"“”«»„]", self.text[tokens[at].end():end]):
            return None
        if any(
            word.group() in self.profile.auxiliaries or word.group() in self.profile.complementizers for word in heard
        ):
            return None  # (a clause, what was heard of: "hearing the report could come “today,”")
        phrase = self.text[tokens[at].start():end].strip(" \u00a0:,")
        person = next((m for m in self.mentions_in(tokens[at].end(), end) if m.kind == PERSON), None)
        if person is not None:
            return _Cue(_Speaker(person.name, person.key, person.kind, EXPLICIT), phrase)
        first = heard[0].group()
        if first in self.profile.pronouns:
            # (a pronoun that says whom: "hörte sie rufen"; English "her" is a possessive too)
            gender = self.profile.pronoun_gender(first)
            antecedent = self.antecedent(tokens[at].start(), gender) if gender else None
            if antecedent is None:
                return None
            return _Cue(_Speaker(antecedent.name, antecedent.key, antecedent.kind, PRONOUN), phrase)
        if first not in self.profile.determiners or len(heard) < 3:
            return None
        return _Cue(_Speaker(self.text[heard[0].start():heard[-2].end()], None, PERSON, DESCRIPTION), phrase)

    def cue_before(self, span: MarkedSpan, para_start: int) -> tuple[_Cue | None, bool]:
        """`X said: “…”`, `X said that “…”`, `according to X, “…”`, a headline `X: “…”`.

        Returns the cue and whether the quote is built into the narrator's sentence.
        """
        end = span.open_start
        if end == para_start:
            return None, False
        start = self.sentence_start(end, max(para_start, end - _SENTENCE_REACH))
        previous = self._outer_before(end)
        if previous is not None and previous.close_end >= start and not self.text[previous.close_end:end].strip() and (
            self.text[previous.start:previous.end].rstrip()[-1:] in (".", "!", "?")
        ):
            # A quote right after a quoted sentence that a lead-in brought ("X sagte: „A.“ „B“,
            # hieß es …"): that lead-in was the first quote's, not this one's.
            return None, False
        window = self.text[start:end]
        embedded = bool(window.strip(" \u00a0\u202f:–—-\t"))
        heard = self._heard(start, end)
        if heard is not None:
            return heard, embedded
        lead_in = window.rstrip().endswith(":")
        if not lead_in and not self.narrator_words_in(start, end):
            return None, embedded  # no verb and no "according to" outside the quotes
        opening, clause = self._according_at_start(start, end), start
        if opening is None:
            # or at the start of a clause that "while" sets after a comma: "…, mentre per il
            # capogruppo dei Verdi, Marco Zanon, è «…»"
            openers = [word for word in _TOKEN.finditer(self.folded, start, end)
                       if word.group() in self.profile.clause_openers and not self.inside_quote(word.start())]
            if openers and self.text[start:openers[-1].start()].rstrip().endswith(","):
                clause = openers[-1].end()
                opening = self._according_at_start(clause, end)
        if opening is not None and not self._attributive(span) and not self._clause_of_its_own(clause, end):
            return _Cue(opening, self.text[clause:end].strip()), embedded
        if lead_in:
            # "In einer Mitteilung der Stadtwerke hieß es:", "Në njoftim thuhet:": the text's author
            impersonal = next((m for m in self.profile.impersonal_re.finditer(self.folded, start, end) if not self.inside_quote(m.start())), None)
            body = impersonal and (self.document_author(start, impersonal.start()) or self.document_author(impersonal.end(), end - 1))
            if body:
                return _Cue(body, self.text[start:end].strip(" :\u00a0")), embedded
        verbs = [
            v for v in self.profile.verb_re.finditer(self.folded, start, end)
            if not self.inside_quote(v.start()) and not (lead_in and self._in_relative_aside(v, end))
        ]
        according = [a for a in self.profile.according_re.finditer(self.folded, start, end) if not self.inside_quote(a.start())]
        if according:
            clause_end = self.clause_end(according[-1].end(), end)
            speaker = self.subject_after(according[-1].end(), clause_end, reach=None)
            if speaker and verbs and verbs[-1].start() > clause_end:
                # "Según Montoya, la alcaldesa les dijo: “…”": the one it reports said the words.
                reported = self.subject_before(clause_end, verbs[-1].start())
                if reported is not None and reported.name != speaker.name:
                    return _Cue(reported, self.text[clause_end:end].strip(" ,:\u00a0")), embedded
            if speaker:
                return _Cue(speaker, self.text[according[-1].start():clause_end].strip()), embedded
        if verbs:
            verb = verbs[-1]
            complement = self._reports(verb, end)
            if len(verbs) > 1 and self.participle(verb.start()) and "," in self.text[verbs[-2].end():verb.start()]:
                # "«…», confie-t-elle, ajoutant qu'«…»": a participle's subject is the verb's before it.
                verb = verbs[-2]
            if verb is verbs[-1] and " ".join(verb.group().split()) in self.profile.quoting_verbs and (
                self.text[max(0, verb.start() - 2):verb.start()].strip() != ","  # (not "Bay, cité parmi …, expliquant")
            ):
                # "Il sindaco ha citato il prefetto Esposito: «…»": the words of the one quoted
                quoted = self.quoted_right_after(verb.end(), end)
                if quoted:
                    return _Cue(quoted, self.text[start:end].strip(" :\u00a0"), complement), embedded
            # (a verb of acting on someone before a colon: "Ha poi attaccato l'assessore Fontana:"
            # is the one talked about before; after a quote the name is its subject)
            acts = window.rstrip().endswith(":") and self._acts_on_object(verb) and not self.subject_before(start, verb.start())
            speaker = None if acts else self.verb_subject(start, verb, end)
            if speaker is None and (complement or window.rstrip().endswith(":")):
                # (the one talked about before the verb, not someone its clause names: "In
                # consiglio ha detto che il presidente X «…»")
                speaker = self.implicit_subject(verb.start(), verb)
            if self._someone_unnamed(speaker, verb, none_too=complement or window.rstrip().endswith(":")):
                self.unnamed_cued.add(span)  # ("Ils ont déclaré : «…»": a group the text does not name)
                speaker = None
            if speaker:
                return _Cue(speaker, self.text[start:end].strip(" :\u00a0"), complement), embedded
        if lead_in:
            # "Voca: “…”" or "Er verlangte:" — a name (or pronoun) right before the colon.
            colon = start + len(window.rstrip()) - 1
            found = [
                item for item in self.references_in(start, colon)
                if not self._place_or_dateline(item, start)
                and not self.spoken_to(item.start, start)
                # (nor a plural pronoun, a group's, when someone else is named after it: "Ils
                # iront à Brest pour un match que Stéphane Moreau aborde sans détour :")
                and not (item.is_pronoun and self.folded[item.start:item.end] in self.profile.plural_pronouns and any(
                    m.kind == PERSON for m in self.mentions_in(item.end, colon)
                ))
                # (nor a place that qualifies a noun, "un vecchio operaio di Taranto:", or a body
                # a role is of, "il fondatore di Azione Civica"; but a study's author speaks)
                and not (item.mention is not None and item.mention.kind == ORGANIZATION and self._of_complement(item.start) and (
                    is_city(fold(item.mention.name)) or is_country(fold(item.mention.name)) or self._role_of(item.start)
                ))
            ]
            people = [
                item for item in found
                if not (item.mention is not None and item.mention.kind == ORGANIZATION)
                and not (item.noun is not None and not self.profile.is_role(item.noun.group()))
                and not (item.is_pronoun and self._of_complement(item.start))
            ]  # (not "la società", "una breve dichiarazione": what the person thanked or read; nor
            # "Prima di lei era intervenuto X")
            near = [item for item in found if item.start >= colon - 60]
            near_people = [item for item in near if item in people]
            # The person named last before the colon; else the sentence's person further back, who
            # the words after it describe ("Diverso il tono di X, 61 anni, titolare della palestra di
            # via Roma:"), before a body named near it.
            chosen = near_people[-1] if near_people else people[0] if people else near[-1] if near else None
            newcomer = self._opening_newcomer(start, colon)
            if newcomer is not None and (chosen is None or chosen.mention is None) and not any(
                item.mention is not None and item.mention.kind == PERSON for item in found
            ):  # (not past a name in apposition: "One stallholder, Priya Shah, shook her head:")
                # Someone new the sentence opens with, whatever they do before the colon ("Eine
                # Anwohnerin schüttelte den Kopf:", "À côté d'elle, un commerçant hausse les épaules :")
                return _Cue(_Speaker(newcomer.name, None, PERSON, DESCRIPTION), self.text[start:colon + 1].strip()), False
            if chosen is not None and chosen.noun is not None:
                # a role in apposition is the name's before it ("Marco Verdi, presidente dell'Anci, non usa mezzi termini:")
                named = [item for item in people if item.mention is not None and item.end <= chosen.start
                         and _APPOSITION_GAP.fullmatch(self.text, item.end, chosen.start)
                         and not self.in_fronted_topic(start, item)]
                chosen = named[-1] if named else chosen
            if chosen is not None and found and found[0].is_pronoun and not _TOKEN.findall(self.folded, start, found[0].start):
                # A sentence that opens with its subject pronoun: the speaker, not a person its
                # complement names ("Il a pris la défense de sa ministre déléguée : « … »").
                chosen = found[0]
            opening = next((item for item in people if item.mention is not None and item.mention.kind == PERSON), None)
            if chosen is not None and opening is not None and chosen.start > opening.end and self._subject_then_object(start, opening, chosen):
                # A sentence that opens with a named subject, whom it has turn to someone: the
                # subject ("Judge Helen Carr turned to the defendant, Mark Ruhl:").
                chosen = opening
            if chosen is not None and self.profile.object_verbs and self.profile.drops_subjects:
                acting = self._object_verb_before(start, chosen.start)
                if acting is not None:
                    # (the one thanked or attacked, where the subject is dropped: "Poi ha
                    # ringraziato il loro dirigente, Luca Neri:" is the one talked about before)
                    speaker = self.implicit_subject(start, acting)
                    return (_Cue(speaker, self.text[start:colon + 1].strip()) if speaker else None), False
            if chosen is not None and chosen.mention is not None and chosen.mention.kind == PERSON:
                # Someone's relation before the colon is not that someone ("La madre di Giulia
                # Ferri: «…»", "La difesa di Bruni:", "The mother of Jane Miller:").
                phrase = self.text.rfind(",", start, chosen.start) + 1 or start
                while phrase < chosen.start and self.text[phrase].isspace():
                    phrase += 1
                related = self._related_to(phrase, chosen.mention)
                if related is not None:
                    return _Cue(related, self.text[start:colon + 1].strip()), False
            # (with no verb, a German noun may be a thing as well as a person: "Sein Fazit:")
            speaker = self.resolve(chosen, colon) if chosen is not None else self._unlisted_noun_subject(start, colon, capitals=False)
            if speaker is None and chosen is None:
                body = self.body_subject(colon)  # ("L'Unione degli universitari ha affidato la risposta a un post:")
                speaker = _Speaker(body, None, ORGANIZATION, EXPLICIT) if body is not None else None
            if speaker:
                return _Cue(speaker, self.text[start:colon + 1].strip()), False
        return None, embedded

    def _someone_unnamed(self, speaker: _Speaker | None, verb: re.Match, none_too: bool = False) -> bool:
        """Whether a speech verb gives its quote to someone the text does not name rather than to
        the speaker the rules found for it: a verb in the plural, a group's, rather than one person
        found through a pronoun, a description or the last person talked about, or the document it
        was said in ("«…», ont-ils affirmé dans un communiqué"); with `none_too`, also when they
        found no one, or the verb's dropped subject told the one telling it ("Un día me dijo:")."""
        if self.profile.indefinite_pronouns and self._indefinite_pronoun_subject(verb):
            return True  # ("«…», souligne-t-on rue de Grenelle": someone of a body, whom the text does not name)
        if speaker is None:
            # (the callers have asked implicit_subject already: a verb told to the teller found no one)
            return none_too and (self.plural_subject(verb) or self._told_me(verb))
        if speaker.kind == ORGANIZATION and speaker.how == IMPLICIT:
            return True  # (a body's dropped subject, "Transportes del Sur lamentó … «…», añadió": not the last person named)
        words = fold(speaker.name).split()
        if speaker.how == EXPLICIT or not words or not (
            speaker.kind == PERSON or words[-1] in self.profile.document_nouns or words[0] in self.profile.indefinite_articles
        ):
            return False
        return self.plural_subject(verb)

    def _object_verb_before(self, start: int, pos: int) -> re.Match | None:
        """The verb of the language's object_verbs in text[start:pos] whose object the phrase at
        `pos` is, in a clause with no subject before the verb; else None."""
        words = list(_TOKEN.finditer(self.folded, start, pos))
        acting = next((word for word in reversed(words) if word.group() in self.profile.object_verbs), None)
        if acting is None or self.profile.verb_re.search(self.folded, acting.end(), pos):
            return None
        if any(item.mention is not None or item.is_pronoun or item.noun is not None for item in self.references_in(start, acting.start())):
            return None  # (a subject of its own: "Il pm Bianchi ha ringraziato X:")
        return acting

    def _indefinite_pronoun_subject(self, verb: re.Match) -> bool:
        """Whether the speech verb's subject is an indefinite pronoun, inverted after it or right
        before it ("souligne-t-on", "fait-on valoir", "on assure"): no one the text names."""
        if any(word in self.profile.indefinite_pronouns for word in re.split(r"[\s\-]+", verb.group())):
            return True  # (the verb's phrase holds it: "fait-on valoir")
        after = _INVERTED_PRONOUN.match(self.folded, verb.end())
        if after is not None and after.group(1) in self.profile.indefinite_pronouns:
            return True
        before = _LAST_WORD.search(self.folded, max(0, verb.start() - 12), verb.start())
        return before is not None and before.group(1) in self.profile.indefinite_pronouns

    def _in_relative_aside(self, verb: re.Match, end: int) -> bool:
        """Whether a verb stands in a relative clause set off by commas before `end` ("Un soldato,
        che chiede l'anonimato, descrive il fronte:"): it tells of the subject, it does not bring
        the quote."""
        relative = _ASIDE_RELATIVE.search(self.folded, max(0, verb.start() - 30), verb.start())
        return relative is not None and relative.group(1) in RELATIVES_AFTER_PERSON and "," in self.text[verb.end():end]

    def _opening_newcomer(self, start: int, end: int) -> Mention | None:
        """An indefinite description of someone the sentence text[start:end] opens with, as its
        subject, past a short phrase set off by a comma ("Sur le parking, une retraitée …"): a
        role ("Un diplomate européen"), or a noun that names a doer ("Eine Anwohnerin")."""
        clauses = [start]
        comma = self.text.find(",", start, end)
        if comma != -1 and len(_TOKEN.findall(self.folded, start, comma)) <= 5:
            clauses.append(comma + 1)
        for clause in clauses:
            clause += len(self.text[clause:end]) - len(self.text[clause:end].lstrip())
            found = self._newcomer_subject(clause, end) or self._unlisted_newcomer(clause, end)
            # (with a predicate of its own after it, not an adverb's "un brin agacé :")
            if found is not None and found.start < clause + 40 and len(_TOKEN.findall(self.folded, found.end, end)) >= 2:
                return found
        return None

    def body_opens_sentence(self, span: MarkedSpan, para_start: int) -> bool:
        """Whether the narrator's sentence around a woven quote opens with a body as its subject and
        reports no speech ("Le gouvernement mise sur son « … »", "Los sindicatos llevan meses
        contra la «…»"): the words are what that body calls something, not the previous speaker's
        going on."""
        start = self.sentence_start(span.open_start, para_start)
        if self.profile.verb_re.search(self.folded, start, span.open_start):
            return False  # (a body whose speech verb the sentence has speaks itself: "El Ministerio … advirtió de que «…»")
        words = _TOKEN.findall(self.folded, start, span.open_start)
        if len(words) > 2 and words[0] in self.profile.determiners and any(
            self.profile.is_organization(words[1][:-len(ending)]) for ending in ("s", "es") if words[1].endswith(ending)
        ):
            return True  # (bodies of a kind: "Los sindicatos critican la «…»")
        first = next(iter(self.references_in(start, span.open_start)), None)
        if first is None or any(
            word not in self.profile.determiners for word in _TOKEN.findall(self.folded, start, first.start)
        ):
            return False
        if first.mention is not None:
            # (not a country, which may stand for its government, whose speaker goes on: "Polen
            # erwarte ein Enddatum, und zwar „…“")
            name = fold(first.mention.name)
            return first.mention.kind == ORGANIZATION and not (is_city(name) or is_country(name))
        return first.noun is not None and self.profile.is_organization(first.noun.group())

    def _outer_before(self, pos: int) -> MarkedSpan | None:
        """The last outermost quote that closes before `pos`, or None."""
        number = bisect.bisect_left(self._outer_starts, pos) - 1
        while number >= 0 and self._outer_spans[number].close_end > pos:
            number -= 1
        return self._outer_spans[number] if number >= 0 else None

    def _role_of(self, pos: int) -> bool:
        """Whether a role noun stands right before the "of" word before `pos` ("il fondatore di")."""
        words = re.split(r"[\s'’]+", self.folded[max(0, pos - 40):pos].strip())
        return len(words) >= 2 and self.profile.is_role(words[-2])

    def verb_subject(self, start: int, verb: re.Match, end: int) -> _Speaker | None:
        """The subject of a speech verb in the narrator's clause text[start:end]: a passive's agent,
        a subject the verb's phrase holds or has right after it ("sagte er", "In Güstrow sagte
        X"), the one before it, or one coordinated with or inverted after it."""
        held = next((item for item in self.references_in(verb.start(), verb.end()) if item.is_pronoun), None)
        return (
            (self.resolve(held, verb.end()) if held is not None else None)
            or self._passive_agent(verb, end) or self._gapped_subject(verb, end) or self._subject_in_second_place(start, verb)
            or self.subject_before(start, verb.start())
            or self._coordinated_subject(start, verb, end) or self.subject_after_verb(verb, end)
        )

    def _subject_then_object(self, start: int, subject, other) -> bool:
        """Whether the clause opens with `subject` (past its title) and names `other` after a word
        of its own, not from someone ("read a letter from Jane Roe:") nor in apposition."""
        def plain(word: str) -> bool:
            word = re.split("['’]", word)[-1] if re.match(r"\w{1,2}['’]", word) else word  # ("l'allenatore")
            return word in self.profile.determiners or self._title_word(word) or self.profile.is_role(word)
        # (past a phrase set off before it: "Dopo la sconfitta, l'allenatore X ha difeso Y:"; or
        # a short adverbial with no verb: "A un certo punto X ha interrotto Y:")
        opening = _TOKEN.findall(self.folded, self.text.rfind(",", start, subject.start) + 1 or start, subject.start)
        if not all(plain(word) for word in opening) and not (
            len(opening) <= 5 and opening[0] in self.profile.not_names and not self.profile.verb_re.search(self.folded, start, subject.start)
            and not self.references_in(start, subject.start)
        ):
            return False
        between = _TOKEN.findall(self.folded, subject.end, other.start)
        if not between:
            return False  # (two names with only a mark between them: "Anna Berg / Tom Hale:")
        if [word for word in between if not plain(word)] == [between[0]] and between[0] in _AGAINST:
            return True  # a headline's "Ruiz, contra Morales:", "Conforti contro Greco:"
        if self.text[subject.end:subject.end + 2].lstrip(" \u00a0").startswith((",", ":", "(")):
            return False  # (a topic or an apposition after it: "Pro Valtidone, l'allenatore Sartori:")
        number, para_start, _ = self.paragraph_of(start)
        if number == 0 and len(self.paragraphs) > 1 and not self.text[para_start:start].strip() and not (
            other.mention is not None and other.mention.kind == PERSON
        ):
            # a headline's subject and whoever or whatever it acts on ("Tane try seals title for
            # Harbour Hawks:", "Páez conquista la Sierra de la Demanda:")
            return any(not plain(word) and word not in self.profile.complement_words for word in between)
        # another person: a verb of turning to them ("turned to", "wandte sich an"), not of giving
        # them the floor or playing their words ("gave the floor to X:", "a message from X:")
        if _TURNS_TO.search(" ".join(between)):
            return True
        # or a verb whose object they are ("L'allenatore X ha difeso il centravanti Y:", "Coach X
        # defended striker Y:"), not a preposition's ("ha dato la parola a Y:")
        if any(_INTERVIEWS.match(word) for word in between) or _FLOOR.match(self.folded, other.end):
            # (whom one interviews or questions answers: "Ann Roe interviews Tom Reed:"; and one
            # given the floor speaks: "gab Minister Jens Kohl das Wort:")
            return False
        # (a preposition among the few words before it, past its title: "gave the floor to council
        # member Y:")
        return not any(
            (word in self.profile.not_names and word not in self.profile.determiners) or word in self.profile.complement_words
            or word in _PREPOSITION_ARTICLES for word in between[-3:]
            if not self._title_word(word)  # (past the other's title: "confronted Secretary Claire Roux")
        )

    def _passive_agent(self, verb: re.Match, end: int) -> _Speaker | None:
        """The agent of a passive speech verb, named between it and the quote: "Marsh was accused
        by Carla Denz of “…”", "a été qualifié par Claire Dubois de « … »"."""
        before = _TOKEN.findall(self.folded, max(0, verb.start() - 20), verb.start())[-1:]
        own = verb.group().split()
        if not ((before and before[0] in _PASSIVE) or (len(own) > 1 and own[0] in _PASSIVE)):
            return None
        words = list(_TOKEN.finditer(self.folded, verb.end(), end))[:6]
        agent = next((n for n, word in enumerate(words) if word.group() in _AGENT), None)
        if agent is None or agent > 2:
            return None
        mention = next(iter(self.mentions_in(words[agent].end(), end)), None)
        if mention is None or mention.kind != PERSON or len(_TOKEN.findall(self.folded, words[agent].end(), mention.start)) > 2:
            return None
        return _Speaker(mention.name, mention.key, mention.kind, EXPLICIT)

    def _clause_of_its_own(self, start: int, end: int) -> bool:
        """Whether a quote and then a clause opener stand between a sentence's start and `end`:
        "Per Gentili «…», mentre Sara Neri parla di «…»" gives the second quote a subject of its own."""
        earlier = [s for s in self.spans_within(start, end) if s.depth == 0]
        return bool(earlier) and any(
            word.group() in self.profile.clause_openers for word in _TOKEN.finditer(self.folded, earlier[-1].close_end, end)
        )

    def _gapped_subject(self, verb: re.Match, end: int) -> _Speaker | None:
        """A second clause that names its own subject and leaves the verb out says its quote itself:
        "Roth spricht von einem »Desaster«, Keller von einer »Korrektur«", "Vale called it “a
        triumph”; Roe found it “tedious”". The clause opens with that subject after a quote of the
        verb's and a comma or semicolon."""
        before = [s for s in self.spans_within(verb.end(), end) if s.depth == 0]
        if not before:
            return None
        clause = before[-1].close_end
        gap = self.text[clause:end]
        if not gap.lstrip(" \u00a0.").startswith((",", ";")):
            return None
        clause += len(gap) - len(gap.lstrip(" \u00a0.,;"))
        found = self.references_in(clause, end)
        if not found or found[0].is_pronoun:
            return None
        leading = list(_TOKEN.finditer(self.folded, clause, found[0].start))
        if any(
            word.group() not in self.profile.determiners and word.group() not in self.profile.clause_openers and not self._is_and(word)
            for word in leading
        ):
            return None
        if not _TOKEN.search(self.folded, found[-1].end, end):
            return None  # (a name right before the quote may be the verb's object: "X called the plan “…”, Y “…”")
        speaker = self.subject_before(clause, end)
        return speaker if speaker is not None and speaker.kind == PERSON else None

    def _is_and(self, word: re.Match) -> bool:
        """Whether the (folded) word is "and" as written: Italian "è" folds to "e" and is a verb."""
        return self.text[word.start():word.end()].lower() in _AND

    def _coordinated_subject(self, start: int, verb: re.Match, end: int) -> _Speaker | None:
        """A verb that "and" joins to the sentence's first clause shares its subject, also past a
        quote in that clause: "Roth sprach von einem »Desaster« und nannte Firmenchefin Keller
        »verantwortungslos«" is Roth's (not Keller's, whom the verb names after it); not when it
        reports a clause with a subject of its own ("e ricorda che lo stesso Bellandi aveva
        promesso «…»")."""
        words = list(_TOKEN.finditer(self.folded, start, verb.start()))
        if not words or not self._is_and(words[-1]):
            return None
        reported = [w for w in _TOKEN.finditer(self.folded, verb.end(), end) if w.group() in self.profile.complementizers]
        if reported and self.references_in(reported[0].end(), end):
            return None
        quoted = self.spans_within(start, verb.start())
        if not quoted:
            return None
        speaker = self.subject_before(start, quoted[0].open_start)
        return speaker if speaker is not None and speaker.kind == PERSON else None

    def _subject_in_second_place(self, start: int, verb: re.Match) -> _Speaker | None:
        """In a verb-second language, when the sentence opens with a preposition or an adverb, a
        name or a subject pronoun right after the finite verb is its subject, whoever the fronted
        phrase names ("Nach einem Treffen mit Ministerin Nowak sagte Brandt:", "Na afloop zei
        hij:"); a sentence that opens with its subject keeps it ("Direkteur X noemt Y “…”")."""
        if not self.profile.verb_second:
            return None
        clause = self._clause_start(start, verb.start())
        first = _TOKEN.search(self.folded, clause, verb.start())
        if first is None:
            return None
        fronted = first.group() not in self.profile.determiners and (
            first.group() in self.profile.not_names or self._opens_with_participle([first, *_TOKEN.finditer(self.folded, first.end(), verb.start())][:2])
        )
        references = self.references_in(clause, verb.start())
        if not fronted and any(  # (or an object no person is named in: "Die Ziele … nannte Gedaschko »…«")
            (r.mention is not None and r.mention.kind == PERSON) or r.is_pronoun or (r.noun is not None and self.profile.is_role(r.noun.group()))
            for r in references
        ):
            return None
        if not fronted and references and all(
            word in self.profile.determiners for word in _TOKEN.findall(self.folded, clause, references[0].start)
        ):
            return None  # (a body opens it as its subject: "De vakbond noemt Jansen “…”")
        if not fronted and not self.text[clause:verb.start()].strip():
            return None
        following = _TOKEN.search(self.folded, verb.end(), verb.end() + 40)
        if following is None or self.text[verb.end():following.start()].strip(" \u00a0"):
            return None
        reference = next((r for r in self.references_in(following.start(), following.end() + 60) if r.start == following.start()), None)
        if reference is not None and reference.noun is not None and self.profile.is_role(reference.noun.group()) and (
            first.group() not in _AND  # (not a verb that shares its subject: "X sprak van ‘…’ en noemde directeur Y ‘…’")
        ):
            # a title and the name after it: "Auf die Frage nach X sagte Regierungssprecher Tim Haller"
            titled = next(iter(self.mentions_in(reference.end, reference.end + 60)), None)
            if titled is not None and titled.kind == PERSON and not self.text[reference.end:titled.start].strip():
                return _Speaker(titled.name, titled.key, titled.kind, EXPLICIT)
        if reference is None or reference.noun is not None:
            return None
        if reference.mention is not None and (reference.mention.kind != PERSON or reference.mention.by_role):
            return None
        return self.resolve(reference, reference.end)

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
        if name is None:
            # or a role and the person in apposition: "Per il presidente della Regione, Marco Neri, «…»"
            found = self.references_in(phrase.end(), end)
            noun = found[0].noun if found else None
            if noun is None or not self.profile.is_role(noun.group()) or any(
                word not in self.profile.determiners for word in _TOKEN.findall(self.folded, phrase.end(), noun.start())
            ):
                return None
            speaker = self.resolve(found[0], end)
            return speaker if speaker is not None and speaker.kind == PERSON and speaker.how == EXPLICIT else None
        if name.kind != PERSON or self.text[name.end:name.end + 1] != ",":
            return None
        return _Speaker(name.name, name.key, name.kind, EXPLICIT)

    def _reports(self, verb: re.Match, quote_start: int) -> bool:
        """The verb introduces the quote as what was said: `añade que “…”`, `said that “…”`."""
        words = [m.group() for m in _TOKEN.finditer(self.folded, verb.end(), quote_start)]
        return len(words) <= 4 and any(word in self.profile.complementizers for word in words)

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
            # (not whom the words are turned to: "habló con dureza ante los delegados:")
            found = [item for item in self.references_in(start, end) if not self.spoken_to(item.start, start)]
            speaker = self.resolve(found[-1], end) if found else None
        return _Cue(speaker, self.text[start:end + 1].strip()) if speaker else None


def rule_quotes(article: Cues) -> list[ExtractedQuote]:
    """The quotes the rules attribute, each through its cue: the first candidate for every span."""
    text = article.text
    title_end = text.find("\n")
    results: list[ExtractedQuote] = []
    previous: tuple[int, ExtractedQuote] | None = None  # (paragraph, quote)
    # A dialogue under way: its last line and its two parties (none yet after the question that opens it).
    dialogue: tuple[ExtractedQuote, tuple] | None = None
    # Spans left without a cue since the last quote, with their paragraph's end: some take their
    # speaker from the next quote (see _waiting_for).
    uncued: list[tuple[MarkedSpan, int]] = []
    covered_until = -1
    interviewee: _Speaker | None = None  # who answers the questions an interview prints unquoted
    paragraphs, paragraph_starts = article.paragraphs, article.paragraph_starts
    for span in article.spans:
        if span.depth > 0 or span.start < covered_until:
            continue
        paragraph = bisect.bisect_right(paragraph_starts, span.open_start) - 1  # (paragraph_of, inlined)
        para_start, para_end = paragraphs[paragraph]
        content = text[span.start:span.end]
        tokens = article.span_words(span)
        words = len(tokens)
        if words == 0:
            continue
        if _writer_asks(article, span, content):
            article.questions_put.add(span)  # the writer's question: no one's quote, nor a cue's
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
        turn = None
        if speaker.how == CONTEXT and not cue.phrase and _answers_a_printed_question(article, span, paragraph, para_start):
            # An interview whose questions are printed as plain lines ("Wat doet dit met u
            # persoonlijk?"): the answer under one is the interviewee's, who answered the last
            # one (see _interviewed for the first).
            speaker = interviewee or _interviewed(article, paragraph - 1) or speaker
            interviewee = speaker
        elif speaker.how == CONTEXT and not cue.phrase and (asked := _asked_in_sentence_before(article, span, paragraph, para_start)):
            # "La conduttrice X gli ha chiesto se …. «…», la risposta.": the one asked answers.
            asker, speaker = asked
            turn = speaker
            dialogue = (None, (asker, speaker))
        elif speaker.how == CONTEXT and previous is not None and (
            previous[1].attribution in (EXPLICIT, DESCRIPTION) and not _REFLEXIVE_ASKING.search(fold(previous[1].cue))
        ) and (
            _is_question(previous[1].text) and _answer_lead_in(article, span, para_start)
            or paragraph - previous[0] <= 1 and _answer_tag(article, span, owned=False)
        ):
            # "«…?». Risposta: «…»": the one asked answers, not the asker; and a reply to what
            # someone said is someone else's ("«…», dice Sarti. «…», è stata la risposta.").
            speaker = _other_party(article, previous[1], results) or speaker
        elif speaker.how == CONTEXT and previous is not None and paragraph - previous[0] <= 1 and (
            previous[1].attribution in (EXPLICIT, DESCRIPTION, PRONOUN) and previous[1].speaker_kind == PERSON
            and fold(speaker.name) == fold(previous[1].speaker) and not _REFLEXIVE_ASKING.search(fold(previous[1].cue))
            and article.text[para_start:span.open_start].rstrip().endswith(":") and _answer_lead_in(article, span, para_start)
        ):  # (not one's own answer to oneself, "«E chi paga?», si chiede Rossi. Risposta:", nor "la sua risposta")
            # A reply whose lead-in names no one, right after someone's words, is not theirs: "«…»,
            # ha scritto X. Secca la replica del diretto interessato: «…»", "The reply came within
            # minutes:". It is the one they spoke to or about, or someone the text does not name.
            other = _other_party(article, previous[1], results)
            if other is None:
                article.unnamed_cued.add(span)
                uncued.append((span, para_end))
                continue
            speaker = other
        elif speaker.how == CONTEXT and not cue.phrase and previous is not None and dialogue is not None:
            turn = _dialogue_turn(article, span, paragraph, para_start, para_end, previous, dialogue, results)
            speaker = turn or speaker
        elif speaker.how == CONTEXT and not cue.phrase and (asked := _asked_before(article, span, paragraph, para_start, para_end)):
            # "Rechter X vroeg hem waarom … ¶ ‘…’ ¶ ‘…?’ ¶ ‘…’": the one asked answers, and the
            # bare lines after it take turns between the two; a question first is the asker's
            # own ("Tapper pressed Pompeo on that point. ¶ “Mr. Secretary, why …?”").
            asker, speaker = asked
            if _is_question(content):
                speaker = asker
            turn = speaker
            dialogue = (None, asked)
        elif speaker.how in (PRONOUN, IMPLICIT) and dialogue is not None and not dialogue[1] and (
            previous is not None and previous[1] is dialogue[0] and paragraph - previous[0] <= 1
            and dialogue[0].attribution == EXPLICIT and fold(speaker.name) == fold(dialogue[0].speaker)
        ):
            # An answer is not its asker's, named with the question: "«…?», le ha chiesto la
            # conduttrice, Giulia Serafini. «…», ha risposto lei" is the one she asked.
            asked = _other_party(article, dialogue[0], results)
            if asked is not None and not article.other_gender(asked.name, article.cue_gender(span)):
                speaker = replace(asked, how=speaker.how)
        elif speaker.how in (PRONOUN, IMPLICIT) and previous is not None and paragraph - previous[0] <= 1 and (
            _is_question(previous[1].text) and previous[1].attribution == PRONOUN and fold(speaker.name) == fold(previous[1].speaker)
            and _REPLY.search(fold(cue.phrase))
        ):
            # A verb of replying answers the question a pronoun put before it, whoever its own
            # pronoun reads back to: "“…?” he asked. ¶ “…,” he replied" is the one asked
            # ("Blitzer pressed him on …").
            asked = _other_party(article, previous[1], results)
            if asked is not None and asked.kind == PERSON and not article.other_gender(asked.name, article.cue_gender(span)):
                speaker = replace(asked, how=speaker.how)
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
        for earlier, how in _waiting_for(article, uncued, span, quote):
            words = count_words(text[earlier.start:earlier.end])
            how = how or quote.attribution
            results.append(replace(
                quote, text=text[earlier.start:earlier.end], start=earlier.start, end=earlier.end,
                kind=FULL if words >= FULL_QUOTE_WORDS else PARTIAL, attribution=how,
                confidence=_confidence(how, words), headline=False,
            ))
        uncued = []
        if _put_to(article, span, content, cue, paragraph):
            # An interviewer's question in dash dialogue, put to the one the lines are about: not
            # theirs, but they answer the next line.
            previous, dialogue = (paragraph, quote), None
            article.questions_put.add(span)
            continue
        results.append(quote)
        results += _own_words_within(article, span, quote)
        covered_until = max(covered_until, quote.end)
        if turn is not None:
            parties = dialogue[1] if dialogue[1] else (_speaker_of(dialogue[0]), turn)
            dialogue = (quote, parties)
        elif _is_question(quote.text) and _asks(article, quote.cue):
            dialogue = (quote, ())  # a question put: its answer opens the dialogue
        else:
            dialogue = None
        previous = (paragraph, quote)
    results.sort(key=lambda quote: quote.start)
    return results


def _put_to(article: Cues, span: MarkedSpan, content: str, cue: _Cue, paragraph: int) -> bool:
    """Whether a line of dash dialogue is a question put to the speaker its context gives
    ("Castaño contestó a las preguntas de los periodistas:" / "—¿Qué le ha dicho su madre?" /
    "—Que me abrigara."): no cue of its own, and the next paragraph a dash line that answers."""
    if span.opener != "—" or not _is_question(content) or cue.speaker.how not in (CONTEXT, EXPLICIT, PRONOUN):
        return False
    para_start, para_end = article.paragraphs[paragraph]
    if cue.phrase and cue.phrase[:20] in article.text[para_start:para_end]:
        return False  # (its own insertion says who asks: "—¿Vienes? —preguntó Ana")
    if paragraph + 1 >= len(article.paragraphs):
        return False
    next_start, next_end = article.paragraphs[paragraph + 1]
    following = article.text[next_start:next_end].strip()
    return following[:1] == "—" and not _is_question(following[1:].split(" —")[0])


def _writer_asks(article: Cues, span: MarkedSpan, content: str) -> bool:
    """Whether a question in marks is followed by the writer's own asking ("«…?», chiediamo ad
    Anna Moretti", "“…?” we asked"): then it is the interviewer's, not the one asked."""
    if not article.profile.writer_asks or not _is_question(content):
        return False
    after = article.text[span.close_end:span.close_end + 40].lstrip(" \u00a0,–—-")
    if not (after[:1].islower() or after.startswith("I ")) or article.text[max(0, span.open_start - 3):span.open_start].rstrip().endswith(":"):
        return False  # (a new sentence, "“…?” We asked the council …", or a lead-in's question; English "I" is always a capital)
    rest = after.lower().replace("’", "'")
    return any(rest.startswith(phrase) and not rest[len(phrase):len(phrase) + 1].isalnum() for phrase in article.profile.writer_asks)


def _asks(article: Cues, cue: str) -> bool:
    return any(word in article.profile.asking_verbs for word in fold(cue).split())


def _answers_a_printed_question(article: Cues, span: MarkedSpan, paragraph: int, para_start: int) -> bool:
    """Whether the quote opens its paragraph right under a short line that is a question outside
    quote marks: an interviewer's question as papers print it. It may quote someone before it
    asks ("X called it “…”. What do you say?"), but does not open with a quote."""
    if paragraph == 0 or article.text[para_start:span.open_start].strip():
        return False
    start, end = article.paragraphs[paragraph - 1]
    line = article.text[start:end].strip()
    line_start = end - len(article.text[start:end].lstrip())
    return line.endswith("?") and count_words(line) <= _PRINTED_QUESTION_WORDS and not any(
        start <= other.open_start < end and (other.open_start <= line_start or other.close_end >= end - 1)
        for other in article.spans
    )


def _interviewed(article: Cues, question: int) -> _Speaker | None:
    """Whom the printed questions from paragraph `question` on are put to: the person the lines
    before them introduce with a colon ("Jan Hoekman (46) sprak met de omroep. Een deel van het
    gesprek:"), else the only person the title names ("Entretien avec Sandrine Caron, …",
    "Afscheid burgemeester Piet Mulder: ‘…’"), else the one the article names most."""
    start, _ = article.paragraphs[question]
    before = start  # (the last character before the paragraph that is not a space)
    while before and article.text[before - 1].isspace():
        before -= 1
    if before and article.text[before - 1] == ":":
        introduced = article.antecedent(start)
        if introduced is not None and introduced.kind == PERSON:
            return _Speaker(introduced.name, introduced.key, introduced.kind, CONTEXT)
    title_start, title_end = article.paragraphs[0]
    title = [mention for mention in article.mentions_in(title_start, title_end) if mention.kind == PERSON and not mention.by_role]
    if title and question > 0 and len({mention.name for mention in title}) == 1 and (
        # (one the title quotes, or says it talks with; not one it is about: "L'eredità di Silvio Berlusconi")
        any(title[0].end <= span.open_start < title_end for span in article.spans)
        or _INTERVIEW.search(article.folded, title_start, title[0].start)
    ):
        return _Speaker(title[0].name, title[0].key, title[0].kind, CONTEXT)
    return _most_named(article)


# A title's word for an interview with the person it names ("Entretien avec X", "Intervista a X").
_INTERVIEW = re.compile(r"(?<!\w)(?:interview|entretien|intervista|gesprek|gesprach|interviu|entrevista|interviste|intervistë)(?!\w)")


def _most_named(article: Cues) -> _Speaker | None:
    """The person the article names most often (the first of equals): whom an interview is with."""
    counts: dict[str, list] = {}
    for mention in article.mentions_in(0, len(article.text)):
        if mention.kind == PERSON and not mention.by_role:
            counts.setdefault(mention.name, [0, mention])[0] += 1
    if not counts:
        return None
    count, mention = max(counts.values(), key=lambda found: (found[0], -found[1].start))
    return _Speaker(mention.name, mention.key, mention.kind, CONTEXT) if count > 1 else None


def _is_question(text: str) -> bool:
    return text.rstrip(" \u00a0\u202f\"'”’»«").endswith("?")


def _dialogue_turn(article: Cues, span: MarkedSpan, paragraph: int, para_start: int, para_end: int, previous, dialogue, said):
    """The speaker of a bare line of dialogue: a paragraph that is only a quote, right after a
    question quoted with a verb of asking, or after another line of that dialogue. The answer to
    the question is the other party's (see _other_party); from there the lines take turns
    ("« Pourquoi … ? », a demandé le président. / « Elle avait été démontée. » / « Qui devait la
    remettre ? » / « Le chef d'équipe. »"). None when the line is not dialogue."""
    if dialogue is None or previous[1] is not dialogue[0] or paragraph - previous[0] not in (0, 1):
        return None
    # (or right after the question's own cue, in its paragraph: "« Où étiez-vous ? », a demandé
    # le président, Marc Joly. « Chez ma sœur. »")
    opening = para_start if paragraph != previous[0] else article.sentence_end(previous[1].end)
    if article.text[opening:span.open_start].strip() or article.text[span.close_end:para_end].strip(" \u00a0\u202f."):
        return None
    last, parties = dialogue
    if not parties:
        return _other_party(article, last, said)
    first, second = parties
    return second if fold(last.speaker) == fold(first.name) else first


def _asked_before(article: Cues, span: MarkedSpan, paragraph: int, para_start: int, para_end: int):
    """(asker, asked) when a paragraph that is only a quote comes right under a paragraph whose
    last sentence has a person ask someone else a question in the narrator's words, with no quote
    of its own ("Rechter Ellen Groeneveld vroeg hem waarom hij …."): the answer is the one asked,
    the person named last before it other than the asker."""
    if paragraph == 0 or article.text[para_start:span.open_start].strip() or article.text[span.close_end:para_end].strip(" \u00a0."):
        return None
    start, end = article.paragraphs[paragraph - 1]
    end = start + len(article.text[start:end].rstrip())
    sentence = article.sentence_start(end - 1, start)
    first = bisect.bisect_left(article._span_opens, sentence)
    if (first < len(article._span_opens) and article._span_opens[first] < end) or article.text[end - 1:end] != ".":
        return None  # (a quote of its own in the sentence, or no full stop)
    return _asker_and_asked(article, sentence, end, article.paragraphs[max(0, paragraph - 3)][0])


def _asked_in_sentence_before(article: Cues, span: MarkedSpan, paragraph: int, para_start: int):
    """(asker, asked) when the quote opens right after a sentence of its paragraph in which a person
    asks someone else something in the narrator's words ("La conduttrice X gli ha chiesto se …. «…»,
    la risposta."; "The host asked him whether …. \"…\""): the words are the answer, the one asked's."""
    before = article.text[para_start:span.open_start].rstrip()
    if not before.endswith(".") or article.spans_within(article.sentence_start(len(before) + para_start - 1, para_start), span.open_start):
        return None
    end = para_start + len(before)
    return _asker_and_asked(article, article.sentence_start(end - 1, para_start), end, article.paragraphs[max(0, paragraph - 3)][0])


def _asker_and_asked(article: Cues, sentence: int, end: int, floor: int):
    """(asker, asked) of the sentence text[sentence:end] when a person in it asks someone: the
    asker is the asking verb's subject, the one asked the person it names as its object, else the
    person named last before it other than the asker (whom its "him", "gli", "lui" stands for)."""
    asking = [
        word for word in _TOKEN.finditer(article.folded, sentence, end)
        if word.group() in article.profile.asking_verbs and not article.inside_quote(word.start())
    ]
    if not asking or _REFLEXIVE_ASKING.search(article.folded, max(sentence, asking[0].start() - 12), asking[0].end() + 10):
        return None
    asker = article.subject_before(sentence, asking[0].start())
    if asker is None or asker.kind != PERSON:
        return None
    named = _asked_by_name(article, asking[0].start(), end, fold(asker.name))
    if named is not None:
        return asker, named
    named = _last_person_but(article, floor, asking[0].start(), fold(asker.name))
    return (asker, named) if named is not None else None


def _last_person_but(article: Cues, floor: int, end: int, asker: str) -> _Speaker | None:
    """The person named last in text[floor:end], outside quotes, other than `asker` (folded)."""
    for mention in reversed(article.mentions_in(floor, end)):
        if mention.kind == PERSON and fold(mention.name) != asker and not article.inside_quote(mention.start):
            return _Speaker(mention.name, mention.key, mention.kind, CONTEXT)
    return None


def _speaker_of(quote: ExtractedQuote) -> _Speaker:
    return _Speaker(quote.speaker, quote.speaker_key, quote.speaker_kind, CONTEXT)


# A question one puts to oneself, answered by oneself: "si chiede Rossi", "se demande-t-il".
_REFLEXIVE_ASKING = re.compile(r"\b(?:si chied|se demand|se pregunt|fragt sich|fragte sich|vraagt zich|vroeg zich|asks? (?:him|her)self|asked (?:him|her)self|pyet veten)")


def _answer_lead_in(article: Cues, span: MarkedSpan, para_start: int) -> bool:
    """Whether a word for an answer, and at most two words before it, lead the quote in with a
    colon ("Risposta:", "Sa réponse :", "Die Antwort:"), or open a short sentence that names no
    one and ends in one ("La respuesta fue tajante:", "The reply was short:")."""
    start = max(para_start, article.sentence_start(span.open_start, para_start))
    lead = article.text[start:span.open_start].rstrip()
    if not lead.endswith(":"):
        return _answer_tag(article, span)
    words = _TOKEN.findall(article.folded, start, start + len(lead))
    if 1 <= len(words) <= 3 and words[-1] in article.profile.answer_words:
        return True
    return len(words) <= 6 and any(word in article.profile.answer_words for word in words[:3]) and not (
        article.references_in(start, start + len(lead)) or any(
            verb.group() not in article.profile.answer_words  # (the noun may be a verb's form too: "replica")
            for verb in article.profile.verb_re.finditer(article.folded, start, start + len(lead))
        )
    )


def _answer_tag(article: Cues, span: MarkedSpan, owned: bool = True) -> bool:
    """Whether the word for an answer, and at most three words before it, tag the quote after a
    comma, up to the end of the clause ("«…», la risposta.", "« … », sa réponse, …", "«…», è
    stata la risposta"); with `owned` false, none of them a possessive ("sa réponse" may be the
    answer of the one who spoke last)."""
    # (the comma inside the marks, as English and Dutch put it: "‘…,’ was het antwoord")
    comma = "," if not article.text[span.start:span.end].rstrip().endswith(",") else ""
    tag = re.match(rf"\s*{comma}\s*([^,.;:!?()\n]{{1,40}})(?=[,.;!?\n]|$)", article.folded[span.close_end:span.close_end + 60])
    words = _TOKEN.findall(tag.group(1)) if tag else []
    return 1 <= len(words) <= 4 and words[-1] in article.profile.answer_words and (
        owned or not any(word in article.profile.possessives for word in words)
    )


def _other_party(article: Cues, question: ExtractedQuote, said: list[ExtractedQuote]):
    """Who a question is put to: the person named last in its paragraph or the one before, other
    than its asker ("Zhou was asked about her ankle."); else the last other speaker quoted, or the
    last other person named, within three paragraphs."""
    paragraph = article.paragraph_of(question.start)[0]
    asker = fold(question.speaker)

    def named_last(floor):
        # (whom the narrator has someone ask first: "she asked Lowe whether he would oust McCarthy")
        return _asked_by_name(article, floor, question.start, asker) or _last_person_but(article, floor, question.start, asker)

    # (named in the question's own cue: "«…?», a demandé le journaliste Paul Vidal au ministre Jean Morel")
    for mention in article.mentions_in(question.end, article.sentence_end(question.end)):
        if mention.kind == PERSON and fold(mention.name) != asker and not article.inside_quote(mention.start):
            return _Speaker(mention.name, mention.key, mention.kind, CONTEXT)
    found = named_last(article.paragraphs[max(0, paragraph - 1)][0])
    if found is not None:
        return found
    floor = article.paragraphs[max(0, paragraph - 3)][0]
    for quote in reversed(said):
        if quote.start < floor:
            break
        if quote.start < question.start and quote.speaker and quote.speaker_kind == PERSON and fold(quote.speaker) != asker:
            return _Speaker(quote.speaker, quote.speaker_key, quote.speaker_kind, CONTEXT)
    return named_last(floor)


def _asked_by_name(article: Cues, floor: int, end: int, asker: str) -> _Speaker | None:
    """The person last named as the object of an asking verb in text[floor:end] ("asked Lowe",
    "ha chiesto al ministro Rossi", "vroeg hem"-less: a name right after the verb, past an article,
    a "to" or a title), other than the asker, or None."""
    found = None
    for verb in _TOKEN.finditer(article.folded, floor, end):
        if verb.group() not in article.profile.asking_verbs or article.inside_quote(verb.start()):
            continue
        mention = next(iter(article.mentions_in(verb.end(), min(end, verb.end() + 40))), None)
        if mention is None or mention.kind != PERSON or fold(mention.name) == asker:
            continue
        between = _TOKEN.findall(article.folded, verb.end(), mention.start)
        if len(between) <= 2 and all(
            word in _TO_WORDS or word in article.profile.determiners or article._title_word(word) for word in between
        ):
            found = _Speaker(mention.name, mention.key, mention.kind, CONTEXT)
    return found


def _own_words_within(article: Cues, span: MarkedSpan, quote: ExtractedQuote) -> list[ExtractedQuote]:
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
        if words == 0:
            continue
        after = inner.close_end + len(text[inner.close_end:span.end]) - len(text[inner.close_end:span.end].lstrip(" ,"))
        verb = article.profile.verb_re.match(article.folded, after, span.end)
        lead_in = _nested_lead_in(article, span, inner)
        if not lead_in and not verb:
            continue
        if words < 3 and not (lead_in and _said_with_colon(article, span, inner)):
            continue  # (a word or two in marks is a label or a scare quote, unless a speech verb and a colon lead it in: "m'a crié : “Sortez vite !”")
        colon = article.text[span.start:inner.open_start].rstrip().endswith(":")
        speaker = _third_party(article, span, inner, colon, quote.speaker) if lead_in else None
        if speaker is False:
            continue  # ("Il m'a dit : « … »": whoever "il" is, not the one speaking)
        found = replace(
            quote, text=text[inner.start:inner.end], start=inner.start, end=inner.end,
            kind=FULL if words >= FULL_QUOTE_WORDS else PARTIAL, confidence=_confidence(quote.attribution, words),
            headline=False,
        )
        if speaker is not None:
            found = replace(
                found, speaker=speaker.name, speaker_key=speaker.key, speaker_kind=speaker.kind, attribution=speaker.how,
                cue=text[article.sentence_start(inner.open_start, span.start):inner.open_start].strip(" :"),
            )
        nested.append(found)
    return nested


def _said_with_colon(article: Cues, span: MarkedSpan, inner: MarkedSpan) -> bool:
    """Whether a speech verb of the inner quote's own sentence leads it in with a colon."""
    before = article.text[span.start:inner.open_start].rstrip()
    if not before.endswith(":"):
        return False
    start = max(span.start, article.sentence_start(inner.open_start, span.start))
    return article.profile.verb_re.search(article.folded, start, inner.open_start) is not None


def _nested_lead_in(article: Cues, span: MarkedSpan, inner: MarkedSpan) -> bool:
    """Whether the words nested in a quote follow a colon, or a comma right after a speech verb
    and its object ("He looked at me and said, ‘…’", "I told them at half-time, ‘…’")."""
    before = article.text[span.start:inner.open_start].rstrip()
    if before.endswith(":"):
        return True
    if not before.endswith(","):
        return False
    comma = span.start + len(before) - 1
    verbs = list(article.profile.verb_re.finditer(article.folded, max(span.start, comma - 60), comma))
    return bool(verbs) and len(_TOKEN.findall(article.folded, verbs[-1].end(), comma)) <= _NESTED_OBJECT_WORDS


_NESTED_OBJECT_WORDS = 4  # between the verb and the comma: "told him at half-time"


def _third_party(article: Cues, span: MarkedSpan, inner: MarkedSpan, colon: bool = True, speaker: str | None = None):
    """Who a speaker says said the words nested in their quote (see _reported_party). Where that
    finds no one else but the clause has the speaker as its object ("L'arbitro mi ha detto:",
    "Gjykatësi më tha:", "Uno mi ha puntato la pistola e mi ha detto:"), the one who told them
    is someone else: the description the clause opens with, or False for no one the engine can name."""
    found = _reported_party(article, span, inner, colon, speaker)
    # (a description read back to the speaker themself is someone else: "Der Polizist sagte mir:",
    # "The coach told him:"; the speaker would say "I")
    read_back = bool(found) and bool(speaker) and fold(found.name) == fold(speaker) and found.how == DESCRIPTION
    if found is not None and not read_back:
        return found
    start = max(span.start, article.sentence_start(inner.open_start, span.start))
    verbs = list(article.profile.verb_re.finditer(article.folded, start, inner.open_start))
    end = verbs[-1].start() if verbs else inner.open_start
    start = max(start, article.text.rfind(",", start, end) + 1)
    # (the clause's words up to the colon, elided ones apart: "m'a dit", "sagte mir", "zei tegen me")
    words = [part for word in _TOKEN.findall(article.folded, start, inner.open_start) for part in re.split(r"['’]", word) if part]
    references = article.references_in(start, end)
    opened = bool(references) and references[0].noun is not None and not _TOKEN.findall(article.folded, start, references[0].start)[1:]
    opening = list(_TOKEN.finditer(article.folded, start, end))[:2]
    # (or a noun no list knows after its article: "le coach nous a dit :")
    unlisted = not references and len(opening) == 2 and opening[0].group() in article.profile.determiners and article._unlisted_noun(opening[1])
    opened = opened or unlisted
    # ("nous", "vous" are subjects and objects alike: after a noun phrase that opens the clause,
    # objects, "le coach nous a dit :")
    subjects = [word for word in words if word in _FIRST_PERSON_SUBJECTS and not (opened and word in _FIRST_PERSON_OBJECTS)]
    if not read_back and (not any(word in _FIRST_PERSON_OBJECTS for word in words) or subjects or any(
        word in _FIRST_PERSON_VERBS for word in words
    )):
        return None
    if references and references[0].noun is not None and not _TOKEN.findall(article.folded, start, references[0].start)[1:]:
        return _Speaker(article._with_complement(references[0].noun.start(), end), None, PERSON, DESCRIPTION)
    if unlisted:
        return _Speaker(article.text[opening[0].start():opening[1].end()], None, PERSON, DESCRIPTION)
    return False


# First-person object pronouns (folded): "mi ha detto", "m'a dit", "me dijo", "sagte mir", "zei me",
# "më tha", "told me": the one who says it is not the speaker of the quote around it.
_FIRST_PERSON_OBJECTS = frozenset("me us mi m ci mir mich uns mij ons nos nous na".split())
# First-person verbs of a reflexive that would make the speaker its subject ("mi sono detto", "me dije").
_FIRST_PERSON_VERBS = frozenset("sono ho avevo ero dije pense".split())


def _reported_party(article: Cues, span: MarkedSpan, inner: MarkedSpan, colon: bool = True, speaker: str | None = None):
    """Who a speaker says said the words nested after a colon in their quote: someone they name
    or describe in the verb's clause ("La alcaldesa nos dijo en campaña: “…”"); None when it is
    the speaker themself ("Je lui ai dit: ‘bravo’", "iemand die dan denkt:", "Und ich habe
    geantwortet:"); False for a third person only a pronoun stands for, whom the quote's own words
    do not let the engine name ("Il m'a dit : « … »")."""
    start = max(span.start, article.sentence_start(inner.open_start, span.start))
    # (after words quoted before it: "Er sagte zu mir: ›…‹ Und ich habe geantwortet:")
    first = bisect.bisect_right(article._span_opens, span.open_start)
    last = bisect.bisect_left(article._span_opens, inner.open_start, first)
    start = max([start, *(other.close_end for other in article.spans[first:last] if start <= other.close_end <= inner.open_start)])
    verbs = list(article.profile.verb_re.finditer(article.folded, start, inner.open_start))
    if not verbs:
        # (a lead-in with no speech verb names its writer in full: "Luca Galli mi ha mandato un
        # messaggio: ‘…’"; a given name alone may be any capitalised word: "Kemi luajtur")
        return (_named_inside(article, start, inner.open_start, full=True) or None) if colon else False
    sentence, profile = start, article.profile
    start = max(start, article.text.rfind(",", start, verbs[-1].start()) + 1)  # the verb's own clause
    if all(word in profile.object_clitics for word in _TOKEN.findall(article.folded, start, verbs[-1].start())):
        start = sentence  # (a subject set off before its verb: "El jefe de obra, Ramiro, nos dijo:")
    references = article.references_in(start, verbs[-1].start())
    words = _TOKEN.findall(article.folded, start, verbs[-1].start())
    if len(words) >= 2 and words[0] in _FIRST_PERSON_POSSESSIVES:
        # someone the speaker's "my" relates them to, "My foreman read it out: ‘…’", is someone
        # else, whom a name here gives ("Ma voisine Odile m'a crié :") or the narrator named so
        # ("Haar moeder, Fatiha, overleed. ‘Mijn moeder zei altijd: …’")
        named = _named_inside(article, start, verbs[-1].start())
        if not named and references and references[0].noun is not None:
            named = article.resolve(references[0], verbs[-1].start())
            opening = fold(named.name).split()[0] if named is not None else ""
            if named is not None and (opening in profile.determiners or opening in profile.indefinite_articles or (
                fold(named.name) == fold(speaker or "")
            )):
                named = None  # (a description the text names no one by, or the speaker themself)
        return named or False
    if not references:
        # (the mentions do not look inside quotes: a third person the speaker tells of, "She said,
        # ‘…’", is someone else, whom no name here gives)
        if any(word in profile.pronouns for word in words):
            return False
        if colon and all(word in profile.object_clitics or word in profile.not_names for word in words):
            # (the subject after its verb: "Mi scrive Anna:")
            after = list(_TOKEN.finditer(article.text, verbs[-1].end(), inner.open_start))
            if 1 <= len(after) <= 2 and all(word.group()[:1].isupper() for word in after) and is_given_name(after[0].group()) and (
                article.text[after[-1].end():inner.open_start].strip() == ":"
            ):
                return _Speaker(article.text[after[0].start():after[-1].end()], None, PERSON, EXPLICIT)
        return _someone_new_inside(article, start, verbs[-1].start(), words) or _named_inside(article, start, verbs[-1].start())
    if references[0].is_pronoun and colon:
        # a pronoun for someone the speaker named just before, of its gender ("Toen belde Piotr.
        # Hij zei: “…”")
        gender = article.profile.pronoun_gender(article.folded[references[0].start:references[0].end])
        named = _given_name_run(article, span.start, start, gender) if gender else None
        if named is not None:
            return _Speaker(named, None, PERSON, PRONOUN)
    if not colon and references[0].noun is not None and not references[0].is_pronoun:
        # someone new an indefinite description brings in is theirs ("A nurse told me, ‘…’"); not
        # one a definite one stands for after a comma ("the defendant told her, ‘…’")
        described = article.resolve(references[0], verbs[-1].start())
        if described is not None and described.how == DESCRIPTION and described.key is None and described.kind == PERSON and (
            fold(described.name).split()[0] in profile.indefinite_articles
        ):
            return described
        return False
    if references[0].is_pronoun or (not colon and references[0].mention is None):
        return False  # (nor one a description stands for after a comma: "the defendant told her, ‘…’")
    # (subject_before reads only the narrator's words, and these are all inside the quote)
    speaker = article.resolve(references[0], verbs[-1].start())
    return speaker if speaker is not None and speaker.kind == PERSON else None


def _someone_new_inside(article: Cues, start: int, end: int, words: list[str]) -> _Speaker | None:
    """The subject of a verb the speaker reports, where it is an indefinite noun phrase no list
    knows: someone they tell of, whom they do not name ("Neulich hat mich ein Junge gefragt:",
    "Una paziente mi ha scritto:"). Not where they speak themselves ("I asked a boy:") nor of
    someone a preposition or an oblique article governs ("Ho chiesto a un ragazzo:")."""
    if any(word in _FIRST_PERSON_SUBJECTS for word in words):
        return None
    profile = article.profile
    tokens = list(_TOKEN.finditer(article.folded, start, end))
    for previous, word, noun in zip(["", *(token.group() for token in tokens)], tokens, tokens[1:]):
        if word.group() not in profile.indefinite_articles or word.group() in _OBLIQUE_INDEFINITES:
            continue
        governed = not profile.verb_second and previous in profile.not_names and not (
            previous in profile.object_clitics or previous in profile.auxiliaries
        )  # (a preposition's: "ho chiesto a un ragazzo"; German and Dutch put adverbs there)
        if governed or not article._unlisted_noun(noun):
            return None
        return _Speaker(article._with_complement(noun.start(), end), None, PERSON, DESCRIPTION)
    return None


# First-person subject pronouns (folded): a quote nested after "I asked a boy:" is the speaker's.
_FIRST_PERSON_SUBJECTS = frozenset("i we je nous io noi ich wir ik wij yo nosotros nosotras une".split())
# Indefinite articles that mark an object, not a subject (German dative and accusative), or a plural.
_OBLIQUE_INDEFINITES = frozenset("einem einen einer".split()) | PLURAL_INDEFINITES


def _named_inside(article: Cues, start: int, end: int, full: bool = False):
    """Who a speaker names in text[start:end] of their quote, where the mentions do not look: a
    capitalised word that is the surname of a person the narrator names ("En campaña, Sanmartín
    nos prometió:"), or a name the speaker gives, a given name first ("Johan Dekker zei tegen me:");
    else False for a capitalised word that may be someone never named ("Mrs Hale sent a message
    saying, ‘…’"), None for none. With `full`, only a name of two words or more counts."""
    named = _given_name_run(article, start, end)
    if full and named is not None and " " not in named:
        named = None
    surnames = article.full_name_surnames()
    capitalised = False
    for word in _TOKEN.finditer(article.text, start, end):
        person = surnames.get(fold(word.group())) if word.group()[:1].isupper() else None
        if person is not None and not (named and " " in named and fold(named) != fold(person.name)):
            return _Speaker(person.name, person.key, person.kind, EXPLICIT)
        # (a relative with the surname and a given name of their own: "my grandfather Tom Mendes")
        capitalised = capitalised or (word.start() > start + 1 and word.group()[:1].isupper() and len(word.group()) > 1)
    if named is not None:
        return _Speaker(named, None, PERSON, EXPLICIT)
    return False if capitalised else None


def _given_name_run(article: Cues, start: int, end: int, gender: str = "") -> str | None:
    """The last name in text[start:end] (inside a quote, where the mentions do not look) that
    opens with a given name, of `gender` if one is asked, with the capitalised words after it:
    "Johan Dekker", "Piotr"."""
    words = list(_TOKEN.finditer(article.text, start, end))
    found = None
    for number, word in enumerate(words):
        folded = fold(word.group())
        if not (word.group()[:1].isupper() and len(word.group()) > 2 and is_given_name(word.group())) or (
            folded in article.profile.not_names or folded in article.profile.pronouns or folded in article.profile.determiners
        ):
            continue
        if gender and name_gender(word.group(), article.profile.code) != gender:
            continue
        run = [word]
        for following in words[number + 1:number + 3]:
            if not following.group()[:1].isupper() or article.text[run[-1].end():following.start()] != " ":
                break
            run.append(following)
        if is_common_word(word.group(), article.profile.code) and (
            len(run) == 1 or is_common_word(run[-1].group(), article.profile.code)
        ):
            continue  # (a given name as frequent as a word needs its surname: "Tom Mendes", not "One", "Mein Vater")
        found = article.text[run[0].start():run[-1].end()]
    return found


def _waiting_for(
    article: Cues, uncued: list[tuple[MarkedSpan, int]], next_span: MarkedSpan, quote: ExtractedQuote
) -> list[tuple[MarkedSpan, str | None]]:
    """The cue-less spans right before a quote that take its speaker: paragraphs of a
    multi-paragraph quote (as context), quotes chained in one sentence with it ("“…”, because
    “…,” he added"; attributed as the quote is), and a quote opening its paragraph whose next
    sentence names the one it then quotes ("«…». Il primario X affida le sue previsioni a
    un'intervista: «…»"; as context). Read back from the quote to the first span that is none of these, so each
    span is judged at most once and only when a quote follows."""
    waiting = []
    for span, para_end in reversed(uncued):
        if not waiting and _introduced_then_quoted(article, span, next_span, quote):
            waiting.append((span, CONTEXT))
            continue
        content = article.text[span.start:span.end]
        if _looks_like_a_title(content, article.span_words(span), bool(article.profile.noun_suffixes)):
            continue  # a title is no quote, and it neither joins nor breaks the chain
        if article.scare_quoted(span):
            break  # a label the writer marks ("die sogenannte „…“") is no quote, and ends it
        if span.continued:
            waiting.append((span, CONTEXT))
        elif article.chained_to_next(span, para_end):
            waiting.append((span, None))
        else:
            break
    waiting.reverse()
    return waiting


def _introduced_then_quoted(article: Cues, span: MarkedSpan, next_span: MarkedSpan, quote: ExtractedQuote) -> bool:
    """Whether a quote opens its paragraph and the one sentence after it, naming its subject,
    leads in the paragraph's next quote."""
    _, para_start, para_end = article.paragraph_of(span.open_start)
    if article.text[para_start:span.open_start].strip() or not para_start <= next_span.open_start < para_end:
        return False
    if quote.speaker_kind != PERSON or quote.attribution not in (EXPLICIT, DESCRIPTION) or not quote.cue:
        return False
    if any(span.close_end <= other.open_start < next_span.open_start for other in article.spans):
        return False  # (another quote between them)
    between = article.text[span.close_end:next_span.open_start]
    sentence_end = article.first_stop(span.close_end + 1, next_span.open_start)
    return sentence_end is None and quote.cue in between and any(
        mention.kind == PERSON for mention in article.mentions_in(span.close_end, next_span.open_start)
    )


_APPOSITION_GAP = re.compile(r"[ \u00a0]*,[ \u00a0]*(?:[^\W\d_]+['’ \u00a0]+){0,2}")  # ", " and a determiner or two


def _new_sentence_after(article: Cues, span: MarkedSpan) -> bool:
    """Whether the quote ends its own sentence and a capitalised word opens the text after it."""
    after = article.text[span.close_end:span.close_end + 3].lstrip(" \u00a0")
    return article.text[span.start:span.end].rstrip()[-1:] in ".!?…" and after[:1].isupper()


# Words that open a phrase of time or place before a verb with a dropped subject ("Nel
# pomeriggio", "Durante la rueda de prensa", "Në konferencë"), and adverbs that may stand there.
_PREPOSITIONS_BEFORE_VERB = frozenset(
    "nel nella nei nelle al alla in a da dal dalla dopo durante prima con su sul sulla en el tras antes desde "
    "para por në pas gjatë me".split()
)
_ADVERBS_BEFORE_VERB = frozenset("poi quindi inoltre infine ancora anche gia allora luego despues ademas tambien entonces pastaj gjithashtu".split())


def _dropped_subject_lead_in(article: Cues, span: MarkedSpan, para_start: int) -> bool:
    """Whether the span follows a colon lead-in whose speech verb has no subject where the language
    drops it ("Nel pomeriggio ha precisato: «…»", "Rispondendo ai cronisti ha poi aggiunto:"): the
    words a verb of the last person talked about brings, not a scare quote. Not where the clause
    before the verb names or describes anyone ("Una vicina aveva raccontato:", "Mi padre me miró y
    me dijo:")."""
    if not article.profile.drops_subjects:
        return False
    window = article.text[para_start:span.open_start].rstrip()
    if not window.endswith(":"):
        return False
    start = article.sentence_start(span.open_start, para_start)
    verbs = [v for v in article.profile.verb_re.finditer(article.folded, start, span.open_start) if not article.inside_quote(v.start())]
    if not verbs:
        return False
    words = _TOKEN.findall(article.folded, start, verbs[-1].start())
    profile = article.profile
    # (what may stand before such a verb: a phrase of time or place, a gerund's, an adverb or a
    # clitic, "Nel pomeriggio", "Rispondendo ai cronisti", "Poi", "Me"; not a subject such as
    # "Molti cittadini", "Nessuno", "Banorët")
    opening = not words or words[0] in _PREPOSITIONS_BEFORE_VERB or words[0].endswith(profile.participle_endings) or (
        words[0] in profile.object_clitics or words[0] in _ADVERBS_BEFORE_VERB
    )
    return opening and not article.references_in(start, verbs[-1].start()) and not any(
        word in profile.determiners or word in profile.indefinite_articles or word in profile.possessives
        or word in profile.relation_nouns or profile.is_role(word)
        for word in words
    )  # (nor someone's relation or role: "Mi padre me miró y me dijo:")


_ASIDE_RELATIVE = re.compile(r",\s*(\w+)\s+(?:\w+['’\s]\s*)?$")  # ", che " or ", che gli " before a verb


def _described_lead_in(article: Cues, span: MarkedSpan, para_start: int, spoken: bool = False) -> bool:
    """Whether the span follows a lead-in with no verb that a noun phrase opens ("Le opposizioni:
    «…»", "Manovra, i sindacati:", "The unions:"), when no one it names or describes was found:
    a group or someone unnamed speaks, not the previous speaker. With `spoken`, the noun phrase
    is the subject of a speech verb right before the colon instead ("Der Bauleiter sagte:", "Il
    portavoce ha spiegato:")."""
    window = article.text[para_start:span.open_start].rstrip()
    if not window.endswith(":"):
        return False
    colon = para_start + len(window) - 1
    if spoken:
        verb = _SPEECH_VERB_BEFORE_COLON.search(article.folded, para_start, colon + 1)
        if verb is None or not article.profile.verb_re.fullmatch(verb.group(2)):
            return False
        colon = verb.start(1) if verb.group(1) in article.profile.auxiliaries else verb.start(2)
    start = article.sentence_start(span.open_start, para_start)
    comma = article.text.rfind(",", start, colon)
    clause = start
    if comma != -1:
        # (after a topic of a word or two, as headlines put it: "Manovra, le opposizioni:"; not
        # after a clause, "Avant d'ajouter, un brin agacé :")
        if len(_TOKEN.findall(article.folded, start, comma)) > 2:
            return False
        clause = comma + 1
    words = _TOKEN.findall(article.folded, clause, colon)
    # (a noun phrase: a definite determiner, a noun, an adjective or an "of" phrase; not a clause
    # with a verb of its own, "Der Keeper selbst gab sich bescheiden:", nor someone's, "Sein Fazit:")
    phrase = len(words) in (2, 3) or 3 < len(words) <= 5 and words[2] in article.profile.of_words
    profile = article.profile
    return phrase and words[0] in profile.determiners and words[0] not in profile.indefinite_articles and (
        words[0] not in profile.possessives
    ) and not (
        profile.verb_re.search(article.folded, clause, colon) or article.spans_within(clause, colon)
    )


# Prepositions before the paper or programme words were said to: "al", "à", "to", "a", "an", "tegen".
_MEDIUM_PREPOSITIONS = frozenset("a al alla ai à au aux to tegen an gegenuber en".split())

# The speech verb a colon lead-in ends with, after an auxiliary or not: "sagte:", "ha spiegato:".
_SPEECH_VERB_BEFORE_COLON = re.compile(r"(\w+)[ \u00a0]+(\w+)[ \u00a0]*:$")


_INVERTED_PRONOUN = re.compile(r"(?:-t)?-(\w+)")  # ("-t-on", "-on" after the verb)


def spoken_by_someone_unnamed(article: Cues, span: MarkedSpan) -> bool:
    """Whether a span the rules gave no speaker follows a colon lead-in whose subject is a
    definite noun phrase no one the text names was found for ("Die Kulturreferentin erklärte:
    „…“"): speech all the same, to keep without a speaker rather than drop."""
    _, para_start, _ = article.paragraph_of(span.open_start)
    return _described_lead_in(article, span, para_start, spoken=True) or _said_by_a_pronoun(article, span)


def _said_by_a_pronoun(article: Cues, span: MarkedSpan) -> bool:
    """Whether a speech verb and a personal pronoun, its subject, follow the span's closing mark
    and its comma ("“…,” she said.", "«…», a-t-elle ajouté", "»…«, sagte er"): speech, whoever
    the pronoun stands for."""
    tail = _PRONOUN_TAG.match(article.folded, span.close_end)
    if tail is None or article.inside_quote(tail.start(1)):
        return False
    words = re.split(r"[\s\-]+", tail.group(1).strip())
    pronouns = [word for word in words if word in article.profile.pronouns and word not in article.profile.plural_pronouns]
    return len(pronouns) == 1 and bool(article.profile.verb_re.search(tail.group(1)))


# The words right after a closing mark and its comma, up to the clause's end: "she said", "a-t-elle ajouté".
_PRONOUN_TAG = re.compile(r"[ \u00a0\u202f]*,?[ \u00a0\u202f]*([^\W\d_][\w\s'’\-]{0,30}?)[ \u00a0]*[.,;:]")


def _cue_for(article: Cues, span: MarkedSpan, paragraph: int, para_start: int, para_end: int, words: int, previous):
    """The cue that would attribute a span, from the most to the least direct evidence, or None."""
    after = article.cue_after(span, para_end) if not span.continued else None
    if after is None or after.speaker.kind == ORGANIZATION or after.speaker.how == IMPLICIT:
        # A sentence whose subject is a person wins over an organisation credited after it
        # ("He urged … “…”, according to a ministry readout"), and over a verb after it that has
        # no subject of its own ("le président a accusé X d'être «…», après l'avoir accusé de").
        before, embedded = article.cue_before(span, para_start)
        if before and embedded and before.speaker.how == IMPLICIT and not before.complement and not (
            _dropped_subject_lead_in(article, span, para_start)
        ):
            before = None  # a quoted phrase in a sentence without a named subject: a scare quote
        named = (EXPLICIT, PRONOUN) if after is None or after.speaker.kind == ORGANIZATION else (
            EXPLICIT, PRONOUN, DESCRIPTION
        )
        if after is None or (before and before.speaker.kind == PERSON and before.speaker.how in named):
            after = None
    elif _new_sentence_after(article, span) and article.text[para_start:span.open_start].rstrip().endswith(":"):
        # A quote after a colon lead-in that ends its own sentence: the sentence after it is the
        # narrator's next ("Piet de Wit schreef: ‘…’ Anna Groen reageerde niet."), not its cue.
        before, _ = article.cue_before(span, para_start)
        if before and before.speaker.kind == PERSON and before.speaker.how in (EXPLICIT, PRONOUN, DESCRIPTION):
            after = None  # (someone described too: "Eine Nachbarin sagte: „…“ Vermieter X bestreitet das.")
    else:
        before = None
    cue = after or article.cue_inside(span) or before
    if cue is not None or span in article.unnamed_cued:
        return cue
    if _described_lead_in(article, span, para_start):
        article.unnamed_cued.add(span)
        return None
    addressee = _answers_a_vocative(article, span, para_start)
    if addressee is not None:
        return _Cue(addressee, "")
    # A quote of its own right after a sentence that reports someone's words, or after a bare
    # "Und weiter:" (only a full stop or a colon before it needs the check)
    stop = _end_before(article.text, para_start, span.open_start)
    mark = article.text[stop - 1] if stop > para_start else ""
    if mark in (".", ":") and (span.continued or article.is_own_sentence(span, para_start, para_end)):
        reporter = _reported_before(article, para_start, stop) if mark == "." else _continued_after(article, span, para_start)
        if reporter is not None:
            return _Cue(reporter, "")
    if previous is None and words < FULL_QUOTE_WORDS and (
        span.open_start == 0 or article.text[para_start:span.open_start].strip()
    ):
        return None  # no speaker to continue, too short to be an antecedent's, no lead-in line
    standalone = span.continued or article.is_own_sentence(span, para_start, para_end)
    if not standalone and article.chained_to_next(span, para_end):
        return None  # it waits for the cue of the quote its sentence goes on to (“…”, since “…,” he added)
    if not standalone:
        # A clause-long quote woven into the narrator's sentence right after a speaker's quotes
        # goes on quoting them (“Stocks "were at 55% a week ago", and …”); a short one may be a label.
        recent = previous and paragraph - previous[0] <= 1
        # (or one of any length in a sentence the mood marks as reported speech: "Vom Ziel sei man
        # »meilenweit entfernt«")
        if recent and (words >= _WOVEN_CONTEXT_WORDS or _in_reported_mood(article, span, para_start, para_end)) and (
            not article.someone_else_talked_about(previous[1], span.open_start)
            and not article.body_opens_sentence(span, para_start)
        ):
            prior = previous[1]
            return _Cue(_Speaker(prior.speaker, prior.speaker_key, prior.speaker_kind, CONTEXT), "")
        return None
    if article.crosshead(span, para_start, para_end, words):
        return None
    if not article.text[para_start:span.open_start].strip() and span.open_start > 0:
        cue = article.lead_in_speaker(span, paragraph)
        if cue is not None:
            return cue
    # (not where the paragraph's previous quote has a speaker the words may go on with)
    introduced = None if previous and previous[0] == paragraph else (
        _introduced_after(article, span, para_end) or _said_it_next(article, span, para_start, para_end)
    )
    if introduced is None and not (previous and paragraph - previous[0] <= 2):
        introduced = _introduced_next(article, span, paragraph, para_start, para_end)
    if introduced is not None:
        return _Cue(_Speaker(introduced.name, introduced.key, introduced.kind, CONTEXT), "")
    if previous and paragraph - previous[0] <= _CONTEXT_REACH and not article.someone_else_talked_about(previous[1], span.open_start):
        prior = previous[1]
        gender = article.cue_gender(span)  # (not past a pronoun of the other gender: "…», a-t-elle dit")
        # (a participle that agrees with the answer is no speaker's gender: "«…», è stata la risposta")
        if not article.other_gender(prior.speaker, gender) or _answer_tag(article, span):
            return _Cue(_Speaker(prior.speaker, prior.speaker_key, prior.speaker_kind, CONTEXT), "")
    if words >= FULL_QUOTE_WORDS and span.open_start > 0:
        # A quoted sentence of its own: the person the previous sentences are about; the one the
        # sentence right before it opens with, when only a description names them ("À la barre,
        # le prévenu s'est tourné vers la famille. « … »").
        described = article.unnamed_subject_before(span.open_start, para_start)
        if described is not None:
            return _Cue(_Speaker(described, None, PERSON, DESCRIPTION), "")
        antecedent = article.antecedent(span.open_start)
        if antecedent is not None:
            return _Cue(_Speaker(antecedent.name, antecedent.key, antecedent.kind, CONTEXT), "")
    return None


def _answers_a_vocative(article: Cues, span: MarkedSpan, para_start: int) -> _Speaker | None:
    """Whom the narrator's question right before a quote turns to by name or title ("Mister
    Ruggeri, il rigore c'era? «…»", "Dottore, quando finirà? "…""): the quote is their answer."""
    before = article.text[para_start:span.open_start].rstrip()
    if not before.endswith("?") or article.inside_quote(para_start + len(before) - 1):
        return None
    start = article.sentence_start(para_start + len(before) - 1, para_start)
    start += len(article.text[start:span.open_start]) - len(article.text[start:span.open_start].lstrip())
    vocative = _VOCATIVE_OPENING.match(article.text, start, span.open_start)
    if vocative is None:
        return None
    named = next((m for m in article.mentions_in(vocative.start(1), vocative.end(1)) if m.kind == PERSON), None)
    if named is not None:
        return _Speaker(named.name, named.key, named.kind, CONTEXT)
    words = [fold(word) for word in vocative.group(1).split()]
    if len(words) >= 2 and words[-1] in article.full_name_surnames():
        # (a title the lists need not know before a surname the text gave in full: "Mister Ruggeri")
        person = article.full_name_surnames()[words[-1]]
        return _Speaker(person.name, person.key, person.kind, CONTEXT)
    if not all(article.profile.is_role(word) or article._title_word(word) for word in words):
        return None  # (a word that opens a question: "Allora, …?")
    person = article.antecedent(start)
    return _Speaker(person.name, person.key, person.kind, CONTEXT) if person is not None else None


# A question's opening address: one to three capitalised words and a comma ("Mister Ruggeri,", "Dottore,").
_VOCATIVE_OPENING = re.compile(r"((?:[^\W\d_][\w'’.-]*\s+){0,2}[^\W\d_][\w'’-]*)\s*,")


def _reported_before(article: Cues, para_start: int, stop: int) -> _Speaker | None:
    """Who the sentence right before a quote of its own reports in the narrator's words, when a
    description says who ("Die Kosten seien gestiegen, räumte ein Sprecher des Netzbetreibers ein.
    „…“", "A spokeswoman said the plant would reopen. “…”"): the quote goes on with their words."""
    start = article.sentence_start(stop - 1, para_start)
    first = bisect.bisect_left(article._outer_starts, start)
    if first < len(article._outer_starts) and article._outer_starts[first] < stop:
        return None  # (a quote of its own: its cue says whose, and the next quote goes on with it)
    speaker = _speech_verb_subject(article, start, stop)
    if speaker is None or speaker.kind != PERSON or speaker.how != DESCRIPTION or speaker.key is not None:
        return None
    if any(word[:1].isupper() for word in speaker.name.split()[1:]) and fold(speaker.name).split()[0] not in (
        article.profile.determiners | article.profile.indefinite_articles
    ):
        return None  # (a description the rules resolved to a name: the other cues decide)
    return _Speaker(speaker.name, speaker.key, speaker.kind, DESCRIPTION)


def _end_before(text: str, floor: int, pos: int) -> int:
    """Where the text before `pos` (not before `floor`) ends, past spaces and tabs."""
    while pos > floor and text[pos - 1] in " \u00a0\t":
        pos -= 1
    return pos


def _speech_verb_subject(article: Cues, start: int, stop: int) -> _Speaker | None:
    """The subject of the last speech verb of the narrator's sentence text[start:stop]: after it
    where the verb follows a comma ("…, räumte ein Sprecher ein"), else as a cue reads it."""
    verbs = [verb for verb in article.profile.verb_re.finditer(article.folded, start, stop) if not article.inside_quote(verb.start())]
    if not verbs:
        return None
    verb = verbs[-1]
    # (no further than the clause it reports: "ha detto che il presidente X «…»" is not X's saying)
    that = article.complementizer_in(verb.end(), stop)
    that = that.start() if that is not None else stop
    if article.text[max(start, verb.start() - 3):verb.start()].rstrip().endswith(","):
        return article.subject_after_verb(verb, that - 1)
    return article.verb_subject(start, verb, that - 1) or article.implicit_subject(verb.start(), verb)


def _continued_after(article: Cues, span: MarkedSpan, para_start: int) -> _Speaker | None:
    """Who a bare lead-in that only goes on ("Und weiter:", "E ancora:", "And further:") continues:
    the subject of the previous sentence's speech verb ("In Güstrow sagte er, X lasse »…«. Und
    weiter: »…«" is his, not X's)."""
    lead = article.sentence_start(span.open_start, para_start)
    if lead <= para_start or len(_TOKEN.findall(article.folded, lead, span.open_start)) > 3 or (
        article.references_in(lead, span.open_start) or article.profile.verb_re.search(article.folded, lead, span.open_start)
    ):
        return None
    before = _end_before(article.text, para_start, lead)
    speaker = _speech_verb_subject(article, article.sentence_start(before - 1, para_start), before)
    return _Speaker(speaker.name, speaker.key, speaker.kind, CONTEXT) if speaker is not None and speaker.kind == PERSON else None


def _said_it_next(article: Cues, span: MarkedSpan, para_start: int, para_end: int) -> Mention | None:
    """The person the sentence right after a quote that opens its paragraph has say it again,
    the quote standing for the object pronoun before the verb ("«…». Il ministro X lo ha ripetuto
    ai cronisti", "«…». Le ministre X l'a répété devant les élus")."""
    if article.text[para_start:span.open_start].strip():
        return None
    start = span.close_end + len(article.text[span.close_end:para_end]) - len(article.text[span.close_end:para_end].lstrip(" \u00a0.!?"))
    end = min(para_end, article.sentence_end(start))
    verb = article.profile.verb_re.search(article.folded, start, end)
    if verb is None:
        return None
    before = [word for word in re.split(r"['’\s]+", article.folded[max(start, verb.start() - 6):verb.start()]) if word][-1:]
    if not before or before[0] not in _IT_CLITICS:
        return None
    speaker = article.subject_before(start, verb.start() - len(before[0]) - 1)
    if speaker is None or speaker.kind != PERSON or speaker.key is None and speaker.how == DESCRIPTION:
        return None
    return next((m for m in article.mentions_in(start, verb.start()) if m.name == speaker.name), None)


# The object pronoun for "it" before a verb (Italian, Spanish, French): the quote said again.
_IT_CLITICS = frozenset("lo l le".split())


def _in_reported_mood(article: Cues, span: MarkedSpan, para_start: int, para_end: int) -> bool:
    """Whether the narrator's sentence around a quote that opens in lower case (a phrase of
    someone's, not a name) has a verb in the mood of reported speech (German Konjunktiv I: "sei",
    "habe", "könne"), which says whose words it goes on giving."""
    mood = article.profile.reported_mood
    if not mood or not article.text[span.start:span.start + 1].islower():
        return False  # (a name in marks is none of it: "die Bewegung „Fridays for Future“ sei …")
    start = article.sentence_start(span.open_start, para_start)
    end = min(para_end, article.sentence_end(span.close_end))
    narrators = [word for word in _TOKEN.finditer(article.folded, start, end) if not article.inside_quote(word.start())]
    # The mood says the words are reported, not whose: not in a sentence with a source, a speech
    # verb or a noun subject of its own ("Laut einem Gutachten sei …", "Die Opposition wirft ihr
    # vor, sie habe …").
    profile = article.profile
    first = _TOKEN.search(article.folded, start, min(end, start + 20))
    if (first is not None and first.group() in profile.determiners) or any(
        mention.kind == PERSON for mention in article.mentions_in(start, end)
    ) or any(
        not article.inside_quote(found.start())
        for pattern in (profile.according_re, profile.verb_re) for found in pattern.finditer(article.folded, start, end)
    ):
        return False
    return any(word.group() in mood for word in narrators)


# A person introduced with an age or with a role set off by a comma: "Rosa Diaz, 71,", "Rosa Diaz
# (71)", "Rosa Diaz, de 71 años", "Rosa Diaz, a nurse at …", "Rosa Diaz, qui …".
_INTRODUCED = re.compile(r"(?:,\s+(?:\w{1,3}\s+)?\d{1,3}\b|\s+\(\d{1,3}\)|,\s+[^\W\d_A-Z][^\W\d_]*\s)")


def _introduced_after(article: Cues, span: MarkedSpan, para_end: int) -> Mention | None:
    """The person the sentence right after a quote of its own opens with, introduced by name and
    age or role ("“We left with nothing.” Rosa Diaz, 71, has lived in the village all her life"):
    the feature writer's way of saying who spoke."""
    rest = article.text[span.close_end:para_end]
    opening = span.close_end + len(rest) - len(rest.lstrip(" \u00a0.!?"))
    if opening >= para_end or not article.text[opening].isupper():
        return None
    if opening == span.close_end and article.text[span.close_end - 1:span.close_end] not in ".!?" and (
        article.text[span.end - 1:span.end] not in ".!?"
    ):
        return None  # the quote does not end a sentence
    found = _opening_person(article, opening, para_end)
    if found is None:
        return None
    person, _ = found
    return person if _INTRODUCED.match(article.text, person.end) else None


def _opening_person(article: Cues, start: int, end: int) -> tuple[Mention, bool] | None:
    """The person text[start:end] opens with, after at most a title of two role words ("Kapitän
    Mikko Lehtonen, …"), and whether a title stands first; None when it opens otherwise."""
    found = article.mentions_in(start, min(end, start + 60))[:1]
    if not found or found[0].kind != PERSON or article.inside_quote(found[0].start):
        return None
    title = article.folded[start:found[0].start].split()
    if len(title) > 2 or not all(article.profile.is_role(word.rstrip(".")) for word in title):
        return None
    return found[0], bool(title)


def _introduced_next(article: Cues, span: MarkedSpan, paragraph: int, para_start: int, para_end: int) -> Mention | None:
    """A paragraph that is only a quote, with no quote in the two before it (an interview answers
    across a question), and a next paragraph that opens by introducing a person the text has not
    named before ("“…”\n\nDerek Hollins, who chairs the residents' group, said …", "Landrat
    Florian Weigl zeigte sich erschüttert"): theirs."""
    if article.text[para_start:span.open_start].strip() or article.text[span.close_end:para_end].strip(" \u00a0.,"):
        return None
    if paragraph + 1 >= len(article.paragraphs):
        return None
    next_start, next_end = article.paragraphs[paragraph + 1]
    found = _opening_person(article, next_start, next_end)
    if found is None:
        return None
    person, titled = found
    if any(m.name == person.name for m in article.mentions_in(0, span.open_start)):
        return None  # someone the text talked about before, not one it introduces
    return person if titled or _INTRODUCED.match(article.text, person.end) else None


_SENTENCES_WITHIN = re.compile(r"[^\W\d_]{4,}[.!?]\s+[A-ZÀ-Þ]")


def _looks_like_a_title(content: str, tokens: list[str] | tuple[str, ...], nouns_capitalised: bool = False) -> bool:
    """A short span whose longer words are all capitalised is a name or a title (“Belt and Road”).
    Where every noun is capitalised (German) it takes every word, and two at least: „Nord Stream“
    is a name, "Völkermord" or "Sponsoren des Terrorismus" may be somebody's words."""
    if len(tokens) > 6:
        return False
    if len(tokens) == 1 and 2 <= len(tokens[0]) <= 6 and tokens[0].isupper() and content.strip() == tokens[0]:
        return True  # an acronym in marks is a name ("the agency “AFP”", „LGC“), not speech
    long_words = [t for t in tokens if len(t) > 3]
    if not long_words or content.rstrip().endswith((".", "!", "?", ",")):
        return False
    if _SENTENCES_WITHIN.search(content):
        return False  # two sentences are speech ("Voetbal. Juist"), a title one ("Dr. No" aside)
    if len(tokens) >= 2 and len(long_words) == 1 and tokens[0] == long_words[0]:
        return False  # a sentence's capital on its one long word is no title's: "«Assolutamente no»"
    if nouns_capitalised:
        return len(tokens) >= 2 and all(t[0].isupper() or t[0].isdigit() for t in tokens)
    return all(t[0].isupper() for t in long_words)


def _confidence(how: str, words: int) -> float:
    return round(_CONFIDENCE[how] - (0.1 if words < FULL_QUOTE_WORDS else 0.0), 2)
