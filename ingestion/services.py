"""The writes of ingestion: import runs started, their items recorded once each, runs finished."""

import time
from collections import Counter
from pathlib import Path

from django.db import transaction
from django.db.models import Case, F, Value, When
from django.utils import timezone

from articles.models import Article
from ingestion.models import ImportItem, ImportRun, Source
from quotes.services import ImportResult

PENDING = "pending"
OUTCOMES = (ImportResult.NEW, ImportResult.UNCHANGED, ImportResult.UPDATED, ImportResult.FAILED)


def import_run_start(*, kind: str, total: int = 0, source: Source | None = None, queued: bool = False) -> ImportRun:
    """A new run, running; `total` items may be set now or later (import_run_set_total)."""
    return ImportRun.objects.create(kind=kind, total=total, source=source, queued=queued)


def import_run_set_total(*, run: ImportRun, total: int) -> None:
    ImportRun.objects.filter(pk=run.pk).update(total=total)
    run.total = total


def import_run_record(*, run: ImportRun, results: list[tuple[int, str, ImportResult]]) -> None:
    """Record items of a run, (position, item, result) each, and add them to its counts, in one
    transaction. An item recorded before (a task that ran twice) is not counted again: its row is
    locked, so of two tasks at once the second sees the first's outcome. A queued run is finished
    by the item that completes it."""
    if not results:
        return
    with transaction.atomic():
        rows = {row.position: row for row in ImportItem.objects.select_for_update()
                .filter(run=run, position__in=[p for p, _, _ in results])}
        counts, new_rows = Counter(), []
        for position, item, result in results:
            row = rows.get(position)
            if row is not None and row.outcome != PENDING:
                continue
            outcome = _outcome(run, result)
            reason = _one_line(result.error) if result.failed else ""
            counts[outcome] += 1
            if row is None:
                new_rows.append(ImportItem(run=run, position=position, item=str(item), outcome=outcome, reason=reason))
            else:
                ImportItem.objects.filter(pk=row.pk).update(outcome=outcome, reason=reason)
        ImportItem.objects.bulk_create(new_rows)
        if counts:
            ImportRun.objects.filter(pk=run.pk).update(**{o: F(o) + n for o, n in counts.items()})
        if run.queued:
            _finish_if_complete(run)


def import_run_plan(*, run: ImportRun, items: list[tuple[int, str, dict]]) -> None:
    """The items a queued run will import, (position, item, provenance) each, pending."""
    ImportItem.objects.bulk_create(
        [ImportItem(run=run, position=position, item=item, provenance=provenance) for position, item, provenance in items],
        batch_size=1000,
    )


def import_run_resume(*, run: ImportRun) -> int:
    """Queue again the items of a running queued run that no task recorded (their tasks were lost
    with a broker that restarted empty, or are still on their way: importing twice is harmless).
    Returns how many."""
    from ingestion import tasks

    pending = list(run.items.filter(outcome=PENDING).order_by("position").values_list("position", "item", "provenance"))
    _enqueue(run, pending, tasks)
    return len(pending)


def _enqueue(run: ImportRun, items: list, tasks) -> None:
    """A task per URL or feed entry, and per QUEUE_BATCH files."""
    files = [(position, item) for position, item, _ in items if not _is_url(item)]
    for start in range(0, len(files), QUEUE_BATCH):
        tasks.import_files.delay(run.pk, files[start:start + QUEUE_BATCH])
    for position, item, provenance in items:
        if _is_url(item):
            if run.kind == ImportRun.Kind.FEED:
                tasks.import_entry.delay(run.pk, position, item, provenance)
            else:
                tasks.import_files.delay(run.pk, [(position, item)])


