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

    @action(detail=True, methods=["get"], filterset_class=QuoteFilterSet, serializer_class=QuoteSerializer,
            ordering_fields=["start", "confidence", "created_at", "id"])
    def quotes(self, request, slug=None):
        speaker = self.get_object()
        queryset = self.filter_queryset(QUOTE_QUERYSET.filter(speaker=speaker))
        page = self.paginate_queryset(queryset)
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
