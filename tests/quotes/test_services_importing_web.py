"""Importing web pages (quotes/services/importing.py): .html files and URLs fetched from a local
server (127.0.0.1 only), the article's text and metadata taken by trafilatura, every failure one
error line."""

import http.server
import threading
import time

import pytest

from articles.models import Article
from quotes.models import Quote
from tests.support import command_output

pytestmark = pytest.mark.django_db

PAGE = """<!doctype html><html><head><title>Mayor opens school | Example News</title>
<link rel="canonical" href="https://news.example.org/2024/school">
<meta property="og:site_name" content="Example News"><meta name="author" content="Lena Holm">
<meta property="article:published_time" content="2024-05-03T10:00:00Z"></head><body>
<nav><a href="/">Home</a> <a href="/world">World</a> <a href="/sport">Sport</a> <a href="/login">Log in</a></nav>
<article><h1>Mayor opens new school</h1><p class="byline">By Lena Holm, 3 May 2024</p>
<p>Mayor Anna Berg opened the new school on Monday in the north of the city, after a year of building work.</p>
<p>“We built this school in one single year, and we paid for it ourselves,” said Anna Berg.</p>
<p>The school has room for four hundred children and opens its doors in September, the council said.</p></article>
<aside><h3>Related articles</h3><ul><li><a href="/a">“Nobody saw this coming,” says the coach</a></li></ul></aside>
<section id="comments"><h3>Comments</h3><p>Great news! “I love it,” wrote a reader.</p></section>
<footer>© Example News 2024</footer></body></html>"""


class Pages(http.server.BaseHTTPRequestHandler):
    def do_GET(self):
        if self.path == "/school":
            self._send(200, "text/html; charset=utf-8", PAGE.encode())
        elif self.path == "/slow":
            time.sleep(1.5)
            self._send(200, "text/html", PAGE.encode())
        elif self.path == "/report.pdf":
            self._send(200, "application/pdf", b"%PDF-1.4")
        elif self.path == "/huge":
            self._send(200, "text/html", b"<p>" + b"word " * 40_000 + b"</p>")
        elif self.path == "/empty":
            self._send(200, "text/html", b"<html><body><nav>Home</nav></body></html>")
        else:
            self._send(404, "text/html", b"not here")

    def _send(self, status, kind, body):
        self.send_response(status)
        self.send_header("Content-Type", kind)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args):
        pass


@pytest.fixture
def site():
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Pages)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    yield f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()
    server.server_close()


def _import(*args):
    return command_output("import_articles", *args)


def test_a_url_is_fetched_and_its_article_imported_without_the_pages_furniture(site, tmp_path):
    (tmp_path / "urls.txt").write_text(f"# today's pages\n{site}/school\n", encoding="utf-8")
    out, err = _import("--urls", tmp_path / "urls.txt")
    assert err == "" and "1 files imported" in out
    article = Article.objects.get()
    assert (article.url, article.source, article.authors, str(article.published)) == (
        "https://news.example.org/2024/school", "Example News", ["Lena Holm"], "2024-05-03"
    )
    assert article.retrieved is not None and article.title == "Mayor opens new school"
    assert "Log in" not in article.body and "I love it" not in article.body and "Nobody saw" not in article.body
    [quote] = Quote.objects.all()
    assert quote.speaker.name == "Anna Berg" and article.body[quote.start:quote.end] == quote.text


def test_each_failing_url_is_one_error_line_and_the_others_import(site, tmp_path, settings):
    settings.IMPORT_FETCH_TIMEOUT = 0.5
    settings.IMPORT_MAX_FILE_BYTES = 100_000
    urls = ["school", "missing", "slow", "report.pdf", "huge", "empty"]
    (tmp_path / "urls.txt").write_text("\n".join(f"{site}/{u}" for u in urls) + "\nftp://example.org/x\n", encoding="utf-8")
    out, err = _import("--urls", tmp_path / "urls.txt")
    lines = err.strip().splitlines()
    assert f"error: {site}/missing: the server answered 404 Not Found" in lines
    assert any(line.startswith(f"error: {site}/slow: cannot be fetched") for line in lines)
    assert f"error: {site}/report.pdf: not a web page (application/pdf)" in lines
    assert f"error: {site}/huge: more than the import limit of 100000 bytes" in lines
    assert f"error: {site}/empty: no article text found in the page" in lines
    assert "error: ftp://example.org/x: not an http(s) URL" in lines
    assert len(lines) == 6 and Article.objects.count() == 1


def test_an_html_file_is_read_like_a_page_and_its_sidecar_wins(tmp_path):
    (tmp_path / "school.html").write_text(PAGE, encoding="utf-8")
    (tmp_path / "school.json").write_text('{"outlet": "Example News Weekend"}', encoding="utf-8")
    out, _ = _import(tmp_path)
    article = Article.objects.get()
    assert (article.source, article.url) == ("Example News Weekend", "https://news.example.org/2024/school")
    again, _ = _import(tmp_path)
    assert "school.html: unchanged" in again and Article.objects.count() == 1


def test_an_editor_pushes_an_article_by_its_url(site, editor, settings):
    from rest_framework.test import APIClient

    api = APIClient()
    api.force_authenticate(editor)
    refused = api.post("/api/articles/", {"url": f"{site}/school"}, format="json")
    assert refused.status_code == 400 and "not a public address" in refused.json()["detail"]
    settings.IMPORT_ALLOW_PRIVATE_URLS = True  # the test's server is on 127.0.0.1
    api = APIClient()
    api.force_authenticate(editor)
    response = api.post("/api/articles/", {"url": f"{site}/school", "outlet": "Example News Daily"}, format="json")
    assert response.status_code == 201
    body = response.json()
    assert (body["article"]["url"], body["article"]["outlet"]) == ("https://news.example.org/2024/school", "Example News Daily")
    assert [q["speaker"]["name"] for q in body["quotes"]] == ["Anna Berg"]
    missing = api.post("/api/articles/", {"url": f"{site}/missing"}, format="json")
    assert missing.status_code == 400 and "the server answered 404" in missing.json()["detail"]
    assert api.post("/api/articles/", {"outlet": "x"}, format="json").status_code == 400
