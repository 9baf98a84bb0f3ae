"""The import: article files, web pages and pushed texts read, their quotes and claims extracted and
stored, in batches and worker processes, reconciled with what editors already decided."""

import hashlib
import ipaddress
import json
import socket
import urllib.error
import urllib.request
import re
import multiprocessing
from concurrent.futures import ProcessPoolExecutor
from contextlib import nullcontext
from dataclasses import dataclass
from datetime import date, timezone as dt_timezone
from pathlib import Path
from urllib.parse import urlparse

from django.conf import settings
from django.db import IntegrityError, OperationalError, connection, connections, transaction
from django.utils import timezone
from django.utils.dateparse import parse_datetime
from simple_history.utils import bulk_create_with_history

from articles.models import Article
from quotes.extraction import ParsedDocument, engine_version, extract_from_document, parse_document, warm_up
from quotes.extraction.webpage import page_article
from quotes.models import Claim, Quote, Speaker
from quotes.services.articles import article_save
from quotes.signals import quotes_stored
from quotes.services.speakers import (
    Registry, registry_current, speaker_create_or_find, speaker_named, speaker_registry_ensure,
)


class ImportFileError(Exception):
    """A file that cannot be imported; the message names the file and the reason."""


@dataclass(frozen=True)
class ImportResult:
    """What became of one file: stored (new, updated or unchanged) with its counts, or failed with
    the reason, a line naming the file."""

    NEW, UPDATED, UNCHANGED, FAILED = "new", "updated", "unchanged", "failed"

    source_file: str
    outcome: str
    language: str = ""
    quotes: int = 0
    created: int = 0
    updated: int = 0
    removed: int = 0
    kept: int = 0
    claims: int = 0
    error: str = ""

    @classmethod
    def failure(cls, source, error) -> "ImportResult":
        return cls(source_file=str(source), outcome=cls.FAILED, error=str(error))

    @property
    def failed(self) -> bool:
        return self.outcome == self.FAILED

    def summary(self) -> str:
        return (
            f"{self.source_file}: {self.outcome}, language {self.language}, {self.quotes} quotes "
            f"({self.created} new, {self.updated} updated, {self.removed} removed, {self.kept} kept by editors), "
            f"{self.claims} claims"
        )


def text_file_read(path: Path) -> tuple[bytes, str]:
    """The raw bytes and the decoded text of one file, or ImportFileError saying why not."""
    raw = _read_limited(path)
    if not raw.strip():
        raise ImportFileError(f"{path}: the file is empty")
    if b"\x00" in raw:
        raise ImportFileError(f"{path}: binary file (it contains NUL bytes), not text")
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        raise ImportFileError(f"{path}: not valid UTF-8 (byte {error.start})") from None
    return raw, text


def _links_inside(link: Path, folder: Path) -> bool:
    """Whether a link in an import folder points at a file inside that folder: a link out of it
    (to /etc/passwd, a .env, /proc) would publish whatever it points at."""
    try:
        return link.resolve(strict=True).is_relative_to(folder.resolve(strict=True))
    except (OSError, RuntimeError):  # a broken or looping link
        return False


def article_files_collect(paths: list[Path]) -> tuple[list[Path], list[ImportResult]]:
    """Files to import from files and folders, and a failure per path that gives none."""
    files, errors = [], []
    for path in paths:
        if isinstance(path, str):  # a URL (import_articles --urls)
            files.append(path)
        elif path.is_dir():
            found = sorted(p for p in path.iterdir() if p.suffix.lower() in ARTICLE_SUFFIXES and not p.is_dir())
            if not found:
                errors.append(ImportResult.failure(path, f"{path}: the folder has no .txt or .html files"))
            for entry in found:
                if entry.is_symlink() and not _links_inside(entry, path):
                    errors.append(ImportResult.failure(entry, f"{entry}: a link to a file outside {path}, not imported"))
                else:
                    files.append(entry)
        elif path.exists() or path.is_symlink():
            files.append(path)
        else:
            errors.append(ImportResult.failure(path, f"{path}: no such file or folder"))
    return files, errors