def _outcome(run: ImportRun, result: ImportResult) -> str:
    """A file found unchanged that this run stored (a task run again after a worker died between
    storing the article and recording it) counts as new, as it did the first time."""
    if result.outcome == ImportResult.UNCHANGED and run.queued and result.source_file:
        stored_now = Article.objects.filter(source_file=result.source_file, created_at__gte=run.started)
        if stored_now.exists():
            return ImportResult.NEW
    return result.outcome


def _one_line(error: str) -> str:
    return " ".join(str(error).split())[:1000]


def _finish_if_complete(run: ImportRun) -> None:
    (ImportRun.objects.filter(pk=run.pk, status=ImportRun.Status.RUNNING)
     .alias(done=F("new") + F("unchanged") + F("updated") + F("failed"))
     .filter(done__gte=F("total"))
     .update(status=Case(When(failed__gte=F("total"), total__gt=0, then=Value(ImportRun.Status.FAILED)),
                         default=Value(ImportRun.Status.DONE)), finished=timezone.now()))


def import_run_finish(*, run: ImportRun, error: str = "") -> ImportRun:
    """End a run: failed when it stopped on `error` or every item failed, done otherwise."""
    run.refresh_from_db()
    failed = bool(error) or (run.failed and run.failed == run.done)
    run.status = ImportRun.Status.FAILED if failed else ImportRun.Status.DONE
    run.error = _one_line(error)
    run.finished = timezone.now()
    run.save(update_fields=["status", "error", "finished"])
    return run


QUEUE_BATCH = 10  # files per task: small enough to spread over workers, large enough to batch writes
# A fetch that failed for one of these reasons may work later: its task is tried again.
TRANSIENT_FETCH = ("timed out", "answered 429", "answered 500", "answered 502", "answered 503", "answered 504",
                   "Temporary failure in name resolution", "Connection reset")


def fetch_failed_transiently(result: ImportResult) -> bool:
    return result.failed and any(reason in result.error for reason in TRANSIENT_FETCH)


def files_enqueue(*, paths: list) -> ImportRun:
    """A queued run of files, folders and URLs: a task per URL and per QUEUE_BATCH files, for the
    workers (in process without a broker). A path that gives no file is recorded failed now."""
    from ingestion import tasks
    from quotes.services.importing import article_files_collect

    files, failures = article_files_collect(paths)
    run = import_run_start(kind=ImportRun.Kind.COMMAND, total=len(files) + len(failures), queued=True)
    # Absolute paths: a worker runs elsewhere (another folder, or another machine sharing the files).
    items = [(position, item if isinstance(item, str) else str(item.absolute()), {})
             for position, item in enumerate(files, start=len(failures))]
    import_run_plan(run=run, items=items)
    import_run_record(run=run, results=[(position, failure.source_file, failure)
                                        for position, failure in enumerate(failures)])
    _enqueue(run, items, tasks)
    return run


def files_import(*, run: ImportRun, items: list[tuple[int, str]]) -> list[ImportResult]:
    """Import a task's files (or URLs), (position, path) each, and record them in the run."""
    from quotes.services.importing import _import_batch
    from quotes.services.speakers import speaker_registry_ensure

    speaker_registry_ensure()
    paths = [item if _is_url(item) else Path(item) for _, item in items]
    results = _import_batch(paths, False, {})
    import_run_record(run=run, results=[(position, item, result) for (position, item), result in zip(items, results)])
    return results


def _is_url(item: str) -> bool:
    return item.startswith(("http://", "https://"))


