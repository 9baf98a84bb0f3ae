"""The articles endpoint: articles with their quote counts, filtered and ordered. An editor's push of
an article (POST) is an import, so it is added by the quotes app (quotes/api/extract.py)."""

from rest_framework import viewsets

from articles.api.serializers import ArticleDetailSerializer, ArticleSerializer
from articles.filtersets import ArticleFilterSet
from articles.selectors import articles_with_quote_count


class ArticleViewSet(viewsets.ReadOnlyModelViewSet):
    lookup_value_regex = r"[0-9]+"  # (\d would take other scripts' digits too)
    queryset = articles_with_quote_count()
    serializer_class = ArticleSerializer
    filterset_class = ArticleFilterSet
    ordering_fields = ["published", "title", "language", "source_file", "id"]
    ordering = ["-published", "id"]

    def get_serializer_class(self):
        return ArticleDetailSerializer if self.action == "retrieve" else ArticleSerializer
