"""Who the text talks about: known speakers by any alias or inflection, and new capitalised names.

Mentions are the antecedents for pronouns, dropped subjects and descriptions, and the speakers
named at a cue.
"""

import re
import unicodedata
from dataclasses import dataclass

from .languages.base import LanguageProfile
from .types import ORGANIZATION, PERSON, KnownSpeaker
from .text import fold


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


def fold_same_length(text: str) -> str:
    return text.translate(_FOLD_TABLE)


_CAP_WORD = re.compile(r"[^\W\d_][^\W_]*(?:['’\-.][^\W\d_][^\W_]*)*\.?")


@dataclass(frozen=True)
class Mention:
    start: int
    end: int
    name: str
    key: str | None
    kind: str


class SpeakerIndex:
    """Known speakers, matched in folded text by name, alias, surname and inflected stem."""

    def __init__(self, speakers: tuple[KnownSpeaker, ...] | list[KnownSpeaker]):
        self.by_form: dict[str, KnownSpeaker] = {}
        self.roles: list[tuple[str, KnownSpeaker]] = []
        for speaker in speakers:
            forms = [speaker.name, *speaker.aliases]
            if speaker.kind == PERSON and len(speaker.name.split()) > 1:
                forms.append(speaker.name.split()[-1])
            for form in forms:
                if not form[:1].isupper():
                    continue  # a description ("the minister") is no name to look for
                folded = fold(form)
                if len(folded) >= 2:
                    self.by_form.setdefault(folded, speaker)
            for role in speaker.role.split(";"):
                if role.strip():
                    self.roles.append((fold(role), speaker))
        forms = sorted(self.by_form, key=len, reverse=True)
        if forms:
            alternation = "|".join(re.escape(form) for form in forms)
            # An inflected form: hyphenated suffix (Xi-së) or up to four letters on a stem of four or more.
            self.pattern = re.compile(
                rf"(?<![\w\-])({alternation})(?:-\w{{1,4}}|(?<=\w{{4}})\w{{1,4}})?(?!\w)"
            )
        else:
            self.pattern = None

    def find(self, folded_text: str, start: int = 0, end: int | None = None):
        if self.pattern is None:
            return
        end = len(folded_text) if end is None else end
        for match in self.pattern.finditer(folded_text, start, end):
            yield match.start(), match.end(), self.by_form[match.group(1)]

    def by_role(self, description: str) -> KnownSpeaker | None:
        folded = fold(description)
        for role, speaker in self.roles:
            if folded and (folded == role or folded in role):
                return speaker
        return None


def find_mentions(
    text: str, folded: str, index: SpeakerIndex, profile: LanguageProfile, skip: list[tuple[int, int]]
) -> list[Mention]:
    """Mentions outside the `skip` spans (quoted speech), in text order."""
    mentions: list[Mention] = []
    taken = bytearray(len(text) + 1)
    for start, end in skip:
        taken[start:end] = b"\x01" * (end - start)
    for start, end, speaker in index.find(folded):
        if not taken[start]:
            mentions.append(Mention(start, end, speaker.name, speaker.key, speaker.kind))
            taken[start:end] = b"\x01" * (end - start)
    surnames: dict[str, str] = {}
    for start, end, words in _capitalised_runs(text, profile):
        if taken[start] or taken[end - 1]:
            continue
        name = text[start:end]
        if len(words) >= 2:
            kind = ORGANIZATION if any(fold(w) in profile.organization_nouns for w in words) else PERSON
            mentions.append(Mention(start, end, name, None, kind))
            if kind == PERSON:
                surnames[fold(words[-1])] = name
        else:
            word = fold(words[0])
            if word in surnames:
                mentions.append(Mention(start, end, surnames[word], None, PERSON))
            elif word in profile.organization_nouns:
                mentions.append(Mention(start, end, name, None, ORGANIZATION))
    mentions.sort(key=lambda mention: mention.start)
    return mentions


def _capitalised_runs(text: str, profile: LanguageProfile):
    """Runs of capitalised words (with name particles inside): Vladimir Putin, Ursula von der Leyen."""
    run: list[tuple[int, int, str]] = []
    for match in _CAP_WORD.finditer(text):
        word = match.group().rstrip(".")
        end = match.start() + len(word)
        joined = not run or (text[run[-1][1]:match.start()] in (" ", "\u00a0"))
        folded = fold(word)
        if word[0].isupper() and folded not in profile.not_names and not (
            folded in profile.role_nouns and not run
        ):
            if not joined:
                yield from _flush(run, profile)
                run = []
            run.append((match.start(), end, word))
        elif run and joined and folded in profile.particles and word.islower():
            run.append((match.start(), end, word))
        else:
            yield from _flush(run, profile)
            run = []
    yield from _flush(run, profile)


def _flush(run, profile):
    while run and run[-1][2].islower():
        run = run[:-1]
    if run:
        yield run[0][0], run[-1][1], [word for _, _, word in run]
