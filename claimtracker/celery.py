"""The Celery application: import tasks run by workers on any machine that reaches the broker and
the database (`celery -A claimtracker worker`). Without CELERY_BROKER_URL tasks run in process."""

import os

from celery import Celery

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "claimtracker.settings")

app = Celery("claimtracker")
app.config_from_object("django.conf:settings", namespace="CELERY")
app.autodiscover_tasks()
