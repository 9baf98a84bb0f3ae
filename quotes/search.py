"""Full-text search over quotes: PostgreSQL's text search with each language's own stemming.

Each quote is indexed with the text-search configuration of its language (`simple`, no stemming,
where PostgreSQL has none, e.g. Albanian). The database function `quote_search_config(language)`
maps a language code to its configuration as SEARCH_CONFIGS does (migration 0004 creates it; a
test holds the two equal). A change here needs a migration that replaces the function and
rebuilds the index.
"""

from django.db import connection
from django.db.models import BooleanField
from django.db.models.expressions import RawSQL

SEARCH_CONFIGS = {
    "da": "danish", "de": "german", "en": "english", "es": "spanish", "fi": "finnish", "fr": "french",
    "hu": "hungarian", "it": "italian", "nl": "dutch", "no": "norwegian", "pt": "portuguese",
    "ro": "romanian", "ru": "russian", "sv": "swedish", "tr": "turkish",
}
FALLBACK_CONFIG = "simple"
VECTOR_SQL = 'to_tsvector(quote_search_config("{table}"."language"), "{table}"."text")'


def quotes_matching(queryset, words: str, *, language: str | None = None):
    """Quotes whose text matches `words` (web-search syntax: "a phrase", or, -not). One language's
    stemming when the language is known, otherwise any configuration's, so one GIN index serves both."""
    words = words.strip()
    if not words:
        return queryset
    if connection.vendor != "postgresql":
        for word in words.split()[:20]:
            queryset = queryset.filter(text__icontains=word.strip('"-'))
        return queryset
    configs = [SEARCH_CONFIGS.get(language, FALLBACK_CONFIG)] if language else sorted(
        {*SEARCH_CONFIGS.values(), FALLBACK_CONFIG}
    )
    vector = VECTOR_SQL.format(table=queryset.model._meta.db_table)
    matches = " OR ".join(f"{vector} @@ websearch_to_tsquery('{config}', %s)" for config in configs)
    return queryset.filter(RawSQL(f"({matches})", [words] * len(configs), output_field=BooleanField()))
