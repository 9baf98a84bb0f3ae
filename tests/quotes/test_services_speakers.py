"""Speakers (quotes/services/speakers.py): the registry the engine reads, finding and creating a
speaker during an import, merging two."""

import io

import pytest
from django.core.management import call_command
from django.db import IntegrityError, transaction

from articles.models import Article
from quotes.extraction import extract_quotes
from quotes.extraction.text import search_names
from quotes.models import Quote, Speaker
from quotes.services import speaker_merge
from quotes.services.speakers import (
    known_speakers, registry_current, speaker_create, speaker_create_or_find, speaker_set_names,
)
from tests.support import run_import

pytestmark = pytest.mark.django_db


def test_speaker_merge_moves_quotes_and_keeps_names(seeded):
    target = Speaker.objects.get(slug="vladimir-putin")
    source = Speaker.objects.create(name="Wladimir Wladimirowitsch", slug="wladimir-w", search_names=" wladimir wladimirowitsch ")
    moved = Quote.objects.filter(speaker=target).first()
    moved.speaker = source
    moved.save()
    speaker_merge(source=source, target=target)
    moved.refresh_from_db()
    target.refresh_from_db()
    assert moved.speaker == target and moved.edited
    assert "Wladimir Wladimirowitsch" in target.aliases and " wladimir wladimirowitsch " in target.search_names
    assert not Speaker.objects.filter(slug="wladimir-w").exists()
    assert moved.history.first().speaker_id == target.pk
    with pytest.raises(ValueError):
        speaker_merge(source=target, target=target)


def test_reimport_after_merge_attaches_new_quotes_to_the_merged_speaker(seeded):
    kirby = Speaker.objects.get(slug="john-kirby")
    blinken = Speaker.objects.get(slug="antony-blinken")
    speaker_merge(source=kirby, target=blinken)  # an editor's (odd) decision: the import must follow it
    Quote.objects.filter(speaker=blinken).delete()
    Article.objects.update(engine="an-older-engine")  # an engine upgrade extracts every article again
    call_command("import_articles", stdout=io.StringIO())
    texts = set(Quote.objects.filter(speaker=blinken).values_list("text", flat=True))
    assert any(t.startswith("Këto dy shtete") for t in texts)


def test_registry_is_loaded_when_missing(db):
    assert not Speaker.objects.exists()
    run_import()
    assert "Poetin" in Speaker.objects.get(slug="vladimir-putin").aliases


def test_registry_reads_only_speakers_added_since_and_rereads_after_an_edit(django_assert_num_queries):
    speaker_create(name="Anna Berg")
    first = known_speakers()
    assert [s.name for s in first] == ["Anna Berg"]
    added = speaker_create(name="Piet Vos")
    with django_assert_num_queries(2):  # the version check, then the one new speaker
        again = known_speakers()
    assert again is first and [s.name for s in again] == ["Anna Berg", "Piet Vos"]
    quotes = extract_quotes("“We will build it,” said Vos.", language="en", speakers=again)
    assert [q.speaker_key for q in quotes] == [added.slug]
    speaker_set_names(speaker=added, name="Pieter Vos")
    assert [s.name for s in known_speakers()] == ["Anna Berg", "Pieter Vos"]
    Speaker.objects.filter(pk=added.pk).delete()
    assert [s.name for s in known_speakers()] == ["Anna Berg"]


def test_a_speaker_another_process_just_created_is_taken_not_duplicated(monkeypatch):
    theirs = speaker_create(name="Li Xin")

    def created_a_moment_ago(**kwargs):
        raise IntegrityError('duplicate key value violates unique constraint "quotes_speaker_slug_key"')

    monkeypatch.setattr("quotes.services.speakers.speaker_create", created_a_moment_ago)
    quote = extract_quotes("“We agree,” said Li Xin, a director.", language="en")[0]
    assert speaker_create_or_find(name=quote.speaker, kind=quote.speaker_kind) == theirs
    other = extract_quotes("“We agree,” said Jan Smit, a director.", language="en")[0]
    with pytest.raises(IntegrityError):
        speaker_create_or_find(name=other.speaker, kind=other.speaker_kind)


def test_a_speaker_found_by_one_article_is_known_to_the_next(tmp_path):
    (tmp_path / "a.txt").write_text("“We agree on the port,” said Li Xin, a director of the port.", encoding="utf-8")
    (tmp_path / "b.txt").write_text("The port grew.\n\n“Prices will rise,” Xin said on Monday.", encoding="utf-8")
    run_import(tmp_path)
    assert Speaker.objects.filter(name__contains="Xin").count() == 1
    assert set(Quote.objects.values_list("speaker__name", flat=True)) == {"Li Xin"}


@pytest.mark.parametrize("name", ["Li Xin", "Xin", "LI XIN", "Li", "Xin Li", "Wei", "Li Xin Wei", "Jan Smit"])
def test_the_registry_tells_a_new_name_as_the_database_search_would(name):
    speaker_create(name="Li Xin Wei", aliases=["Dr. Li"])
    speaker_create(name="Anna Berg")
    registry = registry_current()
    assert registry.may_name(name) == Speaker.objects.filter(search_names__contains=search_names([name])).exists()


def test_a_speaker_noted_by_a_rolled_back_import_leaves_the_registry():
    speaker_create(name="Anna Berg")
    registry = registry_current()
    with transaction.atomic():
        registry.note(speaker_create(name="Piet Vos"))
        transaction.set_rollback(True)
    assert [s.name for s in registry_current().index] == ["Anna Berg"]
