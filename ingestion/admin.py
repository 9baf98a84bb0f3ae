"""Editors' view of ingestion: the feeds followed, and every import run with its failures (read-only)."""

from django.contrib import admin
from django.db import models

from ingestion.models import ImportItem, ImportRun, Source


@admin.register(Source)
class SourceAdmin(admin.ModelAdmin):
    list_display = ["outlet", "feed_url", "language", "poll_interval", "active", "last_polled"]
    list_filter = ["active", "language"]
    search_fields = ["outlet", "feed_url"]
    readonly_fields = ["etag", "last_modified", "last_polled"]
    formfield_overrides = {models.URLField: {"assume_scheme": "https"}}


class FailureInline(admin.TabularInline):
    model = ImportItem
    verbose_name_plural = "Failures"
    fields = ["position", "item", "reason"]
    readonly_fields = fields
    extra = 0
    can_delete = False

    def get_queryset(self, request):
        return super().get_queryset(request).filter(outcome="failed")

    def has_add_permission(self, request, obj=None):
        return False


@admin.register(ImportRun)
class ImportRunAdmin(admin.ModelAdmin):
    list_display = ["id", "kind", "status", "source", "progress", "new", "unchanged", "updated", "failed", "started",
                    "finished"]
    list_filter = ["kind", "status", "queued"]
    list_select_related = ["source"]
    search_fields = ["source__outlet", "error"]
    inlines = [FailureInline]

    @admin.display(description="Progress")
    def progress(self, run):
        return f"{run.done} of {run.total}"

    def get_readonly_fields(self, request, obj=None):
        return [field.name for field in ImportRun._meta.fields]

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False
