"""The editors' admin: every changelist and change form renders, the review queue, actions that
call their services, and what an editor may not do there."""

import json

import pytest
from django.urls import reverse

from articles.models import Article
from quotes.models import Claim, Quote, Speaker
from quotes.services import claim_create_from_quote

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize("model", [Article, Speaker, Quote, Claim])
def test_changelist_and_change_form_render(editor_client, django_assert_max_num_queries, model):
    if model is Claim:
        claim_create_from_quote(quote=Quote.objects.first())
    opts = model._meta
    with django_assert_max_num_queries(15):
        response = editor_client.get(reverse(f"admin:{opts.app_label}_{opts.model_name}_changelist"))
    assert response.status_code == 200
    obj = model.objects.first()
    response = editor_client.get(reverse(f"admin:{opts.app_label}_{opts.model_name}_change", args=[obj.pk]))
    assert response.status_code == 200


def test_quote_page_highlights_the_quote_in_its_article(editor_client):
    quote = Quote.objects.filter(speaker__slug="john-kirby").first()
    response = editor_client.get(reverse("admin:quotes_quote_change", args=[quote.pk]))
    assert f"<mark>{quote.text}</mark>".encode() in response.content.replace(b"&#x27;", b"'")


def test_changelist_filters_and_search(editor_client):
    url = reverse("admin:quotes_quote_changelist")
    for params in ({"status__exact": "extracted"}, {"article__language": "nl"}, {"review": "low"}, {"q": "Poetin"}):
        assert editor_client.get(url, params).status_code == 200
    response = editor_client.get(url, {"q": "poetin"})
    assert b"Putin" in response.content


@pytest.mark.parametrize("action, status", [("mark_verified", "verified"), ("mark_rejected", "rejected")])
def test_status_actions(editor_client, action, status):
    ids = list(Quote.objects.values_list("pk", flat=True)[:3])
    response = editor_client.post(
        reverse("admin:quotes_quote_changelist"), {"action": action, "_selected_action": ids}, follow=True
    )
    assert b"3 quote(s) marked" in response.content
    assert set(Quote.objects.filter(pk__in=ids).values_list("status", flat=True)) == {status}


def test_changing_a_speaker_marks_the_quote_edited(editor_client):
    quote = Quote.objects.filter(speaker__slug="john-kirby").first()
    blinken = Speaker.objects.get(slug="antony-blinken")
    url = reverse("admin:quotes_quote_change", args=[quote.pk])
    response = editor_client.post(url, {"speaker": blinken.pk, "status": "extracted"})
    assert response.status_code == 302
    quote.refresh_from_db()
    assert (quote.speaker_id, quote.edited, quote.attribution) == (blinken.pk, True, "editor")


def test_anonymous_cannot_reach_admin(client, db):
    response = client.get(reverse("admin:quotes_quote_changelist"))
    assert response.status_code == 302 and "/login/" in response["Location"]


def _change_form_data(response) -> dict:
    """What the admin's change form would post back unchanged: its fields and its inlines'."""
    forms = [response.context["adminform"].form]
    for inline in response.context["inline_admin_formsets"]:
        forms += [inline.formset.management_form, *inline.formset.forms]
    data = {}
    for form in forms:
        for field in form:
            value = field.field.prepare_value(field.value())
            if value is not None:
                data[field.html_name] = value
    return data


def test_an_articles_new_date_reaches_its_quotes(editor_client):
    article = Article.objects.filter(quotes__isnull=False).first()
    url = reverse("admin:articles_article_change", args=[article.pk])
    data = {**_change_form_data(editor_client.get(url)), "published": "2019-02-03", "published_precision": "day"}
    assert editor_client.post(url, data).status_code == 302
    assert {str(published) for published in article.quotes.values_list("published", flat=True)} == {"2019-02-03"}


def test_admin_rates_a_claim_and_keeps_history(client, seeded, editor):
    client.force_login(editor)
    claim = Claim.objects.exclude(claimant=None).first()
    url = reverse("admin:quotes_claim_change", args=[claim.pk])
    page = client.get(url)
    assert page.status_code == 200 and b"<mark>" in page.content and b"Similar claims" in page.content
    response = client.post(url, {"claimant": claim.claimant_id, "verdict": "misleading", "explanation": "Out of context.", "review_url": "", "status": "published"})
    assert response.status_code == 302
    claim.refresh_from_db()
    assert (claim.verdict, claim.status, claim.reviewed_by) == ("misleading", "published", editor)
    refused = client.post(url, {"claimant": claim.claimant_id, "verdict": "unrated", "explanation": "", "review_url": "", "status": "published"})
    assert refused.status_code == 200 and b"needs a verdict" in refused.content
    history = client.get(reverse("admin:quotes_claim_history", args=[claim.pk]))
    assert history.status_code == 200 and b"editor" in history.content
    assert [h.verdict for h in claim.history.order_by("history_date")] == ["unrated", "misleading"]


