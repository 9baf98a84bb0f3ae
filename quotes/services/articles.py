"""Changes to a stored article, made together with its quotes' copies of its language and date."""

from django.db import transaction

from articles.models import Article
from quotes.models import Quote


def article_save(*, article: Article, fields: list[str] | None = None) -> Article:
    """Save an article (only `fields`, when given) and bring its quotes' copies of its language and
    date in step: quotes carry them so that the common lists (a language, a period, newest first)
    are each one index range without a join. Every change to an article goes through here (the
    import's provenance updates, the admin); a new article's quotes are written with the copies."""
    with transaction.atomic():
        article.save(update_fields=fields)
        Quote.objects.filter(article=article).exclude(language=article.language, published=article.published).update(
            language=article.language, published=article.published
        )
    return article
