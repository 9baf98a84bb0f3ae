"""The editors' workbench: review queue, history, speaker merge, accounts, editors' work kept."""

import io

import pytest
from django.contrib.auth import get_user_model
from django.core.management import call_command
from django.core.management.base import CommandError
from django.urls import reverse
from rest_framework.test import APIClient

from articles.models import Article
from quotes.models import Claim, Quote, Speaker
from quotes.services import claim_rate, quote_set_speaker, speaker_merge

pytestmark = pytest.mark.django_db
QUEUE = "admin:quotes_quoteforreview_changelist"


@pytest.fixture
def editor_client(client, seeded, editor):
    client.force_login(editor)
    return client


def test_review_queue_lists_extracted_quotes_least_confident_first(editor_client, django_assert_max_num_queries):
    with django_assert_max_num_queries(15):
        page = editor_client.get(reverse(QUEUE))
    assert page.status_code == 200
    shown = [q.pk for q in page.context["cl"].result_list]
    expected = list(Quote.objects.filter(status="extracted").order_by("confidence", "id").values_list("pk", flat=True))
    assert shown == expected[:25]
    assert b"<mark>" in page.content and b"Verify" in page.content


def test_one_click_verify_and_reject(editor_client):
    first, second = Quote.objects.order_by("confidence", "id")[:2]
    url = lambda q, s: reverse("admin:quotes_quoteforreview_decide", args=[q.pk, s])  # noqa: E731
    assert editor_client.post(url(first, "verified")).status_code == 302
    assert editor_client.post(url(second, "rejected"), follow=True).status_code == 200
    first.refresh_from_db()
    second.refresh_from_db()
    assert (first.status, second.status) == ("verified", "rejected")
    page = editor_client.get(reverse(QUEUE))
    assert first.pk not in [q.pk for q in page.context["cl"].result_list]
    assert editor_client.get(url(first, "verified")).status_code == 405
    assert editor_client.post(url(first, "deleted")).status_code == 405


def test_bulk_actions_report_how_many_rows_changed(editor_client):
    ids = list(Quote.objects.values_list("pk", flat=True)[:4])
    Quote.objects.filter(pk=ids[0]).update(status="verified")
    response = editor_client.post(
        reverse("admin:quotes_quote_changelist"), {"action": "mark_verified", "_selected_action": ids}, follow=True
    )
    assert b"3 quote(s) marked verified" in response.content


def test_history_api_is_for_editors_and_shows_changes(seeded, editor):
    quote = Quote.objects.filter(speaker__slug="john-kirby").first()
    quote_set_speaker(quote=quote, speaker=Speaker.objects.get(slug="antony-blinken"))
    api = APIClient()
    url = f"/api/quotes/{quote.pk}/history/"
    assert api.get(url).status_code in (401, 403)
    api.force_authenticate(editor)
    entries = api.get(url).json()
    assert [e["type"] for e in entries] == ["changed", "created"]
    changed = {c["field"]: (c["old"], c["new"]) for c in entries[0]["changes"]}
    assert changed["speaker"] == (Speaker.objects.get(slug="john-kirby").pk, Speaker.objects.get(slug="antony-blinken").pk)
    claim = Claim.objects.first()
    claim_rate(claim=claim, verdict="false", reviewer=editor)
    claim_entries = api.get(f"/api/claims/{claim.pk}/history/").json()
    assert {"field": "verdict", "old": "unrated", "new": "false"} in claim_entries[0]["changes"]


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


def test_merge_from_the_admin(editor_client):
    target = Speaker.objects.get(slug="xi-jinping")
    source = Speaker.objects.create(name="Xi Dada", slug="xi-dada", search_names=" xi dada ")
    response = editor_client.post(
        reverse("admin:quotes_speaker_changelist"),
        {"action": "merge", "_selected_action": [source.pk], "merge_into": "xi-jinping"}, follow=True,
    )
    assert b"1 speaker(s) merged into Xi Jinping" in response.content
    assert "Xi Dada" in Speaker.objects.get(pk=target.pk).aliases
    response = editor_client.post(
        reverse("admin:quotes_speaker_changelist"),
        {"action": "merge", "_selected_action": [target.pk], "merge_into": "nobody"}, follow=True,
    )
    assert b"No speaker with slug" in response.content


def test_fixture_load_keeps_editors_work(seeded, editor):
    quote = Quote.objects.filter(speaker__slug="john-kirby").first()
    quote.status = "verified"
    quote.save()
    claim = Claim.objects.exclude(claimant=None).first()
    claim_rate(claim=claim, verdict="false", reviewer=editor, status="published")
    call_command("loaddata", "seed", verbosity=0)
    quote.refresh_from_db()
    claim.refresh_from_db()
    assert quote.status == "verified"
    assert (claim.verdict, claim.status) == ("false", "published")


