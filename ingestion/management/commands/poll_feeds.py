"""Poll the active feeds that are due: `manage.py poll_feeds` (cron it, or run it from Celery beat)."""

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError

from ingestion import services, tasks
from ingestion.models import ImportRun, Source


class Command(BaseCommand):
    help = "Poll the RSS/Atom feeds of active sources that are due, and import their new entries."

    def add_arguments(self, parser):
        parser.add_argument("--all", action="store_true", help="Poll every active source, due or not.")
        parser.add_argument("--source", type=int, action="append", help="Poll this source (by id); repeatable.")

    def handle(self, *args, all=False, source=None, **options):
        if source:
            sources = list(Source.objects.filter(pk__in=source))
            missing = sorted(set(source) - {s.pk for s in sources})
            if missing:
                raise CommandError(f"--source {missing[0]}: no such source")
        else:
            sources = list(Source.objects.filter(active=True)) if all else services.sources_due()
        if settings.CELERY_TASK_ALWAYS_EAGER:
            failed = 0
            for feed in sources:
                run = services.source_poll(source=feed)
                failed += run.status == ImportRun.Status.FAILED
                self.stdout.write(f"{feed.outlet}: run {run.pk} {run.status}, {run.new} new, {run.unchanged} unchanged, "
                                  f"{run.updated} updated, {run.failed} failed" + (f" ({run.error})" if run.error else ""))
                for reason in run.items.filter(outcome=ImportRun.Status.FAILED).values_list("reason", flat=True):
                    self.stderr.write(f"error: {reason}")
            self.stdout.write(f"{len(sources)} feeds polled, {failed} could not be read")
            if failed:
                raise CommandError(f"{failed} feed(s) could not be read")
            return
        for feed in sources:
            tasks.poll_source.delay(feed.pk)
        self.stdout.write(f"{len(sources)} feeds queued for polling")
