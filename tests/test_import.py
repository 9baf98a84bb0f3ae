"""The import command: provenance, idempotence, editors' work kept, bad input reported."""

import io

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError

from articles.models import Article
from quotes.models import Quote, Speaker

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
    out, _ = run_import()
    untouched.refresh_from_db()
    assert untouched.cue != "stale" and "1 updated" in out


def test_dry_run_stores_nothing(db):
    out, _ = run_import(dry_run=True)
    assert "dry run" in out and Article.objects.count() == 0 and Quote.objects.count() == 0


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
    assert "has no .txt files" in err


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
