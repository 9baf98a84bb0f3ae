"""The import command: provenance, idempotence, editors' work kept, bad input reported."""

import io
import json
import os
from pathlib import Path

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError
from django.db import IntegrityError, transaction
from rest_framework.test import APIClient

from articles.models import Article
from quotes.extraction import engine_version, extract_quotes
from quotes.models import Quote, Speaker
from quotes.extraction.text import search_names
from quotes.services.speakers import (
    known_speakers, registry_current, speaker_create, speaker_create_or_find, speaker_set_names,
)

pytestmark = pytest.mark.django_db


def run_import(*paths, **options):
    out, err = io.StringIO(), io.StringIO()
    call_command("import_articles", *[str(p) for p in paths], stdout=out, stderr=err, **options)
    return out.getvalue(), err.getvalue()


def import_failure(*paths):
    err = io.StringIO()
    with pytest.raises(CommandError) as failure:
        call_command("import_articles", *[str(p) for p in paths], stdout=io.StringIO(), stderr=err)
    return str(failure.value), err.getvalue()


def test_seed_import_stores_articles_with_provenance(seeded):
    assert Article.objects.count() == 5
    assert Quote.objects.count() > 20
    for quote in Quote.objects.select_related("article"):
        assert quote.article.body[quote.start:quote.end] == quote.text


def test_seed_import_reads_header_conventions(seeded):
    dutch = Article.objects.get(source_file__startswith="003_")
    assert (dutch.language, dutch.source, str(dutch.published), dutch.published_precision) == ("nl", "CNN", "2023-03-01", "month")
    assert not dutch.body.startswith("date") and "Hongkong" not in dutch.body[:20]
    english = Article.objects.get(source_file__startswith="002_")
    assert "Akismet" not in english.body and "Leave a Comment" not in english.body
    italian = Article.objects.get(source_file__startswith="004_")
    assert "More Stories" not in italian.body and "Zombieaholic" not in italian.body
    assert {a.language for a in Article.objects.all()} == {"sq", "en", "nl", "it"}


def test_seed_targets_speakers_found(seeded):
    speakers = set(Quote.objects.values_list("speaker__slug", flat=True))
    assert {"john-kirby", "vladimir-putin", "xi-jinping"} <= speakers


def test_reimport_changes_nothing(seeded):
    before = list(Quote.objects.order_by("pk").values())
    out, _ = run_import()
    assert out.count("unchanged") == 5
    assert list(Quote.objects.order_by("pk").values()) == before
    assert Article.objects.count() == 5


def test_reimport_keeps_editors_work(seeded):
    quote = Quote.objects.filter(speaker__slug="john-kirby").first()
    other = Speaker.objects.get(slug="antony-blinken")
    quote.status = Quote.Status.VERIFIED
    quote.speaker = other
    quote.save()
    kirby = Speaker.objects.get(slug="john-kirby")
    kirby.aliases = ["Kirby", "J. Kirby"]
    kirby.save()
    run_import()
    quote.refresh_from_db()
    kirby.refresh_from_db()
    assert (quote.status, quote.speaker_id) == (Quote.Status.VERIFIED, other.pk)
    assert kirby.aliases == ["Kirby", "J. Kirby"]


def test_reimport_after_engine_change_updates_untouched_quotes(seeded):
    untouched = Quote.objects.exclude(pk=Quote.objects.first().pk).first()
    Quote.objects.filter(pk=untouched.pk).update(cue="stale", confidence=0.01)
    Article.objects.filter(pk=untouched.article_id).update(engine="an-older-engine")
    out, _ = run_import()
    untouched.refresh_from_db()
    assert untouched.cue != "stale" and "1 updated" in out


def test_reimport_with_the_same_engine_does_not_extract_again(seeded, monkeypatch):
    def must_not_run(*args, **kwargs):
        raise AssertionError("the same bytes through the same engine were extracted again")

    monkeypatch.setattr("quotes.services.importing.extract_from_document", must_not_run)
    out, _ = run_import()
    assert out.count("unchanged") == 5 and set(Article.objects.values_list("engine", flat=True)) == {engine_version()}


