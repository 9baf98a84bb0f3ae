"""Feeds read politely: a conditional GET (ETag, Last-Modified), a timeout, a size limit and a delay
between two requests to one host; RSS and Atom entries parsed by feedparser into URLs to import."""

import time
import urllib.error
import urllib.request
from dataclasses import dataclass, field
from datetime import date
from urllib.parse import urlparse

import feedparser
from django.conf import settings
from django.core.cache import cache

from quotes.services import ImportFileError
from quotes.services.importing import _public_only

FEED_TYPES = ("xml", "rss", "atom", "rdf")  # application/rss+xml, text/xml, application/atom+xml, ...


class FeedError(Exception):
    """A feed that cannot be read; the message names the feed and the reason."""


@dataclass(frozen=True)
class FeedEntry:
    """An entry of a feed: its link, the provenance the feed gives it, or why it cannot be imported."""

    link: str
    provenance: dict = field(default_factory=dict)
    error: str = ""


@dataclass(frozen=True)
class FeedFetch:
    """A feed's answer: not modified since the last poll, or its bytes and validators."""

    not_modified: bool
    body: bytes = b""
    etag: str = ""
    last_modified: str = ""


def host_wait(url: str) -> None:
    """Wait until no other request to the URL's host went out in the last FEED_HOST_DELAY seconds,
    in any process that shares the cache (the database's), then claim the host."""
    delay = settings.FEED_HOST_DELAY
    if delay <= 0:
        return
    key = f"ingestion:host:{urlparse(url).hostname}"
    deadline = time.monotonic() + max(60.0, delay * 10)
    while not cache.add(key, 1, timeout=delay) and time.monotonic() < deadline:
        time.sleep(min(delay, 0.25))


def feed_fetch(*, url: str, etag: str = "", last_modified: str = "") -> FeedFetch:
    """Fetch a feed, conditionally on the validators of the last poll; FeedError says why not."""
    if urlparse(url).scheme not in ("http", "https"):
        raise FeedError(f"{url}: not an http(s) URL")
    if not settings.IMPORT_ALLOW_PRIVATE_URLS:
        try:
            _public_only(url)
        except ImportFileError as error:
            raise FeedError(str(error)) from None
    headers = {"User-Agent": "ClaimTracker feed reader", "Accept": "application/rss+xml, application/atom+xml, */*;q=0.5"}
    if etag:
        headers["If-None-Match"] = etag
    if last_modified:
        headers["If-Modified-Since"] = last_modified
    limit = settings.IMPORT_MAX_FILE_BYTES
    host_wait(url)
    try:
        with urllib.request.urlopen(urllib.request.Request(url, headers=headers),
                                    timeout=settings.IMPORT_FETCH_TIMEOUT) as response:
            body = response.read(limit + 1)
            found_etag, found_modified = response.headers.get("ETag", ""), response.headers.get("Last-Modified", "")
    except urllib.error.HTTPError as error:
        if error.code == 304:
            return FeedFetch(not_modified=True, etag=etag, last_modified=last_modified)
        raise FeedError(f"{url}: the server answered {error.code} {error.reason}") from None
    except (urllib.error.URLError, TimeoutError, OSError) as error:
        raise FeedError(f"{url}: cannot be fetched ({getattr(error, 'reason', error)})") from None
    if len(body) > limit:
        raise FeedError(f"{url}: more than the import limit of {limit} bytes")
    return FeedFetch(not_modified=False, body=body, etag=found_etag[:500], last_modified=found_modified[:100])


def feed_entries(*, url: str, body: bytes, outlet: str) -> list[FeedEntry]:
    """The entries of an RSS or Atom feed, oldest first; an entry without a usable link is one
    entry with its error. FeedError when the bytes are no feed at all."""
    parsed = feedparser.parse(body)
    if not parsed.entries and (parsed.bozo or not parsed.version):
        reason = getattr(parsed, "bozo_exception", None) or "no RSS or Atom entries"
        raise FeedError(f"{url}: not a feed ({str(reason).splitlines()[0] if str(reason) else 'unreadable'})")
    entries = []
    for number, entry in enumerate(reversed(parsed.entries), start=1):
        link = (entry.get("link") or "").strip()
        name = entry.get("title") or entry.get("id") or f"entry {number}"
        if urlparse(link).scheme not in ("http", "https") or not urlparse(link).netloc:
            entries.append(FeedEntry(link=link or f"{url}#{number}",
                                     error=f"{url}: entry {name!r} has no http(s) link ({link or 'none'})"))
            continue
        provenance = {"outlet": outlet} if outlet else {}
        if entry.get("title"):
            provenance["title"] = entry["title"][:500]
        when = entry.get("published_parsed") or entry.get("updated_parsed")
        if when:
            provenance["published"] = date(*when[:3]).isoformat()
        entries.append(FeedEntry(link=link, provenance=provenance))
    return entries
