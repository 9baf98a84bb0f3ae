"""The registry's name index: the same matches as one regex alternation over every name, at any
registry size (the alternation is the specification; the index is the fast way to it)."""

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from quotes.extraction import KnownSpeaker, extract_quotes
from quotes.extraction.mentions import SpeakerIndex
from quotes.extraction.text import fold

SPEAKERS = (
    KnownSpeaker("putin", "Vladimir Putin", ("Poetin", "Putinit", "V. Putin")),
    KnownSpeaker("xi", "Xi Jinping", ("Xi",)),
    KnownSpeaker("vdl", "Ursula von der Leyen", ("Von der Leyen",)),
    KnownSpeaker("obrien", "Conan O'Brien", ()),
    KnownSpeaker("kirby", "John Kirby", ("Kirbyt",)),
)


def reference(index, folded, start=0, end=None):
    forms = sorted(index.by_form, key=len, reverse=True)
    pattern = re.compile(
        rf"(?<![\w\-])({'|'.join(map(re.escape, forms))})(?:-\w{{1,4}}|(?<=\w{{4}})\w{{1,4}})?(?!\w)"
    )
    end = len(folded) if end is None else end
    return [(m.start(), m.end(), index.by_form[m.group(1)]) for m in pattern.finditer(folded, start, end)]


PIECES = ["vladimir putin", "putin", "putinit", "putinova", "poetin", "v. putin", "xi", "xi-se", "xi jinping",
          "jinpingut", "von der leyen", "ursula von der leyen", "o'brien", "conan o'brien", "kirby", "kirbyt",
          "kirbytas", "-", " ", ", ", ".", "a", "the", "said", "\n", "'", "x"]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(PIECES), max_size=30), st.integers(0, 10))
def test_index_finds_what_the_alternation_finds(pieces, start):
    index = SpeakerIndex(SPEAKERS)
    folded = fold("".join(pieces))
    start = min(start, len(folded))
    assert list(index.find(folded, start)) == reference(index, folded, start)


def test_a_newsroom_sized_registry_resolves_names():
    many = tuple(
        KnownSpeaker(f"s{n}", f"Name{n} Surname{n}x", (f"Surname{n}x", f"N. Surname{n}x")) for n in range(20_000)
    )
    text = "Vladimir Putin met Name19999 Surname19999x in Moscow. “We agree,” said Surname19999x. " * 50
    # (Who is resolved, not how sure the ranking is of a two-word quote: abstention is test_ranking's.)
    quotes = extract_quotes(text, language="en", speakers=many + SPEAKERS, abstain_below=0.0)
    assert len(quotes) == 50 and {q.speaker_key for q in quotes} == {"s19999"}


@settings(max_examples=60, deadline=None)
@given(st.permutations(range(len(SPEAKERS))), st.integers(0, len(SPEAKERS)), st.lists(st.sampled_from(PIECES), max_size=30))
def test_an_index_grown_speaker_by_speaker_is_the_index_built_at_once(order, split, pieces):
    speakers = [SPEAKERS[n] for n in order] + [
        KnownSpeaker("spokesman", "Li Xin", ("Xi Li",), role="chinese foreign ministry spokesman"),
        KnownSpeaker("kirby-2", "Jon Kirby", ("Kirby",)),  # "Kirby" stays the first Kirby's
    ]
    whole = SpeakerIndex(speakers)
    grown = SpeakerIndex(speakers[:split])
    for speaker in speakers[split:]:
        grown.add([speaker])
    assert grown.by_form == whole.by_form and grown.single_words == whole.single_words
    assert {word: sorted(forms, key=len) for word, forms in grown.by_first_word.items()} == {
        word: sorted(forms, key=len) for word, forms in whole.by_first_word.items()
    }
    assert all(
        [len(form) for form in forms] == sorted(map(len, forms), reverse=True) for forms in grown.by_first_word.values()
    )
    assert grown.role_by_form == whole.role_by_form and list(grown) == list(whole) == speakers
    folded = fold("".join(pieces) + " the chinese foreign ministry spokesman said")
    assert list(grown.find(folded)) == list(whole.find(folded))
    assert list(grown.find_roles(folded)) == list(whole.find_roles(folded))
