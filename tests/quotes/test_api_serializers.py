"""What the serializers show (quotes/api/serializers.py): a list read as rows shows what the
detail shows, and what the declared fields would."""

import pytest

from quotes.models import Quote

pytestmark = pytest.mark.django_db


def test_direct_serialisers_write_what_the_declared_fields_would(seeded, editor):
    from rest_framework import serializers

    from quotes.api.serializers import ClaimSerializer, QuoteSerializer, SpeakerSerializer
    from quotes.api.views import SpeakerViewSet
    from quotes.models import Claim
    from quotes.services import claim_rate

    claim_rate(claim=Claim.objects.exclude(claimant=None).order_by("id").first(), verdict="false", reviewer=editor, status="published")
    for serializer, rows in [
        (QuoteSerializer, Quote.objects.all()), (ClaimSerializer, Claim.objects.all()),
        (SpeakerSerializer, SpeakerViewSet.queryset.all()),
    ]:
        for row in rows:
            assert serializer().to_representation(row) == serializers.ModelSerializer.to_representation(serializer(), row)


def test_quote_lists_read_as_rows_show_what_the_detail_shows(api, seeded):
    listed = api.get("/api/quotes/", {"page_size": 500}).json()["results"]
    assert listed and all(api.get(f"/api/quotes/{quote['id']}/").json() == quote for quote in listed)


def test_claim_lists_read_as_rows_show_what_the_detail_shows(api, seeded, editor):
    from quotes.models import Claim
    from quotes.services import claim_create_from_quote, claim_rate

    linked, _ = claim_create_from_quote(quote=Quote.objects.order_by("id").first())
    claim_create_from_quote(quote=Quote.objects.order_by("id").last())
    claim_rate(claim=linked, verdict="false", reviewer=editor, status="published")
    listed = api.get("/api/claims/", {"page_size": 500}).json()["results"]
    assert len(listed) == Claim.objects.count() and any(claim["quotes"] for claim in listed)
    assert all(api.get(f"/api/claims/{claim['id']}/").json() == claim for claim in listed)


def test_speaker_lists_read_as_rows_show_what_the_detail_shows(api, seeded):
    listed = api.get("/api/speakers/", {"page_size": 500}).json()["results"]
    assert listed and any(speaker["quote_count"] for speaker in listed) and any(speaker["aliases"] for speaker in listed)
    assert all(api.get(f"/api/speakers/{speaker['slug']}/").json() == speaker for speaker in listed)
