"""The quotes app's endpoints: speakers (with their quotes and scorecard), quotes and claims, read by
anyone and changed by editors, their history, and the ClaimReview feed."""

import hashlib
from datetime import datetime, time, timezone as dt_timezone

from django.db import transaction
from django.db.models import Case, F, Max, Prefetch, Value, When
from django.shortcuts import get_object_or_404
from django.urls import reverse
from django.utils import timezone
from django.utils.dateparse import parse_date, parse_datetime
from django.utils.http import http_date, parse_http_date_safe
from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import OpenApiParameter, extend_schema, extend_schema_view, inline_serializer
from django_filters.rest_framework import DjangoFilterBackend
from rest_framework import serializers, viewsets
from rest_framework.decorators import action, api_view, permission_classes
from rest_framework.permissions import AllowAny, BasePermission, DjangoModelPermissions
from rest_framework.exceptions import ValidationError
from rest_framework.response import Response

from quotes import selectors, services
from quotes.api.serializers import (
    ClaimRatingSerializer, ClaimSerializer, QuoteSerializer, QuoteUpdateSerializer, SpeakerSerializer,
)
from claimtracker.pagination import StableOrderingFilter
from quotes.filtersets import ClaimFilterSet, QuoteFilterSet, SpeakerFilterSet
from quotes.claimreview import SCHEMA_ORG, claim_review
from quotes.claimreview_import import reviews_matching
from quotes.models import Claim, Quote, ReviewWithdrawal

QUOTE_QUERYSET = Quote.objects.select_related("speaker", "article").defer("article__body")


@extend_schema_view(list=extend_schema(description="Speakers with their quote counts, filtered and paginated."))
class SpeakerViewSet(viewsets.ReadOnlyModelViewSet):
    queryset = selectors.speakers_with_quote_count()
    serializer_class = SpeakerSerializer
    filterset_class = SpeakerFilterSet
    lookup_field = "slug"
    ordering_fields = ["name", "slug", "quote_count", "id"]
    ordering = ["name", "slug"]

    @extend_schema(responses={200: OpenApiTypes.OBJECT})
    @action(detail=True, methods=["get"], filter_backends=[], pagination_class=None)
    def scorecard(self, request, slug=None):
        """Published verdicts on this speaker's claims, each with the number of rated claims it is
        out of, so no rate is shown without its base."""
        return Response(selectors.speaker_scorecard(speaker=self.get_object()))

    @action(detail=True, methods=["get"], serializer_class=QuoteSerializer)
    def quotes(self, request, slug=None):
        """Every quote by this speaker, in every language, article by article."""
        speaker = self.get_object()
        page = self.paginate_queryset(QUOTE_QUERYSET.filter(speaker=speaker).order_by(*QuoteViewSet.ordering))
        return self.get_paginated_response(QuoteSerializer(page, many=True).data)


class CanReadHistory(BasePermission):
    """History shows who changed what: editors only."""

    def has_permission(self, request, view):
        model = view.get_queryset().model
        return request.user.is_authenticated and request.user.has_perm(
            f"{model._meta.app_label}.view_{model._meta.model_name}"
        )


class HistoryMixin:
    @extend_schema(responses={200: OpenApiTypes.OBJECT})
    @action(detail=True, methods=["get"], permission_classes=[CanReadHistory], filter_backends=[], pagination_class=None)
    def history(self, request, pk=None):
        """Every change to this row, newest first: when, by whom, and the fields that changed."""
        record = self.get_object()
        versions = list(record.history.select_related("history_user").order_by("-history_date", "-history_id"))
        entries = []
        for newer, older in zip(versions, versions[1:] + [None]):
            changes = []
            if older is not None:
                delta = newer.diff_against(older)
                changes = [{"field": c.field, "old": _plain(c.old), "new": _plain(c.new)} for c in delta.changes]
            entries.append({
                "history_id": newer.history_id,
                "date": newer.history_date,
                "type": {"+": "created", "~": "changed", "-": "deleted"}[newer.history_type],
                "user": newer.history_user.get_username() if newer.history_user else None,
                "changes": changes,
            })
        return Response(entries)


def _plain(value):
    return value if value is None or isinstance(value, (str, int, float, bool, list, dict)) else str(value)


class IsEditor(BasePermission):
    """Members of the editors group (and superusers): the people who may publish verdicts."""

    def has_permission(self, request, view):
        return services.user_is_editor(request.user)


