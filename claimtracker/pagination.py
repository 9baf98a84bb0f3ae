"""Page-number pagination shared by every list endpoint, with counts that stay cheap at scale.

Counting every match of a broad filter over a million quotes costs more than fetching the page.
So the count is exact up to EXACT_COUNT_LIMIT matches; past that (PostgreSQL only) it is the
planner's estimate, never less than the limit, and the response says `count_exact: false`.
Page numbers, deep links and `next`/`previous` keep working either way. Deep pages read only
their own rows (DEFERRED_JOIN_OFFSET), and ?ordering= always ends on the key, so pages are stable.

The count is settled after the page is read, and counted only when the page does not tell it: a
page shorter than the page size is the last, so the rows before it and on it are the exact count
(a speaker's few utterances, the last page of a list) and no count query runs. Otherwise the
list's keys are compiled once into one statement, counted up to the limit and, past it, explained.
"""

import json

from django.core.exceptions import EmptyResultSet
from django.core.paginator import EmptyPage, InvalidPage, PageNotAnInteger, Paginator
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
        return self._capped_count(queryset)

    def _capped_count(self, queryset: QuerySet) -> int:
        """The matches counted up to the limit; past it, the planner's estimate (never less). One
        compiled statement of the list's keys serves both: the joins that fetch a page's related
        rows change no count, and compiling the query twice through the ORM cost more than running it."""
        keys = queryset.order_by().values("pk")
        try:
            sql, params = keys.query.get_compiler(queryset.db).as_sql()
        except EmptyResultSet:  # (a filter on an empty list of keys)
            return 0
        with connections[queryset.db].cursor() as cursor:
            cursor.execute(f"SELECT count(*) FROM ({sql} LIMIT {int(EXACT_COUNT_LIMIT) + 1}) counted", params)
            counted = cursor.fetchone()[0]
            if counted <= EXACT_COUNT_LIMIT:
                return counted
            self.count_exact = False
            cursor.execute(f"EXPLAIN (FORMAT JSON) {sql}", params)
            plan = cursor.fetchone()[0]
        plan = json.loads(plan) if isinstance(plan, str) else plan
        return max(counted, int(plan[0]["Plan"]["Plan Rows"]))

    def page(self, number):
        """The page as a queryset not read yet, its number checked against nothing but itself: the
        count waits for the page (`settle`)."""
        queryset = self.object_list
        if not isinstance(queryset, QuerySet):
            return super().page(number)
        number = self._page_number(number)
        bottom = (number - 1) * self.per_page
        top = bottom + self.per_page
        if bottom >= DEFERRED_JOIN_OFFSET:
            queryset, bottom, top = queryset.filter(pk__in=queryset.values("pk")[bottom:top]), 0, top - bottom
        return self._get_page(queryset[bottom:top], number, self)

    def settle(self, page, rows: int) -> None:
        """The count, once the page is read (`rows` rows). A page shorter than the page size is the
        last: with the pages before it, it is the exact count, and nothing is counted. An empty page
        past the first is past the end (EmptyPage) unless the count says there are pages up to it,
        as Django's page check did. After a full page the count is taken, and never below the rows
        seen."""
        if not isinstance(self.object_list, QuerySet):
            return
        seen = (page.number - 1) * self.per_page + rows
        if rows == 0 and page.number > 1:
            if page.number > self.num_pages:
                raise EmptyPage("That page contains no results")
        elif rows < self.per_page:
            self.__dict__.update(count=seen, count_exact=True)  # (count is a cached property)
        elif self.count < seen:
            self.__dict__["count"] = seen

    @staticmethod
    def _page_number(number) -> int:
        """A whole page number from 1, checked as Paginator.validate_number does but without the count."""
        try:
            if isinstance(number, float) and not number.is_integer():
                raise ValueError
            number = int(number)
        except (TypeError, ValueError):
            raise PageNotAnInteger("That page number is not an integer") from None
        if number < 1:
            raise EmptyPage("That page number is less than 1")
        return number


class StandardPagination(PageNumberPagination):
    page_size = 50
    page_size_query_param = "page_size"
    max_page_size = 500
    django_paginator_class = CappedCountPaginator

    def paginate_queryset(self, queryset, request, view=None):
        """The page as a queryset not read yet (or None when the view does not paginate), so that
        its serializer decides how to read it: the lists of a shape read value rows of its columns.
        Nothing is counted yet: get_paginated_response settles the count."""
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
        return self.page.object_list

    @property
    def display_page_controls(self):
        """(The HTML view's, with DEBUG only: asked when it renders, so a JSON list counts nothing more.)"""
        page = getattr(self, "page", None)
        return page is not None and self.template is not None and page.paginator.num_pages > 1

    def get_paginated_response(self, data):
        """`data` is the page's rows, one item each: how many there are settles the count."""
        try:
            self.page.paginator.settle(self.page, len(data))
        except InvalidPage as error:
            raise NotFound(self.invalid_page_message.format(page_number=self.page.number, message=str(error))) from None
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