def test_dry_run_stores_nothing(db):
    out, _ = run_import(dry_run=True)
    assert "dry run" in out and Article.objects.count() == 0 and Quote.objects.count() == 0
    assert not Speaker.objects.exists()  # not even the bundled registry it used
    real, _ = run_import()
    assert out.splitlines()[-1] == "dry run, nothing stored: " + real.splitlines()[-1]


def test_registry_is_loaded_when_missing(db):
    assert not Speaker.objects.exists()
    run_import()
    assert "Poetin" in Speaker.objects.get(slug="vladimir-putin").aliases


@pytest.mark.parametrize(
    "name, content, reason",
    [
        ("empty.txt", b"", "the file is empty"),
        ("blank.txt", b"   \n\n", "the file is empty"),
        ("binary.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00IHDR", "binary file"),
        ("latin1.txt", "Caf\u00e9 \u201cquote\u201d".encode("cp1252"), "not valid UTF-8"),
    ],
)
def test_bad_file_is_reported_and_others_still_import(tmp_path, name, content, reason):
    bad = tmp_path / name
    bad.write_bytes(content)
    good = tmp_path / "good.txt"
    good.write_text("Mayor Anna Berg opened the school.\n\n“We built this school in one year,” she said.", encoding="utf-8")
    message, err = import_failure(bad, good)
    lines = err.strip().splitlines()
    assert len(lines) == 1 and str(bad) in lines[0] and reason in lines[0]
    assert "Traceback" not in err
    assert Article.objects.filter(source_file="good.txt").exists()
    assert not Article.objects.filter(source_file=name).exists()


def test_missing_path_and_empty_folder(tmp_path):
    (tmp_path / "empty").mkdir()
    _, err = import_failure(tmp_path / "nope.txt", tmp_path / "empty")
    assert "nope.txt: no such file or folder" in err
    assert "has no .txt or .html files" in err


def test_file_over_size_limit(tmp_path, settings):
    settings.IMPORT_MAX_FILE_BYTES = 100
    big = tmp_path / "big.txt"
    big.write_text("word " * 50, encoding="utf-8")
    _, err = import_failure(big)
    assert "over the import limit of 100 bytes" in err
    assert Article.objects.count() == 0


def test_bom_and_crlf_are_cleaned(tmp_path):
    path = tmp_path / "windows.txt"
    path.write_bytes("\ufeffMayor Anna Berg opened the school.\r\n\r\n“We built this school in one single year,” she said.\r\n".encode("utf-8"))
    run_import(path)
    article = Article.objects.get(source_file="windows.txt")
    assert "\r" not in article.body and not article.body.startswith("\ufeff")
    quote = article.quotes.get()
    assert article.body[quote.start:quote.end] == quote.text == "We built this school in one single year,"
    assert quote.speaker.name == "Anna Berg"


def test_summary_line_per_file_and_total(seeded):
    lines = seeded.strip().splitlines()
    assert len(lines) == 6
    assert lines[-1].startswith("5 files imported, 0 failed")


def test_registry_reads_only_speakers_added_since_and_rereads_after_an_edit(django_assert_num_queries):
    speaker_create(name="Anna Berg")
    first = known_speakers()
    assert [s.name for s in first] == ["Anna Berg"]
    added = speaker_create(name="Piet Vos")
    with django_assert_num_queries(2):  # the version check, then the one new speaker
        again = known_speakers()
    assert again is first and [s.name for s in again] == ["Anna Berg", "Piet Vos"]
    quotes = extract_quotes("“We will build it,” said Vos.", language="en", speakers=again)
    assert [q.speaker_key for q in quotes] == [added.slug]
    speaker_set_names(speaker=added, name="Pieter Vos")
    assert [s.name for s in known_speakers()] == ["Anna Berg", "Pieter Vos"]
    Speaker.objects.filter(pk=added.pk).delete()
    assert [s.name for s in known_speakers()] == ["Anna Berg"]


