"""Admin smoke tests: every changelist and change form renders; actions call their services."""

import pytest
from django.urls import reverse

from articles.models import Article
from quotes.models import Claim, Quote, Speaker
from quotes.services import claim_create_from_quote

pytestmark = pytest.mark.django_db


@pytest.fixture
def admin_client_seeded(client, seeded, editor):
    client.force_login(editor)
    return client


@pytest.mark.parametrize("model", [Article, Speaker, Quote, Claim])
def test_changelist_and_change_form_render(admin_client_seeded, django_assert_max_num_queries, model):
    if model is Claim:
        claim_create_from_quote(quote=Quote.objects.first())
    opts = model._meta
    with django_assert_max_num_queries(15):
        response = admin_client_seeded.get(reverse(f"admin:{opts.app_label}_{opts.model_name}_changelist"))
    assert response.status_code == 200
    obj = model.objects.first()
    response = admin_client_seeded.get(reverse(f"admin:{opts.app_label}_{opts.model_name}_change", args=[obj.pk]))
    assert response.status_code == 200


def test_quote_page_highlights_the_quote_in_its_article(admin_client_seeded):
    quote = Quote.objects.filter(speaker__slug="john-kirby").first()
    response = admin_client_seeded.get(reverse("admin:quotes_quote_change", args=[quote.pk]))
    assert f"<mark>{quote.text}</mark>".encode() in response.content.replace(b"&#x27;", b"'")


def test_changelist_filters_and_search(admin_client_seeded):
    url = reverse("admin:quotes_quote_changelist")
    for params in ({"status__exact": "extracted"}, {"article__language": "nl"}, {"review": "low"}, {"q": "Poetin"}):
        assert admin_client_seeded.get(url, params).status_code == 200
    response = admin_client_seeded.get(url, {"q": "poetin"})
    assert b"Putin" in response.content


@pytest.mark.parametrize("action, status", [("mark_verified", "verified"), ("mark_rejected", "rejected")])
def test_status_actions(admin_client_seeded, action, status):
    ids = list(Quote.objects.values_list("pk", flat=True)[:3])
    response = admin_client_seeded.post(
        reverse("admin:quotes_quote_changelist"), {"action": action, "_selected_action": ids}, follow=True
    )
    assert b"3 quote(s) marked" in response.content
    assert set(Quote.objects.filter(pk__in=ids).values_list("status", flat=True)) == {status}


def test_changing_a_speaker_marks_the_quote_edited(admin_client_seeded):
    quote = Quote.objects.filter(speaker__slug="john-kirby").first()
    blinken = Speaker.objects.get(slug="antony-blinken")
    url = reverse("admin:quotes_quote_change", args=[quote.pk])
    response = admin_client_seeded.post(url, {"speaker": blinken.pk, "status": "extracted"})
    assert response.status_code == 302
    quote.refresh_from_db()
    assert (quote.speaker_id, quote.edited, quote.attribution) == (blinken.pk, True, "editor")


def test_editors_group_exists_after_migrate():
    from django.contrib.auth.models import Group

    group = Group.objects.get(name="editors")
    codenames = set(group.permissions.values_list("codename", flat=True))
    assert {"change_quote", "change_speaker", "view_article"} <= codenames
    assert "change_user" not in codenames


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


def test_an_articles_new_date_reaches_its_quotes(admin_client_seeded):
    article = Article.objects.filter(quotes__isnull=False).first()
    url = reverse("admin:articles_article_change", args=[article.pk])
    data = {**_change_form_data(admin_client_seeded.get(url)), "published": "2019-02-03", "published_precision": "day"}
    assert admin_client_seeded.post(url, data).status_code == 302
    assert {str(published) for published in article.quotes.values_list("published", flat=True)} == {"2019-02-03"}
