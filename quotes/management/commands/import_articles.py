"""Import article texts: `manage.py import_articles [PATH ...]`, the bundled seeds when no PATH."""

from pathlib import Path

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError

from quotes.services import ImportFileError, ImportResult, articles_import


class Command(BaseCommand):
    help = "Import .txt articles (files or folders), extract their quotes and store them."

    def add_arguments(self, parser):
        parser.add_argument("paths", nargs="*", type=Path, help="Files or folders; default: the bundled seed texts.")
        parser.add_argument("--dry-run", action="store_true", help="Parse and extract, store nothing.")
        parser.add_argument("--workers", type=int, default=1, help="Import processes at once (PostgreSQL only).")

    def handle(self, *args, paths, dry_run, workers=1, **options):
        if workers < 1:
            raise CommandError(f"--workers {workers}: give 1 or more")
        paths = paths or [Path(settings.SEED_TEXTS_DIR)]
        imported = failed = quotes = 0
        try:
            for result in articles_import(paths=paths, dry_run=dry_run, workers=workers):
                if isinstance(result, ImportResult):
                    imported += 1
                    quotes += result.quotes
                    self.stdout.write(result.summary())
                else:
                    failed += 1
                    self.stderr.write(f"error: {result}")
        except ImportFileError as error:
            raise CommandError(str(error)) from None
        prefix = "dry run, nothing stored: " if dry_run else ""
        self.stdout.write(f"{prefix}{imported} files imported, {failed} failed, {quotes} quotes")
        if failed:
            raise CommandError(f"{failed} file(s) could not be imported")
