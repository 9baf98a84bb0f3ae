"""An article's changes reach the copies its quotes keep (quotes/services/articles.py)."""

import pytest

from quotes.services import article_save
from tests.support import quote_in_new_article

pytestmark = pytest.mark.django_db


def test_quotes_carry_their_articles_language_and_date():
    quote = quote_in_new_article("We will continue the negotiations next week, whatever happens.")
    assert (quote.language, str(quote.published)) == ("en", "2024-05-02")
    article = quote.article
    article.language, article.published = "nl", None
    article_save(article=article)
    quote.refresh_from_db()
    assert (quote.language, quote.published) == ("nl", None)