def test_a_batch_keeps_file_order_and_stores_a_repeated_text_once(tmp_path):
    texts = {
        "a.txt": "Mayor Anna Berg opened the school.\n\n“We built this school in one year,” she said.",
        "b.txt": "",
        "c.txt": "Minister Piet Vos spoke.\n\n“The bridge opens in May,” Vos said.",
    }
    for name, text in texts.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
    (tmp_path / "d.txt").write_text(texts["a.txt"], encoding="utf-8")
    err = io.StringIO()
    with pytest.raises(CommandError):
        call_command("import_articles", str(tmp_path), stdout=(out := io.StringIO()), stderr=err)
    assert [line.split(":")[0] for line in out.getvalue().splitlines()[:3]] == ["a.txt", "c.txt", "d.txt"]
    assert "d.txt: unchanged" in out.getvalue() and "b.txt: the file is empty" in err.getvalue()
    assert Article.objects.count() == 2 and Quote.objects.count() == 2
    assert set(Quote.objects.values_list("speaker__name", flat=True)) == {"Anna Berg", "Piet Vos"}


def test_a_batch_the_database_refuses_is_imported_file_by_file(tmp_path, monkeypatch):
    for number in range(3):
        (tmp_path / f"{number}.txt").write_text(
            f"Mayor Anna Berg{number} opened school {number}.\n\n“We built school {number} in a year,” she said.",
            encoding="utf-8",
        )
    refused, bulk_create = [], Article.objects.bulk_create

    def another_process_was_first(articles, *args, **kwargs):
        if len(articles) == 1:
            return bulk_create(articles, *args, **kwargs)  # a file alone
        refused.append(articles)
        raise IntegrityError('duplicate key value violates unique constraint "articles_article_sha256_key"')

    monkeypatch.setattr(Article.objects, "bulk_create", another_process_was_first)
    out, _ = run_import(tmp_path)
    assert len(refused) == 1 and out.count(": new,") == 3 and Article.objects.count() == 3 and Quote.objects.count() == 3
    for quote in Quote.objects.select_related("article"):
        assert quote.article.body[quote.start:quote.end] == quote.text


def test_a_speaker_another_process_just_created_is_taken_not_duplicated(monkeypatch):
    theirs = speaker_create(name="Li Xin")

    def created_a_moment_ago(**kwargs):
        raise IntegrityError('duplicate key value violates unique constraint "quotes_speaker_slug_key"')

    monkeypatch.setattr("quotes.services.speakers.speaker_create", created_a_moment_ago)
    quote = extract_quotes("“We agree,” said Li Xin, a director.", language="en")[0]
    assert speaker_create_or_find(name=quote.speaker, kind=quote.speaker_kind) == theirs
    other = extract_quotes("“We agree,” said Jan Smit, a director.", language="en")[0]
    with pytest.raises(IntegrityError):
        speaker_create_or_find(name=other.speaker, kind=other.speaker_kind)


def test_a_speaker_found_by_one_article_is_known_to_the_next(tmp_path):
    (tmp_path / "a.txt").write_text("“We agree on the port,” said Li Xin, a director of the port.", encoding="utf-8")
    (tmp_path / "b.txt").write_text("The port grew.\n\n“Prices will rise,” Xin said on Monday.", encoding="utf-8")
    run_import(tmp_path)
    assert Speaker.objects.filter(name__contains="Xin").count() == 1
    assert set(Quote.objects.values_list("speaker__name", flat=True)) == {"Li Xin"}


@pytest.mark.parametrize("name", ["Li Xin", "Xin", "LI XIN", "Li", "Xin Li", "Wei", "Li Xin Wei", "Jan Smit"])
def test_the_registry_tells_a_new_name_as_the_database_search_would(name):
    speaker_create(name="Li Xin Wei", aliases=["Dr. Li"])
    speaker_create(name="Anna Berg")
    registry = registry_current()
    assert registry.may_name(name) == Speaker.objects.filter(search_names__contains=search_names([name])).exists()


def test_a_speaker_noted_by_a_rolled_back_import_leaves_the_registry():
    speaker_create(name="Anna Berg")
    registry = registry_current()
    with transaction.atomic():
        registry.note(speaker_create(name="Piet Vos"))
        transaction.set_rollback(True)
    assert [s.name for s in registry_current().index] == ["Anna Berg"]


def test_the_abstention_threshold_is_a_setting(db, settings):
    settings.ATTRIBUTION_ABSTAIN_BELOW = 1.0  # sure of nobody: every quote waits for an editor
    run_import()
    assert Quote.objects.exists() and not Quote.objects.exclude(speaker=None).exists()
    settings.ATTRIBUTION_ABSTAIN_BELOW = 0.0  # a new threshold: every article is extracted again
    run_import()
    assert not Quote.objects.filter(speaker=None).exists()


