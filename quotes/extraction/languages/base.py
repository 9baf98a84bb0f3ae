"""What the engine needs to know about a language, as data."""

import re
from dataclasses import dataclass, field

from ..text import OF_WORDS, fold


def _words(value: str) -> frozenset[str]:
    return frozenset(fold(word, keep_hyphens=True) for word in value.split())


def _phrases(value: str) -> tuple[str, ...]:
    """Phrases separated by '|' in a multi-line string, folded, longest first. Texts are folded
    letter for letter (ß stays ß), so a phrase with ß is kept in that form too."""
    raw = [item for item in value.replace("\n", "|").split("|") if item.strip()]
    items = {fold(item, keep_hyphens=True) for item in raw}
    items |= {fold(item.replace("ß", "\0"), keep_hyphens=True).replace("\0", "ß") for item in raw if "ß" in item}
    return tuple(sorted(items, key=len, reverse=True))


_ROLE_PREFIX = re.compile(r"(?:ex|oud|ish|vize|vice|sub|sotto|co)-?")


@dataclass(frozen=True)
class LanguageProfile:
    code: str
    # Verbs (and verb phrases) that report speech or writing, in the forms news text uses.
    speech_verbs: tuple[str, ...] = ()
    # Separable speech verbs whose particle ends the clause ("legt Bosman uit", "kündigte er an"):
    # (folded stems, folded particle); a stem is a speech verb only with its particle a few words on.
    separable_verbs: tuple[tuple[tuple[str, ...], str], ...] = ()
    # "according to X": the speaker follows the phrase.
    according_to: tuple[str, ...] = ()
    # The same, only as a sentence's first word with a name and a comma after it: Italian "Per
    # Perantoni, …" (elsewhere "per" is just "for").
    according_at_start: tuple[str, ...] = ()
    # Third-person pronouns that can stand for a speaker; those that fold into a determiner
    # (Spanish él / el) are matched as written.
    pronouns: frozenset[str] = frozenset()
    written_pronouns: frozenset[str] = frozenset()
    # The pronouns (of `pronouns`, folded) that stand for a man or for a woman only.
    masculine: frozenset[str] = frozenset()
    feminine: frozenset[str] = frozenset()
    # Words for "of" before a name that make it a body, a place or whose something is ("ministro
    # degli Esteri", "the lawyer of X"); a word that means something else here is left out (Dutch
    # "of" is "or", German "da" is "there").
    of_words: frozenset[str] = OF_WORDS
    # Words that tie a body's name to a description of a person ("a spokesman for Acme", "ein
    # Sprecher der Stadtwerke", "një zëdhënës i Ministrisë"): the description names it too.
    complement_words: frozenset[str] = OF_WORDS
    # How a description tells a man from a woman: its article ("la ministra", "le porte-parole")
    # or the role noun's ending (Ministerin, spokeswoman, woordvoerster).
    masculine_determiners: frozenset[str] = frozenset()
    feminine_determiners: frozenset[str] = frozenset()
    masculine_role_endings: tuple[str, ...] = ()
    feminine_role_endings: tuple[str, ...] = ()
    # Whether a role noun's masculine form names women too (Dutch "de directeur", "de burgemeester"
    # for Anja Bos): then only a feminine form tells the gender.
    generic_masculine: bool = False
    # Nouns that describe a person by role (minister, spokesman, leader).
    role_nouns: frozenset[str] = frozenset()
    # Relative pronouns that stand only for people (English "who", Spanish "quien", Dutch "wie"):
    # a name one follows after a comma is a person's ("Dev Raghunathan, who leads the group").
    personal_relatives: frozenset[str] = frozenset()
    # Nouns of family and social ties (son, grandmother, friend, neighbour): before a given name
    # they make it a person's, as a title does ("her grandson Kyle", "mon amie Lucie").
    kin_nouns: frozenset[str] = frozenset()
    # Nouns of people who stand in some relation to someone (critics, allies, sources, family),
    # and the kin nouns, with their plurals: "the father of X", "critics of X" are not X.
    relation_nouns: frozenset[str] = frozenset()
    # Whether a role noun also ends longer role words (German Vorstands*chef*, Dutch
    # fractie*leider*); elsewhere only the nouns themselves (English "mischief" is no chief).
    compound_roles: bool = False
    # Nouns and names that make a subject an organisation (ministry, government, statement).
    organization_nouns: frozenset[str] = frozenset()
    # What a person writes ("the letter", "la lettera", "der Brief"): its words are its author's.
    document_nouns: frozenset[str] = frozenset()
    # Nouns whose name follows them in marks (a book, a law, a campaign): "the novel “Salt Roads”"
    # is a title, whatever stands before the noun.
    naming_nouns: frozenset[str] = frozenset()
    # A past participle (as written, lower case), which may open a phrase set before the subject: "Asked about X,
    # Y said", "Gevraagd naar X zei Y", "Interrogé sur X, Y a répondu".
    past_participle: str = ""
    # "The latter" (folded) and the gender it gives ("m", "f", "" for either): the person named
    # last before it, not the sentence's subject ("quest'ultima", "ce dernier", "este último").
    latter: tuple[tuple[str, str], ...] = ()
    # Patterns (folded) of a participle that agrees with its subject, each with the gender it gives:
    # "«…», è sbottata" is a woman's, "s'est-elle agacée" too.
    participle_gender: tuple[tuple[str, str], ...] = ()
    # Whether the language puts an article before a body's name ("la Coldiretti", "el PSOE", "le
    # Medef"), so an article and a name no list knows after a speech verb is a body.
    articles_before_bodies: bool = False
    # The writer asking ("we asked", "chiediamo a X"), as written in lower case (Spanish "pregunto"
    # is the writer, "preguntó" someone else): a question so put is no one's quote.
    writer_asks: tuple[str, ...] = ()
    # Words that start a noun phrase (articles, determiners) and capitalised words that are no name.
    determiners: frozenset[str] = frozenset()
    not_names: frozenset[str] = frozenset()
    # Name particles that join capitalised words (von der Leyen, da Silva).
    particles: frozenset[str] = frozenset()
    # Whether a particle only ever leads a surname (German, Dutch: "von der Leyen", "van Dam"), so
    # one after a full name leads to what the person is of ("Sanne Meijer van Patiëntbelang").
    particles_lead_surnames: bool = False
    # Words that open a new clause after a quote ("while Putin said …") or a reported clause
    # after a verb ("added that …"): a verb next to them does not attribute the quote.
    clause_openers: frozenset[str] = frozenset()
    complementizers: frozenset[str] = frozenset()
    # Whether a reported clause may open without its complementizer ("Smith said he would go"): a
    # pronoun after a speech verb may then be the next clause's subject rather than the verb's.
    optional_complementizer: bool = False
    # Whether the subject is dropped where the verb's ending says it (Italian "ha aggiunto", Spanish
    # "dijo", Albanian "tha"): a verb with no subject before it is the last person talked about's.
    drops_subjects: bool = False
    # Whether a plural noun stands as a subject with no article ("…, campaigners said"): a group
    # speaks, not the last person talked about.
    bare_plural_subjects: bool = False
    # Pronouns for someone unnamed ("on" in "souligne-t-on"), folded: no one the text names speaks.
    indefinite_pronouns: frozenset[str] = frozenset()
    # Verbs whose noun phrase after them is a person acted on, never their subject ("ha
    # ringraziato il dirigente, Luca Neri:", "agradeció a su jefe"), folded: where the subject is
    # dropped, the speaker is the one talked about before.
    object_verbs: frozenset[str] = frozenset()
    # The third person plural of a dropped-subject verb (folded, the verb phrase's first word:
    # "hanno detto", "spiegano", "dijeron", "thane"): its subject is a group, never the last person.
    plural_verb: re.Pattern | None = None
    # Other names journalists give a role ("il premier" for the presidente del Consiglio, "the PM"):
    # folded phrase -> folded equivalents; a description that finds no one titled with its own
    # words looks for one titled with these.
    role_synonyms: dict = field(default_factory=dict)
    # Object pronouns of the first person set before the verb ("me dijo", "mi ha detto", "m'a dit"):
    # a verb with a dropped subject that says "to me" is someone else's than the one who tells it.
    first_person_objects: frozenset[str] = frozenset()
    # Subject pronouns of the plural ("they", "ils", "ata"): a group, never one person named before.
    plural_pronouns: frozenset[str] = frozenset()
    # Whether names take case endings (Albanian "Hoxhajt", "Ramës"): a capitalised word that is a
    # surname the text gives plus up to four letters is that person.
    inflects_names: bool = False
    # "a spokesperson": an indefinite description names nobody the text mentioned before.
    indefinite_articles: frozenset[str] = frozenset()
    # Words that mark the next quoted span as the writer's scare quote: "the so-called “…”".
    scare_markers: frozenset[str] = frozenset()
    scare_last_words: frozenset[str] = field(init=False, repr=False, compare=False)
    # Endings of common nouns, for languages that capitalise every noun (German).
    noun_suffixes: tuple[str, ...] = ()
    # Verbs that deny or accuse: the claim is the verb phrase itself ("denied this accusation").
    denial_verbs: frozenset[str] = frozenset()
    # Whether adjectives follow the noun ("lideri rus", "le président russe"): then lower-case words
    # after a role noun may still describe the person; elsewhere only a complement may ("the
    # head of …"), and a lower-case word right after the noun belongs to the rest of the clause.
    adjectives_follow_nouns: bool = False
    # Finite forms of "have" and "be" (it, es, fr, sq): after a role noun they start the clause's
    # verb ("il colonnello ha poi rivolto …"), so the description ends before them.
    auxiliaries: frozenset[str] = frozenset()
    # Possessive determiners (of `determiners`): "his lawyer", "il suo avvocato" is someone else
    # than the one "his" points at.
    possessives: frozenset[str] = frozenset()
    # Abbreviated titles of this language beyond the shared ones (text.py): French "M." and "MM."
    # ("l'avocat de M. Perrin" is Perrin's lawyer).
    title_abbreviations: frozenset[str] = frozenset()
    # Whether a main clause puts its finite verb second (German, Dutch): after a fronted phrase
    # the subject follows the verb ("Nach dem Treffen sagte Brandt:", "Daarna zei hij:").
    verb_second: bool = False
    # A passive of naming ("wordt neergezet als", "is described as", "viene definito"): its
    # auxiliaries and participles, as written. The label it quotes ("‘de leider’") is the namers'
    # word, whom the sentence does not say, not its subject's.
    passive_auxiliaries: frozenset[str] = frozenset()
    naming_participles: frozenset[str] = frozenset()
    # Object pronouns written before the verb (French, Italian, Spanish, Albanian): "«…», lui a
    # demandé un journaliste", "le preguntó una vecina", "i tha një gazetar".
    object_clitics: frozenset[str] = frozenset()
    # Third-person object pronouns that cannot be read as anything else (not English "her", a
    # possessive too; nor Italian "gli", "le" or French "le", articles too; nor Italian "lui", a
    # subject too): whom a clause's subject acts on ("Quand le juge X lui demande …, il se tait").
    object_pronouns: frozenset[str] = frozenset()
    # Nouns for an answer that lead in the reply to a question quoted before ("Risposta: «…»").
    answer_words: frozenset[str] = frozenset()
    # Verb forms of the mood of reported speech (German Konjunktiv I): a sentence with one goes on
    # giving the last speaker's words ("Vom Ziel sei man »meilenweit entfernt«").
    reported_mood: frozenset[str] = frozenset()
    # Whether a paragraph that opens with a dash is speech ("—¿Qué pasa? —dijo él").
    dialogue_dashes: bool = False
    # Subject relative pronouns ("la rhétorique du Kremlin qui explique …"): the verb after one is
    # the clause's, and its subject is the noun right before the pronoun.
    relative_pronouns: frozenset[str] = frozenset()
    # "With these words X …" opening the sentence after a quote: the person named next said it.
    these_words: tuple[str, ...] = ()
    # An impersonal report right after a quote ("heißt es in der Erklärung", "si legge nella nota",
    # "peut-on lire"): the words are a text's, whose author is the body last named.
    impersonal: tuple[str, ...] = ()
    # Verbs of asking ("asked", "a demandé"): a quoted question they attribute opens a dialogue,
    # whose bare lines after it take turns.
    asking_verbs: frozenset[str] = frozenset()
    # Verbs of hearing (folded): "heard the woman scream “…”" quotes the one heard, not the hearer.
    perception_verbs: frozenset[str] = frozenset()
    # "and" between two names ("Paola e Stefano Greco" share a surname); a language the engine has
    # no profile for takes the commonest of them (NEUTRAL).
    and_words: frozenset[str] = frozenset()
    # Endings of present participles ("adding", "affermando", "ajoutant"), whose subject is the
    # sentence's.
    participle_endings: tuple[str, ...] = ()
    # Reporting frames whose speaker is the object: "citeerde het ministerie Xi", "quoting Xi".
    quoting_verbs: tuple[str, ...] = ()
    # Role nouns long enough to end a compound title (Premier*minister*), for str.endswith.
    role_suffixes: tuple[str, ...] = field(init=False, repr=False, compare=False)
    # Compiled once: speech verbs at word boundaries in folded text.
    verb_re: re.Pattern = field(init=False, repr=False, compare=False)
    according_re: re.Pattern = field(init=False, repr=False, compare=False)
    according_at_start_re: re.Pattern = field(init=False, repr=False, compare=False)
    these_words_re: re.Pattern = field(init=False, repr=False, compare=False)
    # Words is_role and is_organization have judged: the same words come up sentence after
    # sentence, and where roles compound a judgement tries every role or organisation ending.
    _judged_roles: dict = field(init=False, repr=False, compare=False)
    _judged_organizations: dict = field(init=False, repr=False, compare=False)

    def synonyms_of(self, phrase: str, by_head: bool = True) -> list[str]:
        """The other names of a folded role phrase, whole or (`by_head`, where a portfolio follows)
        by its head ("titular de vivienda" -> "ministra de vivienda" where "titular" = "ministra")."""
        found = list(self.role_synonyms.get(phrase, ()))
        head, _, rest = phrase.partition(" ")
        if rest and by_head:
            found += [f"{other} {rest}" for other in self.role_synonyms.get(head, ())]
        return found

    def pronoun_gender(self, folded_word: str) -> str:
        """ "m" or "f" for a pronoun that says which, else ""."""
        return "m" if folded_word in self.masculine else "f" if folded_word in self.feminine else ""

    def is_role(self, folded_word: str) -> bool:
        judged = self._judged_roles.get(folded_word)
        if judged is None:
            judged = _remember(self._judged_roles, folded_word, self._is_role(folded_word))
        return judged

    def _is_role(self, folded_word: str) -> bool:
        if folded_word in self.role_nouns or (self.compound_roles and folded_word.endswith(self.role_suffixes)):
            return True
        # A former or deputy holder of a role: exalcalde, ex-ministre, oud-premier, vicepresidente,
        # subdelegada, sottosegretario, codirectora.
        prefix = _ROLE_PREFIX.match(folded_word)
        return prefix is not None and folded_word[prefix.end():] in self.role_nouns

    def is_organization(self, folded_word: str) -> bool:
        """An organisation noun, or where nouns compound a longer word ending in one of six letters
        or more (Landesverband, Bundesministerium, Kreisverwaltung)."""
        judged = self._judged_organizations.get(folded_word)
        if judged is None:
            judged = _remember(self._judged_organizations, folded_word, folded_word in self.organization_nouns or (
                self.compound_roles and folded_word.endswith(self.organization_suffixes)
            ))
        return judged

    def description_gender(self, determiner: str, noun: str) -> str:
        """"m", "f" or "" (unknown) for a role described by `noun` after `determiner` (folded)."""
        if noun.endswith(self.feminine_role_endings) and self.feminine_role_endings:
            return "f"
        if determiner in self.feminine_determiners:
            return "f"
        if determiner in self.masculine_determiners or (
            self.masculine_role_endings and noun.endswith(self.masculine_role_endings)
        ):
            return "m"
        # Else the noun's own form, where the role list has its other one (l'avocat / l'avocate,
        # l'assessore / l'assessora): the determiner, elided or plural, says nothing.
        for masculine, feminine in _GENDERED_ENDINGS:
            if noun.endswith(feminine) and noun[:len(noun) - len(feminine)] + masculine in self.role_nouns:
                return "f"
            if noun.endswith(masculine) and noun[:len(noun) - len(masculine)] + feminine in self.role_nouns and not self.generic_masculine:
                return "m"
        return ""

    def __post_init__(self):
        object.__setattr__(self, "verb_re", _alternation(self.speech_verbs, self.separable_verbs))
        object.__setattr__(self, "role_suffixes", tuple(r for r in self.role_nouns if len(r) >= 4))
        object.__setattr__(self, "organization_suffixes", tuple(o for o in self.organization_nouns if len(o) >= 6))
        object.__setattr__(self, "according_re", _alternation(self.according_to))
        object.__setattr__(self, "according_at_start_re", _alternation(self.according_at_start))
        object.__setattr__(self, "these_words_re", _alternation(self.these_words))
        object.__setattr__(self, "impersonal_re", _alternation(self.impersonal))
        object.__setattr__(self, "scare_last_words", frozenset(m.split()[-1] for m in self.scare_markers))
        object.__setattr__(self, "_judged_roles", {})
        object.__setattr__(self, "_judged_organizations", {})