def _published(value: str) -> tuple[date | None, str]:
    if not value:
        return None, ""
    parts = [int(p) for p in value.split("-")]
    precision = {1: Article.DatePrecision.YEAR, 2: Article.DatePrecision.MONTH, 3: Article.DatePrecision.DAY}
    try:
        return date(parts[0], parts[1] if len(parts) > 1 else 1, parts[2] if len(parts) > 2 else 1), precision[len(parts)]
    except ValueError:
        return None, ""


@dataclass(frozen=True)
class ArticleFile:
    """One file, read and parsed: the article it holds, not stored yet."""

    path: Path
    sha256: str
    fields: dict  # Article fields other than sha256


def _engine() -> str:
    """The fingerprint stored with an article's quotes: the engine's, and the abstention it ran with."""
    return engine_version(settings.ATTRIBUTION_ABSTAIN_BELOW)


HTML_SUFFIXES = (".html", ".htm")
ARTICLE_SUFFIXES = (".txt", *HTML_SUFFIXES)


def article_file_read(path: Path | str) -> ArticleFile:
    """Read and parse one file (a .txt, or a web page: .html, .htm) or URL, detect its language,
    take its provenance from the page and a sidecar NAME.json when there is one; ImportFileError
    says why it cannot be imported."""
    if isinstance(path, str):
        return article_url_read(path)
    if path.suffix.lower() in HTML_SUFFIXES:
        return _page_read(_read_limited(path), path=path, provenance=provenance_read(path.with_suffix(".json")))
    raw, text = text_file_read(path)
    return article_text_read(text, raw=raw, path=path, provenance=provenance_read(path.with_suffix(".json")))


def _page_read(page: bytes, *, path, provenance: dict, url: str | None = None, language_hint: str = "") -> ArticleFile:
    """A web page's article: its main text (offsets point into it, as into a .txt file) and what
    the page says of it, under what a sidecar says. The same article text is the same article,
    whatever the page around it (its sha256 is the text's)."""
    try:
        text, found = page_article(page, url)
    except ValueError as error:
        raise ImportFileError(f"{path}: {error}") from None
    page_fields = provenance_values(found, source=str(path), lenient=True)  # odd page metadata is dropped
    return article_text_read(
        text, raw=text.encode("utf-8"), path=path, provenance={**page_fields, **provenance}, language_hint=language_hint
    )


def _read_limited(path: Path) -> bytes:
    """A file's bytes, refused past the size limit; ImportFileError naming it otherwise."""
    if not path.exists():
        raise ImportFileError(f"{path}: no such file")
    if not path.is_file():
        raise ImportFileError(f"{path}: not a regular file")
    limit = settings.IMPORT_MAX_FILE_BYTES
    try:
        size = path.stat().st_size
        if size > limit:
            raise ImportFileError(f"{path}: {size} bytes is over the import limit of {limit} bytes")
        # The reported size can be wrong (files under /proc report 0): read no more than the limit
        # and one byte.
        with path.open("rb") as handle:
            raw = handle.read(limit + 1)
    except OSError as error:
        raise ImportFileError(f"{path}: cannot be read ({error.strerror or error})") from None
    if len(raw) > limit:
        raise ImportFileError(f"{path}: more than the import limit of {limit} bytes")
    return raw


PAGE_TYPES = ("text/html", "application/xhtml+xml")


def article_url_read(url: str, *, language_hint: str = "") -> ArticleFile:
    """Fetch a news page and read its article: a timeout, the size limit, HTML only, and one
    ImportFileError line naming the URL for each way it can fail. `language_hint`: the outlet's
    usual language (parse_document)."""
    parsed = urlparse(url)
    if parsed.scheme not in ("http", "https") or not parsed.netloc:
        raise ImportFileError(f"{url}: not an http(s) URL")
    limit = settings.IMPORT_MAX_FILE_BYTES
    request = urllib.request.Request(url, headers={"User-Agent": "ClaimTracker article import", "Accept": "text/html"})
    try:
        with urllib.request.urlopen(request, timeout=settings.IMPORT_FETCH_TIMEOUT) as response:
            kind = response.headers.get_content_type()
            if kind not in PAGE_TYPES:
                raise ImportFileError(f"{url}: not a web page ({kind})")
            page = response.read(limit + 1)
            final_url = response.geturl()
    except urllib.error.HTTPError as error:
        raise ImportFileError(f"{url}: the server answered {error.code} {error.reason}") from None
    except (urllib.error.URLError, TimeoutError, OSError) as error:
        reason = getattr(error, "reason", error)
        raise ImportFileError(f"{url}: cannot be fetched ({reason})") from None
    if len(page) > limit:
        raise ImportFileError(f"{url}: more than the import limit of {limit} bytes")
    retrieved = timezone.now().replace(microsecond=0).isoformat()
    return _page_read(
        page, path=url, url=final_url, provenance=provenance_values({"retrieved": retrieved}, source=url),
        language_hint=language_hint,
    )


