"""The import's Celery tasks: a small batch of files, a feed entry, a feed poll. Each is safe to
run twice (the import is idempotent by content and URL, a run records an item once) and is tried
again with exponential backoff when the database or a fetch fails for a while."""

from celery import shared_task
from django.db import InterfaceError, OperationalError

from ingestion import services
from ingestion.models import ImportRun, Source

# The database restarting, or unreachable for a moment: the whole task is tried again later.
TRANSIENT = (OperationalError, InterfaceError)
RETRY = dict(autoretry_for=TRANSIENT, retry_backoff=1, retry_backoff_max=60, retry_jitter=True, max_retries=12)
FETCH_RETRIES = 4


@shared_task(bind=True, **RETRY)
def import_files(self, run_id: int, items: list) -> None:
    """Import files or URLs of a queued run: [(position, path or URL), ...]."""
    run = ImportRun.objects.get(pk=run_id)
    items = [(int(position), str(item)) for position, item in items]
    services.files_import(run=run, items=items)


@shared_task(bind=True, **RETRY)
def import_entry(self, run_id: int, position: int, url: str, provenance: dict) -> None:
    """Import one feed entry's page; a fetch that timed out (or a busy server) is tried again
    later, FETCH_RETRIES times, before it is recorded as failed."""
    run = ImportRun.objects.get(pk=run_id)
    result = services.entry_import(url=url, provenance=provenance)
    # (In process, without a broker, nothing waits to try again: the failure is recorded now.)
    if services.fetch_failed_transiently(result) and not self.request.is_eager and self.request.retries < FETCH_RETRIES:
        raise self.retry(countdown=min(60, 2 ** self.request.retries))
    services.import_run_record(run=run, results=[(position, url, result)])


@shared_task(bind=True, **RETRY)
def poll_source(self, source_id: int) -> None:
    """Poll one feed; its new entries become import_entry tasks."""
    source = Source.objects.filter(pk=source_id, active=True).first()
    if source is not None:
        services.source_poll(source=source)
