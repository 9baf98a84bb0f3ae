"""Linking quotes into utterances across articles written for these tests: whole, shortened,
altered, misattributed; statements that only share a phrase, or the words in another language."""

from datetime import date

import pytest

from lineage import services
from lineage.models import Appearance, Utterance
from quotes.models import Quote, Speaker
from tests.lineage.conftest import STATEMENT, make_article, make_quote

pytestmark = pytest.mark.django_db


def test_one_statement_in_four_articles_is_one_utterance_first_seen_in_the_earliest(lineage, people):
    utterance = Utterance.objects.get()
    assert utterance.first_quote == lineage["whole"] and utterance.first_seen == date(2024, 3, 4)
    assert utterance.speaker == people[0] and utterance.appearance_count == 4 and utterance.altered_count == 1
    statuses = {name: Appearance.objects.get(quote=quote).status for name, quote in lineage.items()}
    assert statuses == {"whole": "first", "excerpt": "excerpted", "altered": "altered", "misattributed": "same"}


def test_an_altered_appearance_carries_its_diff_and_a_misattribution_raises_the_alarm(lineage):
    altered = Appearance.objects.get(quote=lineage["altered"])
    assert ["delete", "not"] in altered.diff and ["insert", "never"] in altered.diff and not altered.conflicting
    misattributed = Appearance.objects.get(quote=lineage["misattributed"])
    assert misattributed.conflicting and Utterance.objects.get().conflicting
    assert not Appearance.objects.get(quote=lineage["excerpt"]).conflicting


def test_linking_again_changes_nothing_and_a_changed_quote_is_linked_anew(lineage):
    assert services.quotes_link(quotes=list(lineage.values())) == 0
    quote = lineage["excerpt"]  # re-imported: the article's text now quotes other words there
    article = quote.article
    article.body = article.body.replace("not close a single rural school", "a new budget for the harbour")
    article.save()
    quote.text = article.body[quote.start:quote.start + len("a new budget for the harbour")]
    quote.end = quote.start + len(quote.text)
    quote.save()
    services.quotes_link(quotes=[quote])
    assert Utterance.objects.count() == 2 and Utterance.objects.get(first_quote=quote).appearance_count == 1
    assert Utterance.objects.get(first_quote=lineage["whole"]).appearance_count == 3


def test_statements_that_share_a_phrase_and_the_same_words_in_two_languages_stay_apart(people):
    lindgren, _ = people
    first = make_article(f"A\n\n“{STATEMENT}”", date(2024, 1, 1))
    other_text = "Whatever the budget says, the ferry to the islands will run every day of the winter."
    other = make_article(f"B\n\n“{other_text}”", date(2024, 1, 2))
    swedish_text = "We will not close a single rural school while I am minister"
    swedish = make_article(f"C\n\n”{swedish_text}”", date(2024, 1, 3), language="sv")
    services.quotes_link(quotes=[
        make_quote(first, STATEMENT, lindgren), make_quote(other, other_text, lindgren), make_quote(swedish, swedish_text, lindgren)
    ])
    assert Utterance.objects.count() == 3
    assert {u.language for u in Utterance.objects.all()} == {"en", "sv"}


def test_an_earlier_article_imported_later_becomes_the_first_appearance(lineage, people):
    earliest = make_article(f"Early\n\n“{STATEMENT}”", date(2024, 2, 1))
    quote = make_quote(earliest, STATEMENT, people[1])
    services.quotes_link(quotes=[quote])
    utterance = Utterance.objects.get()
    assert utterance.first_quote == quote and utterance.speaker == people[1] and utterance.first_seen == date(2024, 2, 1)
    # Now Lindgren's appearances are the ones credited to someone other than the first.
    assert Appearance.objects.get(quote=lineage["whole"]).conflicting


def test_an_editor_splits_and_merges_and_relinking_keeps_the_decision(lineage):
    appearance = Appearance.objects.get(quote=lineage["misattributed"])
    alone = services.utterance_split(appearance=appearance)
    assert alone.appearance_count == 1 and Utterance.objects.count() == 2
    assert not Utterance.objects.get(first_quote=lineage["whole"]).conflicting
    Appearance.objects.filter(quote=lineage["misattributed"]).update(words="changed")  # as if re-imported with new words
    services.quotes_link(quotes=[lineage["misattributed"]])
    assert Appearance.objects.get(quote=lineage["misattributed"]).utterance == alone  # pinned: kept
    kept = services.utterances_merge(keep=Utterance.objects.get(first_quote=lineage["whole"]), others=[alone])
    assert Utterance.objects.count() == 1 and kept.appearance_count == 4 and kept.conflicting


def test_a_quote_too_short_to_tell_stays_alone(people):
    first = make_article("D\n\nIt was “a betrayal” of the valley.", date(2024, 1, 1))
    second = make_article("E\n\nShe called it “a betrayal” again.", date(2024, 1, 2))
    services.quotes_link(quotes=[make_quote(first, "a betrayal", people[0]), make_quote(second, "a betrayal", people[1])])
    assert Utterance.objects.count() == 2 and not Utterance.objects.filter(conflicting=True).exists()