def article_text_read(text: str, *, raw: bytes, path: Path | str, provenance: dict, language_hint: str = "") -> ArticleFile:
    """An article from its text (`raw`, its bytes, identifies it) and provenance fields (as
    provenance_values gives them); `path` names it in messages and as its source file."""
    document = parse_document(text, language_hint)
    if not document.body:
        raise ImportFileError(f"{path}: no article text left after the header and site furniture")
    published, precision = _published(document.published)
    sha256 = hashlib.sha256(raw).hexdigest()
    fields = dict(
        title=document.title[:500], body=document.body, language=document.language,
        published=published, published_precision=precision, source=document.source[:200],
        source_file=(path.name if isinstance(path, Path) else path)[:255], url=None, authors=[], retrieved=None,
    )
    fields.update(provenance)
    if fields["url"]:
        other = Article.objects.filter(url=fields["url"]).exclude(sha256=sha256).values_list("pk", flat=True).first()
        if other is not None:
            raise ImportFileError(f"{path}: URL {fields['url']} already belongs to another article (id {other})")
    return ArticleFile(path, sha256, fields)


def article_text_import(*, text: str, provenance: dict, name: str = "") -> tuple[Article, ImportResult]:
    """Store an article pushed as text (the API) through the same path as a file: the same parsing,
    extraction, idempotence by content and URL, and errors. `provenance`: sidecar keys and values.
    Raises ImportFileError (naming "text" or the field) or ValueError."""
    raw = text.encode("utf-8")
    if len(raw) > settings.IMPORT_MAX_FILE_BYTES:
        raise ImportFileError(f"text: {len(raw)} bytes is over the import limit of {settings.IMPORT_MAX_FILE_BYTES} bytes")
    if not text.strip():
        raise ImportFileError("text: empty")
    path = Path(name or f"api-{hashlib.sha256(raw).hexdigest()[:12]}.txt")
    read = article_text_read(text, raw=raw, path=path, provenance=provenance_values(provenance, source="request"))
    return _import_read(read)


def article_url_import(*, url: str, provenance: dict, language_hint: str = "") -> tuple[Article, ImportResult]:
    """Fetch a news page and store its article (the API's push by URL, a feed's entry); `provenance`
    the caller gives wins over the page's; `language_hint`: the outlet's usual language. Raises
    ImportFileError naming the URL or the field."""
    given = provenance_values(provenance, source="request")
    if not settings.IMPORT_ALLOW_PRIVATE_URLS:
        _public_only(url)  # a request must not make the server fetch from inside its own network
    read = article_url_read(url, language_hint=language_hint)
    return _import_read(ArticleFile(read.path, read.sha256, {**read.fields, **given}))


def _public_only(url: str) -> None:
    """ImportFileError unless every address the URL's host resolves to is a public one."""
    host = urlparse(url).hostname
    if not host:
        raise ImportFileError(f"{url}: not an http(s) URL")
    try:
        addresses = {info[4][0] for info in socket.getaddrinfo(host, None)}
    except (OSError, UnicodeError) as error:
        raise ImportFileError(f"{url}: cannot be fetched ({error})") from None
    if not addresses or not all(ipaddress.ip_address(a.split("%")[0]).is_global for a in addresses):
        raise ImportFileError(f"{url}: the host is not a public address; pages are fetched from the internet only")


def _import_read(read: ArticleFile) -> tuple[Article, ImportResult]:
    speaker_registry_ensure()
    result, = articles_store([read])
    return Article.objects.get(sha256=read.sha256), result


# What a sidecar NAME.json beside NAME.txt may say of the article, and the Article field it sets.
SIDECAR_KEYS = {"url": "url", "title": "title", "outlet": "source", "authors": "authors", "published": "published",
                "retrieved": "retrieved"}
