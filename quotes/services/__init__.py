"""The writes of the quotes app, a module per concern; callers import them from here.

- importing: article files, web pages and pushed texts read, extracted and stored
- speakers: the registry the engine reads names from; find, create, rename, merge
- curation: editors' decisions on quotes and claims (the rule of what a published review needs)
- editors: the editors group, its permissions, API tokens
- articles: a stored article changed, its quotes' copies of its language and date with it

Reads that are more than a queryset live in quotes/selectors.py.
"""

from quotes.services.articles import article_save
from quotes.services.curation import (
    claim_create_from_quote, claim_rate, claim_review_check, claim_set_claimant, quote_set_speaker, quotes_set_status,
    review_withdraw,
)
from quotes.services.editors import editor_token_issue, editors_group_ensure, user_is_editor
from quotes.services.importing import (
    ImportFileError, ImportResult, article_text_import, article_url_import, articles_import,
)
from quotes.services.speakers import (
    aliases_validated, known_speakers, registry_current, speaker_create, speaker_merge, speaker_set_names,
)

__all__ = [
    "ImportFileError", "ImportResult", "aliases_validated", "article_save", "article_text_import",
    "article_url_import", "articles_import", "claim_create_from_quote", "claim_rate", "claim_review_check",
    "claim_set_claimant", "editor_token_issue", "editors_group_ensure", "known_speakers", "quote_set_speaker",
    "quotes_set_status", "registry_current", "review_withdraw", "speaker_create", "speaker_merge",
    "speaker_set_names", "user_is_editor",
]
