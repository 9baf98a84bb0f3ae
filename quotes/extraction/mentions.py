"""Who the text talks about: known speakers by any alias or inflection, and new capitalised names.

Mentions are the antecedents for pronouns, dropped subjects and descriptions, and the speakers
named at a cue.
"""

import functools
import re
import unicodedata
from typing import NamedTuple

from .languages.base import LanguageProfile
from .types import ORGANIZATION, PERSON, KnownSpeaker
from .names import is_city, is_common_word, is_country, is_given_name, name_gender
from .text import NAME_ABBREVIATION_WORDS, OF_WORDS, PLACE_OR_MEDIUM, TITLE_ABBREVIATIONS, addressed, fold


class _FoldTable(dict):
    """str.translate table that folds one character to one character, so offsets survive."""

    def __missing__(self, codepoint):
        char = chr(codepoint)
        base = unicodedata.normalize("NFKD", char)[:1] or char
        lowered = base.lower()
        value = lowered if len(lowered) == 1 else char.lower()[:1] or char
        self[codepoint] = value
        return value


_FOLD_TABLE = _FoldTable()
# str.translate is fast on ASCII only up to the first other character; after it every character
# is a lookup in the table. ASCII folds as str.lower() does, so where other characters are few
# (curly quotes, a name's accent) only they are translated; cutting the text into pieces costs
# more than it saves once one character in about thirty is one (Albanian's ë, Greek).
_NOT_ASCII = re.compile(r"([^\x00-\x7f]+)")


def fold_same_length(text: str) -> str:
    if text.isascii():
        return text.lower()
    if (len(text) - len(text.encode("ascii", "ignore"))) * 30 > len(text):
        return text.translate(_FOLD_TABLE)
    pieces = _NOT_ASCII.split(text)  # ASCII, other, ASCII, …, ASCII
    pieces[0::2] = [piece.lower() for piece in pieces[0::2]]
    pieces[1::2] = [piece.translate(_FOLD_TABLE) for piece in pieces[1::2]]
    return "".join(pieces)


# Names repeat through an article; folding each form once is enough.
_fold_word = functools.lru_cache(maxsize=65536)(fold)
# Only capitalised words and name particles can be part of a name; scanning just those keeps the
# pass over long texts cheap. (The class lists every upper-case letter; re has no \p{Lu}.)
_UPPER = "".join(sorted(ch for ch in map(chr, range(0x3000)) if ch.isupper()))
_NAME_PARTICLES = "von van der den de del della di da dos das du le la al el bin ibn ter ten".split()


def _name_word_patterns() -> tuple[str, str]:
    """(A capitalised word, a name particle) as patterns. A name's first word is capitalised, so
    scanning starts at an upper-case letter; what stands before it is checked after that letter
    (re then skips to the candidates' letters instead of trying every position of the text)."""
    upper = f"[{re.escape(_UPPER)}]"
    capitalised = rf"{upper}(?<![\w'’\-].)[^\W_]*(?:['’\-][^\W\d_][^\W_]*)*\.?"
    particle = rf"(?:{'|'.join(sorted(_NAME_PARTICLES, key=len, reverse=True))})(?![\w'’\-])"
    return capitalised, particle


_CAPITALISED, _PARTICLE = _name_word_patterns()
# A capitalised word and the words joined to it by a single space: the stretch of text a name can
# come from. Most are one word (group 2 empty).
_NAME_RUN = re.compile(rf"({_CAPITALISED})((?:[ \u00a0](?:{_CAPITALISED}|{_PARTICLE}))*)")


class Mention(NamedTuple):  # a tuple: a long text makes tens of thousands
    start: int
    end: int
    name: str
    key: str | None
    kind: str
    by_role: bool = False  # "the Chinese leader" for a registry speaker whose role says so


# What may follow a known name in the text, by how the language inflects names.
ENDINGS_NONE, ENDINGS_S, ENDINGS_ANY = "", "s", "any"
_INFLECTIONS = {
    ENDINGS_NONE: re.compile(r"(?:-\w{1,4})?(?!\w)"),
    ENDINGS_S: re.compile(r"(?:-\w{1,4}|s)?(?!\w)"),
    ENDINGS_ANY: re.compile(r"(?:-\w{1,4}|(?<=\w{4})\w{1,4})?(?!\w)"),
}


class SpeakerIndex:
    """Known speakers, matched in folded text by name, alias, surname and inflected stem."""

    def __init__(self, speakers=()):
        self.speakers: list[KnownSpeaker] = []
        self.by_form: dict[str, KnownSpeaker] = {}
        self.roles: list[tuple[str, KnownSpeaker]] = []
        # Forms by their first word, longest first at each start: a dictionary lookup per word of
        # the text, whatever the size of the registry (an alternation of 80,000 names is not).
        self.by_first_word: dict[str, list[str]] = {}
        self.single_words: set[str] = set()
        self.role_by_form: dict[str, KnownSpeaker] = {}
        self.role_pattern: re.Pattern | None = None
        self.add(speakers)

    def add(self, speakers) -> None:
        """Index more speakers. A form an earlier speaker has stays theirs, so adding speakers in
        the registry's order builds the same index as building it from all of them at once."""
        new_forms = []
        roles_before = len(self.roles)
        speakers = list(speakers)
        self.speakers += speakers
        for speaker in speakers:
            forms = [speaker.name, *speaker.aliases]
            if speaker.kind == PERSON and len(speaker.name.split()) > 1:
                forms.append(speaker.name.split()[-1])
            for form in forms:
                if not form[:1].isupper():
                    continue  # a description ("the minister") is no name to look for
                folded = fold(form, keep_hyphens=True)  # (as the text is folded: "jean-marc ayrault")
                if len(folded) >= 2 and folded not in self.by_form:
                    self.by_form[folded] = speaker
                    new_forms.append(folded)
            for role in speaker.role.split(";"):
                if role.strip():
                    self.roles.append((fold(role), speaker))
        for form in sorted(new_forms, key=len, reverse=True):
            first = _FIRST_WORD.match(form)
            if first:
                same_start = self.by_first_word.setdefault(first.group(), [])
                same_start.append(form)
                if len(same_start) > 1 and len(same_start[-2]) < len(form):
                    same_start.sort(key=len, reverse=True)  # stable: equal lengths keep their order
                if first.end() == len(form):
                    self.single_words.add(form)
        if len(self.roles) > roles_before:
            # Role phrases of two words or more ("de chinese leider") find a known speaker by description.
            for role, speaker in self.roles[roles_before:]:
                self.role_by_form.setdefault(role, speaker)
            role_forms = sorted({role for role, _ in self.roles if len(role.split()) >= 2}, key=len, reverse=True)
            self.role_pattern = (
                re.compile(r"(?<![\w\-])(" + "|".join(re.escape(r).replace(r"\ ", r"\s+") for r in role_forms) + r")(?!\w)")
                if role_forms else None
            )

    def __iter__(self):
        return iter(self.speakers)

    def find(self, folded_text: str, start: int = 0, end: int | None = None, endings: str = ENDINGS_ANY):
        """Known names in `folded_text[start:end]`, leftmost and longest first, not overlapping; a
        name may carry a hyphenated suffix (Xi-së, Putin-Regime) and, as `endings` allows, a
        genitive s (ENDINGS_S: Putins) or up to four letters on a stem of four or more (ENDINGS_ANY:
        Putinit), where the language inflects names; elsewhere a name is no stem of a longer word
        ("Aske" is not in "asked")."""
        if not self.by_first_word:
            return
        end = len(folded_text) if end is None else end
        resume = start
        for word in _WORD_START.finditer(folded_text, start, end):
            at = word.start()
            if at < resume:
                continue
            found = self._longest_at(folded_text, at, word.group(), end, endings)
            if found:
                form, stop = found
                yield at, stop, self.by_form[form]
                resume = stop

    def _longest_at(self, folded_text, at, word, end, endings):
        candidates = list(self.by_first_word.get(word, ()))
        for cut in range(1, 5 if endings == ENDINGS_ANY else 2 if endings == ENDINGS_S else 1):
            stem = word[:-cut]  # an inflected single word: the stem is the name
            if len(stem) >= 4 and stem in self.single_words:
                candidates.append(stem)
        if len(candidates) > 1:
            candidates.sort(key=len, reverse=True)
        inflection = _INFLECTIONS[endings]
        for form in candidates:
            stop = at + len(form)
            if stop <= end and folded_text.startswith(form, at):
                suffix = inflection.match(folded_text, stop, end)
                if suffix:
                    return form, suffix.end()
        return None

    def find_roles(self, folded_text: str):
        if self.role_pattern is None:
            return
        for match in self.role_pattern.finditer(folded_text):
            yield match.start(), match.end(), self.role_by_form[" ".join(match.group(1).split())]

    def by_role(self, description: str) -> KnownSpeaker | None:
        """The speaker whose role is this description; one word ("presidente") is too vague."""
        folded = fold(description)
        if len(folded.split()) < 2:
            return None
        for role, speaker in self.roles:
            if folded == role or f" {folded} " in f" {role} ":
                return speaker
        return None


_FIRST_WORD = re.compile(r"\w+")
_WORD_START = re.compile(r"(?<![\w\-])\w+")


@functools.lru_cache(maxsize=4)
def speaker_index(speakers: tuple[KnownSpeaker, ...]) -> SpeakerIndex:
    """The index of a registry, built once: an import passes the same registry article after article."""
    return SpeakerIndex(speakers)