PROVENANCE_FIELDS = ("title", "source", "url", "authors", "published", "published_precision", "retrieved")


def provenance_read(sidecar: Path) -> dict:
    """The Article fields a sidecar file sets (none when there is no file); ImportFileError names
    the sidecar and what is wrong with it."""
    if not sidecar.exists() and not sidecar.is_symlink():
        return {}
    if sidecar.is_symlink() and not _links_inside(sidecar, sidecar.parent):
        raise ImportFileError(f"{sidecar}: a link to a file outside {sidecar.parent}, not read")
    raw, text = text_file_read(sidecar)
    try:
        data = json.loads(text)
    except ValueError as error:
        raise ImportFileError(f"{sidecar}: not JSON ({error})") from None
    if not isinstance(data, dict):
        raise ImportFileError(f"{sidecar}: expected a JSON object with {', '.join(SIDECAR_KEYS)}")
    return provenance_values(data, source=str(sidecar))


def provenance_values(data: dict, *, source: str, lenient: bool = False) -> dict:
    """The Article fields that provenance keys (SIDECAR_KEYS) give; ImportFileError names the
    source and the key that is wrong (`lenient`: a wrong value is left out instead)."""
    unknown = sorted(set(data) - set(SIDECAR_KEYS))
    if unknown:
        raise ImportFileError(f"{source}: unknown key {unknown[0]!r} (known: {', '.join(SIDECAR_KEYS)})")
    fields = {}
    for key, value in data.items():
        try:
            fields.update(_provenance_value(key, value))
        except ValueError as error:
            if lenient:
                continue
            raise ImportFileError(f"{source}: {key}: {error}") from None
    return fields


def _provenance_value(key: str, value) -> dict:
    if value is None:
        return {}
    if key == "authors":
        if not isinstance(value, list) or not all(isinstance(a, str) and a.strip() for a in value):
            raise ValueError("expected a list of names")
        return {"authors": [a.strip() for a in value]}
    if not isinstance(value, str) or not value.strip() or "\x00" in value:
        raise ValueError("expected a non-empty text")
    value = value.strip()
    if key == "url":
        parsed = urlparse(value)
        if parsed.scheme not in ("http", "https") or not parsed.netloc or len(value) > 2000:
            raise ValueError(f"{value!r} is not an http(s) URL")
        return {"url": value}
    if key == "published":
        published, precision = _published(value) if re.fullmatch(r"\d{4}(-\d{2}(-\d{2})?)?", value) else (None, "")
        if published is None:
            raise ValueError(f"{value!r} is not a date (YYYY, YYYY-MM or YYYY-MM-DD)")
        return {"published": published, "published_precision": precision}
    if key == "retrieved":
        moment = parse_datetime(value)
        if moment is None:
            raise ValueError(f"{value!r} is not a date and time (ISO 8601)")
        return {"retrieved": moment if timezone.is_aware(moment) else timezone.make_aware(moment, dt_timezone.utc)}
    limit = Article._meta.get_field(SIDECAR_KEYS[key]).max_length
    return {SIDECAR_KEYS[key]: value[:limit]}


def _provenance_update(article: Article, read: ArticleFile) -> bool:
    """Bring a stored article's provenance in line with the file's; whether anything changed."""
    changed = [name for name in PROVENANCE_FIELDS if getattr(article, name) != read.fields[name]]
    for name in changed:
        setattr(article, name, read.fields[name])
    if changed:
        article_save(article=article, fields=[*changed, "updated_at"])
    return bool(changed)


def _import_session() -> None:
    """Within an import's transaction on PostgreSQL: commit without waiting for the disk. A crash
    can lose the last moment's imports (never half of one), and importing the same files again
    restores them."""
    if connection.vendor == "postgresql":
        with connection.cursor() as cursor:
            cursor.execute("SET LOCAL synchronous_commit TO OFF")


def _registry_for(dry_run: bool) -> Registry:
    if dry_run:
        speaker_registry_ensure()  # in the transaction a dry run rolls back (a real run loads it first)
    return registry_current()


