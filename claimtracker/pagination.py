"""Page-number pagination shared by every list endpoint, with counts that stay cheap at scale.

Counting every match of a broad filter over a million quotes costs more than fetching the page.
So the count is exact up to EXACT_COUNT_LIMIT matches; past that (PostgreSQL only) it is the
planner's estimate, never less than the limit, and the response says `count_exact: false`.
Page numbers, deep links and `next`/`previous` keep working either way. Deep pages read only
their own rows (DEFERRED_JOIN_OFFSET), and ?ordering= always ends on the key, so pages are stable.
"""

import json

from django.core.paginator import InvalidPage, Paginator
from django.db import connections
from django.db.models import QuerySet
from django.utils.functional import cached_property
from rest_framework.exceptions import NotFound
from rest_framework.filters import OrderingFilter
from rest_framework.pagination import PageNumberPagination
from rest_framework.response import Response

EXACT_COUNT_LIMIT = 10_000
# From this offset on, a page is fetched as "the rows whose keys are the page's keys": the keys
# come from an index-only walk, and only the page's rows are joined and read.
DEFERRED_JOIN_OFFSET = 1_000


class CappedCountPaginator(Paginator):
    count_exact = True

    @cached_property
    def count(self):
        queryset = self.object_list
        if not isinstance(queryset, QuerySet) or connections[queryset.db].vendor != "postgresql":
            return super().count
        counted = queryset.order_by()[: EXACT_COUNT_LIMIT + 1].count()
        if counted <= EXACT_COUNT_LIMIT:
            return counted
        self.count_exact = False
        return max(counted, planner_estimate(queryset))

    def page(self, number):
        queryset = self.object_list
        if not isinstance(queryset, QuerySet):
            return super().page(number)
        number = self.validate_number(number)
        bottom = (number - 1) * self.per_page
        top = bottom + self.per_page
        if self.count_exact:
            top = min(top, self.count)  # an estimated count is no end to clamp to
        if bottom >= DEFERRED_JOIN_OFFSET:
            queryset, bottom, top = queryset.filter(pk__in=queryset.values("pk")[bottom:top]), 0, top - bottom
        return self._get_page(queryset[bottom:top], number, self)


def planner_estimate(queryset: QuerySet) -> int:
    """The planner's estimate of the rows `queryset` matches (its keys only: the joins that fetch a
    page's related rows change no count, and would cost planning time)."""
    plan = json.loads(queryset.order_by().values("pk").explain(format="json"))
    return int(plan[0]["Plan"]["Plan Rows"])


class StandardPagination(PageNumberPagination):
    page_size = 50
    page_size_query_param = "page_size"
    max_page_size = 500
    django_paginator_class = CappedCountPaginator

    def paginate_queryset(self, queryset, request, view=None):
        """The page as a queryset not read yet (or None when the view does not paginate), so that
        its serializer decides how to read it: the lists of a shape read value rows of its columns."""
        self.request = request
        page_size = self.get_page_size(request)
        if not page_size:
            return None
        paginator = self.django_paginator_class(queryset, page_size)
        number = self.get_page_number(request, paginator)
        try:
            self.page = paginator.page(number)
        except InvalidPage as error:
            raise NotFound(self.invalid_page_message.format(page_number=number, message=str(error))) from None
        self.display_page_controls = paginator.num_pages > 1 and self.template is not None  # (the HTML view's)
        return self.page.object_list

    def get_paginated_response(self, data):
        return Response({
            "count": self.page.paginator.count,
            "count_exact": self.page.paginator.count_exact,
            "next": self.get_next_link(),
            "previous": self.get_previous_link(),
            "results": data,
        })

    def get_paginated_response_schema(self, schema):
        response = super().get_paginated_response_schema(schema)
        response["properties"]["count_exact"] = {
            "type": "boolean",
            "description": f"False when more than {EXACT_COUNT_LIMIT} rows match and count is the database's estimate.",
        }
        response["required"] = [*response.get("required", []), "count_exact"]
        return response


class StableOrderingFilter(OrderingFilter):
    """?ordering= with the primary key as the last tiebreaker, so that rows with equal values
    (the same confidence, the same date) never move between pages."""

    def get_ordering(self, request, queryset, view):
        ordering = super().get_ordering(request, queryset, view)
        if ordering and request.query_params.get(self.ordering_param) and not {"id", "-id", "pk", "-pk"} & {
            str(field) for field in ordering
        }:
            ordering = [*ordering, "id"]
        return ordering