def test_a_speakers_wikidata_id_is_validated_and_filterable(api, seeded, editor, client):
    speaker = Speaker.objects.get(slug="john-kirby")
    client.force_login(editor)
    url = reverse("admin:quotes_speaker_change", args=[speaker.pk])
    form = {"name": speaker.name, "slug": speaker.slug, "kind": speaker.kind, "role": speaker.role,
            "aliases": json.dumps(speaker.aliases)}
    refused = client.post(url, {**form, "wikidata_id": "6250071"})
    assert refused.status_code == 200 and b"a Wikidata item id is Q and a number" in refused.content
    assert client.post(url, {**form, "wikidata_id": "Q6250071"}).status_code == 302
    found = api.get("/api/speakers/", {"wikidata": "Q6250071"}).json()["results"]
    assert [(s["slug"], s["wikidata_id"]) for s in found] == [("john-kirby", "Q6250071")]


@pytest.mark.parametrize("aliases, reason", [
    ("5", "must be a list of names"), ("[1, 2]", "every alias must be a name"), ('"Poetin"', "must be a list of names"),
    ('["Poetin", ""]', "every alias must be a name"), ('["Poe\\u0000tin"]', "NUL character"),
])
def test_speaker_aliases_that_are_no_list_of_names_are_a_form_error(client, seeded, editor, aliases, reason):
    from django.urls import reverse

    from quotes.models import Speaker

    speaker = Speaker.objects.get(slug="vladimir-putin")
    client.force_login(editor)
    url = reverse("admin:quotes_speaker_change", args=[speaker.pk])
    form = {"name": speaker.name, "slug": speaker.slug, "kind": speaker.kind, "role": speaker.role, "aliases": aliases}
    response = client.post(url, form)
    assert response.status_code == 200 and reason in response.content.decode()
    speaker.refresh_from_db()
    assert "Poetin" in speaker.aliases  # unchanged
    saved = client.post(url, {**form, "aliases": '[" Poetin ", "Poutine", "Poutine"]'})
    assert saved.status_code == 302
    speaker.refresh_from_db()
    assert speaker.aliases == ["Poetin", "Poutine"]


def test_the_admin_offers_no_add_quote_view(client, seeded, editor):
    from django.contrib.auth import get_user_model
    from django.urls import reverse

    client.force_login(editor)
    assert client.get(reverse("admin:quotes_quote_add")).status_code == 403
    superuser = get_user_model().objects.create_superuser("root", password="not-a-real-password-42")
    client.force_login(superuser)
    assert client.get(reverse("admin:quotes_quote_add")).status_code == 403


def test_history_cannot_revert_a_claim_to_a_withdrawn_review(client, seeded, editor, django_user_model):
    from django.urls import reverse

    from quotes.services import claim_rate, editors_group_ensure

    claim = Claim.objects.exclude(claimant=None).first()
    claim_rate(claim=claim, verdict="false", reviewer=editor, status=Claim.Status.PUBLISHED)
    claim_rate(claim=claim, verdict="unrated", reviewer=editor, status=Claim.Status.DRAFT)  # withdrawn
    published = claim.history.filter(status=Claim.Status.PUBLISHED).latest("history_date")
    other = django_user_model.objects.create_user("other", password="not-a-real-password-42", is_staff=True)
    other.groups.add(editors_group_ensure())
    client.force_login(other)
    url = reverse("admin:quotes_claim_simple_history", args=[claim.pk, published.history_id])
    assert client.get(url).status_code == 200 and b"Revert" not in client.get(url).content
    form = {"claimant": claim.claimant_id, "verdict": "false", "explanation": "", "review_url": "", "status": "published"}
    assert client.post(url, form).status_code == 403
    claim.refresh_from_db()
    assert (claim.verdict, claim.status) == ("unrated", "draft")


def test_merging_speakers_needs_the_permission_to_delete_one(client, seeded, editor, django_user_model):
    from django.contrib.auth.models import Permission
    from django.urls import reverse

    from quotes.models import Speaker

    changer = django_user_model.objects.create_user("changer", password="not-a-real-password-42", is_staff=True)
    changer.user_permissions.add(*Permission.objects.filter(codename__in=["view_speaker", "change_speaker"]))
    source = Speaker.objects.create(name="Xi Dada", slug="xi-dada", search_names=" xi dada ")
    form = {"action": "merge", "_selected_action": [source.pk], "merge_into": "xi-jinping"}
    client.force_login(changer)
    client.post(reverse("admin:quotes_speaker_changelist"), form, follow=True)
    assert Speaker.objects.filter(pk=source.pk).exists()  # not merged: the action is not theirs
    client.force_login(editor)
    merged = client.post(reverse("admin:quotes_speaker_changelist"), form, follow=True)
    assert b"merged into Xi Jinping" in merged.content and not Speaker.objects.filter(pk=source.pk).exists()


QUEUE = "admin:quotes_quoteforreview_changelist"


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
