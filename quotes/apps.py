from django.apps import AppConfig
from django.db.models.signals import post_migrate


class QuotesConfig(AppConfig):
    name = "quotes"
    verbose_name = "Quotes and claims"

    def ready(self):
        from quotes import signals  # noqa: F401  (keeps editors' work through fixture loads)
        from quotes.services import editors_group_ensure

        # Permissions exist only after migrate has run, so the group is set up then.
        post_migrate.connect(lambda **kwargs: editors_group_ensure(), dispatch_uid="editors_group", weak=False)
