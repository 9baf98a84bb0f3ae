"""Trigram similarity for finding claims already checked; PostgreSQL only (SQLite uses RapidFuzz)."""

from django.db import migrations


def create_extension(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute("CREATE EXTENSION IF NOT EXISTS pg_trgm")


class Migration(migrations.Migration):
    dependencies = [("quotes", "0001_initial")]
    operations = [migrations.RunPython(create_extension, migrations.RunPython.noop)]
