"""The ingestion app's configuration."""

from django.apps import AppConfig


class IngestionConfig(AppConfig):
    name = "ingestion"
    verbose_name = "Ingestion"
    default_auto_field = "django.db.models.BigAutoField"
