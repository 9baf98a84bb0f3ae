"""Hostile text never breaks the engine: random unicode and quote marks give valid offsets."""

from hypothesis import given, settings, strategies as st

from quotes.extraction import KnownSpeaker, extract_claims, extract_quotes, extract_quotes_and_claims, parse_document
from quotes.extraction.engine import analyse
from quotes.extraction.marks import find_marked_spans

MARKS = "“”„‟\"«»‹›‘’‚'—–,:.\n \u00a0\u202f\ufeff\r"
text_with_marks = st.text(
    alphabet=st.one_of(st.sampled_from(MARKS), st.characters(codec="utf-8"), st.sampled_from("ABCaei sd")),
    max_size=400,
)
SPEAKERS = [KnownSpeaker(key="anna", name="Anna Berg", aliases=("Berg",))]


@settings(max_examples=300, deadline=None)
@given(text_with_marks, st.sampled_from(["en", "sq", "nl", "it", "de", "fr", "es", "xx", ""]))
def test_random_text_gives_valid_offsets(text, language):
    for quote in extract_quotes(text, language=language, speakers=SPEAKERS):
        assert 0 <= quote.start < quote.end <= len(text)
        assert text[quote.start:quote.end] == quote.text
        assert 0.0 <= quote.confidence <= 1.0
        assert quote.kind in {"full", "partial"}


# News-shaped text: names, titles, speech verbs, pronouns and small words of the engine's languages
# between marks and punctuation, so the rules' paths (lead-ins, inverted cues, appositions, nested
# quotes) meet odd neighbours, as random characters seldom make them ("Anna Berg / Tom Hale:" once
# raised an IndexError).
NAMES = ("Anna Berg", "Tom Hale", "Marco Rossi", "Dennis van L.", "Berg", "the mayor", "la ministra", "der Sprecher", "il sindaco")
NEWS_WORDS = NAMES + (
    "said", "told", "ha detto", "sagte", "a déclaré", "zei", "tha", "dijo", "he", "she", "lui", "lei", "er", "sie",
    "hij", "ai", "ella", "and", "e", "of", "di", "de", "van", "to", "a", "al", "who", "che", "que", "the", "la",
    "il", "der", "Mr", "Dr.", "L.", "2023", "My", "mia", "another", "un'altra", "replied", "la risposta", "Asked",
    "Op de vraag", "/", "–", "-", ",", "(", ")", "?",
)
OPEN_CLOSE = (("“", "”"), ("«", "»"), ("„", "“"), ("‘", "’"), ('"', '"'), ("'", "'"), ("»", "«"), ("“", ""))
words = st.lists(st.sampled_from(NEWS_WORDS), max_size=8).map(" ".join)
# A sentence: a lead-in (often two names with a mark or a word between them), an ending, and
# maybe a quote, nested quotes included.
sentence = st.builds(
    lambda lead, names, ending, marks, quoted, inner, after: (
        f"{names} {lead}{ending} {marks[0]}{quoted}{inner}{marks[1]}{after}"
    ),
    words,
    st.builds(lambda a, sep, b: f"{a} {sep} {b}", st.sampled_from(NAMES), st.sampled_from(("/", "–", "e", "and", ",", "")), st.sampled_from(NAMES)),
    st.sampled_from((":", ".", ",", "", "\n\n")),
    st.sampled_from(OPEN_CLOSE),
    words,
    st.sampled_from(("", " ‘a b c d’", ": «x y z»", ", ‘Tom Hale:")),
    st.sampled_from(("", ", he said.", " said Anna Berg.", ", la risposta.", " ")),
)
news_shaped = st.lists(sentence, max_size=6).map(" ".join)


@settings(max_examples=300, deadline=None)
@given(news_shaped, st.sampled_from(["en", "sq", "nl", "it", "de", "fr", "es"]))
def test_news_shaped_random_text_gives_valid_offsets(text, language):
    quotes, claims = extract_quotes_and_claims(text, language=language, speakers=SPEAKERS)
    for quote in quotes:
        assert text[quote.start:quote.end] == quote.text and 0.0 <= quote.confidence <= 1.0
    for claim in claims:
        assert text[claim.start:claim.end] == claim.text


@settings(max_examples=200, deadline=None)
@given(text_with_marks)
def test_document_parsing_never_raises(text):
    document = parse_document(text)
    assert "\r" not in document.body


