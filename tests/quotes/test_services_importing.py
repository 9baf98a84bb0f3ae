"""The import (quotes/services/importing.py): provenance, idempotence, editors' work kept, bad input
reported, reported-speech claims stored."""

import io
import json
import os
from pathlib import Path

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError
from django.db import IntegrityError
from rest_framework.test import APIClient

from articles.models import Article
from quotes.extraction import engine_version
from quotes.models import Claim, Quote, Speaker
from tests.support import import_failure, run_import

pytestmark = pytest.mark.django_db


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


def test_the_abstention_threshold_is_a_setting(db, settings):
    settings.ATTRIBUTION_ABSTAIN_BELOW = 1.0  # sure of nobody: every quote waits for an editor
    run_import()
    assert Quote.objects.exists() and not Quote.objects.exclude(speaker=None).exists()
    settings.ATTRIBUTION_ABSTAIN_BELOW = 0.0  # a new threshold: every article is extracted again
    run_import()
    assert not Quote.objects.filter(speaker=None).exists()


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


def test_import_stores_reported_speech_claims_with_provenance(seeded):
    claims = Claim.objects.select_related("article", "claimant")
    assert claims.count() >= 5
    for claim in claims:
        assert claim.article.body[claim.start:claim.end] == claim.text
        assert claim.verdict == Claim.Verdict.UNRATED and claim.origin == Claim.Origin.REPORTED
    kirby = claims.filter(claimant__slug="john-kirby").values_list("text", flat=True)
    assert any("Shtëpia e Bardhë vazhdon të jetë e shqetësuar" in text for text in kirby)


def test_reimport_keeps_rated_claims_and_changes_nothing_else(published):
    before = {c.pk: (c.text, c.verdict) for c in Claim.objects.all()}
    call_command("import_articles", stdout=io.StringIO())
    assert {c.pk: (c.text, c.verdict) for c in Claim.objects.all()} == before
    published.refresh_from_db()
    assert published.verdict == Claim.Verdict.MOSTLY_TRUE
