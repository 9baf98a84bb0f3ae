"""The bundled seeds against their annotation (tests/data/seeds-gold.json): every full quote by
the four officials the sample coverage follows has its speaker and exact offsets, and no person
is put on a span the annotation says is no quote."""

import json
from pathlib import Path

import pytest
from django.conf import settings

from quotes.extraction import extract_quotes
from quotes.extraction.text import strip_span
from quotes.management.commands.train_attribution import bundled_speakers

GOLD = json.loads((Path(__file__).parent.parent / "data" / "seeds-gold.json").read_text(encoding="utf-8"))
OFFICIALS = {"John Kirby", "Antony Blinken", "Alexander Lukashenko", "Volodymyr Zelensky"}


def _extracted(article):
    text = (Path(settings.SEED_TEXTS_DIR) / article["file"]).read_text(encoding="utf-8")
    return text, extract_quotes(text, language=article["lang"], speakers=bundled_speakers())


@pytest.mark.parametrize("article", GOLD, ids=lambda article: article["file"])
def test_the_officials_full_quotes_have_their_speaker_and_offsets(article):
    text, quotes = _extracted(article)
    # (offsets compared without edge white space, which the annotation sometimes keeps)
    by_span = {strip_span(text, q.start, q.end): q for q in quotes}
    for gold in article["quotes"]:
        if gold["speaker"] not in OFFICIALS or gold["partial"] or gold["headline"]:
            continue
        span = strip_span(text, gold["start"], gold["end"])
        assert span in by_span, f"{gold['speaker']}: {gold['text'][:40]!r} not found with its offsets"
        assert by_span[span].speaker == gold["speaker"], f"{gold['text'][:40]!r} credited to {by_span[span].speaker!r}"


@pytest.mark.parametrize("article", GOLD, ids=lambda article: article["file"])
def test_no_person_is_put_on_a_span_that_is_no_quote(article):
    text, quotes = _extracted(article)
    not_quotes = {strip_span(text, entry["start"], entry["end"]) for entry in article["not_quotes"]}
    wrong = [q.text for q in quotes if q.speaker and q.speaker_kind == "person" and strip_span(text, q.start, q.end) in not_quotes]
    assert wrong == []