def test_unbalanced_marks_at_scale_stay_linear():
    text = ("“Anna Berg said “ yes ” and ‘ no, ” he said. " * 2000) + "\n"
    quotes = extract_quotes(text, language="en")
    assert all(text[q.start:q.end] == q.text for q in quotes)


def test_a_long_run_of_sentences_whose_subject_is_a_pronoun_is_read_without_recursing_through_it():
    """Each sentence whose subject is a pronoun is about the one before: thousands of them must not
    be followed back one call deeper each (a RecursionError), and a speaker named near a quote is
    still found."""
    paragraph = "Later that week she wrote to the council again. Then she called the office twice."
    text = (
        "Anna Berg runs the bakery. " + "\n\n".join([paragraph] * 1500)
        + "\n\n“It was a long year,” she said.\n\nAnna Berg was at the counter. “We are not closing,” she said."
    )
    quotes = extract_quotes(text, language="en", abstain_below=0.0)
    assert all(text[q.start:q.end] == q.text for q in quotes)
    assert ("We are not closing,", "Anna Berg") in [(q.text, q.speaker) for q in quotes]


def test_a_text_in_no_known_language_has_no_subject_pronoun():
    """With no language's pronouns to look for, nothing is one (an empty pattern matched everywhere,
    and every sentence then read as about someone before it)."""
    text = "Anna Berg said the wall would be rebuilt. Then the council agreed."
    assert analyse(text, "")._leading_pronoun(0, len(text)) is None
    assert analyse(text, "en")._leading_pronoun(0, len(text)) is None
    assert analyse("Later she said no.", "en")._leading_pronoun(0, 18).group() == "she"


def test_mark_roles_do_not_carry_over_between_contexts():
    """Mark roles are remembered by their neighbours; an apostrophe's also depends on the word
    after it, so an elision ('s avonds) must not make a later quote ('slapen …') an elision too."""
    text = "Ze zei 's avonds: 'slapen is goed', en ging. Hij zei 's morgens: 'sporten helpt', zei hij."
    spans = [text[span.start:span.end] for span in find_marked_spans(text)]
    assert spans == ["slapen is goed", "sporten helpt"]
    assert [text[span.start:span.end] for span in find_marked_spans(text)] == spans  # the same when remembered


def test_quotes_and_claims_from_one_analysis_are_those_found_apart():
    text = "Mira Olsen said the bridge will close in May. “It is unsafe,” she added."
    registry = [KnownSpeaker(key="mira-olsen", name="Mira Olsen")]
    for speakers in ([], registry):
        quotes, claims = extract_quotes_and_claims(text, language="en", speakers=speakers)
        assert quotes == extract_quotes(text, language="en", speakers=speakers) and quotes
        assert claims == extract_claims(text, language="en", speakers=speakers) and claims
    assert [claim.speaker_key for claim in claims] == ["mira-olsen"]


def test_a_role_after_a_comma_makes_a_person_only_as_an_apposition():
    from quotes.extraction.engine import analyse

    def kinds(text):
        return {m.name: m.kind for m in analyse(text, "en").mentions}

    assert kinds("Quaylin Oduya, a spokesman for the port, spoke.")["Quaylin Oduya"] == "person"
    assert kinds("The ship docked at Kowloon Bay, the minister said.")["Kowloon Bay"] == "organization"


def test_a_medium_or_place_in_a_phrase_opening_the_sentence_is_no_person_before_a_role():
    from quotes.extraction.engine import analyse

    def people(text, language):
        return {m.name for m in analyse(text, language).mentions if m.kind == "person"}

    assert "Quimbly" not in people("Sur sa page Quimbly, l'élue a publié un message.", "fr")
    assert "Villacorta" not in people("Desde Villacorta, el portavoz del sindicato habló con los vecinos.", "es")
    assert "Quimbly" in people("Hier, Quimbly, la porte-parole du groupe, a publié un message.", "fr")


def test_a_run_naming_a_district_or_county_body_is_no_person():
    from quotes.extraction.engine import analyse

    text = "The Warren County District Attorney's office said on Thursday that the jury had reached a verdict."
    assert {m.name: m.kind for m in analyse(text, "en").mentions} == {"Warren County District Attorney": "organization"}


def test_an_inflected_albanian_surname_is_the_person_the_text_named():
    from quotes.extraction.engine import analyse

    text = "Sulmuesi Ergys Hoxhaj shënoi dy gola. Sipas Hoxhajt, ekipi kishte luajtur mirë."
    assert [(m.name, m.kind) for m in analyse(text, "sq").mentions] == [("Ergys Hoxhaj", "person")] * 2