@pytest.mark.parametrize("value, expected", [("", None), ("0.8", 0.8), ("0", 0.0), ("1", 1.0)])
def test_the_abstention_setting_reads_a_probability(monkeypatch, value, expected):
    from claimtracker.settings import probability

    monkeypatch.setenv("CLAIMTRACKER_ABSTAIN_BELOW", value)
    assert probability("CLAIMTRACKER_ABSTAIN_BELOW") == expected


@pytest.mark.parametrize("value", ["1.5", "-0.1", "high", "nan"])
def test_the_abstention_setting_refuses_what_is_no_probability(monkeypatch, value):
    from django.core.exceptions import ImproperlyConfigured

    from claimtracker.settings import probability

    monkeypatch.setenv("CLAIMTRACKER_ABSTAIN_BELOW", value)
    with pytest.raises(ImproperlyConfigured, match="CLAIMTRACKER_ABSTAIN_BELOW=.*expected a probability"):
        probability("CLAIMTRACKER_ABSTAIN_BELOW")


def test_a_link_out_of_the_import_folder_is_refused_and_the_rest_imports(tmp_path):
    secret = tmp_path / "secret.env"
    secret.write_text("DATABASE_URL=postgres://admin:hunter2@db/prod\n", encoding="utf-8")
    folder = tmp_path / "articles"
    folder.mkdir()
    (folder / "a.txt").write_text("Mayor Anna Berg opened the school.\n\n“We built it in one year,” she said.", encoding="utf-8")
    (folder / "b.txt").symlink_to(folder / "a.txt")  # a link inside the folder is fine
    (folder / "leak.txt").symlink_to(secret)
    (folder / "passwd.txt").symlink_to("/etc/passwd")
    message, err = import_failure(folder)
    assert f"{folder / 'leak.txt'}: a link to a file outside {folder}, not imported" in err
    assert f"{folder / 'passwd.txt'}: a link to a file outside {folder}" in err
    assert Article.objects.count() == 1
    assert not Article.objects.filter(body__contains="hunter2").exists()


def test_the_size_limit_holds_for_a_file_that_reports_no_size(tmp_path, settings, monkeypatch):
    settings.IMPORT_MAX_FILE_BYTES = 100
    big = tmp_path / "proc-like.txt"
    big.write_text("word " * 50, encoding="utf-8")
    real_stat = Path.stat

    def zero_size(self, **kwargs):  # as /proc files do
        result = real_stat(self, **kwargs)
        return os.stat_result((*result[:6], 0, *result[7:])) if self == big else result

    monkeypatch.setattr(Path, "stat", zero_size)
    _, err = import_failure(big)
    assert f"{big}: more than the import limit of 100 bytes" in err
    assert Article.objects.count() == 0


def _article_with_sidecar(folder, name, provenance):
    (folder / f"{name}.txt").write_text(
        "Mayor Anna Berg opened the school.\n\n“We built this school in one single year,” she said.", encoding="utf-8"
    )
    if provenance is not None:
        (folder / f"{name}.json").write_text(json.dumps(provenance), encoding="utf-8")


def test_a_sidecar_file_gives_the_articles_provenance(tmp_path):
    _article_with_sidecar(tmp_path, "a", {
        "url": "https://news.example.org/2024/05/school", "title": "A school in a year", "outlet": "Example News",
        "authors": ["Lena Holm", " Piet Vos "], "published": "2024-05-03", "retrieved": "2024-05-04T08:00:00Z",
    })
    run_import(tmp_path)
    article = Article.objects.get()
    assert (article.url, article.title, article.source, article.authors) == (
        "https://news.example.org/2024/05/school", "A school in a year", "Example News", ["Lena Holm", "Piet Vos"]
    )
    assert (str(article.published), article.published_precision, article.retrieved.isoformat()) == (
        "2024-05-03", "day", "2024-05-04T08:00:00+00:00"
    )
    shown = APIClient().get(f"/api/articles/{article.pk}/").json()
    assert (shown["url"], shown["outlet"], shown["authors"]) == (article.url, "Example News", ["Lena Holm", "Piet Vos"])
    listed = APIClient().get("/api/articles/", {"outlet": "example news"}).json()["results"]
    assert [a["id"] for a in listed] == [article.pk]
    assert APIClient().get("/api/quotes/", {"article": article.pk}).json()["results"][0]["article"]["url"] == article.url


