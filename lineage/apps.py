"""The lineage app: one utterance across the articles that quote it."""

from django.apps import AppConfig


class LineageConfig(AppConfig):
    name = "lineage"
    verbose_name = "Quote lineage"
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from lineage import receivers  # noqa: F401  (links the quotes the import stores)
