"""Queue again what queued runs still wait for: `manage.py resume_imports [RUN ...]`, after the broker
restarted without its data (the database knows each run's pending items; importing twice is harmless)."""

from django.core.management.base import BaseCommand, CommandError

from ingestion import services
from ingestion.models import ImportRun


class Command(BaseCommand):
    help = "Queue again the pending items of running queued import runs (all of them, or the runs given)."

    def add_arguments(self, parser):
        parser.add_argument("runs", nargs="*", type=int, help="Run ids; default: every running queued run.")

    def handle(self, *args, runs, **options):
        found = ImportRun.objects.filter(status=ImportRun.Status.RUNNING, queued=True)
        if runs:
            found = found.filter(pk__in=runs)
            missing = sorted(set(runs) - set(found.values_list("pk", flat=True)))
            if missing:
                raise CommandError(f"run {missing[0]}: no such running queued run")
        for run in found:
            self.stdout.write(f"run {run.pk}: {services.import_run_resume(run=run)} items queued again")