@pytest.mark.parametrize("provenance, reason", [
    ("[1]", "expected a JSON object"), ('{"link": "x"}', "unknown key 'link'"), ('{"url": "ftp://x/y"}', "url: 'ftp://x/y' is not an http(s) URL"),
    ('{"authors": "Lena Holm"}', "authors: expected a list of names"), ('{"published": "2024-02-30"}', "published: '2024-02-30' is not a date"),
    ('{"retrieved": "yesterday"}', "retrieved: 'yesterday' is not a date and time"), ("{", "not JSON"),
])
def test_a_bad_sidecar_is_one_error_line_and_the_others_import(tmp_path, provenance, reason):
    _article_with_sidecar(tmp_path, "a", None)
    (tmp_path / "a.json").write_text(provenance, encoding="utf-8")
    (tmp_path / "b.txt").write_text("The council met on Monday and agreed on the budget.", encoding="utf-8")
    _, err = import_failure(tmp_path)
    assert f"{tmp_path / 'a.json'}: {reason}" in err
    assert list(Article.objects.values_list("source_file", flat=True)) == ["b.txt"]


def test_a_url_already_taken_by_another_text_is_refused(tmp_path):
    _article_with_sidecar(tmp_path, "a", {"url": "https://news.example.org/one"})
    (tmp_path / "b.txt").write_text("A different text, published later at the same address.", encoding="utf-8")
    (tmp_path / "b.json").write_text(json.dumps({"url": "https://news.example.org/one"}), encoding="utf-8")
    run_import(tmp_path / "a.txt")
    _, err = import_failure(tmp_path / "b.txt")
    assert "URL https://news.example.org/one already belongs to another article" in err


def test_reimporting_an_article_that_now_has_a_url_keeps_the_editors_work(tmp_path):
    _article_with_sidecar(tmp_path, "a", None)
    run_import(tmp_path)
    quote = Quote.objects.get()
    quote.status = Quote.Status.VERIFIED
    quote.save()
    (tmp_path / "a.json").write_text(json.dumps({"url": "https://news.example.org/school", "published": "2024-05"}), encoding="utf-8")
    out, _ = run_import(tmp_path)
    assert "a.txt: updated" in out
    quote.refresh_from_db()
    article = Article.objects.get()
    assert (article.url, quote.status, str(quote.published)) == ("https://news.example.org/school", "verified", "2024-05-01")


class _Terminal(io.StringIO):
    def isatty(self):
        return True


def test_a_terminal_gets_a_progress_bar_and_file_lines_only_with_verbosity_2(tmp_path):
    for n in range(3):
        (tmp_path / f"a{n}.txt").write_text(f"Story number {n} about the council budget vote.", encoding="utf-8")
    out, err = _Terminal(), _Terminal()
    call_command("import_articles", str(tmp_path), stdout=out, stderr=err)
    assert "importing" in err.getvalue() and "3/3" in err.getvalue()  # the bar: files done of all
    assert ": new, language" not in out.getvalue() and "3 files imported" in out.getvalue()
    out = _Terminal()
    Article.objects.update(engine="an-older-engine")
    call_command("import_articles", str(tmp_path), stdout=out, stderr=_Terminal(), verbosity=2)
    assert out.getvalue().count(": unchanged, language") == 3


def test_a_log_gets_a_line_per_file_and_progress_lines(tmp_path, monkeypatch):
    monkeypatch.setattr("quotes.management.commands.import_articles.PROGRESS_EVERY_SECONDS", 0)
    for n in range(3):
        (tmp_path / f"a{n}.txt").write_text(f"Story number {n} about the council budget vote.", encoding="utf-8")
    out, _ = run_import(tmp_path)
    assert out.count(": new, language") == 3
    assert "progress: 3 of 3 files" in out and "articles/s, about 0 s left" in out
