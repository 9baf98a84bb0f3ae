"""What ingestion keeps: the feeds a desk follows (Source) and every import that ran (ImportRun),
with an ImportItem per file, URL or feed entry it handled."""

from datetime import timedelta

from django.db import models


class Source(models.Model):
    """An outlet's RSS or Atom feed, polled every `poll_interval` while active."""

    outlet = models.CharField(max_length=200, help_text="The outlet's name, stored as each article's outlet.")
    feed_url = models.URLField(max_length=1000, unique=True, help_text="The RSS or Atom feed (http or https).")
    language = models.CharField(
        max_length=8, blank=True, help_text="ISO 639-1 code the outlet usually writes in: it settles a near call of the language detector."
    )
    poll_interval = models.DurationField(default=timedelta(minutes=15), help_text="How often the feed is read.")
    active = models.BooleanField(default=True, help_text="Inactive sources are not polled.")
    etag = models.CharField(max_length=500, blank=True, editable=False, help_text="The feed's ETag at the last poll.")
    last_modified = models.CharField(
        max_length=100, blank=True, editable=False, help_text="The feed's Last-Modified at the last poll."
    )
    last_polled = models.DateTimeField(null=True, blank=True, editable=False)

    class Meta:
        ordering = ["outlet", "id"]
        constraints = [
            models.CheckConstraint(condition=models.Q(poll_interval__gt=timedelta(0)), name="source_poll_interval_positive"),
        ]

    def __str__(self):
        return f"{self.outlet} ({self.feed_url})"


class ImportRun(models.Model):
    """One import: a command, an API push or a feed poll, with its counts while it runs and after."""

    class Kind(models.TextChoices):
        COMMAND = "command", "import_articles command"
        API = "api", "API push"
        FEED = "feed", "feed poll"

    class Status(models.TextChoices):
        RUNNING = "running", "running"
        DONE = "done", "done"
        FAILED = "failed", "failed"

    kind = models.CharField(max_length=10, choices=Kind.choices)
    status = models.CharField(max_length=10, choices=Status.choices, default=Status.RUNNING, db_index=True)
    source = models.ForeignKey(
        Source, null=True, blank=True, on_delete=models.SET_NULL, related_name="runs", help_text="The feed polled."
    )
    queued = models.BooleanField(default=False, help_text="Imported by workers through the task queue.")
    total = models.PositiveIntegerField(default=0, help_text="Items to import (files, URLs, feed entries).")
    new = models.PositiveIntegerField(default=0)
    unchanged = models.PositiveIntegerField(default=0)
    updated = models.PositiveIntegerField(default=0)
    failed = models.PositiveIntegerField(default=0)
    error = models.TextField(blank=True, help_text="Why the run stopped, when it did.")
    started = models.DateTimeField(auto_now_add=True)
    finished = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["-started", "-id"]
        constraints = [
            models.CheckConstraint(
                condition=models.Q(status="running", finished__isnull=True) | ~models.Q(status="running"),
                name="importrun_running_unfinished",
            ),
        ]

    def __str__(self):
        return f"{self.get_kind_display()} #{self.pk} ({self.status})"

    @property
    def done(self) -> int:
        return self.new + self.unchanged + self.updated + self.failed


class ImportItem(models.Model):
    """One item of a run: pending while queued (so that a run whose tasks were lost, a broker
    restarted without its data, can be queued again), then new, unchanged, updated, or failed with
    a one-line reason. Its position identifies it in the run: a task that runs twice records it once."""

    run = models.ForeignKey(ImportRun, on_delete=models.CASCADE, related_name="items")
    position = models.PositiveIntegerField()
    item = models.TextField(help_text="The file, URL or feed entry.")
    outcome = models.CharField(
        max_length=10, choices=[(o, o) for o in ("pending", "new", "unchanged", "updated", "failed")], default="pending"
    )
    provenance = models.JSONField(default=dict, blank=True, help_text="What a feed said of its entry.")
    reason = models.TextField(blank=True, help_text="Why it failed, one line.")

    class Meta:
        ordering = ["run", "position"]
        constraints = [models.UniqueConstraint(fields=["run", "position"], name="importitem_once_per_run")]

    def __str__(self):
        return f"{self.item}: {self.outcome}"
