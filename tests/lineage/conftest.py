"""Articles written for the lineage tests: one statement in four articles (whole, shortened, one
word changed, credited to someone else), imported in another order than they were published."""

import hashlib
from datetime import date

import pytest

from articles.models import Article
from lineage import services
from quotes.models import Quote, Speaker

STATEMENT = "We will not close a single rural school while I am minister, whatever the budget says."


def make_article(body: str, published: date, language: str = "en") -> Article:
    return Article.objects.create(
        title=body.split("\n")[0], body=body, language=language, published=published,
        published_precision="day", source_file=f"{published}.txt", sha256=hashlib.sha256(body.encode()).hexdigest(),
    )


def make_quote(article: Article, text: str, speaker: Speaker | None) -> Quote:
    start = article.body.index(text)
    return Quote.objects.create(
        article=article, speaker=speaker, text=text, start=start, end=start + len(text), kind="full",
        attribution="explicit", confidence=0.9, language=article.language, published=article.published,
    )


@pytest.fixture
def people():
    return (
        Speaker.objects.create(name="Marta Lindgren", slug="marta-lindgren"),
        Speaker.objects.create(name="Olof Berg", slug="olof-berg"),
    )


@pytest.fixture
def lineage(people):
    """One statement in four articles: whole (the earliest), shortened, one word changed, and
    credited to someone else; imported in another order than they were published."""
    lindgren, berg = people
    altered_text = STATEMENT.replace("not close", "never close")
    articles = {
        "misattributed": make_article(f"Schools\n\nBerg said: “{STATEMENT}”", date(2024, 3, 9)),
        "whole": make_article(f"Minister on schools\n\n“{STATEMENT}” Lindgren said on Monday.", date(2024, 3, 4)),
        "excerpt": make_article("Budget row\n\nLindgren promised “not close a single rural school” this year.", date(2024, 3, 5)),
        "altered": make_article(f"Schools again\n\nShe said: “{altered_text}”", date(2024, 3, 6)),
    }
    quotes = {
        "misattributed": make_quote(articles["misattributed"], STATEMENT, berg),
        "whole": make_quote(articles["whole"], STATEMENT, lindgren),
        "excerpt": make_quote(articles["excerpt"], "not close a single rural school", lindgren),
        "altered": make_quote(articles["altered"], altered_text, lindgren),
    }
    services.quotes_link(quotes=list(quotes.values()))
    return quotes
