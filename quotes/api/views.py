from django.db.models import Count
from rest_framework import viewsets
from rest_framework.decorators import action

from quotes.api.serializers import ClaimSerializer, QuoteSerializer, SpeakerSerializer
from quotes.filtersets import ClaimFilterSet, QuoteFilterSet, SpeakerFilterSet
from quotes.models import Claim, Quote, Speaker

QUOTE_QUERYSET = Quote.objects.select_related("speaker", "article")


class SpeakerViewSet(viewsets.ReadOnlyModelViewSet):
    queryset = Speaker.objects.annotate(quote_count=Count("quotes"))
    serializer_class = SpeakerSerializer
    filterset_class = SpeakerFilterSet
    lookup_field = "slug"
    ordering_fields = ["name", "slug", "quote_count", "id"]
    ordering = ["name", "slug"]

    @action(detail=True, methods=["get"], serializer_class=QuoteSerializer)
    def quotes(self, request, slug=None):
        """Every quote by this speaker, in every language, article by article."""
        speaker = self.get_object()
        page = self.paginate_queryset(QUOTE_QUERYSET.filter(speaker=speaker).order_by(*QuoteViewSet.ordering))
        return self.get_paginated_response(QuoteSerializer(page, many=True).data)


class QuoteViewSet(viewsets.ReadOnlyModelViewSet):
    queryset = QUOTE_QUERYSET
    serializer_class = QuoteSerializer
    filterset_class = QuoteFilterSet
    ordering_fields = ["start", "confidence", "created_at", "updated_at", "article__published", "id"]
    ordering = ["article__source_file", "article_id", "start", "id"]


class ClaimViewSet(viewsets.ReadOnlyModelViewSet):
    queryset = Claim.objects.select_related("claimant", "article").prefetch_related("quotes")
    serializer_class = ClaimSerializer
    filterset_class = ClaimFilterSet
    ordering_fields = ["created_at", "verdict", "id"]
    ordering = ["-created_at", "id"]
