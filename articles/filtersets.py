"""Filters for article lists, named the way fact-checkers ask for them."""

import django_filters
from django.db.models import Q

from articles.models import Article
from common.filtersets import FilterSet, PeriodFilter


class ArticleFilterSet(FilterSet):
    q = django_filters.CharFilter(method="search", label="Words in the title or body")
    language = django_filters.CharFilter(field_name="language")
    published_after = PeriodFilter(field_name="published", lookup_expr="gte")
    published_before = PeriodFilter(field_name="published", lookup_expr="lte")
    outlet = django_filters.CharFilter(field_name="source", lookup_expr="iexact", label="The outlet, e.g. CNN")
    url = django_filters.CharFilter(field_name="url", label="The article's URL, exactly")

    class Meta:
        model = Article
        fields = ["language", "source"]

    def search(self, queryset, name, value):
        for word in value.split()[:20]:
            queryset = queryset.filter(Q(title__icontains=word) | Q(body__icontains=word))
        return queryset