def find_mentions(
    text: str, folded: str, index: SpeakerIndex, profile: LanguageProfile, skip: list[tuple[int, int]]
) -> list[Mention]:
    """Mentions outside the `skip` spans (quoted speech), in text order."""
    mentions: list[Mention] = []
    taken = bytearray(len(text) + 1)
    for start, end in skip:
        taken[start:end] = b"\x01" * (end - start)
    quoted = bytes(taken)
    # A registry speaker's role phrase ("de topdiplomaat van Washington") first: it is longer than
    # any name inside it, and a speaker an import adds later ("Washington") must not break it up.
    for start, end, speaker in index.find_roles(folded):
        if not any(taken[start:end]):
            mentions.append(Mention(start, end, speaker.name, speaker.key, speaker.kind, by_role=True))
            taken[start:end] = b"\x01" * (end - start)
    endings = ENDINGS_ANY if profile.inflects_names else ENDINGS_S if profile.code in _GENITIVE_S else ENDINGS_NONE
    for start, end, speaker in index.find(folded, endings=endings):
        if any(taken[start:end]) or not any(ch.isupper() for ch in text[start:end]) or folded[start:end] in profile.not_names:
            continue  # (a name is written with a capital, and is no article: "le", "Le" are no Jérôme Lê)
        if not _other_given_name(text, start, end, speaker) and not (
            profile.code not in _NOUNS_CAPITALISED and _double_barrelled(text, start, end, speaker)
        ):
            mentions.append(Mention(start, end, speaker.name, speaker.key, speaker.kind))
            taken[start:end] = b"\x01" * (end - start)
    surnames: dict[str, str] = {}
    runs = [
        run for run in _capitalised_runs(
            _without_elisions(text), profile, quoted, lower_case_words(text, without_elisions=True)
        )
        if not (taken[run[0]] or taken[run[1] - 1])
    ]
    runs = _without_portfolios(text, folded, runs, profile)
    runs = [cut for cut in (_without_leading_participle(run, profile) for run in runs) if cut is not None]
    # (a party and a district after a name, American style, is no one: "Rosa Klemm, D-Scranton,")
    runs = [run for run in runs if not _PARTY_DISTRICT.match(run[2][0])]
    # (nor an Irish county after its abbreviation: "Ballyross, Co Mayo,")
    runs = [run for run in runs if not (run[2][0] in ("Co", "Co.") and _COUNTY_BEFORE.search(text, max(0, run[0] - 6), run[0]))]
    if not profile.adjectives_follow_nouns and profile.code not in _NOUNS_CAPITALISED:
        runs = [run for run in runs if not _modifies_a_role(text, folded, run, profile)]
    runs = _without_party_members(text, runs)
    if profile.code in _NOUNS_CAPITALISED:
        # (nor nouns after a preposition and an adjective, where every noun has its capital: "in
        # erster Linie Mieterinnen" is no Linie; after an article it may be a name: "der junge Max Eberl")
        runs = [run for run in runs if not (
            len(run[2]) == 2 and _after_article_and_adjectives(text, folded, run[0], profile)
            and _preposition_before_adjectives(text, run[0], profile)
        )]
    # (an animal's name after its species says no one: "Kat Moos terug bij baasje: ‘…’")
    runs = [run for run in runs if not (len(run[2]) >= 2 and _fold_word(run[2][0]) in _ANIMALS)]
    # (nor a title after a genitive, with it or left alone once it is cut off: "Hartwigs
    # Verteidiger, der …", "Müllers Anwalt, der …": the one the title names comes in apposition)
    runs = [run for run in runs if not (profile.code in _NOUNS_CAPITALISED and _is_title(_fold_word(run[2][-1]), profile) and (
        len(run[2]) == 1 or (len(run[2]) == 2 and run[2][0].endswith("s"))
    ))]
    counts: dict[str, int] = {}
    alone_at: dict[str, list[tuple[int, int]]] = {}  # where each word stands alone
    for start, end, words in runs:
        if len(words) == 1:
            counts[words[0]] = counts.get(words[0], 0) + 1
            alone_at.setdefault(words[0], []).append((start, end))
    verb_starts: dict[int, int] = {}  # start -> end, of every speech verb: read for single words only
    verb_ends = set()
    for verb in profile.verb_re.finditer(folded) if counts else ():
        verb_starts[verb.start()] = verb.end()
        verb_ends.add(verb.end())
    # A word right after "according to" names the speaker as one after a verb does ("so Krause").
    # (a noun the text gives an article elsewhere is what is cited, where every noun has its
    # capital: "laut Urteil", "das Urteil"; not "laut Fischer")
    cited = [phrase.end() for phrase in profile.according_re.finditer(folded)] if counts else []
    if cited and profile.code in _NOUNS_CAPITALISED:
        nouns = _after_determiners(folded, profile)
        cited = [end for end in cited if _word_at(folded, end) not in nouns]
    verb_ends.update(cited)
    # A single word is a name everywhere once the text treats it as one somewhere ("Gamarra asegura").
    # Judged once per word, and only for the words whose mention it decides (_single_word_names
    # asks): a country's or a full name's surname is that whatever the context.
    single_names: dict[str, bool] = {}

    def named_somewhere(word: str) -> bool:
        if word not in single_names:
            # A city next to a speech verb is the city's government ("a annoncé Varsovie"), and a
            # role after it is the next clause's ("a Brasilia, il capo dello Stato"); a person by
            # that name needs a title or an age.
            place = is_city(word)
            single_names[word] = any(
                _named_by_context(text, folded, start, end, profile, verb_starts, verb_ends, counts[word], place=place)
                for start, end in alone_at.get(word, ())
            )
        return single_names[word]

    # Full names first, so a surname used before or after the full name finds it.
    kinds = {}
    run_kinds: dict[tuple[str, ...], str | None] = {}  # a run's words decide most kinds, whatever the context
    for start, end, words in runs:
        if len(words) >= 2:
            key = tuple(words)
            if key not in run_kinds:
                run_kinds[key] = _run_kind(words, profile)
            kinds[start, end] = run_kinds[key] or (
                PERSON if _named_by_context(text, folded, start, end, profile, verb_starts, verb_ends, by_verb=False)
                else ORGANIZATION
            )
            if kinds[start, end] == PERSON and _portfolio_words(words, folded, start, profile):
                kinds[start, end] = ORGANIZATION
    if profile.verb_second:  # (elsewhere a name's last word on its own is its surname: "Maria Elisabetta Alberti Casellati … Casellati")
        runs = _split_glued_names(text, runs, kinds, counts, profile.code)
    runs = _with_initials(text, runs, kinds, profile)
    # A nickname in marks between a given name and a surname leaves one person: 'Jalen "Jet"
    # Ruiz' is Jalen Ruiz, whom "Ruiz" names later.
    nicknamed = {start: (surname_start, name) for start, surname_start, name in _nicknamed(text, runs)}
    for start, end, words in runs:
        if start in nicknamed:
            name = nicknamed[start][1]
            surnames.setdefault(_fold_word(name.split()[-1]), name)
        if len(words) >= 2 and kinds[start, end] == PERSON:
            surnames.setdefault(_fold_word(words[-1]), text[start:end])
            # Two surnames (Spanish, Portuguese): the first is used alone too ("Tomás Ferrer Gil"
            # is "Ferrer").
            for word in words[1:-1]:
                if word[:1].isupper() and word not in _CAPITAL_PARTICLES and _surname_between(words[0], word):
                    surnames.setdefault(_fold_word(word), text[start:end])
    # A given name on its own is the one person the text names in full with it ("Brenda Kershaw …
    # Brenda didn't hesitate"); None where two people share it.
    given_names: dict[str, str | None] = {}
    for start, end, words in runs:
        if len(words) >= 2 and kinds[start, end] == PERSON and _given(words[0]) and not words[0].isupper():
            first, last = _fold_word(words[0]), _fold_word(words[-1])
            known = given_names.get(first, "")
            if known == "":
                given_names[first] = text[start:end]
            elif known is not None and _fold_word(known.split()[-1]) != last:
                given_names[first] = None
    for word, places in alone_at.items():
        if given_names.get(_fold_word(word)) and any(_set_off(text, start, end, profile) for start, end in places):
            given_names[_fold_word(word)] = None  # (someone else by that first name: "His son, Tom, will take over")
    # A given name joined by "and" to a full name shares its surname: "Paola e Stefano Greco",
    # "Anna and Mark Jensen" are a couple, Paola Greco and Stefano Greco.
    # (not one the text brought in on their own before: "Matteo, titolare del bar, …")
    couples = {
        start: name for start, name in _couples(text, runs, kinds, profile.and_words).items()
        if not any(at < start for at, _ in alone_at.get(name.split()[0], ()))
    }
    for start, name in couples.items():
        given_names.setdefault(_fold_word(name.split()[0]), name)  # (one named in full keeps the name)
    for start, (surname_start, name) in nicknamed.items():
        couples[start] = couples[surname_start] = name
    # What a single word names depends on the word alone from here on: judged once per word.
    single: dict[str, tuple[str, str] | None] = {}
    for start, end, words in runs:
        if len(words) >= 2:
            kind, name = kinds[start, end], text[start:end]
            full = surnames.get(_fold_word(words[-1]))
            if kind == ORGANIZATION and full and full != name and not any(_given(word) for word in words[:-1]):
                # A title the engine does not know before a surname the text gave in full
                # ("Kryebashkiaku Hoxha" after "Dritan Hoxha"): the person.
                start = end - len(words[-1])
                kind, name = PERSON, full
            elif kind == PERSON and len(words) == 2 and full and full != name and _sentence_initial(text, start) and (
                is_common_word(words[0].lower(), profile.code, at_least=_ADVERB_BEFORE_SURNAME)
            ):
                # A sentence's first word, one of the language's commonest, before a surname the
                # text gave in full is no given name ("Ora Corradi sfiderà Brooks" after "Matteo
                # Corradi": "now", not a person called Ora).
                start = end - len(words[-1])
                name = full
            mentions.append(Mention(start, end, name, None, kind))
            taken[start:end] = b"\x01" * (end - start)
            continue
        word = words[0]
        if start in couples:
            mentions.append(Mention(start, end, couples[start], None, PERSON))
            taken[start:end] = b"\x01" * (end - start)
            continue
        full = given_names.get(_fold_word(word))
        if full and not word.isupper() and _fold_word(word) not in surnames and not _after_small_word(folded, start, profile):
            # (as the subject or after a verb; after "of", "for", "with" a given name is more often
            # someone talked about, a victim or a child, than a speaker: "la madre di Giulia")
            mentions.append(Mention(start, end, full, None, PERSON))
            taken[start:end] = b"\x01" * (end - start)
            continue
        if word not in single:
            single[word] = _single_word_names(word, surnames, named_somewhere, profile)
            # A word the text writes as a role's or a body's portfolio ("la consejera de Sanidad",
            # "il ministro degli Esteri", "Ministerium des Innern") is that body wherever it stands
            # alone (judged only for the words that would be people).
            if single[word] and single[word][1] == PERSON and _fold_word(word) not in surnames and any(
                _portfolio(folded, at, profile) for at, _ in alone_at.get(word, ())
            ):
                single[word] = (word, ORGANIZATION)
        if named := single[word]:
            mentions.append(Mention(start, end, named[0], None, named[1]))
            taken[start:end] = b"\x01" * (end - start)
    # A surname that starts with a particle ("von der Leyen", "da Silva") is written lower case;
    # one the paper shortens to its initial ("Dennis K.", for privacy) is that initial alone ("K. zelf").
    for full in set(surnames.values()):
        parts = full.split()
        if len(parts) >= 2 and _INITIAL.fullmatch(parts[-1]):
            for match in re.finditer(rf"(?<![\w.]){re.escape(parts[-1])}", text):
                if not any(taken[match.start():match.end()]):
                    mentions.append(Mention(match.start(), match.end(), full, None, PERSON))
                    taken[match.start():match.end()] = b"\x01" * (match.end() - match.start())
            continue
        last = _fold_word(parts[-1]) if len(parts) >= 2 else ""
        if profile.noun_suffixes and last.endswith(profile.noun_suffixes) and surnames.get(last) == full:
            # A surname with a noun's ending is no name on its own ("Hartung"), but it is that of
            # the full name the text gave ("Sven Hartung … Hartung ergänzte").
            for match in re.finditer(rf"(?<![\w.-]){re.escape(parts[-1])}(?![\w-])", text):
                if not any(taken[match.start():match.end()]):
                    mentions.append(Mention(match.start(), match.end(), full, None, PERSON))
                    taken[match.start():match.end()] = b"\x01" * (match.end() - match.start())
        particle = next((i for i, w in enumerate(parts) if w.islower()), None)
        if particle is None or particle == 0:
            continue
        form = fold_same_length(" ".join(parts[particle:]))
        for match in re.finditer(rf"(?<!\w){re.escape(form)}(?!\w)", folded):
            if not any(taken[match.start():match.end()]):
                mentions.append(Mention(match.start(), match.end(), full, None, PERSON))
                taken[match.start():match.end()] = b"\x01" * (match.end() - match.start())
    # A known speaker's surname alone is the person of that surname the article names in full
    # ("Janet Kirby … said Kirby" is not the registry's John Kirby; "Paolo Brambilla … Brambilla"
    # is not another Brambilla the registry knows).
    in_full: dict[str, Mention] = {}
    for mention in mentions:
        written = text[mention.start:mention.end].split()
        if mention.kind == PERSON and len(written) >= 2 and not mention.by_role:
            in_full.setdefault(_fold_word(written[-1]), mention)
            for word in written[1:-1]:  # (two surnames: "Íñigo Larrañaga Pérez" is "Larrañaga" too)
                if word[:1].isupper() and _surname_between(written[0], word):
                    in_full.setdefault(_fold_word(word), mention)
    for number, mention in enumerate(mentions):
        if mention.key and mention.kind == PERSON and " " not in text[mention.start:mention.end].strip():
            full = in_full.get(_fold_word(text[mention.start:mention.end]))
            if full is not None and (full.key != mention.key or full.name != mention.name):
                mentions[number] = Mention(mention.start, mention.end, full.name, full.key, PERSON)
    mentions.sort(key=lambda mention: mention.start)
    return mentions


