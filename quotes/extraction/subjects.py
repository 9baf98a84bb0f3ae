"""Who a phrase names: the subject of a speech verb before or after it, a pronoun's or a dropped
subject's antecedent, a description resolved to the person it describes (the engine's second
layer, on reading.py's)."""

import bisect
import functools
import re
from dataclasses import dataclass
from typing import NamedTuple

from .languages.base import FOR_WORDS
from .mentions import AGE_AFTER_NAME, AGENT_PREPOSITIONS, AGENT_SUFFIXES, RELATIVES_AFTER_PERSON, UNDOTTED_TITLES, Mention, fold_same_length, title_past_modifiers
from .names import is_common_word, is_given_name, name_gender
from .reading import _PLAIN_WORD, _TITLE_WORDS, _TOKEN, Reading
from .text import NAME_ABBREVIATION_WORDS, OF_WORDS, PLACE_OR_MEDIUM, PLACE_OR_MEDIUM_WORDS, TITLE_ABBREVIATIONS, addressed, fold
from .types import DESCRIPTION, EXPLICIT, IMPLICIT, ORGANIZATION, PERSON, PRONOUN

_INVERTED_REACH = 4  # words between an inverted verb and its subject ("said on Monday the minister")
_APPOSITION_REACH = 120  # characters from a description to the name set after it
_ADJUNCT_REACH = 8  # the same past a phrase that opens with a preposition ("afirmó en su exposición inicial la fiscal")
# A dateline in capitals ends with a dash: "BEIJING -- The U.S. State Department …".
# A dateline's dash after the place in capitals, past its state or country and the agency's name in
# brackets: "BEIJING -- ", "COLUMBUS, Ohio (AP) - ".
_DATELINE_DASH = re.compile(r"(?:,[ \u00a0]+[A-Z][\w.]*(?:[ \u00a0]+[A-Z][\w.]*)?)?(?:[ \u00a0]*\([A-Za-z .]{1,20}\))?\s*(?:--|—|–|-)\s")
# Nor is a name after a preposition of place or medium (PLACE_OR_MEDIUM) the subject of the verb
# before it ("said in Kyiv", "sagte im Bundestag"); such a phrase may stand between an inverted
# verb and its subject: "a indiqué sur Twitter, le porte-parole".
_ADJUNCT = re.compile(rf"\s*(?:{PLACE_OR_MEDIUM_WORDS})\s+[^,;:.]{{1,40}}")
# A title's abbreviation with its full stop ("Dr.", "Dott."), which ends no sentence.
_TITLE_STOP = re.compile(rf"\b(?:{NAME_ABBREVIATION_WORDS})\.")
_BRACKETED_ACRONYM = re.compile(r"\s\(([A-ZÀ-ÖØ-Þ][A-ZÀ-ÖØ-Þ0-9]{1,7})\)")
_UNREAD = object()
_NEXT_PLAIN_WORD = re.compile(r"[ \u00a0]+([^\W\d_]+)")
# Words a subject noun phrase with an unlisted head may have before its verb ("the cook at the
# canteen"): more, and the clause holds more than its subject.
_UNLISTED_PHRASE = 6
# Endings of nouns that name a doer, with their feminine and Romance forms ("voorbijganger",
# "Anwohnerin", "habitante", "passante", "residente"): an indefinite one opening a sentence is
# someone new.
DOER_ENDINGS = AGENT_SUFFIXES + ("ante", "ente", "euse", "ore", "ster", "in", "ino", "ina", "ano", "ana")
# Nouns of time, folded, in the engine's languages: an indefinite one opens a clause of time, never
# its subject ("Un día me dijo:", "Un giorno mi disse:", "Une fois, il a lâché:").
TIME_NOUNS = frozenset("""day days time week month year night morning evening afternoon moment
dia dias vez veces semana mes ano noche manana tarde momento rato
giorno giorni volta volte settimana mese anno notte mattina sera pomeriggio momento attimo
jour jours fois semaine mois annee an nuit matin soir soiree apres-midi instant
tag tage mal woche monat jahr nacht morgen abend nachmittag augenblick
dag dagen keer week maand jaar nacht ochtend avond middag moment
dite here jave muaj vit nate mengjes mbremje cast""".split())
_BODY_TOKEN = re.compile(r"[^\W_]+['’]?")  # a word, with the apostrophe of an elided article ("L'", "d'")
_RELATIVE_AFTER = re.compile(r"\s*,\s*(\w+)")
PLURAL_INDEFINITES = frozenset("some des disa".split())  # (indefinite articles of a plural: no one person)
# "Former" before a role: its holder is not the person the role's plain title names.
_POSSESSIVE_NOUN = re.compile(r"['’]s?[ \u00a0]+(\w+)")  # ("the mayor's spokesman")
_ASIDE_AFTER_VERB = re.compile(r"[ \u00a0]*,([^,;:.()«»“”\"„]{2,60}),")  # (", lundi soir,")
# Words that turn a phrase to someone ("rivolto al ministro", "en referencia al técnico"), and
# the "to" it may open with, also between an asking verb and the one asked ("ha chiesto al
# ministro X", "à son adversaire", "to the minister").
_ADDRESS_WORDS = frozenset("towards referencia riferimento rivolto rivolta rivolti".split())
_TO_WORDS = frozenset("a ad al alla ai agli allo all à au aux to".split())
_FORMER = frozenset("ex former ehemalige ehemaliger ehemaligen ancien ancienne voormalig voormalige oud".split())
# "With" before a phrase (and its article): whom the subject is with, not the subject.
_WITH = re.compile(r"(?<!\w)(?:with|con|mit|met|avec|me)\s+(?:\w+\s+){0,3}$")
# "With" anywhere before a name, as written: capitalised only where no title looks the same ("Me
# Laurent Bouvier" is a French lawyer, Albanian "me" is "with").
_WITH_WORD = re.compile(r"(?<!\w)(?:[Ww]ith|[Cc]on|[Mm]it|[Mm]et|[Aa]vec|me)\s")
# Conjunctions that open a clause of time, whose subject is still the speaker's: "When a listener
# shouted:", "Als ein Zuhörer rief:", "Quand une passante a lancé :".
_WHEN = frozenset("when als wenn toen quand lorsque lorsqu quando cuando kur".split())
# "By" before a work's author ("“The Dinner” by Herman Koch").
_BY = frozenset({"by"})
# Words that open what someone was asked ("Asked by X whether …", "Gevraagd door X of …"), and
# the most words of it a phrase set before the subject runs to.
_ASKED_WHAT = frozenset("whether if about why what how when se perche come quando si pourquoi comment ob warum wie wann of waarom hoe nese pse".split())
_ASKED_WORDS = 16
# Conjunctions that open a clause set before the main one ("As she left, …", "Mentre parlava, …").
_SUBORDINATORS = _WHEN | frozenset(
    "as while after before once whereas mentre mentr dopo pendant tandis während nachdem bevor terwijl nadat voordat "
    "mientras después ndërsa pasi".split()
)
_RELATIVE_ASIDE = re.compile(r",[ \u00a0]+([^\W_]+)[^,;:.]*,[ \u00a0]*$")  # ", who …, " before a verb
_PORTFOLIO_WORDS = re.compile(r"[ \u00a0]+([^\W\d_]+['’]?)[ \u00a0]*(?:(?:the|la|le|el|de|het|der)[ \u00a0]+)?([^\W\d_][\w-]*)")
_JOINED_PRONOUN = re.compile(r"(?:-t)?-(\w+)")
_AUXILIARY_PRONOUN = re.compile(r"(?<=\w)(?:-t)?-(\w+)[ \u00a0]+(?:\w+[ \u00a0]+)?$")
# An age as a description, in folded text: "58-year-old", "58-jarige", "58-jahrige", "54-vjecari", "58enne".
_AGE_WORD = re.compile(r"(\d{1,3})(?:-year-old|-jarige|-jahrige[rn]?|-vjecar\w*|enne)")
_POSSESSIVE = re.compile(r"['’]s?(?!\w)")  # "Tollgate’s", "Jones'"

# A possessor and up to two words before a description's noun: "Pratt's ", "the council's chief ".
_POSSESSOR_BEFORE = re.compile(r"\w['’]s?[ \u00a0]+(?:[\w-]+[ \u00a0]+){0,2}$")
# Case and article endings of Albanian nouns, folded, longest first: a role's stem is what is left.
_CASE_ENDINGS = ("ve", "it", "in", "ja", "en", "es", "ës", "ën", "i", "e", "a", "u")
_CLITIC = re.compile(r"([^\W\d_]+)(?:['’]|[ \u00a0]+)")  # a word and the apostrophe or space after it
_AFTER_QUOTE = re.compile(r"[”»“\"’›‹«']\s*[,.]?\s*(?=[^\W\d_][^”»“\"’›‹«']*$)")  # a closing mark, and the words after it
_NOUN_AFTER = re.compile(r"[ \u00a0]+[a-zà-öø-ÿ]")  # a lower-case word right after
_CLAUSE_END = re.compile(r"[.;:!?\n]")
_ABBREVIATED = re.compile(r"(?<![\w.])([^\W\d_]{1,5})\.")  # a short word and its full stop: "M.", "Dr."
_APPOSITION_LENGTH = 90  # characters an apposition after a name may run to its clause's end
_COMMA = re.compile(r", ")
_PRONOUN_CHAIN = 12  # sentences with a pronoun subject followed back to a name
_SUBJECT_REACH = 80  # characters from a sentence's start its subject pronoun is looked for in
_TITLE_GAP = 40  # characters of titles between a word and the name it qualifies ("Kettleby manager X")
_LAST_WORD = re.compile(r"([^\W\d_]+)\s+$")  # the word right before a position (search up to it)
# Prepositions (and "whether") that follow a past participle opening a phrase: "Asked about",
# "Gevraagd naar", "Interrogé sur" (not "Unemployed welder X", an adjective).
_AFTER_PARTICIPLE = frozenset(
    "about on over whether if by for at to from naar over of door om nach uber zu ob von sur a au par si su sul sulla "
    "da se sobre por per mbi nga".split()
)
_FRONTED_RUN_ON = 8  # the most words after the name of a phrase a participle opens, before its comma
_FRONTED_PARTICIPLE_WORDS = 5  # the most words before the name of a phrase a participle opens ("Speaking on behalf of X,")
# Small numbers in the languages the engine reads: "mother of three X" describes X.
_NUMBER_WORDS = frozenset(
    "two three four five six seven eight nine ten twee drie vier vijf zwei drei vier funf deux trois quatre cinq "
    "due tre quattro cinque dos tres cuatro cinco dy tre kater pese".split()
)
# Relative pronouns that take an article ("il quale", "la cual", "lequel"): after a preposition
# ("tras lo cual dijo", "con la quale chiede") the clause's subject is the sentence's.
_ARTICLE_RELATIVES = frozenset("quale quali cual cuales lequel laquelle lesquels lesquelles".split())
_RELATION_WORDS = 7  # the most words of a relation that opens a clause: "the father of murdered teenager X"


@dataclass(frozen=True)

class _Speaker:
    name: str
    key: str | None
    kind: str
    how: str  # EXPLICIT, PRONOUN, DESCRIPTION or IMPLICIT



# A party, an age or a place in brackets right after a name: "Julien Marchal (LR), élu de …".
_BRACKETS_AFTER_NAME = re.compile(r"^[ \u00a0]*\([^()]{1,40}\)")


class _PronounSubject(NamedTuple):
    """What a sentence that names no one but has a pronoun for its subject is about: someone named
    before, of the pronoun's gender ("m", "f" or "")."""

    gender: str


# The prepositions that end a phrase set before a subject with its object: the agent of a passive
# ("Pressed by", "Interrogée par", "Befragt von") and company ("Tras reunirse con", "Along with").
_AGENT_OR_COMPANY = frozenset("by with par avec von mit da dal dalla dai dagli con por door met nga prej".split())
# Prepositions after which a name is an object or an agent, never a sentence's subject: those and
# an addressee's ("au maire X", "al sindaco X").
# A topic's prepositions ("Mit Blick auf X sagte Y", "sur X, Y a estimé"), not "for", "per", "pour",
# "voor", "für", which also mean "according to".
_TOPIC = frozenset("auf über uber gegen nach op over naar sur contre on about against su sul sullo sulla sui sugli sulle contro sobre contra".split())
_OBLIQUE = _AGENT_OR_COMPANY | frozenset("a ad to aan tegen au aux zu al ai alla allo agli alle ante devant para dallo kunder ndaj".split()) | _TOPIC
# Prepositions that open a phrase set before the subject, whose names are the phrase's: of topic,
# company and time ("Op de vraag of …", "Na de wedstrijd tegen X, zei Y", "Dopo l'intervento di X,
# Y ha detto"; not "Da una parte X, dall'altra Y").
_FRONTING_PREPOSITIONS = _TOPIC | frozenset("na after dopo apres tras despues pas following with con mit met avec tegen".split())
# Every preposition those name, and others that open a phrase ("In un comunicato l'Asl precisa",
# "For a reporter the question was"): no adverb before a clause's subject.
_PREPOSITIONS = _OBLIQUE | _FRONTING_PREPOSITIONS | OF_WORDS | frozenset(PLACE_OR_MEDIUM_WORDS.split("|")) | frozenset(
    "for per pour voor fur para por secondo segun selon laut without senza sans sin ohne zonder pa between tra fra entre zwischen"
    " tussen durante during pendant wahrend tijdens under sotto sous bajo unter onder into dentro".split()
)
# What brings someone on in a sentence of their own: "there is" and "takes the floor" (folded).
_PRESENTING = re.compile(
    r"(?<!\w)(?:c'e|c’e|ci sono|there is|there was|there's|il y a|hay|habia|es gibt|gab es|er is|er was|er zit|er zat|er staat"
    r"|er stond|ka|kishte|(?:ha|aveva) preso la parola|prende la parola|took the floor|takes the floor|a pris la parole"
    r"|prend la parole|tomo la palabra|toma la palabra|ergriff das wort|ergreift das wort|nam het woord|neemt het woord"
    r"|mori fjalen|merr fjalen)(?!\w)"
)
# Words with a participle's ending that are none ("maintenant", "cuando").
_ADVERBS_LIKE_PARTICIPLES = frozenset("maintenant cependant pendant durant avant quando cuando mando".split())


@functools.lru_cache(maxsize=16)
def _answer_words_pattern(words: frozenset[str]) -> re.Pattern:
    """The words for an answer as one pattern (one per language)."""
    return re.compile("|".join(sorted(map(re.escape, words), key=len, reverse=True)))


# A member of a party by the party's name: Dutch "SP'er", German "CDU-Politiker".
_PARTY_MEMBER = re.compile(
    r"(?<![\w-])([A-Z][A-Za-z0-9]{0,7}[A-Z0-9][A-Za-z0-9]{0,3}|[A-Z]{2,})"
    r"(?:['’]er|-(?:Politiker|Politikerin|Abgeordneter|Abgeordnete|Chef|Chefin|Vorsitzender|Vorsitzende|Mann|Frau|Kamerlid|voorman|voorvrouw))(?![\w-])"
)

_THEM = frozenset("them ihnen loro eux elles ellos ellas hen hun tyre".split())  # a group of people, after "one of"
_ONE = frozenset("one uno una".split())  # "one" of a group where it is no indefinite article: "uno de los vecinos"
_ELIDED_ARTICLE = re.compile(r"(?<!\w)(\w+)['’]$")  # an article elided onto the word after it: "un'"

# A party's name joined to a role noun: "CDA-wethouder", "SPD-Stadträtin".
_PARTY_PREFIX = re.compile(r"(?<![\w-])([A-Z][A-Za-z0-9]{0,7}[A-Z0-9][A-Za-z0-9]{0,3}|[A-Z]{2,})-(?=\w)")


@functools.cache
def _participle_patterns(patterns: tuple[tuple[str, str], ...]) -> tuple[tuple[re.Pattern, str], ...]:
    return tuple((re.compile(pattern + r"(?!\w)"), gender) for pattern, gender in patterns)


@functools.cache
def _latter_re(phrases: tuple[tuple[str, str], ...]) -> re.Pattern:
    """A pattern for a language's words for "the latter" as whole words (folded)."""
    alternatives = "|".join(re.escape(phrase).replace(r"\ ", r"\s+") for phrase, _ in sorted(phrases, key=lambda p: -len(p[0])))
    return re.compile(rf"(?<!\w)(?:{alternatives})(?!\w)")


def _honour_only(gap: str) -> bool:
    """Whether nothing, or only an honour or office in capitals ("Michael Stanton KC said"), stands
    between a name and its verb."""
    gap = gap.strip(" \u00a0")
    return not gap or (gap.isalpha() and gap.isupper() and len(gap) <= 4)


_APPOSITION_TO_RELATIVE = re.compile(r",[ \u00a0]+[^\W\d][^,.;:()\n]{0,60},[ \u00a0]*")
_SHORT_LINE = 120  # characters: a paragraph no longer than this may be a headline or crosshead


class Reference(NamedTuple):
    """A phrase in a clause that may name a speaker: a name the text gives (`mention`), a role or
    organisation noun heading a description (`noun`), or else a personal pronoun."""

    start: int
    end: int
    mention: Mention | None = None
    noun: re.Match | None = None

    @property
    def is_pronoun(self) -> bool:
        return self.mention is None and self.noun is None


@functools.cache
def _pronoun_pattern(pronouns: frozenset[str]) -> re.Pattern:
    """The pronouns as whole plain words (as _PLAIN_WORD splits them) in folded text."""
    return re.compile(rf"(?<![^\W_])(?<![^\W_]-)(?:{'|'.join(sorted(map(re.escape, pronouns), key=len, reverse=True))})(?![^\W_])(?!-[^\W_])")


@functools.cache
def _folded_words(words: frozenset[str]) -> frozenset[str]:
    """A profile's word list as folded text has it ("è", "été" -> "e", "ete")."""
    return frozenset(fold(word) for word in words)