class _SpeakerResolver:
    """How an import finds the stored speaker of each extracted quote or claim: the run's `cache`
    (registry key, or ("new", name) -> Speaker), the registry, then the database; a name nobody has
    becomes a new speaker, noted in the registry so that the next article knows them."""

    def __init__(self, seen: dict, registry: Registry):
        self.cache, self.registry = dict(seen), registry

    def prefetch(self, items) -> None:
        """Known speakers of an article's quotes and claims, in one query."""
        keys = {item.speaker_key for item in items if item.speaker_key and item.speaker_key not in self.cache}
        if keys:
            self.cache.update((speaker.slug, speaker) for speaker in Speaker.objects.filter(slug__in=keys))

    def speaker_for(self, item) -> Speaker | None:
        """The stored speaker of an extracted quote or claim; None when the engine left it without one."""
        if not item.speaker:
            return None
        key = item.speaker_key or ("new", item.speaker)
        if key in self.cache:
            return self.cache[key]
        speaker = None
        if item.speaker_key:
            speaker = Speaker.objects.filter(slug=item.speaker_key).first()
        if speaker is None and self.registry.may_name(item.speaker):
            speaker = speaker_named(item.speaker)
        if speaker is None:
            with transaction.atomic():  # committed as the import's articles are, without waiting
                _import_session()
                speaker = speaker_create_or_find(name=item.speaker, kind=item.speaker_kind)
            self.registry.note(speaker)
        self.cache[key] = speaker
        return speaker


@dataclass(frozen=True)
class _Plan:
    """One article as the engine reads it, before anything is written: its row (stored, or new and
    unsaved) and the quotes and claims extracted from its body."""

    read: ArticleFile
    article: Article
    created: bool
    quotes: list
    claims: list


def articles_store(reads: list[ArticleFile], *, dry_run: bool = False, speakers_seen: dict | None = None
                   ) -> list[ImportResult]:
    """Store articles (of distinct texts) in one transaction, all or none: the one write path of
    an article, new or imported before, from a file, a web page or the API.

    The same bytes through the same engine again extract nothing (only their provenance may have
    changed: a sidecar that now gives the URL). Otherwise the articles are analysed in order, each
    seeing the speakers the ones before it added, as if imported one by one; then their rows are
    written a table at a time, a few statements for a batch instead of a dozen per article. A new
    article's speakers are committed as they are found (a dry run keeps none), so other import
    processes neither wait for the batch to learn them nor deadlock with it; should the batch fail,
    they stay, without quotes, for its retry to find. `speakers_seen` carries the speakers earlier
    files of the same run found. Raises IntegrityError when another process stored one of the
    articles first.
    """
    version = _engine()
    stored = Article.objects.in_bulk([read.sha256 for read in reads], field_name="sha256")
    results: dict[int, ImportResult] = {}
    plans: dict[int, _Plan] = {}
    speakers = None
    with transaction.atomic() if dry_run else nullcontext():
        for position, read in enumerate(reads):
            article = stored.get(read.sha256)
            if article is not None and article.engine == version:
                results[position] = _unchanged(article, read, dry_run=dry_run)
                continue
            speakers = speakers or _SpeakerResolver(speakers_seen or {}, _registry_for(dry_run))
            plans[position] = _plan(read, article, version, speakers)
        if plans:
            with transaction.atomic():
                _import_session()
                results.update(zip(plans, _write(list(plans.values()), version, speakers)))
        if dry_run:
            transaction.set_rollback(True)
    if speakers is not None and speakers_seen is not None and not dry_run:
        speakers_seen.update(speakers.cache)
    if plans and not dry_run:
        quotes_stored.send(sender=Quote, articles=[plan.article for plan in plans.values()])
    return [results[position] for position in range(len(reads))]


def _unchanged(article: Article, read: ArticleFile, *, dry_run: bool) -> ImportResult:
    """The same text through the same engine gives the same quotes: nothing to extract. Its
    provenance may have changed (a sidecar file that now gives the URL)."""
    changed = not dry_run and _provenance_update(article, read)
    return ImportResult(
        source_file=read.fields["source_file"], outcome=ImportResult.UPDATED if changed else ImportResult.UNCHANGED,
        language=article.language, quotes=article.quotes.count(), claims=article.claims.count(),
    )


