"""Read fact-checks other organisations published: `manage.py import_claimreviews PATH ...`."""

from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from quotes.claimreview_import import import_reviews


class Command(BaseCommand):
    help = "Import ClaimReview JSON-LD (an object, a list, an @graph or a Data Commons feed) as published reviews."

    def add_arguments(self, parser):
        parser.add_argument("paths", nargs="+", type=Path, help="JSON or JSON-LD files.")

    def handle(self, *args, paths, **options):
        stored = failed = 0
        for path in paths:
            count, errors = import_reviews(path)
            stored += count
            failed += len(errors)
            for error in errors:
                self.stderr.write(f"error: {error}")
            self.stdout.write(f"{path}: {count} reviews")
        self.stdout.write(f"{stored} reviews stored, {failed} records refused")
        if failed:
            raise CommandError(f"{failed} record(s) could not be imported")
