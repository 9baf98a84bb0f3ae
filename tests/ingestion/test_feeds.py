"""Feed polling (ingestion/feeds.py, services.source_poll) against feeds on a local server: RSS and
Atom, a conditional request answered 304, a broken entry that is one failure while the others
import, a feed that times out. Without a broker the tasks run in process."""

import io

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError

from articles.models import Article
from ingestion import services
from ingestion.models import ImportRun, Source
from tests.ingestion.conftest import page

pytestmark = pytest.mark.django_db


def rss(site, links):
    items = "".join(
        f"<item><title>{title}</title><link>{site.url(link) if link.startswith('/') else link}</link>"
        f"<pubDate>Mon, 02 Nov 2026 0{n}:00:00 GMT</pubDate></item>"
        for n, (title, link) in enumerate(links)
    )
    return ("application/rss+xml", f'<?xml version="1.0"?><rss version="2.0"><channel><title>Feed News</title>'
                                   f"<link>{site.url('/')}</link>{items}</channel></rss>".encode())


def atom(site, links):
    entries = "".join(
        f'<entry><title>{title}</title><link href="{site.url(link)}"/><id>{link}</id>'
        f"<updated>2026-11-0{n + 1}T10:00:00Z</updated></entry>"
        for n, (title, link) in enumerate(links)
    )
    return ("application/atom+xml", f'<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom">'
                                    f"<title>Feed News</title><id>urn:feed</id><updated>2026-11-02T10:00:00Z</updated>"
                                    f"{entries}</feed>".encode())


@pytest.fixture
def pages(site):
    site.routes["/school"] = ("text/html", page("Mayor opens school", "Anna Berg", "We built this school in one single year"))
    site.routes["/bridge"] = ("text/html", page("Bridge reopens", "Karl Lund", "The bridge is safe for every one of us now"))
    site.routes["/harbour"] = ("text/html", page("Harbour plan", "Eva Dahl", "The harbour will be open to everyone by May"))
    return site


def test_rss_entries_import_once_and_a_conditional_poll_is_304(pages):
    pages.routes["/rss"] = rss(pages, [("School", "/school"), ("Bridge", "/bridge")])
    source = Source.objects.create(outlet="Feed News", feed_url=pages.url("/rss"), language="en")
    run = services.source_poll(source=source)
    assert (run.status, run.total, run.new, run.failed) == ("done", 2, 2, 0)
    assert set(Article.objects.values_list("source", flat=True)) == {"Feed News"}
    assert set(Article.objects.values_list("title", flat=True)) == {"School", "Bridge"}
    source.refresh_from_db()
    assert source.etag and source.last_modified and source.last_polled

    again = services.source_poll(source=source)  # the feed has not changed: 304, nothing fetched
    assert (again.status, again.total, again.done) == ("done", 0, 0)
    assert pages.requests[-1] == "/rss"
    assert Article.objects.count() == 2


def test_a_changed_feed_fetches_only_its_new_entries(pages):
    pages.routes["/rss"] = rss(pages, [("School", "/school")])
    source = Source.objects.create(outlet="Feed News", feed_url=pages.url("/rss"))
    services.source_poll(source=source)
    pages.routes["/rss"] = rss(pages, [("School", "/school"), ("Bridge", "/bridge")])
    pages.requests.clear()
    run = services.source_poll(source=source)
    assert (run.new, run.unchanged) == (1, 1)
    assert pages.requests == ["/rss", "/bridge"]  # the stored entry is not fetched again
    assert Article.objects.count() == 2


def test_atom_feed(pages):
    pages.routes["/atom"] = atom(pages, [("School", "/school"), ("Harbour", "/harbour")])
    source = Source.objects.create(outlet="Atom News", feed_url=pages.url("/atom"))
    run = services.source_poll(source=source)
    assert (run.status, run.new, run.failed) == ("done", 2, 0)
    assert Article.objects.filter(source="Atom News", published__isnull=False).count() == 2


def test_a_broken_entry_is_one_failure_line_and_the_others_import(pages):
    pages.routes["/rss"] = rss(pages, [("School", "/school"), ("Gone", "/gone"), ("No link", "mailto:x@example.org"),
                                       ("Bridge", "/bridge")])
    source = Source.objects.create(outlet="Feed News", feed_url=pages.url("/rss"))
    out, err = io.StringIO(), io.StringIO()
    call_command("poll_feeds", stdout=out, stderr=err)
    run = ImportRun.objects.get()
    assert (run.status, run.total, run.new, run.failed) == ("done", 4, 2, 2)
    reasons = list(run.items.filter(outcome="failed").order_by("position").values_list("reason", flat=True))
    assert len(reasons) == 2 and all("\n" not in reason for reason in reasons)
    assert any("/gone: the server answered 404" in reason for reason in reasons)
    assert any("has no http(s) link" in reason for reason in reasons)
    assert err.getvalue().count("error: ") == 2
    assert "1 feeds polled, 0 could not be read" in out.getvalue()
    assert Article.objects.count() == 2
    source.refresh_from_db()
    assert services.sources_due() == []  # polled just now


def test_a_feed_that_times_out_is_a_failed_run_naming_it(pages):
    pages.routes["/rss"] = rss(pages, [("School", "/school")])
    Source.objects.create(outlet="Slow News", feed_url=pages.url("/slow/rss"))
    with pytest.raises(CommandError, match="1 feed"):
        call_command("poll_feeds", stdout=io.StringIO(), stderr=io.StringIO())
    run = ImportRun.objects.get()
    assert run.status == "failed" and "/slow/rss: cannot be fetched" in run.error and "timed out" in run.error
    assert Article.objects.count() == 0


def test_not_a_feed_and_a_private_address_are_clear_errors(pages, settings):
    pages.routes["/page"] = ("text/html", b"<html><body><p>Hello</p></body></html>")
    source = Source.objects.create(outlet="Odd", feed_url=pages.url("/page"))
    run = services.source_poll(source=source)
    assert run.status == "failed" and run.error.startswith(f"{pages.url('/page')}: not a feed")
    settings.IMPORT_ALLOW_PRIVATE_URLS = False
    run = services.source_poll(source=source)
    assert run.status == "failed" and "not a public address" in run.error


def test_poll_feeds_unknown_source_is_a_clear_error():
    with pytest.raises(CommandError, match="--source 999: no such source"):
        call_command("poll_feeds", "--source", "999", stdout=io.StringIO())


def test_a_source_s_language_goes_with_its_entries_as_a_hint(pages, monkeypatch):
    import quotes.services

    seen = []
    real = quotes.services.article_url_import

    def recording(*, url, provenance, language_hint=""):
        seen.append((url, language_hint, sorted(provenance)))
        return real(url=url, provenance=provenance, language_hint=language_hint)

    monkeypatch.setattr(quotes.services, "article_url_import", recording)
    pages.routes["/rss"] = rss(pages, [("School", "/school")])
    source = Source.objects.create(outlet="Feed News", feed_url=pages.url("/rss"), language="nl")
    run = services.source_poll(source=source)
    assert run.new == 1 and seen == [(pages.url("/school"), "nl", ["outlet", "published", "title"])]
    assert Article.objects.get().language == "en"  # a plainly English page stays English
