"""Filters for utterances, named the way fact-checkers ask for them."""

import django_filters

from common.filtersets import FilterSet, PeriodFilter
from lineage.models import Utterance
from quotes.filtersets import speakers_by_slug


class UtteranceFilterSet(FilterSet):
    speaker = speakers_by_slug("speaker", "Speaker slug (of the first appearance)")
    language = django_filters.CharFilter(field_name="language")
    altered = django_filters.BooleanFilter(method="by_altered", label="Some appearance alters the words (true) or none does (false)")
    conflicting = django_filters.BooleanFilter(field_name="conflicting", label="Credited to more than one speaker")
    first_seen_after = PeriodFilter(field_name="first_seen", lookup_expr="gte")
    first_seen_before = PeriodFilter(field_name="first_seen", lookup_expr="lte")
    appearances_min = django_filters.NumberFilter(field_name="appearance_count", lookup_expr="gte", min_value=1, max_value=10**9)

    class Meta:
        model = Utterance
        fields = []

    def by_altered(self, queryset, name, value):
        if value is None:
            return queryset
        return queryset.filter(altered_count__gt=0) if value else queryset.filter(altered_count=0)
