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
# Two GIN indexes (migration 0004): the quote's own language's configuration, used when the
# search names a language; and `simple` (exact words, any language) when it does not. One index
# condition per search keeps PostgreSQL's estimates, and so its plans, right.
STEMMED_SQL = 'to_tsvector(quote_search_config("{table}"."language"), "{table}"."text")'
ANY_LANGUAGE_SQL = "to_tsvector('simple'::regconfig, \"{table}\".\"text\")"


def quotes_matching(queryset, words: str, *, language: str | None = None):
    """Quotes whose text matches `words` (web-search syntax: "a phrase", or, -word): stemmed in
    `language` when it is given (the caller filters on that language), exact words otherwise."""
    words = words.strip()
    if not words:
        return queryset
    if connection.vendor != "postgresql":
        for word in words.split()[:20]:
            queryset = queryset.filter(text__icontains=word.strip('"-'))
        return queryset
    table = queryset.model._meta.db_table
    if language:
        config, vector = SEARCH_CONFIGS.get(language, FALLBACK_CONFIG), STEMMED_SQL.format(table=table)
    else:
        config, vector = FALLBACK_CONFIG, ANY_LANGUAGE_SQL.format(table=table)
    condition = f"{vector} @@ websearch_to_tsquery('{config}', %s)"
    return queryset.filter(RawSQL(condition, [search_terms(words)], output_field=BooleanField()))


MAX_SEARCH_TERMS = 64


def search_terms(words: str) -> str:
    """The web-search query as PostgreSQL should read it: operators that stand alone (a run of
    "-", "- - -", "-(") are dropped, a word's run of leading dashes is one "not", and at most
    MAX_SEARCH_TERMS terms. Forty lone dashes otherwise overflow websearch_to_tsquery's stack."""
    kept = []
    for token in words.split():
        if any(char.isalnum() for char in token):
            kept.append("-" + token.lstrip("-") if token.startswith("-") else token)
        elif set(token) == {'"'}:
            kept.append(token)  # a phrase's closing quote, written apart
    return " ".join(kept[:MAX_SEARCH_TERMS])
