"""lineage/matching.py: fingerprints that find a statement's other appearances, and the comparison
that tells a faithful excerpt from an altered quote. No database."""

from lineage.matching import ALTERED, EXCERPTED, EXTENDED, FINGERPRINT_RUN, SAME, compare, fingerprints, words

STATEMENT = "We will never accept a peace that rewards the aggressor and punishes the people who resisted."


def test_words_ignore_case_accents_punctuation_and_quote_marks():
    assert words("“Ça ira,” dit-elle — l’État!") == words("ça ira dit-elle l'etat")
    assert words("‘We’re here’") == ["we're", "here"]


def test_the_same_words_are_the_same_whatever_the_marks():
    result = compare(words(STATEMENT), words(f"«{STATEMENT.upper()}»"))
    assert (result.status, result.joins) == (SAME, True)


def test_a_shortened_fragment_in_order_is_an_excerpt_not_an_alteration():
    first = words(STATEMENT)
    for fragment in ("a peace that rewards the aggressor", "We will never accept a peace (...) that punishes the people who resisted"):
        result = compare(first, words(fragment))
        assert (result.status, result.joins) == (EXCERPTED, True), fragment
    longer = compare(words("a peace that rewards the aggressor"), first)
    assert longer.status == EXTENDED and longer.joins


def test_one_word_changed_is_an_alteration_with_its_diff():
    result = compare(words(STATEMENT), words(STATEMENT.replace("never", "not")))
    assert result.status == ALTERED and result.joins
    assert ["delete", "never"] in result.diff and ["insert", "not"] in result.diff
    assert " ".join(text for op, text in result.diff if op != "insert") == " ".join(words(STATEMENT))


def test_two_statements_sharing_a_phrase_stay_apart():
    other = "Our farmers will never accept a peace that rewards the aggressor, said the union, calling for new subsidies for fuel and seed this spring."
    assert not compare(words(STATEMENT), words(other)).joins


def test_short_quotes_join_nothing_but_their_exact_words():
    assert not compare(words("a betrayal"), words("a betrayal of trust")).joins
    assert compare(words("a betrayal"), words("A betrayal!")).joins


def test_a_shared_run_always_shares_a_fingerprint():
    first = words(STATEMENT)
    for start in range(len(first) - FINGERPRINT_RUN + 1):
        run = first[start:start + FINGERPRINT_RUN]
        framed = ["the", "minister", "said", *run, "on", "monday", "in", "kyiv"]
        assert fingerprints(first) & fingerprints(framed), run


def test_fingerprints_are_few_and_stable():
    found = fingerprints(words(STATEMENT))
    assert 1 <= len(found) <= len(words(STATEMENT)) // 2
    assert found == fingerprints(words(STATEMENT.lower()))
    assert all(-(2**63) <= value < 2**63 for value in found)
    assert fingerprints([]) == set() and len(fingerprints(["one", "word"])) == 1
