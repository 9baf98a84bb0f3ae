"""/api/utterances/: one statement across the articles that quote it, with its alarms."""

from rest_framework import viewsets

from lineage import selectors
from lineage.api.serializers import UtteranceDetailSerializer, UtteranceSerializer
from lineage.filtersets import UtteranceFilterSet


class UtteranceViewSet(viewsets.ReadOnlyModelViewSet):
    """Utterances, most quoted first: filter by speaker, language, altered, conflicting,
    first_seen_after/before and appearances_min. An utterance's page lists its appearances,
    earliest first, each with its word-level diff against the first."""

    queryset = selectors.utterances()
    serializer_class = UtteranceSerializer
    filterset_class = UtteranceFilterSet
    ordering_fields = ["appearance_count", "first_seen", "id"]
    ordering = ["-appearance_count", "id"]

    def get_queryset(self):
        return selectors.utterance_with_appearances() if self.action == "retrieve" else super().get_queryset()

    def get_serializer_class(self):
        return UtteranceDetailSerializer if self.action == "retrieve" else UtteranceSerializer