# The negations of the languages: no name, and the end of a description ("Il padre del ragazzo non ha …").
_NEGATIONS = frozenset("not non ne no niet nicht nuk".split())

_JUDGED_WORDS = 65536  # words a profile remembers a judgement of; an import reads text for days


def _remember(judged: dict, word: str, verdict: bool) -> bool:
    if len(judged) >= _JUDGED_WORDS:
        judged.clear()
    judged[word] = verdict
    return verdict


# (masculine, feminine) endings of one role noun in the languages that mark a role's gender on it.
_GENDERED_ENDINGS = (("", "e"), ("o", "a"), ("e", "a"), ("eur", "rice"), ("eur", "euse"), ("tore", "trice"), ("", "in"))


def _synonyms(entries: str) -> dict[str, tuple[str, ...]]:
    """'premier = presidente del consiglio | …' -> both ways, folded: {"premier": ("presidente del
    consiglio",), "presidente del consiglio": ("premier",)}."""
    found: dict[str, tuple[str, ...]] = {}
    for entry in entries.split("|"):
        names = [fold(name) for name in entry.split("=") if name.strip()]
        for name in names:
            found[name] = tuple(dict.fromkeys(found.get(name, ()) + tuple(other for other in names if other != name)))
    return found


def _plural_forms(words: frozenset[str], rules: str) -> frozenset[str]:
    """Plurals by the language's rules: `s` appends an ending, `z>ces` replaces one (voz -> voces)."""
    forms = set()
    for rule in rules.split():
        ending, _, plural = rule.rpartition(">") if ">" in rule else ("", "", rule)
        forms |= {word[:len(word) - len(ending)] + plural for word in words if word.endswith(ending)}
    return frozenset(forms)


