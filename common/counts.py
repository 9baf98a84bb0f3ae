"""Related rows counted per row of a page, for list endpoints that show counts (quotes per speaker,
per article) without grouping the whole table."""

from django.db.models import Count, OuterRef, Subquery
from django.db.models.functions import Coalesce


def related_count(model, related_name: str):
    """An annotation: how many rows of the reverse relation `related_name` each row of `model` has.
    A correlated subquery, which PostgreSQL evaluates for the rows of the page only (after the
    LIMIT), instead of grouping every related row in the database."""
    relation = model._meta.get_field(related_name)
    key = relation.field.name
    rows = relation.related_model._default_manager.filter(**{key: OuterRef("pk")}).order_by().values(key)
    return Coalesce(Subquery(rows.annotate(n=Count("*")).values("n")), 0)