_GENITIVE_S = frozenset({"de", "nl"})
_ADVERB_BEFORE_SURNAME = 5.5  # Zipf frequency of a word so common that before a known surname it is no given name
_INITIAL = re.compile(r"[A-ZÀ-Ý]\.")
# An elided article or preposition glued to a name ("d’Antoine Rigal", "l’Élysée", "dell’Amato"):
# blanked (same length) for the name search, so the name starts at its own capital.
_APOSTROPHE = re.compile(r"['’]")
_ELIDED = frozenset("d l dell dall all nell sull qu j".split())


def _double_barrelled(text: str, start: int, end: int, speaker: KnownSpeaker) -> bool:
    """Whether a known name found at text[start:end] goes on, past a hyphen, into a capitalised
    name that is not theirs: "Ingrid Bos-Oosterhuis" is not the registry's Ingrid Bos (German
    writes "Putin-Regime", and is not asked)."""
    for hyphen in (m.start() for m in re.finditer("-", text[start:end + 1])):
        following = _LETTERS.match(text, start + hyphen + 1)
        if following and following.group()[:1].isupper() and fold(following.group()) not in fold(speaker.name).split():
            return True
    return False


def _other_given_name(text: str, start: int, end: int, speaker: KnownSpeaker) -> bool:
    """Whether a known speaker's surname stands after another given name than theirs: "Janet
    Kirby" is someone else than the registry's John Kirby."""
    if speaker.kind != PERSON or " " in text[start:end].strip() or len(speaker.name.split()) < 2:
        return False
    before = _LETTERS.findall(text[max(0, start - 30):start])
    if not before or not text[start - 1:start].isspace():
        return False
    given = before[-1]
    # (any of their own given names will do, a hyphenated one's parts or an alias's too: "Marc
    # Ayrault" for Jean-Marc Ayrault, "Ann Smith" for Mary Ann Smith)
    theirs = {word for form in (speaker.name, *speaker.aliases) for word in fold(form).split()}
    return _given(given) and fold(given) not in theirs


def _without_elisions(text: str) -> str:
    """`text` with elided articles before a name and possessive endings blanked (same length):
    "d’Antoine Rigal" names Antoine Rigal, "Fenn's remarks" names Fenn."""
    pieces, last = [], 0
    for mark in _APOSTROPHE.finditer(text):
        at = mark.start()
        following = text[at + 1:at + 2]
        if following == "s" and at and text[at - 1].isalnum() and not text[at + 2:at + 3].isalnum():
            blank = (at, at + 2)  # a possessive's ending
        elif following[:1].isupper():
            word = at
            while word and text[word - 1].isalpha():
                word -= 1
            if at == word or text[word:at] not in _ELIDED or (word and text[word - 1] in "'’-"):
                continue  # (nor inside a hyphenated place: "la Côte-d’Or", "Saint-Jean-d’Angély")
            blank = (word, at + 1)  # an elided article or preposition
        else:
            continue
        if blank[0] < last:
            continue
        pieces += [text[last:blank[0]], " " * (blank[1] - blank[0])]
        last = blank[1]
    return "".join(pieces) + text[last:] if pieces else text


def _without_portfolios(text: str, folded: str, runs: list, profile: LanguageProfile) -> list:
    """Runs cut before a particle that joins a surname to a portfolio the text gives a role
    elsewhere: "Pieter-Jan Hofstede van Financiën" is Hofstede, of the ministry of "de minister van
    Financiën"; "Rob van Wijngaarden" stays whole (no surname before the particle)."""
    cut = []
    portfolios: dict[str, bool] = {}  # by folded word: the whole text is searched once for each
    for run in runs:
        start, end, words = run
        # (a particle as the third word or later, and a word after it: most runs are shorter)
        at = next((i for i in range(2, len(words) - 1) if words[i].islower() and not _given(words[i - 1])
                   and words[i - 1][:1].isupper()), None) if len(words) >= 4 else None
        if at is not None:
            tail = _fold_word(words[at + 1])
            if tail not in portfolios:
                portfolios[tail] = any(
                    _portfolio(folded, found.start(), profile)
                    for found in re.finditer(rf"(?<!\w){re.escape(tail)}(?!\w)", folded)
                )
            if portfolios[tail]:
                head_end = start + len(" ".join(words[:at]))
                run = (start, head_end, words[:at]) if text[start:head_end] == " ".join(words[:at]) else run
        start, end, words = run
        if len(words) >= 3 and _given(words[1]) and text[start + len(words[0]):start + len(words[0]) + 1] == " " and (
            folded[max(0, start - 8):start].split()[-1:] in (["degli"], ["dei"], ["delle"], ["des"])
        ) and _portfolio(folded, start, profile):
            # A portfolio glued to the name after it: "il ministro degli Esteri Paolo Rinaldi"
            # (after a plural "of the", which no one's given name follows).
            cut.append((start, start + len(words[0]), words[:1]))
            run = (start + len(words[0]) + 1, end, words[1:])
        cut.append(run)
    return cut


def _portfolio(folded: str, start: int, profile: LanguageProfile, depth: int = 0) -> bool:
    """Whether the word at `start` follows a role or body noun and "of" ("ministro degli Esteri",
    "consejera de Sanidad", "Department of Health"), or "and" or a comma after such a word
    ("Ministerio de Sanidad y Consumo", "ministerie van Volksgezondheid, Welzijn en Sport")."""
    joined = _JOINED_BEFORE.search(folded, max(0, start - 60), start)
    if joined is not None and depth < 3:
        # (a comma joins only in a list that "and" ends after the word: "Volksgezondheid, Welzijn en Sport")
        going_on = _LIST_GOES_ON.match(folded, start) if joined.group(2) == "," else None
        joining = going_on.group(1) if going_on is not None else joined.group(2)
        if joining in profile.and_words:
            return _portfolio(folded, joined.start(1), profile, depth + 1)
    before = [word.rstrip("'’") for word in folded[max(0, start - 40):start].split()[-3:]]
    if not before or before[-1] not in profile.of_words:
        return False
    head = before[-2] if len(before) >= 2 and before[-2] not in profile.determiners else (before[0] if len(before) == 3 else "")
    return bool(head) and (profile.is_role(head) or head in profile.organization_nouns)


# The word before another and the "and" or the comma that joins them: "sanidad y ", "volksgezondheid, ".
_JOINED_BEFORE = re.compile(r"(\w+)[ \u00a0]*(,|\w+)[ \u00a0]+$")
_LIST_GOES_ON = re.compile(r"\w+[ \u00a0]+(\w+)[ \u00a0]")  # the word after the next one


def _portfolio_words(words: list[str], folded: str, start: int, profile: LanguageProfile) -> bool:
    """Whether a run in a portfolio's place ("el director general de Salud Pública") is the
    portfolio: its given names are only words of the language too ("salud"), where a person's
    would be names alone ("la declaración de Antonia Requena")."""
    given = [word for word in words[:-1] if _given(word)]
    return bool(given) and all(is_common_word(word, profile.code) for word in given) and _portfolio(folded, start, profile)


def _single_word_names(word: str, surnames: dict[str, str], named_somewhere, profile: LanguageProfile):
    """(name, kind) of the mention a capitalised word on its own makes, or None: a country, the
    surname of a full name the text gives, an organisation noun, a word the text treats as a name
    (`named_somewhere(word)`), or a city."""
    folded = _fold_word(word)
    if is_country(folded) or (
        # A German or Dutch genitive: "Innenminister Tschechiens", "Russlands Präsident".
        profile.code in _GENITIVE_S and folded.endswith("s") and (is_country(folded[:-1]) or is_city(folded[:-1]))
    ):
        return word, ORGANIZATION
    if folded in surnames:
        return surnames[folded], PERSON
    if profile.inflects_names:
        stem = next((folded[:-cut] for cut in range(1, 5) if len(folded) - cut >= 4 and folded[:-cut] in surnames), None)
        if stem is not None:
            return surnames[stem], PERSON  # "Sipas Hoxhajt" is Ergys Hoxhaj
    if folded in profile.organization_nouns:
        return word, ORGANIZATION
    if named_somewhere(word):
        # A word in capitals is an acronym (AP, SBU) or a dateline (BEIJING), not a person; an
        # inflected given name is the person's in the nominative ("takuam Mirelën": Mirela).
        if word.isupper():
            return word, ORGANIZATION
        return (None if _given(word) else _nominative_given(word, profile)) or word, PERSON
    if is_city(folded) and not is_common_word(word, profile.code, at_least=_VERY_COMMON):
        # a place, or its government speaking (not a sentence's first word that some village
        # shares: "Fue tajante:", "Como dijo")
        return word, ORGANIZATION
    return None


_VERY_COMMON = 5.5  # Zipf frequency of the language's commonest words ("fue", "como", "the")


