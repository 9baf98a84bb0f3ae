"""Filters of the import runs list: by kind, status and source."""

import django_filters

from ingestion.models import ImportRun


class ImportRunFilterSet(django_filters.FilterSet):
    source_id = django_filters.NumberFilter(field_name="source_id")

    class Meta:
        model = ImportRun
        fields = ["kind", "status", "queued"]