def test_create_editor_command(db, client):
    out = io.StringIO()
    call_command("create_editor", "maria", stdout=out)
    password = out.getvalue().split("password: ")[1].split()[0]
    user = get_user_model().objects.get(username="maria")
    assert user.is_staff and not user.is_superuser and user.groups.filter(name="editors").exists()
    login = client.post(reverse("admin:login"), {"username": "maria", "password": password, "next": reverse(QUEUE)})
    assert login.status_code == 302
    assert client.get(reverse(QUEUE)).status_code == 200
    assert client.get(reverse("admin:auth_user_changelist")).status_code == 403
    with pytest.raises(CommandError, match="already exists"):
        call_command("create_editor", "maria", stdout=io.StringIO())


def test_create_editor_with_an_api_token_can_patch(seeded):
    out = io.StringIO()
    call_command("create_editor", "tomas", "--token", stdout=out)
    token = out.getvalue().split("API token: ")[1].split()[0]
    quote = Quote.objects.order_by("id").first()
    api = APIClient()
    assert api.patch(f"/api/quotes/{quote.pk}/", {"status": "rejected"}, format="json").status_code in (401, 403)
    api.credentials(HTTP_AUTHORIZATION=f"Token {token}")
    assert api.patch(f"/api/quotes/{quote.pk}/", {"status": "rejected"}, format="json").status_code == 200
    quote.refresh_from_db()
    assert quote.status == "rejected" and quote.history.first().history_user.username == "tomas"


@pytest.fixture
def editor_api(seeded, editor):
    api = APIClient()
    api.force_authenticate(editor)
    return api


def test_editor_verifies_and_reattributes_a_quote_through_the_api(editor_api, editor):
    quote = Quote.objects.filter(status="extracted").order_by("id").first()
    other = Speaker.objects.exclude(pk=quote.speaker_id).order_by("id").first()
    response = editor_api.patch(f"/api/quotes/{quote.pk}/", {"status": "verified", "speaker": other.slug}, format="json")
    assert response.status_code == 200, response.content
    assert response.json()["speaker"]["slug"] == other.slug and response.json()["status"] == "verified"
    quote.refresh_from_db()
    assert (quote.status, quote.speaker_id, quote.attribution, quote.edited) == ("verified", other.pk, "editor", True)
    assert quote.history.filter(history_user=editor).exists()


@pytest.mark.parametrize("payload, reason", [
    ({"speaker": "nobody-by-this-slug"}, "nobody-by-this-slug"),
    ({"status": "approved"}, "approved"),
    ({}, "nothing to change"),
])
def test_bad_quote_edits_are_400_and_change_nothing(editor_api, payload, reason):
    quote = Quote.objects.order_by("id").first()
    before = (quote.status, quote.speaker_id, quote.updated_at)
    response = editor_api.patch(f"/api/quotes/{quote.pk}/", payload, format="json")
    assert response.status_code == 400 and reason in response.content.decode()
    quote.refresh_from_db()
    assert (quote.status, quote.speaker_id, quote.updated_at) == before


def test_editor_rates_a_claim_through_the_api(editor_api, editor):
    claim = Claim.objects.order_by("id").first()
    response = editor_api.patch(
        f"/api/claims/{claim.pk}/",
        {"verdict": "false", "explanation": "The figures say otherwise.", "status": "published"},
        format="json",
    )
    assert response.status_code == 200, response.content
    claim.refresh_from_db()
    assert (claim.verdict, claim.status, claim.reviewed_by_id) == ("false", "published", editor.pk)
    assert response.json()["rating_value"] == 1
    refused = editor_api.patch(f"/api/claims/{claim.pk}/", {"verdict": "unrated", "status": "published"}, format="json")
    assert refused.status_code == 400 and "unrated" in refused.content.decode()


def test_verdicts_need_the_editors_group_not_just_the_permission(seeded, django_user_model):
    from django.contrib.auth.models import Permission

    user = django_user_model.objects.create_user("intern")
    user.user_permissions.add(*Permission.objects.filter(codename__in=["change_claim", "change_quote"]))
    api = APIClient()
    api.force_authenticate(user)
    claim = Claim.objects.order_by("id").first()
    assert api.patch(f"/api/claims/{claim.pk}/", {"verdict": "true"}, format="json").status_code == 403
    claim.refresh_from_db()
    assert claim.verdict == "unrated"
    quote = Quote.objects.order_by("id").first()
    assert api.patch(f"/api/quotes/{quote.pk}/", {"status": "rejected"}, format="json").status_code == 200


def test_signed_in_users_without_permissions_cannot_write(seeded, django_user_model):
    api = APIClient()
    api.force_authenticate(django_user_model.objects.create_user("reader"))
    quote = Quote.objects.order_by("id").first()
    assert api.patch(f"/api/quotes/{quote.pk}/", {"status": "rejected"}, format="json").status_code == 403
    assert api.put(f"/api/quotes/{quote.pk}/", {"status": "rejected"}, format="json").status_code in (403, 405)
    quote.refresh_from_db()
    assert quote.status == "extracted"
