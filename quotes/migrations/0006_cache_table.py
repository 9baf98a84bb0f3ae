"""The database cache table (settings.CACHES): the throttle's counts, shared by every worker."""

from django.core.management import call_command
from django.db import migrations


def create_cache_table(apps, schema_editor):
    call_command("createcachetable", database=schema_editor.connection.alias, verbosity=0)


class Migration(migrations.Migration):
    dependencies = [("quotes", "0005_claim_claimant_optional")]

    operations = [migrations.RunPython(create_cache_table, migrations.RunPython.noop, elidable=False)]
