"""Filters for article lists, shared by the API and anything else that lists articles."""

import re
from datetime import date

import django_filters
from django import forms
from django.db.models import Q

from articles.models import Article


class PeriodField(forms.CharField):
    """A date given as YYYY-MM-DD or YYYY-MM (a whole month), parsed to its first day."""

    def to_python(self, value):
        value = super().to_python(value).strip()
        if not value:
            return None
        match = re.fullmatch(r"(\d{4})-(\d{2})(?:-(\d{2}))?", value)
        try:
            if not match:
                raise ValueError
            return date(int(match[1]), int(match[2]), int(match[3] or 1))
        except ValueError:
            raise forms.ValidationError(f"{value!r} is not a date: use YYYY-MM-DD or YYYY-MM") from None


class PeriodFilter(django_filters.Filter):
    field_class = PeriodField


def words_filter(queryset, field, value):
    """Every word of `value` must appear in `field` (case-insensitive); blank changes nothing."""
    for word in value.split()[:20]:
        queryset = queryset.filter(**{f"{field}__icontains": word})
    return queryset


class ArticleFilterSet(django_filters.FilterSet):
    q = django_filters.CharFilter(method="search", label="Words in the title or body")
    language = django_filters.CharFilter(field_name="language")
    published_after = PeriodFilter(field_name="published", lookup_expr="gte")
    published_before = PeriodFilter(field_name="published", lookup_expr="lte")

    class Meta:
        model = Article
        fields = ["language", "source"]

    def search(self, queryset, name, value):
        for word in value.split()[:20]:
            queryset = queryset.filter(Q(title__icontains=word) | Q(body__icontains=word))
        return queryset