def _split_glued_names(text: str, runs: list, kinds: dict, alone: dict[str, int], language: str = "") -> list:
    """A person's full name directly followed by a surname the text names on its own elsewhere is
    two mentions: German puts the object right after the subject ("hatte Mateusz Morawiecki Macron
    vorgeworfen"). The first part must be a full name: a given name, then a word that is not one
    (so "Präsident Wladimir Putin" stays whole), and the surname no ordinary word that a sentence
    may open with ("Tamar Moor Water" is a company, whatever "Water …" starts)."""
    long_names = [run for run in runs if len(run[2]) >= 3 and kinds[run[0], run[1]] == PERSON]
    if not long_names:
        return runs
    owners: dict[str, set[tuple[str, ...]]] = {}
    for start, end, words in runs:
        if len(words) >= 2 and kinds[start, end] == PERSON:
            owners.setdefault(_fold_word(words[-1]), set()).add(tuple(words))
    pieces = {}
    for start, end, words in long_names:
        head, surname = words[:-1], words[-2]
        # (elsewhere alone, or ending another name; not one that shares the whole compound surname,
        # as siblings do: "Álvaro Lastra Echevarría" and "Marta Lastra Echevarría")
        named_elsewhere = alone.get(words[-1], 0) or any(
            other[-2:] != tuple(words[-2:]) for other in owners[_fold_word(words[-1])]
        )
        full_name_first = (
            surname[:1].isupper() and surname not in _CAPITAL_PARTICLES and not _given(surname)
            and any(_given(w) for w in head[:-1])
        )
        if named_elsewhere and full_name_first and not is_common_word(words[-1], language):
            tail_start = end - len(words[-1])
            head_end = len(text[:tail_start].rstrip(" \u00a0"))
            kinds[start, head_end] = PERSON
            pieces[start] = [(start, head_end, head), (tail_start, end, words[-1:])]
    if not pieces:
        return runs
    split = []
    for run in runs:
        split += pieces.get(run[0]) or [run]
    return split


_PORTFOLIO_WORD = 3.5  # Zipf frequency over which a capitalised word after a title may be its portfolio
# A full name after one or two short words: "… dei dem Peppe Provenzano".
_HOLDER_AFTER = re.compile(r"((?:[ \u00a0]+[a-zà-ÿ'’]{1,5}){1,2})[ \u00a0]+[A-Z][\w'’-]+[ \u00a0]+[A-Z][\w'’-]+")


def _holder_named_after(text: str, end: int, profile: LanguageProfile) -> bool:
    """Whether a full name follows after one or two short words (an "of", an article, a party's
    nickname): the holder of the title the word before `end` is the portfolio of."""
    found = _HOLDER_AFTER.match(text, end)
    return found is not None and bool(found.group(1).split()) and not any(
        profile.verb_re.fullmatch(word) or word in profile.auxiliaries for word in found.group(1).split()
    )
# Nouns for a member of a party that a place may qualify, as US reporting names a lawmaker.
_PARTY_MEMBER_NOUNS = frozenset("republican democrat".split())


def _without_party_members(text: str, runs: list) -> list:
    """The runs with a party member's noun cut from their end: "the South Carolina Republican
    said" is a place and a description of someone, no one's name."""
    found = []
    for start, end, words in runs:
        if len(words) >= 2 and _fold_word(words[-1]) in _PARTY_MEMBER_NOUNS:
            words = words[:-1]
            end = text.rindex(words[-1], start, end) + len(words[-1])
        found.append((start, end, words))
    return found


def _run_kind(words: list[str], profile: LanguageProfile) -> str | None:
    """A run of capitalised words with an organisation noun in it names an organisation; one with a
    given name before its last word names a person (Vladimir Putin, Sir Keir Starmer). Otherwise
    (None) the context decides: a title before it or an age after it makes it a person
    (burgemeester Daviz Simango); else, even next to a speech verb (organisations speak too), it is
    an organisation or a place (Naciones Unidas, Circuit Court, Mesa de Diálogo)."""
    bodies = [w for w in words if _fold_word(w) in profile.organization_nouns]
    if len(words) >= 2 and bodies == [words[-1]] and _given(words[0]) and is_city(words[-1]):
        return PERSON  # a capital that stands for its government is a surname after a given name too ("Anna Mosca", "Denzel Washington")
    if bodies or is_country(" ".join(words)) or is_city(" ".join(words)) or words[0] in _SAINTS:
        return ORGANIZATION  # (a saint's name before another is a place: San Vitale, Santa Maria Capua Vetere)
    if len(words[0]) >= 2 and words[0].isalpha() and words[0].isupper() and not _given(words[1] if len(words) > 1 else ""):
        return ORGANIZATION  # an acronym opens a body's or a place's name, not a person's: "LR du Doubs", "SPD Berlin"
    if any(len(w) >= 2 and w.isalpha() and w.isupper() for w in words[1:]) and not any(
        _given(w) and not is_common_word(w, profile.code) for w in words[:-1]
    ):
        return ORGANIZATION  # nor does one end a run with no given name ("One GOP state senator")
    return PERSON if any(_given(w) for w in words[:-1]) else None


# Two or three initials before a surname: "P. J. Morton", "J.R. Bishop" (not an acronym's letters:
# "U.S. Army"; one alone is often a title: "M. Macron").
# (The first initial is written out rather than repeated, so the pattern starts with a capital
# and re skips to capitals instead of trying every position.)
_INITIALS_NAME = re.compile(r"([A-Z]\.[ \u00a0]?(?:[A-Z]\.[ \u00a0]?){1,2})([A-Z][a-zà-ÿ]+(?:[-'’][A-Z][a-zà-ÿ]+)?)(?![\w.])")
_ACRONYM_LETTERS = frozenset("US UK UN EU DC".split())


def _with_initials(text: str, runs: list, kinds: dict, profile: LanguageProfile) -> list:
    """The runs with a surname after two or three initials taken as that person's full name (the
    initials are no capitalised words of their own, so no run holds them)."""
    found = []
    for match in _INITIALS_NAME.finditer(text):
        if match.start() and (text[match.start() - 1].isalnum() or text[match.start() - 1] in "._"):
            continue  # (inside a longer word or abbreviation)
        letters = re.sub(r"[^A-Z]", "", match.group(1))
        surname = match.group(2)
        if letters in _ACRONYM_LETTERS or _fold_word(surname) in profile.organization_nouns or is_country(_fold_word(surname)):
            continue
        found.append((match.start(), match.end(), (*match.group(1).split(), surname)))
    if not found:
        return runs
    kept = [run for run in runs if not any(start < run[1] and run[0] < end for start, end, _ in found)]
    for start, end, words in found:
        kinds[start, end] = PERSON
    return sorted(kept + found)


def _country(word: str, language: str) -> bool:
    """A capitalised word that names a country, unless it is more often a given name ("Italia" is
    Italy in Italian; "Georgia" may be someone)."""
    return is_country(_fold_word(word)) and (not is_given_name(word) or is_common_word(word, language))


def _surname_between(first: str, word: str) -> bool:
    """Whether `word`, between a full name's first and last words, is a first surname ("Lucía
    Romero Vidal", "Tomás Ferrer Gil") rather than a second given name ("Ana Belén Cordero"): it is
    no given name, or one of the other gender than the first ("Romero" is a man's name too). Marian
    names join the genders in one given name ("José María", "María José", "Jean-Marie")."""
    if not _given(word):
        return True
    one, other = name_gender(first), name_gender(word)
    return bool(one and other) and one != other and not {_fold_word(first), _fold_word(word)} & _MARIAN_NAMES


_MARIAN_NAMES = frozenset({"maria", "marie", "jose", "jesus"})


_QUESTION_AHEAD = re.compile(r"[^.!?\n«»“”\"]{0,80}\?")  # the rest of a sentence that is a question
_WORD_RIGHT_BEFORE = re.compile(r"(\w+)(?:['’]|[ \u00a0]+)$")  # the word right before a position, spaces or an elision between


_APPOSED_NOUN = re.compile(r",[ \u00a0]+(\w+)")


def _set_off(text: str, start: int, end: int, profile: LanguageProfile) -> bool:
    """Whether a first name on its own is introduced as someone of its own: set off after a noun
    ("His son, Tom,", "una bambina di sei anni, Maria.") or with a description after it ("Sarah,
    a nurse on the night shift,")."""
    if text[max(0, start - 2):start] == ", " and text[max(0, start - 3):start - 2].islower() and text[end:end + 1] in (",", ".", ";"):
        return True
    after = _APPOSED_NOUN.match(text, end)
    return after is not None and _fold_word(after.group(1)) in profile.indefinite_articles


_WORD_BETWEEN = re.compile(r"[ \u00a0]+(\w+)[ \u00a0]+")  # one word alone between two others


_PARTICIPLE_WORD = {"en": 4.5}  # Zipf frequency over which a capitalised participle is that word


def _without_leading_participle(run: tuple, profile: LanguageProfile) -> tuple | None:
    """A run that opens with a participle, a common word and no given name, starts after it, or
    is none if that was all of it: the sentence's first word takes a capital ("Lasciando
    Montecitorio", "Leaving Downing Street", "Uscendo, la sindaca indica la piazza")."""
    start, end, words = run
    first = words[0]
    if not profile.participle_endings or not first.endswith(profile.participle_endings):
        return run
    # (English surnames end in "-ing" too: "Manning", "Browning"; only its commonest words are cut)
    if _given(first) or not is_common_word(first.lower(), profile.code, at_least=_PARTICIPLE_WORD.get(profile.code, 3.5)):
        return run
    return (start + len(first) + 1, end, words[1:]) if len(words) > 1 else None


_PARTY_DISTRICT = re.compile(r"[DRI]-[A-Z]")
_COUNTY_BEFORE = re.compile(r"(?:,|\b(?:in|from|of|near))[ \u00a0]$")  # (not a given name: "Ajax appointed Co Verbeek")
_WORD_AFTER = re.compile(r"[ \u00a0]+([^\W\d_]+)")


def _modifies_a_role(text: str, folded: str, run: tuple, profile: LanguageProfile) -> bool:
    """Whether a run stands between "the" and a role, as the role's modifier where adjectives
    come before nouns: "the Fine Gael councillor", "the Labour leader" name a party, not a person."""
    start, end, _ = run
    after = _WORD_AFTER.match(text, end)
    if after is None or not after.group(1).islower() or not profile.is_role(after.group(1)):
        return False
    before = _WORD_RIGHT_BEFORE.search(folded, max(0, start - 12), start)
    return before is not None and before.group(1) in profile.determiners and before.group(1) not in profile.indefinite_articles


_NICKNAME = re.compile(r"[ \u00a0]+[\"“‘'«][^\W\d_][\w .'’-]{0,20}[\"”’'»][ \u00a0]+")


