"""Import runs (ingestion/services.py): every import records one, from the command with or without
--queue, an API push and a feed poll; counts, failures with their reason, recorded once when a task
runs twice; /api/imports/ for editors only; the admin pages."""

import io
from pathlib import Path

import pytest
from celery.exceptions import Retry
from django.conf import settings
from django.core.management import call_command
from django.core.management.base import CommandError
from django.db import OperationalError
from django.urls import reverse
from rest_framework.test import APIClient

from articles.models import Article
from ingestion import services, tasks
from ingestion.models import ImportItem, ImportRun, Source
from quotes.services import ImportResult, editor_token_issue

pytestmark = pytest.mark.django_db
SEEDS = sorted(Path(settings.SEED_TEXTS_DIR).glob("*.txt"))


def import_command(*args):
    out, err = io.StringIO(), io.StringIO()
    try:
        call_command("import_articles", *map(str, args), stdout=out, stderr=err)
    except CommandError as error:
        return out.getvalue(), err.getvalue(), str(error)
    return out.getvalue(), err.getvalue(), ""


def test_the_command_records_a_run_with_its_counts_and_failures(tmp_path):
    (tmp_path / "empty.txt").write_text("")
    out, err, error = import_command(*SEEDS, tmp_path / "empty.txt")
    assert error == "1 file(s) could not be imported"
    assert f"{len(SEEDS)} files imported, 1 failed" in out  # the command's own output as before
    run = ImportRun.objects.get()
    assert (run.kind, run.status, run.queued, run.total) == ("command", "done", False, len(SEEDS) + 1)
    assert (run.new, run.unchanged, run.updated, run.failed) == (len(SEEDS), 0, 0, 1)
    assert run.finished >= run.started
    assert list(run.items.filter(outcome="failed").values_list("reason", flat=True)) == [f"{tmp_path / 'empty.txt'}: the file is empty"]

    import_command(*SEEDS)
    again = ImportRun.objects.first()
    assert (again.new, again.unchanged, again.status) == (0, len(SEEDS), "done")


def test_a_dry_run_records_no_run():
    import_command("--dry-run", *SEEDS)
    assert not ImportRun.objects.exists()


def test_queue_without_a_broker_imports_in_process_through_the_tasks(tmp_path):
    out, err, error = import_command("--queue", *SEEDS, tmp_path / "missing.txt")
    assert "imported in process (no CELERY_BROKER_URL)" in out
    assert f"{len(SEEDS)} files imported ({len(SEEDS)} new, 0 updated, 0 unchanged), 1 failed" in out
    assert "error: " in err and "missing.txt: no such file" in err and error
    run = ImportRun.objects.get()
    assert (run.queued, run.status, run.total, run.new, run.failed) == (True, "done", len(SEEDS) + 1, len(SEEDS), 1)
    assert not run.items.filter(outcome="pending").exists()
    assert Article.objects.count() == len(SEEDS)


@pytest.mark.parametrize("args, message", [
    (["--queue", "--dry-run"], "--queue: workers import the files; --dry-run does not apply"),
    (["--queue", "--workers", "2"], "--queue: workers import the files; --workers does not apply"),
    (["--wait"], "--wait: only with --queue"),
])
def test_queue_options_that_do_not_apply_are_clear_errors(args, message):
    assert import_command(*args)[2] == message
    assert not ImportRun.objects.exists()


def test_a_task_that_runs_twice_imports_and_counts_once():
    run = services.import_run_start(kind=ImportRun.Kind.COMMAND, total=2, queued=True)
    items = [(0, str(SEEDS[0].absolute()), {}), (1, str(SEEDS[1].absolute()), {})]
    services.import_run_plan(run=run, items=items)
    batch = [(position, item) for position, item, _ in items]
    tasks.import_files.delay(run.pk, batch)
    tasks.import_files.delay(run.pk, batch)  # delivered again: a worker died before acknowledging it
    run.refresh_from_db()
    assert (run.status, run.new, run.unchanged, run.done) == ("done", 2, 0, 2)
    assert Article.objects.count() == 2
    assert services.import_run_resume(run=run) == 0


def test_a_task_is_tried_again_when_the_database_fails(monkeypatch):
    run = services.import_run_start(kind=ImportRun.Kind.COMMAND, total=1, queued=True)
    services.import_run_plan(run=run, items=[(0, str(SEEDS[0].absolute()), {})])
    real, calls = services.files_import, []

    def flaky(**kwargs):
        calls.append(1)
        if len(calls) == 1:
            raise OperationalError("server closed the connection unexpectedly")
        return real(**kwargs)

    monkeypatch.setattr(services, "files_import", flaky)
    with pytest.raises(Retry, match="Retry in"):  # the task asks to be tried again later (in process: at once)
        tasks.import_files.delay(run.pk, [(0, str(SEEDS[0].absolute()))])
    run.refresh_from_db()
    assert run.status == "running" and run.items.get().outcome == "pending"
    tasks.import_files.delay(run.pk, [(0, str(SEEDS[0].absolute()))])
    run.refresh_from_db()
    assert len(calls) == 2 and (run.status, run.new) == ("done", 1)


