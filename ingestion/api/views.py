"""The import runs endpoint (`/api/imports/`): editors follow what ran, what runs, and what failed."""

from knox.auth import TokenAuthentication
from rest_framework import viewsets
from rest_framework.authentication import SessionAuthentication

from ingestion.api.serializers import ImportRunDetailSerializer, ImportRunSerializer
from ingestion.filtersets import ImportRunFilterSet
from ingestion.models import ImportRun
from quotes.api.views import IsEditor


class ImportRunViewSet(viewsets.ReadOnlyModelViewSet):
    # The token first, so that a request without credentials is told to authenticate (401).
    authentication_classes = [TokenAuthentication, SessionAuthentication]
    permission_classes = [IsEditor]
    lookup_value_regex = r"[0-9]+"
    queryset = ImportRun.objects.select_related("source")
    serializer_class = ImportRunSerializer
    filterset_class = ImportRunFilterSet
    ordering_fields = ["started", "finished", "id"]
    ordering = ImportRun._meta.ordering

    def get_serializer_class(self):
        return ImportRunDetailSerializer if self.action == "retrieve" else ImportRunSerializer