def _nicknamed(text: str, runs: list) -> list[tuple[int, int, str]]:
    """(given name's start, surname's start, full name) where a nickname in marks stands between
    a given name and a surname ('Jalen "Jet" Ruiz')."""
    return [
        (start, after, f"{words[0]} {surname[0]}")
        for (start, end, words), (after, _, surname) in zip(runs, runs[1:])
        if len(words) == 1 and len(surname) == 1 and 4 <= after - end <= 30 and _NICKNAME.fullmatch(text, end, after)
        and _given(words[0]) and not _given(surname[0]) and surname[0][:1].isupper() and not surname[0].isupper()
    ]


def _couples(text: str, runs: list, kinds: dict, and_words: frozenset[str]) -> dict[int, str]:
    """Where a lone given name is joined by "and" to a person's full name, the start of the given
    name and the name it makes with the full name's surname ("Paola e Stefano Greco": Paola Greco)."""
    couples = {}
    for (start, end, words), (after, after_end, full) in zip(runs, runs[1:]):
        if (
            len(words) == 1 and len(full) >= 2 and after - end <= 5 and (between := _WORD_BETWEEN.fullmatch(text, end, after))
            and between.group(1) in and_words
            and kinds.get((after, after_end)) == PERSON and _given(words[0])
            and not words[0].isupper() and _given(full[0]) and not _given(full[-1])
            and not (is_country(_fold_word(words[0])) or is_city(_fold_word(words[0])))  # ("Jordan and Michael Kors stores")
        ):
            # the surname: the words after the other's given names ("Carlo e Anna Maria Bianchi")
            surname = next(i for i in range(1, len(full)) if not _given(full[i]) or full[i] in _CAPITAL_PARTICLES or i == len(full) - 1)
            couples[start] = " ".join((words[0], *full[surname:]))
    return couples


def _after_small_word(folded: str, start: int, profile: LanguageProfile) -> bool:
    """Whether the word at `start` comes right after a function word ("di", "of", "and", "the")."""
    before = _WORD_RIGHT_BEFORE.search(folded, max(0, start - 24), start)
    return before is not None and (before.group(1) in profile.not_names or before.group(1) in profile.of_words)


def _given(word: str) -> bool:
    """A capitalised word that is a given name (not a particle: "de" is a name somewhere too)."""
    return word[:1].isupper() and word not in _CAPITAL_PARTICLES and is_given_name(word)


# Albanian case endings of given names and the nominative they come from: "Mirelën" and
# "Mirelës" are Mirela's, "Arbenin" and "Arbenit" Arben's.
_INFLECTED_GIVEN = (("ën", "a"), ("ës", "a"), ("ën", "ë"), ("in", ""), ("it", ""), ("i", ""))


def _given_as_written(word: str, profile: LanguageProfile) -> bool:
    """A given name, or where names inflect one in a case form ("takuam Mirelën, 31 vjeçe")."""
    return _given(word) or _nominative_given(word, profile) is not None


def _nominative_given(word: str, profile: LanguageProfile) -> str | None:
    """The given name an inflected form is of, where names inflect ("Mirelën": Mirela), or None."""
    if not profile.inflects_names:
        return None
    for ending, nominative in _INFLECTED_GIVEN:
        if word.endswith(ending) and len(word) - len(ending) >= 3 and _given(word[:-len(ending)] + nominative):
            return word[:-len(ending)] + nominative
    return None


_LOWER_WORD = re.compile(r"(?<![^\W\d_])[a-zà-öø-ÿ][^\W\d_]*")


def lower_case_words(text: str, *, without_elisions: bool = False) -> set[str]:
    """The words `text` (or, `without_elisions`, _without_elisions(text)) writes starting in lower
    case. Words never span white space, so the distinct space-separated pieces are searched, not
    the whole text (news repeats most). _without_elisions blanks characters within a piece, never
    across white space, so its pieces are those of the text's own that have an apostrophe, blanked."""
    pieces = _pieces(text)
    if without_elisions:
        pieces = {
            part for piece in pieces
            for part in (_without_elisions(piece).split() if "'" in piece or "’" in piece else (piece,))
        }
    pieces = {piece for piece in pieces if not _HANDLE_OR_ADDRESS.search(piece)}
    return set(_LOWER_WORD.findall(" ".join(pieces)))


@functools.lru_cache(maxsize=1)  # the last text: find_mentions and the ranking (ArticleFacts) both read it
def _pieces(text: str) -> frozenset[str]:
    return frozenset(text.split())


# A handle, an address or a hashtag writes names in lower case ("@theo_lambert", "lambert.fr"):
# no sign that the name is an ordinary word.
_HANDLE_OR_ADDRESS = re.compile(r"[@#_/]|\.[a-z]{2,}")
# One or two lower-case words after a name, before the verb they may be the auxiliary or adverb of.
_AUXILIARY_GAP = re.compile(r"(?:[ \u00a0]+[a-zà-öø-ÿ]+){1,2}[ \u00a0]+")
# An age after a name: "Peter (58)", "(58 ans)", "Deb Kowalski, 58,", ", 54 vjeç,", ", de 58 años,".
# (or ending the sentence: "takojmë Nikollën, 81 vjeç.")
AGE_AFTER_NAME = re.compile(r"\s*\((\d{1,3})(?:\s\w+)?\)|,[ \u00a0](?:de\s)?(\d{1,3})(?:\s\w+){0,2}?(?:,|\.(?=\s))")
_LETTER = re.compile(r"[^\W\d_]")
# The words for years of age after a number ("54 vjeç", "34 anni", "61 ans", "71 years").
_AGE_UNIT = re.compile(r"\d\s+(?:vjeç\w*|anni|anno|ans|an|años|year|years|jahre|jaar|jarige)\b", re.IGNORECASE)
# An age as the adjective before a name, in folded text: "the 29-year-old", "den 29-jahrigen",
# "de 29-jarige", "il 29enne".
_AGE_BEFORE = re.compile(r"(?<!\w)\d{1,3}(?:-year-old|-jahrige[nrm]?|-jarige|enne)[ \u00a0]+$")
_APPOSITION_CLAUSE = re.compile(r"[^,.;:!?\n]{0,80}")
_INVERTED_FULL_NAME = re.compile(  # (after a title's abbreviation too: "sagt Prof. Claudia Berger")
    rf"[ \u00a0]+(?:(?:{NAME_ABBREVIATION_WORDS})\.?[ \u00a0]+)?"
    rf"([{re.escape(_UPPER)}][^\W\d_]+)[ \u00a0]+[{re.escape(_UPPER)}][^\W\d_]"
)
_NEXT_WORD = re.compile(r"[ \u00a0]([^\W\d_]+)")  # in folded text: the word right after a position


# Particles that may start the lower-case part of a name; others (der, la) only follow one of these.
_LEADING_PARTICLES = frozenset("von van de di da del della dos das du bin ibn al el ter ten".split())


_SAINTS = frozenset("San Santa Santo Sant São Saint Sainte Sankt".split())
_CAPITAL_PARTICLES = frozenset("Le La Lo De Di Da Del Della Dello Delle Degli Van Von Du Dos Das Al El".split())


def title_past_modifiers(folded: str, end: int, profile: LanguageProfile, least: int = 1) -> bool:
    """Whether `least` to two plain words after `end` lead to a title that a word follows (the
    name): what stands before them then qualifies that title ("Georgetown law professor X")."""
    words, pos = [], end
    while len(words) < 4:
        word = _NEXT_WORD.match(folded, pos)
        if word is None:
            break
        words.append(word)
        pos = word.end()
    for number, word in enumerate(words[:3]):
        if _is_title(word.group(1), profile):
            return least <= number and number + 1 < len(words) and all(
                other.group(1) not in profile.not_names and not profile.verb_re.fullmatch(other.group(1)) for other in words[:number]
            )
        if word.group(1) in profile.not_names:
            return False
    return False


def _is_title(folded_word: str, profile: LanguageProfile) -> bool:
    """A role noun, a compound ending in one (Premierminister, VVD-fractieleider, Vorstandschef),
    or a title's abbreviation with its full stop (Dr., Prof.; without one, "col" is Italian)."""
    return (
        folded_word in profile.role_nouns
        or folded_word.endswith(profile.role_suffixes)
        or (folded_word[-1:] == "." and (folded_word[:-1] in TITLE_ABBREVIATIONS or folded_word[:-1] in profile.title_abbreviations))
    )


# Courtesy titles that are words too ("die Frau", "el señor"): before a capitalised word that is
# no common one, a name.
_HONORIFICS = frozenset("herr frau signor signora senor senora meneer mevrouw monsieur madame".split())
# Titles written without a full stop that are no word of any language the engine reads (unlike
# Italian "col", German "Fr" or "Gen").
UNDOTTED_TITLES = frozenset("mr mrs ms dr mme mlle mgr".split())


def _sentence_initial(text: str, start: int) -> bool:
    before = text[max(0, start - 20):start].rstrip(" \u00a0")
    if before[-2:-1] == "," and before[-1:] in ('"', "”", "»"):
        return False  # “…,” Hart said: the quote's comma goes on with the sentence
    return (not before and start < 20) or before[-1:] in (".", "!", "?", ":", "\n", '"', "“", "”", "«", "»")


# Prepositions after which a capitalised word is a noun, not a name: "pro Jahr", "im Jahr", "zum Schluss".
_ARTICLE_PREPOSITIONS = frozenset("pro je im am vom zum zur beim ins per".split())


def _after_determiners(folded: str, profile: LanguageProfile) -> set[str]:
    """The words the folded text writes right after a determiner somewhere: common nouns, where
    every noun has its capital."""
    words = _LETTERS.findall(folded)
    return {word for determiner, word in zip(words, words[1:]) if determiner in profile.determiners}



def _word_at(text: str, pos: int) -> str:
    """The word that starts after the spaces at `pos`, as written."""
    found = _WORD_AFTER.match(text, pos)
    return found.group(1) if found else ""


_WORD_AFTER = re.compile(r"[ \u00a0]*([^\W\d_]+)")


# Relative pronouns, "which" ones too, that open a clause about a first name set off by a comma.
RELATIVES_AFTER_PERSON = frozenset("who qui que quien che die der wie cili cila".split())


