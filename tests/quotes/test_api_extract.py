"""Text in, quotes and claims out (quotes/api/extract.py): POST /api/extract/ (nothing stored) and
POST /api/articles/ (an editor pushes an article through the import's path)."""

import pytest
from rest_framework.test import APIClient

from articles.models import Article
from quotes.models import Quote

pytestmark = pytest.mark.django_db
TEXT = (
    "Mayor Anna Berg opened the new school on Monday.\n\n"
    "“We built this school in one single year, and we paid for it ourselves,” said Anna Berg."
)


@pytest.fixture
def editor_api(editor):
    client = APIClient()
    client.force_authenticate(editor)
    return client


def test_extract_answers_quotes_with_offsets_into_the_text_and_stores_nothing(seeded):
    response = APIClient().post("/api/extract/", {"text": TEXT}, format="json")
    assert response.status_code == 200
    body = response.json()
    [quote] = body["quotes"]
    assert body["language"] == "en" and TEXT[quote["start"]:quote["end"]] == quote["text"]
    assert (quote["speaker"], quote["attribution"], quote["kind"]) == ("Anna Berg", "explicit", "full")
    assert 0.0 <= quote["confidence"] <= 1.0
    assert not Article.objects.filter(body__contains="one single year").exists()


def test_extract_takes_a_language_and_knows_the_registry(seeded):
    text = "De top begon dinsdag.\n\n\"We blijven praten met iedereen die wil luisteren\", zei Poetin."
    [quote] = APIClient().post("/api/extract/", {"text": text, "language": "nl"}, format="json").json()["quotes"]
    assert quote["speaker_slug"] == "vladimir-putin"


@pytest.mark.parametrize("payload, field", [
    ({}, "text"), ({"text": "   "}, "text"), ({"text": TEXT, "language": "english"}, "language"),
])
def test_extract_refuses_bad_input_naming_the_field(db, payload, field):
    response = APIClient().post("/api/extract/", payload, format="json")
    assert response.status_code == 400 and field in response.json()


def test_extract_refuses_a_text_over_the_size_limit(db, settings):
    settings.IMPORT_MAX_FILE_BYTES = 50
    response = APIClient().post("/api/extract/", {"text": TEXT}, format="json")
    assert response.status_code == 400 and "over the limit of 50 bytes" in response.json()["text"][0]


def test_an_editor_pushes_an_article_and_gets_its_quotes(editor_api):
    payload = {"text": TEXT, "url": "https://news.example.org/school", "outlet": "Example News", "published": "2024-05-03"}
    first = editor_api.post("/api/articles/", payload, format="json")
    assert first.status_code == 201
    body = first.json()
    assert (body["outcome"], body["article"]["url"], body["article"]["outlet"]) == ("new", payload["url"], "Example News")
    assert [q["speaker"]["name"] for q in body["quotes"]] == ["Anna Berg"]
    article = Article.objects.get(url=payload["url"])
    quote = Quote.objects.get(article=article)
    assert article.body[quote.start:quote.end] == quote.text
    again = editor_api.post("/api/articles/", payload, format="json")  # the same text: the same article
    assert again.status_code == 200 and again.json()["outcome"] == "unchanged" and Article.objects.count() == 1


@pytest.mark.parametrize("payload, message", [
    ({"text": TEXT, "url": "ftp://x/y"}, "url: 'ftp://x/y' is not an http(s) URL"),
    ({"text": TEXT, "published": "2024-13"}, "published: '2024-13' is not a date"),
    ({"text": "  "}, "empty"),
])
def test_a_pushed_article_with_bad_fields_is_400_and_nothing_is_stored(editor_api, payload, message):
    response = editor_api.post("/api/articles/", payload, format="json")
    assert response.status_code == 400 and message in str(response.json())
    assert Article.objects.count() == 0


def test_only_editors_push_articles(db):
    assert APIClient().post("/api/articles/", {"text": TEXT}, format="json").status_code in (401, 403)
