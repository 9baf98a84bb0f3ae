"""Link every quote that has no utterance yet (after loading a fixture or a database from before
lineage); imports link their own quotes as they store them."""

from django.core.management.base import BaseCommand

from lineage.services import quotes_link_pending


class Command(BaseCommand):
    help = "Give every quote without one its utterance (its other appearances across articles)."

    def handle(self, *args, **options):
        linked = quotes_link_pending()
        self.stdout.write(f"{linked} quote(s) linked")