def _named_by_context(
    text, folded, start, end, profile, verb_starts, verb_ends, occurrences=1, *, by_verb=True, place=False
) -> bool:
    """A single capitalised word is a person's name when the text treats it as one: after a title
    (`monteur Peter`, `burgemeester Bolsius`), before an age (`Peter (29)`), or as the subject
    right next to a speech verb (`zegt Gamarra`, `Gamarra dijo`). Organisations speak too, so
    `by_verb=False` leaves the last out (`said Northfield Utilities`). A `place` (a city's name)
    counts only with a title or an age."""
    if _fold_word(text[start:end]) in profile.object_clitics:
        return False  # a pronoun before its verb: "—Se ríe—", "Le dijo"
    age = AGE_AFTER_NAME.match(text, end)
    if age and (not _LETTER.search(age.group()) or _given_as_written(text[start:end], profile) or (
        " " in text[start:end] and _AGE_UNIT.search(age.group())
    )):
        return True  # an age ("Peter (29)"; with its unit after a first name, "Léa, 16 ans,", or a full name, "Prenda Gjoni, 54 vjeç,")
    if _given(text[start:end]) and _AGE_BEFORE.search(folded, max(0, start - 24), start):
        return True  # a first name after an age ("de 31-jarige Joris", not "die 87-jährige Frau")
    if text[end:end + 1] in (",", ".", ";") and text[max(0, start - 2):start] == ", " and _given(text[start:end]) and (
        text[max(0, start - 3):start - 2].islower()
    ) and (text[end:end + 1] == "," or any(
        # (ending the sentence, after a person's noun: "insieme alla madre del giocatore, Silvia.";
        # not "con il suo cane, Rocky.", "la capital del estado, Victoria.")
        word in profile.kin_nouns or word in profile.relation_nouns or profile.is_role(word)
        for word in _LETTERS.findall(folded[max(0, start - 40):start])[-4:]
    )):
        # a first name set off after a noun: "Su hijo, Julián, llamó", "Sa femme, Odile, acquiesce"
        return True
    before = [word.rstrip("'’") for word in folded[max(0, start - 12):start].split()[-1:]]  # (l'Agriculture)
    if profile.personal_relatives and text[end:end + 1] == "," and not (before and before[0] in profile.of_words) and not (
        PLACE_OR_MEDIUM.search(folded, max(0, start - 6), start)  # (a place the one "who" is at: "a father in Northeast Philadelphia, who")
    ):
        following = _NEXT_WORD.match(folded, end + 1)
        if following and following.group(1) in profile.personal_relatives:
            return True  # "Dev Raghunathan, who leads the group": "who" stands for a person (not "Rep. Vane of Arizona, who")
    if text[end:end + 1] == "," and not place and _given_as_written(text[start:end], profile) and not (
        PLACE_OR_MEDIUM.search(folded, max(0, start - 6), start)
    ) and not (
        # (not a common noun some list also has as a name, after the noun it names: "la commissione Sanità, che")
        is_common_word(text[start:end], profile.code) and folded[max(0, start - 2):start - 1].isalpha()
    ):
        following = _NEXT_WORD.match(folded, end + 1)
        if following and following.group(1) in RELATIVES_AFTER_PERSON:
            return True  # a first name a relative clause describes: "Loredana, che gestisce il bar, è arrabbiata"
    if text[start - 1:start] == "(" and text[end:end + 1] == ")":
        return False  # a party or body in brackets after a name ("Anna de Boer (PvdA) zegt")
    if profile.code in _NOUNS_CAPITALISED and _after_common_noun(text, start, profile):
        return False  # the place or firm a noun names ("am Grenzübergang Lubnitz sagte Lüttgens")
    if before and (before[0] in profile.determiners or before[0] in profile.of_words):
        return False  # "de la Audiencia, el alcalde …", "the mayor of Springfield said": a place or body
    if before and before[0] in profile.organization_nouns and text[max(0, start - 2):start - 1].islower():
        return False  # the body a noun names: "de provincie Gelderland zegt", "la regione Liguria"
    if profile.code in _NOUNS_CAPITALISED and _after_article_and_adjectives(text, folded, start, profile):
        return False  # a noun phrase: "am ersten Verhandlungstag verlas", "Der vorläufige Insolvenzverwalter"
    if before and re.fullmatch(r"[\d.,]+", before[0]):
        return False  # a quantity's unit: "8000 Euro verlangt"
    if profile.code in _NOUNS_CAPITALISED and before and (
        before[0] in _ARTICLE_PREPOSITIONS and is_common_word(text[start:end], profile.code)
        or before[0] in _CONTRACTED_ARTICLES and not _given(text[start:end])
    ):
        # a common noun after a preposition with its article: "… pro Jahr nannte Gedaschko", "hatte
        # am Vortag erklärt" (a name takes no article)
        return False
    following = _NEXT_WORD.match(folded, end)
    if following and _is_title(following.group(1), profile):
        return False  # it qualifies the title after it ("said Finance Minister Lena Holm")
    # A place or medium is where something was said ("in Weilbrunn sprach sie"), whatever the word;
    # and the one spoken to is not the one speaking ("in un'intervista a RadioCittà ha ammesso").
    by_verb = by_verb and not place and not PLACE_OR_MEDIUM.search(folded, max(0, start - 6), start)
    if by_verb and start - 1 in verb_ends and text[start - 1] in (" ", "\u00a0"):
        # Inverted subject ("zegt Gamarra", "tha Voca"), not the one told ("told Reuters"), nor a
        # word that qualifies a title past a lower-case word or two ("said Georgetown law professor X").
        return not addressed(folded, start) and not (
            following and not profile.adjectives_follow_nouns and text[end + 1:end + 2].islower()
            and title_past_modifiers(folded, end, profile)
        )
    # A subject before its verb; at a sentence start only if capitalised elsewhere too; not when a
    # full name follows the verb as its subject ("testet e Coronës tha Jens Spahn").
    verb_end = verb_starts.get(end + 1) or (
        # (not past a comma where the verb comes second: "gestiegene Energiekosten, teilte das
        # Unternehmen mit" opens a clause whose subject follows the verb)
        None if profile.verb_second and text[end:end + 1] == "," else verb_starts.get(end + 2)
    )
    if by_verb and not verb_end:
        # An auxiliary or an adverb may stand between: "Trump has previously said", "Rutte had al gezegd".
        between = _AUXILIARY_GAP.match(folded, end)
        gap = between.group().split() if between else ()
        # Not when a noun the word qualifies stands between ("Western diplomats privately said").
        if gap and not any(word in profile.not_names for word in gap) and not (
            profile.is_role(gap[0]) or gap[0] in profile.organization_nouns
        ):
            verb_end = verb_starts.get(between.end())
    initial = _sentence_initial(text, start)
    if initial and end - start <= 3 and is_common_word(text[start:end], profile.code):
        verb_end = None  # a short function word opening the sentence: "Me decía:", "Le dijo"
    if initial and _QUESTION_AHEAD.match(text, end) and is_common_word(text[start:end], profile.code):
        verb_end = None  # a question word: "Cosa risponde?", "Qué opina?" (not someone called Cosa)
    if verb_end and profile.code in _NOUNS_CAPITALISED and profile.past_participle and re.fullmatch(
        profile.past_participle, folded[end + 1:verb_end].split()[-1]
    ) and is_common_word(text[start:end], profile.code):
        verb_end = None  # an object before a participle that ends the clause: "hatte fünf Jahre gefordert"
    if by_verb and verb_end and (occurrences > 1 or not initial) and not addressed(folded, start) and not (
        _pronoun_follows(folded, verb_end, profile)
    ):
        inverted = _INVERTED_FULL_NAME.match(text, verb_end)
        if not inverted or _fold_word(inverted.group(1)) in profile.determiners:
            return True  # ("Berg told The Guardian": a determiner starts no name)
    # (not a portfolio a title holds, its holder named after it: "il responsabile Esteri dei dem
    # Peppe Provenzano")
    portfolio = is_common_word(text[start:end], profile.code, at_least=_PORTFOLIO_WORD) and _holder_named_after(text, end, profile)
    if text[start - 1:start] in (" ", "\u00a0") and not portfolio:
        previous = folded[max(0, start - 40):start].split()
        # (British and French usage drops a title's full stop: "Mrs Hale", "Mme Durand")
        if previous and (_is_title(previous[-1], profile) or previous[-1] in UNDOTTED_TITLES):
            return True
        if previous and previous[-1] in _HONORIFICS and text[start - len(previous[-1]) - 1:start - 1][:1].isupper() and not (
            is_common_word(text[start:end], profile.code)
        ):
            return True  # a courtesy title, capitalised, before a name that is no common word: "Herr Habeck", "señor Sánchez"
        if previous and previous[-1] in profile.kin_nouns and _given_as_written(text[start:end], profile):
            return True  # a relative: "her grandson Kyle", "su hijo Manuel"
        if len(previous) >= 2 and previous[-2] in profile.determiners and previous[-1].isalpha() and (
            text[start - len(previous[-1]) - 1:start - 1].islower() and previous[-1] not in profile.not_names
            and not profile.verb_re.fullmatch(previous[-1]) and not place and _given(text[start:end])
            and not is_common_word(text[start:end], profile.code) and not _country(text[start:end], profile.code)
        ):
            return True  # a first name after a noun that says what the person does: "il titolare Mirko"
        if profile.adjectives_follow_nouns and len(previous) >= 2 and _is_title(previous[-2], profile) and (
            previous[-1].isalpha() and previous[-1] not in profile.not_names
            and text[start - len(previous[-1]) - 1:start - 1].islower()
        ):
            return True  # a title and its adjective: "il presidente lituano Gitanas Vaitkus"
        if _role_of_body_before(folded, start, profile) and not any(
            is_common_word(word, profile.code) for word in text[start:end].split()
        ):
            return True  # (not "la ministra de Agricultura, Unión Europea …")
    if folded[end:end + 1] == "," and not place and _given(text[start:end]) and not is_common_word(text[start:end], profile.code):
        after = folded[end + 1:end + 30].split()
        if after and after[0] in profile.indefinite_articles:
            return True  # a first name with a description after it: "Gerrit, een van de buurmannen:"
        related = [word.strip(",") for word in after[:3] if word not in profile.determiners]
        if related and related[0] in profile.kin_nouns and _sentence_initial(text, start):
            return True  # or a relation, as the sentence's subject: "Paula, su hija de 19, estudia …"
    # "sur Twitter, le porte-parole …": the role after the comma is someone's, not the place's;
    # so is it after a phrase that opens the sentence ("Desde Villaverde, el secretario …"), and
    # after the topic a headline or crosshead opens with ("Scuola, la ministra: «…»").
    return (
        folded[end:end + 1] == ","
        and not place
        and not _topic_of_a_label(text, start, end)
        and not _named_by_common_noun(text, folded, start, profile)
        and not PLACE_OR_MEDIUM.search(folded, max(0, start - 6), start)
        and not _opened_by_preposition(text, folded, start, profile)
        and _role_apposition(folded, end, profile)
    )


