"""claims:search in the Fact Check Tools shape (quotes/api/factcheck.py)."""

import pytest

from quotes.models import Claim
from quotes.services import claim_rate

pytestmark = pytest.mark.django_db


def test_fact_check_tools_search_shape(api, published, settings):
    url = "/api/factcheck/v1alpha1/claims:search"
    body = api.get(url, {"query": published.text.split()[0], "languageCode": "sq"}).json()
    [claim] = body["claims"]
    assert set(claim) == {"text", "claimant", "claimDate", "claimReview"}
    [review] = claim["claimReview"]
    assert set(review) == {"publisher", "url", "title", "reviewDate", "textualRating", "languageCode"}
    assert review["textualRating"] == "Mostly true" and review["publisher"]["site"] == "claimtracker.example.org"
    assert api.get(url, {"query": "zzzz-no-such-claim"}).json() == {"claims": []}
    assert api.get(url, {"reviewPublisherSiteFilter": "other.example"}).json() == {"claims": []}
    assert api.get(url, {"reviewPublisherSiteFilter": "claimtracker.example.org"}).json()["claims"]
    assert api.get(url, {"query": published.text.split()[0], "languageCode": "en"}).json() == {"claims": []}
    assert api.get(url, {"query": "x", "maxAgeDays": "1"}).json() == {"claims": []}
    for bad in ({}, {"query": "x", "pageSize": "0"}, {"query": "x", "pageToken": "garbage"}, {"query": "x", "maxAgeDays": "y"}):
        assert api.get(url, bad).status_code == 400


def test_fact_check_tools_search_pages(api, seeded, editor):
    for claim in Claim.objects.exclude(claimant=None)[:3]:  # a published review needs a claimant
        claim_rate(claim=claim, verdict="false", reviewer=editor, status=Claim.Status.PUBLISHED)
    url = "/api/factcheck/v1alpha1/claims:search"
    site = {"reviewPublisherSiteFilter": "claimtracker.example.org", "pageSize": 2}
    first = api.get(url, site).json()
    second = api.get(url, {**site, "pageToken": first["nextPageToken"]}).json()
    assert len(first["claims"]) == 2 and len(second["claims"]) == 1 and "nextPageToken" not in second
    assert {c["text"] for c in first["claims"]}.isdisjoint(c["text"] for c in second["claims"])


@pytest.mark.parametrize("token", ["bzotMQ==", "bzo5OTk5OTk5OTk5OTk5OTk5OTk5OTk5OTk5OTk=", "bzorNQ==", "eDox"])
def test_page_tokens_this_api_never_gave_are_400(api, seeded, token):
    response = api.get("/api/factcheck/v1alpha1/claims:search", {"query": "x", "pageToken": token})
    assert response.status_code == 400 and "pageToken" in response.json()