def test_a_deleted_quote_leaves_its_utterance_counted_right_and_an_empty_one_goes(lineage, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        lineage["altered"].delete()
    utterance = Utterance.objects.get()
    assert (utterance.appearance_count, utterance.altered_count) == (3, 0)
    with django_capture_on_commit_callbacks(execute=True):
        Quote.objects.filter(pk__in=[q.pk for q in lineage.values()]).delete()
    assert not Utterance.objects.exists()


def test_the_alarm_compares_with_the_first_appearance_that_credits_someone(people):
    lindgren, berg = people
    unattributed = make_article(f"F\n\n“{STATEMENT}”", date(2024, 1, 1))
    one = make_article(f"G\n\n“{STATEMENT}” Lindgren said.", date(2024, 1, 2))
    other = make_article(f"H\n\n“{STATEMENT}” Berg said.", date(2024, 1, 3))
    services.quotes_link(quotes=[
        make_quote(unattributed, STATEMENT, None), make_quote(one, STATEMENT, lindgren), make_quote(other, STATEMENT, berg)
    ])
    utterance = Utterance.objects.get()
    assert utterance.conflicting and utterance.speaker == lindgren


def test_a_reimport_that_only_changes_a_speaker_updates_the_alarm(lineage, people):
    quote = lineage["misattributed"]
    quote.speaker = people[0]
    quote.save()
    services.quotes_link(quotes=[quote])
    assert not Utterance.objects.get().conflicting


def test_the_api_lists_utterances_with_their_alarms_and_shows_the_appearances(lineage, client):
    listed = client.get("/api/utterances/", {"conflicting": "true", "altered": "true", "appearances_min": 4}).json()
    assert [row["appearances"] for row in listed["results"]] == [4]
    [row] = listed["results"]
    assert row["speaker"]["slug"] == "marta-lindgren" and row["altered"] == 1 and row["conflicting"] is True
    assert client.get("/api/utterances/", {"appearances_min": 5}).json()["results"] == []
    assert client.get("/api/utterances/", {"language": "sv"}).json()["results"] == []
    assert client.get("/api/utterances/", {"first_seen_after": "2024-03"}).json()["results"] != []
    assert client.get("/api/utterances/", {"first_seen_after": "2024-13"}).status_code == 400
    detail = client.get(f"/api/utterances/{row['id']}/").json()
    appearances = detail["appearance_list"]
    assert [a["status"] for a in appearances] == ["first", "excerpted", "altered", "same"]  # by date
    assert appearances[3]["speaker"]["slug"] == "olof-berg" and appearances[3]["conflicting"] is True
    assert ["insert", "never"] in appearances[2]["diff"]


def test_each_quote_links_its_utterance_and_quotes_filter_on_the_alarms(lineage, client):
    utterance = Utterance.objects.get()
    shown = client.get(f"/api/quotes/{lineage['altered'].pk}/").json()
    assert shown["utterance"] == utterance.pk
    listed = {row["id"]: row["utterance"] for row in client.get("/api/quotes/").json()["results"]}
    assert set(listed.values()) == {utterance.pk}
    altered = [row["id"] for row in client.get("/api/quotes/", {"altered": "true"}).json()["results"]]
    conflicting = [row["id"] for row in client.get("/api/quotes/", {"conflicting": "true"}).json()["results"]]
    assert altered == [lineage["altered"].pk] and conflicting == [lineage["misattributed"].pk]
    assert len(client.get("/api/quotes/", {"altered": "false"}).json()["results"]) == 3


def test_an_import_links_its_quotes_and_an_editor_s_correction_updates_the_alarm(tmp_path, editor):
    import io

    from django.core.management import call_command

    from quotes.services import quote_set_speaker

    (tmp_path / "a.txt").write_text(
        f"Schools minister speaks\n\nMarta Lindgren visited Gotland on Monday.\n\n“{STATEMENT}” Lindgren said.\n",
        encoding="utf-8",
    )
    (tmp_path / "b.txt").write_text(
        f"Opposition replies\n\nOlof Berg spoke in Visby on Tuesday.\n\n“{STATEMENT}” Berg said.\n", encoding="utf-8"
    )
    call_command("import_articles", str(tmp_path), stdout=io.StringIO())
    utterance = Utterance.objects.get()
    assert utterance.appearance_count == 2 and utterance.conflicting
    wrong = Quote.objects.get(speaker__name="Olof Berg")
    quote_set_speaker(quote=wrong, speaker=Speaker.objects.get(name="Marta Lindgren"))
    utterance.refresh_from_db()
    assert not utterance.conflicting
    call_command("import_articles", str(tmp_path), stdout=io.StringIO())  # the same files again
    assert Utterance.objects.get().appearance_count == 2