def _named_by_common_noun(text: str, folded: str, start: int, profile: LanguageProfile) -> bool:
    """Whether a lower-case noun after an article stands right before the word, naming it ("della
    cooperativa Agrisole, l'ex presidente"): a body or a place, whatever role follows its comma;
    not a title ("il ministro Rossi") or a relation ("il figlio Marco")."""
    words = folded[max(0, start - 40):start].split()[-2:]
    if len(words) < 2 or not text[start - len(words[-1]) - 1:start - 1].islower():
        return False
    noun = words[-1]
    article = re.split(r"['’]", words[0])[-1] if re.search(r"['’]", words[0]) else words[0]
    if re.search(r"['’]", noun):
        article, noun = re.split(r"['’]", noun)[0], re.split(r"['’]", noun)[-1]
    return (article in profile.determiners or article in _CONTRACTED_ARTICLES or words[0] in profile.of_words) and not (
        _is_title(noun, profile) or profile.is_role(noun) or noun in profile.kin_nouns or noun in profile.relation_nouns
        or noun in profile.not_names or profile.verb_re.fullmatch(noun)
    )


_LABEL_AFTER_TOPIC = re.compile(r",[ \u00a0]*(?:[^\W\d_][\w'’-]*[ \u00a0]+){0,5}[^\W\d_][\w'’-]*[ \u00a0]*:")


def _topic_of_a_label(text: str, start: int, end: int) -> bool:
    """Whether a capitalised word opens a line whose few words after its comma end in a colon
    ("Sanità, la ministra: «…»"), or opens the headline ("Scuola, la ministra difende i tagli"): the
    topic, as headlines and crossheads put it, not a name a role stands in apposition to."""
    at = start  # (read back from the word, not a copy of all the text before it)
    while at and text[at - 1] in " \u00a0\ufeff":
        at -= 1
    if at and text[at - 1] != "\n":
        return False
    if _LABEL_AFTER_TOPIC.match(text, end):
        return True
    # (or the headline's topic: a line that the comma does not close again, with no full stop)
    line_end = text.find("\n", end)
    line = text[end:line_end if line_end >= 0 else len(text)].rstrip()
    return not at and "," not in line[1:] and not line.endswith(".")


# Species nouns in the engine's languages: a capitalised name right after one is a pet's or a
# farm animal's ("Kat Moos", "Hund Bello", "la gatta Mimì").
_ANIMALS = frozenset(
    "kat kater hond poes paard ezel koe cat dog horse donkey katze hund pferd esel kuh gatto gatta cane cagnolino "
    "cavallo asino chat chatte chien chienne cheval ane gato gata perro perra caballo burro mace qeni qen kali gomari".split()
)
_CONTRACTED_ARTICLES = frozenset("am im beim vom zum zur ins ans aufs".split())  # German preposition + article
_ADJECTIVE_ENDINGS = ("e", "en", "er", "es", "em")


def _after_article_and_adjectives(text: str, folded: str, start: int, profile: LanguageProfile) -> bool:
    """Whether a capitalised word follows an article and one or two inflected adjectives in lower
    case ("am ersten Verhandlungstag", "der vorläufige Insolvenzverwalter"): a German noun."""
    words = _LETTERS.findall(text[max(0, start - 40):start])[-3:]
    adjectives = 0
    for word in reversed(words):
        folded_word = _fold_word(word)
        if word[:1].islower() and folded_word.endswith(_ADJECTIVE_ENDINGS) and folded_word not in profile.not_names:
            adjectives += 1
            continue
        # (or a preposition: "mit zitternder Stimme schilderte")
        return adjectives > 0 and (
            folded_word in profile.determiners or folded_word in _CONTRACTED_ARTICLES or folded_word in profile.not_names
        )
    return False


def _preposition_before_adjectives(text: str, start: int, profile: LanguageProfile) -> bool:
    """Whether the lower-case adjectives before `start` follow a preposition rather than an
    article ("in erster", "mit großer"; not "der junge")."""
    words = _LETTERS.findall(text[max(0, start - 40):start])
    while words and words[-1][:1].islower() and _fold_word(words[-1]).endswith(_ADJECTIVE_ENDINGS) and (
        _fold_word(words[-1]) not in profile.determiners
    ):
        words.pop()
    return bool(words) and words[-1][:1].islower() and _fold_word(words[-1]) not in profile.determiners and (
        _fold_word(words[-1]) not in _CONTRACTED_ARTICLES
    )


_LETTERS = re.compile(r"[^\W\d_]+")  # a word of letters


_PRONOUN_AFTER = re.compile(r"(?:-t)?[- \u00a0]([^\W\d_]+)")


def _pronoun_follows(folded: str, verb_end: int, profile: LanguageProfile) -> bool:
    """Whether the verb ending at `verb_end` has its pronoun subject inverted after it, in it
    ("sagte er", "fügte sie hinzu", "a-t-il dit") or right after: then the word before the verb is
    not its subject ("… Brötchen und Kaffee, erzählt er"). Not where a pronoun there may open the
    reported clause instead ("Smith said he would go")."""
    if profile.optional_complementizer:
        return False
    own = folded[max(0, verb_end - 8):verb_end].replace("-", " ").split()[-1:]
    after = _PRONOUN_AFTER.match(folded, verb_end)
    return bool(own and own[0] in profile.pronouns) or bool(after and after.group(1) in profile.pronouns)


_PREVIOUS_WORD = re.compile(r"([^\W\d_]+)[ \u00a0]$")


def _after_common_noun(text: str, start: int, profile: LanguageProfile) -> bool:
    """Whether a capitalised common noun that is no title stands right before `start`."""
    previous = _PREVIOUS_WORD.search(text, max(0, start - 40), start)
    if not previous or not previous.group(1)[:1].isupper() or _sentence_initial(text, previous.start()):
        return False
    word = previous.group(1)
    return not _given(word) and not _is_title(_fold_word(word), profile) and is_common_word(word, profile.code, at_least=_NOUN_BEFORE_NAME)


def _opened_by_preposition(text: str, folded: str, start: int, profile: LanguageProfile) -> bool:
    """Whether the word at `start` ends a short phrase that a preposition opens its sentence with
    ("Desde X, …", "Sur sa page X, l'élue …"): the place or medium, not the person after the comma."""
    words = text[max(0, start - 40):start].split()
    for count in range(1, min(4, len(words)) + 1):
        opener = words[-count]
        if count > 1 and not words[-count + 1][:1].islower():
            return False  # (only lower-case words between: "sa page", not another name)
        at = start - len(" ".join(words[-count:])) - 1
        if fold(opener) in profile.not_names and _sentence_initial(text, at):
            return True
    return False


_CLAUSE_STOPS = ",.;:!?\n"


def _role_of_body_before(folded: str, start: int, profile: LanguageProfile) -> bool:
    """Whether a role (of a body) stands before the name, set off by a comma: "the operations
    director of Tamar Moor Water, Kerensa Hocking", "il sindaco di Colle Alto, Pietro Anselmi",
    "Sa représentante locale, Fatou Diallo-Roussel"."""
    if start < 3 or folded[start - 2] != "," or folded[start - 1] not in " \u00a0":
        return False
    clause = folded[max(0, start - 82):start - 2]
    stop = max(clause.rfind(stop) for stop in _CLAUSE_STOPS)
    if stop == -1 and start - 82 > 0:
        return False  # (a clause longer than the reach)
    words = clause[stop + 1:].split()
    for number, word in enumerate(words[:4]):
        if _is_title(word, profile):
            # "the director of X, NAME", or the role ending the clause: "Sa représentante locale, NAME"
            reach = 2 if profile.adjectives_follow_nouns else 1  # ("la delegata regionale del sindacato")
            return len(words) - number <= reach or any(
                word.rstrip("'’") in profile.of_words for word in words[number + 1:number + 1 + reach]
            )
    return False


def _role_apposition(folded: str, end: int, profile: LanguageProfile) -> bool:
    """A role set after the name between commas: `Jinnie Lee, a spokesman for …`, `Li Xin,
    director of …`. A clause with a speech verb is a new subject, not an apposition
    (`… at Kowloon Bay, the minister said`)."""
    if folded[end:end + 1] != ",":
        return False
    clause = _APPOSITION_CLAUSE.match(folded, end + 1)
    words = [w for w in clause.group().split() if w not in profile.determiners][:2]
    return any(_is_title(w, profile) for w in words) and not profile.verb_re.search(folded, clause.start(), clause.end())


def _capitalised_runs(text: str, profile: LanguageProfile, skip: bytes = b"", lower_words: set[str] | None = None):
    """Runs of capitalised words (with name particles inside): Vladimir Putin, Ursula von der Leyen.

    Titles at the front of a run (Premierminister, VVD-fractieleider) stay out of the name, and so
    do runs in capitals only (a dateline such as VATICAN CITY). Runs that start at a position
    `skip` marks (quoted speech) are passed over; a run never reaches into quoted speech, since
    a quotation mark or a dash stands between.

    Yields (start, end, words), the words a tuple: a long text has tens of thousands of runs, and
    tuples of strings drop out of the garbage collector's passes, where lists would be walked again
    and again until find_mentions is done.
    """
    # Per capitalised word of this text: (its length without a full stop, whether it can be part
    # of a name, whether it can start one, whether it is a name alone). Words repeat, so each is
    # judged once.
    judged: dict[str, tuple[int, bool, bool, bool]] = {}
    # Words the text also writes in lower case are ordinary words capitalised at a sentence start
    # (lower_case_words(text) when not given, found when the first word is judged).

    def judge(word: str) -> tuple[int, bool, bool, bool]:
        nonlocal lower_words
        if word in judged:
            return judged[word]
        if lower_words is None:
            lower_words = lower_case_words(text)
        bare = word.rstrip(".")
        folded = fold_same_length(bare)
        # An initial with its full stop is part of a name ("Ronald K.", "John F. Kennedy", "Dennis
        # van L."), whatever the letter is alone (French "l", Italian "e").
        initial_with_stop = len(bare) == 1 and bare != word and bare.isupper()
        word_like = initial_with_stop or (
            len(bare) > 1
            and not (bare != word and folded in TITLE_ABBREVIATIONS)  # "Dr." is no name
            and folded not in profile.not_names
            and (bare.lower() not in lower_words or is_given_name(bare))  # (Luan Dibra, though "luan" is "plays")
        )
        # (a noun's ending, unless the word is a given name: "Dennis" is no "Ergebnis"; after a
        # given name, a surname that is no common word may have one: "Jens Hartung", "Stefan Kühnlein")
        noun_ending = bool(profile.noun_suffixes) and folded.endswith(profile.noun_suffixes) and not is_given_name(bare)
        name_like = word_like and not noun_ending
        surname = word_like and noun_ending and not is_common_word(bare, profile.code, at_least=_SURNAME_WITH_NOUN_ENDING)
        initial = len(bare) == 1  # (only after a name's first word: "U.S." names nobody)
        starts_name = name_like and not initial and not _is_title(folded, profile)
        alone = starts_name and not (bare.islower() or bare in _CAPITAL_PARTICLES)
        verdict = judged[word] = (len(word) if initial else len(bare), name_like, starts_name, alone, surname)
        return verdict

    for found in _NAME_RUN.finditer(text):
        start = found.start()
        if skip and skip[start]:
            continue
        if not found.group(2):  # one word
            word = found.group(1)
            length, _, _, alone, _ = judged.get(word) or judge(word)  # (judge() inlined for most words)
            if alone:
                yield start, start + length, (word[:length],)
            continue
        yield from _names_in_run(text, start, found.end(), profile, judge)


