"""Import article texts: `manage.py import_articles [PATH ...]`, the bundled seeds when no PATH."""

import time
from pathlib import Path

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError
from tqdm import tqdm

from ingestion import services as ingestion
from ingestion.models import ImportRun
from quotes.services import ImportFileError, articles_import

PROGRESS_EVERY_SECONDS = 30  # a progress line this often when the output is a log, not a terminal


class Progress:
    """How far an import is. On a terminal: a progress bar (files, articles/s, time left), with a
    line per file only at -v 2. Otherwise (a log, a pipe): a line per file, and every
    PROGRESS_EVERY_SECONDS a line with the same figures as the bar."""

    def __init__(self, command, verbosity: int):
        self.command, self.verbosity = command, verbosity
        self.terminal = command.stdout.isatty()
        self.bar = None
        self.total = self.done = 0
        self.started = self.last_line = time.monotonic()

    def start(self, total: int) -> None:
        self.total = total
        if self.terminal and self.verbosity == 1 and total > 1:
            self.bar = tqdm(total=total, unit="file", desc="importing", file=self.command.stderr._out)

    def file_done(self, line: str) -> None:
        self.done += 1
        if self.bar is not None:
            self.bar.update(1)
        elif self.verbosity >= 1 and line:
            self.command.stdout.write(line)
        now = time.monotonic()
        if not self.terminal and self.verbosity >= 1 and now - self.last_line >= PROGRESS_EVERY_SECONDS:
            self.last_line = now
            self.command.stdout.write(self.line(now))

    def line(self, now: float) -> str:
        rate = self.done / max(now - self.started, 1e-9)
        left = (self.total - self.done) / rate if rate else 0
        return f"progress: {self.done} of {self.total} files, {rate:.0f} articles/s, about {left:.0f} s left"

    def close(self) -> None:
        if self.bar is not None:
            self.bar.close()


class Command(BaseCommand):
    help = "Import articles (.txt and .html files, folders of them, or URLs), extract their quotes and store them."

    @staticmethod
    def urls_in(path: Path) -> list[str]:
        try:
            lines = path.read_text(encoding="utf-8").splitlines()
        except (OSError, UnicodeDecodeError) as error:
            raise CommandError(f"{path}: cannot read the URL list ({getattr(error, 'strerror', None) or error})") from None
        return [line.strip() for line in lines if line.strip() and not line.strip().startswith("#")]

    def add_arguments(self, parser):
        parser.add_argument("paths", nargs="*", type=Path, help="Files or folders; default: the bundled seed texts.")
        parser.add_argument("--dry-run", action="store_true", help="Parse and extract, store nothing.")
        parser.add_argument("--workers", type=int, default=1, help="Import processes at once (PostgreSQL only).")
        parser.add_argument("--urls", type=Path, help="A file of news page URLs, one a line (# starts a comment).")
        parser.add_argument("--queue", action="store_true",
                            help="Queue the files for Celery workers (CELERY_BROKER_URL) instead of importing here.")
        parser.add_argument("--wait", action="store_true", help="With --queue: wait for the workers to finish the run.")

    def handle(self, *args, paths, dry_run, workers=1, verbosity=1, urls=None, queue=False, wait=False, **options):
        if workers < 1:
            raise CommandError(f"--workers {workers}: give 1 or more")
        if queue and (dry_run or workers > 1):
            raise CommandError(f"--queue: workers import the files; {'--dry-run' if dry_run else '--workers'} does not apply")
        if wait and not queue:
            raise CommandError("--wait: only with --queue")
        paths = [*paths, *self.urls_in(urls)] if urls else paths or [Path(settings.SEED_TEXTS_DIR)]
        if queue:
            return self.enqueue(paths, wait=wait)
        imported = failed = quotes = 0
        progress = Progress(self, verbosity)
        run = None if dry_run else ingestion.import_run_start(kind=ImportRun.Kind.COMMAND)
        recorder = ingestion.RunRecorder(run)

        def start(total):
            progress.start(total)
            recorder.total(total)

        try:
            for result in articles_import(paths=paths, dry_run=dry_run, workers=workers, on_start=start):
                recorder.add(result)
                if result.failed:
                    failed += 1
                    progress.file_done("")  # (the error has its own line, on stderr, always)
                    self.stderr.write(f"error: {result.error}")
                else:
                    imported += 1
                    quotes += result.quotes
                    progress.file_done(result.summary())
        except ImportFileError as error:
            recorder.finish(error=str(error))
            raise CommandError(str(error)) from None
        except BaseException as error:
            recorder.finish(error=f"stopped: {type(error).__name__} {error}".strip())
            raise
        finally:
            progress.close()
        recorder.finish()
        prefix = "dry run, nothing stored: " if dry_run else ""
        self.stdout.write(f"{prefix}{imported} files imported, {failed} failed, {quotes} quotes")
        if failed:
            raise CommandError(f"{failed} file(s) could not be imported")

    def enqueue(self, paths, *, wait: bool) -> None:
        """Queue the files as tasks of one run (imported here and now when no broker is configured)."""
        run = ingestion.files_enqueue(paths=paths)
        where = "imported in process (no CELERY_BROKER_URL)" if settings.CELERY_TASK_ALWAYS_EAGER else "queued"
        self.stdout.write(f"run {run.pk}: {run.total} files {where}")
        if not (wait or settings.CELERY_TASK_ALWAYS_EAGER):
            return
        run = ingestion.import_run_wait(run=run, report=self.stdout.write, wait=wait)
        for reason in run.items.filter(outcome="failed").values_list("reason", flat=True):
            self.stderr.write(f"error: {reason}")
        self.stdout.write(f"{run.done - run.failed} files imported ({run.new} new, {run.updated} updated, "
                          f"{run.unchanged} unchanged), {run.failed} failed")
        if run.failed:
            raise CommandError(f"{run.failed} file(s) could not be imported")