def _alternation(phrases, separable=()):
    """A regex for any of the phrases as whole words, the longest first, a space matching any run
    of white space. The phrases are folded into a trie ("said", "says" -> "sa(?:id|ys)"), so each
    position of a text tries a few letters instead of every phrase: the verb scan is the engine's
    most frequent search. `separable`: (stems, particle) pairs; a stem matches where its particle
    follows within five words ("legt Bosman uit"), the match being the stem alone."""
    if not phrases and not separable:
        return re.compile(r"(?!x)x")
    trie: dict = {}
    for phrase in phrases:
        node = trie
        for char in phrase:
            node = node.setdefault(char, {})
        node[""] = {}  # a phrase ends here
    for stems, particle in separable:
        for stem in stems:
            node = trie
            for char in stem:
                node = node.setdefault(char, {})
            node[_PARTICLE + particle] = {}
    if len(trie) <= _FEW_FIRST_LETTERS and "" not in trie:
        # Each branch starts with its letter and checks what stands before it after that letter,
        # so re skips to the few letters instead of trying every position ("according to"
        # across a whole text in half the time); for many letters (speech verbs) that costs more.
        branches = [
            rf"{re.escape(char)}(?<!\w{re.escape(char)}){_trie_pattern(child)}" for char, child in sorted(trie.items())
        ]
        return re.compile(rf"(?:{'|'.join(branches)})(?!\w)")
    return re.compile(rf"(?<!\w){_trie_pattern(trie)}(?!\w)")