@extend_schema_view(list=extend_schema(description="Quotes, filtered and paginated."))
class QuoteViewSet(HistoryMixin, viewsets.ReadOnlyModelViewSet):
    lookup_value_regex = r"[0-9]+"  # (\d would take other scripts' digits too)
    queryset = QUOTE_QUERYSET
    serializer_class = QuoteSerializer
    filterset_class = QuoteFilterSet
    ordering_fields = ["start", "confidence", "created_at", "updated_at", "article__published", "id"]
    ordering = Quote._meta.ordering  # newest first (the indexes of migration 0004)
    http_method_names = ["get", "patch", "head", "options"]

    @extend_schema(request=QuoteUpdateSerializer, responses={200: QuoteSerializer})
    def partial_update(self, request, pk=None):
        """An editor verifies or rejects a quote, or fixes its speaker (change_quote permission)."""
        payload = QuoteUpdateSerializer(data=request.data)
        payload.is_valid(raise_exception=True)
        if not payload.validated_data:
            raise ValidationError({"detail": "nothing to change: send status, speaker or both"})
        with transaction.atomic():
            quote = get_object_or_404(Quote.objects.select_for_update(), pk=pk)
            if "speaker" in payload.validated_data:
                quote = services.quote_set_speaker(quote=quote, speaker=payload.validated_data["speaker"])
            if "status" in payload.validated_data:
                services.quotes_set_status(quotes=[quote], status=payload.validated_data["status"])
        return Response(QuoteSerializer(QUOTE_QUERYSET.get(pk=pk)).data)


PUBLISHED_CLAIMS = Claim.objects.filter(status=Claim.Status.PUBLISHED).select_related("claimant", "article").prefetch_related(
    Prefetch("quotes", queryset=Quote.objects.select_related("article").defer("article__body"))
)


class ClaimOrdering(StableOrderingFilter):
    """Outside the editors, ordering by verdict or review date would sort drafts by their
    unpublished review: those terms order by the published review only, as the claims show it."""

    PUBLIC = {
        "verdict": Case(When(status=Claim.Status.PUBLISHED, then=F("verdict")), default=Value(Claim.Verdict.UNRATED)),
        "reviewed_at": Case(When(status=Claim.Status.PUBLISHED, then=F("reviewed_at")), default=None),
    }

    def get_ordering(self, request, queryset, view):
        ordering = super().get_ordering(request, queryset, view)
        if not ordering or services.user_is_editor(request.user):
            return ordering
        public = []
        for term in ordering:
            name = str(term).lstrip("-")
            if name in self.PUBLIC:
                expression = self.PUBLIC[name]
                term = expression.desc(nulls_last=True) if str(term).startswith("-") else expression.asc(nulls_last=True)
            public.append(term)
        return public


@extend_schema_view(list=extend_schema(description="Claims, filtered and paginated, with their quotes' ids."))
class ClaimViewSet(HistoryMixin, viewsets.ReadOnlyModelViewSet):
    lookup_value_regex = r"[0-9]+"  # (\d would take other scripts' digits too)
    queryset = Claim.objects.select_related("claimant", "article").defer("article__body").prefetch_related(
        Prefetch("quotes", queryset=Quote.objects.only("id"))
    )
    serializer_class = ClaimSerializer
    filterset_class = ClaimFilterSet
    filter_backends = [DjangoFilterBackend, ClaimOrdering]
    ordering_fields = ["created_at", "updated_at", "reviewed_at", "verdict", "id"]
    ordering = ["-created_at", "id"]
    http_method_names = ["get", "patch", "head", "options"]

    def get_permissions(self):
        if self.action == "partial_update":
            return [DjangoModelPermissions(), IsEditor()]
        return super().get_permissions()

    @extend_schema(request=ClaimRatingSerializer, responses={200: ClaimSerializer})
    def partial_update(self, request, pk=None):
        """A fact-checker names the claimant or rates the claim (verdict, explanation, review URL,
        draft or published); fields not sent keep their values."""
        payload = ClaimRatingSerializer(data=request.data)
        payload.is_valid(raise_exception=True)
        changes = dict(payload.validated_data)
        if not changes:
            raise ValidationError({"detail": "nothing to change: send claimant, verdict, explanation, review_url or status"})
        with transaction.atomic():
            claim = get_object_or_404(Claim.objects.select_for_update(), pk=pk)
            if "claimant" in changes:
                services.claim_set_claimant(claim=claim, claimant=changes.pop("claimant"))
            if changes:
                rating = {name: changes.get(name, getattr(claim, name)) for name in ("verdict", "explanation", "review_url", "status")}
                try:
                    services.claim_rate(claim=claim, reviewer=request.user, **rating)
                except ValueError as error:
                    raise ValidationError({"detail": str(error)}) from None
        return Response(ClaimSerializer(self.get_queryset().get(pk=pk), context={"request": request}).data)

    @extend_schema(responses={200: inline_serializer("PublishedReviewMatch", {
        "claim_text": serializers.CharField(), "claimant": serializers.CharField(), "rating": serializers.CharField(),
        "rating_value": serializers.FloatField(allow_null=True), "publisher": serializers.CharField(),
        "url": serializers.CharField(), "published": serializers.DateField(allow_null=True),
        "language": serializers.CharField(), "score": serializers.FloatField(),
    }, many=True)})
    @action(detail=True, methods=["get"], filter_backends=[], pagination_class=None)
    def matches(self, request, pk=None):
        """Fact-checks of the same claim published by others (import_claimreviews), most similar
        first, each with its similarity score."""
        claim = get_object_or_404(Claim, pk=pk)
        return Response([
            {
                "claim_text": review.claim_text, "claimant": review.claimant, "rating": review.rating,
                "rating_value": review.rating_value, "publisher": review.publisher, "url": review.url,
                "published": review.published.isoformat() if review.published else None,
                "language": review.language, "score": score,
            }
            for review, score in reviews_matching(claim)
        ])

    @extend_schema(responses={(200, "application/ld+json"): OpenApiTypes.OBJECT})
    @action(detail=True, methods=["get"], url_path="claimreview", filter_backends=[], pagination_class=None)
    def claimreview(self, request, pk=None):
        """The published review of this claim as schema.org ClaimReview JSON-LD."""
        claim = get_object_or_404(PUBLISHED_CLAIMS, pk=pk)
        return Response(_review(request, claim), content_type="application/ld+json")