def source_poll(*, source: Source) -> ImportRun:
    """Poll a feed: a run of its entries, each new one imported by a task (stored before: counted
    unchanged, not fetched again). 304 Not Modified is a run of nothing. A feed that cannot be read
    is a failed run naming it and the reason."""
    from ingestion import tasks
    from ingestion.feeds import FeedError, feed_entries, feed_fetch

    run = import_run_start(kind=ImportRun.Kind.FEED, source=source, queued=True)
    try:
        fetched = feed_fetch(url=source.feed_url, etag=source.etag, last_modified=source.last_modified)
        entries = [] if fetched.not_modified else feed_entries(url=source.feed_url, body=fetched.body, outlet=source.outlet)
    except FeedError as error:
        Source.objects.filter(pk=source.pk).update(last_polled=timezone.now())
        return import_run_finish(run=run, error=str(error))
    Source.objects.filter(pk=source.pk).update(last_polled=timezone.now(), etag=fetched.etag,
                                               last_modified=fetched.last_modified)
    import_run_set_total(run=run, total=len(entries))
    # The source's usual language goes with each entry, to settle a near call of the detector.
    hint = {HINT: source.language} if source.language else {}
    good = [(position, entry.link, {**entry.provenance, **hint}) for position, entry in enumerate(entries) if not entry.error]
    import_run_plan(run=run, items=good)
    import_run_record(run=run, results=[(position, entry.link, ImportResult.failure(entry.link, entry.error))
                                        for position, entry in enumerate(entries) if entry.error])
    _enqueue(run, good, tasks)
    if not entries:
        import_run_finish(run=run)
    run.refresh_from_db()
    return run


HINT = "language_hint"  # an entry's provenance key that is no article field: its source's language


def entry_import(*, url: str, provenance: dict) -> ImportResult:
    """A feed entry's article: unchanged when its URL is stored already (not fetched again),
    imported through the URL import otherwise, or a failure naming the URL and the reason."""
    from quotes.services import ImportFileError, article_url_import

    if Article.objects.filter(url=url).exists():
        return ImportResult(source_file=url, outcome=ImportResult.UNCHANGED)
    from ingestion.feeds import host_wait

    host_wait(url)
    try:
        given = {key: value for key, value in provenance.items() if key != HINT}
        return article_url_import(url=url, provenance=given, language_hint=provenance.get(HINT, ""))[1]
    except ImportFileError as error:
        return ImportResult.failure(url, error)


def sources_due(*, now=None) -> list[Source]:
    """Active sources whose poll interval has passed since their last poll (or never polled)."""
    now = now or timezone.now()
    return [source for source in Source.objects.filter(active=True)
            if source.last_polled is None or source.last_polled + source.poll_interval <= now]


class RunRecorder:
    """Records an in-process import's results into its run as they come, a few at a time (so that
    the run shows progress without a write per file); a recorder of no run (a dry run) records
    nothing."""

    FLUSH_EVERY, FLUSH_SECONDS = 50, 2.0

    def __init__(self, run: ImportRun | None):
        self.run, self.pending, self.position, self.flushed = run, [], 0, time.monotonic()

    def total(self, total: int) -> None:
        if self.run is not None:
            import_run_set_total(run=self.run, total=total)

    def add(self, result: ImportResult) -> None:
        if self.run is None:
            return
        self.pending.append((self.position, result.source_file, result))
        self.position += 1
        if len(self.pending) >= self.FLUSH_EVERY or time.monotonic() - self.flushed >= self.FLUSH_SECONDS:
            self.flush()

    def flush(self) -> None:
        if self.run is not None and self.pending:
            import_run_record(run=self.run, results=self.pending)
        self.pending, self.flushed = [], time.monotonic()

    def finish(self, *, error: str = "") -> None:
        if self.run is None or self.run.finished:
            return
        self.flush()
        self.run = import_run_finish(run=self.run, error=error)


def import_run_wait(*, run: ImportRun, report=None, wait: bool = True, every: float = 30.0, poll: float = 0.5
                    ) -> ImportRun:
    """The run once finished (as it is now, unless `wait`); `report(line)` hears its progress every
    `every` s."""
    last = time.monotonic()
    while True:
        run.refresh_from_db()
        if run.status != ImportRun.Status.RUNNING or not wait:
            return run
        if report is not None and time.monotonic() - last >= every:
            last = time.monotonic()
            report(f"progress: run {run.pk}, {run.done} of {run.total} files")
        time.sleep(poll)