_FEW_FIRST_LETTERS = 8


_PARTICLE = "\0"  # a trie key for a separable stem's particle


def _trie_pattern(node: dict) -> str:
    branches = [
        (r"\s+" if char == " " else re.escape(char)) + _trie_pattern(child)
        for char, child in sorted(node.items()) if char and not char.startswith(_PARTICLE)
    ] + [
        rf"(?=(?:[ \u00a0]+[^\W\d_]+){{0,5}}[ \u00a0]+{re.escape(key[1:])}(?!\w))"
        for key in sorted(node) if key.startswith(_PARTICLE)
    ]
    if "" not in node:
        return branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    # A phrase may end here: try the longer ones through this node first (greedy `?`).
    return "(?:" + "|".join(branches) + ")?" if branches else ""


FOR_WORDS = _words("for für pour per para voor namens")
COMMON_AND = frozenset("and und en e y et".split())  # "and" in the languages the engine knows best
COMMON_PARTICLES = _words("von van der den de del della di da dos das du le la al el bin ibn ter ten")
COMMON_ORGANIZATIONS = _words(
    "kremlin nato eu rki oiea iaea"
)

NEUTRAL = LanguageProfile(code="", particles=COMMON_PARTICLES, organization_nouns=COMMON_ORGANIZATIONS, and_words=COMMON_AND)


