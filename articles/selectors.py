"""Reads of the articles app that are more than a queryset a view states."""

from articles.models import Article
from common.counts import related_count


def articles_with_quote_count():
    """Articles, each with `quote_count` (counted for a page's rows only)."""
    return Article.objects.annotate(quote_count=related_count(Article, "quotes"))