def _plan(read: ArticleFile, article: Article | None, version: str, speakers: _SpeakerResolver) -> _Plan:
    """Extract an article's quotes and claims: a new one's from the file, a stored one's from its
    stored body, which is the article of record (its quotes' offsets, editors' included, point into
    it) even if today's cleaning would cut the file differently."""
    created = article is None
    if created:
        article = Article(sha256=read.sha256, engine=version, **read.fields)
    document = ParsedDocument(title=article.title, body=article.body, language=article.language)
    quotes, claims = extract_from_document(
        document, speakers=speakers.registry.index, abstain_below=settings.ATTRIBUTION_ABSTAIN_BELOW
    )
    speakers.prefetch([*quotes, *claims])
    if created:
        for item in [*quotes, *claims]:  # found now, before the batch's transaction (see articles_store)
            speakers.speaker_for(item)
    return _Plan(read, article, created, quotes, claims)


def _write(plans: list[_Plan], version: str, speakers: _SpeakerResolver) -> list[ImportResult]:
    """Write the planned articles and their rows, a table at a time; each article's ImportResult."""
    Article.objects.bulk_create([plan.article for plan in plans if plan.created])
    results, new_rows = [], {Quote: [], Claim: []}
    for plan in plans:
        if not plan.created:
            Article.objects.filter(pk=plan.article.pk).update(engine=version)
            _provenance_update(plan.article, plan.read)
        quotes = _reconcile(Quote, plan, plan.quotes, _quote_values, speakers, new_rows[Quote])
        claims = _reconcile(Claim, plan, plan.claims, _claim_values, speakers, new_rows[Claim])
        changed = any(quotes[k] or claims[k] for k in ("created", "updated", "removed"))
        results.append(ImportResult(
            source_file=plan.read.fields["source_file"],
            outcome=ImportResult.NEW if plan.created else ImportResult.UPDATED if changed else ImportResult.UNCHANGED,
            language=plan.article.language, quotes=sum(quotes[k] for k in ("created", "updated", "same", "kept")),
            created=quotes["created"], updated=quotes["updated"], removed=quotes["removed"], kept=quotes["kept"],
            claims=sum(claims[k] for k in ("created", "updated", "same", "kept")),
        ))
    for model, rows in new_rows.items():
        if rows:
            bulk_create_with_history(rows, model)
    return results


def _quote_values(item, speaker: Speaker | None, article: Article) -> dict:
    return dict(
        speaker_id=speaker.pk if speaker else None, text=item.text, kind=item.kind, attribution=item.attribution,
        cue=item.cue, confidence=item.confidence, language=article.language, published=article.published,
    )


def _claim_values(item, speaker: Speaker | None, article: Article) -> dict:
    return dict(claimant_id=speaker.pk if speaker else None, text=item.text, cue=item.cue)


def _reconcile(model, plan: _Plan, extracted, values, speakers: _SpeakerResolver, new_rows: list) -> dict:
    """Bring the article's quotes (or claims) in line with the engine's, leaving editors' work
    alone: a protected row is kept, and nothing new may overlap it. Changed rows are saved, stale
    ones deleted, and new ones added to `new_rows`; returns the counts."""
    article = plan.article
    counts = dict(created=0, updated=0, removed=0, kept=0, same=0)
    existing = {} if plan.created else {(row.start, row.end): row for row in model.objects.filter(article=article)}
    protected = [row for row in existing.values() if row.is_protected]
    counts["kept"] = len(protected)
    wanted = set()
    for item in extracted:
        span = (item.start, item.end)
        if any(p.start < item.end and item.start < p.end for p in protected):
            continue
        wanted.add(span)
        fields = values(item, speakers.speaker_for(item), article)
        current = existing.get(span)
        if current is None:
            new_rows.append(model(article=article, start=item.start, end=item.end, **fields))
            counts["created"] += 1
        elif any(getattr(current, name) != value for name, value in fields.items()):
            for name, value in fields.items():
                setattr(current, name, value)
            current.save(update_fields=[*fields, "updated_at"])
            counts["updated"] += 1
        else:
            counts["same"] += 1
    stale = [row.pk for span, row in existing.items() if span not in wanted and not row.is_protected]
    if stale:
        model.objects.filter(pk__in=stale).delete()
    counts["removed"] = len(stale)
    return counts


IMPORT_BATCH = 25  # new articles stored per transaction