def profile(
    code, *, speech_verbs, according_to="", pronouns, role_nouns, organization_nouns, determiners, not_names="",
    clause_openers="", complementizers="", quoting_verbs="", indefinite_articles="", noun_suffixes="",
    scare_markers="", denial_verbs="", plurals="", compound_roles=False, according_at_start="",
    participle_endings="", these_words="", dialogue_dashes=False, relative_pronouns="", adjectives_follow_nouns=False,
    document_nouns="", masculine="", feminine="", masculine_determiners="", feminine_determiners="",
    masculine_role_endings="", feminine_role_endings="", impersonal="", not_of_words="", optional_complementizer=False,
    asking_verbs="", perception_verbs="", and_words="", inflects_names=False, drops_subjects=False, bare_plural_subjects=False, indefinite_pronouns="", object_verbs="", verb_second=False, complement_words="", particles_lead_surnames=False,
    kin_nouns="", personal_relatives="", auxiliaries="", possessives="", title_abbreviations="", answer_words="",
    reported_mood="", naming_nouns="", relation_nouns="", past_participle="", latter="", participle_gender=(),
    articles_before_bodies=False, writer_asks="", separable_verbs="", generic_masculine=False, object_clitics="", object_pronouns="",
    passive_naming="", plural_verb="", plural_pronouns="", first_person_objects="", role_synonyms="",
):
    synonyms = _synonyms(role_synonyms)
    roles, articles = _words(role_nouns), _words(determiners)
    return LanguageProfile(
        code=code,
        speech_verbs=_phrases(speech_verbs + "|" + quoting_verbs + "|" + denial_verbs),
        separable_verbs=tuple(
            (tuple(fold(stem) for stem in stems.split()), fold(particle.strip()))
            for stems, particle in (entry.split(">") for entry in separable_verbs.split(";") if entry.strip())
        ),
        denial_verbs=frozenset(_phrases(denial_verbs)),
        quoting_verbs=_phrases(quoting_verbs),
        indefinite_articles=_words(indefinite_articles),
        noun_suffixes=tuple(noun_suffixes.split()),
        participle_endings=tuple(participle_endings.split()),
        these_words=_phrases(these_words),
        impersonal=_phrases(impersonal),
        of_words=OF_WORDS - frozenset(not_of_words.split()),
        complement_words=OF_WORDS - frozenset(not_of_words.split()) | FOR_WORDS | _words(complement_words),
        dialogue_dashes=dialogue_dashes,
        adjectives_follow_nouns=adjectives_follow_nouns,
        auxiliaries=_words(auxiliaries),
        possessives=_words(possessives),
        answer_words=_words(answer_words),
        reported_mood=_words(reported_mood),
        title_abbreviations=_words(title_abbreviations),
        verb_second=verb_second,
        particles_lead_surnames=particles_lead_surnames,
        relative_pronouns=_words(relative_pronouns),
        scare_markers=frozenset(_phrases(scare_markers)),
        according_to=_phrases(according_to),
        according_at_start=_phrases(according_at_start),
        pronouns=_words(pronouns) - articles,
        written_pronouns=frozenset(p.lower() for p in pronouns.split() if fold(p, keep_hyphens=True) in articles),
        role_nouns=roles,
        kin_nouns=_words(kin_nouns),
        relation_nouns=(
            _words(kin_nouns) | _words(relation_nouns) | _plural_forms(_words(kin_nouns) | _words(relation_nouns), plurals)
        ),
        personal_relatives=_words(personal_relatives),
        compound_roles=compound_roles,
        # A plural role is a group ("los portavoces"): a collective subject, unless a name follows.
        organization_nouns=(
            _words(organization_nouns) | _words(document_nouns) | COMMON_ORGANIZATIONS | (_plural_forms(roles, plurals) - roles)
        ),
        document_nouns=_words(document_nouns),
        naming_nouns=_words(naming_nouns),
        past_participle=past_participle,
        participle_gender=tuple(participle_gender),
        articles_before_bodies=articles_before_bodies,
        writer_asks=tuple(phrase.strip() for phrase in writer_asks.split("|") if phrase.strip()),
        latter=tuple((fold(phrase), gender) for phrase, _, gender in (item.partition("=") for item in latter.split("|") if item)),
        masculine=_words(masculine),
        feminine=_words(feminine),
        masculine_determiners=_words(masculine_determiners),
        feminine_determiners=_words(feminine_determiners),
        masculine_role_endings=tuple(masculine_role_endings.split()),
        feminine_role_endings=tuple(feminine_role_endings.split()),
        generic_masculine=generic_masculine,
        object_clitics=_words(object_clitics),
        object_pronouns=_words(object_pronouns),
        # (as written: Italian "è" is no "e")
        passive_auxiliaries=frozenset(passive_naming.partition(">")[0].split()),
        naming_participles=frozenset(passive_naming.partition(">")[2].split()),
        determiners=articles,
        not_names=_words(not_names) | _words(pronouns) | _words(determiners) | _NEGATIONS,
        particles=COMMON_PARTICLES,
        clause_openers=_words(clause_openers),
        complementizers=_words(complementizers),
        optional_complementizer=optional_complementizer,
        asking_verbs=_words(asking_verbs),
        perception_verbs=_words(perception_verbs),
        and_words=_words(and_words),
        inflects_names=inflects_names,
        drops_subjects=drops_subjects,
        bare_plural_subjects=bare_plural_subjects,
        indefinite_pronouns=_words(indefinite_pronouns),
        object_verbs=_words(object_verbs),
        plural_pronouns=_words(plural_pronouns),
        first_person_objects=_words(first_person_objects),
        role_synonyms=synonyms,
        plural_verb=re.compile(rf"(?:{plural_verb})$") if plural_verb else None,
    )