class Subjects(Reading):
    """A text read, and who its phrases name."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self._subjects: dict[tuple[int, int], Mention | _PronounSubject | None] = {}  # antecedent's reading of each sentence
        self._obliques: dict[int, bool] = {}  # see _oblique
        self._pronoun_chain = 0  # sentences whose subject is a pronoun, followed back from the current one
        self._pronoun_antecedents: dict[int, Mention | None] = {}  # each subject pronoun's, by position
        # antecedent()'s answers outside a pronoun chain, by (position, gender): the rules and the
        # ranking both ask it at a quote's opening mark. Kept only when no chain was cut short in
        # working one out (see _chains_cut): asked again later, such a chain may be read on further.
        self._antecedents: dict[tuple[int, str], Mention | None] = {}
        self._chains_cut = 0  # pronoun chains cut short at _PRONOUN_CHAIN sentences, so far

    def other_gender(self, name: str, gender: str) -> bool:
        """Whether a person's given name says the other gender than `gender` ("m", "f", or "" for
        unknown): a pronoun or a description of that gender does not point at them."""
        if not gender:
            return False
        first = _TOKEN.match(fold_same_length(name))
        if first is not None and (first.group() in self.profile.determiners or first.group() in self.profile.indefinite_articles):
            # a description the text gives for someone it does not name ("One GOP state senator",
            # "la mère de la victime"): its article's and noun's gender, not a given name's
            words = _TOKEN.findall(fold_same_length(name))
            described = self.profile.description_gender(words[0], " ".join(words[1:3]))
            return described not in ("", gender)
        return name_gender(name, self.profile.code) not in ("", gender)

    def references_in(self, start: int, end: int) -> list[Reference]:
        """The phrases in text[start:end] that may name a speaker (names, pronouns, descriptions),
        in order."""
        found = [Reference(m.start, m.end, mention=m) for m in self.mentions_in(start, end)]
        written = self.profile.written_pronouns
        for match in _PLAIN_WORD.finditer(self.folded, start, end):
            word = match.group()
            if self.mention_at(match.start()):
                continue
            if word in self.profile.pronouns or (written and self.text[match.start():match.end()].lower() in written):
                found.append(Reference(match.start(), match.end()))
            elif self.profile.is_role(word) or _AGE_WORD.fullmatch(word) or (
                self.profile.is_organization(word)
                and (len(word) > 3 or self.text[match.start():match.end()].isupper())  # (EU, not "l'ai eu")
            ):
                found.append(Reference(match.start(), match.end(), noun=match))
        if self.profile.latter:
            found += [Reference(m.start(), m.end(), noun=m) for m in _latter_re(self.profile.latter).finditer(self.folded, start, end)]
        # a party's member the text named with that party ("de SP'er", "der CDU-Politiker")
        found += [
            Reference(m.start(), m.end(), noun=m) for m in _PARTY_MEMBER.finditer(self.text, start, end)
            if not (bisect.bisect_left(self._mention_starts, m.end()) < bisect.bisect_right(self._mention_starts, m.end() + 2))
            and not self._after_indefinite(m.start()) and self._party_member(m)
        ]  # (not a title before a name, "der CDU-Politiker Jens Spahn", nor someone new, "ein CDU-Politiker")
        found.sort(key=lambda reference: reference.start)
        return found

    def subject_before(self, start: int, verb: int) -> _Speaker | None:
        """The subject of a verb, from the clause before it: `Kirby said`, `the Russian leader
        said`, `Spokesman X, …, Name, said`, `He also …, stressing that`."""
        start = self._clause_start(start, verb)
        references = self.references_in(start, verb)
        related = None if any(item.mention is not None and item.mention.kind == PERSON for item in references) else (
            self._relation_opening(start, verb)  # (of someone named: see _related_to below)
        )
        if related is not None:
            return _Speaker(related.name, None, PERSON, DESCRIPTION)  # ("Il figlio della donna, …, racconta": not the woman)
        found = [
            item for item in references
            if not self._place_or_dateline(item, start) and not self._bracketed(item, verb)
            and not (item.is_pronoun and self._of_complement(item.start))  # ("Prima di lei era intervenuto X")
            and not (item.mention is not None and self.spoken_to(item.start, start))  # ("rivolta ad Amendola, ha aggiunto")
            and not (item.mention is not None and self._possessor(item.mention))  # ("Pratt's lawyer said")
            # (nor whom the subject is with: "A Pentagon statement on the meeting with General X described")
            and not (item.mention is not None and _WITH.search(self.folded, max(start, item.start - 40), item.start))
            # (nor a participle's agent, "X, arrivato dal Lanús, ha parlato"; unless the verb is in
            # a relative clause about it: "It was chaired by Ruth Kemp, who said")
            and not (item.mention is not None and self.agent_of_participle(item.start) and not self._relative_after(item.end, verb))
        ]
        aside = _RELATIVE_ASIDE.search(self.folded, start, verb)
        if aside is not None and aside.end() >= verb - 1 and (
            aside.group(1) in self.profile.relative_pronouns or aside.group(1) in self.profile.personal_relatives
            or aside.group(1) in self.profile.determiners  # (German "der", "die": the article's forms)
            or aside.group(1) in self.profile.complementizers  # (where "that" is the relative: "Un padre, che lavora come infermiere, aggiunge")
        ):
            # (nor a thing or place a relative clause set off before the verb names: "Eine
            # Rentnerin, die ihren Namen nicht nennen wollte, sagte")
            found = [item for item in found if not (
                aside.start() < item.start < aside.end() and (item.mention is None or item.mention.kind != PERSON)
            )]
        if not found:
            newcomer = self._one_of_them(start, verb) or self._indefinite_kin(start, verb)
            if newcomer is not None:
                return _Speaker(newcomer.name, None, PERSON, DESCRIPTION)  # ("L'un de ses joueurs a reconnu :")
            return self._unlisted_noun_subject(start, verb)
        relative = self._relative_pronoun(start, verb, found)
        if relative is not None:
            # "la rhétorique du Kremlin qui explique": the subject is the phrase before the pronoun.
            # A person named right before it is that subject ("Oleg Morozov, qui a dit"); anything
            # else only when a comma sets the clause off ("the ministry, which said"), since
            # without one the noun may qualify another ("la rhétorique du Kremlin").
            # (whoever it was addressed to, too: "insieme al prefetto Esposito, il quale ha spiegato")
            antecedent = [item for item in references if item.end <= relative and not self._place_or_dateline(item, start)]
            gap = self.text[antecedent[-1].end:relative] if antecedent else "-"
            name = antecedent[-1].mention if antecedent else None
            if name is not None and name.kind == ORGANIZATION:
                # (a body a description in apposition names is not the clause's: "X, presidente della
                # commissione Sanità, che ha annunciato": X)
                person = next((item for item in reversed(antecedent[:-1]) if item.mention is not None and item.mention.kind == PERSON), None)
                if person is not None and _APPOSITION_TO_RELATIVE.fullmatch(self.text, person.end, relative):
                    return self.resolve(person, verb)
            if not gap.strip(" ,\u00a0") and ("," in gap or (name is not None and name.kind == PERSON)):
                return self.resolve(antecedent[-1], verb)
            if name is not None and name.kind == PERSON and _APPOSITION_TO_RELATIVE.fullmatch(gap):
                return self.resolve(antecedent[-1], verb)  # (past a description in apposition to the name)
            return None
        # A name ending a phrase set before the subject is that phrase's ("Interrogée par France
        # Info, la ministre a répondu :", "Defending Daniel Okafor, Michael Stanton said"), its
        # title too ("Interrogée par le journaliste Paul Vidal, la ministre …").
        named = found[1] if len(found) > 2 and found[0].noun is not None and found[1].mention is not None and (
            self._titled_after(found[0].start, found[1].start)
        ) else found[0]
        if len(found) > 1 and named.mention is not None and (
            self._fronted_phrase(start, named, lead_end=found[0].start)
            or self.in_fronted_topic(start, named) and "," in self.text[named.end:found[-1].start]
        ):  # (or a topic's: "Sulla vicenda di Luca Sarti, il procuratore Franco Gatti ha dichiarato")
            found = [item for item in found if item.start > named.end] or found
        elif len(found) > 2 and named.mention is None:
            # (a name further into a question set before the subject: "Asked by the coroner
            # whether Mr Aldous had braked, the investigator said")
            asked = next((item for item in found[1:-1] if item.mention is not None and item.mention.kind == PERSON
                          and self._inside_question(start, item)), None)
            if asked is not None:
                found = [item for item in found if item.start > asked.end] or found
        elif len(found) == 1 and named.mention is not None and self.profile.drops_subjects and self._fronted_phrase(start, named):
            return None  # (a dropped subject after it: "Lasciando Montecitorio, ha ribadito:")
        elif len(found) == 1 and named.mention is not None and self.profile.verb_second and self.in_fronted_topic(start, named) and (
            self.text[named.end:verb].strip(" \u00a0").endswith(",")
        ):
            return None  # (the subject comes after the verb: "Auf die Leistung von X angesprochen, sagte der Trainer")
        elif len(found) == 1 and named.mention is not None and self._inside_question(start, named):
            # (the subject is the noun phrase after the question: "Asked … whether Mr Aldous had
            # braked, the investigator said", a noun no list knows)
            comma = self.text.find(",", named.end, verb)
            return self._unlisted_noun_subject(comma + 1, verb) if comma != -1 else None
        person = next((item.mention for item in found if item.mention is not None), None)
        related = self._related_to(start, person) if person is not None and person.kind == PERSON else None
        if related is not None:
            return related
        first = found[0]
        leading = self.text[start:first.start].strip(" ,.;:–—-\"'“”«»„\u00a0")
        if first.is_pronoun and not leading:
            return self.resolve(first, verb)
        opening = _TOKEN.search(self.folded, max(start, self.text.rfind(",", start, first.start) + 1), first.start)
        if first.is_pronoun and opening is not None and (
            opening.group() in self.profile.determiners or opening.group() in self.profile.indefinite_articles
        ):
            # A noun phrase that opens the pronoun's clause is its subject, and the pronoun its
            # object ("…, ihr Sohn habe sie gefragt:", "zijn vrouw had hem gevraagd:").
            described = self._unlisted_noun_subject(opening.start(), first.start)
            if described is not None:
                return described
        holder = next((item for item in found[1:] if item.mention is not None), None)
        if first.mention is not None and first.mention.kind == PERSON and holder is not None and self._staff_of(first, holder):
            return self.resolve(holder, verb)  # ("Colter spokeswoman Brittany Hale told reporters": Hale)
        if first.mention is not None and first.mention.kind == PERSON:
            last = found[-1]
            if last is not first and last.mention is not None and last.mention.kind == PERSON and (
                "," in self.text[start:first.start] or self._fronted_phrase(start, first)
            ) and (
                _honour_only(self.text[last.end:verb]) and self._opens_clause(last.start, start)
                and not self._apposition_until(first.mention, verb)
            ):
                # "Pressed by the presenter, Huw Bevan, on whether …, Mr Caldwell said": the name that
                # opens the clause the verb ends, not one in a phrase set before it.
                return self.resolve(last, verb)
            return self.resolve(first, verb)
        for item in found[1:]:
            # "le député Julien Marchal (LR), élu de …, a dénoncé": the apposition's person (not
            # the one the role is of: "El abogado de Ortuño, Jorge Benavente, sostiene").
            if item.mention is not None and item.mention.kind == PERSON and not self._of_complement(item.start) and (
                self._apposition_until(item.mention, verb)
            ):
                if all(
                    other.noun is not None or other is item or (other.mention is not None and other.mention.kind == ORGANIZATION)
                    for other in found[:found.index(item)]
                ):  # ("La diputada del Bloque Atlántico (BA) Noelia Figueroa, gallega y …, reprochó")
                    named = self._named_apposition(item.mention, verb)
                    return self.resolve(named or item, verb)
                break
        if self.participle(verb) and self.text[max(0, verb - 8):verb].rstrip(" \u00a0")[-1:] == ",":
            # "Pope Francis asked …, admitting that": the sentence's subject. (Without the comma
            # the participle may qualify the noun before it: "les propos de Macron accusant …".)
            return self.resolve(first, verb)
        # Otherwise the subject stands next to its verb: "…, John Kirby, u tha", "…, le président
        # français a accusé".
        last = found[-1]
        gap = self.text[last.end:verb].strip(" ,\u00a0").split()
        is_role = last.noun is not None and self.profile.is_role(last.noun.group())
        # (nor a name completing the phrase before it: "the lawyer for Pratt said")
        of = self._of_complement(last.start, floor=start, reach=6) or (
            last is not first and _TOKEN.findall(self.folded, max(start, last.start - 8), last.start)[-1:] in (
                [word] for word in self.profile.complement_words
            )
        )
        if len(gap) <= 1 and (last.mention is not None or is_role or last.is_pronoun) and not of:
            return self.resolve(last, verb)  # (not "El exalcalde de Montalbán niega": the mayor)
        return self.resolve(first, verb)

    def _related_to(self, start: int, name: Mention) -> _Speaker | None:
        """A clause that opens with someone's relation and names that someone ("The father of
        murdered teenager Lucy Hart said", "one ally of Alan Marsh said", "Nëna e Elona Berishës"):
        its subject is the relation, named in apposition after ("…, Shpresa Berisha, tha") or
        else unnamed, never the one named."""
        words = list(_TOKEN.finditer(self.folded, start, name.start))
        if not 2 <= len(words) <= _RELATION_WORDS or re.search(r"[,;:()]", self.text[start:name.start]):
            return None
        profile = self.profile
        linking = next((n for n, w in enumerate(words) if n and w.group() in profile.complement_words), None)
        if linking is None:
            return None
        if words[linking - 1].group() not in profile.relation_nouns:
            # A noun no list knows is someone's relation too when a name in apposition says who
            # holds it ("Il vice di Sarri, Giovanni Martusciello, ha detto", "The deputy of X, Y,
            # said"); without one it may be a thing ("the office of X said"), and the other cues decide.
            apposed = self._apposed_person(name.end)
            if apposed is None or linking != 2 or words[0].group() not in profile.determiners or not (
                self._unlisted_noun(words[1], capitals=True)
            ):
                return None
            return _Speaker(apposed.name, apposed.key, apposed.kind, EXPLICIT)
        described = [w for w in words[linking + 1:] if w.group() not in profile.determiners]
        if len(described) > 2 or any(  # what the relation says of the one named: "murdered teenager", "Mayor"
            w.group() in profile.not_names or profile.verb_re.fullmatch(w.group()) or profile.is_organization(w.group())
            or not (self.text[w.start()].islower() or self._title_word(w.group()))
            or w.group() in _NUMBER_WORDS or w.group().isdigit()  # ("Mother of three Sarah Jones": her own)
            for w in described
        ):
            return None
        apposed = self._apposed_person(name.end)
        if apposed is not None:
            return _Speaker(apposed.name, apposed.key, apposed.kind, EXPLICIT)
        return _Speaker(self.text[words[0].start():name.end], None, PERSON, DESCRIPTION)

    def _apposed_person(self, end: int, last: bool = False) -> Mention | None:
        """The person named between commas right after `end` (", Shpresa Berisha,"), or None;
        `last`: or ending the sentence (", Josep Borrell.")."""
        apposed = next(iter(self.mentions_in(end, end + 60)), None)
        if apposed is None or apposed.kind != PERSON or self.text[end:apposed.start].strip() != ",":
            return None
        after = self.text[apposed.end:apposed.end + 1]
        return apposed if after == "," or (last and (after in ("", ".", "\n", "\r"))) else None

    def _unlisted_noun_subject(self, start: int, verb: int, capitals: bool = True) -> _Speaker | None:
        """A clause that is only a noun phrase before its verb, headed by a noun no list knows
        ("la comisaria advirtió", "a cook at the canteen said:"): a definite one is the person
        the text gave that title ("la comisaria jefa, Lucía Romero"); an indefinite one, or one
        that is someone's ("Haar buurman vult aan:"), is someone new, whom the text does not name,
        and not the last person named."""
        spoken = self.profile.verb_re.match(self.folded, verb) is not None  # (not a verbless lead-in: "Poi una stoccata agli arbitri:")
        # (past a relative clause set off by commas: "A neighbour, who did not want to be named, said")
        relative = _RELATIVE_ASIDE.search(self.folded, start, verb)
        opener = relative.group(1) if relative is not None else ""
        short = relative is not None and len(_TOKEN.findall(self.folded, relative.start(), relative.end())) <= 2 and not (
            self.profile.verb_re.search(self.folded, relative.start(), relative.end())
        )  # (or a word or two: "Une mère d'élève, émue, a confié", "A neighbour, 54, said")
        if (opener in self.profile.relative_pronouns or opener in self.profile.complementizers or opener in self.profile.determiners
                or short) and relative.end() >= verb - 1:
            # ("Una vecina, que prefirió no dar su nombre, dijo", "Eine Nachbarin, die anonym bleiben wollte, sagte")
            verb = relative.start()
        words = list(_TOKEN.finditer(self.folded, start, verb))
        if len(words) > 2 and words[0].group() in _WHEN:
            start, words = words[1].start(), words[1:]  # (a clause of time: "Als ein Zuhörer rief:")
        elif len(words) > 2 and spoken and (lead := self._fronted_adverbial(words)):
            # (past an adverb or a short adverbial phrase: "Then a reporter asked:", "Poi un
            # cronista gli ha chiesto:", "Più in là un volontario spiega:")
            start, words = words[lead].start(), words[lead:]
        if not 2 <= len(words) <= _UNLISTED_PHRASE or re.search(r"[,;:()]", self.text[words[0].start():verb]):
            return None
        article, noun = words[0].group(), words[1]
        if self.profile.noun_suffixes and len(words) > 2 and self.text[noun.start()].islower() and self.text[words[2].start()].isupper() and (
            self.mention_at(words[2].start()) is None
        ):
            noun = words[2]  # (past an adjective, where every noun has its capital: "Ein älterer Mann rief")
        if not (article in self.profile.determiners or article in self.profile.indefinite_articles) or not (
            self._unlisted_noun(noun, capitals)
        ) or self.text[start:words[0].start()].strip(" \u00a0\"'“”«»„–—-"):
            return None
        head = noun.group()
        if head in TIME_NOUNS:
            return None  # ("Un día me dijo:", "Un giorno mi disse:": when, not who)
        rest = [word.group() for word in words[2:]]
        if any(word in self.profile.relative_pronouns or word in self.profile.complementizers or word in self.profile.pronouns for word in rest):
            return None  # (a clause of its own before the verb)
        if not self._indefinite(self.text[words[0].start():noun.end()]):
            # A definite one is the person the text gave that title; else it may be a thing or a
            # body ("the memo said", "la direction assure") as well as someone talked about
            # ("the teenager said"), and the other cues decide.
            gender = self.profile.description_gender(article, head)
            described = self._person_described_by(head, head, noun.start(), definite=True, gender=gender)
            if described is not None:
                return _Speaker(described.name, described.key, described.kind, DESCRIPTION)
            introduced = self._unlisted_introduced(head, noun.start())
            if introduced is not None:  # ("A paramedic who … said morale was low. “…,” the paramedic said")
                return _Speaker(introduced.name, None, PERSON, DESCRIPTION)
            if not self._possessed(noun.start()):
                return None
            # (someone's, and so not the one the possessive points at: "Haar buurman vult aan:")
        return _Speaker(self._with_complement(noun.start(), verb), None, PERSON, DESCRIPTION)

    def _fronted_adverbial(self, words: list[re.Match]) -> int:
        """How many words of an adverb or adverbial phrase open a clause before the noun phrase
        its subject begins with ("Then", "Poi", "Più in là", "Ieri sera"), or 0: at most four
        words, with no article, name, pronoun or verb, the last no preposition that would govern
        the noun phrase ("Con un cronista …"), in a language that does not put its verb second
        (there the verb would follow them)."""
        profile = self.profile
        if profile.verb_second:
            return 0
        for n, word in enumerate(words[:5]):
            head = word.group()
            if (head in profile.indefinite_articles or head in profile.determiners) and (
                self.text[word.start():word.end()].lower() == head  # (not "là", which folds to "la")
            ):
                return n if n and words[n - 1].group() not in _PREPOSITIONS else 0
            if self.mention_at(word.start()) is not None or not head.isalpha() or (
                head in profile.pronouns or head in profile.complementizers or head in profile.relative_pronouns
                or head in profile.auxiliaries or profile.verb_re.fullmatch(head)
            ):
                return 0
        return 0

    def _unlisted_noun_after(self, verb_end: int, end: int) -> _Speaker | None:
        """An inverted subject that is an indefinite noun phrase no list knows ("…”, said one
        critic", "gritó un vecino desde el fondo", "riep een buurtbewoner"): someone new, whom the
        text does not name."""
        words = list(_TOKEN.finditer(self.folded, verb_end, min(end, verb_end + 80)))
        # a relative of someone new is someone new: "«…», si lamenta la madre di una studentessa",
        # "said the father of a pupil", "a confié le père d'un élève"
        of = re.split("['’]", words[2].group()) if len(words) >= 4 else []
        elided = len(of) == 2 and of[1] in self.profile.indefinite_articles  # ("d'un élève")
        relative = len(words) >= (4 if elided else 5) and words[0].group() in self.profile.determiners and (
            words[1].group() in self.profile.relation_nouns
        ) and of[0] in self.profile.of_words and (elided or words[3].group() in self.profile.indefinite_articles) and not (
            self.text[words[0].start():words[3 if elided else 4].end()].count(",")
        )
        if not relative and len(words) >= 3 and words[0].group() in self.profile.determiners and words[1].group() in self.profile.possessives:
            words = words[1:]  # someone's, so someone new too: "«…», ha commentato il suo legale"
        elif not relative and (len(words) < 2 or words[0].group() not in self.profile.indefinite_articles and not (
            words[0].group() in self.profile.possessives
        )):
            return None
        # Only a verb set right after the quote inverts its subject; elsewhere the phrase is its
        # object ("…», cuenta mientras señala una chabola"). So does a verb in second place before
        # the colon that leads a quote in ("Danach fragte ein Kind:", "Toen riep een buurman:").
        close = _AFTER_QUOTE.search(self.text, max(0, verb_end - 40), verb_end)
        if close is None:
            return self._noun_in_second_place(verb_end, end, words[1])
        verb_start = close.end()
        # (past the object pronouns set before the verb: "«…», lui a demandé un journaliste")
        # (a reflexive one may belong to the verb itself: "«…», se queja una vecina")
        while not self.profile.verb_re.fullmatch(self.folded, verb_start, verb_end):
            clitic = _CLITIC.match(self.folded, verb_start, verb_end)
            if clitic is None or clitic.group(1) not in self.profile.object_clitics:
                return None
            verb_start = clitic.end()
        if relative:
            last = words[3] if elided else words[4]
            return _Speaker(self.text[words[0].start():last.end()], None, PERSON, DESCRIPTION)
        noun = words[1]
        if len(words) >= 4 and noun.group() in self.profile.of_words and words[2].group() in self.profile.determiners and (
            self._unlisted_noun(words[3]) or self.profile.is_role(words[3].group())
        ) and not self.folded[words[0].end():words[3].start()].count(",") and not self.profile.is_organization(words[3].group()):
            # one of a group: "zei een van de buren", "said one of the residents", "dijo uno de los vecinos"
            return _Speaker(self.text[words[0].start():words[3].end()], None, PERSON, DESCRIPTION)
        if not self._unlisted_noun(noun) or self.folded[words[0].end():noun.start()].strip():
            return None
        return _Speaker(self._with_complement(noun.start(), end), None, PERSON, DESCRIPTION)

    def _noun_in_second_place(self, verb_end: int, end: int, noun: re.Match) -> _Speaker | None:
        """The indefinite subject after a verb in second place, where a main clause puts its verb
        second and a colon ends the clause right after the noun ("Danach fragte ein Kind:"): an
        adverb, not a subject, stands before the verb."""
        if not self.profile.verb_second or not self.text[end:end + 2].lstrip(" \u00a0").startswith(":"):
            return None
        verb = self.profile.verb_re.search(self.folded, max(0, verb_end - 40), verb_end)
        while verb is not None and verb.end() != verb_end:
            verb = self.profile.verb_re.search(self.folded, verb.start() + 1, verb_end)
        if verb is None:
            return None
        start = self.sentence_start(verb.start(), max(0, verb.start() - 60))
        fronted = _TOKEN.findall(self.folded, start, verb.start())
        if len(fronted) != 1 or self.references_in(start, verb.start()) or not self._unlisted_noun(noun) or (
            self.folded[verb_end:noun.start()].split()[1:]
        ):
            return None
        return _Speaker(self._with_complement(noun.start(), end), None, PERSON, DESCRIPTION)

    def _unlisted_noun(self, noun: re.Match, capitals: bool = True) -> bool:
        """Whether a word (a match in folded text) can head a noun phrase no list knows: a word of
        three letters or more, in lower case, or with its capital where every noun has one ("eine
        Nachbarin"; `capitals` False leaves those out), and no function word, pronoun or verb."""
        written = self.text[noun.start():noun.end()]
        if not written.isalpha() or len(written) < 3:
            return False
        if not written.islower() and not (capitals and self.profile.noun_suffixes and self.mention_at(noun.start()) is None):
            return False
        head = noun.group()
        return not (
            head in self.profile.not_names or head in self.profile.pronouns or head in self.profile.auxiliaries
            or self.profile.verb_re.fullmatch(head)
        )

    def _relative_pronoun(self, start: int, verb: int, found: list[Reference]) -> int | None:
        """Where the relative pronoun whose clause the verb ends begins, or None: right before it
        ("Morozov, qui a dit"), or before a phrase set off by commas that names no one ("his
        predecessor Colm Feeney, who, a year before retiring, lamented")."""
        last = _LAST_WORD.search(self.folded, max(start, verb - 20), verb)
        if last and last.group(1) in self.profile.relative_pronouns:
            # (with its article: "la prefetta Laura Conti, la quale ha spiegato", "el cual"; not
            # after a preposition, whose clause has a subject of its own: "en la cual afirma")
            article = _LAST_WORD.search(self.folded, max(start, last.start(1) - 12), last.start(1))
            opening = article.start(1) if article and article.group(1) in self.profile.determiners else last.start(1)
            before = self.text[max(start, opening - 30):opening].rstrip()
            if (opening != last.start(1) or last.group(1) in _ARTICLE_RELATIVES) and not before.endswith(","):
                return None
            return opening
        # or a few words before it, right after a name and a comma: "Anna Verdi, che gli avrebbe detto"
        near = list(_PLAIN_WORD.finditer(self.folded, max(start, verb - 40), verb))[-4:]
        for word in near:
            relative = word.group() in self.profile.relative_pronouns or word.group() in self.profile.complementizers
            if relative and self.text[max(0, word.start() - 2):word.start()].strip() == "," and (
                not re.search(r"[,;:]", self.text[word.end():verb])
                and any(m.kind == PERSON and (
                    m.end >= word.start() - 2
                    # (past a description in apposition: "Luciano Fedrizzi, ex campione trentino, che ha scritto")
                    or _APPOSITION_TO_RELATIVE.fullmatch(self.text, m.end, word.start()) is not None
                ) for m in self.mentions_in(max(start, word.start() - 90), word.start()))
            ):
                return word.start()
        words = list(_PLAIN_WORD.finditer(self.folded, max(start, verb - 120), verb))
        for word in reversed(words):
            if word.group() in self.profile.relative_pronouns:
                inserted = self.text[word.end():verb].strip(" \u00a0")
                if inserted.startswith(",") and inserted.endswith(",") and not any(
                    item.start >= word.end() and item.noun is None for item in found
                ):
                    return word.start()
                return None
        return None

    def _fronted_phrase(self, start: int, name: Reference, lead_end: int | None = None) -> bool:
        """Whether the name ends a short phrase set before the subject, a comma right after it,
        that opens with a participle or ends with a preposition before the name: it is that
        phrase's object ("Defending Daniel Okafor, Michael Stanton said", "Interrogée par France
        Info, la ministre a répondu"; not "Sir Philip Crane, the permanent secretary, told", nor
        "Outside the court, Rosa Delgado, whose son …, said")."""
        comma = self.text.find(",", name.end, name.end + 60)
        if comma == -1:
            return False
        inner = self.text.rfind(",", start, name.start)
        if inner != -1:
            # (a participle's phrase after another phrase set before the subject: "E in serata,
            # lasciando Montecitorio, ha ribadito:")
            if not self._opens_with_participle(list(_TOKEN.finditer(self.folded, inner + 1, name.start))[:3]):
                return False
            if self._apposed_role(comma):
                return False  # (the name with its title is the subject: "rispondendo ai giornalisti X, ministro dell'Economia, ha detto")
            start = inner + 1
        rest = _TOKEN.findall(self.folded, name.end, comma)  # (the phrase may go on: "Pressed by Paul Gray on the delays,")
        matches = list(_TOKEN.finditer(self.folded, start, name.start if lead_end is None else lead_end))
        # (as long as what was asked: "Asked by Jake Tapper whether he expected to meet Kim,")
        asked = bool(rest) and rest[0] in _ASKED_WHAT and len(rest) <= _ASKED_WORDS and self._opens_with_participle(matches)
        if len(rest) <= _ASKED_WORDS and self._asks_about(matches):
            return True  # (or inside what was asked: "Asked if Ms Brandt had overstated the case, the lawyer said")
        # (a participle's phrase may run on past its object: "Recevant à l'Elysée X pour la
        # troisième fois cette année, le chef de l'État a averti")
        reach = _FRONTED_RUN_ON if self._opens_with_participle(matches) else 4
        if not asked and (
            len(rest) > reach or self.profile.verb_re.search(self.folded, name.end, comma) or (rest and rest[0] in self.profile.relative_pronouns)
        ):
            return False
        if lead_end is not None:
            matches = [match for match in matches if match.group() not in self.profile.determiners]
        # A title right after the agent's preposition is the name's own ("Asked by Ms Long why …,",
        # "Pressed by Judge Harlan,", "Interrogé par le juge X,").
        titled = len(matches)
        while titled > 1 and (
            self._title_word(matches[titled - 1].group()) or matches[titled - 1].group() in self.profile.determiners
        ):
            titled -= 1
        if titled < len(matches) and matches[titled - 1].group() in _AGENT_OR_COMPANY:
            matches = matches[:titled]
        words = [match.group() for match in matches]
        participle = self._opens_with_participle(matches)
        if not 1 <= len(words) <= (_FRONTED_PARTICIPLE_WORDS if participle else 3) or (
            words[0] in self.profile.determiners and not participle
        ) or any(self._title_word(word) or self.profile.is_role(word) for word in words):
            return False
        # A participle opens it (not a linking word: "Cependant Marie Dubois, la maire, a déclaré"),
        # or an agent's or companion's preposition stands before the name, or before the agent's
        # noun ("par le journaliste Paul Vidal"; not a time: "On Tuesday Jane Doe, the mayor, said").
        return participle or (len(words) >= 2 and any(word in _AGENT_OR_COMPANY for word in words[1:][-2:]))

    def in_fronted_topic(self, start: int, name: Reference) -> bool:
        """Whether the name stands in a phrase that a preposition of topic, time or company opens
        at `start`, before any comma ("Sulla prestazione di Kwame Osei, il tecnico …"): the
        phrase's, not the subject the comma is followed by."""
        opening = _PLAIN_WORD.search(self.folded, start, name.start)
        return opening is not None and opening.group() in _FRONTING_PREPOSITIONS and not (
            self.text[start:opening.start()].strip()
        ) and "," not in self.text[start:name.start]

    def _description_opens(self, start: int, end: int) -> bool:
        """Whether text[start:end] opens with a definite role description, past a verb where the
        verb comes second ("l'allenatore si è sbilanciato", "sagte der Trainer")."""
        words = _TOKEN.findall(self.folded, start, min(end, start + 60))[:3]
        if words and self.profile.verb_second and self.profile.verb_re.fullmatch(words[0]):
            words = words[1:]
        if not words:
            return False
        article, _, noun = words[0].replace("’", "'").partition("'")
        if noun and article in self.profile.determiners:  # ("l'allenatore")
            return self.profile.is_role(noun)
        return len(words) >= 2 and words[0] in self.profile.determiners and self.profile.is_role(words[1])

    def _inside_question(self, start: int, name: Reference) -> bool:
        """Whether the name stands in what a participle's phrase set before the subject asks, a
        comma after it ("Asked … whether Mr Aldous had braked,")."""
        comma = self.text.find(",", name.end, name.end + 80)
        return comma != -1 and "," not in self.text[start:name.start] and self._asks_about(
            list(_TOKEN.finditer(self.folded, start, name.start))
        )

    def _asks_about(self, words: list[re.Match]) -> bool:
        """Whether the words open with a participle and go on into what was asked ("Asked if",
        "Asked by the coroner whether")."""
        return len(words) >= 2 and self._opens_with_participle(words) and any(word.group() in _ASKED_WHAT for word in words[1:])

    def _apposed_role(self, comma: int) -> bool:
        """Whether a short phrase set off by commas after `comma` is a role or a description: a
        title, a role or a lower-case noun, after an article or not ("ministro dell'Economia",
        "difensore dell'imputato", "il presidente"), no verb in it."""
        closing = self.text.find(",", comma + 1, comma + 80)
        words = _TOKEN.findall(self.folded, comma + 1, closing) if closing != -1 else []
        if not 1 <= len(words) <= 5 or self.profile.verb_re.search(self.folded, comma + 1, closing):
            return False
        head = words[1] if words[0] in self.profile.determiners and len(words) > 1 else words[0]
        head = re.split("['’]", head)[-1]
        # (or a noun no list knows, but no function word: "difensore dell'imputato", not "insieme al collega")
        return self._title_word(head) or self.profile.is_role(head) or (
            len(head) > 3 and head not in self.profile.not_names and head not in self.profile.of_words
            and not self.profile.verb_re.fullmatch(head) and not any(ch.isupper() for ch in self.text[comma + 1:closing])
        )

    def _opens_with_participle(self, words: list[re.Match]) -> bool:
        """Whether a phrase opens with a participle: a present one ("Defending X"), or a past one
        with a preposition after it ("Asked about X", "Gevraagd naar X", "I pyetur për X"), past a
        preposition ("After meeting X") or an article (Albanian "I pyetur")."""
        if words and len(words) > 1 and (words[0].group() in self.profile.not_names or words[0].group() in self.profile.determiners):
            words = words[1:]
        if not words:
            return False
        first = words[0].group()
        if first in self.profile.not_names or first in _ADVERBS_LIKE_PARTICIPLES:
            return False
        endings = self.profile.participle_endings
        if endings and first.endswith(endings):
            return True
        pattern = self.profile.past_participle
        following = words[1].group() if len(words) > 1 else ""
        return bool(pattern) and (following in self.profile.not_names or following in _AFTER_PARTICIPLE) and bool(
            re.fullmatch(pattern, self.text[words[0].start():words[0].end()].lower())
        )

    def _opens_clause(self, name: int, floor: int) -> bool:
        """Whether a comma and at most a title stand right before the name at `name` (", Mr Caldwell")."""
        comma = self.text.rfind(",", floor, name)
        return comma != -1 and all(
            word in self.profile.determiners or self._title_word(word) for word in _TOKEN.findall(self.folded, comma + 1, name)
        )

    def _bracketed(self, reference: Reference, end: int) -> bool:
        """Whether the phrase stands in brackets closed before `end`: an aside ("Anna de Boer
        (PvdA) zegt", "Paul Girard (62) said") is never the verb's subject."""
        opening = self.text.rfind("(", max(0, reference.start - 40), reference.start)
        return opening != -1 and ")" not in self.text[opening:reference.start] and ")" in self.text[reference.end:end]

    def complementizer_in(self, start: int, end: int) -> re.Match | None:
        """The first "that" (as written: Albanian "së" is no "se") in text[start:end], elided
        ones too ("qu'il")."""
        return next((word for word in _TOKEN.finditer(self.folded, start, end) if (
            word.group() in self.profile.complementizers or word.group().split("'", 1)[0] in self.profile.complementizers
        ) and self.text[word.start():word.end()].lower() == word.group()), None)

    def _staff_of(self, boss: Reference, other: Reference) -> bool:
        """Whether a person's name qualifies a role that the next name holds, with no mark between
        ("Colter spokeswoman Brittany Hale", "Ruiz-Baxter campaign manager Theo Lam"): the one
        named second is the subject."""
        if other.mention is None or other.mention.kind != PERSON:
            return False
        between = self.text[boss.end:other.start]
        words = between.split()
        # (only a title's words: the last a role, none a function word or a verb, "fired coach X",
        # "sued founder X", "and deputy mayor X")
        return 1 <= len(words) <= 3 and all(word.isalpha() and word.islower() for word in words) and (
            self.profile.is_role(fold(words[-1]))
        ) and not any(
            fold(word) in self.profile.not_names or self.profile.verb_re.fullmatch(fold(word)) or word.endswith("ed")
            for word in words
        )

    def subject_after_verb(self, verb: re.Match, end: int, limit: int | None = None) -> _Speaker | None:
        """The subject written after a speech verb, in its clause before `end` ("said Li Xin").
        None after a participle, whose next noun is its object ("…, accusing X of")."""
        if self.participle(verb.start()):
            return None
        after = verb.end()
        aside = _ASIDE_AFTER_VERB.match(self.text, after, end)
        if aside is not None and self._time_or_place_aside(aside.start(1), aside.end(1)):
            after = aside.end()  # (past a phrase of time or place set off by commas: "a précisé, lundi soir, le maire X")
        end = self.clause_end(after, end)
        # (a "that" opens the reported clause, whose subject is not the verb's, where the quote
        # says what that subject is or does: "Il legale ha spiegato che l'ex assessore Marco Ferri
        # «…»" is the lawyer's words)
        that = self.complementizer_in(verb.end(), end)
        if that is not None:
            named = self.references_in(that.end(), end)
            if named and not self.text[named[-1].end:end].strip(" \u00a0"):
                end = that.start()
        return self.subject_after(after, end, limit=limit)

    def _time_or_place_aside(self, start: int, end: int) -> bool:
        """Whether text[start:end] is a short phrase of time or place ("lundi soir", "dans les
        couloirs de l'Assemblée", "el miércoles por la mañana"): no person, role, verb or
        participle in it, and no one it is addressed to ("rivolto al ministro", "in una lettera al
        sindaco", "en referencia al técnico")."""
        words = _TOKEN.findall(self.folded, start, end)
        if not 1 <= len(words) <= 6 or self.profile.verb_re.search(self.folded, start, end):
            return False
        if any(mention.kind == PERSON for mention in self.mentions_in(start, end)):
            return False
        return not any(
            self.profile.is_role(word) or word in self.profile.kin_nouns or word in self.profile.document_nouns
            or word.endswith(self.profile.participle_endings) or word.endswith(("ndose", "ndole", "ndosi"))
            or (self.profile.past_participle and re.fullmatch(self.profile.past_participle, word) and word not in self.profile.not_names)
            or word in _ADDRESS_WORDS
            for word in words
        ) and words[0] not in _TO_WORDS

    def _acts_on_object(self, verb: re.Match) -> bool:
        """Whether a speech verb in a compound tense is one whose noun phrase after it is the one
        acted on ("ha attaccato l'assessore Fontana:"): its subject is not written after it."""
        words = fold(verb.group()).split()
        return len(words) >= 2 and words[0] in self.profile.auxiliaries and words[-1] in self.profile.object_verbs

    def participle(self, verb: int) -> bool:
        """Whether the speech verb at `verb` is a present participle ("adding", "affermando",
        "ajoutant"): the noun after it is its object, never its subject."""
        word = _TOKEN.match(self.folded, verb)
        return word is not None and word.group().endswith(self.profile.participle_endings)

    def _relative_after(self, end: int, verb: int) -> bool:
        """Whether a relative pronoun opens the clause right after `end`, before `verb` (", who said")."""
        after = _TOKEN.search(self.folded, end, verb)
        return after is not None and not self.text[end:after.start()].strip(" ,\u00a0") and (
            after.group() in self.profile.relative_pronouns or after.group() in self.profile.personal_relatives
        )

    def agent_of_participle(self, pos: int) -> bool:
        """Whether the name at `pos` is the agent of a past participle a few words before it, with
        its preposition ("la Corte presieduta da Anna Rossi", "arrivato in estate dal Lanús",
        "a panel chaired by Judge Lee"): it completes a phrase about someone else, and is never
        the subject of the clause's verb."""
        pattern = self.profile.past_participle
        matches = list(_TOKEN.finditer(self.folded, max(0, pos - 60), pos))[-5:]
        if not pattern or len(matches) < 2 or "," in self.text[matches[-1].end():pos]:
            return False
        words = [match.group() for match in matches]
        while len(words) > 1 and (words[-1] in self.profile.determiners or self._title_word(words[-1])):
            words = words[:-1]  # (past the name's article and title: "chaired by Judge Alan Price")
        if words[-1] not in AGENT_PREPOSITIONS:
            return False  # (most names: no agent's preposition before them)
        passive = _folded_words(self.profile.passive_auxiliaries)
        if any(word in self.profile.auxiliaries or word in passive for word in words[:-1]):
            return False  # (a passive main clause, whose agent it is about: "Il comitato è stato guidato da Anna Verdi")
        return any(re.fullmatch(pattern, word) and word not in self.profile.not_names for word in words[:-1])

    def _place_or_dateline(self, reference: Reference, start: int) -> bool:
        """A name after a preposition of place or medium ("ligjëruesi në Paris thotë"), or a
        dateline in capitals before a dash ("BEIJING -- The State Department …"): no subject."""
        if PLACE_OR_MEDIUM.search(self.folded, max(start, reference.start - 6), reference.start):
            return True
        if reference.noun is not None and reference.noun.group() in self.profile.document_nouns:
            # (the text it was said in, past its article: "Il club, in una nota, scrive:")
            words = _TOKEN.findall(self.folded, max(start, reference.start - 20), reference.start)[-2:]
            if len(words) == 2 and (words[1] in self.profile.determiners or words[1] in self.profile.indefinite_articles) and (
                PLACE_OR_MEDIUM.search(words[0] + " ")
            ):
                return True
        return reference.mention is not None and self.dateline(reference.mention)

    def dateline(self, mention: Mention) -> bool:
        """Whether a mention is a dateline: a place in capitals before a dash ("MILANO —")."""
        return mention.name.isupper() and bool(_DATELINE_DASH.match(self.text, mention.end))

    def _quoted_person(self, verb_end: int, end: int) -> _Speaker | None:
        """In a quoting frame the speaker is the person named after the verb, not its subject."""
        for mention in self.mentions_in(verb_end, end):
            if mention.kind == PERSON and not self.spoken_to(mention.start, verb_end):
                return _Speaker(mention.name, mention.key, mention.kind, EXPLICIT)
        return None

    def quoted_right_after(self, verb_end: int, end: int) -> _Speaker | None:
        """The person a quoting verb names as its object right after it, past an article, a title
        or Spanish "a" ("ha citato il prefetto Esposito:", "citó a la ministra Morales:"; not "cited
        the example of X", "ha citato in giudizio X")."""
        mention = next(iter(self.mentions_in(verb_end, end)), None)
        if mention is None or mention.kind != PERSON:
            return None
        between = _TOKEN.findall(self.folded, verb_end, mention.start)
        if len(between) > 3 or re.search(r"[,;:]", self.text[verb_end:mention.start]) or not all(
            word in self.profile.determiners or word == "a" or self._title_word(word) or self.profile.is_role(word)
            for word in between
        ):
            return None
        return _Speaker(mention.name, mention.key, mention.kind, EXPLICIT)

    def _clause_start(self, start: int, verb: int) -> int:
        """Where the verb's own clause begins: after a clause set before it, whose people are not
        its subject, up to its first comma ("As she walked to the exit, a reporter shouted", where the
        verb has words of its own before it), a quote or a clause opener ("…, while Xi told")."""
        opening = _TOKEN.search(self.folded, start, verb)
        comma = self.text.find(",", opening.end(), verb) if opening is not None and opening.group() in _SUBORDINATORS else -1
        if comma > 0 and not self.inside_quote(comma) and _TOKEN.search(self.folded, comma, verb):
            start = comma + 1
        for match in _TOKEN.finditer(self.folded, start, verb):
            if match.group() in self.profile.clause_openers or (
                self.inside_quote(match.start()) and not self.label_at(match.start())
            ):
                start = match.end()  # (a title in marks is part of the clause: "X, author of “Salt Roads”, said")
        # or after another speech verb whose reported clause it is, a name standing between them
        # ("Jones said Ann Smith had told him:" is Smith's telling)
        earlier = [v for v in self.profile.verb_re.finditer(self.folded, start, verb) if v.end() < verb]
        if earlier and not self.participle(earlier[-1].start()) and self._verb_has_subject_before(start, earlier[-1].start()) and (any(
            m.kind == PERSON and len(_TOKEN.findall(self.folded, m.end, verb)) <= 2 for m in self.mentions_in(earlier[-1].end(), verb)
        ) or self._role_reported(earlier[-1].end(), verb) or self._noun_phrase_reported(earlier[-1].end(), verb)):
            start = earlier[-1].end()
        # or after a "that" whose clause names the verb's subject right before it, whatever verb
        # reports it ("He reminded the jury that Ana Ruiz had told a friend:" is Ruiz's telling)
        that = [
            word.start() + len(word.group()) - len(word.group().split("'", 1)[-1]) if "'" in word.group() else word.end()
            for word in _TOKEN.finditer(self.folded, start, verb)
            if word.group() in self.profile.complementizers or word.group().split("'", 1)[0] in self.profile.complementizers
        ]  # (where each one's clause begins: after "that", in "qu'elle" after the apostrophe)
        if that and not self.inside_quote(that[-1]) and not re.search(r"[,;:()]", self.text[that[-1]:verb]) and not (
            self.text[max(start, that[-1] - 40):that[-1]].rstrip().rsplit(None, 1)[0].endswith(",")  # (a relative clause: "X, che assiste Y, ha definito")
        ) and (any(
            m.kind == PERSON and len(_TOKEN.findall(self.folded, m.end, verb)) <= 2 for m in self.mentions_in(that[-1], verb)
        ) or self._leading_pronoun(that[-1], verb) is not None and len(_TOKEN.findall(self.folded, that[-1], verb)) <= 3):
            start = that[-1]  # (or a pronoun: "et qu'elle avait confié à une amie :")
        return start

    def _verb_has_subject_before(self, start: int, verb: int) -> bool:
        """Whether words stand before the verb in its clause, not set off from it by a comma: not
        "Asked about X, Y said", nor "Y, asked about X, said", where the earlier verb is a
        participle's phrase."""
        return bool(_TOKEN.search(self.folded, start, verb)) and not self.text[start:verb].rstrip().endswith(",")

    def _noun_phrase_reported(self, reporting_end: int, verb: int) -> bool:
        """Whether the verb ends a clause set after the verb before it by a comma alone, which a
        noun phrase opens as its subject: "Eine Lehrerin erzählte, ihre Tochter habe sie gefragt:"
        is the daughter's asking."""
        if self.text[reporting_end:reporting_end + 2].strip(" \u00a0") != ",":
            return False
        words = list(_TOKEN.finditer(self.folded, reporting_end, verb))
        if len(words) < 2 or re.search(r"[,;:()]", self.text[words[0].start():verb]):
            return False  # (one clause: not "beschuldigt, ihre Volkswirtschaften zu opfern, und behauptet")
        noun = words[1]
        if self.profile.noun_suffixes and not self.text[noun.start()].isupper():
            return False  # (where every noun has its capital, a lower-case word is none)
        return (words[0].group() in self.profile.determiners or words[0].group() in self.profile.indefinite_articles) and (
            self._unlisted_noun(noun) or self.profile.is_role(noun.group())
        )

    def _role_reported(self, reporting_end: int, verb: int) -> bool:
        """Whether the verb ends a "that" clause reported by the verb before it, a role its subject:
        "Peck recalled that during the campaign the mayor promised “…”" is the mayor's promise."""
        opening = _TOKEN.findall(self.folded, reporting_end, verb)[:3]
        if not any(word in self.profile.complementizers for word in opening):
            return False
        return any(
            item.noun is not None and self.profile.is_role(item.noun.group())
            and len(_TOKEN.findall(self.folded, item.end, verb)) <= 2
            for item in self.references_in(reporting_end, verb)
        )

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
        if len(found) > 1 and found[0].noun is not None and self._place_or_dateline(found[0], verb_end):
            found = found[1:]  # (the text it was said in, when someone is named after it: "scrive in una nota il sindacato")
        # (not a place or body that a noun no list knows is of: "spiega il numero due di Palazzo
        # Santa Lucia"; but "una fonte di Palazzo Chigi", a relation, is the body's)
        found = [item for item in found if not self._of_unlisted_noun(item, verb_end)]
        if self.text[end:end + 1] == "," and not any(item.mention is not None and item.mention.kind == PERSON for item in found):
            # (a description, which may name a body, and the person's name in apposition: "asked
            # the presenter, Kate Lomax", "accusa la responsabile Giustizia del Pd, Debora Rossi")
            named = self._named_after_noun_phrase(verb_end, end)
            if named is not None:
                return _Speaker(named.name, named.key, named.kind, EXPLICIT)
        if not found and limit is not None and self.text[end:end + 1] == "," and _ADJUNCT.fullmatch(
            self.folded, verb_end, end
        ):
            found = self._subjects_after(verb_end, self.clause_end(end + 1, limit))
        if not found and limit is not None and end == verb_end and self.text[end:end + 1] == ",":
            # (past a word or two set off by commas, an adjective or adverb of manner: "« … ? » a
            # relevé, sceptique, la présidente du tribunal")
            aside_end = self.text.find(",", end + 1, min(limit, end + 30))
            aside = _TOKEN.findall(self.folded, end + 1, aside_end) if aside_end != -1 else []
            if 1 <= len(aside) <= 2 and self.text[end + 1:aside_end].strip().islower() and not any(
                word in self.profile.not_names or word in self.profile.determiners or self.profile.verb_re.fullmatch(word)
                for word in aside
            ):
                after = self.clause_end(aside_end + 1, limit)
                found = self._subjects_after(aside_end + 1, after)
                if found and found[0].noun is not None and self.text[after:after + 1] == ",":
                    named = self._named_after_noun_phrase(aside_end + 1, after)
                    if named is not None:
                        return _Speaker(named.name, named.key, named.kind, EXPLICIT)
        if found and reach is not None and len(_TOKEN.findall(self.folded, verb_end, found[0].start)) > reach:
            if not self._after_adjunct(verb_end, found[0]):
                return None
        if not found:
            return self._unlisted_noun_after(verb_end, end)
        if found[0].mention is not None and found[0].mention.kind != PERSON:
            # A body or place that qualifies the title of the person named after it: "said
            # Georgetown law professor Anita Raghavan", "said Acme chief executive Jo Hart".
            titled = next((item for item in found[1:] if item.mention is not None and item.mention.kind == PERSON), None)
            if titled is not None and title_past_modifiers(self.folded, found[0].end, self.profile, least=0) and (
                len(_PLAIN_WORD.findall(self.folded, found[0].end, titled.start)) <= 3
            ):
                found = [titled]

        described = next((item for item in found if item.noun is not None), None)
        if described is not None and self.text[end:end + 1] == "," and all(
            item.mention is None or " " not in item.mention.name or item.mention.kind != PERSON for item in found
        ) and not any(
            self.profile.is_role(word) or word in self.profile.possessives for word in _TOKEN.findall(self.folded, described.end, end)
        ) and not _WITH.search(self.folded, described.end, end):
            # A description whose holder a full name in apposition gives: that person, not a word
            # of the description that reads as a name ("ha scritto l'Alto rappresentante Ue per la
            # politica estera, Josep Borrell"); with a second noun the name may be that one's ("a
            # déclaré le ministre lors d'un entretien avec son homologue, X")
            apposed = self._apposed_person(end, last=True)
            if apposed is not None and " " in apposed.name:
                return _Speaker(apposed.name, apposed.key, apposed.kind, EXPLICIT)
        person = next((item.mention for item in found if item.mention is not None), None)
        if person is not None and person.kind == PERSON:
            # ("zegt de moeder van de omgekomen Sanne Visser": the mother, not Sanne Visser)
            opening = _TOKEN.search(self.folded, verb_end, person.start)
            related = self._related_to(opening.start(), person) if opening is not None else None
            if related is not None:
                return related
        return self.resolve(found[0], end)

    def _of_unlisted_noun(self, item: Reference, verb_end: int) -> bool:
        """Whether the body `item` names after a verb is what a noun no list knows is of ("il numero
        due di Palazzo Santa Lucia"): a noun phrase's complement, not the subject."""
        if item.mention is None or item.mention.kind != ORGANIZATION or not self._of_complement(item.start, floor=verb_end + 1):
            return False
        words = [word for word in _TOKEN.findall(self.folded, verb_end, item.start) if word not in self.profile.determiners]
        nouns = [word for word in words if word.rstrip("'’") not in self.profile.of_words]
        return bool(nouns) and not any(
            self.profile.is_role(word) or word in self.profile.relation_nouns or self.profile.is_organization(word) for word in nouns
        )

    def _named_after_noun_phrase(self, verb_end: int, comma: int) -> Mention | None:
        """The person an inverted subject names in apposition: "asked the presenter, Kate Lomax",
        "le ha chiesto la conduttrice, Giulia Serafini" — a determiner and a few lower-case words
        (a role the lists need not know) up to the comma, and a name right after it."""
        words = _TOKEN.findall(self.folded, verb_end, comma)
        # (where the article is the noun's ending, the noun itself opens the phrase: "u përgjigj
        # zëvendëskryetari, Jozef Briku")
        suffixed = self.profile.inflects_names and 1 <= len(words) <= 4 and words[0] not in self.profile.not_names and not (
            self.profile.verb_re.fullmatch(words[0])
        )
        if not suffixed and (
            not 2 <= len(words) <= 6 or not (words[0] in self.profile.determiners or words[0] in self.profile.indefinite_articles)
        ):
            return None  # ("asked the presenter, Kate Lomax", "said one parent, Jo Ellis")
        written = [m for m in _TOKEN.finditer(self.text, verb_end, comma)]
        if any(not m.group()[:1].islower() for m in written[:2]) or (
            # (past its first two words, a portfolio or a party may be capitalised: "la responsabile
            # Giustizia del Pd, X"; a person may not)
            len(words) > 4 or any(not m.group()[:1].islower() for m in written)
        ) and any(mention.kind == PERSON for mention in self.mentions_in(verb_end, comma)):
            return None
        following = self.mentions_in(comma + 1, comma + 80)
        if not following or following[0].kind != PERSON:
            return None
        titled = _TOKEN.findall(self.text, comma + 1, following[0].start)
        if titled and not (
            # (or after the title it gives them: "assure sa coprésidente, la conseillère nationale X")
            len(titled) <= 4 and fold(titled[0]) in self.profile.determiners and all(word.islower() for word in titled)
            and not re.search(r"[,;:()]", self.text[comma + 1:following[0].start])
        ):
            return None
        if not re.match(r"[ \u00a0]*(?:[.,;:!?)\n–—\-\"“”«»„]|$)", self.text[following[0].end:following[0].end + 3]):
            return None  # (the next clause's subject, not an apposition: "Secondo gli investigatori, Rossi avrebbe …")
        return following[0]

    def _after_adjunct(self, verb_end: int, subject: Reference) -> bool:
        """Whether a phrase further from its verb than an inverted subject usually stands is still
        the subject, past a prepositional phrase that opens right after the verb ("afirmó en su
        exposición inicial la fiscal Ana Ruiz"), and not itself inside one ("dijo en la reunión con
        el ministro")."""
        between = _TOKEN.findall(self.folded, verb_end, subject.start)
        if not between or len(between) > _ADJUNCT_REACH or between[0] not in self.profile.not_names:
            return False
        if between[-1] in self.profile.determiners:
            between = between[:-1]
        return bool(between) and between[-1] not in self.profile.not_names

    def _subjects_after(self, verb_end: int, end: int) -> list[Reference]:
        """Who text[verb_end:end] names, leaving out addressees and places ("said to X", "in X")."""
        return [
            item for item in self.references_in(verb_end, end)
            if not self.spoken_to(item.start, verb_end)
            and not PLACE_OR_MEDIUM.search(self.folded, max(verb_end, item.start - 6), item.start)
            and not self._after_place_and_article(verb_end, item.start)  # ("aseguró en el Ayuntamiento de X")
            and not (item.mention is not None and self._completes_noun_after(verb_end, item.start))
            and not (item.mention is not None and self._possessor(item.mention))  # ("said Pratt's lawyer")
            and not _WITH.search(self.folded, max(verb_end, item.start - 40), item.start)  # ("una telefonata con un funzionario")
        ]

    def _after_place_and_article(self, floor: int, pos: int) -> bool:
        """Whether a preposition of place or medium and an article stand right before `pos`."""
        article = _LAST_WORD.search(self.folded, max(floor, pos - 8), pos)
        return article is not None and article.group(1) in self.profile.determiners and (
            article.group(1) not in self.profile.indefinite_articles  # (not "in un post": its author's)
        ) and bool(
            PLACE_OR_MEDIUM.search(self.folded, max(floor, article.start() - 6), article.start())
        )

    def _completes_noun_after(self, verb_end: int, name: int) -> bool:
        """Whether the name is what a noun phrase right after the verb is of or for, so the
        phrase is the subject ("said the MP for Ashby Vale", "ha detto il sindaco di Borgo")."""
        words = _TOKEN.findall(self.folded, verb_end, name)
        return 3 <= len(words) <= 5 and words[0] in self.profile.determiners and (
            words[-1].rstrip("'’") in self.profile.complement_words
        )

    def resolve(self, reference: Reference, limit: int) -> _Speaker | None:
        """The speaker a phrase names: the name itself, a pronoun's antecedent, or the person or
        body a description points at."""
        name = reference.mention
        if name is not None:
            return _Speaker(name.name, name.key, name.kind, DESCRIPTION if name.by_role else EXPLICIT)
        if reference.is_pronoun:
            gender = self.profile.pronoun_gender(self.folded[reference.start:reference.end])
            antecedent = self.antecedent(reference.start, gender)
            return _Speaker(antecedent.name, antecedent.key, antecedent.kind, PRONOUN) if antecedent else None
        return self.describe(reference.noun, limit)

    def describe(self, match: re.Match, limit: int) -> _Speaker | None:
        """A role or organisation noun phrase: resolve it through roles and mentions, or keep it."""
        if match.re is _PARTY_MEMBER:
            member = self._party_member(match)
            return _Speaker(member.name, member.key, member.kind, DESCRIPTION) if member is not None else None
        latter = dict(self.profile.latter).get(" ".join(match.group().split()))
        if latter is not None:
            person = self._named_last(match.start(), latter)
            later = self._role_named_after(person, match.start(), latter)
            if later is not None:
                # (a role mentioned after the last name is the latter: "Le préfet X … avec le
                # président du conseil départemental. «…», a promis ce dernier.")
                return later
            return _Speaker(person.name, person.key, person.kind, DESCRIPTION) if person is not None else None
        age = _AGE_WORD.fullmatch(match.group())
        if age:
            # "the 58-year-old", "de 58-jarige", "54-vjeçari": the person the text gave that age, or
            # named right after it ("tha 67-vjeçari Nikollë Prendi").
            named = next(iter(self.mentions_in(match.end(), match.end() + 60)), None)
            if named is not None and named.kind == PERSON and not self.text[match.end():named.start].strip(" \u00a0,"):
                return _Speaker(named.name, named.key, named.kind, EXPLICIT)
            # (of the article's gender: "ha replicato la 48enne" is a woman)
            article = _LAST_WORD.search(self.folded, max(0, match.start() - 12), match.start())
            gender = self.profile.description_gender(article.group(1), "") if article else ""
            if article is not None and article.group(1) in self.profile.indefinite_articles and article.end() == match.start():
                # someone new, whom the text does not name ("sagte eine 72-Jährige aus Unterhaching")
                return _Speaker(self._with_complement(match.start(), limit), None, PERSON, DESCRIPTION)
            aged = self._person_aged(age.group(1), match.start())
            after = _NEXT_PLAIN_WORD.match(self.folded, match.end())
            noun = _TOKEN.match(self.folded, after.start(1)) if after is not None else None
            if noun is not None and not gender and self._unlisted_noun(noun):
                gender = self.profile.description_gender("", noun.group())  # (the noun after it: "de 72-jarige bewoonster")
            person = aged or self.antecedent(match.start(), gender)
            if person is None and gender:
                person = self._named_last(match.start(), gender)
            return _Speaker(person.name, person.key, person.kind, DESCRIPTION) if person else None
        display = self._display(match.start(), limit)
        head = match.group()
        # An apposition names the person right after the description: "spokesman John Kirby".
        whose = None  # the person a description is of, past a title ("the spokesman for Mayor Ross")
        for mention in self.mentions_in(match.end(), match.end() + _APPOSITION_REACH):
            if self._complement_of(match.end(), mention.start):
                whose = whose or mention  # ("l'avvocato di Prati" is not Prati)
                continue
            if self._of_complement(mention.start):
                continue  # whose lawyer: "El abogado de Ortuño, Jorge Benavente," is Benavente
            if mention.kind == PERSON and not PLACE_OR_MEDIUM.search(self.folded, match.end(), mention.start) and not (
                self.spoken_to(mention.start, match.end())
            ):  # (not the one it is addressed to: "ce message à Paul Girard")
                between = self.text[match.end():mention.start]
                if _WITH_WORD.search(self.text, match.end(), mention.start):
                    break  # (the name of whom the phrase is with: "le ministre lors d'une rencontre avec son homologue, X")
                crosses_verb = self.profile.verb_re.search(self.folded, match.end(), mention.start)
                if crosses_verb and self.profile.adjectives_follow_nouns and crosses_verb.start() == match.end() + 1 and (
                    " " not in crosses_verb.group()
                ):
                    # (a participle right after the noun is its adjective: "il procuratore aggiunto")
                    crosses_verb = self.profile.verb_re.search(self.folded, crosses_verb.end(), mention.start)
                # (or past a relative clause: "la ricercatrice che ha curato lo studio, Silvia Marchi")
                words = self.folded[match.end():mention.start].split()
                relative = bool(words) and (
                    words[0] in self.profile.relative_pronouns or words[0] in self.profile.complementizers
                ) and between.rstrip(" \u00a0").endswith(",") and len(words) <= 10
                # (or after a long title set off by a comma: "la ministre déléguée chargée de la
                # Citoyenneté et des Collectivités, Sandrine Vallérieux, 41 ans,")
                titled = between.rstrip(" \u00a0").endswith(",") and "," not in between.rstrip(" \u00a0")[:-1] and (
                    len(words) <= 12 and self.text[mention.end:mention.end + 1] in (",", ".", " ", "")
                )
                # (or with a title of its own after the comma: "la directora de la excavación, la
                # doctora Ainhoa Etxeberria")
                last = between.rsplit(",", 1)
                titled = titled or (
                    len(last) == 2 and "," not in last[0] and len(words) <= 12
                    and 0 < len(last[1].split()) <= 4 and self._title_phrase(last[1].split())
                )
                if not crosses_verb and not re.search(r"[.;:]", _TITLE_STOP.sub("", between)) and (
                    len(between.split()) <= 4 or relative or titled
                ):
                    return _Speaker(mention.name, mention.key, mention.kind, EXPLICIT)
                if len(between.split()) > 4:
                    break  # (a name further on is not this phrase's)
        # An acronym in brackets names the body the phrase describes: "la agencia de aguas del
        # norte (AAN)".
        acronym = _BRACKETED_ACRONYM.search(self.text, match.end(), match.end() + 80)
        if acronym and not re.search(r"[.;:,()]", self.text[match.end():acronym.start()]) and not (
            self.profile.verb_re.search(self.folded, match.end(), acronym.start())
        ):
            return _Speaker(acronym.group(1), None, ORGANIZATION, EXPLICIT)
        phrase = self._strip_determiners(fold_same_length(display))
        before = re.split(r"['’]", (_TOKEN.findall(self.folded, max(0, match.start() - 14), match.start()) or [""])[-1])[-1]
        if before in _FORMER and before not in phrase.split():
            # a former holder is not the one who holds the title: "l'ex ministro" is not "il ministro X"
            phrase = f"{before} {phrase}"
        elif f"{before} {phrase}" in self.profile.role_synonyms:
            phrase = f"{before} {phrase}"  # (an adjective that makes another title: "il primo cittadino" is the sindaco)
        known = self.index.by_role(phrase)
        if known:
            return _Speaker(known.name, known.key, known.kind, DESCRIPTION)
        if head in self.profile.document_nouns:
            # "the letter said", "si è limitato a un messaggio: «…»": its author, the person the
            # text was talking about; a message is never the speaker itself. One that is someone's
            # is theirs ("Jim Hart's letter to staff read:").
            owner = next((m for m in reversed(self.mentions_in(max(0, match.start() - 60), match.start()))
                          if m.kind == PERSON and _POSSESSIVE.match(self.text, m.end) and self.text[m.end:match.start()].count(" ") <= 2), None)
            body = None if owner is not None else self.body_subject(match.start())
            if body is not None:
                # (a body's own text: "Il Movimento 5 Stelle ha affidato il giudizio a una nota:")
                return _Speaker(body, None, ORGANIZATION, EXPLICIT)
            author = owner or self.antecedent(match.start())
            if author is not None and author.kind == PERSON:
                return _Speaker(author.name, author.key, author.kind, DESCRIPTION)
            if self._indefinite(display, match.start()):
                return None
        if self.profile.is_role(head):
            definite = not self._indefinite(display, match.start())
            first = _TOKEN.match(fold_same_length(display))
            gender = self.profile.description_gender(first.group() if first else "", self.folded[match.start():match.end()])
            if not gender:
                # (the determiner may be joined to a preposition outside the display: "la replica della premier")
                before = _LAST_WORD.search(self.folded, max(0, match.start() - 12), match.start())
                if before is not None and before.group(1) in self.profile.feminine_determiners:
                    gender = "f"
                elif before is not None and before.group(1) in self.profile.masculine_determiners:
                    gender = "m"
            earlier = None
            party = _PARTY_PREFIX.match(self.text, match.start()) if definite else None
            member = self._party_member(party) if party is not None else None
            if member is not None:
                # "de CDA-wethouder", "die SPD-Stadträtin": the one the text named with that party
                return _Speaker(member.name, member.key, member.kind, DESCRIPTION)
            if definite:  # (an indefinite one is someone new: "an analyst asked", "un vecino")
                portfolio = self._portfolio_after(match.end(), limit)
                if portfolio:
                    # "de minister van Financiën": the minister the text gave that portfolio, if any.
                    earlier = self._person_described_by(
                        f"{phrase} {portfolio}", head, match.start(), definite=definite, gender=gender
                    )
                if earlier is None:
                    earlier = self._person_described_by(phrase, head, match.start(), definite=definite, gender=gender)
                portfolio_named = bool(re.search(r"\b[A-ZÀ-Ý]", self.text[match.end():match.end() + 30].split(",")[0]))
                # (the head's alone past an adjective: "el técnico vasco" is the entrenador named before)
                synonyms = self.profile.synonyms_of(phrase, by_head=portfolio_named) or (
                    self.profile.synonyms_of(head) if phrase.split()[:1] == [head] and not portfolio_named else []
                )
                for synonym in synonyms if earlier is None else ():
                    # ("la replica della premier" is the presidente del Consiglio the text named)
                    # (with its portfolio first: "il primo cittadino di Padova" is the sindaco di Padova)
                    for words in ([f"{synonym} {portfolio}"] if portfolio else []) + [synonym]:
                        earlier = self._person_described_by(
                            words, synonym.split()[0], match.start(), definite=definite, gender=gender, synonym=True
                        )
                        if earlier is not None:
                            break
                    if earlier is not None:
                        break
                if earlier is None and whose is not None and whose.kind == PERSON:
                    # "de woordvoerder van burgemeester Smeets": someone the text names only so (a
                    # body's role points back like any other: "Poi è toccato a Matteo Renzi. Il leader
                    # di Italia Viva ha parlato")
                    return _Speaker(self._with_complement(match.start(), limit), None, PERSON, DESCRIPTION)
                # "Ein Sprecher der Feuerwehr sagte …" … "sagte der Sprecher": the one introduced so,
                # where that came after anyone the text gave the role ("Councillor X praised the
                # plan. A Labour councillor disagreed. … the councillor said")
                introduced = self._introduced_before(head, match.start(), limit, floor=earlier.end if earlier is not None else 0)
                if introduced is not None and (earlier is None or introduced.start > earlier.start):
                    earlier = introduced
                if earlier is None and not self._possessed(match.start()):
                    # (one the text gave as someone's before is theirs, not that someone: "According
                    # to the lawyer for Walsh, … the lawyer said")
                    relation = self._relation_named_before(head, match.start())
                    if relation is not None:
                        return _Speaker(relation, None, PERSON, DESCRIPTION)
                    # "the 34-year-old", "La dirigente popular": a definite description points back
                    # (not one that is someone's: "his deputy", "Pratt's lawyer" is not Pratt).
                    earlier = self.antecedent(match.start(), gender)
                    if earlier is not None and (
                        self._object_of_same_role(head, earlier) or self._fronted_before(earlier, match.start())
                        or (portfolio and self._introduced_as_kin(earlier, match.start()))
                    ):
                        earlier = None
            if earlier:
                return _Speaker(earlier.name, earlier.key, earlier.kind, DESCRIPTION)
            return _Speaker(self._with_complement(match.start(), limit), None, PERSON, DESCRIPTION)
        return _Speaker(self._with_complement(match.start(), limit), None, ORGANIZATION, DESCRIPTION)

    def _role_named_after(self, person: Mention | None, end: int, gender: str) -> _Speaker | None:
        """The last definite role description of a person between `person`, the last one named, and
        `end`, outside quotes, not set next to a name and of `gender` if it says one: the one the
        text gave that role, or someone it does not name (not `person`); else None."""
        start = person.end if person is not None else max(0, end - 300)
        for reference in reversed(self.references_in(start, end)):
            noun = reference.noun
            if noun is None or not self.profile.is_role(noun.group()) or self.inside_quote(noun.start()):
                continue
            if self._indefinite(self._display(noun.start(), end), noun.start()) or any(
                m.kind == PERSON for m in self.mentions_in(noun.end(), min(end, noun.end() + _APPOSITION_REACH))
            ):
                return None
            article = _LAST_WORD.search(self.folded, max(0, noun.start() - 12), noun.start())
            said = self.profile.description_gender(article.group(1) if article else "", noun.group())
            if gender and said and said != gender:
                return None
            described = self.describe(noun, end)
            if described is None or (person is not None and described.name == person.name):
                return _Speaker(self._with_complement(noun.start(), end), None, PERSON, DESCRIPTION)
            return described
        return None

    def _relation_named_before(self, head: str, before: int) -> str | None:
        """The description with the same noun that the text gave earlier as someone's, outside
        quotes ("the lawyer for Walsh", "il legale di Bassi"), as the text writes it; else None."""
        for reference in reversed(self.references_in(max(0, before - 3000), before)):
            noun = reference.noun
            if noun is None or noun.group() != head or self.inside_quote(noun.start()):
                continue
            whose = next(iter(self.mentions_in(noun.end(), noun.end() + 40)), None)
            if whose is None or whose.kind != PERSON or not self._complement_of(noun.end(), whose.start):
                return None
            return self._with_complement(noun.start(), whose.end + 1)
        return None

    def _fronted_before(self, mention: Mention, description: int) -> bool:
        """Whether the mention ends a phrase set before the description in the description's own
        sentence ("Interrogée par France Info, la ministre a répondu"): the phrase's object."""
        start = self.sentence_start(description, max(0, description - 300))
        reference = Reference(mention.start, mention.end, mention=mention)
        return start <= mention.start < description and (self._fronted_phrase(start, reference) or (
            self.in_fronted_topic(start, reference) and "," in self.text[mention.end:description]
        ))

    def _object_of_same_role(self, head: str, mention: Mention) -> bool:
        """Whether the mention's sentence opens with the same role as the subject of a verb before
        it: the judge of "The judge said Marsh had shown no remorse" is not Marsh ("Als erste
        Zeugin sagte … aus, Sabine Gerstl" opens with no subject)."""
        start = self.sentence_start(mention.start, max(0, mention.start - 300))
        found = self._word_pattern(head).search(self.folded, start, mention.start)
        return found is not None and not self.inside_quote(found.start()) and all(
            word in self.profile.determiners for word in _TOKEN.findall(self.folded, start, found.start())
        ) and bool(self.profile.verb_re.search(self.folded, found.end(), mention.start))

    def _possessed(self, noun: int) -> bool:
        """Whether the description whose noun starts at `noun` is someone's: after a possessive
        ("his deputy", "il suo avvocato") or a possessor ("Pratt's lawyer", "the council's chief
        executive"), up to two words before the noun."""
        before = self.text[max(0, noun - 60):noun]
        if _POSSESSOR_BEFORE.search(before):
            return True
        if self.profile.adjectives_follow_nouns:
            # (after the noun where possessives follow it: "Avokati i tij", "zëdhënësi i saj")
            after = list(_TOKEN.finditer(self.folded, noun, noun + 40))[1:3]
            if any(word.group() in self.profile.possessives for word in after) and not re.search(
                r"[,.;:]", self.folded[noun:after[-1].start()]
            ):
                return True
        end = noun
        for word in reversed(list(_TOKEN.finditer(self.folded, max(0, noun - 40), noun))[-3:]):
            if self.folded[word.end():end].strip():
                return False  # (punctuation between: "… on Monday. Their leader" is still theirs, "Monday." is not)
            if word.group() in self.profile.possessives:
                return True
            end = word.start()
        return False

    def _possessor(self, mention: Mention) -> bool:
        """Whether a name is the possessor of the noun after it ("Pratt's lawyer", "the council’s
        spokeswoman"): then the noun's person is the subject, not the name's."""
        after = _POSSESSIVE.match(self.text, mention.end)
        if after is None or not _NOUN_AFTER.match(self.text, after.end()):
            return False
        noun = _TOKEN.search(self.folded, after.end(), after.end() + 30)
        return noun is None or noun.group() not in self.profile.document_nouns  # (but "Hart's letter read:" is Hart's)

    def _unlisted_introduced(self, head: str, before: int) -> Mention | None:
        """Someone an indefinite noun phrase no list knows brought in within the paragraphs before
        `before`, outside quotes ("A paramedic who has worked there …"), whom "the paramedic"
        after it is."""
        number, _, _ = self.paragraph_of(before)
        floor = self.paragraphs[max(0, number - 2)][0]
        found = None
        for match in re.finditer(rf"(?<!\w)(\w+)\s+(?:\w+\s+){{0,2}}?{re.escape(head)}(?!\w)", self.folded[floor:before]):
            start = floor + match.start()
            if match.group(1) in self.profile.indefinite_articles and match.group(1) not in PLURAL_INDEFINITES and not self.inside_quote(start):
                found = self._apposed_to(start) or Mention(start, floor + match.end(), self.text[start:floor + match.end()], None, PERSON)
        return found

    def _apposed_to(self, start: int) -> Mention | None:
        """The person an indefinite description at `start` stands in apposition to, a comma
        between them ("Sergeant Owen Price, a road traffic officer,"): no one new."""
        named = next(iter(self.mentions_in(max(0, start - 80), start)[-1:]), None)
        return named if named is not None and named.kind == PERSON and self.text[named.end:start].strip() == "," else None

    def _introduced_before(self, head: str, before: int, limit: int, floor: int = 0) -> Mention | None:
        """The person an indefinite description with the same noun brought in earlier (after
        `floor`), outside quotes ("a spokeswoman for the council", later "the spokeswoman"), as a
        mention of it."""
        floor = max(floor, before - 3000)
        for reference in reversed(self.references_in(floor, before)):
            noun = reference.noun
            if noun is None or noun.group() != head or self.inside_quote(noun.start()):
                continue
            if not self._indefinite(self._display(noun.start(), limit), noun.start()):
                return None  # (a definite one refers back itself)
            begin = self._display_span(noun.start(), limit)[0]
            article = _LAST_WORD.search(self.folded, max(0, begin - 12), begin)
            if self._apposed_to(article.start(1) if article is not None and article.end() == begin else begin) is not None:
                return None  # (one the text named: "Sergeant Owen Price, a road traffic officer,")
            return Mention(noun.start(), noun.end(), self._with_complement(noun.start(), limit), None, PERSON)
        return None

    def _complement_of(self, end: int, name: int) -> bool:
        """Whether the name at `name` is what the description ending at `end` is of, past a title:
        "the spokesman for Mayor Ann Ross", "il portavoce del ministro Rossi"."""
        words = _TOKEN.findall(self.folded, end, name)
        between = _ABBREVIATED.sub(lambda m: m.group(1) if self._title_word(m.group(1)) else m.group(0), self.text[end:name])
        if _CLAUSE_END.search(between):
            return False  # (not across a sentence's end: "la comandante. De Simone"; "de M. Perrin" is no end)
        return bool(words) and words[0].rstrip("'’") in self.profile.complement_words and all(
            word in self.profile.determiners or self._title_word(word) for word in words[1:]
        )

    def _with_complement(self, pos: int, limit: int) -> str:
        """The description whose noun is at `pos` (see _display) with the body it ties the person
        to ("a spokesman for Acme Foods", "ein Sprecher des Polizeipräsidiums Südwest", "një
        zëdhënës i Ministrisë së Shëndetësisë"): what tells this one from every other spokesman."""
        begin, end = self._display_span(pos, limit)
        tokens = list(_TOKEN.finditer(self.text, end, min(limit, end + 80)))
        # (the display may hold the linking word already: "de woordvoerder van burgemeester" Smeets)
        linked = any(word in self.profile.complement_words for word in self.folded[pos:end].split()[1:])
        last, names, previous = end, 0, end
        for number, token in enumerate(tokens):
            gap = self.text[previous:token.start()]
            if gap not in (" ", "\u00a0") and not (
                gap in (". ", ".\u00a0") and number and self._title_word(tokens[number - 1].group() + ".")
            ):  # (a title's full stop goes on: "l'avocat de M. Perrin")
                break
            folded = self.folded[token.start():token.end()]
            if number == 0 and not linked:
                if folded not in self.profile.complement_words:
                    break
            elif token.group()[0].isupper() and folded not in self.profile.not_names and not self.profile.verb_re.fullmatch(folded):
                last, names = token.end(), names + 1
                if names == 5:
                    break
            elif not names and number > 1 and self.folded[tokens[number - 1].start():tokens[number - 1].end()] in self.profile.determiners and (
                folded not in self.profile.not_names and not self.profile.verb_re.fullmatch(folded)
            ):
                last, names = token.end(), 1  # a body the text writes in lower case: "for the council"
                break
            elif not (folded in self.profile.determiners or folded in self.profile.complement_words or folded in self.profile.particles
                      or self._title_word(token.group() + ".") and (self.text[token.end():token.end() + 1] == "." or len(folded) >= 2)):
                break  # (joining words may stand between the body's capitalised words: "Ministrisë së Shëndetësisë"; a title: "de M. Perrin", "for Mr Ashdown")
            previous = token.end()
        return self.text[begin:last]

    def _portfolio_after(self, end: int, limit: int) -> str:
        """The capitalised word an "of" after a role noun names, folded ("van Financiën",
        "of Finance", "dell'Interno"), or ""."""
        words = _PORTFOLIO_WORDS.match(self.text, end, min(limit, end + 40))
        if not words:
            return ""
        of, name = fold(words.group(1)).rstrip("'’"), words.group(2)
        if of not in self.profile.of_words or not name[:1].isupper() or fold(name) in self.profile.not_names:
            return ""  # (not "la líder de AL", folded "al", which the text writes everywhere)
        return fold(name)

    def _display(self, pos: int, limit: int) -> str:
        """The description as the article writes it: capitalised modifiers and a determiner before
        the noun, up to three lower-case words after it (`the Russian leader`, `lideri rus`)."""
        begin, end = self._display_span(pos, limit)
        return self.text[begin:end]

    def _display_span(self, pos: int, limit: int) -> tuple[int, int]:
        """Where _display's words begin and end."""
        begin = pos
        elided = _ELIDED_ARTICLE.search(self.folded, max(0, pos - 8), pos)
        if elided is not None and elided.group(1) in self.profile.indefinite_articles:
            return self._display_end(elided.start(), pos, limit)  # (with its article: "un'infermiera")
        for _ in range(6):
            before = list(_TOKEN.finditer(self.text, max(0, begin - 30), begin))
            if not before or self.text[before[-1].end():begin] != " ":
                break
            word = before[-1].group()
            folded = self.folded[before[-1].start():before[-1].end()]
            if folded in self.profile.determiners or folded in self.profile.indefinite_articles:
                begin = before[-1].start()  # (indefinite ones too: "one analyst" is no "analyst")
                break
            joined = self._name_joined_before(before[-1].start(), begin, pos)
            if joined is not None:
                begin = joined  # (a body's name with its small words: "a Department for Transport spokesperson")
                continue
            if not word[0].isupper() or folded in self.profile.not_names:
                opening = self._indefinite_opening(begin)
                begin = opening if opening is not None else begin
                break
            begin = before[-1].start()
        return self._display_end(begin, pos, limit)

    def _display_end(self, begin: int, pos: int, limit: int) -> tuple[int, int]:
        """_display_span's words from `begin`: the noun at `pos` and the lower-case words after it."""
        stop = _TOKEN.match(self.text, pos).end()
        words = []
        for match in _TOKEN.finditer(self.text, stop, min(limit, stop + 60)):
            folded = self.folded[match.start():match.end()]
            if self.text[stop if not words else words[-1].end():match.start()] != " " or len(words) >= 3:
                break
            if not match.group()[0].islower() or folded in self.profile.pronouns or self.profile.verb_re.fullmatch(folded):
                break
            elided = re.split(r"['’]", folded, maxsplit=1)
            if len(elided) == 2 and elided[0] not in self.profile.complement_words:
                break  # an elided pronoun begins the predicate: "le jeune homme s’est tourné" (not "une mère d'élève")
            if folded in self.profile.not_names and folded not in self.profile.particles or folded in self.profile.auxiliaries or (
                folded in self.profile.object_clitics and folded not in self.profile.determiners
            ):
                break  # a preposition, conjunction, auxiliary or pronoun ends the description ("de Chinese leider in …", "una paziente mi ha scritto")
            if not words and not self.profile.adjectives_follow_nouns and folded not in self.profile.particles:
                break  # "Westerse leiders houden …": where adjectives come first, only "of …" follows
            if words and folded in self.profile.determiners:
                previous = self.folded[words[-1].start():words[-1].end()]
                if previous not in self.profile.particles and previous not in self.profile.complement_words:
                    words.pop()  # an article after it: the word before was a verb ("la sindaca indica la piazza")
                    break
            words.append(match)
        while words and (
            self.folded[words[-1].start():words[-1].end()] in self.profile.determiners
            or self.folded[words[-1].start():words[-1].end()] in self.profile.particles
        ):
            words.pop()
        return begin, words[-1].end() if words else stop

    def _name_joined_before(self, word: int, capital: int, noun: int) -> int | None:
        """Where the capitalised word before a joining word at `word` begins, when the joining
        word ("of", "for", "and") stands inside a name that modifies the noun at `noun` from before
        it, as in languages that put modifiers first ("a Department of Health and Social Care
        spokesperson"): `capital`, the capitalised word after it, is part of that name. Else None."""
        if self.profile.adjectives_follow_nouns or capital == noun or not self.text[capital:capital + 1].isupper():
            return None
        joining = self.folded[word:capital].strip()
        if joining not in self.profile.of_words and joining not in FOR_WORDS and joining not in self.profile.and_words:
            return None
        before = list(_TOKEN.finditer(self.text, max(0, word - 30), word))
        if not before or self.text[before[-1].end():word] != " " or not before[-1].group()[0].isupper():
            return None
        return before[-1].start()

    def _indefinite(self, display: str, noun: int | None = None) -> bool:
        """Whether the description is indefinite: its first word an indefinite article, or one
        before the lower-case words that qualify the noun ahead of it."""
        first = _TOKEN.match(fold_same_length(display))
        if first is None or first.group() in self.profile.indefinite_articles:
            return True
        return noun is not None and self._indefinite_opening(noun) is not None

    def _indefinite_opening(self, noun: int) -> int | None:
        """Where an indefinite article stands before the lower-case words that qualify the noun at
        `noun` ahead of it ("a government spokesperson", "a senior council official", "ein
        langjähriger Mitarbeiter"); else None. Where adjectives follow the noun, only one word may
        stand between, as the few that precede it do ("une autre habitante", "un’altra residente")."""
        elided = _ELIDED_ARTICLE.search(self.folded, max(0, noun - 8), noun)
        if elided is not None and elided.group(1) in self.profile.indefinite_articles:
            return elided.start()  # (elided onto the noun itself: "un'infermiera")
        begin = noun
        for _ in range(2 if self.profile.adjectives_follow_nouns else 3):
            before = list(_TOKEN.finditer(self.folded, max(0, begin - 30), begin))
            if not before or self.text[before[-1].end():begin] != " ":
                return None
            word = before[-1].group()
            if word in self.profile.indefinite_articles or re.split("['’]", word)[0] in self.profile.indefinite_articles:
                return before[-1].start()  # (or elided onto the word: "un'altra residente")
            if word in self.profile.determiners or word in self.profile.of_words:
                return self._partitive_opening(before[-1].start(), word)
            if word in self.profile.not_names or self.profile.verb_re.fullmatch(word):
                return None
            begin = before[-1].start()
        return None

    def _partitive_opening(self, at: int, word: str) -> int | None:
        """Where "one of" stands before the article or "of" at `at` ("one of the officials", "uno
        dei funzionari", "l'un des élus", "een van de buren", "einer der Beamten"): one of a group,
        someone new; else None."""
        before = list(_TOKEN.finditer(self.folded, max(0, at - 24), at))[-2:]
        if before and word in self.profile.determiners and before[-1].group() in self.profile.of_words and len(before) == 2:
            at, before = before[-1].start(), before[:1]  # (past "of" to the "one": "one of the")
        if not before or self.text[before[-1].end():at].strip():
            return None
        one = re.split("['’]", before[-1].group())[-1]
        return before[-1].start() if one in self.profile.indefinite_articles or one in _ONE else None

    def _strip_determiners(self, phrase: str) -> str:
        words = phrase.split()
        while words and words[0] in self.profile.determiners:
            words = words[1:]
        if words:
            # an elided article joined to the noun: "l'allenatore", "l'avocate"
            article, _, noun = words[0].replace("’", "'").partition("'")
            if noun and article in self.profile.determiners:
                words[0] = noun
        return " ".join(words)

    def _person_described_by(
        self, phrase: str, head: str, before: int, *, definite: bool = False, gender: str = "", synonym: bool = False
    ) -> Mention | None:
        """The last person introduced with the same words: "Russian President Vladimir Putin" for
        "the Russian leader"; "the minister" needs the noun itself. A description's `gender` ("la
        ministra") passes over a person whose given name says the other one."""
        words = [w for w in phrase.split() if w != head and w not in self.profile.determiners] or [head]
        candidates = list(reversed(self.mentions_in(max(0, before - 3000), before)))
        number, para_start, para_end = self.paragraph_of(before)
        if definite and (number <= 1 or para_end - para_start <= _SHORT_LINE):
            # A headline's or crosshead's "the minister" is often named in the paragraph after it
            # (in running text, one named later with that title is someone else: "explicó el
            # entrenador. … El entrenador visitante, X, reconoció").
            after = self.sentence_end(before)
            candidates += self.mentions_in(after, after + 1500)
        own_sentence = (self.sentence_start(before, 0), self.sentence_end(before))  # (not the description's own words)
        found = self._described_by(words, candidates, own_sentence, gender)
        if found is None and gender == "m" and (words != [head] or synonym):
            # A masculine title serves for a woman too ("il presidente del consiglio" is the
            # "presidente del consiglio comunale, Laura Bortolin" named before; "il magistrato" the
            # "pm" named so), by its own words past the noun or by a synonym (not "le maire" after
            # "l'adjointe au maire", nor "il dirigente della polizia" after another "dirigente"); a
            # feminine one does not, nor the feminine form of the word ("l'avocat", "l'avocate").
            found = self._described_by(words, candidates, own_sentence, "", whole=True)
        return found

    def _described_by(
        self, words: list[str], candidates: list[Mention], own_sentence: tuple[int, int], gender: str, whole: bool = False
    ) -> Mention | None:
        """The most recent mention of a person the text (around here) describes so: "Il ministro degli Esteri,
        Federico Valenti, …; Valenti ha respinto le critiche. «…», ha detto il ministro" is Valenti,
        though another minister was named with his title in between."""
        described: dict[str, bool] = {}
        for mention in candidates:
            if mention.kind != PERSON or mention.by_role:
                continue
            if self.other_gender(mention.name, gender):
                continue
            if own_sentence[0] <= mention.start < own_sentence[1] and self.spoken_to(mention.start, own_sentence[0]):
                continue  # (the one it speaks to: "Judge tells Gareth Pryce he “…”")
            if mention.name not in described:
                described[mention.name] = any(
                    self._titled(words, other, whole) for other in candidates
                    if other.name == mention.name and not other.by_role
                    and not own_sentence[0] <= other.start < own_sentence[1]
                )
            if described[mention.name]:
                return mention
        return None

    def _titled(self, words: list[str], mention: Mention, whole: bool = False) -> bool:
        """Whether every one of `words` stands around this mention as its own title or apposition
        (up to the names next to it: "il ministro Paolo Bianchi ha incontrato il sindaco Anna
        Verdi": the minister is Bianchi)."""
        # (an apposition may run on to its clause's end: "Marco Leone, 41 anni, alla seconda
        # stagione da allenatore dei granata;")
        clause = _CLAUSE_END.search(self.text, mention.end, mention.end + _APPOSITION_LENGTH)
        reach = clause.start() if clause else mention.end + 40
        neighbours = [m for m in self.mentions_in(max(0, mention.start - 60), reach) if m.kind == PERSON]
        left = max([m.end for m in neighbours if m.end <= mention.start], default=max(0, mention.start - 60))
        right = min([m.start for m in neighbours if m.start >= mention.end], default=reach)
        low, high = max(left, mention.start - 60), min(right, max(reach, mention.end + 40))
        if low == left and self.text[left:left + 1] == ",":
            # (not the apposition of the name before it: "Ian Lowe, the mayor, met Carla Denz"; but
            # "X, la consejera, y el director general, Ignacio Larrañaga," is Larrañaga's title)
            closing = self.text.find(",", left + 1, mention.start)
            if closing != -1 and not all(
                word in self.profile.determiners or self._title_word(word) for word in _TOKEN.findall(self.folded, closing + 1, mention.start)
            ):
                low = closing + 1
        # (nor a title before the clause the name is in: "… da allenatore della squadra; in porta il figlio Luca")
        low = max(low, self.sentence_start(mention.start, low), self.text.rfind(";", low, mention.start) + 1)
        return all(
            self._title_before(w, low, mention.start, whole) or self._said_in_apposition(w, mention.end, high, whole) for w in words
        )

    def _title_before(self, word: str, start: int, name: int, whole: bool = False) -> bool:
        """Whether the narrator writes `word` in text[start:name] as the name's own title: not inside
        a quote ("But O'Gorman added: “(The pope) …”" does not make O'Gorman the pope), nor as what
        the name is the complement of ("difensore di Tagliaferri" is not Tagliaferri)."""
        pattern = self._word_pattern(word, whole)
        return any(
            not self.inside_quote(found.start()) and not self._complement_of(found.end(), name)
            # (a title right before the name is its own: "a spokesman for Mayor Helen Oakes")
            and not (self._someone_elses_title(found) and self.folded[found.end():name].strip(" \u00a0"))
            # (nor as the subject of a verb the name is the object of: "The judge said Pryce had …")
            and not self.profile.verb_re.search(self.folded, found.end(), name)
            for found in pattern.finditer(self.folded, start, name)
        )

    def _someone_elses_title(self, found: re.Match) -> bool:
        """Whether a title word found by a name is the complement of another person's noun, so
        not the name's: "Il portavoce del sindaco, Luca Ferri", "a spokesman for the mayor, Luke
        Fry", "the mayor's spokesman, Luke Fry", "Il difensore dell'ex assessore, Massimo Ricci"."""
        word = found.group()
        if not (self.profile.is_role(word) or word in _FORMER):
            return False  # (a portfolio is the title's own: "il ministro degli Esteri, X")
        after = _POSSESSIVE_NOUN.match(self.folded, found.end())
        if after is not None and self._person_noun(after.group(1)):
            return True
        before = [w.rstrip("'’") for w in re.split(r"[\s'’]+", self.folded[max(0, found.start() - 40):found.start()]) if w]
        while before and (before[-1] in self.profile.determiners or before[-1] in _FORMER):
            before.pop()
        if len(before) < 2 or before[-1] not in self.profile.complement_words:
            return False
        # (the noun it completes, or the one that noun completes: "il capo di gabinetto del presidente")
        return self._person_noun(before[-2]) or (
            len(before) >= 4 and before[-3] in self.profile.complement_words and self._person_noun(before[-4])
        )

    def _person_noun(self, word: str) -> bool:
        """A role, a relative's or a relation's noun ("portavoce", "wife", "lawyer"), hyphenated or
        not, or a noun of someone who does something ("il difensore")."""
        return any(
            self.profile.is_role(part) or part in self.profile.kin_nouns or part in self.profile.relation_nouns
            or len(part) >= 6 and part.endswith(DOER_ENDINGS)
            for part in {word, *word.split("-")}
        )

    def _named_apposition(self, name: Mention, verb: int) -> Reference | None:
        """A person named first thing in the apposition after `name` is the one the sentence's role
        was: "L’avocate de la famille Belkacem, Me Sophie Nguyen-Marchal, a dénoncé" is Nguyen-Marchal."""
        comma = self.text.find(",", name.end, verb)
        if comma == -1:
            return None
        for mention in self.mentions_in(comma + 1, verb):
            lead = self.folded[comma + 1:mention.start].split()
            if mention.kind == PERSON and len(lead) <= 1 and all(len(word.rstrip(".")) <= 3 for word in lead):
                return Reference(mention.start, mention.end, mention=mention)  # (after a title: "Me", "Dr.")
            break
        return None

    def _of_complement(self, start: int, *, floor: int = 0, reach: int = 8) -> bool:
        """Whether the phrase at `start` follows "of" ("the lawyer of X", "la moglie di X"), looking
        back `reach` characters but not before `floor`, past a title ("the family of Mr Idris")."""
        title = _LAST_WORD.search(self.folded, max(floor, start - 8), start)
        if title is not None and title.group(1) in UNDOTTED_TITLES:
            start = title.start()
        before = self.folded[max(floor, start - reach):start].split()[-1:]
        if bool(before) and before[0].rstrip("'’") in self.profile.of_words:
            return True
        # (a role's own linking word: "the coach for X", Albanian "Trajneri i Partizanit")
        words = self.folded[max(floor, start - 40):start].split()[-2:]
        return len(words) == 2 and words[1] in self.profile.complement_words and self.profile.is_role(words[0].strip(",;:"))

    def _word_pattern(self, word: str, whole: bool = False) -> re.Pattern:
        """A folded word as the narrator may write it; where roles compound (Landbouwminister,
        Verkehrsministerin) it may end a longer word; where nouns take case endings (Albanian) in
        any case ("kryetarja" is the "kryetaren e bashkisë" named before). `whole`: the word
        itself, not the start of a longer one ("avocat" is not "avocate")."""
        if self.profile.compound_roles:
            return re.compile(rf"{re.escape(word)}(?!\w)")
        if self.profile.inflects_names:
            stem = next((word[:-len(e)] for e in _CASE_ENDINGS if word.endswith(e) and len(word) - len(e) >= 4), word)
            return re.compile(rf"(?<!\w){re.escape(stem)}\w{{0,3}}(?!\w)")
        return re.compile(rf"(?<!\w){re.escape(word)}(?!\w)" if whole else rf"(?<!\w){re.escape(word)}")

    def _said_in_apposition(self, word: str, end: int, high: int, whole: bool = False) -> bool:
        """Whether `word` describes the name ending at `end` from an apposition after it ("Ana
        Ruiz, ministra de …", "Tom Hart (54), the mayor"), not from the clause that follows it
        ("Álvaro Ruiz, que acusó a la ministra …": the minister is someone else)."""
        opening = self.text[end:end + 2].lstrip(" \u00a0")[:1]
        if opening not in (",", "("):
            # or the portfolio right after the name: "Pieter-Jan Hofstede van Financiën"
            portfolio = self._portfolio_after(end, high)
            return bool(portfolio) and portfolio == word
        pattern = self._word_pattern(word, whole)
        for found in pattern.finditer(self.folded, end, high):
            between = self.folded[end:found.start()]
            if self.inside_quote(found.start()) or self.profile.verb_re.search(between) or self._someone_elses_title(found):
                continue
            if any(token in self.profile.relative_pronouns or token in self.profile.complementizers
                   for token in re.findall(r"\w+", between)):
                continue
            return True
        return False

    def _person_aged(self, age: str, before: int) -> Mention | None:
        """The last person named before `before` with this age next to the name ("Deb Kowalski,
        58,", "Peter (58)")."""
        for mention in reversed(self.mentions_in(max(0, before - 3000), before)):
            if mention.kind == PERSON:
                given = AGE_AFTER_NAME.match(self.text, mention.end)
                if given and (given.group(1) or given.group(2)) == age:
                    return mention
        return None

    def agreement_gender(self, start: int, end: int) -> str:
        """The gender a participle at `start` agrees in ("è sbottata", "s'est-elle agacée"), or ""."""
        return next((
            gender for pattern, gender in _participle_patterns(self.profile.participle_gender)
            if pattern.match(self.folded, start, end)
        ), "")

    def _after_indefinite(self, pos: int) -> bool:
        """Whether an indefinite article stands right before pos."""
        last = _LAST_WORD.search(self.folded, max(0, pos - 12), pos)
        return last is not None and last.group(1) in self.profile.indefinite_articles

    def _party_member(self, match: re.Match) -> Mention | None:
        """The person named last before a party member's description with that party: in
        brackets after the name ("Kees Bakker (SP)") or before it ("SP-Kamerlid Kees Bakker")."""
        party = re.escape(match.group(1))
        after = re.compile(rf"\s*\(\s*{party}\b")
        before = re.compile(rf"\b{party}(?:-\w+|['’]er)\s+(?:\w+\s+)?$")
        for mention in reversed(self.mentions_in(max(0, match.start() - 3000), match.start())):
            if mention.kind == PERSON and (
                after.match(self.text, mention.end) or before.search(self.text, max(0, mention.start - 40), mention.start)
            ):
                return mention
        return None

    def _named_last(self, pos: int, gender: str) -> Mention | None:
        """The person named last before `pos` outside quotes, in its paragraph or the two before
        it, of the gender given if their name says one: whom "the latter" points at."""
        paragraph, _, _ = self.paragraph_of(pos)
        floor = self.paragraphs[max(0, paragraph - 2)][0]
        for mention in reversed(self.mentions_in(floor, pos)):
            if mention.kind == PERSON and not self.inside_quote(mention.start) and not self.other_gender(mention.name, gender):
                return mention
        return None

    def antecedent(self, pos: int, gender: str = "") -> Mention | None:
        """The subject of the nearest earlier sentence that names a person (outside quotes): the
        subject of its speech verb if it has one, else a known speaker, else its first person.
        A pronoun's `gender` ("m", "f") passes over a person whose given name says the other one
        ("Anna Krause … Karl Weiß … sagte sie": Anna Krause)."""
        if self._pronoun_chain:
            return self._antecedent(pos, gender)
        found = self._antecedents.get((pos, gender), _UNREAD)
        if found is _UNREAD:
            chains_cut = self._chains_cut
            found = self._antecedent(pos, gender)
            if self._chains_cut == chains_cut:
                self._antecedents[pos, gender] = found
        return found

    def _antecedent(self, pos: int, gender: str) -> Mention | None:
        paragraph, _, _ = self.paragraph_of(pos)
        floor = self.paragraphs[max(0, paragraph - 3)][0]
        end = pos
        whole = False  # the first stretch is the part of pos's sentence before it; then whole sentences
        first_whole = True  # (until the first whole sentence has been read)
        # (where the sentence before pos's names no one: a definite description it may open with,
        # read only if someone further back is found)
        nameless: tuple[int, int, str] | None = None
        while end > floor:
            start = self.sentence_start(end - 1, floor) if end - 1 > floor else floor
            if whole and not self.text[start:end].strip():
                # (the break between two paragraphs is no sentence: the one before it is still
                # the first whole one, whose indefinite subject a pronoun may point at)
                if start <= floor:
                    break
                end = start - 1
                continue
            if whole:
                # Many spans look back over the same sentences: each is read once.
                subject = self._subjects.get((start, end), _UNREAD)
                if subject is _UNREAD:
                    subject = self._subjects[start, end] = self._subject_of(start, end)
            else:
                subject = self._subject_of(start, end)
            if subject is None and gender and whole and first_whole and not self.spans_within(start, end) and not self.inside_quote(start):
                # (a pronoun's antecedent in the sentence right before: an indefinite noun
                # phrase no list knows that opens it, "Een voorbijganger zag de auto …")
                subject = self._unlisted_newcomer(start, end)
                if subject is None:
                    nameless = (start, end, gender)
            first_whole = first_whole and not whole
            if isinstance(subject, _PronounSubject):
                # A sentence about someone named before ("Après le vote, elle a écrit au ministre
                # …"): read on back, for a person of the pronoun's gender.
                gender, subject = gender or subject.gender, None
            if subject is not None and self.other_gender(subject.name, gender):
                subject = self._person_of_gender(start, end, gender)
            unnamed = self._unnamed_described(*nameless) if subject is not None and nameless is not None else None
            if unnamed is not None and subject.start < unnamed.start and self._titled_otherwise(subject, unnamed):
                # ("Sagte Verteidiger X. ¶ Der Angeklagte selbst hatte sich … gewandt. „…“, sagte er":
                # the defendant, whom the text does not name, not the lawyer)
                return unnamed
            if subject is not None:
                return subject
            if start <= floor:
                break
            end, whole = start - 1, True
        return None

    def author_of_title(self, name: Mention) -> bool:
        """Whether the name follows a short capitalised title in marks and "by", or "of" after a
        title a noun names ("the novel “The Outsider” by Albert Camus", "le roman « L'Étranger »
        d'Albert Camus", "het boek ‘Het diner’ van Herman Koch"): the work's author. Not a famous
        line of someone's ("le « Je vous ai compris » de Charles de Gaulle" is his)."""
        title = next((span for span in reversed(self.spans_within(max(0, name.start - 120), name.start))), None)
        if title is None or title.depth or not self.text[title.start:title.start + 1].isupper():
            return False
        between = _TOKEN.findall(self.folded, title.close_end, name.start)
        if len(between) != 1 or not self.text[title.close_end:name.start].strip(" \u00a0\u202f,").replace("'", "").replace("’", "").isalpha():
            return False
        if not (between[0] in _BY or (between[0] in self.profile.of_words and self.label_at(title.start))):
            return False
        return len(_TOKEN.findall(self.folded, title.start, title.end)) <= _TITLE_WORDS and not re.search(
            r"[.!?…,;:]", self.text[title.start:title.end].rstrip(" .")
        )

    def _person_of_gender(self, start: int, end: int, gender: str) -> Mention | None:
        """The first person text[start:end] names whose given name is of `gender`, or None."""
        people = [mention for mention in self.mentions_in(start, end) if mention.kind == PERSON]
        for mention in people:
            if name_gender(mention.name, self.profile.code) == gender:
                return mention
        # (or one whose name tells no gender: "De voorzitter wilde weten waarom Vlaming belde. ‘…’,
        # antwoordde hij.")
        return next((
            mention for mention in people if not self.other_gender(mention.name, gender) and not self.inside_quote(mention.start)
        ), None)

    def _subject_of(self, start: int, end: int) -> Mention | _PronounSubject | None:
        """The person text[start:end] is about (see antecedent), or None. A sentence whose
        subject is a pronoun is about the pronoun's antecedent, not about a person it names
        later ("… il est soupçonné d'avoir favorisé l'entreprise de Yannick Coroller")."""
        # (not the author of a work the sentence names: "Sur la table traîne le roman « L'Étranger »
        # d'Albert Camus", "On the shelf lies “The Dinner” by Herman Koch")
        people = [
            m for m in self.mentions_in(start, end)
            if m.kind == PERSON and not self.author_of_title(m) and not self.agent_of_participle(m.start)
            # (nor a participle's object inside the sentence: "E in serata, lasciando Montecitorio, ha ribadito")
            and not (self.profile.drops_subjects and self.text.rfind(",", start, m.start) != -1 and self._fronted_phrase(start, Reference(m.start, m.end, mention=m)))
        ]
        # (not a word that qualifies the title of the name after it: "Kettleby manager Aleksandar
        # Petrović was full of praise")
        people = [
            m for m, after in zip(people, people[1:] + [None])
            if not (after and after.start - m.end <= _TITLE_GAP and self._titled_after(m.end, after.start))
        ] or people
        # A reply's author is who the sentence is about: "Immediata la replica del consigliere
        # Sandro Fonti, che …", "Die Antwort von X kam prompt".
        replying = next((m for m in people if self._reply_of(m.start)), None)
        if replying is not None:
            return replying
        opening = _PLAIN_WORD.search(self.folded, start, end)
        if people and opening is not None:
            # A participle's phrase set before the subject names its object, not the subject:
            # "Gevraagd of de VVD de motie van X steunt, hield hij de boot af" is about "hij".
            comma = self.text.find(",", opening.start(), end)
            if comma > 0 and people[0].start < comma and not self.inside_quote(comma) and (
                # (or a preposition's, when the sentence names someone after it: "Op de vraag of de
                # groep achter Kroon staat, bleef aanvoerder Tim Vos even stil")
                opening.group() in _FRONTING_PREPOSITIONS and (
                    any(m.start > comma for m in people)
                    # (not a subject the comma sets an apposition after: "Na de wedstrijd was
                    # trainer X, naast aanvoerder Y, woedend")
                    and self.text[max(m.end for m in people if m.start < comma):comma].strip()
                    # (or a description is the subject after the comma: "Sulla prestazione di X,
                    # l'allenatore si è sbilanciato", "… angesprochen, sagte der Trainer")
                    or self._description_opens(comma + 1, end) and (
                        not self.profile.verb_second or self.text[max(m.end for m in people if m.start < comma):comma].strip()
                    )
                )
            ):
                people = [m for m in people if m.start > comma]
            elif comma > 0 and people[0].start < comma and not self.inside_quote(comma) and (
                opening.group() not in self.profile.determiners or self.profile.inflects_names  # ("El segundo día …" opens with no gerund)
            ) and not self.profile.according_re.match(self.folded, opening.start()) and self._opens_with_participle(
                list(_TOKEN.finditer(self.folded, opening.start(), comma))[:3]
            ):
                people = [m for m in people if m.start > comma]
                if not people:
                    pronoun = self._leading_pronoun(comma, end)
                    return self._pronoun_antecedent(pronoun) if pronoun is not None else None
        if people and opening is not None and opening.group() in _SUBORDINATORS:
            # A clause set before the main one whose person acts on someone the pronoun stands for
            # ("Quand le juge X lui demande de s'expliquer, il se tait", "When Judge X asked him to
            # explain, he stayed silent"): the main clause is about that someone, not about X.
            comma = self.text.find(",", opening.end(), end)
            if comma > 0 and not self.inside_quote(comma) and any(
                word in self.profile.object_pronouns for word in _TOKEN.findall(self.folded, opening.end(), comma)
            ) and people[0].start < comma:
                people = [m for m in people if m.start > comma]
                if not people:
                    pronoun = self._leading_pronoun(comma, end)
                    return self._pronoun_antecedent(pronoun) if pronoun is not None else None
        according = opening and self.profile.according_re.match(self.folded, opening.start())
        if according and not self.inside_quote(according.start()):
            # "Volgens de middenvelder is het …", "According to Ms Hale, the plan …": the one it
            # cites is who the sentence is about, not a name in what they say.
            named = [
                m for m in people
                if m.start - according.end() <= 2 or self._titled_after(according.end(), m.start)
                or self._lower_title_before(according.end(), m.start) or (
                    # (a source past a noun and its "of", unless the sentence goes on to a subject
                    # of its own: "Secondo le stime di X il buco è enorme, ma lei respinge …")
                    self._source_of(according.end(), m.start) and m is people[-1] and not any(
                        item.is_pronoun or (item.noun is not None and self.profile.is_role(item.noun.group()))
                        for item in self.references_in(m.end, end)
                    )
                )
            ]
            if named:
                return named[0]
            comma = self.text.find(",", according.end(), end)
            source = _TOKEN.findall(self.folded, according.end(), comma) if comma > 0 else []
            if source and not self.profile.verb_re.search(self.folded, according.end(), comma):
                # (a source named in apposition to its role: "Selon le gouverneur de la région,
                # Vitali Kim, trois civils …")
                apposed = self._apposed_person(comma)
                if apposed is not None and apposed in people:
                    return apposed
                # (a source that is no one, a document or a count: "According to the complaint,
                # Randall Keefe called 911 himself" is about Keefe, who opens the main clause)
                opening_name = next((m for m in people if m.start > comma), None)
                if opening_name is not None and not any(self.profile.is_role(word) for word in source) and not (
                    self.mentions_in(according.end(), comma)
                ) and len(_TOKEN.findall(self.folded, comma, opening_name.start)) <= 1:
                    return opening_name
            return self._described_subject(according.end(), end)  # (or nobody the text named)
        if people:
            pronoun = self._leading_pronoun(start, people[0].start)
            if pronoun is not None and "," in self.text[pronoun.end():people[0].start] and (
                _PLAIN_WORD.search(self.folded, start, end).start() < pronoun.start()
            ):
                pronoun = None  # in a clause set before the subject: "Asked what she would do, Donnelly …"
            if pronoun is not None:
                return self._pronoun_antecedent(pronoun)
            for verb in self.profile.verb_re.finditer(self.folded, start, end):
                before = [m for m in people if m.end <= verb.start()]
                # (not the one whose something the subject is: "L'avocate de la famille Belkacem,
                # Me Sophie Nguyen-Marchal, a dénoncé")
                before = [m for m in before if not self._of_complement(m.start)] or before
                # (nor one whose something it is: "Tollgate’s chief executive, Fiona Hume, said")
                before = [m for m in before if not _POSSESSIVE.match(self.text, m.end)] or before
                # (nor one a preposition makes an object, when the subject comes after the verb:
                # "Au maire Pierre Martin a répondu le préfet Jean Petit")
                if before and all(self._oblique(m) for m in before) and any(m.start > verb.end() and not self._oblique(m) for m in people):
                    continue
                if before and not self.inside_quote(verb.start()):
                    if self._apposition_until(before[0], verb.start()):
                        return before[0]  # "Rachel Haworth, the MP for Skipton and Kettlewick, said"
                    adjacent = [m for m in before if len(self.text[m.end:verb.start()].split()) <= 2]
                    return self._whose_complement(adjacent[-1], before) if adjacent else before[0]
            known = [m for m in people if m.key]
            # Not a person the sentence names as whose something is ("Face à la détention d'Antoine
            # Rigal, le ministre, Philippe Ardouin, a choisi …").
            heads = [m for m in people if not self._of_complement(m.start)]
            # (nor one a preposition makes an object: "Al comitato convocato dal sindaco Rossi ha
            # partecipato la prefetta Conti")
            free = [m for m in heads if not self._oblique(m)]
            if not known and not free:
                # Only names in phrases of the predicate: a description that opens the sentence is
                # its subject ("Die Bürgermeisterin wollte sich nicht zu den Vorwürfen gegen X äußern.").
                described = self._described_subject(start, end)
                if described is not None:
                    return described
            heads = free or heads
            if not known and not heads:
                # Only names in phrases of the predicate: a description that opens the sentence is
                # its subject ("La deputata ha ricordato il caso di Gianni Ferrero.").
                described = self._described_subject(start, end)
                if described is not None:
                    return described
            return (known or heads or people)[0]
        described = self._described_subject(start, end)
        if described is not None:
            return described
        newcomer = self._newcomer_subject(start, end) or self._presented(start, end)
        if newcomer is not None:
            return newcomer
        verb = self.profile.verb_re.search(self.folded, start, end)
        pronoun = self._leading_pronoun(start, min(verb.start() if verb else end, start + _SUBJECT_REACH))
        if pronoun is not None:
            return _PronounSubject(self.profile.pronoun_gender(pronoun.group()))
        return None

    def _reply_of(self, start: int) -> bool:
        """Whether the name at `start` is the author a word for a reply and "of" give it, past its
        title ("la replica del consigliere X", "la respuesta de X", "the reply of X")."""
        if not self.profile.answer_words or _answer_words_pattern(self.profile.answer_words).search(self.folded, max(0, start - 60), start) is None:
            return False  # (most names: no word for a reply before them)
        words = list(_TOKEN.finditer(self.folded, max(0, start - 60), start))[-5:]
        while words and (words[-1].group() in self.profile.determiners or self._title_word(words[-1].group()) or self.profile.is_role(words[-1].group())):
            words.pop()
        if len(words) < 2 or words[-1].group().rstrip("'’") not in self.profile.of_words:
            return False
        return words[-2].group() in self.profile.answer_words and not re.search(r"[,;:.()]", self.text[words[-2].start():start])

    def _oblique(self, mention: Mention) -> bool:
        """Whether a preposition that makes the name an object or an agent stands before it, past
        its title ("al sindaco Marco Rossi", "au maire Pierre Martin", "dal prefetto X", "with X")."""
        known = self._obliques.get(mention.start)
        if known is None:
            known = self._obliques[mention.start] = self._read_oblique(mention)
        return known

    def _read_oblique(self, mention: Mention) -> bool:
        for word in reversed(list(_TOKEN.finditer(self.folded, max(0, mention.start - 40), mention.start))[-4:]):
            if "," in self.text[word.end():mention.start]:
                return False  # ("Da sindaco, Luca Bianchi": a phrase set off before the subject)
            if word.group() in self.profile.determiners or self._title_word(word.group()) or self.profile.is_role(word.group()):
                continue
            return word.group() in _OBLIQUE
        return False

    def _pronoun_antecedent(self, pronoun: re.Match) -> Mention | None:
        """The antecedent of a sentence's subject pronoun, read once per pronoun and followed back
        through at most _PRONOUN_CHAIN sentences whose subjects are pronouns too (a long text of them
        would otherwise be read back to its start, one call deeper per sentence)."""
        found = self._pronoun_antecedents.get(pronoun.start(), _UNREAD)
        if found is not _UNREAD:
            return found
        if self._pronoun_chain >= _PRONOUN_CHAIN:
            self._chains_cut += 1
            return None
        self._pronoun_chain += 1
        try:
            found = self.antecedent(pronoun.start(), self.profile.pronoun_gender(pronoun.group()))
        finally:
            self._pronoun_chain -= 1
        self._pronoun_antecedents[pronoun.start()] = found
        return found

    def _whose_complement(self, mention: Mention, people: list[Mention]) -> Mention:
        """The person a name right before the verb completes, if any: "Greg Mallory of the
        consultancy Prospero Partners said" is Mallory's saying."""
        for other in reversed([m for m in people if m.end <= mention.start]):
            between = self.folded[other.end:mention.start]
            words = between.split()
            if not words or words[0] not in self.profile.complement_words or len(words) > 6 or (
                re.search(r"[,;:.()]", between) or self.profile.verb_re.search(between)
            ):
                break
            mention = other
        return mention

    def spoken_to(self, start: int, floor: int = 0) -> bool:
        """Whether the name at `start` is the one spoken to (see text.addressed), also past a title
        of up to three words ("ce message au Premier ministre Paul Ravel :")."""
        if addressed(self.folded, start, floor):
            # (English "a" is an article, not Romance "a" = "to": "said a spokesman")
            previous = _TOKEN.findall(self.folded, max(floor, start - 4), start)[-1:]
            return not (previous == ["a"] and "a" in self.profile.indefinite_articles)
        words = list(_PLAIN_WORD.finditer(self.folded, max(floor, start - 60), start))[-3:]
        for first in range(len(words)):
            block = words[first:]
            if "," in self.text[block[0].start():start]:
                continue  # (not across a comma: "In a letter to parents, head teacher Ann Moss wrote:")
            if any(self._title_word(word.group()) for word in block) and addressed(self.folded, block[0].start(), floor):
                return True
        return False

    def _title_phrase(self, words: list[str]) -> bool:
        """A title before a name: a determiner, a role or an abbreviation, and what the role is of
        ("la doctora", "il Dott.", "le chef d’escadron")."""
        # (past an elided article and "ex": "l'ex assessore")
        words = [
            re.split("['’]", w, maxsplit=1)[-1] if re.match(r"\w{1,4}['’]\w", w) and fold(re.split("['’]", w)[0]) in self.profile.determiners else w
            for w in words
        ]
        head = [w for w in words if fold(w) not in self.profile.determiners and fold(w) != "ex"]
        if not head or not self._title_word(head[0]):
            return False
        rest = [fold(w).split("'")[0].split("’")[0] for w in head[1:]]
        return all(w in self.profile.of_words or self._title_word(w) for w in rest) or (
            bool(rest) and rest[0] in self.profile.of_words and len(rest) <= 2
        )

    def _title_word(self, word: str) -> bool:
        """A role or a title's abbreviation ("doctora", "Dr.", "Me")."""
        folded = fold(word).rstrip(".")
        return self.profile.is_role(folded) or folded in TITLE_ABBREVIATIONS or folded in self.profile.title_abbreviations

    def _source_of(self, start: int, name: int) -> bool:
        """Whether text[start:name] is a short noun phrase whose "of" (and a title) leads to the
        name: the name is the source cited ("Secondo le stime del governatore X", "según los
        cálculos de la consejera X")."""
        words = _TOKEN.findall(self.folded, start, name)
        if not 2 <= len(words) <= 6 or re.search(r"[,;:()]", self.text[start:name]):
            return False
        while words and (self._title_word(words[-1]) or words[-1] in self.profile.determiners):
            words.pop()
        # (the noun is what the source wrote, not someone of theirs: "Secondo il legale di Bassi"
        # cites the lawyer)
        return len(words) >= 2 and words[-1].split("'")[0] in self.profile.of_words and not (
            self.profile.is_role(words[-2]) or words[-2] in self.profile.relation_nouns
        )

    def _titled_after(self, start: int, name: int) -> bool:
        """Whether only a role stands between `start` and a name ("selon le capitaine Sophie
        Marchetti", "according to Police Chief Ann Ross")."""
        words = _PLAIN_WORD.findall(self.folded, start, name)  # (elisions apart: "per l'avvocato X")
        return 0 < len(words) <= 4 and all(word in self.profile.determiners or self._title_word(word) for word in words)

    def _leading_pronoun(self, start: int, end: int) -> re.Match | None:
        """A personal pronoun in text[start:end] outside quotes, before any name: the subject; not
        one a preposition makes an object ("Accanto a lui Rosaria Lombardi è più arrabbiata")."""
        if not self.profile.pronouns:
            return None  # (a text in no language the engine knows)
        for word in _pronoun_pattern(self.profile.pronouns).finditer(self.folded, start, end):
            if not self.inside_quote(word.start()):
                before = _TOKEN.findall(self.folded, max(start, word.start() - 12), word.start())[-1:]
                if before and before[0] in _OBLIQUE and self.folded[word.start() - 1:word.start()] == " ":
                    continue
                return word
        return None

    def _apposition_until(self, name: Mention, verb: int) -> bool:
        """Whether the name is set off by an apposition or a relative clause between commas that
        runs to the verb ("X, the MP for …, said", "X, who had met Y, …, said")."""
        between = _BRACKETS_AFTER_NAME.sub("", self.text[name.end:verb].rstrip(" \u00a0"), count=1)
        if not (between.startswith(",") and between.endswith(",") and len(between) > 2):
            return False
        opener = _PLAIN_WORD.findall(self.folded, name.end, name.end + 20)[:2]
        openers = self.profile.relative_pronouns | self.profile.complementizers  # (", que llegó …,")
        return between.count(",") == 2 or any(word in openers for word in opener)

    def someone_else_talked_about(self, quote, end: int) -> bool:
        """Whether the text between `quote` and `end` names another person or opens a sentence
        with a description of one ("Nel pomeriggio il sindaco ha firmato …"): then a later
        cue-less quote is no longer obviously the quote's speaker's."""
        if self.someone_else_named(quote, end):
            return True
        pos = end
        for _ in range(3):  # the sentences right before `end`, nearest first
            if pos <= quote.end:
                break
            start = self.sentence_start(pos - 1, quote.end)
            if (self._newcomer_subject(start, pos) or self._unlisted_newcomer(start, pos)) is not None and not any(
                m.kind == PERSON for m in self.mentions_in(start, pos)
            ):
                return True  # (someone new: "Een oud-lid van de club schetst een ander beeld.", "A passer-by watched")
            description = self._subject_description(start, pos)
            if description is not None:
                head = description[0].group()
                described = self._person_described_by(self._with_modifiers(description), head, description[1])
                if described is not None and described.name != quote.speaker:
                    return True
                # (one the text never named, as the subject of a sentence naming nobody: "À la
                # barre, le prévenu …")
                if described is None and self._opens_with(description) and not any(
                    m.kind == PERSON for m in self.mentions_in(start, pos)
                ):
                    return True
            pos = start
        return False

    def unnamed_subject_before(self, pos: int, floor: int) -> str | None:
        """The description a sentence right before `pos` (after `floor`) opens with, as the text
        writes it, when the text names nobody it describes and the sentence names no person."""
        pos = floor + len(self.text[floor:pos].rstrip())
        start = self.sentence_start(pos - 1, floor) if pos - 1 > floor else floor
        if not self.text[start:pos].strip() or any(m.kind == PERSON for m in self.mentions_in(start, pos)):
            return None
        first_quote = bisect.bisect_left(self._outer_starts, start)
        if first_quote < len(self._outer_starts) and self._outer_starts[first_quote] < pos:
            return None  # (its own quote's speaker goes on: "Zijn cliënt is volgens hem ‘…’. ‘…’")
        newcomer = self._newcomer_subject(start, pos) or self._unlisted_newcomer(start, pos)
        if newcomer is not None:
            return newcomer.name  # (an indefinite one is someone new: "Een oud-lid van de club …", "Eine Anwohnerin …")
        description = self._subject_description(start, pos)
        if description is None or not self._opens_with(description):
            return None
        noun, clause = description
        if self._person_described_by(self._with_modifiers(description), noun.group(), clause) is not None:
            return None
        described = self._with_complement(noun.start(), pos)
        if self._display_span(noun.start(), pos)[0] == noun.start():
            # (with the determiner and lower-case modifiers the display leaves out: "The opposition leader")
            described = self.text[clause:noun.start()].rsplit(",", 1)[-1].lstrip() + described
        return described

    def _with_modifiers(self, description: tuple[re.Match, int]) -> str:
        """A sentence-opening description's noun with the words between its determiner and it,
        folded: "the opposition leader" is not "the council leader" the text named."""
        noun, clause = description
        lead = _TOKEN.findall(self.folded, clause, noun.start())
        article = max((i for i, word in enumerate(lead) if word in self.profile.determiners), default=len(lead) - 1)
        return " ".join([*[word for word in lead[article + 1:] if word not in self.profile.not_names][-2:], noun.group()])

    def _opens_with(self, description: tuple[re.Match, int], indefinite: bool = False) -> bool:
        """Whether only determiners, and at most two lower-case modifiers after them, stand before
        the description's noun in its clause ("le prévenu", "À la barre, le prévenu", "The
        opposition leader"; not "Replica al jefe")."""
        noun, clause = description
        lead = self.text[clause:noun.start()].rsplit(",", 1)[-1]
        written = lead.split()
        if all(fold(word) in self.profile.determiners or fold(word) in self.profile.possessives for word in written):
            return True  # (someone's too: "Sein Mandant wandte sich an die Zuschauer.")
        # (a modifier or two may stand between the determiner and the noun: "The opposition leader")
        modifiers = written[1:]
        article = fold(written[0])
        return (article in self.profile.determiners or indefinite and article in self.profile.indefinite_articles) and len(modifiers) <= 2 and all(
            word.isalpha() and (word.islower() or indefinite) and fold(word) not in self.profile.not_names
            and not self.profile.verb_re.fullmatch(fold(word)) for word in modifiers
        )

    def _unnamed_described(self, start: int, end: int, gender: str) -> Mention | None:
        """A definite role description that a sentence naming no one opens with, of the pronoun's
        gender, when the text named no one with that role ("Der Angeklagte selbst hatte sich an die
        Familie gewandt. „…“, sagte er"): the one a pronoun after it stands for, unnamed."""
        found = self._subject_description(start, end)
        if found is None or not self._opens_with(found) or self._described_subject(start, end) is not None:
            return None
        noun, clause = found
        first = _PLAIN_WORD.search(self.folded, clause, noun.start())
        if first is None or first.group() not in self.profile.determiners or first.group() in self.profile.possessives:
            return None
        if re.match(r"[ \u00a0]*(?:\w+[ \u00a0]*)?,", self.text[noun.end():noun.end() + 30]):
            return None  # (a phrase set before the subject: "Le premier jour, un conducteur …")
        if gender and self.profile.description_gender(first.group(), noun.group()) not in ("", gender):
            return None
        begin = self._display_span(noun.start(), end)[0]
        return Mention(noun.start(), noun.end(), self.text[min(begin, first.start()):noun.end()], None, PERSON)

    def _introduced_as_kin(self, person: Mention, before: int) -> bool:
        """Whether the text gave `person` as someone's relative right before their name ("Su hija
        Lucía …"): not who "la concejala de Cultura", a role with its portfolio, then is."""
        for mention in self.mentions_in(max(0, before - 3000), before):
            if mention.name == person.name and mention.kind == PERSON:
                word = _LAST_WORD.search(self.folded, max(0, mention.start - 30), mention.start)
                if word is not None and word.group(1) in self.profile.kin_nouns:
                    return True
        return False

    def _titled_otherwise(self, person: Mention, described: Mention) -> bool:
        """Whether the text gives `person` a role right before the name that is not the role
        `described` opens with ("Verteidiger Falk Ostendorf" is not "Der Angeklagte")."""
        before = _LAST_WORD.search(self.folded, max(0, person.start - 30), person.start)
        if before is None or not self.profile.is_role(before.group(1)):
            return False
        head = fold(described.name).split()[-1]
        return before.group(1) != head and not before.group(1).startswith(head[:5])

    def _lower_title_before(self, start: int, name: int) -> bool:
        """Whether text[start:name] is one to three lower-case words that read as the name's title,
        even where no list knows them ("Volgens inspecteur Karel Jansen", "according to county
        assessor Jo Hale"): no verb, no article, at most an "of" inside."""
        words = _TOKEN.findall(self.folded, start, name)
        written = self.text[start:name].split()
        return 1 <= len(words) <= 3 and all(word[:1].islower() for word in written) and not any(
            self.profile.verb_re.fullmatch(word) or word in self.profile.determiners
            or (word in self.profile.not_names and word not in self.profile.of_words)
            for word in words
        ) and words[0] not in self.profile.of_words and words[-1] not in self.profile.of_words

    def _described_subject(self, start: int, end: int) -> Mention | None:
        """A sentence that opens with a definite role description ("La alcaldesa respondió …")
        is about the person introduced with that role."""
        found = self._subject_description(start, end)
        return self._person_described_by(found[0].group(), found[0].group(), found[1]) if found else None

    def _newcomer_subject(self, start: int, end: int) -> Mention | None:
        """An indefinite description of a person that a sentence naming no one opens with, as
        its subject ("Un diplomate européen, sous couvert d'anonymat, a décrit …", "A senior aide
        said …"), or someone's relation (see _relation_opening): someone new, whom a pronoun
        after it points at, not the last person named."""
        related = self._relation_opening(start, end)
        if related is not None:
            return related
        kin = self._indefinite_kin(start, end)
        if kin is not None:
            return kin
        one_of = self._one_of_them(start, end)
        if one_of is not None:
            return one_of
        found = self._subject_description(start, end, indefinite=True)
        if found is None:
            return None
        noun, clause = found
        first = _PLAIN_WORD.search(self.folded, clause, noun.start())
        if first is None or first.group() not in self.profile.indefinite_articles or not self._opens_with(found, indefinite=True):
            return None
        begin = self._display_span(noun.start(), end)[0]
        described = self.text[min(begin, first.start()):begin] + self._with_complement(noun.start(), end)
        return Mention(noun.start(), noun.end(), described, None, PERSON)

    def _indefinite_kin(self, start: int, end: int) -> Mention | None:
        """A relative, friend, colleague or neighbour the sentence text[start:end] opens with after an
        indefinite article ("Un collega più giovane", "A neighbour", "Une voisine"): someone new."""
        words = list(_PLAIN_WORD.finditer(self.folded, start, min(end, start + 40)))[:2]
        if len(words) < 2 or words[0].group() not in self.profile.indefinite_articles or words[0].group() in PLURAL_INDEFINITES:
            return None
        if words[1].group() not in self.profile.kin_nouns or self.text[words[0].end():words[1].start()] not in (" ", "'", "’") or (
            self.text[start:words[0].start()].strip() or self.inside_quote(words[0].start())
        ):
            return None
        return Mention(words[1].start(), words[1].end(), self._display(words[1].start(), end), None, PERSON)

    def _one_of_them(self, start: int, end: int) -> Mention | None:
        """One of a group of people that the sentence text[start:end] opens with ("One of the
        protesters", "Einer der entlassenen Arbeiter", "Uno dei residenti", "L'un des riverains"):
        someone new, whom a pronoun after it points at. The group's noun names people: a role, a
        relation, or a doer's ending once the plural's is taken off."""
        words = list(_TOKEN.finditer(self.folded, start, min(end, start + 80)))[:6]
        if len(words) < 3 or self.text[start:words[0].start()].strip() or self.inside_quote(words[0].start()):
            return None
        joining = words[1].group()  # ("of", or the article of a genitive: "einer der")
        if joining not in self.profile.of_words and joining not in self.profile.determiners:
            return None
        if self._partitive_opening(words[1].start(), joining) != words[0].start():
            return None
        if words[2].group() in _THEM:
            return Mention(words[2].start(), words[2].end(), self.text[words[0].start():words[2].end()], None, PERSON)  # ("Einer von ihnen")
        for word in words[2:5]:
            noun = word.group()
            if noun in self.profile.determiners or noun in self.profile.of_words or noun in self.profile.possessives or (
                self.profile.noun_suffixes and self.text[word.start()].islower()  # (an adjective, where nouns have capitals)
            ):
                continue
            stems = {noun, noun[:-1], noun[:-2], noun[:-1] + "e", noun[:-1] + "o", noun[:-1] + "a"}
            if any(self.profile.is_role(stem) or stem in self.profile.kin_nouns for stem in stems) or noun in self.profile.relation_nouns or (
                self._unlisted_noun(word) and any(len(stem) >= 5 and stem.endswith(DOER_ENDINGS) for stem in stems)
            ):
                return Mention(word.start(), word.end(), self.text[words[0].start():word.end()], None, PERSON)
            if not self.profile.adjectives_follow_nouns and not self.profile.noun_suffixes and self._unlisted_noun(word):
                continue  # (an adjective before the noun: "one of the angry protesters")
            return None
        return None

    def _presented(self, start: int, end: int) -> Mention | None:
        """Someone a sentence naming no one brings on with "there is" or "takes the floor" ("Su
        una barella c'è un uomo di 80 anni.", "Poi ha preso la parola l'imputato."): the one the
        next words are about, not the last person named."""
        found = _PRESENTING.search(self.folded, start, end)
        if found is None or self.inside_quote(found.start()):
            return None
        words = list(_PLAIN_WORD.finditer(self.folded, found.end(), min(end, found.end() + 60)))
        if len(words) < 2 or not (words[0].group() in self.profile.determiners or words[0].group() in self.profile.indefinite_articles) or (
            words[0].group() in PLURAL_INDEFINITES
        ):
            return None
        noun = words[1]
        # (a noun no list knows, only if it names a doer: "c'è un passante", not "hay una trampa")
        if not (self.profile.is_role(noun.group()) or self._unlisted_noun(noun) and noun.group().split("-")[0].endswith(DOER_ENDINGS)) or (
            self.profile.is_organization(noun.group())
        ):
            return None
        described = self._person_described_by(noun.group(), noun.group(), noun.start(), definite=True) if (
            words[0].group() not in self.profile.indefinite_articles
        ) else None
        if described is not None:
            return described
        display = self._with_complement(noun.start(), end)
        if not fold(display).startswith(words[0].group()):
            display = self.text[words[0].start():noun.start()] + display  # (with its article: "l'imputato")
        return Mention(noun.start(), noun.end(), display, None, PERSON)

    def _unlisted_newcomer(self, start: int, end: int) -> Mention | None:
        """An indefinite noun phrase no list knows that opens the sentence text[start:end] as its
        subject, its noun one that names a doer ("Een voorbijganger zag de auto …", "A passer-by
        saw …", "Eine Anwohnerin hörte …"): someone new, whom a pronoun after it points at."""
        words = list(_PLAIN_WORD.finditer(self.folded, start, min(end, start + 60)))
        if len(words) < 3 or words[0].group() not in self.profile.indefinite_articles or words[0].group() in PLURAL_INDEFINITES:
            return None
        noun = words[1]
        if not self._unlisted_noun(noun) or noun.group() in TIME_NOUNS:
            return None
        if not noun.group().split("-")[0].endswith(DOER_ENDINGS) and not (
            # (or one a relative clause of a person's follows: "Un soldato, che chiede l'anonimato, …")
            (relative := _RELATIVE_AFTER.match(self.folded, noun.end())) and relative.group(1) in RELATIVES_AFTER_PERSON
            and noun.group() not in self.profile.document_nouns and not self.profile.is_organization(noun.group())
        ):
            return None
        return Mention(noun.start(), noun.end(), self.text[words[0].start():noun.end()], None, PERSON)

    def _relation_opening(self, start: int, end: int) -> Mention | None:
        """Someone's relation that a sentence naming no one opens with ("La mère de la victime ne
        décolère pas.", "Il padre del ragazzo …"): someone new too, as a description."""
        words = list(_PLAIN_WORD.finditer(self.folded, start, min(end, start + 80)))[:3]
        if len(words) < 3 or words[0].group() not in self.profile.determiners or words[1].group() not in self.profile.relation_nouns:
            return None
        if self.inside_quote(words[0].start()) or self.text[words[1].end():words[2].start()].strip() or (
            words[2].group().rstrip("'’") not in self.profile.complement_words
        ):
            return None
        whose = _PLAIN_WORD.search(self.folded, words[2].end(), min(end, words[2].end() + 30))
        if whose is not None and whose.group() in _NUMBER_WORDS or re.match(r"\s*\d", self.folded[words[2].end():words[2].end() + 3]):
            return None  # (a description of someone named before: "the mother of two said")
        begin = self._display_span(words[1].start(), end)[0]
        stop = begin + len(self._with_complement(words[1].start(), end))
        return Mention(words[1].start(), words[1].end(), self.text[min(begin, words[0].start()):stop], None, PERSON)

    def _subject_description(self, start: int, end: int, indefinite: bool = False) -> tuple[re.Match, int] | None:
        """The role noun of a definite description a sentence opens with (see
        _described_subject), whether or not the text named whom it describes, and where the
        subject's clause starts; an indefinite one too if `indefinite`."""
        stop = min(end, start + 40)
        opening = [word.group() for _, word in zip(range(6), _PLAIN_WORD.finditer(self.folded, start, stop))]
        if not any(self.profile.is_role(word) for word in opening):
            # After a fronted phrase set off by commas: "À la sortie de l'hémicycle, le ministre …",
            # "Preguntado por el retraso, que los vecinos sitúan en cinco días, el director general defendió …".
            for comma in _COMMA.finditer(self.text, start, min(end, start + 160)):
                opening = [word.group() for _, word in zip(range(3), _PLAIN_WORD.finditer(self.folded, comma.end(), min(end, comma.end() + 40)))]
                if any(self.profile.is_role(word) for word in opening):
                    start, stop = comma.end() - 1, min(end, comma.end() + 40)
                    break
            else:
                return None  # (most sentences: no role among the words it opens with)
        first = _PLAIN_WORD.search(self.folded, start, end)
        found = self.references_in(start, stop)
        while indefinite and len(found) > 1 and (
            found[0].mention is not None and found[0].mention.kind != PERSON
            or found[0].noun is not None and not self.profile.is_role(found[0].noun.group())
        ) and found[1].noun is not None and len(_TOKEN.findall(self.folded, found[0].end, found[1].start)) <= 1:
            found = found[1:]  # a body qualifying the noun: "One GOP state senator", "One NRA board member"
        if not first or not found or found[0].noun is None or self.inside_quote(found[0].start):
            return None  # (a quote's "De minister vraagt …" describes nobody the narrator means)
        head = found[0].noun.group()
        if not self.profile.is_role(head) or first.group() in self.profile.indefinite_articles and not indefinite:
            return None
        lead = self.folded[first.start():found[0].start].split()
        fronted = self.text[first.start():found[0].start].rsplit(",", 1)
        if len(fronted) == 2 and len(fronted[1].split()) <= 1 and len(lead) <= 8:
            lead = lead[-1:]  # a fronted phrase set off by a comma: "À la barre, le prévenu a maintenu …"
        if len(lead) > 2 and not (
            # A short time or place opener before "the mayor": "Nel pomeriggio il sindaco …", not
            # "Dopo l'incontro con il sindaco …".
            len(lead) <= 4 and lead[-1] in self.profile.determiners and lead[-2] not in self.profile.not_names
            and (lead[-1] not in self.profile.indefinite_articles or indefinite)
        ) and not (
            # (an indefinite one's modifiers: "One GOP state senator")
            indefinite and len(lead) <= 4 and lead[0] in self.profile.indefinite_articles
            and not any(word in self.profile.not_names or self.profile.verb_re.fullmatch(word) for word in lead[1:])
        ):
            return None
        return found[0].noun, start

    # ---- cues -------------------------------------------------------------------------------

    def _verb_pronouns(self, verb: re.Match, clauses: bool = True) -> list[str]:
        """The subject pronouns a speech verb carries: joined to it or its auxiliary ("dit-il",
        "ont-ils affirmé"), right after it ("ha replicato lei", "sagte sie") or right before it."""
        words = re.split(r"[\s\-]+", verb.group())
        joined = _JOINED_PRONOUN.match(self.folded, verb.end())  # "estime-t-elle", "dit-il"
        if joined:
            words.append(joined.group(1))
        auxiliary = _AUXILIARY_PRONOUN.search(self.folded, max(0, verb.start() - 30), verb.start())
        if auxiliary:  # on the auxiliary before it: "a-t-il ensuite déclaré", "ont-ils affirmé"
            words.append(auxiliary.group(1))
        inverted = _NEXT_PLAIN_WORD.match(self.folded, verb.end())  # "ha replicato lei", "sagte sie"
        if inverted and (clauses or not re.match(r"[ \u00a0]*\w", self.folded[inverted.end():inverted.end() + 3])):
            # (unless `clauses` is false and a word follows it: a reported clause's subject, "she
            # acknowledged they were …", "a assuré qu'elles étaient …")
            words.append(inverted.group(1))
        before = _LAST_WORD.search(self.folded, max(0, verb.start() - 20), verb.start())
        if before:
            words.append(before.group(1))  # "she said" whose "she" found no one of her gender
        return [word for word in words if word in self.profile.pronouns]

    def plural_subject(self, verb: re.Match, pronouns: list[str] | None = None) -> bool:
        """Whether a speech verb's subject is a group by its number: a plural pronoun with it
        ("ont-ils affirmé", "they said", "thanë ata"), or, with no pronoun, a plural ending where
        the language drops the subject ("spiegano", "hanno detto", "dijeron"). `pronouns`: the
        verb's pronouns (_verb_pronouns), where the caller has them."""
        if any(word not in self.profile.plural_pronouns for word in (self._verb_pronouns(verb) if pronouns is None else pronouns)):
            return False  # (a singular pronoun with it: "shkruan ai në Facebook")
        pronouns = self._verb_pronouns(verb, clauses=False)
        if pronouns:
            return all(word in self.profile.plural_pronouns for word in pronouns)
        if self.profile.bare_plural_subjects and self._bare_plural_before(verb.start()):
            return True  # ("…, campaigners said", "…, local officials said")
        if self.profile.plural_verb is None:
            return False
        finite = next((word for word in fold(verb.group()).split() if word not in self.profile.object_clitics), "")
        return bool(self.profile.plural_verb.match(finite))

    def _bare_plural_before(self, verb: int) -> bool:
        """Whether a plural common noun in lower case stands right before the verb at `verb` as its
        subject: a word in -s whose singular is a word of the language, itself no function word
        ("campaigners", "officials"; not "was", "has", "this")."""
        last = _LAST_WORD.search(self.folded, max(0, verb - 30), verb)
        if last is None or last.end() < verb - 1 or not self.text[last.start(1)].islower():
            return False
        word = last.group(1)
        if len(word) < 4 or not word.endswith("s") or word.endswith(("ss", "us", "is")) or word in self.profile.not_names or (
            word in self.profile.auxiliaries or word in self.profile.pronouns or word in self.profile.possessives
        ):
            return False
        before = _LAST_WORD.search(self.folded, max(0, last.start() - 20), last.start())
        if before is not None and (before.group(1) in self.profile.determiners or before.group(1) in self.profile.of_words):
            return False  # (not bare: "one of the officials said" is one of them, whom the rules describe)
        singular = word[:-3] + "y" if word.endswith("ies") else word[:-1]
        return is_common_word(singular, self.profile.code, at_least=2.5) and not is_common_word(word, self.profile.code, at_least=5.8)

    def body_opening(self, start: int, end: int) -> str | None:
        """A body that the clause text[start:end] opens with, by its proper name, as the text
        writes it: "Il Movimento 5 Stelle", "L'Unione degli universitari", "Fratelli d'Italia" (a
        capitalised word, past an article, that is no person's name nor a role's title, with a verb
        after the name); or None. Not where every noun has its capital."""
        if self.profile.noun_suffixes:
            return None
        tokens = list(_BODY_TOKEN.finditer(self.text, start, min(end, start + 100)))
        if not tokens or tokens[0].start() - start > 2:
            return None
        plain = [fold(token.group().rstrip("'’")) for token in tokens]
        first = 1 if plain[0] in self.profile.determiners and tokens[0].group()[:1].isupper() and len(tokens) > 1 else 0
        head = tokens[first].group()
        if not head[:1].isupper() or self.profile.is_role(plain[first]) or plain[first] in self.profile.not_names or (
            is_given_name(head) or self.profile.verb_re.fullmatch(plain[first])
            or any(mention.kind == PERSON for mention in self.mentions_in(tokens[first].start(), tokens[first].end()))
        ):
            return None
        last = first
        n = first + 1
        while n < len(tokens) and self.text[tokens[n - 1].end():tokens[n].start()] in ("", " ", "\u00a0"):
            written = tokens[n].group()
            if written[:1].isupper() or written.isdigit():
                last = n
            elif plain[n] in self.profile.of_words and n + 1 < len(tokens):
                if tokens[n + 1].group()[:1].islower() and plain[n + 1] not in self.profile.not_names and not (
                    self.profile.verb_re.match(self.folded, tokens[n + 1].start())
                ):
                    last = n + 1  # (one lower-case noun after "of": "L'Unione degli universitari")
                    break
            elif plain[n] not in self.profile.determiners and plain[n] not in self.profile.particles:
                break
            n += 1
        capitalised = sum(1 for token in tokens[first:last + 1] if token.group()[:1].isupper())
        if not first and capitalised < 2 and is_common_word(head, self.profile.code):
            return None  # (a sentence's first word, capitalised as every first word is: "Quindi ha difeso X:")
        stop = tokens[last].end()
        after = _NEXT_PLAIN_WORD.match(self.folded, stop)
        if not self.profile.verb_re.search(self.folded, stop, min(end, stop + 60)) and not (
            after is not None and after.group(1) in self.profile.auxiliaries
        ):
            return None  # (a speech verb or an auxiliary must follow: the body is the clause's subject)
        return self.text[tokens[0].start():stop]

    def body_subject(self, pos: int) -> str | None:
        """The body by its proper name that is the subject of the sentence around `pos` (see
        body_opening), at its start or past a phrase set off by a comma ("In una nota diffusa a
        fine seduta, Fratelli d'Italia ha parlato di …")."""
        start = self.sentence_start(pos, max(0, pos - 300))
        end = max(pos, self.sentence_end(pos))
        openings = [start]
        comma = self.text.find(",", start, end)
        if comma != -1 and len(_TOKEN.findall(self.folded, start, comma)) <= 8:
            openings.append(comma + 1)
        for opening in openings:
            opening += len(self.text[opening:end]) - len(self.text[opening:end].lstrip(" \u00a0"))
            body = self.body_opening(opening, end)
            if body is not None:
                return body
        return None

    def _told_me(self, verb: re.Match) -> bool:
        """Whether a first person object pronoun stands before the verb ("Un día me dijo:", "mi ha
        detto"): its dropped subject is whoever the one telling it talks about, not the last person
        named, who is likely the one telling it."""
        if not self.profile.first_person_objects:
            return False
        words = fold(verb.group()).split()
        before = _LAST_WORD.search(self.folded, max(0, verb.start() - 12), verb.start())
        found = words[:1] + ([before.group(1)] if before else [])
        apostrophe = re.search(r"(\w+)['’]$", self.folded[max(0, verb.start() - 4):verb.start()])  # ("m'a dit")
        if apostrophe:
            found.append(apostrophe.group(1))
        return any(word in self.profile.first_person_objects for word in found)

    def _body_before(self, pos: int) -> str | None:
        """The body by its proper name that the sentence right before `pos` opens with as its
        subject, when that sentence names no person: whom a dropped subject after it stands for."""
        _, para_start, _ = self.paragraph_of(pos)
        end = para_start + len(self.text[para_start:pos].rstrip())
        if end <= para_start or self.text[end - 1] not in ".!?":
            return None
        start = self.sentence_start(end - 1, para_start)
        if self.spans_within(start, end) or any(m.kind == PERSON for m in self.mentions_in(start, end)):
            return None
        return self.body_opening(start, end)

    def implicit_subject(self, pos: int, verb: re.Match) -> _Speaker | None:
        """A verb with no subject of its own (`ha aggiunto`), or one that carries its pronoun
        (`zei hij`, `a-t-il ajouté`): the speaker is the last person talked about; nobody the text
        names when the verb's number makes its subject a group ("«…», spiegano in una nota")."""
        pronouns = self._verb_pronouns(verb)
        if self.plural_subject(verb, pronouns):
            return None
        told_me = self._told_me(verb)
        gender = self.profile.pronoun_gender(pronouns[0]) if pronouns else self.agreement_gender(verb.start(), verb.end() + 20)
        if not pronouns and not gender and self.profile.drops_subjects:
            body = self._body_before(pos)
            if body is not None:  # ("Transportes del Sur lamentó lo ocurrido. «…», añadió.")
                return _Speaker(body, None, ORGANIZATION, IMPLICIT)
        antecedent = self.antecedent(pos, gender)
        if antecedent is None and gender and not pronouns:
            # (a participle's gender passes over the sentence's subject to the one it agrees with:
            # "X ha attaccato la sindaca Ferretti. «…», è sbottata")
            antecedent = self._named_last(pos, gender)
        if antecedent is None or told_me and antecedent.start < self.paragraph_of(pos)[1]:
            # (one who told the teller, named in the teller's own paragraph: "mi abuela Josefa
            # … Me decía:"; not the teller, named further back: an interviewee's answer)
            return None
        how = PRONOUN if pronouns else IMPLICIT
        return _Speaker(antecedent.name, antecedent.key, antecedent.kind, how)