def test_resume_queues_again_what_a_lost_broker_held(monkeypatch):
    monkeypatch.setattr(tasks.import_files, "delay", lambda *args: None)  # the broker loses every task
    out, _, _ = import_command("--queue", *SEEDS[:3])
    run = ImportRun.objects.get()
    assert run.status == "running" and run.items.filter(outcome="pending").count() == 3
    monkeypatch.undo()
    resumed = io.StringIO()
    call_command("resume_imports", stdout=resumed)
    assert f"run {run.pk}: 3 items queued again" in resumed.getvalue()
    run.refresh_from_db()
    assert (run.status, run.new) == ("done", 3)
    with pytest.raises(CommandError, match=f"run {run.pk}: no such running queued run"):
        call_command("resume_imports", str(run.pk), stdout=io.StringIO())


def test_recording_an_item_twice_counts_it_once():
    run = services.import_run_start(kind=ImportRun.Kind.COMMAND, total=1, queued=True)
    result = ImportResult.failure("x.txt", "x.txt: the file is empty\nsecond line")
    services.import_run_record(run=run, results=[(0, "x.txt", result)])
    services.import_run_record(run=run, results=[(0, "x.txt", result)])
    run.refresh_from_db()
    assert (run.failed, run.status) == (1, "failed")  # every item failed
    assert ImportItem.objects.get().reason == "x.txt: the file is empty second line"


@pytest.fixture
def editor_api(editor):
    client = APIClient()
    client.credentials(HTTP_AUTHORIZATION=f"Token {editor_token_issue(user=editor)}")
    return client


def test_an_api_push_records_a_run(editor_api):
    text = (SEEDS[0]).read_text(encoding="utf-8")
    assert editor_api.post("/api/articles/", {"text": text}, format="json").status_code == 201
    assert editor_api.post("/api/articles/", {"url": "http://127.0.0.1:9/a"}, format="json").status_code == 400
    assert editor_api.post("/api/articles/", {"text": " "}, format="json").status_code == 400  # refused before importing
    pushed, refused = ImportRun.objects.filter(kind="api").order_by("id")
    assert (pushed.status, pushed.new, pushed.total) == ("done", 1, 1)
    assert (refused.status, refused.failed) == ("failed", 1)
    assert refused.items.get().reason.startswith("http://127.0.0.1:9/a: the host is not a public address")


def test_api_imports_lists_runs_with_progress_and_failures_for_editors(editor_api, django_assert_max_num_queries, tmp_path):
    (tmp_path / "empty.txt").write_text("")
    import_command(*SEEDS[:2], tmp_path / "empty.txt")
    source = Source.objects.create(outlet="Feed News", feed_url="http://127.0.0.1:9/rss")
    services.import_run_start(kind=ImportRun.Kind.FEED, source=source, total=4)
    with django_assert_max_num_queries(6):
        listing = editor_api.get("/api/imports/").json()
    feed, command = listing["results"]
    assert (feed["kind"], feed["status"], feed["source"], feed["progress"]) == ("feed", "running", str(source), 0.0)
    assert (command["new"], command["failed"], command["progress"], command["done"]) == (2, 1, 1.0, 3)
    assert "failures" not in command
    detail = editor_api.get(f"/api/imports/{command['id']}/").json()
    assert detail["failures"] == [{"position": 2, "item": str(tmp_path / "empty.txt"),
                                   "reason": f"{tmp_path / 'empty.txt'}: the file is empty"}]
    assert editor_api.get("/api/imports/", {"kind": "feed"}).json()["count"] == 1
    assert reverse("api:importrun-list") == "/api/imports/"


def test_api_imports_is_for_editors_only(django_user_model, seeded):
    anonymous = APIClient()
    assert anonymous.get("/api/imports/").status_code == 401
    assert APIClient(HTTP_AUTHORIZATION="Token not-a-token").get("/api/imports/").status_code == 401
    reader = django_user_model.objects.create_user("reader", password="not-a-real-password-42")
    client = APIClient()
    client.credentials(HTTP_AUTHORIZATION=f"Token {editor_token_issue(user=reader)}")
    assert client.get("/api/imports/").status_code == 403
    run = ImportRun.objects.first()
    assert client.get(f"/api/imports/{run.pk}/").status_code == 403
    assert client.post("/api/imports/", {}).status_code == 403


def test_admin_pages_render_and_runs_are_read_only(admin_client):
    import_command(*SEEDS[:1])
    source = Source.objects.create(outlet="Feed News", feed_url="https://news.example.org/rss")
    run = ImportRun.objects.get()
    for name, obj in (("source", source), ("importrun", run)):
        assert admin_client.get(reverse(f"admin:ingestion_{name}_changelist")).status_code == 200
        assert admin_client.get(reverse(f"admin:ingestion_{name}_change", args=[obj.pk])).status_code == 200
    assert admin_client.get(reverse("admin:ingestion_importrun_add")).status_code == 403
    response = admin_client.post(reverse("admin:ingestion_importrun_change", args=[run.pk]), {"status": "failed"})
    assert response.status_code == 403
    run.refresh_from_db()
    assert run.status == "done"