def _names_in_run(text: str, run_start: int, run_end: int, profile: LanguageProfile, judge):
    """The names in text[run_start:run_end], words joined by single spaces (see _NAME_RUN), so
    splitting it at them gives its words; `judge(word)` is a capitalised word's verdict (see
    _capitalised_runs)."""
    run: list[tuple[int, int, str]] = []
    end = run_start - 1
    for word in text[run_start:run_end].replace("\u00a0", " ").split(" "):
        start, end = end + 1, end + 1 + len(word)
        joined = bool(run) and start - run[-1][1] == 1
        if word in _CAPITAL_PARTICLES and (joined or not run):
            # Marc Le Goff, Luigi Di Maio; and a surname that starts with one (Lo Giudice, De Vries):
            # _flush drops a particle that no capitalised word follows.
            run.append((start, end, word))
            continue
        if not word[0].isupper():
            if word in AGENT_PREPOSITIONS and len(run) == 1 and _participle_opening(run[0][2], profile):
                run = []  # (a participle's agent follows, not a name: "Intervistata da Radio Capital, …")
                continue
            # A name particle continues a run; a particle in the wrong place ends it, and so does
            # one after a given name and a surname where particles only lead a surname: "Sanne
            # Meijer van Patiëntbelang", "Jens Winter von den Grünen" are of the body named next.
            if joined and profile.particles_lead_surnames and word in _LEADING_PARTICLES and len(run) >= 2 and _given(run[0][2]) and (
                run[-1][2][:1].isupper() and not _given(run[-1][2])
            ):
                if name := _flush(run, text, profile.code):
                    yield name
                run = []
            elif joined and (
                word in _LEADING_PARTICLES or (word in profile.particles and run[-1][2].lower() in profile.particles)
            ):
                run.append((start, end, word))
            elif run:
                if name := _flush(run, text, profile.code):
                    yield name
                run = []
            continue
        length, name_like, starts_name, _, surname = judge(word)
        name_like = name_like or (surname and joined and _given(run[-1][2])) or (
            joined and _surname_also_a_word(text, run, word, profile, end)
        )
        if run and joined and run[-1][2].islower() and profile.is_organization(_fold_word(word)):
            # "Claudia Berger von der Hochschule X": the particles lead to the body she is of.
            if name := _flush(run, text, profile.code):
                yield name
            run = []
        if run and not joined:
            if name := _flush(run, text, profile.code):
                yield name
            run = []
        if starts_name or (run and name_like):
            run.append((start, start + length, word[:length]))
        elif run:
            if name := _flush(run, text, profile.code):
                yield name
            run = []
    if run:
        if name := _flush(run, text, profile.code):
            yield name


# The prepositions that bring a passive's agent: "Intervistata da", "Interrogée par", "asked by".
AGENT_PREPOSITIONS = frozenset("by par von vom da dal dalla dallo dai dagli dalle por door nga prej".split())


def _participle_opening(word: str, profile: LanguageProfile) -> bool:
    """Whether a capitalised word is the language's past participle and no given name."""
    return bool(profile.past_participle) and re.fullmatch(profile.past_participle, word.lower()) is not None and not is_given_name(word)


def _surname_also_a_word(text: str, run: list[tuple[int, int, str]], word: str, profile: LanguageProfile, end: int = -1) -> bool:
    """Whether `word` is the surname of the given name (and particles) the run holds, though the
    text also writes it as an ordinary word ("Johan Wel", "Kees de Laat": "wel" and "laat" are
    words too): inside a sentence, not after an article or "of" ("the Fenwick End"), not after a
    place ("Italia Domani"), where not every noun has its capital."""
    first = run[0][2]
    return (
        profile.code not in _NOUNS_CAPITALISED and _given(first) and not first.isupper() and len(word) > 2
        and not word.isupper() and not _country(first, profile.code) and not is_city(_fold_word(first))
        and all(part[2] in profile.particles for part in run[1:])
        and _fold_word(word) not in profile.not_names and not _is_title(_fold_word(word), profile)
        and not _after_article_or_of(text, run[0][0])
        # (at a sentence's start only with an age after it: "Jan de Visser (58), wiens kotter …")
        and (not _sentence_initial(text, run[0][0]) or (end >= 0 and AGE_AFTER_NAME.match(text, end) is not None))
    )


# Endings of nouns that name a doer ("Vorsitzender", "voorbijganger", "présentatrice").
AGENT_SUFFIXES = ("er", "or", "ist", "eur", "ant", "ent", "ier", "aire", "ista", "tore", "trice")


# Articles and "of" in the languages the engine knows: a capitalised word after one is a noun or a
# portfolio ("de la Santé", "alla Sanità", "of Finance"), not a first name.
# (not Italian "da", "by", which takes a person with no article: "presieduta da Anna Maria Rossetti")
_ARTICLES_AND_OF = (OF_WORDS - {"da"}) | _CONTRACTED_ARTICLES | frozenset(
    "the la le les l el los las il lo gli i der die das den dem het een al allo alla ai agli alle au aux "
    "dal dalla nel nella sul sulla".split()
)


def _after_article_or_of(text: str, start: int) -> bool:
    before = _fold_word(text[max(0, start - 12):start]).replace("'", " ").replace("’", " ").split()
    return bool(before) and before[-1] in _ARTICLES_AND_OF


_COMPANY_FORMS = frozenset("AG SA NV BV SPA SRL SL PLC LTD LLC INC SE KG GMBH OHG SAS SARL".split())  # part of a firm's name
_NOUNS_CAPITALISED = frozenset({"de"})
_SURNAME_WITH_NOUN_ENDING = 3.5  # (Zipf) how rare a word with a noun's ending must be to be a surname ("Hartung", not "Meldungen")
_NOUN_BEFORE_NAME = 3.0  # (Zipf) how common a German word must be to be taken for a noun, not a surname


def _flush(run, text="", language=""):
    """The name a run of capitalised words holds, as (start, end, words), or None."""
    if len(run) == 1:  # most runs: one capitalised word
        start, end, word = run[0]
        if not (word.islower() or word in _CAPITAL_PARTICLES):
            return start, end, (word,)
        return None
    while run and (run[-1][2].islower() or run[-1][2] in _CAPITAL_PARTICLES):
        run = run[:-1]
    # Two places a particle joins are no one: "rientrato in Italia da Boston" ("Leonardo da Vinci"
    # is a name: his given name is no place).
    if len(run) >= 3 and all(word.islower() for _, _, word in run[1:-1]) and all(
        _country(word, language) or is_city(_fold_word(word)) for word in (run[0][2], run[-1][2])
    ):
        return None
    # "Mario Perantoni del M5S": an acronym after a particle is a party or a body, not the name.
    # (An initial is none: "Dennis van L.")
    if len(run) >= 3 and run[-2][2].islower() and len(run[-1][2].rstrip(".")) > 1 and run[-1][2].isupper():
        run = run[:-2]
    # "Michael Stanton KC", "Ruth Hale MP": letters after a full name are an honour or an office.
    last = run[-1][2] if run else ""
    if len(run) >= 3 and last.isalpha() and last.isupper() and 2 <= len(last) <= 4 and run[-2][2][:1].isupper() and (
        not run[-2][2].isupper() and last not in _COMPANY_FORMS
    ):
        run = run[:-1]
    # "Firefighter Dana Cole" at a sentence start: a job title in front of a two-word name.
    if len(run) >= 3 and _fold_word(run[0][2]).endswith(AGENT_SUFFIXES) and _sentence_initial(text, run[0][0]):
        run = run[1:]
    # "Secretary of State Mike Pompeo": the end of a title glued to the name it precedes.
    # An ordinary word before a given name is no part of the name ("la Santé Agnès Buzyn"); a
    # common given name is the first of two ("Anna Maria Colucci", "Michael Stanton"), unless an
    # article, "of" or a word already cut stands before it ("de Zoología Marina Hugo Lindström",
    # "District Judge Harriet Coleman").
    cut = False
    while len(run) >= 3 and _given(run[1][2]) and run[0][2] not in _SAINTS and (  # (a place: "di San Vitale Marittimo")
        not _given(run[0][2]) or (is_common_word(run[0][2], language) and (cut or _after_article_or_of(text, run[0][0])))
    ):
        run, cut = run[1:], True
    # So are two ("Deren Vorsitzender Jens Winter", "Chief Superintendent Dana Cole").
    if len(run) >= 4 and _given(run[2][2]) and not is_common_word(run[2][2], language) and not _given(run[1][2]) and all(
        word[:1].isupper() and is_common_word(word, language) for _, _, word in run[:2]
    ):
        run = run[2:]
    # Where every noun is capitalised, a common noun before a single name is the kind of place it
    # names ("am Grenzübergang Lubnitz", "im Ortsteil Grünau"), not a given name.
    if language in _NOUNS_CAPITALISED and len(run) == 2 and not _given(run[0][2]) and not _given(run[1][2]) and (
        is_common_word(run[0][2], language, at_least=_NOUN_BEFORE_NAME)
    ):
        run = run[1:]
    # A place glued to the name after it ("Villarrubia de la Sierra Tomás Herrero Lago"): the name
    # starts at its given name when nothing before it is one.
    given = next((i for i in range(1, len(run) - 1) if _given(run[i][2]) and run[i][2][:1].isupper()), None)
    if given is not None and not any(_given(word) for _, _, word in run[:given]):
        run = run[given:]
    # An acronym before a full name is a body or a medium, not part of it: "ha detto all'ANSA
    # Vincenzo Arcidiacono", "told CNN Anna Ruiz".
    if len(run) >= 3 and run[0][2].isupper() and len(run[0][2]) >= 2 and run[0][2].isalpha() and _given(run[1][2]) and not run[1][2].isupper():
        run = run[1:]
    # A country next to a full name is not part of it: "di Forza Italia Andrea Colombari", "während
    # Hanna Lindqvist Russland beschuldigte".
    country = next((i for i in range(len(run) - 2) if _country(run[i][2], language) and _given(run[i + 1][2])), None)
    if country is not None:
        run = run[country + 1:]
    if len(run) >= 3 and _country(run[-1][2], language) and _given(run[0][2]) and not run[-2][2].islower():
        run = run[:-1]
    if not run or (len(run) > 1 and all(word.isupper() for _, _, word in run)):
        return None
    return run[0][0], run[-1][1], tuple(word for _, _, word in run)
