"""Editors' decisions (quotes/services/curation.py): a claim made of a quote, the rating rules."""

import pytest
from django.urls import reverse

from quotes.models import Claim, Quote, Speaker
from quotes.services import claim_create_from_quote, claim_rate

pytestmark = pytest.mark.django_db


def test_claim_from_quote_is_linked_and_made_once(seeded):
    quote = Quote.objects.filter(speaker__slug="john-kirby").first()
    claim, created = claim_create_from_quote(quote=quote)
    again, created_again = claim_create_from_quote(quote=quote)
    assert created and not created_again and claim.pk == again.pk
    assert list(claim.quotes.all()) == [quote] and claim.origin == Claim.Origin.QUOTE
    assert claim.article.body[claim.start:claim.end] == claim.text


def test_rating_rules(seeded, editor):
    claim = Claim.objects.first()
    with pytest.raises(ValueError, match="published review needs a verdict"):
        claim_rate(claim=claim, verdict="unrated", reviewer=editor, status=Claim.Status.PUBLISHED)
    with pytest.raises(ValueError, match="is not a verdict"):
        claim_rate(claim=claim, verdict="pants-on-fire", reviewer=editor)
    claim_rate(claim=claim, verdict="false", reviewer=editor)
    claim.refresh_from_db()
    assert (claim.verdict, claim.reviewed_by, claim.status) == ("false", editor, "draft")
    assert claim.history.count() >= 2  # created, then rated: every change is kept


def test_a_claim_without_a_claimant_waits_for_an_editor_before_it_is_published(client, seeded, editor):
    claim = Claim.objects.exclude(claimant=None).first()
    Claim.objects.filter(pk=claim.pk).update(claimant=None)  # as the engine leaves an unsure one
    claim.refresh_from_db()
    with pytest.raises(ValueError, match="needs a claimant"):
        claim_rate(claim=claim, verdict="false", reviewer=editor, status=Claim.Status.PUBLISHED)
    assert client.get(f"/api/claims/{claim.pk}/").json()["claimant"] is None
    client.force_login(editor)
    url = reverse("admin:quotes_claim_change", args=[claim.pk])
    refused = client.post(url, {"claimant": "", "verdict": "false", "explanation": "", "review_url": "", "status": "published"})
    assert refused.status_code == 200 and b"needs a claimant" in refused.content
    speaker = Speaker.objects.get(slug="john-kirby")
    named = client.post(url, {"claimant": speaker.pk, "verdict": "false", "explanation": "", "review_url": "", "status": "published"})
    assert named.status_code == 302
    claim.refresh_from_db()
    assert (claim.claimant, claim.status) == (speaker, "published")