def _utc_moment(name: str, value: str) -> datetime:
    """An ISO 8601 date or time as a UTC datetime (PostgreSQL refuses odd offsets such as +16:22),
    or a 400 naming the parameter: impossible days and times, offsets of a day or more, and
    moments outside the years datetime can hold all land here."""
    try:
        moment = parse_datetime(value) or (parse_date(value) and datetime.combine(parse_date(value), time.min))
        if moment is not None:
            if timezone.is_naive(moment):
                moment = timezone.make_aware(moment, dt_timezone.utc)
            return moment.astimezone(dt_timezone.utc)
    except (ValueError, OverflowError):
        pass
    raise ValidationError({name: f"{value!r} is not a date or time (ISO 8601) this API can compare"})


def _review(request, claim, *, context=True):
    return claim_review(
        claim,
        claim_url=request.build_absolute_uri(reverse("api:claim-detail", args=[claim.pk])),
        article_url=lambda article: request.build_absolute_uri(reverse("api:article-detail", args=[article.pk])),
        context=context,
    )


@extend_schema(
    parameters=[OpenApiParameter("updated_since", OpenApiTypes.DATETIME, description="Only reviews changed since")],
    responses={(200, "application/ld+json"): OpenApiTypes.OBJECT},
)
@api_view(["GET"])
@permission_classes([AllowAny])
def claimreview_feed(request):
    """Every published review as one JSON-LD document, optionally only those changed since a time."""
    claims = PUBLISHED_CLAIMS.order_by("updated_at", "id")
    withdrawals = ReviewWithdrawal.objects.none()
    since = request.query_params.get("updated_since")
    if since:
        moment = _utc_moment("updated_since", since)
        claims = claims.filter(updated_at__gte=moment)
        withdrawals = ReviewWithdrawal.objects.filter(withdrawn_at__gte=moment)
    # Conditional requests: a mirror that has the latest state gets a 304 and no body.
    latest = max(
        [m for m in (claims.aggregate(m=Max("updated_at"))["m"], withdrawals.aggregate(m=Max("withdrawn_at"))["m"]) if m],
        default=None,
    )
    tag = hashlib.sha256(f"{since}|{latest}|{claims.count()}|{withdrawals.count()}".encode()).hexdigest()[:32]
    headers = {"ETag": f'"{tag}"'}
    if latest is not None:
        headers["Last-Modified"] = http_date(latest.timestamp())
    if _not_modified(request, tag, latest):
        return Response(status=304, headers=headers)
    graph = [_review(request, claim, context=False) for claim in claims]
    graph += [_withdrawal(request, withdrawal) for withdrawal in withdrawals]
    return Response({"@context": SCHEMA_ORG, "@graph": graph}, content_type="application/ld+json", headers=headers)


def _withdrawal(request, withdrawal: ReviewWithdrawal) -> dict:
    """A withdrawn review as the feed tells it: which, and since when; no rating."""
    claim_url = request.build_absolute_uri(reverse("api:claim-detail", args=[withdrawal.claim_id]))
    return {
        "@type": "ClaimReview", "url": withdrawal.review_url or claim_url, "creativeWorkStatus": "Withdrawn",
        "dateModified": withdrawal.withdrawn_at.isoformat(),
    }


def _not_modified(request, tag: str, latest) -> bool:
    """If-None-Match names this ETag, or (without it) If-Modified-Since is no older than the latest change."""
    match = request.headers.get("If-None-Match")
    if match is not None:
        return f'"{tag}"' in [part.strip() for part in match.split(",")] or match.strip() == "*"
    since = parse_http_date_safe(request.headers.get("If-Modified-Since", ""))
    return since is not None and latest is not None and int(latest.timestamp()) <= since