def articles_import(*, paths: list[Path], dry_run: bool = False, workers: int = 1, on_start=None):
    """Import every file under `paths`; yields an ImportResult per file (or path that gives
    none), in file order. Files go in batches: the new articles of a batch are stored in one
    transaction, each file already imported in its own. With `workers` > 1 (PostgreSQL), that many
    processes import batches at once. `on_start(files)` is told how many files there are, before
    the first."""
    files, failures = article_files_collect(paths)
    if on_start is not None:
        on_start(len(files) + len(failures))
    yield from failures
    if workers > 1 and len(files) > 1 and connection.vendor != "postgresql":
        raise ImportFileError(f"--workers {workers} needs PostgreSQL (SQLite takes one writer at a time)")
    if files and not dry_run:
        speaker_registry_ensure()
        registry_current()  # indexed once, here (and inherited by the workers)
    batches = [files[start:start + IMPORT_BATCH] for start in range(0, len(files), IMPORT_BATCH)]
    if workers > 1 and len(files) > 1:
        connections.close_all()  # each worker process opens its own
        # Load the name lists and the language model once, here: the workers inherit them.
        warm_up()
        context = multiprocessing.get_context("fork")
        with ProcessPoolExecutor(max_workers=workers, mp_context=context) as pool:
            for results in pool.map(_import_batch_in_worker, batches, [dry_run] * len(batches)):
                yield from results
        return
    speakers_seen: dict = {}  # speakers earlier files of this run resolved
    for batch in batches:
        yield from _import_batch(batch, dry_run, speakers_seen)


_worker_speakers_seen: dict = {}  # the same, in a worker process (which lives for one run)
RACE_RETRIES = 3


def _import_batch_in_worker(paths: list[Path], dry_run: bool) -> list[ImportResult]:
    return _import_batch(paths, dry_run, _worker_speakers_seen)


def _import_batch(paths: list[Path], dry_run: bool, speakers_seen: dict) -> list[ImportResult]:
    """An ImportResult per file, in order. The files whose text is not in the database yet are
    stored together; if the database refuses the batch (another process stored one of them first),
    each is imported alone, as are the files imported before."""
    results: dict[int, ImportResult] = {}
    reads: dict[int, ArticleFile] = {}
    for position, path in enumerate(paths):
        try:
            reads[position] = article_file_read(path)
        except ImportFileError as error:
            results[position] = ImportResult.failure(path, error)
    stored = set(Article.objects.filter(sha256__in=[r.sha256 for r in reads.values()]).values_list("sha256", flat=True))
    new = {}  # position in the batch -> read
    for position, read in reads.items():
        if read.sha256 not in stored:
            stored.add(read.sha256)  # a second copy in the batch is a re-import of the first
            new[position] = read
    if new:
        try:
            results.update(zip(new, articles_store(list(new.values()), dry_run=dry_run, speakers_seen=speakers_seen)))
        except (IntegrityError, OperationalError) as error:
            if not _lost_a_race(error):
                raise
    for position, read in reads.items():
        if position not in results:
            results[position] = _import_one(read, dry_run, speakers_seen)
    return [results[position] for position in range(len(paths))]


def _import_one(read: ArticleFile, dry_run: bool, speakers_seen: dict) -> ImportResult:
    """The file stored in a transaction of its own, tried again when another process won a race."""
    for _ in range(RACE_RETRIES):
        try:
            return articles_store([read], dry_run=dry_run, speakers_seen=speakers_seen)[0]
        except (IntegrityError, OperationalError) as error:
            if not _lost_a_race(error):
                raise
            # Another worker stored the same text or the same speaker first: the transaction was
            # rolled back whole; the next attempt finds theirs.
            refused = f"{read.path}: not stored, the database refused it ({str(error).strip().splitlines()[0]})"
    return ImportResult.failure(read.path, refused)


_DEADLOCK = "40P01"  # PostgreSQL's error code


def _lost_a_race(error: Exception) -> bool:
    """Another import process wrote the same article or speaker first (a unique key), or the two
    waited for each other's rows (a deadlock, which PostgreSQL ends by failing one)."""
    return isinstance(error, IntegrityError) or getattr(error.__cause__, "pgcode", None) == _DEADLOCK
