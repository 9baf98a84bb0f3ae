"""claims:search with the query parameters and response shape of the public Fact Check Tools API,
so clients written for that API can query this database unchanged."""

import base64
from datetime import timedelta
from urllib.parse import urlparse

from django.conf import settings
from django.utils import timezone
from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import OpenApiParameter, extend_schema
from rest_framework.decorators import api_view, permission_classes
from rest_framework.permissions import AllowAny
from rest_framework.exceptions import ValidationError
from rest_framework.response import Response

from common.filtersets import words_filter
from quotes.models import Claim

DEFAULT_PAGE_SIZE = 10
MAX_PAGE_SIZE = 100
MAX_OFFSET = 10_000_000  # past every page this database could hold


def _int(params, name, default, low, high):
    raw = params.get(name)
    if raw in (None, ""):
        return default
    try:
        value = int(raw)
    except ValueError:
        raise ValidationError({name: f"{raw!r} is not a whole number"}) from None
    if not low <= value <= high:
        raise ValidationError({name: f"{value} is outside {low}..{high}"})
    return value


def _offset(token: str | None) -> int:
    if not token:
        return 0
    try:
        kind, value = base64.urlsafe_b64decode(token.encode()).decode().split(":")
        offset = int(value)
        if kind != "o" or not value.isdigit() or offset > MAX_OFFSET:
            raise ValueError
        return offset
    except (ValueError, UnicodeDecodeError):
        raise ValidationError({"pageToken": "not a page token this API returned"}) from None


def _token(offset: int) -> str:
    return base64.urlsafe_b64encode(f"o:{offset}".encode()).decode()


@extend_schema(
    parameters=[
        OpenApiParameter("query", OpenApiTypes.STR, description="Words in the claim"),
        OpenApiParameter("languageCode", OpenApiTypes.STR, description="BCP-47 language, e.g. en or en-US"),
        OpenApiParameter("maxAgeDays", OpenApiTypes.INT, description="Only reviews at most this old"),
        OpenApiParameter("pageSize", OpenApiTypes.INT, description=f"Results per page (default {DEFAULT_PAGE_SIZE})"),
        OpenApiParameter("pageToken", OpenApiTypes.STR, description="nextPageToken of the previous page"),
        OpenApiParameter("reviewPublisherSiteFilter", OpenApiTypes.STR, description="Publisher site, e.g. example.org"),
    ],
    responses={200: OpenApiTypes.OBJECT},
)
@api_view(["GET"])
@permission_classes([AllowAny])
def claims_search(request):
    """Published fact-checks as Fact Check Tools `claims:search` returns them."""
    params = request.query_params
    query = (params.get("query") or "").strip()
    site_filter = (params.get("reviewPublisherSiteFilter") or "").strip().lower()
    if not query and not site_filter:
        raise ValidationError({"query": "give a query or a reviewPublisherSiteFilter"})
    page_size = _int(params, "pageSize", DEFAULT_PAGE_SIZE, 1, MAX_PAGE_SIZE)
    max_age = _int(params, "maxAgeDays", None, 1, 36500)
    offset = _offset(params.get("pageToken"))
    site = urlparse(settings.PUBLISHER_URL).netloc.lower()
    claims = Claim.objects.filter(status=Claim.Status.PUBLISHED).select_related("claimant", "article")
    if query:
        claims = words_filter(claims, "text", query)
    if params.get("languageCode"):
        claims = claims.filter(article__language=params["languageCode"].split("-")[0].lower())
    if max_age:
        claims = claims.filter(reviewed_at__gte=timezone.localdate() - timedelta(days=max_age))
    if site_filter and site_filter not in (site, site.removeprefix("www.")):
        claims = claims.none()
    page = list(claims.order_by("-reviewed_at", "id")[offset:offset + page_size + 1])
    body = {"claims": [_item(claim, site) for claim in page[:page_size]]}
    if len(page) > page_size:
        body["nextPageToken"] = _token(offset + page_size)
    return Response(body)


def _item(claim: Claim, site: str) -> dict:
    item = {"text": claim.text, "claimant": claim.claimant.name if claim.claimant else "", "claimReview": [{
        "publisher": {"name": settings.PUBLISHER_NAME, "site": site},
        "url": claim.review_url or f"{settings.PUBLISHER_URL.rstrip('/')}/claims/{claim.pk}",
        "title": claim.explanation.split("\n", 1)[0][:200] if claim.explanation else claim.get_verdict_display(),
        "reviewDate": f"{claim.reviewed_at.isoformat()}T00:00:00Z" if claim.reviewed_at else None,
        "textualRating": claim.get_verdict_display(),
        "languageCode": claim.article.language,
    }]}
    if claim.article.published:
        item["claimDate"] = f"{claim.article.published.isoformat()}T00:00:00Z"
    return item
